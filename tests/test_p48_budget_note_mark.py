"""A footnote's mark right after an amount ("245 triệu đồng[3] từ nguồn ngân sách phường": a Word note's reference as
the reader writes it, a scrape's "[3]" or "[^3]") does not hide the source named after it: the statement read
"total" for a ward's own budget (round G43's Word notes, then u_phuong-hoaantay's). Lines, names and amounts
invented (round P48); must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA ĐÔNG
Số: 31/KH-UBND
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn vật nuôi năm 2028
III. KINH PHÍ
{line}
IV. TỔ CHỨC THỰC HIỆN
Công chức Nông nghiệp chủ trì, theo dõi.
"""


@pytest.mark.parametrize("line, want", [
    # must: the source after the mark
    ("Kinh phí thực hiện Kế hoạch là 380 triệu đồng[2] từ nguồn ngân sách xã.", [("local", 380_000_000)]),
    ("Tổng kinh phí 1.250 triệu đồng [14] từ ngân sách tỉnh hỗ trợ.", [("local", 1_250_000_000)]),
    ("Kinh phí: 95 triệu đồng[^1] nguồn xã hội hóa.", [("mobilized", 95_000_000)]),
    # must not: a mark with no source after it, a source in the next sentence
    ("Kinh phí thực hiện Kế hoạch là 380 triệu đồng[2].", [("total", 380_000_000)]),
    ("Kinh phí thực hiện Kế hoạch là 380 triệu đồng[2]. Nguồn ngân sách xã bảo đảm theo phân cấp.",
     [("total", 380_000_000)]),
])
def test_a_mark_after_an_amount_keeps_its_source(line, want):
    record = process("ke-hoach.txt", PLAN.format(line=line).encode("utf-8")).record
    assert [(s.source, s.amount_vnd) for s in record.budget.statements] == want
