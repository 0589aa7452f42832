"""HTML reader (lxml): site furniture dropped, tables kept as grids.

Scraped legal sites wrap a document in search boxes, menus, download buttons,
visitor counters and a metadata panel ("Số hiệu:", "Loại văn bản:"). The panel is
read into `metadata`; the rest is dropped.

The tree is parsed once and walked once: what the walk needs to know about an element's
descendants (does it hold a table, a block, a line break?) and each table's own rows are
gathered in one pass before it, so nested tables and long lists cost linear time. A table
whose grid (rows × columns, merged cells spread) would exceed GRID_CELLS is refused with a
`table.grid_too_large` issue: `colspan=100 rowspan=500` on every cell would otherwise fill
gigabytes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from lxml import etree

from extractors.formats.base import (DOCUMENT_HEADER, RawBlock, RawDocument, ReadError, has_document_header,
                                     is_layout_table, layout_table_blocks, roman, web_archive_html)
from extractors.formats.escaped import double_references
from extractors.formats.html_layout import CSS_RULE, css_tables, framed_documents, style_rules
from extractors.formats.marks import raised_mark
from extractors.formats.mojibake import repaired
from extractors.formats.text import decode
from extractors.layout import drawn_tables, one_line, wrap
from extractors.layout.cells import is_heading_row

GRID_CELLS = 200_000  # grid positions one table may fill (a 4,000-row by 50-column table)
MAX_ROWSPAN, MAX_COLSPAN = 500, 100
# <br> lines in an element of lines alone from which they are read as a text file's lines are (a text
# file put in a page line by line: its wrapped lines joined, its two-column lines read as columns)
LINES_AS_TEXT = 8
# a typed line's opening label: "II.", "1.", "2.3)", "a)", "- ", "+ ", "• ", "Căn cứ", "Điều 2"
_TYPED_LABEL = re.compile(r"^\s*(?:[IVXLC]{1,6}\.\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-+•]\s|Căn cứ\s|Điều\s+\d)")
TYPED_LABELS = 3  # such lines in an element's source lines: a typed text, not a paragraph the source wrapped

_DROP_TAGS = {"script", "style", "noscript", "nav", "form", "header", "footer", "aside", "iframe",
              "svg", "button", "input", "select", "textarea", "template", "object", "embed"}
# class/id words of site furniture: "header", "menu", "search", "footer", "breadcrumb" ...
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:header|footer|menu|nav|navbar|search|breadcrumbs?|sidebar|banner|"
                        r"social|share|comment|comments|related|(?:tin[-_]?)?lien[-_]?quan|tabs|toolbar|counter|advert|ads|"
                        # (Vietnamese portals' own names: comments, sharing, search, ads, other news, visits)
                        r"binh[-_]?luan|y[-_]?kien[-_]?ban[-_]?doc|chia[-_]?se|tim[-_]?kiem|quang[-_]?cao|tin[-_]?khac|"
                        r"luot[-_]?xem|truy[-_]?cap)(?:$|[\s_-])", re.I)
# a "header" element (class or tag) that holds the document's own header, not the site's:
# the national motto, or a "Số: 58/KH-SCT" number line (base.DOCUMENT_HEADER); kept, with what it holds
_HEADER_FURNITURE = re.compile(r"(?:^|[\s_-])header(?:$|[\s_-])", re.I)
# a "footer" element (class or tag) that holds the document's own closing, not the site's: the
# "Nơi nhận:" label, a line that opens on a signing authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
# TỊCH", "TL. GIÁM ĐỐC": the mark, then a word in capitals), or a signer's title alone on a line in
# capitals ("GIÁM ĐỐC", "PHÓ TRƯỞNG PHÒNG"); kept, with what it holds
_FOOTER_FURNITURE = re.compile(r"(?:^|[\s_-])footer(?:$|[\s_-])", re.I)
_DOCUMENT_CLOSING = re.compile(r"^\s*(?:(?i:nơi\s+nhận)\s*:|(?:TM|KT|TL|TUQ|Q)\s*\.\s*[A-ZĐÀ-Ỹ]{2,}\b|"
                               r"(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG (?:PHÒNG|BAN)|BÍ THƯ|BỘ TRƯỞNG|THỨ TRƯỞNG|"
                               r"CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG)\s*$)", re.M)
_METADATA = re.compile(r"attribute|thuoc-?tinh|properties|metadata|doc-?info", re.I)
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dt", "dd"}
_CONTAINER_TAGS = {"div", "section", "article", "main", "body", "ul", "ol", "dl", "center", "span", "font", "td"}
_LABEL = re.compile(r"^\s*([^:]{2,40}):\s*(.*)$")  # "Số hiệu: 787/KH-UBND"
_BLOCKS_INSIDE = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
_NESTED_BLOCKS = {"ol", "ul", "dl", "p", "div", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}  # in an <li>
_INLINE_TAGS = {"b", "i", "u", "strong", "em", "span", "font", "a", "sup", "sub", "small", "big", "mark", "s", "strike"}
_WRAPPER_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
_OWN_LABEL = re.compile(r"^(?:[-+•*]|\w{1,4}[.)])\s")  # "- ", "2. ", "b) ": a list item that has its label
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses str input that declares an encoding
_SOURCE_BREAK = re.compile(r"[\r\n]")  # a line break in the HTML source, white space to a browser
# a line with something shown besides no-break spaces (a line of one alone is an empty cell of a table flattened
# a cell a line, and stays: formats/text.decode_unicode keeps it too)
_NBSP_IN_LINE = re.compile(r"(?m)^(?=[^\n]*[^\s\u00a0])[^\n]*\u00a0[^\n]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # lxml refuses these in str input

# what an element holds below it, as bits (gathered in one pass)
HAS_TABLE, HAS_BLOCKISH, HAS_META_LEAF = 1, 2, 4
_BLOCKISH = _BLOCK_TAGS | {"table", "br", "div"}  # an inline tag holding one of these is walked, not flattened
_META_CELLS = {"td", "th", "li", "p", "span", "div"}
_META_INNER = {"td", "li", "p", "div"}
# the bits an element of a tag gives the elements it stands in
_TAG_BITS = {t: (HAS_TABLE if t == "table" else 0) | (HAS_BLOCKISH if t in _BLOCKISH else 0)
             | (HAS_META_LEAF if t in _META_INNER else 0) for t in _BLOCKISH | _META_INNER}


class TableTooLarge(Exception):
    pass


def _tag(el) -> str | None:
    """The tag name (lxml's HTML parser gives it in lower case), or None for comments and
    processing instructions."""
    tag = el.tag
    return tag if isinstance(tag, str) else None


def _classes(el) -> str:
    return " ".join((el.get("class") or "").split()) + " " + (el.get("id") or "")


class _Tree:
    """One pass over the tree: descendant bits and each table's own rows."""

    def __init__(self, root):
        self.bits: dict = {}
        self.rows: dict = {}  # table -> its <tr> (not those of tables inside it)
        self._cells: dict = {}
        order = [el for el in root.iter() if isinstance(el.tag, str)]
        footed = set()  # tables with a <tfoot>: its rows come last, as the page draws them, wherever it stands
        for el in order:
            if el.tag == "table":
                self.rows[el] = []
            elif el.tag == "tr":
                table = next(el.iterancestors("table"), None)
                if table is not None:
                    self.rows[table].append(el)
                    if el.getparent().tag == "tfoot":
                        footed.add(table)
        for table in footed:  # (a <tfoot> before the <tbody>, as HTML 4 had it: the total row read first)
            rows = self.rows[table]
            self.rows[table] = [tr for tr in rows if tr.getparent().tag != "tfoot"] + \
                [tr for tr in rows if tr.getparent().tag == "tfoot"]
        bits = self.bits
        for el in reversed(order[1:]):  # descendants before their ancestors; each gives its parent
            b = bits.get(el, 0) | _TAG_BITS.get(el.tag, 0)  # what it holds, and what it is
            if b:
                parent = el.getparent()
                bits[parent] = bits.get(parent, 0) | b

    def has(self, el, bit: int) -> bool:
        return bool(self.bits.get(el, 0) & bit)

    def cells(self, tr) -> list:
        """A row's <td> and <th> (asked for more than once: the table's checks, its grid)."""
        found = self._cells.get(tr)
        if found is None:
            found = self._cells[tr] = list(tr.iterchildren("td", "th"))
        return found


def _content(el):
    """An element's content in order: strings and child elements (comments give only
    their tails)."""
    if el.text:
        yield el.text
    for c in el:
        if _tag(c) is not None:
            yield c
        if c.tail:
            yield c.tail


def _raw_text(el, out: list[str], top: bool = True, pre: bool = False) -> None:
    """Text of an element with <br> and the ends of block elements inside it as line breaks;
    a line break of the source is a space, as a browser shows it ("Phát triển du lịch\ntrở
    thành" as LibreOffice wraps its HTML), but in <pre>.
    (Recursive: the parser keeps at most 256 levels, well inside Python's limit.)"""
    tag = el.tag
    if tag == "br":
        out.append("\n")
        return
    pre = pre or tag == "pre"
    if tag == "table" and not top:  # a table nested in a cell starts a line
        out.append("\n")
    text = el.text
    if text:
        out.append(text if pre else _spaced(text, not out or out[-1].endswith("\n")))
    for c in el:
        if isinstance(c.tag, str):  # (a comment gives only its tail)
            _raw_text(c, out, False, pre)
        tail = c.tail
        if tail:
            out.append(tail if pre else _spaced(tail, not out or out[-1].endswith("\n")))
    if not top and tag in _BLOCKS_INSIDE:
        out.append("\n")
    elif not top and tag in ("td", "th"):  # the cells of a table nested in a cell: a row is one line
        out.append(" ")


def _spaced(text: str, line_start: bool = False) -> str:
    """The source's line breaks as spaces (most strings have none); at a line's start (after a
    <br> or a block's end) none, as a browser shows it: "<br>\n&nbsp;&nbsp; TRIỂN NÔNG THÔN"
    begins its line with the two no-break spaces, and a table typed with spaces keeps its
    columns where each row's line is "...<br>\n" in the source."""
    if "\n" not in text and "\r" not in text:
        return text
    if line_start:
        text = text.lstrip("\r\n")
    return _SOURCE_BREAK.sub(" ", text)


def _text(el) -> str:
    if not len(el) and el.tag != "pre" and el.tag != "br":  # text alone (most cells): one line
        return " ".join(el.text.split()) if el.text else ""
    parts: list[str] = []
    _raw_text(el, parts)
    joined = "".join(parts)
    if "\n" not in joined:  # one line (most cells)
        return " ".join(joined.split())
    return "\n".join(" ".join(line.split()) for line in joined.split("\n")).strip("\n")


def _flat_text(el) -> str:
    """All the text below an element, as a browser would select it (no line breaks added;
    comments' own text left out, the text after them kept): lxml's itertext."""
    return "".join(el.itertext())


def table_grid(tree: _Tree, table) -> list[list[str]]:
    """Rows of cell texts with rowspan and colspan resolved (a merged cell's text is
    repeated over every grid position it covers). TableTooLarge past GRID_CELLS."""
    rows = tree.rows.get(table, [])
    spans = []
    cost = 0
    for tr in rows:
        row = []
        for cell in tree.cells(tr):
            rowspan, colspan = cell.get("rowspan"), cell.get("colspan")
            if rowspan is None and colspan is None:  # (most cells)
                rowspan = colspan = 1
            else:
                try:
                    rowspan = max(1, min(int(rowspan or 1), MAX_ROWSPAN))
                    colspan = max(1, min(int(colspan or 1), MAX_COLSPAN))
                except ValueError:
                    rowspan = colspan = 1
            cost += rowspan * colspan
            row.append((cell, rowspan, colspan))
        spans.append(row)
    if cost > GRID_CELLS:
        raise TableTooLarge(f"a table of {len(rows)} rows whose merged cells would fill {cost:,} grid positions "
                            f"(limit {GRID_CELLS:,}); the table was not read")
    grid: dict[tuple[int, int], str] = {}
    width = 0
    for r, row in enumerate(spans):
        c = 0
        for cell, rowspan, colspan in row:
            while (r, c) in grid:
                c += 1
            text = _text(cell)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text
            c += colspan
            width = max(width, c)
    height = max((r for r, _ in grid), default=-1) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(min(height, len(rows)))]


