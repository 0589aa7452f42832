"""An amount a narrow cell cut inside a group, the rest of that group and the amount's further groups on the
cell's next line, round R16 (G15's commune plan whose budget table has narrow amount columns, Word file to PDF:
lo-pdf -1, pdf-layout -4 +4):

    3        Vận       40.000.0      -           40.000.0   -
             chuyển    00                        00
             vật liệu
             Tổng      1.080.00      800.000.    136.000.   144.000.
             cộng      0.000         000         000        000

"1.080.00" / "0.000" is one amount, 1.080.000.000: the cell wrapped inside its third group, and the line below
holds that group's end ("0") and the last group (".000"). `wrap.glue` joined such a cut only when the line below
was the group's end alone ("5.46" / "0"), so the PDF's cell read "1.080.00 0.000"; and `grid._finishes_amounts`
(pdftotext -layout) took the line below as a row of its own ("cộng | 0.000 | 000 | ...", four totals of 0). Both
now take the group's end followed by whole groups (`normalizers.numbers.finishes_cut_amount`).

Must-not rows: a whole amount over another ("12.000" / "0.000"), the cut group overfilled ("1.080.00" /
"00.000"), a decimal over a decimal ("5.46" / "0.5"), digits and words ("0.000 hộ"), the rest's own last group
cut ("3.07" / "15.000.0"). Texts and numbers
invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text
from extractors.layout.wrap import glue


@pytest.mark.parametrize("prev, nxt, want", [
    ("1.080.00", "0.000", "1.080.000.000"),
    ("2.365.4", "50.000", "2.365.450.000"),
    ("47.5", "00.000.000", "47.500.000.000"),
    ("Tổng cộng 9.12", "5.000", "Tổng cộng 9.125.000"),
    ("5.46", "0", "5.460"),  # (as before: the group's end alone)
])
def test_cut_group_with_further_groups_glued(prev, nxt, want):
    assert glue(prev, nxt) == want


@pytest.mark.parametrize("prev, nxt", [
    ("12.000", "0.000"),  # a whole amount: two amounts
    ("1.080.00", "00.000"),  # the cut group would have four digits
    ("5.46", "0.5"),  # a decimal: no thousands group after the dot
    ("1.080.00", "0.000 hộ"),  # words after the digits: not an amount's rest
    ("3.07", "15.000.0"),  # the rest's own last group is cut
])
def test_not_glued(prev, nxt):
    assert glue(prev, nxt) == f"{prev} {nxt}"


TABLE = """\
TT          Nội dung   Tổng số   Ngân        Ngân       Nhân dân
                                 sách tỉnh   sách xã    đóng góp
1        Sửa chữa  {a1}        {b1}    {c1}   {d1}
         cầu treo  {a2}           {b2}           {c2}         {d2}
2        Nạo vét   35.000.0      -           35.000.0   -
         kênh      00                        00
         Tổng      {t1}      {u1}    {v1}   {w1}
         cộng      {t2}         {u2}         {v2}        {w2}
IV. TỔ CHỨC THỰC HIỆN
"""


def rows(**cells) -> list[list[str]]:
    blocks, _ = read_text(TABLE.format(**cells))
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    return tables[0]


def test_total_cut_inside_group_is_one_row():
    got = rows(a1="615.000.", a2="000", b1="492.000.", b2="000", c1="61.500.0", c2="00", d1="61.500.0", d2="00",
               t1="1.650.00", t2="0.000", u1="492.000.", u2="000", v1="96.500.0", v2="00", w1="61.500.0", w2="00")
    assert got[-1] == ["", "Tổng cộng", "1.650.000.000", "492.000.000", "96.500.000", "61.500.000"]


def test_row_of_whole_amounts_stays_a_row():
    # the line under the total holds whole amounts: a row of its own, as before
    got = rows(a1="615.000.", a2="000", b1="492.000.", b2="000", c1="61.500.0", c2="00", d1="61.500.0", d2="00",
               t1="1.650.000", t2="3.000", u1="492.000", u2="1.000", v1="96.500", v2="2.000", w1="61.500", w2="5.000")
    assert ["", "Tổng", "1.650.000", "492.000", "96.500", "61.500"] in got
