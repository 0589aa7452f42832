"""A task table flattened a cell a line (a portal page's text copied, its rowspan cells written once, in the first
row they span) whose row has neither the lead's nor the partners' cell: both bodies' cells merged down from the row
above (or left empty), the row two lines short ("Số hóa ..." / "Quý III/2026" / "Dữ liệu số hóa" under "Nhiệm vụ" /
"Chủ trì" / "Phối hợp" / "Thời hạn" / "Sản phẩm"). The row is read with both bodies' cells empty (which body held
them cannot be told from the text: none is guessed) and the rows after it are kept (the whole table was left unread:
extractors/layout/cell_lines.py _no_bodies).

Must-not rows: a row two lines short whose line at the lead's place names a body (the lead there, two other cells
missing: which cannot be told) leaves the table to other readers; a table with no partners' heading is not read
so; a row one line short keeps the reading it had (tests/test_p58_flat_task_tables.py). Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import _no_bodies, flat_tables

TABLE = """STT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
Kết quả
I. NỀN TẢNG SỐ
1
Xây dựng kho dữ liệu dùng chung của tỉnh
Sở Khoa học và Công nghệ
Văn phòng UBND tỉnh
Quý I/2028
Kho dữ liệu vận hành
2
Số hóa hồ sơ địa chính giai đoạn 2018 - 2024
Quý IV/2028
Dữ liệu được số hóa
3
Cập nhật dữ liệu dân cư trên nền bản đồ số
Công an tỉnh
UBND các huyện, thị xã
Hằng năm
Dữ liệu được cập nhật
II. KỸ NĂNG SỐ
4
Bồi dưỡng kỹ năng số cho cán bộ cấp xã
Sở Nội vụ
Trường Chính trị tỉnh
Năm 2029
Các lớp bồi dưỡng
III. KINH PHÍ THỰC HIỆN
"""


def _rows(text: str) -> list[list[str]]:
    found = flat_tables(text.split("\n"))
    assert len(found) == 1, found
    return found[0][2]


def test_a_row_with_no_bodies_is_read_and_the_rows_after_it_kept():
    rows = _rows(TABLE)
    assert ["2", "Số hóa hồ sơ địa chính giai đoạn 2018 - 2024", "", "", "Quý IV/2028", "Dữ liệu được số hóa"] in rows
    assert rows[-1] == ["4", "Bồi dưỡng kỹ năng số cho cán bộ cấp xã", "Sở Nội vụ", "Trường Chính trị tỉnh",
                        "Năm 2029", "Các lớp bồi dưỡng"]
    assert ["3", "Cập nhật dữ liệu dân cư trên nền bản đồ số", "Công an tỉnh", "UBND các huyện, thị xã", "Hằng năm",
            "Dữ liệu được cập nhật"] in rows


@pytest.mark.parametrize("lines, count, partners, expected", [
    # must: the lead's and the partners' places (2, 3 among the row's cells after its number) hold no body
    (["Tập huấn an toàn thông tin", "Tháng 8/2027", "Báo cáo kết quả"], 5, 2,
     ["Tập huấn an toàn thông tin", "", "", "Tháng 8/2027", "Báo cáo kết quả"]),
    (["Rà soát thủ tục hành chính", "Năm 2030", "Quyết định công bố"], 5, 2,
     ["Rà soát thủ tục hành chính", "", "", "Năm 2030", "Quyết định công bố"]),
    # must not: a body at the lead's place (its lead there, two other cells missing)
    (["Tập huấn an toàn thông tin", "Sở Thông tin và Truyền thông", "Tháng 8/2027"], 5, 2, None),
    (["Tập huấn an toàn thông tin", "Tháng 8/2027", "UBND các huyện"], 5, 2, None),
    # must not: no partners' heading, one line short only, or an empty line
    (["Tập huấn an toàn thông tin", "Tháng 8/2027", "Báo cáo kết quả"], 5, None, None),
    (["Tập huấn an toàn thông tin", "Tháng 8/2027", "Báo cáo", "Ghi chú"], 5, 2, None),
    (["Tập huấn an toàn thông tin", "", "Báo cáo kết quả"], 5, 2, None),
])
def test_no_bodies(lines, count, partners, expected):
    assert _no_bodies(lines, count, partners) == expected


def test_a_body_at_the_leads_place_leaves_the_table():
    text = TABLE.replace("Quý IV/2028\nDữ liệu được số hóa", "Sở Tài nguyên và Môi trường\nQuý IV/2028")
    assert flat_tables(text.split("\n")) == []


LAST_LISTED = """TT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
1
Khảo sát các điểm du lịch sinh thái
Phòng Văn hóa và Thông tin huyện
Ủy ban nhân dân các xã
Quý I/2028
2
Tổ chức lễ hội hoa ban huyện Mường Khê
Phòng Văn hóa và Thông tin huyện
Công an huyện
Trung tâm Y tế huyện
Tháng 3/2028
III. KINH PHÍ THỰC HIỆN
"""


def test_the_last_rows_partners_a_line_each_before_the_next_heading():
    # must: the last row's partners a list of bodies a line each, its time after them, then the next heading
    rows = _rows(LAST_LISTED)
    assert rows[-1] == ["2", "Tổ chức lễ hội hoa ban huyện Mường Khê", "Phòng Văn hóa và Thông tin huyện",
                        "Công an huyện; Trung tâm Y tế huyện", "Tháng 3/2028"]


def test_the_last_row_with_a_line_that_is_no_body_is_not_listed():
    # must not: a line after the partners that names no body (a time's second line) is no partner
    text = LAST_LISTED.replace("Công an huyện\nTrung tâm Y tế huyện\nTháng 3/2028", "Công an huyện\nTháng 3/2028\nhằng năm")
    assert _rows(text)[-1] == ["2", "Tổ chức lễ hội hoa ban huyện Mường Khê", "Phòng Văn hóa và Thông tin huyện",
                               "Công an huyện", "Tháng 3/2028"]
