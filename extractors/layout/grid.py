"""Tables aligned with spaces (or positioned words) to grids of cells.

Input: the lines of a document as segments `(x0, x1, text)` (a segment is a run of words
with no wide gap inside; x in any unit: character columns for `pdftotext -layout` text,
points for positioned words) and the page of each line. A table shows itself by its
data lines, lines with two or more numbers in cells of their own. Around them:

- the amount columns come from the data lines that have the most numbers (the anchors):
  each column is where their n-th number sits; a line with fewer numbers has them placed
  in the nearest columns, in order. Left of the amounts are the row code and the label,
  right of them a note. Each page of a table gets its own columns (a page may be set
  tighter than the one before), and the table goes on over a page break when the next
  page has as many amount columns;
- the header is the lines above the first data line that stay inside the columns; a
  header cell over columns that the header lines below it fill is a group (`Chia ra`
  over the years, `Năm 2018` over its sources) and becomes a header row of its own,
  spread over the columns it covers, as Word and HTML give merged cells; the other
  header lines of a column are one cell, read top to bottom;
- a body row starts at a row code (`1`, `I`, `a`, `-`) or at a line of numbers when the
  row above has its numbers; a line with neither continues the row above (a wrapped
  label: `Dự án 1:` / `Phát triển` / `mạng lưới ...`; a word broken at a narrow
  column's edge, `xét nghiệ` / `m`, is whole again).

`pdftotext -layout` sets the cells of a full narrow column one space from the next: a run
of amounts one space apart is one amount per column, a label's last word one space before
the first amount is cut off it, and a header cell run into the next is cut where an amount
column starts. Rows set off by blank lines (a PDF's cell padding) may have their label
centred on the row: a label line after a blank line opens the row whose numbers come under
it. Year groups side by side ("Năm 2026" | "Năm 2027") centred over their columns take the
columns nearest them; a group under another stays inside it. A row's label that a page
break cut may finish alone at the top of the next page, under the header repeated.

A table of text (a task table: STT | Nội dung | Chủ trì | Phối hợp | Thời gian) has no
numbers; find_text_tables finds it by a header line that names its columns. A row that a
page break cut goes on at the top of the next page, set in columns of that page's own
(`pdftotext -layout` lays each page out on its own): those lines finish the row's cells
(extractors.layout.continued).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from extractors.layout.cells import BARE_YEAR_CELL, CODE_HEAD, PARTS_MARKER, ROW_CODE, TOTAL_LABEL
from extractors.layout.continued import finishes_row, join
from extractors.layout.spaced_rows import AMOUNT_KINDS, header_cells
from extractors.layout.wrap import STARTS_BLOCK, cell_text, list_cell_text
from extractors.segment import ARTICLE
from normalizers.numbers import finishes_cut_amount

Seg = tuple[float, float, str]

# "67.400", "1.250,5", "15%", "(12,5)", "-" (an empty amount), "4=3/2" is not one
# an amount whose thousands a space sets apart: "9 600", "12 450 300"; one whose stops set them: "2.350"
SPACED_THOUSANDS = re.compile(r"^\d{1,3}(?: \d{3})+$")
DOTTED_AMOUNT = re.compile(r"\d\.\d{3}(?![\d.])")
NUMBER = re.compile(r"^\(?[-+]?\d[\d.,]*\)?%?$|^[-–]$|" + SPACED_THOUSANDS.pattern)
# a row code: "1", "2.1", "I", "IV.", "a", "a)", "-", "+", "*", and the capital letter of a
# top group ("A", "B.": a fiscal table's "A | VỐN NGÂN SÁCH ĐỊA PHƯƠNG")
CODE = ROW_CODE
# "1 Hỗ trợ", "II. Dự án": a code glued to its label in one segment
CODE_THEN_TEXT = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[a-zđ]\))\s+(\S.*)$")
# "Đơn vị tính: triệu đồng", "PHỤ LỤC I", "(Kèm theo ...)": above a table, not its header
CAPTION = re.compile(r"(?i)^(?:\(?đơn vị|\(?đvt|phụ lục|bảng|biểu|\(kèm theo|\(theo)")
# of those, a table's unit with its colon ("Đơn vị tính: triệu đồng", "(ĐVT: đồng)"): no line of a table, it opens the next
_UNIT_CAPTION = re.compile(r"(?i)^\(?(?:đơn vị tính|đvt)\s*:")
# a line of prose ends a sentence ("... như sau:", "... chủ trì."); a header cell does not
SENTENCE_END = re.compile(r"[.:;!?…]$")
MAX_HEADER_LINES = 12
HEAD_LINES = 4  # lines right above a table's one-row page searched for the heading over a glued amount
# a numbered heading of the text: "2. Các chỉ tiêu chủ yếu", "II. KINH PHÍ", "b) Nguồn vốn" (or an office's
# slashes and dashes: "2/ Các chỉ tiêu", "II/ KINH PHÍ", "b/ Nguồn vốn", "2- Kiểm tra")
OUTLINE_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[./-]|[IVXLC]{1,6}[./-]|[a-zđ][)/-])\s+[^\W\d_]")
# amounts one space apart, as `pdftotext -layout` sets full narrow columns: "4.500 3.000 1.500"
NUMBER_RUN = re.compile(r"^\(?\d[\d.,]*\)?%?(?: \(?\d[\d.,]*\)?%?)+$")
WORD = re.compile(r"\S+")
# words ending in a letter, then two or more amounts in thousands groups one space apart
TEXT_THEN_AMOUNTS = re.compile(r"^(\S.*[^\W\d_])((?: \d{1,3}(?:\.\d{3})+){2,})$")


def split_number_runs(segs: list[Seg], spaced_thousands: bool = True) -> list[Seg]:
    """A segment of amounts one space apart ("4.500 3.000 1.500", cells of narrow columns
    that `pdftotext -layout` sets one space apart) as one segment per amount, on a line of
    two or more segments. In a text that may set thousands apart by a space (`spaced_thousands`:
    none of its amounts has a stop), such an amount ("9 600", "12 450 300") stays whole where the
    line sets another amount as a segment of its own (its cells wide apart: "9 600   2 400   800")."""
    if len(segs) < 2 or not any(" " in s[2] and (NUMBER_RUN.match(s[2]) or TEXT_THEN_AMOUNTS.match(s[2])) for s in segs):
        return segs  # (a line of columns only: a run of numbers alone is no row of cells)
    spaced = [spaced_thousands and bool(SPACED_THOUSANDS.match(s[2])) for s in segs]
    after_code = 1 if CODE.match(segs[0][2]) else 0  # (a row code is no amount)
    if sum(1 for s, whole in zip(segs[after_code:], spaced[after_code:]) if whole or is_number(s[2])) < 2:
        spaced = [False] * len(segs)  # (one amount on the line: its parts may be narrow cells one space apart)
    out: list[Seg] = []
    for s, whole in zip(segs, spaced):
        if whole:
            out.append(s)
        elif " " in s[2] and NUMBER_RUN.match(s[2]):
            out.extend(_words(s))
        elif " " in s[2] and (m := TEXT_THEN_AMOUNTS.match(s[2])):
            # a text cell's last line one space before the amounts ("dựng các công trình 148.000 110.000"):
            # the text, then each amount
            words = _words(s)
            n = len(m.group(1).split())
            out.append((s[0], words[n - 1][1], m.group(1)))
            out.extend(words[n:])
        else:
            out.append(s)
    return out


def _words(s: Seg) -> list[Seg]:
    """A segment's words as segments of their own, placed by their characters."""
    x0, x1, text = s
    width = (x1 - x0) / max(len(text), 1)
    return [(x0 + width * m.start(), x0 + width * m.end(), m.group(0)) for m in WORD.finditer(text)]


def _cut_at(s: Seg, x: float, slack: float) -> list[Seg]:
    """The segment cut before its word that starts at x (within `slack`), else whole."""
    words = _words(s)
    for k, w in enumerate(words[1:], 1):
        if abs(w[0] - x) <= slack:
            return [(s[0], words[k - 1][1], " ".join(v[2] for v in words[:k])),
                    (w[0], s[1], " ".join(v[2] for v in words[k:]))]
    return [s]


def is_number(text: str) -> bool:
    return bool(NUMBER.match(text.strip()))


def _amounts(segs: list[Seg]) -> list[Seg]:
    """The number segments of a line after its leading code (a row code "1" is not an amount)."""
    start = 1 if len(segs) >= 2 and CODE.match(segs[0][2]) and not is_number(segs[1][2]) else 0
    if start == 0 and segs and is_number(segs[0][2]) and len(segs) >= 2 and not is_number(segs[1][2]):
        start = 1
    return [s for s in segs[start:] if is_number(s[2])]




def is_data_line(segs: list[Seg]) -> bool:
    """Two or more numbers in cells of their own ("-" counts half: a dash may be a bullet);
    not years rising from cell to cell, the column heads of a table by year ("STT  Chỉ tiêu
    ĐVT  2026  2027  2028")."""
    if len(segs) < 2:
        return False
    nums = _amounts(segs)
    years = [int(s[2]) for s in nums if BARE_YEAR_CELL.match(s[2])]
    if len(years) >= 2 and len(years) == len(nums) and all(a < b for a, b in zip(years, years[1:])):
        return False
    real = sum(1 for s in nums if s[2] not in "-–")
    return real + (len(nums) - real) / 2 >= 2


@dataclass
class Columns:
    """One page's columns of a table: row code, text columns (the label first, then
    e.g. an implementing unit), amounts, note. Grid index: 0 code, 1.. texts, amounts, note."""
    amounts: list[tuple[float, float]]  # (x0, x1) of each amount column
    code: tuple[float, float] | None
    texts: list[float]  # where each text column starts, left to right

    @property
    def label_x0(self) -> float:
        return self.texts[0]

    @property
    def first_amount(self) -> float:
        return self.amounts[0][0]

    @property
    def last_amount(self) -> float:
        return self.amounts[-1][1]

    @property
    def first_amount_index(self) -> int:
        return 1 + len(self.texts)

    @property
    def width(self) -> int:
        return 1 + len(self.texts) + len(self.amounts) + 1

    def text_column(self, x0: float, tol: float) -> int:
        """The text column a segment starting at x0 belongs to."""
        return 1 + max((i for i, t in enumerate(self.texts) if x0 >= t - tol), default=0)


@dataclass
class Table:
    first: int  # index of the first line (header included)
    last: int  # index of the last line
    rows: list[list[str]] = field(default_factory=list)
    padded: bool = False  # read as a padded table (_padded_table_at): its rows blocks of lines a blank line apart


# a group's Roman number one space before its name, no dot ("II Kinh tế số"): cut off only in a code column
GROUP_THEN_NAME = re.compile(r"^([IVXLC]{1,6})\s(?=[^\W\d_])(\S.*)$")


def _split_code(segs: list[Seg], left: float, tol: float, groups: bool = False) -> list[Seg]:
    """Cut a row code off the label it is glued to, when the segment starts the row; with `groups` (a
    table with a code column) a group's Roman number with no dot too ("II Kinh tế số, xã hội số")."""
    if not segs:
        return segs
    x0, x1, text = segs[0]
    m = CODE_THEN_TEXT.match(text) or (GROUP_THEN_NAME.match(text) if groups else None)
    if m and x0 <= left + tol and not is_number(m.group(2).split()[0]):
        width = (x1 - x0) / max(len(text), 1)
        cut = x0 + width * len(m.group(1))
        return [(x0, cut, m.group(1)), (cut + width, x1, m.group(2))] + segs[1:]
    return segs


# an amount at the end of a short label one space after it ("Năm 2023 8.400"): a grouped or decimal number
GLUED_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$")


def _glued_first_amounts(data: list[list[Seg]], tol: float, heads: list[Seg] = ()) -> list[list[Seg]]:
    """Data lines whose label runs into their first amount one space after it in (nearly) every
    row, those amounts starting at one x (`pdftotext -layout` sets a tight label column so:
    "1   Năm 2023 8.400     5.000"): the amounts cut off as cells of their own, a column.
    A page that holds one row only (a page break after the table's first row) has no second
    row to line up with: there a heading of the header above it that starts over the glued
    amount ("Tổng" over "Nâng cấp 1.800", `heads`: the header lines' segments) tells the column."""
    tails: list[Seg | None] = []
    for segs in data:
        nums = _amounts(segs)
        texts = [s for s in segs if not is_number(s[2]) and (not nums or s[1] <= nums[0][0])]
        words = _words(texts[-1]) if texts and " " in texts[-1][2] else []
        tails.append(words[-1] if len(words) >= 2 and (GLUED_AMOUNT.match(words[-1][2]) or _lined_up(
            data, [words[-1] if d is segs else None for d in data], tol)) else None)
    found = [t for t in tails if t]
    headed = len(data) == 1 and len(found) == 1 and any(
        found[0][0] - tol <= h[0] <= found[0][1] and not is_number(h[2]) for h in heads)
    if not headed and not _lined_up(data, tails, tol) and (
            len(found) < 2 or 3 * len(found) < 2 * len(data) or max(t[0] for t in found) - min(t[0] for t in found) > tol):
        return data
    return [[piece for s in segs for piece in (_cut_at(s, tail[0], tol) if tail and s[0] < tail[0] < s[1] else [s])]
            for segs, tail in zip(data, tails)]


# an amount that a label may run into and another row may hold in a cell of its own: "950", "1.800", "12,5"
LINED_AMOUNT = re.compile(r"^\d{3,}$|^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$")


def _lined_up(data: list[list[Seg]], tails: list[Seg | None], tol: float) -> bool:
    """Whether each data line either ends its label in an amount (its tail) or holds an amount in
    a cell of its own left of the other lines' first amounts, all at one x, one line of each at
    least: on a page of two rows, "Xây dựng 950  600 ..." over the total's "Tổng   2.750  1.800 ...",
    the 950 stands in the 2.750's column."""
    found: list[Seg] = []
    own = 0
    for segs, tail in zip(data, tails):
        if tail is not None:
            if not LINED_AMOUNT.match(tail[2]):
                return False
            found.append(tail)
            continue
        nums = _amounts(segs)
        if not nums or not any(s[1] <= nums[0][0] and not is_number(s[2]) for s in segs):
            return False  # (a line whose first amount no label stands before)
        found.append(nums[0])
        own += 1
    if not found or own == 0 or own == len(found) or max(f[0] for f in found) - min(f[0] for f in found) > tol:
        return False
    # the tails' column lies left of the lines' next amounts (it is a column of its own)
    return all(len([s for s in _amounts(segs) if s[0] > max(f[1] for f in found) + tol]) >= 1 for segs in data)


