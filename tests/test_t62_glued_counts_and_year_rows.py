"""A web page's amount tables saved as text with no separator between cells, round T62 (the invented pages as
html-text):

- a row of a table keyed by year, its year glued to its amounts in groups ("20271.200.000.000850.000.000-"): a break
  after the year; the table then read by cell_lines.flat_tables as a table keyed by year, an empty cell's dash among
  its amounts;
- a time's cell, a year or a span of years, glued after the cell before it at the row's end ("Hội Nông dân
  tỉnh2027 - 2030"); a time's cell glued after a span of years that ends a task's name ("giai đoạn 2021 - 2025Quý
  II/2027");
- a table row's one amount in groups glued to the word before it at the row's end ("Chi khác7.500.000"), and in
  its text a cell opening on a number and a word in lower case glued after a word ("khó khăn45 suất x ...");
- a count written with a zero before it glued to the name before it, the row's amounts on the next line ("Xã Ea
  Tul04" / "2.100.0001.500.000..."): a break before the count; the count a cell of its own, no row's number.

Must-not rows: a year in a sentence glued to one amount ("năm 20261.500"), a year at a line's start before a word,
a name's number with no zero before it, a zero-led number with no amounts after it. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from extractors.layout.cell_lines import flat_tables


@pytest.mark.parametrize("text, cut", [
    # must: a year glued to its row's amounts
    ("\n20271.200.000.000850.000.000-", "\n2027\n1.200.000.000\n850.000.000\n-"),
    ("\n20293.450.0002.100.0001.350.000", "\n2029\n3.450.000\n2.100.000\n1.350.000"),
    # must: a zero-led count glued to the name, the amounts on the next line
    ("\n2Xã Ea Tul04\n2.100.0001.500.000600.000", "\n2\nXã Ea Tul\n04\n2.100.000\n1.500.000\n600.000"),
    # must: a time's cell, a span of years or a year, glued after the cell before it at the row's end
    ("\nSở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh2027 - 2030", "\nSở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh\n2027 - 2030"),
    ("\nPhòng Văn hóa và Thông tin huyện2029", "\nPhòng Văn hóa và Thông tin huyện\n2029"),
    # must: a span of years in a task's name, the time's cell glued after it
    ("\nRà soát hồ sơ giai đoạn 2021 - 2025Quý II/2027", "\nRà soát hồ sơ giai đoạn 2021 - 2025\nQuý II/2027"),
    # must not: a span of years at the line's start (no word before it)
    ("\n2021 - 2025Kế hoạch", "\n2021 - 2025Kế hoạch"),
    # must not: a year glued inside a line, not at its end
    ("\nmục tiêu năm2030 của huyện", "\nmục tiêu năm2030 của huyện"),
    # must: a row's one amount glued to the word before it, its explanation's cell glued to the label
    ("\n3Hỗ trợ học sinh khó khăn45 suất x 500.000 đồng22.500.000",
     "\n3\nHỗ trợ học sinh khó khăn\n45 suất x 500.000 đồng\n22.500.000"),
    ("\n4Chi khác7.500.000", "\n4\nChi khác\n7.500.000"),
    # must not: an amount at the end of a sentence (a space before it), a code glued to its number ("Km12 - Km28")
    ("\n1. Tổng kinh phí là 22.500.000", "\n1. Tổng kinh phí là 22.500.000"),
    ("\n2Nâng cấp đường Km12 - Km28", "\n2\nNâng cấp đường Km12 - Km28"),
    # must not: a year in a sentence glued to one amount
    ("\nKinh phí năm 20261.500 triệu đồng", "\nKinh phí năm 20261.500 triệu đồng"),
    # must not: a year at a line's start before a word
    ("\n2028Kế hoạch", "\n2028Kế hoạch"),
    # must not: a zero-led number with no amounts after it
    ("\nPhòng họp số 03\nCán bộ tham dự", "\nPhòng họp số 03\nCán bộ tham dự"),
])
def test_breaks(text, cut):
    assert glued.put_back(text) == cut


def test_a_table_keyed_by_year_with_a_dash():
    # must: the year rows read, the dash an empty cell
    lines = ["Năm", "Tổng", "NSTW", "Vốn khác", "2027", "1.200.000.000", "1.200.000.000", "-", "2028", "900.000.000",
             "600.000.000", "300.000.000", "Tổng cộng", "2.100.000.000", "1.800.000.000", "300.000.000"]
    found = flat_tables(lines)
    assert found and found[0][2][1] == ["2027", "1.200.000.000", "1.200.000.000", "-"]
    assert found[0][2][-1][0] == "Tổng cộng"


def test_a_zero_led_count_is_a_cell():
    # must: "02" under "Số công trình" is no row's number
    lines = ["STT", "Tên xã", "Số công trình", "Tổng mức đầu tư", "Ngân sách huyện", "1", "Xã Ea Tul", "04",
             "2.100.000", "1.500.000", "2", "Xã Cư Né", "02", "960.000", "700.000"]
    found = flat_tables(lines)
    assert found and found[0][2][2] == ["2", "Xã Cư Né", "02", "960.000", "700.000"]


def test_a_count_that_may_be_a_row_number_still_ends_the_table():
    # must not: "2" with no zero before it under row 1 is taken for the next row's number, as before
    lines = ["STT", "Tên xã", "Số công trình", "Tổng mức đầu tư", "1", "Xã Ea Tul", "2", "2.100.000", "2", "Xã Cư Né",
             "1", "960.000"]
    assert not flat_tables(lines)
