"""A recipients' list flattened into a narrow cell and wrapped there (a Markdown table's cell printed from Word, a
scan of it): the next recipient's dash ends the line before ("- Các bộ, cơ quan ngang bộ; -" / "UBND các tỉnh,
thành phố trực" / "thuộc TW;" / "- Sở TTTT các tỉnh, thành" / "phố;" / "- Lưu: VT, THH."). The line after the dash
opened with no dash and the list stopped there: every recipient after it lost (header.extract_recipients).

Must: the line after a "; -" end is a recipient of its own, its wrapped end joined to it, and the list goes on.
Must not: a name wrapped at its own hyphen ("Sở Lao động -" / "Thương binh và Xã hội") stays one recipient; the
signature after a "; -" end is no recipient."""

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
TỈNH PHÚ KHÁNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND
Phú Khánh, ngày 12 tháng 6 năm 2023

KẾ HOẠCH
Triển khai chữ ký số trong cơ quan nhà nước năm 2023

I. MỤC TIÊU
- 100% cơ quan cấp tỉnh sử dụng chữ ký số.
II. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì triển khai Kế hoạch.
"""
SIGN = """TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đào Minh Khang
"""


def _recipients(lines: str) -> list[str]:
    return process("plan.txt", (HEAD + lines + SIGN).encode("utf-8")).dump["recipients"]


@pytest.mark.parametrize("lines, expected", [
    ("Nơi nhận:\n- Bộ Thông tin và Truyền thông\n(b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh; -\nCác sở, ban, ngành\n"
     "thuộc tỉnh;\n- UBND các huyện, thị\nxã;\n- Lưu: VT, KGVX.\n",
     ["Bộ Thông tin và Truyền thông", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành thuộc tỉnh",
      "UBND các huyện, thị xã", "Lưu: VT, KGVX"]),
    ("Nơi nhận:\n- Như Điều 3; -\nChủ tịch, các PCT UBND tỉnh; -\nLưu: VT.\n",
     ["Như Điều 3", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT"]),
])
def test_a_dash_at_a_line_s_end_opens_the_next_recipient(lines, expected):
    assert _recipients(lines) == expected


@pytest.mark.parametrize("lines, expected", [
    # a name wrapped at its own hyphen: one recipient
    ("Nơi nhận:\n- Sở Lao động -\nThương binh và Xã hội;\n- Lưu: VT.\n",
     ["Sở Lao động - Thương binh và Xã hội", "Lưu: VT"]),
    # the signature after a "; -" end
    ("Nơi nhận:\n- Các sở, ngành; -\n", ["Các sở, ngành"]),
])
def test_no_recipient_made_of_a_name_s_hyphen_or_the_signature(lines, expected):
    assert _recipients(lines) == expected
