"""Positioned words from a PDF's text layer with PDFium (pypdfium2), shaped like
pdfplumber's `page.extract_words()`: dicts with `text`, `x0`, `x1`, `top`, `bottom`
(PDF points, origin top-left), plus `upright` and `direction`. A prototype for the PDF
reader to use instead of pdfminer, which costs ~90% of a text PDF's time.

How a word is found: PDFium's text page gives the characters in content order with the
spaces and line ends it infers from the layout ("generated" characters); a word is a run
of characters between them. Its box: `x0` from the loose box of its first character,
`x1` from that of its last (the advance width, as pdfminer measures), `bottom` at the
baseline of its first character and `top` one font size above it. pdfminer puts the
bottom at the baseline plus the font's descent, which the Vietnamese PDFs we have leave
at zero; where a font states a descent, our bottom is that much higher.

Cost: five PDFium calls per word, none per character; the text itself in one call.

What the PDF reader takes from here (extractors.formats.pdf, below the line): a page's
characters as pdfplumber's `page.chars` (page_chars), its edges as `page.edges`
(page_edges) and the largest share of it an image covers (image_cover), each with what
keeps PDFium from vouching for them, so that pdfminer need not parse the page.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import re
import threading
import unicodedata
from collections import deque
from itertools import chain, compress, repeat

_WORD = re.compile(r"\S+")  # a run of characters between spaces and line ends
_BLANK = re.compile(r"\s")  # one character str.isspace() holds for (both ask Py_UNICODE_ISSPACE): " ", "\r"


def page_words(page) -> list[dict]:
    """The words of one `pypdfium2.PdfPage`, in PDFium's reading order."""
    import pypdfium2.raw as raw
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return []
        text = textpage.get_text_range(0, n)
        if len(text) != n:  # characters outside the BMP shift the indices: take the slow way
            return _page_words_per_char(textpage, n, height)
        handle = textpage.raw
        rect = raw.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        words = []
        for m in _WORD.finditer(text):
            first, last = m.start(), m.end() - 1
            raw.FPDFText_GetLooseCharBox(handle, first, rect)
            x0 = rect.left
            raw.FPDFText_GetLooseCharBox(handle, last, rect)
            x1 = rect.right
            raw.FPDFText_GetCharOrigin(handle, first, ox, oy)
            size = raw.FPDFText_GetFontSize(handle, first)
            bottom = height - oy.value
            words.append({"text": unicodedata.normalize("NFC", m.group()), "x0": round(x0, 3), "x1": round(x1, 3),
                          "top": round(bottom - size, 3), "bottom": round(bottom, 3), "upright": True,
                          "direction": "ltr"})
        return words
    finally:
        textpage.close()


def _page_words_per_char(textpage, n: int, height: float) -> list[dict]:
    words, current = [], []
    for i in range(n):
        ch = textpage.get_text_range(i, 1)
        if ch.isspace() or not ch:
            if current:
                words.append(_word(current, height))
                current = []
            continue
        current.append((ch, textpage.get_charbox(i, loose=True)))
    if current:
        words.append(_word(current, height))
    return words


def _word(chars, height: float) -> dict:
    left = chars[0][1][0]
    right = chars[-1][1][2]
    bottom = min(c[1][1] for c in chars)
    top = max(c[1][3] for c in chars)
    return {"text": unicodedata.normalize("NFC", "".join(c[0] for c in chars)), "x0": round(left, 3),
            "x1": round(right, 3), "top": round(height - top, 3), "bottom": round(height - bottom, 3),
            "upright": True, "direction": "ltr"}


