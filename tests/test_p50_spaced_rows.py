"""Amount tables whose cells are one space apart (a scraper's get_text(" "), a viewer's copy, a word
segmenter's tabs made spaces) whose column names go beyond the words the table model knows:

- a known name that goes on in lower case: "Nội dung hỗ trợ", "Kinh phí hỗ trợ", "Tổng kinh phí thực hiện";
- a measure that states its unit: "Diện tích trồng mới (ha)", "Số cây giống (cây)", "Chiều dài (km)";
- a quantity column whose cells name what they count: "2 cuộc", "15 lớp", "1.200 lượt người";
- a total row whose empty cells left wide gaps ("Tổng cộng  540.000 ...") under rows one space apart.

Each must row failed before (the table was not read: no budget items); each must-not row reads as before."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows
from pipeline.process import process
from tests.metamorphic import assert_read_alike

# (header line, row lines, the header's cells, the rows' cells)
MUST = [
    ("TT Xã Diện tích trồng mới (ha) Số cây giống (cây) Kinh phí hỗ trợ",
     ["1 Xã Hòa Sơn 45 22.500 315", "2 Xã Phú Lương 38 19.000 266", "Tổng cộng 83 41.500 581"],
     ["TT", "Xã", "Diện tích trồng mới (ha)", "Số cây giống (cây)", "Kinh phí hỗ trợ"],
     [["1", "Xã Hòa Sơn", "45", "22.500", "315"], ["2", "Xã Phú Lương", "38", "19.000", "266"],
      ["", "Tổng cộng", "83", "41.500", "581"]]),
    ("STT Nội dung thực hiện Số lượng Tổng kinh phí Ngân sách huyện Nguồn xã hội hóa",
     ["1 Tổ chức hội thi văn nghệ quần chúng 2 cuộc 180.000 120.000 60.000",
      "2 Mở lớp tập huấn cho hòa giải viên 15 lớp 225.000 225.000 -",
      "3 In tờ rơi tuyên truyền 1.200 tờ 36.000 36.000 -"],
     ["STT", "Nội dung thực hiện", "Số lượng", "Tổng kinh phí", "Ngân sách huyện", "Nguồn xã hội hóa"],
     [["1", "Tổ chức hội thi văn nghệ quần chúng", "2 cuộc", "180.000", "120.000", "60.000"],
      ["2", "Mở lớp tập huấn cho hòa giải viên", "15 lớp", "225.000", "225.000", "-"],
      ["3", "In tờ rơi tuyên truyền", "1.200 tờ", "36.000", "36.000", "-"]]),
    ("TT Tuyến đường Chiều dài (km) Giá trị (triệu đồng)",
     ["1 Đường liên thôn Khe Mây 2,5 3.750", "2 Đường nội đồng Bãi Sậy 1,8 1.260"],
     ["TT", "Tuyến đường", "Chiều dài (km)", "Giá trị (triệu đồng)"],
     [["1", "Đường liên thôn Khe Mây", "2,5", "3.750"], ["2", "Đường nội đồng Bãi Sậy", "1,8", "1.260"]]),
]


@pytest.mark.parametrize("header, rows, names, cells", MUST)
def test_must_read(header, rows, names, cells):
    found = spaced_rows.table_at([header] + rows + [""], 0)
    assert found is not None
    assert found[1][0] == names
    assert found[1][1:] == cells


def test_measure_kinds():
    cells = spaced_rows.header_cells("TT Tuyến đường Chiều dài (km) Giá trị (triệu đồng) Kinh phí hỗ trợ", modified=True)
    assert cells == [("code", "TT"), ("label", "Tuyến đường"), ("quantity", "Chiều dài (km)"),
                     ("total", "Giá trị (triệu đồng)"), ("total", "Kinh phí hỗ trợ")]


# lines that are no such table, or whose reading keeps its cells as they were
MUST_NOT = [
    # prose after a label's name: no amounts follow
    ["Nội dung hỗ trợ gồm các hoạt động sau", "a) Hỗ trợ giống cây trồng", "b) Hỗ trợ vật tư"],
    # a name the model does not know that states no unit
    ["TT Thôn Hộ tham gia Kinh phí", "1 Thôn Đồng Tâm 25 125.000", "2 Thôn Bến Đá 18 90.000"],
    # a list of people: the words after the code's name lead to no amount column's name
    ["TT Họ và tên Chức vụ Số điện thoại", "1 Lê Văn Toàn Chủ tịch 0912.345.678",
     "2 Phạm Thị Hoa Phó Chủ tịch 0987.654.321"],
    # an unknown name longer than a column's (five words and more before the first amount's name)
    ["TT Các công trình hạ tầng thiết yếu Tổng vốn Ngân sách tỉnh", "1 Trường mầm non Bình Minh 4.500 3.000",
     "2 Nhà văn hóa thôn Đông 1.200 800"],
]


# a header whose total's name wrapped in its column ("Tổng số giai" / "đoạn 2027 -" / "2028"): the wrapped name is
# given back whole (extractors.layout.wrapped_heads), not read as "Tổng số" going on in lower case
def test_wrapped_total_name_is_not_a_modified_one():
    lines = ["STT Nguồn vốn Tổng số giai Năm 2027 Năm 2028", "đoạn 2027 -", "2028",
             "1 Vốn cân đối ngân sách tỉnh 3.400.000 1.650.000 1.750.000",
             "2 Vốn thu tiền sử dụng đất 1.200.000 580.000 620.000", ""]
    found = spaced_rows.table_at(lines, 0)
    assert found is not None
    assert found[1][0] == ["STT", "Nguồn vốn", "Tổng số giai đoạn 2027 - 2028", "Năm 2027", "Năm 2028"]
    assert found[1][1] == ["1", "Vốn cân đối ngân sách tỉnh", "3.400.000", "1.650.000", "1.750.000"]


@pytest.mark.parametrize("lines", MUST_NOT)
def test_must_not_read(lines):
    assert spaced_rows.table_at(lines + [""], 0) is None


def test_count_in_a_label_without_a_quantity_column_stays_in_the_label():
    lines = ["TT Nội dung Tổng cộng Ngân sách tỉnh", "1 Hỗ trợ 50 hộ nghèo 240.000 160.000",
             "2 Hỗ trợ 30 hộ cận nghèo 120.000 80.000", ""]
    found = spaced_rows.table_at(lines, 0)
    assert found is not None
    assert [row[1] for row in found[1][1:]] == ["Hỗ trợ 50 hộ nghèo", "Hỗ trợ 30 hộ cận nghèo"]


# a commune's plan whose two tables are tab-separated: made one space apart (empty cells two), it reads alike
PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐỒNG LẠC\tĐộc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND\tĐồng Lạc, ngày 12 tháng 3 năm 2028
KẾ HOẠCH
Trồng cây phân tán và phát triển mô hình kinh tế vườn năm 2028
I. MỤC TIÊU
Trồng mới ít nhất 83 ha cây phân tán trên địa bàn xã; 100% thôn có mô hình kinh tế vườn.
II. KẾ HOẠCH TRỒNG CÂY THEO THÔN
Đơn vị tính: triệu đồng
TT\tThôn\tDiện tích trồng mới (ha)\tSố cây giống (cây)\tKinh phí hỗ trợ
1\tThôn Hòa Sơn\t45\t22.500\t315
2\tThôn Phú Lương\t38\t19.000\t266
\tTổng cộng\t83\t41.500\t581
III. HỖ TRỢ MÔ HÌNH KINH TẾ VƯỜN
ĐVT: nghìn đồng
TT\tNội dung hỗ trợ\tSố lượng\tTổng kinh phí\tNgân sách xã\tVốn đối ứng
1\tCải tạo vườn tạp\t12 mô hình\t480.000\t300.000\t180.000
2\tTập huấn kỹ thuật canh tác\t4 lớp\t60.000\t60.000\t-
\tTổng cộng\t\t540.000\t360.000\t180.000
IV. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường: chủ trì, hướng dẫn kỹ thuật trồng cây.
2. Ban quản lý các thôn: vận động Nhân dân tham gia.
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- UBND huyện;\tCHỦ TỊCH
- Lưu: VT.
\tTrần Văn Khải
"""


def test_tab_plan_made_single_spaced_reads_alike():
    tabs = process("dong-lac.txt", PLAN.encode("utf-8"))
    spaced = process("dong-lac.txt", PLAN.replace("\t", " ").encode("utf-8"))
    items = [(i.row_label, i.source, i.amount_vnd) for i in spaced.record.budget.items]
    assert ("Thôn Hòa Sơn", "total", 315_000_000) in items
    assert ("Cải tạo vườn tạp", "total", 480_000_000) in items
    assert ("Tổng cộng", "total", 540_000_000) in items
    for item in spaced.record.budget.items:  # provenance: each amount's span holds its raw text
        assert spaced.text[item.span.start:item.span.end] == item.raw
    assert_read_alike(tabs, spaced)