def _year_keys(data: list[list[Seg]], found: list[list[Seg]], tol: float) -> list[list[Seg]]:
    """The amounts of rows keyed by year ("2026   28.500   12.000 ..." / "2027   32.000 ..." / "Tổng cộng
    96.500 ..."): a first column of bare years, each its row's first cell, rising from row to row, one
    under another, is the rows' label, no amounts (a total row, its label there, keeps its amounts). Other
    amounts as they are."""
    years = [a[0] for segs, a in zip(data, found) if a and BARE_YEAR_CELL.match(a[0][2]) and segs[0] == a[0]]
    if len(years) < 2 or any(int(a[2]) >= int(b[2]) for a, b in zip(years, years[1:])) \
            or max(y[0] for y in years) - min(y[0] for y in years) > tol:
        return found
    x = min(y[0] for y in years)
    others = [a[0] for a in found if a and a[0] not in years]
    if any(o[0] <= x + tol for o in others):  # an amount of another row in that column: no key column
        return found
    return [a[1:] if a and a[0] in years else a for a in found]


# a row code alone before its row's amounts, its label on the lines around it: "1", "12"
_LONE_CODE = re.compile(r"^\d{1,2}$")


def _lone_codes(data: list[list[Seg]], found: list[list[Seg]], tol: float) -> list[Seg]:
    """Row codes alone on their data lines, read as the lines' first amounts: the rows' labels centred on
    them, on the lines above and below (`pdftotext -layout` of a table whose cells are padded:
    "Mở lớp bồi dưỡng" / "1            1.200    800    400" / "cho công chức cấp xã"). Each such line opens
    with a small number and nothing left of it, at one x, leftmost of the lines, two or more of them counting
    1, 2, 3 in order, each with two more amounts: those numbers are codes, not amounts (returned)."""
    starts = [i for i, (segs, a) in enumerate(zip(data, found))
              if len(a) >= 3 and a[0] is segs[0] and _LONE_CODE.match(a[0][2])]
    if len(starts) < 2:
        return []
    xs = [found[i][0][0] for i in starts]
    values = [int(found[i][0][2]) for i in starts]
    if max(xs) - min(xs) > tol or any(b != a + 1 for a, b in zip(values, values[1:])) \
            or any(segs and segs[0][0] < min(xs) - tol for segs in data):
        return []
    return [found[i][0] for i in starts]


def _columns(data: list[list[Seg]], tol: float, heads: list[Seg] = ()) -> Columns | None:
    glued = _glued_first_amounts(data, tol, heads)
    found = _year_keys(glued, [_amounts(s) for s in glued], tol)
    lone = _lone_codes(glued, found, tol)
    found = [a[1:] if a and a[0] in lone else a for a in found]
    # a number left of where most rows start their amounts is text ("1" mô hình, "02" lớp)
    start = median(a[0][0] for a in found if a)
    found = [[x for x in a if x[1] >= start - tol] for a in found]
    k = max(len(a) for a in found)
    anchors = [a for a in found if len(a) == k]
    if k < 2 or not anchors:
        return None
    amounts = [(median(a[i][0] for a in anchors), median(a[i][1] for a in anchors)) for i in range(k)]
    data = [_unglued_amounts(segs, Columns(amounts, None, []), tol) for segs in data]
    # (a short amount in the first amount column, "60" at its start, is no text)
    lefts = [[s for s in segs if s[1] <= amounts[0][0] + tol and not (s[0] >= amounts[0][0] - tol and is_number(s[2]))]
             for segs in data]
    margin = min((s[0][0] for s in lefts if s), default=0.0)
    codes = [s[0] for s in lefts if len(s) >= 2 and s[0][0] <= margin + tol and CODE.match(s[0][2])] + lone
    if codes:  # a row whose label lies on the lines around its code's line: the code alone
        codes += [s[0] for s in lefts if len(s) == 1 and s[0][0] <= margin + tol and CODE.match(s[0][2])]
    code = (min(c[0] for c in codes), max(c[1] for c in codes)) if codes else None
    texts = [seg for s in lefts for seg in (s[1:] if code and s and s[0] in codes else s)]
    starts: list[list[float]] = []
    for x0 in sorted(seg[0] for seg in texts):
        if starts and x0 - starts[-1][-1] <= tol:
            starts[-1].append(x0)
        else:
            starts.append([x0])
    # the label starts leftmost; another text column (an implementing unit) needs many
    # rows that start there
    # (no label on the data lines, their codes alone: the labels start right of the codes)
    columns = [starts[0][0]] if starts else [code[1] + 1] if code and lone else [margin]
    # (and some line with words in both: labels centred in their cells, "Cộng I" right of "2   Kiên cố hóa kênh",
    # start right of the others on lines of their own, no column of theirs)
    by_line = [s[1:] if code and s and s[0] in codes else s for s in lefts]
    columns += [c[0] for c in starts[1:] if len(c) >= max(2, 0.3 * len(data)) and any(
        any(seg[0] < c[0] - tol for seg in segs) and any(abs(seg[0] - x) <= tol for seg in segs for x in c)
        for segs in by_line)]
    return Columns(amounts, code, columns)


def _place(nums: list[Seg], cols: Columns) -> list[int]:
    """Amount columns for a line's numbers, in order, nearest first (a monotone match)."""
    k, n = len(cols.amounts), len(nums)
    if n >= k:
        return list(range(n))[:k] + [k - 1] * (n - k)

    def cost(s: Seg, c: tuple[float, float]) -> float:
        return min(abs(s[0] - c[0]), abs(s[1] - c[1]), abs((s[0] + s[1] - c[0] - c[1]) / 2))
    inf = float("inf")
    best = [[inf] * (k + 1) for _ in range(n + 1)]
    best[0] = [0.0] * (k + 1)
    for i in range(1, n + 1):
        for j in range(i, k + 1):
            best[i][j] = min(best[i][j - 1], best[i - 1][j - 1] + cost(nums[i - 1], cols.amounts[j - 1]))
    out, j = [], k
    for i in range(n, 0, -1):
        while j > i and best[i][j] == best[i][j - 1]:
            j -= 1
        out.append(j - 1)
        j -= 1
    return out[::-1]


def _unglued_amounts(segs: list[Seg], cols: Columns, tol: float) -> list[Seg]:
    """A label whose cell is full runs into the first amount one space after it ("Ngân sách
    52.000", "Tập huấn kỹ năng bán 1.800"): the amounts at its end that start in the amount
    columns are cells of their own; so is an amount in thousands groups ending a label squeezed
    left of the amounts on a line one amount short of the columns."""
    edge = cols.first_amount - tol
    out: list[Seg] = []
    for n, s in enumerate(segs):
        if s[0] < edge and " " in s[2] and not is_number(s[2]) \
                and sum(1 for t in segs[n + 1:] if is_number(t[2])) == len(cols.amounts) - 1 \
                and GLUED_AMOUNT.match((words := _words(s))[-1][2]) and words[-1][0] < edge and len(words) >= 3:
            # the first amount run into a label squeezed left of its column, the line one amount short:
            # "Huyện Sơn Hạ 640.000" over "380.000  260.000  118.000" (thousands groups: no label ends so)
            out.extend([(s[0], words[-2][1], " ".join(w[2] for w in words[:-1])), words[-1]])
            continue
        if s[0] < edge < s[1] and " " in s[2] and not is_number(s[2]):
            words = _words(s)
            k = len(words)
            while k > 1 and words[k - 1][0] >= edge and any(ch.isdigit() for ch in words[k - 1][2]) \
                    and is_number(words[k - 1][2]):
                k -= 1
            if k < len(words):
                out.append((s[0], words[k - 1][1], " ".join(w[2] for w in words[:k])))
                out.extend(words[k:])
                continue
        out.append(s)
    return out


def _cells(segs: list[Seg], cols: Columns, tol: float) -> dict[int, list[str]] | None:
    """A line's segments by grid column, or None when the line does not fit the table
    (words among the amounts)."""
    segs = _unglued_amounts(_split_code(segs, cols.code[0] if cols.code else cols.label_x0, tol, cols.code is not None),
                            cols, tol)
    out: dict[int, list[str]] = {}
    first = cols.first_amount_index
    nums = [s for s in segs if is_number(s[2]) and s[0] >= cols.first_amount - 3 * tol]
    for s, c in zip(nums, _place(nums, cols)):
        out.setdefault(first + c, []).append(s[2])
    for s in segs:
        if s in nums:
            continue
        if s[1] <= cols.first_amount + tol:
            if cols.code is not None and s[0] <= cols.code[1] + tol and CODE.match(s[2]) and 0 not in out:
                out[0] = [s[2]]
            else:
                out.setdefault(cols.text_column(s[0], tol), []).append(s[2])
        elif s[0] >= cols.last_amount - tol:
            out.setdefault(cols.width - 1, []).append(s[2])
        else:
            return None
    return out


def find_tables(lines: list[list[Seg]], pages: list[int] | None = None, tol: float = 2.0) -> list[Table]:
    """Tables among a document's lines (each a list of segments, [] for a blank line);
    `pages` gives each line's page. `tol` is the slack for alignment in the lines' unit."""
    pages = pages or [1] * len(lines)
    n = len(lines)
    tables: list[Table] = []
    # (a text that sets thousands with stops, "2.350", sets no amount with a space: its spaced runs are cells; the
    # text is searched for such an amount only where a segment may be one set with spaces)
    spaced = any(" " in s[2] and SPACED_THOUSANDS.match(s[2]) for segs in lines for s in segs) \
        and not any(DOTTED_AMOUNT.search(s[2]) for segs in lines for s in segs)
    lines = [split_number_runs(segs, spaced) for segs in lines]
    data = [is_data_line(segs) for segs in lines]  # each line judged once
    i = 0
    while i < n:
        if not data[i]:
            i += 1
            continue
        table = _table_at(lines, pages, i, tol, tables[-1].last if tables else -1, data)
        if table is None:
            i += 1
            continue
        tables.append(table)
        i = table.last + 1
    return tables


def _table_at(lines, pages, start: int, tol: float, floor: int, data: list[bool]) -> Table | None:
    n = len(lines)
    page = pages[start]
    part = _data_run(data, pages, start, lines)
    # (the segments of the lines right above a one-row page, where its header stands)
    heads = [s for k in range(max(floor + 1, start - HEAD_LINES), start) if pages[k] == page for s in lines[k]] \
        if len(part) == 1 else []
    cols = _columns([lines[k] for k in part], tol, heads)
    if cols is None:
        return None
    first = _group_row_above(lines, pages, start, cols, tol, floor)
    lead = _centred_first_row(lines, pages, start, cols, tol, floor, data) if first == start else first
    header, top = _header(lines, lead, cols, tol, floor)
    header_rows = _repeated_code_rows(header, cols)  # placed by the first page's columns
    width = cols.width
    body: list[list[str]] = []
    has_numbers: list[bool] = []
    k = first
    last = first
    page_top = False  # just after a page break, before the first row of the new page
    # rows set off by blank lines (a PDF's cell padding): a label line after a blank line
    # opens the row whose code or numbers come on a line under it (a label centred on its
    # row: "Hỗ trợ chuyển đổi" / "I   số cho doanh   5.400 ..." / "nghiệp nhỏ và vừa")
    if lead < first:
        k = first = lead
        after_blank = True  # (the first row's label centred on it: its lines over the row's data line open it)
    else:
        after_blank = False
    opened = False  # a row was opened by such a label line; its code or numbers are to come
    centred = False
    while k < n:
        if pages[k] != page:  # a new page: its own columns, the same number of amounts
            nxt = _data_run(data, pages, _next_data(data, k))
            new = _columns([lines[x] for x in nxt], tol) if nxt else None
            if body and (new is None or pages[nxt[0]] != pages[k]):
                # no rows on the new page: the rest of the last row's label may stand there,
                # under the header repeated ("hàng trực tuyến" of "Tập huấn kỹ năng bán")
                rest = _label_rest(lines, pages, k, header, cols, tol)
                if rest is not None:
                    end, texts = rest
                    body[-1][1] = cell_text("\n".join([body[-1][1], *texts]))
                    last = end - 1
                    break
            if new is None or len(new.amounts) != len(cols.amounts):
                break
            widened = _widened(lines, start, k, cols, new, tol) if len(new.texts) > len(cols.texts) else None
            if widened is not None:
                # a text column the first page's rows left empty ("Chủ đầu tư" beside group rows only): the
                # table takes it, its header placed again, an empty cell in the rows above
                before, added = widened
                header_rows = _header_rows(header, before)
                for row in body:
                    for c in added:
                        row.insert(c, "")
                width = before.width
            elif len(new.texts) != len(cols.texts):  # keep the text columns, moved with the label
                new.texts = [x + new.texts[0] - cols.texts[0] for x in cols.texts]
            if new.code is None and cols.code is not None:
                new.code = cols.code  # rows on this page carry no code: keep the column
            cols, page, page_top = new, pages[k], True
        segs = lines[k]
        if not segs:
            # a blank line ends the table unless a data line or a new page comes next
            k2 = k
            while k2 < n and not lines[k2]:
                k2 += 1
            if k2 >= n or not (pages[k2] != pages[k] or data[k2] or _lead_in(lines, data, k2)
                               or (body and _lone_total(lines[k2], cols, tol)) or (body and _group_row_next(
                                   lines, pages, data, k2, cols, tol))):
                break  # (a group row over the next rows, a blank line between, a page's first maybe: it goes on)
            after_blank = pages[k2] == pages[k]  # (a page break is no gap between rows)
            k = k2
            continue
        if body and has_numbers[-1] and _section_heading(lines, data, k):
            break  # the text's next section ("II. NHIỆM VỤ, GIẢI PHÁP") under a table with no code column
        cells = _cells(segs, cols, tol)
        if (cells is None or (1 in cells and not _in_label_column(segs, cols, tol))) and (
                k == first < start or body and _group_row_next(lines, pages, data, k, cols, tol)):
            # a group's row whose name runs over the amounts (its cell merged over the row): the table's first row,
            # or one over the next rows (a page's first under the header repeated maybe); a row of its own
            body.append([segs[0][2], " ".join(s[2] for s in segs[1:])] + [""] * (width - 2))
            has_numbers.append(False)
            opened = after_blank = False
            last, k = k, k + 1
            continue
        if cells is None or (1 in cells and not _in_label_column(segs, cols, tol)):
            if page_top and not any(is_number(s[2]) and not _HEAD_YEAR.match(s[2]) for s in segs):
                k += 1  # the header repeated at the top of a page (a column name's year in it: "vốn năm" / "2027")
                continue
            break
        numbers = any(cols.first_amount_index <= c < width - 1 for c in cells)
        code = 0 in cells
        marker = not numbers and not code and _parts_marker(segs)
        if marker or (body and PARTS_MARKER.match(body[-1][1] or "") and not has_numbers[-1]):
            body.append([""] * width)  # "Trong đó:" is a row of its own, and the line after it starts one
            has_numbers.append(False)
            opened = False
        elif opened and (code or numbers):
            opened = False  # the row its label line opened
        elif numbers and not code and body and not after_blank and _finishes_amounts(body[-1], cells, cols, body):
            pass  # the ends of the row's amounts, wrapped in narrow cells ("5.46" / "0", "14" / "700"): the row goes on
        elif not body or code or (numbers and has_numbers[-1]) or (after_blank and _lead_in(lines, data, k)) \
                or (centred := has_numbers[-1] and not (code or numbers) and _centred_lead_in(lines, pages, data, k)):
            body.append([""] * width)
            has_numbers.append(False)
            opened = (after_blank or centred) and not (code or numbers)
        after_blank = False
        row = body[-1]
        for c, texts in cells.items():
            row[c] = cell_text(f"{row[c]}\n{' '.join(texts)}")  # a wrapped label: "xét nghiệ" / "m" is one word
        has_numbers[-1] = has_numbers[-1] or numbers
        last = k
        page_top = page_top and not numbers
        k += 1
    if not any(has_numbers):
        return None  # not even its first data line fits the columns: words among the numbers (prose)
    rows = header_rows + body
    if not cols.code:
        rows = [r[1:] for r in rows]
    if not any(r[-1] for r in rows):
        rows = [r[:-1] for r in rows]
    return Table(top, last, rows)


