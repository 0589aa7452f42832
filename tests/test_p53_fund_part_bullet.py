"""A sum's parts on bullets of their own, one of them a fund the source codes do not name: "Tổng kinh phí thực hiện
Kế hoạch: 95 triệu đồng, trong đó:" / "- Ngân sách xã: 60 triệu đồng;" / "- Quỹ phòng, chống thiên tai xã: 35 triệu
đồng." Round P53 (G53's leftover): a fund's part was read only inside the sentence of its sum ("..., gồm: ngân sách tỉnh
A; Quỹ ... B"); on a bullet of its own the fund's amount was taken for a fund's takings and dropped. A bullet under a
sum's "trong đó:" that opens on a fund's name is now that sum's part, source "other"
(extractors.fields.budget_statements). Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ XUYÊN\nSố: 19/KH-UBND\nPhú Xuyên, ngày 10 tháng 3 năm 2028\nKẾ HOẠCH\n"
        "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2028\nIV. KINH PHÍ\n")
TAIL = "V. TỔ CHỨC THỰC HIỆN\nCông chức Địa chính - Xây dựng xã theo dõi, tổng hợp.\n"


def _statements(body: str) -> list[tuple[str, int]]:
    out = process("ke-hoach-19.txt", (HEAD + body + TAIL).encode("utf-8"))
    for s in out.record.budget.statements:  # provenance
        assert out.text[s.span.start:s.span.end] == s.raw
    return [(s.source, s.amount_vnd) for s in out.record.budget.statements]


@pytest.mark.parametrize("body, expected", [
    # must: the fund's part, source "other"
    ("Tổng kinh phí thực hiện Kế hoạch: 140 triệu đồng, trong đó:\n- Ngân sách xã: 90 triệu đồng;\n"
     "- Quỹ phòng, chống thiên tai xã: 50 triệu đồng.\n",
     [("total", 140_000_000), ("local", 90_000_000), ("other", 50_000_000)]),
    ("Kinh phí thực hiện dự kiến 210 triệu đồng, gồm:\n- Nguồn Quỹ phòng, chống thiên tai tỉnh hỗ trợ: 150 triệu "
     "đồng;\n- Ngân sách xã: 60 triệu đồng.\n",
     [("total", 210_000_000), ("other", 150_000_000), ("local", 60_000_000)]),
    # must not: a fund's takings on a bullet under no sum, a grant to a fund, stay out
    ("Các hoạt động hưởng ứng:\n- Vận động Quỹ Vì người nghèo được 40 triệu đồng.\n", []),
    ("Tổng kinh phí thực hiện Kế hoạch: 80 triệu đồng, trong đó:\n- Ngân sách xã: 80 triệu đồng;\n"
     "- Hỗ trợ Quỹ khuyến học xã: 10 triệu đồng.\n", [("total", 80_000_000), ("local", 80_000_000)]),
])
def test_a_funds_part_on_its_own_bullet(body, expected):
    assert _statements(body) == expected
