"""Raw text lines to blocks: the layout stage for text-like input (`.txt`, `.md`, the
output of `pdftotext` with or without `-layout`, copies of web pages, word-segmented
corpora).

In reading order:
1. word-segmented text (`Kế_hoạch`, `565 / QĐ-TTg ,`) is de-segmented
   (normalizers.text.desegment, then what else the tokenizer spaced apart: emphasis
   marks, a footnote mark after a bracket, a number cut at an OCR letter) and the
   document says so (`text.word_segmented`); a year range whose dash went with a dropped
   line-end hyphen (`giai đoạn 2025 2030`, plain pdftotext) is a range again;
2. the text is cut into pages at form feeds and `===== Trang N =====` markers; running
   headers and footers and bare page numbers at the page edges are dropped; a rule glued
   to the next line (`------Số: 12/KH-UBND`) is a line of its own; a header copied one
   space apart, a row of cells a line (`pdftotext -raw`, a viewer's copy), has its number
   and place and date on lines of their own and its national title whole (joined_header);
3. tables are found: Markdown pipe tables, pipe tables whose cells span lines (a lone
   `|` between cells), tab-separated rows, tables aligned with spaces, and task tables
   aligned with spaces (a header line naming the columns; a row a page break cut is one
   row again; extractors.layout.grid), amount tables whose cells are one space apart
   (a header of known column names, rows ending in amounts) or copied cell after cell
   (extractors.layout.spaced_rows), task tables copied cell after cell
   (extractors.layout.raw_tasks), indicator tables copied cell after cell, a word or two
   a line (extractors.layout.raw_indicators);
4. lines set in two columns (a header: issuer | motto, number | place and date; a
   signature: Nơi nhận | KT. CHỦ TỊCH, over a page break too) are read column by column;
5. the remaining lines are joined into paragraphs where they were wrapped
   (extractors.layout.wrap; the wrap width is measured on these lines, not on tables),
   and Markdown headings, list items and emphasis are read.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable

from extractors.blocks import RawBlock
from extractors.layout.cells import (AUTHORITY_MARK, CODE_HEAD, GROUP_CODE, MILITARY_RANK, MOTTO_WORDS, NATIONAL_TITLE,
                                     NATIONAL_WORDS, TITLE_WORDS, bare_words as _bare_words, is_layout_table, layout_table_blocks,
                                     motto_words as _motto_words, recipients_paragraphs, signature_paragraphs,
                                     signature_run_paragraphs, wrapped_signature_cells)
from extractors.layout import (cell_lines, collapsed_header, column_blocks, contents, cut_amounts, grid, markdown as md,
                               one_line, plain_cells, raw_indicators, raw_tasks, scan, spaced_rows, watermark, wrap)
from extractors.layout.row_spans import lost_row_spans
from normalizers import docnum
from normalizers.dates import LONG_DATE, DateReading, find_dates
from normalizers.names import opens_with_family_name
from normalizers.text import UPPER, desegment, is_word_segmented

# "===== Trang 3 =====", "--- Trang 3/12 ---", "[Trang 3]", "-- Page 3 --"
PAGE_MARKER = re.compile(r"^\s*(?:[=\-_*#~]{2,}\s*|\[)\s*(?:trang|page)\s*\d+(?:\s*/\s*\d+)?\s*(?:[=\-_*#~]{2,}|\])\s*$", re.I)
# a bare page number at the top or bottom of a page: "12", "- 12 -", "Trang 12", "12/40"
# a page number alone on its line: "7", "- 7 -", "– 7 –", "Trang 7", "7/12"
PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–])?\s*$", re.I)
_DIGITS = re.compile(r"\d+")
# What a word tokenizer spaced apart that de-segmenting leaves spaced (normalizers.text.
# desegment restores the words and the punctuation):
# emphasis marks: "* c) Cơ quan phối hợp: * Các sở" -> "*c) Cơ quan phối hợp:* Các sở"
STAR_RUN = re.compile(r"(?<![*\w])\*{1,3}(?![*\w])")
# a footnote mark after a bracket: "(nguồn Trung ương) 17." -> "(nguồn Trung ương)17."
SPACED_NOTE_MARK = re.compile(r"\) (\d{1,3})(?=[.,;:](?:\s|$))")
# a number with a letter OCR read for a digit, cut at the letter: "1 l. 240" -> "1l.240"
SPLIT_OCR_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}) ([lIO])([.,]) (\d{3})(?!\d)")
# a year range whose dash went with a line-end hyphen (plain pdftotext drops the hyphen
# when it joins the lines): "giai đoạn 2025 2030", "năm 2024 2025", "GIAI ĐOẠN 20162020"
YEAR_PAIR = re.compile(r"(?:19|20)\d\d ?(?:19|20)\d\d\b")
# (on one line, and two years only: "năm" / "2022 2023 2024 2025" under a header's "KH năm" cells are columns' years)
LOST_RANGE = re.compile(r"(?i)\b(giai đoạn|năm|thời kỳ)[ \t]+((?:19|20)\d{2})( ?)((?:19|20)\d{2})\b(?! ?(?:19|20)\d{2}\b)")
# a header's rule glued to the line under it by plain pdftotext: "------Số: 142/KH-UBND"
GLUED_RULE = re.compile(r"^(\s*[-_=]{4,})(?=[^\W\d_])")
# a rule run in between two lines' words: after a word and a space, glued to a capital ("KHÁNH -------Số: ...")
MID_RULE = re.compile(r"(?<=[^\W\d_])(\s+)(-{4,}|_{4,}|={4,})(?=[^\W\d_])")


def mid_rule(text: str) -> re.Match | None:
    """The first rule in `text` run in between a word and a capital (MID_RULE), or None."""
    if "----" not in text and "____" not in text and "====" not in text:
        return None
    return next((m for m in MID_RULE.finditer(text) if text[m.end()].isupper()), None)
# a Markdown pipe table row and its rule: "| a | b |", "|---|:--:|"
# a rule under a header line glued to the next paragraph of its cell, as html2text joins them
CELL_GLUED_RULE = re.compile(r"(?m)^(\\?-{3,}|={3,})(?=[^\s=\\-])")  # "\\-------Số: 12/KH-UBND"
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# segments of a line: runs of text separated by two or more spaces (or a tab)
WIDE_GAP = re.compile(r"\S+(?: \S+)*")  # words with single spaces between them
TAB_EXPAND = 8
MARKER_START = set("=-_*#~[ \t")  # a page marker line starts with one of these
NBSP_RE = re.compile("[\u00a0\u202f\u2007]")
NBSP_LIKE = "\u00a0\u202f\u2007"


class Line:
    """A line of the source: its 1-based number, its text as written, its page; `column`
    marks a line of a two-column band (header, signature); `blank` a truly blank line (a
    line of no-break spaces is an empty table cell, not blank)."""

    __slots__ = ("number", "text", "page", "column", "blank")

    def __init__(self, number: int, text: str, page: int, column: bool = False):
        self.number, self.text, self.page, self.column = number, text, page, column
        self.blank = not text.strip(" \t\r\x0b\x0c")


def segments(text: str) -> list[grid.Seg]:
    """A line cut at runs of two or more spaces, with character columns."""
    if "  " not in text and "\t" not in text and not NBSP_RE.search(text):
        stripped = text.strip()
        if not stripped:
            return []
        start = text.index(stripped[0])
        return [(float(start), float(start + len(stripped)), stripped)]
    return [(float(m.start()), float(m.end()), m.group(0)) for m in WIDE_GAP.finditer(_plain_spaces(text))]


def _plain_spaces(text: str) -> str:
    """Tabs expanded and no-break spaces made plain, so that columns can be measured."""
    text = text.expandtabs(TAB_EXPAND)
    for ch in NBSP_LIKE:
        text = text.replace(ch, " ")
    return text


# a text copied out of a PDF without its form feeds keeps the page numbers, each alone on a line among the text's
# ("                                      7"): a run of at least PAGE_SERIES such lines, each one more than the one
# before, about a page apart (PAGE_LINES lines at least, no gap more than twice another), is the page numbers
PAGE_SERIES = 3
PAGE_LINES = 25
PAGE_CHAINS = 4  # chains kept per number
PAGE_MARGIN = 10  # the spaces before a page number set in the middle of the line
PAGE_FIRST = 3  # the highest number the series may start from (the first page's is often left out, or the second's)


# a browser's running header and footer in a text copied out of a page it printed: the print's date and time before
# the page's title ("12/6/26, 6:19 AM Kế hoạch số 45/KH-UBND"), the page's address before the page's count
# ("file:///D:/van-ban/kh-45.html 1/3"); the same stamp or address on every page, twice at least
PRINT_STAMP = re.compile(r"^\s*(\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPpSsCc][Mm])?)(?:\s+\S.*)?$")
PRINT_ADDRESS = re.compile(r"^\s*((?:https?|file)://\S+)(?:\s+\d{1,3}/\d{1,3})?\s*$")
_OF_PAGES = re.compile(r"(\d{1,4})\s*/\s*(\d{1,4})\s*$")


def page_number_lines(lines: list[str]) -> set[int]:
    """The indices of `lines` that are page numbers of a text that lost its page breaks (see PAGE_SERIES). They are
    told from a table's cells a line each (whose row numbers run on from group to group) by the page's margin before
    them ("                    7"), or by being most of the text's bare numbers; numbers with the pages' count
    ("Trang 2/3") by running from page to page up to that count, whatever the pages' lengths. A browser's print
    stamp and page address (PRINT_STAMP, PRINT_ADDRESS) go with them."""
    # (PAGE_NUMBER asked only of a line whose first character is one it opens with: a digit, a dash, "t" of "trang";
    # most lines open on a letter)
    found = [(k, int(_DIGITS.search(line).group())) for k, line in enumerate(lines)
             if (s := line.strip()) and (s[0] in "-–tT" or s[0].isdecimal()) and PAGE_NUMBER.match(line)]  # ("7/12": 7)
    chrome = _print_chrome(lines)
    counted = [(k, m) for k, _ in found if (m := _OF_PAGES.search(lines[k]))]
    if len(counted) >= 2 and len({m.group(2) for _, m in counted}) == 1 and int(counted[0][1].group(1)) <= PAGE_FIRST \
            and [int(m.group(1)) for _, m in counted] == list(range(int(counted[0][1].group(1)), int(counted[0][1].group(2)) + 1)):
        return {k for k, _ in counted} | chrome
    if len(found) < PAGE_SERIES:
        return chrome
    set_apart = [(k, v) for k, v in found if len(lines[k]) - len(lines[k].lstrip()) >= PAGE_MARGIN]
    best = _page_series(set_apart, len(lines))
    if not best:
        best = _page_series(found, len(lines))
        if 2 * len(best) < len(found):
            return chrome
    return set(best) | chrome


def _print_chrome(lines: list[str]) -> set[int]:
    """The lines of a browser's print stamp and page address (see above), each met twice at least."""
    seen: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if line[:1] in " 0123456789fh" and (m := PRINT_STAMP.match(line) or PRINT_ADDRESS.match(line)):
            seen.setdefault(m.group(1), []).append(k)
    return {k for ks in seen.values() if len(ks) >= 2 for k in ks}


def _page_series(found: list[tuple[int, int]], length: int) -> list[int]:
    """The longest series of page numbers among `found` (line, number) of a text of `length` lines, or []."""
    if len(found) < PAGE_SERIES:
        return []
    # value -> the chains n, n+1, ..., value in reading order (their lines), a few of them: a table's cell holding
    # the next number may stand between two page numbers
    ends: dict[int, list[list[int]]] = {}
    for k, value in found:
        chains = [c + [k] for c in ends.get(value - 1, ()) if k - c[-1] >= PAGE_LINES] or [[k]]
        kept = ends.setdefault(value, [])
        kept.extend(chains)
        if len(kept) > PAGE_CHAINS:
            kept.sort(key=len, reverse=True)
            del kept[PAGE_CHAINS:]
    values = dict(found)

    def regular(chain: list[int]) -> bool:
        """Pages of about one length that run through the text: the first number one of the first pages', where as
        many pages before it end, the last a page or two from the end (not numbers of a table's cells that happen
        to follow)."""
        if len(chain) < PAGE_SERIES:
            return False
        gaps = [b - a for a, b in zip(chain, chain[1:])]
        page = sum(gaps) / len(gaps)
        return (max(gaps) <= 2 * min(gaps) and values[chain[0]] <= PAGE_FIRST
                and abs(chain[0] - (values[chain[0]] - 1) * page) <= page and length - chain[-1] <= 2.5 * page)

    return max((c for kept in ends.values() for c in kept if regular(c)), key=len, default=[])


def pages_of(text: str) -> list[list[Line]]:
    """Lines grouped by page: a form feed or a page marker line starts a new page; the page numbers of a text that
    lost its form feeds (page_number_lines) are left out."""
    cr = "\r" in text
    if cr:
        text = text.replace("\r\n", "\n")
    pages: list[list[Line]] = [[]]
    page, add = 1, pages[-1].append  # the current page's number and its list's append
    raws = text.split("\n")
    numbers = page_number_lines(raws) if "\f" not in text else set()
    ruled = "----" in text or "____" in text or "====" in text  # (mid_rule's first test, of the whole text once)
    for number, raw in enumerate(raws, start=1):
        if cr:
            raw = raw.rstrip("\r")
        if numbers and number - 1 in numbers:
            continue  # (no page break made of it: a table cut by it reads on, as the text that lost the breaks)
        if "\f" not in raw and raw[:1] not in MARKER_START and not (ruled and mid_rule(raw)):
            add(Line(number, raw, page))
            continue
        parts = raw.split("\f")
        for k, part in enumerate(parts):
            if k:
                pages.append([])
            if part[:1] in MARKER_START and PAGE_MARKER.match(part):
                if pages[-1]:
                    pages.append([])
                continue
            if k and not part.strip():
                continue
            rule = GLUED_RULE.match(part)
            if rule:  # the rule is a line of its own, as it was on the page
                pages[-1].append(Line(number, rule.group(1), len(pages)))
                part = " " * rule.end() + part[rule.end():]
            while "|" not in part and (mid := mid_rule(part)):
                # a header's rule between the line it underlines and the line under it, all run into one
                # (plain pdftotext: "KHÁNH -------Số: 64/KH-UBND", "Hạnh phúc ----------An Khánh, ngày ..."):
                # the words before, the rule and the words after are lines of their own, at their columns
                pages[-1].append(Line(number, part[:mid.start()], len(pages)))
                pages[-1].append(Line(number, " " * mid.start(2) + mid.group(2), len(pages)))
                part = " " * mid.end() + part[mid.end():]
            pages[-1].append(Line(number, part, len(pages)))
        page, add = len(pages), pages[-1].append
    return [p for p in pages if any(not line.blank for line in p)]


