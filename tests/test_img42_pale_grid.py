"""Round IMG42: a table ruled in a paler gray than the rules' threshold takes (extractors/formats/ocr.py pale_grids,
PALE_GRID_DARK, used by _read_upright where a page has no table at RULE_DARK).

G61's portal page lays its task table out in Bootstrap's grid (<div class="row"> of <div class="col-2 border">), each
cell ruled by ".border" in #dee2e6; printed by the browser and scanned at 300 dpi its rules lie at 222-230, paler
than RULE_DARK (215): no rule was found, the page's second half of the table read as loose lines in any order and
three of the four tasks were lost. Every image here is drawn (invented words, other gray levels and sizes).
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr

SCALE = 300 / 72


def _page(level: int, rows: int, cols: int, thick: int = 3, paper: int = 255) -> np.ndarray:
    """An A5-ish page (1700 x 1400 px) with a grid of `rows` x `cols` cells ruled at gray `level` (0 rows: none),
    and dark blocks of "text" in its cells."""
    gray = np.full((1700, 1400), paper, dtype=np.uint8)
    top, left, height, width = 300, 100, 110, 240
    if rows:
        for r in range(rows + 1):
            y = top + r * height
            gray[y:y + thick, left:left + cols * width + thick] = level
        for c in range(cols + 1):
            x = left + c * width
            gray[top:top + rows * height + thick, x:x + thick] = level
        for r in range(rows):
            for c in range(cols):
                y, x = top + r * height + 40, left + c * width + 30
                gray[y:y + 30, x:x + 120] = 20  # a word's ink
    return gray


@pytest.mark.parametrize("level, rows, cols, found", [
    # must: a grid of Bootstrap's #dee2e6 (226), of 230, of 232: four rows, five columns; three by three
    (226, 4, 5, (4, 5)), (230, 5, 3, (5, 3)), (232, 3, 3, (3, 3)),
    # must-not: a pale frame about a note (one cell), two rows or two columns only, no grid at all
    (226, 1, 1, None), (226, 2, 4, None), (226, 4, 2, None), (226, 0, 0, None),
    # ... rules paler than PALE_GRID_DARK (a page's background tint, 240)
    (240, 4, 5, None),
])
def test_pale_grids(level, rows, cols, found):
    got = ocr.pale_grids(_page(level, rows, cols), SCALE)
    if found is None:
        assert got is None
    else:
        assert got is not None and [(len(g.ys) - 1, len(g.xs) - 1) for g in got[2]] == [found]


@pytest.mark.parametrize("level", [226, 230])
def test_pale_grid_not_found_at_rule_dark(level):
    # the shape: at RULE_DARK the same page has no table (why pale_grids is asked)
    gray = _page(level, 4, 5)
    assert not ocr._tables(*ocr._rules(ocr.rule_ink(gray, SCALE), SCALE, gray), SCALE)


def test_dark_grid_found_as_before():
    # must-not: a grid of dark rules is found at RULE_DARK, as before (pale_grids is not asked)
    gray = _page(60, 2, 2)
    assert ocr._tables(*ocr._rules(ocr.rule_ink(gray, SCALE), SCALE, gray), SCALE)
