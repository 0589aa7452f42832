"""Legal bases: the documents a preamble acts on ("Căn cứ ...", "Thực hiện ...").

A preamble paragraph may list several bases ("Căn cứ A; B; C"), and the title of a basis
may cite other documents ("Kế hoạch số 17/KH-UBND ... về thực hiện Nghị quyết số 71/NQ-CP
..."): those are not bases of their own. A citation is a basis when it opens the
paragraph, follows a ";", follows "bởi" (a law amended by another), or is joined by "và"
(or a comma) to a basis before its title has cited anything. Laws are often named before their number
("Luật Điện lực số 61/2024/QH15"), or with no number at all ("Luật Tổ chức chính quyền
địa phương ngày 19 tháng 6 năm 2015"). A document cited twice is one basis.
"""

from __future__ import annotations

import datetime
import re

from extractors.document import Document
from extractors.fields.common import BULLET, FOOTNOTE_MARK, body_end, looks_like_ocr, span, strip_bullet, strip_footnote
from extractors.fields.footnotes import NOTE, mark_number
from extractors.segment import classify
from normalizers import dates, docnum
from normalizers.agencies import AGENCY_AT_START, canonical
from normalizers.text import SUPERSCRIPT_DIGITS, UPPER

# "Xét đề nghị của Sở X tại Tờ trình số ..." acts on a proposal, as "Theo đề nghị" does: thuc_hien
# ("- Thực hiện ...": a basis written as a bullet)
RELATION = re.compile(r"(?:^(?:[-+•*]\s*)?|[;.]\s*)(Căn cứ|Thực hiện|Triển khai|Theo|Xét)\b", re.I)
_NUMBER = (r"((?:" + docnum.SEQUENCE + r")\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][\wĐđ&]*(?:\s*-\s*[A-ZĐ][\wĐđ&]*)*"
           # (a Party or Đoàn number may name the issuing department after a hyphen: "36-KH/TWĐTN-BTN")
           r"|\d{1,6}\s*-\s*[A-ZĐ]{1,4}\s*/\s*[A-ZĐ][\wĐđ&]*(?:-[A-ZĐ][\wĐđ&]*)*)")
# "Quyết định số 565/QĐ-TTg", "Thông tư 98/2017/TT-BTC", "Kế hoạch số 82/KH-SLĐTB&XH"
# "văn bản số 123/UBND-KGVX" is a Công văn; "Thông báo kết luận số 45-TB/TU" a Thông báo
# (two words may sit between the type and "số"); Party numbers read "30-NQ/TW";
# "Đề án số 08" (a number with no symbol, after "số")
CITATION = re.compile(r"(" + docnum.TYPE_ALT + r"|văn bản)(?:\s+[^\W\d]+){0,2}?\s+(?:(?:số\s*:?\s*)?" + _NUMBER
                      + r"|số\s+(\d{1,4})(?![\d/.,-]))", re.I)
# "Luật Điện lực số 61/2024/QH15", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15",
# "Luật Công nghiệp công nghệ số số 71/2025/QH15": a law's name before its number
# (an amending law names the laws it amends: "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật
# Đê điều số 60/2020/QH14", its opening words and their "số" past the count)
NAMED_LAW = re.compile(r"\b(Bộ luật|Luật|Pháp lệnh)\s+((?:sửa đổi,?\s+bổ sung\s+(?:một\s+số\s+điều\s+)?(?:của\s+)?)?"
                       r"(?:[^\W\d][\w]*[,]?\s+){1,14}?)số\s+(?:số\s+)?" + _NUMBER)
# where an issuer's name ends; a comma inside a name goes on to its "và" ("Bộ Văn hóa, Thể thao và Du lịch",
# "của Bộ Y tế, Bộ Tài chính và Bộ Nội vụ"), one before a list's next item does not ("của UBND tỉnh, Kế hoạch số 5 ...")
# a list of numbers under one type and issuer: "Căn cứ các Nghị định của Chính phủ: số 26/2019/NĐ-CP ngày ...;
# số 37/2024/NĐ-CP ngày ...", "các Quyết định số 12/QĐ-UBND và số 13/QĐ-UBND"
PLURAL = re.compile(r"\bcác\s+(" + docnum.TYPE_ALT + r"|văn bản)(?:\s+(?:của|do)\s+([^:;]{2,80}?))?\s*:?\s*(?=số\s*:?\s*\d)",
                    re.I)
LISTED_NUMBER = re.compile(r"\bsố\s*:?\s*" + _NUMBER)
# what may stand between two numbers of such a list: "; ", ", ", " và ", "; và "
LIST_GAP = re.compile(r"(?:[;,]\s*(?:và\s+)?|\bvà\s+)$")
# (two bodies issuing one document go on too: "của Bộ Chính trị, Ban Bí thư về ...")
# (and what a proposal or a letter asks, after its issuer: "của Sở Tài chính đề nghị ...", "đề xuất", "xin ý kiến",
# "báo cáo"; lowercase only, as every word here: "Bộ Ngoại giao", "Ban Chỉ đạo" keep theirs)
_BODY = r"(?:Ban|Bộ|Ủy ban|UBND|Chính phủ|Quốc hội|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Hội đồng|HĐND|Mặt trận|Đoàn Chủ tịch)"
ISSUER_END = re.compile(r"\s+(?:về việc|về|quy định|phê duyệt|ban hành|hướng dẫn|triển khai|thực hiện|sửa đổi|hợp nhất|"
                        r"đề nghị|đề xuất|xin ý kiến|báo cáo|"
                        # (what a council or a committee decides, as the title's first word: "của Hội đồng nhân dân
                        # tỉnh X điều chỉnh kế hoạch ...", "thông qua Đề án ...", "phân bổ vốn ...", "thành lập Ban ...")
                        r"điều chỉnh|thông qua|phân bổ|thành lập|công bố|phê chuẩn|"
                        # (what it gives out: "của Ủy ban nhân dân tỉnh X giao nhiệm vụ ...", "giao chỉ tiêu ...", not
                        # a name's own "giao": "Bộ Ngoại giao về ...", "Ủy ban An toàn giao thông quốc gia")
                        r"giao(?=\s+(?:nhiệm vụ|chỉ tiêu|dự toán|kế hoạch|vốn|biên chế)\b)|"
                        # ("về việc" as older letters abbreviate it: "của UBND tỉnh V/v triển khai ...")
                        r"[Vv]/[Vv])\s+"
                        # (an amending act's verbs before their comma: "của Chính phủ sửa đổi, bổ sung ...")
                        r"|\s+(?:sửa đổi|bổ sung)(?=\s*,)"
                        # (a congress's term goes with its name: "của Đại hội đại biểu Đảng bộ xã ... lần thứ I, nhiệm
                        # kỳ 2025 - 2030")
                        r"|\s*;\s*|\s*,(?!\s*nhiệm kỳ\s+(?:19|20)\d{2}\b)"
                        # (a body's name listing its fields in lowercase, a comma and "và" between them, goes on to
                        # what the title says: "của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ về ...",
                        # "của Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh ban hành ..."; not what is said
                        # of the basis after its comma: "của Chính phủ, được sửa đổi, bổ sung ...", "hướng dẫn ...")
                        r"(?!\s*(?!(?:được|đã|nay|về|quy định|phê duyệt|ban hành|hướng dẫn|triển khai|thực hiện)\b)"
                        r"[^\W\d_" + UPPER + r"][^\s\d,;]*(?:\s+[^\s\d,;]+){0,3}?"
                        r"(?:\s+và\s+[^\s\d,;]+(?:\s+[^\s\d,;]+){0,7}?)?(?:\s*,\s*[^\s\d,;]+(?:\s+[^\s\d,;]+){0,2}?)?"
                        r"\s+(?:về|quy định|phê duyệt|ban hành|hướng dẫn|triển khai|thực hiện)\s)"
                        r"(?!\s*[" + UPPER + r"][^\s\d,;]*(?:\s+[^\s\d,;]+){0,2}\s+và\s+[" + UPPER + r"])"
                        r"(?!\s*" + _BODY + r"(?:\s+[^\s\d,;]+){0,5}?(?:\s+(?:về|quy định|hướng dẫn)\s|\s*;|\s*\.?\s*$))"
                        # (three bodies or more, their names longer, before what the title says: "của Ủy ban Thường vụ
                        # Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định ...",
                        # a joint resolution's)
                        r"(?!\s*(?:Đoàn Chủ tịch(?:\s+[^\s\d,;]+){0,10}?|" + _BODY + r"(?:\s+[^\s\d,;]+){0,10}?"
                        r"(?:\s*,\s*" + _BODY + r"(?:\s+[^\s\d,;]+){0,10}?)+)\s+(?:về|quy định|hướng dẫn)\s)\s*"
                        r"|\s*\.\s*$")
