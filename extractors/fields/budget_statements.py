"""Budget statements: sums stated in prose, with scope, source and year.

"Kinh phí thực hiện Dự án 1: 67.400 triệu đồng ..., trong đó: - Ngân sách Trung ương:
30.600 triệu đồng" gives a total for Dự án 1 and its parts. Each amount's scope comes from,
in order: a project named in its own clause, a purpose phrase ("Thực hiện X là ...",
"... triệu đồng để X"), the paragraph's first amount (for the parts after it), the
statement a footnote hangs from, the lead paragraph a bullet continues, the table title or
heading that names a project, and else the plan ("total"), or the past period a heading
names ("5. Kinh phí thực hiện giai đoạn 2010 - 2020"). Rates ("định mức 20 triệu
đồng/xã") are prices, not sums, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.document import Block, Document
from extractors.fields.common import BULLET, body_end, is_upper, span
from extractors.segment import classify
from normalizers.money import Money, find_money

PROJECT = re.compile(r"\b(?:Dự án|DỰ ÁN)\s*(\d+)")
TITLE_START = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BẢNG|Bảng|BIỂU|Biểu)\b")
SINGLE_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})", re.I)
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")
PERIOD = re.compile(r"giai đoạn\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", re.I)
CENTRAL = re.compile(r"trung ương|NSTW|\bTW\b", re.I)
LOCAL = re.compile(r"địa phương|ngân sách \w{1,4} phương|NSĐP|ngân sách (?:cấp )?(?:tỉnh|huyện|xã)|(?:UBND|Ủy ban nhân dân) (?:tỉnh|huyện)[^.;]*cấp|"
                   r"phân cấp (?:về|cho) (?:các )?(?:huyện|xã|cấp)", re.I)
# what a sum is about: the budget ("Thu nội địa", "Chi thường xuyên", "Vốn đầu tư công"), or
# the economy, whose figures are no budget ("GRDP ... 172.033 tỷ đồng", "doanh thu", "kim ngạch")
BUDGET_WORDS = re.compile(r"ngân sách|\bNS(?:NN|TW|ĐP)\b|kinh phí|\bvốn\b|dự toán|giải ngân|\bthu\b|\bchi\b|"
                          r"đầu tư công", re.I)
NOT_BUDGET = re.compile(r"\bGR?DP\b|tổng sản phẩm|doanh thu|kim ngạch|toàn xã hội|vốn đăng ký|vốn điều lệ|"
                        r"thu nhập|bình quân|giá trị sản xuất|tổng mức bán lẻ|lợi nhuận|sản lượng", re.I)
MOBILIZED = re.compile(r"vận động|huy động|xã hội hóa|hợp pháp khác|unicef|tài trợ|viện trợ", re.I)
# a rate is a price per unit, not a sum: "định mức 18 triệu đồng", "20 triệu đồng/xã"
RATE_BEFORE = re.compile(r"(?:định mức|mức hỗ trợ|mức chi|đơn giá)\s*(?:là)?\s*:?\s*$", re.I)
RATE_AFTER = re.compile(r"^\s*(?:/|(?:cho\s+)?mỗi\b|một\s+(?:người|hộ|xã|lớp|buổi|năm|tháng|lượt)\b)", re.I)
# "Thực hiện Đề án X là 2.668 triệu đồng"; "1.200 triệu đồng để phát triển X"
PURPOSE_BEFORE = re.compile(r"(?:^|[,:(]\s*|\bvà\s+)(?:để\s+)?thực hiện\s+(.{4,150}?)\s*(?:là|với kinh phí(?: là)?)\s*:?\s*$", re.I)
PURPOSE_AFTER = re.compile(r"^\s*(?:để|chi cho|dùng cho|dành cho)\s+([^.;()]{4,150}?)\s*(?:[.;)]|,\s*$|$)", re.I)
NOT_A_PURPOSE = re.compile(r"^(?:(?:năm|giai đoạn|trong)\b[\s\d–-]*|(?:kế hoạch|chương trình|đề án|dự án)(?: này| trên)?)$",
                           re.I)
CLAUSE_END = re.compile(r"[.;]\s|trong đó\s*:?", re.I)
# a sum for part of the time or of the money: "đã cấp", "dự kiến", "còn lại"
PARTIAL = re.compile(r"đã (?:cấp|bố trí|giao|thực hiện)|dự kiến|còn lại|bổ sung|tạm ứng", re.I)
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
PARTS = re.compile(r"\(|trong đó|bao gồm|\bgồm\b", re.I)
MARKER = re.compile(r"^(?:\s*\([^()]*\))?(\d{1,3})(?![\d.,]?\d)")  # "đồng16", "đồng (nguồn ...)17"


def source_of(label: str) -> str:
    if CENTRAL.search(label):
        return "central"
    if LOCAL.search(label):
        return "local"
    if MOBILIZED.search(label):
        return "mobilized"
    return "total"


@dataclass
class Lead:
    """What later amounts inherit: the first amount of a paragraph, or of the statement
    a footnote hangs from."""
    scope: str
    year: int | None
    source: str = "total"
    partial: bool = False  # a sum for part of the period or of the money


def _clause(label: str) -> str:
    """The clause an amount belongs to: its label after the last sentence break."""
    label = re.sub(r"^\s*\([^()]*\)\d{0,3}", "", label)  # the previous amount's "(nguồn ...)"
    cut = 0
    for m in CLAUSE_END.finditer(label):
        cut = m.end()
    return label[cut:].lstrip(" 0123456789,:-()")


def _purpose(clause: str, trailing: str) -> str | None:
    m = PURPOSE_BEFORE.search(clause) or PURPOSE_AFTER.match(trailing)
    if not m:
        return None
    text = m.group(1).strip(" ,:")
    if NOT_A_PURPOSE.match(text) or find_money(text):
        return None
    return text[:1].upper() + text[1:]


def _trailing(text: str, money: Money, nxt: Money | None) -> str:
    return text[money.end: nxt.start if nxt else len(text)]


def _paren_source(trailing: str) -> str:
    """"(nguồn do Trung ương bổ sung ...)" or "từ nguồn ngân sách huyện" right after an
    amount names its source."""
    m = re.match(r"^\d{0,3}\s*\(([^()]*)\)", trailing)
    if m and not find_money(m.group(1)):
        return source_of(m.group(1))
    m = re.match(r"^\s*,?\s*(?:từ|bằng|do|thuộc)\s+((?:nguồn|ngân sách|vốn|kinh phí)[^.;,()]*)", trailing, re.I)
    return source_of(m.group(1)) if m else "total"


def _project_context(block: Block, node) -> str | None | bool:
    """'Dự án N' when a heading or table title names a project, None when a top-level
    heading ends the project's part, False when the block says nothing."""
    first_line = block.text.split("\n", 1)[0]
    pm = PROJECT.search(first_line)
    if pm and (node or is_upper(first_line) or TITLE_START.match(first_line)):
        return f"Dự án {pm.group(1)}"
    if node and node[0] in ("roman", "part"):
        return None
    return False


