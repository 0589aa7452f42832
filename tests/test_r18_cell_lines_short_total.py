"""A Markdown scrape's table flattened a cell a line (a crawler's readability output) whose total row left no
lines for its empty cells, round R18 (G17's g17_hdnd-xa-hoatien_21, 2 budget items):

    TT / Tên dự án / Địa điểm / Quy mô / Tổng mức đầu tư / Vốn năm 2024
    1 / Bê tông hóa ... / Thôn ... / 1,8 km / 3.900 / 3.100
    ...
    Tổng cộng / 8.450 / 7.350          (two amounts under six headings)

cell_lines._total_row read a total with an amount for every column after the label, or a single amount; now
also two or more amounts, fewer than the columns, go to the last columns when every numbered row holds an
amount there.

Must-not rows: more amounts than columns, a last column that holds text, a single amount under two amount
columns. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

HEAD = ["TT", "Tên công trình", "Địa điểm", "Quy mô", "Tổng vốn", "Vốn năm 2027"]
ROWS = [["1", "Đường liên thôn Khe Mây", "Thôn Khe Mây", "2,4 km", "5.600", "4.200"],
        ["2", "Trường mầm non Hòa Bình", "Thôn Hòa Bình", "6 phòng", "3.150", "2.900"]]


def _flat(rows: list[list[str]], tail: list[str]) -> str:
    return "\n".join(["Danh mục như sau:", "", *[c for r in rows for c in r], *tail, "", "Điều 2. Tổ chức thực hiện"])


def _pipe_rows(text: str) -> list[str]:
    return [line for line in tables_from_cell_lines(text).split("\n") if line.startswith("|")]


MUST = [
    ([HEAD, *ROWS], ["Tổng cộng", "8.750", "7.100"], "|  | Tổng cộng |  |  | 8.750 | 7.100 |"),
    ([HEAD[:4] + ["Kinh phí", "Năm 2026", "Năm 2027"],
      *[r[:4] + ["9.000", "4.000", "5.000"] for r in ROWS]], ["Tổng số", "18.000", "8.000", "10.000"],
     "|  | Tổng số |  |  | 18.000 | 8.000 | 10.000 |"),
]


@pytest.mark.parametrize("rows,tail,total", MUST)
def test_short_total_row_in_the_last_columns(rows, tail, total):
    got = _pipe_rows(_flat(rows, tail))
    assert len(got) == len(rows) + 1 and got[-1] == total


MUST_NOT = [
    ([HEAD[:4] + ["Tổng vốn", "Ghi chú"], *[r[:5] + ["Chuyển tiếp"] for r in ROWS]], ["Tổng cộng", "8.750", "7.100"]),
    ([HEAD, *ROWS], ["Tổng cộng", "8.750"]),   # one amount, two amount columns: which one is unknown
]


@pytest.mark.parametrize("rows,tail", MUST_NOT)
def test_no_total_row_read(rows, tail):
    got = _pipe_rows(_flat(rows, tail))
    assert len(got) == len(rows)
