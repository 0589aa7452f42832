"""A header or signature cell's paragraphs as html2text writes them when a bold paragraph is
followed by another paragraph with nothing between: "**TỈNH HÀ LAM**Số: 15/KH-UBND" (a bold
line in capitals glued to the number in sentence case), "**TM. ỦY BAN NHÂN DÂN  \\nCHỦ
TỊCH****Lê Văn Bình**" (two bold paragraphs run together, the first ending in capitals). The
break is put back as a <br> in the table's rows (extractors.formats.markdown.lost_cell_breaks).
Bold words inside a sentence, a bold run in sentence case followed by a word, bold runs glued
outside a table, stay."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lost_cell_breaks
from pipeline.process import process

RULE = "---|---  \n"


@pytest.mark.parametrize("line, want", [
    ("**ỦY BAN NHÂN DÂN  \nTỈNH HÀ LAM**Số: 15/KH-UBND | **CỘNG HÒA**  \n",
     "**ỦY BAN NHÂN DÂN  \nTỈNH HÀ LAM**<br>Số: 15/KH-UBND | **CỘNG HÒA**  \n"),
    ("\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH****Lê Văn Bình**  \n",
     "\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**<br>**Lê Văn Bình**  \n"),
    ("| **SỞ Y TẾ**Số: 7/KH-SYT | x  \n", "| **SỞ Y TẾ**<br>Số: 7/KH-SYT | x  \n"),
])
def test_a_bold_paragraph_glued_to_the_next_gets_its_break(line, want):
    assert lost_cell_breaks(line + RULE) == want + RULE


@pytest.mark.parametrize("text", [
    "1 | Tập huấn **kỹ năng**Sơ cứu | Hội Chữ thập đỏ  \n" + RULE,     # a bold run in lower case
    "2 | Rà soát **Đề án**Nông thôn mới | Sở Nông nghiệp  \n" + RULE,   # a bold run in sentence case
    "3 | Báo cáo **UBND**. | Văn phòng  \n" + RULE,                     # no word glued after
    "**ĐIỀU 1.****Mục tiêu** của kế hoạch\n\nx | y\n" + RULE,           # outside a table's rows
])
def test_other_bold_runs_stay(text):
    assert lost_cell_breaks(text) == text


DOC = ("**ỦY BAN NHÂN DÂN  \nTỈNH HÀ LAM**Số: 15/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n"
       "Độc lập - Tự do - Hạnh phúc** _Hà Lam, ngày 03.4.2026_  \n" + RULE + "  \n"
       "**KẾ HOẠCH**\n\n**Phòng, chống thiên tai năm 2026**\n\n"
       "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
       "1\\. Sở Nông nghiệp và Môi trường chủ trì tổ chức diễn tập.\n\n"
       "**Nơi nhận:**  \n\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH****Lê Văn Bình**  \n" + RULE)


def test_the_number_issuer_and_signer_of_such_a_page():
    rec = process("kh.md", DOC.encode("utf-8")).dump
    assert rec["number"] == "15/KH-UBND"
    assert rec["issuer"]["name"] == "Ủy ban nhân dân tỉnh Hà Lam"
    assert rec["signer"]["name"] == "Lê Văn Bình" and rec["signer"]["title"] == "Chủ tịch"
