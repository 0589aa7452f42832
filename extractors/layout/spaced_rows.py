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

A table of ONE money column ("TT Nội dung Kinh phí", "STT Nội dung chi Số tiền (đồng)") is read
too when each row ends in a grouped amount ("145.000": a line of prose seldom ends so): typed with
spaces, one space apart, under pandoc's dash rule, or cell after cell (`pdftotext -raw`: a label's
lines, then its amount alone).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal, InvalidOperation

from extractors.layout.cells import GROUP_CODE, PARTS_MARKER, TOTAL_LABEL
from normalizers.numbers import finishes_cut_amount


# the column names, longest first within each kind; a header line must be these alone
_YEAR = r"(?:19|20)\d{2}"
_UNIT_NOTE = r"(?:\s*\((?:[^()]{1,30})\))?"  # "(triệu đồng)", "(Tr.đ)" after a name
CODE_HEAD = r"(?:Số\s+TT|S\s*TT|TT)"
# a label column named by the places its rows are: "Huyện", "Xã", "Thôn", "Huyện, thành phố", "Xã, phường,
# thị trấn" (a level of local government, or a list of them, alone; "Xã hội hóa" is a source's name and is
# tried first)
_PLACES = ("Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Thôn", "Bản", "Xóm", "Ấp", "Buôn",
           "Tổ dân phố", "Khu phố", "Làng")
_PLACE = "(?:" + "|".join(_PLACES) + ")"
_MORE_PLACES = r"(?:\s*,\s*" + _PLACE + r"){0,3}(?:\s+(?:và|/)\s+" + _PLACE + r")?"
# (each alternative opens with its letter: spaced_rows' header starts are looked for at a letter only)
PLACE_HEAD = "|".join(place + _MORE_PLACES for place in _PLACES)
LABEL_HEAD = (r"(?:Nội dung(?:\s+(?:công việc|chi|hoạt động|nhiệm vụ|đầu tư))?|Hạng mục(?:\s+chi)?|"
              r"Danh mục(?:\s+(?:dự án|công trình|nhiệm vụ))?|Hợp phần|Tiểu dự án|"
              r"Tên\s+(?:dự án|công trình|nhiệm vụ|hoạt động|chỉ tiêu|đơn vị|xã|phường|thị trấn|thôn|bản|huyện|trường)|"
              r"Nhiệm vụ(?:\s+chi)?|Hoạt động|Dự án|Công trình|Địa phương|Đơn vị|Nguồn vốn|Nguồn kinh phí|"
              r"Chỉ tiêu(?:\s+(?:chủ yếu|cụ thể))?|Năm(?!\s+(?:19|20)\d{2})|" + PLACE_HEAD + r")")
UNIT_HEAD = r"(?:Đơn vị tính|ĐVT)"
TOTAL_HEAD = (r"(?:Tổng(?:\s+(?:cộng|số|kinh phí))?\s+giai\s+đoạn(?:\s+" + _YEAR + r"\s*[-–]\s*" + _YEAR + r")?|"
              r"Tổng cộng|Tổng số|Tổng kinh phí|Tổng vốn|Tổng mức đầu tư|Tổng nhu cầu|Kinh phí|Số tiền|Dự toán|Tổng|Cộng)")
# (a plan's or an estimate's money may be named: "Kế hoạch vốn năm 2026", "Kế hoạch (vốn) giai đoạn 2026 - 2030",
# "Dự toán kinh phí năm 2027"; a period alone: "Giai đoạn 2026 - 2030")
_OF_MONEY = r"(?:\s+(?:vốn|\(vốn\)|kinh phí))?"
YEAR_HEAD = (r"(?:Năm\s+học\s+" + _YEAR + r"\s*[-–]\s*" + _YEAR + r"|"  # a school year: "Năm học 2025 - 2026"
             r"(?:(?:Dự toán|Kế hoạch)" + _OF_MONEY + r"\s+)?giai\s+đoạn\s+" + _YEAR + r"\s*[-–]\s*" + _YEAR + r"|"
             r"(?:(?:Dự toán|Kế hoạch)" + _OF_MONEY + r"\s+|(?:Ước thực hiện|Ước TH|Thực hiện|KH|TH|Dự kiến|Mục tiêu(?:\s+đến)?)\s+)?"
             r"(?:năm\s+)?" + _YEAR + r"|Năm\s+" + _YEAR + r")")
# (a budget's capital named as such: "Vốn ngân sách trung ương", "Vốn ngân sách tỉnh", one column each)
SOURCE_HEAD = (r"(?:(?:Vốn\s+)?Ngân sách\s+(?:trung ương|địa phương|nhà nước|tỉnh|huyện|xã|thành phố|thị xã|cấp\s+(?:tỉnh|huyện|xã))"
               r"(?:\s+hỗ\s+trợ|\s+bổ\s+sung(?:\s+có\s+mục\s+tiêu)?)?|Ngân sách\s+cấp\s+trên(?:\s+hỗ\s+trợ)?|"  # ("Ngân sách tỉnh hỗ trợ": a higher level's share)
               r"NS\s*TW|NSTW|NSĐP|NSNN|NS\s+(?:trung ương|địa phương|nhà nước|tỉnh|huyện|xã|thành phố|thị xã|cấp\s+(?:tỉnh|huyện|xã))|"
               r"Vốn\s+(?:khác|vay|ODA|đối ứng|lồng ghép|sự nghiệp|đầu tư(?:\s+phát triển)?|ngân sách|huy động(?:\s+khác)?)|"
               r"Nguồn\s+(?:vốn\s+)?(?:khác|xã hội hóa|huy động(?:\s+khác)?|sự nghiệp|"
               r"thu(?:\s+(?:sự nghiệp|hợp pháp|dịch vụ|khác|để lại))?)|"  # ("Nguồn thu sự nghiệp": a unit's own revenue)
               r"Kinh phí sự nghiệp|Xã hội hóa|XHH|Lồng ghép|Huy động(?:\s+khác)?|"
               r"Nhân dân đóng góp|Dân đóng góp|Doanh nghiệp|ODA|Trung ương|Địa phương|"
               r"Vận động(?:,?\s+tài trợ)?|Tài trợ|Viện trợ)")
GROUP_HEAD = (r"(?:Trong đó|Chia ra(?:\s+(?:các|theo|từng)\s+năm)?|Chia theo năm|Bao gồm|Phân kỳ(?:\s+đầu tư)?|"
              r"(?:Kế hoạch|Chỉ tiêu|Mục tiêu|Lộ trình)\s+(?:các|từng|theo)\s+năm|"
              r"Kinh phí theo năm|Phân theo năm)")
NOTE_HEAD = r"(?:Ghi chú)"
# counts of things and unit prices: numbers in cells of their own, no budget amounts (the table
# model tells them apart: extractors.tables.rebuild.QUANTITY_HEAD, RATE_HEAD)
QUANTITY_HEAD = (r"(?:Số lượng|Khối lượng|Số\s+(?:công trình|dự án|hạng mục|hộ|xã|thôn|mô hình|cơ sở|lớp|người)|"
                 r"Đơn giá|Định mức|Mức chi|Thành tiền)")
# (kind, pattern) in the order they are tried at each point of a header line
_HEADS = [(kind, re.compile(r"(?:" + pattern + r")" + _UNIT_NOTE + r"(?=\s|$)", re.I))
          for kind, pattern in (("code", CODE_HEAD), ("unit", UNIT_HEAD), ("group", GROUP_HEAD), ("source", SOURCE_HEAD),
                                ("year", YEAR_HEAD), ("quantity", QUANTITY_HEAD), ("total", TOTAL_HEAD),
                                ("label", LABEL_HEAD), ("note", NOTE_HEAD))]
