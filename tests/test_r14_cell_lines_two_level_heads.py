"""A table flattened a cell a line (a crawler's readability text of a Word page) whose headings stand on two
rows, round R14 (G13's province plan, readability-md, -12 budget items and +12):

    TT / Nội dung / Tổng số / Năm 2024 / Năm 2025 / [TT / Nội dung / Tổng số /] NSTW / NSĐP / NSTW / NSĐP
    1 / <label> / 5.400 / 1.500 / 1.200 / 1.500 / 1.200 / 2 / ...

A group's heading ("Năm 2024") stands over as many columns as the columns' own headings repeat ("NSTW",
"NSĐP"), and the leading headings may be written again in the second row (cells merged down, their text
repeated). The heading lines outnumbered the first row's cells, so the table was not read as one and every
amount lost its year. `cell_lines._two_level` reads the two rows back (a group's heading in each of its
columns, as a Word table gives them) when the first row ("1" up to "2") is exactly as wide as the leading
headings and the repeated column headings.

Must-not rows: column headings that do not repeat, groups that do not divide them, one group, and a row
shortened by its empty cells (the total's label inside it). Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

ROWS = ("1\nNâng cấp trạm bơm Đồng Xá\n3.100\n900\n650\n800\n750\n"
        "2\nNạo vét kênh tiêu số 4\n1.240\n300\n320\n310\n310\n"
        "Cộng\n4.340\n1.200\n970\n1.110\n1.060\n\nIV. TỔ CHỨC THỰC HIỆN")


@pytest.mark.parametrize("heads, first, second", [
    # the leading headings written again in the second row (cells merged down)
    ("STT\nHạng mục\nTổng\nNăm 2031\nNăm 2032\nSTT\nHạng mục\nTổng\nVốn tỉnh\nVốn xã\nVốn tỉnh\nVốn xã\n",
     "| STT | Hạng mục | Tổng | Năm 2031 | Năm 2031 | Năm 2032 | Năm 2032 |",
     "| STT | Hạng mục | Tổng | Vốn tỉnh | Vốn xã | Vốn tỉnh | Vốn xã |"),
    # the leading headings once (a web page's rowspan)
    ("TT\nCông trình\nTổng số\nGiai đoạn 1\nGiai đoạn 2\nNSTW\nNS huyện\nNSTW\nNS huyện\n",
     "| TT | Công trình | Tổng số | Giai đoạn 1 | Giai đoạn 1 | Giai đoạn 2 | Giai đoạn 2 |",
     "| TT | Công trình | Tổng số | NSTW | NS huyện | NSTW | NS huyện |"),
])
def test_two_level_heads_read(heads, first, second):
    got = tables_from_cell_lines("Đơn vị: triệu đồng\n" + heads + ROWS).split("\n")
    assert first in got and second in got
    assert got.index(second) == got.index(first) + 1
    assert "| 2 | Nạo vét kênh tiêu số 4 | 1.240 | 300 | 320 | 310 | 310 |" in got
    assert "|  | Cộng | 4.340 | 1.200 | 970 | 1.110 | 1.060 |" in got
    assert "IV. TỔ CHỨC THỰC HIỆN" in got


@pytest.mark.parametrize("heads", [
    # the columns' headings do not repeat under the groups
    "TT\nCông trình\nTổng số\nNăm 2031\nNăm 2032\nNSTW\nNS huyện\nVốn vay\nNS xã\n",
    # three groups over four columns
    "TT\nCông trình\nTổng số\nNăm 2031\nNăm 2032\nNăm 2033\nNSTW\nNS huyện\nNSTW\nNS huyện\n",
    # the same group twice
    "TT\nCông trình\nTổng số\nNăm 2031\nNăm 2031\nNSTW\nNS huyện\nNSTW\nNS huyện\n",
])
def test_two_level_heads_not_read(heads):
    text = "Đơn vị: triệu đồng\n" + heads + ROWS
    assert not any(line.startswith("| 1 |") for line in tables_from_cell_lines(text).split("\n"))


def test_short_row_not_read_across_the_total():
    # row 2's empty cells left no line: its cells run into the total's; the row is not read so
    heads = "TT\nCông trình\nTổng số\nNăm 2031\nNăm 2032\nNSTW\nNS huyện\nNSTW\nNS huyện\n"
    rows = ("1\nNâng cấp trạm bơm Đồng Xá\n3.100\n900\n650\n800\n750\n"
            "2\nNạo vét kênh tiêu số 4\n240\n120\n120\n"
            "3\nKè bờ sông Lam Hạ\n700\n200\n150\n200\n150\nCộng\n4.040\n1.100\n920\n1.000\n1.020\n")
    got = tables_from_cell_lines(heads + rows).split("\n")
    assert not any("Cộng" in line and line.startswith("| 2 |") for line in got)
    assert not any(line.startswith("| 2 |") for line in got)
