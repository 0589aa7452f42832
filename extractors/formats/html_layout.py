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
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from extractors.formats.base import has_document_header

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
_TRACKS = re.compile(r"(?:^|[;\s])grid-template-columns\s*:\s*([^;]+)", re.I)
_COLUMN_SPAN = re.compile(r"(?:^|[;\s])grid-column\s*:\s*([^;]+)", re.I)
_ROW_SPAN = re.compile(r"(?:^|[;\s])grid-row\s*:\s*([^;]+)", re.I)
# the longhands: grid-row-start, grid-row-end, grid-column-start, grid-column-end
_LONGHAND = {(axis, edge): re.compile(rf"(?:^|[;\s])grid-{axis}-{edge}\s*:\s*([^;]+)", re.I)
             for axis in ("row", "column") for edge in ("start", "end")}
_AREA = re.compile(r"(?:^|[;\s])grid-area\s*:\s*([^;]+)", re.I)
_AREAS = re.compile(r"(?:^|[;\s])grid-template-areas\s*:\s*((?:[\"'][^\"']*[\"']\s*)+)", re.I)
_ORDER = re.compile(r"(?:^|[;\s])order\s*:\s*(-?\d+)", re.I)
_DIRECTION = re.compile(r"(?:^|[;\s])flex-direction\s*:\s*([a-z-]+)", re.I)
_FLEX, _GRID = ("flex", "inline-flex"), ("grid", "inline-grid")
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,((?:[^()]|\([^()]*\))*)\)", re.I)
_TRACK = re.compile(r"(?:minmax|fit-content)\([^()]*\)|[^\s()]+", re.I)


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


def _last(pattern: re.Pattern, declarations: str) -> str | None:
    found = pattern.findall(declarations)
    return found[-1].strip().lower() if found else None


def track_count(value: str) -> int | None:
    """The columns a grid-template-columns value sets: "40px 3fr 2fr 100px" 4, "repeat(3, 1fr) 120px" 4,
    "[a] minmax(0, 1fr) [b] 2fr" 2; None for "auto-fill", "auto-fit", "subgrid", "none" (as many as fit)."""
    value = re.sub(r"\[[^\]]*\]", " ", value)
    if re.search(r"auto-fill|auto-fit|subgrid|none|masonry", value, re.I):
        return None
    count = 0
    for m in _REPEAT.finditer(value):
        count += int(m.group(1)) * len(_TRACK.findall(m.group(2)))
    count += len(_TRACK.findall(_REPEAT.sub(" ", value)))
    return count or None


def _line_range(value: str | None, count: int) -> tuple[int | None, int]:
    """A grid-row / grid-column value's start line (None when the grid places the item) and its span: "3" (3, 1),
    "1 / span 5" (1, 5), "2 / 4" (2, 2), "1 / -1" (1, all `count`), "span 3" (None, 3), "auto" (None, 1)."""
    if not value:
        return None, 1
    parts = [p.strip() for p in value.split("/")]
    lines = []
    for part in parts[:2]:
        m = re.fullmatch(r"-?\d+", part)
        n = int(part) if m else None
        lines.append(n if n is None or n > 0 else count + 2 + n)
    m = re.search(r"span\s+(\d+)", value)
    if m:
        return (lines[0] if len(parts) > 1 else None), max(1, min(int(m.group(1)), count))
    if len(lines) == 2 and None not in lines:
        return min(lines), max(1, min(abs(lines[1] - lines[0]), count))
    return lines[0], 1


def _lines(declarations: str, axis: str) -> str | None:
    """An item's grid-row or grid-column value (`axis` "row" or "column"): the shorthand, else its longhands'
    start and end as one ("2 / span 3")."""
    value = _last(_ROW_SPAN if axis == "row" else _COLUMN_SPAN, declarations)
    if value:
        return value
    start, end = (_last(_LONGHAND[(axis, edge)], declarations) for edge in ("start", "end"))
    if end and end != "auto":
        return f"{start or 'auto'} / {end}" if start and start != "auto" or "span" not in end else end
    return start


def _span(declarations: str, columns: int) -> int:
    """The columns a grid cell spans: "grid-column: span 3" 3, "1 / -1" all, "2 / 4" 2; else 1."""
    return _line_range(_lines(declarations, "column"), columns)[1]


def template_areas(value: str | None) -> dict[str, tuple[int, int, int, int]]:
    """grid-template-areas' named areas: name -> (row, column, rows, columns) ('"a b" "c b"': "b" (1, 2, 2, 1));
    "." cells name none."""
    cells: dict[str, list[tuple[int, int]]] = {}
    for r, row in enumerate(re.findall(r"[\"']([^\"']*)[\"']", value or ""), 1):
        for c, name in enumerate(row.split(), 1):
            if not re.fullmatch(r"\.+", name):
                cells.setdefault(name, []).append((r, c))
    areas = {}
    for name, at in cells.items():
        rows, cols = [r for r, _ in at], [c for _, c in at]
        areas[name] = (min(rows), min(cols), max(rows) - min(rows) + 1, max(cols) - min(cols) + 1)
    return areas