def _footnote_blocks(doc: Document) -> dict[int, str]:
    """Block index -> footnote marker, for footnote texts."""
    end = body_end(doc)
    out = {}
    for b in doc.paragraphs:
        if b.kind == "footnote" or b.index >= end:
            m = re.match(r"^[(\[]?(\d{1,3})[)\]]?\s+\S", b.text)
            if m:
                out[b.index] = m.group(1)
    return out


def extract_statements(doc: Document, period: dict | None = None) -> list[dict]:
    period = period or {}
    plan = (period.get("start_year"), period.get("end_year"))
    notes = _footnote_blocks(doc)
    referents: dict[str, Lead] = {}  # footnote marker -> the statement it hangs from
    out: list[dict] = []
    context: str | None = None  # "Dự án 2" from the nearest heading or table title
    heading_scope: str | None = None  # "Giai đoạn 2010 - 2020" from a heading about a past period
    lead: Lead | None = None  # a paragraph ending "trong đó:" whose bullets continue it
    for block in doc.paragraphs:
        text = block.text
        if not text:
            continue
        if not _HAS_WORD.search(text):  # a table cell ("50", "-"): no heading, no money
            if not BULLET.match(text):
                lead = None
            continue
        node = classify(text)
        found = _project_context(block, node)
        if found is not False:
            context = found
        if node:
            pm = PERIOD.search(text)
            # only a period known to differ from the plan's is a scope of its own
            past = pm and None not in plan and (int(pm.group(1)), int(pm.group(2))) != plan
            heading_scope = f"Giai đoạn {pm.group(1)} - {pm.group(2)}" if past else None
        bullet = BULLET.match(text)
        moneys = find_money(text)
        if not moneys:
            if not bullet and not text.rstrip().endswith(":"):
                lead = None
            continue
        inherited = lead if bullet else None
        note = referents.get(notes[block.index]) if block.index in notes else None
        first: Lead | None = None
        first_end = 0
        prev_end = 0
        for k, money in enumerate(moneys):
            nxt = moneys[k + 1] if k + 1 < len(moneys) else None
            label = text[prev_end: money.start]
            prev_end = money.end
            trailing = _trailing(text, money, nxt)
            if RATE_BEFORE.search(label) or RATE_AFTER.match(trailing):
                continue
            clause = _clause(label)
            pm = PROJECT.search(clause)
            purpose = _purpose(clause, trailing)
            total_scope = heading_scope or "total"
            if pm:
                scope = f"Dự án {pm.group(1)}"
            elif purpose:
                scope = purpose
            elif first:
                scope = first.scope
            elif note:
                scope = note.scope
            elif inherited:
                scope = inherited.scope
            else:
                scope = context or total_scope
            ym = SINGLE_YEAR.search(clause) or (SINGLE_YEAR.search(label) if k == 0 else None)
            if ym:
                year = int(ym.group(1))
            elif YEAR_RANGE.search(clause):
                year = None
            elif first and PARTS.search(text[first_end: money.start]):
                year = first.year  # "(trong đó: ...)", "trong đó ngân sách tỉnh ...": parts of the first sum
            elif inherited and not first:
                year = inherited.year
            else:
                year = None
            source = source_of(clause)
            if source == "total":
                source = _paren_source(trailing)
            if source == "total" and note and note.source != "total" and scope != note.scope:
                source = note.source  # parts of a sum from one source share it
            marker = MARKER.match(trailing)
            this = Lead(scope, year, source)
            if marker and not notes.get(block.index):
                referents[marker.group(1)] = this
            if first is None:
                first, first_end = this, money.end
            this.partial = bool(ym or YEAR_RANGE.search(clause) or PARTIAL.search(clause)
                                or (first is not this and first.partial) or (inherited and inherited.partial))
            out.append({"scope": scope, "source": source, "year": year, "amount_vnd": money.amount_vnd,
                        "raw": money.raw, "flags": list(money.flags), "partial": this.partial,
                        "span": span(block.start + money.start, block.start + money.end)})
        if not bullet:
            lead = first if first and re.search(r"(?:trong đó|gồm|như sau)\s*:?\s*$|:\s*$", text, re.I) else None
    return out
