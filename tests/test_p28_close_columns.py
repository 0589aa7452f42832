"""A header's two columns set close together on a narrow page (a portal's table printed from a
browser or an office suite: "BỘ Y TẾ" ends 8 pt before "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
begins) with their baselines a few points apart: each column's line is read apart, not as one
line of the page ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BỘ Y TẾ"), however narrow the gap
(extractors.layout.words.lines_of, segments_of). Words next to each other on one line, a
superscript, a table's cells on one baseline stay as they were. Names and positions invented
(round P28); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 12.0
LETTER = 7.0


def words(x0: float, top: float, text: str, gap: float = 4.0) -> list[dict]:
    out, x = [], x0
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + LETTER * len(w), "top": top, "bottom": top + H})
        x += LETTER * len(w) + gap
    return out


def segments(page: list[dict]) -> list[list[str]]:
    return [[s[2] for s in W.segments_of(line)] for line in W.lines_of(page)]


@pytest.mark.parametrize("left, right, expected", [
    # must: the right column 7 pt higher, 8 pt clear of the left one
    (words(60, 318, "SỞ Y TẾ TỈNH HÀ AN"), words(60 + 7 * 14 + 4 * 4 + 8, 311, "CỘNG HÒA XÃ HỘI"),
     [["SỞ Y TẾ TỈNH HÀ AN", "CỘNG HÒA XÃ HỘI"]]),
    # must: the left column higher, 10 pt clear
    (words(60, 305, "ỦY BAN NHÂN DÂN"), words(60 + 7 * 12 + 4 * 3 + 10, 311, "Độc lập - Tự do - Hạnh phúc"),
     [["ỦY BAN NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc"]]),
])
def test_close_columns_on_offset_baselines_are_apart(left, right, expected):
    assert segments(left + right) == expected


@pytest.mark.parametrize("page, expected", [
    # must not: a superscript glued to its word ("m2") stays on its line, in its place
    (words(60, 300, "diện tích 120 m") + [{"text": "2", "x0": 156.5, "x1": 160.5, "top": 296, "bottom": 304}],
     [["2"], ["diện tích 120 m"]]),
    # must not: two lines of one paragraph, a line's height apart
    (words(60, 300, "Các sở, ban, ngành") + words(60, 314, "triển khai thực hiện"),
     [["Các sở, ban, ngành"], ["triển khai thực hiện"]]),
    # must not: a word a few points lower but touching the one before (no gap): not a column
    (words(60, 300, "Kế hoạch số") + words(60 + 7 * 9 + 8 + 2, 305, "12/KH-UBND"),
     [["Kế hoạch số"], ["12/KH-UBND"]]),
])
def test_lines_that_are_no_columns(page, expected):
    assert segments(page) == expected
