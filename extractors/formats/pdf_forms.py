"""Text that a PDF's annotations write into the lines of its pages, made part of the pages.

An e-signed document often leaves its number and date blank in the body ("Số:   /KH-UBND",
"ngày   tháng 3 năm 2026") and has the signing system fill them in as signature fields whose
appearance draws "45" and "12" in the blanks. A reader of the page sees "Số: 45/KH-UBND"; a
text extractor, which reads the page's content and not its annotations, sees the blanks.

`with_filled_blanks` returns the PDF with such values flattened into their pages, so that every
reader downstream (PDFium, pdfplumber, the OCR's rendering) sees what a reader of the page sees.
A value is taken when it is what fills a blank: an annotation (a form field, a stamp or a text
box) whose appearance holds text on one line, set on a line of the page's own text, with that
text to its left or right. A signature's caption ("Ký bởi: ... / Thời gian ký: ...", several
lines, in a margin or over the seal) is not part of the document's text and is left out, as are
links, notes and images. A PDF with no such value is returned as it is (the same bytes).
"""

from __future__ import annotations

import ctypes

# annotations that draw their own content on the page: form fields, stamps, text boxes
_DRAWN = (20, 13, 3)  # FPDF_ANNOT_WIDGET, FPDF_ANNOT_STAMP, FPDF_ANNOT_FREETEXT
_TEXT, _FORM = 1, 5  # FPDF_PAGEOBJ_TEXT, FPDF_PAGEOBJ_FORM


def _text_boxes(obj, c, out: list) -> None:
    """The bounds (left, bottom, right, top, in the appearance's space) of the text objects
    in an annotation object, forms opened."""
    kind = c.FPDFPageObj_GetType(obj)
    if kind == _FORM:
        for i in range(c.FPDFFormObj_CountObjects(obj)):
            _text_boxes(c.FPDFFormObj_GetObject(obj, i), c, out)
    elif kind == _TEXT:
        box = [ctypes.c_float() for _ in range(4)]
        if c.FPDFPageObj_GetBounds(obj, *box):
            out.append(tuple(b.value for b in box))


def _one_line(boxes: list[tuple]) -> bool:
    """The text objects sit on one line: each one's vertical middle inside every other's
    height."""
    return all(b[1] <= (a[1] + a[3]) / 2 <= b[3] for a in boxes for b in boxes)


def _page_chars(textpage) -> list[tuple[float, float, float, float]]:
    """(left, right, bottom, top) of the page's own visible characters."""
    out = []
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i)
        if right > left and top > bottom:
            out.append((left, right, bottom, top))
    return out


def _fills_a_line(rect, chars) -> bool:
    """The annotation's rectangle is on a line of the page's text, with text beside it (to its
    left or right, not under it)."""
    left, bottom, right, top = rect
    return any(b < (bottom + top) / 2 < t or bottom < (b + t) / 2 < top
               for l, r, b, t in chars if r <= left + 1 or l >= right - 1)


def _one_text_line(annot, c) -> bool:
    """The annotation draws one short line of text."""
    boxes: list[tuple] = []
    for i in range(c.FPDFAnnot_GetObjectCount(annot)):
        _text_boxes(c.FPDFAnnot_GetObject(annot, i), c, boxes)
    return bool(boxes) and _one_line(boxes)


def _filled_page(page, c) -> bool:
    """Keep on the page only the annotations that fill a blank, and flatten them into it.
    False (the page untouched) when none does."""
    count = c.FPDFPage_GetAnnotCount(page.raw)
    if not count:
        return False
    keep, chars = [], None
    for i in range(count):
        annot = c.FPDFPage_GetAnnot(page.raw, i)
        try:
            if c.FPDFAnnot_GetSubtype(annot) not in _DRAWN or not c.FPDFAnnot_GetObjectCount(annot):
                continue
            if not _one_text_line(annot, c):
                continue
            rect = c.FS_RECTF()
            if not c.FPDFAnnot_GetRect(annot, rect):
                continue
            if chars is None:
                textpage = page.get_textpage()
                try:
                    chars = _page_chars(textpage)
                finally:
                    textpage.close()
            box = (min(rect.left, rect.right), min(rect.bottom, rect.top),
                   max(rect.left, rect.right), max(rect.bottom, rect.top))
            if _fills_a_line(box, chars):
                keep.append(i)
        finally:
            c.FPDFPage_CloseAnnot(annot)
    if not keep:
        return False
    for i in reversed(range(count)):  # the others go: flattening takes every annotation left
        if i not in keep:
            c.FPDFPage_RemoveAnnot(page.raw, i)
    return c.FPDFPage_Flatten(page.raw, 0) == 1  # FLAT_NORMALDISPLAY; 1 is FLATTEN_SUCCESS


def with_filled_blanks(data: bytes) -> bytes:
    """`data` with the values annotations fill into its lines made page text (see the module's
    docstring); `data` itself when there is none, or when PDFium cannot open or save it."""
    try:
        import io

        import pypdfium2 as pdfium
        import pypdfium2.raw as c
        pdf = pdfium.PdfDocument(data)
    except Exception:  # damaged or encrypted: the reader says why
        return data
    try:
        if b"/Annots" not in data and not c.FPDF_GetFormType(pdf.raw):
            # no page names an annotation (unless in a compressed object stream) and there is
            # no form: nothing to look at, and no page to load for it
            return data
        changed = False
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                changed = _filled_page(page, c) or changed
            finally:
                page.close()
        if not changed:
            return data
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    except Exception:
        return data
    finally:
        pdf.close()
