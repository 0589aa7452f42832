"""Lines to paragraphs: where a text was wrapped, its lines are joined again.

Three shapes occur, told apart per document (`Style.of`):
- one paragraph per line (most scrapes): lines are never joined;
- Markdown-style paragraphs, separated by blank lines and soft-wrapped inside
  (`Căn cứ Nghị định số` / `45/2017/NĐ-CP ngày ...`): the lines of a paragraph are one
  block, except where a line starts a block of its own;
- hard-wrapped text (`pdftotext`, e-mails): a line is joined to the one before when
  that one reached the wrap width, does not end a sentence, and the line does not start
  a block (the width is measured on prose lines, and only where the text shows wraps);
- both (pdftotext's blank-line blocks, Markdown filled to a width): inside a block a
  line that stopped short of the width ended its paragraph unless it runs on in lower case.
In every shape a line that starts a block (a bullet, a number, a letter, `Căn cứ`,
`Điều 2`, a heading in capitals, a signature line) starts a new paragraph, and a line in
capitals is never glued to a line in lower case.
A line in lower case goes on with a paragraph of two lines or more, however short the line
before (a text wrapped twice: a line longer than the page set as a paragraph of its own), and
after a full line ending a clause with ";"; so does a name in capitals after such a paragraph
whose clause is open ("... của Ủy ban nhân dân tỉnh" / "Gia Lai về ...", `open_clause`); an
inline enumeration's next "(n)" at a line's start goes on too ("...; (2) ...;" / "(3) ...").
A blank-line block is not always one paragraph: in a text of one paragraph per line whose
blank lines set off only its chapters, a chapter's block is a list of lines (`listed`: more
of its line breaks end a paragraph than run on). There a line joins the one before only
where the sentence plainly runs on ("1. Mục tiêu tổng quát" / "Phát triển ..." are two).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from extractors.blocks import RawBlock
from extractors.layout.markdown import HEADING, LIST, strip_emphasis
from extractors.segment import classify
from normalizers.agencies import AGENCY_AT_START, HANDS_OVER_AT_START
from normalizers.numbers import finishes_cut_amount

# A line that starts a block: bullets, "1.", "2.1.", "a)", "I." (or "1/", "a/", "I/", "2-", "I-": an office's
# slash or dash numbering), "(1)", "Điều 1", "Căn cứ", a letter's
# subject "V/v ...", ...
STARTS_BLOCK = re.compile(
    r"^(?:[-+•*–●○■□▪▫◦►➢✓∙]\s|\d{1,3}(?:\.\d{1,2})*[.)/-]\s|\d{1,3}(?:\.\d{1,2})+\s|[a-zđ][.)/-]\s|[IVXLC]{1,6}[.)/-]\s|\(\d{1,3}\)|"
    r"(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b|(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị|Nơi nhận|Kính gửi|V/v)\b|"
    r"PHỤ LỤC|Phụ lục\s|(?:TM|KT|Q|TL|TUQ)\s*\.|\|"
    # (a task's labelled line under its heading: "Cơ quan chủ trì: ...", "Đơn vị phối hợp: ...", however full the
    # heading's line above it)
    r"|(?:Cơ quan|Đơn vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)\s*:)")
DASH_ITEM = re.compile(r"^[-+•*–]\s")  # "- Sở Y tế;"
SEPARATOR = re.compile(r"^[-_=*.~\s]{3,}$")  # "-------" under a header line
SENTENCE_END = re.compile(r"[.;:!?…]['\")\]*]*$")
ELLIPSIS_END = re.compile(r"\w(?:\.{3,}|…)$")  # "... mô hình..." (an ellipsis after a word)
FIRST_WORD = re.compile(r"\S+")
# words that never end a sentence: a line ending with one was wrapped ("ngày", "tháng", "năm"
# before their number; not "hằng năm", "hàng tháng": every year, every month, a phrase's end)
CONNECTOR_END = re.compile(r"\b(?:của|và|về|các|những|với|cho|tại|theo|trong|ngoài|số|(?<!hằng )(?<!hàng )(?:ngày|tháng|năm)|"
                           r"là|được|có|để|do|từ|đến|trên|dưới|hoặc|hay|mà|thì|như|nhằm|giữa|bằng|vào|ra|khi|nếu|tỉnh|huyện|xã)$",
                           re.I)
WIDE_INNER_GAP = re.compile(r"\S {3,}\S")  # "Số: 12/KH-UBND      Hà Tĩnh, ngày ...": columns, not prose
# a list of heads whose fields follow the colon: "Giám đốc các Sở:" (then "Tài chính, Y tế, ..."), "các Bộ:"
DISTRIBUTIVE_END = re.compile(r"\bcác\s+(?:Sở|Bộ|Vụ|Cục|Phòng|Ban)\s*:$")
# ... the heads in lower case ("phối hợp với các phòng:" / "Tài chính - Kế hoạch, Nội vụ"), where the next line names
# no agency of its own (not a lead-in: "... cho các phòng:" / "Phòng Tư pháp chủ trì ...")
DISTRIBUTIVE_END_LOWER = re.compile(r"\bcác\s+(?:sở|bộ|vụ|cục|phòng|ban)\s*:$")
# a body's head word, capitalized, opening a list's item (after a label's colon or a list's comma or
# semicolon), that a name must follow: "... Đơn vị phối hợp: Phòng" / "Quản lý Công nghiệp, ..." (an
# item never ends on it: a wrap cut the name; "... của Sở" may name the issuing department itself); or a head's title
# that a body's name must follow: "Điều 3. Chánh Văn phòng UBND huyện; Trưởng phòng" / "Nông nghiệp và Phát triển
# nông thôn; ...", "...; Giám đốc" / "Sở Y tế ..." (round G44)
HEAD_WORD_END = re.compile(r"[:;,]\s*(?:Phòng|Sở|Ban|Cục|Chi cục|Trung tâm|Văn phòng|Ủy ban|Hội đồng|Bộ|(?:Phó\s+)?(?:"
                           r"Trưởng\s+(?:phòng|ban)|Giám đốc|Chủ tịch|Thủ trưởng|Chánh\s+Văn\s+phòng|Chánh\s+Thanh\s+tra|"
                           r"Cục trưởng|Chi cục trưởng|Vụ trưởng|Hiệu trưởng))$")
SPLIT_NUMBER = re.compile(r"(?:\d[-/]|\d\.)$")  # "2016-", "03/4/", "1." at a line's end, before a digit
# a document number cut after its code's hyphen, before the rest in capitals: "số 215/KH-" / "UBND ngày ...",
# a code with a small letter of its abbreviation among them too ("số 1315/TTr-" / "SKHĐT", "số 08/CTr-" / "UBND")
# the rest of such a number: its code's last parts in capitals, alone or before the date or the text
CODE_REST = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ][A-ZĐ0-9&]*)*(?=[\s,;.]|$)")
CODE_CUT = re.compile(r"\d/(?:\d{4}/)?(?:[A-ZĐ][A-ZĐ0-9&]*[a-zđ]?[A-ZĐ0-9&]*-)+$")


# an item's label in lower case, however written: "a/ Khoa ...", "b) Trạm ...", "c. Phòng ...", "đ- ..."
_LOWER_LABEL = re.compile(r"^[a-zđ]{1,2}\s*[/).:-]\s")
# a line ending on the word that announces a document's number ("... Nghị định số") and the number after it
_NUMBER_WORD_END = re.compile(r"\bsố$", re.I)
_DOCUMENT_NUMBER = re.compile(r"^\d{1,5}(?:/\d{4})?/[A-ZĐ]")


def is_caps(text: str) -> bool:
    """A line in capitals (at least one letter, none in lower case)."""
    return text.isupper()


@dataclass(frozen=True)
class Style:
    paragraphs_by_blank_lines: bool = False  # Markdown-style soft wraps inside blank-line paragraphs
    wrap_width: float | None = None  # hard wraps at about this many characters
    markdown: bool = False  # a Markdown file: its blank-line paragraphs are paragraphs, whatever their lines

    @staticmethod
    def of(lines: list[str]) -> "Style":
        stripped = [line.strip() for line in lines]
        groups: list[list[str]] = [[]]
        texts: list[str] = []  # the lines that hold text (the counts below are of those)
        for line in stripped:
            if line:
                groups[-1].append(line)
                texts.append(line)
            elif groups[-1]:
                groups.append([])
        multi = [g for g in groups if len(g) >= 2]
        # soft wraps: paragraphs of several lines whose first line stops mid-sentence (not
        # a chapter's block of one paragraph per line: "Chương I" / "MỤC TIÊU" / "1. ...")
        soft = [g for g in multi if not SENTENCE_END.search(g[0]) and not STARTS_BLOCK.match(g[1])
                and not is_caps(g[0]) and len(g[0].split()) >= 2 and not listed(g)]
        by_blank = len(soft) >= 3 and len(soft) >= 0.25 * max(1, len(multi)) and len(groups) >= 6 \
            and sum(len(g) for g in groups if len(g) == 1) < 4 * sum(len(g) for g in multi)
        # the wrap width is measured on prose: not on lines set in columns or table rows
        prose = sorted([len(s) for s in texts if s.count(" ") >= 3 and ("  " not in s or not WIDE_INNER_GAP.search(s))])
        width = None
        if len(prose) >= 10:
            w = prose[int(0.95 * (len(prose) - 1))]
            near = len(prose) - bisect_left(prose, 0.75 * w)
            # and the text shows its wraps: full lines that stop mid-sentence and go on in
            # lower case on the next line (a scrape of one paragraph per line has none)
            wraps = len(_wrap_lengths(stripped, w))  # ("a. Vốn ..." after a full line is an item)
            # (short lines may outnumber the full ones: a table copied a cell a line, as a
            # viewer's copy or `pdftotext -raw` writes it; then the wraps show the width)
            # (a short text may wrap only twice: then most of its full lines that stop mid-sentence are those wraps)
            full = 0.75 * w
            open_full = sum(1 for a in texts if len(a) >= full and a.count(" ") >= 3
                            and not SENTENCE_END.search(a) and not is_caps(a))
            shown = wraps >= 3 or (wraps == 2 and wraps >= 0.6 * open_full)
            if 30 <= w <= 200 and shown and (near >= 0.3 * len(prose) or (wraps >= 5 and wraps >= 0.4 * near)
                                             or _tight_wraps(stripped, w, open_full)):
                width = float(w)
        return Style(by_blank, width)


MIN_TIGHT_WRAPS = 3  # a short text's wraps, few but plain
TIGHT_WRAP_SHARE = 0.6  # of the full lines that stop mid-sentence, this share at least go on in lower case
WRAP_BAND = 0.12  # ... and those lines end within this share of the width of one another


def _wrap_lengths(stripped: list[str], w: int) -> list[int]:
    """The lengths of the full lines (3/4 of `w` or more) that stop mid-sentence and go on in lower case."""
    full = 0.75 * w
    return [len(a) for a, b in zip(stripped, stripped[1:]) if len(a) >= full and b[:1].islower()
            and not SENTENCE_END.search(a) and not STARTS_BLOCK.match(b)]


def _tight_wraps(stripped: list[str], w: int, open_full: int) -> bool:
    """A short text hard-wrapped at a width whose lines are mostly short (a header, headings, list items):
    few lines reach the width, but most of its full lines that stop mid-sentence go on in lower case on
    the next line, and they end within a narrow band of one another (a writer's wrap column, not long
    paragraphs of one line each, whose lengths differ)."""
    lengths = _wrap_lengths(stripped, w)
    return len(lengths) >= MIN_TIGHT_WRAPS and len(lengths) >= TIGHT_WRAP_SHARE * open_full \
        and max(lengths) - min(lengths) <= WRAP_BAND * w


PRINTED_OPEN_SHARE = 0.5  # of the full lines, this share at least stops mid-sentence


def printed_lines(lines: list[str]) -> Style | None:
    """The wrap style of a text whose paragraphs are printed lines, one each (a PDF converted to
    Word: every line of the page is a paragraph of its own, a sentence cut over two or three);
    None for a text of real paragraphs. Its lines show a wrap width (`Style.of`: many near it,
    wraps that go on in lower case), and most of its full lines (near the width) stop
    mid-sentence, where a real paragraph, however long, ends one."""
    stripped = [line.strip() for line in lines]
    # the width Style.of would measure (its prose lines), to refuse most files before measuring
    # the rest (Style.of reads every blank-line block's breaks)
    prose = sorted([len(s) for s in stripped if s.count(" ") >= 3 and ("  " not in s or not WIDE_INNER_GAP.search(s))])
    if len(prose) < 10:
        return None
    width = prose[int(0.95 * (len(prose) - 1))]
    least = 0.75 * width
    full = [s for s in stripped if len(s) >= least and s.count(" ") >= 3]
    open_lines = sum(1 for s in full if not SENTENCE_END.search(s))
    if open_lines < PRINTED_OPEN_SHARE * len(full):
        return None
    style = Style.of(lines)
    return style if style.wrap_width is not None and not style.paragraphs_by_blank_lines else None


def _full(prev: str, nxt: str, width: float) -> bool:
    """Whether `prev` was broken by the wrap: it reaches near the width, or the next
    line's first word would not have fitted after it."""
    first = FIRST_WORD.match(nxt)
    n = len(prev)
    return n >= 0.8 * width or n + 1 + (len(first.group(0)) if first else 0) > width


