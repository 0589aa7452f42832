"""A task table copied out of a PDF cell after cell whose header ends one page and whose rows start the next: the
page break a blank line (or a form feed) between the header's last line and the first row, round T70 (G16's
"bảng giai đoạn" as `pdftotext -raw`: the table was left unread, its agencies lost).

Must-not rows: a header followed by prose after the blank line (no row's code) is no table; two blank lines (a gap
no page break leaves in a dump) keep today's reading. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import tables

HEADER = ["STT Nội dung Đơn vị chủ", "trì", "Đơn vị phối", "hợp", "Thời gian"]
ROWS = ["1 Rà soát hộ", "gia đình chưa", "có nước sạch", "Phòng Nông", "nghiệp huyện", "Ủy ban nhân", "dân các xã",
        "Quý I/2029",
        "2 Lắp đặt bồn", "chứa nước", "Trung tâm Y", "tế huyện", "Hội Phụ nữ", "huyện", "Tháng 4-", "6/2029",
        "III. KINH PHÍ"]


def _read(lines):
    found = tables(lines, set())
    return found[0][2] if found else None


@pytest.mark.parametrize("gap", [[""], ["\x0c"]], ids=["blank", "form-feed"])
def test_rows_on_the_next_page(gap):
    # must: the header, the page break's blank line, the rows: read as one table
    rows = _read(["II. NHIỆM VỤ"] + HEADER + gap + ROWS)
    assert rows is not None and len(rows) == 3
    assert rows[1] == ["1", "Rà soát hộ gia đình chưa có nước sạch", "Phòng Nông nghiệp huyện", "Ủy ban nhân dân các xã",
                       "Quý I/2029"]
    assert rows[2][2:4] == ["Trung tâm Y tế huyện", "Hội Phụ nữ huyện"]


def test_prose_after_the_header_is_no_table():
    # must-not: no row's code after the blank line
    assert _read(["II. NHIỆM VỤ"] + HEADER + ["", "Các đơn vị chủ động triển khai."] + ROWS[8:]) is None


def test_two_blank_lines_keep_todays_reading():
    # must-not: two blank lines between the header and the rows: no table, as on bda16f35
    assert _read(["II. NHIỆM VỤ"] + HEADER + ["", ""] + ROWS) is None


def test_a_cell_a_line_with_blank_lines_is_left_to_its_reader():
    # must-not: a table flattened a cell a line, a blank line between the cells (a scrape, a Markdown copy): a
    # column name a line, the code alone after the header's blank line: not read here (cell_lines reads it), as on
    # bda16f35
    flat = ["TT", "", "Nội dung", "", "Chủ trì", "", "Phối hợp", "", "Thời gian", "", "1", "",
            "Rà soát, cập nhật bản đồ các điểm sạt lở ven sông", "", "Sở Xây dựng", "", "Ủy ban nhân dân các xã ven biển",
            "", "Tháng 5/2029", "", "2", "", "Cắm biển cảnh báo tại các điểm nguy hiểm", "",
            "Ủy ban nhân dân các xã ven biển", "", "Công an tỉnh", "", "Tháng 7/2029", "", "3", "",
            "Di dời các hộ dân khỏi vùng sạt lở", "", "Ủy ban nhân dân các xã ven biển", "", "Sở Tài chính; Sở Xây dựng",
            "", "Quý III/2029", "", "III. KINH PHÍ"]
    assert _read(["II. NHIỆM VỤ"] + flat) is None
