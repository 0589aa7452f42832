"""An amount table as `pdftotext -layout` lays out a PDF's (an HTML table printed, a Word table): each heading
centred in its cell, so that names of different lengths stand on different lines, staggered ("Vốn ngân" / "sách
trung" / "ương" over one column, "Vốn ngân" / "sách huyện" a line lower over the next); group rows ("I   Giáo dục",
a name maybe longer than its column, its cell merged over the amounts) over rows whose label is centred on their data
line ("Trường mầm non xã" / "1   42,5 ..." / "Phú Hòa"), a blank line of the cells' padding between; the table
going on over a page break under its header repeated (its year "2028" a column name's last line) with a group row
first. Read: one header row of whole names, the group rows and all rows on both pages in one table
(extractors.layout.grid: _name_goes_on, _group_row_above, _group_row_next, the page's repeated header).

Must-not rows: a true group heading over two columns ("Năm 2027" over "NSTW" / "NS tỉnh"), a group's name wrapped
right under it ("Phân kỳ đầu" / "tư" over "2027" / "2028"), prose after a page break keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import pages_of, segments

HEAD = """                                 Dự toán           Vốn ngân
                                                               Vốn ngân        Vốn
TT      Tên công trình           kinh phí          sách trung
                                                               sách huyện      khác
                                   2028              ương
"""
TABLE = "Bảng chi tiết:\n\n" + HEAD + """
I     Giáo dục

      Trường mầm non xã
1                                 42,5           30              12,5        -
      Phú Hòa

2     Nhà đa năng trường THCS    18             -               18          -

      Cộng I                     60,5           30              30,5        -
\f""" + HEAD + """
II    Văn hóa, thể thao và du lịch cộng đồng

3     Nhà văn hóa thôn Đồng Me   6,4            -               3,4         3

4     Sân bóng xã Tân Phú        9              5               4           -

      Cộng II                    15,4           5               7,4         3

III. TỔ CHỨC THỰC HIỆN
"""


def _tables(text: str) -> list[list[list[str]]]:
    lines = [line for page in pages_of(text) for line in page]
    segs = [[] if line.blank else segments(line.text) if "  " in line.text else
            [(float(len(line.text) - len(line.text.lstrip())), float(len(line.text.rstrip())), line.text.strip())]
            for line in lines]
    return [t.rows for t in grid.find_tables(segs, [line.page for line in lines])]


def test_staggered_header_group_rows_and_page_break():
    tables = _tables(TABLE)
    assert len(tables) == 1
    assert tables[0] == [
        ["TT", "Tên công trình", "Dự toán kinh phí 2028", "Vốn ngân sách trung ương", "Vốn ngân sách huyện", "Vốn khác"],
        ["I", "Giáo dục", "", "", "", ""],
        ["1", "Trường mầm non xã Phú Hòa", "42,5", "30", "12,5", "-"],
        ["2", "Nhà đa năng trường THCS", "18", "-", "18", "-"],
        ["", "Cộng I", "60,5", "30", "30,5", "-"],
        ["II", "Văn hóa, thể thao và du lịch cộng đồng", "", "", "", ""],
        ["3", "Nhà văn hóa thôn Đồng Me", "6,4", "-", "3,4", "3"],
        ["4", "Sân bóng xã Tân Phú", "9", "5", "4", "-"],
        ["", "Cộng II", "15,4", "5", "7,4", "3"],
    ]


def test_a_group_heading_over_two_columns_stays():
    # must not: "Năm 2027" over its two columns, "Tổng" / "số" wrapped beside it
    text = """                               Tổng            Năm 2027
TT    Nội dung                 số        NSTW            NS tỉnh

1     Trồng rừng phòng hộ      6.400     2.000           4.400
2     Nâng cấp đường lâm       3.050     1.000           2.050
"""
    rows = _tables(text)[0]
    assert rows[:2] == [["TT", "Nội dung", "Tổng số", "Năm 2027", "Năm 2027"],
                        ["TT", "Nội dung", "Tổng số", "NSTW", "NS tỉnh"]]


def test_a_group_name_wrapped_under_it_stays_a_group():
    # must not: "Phân kỳ đầu" / "tư" over "2027" / "2028" is a group over both years (today's reading: the group's
    # two lines each a row over the years)
    text = """                                        Phân kỳ đầu
                               Tổng     tư
TT    Nội dung                 số       2027      2028

1     Trồng rừng phòng hộ      6.400    2.000     4.400
2     Nâng cấp đường lâm       3.050    1.000     2.050
"""
    rows = _tables(text)[0]
    assert rows[0][3:] == ["Phân kỳ đầu", "Phân kỳ đầu"] and rows[1][3:] == ["tư", "tư"]
    assert rows[2][3:] == ["2027", "2028"]


def test_prose_after_a_page_break_ends_the_table():
    # must not: a page that opens with the text's next paragraph, no group row: the table ends at the break
    text = """TT    Nội dung                 Tổng số   Năm 2027   Năm 2028