AMOUNT_KINDS = frozenset({"total", "year", "source", "quantity"})
_AMOUNT_HEADS = [p for kind, p in _HEADS if kind in AMOUNT_KINDS]
# where a header may start: cheap test before the tokenizing
_START = re.compile(r"^\s*(?:" + CODE_HEAD + r"|" + LABEL_HEAD + r")\s", re.I)
# an amount or a target's value cell: "6.400", "1.250,5", "525", "12,5", "≥ 95" written "≥95", "98%", "-" for none
AMOUNT = re.compile(r"^(?:[-–]|[≥≤><]?(?:\(?\d{1,3}(?:[.,]\d{3})+(?:,\d+)?\)?|\(?\d+(?:,\d+)?\)?)%?)$")
# a row's code: "1", "1.2", "2.", "I", "IV.", "a)", "b."
ROW_CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ][.)])$")
# a unit cell between the label and the amounts when the table has a unit column: money,
# a unit of two words, a unit per unit ("người/ ngày", a line's end after the slash), else the one word before the
# amounts ("%", "xã", "người", "km")
UNIT_CELL = re.compile(r"(?:triệu đồng|tr\.?\s?đ(?:ồng)?|trđ|tỷ đồng|nghìn đồng|ngàn đồng|1\.000 đồng|"
                       r"lượt người|cơ sở|công trình|đơn vị|mô hình|tổ chức|doanh nghiệp|hợp tác xã|"
                       r"(?<!\S)[^\W\d]+/\s?[^\W\d]+|(?<!\S)\S+)$", re.I)
MIN_ROWS = 2  # rows with two or more amounts a table needs
# the amount of a table of one amount column: money written in groups ("145.000", "1.486.250.000"),
# which a line of prose seldom ends in (a count does: "... còn 30")
GROUPED_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
# pandoc's simple table: a rule of dash runs under the header, one run a column ("--  ------  ---------")
DASH_RULE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
MAX_WRAP = 3  # lines one label may wrap over


# what a column's name may add to a name the model knows, in lower case, before the next name (a capital):
# "Nội dung hỗ trợ", "Kinh phí hỗ trợ", "Số lượng dự kiến", with a unit note at its end ("Kinh phí thực hiện
# (triệu đồng)")
# (no clause: "Kinh phí đã được phê duyệt" is no column's name, its "đã", "được" a sentence's words)
_LOWER_WORD = r"(?-i:[a-zà-ỹđ])[^\W\d_]*"  # a word in lower case, whatever the pattern's flags
_MODIFIER = re.compile(r"(?:\s+(?!(?:đã|được|sẽ|đang|là|của|cho|và|các|những|này|đó|theo|với)(?!\w))"
                       + _LOWER_WORD + r"){1,4}" + _UNIT_NOTE + r"(?=\s|$)")
_MODIFIED = frozenset({"label", "total", "quantity"})
# a measure's name that states its unit, a capital first and its other words in lower case: "Diện tích hỗ trợ
# (ha)", "Lượng giống (kg)", "Chiều dài (km)"; money when the unit is ("Giá trị (triệu đồng)")
_MEASURE = re.compile(r"(?-i:[A-ZÀ-ỸĐ])[^\W\d_]*(?:\s+" + _LOWER_WORD + r"){0,4}\s*\(([^()]{1,30})\)(?=\s|$)")
_MONEY_UNIT = re.compile(r"(?i)đồng|\btr\.?\s?đ|\btrđ\b|\bvnđ\b")


def _label_end(text: str, pos: int) -> int:
    """Where the label column's name that starts at pos ends: at the first word, after one to four
    words, where an amount column's name starts (a name of AMOUNT_KINDS, or a measure's); 0 when none does."""
    for gap in list(re.finditer(r"\s+", text[pos:]))[:4]:
        at = pos + gap.end()
        if _MEASURE.match(text, at) or any(p.match(text, at) for p in _AMOUNT_HEADS):
            return pos + gap.start()
    return 0


def header_cells(line: str, heads=None, modified: bool = False) -> list[tuple[str, str]] | None:
    """A header line cut into its column names, (kind, name) each, or None when a word of
    it is no column name (`heads`: the (kind, pattern) names a table may have, by default
    an amount table's). `modified`: a label's, a total's or a quantity's name may go on in
    lower case words (_MODIFIER), and a name the model does not know is a measure when it
    states its unit (_MEASURE)."""
    out: list[tuple[str, str]] = []
    pos, text = 0, line.strip()
    while pos < len(text):
        for kind, pattern in heads or _HEADS:
            m = pattern.match(text, pos)
            if m:
                end = m.end()
                if modified and kind in _MODIFIED and (more := _MODIFIER.match(text, end)):
                    end = more.end()
                break
        else:
            m = _MEASURE.match(text, pos) if modified else None
            if m is not None:
                kind, end = "total" if _MONEY_UNIT.search(m.group(1)) else "quantity", m.end()
            elif modified and [k for k, _ in out] == ["code"] and (end := _label_end(text, pos)):
                kind = "label"  # the words between the code's name and the first amount's: the label's name
            else:
                return None
        out.append((kind, text[pos:end]))
        pos = end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return out


def _first_header(line: str, modified: bool = False) -> list[tuple[str, str]] | None:
    """The top header line: a code or label column first, a label column, two amount columns
    (`modified`: header_cells' names that go on in lower case, and measures)."""
    if not _START.match(line):
        return None
    return top_header_cells(header_cells(line, modified=modified))


def top_header_cells(cells: list[tuple[str, str]] | None) -> list[tuple[str, str]] | None:
    """The cells of a top header line, or None when they are no top header (_first_header's test)."""
    if not cells or cells[0][0] not in ("code", "label"):
        return None
    kinds = [k for k, _ in cells]
    if "label" not in kinds or (sum(k in AMOUNT_KINDS for k in kinds) < 2 and not _one_amount_header(kinds)):
        return None
    return cells


def _one_amount_header(kinds: list[str]) -> bool:
    """A header of one money column: "TT | Nội dung | Kinh phí", "STT | Nội dung chi | Số tiền (đồng)"
    (a code column or none, a label, one total column last)."""
    return kinds in (["code", "label", "total"], ["label", "total"])


def _under_header(line: str, modified: bool = False) -> list[tuple[str, str]] | None:
    """A line of amount column names only, under the top header (merged headings' children)."""
    cells = header_cells(line, modified=modified)
    if not cells or len(cells) < 2 or any(k not in AMOUNT_KINDS for k, _ in cells):
        return None
    return cells


def _amount_tail(words: list[str]) -> int:
    """How many of the line's last words are amounts."""
    k = 0
    while k < len(words) and AMOUNT.match(words[-1 - k]):
        k += 1
    return k


# a count with the things it counts, in a quantity column before the amounts: "24 mô hình", "8 lớp", "1.200 lượt người"
_COUNT = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$")
_COUNTED = re.compile(r"^" + _LOWER_WORD + r"$")


def _counted_cell(words: list[str], tail: int) -> int:
    """How many words before the line's last `tail` amounts are a count and what it counts ("24 mô hình": 3,
    a count, then one or two words in lower case), with a label before them; 0 when they are none."""
    head = words[:len(words) - tail]
    for n in (2, 3):
        if len(head) > n and _COUNT.match(head[-n]) and all(_COUNTED.match(w) for w in head[1 - n:]):
            return n
    return 0


_PART_DASHES = ("-", "–", "+")