def _tab_row(text: str) -> list[str] | None:
    cells = [c.strip() for c in text.split("\t")]
    return cells if len(cells) >= 3 and sum(1 for c in cells if c) >= 2 else None


# (NATIONAL_TITLE, the national title's words up to "NGHĨA" its marks lost or not: extractors.layout.cells; the
# patterns below and paragraphs.NATIONAL_END are built on it)
# the national title's first line, alone or with "VIỆT NAM" ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
NATIONAL = re.compile(r"^\s*" + NATIONAL_TITLE + r"(\s+VI[ỆE]T\s+NAM)?\s*$", re.I)
VIET_NAM = re.compile(r"^\s*VI[ỆE]T\s+NAM\s*$", re.I)  # its second line when it wraps
# the title wrapped after "VIỆT" ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM": a narrow header cell)
NATIONAL_VIET = re.compile(r"^\s*" + NATIONAL_TITLE + r"\s+VI[ỆE]T\s*$", re.I)
LONE_NAM = re.compile(r"^\s*NAM\s*$")
MOTTO = re.compile(r"^\s*Độc\s+lập\s*[-–—]\s*Tự\s+do", re.I)  # "Độc lập - Tự do - Hạnh phúc"
FULL_MOTTO = re.compile(r"^\s*Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc\s*$", re.I)  # the whole line
HEADER_LINES = 16  # the lines a header's first rows lie in


def _caps_line(text: str) -> bool:
    """"TỈNH QUẢNG NGÃI", "SỞ Y TẾ": an issuer line of a header."""
    t = text.strip()
    return 2 < len(t) <= 80 and any(ch.isalpha() for ch in t) and t == t.upper()


def header_in_order(lines: list[Line]) -> list[Line]:
    """A header table read row by row, one cell a line (LibreOffice's plain text, pdftotext
    without -layout, a scraper that flattens tables): "ỦY BAN NHÂN DÂN" / "CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT NAM" / "TỈNH BẮC KẠN" / "Độc lập - Tự do - Hạnh phúc". The issuer's second
    line goes back under its first, before the national title, as a two-column layout
    reads (also when the issuer's rule stands between it and the motto); any other order is
    kept."""
    head = [k for k, ln in enumerate(lines[:HEADER_LINES * 2]) if not ln.blank][:HEADER_LINES]
    for n, k in enumerate(head[1:-2], 1):
        m = NATIONAL.match(lines[k].text)
        cut = not m and NATIONAL_VIET.match(lines[k].text)  # "... CHỦ NGHĨA VIỆT" / "NAM"
        if not m and not (cut and len(head) > n + 1 and LONE_NAM.match(lines[head[n + 1]].text)):
            continue
        nat = [k]
        rest = head[n + 1:]
        if (cut or not m.group(1)) and rest and (VIET_NAM.match(lines[rest[0]].text) or cut):
            nat.append(rest[0])
            rest = rest[1:]
        if len(rest) < 2 or not _caps_line(lines[head[n - 1]].text) or NATIONAL.match(lines[head[n - 1]].text):
            return lines
        # the issuer's second line, wrapped over two lines maybe ("SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG")
        for size in (1, 2):
            if len(rest) < size + 1:
                break
            seconds = rest[:size]
            if not all(_caps_line(lines[x].text) and not MOTTO.match(lines[x].text)
                       and not wrap.SEPARATOR.match(lines[x].text) for x in seconds):
                break
            # the motto next, or under the issuer's rule ("SỞ Y TẾ" / "-------" / "Độc lập - ...")
            after = rest[size + 1] if wrap.SEPARATOR.match(lines[rest[size]].text) and len(rest) > size + 1 \
                else rest[size]
            if MOTTO.match(lines[after].text):
                moved = [lines[x] for x in seconds]
                out = [ln for j, ln in enumerate(lines) if j not in seconds]
                out[k:k] = moved
                return out
        return lines
    return lines


LONE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$")
YEAR_DUE = re.compile(r"\bngày\s+\S+\s+tháng\s+\S+\s+năm\s*$", re.I)  # "Quảng Trị, ngày 17 tháng 4 năm"
YEAR_CUT = re.compile(r"\S\s+năm\s*$", re.I)  # a line cut before its year: "... xã Hòa Bình năm"
# ... or before a range's second year, or a period's years: "... giai đoạn 2026 -" / "2027", "... giai đoạn" / "2030",
# "từ năm 2026 đến" / "2028"
YEAR_RANGE_CUT = re.compile(r"(?:(?:19|20)\d\d\s*[-–]|\bgiai\s+đoạn|\bđến(?:\s+năm)?)\s*$", re.I)


# a piece that can only be the motto's end ("phúc", "Hạnh phúc", "Tự do - Hạnh phúc"; its words: cells.MOTTO_WORDS)
MOTTO_TAIL = re.compile(r"^\s*(?:(?:Tự\s+do\s*[-–—]\s*)?Hạnh\s+)?phúc\s*$", re.I)


def motto_cut(column: str, piece: str) -> bool:
    """Whether `column` is the motto's first words and `piece` the rest: "Độc lập - Tự do -
    Hạnh" / "phúc"."""
    return MOTTO_TAIL.match(piece) is not None and \
        tuple(_motto_words(column) + _motto_words(piece)) == MOTTO_WORDS


def national_cut(column: str, piece: str) -> bool:
    """Whether `column` is the national title's first words (five or more) and `piece` the
    rest: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"."""
    head, tail = _bare_words(column), _bare_words(piece)
    return 5 <= len(head) < len(NATIONAL_WORDS) and tail != [] and tuple(head + tail) == NATIONAL_WORDS


def wrapped_tail(column: str, piece: str) -> bool:
    """Whether `piece`, a line of its own, is the end a wrap cut from a header column's line
    `column`: "VIỆT NAM" of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "phúc" of "Độc lập - Tự do - Hạnh",
    the year of "Hà Giang, ngày 5 tháng 3 năm"."""
    if VIET_NAM.match(piece):
        m = NATIONAL.match(column)
        return m is not None and not m.group(1)
    if MOTTO_TAIL.match(piece):
        return motto_cut(column, piece)
    return LONE_YEAR.match(piece) is not None and YEAR_DUE.search(column) is not None


# a header whose two columns a viewer's copy or `pdftotext -raw` joined one space apart, a row
# of cells a line: the national title glued after the issuer ("UBND TỈNH BẮC GIANG CỘNG HÒA XÃ
# HỘI CHỦ NGHĨA VIỆT" / "NAM"), the place and date glued after the number ("Số: 12/KH-SYT Bắc
# Giang, ngày 3 tháng 4 năm 2026"), a rule after a rule ("------- ---------------")
GLUED_NATIONAL = re.compile(r"\s(" + NATIONAL_TITLE + r"\b.*)$")
NUMBER_THEN_PLACE = re.compile(r"^(\s*Số\s*:?\s*\d[\w./-]*)\s+(?=[^\W\d_][^,\d]{1,40},\s*ngày\s+\d)")
RULE_THEN_RULE = re.compile(r"^(\s*[-_=*]{3,})\s+(?=[-_=*]{3,}\s*$)")


def joined_header(lines: list[Line]) -> list[Line]:
    """A header whose cells were copied one space apart, a row of cells a line: the national
    title's last words, wrapped alone to the next line, go back to it (the title glued after
    the issuer is read as it is: extractors.fields.header); the number and the place and date,
    and two rules, become a line each, left first, as plain pdftotext reads a header table.
    A header so joined on every row (its title, motto, rules, place and date each glued after the left
    column's piece) is read column by column (extractors.layout.collapsed_header)."""
    found = collapsed_header.columns([ln.text for ln in lines[:HEADER_LINES * 3]])
    if found:
        end, left, right = found
        first = lines[0]
        band = [Line(lines[k].number, text, lines[k].page, True) for k, text in left] + \
            [Line(first.number, "", first.page)] + \
            [Line(lines[k].number, text, lines[k].page, True) for k, text in right] + \
            [Line(lines[end - 1].number, "", lines[end - 1].page)]
        return band + lines[end:]
    head = [k for k, ln in enumerate(lines[:HEADER_LINES * 2]) if not ln.blank][:HEADER_LINES]
    split: dict[int, list[str]] = {}
    joined: dict[int, str] = {}
    for n, k in enumerate(head):
        text = lines[k].text
        if "  " in text.strip() or "\t" in text or "|" in text:
            continue  # columns set apart (or a table's cells): read by their spacing or pipes
        m = GLUED_NATIONAL.search(text)
        if m and n + 1 < len(head) and head[n + 1] == k + 1 and _caps_line(text[:m.start()]) \
                and national_cut(m.group(1), lines[k + 1].text.strip()):
            joined[k] = text.rstrip() + " " + lines[k + 1].text.strip()
            continue
        m = NUMBER_THEN_PLACE.match(text) or RULE_THEN_RULE.match(text)
        if m:
            split[k] = [m.group(1), text[m.end():]]
    if not split and not joined:
        return lines
    result: list[Line] = []
    for k, ln in enumerate(lines):
        if k - 1 in joined:
            continue
        if k in joined:
            result.append(Line(ln.number, joined[k], ln.page))
        elif k in split:
            result += [Line(ln.number, part, ln.page) for part in split[k]]
        else:
            result.append(ln)
    return result


def header_wraps(lines: list[Line]) -> list[Line]:
    """A header whose right column's last words a narrow page wrapped to the next line's
    start, as a text set in columns for a wider page shows in a proportional font:
    "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM", "Số: 12/KH-UBND      Hà
    Giang, ngày 5 tháng 3 năm" / "2026": the words go back to the end of the line above.
    Read row by row (plain pdftotext), the national title's "VIỆT NAM" may come before its
    first line ("ỦY BAN NHÂN DÂN" / "VIỆT NAM" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"): it goes after it."""
    head = [k for k, ln in enumerate(lines[:HEADER_LINES * 2]) if not ln.blank][:HEADER_LINES]
    moved: dict[int, str] = {}
    dropped: set[int] = set()
    for n, k in enumerate(head[1:], 1):
        piece = lines[k].text
        viet_nam, year, motto = VIET_NAM.match(piece), LONE_YEAR.match(piece), MOTTO_TAIL.match(piece)
        if not (viet_nam or year or motto) and head[n - 1] == k - 1 and len(piece.strip()) <= 12:
            # the national title's last word alone at the next line's start ("... CHỦ NGHĨA VIỆT" / "NAM")
            cols = _column_segments(lines[k - 1].text)
            if len(cols) >= 2 and national_cut(cols[-1][2], piece):
                moved[k - 1] = lines[k - 1].text.rstrip() + " " + piece.strip()
                dropped.add(k)
                continue
        if not (viet_nam or year or motto):
            # plain pdftotext: the national title's wrapped end ("NAM" of "... CHỦ NGHĨA VIỆT")
            # before its first line, a line of the left column between
            if len(piece.strip()) <= 12 and piece.strip().isupper() and k not in dropped:
                j = next((j for j in head[n + 1:n + 3] if j not in moved and national_cut(lines[j].text, piece)), None)
                # (not where the line above ends as the title's first line does: "... MIỀN VIỆT" / "NAM")
                if j is not None and _bare_words(lines[head[n - 1]].text)[-1:] != _bare_words(lines[j].text)[-1:]:
                    moved[j] = lines[j].text.rstrip() + " " + piece.strip()
                    dropped.add(k)
            continue
        if year and not YEAR_DUE.search(lines[head[n - 1]].text) and not (
                head[n - 1] == k - 1 and (YEAR_CUT.search(lines[k - 1].text) or YEAR_RANGE_CUT.search(lines[k - 1].text))):
            # plain pdftotext: the date's wrapped year before the date line ("Số: 12/KH-UBND" /
            # "2026" / "Hà Giang, ngày 5 tháng 3 năm"); not a year under a line cut after "năm" (a
            # title's: "Kế hoạch ... năm" / "2026" set in the middle, then "Căn cứ ... tháng 6 năm"), nor under a
            # range's or a period's cut ("... giai đoạn 2026 -" / "2027", then "Căn cứ ... tháng 6 năm")
            j = next((j for j in head[n + 1:n + 3] if YEAR_DUE.search(lines[j].text)), None)
            if j is not None and j not in moved:
                moved[j] = lines[j].text.rstrip() + " " + piece.strip()
                dropped.add(k)
                continue
        prev = head[n - 1]
        if prev == k - 1:
            cols = _column_segments(lines[prev].text)
            if len(cols) >= 2 and wrapped_tail(cols[-1][2], piece):
                moved[prev] = lines[prev].text.rstrip() + " " + piece.strip()
                dropped.add(k)
                continue
        if (viet_nam or motto) and n + 1 < len(head):
            # plain pdftotext: the title's (the motto's) first line comes after its wrapped end,
            # a rule or a line of the left column between ("SỞ Y TẾ" / "phúc" / "-----" / "Độc lập
            # - Tự do - Hạnh")
            for j in head[n + 1:n + 3]:
                m = NATIONAL.match(lines[j].text)
                if (m and not m.group(1)) if viet_nam else motto_cut(lines[j].text.strip(), piece):
                    moved[j] = lines[j].text.rstrip() + " " + piece.strip()
                    dropped.add(k)
                    break
    if not moved:
        return lines
    return [Line(ln.number, moved[k], ln.page, ln.column) if k in moved else ln
            for k, ln in enumerate(lines) if k not in dropped]


# a document's number in a running header: "KH số 86/KH-UBND", "57/KH-SVHTTDL", "12/2024/QĐ-UBND"
# (a code's parts open on a capital and may go on in small letters: "05/CTr-UBND", "1520/QĐ-TTg", "12/TTr-SYT";
# the Party's and the mass organisations' numbers set their kind after a dash: "18-CTr/HU", "57-KH/TĐTN")
DOCUMENT_NUMBER = re.compile(r"\b\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-ZĐa-zđ]{0,9}(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]{0,11})+\b"
                             r"|\b\d{1,6}-[A-ZĐ][A-ZĐa-zđ]{0,9}/[A-ZĐ][A-ZĐa-zđ0-9]{0,11}(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]{0,11})*\b")


