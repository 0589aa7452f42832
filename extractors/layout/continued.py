"""Tables a page break cut: the part on the next page goes on with the table above it,
and a row the break cut in two is one row again.

A table that ends a page and a table that starts the next page with as many columns and
no header row of its own are one table (pdfplumber finds a PDF's ruled tables page by
page; `pdftotext -layout` lays each page out on its own). Where the page break cut a
row, the next page starts with the rest of that row: no row code, only words, each
under a cell of the last row that holds words ("Tuyên truyền về hồ sơ" / "sức khỏe điện
tử", "Sở Văn hóa," / "Thể thao và Du lịch", "2026 -" / "2028", a header's "Đơn vị chủ" /
"trì"), or the digits that finish an amount cut in its last group ("5.000.00" / "0"). Those
finish the last row's cells. A row with a code, with a cell under an empty cell or under a
whole number, starts a row of its own. The table's header rows repeated at the
top of the next page (Word's "repeat as header row") are dropped and the table goes on;
column headings of another table start a table of its own.

(A row under cells merged down over the break, `1 | Task | Product A | Sở A` then
` |  | Product B | Sở B`, has the same shape as a cut row and is read as one.)
"""

from __future__ import annotations

import re
from itertools import zip_longest

from extractors.layout.cells import BARE_YEAR_CELL, CODE_HEAD, GROUP_CODE, ROW_CODE, is_heading_row
from extractors.layout.wrap import CELL_ITEM, cell_text, list_cell_text
from normalizers.agencies import AGENCY_AT_START, lines_by_agency
from normalizers.numbers import finishes_cut_amount
from normalizers.text import UPPER

# a cell that is a number: "1.250", "(12,5)", "15%", "2028"
NUMBER_CELL = re.compile(r"^\(?[-+]?\d[\d.,]*\)?%?$")
LETTERS = re.compile(r"[^\W\d_]{2}")  # a cell with words: two letters in a row


def _width(rows: list[list[str]]) -> int:
    return max((len(r) for r in rows), default=0)


def _same_row(a: list[str], b: list[str]) -> bool:
    return [" ".join(c.split()) for c in a] == [" ".join(c.split()) for c in b]


def repeated_header(above: list[list[str]], rows: list[list[str]]) -> int:
    """How many rows at the top of `rows` repeat the first rows of `above` (its header,
    and the row of column numbers under it), as Word repeats a header on every page."""
    k = 0
    while k < min(4, len(rows), len(above) - 1) and _same_row(rows[k], above[k]):
        k += 1
    return k


def with_code_column(above: list[list[str]], rows: list[list[str]]) -> list[list[str]]:
    """`rows` (a table at the top of a page) with an empty code cell first where they were
    read without the code column of `above`: a table drawn without rules lays each page
    out on its own, and a page whose rows carry no code (the rest of a row the break cut,
    "đồng"; the total, "Tổng cộng | 7.000 | 1.900 | ...") has its labels in its first
    column. So when `rows` are one column narrower than `above`, `above` heads its first
    column as the codes' ("TT", "STT") and its last row has a code, no row of `rows`
    starts with a code but one with words, and both end in an amount (no empty last column
    was dropped). Otherwise `rows` themselves."""
    if len(above) < 2 or not rows or _width(rows) != _width(above) - 1:
        return rows
    head, last = above[0], above[-1]
    firsts = [r[0].strip() for r in rows if r]
    if not (head and CODE_HEAD.match(head[0].strip()) and last and ROW_CODE.match(last[0].strip())):
        return rows
    if any(ROW_CODE.match(c) for c in firsts if c) or not any(LETTERS.search(c) for c in firsts):
        return rows
    if not (NUMBER_CELL.match(last[-1].strip()) and any(r and NUMBER_CELL.match(r[-1].strip()) for r in rows)):
        return rows
    return [["", *r] for r in rows]


def continues(above: list[list[str]], rows: list[list[str]]) -> bool:
    """Whether `rows` (a table at the top of a page) go on with `above` (the table that
    ended the page before): as many columns, and after the header `above` starts with,
    if it is repeated, no row of column headings."""
    if not above or not rows or _width(above) != _width(rows):
        return False
    rest = rows[repeated_header(above, rows):]
    return not rest or not is_heading_row(rest[0])


