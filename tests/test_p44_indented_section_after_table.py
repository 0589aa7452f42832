"""A task table laid out with spaces (`pdftotext -layout` of a Word file's PDF) with the text's next section heading
right under its last row, its Roman number indented as Word's automatic numbering sets it, a tab after it
("     IV.    KINH PHÍ THỰC HIỆN"): the heading started right of the code column, so it was read as the last row's
wrapped line, its number in the task's cell and its title in the lead agency's ("... Năm 2028 IV." / "HIỆN"), the
section lost. A line under the rows that is a Roman number and words in capitals ends the table wherever it
starts (layout.grid._indented_section). Round P44 (G35's Word plan with numbered headings, as pdftotext -layout);
names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats import read

TABLE = """\
III. NHIỆM VỤ CỤ THỂ
TT   Nhiệm vụ                  Cơ quan chủ trì    Cơ quan phối hợp    Thời gian
1    Khảo sát nhu cầu đào      Sở Nội vụ          Sở Du lịch          Quý I/2028
     tạo lao động du lịch
2    Xây dựng cơ sở dữ liệu    Sở Khoa học và     Sở Nội vụ           Năm 2028
     lao động ngành du lịch    Công nghệ
"""
AFTER = "Tổng kinh phí thực hiện là 4.200 triệu đồng từ ngân sách tỉnh.\n"


def _blocks(text: str):
    return read(text.encode(), "ke-hoach.txt").blocks


@pytest.mark.parametrize("heading", [
    "     IV.    KINH PHÍ THỰC HIỆN",  # must: indented under the task column, a tab's gap after the number
    "     IV. KINH PHÍ THỰC HIỆN",     # must: indented, one space after the number
    "                          IV.   TỔ CHỨC THỰC HIỆN",  # must: under the lead column
])
def test_an_indented_section_heading_ends_the_table(heading):
    blocks = _blocks(TABLE + heading + "\n" + AFTER)
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[-1][:3] == ["2", "Xây dựng cơ sở dữ liệu lao động ngành du lịch", "Sở Khoa học và Công nghệ"]
    assert not any("IV" in cell for row in table.rows for cell in row)
    assert any(b.kind != "table" and (b.text or "").startswith("IV.") for b in blocks)


@pytest.mark.parametrize("line, cell", [
    # must not: a task's wrapped line in capitals with no Roman number stays the row's
    ("     NĂM 2028", "Xây dựng cơ sở dữ liệu lao động ngành du lịch NĂM 2028"),
    # must not: a wrapped line that opens on a Roman number but goes on in small letters (a sentence)
    ("     II. giai đoạn", "Xây dựng cơ sở dữ liệu lao động ngành du lịch II. giai đoạn"),
])
def test_a_row_wrapped_line_stays_in_the_row(line, cell):
    blocks = _blocks(TABLE + line + "\n\n" + AFTER)
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[-1][1] == cell