def _is_wrapper(tree: _Tree, table) -> bool:
    """A table used to lay out a page: it holds another table (but a data table whose cells
    hold small tables of their own), or a cell holds several paragraphs or headings (whatever
    tables the other cells hold), or its one cell holds them at any depth."""
    rows = tree.rows.get(table, [])
    nested = tree.has(table, HAS_TABLE)
    if nested and not _holds_small_tables(tree, table):
        return True
    # a cell holding a typed text (an old portal's document in a <pre> of several lines, in the page's content
    # cell): a frame, its <pre> read as a text file's lines are, not collapsed into a cell (a short one stays)
    if any(_text(pre).count("\n") >= 2 for pre in table.iter("pre")):
        return True
    # a cell of paragraphs, headings or blocks (a page's content cell, a frame's; with small tables of their own in
    # the cells beside it, a portal's menu and list of links, the content's blocks at any depth outside them), in
    # no table of data that names its columns
    for tr in rows:
        for cell in tree.cells(tr):
            if (_blocks_outside_tables(cell) if nested else sum(1 for c in cell if _tag(c) in _WRAPPER_BLOCKS)) >= 3:
                return not _headed_data_table(tree, rows)
    if nested:
        return False
    # a page laid out in a table of one cell that holds blocks at any depth (the document in an
    # <article>, a <section>, a <div> of the page's own): a frame, no table of data
    if len(rows) == 1 and len(cells := tree.cells(rows[0])) == 1:
        return sum(1 for d in itertools.islice(cells[0].iter(*_WRAPPER_BLOCKS), 3)) >= 3
    return False


