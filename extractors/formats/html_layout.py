"""Page layouts the HTML reader undoes before it walks a page (extractors.formats.html).

- A document shown in an <iframe srcdoc="...">: a document portal's "preview" keeps the whole page of the document
  escaped into the attribute (&lt;p&gt;, &quot;), which the reader drops with every <iframe>; a browser shows it
  where the frame stands. `framed_documents` puts such a document in the page in the frame's place (its <style>
  rules and its body), when it holds a document's own header (the national motto, a "Số: 58/KH-SKHCN" line).
- Tables laid out with <div>s and CSS: a CSS grid (display: grid; grid-template-columns: five tracks) whose cells are
  the grid's child elements with no row element around them, and CSS tables (display: table / table-row /
  table-cell). Read as lines, a grid's cells come one a line and a cell's <br> lines look like cells of their own;
  `css_tables` makes them <table>, <tr> and <td> elements, as the page shows them.
- Boxes the page shows in another order than the source's: a grid's cells placed by grid-row / grid-column (or
  their longhands) or grid-area (lines, or a named area of grid-template-areas), written column by column or
  shuffled, are put in the rows and columns the page shows them at (the unplaced ones in the free cells after
  them); a flex box's or a grid's items are put in their `order:` (a flex row-reverse reversed); a box of two or
  more flex rows of as many items each is a table (a task table's rows as flex boxes).
- Tables laid out with Bootstrap's grid classes, the style sheet a link the saved page does not hold: a run of two or
  more <div class="row"> rows (past <hr> rules and empty "clearfix"es, through <div>s that only group rows) whose
  cells are "col-1", "col-md-5", "col-xs-12 col-sm-4", "col", three or more in a row at least, is a table, each
  cell as wide as its share of the twelve columns at the widest breakpoint it names, a cell spanning the columns it
  covers (`_grid_class_tables`); a document's header or closing (two blocks side by side) or a page's own layout
  (cells of paragraphs, headings, lists, rows of their own) is none.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from extractors.formats.base import has_document_header
from extractors.formats.css_grid import (AREAS, TRACKS, last as _last, placed, span, template_areas,
                                         track_count)

_SRCDOC = re.compile(r"<iframe\b[^>]*\bsrcdoc\s*=", re.I)
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")  # a style sheet's rule: selectors { declarations }


def _parsed(text: str):
    """The page's tree (lxml's HTML parser, as the reader's), or None when it cannot be parsed."""
    try:
        return etree.fromstring(text, etree.HTMLParser(recover=True, no_network=True, remove_comments=False))
    except (etree.ParserError, ValueError):
        return None


def framed_documents(text: str) -> str:
    """The page a browser shows of the document in an <iframe srcdoc> (see above): when the page's own text holds no
    document header and one frame's does, that frame's page; when several frames' do, the page with each of them
    (its style sheets and body, in a <div>) in the frame's place; any other page as it is (the iframes dropped by
    the reader: a page that shows the document itself and a viewer of its attachment beside it). Parsed only when an
    <iframe srcdoc> is there."""
    if not _SRCDOC.search(text):
        return text
    root = _parsed(text)
    if root is None:
        return text
    frames = [f for f in root.iter("iframe") if has_document_header(f.get("srcdoc") or "")]
    if not frames or any(has_document_header(t) for t in root.itertext()):
        return text  # (each string alone: a metadata list's "Số:" and its "58/KH-SKHCN" are two)
    # (the frame's page composed: its character references the attribute's reading decoded, decomposed ones too)
    if len(frames) == 1:
        return unicodedata.normalize("NFC", frames[0].get("srcdoc"))
    for frame in frames:
        inner = _parsed(unicodedata.normalize("NFC", frame.get("srcdoc")))
        div = etree.Element("div", {"class": "srcdoc"})
        if inner is not None:
            div.extend(inner.iter("style"))
            body = inner.find("body")
            body = inner if body is None else body
            div.text = body.text
            div.extend(list(body))
        div.tail = frame.tail
        frame.getparent().replace(frame, div)
    return etree.tostring(root, encoding="unicode", method="html")


