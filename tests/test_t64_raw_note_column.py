"""An amount table with a note column last ("Ghi chú") copied out of its PDF cell after cell (`pdftotext -raw`, a
PDF library's text): the header's top names first, the note's among them before the names under a group ("Tổng" /
"số" / "Trong đó" / "Ghi chú" / "NS tỉnh" / "NS huyện"), then each row's code and label, its amounts and its note's
first words on one line, the note's rest wrapped under it ("Gồm 35 triệu" / "đồng chuyển" / "nguồn"). Read: the note a
column of its own after the amounts (the group's name over the columns under it), each row's amounts where they are;
a share in a label before its amounts ("Dự phòng 10% 90 60 30") the label's own.

Must-not rows: a table with no note column keeps today's reading (a capital word after a row's amounts there is no
note), a note column's row with no note reads an empty note."""

from __future__ import annotations

import pytest

from extractors.layout.spaced_rows import tables

RAW = """Đơn vị tính: triệu đồng
T
T
Nội dung chi Tổng
số
Trong đó Ghi chú
NS tỉnh
NS
huyện
1 Mua sắm trang thiết bị 640 400 240 Gồm 35 triệu
đồng chuyển
nguồn
2 Sửa chữa nhà văn
hóa các thôn
820 500 320
3 Tập huấn cán bộ 150 100 50 Hai lớp
4 Dự phòng 10% 90 60 30
Tổng cộng 1.700 1.060 640
IV. TỔ CHỨC THỰC HIỆN
"""

# a PDF library's text of one level: the note's name last, a cell's wrapped lines keep the space they wrapped at
TEXT = """TT Nội dung Kinh phí Năm 2028 Năm 2029 Ghi chú
1 Số hóa hồ sơ lưu trữ 1.200 700 500 Theo Đề án số 
12/ĐA-UBND
2 Nâng cấp phần mềm một cửa 380 380 - 
3 Đào tạo kỹ năng số 260 120 140 Phối hợp 
Trường Chính trị
Tổng cộng 1.840 1.200 640
"""


def _rows(text: str) -> list[list[str]]:
    lines = text.splitlines()
    found = tables(lines, set(), [1] * len(lines))
    assert len(found) == 1
    return found[0][2]


def test_raw_note_column_under_a_group():
    rows = _rows(RAW)
    assert rows[:2] == [["TT", "Nội dung chi", "Tổng số", "Trong đó", "Trong đó", "Ghi chú"],
                        ["TT", "Nội dung chi", "Tổng số", "NS tỉnh", "NS huyện", "Ghi chú"]]
    assert rows[2:] == [
        ["1", "Mua sắm trang thiết bị", "640", "400", "240", "Gồm 35 triệu đồng chuyển nguồn"],
        ["2", "Sửa chữa nhà văn hóa các thôn", "820", "500", "320", ""],
        ["3", "Tập huấn cán bộ", "150", "100", "50", "Hai lớp"],
        ["4", "Dự phòng 10%", "90", "60", "30", ""],
        ["", "Tổng cộng", "1.700", "1.060", "640", ""],
    ]


def test_library_text_note_column():
    rows = _rows(TEXT)
    assert rows[0] == ["TT", "Nội dung", "Kinh phí", "Năm 2028", "Năm 2029", "Ghi chú"]
    assert [r[2:5] for r in rows[1:]] == [["1.200", "700", "500"], ["380", "380", "-"], ["260", "120", "140"],
                                         ["1.840", "1.200", "640"]]
    assert rows[1][5] == "Theo Đề án số 12/ĐA-UBND" and rows[3][5] == "Phối hợp Trường Chính trị"


@pytest.mark.parametrize("text", [
    # must not: no note column; the rows read as before
    "STT\nNội dung Tổng\nsố\nNăm 2027\nNăm 2028\n1 Mua sắm thiết bị 640 400 240\n2 Sửa chữa nhà văn\nhóa các thôn\n"
    "820 500 320\nTổng cộng 1.460 900 560\n",
])
def test_no_note_column(text):
    rows = _rows(text)
    assert rows[1:] == [["1", "Mua sắm thiết bị", "640", "400", "240"],
                        ["2", "Sửa chữa nhà văn hóa các thôn", "820", "500", "320"],
                        ["", "Tổng cộng", "1.460", "900", "560"]]
