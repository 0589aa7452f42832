"""Hold-out round G62 (probing tests/invented/build_g62.py's targets stated year by year): levels that "lần lượt" or
"tương ứng" give in their order with their years listed AFTER them ("đạt lần lượt 38%, 42% và 45% vào các năm 2028,
2029, 2030", "đạt 50%, 70% và 90% tương ứng với các năm 2027, 2028, 2030") aim at the last of those years, as the
years listed before the levels do (round G52's RESPECTIVE_YEARS: "đến năm 2029, 2031 lần lượt đạt 72% và 90%").

Before, no year was read for such an item (its year left to the heading's or the period's, none in a plan whose
objectives name no year of their own). Now extractors.fields.objectives.RESPECTIVE_YEARS_AFTER reads the list after the
levels. One level, a list of years that compares ("so với các năm ...") and years with no "lần lượt"/"tương ứng" keep
their readings. Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LAM TRÀ
Số: 64/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Trà, ngày 14 tháng 02 năm 2028
KẾ HOẠCH
Phát triển thể thao quần chúng tỉnh Lam Trà
I. MỤC TIÊU
1. Mục tiêu cụ thể
- {item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, theo dõi, tổng hợp./.
"""


@pytest.mark.parametrize("item, year, values", [
    # must: the years listed after the levels "lần lượt" / "tương ứng" give
    ("Tỷ lệ người tập luyện thể thao thường xuyên đạt lần lượt 38%, 42% và 45% vào các năm 2028, 2029, 2030.", 2030,
     [38.0, 42.0, 45.0]),
    ("Tỷ lệ trường học có nhà đa năng đạt 50%, 70% và 90% tương ứng với các năm 2028, 2029 và 2031.", 2031,
     [50.0, 70.0, 90.0]),
    ("Tỷ lệ xã có sân thể thao đạt chuẩn lần lượt là 60% và 85% trong năm 2029 và năm 2032.", 2032, [60.0, 85.0]),
    # must not: one level; years that compare; years listed with no word that pairs them; the years before (G52)
    ("Tỷ lệ vận động viên đạt đẳng cấp tăng 2% vào năm 2029.", 2029, [2.0]),
    ("Tỷ lệ người tập luyện tăng 3% và 5% so với các năm 2025, 2026.", None, [3.0, 5.0]),
    ("Tỷ lệ câu lạc bộ hoạt động hiệu quả đạt 65% và 80%, khảo sát các năm 2026, 2027.", None, [65.0, 80.0]),
    ("Tỷ lệ hộ gia đình thể thao đến năm 2029, 2031 lần lượt đạt 30% và 40%.", 2031, [30.0, 40.0]),
])
def test_the_last_of_the_years_listed_after_the_levels(item, year, values):
    result = process("plan.txt", PLAN.format(item=item).encode("utf-8"))
    objectives = result.record.model_dump(mode="json")["objectives"]
    assert len(objectives) == 1, objectives
    assert objectives[0]["target_year"] == year
    assert [t["value"] for t in objectives[0]["targets"]] == values