def _row(words: list[str], width: int, coded: bool, unit: bool, counted: bool = False) -> list[str]:
    """A row's cells: its code (when the table has a code column), its label, its unit
    (when the table has a unit column), its last `width` amounts (fewer when it has fewer).
    `counted`: the first amount column is a quantity whose cells may name what they count
    ("24 mô hình"): a row one amount short has it there, or an empty cell (a total's row)."""
    tail = min(_amount_tail(words), width)
    head, amounts = words[:len(words) - tail], words[len(words) - tail:]
    if counted and tail == width - 1:
        n = _counted_cell(words, tail)
        head, amounts = (head[:-n], [" ".join(head[-n:])] + amounts) if n else (head, [""] + amounts)
    # (a group's letter before its name in capitals is its code too: "A VỐN NGÂN SÁCH ĐỊA PHƯƠNG"; so is a part's
    # dash under "Trong đó:", "- Vốn đối ứng dự án ODA", as the code column holds it)
    code = head[0] if coded and len(head) > 1 and (
        ROW_CODE.match(head[0]) or head[0] in _PART_DASHES or (GROUP_CODE.match(head[0]) and head[1].isupper())) else ""
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
    rest = 0  # lines after i that hold the rest of a header cell wrapped in its column
    modified = False  # the header's names read as known names that go on (header_cells' `modified`)
    if top is None:
        from extractors.layout.wrapped_heads import header_with_wrapped_cell
        found = header_with_wrapped_cell(lines, i)
        if found is not None:
            top, rest = found
        else:  # (last: "Tổng số giai" is the first line of a wrapped "Tổng số giai đoạn 2026 - 2030", not a total)
            top = _first_header(lines[i], modified=True)
            if top is None:
                return None
            modified = True
    header = [[name for _, name in top]]
    j = i + 1 + rest
    under = _under_header(lines[j], modified) if j < len(lines) else None
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
    one = under is None and _one_amount_header(kinds)  # one money column: each row ends in a grouped amount
    if one and j < len(lines) and DASH_RULE.match(lines[j]):
        j += 1  # pandoc's rule under the header
    # the lines up to the next blank one, split once, with how many amounts each ends in
    run: list[list[str]] = []
    for line in lines[j:]:
        if not line.split():
            break
        run.append(line.split())
    last_of = list(range(len(run)))  # the index in `run` of each entry's last line
    alone = [False] * len(run)  # its amount came alone on a line after its label's
    if one:
        run, last_of, alone = _amount_after_label(run)
    # a note column last ("Ghi chú"): a row's note after its amounts, its rest on the lines under it
    noted = kinds[-1] == "note" and kinds.count("note") == 1 and not one
    notes: list[list[str]] = []
    if noted:
        run, last_of, notes = _notes_apart(run)
    tails = [_amount_tail(words) for words in run]
    # (a quantity column first among the amounts whose cells name what they count: "24 mô hình")
    counted = under is None and next(k for k in kinds if k in AMOUNT_KINDS) == "quantity"
    if counted:
        tails = [t + 1 if t == named - 1 and _counted_cell(words, t) else t for words, t in zip(run, tails)]
    if one:
        # (a grouped amount; or one that came alone after its row's label, or ends the total's row, where the
        # other rows' did so: "Tổng cộng 915")
        small = sum(alone) >= MIN_ROWS
        tails = [1 if t >= 1 and (GROUPED_AMOUNT.match(words[-1]) or (small and (
            a or TOTAL_LABEL.match(" ".join(words[:-1]))))) else 0 for words, t, a in zip(run, tails, alone)]
    full = [t for t in (min(t, high) for t in tails) if t >= max(low, 1 if one else 2)]
    if len(full) < MIN_ROWS:
        return None
    width = max(set(full), key=lambda t: (full.count(t), -t))
    body: list[list[str]] = []
    wrapped = 0
    end = j
    for k, (words, tail) in enumerate(zip(run, tails)):
        if tail >= 1 and len(words) > tail:
            body.append(_row(words, width, coded, unit, counted) + ([" ".join(notes[k])] if noted else []))
            wrapped = 0
            end = j + last_of[k] + 1
        elif body and wrapped < MAX_WRAP and not tail and (
                words[0][:1].islower() or _caps_rest(words, body[-1][1 if coded else 0])):
            label_at = 1 if coded else 0
            body[-1][label_at] = f"{body[-1][label_at]} {' '.join(words)}"
            wrapped += 1
            end = j + last_of[k] + 1
        elif body and not tail and PARTS_MARKER.match(" ".join(words)) and k + 1 < len(run) and tails[k + 1] >= 1:
            body.append(_row(words, 0, coded, unit))  # "Trong đó:" over the rows it announces: a row of its own
            wrapped = 0
        elif coded and ROW_CODE.match(words[0]) and len(words) > 1 and k + 1 < len(run) and tails[k + 1] >= 1:
            body.append(_row(words, 0, coded, unit))  # a group row over rows of amounts
            wrapped = 0
        else:
            break
    if sum(1 for row in body if sum(bool(AMOUNT.match(c)) for c in row[-width:]) >= (1 if one else 2)) < MIN_ROWS:
        return None
    return end, header + body


def _caps_rest(words: list[str], label: str) -> bool:
    """Whether a line of capitals is the rest of the label above, wrapped in its cell: a label in capitals
    ("B VỐN NGÂN SÁCH TRUNG" / "ƯƠNG"), the line capitals with no digit, no row's code or total first."""
    text = " ".join(words)
    return (label.isupper() and text.isupper() and not any(ch.isdigit() for ch in text)
            and not ROW_CODE.match(words[0]) and not TOTAL_LABEL.match(text))


# an amount under a thousand, or a decimal one ("420", "85,5"): an amount where a row's cells say so
_SMALL_AMOUNT = re.compile(r"^\d{1,3}(?:,\d+)?$")


def _amount_after_label(run: list[list[str]]) -> tuple[list[list[str]], list[int], list[bool]]:
    """The rows of a one-amount table copied cell after cell (`pdftotext -raw`): a row's code and label,
    its label's wrapped lines (lower case), then its amount alone on a line ("1 Tập huấn nghiệp vụ cho
    cán bộ" / "thú y cấp xã" / "126.000"; an amount under a thousand too, "420", where it comes alone after
    its row's label so), each as one line; with the index of each one's last line, and whether its amount
    came alone on its line after the label."""
    out: list[list[str]] = []
    last: list[int] = []
    alone: list[bool] = []
    pending = False  # the last line is a row whose amount is still to come
    for n, words in enumerate(run):
        lone = len(words) == 1 and (GROUPED_AMOUNT.match(words[0]) is not None
                                    or (pending and _SMALL_AMOUNT.match(words[0]) is not None))
        if pending and (lone or words[0][:1].islower()):
            out[-1] = out[-1] + words
            last[-1] = n
            alone[-1] = lone
            pending = not lone
            continue
        out.append(list(words))
        last.append(n)
        alone.append(False)
        pending = len(words) > 1 and ROW_CODE.match(words[0]) is not None and not GROUPED_AMOUNT.match(words[-1])
    return out, last, alone


# the words column names are made of (a header cell a narrow column wrapped over lines, as a
# viewer's copy or `pdftotext -raw` writes it, is these words one line after another)
_HEAD_WORDS = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", "".join(p for _, p in (
    ("code", CODE_HEAD), ("unit", UNIT_HEAD), ("group", GROUP_HEAD), ("source", SOURCE_HEAD), ("year", YEAR_HEAD),
    ("total", TOTAL_HEAD), ("label", LABEL_HEAD), ("quantity", QUANTITY_HEAD), ("note", NOTE_HEAD)))) if len(w) > 1) \
    | {"stt", "s"}
_HEAD_WORD = re.compile(r"^(?:\(?[^\W\d_]+\)?|[^\W\d_]+,|(?:19|20)\d{2}|[-–]|\(?[^\W\d_]+\.[^\W\d_]*\)?)$")
# a year or a dash: "giai đoạn 2026 - 2028" ends in no amounts
_YEAR_OR_DASH = re.compile(r"^(?:(?:19|20)\d{2}|[-–])$")
_YEAR_WORD = re.compile(_YEAR)
MAX_INTERLEAVINGS = 4000  # ways of putting an interleaved header's words tried
MAX_HEAD_LINES = 24  # lines a header wrapped cell by cell may take
MAX_LABEL_LINES = 12  # lines a row's code and label may take before its amounts (a narrow column: a word a line)
# kinds a header row is made of, and the kinds that start the row under it after them: the
# cells under years and groups ("Năm 2026 Năm 2027" over "Tổng số Trong đó ...", "Trong đó"
# over "NSTW NSĐP ..."; a group that names years over the years: "Chia ra các năm" over "2026 2027 ...", not
# "Trong đó" before a year of its own, "Trong đó Năm 2011" over "NSTW NSĐP")
_UNDER = {"year": {"total", "source", "group"}, "group": {"source"}}
_OF_YEARS = re.compile(r"\bnăm\b", re.I)


# the money a column's name may state its amounts in, after it in brackets: "(đồng)", "(triệu đồng)", "(Tr.đ)"
_MONEY_WORDS = frozenset({"đồng", "triệu", "nghìn", "ngàn", "tỷ", "tr.đ", "trđ", "vnđ"})


