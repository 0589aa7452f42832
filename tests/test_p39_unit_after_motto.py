"""A two-column header whose columns' second lines met on one line (a page printed from a portal, a PDF read
without its layout): "ỦY BAN NHÂN DÂN" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "HUYỆN LẠC SƠN ĐÔNG Độc lập - Tự
do - Hạnh phúc" / "-------" / "Số: 58/KH-UBND". The issuer's name stopped at the motto's first line: "Ủy ban nhân
dân", no level, no place. The council's level and place on the line after the motto (the motto cut off it) are its
name's end, as a body's line there already was (header._unit_after_motto).

Must: the issuer is the council of that level and place. Must not: a name complete above the motto keeps the
line after it out; a body that is no council ("SỞ Y TẾ") takes no place line from below the motto."""

import pytest

from pipeline.process import process

BODY = """{number}
{place}, ngày 05 tháng 3 năm 2019

KẾ HOẠCH
Phòng, chống dịch bệnh trên cây trồng năm 2019

Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;
I. MỤC TIÊU
- 100% số xã có lực lượng bảo vệ thực vật.
II. TỔ CHỨC THỰC HIỆN
Phòng Nông nghiệp chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
"""


def _issuer(header: str, number: str = "Số: 41/KH-UBND", place: str = "Tân Phong") -> dict:
    text = header + BODY.format(number=number, place=place)
    return process("plan.txt", text.encode("utf-8")).dump["issuer"]


@pytest.mark.parametrize("header, name, level, locality", [
    ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN TÂN PHONG Độc lập - Tự do - Hạnh phúc\n",
     "Ủy ban nhân dân huyện Tân Phong", "district", "Tân Phong"),
    ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NGUYÊN Độc lập - Tự do - Hạnh phúc\n-------\n",
     "Ủy ban nhân dân tỉnh Hà Nguyên", "province", "Hà Nguyên"),
    ("UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ LỘC ĐÔNG Độc lập - Tự do - Hạnh phúc\n",
     "Ủy ban nhân dân xã Phú Lộc Đông", "commune", "Phú Lộc Đông"),
    ("HỘI ĐỒNG NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ BẢO KHÊ Độc lập - Tự do - Hạnh phúc\n",
     "Hội đồng nhân dân thành phố Bảo Khê", "district", "Bảo Khê"),
])
def test_the_council_s_place_after_the_motto_ends_its_name(header, name, level, locality):
    got = _issuer(header)
    assert (got["name"], got["level"], got["locality"]) == (name, level, locality)


@pytest.mark.parametrize("header, name", [
    # the name whole above the motto: the line after it is no part of it
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
     "Ủy ban nhân dân huyện Tân Phong"),
    ("ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ LỘC Độc lập - Tự do - Hạnh phúc\n",
     "Ủy ban nhân dân huyện Tân Phong"),
    # a Sở is no council: a place line below the motto is not its name's end
    ("SỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NGUYÊN Độc lập - Tự do - Hạnh phúc\n", "Sở Y tế"),
])
def test_no_place_taken_from_below_the_motto(header, name):
    assert _issuer(header, number="Số: 41/KH-SYT")["name"] == name