def line_break(prev: str, nxt: str) -> int:
    """What the break between two lines of a blank-line block says: 1 a sentence runs on
    ("... nâng cao" / "chất lượng ..."), -1 a paragraph ended ("... vùng cao." / "2. Mục
    tiêu cụ thể", "Chương I" / "MỤC TIÊU"), 0 either ("1. Mục tiêu tổng quát" / "Phát triển").
    (A label only `classify` knows, "Phần thứ hai", is a vote for an end here, not a rule
    in `joins`: "... tại điểm d khoản" / "2 Điều 9 Luật ..." is a wrap it reads as an item.)"""
    if SEPARATOR.match(prev) or SEPARATOR.match(nxt) or STARTS_BLOCK.match(nxt) or HEADING.match(nxt) \
            or is_caps(prev) != is_caps(nxt) or classify(nxt) is not None:
        return -1
    if is_caps(prev):  # two lines in capitals: a title's wrap or two lines of a header
        return 0
    if SENTENCE_END.search(prev):
        return -1
    return 1 if nxt[:1].islower() or CONNECTOR_END.search(prev) else 0


LEADING_MARK = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*|[a-zđA-ZĐ]|[IVXLC]{1,6})\)\s*")  # "a) ", "1) ": no bracket's close


def open_bracket(para: str) -> bool:
    """Whether a paragraph so far leaves a bracket open at its end: "... phường (Chủ trì:"."""
    if "(" not in para:
        return False
    text = LEADING_MARK.sub("", para, count=1)
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth > 0 and len(text) - text.rfind("(") <= 200


