"""The outline: every numbered heading in reading order, with its path and level.

Numbering styles: "Phần thứ nhất", Roman "II.", Article "Điều 3.", Arabic "1.", "2.1.",
"3.4.1", lettered "a)". A numbered paragraph that runs on ("2. Sở Tài chính: Phối hợp
...") is an outline node too; its `heading` is the part before the first colon. A marker
written twice ("a) a) Nội dung", a scrape's list number over the typed one) counts once;
in an OCR reading "5, Tiếp tục" is "5. Tiếp tục", and "= Tiếp tục" between "4." and "6." is 5.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from extractors.document import Block, Document
from extractors.fields.common import Keywords, is_page_number, is_upper, looks_like_ocr
from normalizers.text import UPPER

# "Phần thứ nhất", "PHẦN THỨ HAI", "Phần I", "Phần 2: ...", "PHẦN B. KẾT QUẢ" (not "Phần 2 nêu trên")
PART = re.compile(r"^(?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+(\w+)|^(?:Phần|PHẦN)\s+([IVX]+)\b"
                  r"|^(?:Phần|PHẦN)\s+(\d{1,2}|[A-H])(?=\s*[.:-]|\s*$|\s+[A-ZĐÀ-Ỹ]{2})")
# "Chương I", "CHƯƠNG 2. NHIỆM VỤ": a chapter, a Part of a programme (not "Chương trình")
CHAPTER = re.compile(r"^(?:Chương|CHƯƠNG)\s+([IVXL]{1,6}|\d{1,2})(?=\s*[.:-]|\s*$|\s+[" + UPPER + r"]{2})")
# "Mục 1. QUAN ĐIỂM", "MỤC 2: NHIỆM VỤ": a chapter's section (not "Mục tiêu", not "Mục 2 của Phụ lục")
SECTION_OF_CHAPTER = re.compile(r"^(?:Mục|MỤC)\s+(\d{1,2}|[IVXL]{1,6})(?:\s*[.:-]\s*(?=\S)|\s*$)(?=[" + UPPER + r"]|$)")
# "II. MỤC TIÊU", "IV- KINH PHÍ"
# (not a quarter's or a month's date a wrapped line opens with: "II/2026.", "IV-2027", "I.2026")
ROMAN = re.compile(r"^([IVXL]{1,6})\s*[.)/-](?!\s*(?:19|20)\d{2}\b)\s*(\S.*)$")
# "II MỤC TIÊU": a Roman section whose full stop the scrape lost (its heading in capitals)
ROMAN_BARE = re.compile(r"^([IVXL]{1,6})\s+(\S.*)$")
# "II.1. Mục tiêu chung", "III.2- Nhiệm vụ": item 1 of section II, numbered with it
ROMAN_ARABIC = re.compile(r"^([IVXL]{1,6})\.(\d{1,2}(?:\.\d{1,2}){0,2})\s*[.)/-]?\s+(?!\d)(\S.*)$")
# "1. Mục đích", "2.1. Hoạt động 1: ...", "3.4.2 Mô hình", "1) ...", "1/ Tuyên truyền", "2- Kiểm tra", "1 . Mục đích",
# "1 - Trồng rừng phòng hộ" (a dash set apart by spaces, as some offices type it; not "1 - 2 lớp": a range)
ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s?\.|\s?\)|\s?[/–-](?=\s)|\s)\s*(?!\d)(\S.*)$")
# "a) Nội dung", "đ) ...", "a. ...", "b/ Tổ chức", "c- Kiểm tra", "d)Hỗ trợ"
LETTER = re.compile(r"^([a-zđ])\s*(?:[)./]|-(?=\s))\s+(\S.*)$|^([a-zđ])\)(\S.*)$")
# "b.Tổ chức các hoạt động", "c/Hỗ trợ": a letter glued to its title by a full stop or a slash (a PDF
# that lost the space); not the letters that shorten a place word ("x." xã, "p." phường, "q." quận,
# "h." huyện, "t." tỉnh, "s." số), and _glued_title keeps out a name ("đ.Lê Lợi", "b.Nguyễn Văn Hùng")
GLUED_LETTER = re.compile(r"^([a-gi-oru-wyđ])[./](?=[" + UPPER + r"])(\S.*)$")
# the words of a glued letter's title before its first stop, comma, bracket or number
_GLUED_HEAD = re.compile(r"[^,;:.()\d]*")
# "b.1. Vốn Trung ương hỗ trợ": a numbered part of lettered item b
SUB_LETTER = re.compile(r"^([a-zđ])\s*\.\s*(\d{1,2})\s*[.)]\s+(\S.*)$")
# "A. MỤC TIÊU", "B- NHIỆM VỤ VÀ GIẢI PHÁP": a capital letter over the Roman sections (its heading in capitals)
CAPITAL_SECTION = re.compile(r"^([A-H])\s*[.)/-]\s+(\S.*)$")
# "Điều 3. Tổ chức thực hiện", "Điều 4: Chánh Văn phòng ...", "ĐIỀU 2."
ARTICLE = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d{1,3})\s*[.:]\s*(\S.*)?$")
# a list marker written twice: "a) a) Nội dung", "1. 1. Mục tiêu"
DOUBLED = re.compile(r"^((?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXL]{1,6})\s*[.)])\s+\1\s+")
# an OCR reading of "5. Tiếp tục": "5, Tiếp tục"
OCR_ARABIC = re.compile(r"^(\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ])(\S.*)$")
# and with the number read as a sign: "= Tiếp tục" (placed by the numbers around it, _lost_number)
SIGN_FOR_NUMBER = r"[=~«»§¬|]{1,2}"
OCR_LOST_NUMBER = re.compile(r"^(" + SIGN_FOR_NUMBER + r")\s*(?=[A-ZĐÀ-Ỹ])(\S.*)$")
_SIGN_LABEL = re.compile(r"^" + SIGN_FOR_NUMBER + r"$")
LOST_NUMBER_LOOK = 12  # the blocks looked through for the item after a lost number
# "(2) Tỷ lệ hộ nghèo giảm ...": an item numbered in parentheses (where it sits decides its level)
PAREN_ARABIC = re.compile(r"^\((\d{1,2})\)\s*(?!\d)(\S.*)$")
# "12/2025", "3-5": a date or a range, not a numbered heading
DATE_LIKE = re.compile(r"^\d{1,2}[/-]\d")
# the first words of a plan's section heading, for one written in capitals with no number
# ("MỤC TIÊU", "TỔ CHỨC THỰC HIỆN", a Word or web page that sets its headings in bold)
SECTION_PHRASES = ("mục đích", "yêu cầu", "mục tiêu", "quan điểm", "nhiệm vụ", "giải pháp", "nội dung",
                   "kinh phí", "nguồn kinh phí", "dự toán kinh phí", "tổ chức thực hiện", "phân công",
                   "trách nhiệm", "đối tượng", "phạm vi", "thời gian thực hiện", "kết quả", "tình hình",
                   "đánh giá", "chế độ báo cáo", "chế độ thông tin", "hoạt động", "sự cần thiết",
                   "căn cứ xây dựng", "phương hướng", "chỉ tiêu", "các chỉ tiêu", "lộ trình", "danh mục")
SECTION_WORDS = Keywords(*SECTION_PHRASES)
# "Mục tiêu cụ thể" alone on its line, with no number: the sub-heading of the objectives
OBJECTIVE_HEADING = re.compile(r"^(?:Mục tiêu|MỤC TIÊU)\s+(?:chung|tổng quát|cụ thể|CHUNG|TỔNG QUÁT|CỤ THỂ)\s*:?$")
OBJECTIVE_WORDS = Keywords("mục tiêu")
_ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6}


@dataclass
class Node:
    path: str
    label: str
    heading: str
    level: int
    kind: str  # part | roman | article | arabic | letter | group (a capital letter inside a Roman section)
    number: str  # "2.1", "II", "a"
    block: Block
    body: str  # the text after the label
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    end_index: int = 0  # index of the first block after this node's content
    heading_end: int | None = None  # where the heading ends when it is the next line's ("Phần thứ hai" / "NHIỆM VỤ")


def roman_value(s: str) -> int:
    """"IV" -> 4, "II" -> 2 (capitals I, V, X, L)."""
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


def _bare_count(text: str, m: re.Match) -> bool:
    """A number followed by a space only ("3 Nguồn kinh phí" is a heading whose dot the
    scrape lost) is a heading only when it is small, its text starts with a capital and
    is short; "50 cơ sở được nâng cấp" and "12 xã đạt chuẩn" are counts."""
    number, body = m.group(1), m.group(2)
    if text[len(number): m.start(2)].strip() in (".", ")", "/", "-"):
        return False  # a written label: "3.", "3)", "3/ ", "3- "
    if not body[:1].isupper():
        return True
    if _row_figures(body):
        return True  # "1 Thôn Vĩnh An 320 59 1.888": a table's row whose cells a scrape joined by spaces
    return "." not in number and (int(number) > 20 or len(text) > 150)


# the figures a table's row ends on, its cells joined by spaces: "Thôn Vĩnh An 320 59 1.888", "Xã Tân Phú 45,5 - 12"
# (two numbers at least after a word, a dash among them an empty cell: not a heading that ends on one, "3 Tổ chức sơ kết
# năm 2026", on a code "2 Dự án 3", nor on years "1 Giai đoạn 2026 - 2030")
_ROW_FIGURES = re.compile(r"[^\W\d_]\w*((?:\s+(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|-)){2,})\s*$")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _row_figures(body: str) -> bool:
    """The body of a bare-numbered line ends on a table row's figures (_ROW_FIGURES), not all of them years."""
    m = _ROW_FIGURES.search(body)
    numbers = [t for t in m.group(1).split() if t != "-"] if m else []
    return len(numbers) >= 2 and not all(_YEAR.fullmatch(t) for t in numbers)


