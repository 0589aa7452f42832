"""A table whose rows lost their column spacing (cells one space apart: a word tokenizer's text, a scrape), read by
its header line's column names (extractors.layout.spaced_rows), names its money columns by the plan's capital or
estimate of a year or a period: "Kế hoạch vốn năm 2026", "Kế hoạch (vốn) giai đoạn 2026 - 2030", "Dự toán kinh phí
năm 2027", "Giai đoạn 2026 - 2030". Those are year columns now (YEAR_HEAD); before, the header was no header and the
table stayed prose, its items lost. Found by G32's round (a resolution's and a programme's allocation tables);
names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows


@pytest.mark.parametrize("heading", [
    # must: a plan's or an estimate's money of a year or a period
    "Kế hoạch vốn năm 2026",
    "Kế hoạch (vốn) giai đoạn 2026 - 2030",
    "Kế hoạch vốn giai đoạn 2026-2030",
    "Dự toán kinh phí năm 2027",
    "Giai đoạn 2026 - 2030",
    # must (as before)
    "Kế hoạch năm 2026",
    "Năm 2026",
])
def test_a_plans_money_of_a_year_is_a_year_column(heading):
    cells = spaced_rows.header_cells(f"TT Danh mục dự án Tổng mức đầu tư {heading}")
    assert cells is not None and cells[-1] == ("year", heading)


@pytest.mark.parametrize("heading", [
    # must not: no year or period named; a period's words without years
    "Kế hoạch vốn",
    "Giai đoạn thực hiện",
    "Kế hoạch vốn năm",
])
def test_other_headings_are_no_year_column(heading):
    cells = spaced_rows.header_cells(f"TT Danh mục dự án Tổng mức đầu tư {heading}")
    assert cells is None or cells[-1][0] != "year"


def test_the_table_is_read():
    # must: the header, the rows and the total row
    lines = ["Đơn vị tính: tỷ đồng", "TT Danh mục dự án Tổng mức đầu tư Kế hoạch vốn giai đoạn 2026 - 2030",
             "1 Đường tỉnh 615 đoạn Hòa Bình - Tân Phú 1.042,5 861,3", "2 Kè chống sạt lở sông Lam 230,6 215,5",
             "Tổng cộng 1.273,1 1.076,8", ""]
    found = spaced_rows.table_at(lines, 1)
    assert found is not None
    assert ["2", "Kè chống sạt lở sông Lam", "230,6", "215,5"] in found[1]
    assert ["", "Tổng cộng", "1.273,1", "1.076,8"] in found[1]
