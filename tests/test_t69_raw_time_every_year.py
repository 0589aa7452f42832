"""A task table copied cell after cell (`pdftotext -raw`) whose row's lead, partner and time's first word came out on
one line, the time's rest a word a line under it ("Tỉnh đoàn Công an tỉnh Quý" / "IV" / "hằng" / "năm"), or a month's
or a quarter's every year as a line of its own ("Quý IV hằng năm"): the time read whole (raw_tasks: _TIME_ONE's "hằng
năm" after a month or a quarter, _TIME_REST's quarter alone, MAX_TIME_REST lines), and the lead and the partner apart.
The row's agencies and time were lost before (G65 donglam's PDF dumps, row 4, round T68's leftover).

Must-not rows: a time with its year, a time of every year alone, a quarter's numeral inside an agency's line, keep
today's reading."""

from __future__ import annotations

import pytest

from extractors.layout import raw_tasks

KINDS = raw_tasks._header("TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian")


@pytest.mark.parametrize("row, want", [
    # must: the time's rest a word a line under the agencies' line, a month's or a quarter's every year
    (["2 Thi đấu bóng chuyền", "nam nữ cấp huyện", "Liên đoàn Lao động Trung tâm Văn hóa Quý", "III", "hằng", "năm"],
     ["2", "Thi đấu bóng chuyền nam nữ cấp huyện", "Liên đoàn Lao động", "Trung tâm Văn hóa", "Quý III hằng năm"]),
    (["5 Kiểm tra an toàn", "thực phẩm dịp Tết", "Sở Y tế Công an tỉnh Tháng", "12", "hàng năm"],
     ["5", "Kiểm tra an toàn thực phẩm dịp Tết", "Sở Y tế", "Công an tỉnh", "Tháng 12 hàng năm"]),
    (["3 Hội thao dân quân", "Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ", "Quý II hằng năm"],
     ["3", "Hội thao dân quân", "Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ", "Quý II hằng năm"]),
    # must-not: as today
    (["1 Tập huấn cán bộ", "Sở Nội vụ Sở Tài chính Quý", "II/2027"],
     ["1", "Tập huấn cán bộ", "Sở Nội vụ", "Sở Tài chính", "Quý II/2027"]),
    (["4 Phát triển câu lạc bộ", "dưỡng sinh", "Hội Người cao tuổi", "Sở Y tế Hằng", "năm"],
     ["4", "Phát triển câu lạc bộ dưỡng sinh", "Hội Người cao tuổi", "Sở Y tế", "Hằng năm"]),
])
def test_time_every_year(row, want):
    assert raw_tasks._cells(row, KINDS) == want


def test_numeral_in_a_name_is_no_time():
    # a Roman numeral ending a body's name is not a quarter: no time made of it
    cells = raw_tasks._cells(["6 Tổ chức hội nghị", "Sở Tư pháp", "Trung tâm Trọng tài Khu vực", "II"], KINDS)
    assert cells is None or "Quý" not in cells[-1]


def test_last_row_ends_after_the_time_rest():
    # the table's last row whose time's rest runs three lines ("Quý" / "III" / "hằng" / "năm"): read whole, not lost
    lines = ["TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian",
             "1 Tập huấn nghiệp vụ", "cho cán bộ xã", "Sở Nội vụ Sở Tài chính Năm", "2027",
             "2 Thi đấu bóng chuyền", "nam nữ cấp huyện", "Liên đoàn Lao động Trung tâm Văn hóa Quý", "III", "hằng", "năm",
             "III. KINH PHÍ THỰC HIỆN"]
    start = lines.index("2 Thi đấu bóng chuyền")
    assert raw_tasks._last_row_end(lines, start) == len(lines) - 1
