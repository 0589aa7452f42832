"""A task table in a `pdftotext -layout` dump whose narrow columns' headings, set in a bold (wider) face, came out one
space apart on the header line ("Cơ quan chủ Cơ quan phối Thời", their rest under them: "trì" / "hợp" / "gian"):
each heading a column of its own (grid._headings_apart), where the table read them run together as fewer columns
than they name (the lead's and the partners' cells in one, the table's agencies lost) or not at all, and the padded
reader reads no more columns.

Must-not rows: one heading whose words are in capitals ("Cơ quan Chủ trì", "Đơn vị Phối hợp"), a header whose
headings are set apart by spaces, a heading run into a word that opens no heading, keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments

TABLE = """TT   Nhiệm vụ                  Cơ quan chủ Cơ quan phối Thời
                               trì             hợp             gian
1    Nâng cấp nhà văn hóa      Phòng Văn       Ủy ban nhân     Năm
     các thôn vùng cao         hóa - Xã hội    dân các xã      2029
2    Mở lớp dạy nghề may       Trung tâm       Hội Liên hiệp   Quý
     cho phụ nữ                Giáo dục nghề   Phụ nữ huyện    III/2029
                               nghiệp
3    Kiểm tra an toàn thực     Phòng Y tế      Công an huyện   Hằng
     phẩm tại chợ                                              quý
"""


def _rows(text: str) -> list[list[str]]:
    found = grid.find_text_tables([segments(line) for line in text.split("\n")])
    assert len(found) == 1
    return found[0].rows


def test_headings_one_space_apart():
    rows = _rows(TABLE)
    assert rows[0] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    assert rows[1] == ["1", "Nâng cấp nhà văn hóa các thôn vùng cao", "Phòng Văn hóa - Xã hội", "Ủy ban nhân dân các xã",
                       "Năm 2029"]
    assert rows[2][2:4] == ["Trung tâm Giáo dục nghề nghiệp", "Hội Liên hiệp Phụ nữ huyện"]
    assert rows[3][2:] == ["Phòng Y tế", "Công an huyện", "Hằng quý"]


@pytest.mark.parametrize("line, want", [
    # cut: headings one space apart, a heading's first word alone (its rest under it)
    ("Cơ quan chủ Cơ quan phối Thời", ["Cơ quan chủ", "Cơ quan phối", "Thời"]),
    ("Đơn vị phối hợp Tiến độ", ["Đơn vị phối hợp", "Tiến độ"]),
    ("Chủ trì Phối hợp", ["Chủ trì", "Phối hợp"]),
    # not cut: one heading in capitals, a word that opens no heading, a heading's kind alone
    ("Cơ quan Chủ trì", ["Cơ quan Chủ trì"]),
    ("Đơn vị Phối hợp thực hiện", ["Đơn vị Phối hợp thực hiện"]),
    ("Nội dung Hội nghị", ["Nội dung Hội nghị"]),
    ("Nhiệm vụ Cơ quan", ["Nhiệm vụ Cơ quan"]),
])
def test_headings_apart(line, want):
    seg = (10.0, 10.0 + len(line), line)
    assert [s[2] for s in grid._headings_apart([(0.0, 2.0, "TT"), seg])][1:] == want


def test_spaced_header_as_today():
    spaced = TABLE.replace("Cơ quan chủ Cơ quan phối Thời", "Cơ quan chủ     Cơ quan phối    Thời")
    rows = _rows(spaced)
    assert rows[0] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    assert rows[3][2:] == ["Phòng Y tế", "Công an huyện", "Hằng quý"]
