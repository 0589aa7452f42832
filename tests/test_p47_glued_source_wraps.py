"""A web page's text taken with get_text() and no separator (glued.has_lost_breaks):
- a numbered item glued after a sentence that ends in a year ("báo cáo kết quả trước ngày 20/11/2028.2. Trạm Y tế
  xã: ...", "... năm 2029;3. Công an xã: ..."): a break before the item, as after a sentence that ends in a word
  (G39's commune page as html-text: "Công an xã" lost as a responsible body); a year can be no section number;
- the page's source wrapped inside the header's names (Word's "Web Page" breaks its source lines near 76
  characters, and get_text() keeps them): the issuer's last word before the number ("TỈNH TÂN" / "HÀ Số: 214"), the
  place's first words after the motto ("Hạnh phúc Tân" / "Hà, ngày 14 ..."): each name on one line again (G37's
  education department's page as html-text: its issuer "tỉnh Tân", its place "Hà").
Pure function (extractors.formats.glued.put_back); must and must-not rows; bodies and dates invented (round P47)."""

from __future__ import annotations

import pytest

from extractors.formats.glued import put_back


@pytest.mark.parametrize("glued, lines", [
    ("1. Văn phòng: Tổng hợp, báo cáo kết quả trước ngày 20/11/2028.2. Trạm Y tế xã: Hướng dẫn sơ cứu.",
     ["1. Văn phòng: Tổng hợp, báo cáo kết quả trước ngày 20/11/2028.", "2. Trạm Y tế xã: Hướng dẫn sơ cứu."]),
    ("a) Hoàn thành trong năm 2029;3. Công an xã: Kiểm tra.",
     ["a) Hoàn thành trong năm 2029;", "3. Công an xã: Kiểm tra."]),
])
def test_an_item_after_a_year(glued, lines):
    assert put_back(glued).split("\n") == lines


@pytest.mark.parametrize("text", [
    # must not: a sub-section's number, an amount in thousands groups before an item's number
    "1.2. Mục tiêu cụ thể",
    "Tổng kinh phí 1.250.2. Nguồn vốn",
    "Mục 12.1. Tổ chức thực hiện",
])
def test_no_break_where_no_item_follows_a_year(text):
    assert put_back(text) == text


@pytest.mark.parametrize("glued, lines", [
    ("SỞ Y TẾTỈNH BẮC\nLONG Số:  58/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc Bắc\n"
     "Long, ngày 02 tháng 6 năm 2028",
     ["SỞ Y TẾ", "TỈNH BẮC LONG", "Số:  58/KH-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Bắc Long, ngày 02 tháng 6 năm 2028"]),
    ("ỦY BAN NHÂN DÂNXÃ ĐÔNG\nPHÚ HẢI Số: 7/KH-UBND",
     ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG PHÚ HẢI", "Số: 7/KH-UBND"]),
    # must: the number's code glued to the national title ("SXDCỘNG": no syllable split tells it)
    ("SỞ XÂY DỰNGSố: 75/KH-SXDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc",
     ["SỞ XÂY DỰNG", "Số: 75/KH-SXD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
])
def test_a_source_wrap_inside_the_headers_names(glued, lines):
    assert put_back(glued).split("\n") == lines


@pytest.mark.parametrize("text", [
    # must not: a number on its own line under the issuer; a place on its own line under the motto
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC LONG\nSố: 58/KH-UBND",
    "Độc lập - Tự do - Hạnh phúc\nBắc Long, ngày 02 tháng 6 năm 2028",
    "Số: 58/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
])
def test_a_header_with_its_lines_is_left(text):
    assert put_back(text) == text
