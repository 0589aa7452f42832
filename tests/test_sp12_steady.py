"""The PDF reader's tie check of a page's ruled tables (extractors.formats.pdf._steady):
the finder's intersections with every tolerance MARGIN stricter and looser are compared
with the page's own; equal ones (the usual case) are taken as the same cells without
their shapes being built. Must rows: grids whose cells no tolerance within MARGIN
changes read as steady; must-not rows: a grid whose cells a tolerance MARGIN away would
change (two rules a snap tolerance apart, two pieces of a rule a join tolerance apart)
is not, so that pdfplumber reads the page."""

from __future__ import annotations

import pytest
from pdfplumber.table import TableSettings

from extractors.formats import pdf_grouping
from extractors.formats.pdf import _FastPage, _steady

_BASE = TableSettings()


def _h(x0: float, x1: float, top: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0, "height": 0.0, "orientation": "h",
            "object_type": "line", "doctop": top}


def _v(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v",
            "object_type": "line", "doctop": top}


def _grid(xs: list[float], ys: list[float]) -> list[dict]:
    return [_h(xs[0], xs[-1], y) for y in ys] + [_v(x, ys[0], ys[-1]) for x in xs]


def _page(edges: list[dict]) -> _FastPage:
    return _FastPage([], edges, (0, 0, 595, 842))


STEADY = [  # (why, edges): no tolerance within MARGIN makes other cells
    ("a plain grid of three columns and two rows", _grid([50, 150, 300, 420], [100, 130, 160])),
    ("two rules well over the snap tolerance apart", _grid([50, 150, 156, 300], [100, 200])),
    ("a rule cut in two pieces far under the join tolerance apart",
     [_h(50, 170, 100), _h(171, 300, 100), _h(50, 300, 200), _v(50, 100, 200), _v(170, 100, 200), _v(300, 100, 200)]),
]

TIED = [  # (why, edges): a tolerance MARGIN away makes other cells
    ("two column rules exactly the snap tolerance apart", _grid([50, 150, 150 + _BASE.snap_tolerance, 300], [100, 200])),
    ("two row rules exactly the snap tolerance apart", _grid([50, 150, 300], [100, 160, 160 + _BASE.snap_tolerance, 220])),
    ("a top rule's two pieces exactly the join tolerance apart",
     [_h(50, 170, 100), _h(170 + _BASE.join_tolerance, 300, 100), _h(50, 300, 200),
      _v(50, 100, 200), _v(240, 100, 200), _v(300, 100, 200)]),
]


@pytest.mark.parametrize("why,edges", STEADY, ids=[r[0] for r in STEADY])
def test_a_grid_no_tolerance_within_the_margin_changes_is_steady(why, edges):
    page = _page(edges)
    assert page.find_tables(), why
    assert _steady(page) == {}, why


@pytest.mark.parametrize("why,edges", TIED, ids=[r[0] for r in TIED])
def test_a_grid_on_a_tie_of_the_finders_tolerances_is_not(why, edges):
    page = _page(edges)
    assert page.find_tables(), why
    assert _steady(page) is None, why


@pytest.mark.parametrize("why,edges", STEADY + TIED, ids=[r[0] for r in STEADY + TIED])
def test_equal_intersections_have_the_same_shape(why, edges):
    """What the shortcut relies on: intersections equal value for value (found anew, new
    dicts) have the same shape, so make the same cells."""
    page = _page(edges)
    page.find_tables()
    again = pdf_grouping.intersections_of(page)
    assert again is not page.intersections and again == page.intersections
    assert pdf_grouping.shape(again) == pdf_grouping.shape(page.intersections)
