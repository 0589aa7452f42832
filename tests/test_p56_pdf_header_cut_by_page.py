"""A table's header cut by a page break, its sub-columns all on the next page (a browser's
print of a web page, a Word table whose header row may break across pages): the page's last
table holds the upper heading rows alone ("STT | Tên xã | Số công trình | Tổng mức |
Trong đó"), the next page's first table is wider and starts with the rest of the cut row
(blank under the columns merged down, the sub-columns' names under "Trong đó"). They were
two tables: the first with no body, the second with no header above its sub-columns, and the
budget table's items were lost. extractors.layout.continued.joined_cut_header makes them one;
extractors.layout.paragraphs.join_cut_tables asks it when the two do not go on as they are.

Must rows: a two-level header (a group over three sources), a three-level one (years over
sources, the cut row's part blank under the years), a header whose last row is whole.
Must-not rows: a table whose body began above the break, a first row with a code, names
that do not share out evenly, and tables as wide as each other (continued.continues' case)."""

from __future__ import annotations

import pytest

from extractors.layout.continued import joined_cut_header
from extractors.layout.paragraphs import join_cut_tables

TWO_LEVEL_ABOVE = [["STT", "Tên phường", "Số công trình", "Tổng vốn", "Trong đó"],
                   ["STT", "Tên phường", "Số công trình", "Tổng vốn", ""]]
TWO_LEVEL_BELOW = [["", "", "", "", "Ngân sách tỉnh", "Ngân sách phường", "Nhân dân đóng góp"],
                   ["1", "Phường Tân An", "04", "2.480.000", "1.500.000", "680.000", "300.000"],
                   ["", "Tổng cộng", "04", "2.480.000", "1.500.000", "680.000", "300.000"]]
TWO_LEVEL_JOINED = [["STT", "Tên phường", "Số công trình", "Tổng vốn", "Trong đó", "Trong đó", "Trong đó"],
                    ["STT", "Tên phường", "Số công trình", "Tổng vốn", "Ngân sách tỉnh", "Ngân sách phường",
                     "Nhân dân đóng góp"],
                    ["1", "Phường Tân An", "04", "2.480.000", "1.500.000", "680.000", "300.000"],
                    ["", "Tổng cộng", "04", "2.480.000", "1.500.000", "680.000", "300.000"]]

THREE_LEVEL_ABOVE = [["TT", "Nội dung", "Tổng", "Chia ra", "Chia ra", "Ghi chú"],
                     ["TT", "Nội dung", "Tổng", "Năm 2027", "Năm 2028", "Ghi chú"],
                     ["TT", "Nội dung", "Tổng", "", "", "Ghi chú"]]
THREE_LEVEL_BELOW = [["", "", "", "NSTW", "NSĐP", "NSTW", "NSĐP", ""],
                     ["1", "Tập huấn cán bộ cơ sở", "940", "200", "270", "200", "270", ""]]
THREE_LEVEL_JOINED = [["TT", "Nội dung", "Tổng", "Chia ra", "Chia ra", "Chia ra", "Chia ra", "Ghi chú"],
                      ["TT", "Nội dung", "Tổng", "Năm 2027", "Năm 2027", "Năm 2028", "Năm 2028", "Ghi chú"],
                      ["TT", "Nội dung", "Tổng", "NSTW", "NSĐP", "NSTW", "NSĐP", "Ghi chú"],
                      ["1", "Tập huấn cán bộ cơ sở", "940", "200", "270", "200", "270", ""]]

WHOLE_ABOVE = [["STT", "Nội dung", "Kinh phí", "Đơn vị thực hiện"]]
WHOLE_BELOW = [["", "", "Vốn sự nghiệp", "Vốn đầu tư", ""],
               ["1", "Sửa chữa trạm y tế xã", "350", "1.200", "Trung tâm Y tế huyện"]]
WHOLE_JOINED = [["STT", "Nội dung", "Kinh phí", "Kinh phí", "Đơn vị thực hiện"],
                ["STT", "Nội dung", "Vốn sự nghiệp", "Vốn đầu tư", "Đơn vị thực hiện"],
                ["1", "Sửa chữa trạm y tế xã", "350", "1.200", "Trung tâm Y tế huyện"]]

MUST = [("a group over three sources", TWO_LEVEL_ABOVE, TWO_LEVEL_BELOW, TWO_LEVEL_JOINED),
        ("years over sources, the cut row blank under the years", THREE_LEVEL_ABOVE, THREE_LEVEL_BELOW,
         THREE_LEVEL_JOINED),
        ("a header whose last row is whole", WHOLE_ABOVE, WHOLE_BELOW, WHOLE_JOINED)]

MUST_NOT = [
    ("the body began above the break", TWO_LEVEL_ABOVE + [["1", "Phường Tân An", "04", "2.480.000", ""]],
     TWO_LEVEL_BELOW),
    ("a first row with a code", TWO_LEVEL_ABOVE, TWO_LEVEL_BELOW[1:]),
    ("names that do not share out evenly", THREE_LEVEL_ABOVE,
     [["", "", "", "NSTW", "NSĐP", "Vận động", "NSTW", "NSĐP", ""],
      ["1", "Tập huấn cán bộ cơ sở", "990", "200", "270", "50", "200", "270", ""]]),
    ("as wide as each other", [r + ["", ""] for r in TWO_LEVEL_ABOVE], TWO_LEVEL_BELOW),
]


@pytest.mark.parametrize("name,above,below,joined", MUST, ids=[m[0] for m in MUST])
def test_a_cut_header_is_joined_to_its_rest(name, above, below, joined):
    assert joined_cut_header(above, below) == joined


@pytest.mark.parametrize("name,above,below", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_must_not_other_pairs(name, above, below):
    assert joined_cut_header(above, below) is None


def test_pages_with_a_cut_header_make_one_table():
    pages = [[("table", TWO_LEVEL_ABOVE)], [("table", TWO_LEVEL_BELOW), ("footnote", None)]]
    out = join_cut_tables(pages, set())
    tables = [payload for items in out for kind, payload in items if kind == "table"]
    assert tables == [TWO_LEVEL_JOINED]
