"""Markdown reader: the text layout stage with Markdown read (headings, list items,
emphasis, pipe tables); see extractors.layout.text. A table written in HTML inside the
Markdown (pandoc writes merged cells so, and scrapes keep a page's tables as they were)
is read by the HTML reader, in its place. A static site's front matter before the document
(YAML or TOML: the page's title, date, summary) is not read (extractors.formats.front_matter)."""

from __future__ import annotations

import itertools
import re

from extractors.blocks import RawBlock, RawDocument, ReadError
from extractors.formats import glued, html
from extractors.formats.base import roman
from extractors.formats.front_matter import front_matter_blanked
from extractors.formats.text import decode_unicode
from extractors.layout import one_line, scan
from extractors.layout.cells import CODE_HEAD
from extractors.layout.continued import continues, repeated_header
from extractors.layout.grid import INDICATOR_HEADING, TEXT_HEADING
from extractors.layout.markdown import HEADING, PIPE, cells, strip_emphasis
from extractors.layout.text import PAGE_NUMBER, WORD_SEGMENTED_ISSUE, desegmented, read_text

# an HTML table block: from a line opening <table> to the line closing the outermost one
_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)  # "<table>", "</table>", "<table class=x>"
_OPENS_TABLE = re.compile(r"^\s*<table\b", re.I | re.M)  # "<table>" at a line's start
_TABLE_OPENED = scan.behind_breaks(_OPENS_TABLE)  # (the same, searched fast in "\n" + text)