# words that open a basis's title: a document cited right after them is part of the title
TITLE_OPENER = re.compile(r"(?:về việc|về|thực hiện|triển khai|hướng dẫn|quy định|phê duyệt|ban hành|sửa đổi|"
                          r"bổ sung|giao|của|tại|theo|kèm theo|căn cứ)\s*[\"“(]?\s*$", re.I)
# (a document amending the basis is one too: "Nghị định số A ... , đã được sửa đổi, bổ sung tại Nghị định số B ngày ...
# của Chính phủ", "được sửa đổi, bổ sung theo Thông tư số ...", "... bởi ...")
AMENDED_BY = (r",?\s*(?:đã\s+)?được\s+sửa đổi,?\s*(?:và\s+)?bổ sung(?:\s+một\s+số\s+điều)?(?:\s+(?:tại|theo|bởi))?\s+$")
SIBLING = re.compile(r"(?:;\s*(?:và\s+)?|\bbởi\s+|" + AMENDED_BY + r"|^\s*)$", re.I)
AMENDED_END = re.compile(r"\s*" + AMENDED_BY.replace(r"\s+$", r"\s*$"), re.I)
# "và" or a comma joining a sibling: "... của Chính phủ và Thông tư số ...", "... của UBND tỉnh, Kế hoạch số ..."
AND_BEFORE = re.compile(r"(?:,\s*)?\bvà\s*$|,\s*$", re.I)
# a law or code cited by its name, with no number: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015";
# "Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005"
# (a bullet of a list under "Căn cứ:" opens with one: "- Luật Tổ chức chính quyền địa phương ngày ...");
# a congress's resolution is cited so too: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030"
LAW = re.compile(r"(?:^(?:[-+•*]\s*)?|;\s*|,\s*(?:và\s+)?|\bvà\s+)(?:(Căn cứ|Thực hiện|Theo)\s+)?"
                 r"(Bộ luật|Luật|Pháp lệnh|Hiến pháp|Quy chế|Điều lệ|Nghị quyết(?=\s+Đại hội\b))\b\s*"
                 r"([^;]*?)(?=\s+ngày\s+\d|\s+năm\s+\d{4}|\s*[;]|\s*\.?\s*$)", re.I)
# "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số ...": the proposer issued the Tờ trình
# and "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số ...": who wrote the letter
# (and the letter in brackets after it: "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh (tại Văn bản số ...)": round G31)
PROPOSED_BY = re.compile(r"(?:đề nghị|chỉ đạo|ý kiến) của\s+(?:(?:Giám đốc|Trưởng|Chủ tịch|Thủ trưởng)\s+)?(.+?)"
                         r"(?:\s+|\s*\(\s*)(?:tại|theo)\s*$",
                         re.I)
# who issued a cited document: "của Bộ Y tế", "do UBND tỉnh ban hành", and the parties to an agreement or a
# joint programme: "Chương trình phối hợp số 12/CTrPH-BYT-HLHPN ngày ... (ký kết) giữa Bộ Y tế và Trung ương Hội ..."
OF_ISSUER = re.compile(r"^\s*,?\s*(?:của|do|(?:được\s+)?(?:ký(?:\s+kết)?\s+)?giữa)\s+", re.I)
# a council's term and sitting, no part of its name nor of the title: "của HĐND tỉnh khóa XV, kỳ họp thứ 12 về ...",
# "của Quốc hội khóa XV tại kỳ họp thứ 8" (the term stays with the issuer: "Ban Chấp hành Trung ương Đảng khóa XII")
_SITTING = (r"\s*,?\s*(?:tại\s+)?kỳ họp(?:\s+(?:thứ|lần thứ))?\s+(?:[\dIVXLC]+|\w+)(?:\s*\([^)]*\))?\s*,?")
SESSION_AFTER = re.compile(r"^" + _SITTING + r"(?=\s*(?:về|quy định|phê duyệt|ban hành|thông qua)\b|\s*$|\s*[;.])", re.I)
SESSION_END = re.compile(r"(?<=[\s,])" + _SITTING + r"\s*$", re.I)
STARTS = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét)\b", re.I)
# what an issuer's name carries that is no part of it: a province named before or after the 2025
# mergers ("UBND tỉnh An Giang (mới)", "(cũ)"), and the "và" that joins the next basis ("của Bộ Chính trị và")
# (and the short name the plan gives the basis, after its issuer when it has no title: "... của UBND tỉnh (sau đây gọi
# tắt là Kế hoạch số 45)", "(gọi tắt là Chỉ thị số 03)": round G31)
ISSUER_NOTE = re.compile(r"\s*\((?:mới|cũ|trước đây|trước sáp nhập|sau sáp nhập)\)|(?:\s*,)?\s+và\s*$|[\s,]+$"
                         r"|\s*\((?:sau đây|gọi tắt|viết tắt)\b[^()]*\)?[\s,]*$", re.I)


# a numbered section that lists the bases instead of the preamble: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý",
# "I. CĂN CỨ BAN HÀNH" (its own words only: a heading that cites a document is no such section)
# (or "I. CƠ SỞ PHÁP LÝ", "1. Cơ sở xây dựng kế hoạch": "cơ sở" with what it grounds only; round G68)
BASES_HEADING = re.compile(r"^(?:căn cứ(?:\s+(?:xây dựng|ban hành|pháp lý|chính trị|để xây dựng|triển khai))?|"
                           r"cơ sở\s+(?:xây dựng|ban hành|pháp lý|chính trị|để xây dựng))"
                           r"(?:\s+(?:kế hoạch|chương trình|đề án|văn bản))?(?:\s+và\s+[^\d]{0,40})?\s*:?$", re.I)


def bases_heading(text: str) -> bool:
    """Whether a line is the numbered heading of a section listing the bases (BASES_HEADING)."""
    found = classify(text)
    return bool(found and found[0] != "article" and BASES_HEADING.match(found[3].strip()))


