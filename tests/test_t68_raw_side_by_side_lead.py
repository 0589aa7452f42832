"""A task table copied out of its PDF cell after cell whose one-line lead came out beside the partners' first line:
after a body the document named by its initials ("Ban QLKKT Sở Tài" / "nguyên, Sở" / "Xây dựng": "Ban QLKKT" is the
lead), or with the partners' next names a line each under them ("Sở Giao thông Sở Tài chính" / "Sở Văn hóa, Thể thao"
/ "và Du lịch": the lead "Sở Giao thông", the partners "Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch").

Must-not rows: one name on one line, its owner or its name after its kind ("Ban Dân vận Huyện ủy", "Chi nhánh Ngân
hàng Phát triển tỉnh"), a cell a PDF library's text wrapped ("Phòng Giao " / "dịch Kho bạc ..." is one cell's), a
one-line lead over the partners' lines, keep today's reading."""

from __future__ import annotations

import pytest

from extractors.layout.raw_tasks import tables

HEAD = "TT Nhiệm vụ Cơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\n"
LAST = "2 Kiểm tra định kỳ\nThanh tra huyện\nPhòng Nội vụ\nNăm 2029\nIII. KINH PHÍ\n"


def _rows(text: str) -> list[list[str]]:
    found = tables(text.splitlines(), set())
    assert len(found) == 1
    return [r[2:] for r in found[0][2][1:]]


@pytest.mark.parametrize("cells, want", [
    # the lead named by its initials, the partners' first line beside it
    ("Ban QLKKT Sở Tài\nnguyên, Sở\nXây dựng\nQuý II/2029", ["Ban QLKKT", "Sở Tài nguyên, Sở Xây dựng", "Quý II/2029"]),
    ("Ban QLDA Ủy ban\nnhân dân\nhuyện\nNăm 2029", ["Ban QLDA", "Ủy ban nhân dân huyện", "Năm 2029"]),
    # a one-line lead beside the partners' first name, their next names under it
    ("Sở Giao thông Sở Tài chính\nSở Văn hóa,\nThể thao và\nDu lịch\nQuý III/2029",
     ["Sở Giao thông", "Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch", "Quý III/2029"]),
    ("Phòng Y tế Công an huyện\nTrạm Y tế\ncác xã\nTháng 8/2029", ["Phòng Y tế", "Công an huyện; Trạm Y tế các xã", "Tháng 8/2029"]),
])
def test_lead_beside_partners(cells, want):
    assert _rows(HEAD + "1 Cải tạo tuyến\nđường liên xã\n" + cells + "\n" + LAST)[0] == want


@pytest.mark.parametrize("cells, want", [
    # must not: one name on a line (its owner, its name after its kind), a one-line lead over the partners' lines
    ("Ban Dân vận Huyện ủy\nHội Nông dân\nhuyện\nNăm 2029", ["Ban Dân vận Huyện ủy", "Hội Nông dân huyện", "Năm 2029"]),
    ("Chi nhánh Ngân hàng Phát triển tỉnh\nSở Tài chính\nNăm 2029",
     ["Chi nhánh Ngân hàng Phát triển tỉnh", "Sở Tài chính", "Năm 2029"]),
    ("Sở Giao thông\nSở Tài chính\nSở Xây dựng\nNăm 2029", ["Sở Giao thông", "Sở Tài chính; Sở Xây dựng", "Năm 2029"]),
    # a PDF library's text: a cell's wrapped lines keep the space they wrapped at; one cell
    ("Phòng Giao \ndịch Kho bạc \nNhà nước huyện\nHội Nông dân\nhuyện\nNăm 2029",
     ["Phòng Giao dịch Kho bạc Nhà nước huyện", "Hội Nông dân huyện", "Năm 2029"]),
])
def test_one_name_or_lead_alone(cells, want):
    assert _rows(HEAD + "1 Cải tạo tuyến\nđường liên xã\n" + cells + "\n" + LAST)[0] == want