def _parts(text: str) -> list[tuple[str, str, int]]:
    """The text cut into ("md" | "html", text, first line number - 1) parts: each HTML
    table block from its opening line to its closing tag's line; a table never closed
    stays Markdown."""
    parts: list[tuple[str, str, int]] = []
    pos = 0
    for m in _OPENS_TABLE.finditer(text):
        if m.start() < pos:
            continue  # inside a table already taken
        depth = 0
        end = None
        for tag in _TABLE_TAG.finditer(text, m.start()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = text.find("\n", tag.end())
                end = len(text) if end < 0 else end
                break
        if end is None:
            break
        if m.start() > pos:
            parts.append(("md", text[pos:m.start()], text.count("\n", 0, pos)))
        parts.append(("html", text[m.start():end], text.count("\n", 0, m.start())))
        pos = end
    if pos < len(text):
        parts.append(("md", text[pos:], text.count("\n", 0, pos)))
    return parts


# html2text writes a table cell's block elements (<div>, <p>) on one line, their breaks lost:
# "ỦY BAN NHÂN DÂNXÃ AN BÌNH\\-------", "Nơi nhận:\\- UBND huyện;\\- Lưu: VT.",
# "CHỦ TỊCH  Nguyễn Văn A" (empty blocks left two spaces). A Markdown table row holding one
# of these gets its breaks back as <br>, which a cell reads as a line break.
_ESCAPED_DASH = re.compile(r"(?<=\S)\\-")  # a dash escaped after text: only a line's first character needs it
# ... or after a space, where a list's item ends (";") or its label ("Nơi nhận:", "_**Nơi nhận:**_"): a converter
# that joins a cell's paragraphs with a space ("Nơi nhận:** \- UBND tỉnh (b/c); \- Lưu: VT."); not a dash between
# two years or words, which html2text escapes too ("2027 \- 2028")
_SPACED_ITEM_DASH = re.compile(r"(?:(?<=[;:])|(?<=:\*\*)|(?<=:\*\*_)|(?<=:_)|(?<=:_\*\*)) \\-(?= )")
# (not the gap html2text leaves after a cell's pipe; not the gap after the number's label, "Số:&nbsp;&nbsp;214/KH-X"
# as Word's web page writes it: the label and its number are one line)
# (nor a gap before a comma: a field's result closed its run before the rest, "_Thạch Lâm_  _, ngày 19 ..._")
_INNER_GAP = re.compile(r"(?<=[^\s|])(?<!Số:)(?<!Số :) {2,}(?=[^\s|])(?![_*]*,)")
# ... unless the writer typed double spaces ("Ủy ban  nhân dân tỉnh", kept by a converter from a
# Word file): then the paragraphs outside the tables hold them too, and a gap in a cell is one of
# them, not a lost break ("ỦY  BAN  NHÂN DÂN" is one line). html2text's paragraphs have none.
_TYPED_GAP = re.compile(r"(?m)^(?![ \t]*\|)[^\n]*?[^\s|](?<! ) {2}(?=[^\s|])")  # a line, not a table row, with one
MIN_TYPED_GAPS = 3  # lines of prose with a double space: a writer's habit, not one slip
# two agencies of a cell's paragraphs run together: the first ending on its level word in lower case,
# the second opening with a body no place is named after ("Hội Nông dân tỉnh Tỉnh Đoàn", "... huyện
# Công an huyện"); not "thành phố Hội An", "huyện Trường Sa" (a place named after its level word)
_GLUED_BODY = re.compile(r"(\s(?:tỉnh|huyện|xã|quận|phường|thành phố|thị xã|thị trấn)) (?=(?:"
                         r"(?:Tỉnh|Huyện|Thành|Quận|Thị|Xã)\s+(?:[Đđ]oàn|[Uuủ]y|uỷ|Ủy|Uỷ)|Sở|Ủy ban nhân dân|UBND|"
                         r"Công an|Đảng ủy|Bộ Chỉ huy|"
                         # (a mass organization's, a unit's kind before its capitalized name: "Hội Nông dân huyện Hội
                         # Liên hiệp Phụ nữ huyện", "... huyện Phòng Nội vụ")
                         r"Hội (?:Nông dân|Liên hiệp|Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Khuyến học)|"
                         r"(?:Phòng|Trung tâm|Chi cục|Bệnh viện|Văn phòng|Kho bạc|Bảo hiểm xã hội|Ngân hàng|Liên đoàn|"
                         r"Ủy ban Mặt trận|Đoàn Thanh niên|Hạt Kiểm lâm|Ban Chỉ huy|Ban Quản lý)(?= [" + glued.UPPER + r"]))(?!\w))")
# ... and two departments' names, the first a Sở's ("Sở Tài chính Sở Văn hóa, Thể thao và Du lịch")
_GLUED_DEPARTMENT = re.compile(r"((?:^|[|>]\s*|\s)Sở [^|<;,\n]*?[^\W\d_]) (?=Sở [" + glued.UPPER + r"])")
_RULE_LINE = re.compile(r"(?m)^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # html2text's "---|---"
_RULE_CELLS = re.compile(r"---:?\s*\|")  # what every such rule holds: the cheap test before _RULE_LINE's search


# a header cell's paragraphs each set in bold, one space between: "**BẢO HIỂM XÃ HỘI VIỆT NAM** **BẢO HIỂM
# XÃ HỘI TỈNH X**", "**TM. ỦY BAN NHÂN DÂN** **CHỦ TỊCH**" (a run in capitals: a line of the header or
# the signature, not a bold word in a sentence)
_BOLD_PARAGRAPHS = re.compile(r"\*\*([^*|\n]+)\*\* (?=\*\*)")
# a bold paragraph of a cell glued to the next paragraph, as html2text writes a cell's paragraphs with
# nothing between: a bold line in capitals then the number in sentence case ("**TỈNH HÀ LAM**Số: 15"),
# or two bold paragraphs run together, the first ending in capitals ("CHỦ TỊCH****Lê Văn Bình**")
_BOLD_GLUED = re.compile(r"(?<=[" + glued.UPPER + r"]{2}\*\*)(?=\*\*\S|[" + glued.UPPER + r"][" + glued.LOWER + r"])")
# a bold run in capitals glued to the capitals before it, as html2text writes a header cell's paragraphs, the
# first not bold ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ**TỔNG CỤC THỐNG KÊ** Số: 1125/KH-TCTK"): a break before the run
_CAPS_BOLD_GLUED = re.compile(r"(?<=[" + glued.UPPER + r"]{2})(?=\*\*[" + glued.UPPER + r"]{2})")
# a letter's subject after its number in the header cell: "Số: 318/UBND-VP V/v tăng cường ..."
_SUBJECT_AFTER_NUMBER = re.compile(r"(\bSố\s*:?\s*\S+) (?=V/v\b)")


# a page's document in one cell of a table that lays the page out: html2text writes the cell's paragraphs on one
# line, a space between them, each paragraph's bold or italic run marking where it began ("..._ **KẾ HOẠCH",
# "... năm 2027** _Căn cứ ...", "... năm 2027;_ Ủy ban nhân dân ...", "... như sau: **I. MỤC ĐÍCH", "... nhi.
# **_Nơi nhận:_**", "... xã. **2\\. Chỉ tiêu", "... VT. **TM. ỦY BAN NHÂN DÂN", and the portal's own "Tập tin
# đính kèm" after the signer's name; not a bold label inside a paragraph: "...; **Đơn vị phối hợp:** ...")
# (the space comes first and each lookbehind holds it: the engine looks for a space and tries the rest only there, not
# six lookbehinds at every character of the text: 4x faster on a text without such a place)
_CELL_PARAGRAPHS = re.compile(
    r" (?:(?<=\S_ )(?=\*\*\S)|(?<=\S\*\* )(?=_\S)|(?<=[.;:]_ )(?=[" + glued.UPPER + r"])"
    r"|(?<=\. )(?=\*\*_?(?:[" + glued.UPPER + r"]|\d{1,2}\\?\.)(?![^*\n]*:\*\*))|(?<=: )(?=\*\*(?:[IVXLC]{1,6}|\d{1,2})\\?\. )"
    r"|(?<=\S )(?=(?:Tập tin|Tệp|File) đính kèm\s*:))")
MIN_CELL_PARAGRAPHS = 3  # such breaks a text needs for its lines to be read as a cell's paragraphs run together


def cell_paragraphs_apart(text: str) -> str:
    """A layout cell's paragraphs that html2text ran together on a line (see above), each on a line of its own
    (a hard break before it); a text with fewer than MIN_CELL_PARAGRAPHS such places is returned as it is."""
    if sum(1 for _ in itertools.islice(_CELL_PARAGRAPHS.finditer(text), MIN_CELL_PARAGRAPHS)) < MIN_CELL_PARAGRAPHS:
        return text
    return "\n".join(line if line.lstrip().startswith("|") else _CELL_PARAGRAPHS.sub("  \n", line)
                     for line in text.split("\n"))


# an italic run over lines a hard break ends (html2text's <br> inside an <em>: a header's place and date "_Tân Hà,  " /
# "ngày 14 tháng 3 năm 2027_", the bases in italics "_Căn cứ ...;  " / "Thực hiện ...;_"): the paragraph stripped of
# its emphasis is each line, whose delimiter would stay in its text
_ITALIC_OVER_BREAKS = re.compile(
    r"(?<![\w*_\\])([_*])(?=[^\s_*])((?:[^_*\n]*  \n){1,8}[^_*\n]*?[^\s_*\\])\1(?![\w*_])")


def italics_over_breaks(text: str) -> str:
    """Each italic run over lines broken by hard breaks (see above) without its delimiters."""
    if "  \n" not in text:
        return text
    return _ITALIC_OVER_BREAKS.sub(r"\2", text)


def _unglued(m: re.Match) -> str:
    """A word of two syllables run together where a break was lost ("DÂNXÃ", "NAMĐộc",
    "DÂNCHỦ"): the two, a <br> between (glued.caps_split)."""
    at = glued.caps_split(m.group(0))
    return m.group(0) if at is None else m.group(0)[:at] + "<br>" + m.group(0)[at:]


_HARD_BREAK = re.compile(r"\S? {2,}$|^ {2,}$")  # "text  " / "  ": html2text's <br>


def broken_header_rows(lines: list[str]) -> list[str]:
    """A table's first row whose last cell held a signature's blank lines, as html2text writes
    it: the row's one pipe on its first line, then lines that end on a hard break, empty ones
    among them ("|  **GIÁM ĐỐC**  " / "  " / "  " / "**Lê Văn A**  "), down to the rule under it
    ("---|---"); the row put back on one line, a <br> at each break."""
    out: list[str] = []
    for line in lines:
        if _RULE_LINE.match(line) and out:
            top = len(out) - 1
            while top > 0 and _HARD_BREAK.search(out[top - 1]) and out[top - 1] != "":
                top -= 1
            rows = out[top:]
            if ("|" in rows[0] and not any("|" in x for x in rows[1:])
                    and any(not x.strip() for x in rows[1:])):
                out[top:] = ["<br>".join(x.strip() for x in rows)]
        out.append(line)
    return out


def typed_double_spaces(text: str) -> bool:
    """Whether the writer typed double spaces between words: several lines of prose (not table
    rows) hold a gap of exactly two spaces inside them."""
    return "  " in text and sum(1 for _ in itertools.islice(_TYPED_GAP.finditer(text), MIN_TYPED_GAPS)) >= MIN_TYPED_GAPS


def lost_cell_breaks(text: str) -> str:
    """The breaks html2text lost in a table's cells, put back as <br> (see above), and those
    markdownify loses in a table it writes with no rule under its first row ("| UBND TỈNH X
    SỞ Y TẾ   Số: 12/KH-SYT | ..."); a text with neither is returned as it is."""
    ruled = _RULE_CELLS.search(text) is not None and _RULE_LINE.search(text) is not None
    if not ruled and "\n|" not in text and not text.startswith("|"):
        return text
    typed = typed_double_spaces(text)
    out = []
    in_row = False  # a line of a table's row: one with a pipe, or one after a row's line ending on a hard break
    for line in (broken_header_rows(text.split("\n")) if ruled else text.split("\n")):
        in_row = bool(line.strip()) and not _RULE_LINE.match(line) and (
            "|" in line and (ruled or line.startswith("|")) or in_row)
        if in_row:
            line = _CAPS_BOLD_GLUED.sub("<br>", _BOLD_GLUED.sub("<br>", line))
        in_row = in_row and _HARD_BREAK.search(line) is not None
        if "|" in line and not _RULE_LINE.match(line) and (ruled or line.startswith("|")):
            line = _SPACED_ITEM_DASH.sub("<br>\\\\-", _ESCAPED_DASH.sub("<br>\\\\-", line))
            if not typed:
                line = _INNER_GAP.sub("<br>", line.rstrip()) + line[len(line.rstrip()):]
            line = glued.CAPS_GLUE.sub(_unglued, line)
            line = _GLUED_DEPARTMENT.sub(r"\1<br>", _GLUED_BODY.sub(r"\1<br>", line))
            line = _BOLD_PARAGRAPHS.sub(lambda m: m.group(0)[:-1] + ("<br>" if m.group(1).isupper() else " "), line)
            line = _SUBJECT_AFTER_NUMBER.sub(r"\1<br>", line)
        out.append(line)
    return "\n".join(out)


# A page exported by Word or LibreOffice breaks its HTML source lines where they grow long, and
# an opening tag's attributes take most of a paragraph's first line: a converter that keeps the
# source's line breaks (markdownify) writes the first word or the item's label alone on a line,
# "Căn" / "cứ Nghị quyết số 76/NQ-CP ...", "a)" / "Mục tiêu", "**I." / "QUAN ĐIỂM, MỤC TIÊU**",
# "-" / "100% văn bản ...". Such a line opens its paragraph: it is joined to the line under it.
_LONE_OPENING = re.compile(r"^\s*(?:\*\*|__|\*|_)?(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-+•]|"
                           r"[^\W\d_][^\s|<>#]*(?<![.:;!?,]))\s*$")
# what the next line must not be: a table row, a heading, a list item, a tag, an image, a rule
_STRUCTURE = re.compile(r"^\s*(?:\||#|<|!\[|>|[-+*•]\s|\d{1,2}[.)]\s|[-=_*]{3,}\s*$)")
MIN_LONE_OPENINGS = 3  # a document shows the shape in several paragraphs, or is left as it is


def lone_openings_joined(text: str) -> str:
    """Each paragraph's first word or label that the source's line breaks left alone on its
    line (see above), joined to the line under it; a text with fewer than
    MIN_LONE_OPENINGS such paragraphs is returned as it is."""
    lines = text.split("\n")
    at = [i for i in range(len(lines) - 1)
          if (i == 0 or not lines[i - 1].strip()) and lines[i + 1].strip() and _LONE_OPENING.match(lines[i])
          and not _STRUCTURE.match(lines[i + 1])]
    if len(at) < MIN_LONE_OPENINGS:
        return text
    for i in reversed(at):
        lines[i: i + 2] = [lines[i].rstrip() + " " + lines[i + 1].lstrip()]
    return "\n".join(lines)


# Markdown joins a paragraph's lines into one: a bold run that a converter's source wrapped over two
# lines, its last word(s) alone under it ("**IV. PHÂN CÔNG THỰC" / "HIỆN**", a legal site's page of a
# Word file), is one line again, as the page shows it; left apart, a heading in capitals looks whole
# ("IV. PHÂN CÔNG THỰC") and the section it names is lost. Only a line that opens a bold run at its start
# and leaves it open, then at most MAX_BOLD_LINES lines (none blank, none a table row, a heading's mark,
# a list item or a tag) of which the last closes the run at its end; a line ending in a hard break (two
# spaces, a backslash: a header's lines, a <br>) stays a line.
_BOLD_OPEN = re.compile(r"^\s*\*\*(?!\*)\S")
MAX_BOLD_LINES = 3


def _bold_goes_on(line: str) -> bool:
    return bool(line.strip()) and "|" not in line and not _STRUCTURE.match(line)


def _soft_break(line: str) -> bool:
    """Whether the line ends in Markdown's soft break (not a hard one: two spaces, a backslash)."""
    return not line.endswith(("  ", "\\"))


def bold_lines_joined(text: str) -> str:
    """Each bold run wrapped over lines of its paragraph (see above) on one line."""
    if "**" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.count("**") % 2 == 1 and "|" not in line and _BOLD_OPEN.match(line) and _soft_break(line):
            j = i + 1
            while j < len(lines) and j - i <= MAX_BOLD_LINES and _bold_goes_on(lines[j]) and "**" not in lines[j] \
                    and _soft_break(lines[j]):
                j += 1
            if j < len(lines) and j - i <= MAX_BOLD_LINES and _bold_goes_on(lines[j]) \
                    and lines[j].count("**") == 1 and lines[j].rstrip().endswith("**"):
                out.append(" ".join([line.rstrip()] + [part.strip() for part in lines[i + 1:j + 1]]))
                i = j + 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


# Word's outline numbering through LibreOffice's HTML and html2text: html2text writes every <ol> item
# "1." whatever its type ("I.", "a)"), and where paragraphs broke a list the next one restarts at
# "1." (its `start` kept only sometimes): "  1. **MỤC TIÊU**" / "     1. **Mục tiêu chung**" /
# "  1. **NHIỆM VỤ**" / "  3. **KINH PHÍ**". The nesting (the indent) and the case are left: the
# outermost of two or more indents of ordered items, all in capitals, are the Roman sections.
_ORDERED_ITEM = re.compile(r"(?m)^( *)(\d{1,2})\. (?=\S)(.*)$")
MIN_NESTED_SECTIONS = 2


# a table nested in a pipe table's cell, as html2text writes it: the outer row stops at the cell ("3 |  Bồi dưỡng ... |
# Sở Nội vụ |    "), the nested table follows as a table of its own over lines ("|  Liên minh Hợp tác xã tỉnh" /
# "---" / "Trường Cao đẳng Lâm Viên"), then, after blank lines, the outer row's other cells ("Hằng năm"), then its
# next rows
_NESTED_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
NESTED_HEAD_LINES = 3  # lines a nested table's header may take, right under the row it broke


def _pieces(line: str) -> list[str]:
    return PIPE.split(line.rstrip())


def nested_table_rows(text: str) -> str:
    """Each pipe table's row that a nested table broke (see above) on one line again, the nested table's cells
    in its cell one under another (<br>); rows whose parts do not make the table's width are left as they are."""
    if "---" not in text or "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    width = 0  # the pipe table's columns, while inside one
    i = 0
    while i < len(lines):
        line = lines[i]
        if _RULE_LINE.match(line):
            width = line.count("|") + 1 - line.strip().startswith("|") - line.strip().endswith("|")
        elif "|" not in line:
            width = 0 if line.strip() else width
        elif width and len(pieces := _pieces(line)) < width and not pieces[-1].strip():
            joined = _nested_rest(lines, i + 1, pieces[:-1], width)
            if joined is not None:
                row, i = joined
                out.append(row)
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _nested_rest(lines: list[str], start: int, cells: list[str], width: int) -> tuple[str, int] | None:
    """The row of `cells` (its open cell taken off) with the nested table from `start` and the rest of its cells
    after it, and the index of the line after them; None where the lines are no nested table and rest."""
    end = start
    while end < len(lines) and end - start < NESTED_HEAD_LINES and lines[end].strip() \
            and not _NESTED_RULE.match(lines[end]):
        end += 1
    if end >= len(lines) or not _NESTED_RULE.match(lines[end]) or end == start:
        return None  # (the nested table's header right under the row, its rule under that: no blank line between)
    nested = [c.strip() for x in lines[start:end] for c in _pieces(x) if c.strip()]
    k = end + 1
    while k < len(lines) and lines[k].strip():  # the nested table's rows, up to a blank line
        nested += [c.strip() for c in _pieces(lines[k]) if c.strip()]
        k += 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or not nested:
        return None
    rest = [c.strip() for c in _pieces(lines[k])]
    if len(cells) + 1 + len(rest) != width:
        return None
    row = " | ".join([c.strip() for c in cells] + ["<br>".join(nested)] + rest)
    return row + "  ", k + 1


# a heading inside an ordered list's item, as html2text writes LibreOffice's or Word's outline numbering (<ol><li><h1>):
# "  4. # TỔ CHỨC THỰC HIỆN", "     1. ## Phòng Quản lý thương mại": the item's number, then its text
_ITEM_HEADING = re.compile(r"(?m)^([ \t]*\d{1,2}[.)][ \t]+)#{1,6}[ \t]+(?=\S)")


def item_headings(text: str) -> str:
    """Each ordered item's heading marks (see above) taken out: the number opens the heading's line."""
    return _ITEM_HEADING.sub(r"\1", text) if "#" in text else text


def nested_list_sections(text: str) -> str:
    """Ordered list items at the outermost of two or more indents, each in capitals (a section
    heading's case), renumbered as Roman sections in their sequence (a number html2text kept
    from the list's `start` is kept: "1, 1, 3, 4" is I, II, III, IV); other texts as they are."""
    if "1. " not in text:
        return text
    items = list(_ORDERED_ITEM.finditer(text))
    indents = sorted({len(m.group(1)) for m in items})
    if len(indents) < 2:
        return text
    outer = [m for m in items if len(m.group(1)) == indents[0]]
    heads = [strip_emphasis(m.group(3)).strip() for m in outer]
    if len(outer) < MIN_NESTED_SECTIONS or not all(h.isupper() for h in heads):
        return text
    out, pos, number = [], 0, 0
    for m in outer:
        number = max(number + 1, int(m.group(2)))
        out.append(text[pos:m.start(2)] + roman(number))
        pos = m.end(2)
    return "".join(out) + text[pos:]


EVERY_LINE_BROKEN = 0.9  # the share of a text's lines that end on a hard break when its writer breaks every line
MIN_BROKEN_LINES = 20  # ... in a whole document (html2text ends every line of a signature's cell so, a few lines)


def uniform_breaks_dropped(text: str) -> str:
    """A text whose writer ended (nearly) every line on two spaces, its blank lines too ("text  ",
    "  "), as an editor that pads every line does: the breaks say nothing about where a cell or a
    row goes on (see broken_header_rows, which reads a run of such lines as one cell), and are
    taken off. html2text's pages, whose "  " are <br>s, keep their empty blank lines ("") between
    paragraphs and are returned as they are, as are all other texts."""
    if "  \n" not in text and "  \r" not in text:
        return text
    lines = [line.rstrip("\r") for line in text.split("\n")]
    written = [line for line in lines if line.strip()]
    blank = [line for line in lines[:-1] if not line.strip()]
    if len(written) < MIN_BROKEN_LINES or sum(1 for line in written if _HARD_BREAK.search(line)) \
            < EVERY_LINE_BROKEN * len(written) or sum(1 for line in blank if not line) > (1 - EVERY_LINE_BROKEN) * len(blank):
        return text
    return "\n".join(line.rstrip(" \t\r") for line in text.split("\n"))


# the national motto's first line after the issuer's name on one line: "ỦY BAN NHÂN DÂN TỈNH X -------- CỘNG HÒA XÃ HỘI"
_ISSUER_THEN_MOTTO = re.compile(r"\S.*\s(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI)")
HEADER_PARAGRAPH_LINES = 4  # a header paragraph a writer hard-wrapped has at most this many lines


def wrapped_header_joined(text: str) -> str:
    """A header written as one paragraph (the issuer, the motto and its rules run together on one
    line) that a Markdown writer hard-wrapped at its width (pandoc's 72 columns: "... CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT" / "NAM Độc lập - Tự do - Hạnh phúc -----"): its lines joined into the one line it
    was, as the text was written before the wrap. Only the first paragraph, when its lines but the last
    are about as long as the longest and it holds the issuer then the motto; any other text as it is."""
    lines = text.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return text
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    run = [line.strip() for line in lines[start:end]]
    if not 2 <= len(run) <= HEADER_PARAGRAPH_LINES or not one_line.is_wrapped(run):
        return text
    joined = " ".join(run)
    if not one_line.MOTTO.search(joined) or _ISSUER_THEN_MOTTO.match(joined) is None \
            or any(one_line.MOTTO.search(line) for line in run[:1]):
        return text
    return "\n".join(lines[:start] + [joined] + lines[end:])


# pandoc's simple table: a header line, under it a line of dash runs one run a column ("  TT Nội dung   Tổng
# Năm 2026" / "  -- --------- ---- --------"), then the rows down to a blank line; the runs tell the columns
# where the cells stand one space apart ("Tổng Năm 2026 Năm 2027"), which no run of spaces tells
_DASH_RUNS = re.compile(r"^[ \t]{0,3}-{2,}(?: +-{2,})+[ \t]*$")
_DASH_RUN = re.compile(r"-+")
MIN_SIMPLE_COLUMNS = 3  # dash runs: fewer make no table worth the reading ("-- --" under a word is a rule)
# but two long runs over two rows or more: a document's header set in two columns, the issuer's lines left and the
# motto's right ("  ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..." / "  --------------- ------------..." / "  HUYỆN KỲ LỘC
# Độc lập - Tự do - Hạnh phúc" / "  Số: 09/KH-UBND  Kỳ Lộc, ngày ..."): the issuer's second line is its row's
MIN_TWO_RUN = 5


def _simple_cells(line: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """The line cut at the columns' starts; None when a cut falls inside a word or text stands
    left of the first column."""
    if line[:spans[0][0]].strip():
        return None
    cells = []
    for k, (start, _) in enumerate(spans):
        if 0 < start < len(line) and not line[start - 1].isspace() and not line[start].isspace():
            return None
        end = spans[k + 1][0] if k + 1 < len(spans) else len(line)
        cells.append(line[start:end].strip())
    return cells


def simple_tables(text: str) -> str:
    """pandoc's simple tables (a header line, a line of dash runs under it, its rows down to a blank
    line or a closing line of dashes) written as pipe tables, each line cut at the dash runs'
    starts: their cells stand one space apart where a column is as wide as its widest cell, and
    the header, read as prose, was lost to the table under it. A run of dashes under a line that
    does not cut at the runs' starts, or with no row under it, stays as written."""
    if "--" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if not (_DASH_RUNS.match(line) and out and out[-1].strip() and k + 1 < len(lines)):
            out.append(line)
            k += 1
            continue
        spans = [(m.start(), m.end()) for m in _DASH_RUN.finditer(line)]
        two = len(spans) == 2 and all(b - a >= MIN_TWO_RUN for a, b in spans)
        header = _simple_cells(out[-1].rstrip(), spans) if len(spans) >= MIN_SIMPLE_COLUMNS or two else None
        rows = []
        end = k + 1
        while header is not None and end < len(lines) and lines[end].strip() and not _DASH_RUNS.match(lines[end]):
            row = _simple_cells(lines[end].rstrip(), spans)
            if row is None:
                break
            rows.append(row)
            end += 1
        closed = end < len(lines) and _DASH_RUNS.match(lines[end]) is not None
        if header is None or not rows or not (closed or end == len(lines) or not lines[end].strip()) \
                or sum(1 for c in header if c) < 2 or (len(spans) < MIN_SIMPLE_COLUMNS and len(rows) < 2):
            out.append(line)
            k += 1
            continue
        out[-1] = "| " + " | ".join(header) + " |"
        out.append("|" + "|".join("---" for _ in spans) + "|")
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        k = end + 1 if closed else end
    return "\n".join(out)


def _pipe_table_end(lines: list[str], k: int) -> int | None:
    """Where the pipe table opening on line `k` (a row, then a rule line) ends, or None when no table opens there."""
    if not (k + 1 < len(lines) and lines[k].lstrip().startswith("|") and _RULE_CELLS.search(lines[k + 1])
            and _RULE_LINE.match(lines[k + 1])):
        return None
    end = k + 2
    while end < len(lines) and lines[end].lstrip().startswith("|"):
        end += 1
    return end


# a table's caption html2text writes on its header row's line, before the first heading ("Bảng 1. Phân công nhiệm vụ
# TT| Nhiệm vụ| ...", "Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng) Nội dung| Tổng kinh phí| ..."): a <caption>'s
# text with no break after it
_CAPTION_ON_HEADER = re.compile(r"^((?:Bảng|Biểu|BẢNG|BIỂU)\s+(?:số\s+)?[\dIVX]{1,4}\b[^|\n]*?)\s+([^|\s][^|\n]*?)\s*\|(?=.*\n\s*\|?\s*:?-{3,})",
                                re.M)


def _first_heading(words: str) -> bool:
    """Whether the caption's last words are a first column's heading: an ordinal's (cells.CODE_HEAD), a text
    column's (grid.TEXT_HEADING), an indicator's (grid.INDICATOR_HEADING) or a year's ("Năm")."""
    return bool(CODE_HEAD.match(words) or TEXT_HEADING.match(words) or INDICATOR_HEADING.match(words)
                or words.lower() == "năm")


def _caption_cells_apart(text: str) -> str:
    """The text with each caption written as a header row's first cell, one cell more than the rule line under it
    ("**Bảng phân công nhiệm vụ** |  TT |  Nhiệm vụ |  ..." over "---|---|...", the caption a row of its own in the
    source, its cell merged across the table: a converter wrote it on the header's line) on a line of its own, a
    blank line after it: where the first cell is no first column's heading and the second is (_first_heading)."""
    if not _RULE_CELLS.search(text):
        return text
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        if "|" not in lines[k] or not _RULE_LINE.match(lines[k + 1]):
            continue
        heads = PIPE.split(lines[k].strip().strip("|"))
        rule = lines[k + 1].strip().strip("|").split("|")
        if len(heads) != len(rule) + 1:
            continue
        first, second = strip_emphasis(heads[0]).strip(), strip_emphasis(heads[1]).strip()
        if first and not _first_heading(first) and _first_heading(second):
            lines[k] = heads[0].strip() + "\n\n" + "|".join(heads[1:]).strip()
    return "\n".join(lines)


def captions_apart(text: str) -> str:
    """The text with each table caption html2text wrote before the first column's heading on the header row's line
    (_CAPTION_ON_HEADER) on a line of its own, a blank line after it: the heading the shortest tail of one to three
    of the line's words before its first pipe that is a first column's heading (_first_heading); any other line as it
    is. A caption written as the header's first cell, too (_caption_cells_apart)."""
    text = _caption_cells_apart(text) if "|" in text else text
    if "|" not in text or ("Bảng" not in text and "Biểu" not in text and "BẢNG" not in text and "BIỂU" not in text):
        return text

    def apart(m: re.Match) -> str:
        words = f"{m.group(1)} {m.group(2)}".split()
        for n in range(1, min(3, len(words) - 2) + 1):
            if _first_heading(" ".join(words[-n:])):
                return " ".join(words[:-n]) + "\n\n" + " ".join(words[-n:]) + "|"
        return m.group(0)
    return _CAPTION_ON_HEADER.sub(apart, text)


def continued_pipe_tables(text: str) -> str:
    """A pipe table a PDF-to-Markdown converter broke at a page break joined again. Such a converter (marker,
    docling) writes each page's part of a table as a table of its own, and the part on the next page takes its first
    row (a task's: "| 4 | Thu gom rác thải | Phòng Kinh tế | ... |") for its header, a rule line under it. A part
    goes on with the table above it when only blank lines and the page's number lie between them, it has as many
    columns and its first row is no row of column headings, or repeats the header above (continued.continues): the
    lines between, the part's rule line and its repeated header go, its rows join the table above. A table under
    prose, or under its own column headings ("| STT | Nội dung | Kinh phí |"), stays a table of its own."""
    if text.count("---") < 2 or not _RULE_CELLS.search(text):  # (cheap test first: two tables' rule lines)
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = _pipe_table_end(lines, k)
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        table = lines[k:end]
        while True:
            nxt = end
            while nxt < len(lines) and (not lines[nxt].strip() or PAGE_NUMBER.match(lines[nxt])):
                nxt += 1
            part_end = _pipe_table_end(lines, nxt) if nxt > end else None
            if part_end is None:
                break
            above = [cells(line) for line in table if not _RULE_LINE.match(line)]
            part = [lines[nxt]] + lines[nxt + 2:part_end]
            rows = [cells(line) for line in part]
            if not continues(above, rows):
                break
            table += part[repeated_header(above, rows):]
            end = part_end
        out.extend(table)
        k = end
    return "\n".join(out)


# a heading's own label: "III.", "2.", "2.1.", "a)"
_HEADING_LABEL = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.)]\s|^[a-zđ]\)\s")


