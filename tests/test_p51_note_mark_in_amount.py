"""A footnote's marker between an amount and its unit (a raised note after the number: HTML's <sup>4</sup>, a Word
footnote's reference, each reader's "[4]"): "Tổng kinh phí ... là 24.600[4] triệu đồng" is 24.600 triệu đồng, its span
the amount, the marker and the unit. Must rows failed on e96cf6f (no amount: the plan's total statement was lost);
must-not rows read as before (G49's leftover)."""

from __future__ import annotations

import pytest

from normalizers.money import find_money
from pipeline.process import process

MUST = [
    ("Tổng kinh phí thực hiện là 3.750[2] triệu đồng, trong đó", 3_750_000_000, "3.750[2] triệu đồng"),
    ("bố trí 12,5[14] tỷ đồng từ ngân sách tỉnh", 12_500_000_000, "12,5[14] tỷ đồng"),
    ("mức hỗ trợ 850.000[3] đồng/người", 850_000, "850.000[3] đồng"),
]


@pytest.mark.parametrize("text, vnd, held", MUST)
def test_must_read(text, vnd, held):
    found = find_money(text)
    assert [(m.amount_vnd, m.raw) for m in found] == [(vnd, held)]
    assert text[found[0].start:found[0].end] == held


MUST_NOT = [
    ("Tổng kinh phí 1.200 triệu đồng[2]; năm 2027", [(1_200_000_000, "1.200 triệu đồng")]),  # the marker after the unit
    ("theo Quyết định số 12[3] của Ủy ban nhân dân tỉnh", []),  # a marker after a number with no unit
    ("gồm 24 xã[5] và 3 thị trấn", []),
]


@pytest.mark.parametrize("text, found", MUST_NOT)
def test_must_not(text, found):
    assert [(m.amount_vnd, m.raw) for m in find_money(text)] == found


PAGE = """<html><body><p>ỦY BAN NHÂN DÂN TỈNH KIM SƠN</p><p>Số: 318/KH-UBND</p><p>KẾ HOẠCH</p>
<p>Phát triển thư viện số năm 2027</p><p>IV. KINH PHÍ THỰC HIỆN</p>
<p>Tổng kinh phí thực hiện Kế hoạch là 7.240<sup>3</sup> triệu đồng, trong đó: ngân sách tỉnh 5.100 triệu đồng;
nguồn xã hội hóa 2.140 triệu đồng.</p>
<p><sup>3</sup> Đã bao gồm kinh phí chuyển tiếp năm 2026.</p></body></html>"""


def test_page_total_statement():
    out = process("kim-son.html", PAGE.encode("utf-8"))
    found = [(s.scope, s.source, s.amount_vnd) for s in out.record.budget.statements]
    assert ("total", "total", 7_240_000_000) in found
    for s in out.record.budget.statements:  # provenance: the span holds the amount as written
        assert out.text[s.span.start:s.span.end] == s.raw
