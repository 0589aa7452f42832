"""A task table's cells run together by a web page's text with no separator, round R22 (G22's district decision
replacing an appendix of tasks after the signature, .html read as text: html-text activities 0/0/4):

    STTNhiệm vụCơ quan chủ trìCơ quan phối hợpThời gian hoàn thành
    1Rà soát, công bố danh mục ...Phòng Tư phápCác phòng chuyên môn thuộc UBND huyệnQuý I/2020
    4Khảo sát mức độ hài lòng ...Phòng Nội vụUBND các xã, thị trấnTháng 11/2020

`formats.glued` puts a lost break back between a lower-case letter and a capital word ("phápCác") in a text whose
header shows the breaks lost; two cell ends it missed: a row's number glued to its first cell at a line's start
("1Rà soát" -> "1" / "Rà soát"), and a body's abbreviation in capitals glued to a lower-case end ("Phòng Nội vụUBND
các xã" -> "Phòng Nội vụ" / "UBND các xã", the abbreviations of the table normalizers/data/abbreviations.csv, all
capitals, three letters or more). The table then reads a cell a line (layout.cell_lines).

Must-not rows: a number glued mid-line, a year of four digits at a line's start, a number before a capital not in a
word ("4G", "3D"), a capital word after a lower-case letter that is no body's abbreviation ("VietGAP"), an
abbreviation after a space or a dash ("QĐ-UBND") are as before; a text whose header shows no loss is untouched.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued


@pytest.mark.parametrize("line, cut", [
    ("2Tập huấn nghiệp vụ cho cán bộ xãPhòng Nội vụ", "2\nTập huấn nghiệp vụ cho cán bộ xã\nPhòng Nội vụ"),  # must
    ("15Đánh giá chỉ số cải cáchVăn phòng", "15\nĐánh giá chỉ số cải cách\nVăn phòng"),
    ("Sở Tư phápUBND các huyện, thị xãQuý IV/2031", "Sở Tư pháp\nUBND các huyện, thị xã\nQuý IV/2031"),
    ("Phòng Văn hóaMTTQ xãTháng 3/2030", "Phòng Văn hóa\nMTTQ xã\nTháng 3/2030"),
    ("Đại diện thường trựcHĐND xã", "Đại diện thường trực\nHĐND xã"),
])
def test_cells_put_back(line, cut):
    assert glued.put_back("\n" + line) == "\n" + cut


@pytest.mark.parametrize("line", [
    "Trong năm có 12Đợt",          # (mid-line: the rule for a lower-case letter before a capital does not apply)
    "2030Kế hoạch",                # must-not: a year, four digits
    "4G phủ sóng toàn xã",         # a number before capitals that are no word
    "sản phẩm đạt chuẩn VietGAP",  # a capital word after lower case, no body's abbreviation
    "theo Quyết định số 12/QĐ-UBND của UBND huyện",
])
def test_left_as_is(line):
    assert glued.put_back("\n" + line) == "\n" + line


def test_text_with_its_breaks_untouched():
    text = "ỦY BAN NHÂN DÂN\nHUYỆN LẠC SƠN\n\nDanh mục\n1Rà soát\nPhòng Nội vụUBND các xã\n"
    assert glued.restore_breaks(text) == text