# what a numbered line can start with: a digit, a letter item "a)", a Roman "IV.", a capital
# section "B.", "Phần ...", "Điều ...", "Chương ...", "Mục ..." (every pattern of _classify and
# DOUBLED is anchored there: a new pattern adds its first letters here, and a row to
# tests/test_speed_prefilters.py)
NUMBERED_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzđABCDEFGHIVXLMPĐ")


def classify(text: str, ocr: bool = False) -> tuple[str, str, str, str] | None:
    """(kind, number, label, body) of a numbered line, or None. A line whose first
    character no numbering starts with is answered at once; the others are cached: the
    outline, the budget statements and the legal bases ask about the same lines."""
    first = text[:1]
    if first not in NUMBERED_FIRST and not first.isdigit():
        return None
    return _classify_cached(text, ocr)


@functools.lru_cache(maxsize=4096)
def _classify_cached(text: str, ocr: bool) -> tuple[str, str, str, str] | None:
    doubled = DOUBLED.match(text)
    found = _classify(text[doubled.end(1):].lstrip() if doubled else text, ocr)
    if found and doubled:  # "a) a) Nội dung": the marker once, the label as written
        kind, number, _, body = found
        return kind, number, text[: text.index(body, doubled.end())].strip(), body
    return found


def _classify(text: str, ocr: bool) -> tuple[str, str, str, str] | None:
    m = ARTICLE.match(text)
    if m:
        return "article", m.group(1), text[: m.start(2)].strip() if m.group(2) else text.strip(), m.group(2) or ""
    if ocr and (m := OCR_ARABIC.match(text)):
        return "arabic", m.group(1), text[: m.start(2)].strip(), m.group(2)
    m = CHAPTER.match(text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else roman_value(m.group(1))
        return "part", str(n), text[: m.end()], text[m.end():].strip(" :.-")
    m = SECTION_OF_CHAPTER.match(text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else roman_value(m.group(1))
        return "roman", _roman_numeral(n), text[: m.end()].strip(), text[m.end():].strip()
    m = PART.match(text)
    if m:
        word = (m.group(1) or m.group(2) or m.group(3) or "").lower()
        if m.group(3):  # "Phần 2", "Phần B"
            n = int(word) if word.isdigit() else ord(word.upper()) - 64
            return "part", str(n), text[: m.end()], text[m.end():].strip(" :.-")
        n = _ORDINALS.get(word) or (roman_value(word.upper()) if word and set(word.upper()) <= set("IVXL") else 0)
        return "part", str(n), text[: m.end()], text[m.end():].strip(" :.-")
    m = CAPITAL_SECTION.match(text)
    if m and is_upper(m.group(2)) and " " in m.group(2).strip():
        return "part", str(ord(m.group(1)) - 64), text[: m.start(2)].strip(), m.group(2)
    m = ROMAN_ARABIC.match(text)
    if m and roman_value(m.group(1)) > 0:
        return "arabic", m.group(2), text[: m.start(3)].strip(), m.group(3)
    m = ROMAN.match(text)
    if m and roman_value(m.group(1)) > 0:
        return "roman", m.group(1), text[: text.index(m.group(2))].strip(), m.group(2)
    m = ROMAN_BARE.match(text)
    if m and roman_value(m.group(1)) > 0 and is_upper(m.group(2)) and " " in m.group(2).strip():
        return "roman", m.group(1), m.group(1), m.group(2)
    m = ARABIC.match(text)
    if m and _bare_count(text, m):
        m = None  # "50 cơ sở được nâng cấp": a count that starts a sentence, not a heading
    if m and not DATE_LIKE.match(text):
        label = text[: text.index(m.group(2), len(m.group(1)))].strip()
        return "arabic", m.group(1), label, m.group(2)
    m = LETTER.match(text)
    if m:
        letter, body = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if m.group(3) and not body[:1].isupper():
            return None  # "a)đất": no space and no capital, not a list
        return "letter", letter, text[: text.index(body, 1)].strip(), body
    m = SUB_LETTER.match(text)
    if m:
        return "letter", f"{m.group(1)}.{m.group(2)}", text[: m.start(3)].strip(), m.group(3)
    m = GLUED_LETTER.match(text)
    if m and _glued_title(m.group(2)):
        return "letter", m.group(1), text[: m.start(2)], m.group(2)
    return None


def _glued_title(body: str) -> bool:
    """The title of a letter glued to it ("b.Tổ chức các hoạt động"): a phrase with a word in
    lower case before its first comma, stop or number ("Tổ chức", "Sở Y tế:", "UBND các xã"),
    not a name whose every word is capitalised ("Lê Lợi, phường 3", "Nguyễn Văn Hùng")."""
    return any(w[:1].islower() for w in _GLUED_HEAD.match(body).group(0).split())


def unnumbered_heading(block: Block, previous: str, ocr: bool) -> bool:
    """"MỤC TIÊU", "TỔ CHỨC THỰC HIỆN:": a short line in capitals (or marked as a heading by
    the source, "<h2>Nhiệm vụ</h2>") that opens with a section's words, after a line that is
    not in capitals or ends a sentence (so not a title's second line, "KẾ HOẠCH" / "TỔ CHỨC
    THỰC HIỆN CUỘC THI ...")."""
    text = block.text.strip()
    return (len(text) <= 60 and (is_upper(text) or block.kind == "heading") and not text.endswith((".", ";", ","))
            and (not is_upper(previous) or previous.rstrip().endswith((".", ":", ";")))
            and SECTION_WORDS.find(text, ocr) == 0)


def _objective_subheading(text: str, nodes: list[Node], ocr: bool) -> tuple[str, str, str, str] | None:
    """"Mục tiêu chung" / "Mục tiêu cụ thể" alone on a line with no number, right under a
    section on the objectives (or after its other such sub-heading): its numbered item."""
    if not OBJECTIVE_HEADING.match(text.strip()) or not nodes:
        return None
    above = nodes[-1].parent if nodes[-1].kind == "arabic" and nodes[-1].label == "" else nodes[-1]
    if above is None or above.kind not in ("roman", "part") or not OBJECTIVE_WORDS.search(above.heading, ocr):
        return None
    return "arabic", str(sum(c.kind == "arabic" for c in above.children) + 1), "", text.strip().rstrip(":").strip()


def _roman_numeral(n: int) -> str:
    """3 -> "III": the place of an unnumbered section among its siblings."""
    out = ""
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _paren_item(text: str, nodes: list[Node]) -> tuple[str, str, str, str] | None:
    """"(2) Nội dung": a numbered item of the level below the nearest item not numbered in
    parentheses; right under a Roman section, Part or Article (or with none above it) it is
    the section's numbered item, as "2." would be; under "1." or "a)" it is a part of it
    ("1.2", "a.2"), placed as a lettered item is."""
    m = PAREN_ARABIC.match(text)
    if not m or not m.group(2)[:1].isupper():
        return None
    above = next((n for n in reversed(nodes) if not n.label.startswith("(")), None)
    label = text[: m.start(2)].strip()
    if above is None or above.kind in ("part", "roman", "article"):
        return "arabic", m.group(1), label, m.group(2)
    return "letter", f"{above.number}.{m.group(1)}", label, m.group(2)


def _lost_number(texts: list[Block], k: int, nodes: list[Node], ocr: bool) -> tuple[str, str, str, str] | None:
    """A scan's item whose number OCR read as a sign ("= Tiếp tục ..."), between "4." and "6.":
    the item 5. Only where the numbered item before it is n and the next numbered line n + 2."""
    if not ocr or not (m := OCR_LOST_NUMBER.match(texts[k].text)):
        return None
    last = next((n for n in reversed(nodes) if n.kind != "letter"), None)
    if last is None or last.kind != "arabic" or not last.number.isdigit():
        return None
    for b in texts[k + 1: k + 1 + LOST_NUMBER_LOOK]:
        if found := classify(b.text, ocr):
            if found[0] == "arabic" and found[1] == str(int(last.number) + 2):
                return "arabic", str(int(last.number) + 1), m.group(1), m.group(2)
            return None
    return None


# a numbered heading behind a list sign: "- 1. Công tác tuyên truyền" (a Markdown scrape's
# "- **1. Công tác tuyên truyền**" whose tasks are the nested "  - " bullets under it)
BULLETED_LABEL = re.compile(r"^[-+•*]\s+(?=\d{1,2}(?:\.\d{1,2}){0,3}\s?[.)]\s+\S)")


def _bulleted_label(text: str, ocr: bool) -> tuple[str, str, str, str] | None:
    """An Arabic-numbered item written behind a bullet sign is that numbered item (the sign is
    the list's markup, the number its label); other bullets stay bullets."""
    m = BULLETED_LABEL.match(text)
    found = classify(text[m.end():], ocr) if m else None
    return found if found and found[0] == "arabic" else None


def number_inferred(node: Node) -> bool:
    """Whether a node's number was placed by its neighbours, its label a sign that OCR read for it
    (_lost_number): the number is in no text, so nothing may cite it as read."""
    return node.kind == "arabic" and _SIGN_LABEL.match(node.label) is not None


def _nested_capital(texts: list[Block], k: int, ocr: bool) -> bool:
    """"A) LĨNH VỰC KINH TẾ" after "III. NHIỆM VỤ": a capital letter that groups the items of
    the Roman section it sits in, when the next Roman section goes on with the numbering
    ("IV.") rather than starting again under the letter ("I.")."""
    nxt = next((f for b in texts[k + 1:] if (f := classify(b.text, ocr)) and f[0] in ("roman", "part", "article")
                and not CAPITAL_SECTION.match(b.text.strip())), None)  # (its sibling "B)" says nothing)
    return nxt is None or (nxt[0] == "roman" and nxt[1] != "I")


# "Nhiệm vụ 1: Khuyến nông trồng trọt", "Dự án 2. Hỗ trợ sinh kế": a task numbered by its name;
# "Giải pháp 1. ..." over "Hoạt động 1.2: ...": a group and its tasks numbered within it
# (its number set off by a dash too: "Nhiệm vụ 2 - Đào tạo người dân làm du lịch", round G42)
NAMED_ITEM = re.compile(r"^(?:Nhiệm vụ|Dự án|Hoạt động|Nội dung|Giải pháp|NHIỆM VỤ|DỰ ÁN|HOẠT ĐỘNG|NỘI DUNG|GIẢI PHÁP)"
                        r"\s+(\d{1,2}(?:\.\d{1,2}){0,2})(?:\s*[:.]|\s+[-–])\s+"
                        r"(?=[" + UPPER + r"])(\S.*)$")


def _named_item(text: str, nodes: list[Node]) -> tuple[str, str, str, str] | None:
    """"Nhiệm vụ 1: Khuyến nông ..." right under a Roman section, Part or Article (or after
    another such item): the section's numbered item, as "1." would be; its body keeps the
    name ("Dự án 2: ..." names the project)."""
    m = NAMED_ITEM.match(text)
    if not m or not nodes:
        return None
    above = nodes[-1]
    if not (above.kind in ("part", "roman", "article") or NAMED_ITEM.match(above.block.text)):
        return None
    return "arabic", m.group(1), text[: m.start(2)].strip(), text.strip()


def heading_of(body: str) -> str:
    """A node's heading: its body up to the first colon (when the colon is early)."""
    cut = body.find(":")
    if 0 < cut < 200:
        return body[:cut].strip()
    return body.strip().rstrip(".:")


def outline(doc: Document, start: int = 0, stop: int | None = None) -> list[Node]:
    """The outline nodes of blocks[start:stop], each with its parent and the index of
    the first block after its content."""
    blocks = doc.blocks[start:stop]
    nodes: list[Node] = []
    roman = part = group = ""
    ocr = looks_like_ocr(doc)
    # (a footnote a reader gives as such, a Word file's or a page's, opens no section: "1 Ban hành kèm theo ...")
    texts = [b for b in blocks if b.kind not in ("table", "footnote") and b.text and not is_page_number(doc, b)]
    # with no Part, Roman section or Article, the sections may be headings in capitals with no number
    unnumbered = not any((classify(b.text, ocr) or ("",))[0] in ("part", "roman", "article") for b in texts)
    bare = 0
    lower: list[Node] = []  # the nodes a later one can hang from, levels rising
    for k, block in enumerate(texts):
        found = (classify(block.text, ocr) or _bulleted_label(block.text, ocr) or _paren_item(block.text, nodes)
                 or _named_item(block.text, nodes) or _lost_number(texts, k, nodes, ocr))
        if not found and unnumbered and k and unnumbered_heading(block, texts[k - 1].text, ocr):
            bare += 1
            found = ("roman", _roman_numeral(bare), "", block.text.strip().rstrip(":").strip())
        found = found or _objective_subheading(block.text, nodes, ocr)
        if not found:
            continue
        kind, number, label, body = found
        heading_end = None
        if kind == "part" and not body:
            # "Phần thứ hai" on a line of its own, its title in capitals on the next one
            nxt = next((b for b in doc.blocks[block.index + 1: block.index + 2] if b.kind != "table" and b.text), None)
            if nxt is not None and is_upper(nxt.text) and not classify(nxt.text, ocr):
                body, heading_end = nxt.text.strip(), nxt.end
        if kind == "part" and roman and not part and CAPITAL_SECTION.match(block.text.strip()) \
                and _nested_capital(texts, k, ocr):
            kind, number, group = "group", label[:1], label[:1]
        if kind == "group":
            path, level = f"{roman}.{group}", 2
        elif kind == "part":
            part, roman, group = f"P{number}", "", ""
            path, level = part, 1
        elif kind in ("roman", "article"):
            roman, group = (number if kind == "roman" else f"Đ{number}"), ""
            path, level = (f"{part}.{roman}" if part else roman), (2 if part else 1)
        elif kind == "arabic":
            base = f"{part}.{roman}" if part and roman else (roman or part)
            base = f"{base}.{group}" if group else base
            path = f"{base}.{number}" if base else number
            level = (2 if roman or part else 1) + number.count(".") + (1 if part and roman else 0) + (1 if group else 0)
        else:
            parent = nodes[-1] if nodes else None
            # a letter's numbered part ("b.1.") sits under its letter; letters sit under the
            # nearest node that is not a letter
            while parent is not None and parent.kind == "letter" and not number.startswith(parent.number + "."):
                parent = parent.parent
            base = parent.path if parent else ""
            nested = parent is not None and (parent.kind == "letter" or label.startswith("("))
            own = number.rsplit(".", 1)[-1] if nested else number  # "b.1" under b, "(2)" under 1.: "2"
            path = f"{base}.{own}" if base else own
            level = (parent.level + 1) if parent else 1
        node = Node(path, label, heading_of(body), level, kind, number, block, body, heading_end=heading_end)
        # parent: the nearest earlier node with a lower level, the top of a stack of rising levels
        # (a node closes those at its level or below; a scan back through every node was quadratic)
        while lower and lower[-1].level >= node.level:
            lower.pop()
        if lower:
            node.parent = lower[-1]
            lower[-1].children.append(node)
        lower.append(node)
        nodes.append(node)
    # each node's content runs until the next node at its level or above: the nodes still
    # open form a stack of rising levels, and a node closes those at its level or below it
    end = (stop if stop is not None else len(doc.blocks))
    open_: list[Node] = []
    for node in nodes:
        while open_ and open_[-1].level >= node.level:
            open_.pop().end_index = node.block.index
        open_.append(node)
    for node in open_:
        node.end_index = end
    return nodes


def numbering_issues(nodes: list[Node]) -> list[dict]:
    """Numbering that skips or repeats (3.2 followed by 3.4), kept as written."""
    issues = []
    last: dict[tuple[str, int], str] = {}
    for node in nodes:
        if node.kind != "arabic":
            continue
        parts = node.number.split(".")
        scope = (node.parent.path if node.parent else "", len(parts))
        prev = last.get(scope)
        if prev is not None:
            p = prev.split(".")
            if p[:-1] == parts[:-1] and p[-1].isdigit() and parts[-1].isdigit():
                gap = int(parts[-1]) - int(p[-1])
                if gap != 1:
                    what = "repeats" if gap == 0 else ("skips" if gap > 1 else "goes back")
                    issues.append({"code": "outline.numbering_irregular", "severity": "info",
                                   "message": f"numbering {what}: {prev} then {node.number}",
                                   "where": node.path})
        last[scope] = node.number
    return issues
