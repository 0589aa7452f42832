"""Task tables as a PDF text library gives a page's text in content order (pypdfium2, PyMuPDF): each cell's lines
one under another, nothing between the cells (the shape extractors.layout.raw_tasks reads), with what that order
adds to `pdftotext -raw`'s:

- a cell's line that wrapped keeps the space it wrapped at, its last line has none: "Ban Dân vận " / "Huyện ủy" is
  one name, not two agencies;
- a lead's cell merged over several rows is printed once, in its first row: a row whose one cell of agencies is a
  list of them holds the partners, its lead the row above's;
- parts lettered "A", "B" (a group's letter, the first row after the header one of them); a part's title in capitals
  wrapped in capitals ("HỆ " / "THỐNG CHÍNH TRỊ").

Each must row failed on e96cf6f; each must-not row reads as before."""

from __future__ import annotations

import pytest

from extractors.layout import raw_tasks

HEAD = ["ST", "T", "Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian ", "thực hiện"]

ROWS = [
    "A CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG ",
    "1 Tổ chức hội nghị quán triệt chương ",
    "trình hành động đến cán bộ chủ chốt",
    "Ban Dân vận ",
    "Huyện ủy",
    "Văn phòng Huyện ủy, Trung ",
    "tâm Chính trị huyện",
    "Quý ",
    "II/2027",
    "2 Biên soạn tài liệu tuyên truyền cho ",
    "đảng viên ở chi bộ",
    "Trung tâm Chính trị huyện, ",
    "Ban Tuyên giáo Huyện ủy",
    "Quý ",
    "III/2027",
    "B XÂY DỰNG ĐẢNG VÀ HỆ ",
    "THỐNG CHÍNH TRỊ",
    "3 Rà soát quy hoạch cán bộ lãnh đạo, ",
    "quản lý các cấp",
    "Ban Tổ chức ",
    "Huyện ủy",
    "Ủy ban Kiểm tra Huyện ủy",
    "Năm 2028",
]


def _table(lines):
    found = raw_tasks.table_at(lines + ["III. TỔ CHỨC THỰC HIỆN"], 0)
    assert found is not None
    return found[1]


def test_rows_read():
    rows = _table(HEAD + ROWS)
    body = [r for r in rows[1:] if r[0].isdigit()]
    assert body == [
        ["1", "Tổ chức hội nghị quán triệt chương trình hành động đến cán bộ chủ chốt", "Ban Dân vận Huyện ủy",
         "Văn phòng Huyện ủy, Trung tâm Chính trị huyện", "Quý II/2027"],
        # the lead's cell merged with the row's above: printed in row 1 only
        ["2", "Biên soạn tài liệu tuyên truyền cho đảng viên ở chi bộ", "Ban Dân vận Huyện ủy",
         "Trung tâm Chính trị huyện, Ban Tuyên giáo Huyện ủy", "Quý III/2027"],
        ["3", "Rà soát quy hoạch cán bộ lãnh đạo, quản lý các cấp", "Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy",
         "Năm 2028"],
    ]
    groups = [r[:2] for r in rows[1:] if not r[0].isdigit()]
    assert groups == [["A", "CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG"], ["B", "XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"]]


def test_wrap_join_row():
    assert raw_tasks._wraps_joined(["1 Tổ chức ", "hội nghị", "Ban Dân vận ", "Huyện ủy", "Quý II"]) == \
        ["1 Tổ chức hội nghị", "Ban Dân vận Huyện ủy", "Quý II"]


# rows that read as before
MUST_NOT = [
    # every line ends in a space: nothing told, nothing joined
    (["1 Tổ chức ", "hội nghị ", "Ban Dân vận ", "Huyện ủy ", "Quý II "],
     ["1 Tổ chức ", "hội nghị ", "Ban Dân vận ", "Huyện ủy ", "Quý II "]),
    # no line ends in a space: as it was
    (["1 Tổ chức", "hội nghị", "Ban Dân vận", "Huyện ủy"], ["1 Tổ chức", "hội nghị", "Ban Dân vận", "Huyện ủy"]),
]


@pytest.mark.parametrize("row, joined", MUST_NOT)
def test_wrap_join_must_not(row, joined):
    assert raw_tasks._wraps_joined(row) == joined


