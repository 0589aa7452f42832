"""A targets table by year in a page's text whose cell breaks a scraper lost ("TTChỉ tiêuĐVTNăm 2027Năm 2028" /
"1Tỷ lệ ...%7481"), whose rows are grouped under group rows written with a dot after the Roman code ("I. Chỉ tiêu
về y tế": a cell spanning the row): the rows under each group are cut by the header's years as the rows before the
first group are (extractors/formats/glued.py year_targets_cut), not left glued after the first group row.

Must-not rows: a heading after the table ("II. NHIỆM VỤ") followed by its own text ends the table; a glued row under
it is not cut by the table's years. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued

HEADER = "TTChỉ tiêuĐVTNăm 2027Năm 2028Năm 2029"


@pytest.mark.parametrize("group", ["I. Chỉ tiêu về y tế", "I.Chỉ tiêu về y tế", "IChỉ tiêu về y tế"])
def test_rows_under_a_group_row_are_cut(group):
    text = "\n".join([HEADER, group, "1Tỷ lệ trạm y tế xã có bác sĩ%748188",
                      "II. Chỉ tiêu về giáo dục", "2Số trường đạt chuẩn quốc giatrường121518"])
    lines = glued.year_targets_cut(text).split("\n")
    assert lines[2:6] == ["1Tỷ lệ trạm y tế xã có bác sĩ", "%", "74", "81"]
    assert lines[-5:] == ["2Số trường đạt chuẩn quốc gia", "trường", "12", "15", "18"]


def test_a_heading_after_the_table_ends_it():
    text = "\n".join([HEADER, "1Tỷ lệ trạm y tế xã có bác sĩ%748188", "",
                      "II. NHIỆM VỤ, GIẢI PHÁP", "Tăng cường đầu tư cơ sở vật chất.", "2Số lớp học mới xây dựng năm 2027"])
    lines = glued.year_targets_cut(text).split("\n")
    assert lines[-3:] == ["II. NHIỆM VỤ, GIẢI PHÁP", "Tăng cường đầu tư cơ sở vật chất.", "2Số lớp học mới xây dựng năm 2027"]
    assert lines[1:5] == ["1Tỷ lệ trạm y tế xã có bác sĩ", "%", "74", "81"]
