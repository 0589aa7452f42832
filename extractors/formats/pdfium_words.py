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
"""

from __future__ import annotations

import ctypes
import re
import statistics
import unicodedata

_WORD = re.compile(r"\S+")  # a run of characters between spaces and line ends


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

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"})  # as pdfplumber expands them
_ODD = re.compile(r"[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]")  # control, private-use and replacement characters
FLAT = 0.01  # points a segment may rise and still be horizontal


def has_rulings(page) -> bool:
    """Whether the page draws anything a ruled table could be made of: a path segment
    that is not horizontal (pdfplumber's table finder needs vertical edges to make a
    cell, and takes every non-horizontal line for one) or a curve. Underlines and
    horizontal rules alone are not rulings. Paths inside form XObjects count."""
    import pypdfium2.raw as raw
    return _rulings(raw, page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, (1, 0, 0, 1, 0, 0))


def _rulings(raw, parent, count, get, ctm) -> bool:
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(count(parent)):
        obj = get(parent, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            continue
        if not raw.FPDFPageObj_GetMatrix(obj, matrix):
            return True  # cannot place it: assume the worst
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), ctm)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            if _rulings(raw, obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, m):
                return True
            continue
        start = prev = None
        for s in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            stype = raw.FPDFPathSegment_GetType(seg)
            if stype == raw.FPDF_SEGMENT_BEZIERTO:
                return True
            if not raw.FPDFPathSegment_GetPoint(seg, x, y):
                return True
            py = m[1] * x.value + m[3] * y.value + m[5]
            if stype == raw.FPDF_SEGMENT_MOVETO:
                start = prev = py
            else:
                if prev is None or abs(py - prev) > FLAT:
                    return True
                prev = py
            if raw.FPDFPathSegment_GetClose(seg) and start is not None and abs(prev - start) > FLAT:
                return True
    return False


def _plain(m) -> bool:
    """An upright matrix that scales both ways alike (no rotation, mirror or Tz stretch)."""
    return m.b == 0 and m.c == 0 and m.d > 0 and abs(m.a - m.d) <= 1e-4 * m.d


def _compose(m, n):
    """The matrix m then n (PDF row-vector convention: p' = p * m * n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def page_chars(page) -> tuple[list[dict], int]:
    """The page's characters as pdfplumber gives them (`text`, `x0`, `x1`, `top`,
    `bottom`, `doctop`, `upright`, `fontname`, `size`; the spaces and line ends PDFium
    infers are left out, as pdfminer has none), and the number of characters that keep
    the page from being read this way: PDFium found no Unicode for them, they are
    control, private-use or replacement characters, or they are not upright.

    `top` is one font size above the baseline, `bottom` the baseline (pdfminer adds the
    font's descent where the font dictionary states one: `descent` says by how much in
    points PDFium's font metrics would move the box down); `x0` is the origin, `x1` the
    origin plus the glyph's advance width (PDFium's loose box also covers ink beyond the
    advance, pdfminer's box does not). Three or four PDFium calls per character."""
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
        handle = textpage.raw
        bad = len(_ODD.findall(text))
        ox, oy = ctypes.c_double(), ctypes.c_double()
        buf = ctypes.create_string_buffer(256)
        matrix = raw.FS_MATRIX()
        fonts: dict[int, tuple] = {}  # text object -> (font name, size, font handle, font address)
        advances: dict[tuple[int, str], float] = {}  # (font, character) -> advance width in em
        width, descent = ctypes.c_float(), ctypes.c_float()
        pointer = ctypes.c_void_p.from_buffer
        chars = []
        for i, ch in enumerate(text):
            if ch.isspace() and raw.FPDFText_IsGenerated(handle, i):
                continue
            obj = raw.FPDFText_GetTextObject(handle, i)
            key = pointer(obj).value or 0
            font = fonts.get(key)
            if font is None:
                got = raw.FPDFText_GetFontInfo(handle, i, buf, 256, None)
                name = buf.raw[:max(0, min(got, 256) - 1)].decode("utf-8", "replace")
                handle_font = raw.FPDFTextObj_GetFont(obj)
                size = raw.FPDFText_GetFontSize(handle, i)
                if not raw.FPDFFont_GetDescent(handle_font, size, descent):
                    descent.value = 0.0
                font = fonts[key] = (name, size, handle_font, pointer(handle_font).value or 0, -descent.value)
                if not raw.FPDFText_GetMatrix(handle, i, matrix) or not _plain(matrix):
                    bad += 1  # rotated, mirrored or stretched text: pdfplumber measures it otherwise
            if raw.FPDFText_HasUnicodeMapError(handle, i) == 1:
                bad += 1
            if ch == "\ufffe":  # PDFium's mark for a hyphen that ends a line
                ch = "-"
            adv = advances.get((font[3], ch))
            if adv is None:
                ok = len(ch) == 1 and raw.FPDFFont_GetGlyphWidth(font[2], ord(ch), 1.0, width)
                adv = advances[(font[3], ch)] = width.value if ok else -1.0
                if adv < 0:
                    bad += 1  # no advance width: the box would be a guess
            raw.FPDFText_GetCharOrigin(handle, i, ox, oy)
            x0 = ox.value
            x1 = x0 + adv * font[1]
            bottom = height - oy.value
            top = bottom - font[1]
            chars.append({"text": ch, "x0": x0, "x1": x1, "top": top,
                          "doctop": top, "bottom": bottom, "upright": True, "fontname": font[0], "size": font[1],
                          "descent": font[4]})
        return chars, bad
    finally:
        textpage.close()


_SPACE = re.compile(r"\s")
