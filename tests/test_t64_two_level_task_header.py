"""A task table whose agencies' columns stand under one name ("Đơn vị thực hiện", "Cơ quan thực hiện", "Phân công
thực hiện"), their own names ("Chủ trì", "Phối hợp") on the header's second row, copied out of its PDF cell after
cell: `pdftotext -raw` gives the top row's names first (the time's "Thời" / "gian" wrapped among them), then the two
under the group; a PDF library's text gives "... Đơn vị thực hiện Thời" / "Chủ trì Phối hợp gian". The group's name is
the two columns under it, in its place (extractors.layout.raw_tasks.one_level). A last row's time a narrow column
broke over three lines beside the partner ("Sở Tư pháp Quý I," / "IV/202" / "8") is the row's time, quarters listed.

Must-not rows: a one-level header whose lead's column is named "Đơn vị thực hiện" (no names under it), a header of
"Cơ quan chủ trì" / "Cơ quan phối hợp", a text with the group's words and no sub-names keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import one_level, tables

# pdftotext -raw: the top row's names, the time's word wrapped, then the names under the group
RAW = """II. NHIỆM VỤ CỤ THỂ
STT Nội dung công việc Cơ quan thực hiện Thời
gian
Chủ trì Phối hợp
1 Rà soát hồ sơ đất
công ích các xã
Phòng Tài nguyên
và Môi trường
Ủy ban nhân
dân các xã
Quý I/2029
2 Cắm mốc ranh giới
hành lang bảo vệ
kênh Tây Sơn
Ban Quản lý
dự án huyện
Phòng Kinh tế
hạ tầng; Công an
huyện
Tháng
5 - 9/2029
3 Xử lý vi phạm
lấn chiếm đất công
Thanh tra huyện
Công an các xã Quý III,
IV/202
9
III. KINH PHÍ THỰC HIỆN
"""

# a PDF library's text: each line's end keeps the space it wrapped at
TEXT = """STT Nội dung nhiệm vụ Phân công thực hiện Thời 
Chủ trì Phối hợp gian
1 Tập huấn nghiệp vụ 
văn thư, lưu trữ
Văn phòng 
Sở
Các phòng 
chuyên môn
Tháng 
4/2028
2 Số hóa hồ sơ 
lưu trữ lịch sử
Trung tâm 
Lưu trữ tỉnh
Sở Thông tin 
và Truyền thông
Năm 2028
3. TỔ CHỨC THỰC HIỆN
"""


def _rows(text: str) -> list[list[str]]:
    found = tables(text.splitlines(), set())
    assert len(found) == 1
    return found[0][2]


def test_raw_copy_of_a_two_level_header():
    rows = _rows(RAW)
    assert rows[0] == ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian"]
    assert rows[1:] == [
        ["1", "Rà soát hồ sơ đất công ích các xã", "Phòng Tài nguyên và Môi trường", "Ủy ban nhân dân các xã",
         "Quý I/2029"],
        ["2", "Cắm mốc ranh giới hành lang bảo vệ kênh Tây Sơn", "Ban Quản lý dự án huyện",
         "Phòng Kinh tế hạ tầng; Công an huyện", "Tháng 5 - 9/2029"],
        ["3", "Xử lý vi phạm lấn chiếm đất công", "Thanh tra huyện", "Công an các xã", "Quý III, IV/2029"],
    ]


def test_library_text_of_a_two_level_header():
    rows = _rows(TEXT)
    assert rows[0] == ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]
    assert [r[2:4] for r in rows[1:]] == [["Văn phòng Sở", "Các phòng chuyên môn"],
                                        ["Trung tâm Lưu trữ tỉnh", "Sở Thông tin và Truyền thông"]]
    assert [r[4] for r in rows[1:]] == ["Tháng 4/2028", "Năm 2028"]


@pytest.mark.parametrize("text, flat", [
    ("TT Nội dung Đơn vị thực hiện Thời gian Chủ trì Phối hợp", "TT Nội dung Chủ trì Phối hợp Thời gian"),
    ("STT Nhiệm vụ Cơ quan, đơn vị thực hiện Thời Chủ trì Phối hợp gian", "STT Nhiệm vụ Chủ trì Phối hợp Thời gian"),
    ("TT Hoạt động Trách nhiệm thực hiện Tiến độ Cơ quan chủ trì Cơ quan phối hợp",
     "TT Hoạt động Cơ quan chủ trì Cơ quan phối hợp Tiến độ"),
    # must not: one level, or no names under the group's
    ("STT Nội dung Đơn vị thực hiện Thời gian", "STT Nội dung Đơn vị thực hiện Thời gian"),
    ("STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian", "STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian"),
    ("Đơn vị thực hiện chủ trì, phối hợp với các sở", "Đơn vị thực hiện chủ trì, phối hợp với các sở"),
])
def test_one_level(text, flat):
    assert one_level(text) == flat


def test_a_one_level_header_named_for_its_lead():
    # must not: "Đơn vị thực hiện" the lead's own column, a partner's after it
    rows = _rows("STT Nội dung Đơn vị thực hiện Đơn vị phối hợp Thời gian\n1 Kiểm kê rừng\nHạt Kiểm lâm\nUBND các xã\n"
                 "Quý II/2027\n2 Trồng cây phân tán\nPhòng Nông nghiệp\nĐoàn Thanh niên\nTháng 3/2027\n")
    assert rows[0] == ["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]
    assert [r[2:] for r in rows[1:]] == [["Hạt Kiểm lâm", "UBND các xã", "Quý II/2027"],
                                        ["Phòng Nông nghiệp", "Đoàn Thanh niên", "Tháng 3/2027"]]
