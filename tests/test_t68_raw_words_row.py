"""An amount or indicator table copied out of its PDF cell after cell (`pdftotext -raw`, a PDF library's text) with
a row whose cells hold words, not amounts ("Duy trì mức độ 2", "Hoàn thành" under each year), its narrow cells a word
or two a line: a row of its own, its words in its label, and the rows after it read on (they were lost: the row's
lines ran past the label's limit waiting for amounts). A group row at the table's end that no row follows (the
document's next heading, "III. NHIỆM VỤ", over its first numbered paragraph) is the text after the table.

Must-not rows: a table without such a row, a table ending at its last row before a heading, keep today's reading."""

from __future__ import annotations

from extractors.layout.spaced_rows import tables

HEAD = """T
T
Chỉ tiêu Đơn
vị
tính
Kế hoạch các năm
Năm
2027
Năm
2028
Năm
2029
"""

ROWS = """1 Tỷ lệ hộ dùng nước
sạch
% 88 90 92
2 Xây dựng bộ chỉ số
cải cách hành chính
Mức
độ
Hoàn
thành
Duy
trì
Duy
trì
3 Số hợp tác xã kiểu
mới thành lập
HTX 4 5 6
4 Tỷ lệ thôn có nhà
văn hóa đạt chuẩn
% 75 80 85
"""

AFTER = """III. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng nông thôn gắn với chương trình mục tiêu quốc gia
Ủy ban nhân dân xã chủ trì rà soát, lập danh mục công trình cần đầu tư năm 2027.
"""


def _body(text: str) -> list[list[str]]:
    found = tables(text.splitlines(), set())
    assert len(found) == 1
    return [r for r in found[0][2] if r[0][:1].isdigit()]


def test_words_row_read_on():
    body = _body(HEAD + ROWS + AFTER)
    assert [r[0] for r in body] == ["1", "2", "3", "4"]
    assert body[1][1].startswith("Xây dựng bộ chỉ số cải cách hành chính")
    assert body[2][1:] == ["Số hợp tác xã kiểu mới thành lập", "HTX", "4", "5", "6"]
    assert body[3][1:] == ["Tỷ lệ thôn có nhà văn hóa đạt chuẩn", "%", "75", "80", "85"]


def test_plain_table():
    # must not: a table with amounts in every row
    rows = ROWS.replace("""Mức
độ
Hoàn
thành
Duy
trì
Duy
trì
""", "Bộ 1 1 1\n")
    body = _body(HEAD + rows + "Tổng hợp chung các chỉ tiêu trên được theo dõi hằng năm.\n")
    assert [r[0] for r in body] == ["1", "2", "3", "4"]
    assert body[1][1:] == ["Xây dựng bộ chỉ số cải cách hành chính", "Bộ", "1", "1", "1"]


def test_heading_after_no_row():
    # the next heading over its first numbered paragraph: no group row of the table
    rows = tables((HEAD + ROWS + AFTER).splitlines(), set())[0][2]
    assert rows[-1][0] == "4"


def test_words_row_first():
    # the table's first row holds words ("Tốp 10" under each year): a row of its own too
    text = """STT Chỉ tiêu Đơn vị tính Năm 2028 Năm 2029 Năm 2030
1 Xếp hạng chỉ số
cải cách hành chính
Hạng
Tốp
10
Tốp
8
Tốp
5
2 Tỷ lệ hồ sơ trực
tuyến toàn trình
% 60 70 80
3 Tỷ lệ thanh toán
trực tuyến
% 45 55 65
"""
    body = _body(text)
    assert [r[0] for r in body] == ["1", "2", "3"]
    assert body[0][1].startswith("Xếp hạng chỉ số cải cách hành chính")
    assert body[1][1:] == ["Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", "70", "80"]
