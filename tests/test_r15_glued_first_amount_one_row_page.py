"""An amount table (`pdftotext -layout`) whose label column is so narrow that each row's first amount stands one
space after its label, and a page break falls inside the first row, round R15 (G12's commune plan as pdf-layout,
-6 +3 budget items; the shape R13 left):

    TT          Nội dung   Tổng         Ngân        Ngân      Nhân dân
                                        sách tỉnh   sách xã   đóng góp
    1           Nâng cấp 1.800          1.200       400       200
                đường ...
    <page break>
             Đông
    2        Xây dựng 950            600        250       100
             nhà văn ...
             Tổng     2.750          1.800      650       300

`grid._glued_first_amounts` wanted two rows on a page whose glued amounts line up: page 1 holds one row, and
page 2's glued "950" (no thousands group) stands over the total's "2.750" set in a cell of its own. A one-row
page now takes its header's heading that starts over the glued amount ("Tổng" over "1.800") as the column, and
a page where some rows run their label into the amount and the others hold it in a cell of its own, all at one
x and left of their next amounts, takes that x as a column (`_lined_up`).

Must-not rows: a one-row page with no heading over the label's last number, a label's short number ("thôn 3")
over another row's amount, a glued number not in line with the other row's first amount. Names and numbers
invented."""

from __future__ import annotations

import pytest

from tests.test_layout_number_tables import at, tables

HEAD = [at((0, "TT"), (12, "Nội dung"), (23, "Tổng"), (36, "Vốn"), (48, "Vốn"), (58, "Xã hội")),
        at((36, "tỉnh"), (48, "huyện"), (58, "hóa"))]


def test_a_one_row_page_and_a_next_page_of_glued_and_own_amounts():
    lines = HEAD + [
        at((0, "1"), (12, "Kiên cố 2.600"), (36, "1.500"), (48, "700"), (58, "400")),
        at((12, "kênh")),
        at((12, "mương")),
        "\f" + at((9, "Bắc")),
        at((0, "2"), (9, "Lát sân 740"), (33, "300"), (44, "240"), (54, "200")),
        at((9, "trường")),
        at((9, "Tổng"), (18, "3.340"), (33, "1.800"), (44, "940"), (54, "600")),
        at((9, "cộng")),
        "",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    [rows] = tables(lines)
    assert rows[0][:3] == ["TT", "Nội dung", "Tổng"]
    assert rows[1:] == [["1", "Kiên cố kênh mương Bắc", "2.600", "1.500", "700", "400"],
                        ["2", "Lát sân trường", "740", "300", "240", "200"],
                        ["", "Tổng cộng", "3.340", "1.800", "940", "600"]]


@pytest.mark.parametrize("why, lines, label", [
    ("no heading over the label's number",
     [at((0, "TT"), (12, "Nội dung"), (36, "Vốn"), (48, "Vốn"), (58, "Xã hội")),
      at((0, "1"), (12, "Kiên cố 2.600"), (36, "1.500"), (48, "700"), (58, "400"))], "Kiên cố 2.600"),
    ("a label's short number over another row's amount",
     HEAD[:1] + [at((0, "1"), (9, "Nạo vét thôn 3"), (33, "300"), (44, "240"), (54, "200")),
                 at((0, "2"), (9, "Cấp nước"), (22, "5"), (33, "1.800"), (44, "940"), (54, "600"))], "Nạo vét thôn 3"),
    ("a glued number off the other row's amount",
     HEAD[:1] + [at((0, "1"), (9, "Lát sân 740"), (33, "300"), (44, "240"), (54, "200")),
                 at((0, "2"), (9, "Đường"), (26, "3.340"), (33, "1.800"), (44, "940"), (54, "600"))], "Lát sân 740"),
])
def test_no_column_cut_from_the_label(why, lines, label):
    found = tables(lines)
    assert found and any(r[1] == label for r in found[0]), why