_SUBJECT = re.compile(r"(?:^|[\s>+~])([a-z][a-z0-9]*)?(?:\.([\w-]+))?$", re.I)  # a selector's last compound
_DISPLAY = re.compile(r"(?:^|[;\s])display\s*:\s*([a-z-]+)", re.I)
_ORDER = re.compile(r"(?:^|[;\s])order\s*:\s*(-?\d+)", re.I)
_DIRECTION = re.compile(r"(?:^|[;\s])flex-direction\s*:\s*([a-z-]+)", re.I)
_FLEX, _GRID = ("flex", "inline-flex"), ("grid", "inline-grid")


def style_rules(root):
    """(selector, declarations) for each selector of each rule of the page's style sheets, in their order."""
    for style in root.iter("style"):
        for selectors, declarations in CSS_RULE.findall(style.text or ""):
            for selector in selectors.split(","):
                yield selector.strip(), declarations


def _rules(root) -> dict[tuple[str | None, str | None], str]:
    """The page's style sheets' declarations by their selectors' subject (a tag, a class, a tag with a class: ".bang
    > div" gives "div"'s, ".hdr .c" gives ".c"'s), later rules after earlier ones."""
    rules: dict[tuple[str | None, str | None], str] = {}
    for selector, declarations in style_rules(root):
        m = _SUBJECT.search(selector)
        if m and (m.group(1) or m.group(2)) and ":" not in selector:
            key = ((m.group(1) or "").lower() or None, m.group(2))
            rules[key] = rules.get(key, "") + ";" + declarations
    return rules


def _style(el, rules: dict) -> str:
    """An element's declarations: the rules of its tag, its classes, its tag with a class, then its own style."""
    tag = el.tag if isinstance(el.tag, str) else None
    keys = [(tag, None)] + [k for c in (el.get("class") or "").split() for k in ((None, c), (tag, c))]
    return ";".join(rules.get(k, "") for k in keys) + ";" + (el.get("style") or "")


def _as_table(el, rows: list[list[tuple]]) -> None:
    """`el` made a <table> of `rows` (each a list of (cell element, colspan))."""
    el.tag = "table"
    el.text = None
    made = []
    for cells in rows:
        tr = etree.SubElement(el, "tr")
        made.append(tr)
        for cell, wide in cells:
            cell.tag = "td"
            if wide > 1:
                cell.set("colspan", str(wide))
            tr.append(cell)
    for child in list(el):  # (a CSS table's row elements, their cells moved out; comments between)
        if child not in made:
            el.remove(child)


def _items(el, rules: dict | None = None):
    """An element's child elements, in order (comments passed over; a child shown as "display: contents" gives its own
    children, `rules` given: a grid's row <div>s that only group its cells); None when text, a line break or a
    script stands among them (not a box of cells)."""
    if (el.text or "").strip():
        return None
    items = []
    for child in el:
        if (child.tail or "").strip():
            return None
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("br", "script", "style", "template"):
            return None
        if rules is not None and _last(_DISPLAY, _style(child, rules)) == "contents":
            inner = _items(child)
            if inner is None:
                return None
            items.extend(inner)
        else:
            items.append(child)
    return items


def _flowed(items, rules: dict, columns: int) -> list[list[tuple]]:
    """A grid's items flowed into rows of `columns` in their order (each as wide as its grid-column span)."""
    rows: list[list[tuple]] = [[]]
    used = 0
    for child in items:
        wide = span(_style(child, rules), columns)
        if used + wide > columns:
            rows.append([])
            used = 0
        rows[-1].append((child, wide))
        used += wide
    return rows


def _grid_rows(grid, rules: dict, columns: int, areas: dict) -> list[list[tuple]] | None:
    """A grid's items in rows of `columns`, placed (css_grid.placed) or flowed (_flowed); None when it is not a box of cells
    (_items) or when they fill fewer than two rows."""
    items = _items(grid, rules)
    if not items:
        return None
    rows = placed([(c, _style(c, rules)) for c in items], columns, areas) or _flowed(items, rules, columns)
    if len(rows) == 1 and all(child.getparent() is grid for child, _ in rows[0]):
        for child, _ in rows[0]:  # (one row: not a table, its cells in the order shown)
            grid.append(child)
    return rows if len(rows) >= 2 else None


