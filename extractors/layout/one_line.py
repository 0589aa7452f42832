"""Line breaks a corpus lost by storing a document on one line, its breaks turned into spaces (a
news-style corpus keeps one document per line): "ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 27/KH-UBND An Phú, ngày ... KẾ HOẠCH Phòng, chống ... Căn cứ
... I. MỤC TIÊU 1. Mục tiêu chung Giảm ... 2. Mục tiêu cụ thể - 100% ...; - 70% ... Nơi nhận: - ...".

A text is taken to have lost them only where its header shows it: the motto on a line that runs on
for hundreds of characters into the body (a heading "I." or "1.", an article "Điều 1", a "Căn cứ" or
"Thực hiện", a letter's "Kính gửi:", the "Nơi nhận:"). On that line a break is put back at the marks a
document's lines begin with and nowhere else: after the motto, before the number line, a letter's "V/v"
and "Kính gửi", the place and date line, the type of the document after the date, a "Căn cứ" / "Thực
hiện" that opens a basis, a Roman heading in capitals, a numbered item or a dash bullet after the end of
a sentence, a clause or a heading, the "Nơi nhận", the signature's "TM." / "KT.", and between a heading
in capitals and the sentence after it ("KẾ HOẠCH Phòng, chống", "III. KINH PHÍ Tổng kinh phí", "CHỦ TỊCH
Lù Văn Páo"). Pure functions.

The opposite loss, a corpus of one SENTENCE per line: its sentence splitter cut each label off at its period
("Điều 1 ." / "1 ." / "a )" alone on a line, the item's text on the next): where two or more lines are a label
alone, each is joined to the line after it (rejoin_labels).
"""

from __future__ import annotations

import re

from extractors.layout import scan
from extractors.layout.cells import TITLE_WORDS, split_cell_lines
from normalizers.text import UPPER

LOWER = "".join(sorted({ch.lower() for ch in UPPER}))
_CAP = "[" + UPPER + "]"
_LOW = "[" + LOWER + "]"
_CAPS_WORD = _CAP + "{2,}"  # a word in capitals ("ỦY", "HOẠCH"; not "Y" alone)

# (its first letter a class of the two a case-blind "Đ" matches, the rest case-blind: a pattern that opens with a
# case-blind letter is tried at every character of a text, one that opens with a class of letters is not)
MOTTO = re.compile(r"[Đđ](?i:ộc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)")
# the body on the motto's line: a Roman heading, an article, a basis
_BODY_SIGN = re.compile(r"\s(?:I|II|III|1)\.\s+" + _CAP + r"|\sĐiều\s+1\s*[.:]|\s(?:Căn\s+cứ|Thực\s+hiện)\s+" + _CAP
                        + r"|\sKính\s+gửi\s*:|\sNơi\s+nhận\s*:")
MIN_LINE = 600

_DOC_TYPE = (r"(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|BÁO CÁO|CÔNG VĂN|NGHỊ QUYẾT|CHƯƠNG TRÌNH|THÔNG BÁO|HƯỚNG DẪN|TỜ TRÌNH|"
             r"ĐỀ ÁN|KẾT LUẬN)")
_PART_WORD = r"(?:mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|giải\s+pháp|nội\s+dung|chủ\s+yếu|cụ\s+thể|chung|tổng\s+quát|trọng\s+tâm|chính)"
_HEADING_WORDS = (r"(?:(?:Các\s+)?(?:Mục\s+tiêu|Chỉ\s+tiêu|Nhiệm\s+vụ|Giải\s+pháp)(?:(?:\s*,\s*|\s+và\s+|\s+)" + _PART_WORD
                  + r")*|Mục\s+đích|Yêu\s+cầu|Về(?:\s+" + _LOW + r"+){1,4})")

# the labels a period ends that go on on their line: a Roman number, the signature's authority
_NOT_AFTER_LABEL = r"(?<!\b[IVX]\.)(?<![IVX]{2}\.)(?<![IVX]{3}\.)(?<!TM\.)(?<!KT\.)(?<!TL\.)(?<!TUQ\.)(?<!\bQ\.)"

