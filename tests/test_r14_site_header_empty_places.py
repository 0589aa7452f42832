"""A legal site's table written a cell at a time (a lone "|" before each cell, two pipes where a row ends and the
next starts) whose heading row has truly empty cells after its group headings, round R14 (G13's district plan,
legal-site-md, -10 budget items +10):

    | TT | Nội dung | Tổng số | Năm 2008 | (empty) | Năm 2009 | (empty) |
    | (empty) | (empty) | (empty) | NSTW | NS huyện | NSTW | NS huyện |

Two pipes are a row break or an empty cell; `markdown._parse` charges an empty cell between two header cells
more than a narrow row (a rowspan's shape: "Trong đó" / "NSTW"), so the heading was read as "TT | Nội dung |
Tổng số | Năm 2008" and "Năm 2009 | " and every amount lost its year. A narrow header row that ends in an empty
cell costs as much: a row narrowed by cells reaching down from above names the cells it has.

Must-not rows: a three-row header whose narrow rows end in a named cell ("Trong đó" / "NSTW | NSĐP") keeps its
narrow rows. Texts invented."""

from __future__ import annotations

from extractors.layout.markdown import lone_pipe_rows
from extractors.layout.wrap import join_cell_lines


def site(rows: list[list[str]]) -> list[str]:
    """The rows as the site writes them: "|" before each cell, its text (none when empty), "|" after a row."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            out.append("|")
            if cell:
                out.append(cell)
        out.append("|")
    return out


def test_group_headings_with_empty_places():
    rows = [["STT", "Hạng mục", "Cộng", "Năm 2031", "", "Năm 2032", ""],
            ["", "", "", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"],
            ["1", "Đường trục thôn Bản Giàng", "2.300", "800", "350", "800", "350"],
            ["2", "Cầu treo Nà Khương", "1.100", "500", "", "600", ""],
            ["", "Tổng cộng", "3.400", "1.300", "350", "1.400", "350"]]
    assert lone_pipe_rows(site(rows), join_cell_lines) == rows


def test_three_row_header_keeps_narrow_rows():
    rows = [["STT", "Hạng mục", "Cộng", "Trong đó"],
            ["Vốn tỉnh", "Vốn xã"],
            ["1", "Đường trục thôn Bản Giàng", "1.150", "800", "350"],
            ["2", "Cầu treo Nà Khương", "900", "500", "400"]]
    assert lone_pipe_rows(site(rows), join_cell_lines) == rows
