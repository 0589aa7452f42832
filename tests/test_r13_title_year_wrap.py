"""A document's title wrapped before its year, the year alone on the next line set in the middle, in a PDF's
layout text (`pdftotext -layout` of a Word file): "Kế hoạch ... xã Hòa Bình năm" / "            2026" / "Căn cứ
Luật ... ngày 16 tháng 6 năm" / "2025;". The header's rule for plain pdftotext (a date's year printed before
its date line: "Số: 12/KH-UBND" / "2026" / "Hà Giang, ngày 5 tháng 3 năm") took the title's year to the basis
line under it ("... tháng 6 năm 2026 2025;"): the title lost its year (the period), the basis got a wrong date
(round R13: G12's commune plan in pdf-layout, 2 period fields and a basis). A lone year under a line cut after
"năm" stays with it (text.header_wraps, YEAR_CUT). Must-not rows: the plain-pdftotext header, whose year still
goes to its date line. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

HEAD = ("      ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "        XÃ AN PHÚ                 Độc lập - Tự do - Hạnh phúc\n"
        "      Số: 17/KH-UBND          An Phú, ngày 03 tháng 02 năm 2027\n"
        "                           KẾ HOẠCH\n")


def texts(text: str) -> list[str]:
    return [b.text for b in read_text(text)[0]]


@pytest.mark.parametrize("text, title, basis", [
    (HEAD + "     Phát triển giao thông nông thôn xã An Phú năm\n"
            "                              2027\n"
            "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm\n2008;\n"
            "Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n",
     "Phát triển giao thông nông thôn xã An Phú năm 2027",
     "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;"),
    (HEAD + "   Thực hiện chuyển đổi số trên địa bàn xã giai đoạn 2026 - 2028 và năm\n"
            "                              2027\n"
            "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 20 tháng 12 năm\n2026 của Hội đồng nhân dân xã;\n",
     "Thực hiện chuyển đổi số trên địa bàn xã giai đoạn 2026 - 2028 và năm 2027",
     "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 20 tháng 12 năm 2026 của Hội đồng nhân dân xã;"),
])
def test_title_keeps_its_year(text, title, basis):
    got = " ".join(texts(text))  # (a text this short is not re-wrapped: its lines are blocks)
    assert title in got and basis in got


@pytest.mark.parametrize("text, date", [
    # plain pdftotext: the date's year printed before its date line, which still gets it
    ("ỦY BAN NHÂN DÂN TỈNH NAM HÀ\nSố: 12/KH-UBND\n2026\nNam Hà, ngày 5 tháng 3 năm\nKẾ HOẠCH\nVề công tác dân vận\n",
     "Nam Hà, ngày 5 tháng 3 năm 2026"),
    ("SỞ Y TẾ\nSố: 80/KH-SYT\n2025\nĐông Sơn, ngày 11 tháng 9 năm\nKẾ HOẠCH\nPhòng chống dịch năm 2025\n",
     "Đông Sơn, ngày 11 tháng 9 năm 2025"),
])
def test_date_year_still_moves(text, date):
    assert date in texts(text)
