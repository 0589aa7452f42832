"""A web page's budget table saved as text with no separator, its cells put back a line each
(extractors.formats.glued), read as a table by extractors.layout.cell_lines.flat_tables, round T62 (the invented
pages as html-text: the tables that were left unread):

- a total row set before the numbered rows ("Tổng cộng" / amounts / "1" / ...), a subtotal between a group's rows
  and the next group ("Cộng I" / amounts / "II" / ...) or after the last row, its label in the name's column;
- a group row on one line ("I. Chỉ tiêu về y tế" / "1"), a group row that holds its sums ("I" / "Hỗ trợ doanh
  nghiệp" / amounts / "1"), a row whose code is a dash glued to its label ("-Trong đó: hộ nghèo" / amounts);
- a header whose rows ran together: a heading over the ones after it ("Nguồn kinh phí" over "Ngân sách tỉnh" /
  "Xã hội hóa"), or years over "Tổng số" / "Trong đó" over "NSTW" / "NSĐP": the one way of cutting the headings into
  rows (two, else three) that gives the row's cells, each heading over others beside its like or a parts' or a
  year's heading; read only in a table whose first row holds amounts;
- a number greater than any row's number yet in a row of amounts (a unit's cell aside: "Vốn ODA" / "150" in row 1)
  is a cell (a row with a text cell after it keeps it a row's number, as test_r24 wants);
- a row of a label and its amount only ("Chi khác" / "4.000.000"), the text cells between them empty: its amount
  under the last column where every other row's last cell is an amount;
- the last row, a line a cell, before a heading ("b) Các chỉ tiêu khác:"): its unit in lower case is its own cell;
- a notes column last ("Ghi chú"), empty in every row, left no line: the rows read with its cells empty;
- a total of one amount under a table whose columns all hold amounts (a cost table): in the one column whose
  cells sum to it.

Must-not rows: a task table whose headings outnumber its first row's lines (no amounts: left as it was), a heading
over others that is no parts' or year's heading and has no like, a total whose amounts do not fit the columns.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import flat_tables


def _rows(lines: list[str]) -> list[list[str]] | None:
    found = flat_tables(lines)
    return found[0][2] if found else None


SUBTOTALS = ["STT", "Danh mục công trình", "Kế hoạch vốn năm 2028", "Vốn ngân sách tỉnh", "Vốn ODA",
             "A", "Công trình chuyển tiếp", "1", "Trường tiểu học Hòa Lạc", "42,5", "12,5", "30",
             "2", "Trạm y tế xã Tân Lộc", "18", "18", "-", "Cộng A", "60,5", "30,5", "30",
             "B", "Công trình khởi công mới", "3", "Kênh tưới Bàu Sen", "150", "-", "150", "4", "Chợ xã Tân Lộc",
             "9,2", "9,2", "-", "Cộng B", "159,2", "9,2", "150", "Tổng cộng (A+B)", "219,7", "39,7", "180"]


def test_subtotals_between_and_after_the_groups():
    # must: the subtotals rows of their own, the groups and rows around them read
    rows = _rows(SUBTOTALS)
    assert rows is not None and ["", "Cộng A", "60,5", "30,5", "30"] in rows
    assert ["3", "Kênh tưới Bàu Sen", "150", "-", "150"] in rows
    assert rows[-1] == ["", "Tổng cộng (A+B)", "219,7", "39,7", "180"]


LEAD_TOTAL = ["TT", "Nội dung", "Tổng số", "Nguồn vốn", "Ngân sách huyện", "Vốn huy động", "Tổng cộng", "2.150",
              "1.750", "400", "1", "Sửa chữa nhà văn hóa thôn", "1.200", "900", "300", "2", "Mua sắm trang thiết bị",
              "950", "850", "100"]


def test_a_total_first_under_a_heading_over_two():
    # must: the heading over two dropped, the total first a row
    rows = _rows(LEAD_TOTAL)
    assert rows is not None and rows[0] == ["TT", "Nội dung", "Tổng số", "Ngân sách huyện", "Vốn huy động"]
    assert rows[1] == ["", "Tổng cộng", "2.150", "1.750", "400"]
    assert rows[-1] == ["2", "Mua sắm trang thiết bị", "950", "850", "100"]


THREE_ROWS = ["STT", "Hạng mục", "Tổng kinh phí", "Năm 2028", "Năm 2029", "Tổng số", "Trong đó", "Tổng số",
              "Trong đó", "NSTW", "NSĐP", "NSTW", "NSĐP", "Tổng cộng", "4.100", "2.000", "1.500", "500", "2.100",
              "1.600", "500", "I", "Hạ tầng thủy lợi", "4.100", "2.000", "1.500", "500", "2.100", "1.600", "500",
              "1", "Nạo vét kênh N2", "2.600", "1.300", "1.000", "300", "1.300", "1.000", "300",
              "-Trong đó: kênh nội đồng", "900", "400", "300", "100", "500", "400", "100",
              "2", "Kiên cố hóa kênh N5", "1.500", "700", "500", "200", "800", "600", "200"]


def test_a_header_on_three_rows_group_rows_with_sums_and_a_dash_row():
    # must: the header's three rows, each column under its year; the group row with its sums; the dash's row
    rows = _rows(THREE_ROWS)
    assert rows is not None
    assert rows[0][3:] == ["Năm 2028"] * 3 + ["Năm 2029"] * 3
    assert rows[2][3:] == ["Tổng số", "NSTW", "NSĐP", "Tổng số", "NSTW", "NSĐP"]
    assert ["I", "Hạ tầng thủy lợi", "4.100", "2.000", "1.500", "500", "2.100", "1.600", "500"] in rows
    assert ["-", "Trong đó: kênh nội đồng", "900", "400", "300", "100", "500", "400", "100"] in rows
    assert rows[-1][0] == "2"


def test_two_header_rows_of_years():
    # must: years over their budgets on two rows
    lines = ["STT", "Nội dung", "Tổng cộng", "Năm 2027", "Năm 2028", "NSTW", "NSĐP", "NSTW", "NSĐP",
             "1", "Tập huấn", "700", "200", "100", "300", "100", "2", "Khảo sát", "500", "100", "100", "200", "100"]
    rows = _rows(lines)
    assert rows is not None and rows[1] == ["STT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP", "NSTW", "NSĐP"]


def test_a_task_tables_short_first_row_is_no_header_row():
    # must not: a task table, its first row's lines fewer than its headings (no amounts): its header not read on two
    # rows (session 58: the row's partners' cell, which left no line, is read empty, cell_lines._no_partners; before,
    # the table was left unread)
    lines = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "1", "Rà soát hồ sơ đất đai",
             "Phòng Tài nguyên", "Quý II/2028", "2", "Cập nhật bản đồ", "Phòng Tài nguyên", "UBND các xã", "Quý III/2028"]
    rows = _rows(lines)
    assert rows is None or rows == [lines[:5], ["1", "Rà soát hồ sơ đất đai", "Phòng Tài nguyên", "", "Quý II/2028"],
                                    lines[9:]]


@pytest.mark.parametrize("lines", [
    # must not: a heading over two that is no parts' or year's heading, with no like
    ["STT", "Nội dung", "Tổng số", "Kinh phí", "Ngân sách tỉnh", "Vốn khác", "1", "Tập huấn", "700", "500", "200",
     "2", "Khảo sát", "300", "200", "100"],
])
def test_left_unread(lines):
    assert _rows(lines) is None


def test_a_total_first_that_does_not_fit_is_no_row():
    # must not: the total's amounts fewer than the columns: the table is not read with it
    lines = ["TT", "Nội dung", "Tổng số", "NSTW", "NSĐP", "Tổng cộng", "2.150", "1.750", "1", "Tập huấn",
             "1.200", "900", "300", "2", "Khảo sát", "950", "850", "100"]
    rows = _rows(lines)
    assert rows is None or ["", "Tổng cộng", "2.150", "1.750"] not in rows


NOTES = ["STT", "Nội dung", "Cơ quan thực hiện", "Thời gian", "Ghi chú", "1", "Rà soát hộ nghèo",
         "Chủ trì: Phòng Lao động. Phối hợp: UBND các xã.", "Quý I/2029", "2", "Tập huấn cán bộ giảm nghèo",
         "Phòng Lao động (chủ trì); Hội Nông dân huyện", "Quý II/2029"]


def test_an_empty_notes_column_last():
    # must: the notes column, empty in every row, left no line: the rows read with an empty notes cell
    rows = _rows(NOTES)
    assert rows is not None and rows[0][-1] == "Ghi chú"
    assert rows[1] == ["1", "Rà soát hộ nghèo", "Chủ trì: Phòng Lao động. Phối hợp: UBND các xã.", "Quý I/2029", ""]


def test_a_short_row_under_another_last_heading_is_no_table():
    # must not: a last heading that is no notes column (a row short of a cell cannot be placed)
    lines = NOTES[:4] + ["Kinh phí"] + NOTES[5:]
    assert _rows(lines) is None


COSTS = ["TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền", "1", "Thuê xe đưa đón", "Chuyến", "12",
         "1.500", "18.000", "2", "Bồi dưỡng hướng dẫn viên", "Người", "30", "200", "6.000", "Tổng cộng"]


@pytest.mark.parametrize("total, row", [
    # must: the total's one amount under the one column whose cells sum to it
    ("24.000", ["", "Tổng cộng", "", "", "", "24.000"]),
    # must not: no column sums to it: no total row
    ("25.000", None),
])
def test_a_cost_tables_total_of_one_amount(total, row):
    rows = _rows(COSTS + [total])
    if row:
        assert rows is not None and rows[-1] == row
    else:
        assert rows is None or rows[-1][1] != "Tổng cộng"


def test_group_rows_on_one_line():
    # must: "I. name" group rows on one line over a targets table's rows, before the first row and between rows
    lines = ["TT", "Chỉ tiêu", "ĐVT", "Năm 2028", "Năm 2029", "I. Chỉ tiêu về giáo dục", "1", "Tỷ lệ trường đạt chuẩn",
             "%", "72", "80", "II. Chỉ tiêu về y tế", "2", "Số bác sĩ/vạn dân", "bác sĩ", "11", "12",
             "III. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế chủ trì."]
    rows = _rows(lines)
    assert rows is not None and rows[1] == ["I", "Chỉ tiêu về giáo dục", "", "", ""]
    assert rows[3] == ["II", "Chỉ tiêu về y tế", "", "", ""] and rows[-1][0] == "2"


@pytest.mark.parametrize("after, last", [
    # must: the last row a line a cell before the next heading: its unit in lower case is no label's rest
    ("b) Các chỉ tiêu khác:", ["2", "Số lớp tập huấn được tổ chức", "lớp", "14", "16"]),
    # (as before: a section's heading after it)
    ("III. TỔ CHỨC THỰC HIỆN", ["2", "Số lớp tập huấn được tổ chức", "lớp", "14", "16"]),
])
def test_the_last_rows_unit_before_the_next_heading(after, last):
    lines = ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2028", "Năm 2029", "1", "Tỷ lệ xã có điểm tập huấn", "%", "60",
             "75", "2", "Số lớp tập huấn được tổ chức", "lớp", "14", "16", after, "- Duy trì các lớp đã có."]
    rows = _rows(lines)
    assert rows is not None and rows[-1] == last


def test_a_row_with_a_text_cell_keeps_a_small_number_a_row_number():
    # must not: a number in a row with an agency's cell after it is still taken for a row's number (test_r24)
    lines = ["TT", "Chỉ tiêu", "ĐVT", "Kinh phí", "Cơ quan chủ trì", "1", "Tỷ lệ hộ dùng điện", "%", "98",
             "Sở Công Thương", "2", "Số chợ được nâng cấp", "chợ", "12", "Sở Công Thương"]
    assert _rows(lines) is None


EXPLAINED = ["STT", "Nội dung chi", "Diễn giải", "Thành tiền", "1", "Thuê sân khấu", "Trọn gói", "25.000.000", "2",
             "Quà tặng", "120 suất x 150.000 đồng", "18.000.000", "3", "Chi khác", "4.000.000", "Tổng cộng", "47.000.000"]


def test_a_row_of_a_label_and_its_amount():
    # must: the explanation's cell empty (no line), the amount under the last column
    rows = _rows(EXPLAINED)
    assert rows is not None and rows[3] == ["3", "Chi khác", "", "4.000.000"]
    assert rows[-1] == ["", "Tổng cộng", "", "47.000.000"]


def test_rows_of_a_label_and_an_amount_under_a_text_column_last():
    # must not: the last column holds no amounts (an agency's): such a row cannot be placed
    lines = ["STT", "Nội dung", "Kinh phí", "Cơ quan chủ trì", "1", "Tập huấn", "25.000.000", "Phòng Nội vụ", "2",
             "Khảo sát", "18.000.000", "3", "Chi khác"]
    rows = _rows(lines)
    assert rows is None or all(r[0] != "2" for r in rows)