def _heading_goes_on(first: str, second: str) -> bool:
    """Whether heading text `second` is the rest of `first`, which a page break cut: `first` has a label and ends on
    a word ("III. KINH PHÍ VÀ NGUỒN LỰC THỰC"), `second` has no label and goes on in its case (capitals after
    capitals: "HIỆN"; small letters after small letters: "kế hoạch")."""
    if not _HEADING_LABEL.match(first) or _HEADING_LABEL.match(second) or not (first[-1:].isalpha()
                                                                                or first.endswith(",")):
        return False
    last = first.split()[-1]
    if last.isupper():
        return second.isupper()
    return second[:1].islower()


def page_split_headings(text: str) -> str:
    """A heading a page break cut in two, as a PDF-to-Markdown converter writes it, on one line again: its two
    parts each a heading of the same level with the page's number between them ("## III. KINH PHÍ VÀ NGUỒN LỰC
    THỰC" / "3" / "## HIỆN" -> "## III. KINH PHÍ VÀ NGUỒN LỰC THỰC HIỆN"); the number line goes. Two headings with
    no number between, or a second with a label of its own ("## IV. TỔ CHỨC THỰC HIỆN"), stay apart."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        first = HEADING.match(lines[k])
        if first:
            nxt, numbers = k + 1, 0
            while nxt < len(lines) and (not lines[nxt].strip() or PAGE_NUMBER.match(lines[nxt])):
                numbers += bool(lines[nxt].strip())
                nxt += 1
            second = HEADING.match(lines[nxt]) if numbers and nxt < len(lines) else None
            if second and second.group(1) == first.group(1) and _heading_goes_on(
                    strip_emphasis(first.group(2)).strip(), strip_emphasis(second.group(2)).strip()):
                out.append(f"{lines[k].rstrip()} {second.group(2).strip()}")
                k = nxt + 1
                continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


# Markdown's footnotes: a definition at a line's start, "[^1]: Kế hoạch ...", its lines after it indented; a
# reference after its word, "năm 2022[^1];" (a numbered label only: "[^ghi-chu]" is left as written)
_FOOTNOTE_DEF = re.compile(r"^\[\^(\d{1,3})\]:[ \t]*(.*)$")
_FOOTNOTE_CONTINUED = re.compile(r"^(?: {4}|\t)[ \t]*\S")
_FOOTNOTE_REF = re.compile(r"(?<!\\)\[\^(\d{1,3})\](?!:)")
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")


def footnotes(text: str) -> tuple[str, list[str]]:
    """The text with Markdown's footnotes read as the HTML and Word readers read raised marks and footnotes
    (extractors.formats.marks): each reference "[^1]" as "[1]" (not inside a code span), each definition
    "[^1]: ..." (and its indented lines) blanked out of the text, its line count kept; and the notes, "1 ...",
    to be read after the text as Word's footnotes are."""
    if "[^" not in text:
        return text, []
    lines, out, notes = text.split("\n"), [], []
    k = 0
    while k < len(lines):
        m = _FOOTNOTE_DEF.match(lines[k])
        if m is None:
            out.append(lines[k])
            k += 1
            continue
        parts = [m.group(2).strip()]
        out.append("")
        k += 1
        while k < len(lines) and _FOOTNOTE_CONTINUED.match(lines[k]):
            parts.append(lines[k].strip())
            out.append("")
            k += 1
        notes.append(" ".join([m.group(1)] + [x for x in parts if x]))
    text, pieces, at = "\n".join(out), [], 0
    for code in _CODE_SPAN.finditer(text):
        pieces += [_FOOTNOTE_REF.sub(r"[\1]", text[at:code.start()]), code.group(0)]
        at = code.end()
    return "".join(pieces) + _FOOTNOTE_REF.sub(r"[\1]", text[at:]), notes