def listed(block: list[str]) -> bool:
    """Whether a blank-line block is a list of paragraphs, one a line, not one paragraph
    wrapped: more of its line breaks end a paragraph than run on."""
    ends = runs = 0
    for a, b in zip(block, block[1:]):
        k = line_break(a, b)
        ends += k < 0
        runs += k > 0
    return ends > runs


# a date a wrap cut after its "năm", "tháng" or "ngày": the line before ends with the first
# part, the line after starts with the rest ("Hà Giang, ngày 14 tháng 8 năm" / "2026")
DATE_HEAD = re.compile(r"(?:\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm|\bngày\s+\d{1,2}\s+tháng|\bngày)$", re.I)
DATE_REST = {"năm": re.compile(r"^\d{4}\b"), "tháng": re.compile(r"^\d{1,2}\s+năm\s+\d{4}\b", re.I),
             "ngày": re.compile(r"^\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b", re.I)}


def date_cut(before: str, line: str) -> bool:
    """Whether `line` goes on with a date that `before` ends in."""
    if not before[-5:].lower().endswith(("năm", "tháng", "ngày")):
        return False
    m = DATE_HEAD.search(before)
    return m is not None and DATE_REST[m.group(0).rsplit(None, 1)[-1].lower()].match(line) is not None


# a period's name at a line's end and its years opening the next line: "... về phát triển du lịch giai đoạn" /
# "2026-2030;" (not a year range that labels an item: "2026-2028: hoàn thành ...")
PERIOD_HEAD = re.compile(r"\bgiai\s+đoạn$", re.I)
PERIOD_REST = re.compile(r"^(?:19|20)\d{2}\s*[-–÷]\s*(?:19|20)\d{2}\b(?!\s*:)")


def period_cut(before: str, line: str) -> bool:
    """Whether `line` goes on with the years of a period that `before` names ("giai đoạn" / "2026-2030;"), a wrap
    however short the line and whatever stands between (a blank line, a paragraph's end)."""
    return PERIOD_HEAD.search(before) is not None and PERIOD_REST.match(line) is not None


def appendix_cut(before: str, line: str) -> bool:
    """Whether `line` goes on with a reference to an appendix that `before` ends at its preposition ("...
    đến năm 2030 tại" / "Phụ lục kèm theo Chương trình này."), not an appendix's title."""
    return line.startswith("Phụ lục ") and CONNECTOR_END.search(before) is not None


# a line that starts with a clause's punctuation: "; giảm 10% ...", "." alone
PUNCT_START = re.compile(r"^[;,:](?=\s|$)|^\.(?=\s|$)")


# a label a Markdown writer escaped at a line's start so that it opens no list: pandoc's "1\\. Mục tiêu",
# "a\\) Rà soát", "II\\. NHIỆM VỤ", "\\- Sở Y tế" (the escapes leave the blocks later; the label opens a block)
ESCAPED_LABEL = re.compile(r"^(\s*(?:\d{1,3}(?:\.\d{1,3})*|[a-zđA-ZĐ]|[IVXLCDM]{1,6}))\\([.)])|^(\s*)\\([-+*])")


def label_unescaped(line: str) -> str:
    """`line` with its opening label's Markdown escape taken off ("1\\. Mục" -> "1. Mục")."""
    if "\\" not in line[:12]:
        return line
    return ESCAPED_LABEL.sub(lambda m: f"{m[1]}{m[2]}" if m[1] is not None else f"{m[3]}{m[4]}", line, count=1)