# a numbered or lettered item of a list of bases opens with the document it cites: "1. Luật Đầu tư công số ...",
# "b) Nghị định số 85/2025/NĐ-CP ...", "2. Quyết định số ..." (not a task: "1. Tổ chức tuyên truyền ...")
CITING_ITEM = re.compile(r"^(?:" + docnum.TYPE_ALT + r"|Bộ luật|Luật|Pháp lệnh|Hiến pháp|Quy chế|Điều lệ|[Vv]ăn bản)\b")


def preamble(doc: Document, title_end: int) -> list:
    """Paragraphs after the title and before the first numbered heading; when that heading
    opens a section of bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"), that heading and its
    paragraphs too, up to the next numbered heading; and the numbered or lettered items
    that list bases under a lead line ("Căn cứ các văn bản sau:" over "1. Luật ...",
    "2. Nghị định số ...")."""
    out = []
    lead = False  # the last paragraph opened a list of bases ("Căn cứ ...:") or was one of its items
    skip_to = None  # the section of bases inside a first part that names them (_bases_in_part)
    for b in doc.paragraphs:
        if b.index < title_end or not b.text or (skip_to is not None and b.index < skip_to):
            continue
        if found := classify(b.text):
            if found[0] == "part" and not out and skip_to is None and (inside := _bases_in_part(doc, b, found)):
                skip_to = inside
                continue
            if lead and found[0] in ("arabic", "letter") and CITING_ITEM.match(found[3]):
                out.append(b)
                continue
            if bases_heading(b.text) and not any(bases_heading(o.text) for o in out):
                out.append(b)
                lead = True  # its numbered items cite the bases: "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN" / "1. Luật Du lịch ..."
                continue
            break
        out.append(b)
        lead = bool(STARTS.match(strip_bullet(b.text))) and b.text.rstrip().endswith(":")
    return out


# a Đề án's first part that holds its bases: "Phần thứ nhất: SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "Phần I. CĂN CỨ
# PHÁP LÝ VÀ SỰ CẦN THIẾT" (its heading on its own line or the next)
PART_OF_BASES = re.compile(r"\bcăn cứ\b", re.I)


def _bases_in_part(doc: Document, b, found) -> int | None:
    """Where the section of bases starts ("II. CĂN CỨ XÂY DỰNG ĐỀ ÁN", a heading of BASES_HEADING) inside a document's
    first part whose heading names its bases ("Phần thứ nhất" / "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN"): a Đề án
    lists its bases there, with no preamble, after why it is needed. None when the part names no bases or holds no such
    section before the next part."""
    paras = [p for p in doc.paragraphs if p.index > b.index and p.text]
    heading = found[3]
    if not heading.strip() and paras and not classify(paras[0].text):
        heading = paras[0].text  # "Phần thứ nhất" / "SỰ CẦN THIẾT VÀ CĂN CỨ ..."
    if not PART_OF_BASES.search(heading):
        return None
    for p in paras[:60]:
        if (f := classify(p.text)) and f[0] in ("part", "article"):
            return None
        if bases_heading(p.text):
            return p.index
    return None


class _Listed:
    """A numbered item of a list of bases read as a bullet of that list: its label ("1.", "b)")
    written over by "-" and spaces, so that the offsets into the paragraph stay."""

    def __init__(self, block, label_end: int):
        self.text = "-" + " " * (label_end - 1) + block.text[label_end:]
        self.start, self.index = block.start, block.index


# a document type right before a law's "số": the number is that document's, the law named in a title before it
OTHER_TYPE_LAST = re.compile(r"(?<!\w)(" + docnum.TYPE_ALT + r")\s+$", re.I)


def _relation(before: str, listed: str | None = None) -> str:
    """A citation's relation: "can_cu" or "thuc_hien", by the last relation word before it ("Căn cứ", "Thực hiện",
    "Theo" ...), else by the list it is under (`listed`), else "căn cứ"."""
    rel = listed
    for r in RELATION.finditer(before):
        rel = r.group(1).lower()
    return "can_cu" if (rel or "căn cứ") == "căn cứ" else "thuc_hien"


def _of_issuer(rest: str) -> tuple[str | None, str] | None:
    """(issuer, the words after it) of what follows a citation's number and date when it names its issuer ("của UBND
    tỉnh về việc ..."); None when it names none."""
    cm = OF_ISSUER.match(rest)
    if not cm:
        return None
    rest = rest[cm.end():]
    if main := OWN_CLAUSE.search(rest):
        # the sentence's main clause, the plan's own issuers its subject (OWN_CLAUSE): no part of the cited issuer
        rest = rest[: main.start()]
    em = ISSUER_END.search(rest)
    return (_issuer(SESSION_END.sub("", rest[: em.start()] if em else rest)),
            SESSION_AFTER.sub(" ", rest[em.start():]) if em else "")


def _citations(text: str) -> list[tuple]:
    """(start, end, type word, number, law name, listed issuer) of every document a paragraph
    cites, in order; a law named before its number is one citation; the numbers listed under
    "các Nghị định của Chính phủ:" take that type and, when they name none, that issuer."""
    found = []
    laws = list(NAMED_LAW.finditer(text))
    for m in laws:
        if (other := OTHER_TYPE_LAST.search(m.group(2))) and other.group(1)[:1].isupper():
            continue  # "... thi hành Luật Tố cáo, đã được sửa đổi, bổ sung tại Nghị định số 12/2023/NĐ-CP": the decree's
        name = m.group(2).strip(" ,")
        if re.search(r"\bsố\s+số\s", m.group(0)):
            name += " số"  # "Luật Công nghiệp công nghệ số số 71/2025/QH15": the first "số" is the name's
        found.append((m.start(), m.end(), m.group(1), m.group(3), name, None))
    for m in CITATION.finditer(text):
        if any(a <= m.start(2 if m.group(2) else 3) < b for a, b, *_ in found):
            continue
        found.append((m.start(), m.end(), m.group(1), m.group(2) or m.group(3), None, None))
    lead = PLURAL.search(text) if "các " in text.lower() else None
    if lead:
        for m in LISTED_NUMBER.finditer(text, lead.end()):
            if not any(a <= m.start(1) < b for a, b, *_ in found):
                found.append((m.start(), m.end(), lead.group(1), m.group(1), None, (lead.group(2),)))
    return sorted(found)


def _top_level(text: str, cites: list) -> list[bool]:
    """Which citations are bases: the first, those after ";" or "bởi", and those joined
    by "và" to a basis whose title has cited nothing yet. The rest are cited inside a
    basis's title."""
    out: list[bool] = []
    nested_since_top = False
    for k, (start, *_rest) in enumerate(cites):
        before = text[cites[k - 1][1] if k else 0: start]
        if k == 0 or SIBLING.search(before) or ";" in before:
            top = True
        elif cites[k][5] is not None and LIST_GAP.search(before) and out[-1]:
            top = True  # the next number of a list of bases: "số 26/2019/NĐ-CP ngày 08/3/2019, số 37/2024/NĐ-CP"
        elif AND_BEFORE.search(before) and not nested_since_top and not TITLE_OPENER.search(AND_BEFORE.sub("", before)):
            top = True
        else:
            top = False
        nested_since_top = False if top else True
        out.append(top)
    return out