def running_number_header(firsts: list[str | None], own: str | None = None,
                          issued: tuple[int, int, int] | None = None) -> set[str]:
    """A running header that names the document by its number atop every page but the first (Word's
    "different first page"), however few the pages: "KH số 86/KH-UBND - Phát triển du lịch năm 2017" as
    the first line of pages 2 and 3 of three (the repeats' rule needs three). `firsts`: the first line of each
    page after the first (None for an empty page). Its key (digits as "#") when every one of them is it, two
    or more; with one page after the first, when the line names the document's `own` number (its header's
    "Số: 54/KH-UBND", own_number) and is no sentence citing it ("(Kèm theo Kế hoạch số 54/KH-UBND ngày ...)") -- but a
    line that ends in the document's own date (`issued`, own_date: "UBND tỉnh Đông Sa - Kế hoạch số 31/KH-UBND ngày
    03/02/2027") is the header, not a sentence, which goes on after a date ("... ngày 3/2/2027 của Ủy ban ...");
    else nothing. A section's own running header (a landscape annex's, "Phụ lục nhiệm vụ - Kế hoạch số 118/KH-UBND
    của UBND tỉnh Bảo Sơn" atop its two pages, the body's pages under another) is one too: the same line atop two
    pages in a row or more that names the document's own number in that way. A draft's mark alone atop every page
    after the first ("Dự thảo lần 2", "DỰ THẢO") is one too, however few the pages. The text reader and the PDF
    reader (extractors.layout.paragraphs) both ask."""
    if firsts and all(f is not None and DRAFT_MARK.match(f) for f in firsts):
        return {re.sub(r"\d+", "#", f) for f in firsts}
    keys = [None if f is None or not DOCUMENT_NUMBER.search(f) else re.sub(r"\d+", "#", f) for f in firsts]
    if keys and keys[0] is not None:
        if len(keys) == 1:
            return {keys[0]} if names_own_number(firsts[0], own, issued) else set()
        if all(k == keys[0] for k in keys):
            return {keys[0]}
    # (a section's own: atop two pages in a row)
    return {a for k, (a, b) in enumerate(zip(keys, keys[1:]))
            if a is not None and a == b and names_own_number(firsts[k], own, issued)}


def names_own_number(line: str, own: str | None, issued: tuple[int, int, int] | None) -> bool:
    """Whether a page's first line names the document's own number as a running header does: a short line, no
    sentence citing it (running_number_header)."""
    named = own is not None and any(re.sub(r"\s+", "", m.group(0)) == own for m in DOCUMENT_NUMBER.finditer(line))
    cited = CITED_DOCUMENT.search(line) and not (issued is not None and _ends_in_date(line) == issued
                                                 and not _ANNEX_NOTE.search(line))
    return bool(named and len(line) <= RUNNING_HEADER_CHARS and not cited)


RUNNING_HEADER_CHARS = 90  # a running header is a short line; a longer one is the body's
# a draft's mark as a running header: "Dự thảo", "Dự thảo lần 2", "DỰ THẢO", "(Dự thảo)"
DRAFT_MARK = re.compile(r"^\s*\(?\s*(?:Dự thảo|DỰ THẢO)(?:\s+(?:lần|LẦN)\s+\d{1,2})?\s*\)?\s*$")
# an annex's note citing the document: "(Kèm theo Kế hoạch số ...)"
_ANNEX_NOTE = re.compile(r"^\s*\(|[Kk]èm theo")
# a line citing a document (an annex's note, a date after the number): the body's, not a running header
CITED_DOCUMENT = re.compile(_ANNEX_NOTE.pattern + r"|\bngày\s+\d")


def _day(reading: DateReading) -> tuple[int, int, int] | None:
    return (reading.value.day, reading.value.month, reading.value.year) if reading.value is not None else None


def _ends_in_date(line: str) -> tuple[int, int, int] | None:
    """The date a line ends in after "ngày" ("... ngày 03/02/2027", "... ngày 3 tháng 2 năm 2027"), (day, month,
    year), or None (normalizers.dates reads it)."""
    dates = find_dates(line)
    last = dates[-1] if dates else None
    if last is None or line[last.end:].strip():
        return None
    if not (LONG_DATE.match(last.raw) or re.search(r"\bngày$", line[:last.start].rstrip())):
        return None  # ("03/02/2027" alone: no date the line gives as a day)
    return _day(last)


def own_date(lines: list[str]) -> tuple[int, int, int] | None:
    """The document's date as its header states it after its place ("Đông Sa, ngày 03 tháng 2 năm 2027" ->
    (3, 2, 2027)), from the first OWN_NUMBER_LINES lines of its first page; None without one (a cited document's
    date has no place's comma before it)."""
    for line in lines[:OWN_NUMBER_LINES]:
        for reading in find_dates(line) if "ngày" in line else ():
            if line[:reading.start].rstrip().endswith(",") and LONG_DATE.match(reading.raw):
                return _day(reading)
    return None


# the document's own number in its header: "Số: 54/KH-UBND", "Số 18-CTr/HU"
_OWN_NUMBER = re.compile(r"\bSố\s*[:.]?\s*(" + DOCUMENT_NUMBER.pattern + r")")
OWN_NUMBER_LINES = 12  # the first page's lines the header's number is looked for in


def own_number(lines: list[str]) -> str | None:
    """The document's number as its header states it ("Số: 54/KH-UBND" -> "54/KH-UBND", spaces taken out),
    from the first OWN_NUMBER_LINES lines of its first page; None without one."""
    for line in lines[:OWN_NUMBER_LINES]:
        if "Số" in line and (m := _OWN_NUMBER.search(line)):
            return re.sub(r"\s+", "", m.group(1))
    return None


# a footnote's first line at a page's foot: its number, then a capital ("1 Năm 2016, tổng lượt ...")
NOTE_START = re.compile(r"^\s*(\d{1,2})\s+[" + UPPER + r"]")


def _marked(body: str, number: str) -> bool:
    """Whether the page's text sets `number` as a note mark: after a word, before a stop or the line's end
    ("nghỉ dưỡng 1;", "trọng điểm 2,")."""
    return re.search(r"[^\W\d_] " + number + r"(?=[;,.:)]|\s*$)", body, re.M) is not None


FOOT_LINES = 6  # lines from a page's end a footnote with no blank line above it may start within


def _glued_mark(body: str, number: str) -> bool:
    """Whether the page's text glues `number` to a word as a superscript mark (`pdftotext -raw`: "nghỉ
    dưỡng1" at a line's end, or before a stop); a word of three letters or more ("m2", "km2" are units)."""
    return re.search(r"[^\W\d_]{3}" + number + r"(?=[;,.:)]|\s*$)", body, re.M) is not None


def _foot_at(page: list[Line]) -> tuple[int, int] | None:
    """Where a page's footnotes start and where its text ends (the blank line above them, or the notes'
    first line): after the last blank line, notes alone, each number a mark in the text above; else, with no
    blank line above (`pdftotext -raw`), within the page's last FOOT_LINES lines, from a note whose number
    is glued to a word above as a superscript, every note after it so marked."""
    filled = [i for i, line in enumerate(page) if not line.blank]
    if not filled:
        return None
    gap = next((i for i in range(filled[-1], -1, -1) if page[i].blank), None)
    if gap is not None:
        foot = [i for i in filled if i > gap]
        body = "\n".join(line.text for line in page[:gap])
        starts = [i for i in foot if NOTE_START.match(page[i].text)]
        if starts and starts[0] == foot[0] and all(_marked(body, NOTE_START.match(page[i].text).group(1))
                                                   for i in starts) \
                and not any(grid.is_data_line(segments(page[i].text)) for i in foot):
            # (a table's row at the page's foot, its code and its amounts in cells of their own, is none:
            # "1    Xã Tân Phú     5.200     1.800     700", the rest of the table on the next page)
            return foot[0], gap
    for first in filled[-FOOT_LINES:]:
        m = NOTE_START.match(page[first].text)
        body = "\n".join(line.text for line in page[:first])
        if m and _glued_mark(body, m.group(1)):
            later = [i for i in filled if i > first and NOTE_START.match(page[i].text)]
            if all(_glued_mark(body, NOTE_START.match(page[i].text).group(1)) for i in later):
                return first, first
            return None
    return None


def page_foot_notes(pages: list[list[Line]]) -> tuple[list[list[Line]], list[RawBlock]]:
    """Footnotes at the foot of a page that a page break follows (`pdftotext` of a PDF with footnotes):
    after the page's last blank line, lines that open with a note's number and a capital, each number set
    as a mark after a word in the page's text above ("... nghỉ dưỡng 1; ..." / "1 Năm 2016, tổng lượt
    ..."), a note's wrapped lines under it (or, with no blank line above, `-raw`'s superscript marks glued
    to their words: _foot_at). The pages without them, and the notes as footnote blocks (read after the
    text, as the PDF and Word readers give them); a foot that is not all such notes stays."""
    notes: list[RawBlock] = []
    out: list[list[Line]] = []
    for n, page in enumerate(pages):
        at = _foot_at(page) if n < len(pages) - 1 else None
        if at is None:
            out.append(page)
            continue
        first, end = at
        foot = [line for line in page[first:] if not line.blank]
        starts = [k for k, line in enumerate(foot) if NOTE_START.match(line.text)]
        for a, b in zip(starts, starts[1:] + [len(foot)]):
            text = ""
            for line in foot[a:b]:
                text = wrap.glue(text, " ".join(line.text.split())) if text else " ".join(line.text.split())
            notes.append(RawBlock("footnote", text, {"line": foot[a].number}))
        out.append(page[:end])
    return out, notes