def _ordered(box, rules: dict) -> None:
    """A flex box's or a grid's items in the order the page shows (or places) them, in place: by their "order:" (a
    stable sort: equal orders keep theirs), reversed for "flex-direction: row-reverse"; a box that is no box of
    items (_items) as it is."""
    items = _items(box)
    if not items or len(items) < 2 or items != list(box.iterchildren(etree.Element)):
        return
    orders = [int(_last(_ORDER, _style(child, rules)) or 0) for child in items]
    shown = [child for _, _, child in sorted(zip(orders, range(len(items)), items), key=lambda t: t[:2])]
    if _last(_DIRECTION, _style(box, rules)) == "row-reverse":
        shown.reverse()
    if shown != items:
        for child in shown:
            box.append(child)


def _flex_table(box, is_flex) -> list[list[tuple]] | None:
    """A box of two or more flex rows (and nothing else) of as many items each, two or more: the rows of a table
    laid out with flex boxes; else None."""
    rows = _table_rows(box, is_flex, lambda cell: True)
    if not rows or len(rows) < 2 or len({len(r) for r in rows}) > 1 or len(rows[0]) < 2:
        return None
    return rows


_ROW_ROLES, _CELL_ROLES = {"row"}, {"cell", "gridcell", "columnheader", "rowheader"}


def _table_rows(table, is_row, is_cell) -> list[list[tuple]] | None:
    """A CSS or ARIA table's rows of cells: its items (a role="rowgroup" giving its own) all rows whose items are
    all cells; else None."""
    rows = _items(table)
    if rows and any(r.get("role") == "rowgroup" for r in rows):
        groups = [_items(r) if r.get("role") == "rowgroup" else [r] for r in rows]
        rows = None if any(g is None for g in groups) else [r for g in groups for r in g]
    if not rows or not all(is_row(r) for r in rows):
        return None
    cells = [_items(row) for row in rows]
    if not all(cells) or not all(is_cell(c) for row in cells for c in row):
        return None
    return [[(c, 1) for c in row] for row in cells]


# a Bootstrap grid column's class: "col", "col-6", "col-md-4", "col-xs-12", "col-lg-auto" (breakpoint, width)
_GRID_COLUMN = re.compile(r"col(?:-(xs|sm|md|lg|xl|xxl))?(?:-(\d{1,2}|auto))?")
_BREAKPOINTS = (None, "xs", "sm", "md", "lg", "xl", "xxl")
_GRID_ROW_CLASSES = frozenset(("row", "form-row"))
# what a table's cell does not hold: the page's own layout (sections, headings, lists, paragraphs by the dozen)
_LAYOUT_TAGS = frozenset(("table", "main", "article", "section", "aside", "nav", "header", "footer", "form", "ul", "ol",
                          "h1", "h2", "h3", "h4", "h5", "h6", "iframe"))
_CELL_TEXT = 600  # at most so many characters in a cell of a grid-class table


def _grid_width(el) -> float | None | bool:
    """A Bootstrap grid column's width in twelfths at the widest breakpoint its classes name ("col-xs-12 col-sm-4"
    4), None for a "col" or "col-auto" (a share of what is left); False when it is no grid column."""
    found: dict[str | None, str | None] = {}
    for cls in (el.get("class") or "").split():
        m = _GRID_COLUMN.fullmatch(cls)
        if m:
            found[m.group(1)] = m.group(2)
    if not found:
        return False
    width = found[max(found, key=_BREAKPOINTS.index)]
    return None if width in (None, "auto") else float(width)


def _plain_cell(cell) -> bool:
    """A cell that holds no layout of its own: no section, heading, list, table or grid row inside, a few
    paragraphs' text at most."""
    for el in cell.iter(etree.Element):
        if el is not cell and (el.tag in _LAYOUT_TAGS or _GRID_ROW_CLASSES & set((el.get("class") or "").split())):
            return False
    return len("".join(cell.itertext()).strip()) <= _CELL_TEXT and len(cell.findall(".//p")) <= 3


def _is_grid_row(el) -> bool:
    return bool(_GRID_ROW_CLASSES & set((el.get("class") or "").split()))


def _empty(el) -> bool:
    """An element that shows nothing but a rule or a gap (an <hr>, Bootstrap 3's "clearfix" <div>)."""
    return not "".join(el.itertext()).strip() and next(el.iter("img", "input"), None) is None