def _blocks_outside_tables(cell, limit: int = 3) -> int:
    """The blocks (_WRAPPER_BLOCKS) a cell holds at any depth but inside a table of its own, counted up to `limit`."""
    n = 0
    stack = list(cell)
    while stack:
        el = stack.pop()
        tag = _tag(el)
        if tag == "table":
            continue
        if tag in _WRAPPER_BLOCKS:
            n += 1
            if n >= limit:
                return n
        stack.extend(el)
    return n


def _headed_data_table(tree: _Tree, rows: list) -> bool:
    """A table of data whose cell lists its items a paragraph each (a task table's partners: "Sở Giáo dục và
    Đào tạo;" / "Tỉnh đoàn;" / "UBND các huyện, thị xã", as Word writes a cell's paragraphs): its first row
    names its columns (cells.is_heading_row) and every row has as many cells, three or more."""
    if len(rows) < 2:
        return False
    widths = {len(tree.cells(tr)) for tr in rows}
    if len(widths) != 1 or min(widths) < 3:
        return False
    return is_heading_row([" ".join(_flat_text(c).split()) for c in tree.cells(rows[0])])


SMALL_TABLE_CHARS = 300  # a table in a data cell: a list of agencies, a figure split by year
SMALL_TABLES = 2  # tables in one data cell at most


def _holds_small_tables(tree: _Tree, table) -> bool:
    """A data table (a row of three or more cells) whose nested tables are small (two
    columns at most, a few lines of text): a task table whose partner cell lists its
    agencies in a table of its own. A page's frame holds the page's own tables instead."""
    rows = tree.rows.get(table, [])
    if not any(len(tree.cells(tr)) >= 3 for tr in rows):
        return False
    for tr in rows:
        for cell in tree.cells(tr):
            if not tree.has(cell, HAS_TABLE):
                continue
            inners = list(itertools.islice(cell.iter("table"), SMALL_TABLES + 1))  # (bounded: nesting costs linear time)
            if len(inners) > SMALL_TABLES:
                return False
            for inner in inners:
                if any(len(tree.cells(r)) > 2 for r in tree.rows.get(inner, [])) or _longer_than(inner, SMALL_TABLE_CHARS):
                    return False
    return True


def _longer_than(el, limit: int) -> bool:
    n = 0
    for text in el.itertext():
        n += len(text)
        if n > limit:
            return True
    return False


def _metadata(tree: _Tree, el) -> dict:
    """Label/value pairs of a metadata panel: "Số hiệu:" | "787/KH-UBND"."""
    cells = [_text(c) for c in el.iter() if _tag(c) in _META_CELLS and not tree.has(c, HAS_META_LEAF)]
    meta: dict[str, str] = {}
    i = 0
    while i < len(cells):
        m = _LABEL.match(cells[i])
        if m and m.group(2).strip():
            meta[m.group(1).strip()] = m.group(2).strip()
        elif m and i + 1 < len(cells) and not _LABEL.match(cells[i + 1]):
            meta[m.group(1).strip()] = cells[i + 1].strip()
            i += 1
        i += 1
    return meta


def _is_footnote(el) -> bool:
    return "footnote" in " ".join((el.get("class") or "").split())


