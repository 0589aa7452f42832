"""Task tables aligned with spaces (`pdftotext -layout` of a Word annex), read by
extractors.layout.grid.find_text_tables: must-match rows (the table and its cells) and
must-not-match rows (what is no row of the table). Invented tables (probe round H5)."""

import pytest

from extractors.layout import grid, text

COLS = [0, 8, 24, 40, 56]  # where the columns start on the first page
HEAD = "STT     Nhiệm vụ        Đơn vị chủ trì  Phối hợp        Thời gian"


def row(*cells: str, at: list[int] = COLS) -> str:
    """A line of cells, each at its column (one space after a cell that fills it)."""
    out = ""
    for cell, x in zip(cells, at):
        if cell:
            out += " " * (x - len(out)) if len(out) < x else " "
            out += cell
    return out


def segmented(lines: list[str]) -> tuple[list, list[int]]:
    """A text's lines as the layout reader gives them to the table finders: each line's
    segments (none for a blank line) and its page."""
    pages = text.drop_furniture(text.pages_of("\n".join(lines)))
    flat = [ln for page in pages for ln in page]
    return [[] if ln.blank else text.segments(ln.text) for ln in flat], [ln.page for ln in flat]


def tables(lines: list[str]) -> list[list[list[str]]]:
    return [t.rows for t in grid.find_text_tables(*segmented(lines))]


ROWS_1_2 = [
    HEAD,
    row("1", "Tập huấn cho", "Trung tâm Y tế", "Phòng Giáo dục", "Quý I/2027"),
    row("", "cán bộ xã", "huyện Bảo Lạc", "và Đào tạo"),
    row("2", "Lắp đặt trạm", "Công ty Điện", "Sở Công Thương", "2027"),
    row("", "biến áp nông", "lực Cao Bằng", "", "- 2028"),
    row("", "thôn"),
]

MUST_MATCH = [
    ("a cell's last word one space before the next column's first word",
     ROWS_1_2[:1] + ["1       Tập huấn cho    Trung tâm Y tế Phòng Giáo dục  Quý I/2027"] + ROWS_1_2[2:],
     ["1", "Tập huấn cho cán bộ xã", "Trung tâm Y tế huyện Bảo Lạc", "Phòng Giáo dục và Đào tạo", "Quý I/2027"]),
    ("the next column's first word set left of where its column starts",
     ROWS_1_2[:3] + ["2       Lắp đặt trạm    Công ty Điện Sở Công Thương  2027"] + ROWS_1_2[4:],
     ["2", "Lắp đặt trạm biến áp nông thôn", "Công ty Điện lực Cao Bằng", "Sở Công Thương", "2027 - 2028"]),
    ("a group row: its code, then its title across the columns",
     ROWS_1_2[:1] + [row("II", "Hạ tầng giao thông nông thôn")] + ROWS_1_2[1:],
     ["II", "Hạ tầng giao thông nông thôn", "", "", ""]),
    ("a row the page break cut, its rest in the new page's own columns, and rows under it",
     ROWS_1_2 + ["\f" + row("", "xã Quảng Lâm", at=[0, 5, 20, 33, 45]),
                 row("3", "Xây dựng bến", "Phòng Kinh", "UBND các", "2028", at=[0, 5, 20, 33, 45]),
                 row("", "xe khách", "tế và Hạ", "xã", at=[0, 5, 20, 33, 45]),
                 row("", "", "tầng", at=[0, 5, 20, 33, 45])],
     ["3", "Xây dựng bến xe khách", "Phòng Kinh tế và Hạ tầng", "UBND các xã", "2028"]),
]


# the next page set narrower: its text column starts left of where the first page's codes end
# (four characters from the margin), a cell set a character left of its column (invented, round H7)
NARROW = [0, 4, 18, 31, 43]
MUST_MATCH.append(
    ("a row the page break cut, the new page's text column at the old code column's edge",
     ROWS_1_2 + ["\f" + row("", "xã Quảng Lâm", at=NARROW),
                 row("3", "Xây dựng bến", "Phòng Kinh", "UBND các xã,", "2028", at=[0, 4, 18, 30, 44]),
                 row("", "xe khách", "tế và Hạ", "thị trấn", at=NARROW),
                 row("", "", "tầng", at=NARROW),
                 row("4", "Lắp camera", "Công an", "Sở Tư pháp", "2028", at=NARROW),
                 row("", "giao thông", "huyện", "", at=NARROW),
                 row("5", "Sửa chữa cầu", "Ban Quản lý", "UBND xã", "2029", at=NARROW),
                 row("", "treo", "dự án", at=NARROW)],
     ["3", "Xây dựng bến xe khách", "Phòng Kinh tế và Hạ tầng", "UBND các xã, thị trấn", "2028"]))


@pytest.mark.parametrize("why, lines, row", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_text_table_row(why, lines, row):
    found = tables(lines)
    assert len(found) == 1 and row in found[0], found


def test_a_cut_row_is_finished_on_the_next_page():
    found = tables(MUST_MATCH[3][1])
    assert found[0][2] == ["2", "Lắp đặt trạm biến áp nông thôn xã Quảng Lâm", "Công ty Điện lực Cao Bằng",
                           "Sở Công Thương", "2027 - 2028"]


MUST_NOT_MATCH = [
    ("a heading after the table, its words apart, prose under it",
     ROWS_1_2 + [
      "",
      "IV      KINH PHÍ THỰC HIỆN",
      "Kinh phí thực hiện từ nguồn ngân sách huyện năm 2027."],
     "KINH PHÍ THỰC HIỆN"),
    ("a group-row-like line with no row under it",
     ROWS_1_2 + ["3       Tổng kết thực hiện kế hoạch"],
     "Tổng kết thực hiện kế hoạch"),
    ("a line of prose under the table, its words apart",
     ROWS_1_2 + ["Các đơn vị   báo cáo kết quả thực hiện về Ủy ban nhân dân huyện trước ngày 15/12/2027."],
     "báo cáo kết quả"),
]


@pytest.mark.parametrize("why, lines, text_", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_not_a_row_or_cell(why, lines, text_):
    for table in tables(lines):
        assert all(text_ not in cell for row in table for cell in row), table