# a year alone, a column name's last line in a header ("Kế hoạch" / "vốn năm" / "2027")
_HEAD_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def _group_row_next(lines, pages, data: list[bool], k: int, cols: Columns, tol: float) -> bool:
    """Whether line k is a group row over the next data line ("II   Lĩnh vực nông nghiệp" / "" / "3   Hồ chứa ...")."""
    nxt = _next_data(data, k)
    return k < nxt < len(lines) and pages[nxt] == pages[k] and _group_row_above(lines, pages, nxt, cols, tol, k - 1) == k


def _group_row_above(lines, pages, start: int, cols: Columns, tol: float, floor: int) -> int:
    """Where the table's rows start: at its first data line, or at a group row right above it (blank
    lines between them aside): a group's code in the code column ("I", "II.", "A") and its name in the
    label column (its name maybe wrapped over a few lines of that column alone), nothing over the amounts
    ("I    Chính quyền số" under the header, its indicators under it) but its own total ("I    Chi công tác tổ chức    59.000.000", its items under it, each one amount more):
    the table's first row, not the header's last line."""
    if cols.code is None:
        return start
    k = start - 1
    while k > floor and not lines[k] and pages[k] == pages[start]:
        k -= 1
    # (the group's name wrapped in its narrow column: a few lines of the label column alone under its first)
    wrapped = 0
    while k > floor and wrapped < 4 and pages[k] == pages[start] and len(lines[k]) == 1 \
            and lines[k][0][0] >= cols.label_x0 - tol and lines[k][0][1] <= cols.first_amount - tol:
        k, wrapped = k - 1, wrapped + 1
    if wrapped:
        # (or the first row's label centred over its data line, a blank line of the cells' padding above it: "I   Lĩnh
        # vực giao thông" / "" / "     Đường tỉnh 723 đoạn" / "1                  185,6   120 ..." / "     Km12 - Km28")
        while k > floor and not lines[k] and pages[k] == pages[start]:
            k -= 1
    if k <= floor or pages[k] != pages[start] or len(lines[k]) < 2:
        return start
    code, *rest = lines[k]
    if not GROUP_CODE.match(code[2].strip()) or code[0] > cols.code[1] + tol:
        return start
    if k + 1 < start and lines[k + 1] and CODE_HEAD.match(code[2].strip() + lines[k + 1][0][2].strip()):
        return start  # ("S" over "TT": a code heading broken in its narrow column)
    # (and its own total over the amounts after its name: "I    Chi công tác tổ chức      59.000.000", a name
    # of words, not a column-number row "A   B   1   2   3")
    names = [s for s in rest if s[1] <= cols.first_amount - tol]
    if not names and len(rest) == 1 and rest[0][0] < cols.first_amount - tol and not is_number(rest[0][2]):
        names = rest  # (a group's name alone, longer than its column: its cell merged over the row's amounts)
    sums = rest[len(names):]
    if not names or any(s[0] < cols.label_x0 - tol or (s[1] > cols.first_amount - tol and sums) for s in names) \
            or any(s[0] < cols.first_amount - tol or not is_number(s[2]) for s in sums):
        return start
    name = " ".join(s[2] for s in names).strip()
    if not name[:1].isupper() or SENTENCE_END.search(name) or CODE_HEAD.match(code[2].strip()) \
            or (sums and sum(ch.isalpha() for ch in name) < 4):
        return start
    return k


# a section heading of the text: a Roman number and words in capitals ("III. TỔ CHỨC THỰC HIỆN", "III/ ...", "III- ...")
_ROMAN_HEADING = re.compile(r"^[IVXLC]{1,6}[./-]\s+[^\W\d_]")


def _section_heading(lines: list[list[Seg]], data: list[bool], k: int) -> bool:
    """Line k is the text's next section heading, not a row of the table: one segment, a Roman number and
    words in capitals, no number among them, or a decision's or resolution's article ("Điều 2. Tổ chức thực
    hiện"), and no data line right under it (a group row "II. CHI ĐẦU TƯ" whose amounts stand on the line
    under its label goes on)."""
    segs = lines[k]
    if len(segs) == 1 and ARTICLE.match(segs[0][2].strip()):
        return not (k + 1 < len(lines) and data[k + 1])  # a decision's next article: "Điều 2. Tổ chức thực hiện"
    if len(segs) != 1 or not _roman_caps(segs[0][2].strip()):
        return False
    return not (k + 1 < len(lines) and data[k + 1])


def _roman_caps(text: str) -> bool:
    """A Roman number and words in capitals, no number among them ("III. TỔ CHỨC THỰC HIỆN")."""
    return _ROMAN_HEADING.match(text) is not None and text == text.upper() and not any(ch.isdigit() for ch in text)


def _indented_section(segs: list[Seg]) -> bool:
    """A line under a table's rows that is the text's next section heading, wherever it starts: a Roman number,
    then words in capitals with no number among them, its own segment or not ("IV.    KINH PHÍ THỰC HIỆN": Word's
    automatic numbering sets a tab after the number)."""
    text = " ".join(s[2].strip() for s in segs)
    return len(segs) <= 2 and _roman_caps(text) and len(text.split()) >= 3


def _parts_marker(segs: list[Seg]) -> bool:
    return len(segs) == 1 and PARTS_MARKER.match(segs[0][2].strip()) is not None


def _finishes_amounts(row: list[str], cells: dict[int, list[str]], cols: Columns, body: list[list[str]] = ()) -> bool:
    """Whether every amount of a line (digits, maybe with further groups) finishes the amount of
    the row above in its column, cut in a narrow cell before its last group was whole: "5.46" /
    "0", "650.000.00" / "0", "1.050.000." / "000", "1.080.00" / "0.000" (wrap.glue joins them); in a
    table that sets its thousands apart by a space ("9 600", a cell of `body`), at that space: "14" /
    "700" (cell_text joins them with it: "14 700")."""
    amounts = {c: texts for c, texts in cells.items() if cols.first_amount_index <= c < cols.width - 1}
    if not amounts or any(len(texts) != 1 for texts in amounts.values()):
        return False
    if all(finishes_cut_amount(row[c], texts[0]) for c, texts in amounts.items()):
        return True
    return all(_SPACE_CUT_HEAD.match(row[c]) and _SPACE_CUT_REST.match(texts[0]) for c, texts in amounts.items()) \
        and any(SPACED_THOUSANDS.match(cell) for r in body for cell in r)


# an amount cut at the space before a thousands group ("14" / "700" of "14 700") and the rest that finishes it
_SPACE_CUT_HEAD = re.compile(r"^\d{1,3}(?: \d{3})*$")
_SPACE_CUT_REST = re.compile(r"^\d{3}(?: \d{3})*$")


def _label_rest(lines, pages, k: int, header: list[list[Seg]], cols: Columns, tol: float):
    """At the top of a page with no rows of the table: the header repeated (lines of its
    words only), then lines in the label column that go on in lower case, up to a blank
    line or a line from left of the labels: (index after them, their texts), or None."""
    words = {w for segs in header for s in segs for w in s[2].split()}
    j = k
    while j < len(lines) and pages[j] == pages[k] and (not lines[j] or all(
            w in words for s in lines[j] for w in s[2].split())):
        j += 1
    texts: list[str] = []
    while j < len(lines) and pages[j] == pages[k] and lines[j]:
        segs = lines[j]
        if len(segs) != 1 or not cols.label_x0 - tol <= segs[0][0] or segs[0][1] > cols.first_amount \
                or not (segs[0][2][:1].islower() or texts):
            break
        texts.append(segs[0][2])
        j += 1
    # they end at a blank line, the page's end, or a line from left of the labels (a heading)
    if not texts or (j < len(lines) and lines[j] and pages[j] == pages[k] and lines[j][0][0] >= cols.label_x0 - tol):
        return None
    return j, texts


def _lead_in(lines: list[list[Seg]], data: list[bool], k: int) -> bool:
    """Line k is a label line over a data line of its row: no numbers, its label opening
    with a capital, and a data line comes under it before a blank line (within three lines)."""
    segs = lines[k]
    if not segs or data[k] or len(segs) > 2 or any(is_number(s[2]) for s in segs) or not segs[-1][2][:1].isupper():
        return False  # (a label opens with a capital: "mô hình)" goes on with the label above)
    for j in range(k + 1, min(k + 4, len(lines))):
        if not lines[j]:
            return False
        if data[j]:
            return True
    return False


def _lone_total(segs: list[Seg], cols: Columns, tol: float) -> bool:
    """A total's row of one amount, in the table's last amount column ("Tổng cộng ... 11.520" under a cost
    table whose quantities and unit prices have no total), set off by a blank line like the rows above it."""
    return (len(segs) == 2 and TOTAL_LABEL.match(segs[0][2]) is not None and segs[0][0] < cols.first_amount - tol
            and is_number(segs[1][2]) and abs(segs[1][1] - cols.last_amount) <= 2 * tol)


def _widened(lines, first: int, k: int, cols: Columns, new: Columns, tol: float) -> tuple[Columns, list[int]] | None:
    """A new page's rows that name more text columns than the table's first page (its rows there
    group rows and totals, with nothing in the new columns' place): the first page's columns with
    the new ones added at the new page's places (moved with the label), and the indices of the
    added columns; None when a line of the first page holds text there."""
    shift = cols.texts[0] - new.texts[0]
    texts = [x + shift for x in new.texts]
    added = [i for i, x in enumerate(texts) if all(abs(x - t) > tol for t in cols.texts)]
    if len(texts) - len(added) != len(cols.texts) or not added:
        return None
    edge = min(texts[i] for i in added) - tol
    if any(s[1] > edge and s[0] < cols.first_amount - tol and not is_number(s[2])
           for x in range(first, k) for s in lines[x]):
        return None
    return Columns(cols.amounts, cols.code, texts), [1 + i for i in added]


def _centred_lead_in(lines: list[list[Seg]], pages: list[int], data: list[bool], k: int) -> bool:
    """Line k opens the next row with no blank line before it (or a page break only), its cells
    centred on their row: right under a one-line row (a group's "I   Giao thông   251.000 ..."), a
    label line over a data line (_lead_in), and under that data line as many lines as over it (one
    more or less), then a blank line: the row's block of padded cells ("Ban QLDA đầu tư xây" /
    "Đường tỉnh 712 đoạn" / "1 ... 148.000" / "Km12 - Km28" / "giao thông"). (A label wrapped below
    its own data line, or a row's label going on at the top of the next page, has no blank line
    closing a block balanced around the next data line.)"""
    p = k - 1
    while p >= 0 and not lines[p] and pages[p] != pages[k]:
        p -= 1
    if p < 0 or not data[p] or not (p == k - 1 or pages[p] != pages[k]) or not _lead_in(lines, data, k):
        return False
    # the one-line row is a group's or a total (its code a group's, or none), set off by a blank line above
    # it; the row under it an item's (its code a number)
    if CODE.match(lines[p][0][2]) and not GROUP_CODE.match(lines[p][0][2]) or (p > 0 and lines[p - 1]):
        return False
    j = k + 1
    while not data[j]:
        j += 1
    if not ITEM_CODE.match(lines[j][0][2]):
        return False
    return _balanced_block(lines, data, j, j - k)


def _balanced_block(lines: list[list[Seg]], data: list[bool], j: int, above: int, keep=lambda segs: True) -> bool:
    """Whether the row block around data line j is centred on it: its lines under j (lines with no number, each
    passing `keep`) are one or more and as many as the `above` over it (one more or less), a blank line (or the
    text's end) closing them."""
    below = 0
    while j + 1 + below < len(lines) and lines[j + 1 + below] and not data[j + 1 + below] and keep(lines[j + 1 + below]):
        below += 1
    closed = j + 1 + below >= len(lines) or not lines[j + 1 + below]
    return closed and below >= 1 and abs(above - below) <= 1


