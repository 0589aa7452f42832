"""An amount table copied cell after cell (`pdftotext -raw`, a PDF viewer's copy) whose header names, each wrapped
in its narrow cell, came out interleaved: the first line holds each cell's first words ("TT Hợp phần Tổng Vốn vay
Vốn đối"), the lines under it the cells' next words in an order nothing tells ("số Ngân" / "hàng Thế" / "giới" /
"ứng"). Each later word goes where it makes more of the first line's words a column name the model knows ("Tổng" +
"số", "Vốn đối" + "ứng"), one to three words at a time ("trung" / "ương"); a word that makes none (a lender's name
after "Vốn vay") is left out (spaced_rows._interleaved_header). "Hợp phần" and "Tiểu dự án" name a label column.
The table was lost whole before (G36 halam's PDF dumps, round T68's leftover).

Must-not rows: a header that reads as it is, later words that complete no name, header words with no row under
them, keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import spaced_rows


def _table(text: str):
    lines = text.split("\n")
    found = spaced_rows.wrapped_table_at(lines, 0)
    return None if found is None else found[1]


MUST = [
    # a lender's name after "Vốn vay", the rest of "Tổng" and of "Vốn đối" on lines of their own
    ("""TT Hợp phần Tổng Vốn vay Vốn đối
cộng ADB
ứng
1 Hợp phần A: Nâng cấp
đê bao vùng trũng
520 410 110
2 Hợp phần B: Quản lý
dự án
64 - 64
Tổng cộng 584 410 174""",
     ["TT", "Hợp phần", "Tổng cộng", "Vốn vay", "Vốn đối ứng"], ["1", "Hợp phần A: Nâng cấp đê bao vùng trũng", "520", "410", "110"]),
    # two words that make a name only together ("trung" / "ương"), a label column named "Tiểu dự án"
    ("""STT Tiểu dự án Tổng Ngân sách Vốn
số trung
ương
khác
1 Tiểu dự án 1: Cấp nước
sinh hoạt xã Nậm Pồ
36,5 30,0 6,5
2 Tiểu dự án 2: Kè suối
Pá Há
22,8 18,4 4,4""",
     ["STT", "Tiểu dự án", "Tổng số", "Ngân sách trung ương", "Vốn khác"], ["1", "Tiểu dự án 1: Cấp nước sinh hoạt xã Nậm Pồ", "36,5", "30,0", "6,5"]),
    # a common label column's name, the lender's words after the counterpart's rest
    ("""TT Nội dung Tổng Vốn vay Vốn đối
số ứng
Ngân hàng
Phát triển
châu Á
1 Xây dựng trạm
bơm Bến Dầu
1.250 980 270
2 Đền bù giải
phóng mặt bằng
315 - 315""",
     ["TT", "Nội dung", "Tổng số", "Vốn vay", "Vốn đối ứng"], ["2", "Đền bù giải phóng mặt bằng", "315", "-", "315"]),
    # a line's words in the columns' order: "kinh phí" finishes the first name it can ("Tổng", not "Nguồn"), a
    # source's name known whole ("xã hội hóa") put after no column's first words but its own
    ("""TT Nội dung Tổng Ngân sách Nguồn
kinh phí nhà nước xã hội
hóa
1 Tuyên truyền
pháp luật
350 300 50
2 Tập huấn
viên chức
420 400 20""",
     ["TT", "Nội dung", "Tổng kinh phí", "Ngân sách nhà nước", "Nguồn xã hội hóa"], ["1", "Tuyên truyền pháp luật", "350", "300", "50"]),
]


@pytest.mark.parametrize("text, head, row", MUST)
def test_interleaved_header_names(text, head, row):
    rows = _table(text)
    assert rows is not None
    assert rows[0] == head
    assert row in rows[1:]


MUST_NOT = [
    # later words that complete no name: no table, as today
    """TT Nội dung Tổng Vốn vay Vốn đối
khu vực miền núi
1 Xây dựng trạm bơm
1.250 980 270
2 Đền bù giải phóng
315 - 315""",
    # header words with no row under them: a heading, then prose
    """TT Nội dung Tổng Vốn vay Vốn đối
số ứng
Các sở, ngành phối hợp thực hiện.""",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_not_a_table(text):
    assert _table(text) is None


def test_header_read_as_it_is_keeps_its_reading():
    # a header that reads whole on its lines is read as before (the interleaving is tried only where it does not)
    text = """TT Nội dung Tổng số Vốn vay Vốn đối ứng
1 Xây dựng trạm bơm
1.250 980 270
2 Đền bù giải phóng
315 - 315"""
    rows = _table(text)
    assert rows[0] == ["TT", "Nội dung", "Tổng số", "Vốn vay", "Vốn đối ứng"]
    assert rows[1] == ["1", "Xây dựng trạm bơm", "1.250", "980", "270"]
    assert spaced_rows._interleaved_header(text.split("\n"), 0) is None