_BREAKS = re.compile(
    r"\s+(?=CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI)"  # the motto's first line after the issuer
    r"|(?<=VIỆT NAM)\s+(?=Độc\s+lập)"
    r"|(?<=Hạnh phúc)\s+(?!-)"  # the motto's end
    r"|\s+(?=Số\s*:\s*\S)"  # the number line
    r"|\s+(?=V/v\s)"  # a letter's subject under its number
    r"|\s+(?=Kính\s+gửi\s*:)"
    r"|(?<=\d)\s+(?=" + _DOC_TYPE + r"(?:\s|$))"  # "năm 2025 KẾ HOẠCH"
    r"|(?<=[\w.;:)])\s+(?=(?:Căn\s+cứ|Thực\s+hiện)\s+" + _CAP + r"|(?:Theo|Xét)\s+đề\s+nghị\b|Xét\s+Tờ\s+trình\b)"  # a basis
    r"|\s+(?=(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ)\s*:)"  # the decision's verb line
    r"|(?<=[.:;])\s+(?=Điều\s+\d{1,3}\s*[.:])"  # an article after the end of a sentence
    r"|(?<=" + _CAP + _CAP + r")\s+(?=[-+•]\s+(?:\d|" + _CAP + _LOW + r"))"  # "II. MỤC TIÊU - 95% cơ sở"
    # "... hành chính CHỦ TỊCH ỦY BAN", "Lưu: VT. CHỦ TỊCH" (not after a label: "I. MỤC TIÊU", "KT. CHỦ TỊCH")
    r"|(?:(?<=" + _LOW + r")|(?<=[.;:])" + _NOT_AFTER_LABEL + r")\s+(?=" + _CAPS_WORD + r"\s+" + _CAPS_WORD + r")"
    r"|(?<=;)\s+(?=[^;:.]{3,90}?\bnhư\s+sau\s*:)"  # the main clause after the bases
    r"|\s+(?=(?:[IVX]{1,4})\.\s+" + _CAPS_WORD + r")"  # "I. MỤC TIÊU"
    r"|(?<=[.:;])\s+(?=\d{1,2}(?:\.\d{1,2})*\.\s+" + _CAP + r")"  # "... em. 2. Mục tiêu cụ thể"
    r"|(?<=" + _CAP + _CAP + r")\s+(?=\d{1,2}(?:\.\d{1,2})*\.\s+" + _CAP + r")"  # "I. MỤC TIÊU 1. Mục tiêu chung"
    r"|(?<=[.:;])\s+(?=[-+•]\s+\S)"  # "...; - 70% trẻ em", "Nơi nhận: - UBND"
    r"|(?<=[.:;])\s+(?=[a-zđ]\)\s+" + _CAP + r")"  # "... hàng hóa. b) Đẩy mạnh"
    r"|(?<=" + _CAP + _CAP + r"\s\d{4})\s+(?=\d{1,2}\.\s+" + _CAP + r")"  # "I. KẾT QUẢ NĂM 2024 1. Về kinh tế"
    r"|\s+(?=Nơi\s+nhận\s*:)"
    r"|(?<=[.\w])\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s+" + _CAPS_WORD + r")"  # the signature's authority
)
# the end of a known heading in sentence case before its text: "1. Mục tiêu chung Giảm số ...", "2. Mục
# tiêu cụ thể - 100% thôn"
_HEADING_BREAK = re.compile(r"(?<=\d\.\s)(" + _HEADING_WORDS + r")\s+(?=" + _CAP + r"|[-+•]\s|[a-zđ]\)\s)")
# the place and date after the number: "Số: 27/KH-UBND Ngọc Lâm Tây, ngày 16 tháng 4 năm 2025"
_NUMBER_THEN_DATE = re.compile(r"(Số\s*:\s*\S+)\s+(?=" + _CAP + r"[^,:;]{1,40},\s*ngày\s+\d)")
# a heading in capitals (two words or more) and the sentence after it: "KẾ HOẠCH Phòng", "KINH PHÍ Tổng", "CHỦ
# TỊCH Lù Văn Páo" (not an abbreviation before a name: "TT Đảng ủy" is one word in capitals)
_CAPS_THEN_SENTENCE = re.compile(r"(?<!\w)(" + _CAPS_WORD + r"\s+" + _CAPS_WORD + r")\s+(?=" + _CAP + _LOW + r")")


def has_lost_lines(text: str) -> bool:
    """Whether the text's header shows its lines were run together into one."""
    for line in text.splitlines():
        if len(line) < MIN_LINE:
            continue  # (the length first: most lines are short, and a search reads the whole line)
        m = MOTTO.search(line)
        if m and _BODY_SIGN.search(line, m.end()):
            return True
    return False


# the motto with the header's next line run on after it, one space between ("... Hạnh phúc Số: 27/KH-UBND")
_MOTTO_RUNS_ON = re.compile(MOTTO.pattern + r" \S")  # (MOTTO's flags are in its pattern)
WRAPPED_FULL = 0.75  # a wrapped paragraph's lines (all but its last) reach this share of its longest


