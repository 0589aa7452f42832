"""A task table whose code column is so narrow its heading "STT" prints a letter a line, round R22 (G21's
district plan with a task table and a target column, .docx printed to PDF, pdftotext -layout: activities
0/2/4):

    S     Nhiệm vụ           Chỉ tiêu/kết   Cơ quan      Cơ quan       Thời
    T                        quả            chủ trì      phối hợp      gian
    T                                                                  hoàn
    1     Huy động trẻ       Đạt 99,5%      Phòng Giáo   Ủy ban        Tháng

`grid.find_text_tables` knew the heading broken in two ("ST" / "T", "S" / "TT"), not in three: "S" / "T" / "T"
was no code heading, the line "T" under the header, from the margin, ended the table before its first row, and
the rows were read as prose (two tasks whose titles ran on through every cell). `_broken_code_head` now counts
up to two lines under the header line that finish the code heading, each short, at its place.

Must-not rows: letters that make no code heading ("S" / "T" / "X"), a letter under the header out of its place,
a word under it ("S" / "Tên"), and a code heading whole on the header line are as before. Names and numbers
invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

COLS = (0, 6, 25, 40, 54, 68)


def line(*cells: str) -> str:
    out = ""
    for x, cell in zip(COLS, cells):
        if cell:
            out = (out + " " if out and len(out) >= x else out.ljust(x)) + cell
    return out


def table(c1: str, c2: str, c3: str, title2: str = "Nâng cấp đường", agency: str = "Phòng Kinh tế") -> str:
    return "\n".join([
        "Các nhiệm vụ cụ thể theo bảng sau:",
        line(c1, "Nhiệm vụ", "Chỉ tiêu/kết", "Cơ quan", "Cơ quan", "Thời"),
        line(c2, "", "quả", "chủ trì", "phối hợp", "gian"),
        line(c3, "", "", "", "", "hoàn"),
        line("", "", "", "", "", "thành"),
        line("1", "Trồng rừng", "Đạt 450 ha", "Hạt Kiểm lâm", "UBND các xã", "Quý"),
        line("", "phòng hộ ven", "", "", "", "III/2028"),
        line("", "biển"),
        line("2", title2, "Thêm 12 km", agency, "Phòng Tài", "Năm"),
        line("", "liên xã", "", "và Hạ tầng", "chính - Kế", "2028"),
        line("", "", "", "", "hoạch"),
        "III. KINH PHÍ",
    ])


def rows(text: str) -> list[list[str]]:
    found = grid.find_text_tables([segments(x) for x in text.split("\n")])
    return found[0].rows if found else []


@pytest.mark.parametrize("c1, c2, c3, head", [
    ("S", "T", "T", "STT"),      # must: a letter a line
    ("S", "TT", "", "STT"),      # (in two: as before)
    ("ST", "T", "", "STT"),
    ("STT", "", "", "STT"),      # whole
])
def test_header_and_rows(c1, c2, c3, head):
    got = rows(table(c1, c2, c3))
    assert got[0][:3] == [head, "Nhiệm vụ", "Chỉ tiêu/kết quả"]
    assert got[1] == ["1", "Trồng rừng phòng hộ ven biển", "Đạt 450 ha", "Hạt Kiểm lâm", "UBND các xã", "Quý III/2028"]
    assert got[2][:2] == ["2", "Nâng cấp đường liên xã"]


@pytest.mark.parametrize("title2, agency", [
    ("Sửa chữa cầu", "Ban Dân tộc"),   # must: other tasks, other bodies
    ("Xây dựng chợ", "Phòng Kinh tế"),
])
def test_other_rows_under_the_broken_heading(title2, agency):
    got = rows(table("S", "T", "T", title2, agency))
    assert got[2][1].startswith(title2) and got[2][3].startswith(agency)


@pytest.mark.parametrize("c1, c2, c3", [
    ("S", "T", "X"),       # must-not: letters that make no code heading
    ("S", "Tên", "T"),     # a word under the letter
])
def test_no_code_heading(c1, c2, c3):
    text = table(c1, c2, c3).split("\n")
    assert grid._broken_code_head([segments(x) for x in text], 1) == 0


def test_letter_out_of_its_place():
    # must-not: the "T" under the header not at the letter's place
    lines = [segments(line("S", "Nhiệm vụ", "Cơ quan")), segments(line("", "T")), segments(line("", "T"))]
    assert grid._broken_code_head(lines, 0) == 0
