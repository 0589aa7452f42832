"""Small helpers the field extractors share."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from extractors.document import Block, Document
from normalizers.text import untoned  # noqa: F401 (re-exported: the extractors import it from here)

if TYPE_CHECKING:
    from extractors.segment import Node

# "ỦY BAN NHÂN DÂN", "SỞ LAO ĐỘNG..." - issuing bodies as a header writes them
ISSUER_START = re.compile(r"^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|SỞ|BỘ|BAN|PHÒNG|CHÍNH PHỦ|THỦ TƯỚNG|VĂN PHÒNG|"
                          r"CỤC|TỔNG CỤC|TRUNG TÂM|ĐẢNG ỦY|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|THỊ ỦY|QUẬN ỦY|CÔNG AN|BẢO HIỂM|KHO BẠC|"
                          r"LIÊN ĐOÀN|HỘI|ĐOÀN|MẶT TRẬN|VIỆN|TRƯỜNG|BỆNH VIỆN|CHI CỤC|THANH TRA|TỔ|VỤ|TỈNH ĐOÀN|HUYỆN ĐOÀN|"
                          r"THÀNH ĐOÀN|TÒA ÁN|TOÀ ÁN)\b")
# the state's motto, or the Party's and the Youth Union's name in its place on their documents
MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH)",
                   re.I)
SEPARATOR = re.compile(r"^[-_=*.\s]{3,}$")
BULLET = re.compile(r"^\s*[-+•*]\s*")
# an item's number or letter as lists write it: "a)", "b.", "c/", "d-", "1.", "2)", "3/", "4-",
# "1.2." (the slash and dash forms before a space: "12/2025" and "3-5" are no labels)
LETTER_MARK = r"[a-zđ]\s?(?:[).]|[/-](?=\s))"
LABEL_MARK = r"(?:" + LETTER_MARK + r"|\d{1,2}(?:\.\d{1,2})*\s?(?:[.)]|[/-](?=\s)))"
LETTER_LABEL = re.compile(r"^" + LETTER_MARK + r"\s*")  # a lettered item's label and the space after it
FOOTNOTE_GLUED = re.compile(r"(?<=[^\W\d_])\d{1,3}(?=[\s;,.:)]*$)")


def span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def block_span(block: Block, sub: str | None = None) -> dict:
    """The span of `sub` inside `block.text` (the whole block when absent or not found)."""
    if sub:
        i = block.text.find(sub)
        if i >= 0:
            return span(block.start + i, block.start + i + len(sub))
    return span(block.start, block.end)


def body_end(doc) -> int:
    """Index of the first block after the body: "Nơi nhận:" starts the closing."""
    return next((b.index for b in doc.paragraphs if b.text.startswith("Nơi nhận")), len(doc.blocks))


def is_upper(text: str) -> bool:
    """Letters, all in capitals (str.isupper: every cased character upper, at least one)."""
    return text.isupper()


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1)


def clean_item(text: str) -> str:
    """A list item as a value: bullet gone, trailing punctuation and footnote digits gone."""
    text = strip_bullet(text).strip()
    text = text.rstrip(" ;,.")
    return text


# a footnote's marker as a scrape writes it: "[1]", Markdown's "[^1]", "<sup>1</sup>"
FOOTNOTE_MARK = r"\[\^?\d{1,3}\]|<sup>\s*\d{1,3}\s*</sup>"
# ... at a line's end: "năm 2022[1]", "năm 2022[^1]", "<sup>1</sup>", "^1^"
FOOTNOTE_MARK_END = re.compile(r"\s*(?:" + FOOTNOTE_MARK + r"|\^\d{1,3}\^?)(?=[\s;,.:)]*$)")


def strip_footnote(text: str) -> str:
    """"Chương trình1" -> "Chương trình" (a footnote marker glued to the last word, or written as a scrape writes
    one: "năm 2022[1]", "năm 2022[^1]", "năm 2022<sup>1</sup>")."""
    return FOOTNOTE_GLUED.sub("", FOOTNOTE_MARK_END.sub("", text)).rstrip()


def title_case_name(text: str) -> str:
    """"TRẦN THỊ NGA" -> "Trần Thị Nga"; mixed-case names stay as written."""
    if not is_upper(text):
        return text
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def edits(a: str, b: str) -> int:
    """Letters inserted, dropped or changed between two words (Levenshtein); one_edit asks the same of 1, faster."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def one_edit(a: str, b: str) -> bool:
    """a and b differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


class Keywords:
    """Section and label keywords matched without tone marks ("TÔ CHỨC THỰC HIỆN" is
    "Tổ chức thực hiện"), and with one edit per keyword where the text is an OCR reading
    ("T0 CHỨC THỰC HIỆN")."""

    def __init__(self, *phrases: str):
        self.phrases = [" ".join(untoned(p).split()) for p in phrases]
        self._re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in self.phrases)
                              + r")(?!\w)")

    def search(self, text: str, ocr: bool = False) -> bool:
        return self.find(text, ocr) is not None

    def find(self, text: str, ocr: bool = False) -> int | None:
        """The word position of the first keyword in `text`, or None."""
        folded = untoned(text)
        m = self._re.search(folded)
        if m:
            return len(re.findall(r"\w+", folded[: m.start()]))
        if not ocr:
            return None
        words = re.findall(r"\w+", folded)
        for i in range(len(words)):
            for phrase in self.phrases:
                parts = phrase.split()
                # one edit in a short word reads too many others
                if len(phrase) >= 6 and one_edit(" ".join(words[i:i + len(parts)]), phrase):
                    return i
        return None


# a page number left in the text: "12", "- 12 -", "Trang 12"
PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*\d{1,3}\s*[-–]|(?:Trang|trang)\s+\d{1,3}|\d{1,3})\s*$")


def is_page_number(doc, block: Block) -> bool:
    """A block that is only a page number: written as "- 12 -" or "Trang 12", or bare
    digits that open or close a page of a paginated source."""
    if block.kind == "table" or not PAGE_NUMBER.match(block.text):  # (its \s* take the spaces strip() would)
        return False
    text = block.text.strip()
    if not text.isdigit():
        return True
    page = block.location.get("page")
    if page is None:
        return False
    before = doc.blocks[block.index - 1] if block.index else None
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    return (before is None or before.location.get("page") != page) or (after is None or after.location.get("page") != page)


def looks_like_ocr(doc) -> bool:
    """The text of `doc` (or part of it) is an OCR reading: the reader says so in its
    metadata or its issues."""
    if doc.metadata.get("ocr"):
        return True
    return any("ocr" in str(i.get("code", "")) or "text_layer_unusable" in str(i.get("code", "")) for i in doc.issues)


# where a body's content stops: the closing ("Nơi nhận:", "TM. ỦY BAN ...", "KT. CHỦ TỊCH"),
# the sentence that sums the plan up ("Trên đây là Kế hoạch ...") or an appendix title
# ("PHỤ LỤC I"); an OCR reading may lose the first letter ("ơi nhận:")
_CLOSING = re.compile(r"^(?:n?oi nhan\b|(?:tm|kt|t/m|k/t)\s*[.:]?\s+[^\W\d]|phu luc\b|tren day la\b)")
_CLOSING_FIRST = ("n", "o", "t", "k", "p")  # the first letters _CLOSING opens on, untoned


# a notice's closing formula: "Sở Y tế thông báo để các đơn vị biết, thực hiện./.", "... thông báo đến các cơ quan
# liên quan biết, thực hiện." (one short sentence; not its opening "... biết và thực hiện như sau:")
_NOTICE_CLOSING = re.compile(r"^[^.;:]{3,90}?\bthong bao\s+(?:de|den|cho)\b[^.;:]{0,90}\bbiet\b[^.;:]{0,50}\.?(?:/\.)?$")


# a directive's or a letter's closing sentence: "Chỉ thị này có hiệu lực kể từ ngày ký./.", "Công văn này có hiệu lực
# ..." (not a decision's "Quyết định này có hiệu lực", its Điều 2 with Điều 3 after it)
_IN_FORCE = re.compile(r"^(?:chi thi|cong van|van ban|thong bao) nay co hieu luc\b")


def is_closing(block: Block) -> bool:
    """A block that ends a section's content: the closing, an appendix title, or a directive's
    sentence that puts it in force. (Its first letter is asked first: every closing of _CLOSING
    opens on an n, o, t, k or p, toned or not.)"""
    if block.kind == "table":
        return False
    text = block.text.strip()
    if untoned(text[:1]) in _CLOSING_FIRST and _CLOSING.match(untoned(text[:40])):
        return True
    if len(text) < 240 and "hiệu lực" in text and _IN_FORCE.match(untoned(text[:40]).lower()):
        return True
    return len(text) < 240 and "thông báo" in text.lower() and bool(_NOTICE_CLOSING.match(untoned(text)))


def closings(doc) -> list[int]:
    """Indices of the closing and appendix blocks of `doc` (found once per document)."""
    found = doc.__dict__.get("_closings")
    if found is None:
        found = doc.__dict__["_closings"] = [b.index for b in doc.blocks if is_closing(b)]
    return found


def content_end(doc, start: int, end: int) -> int:
    """`end`, or the index of the first closing or appendix block after block `start` if
    that comes first: the last section of a body does not run into its appendix."""
    found = closings(doc)
    at = bisect.bisect_right(found, start)
    return min(end, found[at]) if at < len(found) else end


# the numbers a document's outline opens with: a whole document, its header and preamble above its "I."
_FIRST_NUMBERS = ("I", "1", "THỨ NHẤT", "MỘT")
# items of one kind a chunk's lead needs before they are read as tasks, objectives or duties
CHUNK_MIN_ITEMS = 2


def chunk_lead(doc, nodes) -> int | None:
    """Where the lead of a chunk ends: a chunk cut from the middle of a longer document (a
    corpus that splits documents into pieces) holds, before its first section heading (Roman,
    Part or article), the end of a section whose heading was in the chunk before. The index of
    that first heading's block (the text's end when there is none); None for a whole document,
    whose outline opens at I., Phần 1 or Điều 1 with its header and preamble above."""
    heading = next((n for n in nodes if n.kind in ("roman", "part", "article")), None)
    if heading is None:
        return len(doc.blocks)
    if heading.number.strip(".").upper() in _FIRST_NUMBERS:
        return None
    return heading.block.index


def chunk_paragraphs(doc, nodes) -> list[Block]:
    """The paragraphs of a chunk's lead (chunk_lead); none for a whole document."""
    first = chunk_lead(doc, nodes)
    return [] if first is None else [b for b in doc.paragraphs if b.index < first and b.text]