def joins(prev: str, nxt: str, style: Style, same_group: bool, column: bool = False, para: str = "",
          in_list: bool = False, after: str | None = None) -> bool:
    """Whether line `nxt` continues the paragraph (`para`, so far) that line `prev` ends.
    Lines of a header or signature column join only where a phrase runs on in lower case;
    so do the lines of a blank-line block that is a list (`in_list`, see `listed`). `after`
    is the next line that holds text after `nxt`, when a blank line stands before `nxt`.
    A label's Markdown escape is read as the label ("b\\) Giám sát ..." opens a block)."""
    prev, nxt = label_unescaped(prev), label_unescaped(nxt)
    para = label_unescaped(para)
    if _dash_wrap(prev, nxt, style, same_group, para) or date_cut(prev, nxt) or period_cut(prev, nxt):
        return True
    if ELLIPSIS_END.search(prev) and nxt[:1].islower() and same_group and not column \
            and style.wrap_width is not None and _full(prev, nxt, style.wrap_width):
        return True  # an ellipsis inside a sentence, at a full line's end: "... mô hình..." / "trên Báo ..."
    if PUNCT_START.match(nxt) and same_group and not column and prev and not SEPARATOR.match(prev):
        return True  # a clause's punctuation starts no paragraph: the line after a superscript
        # footnote mark that a viewer's copy set on a line of its own ("... quy cách1" / "; giảm ...")
    if nxt[:1] == "(" and not column and same_group and style.wrap_width is not None \
            and _full(prev, nxt, style.wrap_width) and enumeration_goes_on(para, nxt):
        return True  # an inline enumeration that the wrap put at a line's start
    if appendix_cut(prev, nxt) and same_group and not column:
        return True
    if same_group and not column and nxt[:1].isupper() and CODE_CUT.search(prev) and CODE_REST.match(nxt):
        return True  # a document number cut after its code's hyphen: "số 1315/TTr-" / "SKHĐT ngày ..."
    if STARTS_BLOCK.match(nxt) or HEADING.match(nxt) or SEPARATOR.match(prev) or SEPARATOR.match(nxt):
        return False
    if HANDS_OVER_AT_START.match(nxt) and AGENCY_AT_START.match(nxt) and not OPEN_END.search(prev):
        # a sentence that gives a task to an agency opens a paragraph, however full the line before it:
        # "Giao Phòng Cảnh sát PCCC&CNCH chủ trì, ...", "Đề nghị Ủy ban MTTQ huyện ..." (not the wrap of a
        # name: "... với Sở" / "Giao thông vận tải", "Phòng" / "Giao dịch Ngân hàng ...")
        return False
    if not column and same_group and style.wrap_width is not None and _full(prev, nxt, style.wrap_width) \
            and open_bracket(para or prev) and not is_caps(nxt):
        # "a) Tổ chức ... (Chủ trì:" / "Trung tâm Văn hóa phường; ...)": a bracket left open at a wrap goes on
        # (not a narrow cell's line: "(định mức" / "15 triệu")
        return True
    if not column and (DISTRIBUTIVE_END.search(prev) or (DISTRIBUTIVE_END_LOWER.search(prev)
                                                          and not AGENCY_AT_START.match(nxt))) \
            and nxt[:1].isupper() and not is_caps(nxt):
        return True  # "... Giám đốc các Sở:" / "Tài chính, Y tế, Xây dựng; ...": the heads' fields go on after the colon
    if not column and same_group and (style.wrap_width is not None or style.paragraphs_by_blank_lines) \
            and HEAD_WORD_END.search(prev) and nxt[:1].isupper() and not is_caps(nxt):
        return True  # "...; Trưởng phòng" / "Nông nghiệp và ...": a list's head cut before the body it heads
    if column:
        return same_group and nxt[:1].islower() and not SENTENCE_END.search(prev)
    if is_caps(prev) != is_caps(nxt):
        return False
    if is_caps(prev):  # capitals: a title wraps only at the full width
        return style.wrap_width is not None and same_group and _full(prev, nxt, style.wrap_width) \
            and not SENTENCE_END.search(prev)
    if prev.endswith((";", ":")) and goes_on_start(nxt) and same_group and style.wrap_width is not None \
            and _full(prev, nxt, style.wrap_width):
        # a clause after a semicolon, or a label's value after its colon, the wrap put at the next
        # line's start: "... 8 m2/người;" / "tỷ lệ ...", "... năm 2023;" / "60% hợp tác xã ...", "- Diện tích
        # được tưới chủ động:" / "trên 1.450 ha."
        return True
    if style.paragraphs_by_blank_lines and same_group and not style.markdown and para == prev \
            and STARTS_BLOCK.match(prev) and nxt[:1].isupper() and len(prev) < HEADING_SHARE * len(nxt) \
            and not OPEN_END.search(prev):
        # a numbered heading over its paragraph, no blank line between ("2. Công tác y tế dự phòng" / "Giám sát chặt
        # chẽ các bệnh truyền nhiễm ..."): a soft wrap's first line is as long as the line after it
        return False
    if style.paragraphs_by_blank_lines and same_group:
        # soft wraps inside a blank-line paragraph; where the text is also wrapped at a
        # width (pdftotext's blocks, Markdown filled to 80), a line that stopped short of
        # it ended its paragraph ("1. Mục tiêu chung" / "Hình thành ...")
        # ... unless the sentence plainly runs on in lower case (pdftotext's narrow table
        # cells: "(định mức" / "20 triệu" / "đồng/xã/năm)")
        if not in_list and (style.markdown or style.wrap_width is None or _full(prev, nxt, style.wrap_width)):
            return True
        # (in a list, a line that reached the wrap width and stops mid-sentence runs on too)
        # (a short numbered heading is whole, whatever word it ends in: "3. Trạm Y tế xã" / "Theo dõi ...")
        heading = para == prev and nxt[:1].isupper() and STARTS_BLOCK.match(prev) is not None
        # (a word no clause ends in runs on, heading or not: "Căn cứ Nghị quyết số 35-NQ/TU ngày ... của" / "Tỉnh ủy ...")
        return not SENTENCE_END.search(prev) and (nxt[:1].islower() or (CONNECTOR_END.search(prev) is not None
                                                                        and not heading) or (
            OPEN_END.search(prev) is not None and not is_caps(nxt)) or (
            in_list and style.wrap_width is not None and len(prev) >= 0.85 * style.wrap_width))
    if style.wrap_width is None:
        return False
    if SENTENCE_END.search(prev):
        return False
    if style.markdown and same_group and para == prev and len(prev) < 0.5 * style.wrap_width \
            and (nxt[:1].islower() or (_NUMBER_WORD_END.search(prev) and _DOCUMENT_NUMBER.match(nxt))) \
            and not is_caps(prev) and not HEADING.match(prev) and not _LOWER_LABEL.match(nxt):
        # a Markdown paragraph's first line cut short (a legal site's first-line indent: "Phát triển chính quyền
        # số, kinh" / "tế số, xã hội số toàn diện; ...", "Căn cứ Nghị định số" / "45/2017/NĐ-CP ngày ...") with no
        # blank line before it: its sentence goes on in lower case, or with the number its last word announces
        # (not in a printed page's text, whose narrow cells hold such lines: pdftotext's)
        return True
    if _heading_over_agency(prev, nxt, para, style.wrap_width):
        return False
    # a wrap breaks a sentence: the next line goes on in lower case, or after a word that
    # cannot end one ("của", "và", "các" ...); a line in capitals after a full line is new
    # (or the line reached the wrap width itself: "... của Thủ tướng" / "Chính phủ ...")
    goes_on = nxt[:1].islower() or nxt[:1].isdigit() or CONNECTOR_END.search(prev) is not None \
        or len(prev) >= 0.85 * style.wrap_width
    split_number = SPLIT_NUMBER.search(prev) is not None and nxt[:1].isdigit()  # "2026-" / "2030": a wrap however short
    # a paragraph wrapped twice (a line longer than the page, each line then set as a paragraph
    # of its own: "... về chính" / "sách tài khóa, tiền" / "" / "tệ hỗ trợ ..."): a line in lower
    # case goes on with a paragraph of two lines or more, after a short line or a blank line
    # (or, in capitals, a name after a word no clause ends in: "... của Ủy ban nhân dân tỉnh" / "" / "Gia Lai về ...")
    rewrapped = len(para) > style.wrap_width and (goes_on_start(nxt) or goes_on_capital(para, prev, nxt)) \
        and (same_group or not unit_cell(nxt, after))
    # (a line that stops on a word no clause ends in goes on however short: a justified line that
    # pdftotext's single spaces made shorter, "     Căn cứ Nghị quyết số 35-NQ/TU ngày ... của" / "Tỉnh ủy ...")
    open_end = OPEN_END.search(prev) is not None and not is_caps(nxt)
    full = _full(prev, nxt, style.wrap_width)
    # (a full line that stops on a word only a phrase's middle holds goes on over a blank line with a name: a
    # text printed double-spaced that the reader could not undo, "... chủ trì, phối hợp với" / "" / "Phòng Tài
    # chính - Kế hoạch ...")
    over_gap = full and FUNCTION_END.search(prev) is not None and not is_caps(nxt) and not STARTS_BLOCK.match(nxt)
    return ((full or split_number or open_end) and goes_on
            and (same_group or nxt[:1].islower() or over_gap)) or rewrapped




