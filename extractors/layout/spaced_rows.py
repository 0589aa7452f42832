"""Amount tables whose rows lost their column spacing: each row one line, its cells one
space apart, as word-segmenting a laid-out text, copying a table out of a PDF viewer, or a
scraper's `get_text(" ")` leaves them:

    STT Nội dung Tổng cộng Năm 2026 Năm 2027
    NSTW NS tỉnh NSTW NS tỉnh
    1 Trồng rừng phòng hộ ven biển 6.400 2.000 1.200 2.000 1.200
    2 Nâng cấp đường lâm nghiệp, 3.050 1.000 525 1.000 525
    đường băng cản lửa
    Tổng cộng 9.930 3.000 1.965 3.000 1.965

Nothing marks the cells but the words, so a table is read only where the words say it all:
a header line made wholly of column names the table model knows (an ordinal, a label
column, totals, years, budget sources; a second line of names under it for merged
headings), then rows that end in amounts ("-" for none). A row's last amounts are its
amount cells (as many as the table's rows mostly end in); what is before them is its code
and its label; a line of no amounts that starts in lower case after a row is the rest of
its label (a label wrapped in its cell). The header rows list only the names each line has
(the table model spreads merged headings out, extractors.tables.rebuild.unspan). Task
tables (agencies and times in words) are not read this way: nothing tells where one cell
ends and the next begins.
"""

from __future__ import annotations

import re

# the column names, longest first within each kind; a header line must be these alone
_YEAR = r"(?:19|20)\d{2}"
_UNIT_NOTE = r"(?:\s*\((?:[^()]{1,30})\))?"  # "(triệu đồng)", "(Tr.đ)" after a name
CODE_HEAD = r"(?:Số\s+TT|S\s*TT|TT)"
LABEL_HEAD = (r"(?:Nội dung(?:\s+(?:công việc|chi|hoạt động|nhiệm vụ|đầu tư))?|Hạng mục(?:\s+chi)?|"
              r"Danh mục(?:\s+(?:dự án|công trình|nhiệm vụ))?|Tên\s+(?:dự án|công trình|nhiệm vụ|hoạt động|chỉ tiêu|đơn vị)|"
              r"Nhiệm vụ(?:\s+chi)?|Hoạt động|Dự án|Công trình|Địa phương|Đơn vị|Nguồn vốn|Nguồn kinh phí|"
              r"Chỉ tiêu(?:\s+(?:chủ yếu|cụ thể))?)")
UNIT_HEAD = r"(?:Đơn vị tính|ĐVT)"
TOTAL_HEAD = r"(?:Tổng cộng|Tổng số|Tổng kinh phí|Tổng vốn|Tổng mức đầu tư|Tổng nhu cầu|Kinh phí|Tổng|Cộng)"
YEAR_HEAD = (r"(?:(?:(?:Dự toán|Kế hoạch|Ước thực hiện|Ước TH|Thực hiện|KH|TH|Dự kiến|Mục tiêu(?:\s+đến)?)\s+)?(?:năm\s+)?" + _YEAR +
             r"|Năm\s+" + _YEAR + r")")
SOURCE_HEAD = (r"(?:Ngân sách\s+(?:trung ương|địa phương|nhà nước|tỉnh|huyện|xã|thành phố|thị xã|cấp\s+(?:tỉnh|huyện|xã))|"
               r"NS\s*TW|NSTW|NSĐP|NSNN|NS\s+(?:tỉnh|huyện|xã|thành phố|thị xã|cấp\s+(?:tỉnh|huyện|xã))|"
               r"Vốn\s+(?:khác|vay|ODA|đối ứng|lồng ghép|sự nghiệp|đầu tư(?:\s+phát triển)?|ngân sách)|"
               r"Nguồn\s+(?:khác|xã hội hóa|huy động)|Xã hội hóa|XHH|Lồng ghép|Huy động(?:\s+khác)?|"
               r"Nhân dân đóng góp|Dân đóng góp|Doanh nghiệp|ODA|Trung ương|Địa phương)")
GROUP_HEAD = r"(?:Trong đó|Chia ra|Bao gồm|Phân kỳ(?:\s+đầu tư)?|Kinh phí theo năm|Phân theo năm)"
NOTE_HEAD = r"(?:Ghi chú)"
# (kind, pattern) in the order they are tried at each point of a header line
_HEADS = [(kind, re.compile(r"(?:" + pattern + r")" + _UNIT_NOTE + r"(?=\s|$)", re.I))
          for kind, pattern in (("code", CODE_HEAD), ("unit", UNIT_HEAD), ("group", GROUP_HEAD), ("source", SOURCE_HEAD),
                                ("year", YEAR_HEAD), ("total", TOTAL_HEAD), ("label", LABEL_HEAD), ("note", NOTE_HEAD))]
AMOUNT_KINDS = frozenset({"total", "year", "source"})
# where a header may start: cheap test before the tokenizing
_START = re.compile(r"^\s*(?:" + CODE_HEAD + r"|" + LABEL_HEAD + r")\s", re.I)
# an amount or a target's value cell: "6.400", "1.250,5", "525", "12,5", "≥ 95" written "≥95", "98%", "-" for none
AMOUNT = re.compile(r"^(?:[-–]|[≥≤><]?(?:\(?\d{1,3}(?:[.,]\d{3})+(?:,\d+)?\)?|\(?\d+(?:,\d+)?\)?)%?)$")
# a row's code: "1", "1.2", "2.", "I", "IV.", "a)", "b."
ROW_CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ][.)])$")
# a unit cell between the label and the amounts when the table has a unit column: money,
# a unit of two words, else the one word before the amounts ("%", "xã", "người", "km")
UNIT_CELL = re.compile(r"(?:triệu đồng|tr\.?\s?đ(?:ồng)?|trđ|tỷ đồng|nghìn đồng|ngàn đồng|1\.000 đồng|"
                       r"lượt người|cơ sở|công trình|đơn vị|mô hình|tổ chức|doanh nghiệp|hợp tác xã|"
                       r"(?<!\S)\S+)$", re.I)
