"""A small table by year printed from a PDF (pdftotext -layout) with no code column, between a note in brackets
and the text's next section, round R20 (G20's province exports plan, .pdf; pdf-layout lost two objectives and
the plan's two tasks):

    (Chỉ tiêu từng năm theo bảng dưới đây)
    Chỉ tiêu              Đơn vị      Năm       Năm        Năm
                                      2024      2025       2026
    Kim ngạch xuất    Triệu           2.900     3.250      3.600
    khẩu              USD
    ...
    II. NHIỆM VỤ, GIẢI PHÁP
    1. Hỗ trợ doanh nghiệp ...

`grid._header` went up into the note (one segment from the margin, over the label and the first amount column,
short of the amounts' end): its "đây)" read as a group heading over the years, the rest glued to "Chỉ tiêu".
A note wholly in brackets, whole on its line, of more than four words, is the text's, not a header cell. And the
table's rows went on into "II. NHIỆM VỤ, GIẢI PHÁP" (at the margin where the labels start: no code column),
glued to the last row's label, the section lost with its tasks. A Roman-numbered heading in capitals with no
number, no data line under it, after a row with its amounts, ends the table.

Must-not rows: a header cell in brackets of few words ("(triệu đồng)") stays the header's; a group row in
capitals whose amounts stand on the line under it ("II. CHI THƯỜNG XUYÊN" / "   ...  120  130  140") stays a
row; a heading in small letters or one with a number in it ("II. Năm 2025") is not taken for a section.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

TABLE = """\
c) Có {n} hợp tác xã tham gia sàn giao dịch nông sản.
{note}
Chỉ tiêu              Đơn vị      Năm       Năm        Năm
                                  {y1}      {y2}       {y3}
{l1}    Nghìn           {a1}     {a2}      {a3}
{w1}            tấn
{l2}    Nghìn           {b1}     {b2}      {b3}
{w2}            tấn
{after}
1. Hỗ trợ hợp tác xã tham gia hội chợ nông sản."""

ROW = dict(n="35", y1="2025", y2="2026", y3="2027", l1="Sản lượng cà ", w1="phê", l2="Sản lượng hồ ", w2="tiêu",
           a1="1.840", a2="1.960", a3="2.050", b1="720", b2="765", b3="810")


def tables(**over):
    text = TABLE.format(**{**ROW, "note": "(Chỉ tiêu từng năm theo bảng dưới đây)",
                           "after": "II. NHIỆM VỤ, GIẢI PHÁP", **over})
    return grid.find_tables([segments(line) for line in text.split("\n")])


@pytest.mark.parametrize("note", [
    "(Chỉ tiêu từng năm theo bảng dưới đây)",
    "(Các chỉ tiêu cụ thể theo bảng sau)",
    "(Chi tiết từng năm như bảng dưới đây):",  # (a colon: a sentence's end, read so on lead already)
])
def test_note_in_brackets_is_no_header(note):
    found = tables(note=note)
    assert len(found) == 1
    rows = found[0].rows
    assert rows[0] == ["Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2026", "Năm 2027"]
    assert not any("bảng" in cell for r in rows for cell in r)


@pytest.mark.parametrize("after", [
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
    "IV. TỔ CHỨC THỰC HIỆN",
])
def test_section_heading_ends_the_table(after):
    found = tables(after=after)
    rows = found[0].rows
    assert rows[-1][0] == "Sản lượng hồ tiêu"
    assert not any(after in cell for r in rows for cell in r)


def test_other_numbers():
    found = tables(y1="2030", y2="2031", y3="2032", a1="12.400", b1="96", after="V. KINH PHÍ THỰC HIỆN")
    rows = found[0].rows
    assert rows[0][0] == "Chỉ tiêu" and rows[-1][0] == "Sản lượng hồ tiêu"
    assert ["Sản lượng cà phê", "Nghìn tấn", "12.400", "1.960", "2.050"] in rows


# must-not: a short header cell in brackets stays the header's
def test_short_bracketed_cell_stays_in_the_header():
    text = """\
Chỉ tiêu              Đơn vị      Năm       Năm        Năm
(nhóm hàng)                       2025      2026       2027
Cà phê                Tấn         1.840     1.960      2.050
Hồ tiêu               Tấn         720       765        810
"""
    found = grid.find_tables([segments(line) for line in text.split("\n")])
    assert "(nhóm hàng)" in " ".join(found[0].rows[0])


@pytest.mark.parametrize("after, stays", [
    ("II. CHI THƯỜNG XUYÊN", True),       # a group row whose amounts come on the line under it
    ("II. Năm 2028", True),               # a number in it: not the text's section
    ("II. Chi thường xuyên", True),       # small letters
])
def test_group_rows_stay(after, stays):
    text = """\
Nội dung              Đơn vị      Năm       Năm        Năm
                                  2025      2026       2027
I. CHI ĐẦU TƯ         Triệu       1.840     1.960      2.050
{after}
                      Triệu       720       765        810
""".format(after=after)
    found = grid.find_tables([segments(line) for line in text.split("\n")])
    cells = [c for r in found[0].rows for c in r]
    assert any(after.split(". ")[1] in c for c in cells) == stays
