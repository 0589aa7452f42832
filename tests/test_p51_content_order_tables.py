"""Amount tables as a PDF text library gives a page's text in content order (pypdfium2's get_text_range,
PyMuPDF's get_text, pypdf): each row's cells one space apart, its label's wrapped lines under it, its amounts
on a line of their own; the header's names wrapped over several lines, each line keeping the space it wrapped
at ("Tổng cộng NS " / "trung " / "ương"):

    STT Nội dung Tổng cộng NS
    trung
    ương
    NS huyện Vốn
    lồng ghép
    1 Nâng cấp trạm bơm
    tiêu úng Đồng Bể
    2.450 900 1.200 350

Read by the wrapped-table reader (extractors.layout.spaced_rows._wrapped_table_at) once the header's lines
are joined one space apart; with names it did not know ("NS trung ương", "Ngân sách trung ương bổ sung có mục
tiêu", "Chia ra các năm" over the years), "Trong đó:" a row of its own and a part's dash its code.

Each must row failed on e96cf6f (no table, or the years under the wrong column); each must-not row reads as
before."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows
from extractors.tables.rebuild import unspan
from pipeline.process import process

# (the table's lines as the text gives them, the header rows read, the body rows read)
MUST = [
    # a wrapped header whose lines keep their wrap's space; rows wrapped, amounts on their own line
    (["STT Nội dung Tổng cộng NS ", "trung ", "ương", "NS huyện Vốn ", "lồng ghép",
      "TỔNG CỘNG 3.720 1.400 1.770 550",
      "1 Nâng cấp trạm bơm ", "tiêu úng Đồng Bể", "2.450 900 1.200 350",
      "2 Nạo vét kênh tưới ", "Bắc Sơn", "1.270 500 570 200"],
     [["STT", "Nội dung", "Tổng cộng", "NS trung ương", "NS huyện", "Vốn lồng ghép"]],
     [["", "TỔNG CỘNG", "3.720", "1.400", "1.770", "550"],
      ["1", "Nâng cấp trạm bơm tiêu úng Đồng Bể", "2.450", "900", "1.200", "350"],
      ["2", "Nạo vét kênh tưới Bắc Sơn", "1.270", "500", "570", "200"]]),
    # a source named with what it is for: "Ngân sách trung ương bổ sung có mục tiêu"
    (["STT Tên đơn vị Tổng số Ngân sách ", "trung ương bổ ", "sung có mục ", "tiêu", "Ngân sách tỉnh",
      "1 Sở Giáo dục và Đào ", "tạo", "52.310.400 8.200.000 44.110.400",
      "2 Sở Y tế 61.905.000 12.450.000 49.455.000"],
     [["STT", "Tên đơn vị", "Tổng số", "Ngân sách trung ương bổ sung có mục tiêu", "Ngân sách tỉnh"]],
     [["1", "Sở Giáo dục và Đào tạo", "52.310.400", "8.200.000", "44.110.400"],
      ["2", "Sở Y tế", "61.905.000", "12.450.000", "49.455.000"]]),
    # "Chia ra các năm" over the years; "Trong đó:" over the parts, each part's dash its code
    (["TT Nguồn vốn Tổng giai đoạn", "2026 - 2028", "Chia ra các năm", "2026 2027 2028",
      "1 Vốn ngân sách huyện 96.300 30.100 32.000 34.200",
      "Trong đó:",
      "- Vốn từ nguồn thu tiền sử dụng đất 41.000 12.000 14.000 15.000",
      "2 Vốn ngân sách tỉnh hỗ trợ 58.800 18.800 20.000 20.000"],
     [["TT", "Nguồn vốn", "Tổng giai đoạn 2026 - 2028", "Chia ra các năm"], ["2026", "2027", "2028"]],
     [["1", "Vốn ngân sách huyện", "96.300", "30.100", "32.000", "34.200"],
      ["", "Trong đó:"],
      ["-", "Vốn từ nguồn thu tiền sử dụng đất", "41.000", "12.000", "14.000", "15.000"],
      ["2", "Vốn ngân sách tỉnh hỗ trợ", "58.800", "18.800", "20.000", "20.000"]]),
]


@pytest.mark.parametrize("lines, header, body", MUST)
def test_must_read(lines, header, body):
    found = spaced_rows.wrapped_table_at(lines + [""], 0)
    assert found is not None
    assert found[0] == len(lines)
    assert found[1][:len(header)] == header
    assert found[1][len(header):] == body


@pytest.mark.parametrize("line, cells", [
    ("STT Nội dung Tổng cộng NS trung ương NS tỉnh Vốn ODA",
     [("code", "STT"), ("label", "Nội dung"), ("total", "Tổng cộng"), ("source", "NS trung ương"),
      ("source", "NS tỉnh"), ("source", "Vốn ODA")]),
    ("TT Danh mục Tổng số NS địa phương Ngân sách trung ương bổ sung",
     [("code", "TT"), ("label", "Danh mục"), ("total", "Tổng số"), ("source", "NS địa phương"),
      ("source", "Ngân sách trung ương bổ sung")]),
    ("TT Nội dung Tổng cộng Chia ra theo năm 2027 2028",
     [("code", "TT"), ("label", "Nội dung"), ("total", "Tổng cộng"), ("group", "Chia ra theo năm"),
      ("year", "2027"), ("year", "2028")]),
])
def test_names(line, cells):
    assert spaced_rows.header_cells(line) == cells


def test_years_under_their_division():
    rows = [["TT", "Nguồn vốn", "Tổng giai đoạn 2026 - 2028", "Chia ra các năm"], ["2026", "2027", "2028"]]
    assert unspan(rows, 6) == [
        ["TT", "Nguồn vốn", "Tổng giai đoạn 2026 - 2028", "Chia ra các năm", "Chia ra các năm", "Chia ra các năm"],
        ["TT", "Nguồn vốn", "Tổng giai đoạn 2026 - 2028", "2026", "2027", "2028"]]


# readings that stay as they were
def test_source_group_over_sources_stays():
    rows = [["TT", "Nội dung", "Tổng cộng", "Nguồn vốn"], ["NSTW", "NS tỉnh", "Vốn khác"]]
    assert unspan(rows, 6) == [["TT", "Nội dung", "Tổng cộng", "Nguồn vốn", "Nguồn vốn", "Nguồn vốn"],
                               ["TT", "Nội dung", "Tổng cộng", "NSTW", "NS tỉnh", "Vốn khác"]]


MUST_NOT = [
    # prose that names sources, no amounts under it
    ["STT Nội dung Tổng cộng NS ", "trung ương bố trí cho các xã theo tiến độ thực hiện."],
    # "Chia ra" a clause's words, not a column's name
    ["TT Nội dung Tổng cộng Chia ra các năm thực hiện đều nhau", "1 Hỗ trợ giống 500 250 250"],
]


@pytest.mark.parametrize("lines", MUST_NOT)
def test_must_not_read(lines):
    assert spaced_rows.wrapped_table_at(lines + [""], 0) is None


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN KHE LAM
-------
Số: 73/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NAM
Độc lập - Tự do - Hạnh phúc
---------------
Khe Lam, ngày 12 tháng 3 năm 2027
KẾ HOẠCH
Phòng, chống úng ngập vùng trũng huyện Khe Lam năm 2027
I. MỤC TIÊU
Bảo đảm tiêu thoát nước cho 1.850 ha lúa vùng trũng.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch là 3.720 triệu đồng, chi tiết như sau:
Đơn vị tính: triệu đồng
STT Nội dung Tổng cộng NS 
trung 
ương
NS huyện Vốn 
lồng ghép
TỔNG CỘNG 3.720 1.400 1.770 550
1 Nâng cấp trạm bơm 
tiêu úng Đồng Bể
2.450 900 1.200 350
2 Nạo vét kênh tưới 
Bắc Sơn
1.270 500 570 200
III. TỔ CHỨC THỰC HIỆN
Phòng Nông nghiệp và Môi trường chủ trì, theo dõi, tổng hợp kết quả thực hiện.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thạch
"""


