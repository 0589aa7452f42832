"""A cost table printed from a web page (pdftotext -layout): its heading cells over the amounts one space apart,
a blank line between rows, and a total of its last column only, round R19 (G18's school training plan, .html
printed to PDF: pdf-layout -4):

    TT           Nội dung chi              ĐVT    Số lượng Đơn giá Thành tiền

    1     Thù lao giảng viên          Buổi       6          800        4.800

    2     Tài liệu học tập            Bộ         64         45         2.880

          Tổng cộng                                                    11.520

`grid._header`, going up over the blank line under the header, took a line only when none of its segments held
more than four words (a sentence is no header), and "Số lượng Đơn giá Thành tiền" holds six: the header was
lost. A segment over the amounts whose words are all column names (spaced_rows.header_cells) is a header's
(`_column_names`). The total, one amount after a blank line, was no data line (two numbers), so the table ended
before it; a total's label and one amount under the last amount column is the table's row (`_lone_total`).

Must-not rows: a sentence over the amounts after a blank line stays out of the header; a line of a total's
label whose amount is not under the last column, or with words after the amount, ends the table. Texts and
numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

TABLE = """\
Dự trù kinh phí (Đơn vị tính: nghìn đồng):

{head}

1     Thuê xe đưa đón             Chuyến     4          1.500      6.000

2     Băng rôn khẩu hiệu          Cái        10         150        1.500

3     Nước uống, văn phòng phẩm   Người      150        15         2.250

{total}

V. TỔ CHỨC THỰC HIỆN"""

HEAD = "TT           Nội dung chi              ĐVT    {names}"
TOTAL = "      Tổng cộng                                                    9.750"


def tables(text: str):
    return grid.find_tables([segments(line) for line in text.split("\n")])


@pytest.mark.parametrize("names, first", [
    ("Số lượng Đơn giá Thành tiền", ["TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"]),
    ("Khối lượng Định mức Kinh phí", ["TT", "Nội dung chi", "ĐVT", "Khối lượng", "Định mức", "Kinh phí"]),
])
def test_heading_names_one_space_apart(names, first):
    found = tables(TABLE.format(head=HEAD.format(names=names), total=TOTAL))
    assert len(found) == 1
    rows = found[0].rows
    assert " ".join(rows[0]).split() == " ".join(first).split()
    assert ["1", "Thuê xe đưa đón", "Chuyến", "4", "1.500", "6.000"] in rows


def test_total_of_the_last_column_is_the_last_row():
    found = tables(TABLE.format(head=HEAD.format(names="Số lượng Đơn giá Thành tiền"), total=TOTAL))
    assert found[0].rows[-1] == ["", "Tổng cộng", "", "", "", "9.750"]


def test_sentence_over_the_amounts_is_no_header():
    head = "Các khoản chi dưới đây được lập theo định mức hiện hành của tỉnh năm nay"
    for t in tables(TABLE.format(head=head, total=TOTAL)):
        assert not any("định mức hiện hành" in cell for r in t.rows for cell in r)


@pytest.mark.parametrize("total", [
    "      Tổng cộng                            9.750",                          # under a middle column
    "      Tổng cộng                                                    9.750 đồng chẵn",  # words after it
])
def test_other_total_lines_end_the_table(total):
    found = tables(TABLE.format(head=HEAD.format(names="Số lượng Đơn giá Thành tiền"), total=total))
    assert all(r[1] != "Tổng cộng" for t in found for r in t.rows)
