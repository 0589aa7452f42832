"""PDF reader: text in reading order per page, tables from pdfplumber's table finder,
repeated page headers and footers dropped; pages without a usable text layer read by OCR.

A page PDFium can vouch for is read from PDFium's characters and paths alone (pdfminer,
~90% of a text PDF's time, never runs for it): upright unstretched text with a Unicode
map for every glyph, paths PDFium and pdfminer cut into the same lines, rectangles and
curves, no unusable-text-layer check that could fire, ruled tables that no tie of the
table finder's tolerances could change, and a reading that does not depend on the fonts'
descent. Its characters and edges go through pdfplumber's table finder, cell text and
word grouping (pdfplumber's rules in a faster form, extractors.formats.pdf_grouping;
_FastPage stands for the pdfplumber page) and the same join_split_glyphs and layout
stage, so the page reads as pdfplumber would read it. Every other page goes to
pdfplumber, opened the first time one needs it.

Lines are rebuilt from words so that a wide gap splits a line into columns (the
two-column header and signature blocks); consecutive two-column lines are read column
by column. Wrapped lines are joined into paragraphs.

A value that an annotation writes into a blank of a page's line (a number or date filled in
by the e-signing, extractors.formats.pdf_forms) is made page text before anything reads it.

A page goes to OCR (extractors.formats.ocr) when it has no text, when its text is only a
stamp or signature over a page-sized image, or when its glyph codes (`(cid:54)`) stay
unknown after the font programs were asked (extractors.formats.pdf_fonts). OCR words go
through the same layout functions as a text layer's; their blocks say `"ocr": true` in
their location, and a table cell whose number Tesseract was unsure of carries
`number.ocr_suspected`.
"""

from __future__ import annotations

import bisect
import functools
import io
import math
import re
import statistics
from operator import itemgetter

from extractors.blocks import RawDocument, ReadError
from extractors.formats import tools
from extractors.formats.base import ReadOptions
from extractors.formats.pdf_forms import with_filled_blanks
from extractors.layout.one_line import MOTTO, unwrap_lost_lines
from extractors.layout.page_columns import column_lines
from extractors.layout.paragraphs import assemble
from extractors.layout.tab_stops import other_words
from extractors.layout.wrap import list_cell_text
from extractors.layout.words import page_item

_CID = re.compile(r"\(cid:\d+\)")
_NUMBER_TOKEN = re.compile(r"^[\d.,]*\d[\d.,]*$")  # "1.250", "2018"
MAX_PAGES = 2000
STAMP_CHARS = 200  # a page-sized image with fewer characters of text is a scan under a stamp
IMAGE_COVER = 0.5  # share of the page an image covers for the page to count as a scan
# a searchable scan (ABBYY, Tesseract, a copier's OCR): the page is an image, its text an invisible
# layer the OCR program set over it, with no table's rules and that program's misreadings; OCR
# reads the page again (its tables from the image), and the layer is kept only when OCR cannot run
OCR_LAYER = "the page is an image under another program's invisible OCR text"
COVER_MARGIN = 0.05  # a page with little text and an image this near IMAGE_COVER goes to pdfplumber's checks
SPACE_EM = 0.25  # a space's width in em when the page sets none (Times: 0.25, Arial: 0.278)
JOIN_SPACE = 0.75  # glyphs closer than this share of a space are one word ("v ùng" -> "vùng")
OCR = "number.ocr_suspected"
MARGIN = 0.05  # points: PDFium's coordinates lie within thousandths of pdfminer's; tables this near a tie go to pdfplumber
X_TOLERANCE = 1.5  # points between two characters of one word (pdfplumber's word grouping; its cells use its default, 3)


def _grid(table) -> list[list[str]]:
    """pdfplumber's cells; a None cell (covered by a merged neighbour) takes the text of the
    merged cell that covers it, found by the cells' boxes ("Tổng số" over two header rows
    beside a "Trong đó" over two columns); where no box covers it, the cell's to its left,
    or above when it starts a row."""
    rows = table.extract()
    boxes = None
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell and cell.count("\n") >= NESTED_LINES - 1:  # (a cell of a few lines may hold two columns)
                boxes = boxes or [row.cells for row in table.rows]
                box = boxes[r][c] if r < len(boxes) and c < len(boxes[r]) else None
                nested = _nested_columns(table.page.chars, box) if box else None
                if nested is not None:
                    row[c] = nested
    cover = _covering(table.cells) if any(cell is None for row in rows for cell in row) else {}
    grid: list[list[str]] = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                origin = cover.get((r, c))
                if origin is not None and origin[0] < r:
                    cell = grid[origin[0]][origin[1]]
                elif origin is not None and origin[1] < c:
                    cell = cells[origin[1]]
                else:
                    left_is_vertical = c > 0 and r > 0 and cells[c - 1] == grid[r - 1][c - 1]
                    if r > 0 and (c == 0 or left_is_vertical):
                        cell = grid[r - 1][c]
                    else:
                        cell = cells[c - 1] if c > 0 else ""
            else:
                cell = list_cell_text(cell)  # wrapped cell lines are one text (a list's items a line each)
            cells.append(cell)
        grid.append(cells)
    return grid


NESTED_LINES = 4  # lines a cell holds at least, two of them in both columns, to be read as a nested table's two
NESTED_GAP = 6.0  # points: the free strip between a nested table's two columns is at least this wide
NESTED_EDGE = 1.0  # points: a column's lines start this near one another


def _nested_columns(chars: list[dict], box: tuple) -> str | None:
    """A ruled cell's text where it holds a borderless table of two columns (Word's nested
    table in a task's bodies cell: "Chủ trì:" | "Sở Nông nghiệp và Môi trường", "Phối hợp:" |
    "Sở Tài chính; ..."): the cell's lines part at a strip NESTED_GAP wide or more that no
    word crosses, each column's lines start at one place, and two lines or more hold words on
    both sides. pdfplumber reads such a cell line by line across both columns, the narrow
    column's wrapped label cut into the other's words ("Chủ Sở Nông" / "trì: nghiệp và Môi
    trường"); read here a nested row after another, each its left column's lines then its
    right's, a row a line: a row starts where the left column's text starts again after a line
    it left empty or after a label its colon ends ("Chủ" / "trì:" then "Phối"): Word's nested
    rows have no rules nor room between them. None for a cell that
    holds no such columns (prose, a list, numbers)."""
    from pdfplumber.utils import extract_words

    x0, top, x1, bottom = box
    inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom]
    words = extract_words(inside, x_tolerance=X_TOLERANCE) if inside else []
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 2.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    if len(lines) < NESTED_LINES:
        return None
    lines = [sorted(line, key=lambda w: w["x0"]) for line in lines]
    # the strip: right of every word that starts at the cell's left edge ... left of the right column's start
    left_edge = min(line[0]["x0"] for line in lines)
    split = None
    for line in lines:
        for a, b in zip(line, line[1:]):
            if b["x0"] - a["x1"] >= NESTED_GAP:
                split = b["x0"] if split is None else min(split, b["x0"])
    if split is None:
        return None
    left = [[w for w in line if w["x1"] < split] for line in lines]
    right = [[w for w in line if w["x0"] >= split] for line in lines]
    if any(len(a) + len(b) != len(line) for a, b, line in zip(left, right, lines)):
        return None  # a word crosses the strip
    if sum(1 for a, b in zip(left, right) if a and b) < 2:
        return None
    if any(a and abs(a[0]["x0"] - left_edge) > NESTED_EDGE for a in left) or \
            any(b and abs(b[0]["x0"] - split) > NESTED_EDGE for b in right):
        return None
    if max(w["x1"] for a in left for w in a) > split - NESTED_GAP:
        return None
    rows: list[tuple[list[str], list[str]]] = []
    for n, (a, b) in enumerate(zip(left, right)):
        if not rows or (a and (not left[n - 1] or rows[-1][0][-1].endswith(":"))):
            rows.append(([], []))
        rows[-1][0].extend(w["text"] for w in a)
        rows[-1][1].extend(w["text"] for w in b)
    return "\n".join(" ".join(a + b) for a, b in rows)