def test_whole_plan():
    out = process("khe-lam-content-order.txt", PLAN.encode("utf-8"))
    items = [(i.row_label, i.source, i.amount_vnd) for i in out.record.budget.items]
    assert ("Nâng cấp trạm bơm tiêu úng Đồng Bể", "central", 900_000_000) in items
    assert ("Nạo vét kênh tưới Bắc Sơn", "local", 570_000_000) in items
    assert ("Nạo vét kênh tưới Bắc Sơn", "total", 1_270_000_000) in items
    for item in out.record.budget.items:  # provenance: each amount's span holds its raw text
        assert out.text[item.span.start:item.span.end] == item.raw


def test_year_of_its_own_after_a_group_stays():
    # "Trong đó" over "NSTW NSĐP" (the next line), "Năm 2026" a column of its own beside it: one header row as before
    cells = spaced_rows.header_cells("TT Xã, thị trấn Tổng số giai đoạn 2026 - 2030 Trong đó Năm 2026 NSTW NSĐP")
    assert spaced_rows._levels(cells) == [["TT", "Xã, thị trấn", "Tổng số giai đoạn 2026 - 2030", "Trong đó", "Năm 2026"],
                                          ["NSTW", "NSĐP"]]


def test_amounts_grouped_by_spaces_read_by_their_sums():
    # "7 200" one amount or two: the total column first tells (round T69, session 59: each row's one cut whose first
    # amount is the sum of the others, spaced_rows._split_by_sums; this test said "nothing tells" before it);
    # tests/test_t69_space_grouped_sums.py keeps the must-not rows (no total column, no cut that sums)
    lines = ["TT Nội dung Tổng cộng Năm 2027 Năm 2028", "NSTW NSĐP NSTW NSĐP",
             "1 Nâng cấp trạm bơm", "Đồng Bể", "7 200 1 800 1 800 1 800 1 800",
             "2 Nạo vét kênh tưới", "Bắc Sơn", "3 460 865 865 865 865", ""]
    assert spaced_rows.wrapped_table_at(lines, 0) == (8, [
        ["TT", "Nội dung", "Tổng cộng", "Năm 2027", "Năm 2028"], ["NSTW", "NSĐP", "NSTW", "NSĐP"],
        ["1", "Nâng cấp trạm bơm Đồng Bể", "7 200", "1 800", "1 800", "1 800", "1 800"],
        ["2", "Nạo vét kênh tưới Bắc Sơn", "3 460", "865", "865", "865", "865"]])


