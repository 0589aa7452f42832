"""Speed rewrites of the PDF reader's PDFium path give exactly what the code they replaced
gave: each is compared with the plain computation (kept here as the reference) on pages
of every shape it treats differently."""

import bisect
import ctypes
from collections import Counter, deque
from itertools import chain, compress, repeat

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from extractors.formats import pdf as pdf_reader
from extractors.formats import pdfium_words
from extractors.formats import pdfium_words as W
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


# -- page_chars against the code it replaced ------------------------------------------------

def _per_char_plain(raw):
    """_per_char as it was: the origin's prototype takes its two doubles' addresses as
    integers, converted through argument types."""
    def plain(fn, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)
    pointer, index = ctypes.c_void_p, ctypes.c_int
    return (plain(raw.FPDFText_IsGenerated, ctypes.c_int),
            plain(raw.FPDFText_GetTextObject, ctypes.c_void_p),
            plain(raw.FPDFText_HasUnicodeMapError, ctypes.c_int),
            plain(raw.FPDFText_GetCharOrigin, ctypes.c_int, pointer, index, pointer, pointer))


def page_chars_plain(page, descents=None) -> tuple[list[dict], int]:
    """page_chars as it was (commit 9b6953e), word for word but for its docstring, the
    module's helpers named through it and the origin's prototype of that time."""
    import pypdfium2.raw as raw
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return [], 0
        text = textpage.get_text_range(0, n)
        if len(text) != n:  # characters outside the BMP shift the indices
            return [], 1
        known = (descents() if callable(descents) else descents) or {}
        handle = textpage.raw
        bad = len(W._ODD.findall(text))
        matrix = raw.FS_MATRIX()
        fonts = W._Fonts(raw)
        objects: dict[int, tuple] = {}  # text object -> (font, scaled size, name, descent in points, advances, lowering)
        by_object: dict[int, list[dict]] = {}  # text object -> its characters
        ends: dict[int, tuple] = {}  # text object -> the x0 and baseline of its last character so far
        pointer = ctypes.c_void_p.from_buffer
        is_generated, text_object, map_error, origin = _per_char_plain(raw)
        font_size, object_font, char_matrix = W._per_object(raw)
        address = pointer(handle).value
        textpage_ptr = ctypes.c_void_p(address)
        # PDFium's calls per character, each over all characters at once (map: no Python
        # loop around them): the characters but PDFium's own spaces and line ends, their
        # text objects, their Unicode map errors, their origins
        spots = [m.start() for m in W._BLANK.finditer(text)]
        own = list(compress(spots, map(is_generated, repeat(textpage_ptr), spots)))  # PDFium's own blanks
        kept = list(chain.from_iterable(map(range, [0] + [i + 1 for i in own], own + [n])))
        count = len(kept)
        objs = list(map(text_object, repeat(textpage_ptr, count), kept))
        bad += list(map(map_error, repeat(textpage_ptr, count), kept)).count(1)
        xs, ys = (ctypes.c_double * count)(), (ctypes.c_double * count)()
        xa, ya = ctypes.addressof(xs), ctypes.addressof(ys)
        deque(map(origin, repeat(address, count), kept, range(xa, xa + 8 * count, 8), range(ya, ya + 8 * count, 8)),
              maxlen=0)
        hyphens = [m.start() for m in W._HYPHEN.finditer(text)]
        if hyphens:  # PDFium's mark for a hyphen that ends a line (it drops the spaces before it)
            text = text.replace("\ufffe", "-")
        made: list[dict] = []  # the characters in PDFium's order
        key = same = same_x0 = same_bottom = None
        ys = ys[:]
        for i, obj, x0, y in zip(kept, objs, xs[:], ys):
            if obj != key:
                ends[key] = (same_x0, same_bottom)
                key = obj
                font = objects.get(key)
                if font is None:
                    plain = char_matrix(textpage_ptr, i, ctypes.byref(matrix)) and W._plain(matrix)
                    if not plain:
                        bad += 1  # rotated, mirrored or stretched text: pdfplumber measures it otherwise
                    size = font_size(textpage_ptr, i)
                    if plain and matrix.d != 1:
                        size *= matrix.d  # the size on the page: the font's size times the matrix's scale
                    f = fonts.at(object_font(ctypes.c_void_p(obj)) or 0, size)
                    ratio = known.get(f[0])
                    low = None if ratio is None else ratio * size
                    font = objects[key] = (f, size, f[0], 0.0 if low is not None else f[3] * size,
                                           fonts.advances.setdefault(f[2], {}), low or None)
                f, size, name, descent, advances, low = font
                same = by_object.setdefault(key or 0, [])
                same_x0, same_bottom = ends.get(key, (None, None))
            ch = text[i]
            adv = advances.get(ch)
            if adv is None:
                adv = fonts.advance(f, ch)
            if adv < 0:
                bad += 1  # no advance width: the box would be a guess
            bottom = height - y
            top = bottom - size
            if low is None:
                char = {"text": ch, "x0": x0, "x1": x0 + adv * size, "top": top, "doctop": top, "bottom": bottom,
                        "upright": True, "fontname": name, "size": size, "descent": descent}
            else:  # moved down as pdfminer moves it
                top += low
                char = {"text": ch, "x0": x0, "x1": x0 + adv * size, "top": top, "doctop": top, "bottom": bottom + low,
                        "upright": True, "fontname": name, "size": size, "descent": descent}
            if x0 == same_x0 and bottom == same_bottom:
                bad += 1  # pieces of one glyph: a ligature PDFium split, or a span's /ActualText
            same.append(char)
            made.append(char)
            same_x0, same_bottom = x0, bottom
        bottoms = [height - y for y in ys]  # the baselines before any descent, in PDFium's order
        # characters PDFium put a space or line end of its own before (or a hyphen that ends
        # a line), with the character before them, when neither is blank
        joined = [(made[k - 1], made[k], bottoms[k - 1], bottoms[k])
                  for k in sorted({bisect.bisect_left(kept, i) for i in chain(own, hyphens)} - {0, count})
                  if not made[k - 1]["text"].isspace() and not made[k]["text"].isspace()]
        chars: list[dict] = []
        blanks: list[tuple[float, float]] = []  # the spaces of text objects PDFium left out
        for obj, m in W._placed(raw, page.raw, raw.FPDF_PAGEOBJ_TEXT):
            got = by_object.pop(pointer(obj).value or 0, None)
            if got is not None:
                chars += got
                continue
            space = W._blank(raw, obj, m, height, fonts)
            if space is None:
                bad += 1  # PDFium left out a text object that draws (a repeated one, for bold): pdfminer keeps it
            else:
                blanks.append((space["bottom"], space["x0"]))
                ratio = known.get(space["fontname"])
                if ratio is not None:
                    space = W._moved_down(space, ratio * space["size"])
                chars.append(space)
        bad += len(by_object) + fonts.clashes()

        def spaces() -> list[tuple[float, float]]:
            """The baselines (before any descent) and x0 of the page's spaces."""
            gone = {id(c) for group in by_object.values() for c in group}  # of objects PDFium did not place
            return [(bottoms[k], c["x0"]) for k, c in enumerate(made)
                    if c["text"].isspace() and id(c) not in gone] + blanks

        W._mark_gaps(joined, spaces)
        return chars, bad
    finally:
        textpage.close()