# a basis cut by a paragraph break inside its issuer, as PDF readers give a line's end ("... của Thủ tướng" / "Chính phủ
# phê duyệt ...", "... của Hội đồng nhân dân" / "tỉnh về ..."): the first part ends on no stop and on a head that names
# no body alone, or the second opens in lowercase; the second opens no basis, bullet nor heading, and ends on no ":"
# (the sentence adopting the plan: "Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:")
CUT_HEAD = re.compile(r"\b(?:của|do)\s+(?:[^\W\d]+\s+){0,3}?(?:Thủ tướng|Phó Thủ tướng|Bộ trưởng|Chủ tịch|Ban Chấp hành|"
                      r"Ban Thường vụ|Ủy ban nhân dân|Hội đồng nhân dân|UBND|HĐND|Ủy ban|Hội đồng)\s*$")


class _Joined:
    """Two paragraphs of one basis read as one: the text between them (the paragraph break) written over by spaces, so
    that the offsets into the normalized text stay."""

    def __init__(self, text: str, first, second):
        self.text = text[first.start: second.end].replace("\n", " ").replace("\r", " ")
        self.start, self.index, self.end = first.start, second.index, second.end


def _cut_bases(doc: Document, blocks: list) -> list:
    """The preamble's paragraphs with each basis cut by a paragraph break inside its issuer joined (CUT_HEAD)."""
    out: list = []
    for b in blocks:
        last = out[-1] if out else None
        if (last is not None and b.index == last.index + 1 and STARTS.match(strip_bullet(last.text))
                and not re.search(r"[;:.…]\s*$", last.text) and b.text.strip() and not STARTS.match(strip_bullet(b.text))
                and not BULLET.match(b.text) and not classify(b.text) and not b.text.rstrip().endswith(":")
                and (b.text.lstrip()[:1].islower() or CUT_HEAD.search(last.text))
                and not doc.text[last.end: b.start].strip()):
            out[-1] = _Joined(doc.text, last, b)
            continue
        out.append(b)
    return out


def extract_legal_bases(doc: Document, title_end: int) -> list[dict]:
    bases: list[dict] = []
    listed = None  # "Căn cứ các văn bản sau:" followed by "- Quyết định số ..." bullets
    section = False  # under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH": its paragraphs list bases, bullets or not
    blocks = _cut_bases(doc, preamble(doc, title_end))
    texts = [b.text for b in blocks]
    unnumbered: list = []  # (block, listed) of the clauses that cite no document the rules read
    for i, block in enumerate(blocks):
        if bases_heading(block.text):
            listed, section = "căn cứ", True
            continue
        if listed and (found := classify(block.text)) and found[0] in ("arabic", "letter"):
            block = _Listed(block, block.text.index(found[3]))  # "1. Luật ...": a bullet of the list
        opens = STARTS.match(strip_bullet(block.text))  # "Căn cứ ...", "- Căn cứ ..."
        if opens:
            listed = opens.group(0).lower() if block.text.rstrip().endswith(":") else None
        elif listed and (BULLET.match(block.text) or section):
            pass
        else:
            listed = None
            # "Ngày ..., X ban hành Nghị quyết số ... Để triển khai thực hiện ...", the last sentence maybe a later
            # paragraph's
            bases += _narrative(block, texts[i + 1:])
            continue
        found = _block_bases(block, listed, opens)
        if not found and (opens or listed):
            unnumbered.append((block, listed if not opens else None))
        bases += found
    bases += _named_in_notes(doc, unnumbered)
    bases += _table_bases(doc, title_end, blocks)
    bases = _merged(sorted(bases, key=lambda b: b["span"]["start"]))
    _told_in_notes(doc, bases)
    if looks_like_ocr(doc):
        for b in bases:
            b["issued_date"] = year_told_by_number(b["issued_date"], b["number"])
    return bases


# A table of the bases, a row a document, under the section of bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") or a lead line
# ("Kế hoạch được xây dựng trên cơ sở các văn bản sau:", "Căn cứ các văn bản sau:"): its header names the document's
# column ("Văn bản", "Tên văn bản", "Số, ký hiệu", "Số hiệu văn bản") and at least one of its date's, issuer's or gist's
# ("Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Nội dung"); a column may give the type alone ("Loại văn bản",
# "Hình thức văn bản"). Round G68.
TABLE_DOC_COLUMN = re.compile(r"^(?:tên\s+|số\s+hiệu\s+)?văn bản(?:\s+(?:căn cứ|làm căn cứ|pháp lý))?$"
                              r"|^số,?\s*(?:và\s+)?ký hiệu(?:\s+văn bản)?$|^số hiệu(?:\s+văn bản)?$", re.I)
# (the number's column beside a name's: "Tên văn bản" | "Số, ký hiệu", the name giving the type and the gist)
TABLE_NUMBER_COLUMN = re.compile(r"^số,?\s*(?:và\s+)?ký hiệu(?:\s+văn bản)?$|^số hiệu(?:\s+văn bản)?$", re.I)
TABLE_TYPE_COLUMN = re.compile(r"^(?:loại|hình thức)(?:\s+văn bản)?$", re.I)
TYPE_AT_START = re.compile(r"^\s*(" + docnum.TYPE_ALT + r")\b\s*", re.I)
TABLE_DATE_COLUMN = re.compile(r"^(?:ngày(?:,\s*tháng,?\s*năm)?|thời gian)(?:\s+ban hành|\s+ký)?$", re.I)
TABLE_ISSUER_COLUMN = re.compile(r"^(?:cơ quan|đơn vị|cấp)(?:\s+ban hành)?$", re.I)
TABLE_TITLE_COLUMN = re.compile(r"^(?:trích yếu(?:\s+(?:nội dung|văn bản))?|nội dung(?:\s+(?:chính|văn bản))?|"
                                r"tên gọi|về việc)$", re.I)
# what a lead line says of the table under it: it lists the bases ("các văn bản sau", "Căn cứ ...:")
TABLE_LEAD = re.compile(r"(?:\bcăn cứ\b|\btrên cơ sở\b|\bvăn bản\b)[^.]*:\s*$", re.I)


def _table_columns(header: list[str]) -> dict[str, int] | None:
    """Which column of a table's header holds what of a cited document (TABLE_*_COLUMN); None when it names no
    document's column or nothing else of it."""
    cols: dict[str, int] = {}
    for c, cell in enumerate(header):
        words = re.sub(r"\s+", " ", cell).strip(" .:*")
        for key, rx in (("number", TABLE_NUMBER_COLUMN), ("doc", TABLE_DOC_COLUMN), ("type", TABLE_TYPE_COLUMN),
                        ("date", TABLE_DATE_COLUMN), ("issuer", TABLE_ISSUER_COLUMN), ("title", TABLE_TITLE_COLUMN)):
            if key not in cols and rx.match(words):
                cols[key] = c
                break
    if "doc" not in cols and "number" in cols:
        cols["doc"] = cols.pop("number")  # the number's column the document's
    # (a table of one document's column, "TT | Văn bản căn cứ", each cell a whole citation: the cell says it all)
    return cols if "doc" in cols and (len(cols.keys() & {"date", "issuer", "title"}) or len(header) <= 2) else None


class _Cell:
    """A table cell read as a paragraph of the preamble (its offsets the cell's own)."""

    def __init__(self, text: str, start: int, index: int):
        self.text, self.start, self.index = text, start, index