def extract_words(data: bytes) -> list[list[dict]]:
    """Words page by page from PDF bytes."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                out.append(page_words(page))
            finally:
                page.close()
        return out
    finally:
        pdf.close()


# -- what the PDF reader needs of a page, without pdfminer ----------------------------------

_ODD = re.compile(r"[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]")  # control, private-use and replacement characters
_HYPHEN = re.compile("\ufffe")  # PDFium's mark for a hyphen that ends a line
SPACE_ROOM = 0.1  # em: a gap narrower than this between two glyphs holds no space glyph


def _plain(m) -> bool:
    """An upright matrix that scales both ways alike (no rotation, mirror or Tz stretch)."""
    return m.b == 0 and m.c == 0 and m.d > 0 and abs(m.a - m.d) <= 1e-4 * m.d


def _compose(m, n):
    """The matrix m then n (PDF row-vector convention: p' = p * m * n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def page_chars(page, descents=None) -> tuple[list[dict], int]:
    """The page's characters as pdfplumber gives them (`text`, `x0`, `x1`, `top`,
    `bottom`, `doctop`, `upright`, `fontname`, `size`; the spaces and line ends PDFium
    infers are left out, as pdfminer has none), in content order, and the number of
    characters that keep the page from being read this way: PDFium found no Unicode for
    them, they are control, private-use or replacement characters, they are not upright,
    PDFium left out a text object that draws something, or two fonts of the page go by
    one name (PDFium drops a subset tag pdfminer keeps).

    `top` is one font size above the baseline, `bottom` the baseline (pdfminer adds the
    font's descent where the font dictionary states one: `descent` says by how much in
    points PDFium's font metrics would move the box down); `x0` is the origin, `x1` the
    origin plus the glyph's advance width (PDFium's loose box also covers ink beyond the
    advance, pdfminer's box does not). A text object that draws no ink (a space Word
    writes alone between two fonts) is left out of PDFium's text page; pdfminer reads it
    as a space, and so does this: one space at its origin. Three PDFium calls per
    character (its text object, its Unicode map error, its origin), each made for all
    characters at once through map(), and one more per space (is it PDFium's own?).

    `descents`: pdfminer's descent per font name (per point of size, None where unsure;
    extractors.formats.pdf.font_descents), or a function that gives them, asked only
    when the page has characters. A character of a font it knows is moved down by that
    descent, as pdfminer moves it, and its `descent` is 0.0 (nothing left unsure)."""
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
        bad = len(_ODD.findall(text))
        matrix = raw.FS_MATRIX()
        fonts = _Fonts(raw)
        objects: dict[int, tuple] = {}  # text object -> (font, scaled size, name, descent in points, advances, lowering)
        by_object: dict[int, list[dict]] = {}  # text object -> its characters
        ends: dict[int, tuple] = {}  # text object -> the x0 and baseline of its last character so far
        pointer = ctypes.c_void_p.from_buffer
        is_generated, text_object, map_error, origin = _per_char(raw)
        font_size, object_font, char_matrix = _per_object(raw)
        address = pointer(handle).value
        textpage_ptr = ctypes.c_void_p(address)
        # PDFium's calls per character, each over all characters at once (map: no Python
        # loop around them): the characters but PDFium's own spaces and line ends, their
        # text objects, their Unicode map errors, their origins
        spots = [m.start() for m in _BLANK.finditer(text)]
        own = list(compress(spots, map(is_generated, repeat(textpage_ptr), spots)))  # PDFium's own blanks
        kept = list(chain.from_iterable(map(range, [0] + [i + 1 for i in own], own + [n])))
        count = len(kept)
        objs = list(map(text_object, repeat(textpage_ptr, count), kept))
        bad += list(map(map_error, repeat(textpage_ptr, count), kept)).count(1)
        xs, ys, x_at, y_at = _origin_slots(count)
        deque(map(origin, repeat(textpage_ptr, count), kept, x_at, y_at), maxlen=0)
        hyphens = [m.start() for m in _HYPHEN.finditer(text)]
        if hyphens:  # PDFium's mark for a hyphen that ends a line (it drops the spaces before it)
            text = text.replace("\ufffe", "-")
        made: list[dict] = []  # the characters in PDFium's order
        key = same = same_x0 = same_bottom = None
        bottoms = [height - y for y in ys[:count]]  # the baselines before any descent, in PDFium's order
        for i, obj, x0, bottom in zip(kept, objs, xs[:count], bottoms):
            if obj != key:
                ends[key] = (same_x0, same_bottom)
                key = obj
                font = objects.get(key)
                if font is None:
                    plain = char_matrix(textpage_ptr, i, ctypes.byref(matrix)) and _plain(matrix)
                    if not plain:
                        bad += 1  # rotated, mirrored or stretched text: pdfplumber measures it otherwise
                    # the size on the page: the font's size in the text state times the matrix's
                    # scale (cairo writes "1 Tf" and the size in the text matrix)
                    size = font_size(textpage_ptr, i)
                    if plain and matrix.d != 1:
                        size *= matrix.d
                    f = fonts.at(object_font(ctypes.c_void_p(obj)) or 0, size)
                    ratio = known.get(f[0])
                    low = None if ratio is None else ratio * size
                    # the text object's characters are copies of one dict (a copy is made
                    # faster than a new dict), their own values set in each
                    proto = {"text": "", "x0": 0.0, "x1": 0.0, "top": 0.0, "doctop": 0.0, "bottom": 0.0, "upright": True,
                             "fontname": f[0], "size": size, "descent": 0.0 if low is not None else f[3] * size}
                    font = objects[key] = (f, size, proto, fonts.advances.setdefault(f[2], {}), low or None)
                f, size, proto, advances, low = font
                same = by_object.setdefault(key or 0, [])
                same_x0, same_bottom = ends.get(key, (None, None))
            ch = text[i]
            adv = advances.get(ch)
            if adv is None:
                adv = fonts.advance(f, ch)
                if adv == 0 and ch.isalpha():  # a letter the font has no glyph of its own for
                    adv = advances[ch] = _base_advance(fonts, f, ch)
            if adv < 0:
                bad += 1  # no advance width: the box would be a guess
            char = proto.copy()
            char["text"] = ch
            char["x0"] = x0
            char["x1"] = x0 + adv * size
            if low is None:
                char["top"] = char["doctop"] = bottom - size
                char["bottom"] = bottom
            else:  # moved down as pdfminer moves it
                char["top"] = char["doctop"] = bottom - size + low
                char["bottom"] = bottom + low
            if x0 == same_x0 and bottom == same_bottom:
                bad += 1  # pieces of one glyph: a ligature PDFium split, or a span's /ActualText
            same.append(char)
            made.append(char)
            same_x0, same_bottom = x0, bottom
        # characters PDFium put a space or line end of its own before (or a hyphen that ends
        # a line), with the character before them, when neither is blank
        joined = [(made[k - 1], made[k], bottoms[k - 1], bottoms[k])
                  for k in sorted({bisect.bisect_left(kept, i) for i in chain(own, hyphens)} - {0, count})
                  if not made[k - 1]["text"].isspace() and not made[k]["text"].isspace()]
        chars: list[dict] = []
        blanks: list[tuple[float, float]] = []  # the spaces of text objects PDFium left out
        last = None  # the last text object PDFium placed
        for obj, ctm in _placed(raw, page.raw, raw.FPDF_PAGEOBJ_TEXT, own=False):  # matrices only for the few asked
            got = by_object.pop(pointer(obj).value or 0, None)
            if got is not None:
                chars += got
                last = obj
                continue
            space = _blank(raw, obj, _on_page(raw, obj, ctm), height, fonts)
            if space is None and last is not None and _spelled_with(raw, obj, last):
                continue  # a piece of a glyph drawn in parts (a mark above a letter): its span's text is read
            if space is None:
                bad += 1  # PDFium left out a text object that draws (a repeated one, for bold): pdfminer keeps it
            else:
                blanks.append((space["bottom"], space["x0"]))
                ratio = known.get(space["fontname"])
                if ratio is not None:
                    space = _moved_down(space, ratio * space["size"])
                chars.append(space)
        bad += len(by_object) + fonts.clashes()

        def spaces() -> list[tuple[float, float]]:
            """The baselines (before any descent) and x0 of the page's spaces."""
            gone = {id(c) for group in by_object.values() for c in group}  # of objects PDFium did not place
            return [(bottoms[k], c["x0"]) for k, c in enumerate(made)
                    if c["text"].isspace() and id(c) not in gone] + blanks

        _mark_gaps(joined, spaces)
        return chars, bad
    finally:
        textpage.close()


def _base_advance(fonts: "_Fonts", font: tuple, ch: str) -> float:
    """The advance of a letter the font gives none for (0): its base letter's, where it is
    a base letter and marks ("ê" is "e" and a circumflex). LibreOffice draws a letter its
    font lacks as the base letter's glyph and the mark's, in a span whose /ActualText is
    the letter: PDFium gives the letter, whose own width in the font is none."""
    base = unicodedata.normalize("NFD", ch)[0]
    if base == ch or not base.isalpha():
        return 0.0
    adv = fonts.advance(font, base)
    return adv if adv > 0 else 0.0


def _actual_text(raw, obj) -> bytes | None:
    """The /ActualText of the marked-content span (BDC /Span <</ActualText ...>>) a page
    object is drawn in, as the string's bytes (PDFium's string value of it loses all but
    the low byte of each UTF-16 unit); None when it is in none."""
    for i in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, i)
        if not mark:
            continue
        need = ctypes.c_ulong()
        if not raw.FPDFPageObjMark_GetParamBlobValue(mark, b"ActualText", None, 0, ctypes.byref(need)) or not need.value:
            continue
        buf = (ctypes.c_ubyte * need.value)()
        if raw.FPDFPageObjMark_GetParamBlobValue(mark, b"ActualText", buf, need.value, ctypes.byref(need)):
            return bytes(buf)[:need.value]
    return None


