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
# a line break a converter keeps inside a pipe table's cell: "ỦY BAN NHÂN DÂN<br>HUYỆN X", "<br/>"
CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


def strip_emphasis(text: str) -> str:
    if "*" not in text and "_" not in text:
        return text
    text = _STRONG.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    return text.replace("**", "")


def cells(line: str, outer: bool = True) -> list[str]:
    """"| a | **b** |" -> ["a", "b"]; a "<br>" in a cell is a line break. In a table written without outer pipes
    (`outer=False`) a row's opening pipe is an empty first cell: "| b" -> ["", "b"]."""
    inner = line.strip()
    inner = inner[1:] if outer and inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    if "<" in inner:  # cheap test first: most cells hold no tag
        return [strip_emphasis(CELL_BREAK.sub("\n", c).strip()) for c in inner.split("|")]
    return [strip_emphasis(c.strip()) for c in inner.split("|")]


def lone_pipe_rows(lines: list[str], join_lines=None) -> list[list[str]] | None:
    """A pipe table whose cells span lines: `|` / cell lines / `|` / cell lines / `|` ...
    A row ends with `|` and the next starts with `|`, so two pipes in a row are either a
    row break or an empty cell. The row width that lets every row end at a break (and
    that the data rows fill) decides which. Returns the rows as listed (a header row may be
    shorter), or None when the lines are not such a table (text before the first pipe or
    after the last)."""
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
    join_lines = join_lines or (lambda ls: "\n".join(ls))
    # rows keep the cells they list: header rows that lost their merged cells are spread
    # out by the table model (extractors.tables.rebuild.unspan), which reads their words
    return [[strip_emphasis(join_lines([x.strip() for x in chunks[k] if x.strip()])) for k in range(a, b)]
            for a, b in best]


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


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d.,\s%()-]+", cell)) and any(ch.isdigit() for ch in cell)