def _table_bases(doc: Document, title_end: int, blocks: list) -> list[dict]:
    """The bases a table lists (TABLE_DOC_COLUMN ...) where it stands in the preamble: after the title, before the
    first numbered heading that opens no section of bases, right under that section's heading or a lead line
    (TABLE_LEAD). Each row that cites a document in its document's column is a basis, "can_cu" (or "thuc_hien" where
    the lead line says "Thực hiện"/"Triển khai"), its date, issuer and gist from their columns where its own cell
    states none."""
    if not blocks or not doc.tables:
        return []
    paragraphs = [p for p in doc.paragraphs if p.text and p.text.strip()]
    last = max(b.index for b in blocks)
    stop = next((p.index for p in paragraphs if p.index > last), len(doc.blocks))
    out: list[dict] = []
    for table in doc.tables:
        if not (title_end <= table.index < stop) or not table.rows or len(table.rows) < 2:
            continue
        before = [p for p in paragraphs if p.index < table.index]
        lead = before[-1].text.strip() if before else ""
        if not (bases_heading(lead) or TABLE_LEAD.search(lead)):
            continue
        cols = _table_columns(table.rows[0])
        if cols is None:
            continue
        opens = STARTS.match(strip_bullet(lead))
        relation = "thuc_hien" if opens and opens.group(0).lower() in ("thực hiện", "triển khai") else "can_cu"
        for r, row in enumerate(table.rows[1:], start=1):
            spans = table.cell_spans[r] if table.cell_spans and r < len(table.cell_spans) else None
            if spans is None or cols["doc"] >= len(row):
                continue
            cell = row[cols["doc"]].strip()
            start = spans[cols["doc"]][0]
            kind_cell = row[cols["type"]].strip() if "type" in cols and cols["type"] < len(row) else ""
            text = row[cols["doc"]]
            gist = None  # the name's words after its type, where the number stands in a column of its own
            if "number" in cols and cols["number"] < len(row) and not CITATION.search(cell) \
                    and (typed := TYPE_AT_START.match(cell)) and row[cols["number"]].strip():
                number_cell = row[cols["number"]].strip()
                kind_cell, gist = typed.group(1), cell[typed.end():]  # "Nghị định quy định ..." | "87/2026/NĐ-CP"
                cell, start = number_cell, spans[cols["number"]][0]
            if kind_cell and not CITATION.match(cell):
                text = f"{kind_cell} số {cell}"  # "Nghị định" | "87/2026/NĐ-CP"
                start -= len(text) - len(cell)
            found = _block_bases(_Cell(text, start, table.index), "căn cứ", None)
            if not found:
                continue
            basis = found[0]
            basis["relation"] = relation
            if not basis["issued_date"] and "date" in cols and cols["date"] < len(row):
                days = dates.find_dates(row[cols["date"]])
                basis["issued_date"] = days[0].value.isoformat() if days and days[0].value else None
            if not basis["issuer"] and "issuer" in cols and cols["issuer"] < len(row) and row[cols["issuer"]].strip():
                basis["issuer"] = _issuer(row[cols["issuer"]].strip(" .;"))
            if not basis["title"] and "title" in cols and cols["title"] < len(row):
                basis["title"] = _title(row[cols["title"]])
            if not basis["title"] and gist:
                basis["title"] = _title(gist)
            basis["span"] = span(spans[0][0], spans[-1][1])
            out.append(basis)
    return out


# a footnote's mark right after a cited number: "(1)", a scrape's (FOOTNOTE_MARK), a word processor's superscript
MARK_AFTER_NUMBER = re.compile(r"^\s*(?:\(\d{1,2}\)|" + FOOTNOTE_MARK + r"|[" + SUPERSCRIPT_DIGITS + r"]{1,2})(?=[\s,;.]|$)")


def _block_bases(block, listed: str | None, opens) -> list[dict]:
    """The bases a paragraph of the preamble cites ("Căn cứ ...", "Thực hiện ...", a bullet of a list of them)."""
    cited: list[dict] = []
    text = block.text
    shared: list[bool] = []  # per basis of this block: it takes the issuer of the next
    cites = _citations(text)
    tops = [k for k, top in enumerate(_top_level(text, cites)) if top]
    for n, k in enumerate(tops):
        start, end, kind_word, raw_number, law_name, under_list = cites[k]
        stop = cites[tops[n + 1]][0] if n + 1 < len(tops) else len(text)
        semi = text.find(";", end, stop)
        stop = semi if semi >= 0 else stop
        relation = _relation(text[:start], listed if not opens else None)
        # (a footnote's mark after the number, set over spaces: "số 45/KH-UBND (1) của ...", "[^1]", "¹")
        tail = MARK_AFTER_NUMBER.sub(lambda m: " " * len(m.group(0)), text[end:stop], count=1)
        found = dates.find_dates(tail[:60])
        issued = found[0].value.isoformat() if found and found[0].value and found[0].start < 12 else None
        rest = tail[found[0].end:] if issued else tail
        issuer = None
        proposer = PROPOSED_BY.search(text[:start])  # "Theo đề nghị của Sở X tại Tờ trình số ..."
        if proposer and not any(c[0] > proposer.start() for c in cites[:k]):
            issuer = _issuer(proposer.group(1))
            # (what it is about may follow: "tại Tờ trình số 55/TTr-SNV ngày 01/3/2026 về việc ...", and who
            # issued it when another than the proposer did: "ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Thông báo số
            # 45/TB-VP ngày 20/3/2025 của Văn phòng UBND tỉnh", the office announcing its chair's conclusions)
            rest = rest if re.match(r"^\s*,?\s*về\s", rest) or OF_ISSUER.match(rest) else ""
        if (of := _of_issuer(rest)) is not None:
            issuer, rest = of
        if issuer is None and under_list and under_list[0]:
            issuer = _issuer(under_list[0])  # "các Nghị định của Chính phủ: số ..."
        if law_name is not None and kind_word.lower() == "bộ luật":
            title = f"Bộ luật {law_name}"  # "Bộ luật Hình sự số 100/2015/QH13": a Luật, as a code cited by name alone
        elif law_name is not None:
            title = law_name[:1].upper() + law_name[1:] if law_name else None
        else:
            title = _title(rest)
        number = docnum.normalize_doc_number(raw_number) or raw_number.strip()
        kind = "Luật" if kind_word.lower() == "bộ luật" else _kind(kind_word, number)
        cited.append({"relation": relation, "doc_type": kind, "number": number,
                      "issued_date": issued, "issuer": issuer or None, "title": title,
                      "span": span(block.start + start, block.start + stop)})
        # "Kế hoạch số 45/KH-UBND ngày ... và Kế hoạch số 46/KH-UBND ngày ... của UBND tỉnh X về T":
        # siblings joined by "và" with nothing of their own share the issuer named after the last, and
        # what it is about
        shared.append(issuer is None and law_name is None and n + 1 < len(tops) and not AND_BEFORE.sub("", rest).strip(" ,")
                      and AND_BEFORE.search(text[end:stop]) is not None)
    for k in range(len(shared) - 1, -1, -1):
        if shared[k]:
            own, next_ = cited[len(cited) - len(shared) + k], cited[len(cited) - len(shared) + k + 1]
            own["issuer"] = next_["issuer"]
            own["title"] = own["title"] or next_["title"]
    cited += _laws(block, [(c[0], c[1]) for c in cites], listed if not opens else None)
    cited += _dated(block, [(c[0], c[1]) for c in cites])
    return cited