def _covering(boxes: list[tuple]) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) of each grid position no cell starts at -> (row, column) of the cell
    whose box covers it, on the grid pdfplumber's Table.rows makes (a row per distinct top,
    a column per distinct x0)."""
    tops = sorted({b[1] for b in boxes})
    xs = sorted({b[0] for b in boxes})
    row_of = {top: r for r, top in enumerate(tops)}
    col_of = {x: c for c, x in enumerate(xs)}
    starts = {(b[1], b[0]) for b in boxes}
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for r, top in enumerate(tops):
        for c, x in enumerate(xs):
            if (top, x) in starts:
                continue
            box = next((b for b in boxes if b[0] <= x < b[2] and b[1] <= top < b[3]), None)
            if box is not None:
                out[(r, c)] = (row_of[box[1]], col_of[box[0]])
    return out


def read(data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
    """Text pages without rulings are read by PDFium alone; pages that may hold a ruled
    table, or whose text layer may be unusable, by pdfplumber (opened only then)."""
    options = options or ReadOptions()
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError("not a PDF file (no %PDF header)")
    data = with_filled_blanks(data)  # a number or date the signing filled into a blank is page text
    return _read(data, options, repair=True)


def _read(data: bytes, options: ReadOptions, repair: bool) -> RawDocument:
    """read() of a PDF's bytes; `repair`: a PDF in which pdfminer finds no page while PDFium
    finds some is read again as PDFium writes it anew (_rewritten), once."""
    fast = _Pdfium.open(data)
    plumber = _Plumber(data)
    try:
        try:
            return _read_pages(data, options, fast, plumber)
        except _Recount:  # pdfminer sees other pages than PDFium: pdfplumber reads them all
            repaired = _rewritten(fast) if repair and not plumber.pages() else None
            if repaired is not None:
                return _read(repaired, options, repair=False)
            return _read_pages(data, options, None, plumber)
    finally:
        plumber.close()
        if fast is not None:
            fast.close()


def _rewritten(fast: "_Pdfium | None") -> bytes | None:
    """A PDF whose cross-reference table points off its objects (a file edited in place, its
    offsets left stale: poppler and PDFium repair it, pdfminer finds no page in it), written
    anew by PDFium with its objects where the new table says; None when PDFium sees no page
    either or cannot write it."""
    if fast is None or len(fast.pdf) == 0:
        return None
    out = io.BytesIO()
    try:
        fast.pdf.save(out)
    except Exception:
        return None
    return out.getvalue()


class _Recount(Exception):
    """pdfminer and PDFium count the pages of the document differently."""


def _read_pages(data: bytes, options: ReadOptions, fast, plumber) -> RawDocument:
    count = len(fast.pdf) if fast is not None else len(plumber.pages())
    if count > MAX_PAGES:
        raise ReadError(f"the PDF has {count} pages (limit {MAX_PAGES})")
    issues: list[dict] = []
    per_page: list[list[tuple[str, object]]] = []  # (kind, payload) in reading order
    reader = OcrReader(data, options)
    dropped = 0
    legacy_fonts = False
    try:
        for number in range(1, count + 1):
            items = None if options.ocr == "always" or fast is None else fast.page(number - 1)
            if items is not None:  # a text page PDFium read alone
                per_page.append(items)
                continue
            page = None
            if options.ocr != "always":
                pages = plumber.pages()
                if len(pages) != count:
                    raise _Recount()
                page = pages[number - 1]
            why = None if options.ocr == "always" else _unusable(page)
            # a scan that another program read: its text layer, invisible, over the page's image
            layer = options.ocr != "always" and fast is not None and (number - 1) in fast.ocr_layers
            if options.ocr == "always" or why or layer:
                items = reader.page(number)
                if items is None and layer:  # OCR is off or unavailable: the other program's reading it is
                    issues.append({"code": "pdf.ocr_layer_read", "severity": "info", "where": f"page {number}",
                                   "message": f"page {number}: {OCR_LAYER}, read as it is ({reader.why_not()})"})
                    dropped += _drop_cids(page)
                    items = _text_page(page)
                elif items is None:  # OCR is off or unavailable
                    issues.append({"code": "pdf.text_layer_unusable", "severity": "warning",
                                   "message": f"page {number}: {why}; {reader.why_not()}", "where": f"page {number}"})
                per_page.append(items or [])
            else:
                dropped += _drop_cids(page)
                if _legacy_font_chars(page):
                    legacy_fonts = True
                turn = _quarter_turn(page)
                per_page.append(_text_page(page) if turn is None else _turned_page(
                    fast.pdf if fast is not None else data, number - 1, turn))
            if page is not None:
                page.close()  # drop the page's parsed objects: long PDFs must not hold every page in memory
    except (ReadError, _Recount):
        raise
    except Exception as exc:
        if reader.busy:  # raised while OCR ran (the document's time limit): not pdfplumber's failure
            raise
        raise ReadError(f"pdfplumber failed while reading the pages: {type(exc).__name__}: {exc}") from exc
    finally:
        reader.close()
    if legacy_fonts or (fast is not None and fast.legacy_fonts):
        from normalizers.legacy import font_converted_issue
        issues.append(font_converted_issue())
    return document(per_page, issues, dropped, reader)


def document(per_page, issues: list[dict], dropped: int, reader: "OcrReader",
             unread: str = "the PDF has no usable text layer on any page (OCR is needed)") -> RawDocument:
    """The document of the pages' items (a text layer's or OCR's), its OCR blocks marked; an
    error when no page gave a block (`unread` says why, where no tool was missing or failed)."""
    blocks = _lost_lines_blocks(per_page)
    if blocks is None:
        blocks = assemble(per_page)
    reader.mark(blocks)
    issues += reader.issues()
    if dropped:
        issues.append({"code": "pdf.text_layer_unusable", "severity": "info", "where": None,
                       "message": f"{dropped} glyph(s) without a Unicode map or a named glyph in their font were left out"})
    if not blocks:
        if reader.missing is not None:
            raise reader.missing  # the error record names the tool and how to install it
        if reader.failed:
            raise tools.ToolFailed(f"OCR failed on every page that needed it: page {reader.failed[0][0]}: {reader.failed[0][1]}")
        raise ReadError(unread, stage="read")
    return RawDocument(blocks, issues=issues)


def _lost_lines_blocks(per_page) -> list | None:
    """A document stored on one line, its breaks lost, then typed into Word and printed: one paragraph
    wrapped to the page, the motto running on into the number line. Its pages' lines are read as a text's
    lines are (extractors.layout.one_line puts its breaks back), each block on its page; None for any
    other PDF (a page with a table or a footnote, a header with its lines)."""
    if not per_page or any(kind != "line" and kind not in _PLACES for items in per_page for kind, _ in items):
        return None
    pages = ["\n".join(p[2] for kind, p in items if kind == "line") for items in per_page]
    if not MOTTO.search(pages[0]):  # (cheap: most PDFs have no motto run on into the body)
        return None
    text = "\f".join(pages)
    if unwrap_lost_lines(text) == text:
        return None
    from extractors.layout.text import read_text
    blocks, _ = read_text(text)
    for b in blocks:
        b.location = {"page": b.location.get("page", 1)}
    return blocks


class _Pdfium:
    """The document in PDFium, which reads the text pages that need no pdfminer."""

    def __init__(self, pdf, data: bytes):
        self.pdf, self.data = pdf, data
        self.descents: list[dict[str, float | None]] | None = None  # page by page
        self.legacy_fonts: list[bool] = []  # a page's characters in legacy fonts were converted
        self.ocr_layers: set[int] = set()  # pages that are a scan under another program's OCR text (indexes)

    @classmethod
    def open(cls, data: bytes) -> "_Pdfium | None":
        import pypdfium2 as pdfium
        try:
            return cls(pdfium.PdfDocument(data), data)
        except Exception:  # encrypted, damaged: pdfplumber's open says why, as it always did
            return None

    def page(self, index: int) -> list[tuple[str, object]] | None:
        from extractors.formats.pdfium_words import ocr_layer
        page = self.pdf[index]
        try:
            if ocr_layer(page, IMAGE_COVER):
                self.ocr_layers.add(index)
                return None
            return _pdfium_page(page, lambda: self.font_descents(index), self.legacy_fonts)
        finally:
            page.close()

    def font_descents(self, index: int) -> dict[str, float | None]:
        """The descents of the fonts of page `index` (page_font_descents), found for all
        pages the first time a page with text asks (a scan's pages never do); none known
        when pdfminer could not read the font dictionaries."""
        if self.descents is None:
            self.descents = page_font_descents(self.data)
            if len(self.descents) != len(self.pdf):  # pdfminer counts other pages: the document's names, all pages alike
                merged: dict[str, float | None] = {}
                for page in self.descents:
                    _merge_descents(merged, page)
                self.descents = [merged] * len(self.pdf)
        return self.descents[index]

    def close(self) -> None:
        self.pdf.close()


class _Plumber:
    """pdfplumber's view of the document, opened the first time a page needs it."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf = None

    def pages(self):
        if self.pdf is None:
            import pdfplumber
            from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
            from pdfminer.pdfparser import PDFSyntaxError
            try:
                self.pdf = pdfplumber.open(io.BytesIO(self.data))
                return self.pdf.pages
            except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
                raise ReadError(f"the PDF is encrypted and cannot be read without its password ({type(exc).__name__})") from exc
            except PDFSyntaxError as exc:
                raise ReadError(f"the PDF is damaged or truncated: {exc}") from exc
            except Exception as exc:
                raise ReadError(f"pdfplumber cannot open the PDF: {type(exc).__name__}: {exc}") from exc
        return self.pdf.pages

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def font_descents(data: bytes) -> dict[str, float | None]:
    """pdfminer's descent of each font of the document (its font dictionary's /Descent,
    or the standard font's metrics, in points per point of size, as pdfminer moves a
    character's box down by it), under each name PDFium may give the font (its /BaseFont,
    and without the subset tag, which PDFium drops for simple fonts); None for a name that
    stands for fonts of other descents, or for a Type 3 font. Only the document's font
    dictionaries are parsed (pages and forms), never a content stream: ~1 ms a page.
    Empty when pdfminer cannot read them: every font's descent is then unsure."""
    out: dict[str, float | None] = {}
    for page in page_font_descents(data):
        _merge_descents(out, page)
    return out


def page_font_descents(data: bytes) -> list[dict[str, float | None]]:
    """font_descents page by page: each page's own fonts (its resources' and those of the
    forms it draws), so that a name two subsets of other descents share in the document
    ("ABCDEF+Times" and "GHIJKL+Times", both "Times" to PDFium) is still known on a page
    that draws only one of them. Empty when pdfminer cannot read the font dictionaries."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
    from pdfminer.psparser import literal_name

    fonts: dict = {}  # font reference -> its names and descent, read once for the document
    forms: dict = {}  # form reference -> the descents of its fonts, read once for the document

    def key(ref):
        return ref.objid if isinstance(ref, PDFObjRef) else id(ref)

    def font(ref) -> dict[str, float | None]:
        k = key(ref)
        if k not in fonts:
            fonts[k] = {}
            spec = resolve1(ref)
            if isinstance(spec, dict):
                ratio = _pdfminer_descent(spec)
                base = literal_name(resolve1(spec.get("BaseFont", "")))
                for name in {base, base.split("+", 1)[1] if len(base) > 7 and base[6] == "+" else base}:
                    fonts[k][name] = ratio
        return fonts[k]

    def form(ref) -> dict[str, float | None]:
        k = key(ref)
        if k not in forms:
            forms[k] = {}  # a form that draws itself adds nothing more
            obj = resolve1(ref)
            if isinstance(obj, PDFStream) and literal_name(obj.get("Subtype")) == "Form":
                forms[k] = walk(obj.get("Resources"))
        return forms[k]

    def walk(resources) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        resources = resolve1(resources) or {}
        if not isinstance(resources, dict):
            return out
        refs = resolve1(resources.get("Font")) or {}
        for ref in refs.values() if isinstance(refs, dict) else ():
            _merge_descents(out, font(ref))
        refs = resolve1(resources.get("XObject")) or {}
        for ref in refs.values() if isinstance(refs, dict) else ():
            _merge_descents(out, form(ref))
        return out

    class Page(PDFPage):
        """pdfminer's page, its content streams not looked up (only its resources are read here)."""

        def _parse_contents(self, value) -> list:
            return []

    try:
        return [walk(page.resources) for page in Page.create_pages(PDFDocument(PDFParser(io.BytesIO(data))))]
    except Exception:  # a damaged or encrypted document: pdfplumber says why when it opens it
        return []


def _merge_descents(out: dict[str, float | None], more: dict[str, float | None]) -> None:
    """Names of `more` into `out`: a name with two descents is unsure (None)."""
    for name, ratio in more.items():
        out[name] = ratio if out.get(name, ratio) == ratio else None


def _pdfminer_descent(spec: dict) -> float | None:
    """The descent pdfminer's font classes (pdfminer.pdffont) give a font dictionary, per
    point of size, without loading the font: a standard font's from pdfminer's own
    metrics, any other's from its descriptor (a CID font's from its descendant's), made
    negative as pdfminer makes it. None for a Type 3 font or a dictionary pdfminer could
    not read."""
    from pdfminer.fontmetrics import FONT_METRICS
    from pdfminer.pdftypes import num_value, resolve1
    from pdfminer.psparser import literal_name

    try:
        subtype = literal_name(resolve1(spec.get("Subtype", "Type1")))
        if subtype == "Type0":
            spec = resolve1(resolve1(spec["DescendantFonts"])[0])
            subtype = literal_name(resolve1(spec.get("Subtype")))
        if subtype == "Type3":
            return None
        descriptor = None
        if subtype not in ("CIDFontType0", "CIDFontType2"):  # read as pdfminer's Type 1 font
            base = literal_name(resolve1(spec["BaseFont"])) if "BaseFont" in spec else "unknown"
            descriptor = FONT_METRICS.get(base, (None,))[0]
        if descriptor is None:
            descriptor = resolve1(spec.get("FontDescriptor", {})) or {}
        descent = num_value(resolve1(descriptor.get("Descent", 0)))
    except Exception:
        return None
    return abs(descent) * 0.001


def _pdfium_page(page, descents: dict[str, float | None] | None = None,
                 legacy_fonts: list[bool] | None = None) -> list[tuple[str, object]] | None:
    """A text-layer page read by PDFium alone, as page items; None when the page needs
    pdfplumber: it is rotated or its boxes are not at the origin, it draws a path PDFium
    and pdfminer may cut into edges differently, PDFium finds glyphs without a Unicode
    map or leaves out text it cannot stand for, it has little text over a large image or
    none (the unusable-text-layer checks decide it then), its tables sit so near a
    tolerance of the table finder that pdfminer's coordinates could make other cells, or
    its reading depends on a descent pdfminer may or may not give a font. `descents`:
    font_descents of the document, or a function that gives them (asked only when the
    page has characters). `legacy_fonts`: True is added to it when characters drawn in a
    legacy font (.VnTimeH, VNI-Times) were converted."""
    from extractors.formats.pdfium_words import image_cover, page_chars, page_edges
    from normalizers.legacy import legacy_font_chars

    if page.get_rotation() or page.get_mediabox() != page.get_cropbox() or page.get_mediabox()[:2] != (0, 0):
        return None
    edges = page_edges(page)
    if edges is None:
        return None
    edges += cut_rows_closed(edges, page.get_height())
    # pdfminer moves a character's box down by its font's descent (font_descents): where
    # the font is known, so does page_chars; PDFium's own metrics state one more often
    # than pdfminer does, so a character of an unknown font is read both ways (`descent`:
    # by how much it may go down), and a page whose reading depends on it goes to pdfplumber.
    chars, bad = page_chars(page, descents)
    chars, converted = legacy_font_chars(chars)  # a header set in .VnTimeH in a Unicode document
    if converted and legacy_fonts is not None:
        legacy_fonts.append(True)
    visible = len(chars) - sum(map(str.isspace, map(itemgetter("text"), chars)))
    if bad or not visible or (visible < 2 * STAMP_CHARS and image_cover(page) >= IMAGE_COVER - COVER_MARGIN):
        return None
    first = _FastPage(chars, edges, (0, 0, *page.get_size()))
    items = _fast_items(first)
    if items is not None and any(map(itemgetter("descent"), chars)):
        lowered = [_lowered(c, c["descent"] / c["size"], c["descent"]) for c in chars]
        if _fast_items(first.with_chars(lowered)) != items:
            return None
    return items


def _lowered(c: dict, ratio: float, unsure: float) -> dict:
    """The character moved down by `ratio` of its size; `unsure` is its new `descent`."""
    d = ratio * c["size"]
    return {**c, "top": c["top"] + d, "doctop": c["doctop"] + d, "bottom": c["bottom"] + d, "descent": unsure}


class _FastPage:
    """PDFium's characters and path edges in the shape _text_page and pdfplumber's
    TableFinder and Table.extract use of a pdfplumber page (`chars`, `edges`, `bbox`,
    `find_tables`, `filter`, `extract_words`): the page reads through pdfplumber's table
    machinery and word grouping (as pdf_grouping does them), without pdfminer."""

    def __init__(self, chars: list[dict], edges: list[dict], bbox: tuple, cells: list | None = None):
        from extractors.formats.pdf_grouping import FastTable
        self.chars, self.edges, self.bbox = chars, edges, bbox
        self.intersections: dict | None = None  # of its edges, as the table finder's default settings find them
        self.inherited = cells is not None  # its tables are another page's (the same edges): checked there
        self._tables = None if cells is None else self._own([FastTable(self, c) for c in cells])

    def _own(self, tables: list) -> list:
        """Each table reads its cells from the characters inside it alone (Table.extract
        looks for each row's characters among all it is given; one outside the table is
        in none of its rows), in the page's order: the same cells, fewer characters to look at."""
        for table in tables:
            x0, top, x1, bottom = table.bbox
            table.page = _Chars([t for t in self.centres if x0 <= t[0] < x1 and top <= t[1] < bottom])
        return tables

    @functools.cached_property
    def centres(self) -> list[tuple[float, float, dict]]:
        """Each character's centre (x, y) and the character, in the page's order: the
        table finder's and the reader's tests of what lies where read them."""
        return [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in self.chars]

    def find_tables(self, settings: dict | None = None) -> list:
        from extractors.formats.pdf_grouping import find_tables, intersections_of
        if settings is None and self._tables is not None:
            return self._tables
        if not any(e["orientation"] == "v" for e in self.edges):
            tables = []  # no cell without a vertical edge
        elif settings is None:
            self.intersections = intersections_of(self)
            tables = find_tables(self, intersections=self.intersections)
        else:
            tables = find_tables(self, settings)
        if settings is None:
            self._tables = self._own(tables)
        return tables

    def moved(self, which: dict[int, str], d: float) -> "_FastPage":
        """The page with the characters `which` names moved by d points (on x or y), its
        tables the same."""
        keys = {"x": ("x0", "x1"), "y": ("top", "bottom", "doctop")}
        return self.with_chars([{**c, **{k: c[k] + d for k in keys[which[id(c)]]}} if id(c) in which else c
                                for c in self.chars])

    def with_chars(self, chars: list[dict]) -> "_FastPage":
        """The page with other characters (moved, or lowered by their descent), its tables the same."""
        return _FastPage(chars, self.edges, self.bbox, [t.cells for t in self.find_tables()])

    def filter(self, test) -> "_FastPage":
        return _FastPage([c for c in self.chars if test(c)], [e for e in self.edges if test(e)], self.bbox)

    def outside(self, bboxes: list[tuple], test) -> "_FastPage":
        """filter(test), where `test` is whether an object's centre is in none of the
        boxes (sides included): the characters by their centres, found once."""
        kept = self.centres
        for x0, top, x1, bottom in bboxes:
            kept = [t for t in kept if not (x0 <= t[0] <= x1 and top <= t[1] <= bottom)]
        return _FastPage([t[2] for t in kept], [e for e in self.edges if test(e)], self.bbox)

    def extract_words(self, keep_blank_chars: bool = False, use_text_flow: bool = False, **kwargs) -> list[dict]:
        from extractors.formats import pdf_grouping
        if keep_blank_chars or use_text_flow or not set(kwargs) <= {"x_tolerance", "y_tolerance", "extra_attrs"}:
            from pdfplumber.utils.text import extract_words
            return extract_words(self.chars, keep_blank_chars=keep_blank_chars, use_text_flow=use_text_flow, **kwargs)
        return pdf_grouping.extract_words(self.chars, **kwargs)


class _Chars:
    """What Table.extract needs of its page: the characters, and their centres
    (pdf_grouping.table_extract reads them)."""

    def __init__(self, centres: list[tuple[float, float, dict]]):
        self.centres = centres
        self.chars = [t[2] for t in centres]


_PLACES = ("open", "columns")  # items of positions (a page's lines, a table's column starts), not of text


def _fast_items(page: _FastPage) -> list[tuple[str, object]] | None:
    """PDFium's page as page items, read as _text_page reads a pdfplumber page; None when
    pdfminer's slightly different coordinates could find other tables or put a character
    in another cell. A space on a cell's side (Word ends a cell's lines with one) is read
    on either side of it: the page is PDFium's only when both readings agree."""
    on_sides = _steady(page)
    if on_sides is None or not _spaced(page):
        return None
    items = _text_page(page)
    if _letter_by_letter(items):
        return None
    read = [item for item in items if item[0] not in _PLACES]
    for d in (-2 * MARGIN, 2 * MARGIN):
        if on_sides and [item for item in _text_page(page.moved(on_sides, d)) if item[0] not in _PLACES] != read:
            return None
    return items


def _letter_by_letter(items: list[tuple[str, object]]) -> bool:
    """Whether the page's lines came out a letter a word ("U B N D T Ỉ N H"): characters
    whose boxes PDFium's numbers made narrower or wider than their glyphs (a size the
    reader did not know how to take). The page is then pdfminer's to read, which reads the
    words as pdfplumber always did (a page truly set letter by letter reads the same)."""
    words = [w for kind, got in items for text in _item_texts(kind, got) for w in text.split()]
    if len(words) < LETTER_PAGE_WORDS:
        return False
    return sum(1 for w in words if len(w) == 1 and w.isalpha()) >= LETTER_SHARE * len(words)


def _item_texts(kind: str, payload) -> list[str]:
    """A page item's texts: a line's, a table's cells."""
    if kind == "line":
        return [payload[2]]
    if kind == "table":
        return [cell for row in payload for cell in row]
    return []


LETTER_PAGE_WORDS = 40  # words a page's lines hold before their share of single letters is asked
LETTER_SHARE = 0.5  # single letters among them that show a page read a letter a word


def _steady(page: _FastPage) -> dict[int, str] | None:
    """Whether the page's tables stand however pdfminer's coordinates differ from
    PDFium's (by less than MARGIN): the finder makes the same cells with every tolerance
    and minimum length MARGIN stricter and MARGIN looser, and no character's centre but a
    space's is within MARGIN of a side of a cell of the table it is in or near. None when
    they may not; else the spaces on a side (id -> the axis, "x" or "y", to move them on)."""
    import bisect

    from pdfplumber.table import TableSettings

    from extractors.formats import pdf_grouping

    tables = page.find_tables()
    if not tables:
        return {}
    cells = [t.cells for t in tables]
    base = TableSettings()
    same = None  # the shape of the page's own intersections: settings that find it find the same cells
    for d in () if page.inherited else (-MARGIN, MARGIN):
        settings = {"snap_tolerance": base.snap_tolerance + d, "join_tolerance": base.join_tolerance + d,
                    "intersection_tolerance": base.intersection_tolerance + d,
                    "edge_min_length": base.edge_min_length - d,
                    "edge_min_length_prefilter": base.edge_min_length_prefilter - d}
        found = pdf_grouping.intersections_of(page, settings)
        if found == page.intersections:  # the same edges at the same points (the usual case): the same shape
            continue
        same = same or pdf_grouping.shape(page.intersections)
        if pdf_grouping.shape(found) != same and [t.cells for t in pdf_grouping.find_tables(page, intersections=found)] != cells:
            return None

    bisect_left = bisect.bisect_left
    on_sides: dict[int, str] = {}
    centres = page.centres
    for table in tables:
        xs = sorted({v for c in table.cells for v in (c[0], c[2])})
        ys = sorted({v for c in table.cells for v in (c[1], c[3])})
        nx, ny = len(xs), len(ys)
        x0, top, x1, bottom = table.bbox
        left, right, high, low = x0 - MARGIN, x1 + MARGIN, top - MARGIN, bottom + MARGIN
        for h, v, c in [t for t in centres if left <= t[0] <= right and high <= t[1] <= low]:
            i = bisect_left(xs, h - MARGIN)  # a side within MARGIN of the centre, across and down
            on_x = i < nx and xs[i] <= h + MARGIN
            j = bisect_left(ys, v - MARGIN)
            on_y = j < ny and ys[j] <= v + MARGIN
            if on_x or on_y:
                if not c["text"].isspace() or (on_x and on_y):
                    return None
                on_sides[id(c)] = "x" if on_x else "y"
    return on_sides


def _spaced(page: _FastPage) -> bool:
    """Whether the words and cells part where pdfminer's would: where PDFium left out a
    space pdfminer may have (page_chars marks the character after it with the `gap`), the
    gap alone must part the two characters, by pdfplumber's word grouping (X_TOLERANCE)
    and, in a table, by its cell text (its default tolerance)."""
    from pdfplumber.utils.text import DEFAULT_X_TOLERANCE

    boxes = [t.bbox for t in page.find_tables()]
    for c in [c for c in page.chars if "gap" in c]:
        gap = c["gap"]
        if gap is None or gap > DEFAULT_X_TOLERANCE + MARGIN:
            continue
        if gap <= X_TOLERANCE + MARGIN:
            return False
        h, v = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        if any(b[0] - MARGIN <= h <= b[2] + MARGIN and b[1] - MARGIN <= v <= b[3] + MARGIN for b in boxes):
            return False
    return True


def _unusable(page) -> str | None:
    """Why a page's text layer cannot be read (None when it can). `(cid:NN)` codes are
    first decoded from the font programs where they allow it."""
    from extractors.formats.pdf_fonts import decode_chars

    decode_chars(page)
    chars = "".join(c["text"] for c in page.chars)
    if not chars.strip():
        return "no text layer (a scan?)"
    cids = len(_CID.findall(chars))
    letters = sum(ch.isalpha() for ch in _CID.sub("", chars))
    if cids > letters / 4:
        return f"{cids} glyphs without a Unicode map (cid codes)"
    visible = len("".join(_CID.sub("", chars).split()))
    if visible < STAMP_CHARS and _image_cover(page) >= IMAGE_COVER:
        return f"only {visible} characters of text over a page-sized image (a scan under a stamp or signature)"
    return None


def _image_cover(page) -> float:
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for im in page.images:
        w = max(0.0, min(im["x1"], page.width) - max(im["x0"], 0))
        h = max(0.0, min(im["bottom"], page.height) - max(im["top"], 0))
        covered = max(covered, w * h)
    return covered / area


def _drop_cids(page) -> int:
    """A usable page may keep a few unknown glyphs (a bullet from a symbol font): leave
    them out, so that no `(cid:NN)` reaches the text."""
    n = 0
    for c in page.chars:
        if _CID.search(c["text"]):
            c["text"] = _CID.sub("", c["text"])
            n += 1
    return n


def _legacy_font_chars(page) -> bool:
    """A pdfplumber page's characters drawn in legacy fonts (.VnTime, VNI-Times) converted
    in place (normalizers.legacy.legacy_font_chars), as PDFium's are; whether any were."""
    from normalizers.legacy import legacy_font_chars
    chars, changed = legacy_font_chars(page.chars)
    if changed:
        page.objects["char"] = chars
    return changed


# a "table" whose box reaches this near every edge of the page is the page's own ground
PAGE_EDGE = 2.0  # points
PAGE_MARGIN = 54.0  # points: a printed page's margin round its ground or its border (at most 3/4 in)
GROUND_TEXT = 0.9  # the share of the page's characters a ground within the margins holds


def _page_ground(table, page) -> bool:
    """Whether a table found on the page is the page itself: one column from edge to edge
    of the page (a web page printed to PDF paints its background as boxes the size of the
    sheet, whose sides make one or two lines across it), its text the whole page's. A
    browser's print keeps its margins (0.4 in) and a Word page's border is drawn 24 pt in:
    a column whose box reaches each side within PAGE_MARGIN is the page's too when it
    holds GROUND_TEXT of the page's characters."""
    x0, top, x1, bottom = table.bbox
    px0, ptop, px1, pbottom = page.bbox
    if len({(c[0], c[2]) for c in table.cells}) != 1:
        return False
    margins = (x0 - px0, px1 - x1, top - ptop, pbottom - bottom)
    if max(margins) <= PAGE_EDGE:
        return True
    if max(margins) > PAGE_MARGIN:
        return False
    chars = [c for c in page.chars if not c["text"].isspace()]
    inside = sum(1 for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom)
    return bool(chars) and inside >= GROUND_TEXT * len(chars)


def cut_rows_closed(edges: list[dict], height: float) -> list[dict]:
    """Rules that close a table's rows where the page cut them: a browser prints a row
    that goes on over the page with no border at the cut ("box-decoration-break: slice"),
    so its cells have no bottom rule on the page (a header row at the page's foot, a lead
    agency's cell merged over rows that go on over the page) and no top rule on the next:
    the table finder made no cell of them, and their text was read as lines apart from
    the table. Where two vertical rules or more of the page end at its lowest point drawn
    (in the page's lower CUT_SHARE) with no horizontal rule there, a rule across them at
    that height; and the same at the top. The rules are pdfplumber's edge dicts."""
    verticals = [e for e in edges if e["orientation"] == "v"]
    if len(verticals) < 2:
        return []
    out = []
    for side, y, near in (("bottom", max(e["bottom"] for e in verticals), lambda y: y >= (1 - CUT_SHARE) * height),
                          ("top", min(e["top"] for e in verticals), lambda y: y <= CUT_SHARE * height)):
        ends = [e for e in verticals if abs(e[side] - y) <= CUT_SNAP]
        xs = sorted({round(e["x0"], 1) for e in ends})
        if len(xs) < 2 or not near(y):
            continue
        left, right = xs[0], xs[-1]
        if any(e["orientation"] == "h" and abs(e["top"] - y) <= CUT_SNAP and e["x0"] <= left + CUT_SNAP
               and e["x1"] >= right - CUT_SNAP for e in edges):
            continue  # the table is closed there
        out.append({**ends[0], "object_type": "line", "x0": left, "x1": right, "width": right - left, "height": 0,
                    "top": y, "bottom": y, "doctop": y, "y0": height - y, "y1": height - y,
                    "pts": [(left, y), (right, y)], "orientation": "h"})
    return out


CUT_SHARE = 0.25  # the share of the page's height at its foot (or top) where a cut row's rules may end
CUT_SNAP = 1.0  # points: rules ending this near one height end together


def _unnested(tables: list, page) -> list:
    """The tables with a table drawn inside a cell of another read as tables of their own: Word's nested
    table (a frame of one cell round a caption and the task table, "Bảng phân công nhiệm vụ" over "TT |
    Nhiệm vụ | ..."). The table finder makes the frame's cell and the inner table's cells one table, the
    frame's cell over all the others, and its text was the whole inner table's run into one cell. A cell
    that holds two cells or more of its table is left out, and the cells left are grouped into tables
    again (pdfplumber's rule), so the inner table is one and the frame's own text (its caption) lines."""
    out = []
    for table in tables:
        frames = _frames(table.cells)
        if not frames:
            out.append(table)
            continue
        from extractors.formats.pdf_grouping import cells_to_tables
        out += [type(table)(page, group) for group in cells_to_tables([c for c in table.cells if c not in frames])]
    return out


def _frames(cells: list[tuple]) -> set[tuple]:
    """The cells that hold two others or more (their boxes inside the cell's, sides shared or not)."""
    ordered = sorted(cells)  # by x0: the cells a cell can hold start at or right of its own x0
    starts = [c[0] for c in ordered]
    found = set()
    for cell in cells:
        x0, top, x1, bottom = cell
        held = 0
        for other in ordered[bisect.bisect_left(starts, x0):bisect.bisect_left(starts, x1)]:
            if other != cell and other[2] <= x1 and other[1] >= top and other[3] <= bottom:
                held += 1
                if held >= 2:
                    found.add(cell)
                    break
    return found


# a watermark ("DỰ THẢO", "BẢN SAO") or a stamp's text set across the page at an angle: its
# glyphs lie on no line of the text and would cut the lines they cross ("giải A quyết")
DIAGONAL_DEGREES = 15.0  # a glyph turned further than this from the nearest right angle is set across the page


def _diagonal(obj: dict) -> bool:
    """Whether a character is set at a slant (its matrix turned DIAGONAL_DEGREES or more from
    upright and from a quarter turn): text turned a quarter (a table's vertical heading) or a
    little (a tilted scan's text layer) is not."""
    m = obj.get("matrix") if obj.get("object_type") == "char" else None
    if not m or (m[0] == 0 and m[1] == 0):
        return False
    turn = math.degrees(math.atan2(m[1], m[0])) % 90.0
    return min(turn, 90.0 - turn) >= DIAGONAL_DEGREES


# text struck through: a word processor's deletions printed with its changes shown (Word's "All Markup", LibreOffice's
# recorded changes shown), a line through the middle of the glyphs drawn over just those glyphs; the words are not the
# document's text (the insertions beside them, underlined, are)
# (where a strike lies, in a share of a character's box from its top: 0.5-0.72 as pdfminer's box or PDFium's puts the
# baseline; an underline lies at 0.88 or below, a rule between rows above or below the box)
STRIKE_BAND = (0.3, 0.8)
STRIKE_THIN = 1.5  # points: a strike is no thicker than this
STRIKE_COVER = 0.8  # of the line's length over the characters it strikes (a table's rule runs on across other cells)
STRIKE_MIN_CHARS = 2


def _char_key(obj: dict) -> tuple | None:
    return (round(obj["x0"], 2), round(obj["top"], 2), obj["text"]) if "text" in obj else None


def _struck_through(chars: list[dict], edges: list[dict]) -> set[tuple]:
    """The keys (_char_key) of the characters a strike runs through: a horizontal line no taller than STRIKE_THIN
    within the middle band (STRIKE_BAND) of at least STRIKE_MIN_CHARS characters' boxes, those characters (their
    centres within its ends) covering STRIKE_COVER of its length (a line that runs on past them is a rule). The lines
    themselves stay (inside a cell, they meet no rule). Empty for most pages (no such line)."""
    out: set[tuple] = set()
    flat = [e for e in edges if e.get("orientation") == "h" and e["x1"] - e["x0"] >= 3
            and e.get("bottom", e["top"]) - e["top"] <= STRIKE_THIN]
    if not flat:  # (most pages: the characters are not sorted for nothing)
        return out
    ink = sorted((c for c in chars if not c["text"].isspace() and c.get("upright", True) and c["bottom"] > c["top"]),
                 key=itemgetter("top"))
    if not ink:
        return out
    tops = [c["top"] for c in ink]
    tallest = max(c["bottom"] - c["top"] for c in ink)
    low, high = STRIKE_BAND
    for e in flat:
        y = (e["top"] + e.get("bottom", e["top"])) / 2
        # (the characters whose tops lie where a strike at y could run through them: found by their tops)
        near = ink[bisect.bisect_left(tops, y - high * tallest):bisect.bisect_right(tops, y)]
        hit = sorted((c for c in near if c["top"] + low * (c["bottom"] - c["top"]) <= y <= c["top"] + high * (c["bottom"] - c["top"])
                      and e["x0"] <= (c["x0"] + c["x1"]) / 2 <= e["x1"]), key=itemgetter("x0"))
        if len(hit) < STRIKE_MIN_CHARS:
            continue
        covered = sum(c["x1"] - c["x0"] for c in hit)
        # (a space between the struck words is struck too: the gaps between hit characters count up to a space's width)
        gaps = sum(min(max(b["x0"] - a["x1"], 0.0), 0.4 * (a["bottom"] - a["top"])) for a, b in zip(hit, hit[1:]))
        if covered + gaps >= STRIKE_COVER * (e["x1"] - e["x0"]):
            out.update(_char_key(c) for c in hit)
    return out


TURNED_SHARE = 0.8  # of a page's characters drawn a quarter turned: the page's text, not a label set sideways
TURNED_MIN_CHARS = 20


def _quarter_turn(page) -> int | None:
    """The /Rotate that shows a page's text upright when the page draws it a quarter turned
    with no /Rotate of its own (a landscape annex printed onto a portrait page by a printer
    driver, or placed turned: viewers show it sideways): 90 for text that runs up the page,
    270 for text that runs down; None for any other page (a header cell's words set
    sideways in an upright table among them)."""
    if page.rotation:
        return None
    chars = page.chars
    if len(chars) < TURNED_MIN_CHARS or sum(1 for c in chars if not c.get("upright", True)) < TURNED_SHARE * len(chars):
        return None
    up = down = 0
    for c in chars:
        a, b, cc, d = (c.get("matrix") or (1, 0, 0, 1))[:4]
        if abs(a) < 1e-6 and abs(d) < 1e-6:
            if b > 0 > cc:
                up += 1
            elif b < 0 < cc:
                down += 1
    if up >= TURNED_SHARE * len(chars):
        return 90
    if down >= TURNED_SHARE * len(chars):
        return 270
    return None


def _turned_page(source, index: int, rotation: int) -> list[tuple[str, object]]:
    """A page's items read as it shows with `rotation` as its /Rotate: the page alone, copied
    by PDFium into a document of its own with that rotation, read by pdfplumber (which turns
    a rotated page's characters upright). `source`: the document as PDFium opened it (the
    reader's own), or its bytes when PDFium did not."""
    import pdfplumber
    import pypdfium2 as pdfium
    src = source if isinstance(source, pdfium.PdfDocument) else pdfium.PdfDocument(source)
    new = pdfium.PdfDocument.new()
    try:
        new.import_pages(src, [index])
        new[0].set_rotation(rotation)
        out = io.BytesIO()
        new.save(out)
    finally:
        new.close()
        if src is not source:
            src.close()
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        return _text_page(pdf.pages[0])


def _text_page(page) -> list[tuple[str, object]]:
    """A text-layer page as page items: ruled tables from pdfplumber (not the page's own
    ground), the rest through the layout stage. Characters set at a slant (a diagonal
    watermark, _diagonal) are left out."""
    if not isinstance(page, _FastPage) and any(_diagonal(c) for c in page.chars):
        page = page.filter(lambda obj: not _diagonal(obj))
    struck = _struck_through(page.chars, page.edges)
    if struck:
        page = page.filter(lambda obj: _char_key(obj) not in struck)
    tables = _unnested([t for t in _found_tables(page) if not _page_ground(t, page)], page)
    bboxes = [t.bbox for t in tables]

    def outside(obj, bboxes=bboxes):
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in bboxes)

    if not bboxes:
        text_page = page
    elif isinstance(page, _FastPage):
        text_page = page.outside(bboxes, outside)
    else:
        text_page = page.filter(outside)
    words = text_page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=X_TOLERANCE,
                                    extra_attrs=["fontname", "size"])
    words = join_split_glyphs(words, _space_widths(page.chars))
    grids = [(t.bbox[1], _grid(t)) for t in tables]
    if _overprinted(words):  # bold made by drawing the text twice: "CCỘỘNNGG HHÒÒAA"
        words = [dict(w, text=_drawn_once(w["text"])) for w in words]
        grids = [(top, [[_DRAWN_TWICE.sub(lambda m: _drawn_once(m.group(0)), cell) for cell in row] for row in grid])
                 for top, grid in grids]
    return ordered(grids, words)


