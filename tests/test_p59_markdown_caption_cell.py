"""A table's caption a converter wrote as the first cell of the header row's line, one cell more than the rule line
under it ("**Bảng phân công nhiệm vụ** |  TT |  Nhiệm vụ | ..." over "---|---|..."; the caption a row of its own in
the source, its cell merged across the table): the caption on a line of its own before the table, whose header and
rows are then as wide as its rule (extractors/formats/markdown.py _caption_cells_apart, through captions_apart).

Must-not rows: a header as wide as its rule; a first cell that is itself a first column's heading ("Nội dung",
"STT"); a second cell that is no first column's heading. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import captions_apart, read


def test_a_caption_cell_on_the_header_line():
    text = ("**Biểu tổng hợp nhiệm vụ** |  STT |  Nội dung |  Đơn vị chủ trì |  Thời gian  \n---|---|---|---  \n"
            "1 |  Rà soát quy hoạch |  Phòng Kinh tế |  Quý I/2029  \n")
    lines = captions_apart(text).split("\n")
    assert lines[0] == "**Biểu tổng hợp nhiệm vụ**" and lines[1] == ""
    assert lines[2].startswith("STT |")


def test_the_table_read_with_its_caption_apart():
    text = ("KẾ HOẠCH\n\nBảng tổng hợp nhiệm vụ năm 2029 |  TT |  Nhiệm vụ |  Cơ quan chủ trì |  Cơ quan phối hợp |  Thời gian  \n"
            "---|---|---|---|---  \n1 |  Tập huấn nghiệp vụ |  Sở Tư pháp |  Sở Nội vụ |  Quý II/2029  \n"
            "2 |  Kiểm tra việc thực hiện |  Thanh tra tỉnh |  Sở Tài chính |  Quý IV/2029  \n")
    doc = read(text.encode("utf-8"), "x.md")
    tables = [b for b in doc.blocks if b.rows]
    assert tables and tables[0].rows[0][:2] == ["TT", "Nhiệm vụ"]
    assert ["2", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Tài chính", "Quý IV/2029"] in tables[0].rows


@pytest.mark.parametrize("text", [
    # must not: a header as wide as its rule
    "STT |  Nội dung |  Kinh phí  \n---|---|---  \n1 |  Tập huấn |  120  \n",
    # must not: the first cell a first column's heading
    "Nội dung |  STT |  Kinh phí  \n---|---  \n1 |  120  \n",
    # must not: the second cell no first column's heading
    "**Ghi chú chung** |  Kinh phí |  Nguồn  \n---|---  \n120 |  Tỉnh  \n",
])
def test_look_alikes_unchanged(text):
    assert captions_apart(text) == text
