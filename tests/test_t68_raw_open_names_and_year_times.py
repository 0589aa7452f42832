"""A task table copied out of its PDF cell after cell (`pdftotext -raw`, a PDF library's text) whose narrow agencies'
cells broke a name after its kind or its organ: "Công ty" / "Thoát nước Hà Vĩnh", "Chi nhánh" / "Ngân hàng Phát
triển tỉnh", "Văn phòng" / "Ủy ban nhân" / "dân huyện", "Ban Dân vận" / "Huyện ủy". The next line opens like an
agency's name, but the one above left its name open: one agency (normalizers.agencies.lines_by_agency's grouping,
owner_of), not a lead and a partner. And a time whose words had no year, its year alone on the next line ("Cả năm" /
"2030", "Quý IV" / "2030"), or a range whose dash is a line of its own ("2028" / "-" / "2030"): the row's time
whole, not the words run into the partners.

Must-not rows: a short whole name before the next one ("Sở Tài chính" / "Kho bạc Nhà nước"), a name ending in an open
word that is whole ("Các chi đoàn trực thuộc" / "Sở Y tế": two), a one-word head alone before a name (today's
reading: "Thanh tra" / "Sở"), a time with its year on one line, keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import tables

HEAD = "TT Nhiệm vụ Cơ quan chủ\ntrì\nCơ quan\nphối hợp\nThời gian\nthực hiện\n"


def _rows(text: str) -> list[list[str]]:
    found = tables(text.splitlines(), set())
    assert len(found) == 1
    return [r[2:] for r in found[0][2][1:]]


RAW = HEAD + """1 Cải tạo hệ thống
cống ngầm nội thị
Công ty
Thoát nước Hà
Vĩnh
Phòng Quản lý
đô thị
Quý IV
2030
2 Cho vay ưu đãi hộ
kinh doanh nhỏ
Chi nhánh
Ngân hàng Phát
triển tỉnh
Hội Liên hiệp
Phụ nữ huyện
Cả năm
2030
3 Số hóa hồ sơ một
cửa cấp huyện
Văn phòng
Ủy ban nhân
dân huyện
Phòng Nội vụ
Tháng 9/2030
4 Vận động nhân dân
hiến đất làm đường
Ban Dân vận
Huyện ủy
Ủy ban Mặt trận
Tổ quốc huyện
Hằng năm
III. KINH PHÍ
"""

# a PDF library's text: a cell's wrapped lines keep the space they wrapped at
TEXT = HEAD + """1 Lắp đặt trạm quan 
trắc nước mặt
Tổng công ty 
Cấp nước Bảo Linh
Sở Xây dựng
Cả năm
2029
2 Hỗ trợ vay vốn 
học sinh nghèo
Chi nhánh 
Ngân hàng Chính 
sách xã hội tỉnh
Sở Giáo dục 
và Đào tạo
Quý II
2029
III. KINH PHÍ
"""


def test_raw_open_names_and_year_times():
    assert _rows(RAW) == [
        ["Công ty Thoát nước Hà Vĩnh", "Phòng Quản lý đô thị", "Quý IV 2030"],
        ["Chi nhánh Ngân hàng Phát triển tỉnh", "Hội Liên hiệp Phụ nữ huyện", "Cả năm 2030"],
        ["Văn phòng Ủy ban nhân dân huyện", "Phòng Nội vụ", "Tháng 9/2030"],
        ["Ban Dân vận Huyện ủy", "Ủy ban Mặt trận Tổ quốc huyện", "Hằng năm"],
    ]


def test_library_text_open_names_and_year_times():
    assert _rows(TEXT) == [
        ["Tổng công ty Cấp nước Bảo Linh", "Sở Xây dựng", "Cả năm 2029"],
        ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Sở Giáo dục và Đào tạo", "Quý II 2029"],
    ]


@pytest.mark.parametrize("time, want", [
    # a range whose dash is a line of its own between its ends
    ("2028\n-\n2030", "2028 - 2030"),
    ("Quý I\n–\nQuý III/2029", "Quý I – Quý III/2029"),
])
def test_range_dash_alone(time, want):
    text = HEAD + f"1 Rà soát quy trình\nnội bộ\nPhòng Nội vụ\nPhòng Tư pháp\nHội Cựu chiến\nbinh huyện\n{time}\n" \
        "2 Kiểm tra định kỳ\nThanh tra huyện\nPhòng Nội vụ\nNăm 2029\n"
    assert _rows(text)[0] == ["Phòng Nội vụ", "Phòng Tư pháp; Hội Cựu chiến binh huyện", want]


@pytest.mark.parametrize("lead, partner, time, want", [
    # must not: two whole names, a whole name ending in an open word, a one-word head, a time with its year
    ("Sở Tài chính", "Kho bạc Nhà\nnước huyện", "Năm 2029", ["Sở Tài chính", "Kho bạc Nhà nước huyện", "Năm 2029"]),
    ("Các chi đoàn\ntrực thuộc", "Sở Y tế", "Tháng 7/2029", ["Các chi đoàn trực thuộc", "Sở Y tế", "Tháng 7/2029"]),
    ("Phòng Y tế", "Công an xã", "Quý I/2029", ["Phòng Y tế", "Công an xã", "Quý I/2029"]),
    ("Phòng Tài\nchính - Kế\nhoạch", "Chi cục Thuế\nkhu vực", "Cả năm 2029",
     ["Phòng Tài chính - Kế hoạch", "Chi cục Thuế khu vực", "Cả năm 2029"]),
])
def test_whole_names_and_times(lead, partner, time, want):
    text = HEAD + f"1 Rà soát quy trình\nnội bộ\n{lead}\n{partner}\n{time}\n2 Kiểm tra định kỳ\nThanh tra huyện\nPhòng Nội vụ\nNăm 2029\n"
    rows = _rows(text)
    assert rows[0] == want
    assert rows[1] == ["Thanh tra huyện", "Phòng Nội vụ", "Năm 2029"]
