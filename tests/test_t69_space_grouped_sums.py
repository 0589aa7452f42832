"""An amount table copied cell after cell (`pdftotext -raw`, a PDF viewer's copy) whose amounts have their thousands
set apart by spaces ("9 600 2 400 800 2 400 800"), the first amount column a total: each row's words cut into the
amounts whose first is the sum of the others, as many as most rows' one such cut has; a total a narrow cell broke
("14" / "700" over the row's other amounts) its label's last words taken back; a row with fewer amounts (empty cells
the copy left out: which ones nothing tells) keeps its total alone (spaced_rows._split_by_sums). The table was
refused before (G29 quangkhe's PDF dumps, round T68's leftover).

Must-not rows: a table with no total column first, a row whose words cut two ways that both sum up, a table whose
rows fit the header keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows


def _table(text: str):
    found = spaced_rows.wrapped_table_at(text.split("\n"), 0)
    return None if found is None else found[1]


HEAD_YEARS = """STT Nội
dung
Tổng
số
Năm
2027
Năm
2028
NSTW NS tỉnh NSTW NS tỉnh"""

MUST = [
    # two years by two sources, a total first; the third row's total broken in its narrow cell
    (HEAD_YEARS + """
1 Trồng
rừng ven
biển
12 400 3 500 2 700 3 500 2 700
2 Sửa
chữa đê
kè
7 260 1 800 1 830 1 800 1 830
3 Nạo
vét
kênh
10
350
2 600 2 575 2 600 2 575""",
     [["1", "Trồng rừng ven biển", "12 400", "3 500", "2 700", "3 500", "2 700"],
      ["2", "Sửa chữa đê kè", "7 260", "1 800", "1 830", "1 800", "1 830"],
      ["3", "Nạo vét kênh", "10 350", "2 600", "2 575", "2 600", "2 575"]]),
    # a row with fewer amounts than the columns (its empty cells left out): its total alone; the total's row read too
    ("""TT Nội dung Tổng cộng Ngân sách tỉnh Ngân sách huyện Xã hội hóa
1 Xây dựng
nhà văn hóa
1 450 900 350 200
2 Tập huấn
cán bộ
610 610
3 Hỗ trợ
mô hình
2 300 1 100 700 500
Tổng cộng 4 360 2 610 1 050 700""",
     [["1", "Xây dựng nhà văn hóa", "1 450", "900", "350", "200"],
      ["2", "Tập huấn cán bộ", "610", "", "", ""],
      ["3", "Hỗ trợ mô hình", "2 300", "1 100", "700", "500"],
      ["", "Tổng cộng", "4 360", "2 610", "1 050", "700"]]),
]


@pytest.mark.parametrize("text, body", MUST)
def test_amounts_cut_by_their_sums(text, body):
    rows = _table(text)
    assert rows is not None
    assert [r for r in rows if r[0] in ("1", "2", "3", "")] == body


MUST_NOT = [
    # no total column first: nothing tells where one amount ends
    """TT Nội dung Năm 2027 Năm 2028 Năm 2029
1 Trồng rừng ven biển
3 500 2 700 1 200
2 Sửa chữa đê kè
1 800 1 830 2 100""",
    # totals that sum up no cut: as today, no table
    """TT Nội dung Tổng số Ngân sách tỉnh Ngân sách huyện
1 Xây dựng nhà văn hóa
1 450 900 300
2 Hỗ trợ mô hình
2 300 1 100 700""",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_not_read(text):
    assert _table(text) is None


def test_rows_that_fit_the_header_keep_their_reading():
    # amounts under a thousand, as many as the header names: read as before, no sums asked
    text = """TT Nội dung Tổng số Ngân sách tỉnh Ngân sách huyện
1 Xây dựng nhà văn hóa
450 300 100
2 Hỗ trợ mô hình
300 100 700"""
    rows = _table(text)
    assert rows[1] == ["1", "Xây dựng nhà văn hóa", "450", "300", "100"]
    assert rows[2] == ["2", "Hỗ trợ mô hình", "300", "100", "700"]
