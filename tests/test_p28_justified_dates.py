"""A justified line of prose that holds a date or a number ("130-KH/BTGTW, ngày 15 tháng 02 năm
2023 của Ban Tuyên giáo": a few long words, so justification widened every space past a table's
cell gap) is one cell, not a table row: the next line of its paragraph is not "a row's wrapped
tail" set after it (extractors.layout.words.rows_unwrapped), which made one line of 1,000 pt on
an A4 page and cut every other paragraph of the page into its lines. A spaced table's row keeps
its cells. Words, numbers and bodies invented (round P28); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 13.0  # a line's height (points)
LEFT, RIGHT = 85.0, 538.0  # the text's margins
LETTER = 6.0  # points a letter takes


def justified(top: float, text: str, right: float = RIGHT, gap: float = 6.6) -> list[dict]:
    """A line of prose set from the left margin to `right`, `gap` points between its words (its
    letters as wide as that leaves them: capitals and marks make a line of few words wide)."""
    words = text.split()
    letter = (right - LEFT - gap * (len(words) - 1)) / sum(map(len, words))
    out, x = [], LEFT
    for w in words:
        out.append({"text": w, "x0": x, "x1": x + letter * len(w), "top": top, "bottom": top + H})
        x += letter * len(w) + gap
    return out


def cells(top: float, *cells: tuple[float, str]) -> list[dict]:
    """A row typed with spaces: each (x0, text) cell's words a plain space apart."""
    out = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            out.append({"text": word, "x0": x, "x1": x + LETTER * len(word), "top": top, "bottom": top + H})
            x += LETTER * len(word) + 3.5
    return out


def texts(lines: list[list[dict]]) -> list[str]:
    return [" ".join(w["text"] for w in ln) for ln in lines]


FULL = justified(60, "Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai", gap=3.5)


@pytest.mark.parametrize("first", [
    # must not: a justified line that names a document and its date (numbers, a code)
    "214-KH/BTGTU, ngày 09 tháng 3 năm 2024 của Ban Dân vận",
    "Quyết định số 1375/QĐ-UBND ngày 12/5/2025 của tỉnh",
    "đến năm 2030 đạt 95% và năm 2035 đạt 100% số xã",
    "Thông báo 87/TB-VPCP ngày 03 tháng 10 năm 2022 của Văn phòng",
    "ngày 20 tháng 01 năm 2023, Kế hoạch số 130 ngày 15/02/2023 của",
])
def test_a_justified_line_with_a_date_is_no_row(first):
    line = justified(100, first)
    gap = line[1]["x0"] - line[0]["x1"]
    assert W.CELL_GAP < gap < 0.75 * H  # (wider than a cell gap, as wide as a justified line's spaces)
    nxt = justified(117.4, "Trung ương về triển khai thực hiện Chỉ thị số 12-CT/TW, Ban", RIGHT - 0.3)
    out = W.rows_unwrapped([FULL, line, nxt])
    assert texts(out) == texts([FULL, line, nxt])
    assert len(W._cells_of(line)) == 1


@pytest.mark.parametrize("row, tail, expected", [
    # must: a spaced table's row, its gaps between cells wider than inside them, its last amounts wrapped
    (cells(100, (90, "3"), (110, "Sửa chữa trường học"), (330, "5.120"), (400, "2.060"), (478, "3.060")),
     cells(115, (90, "1.000"), (150, "60")), "3 Sửa chữa trường học 5.120 2.060 3.060 1.000 60"),
    # must: a row of one-word cells evenly apart (numbers, not prose) keeps its cells
    (cells(100, (90, "4"), (150, "2026"), (240, "7.300"), (330, "2.100"), (420, "3.100"), (487, "900")),
     cells(115, (90, "1.200")), "4 2026 7.300 2.100 3.100 900 1.200"),
])
def test_a_spaced_rows_tail_still_joins(row, tail, expected):
    out = W.rows_unwrapped([FULL, row, tail])
    assert texts(out[1:]) == [expected]
