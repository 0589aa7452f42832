"""A table's code column printed so narrow that its heading breaks a letter a line, round R20 (G20's province
plan of the rural economy, .docx printed to PDF, pdftotext -layout; pdf-layout 0/3/0 budget items):

    T   Đơn vị           Giá trị sản    Thu nhập bình     Xã đạt
    T                    phẩm/ha        quân nông thôn    chuẩn nông
    1   Huyện Đông  142                 60                14

`grid._once` took a column's heading lines that repeat ("TT" over "TT", "Nội" / "dung" over "Nội" / "dung",
a header's rows each writing the heading whole) as the heading once; "T" over "T" is the heading "TT" broken a
letter a line, and read "T" the table had no code column's heading: its row numbers read as amounts (money of
one, two, three million). A column's lines that glue into a whole code heading ("TT", "STT") where the first
is not one whole are that heading.

Must-not rows: a heading written whole on each of the header's rows ("TT" / "TT", "STT" / "STT", "Nội" / "dung"
/ "Nội" / "dung") is still read once; a heading of letters that glue into no code heading ("A" / "A") stays
halved as before. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

TABLE = """\
(Chỉ tiêu theo từng xã tại Phụ lục kèm theo)
{c1}   Địa bàn          Sản lượng      Giá trị bình      Số hộ đạt
{c2}                    lúa/ha         quân/hộ           chuẩn
                        (tấn)          (triệu đồng)      (hộ)
{r1}   Xã Phú Lâm  {a1}                 {b1}                {n1}
{r2}   Xã Hòa Tân  {a2}                 {b2}                {n2}
{r3}   Xã Bình Yên {a3}                 {b3}                {n3}
IV. TỔ CHỨC THỰC HIỆN"""

ROWS = dict(r1="1", r2="2", r3="3", a1="6,8", a2="7,1", a3="5,9", b1="74", b2="81", b3="69",
            n1="420", n2="515", n3="388")


def header(c1: str, c2: str, **rows) -> list[str]:
    text = TABLE.format(c1=c1.ljust(1), c2=c2.ljust(1), **{**ROWS, **rows})
    found = grid.find_tables([segments(line) for line in text.split("\n")])
    assert len(found) == 1
    return found[0].rows[0]


@pytest.mark.parametrize("c1, c2, head", [
    ("T", "T", "TT"),            # must: the code heading a letter a line
    ("S", "TT", "STT"),          # (a break of three letters already read whole)
])
def test_code_heading_broken_a_letter_a_line(c1, c2, head):
    assert header(c1, c2)[0] == head


@pytest.mark.parametrize("rows", [
    dict(r1="4", r2="5", r3="6"),
    dict(r1="7", r2="8", r3="9", a1="12,4", b1="105", n1="1.020"),
])
def test_other_numbers_under_the_broken_heading(rows):
    assert header("T", "T", **rows)[0] == "TT"


@pytest.mark.parametrize("texts, once", [
    (["TT", "TT"], "TT"),                        # must-not: a heading written whole on each row, read once
    (["STT", "STT"], "STT"),
    (["Nội", "dung", "Nội", "dung"], "Nội dung"),
    (["A", "A"], "A"),                           # letters that make no code heading: halved as before
    (["T", "T"], "TT"),                          # must
    (["S", "T", "T"], "STT"),
])
def test_once(texts, once):
    from extractors.layout.wrap import cell_text
    assert cell_text("\n".join(grid._once(texts))) == once