def _found_tables(page) -> list:
    """The page's ruled tables, the rows a page break cut closed (cut_rows_closed: a
    _FastPage's edges hold those rules already, _pdfium_page adds them)."""
    if isinstance(page, _FastPage):
        return page.find_tables()
    closers = cut_rows_closed(page.edges, float(page.height))
    return page.find_tables({"explicit_horizontal_lines": closers}) if closers else page.find_tables()


# a printer driver that makes bold by drawing each line twice, a fraction of a point apart (for
# fonts that have no bold, as the legacy .VnTime fonts): every glyph twice, side by side, in each
# word set so: "ỦỦYY BBAANN NNHHÂÂNN DDÂÂNN", "22002266"
OVERPRINTED_WORDS = 3  # words of four letters or more each drawn twice that show a page drew its bold so
_DRAWN_TWICE = re.compile(r"\S+")


def _twice(text: str) -> bool:
    return len(text) % 2 == 0 and len(text) >= 2 and text[0::2] == text[1::2]


def _overprinted(words: list[dict]) -> bool:
    found = 0
    for w in words:
        t = w["text"]
        if len(t) >= 4 and _twice(t) and any(ch.isalpha() for ch in t):
            found += 1
            if found >= OVERPRINTED_WORDS:
                return True
    return False