def _centred_first_row(lines, pages, start: int, cols: Columns, tol: float, floor: int, data: list[bool]) -> int:
    """Where the table's first row starts when its label is centred on its data line (`pdftotext -layout` of
    padded cells: the header, a blank line, "Mở lớp bồi dưỡng" / "1      1.200   800 ..." / "cho công chức",
    a blank line): the label's lines over the data line (in the label column, no number, the first opening
    with a capital), as many as its lines under it (one more or less), a blank line over and under the
    block. Otherwise `start`."""
    def in_label_column(segs: list[Seg]) -> bool:
        return all(s[0] >= cols.label_x0 - tol and s[1] <= cols.first_amount for s in segs)

    k = start
    while k - 1 > floor and start - (k - 1) <= 3 and lines[k - 1] and pages[k - 1] == pages[start] \
            and not data[k - 1] and not any(is_number(s[2]) for s in lines[k - 1]) and in_label_column(lines[k - 1]):
        k -= 1
    if k == start or k - 1 <= floor or lines[k - 1] or not lines[k][0][2][:1].isupper():
        return start
    return k if _balanced_block(lines, data, start, start - k, in_label_column) else start


def _in_label_column(segs: list[Seg], cols: Columns, tol: float) -> bool:
    """The label text of a line starts where labels start (a line from the page's
    margin, left of the labels, is prose after the table)."""
    if cols.code is not None:
        segs = _split_code(segs, cols.code[0], tol, True)  # ("II Kinh tế số": a group's number, then its name)
    left = [s for s in segs if s[1] <= cols.first_amount + tol and not (cols.code and CODE.match(s[2]))]
    # (a total's label may start left of the labels, right of the codes: "    Tổng cộng" under "1      Giải thưởng")
    return all(s[0] >= cols.label_x0 - tol or (cols.code is not None and s[0] > cols.code[1] and len(left) == 1
                                               and TOTAL_LABEL.match(s[2].strip())) for s in left)


def _next_data(data: list[bool], k: int) -> int:
    while k < len(data) and not data[k]:
        k += 1
    return k


def _data_run(data: list[bool], pages, start: int, lines: list[list[Seg]] | None = None) -> list[int]:
    """The data lines of one page of a table from `start` on (given the lines, up to a caption that opens
    another table: "(Đơn vị tính: đồng)" is no line of a table)."""
    if start >= len(data):
        return []
    out = [start]
    k = start + 1
    while k < len(data) and pages[k] == pages[start]:
        if data[k]:
            out.append(k)
        elif lines is not None and len(lines[k]) == 1 and _UNIT_CAPTION.match(lines[k][0][2].strip()):
            break
        k += 1
    return out



def _header(lines, first_data: int, cols: Columns, tol: float, floor: int) -> tuple[list[list[Seg]], int]:
    """Header lines above the first data line: they stay inside the table's span and are
    not a caption (`Đơn vị tính: ...`)."""
    top = first_data
    left = cols.code[0] if cols.code else cols.label_x0
    while top - 1 > floor and first_data - (top - 1) <= MAX_HEADER_LINES:
        if not lines[top - 1]:
            # blank lines inside a header (a PDF's cell padding): the header goes on above
            # them with a line of short cells (a few words each, no sentence), not prose
            above = top - 1
            while above > floor and not lines[above]:
                above -= 1
            segs = lines[above]
            if above <= floor or first_data - above > MAX_HEADER_LINES or not segs \
                    or any(len(s[2].split()) > 4 and not _column_names(s, cols, tol) for s in segs) \
                    or (all(s[1] < cols.first_amount - tol for s in segs) and not _printed_tail(lines, above, cols, tol)):
                break  # (a header line over the amounts has a cell there)
            top = above + 1
            continue
        segs = lines[top - 1]
        if len(segs) == 1 and (CAPTION.match(segs[0][2]) or SENTENCE_END.search(segs[0][2])
                               or OUTLINE_HEADING.match(segs[0][2])):
            break  # a caption, a sentence of the text above the table, a numbered heading ("2. Các chỉ tiêu")
        if len(segs) == 1 and segs[0][2].count(")") > segs[0][2].count("(") and len(segs[0][2].split()) > 2:
            break  # the wrapped rest of a caption in brackets: "(Kèm theo Kế hoạch số ..." / "ngày ... của UBND tỉnh)",
            # "tỉnh Tây Khánh)" (not a heading's unit wrapped: "(triệu" / "đồng)")
        if len(segs) == 1 and _BRACKETED_NOTE.match(segs[0][2].strip()) and len(segs[0][2].split()) > 4:
            break  # a note in brackets whole on its line: "(Chỉ tiêu từng năm theo bảng dưới đây)"
        if any(s[0] < left - 3 * tol for s in segs):
            break
        if len(segs) == 1 and segs[0][0] <= left + tol and segs[0][1] > cols.first_amount + 3 * tol:
            break  # a line from the left edge across the amounts: a title, not a header cell
        top -= 1
    while top < first_data and not lines[top]:
        top += 1  # (the blank lines under a caption are not the header's)
    header: list[list[Seg]] = []
    for k in range(top, first_data):
        if header and _printed_tail(lines, k, cols, tol):
            x0, x1, text = header[-1][-1]  # the last cell's words the printer wrapped: put back
            header[-1] = [*header[-1][:-1], (x0, x1, f"{text} {lines[k][0][2]}")]
        elif lines[k] or header:
            header.append(lines[k])
    return header, top


# a note of the text in brackets, whole on its line, that points to the table under it
_BRACKETED_NOTE = re.compile(r"^\([^()]+\)[.:;]?$")


def _column_names(seg: Seg, cols: Columns, tol: float) -> bool:
    """Whether a long segment of a header line over the amounts is column names one space apart, every word a
    name's ("Số lượng Đơn giá Thành tiền": a printed table's narrow heading cells), not a sentence."""
    return seg[1] >= cols.first_amount - tol and header_cells(seg[2]) is not None




def _printed_tail(lines: list[list[Seg]], k: int, cols: Columns, tol: float) -> bool:
    """Whether header line k is the last word or two of the header line above it, wrapped by a printer
    that broke a plain text's line too long for its page: a lone lower-case segment at the left margin
    (before the label column), under a line of three or more cells whose last stands over the amounts and
    whose first is a whole heading ("TT     Huyện     Tổng số     Ngân sách trung ương     Ngân sách" /
    "tỉnh"). A narrow code column's heading wrapped in its cell ("Số" / "thứ tự") is no such tail."""
    segs = lines[k]
    if len(segs) != 1 or k == 0:
        return False
    x0, x1, text = segs[0]
    words = text.split()
    if not 1 <= len(words) <= 2 or not text[:1].islower() or SENTENCE_END.search(text):
        return False
    left = cols.code[0] if cols.code else cols.label_x0
    label = cols.texts[0] if cols.texts else cols.label_x0
    if x0 > left + tol or x1 > label:
        return False
    above = next((lines[j] for j in range(k - 1, max(k - 3, -1), -1) if lines[j]), None)
    if not above or len(above) < 3 or above[-1][0] < cols.first_amount - tol:
        return False
    first = above[0][2]
    return bool(CODE_HEAD.match(first)) if cols.code else not first[:1].islower()


def _cut_at_amounts(lines: list[list[Seg]], cols: Columns,
                    narrow: dict[tuple[int, Seg], int] | None = None) -> list[list[Seg]]:
    """Header lines whose cells one space apart read as one segment, cut where an amount
    column starts, at a word that starts there (within one unit): a label heading run into
    the first amount's ("Nguồn vốn Tổng giai": "Nguồn vốn" | "Tổng giai"), and the last
    header cells over two amount columns ("NSTW NSĐP"); a heading over columns that header
    cells below it fill is a group ("Năm 2025" over "NSTW" | "NSĐP"), not cut."""
    out: list[list[Seg]] = []
    for li, segs in enumerate(lines):
        below = [s for segs2 in lines[li + 1:] for s in segs2]
        line: list[Seg] = []
        for s in segs:
            parts = [s]
            if " " in s[2] and _one_amount_name(s[2]):
                line.append(s)  # one column's name of two words ("Số lượng" over its narrow numbers set right)
                continue
            for j, (a, b) in enumerate(cols.amounts):
                x0, x1, words = parts[-1]
                nxt = cols.amounts[j + 1][0] if j + 1 < len(cols.amounts) else float("inf")
                if j and " " in words and (x := _run_together(parts[-1], cols.amounts[j - 1][1], a + 1, nxt, lines)):
                    parts[-1:] = _cut_at(parts[-1], x, 0.1)
                    if narrow is not None and len(parts) >= 2:  # each in its own column, no group
                        narrow[(li, parts[-2])], narrow[(li, parts[-1])] = j - 1, j
                    continue
                if not (x0 + 1 < a < x1 - 1 and " " in words):
                    continue
                if j and any(min(b, t[1]) > max(a, t[0]) for t in below):
                    # a group over the columns below it; but two headings one space apart over the lines of theirs
                    # below them ("Định mức Thành" over "(đồng)" | "tiền"), the second's first word a capital a cell
                    # below starts under, clear of the column before ("Năm 2028 Kinh phí" over "NSTW" | "NSĐP" is
                    # a group): cut there, each in its own column
                    lower = [t[0] for t in below if t[1] <= b + 1]
                    split = [w for w in _words(parts[-1])[1:] if cols.amounts[j - 1][1] < w[0] <= a + 1
                             and w[2][:1].isupper() and any(abs(w[0] - t) <= 1 for t in lower)] \
                        if any(abs(x0 - t) <= 1 for t in lower) else []
                    if split and len(cut := _cut_at(parts[-1], split[-1][0], 0.1)) == 2:
                        parts[-1:] = cut
                        if narrow is not None:
                            narrow[(li, cut[0])], narrow[(li, cut[1])] = j - 1, j
                    continue
                # (a heading starts left of its amounts, set right: "Ngân" over "sách tỉnh sách
                # xã", "40" under "xã": the cut is at the word that starts under or over the
                # heading on another line, between the amount column before and this one)
                starts = sorted((t[0] for other in lines if other is not segs for t in other
                                 if max(x0 + 1, cols.amounts[j - 1][1]) < t[0] <= a + 1), reverse=True) if j else []
                cut = next((c for x in starts if len(c := _cut_at(parts[-1], x, 0.5)) == 2), None) \
                    or _cut_at(parts[-1], a, 1.0)
                if len(cut) == 1 and j:
                    # (a heading centred over its column, starting a few units left of its numbers set right, run
                    # into the heading before: "Mức thưởng Thành tiền" over "4.000.000" | "4.000.000": cut at the
                    # capital that opens it, after the column before)
                    caps = [w for w in _words(parts[-1])[1:] if cols.amounts[j - 1][1] < w[0] <= a + 1
                            and w[2][:1].isupper()]
                    cut = _cut_at(parts[-1], caps[-1][0], 0.1) if caps else cut
                parts[-1:] = cut
            line.extend(parts)
        out.append(line)
    return out


def _one_amount_name(text: str) -> bool:
    """Whether a header segment is one amount column's name (spaced_rows.header_cells: "Số lượng", "Thành tiền",
    "Kinh phí"), not two run together ("Đơn giá Thành tiền") nor words of a text column's heading."""
    names = header_cells(text)
    return names is not None and len(names) == 1 and names[0][0] in AMOUNT_KINDS


def _spread_names(lines: list[list[Seg]], cols: Columns, narrow: dict[tuple[int, Seg], int]) -> list[list[Seg]]:
    """The header's last line a segment of n column names one space apart (n >= 2: "NSTW NSĐP NSTW
    NSĐP"), squeezed by the print over fewer columns than it names, starting clear of the amount
    column before the last n and over the first of them: one name over each of the last n amount columns (their
    spans), each in its own column (`narrow`), so that the groups above ("Năm 2022" | "Năm 2023")
    spread over them. A sentence, a note's heading ("Ghi chú"), a line above another header line
    (groups), a segment reaching over the column before the last n, more names than amount columns:
    left as they are."""
    last = max((li for li, segs in enumerate(lines) if segs), default=None)
    if last is None:
        return lines
    # (its last segment so, after the label's heading set apart: "Nguồn vốn" ... "Tổng số Năm 2027 Năm 2028", a
    # print's right tab stops leaving the names one space apart over their spaced amounts)
    *kept, (x0, x1, text) = lines[last]
    names = header_cells(text)
    n = len(names or [])
    if n < 2 or n > len(cols.amounts) or any(kind not in AMOUNT_KINDS for kind, _ in names):
        return lines
    before = cols.amounts[-n - 1][1] if n < len(cols.amounts) else cols.label_x0
    if not before < x0 <= cols.amounts[-n][1] or any(k[1] > cols.amounts[0][0] for k in kept):
        return lines
    spread = [(a, b, name) for (a, b), (_, name) in zip(cols.amounts[-n:], names)]
    for j, seg in enumerate(spread, len(cols.amounts) - n):
        narrow[(last, seg)] = j
    return lines[:last] + [kept + spread] + lines[last + 1:]


def _code_head_cut(segs: list[Seg], cols: Columns, under: list[Seg] = ()) -> list[Seg]:
    """A header line's code heading run one space into the label's heading, cut off it in
    a table with a code column: "TT Chỉ tiêu" -> "TT" | "Chỉ tiêu"; or the first letters of one broken
    in its narrow column, the rest on the line `under` at its place: "S Chỉ tiêu" over "TT" -> "S" |
    "Chỉ tiêu" (the column's heading "S" / "TT" is "STT")."""
    if not segs or cols.code is None or " " not in segs[0][2] or segs[0][0] > cols.code[1] + 1:
        return segs
    words = _words(segs[0])
    if CODE_HEAD.match(" ".join(w[2] for w in words[:2])):
        return segs  # ("Số TT" is one heading)
    if not CODE_HEAD.match(words[0][2]) and not (
            under and abs(under[0][0] - words[0][0]) <= 1 and " " not in under[0][2].strip()
            and CODE_HEAD.match(words[0][2] + under[0][2].strip())):
        return segs
    return [words[0], (words[1][0], segs[0][1], " ".join(w[2] for w in words[1:]))] + segs[1:]


