"""Positioned words (a PDF text layer, OCR word boxes) to page items in reading order.

A word is a dict with `text`, `x0`, `x1`, `top`, `bottom` (points, origin top-left, as
pdfplumber gives them). Words become visual lines; a wide gap cuts a line into segments;
a band of consecutive multi-segment lines is either text set in columns (read one column
after the other) or a table drawn without rules (its cells placed in the columns the
numbers line up in).
"""

from __future__ import annotations

import re
from statistics import median

from extractors.layout import grid, tab_stops
from extractors.layout.cells import CODE_HEAD, TOTAL_LABEL
from extractors.layout.text import LIST_LABEL, PAGE_NUMBER, national_cut, wrapped_tail
from extractors.layout.wrap import cell_text
from normalizers.docnum import TYPE_CODES
from normalizers.numbers import roman

COLUMN_GAP = 24.0  # points between words that separate two columns of a line

Segment = tuple[float, float, str, float, bool]  # (x0, x1, text, top, bold)


def lines_of(words: list[dict]) -> list[list[dict]]:
    """Words grouped into visual lines (same baseline within 3 pt), left to right."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    lines = [sorted(line, key=lambda w: w["x0"]) for line in lines]
    # two columns set side by side rarely share a baseline ("- Bộ Tài chính" beside
    # "KT. CHỦ TỊCH" 2.5 pt lower): near lines that do not overlap are one visual row
    # (and where the columns nearly touch, "BỘ Y TẾ" 8 pt before "CỘNG HÒA ...", the right one's
    # first word says where it starts: segments_of cuts there)
    merged: list[list[dict]] = []
    for line in lines:
        if merged and abs(merged[-1][0]["top"] - line[0]["top"]) <= 8 and _apart(merged[-1], line):
            merged[-1] = sorted(merged[-1] + line, key=lambda w: w["x0"])
        elif merged and 3 < abs(merged[-1][0]["top"] - line[0]["top"]) <= 8 and _apart(merged[-1], line, CELL_GAP):
            left, right = (merged[-1], line) if line[0]["x0"] > merged[-1][-1]["x1"] else (line, merged[-1])
            merged[-1] = left + [{**right[0], COLUMN_START: True}] + right[1:]
        else:
            merged.append(line)
    return [_title_column_marked(merged, n) for n in range(len(merged))]


# the national title's or the Party's first words, which open a header's right column: "CỘNG HÒA", "ĐẢNG CỘNG SẢN"
_TITLE_OPENING = re.compile(r"C[ỘO]NG H[ÒO][AÀ]|Đ[ẢA]NG C[ỘO]NG", re.I)
TITLE_GAP = 2.0  # a gap this many plain spaces wide or more before the title, after the issuer's words


def _title_column_marked(lines: list[list[dict]], n: int) -> list[dict]:
    """Line n, where it is a header's line whose two cells nearly touch on one baseline ("SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    10 pt before "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"), with the national title's (or the Party's) first word starting a
    column (COLUMN_START) when a gap wider than TITLE_GAP spaces parts it from the words in capitals before it. Not
    where a line within three of it sets words left of the line's first (a joint header's third column: "BỘ Y TẾ"
    beside "BỘ GIÁO DỤC VÀ ĐÀO TẠO", lower; the band is then read as it was)."""
    line = lines[n]
    for i in range(1, len(line) - 1):
        w = line[i]
        if w["text"][:1] not in "CcĐđ" or COLUMN_START in w \
                or not _TITLE_OPENING.fullmatch(w["text"] + " " + line[i + 1]["text"]):
            continue
        prev = line[i - 1]
        # (a plain space, or the line's usual gap where a justified line widened them all)
        gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:])]
        space = max(SPACE_SHARE * (w["bottom"] - w["top"]), median(gaps))
        near = lines[max(0, n - 3):n] + lines[n + 1:n + 4]
        if w["x0"] - prev["x1"] >= TITLE_GAP * space and prev["text"].isupper() \
                and not any(o[0]["x1"] < line[0]["x0"] - CELL_GAP for o in near):
            return line[:i] + [{**w, COLUMN_START: True}] + line[i + 1:]
    return line


COLUMN_START = "column_start"  # a word's mark: a column set close to the one before it on its visual line starts here


ROW_CELLS = 3  # a line of this many cells or more is a table's row (or its header line)
WRAP_SPACES = 3  # the spaces before a wrapped word take at most this many cell gaps at the row's end
WRAP_PITCH = 1.6  # a line wrapped in its paragraph comes under it within this many line heights


def rows_unwrapped(lines: list[list[dict]]) -> list[list[dict]]:
    """Visual lines with a table row that the word processor wrapped put back on one line: a
    table typed with spaces (a text table pasted into Word, set in a proportional font) wider
    than the page has a row's last cells, or a header's last words, wrapped to the left margin
    under it ("STT  Nội dung  Tổng cộng  Ngân sách trung ương  Ngân" / "sách tỉnh", "1  Trồng
    rừng ...  6.400  2.000  1.200" / "2.000  1.200"). Such a line starts at the margin, no further
    right than the row above starts, comes under it at a wrapped line's distance (WRAP_PITCH
    of its height: the next row, another paragraph, comes further down), and its first word
    would not have fitted after the row's end, within the page's right edge (the widest line's);
    the row above has ROW_CELLS cells or more (a line of prose, however wide its justified
    spaces, is one). Its words are set after the row's last word: a word that goes on in lower
    case (a cell's words) one space after it, any other a cell's gap after it."""
    if len(lines) < 2:
        return lines
    right = max(w["x1"] for line in lines for w in line)
    out: list[list[dict]] = [lines[0]]
    for line in lines[1:]:
        row = out[-1]
        if _wrapped_row_tail(row, line, right):
            out[-1] = row + _set_after(row, line)
        else:
            out.append(line)
    return out


def _wrapped_row_tail(row: list[dict], line: list[dict], right: float) -> bool:
    height = max(w["bottom"] - w["top"] for w in row)
    first = line[0]
    if first["x0"] > row[0]["x0"] + ALIGN_EDGE or not 0 < first["top"] - row[0]["top"] <= WRAP_PITCH * height:
        return False
    if row[-1]["x1"] + (first["x1"] - first["x0"]) <= right - WRAP_SPACES * CELL_GAP:
        return False  # (the row ended short of the edge: its next word, after the spaces, would have fitted)
    cells = _cells_of(row)
    if len(cells) < ROW_CELLS or not (grid.is_data_line(cells) or CODE_HEAD.match(cells[0][2])):
        return False  # (a row of amounts, or a header line from its row-number heading: "STT", "TT")
    # an amount under the row's code or label, or words that run on under the row's next cell:
    # no cell of a table drawn without rules (a wrapped label stays in its column)
    return _amount(first["text"]) or _cells_of(line)[0][1] > cells[1][0]


def _amount(text: str) -> bool:
    return grid.is_number(text) and any(ch.isdigit() for ch in text)


def _set_after(row: list[dict], line: list[dict]) -> list[dict]:
    """`line`'s words moved onto `row`'s baseline after its last word (see rows_unwrapped), each
    marked SET_AFTER (no place on the page: tab_stops.find_tab_tables)."""
    last, first = row[-1], line[0]
    height = max(w["bottom"] - w["top"] for w in row)
    # the row's last cell goes on: a word in lower case, a number after a word ("Năm" / "2027")
    goes_on = first["text"][:1].islower() or (_amount(first["text"]) and last["text"].isalpha())
    gap = SPACE_SHARE * height if goes_on else 2 * CELL_GAP
    shift = last["x1"] + gap - first["x0"]
    lift = last["top"] - first["top"]
    return [{**w, "x0": w["x0"] + shift, "x1": w["x1"] + shift, "top": w["top"] + lift, "bottom": w["bottom"] + lift,
             tab_stops.SET_AFTER: True} for w in line]


def _apart(a: list[dict], b: list[dict], gap: float = COLUMN_GAP) -> bool:
    """Whether two lines sit side by side with a column gap (or `gap`) between them."""
    return b[0]["x0"] - a[-1]["x1"] > gap or a[0]["x0"] - b[-1]["x1"] > gap


def segments_of(line: list[dict]) -> list[Segment]:
    """A line cut at wide gaps: [(x0, x1, text, top, bold), ...]. A line whose spaces were
    widened evenly (_spread) is one segment; so is a list item's label and its text after
    the tab that follows the label ("2." ... "Mục tiêu cụ thể", "-" ... "Thành lập ...")."""
    segs: list[list[dict]] = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > COLUMN_GAP or COLUMN_START in w:
            segs.append([w])
        else:
            segs[-1].append(w)
    if len(segs) > 1 and _spread(line):
        # (it ends where its words would with plain spaces: the line break after it ends the
        # paragraph, as a short line's end does, and as a Word file's reading breaks there)
        space = SPACE_SHARE * max(w["bottom"] - w["top"] for w in line)
        end = line[0]["x0"] + sum(w["x1"] - w["x0"] for w in line) + space * (len(line) - 1)
        return [(line[0]["x0"], end, " ".join(w["text"] for w in line), line[0]["top"], _bold(line))]
    if len(segs) > 1 and _labelled(segs[0], segs[1]):
        segs[:2] = [segs[0] + segs[1]]
    return [(s[0]["x0"], s[-1]["x1"], " ".join(w["text"] for w in s), line[0]["top"], _bold(s)) for s in segs]


SPACE_SHARE = 0.3  # a plain space's width, as a share of the line's height


LABEL_TAB = 72.0  # points: the widest gap from a label to its text (Word's tab stops are 36 pt apart)


def _labelled(label: list[dict], text: list[dict]) -> bool:
    """Whether `label`, a line's first segment, is a list item's label alone, and `text`
    the item's text after the tab that follows it: a label is no column of its own."""
    return len(label) == 1 and LIST_LABEL.match(label[0]["text"]) is not None \
        and text[0]["x0"] - label[0]["x1"] <= LABEL_TAB


def _bold(words: list[dict]) -> bool:
    """Every word set in a bold face (its font's name says so: "DejaVuSerif-Bold",
    "TimesNewRomanPS-BoldMT", "Arial,Bold")."""
    return all("bold" in (w.get("fontname") or "").lower() for w in words)


CELL_GAP = 6.0  # points between words that separate two cells of a table row


JUSTIFIED_WORDS = 7  # a line of this many words or more, ...
JUSTIFIED_SPREAD = 2.0  # ... no gap this many times its median gap, ...
JUSTIFIED_SPACE = 0.75  # ... the median under this share of the line's height: a justified line
INK_SPREAD = 0.15  # a justified line's gaps, boxed by the ink of a scan's letters, differ by this share of its height


def _justified(line: list[dict]) -> bool:
    """A line of prose whose spaces justification widened, evenly: JUSTIFIED_WORDS words or
    more, two thirds of them words of letters (more than half where every gap is as wide as the
    others, within SPREAD_EVEN or SPREAD_NEAR: a date's numbers), every gap under JUSTIFIED_SPREAD times the
    median gap, which is under JUSTIFIED_SPACE of the line's height (a scan's justified
    "a) Phấn đấu đến năm 2030, 100% thư viện ..." with 6-8 pt between all its words). A
    table's row has gaps between its cells far wider than those inside them."""
    if len(line) < JUSTIFIED_WORDS:
        return False
    gaps = sorted(b["x0"] - a["x1"] for a, b in zip(line, line[1:]))
    usual = gaps[len(gaps) // 2]
    height = max(w["bottom"] - w["top"] for w in line)
    if not (gaps[-1] < JUSTIFIED_SPREAD * usual and 0 < usual < JUSTIFIED_SPACE * height):
        return False  # (the gaps first: counting the words of letters is the dearer test)
    words = sum(1 for w in line if any(ch.isalpha() for ch in w["text"]) and not any(ch.isdigit() for ch in w["text"]))
    # (every gap as wide as the others, as justification sets them: a line that names a document and its
    # date, "214-KH/BTGTU, ngày 09 tháng 3 năm 2024 của Ban Dân vận", is prose with most of its words letters;
    # a scan's words are boxed by their ink, whose side bearings differ by letter: its even gaps differ by up
    # to INK_SPREAD of the line's height, "năm 2028 là 92 tỷ đồng; năm 2029 là 105 ..." read 5.5-7 pt apart)
    even = gaps[-1] - gaps[0] <= max(SPREAD_NEAR, SPREAD_EVEN * usual, INK_SPREAD * height)
    return 3 * words >= 2 * len(line) or (even and 2 * words > len(line))


SPREAD_WORDS = 4  # a line of this many words or more, ...
SPREAD_EVEN = 0.05  # ... its gaps within this share of the median gap of each other (or SPREAD_NEAR points)
SPREAD_NEAR = 0.6


def _spread(line: list[dict]) -> bool:
    """A line of prose whose spaces justification widened far (a justified paragraph's line
    that ends in a manual line break: Word and LibreOffice spread its words over the whole
    width, "1.  Phòng  Văn  hóa  và  Thông  tin" with 40 pt and more between them): a few
    words, two thirds of them words of letters, most of them different, with gaps as wide
    as each other (within SPREAD_EVEN of their median, or SPREAD_NEAR points). The cells of
    a table drawn without rules line up by their starts or centres, so the gaps between
    them follow the widths of the words and differ (but for one heading repeated over
    columns of one width: "Năm  Năm  Năm")."""
    if len(line) < SPREAD_WORDS:
        return False
    gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:])]
    low, high = min(gaps), max(gaps)
    if low <= 0 or high - low > max(SPREAD_NEAR, SPREAD_EVEN * sorted(gaps)[len(gaps) // 2]):
        return False
    words = sum(1 for w in line if any(ch.isalpha() for ch in w["text"]) and not any(ch.isdigit() for ch in w["text"]))
    # (headings of equal columns repeat their word: "Năm  Năm  Năm  Năm" over the years)
    return 3 * words >= 2 * len(line) and 2 * len({w["text"] for w in line}) > len(line)


def _cells_of(line: list[dict]) -> list[tuple[float, float, str]]:
    """A line cut into table cells: words closer than CELL_GAP are one cell; a justified
    line of prose is one cell however wide its spaces."""
    cells: list[list[dict]] = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > CELL_GAP:
            cells.append([w])
        else:
            cells[-1].append(w)
    if len(cells) > 1 and (_justified(line) or _spread(line)):  # (a line of one cell is that cell either way)
        return [(line[0]["x0"], line[-1]["x1"], " ".join(w["text"] for w in line))]
    return [(c[0]["x0"], c[-1]["x1"], " ".join(w["text"] for w in c)) for c in cells]


def page_items(words: list[dict]) -> list[tuple[str, object]]:
    """The page outside its ruled tables, in reading order: ("line", (x0, x1, text, top))
    and, for a table drawn without rules, ("table", (top, rows)) as the layout stage's
    table finder (extractors.layout.grid) reads it. Side-by-side text columns are read
    one after the other; in a band of two columns, a line set in one column only (a
    wrapped "VIỆT NAM" under "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", the "2026" of a wrapped date)
    is read in its column.

    A task table drawn without rules (found by its header line) that ends the page is
    followed by ("columns", starts), where its columns start: the lines at the next page's
    top that sit in them may be its next rows (continued_rows, extractors.layout.paragraphs.
    join_cut_tables)."""
    return page_lines(words)[0]


def page_lines(words: list[dict]) -> tuple[list[tuple[str, object]], list[list[dict]]]:
    """page_items, and the page's visual lines (footnotes left out) they were read from."""
    lines, notes = _without_footnotes(rows_unwrapped(lines_of(words)))
    lines = _without_marks(lines, notes)
    out = line_items(lines)
    out.extend(("footnote", note) for note in notes)
    return out, lines


def line_items(lines: list[list[dict]]) -> list[tuple[str, object]]:
    """Visual lines as page items (page_items, without footnotes)."""
    out: list[tuple[str, object]] = []
    band: list[tuple[list[Segment], int | None]] = []  # (segments, column of a one-column line)
    strip = [0.0, 0.0]  # the free strip between a two-column band's columns
    # where the right part of a line cut under the band starts (a letter's subject beside the date)
    beside: list[float | None] = [None]

    def flush():
        beside[0] = None
        if band:
            cols = max(len(s) for s, _ in band)
            if cols == 3 and sum(1 for s, one in band if one is None and len(s) == 3) >= FULL_LINES:
                _placed_by_columns(band, cols)
            for col in range(cols):
                out.extend(("line", s[0] if one is not None else s[col]) for s, one in band
                           if (one == col if one is not None else len(s) > col and s[col] is not None))
            band.clear()

    cells = [_cells_of(line) for line in lines]
    # a table typed with tabs at the default stops: its columns do not line up, its cells are read in order
    tabbed = {t.first: t for t in tab_stops.find_tab_tables(lines)}
    typed = {k for t in tabbed.values() for k in range(t.first, t.last + 1)}
    # (the other tables are found in the other lines; a table's cells say where its columns start, _column_starts)
    others = [[] if k in typed else c for k, c in enumerate(cells)] if typed else cells
    tables = {t.first: t for t in grid.find_tables(others, tol=3.0)}
    tables.update(tabbed)
    # a task table drawn without rules (a Word table without borders printed to PDF): no
    # numbers line its columns up, its header line names them
    taken = {k for t in tables.values() for k in range(t.first, t.last + 1)}
    text_tables = {t.first: t for t in grid.find_text_tables(others, tol=3.0)
                   if not taken & set(range(t.first, t.last + 1))}
    tables.update(text_tables)
    cut = [segments_of(line) for line in lines]  # each line at its wide gaps (the next line's are asked for too)
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in tables:
            flush()
            out.append(("table", (line[0]["top"], tables[i].rows)))
            t = tables[i]
            if all(PAGE_NUMBER.match(c[2]) for rest in cells[t.last + 1:] for c in rest):
                starts = _column_starts(cells[t.first + 1: t.last + 1], len(t.rows[0]))
                if starts:  # the table ends the page (but for its number): it may go on over the next
                    out.append(("columns", starts))
            i = t.last + 1
            continue
        segs = cut[i]
        if len(segs) >= 2 and (i < 2 or i >= len(lines) - 2) \
                and any(PRINT_STAMP.match(seg[2]) or PRINT_ADDRESS.match(seg[2]) for seg in segs):
            # a browser's running header or footer (the print's time beside the page's title, its address beside
            # the page count): its parts lines of their own, no band of columns the page's next lines would join
            flush()
            out.extend(("line", seg) for seg in segs)
            i += 1
            continue
        if len(segs) == 1 and i + 1 < len(lines) and i + 1 not in tables:
            segs = _cut_over_strip(line, cut[i + 1]) or segs
        if len(segs) < 3 and i + 1 < len(lines) and len(cut[i + 1]) == 3 and i + 1 not in tables:
            segs = _cut_over_three(line, cut[i + 1]) or segs
        under = None
        if len(segs) == 1 and band and band[-1][1] is None and len(band[-1][0]) == 2:
            under = _cut_under_band(line, strip)
            segs = under or segs
        if len(segs) == 1 and band and not under:
            segs = _cut_at_column_start(line, band, lines[i - 1]) or segs
        if len(segs) >= 2:
            if under:  # (the band's strip stays: the subject's next lines reach into it)
                beside[0] = segs[1][0]
            elif len(segs) == 2:
                strip[:] = [max(strip[0], segs[0][1]), min(strip[1], segs[1][0])] if band else [segs[0][1], segs[1][0]]
            band.append((segs, None))
        elif beside[0] is not None and segs[0][0] < strip[0] and segs[0][1] < beside[0]:
            band.append((segs, 0))  # the subject's next lines, under its first, clear of what is beside it
        elif band and band[-1][1] is None and len(band[-1][0]) == 2 and _wrapped_to_start(segs[0], band[-1][0]):
            band.append((segs, 1))  # the right column's end wrapped to the line's start ("NAM", "VIỆT NAM")
        elif band and (centred := _cut_on_right_axis(line, band)):
            band.append((centred, None))  # the signer's name set beside the last recipient, on the title's axis
        elif band and (col := _column_of_three(segs[0], band, lines[i - 1], line)) is not None:
            band.append((segs, col))  # a line of one of three columns (a recipients' list set in two beside the signature)
        elif band and not _kind_after_number(segs[0], band) \
                and (col := _column_of(segs[0], strip, band, lines[max(0, i - 2): i + 1])) is not None:
            strip[col] = max(strip[0], segs[0][1]) if col == 0 else min(strip[1], segs[0][0])
            band.append((segs, col))
        elif band and band[-1][1] is None and len(band[-1][0]) == 2 and wrapped_tail(band[-1][0][1][2], segs[0][2]):
            band.append((segs, 1))  # the right column's end a narrow page wrapped to the line's start ("VIỆT NAM")
        else:
            flush()
            out.append(("line", segs[0]))
        i += 1
    flush()
    return out


# A web page a browser printed to PDF: its running header and footer hold the print's date and time
# ("12/4/26, 3:23 AM", "04/12/2026 15:21", "15:21 4/12/26"), the page's title, its address
# ("https://...", "file:///...") and the page count ("1/5", "Page 1 of 5"); Chromium sets the date
# and the title at the top, the address and the count at the foot, Firefox the title and the
# address at the top, the count and the date at the foot
PRINT_STAMP = re.compile(r"^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPpSsCc][Mm])?"
                         r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPpSsCc][Mm])?,?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$")
PRINT_ADDRESS = re.compile(r"^\s*(?:(?:https?|file|ftp)://|www\.)\S+\s*$", re.I)


FULL_LINES = 2  # a band of three columns has this many lines set in all three (not a line of blanks to fill)


def _column_spans(band: list, cols: int) -> list[tuple[float, float]]:
    """Each column's x-range over the band's lines set in all `cols` columns."""
    full = [segs for segs, one in band if one is None and len(segs) == cols]
    return [(min(s[c][0] for s in full), max(s[c][1] for s in full)) for c in range(cols)]


def _placed_by_columns(band: list, cols: int) -> None:
    """A band of three columns (a joint plan's header: two issuers and the national title, FULL_LINES of
    its lines or more in all three; not a number and date line cut at its blanks to fill) whose lines of
    fewer segments have them placed in the columns they sit under, not in the first ones: the number and
    the place and date under the first and third ("Số: 08/KHLT-SGDĐT-TĐTN      Nam Hải, ngày 20 tháng 3"),
    the motto's wrapped end under the third ("ĐÀO TẠO      phúc"). The columns are where the band's lines
    of `cols` segments set theirs; a line's segments keep their order, each in the column nearest it (by
    the gaps of its x-range to the columns'). Changes `band` in place: each such line gets its
    segments, None in the columns it leaves empty (flush skips them)."""
    spans = _column_spans(band, cols)

    def distance(seg: Segment, c: int) -> float:
        lo, hi = spans[c]
        return max(lo - seg[1], seg[0] - hi, 0.0) - min(seg[1], hi) + max(seg[0], lo)  # apart, or minus overlap

    for n, (segs, one) in enumerate(band):
        if one is not None or len(segs) >= cols:
            continue
        at = [min(range(cols), key=lambda c: distance(seg, c)) for seg in segs]
        if at != sorted(set(at)):
            continue  # (two segments in one column, or out of order: left as they are)
        placed: list = [None] * cols
        for seg, c in zip(segs, at):
            placed[c] = seg
        band[n] = (placed, None)


# a document's kind, a line of its own: the title's first line ("KẾ HOẠCH", "QUYẾT ĐỊNH"; the kinds normalizers.docnum knows)
DOC_KIND = re.compile(r"^\s*(?:" + "|".join(r"\s+".join(kind.upper().split()) for kind in sorted(TYPE_CODES, key=len, reverse=True))
                      + r")\s*$")
NUMBER_LINE = re.compile(r"^\s*Số\s*:?\s*\d")


def _kind_after_number(seg: Segment, band: list) -> bool:
    """Whether a one-segment line is the document's kind alone under a header band whose left
    column has had its number line ("Số: 37/KH-UBND"): the title, even where it starts at the
    left column's edge (a plain text printed at the left margin), not the left column's next line
    (a kind's words before the number, "CHƯƠNG TRÌNH" of an issuer "BAN CHỈ ĐẠO CÁC" /
    "CHƯƠNG TRÌNH" / "MỤC TIÊU QUỐC GIA", stay in their column)."""
    return DOC_KIND.match(seg[2]) is not None and any(
        s and s[0] is not None and NUMBER_LINE.match(s[0][2]) for s, one in band if one in (None, 0))


def _wrapped_to_start(seg: Segment, above: list[Segment]) -> bool:
    """Whether a one-segment line is the end of the right column of the two-column line above, which
    a narrow page (a header typed with spaces into a Word paragraph) wrapped to where the line starts,
    under the left column: "UBND TỈNH BẮC SƠN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM". It starts
    no further right than the left column does (a line of the left column's own, "VIỆT NAM" of an
    issuer centred under "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", is set in from its start)."""
    if seg[0] > above[0][0] + ALIGN_EDGE:
        return False
    return wrapped_tail(above[1][2], seg[2]) or national_cut(above[1][2], seg[2])


class PlacedLine(tuple):
    """A page item's line, (x0, x1, text) or (x0, x1, text, True), that knows the top of the
    visual line it was read from (`top`): how far apart lines are tells paragraphs apart."""

    top: float | None = None


def page_item(kind: str, payload) -> tuple[str, object]:
    """An item of line_items as a page item (extractors.layout.paragraphs): a line (x0, x1,
    text), and True after them for a line set in bold, its `top` kept (PlacedLine); a table
    drawn without rules its rows."""
    if kind == "line":
        line = PlacedLine(payload[:3] + (True,) if len(payload) > 4 and payload[4] else payload[:3])
        line.top = payload[3]
        return "line", line
    if kind == "table":
        return "table", payload[1]
    return kind, payload


START_TOL = 3.0  # points: a cell starts at its column's start within this


def _column_starts(rows: list[list[tuple[float, float, str]]], width: int) -> list[float] | None:
    """Where the `width` columns of a table drawn without rules start, from its lines' cells
    (each line cut at CELL_GAP): the places where cells of two or more lines start (within
    START_TOL), when there are as many as the table has columns; else None (cells set
    centred or right-aligned start anywhere)."""
    xs = sorted(c[0] for row in rows for c in row)
    groups: list[list[float]] = []
    for x in xs:
        if groups and x - groups[-1][-1] <= START_TOL:
            groups[-1].append(x)
        else:
            groups.append([x])
    starts = [g[0] for g in groups if len(g) >= 2]
    return starts if len(starts) == width and len(starts) == len(groups) else None


def continued_rows(starts: list[float], lines: list[list[dict]]) -> tuple[list[list[str]], int] | None:
    """The rows that lines at a page's top make of a table drawn without rules that ended the
    page before, whose columns start at `starts`, and how many lines they take; None when
    the first line is none of it. A line goes on with the table when each of its cells
    starts at a column's start and ends before the next column's, and a cell in the first
    column is a row code (a line from the margin that is no row ends the table); a line
    with a code and two more cells starts a row, the lines before the first such row are
    the rest of the row the page break cut (their first cell empty). A page number at the
    top is passed over."""
    width = len(starts)
    rows: list[list[list[str]]] = []
    k = 0
    while k < len(lines) and k < 2 and all(PAGE_NUMBER.match(w["text"]) for w in lines[k]) and not rows:
        k += 1
    first = k
    while k < len(lines):
        placed = []
        for x0, x1, text in _cells_of(lines[k]):
            col = next((c for c, s in enumerate(starts) if abs(x0 - s) <= START_TOL), None)
            if col is None or (col + 1 < width and x1 > starts[col + 1] - START_TOL):
                break
            placed.append((col, text))
        else:
            cols = [c for c, _ in placed]
            if cols != sorted(set(cols)):
                break
            if cols[0] == 0:
                if not grid.CODE.match(placed[0][1]) or len(placed) < 3:
                    break
                rows.append([[] for _ in range(width)])
            elif not rows or (TOTAL_LABEL.match(placed[0][1]) and any(_amount(text) for _, text in placed[1:])):
                # the total's row, its label in the labels' column and no code: a row of its own
                # ("Tổng cộng   3.500" under the rest of the row the page break cut)
                rows.append([[] for _ in range(width)])
            for c, text in placed:
                rows[-1][c].append(text)
            k += 1
            continue
        break
    if k == first:
        return None
    return [[cell_text("\n".join(cell)) for cell in row] for row in rows], k


# a footnote's first line: its mark (1-3 digits, or in brackets) right before a letter:
# "1Theo tiêu chí ...", "2 Kế hoạch số ...", "(3) Nguồn: ..." (not "1. Sở Y tế", not "2026 ...")
NOTE_START = re.compile(r"^(?:[(\[](\d{1,3}|\*)[)\]]|(\d{1,3})(?![\d.,)/:]))\s*(?=[^\W\d_])")
NOTE_SIZE = 0.85  # a footnote's lines are at most this share of the body's line height
MARKED_NOTE_SIZE = 0.95  # ... or of this share when the page's text carries the note's mark raised
MAX_NOTE_SHARE = 0.4  # footnotes take at most this share of a page's lines


def _height(line: list[dict]) -> float:
    return median(w["bottom"] - w["top"] for w in line)


# ... or an endnote's: Word's and LibreOffice's endnotes are marked "i", "ii", "iii", ... (a lower-case Roman numeral
# raised in the text, "4.800 triệu đồng iv,"; the notes after the last page's text: "iv Không bao gồm ..."), told only
# where the page's text carries that mark raised
ROMAN_NOTE_START = re.compile(r"^([ivx]{1,5}) +(?=[^\W\d_])")
_ROMAN_VALUE = {roman(n).lower(): n for n in range(1, 21)}  # "i" -> 1 ... "xx" -> 20


def _note_mark(text: str, marks: set[str] | None) -> str | None:
    """The note's mark `text` opens with (NOTE_START's digits; a Roman endnote mark, ROMAN_NOTE_START, only where it
    is one of `marks`), or None."""
    if (m := NOTE_START.match(text)) is not None:
        return m.group(1) or m.group(2)
    if _raises_roman(marks) and (m := ROMAN_NOTE_START.match(text)) is not None and m.group(1) in _ROMAN_VALUE:
        return m.group(1)  # (an endnote's mark need not be raised on its own page: its text may be pages before)
    return None


def _raises_roman(marks: set[str] | None) -> bool:
    """Whether the page's text raises a Roman endnote mark among `marks`."""
    return bool(marks) and any(m in _ROMAN_VALUE for m in marks)


def _note_number(mark: str | None) -> int | None:
    """A note's mark as its number ("3" -> 3, "iv" -> 4), None for "*" or none."""
    return int(mark) if mark and mark.isdigit() else _ROMAN_VALUE.get(mark or "")


def _endnotes_page(lines: list[list[dict]]) -> bool:
    """Whether a page holds endnotes alone, as a document's endnotes on a page after its text: its first line opens
    with the first Roman endnote mark ("i Ban hành kèm theo ..."), and the lines that open with a Roman mark run "i",
    "ii", "iii" ... in order, two of them at least."""
    opened = [m.group(1) for line in lines if (m := ROMAN_NOTE_START.match(" ".join(w["text"] for w in line[:2])))]
    if len(opened) < 2 or not ROMAN_NOTE_START.match(" ".join(w["text"] for w in lines[0][:2])):
        return False
    return [_ROMAN_VALUE.get(m) for m in opened] == list(range(1, len(opened) + 1))


def _note_zone(lines: list[list[dict]], end: int, limit: float, marks: set[str] | None = None) -> int | None:
    """Where a page's footnotes start: the lines before `end` set no taller than `limit`, the
    first of them opening with a note's mark (one of `marks`, when given); None when the
    page's foot holds no such lines, or too many, or cells set apart (a small table)."""
    k = end
    while k > 0 and _height(lines[k - 1]) <= limit:
        k -= 1
    zone = lines[k:end]
    if not zone or len(zone) > MAX_NOTE_SHARE * len(lines) or k == 0:
        return None
    if any(len(segments_of(line)) > 1 for line in zone):
        return None  # cells apart ("3  Tập huấn  30  50"): the rows of a small table, not notes
    mark = _note_mark(" ".join(w["text"] for w in zone[0]), marks)
    if mark is None or (marks is not None and mark not in marks and mark not in _ROMAN_VALUE):
        return None
    return k


NOTE_GAP = 1.8  # a footnote set at the body's size stands this many of the body's line gaps below the body


def _note_zone_apart(lines: list[list[dict]], end: int, marks: set[str]) -> int | None:
    """Where a page's footnotes start when they are set at the body's own size (a footnote style with no size of
    its own, as a converter prints it): the last lines of the page, set apart from the body above by a gap of
    NOTE_GAP of the body's line gaps or more (the note's separator), evenly spaced among themselves, the first
    opening with a mark the page's text carries raised ("đạt 65%¹" ... "1 Năm 2026, ..."); None otherwise."""
    tops = [min(w["top"] for w in line) for line in lines[:end]]
    bottoms = [max(w["bottom"] for w in line) for line in lines[:end]]
    gaps = [tops[i + 1] - bottoms[i] for i in range(len(tops) - 1)]
    if len(gaps) < 3:
        return None
    usual = median(gaps)
    limit = max(NOTE_GAP * usual, usual + 0.5 * _height(lines[0]))
    for k in range(end - 1, max(0, end - 1 - int(MAX_NOTE_SHARE * len(lines))), -1):
        if gaps[k - 1] < limit:
            continue
        if any(g >= limit for g in gaps[k:end - 1]) or any(len(segments_of(line)) > 1 for line in lines[k:end]):
            return None  # (lines apart under it too, or cells set apart: no notes' block)
        mark = _note_mark(" ".join(w["text"] for w in lines[k]), marks)
        return k if mark is not None and (mark in marks or mark in _ROMAN_VALUE) else None
    return None


def _without_footnotes(lines: list[list[dict]]) -> tuple[list[list[dict]], list[Segment]]:
    """A page's lines without the footnotes at its foot, and the footnotes ("1 Theo tiêu
    chí ...", one segment each): the last lines of the page, set smaller than the body
    (NOTE_SIZE), the first of them opening with a note's mark. Taken out of the flow, they
    no longer cut the sentence that runs on over the page break."""
    if len(lines) < 4:
        return lines, []
    body = median(h for line in lines for h in [_height(line)] * len(line))
    # the small lines at the foot; a page number may end the page below them
    end = len(lines) - (1 if PAGE_NUMBER.match(" ".join(w["text"] for w in lines[-1])) else 0)
    k = _note_zone(lines, end, NOTE_SIZE * body)
    marks: set[str] = set()
    if k is None and _endnotes_page(lines[:end]):
        k, marks = 0, {"i"}  # (a page of endnotes alone: Word's and LibreOffice's, after the document's last page)
    if k is None:
        # a note set only a little smaller than the body (Word's own styles: 10 pt notes under an
        # 11 pt body), told by its mark: the page's text carries that mark raised ("như sau:¹")
        marks = {w["text"][w["mark"][0]:w["mark"][1]] for line in lines for w in line if "mark" in w}
        k = _note_zone(lines, end, MARKED_NOTE_SIZE * body, marks) if marks else None
        if k is None and marks:
            k = _note_zone_apart(lines, end, marks)
    if k is None:
        return lines, []
    zone = lines[k:end]
    roman_marks = marks if _raises_roman(marks) else set()  # (Roman endnote marks: where the page raises one)
    notes: list[list[list[dict]]] = []
    last = None  # the mark of the note before: the next note's is one more ("15 tháng 3 ..." goes on a note)
    for line in zone:
        mark = _note_mark(" ".join(w["text"] for w in line[:2]), roman_marks)
        number, before = _note_number(mark), _note_number(last)
        if not notes or (mark and (last is None or number is None or before is None or number == before + 1)):
            notes.append([line])
            last = mark or None
        else:
            notes[-1].append(line)
    out = []
    for note in notes:
        words = [w for line in note for w in line]
        text = " ".join(w["text"] for w in words)
        m = NOTE_START.match(text) or (ROMAN_NOTE_START.match(text) if roman_marks else None)
        mark = next((g for g in m.groups() if g), "") if m else ""
        rest = text[m.end():] if m else text
        out.append((min(w["x0"] for w in words), max(w["x1"] for w in words), f"{mark} {rest}".strip(), note[0][0]["top"]))
    return lines[:k] + lines[end:], out


POWER_UNITS = {"m", "cm", "dm", "mm", "km", "hm"}  # "m³", "km²": a power, not a note's mark
NOTE_MARK = re.compile(r"^(\d{1,3}|\*|[ivx]{1,5}) ")  # a footnote segment's mark: "3 Tính trên ...", "iv Không ..."


def _without_marks(lines: list[list[dict]], notes: list[Segment]) -> list[list[dict]]:
    """The lines with the superscript marks (a word's `mark`, as the PDF reader finds it:
    "hiệu quả²", "85%³") that point to a footnote of the page written as a Word file's and a web
    page's text reads them (extractors.formats.marks): "hiệu quả[2]", "85%[3]", never digits run
    into the word. A superscript no footnote of the page explains ("m²") stays."""
    marks = {m.group(1) for note in notes if (m := NOTE_MARK.match(note[2]))}
    if not marks:
        return lines
    numbers = [int(m) for m in marks if m.isdigit()]
    # the next note's mark, after the mark of the page's last note: a note whose mark comes low on
    # the page goes on to the next page when its own lines no longer fit under it
    final = str(max(numbers)) if numbers else None
    carried = str(max(numbers) + 1) if numbers else None
    seen = False  # the page's last note's mark, met in the text
    out = []
    for line in lines:
        kept = []
        for w in line:
            mark = w["text"][w["mark"][0]:w["mark"][1]] if "mark" in w else None
            seen = seen or mark == final
            if mark is not None and (mark in marks or (
                    seen and mark == carried and w["text"][:w["mark"][0]].lower() not in POWER_UNITS)):
                i, j = w["mark"]
                w = {k: v for k, v in w.items() if k != "mark"} | {"text": f"{w['text'][:i]}[{mark}]{w['text'][j:]}"}
                if i == 0 and kept:  # a mark set apart from its word: after that word, as a Word file's
                    kept[-1] = {**kept[-1], "text": kept[-1]["text"] + w["text"], "x1": w["x1"]}
                    continue
            kept.append(w)
        if kept:
            out.append(kept)
    return out


NARROW_GAP = 12.0  # points: a gap narrower than this never parts two columns
GAP_RATIO = 3.0  # ... and a gap that does is this many times the line's usual word gap


def _gaps(line: list[dict]) -> list[tuple[float, int]]:
    """(gap, index of the word after it) for each gap between a line's words."""
    return [(b["x0"] - a["x1"], k) for k, (a, b) in enumerate(zip(line, line[1:]), start=1)]


def _wide_gap(gaps: list[tuple[float, int]]) -> int | None:
    """The index of the word after a line's widest gap, where that gap is the only one so wide, at
    least NARROW_GAP and GAP_RATIO times the line's median word gap; None otherwise."""
    widest, k = max(gaps)
    if widest < NARROW_GAP or widest < GAP_RATIO * median(g for g, _ in gaps) or sum(g == widest for g, _ in gaps) > 1:
        return None
    return k


def _cut_over_strip(line: list[dict], below: list[Segment]) -> list[Segment] | None:
    """A one-segment line cut in two at a gap over the free strip of the two-column line
    below: the first line of a header whose left column fills its cell ("ỦY BAN NHÂN DÂN
    TỈNH CAO" 18 pt from "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", over "BẰNG" and "VIỆT NAM"). The gap
    is the line's widest, at least NARROW_GAP and GAP_RATIO times its median word gap (or any
    gap wider than that median before a word that starts where the right column below
    starts, after words in capitals), and lies between the columns below. None: no such gap."""
    if len(below) != 2 or len(line) < 2:
        return None
    gaps = _gaps(line)
    k = _wide_gap(gaps)
    if k is None:
        usual = median(g for g, _ in gaps)
        # or a narrow gap before a word that starts where the right column below starts (cells
        # of a web page's header table set side by side: "UBND TỈNH ĐẮK LẮK CỘNG HÒA ..." over
        # "SỞ CÔNG THƯƠNG" | "Độc lập - Tự do - Hạnh phúc")
        # (header cells are set in capitals: a body line's last word that OCR placed a little
        # off, over a signature's column, is no cell: "... thi hành Quyết định này./.")
        k = next((k for g, k in gaps if g > usual and abs(line[k]["x0"] - below[1][0]) <= ALIGN_EDGE), 0)
        if not k or not all(w["text"].isupper() for w in line[:k] if any(ch.isalpha() for ch in w["text"])):
            return None
    if not (line[k - 1]["x1"] <= below[1][0] and line[k]["x0"] >= below[0][1]):
        return None
    return segments_of(line[:k]) + segments_of(line[k:])


def _cut_over_three(line: list[dict], below: list[Segment]) -> list[Segment] | None:
    """A line in capitals cut in three at the two gaps over the free strips of the three-column line below:
    the first line of a joint plan's header whose three cells (two issuers and the national title) are set
    so narrow that their text nearly fills them ("UBND TỈNH HÒA  LIÊN ĐOÀN LAO  CỘNG HÒA XÃ HỘI CHỦ", 19 and
    24 pt apart, over "TRUNG" | "ĐỘNG" | "NGHĨA VIỆT NAM"). Each gap is at least NARROW_GAP and GAP_RATIO
    times the line's median word gap, and lies between two columns below (the words before it end left of
    the next column's start, the word after it starts right of the column's end). None: no such two gaps."""
    if len(line) < 3 or not all(w["text"].isupper() for w in line if any(ch.isalpha() for ch in w["text"])):
        return None
    gaps = _gaps(line)
    usual = median(g for g, _ in gaps)
    cuts = []
    for c in range(2):
        lo, hi = below[c][1], below[c + 1][0]  # the strip between column c and the next
        over = [(g, k) for g, k in gaps if line[k - 1]["x1"] <= hi and line[k]["x0"] >= lo
                and g >= NARROW_GAP and g >= GAP_RATIO * usual]
        if len(over) != 1:
            return None
        cuts.append(over[0][1])
    a, b = cuts
    if not 0 < a < b:
        return None
    return segments_of(line[:a]) + segments_of(line[a:b]) + segments_of(line[b:])


ALIGN_EDGE = 1.5  # points: a word this close to a column's start starts the column


def _flush_starts(band: list) -> list[float]:
    """Where the columns after the first of a band start that are set flush left: the x where the segments (after
    a line's first) of two or more of its lines of several segments start, within ALIGN_EDGE of each other (a
    list's "- " items; a centred column's lines start apart)."""
    starts = sorted(seg[0] for segs, one in band if one is None and len(segs) >= 2 for seg in segs[1:])
    out: list[float] = []
    for k, x in enumerate(starts):
        if k and x - starts[k - 1] <= ALIGN_EDGE and (not out or x - out[-1] > ALIGN_EDGE):
            out.append(starts[k - 1])
    return out


def _reach(above: list[dict]) -> float:
    """How far below a line's top the next line of its block starts at most: twice its height."""
    return 2 * max(w["bottom"] - w["top"] for w in above)


def _near(above: list[dict], line: list[dict]) -> bool:
    """Whether a line follows the line above at a line's distance (_reach)."""
    return line[0]["top"] - above[0]["top"] <= _reach(above)


def _cut_at_column_start(line: list[dict], band: list, above: list[dict]) -> list[Segment] | None:
    """A one-segment line in a band of side-by-side columns whose words run from one column into the next, a
    word's gap apart: narrow cells of a borderless Word table printed to PDF, two of recipients beside the
    signature's, "- TT Tỉnh ủy, TT HĐND" of the first column 7 pt before "tỉnh;", the end of the second's "- Các
    sở, ban, ngành". The line is cut before its word that starts where a flush-left column of the band starts
    (_flush_starts, within ALIGN_EDGE) after a gap wider than the line's usual (half as wide again at least); the
    band has FULL_LINES lines or more set in three columns, and the line follows its last line at a line's
    distance. None: no such word (a line after the band, a title, prose; a band of two columns, whose right
    column's name beside the last recipient has no axis to be told by when set flush left: _cut_on_right_axis)."""
    if len(line) < 3 or not _near(above, line) \
            or sum(1 for segs, one in band if one is None and len(segs) == 3) < FULL_LINES:
        return None
    gaps = _gaps(line)
    usual = median(g for g, _ in gaps)
    for x in _flush_starts(band):
        for g, k in gaps:
            if abs(line[k]["x0"] - x) <= ALIGN_EDGE and g >= 1.5 * usual:
                return segments_of(line[:k]) + segments_of(line[k:])
    return None


def _column_of_three(seg: Segment, band: list, above: list[dict], line: list[dict]) -> int | None:
    """The column of a band of three columns (two lines or more set in all three) that a one-segment line sits
    in, where it is one the band sets flush left: it starts where the column's lines start (within ALIGN_EDGE: the
    first column's, or a flush-left one's, _flush_starts) and ends a cell's gap before the next column starts, and
    follows the line above at a line's distance ("- Ban Tuyên giáo Tỉnh" of a recipients' first column, its
    second column and the signature's ended). None: not such a line (the band's end, a line of a centred column)."""
    if sum(1 for segs, one in band if one is None and len(segs) == 3) < FULL_LINES \
            or any(len(segs) > 3 for segs, one in band if one is None) or not _near(above, line):
        return None
    starts = [lo for lo, _ in _column_spans(band, 3)]
    flush = [starts[0]] + _flush_starts(band)
    for c in range(3):
        if abs(seg[0] - starts[c]) <= ALIGN_EDGE and any(abs(seg[0] - x) <= ALIGN_EDGE for x in flush) \
                and (c == 2 or seg[1] <= starts[c + 1] - CELL_GAP):
            return c
    return None


def _cut_under_band(line: list[dict], strip: list[float]) -> list[Segment] | None:
    """A one-segment line under a two-column band cut in two at a gap over the band's free strip: a
    letter's subject that fills the left column, the place and date beside it a gap narrower than a
    column's ("V/v triển khai thu gom, xử lý    TP. Bảo Hà, ngày 12 tháng 6 năm 2023" under "Số:
    1520/UBND-VP" | "-------"). The gap is the line's widest and only one so wide, at least NARROW_GAP
    and GAP_RATIO times its median word gap; the part before it ends before the right column starts,
    the part after it starts after the left column ends. None: no such gap (a title, a sentence)."""
    if len(line) < 3:
        return None
    k = _wide_gap(_gaps(line))
    if k is None or not (line[k - 1]["x1"] <= strip[1] and line[k]["x0"] >= strip[0]):
        return None
    return segments_of(line[:k]) + segments_of(line[k:])


AXIS_NEAR = 2.0  # points: lines whose centres are this close are centred on one axis


def _cut_on_right_axis(line: list[dict], band: list) -> list[Segment] | None:
    """A one-segment line in a two-column band whose last words are the right column's, set on its axis a narrow
    gap after the left column's line: a page printed narrow puts the signer's name beside the last recipient,
    "- Lưu: VT, Cục KHCNTT.  Phạm Ngọc Thưởng", 9 pt apart, under "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG". The band's
    two-column lines have their right parts centred on one axis (within AXIS_NEAR); the words after a gap of a
    cell's width or more (and twice the line's usual gap) are centred on it too, and the words before it end
    before the right column starts. None: no such gap (a recipient's long name, a line of prose)."""
    rights = [s[1] for s, one in band if one is None and len(s) == 2]
    if not rights or len(line) < 3:
        return None
    # (one line of the right column so far sets its axis for a title in capitals only: "TM. ỦY BAN NHÂN DÂN" over
    # "- Sở Tài chính (b/c),  CHỦ TỊCH", a scan's signer's title read onto the recipient's line)
    capitals_only = len(rights) == 1
    centres = [(x0 + x1) / 2 for x0, x1, *_ in rights]
    axis = sum(centres) / len(centres)
    if max(centres) - min(centres) > AXIS_NEAR:
        return None  # (a right column set flush left, not centred: no axis to tell its words by)
    start = min(x0 for x0, *_ in rights)
    gaps = _gaps(line)
    usual = median(g for g, _ in gaps)
    for g, k in gaps:
        # (a title in capitals on the axis needs less: a gap of a cell's width and half the usual one more)
        if g >= max(CELL_GAP, (1.5 if capitals_only else 2) * usual) and line[k - 1]["x1"] < start \
                and abs((line[k]["x0"] + line[-1]["x1"]) / 2 - axis) <= AXIS_NEAR \
                and (not capitals_only or all(w["text"].isupper() for w in line[k:])):
            return segments_of(line[:k]) + segments_of(line[k:])
    return None


def _narrow_strip(full: list[list[Segment]]) -> bool:
    """Whether a band's two-column lines keep their columns with a strip narrower than a column gap (down to a
    cell's): their left parts are one column (not a joint header's two issuers side by side, "BỘ Y TẾ" beside "BỘ
    GIÁO DỤC ..."), and the right is a header's, the national title's own start cut it (_title_column_marked), or a
    signature's, its lines centred on one axis (a title cut from a recipient's line on it, _cut_on_right_axis)."""
    if max(s[0][0] for s in full) >= min(s[0][1] for s in full):
        return False
    centres = [(s[1][0] + s[1][1]) / 2 for s in full]
    return (len(full) >= 2 and max(centres) - min(centres) <= AXIS_NEAR) or _TITLE_OPENING.match(full[0][1][2]) is not None


def _column_of(seg: Segment, strip: list[float], band: list, near: list[list[dict]]) -> int | None:
    """The column (0 left, 1 right) of a two-column band that a one-segment line (the last
    of `near`, after the lines above it) sits in: it keeps clear of the strip between the
    columns, lines up with the column (starts where a line of it starts, or is centred on
    the same centre: "VIỆT NAM" under "CỘNG HÒA XÃ HỘI CHỦ NGHĨA") and follows the line
    above at a line's distance (twice its height, or the spacing of the lines above, or a little
    more than the widest step between the band's own rows, of three rows or more: a header typed
    a paragraph a line, each spaced after, the wrapped "phúc" of the motto then the issuer's third
    line "LÂM NGHIỆP SUỐI MƠ" a paragraph below).
    None: the line ends the band (a title centred on the page, a full line, a line after
    a gap).

    The band's two-column lines set the columns a column gap apart; its one-column lines
    may narrow the strip between them below that (Word's narrow table cell: a subject
    "V/v ..." wrapped to the cell's edge at left, the date line beside it at right, a few
    points further, or as near the left column's widest line): a line that starts in one
    column's reach and keeps a cell gap clear of every line of the other is of its column
    (as it lines up with it)."""
    full = [s for s, one in band if one is None]
    if any(len(s) != 2 for s in full) or not full:
        return None
    lo, hi = max(s[0][1] for s in full), min(s[1][0] for s in full)  # the strip the two-column lines leave
    if hi - lo < COLUMN_GAP and not (hi - lo >= CELL_GAP and _narrow_strip(full)):
        return None
    *_, above, line = near
    reach = _reach(above)
    if len(near) == 3:
        reach = max(reach, 1.25 * (above[0]["top"] - near[0][0]["top"]))
    tops = [s[0][3] for s, _ in band]
    if len(tops) >= BAND_PITCH_ROWS:  # (a header typed a paragraph a line: the band's rows a paragraph's spacing apart)
        reach = max(reach, PITCH_SLACK * max(b - a for a, b in zip(tops, tops[1:])))
    if line[0]["top"] - above[0]["top"] > reach:
        return None
    if seg[1] <= strip[1] - CELL_GAP and seg[0] < strip[0]:
        col = 0
    elif seg[0] >= strip[0] + CELL_GAP and seg[1] > strip[1]:
        col = 1
    else:
        return None
    x0, centre = seg[0], (seg[0] + seg[1]) / 2
    anchors = [s[col] if one is None else s[0] for s, one in band if one is None or one == col]
    if any(abs(a[0] - x0) <= ALIGN or abs((a[0] + a[1]) / 2 - centre) <= ALIGN for a in anchors):
        return col
    return None


ALIGN = 15.0  # points: a column's lines start, or are centred, within this of each other
BAND_PITCH_ROWS = 3  # a band of this many rows or more has shown how far apart its rows follow one another ...
PITCH_SLACK = 1.1  # ... and a line this much further than the widest of those steps at most is still of the band
