"""A task table copied out of its PDF in content order (`pdftotext -raw`, a PDF library's text) where the page's
footnotes came amid the header's lines: the header's first line, then the notes (numbered one after another, each
ending in a stop, a note wrapped over lines), then the rest of the header's wrapped names ("chủ trì hợp gian"). The
notes are set before the table and the header read whole (raw_tasks._notes_in_header). A time's word alone on its
line over its year ("Năm" / "2030") is the row's time, not the end of the partners' cell.

Must-not rows: a table's first row right under its header (no header line after it) is a row, not a note; notes
whose numbers do not run on, or a line without a stop, leave the header as it is."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import tables

NOTES = ("1 Phê duyệt tại Quyết định số 902/QĐ-UBND ngày 04 tháng 5 năm 2029 của\nỦy ban nhân dân tỉnh.\n"
         "2 Số liệu của Cục Thống kê tỉnh năm 2028.\n")
HEAD = "STT Nhiệm vụ Đơn vị Đơn vị phối Thời\n"
REST = "chủ trì hợp gian\n"
ROWS = """1 Nâng cấp hạ tầng
mạng nội bộ
Sở Khoa học
và Công nghệ
Văn phòng
UBND tỉnh
Quý IV/2029
2 Đào tạo an toàn
thông tin
Công an tỉnh
Các sở, ngành
Năm
2030
III. KINH PHÍ
"""


def test_notes_amid_the_header():
    lines = (HEAD + NOTES + REST + ROWS).splitlines()
    found = tables(lines, set())
    assert len(found) == 1
    first, _, rows = found[0]
    assert lines[first].startswith("STT") or first == 0
    assert rows[1:] == [["1", "Nâng cấp hạ tầng mạng nội bộ", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh",
                         "Quý IV/2029"],
                        ["2", "Đào tạo an toàn thông tin", "Công an tỉnh", "Các sở, ngành", "Năm 2030"]]


@pytest.mark.parametrize("notes", [
    # must not: numbers that do not run on, a note with no stop: the header is not read across them
    "1 Phê duyệt tại Quyết định số 902/QĐ-UBND.\n3 Số liệu của Cục Thống kê tỉnh.\n",
    "1 Phê duyệt tại Quyết định số 902/QĐ-UBND\n",
])
def test_no_such_notes(notes):
    assert tables((HEAD + notes + REST + ROWS).splitlines(), set()) == []


def test_a_first_row_under_its_header():
    # must not: the header whole on its lines, its first row right under it
    rows = tables((HEAD + REST + ROWS).splitlines(), set())[0][2]
    assert [r[0] for r in rows[1:]] == ["1", "2"]