def _drawn_once(text: str) -> str:
    """"BBAANN" -> "BAN", "22002266" -> "2026"; a word not drawn twice stays."""
    return text[0::2] if _twice(text) else text


def ordered(tables: list[tuple[float, list[list[str]]]], words: list[dict]) -> list[tuple[str, object]]:
    """Ruled tables (top, rows) and the page's other words as page items in reading
    order: a table goes before the first line below its top edge."""
    tabs = sorted(tables, key=lambda t: t[0])
    out: list[tuple[str, object]] = []
    ti = 0
    notes = []
    items, lines = column_lines(words)  # (words.page_lines; a page of two columns whose lines interleave: each in turn)
    if not tabs and items and items[0][0] == "line":
        # the page's lines, read anew where the page's top goes on with a table drawn without
        # rules that ended the page before (not around ruled tables)
        out.append(("open", lines))
    for kind, payload in items:
        if kind == "footnote":  # the page's footnotes, after all else
            notes.append(("footnote", payload[:3]))
            continue
        if kind != "columns":
            top = payload[3] if kind == "line" else payload[0]
            while ti < len(tabs) and tabs[ti][0] <= top:
                out.append(("table", tabs[ti][1]))
                ti += 1
        out.append(page_item(kind, payload))
    out.extend(("table", t[1]) for t in tabs[ti:])
    return out + notes


