"""A table's first row alone at a page's foot, the rest on the next page (pdftotext -layout of a web page's table
printed to PDF), round R19 (G17's district allocation to communes: pdf-layout 52/64/72 -> 60/72/72):

    TT          Xã         Tổng số        ...

    1    Xã Vĩnh Thạnh Tây 5.200     1.800   700    1.900   800
    <form feed>2   Xã Cẩm Đường      4.600 ...

`text.page_foot_notes` read the row as a footnote: after the page's last blank line, a line opening with a
number and a capital, its number set as a mark in the page's text above (" 1." of "Điều 1."). The row went to
the document's end and the table lost it. A foot whose lines hold a table row (a code and two or more amounts in
cells of their own, grid.is_data_line) is no footnote.

Must-not rows: a real footnote at a page's foot (a number marked in the text, prose after it) is still taken
out; a footnote that cites amounts in its prose is still one. Texts and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

PAGE_FOOT_ROW = """\
Điều 1. Phân bổ vốn cho các xã như sau:
Đơn vị tính: triệu đồng

TT          Xã           Tổng số       Năm 2025      Năm 2026

{row}
\f2   Xã Phú Điền        3.150        1.400         1.750

3   Xã An Mỹ           2.600        1.100         1.500

    Tổng cộng          {total}        3.800         4.650

Điều 2. Tổ chức thực hiện."""


def blocks(text):
    return read_text(text)[0]


@pytest.mark.parametrize("row, total, label", [
    ("1   Xã Tân Lạc         2.700        1.300         1.400", "8.450", "Xã Tân Lạc"),
    ("1   Thôn Khe Mạ        2.700        1.300         1.400", "8.450", "Thôn Khe Mạ"),
])
def test_first_row_at_page_foot_stays_in_the_table(row, total, label):
    out = blocks(PAGE_FOOT_ROW.format(row=row, total=total))
    assert not [b for b in out if b.kind == "footnote"]
    tables = [b for b in out if b.kind == "table"]
    assert tables
    rows = [r for t in tables for r in t.rows]
    assert any(r[1] == label and r[-3:] == ["2.700", "1.300", "1.400"] for r in rows)


FOOTNOTE = """\
Điều 1. Hỗ trợ các hộ nghèo theo Nghị quyết của Hội đồng nhân dân tỉnh 1.
Điều 2. Tổ chức thực hiện.

1 {note}
\fĐiều 3. Hiệu lực thi hành."""


@pytest.mark.parametrize("note", [
    "Nghị quyết số 12/2024/NQ-HĐND ngày 10 tháng 7 năm 2024.",
    "Mức hỗ trợ 1.500 nghìn đồng một hộ, 2.000 nghìn đồng với hộ có người khuyết tật.",
])
def test_footnote_at_page_foot_is_still_one(note):
    out = blocks(FOOTNOTE.format(note=note))
    assert [b.text for b in out if b.kind == "footnote"] == ["1 " + note]
