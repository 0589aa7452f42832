"""A task table whose rows each sit on one line, their cells set apart by single spaces only: a crawler's text or a
word segmenter's output that turned the table's tabs into spaces ("3 Trồng rừng phòng hộ đầu nguồn Ban Quản lý rừng
phòng hộ Vân Khê Chi cục Kiểm lâm; Ủy ban nhân dân các xã Tháng 5 - 8/2028" under "TT Nội dung công việc Đơn vị chủ
trì Đơn vị phối hợp Thời gian"). Round P45 (G35's crawler page word-segmented): the header was found but no row could
be cut, so every row became an activity whose title ran on through its agencies and its time.

Now a one-line row is cut where the words say: the time at the line's end, the lead at the first agency's name that a
cell of names only follows (not "UBND tỉnh ban hành ...", a task's words), the partners at the next name not joined to
the lead by a list's mark (",", ";", "và") nor inside a name whose kind alone stands before it ("Văn phòng UBND
tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng"). Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import raw_tasks
from extractors.layout.raw_tasks import one_line_cells

KINDS = ["code", "task", "lead", "partner", "time"]


@pytest.mark.parametrize("line, cells", [
    ("1 Khảo sát, đánh giá hiện trạng đê bao năm 2027 Chi cục Thủy lợi Ủy ban nhân dân các xã Quý I/2027",
     ["1", "Khảo sát, đánh giá hiện trạng đê bao năm 2027", "Chi cục Thủy lợi", "Ủy ban nhân dân các xã",
      "Quý I/2027"]),
    # no partner: the lead runs to the time
    ("2 Cung cấp giống thủy sản sạch bệnh Trung tâm Khuyến nông tỉnh Tháng 2 - 4/2027",
     ["2", "Cung cấp giống thủy sản sạch bệnh", "Trung tâm Khuyến nông tỉnh", "", "Tháng 2 - 4/2027"]),
    # a lead whose name ends on a place in capitals, the partners a list joined by ";"
    ("3 Nạo vét kênh tưới tiêu nội đồng Ban Quản lý dự án Thủy lợi Sông Mây Phòng Kinh tế; Công an xã Tháng 6 - 9/2027",
     ["3", "Nạo vét kênh tưới tiêu nội đồng", "Ban Quản lý dự án Thủy lợi Sông Mây", "Phòng Kinh tế; Công an xã",
      "Tháng 6 - 9/2027"]),
    # an agency named inside the task ("ban hành" after it: a task's words), one kind alone before a name
    ("4 Tham mưu UBND huyện ban hành quy chế phối hợp Phòng Nội vụ Các cơ quan, đơn vị Quý III/2027",
     ["4", "Tham mưu UBND huyện ban hành quy chế phối hợp", "Phòng Nội vụ", "Các cơ quan, đơn vị", "Quý III/2027"]),
    ("5 Tổng hợp kết quả thực hiện Văn phòng UBND huyện Phòng Tài chính - Kế hoạch, Phòng Nội vụ Trước ngày 10/12/2027",
     ["5", "Tổng hợp kết quả thực hiện", "Văn phòng UBND huyện", "Phòng Tài chính - Kế hoạch, Phòng Nội vụ",
      "Trước ngày 10/12/2027"]),
    ("6 Tuần tra khu vực biên giới Bộ Chỉ huy Bộ đội Biên phòng tỉnh Công an tỉnh Thường xuyên",
     ["6", "Tuần tra khu vực biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Thường xuyên"]),
    # an agency after "với" in the task stays in the task
    ("7 Phối hợp với Sở Tư pháp rà soát văn bản Phòng Tư pháp UBND các xã Năm 2027",
     ["7", "Phối hợp với Sở Tư pháp rà soát văn bản", "Phòng Tư pháp", "UBND các xã", "Năm 2027"]),
])
def test_a_one_line_row_cut_into_its_cells(line, cells):
    assert one_line_cells(line, KINDS) == cells


@pytest.mark.parametrize("line", [
    "1 Tuyên truyền, phổ biến pháp luật trên loa truyền thanh Quý I/2027",  # no agency at all
    "2 Sở Tài chính Quý I/2027",  # no task before the agency
    "3 Giao UBND các xã tổ chức ra quân làm đường giao thông nông thôn",  # a sentence: names then a verb
])
def test_no_cells_where_the_words_cannot_say(line):
    assert one_line_cells(line, KINDS) is None


def test_other_headers_are_not_cut_this_way():
    # must not: a product column or a cost column has no place in a one-line row's reading
    line = "1 Khảo sát hiện trạng Chi cục Thủy lợi UBND các xã Quý I/2027"
    assert one_line_cells(line, ["code", "task", "lead", "product", "time"]) is None
    assert one_line_cells(line, ["code", "task", "lead", "cost"]) is None


HEAD = "TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian"
ROWS = ["1 Khảo sát, đánh giá hiện trạng đê bao năm 2027 Chi cục Thủy lợi Ủy ban nhân dân các xã Quý I/2027",
        "2 Cung cấp giống thủy sản sạch bệnh Trung tâm Khuyến nông tỉnh Tháng 2 - 4/2027",
        "3 Nạo vét kênh tưới tiêu nội đồng Ban Quản lý dự án Thủy lợi Sông Mây Phòng Kinh tế; Công an xã Tháng 6 - 9/2027"]


def test_the_table_is_read_with_its_one_line_rows():
    found = raw_tasks.tables(["III. NHIỆM VỤ", HEAD, *ROWS, "IV. KINH PHÍ THỰC HIỆN", "Từ ngân sách huyện."], set())
    assert len(found) == 1
    first, last, rows = found[0]
    assert (first, last) == (1, 4)
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[3][2:] == ["Ban Quản lý dự án Thủy lợi Sông Mây", "Phòng Kinh tế; Công an xã", "Tháng 6 - 9/2027"]


def test_rows_that_are_sentences_make_no_table():
    # must not: numbered sentences under such a header are not cut into cells
    rows = ["1 Giao UBND các xã tổ chức ra quân làm đường giao thông nông thôn",
            "2 Giao Phòng Kinh tế hướng dẫn các hợp tác xã chuyển đổi cây trồng"]
    assert raw_tasks.tables(["III. NHIỆM VỤ", HEAD, *rows, "IV. KINH PHÍ"], set()) == []