def _spelled_with(raw, obj, placed) -> bool:
    """Whether a text object PDFium left out of its text page is a later piece of a span
    whose /ActualText PDFium read from the text object it placed just before: LibreOffice
    draws a letter its font lacks as the base letter and its mark, each in a text object of
    its own (the mark moved up by a Tm), in one span whose ActualText is the letter ("Ủ" as
    "U" and a hook); PDFium gives the span's text at the first object and leaves the others
    out, pdfminer reads each glyph (the mark as the code's WinAnsi letter, "*" or "S")."""
    text = _actual_text(raw, obj)
    return bool(text) and text == _actual_text(raw, placed)


def _moved_down(c: dict, d: float) -> dict:
    """The character moved down by d points (its font's descent, as pdfminer moves it)."""
    if not d:
        return {**c, "descent": 0.0}
    return {**c, "top": c["top"] + d, "doctop": c["doctop"] + d, "bottom": c["bottom"] + d, "descent": 0.0}


@functools.lru_cache(maxsize=1)
def _per_char(raw) -> tuple:
    """FPDFText_IsGenerated, _GetTextObject, _HasUnicodeMapError and _GetCharOrigin
    through prototypes of plain values: pypdfium2's typed handles make a ctypes object
    at each call (2 us for GetTextObject's, against 0.4 us). None takes argument types:
    they are called with the text page as a c_void_p and the index as an int, which
    ctypes passes as they are, as the functions' (FPDF_TEXTPAGE, int) take them (0.17 us
    a call; 0.26 with argument types to convert through); the origin's with its two
    doubles' addresses as c_void_p objects made once (_origin_slots: 0.3 us a call,
    against 0.7 with the addresses as integers converted through argument types). The
    prototypes hold the GIL through the call (PYFUNCTYPE: a call of a few hundred
    nanoseconds does not release and take it again, ~30 ns less a call; PDFium is not
    to be called from two threads at once anyway)."""
    def plain(fn, restype, *argtypes):
        return ctypes.PYFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)
    return (plain(raw.FPDFText_IsGenerated, ctypes.c_int),
            plain(raw.FPDFText_GetTextObject, ctypes.c_void_p),
            plain(raw.FPDFText_HasUnicodeMapError, ctypes.c_int),
            plain(raw.FPDFText_GetCharOrigin, ctypes.c_int))