class _Walk:
    def __init__(self, tree: _Tree, list_styles: dict | None = None, nbsp_runs: bool = False):
        self.tree = tree
        self.list_styles = list_styles or {}  # a list's class -> (type letter, suffix), from the style sheet
        self.blocks: list[RawBlock] = []
        self.issues: list[dict] = []
        self.counter = 0
        self.li_index: dict = {}  # <ol>/<ul> -> {li: position among its <li>}
        self.nbsp_runs = nbsp_runs  # the page holds runs of no-break spaces: rows typed with spaces may be there

    def walk(self, el, skip: int = 0) -> None:
        # text and inline tags directly in a container are lines that <br> and block
        # elements end: "<div>ỦY BAN<br><b>KẾ HOẠCH</b><br>Phòng chống <i>dịch</i></div>"
        # (`skip`: content items already read, the head of a list item that holds blocks)
        line: list[str] = []
        # (an inline tag is walked when it holds a line break or a block: its own strings are
        # lines too, "<div><b>KẾ HOẠCH<br>Phát triển ...</b></div>")
        container = _tag(el) in _CONTAINER_TAGS or _tag(el) in _INLINE_TAGS or skip > 0
        blocks = self.blocks
        if container and not skip and (self._spaced_lines(el) or self._typed_text(el)):
            return

        def flush():
            text = " ".join("".join(line).split())
            line.clear()
            if text:
                self.counter += 1
                blocks.append(RawBlock("paragraph", text, {"element": self.counter}))

        runs = _spaced_paragraph_runs(el) if self.nbsp_runs else {}
        taken: set = set()  # paragraphs read with a run of spaced rows
        for child in (itertools.islice(_content(el), skip, None) if skip else _content(el)):
            if isinstance(child, str):
                if container or line:
                    line.append(child)
                continue
            if child in taken:
                continue
            if child in runs:
                flush()
                self._spaced_rows(runs[child])
                taken.update(runs[child])
                continue
            name = _tag(child)
            if name == "br":
                flush()
                continue
            if name in _INLINE_TAGS and not self.tree.has(child, HAS_BLOCKISH) and not _is_footnote(child):
                line.append(_flat_text(child))
                continue
            flush()
            self.counter += 1
            loc = {"element": self.counter}
            if name == "table" and _is_wrapper(self.tree, child):
                # a page laid out in a table: its cells hold paragraphs and tables of their own
                for cell in (c for tr in self.tree.rows.get(child, []) for c in self.tree.cells(tr)):
                    self.walk(cell)
                continue
            if name == "table":
                try:
                    rows = table_grid(self.tree, child)
                except TableTooLarge as exc:
                    self.issues.append({"code": "table.grid_too_large", "severity": "warning", "message": str(exc),
                                        "where": f"element {self.counter}"})
                    continue
                if not rows:
                    continue
                if is_layout_table(rows):
                    blocks.extend(layout_table_blocks(rows, loc))
                else:
                    # its <caption> a line above it, as the page draws it ("Bảng 2. Dự toán kinh phí (Đơn vị tính:
                    # triệu đồng)": the table's name and its unit)
                    caption = next(child.iterchildren("caption"), None)
                    if caption is not None and (said := " ".join(_text(caption).split())):
                        blocks.append(RawBlock("paragraph", said, dict(loc)))
                    blocks.append(RawBlock("table", rows=rows, location=loc))
            elif name == "li" and any(_tag(c) in _NESTED_BLOCKS for c in child):
                # "<li><b>Mục tiêu</b><ol><li>..</li></ol></li>": the item's own line with its
                # label, then the lists, paragraphs and tables it holds, each a block
                read, head = self._li_head(child)
                if head:
                    blocks.append(RawBlock("list_item", self._list_label(child, head), loc))
                self.walk(child, skip=read)
            elif name in _BLOCK_TAGS:
                if self.tree.has(child, HAS_TABLE):
                    self.walk(child)
                    continue
                if self._typed_text(child, loc):
                    continue
                text = _text(child)
                if not text.strip():
                    continue
                if name == "pre" and text.count("\n") >= 2:
                    # a text shown as it was typed (an old portal's <pre>, a browser's page of a
                    # .txt): its lines are read as a text file's are, with their spacing (columns
                    # set with spaces, tables aligned with spaces, lines wrapped at a width)
                    self._as_text(child, loc)
                elif name[0] == "h" and name[1:].isdigit():
                    # "<h3>KẾ HOẠCH<br>Phát triển ...</h3>": each line a heading of its own, as the
                    # lines of a text file are (the type line and the title are two lines)
                    for part in text.split("\n"):
                        if part.strip():
                            blocks.append(RawBlock("heading", part, loc, level=int(name[1])))
                elif name == "li":
                    # "<li><b>Tư vấn ...</b><br>Tổ chức khảo sát ...<br>Đơn vị chủ trì: ...</li>":
                    # the item's line with its label, then each line a paragraph of its own, as
                    # a <p> with <br> gives, so that its label lines are read as lines
                    head, *rest = [part for part in text.split("\n") if part.strip()] or [text]
                    blocks.append(RawBlock("list_item", self._list_label(child, head), loc))
                    blocks.extend(RawBlock("paragraph", part, loc) for part in rest)
                else:
                    # "<p>I. MỤC TIÊU<br>1. Mục tiêu chung<br>...</p>": each line is a block, as
                    # in a text file, so that numbered lines start outline nodes
                    for part in text.split("\n"):
                        if part.strip():
                            blocks.append(RawBlock("paragraph", part, loc))
            elif _is_footnote(child):
                text = _text(child)
                if text.strip():
                    blocks.append(RawBlock("footnote", text, loc))
            else:
                self.walk(child)
        flush()

    def _spaced_rows(self, paragraphs: list) -> None:
        """Paragraphs that are the rows of a table typed with spaces, read together as a text
        file's lines are (their columns found by the runs of spaces)."""
        from extractors.layout.text import read_text
        self.counter += 1
        got, found = read_text("\n".join(_shown_line(p) for p in paragraphs))
        for b in got:
            b.location = {"element": self.counter, **(b.location or {})}
        self.blocks.extend(got)
        self.issues.extend(found)

    def _spaced_lines(self, el) -> bool:
        """A text typed with its spacing kept by no-break spaces and its lines ended by <br>
        (a portal's conversion of a text file: "UBND HUYỆN X&nbsp;&nbsp;&nbsp;&nbsp;CỘNG HÒA
        ...<br>"), in an element of lines alone (no block inside): read as a text file's
        lines are, its columns and tables set with spaces included. Whether it was."""
        strings = [el.text or ""] + [c.tail or "" for c in el]
        breaks = sum(_tag(c) == "br" for c in el)
        if breaks < 2 or (breaks < LINES_AS_TEXT and not any("\u00a0\u00a0" in t or "\u00a0 " in t for t in strings)):
            return False
        if any(_tag(d) is not None and _tag(d) != "br" and _tag(d) not in _INLINE_TAGS for d in el.iterdescendants()):
            return False
        self.counter += 1
        self._as_text(el, {"element": self.counter})
        return True

    def _typed_text(self, el, loc: dict | None = None) -> bool:
        """A whole text in one element of text alone (inline tags at most), as typed: a text
        file's lines kept by the page's style (white-space: pre-line) as line breaks of the
        source, no <br> ("<div>ỦY BAN NHÂN DÂN ...\nSố: 12/KH-UBND\n...\nI. MỤC TIÊU\n..."), or a
        document run onto one line, its breaks lost (one_line.has_lost_lines). Read as a text
        file's lines are. Only where the lines show a document's: LINES_AS_TEXT lines or more,
        several opening with a heading's or an item's label (a paragraph that the source wrapped
        at a width has none), or the one line its header's motto and body."""
        # (cheap tests first, as every paragraph and container of a page is asked: an element of text
        # alone, most paragraphs, is its text; a container's first block inside ends the look before its
        # text is measured (measured first, a page's every container summed its whole text); then a
        # document's length, a one-line document's at least)
        if not len(el):
            if len(el.text or "") < one_line.MIN_LINE:
                return False
        breaks = False
        for d in el.iterdescendants():
            tag = _tag(d)
            if tag == "br":
                breaks = True
            elif tag is not None and tag not in _INLINE_TAGS:
                return False
        if len(el) and sum(map(len, el.itertext())) < one_line.MIN_LINE:
            return False
        parts: list[str] = []
        _raw_text(el, parts, pre=True)
        lines = [line for line in _SOURCE_BREAK.split("".join(parts)) if line.strip()]
        typed = not breaks and len(lines) >= LINES_AS_TEXT and \
            sum(1 for line in lines if _TYPED_LABEL.match(line)) >= TYPED_LABELS
        if not typed and not (len(lines) <= 2 and one_line.has_lost_lines(" ".join(lines))):
            return False
        if loc is None:
            self.counter += 1
            loc = {"element": self.counter}
        self._as_text(el, loc, keep_breaks=typed)
        return True

    def _as_text(self, el, loc: dict, keep_breaks: bool = False) -> None:
        """An element's text, with its spacing and no-break spaces, read as a text file's lines
        are (the layout stage for text: columns, tables aligned with spaces, wrapped lines); with
        `keep_breaks`, the source's line breaks are lines too (as in a <pre>). A table drawn with box characters or
        pipes ("┌──┬──┐" / "│TT│Nội dung│" ..., a <pre> an old portal typed) is read as a text file's is
        (layout.drawn_tables)."""
        from extractors.layout.text import read_text
        parts: list[str] = []
        _raw_text(el, parts, pre=keep_breaks)
        text = "".join(parts)
        if "\u00a0" in text:  # a no-break space shows as a space: the runs that set a row's columns are gaps
            text = _NBSP_IN_LINE.sub(lambda m: m[0].replace("\u00a0", " "), text)
        got, found = read_text(drawn_tables.rewritten(text))
        for b in got:
            b.location = {**loc, **(b.location or {})}
        self.blocks.extend(got)
        self.issues.extend(found)

    def _li_head(self, li) -> tuple[int, str]:
        """(content items read, text) of a list item's own line: its text and inline tags
        up to the first block inside it; or, with none, that block when it is a plain
        paragraph ("<li><p>Mục tiêu</p><ol>..")."""
        parts: list[str] = []
        read = 0
        for item in _content(li):
            if not isinstance(item, str):
                tag = _tag(item)
                if tag in _NESTED_BLOCKS or tag == "br" or self.tree.has(item, HAS_BLOCKISH):
                    if not "".join(parts).strip() and tag in ("p", "div") and not self.tree.has(item, HAS_BLOCKISH):
                        return read + 1, _text(item)
                    break
                item = _flat_text(item)
            parts.append(item)
            read += 1
        return read, " ".join("".join(parts).split())

    def _list_label(self, li, text: str) -> str:
        """A list item with the label a browser draws: "2." in an <ol>, "b." in <ol type="a">,
        "-" in a <ul>; a label the text already has is kept as it is."""
        parent = li.getparent()
        stripped = text.lstrip()
        if parent is None or _tag(parent) not in ("ol", "ul") or _OWN_LABEL.match(stripped):
            return text
        if _tag(parent) == "ul":
            return f"- {stripped}"
        try:
            start = int(parent.get("start") or 1)
        except ValueError:
            start = 1
        if parent not in self.li_index:
            self.li_index[parent] = {c: i for i, c in enumerate(c for c in parent if _tag(c) == "li")}
        n = start + self.li_index[parent].get(li, 0)
        kind, suffix = parent.get("type"), "."
        if kind is None:
            kind, suffix = _list_style(parent, self.list_styles)
        if kind in ("a", "A"):
            label = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
            label = label.upper() if kind == "A" else label
        elif kind in ("i", "I"):
            label = roman(n) if kind == "I" else roman(n).lower()
        else:
            label = str(n)
        return f"{label}{suffix} {stripped}"


