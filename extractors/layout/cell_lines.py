"""A table flattened a cell a line, no blank line between (a crawler's readability text, a page's
text copied out of a browser, a Markdown converter with no tables), row after row:

    STT / Chỉ tiêu / ĐVT / Năm 2026 / Năm 2027
    1 / Tỷ lệ trạm y tế có bác sĩ / % / 90 / 95
    2 / Số giường bệnh trên 10.000 dân / Giường / 32 / 33,5

Read back as a table (its lines written as a pipe table's rows, which the text layout reads as a
table) only where the lines show one: an ordinal column's heading alone on a line ("STT", "TT"),
HEADINGS or more short heading lines after it, then rows that each open with the next row
number alone on a line ("1", "2", ...) and hold exactly as many cells as the headings (a row
whose empty cells left no line cannot be placed and ends the table, what came before is read, but below).
A table keyed by year reads the same way: "Năm" alone on a line, the headings, then rows that each open
with a year alone on a line, later than the row's above, every other cell an amount ("Năm" / "Tổng số" / "NSTW"
/ "2026" / "28.500" / "12.000" / "2027" / ...), and a total whose label stands in the year's column. A cell
that held a list, an item a line ("Sở Xây dựng;" / "Sở Tài chính"), counts as one cell where its items end
with ";" and the row has that many lines more than headings. One row short of cells (an empty cell left no
line: "3" / "Tuyên truyền" / "820" / "820" under five headings), its lines after the label all amounts, is
placed where the total row proves it: the one way of putting its amounts in the amount columns that makes each
column's sum its total (else the table ends before it, as a row that cannot be placed does).
Any other text is left as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from extractors.layout import spaced_rows
from extractors.layout.cells import BARE_YEAR_CELL, CELL_ROLE, CODE_HEAD, PARTNER_HEAD, TOTAL_LABEL
from normalizers.agencies import AGENCY_AT_START
from normalizers.text import untoned

HEADINGS = 2  # column headings after the ordinal's at least
MAX_HEADINGS = 12
HEADING_LINE = 40  # a column heading is short
MIN_ROWS = 2
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
# (a line that ends "TT" or is "Năm": the ends looked for as plain strings, the year's line behind a line break,
# "\n" put before the text: a search of a pattern that opens with a letter of the text's words is slow)
_ORDINAL_ENDS = tuple(a + b + end for a in "Tt" for b in "Tt" for end in ("\n", "\r\n"))
_YEAR_LINE = re.compile(r"\nN[ăa]m\r?\n")
_YEAR_HEAD = re.compile(r"(?i)^năm$")


# a column heading's unit in brackets at its end: "(triệu đồng/người/năm)", "(xã)"
_UNIT_TAIL = re.compile(r"\s+\([^()]{1,30}\)$")


def _heading_length(line: str) -> int:
    """A heading line's length less its unit in brackets ("Thu nhập bình quân nông thôn (triệu đồng/người/năm)"
    is a heading as short as its words): a line all in brackets, a note, keeps its length."""
    return len(_UNIT_TAIL.sub("", line))


def _row_cells(lines: list[str], k: int, end: int, width: int) -> list[str] | None:
    """The cells of the row on lines k..end (end: the next row's first line): a line each, or, with more
    lines than cells, a list cell's items joined where an item ends with ";" (only when that makes them
    exactly as many as the headings)."""
    cells = [line.strip() for line in lines[k:end]]
    extra = len(cells) - width
    if extra <= 0:
        return cells if extra == 0 else None
    if (roles := _role_runs_joined(cells)) is not None:
        if len(roles) == width:
            return roles
        if len(roles) > width:
            return _dash_runs_joined(roles, width)
    if sum(1 for c in cells[1:-1] if c.endswith(";")) != extra:
        return _dash_runs_joined(cells, width)
    joined: list[str] = [cells[0]]
    for c in cells[1:]:
        if joined[-1].endswith(";") and len(joined) > 1:
            joined[-1] = f"{joined[-1]} {c}"
        else:
            joined.append(c)
    return joined if len(joined) == width else None




def _role_runs_joined(cells: list[str]) -> list[str] | None:
    """A row's lines with a cell's roles a line each ("Chủ trì: Chi cục Thủy lợi" / "Phối hợp: UBND các xã"): each
    run of two or more such lines one cell, its parts "; " apart (the task table's reader splits them again); None
    when the row has no such run."""
    out: list[str] = []
    joined = False
    for c in cells:
        if out and CELL_ROLE.match(c) and CELL_ROLE.match(out[-1].rsplit("; ", 1)[-1]):
            out[-1] = f"{out[-1].rstrip(' ;.')}; {c}"
            joined = True
        else:
            out.append(c)
    return out if joined else None


def _dash_runs_joined(cells: list[str], width: int) -> list[str] | None:
    """A row's lines with items a line, each opening with a dash ("- Vụ Pháp chế" / "- Cục Quản lý ..."): each run of
    them either a cell of its own (a list of bodies, "; " between them) or the rest of the cell on the line before it
    (the items under a task's name); the one way of reading the runs that gives exactly as many cells as headings,
    None if none or two do."""
    runs: list[tuple[int, int]] = []
    k = 1
    while k < len(cells):
        if cells[k].startswith("- "):
            end = k
            while end < len(cells) and cells[end].startswith("- "):
                end += 1
            runs.append((k, end))
            k = end
        else:
            k += 1
    if not runs or len(runs) > 4:
        return None
    found = []
    for choice in range(1 << len(runs)):
        out: list[str] = []
        k = 0
        for r, (a, b) in enumerate(runs):
            out.extend(cells[k:a])
            items = [c[2:].strip() for c in cells[a:b]]
            if choice >> r & 1:
                if len(out) < 2:
                    break
                out[-1] = " ".join([out[-1]] + cells[a:b])
            else:
                out.append("; ".join(item.rstrip(" ;") for item in items))
            k = b
        else:
            out.extend(cells[k:])
            if len(out) == width:
                found.append(out)
    return found[0] if len(found) == 1 else None


# a group row's code alone on its line: "I", "II.", "B"
_GROUP = r"[IVXLC]{1,6}|[A-HĐ]"  # a group row's code: "II", "B"
_GROUP_CODE = re.compile(r"^(?:" + _GROUP + r")\.?$")


def _group_at(lines: list[str], k: int, n: int) -> bool:
    """Whether lines k, k + 1 are a group row of two cells, its code and its name ("I" / "Lĩnh vực khám, chữa
    bệnh"; a Word table's merged cells leave no lines for the rest), the row numbered n (or "1", the numbers
    starting again under each group) on the line after them."""
    if k + 2 >= len(lines) or not _GROUP_CODE.match(lines[k].strip()):
        return False
    name = lines[k + 1].strip()
    if not name or _ROW_NUMBER.match(name) or _GROUP_CODE.match(name) or "|" in name:
        return False
    return lines[k + 2].strip().rstrip(".") in (str(n), "1")


GROUP_LINE = re.compile(r"^(" + _GROUP + r")\.\s+(\S.{0,150})$")  # the code and the name on one line


def _group_line_at(lines: list[str], k: int, n: int) -> tuple[str, str, int] | None:
    """(code, name, the line after it) of a group row written on one line at line k, after at most two blank lines
    ("A. Công tác tuyên truyền, giáo dục"), the row numbered n (or "1") on the line after it; None otherwise."""
    j = k
    while j < len(lines) and j - k < 2 and not lines[j].strip():
        j += 1
    m = GROUP_LINE.match(lines[j].strip()) if j + 1 < len(lines) else None
    if m is None or "|" in m.group(2) or lines[j + 1].strip().rstrip(".") not in (str(n), "1"):
        return None
    return m.group(1), m.group(2).strip(), j + 1


# a subtotal's label among a table's rows: "Cộng I", "Cộng II:", "Tổng cộng A" (or a total's: "Tổng cộng")
_SUBTOTAL = re.compile(r"^(?:tổng\s+cộng|tổng\s+số|cộng)\s+(?:[IVXLC]{1,6}|[A-HĐ])\s*:?$", re.I)


def _total_label(line: str) -> bool:
    return TOTAL_LABEL.match(line) is not None or _SUBTOTAL.match(line) is not None


def _amount_row_at(lines: list[str], k: int, n: int | None = None) -> int:
    """The count of amounts after a total's or a subtotal's label on line k (no code before it: "Tổng cộng" /
    "3.460" / "2.860" / "600"), 0 when line k is no such label or no amount follows it; with `n`, a last "amount"
    that is row n's number with a line after it ("600" / "1" / "Tuyên truyền ...") is that row's."""
    if k >= len(lines) or not _total_label(lines[k].strip()):
        return 0
    m = k + 1
    while m < len(lines) and _AMOUNT.match(lines[m].strip()):
        m += 1
    if n is not None and m - k - 1 >= 2 and lines[m - 1].strip().rstrip(".") == str(n) and m < len(lines):
        m -= 1
    return m - k - 1


def _group_amounts_at(lines: list[str], k: int, n: int, width: int | None = None) -> int:
    """The count of amounts of a group row that holds its sums (a budget table's "I" / "Hỗ trợ doanh nghiệp" /
    "5.400" / "2.600" / ..., the next row's number n or "1" after them), `width` - 2 of them when given; 0 if none."""
    if k + 3 >= len(lines) or not _GROUP_CODE.match(lines[k].strip()):
        return 0
    name = lines[k + 1].strip()
    if not name or _AMOUNT.match(name) or _GROUP_CODE.match(name) or "|" in name:
        return 0
    m = k + 2
    while m < len(lines) and _AMOUNT.match(lines[m].strip()) and (width is None or m < k + width):
        m += 1
    if m >= len(lines) or lines[m].strip().rstrip(".") not in (str(n), "1"):
        if width is None and m - 1 > k + 3 and lines[m - 1].strip().rstrip(".") in (str(n), "1"):
            m -= 1  # (the last "amount" the next row's number)
        else:
            return 0
    count = m - k - 2
    return count if count >= 2 and (width is None or count == width - 2) else 0


# a row under the row above it, its code a dash glued to its label: "-Trong đó: doanh nghiệp do phụ nữ làm chủ"
_DASH_ROW = re.compile(r"^[-–]\s*(\S.*)$")


def _dash_row_at(lines: list[str], k: int, width: int) -> bool:
    """Whether line k opens a row whose code is a dash glued to its label, `width` - 2 amounts after it."""
    if k + width - 1 > len(lines) or not _DASH_ROW.match(lines[k].strip()):
        return False
    amounts = [line.strip() for line in lines[k + 1:k + width - 1]]
    after = lines[k + width - 1].strip() if k + width - 1 < len(lines) else ""
    return all(_AMOUNT.match(a) for a in amounts) and not (after and _AMOUNT.match(after) and after.rstrip(".") != "1"
                                                            and not after.rstrip(".").isdigit())


def _amounts_follow(cells: list[str], k: int, width: int) -> bool:
    """Whether an amount stands among the lines after line k, within ROW_WRAPS rows' lines, before any heading or
    prose: a row the reading did not take (a subtotal's label it does not know, "Cộng dự án 1", then the next group's
    rows; a total's part by source under it, "- Ngân sách trung ương:" / "600")."""
    for c in cells[k:k + ROW_WRAPS * width]:
        c = c.strip()
        if _ENDS_TABLE.match(c) or len(c) > HEADING_LINE:
            return False
        if _AMOUNT.match(c):
            return True
    return False


def _lead_total_at(lines: list[str], k: int) -> bool:
    """Whether line k opens a total row set before the numbered rows (a web page's table with its total first:
    "Tổng cộng" / "3.460" / "2.860" / "600" / "1" / ...): a total's label, two amounts or more, then the first row's
    number (or a group row over it)."""
    n = _amount_row_at(lines, k, 1)
    j = k + 1 + n
    return n >= 2 and j < len(lines) and (lines[j].strip().rstrip(".") == "1" or _group_at(lines, j, 1)
                                          or _group_amounts_at(lines, j, 1) == n)


def _headings(lines: list[str], at: int, wrapped: bool = False) -> tuple[list[str], int] | None:
    """(headings, the line after them) of a flattened table whose ordinal heading is line `at`: short lines up to
    the first row's number "1" (or a group row over it), at least HEADINGS + 1 of them; None when no table opens
    there. `wrapped`: a line in lower case after a heading that stops on a word is that heading's rest ("Kế
    hoạch" / "năm 2026", a narrow column's heading wrapped in a print)."""
    k = at + 1
    heads = [lines[at].strip()]
    while k < len(lines) and len(heads) <= MAX_HEADINGS:
        t = lines[k].strip()
        if not t or _ROW_NUMBER.match(t) or _heading_length(t) > HEADING_LINE or "|" in t or _group_at(lines, k, 1) \
                or _group_line_at(lines, k, 1) or (wrapped and _lead_total_at(lines, k)):
            break
        if wrapped and len(heads) > 1 and t[:1].islower() and heads[-1][-1:].isalpha() \
                and _heading_length(f"{heads[-1]} {t}") <= HEADING_LINE:
            heads[-1] = f"{heads[-1]} {t}"
        else:
            heads.append(t)
        k += 1
    if len(heads) < HEADINGS + 1 or k >= len(lines) or (lines[k].strip().rstrip(".") != "1"
                                                         and not _group_at(lines, k, 1) and not _group_line_at(lines, k, 1)
                                                         and not (wrapped and _lead_total_at(lines, k))):
        return None
    return heads, k


def _without_empty_groups(rows: list[list[str]], k: int, groups: int, width: int) -> tuple[int, int]:
    """The table's end and its count of group rows once the group rows ending it with no rows under them are
    popped off `rows` (a group row with no rows under it ends no table; each took two lines)."""
    while groups and rows[-1][2:] == [""] * (width - 2):
        rows.pop()
        groups -= 1
        k -= 2
    return k, groups


def _cells_table(lines: list[str], at: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of a flattened table whose ordinal heading is line `at`, or None."""
    found = _headings(lines, at)
    if found is None:
        return None
    heads, k = found
    width = len(heads)
    rows = [heads]
    two = _two_level(heads, lines, k)
    if two is not None:
        rows = two
        width = len(two[0])
    n = 1
    groups = 0
    shorted = None  # (its index in rows, k, n, groups before it) of a row short of cells, placed by the total
    while k + width <= len(lines):
        if width > 2 and (line_group := _group_line_at(lines, k, n)) is not None:
            # a group row written on one line, its code and name ("A. Công tác tuyên truyền"), a blank line or two
            # before it (a web page's <tbody> a group: get_text() breaks between them)
            code, name, k = line_group
            rows.append([code, name] + [""] * (width - 2))
            groups += 1
            n = n if lines[k].strip().rstrip(".") == str(n) else 1
            continue
        if width > 2 and _group_at(lines, k, n):  # a group row: its code and name, its other cells empty
            rows.append([lines[k].strip(), lines[k + 1].strip()] + [""] * (width - 2))
            groups += 1
            k += 2
            n = n if lines[k].strip().rstrip(".") == str(n) else 1
            continue
        if lines[k].strip().rstrip(".") != str(n):
            break
        cells = [line.strip() for line in lines[k:k + width]]
        after = lines[k + width].strip().rstrip(".") if k + width < len(lines) else ""
        step = width
        if after != str(n + 1) and any(c.endswith(";") or c.startswith("- ") or CELL_ROLE.match(c)
                                      for c in cells[1:]):  # a list cell, an item or a role a line?
            # the row ends at the next row's number, or, the last row, at a blank line, a total, the next heading
            # ("II. TỔ CHỨC THỰC HIỆN") or the end
            nxt = next((j for j in range(k + width, min(len(lines), k + 2 * width) + 1)
                        if j == len(lines) or lines[j].strip().rstrip(".") == str(n + 1)
                        or not lines[j].strip() or TOTAL_LABEL.match(lines[j].strip())
                        or _OPENS_BLOCK.match(lines[j].strip())), None)
            listed = _row_cells(lines, k, nxt, width) if nxt is not None else None
            if listed is not None:
                cells, step = listed, nxt - k
                after = lines[nxt].strip().rstrip(".") if nxt < len(lines) else ""
        if any(not c or "|" in c for c in cells) or (after != str(n + 1) and str(n + 1) in
                                                     (c.rstrip(".") for c in cells[1:])) or any(
                TOTAL_LABEL.match(c) for c in cells[2:]):
            # a blank line inside the row, the next row's number or the total in it: its cells are not all there
            short = _short_row(lines, k, n, width) if shorted is None and not two else None
            if short is None:
                break
            shorted = (len(rows), k, n, groups)
            rows.append(short)
            k += len(short)
            n += 1
            continue
        rows.append(cells)
        k += step
        n += 1
    if shorted is not None:  # the short row placed where the total says, else the table ends before it
        at_row, *before = shorted
        total = _total_row(lines, k, rows)
        placed = _placed(rows, at_row, total[1] if total else None)
        if placed is None:
            del rows[at_row:]
            k, n, groups = before
        else:
            rows[at_row] = placed
    k, groups = _without_empty_groups(rows, k, groups, width)
    if len(rows) - (2 if two else 1) - groups < MIN_ROWS:
        return None
    total = _total_row(lines, k, rows, 2 if two else 1)
    if total is not None:
        k, row = total
        rows.append(row)
    return k, rows


def _short_row(lines: list[str], k: int, n: int, width: int) -> list[str] | None:
    """The lines of row n at line k when it is short of cells (an empty cell left no line): its number, its label
    (no amount) and one or more amounts, fewer than its amount cells, then the next row's number or a total."""
    m = 2
    while k + m < len(lines) and _AMOUNT.match(lines[k + m].strip()) and lines[k + m].strip().rstrip(".") != str(n + 1):
        m += 1
    if not 3 <= m < width or k + m >= len(lines):
        return None
    label, after = lines[k + 1].strip(), lines[k + m].strip()
    if not label or _AMOUNT.match(label) or "|" in label or TOTAL_LABEL.match(label) or not (
            after.rstrip(".") == str(n + 1) or TOTAL_LABEL.match(after)):
        return None
    return [line.strip() for line in lines[k:k + m]]


_SUM = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")


def _sum_value(cell: str) -> Decimal | None:
    return Decimal(cell.replace(".", "").replace(",", ".")) if _SUM.match(cell) else None


def _placed(rows: list[list[str]], at: int, total: list[str] | None) -> list[str] | None:
    """The short row rows[at] (its number, label and amounts) with its amounts in the columns where the total row
    wants them: every column after the label an amount in every other row and in the total, and exactly one
    placement of the amounts (in their order) making each column's sum its total; None where none or two do."""
    width = len(rows[0])
    if total is None or len(total) != width:
        return None
    code, label, *amounts = rows[at]
    body = [r for i, r in enumerate(rows[1:], 1) if i != at and r[2:] != [""] * (width - 2)]  # (not group rows)
    cols = range(2, width)
    sums = {}
    for c in cols:
        values = [_sum_value(r[c]) for r in body] + [_sum_value(total[c])]
        if any(v is None for v in values):
            return None
        sums[c] = (sum(values[:-1]), values[-1])
    fits = []
    for chosen in combinations(cols, len(amounts)):
        cell = dict(zip(chosen, amounts))
        if all(got + (_sum_value(cell[c]) if c in cell else 0) == want for c, (got, want) in sums.items()):
            fits.append(cell)
    if len(fits) != 1:
        return None
    return [code, label] + [fits[0].get(c, "") for c in cols]


def _two_level(heads: list[str], lines: list[str], k: int) -> list[list[str]] | None:
    """The two heading rows of a flattened table whose headings stand on two rows, or None: more heading
    lines than the first row (line k, "1", up to the line "2") has cells, because groups' headings ("Năm 2024"
    / "Năm 2025", each over as many columns) stand after the leading ones ("TT" / "Nội dung" / "Tổng số") and
    the columns' own headings come after them, the same words for every group ("NSTW" / "NSĐP" / "NSTW" /
    "NSĐP"), the leading headings written again before them where their cells were merged down. Returned as a
    Word table gives them: a group's heading in each of its columns, the leading headings in both rows."""
    end = next((j for j in range(k + 1, min(len(lines), k + len(heads))) if lines[j].strip().rstrip(".") == "2"),
               None)
    if end is None:
        return None
    width = end - k
    extra = len(heads) - width
    for lead in range(HEADINGS, width - 1):
        for again in (0, lead):  # the leading headings written again in the second row
            n = extra - again
            if n < 2:
                continue
            groups, subs = heads[lead:lead + n], heads[lead + n:]
            if again and subs[:lead] != heads[:lead]:
                continue
            subs = subs[again:]
            if len(subs) != width - lead or len(subs) % n or len(subs) // n < 2 or len(set(groups)) != n:
                continue
            per = len(subs) // n
            if any(subs[i] != subs[i % per] for i in range(len(subs))) or any(
                    _AMOUNT.match(x) for x in groups + subs):
                continue
            return [heads[:lead] + [g for g in groups for _ in range(per)], heads[:lead] + subs]
    return None


def _year_table(lines: list[str], at: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of a flattened table keyed by year whose "Năm" heading is line `at`, or None."""
    k = at + 1
    heads = [lines[at].strip()]
    while k < len(lines) and len(heads) <= MAX_HEADINGS:
        t = lines[k].strip()
        if not t or BARE_YEAR_CELL.match(t) or _AMOUNT.match(t) or len(t) > HEADING_LINE or "|" in t:
            break
        heads.append(t)
        k += 1
    width = len(heads)
    if width < HEADINGS + 1 or k >= len(lines) or not BARE_YEAR_CELL.match(lines[k].strip()):
        return None
    rows = [heads]
    last = 0
    while k + width <= len(lines) and BARE_YEAR_CELL.match(lines[k].strip()) and int(lines[k].strip()) > last:
        cells = [line.strip() for line in lines[k:k + width]]
        if not all(_AMOUNT.match(c) or c in ("-", "–") for c in cells[1:]):  # (an empty cell's dash among them)
            break
        rows.append(cells)
        last = int(cells[0])
        k += width
    if len(rows) - 1 < MIN_ROWS:
        return None
    if k < len(lines) and TOTAL_LABEL.match(lines[k].strip()) and k + width <= len(lines):
        cells = [line.strip() for line in lines[k:k + width]]
        after = lines[k + width].strip() if k + width < len(lines) else ""
        if all(_AMOUNT.match(c) for c in cells[1:]) and not _AMOUNT.match(after):
            rows.append(cells)
            k += width
    return k, rows


# the total row under the numbered rows, its code cell empty, so no line: "Tổng cộng" / "900" / "280" / ...
_AMOUNT = re.compile(r"^\(?[-+]?\d[\d.,]*\)?%?$")


def _total_row(lines: list[str], k: int, rows: list[list[str]], heads: int = 1) -> tuple[int, list[str]] | None:
    """(end, row) of a total row after the numbered rows (a label, then an amount for each column
    after the label, or one amount for the last column when only it holds amounts, or fewer amounts for the
    last columns that hold amounts in every row), or None.
    Its amounts must end the table: a blank line, a line that is no amount or the text's end after them."""
    width = len(rows[0])
    if k >= len(lines) or not TOTAL_LABEL.match(lines[k].strip()):
        return None
    amounts = []
    end = k + 1
    while end < len(lines) and len(amounts) < width - 2 and _AMOUNT.match(lines[end].strip()):
        amounts.append(lines[end].strip())
        end += 1
    if end < len(lines) and _AMOUNT.match(lines[end].strip()):
        return None  # more amounts than columns
    body = rows[heads:]
    if len(amounts) == width - 2:
        return end, ["", lines[k].strip(), *amounts]
    # one amount: the one column (after the label) whose cells are all amounts, no other holding any
    held = [c for c in range(2, width) if any(_AMOUNT.match(r[c]) for r in body)]
    if len(amounts) == 1 and len(held) == 1 and all(_AMOUNT.match(r[held[0]]) for r in body):
        row = ["", lines[k].strip(), *([""] * (width - 2))]
        row[held[0]] = amounts[0]
        return end, row
    # one amount under three columns or more that all hold amounts (a cost table's "Số lượng" / "Đơn giá" / "Thành
    # tiền"): the last column, where its cells sum to it (a total under another column is left unknown, as
    # tests/test_r12_cell_lines_total_row.py and test_r18_cell_lines_short_total.py want)
    summed = [c for c in held[-1:] if _sum_value(amounts[0]) is not None and c == width - 1
              and all(_sum_value(r[c]) is not None for r in body)
              and sum(_sum_value(r[c]) for r in body) == _sum_value(amounts[0])] \
        if len(amounts) == 1 and len(held) >= 3 else []
    if len(summed) == 1:
        row = ["", lines[k].strip(), *([""] * (width - 2))]
        row[summed[0]] = amounts[0]
        return end, row
    # fewer amounts than columns, two or more (a scrape's flattened table left no lines for the total's empty
    # cells: "Tổng cộng" / "8.450" / "7.350" under six headings): the last columns, every row's cell an amount
    last = list(range(width - len(amounts), width))
    if 1 < len(amounts) < width - 2 and all(_AMOUNT.match(r[c]) for r in body for c in last):
        return end, ["", lines[k].strip(), *([""] * (width - 2 - len(amounts))), *amounts]
    return None


def tables_from_cell_lines(text: str) -> str:
    """The text with each flattened table (see above) written as pipe-table rows; any other text
    as it is (the same object)."""
    # (cheap test first: an ordinal heading ends its line, "\r\n" too)
    if not any(end in text for end in _ORDINAL_ENDS) and not _YEAR_LINE.search("\n" + text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0  # the first line not yet read into `out`
    changed = False
    # (the lines a table may open at, found in one pass: the reading goes from one to the next, past a table found)
    for h in [h for h, line in enumerate(lines) if CODE_HEAD.match(head := line.strip()) or _YEAR_HEAD.match(head)]:
        if h < k:
            continue  # (a line of a table read)
        found = _cells_table(lines, h) if CODE_HEAD.match(lines[h].strip()) else _year_table(lines, h)
        if found is None:
            continue
        end, rows = found
        out.extend(lines[k:h])
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        k = end
        changed = True
    return "\n".join(out + lines[k:]) if changed else text


# A small table plain `pdftotext` wrote column after column, a column a run of lines between blank lines,
# the column's heading first ("Năm" / "2026" / "2027" / "Tổng cộng", "" , "Tổng số" / "28.500" / ...): read
# back only where the runs show it: three or more runs of as many lines each (a heading and two or more
# rows), every line short, the first run's heading no amount, every other run a heading and amounts alone.
COLUMN_LINE = 40
MIN_COLUMNS = 3


def _column_runs(lines: list[str], at: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of a table written column after column from line `at` of `lines` (stripped), or None."""
    runs: list[list[str]] = []
    k = at
    while k < len(lines) and lines[k]:
        j = k
        while j < len(lines) and lines[j]:
            j += 1
        run = lines[k:j]
        column = not _AMOUNT.match(run[0]) and not any(len(x) > COLUMN_LINE or "|" in x for x in run)
        if runs and column and len(run) != len(runs[0]) and len(run) > 1 and all(_AMOUNT.match(x) for x in run[1:]):
            return None  # a column of its own with a cell more or fewer: the rows cannot be told
        if not column or (runs and (len(run) != len(runs[0]) or not all(_AMOUNT.match(x) for x in run[1:]))):
            break
        if len(run) < 1 + MIN_ROWS:
            return None  # (the first column too short: a heading and MIN_ROWS rows, every other column as long)
        runs.append(run)
        k = j + 1  # one blank line between columns
    if len(runs) < MIN_COLUMNS or len(runs[0]) < 1 + MIN_ROWS:
        return None
    end = at + sum(len(r) + 1 for r in runs) - 1  # (the blank line after the last column stays)
    return end, [list(row) for row in zip(*runs)]


def tables_from_column_runs(text: str) -> str:
    """The text with each table written column after column (see above) as pipe-table rows; any other
    text as it is (the same object)."""
    if "\n\n" not in text:
        return text
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    out: list[str] = []
    k = 0
    changed = False
    while k < len(lines):
        found = None
        head = stripped[k]
        # (cheap test first: a column's heading is short, no amount, after a blank line)
        if head and len(head) <= COLUMN_LINE and "|" not in head and (k == 0 or not stripped[k - 1]) \
                and not _AMOUNT.match(head):
            found = _column_runs(stripped, k)
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        end, rows = found
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|" + "---|" * len(rows[0]))  # (a rule: a plain text's pipe rows are a table only so)
        out.extend("| " + " | ".join(row) + " |" for row in rows[1:])
        k = end
        changed = True
    return "\n".join(out) if changed else text


# A table flattened a cell a line in a text that is no Markdown (a Word file of one cell a paragraph printed to
# PDF and read by pdftotext: -layout sets a blank line between the paragraphs, plain and -raw none; a browser's
# copy), row after row: "STT" / "Thời gian" / "Nội dung công việc" / "Đơn vị chủ trì" / "Đơn vị phối hợp" / "1" /
# "Tháng 01" / "Tổ chức Hội nghị ..." / "Văn phòng HĐND và UBND huyện" / "Các phòng, ban chuyên môn" / "2" / ...
# Read as a table only where the lines show one, as above (an ordinal's heading, short headings, rows that each
# open with the next row number alone on a line and hold as many cells as the headings), blank lines between
# lines or not; a cell the print wrapped over two lines is one cell where its rest goes on in lower case (or a
# list's item ends with ";") and the row has that many lines more than headings. A table whose rows cannot all
# be told (a row short of a cell, a line more that does not go on) is left as it is, whole: its lines are
# paragraphs, as before. Its row numbers are no page numbers, at a page's edge too ("Đơn vị phối hợp" / page
# break / "1" / "Tháng 01").
# A print of an indicator table (plain pdftotext of a Word table): a heading's rest in lower case is that
# heading's ("Kế hoạch" / "năm 2013"); group rows of two cells ("II" / "Lĩnh vực đất đai") end the row above as
# the next number does; a number under a heading of a year's level ("85" under "Kế hoạch năm 2013") is no
# row's number; a short cell's line, no amount (a unit: "%", "xã"), printed between the label's lines ("... cấp giấy" /
# "%" / "chứng nhận ...") goes after the label's; the last row's lines up to the heading that opens the next
# block ("II. NHIỆM VỤ") are made its cells as any row's are.
PAGE_FOOTER = re.compile(r"(?i)^trang\s*\d{1,4}(?:\s*/\s*\d{1,4})?$")  # "Trang 2", "Trang 1/3" alone on a line
ROW_WRAPS = 2  # a row's lines at most this many times its cells (its cells wrapped)
SHORT_CELL = 12  # a unit's or an amount's cell
_OPENS_BLOCK = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\.\s+\S|^(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b")
# a heading after a table: a block's ("II. NHIỆM VỤ", "Điều 2."), or a lettered one ("b) Các chỉ tiêu khác:")
_ENDS_TABLE = re.compile(_OPENS_BLOCK.pattern + r"|^[a-zđ]\)\s+\S")


def _is_number(line: str, n: int) -> bool:
    return line.rstrip(".") == str(n)


def _goes_on(before: str, line: str) -> bool:
    """Whether `line` is the rest of the cell `before` wrapped: it opens in lower case after a line that stops
    on a word or a comma (not on an amount, "18.600" / "phòng học ...": columns interleaved), or `before` is a
    list's item ending with ";", or a role's line after another's in a cell of the bodies ("Chủ trì: Sở Y tế" /
    "Phối hợp: Sở Tài chính")."""
    return (line[:1].islower() and (before[-1:].isalpha() or before[-1:] in ",(")) or before.endswith(";") \
        or _range_goes_on(before, line) or _name_goes_on(before, line) \
        or (CELL_ROLE.match(line) is not None and CELL_ROLE.match(before) is not None) or _roles_go_on(before, line)


# a bodies' cell written as a sentence of roles, "X chủ trì; Y phối hợp", wrapped inside the partners' names
# ("Các thôn chủ trì; Đoàn" / "Thanh niên xã phối hợp": a page's source lines kept in its text)
_LEAD_SAID = re.compile(r"\bchủ trì\s*[;,]\s*\S")
_PARTNERS_SAID = re.compile(r"\bphối hợp(?: thực hiện)?\.?$")


def _roles_go_on(before: str, line: str) -> bool:
    return _PARTNERS_SAID.search(line) is not None and _LEAD_SAID.search(before) is not None \
        and "phối hợp" not in before


# a range broken after its dash, its second end on the next line: "Tháng 11 -" / "12/2028", "Quý II –" / "III/2027"
# (the second end a month's or a quarter's "12/2028", "III/2027", or a year: not a row's number alone, "12")
_RANGE_BROKEN = re.compile(r"[\dIVX]\s+[-–]$")
_RANGE_REST = re.compile(r"\d{1,2}/\d|(?:19|20)\d\d(?!\d)|[IVX]{1,4}/\d")


# a name cut after the dash between its words, its rest on the next line in capitals: "Công chức Địa chính -" /
# "Xây dựng", "Phòng Văn hóa -" / "Thông tin" (not a range's "Tháng 11 -", a digit before its dash)
_NAME_CUT = re.compile(r"[^\W\d_]{2} [-–]$")


def _name_goes_on(before: str, line: str) -> bool:
    return line[:1].isupper() and _NAME_CUT.search(before) is not None


def _range_goes_on(before: str, line: str) -> bool:
    return _RANGE_REST.match(line) is not None and _RANGE_BROKEN.search(before) is not None


def _wrapped_rest(before: str, line: str) -> bool:
    """Whether `line`, after a table's last row, is its last cell's rest: in lower case after a word or a comma, or
    a range's second end after its dash, or a role's line after another's ("Chủ trì: ..." / "Phối hợp: ...")."""
    return (line[:1].islower() and _goes_on(before, line)) or _range_goes_on(before, line) or _name_goes_on(before, line) \
        or (CELL_ROLE.match(line) is not None and CELL_ROLE.match(before) is not None)


def _listed_rest(before: str, line: str) -> bool:
    """Whether `line` is the next item of a list of bodies whose item before it ends with ";" ("Huyện đoàn;" /
    "Phòng Văn hóa và Thông tin": a cell's bodies a line each)."""
    return before.endswith(";") and AGENCY_AT_START.match(line) is not None


def _merged(lines: list[str], count: int, partners: int | None = None) -> list[str] | None:
    """`lines` as `count` cells: as they are when as many, else the lines that go on (_goes_on) joined to the
    cell above when that makes exactly `count`, else (no line going on) the partners' cell (at index `partners`)
    a list of agencies, one a line ("Sở Giáo dục và Đào tạo" / "Tỉnh đoàn": a Word cell's paragraphs); None when
    they cannot be told."""
    extra = len(lines) - count
    if extra < 0:
        return None
    if extra == 0:
        return list(lines)
    joins = {i: i - 1 for i in range(1, len(lines)) if _goes_on(lines[i - 1], lines[i])}
    if len(joins) != extra:
        # a print that wrote a row's cells line by line: a short cell's line (a unit, "%", "xã") between the
        # label's lines ("Tỷ lệ diện tích đất được cấp giấy" / "%" / "chứng nhận quyền sử dụng đất")
        # (a unit, not an amount: "Trang bị" / "18.600" / "phòng học" is columns written one after another)
        between = {i for i in range(2, len(lines)) if lines[i][:1].islower() and len(lines[i - 1]) <= SHORT_CELL
                   and not _AMOUNT.match(lines[i - 1]) and lines[i - 2][-1:].isalpha()}
        joins = {i: i - 2 for i in between}
        joins.update({i: i - 1 for i in range(1, len(lines)) if i not in between and i + 1 not in between
                      and _goes_on(lines[i - 1], lines[i])})
        if len(joins) != extra:
            if not joins and any(line.startswith("- ") for line in lines):
                listed = _dash_runs_joined(["", *lines], count + 1)  # (a row's first place: its number's)
                return listed[1:] if listed else None
            return _agency_list(lines, extra, partners) if not joins else None
    cell: dict[int, int] = {}  # a line's cell in the row
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in joins:
            cell[i] = cell[joins[i]]
            out[cell[i]] = f"{out[cell[i]]} {line}"
        else:
            cell[i] = len(out)
            out.append(line)
    return out


def _agency_list(lines: list[str], extra: int, partners: int | None) -> list[str] | None:
    """The row's lines with the `extra` + 1 lines from the partners' cell on joined as its list, "; " between,
    when each of them opens with an agency's name and a cell that names none follows them (a time: the list's end
    shown; a partners' cell last in its row may be followed by anything); else None. A line in lower case that goes
    on from the one before ("Hội Nông dân" / "các xã, thị trấn": the lead's level) is that cell's rest, no item."""
    end = (partners or 0) + extra + 1
    if not partners or end >= len(lines) or AGENCY_AT_START.match(lines[end]):
        return None
    names = lines[partners:end]
    if not all(AGENCY_AT_START.match(name) for name in names) or any(
            name[:1].islower() and _goes_on(lines[partners + i - 1], name) for i, name in enumerate(names)):
        return None
    return lines[:partners] + ["; ".join(name.rstrip(" ;") for name in names)] + lines[end:]


def _partners_at(heads: list[str]) -> int | None:
    """The index of the partners' cell among a row's cells after its number (a heading "Phối hợp", "Đơn vị phối
    hợp"), or None."""
    return next((k - 1 for k, h in enumerate(heads) if k and PARTNER_HEAD.search(untoned(h).lower())
                 and "chu tri" not in untoned(h).lower()), None)


def _level_heading(heading: str) -> bool:
    """Whether the heading names a year's level or plan ("Năm 2026", "Kế hoạch năm 2013", "Mục tiêu 2030"): an
    indicator's column, its numbers no row numbers."""
    cells = spaced_rows.header_cells(heading)
    return bool(cells) and len(cells) == 1 and cells[0][0] == "year"


# a heading over the headings after it, its cell merged across theirs ("Nguồn kinh phí" over "Ngân sách tỉnh" /
# "Xã hội hóa", "Trong đó" over "NSTW" / "NSĐP"), without tone marks
_OVER_HEADING = re.compile(r"^(?:trong do|bao gom|chia ra|gom|nguon (?:kinh phi|von)(?: thuc hien)?|chi tiet(?: theo nguon)?"
                           r"|phan theo nguon(?: von)?)\s*:?$")


def _row_width_at(cells: list[str], k: int) -> int | None:
    """The count of cells of the first row at line k (a lead total's label and amounts and a code's empty cell, or
    the lines from "1" to "2"), or None when it cannot be told."""
    if _lead_total_at(cells, k):
        amounts = _amount_row_at(cells, k, 1)
        wider = _row_width_past(cells, k + 1 + amounts, amounts)
        return wider or 2 + amounts
    if _group_at(cells, k, 1):
        k += 2
    elif (line_group := _group_line_at(cells, k, 1)) is not None:
        k = line_group[2]
    if cells[k].strip().rstrip(".") != "1":
        return None
    nxt = next((j for j in range(k + 1, min(len(cells), k + MAX_HEADINGS + 2)) if cells[j].strip().rstrip(".") == "2"
                or _amount_row_at(cells, j) >= 2), None)
    return None if nxt is None else nxt - k


def _row_width_past(cells: list[str], k: int, amounts: int) -> int | None:
    """The width of row "1" after a lead total at line k (a group row holding its sums before it, as many amounts as
    the total) when it is wider than the total's row: its text cells (a project's investor, "Chủ đầu tư") before as
    many amounts as the total's, which the total and the group rows left empty, with no line; None otherwise."""
    if _group_amounts_at(cells, k, 1) == amounts:
        k += 2 + amounts
    if k >= len(cells) or cells[k].strip().rstrip(".") != "1":
        return None
    nxt = next((j for j in range(k + 1, min(len(cells), k + MAX_HEADINGS + 2)) if cells[j].strip().rstrip(".") == "2"
                or _GROUP_CODE.match(cells[j].strip())), None)
    if nxt is None or nxt - k <= 2 + amounts:
        return None
    row = [c.strip() for c in cells[k + 1:nxt]]
    tail = row[-amounts:]
    if not all(_AMOUNT.match(c) or c in ("-", "–") for c in tail) or any(_AMOUNT.match(c) for c in row[:-amounts]):
        return None
    return nxt - k


def _amounts_first(cells: list[str], k: int, width: int) -> bool:
    """Whether the first row at line k (a lead total, a group row holding its sums, row "1") holds amounts after
    its label, two or more: an amount table, whose header may stand on several rows."""
    if _lead_total_at(cells, k):
        return True
    if _group_amounts_at(cells, k, 1, width):
        return True
    first = cells[k + 2:k + width] if k + width <= len(cells) else []
    return len(first) >= 2 and all(_AMOUNT.match(c) or c == "-" for c in first)


def _without_over_headings(heads: list[str], cells: list[str], k: int) -> list[str]:
    """The headings less those set over the headings after them ("Nguồn kinh phí" / "Ngân sách tỉnh" / "Xã hội
    hóa": a web page's two header rows run together), where the first row has exactly that many cells fewer than
    the headings; the headings as they are otherwise."""
    width = _row_width_at(cells, k)
    if width is None or width >= len(heads):
        return heads
    over = [i for i in range(2, len(heads) - 2) if _OVER_HEADING.match(untoned(heads[i]).lower())]
    if len(over) != len(heads) - width:
        return heads
    return [h for i, h in enumerate(heads) if i not in over]


def _spans(row: list[str], below: int, fixed: int) -> list[tuple[int, ...]]:
    """The ways the cells of a header's row stand over the `below` cells of the row under it: the indices of its
    cells that are over them (none of its first `fixed`, none a total's heading: "Tổng số" is over no heading), each
    over as many, all of them."""
    out = []
    for p in range(1, len(row) - fixed + 1):
        if below % p or below // p < 2:
            continue
        out.extend(c for c in combinations(range(fixed, len(row)), p) if not any(_total_label(row[i]) for i in c)
                   and (p > 1 or _over_heading(row[c[0]])))
    return out


def _over_heading(heading: str) -> bool:
    """Whether a heading alone may stand over others: a parts' heading ("Trong đó", "Nguồn kinh phí"), a year's
    ("Năm 2026") or the bodies' over their roles ("Cơ quan thực hiện" over "Chủ trì" / "Phối hợp"); any other
    stands over others only beside its like (two or more over the same headings)."""
    return _OVER_HEADING.match(untoned(heading).lower()) is not None or _level_heading(heading) or _roles_over(heading)


# the bodies' heading over their roles' headings ("Cơ quan thực hiện" over "Chủ trì" / "Phối hợp"), without tone marks
_ROLES_OVER = re.compile(r"^(?:co quan|don vi|co quan, don vi|co quan/don vi)(?: thuc hien| chiu trach nhiem)?$"
                         r"|^(?:phan cong|trach nhiem) thuc hien$")
_ROLE_HEAD = re.compile(r"^(?:(?:co quan|don vi)\s+)?(?:chu tri|phoi hop)(?:\s+thuc hien)?$")


def _roles_over(heading: str) -> bool:
    return _ROLES_OVER.match(untoned(heading).lower().strip(" :")) is not None


def _role_heading(heading: str) -> bool:
    return _ROLE_HEAD.match(untoned(heading).lower().strip(" :")) is not None


def _tree_leaves(levels: list[list[str]], parents: list[tuple[int, ...]]) -> list[list[str]] | None:
    """The header's rows, full width (a cell over others in each of their columns, a heading with nothing under it
    down to the last row), when every heading over others is over the same headings as its like (the years' "Tổng
    số" / "Trong đó", the "Trong đó"'s "NSTW" / "NSĐP"); None otherwise."""
    def columns(r: int, i: int) -> list[list[str]]:  # the header's columns under cell i of row r, top down
        if r + 1 >= len(levels) or i not in parents[r]:
            return [[levels[r][i]] * (len(levels) - r)]
        per = len(levels[r + 1]) // len(parents[r])
        at = parents[r].index(i) * per
        return [[levels[r][i]] + col for j in range(at, at + per) for col in columns(r + 1, j)]
    for r, over in enumerate(parents):
        per = len(levels[r + 1]) // len(over)
        shapes = {tuple(tuple(c) for j in range(x * per, x * per + per) for c in columns(r + 1, j)) for x in range(len(over))}
        if len(shapes) != 1:
            return None
    cols = [col for i in range(len(levels[0])) for col in columns(0, i)]
    return [list(row) for row in zip(*cols)]


def _header_levels(heads: list[str], width: int) -> list[list[str]] | None:
    """The header's rows of a table whose header stood on two or three rows run together (a web page's header rows,
    each glued: "STT" / "Nội dung" / "Tổng cộng" / "Năm 2026" / "Năm 2027" / "Tổng số" / "Trong đó" / "Tổng số" /
    "Trong đó" / "NSTW" / "NSĐP" / "NSTW" / "NSĐP" over rows of nine cells): the one way of cutting the headings into
    rows and of setting headings over the ones under them (each over as many, the like over the like) that gives
    `width` columns, on the fewest rows; None where none or two do."""
    found = []
    n = len(heads)
    for a in range(3, n):
        for b in range(2, n - a + 1):
            levels = [heads[:a], heads[a:a + b]] + ([heads[a + b:]] if a + b < n else [])
            if len(levels) == 3 and len(levels[2]) < 2:
                continue
            for over1 in _spans(levels[0], len(levels[1]), 2):
                for over2 in (_spans(levels[1], len(levels[2]), 0) if len(levels) == 3 else [None]):
                    parents = [over1] + ([over2] if over2 is not None else [])
                    leaves = sum(len(lv) for lv in levels) - sum(len(p) for p in parents)
                    if leaves == width and (rows := _tree_leaves(levels, parents)) is not None and all(
                            _role_heading(low) for top, low in zip(rows[0], rows[-1]) if _roles_over(top) and low != top):
                        # (the bodies' heading over role headings only)
                        found.append((rows, any(_total_label(h) for h in levels[0][min(over1) + 1:])))
            if a + b == n:
                break
    # (the header on the fewest rows that gives one way: "NSĐP" over "NSTW" / "NSĐP" on a third row is no header; of
    # two ways, the one with no total's heading after a heading over others on the top row: "Kế hoạch vốn năm 2026"
    # over "Tổng số" / "NSTW" / "NSĐP", not over "NSTW" / "NSĐP" with "Tổng số" a column after them)
    fewest = [(rows, late) for rows, late in found if len(rows) == min((len(r) for r, _ in found), default=0)]
    if len(fewest) > 1:
        fewest = [(rows, late) for rows, late in fewest if not late]
    return fewest[0][0] if len(fewest) == 1 else None


def _flat_at(cells: list[str], at: int) -> tuple[int, list[list[str]], list[int]] | None:
    """(end, rows, the row numbers' indices) of a table flattened a cell a line whose ordinal heading is
    cells[at] (cells: the text's lines that hold text), or None."""
    found = _headings(cells, at, wrapped=True)
    if found is None:
        return None
    heads, k = found
    heads = _without_over_headings(heads, cells, k)
    header = [heads]
    row_width = _row_width_at(cells, k)
    if row_width is not None and row_width < len(heads) \
            and (_amounts_first(cells, k, row_width) or any(_roles_over(h) for h in heads)) \
            and (levels := _header_levels(heads, row_width)) is not None:
        header, heads = levels, levels[-1]  # (a header on two or three rows: its last row the columns' headings)
    elif any(_roles_over(h) for h in heads) and _role_heading(heads[-1]) \
            and (levels := _header_levels(heads, len(heads) - 1)) is not None:
        # the bodies' heading over their roles, the first row's lines more than its cells (a list of bodies a line)
        header, heads = levels, levels[-1]
    # a notes column last, empty in every row, left no line ("Ghi chú" over rows of one line fewer): read without
    # it, its cells empty
    notes = row_width is not None and row_width == len(heads) - 1 and len(header) == 1 \
        and untoned(heads[-1]).lower().rstrip(" :") == "ghi chu"
    if notes:
        header, heads = [heads[:-1]], heads[:-1]
    width = len(heads)
    # the width of a row of amounts only (a total's, a group's holding its sums, a dash's): the table's, or fewer
    # where the rows hold text cells between the name and the amounts (a project's investor) that those rows left
    # empty, with no line (_row_width_past): their amounts are the last cells
    aw = width
    lead = _amount_row_at(cells, k, 1) if _lead_total_at(cells, k) else _group_amounts_at(cells, k, 1)
    if lead and lead + 2 < width and _row_width_past(cells, k + 1 + lead if _lead_total_at(cells, k) else k, lead) == width:
        aw = lead + 2

    def padded(front: list[str], amounts: list[str]) -> list[str]:
        return [*front, *([""] * (width - len(front) - len(amounts))), *amounts]
    # the columns a year's level heads ("Năm 2026", "Kế hoạch năm 2013"): a number there is no row's number (an
    # amount column's may be: "Kinh phí" / "1" / "In tờ rơi" / "150" is left as it was)
    amount_col = [_level_heading(h) for h in heads]
    partners = _partners_at(heads)
    rows, numbers = list(header), []
    n, groups, short_rows = 1, 0, 0
    last_untold = False  # (the last row's cells could not be told: the table ends before it)
    while k < len(cells):
        if width > 2 and _amount_row_at(cells, k, n) == aw - 2 and (_lead_total_at(cells, k) if n == 1 else True):
            # a total set before the rows, a subtotal between them ("Cộng I" / "279,8" / ... / "II") or after them:
            # its label in the name's column, the code's cell empty
            row = [c.strip() for c in cells[k:k + aw - 1]]
            rows.append(padded(["", row[0]], row[1:]))
            k += aw - 1
            continue
        if width > 2 and _group_at(cells, k, n):  # a group row: its code and name, its other cells empty
            rows.append([cells[k], cells[k + 1]] + [""] * (width - 2))
            groups += 1
            k += 2
            n = n if _is_number(cells[k], n) else 1
            continue
        if width > 2 and (line_group := _group_line_at(cells, k, n)) is not None:
            # a group row written on one line, its code and name ("I. Chỉ tiêu về thu nhập, việc làm")
            code, name, k = line_group
            rows.append([code, name] + [""] * (width - 2))
            groups += 1
            n = n if _is_number(cells[k], n) else 1
            continue
        if aw > 3 and _group_amounts_at(cells, k, n, aw):  # a group row holding its sums
            rows.append(padded(cells[k:k + 2], cells[k + 2:k + aw]))
            k += aw
            n = n if _is_number(cells[k], n) else 1
            continue
        if aw > 3 and n > 1 and _dash_row_at(cells, k, aw):  # a row under the row above, its code a dash
            rows.append(padded(["-", _DASH_ROW.match(cells[k]).group(1)], cells[k + 1:k + aw - 1]))
            k += aw - 1
            continue
        if cells[k:k + width] == heads and k + width < len(cells) and _is_number(cells[k + width], n):
            k += width  # the header row repeated at the top of the next page (Word's "repeat as header row")
            continue
        if not _is_number(cells[k], n):
            break
        if width > 3 and k + 3 < len(cells) and not _AMOUNT.match(cells[k + 1]) and _AMOUNT.match(cells[k + 2]) \
                and (_is_number(cells[k + 3], n + 1) or _total_label(cells[k + 3])) and not _is_number(cells[k + 2], n + 1):
            # a row of a label and its amount under the last column, the text cells between empty ("5" / "Chi khác" /
            # "20.000.000" / "Tổng cộng"): its amount in the last column (every other row's an amount, below)
            rows.append([cells[k], cells[k + 1], *([""] * (width - 3)), cells[k + 2]])
            numbers.append(k)
            short_rows += 1
            k += 3
            n += 1
            continue
        nxt = k + width
        parts_empty = False  # (a row whose parts' cells are empty: _total_of_short)
        if nxt == len(cells) or (nxt < len(cells) and (_is_number(cells[nxt], n + 1) or _group_at(cells, nxt, n + 1)
                                                       or cells[nxt:nxt + width] == heads
                                                       or _subtotal_at(cells, nxt, n + 1, aw)
                                                       or _other_row_at(cells, nxt, n + 1, aw))) \
                and not (width > 2 and any(_group_line_at(cells, j, n + 1) for j in range(k + 2, nxt))):
            # (a line a cell, unless the next group's row stands among them: the row was a line short)
            row = cells[k + 1:nxt]  # a line a cell
            if _dash_run(row) and (listed := _no_lead(row, width - 1, partners)) is not None:
                row, parts_empty = listed, True  # (a list of bodies, a line each: a cell short)
        else:
            nxt = next((j for j in range(k + 1, min(len(cells), k + ROW_WRAPS * width + 1))
                        if _is_number(cells[j], n + 1) or (width > 2 and _group_at(cells, j, n + 1))
                        or cells[j:j + width] == heads or _subtotal_at(cells, j, n + 1, aw)
                        or _other_row_at(cells, j, n + 1, aw)), None)
            if nxt is not None:  # more lines than cells (cells wrapped), or fewer (a cell left no line)
                row = _merged(cells[k + 1:nxt], width - 1, partners)
                if row is None and (row := _total_of_short(cells[k + 1:nxt], width - 1, aw - 2, heads)) is not None:
                    parts_empty = True
                if row is None and (row := _no_lead(cells[k + 1:nxt], width - 1, partners)) is not None:
                    parts_empty = True
                if row is None and (row := _no_partners(cells[k + 1:nxt], width - 1, partners)) is not None:
                    parts_empty = True
                if row is None and (row := _no_bodies(cells[k + 1:nxt], width - 1, partners)) is not None:
                    parts_empty = True
            elif k + width <= len(cells) and (k + width == len(cells) or _ENDS_TABLE.match(cells[k + width])) \
                    and not any(_ENDS_TABLE.match(c) for c in cells[k + 1:k + width]):
                # the last row, a line a cell, the next heading right after it ("b) Các chỉ tiêu khác:"): a unit's cell
                # in lower case ("điểm") is no label's rest
                row, nxt = cells[k + 1:k + width], k + width
            elif (upto := next((j for j in range(k + 1, min(len(cells), k + ROW_WRAPS * width + 1))
                                if _OPENS_BLOCK.match(cells[j])), None)) is not None and upto - k - 1 > width - 1 \
                    and (listed := _agency_list(cells[k + 1:upto], upto - k - width, partners)) is not None \
                    and len(listed) == width - 1:
                # the last row, the next heading after it, its partners' cell a list of bodies a line each ("Công an
                # huyện" / "Trung tâm Y tế huyện" / "Tháng 9/2027" / "III. KINH PHÍ")
                row, nxt = listed, upto
            else:  # the last row: its cells, a wrapped cell's rest in lower case joined
                row, nxt = [], k + 1
                while nxt < len(cells) and (len(row) < width - 1 or (row and _wrapped_rest(row[-1], cells[nxt]))
                                            or (len(row) > 1 and _listed_rest(row[-1], cells[nxt]))):
                    if row and (_wrapped_rest(row[-1], cells[nxt]) or (len(row) > 1 and _listed_rest(row[-1], cells[nxt]))):
                        row[-1] = f"{row[-1]} {cells[nxt]}"
                    else:
                        row.append(cells[nxt])
                    nxt += 1
                if len(row) != width - 1 or any(_OPENS_BLOCK.match(c) for c in row) or _dash_run(row):
                    # the last row up to the heading after the table ("II. NHIỆM VỤ"), its lines made its cells
                    # as a row's between two numbers are (_merged: a short cell between the label's lines)
                    nxt = next((j for j in range(k + 1, min(len(cells), k + ROW_WRAPS * width + 1))
                                if _OPENS_BLOCK.match(cells[j])), None)
                    row = _merged(cells[k + 1:nxt], width - 1, partners) if nxt is not None else None
                    if row is None and nxt is None and len(rows) - len(header) - groups >= MIN_ROWS:
                        last_untold = True
                        break  # (the last row before no heading, a page's footer after it: the rows before it read)
                    if row is None:
                        return None  # a row short of a cell, or the text after the table taken for one
        # (a number in a cell may be a row's number the reading slid onto, unless it is under a year's level, in a row
        # of amounts (a unit's cell aside) and greater than any row's number yet ("Vốn ngân sách trung ương" / "120"
        # in row 1: a row with a text cell after its number keeps it a row's number, as
        # tests/test_r24_flat_indicator_table_in_print.py wants) or a count written with a zero before it where the
        # rows' numbers have none ("Số công trình" / "02"))
        amounts_row = row is not None and len(row) >= 3 and all(
            _AMOUNT.match(c) or c in ("-", "–") or (x == 0 and len(c) <= SHORT_CELL and not any(ch.isdigit() for ch in c))
            for x, c in enumerate(row[1:]))
        if row is None or any((not c and not parts_empty) or "|" in c or (_ROW_NUMBER.match(c) and not amount_col[x + 1]
                                                     and not (amounts_row and int(c.rstrip(".")) > n + 1)
                                                     and not (c[:1] == "0" and cells[k][:1] != "0"))
                              or TOTAL_LABEL.match(c) for x, c in enumerate(row)):
            return None  # a row whose cells cannot be told: the table is left as it is
        rows.append([cells[k], *row])
        numbers.append(k)
        k = nxt
        n += 1
    if short_rows and (short_rows * 2 > len(rows) - len(header) or not all(
            _AMOUNT.match(r[-1]) for r in rows[len(header):] if r[2:] != [""] * (width - 2))):
        return None  # rows of a label and an amount only where the other rows' last cells are amounts, most rows whole
    k, groups = _without_empty_groups(rows, k, groups, width)
    if len(rows) - len(header) - groups < MIN_ROWS:
        return None
    if not last_untold and any(_is_number(c, n) for c in cells[k:k + ROW_WRAPS * width]):
        return None  # the next row's number further on: a row's cells were not all told
    total = _total_row(cells, k, rows)
    if total is not None:
        k, row = total
        rows.append(row)
    if len(header) > 1 and not last_untold and _amounts_follow(cells, k, width):
        # a header read on two or three rows whose table stops where more of its rows follow (_amounts_follow): the
        # table is left as it is, for the flattened-table reader of the fields (extractors.tables.rebuild), which
        # reads it whole
        return None
    if notes:
        rows = [r + [found[0][-1] if i == 0 else ""] for i, r in enumerate(rows)]
    return k, rows, numbers


def _total_of_short(lines: list[str], count: int, amounts: int, heads: list[str]) -> list[str] | None:
    """A row's `count` cells from its lines when an amount's cell left no line (an empty part: "41.000" / "41.000"
    under "Tổng số" / "NSTW" / "NSĐP") and the first amount is the sum of the others: the first in the total's
    column (its heading a total's), the parts' cells empty (which part was empty cannot be told); None otherwise."""
    text = count - amounts
    if amounts < 3 or len(lines) != count - 1 or not _total_label(heads[-amounts]) \
            or any(_AMOUNT.match(c) for c in lines[:text]) or not all(_AMOUNT.match(c) for c in lines[text:]):
        return None
    values = [_sum_value(c) for c in lines[text:]]
    if any(v is None for v in values) or values[0] != sum(values[1:]):
        return None
    return [*lines[:text], lines[text], *([""] * (amounts - 1))]


def _dash_run(cells: list[str]) -> bool:
    """Whether two cells one after the other open with a dash ("- Sở Tư pháp" / "- Sở Tài chính"): a list's items,
    a line each, not cells of their own."""
    return any(a.startswith("- ") and b.startswith("- ") for a, b in zip(cells[1:], cells[2:]))


def _no_lead(lines: list[str], count: int, partners: int | None) -> list[str] | None:
    """A task's row one cell short whose bodies' only cell is a list, a dash before each body ("- Bộ Tài chính" /
    "- Vụ Pháp chế"), where the lead's cell stands: the partners' list, the lead's cell empty (merged down from the
    row above, or empty: which cannot be told, so no lead is guessed); None otherwise."""
    if partners is None or partners < 1 or not any(line.startswith("- ") for line in lines):
        return None
    row = _dash_runs_joined(["", *lines], count)
    if row is None or len(row) != count or "; " not in row[partners] or not row[partners][:1].isupper():
        return None
    listed = [c for c in lines if c.startswith("- ")]
    if not all(AGENCY_AT_START.match(c[2:].strip()) for c in listed):
        return None
    return [*row[1:partners], "", *row[partners:]]


def _no_partners(lines: list[str], count: int, partners: int | None) -> list[str] | None:
    """A task's row one line short whose partners' cell left no line (an empty cell: "Trường Chính trị tỉnh" /
    "Hằng năm" under "Chủ trì" / "Phối hợp" / "Thời gian"): the lead's name on the line before the partners' place,
    no body's name on the line at it; the partners' cell empty (a lead's cell merged down from the row above leaves
    the same lines and cannot be told from it); None otherwise."""
    if partners is None or len(lines) != count - 1 or not 0 < partners < len(lines) \
            or not AGENCY_AT_START.match(lines[partners - 1]) or AGENCY_AT_START.match(lines[partners]) \
            or any(not c for c in lines):
        return None
    return [*lines[:partners], "", *lines[partners:]]


def _no_bodies(lines: list[str], count: int, partners: int | None) -> list[str] | None:
    """A task's row two lines short whose lead's and partners' cells, side by side, both left no line (both merged
    down from the row above, or empty: "Số hóa hồ sơ ..." / "Quý III/2026" / "Dữ liệu số hóa" under "Nhiệm vụ" /
    "Chủ trì" / "Phối hợp" / "Thời hạn" / "Sản phẩm"): no body's name on the line at the lead's place nor after it;
    both cells empty; None otherwise."""
    if partners is None or len(lines) != count - 2 or not 1 < partners < len(lines) + 1 \
            or any(not c or AGENCY_AT_START.match(c) for c in lines[partners - 1:]):
        return None
    return [*lines[:partners - 1], "", "", *lines[partners - 1:]]


def _other_row_at(cells: list[str], j: int, n: int, width: int) -> bool:
    """Whether line j opens a group row on one line ("II. Lĩnh vực y tế"), a group row holding its sums or a dash's
    row (a table's rows that are no number's)."""
    return (width > 2 and _group_line_at(cells, j, n) is not None) or (width > 3 and (
        _group_amounts_at(cells, j, n, width) > 0 or _group_amounts_at(cells, j, 1, width) > 0 or _dash_row_at(cells, j, width)))


def _continues_at(cells: list[str], j: int, n: int, width: int) -> bool:
    """Whether the table's rows go on at line j: row n's number, a group row over it, or another subtotal."""
    return j < len(cells) and (_is_number(cells[j], n) or (width > 2 and _group_at(cells, j, n)) or _other_row_at(cells, j, n, width)
                               or (_amount_row_at(cells, j, n) == width - 2 and _continues_at(cells, j + width - 1, n, width)))


def _subtotal_at(cells: list[str], j: int, n: int, width: int) -> bool:
    """Whether line j opens a subtotal row (its label, as many amounts as the table's amount columns) after which the
    rows go on (row n, a group row over it)."""
    return width > 2 and _amount_row_at(cells, j, n) == width - 2 and _continues_at(cells, j + width - 1, n, width)


# a row's number under its group's ("1.2", "3.1."): the group's number, the row's
_SUB_NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
          "XVIII", "XIX", "XX")


def _decimal_numbered(cells: list[str], at: int) -> tuple[list[str], list[str]] | None:
    """A table whose rows are numbered under numbered groups ("1" / "Phát triển hạ tầng số" / "1.1" / ... / "1.2" /
    ... / "2" / "Phát triển chính quyền số" / "2.1" / ...), a cell a line: the lines with each group's number written
    as a Roman code and each row's as its number under the group ("I" / ... / "1" / ... / "2" / ... / "II" / ... /
    "1"), which the reader reads (group rows, numbers starting again under each), and the groups' numbers in order;
    None where the first row after the headings is no group "1" over a row "1.1"."""
    found = _headings(cells, at, wrapped=True)
    if found is None:
        return None
    k = found[1]
    if not (k + 2 < len(cells) and cells[k].rstrip(".") == "1" and not _ROW_NUMBER.match(cells[k + 1])
            and not _SUB_NUMBER.match(cells[k + 1]) and _SUB_NUMBER.match(cells[k + 2])
            and cells[k + 2].rstrip(".") == "1.1"):
        return None
    out = list(cells)
    groups: list[str] = []
    group, row = 0, 0
    j = k
    while j < len(cells) and not _ENDS_TABLE.match(cells[j]):
        line = cells[j].rstrip(".")
        if line == str(group + 1) and j + 2 < len(cells) and cells[j + 2].rstrip(".") == f"{group + 1}.1" \
                and group < len(_ROMAN):
            group, row = group + 1, 0
            out[j] = _ROMAN[group - 1]
            groups.append(cells[j].rstrip("."))
        elif line == f"{group}.{row + 1}":
            row += 1
            out[j] = str(row)
        j += 1
    return out, groups


def _decimal_codes(rows: list[list[str]], groups: list[str]) -> list[list[str]]:
    """The rows read from _decimal_numbered's lines with their own numbers again: a group's Roman code its number, a
    row's number under it the group's number, a dot and its own ("1.2")."""
    out, g = [], None
    romans = {r: n for r, n in zip(_ROMAN, groups)}
    for r in rows:
        code = r[0]
        if code in romans and all(c == "" for c in r[2:]):
            g = romans[code]
            out.append([g, *r[1:]])
        elif g is not None and code.isdigit():
            out.append([f"{g}.{code}", *r[1:]])
        else:
            out.append(r)
    return out


def flat_tables(texts: list[str]) -> list[tuple[int, int, list[list[str]], set[int]]]:
    """The tables flattened a cell a line (see above; a table keyed by year too, as `_year_table` reads it) in a text's lines (`texts`, a blank line "" or white space):
    (first, last, rows, the row numbers' lines) each, first and last indices into `texts`."""
    if not any(len(t) <= 16 and (CODE_HEAD.match(t.strip()) or _YEAR_HEAD.match(t.strip())) for t in texts):
        return []  # (cheap test first)
    # (a page's footer copied with the page's text, "Trang 1/3", stands between a table's rows: no line of it)
    filled = [k for k, t in enumerate(texts) if t.strip() and not PAGE_FOOTER.match(t.strip())]
    cells = [texts[k].strip() for k in filled]
    out = []
    f = 0
    while f < len(cells):
        found = _flat_at(cells, f) if len(cells[f]) <= 12 and CODE_HEAD.match(cells[f]) else None
        if found is None and len(cells[f]) <= 12 and CODE_HEAD.match(cells[f]) \
                and (decimal := _decimal_numbered(cells, f)) is not None:
            found = _flat_at(decimal[0], f)
            if found is not None:
                found = (found[0], _decimal_codes(found[1], decimal[1]), found[2])
        if found is None and _YEAR_HEAD.match(cells[f]) and (year := _year_table(cells, f)) is not None:
            found = (*year, [])  # a table keyed by year ("Năm" / "Tổng" / "NSTW" / "2026" / "1.850" / ...)
        if found is None:
            f += 1
            continue
        end, rows, numbers = found
        out.append((filled[f], filled[end - 1], rows, {filled[x] for x in numbers}))
        f = end
    return out
