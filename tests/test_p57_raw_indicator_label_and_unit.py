"""An indicator table copied out of its PDF (a viewer's copy, PDFium's text, `pdftotext -raw`) whose label column
is wide enough for a few words a line: a row's code alone on its line, its label over two or three lines, the last of
them holding the label's last words, the unit and the amounts ("được xử lý trực tuyến toàn trình % 75 85 Văn phòng
Ủy"), the lead body's rest under it; and the header again at the next page's top. extractors.layout.raw_indicators
read a unit's words only before the amounts on a line of their own (three at most): the row, and so the table, was
lost. Now the words before the amounts on such a line are the label's last words, then the unit (the unit cell's
last words, spaced_rows.UNIT_CELL; "%" alone after words); the header repeated at a page's top is passed over.

Must-not rows: a unit that took lines of its own ("lượt" / "người 120 150") and a label line with no amounts read
as before."""

from __future__ import annotations

from extractors.layout import raw_indicators

HEAD = ["STT Chỉ tiêu Đơn vị", "tính", "Năm", "2029", "Năm", "2030", "Cơ quan chủ", "trì"]
ROWS = [
    "I Y tế",
    "1",
    "Tỷ lệ trạm y tế xã có bác sĩ",
    "làm việc thường xuyên % 86 92 Sở Y",
    "tế",
    "2",
    "Tỷ lệ người dân được quản lý",
    "sức khỏe điện tử % 78 85 Sở Y tế",
]
PAGE_2 = [
    "II Giáo dục",
    "3",
    "Số trường học đạt chuẩn quốc gia",
    "được công nhận mới trường 14 18 Sở Giáo dục",
    "và Đào tạo",
    "4",
    "Tỷ lệ học sinh trong độ tuổi",
    "hoàn thành tiểu học % 99,2 99,5 Sở Giáo dục",
    "và Đào tạo",
]
WANT = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2029", "Năm 2030", "Cơ quan chủ trì"],
    ["I", "Y tế", "", "", "", ""],
    ["1", "Tỷ lệ trạm y tế xã có bác sĩ làm việc thường xuyên", "%", "86", "92", "Sở Y tế"],
    ["2", "Tỷ lệ người dân được quản lý sức khỏe điện tử", "%", "78", "85", "Sở Y tế"],
    ["II", "Giáo dục", "", "", "", ""],
    ["3", "Số trường học đạt chuẩn quốc gia được công nhận mới", "trường", "14", "18", "Sở Giáo dục và Đào tạo"],
    ["4", "Tỷ lệ học sinh trong độ tuổi hoàn thành tiểu học", "%", "99,2", "99,5", "Sở Giáo dục và Đào tạo"],
]


def test_the_label_the_unit_and_the_amounts_on_one_line():
    lines = HEAD + ROWS + PAGE_2 + ["", "II. NHIỆM VỤ"]
    found = raw_indicators.table_at(lines, 0)
    assert found is not None and found[1] == WANT


def test_the_header_again_at_the_next_pages_top():
    lines = HEAD + ROWS + HEAD + PAGE_2 + ["", "II. NHIỆM VỤ"]
    found = raw_indicators.table_at(lines, 0)
    assert found is not None and found[1] == WANT


def test_a_unit_on_lines_of_its_own_as_before():
    lines = HEAD + ["1 Số lượt khách", "du lịch", "lượt", "người 120 150 Sở Văn", "hóa", "2 Số điểm du lịch", "cộng đồng",
                    "điểm 12 15 Sở Văn hóa", "", "II. NHIỆM VỤ"]
    found = raw_indicators.table_at(lines, 0)
    assert found is not None
    assert [r[1:5] for r in found[1][1:]] == [["Số lượt khách du lịch lượt", "người", "120", "150"],
                                             ["Số điểm du lịch cộng đồng", "điểm", "12", "15"]]
