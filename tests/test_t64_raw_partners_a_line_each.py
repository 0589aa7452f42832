"""A task table copied out of its PDF cell after cell (`pdftotext -raw`, a PDF library's text) whose partners' cell
holds two or three agencies a paragraph each, no comma or semicolon between them ("Hội Cựu chiến binh" / "xã" / "Ban
Chỉ huy Quân sự" / "xã"): each name is an item of the partners' list ("; " between them), not one name run together.
A name starts where an agency's name does (the reader's own cut between the lead's and the partners' cells) after
lines that are an agency's whole name. A time listed on a line of its own ("Quý I, quý III") is the row's time.

Must-not rows: a partner's one name wrapped over lines ("Ủy ban nhân" / "dân các phường"), a post's name before a
unit's ("Công chức" / "Văn phòng - Thống kê" is one partner), a list set apart by commas keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import tables

HEAD = "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian\n"
RAW = HEAD + """1 Tổ chức diễn tập
phòng thủ dân sự
Ban Chỉ huy Quân
sự xã
Công an xã
Hội Cựu chiến binh
xã
Trạm Y tế xã
Quý III/2029
2 Kiểm tra nhà
trọ, cơ sở lưu trú
Công an xã
Phòng Kinh tế
Ủy ban Mặt trận
Tổ quốc Việt Nam
xã
Quý I, quý III
3 Tập huấn sơ cứu
ban đầu
Trạm Y tế xã
Hội Chữ thập đỏ xã
Tháng 6/2029
III. KINH PHÍ
"""

# a PDF library's text: a cell's wrapped lines keep the space they wrapped at, a cell's last line has none
TEXT = HEAD + """1 Nạo vét kênh 
nội đồng
Hợp tác xã 
Nông nghiệp Tân An
Ban quản lý 
các ấp
Hội Nông dân xã
Tháng 3/2028
2 Trồng cây xanh 
ven đường liên ấp
Đoàn Thanh niên xã
Hội Liên hiệp 
Phụ nữ xã
Trường Trung học 
cơ sở Tân An
Năm 2028
III. KINH PHÍ
"""


def _rows(text: str) -> list[list[str]]:
    found = tables(text.splitlines(), set())
    assert len(found) == 1
    return found[0][2][1:]


def test_raw_partners_a_line_each():
    assert [r[2:] for r in _rows(RAW)] == [
        ["Ban Chỉ huy Quân sự xã", "Công an xã; Hội Cựu chiến binh xã; Trạm Y tế xã", "Quý III/2029"],
        ["Công an xã", "Phòng Kinh tế; Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Quý I, quý III"],
        ["Trạm Y tế xã", "Hội Chữ thập đỏ xã", "Tháng 6/2029"],
    ]


def test_library_text_partners_a_line_each():
    assert [r[2:4] for r in _rows(TEXT)] == [
        ["Hợp tác xã Nông nghiệp Tân An", "Ban quản lý các ấp; Hội Nông dân xã"],
        ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã; Trường Trung học cơ sở Tân An"],
    ]


@pytest.mark.parametrize("cell, partner", [
    # must not: one name wrapped, a post before a unit's name, a list with its marks
    ("Ủy ban nhân\ndân các phường", "Ủy ban nhân dân các phường"),
    ("Công chức\nVăn phòng - Thống kê", "Công chức Văn phòng - Thống kê"),
    ("Sở Tài chính,\nSở Xây dựng", "Sở Tài chính, Sở Xây dựng"),
    ("Sở Tư pháp;\nCông an tỉnh", "Sở Tư pháp; Công an tỉnh"),
])
def test_one_name_or_a_marked_list(cell, partner):
    text = HEAD + f"1 Rà soát văn bản\nSở Nội vụ\n{cell}\nQuý II/2028\n2 Kiểm tra công vụ\nThanh tra tỉnh\nSở Nội vụ\nNăm 2028\n"
    rows = _rows(text)
    assert rows[0][2:] == ["Sở Nội vụ", partner, "Quý II/2028"]
    assert rows[1][2:] == ["Thanh tra tỉnh", "Sở Nội vụ", "Năm 2028"]
