"""Page items (lines with their x extent, and tables) to blocks: running headers,
footers and page numbers dropped, a table a page break cut joined again
(extractors.layout.continued), wrapped lines joined into paragraphs.

A page item is ("line", (x0, x1, text)) or ("table", rows), in reading order; a line set in
bold is ("line", (x0, x1, text, True)).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from extractors.blocks import RawBlock
from extractors.layout import cell_lines, contents
from extractors.layout.cells import is_layout_table, layout_table_blocks
from extractors.layout.continued import continues, finishes_row, join, joined_cut_header, with_code_column
from extractors.layout.one_line import LABELLED, LONE_LABEL
from extractors.layout.text import (FULL_MOTTO, GLUED_RULE, NATIONAL_TITLE, PAGE_NUMBER, bare_pipe_header, bare_pipe_rows,
                                   edge_furniture, names_own_number, own_date, own_number, running_number_header,
                                   table_blocks)
from extractors.layout.words import PRINT_ADDRESS, PRINT_STAMP, continued_rows, line_items, page_item
from extractors.layout.wrap import (CODE_CUT, CODE_REST, CONNECTOR_END, DISTRIBUTIVE_END, HEAD_WORD_END, STARTS_BLOCK,
                                   appendix_cut, date_cut, enumeration_goes_on, goes_on_capital, goes_on_start)

# A line that starts a new paragraph: one definition for text and positioned lines
_STARTS_BLOCK = STARTS_BLOCK


def own_ids(per_page: list[list[tuple[str, object]]]) -> tuple[str | None, tuple[int, int, int] | None]:
    """The document's own number and date, as its first page's header states them (own_number, own_date)."""
    first_page = [p[2] for k, p in per_page[0] if k == "line"] if per_page else []
    return own_number(first_page), own_date(first_page)


def furniture(per_page: list[list[tuple[str, object]]], own: tuple = (None, None)) -> set[str]:
    """Lines that repeat at the top or bottom of many pages and nowhere else (running headers, footers:
    layout.text.edge_furniture), a running header that is the document's own number (`own`: own_ids), and a line
    set at the same place atop (or at the foot of) every page (placed_edges); and the rest of a running header that
    wraps, the short line under it atop two pages or more (wrapped_rest)."""
    lines = [[p[2] for k, p in items if k == "line"] for items in per_page]
    found = edge_furniture(lines) | running_number_header(
        [next((p[2] for k, p in items if k == "line"), None) for items in per_page[1:]], *own) | placed_edges(per_page)
    return found | wrapped_rest(lines, found)


WRAPPED_REST_CHARS = 40  # the rest of a running header that wrapped is a few words ("tỉnh Bảo Sơn")


def wrapped_rest(pages: list[list[str]], headers: set[str]) -> set[str]:
    """The rest of a running header too long for the header's width: the line right under a page's first line that
    is a running header (`headers`, digits as "#"), the same short line there on two pages or more, and nowhere else
    under the header ("Kế hoạch số 118/KH-UBND ngày 22/3/2027 của UBND" / "tỉnh Bảo Sơn"). The header's line must
    leave its words open (no closing mark), and the rest holds no list mark or number of its own."""
    rests: Counter = Counter()
    others: set[str] = set()
    for lines in pages:
        if len(lines) < 2 or re.sub(r"\d+", "#", lines[0]) not in headers:
            continue
        first, rest = lines[0].rstrip(), lines[1].strip()
        if first[-1:] in ".;:!?)" or len(rest) > WRAPPED_REST_CHARS or not rest[:1].isalpha() or re.search(r"\d", rest):
            others.add(rest)
        else:
            rests[rest] += 1
    return {r for r, n in rests.items() if n >= 2 and r not in others}


def placed_edges(per_page: list[list[tuple[str, object]]]) -> set[str]:
    """The line (digits as "#") that is the first line of EVERY page, or the last, two pages or more, the same
    words set at the same place on each (its top and its start within SAME_TOP and SAME_X): a running header or
    footer, however few the pages ("Kế hoạch số 203/KH-UBND ngày 09/9/2028 của UBND tỉnh Nam Hải" atop both
    pages of two, a date in it: a body's line never opens the first page and the next at one place). A line in
    capitals is none (two one-page documents in one file, each opening on "ỦY BAN NHÂN DÂN" at one place), nor is
    a line whose place is not known (no `top`)."""
    found: set[str] = set()
    if len(per_page) < 2:
        return found
    for pick in (0, -1):
        edge = [lines[pick] if (lines := [p for k, p in items if k == "line"]) else None for items in per_page]
        if any(p is None or getattr(p, "top", None) is None for p in edge):
            continue
        keys = {re.sub(r"\d+", "#", " ".join(p[2].split())) for p in edge}
        tops, starts = [p.top for p in edge], [p[0] for p in edge]
        if len(keys) == 1 and max(tops) - min(tops) <= SAME_TOP and max(starts) - min(starts) <= SAME_X \
                and edge[0][2] != edge[0][2].upper():
            found |= keys
    return found


def _dropped(items: list[tuple[str, object]], repeated: set[str]) -> set[int]:
    """Items of a page that are furniture: a bare number at the page's top or bottom (a
    page number; "2030" alone on a title's second line is not), a running header or footer.
    A bare number on the second line from an edge is a page number when the line outside
    it is furniture (a running header), or when such numbers repeat over the pages: below
    a row's rest that a page break carried over ("Tháng 7 hằng năm" / "2" / "Mở lớp ...")
    it is the next row's code."""
    line_at = [i for i, (k, _) in enumerate(items) if k == "line"]
    furn = {i for i in line_at if re.sub(r"\d+", "#", items[i][1][2]) in repeated}
    near = set(line_at[:2] + line_at[-2:])  # (the two lines at each edge)
    edges = set(line_at[:1] + line_at[-1:]) | {inner for inner, outer in zip(line_at[1:2] + line_at[-2:-1],
                                                                             line_at[:1] + line_at[-1:]) if outer in furn}
    # (a repeated bare number, the page numbers' pattern, only at the edges too: a row code
    # "2" alone on its line inside a table flattened into lines is no page number)
    found = {i for i in line_at if (i in edges and PAGE_NUMBER.match(items[i][1][2]))
             or (i in furn and (i in near or not PAGE_NUMBER.match(items[i][1][2])))}
    found = {i for i in found if not (PAGE_NUMBER.match(items[i][1][2]) and _in_body(items, line_at, i))}
    return found | _browser_print_band(items, line_at)


PRINT_BAND = 2  # the lines at each edge of a page a browser's running header or footer takes
SAME_TOP = 3.0  # points: lines whose tops lie this close are set on one visual line


def _browser_print_band(items: list[tuple[str, object]], line_at: list[int]) -> set[int]:
    """A browser's running header and footer on a printed web page: at a page's top or foot,
    a line that is a date and a clock time alone (the print's time) or a web address alone
    (the page's URL), with the lines set beside it on the same visual line (the page's
    title, the page count). A date without a clock time or an
    address inside a sentence is text; so is such a line away from the page's edges."""
    out: set[int] = set()
    for band in (line_at[:PRINT_BAND], line_at[-PRINT_BAND:]):
        for i in band:
            if PRINT_STAMP.match(items[i][1][2]) or PRINT_ADDRESS.match(items[i][1][2]):
                top = getattr(items[i][1], "top", None)
                out.add(i)
                out |= {k for k in line_at if top is not None and k != i
                        and abs((getattr(items[k][1], "top", None) or -1e9) - top) <= SAME_TOP}
    return out


BODY_PITCH = 1.25  # a line at most this many times the page's usual line pitch from its neighbour is set among them


def _in_body(items: list[tuple[str, object]], line_at: list[int], i: int) -> bool:
    """Whether a bare number at a page's edge is set as a line of the body, not a page
    number: it starts where the line beside it (toward the page's middle) starts and lies
    at the page's usual line pitch from it ("Truyền thông ..." / "360" / "3" at a page's
    foot: a table printed one cell a line, its amounts and row codes cut by the page break).
    A page number is set apart, in the header or the footer, centred or to the right."""
    tops = [getattr(items[k][1], "top", None) for k in line_at]
    if any(t is None for t in tops) or len(tops) < MIN_BODY_LINES:
        return False
    gaps = sorted(b - a for a, b in zip(tops, tops[1:]) if b > a)
    if not gaps:
        return False
    pitch = gaps[len(gaps) // 2]
    n = line_at.index(i)
    for m in (n - 1, n + 1):  # one neighbour each side: a line of the body on either is enough
        if 0 <= m < len(line_at):
            mine, other = items[i][1], items[line_at[m]][1]
            if abs(mine[0] - other[0]) <= SAME_X and abs(tops[n] - tops[m]) <= BODY_PITCH * pitch:
                return True
    return False


MIN_BODY_LINES = 5  # lines a page needs for its line pitch to be told


def join_cut_tables(per_page: list[list[tuple[str, object]]], repeated: set[str],
                    own: tuple = (None, None)) -> list[list[tuple[str, object]]]:
    """A table that starts a page right under a table that ended the page before (nothing
    but furniture between) goes on with it when extractors.layout.continued says so; a
    row the page break cut is one row again. A table drawn without rules that ended a page
    (its columns' starts given) goes on with the lines at the next page's top that sit in
    its columns (extractors.layout.words.continued_rows); the rest of that page is read
    anew from its lines. A line between the two that names the document's own number as a
    running header does (a section's header that its first page leaves out: "Phụ lục nhiệm vụ -
    Kế hoạch số 61/KH-UBND của UBND huyện Tân Lạc" atop the annex's second page alone) is furniture
    too (`own`: the document's own number and date, own_ids)."""
    out = [list(items) for items in per_page]
    open_table: tuple[int, int, list[float] | None] | None = None  # (page, item, column starts) of a table that ended its page
    for p, items in enumerate(out):
        opened = items.pop(0)[1] if items and items[0][0] == "open" else None
        if open_table is not None and open_table[2] is not None and opened is not None \
                and (got := continued_rows(open_table[2], opened)) is not None:
            q, t, _ = open_table
            above, rows = out[q][t][1], got[0]
            if continues(above, rows) and (rows[0][0].strip() or finishes_row(above[-1], rows[0])):
                out[q][t] = ("table", join(above, rows))
                items[:] = [page_item(k, v) for k, v in line_items(opened[got[1]:])] + \
                    [item for item in items if item[0] == "footnote"]
                if not any(kind != "footnote" for kind, _ in items):
                    continue  # the table fills the page: it may go on over the next one
        dropped = _dropped(items, repeated)  # (once a page: it looks at every line of the page)
        kept = [i for i in range(len(items)) if i not in dropped and items[i][0] not in ("footnote", "columns")]
        if open_table is not None and len(kept) >= 2 and items[kept[0]][0] == "line" and items[kept[1]][0] == "table" \
                and names_own_number(" ".join(items[kept[0]][1][2].split()), *own) \
                and continues(out[open_table[0]][open_table[1]][1], items[kept[1]][1]):
            items[kept[0]] = ("joined", None)  # (the running header: left out with the join's marks)
            kept = kept[1:]
        if open_table is not None and kept and items[kept[0]][0] == "table":
            q, t, _ = open_table
            above = out[q][t][1]
            rows = with_code_column(above, items[kept[0]][1])
            joined = join(above, rows) if continues(above, rows) else joined_cut_header(above, rows)
            if joined is not None:
                out[q][t] = ("table", joined)
                items[kept[0]] = ("joined", None)
                kept = kept[1:]
                if not kept:
                    continue  # the table fills the page: it may go on over the next one
        open_table = None
        if kept and items[kept[-1]][0] == "table":
            after = kept[-1] + 1
            starts = items[after][1] if after < len(items) and items[after][0] == "columns" else None
            open_table = (p, kept[-1], starts)
    return [[item for item in items if item[0] not in ("joined", "columns")] for items in out]


EDGE_LINES = 3  # a page whose lines end this many or more ...
EDGE_NEAR = 3.0  # ... within this many points of its widest line's end: its own right margin


def _page_right(lines: list, doc_right: float) -> float:
    """A page's right margin: its widest line's end, but not less than the document's (a page of a few short lines,
    a signature, has no full line to tell its margin by), unless EDGE_LINES of its lines end at that place (a page
    the phone's scanning app cropped closer than the others, its text set narrower on the page: its wrapped lines
    end there)."""
    own = max((p[1] for p in lines), default=0.0)
    if own < doc_right and sum(1 for p in lines if p[1] >= own - EDGE_NEAR) >= EDGE_LINES:
        return own
    return max(own, doc_right)


INDENT = 12.0  # points right of the left margin that make a line indented
SAME_X = 1.5  # points: two lines that start this close start at the same place
HANGING = 30.0  # points: the widest list marker a hanging indent sets its text after
# a line that ends on a word closed by a quote or a bracket: '... nông thôn mới"', "... (sau đây gọi là Đề án)"
CLOSED_END = re.compile(r"\w[\"”’»)\]]+$")
_LABELLED_BULLET = re.compile(r"^-\s+[^:;,.]{1,25}:\s")  # "- Nội dung: ...", "- Đơn vị chủ trì: ..."


def _page_margin(items: list[tuple[str, object]], margin: float) -> float:
    """A page's left margin: the document's (the leftmost start MARGIN_LINES of its lines
    share), unless the page's own (the same over its lines) lies further right than
    INDENT (a portrait page beside a landscape annex, a page of another size, a scanned
    page set further right): then its own, else every line of the page would read as
    indented and start a paragraph of its own."""
    own = _left_margin([p[0] for k, p in items if k == "line"])
    return own if own is not None and own > margin + INDENT else margin


def _left_margin(starts: list[float]) -> float | None:
    """The leftmost start that MARGIN_LINES lines share (within 2 pt): a stray line further
    left (a received stamp's text, a note in the margin) is no margin. None: no such start."""
    starts = sorted(starts)
    for i, x0 in enumerate(starts):
        if i + MARGIN_LINES - 1 < len(starts) and starts[i + MARGIN_LINES - 1] <= x0 + 2:
            return x0
    return None


MARGIN_LINES = 5  # lines that start at a page's own margin for it to be one (not a signature page)


def _indented_wrap(x0: float, line: str, prev_x0: float, prev: str) -> bool:
    """Whether an indented line after a full line is that line's wrap: set as far in as it (a
    block indented as a whole: a list item's text, a quotation), or a marker's width right of
    a line that opens with one, mid-sentence (a hanging indent: "• Tỷ lệ học sinh ... đạt" /
    "95%; ..." under the text, not the bullet; a heading's body starts with a capital)."""
    if abs(x0 - prev_x0) <= SAME_X:
        return True
    return (0 < x0 - prev_x0 <= HANGING and bool(_STARTS_BLOCK.match(prev)) and not _STARTS_BLOCK.match(line)
            and not line[:1].isupper())


PITCH_SHARE = 0.25  # the document's line pitch: the pitch this share of its lines are set at or closer
SPACED = 1.8  # a line this many times the line pitch below the line above starts a paragraph
MIN_PITCHES = 10  # pitches a document needs for its line pitch to be told


def _spaced_lines(per_page: list[list[tuple[str, object]]]) -> set[int]:
    """The lines (their payloads' ids) set far below the line before them on their page: more
    than SPACED times the document's line pitch (the distance from a line's top to the next
    one's, at or under which PITCH_SHARE of its lines follow the line above). A paragraph of
    one line after another, each set apart by the space of a blank line or more (a table
    printed one cell a paragraph: "Mở lớp hướng dẫn bơi ..." over "Trung tâm Huấn luyện
    ..."), is one paragraph each, however full its lines. Lines that do not know their place
    (PlacedLine) are none."""
    gaps: list[tuple[int, float]] = []
    for items in per_page:
        above = None
        for kind, payload in items:
            if kind != "line":
                above = None  # (a table between: its lines are not measured)
                continue
            top = getattr(payload, "top", None)
            if top is not None and above is not None and top > above:
                gaps.append((id(payload), top - above))
            above = top
    if len(gaps) < MIN_PITCHES:
        return set()
    pitch = sorted(g for _, g in gaps)[int(PITCH_SHARE * len(gaps))]
    return {key for key, g in gaps if g > SPACED * pitch}


def _spaced_start(prev: str, line: str) -> bool:
    """Whether a line set far below `prev` (_spaced_lines) starts a paragraph by its words too:
    it opens with a capital (a name, a sentence) and `prev` stops where a phrase can end (no
    comma, no word a wrap leaves at a line's end: "..., các chỉ số PAR INDEX," / "PCI và ..."
    goes on over a gap a page's layout left)."""
    return line[:1].isupper() and prev[-1:] not in ",-–(" and not CONNECTOR_END.search(prev)


# a line that ends with the national title whole: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_END = re.compile(r"\b" + NATIONAL_TITLE + r"\s+VI[ỆE]T\s+NAM\s*$", re.I)
FIT_SLACK = 6.0  # points more than its first word a line must leave before the right margin for the word to have fitted
SHORT = 60.0  # points left of the page's right margin a line stops at for it to be short (a paragraph's last line)


@functools.cache
def _advance(ch: str) -> int:
    """A character's advance in a proportional face (Times' widths, in thousandths of an em; a letter
    with marks as its base letter): capitals and "m", "w" wide, spaces, commas, "i", "l", "t" narrow."""
    from pdfminer.fontmetrics import FONT_METRICS
    return FONT_METRICS["Times-Roman"][1].get(unicodedata.normalize("NFD", ch)[:1] or ch, 500)


def _word_fits(room: float, x0: float, x1: float, line: str) -> bool:
    """Whether the first word of a line (its width told by its share of the line's width,
    its letters weighed by their widths in a proportional face) would have fitted in `room`,
    the space a line above left before the right margin. A word that would not is why the
    line above stopped early: a ragged-right page (a web page, Markdown or a plain text
    printed to PDF, no justification) wraps "... trước ngày" / "31/10/2026;" with a long
    number or date, "... phối_hợp với" / "Ủy_ban_nhân_dân các xã , ..." with a wide word,
    far from the margin, mid-sentence. (By the count of characters alone, a word of capitals
    and wide letters in a line of narrow ones looked narrower than it is.)"""
    word = line.split(" ", 1)[0]
    if len(line) == 0:
        return True
    return (x1 - x0) * (sum(map(_advance, word)) + _advance(" ")) / sum(map(_advance, line)) <= room


def _in_parentheses(text: str) -> bool:
    """Whether a paragraph so far stops inside a bracket it opened ("... (Chủ trì:" / "Trung
    tâm Văn hóa ...; phối hợp: ...)"): a colon or semicolon there ends no paragraph."""
    return text.rfind("(") > text.rfind(")")  # (not a count: a list's "a)" opens nothing)


def _without_contents(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A page's items without a table of contents' lines (extractors.layout.contents: its title, then the part
    headings again, each with its page after dot leaders)."""
    for at, (kind, payload) in enumerate(items):
        if kind == "line" and contents.named(payload[2]) and contents.TITLE.match(payload[2]):
            run = at
            while run < len(items) and items[run][0] == "line":
                run += 1
            n = contents.length([p[2] for _, p in items[at:run]])
            if n:
                return items[:at] + items[at + n:]
    return items


def assemble(per_page: list[list[tuple[str, object]]]) -> list[RawBlock]:
    per_page = [_without_contents(items) for items in per_page]
    own = own_ids(per_page)
    repeated = furniture(per_page, own)
    per_page = join_cut_tables(per_page, repeated, own)
    blocks: list[RawBlock] = []
    notes: list[RawBlock] = []
    para: list[str] = []
    para_page = 0
    starts = [p[0] for items in per_page for k, p in items if k == "line"]
    margin = m if (m := _left_margin(starts)) is not None else min(starts, default=0)
    margins = [_page_margin(items, margin) for items in per_page]
    prev_x0 = prev_x1 = 0.0
    prev_bold = False

    bolds: list[bool] = []  # whether each line of the paragraph is set in bold

    def flush():
        if para:
            # a paragraph set all in bold (a heading) says so in its location
            loc = {"page": para_page, "bold": True} if all(bolds) else {"page": para_page}
            blocks.append(RawBlock("paragraph", " ".join(para), loc))
            para.clear()
            bolds.clear()

    # do paragraphs here start with an indent or a marker? (then a full line ending in a
    # full stop may still continue)
    # lines after a short line start paragraphs for sure: if nearly all of them are
    # indented or open with a marker ("- ", "a)", "2."), so does every paragraph here
    # (a page's furniture sets no margin: a page number at the right edge, "2/3", stands further right than
    # any line of the text, and a full line would seem to stop short of it)
    drops = [_dropped(items, repeated) for items in per_page]
    text_lines = [[p for at, (k, p) in enumerate(items) if k == "line" and at not in dropped]
                  for items, dropped in zip(per_page, drops)]
    firsts = []
    for lines, left in zip(text_lines, margins):
        page_right = max((p[1] for p in lines), default=0.0)
        firsts += [(b, left) for a, b in zip(lines, lines[1:]) if a[1] < page_right - 60]
    marked = sum(1 for p, left in firsts if p[0] > left + INDENT or _STARTS_BLOCK.match(p[2]))
    marked_paragraphs = len(firsts) >= 5 and marked >= 0.85 * len(firsts)
    # the text's right margin: a page's own widest line, but not less than the document's (the
    # median of its pages' that have lines enough): a last page of a few short lines (a
    # signature) has no full line to tell its margin by
    rights = sorted(max(p[1] for p in lines) for lines in text_lines if len(lines) >= MARGIN_LINES)
    doc_right = rights[len(rights) // 2] if rights else 0.0
    spaced = _spaced_lines(per_page)
    for number, items in enumerate(per_page, start=1):
        right = _page_right(text_lines[number - 1], doc_right)  # this page's right margin
        dropped = drops[number - 1]
        left = margins[number - 1]
        for at, (kind, payload) in enumerate(items):
            if kind == "footnote":  # read after the text, as a Word file's footnotes are
                notes.append(RawBlock("footnote", payload[2], {"page": number}))
                continue
            if kind == "table":
                flush()
                rows = payload
                if is_layout_table(rows):
                    blocks.extend(layout_table_blocks(rows, {"page": number}))
                else:
                    blocks.append(RawBlock("table", rows=rows, location={"page": number}))
                continue
            x0, x1, line = payload[:3]
            bold = len(payload) > 3
            if at in dropped:
                continue
            if line[:1] in "-_=" and (rule := GLUED_RULE.match(line)) and rule.end() < len(line):
                # a header's rule glued to the line under it ("------Số: 112/KH-UBND": a text plain pdftotext
                # wrote, typed into a Word file and printed): the rule a paragraph of its own, as the text
                # reader reads it (layout.text.pages_of), and the line's text one of its own after it
                flush()
                for part in (rule.group(1).strip(), line[rule.end():]):
                    para_page = number
                    para.append(part)
                    bolds.append(bold)
                    flush()
                prev_x0, prev_x1, prev_bold = x0, x1, bold
                continue
            prev_end = para[-1][-1:] if para else ""
            # the previous line stopped early: it ended a paragraph (not where the line's first word
            # would not have fitted after it: a ragged right margin's wrap)
            short_before = prev_x1 < right - SHORT and (not para or _word_fits(right - prev_x1, x0, x1, line))
            indented = x0 > left + INDENT and not (para and not short_before and _indented_wrap(x0, line, prev_x0, para[-1]))
            margin_text = marked_paragraphs and prev_x0 <= left + INDENT
            # "... các tổ chức Chính trị" / "- Xã hội có liên quan.": a full line that ends
            # mid-phrase continues, even when the wrap put the dash first
            # (not a labelled bullet: "... sản phẩm chè" / "- Nội dung: đăng ký nhãn hiệu ...")
            # (nor the first bullet under a heading set in bold: a wrap keeps its line's face)
            # (and only where the dash would not have fitted after the line, no slack: a narrow word's width is told
            # closely; a wrap breaks after "- " where it fits,
            # "... chăm sóc dược liệu" / "- Xây dựng vườn ươm ..." stopping with room for it is a heading and its bullet)
            dash_wrap = (para and not short_before and line.startswith("- ") and prev_end.isalnum()
                         and not indented and prev_x0 <= left + INDENT and not _LABELLED_BULLET.match(line)
                         and bold == prev_bold and not _word_fits(right - prev_x1, x0, x1, line))
            # a sentence that ends at the right margin does not end the paragraph where
            # paragraphs are marked by an indent or a bullet
            # (or the line is the rest of a date a wrap cut: "..., ngày 22 tháng 5 năm" / "2026", or an
            # inline enumeration goes on: "...; (2) 100% hồ sơ ...;" / "(3) Tỷ lệ người dân ...")
            # (or a full line ends at the heads of a list of bodies, their names after it: "...; Giám
            # đốc các Sở:" / "Tài chính, Xây dựng, ...")
            # (or a full line ends on a body's head word, its name after it: "... Đơn vị phối hợp: Phòng" /
            # "Quản lý Công nghiệp, ...", however its label's bold face marked the line)
            runs_on = dash_wrap or (para and date_cut(para[-1], line)) \
                or (para and not short_before and line[:1] == "(" and enumeration_goes_on(" ".join(para), line)) \
                or (para and not short_before and (DISTRIBUTIVE_END.search(para[-1]) or HEAD_WORD_END.search(para[-1]))
                    and line[:1].isupper() and not line.isupper())
            # a line in lower case goes on: after a full line that ends a clause with a semicolon
            # ("... 8 m2/người;" / "tỷ lệ tuyến đường ...", "... năm 2023;" / "60% hợp tác xã ...") or a
            # label with its colon ("- Diện tích được tưới chủ động:" / "trên 1.450 ha."), or after the short last line of a
            # paragraph wrapped twice (a line longer than the page set as a paragraph of its own:
            # "... của Quốc hội về chính" / "sách tài khóa, tiền" / "tệ hỗ trợ ...")
            if para and goes_on_start(line) and not indented and not _STARTS_BLOCK.match(line):
                runs_on = runs_on or (prev_end in ";:" and not short_before) \
                    or (short_before and len(para) >= 2 and prev_end not in ".:;!?")
            # (or a name in capitals after a word no clause ends in: "... của Ủy ban nhân dân tỉnh" / "Gia Lai về ...")
            elif para and short_before and len(para) >= 2 and not indented and bold == prev_bold:
                runs_on = runs_on or goes_on_capital(" ".join(para), para[-1], line)
            # (or a reference to an appendix wrapped after its preposition: "... đến năm 2030 tại" / "Phụ lục kèm
            # theo Chương trình này.", not an appendix's title)
            runs_on = runs_on or bool(para and not short_before and appendix_cut(para[-1], line))
            # (or a document number cut after its code's hyphen, a page's width too short for its line: "... Tờ
            # trình số 1315/TTr-" / "SKHĐT")
            runs_on = runs_on or bool(para and CODE_CUT.search(para[-1]) and CODE_REST.match(line))
            # a heading set in bold ends where the body under it starts in the plain face, however
            # full its last line ("3. Tổ chức Ngày hội ... hằng năm" / "Tổ chức các hoạt động ...")
            unbolded = prev_bold and not bold and line[:1].isupper()
            # nothing goes on after the motto's whole line (a scan's reading loses the rule under it)
            # nor after a line that ends with the national title whole (a header's two columns read as one
            # line, "BỘ ... ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the issuer's own line under it is no wrap)
            if para and (FULL_MOTTO.match(para[-1]) or NATIONAL_END.search(para[-1])):
                runs_on, short_before = False, True
            # (a full line that stops inside its brackets goes on: "... (Chủ trì:" / "Trạm Y tế phường; ...)")
            bracketed = para and not short_before and prev_end in ":;" and _in_parentheses(" ".join(para))
            # a line that stopped with room left for the next line's first word, which opens with a capital:
            # no wrap (a wrap sets a word that fits on the line), however close to the margin it stopped
            # ("1. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng" / "Tổ chức quán triệt ...":
            # a heading, its body under it in a paragraph of its own), unless the line stops mid-phrase
            # (a phrase closed by a quote or a bracket stops as a word does: '... phong trào thi đua "Chung sức xây
            # dựng nông thôn mới"' / "Phòng Nội vụ", a table printed one cell a paragraph)
            roomy = bool(para and not short_before and not runs_on and line[:1].isupper()
                         and (prev_end.isalnum() or CLOSED_END.search(para[-1]) is not None)
                         and not CONNECTOR_END.search(para[-1]) and bold == prev_bold
                         and _word_fits(right - prev_x1 - FIT_SLACK, x0, x1, line))
            if not runs_on and (not para or indented or short_before or _STARTS_BLOCK.match(line)
                                  or (prev_end in ".:;!?" and not margin_text and not bracketed) or unbolded
                                  or line.isupper() != para[-1].isupper()
                                  or (id(payload) in spaced and _spaced_start(para[-1], line)) or roomy):
                flush()
                para_page = number
            para.append(line)
            bolds.append(bold)
            prev_x0, prev_x1, prev_bold = x0, x1, bold
    flush()
    return lone_labels(pipe_tables(flat_cell_tables(blocks))) + notes


def flat_cell_tables(blocks: list[RawBlock]) -> list[RawBlock]:
    """`blocks` with each table printed one cell a paragraph (a Word file's table flattened a cell a paragraph:
    "STT" / "Thời gian" / ... / "1" / "Tháng 01" / ..., extractors.layout.cell_lines.flat_tables) as a table
    block: its cells never taken for text, its row number at a page's top never for a page number."""
    texts = ["" if b.kind != "paragraph" or "row" in b.location else b.text for b in blocks]
    found = cell_lines.flat_tables(texts)
    if not found:
        return blocks
    out: list[RawBlock] = []
    k = 0
    for first, last, rows, _ in found:
        if any(not texts[i] for i in range(first, last + 1)):
            continue  # (a block of another kind between: no table)
        out += blocks[k:first]
        out += table_blocks(rows, {"page": blocks[first].location.get("page", 1)})
        k = last + 1
    return out + blocks[k:]


# a text of one sentence a line (a sentence splitter's, often word-segmented: "Điều 2 .", "1 .", "b )") whose
# labels it cut off their items, made a Word file and printed: each label a paragraph of its own, its item's
# text the next ("Điều 2 ." / "Giao Ủy ban nhân dân tỉnh ...", "1 ." / "Mục tiêu đến năm 2010: - 85% ...").
# The label goes back before its item, as the text reader's one_line.rejoin_labels does on a text's lines:
# only where two or more paragraphs are a label alone and the next is text with no label of its own.


def lone_labels(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks with each label alone put back before its item's paragraph (see above)."""
    def text(k: int) -> str:
        return blocks[k].text if k < len(blocks) and blocks[k].kind == "paragraph" and blocks[k].text else ""

    alone = [k for k in range(len(blocks) - 1) if LONE_LABEL.match(text(k)) and text(k + 1)
             and not LABELLED.match(text(k + 1))]
    if len(alone) < 2:
        return blocks
    out = list(blocks)
    for k in reversed(alone):
        label, item = out[k], out[k + 1]
        out[k:k + 2] = [RawBlock("paragraph", label.text.strip() + " " + item.text.lstrip(), _joined_at(label, item))]
    # (the first of a run of labels may have gone onto the end of the paragraph before, after its colon:
    # "... trong đó : a )" / "Năm 2008 : ...")
    for k in range(len(out) - 1, 0, -1):
        prev, item = out[k - 1], out[k]
        m = _LABEL_AT_END.search(prev.text or "") if prev.kind == "paragraph" else None
        if m and item.kind == "paragraph" and item.text and not LABELLED.match(item.text):
            out[k - 1:k + 1] = [RawBlock("paragraph", prev.text[:m.start()].rstrip(), prev.location),
                                RawBlock("paragraph", m.group(1) + " " + item.text.lstrip(), item.location)]
    return out


_LABEL_AT_END = re.compile(r"(?<=:)\s+([a-zđ]\s?\)|\d{1,2}\s?\))\s*$")


def _joined_at(label: RawBlock, item: RawBlock) -> dict:
    """The location of a label joined to its item's paragraph: the label's page, bold only if both were."""
    loc = dict(label.location or {})
    if not (item.location or {}).get("bold"):
        loc.pop("bold", None)
    return loc


def pipe_tables(blocks: list[RawBlock]) -> list[RawBlock]:
    """A table typed as text, " | " between its cells (a Markdown file or a scraped page's text
    printed to PDF: "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | ..." / "1 | Tuyên truyền ... |
    Phòng Văn hóa và Thông tin | ..."): a paragraph that is such a header (a code heading, then
    column names: extractors.layout.text.bare_pipe_header) and the paragraphs after it with as
    many cells are the table's rows, as the text reader reads them."""
    if not any(b.kind == "paragraph" and "|" in b.text for b in blocks):
        return blocks  # (cheap: most PDFs hold no pipe)
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        head = bare_pipe_header(block.text) if block.kind == "paragraph" and "|" in block.text else None
        # (a block of another kind ends the table: no cells)
        rows, used = bare_pipe_rows(head, (b.text if b.kind == "paragraph" else "" for b in blocks[i + 1:])) \
            if head else ([], 0)
        if len(rows) >= 2:
            out.extend(table_blocks(rows, dict(block.location)))
            i += 1 + used
        else:
            out.append(block)
            i += 1
    return out
