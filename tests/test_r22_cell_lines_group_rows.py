"""A table flattened a cell a line whose groups are rows of two cells, round R22 (G21's province appendix of
indicators, .md made a web page and read by readability: readability-md objectives 1/2/6, targets 0/0/9):

    STT
    Chỉ tiêu
    Đơn vị tính
    Năm 2026 ...
    Cơ quan phối hợp
    I
    Lĩnh vực khám, chữa bệnh
    1
    Tỷ lệ dân số tham gia bảo hiểm y tế
    ...

A Word or HTML table's group row merges its cells right of the name: flattened it leaves two lines, the group's
code and its name. `cell_lines._cells_table` took "I" and the name for two more column headings and found no
row "1" of the width it counted; the table was left as lines. A group's code alone on a line (Roman, or a letter
A to H), a name under it, and the next row's number under that are a group row (the numbers going on, or
starting again at 1 under each group).

Must-not rows: a letter or Roman number alone on a line with no row number two lines under it is a heading as
before (the table not read when its cells then do not fit); a group row after the last row, nothing under it,
is left as text; a table with no groups is read as before. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

HEADS = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2030", "Năm 2031", "Đơn vị chủ trì"]


def row(n: str, name: str, unit: str, a: str, b: str, lead: str) -> list[str]:
    return [n, name, unit, a, b, lead]


ROW1 = row("1", "Tỷ lệ hộ dùng nước sạch", "%", "76", "81", "Sở Nông nghiệp và Môi trường")
ROW2 = row("2", "Số xã đạt chuẩn nông thôn mới", "xã", "14", "19", "Văn phòng Điều phối")
ROW3 = row("3", "Tỷ lệ chất thải rắn được thu gom", "%", "88,5", "92", "UBND các huyện")


def piped(lines: list[str]) -> list[str]:
    text = "Phụ lục II\n\n" + "\n".join(lines) + "\n\nNơi nhận:\n"
    return [x for x in tables_from_cell_lines(text).split("\n") if x.startswith("| ")]


@pytest.mark.parametrize("lines, groups", [
    ([*HEADS, "I", "Nước sạch, nông thôn mới", *ROW1, *ROW2, "II", "Môi trường", *ROW3], ["I", "II"]),   # must
    ([*HEADS, "A", "Hạ tầng", *ROW1, *ROW2, "B", "Môi trường đô thị", *ROW3], ["A", "B"]),
    ([*HEADS, "I.", "Nước sạch", *ROW1, *ROW2, "II.", "Rác thải",                                    # restarted
      *row("1", "Tỷ lệ rác được phân loại", "%", "35", "50", "Sở Xây dựng")], ["I.", "II."]),
])
def test_group_rows_read(lines, groups):
    rows = piped(lines)
    assert rows[0] == "| " + " | ".join(HEADS) + " |"
    codes = [r.split(" | ")[0][2:] for r in rows[1:]]
    assert [c for c in codes if not c.isdigit()] == groups
    assert len(rows) == 1 + len(groups) + 3
    assert any("| 76 | 81 |" in r for r in rows)
    assert all(r.count("|") == len(HEADS) + 1 for r in rows)


def test_no_groups_as_before():
    assert len(piped([*HEADS, *ROW1, *ROW2, *ROW3])) == 4


def test_letter_without_a_row_under_it():
    # must-not: "A" then a line then no row number: no group row, the lines are headings and nothing fits
    assert piped([*HEADS, "A", "Ghi chú", *ROW1[1:], *ROW2]) == []


def test_group_with_nothing_under_it():
    # must-not: a group row after the table's last row, no row under it, stays text
    rows = piped([*HEADS, *ROW1, *ROW2, "II", "Môi trường"])
    assert len(rows) == 3 and not any("| Môi trường |" in r for r in rows)
