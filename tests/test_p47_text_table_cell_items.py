"""A task table set with spaces (pdftotext -layout of a Word table) whose task cell holds the task's name over its
items ("Số hóa hồ sơ hộ tịch" / "- Rà soát sổ hộ tịch ..." / "- Nhập dữ liệu ..."): the name is the activity's title
and the items stay under it, as a Word cell's paragraphs and a PDF cell's lines are read (wrap.list_cell_text); the
items had run into the title (round G41's Word plan as pdf-layout). A cell of one item, or of wrapped words only,
reads as before. Bodies invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

TABLE = """\
KẾ HOẠCH
Chuyển đổi số ngành tư pháp tỉnh Lâm Hà năm 2029
II. NHIỆM VỤ
TT  Nhiệm vụ                   Chủ trì           Phối hợp          Thời gian
1   Số hóa hồ sơ hộ tịch       Phòng Hộ tịch     Ủy ban nhân       Năm 2029
    cho người dân                                dân các xã
{items}
2   Tập huấn kỹ năng số        Văn phòng Sở      Sở Khoa học và    Quý II
    cho công chức                                Công nghệ
III. KINH PHÍ
Kinh phí từ ngân sách tỉnh.
"""


def activities(items: str) -> list[tuple[str, list[str], list[str]]]:
    record = process("ke-hoach.txt", TABLE.format(items=items).encode()).record.model_dump(mode="json")
    return [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]


@pytest.mark.parametrize("items, title", [
    # must: the task's name over two items or more
    ("    - Rà soát sổ hộ tịch\n    lưu trữ;\n    - Nhập dữ liệu vào phần\n    mềm.", "Số hóa hồ sơ hộ tịch cho người dân"),
    # must not (read so before too): the name wrapped, no items; one item only
    ("    ở các xã, phường", "Số hóa hồ sơ hộ tịch cho người dân ở các xã, phường"),
])
def test_a_task_cells_items_stay_under_its_name(items, title):
    got = activities(items)
    assert got[0] == (title, ["Phòng Hộ tịch"], ["Ủy ban nhân dân các xã"])
    assert got[1] == ("Tập huấn kỹ năng số cho công chức", ["Văn phòng Sở"], ["Sở Khoa học và Công nghệ"])


def test_a_list_after_the_table_is_no_cells():
    # must not: items set in at the task column after the last row, no row after them
    text = TABLE.format(items="    ở các xã, phường").replace(
        "III. KINH PHÍ\n", "    - Các đơn vị báo cáo kết quả về Sở Tư pháp;\n    - Văn phòng Sở tổng hợp.\nIII. KINH PHÍ\n")
    record = process("ke-hoach.txt", text.encode()).record.model_dump(mode="json")
    got = [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]
    assert got[-1] == ("Tập huấn kỹ năng số cho công chức", ["Văn phòng Sở"], ["Sở Khoa học và Công nghệ"])