def edge_furniture(pages: list[list[str]]) -> set[str]:
    """The lines (digits as "#") that stand at the top or bottom of most pages (their first and last two lines;
    three pages at least): running headers and footers. A line of the text that page breaks happened to set at an
    edge of most pages ("- Đơn vị chủ trì: Trung tâm Y tế", a label and a name each task repeats) shows itself
    inside a page where it stands at an edge too (a table's header repeated at the top of each page after the first
    stands inside the first only: furniture still). `pages`: each page's lines that are not blank."""
    counts: Counter = Counter()
    inside: set[str] = set()
    for lines in pages:
        keys = [re.sub(r"\d+", "#", line) for line in lines]
        edges = set(keys[:2] + keys[-2:])
        counts.update(edges)
        inside.update(edges.intersection(keys[2:-2]))
    n = len(pages)
    return {k for k, v in counts.items() if n >= 3 and v >= max(3, n // 2) and k not in inside}


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Running headers and footers (the same line at the top or bottom of most pages,
    digits aside) and bare page numbers at a page's edges."""
    if len(pages) < 2:
        return pages
    edges = []
    for page in pages:
        filled = [i for i, line in enumerate(page) if not line.blank]
        edges.append(set(filled[:2] + filled[-2:]))
    repeated = edge_furniture([[" ".join(line.text.split()) for line in page if not line.blank] for page in pages])
    first_page = [line.text for line in pages[0] if not line.blank] if pages else []
    repeated |= running_number_header([next((" ".join(line.text.split()) for line in page if not line.blank), None)
                                        for page in pages[1:]], own_number(first_page), own_date(first_page))

    def furniture(line: Line) -> bool:
        return re.sub(r"\d+", "#", " ".join(line.text.split())) in repeated

    dropped: set[tuple[int, int]] = set()
    for n, (page, idx) in enumerate(zip(pages, edges)):
        # a bare number on the second line from an edge is a page number when the line outside
        # it is furniture, or such numbers repeat over the pages: under a row's rest that the
        # page break carried over ("Tháng 7 hằng năm" / "2" / "Mở lớp ..."), a row's code
        filled = [i for i, line in enumerate(page) if not line.blank]
        inner = {a for a, b in zip(filled[1:2] + filled[-2:-1], filled[:1] + filled[-1:]) if not furniture(page[b])}
        inner -= {filled[0], filled[-1]} if filled else set()
        dropped |= {(n, i) for i, line in enumerate(page) if i in idx and (
            (PAGE_NUMBER.match(line.text) and (i not in inner or furniture(line))) or furniture(line))}
    dropped -= _row_numbers(pages, dropped)
    return [[line for i, line in enumerate(page) if (n, i) not in dropped] for n, page in enumerate(pages)]


def _row_numbers(pages: list[list[Line]], dropped: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The bare numbers at the pages' edges (of `dropped`) that are row numbers of a table flattened a cell a line
    (cell_lines.flat_tables: "Đơn vị phối hợp" / page break / "1" / "Tháng 01" / ...), no page numbers."""
    bare = {at for at in dropped if pages[at[0]][at[1]].text.strip().rstrip(".").isdigit()}
    if not bare:
        return set()
    where = [(n, i) for n, page in enumerate(pages) for i in range(len(page)) if (n, i) in bare or (n, i) not in dropped]
    found = cell_lines.flat_tables([pages[n][i].text for n, i in where])
    return {where[k] for _, _, _, numbers in found for k in numbers} & bare


# A signature whose two columns a copy collapsed to one space each (a word segmenter, a
# scraper that squeezes white space): "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Sở Y tế; KT. CHỦ TỊCH",
# "- Lưu: VT, KGVX. Đinh Thị Lan". The "Nơi nhận" line with an authority item after it
# says so; each recipient's tail after its ";" or "." is then the right column: an item in
# capitals or a name of two to five capitalized words.
# (or the signer's title alone, with no authority over it: "Nơi nhận: GIÁM ĐỐC")
COLLAPSED_RECIPIENTS = re.compile(r"^(\s*Nơi nhận\s*:) {1,2}(" + AUTHORITY_MARK + r"\s*[" + UPPER + r"].*|"
                                  r"(?:PHÓ\s+)?" + TITLE_WORDS + r")$")
_COLLAPSED_LINES = scan.whole_text(COLLAPSED_RECIPIENTS)  # (each line's match is one of its matches over the text)
RECIPIENT_ITEM = re.compile(r"^\s*\\?[-–+•]\s*\S")  # (Markdown escapes a line-opening dash: "\- Sở Y tế;")
_CAPS_ITEM = r"(?:" + AUTHORITY_MARK + r"\s*)?[" + UPPER + r"][" + UPPER + r"\s.,-]{2,60}"
_NAME = r"[" + UPPER + r"][^\W\d_]+(?:\s+[" + UPPER + r"][^\W\d_]*){1,4}"  # ("Mùa A Sùng": a word of one letter)
_SIGNED = r"\((?:Đã ký|đã ký|Đã ký và đóng dấu|Ký tên|Ký và ghi rõ họ tên)\)"  # "(Đã ký)" where the signature was
RECIPIENT_TAIL = re.compile(r"^(.*?[;.])\s+(" + _CAPS_ITEM + r"|" + _NAME + r"|" + _SIGNED + r")\s*$")
# what the right column holds on lines of its own after the recipients: the signer's name,
# "(Đã ký)" (not a line in capitals: an appendix's heading may follow the signature)
# (an officer's rank before the name: "Đại tá Trịnh Văn Khải")
SIGNATURE_LINE = re.compile(r"^\s*(?:(?:" + MILITARY_RANK + r"\s+)?" + _NAME + r"|" + _SIGNED + r")\s*$")


_CAPS_REST = re.compile(r"^\s*[" + UPPER + r"][" + UPPER + r"\s]{1,40}$")  # "TRƯỞNG BAN", "CHỦ TỊCH"


# the national title's words: a header whose two columns a copy collapsed to one line, then re-wrapped, may
# break inside it, its first word(s) ending the issuer's line ("UBND TỈNH VẠN NINH CỘNG" / "HÒA XÃ HỘI CHỦ
# NGHĨA VIỆT NAM")
# (its first half at most: a line holding more of it, "... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM", is
# one_line.joined_header's to read)
TITLE_WORDS_MOVED = 4
_NATIONAL_TITLE = ("CỘNG", "H(?:ÒA|OÀ)", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM")
_TITLE_BROKEN = [(re.compile(r"^(.*\S)[ \t]+(" + r"[ \t]+".join(_NATIONAL_TITLE[:k]) + r")[ \t]*$"),
                  re.compile(r"^[ \t]*" + r"[ \t]+".join(_NATIONAL_TITLE[k:]) + r"\b"))
                 for k in range(1, TITLE_WORDS_MOVED + 1)]
HEADER_LINES = 12  # the lines a header takes at most, blank lines but


def national_title_unwrapped(text: str) -> str:
    """A line of the header that ends on the national title's first word(s) over a line that opens on its
    other words (see above): those words go to the start of the line under it, the title whole on one line
    ("UBND TỈNH VẠN NINH" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). Any other text as it is."""
    if "CỘNG" not in text[:2000]:
        return text
    lines = text.split("\n")
    # (the first HEADER_LINES lines that hold text: the lines after them are not looked at)
    written = list(itertools.islice((k for k, line in enumerate(lines) if line.strip()), HEADER_LINES))
    for a, b in zip(written, written[1:]):
        for end, rest in _TITLE_BROKEN:
            m = end.match(lines[a])
            if m and rest.match(lines[b]):
                lines[a] = m[1]
                lines[b] = m[2] + " " + lines[b].lstrip()
                return "\n".join(lines)
    return text


# the place cut from its date ("Thạch Lâm" / ", ngày 19 tháng 5 năm 2027": the place a field's result, its italics
# closed before the date's, a converter's break between the two runs), the place alone on its line or after the motto
_DATE_REST = re.compile(r"^\s*,\s*ngày\s+\d")
_MOTTO_THEN_PLACE = re.compile(r"^(.*\bHạnh\s+phúc)[\s\-–—]*([^\W\d_][^\d,;:]{0,40})$")
_PLACE_ALONE = re.compile(r"^\s*([^\W\d_][^\d,;:]{0,40}?)\s*$")


def place_rejoined(text: str) -> str:
    """A header's place on the line before its date's rest (see above) put back before the date ("Thạch Lâm, ngày 19
    tháng 5 năm 2027"); any other text as it is."""
    if ", ngày" not in text[:3000]:
        return text
    lines = text.split("\n")
    written = list(itertools.islice((k for k, line in enumerate(lines) if line.strip()), HEADER_LINES))
    for a, b in zip(written, written[1:]):
        if not _DATE_REST.match(lines[b]):
            continue
        if (m := _MOTTO_THEN_PLACE.match(lines[a].rstrip())) is not None:
            lines[a], place = m[1], m[2].strip()
        elif (m := _PLACE_ALONE.match(lines[a])) is not None and not MOTTO.match(lines[a]):
            lines[a], place = "", m[1]
        else:
            continue
        lines[b] = place + lines[b].lstrip()
        return "\n".join(lines)
    return text


def _uncollapsed_signature(text: str) -> str:
    """The collapsed signature (COLLAPSED_RECIPIENTS) set in two columns again, its right
    column at one position, so that the two-column band reads it."""
    if "Nơi nhận" not in text or not _COLLAPSED_LINES.search("\n" + text):  # (no line can match: one search)
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = COLLAPSED_RECIPIENTS.match(line)
        if not m or any(c.islower() for c in m[2]):
            continue
        pairs = [(m[1], m[2].strip())]
        j = i + 1
        # (the items may be set double-spaced, a blank line between: a PDF's paragraph spacing)
        while j < len(lines) and (RECIPIENT_ITEM.match(lines[j]) or (
                not lines[j].strip() and j + 1 < len(lines) and RECIPIENT_ITEM.match(lines[j + 1]))
                or _lone_title(lines, j) or _item_rest(lines, j)):
            if _lone_title(lines, j):
                # the right column's line beside a recipient's wrapped line, alone ("- TT Tỉnh ủy, TT HĐND
                # tỉnh;" / "PHÓ CHỦ TỊCH" / "- Các sở, ban, ngành;"): the signature's
                pairs.append(("", lines[j].strip()))
                j += 1
                continue
            t = RECIPIENT_TAIL.match(lines[j].rstrip())
            while (t and j + 1 < len(lines) and not any(c.islower() for c in t[2]) and _CAPS_REST.match(lines[j + 1])
                   and not RECIPIENT_ITEM.match(lines[j + 1])):
                # the right column's title wrapped by a page that re-wrapped the collapsed line ("- UBND tỉnh
                # (b/c); PHÓ" / "TRƯỞNG BAN"): its rest, in capitals, joins it
                lines[j:j + 2] = [lines[j].rstrip() + " " + lines[j + 1].strip()]
                t = RECIPIENT_TAIL.match(lines[j].rstrip())
            pairs.append((t[1], t[2].strip()) if t and not t[2].isdigit() else (lines[j].rstrip(), ""))
            j += 1
        # the signature's last lines under the recipients (its name, "(Đã ký)"): right column too
        k = j
        while k < len(lines) and k - j < 4 and (not lines[k].strip() or SIGNATURE_LINE.match(lines[k])):
            if lines[k].strip():
                pairs.append(("", lines[k].strip()))
                j = k + 1
            k += 1
        width = max(len(left) for left, _ in pairs) + 6
        lines[i:j] = [left.ljust(width) + right if right else left for left, right in pairs]
    return "\n".join(lines)


def _item_rest(lines: list[str], j: int) -> bool:
    """Whether line `j` is the rest of the recipient above, wrapped ("- Các ban đảng, đảng đoàn, ban cán sự" /
    "đảng; Lê Quang Thịnh"): in small letters, under an item that no ";" or "." ends."""
    if j == 0 or not lines[j].strip()[:1].islower():
        return False
    above = lines[j - 1].rstrip()
    return not above.endswith((";", ".")) and (
        RECIPIENT_ITEM.match(above) is not None or (j > 1 and RECIPIENT_ITEM.match(lines[j - 2]) is not None))


def _lone_title(lines: list[str], j: int) -> bool:
    """Whether line `j` is a signature's title alone ("PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC") between two recipients."""
    return j > 0 and j + 1 < len(lines) and SIGNER_TITLE.match(lines[j]) is not None \
        and RECIPIENT_ITEM.match(lines[j - 1]) is not None and RECIPIENT_ITEM.match(lines[j + 1]) is not None


# "Nơi nhận:" read alone, its signature column's title a block of its own near it (before the items or among them)
RECIPIENTS_ALONE = re.compile(r"^\s*Nơi nhận\s*:\s*$")
SIGNER_TITLE = re.compile(r"^\s*(?:" + AUTHORITY_MARK + r"\s*[" + UPPER + r"][" + UPPER + r"\s.,-]*|(?:PHÓ\s+)?"
                          + TITLE_WORDS + r")\s*$")
MAX_TITLES = 3  # lines of the signature's title ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")


def _name_beside_item(blocks: list[RawBlock], i: int) -> tuple[int, list[str], list[str]] | None:
    """The signature's two columns read a line at a time with the gap between them lost on the name's line: "Nơi
    nhận:" alone, the signer's title a block of its own before the recipients or among them, and the signer's
    name after a recipient's ";" or "." ("- Các khoa, phòng; Bùi Quang Vinh": a narrow table set the name one
    space right of the item), no name under the list. (index after them, the recipients, the signature's lines),
    or None."""
    left, titles, names = [blocks[i].text.strip()], [], []
    j = i + 1
    while j < len(blocks) and blocks[j].kind in ("paragraph", "list_item") and blocks[j].text:
        text = blocks[j].text
        if RECIPIENT_ITEM.match(text):
            t = RECIPIENT_TAIL.match(text.rstrip())
            if t and re.fullmatch(_NAME, t[2].strip()) and opens_with_family_name(t[2]) and not names:
                left.append(t[1].strip())
                names.append(t[2].strip())
            else:
                left.append(text.strip())
        elif SIGNER_TITLE.match(text) and len(titles) < MAX_TITLES and not names:
            titles.append(text.strip())
        else:
            break
        j += 1
    if not titles or not names or len(left) < 2 or (j < len(blocks) and SIGNATURE_LINE.match(blocks[j].text or "")):
        return None
    return j, left, titles + names


def collapsed_signature_blocks(blocks: list[RawBlock]) -> list[RawBlock]:
    """The collapsed signature (COLLAPSED_RECIPIENTS) in a reader that keeps paragraphs (a Word file made
    from such a text, a page): "Nơi nhận: KT. TRƯỞNG BAN" / "- UBND tỉnh (b/c); PHÓ TRƯỞNG BAN" / "- Lưu:
    VT, VP." / "Hoàng Gia Bảo", a paragraph a line. Read as the two columns are: the recipients, each
    item without the right column's tail, then the signature's lines (the authority, the tails, the name
    under the list). Any other blocks as they are."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "paragraph" or not b.text or "Nơi nhận" not in b.text:
            out.append(b)  # (most blocks: both patterns below open on "Nơi nhận")
            i += 1
            continue
        m = COLLAPSED_RECIPIENTS.match(b.text)
        if not m and b.kind == "paragraph" and RECIPIENTS_ALONE.match(b.text or "") \
                and (found := _name_beside_item(blocks, i)) is not None:
            j, left, right = found
            out.extend(RawBlock("paragraph", text, dict(b.location)) for text in left + right)
            i = j
            continue
        if not m or any(c.islower() for c in m[2]):
            out.append(b)
            i += 1
            continue
        left, right = [m[1].strip()], [m[2].strip()]
        j = i + 1
        while j < len(blocks) and blocks[j].kind in ("paragraph", "list_item") and blocks[j].text \
                and RECIPIENT_ITEM.match(blocks[j].text):
            t = RECIPIENT_TAIL.match(blocks[j].text.rstrip())
            if t and not t[2].isdigit():
                left.append(t[1].strip())
                right.append(t[2].strip())
            else:
                left.append(blocks[j].text.strip())
            j += 1
        while j < len(blocks) and len(right) <= 4 and blocks[j].kind == "paragraph" and blocks[j].text \
                and SIGNATURE_LINE.match(blocks[j].text):
            right.append(blocks[j].text.strip())
            j += 1
        if len(left) < 2 or len(right) < 2:
            out.append(b)
            i += 1
            continue
        out.extend(RawBlock("paragraph", text, dict(b.location)) for text in left + right)
        i = j
    return out


DOUBLED_LINES = 20  # a text double-spaced has this many lines at least, ...
DOUBLED_SHARE = 0.05  # ... of which at most this share follow the line above with no blank line between


def _undoubled(pages: list[list[Line]]) -> list[list[Line]]:
    """A text set double-spaced, a blank line after every line (`pdftotext -layout` of a page set at
    double line spacing, or of a Word file made of a text's lines, a paragraph each with space after
    it): a blank line alone between two lines goes, so that a wrapped sentence is one paragraph again;
    a longer run of blank lines (a paragraph's end) keeps all but one. Lines keep their numbers. A text
    with lines one under the other, or whose lines are paragraphs (they end sentences: not printed
    lines, extractors.layout.wrap.printed_lines), is left as it is."""
    together = lines = 0
    for page in pages:
        run = None  # blank lines since the last line of text on the page
        for line in page:
            if line.blank:
                run = run + 1 if run is not None else None
                continue
            lines += 1
            together += run == 0
            run = 0
    if lines < DOUBLED_LINES or together > DOUBLED_SHARE * lines:
        return pages
    # (printed lines, wrapped mid-sentence: not a text of one paragraph a line, a blank line between)
    if wrap.printed_lines([line.text for page in pages for line in page if not line.blank]) is None:
        return pages
    out: list[list[Line]] = []
    for page in pages:
        kept: list[Line] = []
        blanks: list[Line] = []
        for line in page:
            if line.blank:
                blanks.append(line)
                continue
            kept.extend(blanks[1:] if kept else blanks)
            blanks = []
            kept.append(line)
        out.append(kept + blanks)
    return out


# a list mark then a tab that is its line's only tab ("–\tSở Y tế (b/c);      KT. CHỦ TỊCH", as Word saves a list as
# text): the mark's space, not a gap between columns or a tab table's cells (a row with more tabs keeps them)
MARK_TAB = re.compile(r"(?m)^([ \t]*(?:[-–—•◦▪∙·+*]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]))\t(?=[^\t\n]*$)")


SPACED_SHARE = 0.9  # of a text's line breaks, the share that are one blank line when a copy put one after every line
SPACED_WRAPS = 0.1  # ... and of those, the share that cut a sentence (a wrapped text's lines, not its paragraphs)
MIN_SPACED_LINES = 10
_BREAKS = re.compile(r"\n(?:[ \t\r]*\n)*")
_CLAUSE_END = re.compile(r"[.;:!?]\s*$")


def unspaced_lines(text: str) -> str:
    """A plain text whose printed lines were copied with a blank line after each (a page viewer's
    or a web page's copy: "... quản lý khu công" / "" / "nghiệp và khu kinh tế;") with those blank
    lines taken out, two or more kept as one: its blank lines tell nothing of where a paragraph
    ends. Told by nearly every break being one blank line and many of them cutting a sentence (a
    line that stops mid-clause, the next going on in lower case); a text of one paragraph a line
    with a blank line between them is returned as it is, as are all others."""
    if "\n\n" not in text and "\n\r\n" not in text:
        return text
    stripped = text.strip()
    breaks = list(_BREAKS.finditer(stripped))
    single = [m for m in breaks if m.group(0).count("\n") == 2]
    if len(breaks) + 1 < MIN_SPACED_LINES or len(single) < SPACED_SHARE * len(breaks):
        return text
    cuts = sum(1 for m in single if stripped[m.end():m.end() + 1].islower()
               and not _CLAUSE_END.search(stripped, max(0, m.start() - 3), m.start()))
    if cuts < 3 or cuts < SPACED_WRAPS * len(single):
        return text
    return _BREAKS.sub(lambda m: "\n" if m.group(0).count("\n") == 2 else "\n\n", text)


# a line that is a list's marker alone ("•", "-", "▪"), and an item that opens with a marker of its own
LONE_MARKER = re.compile(r"^[ \t]*([•◦▪▫●○■□►➢✓∙·+*\-–])[ \t]*$")
_MARKED_ITEM = re.compile(r"^\s*(?:[•◦▪▫●○■□►➢✓∙·+*]|[-–]\s)")
_LONE_MARKERS = scan.whole_text(LONE_MARKER)
MIN_LONE_MARKERS = 2


def lone_markers(text: str) -> str:
    """A list whose markers plain pdftotext wrote apart from their items (set at a hanging indent of their
    own): a run of MIN_LONE_MARKERS lines or more, each the same marker alone ("•" / "•" / "•"), then (a
    blank line between at most) as many lines of items, up to a blank line or the text's end ("Trang chủ"
    / "Giới thiệu" / "Liên hệ"): each marker goes back before its item ("• Trang chủ"). Other counts stay
    as they are (a wrapped item: which line a marker opens is not known), as do items with markers of
    their own."""
    found = scan.candidates(text, _LONE_MARKERS)  # (the lines that may be a marker alone: most texts have none)
    if not found:
        return text
    lines = text.split("\n")
    out: list[str] = []
    n, i = len(lines), 0
    for k in found:
        m = LONE_MARKER.match(lines[k]) if k >= i else None
        if not m:
            continue
        out += lines[i:k]
        i = k
        j = i + 1
        while j < n and (mj := LONE_MARKER.match(lines[j])) and mj.group(1) == m.group(1):
            j += 1
        start = j + 1 if j < n and not lines[j].strip() else j
        end = start
        while end < n and lines[end].strip():
            end += 1
        items = lines[start:end]
        if j - i >= MIN_LONE_MARKERS and len(items) == j - i and not any(
                _MARKED_ITEM.match(item) or LONE_MARKER.match(item) for item in items):
            out += [f"{m.group(1)} {item.strip()}" for item in items]
            i = end
            continue
        out += lines[i:j]
        i = j
    return "\n".join(out + lines[i:])


def dedented(text: str) -> str:
    """The text with the spaces that open every one of its lines taken off (a copy whose viewer or mail put a margin
    before each line, a web page's <pre> indented with its source: every line a column or more to the right, a
    table's rows and its wrapped cells read at other columns than the rules know a text's start by). A line of
    spaces alone keeps them."""
    lines = text.split("\n")
    common = None
    for line in lines:
        if line.strip():
            if line[0] != " ":
                return text  # (most texts: a line that opens at its first column, most often the first)
            indent = len(line) - len(line.lstrip(" "))
            common = indent if common is None else min(common, indent)
    if not common:
        return text
    return "\n".join(line[common:] if line.strip() else line for line in lines)


# what a reader says of a word-segmented input it de-segmented (the text reader here, the paragraphs' readers in
# extractors.formats.base)
WORD_SEGMENTED_ISSUE = {"code": "text.word_segmented", "severity": "info", "where": None,
                        "message": "word-segmented input (syllables joined by '_', spaces around punctuation) was de-segmented"}


def _mended(lines: list[Line], mend) -> list[Line]:
    """The lines as a pure function of their texts mends them (a text for each, None for a line that goes); the
    same list where it changes none."""
    texts = mend([line.text for line in lines])
    if all(t is line.text for t, line in zip(texts, lines)):
        return lines
    return [line if t is line.text else Line(line.number, t, line.page, line.column)
            for t, line in zip(texts, lines) if t is not None]


def _coded_rows(table: grid.Table) -> int:
    """How many of a table's rows open with a row's code ("1", "2.1", "II")."""
    return sum(1 for row in table.rows if row and grid.CODE.match(row[0].strip()))


def table_of_contents_dropped(text: str) -> str:
    """The text without its table of contents (extractors.layout.contents: the headings again, no outline of the
    document's, their leaders wider than its lines), a blank line in its place; a text with none as it is."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if contents.named(line):
            n = contents.length(lines[k:])
            if n:
                return "\n".join(lines[:k] + [""] + lines[k + n:])
    return text


COPY_LINES = 8  # lines after the national title that must repeat for a second copy of the document to be one
_NATIONAL_LINE = re.compile(NATIONAL_TITLE)  # (searched in a line holding "CỘNG" or "CONG")


def repeated_copy_dropped(text: str) -> str:
    """The text without a second copy of its document: a page's text that holds the document twice (its print copy,
    hidden on screen, or an inert <template>'s, taken with the rest by a crawler's get_text()), the line with the
    national title and the COPY_LINES lines after it repeated word for word (blank lines aside: a page's source
    spaces its two copies apart differently). The copy is dropped from its national title's line to the end of the
    lines it repeats; a text with one copy (or a decision and the plan it issues, whose lines after the title differ)
    is returned as it is. (The copy's header lines before its national title, as the first copy's, go with it.)"""
    lines = text.split("\n")
    held = [k for k, line in enumerate(lines) if line.strip()]  # the lines that hold text, compared stripped
    words = [lines[k].strip() for k in held]
    titles = [i for i, line in enumerate(words) if ("CỘNG" in line or "CONG" in line) and _NATIONAL_LINE.search(line)]
    if len(titles) < 2:
        return text
    first = titles[0]
    for second in titles[1:]:
        if words[second] != words[first]:
            continue
        a, b = first, second
        while b < len(words) and a < second and words[a] == words[b]:
            a, b = a + 1, b + 1
        if b - second > COPY_LINES:
            top, before = second, first  # (the copy's own header lines before its national title: the issuer, the number)
            while before > 0 and top > a and words[top - 1] == words[before - 1]:
                top, before = top - 1, before - 1
            return "\n".join(lines[:held[top]] + lines[held[b - 1] + 1:])
    return text


def desegmented(text: str) -> tuple[str, bool]:
    """A word tokenizer's output as ordinary text, line by line (desegment, then _unspaced), and True; any other
    text as it is, and False. (The Markdown reader asks it first: its passes over pipe and grid tables need the
    pipes a tokenizer glued to words, "Chăn_|", "|_trì", set apart again.)"""
    if not is_word_segmented(text):
        return text, False
    return "\n".join(_unspaced(desegment(line)) for line in text.split("\n")), True


# Word's placeholder of a content control left empty, which a converter that does not know the control shows wrote
# as text (Word's own reader, extractors.formats.docx, leaves it out): its fixed words in Word's Vietnamese and English
# interface ("Bấm hoặc gõ nhẹ vào đây để nhập văn bản.", "Click or tap here to enter text.", "Chọn một mục.")
WORD_PLACEHOLDER = re.compile(r"[ \t]*(?:(?:Bấm|Nhấn|Nhấp)(?: hoặc gõ nhẹ)? vào đây để nhập (?:văn bản|ngày)|"
                              r"Click(?: or tap)? here to enter (?:text|a date)|Chọn một mục|Choose an item)\.[ \t]*")


def read_text(text: str, markdown: bool = False) -> tuple[list[RawBlock], list[dict]]:
    """Blocks and quality issues for a decoded text."""
    issues: list[dict] = []
    if contents.named(text):
        text = table_of_contents_dropped(text)
    if text.count("CỘNG") + text.count("CONG") > 1:
        text = repeated_copy_dropped(text)
    if "đây để" in text or "here to" in text or "một mục" in text or "an item" in text:  # (cheap test first)
        text = WORD_PLACEHOLDER.sub("", text)
    if not markdown:  # (a Markdown text's indent is its own: a code block, a nested list)
        text = dedented(text)
    if "\t" in text:
        text = MARK_TAB.sub(r"\1 ", text)
    if not markdown:
        text = lone_markers(unspaced_lines(text))
    text, segmented = desegmented(text)
    if segmented:
        issues.append(dict(WORD_SEGMENTED_ISSUE))
    # (a document stored on one line, or that line printed wrapped to a page; a corpus of one sentence per
    # line, its labels cut off; a signature table's flattened cells copied out of a PDF, wrapped:
    # extractors.layout.cells)
    text = _uncollapsed_signature(wrapped_signature_cells(one_line.rejoin_labels(
        one_line.put_back_header_and_signature(one_line.restore_lines(place_rejoined(national_title_unwrapped(text)))))))
    if markdown:
        # a table flattened a cell a line by a page's text (a crawler's readability output): its rows again, as
        # a pipe table's (a plain text's are joined by plain_cells below, row by row)
        text = md.setext_headings(md.inline_links(cell_lines.tables_from_cell_lines(text)))
    else:
        # a small table plain pdftotext wrote column after column, a column a run of lines: its rows again
        text = cell_lines.tables_from_column_runs(text)
        # a narrow amount table plain pdftotext wrote block after block (its labels run together, then its
        # amounts row after row): its rows again where its sums prove them (extractors.layout.column_blocks)
        text = column_blocks.tables_from_column_blocks(text)
    if markdown:  # pandoc's hard line break: a backslash at the end of a line
        text = text.replace("\\\n", "\n")
    escaped = markdown and "\\" in text  # Markdown escapes ("1\\.") to take out of the blocks
    if YEAR_PAIR.search(text):  # cheap test first: most texts have no run-together years
        text = LOST_RANGE.sub(_range, text)
    pages, foot_notes = page_foot_notes(_undoubled(drop_furniture(pages_of(text))))
    # what the text can hold at all, judged once: wide gaps for aligned tables and columns,
    # pipes or tabs for pipe and tab tables
    plain = text.replace("\u00a0", " ") if "\u00a0" in text else text
    may_columns = "  " in plain or "\t" in plain
    may_structure = "|" in text or "\t" in text
    lines = [line for page in pages for line in page]
    # a diagonal watermark's letters a laid-out dump scattered over the lines ("O", "Ả", "H", ... of "DỰ THẢO"):
    # out; amounts a narrow column cut inside ("68.600.0" over "00"), as a laid-out dump keeps them: whole again
    if may_columns:
        lines = _mended(lines, watermark.dropped)
    if "." in text:
        lines = _mended(lines, cut_amounts.joined)
    lines = header_in_order(header_wraps(joined_header(lines)))
    # a table plain pdftotext wrote row by row, a cell a run of lines: each cell one line
    lines = plain_cells.join_cells(lines, lambda first, text: Line(first.number, text, first.page))
    # tables and runs of lines left for paragraphs, in order; the wrap style is measured
    # on the paragraph lines only (a table's rows are wider than the text's wrap width)
    parts: list[tuple[str, list]] = []  # ("blocks", [RawBlock]) or ("lines", [Line or None for a break])

    def add(kind: str, items: list) -> None:
        if kind == "lines" and parts and parts[-1][0] == "lines":
            parts[-1][1].extend(items)
        else:
            parts.append((kind, list(items)))

    # a table may run over a page break: tables are found in the lines of all pages
    # (tab-separated rows are tables of their own, read by their tabs below)
    tables: dict[int, grid.Table] = {}
    if may_columns:
        segs = [[] if line.blank else [(0.0, float(len(line.text)), line.text)] if "\t" in line.text and _tab_row(line.text)
                else segments(line.text) if "  " in line.text or "\u00a0" in line.text
                else [(float(len(line.text) - len(line.text.lstrip())), float(len(line.text.rstrip())), line.text.strip())]
                for line in lines]
        page_of = [line.page for line in lines]
        tables = {t.first: t for t in grid.find_tables(segs, page_of)}
        taken = {k for t in tables.values() for k in range(t.first, t.last + 1)}
        for t in grid.find_text_tables(segs, page_of):
            if not taken & set(range(t.first, t.last + 1)):
                tables[t.first] = t
                continue
            # a padded table (its rows blocks of lines a blank line apart, its header above them) whose lines below
            # its header the amount tables' reader took as rows of loose words (fewer rows with their codes than the
            # padded reading gives), or as tables of a row or so each (their labels' lines above and below them cut
            # off: no more rows with their codes in all of them): the padded reading
            overlapping = [a for a in tables.values() if a.first <= t.last and t.first <= a.last]
            coded = sum(_coded_rows(a) for a in overlapping)
            if t.padded and all(t.first <= a.first and a.last <= t.last for a in overlapping) \
                    and (_coded_rows(t) > coded or (len(overlapping) >= 2 and _coded_rows(t) == coded)):
                for a in overlapping:
                    del tables[a.first]
                tables[t.first] = t
    # amount tables whose rows lost their spacing (cells one space apart): read by their words
    # (the lines' texts and pages, listed once for the readers below: none of them changes the lists)
    # (a line the spacing reader took as a table of one row is no table of its own where such a table's rows run
    # over it: a total's row whose empty cells left wide gaps, "Tổng cộng  1.465.000 1.105.000", under rows whose
    # cells are one space apart)
    texts, line_pages = [line.text for line in lines], [line.page for line in lines]
    taken = {k for t in tables.values() if t.last > t.first for k in range(t.first, t.last + 1)}
    if may_structure:  # (tab rows are read by their tabs, _structured: an empty cell keeps its place)
        taken |= {k for k, text in enumerate(texts) if "\t" in text and _tab_row(text)}
    # (a table flattened a cell a line, which cell_lines.flat_tables reads below, is no table of rows one space
    # apart: a scraped page's glued cells put back a line each read as amount rows lose their columns)
    flat = cell_lines.flat_tables(texts) if not markdown else []
    flat_lines = {k for first, last, _, _ in flat for k in range(first, last + 1)}
    for first, last, rows in spaced_rows.tables(texts, taken | flat_lines, line_pages):
        for one in [k for k, t in tables.items() if t.last == t.first and first <= k <= last]:
            del tables[one]
        tables[first] = grid.Table(first, last, rows)
    # task tables copied cell after cell: read by their words (extractors.layout.raw_tasks); not a table flattened a
    # cell a line, which flat_tables reads whole (a row's names a line each are no cell's wrapped words)
    taken = {k for t in tables.values() for k in range(t.first, t.last + 1)} | flat_lines
    for first, last, rows in raw_tasks.tables(texts, taken):
        tables[first] = grid.Table(first, last, rows)
    # indicator tables copied cell after cell, a word or two a line: read by their words (layout.raw_indicators)
    taken = {k for t in tables.values() for k in range(t.first, t.last + 1)}
    for first, last, rows in raw_indicators.tables(texts, taken, line_pages):
        tables[first] = grid.Table(first, last, rows)
    # tables flattened a cell a line (a Word file of a cell a paragraph, printed): read as tables, their cells
    # never joined by the wrap repair (extractors.layout.cell_lines.flat_tables; a Markdown text's are pipe rows)
    if not markdown:
        taken = {k for t in tables.values() for k in range(t.first, t.last + 1)}
        for first, last, rows, _ in flat:
            if not taken & set(range(first, last + 1)):
                tables[first] = grid.Table(first, last, rows)
    # html2text's tables whose first row runs over several lines (cells broken by <br>)
    broken_rows = broken_row_tables(lines) if markdown and may_structure else {}
    n = len(lines)
    i = 0 if (tables or may_structure or may_columns) else n
    if i:  # plain lines only: one run of lines for the paragraphs
        add("lines", [None if line.blank else line for line in lines])
    run: list = []  # plain lines (None for a blank one) since the last table or band
    while i < n:
        line = lines[i]
        text = line.text
        if line.blank:  # (no table starts on a blank line)
            run.append(None)
            i += 1
            continue
        if i in broken_rows:
            if run:
                add("lines", run)
                run = []
            end, rows = broken_rows[i]
            add("blocks", table_blocks(rows, {"line": line.number, "page": line.page}))
            i = end
            continue
        border = may_structure and md.is_grid_border(text)  # a grid table's border ("+---+---+")
        special = i in tables or border or (may_structure and ("|" in text or "\t" in text)) or \
            (may_columns and ("   " in text or "\t" in text or "\u00a0" in text))
        if not special:
            run.append(line)
            i += 1
            continue
        if run:
            add("lines", run)
            run = []
        if border:  # a grid table: its borders say more than its gaps
            found = _structured(lines, i, markdown)
            if found:
                add("blocks", found[1])
                i = found[0]
                continue
        if i in tables:
            t = tables[i]
            add("blocks", table_blocks(t.rows, {"line": line.number, "page": line.page}))
            i = t.last + 1
            continue
        found = _structured(lines, i, markdown) if may_structure and ("|" in text or "\t" in text) else None
        if found:
            end, new_blocks = found
            add("blocks", new_blocks)
            i = end
            continue
        band = three_columns(lines, i) if may_columns and i < HEADER_LINES * 2 else None
        if band:  # two issuers and the national title side by side (a joint plan's header)
            end, columns = band
            add("lines", [item for column in columns for item in (None, *column)] + [None])
            i = end
            continue
        band = (alternate_columns(lines, i) if i < HEADER_LINES * 2 and lines[i].text[:1] == " " else None) \
            or (two_columns(lines, i) if may_columns else None)
        if band:
            end, left, right = band
            add("lines", [None, *left, None, *right, None])
            i = end
            continue
        run.append(line)
        i += 1
    if run:
        add("lines", run)
    style = wrap.Style.of(["" if ln is None else ln.text for kind, items in parts if kind == "lines"
                           for ln in items if ln is None or not ln.column])
    style = dataclasses.replace(style, markdown=markdown)
    blocks: list[RawBlock] = []
    for kind, items in parts:
        blocks.extend(items if kind == "blocks" else wrap.paragraphs(items, style, markdown))
    blocks = signature_run_paragraphs(recipients_paragraphs(signature_paragraphs(blocks)))
    blocks += foot_notes  # read after the text, as a PDF's and a Word file's footnotes are
    if escaped:
        for b in blocks:
            b.text = md.unescape(b.text) if b.text else b.text
            if b.rows:
                b.rows = [[md.unescape(c) if c else c for c in row] for row in b.rows]
    return blocks, issues


def _unspaced(line: str) -> str:
    """A de-segmented line with the tokenizer's other spaces taken out: emphasis marks
    paired again (a lone star at the line's start, with an odd count, is a bullet; "(*)"
    is a mark, not emphasis), a footnote mark after a bracket, a number cut at an OCR letter."""
    if "*" in line:
        runs = [m for m in STAR_RUN.finditer(line) if line[m.start() - 1: m.end() + 1] != "(*)"]
        cuts: list[tuple[int, int, str]] = []  # (start, end, replacement)
        for size in {len(m.group(0)) for m in runs}:
            same = [m for m in runs if len(m.group(0)) == size]
            if len(same) % 2 and not line[:same[0].start()].strip():
                same = same[1:]  # "* item": a list bullet
            for opening, closing in zip(same[::2], same[1::2]):
                after = opening.end()
                while after < len(line) and line[after] == " ":
                    after += 1
                before = closing.start()
                while before > after and line[before - 1] == " ":
                    before -= 1
                cuts += [(opening.end(), after, ""), (before, closing.start(), "")]
        for start, end, rep in sorted(cuts, reverse=True):
            line = line[:start] + rep + line[end:]
    line = SPACED_NOTE_MARK.sub(r")\1", line)
    return SPLIT_OCR_NUMBER.sub(r"\1\2\3\4", line)


def _range(m: re.Match) -> str:
    """The range with its dash again (" - " where a space was left, "-" where none was),
    when the second year follows the first (within a plan's span)."""
    first, second = int(m.group(2)), int(m.group(4))
    if not first < second <= first + 30:
        return m.group(0)
    return f"{m.group(1)} {first}{' - ' if m.group(3) else '-'}{second}"


def table_blocks(rows: list[list[str]], location: dict) -> list[RawBlock]:
    """A table found in text; rows keep their own lengths (a scraped header row lists
    only the cells that start in it, and the table model spreads it out)."""
    if is_layout_table(rows):
        return layout_table_blocks(rows, location)
    return [RawBlock("table", rows=lost_row_spans(md.lost_spans(rows)), location=location)]


def _break_line(line: Line) -> bool:
    """html2text's hard break on an empty line of a cell ("  "): inside a row, not a blank."""
    return line.text == "  "


def _row_under_rule(lines: list[Line], k: int) -> bool:
    """Is line k, a line with a pipe, a body row of a table above: under a rule ("---|---")
    with only lines of text between? A signature row's left cell ("Nơi nhận:" / "- Lưu: VT. |
    HIỆU TRƯỞNG") has its pipe too, but no rule above it: the empty breaks under it are inside
    its row ("  " / "  " / "GS.TS. Đào Minh Triết" / "---|---")."""
    while k >= 0 and not lines[k].blank:
        if PIPE_RULE.match(lines[k].text) and "-" in lines[k].text:
            return True
        k -= 1
    return False


_AMOUNT_CELL = re.compile(r"^[*_]*\(?\d[\d.,]*\)?[*_]*$")  # "1.900", "**9.300**", "_700_"


def _coded(row: str, outer: bool) -> bool:
    """A table row's line that opens on a row code in a cell of its own ("1.2 | ...", "**3** | ...",
    "b | ...", "II | ..."): in a table whose rows open so, such a line starts a row (a group row
    "**1** | **Phát triển hạ tầng số**" is narrower than the task rows under it, yet whole)."""
    if "|" not in row:
        return False
    first = md.cells(row, outer=outer)[0]
    return bool(first) and "\n" not in first and grid.CODE.match(first) is not None and first not in "-+*•"


def _signature_cell_start(lines: list[Line], start: int, r: int) -> int:
    """Where a signature table's row opens when a page's paragraphs above it were separated by
    <br>s: html2text writes them with empty breaks ("  ") between and no blank line, so the lines
    up to the rule run back into the body ("I. MỤC TIÊU" / ... / "  " / "Nơi nhận:" / "- Lưu: VT. |
    TM. ỦY BAN NHÂN DÂN" / "---|---"). The signature's first cell opens on "Nơi nhận:" after such a
    break: the row starts there."""
    for k in range(start + 1, r):
        if lines[k - 1].blank and _RECIPIENTS_OPEN.match(lines[k].text):
            return k
    return start


_RECIPIENTS_OPEN = re.compile(r"^\s*[*_]*Nơi nhận\b")


def broken_row_tables(lines: list[Line]) -> dict[int, tuple[int, list[list[str]]]]:
    """Tables as html2text writes rows whose cells break lines: a row runs over several
    lines, a pipe where a cell ends, and the rule comes after the first row's lines:
    "**ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ**" / "Số: 12/KH-UBND| **CỘNG HÒA ..." / "Độc lập ..." / "---|---";
    a body row goes on over the next line while it has fewer cells than the widest row
    ("3 | Sửa chữa | 400 |" / "| 250 | 150"). {first line: (line after the table, rows)};
    a table all of whose rows are one line each is left to the pipe-table reading."""
    found: dict[int, tuple[int, list[list[str]]]] = {}
    for r, line in enumerate(lines):
        if line.blank or "|" not in line.text or not PIPE_RULE.match(line.text):
            continue
        start = r
        # up to a blank line, a rule, or an empty break under a row of a table above
        while start > 0 and not PIPE_RULE.match(lines[start - 1].text) and (not lines[start - 1].blank or (
                _break_line(lines[start - 1]) and start > 1 and not _row_under_rule(lines, start - 2))):
            start -= 1
        while start < r and lines[start].blank:
            start += 1  # the table opens on its first line of text (the reading skips blank lines)
        start = _signature_cell_start(lines, start, r)
        if start == r or (found and max(found) >= start):
            continue
        outer = line.text.strip().startswith("|")
        width = len(md.cells(line.text, outer=outer))
        # the lines above that make one row of this table: from the nearest blank line or rule,
        # or lower (a menu line "Trang chủ | Liên hệ" over a table nested in a page's layout
        # table, whose first row then opens on the outer table's pipe: "| **ỦY BAN NHÂN DÂN")
        for top in range(start, r):
            head = "\n".join(ln.text.strip() for ln in lines[top:r] if not ln.blank)
            if len(md.cells(head, outer=outer)) == width:
                break
            if top > start and not outer and head.startswith("|") and len(md.cells(head, outer=True)) == width:
                head = head[1:]
                break
        else:
            continue  # the lines above are not one row of this table
        start = top
        j = r + 1  # the body ends at a blank line, or at an empty break not followed by a row
        while j < len(lines) and (not lines[j].blank or (
                _break_line(lines[j]) and j + 1 < len(lines) and "|" in lines[j + 1].text)):
            if outer and not lines[j].blank and "|" not in lines[j].text:
                break  # rows in outer pipes each open and close on their line: text with none is after the table
            j += 1
        body_lines = [ln.text.strip() for ln in lines[r + 1:j] if not ln.blank]
        widest = max([width] + [len(md.cells(t, outer=outer)) for t in body_lines if "|" in t])
        body: list[str] = []
        merged = False
        numbers_seen = False  # header rows come first: lines with no amount in a cell of its own
        groups: set[int] = set()  # rows that are a group row merged across the table
        for k, t in enumerate(body_lines):
            if "|" not in t and k + 1 < len(body_lines) and _coded(body_lines[k + 1], outer) and _group_row_line(t):
                groups.add(len(body))  # "**I. CÔNG TÁC TUYÊN TRUYỀN**" over "1| Tuyên truyền ...": a row of its own
                body.append(t)
                continue
            n_cells = len(md.cells(t, outer=outer)) if "|" in t else 1
            # (a line that opens on its code under a row that does too is a row of its own, narrow or not)
            if body and len(body) - 1 not in groups and not (_coded(body[-1], outer) and _coded(t, outer)):
                have = len(md.cells(body[-1], outer=outer))
                # (under the first row, a header row that lost its merged cells is narrower than
                # the body, and so is the one under it: "Tổng số | Trong đó" / "NSTW | NSĐP"; two
                # such lines are one row only when together they make a row of the table's width)
                # (a line of pipes alone is no header row: the row's empty cells, each ending on a line break,
                # "I| Quý I|" / "|" / "|", as html2text writes a Word table's empty paragraphs)
                # (nor one whose pipes make the row as wide as the table: "I| Tổ chức hội nghị|" / "|" / "|" /
                # "| 20.500.000", each pipe a cell's start)
                header_rows = (not numbers_seen and "|" in t and have + n_cells - 1 not in (width, widest)
                               and t.replace("|", "").strip() != ""
                               and (outer or body[-1].count("|") + t.count("|") + 1 not in (width, widest)))
                # (in outer pipes, a line that opens and closes on one is a whole row: markdownify
                # writes a header row that lost the cells of the row spans above it so, "| NSTW | NSĐP |")
                whole = outer and all(len(x) > 1 and x.startswith("|") and x.endswith("|") for x in (t, body[-1]))
                if ("|" not in t or have < widest) and have + n_cells - 1 <= widest and not header_rows and not whole:
                    body[-1] += "\n" + t
                    merged = True
                    continue
            numbers_seen = numbers_seen or any(_AMOUNT_CELL.match(c) for c in md.cells(t, outer=outer))
            body.append(t)
        if r - start < 2 and not merged:
            continue
        rows = [md.cells(CELL_GLUED_RULE.sub("\\1\n", t), outer=outer) for t in [head, *body]]
        for g in groups:
            rows[g + 1] = [md.strip_emphasis(body[g].strip())] * widest
        found[start] = (j, rows)
    return found


def _group_row_line(text: str) -> bool:
    """A table's group row as html2text writes one merged across the table: bold, in capitals ("**I. CÔNG TÁC
    TUYÊN TRUYỀN**", "II. BẢO ĐẢM AN TOÀN") or its code and name ("A. Công tác tuyên truyền, giáo dục")."""
    t = text.strip()
    if t.startswith(("**", "__")) and t.endswith(("**", "__")) and len(t) > 4:
        return True
    if "|" not in t and cell_lines.GROUP_LINE.match(md.strip_emphasis(t)):
        return True  # "A. Công tác tuyên truyền, giáo dục": a group's code and name (cell_lines' group line)
    letters = [c for c in md.strip_emphasis(t) if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _structured(page: list[Line], i: int, markdown: bool) -> tuple[int, list[RawBlock]] | None:
    """A Markdown pipe table, a pipe table with cells over several lines, or a run of
    tab-separated rows starting at line i: (index after it, its blocks)."""
    line = page[i]
    loc = {"line": line.number, "page": line.page}
    if md.is_grid_border(line.text):
        j = i + 1
        while j < len(page) and not page[j].blank and (page[j].text.lstrip()[:1] == "|" or md.is_grid_border(page[j].text)):
            j += 1
        rows = md.grid_rows([ln.text for ln in page[i:j]], wrap.join_cell_lines)
        if rows is not None:
            return j, table_blocks(rows, loc)
    if PIPE_ROW.match(line.text):
        ruled = i + 1 < len(page) and PIPE_RULE.match(page[i + 1].text) is not None
        if ruled or markdown:
            rows = []
            j = i
            while j < len(page) and PIPE_ROW.match(page[j].text):
                if not PIPE_RULE.match(page[j].text):
                    rows.append(md.cells(page[j].text))
                j += 1
            if ruled or len(rows) >= 1:
                return j, table_blocks(md.under_groups(rows), loc)
    if "|" in line.text and i + 1 < len(page) and "|" in page[i + 1].text and PIPE_RULE.match(page[i + 1].text):
        # a pipe table without its outer pipes, as html2text writes it ("a | b" / "---|---"):
        # every line with a pipe is a row, and a row that opens with a pipe has an empty
        # first cell ("| Hoàng Gia Long" under "Nơi nhận: | TM. ỦY BAN NHÂN DÂN")
        # (a group row merged across the table has no pipe: "**I. CÔNG TÁC TUYÊN TRUYỀN**" between two rows)
        rows = [md.cells(line.text)]
        j = i + 2
        while j < len(page) and (not page[j].blank or _break_line(page[j])) and ("|" in page[j].text or (
                j + 1 < len(page) and "|" in page[j + 1].text and (_group_row_line(page[j].text) or _break_line(page[j])))):
            if _break_line(page[j]):
                pass  # an empty hard break between two rows ("  "): the table goes on
            elif "|" in page[j].text:
                rows.append(md.cells(page[j].text, outer=False))
            else:
                rows.append([md.strip_emphasis(page[j].text.strip())] * len(rows[0]))
            j += 1
        return j, table_blocks(rows, loc)
    if "|" in line.text and (head := bare_pipe_header(line.text)):
        # a table a scraper flattened to lines, " | " between its cells and no rule under its header: "TT |
        # Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành" / "1 | Tuyên truyền ... |
        # Phòng Văn hóa và Thông tin | ..." (the lines after the header with as many cells are its rows)
        # (a blank line between two rows, as a scrape of one paragraph per row leaves, is skipped)
        rows, used = bare_pipe_rows(head, (None if ln.blank else ln.text for ln in page[i + 1:]))
        if len(rows) >= 2:
            return i + 1 + used, table_blocks(rows, loc)
    if "|" in line.text and (wrapped := _wrapped_pipe_rows(page, i)) is not None:
        return wrapped[0], table_blocks(wrapped[1], loc)
    if line.text.strip() == "|":
        j = i
        while j < len(page) and not page[j].blank:
            j += 1
        j = _lone_pipe_end(page, i, j)
        split = _lone_pipe_split_at(page, i, j)
        if split is None:
            run = [ln.text for ln in page[i:j]]
            rows = md.lone_pipe_rows(run, wrap.join_cell_lines)
            # a run of several tables with their captions between and no blank line, which no width reads or
            # one reads as nonsense (md.lone_pipe_tables): each table on its own
            split = _lone_pipe_split(page, i, j, run)
            if rows is not None and len(split) < 2:
                return j, table_blocks(rows, loc)
        if split:
            if i in split:
                end, rows = split[i]
                return end, table_blocks(rows, loc)
            return None
    if "\t" in line.text and (first := _tab_row(line.text)):
        rows, j, end = [], i, i
        while j < len(page):
            if row := _tab_row(page[j].text) or _tab_group_row(page, j):
                rows.append(row)
                j = end = j + 1
            elif page[j].blank and rows and j + 1 < len(page) and len(_tab_row(page[j + 1].text) or ()) == len(first):
                j += 1  # a blank line between two rows of as many cells (a page copied with a blank line after each line)
            else:
                break
        if len(rows) >= 2:
            return end, table_blocks(rows, loc)
    return None


def _tab_group_row(page: list[Line], j: int) -> list[str] | None:
    """A group row of a tab table that lost its merged cells: its code and its label alone ("A<tab>Phần mềm dùng
    chung", "II<tab>Hạ tầng"), a row of the table after it."""
    cells = [c.strip() for c in page[j].text.split("\t")]
    if len(cells) == 2 and GROUP_CODE.match(cells[0]) and cells[1] and j + 1 < len(page) and _tab_row(page[j + 1].text):
        return cells
    return None


LONE_PIPE_CELL_LINES = 15  # more lines between two pipes than a cell of a one-cell-a-line table holds ...
LONE_PIPE_BODY_LINES = 60  # ... with a section heading among them ("**II. NHIỆM VỤ**"), or this many with none
_SECTION_HEADING = re.compile(r"^[*_\s]*[IVX]{1,5}\.\s+\S")


def _lone_pipe_end(page: list[Line], i: int, j: int) -> int:
    """Where a one-cell-a-line pipe table that opens at line i ends, its run of lines reaching j:
    at the pipe before a stretch of lines no cell holds (more than LONE_PIPE_CELL_LINES with a
    section heading among them, or LONE_PIPE_BODY_LINES), when there is one: a scrape with no blank
    lines runs the header's table, the body and the signature's table together (a long
    recipients' cell, "Nơi nhận:" and twenty lines, stays a cell)."""
    last_pipe, count, heading = i, 0, False
    for k in range(i + 1, j):
        text = page[k].text
        if text.strip() == "|":
            last_pipe, count, heading = k, 0, False
            continue
        count += 1
        heading = heading or _SECTION_HEADING.match(text) is not None
        if count > LONE_PIPE_BODY_LINES or (count > LONE_PIPE_CELL_LINES and heading):
            return last_pipe + 1
    return j


# the one-cell-a-line tables found in the last run of lines that held several with no blank line between
# (md.lone_pipe_tables): [the page, the run's first and end line, {first line: (end line, rows)}]
_LONE_PIPE_SPLIT: list = [None, 0, 0, {}]


def _lone_pipe_split(page: list[Line], i: int, j: int, run: list[str]) -> dict[int, tuple[int, list[list[str]]]]:
    """The tables of a run of one-cell-a-line pipe lines that is no one table (page[i:j], its text
    `run`): several tables with their captions between and no blank line, or a table and text after
    its last pipe (md.lone_pipe_tables), by first line. Kept for the pipe lines after i in the same
    run, which are then read from it (each pipe line reading the rest of the run again was quadratic)."""
    found = {i + a: (i + b, rows) for a, b, rows in md.lone_pipe_tables(run, wrap.join_cell_lines)}
    _LONE_PIPE_SPLIT[:] = [page, i, j, found] if found else [None, 0, 0, {}]
    return found


def _lone_pipe_split_at(page: list[Line], i: int, j: int) -> dict[int, tuple[int, list[list[str]]]] | None:
    """The split of the run that line i lies in (ending at j) when one was made (_lone_pipe_split), else None."""
    held, first, end, found = _LONE_PIPE_SPLIT
    return found if held is page and first <= i < end and end == j else None


def bare_pipe_rows(head: list[str], texts: Iterable[str | None]) -> tuple[list[list[str]], int]:
    """The rows of a bare pipe table under its `head` (bare_pipe_header): the texts after it
    with as many " | " cells, until one has not (None is a blank line between rows, skipped);
    and how many texts they took, blanks between them included."""
    rows, used = [head], 0
    for n, text in enumerate(texts):
        if text is None:
            continue
        found = md.cells(text, outer=False) if "|" in text else []
        if len(found) != len(head):
            break
        rows.append(found)
        used = n + 1
    return rows, used


WRAPPED_HEADER_LINES = 6  # the most lines a page wraps a bare pipe table's header over


def _wrapped_pipe_rows(page: list[Line], i: int) -> tuple[int, list[list[str]]] | None:
    """A bare pipe table whose rows a page wrapped, each row a paragraph of lines set off by blank lines
    (a Markdown table with no rule printed to PDF, read by `pdftotext -layout`: "TT | Nội dung nhiệm vụ |
    ... | Thời gian" / "hoàn thành", then "1 | Tuyên truyền ... | Phòng" / "Văn hóa và Thông tin | ..."): the
    header's lines joined are a bare_pipe_header, each block after it joined has as many cells. (index
    after the last row, the rows), or None; two rows at least."""
    def block(k: int, most: int | None = None) -> tuple[int, str]:
        end = k
        stop = len(page) if most is None else min(len(page), k + most + 1)
        while end < stop and not page[end].blank:
            end += 1
        return end, " ".join(ln.text.strip() for ln in page[k:end])

    # (a header wrapped over more lines than WRAPPED_HEADER_LINES is none: a text with no blank line would
    # otherwise be joined whole at each of its lines with a pipe)
    end, text = block(i, WRAPPED_HEADER_LINES)
    head = bare_pipe_header(text) if 1 < end - i <= WRAPPED_HEADER_LINES else None
    if head is None:
        return None
    rows, k, last = [head], end, end
    while True:
        while k < len(page) and page[k].blank:
            k += 1
        if k >= len(page):
            break
        end, text = block(k)
        cells = md.cells(text, outer=False) if "|" in text else []
        if len(cells) != len(head):
            break
        rows.append(cells)
        k = last = end
    return (last, rows) if len(rows) >= 3 else None


def bare_pipe_header(text: str) -> list[str] | None:
    """The cells of a header line of a pipe table with no outer pipes and no rule: three or more
    cells, a code heading first, then column names only (grid.TEXT_HEADING)."""
    found = md.cells(text, outer=False)
    if len(found) < 3 or not CODE_HEAD.match(found[0]) or not all(grid.TEXT_HEADING.match(c) for c in found[1:]):
        return None
    return found


# ---------------------------------------------------------------------------
# Two columns on one line

# what a header or signature column holds: a layout pattern that lets a single line split
LAYOUT_CELL = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN|(?:TỈNH|HUYỆN|THÀNH|ĐẢNG) ỦY|Số\s*:|[^\d,]{2,40},\s*ngày|(?:TM|KT|Q|TL|TUQ)\s*\.|"
                         r"Nơi nhận|Kính gửi|[-–]\s*Như trên|[-–]\s*Lưu|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|"
                         r"BỘ TRƯỞNG|THỦ TRƯỞNG|CHÁNH)|ỦY BAN|UỶ BAN|SỞ |BỘ |[-_=.]{3,}$)", re.I)
# a form's blank to fill in, not a gap between columns: "ngày      tháng 5", "Số:      /KH-UBND"
BLANK_FIELD = re.compile(r"(?:\bngày|\btháng|\bnăm|\bSố\s*:?|\bsố)\s*$", re.I)
# lines a two-column band may run over (a header or a signature is a few lines; the cap keeps
# the search linear on a long text whose lines all have a wide gap but make no band)
MAX_BAND = 60
COLUMN_SPLIT = re.compile(r"\S+(?: {1,2}\S+)*")  # cut at three or more spaces


@functools.lru_cache(maxsize=4096)
def _column_segments(text: str) -> tuple[tuple[int, int, str], ...]:
    """A line cut at three or more spaces; a form's blank ("ngày      tháng") does not cut.
    Remembered: the band search asks about the same lines again."""
    out: list[tuple[int, int, str]] = []
    for m in COLUMN_SPLIT.finditer(_plain_spaces(text)):
        if out and BLANK_FIELD.search(out[-1][2]):
            out[-1] = (out[-1][0], m.end(), f"{out[-1][2]} {m.group(0)}")
        else:
            out.append((m.start(), m.end(), m.group(0)))
    return tuple(out)


# a lone line that a header's or a signature's column never holds: the document's type on
# its own ("KẾ HOẠCH", "QUYẾT ĐỊNH"), a numbered heading or item, the body's first words
NOT_A_COLUMN_LINE = re.compile(r"^(?:(?:" + docnum.TYPE_ALT.upper() + r")(?:\s+[" + UPPER + r"]+){0,2}\s*$|"
                               r"[IVXLC]{1,6}[.)]\s|\d{1,3}(?:\.\d{1,2})*[.)]\s|(?:Căn cứ|Thực hiện|Xét đề nghị)\b|"
                               r"(?:Phụ lục|PHỤ LỤC|Biểu số|BIỂU SỐ|Biểu mẫu|BIỂU MẪU)\b)")  # (an annex's heading)


# the first item of a signature's columns: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
SIGNATURE_ITEM = re.compile(r"^(?:Nơi nhận|" + AUTHORITY_MARK + r")", re.I)


SIGNING_SPACE = 8  # the blank lines a signature's space to sign in leaves, at most


def _signature_goes_on(band: list, strip: tuple[int, int], line: Line) -> bool:
    """After a blank line, does a signature band (one holding "Nơi nhận" or "TM." / "KT.")
    go on with `line`, a line of its left or right column only (a recipient, the signer's
    name)? Not a heading or the body's first words."""
    if not any(SIGNATURE_ITEM.match(text) for _, segs in band for _, _, text in segs):
        return False
    s = _column_segments(line.text)
    if len(s) != 1 or NOT_A_COLUMN_LINE.match(s[0][2]) or PAGE_NUMBER.match(s[0][2]):
        return False  # a heading, the body's first words, a page number
    return s[0][1] <= strip[1] - 1 or s[0][0] >= strip[0] + 1


# a signature's right column is centred: a name wider than the title over it starts left of the title, and
# may start left of where a recipient's longer line above ends (proportional type set in monospace columns:
# "- Bộ Nông nghiệp và Môi trường (b/c);" to column 37, "- UBND đặc khu Cồn Lau;             Lê Văn Tâm" from 36)
NAME_GAP = 8  # the spaces between a recipient and the name at least
NAME_OVERLAP = 3  # columns the name may start left of the longest recipient's end


def _recipient_goes_on(band: list, strip: tuple[int, int], line: Line) -> bool:
    """After a page break, does a signature band go on with `line`, a recipient of its left column alone
    ("- UBND tỉnh (b/c);": an item's mark first, ending left of the strip's right edge)?"""
    s = _column_segments(line.text)
    if len(s) != 1 or s[0][1] > strip[1] - 1 or not _signature_goes_on(band, strip, line):
        return False
    if s[0][2][:1] in "-–+•":
        return True
    # or the rest of the last recipient, the items run on as a paragraph ("... ; - TT Tỉnh ủy, TT HĐND" / page
    # break / "tỉnh; - Các sở, ban, ngành tỉnh; -"): in small letters, after a left line no item ends on
    last = next((segs[0][2] for _, segs in reversed(band) if segs and segs[0][1] <= strip[1] - 1), "")
    return s[0][2][:1].islower() and " - " in f" {last}" and not last.rstrip().endswith((";", ".", ":", ","))


def _centred_name(band: list, s: tuple, lone_end: int) -> bool:
    """Whether a two-piece line of a signature band is a recipient beside a name that starts a little left of
    where the left column's longest line ends: the line's own gap wide, the name a person's (two to five
    words in capitals, no digits, no item marks)."""
    if not any(SIGNATURE_ITEM.match(text) for _, segs in band for _, _, text in segs):
        return False
    name = s[1][2].strip()
    words = name.split()
    return (s[1][0] - s[0][1] >= NAME_GAP and s[1][0] >= lone_end - NAME_OVERLAP and 2 <= len(words) <= 5
            and all(w[:1].isupper() and w.isalpha() for w in words) and not name.isupper())


MIN_ALTERNATE = 4  # lines a header band set on alternate lines takes at least


def alternate_columns(page: list[Line], i: int) -> tuple[int, list[Line], list[Line]] | None:
    """A header's two columns set on alternate lines (`pdftotext -layout` of a PDF whose columns' baselines
    differ: no line holds both): from line i, lines of one piece each, indented, every one either left of
    where the national title's line starts or at or right of it; the national title among the right ones,
    two lines or more on each side; the band opens in the left column or with the national title. (index
    after the band, left lines, right lines), as two_columns."""
    band: list[tuple[int, int, str]] = []  # (line index, start, text)
    k = i
    while k < len(page) and not page[k].blank:
        text = page[k].text
        segs = _column_segments(text)
        if len(segs) != 1:
            break
        band.append((k, int(segs[0][0]), segs[0][2]))
        k += 1
    titles = [start for _, start, text in band if tuple(_bare_words(text)[:6]) == NATIONAL_WORDS[:6]]
    if len(band) < MIN_ALTERNATE or len(titles) != 1:
        return None
    middle = titles[0]
    while band and band[-1][1] + len(band[-1][2]) < middle - 1:
        band.pop()  # lines after the right column's last (the number, the title) are the body's
    k = band[-1][0] + 1 if band else k
    left = [(n, text) for n, start, text in band if start + len(text) < middle - 1]
    right = [(n, text) for n, start, text in band if start >= middle - 1]
    if len(left) + len(right) != len(band) or len(left) < 2 or len(right) < 2:
        return None
    # a band that opens in the right column is a centred title, not a header's left column, unless the
    # national title itself opens it (the right column set the higher: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" /
    # "BỘ TÀI NGUYÊN VÀ MÔI" / "NAM" / "TRƯỜNG")
    if band[0][1] >= middle - 1 and tuple(_bare_words(band[0][2])[:6]) != NATIONAL_WORDS[:6]:
        return None
    return k, [Line(page[n].number, text, page[n].page, column=True) for n, text in left], \
        [Line(page[n].number, text, page[n].page, column=True) for n, text in right]


def two_columns(page: list[Line], i: int) -> tuple[int, list[Line], list[Line]] | None:
    """Lines from i set in two columns (a gap of three or more spaces that runs down
    every line of the band): (index after the band, left lines, right lines). A lone
    line splits only when one side is a header or signature item; a sentence with a
    wide gap inside stays whole."""
    if "   " not in page[i].text and "\t" not in page[i].text and not NBSP_RE.search(page[i].text):
        return None  # no gap of three spaces: one column
    if "\t" in page[i].text.strip(" \t") and "   " not in page[i].text:
        return _tab_band(page, i)  # columns set with tabs: positions mean nothing
    segs = _column_segments(page[i].text)
    if len(segs) != 2 or _labelled(segs):
        return None
    band = [(i, segs)]
    # the free strip between the columns: it must stay free on every line of the band
    strip = (segs[0][1], segs[1][0])
    # where the lines of the left column alone end: such a line may run up to the right
    # column (proportional type set in monospace columns), never into it, and it does not
    # narrow the strip the two-column lines must keep free
    lone_end = 0
    strips: dict[int, tuple[int, int]] = {}  # the strip of each page the band left
    signed = False  # the band went over a signature's space to sign in to the names
    j = i + 1
    while j < min(len(page), i + MAX_BAND):
        line = page[j]
        if line.page != page[j - 1].page and len(_column_segments(line.text)) != 2 \
                and not _recipient_goes_on(band, strip, line):
            break  # a signature goes on over a page break in two columns or with a recipient; a title ("PHỤ LỤC") does not
        if line.blank:
            # a blank line inside a header band is common; it ends the band unless two
            # columns go on right after it, or (a signature set double-spaced, as pdftotext
            # -layout gives a PDF's spaced paragraphs) a line of one of its columns
            if signed:
                break  # (the names end the signature: "Nơi nhận" under them is a band of its own)
            if j + 1 < len(page) and (len(_column_segments(page[j + 1].text)) == 2
                                      or _signature_goes_on(band, (max(strip[0], lone_end), strip[1]),
                                                            page[j + 1])):
                j += 1
                continue
            # a signature's space to sign in, several blank lines, before the signers' names
            # in two columns ("KT. BỘ TRƯỞNG     KT. BỘ TRƯỞNG" / ... / "Lê Văn An     Trần Thị Hà")
            k = j
            while k < min(len(page), j + SIGNING_SPACE) and page[k].blank and page[k].page == line.page:
                k += 1
            if k < len(page) and k > j + 1 and not page[k].blank and page[k].page == line.page \
                    and len(_column_segments(page[k].text)) == 2 \
                    and any(SIGNATURE_ITEM.match(text) for _, segs in band for _, _, text in segs):
                j, signed = k, True
                continue
            break
        s = _column_segments(line.text)
        if len(s) == 2 and _labelled(s):
            break  # "2.      Mục tiêu cụ thể": a list item under the band
        if len(s) == 2 and line.page != page[band[-1][0]].page:
            # a new page: pdftotext -layout sets each page's columns anew, so its strip is its own
            # ("- Các phòng, ban thuộc" / page break / "huyện;        Vi Thị Hòa", further left)
            strips[page[band[-1][0]].page] = strip
            strip, lone_end = (s[0][1], s[1][0]), 0
            new = strip
        elif len(s) == 2:
            new = (max(strip[0], s[0][1]), min(strip[1], s[1][0]))
            if lone_end > new[1] - 1 and _centred_name(band, s, lone_end):
                new = (new[0], strip[1])  # (the name's own gap cuts its line; the strip keeps its right edge)
            elif lone_end > new[1] - 1:
                break
        elif len(s) == 1 and NOT_A_COLUMN_LINE.match(s[0][2]):
            break  # "KẾ HOẠCH", "I. MỤC TIÊU", "Căn cứ ...": the body under the band, not its left column
        elif len(s) == 1 and s[0][1] <= strip[1] - 1:
            new = strip  # a line in the left column only (it may be the longest)
            lone_end = max(lone_end, s[0][1])
        elif len(s) == 1 and s[0][0] >= max(strip[0], lone_end) + 1:
            new = (strip[0], min(strip[1], s[0][0]))  # in the right column only
            if lone_end > new[1] - 1:
                break
        else:
            break
        if new[1] - new[0] < (1 if len(s) == 2 else 2):
            break  # (two cells a line may close the strip to one column: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" under "UBND TỈNH X")
        strip = new
        band.append((j, s))
        j += 1
    two = [b for b in band if len(b[1]) == 2]
    lone_ok = any(LAYOUT_CELL.match(s[0][2]) or LAYOUT_CELL.match(s[1][2]) for _, s in two)
    if len(two) < 2 and not lone_ok:
        return None
    if len(two) >= 2 and not lone_ok and not _aligned([s[1] for _, s in two]):
        return None
    # the band ends after its last two-column line or column line
    end = band[-1][0] + 1
    left: list[Line] = []
    right: list[Line] = []
    for k, s in band:
        line = page[k]
        for x0, x1, text in s:
            target = left if x1 <= strips.get(line.page, strip)[1] - 1 else right
            target.append(Line(line.number, text, line.page, column=True))
    return end, left, right


def three_columns(page: list[Line], i: int) -> tuple[int, list[list[Line]]] | None:
    """A header in three columns from line i (a joint plan's: two issuers side by side, the
    national title and motto right of them), as `pdftotext -layout` interleaves them line by
    line: "          BỘ TÀI CHÍNH" / "BỘ NỘI VỤ        CỘNG HÒA XÃ HỘI ..." / "  -------
    Độc lập - ...". The band is the run of lines from i up to a blank line; the right column
    starts where the national title or the motto does (every segment right of it, all others
    left of it), and a free strip cuts the rest in two, each side with an issuer line in
    capitals: (index after the band, the three columns' lines)."""
    band: list[tuple[int, list[tuple[int, int, str]]]] = []
    j = i
    while j < len(page) and j < i + HEADER_LINES and not page[j].blank:
        band.append((j, list(_column_segments(page[j].text))))
        j += 1
    segs = [s for _, line in band for s in line]
    title = [s for s in segs if NATIONAL.match(s[2]) or MOTTO.match(s[2])]
    if len(band) < 3 or not title:
        return None
    right = min(s[0] for s in title) - 3
    rest = [s for s in segs if s[0] < right]
    if not rest or any(s[1] > right for s in rest):
        return None
    # the strip between the two issuers: after the end of every segment left of it
    for cut in sorted({s[1] for s in rest}):
        left = [s for s in rest if s[1] <= cut]
        middle = [s for s in rest if s[1] > cut]
        if all(s[0] >= cut + 2 for s in middle) and left and middle:
            break
    else:
        return None
    if not any(_caps_line(s[2]) and not NATIONAL.match(s[2]) and s[2].strip("-_=. ") for s in left) or \
            not any(_caps_line(s[2]) and s[2].strip("-_=. ") for s in middle):
        return None
    columns: list[list[Line]] = [[], [], []]
    for k, line in band:
        for s in line:
            target = 2 if s[0] >= right else 0 if s[1] <= cut else 1
            columns[target].append(Line(page[k].number, s[2], page[k].page, column=True))
    return j, columns


TAB_GAP = re.compile(r"\t+")  # the gap a Word line's tabs make between its columns
LABEL_ONLY = re.compile(r"^(?:[-+•*]|\(?\w{1,4}[.)/])$")  # "1.", "a)", "-" before a tab: a list item's label


# a header or signature item, the mark of a band of columns set with tabs
TAB_BAND_CELL = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN|Số\s*:|[^\d,]{2,40},\s*ngày|"
                           r"(?:TM|KT|Q|TL|TUQ)\s*\.|Nơi nhận|Kính gửi|[-–]\s*Như trên|[-–]\s*Lưu)")


def _tab_band(page: list[Line], i: int) -> tuple[int, list[Line], list[Line]] | None:
    """A band of a text file whose columns a tab separates (a Word document saved as text:
    "UBND HUYỆN X<tab>CỘNG HÒA ..." / "- UBND các xã;" / "- Lưu: VT.<tab>Lê Văn A"): the
    columns are what the tab separates, whatever the character positions. A line with no
    tab between two tab lines belongs to the left column. One of its cells must be a
    header or signature item; "1.<tab>Nội dung" is no band."""
    cuts: list[tuple[int, list[str]]] = []
    j = i
    while j < min(len(page), i + MAX_BAND) and not page[j].blank:
        cut = TAB_GAP.split(page[j].text.strip(" "))
        if len(cut) == 2 and (cut[0].strip() or cut[1].strip()) and not LABEL_ONLY.match(cut[0].strip()):
            cuts.append((j, cut))
        elif len(cut) == 1 and j + 1 < len(page) and len(TAB_GAP.split(page[j + 1].text.strip(" "))) == 2:
            cuts.append((j, [cut[0], ""]))  # a left-column line between tab lines
        else:
            break
        j += 1
    if not any(TAB_BAND_CELL.match(part.strip()) for _, cut in cuts for part in cut):
        return None
    left = [Line(page[k].number, cut[0].strip(), page[k].page, column=True) for k, cut in cuts if cut[0].strip()]
    right = [Line(page[k].number, cut[1].strip(), page[k].page, column=True) for k, cut in cuts if cut[1].strip()]
    return j, left, right


def in_column_order(texts: list[str]) -> list[tuple[int, str]]:
    """Lines that are paragraphs already (a Word document's) with their two-column bands
    read one column after the other ("ỦY BAN NHÂN DÂN<tab><tab>CỘNG HÒA ..."): (index of the
    source line, text). Word sets such a band with tabs to its tab stops, so a line's
    columns are what its tabs separate, not character positions. A band is a run of lines
    with one tab gap each, one of them a header or signature item; a centred "KẾ HOẠCH"
    under it (no tab) is no column line, and "1.<tab>Nội dung" is no band. Lines are never
    joined; other lines come back as they are."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(texts):
        j = i
        while (j < len(texts) and len(cut := TAB_GAP.split(texts[j].strip(" "))) == 2 and (cut[0] or cut[1])
               and not LABEL_ONLY.match(cut[0].strip())):
            j += 1
        cuts = [TAB_GAP.split(texts[k].strip(" ")) for k in range(i, j)]
        if cuts and any(LAYOUT_CELL.match(part.strip()) for cut in cuts for part in cut if part.strip()):
            out.extend((i + n, cut[0].strip()) for n, cut in enumerate(cuts) if cut[0].strip())
            out.extend((i + n, cut[1].strip()) for n, cut in enumerate(cuts) if cut[1].strip())
            i = j
            continue
        out.append((i, texts[i]))
        i += 1
    return out


# a list item's label that Word sets before a tab: "1.", "2.3.", "IV.", "a)", "(1)", "-", "•"
LIST_LABEL = re.compile(r"^(?:[-+•*–○■▪◦]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)])$")
LABEL_TAB = 12  # characters: the widest gap pdftotext -layout leaves between a label and its text


def _labelled(segs) -> bool:
    """Whether a line of two segments is a list item: its label alone, the tab after it
    (pdftotext -layout: "I.      MỤC TIÊU", "-     Thành lập mới ..."), then its text. A
    column of labels is no column of a header or a signature."""
    return LIST_LABEL.match(segs[0][2]) is not None and segs[1][0] - segs[0][1] <= LABEL_TAB


def _aligned(rights: list[tuple[int, int, str]], tol: int = 3) -> bool:
    """Right-hand cells that start, end or centre on one column."""
    for key in (lambda s: s[0], lambda s: s[1], lambda s: (s[0] + s[1]) / 2):
        values = [key(s) for s in rights]
        if max(values) - min(values) <= tol * 2:
            return True
    return False
