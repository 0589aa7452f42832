"""An indicator table copied out of a PDF cell after cell (`pdftotext -raw` of a Word table whose
narrow columns wrapped a word or two a line): the header's names in fragments over several lines,
then each row its code with the first words of its label, the label's rest under it, one line
with the row's unit, its amounts and the first words of the body that leads it, the body's rest
(and the partners') under that; a group row its Roman number and name:

    STT Chỉ                         <- the header: its names' fragments, cell after cell
    tiêu
    Đơn vị
    tính
    Năm
    2026
    Năm
    2027
    Cơ
    quan
    chủ trì
    I Lĩnh                          <- a group row: its number and name
    vực giáo dục
    1 Tỷ lệ                         <- a row: its code, its label's first words
    trường đạt
    chuẩn
    % 60 65 Sở Giáo                 <- its unit, its amounts, its lead body's first words
    dục và Đào
    tạo

Nothing marks the cells but their words, so the table is read only where they say it all: a header
of a code, a label, a unit or none, one or more amount columns (years, a plan's year, a total) and one
or two body columns ("Cơ quan chủ trì", "Đơn vị phối hợp"), nothing else, named by the header's words
alone; rows whose codes count up (again from 1 under a group), each with its line of exactly as many
amounts as the header names, the unit's words before them (up to three on a line of their own),
nothing or a body's name after them; the bodies' lines short. Two body columns are told apart where
the next body's name starts (normalizers.agencies.AGENCY_AT_START, not after a list's "," ";" "và").
A table that ends anywhere else than at a heading, a blank line or the text's end is no such table.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.layout import spaced_rows
from extractors.layout.cells import BARE_YEAR_CELL
from normalizers.agencies import AGENCY_AT_START

# a body column's name: "Cơ quan chủ trì", "Đơn vị phối hợp", "Cơ quan thực hiện", "Chủ trì"
BODY_HEAD = (r"(?:(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|theo\s+dõi)(?:\s+thực\s+hiện)?|"
             r"Chủ\s+trì|Phối\s+hợp)")
_HEADS = [("body", re.compile(BODY_HEAD + r"(?=\s|$)", re.I))] + list(spaced_rows._HEADS)
_HEAD_WORDS = spaced_rows._HEAD_WORDS | frozenset(
    w.lower() for w in re.findall(r"[^\W\d_]+", BODY_HEAD) if len(w) > 1)
AMOUNT = spaced_rows.AMOUNT
CODE_HEAD = re.compile(r"^(?:Số\s+TT|STT|TT)(?=\s|$)", re.I)
ROMAN = re.compile(r"^[IVX]{1,5}\.?$")
# a heading after the table: "II. NHIỆM VỤ, GIẢI PHÁP", "3. Tổ chức thực hiện", "Nơi nhận:"
SECTION = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})\s*[.)]\s+\S.{3,}$|^Nơi nhận\b|^(?:PHỤ LỤC|Phụ lục)\b")
MAX_HEAD_LINES = 24
MAX_LABEL_LINES = 10
MAX_BODY_LINES = 10
MAX_GROUP_LINES = 6
MAX_UNIT_WORDS = 3
FRAGMENT = 45  # a narrow cell's line is short: a longer line is the text after the table
MIN_ROWS = 2
# words a body's name goes on after: a list's joints, and "Văn phòng" of "Văn phòng UBND tỉnh"
_GOES_ON = re.compile(r"(?:[,;\-–]|\s(?:và|với|của|thuộc|phòng))$", re.I)


def _head_line(line: str) -> bool:
    words = line.split()
    return bool(words) and all(BARE_YEAR_CELL.match(w) or w in "-–" or w.strip("().,").lower() in _HEAD_WORDS for w in words)


def _header(lines: list[str], i: int) -> tuple[int, list[tuple[str, str]]] | None:
    """(the line after the header, its cells) of the header starting at line i: the most lines of column
    names that read as a code, a label, a unit or none, amounts, and bodies last."""
    if not CODE_HEAD.match(lines[i].strip()):
        return None
    best = None
    j = i
    while j < len(lines) and j - i < MAX_HEAD_LINES and _head_line(lines[j]):
        cells = spaced_rows.header_cells(" ".join(x.strip() for x in lines[i:j + 1]), _HEADS)
        if cells and _shape(cells):
            best = (j + 1, cells)
        j += 1
    return best


def _shape(cells: list[tuple[str, str]]) -> bool:
    kinds = [k for k, _ in cells]
    if kinds[:2] != ["code", "label"]:
        return False
    rest = kinds[2:]
    if rest[:1] == ["unit"]:
        rest = rest[1:]
    amounts = 0
    while amounts < len(rest) and rest[amounts] in ("year", "total"):
        amounts += 1
    bodies = rest[amounts:]
    return amounts >= 1 and 1 <= len(bodies) <= 2 and all(k == "body" for k in bodies) \
        and (amounts >= 2 or kinds[2] == "unit")


def _data_at(words: list[str], named: int, first: bool, unit: bool) -> tuple[int, int] | None:
    """(where the amounts start, where they end) on a row's line that holds its unit and amounts, or None:
    exactly `named` amounts, then nothing or a name in capitals; before them the unit's words (a line of its
    own: one to three, none without a unit column; the row's first line: the label's words, the last the unit)."""
    for p in range(len(words) - named + 1):
        if not all(AMOUNT.match(w) and w not in "-–" for w in words[p:p + named]):
            continue
        q = p + named
        if q < len(words) and (AMOUNT.match(words[q]) or not words[q][:1].isupper()):
            continue
        if first:
            return (p, q) if p >= (3 if unit else 2) else None
        # (no unit before the amounts in a table with a unit column: the unit's cell took lines of its own
        # before them; not for one amount, which a label's line may be: "trên" / "10.000" / "dân"; more words than a
        # unit's: the label's last line, then the unit, "được xử lý trực tuyến toàn trình % 75 85", as on a first line)
        if unit and p > MAX_UNIT_WORDS:
            return p, q
        return (p, q) if (p <= MAX_UNIT_WORDS and (p >= 1 or named >= 2) if unit else p == 0) else None
    return None


def _code(line: str, n: int) -> str | None:
    """The line's row code when it opens the row numbered n (or 1, under a new group): "3", "3." alone or
    before the label's first words."""
    first = line.split()[0] if line.split() else ""
    return first if first.rstrip(".") in (str(n), "1") and first.rstrip(".").isdigit() else None


