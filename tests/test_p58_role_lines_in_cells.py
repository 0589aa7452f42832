"""A task table's bodies cell that labels each role on a line of its own ("Chủ trì: Chi cục Thủy lợi" / "Phối hợp:
UBND các xã"), in a table flattened a cell a line (a page's text whose breaks a scraper lost and glued.py put back, a
crawler's text or Markdown with no tables): the row has a line more than the headings, and the lines that label a
role one after another are one cell (extractors/layout/cell_lines.py; the task table's reader splits the roles
again), in a row between two rows' numbers and in the last row before the next heading.

Must-not rows: a table whose lead and partners have columns of their own keeps a cell a line even where the cells
repeat the labels; a role's line in prose after the table is no cell of its rows."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats.base import read
from extractors.layout.cell_lines import _goes_on, _merged
from extractors.segment import outline

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 58/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Đông Sơn, ngày 11 tháng 3 năm 2029\nKẾ HOẠCH\nPhòng, chống hạn hán năm 2029\nI. NHIỆM VỤ\n")


def _activities(text: str, name: str) -> list[tuple[str, list[str], list[str], str | None]]:
    doc = build_document(read(text.encode(), name))
    return [(a["code"], a["lead_agencies"], a["partner_agencies"], a.get("deadline"))
            for a in extract_activities(doc, outline(doc))]


ROLE_TABLE = (HEAD + "TT\nNội dung\nĐơn vị thực hiện\nThời gian\n"
              "1\nNạo vét kênh mương nội đồng\nChủ trì: Phòng Nông nghiệp và Môi trường\nPhối hợp: UBND các xã\nTháng 4/2029\n"
              "2\nLắp đặt trạm bơm dã chiến\nCơ quan chủ trì: Công ty TNHH một thành viên Thủy lợi Đông Sơn\n"
              "Cơ quan phối hợp: Điện lực Đông Sơn, UBND xã Đông Hòa\nTháng 5/2029\n"
              "3\nTuyên truyền sử dụng nước tiết kiệm\nChủ trì: Trung tâm Văn hóa, Thông tin và Thể thao huyện\n"
              "Phối hợp: Hội Nông dân huyện\nQuý II/2029\n"
              "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị triển khai thực hiện./.\n")


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_role_lines_are_one_cell(name):
    got = _activities(ROLE_TABLE, name)
    assert [(c, lead, partner) for c, lead, partner, _ in got] == [
        ("1", ["Phòng Nông nghiệp và Môi trường"], ["UBND các xã"]),
        ("2", ["Công ty TNHH một thành viên Thủy lợi Đông Sơn"], ["Điện lực Đông Sơn", "UBND xã Đông Hòa"]),
        ("3", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], ["Hội Nông dân huyện"]),
    ]


MERGE = [  # must: the roles' lines one cell
    (["Sửa chữa cống", "Chủ trì: Phòng Kinh tế", "Phối hợp: UBND xã An Lạc", "Quý III/2029"], 3,
     ["Sửa chữa cống", "Chủ trì: Phòng Kinh tế Phối hợp: UBND xã An Lạc", "Quý III/2029"]),
    (["Kiểm tra đê bao", "Đơn vị chủ trì: Hạt Quản lý đê", "Đơn vị phối hợp: Công an huyện", "Năm 2029"], 3,
     ["Kiểm tra đê bao", "Đơn vị chủ trì: Hạt Quản lý đê Đơn vị phối hợp: Công an huyện", "Năm 2029"]),
    # must-not: as many lines as cells (the roles in columns of their own) stay a line a cell
    (["Sửa chữa cống", "Chủ trì: Phòng Kinh tế", "Phối hợp: UBND xã An Lạc", "Quý III/2029"], 4,
     ["Sửa chữa cống", "Chủ trì: Phòng Kinh tế", "Phối hợp: UBND xã An Lạc", "Quý III/2029"]),
]


@pytest.mark.parametrize("lines, count, cells", MERGE)
def test_merged_rows(lines, count, cells):
    assert _merged(lines, count) == cells


GOES_ON = [
    ("Chủ trì: Sở Y tế", "Phối hợp: Sở Tài chính", True),
    ("Cơ quan chủ trì: Sở Y tế", "Cơ quan phối hợp thực hiện: Sở Tài chính", True),
    # must-not: a role's line after a task's name, a time after a role's line
    ("Tổ chức diễn tập", "Chủ trì: Sở Y tế", False),
    ("Phối hợp: Sở Tài chính", "Quý IV/2029", False),
]


@pytest.mark.parametrize("before, line, joined", GOES_ON)
def test_a_roles_line_goes_on_after_a_roles_line(before, line, joined):
    assert _goes_on(before, line) is joined


COLUMNS = (HEAD + "TT\nNội dung\nChủ trì\nPhối hợp\nThời gian\n"
           "1\nNạo vét kênh mương\nChủ trì: Phòng Kinh tế\nPhối hợp: UBND các xã\nTháng 4/2029\n"
           "2\nTuyên truyền tiết kiệm nước\nChủ trì: Đài Truyền thanh huyện\nPhối hợp: Hội Phụ nữ huyện\nQuý II/2029\n"
           "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan triển khai thực hiện./.\n")


def test_roles_in_columns_of_their_own_stay_cells():
    got = _activities(COLUMNS, "page.txt")
    assert [(c, lead, partner) for c, lead, partner, _ in got] == [
        ("1", ["Phòng Kinh tế"], ["UBND các xã"]),
        ("2", ["Đài Truyền thanh huyện"], ["Hội Phụ nữ huyện"]),
    ]