_NUMBERED_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*(?:[.)]|[/-](?=\s))|[IVXL]{1,6}(?:\.|[/-](?=\s))|[a-zđ](?:[.)]|[/-](?=\s)))\s+")


def _heading_over_agency(prev: str, nxt: str, para: str, width: float) -> bool:
    """A numbered task heading over a paragraph that opens with an agency, no blank line between, in a
    text wrapped at `width` ("1. Hoàn thiện quy hoạch và đầu tư kết cấu hạ tầng du lịch" / "Sở Văn hóa,
    Thể thao và Du lịch chủ trì, ..."): the heading stopped short of the width, the next line's first word
    would have fitted after it, and it ends in no word a clause cannot end in. A heading names work, not a
    body: a numbered line that opens with an agency ("1. Phòng Tư pháp là cơ quan thường trực, tham mưu" /
    "UBND huyện ...") is a responsibility's sentence, wrapped before the body it names."""
    first = FIRST_WORD.match(nxt)
    label = _NUMBERED_LABEL.match(prev)  # (a numbered line: not a basis's "Căn cứ ... của Thủ tướng" / "Chính phủ ...")
    return (para == prev and label is not None and nxt[:1].isupper() and not is_caps(nxt)
            and AGENCY_AT_START.match(prev[label.end():].lstrip()) is None
            and AGENCY_AT_START.match(nxt) is not None and CONNECTOR_END.search(prev) is None
            and OPEN_END.search(prev) is None and first is not None and len(prev) + 1 + len(first.group(0)) <= width)


HEADING_SHARE = 0.6  # a labelled line shorter than this share of the next is a heading over it, not a wrap's first line
# words a clause never ends in (fewer than CONNECTOR_END: not "tỉnh", "năm", "được", a heading's
# or a sentence's possible last word)
_PHRASE_MIDDLE = ("của", "và", "về", "các", "những", "với", "cho", "tại", "theo", "để", "từ", "đến", "hoặc", "nhằm",
                  "giữa", "bằng", "là")
OPEN_END = re.compile(r"\b(?:" + "|".join(_PHRASE_MIDDLE) + r")$", re.I)
# ... and the words a phrase never ends in either, but a clause may stop on before a line of its own ("do", "được"):
# a full line stopping on one goes on over a blank line (see joins); narrower than CONNECTOR_END, which also takes
# the words a name or a date may end in ("huyện", "năm")
FUNCTION_END = re.compile(r"\b(?:" + "|".join(_PHRASE_MIDDLE + ("do", "được")) + r")$", re.I)
# a preamble's basis: a clause closed by ";", "," or "." however it ends
BASIS_START = re.compile(r"^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\b")


def open_clause(para: str, last: str) -> bool:
    """Whether a paragraph (`para`, its last line `last`) stops where its clause cannot end, so
    that a line in capitals or a name after it goes on with it: after a word no clause ends in
    ("... ban hành theo" / "Quyết định số ..."), or a basis stopped short of its closing mark
    after a word a name follows ("Thực hiện Kế hoạch số 8/KH-UBND ... của Ủy ban nhân dân tỉnh" /
    "Gia Lai về ...")."""
    if SENTENCE_END.search(last) or last[-1:] == ",":
        return False
    return OPEN_END.search(last) is not None or (BASIS_START.match(para) is not None
                                                 and CONNECTOR_END.search(last) is not None)


def goes_on_capital(para: str, last: str, nxt: str) -> bool:
    """A line that opens with a capital (a name: "Gia Lai", "Ủy ban ...") and goes on with a
    paragraph wrapped twice whose clause is open (`open_clause`); not a block's start nor a
    line in capitals."""
    return nxt[:1].isupper() and not is_caps(nxt) and not STARTS_BLOCK.match(nxt) and open_clause(para, last)


LEAD_AMOUNT = re.compile(r"^\d[\d.,]*(?:%|\s+[^\W\d_])")  # "52,5% vào ...", "12 cống ...", not "1 Xây dựng"


def goes_on_start(line: str) -> bool:
    """A line that can only go on with a sentence: it opens in lower case, or with an amount
    and its unit or the words after it in lower case ("52,5% vào năm 2027", "12 cống ngăn
    mặn"); not a row code or a number before a capital ("1 Xây dựng kho ...")."""
    if line[:1].islower():
        return True
    m = LEAD_AMOUNT.match(line)
    return m is not None and (m.group(0).endswith("%") or m.group(0)[-1].islower())


BARE_AMOUNT = re.compile(r"^\(?\d[\d.,]*\)?$")  # "215", "1.340", "(12,5)": a table's amount cell