MIN_ROWS = 2  # rows with two or more amounts a table needs
MAX_WRAP = 3  # lines one label may wrap over


def header_cells(line: str) -> list[tuple[str, str]] | None:
    """A header line cut into its column names, (kind, name) each, or None when a word of
    it is no column name."""
    out: list[tuple[str, str]] = []
    pos, text = 0, line.strip()
    while pos < len(text):
        for kind, pattern in _HEADS:
            m = pattern.match(text, pos)
            if m:
                out.append((kind, m.group(0)))
                pos = m.end()
                while pos < len(text) and text[pos].isspace():
                    pos += 1
                break
        else:
            return None
    return out


def _first_header(line: str) -> list[tuple[str, str]] | None:
    """The top header line: a code or label column first, a label column, two amount columns."""
    if not _START.match(line):
        return None
    cells = header_cells(line)
    if not cells or cells[0][0] not in ("code", "label"):
        return None
    kinds = [k for k, _ in cells]
    if "label" not in kinds or sum(k in AMOUNT_KINDS for k in kinds) < 2:
        return None
    return cells


def _under_header(line: str) -> list[tuple[str, str]] | None:
    """A line of amount column names only, under the top header (merged headings' children)."""
    cells = header_cells(line)
    if not cells or len(cells) < 2 or any(k not in AMOUNT_KINDS for k, _ in cells):
        return None
    return cells


def _amount_tail(words: list[str]) -> int:
    """How many of the line's last words are amounts."""
    k = 0
    while k < len(words) and AMOUNT.match(words[-1 - k]):
        k += 1
    return k


def _row(words: list[str], width: int, coded: bool, unit: bool) -> list[str]:
    """A row's cells: its code (when the table has a code column), its label, its unit
    (when the table has a unit column), its last `width` amounts (fewer when it has fewer)."""
    tail = min(_amount_tail(words), width)
    head, amounts = words[:len(words) - tail], words[len(words) - tail:]
    code = head[0] if coded and head and ROW_CODE.match(head[0]) and len(head) > 1 else ""
    label = " ".join(head[1:] if code else head)
    cells = [code] if coded else []
    if unit:
        m = UNIT_CELL.search(label)
        unit_cell = m.group(0) if m and m.start() > 0 else ""
        label = label[:m.start()].rstrip() if unit_cell else label
        cells += [label, unit_cell]
    else:
        cells.append(label)
    return cells + amounts


def table_at(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """The table whose header starts at line i: (the index after its last row, its rows
    with the header rows first), or None."""
    top = _first_header(lines[i])
    if top is None:
        return None
    header = [[name for _, name in top]]
    j = i + 1
    under = _under_header(lines[j]) if j < len(lines) else None
    if under is not None:
        header.append([name for _, name in under])
        j += 1
    kinds = [k for k, _ in top]
    coded, unit = kinds[0] == "code", "unit" in kinds
    # the amount cells a row has: as many as the header names; under merged headings, at
    # least the names under them and fewer than all names, as many as the rows mostly end in
    # (a label may end in a number of its own: "Đường giao thông xóm 3 4.800 2.400 2.400")
    named = sum(k in AMOUNT_KINDS for k in kinds)
    low, high = (len(under), len(under) + named - 1) if under is not None else (named, named)
    # the lines up to the next blank one, split once, with how many amounts each ends in
    run: list[list[str]] = []
    for line in lines[j:]:
        if not line.split():
            break
        run.append(line.split())
    tails = [_amount_tail(words) for words in run]
    full = [t for t in (min(t, high) for t in tails) if t >= max(low, 2)]
    if len(full) < MIN_ROWS:
        return None
    width = max(set(full), key=lambda t: (full.count(t), -t))
    body: list[list[str]] = []
    wrapped = 0
    end = j
    for k, (words, tail) in enumerate(zip(run, tails)):
        if tail >= 1 and len(words) > tail:
            body.append(_row(words, width, coded, unit))
            wrapped = 0
            end = j + k + 1
        elif body and words[0][:1].islower() and wrapped < MAX_WRAP and not tail:
            label_at = 1 if coded else 0
            body[-1][label_at] = f"{body[-1][label_at]} {' '.join(words)}"
            wrapped += 1
            end = j + k + 1
        elif coded and ROW_CODE.match(words[0]) and len(words) > 1 and k + 1 < len(run) and tails[k + 1] >= 1:
            body.append(_row(words, 0, coded, unit))  # a group row over rows of amounts
            wrapped = 0
        else:
            break
    if sum(1 for row in body if sum(bool(AMOUNT.match(c)) for c in row[-width:]) >= 2) < MIN_ROWS:
        return None
    return end, header + body


_ANY_START = re.compile(_START.pattern, re.I | re.M)


def tables(lines: list[str], taken: set[int]) -> list[tuple[int, int, list[list[str]]]]:
    """Every such table of the lines, outside the lines in `taken` (tables found by their
    spacing): (first line, last line, rows) each."""
    if not _ANY_START.search("\n".join(lines)):
        return []
    out = []
    k = 0
    while k < len(lines):
        found = None if k in taken else table_at(lines, k)
        if found and not taken & set(range(k, found[0])):
            out.append((k, found[0] - 1, found[1]))
            k = found[0]
        else:
            k += 1
    return out
