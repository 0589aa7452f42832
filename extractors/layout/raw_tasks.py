"""A task table copied out of a PDF cell after cell (a viewer's copy, `pdftotext -raw` of a
Word table): the header's names over one or more lines, then each row its code with the
first words of its task, the rest of the task, its lead agency, its partners and its time,
each cell's wrapped lines one under another, nothing between the cells:

    STT Nội dung Chủ trì Phối hợp Thời gian
    1 Kiểm tra các               <- code, the task's first line
    hồ chứa nhỏ
    Phòng Nông                   <- the lead: an agency's first word
    nghiệp
    Công an xã;                  <- the partners: the next agency after a full name
    Đoàn Thanh
    niên xã
    Tháng                        <- the time: a time word, the row's last lines
    5/2026

Nothing marks the cells but their words, so the table is read only where they say it all: a
header made of a code, a task, a lead and a time heading (a partner heading if any, nothing
else), rows whose codes count up (a group row "I" / "II" with its title between), each row's
cells told apart by where an agency's name starts (normalizers.agencies.AGENCY_AT_START on a
line, not after a line that ends in "và", ",", "-" or ";" of a list) and where the time
starts (a time word on one of the row's last lines, or a time at the end of a line).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.layout.spaced_rows import CODE_HEAD_PIECES, code_head_pieces, header_cells
from normalizers.agencies import (AGENCY_AT_START, definitions_in, document_initials, leading_agency, lines_by_agency, opens_agency,
                                  owner_of, split_agencies)

# a task table's column heads, each its kind (extractors.layout.browser_rows reads a header by them too)
TASK_HEADS = [(kind, re.compile(pattern + r"(?=\s|$)", re.I)) for kind, pattern in (
    ("code", r"(?:Số\s+TT|STT|TT)"),
    ("task", r"(?:(?:Nội dung|Tên)(?:\s+(?:công việc|nhiệm vụ|hoạt động))?|Nhiệm vụ(?:\s+trọng tâm)?|Hoạt động|Công việc)"),
    ("partner", r"(?:(?:Cơ quan|Đơn vị)\s+)?phối\s+hợp(?:\s+thực\s+hiện)?"),
    ("lead", r"(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ\s+trì|tham\s+mưu|thực\s+hiện|chịu\s+trách\s+nhiệm)(?:\s+thực\s+hiện)?"),
    ("time", r"(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)(?:\s+(?:hoàn\s+thành|thực\s+hiện|trình))?"),
    ("product", r"(?:Sản\s+phẩm|Kết\s+quả)(?:\s+(?:dự\s+kiến|đầu\s+ra|chủ\s+yếu))?"),
    ("cost", r"(?:Kinh\s+phí|Dự\s+toán)(?:\s+(?:dự\s+kiến|thực\s+hiện))?(?:\s*" + r"\((?:Tr\.?\s*đ(?:ồng)?|triệu\s+đồng|"
             r"nghìn\s+đồng|đồng)\))?"),
)]
# an amount column's unit in brackets: "(Tr.đ)", "(triệu đồng)"
_UNIT = re.compile(r"\((?:Tr\.?\s*đ(?:ồng)?|triệu\s+đồng|nghìn\s+đồng|đồng)\)", re.I)
# a cost cell: an amount alone on the row's last line ("1.800", "12.500,5"); the total's row under the last
# row: "Tổng cộng 3.500", or its label and its amount a line each
_AMOUNT_LINE = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:,\d{1,3})?$")
_TOTAL_LINE = re.compile(r"^((?:Tổng\s+cộng|Tổng\s+số|Cộng|Tổng))(?:\s*:)?(?:\s+(\d{1,3}(?:[.,]\d{3})*(?:,\d{1,3})?))?$", re.I)
_HEAD_WORDS = frozenset(w.lower() for _, p in TASK_HEADS for w in re.findall(r"[^\W\d_]+", p.pattern) if len(w) > 1)
MAX_HEAD_LINES = 14  # a header whose narrow columns wrapped a word a line
MAX_ROW_LINES = 40
MAX_TRAILING = 8  # lines of a product cell after the last row's time
MIN_ROWS = 2
# a time's last line and the cost after it: "Hằng năm 1.200", "Quý II/2027 350"
_COST_AFTER_TIME = re.compile(r"^(.*\S)\s+(\d{1,3}(?:[.,]\d{3})*(?:,\d{1,3})?)$")
# a row's code, and a group row's ("I", "II." with its title after it)
ROW_CODE = re.compile(r"^(\d{1,2})\.?$")
GROUP_CODE = re.compile(r"^([IVX]{1,5}|[A-EGHĐ])\.?$")  # "II", "B." (a part's letter: A, B, C, D, Đ, E, G, H)
# a heading that ends a table: "IV. KINH PHÍ THỰC HIỆN", "3. Tổ chức thực hiện", "Nơi nhận:"
SECTION = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})\s*[.)]\s+\S.{3,}$|^Nơi nhận\b")
# a time cell's first words: "Tháng 4/2026", "Quý II/2026", "Năm 2026", "Thường xuyên", "Hằng năm",
# "Cả năm", "Trước ngày 30/6", "2026 - 2030", "Định kỳ", "Trong năm 2026"
_TIME_WORD = r"(?:Tháng|Quý|Năm|Thường|Hằng|Hàng|Cả|Trước|Từ|Trong|Định|Đến|Giai\s+đoạn|(?:19|20)\d{2})\b"
TIME_START = re.compile(r"^" + _TIME_WORD)
# a time at the end of a partner's line ("Sở Tư pháp Quý I/2026"): the whole time
# (quarters listed: "Quý II, III/2027")
# (a month's or a quarter's every year: "Quý IV hằng năm", "Tháng 3 hàng năm")
_TIME_ONE = (r"(?:(?:Tháng\s+\d{1,2}(?:/\d{4})?|Quý\s+[IV]{1,3}(?:\s*,\s*(?:quý\s+)?[IV]{1,3})*(?:/\d{4})?)"
             r"(?:\s+(?:hằng|hàng)\s+năm)?|Năm\s+\d{4}|Thường\s+xuyên|"
             r"Hằng\s+(?:năm|tháng|quý)|Hàng\s+(?:năm|tháng|quý)|Cả\s+năm)")
TIME_THEN_TEXT = re.compile(r"^(" + _TIME_ONE + r"(?:\s*[-–]\s*" + _TIME_ONE + r")*)\s+(?=[A-ZĐÀ-Ỹ])")
TIME_END = re.compile(r"\s(" + _TIME_ONE + r"(?:\s*[-–]\s*" + _TIME_ONE + r")*(?:\s+[-–])?)$")
# a time's first word alone on its line, its number on the next ("Năm" / "2029", "Tháng" / "5/2029")
_TIME_WORD_ALONE = re.compile(r"^(?:Năm|Tháng|Quý)$")
# a line that is a time and nothing else ("Quý I, quý III", longer than a time's usual three words)
_TIME_WHOLE = re.compile(r"^" + _TIME_ONE + r"(?:\s*[-–]\s*" + _TIME_ONE + r")*$")
# a year alone, or a range of years, at a line's end (_cells: only after agencies' names)
_YEAR_END = re.compile(r"\s((?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?)$")
# a year alone on a line, or a range of years: "2029", "2026 - 2030"
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$")
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a time's rest wrapped to a line of its own: "4/2026", "IV/2026", "xuyên", "năm 2026", a quarter alone ("IV", its
# "hằng" / "năm" under it)
_TIME_REST = re.compile(r"^(?:[IVX]{1,4}/\d|\d|[a-zđ]|[IV]{1,3}$)")
MAX_TIME_REST = 3  # lines a time at a line's end may go on over ("Quý" / "IV" / "hằng" / "năm")
# a line that runs a list of agencies on: it ends in "và", ",", ";", "-"
_LIST_GOES_ON = re.compile(r"(?:\s(?:và|với)|[,;\-–])$")


def _head_line(line: str) -> bool:
    words = _UNIT.sub(" ", _GROUP_HEAD.sub(" ", line)).split()
    if not words and (_UNIT.search(line) or _GROUP_HEAD.search(line)):
        return True  # the unit wrapped to a line of its own; a two-level header's group name
    return bool(words) and all(w.lower() in _HEAD_WORDS or w.upper() in ("STT", "TT") for w in words)


def _unit_piece(lines: list[str], j: int) -> bool:
    """Whether line j is a piece of an amount column's unit that a narrow column wrapped over lines: "(triệu" /
    "đồng)" (round T70)."""
    for a in range(max(0, j - 2), j + 1):
        for b in range(j + 1, min(len(lines), a + 3) + 1):
            if b - a > 1 and _UNIT.fullmatch(" ".join(x.strip() for x in lines[a:b])):
                return True
    return False


# a two-level header: the agencies' columns under one name ("Đơn vị thực hiện", "Cơ quan thực hiện", "Phân công thực
# hiện"), their own names ("Chủ trì" / "Phối hợp") on the next row; copied in content order, the top row's names
# come first, the time's among them, then the two under it (and the time's wrapped word after them maybe: "... Đơn vị
# thực hiện Thời" / "Chủ trì Phối hợp gian")
_GROUP_HEAD = re.compile(r"(?<!\S)(?:(?:Cơ\s+quan|Đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị))?|Phân\s+công|Trách\s+nhiệm)"
                         r"\s+thực\s+hiện(?!\S)", re.I)
_SUB_HEADS = re.compile(r"(?<!\S)((?:(?:Cơ\s+quan|Đơn\s+vị)\s+)?chủ\s+trì)\s+((?:(?:Cơ\s+quan|Đơn\s+vị)\s+)?phối\s+hợp)(?!\S)",
                        re.I)


def one_level(text: str) -> str:
    """A two-level header's names on one level: the agencies' group name ("Đơn vị thực hiện") in place of the two
    names under it ("Chủ trì Phối hợp"), which the copy gave after the top row's names; any other text as it is."""
    group = _GROUP_HEAD.search(text)
    sub = _SUB_HEADS.search(text, group.end()) if group else None
    if sub is None:
        return text
    rest = text[group.end():sub.start()] + " " + text[sub.end():]
    return text[:group.start()] + sub.group(1) + " " + sub.group(2) + " " + " ".join(rest.split())


