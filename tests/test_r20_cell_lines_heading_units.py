"""A table flattened a cell a line whose column headings carry their units in brackets, round R20 (G20's province
rural-economy plan, .docx made a web page and read by readability: readability-md 0/6/0 objectives, the table's
headings and district names read as objectives):

    TT
    Đơn vị
    Giá trị sản phẩm/ha (triệu đồng)
    Thu nhập bình quân nông thôn (triệu đồng/người/năm)
    Xã đạt chuẩn nông thôn mới (xã)
    1
    Huyện ...

`cell_lines._cells_table` took a heading line only up to 40 characters (a heading is short, prose is not); a
heading's unit in brackets at its end ("(triệu đồng/người/năm)") made it 51 and the table was not read. A heading is
measured without its unit in brackets (at most 30 characters).

Must-not rows: a prose line under the ordinal heading is still no heading, whatever brackets it ends in; a note all
in brackets is measured whole; a row with a cell lost still leaves the text as it is. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

ROWS = ["1", "Thị xã Bình Sơn", "96", "47", "8",
        "2", "Huyện Lạc Yên", "88", "43", "12",
        "3", "Huyện Phù Khê", "91", "45", "10"]


def piped(heads: list[str], rows: list[str] = ROWS) -> list[str]:
    text = "(Chỉ tiêu từng địa phương tại Biểu kèm theo)\n\n" + "\n".join(["TT", *heads, *rows]) \
        + "\n\nIII. KINH PHÍ THỰC HIỆN\n"
    out = tables_from_cell_lines(text)
    return [line for line in out.split("\n") if line.startswith("| ")]


CASES = [
    ("must: a unit of people a year", ["Địa phương", "Sản lượng cá/ha (tấn)",
                                       "Thu nhập bình quân khu vực ven biển (triệu đồng/người/năm)", "Xã đạt chuẩn (xã)"], 4),
    ("must: units on every heading", ["Đơn vị hành chính cấp huyện (đơn vị)", "Diện tích cây ăn quả tập trung (ha)",
                                      "Giá trị xuất khẩu nông sản bình quân (triệu USD)", "Số hợp tác xã kiểu mới (HTX)"], 4),
    ("must not: prose ending in brackets", ["Địa phương",
                                            "Các huyện rà soát, bổ sung chỉ tiêu của địa phương mình cho phù hợp (nếu có)",
                                            "Giá trị (tỷ đồng)", "Số xã (xã)"], 0),
    ("must not: a long note all in brackets", ["(Các chỉ tiêu dưới đây được giao cho từng huyện, thị xã theo năm)",
                                               "Giá trị (tỷ đồng)", "Thu nhập (triệu đồng)", "Số xã (xã)"], 0),
]


@pytest.mark.parametrize("why, heads, n", CASES, ids=[c[0] for c in CASES])
def test_headings_with_units(why, heads, n):
    rows = piped(heads)
    assert len(rows) == n
    if n:
        assert rows[0].count("|") == 6 and "Huyện Lạc Yên" in rows[2]


def test_row_with_a_cell_lost_still_left():
    heads = ["Địa phương", "Sản lượng cá/ha (tấn)", "Thu nhập bình quân khu vực ven biển (triệu đồng/người/năm)",
             "Xã đạt chuẩn (xã)"]
    assert piped(heads, ROWS[:3] + ROWS[4:]) == []  # (row 1's third amount lost: the next number inside it)
