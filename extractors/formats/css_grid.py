"""Where a CSS grid puts its items (extractors.formats.html_layout reads a grid laid out with <div>s as a table):
its tracks (grid-template-columns), an item's lines (grid-row / grid-column, their longhands, grid-area as lines or
as a named area of grid-template-areas) and the rows and columns the items take, placed or flowed by CSS's
auto-placement. Pure functions of the declarations' text (an element's rules and style, joined)."""

from __future__ import annotations

import re

from lxml import etree

TRACKS = re.compile(r"(?:^|[;\s])grid-template-columns\s*:\s*([^;]+)", re.I)
_COLUMN_SPAN = re.compile(r"(?:^|[;\s])grid-column\s*:\s*([^;]+)", re.I)
_ROW_SPAN = re.compile(r"(?:^|[;\s])grid-row\s*:\s*([^;]+)", re.I)
# the longhands: grid-row-start, grid-row-end, grid-column-start, grid-column-end
_LONGHAND = {(axis, edge): re.compile(rf"(?:^|[;\s])grid-{axis}-{edge}\s*:\s*([^;]+)", re.I)
             for axis in ("row", "column") for edge in ("start", "end")}
_AREA = re.compile(r"(?:^|[;\s])grid-area\s*:\s*([^;]+)", re.I)
AREAS = re.compile(r"(?:^|[;\s])grid-template-areas\s*:\s*((?:[\"'][^\"']*[\"']\s*)+)", re.I)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,((?:[^()]|\([^()]*\))*)\)", re.I)
_TRACK = re.compile(r"(?:minmax|fit-content)\([^()]*\)|[^\s()]+", re.I)


def last(pattern: re.Pattern, declarations: str) -> str | None:
    """The value of the last declaration `pattern` finds in `declarations` (the one that wins), lowered."""
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
    value = last(_ROW_SPAN if axis == "row" else _COLUMN_SPAN, declarations)
    if value:
        return value
    start, end = (last(_LONGHAND[(axis, edge)], declarations) for edge in ("start", "end"))
    if not end or end == "auto":
        return start
    if (not start or start == "auto") and "span" in end:
        return end  # (an unplaced item as wide as the span)
    return f"{start or 'auto'} / {end}"


def span(declarations: str, columns: int) -> int:
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


def area(declarations: str, areas: dict, columns: int) -> tuple[int | None, int, int | None, int]:
    """A grid item's (row, rows, column, columns): its grid-area (a named area, or "1 / 2 / 3 / 4"), else its
    grid-row and grid-column (None for a line the grid chooses)."""
    value = last(_AREA, declarations)
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


def placed(items: list[tuple], columns: int, areas: dict) -> list[list[tuple]] | None:
    """A grid's items (each with its declarations) in the rows and columns the page shows them at, when any of them is placed on a row (by
    grid-row or grid-area): the placed ones first, the others in the free cells after them in their order (CSS's
    auto-placement); a cell of several rows its first row's, with a rowspan; the holes filled by empty cells. None
    when no item is placed on a row."""
    boxes = [(child, area(declarations, areas, columns)) for child, declarations in items]
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
