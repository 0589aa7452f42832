"""Hold-out round G52 (tests/invented/build_g52.py): an objective that sets its levels year by year aims at the last
year, also when it opens on the first ("đến năm 2027 đạt 12%, đến năm 2030 đạt 20%").

The round's programme wrote its milestones in one sentence, each after "đến năm": the first "đến năm 2027" was read
as the item's own year (extractors.fields.objectives._item_year), so the levels year by year, which make the item aim
at the last ("năm 2026 đạt 60%, năm 2027 đạt 75%"), were not asked, and the item's year was the first milestone (the
set's golds give the last, the first accepted). Now levels at two years or more win over the opening year, and a
level after "có" is one ("đến năm 2028 có 50% và đến năm 2030 có 70% ..."); so do levels each with its year after it
("đạt 80% vào năm 2029 và 95% vào năm 2031") and years listed before levels given "lần lượt"; an item with one level
or none keeps its own year, and a level compared with a past year ("so với năm 2025") names no year of its own. Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH GIA PHONG
Số: 11/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Phong, ngày 21 tháng 01 năm 2027
CHƯƠNG TRÌNH
Phát triển giáo dục nghề nghiệp tỉnh Gia Phong giai đoạn 2027 - 2031
I. MỤC TIÊU
1. Mục tiêu cụ thể
- {item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo: Chủ trì, theo dõi, tổng hợp./.
"""


@pytest.mark.parametrize("item, year, values", [
    # must: milestones each after "đến năm", or after "có"
    ("Tỷ lệ lao động có chứng chỉ nghề đến năm 2028 đạt 40%, đến năm 2031 đạt 65%.", 2031, [40.0, 65.0]),
    ("Đến năm 2029 có 35% và đến năm 2031 có 60% cơ sở giáo dục nghề nghiệp đạt chuẩn kiểm định.", 2031,
     [35.0, 60.0]),
    ("Tỷ lệ hộ gia đình dùng nước sạch đến năm 2029, 2031 lần lượt đạt 72% và 90%.", 2031, [72.0, 90.0]),
    ("Tỷ lệ xã có bác sĩ làm việc đạt 80% vào năm 2029 và 95% vào năm 2031.", 2031, [80.0, 95.0]),
    # must not: levels year by year with no opening year (so before), each after its year in brackets (so before),
    # levels compared with past years, one level and the item's own year, one year
    ("Tỷ lệ học viên có việc làm sau đào tạo năm 2028 đạt 70%, năm 2030 đạt 80%.", 2030, [70.0, 80.0]),
    ("Đến năm 2031, tỷ lệ nữ học viên đạt 45% (năm 2028 đạt 38%).", 2031, [45.0]),
    ("Phấn đấu đến năm 2029 đạt 75% giáo viên đạt chuẩn.", 2029, [75.0]),
    ("Tỷ lệ trạm y tế xã có máy siêu âm đạt 55% (năm 2029) và 70% (năm 2031).", 2031, [55.0, 70.0]),
    ("Tỷ lệ học sinh bỏ học giảm 0,5% so với năm 2026 và 0,8% so với năm 2025.", None, [0.5, 0.8]),
    ("Tỷ lệ trường đạt chuẩn quốc gia đạt 85% vào năm 2029.", 2029, [85.0]),
])
def test_the_last_milestone_is_the_items_year(item, year, values):
    result = process("plan.txt", PLAN.format(item=item).encode("utf-8"))
    objectives = result.record.model_dump(mode="json")["objectives"]
    assert len(objectives) == 1, objectives
    objective = objectives[0]
    assert objective["target_year"] == year
    assert [t["value"] for t in objective["targets"]] == values
    for t in objective["targets"]:
        assert t["raw"] in result.text[t["span"]["start"]:t["span"]["end"]]
