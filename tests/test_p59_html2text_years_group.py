"""An indicator table whose header html2text wrote on two rows with its merged cells dropped: the top row's one
heading of the years ("Kế hoạch các năm", "Lộ trình thực hiện", "Chỉ tiêu theo từng năm") over the years' headings
("Năm 2026" | ... | "Năm 2030"), over rows as wide as both make. The heading stands over each year, the other
headings over both rows, as the page's merged cells did (extractors/layout/markdown.py lost_spans, _one_group), so
that each year's value is read as that year's target.

Must-not rows: two headings that could be the years' (the group cannot be told), rows of another width, years under
no heading of the years. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.markdown import lost_spans

BODY = [["1", "Tỷ lệ trẻ em đến trường", "%", "95", "96", "97"], ["2", "Số xã đạt chuẩn", "Xã", "4", "6", "9"]]


@pytest.mark.parametrize("top, years", [
    (["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch các năm"], ["Năm 2027", "Năm 2028", "Năm 2029"]),
    (["TT", "Nội dung", "Đơn vị", "Lộ trình thực hiện"], ["2027", "2028", "2029"]),
    (["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu theo từng năm"], ["KH 2027", "KH 2028", "KH 2029"]),
])
def test_the_years_heading_over_each_year(top, years):
    rows = lost_spans([top, years, *BODY])
    assert rows[0] == top[:3] + [top[3]] * 3
    assert rows[1] == top[:3] + years
    assert rows[2:] == BODY


@pytest.mark.parametrize("top, years, body", [
    # must not: two headings that could stand over the years
    (["TT", "Kế hoạch giai đoạn", "ĐVT", "Kế hoạch các năm"], ["Năm 2027", "Năm 2028", "Năm 2029"], BODY),
    # must not: rows of another width
    (["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch các năm"], ["Năm 2027", "Năm 2028", "Năm 2029"],
     [r[:5] for r in BODY]),
    # must not: no heading of the years
    (["STT", "Chỉ tiêu", "ĐVT", "Ghi chú"], ["Năm 2027", "Năm 2028", "Năm 2029"], BODY),
])
def test_look_alikes_unchanged(top, years, body):
    rows = [top, years, *body]
    assert lost_spans(rows) == rows