# a list's numbering set by a style sheet: "list-style-type: lower-alpha", or the number drawn before
# each item by a counter, as Google Docs' pages do (".lst-kix_ab-0>li:before{content:"" counter(lst-ctn-
# kix_ab-0,upper-roman) ". "}": the number is in the CSS only, the item's text has none)
_CSS_LIST_TYPES = {"decimal": "1", "decimal-leading-zero": "1", "lower-alpha": "a", "lower-latin": "a",
                   "upper-alpha": "A", "upper-latin": "A", "lower-roman": "i", "upper-roman": "I"}
_LIST_STYLE_TYPE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
_COUNTER_CONTENT = re.compile(r"content\s*:[^;]*?counter\(\s*[\w-]+\s*,\s*([a-z-]+)\s*\)\s*(?:\"([^\"]*)\")?", re.I)
_BEFORE_SELECTOR = re.compile(r"^(?:(ol|ul))?\.([\w-]+)\s*>?\s*li\s*:{1,2}before$", re.I)


def _css_list_styles(root) -> dict[str, tuple[str, str]]:
    """The numbering a page's style sheets give lists by class: class -> (the letter of <ol type>
    that draws the same numbers, the mark after the number: "." or ")")."""
    styles: dict[str, tuple[str, str]] = {}
    for style in root.iter("style"):
        for selectors, declarations in CSS_RULE.findall(style.text or ""):
            counter = _COUNTER_CONTENT.search(declarations)
            plain = _LIST_STYLE_TYPE.search(declarations)
            for selector in selectors.split(","):
                selector = selector.strip()
                before = _BEFORE_SELECTOR.match(selector)
                if before and counter and counter.group(1).lower() in _CSS_LIST_TYPES:
                    mark = (counter.group(2) or ".").strip()[:1]
                    styles[before.group(2)] = (_CSS_LIST_TYPES[counter.group(1).lower()], mark if mark in ".)" else ".")
                    continue
                simple = _SIMPLE_SELECTOR.match(selector)
                if simple and simple.group(2) and plain and plain.group(1).lower() in _CSS_LIST_TYPES:
                    styles.setdefault(simple.group(2), (_CSS_LIST_TYPES[plain.group(1).lower()], "."))
    return styles


