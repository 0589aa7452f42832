"""A public investment plan's table flattened a cell a line (a portal page's text, its cell breaks lost and put back,
or a crawler's text): a text column between the project's name and the amounts ("Chủ đầu tư"), a header on two rows
("Kế hoạch vốn năm 2029" over "Tổng số" / "NSTW" / "NSĐP"), a total before the rows and group rows holding their sums
that leave the investor's cell empty (no line: their amounts are the last cells), a project whose central part is
empty (no line: its total, the sum of the parts given, in the total's column, the parts' cells empty, which part was
empty cannot be told) and a row with an empty cell's dash between two amounts glued after the investor
("... Đào tạo27.000-27.000"). Read as a table (extractors/layout/cell_lines.py; extractors/formats/glued.py).

Must-not rows: a range in one cell ("150.000-180.000": its first end below the second) stays one cell; a short row
whose first amount is no sum of the others leaves the table unread by this reader; a header whose total column
stands after the years' columns keeps today's reading. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from extractors.layout.cell_lines import _header_levels, flat_tables

TABLE = """Đơn vị: triệu đồng
TT
Danh mục dự án
Chủ đầu tư
Kế hoạch vốn năm 2029
Tổng số
NSTW
NSĐP
TỔNG SỐ
512.300
301.000
211.300
I
Nông nghiệp, thủy lợi
297.000
201.000
96.000
1
Hồ chứa nước Đá Bàn, hạng mục tràn xả lũ
Ban QLDA đầu tư xây dựng các công trình nông nghiệp
180.000
130.000
50.000
2
Kè chống sạt lở sông Cái đoạn qua xã Hòa Lợi
UBND huyện Tây Ninh Hòa
117.000
71.000
46.000
II
Văn hóa, xã hội
215.300
100.000
115.300
1
Bảo tàng tỉnh, hạng mục nhà trưng bày
Sở Văn hóa, Thể thao và Du lịch
150.300
100.000
50.300
2
Trung tâm Bảo trợ xã hội tỉnh, nhà nuôi dưỡng
Sở Y tế
38.000
38.000
3
Trường Cao đẳng Nghề tỉnh, xưởng thực hành
Sở Giáo dục và Đào tạo
27.000
-
27.000
III. TỔ CHỨC THỰC HIỆN
"""


def _rows(text: str) -> list[list[str]]:
    found = flat_tables(text.split("\n"))
    assert len(found) == 1, found
    return found[0][2]


def test_an_investment_table_with_an_investor_column():
    rows = _rows(TABLE)
    assert rows[:2] == [["TT", "Danh mục dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2029", "Kế hoạch vốn năm 2029",
                         "Kế hoạch vốn năm 2029"],
                        ["TT", "Danh mục dự án", "Chủ đầu tư", "Tổng số", "NSTW", "NSĐP"]]
    assert rows[2] == ["", "TỔNG SỐ", "", "512.300", "301.000", "211.300"]
    assert rows[3] == ["I", "Nông nghiệp, thủy lợi", "", "297.000", "201.000", "96.000"]
    assert rows[4] == ["1", "Hồ chứa nước Đá Bàn, hạng mục tràn xả lũ",
                       "Ban QLDA đầu tư xây dựng các công trình nông nghiệp", "180.000", "130.000", "50.000"]
    assert rows[-2] == ["2", "Trung tâm Bảo trợ xã hội tỉnh, nhà nuôi dưỡng", "Sở Y tế", "38.000", "", ""]
    assert rows[-1] == ["3", "Trường Cao đẳng Nghề tỉnh, xưởng thực hành", "Sở Giáo dục và Đào tạo", "27.000", "-",
                        "27.000"]


def test_a_short_row_that_is_no_sum_leaves_the_table():
    text = TABLE.replace("38.000\n38.000\n", "38.000\n12.000\n")
    assert flat_tables(text.split("\n")) == []


HEAD = ("UBND TỈNH KHÁNH LÂMSỞ TÀI CHÍNH-------Số: 14/KH-STC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - "
        "Hạnh phúc---------------Khánh Lâm, ngày 09 tháng 1 năm 2029\n")


@pytest.mark.parametrize("row, lines", [
    # must: a total and its one part, an empty cell's dash between them
    ("3Trường Cao đẳng Nghề tỉnhSở Giáo dục và Đào tạo27.000-27.000", ["Sở Giáo dục và Đào tạo", "27.000", "-", "27.000"]),
    ("4Nhà văn hóa xãUBND huyện Tây Ninh Hòa1.250.000-1.000.000", ["UBND huyện Tây Ninh Hòa", "1.250.000", "-", "1.000.000"]),
])
def test_a_dash_between_two_glued_amounts(row, lines):
    out = glued.restore_breaks(HEAD + row).split("\n")
    assert out[-len(lines):] == lines


def test_a_range_stays_one_cell():
    # must not: a range, its first end below its second
    out = glued.restore_breaks(HEAD + "5Mua sắm thiết bịSở Y tế150.000-180.000")
    assert "150.000-180.000" in out and "\n-\n" not in out


def test_a_total_column_after_the_years_keeps_its_reading():
    # must not: "Tổng cộng" after the years' headings over "NSTW" / "NSĐP", the only reading of this header, is kept
    heads = ["TT", "Nội dung", "Năm 2028", "Năm 2029", "Tổng cộng", "NSTW", "NSĐP", "NSTW", "NSĐP"]
    assert _header_levels(heads, 7) == [["TT", "Nội dung", "Năm 2028", "Năm 2028", "Năm 2029", "Năm 2029", "Tổng cộng"],
                                        ["TT", "Nội dung", "NSTW", "NSĐP", "NSTW", "NSĐP", "Tổng cộng"]]
