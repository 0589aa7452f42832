"""A web page's targets table by year saved as text with no separator between its cells, round T62 (the invented
pages as html-text: "TTChỉ tiêuĐVTNăm 2026Năm 2027" / "1Tỷ lệ trẻ em được tiêm chủng%9092"): under a header row
that opens with the ordinal's heading and holds two year headings or more, each row's values are cut into as many
as the years where one cut alone is plausible (a row's values of one magnitude, a percentage at most 100, a
comparator before each value); the unit glued to the label ("%", a capital unit, a lower-case unit glued to the
label's last word by Vietnamese spelling: "trung|ha", not "trun|gha"; a unit per a number "/1.000 dân") and a text cell after the values each on a line.

Must-not rows: a budget table's header ("Tổng" in it: its rows are cut by their sums), a header of one year with no unit's heading, values
fewer than the years (an empty cell), values with no plausible cut, a row of prose. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued
from pipeline.process import Options, process


@pytest.mark.parametrize("header, row, cells", [
    # must: a percentage by two years
    ("TTChỉ tiêuĐVTNăm 2028Năm 2029", "1Tỷ lệ hộ dùng nước sạch hợp vệ sinh%8793",
     ["1Tỷ lệ hộ dùng nước sạch hợp vệ sinh", "%", "87", "93"]),
    # must: a capital unit, three years
    ("STTChỉ tiêuĐơn vị tínhNăm 2027Năm 2028Năm 2029", "2Số lớp bồi dưỡng được tổ chứcLớp141822",
     ["2Số lớp bồi dưỡng được tổ chức", "Lớp", "14", "18", "22"]),
    # must: a lower-case unit glued to the label's last word, a text cell after the values
    ("TTChỉ tiêuĐVTNăm 2030Năm 2031Cơ quan chủ trì", "3Số trạm quan trắc được đầu tư mớitrạm69Sở Nông nghiệp và Môi trường",
     ["3Số trạm quan trắc được đầu tư mới", "trạm", "6", "9", "Sở Nông nghiệp và Môi trường"]),
    # must: comparators, decimals
    ("TTChỉ tiêuĐVTNăm 2026Năm 2027Năm 2028", "4Tỷ lệ hộ nghèo đa chiều%≤ 4,5≤ 3,8≤ 3",
     ["4Tỷ lệ hộ nghèo đa chiều", "%", "≤ 4,5", "≤ 3,8", "≤ 3"]),
    # must: a unit per a number, the years run together
    ("TTChỉ tiêuĐVTKế hoạch năm 202720282029", "5Số bác sĩ/10.000 dân121314",
     ["5Số bác sĩ", "/10.000 dân", "12", "13", "14"]),
    # must: a range one value, the header's abbreviated result and plan of a year
    ("TTChỉ tiêuĐVTTH 2026KH 2027", "6Tốc độ tăng tổng sản phẩm%7,47,5-8", ["6Tốc độ tăng tổng sản phẩm", "%", "7,4", "7,5-8"]),
    # must: a lower-case unit after the label's bracket
    ("TTChỉ tiêuĐVTNăm 2027Năm 2028", "7Số thôn đạt chuẩn văn hóa (lũy kế)thôn2431",
     ["7Số thôn đạt chuẩn văn hóa (lũy kế)", "thôn", "24", "31"]),
])
def test_values_cut_by_the_header_years(header, row, cells):
    assert glued.year_targets_cut(f"{header}\n{row}") == f"{header}\n" + "\n".join(cells)


def test_a_row_of_amounts_in_groups_under_the_years():
    # must: a unit glued to the label's last word ("trung" + "ha": not "trun" + "gha"), values in thousands groups
    text = "\nTTChỉ tiêuĐVTNăm 2028Năm 2029Năm 2030\n2Diện tích rừng trồng mới tập trungha1.2001.3501.500"
    assert glued.put_back(text).split("\n")[-6:] == ["2", "Diện tích rừng trồng mới tập trung", "ha", "1.200", "1.350",
                                                     "1.500"]


@pytest.mark.parametrize("line, cut", [
    ("Chỉ tiêuĐVTTH 2026KH 2027", "Chỉ tiêu\nĐVT\nTH 2026\nKH 2027"),  # must
    ("Chỉ tiêuƯTH 2026KH 2027", "Chỉ tiêu\nƯTH 2026\nKH 2027"),  # must: "ƯTH" whole
    ("theo KH 2026 của huyện", "theo KH 2026 của huyện"),  # must not: an abbreviation after a space
])
def test_abbreviated_year_headings(line, cut):
    assert glued.put_back("\n" + line) == "\n" + cut


@pytest.mark.parametrize("text", [
    # must not: a budget table's header (its rows are cut by their sums)
    "STTNội dungTổng sốNăm 2027Năm 2028\n1Tập huấn cán bộ900400500",
    # must not: one year, no unit's heading (session 58: a header of one year with a unit's heading is a targets
    # table's, tests/test_p58_glued_one_year_targets.py; this row had the unit's heading before)
    "TTChỉ tiêuNăm 2027\n1Tỷ lệ trường đạt chuẩn%85",
    # must not: one year, a value with no plausible reading as one ("8590": two values run together)
    "TTChỉ tiêuĐVTGiá trịNăm 2027\n1Tỷ lệ trường đạt chuẩn%8590",
    # must not: values fewer than the years (an empty cell left nothing)
    "TTChỉ tiêuĐVTNăm 2026Năm 2027Năm 2028\n1Tỷ lệ xã có chợ đạt chuẩn%9095",
    # must not: no plausible cut (values of no one magnitude)
    "TTChỉ tiêuĐVTNăm 2026Năm 2027\n1Số hộ được hỗ trợhộ5300",
    # must not: prose under no header
    "Năm 2026 và năm 2027 đạt 9092 hộ\n1Tỷ lệ%9092",
])
def test_left_as_is(text):
    assert glued.year_targets_cut(text) == text


HEADER = ("UBND TỈNH BÌNH LAMSỞ Y TẾ-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"
          "---------------\nSố: 205/KH-SYTBình Lam, ngày 10 tháng 02 năm 2028\n")


def test_a_glued_targets_table_reads_its_targets():
    # must: each value a target of its year
    text = (HEADER + "KẾ HOẠCH\nPhòng chống bệnh không lây nhiễm năm 2028 - 2029\nI. MỤC TIÊU\n\n"
            "TTChỉ tiêuĐVTNăm 2028Năm 2029\n1Tỷ lệ người tăng huyết áp được quản lý điều trị%6572\n"
            "2Số xã triển khai quản lý bệnh đái tháo đườngxã3440\n\nII. NHIỆM VỤ\n"
            "1. Trung tâm Kiểm soát bệnh tật chủ trì tổ chức khám sàng lọc.\n")
    record = process("ke-hoach.txt", text.encode("utf-8"), Options()).record
    got = {(o.text, round(t.value), o.target_year) for o in record.objectives for t in o.targets}
    assert ("Tỷ lệ người tăng huyết áp được quản lý điều trị", 72, 2029) in got
    assert ("Số xã triển khai quản lý bệnh đái tháo đường", 40, 2029) in got