def unit_cell(line: str, after: str | None) -> bool:
    """A table's short cell a line, between a row's label and its amounts, in a table copied a
    cell a line ("Tập huấn ... ven" / "biển và cán bộ thôn" / "" / "lớp" / "" / "215"): a word or
    two that end no clause, followed by an amount alone. Not the rest of a paragraph wrapped
    twice, which ends its clause or goes on in words ("... trang bị đầy" / "" / "đủ phương tiện" /
    "" / "Tổ chức ...")."""
    return after is not None and BARE_AMOUNT.match(after) is not None and len(line.split()) <= 2 \
        and not SENTENCE_END.search(line) and line[-1:] != ","


PAREN_ITEM = re.compile(r"^\((\d{1,2})\)\s")  # "(3) Tỷ lệ ..." at a line's start


def enumeration_goes_on(para: str, nxt: str) -> bool:
    """Whether `nxt`, a line that opens with "(n)", goes on with an enumeration inside the
    paragraph `para` (its "(n-1)" stands inside it, not at its start): "... đạt tối thiểu 80%;
    (2) 100% hồ sơ ...;" / "(3) Tỷ lệ người dân ..." is a wrap; "(2) Tỷ lệ ..." / "(3) Tỷ lệ ..."
    one item a line is a list."""
    m = PAREN_ITEM.match(nxt)
    if m is None or int(m.group(1)) < 2:
        return False
    at = para.find(f"({int(m.group(1)) - 1})")
    return at > 0


def _dash_wrap(prev: str, nxt: str, style: Style, same_group: bool, para: str) -> bool:
    """"... các tổ chức Chính trị" / "- Xã hội có liên quan.": a full line that stops
    mid-phrase, the wrap putting a hyphenated name's dash first. Not a list: the
    paragraph is not itself a dash item, and the line before is full; nor a numbered or
    lettered heading's title on its one line (no label's colon) and a capital after the dash
    ("b) Hỗ trợ giống, chuyển giao kỹ thuật" / "- Xây dựng vườn ươm ...": its first bullet
    under it; "4. ... các đoàn thể chính trị" / "- xã hội huyện ..." and "b) Cơ quan phối
    hợp: ... các tổ chức Chính trị" / "- Xã hội của huyện." run on)."""
    return (style.wrap_width is not None and same_group and nxt.startswith("- ") and prev[-1:].isalnum()
            and len(prev) >= 0.85 * style.wrap_width and not DASH_ITEM.match(para) and not is_caps(prev)
            and not (para.strip() == prev.strip() and _NUMBERED_LABEL.match(prev) and ":" not in prev
                     and nxt[2:3].isupper()))


# a date's or a quarter's year cut in a narrow cell: "Quý II/202" / "6", "15/3/20" / "26"
_CUT_YEAR = re.compile(r"(?<![\d.,])\d{1,2}/(?:\d{1,2}/)?(\d{1,3})$|\b[IV]{1,3}/(\d{1,3})$")


def _group_wrapped(prev: str, nxt: str) -> bool:
    """Whether `nxt`, digits (and maybe the amount's further groups), finishes the short last
    group of the amount `prev` ends with, or the year of a date or quarter cut short ("Quý II/202" / "6")."""
    # (an amount whose last group a narrow cell cut short, "5.46" / "0", "1.080.00" / "0.000"; not one cut at its
    # dot, which a sentence's full stop would be)
    head = prev.rsplit(None, 1)[-1] if prev.strip() else ""
    if not head.endswith(".") and finishes_cut_amount(head, nxt):
        return True
    y = _CUT_YEAR.search(prev) if nxt.isdigit() else None
    return bool(y and len(y.group(1) or y.group(2)) + len(nxt) == 4 and (y.group(1) or y.group(2))[:1] in "12")


# a word written with a hyphen cut at it at a line's end, its rest in lower case on the next line: "véc-" / "tơ",
# "vắc-" / "xin" (the piece before the hyphen in lower case, no space before it: "kinh tế -" / "xã hội" is a dash
# between words, "số 2207/TTr-" a code's hyphen)
HYPHEN_CUT = re.compile(r"(?<![\w/.-])([^\W\d_]+)-$")


def hyphen_cut(text: str) -> bool:
    m = HYPHEN_CUT.search(text)
    return m is not None and m.group(1).islower()


def hyphen_joined(lines: list[str]) -> list[str]:
    """The lines with each one cut at a word's hyphen (HYPHEN_CUT) joined to the next, when it goes on in lower case
    ("giám sát véc-" / "tơ truyền bệnh": a cell's printed lines, a paragraph each in a converter's Word file)."""
    out: list[str] = []
    for line in lines:
        if out and line.strip()[:1].islower() and hyphen_cut(out[-1].rstrip()):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out


def glue(prev: str, nxt: str) -> str:
    """Join two wrapped lines: "giai đoạn 2016-" + "2020" keeps no space, nor a word
    broken at a narrow column's edge ("xét nghiệ" + "m"), nor a document number cut after its
    code's hyphen ("số 215/KH-" + "UBND")."""
    if SPLIT_NUMBER.search(prev) and nxt[:1].isdigit() or broken_word(prev, nxt) or _group_wrapped(prev, nxt) \
            or PUNCT_START.match(nxt) or (nxt[:1].isupper() and CODE_CUT.search(prev)) \
            or (nxt[:1].islower() and hyphen_cut(prev)):
        return prev + nxt
    return f"{prev} {nxt}"