def _run_together(s: Seg, lo: float, hi: float, nxt: float, lines: list[list[Seg]]) -> float | None:
    """Where header segment `s` is two cells one space apart, not a group over two columns:
    a word of its that starts after the amount column before (`lo`) and by this one's start
    (`hi`), when two or more other header lines are run together there too (a word inside
    their segment starting within one unit), no other line runs a word across it, and no
    line has a cell of its own starting between it and the next column (`nxt`: that cell
    would be this column's): columns too narrow for their words ("Ngân Vốn" / "sách sự" /
    "tỉnh nghiệp"). Never at a number: "Năm 2026" over its sources is a group."""
    def own_cell_after(segs: list[Seg], x: float) -> bool:
        return any(x < t[0] < nxt for t in segs)

    line_of = next((segs for segs in lines if any(t is s for t in segs)), [s])
    for w in _words(s)[1:]:
        if not lo <= w[0] <= hi or w[2][:1].isdigit() or own_cell_after(line_of, w[0]):
            continue
        joined = 0
        for segs in lines:
            for t in segs:
                if t is s or not t[0] + 1 < w[0] < t[1]:
                    continue
                starts = [v for v in _words(t)[1:] if abs(v[0] - w[0]) <= 1]
                if not starts or own_cell_after(segs, starts[0][0]):
                    return None  # a word of another line runs across: one heading over both
                joined += not starts[0][2][:1].isdigit()
        if joined >= 2:
            return w[0]
    return None


def _centred(lines: list[list[Seg]], li: int, group_x0: float, first_amount: float) -> bool:
    """Whether the groups of header line li are centred over their columns, not set from
    their first column's start: a heading below starts left of the first group, right of
    the cells left of it on its line (or of the amounts' start)."""
    left = max((s[1] for s in lines[li] if s[1] < group_x0), default=first_amount - 2)
    return any(left < s[0] < group_x0 - 2 for segs in lines[li + 1:] for s in segs)


def _straddled(lines: list[list[Seg]]) -> list[list[Seg]]:
    """A heading of two lines centred in its cell on a header line of other headings (`pdftotext -layout`
    of padded cells: "Nguồn" / "NSTW   NSĐP" / "khác"): the word under the line between, going on in lower
    case over the same place, with nothing of that line over it, is put back after the words above."""
    out = [list(segs) for segs in lines]
    for li in range(len(out) - 2):
        for si, s in enumerate(out[li]):
            if any(t[0] < s[1] and s[0] < t[1] for t in out[li + 1]):
                continue
            under = [t for t in out[li + 2] if t[0] < s[1] and s[0] < t[1]]
            if len(under) != 1 or not under[0][2][:1].islower() or len(under[0][2].split()) > 2:
                continue
            t = under[0]
            out[li][si] = (min(s[0], t[0]), max(s[1], t[1]), f"{s[2]} {t[2]}")
            out[li + 2] = [u for u in out[li + 2] if u is not t]
    return out


def _centred_span(lines, placed, li: int, group: tuple[int, int, int], filled: set[int], spans, first: int,
                  width: int) -> tuple[int, int, int]:
    """A group alone on its header line, centred over its columns ("Trong đó" over "NSTW" | "NSĐP" | "Nguồn
    khác"): the run of two or more amount columns filled below whose headings (or numbers) centre under it,
    the group's middle nearest their middle, its words over them; else the group as found."""
    k, a, b = group
    x0, x1, _ = lines[li][k]
    mid = (x0 + x1) / 2
    own = {c for c, _ in placed[li]} - {placed[li][k][0]}
    edges: dict[int, list[float]] = {}
    for lj in range(li + 1, len(lines)):
        for s, (c, _) in zip(lines[lj], placed[lj]):
            edges.setdefault(c, []).extend([s[0], s[1]])
    cand = [c for c in range(first, width - 1) if c in filled and c not in own]
    best, best_dist = (k, a, b), None
    for i, lo in enumerate(cand):
        for hi in cand[i + 1:]:
            if any(c not in cand for c in range(lo, hi + 1)):
                break  # (a run of columns side by side)
            left = min(edges.get(lo, [spans[lo][0]]))
            right = max(edges.get(hi, [spans[hi][1]]))
            if not (left < x1 and x0 < right):
                continue
            dist = abs((left + right) / 2 - mid)
            if best_dist is None or dist < best_dist:
                best, best_dist = (k, lo, hi), dist
    return best


def _name_goes_on(placed: list[list[tuple[int, str]]], li: int, c: int, spanned: list[int], filled: set[int]) -> bool:
    """Whether line li's cell in column c is a name staggered beside the next columns' names, not a group over them:
    the next cell under it in its column starts in lower case (the rest of its name wrapped in its cell) and a column
    it would span has a name on a line between them or on that line ("Vốn ngân" / "sách trung" / "ương" over its
    numbers, the next column's "Vốn ngân" / "sách tỉnh" a line lower, each centred in its cell; "Vốn ngân" / "sách" /
    "tỉnh" beside a one-line "Vốn xã" on its second line; not "Năm 2026" over "NSTW" / "NS tỉnh",
    nor a group's name wrapped right under it, "Phân kỳ đầu" / "tư" over "2027" / "2028"); or, its name whole on its
    line (its wrapped rest put back), nothing under it in its column and the next line the spanned columns' names
    alone ("Kế hoạch vốn   Vốn sự nghiệp" / "Vốn đối ứng   Vốn vay" / "STT   Hạng mục": a group's first column has a
    name under it)."""
    below = next(((lj, text) for lj in range(li + 1, len(placed)) for col, text in placed[lj] if col == c), None)
    if c not in filled and all(col in spanned for col in filled if col > c) and placed[li + 1:li + 2] and all(
            col in spanned for col, _ in placed[li + 1]):
        return True  # (its name whole on its line, nothing under it, the next columns' names on the next line alone)
    return below is not None and below[1][:1].islower() and any(
        col in spanned for lj in range(li + 1, below[0] + 1) for col, _ in placed[lj])


def _repeated_code_rows(lines: list[list[Seg]], cols: Columns) -> list[list[str]]:
    """_header_rows, each part of a header whose rows each name the code and the label columns again ("TT  Nội dung
    Kinh phí (triệu đồng)  Kinh phí (triệu đồng)" over "TT  Nội dung  Tổng số  Ngân sách xã": a converter's copy of a
    merged cell over the names under it) read on its own, the parts' rows one after another, as the rows of a
    table with those cells."""
    at = [li for li, segs in enumerate(lines) if li and len(segs) > 2 and CODE_HEAD.match(segs[0][2])
          and TEXT_HEADING.match(segs[1][2]) and lines[0] and CODE_HEAD.match(lines[0][0][2])]
    if not at:
        return _header_rows(lines, cols)
    parts = [_header_rows(lines[a:b], cols) for a, b in zip([0] + at, at + [len(lines)])]
    return [row for part in parts for row in part]


def _header_rows(lines: list[list[Seg]], cols: Columns) -> list[list[str]]:
    """Header lines to header rows: group cells (a cell over columns that the lines below
    fill) become rows of their own spread over their columns; the rest of a column's
    header is one cell, read top to bottom."""
    if not lines:
        return []
    lines = _straddled(lines)
    narrow: dict[tuple[int, Seg], int] = {}  # cells of narrow columns run together: their amount column
    lines = _cut_at_amounts(_spread_names([_code_head_cut(segs, cols, lines[li + 1] if li + 1 < len(lines) else ())
                                          for li, segs in enumerate(lines)], cols, narrow), cols, narrow)
    width = cols.width
    first = cols.first_amount_index
    text_spans = [(x, cols.texts[i + 1] if i + 1 < len(cols.texts) else cols.first_amount)
                  for i, x in enumerate(cols.texts)]
    spans = [cols.code or (cols.label_x0 - 1, cols.label_x0 - 1)] + text_spans + cols.amounts \
        + [(cols.last_amount + 1, cols.last_amount + 1000)]

    def column_of(s: Seg) -> int:
        # a header cell starts where its column's numbers start, or overlaps them most
        for c in range(first, width - 1):
            if spans[c][0] - 1 <= s[0] <= spans[c][0] + 1:
                return c
        if s[0] > cols.last_amount + 1:
            return width - 1
        overlap = [max(0.0, min(b, s[1]) - max(a, s[0])) for a, b in spans[:-1]]  # the note only from beyond
        best = max(range(width - 1), key=lambda c: overlap[c])
        if best < first and any(overlap[first:]) and _one_amount_name(s[2]):
            # (an amount column's name wider than its numbers set right, "Số lượng" over "1" / "12" / "160",
            # reaching over the room a text column's span gives it: the amount column's)
            return max(range(first, width - 1), key=lambda c: overlap[c])
        if overlap[best] > 0:
            return best
        mid = (s[0] + s[1]) / 2
        return min(range(width - 1), key=lambda c: min(abs(spans[c][0] - mid), abs(spans[c][1] - mid)))

    placed = [[(first + narrow[(li, s)] if (li, s) in narrow else column_of(s), s[2]) for s in segs]
              for li, segs in enumerate(lines)]
    if not any(c == width - 2 for cells in placed for c, _ in cells):
        # the last amount column's heading centred over its cell, right of its numbers set from the
        # cell's left ("Nguồn" / "khác" beyond "500"): with no heading of its own there, the heading
        # right of the amounts is that column's, not a note's
        placed = [[(width - 2 if c == width - 1 else c, text) for c, text in cells] for cells in placed]
    for li, segs in enumerate(lines):
        # numbered headings one space apart ("2026 2027 2028") over amount columns set wider
        # apart: two in one column are one a column, in order, nearest first (as amounts are)
        nums = [k for k, s in enumerate(segs) if is_number(s[2]) and first <= placed[li][k][0] < width - 1]
        if len({placed[li][k][0] for k in nums}) < len(nums) <= len(cols.amounts):
            for k, c in zip(nums, _place([segs[k] for k in nums], cols)):
                placed[li][k] = (first + c, segs[k][2])
    named = [li for li, segs in enumerate(lines) if segs]
    if len(named) == 1 and len(lines[named[0]]) == width - 1 and not narrow:
        # one header line of a name a column whose names sit off their columns (tabs on a word processor's default
        # stops print short amounts closer together than their names: "Năm 2029    Tổng cộng" over "600   2.100",
        # two names in one column, or one beyond the last, and an amount column with none): one name a column, in order
        li = named[0]
        used = [c for c, _ in placed[li]]
        if (len(set(used)) < len(used) or max(used) >= width - 1) and any(c not in used for c in range(first, width - 1)):
            placed[li] = [(c, s[2]) for c, s in enumerate(lines[li])]
    # a group cell centred over its columns ("Năm 2025" over "NS tỉnh" | "Xã hội") may
    # overlap its last column most: it starts at the first column of the cells below it
    for li, segs in enumerate(lines):
        for k, s in enumerate(segs):
            if (li, s) in narrow:
                continue
            below = {c for lj in range(li + 1, len(lines)) for s2, (c, _) in zip(lines[lj], placed[lj])
                     if s[0] - 2 <= (s2[0] + s2[1]) / 2 <= s[1] + 2 and c >= first}
            if len(below) >= 2 and placed[li][k][0] >= first:
                placed[li][k] = (min(below), s[2])
    filled_below: list[set[int]] = [set() for _ in lines]
    seen: set[int] = set()
    for li in range(len(lines) - 1, -1, -1):
        filled_below[li] = set(seen)
        seen |= {c for c, _ in placed[li]}
    groups: list[tuple[int, int, int, str]] = []  # (line, first col, last col, text)
    leaves: dict[int, list[str]] = {}
    mids = [(a + b) / 2 for a, b in spans]
    gaps = [b - a for a, b in zip(mids[first:width - 1], mids[first + 1:width - 1])]
    pitch = median(gaps) if gaps else 0.0  # from one amount column's middle to the next's

    for li, cells in enumerate(placed):
        order = sorted(range(len(cells)), key=lambda k: cells[k])
        found: list[tuple[int, int, int]] = []  # (segment index, first col, last col)
        for n, k in enumerate(order):
            c, text = cells[k]
            nxt = cells[order[n + 1]][0] if n + 1 < len(order) else width - 1
            spanned = [x for x in range(c + 1, nxt) if x in filled_below[li]]
            if spanned and c >= first and not _name_goes_on(placed, li, c, spanned, filled_below[li]):
                found.append((k, c, max(spanned)))
            else:
                leaves.setdefault(c, []).append(text)
        if len(found) >= 2 and _centred(lines, li, min(lines[li][k][0] for k, _, _ in found), cols.first_amount):
            # groups side by side ("Năm 2026" | "Năm 2027", each centred over its columns):
            # a column filled below goes to the nearest group, within one column's pitch of its edge
            owned: dict[int, list[int]] = {}
            own_cells = {cells[k][0] for k in range(len(cells))} - {c for _, c, _ in found}
            for x in sorted(filled_below[li]):
                if not first <= x < width - 1 or x in own_cells:
                    continue  # (a column with a heading of its own on the groups' line is none of theirs)
                k, dist = min(((k, abs(mids[x] - (lines[li][k][0] + lines[li][k][1]) / 2)) for k, _, _ in found),
                              key=lambda t: t[1])
                if dist <= (lines[li][k][1] - lines[li][k][0]) / 2 + pitch:
                    owned.setdefault(k, []).append(x)
            found = [(k, min(owned[k]), max(owned[k])) if owned.get(k) else (k, a, b) for k, a, b in found]
        elif len(found) == 1 and _centred(lines, li, lines[li][found[0][0]][0], cols.first_amount):
            found = [_centred_span(lines, placed, li, found[0], filled_below[li], spans, first, width)]
        for k, a, b in found:
            # a group under another ("Trong đó" under "Năm 2026") stays inside it; a cell
            # beside the groups above ("Tổng" / "cộng" left of "Năm 2026") spans none of their
            # columns: alone in its column, it is a heading of its own, wrapped
            c = cells[k][0]
            for lj, a2, b2, _ in groups:
                if lj < li and a2 <= c <= b2 and max(a, a2) <= min(b, b2):
                    a, b = max(a, a2), min(b, b2)
                elif lj < li and c < a2 <= b:
                    b = a2 - 1
            if b > a:
                groups.append((li, a, b, cells[k][1]))
            else:
                leaves.setdefault(c, []).append(cells[k][1])
    levels: list[list[tuple[int, int, str]]] = []
    for li, a, b, text in groups:
        depth = sum(1 for lj, a2, b2, _ in groups if lj < li and a2 <= a and b <= b2)
        while len(levels) <= depth:
            levels.append([])
        levels[depth].append((a, b, text))
    leaf = [cell_text("\n".join(_once(leaves.get(c, [])))) for c in range(width)]  # "ST" / "T" is "STT"
    rows = []
    for level in levels:
        row = list(leaf)
        for a, b, text in level:
            for c in range(a, b + 1):
                row[c] = text
        rows.append(row)
    rows.append(leaf)
    return rows