def test_one_agency_alone_is_the_lead():
    # a row whose one cell of agencies names one agency (no list): its lead, as before
    rows = _table(["STT Nội dung Chủ trì Phối hợp Thời gian",
                   "1 Kiểm tra các hồ chứa nhỏ", "Phòng Nông nghiệp", "Công an xã", "Tháng 5/2027",
                   "2 Sửa chữa cống tiêu Đồng Lầy", "Ủy ban nhân dân các xã", "Tháng 6/2027"])
    assert rows[2][2] == "Ủy ban nhân dân các xã" and rows[2][3] == ""


def test_list_first_row_as_before():
    # a list of agencies in the first row has no row above to take a lead from: read as before (the list the lead)
    rows = _table(["STT Nội dung Chủ trì Phối hợp Thời gian",
                   "1 Kiểm tra các hồ chứa nhỏ", "Công an xã; Đoàn Thanh niên xã", "Tháng 5/2027",
                   "2 Sửa chữa cống tiêu Đồng Lầy", "Phòng Nông nghiệp", "Ủy ban nhân dân các xã", "Tháng 6/2027",
                   "3 Nạo vét kênh Bàu Sen", "Phòng Kinh tế", "Hợp tác xã Bàu Sen", "Tháng 7/2027"])
    assert rows[1][2] == "Công an xã; Đoàn Thanh niên xã" and rows[1][3] == ""


def test_time_lines_stay_apart():
    # a time's wrapped lines stay lines of their own: the time cell is told by its first line's words
    assert raw_tasks._wraps_joined(["1 Tổ chức ", "hội nghị", "Ban Dân vận ", "Huyện ủy", "Quý IV ", "hằng năm"]) == \
        ["1 Tổ chức hội nghị", "Ban Dân vận Huyện ủy", "Quý IV ", "hằng năm"]


@pytest.mark.parametrize("pieces", [["S", "T", "T"], ["T", "T"]])
def test_code_name_in_pieces(pieces):
    # the code column's name broken a letter a line by a narrow column ("S" / "T" / "T", "T" / "T")
    lines = pieces + ["Nội dung nhiệm ", "vụ", "Đơn vị ", "chủ trì", "Đơn vị ", "phối hợp", "Thời ", "gian",
                      "1 Nâng cấp mạng ", "nội bộ", "Phòng Kế ", "hoạch - Tài chính", "Các bệnh ", "viện tuyến tỉnh",
                      "Năm ", "2028",
                      "2 Triển khai bệnh án ", "điện tử", "Phòng Nghiệp vụ Y", "Sở Khoa học và ", "Công nghệ",
                      "Quý IV/2028"]
    rows = _table(lines)
    assert rows[1][:4] == ["1", "Nâng cấp mạng nội bộ", "Phòng Kế hoạch - Tài chính", "Các bệnh viện tuyến tỉnh"]
    assert rows[2][2:4] == ["Phòng Nghiệp vụ Y", "Sở Khoa học và Công nghệ"]


KINDS = ["code", "task", "lead", "partner", "time"]


@pytest.mark.parametrize("row, cells", [
    # a year alone after the partners' names, on their line
    (["1 Xây dựng khung kỹ", "năng số cho cán bộ xã", "Sở Nội vụ", "Trường Chính trị tỉnh 2028"],
     ["1", "Xây dựng khung kỹ năng số cho cán bộ xã", "Sở Nội vụ", "Trường Chính trị tỉnh", "2028"]),
    # a range of years, its first part on a line of its own
    (["2 Biên soạn tài liệu", "bồi dưỡng", "Sở Nội vụ", "Sở Tư pháp", "2027 -", "2028"],
     ["2", "Biên soạn tài liệu bồi dưỡng", "Sở Nội vụ", "Sở Tư pháp", "2027 - 2028"]),
])
def test_years_as_times(row, cells):
    assert raw_tasks._cells(row, KINDS) == cells


def test_task_ending_in_a_year_as_before():
    # a task's "năm 2027" is no time: its row's time is its last lines'
    row = ["5 Tổng kết công tác phòng, chống", "thiên tai năm 2027", "Sở Nông nghiệp", "Các sở, ngành", "Tháng", "12/2027"]
    assert raw_tasks._cells(row, KINDS) == ["5", "Tổng kết công tác phòng, chống thiên tai năm 2027", "Sở Nông nghiệp",
                                            "Các sở, ngành", "Tháng 12/2027"]