def _space_widths(chars: list[dict]) -> dict[str, float]:
    """The width of a space in each font of the page, as a share of the font size."""
    seen: dict[str, list[float]] = {}
    for c in [c for c in chars if c["text"] == " "]:
        if c.get("size"):
            seen.setdefault(c.get("fontname"), []).append((c["x1"] - c["x0"]) / c["size"])
    medians = {font: statistics.median(v) for font, v in seen.items()}
    return {font: m for font, m in medians.items() if m > 0.1}


def join_split_glyphs(words: list[dict], space_em: dict[str, float]) -> list[dict]:
    """Words that pdfplumber cut inside a syllable, where a legacy font starts a glyph at
    an offset (`v ùng`, `l ĩnh`, `200 3`): neighbours on one line closer than
    JOIN_SPACE of their font's space are one word. A space glyph between them, or a gap
    as wide as a space, keeps them apart; so does a list's label before its text's capital,
    however near the tab stop set the text ("b." "Tổ chức ...", a web page's list printed to
    PDF: no space glyph between them). A superscript after a word keeps its place in
    the word's `mark` (start, end): the layout takes it out when a footnote of the page
    has that mark (extractors.layout.words). A letter and a digit, or a small letter and a
    capital, are never one syllable: they stay apart (tab_stops.other_words).

    The word a piece joins is the one before it in the list or, when that one is on
    another line, one of the few before that (BACK_WORDS) on the piece's line: pdfplumber
    groups a page's characters by font before lines, and a PDF that sets a word's letters
    in two fonts (cairo: the Latin-1 letters in one subset, "Đ", "Ộ" and the other
    Vietnamese letters in another) puts a piece of another line's run between the two
    halves ("Đ", "C", "ÀI" for "ĐÀI" and "CỘNG")."""
    out: list[dict] = []
    prev = None
    for w in words:
        if prev is not None:
            at, raised = len(out) - 1, _joins(prev, w, space_em)
            if raised is None and abs(prev["top"] - w["top"]) > 0.3 * (w["bottom"] - w["top"]):
                for k in range(len(out) - 2, max(-1, len(out) - 2 - BACK_WORDS), -1):
                    if abs(out[k]["top"] - w["top"]) <= 0.3 * (w["bottom"] - w["top"]):
                        if (got := _joins(out[k], w, space_em)) is not None:
                            at, raised = k, got
                        break  # the nearest word of the piece's line decides
            if raised is not None:
                before = out[at]
                joined = {**before, "text": before["text"] + w["text"], "x1": max(before["x1"], w["x1"]),
                          "top": min(before["top"], w["top"]), "bottom": max(before["bottom"], w["bottom"])}
                joined.pop("mark", None)
                if raised:
                    joined["mark"] = (len(before["text"]), len(joined["text"]))
                elif "mark" in before and MARK_TAIL.match(w["text"]):  # "thôn¹;": the mark stays inside
                    joined["mark"] = before["mark"]
                out[at] = joined
                prev = out[-1]
                continue
            if _raised(prev, w):
                w = {**w, "mark": (0, len(w["text"]))}
        out.append(w)
        prev = w
    return out


