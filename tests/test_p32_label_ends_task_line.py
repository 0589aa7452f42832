"""A task's role label at the end of its own line, the agencies listed on the bullet lines under it:
"1. Rà soát hồ sơ thủ tục hành chính. Đơn vị thực hiện:" / "- Phòng Nội vụ;" / "- UBND các xã." (round G12 left
this shape; its rule read the label alone on a line). The title stops before the label; the agencies take the
label's role, as far as the lines open with an agency."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 11 tháng 3 năm 2027

KẾ HOẠCH
Cải cách hành chính huyện {place} năm 2027

I. NHIỆM VỤ
{tasks}
3. Tập huấn cho công chức bộ phận một cửa. Cơ quan chủ trì: Phòng Nội vụ.

II. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND huyện theo dõi, tổng hợp.
"""


def _activities(tasks: str, place: str = "Krông Nô") -> list[tuple]:
    text = DOC.format(place=place, upper=place.upper(), tasks=tasks)
    record = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")
    return [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


LAST = ("Tập huấn cho công chức bộ phận một cửa", ["Phòng Nội vụ"], [])


@pytest.mark.parametrize("tasks,expected", [
    ("1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Đơn vị thực hiện:\n- Phòng Tư pháp;\n- UBND các xã, thị trấn.\n"
     "2. Niêm yết công khai thủ tục hành chính. Chủ trì:\n- Văn phòng HĐND và UBND huyện.",
     [("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Phòng Tư pháp", "Ủy ban nhân dân các xã, thị trấn"], []),
      ("Niêm yết công khai thủ tục hành chính", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"], [])]),
    ("1. Khảo sát mức độ hài lòng của người dân. Phối hợp:\n+ Công an huyện;\n+ Chi cục Thống kê khu vực.\n"
     "2. Rà soát quy chế làm việc.",
     [("Khảo sát mức độ hài lòng của người dân", [], ["Công an huyện", "Chi cục Thống kê khu vực"]),
      ("Rà soát quy chế làm việc", [], [])]),
    # must not: bullets under the label that are steps of the task, not agencies, are not taken
    ("1. Rà soát quy trình nội bộ. Đơn vị thực hiện:\n- Lập danh mục thủ tục cần rà soát;\n- Đề xuất phương án đơn giản hóa.\n"
     "2. Rà soát quy chế làm việc.",
     [("Rà soát quy trình nội bộ", [], []), ("Rà soát quy chế làm việc", [], [])]),
])
def test_a_label_ending_the_task_line_takes_the_agencies_listed_under_it(tasks, expected):
    assert _activities(tasks) == expected + [LAST]