_slots = threading.local()  # this thread's doubles for the characters' origins


def _origin_slots(count: int) -> tuple:
    """Two arrays of at least `count` doubles (x and y of each character's origin) and
    each slot's address as a c_void_p, made once per thread and grown as pages need:
    FPDFText_GetCharOrigin is called with them as they are, no object made per call.
    Read the first `count` values of each array before the next page asks."""
    got = getattr(_slots, "origin", None)
    if got is None or len(got[0]) < count:
        size = max(count, 2 * len(got[0]) if got else 4096)
        xs, ys = (ctypes.c_double * size)(), (ctypes.c_double * size)()
        xa, ya = ctypes.addressof(xs), ctypes.addressof(ys)
        got = _slots.origin = (xs, ys, [ctypes.c_void_p(xa + 8 * k) for k in range(size)],
                               [ctypes.c_void_p(ya + 8 * k) for k in range(size)])
    ctypes.memset(got[0], 0, 8 * count)  # an origin PDFium cannot give stays 0, as in a new array
    ctypes.memset(got[1], 0, 8 * count)
    return got


@functools.lru_cache(maxsize=1)
def _per_object(raw) -> tuple:
    """FPDFText_GetFontSize, FPDFTextObj_GetFont (the font's address) and
    FPDFText_GetMatrix without argument types, as _per_char's: called once a text object
    with a c_void_p, an int and a byref'd FS_MATRIX, holding the GIL as _per_char's."""
    def plain(fn, restype):
        return ctypes.PYFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value)
    return (plain(raw.FPDFText_GetFontSize, ctypes.c_double), plain(raw.FPDFTextObj_GetFont, ctypes.c_void_p),
            plain(raw.FPDFText_GetMatrix, ctypes.c_int))