def _raised(prev: dict, w: dict) -> bool:
    """`w` set smaller and higher than the word before it on its line: a superscript (a
    footnote's mark "hiệu quả²", "85%³", or the "2" of "m²")."""
    stated, small = prev.get("size"), w.get("size")
    return bool(abs(prev["top"] - w["top"]) <= 0.3 * (w["bottom"] - w["top"]) and stated and small
                and small <= RAISED_SIZE * stated and prev["bottom"] - w["bottom"] >= RAISED_RISE * stated)


def _joins(prev: dict, w: dict, space_em: dict[str, float]) -> bool | None:
    """Whether `w` is the rest of `prev`'s word (join_split_glyphs): None if not, else
    whether it is raised (a superscript mark)."""
    if abs(prev["top"] - w["top"]) > 0.3 * (w["bottom"] - w["top"]):
        return None
    size = prev.get("size") or (prev["bottom"] - prev["top"])
    space = space_em.get(prev.get("fontname"), SPACE_EM) * size
    gap = w["x0"] - prev["x1"]
    raised = _raised(prev, w)
    if -0.5 * size < gap < JOIN_SPACE * space and not (LIST_LABEL_WORD.match(prev["text"]) and w["text"][:1].isupper()) \
            and (raised or not other_words(prev["text"], w["text"])):
        return raised
    return None