# the quote that opens an amendment's new wording (objectives', activities' quoted items) before its first item: '"- Năm 2015 có thêm 03 xã ...', '“a) Phấn
# đấu ...' (not a quote that opens a name: '“Mỗi xã một sản phẩm” ...')
QUOTE_OPENS_ITEM = re.compile(r"^\s*[\"“]\s*(?=[-+•]\s|(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/-]\s)")  # ('"4/ ...', '“b/ ...')
QUOTE_ENDS = re.compile(r"[\"”](?=\s*[.;,]?\s*$)")


def unquoted(line: str) -> str:
    """An item's line without the quote marks of the new wording it opens or closes ('"- Tỷ lệ ... đạt 92%."' -> '-
    Tỷ lệ ... đạt 92%.'): an opening mark before its bullet or label, a closing one at its end that no mark on the
    line opens (an inner pair, a name's, stays)."""
    line = QUOTE_OPENS_ITEM.sub("", line)
    end = QUOTE_ENDS.search(line)
    if end and (line.count('"') % 2 == 1 if end.group() == '"' else line.count("”") > line.count("“")):
        # a stop after the mark goes with it ('... chữa cháy";' -> '... chữa cháy'): what is left stays one run of
        # the line, which its span can hold
        rest = line[end.end():]
        line = line[: end.start()] + ("" if rest.strip() else rest)
    return line