def _once(texts: list[str]) -> list[str]:
    """A column's heading lines, its heading once where the header's rows each write it whole
    (cells not merged down: "TT" over "TT", "Nội" / "dung" over "Nội" / "dung"), not "TTTT"; but a code
    heading broken a letter a line by a narrow column ("T" / "T") is that heading ("TT"), not half of it."""
    half = len(texts) // 2
    if half and CODE_HEAD.match("".join(t.strip() for t in texts)) and not CODE_HEAD.match(texts[0].strip()):
        return texts  # a code heading broken a letter a line in its narrow column ("T" / "T" is "TT", not "T")
    return texts[:half] if half and len(texts) % 2 == 0 and texts[:half] == texts[half:] else texts


# ---------------------------------------------------------------------------
# Tables of text aligned with spaces: a task table (STT | Nội dung | Chủ trì | Phối hợp |
# Thời gian) has no numbers to find its columns by; its header line names them.

# the heading of a text column: "Nội dung công việc", "Đơn vị chủ", "Thời gian", "Ghi chú"
TEXT_HEADING = re.compile(r"(?i)^(?:nội dung|nhiệm vụ|công việc|tên|đơn vị|cơ quan|chủ trì|phối hợp|thời gian|"
                          r"thời hạn|tiến độ|ghi chú|kết quả|sản phẩm|danh mục|hạng mục|giải pháp|hoạt động|"
                          r"nguồn)")  # ("Nguồn", "Nguồn vốn": a fund's name beside an amount column)


# an indicator table's column headings: "Chỉ tiêu", "ĐVT", "Đơn vị tính", "Kế hoạch năm 2013", "Mục tiêu"
INDICATOR_HEADING = re.compile(r"(?i)^(?:chỉ tiêu|đvt|đơn vị tính|kế hoạch|mục tiêu)")


def find_text_tables(lines: list[list[Seg]], pages: list[int] | None = None, tol: float = 2.0) -> list[Table]:
    """Tables of text among a document's lines: a header line that names three or more
    columns (a code heading first, two or more text headings), header cells wrapped
    below it, then rows that start at a row code; a row's cells may wrap over several
    lines. Every segment of a row must sit inside one column: a line across the columns
    (prose, a heading) ends the table."""
    pages = pages or [1] * len(lines)
    tables: list[Table] = []
    # the lines holding a code heading ("STT"): a padded table's header holds one in its first lines
    # (_padded_table_at, asked of each line after a blank one, only where one is that near)
    coded = [False] * len(lines)
    for k, segs in enumerate(lines):
        for s in segs:
            if s[2][:1] in _CODE_HEAD_FIRST and CODE_HEAD.match(s[2]):
                coded[k] = True
                break
    i = 0
    while i < len(lines):
        segs = lines[i]
        if len(segs) >= 2 and (unglued := _glued_code_head(segs)) is not segs:
            lines = lines[:i] + [unglued] + lines[i + 1:]
            segs = unglued
            coded[i] = _holds_code_head(segs)
        named = len(segs) >= 3 and (CODE_HEAD.match(segs[0][2]) or _broken_code_head(lines, i)) \
            and sum(1 for s in segs[1:] if TEXT_HEADING.match(s[2])) >= 2
        if named:
            table = _text_table_at(lines, pages, i, tol)
            apart = _headings_apart(segs)
            if apart is not segs and (table is None or len(table.rows[0]) < len(apart)):
                # (headings of full narrow cells one space apart on the header line, "Cơ quan chủ Cơ quan phối
                # Thời", read as fewer columns than they name, or not at all: each its own, where the table reads
                # so, and the padded reader, which reads such a header by its lines under it, reads no more columns)
                split = _text_table_at(lines[:i] + [apart] + lines[i + 1:], pages, i, tol)
                if split is not None and table is None and _padded_start(lines, coded, i):
                    padded = _padded_table_at(lines, pages, i, tol)
                    split = None if padded is not None and len(padded.rows[0]) >= len(split.rows[0]) else split
                table = split or table
            if table is not None:
                tables.append(table)
                i = table.last + 1
                continue
        # (a header that names its columns over rows centred in their padding, a row's first line above its
        # code: no row under the header line opens at a code, the rows are read as a padded table's)
        # (its header right under the table's caption: "(Kèm theo Kế hoạch số ...)" / "Năm     Năm"; a caption in
        # brackets or with its colon, not a heading's word, "Đơn vị" over "thực hiện")
        if _padded_start(lines, coded, i):
            table = _padded_table_at(lines, pages, i, tol)
            if table is not None:
                tables.append(table)
                i = table.last + 1
                continue
        i += 1
    return tables


# a heading's first words that need their rest ("Cơ quan" / "chủ trì"): no heading of their own
_HEADING_KIND = re.compile(r"(?i)^(?:cơ quan|đơn vị)$")
# a heading's first word alone, its rest wrapped under it ("Thời" / "gian", "Tiến" / "độ")
_HEADING_FIRST = re.compile(r"(?i)^(?:thời|tiến|ghi|kết|sản)$")


def _heading_piece(text: str) -> bool:
    return TEXT_HEADING.match(text) is not None or _HEADING_FIRST.match(text) is not None


def _headings_apart(segs: list[Seg]) -> list[Seg]:
    """A header line's segments with the headings one segment runs together one space apart cut before each
    heading's first word in capitals ("Cơ quan chủ Cơ quan phối Thời": "Cơ quan chủ" | "Cơ quan phối" | "Thời"), every
    piece a heading (TEXT_HEADING, or a heading's first word whose rest wrapped under it) and none a heading's kind
    alone ("Cơ quan Chủ trì" is one); the segments themselves (the same list) where none is cut."""
    out: list[Seg] = []
    for sg in segs:
        words = _words(sg)
        cuts = [k for k, w in enumerate(words) if k and w[2][:1].isupper() and (TEXT_HEADING.match(" ".join(
            v[2] for v in words[k:])) or _HEADING_FIRST.match(w[2]))]
        bounds = list(zip([0] + cuts, cuts + [len(words)]))
        pieces = [" ".join(v[2] for v in words[a:b]) for a, b in bounds]
        if not cuts or not all(_heading_piece(p) and not _HEADING_KIND.match(p) for p in pieces):
            out.append(sg)
            continue
        out += [(words[a][0], words[b - 1][1], piece) for (a, b), piece in zip(bounds, pieces)]
    return out if len(out) > len(segs) else segs


def _padded_start(lines: list[list[Seg]], coded: list[bool], i: int) -> bool:
    """Whether a padded table's header may start at line i (find_text_tables): after a blank line or a caption, a
    code heading in its first lines."""
    return bool(lines[i]) and (i == 0 or not lines[i - 1] or _caption_line(lines[i - 1])) \
        and any(coded[i:i + PADDED_HEADER_LINES])


def _caption_line(segs: list[Seg]) -> bool:
    """A table's caption alone on its line, in brackets or with its colon ("(Kèm theo Kế hoạch số ...)", "Đơn vị tính:
    triệu đồng")."""
    if len(segs) != 1:
        return False
    text = segs[0][2].strip()
    return CAPTION.match(text) is not None and (text[:1] == "(" or ":" in text)


_CODE_HEAD_FIRST = frozenset("sStT5ſ")  # what CODE_HEAD's match opens on, however the case ("ſ": long s)


def _holds_code_head(segs: list[Seg]) -> bool:
    """Whether a segment of the line is a code heading (CODE_HEAD; its first character asked first)."""
    return any(s[2][:1] in _CODE_HEAD_FIRST and CODE_HEAD.match(s[2]) for s in segs)


def _glued_code_head(segs: list[Seg]) -> list[Seg]:
    """A header line whose code heading runs into the next heading one space after it, a narrow code
    column ("TT Nội dung chi      Dự toán     Ghi chú"): the code heading and the rest as segments of their
    own; else the segments as they are."""
    x0, x1, text = segs[0]
    head, _, rest = text.partition(" ")
    if not rest or not CODE_HEAD.match(head) or not TEXT_HEADING.match(rest):
        return segs
    width = (x1 - x0) / max(len(text), 1)
    return [(x0, x0 + width * len(head), head), (x0 + width * (len(head) + 1), x1, rest)] + segs[1:]


def _broken_code_head(lines: list[list[Seg]], i: int) -> int:
    """The code heading "STT" (or "TT") broken in a narrow column: "ST" on the header line, "T" under it at the
    same place, or a letter a line ("S" / "T" / "T", "T" / "T"; wrap.broken_word joins them: cell_text): how
    many lines under the header line finish it (0: none, the header's first cell is no broken code heading)."""
    segs = lines[i]
    if not segs or segs[0][2] not in ("ST", "S", "T"):
        return 0
    text = segs[0][2]
    for n in (1, 2):
        if i + n >= len(lines) or not lines[i + n]:
            return 0
        under = lines[i + n][0]
        if abs(under[0] - segs[0][0]) > 1 or len(under[2]) > 2:
            return 0
        text += under[2]
        if CODE_HEAD.match(text):
            return n
    return 0


SHIFT_MAX = 8  # characters: how far left of its column pdftotext may set a row's cell (its left cell full)
PADDED_HEADER_LINES = 6  # lines a header of merged cells, centred on its rows, may take
PADDED_HEADING_WORDS = 5  # words a heading of such a header may have


def _stacked(head: list[list[Seg]]) -> list[str]:
    """A header's headings with the words wrapped under them in their cell: each segment's text, then the
    segments of the lines below that lie under it, one a line ("Thời" / "gian" is "Thời gian", a line of other
    headings between them or not)."""
    out = []
    for n, segs in enumerate(head):
        for s in segs:
            text, lo, hi = s[2], s[0], s[1]
            for below in head[n + 1:]:
                under = [t for t in below if t[0] < hi and lo < t[1]]
                if not under:
                    continue  # (a line with nothing there: the heading's cell centred around it)
                if len(under) > 1:
                    break
                text = f"{text} {under[0][2]}"
            out.append(text)
    return out


def _cut_at_starts(sg: Seg, starts: list[float], tol: float, left: float = 1.0, capital: bool = False) -> list[Seg]:
    """A header segment cut before the word that starts near each column start it runs across (`left` units left
    of it at most, one right; with `capital`, a word in capitals' case only): two headings of full narrow cells
    one space apart ("Bộ phận chủ Bộ phận phối", "chủ trì soạn quyết định")."""
    out = [sg]
    for start in starts:
        last = out[-1]
        if last[0] + tol < start < last[1]:
            near = [w for w in _words(last)[1:] if start - left <= w[0] <= start + 1
                    and (not capital or w[2][:1].isupper())]
            if near:
                out[-1:] = _cut_at(last, min(near, key=lambda w: abs(w[0] - start))[0], 0.5)
    return out


def _rows_starts(heads: list[float], body: list[list[Seg]], tol: float) -> list[float]:
    """Where the rows start each column headed at `heads`: the start the rows' cells (after the first) most often
    take within `tol` + 1 left of the heading or one right; the heading's own where no row's cell starts near it."""
    out = []
    for h in heads:
        near = Counter(sg[0] for segs in body for sg in segs[1:] if h - tol - 1 <= sg[0] <= h + 1)
        out.append(max(near, key=lambda x: (near[x], x)) if near else h)
    return out


