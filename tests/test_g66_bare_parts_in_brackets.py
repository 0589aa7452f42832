"""Hold-out round G66 (tests/invented/build_g66.py): a sum's parts in a bracket after it as bare numbers in its unit,
each after its source's words: "năm 2027: 840 triệu đồng (ngân sách tỉnh 600, vận động tài trợ 240)", "(trong đó:
vốn tỉnh 800; vốn huyện 400)", "(ngân sách trung ương 2,5 và ngân sách địa phương 1)". Before, normalizers.money.
find_money read amounts with a unit only: the year's sum alone, its parts lost. Now the parts are read in the sum's
unit where two or more of them, each a source's words and a number, add up to the sum exactly; a bracket whose numbers
do not add up, a count, a share, a code, or parts written with their own unit keep today's reading.

Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.money import find_money
from pipeline.process import process


@pytest.mark.parametrize("text, amounts", [
    # must: the parts in the sum's unit
    ("Năm 2028: 1.350 triệu đồng (ngân sách tỉnh 900, ngân sách huyện 450).",
     [("1.350 triệu đồng", 1_350_000_000), ("900", 900_000_000), ("450", 450_000_000)]),
    ("năm 2029: 2.100 triệu đồng (trong đó: vốn tỉnh 1.500; vốn huyện 400; xã hội hóa 200)",
     [("2.100 triệu đồng", 2_100_000_000), ("1.500", 1_500_000_000), ("400", 400_000_000), ("200", 200_000_000)]),
    ("Tổng kinh phí 4,2 tỷ đồng (ngân sách trung ương 3 và ngân sách địa phương 1,2)",
     [("4,2 tỷ đồng", 4_200_000_000), ("3", 3_000_000_000), ("1,2", 1_200_000_000)]),
    # must not: the numbers do not add up; a share, a count, a code; parts with their own unit (read as before)
    ("Năm 2028: 1.350 triệu đồng (ngân sách tỉnh 900, ngân sách huyện 400).", [("1.350 triệu đồng", 1_350_000_000)]),
    ("năm 2028: 760 triệu đồng (bằng 115% năm 2027)", [("760 triệu đồng", 760_000_000)]),
    ("760 triệu đồng (gồm 14 xã, 2 thị trấn)", [("760 triệu đồng", 760_000_000)]),
    ("650 triệu đồng (Dự án 1 400, Dự án 2 250)", [("650 triệu đồng", 650_000_000)]),
    ("năm 2028: 1.240 triệu đồng (ngân sách tỉnh 740 triệu đồng, ngân sách huyện 500 triệu đồng)",
     [("1.240 triệu đồng", 1_240_000_000), ("740 triệu đồng", 740_000_000), ("500 triệu đồng", 500_000_000)]),
    ("Kinh phí 300 triệu đồng (ngân sách tỉnh 300).", [("300 triệu đồng", 300_000_000)]),
])
def test_bare_parts_after_a_sum(text, amounts):
    assert [(m.raw, m.amount_vnd) for m in find_money(text)] == amounts
    for m in find_money(text):
        assert text[m.start:m.end] == m.raw


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN SƠN KHÊ
Số: 61/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Khê, ngày 20 tháng 2 năm 2028
KẾ HOẠCH
Phát triển thư viện cơ sở huyện Sơn Khê giai đoạn 2028 - 2029
I. KINH PHÍ
Kinh phí thực hiện Kế hoạch: năm 2028: 1.350 triệu đồng (ngân sách tỉnh 900, ngân sách huyện 450); năm 2029: 1.100
triệu đồng (ngân sách tỉnh 700, xã hội hóa 400).
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phan Văn Lộc
"""


def test_a_plans_money_by_year_and_source():
    record = process("ke-hoach.md", PLAN.encode("utf-8")).record.model_dump(mode="json")
    got = [(s["source"], s["year"], s["amount_vnd"]) for s in record["budget"]["statements"]]
    assert got == [("total", 2028, 1_350_000_000), ("local", 2028, 900_000_000), ("local", 2028, 450_000_000),
                   ("total", 2029, 1_100_000_000), ("local", 2029, 700_000_000), ("mobilized", 2029, 400_000_000)]