def _list_style(ol, styles: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """(type letter, mark) an <ol> without a type attribute is drawn with: its style attribute's
    list-style-type, else its classes' in the style sheets, else decimal numbers and "."."""
    inline = _LIST_STYLE_TYPE.search(ol.get("style") or "")
    if inline and inline.group(1).lower() in _CSS_LIST_TYPES:
        return _CSS_LIST_TYPES[inline.group(1).lower()], "."
    for cls in (ol.get("class") or "").split():
        if cls in styles:
            return styles[cls]
    return "1", "."


# a table typed with spaces in paragraphs of a page, a row each, its columns kept apart by no-break spaces
# (MS Word's "Save as Web Page" writes a run of spaces as "<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>")
SPACED_ROW_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
SPACED_ROW_GAPS = 2  # gaps in a row: three columns or more (a header or a signature set in two columns is none)
SPACED_ROWS = 3  # rows in a row, paragraphs one after the other
_PLAIN_SPACE = re.compile(r"[ \t\r\n]+")


def _shown_line(p) -> str:
    """A paragraph's text as a browser shows it on one line: plain white space collapsed, each
    no-break space a space."""
    parts: list[str] = []
    _raw_text(p, parts, pre=True)
    return _PLAIN_SPACE.sub(" ", "".join(parts)).replace("\u00a0", " ").rstrip()


def _typed_line(el, spaced: bool = True) -> str | None:
    """A paragraph's shown line (_shown_line) where it may be a line typed with spaces: a <p> or <div> of
    a few children, holding a run of no-break spaces (`spaced`: not asked); None otherwise."""
    if _tag(el) not in ("p", "div") or len(el) > 40 or (spaced and "\u00a0\u00a0" not in "".join(el.itertext())):
        return None
    return _shown_line(el)


def _spaced_row(el) -> bool:
    line = _typed_line(el)
    return line is not None and len(SPACED_ROW_GAP.findall(line)) >= SPACED_ROW_GAPS


# the recipients' head with the signing authority typed beside it: "Nơi nhận:          TM. ỦY BAN NHÂN DÂN"
SIGNATURE_BESIDE = re.compile(r"^\s*N[oơ]i\s+nh[aậ]n\s*:? {3,}(?:TM|KT|Q|TL|TUQ)?[./\s]*[A-ZĐ]")
_GAP_OR_LEAD = re.compile(r"\S {3,}\S|^ {3,}\S")  # a run of spaces between words, or before the first
_RECIPIENT = re.compile(r"^\s*[-+•]\s*\S")


def _beside_line(el) -> bool:
    """A paragraph of a closing typed in two columns: a run of spaces kept by no-break spaces, or a
    recipient's line ("- Sở Y tế;") of the left column alone."""
    line = _typed_line(el, spaced=False)
    return line is not None and (_RECIPIENT.match(line) is not None or (
        _GAP_OR_LEAD.search(line) is not None and "\u00a0\u00a0" in "".join(el.itertext())))


def _spaced_paragraph_runs(el) -> dict:
    """The runs of sibling paragraphs (nothing but white space between them) to read as a text's
    lines: SPACED_ROWS or more rows typed with spaces; or a closing typed in two columns, from the
    recipients' head with the signing authority beside it ("Nơi nhận:&nbsp;&nbsp;... TM. ỦY BAN
    NHÂN DÂN") over the lines after it that have a run of spaces or are recipients. First
    paragraph -> the run's paragraphs."""
    runs: dict = {}
    run: list = []
    beside = False  # the run is a closing in two columns

    def close() -> None:
        nonlocal beside
        if len(run) >= SPACED_ROWS or (beside and len(run) >= 2):
            runs[run[0]] = list(run)
        run.clear()
        beside = False

    for child in el:
        if not isinstance(child.tag, str):
            close()
            continue
        if beside and _beside_line(child):
            run.append(child)
        elif not beside and _spaced_row(child):
            run.append(child)
        else:
            close()
            if (line := _typed_line(child)) is not None and SIGNATURE_BESIDE.match(line):
                run.append(child)
                beside = True
        if child.tail and child.tail.strip():
            close()
    close()
    return runs


def _drop_plain(el) -> None:
    """Remove an element, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _marked(root) -> list:
    """The only elements the furniture and metadata passes can take, in document order: those
    with attributes (a class or an id) and those whose tag alone says. An element with
    neither has the classes " ", which none of their patterns matches; a page has a few
    dozen of the former among hundreds of elements."""
    return [el for el in root.iter(etree.Element) if el.attrib or el.tag in _DROP_TAGS]


def _outermost(marked: list, match) -> list:
    """Elements of `marked` (_marked) `match` accepts, outermost only, in document order."""
    found = [el for el in marked if match(el, el.tag)]
    taken = set(found)
    return [el for el in found if not any(a in taken for a in el.iterancestors())]


def _document_parts(marked: list) -> set:
    """The elements a "header" or "footer" class or tag marks as furniture that hold the
    document's own header (the national motto, or its "Số: 58/KH-SCT" line) or its closing
    ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"): a page that sets the issuer | motto table in
    `<table class="header">`, or the recipients | signature table in `<table class="footer">`,
    keeps it. A site's header (its name, a search box, a menu) or footer (copyright, address)
    holds neither and is still dropped."""
    kept = set()
    for el in marked:
        tag = el.tag
        if tag in ("body", "html"):
            continue
        classes = _classes(el)
        if tag == "header" or _HEADER_FURNITURE.search(classes):
            own = DOCUMENT_HEADER
        elif tag == "footer" or _FOOTER_FURNITURE.search(classes):
            own = _DOCUMENT_CLOSING
        else:
            continue
        if own.search(_text(el)):
            kept.add(el)
    return kept


# what a page laid out by CSS names (html_layout.css_tables): a grid's tracks or areas, a CSS table's cells, flex
# boxes, an ARIA table's rows
_CSS_LAYOUTS = ("grid-template-", "table-cell", "flex", 'role="row"', "role='row'", "col-", '"col"', '"col ')  # (and
# Bootstrap's grid classes, html_layout._grid_class_rows)
# an element the page does not show: style="display:none" or "visibility:hidden", the `hidden` attribute
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(marked: list) -> list:
    """The outermost elements of `marked` the page hides (see above)."""
    return _outermost(marked, lambda e, t: "hidden" in e.attrib or _HIDDEN_STYLE.search(e.get("style") or ""))


def _shown_text(el, hidden: set, out: list[str]) -> None:
    """The text of `el` outside the elements of `hidden` (their tails kept)."""
    if el.text and el not in hidden:
        out.append(el.text)
    for child in el:
        if child not in hidden and isinstance(child.tag, str):
            _shown_text(child, hidden, out)
        if child.tail:
            out.append(child.tail)


def _hidden_copies(marked: list, root) -> list:
    """The hidden elements to leave out: those that hold the document's header when the page shows it elsewhere too
    (a print copy kept hidden until the print button shows it); none when only a hidden element holds it (a portal
    that keeps the full text in a hidden tab), nor a hidden part with no header of its own (the rest of an article
    behind "Xem thêm": the document's own text)."""
    copies = [el for el in _hidden(marked) if DOCUMENT_HEADER.search(_text(el))]
    if not copies:
        return []
    out: list[str] = []
    _shown_text(root, set(copies), out)
    return copies if DOCUMENT_HEADER.search("".join(out)) else []


def _page_forms(marked: list) -> set:
    """The `<form>` elements that hold the document: ASP.NET and DotNetNuke portals wrap the
    whole page in one form (`<form id="aspnetForm">`), the document inside it. Such a form is
    a container, not furniture: the site's parts inside it (menus, a search box, a comment
    form, their inputs and buttons) are dropped on their own. A form that holds no document
    header nor closing (a search box, a comment form) is dropped as before."""
    return {el for el in marked if el.tag == "form" and not _FURNITURE.search(_classes(el))
            and ((text := _text(el)) and (DOCUMENT_HEADER.search(text) or _DOCUMENT_CLOSING.search(text)))}


# a legacy font named in the page: <font face=".VnTime">, style="font-family: 'VNI-Times'"
# (matched against the page in lower case)
_LEGACY_FONT = re.compile(r"""(?:face\s*=\s*|font-family\s*:\s*)["']?\s*(?:\.vn|vni[- ]|vps )""")
_FONT_FAMILY = re.compile(r"""font-family\s*:\s*["']?\s*([^;"',]+)""", re.I)  # the first family, unquoted


_SIMPLE_SELECTOR = re.compile(r"^([a-z][a-z0-9]*)?(?:\.([\w-]+))?$", re.I)  # "p", ".hdr", "p.MsoNormal"


def _family(declarations: str) -> str | None:
    m = _FONT_FAMILY.search(declarations) if "font-family" in declarations.lower() else None
    return m.group(1).strip() or None if m else None


def _simple_rules(root):
    """(selector, declarations) for each simple selector of the page's style sheets: a tag, a
    class, a tag with a class ("p.MsoNormal", as Word's web pages set their styles); the
    selector as (tag or None, class or None)."""
    for selector, declarations in style_rules(root):
        m = _SIMPLE_SELECTOR.match(selector)
        if m and (m.group(1) or m.group(2)):
            yield ((m.group(1) or "").lower() or None, m.group(2)), declarations


def _selectors_of(el):
    """The simple selectors that match an element, in the order a rule is looked up: its tag
    with each class, each class alone, then its tag."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    for cls in (el.get("class") or "").split():
        yield tag, cls
        yield None, cls
    yield tag, None


def _css_fonts(root) -> dict[tuple[str | None, str | None], str]:
    """The font family the page's style sheets give simple selectors."""
    fonts: dict[tuple[str | None, str | None], str] = {}
    for key, declarations in _simple_rules(root):
        family = _family(declarations)
        if family is not None:
            fonts[key] = family
    return fonts


def _font_of(el, inherited: str | None, css: dict) -> str | None:
    """The first font family an element sets (<font face>, its style's font-family, else
    what the style sheet gives its class or its tag), else the one it inherits."""
    face = el.get("face")
    if face is None:
        style = el.get("style")
        face = _family(style) if style else None
    if face is None and css:
        face = next((css[k] for k in _selectors_of(el) if css.get(k)), None)
    if not face:
        return inherited
    return face.split(",")[0].strip().strip("'\"").strip() or inherited


def _legacy_font_text(root) -> bool:
    """Text in elements set in a legacy font (.VnTime, VNI-Times) converted in place: a page
    whose header kept an old font while the rest is Unicode. Each text node takes the font
    of the element that holds it (an element's text, a child's tail: the parent's font); a
    font is taken as legacy when its text over the whole page is
    (normalizers.legacy.legacy_fonts)."""
    from normalizers.legacy import font_encoding, from_font_code, legacy_fonts
    css = _css_fonts(root)
    pieces: list[tuple[str, object, str]] = []  # (font, element, "text" or "tail")

    def walk(el, inherited: str | None) -> None:
        font = _font_of(el, inherited, css)
        legacy = font_encoding(font) is not None
        if legacy and el.text:
            pieces.append((font, el, "text"))
        for child in el:
            if isinstance(child.tag, str) and child.tag not in ("style", "script"):
                walk(child, font)
            if legacy and child.tail:
                pieces.append((font, child, "tail"))

    walk(root, None)
    texts: dict[str, list[str]] = {}
    for font, el, attr in pieces:
        texts.setdefault(font, []).append(getattr(el, attr))
    legacy = legacy_fonts(texts)
    changed = False
    for font, el, attr in pieces:
        if font in legacy:
            old = getattr(el, attr)
            new = from_font_code(old, font_encoding(font), font)
            if new != old:
                setattr(el, attr, new)
                changed = True
    return changed


_UPPERCASE = re.compile(r"text-transform\s*:\s*uppercase|font-variant\s*:\s*small-caps", re.I)


def _css_uppercase(root) -> set[tuple[str | None, str | None]]:
    """The simple selectors a style sheet sets in capitals."""
    return {key for key, declarations in _simple_rules(root) if _UPPERCASE.search(declarations)}


def _uppercase_text(root) -> None:
    """Text a page shows in capitals (`text-transform: uppercase`, `font-variant: small-caps`,
    inline or set by a style sheet on a tag or a class, as Word's web pages write its All Caps)
    written in capitals: a type line typed "Kế hoạch" and shown "KẾ HOẠCH"."""
    css = _css_uppercase(root)

    def shown(el) -> bool:
        style = el.get("style")
        if style and _UPPERCASE.search(style):
            return True
        return bool(css) and any(k in css for k in _selectors_of(el))

    for el in root.iter():
        if isinstance(el.tag, str) and el.tag not in ("style", "script") and shown(el):
            if el.text:
                el.text = el.text.upper()
            for d in el.iterdescendants():
                if d.text and isinstance(d.tag, str):
                    d.text = d.text.upper()
                if d.tail:
                    d.tail = d.tail.upper()


def _footnote_marks(root) -> None:
    """A page's raised footnote references ("năm 2022<sup>1</sup>", "<sup>(2)</sup>", Word's "<sup>[3]</sup>")
    written as a scrape writes them (extractors.formats.marks.raised_mark)."""
    for sup in root.iter("sup"):
        if len(sup):
            continue
        prev = sup.getprevious()
        mark = raised_mark(sup.text or "", (prev.tail if prev is not None else sup.getparent().text) or "")
        if mark:
            sup.text = mark


# a Word list's bullet as "Save as Web Page" writes it: the glyph of a symbol font in a span Word skips when it
# reads the page back ("<span style='mso-list:Ignore'>·</span>" in Symbol, "§" and "Ø" in Wingdings, "o" in
# Courier New); read as a bullet, not as the character it is in a text font
_MSO_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.I)
_SYMBOL_FONT = re.compile(r"font-family\s*:\s*[\"']?(?:symbol|wingdings|webdings|courier new)", re.I)
_KEPT_LABEL = re.compile(r"^(?:[-+•–]|[0-9IVXLCivxlcA-Za-zđĐ]{1,6}[.)]|\(?[0-9a-zđ]{1,3}\))$")


def _word_list_bullets(root) -> None:
    """Word's list bullets in a symbol font ("·", "§", "Ø", "o") read as a bullet "•"; a numbered list's label
    ("1.", "a)", "II.") and a dash stay as they are."""
    for el in root.iter("span"):
        if not _MSO_IGNORE.search(el.get("style") or ""):
            continue
        text = el.text or ""
        label = text.strip(" \u00a0\t\r\n")
        if len(label) != 1 or _KEPT_LABEL.match(label):
            continue
        if not label.isalnum() or any(_SYMBOL_FONT.search(a.get("style") or "")
                                      for a in itertools.chain([el], el.iterancestors("span"))):
            el.text = "•" + text[text.index(label) + 1:]


def _composed(root) -> None:
    """The tree's text in NFC. decode() composes the page's own characters, but the parser decodes character
    references after it: a letter written as its base and its marks ("e&#x302;&#x301;" for "ế", as some
    editors and old CMSs write Vietnamese) comes out decomposed, and every rule that reads "Nội dung" or "CỘNG
    HÒA" misses it."""
    nfc = unicodedata.normalize
    for el in root.iter():
        if el.text and not el.text.isascii():
            el.text = nfc("NFC", el.text)
        if el.tail and not el.tail.isascii():
            el.tail = nfc("NFC", el.tail)


_SCRIPTED = ("noscript", "script", "style", "template")
_OUTSIDE_SCRIPTED = etree.XPath("//body//text()[not(" + " or ".join(f"ancestor::{t}" for t in _SCRIPTED) + ")]")


_SHADOW_ROOT = ("shadowrootmode", "shadowroot")  # (the standard attribute, and Chrome's first name for it)


def _shadow_roots(root) -> None:
    """A page built of web components, rendered on the server: a component's content in a declarative shadow root,
    `<vb-header><template shadowrootmode="open">` ... `</template></vb-header>`, which the browser attaches and shows
    (the document's header table, a toolbar). Such a <template> is read as the content it shows, in its place; any
    other <template> is inert (a print copy the print button clones, a comment card a script fills) and stays left
    out as a page's scripts are."""
    for el in root.iter("template"):
        if any(el.get(a) for a in _SHADOW_ROOT):
            el.tag = "div"


def _noscript_document(root) -> None:
    """A page a script draws (a single-page app saved with its root empty but for a loading line, its document in
    the <noscript> fallback the server renders for browsers without scripts, or in an inert <template> the app
    clones into the page): the first <noscript> or <template> whose text holds a document's header is read as the
    page's content, where nothing else in the body holds one. A <noscript> or <template> beside the document (a
    "please enable JavaScript" line, a tracking pixel, the fallback or print copy of a document the page already
    shows) stays left out, as any page's is."""
    boxes = [el for el in root.iter("noscript", "template")]
    holding = next((el for el in boxes if has_document_header("".join(el.itertext()))), None)
    if holding is None or has_document_header("".join(_OUTSIDE_SCRIPTED(root))):
        return
    holding.tag = "div"


def read(data: bytes, path: str) -> RawDocument:
    if (page := web_archive_html(data)) is not None:
        data = page  # (a web archive, MHTML: its page)
    text, encoding = decode(data)
    if "<" not in text:
        raise ReadError("the file has no HTML markup")
    # a page's UTF-8 read as Windows-1252 and saved again ("Káº¿ hoáº¡ch"), its letters' references escaped twice
    # ("&amp;#7871;"): made right before the parser reads the page, as the text reader does a text's
    text, mojibake = repaired(text)
    text, doubled = double_references(text)
    text = _CONTROL.sub("", _XML_DECLARATION.sub("", text, count=1))
    text = framed_documents(text)  # (a document portal's preview: the document in an <iframe srcdoc>)
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=False)
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"cannot parse the HTML: {exc}") from exc
    # libxml2 stops at 256 levels of nesting and drops what is deeper: say so
    too_deep = any("depth" in e.message.lower() for e in parser.error_log)
    if root is None:
        raise ReadError("the HTML page holds no document text once site furniture is removed")
    if "&#" in text:
        _composed(root)
    low = text.lower()  # (the searches that ignore case, on the page lowered once: a case-blind pattern is slow)
    if "<template" in low and "shadowroot" in low:
        _shadow_roots(root)
    if "<noscript" in low or "<template" in low:
        _noscript_document(root)
    if any(k in low for k in _CSS_LAYOUTS):
        css_tables(root)  # (tables laid out with <div>s: a CSS grid, display: table-row / table-cell, flex rows, ARIA)
    legacy_fonts = _LEGACY_FONT.search(low) is not None and _legacy_font_text(root)
    lists = _css_list_styles(root) if ("list-style" in text or "counter(" in text) else None  # (before <style> goes)
    if "uppercase" in low or "small-caps" in low:
        _uppercase_text(root)
    if "<sup" in text or "<SUP" in text:
        _footnote_marks(root)
    if "mso-list:ignore" in low or "mso-list: ignore" in low:
        _word_list_bullets(root)
    metadata: dict = {}
    for el in _outermost(_marked(root), lambda e, t: bool(_METADATA.search(_classes(e)))):
        metadata.update(_metadata(_Tree(el), el))
        _drop_plain(el)
    marked = _marked(root)  # (what is left)
    if "none" in low or "hidden" in low:
        for el in _hidden_copies(marked, root):
            _drop_plain(el)
        marked = _marked(root)
    kept = _document_parts(marked)
    pages = _page_forms(marked)
    for el in _outermost(marked, lambda e, t: ((t in _DROP_TAGS and e not in pages) or (
            t not in ("body", "html") and _FURNITURE.search(_classes(e)) is not None)) and not (
            e in kept or (t not in _DROP_TAGS and any(a in kept for a in e.iterancestors())))):
        _drop_plain(el)
    tree = _Tree(root)
    body = next((c for c in root if _tag(c) == "body"), None)
    walk = _Walk(tree, lists, nbsp_runs="\u00a0\u00a0" in text or "&nbsp;&nbsp;" in text)
    walk.walk(body if body is not None else root)
    if too_deep:
        walk.issues.append({"code": "html.nesting_too_deep", "severity": "warning", "where": None,
                            "message": "elements nested more than 255 levels deep were left out by the parser"})
    if not walk.blocks:
        raise ReadError("the HTML page holds no document text once site furniture is removed"
                        + (" (and elements nested more than 255 deep were left out)" if too_deep else ""))
    if legacy_fonts:
        from normalizers.legacy import font_converted_issue
        walk.issues.append(font_converted_issue())
    walk.issues.extend(issue for issue in (mojibake, doubled) if issue)
    return RawDocument(printed_paragraphs(walk.blocks), encoding=encoding, metadata=metadata, issues=walk.issues)


def printed_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """A page whose paragraphs are the printed lines of a page or the hard-wrapped lines of a text file, one a
    paragraph (a converted PDF, a .txt opened in Word and saved as a web page: "... về phát triển du lịch giai
    đoạn" / "2026-2030;"), its wraps joined again as the Word reader joins them (docx.joined_lines, told by
    extractors.layout.wrap.printed_lines); any other page's blocks as they are."""
    from extractors.formats.docx import LAYOUT_MIN_LINES, joined_lines
    plain = [b.text for b in blocks if b.kind == "paragraph" and b.location.keys() == {"element"} and b.text.strip()]
    if len(plain) < LAYOUT_MIN_LINES:
        return blocks
    style = wrap.printed_lines(plain)
    return blocks if style is None else joined_lines(blocks, style, key="element")