SHAPES = [
    (_text(PROSE), None),
    (_text(PROSE) + NESTED, INNER),
    (_text(PROSE) + LONE_SPACE, None),
    ("q 2 0 0 2 -50 -300 cm " + _text(PROSE[:4]) + "Q\n" + NESTED, INNER),
    # pieces of a word placed apart, a glyph drawn twice at one place (bold by overprint),
    # a line's hyphen, text set sideways
    (_text(PROSE) + "BT /F1 12 Tf 56 200 Td [(v) -60 (ung) 0 ( ) (l) -40 (inh) ( vuc 200) -80 (3)] TJ ET\n", None),
    (_text(PROSE[:3]) + "BT /F1 12 Tf 56 150 Td (Nhan) Tj ET BT /F1 12 Tf 56 150 Td (Nhan) Tj ET\n", None),
    (_text(["mot dong ket thuc bang gach noi-", "dong tiep theo"] + PROSE), None),
    (_text(PROSE) + "BT /F1 10 Tf 0 1 -1 0 300 300 Tm (Chu xoay doc) Tj ET\n", None),
    (_text(PROSE, size=7.5) + "BT /F1 12 Tf 56 100 Td [(A) 300 (B)] TJ ET BT /F1 12 Tf 60 100 Td ( ) Tj ET\n", None),
]
PDFS = [RAW / "kontum_787-KH-UBND_2018.pdf", RAW.parent.parent / "tests/golden/inputs/probe_f_footnotes.pdf",
        RAW.parent.parent / "tests/golden/inputs/probe_f_joint_landscape.pdf",
        RAW.parent.parent / "tests/invented/raw/h1_thanhhoa_05-khlt-syt-hlhpn_2026_lien-tich.pdf",
        RAW.parent.parent / "tests/invented/raw/h2_vinhlong_billion.pdf"]


def _documents():
    for content, xobject in SHAPES:
        yield _pdf(content, xobject=xobject)
    for path in PDFS:
        yield path.read_bytes()


@pytest.mark.parametrize("data", list(_documents()), ids=[f"shape{i}" for i in range(len(SHAPES))] + [p.name for p in PDFS])
def test_page_chars_gives_what_the_plain_code_gave(data, monkeypatch):
    """Every page of PDFs written here in many shapes and of documents of the project:
    the same characters, in the same order, with the same values and gap marks, and the
    same count of what keeps the page from PDFium, with the fonts' descents known (as the
    reader asks) and unknown; and the same spaces for the gaps to be measured against."""
    spaces = []

    def mark_gaps(joined, found):
        spaces.append(found())
        return mark_gaps_plain(joined, found)

    mark_gaps_plain = W._mark_gaps
    monkeypatch.setattr(W, "_mark_gaps", mark_gaps)
    doc = pdfium.PdfDocument(data)
    descents = pdf_reader.font_descents(data)
    try:
        for i in range(len(doc)):
            page = doc[i]
            for known in (descents, None):
                ours = page_chars(page, known)
                ours_spaces = spaces.pop()
                assert ours == page_chars_plain(page, known), i
                assert ours_spaces == spaces.pop(), i
            page.close()
    finally:
        doc.close()
