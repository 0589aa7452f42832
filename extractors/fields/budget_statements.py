"""Budget statements: sums stated in prose, with scope, source and year.

"Kinh phí thực hiện Dự án 1: 67.400 triệu đồng ..., trong đó: - Ngân sách Trung ương:
30.600 triệu đồng" gives a total for Dự án 1 and its parts; the notes under a table
inherit the project its title names.
"""

from __future__ import annotations

import re

from extractors.document import Document
from extractors.fields.common import is_upper, span
from extractors.segment import classify
from normalizers.money import find_money

PROJECT = re.compile(r"\b(?:Dự án|DỰ ÁN)\s*(\d+)")
TOTAL_SCOPE = re.compile(r"tổng kinh phí|tổng dự toán|tổng cộng|tổng nguồn vốn", re.I)
SINGLE_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*-\s*(?:19|20)?\d{2})")
CENTRAL = re.compile(r"trung ương|NSTW|\bTW\b", re.I)
LOCAL = re.compile(r"địa phương|NSĐP|ngân sách (?:tỉnh|huyện|xã)|(?:UBND|Ủy ban nhân dân) (?:tỉnh|huyện)[^.;]*cấp", re.I)
MOBILIZED = re.compile(r"vận động|huy động|xã hội hóa|hợp pháp khác|unicef|tài trợ|viện trợ", re.I)


def source_of(label: str) -> str:
    if CENTRAL.search(label):
        return "central"
    if LOCAL.search(label):
        return "local"
    if MOBILIZED.search(label):
        return "mobilized"
    return "total"


def extract_statements(doc: Document) -> list[dict]:
    out = []
    context = None  # "Dự án 2" from the nearest heading or table title
    head_scope, head_year, head_at = None, None, -10
    for block in doc.paragraphs:
        text = block.text
        if not text:
            continue
        moneys = find_money(text)
        node = classify(text)
        if not moneys:
            pm = PROJECT.search(text)
            if pm and (node or is_upper(text)):
                context = f"Dự án {pm.group(1)}"
            elif node and node[0] in ("roman", "part"):
                context = None
            continue
        if node and node[0] in ("roman", "part") and not PROJECT.search(text):
            context = None
        bullet = bool(re.match(r"^\s*[-+•*]", text))
        inherits = bullet and block.index - head_at <= 6 and head_scope is not None
        prev_end = 0
        para_scope, para_year = None, None
        for k, money in enumerate(moneys):
            label = text[prev_end: money.start]
            prev_end = money.end
            pm = PROJECT.search(label) or (PROJECT.search(text[: money.start]) if k == 0 else None)
            if pm:
                scope = f"Dự án {pm.group(1)}"
            elif k == 0 and TOTAL_SCOPE.search(label) and not context:
                scope = "total"
            elif inherits:
                scope = head_scope
            elif para_scope:
                scope = para_scope
            else:
                scope = context or ("total" if TOTAL_SCOPE.search(label) or re.search(r"kinh phí", label, re.I) else None)
            if scope is None:
                scope = label.strip(" :-,.;(").split(":")[-1].strip()[:80] or "total"
            ym = SINGLE_YEAR.search(label)
            if ym:
                year = int(ym.group(1))
            elif re.search(r"(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}", label):
                year = None
            elif k > 0 and para_year is not None and "(" in text[: money.start]:
                year = para_year
            elif inherits and k == 0:
                year = head_year
            else:
                year = None
            source = source_of(label)
            if k == 0:
                para_scope, para_year = scope, year
            out.append({"scope": scope, "source": source, "year": year, "amount_vnd": money.amount_vnd,
                        "raw": money.raw, "flags": list(money.flags),
                        "span": span(block.start + money.start, block.start + money.end)})
        if not bullet:
            head_scope, head_year, head_at = para_scope, para_year, block.index
        else:
            head_at = block.index
    return out
