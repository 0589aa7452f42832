"""A narrow amount table plain `pdftotext` wrote block after block (a Word table of a few rows, its labels
wrapped a word or two a line): the left columns' headings, the first row's number, every row's label run
together in one block (each label opening in capitals), the other rows' numbers, then the amounts row after
row with the other columns' headings among the first row's (its cells and the headings share a line's
height), an empty cell leaving no line:

    TT / Nội dung / Tổng                                      the left headings
    1                                                         the first row's number
    Mua vật tư / tiêm chủng / Tiêm vét, / tiêm bổ sung / ...  the labels, run together
    2 / 3                                                     the other rows' numbers
    1.980 / Ngân sách / Trung ương / 1.500 / Ngân sách / tỉnh / 480
    1.460 / 900 / 560 / 820 / 820                             the other rows' amounts, a cell left empty
    Tổng cộng / 4.260 / 2.400 / 1.860                         the total (or its label among the labels)

Nothing marks the rows but their count and their sums, so the table is read only where the sums prove it:
the amounts (up to two cells left empty) are laid row after row and each way of leaving the empty cells is
tried; exactly one must make every column's sum its total row's amount and, where the first amount column is a
total ("Tổng", "Tổng cộng", "Tổng số"), every row's total the sum of its parts. A table with neither a total
row nor a total column, or that two ways fit, is left as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from extractors.layout import spaced_rows
from extractors.layout.cells import CODE_HEAD, TOTAL_LABEL

HEAD_LINE = 40  # a heading's or a label's line is short
MAX_LEFT_LINES = 10  # the left headings' lines
MAX_LABEL_LINES = 40
MAX_ROWS = 12
MAX_EMPTY = 2  # cells left empty
MIN_ROWS = 2
_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")


def _value(cell: str) -> Decimal:
    return Decimal(cell.replace(".", "").replace(",", ".")) if cell else Decimal(0)


def _amount_head(text: str) -> str | None:
    """The kind of an amount column's heading ("total", "source", "year"), None when the text is none."""
    cells = spaced_rows.header_cells(text)
    return cells[0][0] if cells and len(cells) == 1 and cells[0][0] in ("total", "source", "year") else None


def _labels(run: list[str]) -> list[str] | None:
    """The labels of a run of lines, a label opening at each line in capitals."""
    out: list[str] = []
    for line in run:
        if line[:1].isupper():
            out.append(line)
        elif out and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            return None
    return out


def _table_at(lines: list[str], at: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of such a table whose code heading is line `at`, or None."""
    n = len(lines)
    k = at + 1
    heads = [lines[at]]
    block: list[str] = []
    while k < n and lines[k] != "1":
        t = lines[k]
        if t:
            if _AMOUNT.match(t) or len(t) > HEAD_LINE or k - at > MAX_LEFT_LINES:
                return None
            block.append(t)
        elif block:
            heads.append(" ".join(block))
            block = []
        k += 1
    if block:
        heads.append(" ".join(block))
    if k >= n or len(heads) < 3 or _amount_head(heads[1]) or any(_amount_head(h) is None for h in heads[2:]):
        return None
    k += 1
    while k < n and not lines[k]:
        k += 1
    run: list[str] = []
    while k < n and lines[k] and not _AMOUNT.match(lines[k]) and len(run) < MAX_LABEL_LINES:
        if len(lines[k]) > HEAD_LINE:
            return None
        run.append(lines[k])
        k += 1
    labels = _labels(run)
    if not labels:
        return None
    total = labels.pop() if TOTAL_LABEL.match(labels[-1]) else None
    if not MIN_ROWS <= len(labels) <= MAX_ROWS:
        return None
    for number in range(2, len(labels) + 1):  # the other rows' numbers, blank lines between or not
        while k < n and not lines[k]:
            k += 1
        if k >= n or lines[k].rstrip(".") != str(number):
            return None
        k += 1
    # the amounts and the other columns' headings (a heading's lines one under another)
    amounts: list[str] = []
    more: list[str] = []
    block, block_at = [], k
    end = k
    while k < n:
        t = lines[k]
        if _AMOUNT.match(t) or not t:
            if block:
                if _amount_head(" ".join(block)) is None:
                    k = block_at
                    break
                more.append(" ".join(block))
                block = []
            if t:
                amounts.append(t)
                end = k + 1
        elif total is None and TOTAL_LABEL.match(t) and amounts and not block:
            total = t  # the total row's label among the amounts: the total's amounts after it
            end = k + 1
        elif len(t) <= HEAD_LINE and len(block) < 3:
            if not block:
                block_at = k
            block.append(t)
        else:
            break
        k += 1
    width = len(heads) - 2 + len(more)
    count = len(labels) + (1 if total else 0)
    empty = count * width - len(amounts)
    first_total = _amount_head(heads[2]) == "total"
    if not more or not 0 <= empty <= MAX_EMPTY or not (total or first_total):
        return None
    fits = []
    for gaps in combinations(range(count * width), empty):
        cells = list(amounts)
        for g in gaps:
            cells.insert(g, "")
        grid = [cells[r * width:(r + 1) * width] for r in range(count)]
        values = [[_value(c) for c in row] for row in grid]
        if total and (any(not c for c in grid[-1]) or any(
                sum(row[c] for row in values[:-1]) != values[-1][c] for c in range(width))):
            continue
        if first_total and any(not row[0] or _value(row[0]) != sum(v for v in vals[1:])
                               for row, vals in zip(grid, values)):
            continue
        fits.append(grid)
        if len(fits) > 1:
            return None
    if len(fits) != 1:
        return None
    grid = fits[0]
    rows = [heads + more]
    rows += [[str(r + 1), label, *grid[r]] for r, label in enumerate(labels)]
    if total:
        rows.append(["", total, *grid[-1]])
    return end, rows


def tables_from_column_blocks(text: str) -> str:
    """The text with each such table (see above) as pipe-table rows; any other text as it is (the same
    object)."""
    if "\n\n" not in text:
        return text
    raw = text.split("\n")
    lines = [x.replace("\f", "").strip() for x in raw]
    starts = [k for k, t in enumerate(lines) if len(t) <= 8 and CODE_HEAD.match(t)]
    if not starts:
        return text
    out: list[str] = []
    k = 0
    changed = False
    for at in starts:
        if at < k:
            continue
        found = _table_at(lines, at)
        if found is None:
            continue
        end, rows = found
        out.extend(raw[k:at])
        breaks = sum(x.count("\f") for x in raw[at:end])  # (its page breaks after it: the pages counted as before)
        if breaks and end < len(raw):
            raw[end] = "\f" * breaks + raw[end]
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|" + "---|" * len(rows[0]))  # (a rule: a plain text's pipe rows are a table only so)
        out.extend("| " + " | ".join(row) + " |" for row in rows[1:])
        k = end
        changed = True
    if not changed:
        return text
    out.extend(raw[k:])
    return "\n".join(out)
