"""Round IMG5: shapes the OCR path lost on scanned plans (tests/renditions/ARCHIVE_SCANS.md),
each with rows that must change and rows that must not."""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats.ocr import _rules

# A ruled table's column rule between two merged group rows ("I. NHÓM NHIỆM VỤ VỀ CẢI CÁCH
# THỂ CHẾ" above, "II. NHÓM ..." below), each with a bold capital's stem on the column's line
# bridged to the rule through the row's padding: the stroke ran on past the rules at both
# ends, and the rule was dropped over the rows between them (their title and lead cells read
# as one).


def _table(strokes: list[tuple[int, int]], rule_rows: tuple[int, ...] = (1, 2)) -> np.ndarray:
    """A 520 x 400 ink mask: rules at y 50, 110, 250, 390, 450 (a group row, two task rows, a
    group row) and x 20, 380; a column rule at x 200 through the task rows `rule_rows` (1, 2),
    and other strokes near the column's line (x 202-206) from y0 to y1."""
    ink = np.zeros((520, 400), bool)
    ys = (50, 110, 250, 390, 450)
    for y in ys:
        ink[y - 1:y + 2, 20:381] = True
    for x in (20, 380):
        ink[50:451, x - 1:x + 2] = True
    for r in rule_rows:
        ink[ys[r]:ys[r + 1] + 1, 199:202] = True
    for y0, y1 in strokes:
        ink[y0:y1, 202:207] = True
    return ink


def _parted(vsegs, y: int) -> bool:
    return any(abs(x - 200) <= 8 and y0 <= y <= y1 for x, y0, y1, _ in vsegs)


RULE_BETWEEN_GROUP_ROWS = [
    # must: the rule between the two group rows still parts the task rows
    ("stems in both group rows", [(60, 104), (396, 440)], (1, 2), {180: True, 320: True, 80: False, 420: False}),
    ("stem above only", [(60, 104)], (1, 2), {180: True, 320: True, 80: False}),
    ("no stems", [], (1, 2), {180: True, 320: True, 80: False, 420: False}),
    # must not: a rule through one task row only, a stem bridged to it in the next (merged) row,
    # parts that row; nor do letters in cells above one another joined through one rule
    ("rule in the first task row only", [(60, 104), (256, 300)], (1,), {180: True, 320: False, 80: False}),
    ("letters joined through one rule", [(70, 104), (116, 150)], (), {80: False, 130: False}),
]


@pytest.mark.parametrize("case,strokes,rows,parted", RULE_BETWEEN_GROUP_ROWS,
                         ids=[c[0] for c in RULE_BETWEEN_GROUP_ROWS])
def test_rule_between_group_rows(case, strokes, rows, parted):
    _, vsegs = _rules(_table(strokes, rows), 300 / 72)
    assert {y: _parted(vsegs, y) for y in parted} == parted, (case, vsegs)
