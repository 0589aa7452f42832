"""An amount table's header line whose cells wrapped in their columns, in a text whose columns lost their
spacing (a laid-out table word-segmented line by line, copied out of a PDF viewer, `pdftotext -raw`): the
header's first visual line holds each column's first line, the cells' rests follow on the lines after it,
left to right:

    STT Nguồn vốn Tổng số giai Năm 2027 Năm 2028 Năm 2029
    đoạn 2027 -
    2029
    1 Vốn cân đối ngân sách tỉnh 3.600.000 1.150.000 1.200.000 1.250.000

    TT Nội dung Tổng cộng Ngân sách Ngân sách Vốn lồng Xã hội
    tỉnh xã ghép hóa

"Tổng số giai" is no column name, "Tổng số giai đoạn 2027 - 2029" is. The rests' words are given back, in
their order, to the cells of the first line they finish (the first way, left to right, in which every
cell is then a column name), so spaced_rows.table_at reads the table as if its header were one line.
"""

from __future__ import annotations

import re

from extractors.layout import spaced_rows

MAX_REST_LINES = 3  # lines a wrapped header cell's rest may take
MAX_NAME_WORDS = 8  # words a column name may have ("Kế hoạch vốn giai đoạn 2026 - 2030")


def header_with_wrapped_cell(lines: list[str], i: int) -> tuple[list[tuple[str, str]], int] | None:
    """The header line at i with the rests of its wrapped cells from the lines after it given back:
    (its cells, (kind, name) each as spaced_rows' _first_header gives them, how many lines after i the
    rests took), or None when the line reads as column names alone or no such rest makes it read so. The
    rests are the fewest lines after i, each of words column names are made of, that make it a header (a
    cell's rest over several lines read as one run of words), then each further such line whose words
    finish the names so made ("Năm KH năm" / "2024 2025" / "(ước TH)")."""
    first = lines[i]
    if not spaced_rows._head_line(first) or spaced_rows._first_header(first) is not None:
        return None
    words = first.split()
    rest: list[str] = []
    for n in range(1, MAX_REST_LINES + 1):
        if not _rest_line(lines, i + n):
            return None
        rest += lines[i + n].split()
        cells = _names_with_rest(words, rest)
        if cells is None:
            continue
        while n < MAX_REST_LINES and _rest_line(lines, i + n + 1):
            more = _names_with_rest([name for _, name in cells], lines[i + n + 1].split(), whole=True)
            if more is None:
                break
            cells, n = more, n + 1
        cells = spaced_rows.top_header_cells(cells)
        return (cells, n) if cells is not None else None
    return None


def _rest_line(lines: list[str], k: int) -> bool:
    """Whether line k may hold the rests of wrapped header cells: words column names are made of."""
    return k < len(lines) and spaced_rows._head_line(lines[k])


# every column name's pattern in one (the cheap test: most runs of words are no name)
_NAME = re.compile("|".join(f"(?:{p.pattern})" for _, p in spaced_rows._HEADS), re.I)


def _kind(name: str) -> str | None:
    """The kind of column a name is (the first of spaced_rows' names it is whole), or None."""
    if not _NAME.fullmatch(name):
        return None
    return next(kind for kind, p in spaced_rows._HEADS if p.fullmatch(name))


def _names_with_rest(words: list[str], rest: list[str], whole: bool = False) -> list[tuple[str, str]] | None:
    """The header line's words cut into column names, (kind, name) each, each of its words with none or
    more of the rests' words after it (all of them, in their order), in the fewest names (the first such
    cut, trying each cell's own words longest first, then its rest shortest first), or None. `whole`:
    each of `words` is a cell already (a name), and the rest's words go to the first amount columns they
    finish, longest first (a note under a column: "Năm 2024" / "(ước TH)")."""
    memo: dict[tuple[int, int], list[tuple[str, str]] | None] = {}

    def solve(i: int, j: int) -> list[tuple[str, str]] | None:
        if i == len(words):
            return [] if j == len(rest) else None
        if (i, j) in memo:
            return memo[(i, j)]
        best = None
        for k in ((i + 1,) if whole else range(min(len(words), i + MAX_NAME_WORDS), i, -1)):
            own = words[i:k]
            ms = range(j, min(len(rest), j + MAX_NAME_WORDS) + 1)
            if whole:  # (a further line's words go to the first amount column they finish)
                ms = reversed(ms) if _kind(own[0]) in spaced_rows.AMOUNT_KINDS else (j,)
            for m in ms:
                name = " ".join(own + rest[j:m])
                kind = _kind(name)
                if kind is None:
                    continue
                tail = solve(k, m)
                if tail is not None and (best is None or len(tail) + 1 < len(best)):
                    best = [(kind, name)] + tail
        memo[(i, j)] = best
        return best

    return solve(0, 0)
