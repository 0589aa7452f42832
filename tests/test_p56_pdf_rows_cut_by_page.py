"""A table printed by a browser, its rows going on over the page: Chromium draws no border
where the page cuts a row, so the row's cells have no bottom rule at the page's foot (and
the rest no top rule on the next page). The table finder made no cell of them: a header row
at the page's foot, or a lead agency's cell merged over three tasks that go on over the
page, was read as loose lines, and the tasks lost their lead. extractors.formats.pdf.
cut_rows_closed draws the missing rule across the vertical rules that end together at the
page's lowest point drawn (or start together at its top).

Must rows: the foot and the top of a cut table get a rule across its vertical rules; a
page whose table's last row is cut keeps that row's cells (the lead agency in its cell).
Must-not rows: a table closed at its foot, vertical rules that end half way down the page,
and one vertical rule alone (a column separator) get no rule."""

from __future__ import annotations

import pytest

from extractors.formats.pdf import cut_rows_closed
from tests.test_l3_pdf_portal import _items

HEIGHT = 842.0


def _v(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "orientation": "v", "object_type": "line"}


def _h(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "orientation": "h", "object_type": "line"}


XS = (40.0, 70.0, 300.0, 430.0, 555.0)
CUT_AT_FOOT = [_h(40, 555, 600), _h(40, 555, 640)] + [_v(x, 600, 814) for x in XS]
CUT_AT_TOP = [_h(40, 555, 120), _h(40, 555, 200)] + [_v(x, 28, 200) for x in XS]

MUST = [("cut at the page's foot", CUT_AT_FOOT, [(40.0, 555.0, 814.0)]),
        ("cut at the page's top", CUT_AT_TOP, [(40.0, 555.0, 28.0)])]
MUST_NOT = [("closed at its foot", CUT_AT_FOOT + [_h(40, 555, 814)]),
            ("its rules end half way down", [_h(40, 555, 300)] + [_v(x, 300, 450) for x in XS]),
            ("one vertical rule alone", [_v(297.0, 40, 800)])]


@pytest.mark.parametrize("name,edges,closers", MUST, ids=[m[0] for m in MUST])
def test_a_cut_table_gets_its_rule(name, edges, closers):
    got = cut_rows_closed(edges, HEIGHT)
    assert [(e["x0"], e["x1"], e["top"]) for e in got] == closers
    assert all(e["orientation"] == "h" and e["top"] == e["bottom"] for e in got)


@pytest.mark.parametrize("name,edges", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_must_not_other_rules_get_none(name, edges):
    assert cut_rows_closed(edges, HEIGHT) == []


# -- a whole page: a task table whose last row's merged lead cell goes on over the page ----------

def _page_with_cut_rows() -> str:
    ops = ["0.5 w"]
    xs = (40, 70, 300, 430, 555)
    # the header row (top 600 .. 630 in PDF units from the bottom: y 242 .. 212), then two task rows
    ys = (242, 212, 150)  # rules across; the second task row is cut at the page's foot (y 28), no rule there
    ops += [f"{xs[0]} {y} m {xs[-1]} {y} l S" for y in ys]
    ops += [f"{x} {ys[0]} m {x} 28 l S" for x in xs]
    cells = [(45, 225, "TT"), (75, 225, "Noi dung"), (305, 225, "Chu tri"), (435, 225, "Thoi gian"),
             (45, 180, "1"), (75, 180, "Kiem ke rung"), (305, 180, "Hat Kiem lam"), (435, 180, "Quy II"),
             (45, 100, "2"), (75, 100, "Cap nhat ban do"), (435, 100, "Quy III"),
             (305, 60, "Chi cuc Kiem lam")]  # the lead's cell, the row cut below it
    ops += [f"BT /F1 10 Tf {x} {y} Td ({t}) Tj ET" for x, y, t in cells]
    return "\n".join(ops) + "\n"


def test_a_row_cut_at_the_foot_keeps_its_cells():
    items = _items(_page_with_cut_rows())
    tables = [payload for kind, payload in items if kind == "table"]
    assert tables, items
    rows = tables[0]
    assert rows[-1][:2] == ["2", "Cap nhat ban do"]
    assert "Chi cuc Kiem lam" in rows[-1]


def test_a_row_cut_at_the_foot_keeps_its_cells_read_by_pdfplumber():
    """The same page read the other way (a page PDFium cannot vouch for goes to pdfplumber)."""
    import io

    import pdfplumber

    from extractors.formats import pdf as pdf_reader
    from tests.extractors.test_pdf_routing import _pdf
    page = pdfplumber.open(io.BytesIO(_pdf(_page_with_cut_rows()))).pages[0]
    tables = [payload for kind, payload in pdf_reader._text_page(page) if kind == "table"]
    assert tables and tables[0][-1] == ["2", "Cap nhat ban do", "Chi cuc Kiem lam", "Quy III"]
