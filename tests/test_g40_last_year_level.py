"""Hold-out round G40, probing beside the round's documents: an item that tells last year's level and sets the new
year's in one sentence, the year right before each level inside the clause ("Tỷ lệ hộ dùng nước sạch năm 2029 đạt
86,5%, phấn đấu năm 2030 đạt trên 90%", "...: năm 2029 đạt 92%; phấn đấu năm 2030 đạt 95%" in a plan for 2030). The
earlier level was read as a target: only a clause that OPENS on its year was known for a result
(extractors.fields.objectives._past_level, which now takes the level's own year before it too, YEAR_LEVEL). A level
of a year of the plan stays a target ("năm 2030 đạt 60%, năm 2031 đạt 75%"), and so does a year's level with no later
aim after it.
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HƯNG LÂM
-------
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hưng Lâm, ngày 15 tháng 01 năm 2030
KẾ HOẠCH
Chăm sóc sức khỏe ban đầu tỉnh Hưng Lâm năm 2030
Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng chăm sóc sức khỏe ban đầu cho Nhân dân.
2. Mục tiêu cụ thể
- Tỷ lệ người dân được quản lý sức khỏe điện tử đạt 80%.
{item}
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: Chủ trì, theo dõi, báo cáo kết quả.
"""


@pytest.mark.parametrize("item, targets", [
    # must: last year's level, its year right before it, then the new year's aim
    ("- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi: năm 2029 là 17,4%; phấn đấu năm 2030 giảm còn 16,8%.",
     ["16,8%"]),
    ("- Tỷ lệ dân số tham gia bảo hiểm y tế năm 2029 đạt 93,1%, phấn đấu năm 2030 đạt trên 95%.", ["95%"]),
    # must not: the plan's own years, each a target; a year's level with no later aim
    ("- Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế: năm 2030 đạt 85%, năm 2031 đạt 90%.", ["85%", "90%"]),
    ("- Tỷ lệ trạm y tế có bác sĩ năm 2030 đạt 98%.", ["98%"]),
])
def test_last_years_level_before_the_new_aim_is_no_target(item, targets):
    record = process("plan.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")
    (objective,) = [o for o in record["objectives"] if o["text"].startswith(item[2:25])]
    assert [t["raw"] for t in objective["targets"]] == targets