1     Trồng rừng phòng hộ      6.400     2.000      4.400
2     Nâng cấp đường lâm       3.050     1.000      2.050
\fIII   Tổ chức thực hiện các nội dung trên đây theo kế hoạch

1     Sở Nông nghiệp chủ trì.
"""
    tables = _tables(text)
    assert len(tables) == 1 and tables[0][-1][:2] == ["2", "Nâng cấp đường lâm"]


PLAIN_HEAD = "STT   Hạng mục                  Tổng số     Năm 2029     Năm 2030\n"


@pytest.mark.parametrize("text, rows", [
    # the staggered names alone: one header row of whole names
    ("""                                  Kế hoạch      Vốn sự
                                                          Vốn đối       Vốn
STT   Hạng mục                      vốn         nghiệp
                                                          ứng           vay
1     Sửa chữa trụ sở xã          1.250         800        450          -
2     Mua sắm thiết bị              640         640        -            -
""", [["STT", "Hạng mục", "Kế hoạch vốn", "Vốn sự nghiệp", "Vốn đối ứng", "Vốn vay"]]),
    # a group row over a first row whose label is centred on its data line, a padding line between
    (PLAIN_HEAD + """
A     Chi thường xuyên

      Tập huấn cán bộ
1                                 320         150          170
      thôn, bản
2     In tài liệu                 96          48           48
""", [["STT", "Hạng mục", "Tổng số", "Năm 2029", "Năm 2030"],
      ["A", "Chi thường xuyên", "", "", ""], ["1", "Tập huấn cán bộ thôn, bản", "320", "150", "170"]]),
    # a page break, the header repeated with a year on a line of its own, a group row first on the new page
    ("""                                  Dự toán     Vốn ngân
STT   Hạng mục                    năm         sách         Vốn xã
                                  2029        tỉnh
1     Đường trục xã               2.400       2.000        400
2     Cống qua đường              310         250          60
\f                                  Dự toán     Vốn ngân
STT   Hạng mục                    năm         sách         Vốn xã
                                  2029        tỉnh

B     Hạ tầng thương mại nông thôn và chợ đầu mối

3     Chợ xã Đông Lâm             1.150       900          250
4     Bãi đỗ xe chợ               200         150          50
""", [["STT", "Hạng mục", "Dự toán năm 2029", "Vốn ngân sách tỉnh", "Vốn xã"]]),
])
def test_each_shape_alone(text, rows):
    tables = _tables(text)
    assert len(tables) == 1
    assert tables[0][:len(rows)] == rows
    assert tables[0][-1][0] in ("2", "4")
    if "\f" in text:
        assert [r[0] for r in tables[0][1:]] == ["1", "2", "B", "3", "4"]


# a table whose cells are all centred (LibreOffice's print of a page's table): a short label ("Cộng I", a wrapped
# label's last line "Bãi Dài") starts right of the others, on lines of its own
CENTRED = """                                   Tổng mức       Vốn ngân
                                                               Vốn ngân    Vốn
STT           Tên dự án             vốn năm      sách trung
                                                               sách tỉnh   khác
                                      2029          ương

  I   Lĩnh vực thủy lợi, phòng chống thiên tai và nước sạch nông thôn

       Nạo vét kênh mương nội
  1                                   1.250          800          450       -
          đồng xã Hòa Lạc

  2     Kiên cố hóa kênh cấp 3        2.100         1.500         400      200

                Cộng I                3.350         2.300         850      200

 II   Lĩnh vực giao thông

      Xây dựng cầu dân sinh thôn
  3                                    900           600          300       -
               Bãi Dài

                Cộng II               900           600           300       -
"""


def test_centred_labels_are_one_column():
    rows = _tables(CENTRED)[0]
    assert [r[:2] for r in rows[1:]] == [
        ["I", "Lĩnh vực thủy lợi, phòng chống thiên tai và nước sạch nông thôn"],
        ["1", "Nạo vét kênh mương nội đồng xã Hòa Lạc"], ["2", "Kiên cố hóa kênh cấp 3"], ["", "Cộng I"],
        ["II", "Lĩnh vực giao thông"], ["3", "Xây dựng cầu dân sinh thôn Bãi Dài"], ["", "Cộng II"]]
    assert rows[0][3:] == ["Vốn ngân sách trung ương", "Vốn ngân sách tỉnh", "Vốn khác"]


def test_a_unit_column_stays_a_column():
    # must not: a second text column whose rows hold words beside their labels (the implementing unit)
    text = """TT    Nội dung                 Đơn vị thực hiện        Tổng số    Năm 2027

1     Trồng rừng phòng hộ      Hạt Kiểm lâm            6.400      2.000
2     Nâng cấp đường lâm       Ban Quản lý rừng        3.050      1.000
3     Tuần tra bảo vệ rừng     Hạt Kiểm lâm            800        400
"""
    rows = _tables(text)[0]
    assert rows[1] == ["1", "Trồng rừng phòng hộ", "Hạt Kiểm lâm", "6.400", "2.000"]