# a footnote's mark at a clause's end, before its ";" or "." ("... của Thủ tướng Chính phủ[1];", "... Chính phủ¹;")
MARK_AT_END = re.compile(r"(?:" + FOOTNOTE_MARK + r"|[" + SUPERSCRIPT_DIGITS + r"]{1,2})[\s;.,:]*$")


def _notes(doc: Document):
    """The document's footnotes as (block, the note's match of NOTE or None): a footnote block, or a note's paragraph
    after the body (not one opening on a bare number: an annex's row as often as a note)."""
    end = body_end(doc)
    for block in doc.paragraphs:
        if not block.text or not (block.kind == "footnote" or block.index >= end):
            continue
        m = NOTE.match(block.text)
        if block.kind != "footnote" and (not m or m.group(2)):
            continue
        yield block, m


def _named_in_notes(doc: Document, clauses: list) -> list[dict]:
    """The document a basis clause names without its number, its footnote giving it ("Căn cứ Chiến lược ... của Thủ
    tướng Chính phủ[1];" / "1 Phê duyệt tại Quyết định số 902/QĐ-TTg ngày 03 tháng 6 năm 2027 ..."): the one
    document the note cites, related as the clause says, its span where the note cites it. A note that cites none
    or several adds nothing."""
    marked = [(block, listed, m) for block, listed in clauses if (m := MARK_AT_END.search(block.text.rstrip()))]
    if not marked:
        return []
    notes: dict[str, _Note] = {}
    for block, m in _notes(doc):
        if m is not None:  # (a note with a mark of its own: "[^1]:", "1", "¹")
            notes.setdefault(mark_number(block.text[:m.start(len(m.groups()))]), _Note(block, m.start(len(m.groups()))))
    out = []
    for block, listed, m in marked:
        note = notes.get(mark_number(m.group(0)))
        if note is None:
            continue
        told = [b for b in _block_bases(note, None, None) if b["number"]]
        if len(told) == 1:
            told[0]["relation"] = _relation(block.text, listed)
            if told[0]["title"] is None:  # (the name the clause gives it: "Chiến lược ... đến năm 2035")
                opener = STARTS.match(strip_bullet(block.text))
                name = strip_bullet(block.text)[opener.end() if opener else 0:m.start()].strip(" ,;:")
                name = name[:name.rfind(" của ")] if " của " in name else name
                told[0]["title"] = name[:1].upper() + name[1:] if name else None
            out.append(told[0])
    return out


class _Note:
    """A footnote's text as a paragraph of bases: its mark written over by spaces, so that offsets stay."""

    def __init__(self, block, mark_end: int):
        self.text = " " * mark_end + block.text[mark_end:]
        self.start, self.end, self.index = block.start, block.end, block.index


def _told_in_notes(doc: Document, bases: list[dict]) -> None:
    """A basis cited by its number with a footnote's mark, its date, issuer or title left to the footnote ("Thực hiện
    Kế hoạch số 45/KH-UBND¹ của UBND tỉnh, ..." / "¹ Kế hoạch số 45/KH-UBND ngày 08/8/2025 của UBND tỉnh về ..."): what
    the note says of the same number fills what the citation left out (round G31). The basis keeps its span, where it
    is cited."""
    wanting = {b["number"]: b for b in bases if b["number"] and not (b["issued_date"] and b["issuer"] and b["title"])}
    if not wanting:
        return
    for block, m in _notes(doc):
        note = _Note(block, m.start(len(m.groups())) if m else 0)
        for told in _block_bases(note, None, None):
            b = wanting.get(told["number"])
            if b is None:
                continue
            for key in ("issued_date", "issuer", "title"):
                if not b[key] and told[key]:
                    b[key] = told[key]


# A number that carries its year ("31/2018/QH14", "109/2018/NĐ-CP", "15/2023/TT-BTC") was issued that year. In an
# OCR reading, a date whose year is that year with one digit misread ("năm 2016" for 2018, "2013" for 2018: the
# pairs OCR confuses) takes the number's year; a year next to it ("ngày 28/12/2023" for "01/2024/NQ-HĐND": a
# document signed at a year's turn) and any other difference stay as read.
NUMBER_YEAR = re.compile(r"/((?:19|20)\d{2})/")
OCR_DIGIT_PAIRS = {frozenset(p) for p in ("68", "38", "56", "08", "06", "17", "58", "98", "49", "39", "02")}


def year_told_by_number(issued: str | None, number: str | None) -> str | None:
    """The date `issued` ("2016-06-20") with the year `number` carries where OCR misread one digit of it (see above)."""
    m = NUMBER_YEAR.search(number or "")
    if not issued or not m or issued[:4] == m.group(1) or abs(int(issued[:4]) - int(m.group(1))) == 1:
        return issued
    differ = [frozenset((a, b)) for a, b in zip(issued[:4], m.group(1)) if a != b]
    if len(differ) != 1 or differ[0] not in OCR_DIGIT_PAIRS:
        return issued
    fixed = m.group(1) + issued[4:]
    try:
        return datetime.date.fromisoformat(fixed).isoformat()
    except ValueError:  # 29 February in a year that has none
        return issued


# a preamble that tells its basis's story: "Ngày 18 tháng 3 năm 2026, Ban Chấp hành Đảng bộ tỉnh ban hành
# Nghị quyết số 57-NQ/TU về ... (sau đây gọi tắt là ...). Để triển khai thực hiện Nghị quyết, Ủy ban nhân dân
# tỉnh ban hành Chương trình hành động như sau:" (the date opens it, the issuer and "ban hành" follow)
NARRATIVE = re.compile(r"^(?:Vào\s+)?[Nn]gày\s+\d")
ISSUED_BY = re.compile(r"^\s*,\s*([" + UPPER + r"][^,;.]{2,120}?)\s+(?:đã\s+)?(?:ký\s+)?ban hành\s+(?=\S)")
# ... and a later sentence says the plan carries it out: "Để triển khai thực hiện ...", "Nhằm cụ thể hóa ..."
# (the verb may follow how it is done, "Để tiếp tục thực hiện", "Để kịp thời triển khai", "Nhằm khẩn trương cụ thể hóa",
# or "quán triệt"; round G34)
_HOW = r"(?:Để|Nhằm)\s+(?:(?:kịp thời|tiếp tục|khẩn trương|sớm|tích cực|nghiêm túc|quyết liệt|đồng bộ)\s+)*"
_CARRYING = _HOW + r"(?:triển khai|thực hiện|cụ thể hóa|tổ chức thực hiện|quán triệt)\b"
CARRIES_OUT = re.compile(r"[.;]\s+" + _CARRYING)
SENTENCE_END = re.compile(r"\.\s+(?=[" + UPPER + r"])")
# ... or a later paragraph opens on it, naming the document by its type: "Để triển khai hiệu quả Kế hoạch, ..."
# (or brings it to life, the document named right after the verb: "Để sớm đưa Nghị quyết vào cuộc sống, ...")
CARRIES_LATER = r"^(?:" + _CARRYING + r"[^.;:]{0,40}?|" + _HOW + r"đưa\s+)\b"


