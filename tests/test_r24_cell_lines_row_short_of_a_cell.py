"""A table flattened a cell a line whose row left an empty cell out, round R24 (G24's province plan, its cost
annex in readability-md 47/47/52, budget items 6/6/11):

    TT / Nội dung / Tổng / Ngân sách Trung ương / Ngân sách tỉnh
    1 / Mua vật tư ... / 1.980 / 1.500 / 480
    3 / Tuyên truyền, giám sát / 820 / 820          <- no line for the empty central budget's cell
    Tổng cộng / 4.260 / 2.400 / 1.860

cell_lines' reader ended the table at the short row (its cells cannot be placed by their lines), the row and
the total lost. A row short of cells whose lines after its label are all amounts is placed now where the total
row says it: its amounts go to the columns whose totals, less the other rows' amounts, they make, the other
columns empty; only where exactly one placement makes every column's sum its total (one such row a table).
Anywhere else the table ends before the row, as before.

Must-not rows: no total row, a total that no placement reconciles, two placements that both do, a row short of
its label's line. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

HEADS = ["TT", "Nội dung", "Tổng số", "Vốn tỉnh", "Vốn huyện"]


def _rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.split("\n")
            if line.startswith("|") and "---" not in line]


def _text(rows: list[list[str]], total: list[str] | None) -> str:
    lines = ["Phụ lục II", "DỰ TOÁN KINH PHÍ", *HEADS]
    for row in rows:
        lines += [c for c in row if c]
    lines += [c for c in total if c] if total else []
    return "\n".join(lines + ["", "Nơi nhận:"])


FULL = [["1", "Sửa chữa kênh mương nội đồng", "2.640", "1.900", "740"],
        ["2", "Trồng cây phân tán", "375", "250", "125"]]


@pytest.mark.parametrize("short, total", [
    (["3", "Tập huấn khuyến nông", "310", "", "310"], ["", "Tổng cộng", "3.325", "2.150", "1.175"]),
    (["3", "Tập huấn khuyến nông", "310", "310", ""], ["", "Tổng cộng", "3.325", "2.460", "865"]),
])
def test_a_last_row_short_of_a_cell_is_placed_by_the_total(short, total):
    got = _rows(tables_from_cell_lines(_text(FULL + [short], total)))
    assert got == [HEADS, *FULL, short, total]


def test_a_row_short_of_a_cell_in_the_middle():
    short = ["2", "Tập huấn khuyến nông", "310", "", "310"]
    third = ["3", "Trồng cây phân tán", "375", "250", "125"]
    total = ["", "Tổng cộng", "3.325", "2.150", "1.175"]
    got = _rows(tables_from_cell_lines(_text([FULL[0], short, third], total)))
    assert got == [HEADS, FULL[0], short, third, total]


@pytest.mark.parametrize("short, total", [
    # no total row: nothing tells where the amounts go
    (["3", "Tập huấn khuyến nông", "310", "", "310"], None),
    # a total no placement reconciles
    (["3", "Tập huấn khuyến nông", "310", "", "310"], ["", "Tổng cộng", "3.400", "2.150", "1.250"]),
    # two placements reconcile (equal amounts in two columns): nothing tells which
    (["3", "Tập huấn khuyến nông", "0", "", "0"], ["", "Tổng cộng", "3.015", "2.150", "865"]),
])
def test_a_short_row_that_cannot_be_placed_ends_the_table(short, total):
    got = _rows(tables_from_cell_lines(_text(FULL + [short], total)))
    assert got == [HEADS, *FULL]


def test_a_row_short_of_its_label_is_not_placed():
    short = ["3", "", "310", "", "310"]
    total = ["", "Tổng cộng", "3.325", "2.150", "1.175"]
    got = _rows(tables_from_cell_lines(_text(FULL + [short], total)))
    assert got == [HEADS, *FULL]