def test_an_unknown_last_column_read_from_its_rows():
    # a column's name the model does not know ("Đóng góp của hợp tác xã"): the header stops short of it, its words
    # land before the first row's code, and every row has one amount more than the header names
    lines = ["TT Nội dung Tổng kinh phí Ngân sách ", "tỉnh", "Đóng góp của ", "hợp tác xã",
             "1 Xây dựng nhà sơ chế ", "rau an toàn", "2.400.000 1.600.000 800.000",
             "2 Mua sắm thiết bị bảo quản 1.150.000 700.000 450.000", ""]
    assert spaced_rows.wrapped_table_at(lines, 0) == (8, [
        ["TT", "Nội dung", "Tổng kinh phí", "Ngân sách tỉnh", "Đóng góp của hợp tác xã"],
        ["1", "Xây dựng nhà sơ chế rau an toàn", "2.400.000", "1.600.000", "800.000"],
        ["2", "Mua sắm thiết bị bảo quản", "1.150.000", "700.000", "450.000"]])


def test_rows_with_two_amounts_more_than_names_are_no_table():
    # two columns the header did not read: nothing tells their names apart, no table is read (the first amounts were
    # taken into the labels)
    lines = ["TT Nội dung Tổng kinh phí Ngân sách ", "tỉnh", "Đóng góp của ", "hợp tác xã", "Vốn tín dụng ưu đãi",
             "1 Xây dựng nhà sơ chế ", "rau an toàn", "2.400.000 1.000.000 800.000 600.000",
             "2 Mua sắm thiết bị bảo quản 1.150.000 400.000 450.000 300.000", ""]
    assert spaced_rows.wrapped_table_at(lines, 0) is None


def test_mobilized_source_name():
    assert spaced_rows.header_cells("TT Nội dung Tổng kinh phí Ngân sách tỉnh Vận động, tài trợ")[-1] == \
        ("source", "Vận động, tài trợ")


def test_names_out_of_order_are_no_table():
    # a cell's "Năm" / "2026" with the next cell's names between them (a PDF library's line of items on one
    # baseline): two groups one after the other, nothing tells the columns
    lines = ["TT Xã, thị trấn Tổng số ", "giai đoạn ", "2026 - 2030", "Trong đó Năm ", "NSTW NSĐP 2026",
             "1 Xã Tân Lập 920.000 400.000 520.000 180.000", "2 Xã Hòa Bình 610.000 250.000 360.000 120.000", ""]
    assert spaced_rows.wrapped_table_at(lines, 0) is None


def test_narrow_code_column_and_a_plan_of_years():
    # the code's name broken "T" / "T" by a narrow column, "Kế hoạch các năm" over the years, a unit broken "Lớ" / "p"
    lines = ["T", "T", "Chỉ tiêu Đơn ", "vị ", "tính", "Kế hoạch các năm", "Năm", "2027", "Năm", "2028",
             "1 Tỷ lệ trẻ em 5 tuổi ", "học 2 buổi/ngày", "% 97 98",
             "2 Số lớp học được ", "kiên cố hóa", "Lớ", "p", "14 16", ""]
    found = spaced_rows.wrapped_table_at(lines, 0)
    assert found is not None
    assert found[1][:2] == [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch các năm"], ["Năm 2027", "Năm 2028"]]
    assert found[1][2] == ["1", "Tỷ lệ trẻ em 5 tuổi học 2 buổi/ngày", "%", "97", "98"]
    assert found[1][3][-2:] == ["14", "16"]