def _carried_out_later(kind_word: str, later: list[str]) -> bool:
    """Whether a later paragraph of the preamble opens by carrying out a document of the type `kind_word` names
    ("Để triển khai hiệu quả Kế hoạch, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:" after "Ngày D, X ban hành Kế hoạch số
    N ..." and a paragraph of last quarter's results; round G33)."""
    carries = re.compile(CARRIES_LATER + re.escape(kind_word) + r"\b", re.I)
    return any(carries.match(text) for text in later)


def _narrative(block, later: list[str] = ()) -> list[dict]:
    """The basis a narrative preamble paragraph names (NARRATIVE): the document issued on
    its opening date, when a later sentence of the paragraph carries it out, or a `later`
    paragraph of the preamble carries out a document of its type; [] for any other paragraph
    (a story of past results is no basis)."""
    text = block.text
    if not NARRATIVE.match(text):
        return []
    found = dates.find_dates(text[:40])
    if not found or found[0].value is None or found[0].start > 10:
        return []
    by = ISSUED_BY.match(text[found[0].end:])
    if by is None:
        return []
    at = found[0].end + by.end()
    first = next((c for c in _citations(text) if c[0] == at), None)
    if first is None:
        return []
    start, end, kind_word, raw_number, law_name, _ = first
    stop = m.start() if (m := SENTENCE_END.search(text, end)) else len(text)
    if not CARRIES_OUT.search(text, stop) and not _carried_out_later(kind_word, later):
        return []
    rest = text[end:stop]
    again = dates.find_dates(rest[:60])  # "Quyết định số 310/QĐ-TTg ngày 14/02/2026 phê duyệt ..."
    if again and again[0].value and again[0].start < 12:
        rest = rest[again[0].end:]
    title = law_name[:1].upper() + law_name[1:] if law_name else _title(rest)
    number = docnum.normalize_doc_number(raw_number) or raw_number.strip()
    kind = _kind(kind_word, number)
    return [{"relation": "thuc_hien", "doc_type": kind, "number": number, "issued_date": found[0].value.isoformat(),
             "issuer": _issuer(by.group(1)), "title": title, "span": span(block.start + start, block.start + stop)}]


def _kind(word: str, number: str) -> str:
    """The type of a cited document from its type word: "văn bản số 123/UBND-KGVX" is a
    Công văn, "Văn bản hợp nhất số 15/VBHN-VPQH" a consolidated text (its symbol says VBHN)."""
    if word.lower() != "văn bản":
        return docnum.type_name(word)
    return "Văn bản hợp nhất" if re.search(r"/VBHN\b", number, re.I) else "Công văn"


def _issuer(text: str) -> str | None:
    """An issuer's name as cited, without a merger note or a joining "và"."""
    return canonical(ISSUER_NOTE.sub("", text).strip()) or None


# the sentence going on after a basis and its issuer: "Thực hiện Công điện số 12/CĐ-BYT ... của Bộ Y tế,
# Chủ tịch UBND tỉnh có ý kiến như sau:" (a title goes on in lower case: "của Chính phủ, quy định ...")
MAIN_CLAUSE = re.compile(r"^\s*,\s*[" + UPPER + r"]")


# the sentence's main clause after a basis's title: ", UBND huyện ban hành Kế hoạch như sau:", ", Ủy ban nhân
# dân tỉnh giao nhiệm vụ như sau:", ", Chủ tịch UBND huyện chỉ đạo như sau:" (not "giao thông", "giao lưu"), and a
# report's: ", Ủy ban nhân dân huyện báo cáo kết quả như sau:", ", Sở Y tế sơ kết ... như sau:"
ISSUING_CLAUSE = re.compile(r",\s+(?=[^,]*\b(?:ban hành|xây dựng|triển khai|thực hiện|hướng dẫn|đề ra|chỉ đạo|chỉ thị|"
                            r"báo cáo|sơ kết|tổng kết|"
                            r"yêu cầu|đề nghị|có ý kiến|giao(?!\s+(?:thông|lưu|dịch|tiếp|thương)\b))\b[^,]*"
                            r"(?:như sau|sau đây|dưới đây)\s*:?\s*$)")


# the sentence's main clause after a basis's issuer when its subject is the plan's own issuers, bodies joined by "và"
# or with a comma in a name, as a list of issuers is: "... giữa Bộ Y tế và Trung ương Hội Liên hiệp Phụ nữ Việt Nam,
# Sở Y tế và Hội Liên hiệp Phụ nữ tỉnh thống nhất ban hành Kế hoạch liên tịch như sau:", "... của UBND tỉnh về ..., Sở
# Văn hóa, Thể thao và Du lịch và Liên đoàn Lao động tỉnh xây dựng Kế hoạch liên tịch như sau:" (the subject opens on a
# body, normalizers.agencies.AGENCY_AT_START; not a list of issuers before what the title says: "của Bộ Y tế, Bộ Tài
# chính và Bộ Nội vụ về ..."; round G32)
_SUBJECT = r"(?:" + AGENCY_AT_START.pattern[1:] + r")"  # (a body as the agencies' vocabulary opens one)
OWN_CLAUSE = re.compile(r",\s+(?=" + _SUBJECT + r"(?:(?!\svề\s)[^;])*?\s(?:ban hành|xây dựng|triển khai|thực hiện|đề ra|"
                        r"chỉ đạo)\b[^,;]*(?:như sau|sau đây|dưới đây)\s*:?\s*$)")


# the verbs of a main clause whose subject is a body: ", Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", ", Chủ tịch UBND
# huyện yêu cầu các phòng, ban thực hiện các nội dung sau:" (its own commas allowed, a colon at the end)
_ACTING = re.compile(r"\b(?:ban hành|xây dựng|triển khai|thực hiện|hướng dẫn|đề ra|chỉ đạo|chỉ thị|yêu cầu|đề nghị|"
                     r"báo cáo|sơ kết|tổng kết|"
                     r"có ý kiến|giao|quyết định|thông báo)\b[^;]*:\s*$")
# a main clause whose subject is a body that observes, its findings after the colon on the same line: ", Ủy ban nhân
# dân huyện nhận thấy: năm 2024, tỷ lệ ... đạt 87,5%", ", Chủ tịch UBND huyện đánh giá: ..."
_OBSERVING = re.compile(r"^[^,;:]*?\s(?:nhận thấy|nhận định|đánh giá|nhận xét)\s*:")


# a phrase in lower case that opens the main clause before its subject: ", qua theo dõi, Ủy ban nhân dân huyện
# nhận thấy: ...", ", để kịp thời ngăn chặn dịch bệnh, Ủy ban nhân dân huyện đề nghị ...:"
_CLAUSE_LEAD = re.compile(r"^(?:qua|để|nhằm|trong|trên cơ sở|sau khi|theo|với|thời gian qua|hiện nay|tuy nhiên|do đó|"
                          r"vì vậy|đến nay)\b[^,;:.]{0,60},\s+")


def _main_clause(title: str) -> int | None:
    """Where the sentence's main clause starts after a basis's title: the first ", " followed by a body
    that acts and a colon that ends it (", Ủy ban nhân dân tỉnh yêu cầu:"), the body perhaps after a
    phrase of its own (", qua theo dõi, Ủy ban nhân dân huyện nhận thấy: ..."); None when there is none."""
    for m in re.finditer(r",\s+", title):
        after = title[m.end():]
        if (lead := _CLAUSE_LEAD.match(after)) and not AGENCY_AT_START.match(after):
            after = after[lead.end():]  # (a phrase that opens a clause, not a title's next words)
        if AGENCY_AT_START.match(after) and (_ACTING.search(after) or _OBSERVING.match(after)):
            return m.start()
    return None


