"""Page layouts the HTML reader undoes before it walks a page (extractors.formats.html).

- A document shown in an <iframe srcdoc="...">: a document portal's "preview" keeps the whole page of the document
  escaped into the attribute (&lt;p&gt;, &quot;), which the reader drops with every <iframe>; a browser shows it
  where the frame stands. `framed_documents` puts such a document in the page in the frame's place (its <style>
  rules and its body), when it holds a document's own header (the national motto, a "Số: 58/KH-SKHCN" line).
- Tables laid out with <div>s and CSS: a CSS grid (display: grid; grid-template-columns: five tracks) whose cells are
  the grid's child elements with no row element around them, and CSS tables (display: table / table-row /
  table-cell). Read as lines, a grid's cells come one a line and a cell's <br> lines look like cells of their own;
  `css_tables` makes them <table>, <tr> and <td> elements, as the page shows them.
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


def _span(declarations: str, columns: int) -> int:
    """The columns a grid cell spans: "grid-column: span 3" 3, "1 / -1" all, "2 / 4" 2; else 1."""
    value = _last(_COLUMN_SPAN, declarations)
    if not value:
        return 1
    m = re.search(r"span\s+(\d+)", value)
    if m:
        return max(1, min(int(m.group(1)), columns))
    m = re.match(r"(-?\d+)\s*/\s*(-?\d+)$", value)
    if m:
        start, end = int(m.group(1)), int(m.group(2))
        start, end = (start if start > 0 else columns + 2 + start), (end if end > 0 else columns + 2 + end)
        return max(1, min(end - start, columns))
    return 1


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


def _grid_rows(grid, rules: dict, columns: int) -> list[list[tuple]] | None:
    """A grid's items placed in rows of `columns`; None when it is not a box of cells (_items) or when they fill
    fewer than two rows."""
    items = _items(grid, rules)
    if not items:
        return None
    rows: list[list[tuple]] = [[]]
    used = 0
    for child in items:
        span = _span(_style(child, rules), columns)
        if used + span > columns:
            rows.append([])
            used = 0
        rows[-1].append((child, span))
        used += span
    return rows if len(rows) >= 2 else None


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

    def shows(display: str):
        return lambda el: _last(_DISPLAY, _style(el, rules)) == display

    for el in list(root.iter(etree.Element)):
        if el.tag in ("table", "tr", "td", "th") or not isinstance(el.tag, str):
            continue
        style = _style(el, rules)
        display = _last(_DISPLAY, style)
        if el.get("role") in ("table", "grid", "treegrid"):
            rows = _table_rows(el, lambda r: r.get("role") in _ROW_ROLES, lambda c: c.get("role") in _CELL_ROLES)
        elif display in ("grid", "inline-grid"):
            columns = track_count(_last(_TRACKS, style) or "")
            rows = _grid_rows(el, rules, columns) if columns and columns >= 2 else None
        elif display in ("table", "inline-table"):
            rows = _table_rows(el, shows("table-row"), shows("table-cell"))
        else:
            continue
        if rows:
            _as_table(el, rows)
