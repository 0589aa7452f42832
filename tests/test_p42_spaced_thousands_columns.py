"""A budget table whose amounts set their thousands apart by a space ("9 600", "2 400"), as `pdftotext -layout`
lays out a PDF of narrow columns (a Markdown plan printed by LibreOffice): each amount is a cell of its own, wide
apart from the next, and an amount too wide for its cell wraps at that space ("14" / "700" of "14 700", under
the row's wrapped label). The amount stays whole (grid.NUMBER takes "9 600"; split_number_runs leaves it whole
where the line's other amounts stand apart), and a wrapped one is finished by its rest on the next line
(_finishes_amounts: in a table that sets thousands so). Before, each "9 600" was two amounts, 9 and 600, and every
row's figures moved a column (g29's plan as pdf-layout: 48/93/71). Found by the renditions (round P42); names and
numbers invented; must and must-not rows (a text that sets any amount's thousands with a stop splits its spaced
runs as before: "400 300" beside "900" are narrow cells)."""

from __future__ import annotations

import pytest

from extractors.layout.grid import split_number_runs
from extractors.layout.text import read_text

TEXT = """\
Đơn vị tính: triệu đồng
TT   Nội      Tổng    Năm             Năm
     dung     cộng    2027            2028
                      NSTW    NSĐP    NSTW    NSĐP
1    Xây      8 400   3 200   1 000   3 200   1 000
     dựng hồ
     chứa
2    Kè       5 250           2 625           2 625
     sông
3    Tập      12      4 000   2 100   4 000   2 100
     huấn     200
     dân
     quân
     Tổng     25      7 200   5 725   7 200   5 725
     cộng     850

III. TỔ CHỨC THỰC HIỆN
"""


def _rows(text: str) -> list[list[str]]:
    blocks, _ = read_text(text)
    return [row for b in blocks if b.kind == "table" for row in b.rows]


def test_spaced_amounts_stay_whole_in_their_columns():
    rows = _rows(TEXT)
    # must: each amount whole, in its column
    assert ["1", "Xây dựng hồ chứa", "8 400", "3 200", "1 000", "3 200", "1 000"] in rows
    assert ["2", "Kè sông", "5 250", "", "2 625", "", "2 625"] in rows


def test_an_amount_wrapped_at_its_space_is_finished():
    rows = _rows(TEXT)
    # must: "12" / "200" is 12 200, the label's lines one label; the total row's "25" / "850" too
    assert ["3", "Tập huấn dân quân", "12 200", "4 000", "2 100", "4 000", "2 100"] in rows
    assert any(r[1:3] == ["Tổng cộng", "25 850"] for r in rows)


@pytest.mark.parametrize("segs, texts", [
    # must: a spaced amount beside other amounts set apart: whole
    ([(0, 4, "1"), (10, 15, "Xây"), (20, 25, "8 400"), (30, 35, "3 200"), (40, 44, "900")],
     ["1", "Xây", "8 400", "3 200", "900"]),
    # must not: amounts with stops one space apart in one segment (narrow columns set one space apart): split
    ([(0, 4, "1"), (10, 15, "Xây"), (20, 40, "8.400 3.200 900")], ["1", "Xây", "8.400", "3.200", "900"]),
    # must not: a line whose only amount-like segment is "12 450" (two narrow cells or one amount: nothing tells):
    # split as before
    ([(0, 4, "1"), (10, 15, "Lớp học"), (20, 26, "12 450")], ["1", "Lớp học", "12", "450"]),
])
def test_split_number_runs(segs, texts):
    assert [s[2] for s in split_number_runs(segs)] == texts


def test_a_text_with_stops_splits_its_spaced_runs():
    # must not: where the text sets thousands with stops, "400 300" beside "900" are narrow cells one space apart
    segs = [(0, 4, "2"), (10, 15, "Đào tạo"), (20, 24, "900"), (30, 40, "400 300"), (45, 52, "1.500")]
    assert [s[2] for s in split_number_runs(segs, spaced_thousands=False)] == ["2", "Đào tạo", "900", "400", "300", "1.500"]
    text = TEXT.replace("8 400", "8.400")  # one amount with a stop: the others' spaces part cells again
    assert not any("3 200" in cell for r in _rows(text) for cell in r)


def test_a_small_amount_under_a_dotted_table_starts_its_own_row():
    # must not: in a table whose thousands are set with stops, "700" under "14" is a row of its own
    text = ("TT   Nội dung          Số lượng   Kinh phí\n1    Tập huấn          14         2.800\n"
            "     Hội nghị          700        1.400\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    rows = _rows(text)
    assert not any("14 700" in cell for r in rows for cell in r)
