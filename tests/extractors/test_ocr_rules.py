"""Ruled-table lines on a page image (OCR of a scan; all images invented): a vertical rule
whose ink runs on into text under the table (a letter's stroke a pixel beside it, as a
heading right under a table can make) is still the table's rule, cut at the last
horizontal rule it crosses; a stroke that does not reach from one horizontal rule to
another is no rule."""

import numpy as np
import pytest

from extractors.formats import ocr

SCALE = 300 / 72  # pixels per point at 300 dpi


def page(extra) -> np.ndarray:
    """A white page with a 3-row, 3-column ruled table (rules 3 px thick) and `extra` strokes."""
    ink = np.zeros((1200, 1600), dtype=bool)
    for y in (200, 300, 400, 500):
        ink[y:y + 3, 100:1300] = True
    for x in (100, 500, 900, 1297):
        ink[200:503, x:x + 3] = True
    for y0, y1, x0, x1 in extra:
        ink[y0:y1, x0:x1] = True
    return ink


def columns(ink) -> list[float]:
    h, v = ocr._rules(ink, SCALE)
    grids = ocr._tables(h, v, SCALE)
    assert len(grids) == 1
    return [round(x) for x in grids[0].xs]


@pytest.mark.parametrize("extra", [
    [],
    [(503, 640, 503, 508)],  # a heading's stroke right under the table, beside the rule at x=500
    [(505, 700, 500, 503)],  # the rule's own ink running on under the table (a letter touching it)
    [(90, 200, 900, 903)],   # ink above the table on a rule (the title's underline stroke)
])
def test_every_column_rule_is_found(extra):
    found = columns(page(extra))
    assert len(found) == 4 and all(abs(a - b) <= 3 for a, b in zip(found, [101, 501, 901, 1298]))


@pytest.mark.parametrize("extra", [
    [(230, 280, 700, 703)],  # a letter's stem inside a cell
    [(300, 360, 300, 303)],  # a stroke down from a rule that stops mid-row
])
def test_a_stroke_between_rules_is_no_rule(extra):
    assert columns(page(extra)) == [101, 501, 901, 1298]


def test_a_lone_box_is_no_table():
    # a received-document stamp: one box of thick strokes whose sides run on past it
    ink = np.zeros((800, 1200), dtype=bool)
    ink[100:120, 150:730] = True
    ink[200:220, 150:730] = True
    ink[90:230, 145:154] = True
    ink[105:240, 722:729] = True
    h, v = ocr._rules(ink, SCALE)
    assert ocr._tables(h, v, SCALE) == []
    # a box of two cells is a table (its sides reaching from rule to rule)
    ink[:] = False
    ink[100:120, 150:730] = True
    ink[200:220, 150:730] = True
    ink[100:220, 145:154] = True
    ink[100:240, 722:729] = True  # running on under the box at one end: cut there
    ink[100:220, 440:446] = True
    h, v = ocr._rules(ink, SCALE)
    assert [len(g.xs) for g in ocr._tables(h, v, SCALE)] == [3]


def gray_page(level: int, width: int = 2, shade: int | None = None, shaded_rows: int = 1) -> np.ndarray:
    """The 3-row, 3-column table as a gray image: rules `width` px thick at gray `level`,
    their edges anti-aliased (a pixel each side half as dark), and the first `shaded_rows`
    rows' cells filled with gray `shade` (a header row's background)."""
    gray = np.full((1200, 1600), 255, dtype=np.uint8)
    if shade is not None:
        gray[200:200 + 100 * shaded_rows, 100:1300] = shade
    edge = (255 + level) // 2
    for y in (200, 300, 400, 500):
        gray[y - 1, 100:1300] = np.minimum(gray[y - 1, 100:1300], edge)
        gray[y + width, 100:1300] = np.minimum(gray[y + width, 100:1300], edge)
        gray[y:y + width, 100:1300] = level
    for x in (100, 500, 900, 1298):
        gray[200:502, x - 1] = np.minimum(gray[200:502, x - 1], edge)
        gray[200:502, x + width] = np.minimum(gray[200:502, x + width], edge)
        gray[200:502, x:x + width] = level
    return gray


def grid_of(gray: np.ndarray) -> tuple[int, int] | None:
    """(rows, columns) of the one table found, None for none."""
    h, v = ocr._rules(ocr.rule_ink(gray, SCALE), SCALE)
    grids = ocr._tables(h, v, SCALE)
    return (len(grids[0].ys) - 1, len(grids[0].xs) - 1) if len(grids) == 1 else None


@pytest.mark.parametrize("level, width, shade, shaded_rows", [
    (0, 3, None, 1),      # black rules
    (150, 2, None, 1),    # dark gray
    (185, 2, None, 1),    # light gray thin rules (an exported HTML table's border), under DARK nowhere
    (205, 1, None, 1),    # lighter still, one pixel
    (185, 2, 217, 1),     # a light gray grid round a header row shaded light gray (Word's 15% shade)
    (0, 2, 200, 1),       # black rules round a shaded header row
    (0, 2, 200, 3),       # every row shaded
])
def test_a_grid_of_gray_rules_is_found(level, width, shade, shaded_rows):
    assert grid_of(gray_page(level, width, shade, shaded_rows)) == (3, 3)


@pytest.mark.parametrize("gray", [
    # paper tone: rules lighter than RULE_DARK are no rules
    gray_page(235, 2),
    # a shaded band with no rules (a highlighted paragraph) is no table
    np.pad(np.full((300, 1200), 200, dtype=np.uint8), ((200, 700), (100, 300)), constant_values=255),
])
def test_no_grid_where_no_rules_are(gray):
    assert grid_of(gray) is None