def paragraphs(lines, style: Style, markdown: bool) -> list[RawBlock]:
    """Blocks from lines (objects with .text, .number, .page; None for a blank line or a
    break). Markdown headings and list items get their kinds; emphasis is dropped."""
    blocks: list[RawBlock] = []
    cur: list = []
    last = ""
    hard = False  # the line before ends with a Markdown hard break
    broken = False  # a blank line or break since the last line
    # one paragraph per line (no soft or hard wraps): only lines of a column may join
    can_join = style.paragraphs_by_blank_lines or style.wrap_width is not None
    in_list = _listed_lines(lines) if style.paragraphs_by_blank_lines and not style.markdown else set()

    def flush():
        if not cur:
            return
        text = strip_emphasis(cur[0][1])
        first = cur[0][0]
        loc = {"line": first.number}
        if first.page > 1:
            loc["page"] = first.page
        kind = "list_item" if markdown and LIST.match(text) else "paragraph"
        blocks.append(RawBlock(kind, text, loc))
        cur.clear()

    for k, line in enumerate(lines):
        if line is None:
            broken = True
            continue
        text = line.text.strip()
        if cur and style.wrap_width is not None and len(cur[0][1]) > style.wrap_width \
                and (text[-1:].isdigit() or text[-1:] in "-–") \
                and not getattr(line, "column", False) and not getattr(cur[0][0], "column", False) \
                and page_number_within(cur[0][1], last, text, _next_text(lines, k)):
            broken = True  # a page number inside the paragraph: the paragraph goes on after it
            continue
        heading = HEADING.match(text) if text[:1] == "#" else None  # (the text is stripped: a heading opens on "#")
        if heading:
            flush()
            loc = {"line": line.number}
            blocks.append(RawBlock("heading", strip_emphasis(heading.group(2)), loc, level=len(heading.group(1))))
            broken = True
            continue
        if not text.strip("\u00a0\u202f\u2007\u200b "):
            flush()
            blocks.append(RawBlock("paragraph", "", {"line": line.number}))  # an empty cell of a flattened table
            broken = True
            continue
        column = getattr(line, "column", False) or getattr(cur[0][0], "column", False) if cur else False
        if cur and hard and not broken and _bodies_apart(last, text):
            # (two bodies a line each in one cell, a <br> between them: one paragraph, its names a list)
            cur[0] = (cur[0][0], f"{cur[0][1].rstrip(' ;,')}; {text}")
        elif cur and (column or can_join) and (not hard or line_break(last, text) > 0) \
                and joins(last, text, style, not broken, column, cur[0][1], id(line) in in_list,
                          _next_text(lines, k) if broken else None):
            cur[0] = (cur[0][0], glue(cur[0][1], text))
        else:
            flush()
            cur.append((line, text))
        last = text  # the line before the next one (its width tells a wrap, not the paragraph's)
        # a Markdown hard break (two spaces at the line's end; html2text's <br>): the author
        # broke the line, so the next one goes on with it only where a sentence plainly runs on
        hard = markdown and line.text.endswith("  ")
        broken = False
    flush()
    return blocks


def _bodies_apart(last: str, line: str) -> bool:
    """Whether a Markdown hard break stands between two bodies' names, each a line of a cell ("Hội Liên hiệp Phụ nữ
    huyện" / "Huyện đoàn": a <br> in a flattened table's partners cell, which a break in a name's end word,
    "huyện", would join with a space), not inside one name ("Ủy ban nhân dân huyện" / "Thạch Long")."""
    return line[:1].isupper() and AGENCY_AT_START.match(last) is not None and AGENCY_AT_START.match(line) is not None \
        and not is_caps(last) and not is_caps(line) and not last.endswith(":") \
        and HANDS_OVER_AT_START.match(last) is None and not _wants_more(last)


def _wants_more(last: str) -> bool:
    """Whether a sentence goes on after the line: it ends on a mark, or on a word that wants more (CONNECTOR_END's,
    "phối hợp với" / "các trường học ..."; not a name's level word, "Hội Nông dân huyện", which ends a body's name)."""
    m = CONNECTOR_END.search(last)
    return last[-1:] in ",;:(-–" or (m is not None and m.group(0).lower() not in ("tỉnh", "huyện", "xã"))


def page_number_within(para: str, last: str, line: str, after: str | None) -> bool:
    """Whether `line`, a bare number ("2", "- 3 -") after the paragraph `para` (its last line
    `last`) and before the line `after`, is the page number of a text that lost its page
    breaks (a PDF's text copied or converted whole, one printed line a line), standing inside
    a paragraph: the paragraph runs over two lines or more and stops mid-sentence, and the
    next line goes on with it in lower case ("... giảm lượng chất thải phải chôn lấp," / "" /
    "2" / "" / "góp phần ..."). Not a number a phrase is waiting for ("... đến năm" / "2030")."""
    from extractors.layout.text import PAGE_NUMBER

    if after is None or not after[:1].islower() or STARTS_BLOCK.match(after) or not PAGE_NUMBER.match(line):
        return False
    return not (SENTENCE_END.search(last) or CONNECTOR_END.search(last) or SPLIT_NUMBER.search(last)
                or last[-1:].isdigit() or is_caps(last))


def _next_text(lines: list, k: int) -> str | None:
    """The first line after `k` that holds text (stripped), None if none does."""
    for line in lines[k + 1:]:
        if line is not None and line.text.strip():
            return line.text.strip()
    return None


def _listed_lines(lines) -> set[int]:
    """The ids of the lines in blank-line blocks that are lists (`listed`)."""
    out: set[int] = set()
    block: list = []
    for line in [*lines, None]:
        text = line.text.strip() if line is not None else ""
        if text and text[:1] != "#":
            block.append(line)
            continue
        if listed([ln.text.strip() for ln in block]):
            out.update(id(ln) for ln in block)
        block = []
    return out


# the rule under a header's issuer or motto ("-------", "_____"), or the Party's star under its
# committee's name ("*")
RULE_ONLY = re.compile(r"^\s*(?:[-_=*.]{3,}|\*)\s*$")


def join_cell_lines(lines: list[str]) -> str:
    """The lines of a scraped table cell: soft wraps joined, layout lines (capitals, a
    bullet, `KT. CHỦ TỊCH`, a rule and the line under it: "-------" / "Số: 47/KH-UBND")
    kept apart."""
    out: list[str] = []
    for line in lines:
        if out and not STARTS_BLOCK.match(line) and not is_caps(out[-1]) and not is_caps(line) \
                and not SENTENCE_END.search(out[-1]) and not RULE_ONLY.match(out[-1]) and not RULE_ONLY.match(line):
            out[-1] = glue(out[-1], line)
        elif out and _OPEN_COMMA.search(out[-1]) and not is_caps(out[-1]) and _CODES_REST.match(line.strip()):
            out[-1] = glue(out[-1], line)  # a list of codes wrapped after its comma: "- Lưu: VT," / "KGVX."
        elif out and _ITEM_HEAD_END.search(out[-1]) and not STARTS_BLOCK.match(line) and not is_caps(line):
            out[-1] = glue(out[-1], line)  # an item of a list run on wrapped after its head: "...; - Các sở:" / "Y tế, ..."
        else:
            out.append(line)
    return "\n".join(out)


