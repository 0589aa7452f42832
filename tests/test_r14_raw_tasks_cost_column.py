"""A task table copied out of a PDF cell after cell (`pdftotext -raw` of a Word table) whose last column is a
cost, not a time, round R14 (G13's environment department plan, pdf-raw: -6 agencies, -4 budget items; the
shape R13 left, "a pdf-raw task table written one cell after another"):

    STT Nội dung / công việc / Đơn vị chủ / trì / Đơn vị phối / hợp / Kinh phí / (Tr.đ)
    1 Điều tra, / ... / Chi cục Bảo / vệ môi / trường / Trung tâm / ... / 1.800
    ...
    Tổng cộng 3.500

raw_tasks read only tables with a time column (the time's words end a row). With no time column and a cost
column last ("Kinh phí", "Dự toán", a unit in brackets maybe on a line of its own), each row ends with its
amount alone on a line, and a total's row ("Tổng cộng 3.500", or its label and amount a line each) closes the
table. A one-word line before a line that starts an agency itself ("Thanh tra" / "Sở" / "Phòng Cảnh sát")
ends the name above, not a name of its own.

Must-not rows: a row whose last line is no amount, a cost column not last, a one-word agency before a line
that is no agency's start. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout import raw_tasks

HEAD = "STT Nội dung\ncông việc\nĐơn vị chủ\ntrì\nĐơn vị phối\nhợp\nKinh phí\n(Tr.đ)\n"
ROWS = ("1 Khảo sát\nhiện trạng\nbãi rác\nPhòng Quản\nlý đô thị\nBan Quản lý\ndự án\n2.450\n"
        "2 Nâng cấp\nlò đốt\nrác xã Tân\nHòa\nThanh tra\nSở\nPhòng Cảnh\nsát kinh tế\nCông an\nhuyện\n730\n")


@pytest.mark.parametrize("text, total", [
    (HEAD + ROWS + "Tổng cộng 3.180\nIV. TỔ CHỨC THỰC HIỆN", ["", "Tổng cộng", "", "", "3.180"]),
    (HEAD + ROWS + "Cộng\n3.180\nIV. TỔ CHỨC THỰC HIỆN", ["", "Cộng", "", "", "3.180"]),
    (HEAD.replace("Kinh phí\n(Tr.đ)", "Dự toán (triệu đồng)") + ROWS + "IV. TỔ CHỨC THỰC HIỆN", None),
])
def test_cost_column_rows(text, total):
    lines = text.split("\n")
    end = lines.index("IV. TỔ CHỨC THỰC HIỆN")  # the heading after the table is not taken
    found = raw_tasks.table_at(lines, 0)
    assert found is not None
    got_end, rows = found
    assert rows[1] == ["1", "Khảo sát hiện trạng bãi rác", "Phòng Quản lý đô thị", "Ban Quản lý dự án", "2.450"]
    assert rows[2] == ["2", "Nâng cấp lò đốt rác xã Tân Hòa", "Thanh tra Sở",
                       "Phòng Cảnh sát kinh tế Công an huyện", "730"]
    assert (rows[3] if len(rows) > 3 else None) == total
    assert got_end == end


@pytest.mark.parametrize("text", [
    # a row's last line is no amount
    HEAD + ROWS.replace("730\n", "Quý III\n") + "IV. TỔ CHỨC THỰC HIỆN",
    # the cost column before the agencies
    "STT Nội dung\nKinh phí\nĐơn vị chủ trì\nĐơn vị phối hợp\n1 Khảo sát\nbãi rác\n2.450\nPhòng Quản\nlý đô thị\n"
    "Ban Quản lý\ndự án\n2 Nâng cấp\nlò đốt\n730\nThanh tra\nSở\nCông an\nhuyện\nIV. TỔ CHỨC",
])
def test_cost_column_not_read(text):
    assert raw_tasks.table_at(text.split("\n"), 0) is None


def test_one_word_agency_before_no_agency_start():
    # "Phòng" alone, then "Cảnh sát ..." which starts no agency by itself: "Phòng" starts the partner
    text = HEAD + ROWS.replace("Phòng Cảnh\nsát kinh tế", "Phòng\nCảnh sát kinh tế") + "IV. TỔ CHỨC"
    rows = raw_tasks.table_at(text.split("\n"), 0)[1]
    assert rows[2][2:4] == ["Thanh tra Sở", "Phòng Cảnh sát kinh tế Công an huyện"]
