"""Hold-out round G42 (tests/invented/build_g42.py): a plan whose tasks are "Nhiệm vụ 1:", "Nhiệm vụ 2:" ... each with
labelled lines under it ("Cơ quan chủ trì:", "Cơ quan phối hợp:", "Kinh phí:", a focal person with a phone). Probing
beside the round's Markdown plan found the task's number set off by a dash ("Nhiệm vụ 2 - Đào tạo ...", "Dự án 3 –
...") not read as a task: its lines were the task above's, its lead that one's second lead (segment.NAMED_ITEM), and its
title kept "Nhiệm vụ 2 - " (activities.TITLE_PREFIX). Not a range of numbers ("Nhiệm vụ 1 - 3 do Sở ..."), nor a
sentence that names a task ("Nhiệm vụ 2 được giao ...").
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG BẢO
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Bảo, ngày 09 tháng 5 năm 2029
KẾ HOẠCH
Phát triển nghề truyền thống tỉnh Đông Bảo năm 2029
I. MỤC TIÊU
- 70% làng nghề có sản phẩm OCOP.
II. NHIỆM VỤ CỤ THỂ
Nhiệm vụ 1: Khảo sát, lập danh mục làng nghề truyền thống
- Cơ quan chủ trì: Sở Công Thương.
- Thời gian thực hiện: Quý II/2029.
{line}
- Cơ quan chủ trì: Liên minh Hợp tác xã tỉnh.
- Cơ quan phối hợp: Sở Nông nghiệp và Môi trường.
- Đầu mối: đồng chí Hà Văn Lộc, Phó Chủ tịch, ĐT: 0915.204.337.
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương: Theo dõi, tổng hợp kết quả.
"""


@pytest.mark.parametrize("line, second", [
    # must: the number set off by a dash (a hyphen or an en dash)
    ("Nhiệm vụ 2 - Hỗ trợ hợp tác xã làng nghề quảng bá sản phẩm", "Hỗ trợ hợp tác xã làng nghề quảng bá sản phẩm"),
    ("Nhiệm vụ 2 – Đào tạo thợ trẻ cho các làng nghề mây tre đan", "Đào tạo thợ trẻ cho các làng nghề mây tre đan"),
    # must not: a range, a sentence
    ("Nhiệm vụ 1 - 3 do các sở phối hợp thực hiện trong năm", None),
    ("Nhiệm vụ 2 được giao cho các đơn vị sau", None),
])
def test_a_task_numbered_by_its_name_with_a_dash(line, second):
    record = process("plan.txt", PLAN.format(line=line).encode("utf-8")).record.model_dump(mode="json")
    acts = {a["code"]: a for a in record["activities"]}
    assert acts["1"]["title"] == "Khảo sát, lập danh mục làng nghề truyền thống"
    if second is None:
        assert "2" not in acts
        return
    assert acts["2"]["title"] == second
    assert acts["2"]["lead_agencies"] == ["Liên minh Hợp tác xã tỉnh"]
    assert acts["2"]["partner_agencies"] == ["Sở Nông nghiệp và Môi trường"]
    assert acts["1"]["lead_agencies"] == ["Sở Công Thương"]
