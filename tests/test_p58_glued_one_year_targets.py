"""A targets table of one year's column in a page's text whose cell breaks a scraper lost ("TTChỉ tiêuĐVTKế hoạch
năm 2031Đơn vị chủ trì" / "1Tỷ lệ hộ dùng nước sạch%88Trung tâm Nước sạch"): with a unit's heading in the header, each
row's label, unit, value and the text cell after it on lines of their own (extractors/formats/glued.py
year_targets_cut), as for two years or more.

Must-not rows (tests/test_t62_glued_year_targets.py holds more): a header of one year with no unit's heading, a value
that is two run together. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued

HEADER = "TTChỉ tiêuĐVTKế hoạch năm 2031Đơn vị chủ trì"


@pytest.mark.parametrize("row, cells", [
    ("1Tỷ lệ hộ dân nông thôn dùng nước sạch%88Trung tâm Nước sạch nông thôn",
     ["1Tỷ lệ hộ dân nông thôn dùng nước sạch", "%", "88", "Trung tâm Nước sạch nông thôn"]),
    ("2Tỷ lệ diện tích rừng được giao%72,5Chi cục Kiểm lâm", ["2Tỷ lệ diện tích rừng được giao", "%", "72,5", "Chi cục Kiểm lâm"]),
    ("3Số xã hoàn thành kiểm kê đất đaixã14Văn phòng Đăng ký đất đai",
     ["3Số xã hoàn thành kiểm kê đất đai", "xã", "14", "Văn phòng Đăng ký đất đai"]),
])
def test_one_years_values_cut(row, cells):
    assert glued.year_targets_cut(f"{HEADER}\n{row}") == f"{HEADER}\n" + "\n".join(cells)


COMPARED = "TTChỉ tiêuĐVTThực hiện 2030Kế hoạch 2031So sánh (%)"


@pytest.mark.parametrize("row, cells", [
    # must: the years' values and the comparison of the last with the one before in percent (88 / 80 = 110,0)
    ("1Tỷ lệ xã đạt chuẩn nông thôn mới%8088110,0", ["1Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "80", "88", "110,0"]),
    ("2Tỷ lệ trẻ em suy dinh dưỡng%12,811,589,8", ["2Tỷ lệ trẻ em suy dinh dưỡng", "%", "12,8", "11,5", "89,8"]),
    # must: a measure's unit per a thing glued to the label's last word
    ("3Diện tích nhà ở bình quânm2/người24,526106,1", ["3Diện tích nhà ở bình quân", "m2/người", "24,5", "26", "106,1"]),
])
def test_values_and_their_comparison(row, cells):
    assert glued.year_targets_cut(f"{COMPARED}\n{row}") == f"{COMPARED}\n" + "\n".join(cells)


def test_a_comparison_that_does_not_hold_leaves_the_row():
    # must not: no cut whose last value is the comparison of the two before it
    text = f"{COMPARED}\n1Tỷ lệ xã đạt chuẩn nông thôn mới%8088150,0"
    assert glued.year_targets_cut(text) == text
