"""A table flattened a cell a line (a page's text that a Markdown scrape or a crawler's readability output keeps),
whose group rows were written on one line each, code and name ("A. Công tác tuyên truyền, giáo dục"), a blank line
before them (a web page's <tbody> a group, round G41's portal page): the group row a row of its own, the numbered
rows under it read (the table had been lost: the first group's line taken for a sixth heading). Pure function
(extractors.layout.cell_lines.tables_from_cell_lines); bodies invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

HEAD = "TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\n"
ROWS = ("1\nTuyên truyền pháp luật về đất đai\nSở Tư pháp\nỦy ban nhân dân các xã\nQuý I\n"
        "2\nRà soát hồ sơ địa chính\nSở Nông nghiệp và Môi trường\nCác xã, phường\nQuý II\n")
MORE = "3\nCấp giấy chứng nhận\nVăn phòng đăng ký đất đai\nCác xã\nCả năm\n"


@pytest.mark.parametrize("text, groups", [
    # must: a group line before the first row and another, after a blank line, before the third
    (HEAD + "A. Công tác tuyên truyền\n" + ROWS + "\nB. Công tác quản lý hồ sơ\n" + MORE, 2),
    ("I. Nhiệm vụ chung\n".join([HEAD, ROWS]) + "\n\nII. Nhiệm vụ riêng\n" + MORE, 2),
    # must not (read so before too): no group rows
    (HEAD + ROWS + MORE, 0),
])
def test_group_lines_are_rows(text, groups):
    rows = [line for line in tables_from_cell_lines(text).split("\n") if line.startswith("| ")]
    assert len(rows) == 4 + groups
    assert rows[-1] == "| 3 | Cấp giấy chứng nhận | Văn phòng đăng ký đất đai | Các xã | Cả năm |"
