"""Round IMG43: a ruled cell's reading (extractors/formats/ocr.py read_cells, _cells_abbreviated_by_page).

G62's commune portal page, scanned (every kind): the task table's cell "BCĐ chủ trì; các Ban, ngành phối hợp" read
"BCPĐ chủ trì; ..." (the steering committee the document names "(sau đây gọi tắt là BCĐ)" lost as the task's lead):
an abbreviation the page writes nowhere, one letter longer than one the page writes, is that one
(vi_syllable.abbreviation_told_by_page). Its task "Rà soát, đánh giá mức độ đạt các tiêu" / "chí nông thôn mới kiểu
mẫu": the marks of the second line read as a line of their own, "⁄ ^ ^ Z + . Z" (some surely), put into the task's
name; a cell's line whose words are each a mark over a word of the next line goes (ocr.without_mark_lines).
Every input is invented (other bodies, other words).
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import abbreviation_told_by_page


@pytest.mark.parametrize("word, written, right", [
    # must: one letter too many after the first, the page writing the shorter abbreviation
    ("BCPĐ", {"BCĐ", "UBND", "HĐND"}, "BCĐ"),
    ("BQLDDA", {"BQLDA", "UBND"}, "BQLDA"),
    ("TTYTT", {"TTYT"}, "TTYT"),
    ("HĐNND", {"HĐND"}, "HĐND"),
    # must-not: a word the page writes as read; a syllable; two abbreviations fit; none fits; the first letter other;
    # a word of three letters (too short to tell)
    ("UBND", {"UBND", "UND"}, None),
    ("THÔN", {"THN"}, None),
    ("BCĐT", {"BCĐ", "BCT"}, None),
    ("MTTQ", {"BCĐ", "UBND"}, None),
    ("XBCĐ", {"BCĐ"}, None),
    ("BCĐ", {"BĐ"}, None),
])
def test_abbreviation_told_by_page(word, written, right):
    assert abbreviation_told_by_page(word, written) == right


def _row(cell, line, word, left, top, width, height, conf, text):
    return ["5", str(cell), "1", "1", str(line), str(word), str(left), str(top), str(width), str(height), str(conf),
            text]


LINE1 = [_row(1, 1, 1, 22, 22, 64, 41, 92.9, "Kiểm"), _row(1, 1, 2, 106, 22, 114, 47, 96.6, "tra,")]
MARKS = [_row(1, 2, 1, 85, 81, 10, 9, 56.4, "⁄"), _row(1, 2, 2, 151, 81, 15, 9, 82.3, "^"),
         _row(1, 2, 3, 280, 77, 16, 13, 92.9, "Z")]
LINE3 = [_row(1, 3, 1, 22, 83, 73, 38, 96.9, "chí"), _row(1, 3, 2, 113, 94, 124, 38, 94.8, "nông"),
         _row(1, 3, 3, 256, 94, 91, 27, 96.6, "mẫu")]


@pytest.mark.parametrize("rows, kept", [
    # must: a line of marks, each over a word of the next line, goes (read surely or not)
    (LINE1 + MARKS + LINE3, LINE1 + LINE3),
    (MARKS + LINE3, LINE3),
    # must-not: a line with a word over no word of the next line; a word as tall as a letter; a word of three
    # letters; a line of marks over the next cell's line; the cell's last line
    (LINE1 + MARKS[:2] + [_row(1, 2, 3, 400, 81, 10, 9, 50.0, "^")] + LINE3,
     LINE1 + MARKS[:2] + [_row(1, 2, 3, 400, 81, 10, 9, 50.0, "^")] + LINE3),
    (LINE1 + MARKS[:2] + [_row(1, 2, 3, 280, 70, 16, 30, 92.9, "a)")] + LINE3,
     LINE1 + MARKS[:2] + [_row(1, 2, 3, 280, 70, 16, 30, 92.9, "a)")] + LINE3),
    (LINE1 + MARKS[:2] + [_row(1, 2, 3, 280, 81, 12, 9, 30.0, "...")] + LINE3,
     LINE1 + MARKS[:2] + [_row(1, 2, 3, 280, 81, 12, 9, 30.0, "...")] + LINE3),
    (LINE1 + MARKS + [r[:1] + ["2"] + r[2:] for r in LINE3], LINE1 + MARKS + [r[:1] + ["2"] + r[2:] for r in LINE3]),
    (LINE1 + MARKS, LINE1 + MARKS),
])
def test_without_mark_lines(rows, kept):
    assert ocr.without_mark_lines(rows) == kept


HEAD = ["Nội dung", "Đơn vị chủ trì", "Thời gian"]


@pytest.mark.parametrize("rows, fixed", [
    # must: the row number "1" read as two letters like it over a "2"
    ([["STT", *HEAD], ["lÌ", "Khảo sát nhu cầu", "Sở Công Thương", "Quý II"], ["2", "Tập huấn", "Sở Tài chính", "Quý III"]],
     [1]),
    ([["TT", *HEAD], ["ll.", "Khảo sát", "Phòng Nội vụ", "2028"], ["2.", "Hỗ trợ", "Phòng Nội vụ", "2028"]], [1]),
    # must-not: "II" (a Roman group's code), two letters over a "3", a word
    ([["TT", *HEAD], ["II", "Nhóm B", "Nhóm B", "Nhóm B"], ["2", "Hỗ trợ", "Sở Y tế", "2028"]], []),
    ([["TT", *HEAD], ["lÌ", "Khảo sát", "Sở Y tế", "2028"], ["3", "Hỗ trợ", "Sở Y tế", "2028"]], []),
    ([["TT", *HEAD], ["lịch", "Khảo sát", "Sở Y tế", "2028"], ["2", "Hỗ trợ", "Sở Y tế", "2028"]], []),
])
def test_one_read_as_two_letters(rows, fixed):
    assert ocr._ones_misread(rows) == fixed