def _padded_table_at(lines: list[list[Seg]], pages: list[int], start: int, tol: float) -> Table | None:
    """A task table whose cells are centred on their rows and padded (a ruled table printed to
    PDF, read by `pdftotext -layout`): a blank line between rows; the header a block of lines
    with no blank line inside (its merged cells centred over several lines: "TT" and "Nội dung"
    on its middle line, "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"), a code heading
    leftmost and two or more text headings; each row a block whose code stands at the
    margin on one of its lines (its middle one), the cells' lines around it, or a group row
    (its code, then a title across the columns, alone on its line). The columns come from
    the rows (_unbridged: a full cell run one space into the next is cut). Ends at a block
    that is no row, or at a page break (the header alone at a page's foot: its rows' page's end)."""
    end = start
    while end < len(lines) and lines[end] and end - start < PADDED_HEADER_LINES:
        end += 1
    after = next((x for x in range(end, len(lines)) if lines[x]), len(lines))
    if after < len(lines) and pages[after] != pages[start] and not any(
            s[0] <= lines[start][0][0] + tol and CODE.match(s[2]) for s in lines[after]):
        # the header's row broken by a page break (a row allowed to break across pages): the rest of its
        # headings at the next page's top, a block of its own ("Cơ quan chủ" / page break / "trì"), no row's code
        rest = after
        while rest < len(lines) and lines[rest] and rest - start < PADDED_HEADER_LINES:
            rest += 1
        if all(len(s[2].split()) <= 3 and not is_number(s[2]) for k in range(after, rest) for s in lines[k]):
            end = rest
    if end >= len(lines) or lines[end] or sum(1 for k in range(start, end) if lines[k]) < 2:
        return None
    head = [s for k in range(start, end) for s in lines[k]]
    left = min(s[0] for s in head)
    codes = [s for s in head if CODE_HEAD.match(s[2])]
    if len(codes) != 1 or codes[0][0] > left + tol or sum(1 for s in _stacked([lines[k] for k in range(start, end)])
                                                          if TEXT_HEADING.match(s) or INDICATOR_HEADING.match(s)
                                                          or AMOUNT_HEADING.match(s)) < 2 \
            or any(len(s[2].split()) > 2 * PADDED_HEADING_WORDS or SENTENCE_END.search(s[2]) for s in head):
        return None
    margin = left + tol  # a row's code starts before here (centred in its column: " 1", "1.1"); its cells right of it
    blocks: list[tuple[int, int]] = []  # (first line, line after) of each row
    k = end
    # the rows' page: the header's, or the next when the header ends its page (a table's header at a page's
    # foot, its rows on the next page)
    first = next((x for x in range(end, len(lines)) if lines[x]), len(lines))
    page = pages[first] if first < len(lines) else pages[start]
    head_words = {w for k in range(start, end) for s in lines[k] for w in s[2].split()}
    total: tuple[int, int] | None = None
    while True:
        while k < len(lines) and not lines[k]:
            k += 1
        if k >= len(lines):
            break
        b = k
        while b < len(lines) and lines[b] and pages[b] == pages[k]:
            b += 1
        if pages[k] != page:
            # the table goes on over a page break when the next page opens with a row (after the header
            # repeated, a block of its words only)
            if not blocks:
                break
            if all(w in head_words for x in range(k, b) for s in lines[x] for w in s[2].split()):
                k = b
                continue
            page = pages[k]
        block = [_split_code(lines[x], left, tol) for x in range(k, b)]
        at_margin = [n for n, segs in enumerate(block) if segs[0][0] <= margin]
        if not at_margin and blocks and b - k == 1 and len(block[0]) >= 2 and TOTAL_LABEL.match(block[0][0][2]):
            total = (k, b)  # the total row under the rows, no code of its own: "Tổng cộng   215.000.000"
            break
        # (the code alone on its line when every cell of the row is centred around it: lines over and under it)
        if len(at_margin) != 1 or not CODE.match(block[at_margin[0]][0][2]) \
                or len(block[at_margin[0]]) < 2 and not 0 < at_margin[0] < len(block) - 1:
            break
        blocks.append((k, b))
        k = b
    while blocks and blocks[-1][1] - blocks[-1][0] == 1 and len(_split_code(lines[blocks[-1][0]], left, tol)) == 2:
        blocks.pop()  # a group row ends no table: "III.  KINH PHÍ" under the last row is the next heading
    rows_at = [(k, b) for k, b in blocks if not (b - k == 1 and len(_split_code(lines[k], left, tol)) == 2)]
    if len(rows_at) < 2:
        return None
    body = [_split_code(lines[x], left, tol) for k, b in rows_at for x in range(k, b)]
    body, spans = _unbridged(body, margin, tol)
    if len(spans) < 3:
        return None
    cut = iter(body)
    header: list[list[str]] = [[] for _ in spans]
    groups: dict[int, str] = {}
    # (two headings of narrow columns run together one space apart: "Bộ phận chủ Bộ phận phối" over "trì" | "hợp";
    # a span opens four characters left of its column's start (_unbridged), a centred heading up to four left of it,
    # and it opens with a capital: a group's heading over both columns, "Đơn vị thực hiện", is whole)
    starts = [a + 4 for a, _ in spans[1:]]
    head_lines = [[p for sg in lines[k] for p in _cut_at_starts(sg, starts, tol, 4, capital=True)]
                  for k in range(start, end)]
    if any(len(sg[2].split()) > PADDED_HEADING_WORDS for segs in head_lines for sg in segs):
        return None  # (a heading is a few words: a longer line is prose)
    for n, segs in enumerate(head_lines):
        for sg in segs:
            # (a heading that runs a letter or two into the next column spans only its own: "Cơ quan chủ" over
            # "trì", the columns set by rows on the next page)
            cols = [c for c, (a, b) in enumerate(spans) if min(b, sg[1]) - max(a, sg[0]) > tol]
            below = {_column_of(t, spans) for later in head_lines[n + 1:] for t in later}
            if len(cols) >= 2 and all(c in below for c in cols):
                for c in cols:
                    groups[c] = sg[2]
            else:
                header[_column_of(sg, spans)].append(sg[2])
    if any(not cell for cell in header):
        return None
    leaf = [cell_text("\n".join(cell)) for cell in header]
    grid = ([[groups.get(c, leaf[c]) for c in range(len(spans))]] if groups else []) + [leaf]
    for k, b in blocks:
        if (k, b) not in rows_at:
            segs = _split_code(lines[k], left, tol)
            grid.append([segs[0][2], segs[1][2]] + [""] * (len(spans) - 2))
            continue
        cells: list[list[str]] = [[] for _ in spans]
        for _ in range(k, b):
            for sg in next(cut):
                # (the row's code at the margin, centred in its narrow column: "  1", " II", its own column whatever
                # the spans say, a code right of where they start the labels' column)
                cells[0 if sg[0] <= margin and CODE.match(sg[2]) else _column_of(sg, spans)].append(sg[2])
        grid.append([cell_text("\n".join(cell)) for cell in cells])
    if total is not None:
        cells = [[] for _ in spans]
        for sg in lines[total[0]]:
            cells[max(1, _column_of(sg, spans))].append(sg[2])
        grid.append([cell_text("\n".join(cell)) for cell in cells])
    return Table(start, (total or blocks[-1])[1] - 1, grid, padded=True)


AMOUNT_HEADING = re.compile(r"(?i)^(?:kinh phí|dự toán|số tiền|tổng kinh phí|thành tiền)")


def _text_table_at(lines: list[list[Seg]], pages: list[int], start: int, tol: float) -> Table | None:
    head = lines[start]
    width = len(head)
    margin = head[0][1] + tol  # a line that starts left of here starts a row, or ends the table

    def row_start(segs: list[Seg]) -> bool:
        if len(segs) >= 3 and segs[0][0] <= margin and CODE.match(segs[0][2]) is not None:
            return True
        # a total row with no code: its label alone in the first text column, its amount in the last
        # ("            Tổng                          1.700" / "            cộng"), or in the one column
        # whose heading names an amount ("Kinh phí", "Dự toán") left of a text column; not a row's wrapped line
        return (len(segs) >= 2 and width >= 3 and TOTAL_LABEL.match(segs[0][2]) is not None
                and segs[0][0] <= head[1][1] + tol and is_number(segs[-1][2])
                and (segs[-1][0] >= head[-1][0] - tol or (
                    len(segs) == 2 and any(AMOUNT_HEADING.match(h[2]) and abs(segs[-1][0] - h[0]) <= tol
                                           for h in head[2:]))))

    def section(k: int, segs: list[Seg]) -> bool:
        # a group row: its code, then a title across the columns ("I   Hoàn thiện cơ chế,
        # chính sách"), starting in the task column, the next line a row of the table; a
        # title in capitals (or under a group's letter) may wrap in the task column
        # ("A   CÔNG TÁC TUYÊN TRUYỀN, QUÁN" / "    TRIỆT"), its rest at the title's start
        if not (len(segs) == 2 and segs[0][0] <= margin and CODE.match(segs[0][2]) and segs[0][1] < segs[1][0]
                and segs[1][0] <= head[1][1] + tol and segs[1][2][:1].isupper()):
            return False
        nxt = k + 1
        while nxt < len(lines) and not lines[nxt]:
            nxt += 1
        # (a title in a narrow task column may wrap over several lines: "Nhóm nhiệm" / "vụ về hạ" / "tầng du lịch")
        wrapped = 0
        while nxt < len(lines) and wrapped < TITLE_WRAP_LINES and _title_wrapped(segs, lines[nxt], tol):
            nxt += 1
            wrapped += 1
            while nxt < len(lines) and not lines[nxt]:
                nxt += 1
        return nxt < len(lines) and row_start(split(nxt))

    def split(k: int) -> list[Seg]:
        return _split_code(lines[k], head[0][0], tol) if lines[k] else []

    def items_then_row(k: int) -> bool:
        # a task cell's items under its name ("- Rà soát sổ hộ tịch" / "lưu trữ;" / "- Nhập dữ liệu ..."), each line
        # in the task column, the next row right after them: the row goes on (a list after the table has no row)
        j = k
        while j < len(lines) and lines[j] and not row_start(split(j)):
            if lines[j][0][0] < cell_left - tol or lines[j][0][1] > head[2][0] + tol:
                return False
            j += 1
        return j < len(lines) and bool(lines[j]) and row_start(split(j))

    def cell_rest_after_gap(k: int) -> bool:
        # lines after a blank line inside a row: a cell's nested table, or its items set apart ("Liên minh Hợp
        # tác xã tỉnh" / (blank) / "Trường Cao" / "đẳng Lâm Viên" in the partner column); every segment right of
        # the task column, where the agencies and times are (a paragraph after the table starts at its left),
        # and the next row (or the next page) after them
        if width < 4:
            return False
        j = k
        while j < len(lines) and lines[j] and pages[j] == pages[k]:
            if row_start(split(j)) or any(s[0] < head[2][0] - tol for s in lines[j]):
                return False
            j += 1
        while j < len(lines) and not lines[j]:
            j += 1
        return j < len(lines) and (pages[j] != pages[k] or row_start(split(j)) or section(j, split(j)))

    # the table's lines: heading lines wrapped below the header (a page break may come
    # between), then rows that start at a code; a line from the margin that is no row ends
    # it, but at the top of a new page lines may finish the row the page break cut
    header_lines: list[tuple[int, list[Seg]]] = []  # (page, segments) of the headings wrapped below
    body: list[list[Seg]] = []
    body_pages: list[int] = []  # the page of each body line
    body_at: list[int] = []  # the index of each body line in `lines`
    sections: set[int] = set()  # the body lines that are group rows (a code, a title across the columns)
    # where the rows' first text cell starts: a wrapped line of that cell ("  1   Xây dựng kho ..." /
    # "      chung cho các trường") starts there, right of the code column but not right of `margin`
    cell_left: float | None = None
    cuts: list[tuple[int, list[str]]] = []  # (body lines before it, the cells) of a cut row's rest
    last = start
    k = start + 1
    while k < len(lines):
        segs = split(k)
        if not segs:
            nxt = k + 1
            while nxt < len(lines) and not lines[nxt]:
                nxt += 1
            if nxt < len(lines) and (not body or row_start(split(nxt)) or pages[nxt] != pages[last]
                                     or cell_rest_after_gap(nxt)):
                k = nxt
                continue
            break
        if body and cell_left is not None and len(head) > 2 and cell_left - tol <= segs[0][0] < head[2][0] - tol \
                and segs[0][1] > head[2][0] + tol and not row_start(segs) and not section(k, segs):
            # a wrapped line of the task cell that runs into the next column one space apart ("cho hộ nghèo, hộ
            # cận Chính sách": the lead's second line starts where its column does): cut where a column starts
            # (only where each piece then sits in one column: a sentence after the table runs across them)
            # (the columns where the rows so far start them: pdftotext sets a row's cells a character or two left
            # of the header's, "Cơ quan chủ" at 28 over "Sở Nông" at 26)
            starts = _rows_starts([h[0] for h in head[2:]], body, tol)
            cut = _cut_at_starts(segs[0], starts[:1], tol, tol)  # (into the lead's column only: a sentence runs on)
            if len(cut) > 1 and not any(p[0] + tol < h < p[1] for p in cut for h in starts):
                segs = cut + segs[1:]
        if not body and all(_RULE_RUN.match(s[2]) for s in segs):
            # a rule of dashes under the header (a simple table typed in a <pre>, pandoc's, a
            # crawler's): no heading, no row
            last = k
            k += 1
            continue
        if body and pages[k] != pages[last] and not row_start(segs) and not section(k, segs):
            # the top of a new page: the header repeated (Word repeats a table's heading rows)
            # goes; then the rest of the row the page break cut, up to the next row
            words = {w for line in [head, *(segs for _, segs in header_lines)] for s in line for w in s[2].split()}
            top = k
            while top < len(lines) and lines[top] and pages[top] == pages[k] and top - k <= len(header_lines) \
                    and all(w in words for s in lines[top] for w in s[2].split()):
                top += 1
            while k < top < len(lines) and not lines[top]:
                top += 1  # (a blank line under the header repeated, as under the first page's: the rows' spacing)
            if top > k and top < len(lines) and lines[top] and pages[top] == pages[k]:
                k = top
                segs = split(k)
                if row_start(segs) or section(k, segs):
                    continue
            end = k
            while True:
                while end < len(lines) and lines[end] and pages[end] == pages[k] and not row_start(split(end)) \
                        and not section(end, split(end)):
                    end += 1
                nxt = end
                while nxt < len(lines) and not lines[nxt]:
                    nxt += 1
                if not (nxt > end and nxt < len(lines) and pages[nxt] == pages[k] and cell_rest_after_gap(nxt)):
                    break
                end = nxt  # (the cut row's cell goes on after a blank line: its rest is the cut's too)
            cells = _cut_row(body, [lines[x] for x in range(k, end) if lines[x]], width, row_start, sections,
                             margin, tol, [head] + [segs for _, segs in header_lines])
            if cells is None:
                if end < len(lines) and pages[end] == pages[k] and (row_start(split(end)) or section(end, split(end))) \
                        and not any(STARTS_BLOCK.match(lines[x][0][2]) for x in range(k, end)):
                    # lines in columns of the new page's own, the rows going on under them:
                    # they continue the row, placed by the columns of their page
                    for x in range(k, end):
                        body.append(split(x))
                        body_pages.append(pages[x])
                        body_at.append(x)
                    last, k = end - 1, end
                    continue
                break
            cuts.append((len(body), cells))
            last, k = end - 1, end
            continue
        if row_start(segs) or section(k, segs):
            if len(segs) == 2 and not row_start(segs):
                sections.add(len(body))
            body.append(segs)
            body_pages.append(pages[k])
            body_at.append(k)
            if len(segs) > 2:
                cell_left = segs[1][0] if cell_left is None else min(cell_left, segs[1][0])
        elif segs[0][0] <= margin and not (cell_left is not None and segs[0][0] >= cell_left - tol
                                           and segs[0][1] <= head[2][0] + tol
                                           and (not STARTS_BLOCK.match(segs[0][2]) or items_then_row(k))) \
                and not start < k <= start + _broken_code_head(lines, start):  # ("ST" / "T": a heading line)
            break
        elif body and _indented_section(segs):
            break  # the text's next section, its number indented as Word numbers it ("    IV.    KINH PHÍ THỰC HIỆN")
        elif body or (len(segs) >= 2 and segs[0][2][:1].isupper() and GLUED_AMOUNT.match(segs[-1][2])
                      and not is_number(segs[0][2])):
            # (a line under the header with an amount in thousands groups is no heading: a total row with
            # no code above the first coded row, "Tổng chi ngân sách xã   6.842.500")
            body.append(segs)
            body_pages.append(pages[k])
            body_at.append(k)
        else:
            header_lines.append((pages[k], segs))
        last = k
        k += 1
    if not body:
        return None
    runs = _column_runs(body)
    paged = None  # the columns of each page, when the pages' columns differ or a cell ran into the next
    if len(runs) != width or sections:
        head_of = {pages[start]: [head] + [segs for page, segs in header_lines if page == pages[start]]}
        paged = _paged_runs(body, body_pages, sections, width, margin, tol, head_of)
        if paged is None:
            return None
        body, cut_at, runs_of = paged
        if cut_at < len(body_pages):  # a page whose columns cannot be told: the table ends above it
            body, body_pages = body[:cut_at], body_pages[:cut_at]
            cuts = [(b, c) for b, c in cuts if b <= cut_at]
            last = body_at[cut_at - 1]
        runs = runs_of[body_pages[0]]

    # the header line names one column per cell; a heading wrapped below it is placed by
    # the header line on its page, by the rows on the next (a page may be set wider)
    header: list[list[str]] = [[s[2]] for s in head]
    head_spans = [(s[0], s[1]) for s in head]
    for page, segs in header_lines:
        spans = head_spans if page == pages[start] else runs
        for s in segs:
            # (headings wrapped in full narrow cells one space apart, "chủ trì soạn quyết định" under "Cơ quan"
            # | "Cấp trình,": cut where the next heading above starts)
            for p in _cut_at_starts(s, [a for a, _ in spans[1:]], tol):
                header[_column_of(p, spans)].append(p[2])
    if paged is None:
        rows = _text_rows(body, runs, row_start)
    else:
        rows = _paged_rows(body, body_pages, sections, runs_of, row_start)
    # body lines up to each row's end
    ends = [n for n, segs in enumerate(body) if row_start(segs) or n in sections][1:] + [len(body)]
    for before, cells in cuts:  # a cut row's rest finishes the row it belongs to
        r = next(n for n, e in enumerate(ends) if e >= before)
        rows[r] = join([rows[r]], [cells])[0]
    first = start
    if (above := _heading_line_above(lines, pages, start, head_spans, tol)) is not None:
        # "Thời gian" over the header line, "thực hiện" under it: a two-line heading set
        # around the one-line headings beside it
        for s in above:
            header[_column_of(s, head_spans)].insert(0, s[2])
        first = start - 1
    grid = [[cell_text("\n".join(cell)) for cell in header]] + rows
    return Table(first, last, grid)


