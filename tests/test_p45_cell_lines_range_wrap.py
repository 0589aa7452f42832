"""A table flattened a cell a line (a crawler's text, a page copied out of a browser) whose time cell wrapped inside
a range, after its dash: "Tháng 11 -" / "12/2028", "Quý II –" / "III/2027". Round G37 (its portal page as text): the
range's second end was no rest of the cell (it opens with no lower-case letter), so the last row's "12/2028" was left
out of the table, or a row in the middle had one line too many and the table ended at it. Now a line that opens with
a month's, a quarter's or a year's end after a cell that ends on a number and a dash is the cell's rest. Names
invented; must and must-not rows (extractors.layout.cell_lines.flat_tables)."""

from __future__ import annotations

import pytest

from extractors.layout import cell_lines

HEAD = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
ROW1 = ["1", "Rà soát các tiêu chí tiếp cận pháp luật", "Công chức Tư pháp - Hộ tịch", "Các thôn", "Tháng 3/2028"]
ROW2 = ["2", "Tổ chức hòa giải ở cơ sở", "Ban Công tác Mặt trận xã", "Các tổ hòa giải"]
ROW3 = ["3", "Tổng kết, khen thưởng", "Văn phòng HĐND - UBND xã", "Các ban, ngành xã", "Tháng 12/2028"]
END = ["III.", "KINH PHÍ THỰC HIỆN", "Kinh phí thực hiện từ ngân sách xã năm 2028."]


def rows(lines: list[str]) -> list[list[str]]:
    found = cell_lines.flat_tables(["II. NHIỆM VỤ", *lines])
    return found[0][2] if found else []


@pytest.mark.parametrize("wrapped, cell", [
    (["Tháng 11 -", "12/2028"], "Tháng 11 - 12/2028"),
    (["Quý II –", "III/2028"], "Quý II – III/2028"),
    (["Năm 2027 -", "2028"], "Năm 2027 - 2028"),
])
def test_a_range_wrapped_after_its_dash(wrapped, cell):
    # must: in the last row and in a row in the middle
    last = rows(HEAD + ROW1 + ROW2 + wrapped + END)
    assert [r[0] for r in last[1:]] == ["1", "2"] and last[2][4] == cell
    middle = rows(HEAD + ROW1 + ROW2 + wrapped + ROW3 + END)
    assert [r[0] for r in middle[1:]] == ["1", "2", "3"] and middle[2][4] == cell and middle[3][2] == ROW3[2]


@pytest.mark.parametrize("after", [
    ["12", "Sơ kết"],  # a number alone is no month's end
    ["Kinh phí thực hiện"],  # a line in capitals: the text after the table
])
def test_no_rest_where_the_line_is_no_range_end(after):
    got = rows(HEAD + ROW1 + ROW2 + ["Tháng 11 -"] + after + END)
    assert got == [] or got[-1][4] == "Tháng 11 -"
