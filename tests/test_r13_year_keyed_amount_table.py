"""An amount table keyed by year, no code column, printed from Word and copied with its layout ("Năm  Tổng số
NSTW  NSĐP" / "2026  28.500  12.000 ..." / ... / "Tổng cộng  96.500  39.000 ..."): the years were taken for a
first amount column, so the total row, its label in that column and one amount fewer, did not fit and was
read as a table of its own, its items lost (round R13: G12's council resolution in pdf-layout, 4 items).
`grid._year_keys`: a first column of bare years, each its row's first cell, rising and one under another, is
the rows' label. Must-not rows: a label before the year-like amounts, years not rising, an amount of another
row in the years' column. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

TABLE = """Đơn vị tính: triệu đồng

Năm             Tổng số       Vốn tỉnh       Vốn huyện
{r1}
{r2}
{r3}
Tổng cộng       21.900        13.400         8.500

Điều 3. Hiệu lực thi hành
"""


def tables(text: str) -> list[list[list[str]]]:
    return [b.rows for b in read_text(text)[0] if b.kind == "table"]


def test_year_keyed_total_row():
    got = tables(TABLE.format(r1="2025            6.100         3.900          2.200",
                              r2="2026            7.300         4.500          2.800",
                              r3="2027            8.500         5.000          3.500"))
    assert len(got) == 1
    assert got[0][1] == ["2025", "6.100", "3.900", "2.200"]
    assert got[0][-1] == ["Tổng cộng", "21.900", "13.400", "8.500"]


@pytest.mark.parametrize("rows", [
    # years not rising: no key column (the years stay amounts, as before)
    ("2027            6.100         3.900          2.200", "2026            7.300         4.500          2.800",
     "2025            8.500         5.000          3.500"),
])
def test_no_year_keys(rows):
    got = tables(TABLE.format(r1=rows[0], r2=rows[1], r3=rows[2]))
    assert not any(r[0] == "Tổng cộng" and len(r) == 4 for t in got for r in t[1:]) or len(got) != 1


def test_label_before_year_like_amounts():
    text = """STT   Chỉ tiêu          Năm 2025      Năm 2026
1     Số hộ             2090          2050
2     Số hộ mới         2100          2080
3     Số lao động       4.300         4.420
"""
    got = tables(text)
    assert got and ["1", "Số hộ", "2090", "2050"] in got[0] and ["2", "Số hộ mới", "2100", "2080"] in got[0]