# the point of an amending document, by its verb: "Sửa đổi điểm a khoản 2 Mục I như sau:", "Nhiệm vụ 3 ... được sửa
# đổi như sau:", "... nay sửa thành:"
AMEND_VERB = re.compile(r"^(?:sửa đổi|bổ sung|thay thế|điều chỉnh)(?!\w)|(?<!\w)(?:được|nay)\s+(?:sửa đổi|bổ sung|"
                        r"điều chỉnh|thay thế|sửa)(?!\w)", re.I)
OPEN_QUOTE = re.compile(r"^\s*[\"“]\s*")
QUOTED_LOOK = 60  # the blocks a quote of new wording may run over


def quote_depth(text: str, depth: int) -> int:
    """The depth of quoting after `text`, from `depth` before it: a curly quote opens and closes, a straight one
    toggles (an inner pair on one line, "phong trào "Ngày thứ bảy ..."", leaves the depth as it found it)."""
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(depth - 1, 0)
        elif ch == '"':
            depth = 0 if depth else 1
    return depth


def quoted_region(doc: Document, point: Node, first=None) -> range | None:
    """The blocks of the new wording quoted under an amending point: opened on the first block after the point's
    line ('"5. Xây dựng ...'), or on the point's own line after its colon (`first`, that line's rest), closed on the
    block where the quoting ends (the same one, or a later one: the quote opened on the first paragraph and closed on
    the last); None when no quote opens there or none closes before the next Article."""
    from extractors.segment import classify  # (segment reads this module's helpers: imported when first called)
    if first is None:
        first = next((b for b in doc.blocks[point.block.index + 1: point.end_index]
                      if b.kind != "table" and b.text.strip()), None)
    if first is None or not OPEN_QUOTE.match(first.text):
        return None
    depth = 0
    for b in [first, *doc.blocks[first.index + 1: first.index + QUOTED_LOOK]]:
        if b.kind == "table" or not b.text.strip():
            continue
        if b.index > first.index and (found := classify(b.text)) and found[0] in ("article", "roman", "part"):
            return None
        depth = quote_depth(b.text, depth)
        if depth == 0:
            return range(first.index, b.index + 1)
    return None