BACK_WORDS = 8  # words of other lines a piece of a word is looked past for its line's word before it
# a list's label, the whole word: "b.", "2)", "IV." (not "TP." of "TP.HCM", nor "1." of "1.250", a digit after it)
LIST_LABEL_WORD = re.compile(r"^(?:[a-zđ]|\d{1,2}|[IVX]{1,4})[.)]$")
RAISED_SIZE = 0.8  # a superscript's font size is at most this share of the word's before it
RAISED_RISE = 0.15  # ... and its baseline at least this share of that size higher
MARK_TAIL = re.compile(r"^[.,;:)\]]+$")  # what may follow a note's mark in the same word: "thôn¹;"


class OcrReader:
    """OCR of the pages that need it, opened once per document: a PDF's pages rendered by
    pypdfium2 (`page`), or the page images of a scan's image file (`read`, given how to make
    a page's image: extractors.formats.image). Either way the page goes through the same
    reading, marks and issues."""

    def __init__(self, data: bytes, options: ReadOptions):
        self.data, self.options = data, options
        self.pdf = None
        self.checked = False  # the OCR language was found installed
        self.ocr_pages: list[int] = []
        self.turned: list[tuple[int, int]] = []  # (page, clockwise turn) of pages scanned sideways or upside down
        self.confidences: list[float] = []
        self.missing: ReadError | None = None
        self.failed: list[tuple[int, str]] = []  # (page, why) of pages whose OCR failed
        self.suspect: dict[int, list[tuple[list[list[str]], set[tuple[int, int]]]]] = {}  # page -> tables
        self.busy = False

    def why_not(self) -> str:
        if self.options.ocr == "never":
            return "OCR is off (--ocr never)"
        return str(self.missing)

    def page(self, number: int) -> list[tuple[str, object]] | None:
        """The PDF's page `number` read by OCR (read)."""
        return self.read(number, self._rendered)

    def _rendered(self, number: int):
        """The PDF's page `number` as a grayscale image, and its scale (pixels per point)."""
        from extractors.formats import ocr
        if self.pdf is None:
            import pypdfium2 as pdfium
            self.pdf = pdfium.PdfDocument(self.data)
        return ocr.render(self.pdf, number - 1, self.options.ocr_dpi)

    def read(self, number: int, image_of) -> list[tuple[str, object]] | None:
        """Page `number` read by OCR from `image_of(number)` (a grayscale PIL image and its
        pixels per point): its items in reading order; None when OCR is off or unavailable,
        [] when Tesseract failed on it."""
        if self.options.ocr == "never" or self.missing is not None:
            return None
        from extractors.formats import ocr
        self.busy = True
        try:
            if not self.checked:
                ocr.check_language(self.options.ocr_lang)
                self.checked = True
            image, scale = image_of(number)
            result = ocr.ocr_page(image, scale, self.options.ocr_lang, self.options.timeout_seconds)
        except tools.OcrUnavailable as exc:
            self.missing, self.busy = exc, False
            return None
        except tools.ToolFailed as exc:  # Tesseract crashed or overran on this page: the others are still read
            self.failed.append((number, str(exc)))
            self.busy = False
            return []
        self.busy = False  # still True when anything else escaped (the read's handler looks)
        self.ocr_pages.append(number)
        self.confidences += result.confidences
        if result.turned:
            self.turned.append((number, result.turned))
        tables = [(t.bbox[1], t.rows) for t in result.tables]
        items = ordered(tables, result.words)
        flagged = [(t.rows, t.suspect) for t in result.tables if t.suspect]
        # a table drawn without rules came through the layout stage: its unsure numbers
        # are found again by their text
        unsure = {w["text"] for w in result.words if w["conf"] < ocr.LOW_CONF and _NUMBER_TOKEN.match(w["text"])}
        for kind, payload in items:
            if kind == "table" and unsure and not any(payload is t for _, t in tables):
                cells = {(r, c) for r, row in enumerate(payload) for c, cell in enumerate(row)
                         if unsure & set(cell.split())}
                if cells:
                    flagged.append((payload, cells))
        if flagged:
            self.suspect[number] = flagged
        return items

    def mark(self, blocks) -> None:
        """Blocks from OCR pages say so; their unsure number cells carry the OCR flag (a
        table a page break cut is one block of the page tables' rows: each flag goes to
        the row it was found in)."""
        pages = set(self.ocr_pages)
        suspect = [entry for page in sorted(self.suspect) for entry in self.suspect[page]]
        for b in blocks:
            page = b.location.get("page")
            if page not in pages:
                continue
            b.location["ocr"] = True
            if b.kind == "table" and b.rows:
                flags = {cell: [OCR] for rows, cells in suspect for cell in _cells_in(b.rows, rows, cells)}
                if flags:
                    b.cell_flags = dict(sorted(flags.items()))

    def issues(self) -> list[dict]:
        failed = [{"code": "pdf.ocr_failed", "severity": "warning", "where": f"page {n}",
                   "message": f"page {n} could not be read by OCR and is left out: {why}"} for n, why in self.failed]
        if not self.ocr_pages:
            return failed
        mean = statistics.fmean(self.confidences) if self.confidences else 0.0
        return [{"code": "pdf.ocr_used", "severity": "warning", "where": f"pages {_ranges(self.ocr_pages)}",
                 "message": f"{len(self.ocr_pages)} page(s) read by OCR (Tesseract, {self.options.ocr_lang}, "
                            f"{self.options.ocr_dpi} dpi): pages {_ranges(self.ocr_pages)}; mean word confidence "
                            f"{mean:.1f} over {len(self.confidences)} words"
                            + "".join(f"; page {n} turned {turn}° to read it upright" for n, turn in self.turned)}] + failed

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _cells_in(block_rows: list[list[str]], rows: list[list[str]], cells: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the cells (row, column) of a page's table `rows` sit in a table block: its
    rows are the page tables' rows themselves (extractors.layout.continued joins them), but
    for a row a page break cut, joined anew; that one sits next to its neighbours and its
    cell holds the flagged cell's text."""
    at = {id(r): i for i, r in enumerate(block_rows)}
    out = []
    for r, c in cells:
        i = at.get(id(rows[r]))
        if i is None:
            near = ([at[id(rows[r - 1])] + 1] if r > 0 and id(rows[r - 1]) in at else []) + \
                   ([at[id(rows[r + 1])] - 1] if r + 1 < len(rows) and id(rows[r + 1]) in at else [])
            i = next((k for k in near if 0 <= k < len(block_rows) and c < len(block_rows[k])
                      and rows[r][c] in block_rows[k][c]), None)
        if i is not None:
            out.append((i, c))
    return out


def _ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5"."""
    out: list[str] = []
    start = prev = pages[0]
    for p in pages[1:] + [None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(f"{start}-{prev}" if prev > start else str(start))
        if p is not None:
            start = prev = p
    return ", ".join(out)
