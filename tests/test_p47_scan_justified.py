"""A scan's justified line of prose that is half numbers ("năm 2027 là 35 tỷ đồng; năm 2028 là 71 tỷ
đồng; ...": amounts by year) is one cell, not a table row, though OCR boxes its words by their ink
and the gaps justification made even differ by a point and more (5.5-7 pt on a 12.5 pt line: the
side bearings of "đ" and "n" are not alike). Read as a row of cells, the paragraph's next line was
"a row's wrapped tail" set after it (extractors.layout.words.rows_unwrapped): one line of 757 pt on
an A4 page, which then set the page's right margin so that no other line of the page read as full
and no wrapped line was joined. A spaced table's row, its cells a few spaces apart, keeps its cells
and its wrapped tail. Words, numbers and bodies invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 12.5  # a line's height (points)
LEFT, RIGHT = 86.0, 537.5  # the text's margins
# the gaps a scan's ink boxes leave between justified words (even on paper, 5.4-7.1 pt as read)
NOISY = [6.2, 6.4, 5.9, 6.6, 5.4, 6.9, 6.1, 6.0, 7.1, 6.3, 5.6, 6.5, 6.2, 6.1, 6.3, 5.8, 6.7]


def scanned(top: float, text: str, right: float = RIGHT, gaps: list[float] = NOISY) -> list[dict]:
    """A justified line as OCR boxes it: its words from LEFT to `right`, the uneven `gaps` between them."""
    words = text.split()
    room = right - LEFT - sum(gaps[: len(words) - 1])
    letter = room / sum(map(len, words))
    out, x = [], LEFT
    for i, w in enumerate(words):
        out.append({"text": w, "x0": x, "x1": x + letter * len(w), "top": top, "bottom": top + H, "conf": 95.0})
        x += letter * len(w) + (gaps[i] if i < len(gaps) else 6.0)
    return out


def typed(top: float, *cells: tuple[float, str], space: float = 3.4, letter: float = 5.8) -> list[dict]:
    """A row typed with spaces as a scan reads it: each (x0, text) cell's words a plain space apart."""
    out = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            out.append({"text": word, "x0": x, "x1": x + letter * len(word), "top": top, "bottom": top + H,
                        "conf": 93.0})
            x += letter * len(word) + space
    return out


def texts(lines: list[list[dict]]) -> list[str]:
    return [" ".join(w["text"] for w in ln) for ln in lines]


ABOVE = scanned(60, "2. Kế hoạch bố trí vốn đối ứng của tỉnh theo từng năm như sau: năm 2027 là 35 tỷ đồng;",
                gaps=[4.1, 4.4, 3.9, 4.3, 4.0, 4.2, 4.1, 3.8, 4.4, 4.0, 4.2, 4.3, 3.9, 4.1, 4.0, 4.2, 4.1, 3.9])


@pytest.mark.parametrize("line, nxt", [
    # must: a justified line of amounts by year, half its words numbers, its gaps uneven as read
    ("năm 2028 là 71 tỷ đồng; năm 2029 là 118 tỷ đồng; năm 2030 là 54", "tỷ đồng; năm 2031 là 19 tỷ đồng."),
    # must: percents by year in a target's sentence
    ("phấn đấu đạt 62% năm 2027, 70% năm 2028, 78% năm 2029 và 85% vào", "năm 2030 theo lộ trình của Bộ Y tế."),
    # must not (read as prose before too: two thirds of its words letters): counts by district
    ("huyện Đông Lâm 14 xã, huyện Tây Lâm 9 xã, thị xã Bắc Lâm 6 phường", "và thành phố Nam Lâm 11 phường."),
])
def test_a_scanned_justified_line_of_numbers_is_prose(line, nxt):
    row = scanned(77.5, line)
    gaps = [b["x0"] - a["x1"] for a, b in zip(row, row[1:])]
    assert min(gaps) < W.CELL_GAP < max(gaps)  # (some gaps wider than a cell gap, some not: cells by the gaps alone)
    assert len(W._cells_of(row)) == 1
    tail = scanned(95.0, nxt, right=LEFT + 9.0 * len(nxt), gaps=[5.0] * 20)
    out = W.rows_unwrapped([ABOVE, row, tail])
    assert texts(out) == texts([ABOVE, row, tail])


@pytest.mark.parametrize("row, tail, expected", [
    # must not: a spaced table's row read from a scan (a space inside a cell, several between cells), its last
    # amounts wrapped to the margin: still a row, its tail set after it
    (typed(100, (90, "2"), (108, "Nạo vét kênh tiêu Bắc Lâm"), (340, "4.350"), (415, "1.900"), (490, "2.450")),
     typed(115, (90, "700"), (140, "55")), "2 Nạo vét kênh tiêu Bắc Lâm 4.350 1.900 2.450 700 55"),
    (typed(100, (90, "5"), (108, "Kiên cố hóa kênh mương nội đồng"), (345, "6.120"), (420, "3.060"),
           (492, "3.060")),
     typed(115, (90, "1.500")), "5 Kiên cố hóa kênh mương nội đồng 6.120 3.060 3.060 1.500"),
])
def test_a_scanned_spaced_rows_tail_still_joins(row, tail, expected):
    assert len(W._cells_of(row)) >= W.ROW_CELLS
    out = W.rows_unwrapped([ABOVE, row, tail])
    assert texts(out[1:]) == [expected]