def finishes_row(last: list[str], first: list[str]) -> bool:
    """Whether row `first` (at the top of the next page) is the rest of row `last`, which
    the page break cut: no row code, words, and each of its cells under a cell of `last`
    that holds text and is not a number (under a header, the rest holds no number either)."""
    cells = [c.strip() for c in first]
    if len(cells) >= 2 and cells[0] and any(c.strip() for c in last[1:]) and cells[0][:1].islower() \
            and not ROW_CODE.match(cells[0].split()[0]) and not any(cells[1:]) \
            and LETTERS.search(last[0]) and not NUMBER_CELL.match(last[0].strip()):
        return True  # a first column of labels, its label cut: the rest in small letters, nothing beside it (a
        # table's: a column of one cell is lines of text a page break cut)
    if not cells or cells[0]:
        return False  # a row code (or a first column of labels): a row of its own
    if is_heading_row(last) and any(NUMBER_CELL.match(text) for text in cells if text):
        return False  # a header's rest holds words alone: a row with an amount starts the body ("TỔNG CỘNG" first)
    filled = [(c, text) for c, text in enumerate(cells) if text]
    # an amount the break cut inside its last group of digits ("5.000.00" / "0", a narrow column's number wrapped)
    completing = {c for c, text in filled if c < len(last) and finishes_cut_amount(last[c].strip(), text)}
    if not filled or not (any(LETTERS.search(text) for _, text in filled) or completing):
        return False
    for c, _ in filled:
        above = last[c].strip() if c < len(last) else ""
        if c not in completing and (not above or NUMBER_CELL.match(above)):
            return False
    return True



def join(above: list[list[str]], rows: list[list[str]]) -> list[list[str]]:
    """`above` and its continuation `rows` as one table; a first row that finishes the
    last row of `above` is joined to it cell by cell ("Sở Văn hóa," + "Thể thao và Du
    lịch"; a word broken at the cell's edge is whole again)."""
    out = list(above)  # the rows themselves: a reader may know its rows by identity (OCR's unsure cells)
    rest = rows[repeated_header(above, rows):]  # the header Word repeats on the page goes
    if out and rest and finishes_row(out[-1], rest[0]):
        cut = rest[0]
        out[-1] = [_finished(a, b) for a, b in zip_longest(out[-1], cut, fillvalue="")]
        rest = _whole_leads(out, cut, rest[1:])
    if out and rest:
        rest = [_lead_carried(out, rest[0]), *rest[1:]]
    return out + list(rest)


def joined_cut_header(above: list[list[str]], rows: list[list[str]]) -> list[list[str]] | None:
    """A table's header cut by the page break, its lower rows' sub-columns all on the next
    page: `above` (the page's last table) holds heading rows alone, the last of them
    perhaps the part of a row the break cut (its cells those merged down from above, or
    blank), and `rows` (the next page's first table) are wider and start with that row's
    rest: blank under the columns merged down from above, sub-column names under the
    others ("STT | Tên xã | Số công trình | Tổng mức | Trong đó" at one page's foot,
    " |  |  |  | Ngân sách huyện | Ngân sách xã | Nhân dân" atop the next). The columns of
    `above` before the names and after them go on one for one; those over the names
    share them evenly ("Năm 2027" over "NSTW | NSĐP | Vận động"). One table: `above`'s
    rows spread over the wider columns, the rest's blanks filled from the row above it,
    then the body. None for any other pair."""
    m, n = _width(above), _width(rows)
    if not above or not rows or n <= m or not is_heading_row(above[0]):
        return None
    first = [c.strip() for c in rows[0]] + [""] * (n - len(rows[0]))
    lead = next(i for i, c in enumerate(first + ["x"]) if c)
    trail = next(i for i, c in enumerate(reversed(first)) if c) if any(first) else n
    names = first[lead:n - trail]
    over = m - lead - trail  # the columns of `above` over the names
    if lead < 1 or over < 1 or not names or len(names) % over or not all(names) \
            or any(NUMBER_CELL.match(c) for c in names) or not all(LETTERS.search(c) for c in names):
        return None
    if any(NUMBER_CELL.match(c.strip()) and not BARE_YEAR_CELL.match(c.strip()) for row in above for c in row):
        return None  # a row with amounts: the body began on the page above
    share = len(names) // over

    def spread(row: list[str]) -> list[str]:
        row = list(row) + [""] * (m - len(row))
        return row[:lead] + [c for c in row[lead:lead + over] for _ in range(share)] + row[lead + over:]

    last = above[-1]
    cut = len(above) >= 2 and any(not c.strip() for c in last[lead:lead + over]) \
        and all(not c.strip() or c == (above[-2][i] if i < len(above[-2]) else "") for i, c in enumerate(last))
    out = [spread(row) for row in (above[:-1] if cut else above)]
    fill = spread(last)
    k = 0
    while k < len(rows) and not rows[k][0].strip() and not any(NUMBER_CELL.match(c.strip()) for c in rows[k]):
        out.append([c if c.strip() else fill[i] for i, c in enumerate(list(rows[k]) + [""] * (n - len(rows[k])))])
        k += 1
    return out + list(rows[k:])


