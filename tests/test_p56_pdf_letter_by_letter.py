"""A safety net under the PDF reader's own reading of a page (PDFium's characters): a page whose
lines come out a letter a word ("K e h o a c h s o 2 1 4") was read from character boxes that
do not fit their glyphs, as every cairo- or Chromium-made PDF was before the reader took a
character's size from its matrix (tests/test_p56_pdf_size_in_matrix.py). Whatever the next such
producer quirk, a page read so goes to pdfminer (pdfplumber), which measures characters its
own way; a page whose words are words stays PDFium's.

The quirk is made here by narrowing every character PDFium gives to a twentieth of its width
(what a size read 20 times too small did)."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from extractors.formats import pdfium_words
from tests.extractors.test_pdf_routing import _pdf

LINES = [f"Ke hoach so {214 + k}/KH-UBND ve phat trien du lich cong dong xa Tan Loc nam 2027" for k in range(6)]


def _content() -> str:
    return "BT /F1 11 Tf 56 760 Td 16 TL " + " ".join(f"({t}) Tj T*" for t in LINES) + " ET\n"


def _narrowed(page_chars):
    def narrowed(page, descents=None):
        chars, bad = page_chars(page, descents)
        return [{**c, "x1": c["x0"] + (c["x1"] - c["x0"]) / 20} for c in chars], bad
    return narrowed


def _text(data: bytes) -> str:
    return " ".join(block.text for block in pdf_reader.read(data, "x.pdf").blocks)


def test_a_page_read_a_letter_a_word_goes_to_pdfminer(monkeypatch):
    monkeypatch.setattr(pdfium_words, "page_chars", _narrowed(pdfium_words.page_chars))
    fast = pdf_reader._Pdfium.open(_pdf(_content()))
    assert fast.page(0) is None  # not PDFium's to read
    text = _text(_pdf(_content()))
    assert all(line in text for line in LINES)


@pytest.mark.parametrize("lines", [LINES, LINES[:2]])
def test_must_not_a_page_of_words_stays_pdfiums(lines):
    content = "BT /F1 11 Tf 56 760 Td 16 TL " + " ".join(f"({t}) Tj T*" for t in lines) + " ET\n"
    items = pdf_reader._Pdfium.open(_pdf(content)).page(0)
    assert items is not None
    assert [line[2] for kind, line in items if kind == "line"] == lines


def test_must_not_a_short_page_of_initials_stays_pdfiums():
    # a few single letters (a list of options "a b c"), under the page's word count that asks
    content = "BT /F1 11 Tf 56 760 Td 16 TL (a) Tj T* (b) Tj T* (c) Tj T* (Phuong an chon) Tj ET\n"
    assert pdf_reader._Pdfium.open(_pdf(content)).page(0) is not None