def _group(lines: list[str], k: int, n: int) -> tuple[int, list[str]] | None:
    """(the line after it, its cells' code and name) of a group row at line k: a Roman number alone or before
    its name in sentence case (not a section's heading in capitals), the name's rest under it, the next row's
    code after it."""
    words = lines[k].split()
    if not words or not ROMAN.match(words[0]):
        return None
    name = words[1:]
    if name and (not name[0][:1].isupper() or " ".join(name).isupper()):
        return None
    j = k + 1
    while j < len(lines) and j - k <= MAX_GROUP_LINES:
        t = lines[j].strip()
        if not t or len(t) > FRAGMENT:
            return None
        if _code(t, n) and name:
            return j, [words[0], " ".join(name)]
        name += t.split()
        j += 1
    return None


def _bodies(words: list[str], count: int) -> list[str]:
    """The body cells of a row from its bodies' words: one cell, or two, cut where the next body's name
    starts."""
    text = " ".join(words)
    if count == 1:
        return [text]
    pos = 0
    for w in words[:-1]:
        pos += len(w) + 1
        before = text[:pos - 1]
        if len(before.split()) >= 2 and not _GOES_ON.search(before) and AGENCY_AT_START.match(text[pos:]):
            return [before, text[pos:]]
    return [text, ""]


