"""Tables flattened a cell a line (a crawler's readability text of a Word page), two shapes round R13 found in
G12's documents (readability-md):

- a table keyed by year, with no ordinal column: "Năm" / "Tổng số" / "NSTW" / ... / "2026" / "28.500" / ... /
  "Tổng cộng" / "96.500" / ...; only an ordinal heading ("TT", "STT") opened a table, so the years' amounts
  were read as prose and every budget item lost (G12's council resolution, 16 items). `cell_lines._year_table`
  reads "Năm" alone on a line, short headings, rows opening with a later year each and amounts in every other
  cell, and a total whose label stands in the year's column.
- a list cell written an item a line ("Sở Xây dựng;" / "Sở Tài chính"): the row held more lines than
  headings and the table was not read (G12's province plan: 3 partners). The items ending with ";" are
  joined when that makes the row exactly as wide as the headings.
- a total with one amount where the one amount column is not the last ("TT / Nội dung / Kinh phí / Nguồn"):
  the amount goes in the one column whose cells are all amounts.

Must-not rows: years out of order, a year row holding words, a year list in prose, a row too long with no
list items, an amount for a total where two columns hold amounts. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

YEARS = ("Đơn vị tính: triệu đồng\n\nNăm\nTổng\nVốn tỉnh\nVốn huyện\n2025\n7.400\n5.000\n2.400\n"
         "2026\n8.100\n5.300\n2.800\n2027\n9.050\n6.000\n3.050\n")


@pytest.mark.parametrize("text, rows", [
    (YEARS + "Tổng cộng\n24.550\n16.300\n8.250\n\nĐiều 3. Hiệu lực",
     ["| Năm | Tổng | Vốn tỉnh | Vốn huyện |", "| 2025 | 7.400 | 5.000 | 2.400 |",
      "| 2027 | 9.050 | 6.000 | 3.050 |", "| Tổng cộng | 24.550 | 16.300 | 8.250 |"]),
    (YEARS + "\nĐiều 3. Hiệu lực", ["| 2026 | 8.100 | 5.300 | 2.800 |"]),
    ("Năm\nKinh phí\nNguồn vốn\n2030\n120\n45\n2031\n130\n50\nCộng\n250\n95\n",
     ["| 2030 | 120 | 45 |", "| Cộng | 250 | 95 |"]),
])
def test_year_table_read(text, rows):
    got = tables_from_cell_lines(text).split("\n")
    for row in rows:
        assert row in got
    assert "Điều 3. Hiệu lực" in got or not text.endswith("Hiệu lực")


@pytest.mark.parametrize("text", [
    "Năm\nTổng\nVốn tỉnh\n2027\n7.400\n5.000\n2025\n8.100\n5.300\n",       # years going back
    "Năm\nTổng\nVốn tỉnh\n2025\n7.400\nSở Tài chính\n2026\n8.100\n5.300\n",  # a year row holding words
    "Năm\n2025\n2026\n2027\n",                                              # no headings
    "Kết quả thực hiện qua các năm\nNăm\n2024\n2025\n",                     # prose
])
def test_no_year_table(text):
    assert tables_from_cell_lines(text) == text


TASKS = "TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\n"


@pytest.mark.parametrize("text, rows", [
    (TASKS + "1\nKiểm tra chợ\nSở Công Thương\nCông an tỉnh;\nSở Y tế;\nỦy ban nhân dân các xã\nQuý II\n"
     "2\nTập huấn\nSở Y tế\nHội Nông dân\nQuý III\n",
     ["| 1 | Kiểm tra chợ | Sở Công Thương | Công an tỉnh; Sở Y tế; Ủy ban nhân dân các xã | Quý II |",
      "| 2 | Tập huấn | Sở Y tế | Hội Nông dân | Quý III |"]),
    (TASKS + "1\nKiểm tra chợ\nSở Công Thương\nCông an tỉnh\nQuý II\n2\nTập huấn\nSở Y tế\nHội Phụ nữ;\n"
     "Đoàn Thanh niên\nQuý III\n",
     ["| 2 | Tập huấn | Sở Y tế | Hội Phụ nữ; Đoàn Thanh niên | Quý III |"]),
])
def test_list_cell_read(text, rows):
    got = tables_from_cell_lines(text).split("\n")
    for row in rows:
        assert row in got


@pytest.mark.parametrize("text", [
    # a row two lines too long, no item ending with ";"
    TASKS + "1\nKiểm tra chợ\nSở Công Thương\nCông an tỉnh\nSở Y tế\nQuý II\n2\nTập huấn\nSở Y tế\nHội\nQuý III\n",
    # one ";" item, two lines too many
    TASKS + "1\nKiểm tra chợ\nSở Công Thương\nCông an tỉnh;\nSở Y tế\nghi chú\nQuý II\n2\nTập huấn\nSở Y tế\nHội\nQuý III\n",
])
def test_list_cell_not_read(text):
    got = tables_from_cell_lines(text).split("\n")
    assert not any(r.startswith("| 1 |") for r in got)


BUDGET = "TT\nNội dung\nKinh phí\nNguồn\n1\nHội thi\n2.300\nNgân sách tỉnh\n2\nTruyền thông\n410\nXã hội hóa\n"


def test_total_in_its_one_amount_column():
    got = tables_from_cell_lines(BUDGET + "Tổng cộng\n2.710\n").split("\n")
    assert "|  | Tổng cộng | 2.710 |  |" in got


def test_no_total_with_two_amount_columns():
    text = "TT\nNội dung\nVốn tỉnh\nVốn xã\n1\nHội thi\n2.300\n500\n2\nTruyền thông\n410\n90\nTổng cộng\n2.710\n"
    got = tables_from_cell_lines(text).split("\n")
    assert not any(r.startswith("|  |") for r in got) and "| 2 | Truyền thông | 410 | 90 |" in got