def read(data: bytes, path: str) -> RawDocument:
    text, encoding, converted = decode_unicode(data)
    text = front_matter_blanked(text)
    text, segmented = desegmented(text)  # (before the passes below: a tokenizer glued pipes to words)
    text, notes = footnotes(text)
    text = page_split_headings(continued_pipe_tables(captions_apart(text)))
    text = lone_openings_joined(nested_list_sections(item_headings(lost_cell_breaks(simple_tables(nested_table_rows(uniform_breaks_dropped(text)))))))
    text = bold_lines_joined(wrapped_header_joined(italics_over_breaks(cell_paragraphs_apart(text))))
    parts = _parts(text) if _TABLE_OPENED.search("\n" + text) else [("md", text, 0)]
    blocks, issues = [], converted + ([dict(WORD_SEGMENTED_ISSUE)] if segmented else [])
    for kind, part, offset in parts:
        if kind == "html":
            try:
                got = html.read(part.encode("utf-8"), path).blocks
            except ReadError:
                got = []
            for b in got:
                b.location = {"line": offset + 1}
            blocks.extend(got)
            continue
        got, found = read_text(part, markdown=True)
        for b in got:
            if offset and b.location and "line" in b.location:
                b.location = {**b.location, "line": b.location["line"] + offset}
        blocks.extend(got)
        issues.extend(x for x in found if x not in issues)
    blocks.extend(RawBlock("footnote", note, {"footnote": note.split(" ", 1)[0]}) for note in notes)
    if not any((b.text or b.rows) for b in blocks):
        raise ReadError("the file holds no text")
    return RawDocument(blocks, encoding=encoding, issues=issues)
