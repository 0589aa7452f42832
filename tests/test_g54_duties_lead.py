"""Hold-out round G54 (tests/invented/build_g54.py): the words after an agency that only lead to its duties listed
under it are no duty.

Probing the round's joint plan in other words, "1. Công an tỉnh có trách nhiệm:" over its "-" duties gave "có trách
nhiệm:" as the first duty (extractors.fields.responsibilities._item keeps the item's text after the agency). Such a
lead ("có trách nhiệm:", "có nhiệm vụ thực hiện các nội dung sau:", "chịu trách nhiệm những công việc sau đây:") is
now dropped when lines follow it; a duty written after the agency on its own line stays.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """CÔNG AN TỈNH BẮC HÀ TÂY
SỞ TƯ PHÁP TỈNH BẮC HÀ TÂY
Số: 12/KHLN-CAT-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Hà Tây, ngày 09 tháng 4 năm 2027
KẾ HOẠCH LIÊN NGÀNH
Phối hợp phổ biến, giáo dục pháp luật cho phạm nhân năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả phối hợp giữa hai ngành trong phổ biến pháp luật.
II. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh {lead}
- Bố trí địa điểm, thời gian tổ chức các buổi phổ biến pháp luật tại trại tạm giam.
2. Sở Tư pháp: Cử báo cáo viên pháp luật; cung cấp tài liệu./.
"""

DUTY = "Bố trí địa điểm, thời gian tổ chức các buổi phổ biến pháp luật tại trại tạm giam."


@pytest.mark.parametrize("lead, duties", [
    # must: the lead dropped, the duties under it kept
    ("có trách nhiệm:", [DUTY]),
    ("có nhiệm vụ thực hiện các nội dung sau:", [DUTY]),
    ("chịu trách nhiệm những công việc sau đây:", [DUTY]),
    # must not: a duty of its own after the agency
    ("có trách nhiệm chủ trì tổ chức các buổi phổ biến pháp luật:", ["có trách nhiệm chủ trì tổ chức các buổi phổ biến "
                                                                     "pháp luật:", DUTY]),
    (": Chủ trì, phối hợp với Sở Tư pháp:", ["Chủ trì, phối hợp với Sở Tư pháp:", DUTY]),
])
def test_a_lead_to_duties(lead, duties):
    result = process("plan.txt", PLAN.format(lead=lead).encode("utf-8"))
    records = result.record.model_dump(mode="json")["responsibilities"]
    assert [r["agency"] for r in records] == ["Công an tỉnh", "Sở Tư pháp"], records
    assert records[0]["duties"] == duties, records
    for r in records:
        assert r["agency"].split()[0] in result.text[r["span"]["start"]:r["span"]["end"]]