def _mark_gaps(joined: list[tuple], spaces) -> None:
    """PDFium leaves some real spaces out of its text page (all but one of a run, or one
    whose text object it skipped) and puts a space of its own there. Where no space
    character of ours lies between two characters on one line that PDFium spaced, the
    second says how wide the gap before it is (`gap`): pdfminer may have a space there,
    and the reader decides whether the gap alone parts the words as the space would. A
    gap with no room for a space (a footnote number raised against its word, a hyphen
    inside a number PDFium took for a line end) needs no mark. `joined`: (character,
    the next, their baselines), `spaces`: a function that gives the (baseline, x0) of
    the page's spaces (baselines as PDFium gives them, before any descent)."""
    import bisect
    lines: dict[float, list[float]] | None = None  # the spaces' x0 by line, found when a gap first needs them
    for prev, nxt, prev_bottom, nxt_bottom in joined:
        if abs(prev_bottom - nxt_bottom) > prev["size"]:
            continue  # another line
        if nxt["x0"] - prev["x1"] < SPACE_ROOM * min(prev["size"], nxt["size"]):
            continue
        if lines is None:
            lines = {}
            for bottom, x0 in spaces():
                lines.setdefault(round(bottom, 1), []).append(x0)
            for xs in lines.values():
                xs.sort()
        xs = lines.get(round(nxt_bottom, 1), [])
        lo, hi = min(prev["x0"], nxt["x0"]), max(prev["x1"], nxt["x0"])
        i = bisect.bisect_left(xs, lo)
        if i < len(xs) and xs[i] <= hi:
            continue
        nxt["gap"] = nxt["x0"] - prev["x1"]


def _char(ch: str, x0: float, bottom: float, adv: float, font: tuple) -> dict:
    (name, _, _, descent), size = font
    top = bottom - size
    return {"text": ch, "x0": x0, "x1": x0 + adv * size, "top": top, "doctop": top, "bottom": bottom, "upright": True,
            "fontname": name, "size": size, "descent": descent * size}


class _Fonts:
    """The page's fonts by PDFium handle: name, advance widths, descent."""

    def __init__(self, raw):
        self.raw = raw
        self.fonts: dict[int, tuple] = {}  # font address -> (name, handle, address, descent per point of size)
        self.advances: dict[int, dict[str, float]] = {}  # font address -> character -> advance width in em
        self.buf = ctypes.create_string_buffer(256)
        self.value = ctypes.c_float()

    def get(self, handle, size: float) -> tuple:
        return self.at(ctypes.c_void_p.from_buffer(handle).value or 0, size)

    def at(self, key: int, size: float) -> tuple:
        """The font at that address (0: none)."""
        font = self.fonts.get(key)
        if font is None:
            handle = ctypes.cast(key, self.raw.FPDF_FONT)
            got = self.raw.FPDFFont_GetBaseFontName(handle, self.buf, 256)
            name = self.buf.raw[:max(0, min(got, 256) - 1)].decode("utf-8", "replace")
            descent = -self.value.value / size if size and self.raw.FPDFFont_GetDescent(handle, size, self.value) else 0.0
            font = self.fonts[key] = (name, handle, key, descent)
        return font

    def advance(self, font: tuple, ch: str) -> float:
        known = self.advances.setdefault(font[2], {})
        adv = known.get(ch)
        if adv is None:  # once a character of a font
            ok = len(ch) == 1 and self.raw.FPDFFont_GetGlyphWidth(font[1], ord(ch), 1.0, self.value)
            adv = known[ch] = self.value.value if ok else -1.0
        return adv

    def clashes(self) -> int:
        """Fonts that share a name with another font of the page."""
        return len(self.fonts) - len({f[0] for f in self.fonts.values()})


