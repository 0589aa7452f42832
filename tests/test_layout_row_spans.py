"""A task table whose cells merged down over rows (an HTML rowspan) a converter dropped
(html2text, markdownify: a row one or two cells short): the row's cells go back to the columns
of their kind, the merged cell's text fills the gap (extractors.layout.row_spans), and the
tasks get their lead and partners right. Invented rows and a plan of our own."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.layout.row_spans import lost_row_spans
from extractors.segment import outline

HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
FIRST = ["1", "Điều tra hiện trạng rừng phòng hộ", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã", "Quý I/2027"]

MERGED = [
    # must match: the lead merged down (the partner and the time are the row's own)
    ([HEAD, FIRST, ["2", "Cắm mốc ranh giới rừng", "Công an tỉnh", "Quý II/2027"]],
     ["2", "Cắm mốc ranh giới rừng", "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Quý II/2027"]),
    # the time merged down: an agency never stands under "Thời gian"
    ([HEAD, FIRST, ["2", "Cắm mốc ranh giới rừng", "Hạt Kiểm lâm huyện Tây Sơn", "Ủy ban nhân dân các xã"]],
     ["2", "Cắm mốc ranh giới rừng", "Hạt Kiểm lâm huyện Tây Sơn", "Ủy ban nhân dân các xã", "Quý I/2027"]),
    # the lead and the partner merged down: the time alone is the row's own
    ([HEAD, FIRST, ["2", "Cắm mốc ranh giới rừng", "Hằng năm"]],
     ["2", "Cắm mốc ranh giới rừng", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã", "Hằng năm"]),
    # a time never stands under "phối hợp": the partner merged, not the time
    ([HEAD, FIRST, ["2", "Cắm mốc ranh giới rừng", "Ban Quản lý rừng phòng hộ", "Cả năm"]],
     ["2", "Cắm mốc ranh giới rừng", "Sở Nông nghiệp và Môi trường", "Ban Quản lý rừng phòng hộ", "Cả năm"]),
]


@pytest.mark.parametrize("rows,expected", MERGED)
def test_a_rows_merged_cells_come_back(rows, expected):
    assert lost_row_spans(rows)[-1] == expected


def test_merges_over_several_rows_and_a_two_row_header():
    rows = [["TT", "Nội dung", "Cơ quan thực hiện", "Cơ quan thực hiện", "Thời gian"],
            ["", "", "Chủ trì", "Phối hợp", ""],
            ["1", "Khảo sát nhu cầu", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Tháng 3"],
            ["2", "Tập huấn cán bộ", "Sở Nội vụ", "Tháng 5"],
            ["3", "Giám sát thực hiện", "Sở Tài chính", "Tháng 9"]]
    got = lost_row_spans(rows)
    assert got[3] == ["2", "Tập huấn cán bộ", "Sở Y tế", "Sở Nội vụ", "Tháng 5"]
    assert got[4] == ["3", "Giám sát thực hiện", "Sở Y tế", "Sở Tài chính", "Tháng 9"]


KEPT = [
    # must not: a group's row, short by nature
    [HEAD, FIRST, ["II", "Nhóm nhiệm vụ bảo vệ rừng", "Năm 2027"]],
    # must not: the first row under the header (nothing above it to merge)
    [HEAD, ["1", "Điều tra hiện trạng rừng", "Công an tỉnh", "Quý I/2027"], FIRST],
    # must not: a row of two cells
    [HEAD, FIRST, ["2", "Cắm mốc ranh giới rừng"]],
    # must not: a table with no lead column (a budget table's short row)
    [["STT", "Nội dung", "Tổng số", "Ngân sách tỉnh", "Ngân sách huyện"],
     ["1", "Trồng rừng", "1.200", "800", "400"], ["2", "Chăm sóc rừng", "650", "650"]],
    # must not: three cells short
    [HEAD, FIRST, ["2", "Cắm mốc ranh giới rừng"]],
]


@pytest.mark.parametrize("rows", KEPT)
def test_rows_that_are_no_merge_stay(rows):
    assert lost_row_spans(rows) == rows


PLAN = """**ỦY BAN NHÂN DÂN** **TỈNH BÌNH SƠN** \\------- Số: 77/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** \\--------------- Bình Sơn, ngày 12 tháng 3 năm 2027
---|---

**KẾ HOẠCH**

**Bảo vệ và phát triển rừng phòng hộ năm 2027**

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo vệ diện tích rừng phòng hộ hiện có.

**II. NHIỆM VỤ**

STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
---|---|---|---|---
1 | Điều tra hiện trạng rừng phòng hộ | Sở Nông nghiệp và Môi trường | Ủy ban nhân dân các xã | Quý I/2027
2 | Cắm mốc ranh giới rừng | Công an tỉnh | Quý II/2027
3 | Tuần tra bảo vệ rừng mùa khô | Bộ Chỉ huy Quân sự tỉnh | Cả năm

**III. TỔ CHỨC THỰC HIỆN**

Các cơ quan, đơn vị triển khai thực hiện.
"""


def test_a_plans_tasks_under_a_merged_lead():
    doc = build_document(read(PLAN.encode(), "plan.md"))
    got = {a["code"]: (a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))}
    assert got["2"] == (["Sở Nông nghiệp và Môi trường"], ["Công an tỉnh"])
    assert got["3"] == (["Sở Nông nghiệp và Môi trường"], ["Bộ Chỉ huy Quân sự tỉnh"])
