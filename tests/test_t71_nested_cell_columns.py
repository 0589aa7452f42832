"""A ruled table's cell holding a borderless table of two columns (round T71, read from G70's
Word plan laid out in one table, printed to PDF by LibreOffice).

A task's bodies cell is Word's nested table without borders: "Chủ trì:" | the lead body,
"Phối hợp:" | the partners. Printed, its narrow label column wraps ("Chủ" / "trì:") and
pdfplumber reads the cell line by line across both columns: "Chủ Sở Nông trì: nghiệp và Môi
trường Phối Sở Tài hợp: chính; ...", the bodies run together. Such a cell is read a nested row
after another now (extractors/formats/pdf.py `_nested_columns`): "Chủ trì: Sở Nông nghiệp và Môi
trường" / "Phối hợp: Sở Tài chính; ...".

The cells are made here of characters placed as a PDF sets them (Times-like widths): other
bodies, labels and provinces than the round's document."""

from __future__ import annotations

import pytest
from pdfplumber.table import Table

from extractors.formats import pdf as pdf_reader

CHAR, SPACE, LINE = 5.6, 3.2, 12.0


class _Page:
    def __init__(self, chars):
        self.chars = chars


def _chars(parts: list[tuple[float, float, str]]) -> list[dict]:
    """Characters of each (x0, top, text) run."""
    out = []
    for x0, top, text in parts:
        x = x0
        for ch in text:
            if ch != " ":
                out.append({"text": ch, "x0": x, "x1": x + CHAR, "top": top, "bottom": top + 10, "doctop": top,
                            "upright": True, "fontname": "Times", "size": 11.0})
            x += CHAR if ch != " " else SPACE
    return out


def _columns(left: list[str | None], right: list[str | None], x0: float = 300.0, gap: float = 12.0,
             top: float = 110.0) -> list[tuple[float, float, str]]:
    """Runs of two columns, line by line (None: the column's line is empty), the right one starting at x0 + the
    left column's width + gap."""
    width = max(len(t) for t in left if t) * CHAR
    out = []
    for n, (a, b) in enumerate(zip(left, right)):
        if a:
            out.append((x0 + 4, top + n * LINE, a))
        if b:
            out.append((x0 + 4 + width + gap, top + n * LINE, b))
    return out


def _grid(cell_runs: list[tuple[float, float, str]], lines: int) -> list[list[str]]:
    """The grid of a one-row ruled table: a task cell (x 100-300), the bodies cell (300-470)."""
    bottom = 108 + lines * LINE + 4
    runs = [(104.0, 110.0, "Khảo sát hiện trạng")] + cell_runs
    table = Table(_Page(_chars(runs)), [(100.0, 105.0, 300.0, bottom), (300.0, 105.0, 470.0, bottom)])
    return pdf_reader._grid(table)


MUST = [
    ("two nested rows, each label wrapped over two lines, the partners longer than their label",
     ["Chủ", "trì:", None, "Phối", "hợp:", None],
     ["Sở Văn hóa", "và Thể thao", "tỉnh", "Sở Tài", "chính; UBND", "các huyện"],
     "Chủ trì: Sở Văn hóa và Thể thao tỉnh Phối hợp: Sở Tài chính; UBND các huyện"),
    ("the lead as short as its label: the colon ends the row",
     ["Chủ", "trì:", "Phối", "hợp:", None],
     ["Sở Y", "tế", "Công an", "tỉnh; Đài", "Phát thanh"],
     "Chủ trì: Sở Y tế Phối hợp: Công an tỉnh; Đài Phát thanh"),
    ("three nested rows",
     ["Chủ", "trì:", "Phối", "hợp:", "Thời", "gian:"],
     ["Ban Dân", "tộc", "Hội Nông", "dân tỉnh", "Quý II", "năm 2028"],
     "Chủ trì: Ban Dân tộc Phối hợp: Hội Nông dân tỉnh Thời gian: Quý II năm 2028"),
]


@pytest.mark.parametrize("name,left,right,want", MUST, ids=[m[0] for m in MUST])
def test_a_nested_two_column_cell_reads_row_after_row(name, left, right, want):
    grid = _grid(_columns(left, right), len(left))
    assert grid[0][1] == want


MUST_NOT = [
    ("a wrapped cell of prose (no strip runs through it)",
     [(304, 110, "Sở Nông nghiệp và Phát"), (304, 122, "triển nông thôn chủ trì,"), (304, 134, "phối hợp với các"),
      (304, 146, "huyện, thị xã")],
     "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các huyện, thị xã"),
    ("a one-line gap in a single line only (a name and a date)",
     [(304, 110, "Sở Công Thương"), (404, 110, "2028"), (304, 122, "phối hợp các sở,"), (304, 134, "ngành liên"),
      (304, 146, "quan")],
     "Sở Công Thương 2028 phối hợp các sở, ngành liên quan"),
    ("a numbered list with a hanging indent (its numbers a column of their own)",
     [(304, 110, "1."), (320, 110, "Khảo sát vùng"), (320, 122, "trồng;"), (304, 134, "2."), (320, 134, "Lập bản"),
      (320, 146, "đồ vùng trồng.")],
     "1. Khảo sát vùng trồng; 2. Lập bản đồ vùng trồng."),
]


@pytest.mark.parametrize("name,runs,want", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_other_cells_read_as_before(name, runs, want):
    assert _grid(runs, 4)[0][1] == want
