"""A one-line task row (a crawl's or a word segmenter's table row, its cells apart by single spaces) whose task names
a place, a channel or a body after a preposition: "Tuyên truyền ... trên Báo Đông Lâm", "Đăng tải ... qua Cổng Thông
tin điện tử tỉnh", "Kiểm tra các đơn vị thuộc Sở Y tế", "Tập huấn cho cán bộ trong Ban Chỉ đạo". Round P53 (G51's
leftover): the row was cut at that name, as if the lead started there, so the task lost its end and the lead and the
partners moved one cell. The word before a name that carries the task on now includes "trên", "qua", "thuộc",
"trong", "cùng", "từ", "tới", "bởi" (extractors.layout.raw_tasks._NOT_A_CUT). A kind's word twice ("... của Sở Sở
Công Thương") ends one name and opens the next (raw_tasks._agency_starts). Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import one_line_cells

KINDS = ["code", "task", "lead", "partner", "time"]


@pytest.mark.parametrize("line, cells", [
    # must: the name after the preposition stays in the task
    ("1 Tuyên truyền kết quả thực hiện trên Báo Đông Lâm Sở Văn hóa, Thể thao và Du lịch Đài Phát thanh và Truyền "
     "hình tỉnh Quý II/2027",
     ["1", "Tuyên truyền kết quả thực hiện trên Báo Đông Lâm", "Sở Văn hóa, Thể thao và Du lịch",
      "Đài Phát thanh và Truyền hình tỉnh", "Quý II/2027"]),
    ("2 Đăng tải thông tin qua Cổng Thông tin điện tử tỉnh Sở Thông tin và Truyền thông Các sở, ngành Thường xuyên",
     ["2", "Đăng tải thông tin qua Cổng Thông tin điện tử tỉnh", "Sở Thông tin và Truyền thông", "Các sở, ngành",
      "Thường xuyên"]),
    ("3 Kiểm tra các đơn vị thuộc Sở Y tế Thanh tra tỉnh Sở Y tế Quý III/2027",
     ["3", "Kiểm tra các đơn vị thuộc Sở Y tế", "Thanh tra tỉnh", "Sở Y tế", "Quý III/2027"]),
    ("4 Tập huấn cho cán bộ trong Ban Chỉ đạo Phòng Nội vụ Ủy ban nhân dân các xã Quý I/2027",
     ["4", "Tập huấn cho cán bộ trong Ban Chỉ đạo", "Phòng Nội vụ", "Ủy ban nhân dân các xã", "Quý I/2027"]),
    ("5 Tuần tra kiểm soát phối hợp cùng Công an xã Ban Chỉ huy Quân sự xã Các thôn Tháng 1 - 3/2027",
     ["5", "Tuần tra kiểm soát phối hợp cùng Công an xã", "Ban Chỉ huy Quân sự xã", "Các thôn", "Tháng 1 - 3/2027"]),
    # must: a kind's word twice, the first ending the name the task gives ("của Sở"), the second opening the lead
    ("8 Đăng tải kết quả trên Cổng thông tin của Sở Sở Tư pháp Sở Nội vụ Quý IV/2027",
     ["8", "Đăng tải kết quả trên Cổng thông tin của Sở", "Sở Tư pháp", "Sở Nội vụ", "Quý IV/2027"]),
    ("9 Cập nhật dữ liệu vào phần mềm của Phòng Phòng Kinh tế Công an xã Tháng 9/2027",
     ["9", "Cập nhật dữ liệu vào phần mềm của Phòng", "Phòng Kinh tế", "Công an xã", "Tháng 9/2027"]),
    # must not: a place's name after an ordinary word ends the task where the lead starts
    ("6 Kiểm tra an toàn thực phẩm trên địa bàn Đội Quản lý thị trường số 3 Phòng Y tế Quý II/2027",
     ["6", "Kiểm tra an toàn thực phẩm trên địa bàn", "Đội Quản lý thị trường số 3", "Phòng Y tế", "Quý II/2027"]),
    ("7 Tổ chức hội thi Đoàn Thanh niên phường Các khu phố Tháng 3/2027",
     ["7", "Tổ chức hội thi", "Đoàn Thanh niên phường", "Các khu phố", "Tháng 3/2027"]),
])
def test_a_name_after_a_preposition_stays_in_the_task(line, cells):
    assert one_line_cells(line, KINDS) == cells
