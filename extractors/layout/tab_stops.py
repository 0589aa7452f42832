"""Tables typed with the Tab key at the default tab stops, printed to PDF.

An author who sets a table's columns with tabs and leaves the stops as they are gets a cell at
the next default stop after the cell before it ends (Word's every half inch, 36 pt; Writer's
every 1.25 cm): a short cell's neighbour at the first stop after it, a long cell's one or two
stops further. The rows' cells then do not line up ("1  Ngân sách tỉnh  800  700" beside
"3  Nguồn xã hội hóa  -  350", its "-" a stop to the right of the "800"), so the table is read
by order: a line's cells are its words cut where a word starts on a stop and its gap is no
plain space, the first cell after the stops its first word is placed past (a total's label set
one stop in, under the labels), an empty cell for each stop a gap passes over (two tabs).

A row longer than the line wraps: where its next cell does not fit before the page's right margin,
the tab takes that cell to the next line's first stop (its cells go on there); where a cell's own
words do not fit, its next word goes to the line's start (the cell goes on there, the row's next
cells after it). Such a line goes on with the short row above it (_wrapped).
"""

from __future__ import annotations

import math
import re
from statistics import median

from extractors.layout import grid
from normalizers.text import untoned

STOPS = (36.0, 1.25 * 72 / 2.54)  # Word's default tab stops (half an inch), Writer's (1.25 cm), in points
ON_STOP = 0.5  # points: a word a tab placed starts this near a stop
NOT_A_SPACE = 0.3  # points: a tab's gap differs from the line's plain space by more than this
CELL_GAP = 6.0  # points: a gap this wide that is no tab (no stop after it) makes the line no tab row
TAB_ROWS = 3  # a tab table has this many rows or more ...
TAB_CELLS = 3  # ... of this many cells or more, as many in each row
SET_AFTER = "set_after"  # a word's mark: put after the line above by words.rows_unwrapped, at no place on the page
CUT_NEAR = 1.5  # letters' widths: a word two cells ran together is cut this near a stop (_cut_at_stops)
MISALIGNED = 3.0  # points: the same column starts this far apart in two rows (else the columns line up,
# and the layout's table finder reads the table by its columns: extractors.layout.grid)


def other_words(left: str, right: str) -> bool:
    """Two pieces no glyph cut inside a syllable makes: a letter and a digit side by side
    ("cộng" "1.250", "800" "Phòng"), or a small letter before a capital ("xã" "Phòng"): a
    table's cells a tab apart in a Word file printed to PDF, the tab's gap narrower than a
    space where the next cell starts just past the tab stop (formats.pdf.join_split_glyphs)."""
    a, b = left[-1:], right[:1]
    return (a.isalpha() and b.isdigit()) or (a.isdigit() and b.isalpha()) or (a.islower() and b.isupper()) \
        or _new_syllable(left, right)


_LETTERS_END, _LETTERS_START = re.compile(r"[^\W\d_]+$"), re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouy]")


def _new_syllable(left: str, right: str) -> bool:
    """Letters that hold a vowel, then letters that start with a consonant and hold a vowel
    ("LẮK" "CỘNG", "hiệu" "quả"): after a syllable's vowel come only its final consonants
    (c, ch, m, n, ng, nh, p, t) or a vowel, so a consonant and a vowel start another
    syllable. A glyph cut inside a syllable leaves a piece without a vowel on one side
    ("Đ" "ÀI", "Tr" "ường", "TỈ" "NH") or a vowel first on the right ("v" "ùng", "Ngh" "ĩa").
    Vietnamese by a letter of its own on one side at least: a word of plain Latin letters may
    be another language's ("fi" "le" of a URL's "file", cairo's ligature set apart)."""
    m, n = _LETTERS_END.search(left), _LETTERS_START.match(right)
    if not m or not n or (m.group().isascii() and n.group().isascii()):
        return False  # (a word of another language, its ligature a glyph of its own: "fi" "le" of "file")
    a, b = untoned(m.group()), untoned(n.group())
    return bool(_VOWEL.search(a)) and not _VOWEL.match(b) and bool(_VOWEL.search(b))


def margin(lines: list[list[dict]]) -> float | None:
    """The page's left margin: the leftmost place two lines or more start at (within ON_STOP)."""
    starts = sorted(line[0]["x0"] for line in lines if line)
    return next((a for a, b in zip(starts, starts[1:]) if b - a <= ON_STOP), None)


def _stop(x: float, left: float, stop: float) -> int | None:
    """The stop `x` sits on (1, 2, ... from `left`), or None."""
    return _stops([x], left, stop)[0]