def _head_line(line: str) -> bool:
    """Whether every word of the line may be part of a column name (or of the money its amounts are in)."""
    if "\t" in line or "  " in line.strip():
        return False  # cells set apart by tabs or spaces: read by their spacing
    words = line.split()
    return bool(words) and all(_HEAD_WORD.match(w) and (w[:1].isdigit() or w in "-–" or w.strip("().,").lower() in _HEAD_WORDS
                                                         or w.lower() in _HEAD_WORDS
                                                         or w.strip("(),").lower() in _MONEY_WORDS) for w in words)


_NAME_REST = re.compile(r"^(?:" + _LOWER_WORD + r")(?:\s+" + _LOWER_WORD + r")?$")


def _name_rest(line: str) -> bool:
    """Whether the line may be the lower-case rest of a column's name a narrow cell wrapped ("giao", "thường", "không
    thường"): one or two lower-case words."""
    return _NAME_REST.match(line.strip()) is not None


def _levels(cells: list[tuple[str, str]]) -> list[list[str]]:
    """A header read as one run of names (its rows one after another) cut into its rows: a
    row under years or groups starts at the first name of a finer kind after them."""
    rows: list[list[str]] = [[]]
    prev = prev_name = None
    for kind, name in cells:
        if prev in _UNDER and (kind in _UNDER[prev] or prev == "group" and kind == "year" and _OF_YEARS.search(prev_name)) \
                and len(rows) < 4:
            rows.append([])
        rows[-1].append(name)
        prev, prev_name = kind, name
    return rows


