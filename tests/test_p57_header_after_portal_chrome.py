"""A portal page saved as text (a crawler's .txt, a Markdown conversion, a browser's or LibreOffice's print): the site's
name, its menu, the breadcrumb and the document's properties (labels and values a line each) come first, often more
than fifteen lines, then the document's own header as a column after the other ("UBND TỈNH X" / "SỞ ..." / "-------" /
"Số: ..." / the motto). The issuer is the capitals block right above the number and the motto, however far down the
page it starts; a site's name at the top ("CỔNG THÔNG TIN ĐIỆN TỬ SỞ ...") is not.

Must-not rows: with no motto, a body's name far down the page is not taken for the issuer (the window of the first
lines stays); a receiving stamp's body under the motto is not the issuer."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats.base import read


def _header(text: str, name: str = "page.txt") -> dict:
    return extract_header(build_document(read(text.encode(), name)))


def _chrome(site: str, title: str, number: str, date: str, body: str, signer: str, menu_lines: int = 0) -> str:
    menu = "".join(f"Mục {k} của trang\n" for k in range(menu_lines))
    return (f"{site}\nTrang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\n{menu}Trang chủ > Văn bản > Chi tiết văn bản\n"
            f"{title}\nSố ký hiệu\n{number}\nNgày ban hành\n{date}\nLoại văn bản\nKế hoạch\nLĩnh vực\nKhác\n"
            f"Cơ quan ban hành\n{body}\nNgười ký\n{signer}\nTrích yếu\n{title}\nTình trạng\nCòn hiệu lực\n"
            "* Thuộc tính\n* Toàn văn\n* Tải về\n")


MUST = [
    # a department's plan under its province's committee, the header a column after the other
    (_chrome("CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH HÀ LAN", "Kế hoạch phòng chống dịch bệnh năm 2028", "112/KH-SYT",
             "05/02/2028", "Sở Y tế", "Lê Văn Bình")
     + "UBND TỈNH HÀ LAN\nSỞ Y TẾ\n-------\nSố: 112/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Lan, ngày 05 tháng 02 năm 2028\nKẾ HOẠCH\n"
       "Phòng chống dịch bệnh năm 2028\nI. MỤC TIÊU\nGiảm 10% số ca mắc.\n",
     "Sở Y tế tỉnh Hà Lan"),
    # a district's committee, the motto first and the body after it, a longer menu
    (_chrome("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG KHÊ", "Kế hoạch chuyển đổi số năm 2026", "45/KH-UBND", "12/03/2026",
             "UBND huyện Đông Khê", "Trần Thị Mai", menu_lines=6)
     + "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG KHÊ\n-------\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n---------------\nĐông Khê, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
       "Chuyển đổi số năm 2026\nI. MỤC ĐÍCH\nĐẩy mạnh chuyển đổi số.\n",
     "Ủy ban nhân dân huyện Đông Khê"),
]


@pytest.mark.parametrize("text, issuer", MUST)
def test_the_issuer_under_a_portal_pages_chrome(text, issuer):
    assert (_header(text)["issuer"]["name"] or "").lower() == issuer.lower()


MUST_NOT = [
    # no motto: a body's name far down a page of prose is no issuer
    ("Trang tin tổng hợp\n" + "".join(f"Dòng tin số {k} trong ngày.\n" for k in range(20))
     + "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nThông báo lịch tiếp công dân tháng 4.\n", None),
    # the header where it always was, a receiving stamp's body under the motto
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH THUẬN\nSố: 08/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nUBND HUYỆN TÂN HÒA\nĐẾN Số: 1203\nBắc Ninh Thuận, ngày 02 tháng 01 năm 2027\n"
     "KẾ HOẠCH\nTrồng cây năm 2027\nI. MỤC TIÊU\nTrồng 1.000 cây.\n", "Ủy ban nhân dân tỉnh Bắc Ninh Thuận"),
]


@pytest.mark.parametrize("text, issuer", MUST_NOT)
def test_no_issuer_from_far_down_or_from_a_stamp(text, issuer):
    found = _header(text)["issuer"]["name"]
    assert (found or None) == issuer if issuer is None else (found or "").lower() == issuer.lower()