_RULE_RUN = re.compile(r"^(?:-{2,}|={2,}|_{2,})$")  # a column's part of a rule under a header: "---", "===="
ITEM_CODE = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")  # an item row's code: "1", "2.1"
TITLE_WRAP_LINES = 4  # lines a group row's title may wrap over in its column, below its first

# a group row's code in a table typed with spaces: "II", "B." (a letter among the first, "A" to "H": narrower
# than layout.cells.GROUP_CODE, which a grid's cells are matched with)
GROUP_CODE = re.compile(r"^(?:[IVXLC]{1,6}|[A-HĐ])\.?$")


def _title_wrapped(row: list[Seg], under: list[Seg], tol: float) -> bool:
    """Whether `under` is the rest of a group row's title wrapped in the task column: one
    segment starting where the title starts, the title in capitals or under a group's code
    ("A" / "II", not a task's "3": a task row with its other cells empty is no group)."""
    code, title = row
    caps = title[2].upper() == title[2] and under and under[0][2].upper() == under[0][2]
    return (len(under) == 1 and abs(under[0][0] - title[0]) <= tol and any(c.isalpha() for c in under[0][2])
            and (GROUP_CODE.match(code[2]) is not None or caps))


# words of a column heading: no digits, no sentence end, no outline label ("II. NHIỆM VỤ")
_HEADING_WORDS = re.compile(r"^(?![IVXLC]+\.|\d|[a-zđ]\))[^\d.:;!?]{2,30}$")


def _heading_line_above(lines: list[list[Seg]], pages: list[int], start: int, spans, tol: float) -> list[Seg] | None:
    """The line right above a text table's header line when it holds the first lines of
    headings only: each segment a few words centred over a heading of the header line, right
    of the code column (a heading or prose line above the table is none)."""
    if start == 0 or not lines[start - 1] or pages[start - 1] != pages[start]:
        return None
    segs = lines[start - 1]
    for s in segs:
        if s[0] <= spans[0][1] + tol or not _HEADING_WORDS.match(s[2]) or len(s[2].split()) > 4:
            return None
        a, b = spans[_column_of(s, spans)]
        if abs((s[0] + s[1]) / 2 - (a + b) / 2) > max((b - a) / 2, 3):
            return None
    return segs


def _column_runs(body: list[list[Seg]]) -> list[list[int]]:
    """The columns of a text table: the runs of character positions its rows fill, with
    a free strip between them (a heading is centred over its cells and may be narrower or
    wider)."""
    covered = sorted({x for segs in body for s in segs for x in range(int(s[0]), int(s[1]) + 1)})
    runs: list[list[int]] = []
    for x in covered:
        if runs and x <= runs[-1][1] + 1:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    return runs


def _column_of(s: Seg, spans) -> int:
    """The column a segment overlaps most, else the one whose middle is nearest."""
    overlap = [max(0.0, min(b, s[1]) - max(a, s[0])) for a, b in spans]
    best = max(range(len(spans)), key=lambda c: overlap[c])
    if overlap[best] > 0:
        return best
    mid = (s[0] + s[1]) / 2
    return min(range(len(spans)), key=lambda c: abs((spans[c][0] + spans[c][1]) / 2 - mid))


def _text_rows(body: list[list[Seg]], runs, row_start) -> list[list[str]]:
    """Body lines to rows of cells, a row starting at each row-start line."""
    rows: list[list[list[str]]] = []
    for segs in body:
        if row_start(segs) or not rows:
            rows.append([[] for _ in runs])
        for s in segs:
            rows[-1][_column_of(s, runs)].append(s[2])
    return [[list_cell_text("\n".join(cell)) for cell in row] for row in rows]


def _cut_row(body: list[list[Seg]], cut: list[list[Seg]], width: int, row_start, sections: set[int] = frozenset(),
             margin: float = 0.0, tol: float = 2.0, head: list[list[Seg]] = ()) -> list[str] | None:
    """The cells of lines at the top of a new page that finish the last row of `body`
    (the row the page break cut), or None when they do not. `pdftotext -layout` sets each
    page on its own, so these lines have columns of their own: a run for every column but
    the row code's, in order, each no wider than its column on the page before (or, for a
    rest in some columns only, each segment within a column of the page before); no line
    that starts a block (a heading, a bullet, "Nơi nhận"); and what they hold must finish
    the last row (extractors.layout.continued)."""
    runs = _column_runs(body)
    if len(runs) != width or sections:  # the columns of the last page, a cell run into the next cut apart
        body, runs = _unbridged([segs for n, segs in enumerate(body) if n not in sections], margin, tol, head)
    own = _column_runs(cut)
    if len(runs) != width or any(STARTS_BLOCK.match(segs[0][2]) for segs in cut):
        return None
    cells: list[list[str]] = [[] for _ in range(width)]
    if len(own) == width - 1:
        if any(b - a > runs[c + 1][1] - runs[c + 1][0] + 2 for c, (a, b) in enumerate(own)):
            return None  # wider than the column it would finish
        for segs in cut:
            for s in segs:
                cells[1 + _column_of(s, own)].append(s[2])
    else:
        # the rest in some columns only ("chống thiên" | "hội" under a row of five cells):
        # each segment within a column of the page before (but the row code's), up to where the next
        # column starts (the new page may set its columns a character or two aside)
        for segs in cut:
            for s in segs:
                col = next((c for c in range(1, width) if runs[c][0] - tol <= s[0] and s[1] <= max(
                    runs[c][1], runs[c + 1][0] if c + 1 < width else runs[c][1]) + tol), None)
                if col is None:
                    return None
                cells[col].append(s[2])
    rest = [cell_text("\n".join(cell)) for cell in cells]
    last_row = _text_rows(body, runs, row_start)[-1]
    return rest if finishes_row(last_row, rest) else None


def _crossed(x: int, lines: list[list[Seg]]) -> bool:
    """Whether a segment of `lines` runs across `x` with no word of it starting there (a
    cell's text, not two cells one space apart)."""
    for segs in lines:
        for s in segs:
            if s[0] + 1 < x < s[1] - 1 and not any(x <= s[0] + m.start() <= x + 1 for m in re.finditer(r"(?<= )\S", s[2])):
                return True
    return False


def _unbridged(body: list[list[Seg]], margin: float, tol: float,
               head: list[list[Seg]] = (), least: int = 2) -> tuple[list[list[Seg]], list[list[int]]]:
    """The lines of a text table with a segment that runs from one column into the next cut
    where the next column starts. `pdftotext -layout` leaves one space between two cells'
    words when the left cell is full ("thao và Du Nông": "Sở Văn hóa, Thể thao và Du lịch"
    | "Sở Nông nghiệp ..."), so the two cells read as one segment; the right cell's first
    word is set a few characters left of its column, at or before where the column's
    other lines start. A column starts where the segments of two or more lines start
    (within `tol`); a segment across such a start is cut before its last word that starts
    one to four characters left of it (else its first word at it or one character right);
    the header lines `head` on the page count among the lines.
    Returns the lines and the columns the starts give: the row codes' column up to four
    characters left of the first start, each start's column from four characters left of
    it to five left of the next (a word may be set that far left of its column)."""
    starts: dict[int, int] = {}
    for segs in [*head, *body]:  # the header's lines on the page count too
        for n, s in enumerate(segs):
            # (all but a row's code: a page set narrower may start its text column left of
            # where the first page's codes end)
            if s[0] > margin or (n > 0 or not CODE.match(s[2])) and s[0] > 0:
                starts[int(s[0])] = starts.get(int(s[0]), 0) + 1
    anchors: list[int] = []
    cluster: list[int] = []
    for x in sorted(starts) + [None]:
        if cluster and (x is None or x - cluster[-1] > tol):
            if sum(starts[c] for c in cluster) >= least:
                anchors.append(max(cluster, key=lambda c: (starts[c], c)))
            cluster = []
        if x is not None:
            cluster.append(x)
    # one column's starts set apart: rows whose cell on the left is full have the next cell's
    # words a few characters left of where the other rows start it ("Sở Nông nghiệp Sở Khoa
    # học" at 81, "Ủy ban nhân dân" at 85); two starts within SHIFT_MAX characters that no line
    # has both of are one column's, at the left one (a word run in from the left is cut there)
    lines_starts = [{int(s[0]) for s in segs} for segs in [*head, *body]]
    merged: list[int] = []
    shifted: set[int] = set()  # such a column: a word run into it starts at its start, not left of it
    for a in anchors:
        if merged and a - merged[-1] <= SHIFT_MAX and not any(
                any(abs(x - merged[-1]) <= tol for x in xs) and any(abs(x - a) <= tol for x in xs)
                for xs in lines_starts) and not _crossed(merged[-1], [*head, *body]):
            shifted.add(merged[-1])
            continue
        merged.append(a)
    anchors = merged
    out = []
    for segs in body:
        line: list[Seg] = []
        opens = bool(segs) and segs[0][0] <= margin and CODE.match(segs[0][2]) is not None  # a row's first line
        for s in segs:
            parts = [s]
            for c in anchors:
                x0, x1, text = parts[-1]
                if not x0 + 1 < c < x1:
                    continue
                words = [(x0 + m.start(), m.start()) for m in re.finditer(r"(?<= )\S", text)]
                left, at_start = [w for w in words if c - 4 <= w[0] < c][-1:], [w for w in words if c <= w[0] <= c + 1][:1]
                cut = (at_start or left) if c in shifted else (left or at_start)
                if opens and left and at_start and text[left[0][1]].islower() and text[at_start[0][1]].isupper():
                    # on a row's first line a cell's first word is capitalised: "Văn phòng Tỉnh ủy
                    # Các ban đảng" cut at "Các" on the column's start, not at the "ủy" before it
                    # (a wrapped line may go on in lower case: "Trồng trọt xã; Hạt Kiểm")
                    cut = at_start
                if cut:
                    at, offset = cut[0]
                    parts[-1:] = [(x0, x0 + offset - 1, text[:offset - 1]), (at, x1, text[offset:])]
            line.extend(parts)
        out.append(line)
    # (a page set narrow, its first text column a few characters from the margin: the codes' column
    # keeps the characters before the middle of the gap)
    lead = 4 if not anchors or anchors[0] > 5 else max(1, (anchors[0] - 1) // 2)
    spans = [[0, anchors[0] - lead - 1]] if anchors else []
    spans += [[a - (lead if j == 0 else 4), (anchors[j + 1] - 5) if j + 1 < len(anchors) else 10**6]
              for j, a in enumerate(anchors)]
    return out, spans


def _paged_runs(body, body_pages, sections, width: int, margin: float, tol: float, head: dict[int, list] | None = None):
    """The columns of each page of a text table (`pdftotext -layout` sets each page on its
    own), found on the page's lines but its group rows, with a cell run into the next cut
    apart (_unbridged): (the body lines so cut, the index of the first body line of a page
    whose columns cannot be told (len(body) if none), {page: columns})."""
    fixed_body = list(body)
    runs_of: dict[int, list[list[int]]] = {}
    for page in dict.fromkeys(body_pages):
        idx = [n for n, p in enumerate(body_pages) if p == page and n not in sections]
        plain = [body[n] for n in idx]
        runs = _column_runs(plain)
        if len(runs) != width:
            fixed, runs = _unbridged(plain, margin, tol, (head or {}).get(page, []))
            if len(runs) != width and runs_of:
                # the table's last rows alone on a page (its repeated header dropped with the
                # running headers): a column whose cell only one line starts ("Văn phòng Tỉnh ủy
                # Các ban đảng": a full cell one space from the next) is told by that start,
                # when the starts then give the table's columns, no more
                fixed, runs = _unbridged(plain, margin, tol, (head or {}).get(page, []), least=1)
            if len(runs) == width:
                for n, segs in zip(idx, fixed):
                    fixed_body[n] = segs
        if len(runs) != width:
            first = body_pages.index(page)
            if not runs_of:
                return None
            return fixed_body, first, runs_of
        runs_of[page] = runs
    return fixed_body, len(body), runs_of


def _paged_rows(body, body_pages, sections, runs_of, row_start) -> list[list[str]]:
    """Body lines to rows of cells, each line placed by the columns of its page; a group
    row's title in the first text column."""
    width = len(next(iter(runs_of.values())))
    rows: list[list[list[str]]] = []
    for n, (segs, page) in enumerate(zip(body, body_pages)):
        if n in sections:
            rows.append([[segs[0][2]], [segs[1][2]]] + [[] for _ in range(width - 2)])
            continue
        if row_start(segs) or not rows:
            rows.append([[] for _ in range(width)])
        runs = runs_of[page]
        for s in segs:
            rows[-1][_column_of(s, runs)].append(s[2])
    return [[list_cell_text("\n".join(cell)) for cell in row] for row in rows]
