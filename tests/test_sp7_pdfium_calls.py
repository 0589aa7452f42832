"""page_chars's PDFium calls through its own prototypes (pdfium_words._per_char and
_per_object: plain values, the GIL held through the call) give what pypdfium2's typed calls
give, character by character, on PDFs made here."""

from __future__ import annotations

import ctypes
from itertools import repeat

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from extractors.formats import pdfium_words
from tests.extractors.test_pdf_routing import _pdf, _text

PAGES = {
    # two lines: PDFium puts a line end of its own between them
    "two lines": _text(["Ke hoach so 12/KH-UBND", "Phong Noi vu chu tri"]),
    # words set apart by a gap, no space glyph: PDFium puts a space of its own there
    "gap, no space": "BT /F1 12 Tf 56 780 Td (Ke) Tj 40 0 Td (hoach) Tj ET\n",
    # two text objects, two sizes
    "two objects": "BT /F1 12 Tf 56 780 Td (Dieu 1.) Tj ET\nBT /F1 9 Tf 56 760 Td (ghi chu) Tj ET\n",
}


def _typed(textpage, n: int) -> list[tuple]:
    """(generated, text object address, map error, origin) of each character, by pypdfium2's typed calls."""
    x, y = ctypes.c_double(), ctypes.c_double()
    out = []
    for i in range(n):
        obj = raw.FPDFText_GetTextObject(textpage.raw, i)
        raw.FPDFText_GetCharOrigin(textpage.raw, i, x, y)
        out.append((raw.FPDFText_IsGenerated(textpage.raw, i), ctypes.cast(obj, ctypes.c_void_p).value,
                    raw.FPDFText_HasUnicodeMapError(textpage.raw, i), (x.value, y.value)))
    return out


def _plain(textpage, n: int) -> list[tuple]:
    is_generated, text_object, map_error, origin = pdfium_words._per_char(raw)
    ptr = ctypes.c_void_p(ctypes.c_void_p.from_buffer(textpage.raw).value)
    xs, ys, x_at, y_at = pdfium_words._origin_slots(n)
    ok = list(map(origin, repeat(ptr, n), range(n), x_at, y_at))
    assert all(ok)
    return list(zip(map(is_generated, repeat(ptr, n), range(n)), map(text_object, repeat(ptr, n), range(n)),
                    map(map_error, repeat(ptr, n), range(n)), zip(xs[:n], ys[:n])))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_per_character_calls_are_pypdfium2s(name):
    page = pdfium.PdfDocument(_pdf(PAGES[name]))[0]
    textpage = page.get_textpage()
    n = textpage.count_chars()
    typed = _typed(textpage, n)
    plain = _plain(textpage, n)
    assert plain == typed
    # must: PDFium's own blanks are told from the page's characters, and every character has its object
    text = textpage.get_text_range(0, n)
    generated = [text[i] for i, row in enumerate(plain) if row[0]]
    assert generated and all(ch.isspace() for ch in generated)
    # must not: a character of the page (not a blank PDFium made) without its text object
    assert all(row[1] for row in plain if not row[0])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_per_object_calls_are_pypdfium2s(name):
    page = pdfium.PdfDocument(_pdf(PAGES[name]))[0]
    textpage = page.get_textpage()
    font_size, object_font, char_matrix = pdfium_words._per_object(raw)
    ptr = ctypes.c_void_p(ctypes.c_void_p.from_buffer(textpage.raw).value)
    mine, theirs = raw.FS_MATRIX(), raw.FS_MATRIX()
    for i in range(textpage.count_chars()):
        obj = raw.FPDFText_GetTextObject(textpage.raw, i)
        if not obj:
            continue
        assert font_size(ptr, i) == raw.FPDFText_GetFontSize(textpage.raw, i)
        font = raw.FPDFTextObj_GetFont(obj)
        assert object_font(ctypes.c_void_p(ctypes.cast(obj, ctypes.c_void_p).value)) == ctypes.cast(font, ctypes.c_void_p).value
        assert char_matrix(ptr, i, ctypes.byref(mine)) == raw.FPDFText_GetMatrix(textpage.raw, i, theirs)
        assert [getattr(mine, k) for k in "abcdef"] == [getattr(theirs, k) for k in "abcdef"]
