"""A PDF's text as PDFium gives it (pypdfium2's get_text_range, as a scraper saves it): a hyphen the PDF drew is the
non-character U+FFFE ("Tờ trình số 1184/TTr\\ufffeSTC", "Kinh tế \\ufffe Xã hội"). A text holding one reads it as
the hyphen, as the PDF reader does (extractors/formats/pdfium_words.py). Must-not: a text with none is as it was."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.legal_bases import extract_legal_bases
from extractors.fields.header import extract_header
from extractors.formats.base import read


def _bases(text: str) -> list[str]:
    doc = build_document(read(text.encode("utf-8"), "copied.txt"))
    return [b["number"] for b in extract_legal_bases(doc, extract_header(doc)["title_end"])]


@pytest.mark.parametrize("line, number", [
    ("Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 2207/TTr\ufffeSTC ngày 09 tháng 11 năm 2028.",
     "2207/TTr-STC"),
    ("Căn cứ Quyết định số 415/QĐ\ufffeUBND ngày 02 tháng 3 năm 2028 của Ủy ban nhân dân tỉnh Hà Lan;",
     "415/QĐ-UBND"),
    # must-not: the same without the mark
    ("Căn cứ Quyết định số 415/QĐ-UBND ngày 02 tháng 3 năm 2028 của Ủy ban nhân dân tỉnh Hà Lan;", "415/QĐ-UBND"),
])
def test_a_pdfium_hyphen_is_a_hyphen(line, number):
    text = f"QUYẾT ĐỊNH\nVề việc giao dự toán năm 2029\n{line}\nQUYẾT ĐỊNH:\nĐiều 1. Giao dự toán.\n"
    assert number in _bases(text)


def test_no_mark_left_in_the_text():
    doc = build_document(read("KẾ HOẠCH\nPhát triển kinh tế \ufffe xã hội năm 2028\n".encode(), "copied.txt"))
    assert "\ufffe" not in doc.text and "kinh tế - xã hội" in doc.text
