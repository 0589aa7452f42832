"""An amount table laid out with spaces, whose spacing a word tokenizer (or a viewer's copy, `pdftotext
-raw`) made single spaces: a row a line, and what wrapped in a cell on lines of its own. Four shapes
of it that spaced_rows.table_at did not read (round P43, the invented plans as word-segmented text):

- header cells wrapped in their columns ("Tổng số giai" / "đoạn 2027 -" / "2029"; "Ngân sách Ngân sách" /
  "tỉnh xã"): the header line is no run of column names until the rests are given back to the cells they
  finish (wrapped_heads);
- "Trong đó:" between a group's row and the rows it announces: a row of its own, the table goes on;
- a group's name in capitals wrapped ("B VỐN NGÂN SÁCH TRUNG" / "ƯƠNG"): the rest of its label;
- a group's letter before its name in capitals ("A VỐN NGÂN SÁCH ĐỊA PHƯƠNG"): its code.

Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.spaced_rows import table_at
from extractors.layout.wrapped_heads import header_with_wrapped_cell

WRAPPED_HEADER = [
    # must: the total column's name wrapped over two lines after the header line
    ("STT Nguồn vốn Tổng số giai Năm 2027 Năm 2028 Năm 2029\nđoạn 2027 -\n2029\n"
     "1 Vốn cân đối ngân sách tỉnh 3.600.000 1.150.000 1.200.000 1.250.000\n"
     "2 Vốn xổ số kiến thiết 240.000 70.000 80.000 90.000\n",
     ["STT", "Nguồn vốn", "Tổng số giai đoạn 2027 - 2029", "Năm 2027", "Năm 2028", "Năm 2029"], 2),
    # must: a total column's name wrapped over one line in the middle of the header
    ("TT Danh mục công trình Tổng mức đầu Năm 2026 Năm 2027\ntư\n"
     "1 Nhà văn hóa thôn Khe Mạ 420 200 220\n2 Cầu tràn Nậm Pồ 1.160 580 580\n",
     ["TT", "Danh mục công trình", "Tổng mức đầu tư", "Năm 2026", "Năm 2027"], 1),
    # must: four cells wrapped, their rests on one line ("Ngân sách" / "tỉnh", "Vốn lồng" / "ghép")
    ("TT Nội dung Tổng cộng Ngân sách Ngân sách Vốn lồng Xã hội\ntỉnh xã ghép hóa\n"
     "1 Bê tông hóa đường thôn Bản Lầu 1.250.000 800.000 250.000 150.000 50.000\n"
     "2 Nâng cấp nhà văn hóa thôn 710.000 400.000 210.000 50.000 50.000\n",
     ["TT", "Nội dung", "Tổng cộng", "Ngân sách tỉnh", "Ngân sách xã", "Vốn lồng ghép", "Xã hội hóa"], 1),
    # must: an indicator table's years on the line under their names, a note under the first one
    ("TT Chỉ tiêu Năm KH năm KH năm\n2024 2025 2026\n(ước TH)\n"
     "1 Tỷ lệ che phủ rừng (%) 41,5 42 42,6\n2 Số xã đạt chuẩn nông thôn mới 18 21 25\n",
     ["TT", "Chỉ tiêu", "Năm 2024 (ước TH)", "KH năm 2025", "KH năm 2026"], 2),
    # must: the last column's name wrapped
    ("STT Danh mục dự án Năm 2026 Năm 2027 Tổng kinh phí giai\nđoạn 2026 - 2027\n"
     "1 Đường trục xã Tân Lợi 1.800 2.100 3.900\n2 Kè suối Nà Hang 950 1.050 2.000\n",
     ["STT", "Danh mục dự án", "Năm 2026", "Năm 2027", "Tổng kinh phí giai đoạn 2026 - 2027"], 1),
]


@pytest.mark.parametrize("text, header, rest", WRAPPED_HEADER)
def test_a_header_cell_wrapped_in_its_column_is_whole_again(text, header, rest):
    lines = text.splitlines()
    found = header_with_wrapped_cell(lines, 0)
    assert found is not None and [name for _, name in found[0]] == header and found[1] == rest
    table = table_at(lines, 0)
    assert table is not None and table[1][0] == header and table[0] == len(lines)
    assert [row[-1] for row in table[1][1:]] == [line.split()[-1] for line in lines[1 + rest:]]


@pytest.mark.parametrize("text", [
    # must not: a header line that is whole (the rows' reading as before)
    "STT Nguồn vốn Tổng số Năm 2027 Năm 2028\n1 Vốn cân đối 2.350.000 1.150.000 1.200.000\n",
    # must not: prose after a line that opens like a header
    "Nội dung kế hoạch gồm các phần sau\nđây được giao cho các phòng\n",
    # must not: the line after is no column name's rest (a word no column name has)
    "STT Nguồn vốn Tổng số giai Năm 2027 Năm 2028\nđiều chỉnh bổ sung\n1 Vốn cân đối 2.350.000 1.150.000 1.200.000\n",
    # must not: the first line ends the text
    "STT Nguồn vốn Tổng số giai Năm 2027 Năm 2028",
])
def test_no_wrapped_header_cell_is_made_up(text):
    assert header_with_wrapped_cell(text.splitlines(), 0) is None


GROUPED = ("STT Nguồn vốn Tổng số Năm 2027 Năm 2028\n"
           "TỔNG CỘNG (A+B) 5.000.000 2.400.000 2.600.000\n"
           "A VỐN NGÂN SÁCH ĐỊA PHƯƠNG 3.000.000 1.400.000 1.600.000\n"
           "Trong đó:\n"
           "1 Vốn đầu tư trong cân đối theo 2.000.000 900.000 1.100.000\n"
           "tiêu chí, định mức\n"
           "2 Vốn thu tiền sử dụng đất 1.000.000 500.000 500.000\n"
           "B VỐN NGÂN SÁCH TRUNG 2.000.000 1.000.000 1.000.000\n"
           "ƯƠNG\n"
           "1 Vốn trong nước 2.000.000 1.000.000 1.000.000\n")


def test_a_group_row_its_parts_marker_and_its_wrapped_capitals():
    lines = GROUPED.splitlines()
    table = table_at(lines, 0)
    assert table is not None and table[0] == len(lines)
    rows = [row[:2] for row in table[1][1:]]
    assert rows == [["", "TỔNG CỘNG (A+B)"], ["A", "VỐN NGÂN SÁCH ĐỊA PHƯƠNG"], ["", "Trong đó:"],
                    ["1", "Vốn đầu tư trong cân đối theo tiêu chí, định mức"], ["2", "Vốn thu tiền sử dụng đất"],
                    ["B", "VỐN NGÂN SÁCH TRUNG ƯƠNG"], ["1", "Vốn trong nước"]]


@pytest.mark.parametrize("text, labels", [
    # must not: a line in capitals after a row whose label is not in capitals starts no label's rest
    ("STT Nội dung Năm 2027 Năm 2028\n1 Hỗ trợ giống lúa 400 450\n2 Tập huấn 100 120\nGHI CHÚ\n"
     "3 Hội nghị sơ kết 50 60\n", ["Hỗ trợ giống lúa", "Tập huấn"]),
    # must not: a letter before a label in small letters is the label's own word
    ("STT Nội dung Năm 2027 Năm 2028\nA Lưới điện thôn Nà Mòn 400 450\nB Trạm bơm xã Hợp Thành 100 120\n",
     ["A Lưới điện thôn Nà Mòn", "B Trạm bơm xã Hợp Thành"]),
    # must not: "Trong đó:" with no row of amounts after it ends the table
    ("STT Nội dung Năm 2027 Năm 2028\n1 Hỗ trợ giống lúa 400 450\n2 Tập huấn 100 120\nTrong đó:\n"
     "các xã vùng cao được ưu tiên\n", ["Hỗ trợ giống lúa", "Tập huấn"]),
])
def test_what_is_no_group_row_nor_label_rest(text, labels):
    lines = text.splitlines()
    table = table_at(lines, 0)
    assert table is not None and [row[1] for row in table[1][1:]] == labels


@pytest.mark.parametrize("line, kinds", [
    # must: a unit's own revenue and other sources named as budget sources
    ("STT Nội dung Tổng cộng NS tỉnh Nguồn thu sự nghiệp", ["code", "label", "total", "source", "source"]),
    ("TT Nội dung Tổng số Ngân sách huyện Nguồn vốn khác", ["code", "label", "total", "source", "source"]),
    ("TT Hạng mục Tổng số Kinh phí sự nghiệp Nguồn thu hợp pháp", ["code", "label", "total", "source", "source"]),
    # must not: "Nguồn vốn" alone names the label column ("Kinh phí" the total)
    ("TT Nguồn vốn Kinh phí Năm 2027", ["code", "label", "total", "year"]),
])
def test_source_column_names(line, kinds):
    from extractors.layout.spaced_rows import header_cells
    cells = header_cells(line)
    assert cells is not None and [k for k, _ in cells] == kinds
