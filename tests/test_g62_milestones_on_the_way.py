"""Hold-out round G62 (probing tests/invented/build_g62.py's targets stated year by year): an item whose first level
has no year of its own and whose milestones follow it ("Phấn đấu tối thiểu 60% lao động ... được đào tạo nghề, trong
đó năm 2029 đạt 40%, năm 2030 đạt 50%") aims at that first level's year, its heading's or the plan's, not at the last
milestone on the way.

Before, the milestones' levels year by year made the item's year the last of them (2030, in a plan to 2031). Now
extractors.fields.objectives leaves the item its heading's or the plan's year when its first level is free of a year
and a milestone list ("trong đó năm ...", "lộ trình: năm ...", "cụ thể: năm ...") follows. Levels each with its year
(G52's rows), a first level with its own year after it and an item that opens on its year keep their readings. Every
name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THANH ĐÀI
Số: 48/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Đài, ngày 09 tháng 12 năm 2028
KẾ HOẠCH
Đào tạo nghề cho lao động nông thôn tỉnh Thanh Đài
I. MỤC TIÊU
1. Mục tiêu cụ thể đến năm 2032
- {item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: Chủ trì, theo dõi, tổng hợp./.
"""


@pytest.mark.parametrize("item, year, values", [
    # must: the heading's year, the milestones on the way
    ("Phấn đấu tối thiểu 65% lao động nông thôn được đào tạo nghề, trong đó năm 2029 đạt 45%, năm 2030 đạt 55%.", 2032,
     [65.0, 45.0, 55.0]),
    ("Tỷ lệ lao động có chứng chỉ đạt 40%; lộ trình: năm 2029 đạt 25%, năm 2031 đạt 33%.", 2032, [40.0, 25.0, 33.0]),
    # must not: levels each with its year; the first level's year after it; an item that opens on its year
    ("Tỷ lệ lao động qua đào tạo năm 2029 đạt 50%, năm 2031 đạt 60%.", 2031, [50.0, 60.0]),
    ("Tỷ lệ học viên có việc làm đạt 75% vào năm 2031, trong đó năm 2029 đạt 65%.", 2031, [75.0, 65.0]),
    ("Đến năm 2030, 80% học viên có việc làm, trong đó năm 2029 đạt 70%.", 2030, [80.0, 70.0]),
])
def test_milestones_on_the_way_to_the_items_level(item, year, values):
    objectives = process("plan.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")["objectives"]
    assert len(objectives) == 1, objectives
    assert objectives[0]["target_year"] == year
    assert [t["value"] for t in objectives[0]["targets"]] == values
