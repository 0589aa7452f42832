"""A web page's budget table saved as text with no separator between its cells (BeautifulSoup's get_text(), lxml's
text_content()), round T62 (the invented pages as html-text):

- a row's amounts run together where no thousands group shows the cut: plain amounts before the amounts in groups
  ("Vốn sự nghiệp7001.2001.1003.000"), plain amounts only ("Hỗ trợ hộ nghèo31045265"), decimals with a comma and an
  empty cell's dash ("Km47210,514070,5-"): cut where the table's sums prove it (the count of amount cells and the
  sums that hold in every row: a total after its parts, a total before them, a year's total before its budgets),
  a row cut only where exactly one cut makes its sums hold;
- a table header's year headings run together ("Nguồn kinh phí202720282029Tổng"): a heading a line;
- a unit's heading glued to the heading before it ("Nội dungĐVT"); a total's label glued to its one amount;
- a cost table's rows: its quantity times its unit price its cost ("Ngày23.500.0007.000.000": 2 x 3.500.000);
  read (by the layout's amount readers) with its total.

Must-not rows: amounts with no sum that holds (targets by year), a table of one row, a row with two cuts that hold,
two years in a sentence, a year range, a code number. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from pipeline.process import Options, process


@pytest.mark.parametrize("rows, cut", [
    # must: a total after its parts; the first row cut by its groups, the others by their sums
    (["1Vốn sự nghiệp7001.2001.1003.000", "2Vốn đầu tư phát triển6005504301.580", "Tổng cộng1.3001.7501.5304.580"],
     [["1Vốn sự nghiệp", "700", "1.200", "1.100", "3.000"], ["2Vốn đầu tư phát triển", "600", "550", "430", "1.580"],
      ["Tổng cộng", "1.300", "1.750", "1.530", "4.580"]]),
    # must: plain amounts only, a total first
    (["1Hỗ trợ hộ nghèo31045265", "2Hỗ trợ hộ cận nghèo1809090", "3Tập huấn cán bộ957520"],
     [["1Hỗ trợ hộ nghèo", "310", "45", "265"], ["2Hỗ trợ hộ cận nghèo", "180", "90", "90"],
      ["3Tập huấn cán bộ", "95", "75", "20"]]),
    # must: decimals with a comma, an empty cell's dash, a label's own number glued to the amounts ("Km47")
    (["1Đường huyện 18 đoạn Km30 - Km47210,514070,5-", "2Cầu Suối Lạnh66,2-26,240", "Cộng276,7140,096,740"],
     [["1Đường huyện 18 đoạn Km30 - Km47", "210,5", "140", "70,5", "-"], ["2Cầu Suối Lạnh", "66,2", "-", "26,2", "40"],
      ["Cộng", "276,7", "140,0", "96,7", "40"]]),
    # must: a cost table, its quantity times its unit price its cost
    (["1Thuê hội trườngNgày23.500.0007.000.000", "2Bồi dưỡng báo cáo viênBuổi4500.0002.000.000",
      "3Nước uốngNgười8015.0001.200.000"],
     [["1Thuê hội trườngNgày", "2", "3.500.000", "7.000.000"], ["2Bồi dưỡng báo cáo viênBuổi", "4", "500.000", "2.000.000"],
      ["3Nước uốngNgười", "80", "15.000", "1.200.000"]]),
    # must: plain amounts only under two years' totals and budgets: the count of cells whose sums hold the most (seven:
    # each year's total its budgets), no digit of the amounts given to a label that is no code ("kỹ thuật9...")
    (["Tổng cộng2.3501.0007003001.350950400", "1Hỗ trợ giống cây trồng1.400600400200800550250",
      "2Tập huấn kỹ thuật950400300100550400150"],
     [["Tổng cộng", "2.350", "1.000", "700", "300", "1.350", "950", "400"],
      ["1Hỗ trợ giống cây trồng", "1.400", "600", "400", "200", "800", "550", "250"],
      ["2Tập huấn kỹ thuật", "950", "400", "300", "100", "550", "400", "150"]]),
])
def test_rows_cut_where_the_sums_prove_it(rows, cut):
    assert glued.sums_cut("\n".join(rows)) == "\n".join("\n".join(r) for r in cut)


@pytest.mark.parametrize("text", [
    # must not: targets by year, no sum holds
    "1Tỷ lệ hộ dùng nước sạch%788185\n2Tỷ lệ xã đạt chuẩn nông thôn mới%405060",
    # must not: one row alone
    "Tổng cộng31045265",
    # must not: prose ending in numbers
    "Kế hoạch số 45 năm 2026\nQuyết định số 120 năm 2025",
    # must not: a header's years (no sum)
    "Năm202520262027\nChỉ tiêu202420252026",
])
def test_left_as_is(text):
    assert glued.sums_cut(text) == text


@pytest.mark.parametrize("line, cut", [
    ("Nguồn kinh phí202720282029Tổng", "Nguồn kinh phí\n2027\n2028\n2029\nTổng"),  # must
    ("Kết quả năm 2024202520262027", "Kết quả năm 2024\n2025\n2026\n2027"),  # must: the first keeps its words
    ("Nội dung20302035Ghi chú", "Nội dung\n2030\n2035\nGhi chú"),  # must: two years between headings
    ("Chỉ tiêuĐVTKế hoạch", "Chỉ tiêu\nĐVT\nKế hoạch"),  # must: the unit's heading
    ("Tổng cộng10.200.000", "Tổng cộng\n10.200.000"),  # must: a total's label glued to its one amount
    ("Tổng số tiền12.000.000", "Tổng số tiền12.000.000"),  # must not: a label that goes on
    ("giai đoạn 2026 20272028", "giai đoạn 2026 20272028"),  # must not: two years after a space, no heading after
    ("Mã hồ sơ 202620252027", "Mã hồ sơ 202620252027"),  # must not: not later one after another
    ("số 20262027 ngày", "số 20262027 ngày"),  # must not: a number in a sentence
])
def test_year_headings(line, cut):
    assert glued.put_back("\n" + line) == "\n" + cut


HEADER = ("UBND HUYỆN SÔNG LAMPHÒNG TÀI CHÍNH - KẾ HOẠCH-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - "
          "Hạnh phúc---------------\nSố: 77/KH-TCKHSông Lam, ngày 12 tháng 3 năm 2027\n")


def test_a_glued_budget_table_reads_its_rows():
    # must: every row's amounts an item of its year, its plain amounts cut by the row's total
    text = (HEADER + "KẾ HOẠCH\nHỗ trợ sản xuất nông nghiệp năm 2027 - 2029\nI. KINH PHÍ\nĐVT: triệu đồng\n\n"
            "STTNguồn vốn202720282029Tổng\n1Ngân sách tỉnh1.2001.3001.4003.900\n2Ngân sách huyện6007008502.150\n"
            "3Vốn xã hội hóa3004005001.200\nTổng cộng2.1002.4002.7507.250\n\nII. TỔ CHỨC THỰC HIỆN\n"
            "Phòng Tài chính - Kế hoạch chủ trì thực hiện.\n")
    record = process("ke-hoach.txt", text.encode("utf-8"), Options()).record
    items = {(i.row_label, i.year): i.amount_vnd for i in record.budget.items}
    assert items[("Ngân sách huyện", 2029)] == 850_000_000
    assert items[("Vốn xã hội hóa", 2027)] == 300_000_000
    assert items[("Ngân sách tỉnh", 2028)] == 1_300_000_000


def test_a_cost_table_reads_its_total():
    # must: the one amount of the total under the costs' column (its cells sum to it)
    text = (HEADER + "QUYẾT ĐỊNH\nPhê duyệt dự toán kinh phí tổ chức hội nghị năm 2027\nĐiều 1. Dự toán như sau:\n"
            "Đơn vị tính: đồng\n\nSTTNội dung chiĐơn vị tínhSố lượngĐơn giáThành tiền\n"
            "1Thuê hội trườngNgày23.500.0007.000.000\n2Bồi dưỡng báo cáo viênBuổi4500.0002.000.000\n"
            "3Nước uốngNgười8015.0001.200.000\nTổng cộng10.200.000\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n")
    record = process("quyet-dinh.txt", text.encode("utf-8"), Options()).record
    items = {(i.row_label, i.amount_vnd) for i in record.budget.items}
    assert ("Tổng cộng", 10_200_000) in items
    assert ("Nước uống", 1_200_000) in items