def wrapped_table_at(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """_wrapped_table_at, and where that finds none, the same of the lines with what narrow
    columns broke made whole (_mended: "Tổn" / "g", "S" / "TT", "5.46" / "0")."""
    if not _START.match(lines[i] + " ") and lines[i].strip() not in CODE_HEAD_PIECES:
        return None  # (cheap test first: most lines start no header)
    found = _wrapped_table_at(lines, i)
    if found is not None or not (_head_line(lines[i]) or lines[i].strip() in CODE_HEAD_PIECES):
        return found
    view, last = _mended(lines[i:i + MAX_MENDED])
    found = _wrapped_table_at(view, 0)
    if found is None:
        return None
    return i + last[found[0] - 1] + 1, found[1]


MAX_MENDED = 200  # lines of a table whose narrow columns broke words and numbers
CODE_HEAD_PIECES = ("S", "ST", "T")  # a code column's name a narrow column broke: "S" / "TT", "ST" / "T", "T" / "T"


def code_head_pieces(lines: list[str], i: int) -> tuple[int, str]:
    """How many lines from i hold the pieces of a code column's name a narrow column broke ("ST" / "T", "S" / "T" /
    "T", "T" / "T": two or three) and the name they make ("STT", "TT"); (0, "") when they hold none."""
    joined = ""
    for k in range(i, min(i + 3, len(lines))):
        joined += lines[k].strip()
        if k > i and joined in ("STT", "TT"):
            return k - i + 1, joined
        if joined not in CODE_HEAD_PIECES:
            return 0, ""
    return 0, ""


def _mended(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with the words and amounts a narrow column broke at its edge whole again, the
    rest joined to the line above ("Nội dung Tổn" / "g" -> "Nội dung Tổng", "Ngâ" / "n", "huy" /
    "ện", "S" / "TT", "500 1.32" / "0" -> "500 1.320"): a column name's parts that make a column
    name's word (the second part none), an amount's last group cut short and its digits. Returns
    the lines and, for each, the index of the last line it holds."""
    # (each kept line with its words, split once: [text, last line, words])
    out: list[list] = []
    for k, line in enumerate(lines):
        words = line.split()
        prev = out[-1][2] if out else []
        if prev and words:
            w1, w2 = prev[-1], words[0]
            if ((w1 + w2).lower() in _HEAD_WORDS and w2.lower() not in _HEAD_WORDS and len(w2) <= 3 and w2[:1].islower()) \
                    or (w1 in CODE_HEAD_PIECES and w1 + w2 in ("STT", "TT")) \
                    or finishes_cut_amount(w1, w2):  # an amount's last group cut short, and its digits
                out[-1][2] = prev[:-1] + [w1 + w2]
                out[-1][0] = " ".join(out[-1][2])
                out[-1][1] = k
                words = words[1:]
                if not words:
                    continue
                line = " ".join(words)
        out.append([line, k, words])
    # a row's amounts one cell a line (a narrow column under the next): one line again
    joined: list[list] = []
    for line, k, words in out:
        prev = joined[-1][2] if joined else []
        if prev and words and AMOUNT.match(prev[-1]) and _amounts_alone(words):
            joined[-1][0] += " " + line.strip()
            joined[-1][1] = k
            joined[-1][2] = prev + words
        else:
            joined.append([line, k, words])
    return [t for t, _, _ in joined], [k for _, k, _ in joined]


# an amount whose thousands are set apart by a space, as two words: "9 600", "12 450"
_SPACE_GROUPS = re.compile(r"(?:^|\s)\d{1,3} \d{3}(?!\S)")


def _names_over(words: list[str]) -> list[int | None]:
    """For each word, where the column name the model knows that covers it starts (the index of its first word),
    read from the left (the first name that matches at a word, else the word is passed over: None)."""
    text = " ".join(words)
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    out: list[int | None] = [None] * len(words)
    n = 0
    while n < len(starts):
        m = next((m for _, pattern in _TEXT_HEADS if (m := pattern.match(text, starts[n]))), None)
        if m is None:
            n += 1
            continue
        took = max(1, bisect_left(starts, m.end()) - n)
        out[n:n + took] = [n] * took
        n += took
    return out


def _interleaved_header(lines: list[str], i: int) -> tuple[int, list[tuple[str, str]]] | None:
    """A header copied cell after cell whose names' wrapped lines came out interleaved: the first line each
    cell's first words ("TT Hợp phần Tổng Vốn vay Vốn đối"), the lines under it the cells' next words ("số Ngân" /
    "hàng Thế" / "giới" / "ứng"), each line's in the columns' order. Each later word (else it and the next one or
    two: "trung" / "ương") goes after the first of the names it finishes, no earlier than the line's word before it
    went ("Tổng" + "số", "Vốn đối" + "ứng": a name the first line's words start, made longer or known by it); a word
    that finishes none (a lender's name: "Ngân hàng Thế giới" after "Vốn vay") is left out. Returns (the line after
    the header, its cells) when every name is then known, a code or label column first, two or more amount
    columns, and a row follows; None otherwise."""
    first = lines[i].split()
    if header_cells(lines[i]) is not None or _text_cells(lines[i]) is not None:
        return None
    more: list[tuple[int, str]] = []  # (its line, the word)
    j = i + 1
    while j < len(lines) and j - i < MAX_HEAD_LINES:
        words = lines[j].split()
        if not words or not all(_HEAD_WORD.match(w) for w in words) \
                or TOTAL_LABEL.match(lines[j].strip()):
            break
        more += [(j, w) for w in words]
        j += 1
    if not more or j >= len(lines) or not (ROW_CODE.match(lines[j].split()[0]) if lines[j].split() else False):
        return None
    best: list = [(-1, -1), first, 0]  # ((words covered, words placed), the header's words, words placed)
    budget = [MAX_INTERLEAVINGS]

    def place(cur: list[str], owner: list[int], n: int, line: int, after: int, placed: int) -> None:
        # every way the words from n go after the names they finish (or are left out), the best kept
        budget[0] -= 1
        if n >= len(more) or budget[0] <= 0:
            score = (sum(x is not None for x in _names_over(cur)), placed)
            if score > best[0]:
                best[:] = [score, cur, placed]
            return
        if more[n][0] != line:
            line, after = more[n][0], 0
        base = sum(x is not None for x in _names_over(cur))
        for size in (1, 2, 3):
            run = [w for _, w in more[n:n + size]]
            if len(run) < size:
                break
            for p in range(1, len(cur) + 1):
                if owner[p - 1] < after:
                    continue
                trial = _names_over(cur[:p] + run + cur[p:])
                # (the run inside a name that starts before it, each of its words covered, and more words covered than
                # before)
                if trial[p] is not None and trial[p] < p and None not in trial[p:p + size] \
                        and sum(x is not None for x in trial) > base:
                    place(cur[:p] + run + cur[p:], owner[:p] + [owner[p - 1]] * size + owner[p:], n + size, line,
                          owner[p - 1], placed + size)
        place(cur, owner, n + 1, line, after, placed)  # the word left out

    place(list(first), list(range(len(first))), 0, -1, 0, 0)
    cur, placed = best[1], best[2]
    cells = (header_cells(" ".join(cur)) or _text_cells(" ".join(cur))) if placed else None
    if not cells or cells[0][0] not in ("code", "label") or "label" not in [k for k, _ in cells] \
            or sum(k in AMOUNT_KINDS for k, _ in cells) < 2:
        return None
    return j, cells


# an amount whose thousands are set apart by spaces, as one cell: "9 600", "1 250 000", "14 700,5"
_SPACE_GROUPED = re.compile(r"^\d{1,3}(?: \d{3})+(?:,\d+)?$")
_FIRST_GROUP = re.compile(r"^\d{1,3}(?:,\d+)?$")
_NEXT_GROUP = re.compile(r"^\d{3}(?:,\d+)?$")
MAX_SPACED_WORDS = 30  # a row's amount words whose cuts are tried


def _cuts(words: list[str]) -> list[list[str]]:
    """Every way the words read as amounts whose thousands are set apart by spaces ("9 600 2 400 800": "9 600" /
    "2 400" / "800", "9" / "600 2" ... no: a group after the first has three digits; "-" a cell of its own)."""
    if not words:
        return [[]]
    out = []
    if words[0] in ("-", "–") or (not _FIRST_GROUP.match(words[0]) and AMOUNT.match(words[0])):
        return [[words[0]] + rest for rest in _cuts(words[1:])]
    if not _FIRST_GROUP.match(words[0]):
        return []
    n = 1
    while True:
        out += [[" ".join(words[:n])] + rest for rest in _cuts(words[n:])]
        if n >= len(words) or "," in words[n - 1] or not _NEXT_GROUP.match(words[n]):
            return out
        n += 1


def _value(cell: str) -> Decimal | None:
    if cell in ("-", "–"):
        return Decimal(0)
    try:
        return Decimal(cell.replace(" ", "").replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def _sums_up(cells: list[str]) -> bool:
    """Whether the first amount is the sum of the others (a total column first)."""
    values = [_value(c) for c in cells]
    return len(values) >= 2 and None not in values and values[0] == sum(values[1:]) and values[0] > 0


def _split_by_sums(rows: list[tuple[list[str], list[str]]], totals: set[int], kinds: list[str]):
    """The rows of a table whose amounts have their thousands set apart by spaces ("9 600 2 400 800 2 400 800"),
    the first amount column a total: each row's words cut into the amounts whose first is the sum of the others, as
    many as most rows' one such cut has (its total's digits the label's last words when a narrow cell broke them:
    "14" / "700" / "3 000 1 900 ..."). A row with fewer (empty cells the copy left out: which ones nothing tells) has
    its total alone. Returns the rows and, for each row read so, its amounts' count; None when a row has no such cut,
    or most rows more than one."""
    if not kinds or kinds[0] != "total":
        return None
    options: dict[int, list[tuple[int, list[str]]]] = {}  # row: (label words taken, cells) of each cut that sums up
    for n, (label, amounts) in enumerate(rows):
        if n in totals:
            continue
        found = []
        for took in range(0, 3):
            if took and not (len(label) > took and all(w.isdigit() and len(w) <= 3 for w in label[-took:])):
                break
            words = label[len(label) - took:] + amounts
            if len(words) > MAX_SPACED_WORDS:
                return None
            found += [(took, cut) for cut in _cuts(words) if _sums_up(cut)]
        if not found:
            return None
        options[n] = found
    counts = [max(len(c) for _, c in found) for found in options.values()]
    width = max(set(counts), key=lambda t: (counts.count(t), t))
    out, spaced = list(rows), {}
    for n, found in options.items():
        full = [(took, cut) for took, cut in found if len(cut) == width]
        label = rows[n][0]
        if len(full) == 1:
            took, cut = full[0]
        elif not full and len({c[0] for _, c in found}) == 1 and max(len(c) for _, c in found) < width:
            took, cut = found[0][0], found[0][1][:1]  # its total alone
        else:
            return None
        out[n] = (label[:len(label) - took], cut)
        spaced[n] = len(cut)
    return out, spaced


# a project's place and its years, columns of words between the label and the amounts ("Địa điểm xây dựng",
# "Thời gian KC-HT"): read only where a table is copied cell after cell (_wrapped_table_at), each row's place from
# its last word that names a place's level in capitals, its years its last words
PLACE_COLUMN = r"(?:Địa\s+điểm(?:\s+(?:xây\s+dựng|thực\s+hiện|đầu\s+tư))?)"
TIME_COLUMN = (r"(?:Thời\s+gian(?:\s+(?:thực\s+hiện|KC\s*[-–]\s*HT|khởi\s+công\s*[-–]\s*hoàn\s+thành|triển\s+khai))?)")
_TEXT_HEADS = _HEADS + [(kind, re.compile(r"(?:" + pattern + r")(?=\s|$)", re.I))
                        for kind, pattern in (("place", PLACE_COLUMN), ("time", TIME_COLUMN))]
_TEXT_HEAD_WORDS = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", PLACE_COLUMN + TIME_COLUMN) if len(w) > 1)
_TEXT_KINDS = ("place", "time")
# a row's years: "2026-2029", "2026 - 2029", "2026-" / "2029" (its dash at a line's end)
_YEARS_TAIL = re.compile(r"(?:^|\s)((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})$")
_PLACE_WORD = re.compile(r"(?:^|\s)(?:" + "|".join(_PLACES) + r"|Các\s+(?:xã|huyện|phường)|Toàn\s+(?:tỉnh|huyện))(?=\s)")


def _text_head_line(line: str) -> bool:
    """_head_line with the words of a place's and a time's column names ("Địa điểm xây dựng", "Thời gian KC-HT")."""
    words = line.split()
    return bool(words) and all(_head_line(w) or w.lower() in _TEXT_HEAD_WORDS or _YEAR_CUT.match(w)
                               or all(p.lower() in _TEXT_HEAD_WORDS for p in w.split("-")) for w in words)


_YEAR_CUT = re.compile(r"^(?:19|20)\d{2}[-–]$")  # a period's first year, its dash at a line's end: "2026-" / "2030"


def _text_cells(joined: str) -> list[tuple[str, str]] | None:
    """header_cells with a place's and a time's columns (_TEXT_HEADS) right after the label, and amounts after them;
    None otherwise."""
    cells = header_cells(joined, _TEXT_HEADS)
    kinds = [k for k, _ in cells or []]
    text = [n for n, k in enumerate(kinds) if k in _TEXT_KINDS]
    if not text or "label" not in kinds or text != list(range(kinds.index("label") + 1, text[-1] + 1)) \
            or len(set(kinds[n] for n in text)) != len(text) or not all(k in AMOUNT_KINDS for k in kinds[text[-1] + 1:]):
        return None
    return cells


def _place_and_time(label: str, kinds: list[str]) -> list[str]:
    """A row's label cut into the label, its place and its years, as the header's text columns say (kinds: the
    text columns' kinds in order, each cut off the label's end from the last); a part the label does not show is
    empty (a group's row: its name alone)."""
    cut: dict[str, str] = {}
    for kind in reversed(kinds):
        if kind == "time" and (m := _YEARS_TAIL.search(label)):
            cut[kind] = re.sub(r"\s+", "", m.group(1))
            label = label[:m.start()].rstrip()
        elif kind == "place":
            starts = [m.start() for m in _PLACE_WORD.finditer(label) if m.start() > 0]
            if starts:
                cut[kind], label = label[starts[-1]:].strip(), label[:starts[-1]].rstrip()
    return [label] + [cut.get(k, "") for k in kinds]


def _wrapped_table_at(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """The table whose header starts at line i when its cells were copied one after another
    and wrapped (a PDF viewer's copy, `pdftotext -raw`): the header's names over several
    lines ("STT Nội dung Tổng" / "cộng" / "Năm" / "2026" ...), each row its code and label
    over lines of their own and its amounts on a line after them, or on the label's first
    line with the rest of the label under it:

        1 Truyền                      3 Kiểm tra, 825 250 275 300
        thông nâng                    giám sát tại
        cao nhận thức                 cơ sở
        540 180 180 180

    Read as table_at reads a table whose rows are one line each; None when the lines are no
    such table."""
    if not _START.match(lines[i] + " ") or not (_head_line(lines[i]) or _text_head_line(lines[i])):
        return None
    ends = []
    j = i
    while j < len(lines) and j - i < MAX_HEAD_LINES and (_head_line(lines[j]) or (j > i and _name_rest(lines[j]))
                                                         or _text_head_line(lines[j])):
        # (the lines' words one space apart: a line a PDF's text wrapped inside its cell keeps the space it
        # wrapped at, "Tổng cộng NS " / "trung " / "ương"; a name's lower-case rest a line of its own, "Dự toán" /
        # "giao", "Kinh phí" / "thường" / "xuyên", read as header_cells' modified names)
        joined = " ".join(" ".join(lines[i:j + 1]).split())
        cells = header_cells(joined) or header_cells(joined, modified=True) or _text_cells(joined)
        if cells and cells[0][0] in ("code", "label"):
            ends.append((j + 1, cells))
        j += 1
    # the longest header the first row can follow: not its label's rest nor its amounts alone
    # (a first row "Tổng" / "cộng" / "86.450 ..." reads as column names too)
    best = next((e for e in reversed(ends) if e[0] < len(lines) and lines[e[0]].split()
                 and not lines[e[0]].lstrip()[:1].islower() and not _amounts_alone(lines[e[0]].split())), None)
    if best is None:
        best = _interleaved_header(lines, i)
        if best is None:
            return None
    j, cells = best
    # a header of two rows that each name the code and the label columns again ("TT Nội dung Kinh phí (triệu đồng)
    # Kinh phí (triệu đồng) ..." / "TT Nội dung Tổng số Ngân sách xã Xã hội hóa": a converter's copy of a merged
    # cell over the names under it): the top row a header row of its own over the table read by the one under it
    top = next(([name for _, name in cells[:r]] for r in range(2, len(cells) - 1) if cells[0][0] == cells[r][0] == "code"
                and cells[r + 1][0] == "label" and len(cells) == 2 * r), None)
    if top is not None:
        cells = cells[len(top):]
    # a second label heading over amount columns ("Nguồn kinh phí" over "Ngân sách tỉnh",
    # "Ngân sách xã") groups them
    cells = [("group", name) if kind == "label" and n > 0 and any(k == "label" for k, _ in cells[:n])
             and n + 1 < len(cells) and cells[n + 1][0] in ("source", "year") else (kind, name)
             for n, (kind, name) in enumerate(cells)]
    kinds = [k for k, _ in cells]
    if "label" not in kinds or sum(k in AMOUNT_KINDS for k in kinds) < 2:
        return None
    # a note column last ("Ghi chú"): copied in content order its name comes with the top row's names, before the
    # names under a group ("Tổng cộng" / "Trong đó" / "Ghi chú" / "Năm 2027" / "Năm 2028"); its text after each row's
    # amounts, wrapped over the lines under them
    noted = kinds.count("note") == 1 and kinds[-1] in AMOUNT_KINDS
    if noted:
        cells = [c for c in cells if c[0] != "note"] + [c for c in cells if c[0] == "note"]
        kinds = [k for k, _ in cells]
    notes: dict[int, list[str]] = {}
    if any(a == b == "group" for a, b in zip(kinds, kinds[1:])):
        # two groups one after the other: names of cells the text ran together out of their order ("Trong đó Năm"
        # / "NSTW NSĐP 2011", a cell's "Năm" / "2011" with the next cell's names between): nothing tells the columns
        return None
    coded, unit = kinds[0] == "code", "unit" in kinds
    named = sum(k in AMOUNT_KINDS for k in kinds)
    # rows: (label words, amounts); a line ending in two or more amounts closes a row
    rows: list[tuple[list[str], list[str]]] = []
    totals: set[int] = set()  # the rows of a group's total alone (its amount in the last column)
    worded: set[int] = set()  # the rows whose cells hold words, no amounts
    closed = -1  # the line after the last line that closed a row with its amounts
    pending: list[str] = []
    wrapped = 0
    end = j
    k = j
    head_words = " ".join(lines[i:j]).split()
    while k < len(lines):
        words = lines[k].split()
        if not words:
            break
        repeated = rows and words[0] == head_words[0] and _repeats(lines, k, head_words)
        if repeated:
            # the header repeated at the top of the next page: the table (and a row the page
            # break cut) goes on
            k += repeated
            continue
        note: list[str] = []
        if noted:
            if len(rows) - 1 in notes and not pending and not ROW_CODE.match(words[0]) \
                    and not TOTAL_LABEL.match(" ".join(words)) and _note_at(words) is None and _amount_tail(words) < 2:
                notes[len(rows) - 1].extend(words)  # the row's note wrapped under it
                end = k + 1
                k += 1
                continue
            at = _note_at(words)
            if at is not None:
                words, note = words[:at], words[at:]
        tail = _amount_tail(words)
        if rows and not pending and closed == k and len(rows[-1][1]) + tail <= named and _amounts_alone(words):
            # the row's last amounts on the line under it (a narrow column's cell one line lower: "buổi 8
            # 1.200.000" / "9.600.000"): the row's
            rows[-1][1].extend(words)
            end = k + 1
        elif tail >= 2 and not all(_YEAR_OR_DASH.match(w) for w in words[len(words) - tail:]):
            head = words[:len(words) - tail]
            if not pending and not head and _year_row(words):
                head, tail = words[:1], tail - 1  # a year's row: "2027 3.000.000 1.500.000 ..."
            if not pending and not head:
                break
            if _group_before(pending, head, coded, rows):
                rows.append((pending, []))  # (a group's row with no amounts, then a row's code, label and amounts)
                pending = []
            rows.append((pending + head, words[len(words) - tail:]))
            if note:
                notes[len(rows) - 1] = note
            pending, wrapped = [], 0
            end = closed = k + 1
        elif pending and len(words) == 1 and GROUPED_AMOUNT.match(words[0]) \
                and ((ROW_CODE.match(pending[0]) and len(pending) > 1) or TOTAL_LABEL.match(" ".join(pending))):
            # a group's row whose one amount, its total, comes alone after its name ("I Tổ chức" / "02 lớp" / ...
            # / "68.600.000"), or the table's total's ("Tổng" / "cộng" / "(I+II+III)" / "113.200.000"): a row of
            # its own, its amount in the last column
            totals.add(len(rows))
            rows.append((pending, list(words)))
            pending, wrapped = [], 0
            end = k + 1
        elif rows and not pending and PARTS_MARKER.match(" ".join(words)):
            rows.append((list(words), []))  # "Trong đó:" over the rows it announces: a row of its own
            wrapped = 0
        elif (rows and not pending and words[0][:1].islower() and wrapped < MAX_WRAP
              and not _label_of_next_row(lines, k)):
            _label_rest(rows[-1][0], words, unit)  # the rest of the row's label, under its amounts
            wrapped += 1
            end = k + 1
        elif rows and pending and coded and (ROW_CODE.match(words[0]) or TOTAL_LABEL.match(words[0])) \
                and not ROW_CODE.match(pending[0]) and not TOTAL_LABEL.match(pending[0]) and len(pending) <= MAX_WRAP:
            # a label set in the middle of its row: its last line under the row's amounts, before the
            # next row's code or the total ("thôn" / "1.800 1.200 400 200" / "Đông" / "2 Xây dựng"): the row's
            rows[-1][0].extend(pending)
            pending = list(words)
        elif _group_before(pending, words, coded, rows):
            # a group's row with no amounts, its Roman numeral and name ("II Lĩnh vực nông nghiệp"), then the next
            # row's code on a line of its own ("3" / "Hồ chứa nước ..."): a row of its own, not the next row's label
            rows.append((pending, []))
            pending = list(words)
        elif _words_row_before(pending, words, coded, rows):
            # a row whose cells hold words, no amounts ("3 Phổ cập giáo dục" / "Mức" / "độ" / "Duy" / "trì" / "mức" /
            # "độ 2" ...), then the next row at its code: a row of its own, its words in its label (no unit), not the
            # next row's label
            worded.add(len(rows))
            rows.append((pending, []))
            pending = list(words)
        elif k - end < MAX_LABEL_LINES or (coded and pending and ROW_CODE.match(pending[0])
                                           and k - end < MAX_WORDS_ROW_LINES and len(lines[k].strip()) <= CELL_FRAGMENT):
            # the code and label of the row whose amounts come later (a row of words in narrow cells, a word or two
            # a line, may take more lines)
            pending.extend(words)
        else:
            break
        k += 1
    while rows and not rows[-1][1]:
        # a group's row with no row under it, amounts closing none after it ("III. NHIỆM VỤ, GIẢI PHÁP" / "1. Nâng
        # cao ..." after the last row): the text after the table
        worded.discard(len(rows) - 1)
        rows.pop()
    if len(rows) - len(totals) < MIN_ROWS:
        return None
    spaced: dict[int, int] = {}  # rows whose amounts are grouped by spaces, read by their sums: the amounts they have
    if any(len(a) > named and _SPACE_GROUPS.search(" ".join(a)) for _, a in rows):
        # (more amount words than the header names, some of them "9 600": where one ends, the sums tell)
        split = _split_by_sums(rows, totals, [k for k in kinds if k in AMOUNT_KINDS])
        if split is not None:
            rows, spaced = split
    # as many amount cells as the header names (fewer under merged headings: as many as the
    # rows mostly have, up to that)
    if sum(len(a) > named and not all(map(_YEAR_WORD.fullmatch, a[:len(a) - named])) for _, a in rows) * 2 > len(rows):
        # most rows have one amount more than the header names, and not a year of their labels ("Năm 2026 4.200 ..."):
        # the header's last column has a name the model does not know, taken as the first row's label's first words
        # ("So sánh (%)" / "1 Tỷ lệ hộ ..."): a column of its own at the header's end; else no table is read
        first = rows[0][0]
        at = next((n for n, w in enumerate(first) if n and ROW_CODE.match(w)), 0)
        if not at or "group" in kinds or any(len(a) > named + 1 for _, a in rows):
            return None
        cells = cells + [("other", " ".join(first[:at]))]
        rows[0] = (first[at:], rows[0][1])
        named += 1
    counts = [min(len(a), named) for n, (_, a) in enumerate(rows) if n not in totals]
    width = max(set(counts), key=lambda t: (counts.count(t), t))
    if top and max(counts) == named:
        width = named  # (the lower of two full header rows names each column: a row with fewer amounts has empty cells)
    # (a share in the label before the amounts, "Dự phòng 5% 300 135 165", is the label's own)
    rows = [(label + a[:len(a) - width], a[len(a) - width:]) if len(a) > width and all(
        x.endswith("%") for x in a[:len(a) - width]) else (label, a) for label, a in rows]
    if any(len(a) > width and _SPACE_GROUPS.search(" ".join(a)) for _, a in rows):
        return None  # amounts grouped by spaces ("9 600 2 400 800"): where one ends nothing tells
    body = []
    for n, (label, amounts) in enumerate(rows):
        if len(amounts) > width:  # numbers of the label's own before the amounts
            label, amounts = label + amounts[:len(amounts) - width], amounts[len(amounts) - width:]
        if not label:
            return None
        if n in spaced:  # (its amounts one cell each, "9 600"; a row whose cells the sums do not tell: its total alone)
            body.append(_row(label, 0, coded, unit) + amounts + [""] * (width - len(amounts)))
        elif n in worded:  # (a row of words: all of them its label's)
            body.append(_row(label, 0, coded, False) + ([""] if unit else []))
        elif n in totals:  # (a group's name and total: no unit, the total in the last column)
            row = _row(label + amounts, len(amounts), coded, False)
            body.append(row[:-1] + [""] * (width - 1 + unit) + row[-1:])
        else:
            body.append(_row(label + amounts, len(amounts), coded, unit))
        if noted:
            body[-1].append(" ".join(notes.get(n, [])))
    text_kinds = [k for k in kinds if k in _TEXT_KINDS]
    if text_kinds:
        if unit or noted:
            return None
        at = 1 if coded else 0  # (the label's cell: its place and years cut off it, each a cell of its own)
        body = [row[:at] + _place_and_time(row[at], text_kinds) + row[at + 1:] for row in body]
    if sum(1 for row in body if sum(bool(AMOUNT.match(c) or _SPACE_GROUPED.match(c)) for c in row[-width:]) >= 2) < MIN_ROWS:
        return None
    # one header row when it names as many amount columns as the rows have, else its rows
    # under years and groups
    flat = named == width and "group" not in kinds
    if noted and kinds.count("group") == 1 and all(k in AMOUNT_KINDS for k in kinds[kinds.index("group") + 1:-1]) \
            and len(kinds) - 2 == len(body[0]) - 1:
        # (a group over the amount columns after it, the note last: the group's name spread over them, the note's name
        # at the end of both rows, as the table model reads a laid-out header)
        g = kinds.index("group")
        before, under, note_name = [n for _, n in cells[:g]], [n for _, n in cells[g + 1:-1]], cells[-1][1]
        return end, [before + [cells[g][1]] * len(under) + [note_name], before + under + [note_name]] + body
    return end, ([top] if top else []) + ([[name for _, name in cells]] if flat else _levels(cells)) + body


def _notes_apart(run: list[list[str]]) -> tuple[list[list[str]], list[int], list[list[str]]]:
    """A one-line-a-row table's lines with a note column last: each line's words without its note (_note_at), the
    note's rest on the lines under a row (no row's code, no total, no amounts) joined to that row's note. Returns the
    lines, the index of each one's last line, and each one's note."""
    out: list[list[str]] = []
    last: list[int] = []
    notes: list[list[str]] = []
    for n, words in enumerate(run):
        if notes and notes[-1] and not ROW_CODE.match(words[0]) and not TOTAL_LABEL.match(" ".join(words)) \
                and _note_at(words) is None and _amount_tail(words) < 2:
            notes[-1].extend(words)
            last[-1] = n
            continue
        at = _note_at(words)
        out.append(words[:at] if at is not None else list(words))
        notes.append(words[at:] if at is not None else [])
        last.append(n)
    return out, last, notes


def _note_at(words: list[str]) -> int | None:
    """Where a note's text starts after a row's amounts on its line: after the line's first run of two amounts or
    more, at a word in capitals with no run of amounts after it ("1 Sở Y tế 2.180 980 1.200 Đã bao gồm 120": at
    "Đã"); None when the line has no such text."""
    for a in range(len(words)):
        b = a
        while b < len(words) and AMOUNT.match(words[b]):
            b += 1
        if b - a >= 2:
            if b < len(words) and words[b][:1].isupper() and _amount_tail(words) < 2:
                return b
            return None
    return None


def _label_rest(label: list[str], rest: list[str], unit: bool) -> None:
    """The row's label words (its code, label and unit) with the rest of its label, wrapped under its amounts, put
    in: after its unit where the table has none, or where the unit is cut after its slash ("người/" / "ngày"); else
    before the unit ("3 Thuê hội ngày 3 ..." / "trường": "Thuê hội trường", "ngày")."""
    if not unit or not label or label[-1].endswith("/"):
        label.extend(rest)
        return
    m = UNIT_CELL.search(" ".join(label))
    at = len(label) - len(m.group(0).split()) if m and m.start() > 0 else len(label)
    label[at:at] = rest


def _year_row(words: list[str]) -> bool:
    """A row of amounts whose label is its year: "2027 3.000.000 1.500.000 -"."""
    return len(words) >= 3 and _YEAR_OR_DASH.match(words[0]) is not None and words[0][:1].isdigit()


def _amounts_alone(words: list[str]) -> bool:
    """A line of amounts and nothing else (not a year's row, not a row's code alone)."""
    return _amount_tail(words) == len(words) and not _year_row(words) and not (len(words) == 1 and ROW_CODE.match(words[0]))


def _repeats(lines: list[str], k: int, head_words: list[str]) -> int:
    """How many lines from k on are the header's words again (0: they are not)."""
    got: list[str] = []
    for n, line in enumerate(lines[k:k + MAX_HEAD_LINES], 1):
        got += line.split()
        if len(got) >= len(head_words):
            return n if got == head_words else 0
    return 0


def _label_of_next_row(lines: list[str], k: int) -> bool:
    """Whether the line at k, in lower case after a row, starts the label of the next row:
    the lines from it to the next line with amounts are that line's label and amounts alone
    (no row code among them)."""
    for line in lines[k + 1:k + MAX_LABEL_LINES]:
        words = line.split()
        if not words:
            return False
        tail = _amount_tail(words)
        if tail >= 2 and not all(_YEAR_OR_DASH.match(w) for w in words[len(words) - tail:]):
            return tail == len(words)
        if ROW_CODE.match(words[0]) or not words[0][:1].islower():
            return False
    return False


_ANY_START = re.compile(_START.pattern, re.I | re.M)
_GROUP_NUMERAL = re.compile(r"^[IVX]{1,5}\.?$")


MAX_WORDS_ROW_LINES = 40  # lines a row whose cells hold words in narrow columns may take
CELL_FRAGMENT = 25  # a narrow cell's line is short: a longer one is the text after the table


def _words_row_before(pending: list[str], words: list[str], coded: bool, rows: list) -> bool:
    """Whether the words waiting for their amounts are a row whose cells hold words ("Duy trì mức độ 2") and
    `words` open the next row: its code the number after the pending row's, which is the number after the last
    row's (or 1, the table's first row), words after it."""
    if not (coded and len(pending) >= 2 and len(words) >= 2 and pending[0].rstrip(".").isdigit()
            and words[0].rstrip(".").isdigit()):
        return False
    numbers = [int(label[0].rstrip(".")) for label, _ in rows if label and label[0].rstrip(".").isdigit()]
    code = int(pending[0].rstrip("."))
    return code == (numbers[-1] + 1 if numbers else 1) and int(words[0].rstrip(".")) == code + 1


def _group_before(pending: list[str], words: list[str], coded: bool, rows: list) -> bool:
    """Whether the words waiting for their amounts are a group's row (its Roman numeral and name, "II Lĩnh vực nông
    nghiệp") that has none, and `words` open the next row at its code ("3", "3 Hồ chứa nước ..."): the number after
    the last row's, or 1 (not a count in the group's name, "I Tổ chức" / "02 lớp bồi dưỡng")."""
    if not (coded and len(pending) >= 2 and _GROUP_NUMERAL.match(pending[0]) and words and words[0].rstrip(".").isdigit()):
        return False
    numbers = [int(label[0].rstrip(".")) for label, _ in rows if label and label[0].rstrip(".").isdigit()]
    code = words[0].rstrip(".")
    return code in {"1", str(numbers[-1] + 1) if numbers else "1"}


def tables(lines: list[str], taken: set[int], pages: list[int] | None = None) -> list[tuple[int, int, list[list[str]]]]:
    """Every such table of the lines, outside the lines in `taken` (tables found by their
    spacing): (first line, last line, rows) each. With the page of each line, the blank
    lines where a page ends (a form feed) do not end a table that goes on over the break."""
    # the lines a table may start at, tested once (table_at and wrapped_table_at test each line
    # again, and find nothing at any other line)
    starts = _header_starts(lines)
    if not starts or (not any(_START.match(lines[k] + " ") for k in starts)
                      and not _ANY_START.search("\n".join(lines) + "\n")):
        # (a line that starts a header holds a match of _ANY_START: it is only asked of texts
        # whose sole candidates are a wrapped "S" / "TT", whose header it may find over the lines)
        return []
    index = list(range(len(lines)))
    if pages is not None and len(set(pages)) > 1:
        index = [k for k in index if lines[k].strip() or not _at_page_break(lines, pages, k)]
    view = [lines[k] for k in index]
    out = []
    # (the lines of the view a table may start at, in order: the reading goes from one to the next, or to the
    # first after a table it found)
    at = [k for k, i in enumerate(index) if i in starts and i not in taken]
    c = 0
    while c < len(at):
        k = at[c]
        c += 1
        # a table whose rows are a line each, or cell after cell: the reading that goes further
        found = table_at(view, k)
        wrapped = wrapped_table_at(view, k) or _cells_apart(view, k)
        if wrapped and (found is None or wrapped[0] > found[0]):
            found = wrapped
        if found and not taken & set(range(index[k], index[found[0] - 1] + 1)):
            out.append((index[k], index[found[0] - 1], found[1]))
            c = bisect_left(at, found[0], c)
    return out


MAX_CELL_RUN = 4  # lines of one cell set apart by blank lines (a label wrapped in its cell)


def _cells_apart(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """wrapped_table_at of the lines from i with the blank lines between a table's cells left out: a plain dump
    (`pdftotext`) that sets each cell, or each printed line of cells, a blank line apart ("TT Nội dung" / "" /
    "Năm 2026 Năm 2027 Tổng số" / "" / "1 Hỗ trợ xây mới nhà" / "" / "900" / "" / "1.000" ...). Only over runs
    of a few lines each (a paragraph of prose ends the view), and only where blank lines stand between them; its
    first line names two columns or more (a table a cell a line, "TT" / "" / "Nội dung" / ..., is
    cell_lines.flat_tables')."""
    if len(header_cells(" ".join(lines[i].split())) or ()) < 2:
        return None
    keep: list[int] = []
    run = blanks = 0
    for j in range(i, min(len(lines), i + MAX_MENDED)):
        if not lines[j].strip():
            blanks += run > 0
            run = 0
            continue
        run += 1
        if run > MAX_CELL_RUN:
            break
        keep.append(j)
    if blanks < MIN_ROWS or len(keep) < 4:
        return None
    found = wrapped_table_at([lines[j] for j in keep], 0)
    if found is None or not _counting(found[1]):
        return None
    return keep[found[0] - 1] + 1, found[1]


def _counting(rows: list[list[str]]) -> bool:
    """Whether the rows' numbers count up from one row to the next (1, 2, 3; from 1 again after a group's "I",
    "A"): cells the reading put in their rows' places, not another row's amount taken for a number ("70")."""
    prev = 0
    for row in rows:
        code = row[0].split()[0].rstrip(".") if row and row[0].strip() else ""  # (its label's first word, uncoded)
        if code.isdigit():
            if int(code) != prev + 1:
                return False
            prev = int(code)
        elif code and GROUP_CODE.match(code):
            prev = 0
    return True


def starts_header(line: str) -> bool:
    """Whether a header of column names may start the line (the cheap test: a code's or a label's name first)."""
    return _START.match(line + " ") is not None


# _START with each space of its names any run of white space, at a text's start: a text whose white space is not yet
# made single spaces (" ".join(text.split())) that it does not match is one starts_header refuses once it is
_LOOSE_START = re.compile(r"\s*(?:" + (CODE_HEAD + r"|" + LABEL_HEAD).replace(" ", r"\s+") + r")(?:\s|$)", re.I)


def may_start_header(text: str) -> bool:
    """Whether starts_header may hold for `text` once its white space is made single spaces (the cheap test on the
    text as it is: False only where it cannot)."""
    return _LOOSE_START.match(text) is not None


def _header_starts(lines: list[str]) -> set[int]:
    """The lines a header may start at, as wrapped_table_at's first test (which table_at's
    implies) finds them: _START, or a narrow column's "S" / "ST". Every name _START opens with
    is a word (a letter first, which matches only letters however the case): a line whose first
    character is no letter is passed over without the pattern."""
    return {k for k, line in enumerate(lines)  # ("S" and "ST" open with a letter too)
            if line.lstrip()[:1].isalpha() and (_START.match(line + " ") or line.strip() in CODE_HEAD_PIECES)}


def _at_page_break(lines: list[str], pages: list[int], k: int) -> bool:
    """Whether the blank line k lies between the last line of a page and the first of the next."""
    before = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
    after = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    return before is not None and after is not None and pages[before] != pages[after]
