"""A table flattened a cell a line, no blank line between (a crawler's readability text, a page's
text copied out of a browser, a Markdown converter with no tables), row after row:

    STT / Chỉ tiêu / ĐVT / Năm 2026 / Năm 2027
    1 / Tỷ lệ trạm y tế có bác sĩ / % / 90 / 95
    2 / Số giường bệnh trên 10.000 dân / Giường / 32 / 33,5

Read back as a table (its lines written as a pipe table's rows, which the text layout reads as a
table) only where the lines show one: an ordinal column's heading alone on a line ("STT", "TT"),
HEADINGS or more short heading lines after it, then rows that each open with the next row
number alone on a line ("1", "2", ...) and hold exactly as many cells as the headings (a row
whose empty cells left no line cannot be placed and ends the table: what came before is read).
Any other text is left as it is.
"""

from __future__ import annotations

import re

from extractors.layout.cells import CODE_HEAD

HEADINGS = 2  # column headings after the ordinal's at least
MAX_HEADINGS = 12
HEADING_LINE = 40  # a column heading is short
MIN_ROWS = 2
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
_ORDINAL_END = re.compile(r"[Tt][Tt]\r?\n")


def _cells_table(lines: list[str], at: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of a flattened table whose ordinal heading is line `at`, or None."""
    k = at + 1
    heads = [lines[at].strip()]
    while k < len(lines) and len(heads) <= MAX_HEADINGS:
        t = lines[k].strip()
        if not t or _ROW_NUMBER.match(t) or len(t) > HEADING_LINE or "|" in t:
            break
        heads.append(t)
        k += 1
    width = len(heads)
    if width < HEADINGS + 1 or k >= len(lines) or lines[k].strip().rstrip(".") != "1":
        return None
    rows = [heads]
    n = 1
    while k + width <= len(lines) and lines[k].strip().rstrip(".") == str(n):
        cells = [line.strip() for line in lines[k:k + width]]
        after = lines[k + width].strip().rstrip(".") if k + width < len(lines) else ""
        if any(not c or "|" in c for c in cells) or (after != str(n + 1) and str(n + 1) in
                                                     (c.rstrip(".") for c in cells[1:])):
            break  # a blank line inside the row, or the next row's number in it: its cells are not all there
        rows.append(cells)
        k += width
        n += 1
    if len(rows) - 1 < MIN_ROWS:
        return None
    total = _total_row(lines, k, rows)
    if total is not None:
        k, row = total
        rows.append(row)
    return k, rows


# the total row under the numbered rows, its code cell empty, so no line: "Tổng cộng" / "900" / "280" / ...
_TOTAL_LABEL = re.compile(r"(?i)^(?:tổng\s+cộng|tổng\s+số|tổng|cộng)\s*:?$")
_AMOUNT = re.compile(r"^\(?[-+]?\d[\d.,]*\)?%?$")


def _total_row(lines: list[str], k: int, rows: list[list[str]]) -> tuple[int, list[str]] | None:
    """(end, row) of a total row after the numbered rows (a label, then an amount for each column
    after the label, or one amount for the last column when only it holds amounts), or None.
    Its amounts must end the table: a blank line, a line that is no amount or the text's end after them."""
    width = len(rows[0])
    if k >= len(lines) or not _TOTAL_LABEL.match(lines[k].strip()):
        return None
    amounts = []
    end = k + 1
    while end < len(lines) and len(amounts) < width - 2 and _AMOUNT.match(lines[end].strip()):
        amounts.append(lines[end].strip())
        end += 1
    if end < len(lines) and _AMOUNT.match(lines[end].strip()):
        return None  # more amounts than columns
    body = rows[1:]
    if len(amounts) == width - 2:
        return end, ["", lines[k].strip(), *amounts]
    only_last = all(_AMOUNT.match(r[-1]) for r in body) and not any(_AMOUNT.match(c) for r in body for c in r[2:-1])
    if len(amounts) == 1 and only_last:
        return end, ["", lines[k].strip(), *([""] * (width - 3)), amounts[0]]
    return None


def tables_from_cell_lines(text: str) -> str:
    """The text with each flattened table (see above) written as pipe-table rows; any other text
    as it is (the same object)."""
    if not _ORDINAL_END.search(text):  # (cheap test first: an ordinal heading ends its line, "\r\n" too)
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    changed = False
    while k < len(lines):
        found = _cells_table(lines, k) if CODE_HEAD.match(lines[k].strip()) else None
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        end, rows = found
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        k = end
        changed = True
    return "\n".join(out) if changed else text
