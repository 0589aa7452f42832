"""A Word header cell's paragraphs as LibreOffice's HTML and html2text leave them: on one line,
"**BẢO HIỂM XÃ HỘI VIỆT NAM** **BẢO HIỂM XÃ HỘI TỈNH X** \\------- Số: 77/KH-BHXH"; each bold
paragraph a bold run of its own, one space between, and a letter's "V/v" subject after the
number ("Số: 318/UBND-VP V/v ..."). The breaks are put back: between two bold runs, and before
"V/v" (extractors.formats.markdown.lost_cell_breaks). A bold run inside a sentence, or a "V/v"
in the body, stays."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lost_cell_breaks
from pipeline.process import process

RULE = "---|---  \n"
MOTTO = "|  **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** \\--------------- "

BHXH = ("**BẢO HIỂM XÃ HỘI VIỆT NAM** **BẢO HIỂM XÃ HỘI TỈNH LAM SƠN** \\------- Số: 77/KH-BHXH " + MOTTO
        + "Lam Sơn, ngày 05 tháng 3 năm 2027  \n" + RULE + """  
**KẾ HOẠCH**

**Tuyên truyền chính sách bảo hiểm y tế năm 2027**

1\\. Phòng Truyền thông chủ trì.
""")

LETTER = ("**ỦY BAN NHÂN DÂN** **HUYỆN KHE SANH** \\------- Số: 318/UBND-VP V/v tăng cường phòng, chống cháy rừng "
          + MOTTO + "Khe Sanh, ngày 02 tháng 4 năm 2027  \n" + RULE + """  
Kính gửi: Hạt Kiểm lâm huyện.

Ủy ban nhân dân huyện có ý kiến như sau: tổ chức tuần tra rừng.
""")


def test_the_lower_agency_of_a_two_line_issuer_is_the_issuer():
    rec = process("kh.md", BHXH.encode("utf-8")).dump
    assert rec["issuer"]["name"] == "Bảo hiểm xã hội tỉnh Lam Sơn"
    assert rec["number"] == "77/KH-BHXH" and rec["issued_date"] == "2027-03-05"


def test_a_letters_subject_after_its_number_gives_its_type_and_title():
    rec = process("cv.md", LETTER.encode("utf-8")).dump
    assert rec["doc_type"] == "Công văn" and rec["number"] == "318/UBND-VP"
    assert rec["title"] == "Tăng cường phòng, chống cháy rừng"


@pytest.mark.parametrize("line", [
    "1 |  Tập huấn **kỹ năng** **sơ cứu** cho tình nguyện viên |  Hội Chữ thập đỏ  ",   # not a cell of bold paragraphs
    "2 |  Trả lời Công văn số 12/UBND V/v đất đai |  Văn phòng  ",                        # "V/v" after no "Số:"
])
def test_a_row_of_a_task_table_stays(line):
    assert lost_cell_breaks(line + "\n" + RULE) == line + "\n" + RULE
