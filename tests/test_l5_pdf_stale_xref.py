"""A PDF edited in place whose cross-reference table points a byte or two off its objects (round
L5: a tool that rewrote a date in the document's info without moving the offsets): PDFium repairs
it, pdfminer finds no page in it. The reader reads it as PDFium writes it anew; an intact PDF
reads as before, and a PDF neither can open is still an error."""

from __future__ import annotations

import pytest

from extractors.blocks import ReadError
from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_routing import PROSE, _pdf, _text

GOOD = _pdf(_text(PROSE))


def _cut(data: bytes, *before: bytes) -> bytes:
    """`data` less the one space before each of `before` (every later offset one byte off)."""
    for key in before:
        i = data.index(b" " + key)
        data = data[:i] + data[i + 1:]
    return data


def _texts(data: bytes) -> list[str]:
    return [b.text or "" for b in pdf_reader.read(data, "x.pdf").blocks]


STALE = [
    ("one byte cut in the catalog", _cut(GOOD, b"/Type /Catalog")),
    ("two bytes cut: the catalog and the page tree", _cut(GOOD, b"/Type /Catalog", b"/Type /Pages")),
]


@pytest.mark.parametrize("why, data", STALE, ids=[s[0] for s in STALE])
def test_a_pdf_with_stale_offsets_reads_as_the_intact_one(why, data):
    assert _texts(data) == _texts(GOOD), why


def test_an_intact_pdf_is_not_rewritten(monkeypatch):
    monkeypatch.setattr(pdf_reader, "_rewritten", lambda fast: pytest.fail("rewritten"))
    assert _texts(GOOD)[0].startswith("1. Muc tieu chung")


@pytest.mark.parametrize("why, data", [
    ("a header and nothing else", b"%PDF-1.5\n%garbage\n"),
    ("the catalog's dictionary broken", GOOD.replace(b"<< /Type /Catalog", b"/Type /Catalog", 1)),
])
def test_a_pdf_neither_reader_opens_is_still_an_error(why, data):
    with pytest.raises(ReadError):
        pdf_reader.read(data, "x.pdf")