def _finished(cell: str, rest: str) -> str:
    """A cut row's cell finished by its rest on the next page. A cell kept as a list of
    marked items, one a line ("- Sở Tư pháp" / "- Liên hiệp các Hội Khoa", as the PDF reader
    keeps them: extractors.layout.wrap.list_cell_text), or one item whose rest opens the
    next, stays one: the rest finishes its last item or adds items; joined on one line, the
    items' marks would run into the names. So does a task's name whose items the break put
    on the next page ("Hỗ trợ nước sinh hoạt" / "- Rà soát danh sách hộ" / "- Cấp bồn chứa nước")."""
    if not rest.strip():
        return cell
    if "\n" in cell or "\n" in rest or (CELL_ITEM.match(cell.strip()) and CELL_ITEM.match(rest.strip())):
        return list_cell_text(f"{cell}\n{rest}")
    return _agencies_finished(cell, rest) or cell_text(f"{cell}\n{rest}")


def _agencies_finished(cell: str, rest: str) -> str | None:
    """A cell of agencies set one a line whose first name the break cut: the rest on the next page is that
    name's end and the next names, its lines already run into one ("Sở Khoa học và" / "Công nghệ Sở Công
    Thương"). The rest is cut again before a name that opens an agency where the cell's lines, so cut, group
    one agency a line (normalizers.agencies.lines_by_agency): "Sở Khoa học và Công nghệ; Sở Công Thương".
    None where no such cut is found (one name, or words that are no agency's)."""
    cell, rest = cell.strip(), rest.strip()
    if not AGENCY_AT_START.match(cell) or ";" in rest:
        return None
    for m in _WORD_START.finditer(rest):
        head, tail = rest[:m.start()].strip(), rest[m.start():]
        if head and AGENCY_AT_START.match(tail):
            groups = lines_by_agency([cell, head, tail])
            if groups and groups[0] == [cell, head]:
                return cell_text("\n".join([cell, head, tail]))
    return None


_WORD_START = re.compile(r"(?<= )(?=[" + UPPER + r"])")  # a word in a capital, inside the rest


# a column of the lead agency: "Cơ quan chủ trì", "Đơn vị thực hiện" (not "phối hợp")
LEAD_HEAD = re.compile(r"chủ\s*trì|thực\s*hiện", re.I)


def _whole_lead(above: list[list[str]], cut: list[str], row: list[str]) -> list[str]:
    """The row after a row the break cut, with the whole lead where its lead cell holds the cut
    lead's rest: a lead merged down over both rows is drawn on the next page once, its rest
    ("vận tải" of "Sở Giao thông" / "vận tải") standing in both of them."""
    head, joined = above[0], above[-1]
    out = list(row)
    for c, cell in enumerate(row):
        if (cell.strip() and c < len(cut) and cell.strip() == cut[c].strip() and c < len(head)
                and LEAD_HEAD.search(head[c]) and not re.search(r"phối\s*hợp", head[c], re.I) and c < len(joined)):
            out[c] = joined[c]
    return row if out == row else out  # the row itself when nothing changes (rows known by identity)


def _whole_leads(above: list[list[str]], cut: list[str], rows: list[list[str]]) -> list[list[str]]:
    """The rows after a row the break cut, each of the first ones whose lead cell holds the cut lead's rest
    made whole (_whole_lead): a lead merged down over three tasks or more stands in each of them on the next
    page ("nghệ" of "Sở Khoa học và Công" / "nghệ", over tasks 9, 10 and 11); from the first row that holds
    another lead on, the rows as they are."""
    out = []
    for n, row in enumerate(rows):
        whole = _whole_lead(above, cut, row)
        out.append(whole)
        if whole is row:
            return out + rows[n + 1:]
    return out


def _lead_carried(above: list[list[str]], first: list[str]) -> list[str]:
    """The first row after the break with its lead cell filled from the row above, where
    that cell is empty: a lead merged down over several tasks (Word's vertical merge) is
    drawn on the next page as an empty cell. Only a task's row (a code, not a group's Roman
    numeral or capital letter: "IV | Cải cách tài chính công" heads the next tasks), under a
    lead column's heading, below a lead that names one."""
    head, last = above[0], above[-1]
    if not first or not first[0].strip() or len(above) < 2 or GROUP_CODE.match(first[0].strip()):
        return first
    out = list(first)
    for c, cell in enumerate(first):
        if (not cell.strip() and c < len(head) and c < len(last) and LEAD_HEAD.search(head[c])
                and not re.search(r"phối\s*hợp", head[c], re.I) and LETTERS.search(last[c])):
            out[c] = last[c]
    return first if out == first else out  # the row itself when nothing is carried (rows known by identity)