# a paragraph that tells of another document being issued, its date first: "Ngày 12 tháng 3 năm 2026, Ủy ban nhân
# dân tỉnh ban hành Kế hoạch số 96/KH-UBND về ...", "Ngày 05/8/2027, Bộ Y tế đã ký ban hành Quyết định số ..." (a
# letter's or a plan's story of the document it carries out: the periods, the targets and the sums the paragraph
# goes on to quote are that document's, not the one being read; round G33)
_RECITAL_DATE = (r"(?:ngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*|[/.-]\s*\d{1,2}\s*[/.-]\s*)(?:19|20)\d{2})")
RECITAL = re.compile(r"^\W*(?:Vào\s+)?" + _RECITAL_DATE + r"\s*,\s*[^\W\d_][^,;.:]{2,120}?\s+(?:đã\s+)?(?:ký\s+)?"
                     r"ban hành\s+(?:(?:các|một số)\s+)?(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Chương trình|Đề án|"
                     r"Nghị định|Thông tư|Hướng dẫn|Công văn|Kết luận|Luật)\s+(?:[^\W\d_]+\s+){0,3}?số\b|"
                     # ... or the other document, named by its number and date, the paragraph's subject and what it
                     # sets: "Kế hoạch số 77/KH-UBND ngày 02/4/2028 của Ủy ban nhân dân tỉnh về ... đặt mục tiêu ..."
                     r"^\W*(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Chương trình|Đề án)\s+số\s*\S+\s+" + _RECITAL_DATE +
                     r"[^.;]{0,200}?\s(?:đã\s+)?(?:đặt|đề ra|xác định|giao)\s+(?:ra\s+)?(?:các\s+)?(?:mục tiêu|chỉ tiêu)\b",
                     re.I)


def recites_another(text: str) -> bool:
    """Whether a paragraph opens by telling of another document's issue (RECITAL)."""
    return bool(RECITAL.match(text))
