"""An indicator table flattened a cell a line by plain pdftotext, round R24 (G21's environment department's
indicators by field, pdf-plain 27/37/31: objectives 4/14/5, the rows read as prose):

    TT / Chỉ tiêu / ĐVT / Kế hoạch / năm 2013 / Đơn vị chủ trì          a heading wrapped ("Kế hoạch" / "năm ...")
    I / Lĩnh vực môi trường                                              a group row
    1 / Tỷ lệ chất thải ... được / thu gom / % / 85 / Chi cục ... môi / trường
    3 / Tỷ lệ diện tích ... giấy / % / chứng nhận ... / 92,5 / ...      the unit's line between the label's lines
    4 / ... / Trung tâm Kỹ thuật tài / nguyên và môi trường / II. NHIỆM VỤ   the last row up to the next heading

cell_lines.flat_tables (R23) read none of it: a heading's rest in lower case made a heading more; the group row
"II" ended the row above; an amount "85" looked like a row's number; the unit printed between the label's lines
made the row's lines no cells; the last row's cells taken one by one ran into the heading after the table.
Now (flat_tables only: a print's table, cells_table of a scrape is as it was): a heading's rest in lower case
after a heading that stops on a word is that heading's; a group row ends the row above as the next number does;
a number in a column whose heading names a year's level ("Năm 2031", "Kế hoạch năm 2030") is no row's number;
a short cell's line (a unit, up to 12 characters) between two lines of the label is put after the label's;
the last row's lines up to a heading that opens a block are made its cells as a row's between two numbers are.

Must-not rows: a small number in a column that names no year (a note's, a sum's: a row's number, the rows
cannot be told, tests/test_l3_pdf_portal.py's one-cell-a-line cost table left as it was), a
heading's rest after a heading ending in a colon, a row with a line more that does not go on, the last row with
no heading after it whose cells cannot be told. Names, places and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import flat_tables

HEADS = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "năm 2031", "Cơ quan chủ trì"]
ROWS = [
    "I", "Lĩnh vực thủy lợi",
    "1", "Tỷ lệ diện tích lúa được tưới", "chủ động", "%", "78", "Chi cục Thủy lợi",
    "2", "Số hồ chứa được sửa chữa, nâng", "%", "cấp bảo đảm an toàn", "12", "Công ty Khai thác công", "trình thủy lợi",
    "II", "Lĩnh vực lâm nghiệp",
    "3", "Tỷ lệ che phủ rừng", "%", "46,5", "Chi cục Kiểm lâm",
    "4", "Diện tích rừng trồng mới", "ha", "trong năm", "650", "Ban Quản lý rừng phòng", "hộ đầu nguồn",
]
WANT = [
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2031", "Cơ quan chủ trì"],
    ["I", "Lĩnh vực thủy lợi", "", "", ""],
    ["1", "Tỷ lệ diện tích lúa được tưới chủ động", "%", "78", "Chi cục Thủy lợi"],
    ["2", "Số hồ chứa được sửa chữa, nâng cấp bảo đảm an toàn", "%", "12", "Công ty Khai thác công trình thủy lợi"],
    ["II", "Lĩnh vực lâm nghiệp", "", "", ""],
    ["3", "Tỷ lệ che phủ rừng", "%", "46,5", "Chi cục Kiểm lâm"],
    ["4", "Diện tích rừng trồng mới trong năm", "ha", "650", "Ban Quản lý rừng phòng hộ đầu nguồn"],
]
AFTER = ["II. NHIỆM VỤ", "1. Rà soát, sửa chữa các hồ chứa xung yếu trước mùa mưa lũ."]


def _found(lines: list[str]):
    return flat_tables(["PHỤ LỤC CHỈ TIÊU", *lines])


@pytest.mark.parametrize("blank", [False, True])
def test_a_printed_indicator_table_is_read(blank):
    lines = [x for c in HEADS + ROWS for x in ([c, ""] if blank else [c])] + AFTER
    found = _found(lines)
    assert len(found) == 1
    assert found[0][2] == WANT


@pytest.mark.parametrize("heading", ["Ghi chú", "Kinh phí", "Tổng số"])
def test_a_small_number_in_a_column_naming_no_year_is_a_row_number(heading):
    heads = ["TT", "Chỉ tiêu", "ĐVT", heading, "Cơ quan chủ trì"]
    assert _found(heads + ROWS[2:] + AFTER) == []


def test_a_heading_ending_in_a_colon_takes_no_rest():
    heads = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch:", "năm 2031", "Cơ quan chủ trì"]
    assert _found(heads + ROWS + AFTER) == []


@pytest.mark.parametrize("rows", [
    # a line more in a row that goes on no cell
    ROWS[:8] + ["Phòng Nông nghiệp huyện"] + ROWS[8:],
    # the last row with no heading after it, a line more
    ROWS + ["Ủy ban nhân dân các xã vùng núi"],
])
def test_rows_that_cannot_be_told(rows):
    found = _found(HEADS + rows + (AFTER if rows[-1] != "Ủy ban nhân dân các xã vùng núi" else []))
    assert not found or found[0][2] != WANT
