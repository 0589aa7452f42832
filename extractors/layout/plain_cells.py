"""A table copied out of a PDF by plain `pdftotext` (no -layout), row by row: each cell is
a run of lines of its own between blank lines, a cell's wrapped lines one under another:

    STT / Nội dung / Chủ trì / Phối hợp / Thời gian /
    1 / Rà soát các ↵ hộ dân sống ↵ ven suối / Công chức ↵ Địa chính / Các thôn / Tháng 4/2026 /
    2 / ...

Each cell's lines become one line, so that the cell is one paragraph (a flattened table's
cell, read by extractors.fields.task_tables) and not several, or one with its neighbour.
Only where the runs show such a table: a run that is the ordinal column's heading ("STT",
"TT"), two or more runs of column headings after it, then row codes that count up, each a
run of its own, with the row's other cells between them, every run short lines. A table
whose columns pdftotext wrote one after another ("1" / "2" / "3" / then the tasks) is no
such table and is left as it is, and so is prose.
"""

from __future__ import annotations

import re

from extractors.layout.cells import CODE_HEAD, is_heading_row, ordinal_column
from normalizers.agencies import AGENCY_AT_START
from normalizers.text import untoned

CELL_LINE = 60  # a cell's line is short: a table column is narrower than the page
CELL_LINES = 8  # lines of one cell
HEADER_CELLS = 10
CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,6}|[a-zđA-ZĐ])[.)]?$")
# a heading that ends a table: "IV. KINH PHÍ THỰC HIỆN", "3. Tổ chức thực hiện", "Nơi nhận:"
SECTION = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})\s*[.)]\s+\S.{3,}$|^Nơi nhận\b")


# a task table's agency column: "Chủ trì", "Cơ quan phối hợp", "Đơn vị thực hiện" (without tone marks)
AGENCY_HEAD = re.compile(r"chu tri|phoi hop|thuc hien|co quan|don vi")


# a column's heading, as the first line of a run among a table's rows (without tone marks)
ROW_HEADING = re.compile(r"^(?:thoi gian|thoi han|tien do|ghi chu|san pham|ket qua|(?:don vi|co quan)(?: (?:chu tri|phoi hop|thuc hien))?)$")


def _runs(lines: list) -> list[tuple[int, int]]:
    """(first, last + 1) of each run of non-blank lines; an ordinal column's heading that
    ends a run ("III. NHIỆM VỤ" / "STT" / blank) is a run of its own."""
    out, start = [], None
    for k, line in enumerate(lines):
        if line.blank:
            if start is not None:
                out.append((start, k))
                start = None
        elif start is None:
            start = k
        elif len(line.text) <= 12 and (k + 1 == len(lines) or lines[k + 1].blank) and CODE_HEAD.match(line.text.strip()):
            out.append((start, k))
            start = k
    if start is not None:
        out.append((start, len(lines)))
    return out


def _text(lines: list, run: tuple[int, int]) -> str:
    return " ".join(lines[k].text.strip() for k in range(*run))


def _cell_like(lines: list, run: tuple[int, int]) -> bool:
    a, z = run
    return z - a <= CELL_LINES and all(len(lines[k].text.strip()) <= CELL_LINE for k in range(a, z)) \
        and not SECTION.match(lines[a].text.strip())


def _is_code(lines: list, run: tuple[int, int]) -> bool:
    return run[1] - run[0] == 1 and CODE.match(lines[run[0]].text.strip()) is not None


def row_ordered_table(lines: list, runs: list[tuple[int, int]], at: int) -> int | None:
    """The index past the last run of a row-ordered table whose heading run is runs[at],
    or None when the runs show no such table."""
    if not (runs[at][1] - runs[at][0] == 1 and CODE_HEAD.match(lines[runs[at][0]].text.strip())):
        return None
    n = at + 1
    heads = []
    while n < len(runs) and len(heads) < HEADER_CELLS and not _is_code(lines, runs[n]):
        if runs[n][1] - runs[n][0] > 3 or not _cell_like(lines, runs[n]):
            return None
        heads.append(_text(lines, runs[n]))
        n += 1
    if len(heads) < 2 or not is_heading_row([lines[runs[at][0]].text.strip()] + heads) \
            or not any(AGENCY_HEAD.search(untoned(h)) for h in heads):
        return None  # (a budget or targets table's rows hold amounts a cell's lines must not swallow)
    width = len(heads) + 1
    first_row = n
    codes, end = [], n
    while n < len(runs) and _is_code(lines, runs[n]):
        codes.append(lines[runs[n][0]].text.strip())
        m = n + 1
        while m < len(runs) and m - n <= width + 2 and not _is_code(lines, runs[m]) and _cell_like(lines, runs[m]):
            m += 1
        if m == n + 1:
            return None  # a code with no cells after it: the codes are a column of their own
        if m == len(runs) or not _is_code(lines, runs[m]):
            m = min(m, n + width)  # the last row: no more cells than the table has columns
        end = n = m
    if len(codes) < 2 or not ordinal_column(codes):
        return None
    # a run that holds several cells (agencies one under another with nothing between them:
    # "Phòng Nông" / "nghiệp và ..." / "huyện" / "Trạm Chăn" / ...; "Công an xã;" / "Đoàn Thanh
    # niên xã" is one cell's list), or a column heading among the rows ("Thời gian" / "hoàn thành" / "Tháng 4"):
    # pdftotext wrote part of the table column by column, and its rows cannot be told
    for a, z in runs[first_row:end + 3]:  # (and the runs right after the last row: the table's rest)
        if any(lines[k].text.strip()[:1].isupper() and AGENCY_AT_START.match(lines[k].text.strip())
               and not lines[k - 1].text.rstrip().endswith((";", ","))
               for k in range(a + 1, z)) \
                or ROW_HEADING.match(untoned(lines[a].text.strip())):
            return None
    return end


def join_cells(lines: list, make_line) -> list:
    """`lines` with the lines of each cell of a row-ordered plain table joined into one
    (`make_line(first_line, text)` makes the joined line)."""
    runs = _runs(lines)
    joined: dict[int, tuple[int, str]] = {}  # first line -> (last + 1, text)
    r = 0
    while r < len(runs):
        a, z = runs[r]  # (row_ordered_table's first test asked here: most runs are no code's heading)
        end = row_ordered_table(lines, runs, r) if z - a == 1 and CODE_HEAD.match(lines[a].text.strip()) else None
        if end is None:
            r += 1
            continue
        for run in runs[r:end]:
            if run[1] - run[0] > 1:
                joined[run[0]] = (run[1], _text(lines, run))
        r = end
    if not joined:
        return lines
    out, k = [], 0
    while k < len(lines):
        if k in joined:
            stop, text = joined[k]
            out.append(make_line(lines[k], text))
            k = stop
        else:
            out.append(lines[k])
            k += 1
    return out