def _header(text: str) -> list[str] | None:
    """The header's kinds in order, or None when a word of it is no such heading."""
    cells = header_cells(one_level(text), TASK_HEADS)
    return None if cells is None else [kind for kind, _ in cells]


def table_at(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """The task table whose header starts at line i: (the index after its last row, its rows,
    the header row first), or None."""
    if not lines[i].split() or lines[i].split()[0].upper() not in ("STT", "TT", "SỐ", *CODE_HEAD_PIECES):
        return None
    n, name = code_head_pieces(lines, i)
    if n:  # "STT" broken at a narrow column's edge ("ST" / "T", "S" / "T" / "T", "T" / "T"): read on its last line
        lines = lines[:i + n - 1] + [name] + lines[i + n:]
        i += n - 1
    h, m = _notes_in_header(lines, i)
    if m:  # the page's footnotes amid the header's lines: set before the table
        lines = lines[:i] + lines[h:h + m] + lines[i:h] + lines[h + m:]
        i += m
    kinds = None
    j = i
    while j < len(lines) and j - i < MAX_HEAD_LINES and (_head_line(lines[j]) or _unit_piece(lines, j) or (
            j > i and not lines[j].strip() and j + 1 < len(lines) and _head_line(lines[j + 1]))):
        # (a blank line between the header's lines, its wrapped names under it, is no end of it)
        if not lines[j].strip():
            j += 1
            continue
        head = [x for x in lines[i:j + 1] if x.strip()]
        got = _header(" ".join(head)) or _header_by_words(" ".join(head), head)
        # (the first row after the header, or after the blank line of a page break between them: the header at a
        # page's foot, the rows on the next page; round T70)
        first_row = j + 1 + (j + 2 < len(lines) and not lines[j + 1].strip())
        if got and first_row < len(lines) and _code(lines[first_row]) in ("1", "I", "A"):
            kinds = got
            head_end = first_row
        j += 1
    if kinds is None or kinds[:2] != ["code", "task"] or len(set(kinds)) != len(kinds) or "lead" not in kinds \
            or not ("time" in kinds or kinds[-1] == "cost" and "product" not in kinds):
        return None  # (a time column, or, with none, a cost column last: "Kinh phí (Tr.đ)")
    cost = "time" not in kinds
    if "product" in kinds and kinds.index("lead") < kinds.index("product") < kinds.index("time"):
        return None  # a product between the agencies and the time: nothing tells where it starts
    if all(len(_header(lines[k]) or ()) == 1 for k in range(i, head_end) if lines[k].strip()) \
            and len(lines[head_end].split()) == 1:
        # a column name a line, the code alone: a table a cell a line (a scrape, plain pdftotext),
        # read as such (extractors.tables.rebuild, extractors.fields.task_tables)
        return None
    names = " ".join(lines[i:head_end])
    header = _header_names(one_level(names)) if _header(names) else [_CANONICAL[k] for k in kinds]
    # the rows: from a code to the next
    starts: list[tuple[int, str]] = []
    expected = 1
    k = head_end
    while k < len(lines) and k - (starts[-1][0] if starts else head_end) <= MAX_ROW_LINES:
        code = _code(lines[k])
        if code == str(expected):
            starts.append((k, "row"))
            expected += 1
        elif code and GROUP_CODE.match(code) and _is_group_title(lines[k]) and (group := _group_end(lines, k, expected)):
            # a group row, its title wrapped over lines in lower case; the codes under it go on
            # or start again at 1
            starts.append((k, "group"))
            if _code(lines[group]) == "1":
                expected = 1
            k = group
            continue
        elif SECTION.match(lines[k].strip()):
            break  # the document's next heading: "III. KINH PHÍ", "Nơi nhận:"
        k += 1
    if sum(1 for _, t in starts if t == "row") < MIN_ROWS:
        return None
    rows = [header]
    end = head_end
    failed = False  # the row before could not be read
    for n, (start, what) in enumerate(starts):
        if what == "group":
            # (its title's lines: up to the row after it, found by _group_end when the starts were listed)
            words = " ".join(lines[start:starts[n + 1][0] if n + 1 < len(starts) else start + 1]).split()
            rows.append([words[0].rstrip("."), " ".join(words[1:])] + [""] * (len(kinds) - 2))
            end = start + 1
            continue
        trailing = "product" in kinds and kinds.index("product") > kinds.index("time")
        nxt = starts[n + 1][0] if n + 1 < len(starts) else None
        stop = nxt if nxt is not None and not cost else (
            min(_cost_row_end(lines, start), nxt or len(lines)) if cost else _last_row_end(lines, start, trailing))
        part = _without_header(lines[start:stop], kinds)
        # (the lead of the row above when it is a task's row read: a merged lead's cell goes on in this one)
        lead_above = rows[-1][kinds.index("lead")] if n and starts[n - 1][1] == "row" and not failed else ""
        cells = _cells(part, kinds, lead_above)
        if cells is None and sum(1 for x in part if x.strip()) == 1:
            cells = one_line_cells(next(x for x in part if x.strip()), kinds)
        if cells is None and not failed and what == "row" and n + 1 < len(starts) and len(rows) - 1 >= MIN_ROWS:
            # a row whose cells' lines cannot be told apart (a page break cut it, the first lines of its cells run
            # together on one line): its words kept in its task's cell, the table goes on if the next row reads
            words = _joined([x.strip() for x in part if x.strip()]).split()
            rows.append([words[0].rstrip("."), " ".join(words[1:])] + [""] * (len(kinds) - 2))
            failed = True
            continue
        if cells is None:
            if failed:
                rows.pop()  # (the row before, left unread, was no row of the table)
            if len(rows) - 1 < MIN_ROWS:
                return None
            break
        failed = False
        rows.append(cells)
        end = stop
        if cost and nxt is not None and stop < nxt:
            break  # lines after a row's amount that are no row: the table ended (a total, a heading)
    if sum(1 for r in rows[1:] if r[kinds.index("lead")]) < MIN_ROWS:
        return None
    label, wrapped = (lines[end].strip() if end < len(lines) else ""), 0
    if label == "Tổng" and end + 1 < len(lines) and lines[end + 1].strip().lower() in ("cộng", "số", "cộng:", "số:"):
        label, wrapped = label + " " + lines[end + 1].strip(), 1  # the label wrapped in its narrow cell (round T70)
    if kinds[-1] == "cost" and end < len(lines) and (m := _TOTAL_LINE.match(label)):
        # the total's row: its label in the task's column, its amount in the cost's (a table with a time column too:
        # "Thời gian" / "Kinh phí (triệu đồng)", round T70)
        amount, after = m.group(2), end + 1 + wrapped
        if amount is None and after < len(lines) and _AMOUNT_LINE.match(lines[after].strip()):
            amount, after = lines[after].strip(), after + 1
        if amount is not None:
            rows.append(["", m.group(1)] + [""] * (len(kinds) - 3) + [amount])
            end = after
    return end, rows


# a footnote's first line: its number, a capital ("1 Ban hành kèm theo Quyết định số ...")
_NOTE_LINE = re.compile(r"^(\d{1,2})\s+[A-ZĐÀ-Ỹ]")
MAX_NOTE_LINES = 8


def _notes_in_header(lines: list[str], i: int) -> tuple[int, int]:
    """Footnotes a content-order copy put amid a table's header lines (the page's notes after the header's first line,
    its wrapped names after them: "TT Nhiệm vụ Cơ quan Cơ quan phối Thời" / "1 Ban hành kèm theo ... Thủ" / "tướng
    Chính phủ." / "2 Thông qua tại ..." / "chủ trì hợp gian"): (where they start, how many lines), or (0, 0). Notes
    numbered one after another, each ending in a stop, after a header's first lines that name no lead yet, its names
    going on after them (not a header again)."""
    h = i + 1
    while h < len(lines) and h - i < MAX_HEAD_LINES and _head_line(lines[h]):
        h += 1
    before = " ".join(lines[i:h])
    got = _header(before) or _header_by_words(before, lines[i:h])
    if got is not None and "lead" in got:
        return 0, 0  # (a header whole before them: what follows is its first row)
    k, numbers = h, []
    while k < len(lines) and k - h < MAX_NOTE_LINES and not _head_line(lines[k]):
        m = _NOTE_LINE.match(lines[k])
        if m:
            numbers.append(int(m.group(1)))
        elif not numbers and lines[k].strip():
            return 0, 0
        k += 1
    filled = [x for x in range(h, k) if lines[x].strip()]  # (a blank line among them: the page's foot, its break)
    ends = [lines[x].rstrip().endswith(".") for n, x in enumerate(filled)
            if n + 1 == len(filled) or _NOTE_LINE.match(lines[filled[n + 1]])]
    if not numbers or k == h or k >= len(lines) or not _head_line(lines[k]) or not all(ends) \
            or lines[k].split()[0].upper() in ("STT", "TT", "SỐ", *CODE_HEAD_PIECES) \
            or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return 0, 0
    return h, k - h


def _without_header(part: list[str], kinds: list[str]) -> list[str]:
    """A row's lines without the table's header repeated among them (a page break inside the row or after it:
    "ST" / "T" / "Nội dung nhiệm vụ Cơ quan chủ trì ..." / "gian"; the code's name maybe gone with the page's
    running header), or the lines themselves."""
    k = 1
    while k < len(part):
        j = k
        while j < len(part) and (part[j].strip() in ("S", "ST", "T") or _head_line(part[j])):
            j += 1
        if j - k >= 2:
            head = [x.strip() for x in part[k:j]]
            n, name = code_head_pieces(head, 0)
            if n:
                head[:n] = [name]
            # (its "ST" / "T" may have gone as a running header, repeated at each page's top)
            if (_header(" ".join(head)) or _header_by_words(" ".join(head), head)) in (kinds, kinds[1:]):
                return part[:k] + part[j:]
        k = j + 1
    return part


def _cost_row_end(lines: list[str], start: int) -> int:
    """The index after the last row of a table whose last column is a cost: its amount's line ends it."""
    for k in range(start + 1, min(len(lines), start + MAX_ROW_LINES)):
        text = lines[k].strip()
        if not text or SECTION.match(text):
            break
        if _AMOUNT_LINE.match(text):
            return k + 1
    return start + 1


def _code(line: str) -> str | None:
    words = line.split()
    if not words:
        return None
    m = ROW_CODE.match(words[0]) or GROUP_CODE.match(words[0])
    return m.group(1) if m else None


def _group_end(lines: list[str], k: int, expected: int) -> int:
    """The line after a group row's title (its wrapped lines in lower case) when a row coded
    `expected` or 1 comes next, else 0."""
    caps = lines[k].split(None, 1)[-1].isupper()  # a title in capitals wraps in capitals: "HỆ" / "THỐNG CHÍNH TRỊ"
    for j in range(k + 1, min(k + 5, len(lines))):
        if _code(lines[j]) in (str(expected), "1"):
            return j
        if not (lines[j].strip()[:1].islower() or caps and lines[j].isupper() and _code(lines[j]) is None):
            return 0
    return 0


def _is_group_title(line: str) -> bool:
    """"I NHÓM NHIỆM VỤ VỀ CƠ CHẾ", "II. Quý II": a group row's code and title."""
    rest = line.split(None, 1)[1:] or [""]
    return bool(rest[0]) and rest[0][:1].isupper()


_CANONICAL = {"code": "STT", "task": "Nội dung", "lead": "Chủ trì", "partner": "Phối hợp", "time": "Thời gian",
              "product": "Sản phẩm", "cost": "Kinh phí"}
_KEYS = [("task", re.compile(r"\b(?:Nội dung|Nhiệm vụ|Hoạt động|Công việc)\b", re.I)),
         ("lead", re.compile(r"\b(?:chủ\s+trì|tham\s+mưu)\b", re.I)),
         ("partner", re.compile(r"\bphối\s+hợp\b", re.I)),
         ("time", re.compile(r"\b(?:Thời|Tiến\s+độ)\b", re.I)),
         ("product", re.compile(r"\b(?:Sản\s+phẩm|Kết\s+quả)\b", re.I))]


# the two words of a key that a header's narrow column may break between its lines ("Cơ quan chủ" / "trì")
_SPLIT_KEYS = {"lead": (("chủ", "trì"), ("tham", "mưu")), "partner": (("phối", "hợp"),)}


def _split_key(kind: str, lines: list[str]) -> bool:
    """Whether a header's lines hold a key of `kind` broken between two of them: its first word once on a line,
    its second once on the next ("STT Nhiệm vụ Cơ quan chủ Cơ quan phối Thời gian" / "trì hợp hoàn thành")."""
    def count(word: str, line: str) -> int:
        return sum(1 for w in line.lower().split() if w == word)

    return any(count(a, lines[k]) == 1 and count(b, lines[k + 1]) == 1
               and sum(count(a, x) + count(b, x) for x in lines) == 2
               for a, b in _SPLIT_KEYS.get(kind, ()) for k in range(len(lines) - 1))


def _header_by_words(text: str, lines: list[str] = ()) -> list[str] | None:
    """A header whose names two lines hold side by side ("TT Nhiệm vụ Cơ quan Cơ quan Thời
    gian" / "chủ trì phối hợp thực hiện"), or whose keys the lines break ("Cơ quan chủ" / "trì"): its
    columns by the words each names, once each, in the usual order (code, task, lead, partner, time)."""
    if not re.match(r"(?:Số\s+)?S?TT\b", text.strip(), re.I):
        return None
    kinds = ["code"]
    for kind, pattern in _KEYS:
        n = len(pattern.findall(text))
        if n > 1:
            return None
        if n or _split_key(kind, lines):
            kinds.append(kind)
    return kinds


def _header_names(text: str) -> list[str]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        for _, pattern in TASK_HEADS:
            m = pattern.match(text, pos)
            if m:
                out.append(" ".join(m.group(0).split()))
                pos = m.end()
                while pos < len(text) and text[pos].isspace():
                    pos += 1
                break
    return out


def _last_row_end(lines: list[str], start: int, trailing: bool = False) -> int:
    """The index after the last row: its time cell's lines end it (with a product column after
    the time, the next heading or blank line, within MAX_TRAILING lines after the time)."""
    k = start + 1
    seen_time, seen_at = False, start
    while k < len(lines) and k - start < MAX_ROW_LINES:
        text = lines[k].strip()
        if not text:
            break
        if seen_time and trailing:
            if SECTION.match(text) or k - seen_at > MAX_TRAILING:
                break
            k += 1
            continue
        if seen_time:
            # a time's wrapped rest: short, a number or a word in lower case ("4/2026", "xuyên"); not on the next page
            # (the rest of a row a page break cut, its cells' next lines: no time's; round T70)
            if len(text.split()) <= 2 and _TIME_REST.match(text) and not lines[k].startswith("\x0c"):
                k += 1
                continue
            break
        if SECTION.match(text):
            break
        if TIME_START.match(text) or TIME_END.search(" " + text) or TIME_END.search(" " + _joined([text] + _rest_after(lines, k))):
            seen_time, seen_at = True, k
        k += 1
    return k if seen_time else start + 1


def _rest_after(lines: list[str], k: int) -> list[str]:
    """The lines after line k (up to MAX_TIME_REST) that may be a time's wrapped rest, each a word ("III/202" / "7",
    "IV" / "hằng" / "năm")."""
    out = []
    for text in (x.strip() for x in lines[k + 1:k + 1 + MAX_TIME_REST]):
        if len(text.split()) != 1 or not _TIME_REST.match(text):
            break
        out.append(text)
    return out


def _year_after_agencies(line: str) -> re.Match | None:
    """A year alone (or a range's first year and its dash) at the end of a line of agencies' names, matched in " " +
    line as TIME_END is: "Bộ Nội vụ 2027", "Cục Tin học hóa 2026 -" (a task's "năm 2027" is no agency's line)."""
    y = _YEAR_END.search(" " + line)
    return y if y and y.start() > 0 and _all_agency(line[:y.start() - 1].strip()) else None


def _listed(cell: str) -> bool:
    """Whether a cell's text is a list of two or more agencies, set apart by "," or ";"."""
    names = split_agencies(cell)
    # (not where the first name holds a second one's start: a one-line lead beside the partners' first line, "Báo
    # Hòa Sơn Đài Phát thanh và Truyền hình tỉnh, ...": _agency_inside parts them)
    return len(names) >= 2 and re.search(r"[,;]", cell) is not None and _all_agency(cell) \
        and not _agency_inside(re.split(r"[,;]", cell, maxsplit=1)[0])


def _wraps_joined(row: list[str]) -> list[str]:
    """A row's lines with each line that ends in a space joined to the next: a PDF's text in content order
    (pypdfium2, PyMuPDF) keeps the space a cell's line wrapped at, and a cell's last line has none ("Ban Tuyên giáo "
    / "Tỉnh ủy": one name, not two agencies). Only where some of the row's lines end without one (a text whose
    every line ends in a space tells nothing)."""
    ends = [ln.endswith(" ") and bool(ln.strip()) for ln in row[:-1]]
    if not any(ends) or all(ln.endswith(" ") for ln in row if ln.strip()):
        return row
    out = [row[0]]
    for wrapped, ln in zip(ends, row[1:]):
        # (a time's lines stay as they are, "Quý IV " / "hằng năm", but a time's word alone takes its number: "Năm " /
        # "2028")
        if wrapped and not (TIME_START.match(out[-1].strip()) and len(out[-1].split()) > 1):
            out[-1] = out[-1].rstrip() + " " + ln.lstrip()
        else:
            out.append(ln)
    return out


def _cells(row: list[str], kinds: list[str], lead_above: str = "") -> list[str] | None:
    """A row's lines cut into its cells, in the header's order (`lead_above`: the lead of the row above, a task's)."""
    as_copied = {ln.strip() for ln in row}  # (a line _wraps_joined made of a cell's wrapped lines is one cell's)
    row = _wraps_joined(row)
    first = row[0].split(None, 1)
    code, lines = first[0].rstrip("."), ([first[1]] if len(first) > 1 else []) + [ln.strip() for ln in row[1:]]
    lines = [ln for ln in lines if ln]
    product: list[str] = []
    if "product" in kinds and "time" in kinds and kinds.index("product") > kinds.index("time"):
        # the product after the time: the time's first line after the first agency, its rest
        # (a year, a word in lower case), then the product's lines
        first_agency = next((t for t in range(1, len(lines)) if _agency_line(lines, t)), None)
        if first_agency is None:
            return None
        t = next((t for t in range(first_agency + 1, len(lines)) if TIME_START.match(lines[t])), None)
        if t is None and (cut := _time_after_agency(lines, first_agency)) is not None:
            # the time beside the last agency's line: "Sở Nội vụ Hằng" / "năm" / "Lớp bồi" (round T70)
            t, at = cut
            lines = lines[:t] + [lines[t][:at].rstrip(), lines[t][at:]] + lines[t + 1:]
            t += 1
        if t is None:
            return None
        m = TIME_THEN_TEXT.match(lines[t])
        if m:  # the time and the product's first line side by side: "Năm 2026 Quyết"
            lines = lines[:t] + [m.group(1), lines[t][m.end():]] + lines[t + 1:]
        end = t + 1
        while not m and end < len(lines) and len(lines[end].split()) <= 2 and _TIME_REST.match(lines[end]):
            end += 1
        product, time_lines, lines = lines[end:], lines[t:end], lines[:t]
    cost = ""
    if kinds[-1] == "cost" and "time" not in kinds:
        # the cost: an amount alone on the row's last line
        if len(lines) < 3 or not _AMOUNT_LINE.match(lines[-1]):
            return None
        cost, lines = lines[-1], lines[:-1]
    elif kinds[-2:] == ["time", "cost"] and len(lines) >= 3:
        # the cost after the time: an amount alone on the row's last line ("Tháng 6" / "hằng năm" / "350"), or after
        # a whole time on the time's last line ("Hằng năm 1.200"); not a time's number ("Tháng" / "6", "Định kỳ 6")
        # (round T70)
        if _AMOUNT_LINE.match(lines[-1]) and not _TIME_WORD_ALONE.match(lines[-2]) \
                and not re.search(r"(?:ngày|tháng|quý|kỳ|[-–/])$", lines[-2], re.I):
            cost, lines = lines[-1], lines[:-1]
        elif (m := _COST_AFTER_TIME.search(lines[-1])) and (_TIME_WHOLE.match(m.group(1)) or TIME_END.search(" " + m.group(1))):
            cost, lines = m.group(2), lines[:-1] + [m.group(1)]
    # the time: a time word on one of the last lines, the lines after it short; or at a line's end
    time: list[str] = []
    if product or "product" in kinds and kinds.index("product") > kinds.index("time"):
        time = time_lines
    elif "time" in kinds:
        for t in range(len(lines) - 1, 0, -1):
            if TIME_START.match(lines[t]) and all(sum(w not in "-–" for w in ln.split()) <= 3 or _TIME_WHOLE.match(ln)
                                                  for ln in lines[t:]):
                while t > 1 and lines[t - 1].rstrip().endswith(("-", "–")) and TIME_START.match(lines[t - 1]) \
                        and len(lines[t - 1].split()) <= 3:
                    t -= 1  # a range's first part on the line above: "2026 -" / "2027", "Quý III -" / "Quý IV/2027"
                if t > 2 and lines[t - 1].strip() in ("-", "–") and TIME_START.match(lines[t - 2]) \
                        and len(lines[t - 2].split()) <= 3:
                    t -= 2  # ... its dash a line of its own: "2027" / "-" / "2028"
                if t > 1 and (_TIME_WORD_ALONE.match(lines[t - 1]) and lines[t][:1].isdigit() or _YEAR_ALONE.match(lines[t])
                              and _TIME_WHOLE.match(lines[t - 1]) and not _YEAR_WORD.search(lines[t - 1])):
                    # a time's word alone over its year: "Năm" / "2029"; a time with no year over its year alone: "Cả
                    # năm" / "2029", "Quý II" / "2029"
                    t -= 1
                time, lines = lines[t:], lines[:t]
                # its first part at the end of the line above: "Sở Nội vụ Quý II -" / "Quý IV/2026"
                m = TIME_END.search(" " + lines[-1]) or _year_after_agencies(lines[-1])
                if m and m.group(1).rstrip().endswith(("-", "–")) and m.start() > 0:
                    time = [m.group(1)] + time
                    lines = lines[:-1] + [lines[-1][:m.start() - 1].rstrip()]
                break
        else:
            # at the end of a line ("Sở Nội vụ Quý II"), its rest maybe on the next ("IV/2026")
            # (a narrow column's time over three lines: "Thanh tra Sở Quý II," / "III/202" / "7")
            rest = []
            while len(rest) < MAX_TIME_REST and len(lines) > len(rest) + 1 and len(lines[-1 - len(rest)].split()) <= 2 \
                    and _TIME_REST.match(lines[-1 - len(rest)]):
                rest.insert(0, lines[-1 - len(rest)])
            last = lines[-1 - len(rest)] if lines else ""
            m = TIME_END.search(" " + _joined([last] + rest)) if lines else None
            if m is None and lines and (y := _year_after_agencies(_joined([last] + rest))) and y.start() < len(last):
                m = y
            if m and 0 < m.start() < len(last):
                time = [m.group(1)]
                lines = lines[:len(lines) - 1 - len(rest)] + [last[:m.start() - 1].rstrip()]
    # the agencies: a line that starts an agency's name after a full line
    starts = [t for t in range(1, len(lines)) if _agency_line(lines, t)]
    if not starts:
        return None
    starts = _open_names_closed(lines, starts)
    agency_cols = [c for c in ("lead", "partner") if c in kinds]
    # one cell of agencies, a list of them, under a row with a lead: the partners, the lead's cell merged with the
    # row's above (a merged cell's text is printed once, in its first row)
    merged = bool(lead_above) and len(starts) == 1 and agency_cols == ["lead", "partner"] \
        and _listed(" ".join(lines[starts[0]:]))
    if len(starts) < len(agency_cols) and not merged:
        # a one-line lead and the partners' first line side by side: "Sở Xây dựng Văn phòng HĐND và"
        at = starts[-1]
        cut = _agency_inside(lines[at])
        if cut:
            lines = lines[:at] + [lines[at][:cut].rstrip(), lines[at][cut:]] + lines[at + 1:]
            starts.append(at + 1)
        elif (lead := _lead_beside_task(lines, starts[0])) is not None:
            # the task's last line and the lead's first side by side, the lead's rest under them in lower case:
            # "... trong toàn" / "Đảng bộ Ban Tuyên" / "giáo và Dân" / "vận Tỉnh ủy" / "Các đảng bộ" ...
            t, cut = lead
            lines = lines[:t] + [lines[t][:cut].rstrip(), lines[t][cut:]] + lines[t + 1:]
            starts = [t + 1] + [s + 1 for s in starts]
    elif agency_cols == ["lead", "partner"] and not merged and len(starts) >= 2 and starts[1] == starts[0] + 1 \
            and lines[starts[0]] in as_copied and (cut := _agency_inside(lines[starts[0]])) and _all_agency(lines[starts[0]][:cut].rstrip()) \
            and lines_by_agency([lines[starts[0]][:cut].rstrip(), lines[starts[0]][cut:]]) is not None:
        # a one-line lead and the partners' first line side by side, the partners' next names a line each under
        # them: "Sở Xây dựng Sở Tài chính" / "Sở Văn hóa, Thể thao" / "và Du lịch" (not one name: its owner or its
        # name after its kind, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"; nor
        # a cell's lines a PDF library's text wrapped, "Phòng Giao " / "dịch Ngân " / "hàng Chính ...")
        at = starts[0]
        lines = lines[:at] + [lines[at][:cut].rstrip(), lines[at][cut:]] + lines[at + 1:]
        starts = [at, at + 1] + [t + 1 for t in starts[1:]]
    cuts = starts[:len(agency_cols)]
    task_lines = lines[:cuts[0]]
    if "product" in kinds and kinds.index("product") < kinds.index("lead"):
        # the product between the task and the lead: from the first line in capitals after the task's
        p = next((t for t in range(1, len(task_lines)) if task_lines[t][:1].isupper()), len(task_lines))
        task_lines, product = task_lines[:p], task_lines[p:]
    task = " ".join(task_lines)
    # (the last cell's agencies a line each, no mark between them: "Ban quản lý" / "các thôn" / "Ủy ban Mặt trận" / "Tổ
    # quốc xã": each name a list's item; not where the lines before are no agency's whole name, "Công chức" / "Văn
    # phòng - Thống kê" is one, nor where the line names the body that owns the name above: "Phòng Cảnh sát kinh tế" /
    # "Công an huyện", normalizers.agencies' owner test)
    more: list[int] = []
    for t in (t for t in starts if t > cuts[-1]):
        so_far = " ".join(lines[(more or cuts)[-1]:t])
        if _all_agency(so_far) and not owner_of(lines[t], so_far):
            more.append(t)
    bounds = list(zip(cuts, cuts[1:] + [len(lines)]))
    parts = ([lead_above] if merged else []) + [" ".join(lines[a:b]) for a, b in bounds[:-1]] + [
        "; ".join(" ".join(lines[a:b]) for a, b in zip([cuts[-1]] + more, more + [len(lines)]))]
    values = {"code": code, "task": task, "time": _joined(time), "product": " ".join(product), "cost": cost}
    for col, text in zip(agency_cols, parts):
        values[col] = text
    return [values.get(kind, "") for kind in kinds]


def _time_after_agency(lines: list[str], first_agency: int) -> tuple[int, int] | None:
    """Where a time starts inside an agency's line, a product's cell after it (the lines after the first agency's
    start): a time's first word after the name, the line's rest with the short lines in lower case or numbers under
    it a whole time ("Sở Nội vụ Hằng" / "năm", "UBND các xã Quý" / "IV/2027"): (the line, the cut), or None."""
    for t in range(first_agency, len(lines)):
        for m in re.finditer(r"(?<=\S) (?=" + _TIME_WORD + r")", lines[t]):
            tail = lines[t][m.end():]
            rest = _rest_after(lines, t)
            if any(_TIME_WHOLE.match(_joined([tail] + rest[:n])) for n in range(len(rest) + 1)) \
                    and opens_agency(" ".join(lines[first_agency:t] + [lines[t][:m.start()]])):
                return t, m.end()
    return None


# a time cell at a one-line row's end: a time's first word (TIME_START's), then numbers and the words of times:
# "Quý I/2028", "Tháng 5 - 8/2028", "Trước ngày 30/6/2027", "Thường xuyên", "Năm 2027 - 2028", "Từ tháng 3 đến tháng 6/2027"
_TIME_TAIL = re.compile(r"\s(" + _TIME_WORD + r"(?:\s*(?:[\d/.,\-–]+|[IVX]{1,4}(?:/\d{4})?(?!\w)|(?:tháng|quý|năm|ngày|kỳ|"
                        r"đoạn|xuyên|đến|và|hằng|hàng|Tháng|Quý|Năm)(?!\w)))*)\s*$")
# the word before an agency's name that makes it part of the text before it, not a cell's start: a list going on
# ("..., Sở Y tế", "Công an xã và Đoàn Thanh niên"), a task's object ("phối hợp với Sở Tư pháp", "báo cáo cho UBND"),
# a place or a channel the task names ("đăng tải trên Báo ...", "qua Cổng Thông tin điện tử", "các đơn vị thuộc Sở
# Y tế", "cán bộ trong Ban Chỉ đạo", "phối hợp cùng Công an xã")
_NOT_A_CUT = re.compile(r"(?:[,;/(\-–]|\s(?:và|với|cho|của|tại|giữa|gồm|các|trình|lên|đến|về|trên|qua|thuộc|trong|"
                        r"cùng|từ|tới|bởi))$", re.I)
# a unit's kind whose name has not started yet: "Văn phòng UBND tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng" are one name
_KIND_ONLY = re.compile(r"(?:^|\s)(?:Văn\s+phòng|Chi\s+cục|Tổng\s+cục|Trung\s+tâm|Ủy\s+ban(?:\s+nhân\s+dân)?|Sở|Phòng|Ban|"
                        r"Cục|Vụ|Viện|Hội|Đoàn|Đội|Bộ|(?:Bộ|Ban)\s+Chỉ\s+huy|Ban\s+Quản\s+lý|Bộ\s+Tư\s+lệnh)$")


def _agency_starts(text: str) -> list[int]:
    """Where the names of agencies start inside a one-line row's text: a word in capitals that opens an agency's
    name, not after a word that carries the text before it on, nor inside a name whose kind alone stands before it."""
    out = []
    for m in re.finditer(r"(?<=\S) (?=[A-ZĐÀ-Ỹ])", text):
        before = text[:m.start()]
        if _NOT_A_CUT.search(before) or not opens_agency(text[m.end():]):
            continue
        kind = _KIND_ONLY.search(before[out[-1]:] if out else before)
        if kind and text[m.end():].split(None, 1)[0] != kind.group().split()[-1]:
            continue  # (but a kind's word twice, "... trên Cổng thông tin của Sở Sở Công Thương": a name ends, one starts)
        out.append(m.end())
    return out


MAX_KIND_WORDS = 4  # "Công ty", "Chi nhánh", "Tổng công ty cổ phần"


def _open_names_closed(lines: list[str], starts: list[int]) -> list[int]:
    """The starts of agencies' names without those that go on the name above: a unit's kind alone, its name on the
    next line ("Công ty" / "Điện lực Hòa Sơn", "Chi nhánh" / "Ngân hàng Chính sách xã hội tỉnh"), an organ before the
    body that owns it ("Văn phòng" / "Ủy ban nhân dân tỉnh", "Ban Tổ chức" / "Tỉnh ủy"): the name a narrow cell broke
    is one agency (normalizers.agencies.lines_by_agency's grouping of a cell's lines), not a lead and a partner."""
    out = starts[:1]
    for t in starts[1:]:
        so_far = " ".join(lines[out[-1]:t])
        # (a kind alone is a short name: "Các đoàn xã, phường, đoàn trực thuộc" / "Sở Khoa học và Công nghệ" are two;
        # the lines after it read with it, as _agency_line reads a start: "Ngân hàng" / "Nhà nước" is no kind alone)
        if owner_of(lines[t], so_far) or len(so_far.split()) <= MAX_KIND_WORDS and AGENCY_AT_START.match(so_far) \
                and lines_by_agency([so_far, " ".join(lines[t:])]) is None:
            continue
        out.append(t)
    return out


def _all_agency(part: str) -> bool:
    """Whether a cell's text is names of agencies only (no verb after a name: "UBND tỉnh ban hành quy chế" is
    a task's words)."""
    return all((got := leading_agency(name)) is not None and got[0] == 0 and got[1] >= len(name.rstrip(" .;,")) - 1
               for name in split_agencies(part) or [part])


def one_line_cells(line: str, kinds: list[str]) -> list[str] | None:
    """A row written on one line, its cells set apart by single spaces (a scrape that lost its separators, a word
    segmenter's output): "3 Trồng rừng phòng hộ Ban Quản lý rừng Vân Sơn Chi cục Kiểm lâm; UBND các xã Quý II/2028".
    The task runs to the first agency's name that a whole cell of names follows, the lead to the next name not
    joined to it by a list's mark, the partners to the time at the line's end. None when the words cannot say."""
    if kinds[:3] != ["code", "task", "lead"] or kinds[3:] not in ([], ["time"], ["partner"], ["partner", "time"]):
        return None
    first = line.split(None, 1)
    if len(first) < 2:
        return None
    code, text = first[0].rstrip("."), first[1].strip()
    time = ""
    if "time" in kinds and (m := _TIME_TAIL.search(text)):
        time, text = m.group(1).strip(), text[:m.start()].rstrip()
    starts = _agency_starts(text)
    # the lead: the first start whose text on to the line's end is names of agencies only
    lead = next((s for s in starts if _all_agency(text[s:])), None)
    if lead is None or len(text[:lead].split()) < 2:
        return None
    partner = ""
    agencies = text[lead:]
    if "partner" in kinds:
        nxt = next((s - lead for s in starts if s > lead), None)
        if nxt is not None:
            agencies, partner = text[lead:lead + nxt].rstrip(), text[lead + nxt:]
    values = {"code": code, "task": text[:lead].rstrip(), "lead": agencies, "partner": partner, "time": time}
    return [values[kind] for kind in kinds]


def _agency_line(lines: list[str], t: int) -> bool:
    """Whether line t starts an agency's name (in capitals, not after a line that runs a list on; not one
    word before a line that starts an agency itself: "Thanh tra" / "Sở" / "Phòng Cảnh sát ...", the word
    ends the name above)."""
    if len(lines[t].split()) == 1 and t + 1 < len(lines) and _agency_line(lines, t + 1):
        return False
    return lines[t][:1].isupper() and not _LIST_GOES_ON.search(lines[t - 1]) \
        and opens_agency(lines[t] + (" " + lines[t + 1] if t + 1 < len(lines) else ""))


MAX_LEAD_REST = 3  # lines the lead's name may go on over under the task's last line


def _lead_beside_task(lines: list[str], first: int) -> tuple[int, int] | None:
    """Where the lead's name starts inside the task's last line, its rest the lines in lower case under it up to the
    first agency's line (`first`): (the line, the cut), or None when no such name is there (the task's own words).
    The longest such name: "Ban Tuyên" / "giáo và Dân" / "vận Tỉnh ủy" is one, not "Tỉnh ủy" after the task."""
    found = None
    for t in range(first - 1, max(0, first - 1 - MAX_LEAD_REST), -1):
        cut = _agency_inside(lines[t])
        if cut and _all_agency(" ".join([lines[t][cut:]] + lines[t + 1:first])) \
                and not _NOT_A_CUT.search(lines[t][:cut].rstrip()):
            found = (t, cut)
        if not lines[t][:1].islower():
            break  # (the lead's rest is in lower case: "giáo và Dân" / "vận Tỉnh ủy"; t 0, the task's first line, none)
    return found


def _agency_inside(line: str) -> int:
    """Where a second agency's name starts inside a line that starts with one: a word in
    capitals after a word in lower case, or after a name's initials ("Ban QLDA Sở Xây": a body a document named by
    its initials), that opens an agency's name, or 0."""
    for m in re.finditer(r"(?<=[^\W\d_]) (?=[A-ZĐÀ-Ỹ])", line):
        before = line[:m.start()].split()[-1]
        if (before[:1].islower() or _INITIALS.match(before) and m.start() > len(before)) \
                and opens_agency(line[m.end():]):
            return m.end()
    return 0


_INITIALS = re.compile(r"^[A-ZĐ]{2,}$")  # a name's initials: "QLDA", "BQL", "UBND"


def _joined(parts: list[str]) -> str:
    """A cell's lines as one; a number a narrow column broke ("II/202" / "6") is whole again."""
    out = ""
    for part in parts:
        out += part if out[-1:].isdigit() and part.isdigit() else (" " + part if out else part)
    return out


def tables(lines: list[str], taken: set[int]) -> list[tuple[int, int, list[list[str]]]]:
    """Every such table of the lines outside `taken`: (first line, last line, rows) each. The initials the document
    defines for a body ("Trung tâm Y tế (TTYT)") open an agency's name as the bodies' own words do: a cell "TTYT huyện"
    starts the lead's (normalizers.agencies.document_initials; round T70)."""
    with document_initials(definitions_in("\n".join(lines)[:200000])):
        return _tables(lines, taken)


def _tables(lines: list[str], taken: set[int]) -> list[tuple[int, int, list[list[str]]]]:
    out = []
    # (the lines a table may start at, in order: a header's first cell opens on "S" or "T"; the reading goes from
    # one to the next, or to the first after a table it found)
    starts = [k for k, line in enumerate(lines) if line[:1] in ("S", "T") and k not in taken]
    c = 0
    while c < len(starts):
        k = starts[c]
        found = table_at(lines, k)
        if found and not taken & set(range(k, found[0])):
            out.append((k, found[0] - 1, found[1]))
            c = bisect_left(starts, found[0], c + 1)
        else:
            c += 1
    return out
