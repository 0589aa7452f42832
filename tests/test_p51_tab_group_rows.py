"""A tab table whose group rows lost their merged cells: a part's code and its label alone ("A<tab>Phần mềm dùng
chung", "II<tab>Hạ tầng"), rows of the table after it. The rows were a paragraph each and cut the table in two (a
letter's part lost the table's header: G48's leftover). Must rows failed on e96cf6f; must-not rows read as before."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

HEAD = "STT\tHạng mục\tTổng số\tNgân sách tỉnh\tVốn huy động"
BODY = ["1\tCổng dịch vụ công\t1,2\t1\t0,2", "2\tKho dữ liệu dùng chung\t2,5\t2\t0,5"]
REST = ["3\tTrung tâm dữ liệu\t4\t3\t1", "\tTổng cộng\t7,7\t6\t1,7"]


def _tables(lines):
    blocks, _ = read_text("\n".join(["IV. KINH PHÍ", "ĐVT: tỷ đồng", *lines, "V. TỔ CHỨC THỰC HIỆN"]) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


# (parts lettered A, B: must rows; parts numbered I., II. read so before too: as before)
@pytest.mark.parametrize("first, second", [("A\tPhần mềm dùng chung", "B\tHạ tầng"),
                                           ("Đ\tPhần mềm dùng chung", "E\tHạ tầng"),
                                           ("I.\tPhần mềm dùng chung", "II.\tHạ tầng")])
def test_read(first, second):
    tables = _tables([HEAD, first, *BODY, second, *REST])
    assert len(tables) == 1
    rows = tables[0]
    assert rows[0] == HEAD.split("\t")
    assert rows[1] == first.split("\t") and rows[4] == second.split("\t")
    assert rows[5] == REST[0].split("\t")


MUST_NOT = [
    # a line of two cells that is no group (no code first): the table ends before it, as before
    [HEAD, *BODY, "Ghi chú\tsố liệu dự kiến", *REST],
    # a code and a label with no row after it: a paragraph, as before
    [HEAD, *BODY, *REST, "C\tDự phòng"],
]


@pytest.mark.parametrize("lines", MUST_NOT)
def test_must_not(lines):
    tables = _tables(lines)
    assert all(len(row) == 5 for t in tables for row in t)
