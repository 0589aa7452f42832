"""A PDF printed with a word processor's changes shown (Word's "All Markup", LibreOffice's recorded changes shown):
the deleted words struck through (a thin line through the middle of their glyphs, drawn over just those glyphs) beside
the inserted ones (underlined). The struck words are not the document's text: left out, in a table's cell ("Phòng Văn
hóa và Thông tinPhòng Văn hóa, Khoa học và Thông tin" was one lead) and in a paragraph
(extractors/formats/pdf.py _struck_through).

Must-not rows: an underline (below the glyphs), a table's rule between two rows, a line through a row's middle that
runs on far past the words (a leader, a rule the table draws), one glyph struck alone. Names and numbers invented."""

from __future__ import annotations

import io

import pdfplumber
import pypdfium2 as pdfium
import pytest
from pdfminer.fontmetrics import FONT_METRICS

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_routing import PROSE, _pdf, _text

WIDTHS = FONT_METRICS["Helvetica"][1]
SIZE = 11


def _width(text: str) -> float:
    return sum(WIDTHS[ch] for ch in text) * SIZE / 1000


def _words(x: float, y: float, text: str) -> str:
    return f"BT /F1 {SIZE} Tf {x:g} {y:g} Td ({text}) Tj ET\n"


def _strike(x: float, y: float, text: str, rect: bool = False, at: float = 0.28, longer: float = 0.0) -> str:
    """A line through `text` set at (x, y): `at` em above the baseline, as long as the text (and `longer` more)."""
    h = y + at * SIZE
    w = _width(text) + longer
    return f"{x:g} {h:g} {w:g} 0.6 re f\n" if rect else f"0.6 w {x:g} {h:g} m {x + w:g} {h:g} l S\n"


def _table(cell: str, extra: str = "") -> bytes:
    """A ruled table of two columns, the header and one row; the row's second cell holds `cell` (drawn by the caller's
    `extra`, at (260, 330)), under a few lines of prose."""
    xs, ys = (56, 256, 500), (380, 350, 300)
    ops = ["0.5 w"] + [f"{x} {ys[0]} m {x} {ys[-1]} l S" for x in xs] + [f"{xs[0]} {y} m {xs[-1]} {y} l S" for y in ys]
    body = _text(PROSE) + "\n".join(ops) + "\n" + _words(60, 360, "Noi dung") + _words(260, 360, "Don vi chu tri")
    body += _words(60, 330, "To chuc hoi thi") + cell + extra
    return _pdf(body)


def _rows(data: bytes) -> list[list[str]]:
    """The table's rows as the reader reads the page, by PDFium and by pdfplumber (the two must agree)."""
    fast = [rows for kind, rows in pdf_reader._pdfium_page(pdfium.PdfDocument(data)[0]) if kind == "table"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        slow = [rows for kind, rows in pdf_reader._text_page(pdf.pages[0]) if kind == "table"]
    assert fast == slow and len(fast) == 1
    return fast[0]


OLD, NEW = "Phong Van hoa", "Phong Van hoa, Khoa hoc"


@pytest.mark.parametrize("rect", [False, True])
def test_struck_words_in_a_cell_are_left_out(rect):
    # must: the deletion struck through (a stroked line or a thin filled box), the insertion underlined after it
    cell = _words(260, 330, OLD) + _words(260, 316, NEW)
    marks = _strike(260, 330, OLD, rect=rect) + _strike(260, 316, NEW, rect=rect, at=-0.15)
    assert _rows(_table(cell, marks))[-1] == ["To chuc hoi thi", NEW]


def test_struck_words_in_a_paragraph_are_left_out():
    body = _words(56, 700, "Giao Phong Noi vu chu tri.") + _words(56, 680, "Phong Tai chinh bo tri kinh phi.")
    body += _strike(56 + _width("Giao "), 700, "Phong Noi vu")
    text = "\n".join(b.text for b in pdf_reader.read(_pdf(body), "x.pdf").blocks if b.text)
    assert "Noi vu" not in text and "Giao" in text and "chu tri." in text and "Phong Tai chinh" in text


@pytest.mark.parametrize("marks", [
    _strike(260, 330, OLD, at=-0.15),  # an underline
    _strike(260, 330, OLD, longer=120),  # a line through the row that runs on past the words
    _strike(260, 330, "P"),  # one glyph
])
def test_other_lines_leave_the_words(marks):
    # must not
    assert _rows(_table(_words(260, 330, OLD), marks))[-1] == ["To chuc hoi thi", OLD]


def test_a_rule_between_rows_leaves_the_words():
    # must not: the table's own rules (the header's and the row's words between them) are no strikes
    assert _rows(_table(_words(260, 330, OLD)))[-1] == ["To chuc hoi thi", OLD]
