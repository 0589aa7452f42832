"""A project table copied cell after cell (`pdftotext -raw`, a PDF viewer's copy) with a place's and a time's columns
between the label and the amounts ("TT Danh mục dự án Địa điểm" / "xây dựng" / "Thời" / "gian" / "KC-HT" / "Tổng" /
"mức" / "đầu tư" ...): the header read with those columns (spaced_rows._text_cells), each row's years its last words
("2026-" / "2029", "2027 - 2030"), its place from its last word naming a place's level in capitals ("Huyện", "Xã",
"Phường", "Thị trấn" ...), the rest its label (spaced_rows._place_and_time). The table was lost whole before (G32
tanlinh's PDF dumps, round T68's leftover).

Must-not rows: a group's row (its name alone), a label whose place's level is in lower case ("liên xã"), a table with
no such columns, a place column after the amounts, keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows


def _table(text: str):
    found = spaced_rows.wrapped_table_at(text.split("\n"), 0)
    return None if found is None else found[1]


TABLE = """STT Tên dự án Địa điểm
thực hiện
Thời
gian
thực hiện
Tổng
vốn
Ngân
sách
tỉnh
I Hạ tầng đô thị 845,0 610,5
1 Nâng cấp đường
liên xã Hòa Bình -
Suối Cát
Thị trấn
Ngàn Sơn
2027 - 2030
512,6 380,0
2 Hồ điều hòa
khu dân cư số 3
Các xã
phía Nam
2028-
2029
332,4 230,5
3 Trạm cấp nước
xã Khe Mây
Xã Khe
Mây
2027-
2028
96,0 75,0"""


def test_place_and_time_columns():
    rows = _table(TABLE)
    assert rows is not None
    assert rows[0] == ["STT", "Tên dự án", "Địa điểm thực hiện", "Thời gian thực hiện", "Tổng vốn", "Ngân sách tỉnh"]
    assert rows[1] == ["I", "Hạ tầng đô thị", "", "", "845,0", "610,5"]
    assert rows[2] == ["1", "Nâng cấp đường liên xã Hòa Bình - Suối Cát", "Thị trấn Ngàn Sơn", "2027-2030", "512,6", "380,0"]
    assert rows[3] == ["2", "Hồ điều hòa khu dân cư số 3", "Các xã phía Nam", "2028-2029", "332,4", "230,5"]
    assert rows[4] == ["3", "Trạm cấp nước xã Khe Mây", "Xã Khe Mây", "2027-2028", "96,0", "75,0"]


@pytest.mark.parametrize("label, kinds, want", [
    # cut: the years last, the place from its level's word in capitals
    ("Kè sông Mã Huyện Lam Sơn 2026-2029", ["place", "time"], ["Kè sông Mã", "Huyện Lam Sơn", "2026-2029"]),
    ("Cầu Bản Nà Phường Đông Hà 2027 - 2028", ["place", "time"], ["Cầu Bản Nà", "Phường Đông Hà", "2027-2028"]),
    ("Chợ đầu mối Thành phố Hải Lâm", ["place"], ["Chợ đầu mối", "Thành phố Hải Lâm"]),
    # not cut: a group's name, a level in lower case, a year alone (no range)
    ("Nông nghiệp, thủy lợi", ["place", "time"], ["Nông nghiệp, thủy lợi", "", ""]),
    ("Đường liên xã Tân Mỹ", ["place", "time"], ["Đường liên xã Tân Mỹ", "", ""]),
    ("Trường mầm non năm 2027", ["time"], ["Trường mầm non năm 2027", ""]),
])
def test_place_and_time_of_a_label(label, kinds, want):
    assert spaced_rows._place_and_time(label, kinds) == want


def test_no_text_columns_keeps_reading():
    text = """TT Danh mục dự án Tổng
mức
đầu tư
Kế hoạch
vốn giai
đoạn
2026 - 2030
1 Đường tỉnh 209
đoạn qua Xã Bình An
1.245,6 986,2
2 Cầu Suối Lớn
612,4 498,7"""
    rows = _table(text)
    assert rows[0] == ["TT", "Danh mục dự án", "Tổng mức đầu tư", "Kế hoạch vốn giai đoạn 2026 - 2030"]
    assert rows[1] == ["1", "Đường tỉnh 209 đoạn qua Xã Bình An", "1.245,6", "986,2"]


def test_place_after_the_amounts_is_no_header():
    # the place's column after the amounts: not read as text columns (the header is none the reader knows)
    assert spaced_rows._text_cells("TT Danh mục dự án Tổng mức đầu tư Kế hoạch vốn Địa điểm xây dựng") is None


def test_time_before_place():
    # the time's column first, the place's after it: each cut off the label's end from the last
    assert spaced_rows._place_and_time("Nhà văn hóa thôn 3 2026-2027 Xã Yên Lạc", ["time", "place"]) == \
        ["Nhà văn hóa thôn 3", "2026-2027", "Xã Yên Lạc"]


def test_place_and_time_under_an_interleaved_header():
    # the amount columns' names wrapped and interleaved ("Tổng mức" ... / "đầu tư năm 2027"): "đầu tư" finishes
    # "Tổng mức", not "Địa điểm" (which it would make a name too, the first line's words left unknown)
    text = """STT Tên công trình Địa điểm Thời gian Tổng mức Kế hoạch vốn
đầu tư năm 2027
1 Nhà văn hóa
trung tâm
Thị trấn
Phú Lộc
2026-2027
12,5 8,0
2 Trạm y tế
Xã An
Hòa
2027 - 2028
9,6 6,0"""
    rows = _table(text)
    assert rows[0] == ["STT", "Tên công trình", "Địa điểm", "Thời gian", "Tổng mức đầu tư", "Kế hoạch vốn năm 2027"]
    assert rows[1] == ["1", "Nhà văn hóa trung tâm", "Thị trấn Phú Lộc", "2026-2027", "12,5", "8,0"]
    assert rows[2] == ["2", "Trạm y tế", "Xã An Hòa", "2027-2028", "9,6", "6,0"]
