"""A budget table printed from Word and copied with its layout (`pdftotext -layout`) whose one amount column
stands between the label and a text column naming the fund ("TT  Nội dung  Kinh phí  Nguồn"), its labels
wrapping: with one amount a row it is no amount table (grid.find_tables wants two), and with one text heading
("Nội dung") no text table either; its rows were read as prose and every budget item lost (round R13: G12's
province plan's annex in pdf-layout, 4 items). A fund's column ("Nguồn", "Nguồn vốn") is a text heading
(grid.TEXT_HEADING), and a total with no code whose amount stands under a heading that names an amount
("Kinh phí", "Dự toán") left of the last column opens a row of its own. Must-not rows: one text heading only, a
total's amount under no amount heading, a wrapped label line starting "Tổng". Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

TABLE = """Đơn vị tính: triệu đồng

TT                 Nội dung            Kinh phí          Nguồn
1                  Hội thi tìm hiểu    640               Ngân sách tỉnh
                   pháp luật cấp
                   huyện
2                  Tập huấn cán bộ     1.275             Nguồn vốn sự
                   cơ sở                                 nghiệp
3                  In tài liệu         95                Ngân sách xã
{total}
IV. TỔ CHỨC THỰC HIỆN
"""


def tables(text: str) -> list[list[list[str]]]:
    return [b.rows for b in read_text(text)[0] if b.kind == "table"]


def test_fund_column_table_read():
    got = tables(TABLE.format(total="                   Tổng cộng           2.010"))
    assert got and got[0][0] == ["TT", "Nội dung", "Kinh phí", "Nguồn"]
    assert ["1", "Hội thi tìm hiểu pháp luật cấp huyện", "640", "Ngân sách tỉnh"] in got[0]
    assert ["2", "Tập huấn cán bộ cơ sở", "1.275", "Nguồn vốn sự nghiệp"] in got[0]
    assert got[0][-1] == ["", "Tổng cộng", "2.010", ""]


def test_fund_column_table_no_total():
    got = tables(TABLE.format(total=""))
    assert got and got[0][-1] == ["3", "In tài liệu", "95", "Ngân sách xã"]


@pytest.mark.parametrize("text", [
    TABLE.replace("Nguồn\n", "Ghi\n", 1).format(total=""),  # one text heading only
])
def test_not_read(text):
    assert not tables(text)


def test_total_amount_under_no_amount_heading():
    text = TABLE.replace("Kinh phí  ", "Số lượng  ", 1).format(total="                   Tổng cộng           2.010")
    got = tables(text)
    assert got and not any(r[1] == "Tổng cộng" for r in got[0])
