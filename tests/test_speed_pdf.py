"""Speed rewrites of the PDF reader's PDFium path give exactly what the code they replaced
gave: each is compared with the plain computation (kept here as the reference) on pages
of every shape it treats differently."""

import ctypes
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from extractors.formats import pdfium_words
from extractors.formats.pdfium_words import page_chars
from tests.conftest import RAW
from tests.extractors.test_pdf_routing import LONE_SPACE, PROSE, _grid, _pdf, _text

KONTUM = RAW / "kontum_787-KH-UBND_2018.pdf"


def _origins_plain(page) -> list[tuple[float, float]]:
    """Each character's origin (x, and y from the top) as pypdfium2's typed call gives
    it, a pair of doubles made for the call, PDFium's own spaces and line ends left out."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        x, y = ctypes.c_double(), ctypes.c_double()
        out = []
        for i in range(textpage.count_chars()):
            if raw.FPDFText_IsGenerated(textpage, i) == 1 and textpage.get_text_range(i, 1).isspace():
                continue
            ok = raw.FPDFText_GetCharOrigin(textpage, i, x, y)
            out.append((x.value, height - y.value) if ok else (0.0, height))
        return out
    finally:
        textpage.close()


def _fresh_slots(count: int) -> tuple:
    """_origin_slots as page_chars had it: new arrays for each page."""
    xs, ys = (ctypes.c_double * count)(), (ctypes.c_double * count)()
    xa, ya = ctypes.addressof(xs), ctypes.addressof(ys)
    return (xs, ys, [ctypes.c_void_p(xa + 8 * k) for k in range(count)],
            [ctypes.c_void_p(ya + 8 * k) for k in range(count)])


@pytest.fixture(scope="module")
def pages():
    """Pages of many characters and of few, in an order that makes the slots grow and
    then serve shorter pages (stale values of a longer page in them)."""
    docs = [pdfium.PdfDocument(d) for d in (_pdf(_text(PROSE[:3]) + LONE_SPACE), _pdf(_text(PROSE) + _grid()),
                                            KONTUM.read_bytes())]
    small, prose, kontum = docs
    yield [small[0], kontum[0], small[0], kontum[5], prose[0], kontum[len(kontum) - 1], small[0]]
    for doc in docs:
        doc.close()


def test_origins_through_the_slots_are_pypdfium2s_own(pages, monkeypatch):
    """Every character page_chars makes (but the spaces of text objects PDFium left out)
    sits at the origin pypdfium2's own FPDFText_GetCharOrigin gives, the slots starting
    smaller than the first page."""
    monkeypatch.setattr(pdfium_words, "_slots", type(pdfium_words._slots)())
    pdfium_words._slots.origin = _fresh_slots(16)
    seen = 0
    for page in pages:
        chars, _bad = page_chars(page)  # no descents known: the bottom is the baseline
        ours = Counter((c["x0"], c["bottom"]) for c in chars)
        theirs = Counter(_origins_plain(page))
        spaces = Counter((c["x0"], c["bottom"]) for c in chars if c["text"] == " ")
        assert not theirs - ours and not (ours - theirs) - spaces
        seen += sum(theirs.values())
    assert seen > 2000


def test_reused_slots_read_as_new_arrays(pages, monkeypatch):
    """The characters and the count of what keeps a page from PDFium, page after page with
    the slots reused, are those made with new arrays for each page."""
    reused = [page_chars(page) for page in pages]
    monkeypatch.setattr(pdfium_words, "_origin_slots", _fresh_slots)
    assert reused == [page_chars(page) for page in pages]


def test_slots_are_cleared_for_each_page():
    """An origin PDFium cannot give reads 0, as in a new array, not a longer page's value."""
    xs, ys, x_at, _y_at = pdfium_words._origin_slots(50)
    for k in range(50):
        xs[k], ys[k] = 7.5, 9.5
    xs2, ys2, _, _ = pdfium_words._origin_slots(20)
    assert xs2[:20] == [0.0] * 20 and ys2[:20] == [0.0] * 20
    assert len(x_at) >= 50 and x_at[3].value == ctypes.addressof(xs) + 24


def test_characters_are_dicts_of_their_own_in_pdfplumbers_shape(pages):
    """Each character is a dict of its own (copied from its text object's, not shared),
    with pdfplumber's keys in one order, and the values the plain dict gave."""
    keys = ["text", "x0", "x1", "top", "doctop", "bottom", "upright", "fontname", "size", "descent"]
    for page in pages:
        chars, _bad = page_chars(page)
        assert len({id(c) for c in chars}) == len(chars)
        for c in chars:
            assert [k for k in c if k != "gap"] == keys
            assert c["top"] == c["doctop"] and c["upright"] is True
            assert c["bottom"] - c["size"] == c["top"] or c["text"] == " "
        chars[0]["text"] = "changed"
        assert all(c["text"] != "changed" for c in chars[1:])


# a form that holds text and a form inside it, each placed with a matrix; a text object
# written alone as a space (PDFium leaves it out) inside the inner form
NESTED = ("BT /F1 10 Tf 60 700 Td (Noi dung ngoai) Tj ET\n"
          "q 1 0 0 1 20 -30 cm /X1 Do Q\n")
INNER = ("BT /F1 9 Tf 60 500 Td (Trong khung) Tj ET BT /F1 9 Tf 120 500 Td ( ) Tj ET "
         "q 0.5 0 0 0.5 40 10 cm BT /F1 12 Tf 60 400 Td (Nho hon) Tj ET Q")


@pytest.mark.parametrize("content, xobject", [
    (_text(PROSE), None),
    (_text(PROSE) + NESTED, INNER),
    (_text(PROSE) + LONE_SPACE, None),
    ("q 2 0 0 2 -50 -300 cm " + _text(PROSE[:4]) + "Q\n" + NESTED, INNER),
])
def test_text_objects_placed_later_sit_where_the_walk_placed_them(content, xobject):
    """_placed with the forms' matrices and _on_page for an object gives each text object
    the matrix _placed gives it with its own (the walk the text pages made before)."""
    doc = pdfium.PdfDocument(_pdf(content, xobject=xobject))
    page = doc[0]
    plain = [(pdfium_words.ctypes.c_void_p.from_buffer(o).value, m)
             for o, m in pdfium_words._placed(raw, page.raw, raw.FPDF_PAGEOBJ_TEXT)]
    later = [(pdfium_words.ctypes.c_void_p.from_buffer(o).value, pdfium_words._on_page(raw, o, ctm))
             for o, ctm in pdfium_words._placed(raw, page.raw, raw.FPDF_PAGEOBJ_TEXT, own=False)]
    assert later == plain and len(plain) >= 2
    assert pdfium_words._on_page(raw, page.get_objects().__next__().raw, None) is None