def _stops(xs: list[float], left: float, stop: float) -> list[int | None]:
    """The stop each of `xs` sits on (_stop), in one pass (a page's every line asks it of every word)."""
    return [k if (k := round((x - left) / stop)) >= 1 and abs(x - left - k * stop) <= ON_STOP else None for x in xs]


Cell = tuple[float | None, str]  # (where the cell's first word starts, None for an empty cell; its text)


def tab_row(line: list[dict], left: float, stop: float, least: int = TAB_CELLS) -> list[Cell] | None:
    """A line's cells, read as tabs at the stops every `stop` points from `left` set them
    (module docstring); None for a line no tab row (a wide gap off the stops, under
    `least` cells that hold words)."""
    first = line[0]["x0"]
    lead = 0 if abs(first - left) <= ON_STOP else _stop(first, left, stop)
    if lead is None:
        return None
    on = _stops([w["x0"] for w in line[1:]], left, stop)
    if sum(1 for k in on if k is not None) < least - 1:
        return None  # (too few words start on a stop to open `least` cells: most lines, told before their gaps)
    gaps = [(b["x0"] - a["x1"], k) for a, b, k in zip(line, line[1:], on)]
    plain = [g for g, k in gaps if k is None]
    if any(g > CELL_GAP for g in plain):
        return None
    space = median(plain) if plain else None
    cells: list[tuple[float | None, list[str]]] = [(None, []) for _ in range(lead)] + [(first, [line[0]["text"]])]
    for (gap, k), prev, w in zip(gaps, line, line[1:]):
        if k is not None and (space is None or abs(gap - space) > NOT_A_SPACE):
            # (a tab goes to the first stop after the cell's end: each stop it passes over is one more tab)
            cells.extend((None, []) for _ in range(max(k - 1 - int((prev["x1"] - left) // stop), 0)))
            cells.append((w["x0"], [w["text"]]))
        else:
            cells[-1][1].append(w["text"])
    if sum(1 for _, words in cells if words) < least:
        return None  # (two columns set with tabs, "Nơi nhận:" far from "KT. CHỦ TỊCH", make no table)
    return [(x, " ".join(words)) for x, words in cells]


def find_tab_tables(lines: list[list[dict]]) -> list[grid.Table]:
    """The tab tables among a page's visual lines (each a list of words, left to right):
    TAB_ROWS consecutive tab rows or more (a row a line wrapped read with the lines it goes on
    in), as many of them as the widest of TAB_CELLS cells or more (a row short of cells at its
    end padded), whose columns do not line up (where they do, the columns' own finder reads the
    table, empty cells and all)."""
    left = margin(lines)
    if left is None:
        return []
    right = max(w["x1"] for line in lines for w in line if SET_AFTER not in w)
    found: list[grid.Table] = []
    for stop in STOPS:
        rows = [tab_row(line, left, stop) if line else None for line in lines]
        count = sum(1 for r in rows if r)
        if count < TAB_ROWS and not (count and count + len(_bridged(rows, lines, left, stop, right)) >= TAB_ROWS):
            continue
        cut = [_cut_at_stops(line, left, stop) for line in lines]  # (a page that may hold a tab table)
        rows = [tab_row(line, left, stop) if line else None for line in cut]
        bridged = {k for run in _bridged(rows, cut, left, stop, right) for k in run}
        i = 0
        while i < len(cut):
            j, run = i, []
            if rows[i] is not None:
                # (the rows up to two lines in a row that are none; a wrap's line may follow the last)
                end = next((k for k in range(i, len(cut)) if rows[k] is None and k not in bridged
                            and (k + 1 == len(cut) or (rows[k + 1] is None and k + 1 not in bridged))), len(cut))
                width = max(len(r) for r in rows[i:end] if r)
                end = min(end + 1, len(cut))
                while j < end:
                    row, k = rows[j] or (tab_row(cut[j], left, stop, least=1) if cut[j] else None), j + 1
                    if row is None:
                        break
                    while k < end and (more := _wrapped(row, cut[k - 1], cut[k], left, stop, right, width)):
                        row, k = more, k + 1
                    if rows[j] is None and sum(1 for _, text in row if text) < TAB_CELLS:
                        break  # (a line of a cell or two, no row a wrap made whole: the table ends above it)
                    run.append(row)
                    j = k
            if len(run) >= TAB_ROWS and not any(t.first < j and i <= t.last for t in found):
                width = max(len(r) for r in run)
                if sum(1 for r in run if len(r) == width) >= TAB_ROWS and _misaligned(run):
                    found.append(grid.Table(first=i, last=j - 1,
                                            rows=[[text for _, text in r] + [""] * (width - len(r)) for r in run]))
            i = max(j, i + 1)
    return found


def _bridged(rows: list[list[Cell] | None], cut: list[list[dict]], left: float, stop: float,
             right: float) -> list[range]:
    """The lines that are no tab row of their own but a row wrapped over them is (a long cell
    filling its line, the row's next cells on the next line from the first stop: "2  Tuyên
    truyền ... trên hệ thống loa truyền thanh" / "Công chức Văn hóa - Xã hội  Đoàn Thanh niên
    phường"), each such row's lines: TAB_CELLS cells or more that hold words, no more than the
    widest tab row of the page, after a tab row or another such row. The run of a table's rows
    goes on over them (find_tab_tables)."""
    widths = [len(r) for r in rows if r]
    if not widths:
        return []
    width, out, j = max(widths), [], 1
    while j < len(cut):
        line = cut[j]
        if rows[j] is not None or not line or not (rows[j - 1] or (out and out[-1].stop == j)):
            j += 1
            continue  # (only a line that follows a row: a table's run is what it bridges)
        row, k = tab_row(line, left, stop, least=1), j + 1
        while row and k < len(cut) and (more := _wrapped(row, cut[k - 1], cut[k], left, stop, right, width)):
            row, k = more, k + 1
        if row and k > j + 1 and sum(1 for _, text in row if text) >= TAB_CELLS:
            out.append(range(j, k))
            j = k
        else:
            j += 1
    return out


def _cut_at_stops(line: list[dict], left: float, stop: float) -> list[dict]:
    """`line`'s words, a word cut in two where two cells a tab apart ran together: a tab
    narrower than the PDF reader's gap between words ("Nội dung chi" ending just before the stop
    "Địa điểm" starts on: "chiĐịa"). The cut is where two pieces meet that no syllable holds
    (other_words), nearest a stop inside the word, within CUT_NEAR letters' width of it (the
    letters' places estimated evenly); its second piece starts on the stop."""
    out = []
    for w in line:
        text, x0, x1 = w["text"], w["x0"], w["x1"]
        k = math.floor((x0 + ON_STOP - left) / stop) + 1  # the first stop past the word's start
        cut = None
        if len(text) > 1 and left + k * stop < x1 - ON_STOP:
            each = (x1 - x0) / len(text)
            stops = [left + j * stop for j in range(k, math.ceil((x1 - ON_STOP - left) / stop))]
            cut = min(((abs(x0 + i * each - at), i, at) for i in range(1, len(text))
                       if other_words(text[:i], text[i:]) for at in stops), default=None)
        if cut is not None and cut[0] <= CUT_NEAR * each:
            _, i, at = cut
            out += [{**w, "text": text[:i], "x1": at}, {**w, "text": text[i:], "x0": at}]
        else:
            out.append(w)
    return out


def _wrapped(row: list[Cell], above: list[dict], line: list[dict], left: float, stop: float, right: float,
             width: int) -> list[Cell] | None:
    """`row` (the cells of `above` and of the lines it went on in) with `line`'s cells, when `line`
    is where the row wrapped (module docstring): its first word starts on the first stop and the
    cell would not have fit after the row's last one (a tab to the next stop, then the word), or
    it starts at the margin and the word would not have fit after the row's last word; and the
    row then holds no more than `width` cells. Else None."""
    cells = tab_row(line, left, stop, least=1) if line else None
    if not cells:
        return None
    first, end = line[0], above[-1]["x1"]
    size = first["x1"] - first["x0"]
    if cells[0][0] is None and len(cells) > 1 and cells[1][0] is not None and _stop(cells[1][0], left, stop) == 1:
        joined = row + cells[1:]
        fits = left + (int((end - left) // stop) + 1) * stop + size <= right + ON_STOP
    elif cells[0][0] is not None and abs(cells[0][0] - left) <= ON_STOP and (len(cells) > 1 or (
            any(c.isalpha() for c in row[-1][1]) and (row[-1][0] is None or line[-1]["x1"] < row[-1][0]))):
        # (a cell's end alone: words, no amount, shorter than the line up to where the cell starts, where a line
        # of prose under the table reaches the margin)
        joined = row[:-1] + [(row[-1][0], f"{row[-1][1]} {cells[0][1]}".strip())] + cells[1:]
        fits = end + size <= right + ON_STOP
    else:
        return None
    return joined if not fits and len(joined) <= width else None


def _misaligned(rows: list[list[Cell]]) -> bool:
    """Whether some column's cells start more than MISALIGNED apart in two rows."""
    starts: dict[int, list[float]] = {}
    for row in rows:
        for c, (x, _) in enumerate(row):
            if x is not None:
                starts.setdefault(c, []).append(x)
    return any(max(xs) - min(xs) > MISALIGNED for xs in starts.values())