# the full stop that ends the basis's sentence, the body's next one after it: "... năm 2024. Trong 6 tháng ..." (not
# an abbreviation's dot: "TP. Hòa Bình", "TX. Ninh Hòa")
SENTENCE_STOP = re.compile(r"(?<=[a-zđà-ỹ\d])\.\s+(?=[A-ZĐÀ-Ỹ])")


# a footnote's number in brackets after a cited document's title: "... về chuyển đổi số năm 2022 (1);" (a title's
# own brackets hold words: "(đợt 2)", "(sửa đổi)")
NOTE_NUMBER_END = re.compile(r"\s*\(\d{1,2}\)$")


def _title(rest: str) -> str | None:
    if MAIN_CLAUSE.match(rest):
        return None
    rest = AND_BEFORE.sub("", rest)  # "... về phát triển du lịch và" + a sibling basis
    if re.fullmatch(r"\s*(?:được\s+)?ban hành kèm theo\W*", rest, re.I):
        return None  # "Đề án số 04 ban hành kèm theo": no title of its own
    t = re.sub(r"^[\s,]*(?:về việc|về|[Vv]/[Vv])\s+", "", rest).strip()
    t = re.split(r"\s*;\s*", t)[0]
    t = SENTENCE_STOP.split(t)[0]
    t = AMENDED_END.sub("", t)  # "..., đã được sửa đổi, bổ sung tại" + the amending document, a basis of its own
    if m := ISSUING_CLAUSE.search(t):  # "... vụ Đông Xuân, UBND huyện ban hành Kế hoạch như sau:"
        t = t[: m.start()]
    elif (cut := _main_clause(t)) is not None:  # "... dịch tả lợn châu Phi, Chủ tịch UBND tỉnh chỉ thị:"
        t = t[:cut]
    t = strip_footnote(t.strip(" .,;"))
    t = NOTE_NUMBER_END.sub("", t)
    t = re.sub(r"\s*\((?:sau đây|gọi tắt).*$", "", t)
    return (t[:1].upper() + t[1:]) if len(t) > 3 else None


def _merged(bases: list[dict]) -> list[dict]:
    """A document cited twice is one basis (the first, with what the later one adds)."""
    out: list[dict] = []
    seen: dict[tuple, dict] = {}
    for b in bases:
        key = (b["number"],) if b["number"] else (b["doc_type"], (b["title"] or "").lower(), b["issued_date"])
        if key in seen:
            first = seen[key]
            for field in ("issued_date", "issuer", "title"):
                first[field] = first[field] or b[field]
            continue
        seen[key] = b
        out.append(b)
    return out


# a law the title of a cited document names: "... quy định chi tiết thi hành một số điều của Luật Phòng cháy và
# chữa cháy" (a law joined to it by "và" is named by that title too)
LAW_IN_TITLE = re.compile(r"\b(?:của|theo|tại|về|thi hành)\s+(?:Bộ luật|Luật|Pháp lệnh)\s+[" + UPPER + r"]")


def _in_title(text: str, m: re.Match, taken: list[tuple[int, int]]) -> bool:
    """Whether a law joined by "và" or "," (LAW match `m`) is named in the title of the citation
    before it, as the law that title already names is: "Nghị định số 79/2014/NĐ-CP ... quy định chi
    tiết ... của Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung ..." (not "Căn cứ Luật A ngày
    ... và Luật B ngày ...", whose "và" joins two bases)."""
    if not re.match(r"[,\s]*và\b|\s*,", text[m.start(): m.start(2)]):
        return False
    before = [b for a, b in taken if b <= m.start()]
    if not before:
        return False
    title = text[max(before): m.start()]
    return LAW_IN_TITLE.search(title[title.rfind(";") + 1:]) is not None


def _laws(block, taken: list[tuple[int, int]], listed: str | None = None) -> list[dict]:
    """Laws, codes and regulations cited by name in a preamble paragraph, with no number
    (`listed`: the relation of the list a bullet is under, "căn cứ" or "thực hiện")."""
    text, out = block.text, []
    for m in LAW.finditer(text):
        start = m.start(2)
        if any(a <= start < b for a, b in taken) or re.match(r"\s*số\b", text[m.end(2):]) or _in_title(text, m, taken):
            continue
        name = m.group(3)
        if cut := ISSUING_CLAUSE.search(name):  # "Quy chế làm việc của Ban, Ban ban hành Kế hoạch như sau:"
            name = name[: cut.start()]
        name = name.strip(" ,")
        if not name or len(name) > 150 or re.search(r"\bsố\s+\d", name):
            continue
        found = dates.find_dates(text[m.end(): m.end() + 40])
        year = re.match(r"\s+năm\s+(\d{4})", text[m.end():])
        issued = found[0].value.isoformat() if found and found[0].value and found[0].start < 8 else None
        end = m.end() + (found[0].end if issued else (year.end() if year else 0))
        word = m.group(2)
        kind = "Luật" if word.lower() in ("luật", "bộ luật") else word[:1].upper() + word[1:].lower()
        out.append({"relation": _relation(text[: start + 1], listed),
                    "doc_type": kind, "number": None, "issued_date": issued, "issuer": None,
                    "title": f"{word} {name}".strip() if word.lower() == "bộ luật" else name[:1].upper() + name[1:],
                    "span": span(block.start + start, block.start + end)})
    return out


# a document cited by its type and date, with no number: "Căn cứ Nghị định ngày 28 tháng 5 năm 2022 của Chính phủ quy
# định về ...", "; Thông tư ngày 15/02/2019 của Bộ Tài chính hướng dẫn ..." (the type word capitalized, the date right
# after it; "Căn cứ Quyết định số ...", a "quyết định" in a sentence are not this)
DATED = re.compile(r"(?:^(?:[-+•*]\s*)?|;\s*)(?:(Căn cứ|Thực hiện|Triển khai|Theo)\s+)?(" + docnum.TYPE_ALT
                   + r")\s+(?=ngày\s+\d)", re.I)


def _dated(block, taken: list[tuple[int, int]]) -> list[dict]:
    text, out = block.text, []
    for m in DATED.finditer(text):
        word, start = m.group(2), m.start(2)
        if not word[:1].isupper() or word.lower() == "văn bản" or any(a <= start < b for a, b in taken):
            continue
        found = dates.find_dates(text[m.end(): m.end() + 40])
        if not found or not found[0].value or found[0].start > 5:  # ("ngày " may be no part of the date)
            continue
        semi = text.find(";", m.end())
        stop = min([semi if semi >= 0 else len(text), *(a for a, _ in taken if a > m.end())])
        rest = AND_BEFORE.sub("", text[m.end() + found[0].end: stop])
        issuer, rest = _of_issuer(rest) or (None, rest)
        out.append({"relation": _relation(text[: start + 1]),
                    "doc_type": _kind(word, ""), "number": None, "issued_date": found[0].value.isoformat(),
                    "issuer": issuer, "title": _title(rest), "span": span(block.start + start, block.start + stop)})
    return out