def _grid_class_rows(rows: list) -> list[list[tuple]] | None:
    """Two or more Bootstrap grid rows of plain cells, three or more in a row at least (a document's header or
    closing, two blocks side by side, is no table): their rows of (cell, colspan), each cell spanning the columns the
    rows' cells' edges make under it; else None."""
    if len(rows) < 2:
        return None
    cells = [_items(r) for r in rows]
    if not all(cells):
        return None
    cells = [[c for c in row if not _empty(c) or _grid_width(c) is not False] for row in cells]
    if max(len(c) for c in cells) < 3 or not all(cells):
        return None
    edges: list[list[float]] = []
    for row in cells:
        widths = [_grid_width(c) for c in row]
        if any(w is False for w in widths) or not all(_plain_cell(c) for c in row):
            return None
        fixed = sum(w for w in widths if w)
        free = [w for w in widths if w is None]
        if fixed > 12.01 or (free and fixed >= 12):
            return None
        share = (12 - fixed) / len(free) if free else 0.0
        at, row_edges = 0.0, []
        for w in widths:
            at += w if w is not None else share
            row_edges.append(round(at, 2))
        edges.append(row_edges)
    lines = sorted({e for row_edges in edges for e in row_edges})
    table = []
    for row, row_edges in zip(cells, edges):
        start, spans = 0.0, []
        for cell, end in zip(row, row_edges):
            spans.append((cell, max(1, sum(1 for x in lines if start < x <= end))))
            start = end
        table.append(spans)
    return table


def _grid_row_runs(box) -> list[list]:
    """The runs of two or more Bootstrap grid rows among a box's children, in order: rows one after the other, past
    empty separators (<hr>) and through a <div> that only groups rows (a header's, a body's); [] when the box is
    no box of items (_items)."""
    items = _items(box)
    runs: list[list] = [[]]
    for child in items or ():
        if _is_grid_row(child):
            runs[-1].append(child)
        elif _empty(child):
            continue
        elif (inner := _items(child)) and all(_is_grid_row(r) or _empty(r) for r in inner):
            runs[-1].extend(r for r in inner if _is_grid_row(r))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _grid_class_tables(box) -> None:
    """Each run of Bootstrap grid rows in `box` that reads as a table (_grid_class_rows) made a <table> in the
    run's place (the box itself when the run is all it shows)."""
    for run in _grid_row_runs(box):
        rows = _grid_class_rows(run)
        if rows is None:
            continue
        if all(_is_grid_row(c) or _empty(c) for c in (_items(box) or ())):
            _as_table(box, rows)
            return
        table = etree.Element("div")
        run[0].addprevious(table)
        for row in run:
            table.append(row)
        _as_table(table, rows)


def css_tables(root) -> None:
    """The page's CSS grids of cells, CSS tables and ARIA tables (role="table" / "row" / "cell") made <table>
    elements (in place; see above)."""
    rules = _rules(root)
    elements = [el for el in root.iter(etree.Element) if el.tag not in ("table", "tr", "td", "th")]
    displays = {el: _last(_DISPLAY, _style(el, rules)) for el in elements}

    def shows(*kinds: str):
        return lambda el: displays.get(el) in kinds

    for el in elements:
        if displays[el] in _FLEX or displays[el] in _GRID:
            _ordered(el, rules)
    for el in elements:
        display = displays[el]
        if el.get("role") in ("table", "grid", "treegrid"):
            rows = _table_rows(el, lambda r: r.get("role") in _ROW_ROLES, lambda c: c.get("role") in _CELL_ROLES)
        elif display in _GRID:
            style = _style(el, rules)
            areas = template_areas(_last(AREAS, style))
            columns = track_count(_last(TRACKS, style) or "") or max(
                (col + cols - 1 for _, col, _, cols in areas.values()), default=None)
            rows = _grid_rows(el, rules, columns, areas) if columns and columns >= 2 else None
        elif display in ("table", "inline-table"):
            rows = _table_rows(el, shows("table-row"), shows("table-cell"))
        else:
            rows = _flex_table(el, shows(*_FLEX))
            if rows is None and display is None and el.tag == "div":
                _grid_class_tables(el)  # (Bootstrap's grid rows: a table made in place)
        if rows:
            _as_table(el, rows)