def _area(declarations: str, areas: dict, columns: int) -> tuple[int | None, int, int | None, int]:
    """A grid item's (row, rows, column, columns): its grid-area (a named area, or "1 / 2 / 3 / 4"), else its
    grid-row and grid-column (None for a line the grid chooses)."""
    value = _last(_AREA, declarations)
    if value and value in areas:
        row, col, rows, cols = areas[value]
        return row, rows, col, cols
    if value and "/" in value:
        lines = [p.strip() for p in value.split("/")] + ["auto", "auto"]
        row_range = _line_range(f"{lines[0]} / {lines[2]}" if lines[2] != "auto" else lines[0], 1000)
        col_range = _line_range(f"{lines[1]} / {lines[3]}" if lines[3] != "auto" else lines[1], columns)
        return row_range[0], row_range[1], col_range[0], col_range[1]
    row, rows = _line_range(_lines(declarations, "row"), 1000)
    col, cols = _line_range(_lines(declarations, "column"), columns)
    return row, rows, col, cols


def _as_table(el, rows: list[list[tuple]]) -> None:
    """`el` made a <table> of `rows` (each a list of (cell element, colspan))."""
    el.tag = "table"
    el.text = None
    made = []
    for cells in rows:
        tr = etree.SubElement(el, "tr")
        made.append(tr)
        for cell, span in cells:
            cell.tag = "td"
            if span > 1:
                cell.set("colspan", str(span))
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
        span = _span(_style(child, rules), columns)
        if used + span > columns:
            rows.append([])
            used = 0
        rows[-1].append((child, span))
        used += span
    return rows


def _placed(items, rules: dict, columns: int, areas: dict) -> list[list[tuple]] | None:
    """A grid's items in the rows and columns the page shows them at, when any of them is placed on a row (by
    grid-row or grid-area): the placed ones first, the others in the free cells after them in their order (CSS's
    auto-placement); a cell of several rows its first row's, with a rowspan; the holes filled by empty cells. None
    when no item is placed on a row."""
    boxes = [(child, _area(_style(child, rules), areas, columns)) for child in items]
    if not any(row is not None for _, (row, _, _, _) in boxes):
        return None
    taken: set[tuple[int, int]] = set()
    at: dict[tuple[int, int], tuple] = {}

    def put(child, row: int, rows: int, col: int, cols: int) -> None:
        taken.update((r, c) for r in range(row, row + rows) for c in range(col, col + cols))
        at[(row, col)] = (child, cols, rows)

    def free(row: int, rows: int, col: int, cols: int) -> bool:
        return not any((r, c) in taken for r in range(row, row + rows) for c in range(col, col + cols))

    boxes = [(child, (row, rows, col if col is None else min(col, columns - min(cols, columns) + 1),
                      min(cols, columns)))
             for child, (row, rows, col, cols) in boxes]  # (a column past the tracks: the last that holds it)
    for child, (row, rows, col, cols) in boxes:
        if row is not None and col is not None:
            put(child, row, rows, col, cols)
    cursor = (1, 1)
    for child, (row, rows, col, cols) in boxes:
        if row is not None and col is not None:
            continue
        r, c = (row, col or 1) if row is not None else (cursor[0], col or cursor[1])
        while c + cols - 1 > columns or not free(r, rows, c, cols):  # (a full row: the next one)
            c += 1
            if c + cols - 1 > columns:
                r, c = r + 1, col or 1
        put(child, r, rows, c, cols)
        cursor = (r, c + cols)
    out = []
    for r in sorted({r for r, _ in at}):
        cells = []
        for c in range(1, columns + 1):
            if (r, c) in at:
                child, cols, rows = at[(r, c)]
                if rows > 1:
                    child.set("rowspan", str(rows))
                cells.append((child, cols))
            elif (r, c) not in taken:
                cells.append((etree.Element("div"), 1))
        if any(len(child) or (child.text or "").strip() for child, _ in cells):
            out.append(cells)
    return out


def _grid_rows(grid, rules: dict, columns: int, areas: dict) -> list[list[tuple]] | None:
    """A grid's items in rows of `columns`, placed (_placed) or flowed (_flowed); None when it is not a box of cells
    (_items) or when they fill fewer than two rows."""
    items = _items(grid, rules)
    if not items:
        return None
    rows = _placed(items, rules, columns, areas) or _flowed(items, rules, columns)
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
            areas = template_areas(_last(_AREAS, style))
            columns = track_count(_last(_TRACKS, style) or "") or max(
                (col + cols - 1 for _, col, _, cols in areas.values()), default=None)
            rows = _grid_rows(el, rules, columns, areas) if columns and columns >= 2 else None
        elif display in ("table", "inline-table"):
            rows = _table_rows(el, shows("table-row"), shows("table-cell"))
        else:
            rows = _flex_table(el, shows(*_FLEX))
        if rows:
            _as_table(el, rows)
