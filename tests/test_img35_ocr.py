"""Round IMG35: G46's and G47's documents as scans (OCR path).

- a recipient beside the signer's title, both left out by the page's reading ("- TT Tỉnh ủy, TT HĐND tỉnh (b/c);" on
  the left, "PHÓ CHỦ TỊCH" a few points lower on the right): the ink no word covers was cut into one band of rows from
  the recipient's top to the title's foot, and the recipient's run of columns took every row of its own ink in that
  band, the acute of the next line's "các" too (its word's box covers the letters only: own_rows), 6 pt under the
  recipient. Read alone, the run's crop held the tops of the next line's letters under the recipient's line: read at
  24 and dropped (the recipient lost on the 300 dpi scan). A run's rows are cut where its own ink leaves a gap as wide
  as the page's bands are cut at (1 pt), each piece a line's height kept as a line of its own (ocr._line_runs); a
  line's own marks (a tone over its capitals, under 1 pt off) stay with it.

Everything here is invented; the ink is drawn, a stroke every 4 columns for letters.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr

SCALE = 2.0  # pixels a point


def _rest(*blocks: tuple[int, int, int, int], solid: tuple[tuple[int, int, int, int], ...] = ()) -> np.ndarray:
    """Ink no word covers: text-like blocks (rows y0-y1, columns x0-x1: a stroke every 4 columns) and solid marks."""
    rest = np.zeros((140, 460), dtype=bool)
    for y0, y1, x0, x1 in blocks:
        rest[y0:y1, x0:x1:4] = True
        rest[y0:y1, x1 - 1] = True  # (the last letter's stem)
    for y0, y1, x0, x1 in solid:
        rest[y0:y1, x0:x1] = True
    return rest


RECIPIENT = (20, 44, 10, 200)  # a recipient's line, 12 pt high
TITLE_LOWER = (26, 58, 300, 420)  # the signer's title on the right, set lower: it bridges the rows under the recipient
NEXT_ACUTE = (55, 58, 100, 106)  # the acute of the next line's word, its letters covered by the word's box
OWN_HOOK = (16, 18, 60, 66)  # a hook over the recipient's capital, a pixel apart from the letters
NEXT_RECIPIENT = (50, 74, 10, 180)  # the recipient under it, 3 pt below
TITLE_TALL = (26, 76, 300, 420)  # a title block beside both


@pytest.mark.parametrize("rest, expected", [
    # must: the recipient's box ends at its own foot, not at the next line's acute
    (_rest(RECIPIENT, TITLE_LOWER, solid=(NEXT_ACUTE,)), [(10, 20, 200, 44), (300, 26, 420, 58)]),
    # must: two recipients beside a block that bridges the gap between them: a box each
    (_rest(RECIPIENT, NEXT_RECIPIENT, TITLE_TALL), [(10, 20, 200, 44), (10, 50, 180, 74), (300, 26, 420, 76)]),
    # must-not: a line's own hook over a capital stays in its box
    (_rest(RECIPIENT, TITLE_LOWER, solid=(OWN_HOOK,)), [(10, 16, 200, 44), (300, 26, 420, 58)]),
    # must-not: a line alone, and two columns' lines level
    (_rest(RECIPIENT), [(10, 20, 200, 44)]),
    (_rest(RECIPIENT, (20, 44, 300, 420)), [(10, 20, 200, 44), (300, 20, 420, 44)]),
])
def test_missed_boxes_cut_at_own_gaps(rest, expected):
    assert sorted(ocr.missed_boxes(rest, SCALE), key=lambda b: (b[0], b[1])) == sorted(expected)


@pytest.mark.parametrize("rest, expected", [
    # must: the run's rows are the recipient's alone
    (_rest(RECIPIENT, TITLE_LOWER, solid=(NEXT_ACUTE,)), [(10, 200, 20, 44), (300, 420, 26, 58)]),
    # must-not: a thin piece alone is no line
    (_rest(solid=(NEXT_ACUTE,)), []),
])
def test_line_runs_own_rows(rest, expected):
    runs = [tuple(int(v) for v in run) for run in ocr._line_runs(rest, SCALE, 1.5)]
    assert sorted(runs) == sorted(expected)


# A list's first number on a phone's scan read with a semicolon or a comma for its stop ("1; Truyền thông ...": the
# first task lost). (A page's lines as (first word, its left edge, second word); the first words after.)
LIST_ROWS = [
    # must: the next number "2." at its indent
    ([("1;", 56.6, "Tuyên"), ("2.", 56.6, "Kiểm"), ("3.", 56.6, "Hỗ")], ["1.", "2.", "3."]),
    ([("1,", 56.6, "Tuyên"), ("2)", 56.6, "Kiểm")], ["1)", "2)"]),
    # must: an earlier list's numbers above it at its indent (the targets' "1.", "2.", then the tasks')
    ([("1.", 56.9, "Mục"), ("2.", 56.2, "Chỉ"), ("1;", 56.6, "Tuyên"), ("2.", 56.2, "Kiểm")], ["1.", "2.", "1.", "2."]),
    # must-not: the next number not one more; at another indent; a lower-case word after it; no number after it
    ([("1;", 56.6, "Tuyên"), ("3.", 56.6, "Kiểm")], ["1;", "3."]),
    ([("1;", 56.6, "Tuyên"), ("2.", 80.0, "Kiểm")], ["1;", "2."]),
    ([("1;", 56.6, "tuyên"), ("2.", 56.6, "Kiểm")], ["1;", "2."]),
    ([("2.", 56.6, "Kiểm"), ("1;", 56.6, "Bảo")], ["2.", "1;"]),
]


@pytest.mark.parametrize("starts, expected", LIST_ROWS)
def test_list_first_number_stop(starts, expected):
    assert ocr.repair_list_numbers(starts) == expected
