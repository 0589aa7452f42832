"""Hold-out round G52 (tests/invented/build_g52.py): the years of one source listed with the verb that places the
money ("bố trí", "phân bổ", "giao", "cấp") are that source's.

"Kinh phí ngân sách tỉnh năm 2027 bố trí N, năm 2028 bố trí M": M was read of source total, where "năm 2028 là M"
and "năm 2028: M" were the province's (found probing the round's money by year in other words). A clause that names
nothing but its year (extractors.fields.budget_statements.YEAR_ONLY) now takes the verb that places the money in it
too, so the next year is of the first amount's source; a year whose own source follows it keeps that one. Every name
and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH LÂM
Số: 64/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Lâm, ngày 06 tháng 01 năm 2027
KẾ HOẠCH
Phát triển thư viện số tỉnh Khánh Lâm giai đoạn 2027 - 2028
I. MỤC TIÊU
- 80% thư viện xã, phường kết nối với thư viện số của tỉnh.
II. KINH PHÍ THỰC HIỆN
{money}
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, theo dõi, tổng hợp./.
"""


@pytest.mark.parametrize("money, readings", [
    # must: the next year placed with "bố trí", "được bố trí", "dự kiến phân bổ", "được giao"
    ("Kinh phí ngân sách tỉnh năm 2027 bố trí 2.400 triệu đồng, năm 2028 bố trí 2.650 triệu đồng.",
     [(2027, "local", 2_400_000_000), (2028, "local", 2_650_000_000)]),
    ("Kinh phí ngân sách tỉnh năm 2027 được bố trí 2.400 triệu đồng; năm 2028 được bố trí 2.650 triệu đồng.",
     [(2027, "local", 2_400_000_000), (2028, "local", 2_650_000_000)]),
    ("Vốn ngân sách trung ương hỗ trợ năm 2027 là 3.100 triệu đồng, năm 2028 dự kiến phân bổ 3.300 triệu đồng.",
     [(2027, "central", 3_100_000_000), (2028, "central", 3_300_000_000)]),
    ("Kinh phí từ nguồn xã hội hóa năm 2027 được giao 900 triệu đồng, năm 2028 được giao 950 triệu đồng.",
     [(2027, "mobilized", 900_000_000), (2028, "mobilized", 950_000_000)]),
    # must not: the years written with "là" (so before), a year with its own source after it
    ("Kinh phí ngân sách tỉnh năm 2027 là 2.400 triệu đồng, năm 2028 là 2.650 triệu đồng.",
     [(2027, "local", 2_400_000_000), (2028, "local", 2_650_000_000)]),
    ("Kinh phí ngân sách tỉnh năm 2027 bố trí 2.400 triệu đồng; năm 2028 bố trí 700 triệu đồng từ nguồn xã hội hóa.",
     [(2027, "local", 2_400_000_000), (2028, "mobilized", 700_000_000)]),
])
def test_the_next_years_placed_money_is_the_same_sources(money, readings):
    result = process("plan.txt", PLAN.format(money=money).encode("utf-8"))
    statements = result.record.model_dump(mode="json")["budget"]["statements"]
    assert [(s["year"], s["source"], s["amount_vnd"]) for s in statements] == readings, statements
    for s in statements:
        assert s["raw"] in result.text[s["span"]["start"]:s["span"]["end"]]
