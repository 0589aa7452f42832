"""Hold-out round G60 (tests/invented/build_g60.py): a resolution or plan revising another's targets, its Article or
section naming where they stand in the plan it amends: "Điều 1. Điều chỉnh, bổ sung một số chỉ tiêu tại khoản 2 Điều 1
Nghị quyết số 12/2025/NQ-HĐND như sau:" over "1. Điều chỉnh chỉ tiêu tỷ lệ ... từ 65% lên 72% vào năm 2030." /
"2. ... từ 12% xuống còn 9,5% ..." / "3. Bổ sung chỉ tiêu: ...". Each item is an objective, its new level the target
(the old level none: as the set reads "đạt 60%, thay cho 55%").

Before, only a heading that said nothing more than "Điều chỉnh, bổ sung mục tiêu, chỉ tiêu" (objectives.
AMENDED_OBJECTIVES) was read so; the Article that named the amended plan gave no objectives (the last item, "Bổ sung
chỉ tiêu: ...", alone). Now the heading may name where the targets stand ("tại khoản 2 Điều 1 Nghị quyết số ...", "của
Kế hoạch số ... như sau:"); a heading that adjusts a project's aim ("Điều chỉnh mục tiêu đầu tư Dự án ...") stays no
objectives heading. Probing the shape in other words: a level changed "thành" the new one ("điều chỉnh từ 44% thành
46,5%") read both levels; now the old one is a starting level (objectives.BASELINE_TO), as before "lên"/"xuống".
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH SƠN ĐÀI
Số: 18/2026/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Đài, ngày 15 tháng 7 năm 2026
NGHỊ QUYẾT
Điều chỉnh một số chỉ tiêu phát triển y tế tỉnh Sơn Đài giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN ĐÀI
QUYẾT NGHỊ:
Điều 1. {head}
1. Điều chỉnh chỉ tiêu tỷ lệ trạm y tế xã có bác sĩ làm việc từ 85% lên 92% vào năm 2030.
2. Điều chỉnh chỉ tiêu tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi từ 18% xuống còn 15,5%.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Sơn Đài khóa XI, kỳ họp thứ chín thông qua ngày 15 tháng 7 năm 2026./.
"""


@pytest.mark.parametrize("head, targets", [
    # must: the Article names where the amended targets stand
    ("Điều chỉnh một số chỉ tiêu tại khoản 2 Điều 1 Nghị quyết số 09/2025/NQ-HĐND như sau:", [[92.0], [15.5]]),
    ("Sửa đổi, bổ sung các chỉ tiêu của Kế hoạch số 76/KH-UBND ngày 12/3/2025 như sau:", [[92.0], [15.5]]),
    ("Điều chỉnh chỉ tiêu tại Nghị quyết số 09/2025/NQ-HĐND:", [[92.0], [15.5]]),
    # must not: an Article adjusting a project's aim reads no objectives
    ("Điều chỉnh mục tiêu đầu tư Dự án Bệnh viện Đa khoa tỉnh Sơn Đài như sau:", []),
])
def test_an_amended_plans_targets(head, targets):
    record = process("nghi-quyet.txt", RESOLUTION.format(head=head).encode("utf-8")).record.model_dump(mode="json")
    assert [[t["value"] for t in o["targets"]] for o in record["objectives"]] == targets, record["objectives"]


PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ LÃM
Số: 48/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lãm, ngày 06 tháng 4 năm 2027
KẾ HOẠCH
Phát triển lâm nghiệp bền vững năm 2027
I. MỤC TIÊU
2. Mục tiêu cụ thể
- {item}
II. NHIỆM VỤ
1. Trồng rừng thay thế (Sở Nông nghiệp và Môi trường chủ trì).
"""


@pytest.mark.parametrize("item, targets", [
    # must: the level changed "thành" the new one: the new level alone (probing the round's revised targets)
    ("Tỷ lệ che phủ rừng được điều chỉnh từ 44% thành 46,5%.", [46.5]),
    ("Điều chỉnh chỉ tiêu tỷ lệ diện tích rừng có chứng chỉ từ 12% thành mức 15%.", [15.0]),
    # must not: a word "thành" that sets no level; a range
    ("Từ 80% thành viên tổ hợp tác được tập huấn kỹ thuật trồng rừng gỗ lớn.", [80.0]),
    ("Tỷ lệ cây giống đạt chuẩn từ 85% đến 90%.", [85.0, 90.0]),
])
def test_a_level_changed_into_another(item, targets):
    record = process("plan.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")
    assert [t["value"] for o in record["objectives"] for t in o["targets"]] == targets, record["objectives"]