def _placed(raw, page_raw, kind: int, own: bool = True):
    """The page's objects of `kind` (a FPDF_PAGEOBJ_ type) in content order, forms opened,
    each with its matrix on the page; None for the matrix of an object, or of a form, that
    PDFium cannot place. `own=False`: each with the matrix of the form it is in (the
    page's: the identity) instead, its own left to find (_on_page) for the few that need it."""
    return _walk(raw, page_raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, (1, 0, 0, 1, 0, 0), kind, own)


def _walk(raw, parent, count, get, ctm, kind: int, own: bool = True):
    matrix = raw.FS_MATRIX()
    for i in range(count(parent)):
        obj = get(parent, i)
        found = raw.FPDFPageObj_GetType(obj)
        if found not in (kind, raw.FPDF_PAGEOBJ_FORM):
            continue
        if not own and found == kind:
            yield obj, ctm
            continue
        if not raw.FPDFPageObj_GetMatrix(obj, matrix):
            yield obj, None
            continue
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), ctm)
        if found == raw.FPDF_PAGEOBJ_FORM:
            yield from _walk(raw, obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, m, kind, own)
        else:
            yield obj, m


def _on_page(raw, obj, ctm: tuple | None) -> tuple | None:
    """An object's matrix on the page, from that of the form it is in (None: PDFium
    cannot place the form, or the object)."""
    matrix = raw.FS_MATRIX()
    if ctm is None or not raw.FPDFPageObj_GetMatrix(obj, matrix):
        return None
    return _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), ctm)


def _blank(raw, obj, m, height: float, fonts: _Fonts) -> dict | None:
    """A text object PDFium left out of its text page, as the space pdfminer reads there;
    None unless it draws no ink at all, upright and unstretched, in a font whose space
    width is known."""
    box = [ctypes.c_float() for _ in range(4)]
    size = ctypes.c_float()
    if m is None or not raw.FPDFPageObj_GetBounds(obj, *box) or box[0].value != box[2].value or box[1].value != box[3].value:
        return None
    a, b, c, d, e, f = m
    if b != 0 or c != 0 or d <= 0 or abs(a - d) > 1e-4 * d or not raw.FPDFTextObj_GetFontSize(obj, size):
        return None
    scaled = size.value * d
    font = fonts.get(raw.FPDFTextObj_GetFont(obj), scaled)
    adv = fonts.advance(font, " ")
    if adv < 0 or scaled <= 0:
        return None
    return _char(" ", e, height - f, adv, (font, scaled))




def page_edges(page) -> list[dict] | None:
    """The page's edges as pdfplumber's `page.edges` gives them, from PDFium's path
    objects: each subpath is a line, a rectangle or a curve by pdfminer's own rules
    (converter.paint_path), and becomes edges by pdfplumber's (line_to_edge,
    rect_to_edges, curve_to_edges), in pdfplumber's order (lines, then rectangles, then
    curves). Coordinates are PDFium's (float32, so within a few thousandths of a point of
    pdfminer's). None when a path has a shape PDFium and pdfminer may split differently
    (a subpath going on after it was closed, a Bézier piece cut short, a path that does
    not start with a move) or an object cannot be placed. Paths inside form XObjects
    count, as pdfminer interprets forms; clipping plays no part in either."""
    import pypdfium2.raw as raw
    from pdfplumber.utils.geometry import curve_to_edges, line_to_edge, rect_to_edges

    height = page.get_height()
    shapes: dict[str, list] = {"line": [], "rect": [], "curve": []}
    if not _paths(raw, page.raw, shapes):
        return None
    edges = [line_to_edge(_plumber_obj("line", pts, height)) for pts in shapes["line"]]
    for pts in shapes["rect"]:
        edges += rect_to_edges(_plumber_obj("rect", pts, height))
    for pts in shapes["curve"]:
        edges += curve_to_edges(_plumber_obj("curve", pts, height))
    return edges