def table_at(lines: list[str], i: int, pages: list[int] | None = None) -> tuple[int, list[list[str]]] | None:
    """(the line after the table, its rows with the header first) of the table whose header starts at
    line i, or None. With each line's page: a row that a page break cut goes on at the next page's top, its
    label's rest first (the lines there in lower case), then its bodies' rest."""
    found = _header(lines, i)
    if found is None:
        return None
    k, cells = found
    kinds = [kind for kind, _ in cells]
    unit = "unit" in kinds
    named = sum(kind in ("year", "total") for kind in kinds)
    nbodies = kinds.count("body")
    width = len(cells)
    rows: list[list[str]] = [[name for _, name in cells]]
    n = 1
    count = 0
    head_lines = [line.strip() for line in lines[i:found[0]]]
    while k < len(lines):
        t = lines[k].strip()
        if not t or SECTION.match(t):
            break
        if count and t == head_lines[0] and [x.strip() for x in lines[k:k + len(head_lines)]] == head_lines:
            k += len(head_lines)  # the header again at the next page's top: the table goes on
            continue
        group = _group(lines, k, n) if count or len(rows) == 1 else None
        if group is not None:
            k, (code, name) = group
            rows.append([code, name] + [""] * (width - 2))
            continue
        code = _code(t, n)
        if code is None:
            return None
        n = int(code.rstrip(".")) + 1
        # the code and label's lines up to the line of the unit and amounts
        label: list[str] = []
        words = t.split()[1:]
        data = _data_at(words, named, True, unit)
        j = k
        while data is None:
            label += words
            j += 1
            if j >= len(lines) or j - k > MAX_LABEL_LINES or not lines[j].strip() or SECTION.match(lines[j].strip()):
                return None
            words = lines[j].split()
            data = _data_at(words, named, False, unit)
        p, q = data
        if j == k:  # the label's words and the unit on the code's line
            label, unit_words = words[:p - 1] if unit else words[:p], words[p - 1:p] if unit else []
        elif p > MAX_UNIT_WORDS:  # the label's last words and the unit on the amounts' line
            unit_words = spaced_rows.UNIT_CELL.search(" ".join(words[:p])).group(0).split()
            label, unit_words = label + words[:p - len(unit_words)], unit_words
        elif p > 1 and words[p - 1] == "%":  # "của tỉnh % 12,5 14": the label's last words, then its unit
            label, unit_words = label + words[:p - 1], words[p - 1:p]
        else:
            unit_words = words[:p]
        amounts, body = words[p:q], words[q:]
        # the bodies' rest: short lines up to the next row, group, heading or a blank line
        page = pages[j] if pages else 0
        j += 1
        broken = False
        while j < len(lines) and j - k <= MAX_LABEL_LINES + MAX_BODY_LINES:
            s = lines[j].strip()
            if not s or SECTION.match(s) or len(s) > FRAGMENT or _code(s, n) or _group(lines, j, n) or (
                    s == head_lines[0] and [x.strip() for x in lines[j:j + len(head_lines)]] == head_lines):
                break
            if pages and pages[j] != page and not broken:
                broken = True  # the next page's top: the label's rest first, in lower case
                while j < len(lines) and lines[j].strip()[:1].islower() and len(lines[j].strip()) <= FRAGMENT:
                    label += lines[j].split()
                    j += 1
                continue
            body += s.split()
            j += 1
        if not label or (nbodies and not body):
            return None
        row = [code.rstrip("."), " ".join(label)] + ([" ".join(unit_words)] if unit else []) + amounts
        rows.append(row + _bodies(body, nbodies))
        count += 1
        k = j
    if count < MIN_ROWS or (k < len(lines) and lines[k].strip() and not SECTION.match(lines[k].strip())):
        return None
    while rows[-1][2:] == [""] * (width - 2):  # a group with no rows under it ends no table
        rows.pop()
    return k, rows


def tables(lines: list[str], taken: set[int], pages: list[int] | None = None) -> list[tuple[int, int, list[list[str]]]]:
    """Every such table of the lines outside `taken` (lines other readers took): (first line, last line,
    rows) each. Where a narrow column broke an amount ("145.0" / "00"), the lines with it made whole are
    read (spaced_rows._mended). With the page of each line, the blank lines where a page ends do not end a
    table."""
    heads = {k for k, line in enumerate(lines) if CODE_HEAD.match(line.strip()) and k not in taken}
    if not heads:  # (any line with the code's heading: in taken, it starts no table here)
        return []
    index = list(range(len(lines)))
    if pages is not None and len(set(pages)) > 1:
        index = [k for k in index if lines[k].strip() or not spaced_rows._at_page_break(lines, pages, k)]
    view = [lines[k] for k in index]
    view_pages = [pages[k] for k in index] if pages is not None else None
    out = []
    # (the lines of the view a table may start at, in order: the reading goes from one to the next, or to the
    # first after a table it found)
    starts = [k for k, i in enumerate(index) if i in heads]
    c = 0
    while c < len(starts):
        k = starts[c]
        c += 1
        found = table_at(view, k, view_pages)
        last = None
        if found is not None:
            last = found[0] - 1
        else:
            mended, ends = spaced_rows._mended(view[k:k + spaced_rows.MAX_MENDED])
            found = table_at(mended, 0, [view_pages[k + e] for e in ends] if view_pages else None)
            if found is not None:
                last = k + ends[found[0] - 1]
        if found is None or taken & set(range(index[k], index[last] + 1)):
            continue
        out.append((index[k], index[last], found[1]))
        c = bisect_left(starts, last + 1, c)
    return out
