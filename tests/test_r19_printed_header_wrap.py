"""A plain text's table printed by a word processor that wraps a line too long for its page: the header's last
word(s) on a line of their own at the left margin, round R19 (G17's province allocation typed as a .txt and
printed to PDF: pdf-layout -12, lo-pdf -12):

     TT     Huyện          Tổng số       Ngân sách trung ương       Ngân sách
    tỉnh

           Tổng cộng       58.600           46.800               11.800
    1      Huyện Đạ Rinh   21.400           17.200               4.200

`grid._header` went up from the first row over blank lines only to a line with a cell over the amounts; the
wrapped "tỉnh" has none, so the header was lost and the table's amounts had no columns' names. A lone
lower-case word or two at the left margin, before the label column, under a line of three or more headings
whose first is a whole code heading and whose last stands over the amounts, is that last heading's rest
(`grid._printed_tail`): "Ngân sách tỉnh".

Must-not rows: a narrow code column's heading wrapped in its cell ("Số" / "thứ tự"), a word that starts in the
label column, a capitalised line, a line under a header that does not reach the amounts. Texts and numbers
invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

TABLE = """\
Đơn vị tính: triệu đồng

 TT     {head}          Tổng số       Vốn đầu tư phát triển      {last}
{tail}

       Tổng cộng        91.300           60.500               30.800

1      {first}     50.100           33.200               16.900

2      {second}     41.200           27.300               13.900
"""


def tables(text: str):
    return grid.find_tables([segments(line) for line in text.split("\n")])


@pytest.mark.parametrize("head, last, tail, whole, first, second", [
    ("Xã", "Ngân sách", "huyện", "Ngân sách huyện", "Xã Thanh Mỹ", "Xã Hòa Lạc"),
    ("Huyện", "Vốn sự", "nghiệp", "Vốn sự nghiệp", "Huyện Kỳ Sơn", "Huyện Ba Tơ"),
    ("Nội dung", "Nguồn xã", "hội hóa", "Nguồn xã hội hóa", "Đường liên xã", "Trường mầm non"),
])
def test_wrapped_last_heading_is_put_back(head, last, tail, whole, first, second):
    found = tables(TABLE.format(head=head, last=last, tail=tail, first=first, second=second))
    assert len(found) == 1
    rows = found[0].rows
    assert rows[0] == ["TT", head, "Tổng số", "Vốn đầu tư phát triển", whole]
    assert ["", "Tổng cộng", "91.300", "60.500", "30.800"] in rows
    assert ["1", first, "50.100", "33.200", "16.900"] in rows


CODE_WRAPPED = """\
Đơn vị tính: triệu đồng

 Số     Xã             Tổng số       Vốn đầu tư phát triển      Ngân sách
 thứ tự

1      Xã Thanh Mỹ     50.100           33.200               16.900

2      Xã Hòa Lạc      41.200           27.300               13.900
"""


def test_code_heading_wrapped_in_its_cell_is_no_tail():
    for t in tables(CODE_WRAPPED):
        assert all("thứ tự" not in cell or cell.startswith("Số") or cell == "thứ tự" for r in t.rows for cell in r)
        assert not any(cell.endswith("Ngân sách thứ tự") for r in t.rows for cell in r)


@pytest.mark.parametrize("tail", [
    "        huyện",    # starts in the label column: a heading's own second line
    "Huyện",            # capitalised
])
def test_other_lines_under_the_header_are_no_tail(tail):
    for t in tables(TABLE.format(head="Xã", last="Ngân sách", tail=tail, first="Xã Thanh Mỹ", second="Xã Hòa Lạc")):
        assert not any("Ngân sách huyện" == cell or "Ngân sách Huyện" == cell for r in t.rows for cell in r)


SHORT_ABOVE = """\
Đơn vị tính: triệu đồng

 TT     Xã
tỉnh

1      Xã Thanh Mỹ     50.100           33.200               16.900

2      Xã Hòa Lạc      41.200           27.300               13.900
"""


def test_header_not_over_the_amounts_takes_no_tail():
    for t in tables(SHORT_ABOVE):
        assert not any(cell.endswith("tỉnh") and cell != "tỉnh" for r in t.rows for cell in r)