_OPEN_COMMA = re.compile(r",\s*$")
# a list's items run on in one cell (" - ... ; - ..."), the line ending on an item's head and its colon
_ITEM_HEAD_END = re.compile(r";\s+[-–+]\s+[^-–+;:.]{1,30}:\s*$")
# the rest of a list of codes, in capitals, that ends the list ("KGVX.", "TH, KT."; a line of the header is longer
# and ends with no stop)
_CODES_REST = re.compile(r"^[A-ZĐ][A-ZĐ0-9]{1,7}(?:,\s*[A-ZĐ][A-ZĐ0-9]{1,7})*\s*\.?$")


# ---------------------------------------------------------------------------
# Words broken inside a narrow table cell

# Vietnamese writes one syllable per word and every syllable has a vowel, so a piece
# without one, at a line start in a table cell, is the end of the word above it that
# did not fit the column ("xét nghiệ" / "m", "ST" / "T").
_VOWELS = set("aăâeêioôơuưy")
# a syllable's final consonants, and the consonants a syllable may start with
_FINALS = {"c", "ch", "m", "n", "ng", "nh", "p", "t"}
_INITIALS = {"b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
             "q", "qu", "r", "s", "t", "th", "tr", "v", "x"}
_LAST_WORD = re.compile(r"(\w+)$")  # "... xét nghiệ" -> "nghiệ"
_FIRST_PIECE = re.compile(r"^(\w+)")  # "m ..." -> "m"


def _has_vowel(word: str) -> bool:
    return any(unicodedata.normalize("NFD", ch)[0].lower() in _VOWELS for ch in word)


def _consonant_tail(word: str) -> str:
    k = len(word)
    while k and not _has_vowel(word[k - 1]):
        k -= 1
    return word[k:]


def broken_word(prev: str, nxt: str) -> bool:
    """Whether a cell's line `prev` ends inside a word that `nxt` finishes: the piece
    after the break, or before it, cannot be a syllable of its own.
    "xét nghiệ" + "m" (a final consonant after a vowel), "trun" + "g" (the final "ng"
    split), "ST" + "T" (a short abbreviation in capitals, no vowel on either side), "ngh" + "iệm"
    (a syllable's initial alone). Not "dài 5 km" (a unit), "Sở Y" + "tế" (two syllables)."""
    a, b = _LAST_WORD.search(prev), _FIRST_PIECE.match(nxt)
    if not a or not b:
        return False
    left, right = a.group(1), b.group(1)
    if any(ch.isdigit() or ch == "_" for ch in left + right):
        return False
    if left.isupper() and right.isupper() and not _has_vowel(left) and not _has_vowel(right):
        return len(left) + len(right) <= 4  # "ST" / "T"; not "UBND" / "TP"
    if left[-1].isupper() != right[0].isupper():
        return False  # lower case then capitals, or the reverse: two words ("dân" / "TP")
    if not _has_vowel(right):
        # the word's end: its final consonants, split anywhere ("nghiệ" + "m", "trun" + "g")
        return _has_vowel(left) and (_consonant_tail(left) + right).lower() in _FINALS
    # the word's start alone: an initial consonant cluster with no vowel
    return not _has_vowel(left) and left.lower() in _INITIALS and right[:1].islower()


# a line that opens a cell's list item: "- Vụ Pháp chế", "+ Bộ Tài chính", "• In tài liệu"
CELL_ITEM = re.compile(r"^[-+•–]\s+\S")


def list_cell_text(text: str) -> str:
    """A PDF table cell's lines as `cell_text` reads them, but a cell set as a list of marked
    items ("- Vụ Pháp chế" / "- Viện Khoa học Môi trường" / "- Bộ Xây dựng", an item's wrap
    on the line under it unmarked) keeps an item a line, as a Word or web page cell's lines
    are read: joined, the items' marks would run into the names ("Vụ Kế hoạch - Tài
    chính" holds a dash of its own). A task's name over its items ("Tuyên truyền chính sách" /
    "dân tộc" / "- Trên Đài Truyền thanh ..." / "- Cấp phát báo ...") keeps its name one line
    above them, as a Word or web page cell gives it (normalizers.agencies.join_cell_lines
    writes the two shapes as those cells' are written)."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or sum(bool(CELL_ITEM.match(line)) for line in lines) < 2:
        return cell_text(text)
    items: list[list[str]] = []
    for line in lines:
        if CELL_ITEM.match(line) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return "\n".join(cell_text("\n".join(item)) for item in items)


# a number a narrow cell cut where it no longer fit (LibreOffice and Word break a token wider than the cell; an OCR
# reads a printed cell's lines so): a decimal after its comma ("45," / "9"), a year in a header cell ("Năm 202" / "6",
# "Năm" / "20" / "26", "202" / "7"); only where the cell so far is that decimal, or the year's first digits end it
# after words or stand alone as three ("202" / "7"), and the next line finishes it alone (not "1, 2," / "3",
# "20" / "15", "2018" / "5")
_CUT_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{3})*,$")
_CUT_DECIMAL_TAIL = re.compile(r"^\d{1,3}%?$")
_CUT_YEAR_HEAD = re.compile(r"(?:^|\s)((?:19|20)\d{0,2})$")


def number_cut(prev: str, nxt: str) -> bool:
    """Whether the cell's text so far, `prev`, ends with a number or a year its next line `nxt` finishes."""
    if _CUT_DECIMAL.match(prev):
        return bool(_CUT_DECIMAL_TAIL.match(nxt))
    head = _CUT_YEAR_HEAD.search(prev) if nxt.isdigit() and len(nxt) <= 3 else None
    if not head or len(head.group(1)) + len(nxt) != 4:
        return False
    before = prev[:head.start(1)]
    return any(ch.isalpha() for ch in before) or (not before.strip() and len(nxt) == 1)


def cell_text(text: str) -> str:
    """The lines of one table cell (a PDF cell, a column's lines in a text table) as one
    line: a space between lines, none where a word was broken at the cell's edge or a
    number or date at its end ("2016-" / "2020"); a cell of agencies set one a line
    ("Sở Y tế" / "Sở Tài chính") has them apart with "; ", as it would write them on one
    line (normalizers.agencies.lines_by_agency)."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > 1:
        from normalizers.agencies import lines_by_agency
        groups = lines_by_agency(lines)
        if groups:  # one agency a line: "Hội Liên hiệp Phụ nữ tỉnh" / "Tỉnh Đoàn" -> "...; Tỉnh Đoàn"
            names = [cell_text("\n".join(group)) for group in groups]
            return " ".join(name if name.endswith((";", ",")) or n == len(names) - 1 else f"{name};"
                            for n, name in enumerate(names))
    out = ""
    for line in lines:
        out = (out + line if number_cut(out, line) else glue(out, line)) if out else line
    return out
