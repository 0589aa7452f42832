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