def _paths(raw, page_raw, shapes: dict[str, list]) -> bool:
    """Each path object's subpaths as pdfminer shapes into `shapes`; False when one
    cannot be read as pdfminer reads it."""
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj, m in _placed(raw, page_raw, raw.FPDF_PAGEOBJ_PATH):
        if m is None:
            return False
        a, b, c, d, e, f = m
        ops: list[str] = []  # the current subpath in pdfminer's operators: m, l, c, h
        pts: list[tuple[float, float]] = []
        bezier = 0  # control points of the current Bézier piece seen so far
        closed = False
        for s in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            stype = raw.FPDFPathSegment_GetType(seg)
            if not raw.FPDFPathSegment_GetPoint(seg, x, y):
                return False
            if stype == raw.FPDF_SEGMENT_MOVETO:
                if bezier:
                    return False
                _shape(ops, pts, shapes)
                ops, pts, closed = ["m"], [], False
            elif not ops or closed:  # no move first, or drawing on after a close: pdfminer keeps one subpath
                return False
            elif stype == raw.FPDF_SEGMENT_BEZIERTO:
                bezier += 1
                if bezier < 3:  # a control point: pdfminer keeps only a piece's end point
                    if raw.FPDFPathSegment_GetClose(seg):
                        return False
                    continue
                bezier = 0
                ops.append("c")
            elif stype == raw.FPDF_SEGMENT_LINETO and not bezier:
                ops.append("l")
            else:
                return False
            pts.append((a * x.value + c * y.value + e, b * x.value + d * y.value + f))
            if raw.FPDFPathSegment_GetClose(seg):
                ops.append("h")
                pts.append(pts[0])
                closed = True
        if bezier:
            return False
        _shape(ops, pts, shapes)
    return True


def _shape(ops: list[str], pts: list[tuple[float, float]], shapes: dict[str, list]) -> None:
    """One subpath as pdfminer's paint_path sees it: a line, a rectangle or a curve."""
    if len(ops) < 2:  # a lone move: pdfminer draws nothing
        return
    shape = "".join(ops)
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:  # a redundant "l" before the close
        shape = shape[:-2] + "h"
        pts = pts[:-1]
    if shape in ("mlh", "ml"):
        shapes["line"].append(pts[:2])
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            shapes["rect"].append([(x0, y0), (x2, y0), (x2, y2), (x0, y2)])
        else:
            shapes["curve"].append(pts)
    else:
        shapes["curve"].append(pts)


def _plumber_obj(kind: str, pts: list[tuple[float, float]], height: float) -> dict:
    """A line, rectangle or curve as pdfplumber's page objects give it (top-left origin)."""
    x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
    x1, y1 = max(p[0] for p in pts), max(p[1] for p in pts)
    top = height - y1
    return {"object_type": kind, "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": y1 - y0,
            "top": top, "bottom": height - y0, "doctop": top, "pts": [(px, height - py) for px, py in pts]}


def image_cover(page) -> float:
    """The largest share of the page one image covers (pdfplumber's page.images, clipped
    to the page), images inside forms included."""
    import pypdfium2.raw as raw
    width, height = page.get_size()
    area = width * height or 1.0
    covers = [0.0]
    for _obj, m in _placed(raw, page.raw, raw.FPDF_PAGEOBJ_IMAGE):
        if m is None:
            covers.append(width * height)  # cannot place it: assume the worst
            continue
        a, b, c, d, e, f = m  # the image is the unit square under its matrix
        xs, ys = (e, a + e, c + e, a + c + e), (f, b + f, d + f, b + d + f)
        w = max(0.0, min(max(xs), width) - max(min(xs), 0.0))
        h = max(0.0, min(max(ys), height) - max(min(ys), 0.0))
        covers.append(w * h)
    return max(covers) / area


def ocr_layer(page, cover: float) -> bool:
    """Whether the page is a searchable scan: its text is drawn invisible (render mode 3, as OCR
    programs write the layer they set over a page's image; a few visible text objects, a stamp or
    a signature's caption, aside) and one image covers at least `cover` of the page. A page of
    visible text is told after its first visible text objects."""
    import pypdfium2.raw as raw
    invisible = raw.FPDF_TEXTRENDERMODE_INVISIBLE
    hidden = shown = 0
    for obj, _m in _placed(raw, page.raw, raw.FPDF_PAGEOBJ_TEXT, own=False):
        if raw.FPDFTextObj_GetTextRenderMode(obj) == invisible:
            hidden += 1
        else:
            shown += 1
            if shown > VISIBLE_OBJECTS:
                return False
    return hidden > 4 * shown and image_cover(page) >= cover


VISIBLE_OBJECTS = 20  # visible text objects a searchable scan may carry besides its layer (a stamp)