def unwrap_lost_lines(text: str) -> str:
    """A document on one line that was then printed, or typed into Word, and wrapped to the page's width (a
    PDF of it, its `pdftotext`): the header's motto runs on into the next line of the header, "CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA" / "VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 27/KH-UBND Ngọc Lâm Tây,". The run of lines that
    holds it (up to a blank line) is joined into the one line it was, for restore_lines to put the breaks
    back: only where the run is a wrapped paragraph (its lines but the last about as long as its longest, none
    with a run of spaces: not a header in two columns, not a header of short lines) and the joined line shows
    the lost lines (has_lost_lines). Every other text is left as it is."""
    return text if has_lost_lines(text) else _unwrapped(text)


def _unwrapped(text: str) -> str:
    """unwrap_lost_lines of a text whose lines do not show as lost already (the same object where
    nothing is joined)."""
    if "\n" not in text or not MOTTO.search(text):
        return text
    lines = text.split("\n")
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if end - start >= 3:
            run = [line.strip() for line in lines[start:end]]
            if is_wrapped(run):  # (cheap test first: a run of lines joined only when it is a wrapped paragraph)
                joined = " ".join(run)
                if _MOTTO_RUNS_ON.search(joined) and has_lost_lines(joined):
                    return "\n".join(lines[:start] + [joined] + lines[end:])
        start = end + 1
    return text


def is_wrapped(run: list[str]) -> bool:
    """Whether lines are one paragraph wrapped to a width: each but the last nearly as long as the longest,
    none holding a run of spaces (columns)."""
    longest = max(len(line) for line in run)
    return all(len(line) >= WRAPPED_FULL * longest and "   " not in line for line in run[:-1])


def restore_lines(text: str) -> str:
    """The text with its lines put back where its header shows they were run together (see
    above), also after a printer wrapped its one line (unwrap_lost_lines); any other text as it is."""
    if not has_lost_lines(text):
        unwrapped = _unwrapped(text)
        if unwrapped is text:
            return text
        text = unwrapped
    return "\n".join(_put_back(line) if len(line) >= MIN_LINE and MOTTO.search(line) else line
                     for line in text.splitlines())


# Two shorter lines a scrape flattens out of a document whose other lines it kept (a Markdown or text scrape of a
# page whose header and signature were two-column tables): the header's row, its number and date after the motto
# ("ỦY BAN NHÂN DÂN TỈNH X ---- CỘNG HÒA ... Hạnh phúc ---- Số: 27/KH-UBND X, ngày 05 tháng 8 năm 2025"), and the
# recipients' column with the signature's after it ("Nơi nhận: - Sở Y tế; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ
# TỊCH PHÓ CHỦ TỊCH Đỗ Văn Khải").
_NUMBER_AFTER_MOTTO = re.compile(r"Hạnh\s+phúc\W*?\s+Số\s*[:.]\s*\d{0,6}\s*/\s*\S", re.I)
_RECIPIENTS = re.compile(r"^\s*Nơi\s+nhận\s*:", re.I)
_RECIPIENTS_LINES = scan.whole_text(_RECIPIENTS)  # (the lines that may open so, found in one search: scan.candidates)
# the signature's first authority in capitals after the list's last ";" or "."; or, where the head signs in
# his own name, his title ("- Lưu: VT, KHTH. GIÁM ĐỐC Đỗ Quang Minh", "...; CHỦ TỊCH Hà Văn Lâm")
_HEAD_TITLE = r"(?:PHÓ\s+)?" + TITLE_WORDS
# (a title after an authority, "KT. GIÁM ĐỐC", is the authority's: the split is before the authority)
_GLUED_SIGNATURE = re.compile(r"[.;]\s+(?=(?:TM|KT|TL|TUQ|Q)\s*\.\s*" + _CAP + r"{2})|"
                              r"(?<!TM)(?<!KT)(?<!TL)(?<!TUQ)(?<![\s.]Q)[.;]\s+(?=" + _HEAD_TITLE + r"\s)")
_NAME_WORDS = (2, 5)  # a signer's name: two to five words in sentence case
_MAX_SIGNATURE_CAPS = 120


def may_be_flattened(text: str) -> bool:
    """Whether `text` holds the motto's "Hạnh phúc" or the recipients' "Nơi nhận", without which
    put_back_header_and_signature has nothing to put back (asked before a call for each of a document's paragraphs)."""
    return "Hạnh" in text or "nhận" in text


