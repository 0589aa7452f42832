"""Hold-out round G62 (probing tests/invented/build_g62.py's sums in tỷ đồng and triệu đồng): a sum stated again in
another unit, in brackets right after it ("3.250 triệu đồng (tương đương 3,25 tỷ đồng)", "2,4 tỷ đồng (2.400 triệu
đồng)"), is one statement, as the sum written again in words ("(Bằng chữ: ...)") is.

Before, the restatement was a second statement of the same scope, source and year (a prediction no gold holds). Now
extractors.fields.budget_statements._unrestated drops an amount of the same worth as the one before it when only an
opening bracket (and "tương đương", "bằng", "tức là" ...) stands between them. Two sums of the same worth that are two
(two years in brackets, "N (năm 2028: N)"; parts that happen to be equal) and a bracket of another worth stay. Every
name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN PHÚ KHÊ THƯỢNG
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Khê Thượng, ngày 06 tháng 01 năm 2029
KẾ HOẠCH
Phát triển nghề truyền thống huyện Phú Khê Thượng năm 2029 - 2030
I. KINH PHÍ
{money}
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: chủ trì, theo dõi./.
"""


@pytest.mark.parametrize("money, expected", [
    # must: the restatement no statement of its own
    ("Tổng kinh phí thực hiện là 4.750 triệu đồng (tương đương 4,75 tỷ đồng).", [("total", None, 4750000000)]),
    ("Tổng kinh phí: 1,8 tỷ đồng (1.800 triệu đồng), trong đó ngân sách huyện 1.300 triệu đồng (bằng 1,3 tỷ đồng), "
     "xã hội hóa 500 triệu đồng.",
     [("total", None, 1800000000), ("local", None, 1300000000), ("mobilized", None, 500000000)]),
    # must not: a bracket of another worth, two years of the same worth, equal parts
    ("Tổng kinh phí: 900 triệu đồng (ngân sách huyện 600 triệu đồng, xã hội hóa 300 triệu đồng).",
     [("total", None, 900000000), ("local", None, 600000000), ("mobilized", None, 300000000)]),
    ("Kinh phí năm 2030: 700 triệu đồng (năm 2029: 700 triệu đồng).", [("total", 2030, 700000000),
                                                                      ("total", 2029, 700000000)]),
    ("Tổng kinh phí 1.000 triệu đồng, trong đó ngân sách huyện 500 triệu đồng, ngân sách xã 500 triệu đồng.",
     [("total", None, 1000000000), ("local", None, 500000000), ("local", None, 500000000)]),
])
def test_a_sum_restated_in_another_unit_is_one(money, expected):
    record = process("plan.txt", PLAN.format(money=money).encode("utf-8")).record.model_dump(mode="json")
    assert [(s["source"], s["year"], s["amount_vnd"]) for s in record["budget"]["statements"]] == expected
