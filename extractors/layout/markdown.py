"""Markdown inside any text-like input: headings, list markers, emphasis, and pipe
tables, including the scraped kind whose cells span several lines with a lone `|`
between cells."""

from __future__ import annotations

import re

# "## **2. Mục tiêu**" -> level 2
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# "- item", "* item", "+ item", "1. item" (a Markdown list item)
LIST = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+")
# "**b) Cơ quan:**", "__x__"
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
# "*c) Cơ quan:*" but not a "* " bullet, not "(*)"
_EMPH = re.compile(r"(?<![\w*(])([*_])(?![\s)*])(.+?)(?<![\s(*])\1(?![\w*])")
MAX_COLUMNS = 60


def strip_emphasis(text: str) -> str:
    if "*" not in text and "_" not in text:
        return text
    text = _STRONG.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    return text.replace("**", "")


def cells(line: str) -> list[str]:
    """"| a | **b** |" -> ["a", "b"]."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [strip_emphasis(c.strip()) for c in inner.split("|")]


def lone_pipe_rows(lines: list[str], join_lines=None) -> list[list[str]] | None:
    """A pipe table whose cells span lines: `|` / cell lines / `|` / cell lines / `|` ...
    A row ends with `|` and the next starts with `|`, so two pipes in a row are either a
    row break or an empty cell. The row width that lets every row end at a break (and
    that most rows fill) decides which. Returns the rows, or None when the lines are not
    such a table (text before the first pipe or after the last)."""
    chunks: list[list[str]] = []
    cur: list[str] | None = None
    for line in lines:
        if line.strip() == "|":
            if cur is not None:
                chunks.append(cur)
            cur = []
        elif cur is None:
            return None
        else:
            cur.append(line)
    if cur or len(chunks) < 2:
        return None
    empty = [not any(x.strip() for x in c) for c in chunks]
    numeric = [any(_numeric(x.strip()) for x in c) for c in chunks]
    best = None
    for width in range(1, min(MAX_COLUMNS, len(chunks)) + 1):
        parse = _parse(empty, width)
        if parse is None:
            continue
        # the width most rows fill; rows with numbers (the data) decide when there are any
        data = [(a, b) for a, b in parse if any(numeric[a:b])] or parse
        full = sum(1 for a, b in data if b - a == width)
        if full * 2 >= len(data):
            best = parse
            break
    if best is None:
        return None
    width = max(b - a for a, b in best)
    join_lines = join_lines or (lambda ls: "\n".join(ls))
    rows = []
    for a, b in best:
        row = [strip_emphasis(join_lines([x.strip() for x in chunks[k] if x.strip()])) for k in range(a, b)]
        rows.append(row)
    return _spread(rows, width)


def _parse(empty: list[bool], width: int) -> list[tuple[int, int]] | None:
    """Rows as (first chunk, end chunk) with at most `width` cells each, consecutive rows
    separated by one empty chunk; the fewest rows narrower than `width`."""
    n = len(empty)
    inf = float("inf")
    cost = [inf] * (n + 2)
    choice: list[int] = [0] * (n + 2)
    cost[n] = 0
    cost[n + 1] = 0
    for i in range(n - 1, -1, -1):
        for k in range(1, width + 1):
            end = i + k
            if end > n:
                break
            if end == n:
                nxt = n
            elif empty[end]:
                nxt = end + 1
            else:
                continue
            c = cost[nxt] + (0 if k == width else 1)
            if c < cost[i]:
                cost[i], choice[i] = c, k
    if cost[0] == inf:
        return None
    rows, i = [], 0
    while i < n:
        k = choice[i]
        rows.append((i, i + k))
        i = i + k + 1
    return rows


def _spread(rows: list[list[str]], width: int) -> list[list[str]]:
    """Rows narrower than the table. In the header, a cell that spans two header rows is
    missing from the second (it is merged down), and a group cell covers the columns of
    its cells in the row below (`Năm hiện hành 2025` over `Dự toán` | `Ước thực hiện`):
    with m cells above, k below and the table's width, m + k - width cells above are
    groups. A body row narrower than the table lost its empty cells at the end."""
    out: list[list[str]] = []
    r = 0
    while r < len(rows):
        row = rows[r]
        if len(row) >= width or not _header_like(row) or not any(len(x) == width for x in rows[r + 1:]):
            out.append(row + [""] * (width - len(row)))
            r += 1
            continue
        below = rows[r + 1] if r + 1 < len(rows) and len(rows[r + 1]) < width and _header_like(rows[r + 1]) else None
        groups = len(row) + len(below) - width if below else 0
        if below is None or not 1 <= groups <= len(row):
            out.append(_even(row, width))
            r += 1
            continue
        chosen = _group_cells(row, below, groups)
        top: list[str] = []
        second: list[str] = []
        children = iter(_share(below, [i for i in range(len(row)) if i in chosen]))
        for i, cell in enumerate(row):
            if i in chosen:
                kids = next(children)
                top += [cell] * len(kids)
                second += kids
            else:
                top.append(cell)
                second.append(cell)  # merged down
        out += [top, second]
        r += 2
    return out


# a header cell that groups the columns under it, and the kinds of amount a fiscal table
# splits a year into ("Năm hiện hành 2025" over "Dự toán" | "Ước thực hiện")
_GROUP_WORDS = re.compile(r"hiện hành|chia ra|trong đó|bao gồm|giai đoạn|\d+ năm|nguồn vốn|theo năm|phân kỳ|cơ cấu", re.I)
_KIND_WORDS = re.compile(r"dự toán|ước|thực hiện|kế hoạch|dự kiến|so sánh|tỷ lệ|đánh giá|quyết toán", re.I)
_COMPARISON = re.compile(r"so sánh|tỷ lệ|\(%\)|\bvới\b|%", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_FIRST_COLUMNS = re.compile(r"^(?:s?tt|số tt|nội dung|chỉ tiêu|danh mục|đơn vị|đvt|hạng mục|tên)", re.I)


def _group_cells(row: list[str], below: list[str], count: int) -> set[int]:
    """Which cells of a header row are groups over the row below: never the code or
    label columns nor a comparison (`So sánh`, `(%)`); rather a cell named like a group,
    or, when the cells below are kinds of amount (`Dự toán`, `Ước thực hiện`), a year
    with no kind of its own (the first such); else the last cells."""
    kinds_below = sum(1 for c in below if _KIND_WORDS.search(c)) * 2 >= len(below)

    def score(i: int) -> tuple:
        cell = row[i]
        eligible = not _FIRST_COLUMNS.match(cell.strip()) and not _COMPARISON.search(cell)
        year_group = kinds_below and not _KIND_WORDS.search(cell) and bool(_YEAR.search(cell))
        return (eligible, bool(_GROUP_WORDS.search(cell)), year_group, -i if kinds_below else i)
    return set(sorted(range(len(row)), key=score, reverse=True)[:count])


def _share(cells: list[str], groups: list[int]) -> list[list[str]]:
    """The cells below shared out over the groups in order: where the cells change kind
    (kinds of amount, then years) once per group, there; else as evenly as they go."""
    runs: list[list[str]] = []
    for cell in cells:
        if runs and bool(_YEAR.search(cell)) == bool(_YEAR.search(runs[-1][-1])):
            runs[-1].append(cell)
        else:
            runs.append([cell])
    if len(runs) == len(groups):
        return runs
    base, extra = divmod(len(cells), len(groups))
    out, k = [], 0
    for g in range(len(groups)):
        n = base + (1 if g < extra else 0)
        out.append(cells[k:k + n])
        k += n
    return out


def _even(row: list[str], width: int) -> list[str]:
    """A header row with too few cells and nothing below to place them by: the first
    cells single, the last ones spread evenly over the rest."""
    singles = min(len(row) - 1, max(0, 2 * len(row) - width))
    out = list(row[:singles])
    rest = row[singles:]
    base, extra = divmod(width - singles, len(rest))
    for k, cell in enumerate(rest):
        out += [cell] * (base + (1 if k < extra else 0))
    return out


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d.,\s%()-]+", cell)) and any(ch.isdigit() for ch in cell)


def _header_like(row: list[str]) -> bool:
    return not any(_numeric(c) for c in row)