def put_back_header_and_signature(text: str) -> str:
    """The text with the lines put back that a scrape flattened in a header's row or a recipients' column beside
    the signature (above); any other text as it is. A header row is broken at the marks restore_lines breaks a
    whole document at; a recipients' line only where a signature ends it: authorities and titles in capitals
    after the list's end, then a name (a list whose last entry names a body in capitals, "- Lưu: VT, KT. TM. UBND
    TỈNH.", is no signature)."""
    if not may_be_flattened(text):
        return text
    lines = text.split("\n")
    changed = False
    # (only the lines a search of the whole text finds the motto or "Nơi nhận:" in are asked: most lines hold neither)
    for k in sorted({*scan.candidates(text, MOTTO), *scan.candidates(text, _RECIPIENTS_LINES)}):
        line = lines[k]
        if len(line) >= MIN_LINE:
            continue  # (restore_lines's)
        new = line
        if MOTTO.search(line) and _NUMBER_AFTER_MOTTO.search(line):
            new = _put_back(line)
        elif _RECIPIENTS.match(line):
            new = _signature_put_back(line)
        if new is not line:
            lines[k] = new
            changed = True
    return "\n".join(lines) if changed else text


def _signature_put_back(line: str) -> str:
    """A recipients' line with the signature's lines after it on lines of their own (split as a flattened
    layout cell's are: layout.cells.split_cell_lines), or the line itself."""
    found = None
    for found in _GLUED_SIGNATURE.finditer(line):
        pass
    if found is None:
        return line
    words = line[found.end():].split()
    k = len(words)
    while k > 0 and words[k - 1] != words[k - 1].upper():
        k -= 1  # the name: the words at the end not in capitals
    caps = " ".join(words[:k])
    if not caps or caps != caps.upper() or not re.search(_CAP, caps) or len(caps) > _MAX_SIGNATURE_CAPS \
            or not _NAME_WORDS[0] <= len(words) - k <= _NAME_WORDS[1]:
        return line
    return "\n".join([line[:found.start() + 1], *split_cell_lines(line[found.end():])])


def _put_back(line: str) -> str:
    line = _HEADING_BREAK.sub(lambda m: m.group(1) + "\n", line)
    line = _BREAKS.sub("\n", line)
    line = _NUMBER_THEN_DATE.sub(lambda m: m.group(1) + "\n", line)
    return _CAPS_THEN_SENTENCE.sub(lambda m: m.group(1) + "\n", line)


# a label alone on its line: "Điều 1.", "1.", "2.3.", "a)", "b.", "II." (not a number wrapped onto a line: "1.376.")
# (a sentence splitter's word-segmented label may stand a space from its mark: "1 .", "b )"; the PDF reader's
# paragraphs.lone_labels asks the same of a printed text's paragraphs)
LONE_LABEL = re.compile(r"^[ \t]*(?:Điều\s+\d{1,3}\s*[.:]|\d{1,2}(?:\.\d{1,2})*\s?[.)]|[a-zđ]\s?[.)]|[IVX]{1,4}\s?\.)[ \t\r]*$")
_LONE_LABELS = scan.whole_text(LONE_LABEL)
LABELLED = re.compile(r"^\s*(?:Điều\s+\d|\d{1,2}(?:\.\d{1,2})*\s?[.)]\s|[a-zđ]\s?[.)]\s|[IVX]{1,4}\s?\.\s|[-+•]\s)")


def _item_line(lines: list[str], k: int) -> int | None:
    """The line after label line k that holds its item's text: the next one, or the one after a
    single blank line (a page copied with a blank line after each line); None when there is none
    or it has a label of its own."""
    n = k + 1 if lines[k + 1].strip() else k + 2
    if n >= len(lines) or not lines[n].strip() or LABELLED.match(lines[n]):
        return None
    return n


def _cut_labels(lines: list[str], text: str) -> list[tuple[int, int]]:
    """The lines (`text`, split at its line breaks) that are a label alone with the item's text on
    the next line (or the one after a blank line), when two or more are: (label line, text line) pairs."""
    # (only the lines a search of the whole text finds a label alone on are asked: most texts have none)
    alone = [(k, n) for k in scan.candidates(text, _LONE_LABELS) if k < len(lines) - 1 and LONE_LABEL.match(lines[k])
             and (n := _item_line(lines, k)) is not None]
    return alone if len(alone) >= 2 else []


def has_cut_labels(text: str) -> bool:
    """Whether a sentence splitter cut the text's labels off their items (see above)."""
    return bool(_cut_labels(text.split("\n"), text))


def rejoin_labels(text: str) -> str:
    """The text with each label a sentence splitter cut off its item put back before the item's text (see
    above): only where two or more lines are a label alone and the next line is text with no label of its own."""
    lines = text.split("\n")
    alone = _cut_labels(lines, text)
    if not alone:
        return text
    for k, n in reversed(alone):
        lines[k:n + 1] = [lines[k].rstrip() + " " + lines[n].lstrip()]
    return "\n".join(lines)
