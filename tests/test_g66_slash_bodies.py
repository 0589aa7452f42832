"""Hold-out round G66 (tests/invented/build_g66.py): two bodies joined with "/" in a task's cell or a duties' heading
("Phòng Nội vụ/Hội đồng Thi đua - Khen thưởng huyện", "Sở Dân tộc và Tôn giáo/Ban Dân tộc Hội đồng nhân dân tỉnh",
"Tỉnh đoàn/Hội Liên hiệp Thanh niên Việt Nam tỉnh") are two bodies. Before, normalizers.agencies._SPLIT cut lists at
";", ":", a comma or "và" before a body and a dash between two whole bodies, never at a slash: one body of both names
(or the first lost). Now a slash between a word and a body's name (_AGENCY_START) cuts too; a slash before a level or a
kind ("các xã/phường", "huyện/thị xã") or before initials no body opens with does not.

Every name below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process


@pytest.mark.parametrize("text, names", [
    # must: two bodies
    ("Sở Nội vụ/Ban Thi đua - Khen thưởng", ["Sở Nội vụ", "Ban Thi đua - Khen thưởng"]),
    ("Phòng Văn hóa và Thông tin / Trung tâm Văn hóa - Thể thao huyện",
     ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao huyện"]),
    ("Đoàn Thanh niên xã/Hội Cựu chiến binh xã", ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"]),
    ("Sở Công Thương/Ủy ban nhân dân các huyện", ["Sở Công Thương", "Ủy ban nhân dân các huyện"]),
    ("Sở Tài chính, Sở Xây dựng/Ban Quản lý dự án tỉnh", ["Sở Tài chính", "Sở Xây dựng", "Ban Quản lý dự án tỉnh"]),
    # must not: a slash before a level or a kind, before initials that open no body, a date
    ("Ủy ban nhân dân các xã/phường", ["Ủy ban nhân dân các xã/phường"]),
    ("Trung tâm Y tế huyện/thị xã", ["Trung tâm Y tế huyện/thị xã"]),
    ("Công an tỉnh/huyện", ["Công an tỉnh/huyện"]),
    ("Sở Y tế/CDC", ["Sở Y tế/CDC"]),
    ("Sở Nội vụ", ["Sở Nội vụ"]),
])
def test_a_slash_between_bodies(text, names):
    assert split_agencies(text) == names


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN MỸ KHÊ
Số: 94/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mỹ Khê, ngày 11 tháng 5 năm 2028
KẾ HOẠCH
Tổ chức Hội thi văn nghệ quần chúng huyện Mỹ Khê năm 2028
I. NHIỆM VỤ
| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Xây dựng thể lệ Hội thi | Phòng Văn hóa và Thông tin/Trung tâm Văn hóa - Thể thao huyện | Huyện đoàn | Tháng 6/2028 |
| 2 | Khen thưởng các đội đạt giải | Phòng Nội vụ | Ủy ban Mặt trận Tổ quốc Việt Nam huyện/Hội Liên hiệp Phụ nữ huyện | Tháng 9/2028 |
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin/Trung tâm Văn hóa - Thể thao huyện
Chủ trì tổ chức Hội thi.
2. Phòng Tài chính - Kế hoạch
Bố trí kinh phí.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Thị Hạnh
"""


def test_a_plans_task_table_and_duties():
    record = process("ke-hoach.md", PLAN.encode("utf-8")).record.model_dump(mode="json")
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]] == [
        (["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao huyện"], ["Huyện đoàn"]),
        (["Phòng Nội vụ"], ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Hội Liên hiệp Phụ nữ huyện"])]
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao huyện", "Phòng Tài chính - Kế hoạch"]
