"""A page's text whose cell breaks a scraper lost: a task's name that ends in a number ("giai đoạn 2", "Đề án 06",
"Tiểu dự án 3") glued to the lead's cell after it ("... giai đoạn 2Sở Giáo dục và Đào tạo"): a break before the
body's name (extractors/formats/glued.py), as after a word.

Must-not rows: a number glued to a capital word that opens no body's name ("Khu phố 3Hòa Bình", "Tổ 5Phú Lợi"), a
year (its own rule), a text whose header shows no lost break. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued

HEAD = ("UBND TỈNH KIM SƠNSỞ NỘI VỤ-------Số: 91/KH-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh "
        "phúc---------------Kim Sơn, ngày 03 tháng 6 năm 2029\n")


@pytest.mark.parametrize("row, lines", [
    # must: a body's name after a task's closing number
    ("1Triển khai Đề án 06Công an tỉnhSở Thông tinQuý III/2029", ["1", "Triển khai Đề án 06", "Công an tỉnh"]),
    ("2Đào tạo công chức giai đoạn 2Sở Nội vụCác sở, ngànhNăm 2029", ["Đào tạo công chức giai đoạn 2", "Sở Nội vụ"]),
    ("3Thực hiện Tiểu dự án 3Ủy ban nhân dân các huyệnSở Tài chínhNăm 2030",
     ["Thực hiện Tiểu dự án 3", "Ủy ban nhân dân các huyện"]),
    ("4Nâng cấp đường xã số 12UBND huyện Tân LậpSở Xây dựng2029",
     ["Nâng cấp đường xã số 12", "UBND huyện Tân Lập"]),
])
def test_a_body_after_a_number_opens_a_line(row, lines):
    out = glued.restore_breaks(HEAD + row).split("\n")
    for line in lines:
        assert line in out, (line, out)


@pytest.mark.parametrize("row, line", [
    # must not: a place's or a group's name after a number
    ("Tổ chức tại Khu phố 3Hòa Bình", "Tổ chức tại Khu phố 3Hòa Bình"),
    ("Ra quân tại Tổ 5Phú Lợi", "Ra quân tại Tổ 5Phú Lợi"),
])
def test_a_name_after_a_number_stays(row, line):
    assert line in glued.restore_breaks(HEAD + row).split("\n")


def test_a_text_with_no_lost_break_stays():
    text = "Triển khai Đề án 06Công an tỉnh chủ trì."
    assert glued.restore_breaks(text) == text


@pytest.mark.parametrize("row, lines", [
    # must: a list's item after ";" that opens with a percentage
    ("Giảm 10% số vụ cháy so với năm 2028;95% hộ gia đình được tuyên truyền;",
     ["Giảm 10% số vụ cháy so với năm 2028;", "95% hộ gia đình được tuyên truyền;"]),
    ("Tỷ lệ che phủ rừng đạt 43%;100 % xã có tổ đội chữa cháy;", ["Tỷ lệ che phủ rừng đạt 43%;", "100 % xã có tổ đội chữa cháy;"]),
    # must not: a number after ";" that is no percentage
    ("các năm 2027;2028 và 2029", ["các năm 2027;2028 và 2029"]),
])
def test_a_targets_list_item_after_a_semicolon(row, lines):
    out = glued.restore_breaks(HEAD + row).split("\n")
    assert out[-len(lines):] == lines


@pytest.mark.parametrize("row, lines", [
    # must: a span of years glued between the partners' cell and the product's
    ("2Xây dựng phần mềm quản lý hồ sơCục Quản lý Dược; Bệnh viện Đa khoa Kim Sơn2029 - 2030Phần mềm",
     ["Cục Quản lý Dược; Bệnh viện Đa khoa Kim Sơn", "2029 - 2030", "Phần mềm"]),
    ("3Kiểm kê tài sản công2028-2029Báo cáo", ["Kiểm kê tài sản công", "2028-2029", "Báo cáo"]),
    # must not: a span of years inside a sentence (spaces around it)
    ("Thực hiện trong giai đoạn 2028 - 2030 theo lộ trình", ["Thực hiện trong giai đoạn 2028 - 2030 theo lộ trình"]),
])
def test_a_span_of_years_glued_between_cells(row, lines):
    out = glued.restore_breaks(HEAD + row).split("\n")
    assert out[-len(lines):] == lines
