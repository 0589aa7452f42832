"""An amount table laid out in spaces where one row's label is squeezed left and runs into its first amount
one space after it ("Huyện Sơn Hạ 640.000" over "380.000   260.000   118.000"), that amount starting left of
its column (`pdftotext -layout` sets a line tighter when its label is long): with the line one amount short
of the columns and the label's last word an amount in thousands groups, that word is the first amount
(extractors.layout.grid._unglued_amounts). Must-match and must-not-match rows; invented tables."""

import pytest

from extractors.layout.text import read_text
from tests.spaced_lines import at


HEADER = [at((0, "TT"), (4, "Đơn vị"), (22, "Tổng số"), (35, "NSTW"), (46, "NSĐP"), (56, "Năm 2027")), ""]


def table(rows: list[str]) -> list[list[str]]:
    text = "\n".join(["Đơn vị tính: triệu đồng"] + HEADER + rows + ["", "Điều 2. Tổ chức thực hiện."]) + "\n"
    blocks, _ = read_text(text)
    found = [b.rows for b in blocks if b.kind == "table"]
    assert len(found) == 1, found
    return found[0]


ROW1 = at((0, "1"), (4, "Thị xã Bình Lục"), (22, "910.000"), (35, "420.000"), (46, "490.000"), (56, "170.000"))
ROW3 = at((0, "3"), (4, "Huyện Mỹ Hòa"), (21, "455.000"), (35, "300.000"), (46, "155.000"), (56, "88.000"))
TOTAL = at((4, "Tổng cộng"), (21, "2.085.000"), (35, "1.100.000"), (46, "985.000"), (56, "378.000"))

MUST = [
    ("a grouped amount run into a squeezed label, the line one amount short",
     [ROW1, at((0, "2"), (4, "Huyện Yên Hà 720.000"), (35, "380.000"), (46, "340.000"), (56, "120.000")),
      ROW3, TOTAL],
     ["2", "Huyện Yên Hà", "720.000", "380.000", "340.000", "120.000"]),
]

MUST_NOT = [
    ("a line one amount short whose label ends in a word leaves the first amount empty",
     [ROW1, at((0, "2"), (4, "Trường Kim Đồng"), (35, "380.000"), (46, "340.000"), (56, "120.000")), ROW3, TOTAL],
     ["2", "Trường Kim Đồng", "", "380.000", "340.000", "120.000"]),
    ("a label ending in a grouped number on a line with all its amounts keeps it",
     [ROW1, at((0, "2"), (4, "Kênh tưới 1.200"), (22, "720.000"), (35, "380.000"), (46, "340.000"), (56, "120.000")),
      ROW3, TOTAL],
     ["2", "Kênh tưới 1.200", "720.000", "380.000", "340.000", "120.000"]),
]


@pytest.mark.parametrize("what,rows,want", MUST + MUST_NOT, ids=[m[0] for m in MUST + MUST_NOT])
def test_row_two(what, rows, want):
    found = table(rows)
    assert found[2] == want, found
