"""A Word file's header printed to PDF with its issuer's cell so narrow that the issuer's name wraps a word or two
a line, one of the lines a kind's name alone ("BAN CHỈ ĐẠO" / "CHƯƠNG TRÌNH" / "MTQG" / "XÂY DỰNG NÔNG" / "THÔN MỚI"
above "Số: 05/KH-BCĐ"): that line was read as the document's type line (a Chương trình, its title the lines under
it, its period the programme's), the issuer's name cut there. A kind's name above the number, when a type line
follows the number ("KẾ HOẠCH" under the date), is a word of the issuer's name (fields.header). Round P43 (the
invented plans as Word-made PDFs); names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats import read


def _header(text: str) -> dict:
    return extract_header(build_document(read(text.encode(), "plan.txt")))


WRAPPED = ("UBND HUYỆN LẠC\nHÒA\nBAN CHỈ ĐẠO\nCHƯƠNG TRÌNH\nMTQG GIẢM\nNGHÈO BỀN\nVỮNG\n-------\nSố: 17/KH-BCĐ\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
           "Lạc Hòa, ngày 14 tháng 3 năm 2025\n\nKẾ HOẠCH\nKiểm tra, giám sát thực hiện Chương trình năm 2025\n\n"
           "I. MỤC ĐÍCH, YÊU CẦU\nĐánh giá kết quả thực hiện các dự án.\n")


def test_a_kind_word_in_a_wrapped_issuer_name():
    header = _header(WRAPPED)
    assert header["doc_type"] == "Kế hoạch"
    assert header["title"] == "Kiểm tra, giám sát thực hiện Chương trình năm 2025"
    assert header["issuer"]["name"].lower().startswith("ban chỉ đạo chương trình mục tiêu quốc gia giảm nghèo")


@pytest.mark.parametrize("text, doc_type, title", [
    # must not: a programme's header as usual, its type line after the number
    ("ỦY BAN NHÂN DÂN\nTỈNH HÒA LÂM\nSố: 08/CTr-UBND\nHòa Lâm, ngày 02 tháng 4 năm 2025\n\nCHƯƠNG TRÌNH\n"
     "Hành động thực hiện Nghị quyết số 12-NQ/TU\n\nI. MỤC TIÊU\nĐạt 100% kế hoạch.\n",
     "Chương trình", "Hành động thực hiện Nghị quyết số 12-NQ/TU"),
    # must not: a plan issued with a decision, its type line under the issuer and before any number
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN KHÊ\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025\n(Ban hành kèm theo Quyết định số "
     "45/QĐ-UBND ngày 05/3/2025)\n\nI. MỤC TIÊU\nGiảm 10% số ca mắc.\n", "Kế hoạch", "Phòng, chống dịch bệnh năm 2025"),
])
def test_a_type_line_above_the_number_with_none_after(text, doc_type, title):
    header = _header(text)
    assert header["doc_type"] == doc_type and header["title"] == title
