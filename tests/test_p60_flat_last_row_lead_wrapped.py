"""A task table flattened a cell a line (a portal page's text copied, each cell's source line breaks kept) whose last
row's lead cell wraps into a line in lower case, its level or scope ("Hội Nông dân" / "các xã, thị trấn", "Đoàn
Thanh niên" / "các trường học"), and whose partners follow a line each before the next heading: the lower-case line
is the rest of the lead's name, not the first partner (it was read as the partners' list "các xã, thị trấn; Trạm Y
tế ..." and the lead cut short; extractors/layout/cell_lines.py _agency_list).

Must-not rows: a last row whose partners are bodies a line each, each opening in a capital, stays a list
(tests/test_p59_flat_task_row_no_bodies.py); a lower-case partners' line that does not go on from the lead's
("và" joins no cell: the lead ends with a whole name) keeps today's reading. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import _agency_list, flat_tables

HEAD = """STT
Nội dung
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian
1
Khảo sát nhu cầu học nghề của lao động nông thôn
Phòng Lao động - Thương binh và Xã hội
Trung tâm Giáo dục nghề nghiệp huyện
Quý I/2028
"""


def _rows(text: str) -> list[list[str]]:
    found = flat_tables(text.split("\n"))
    assert len(found) == 1, found
    return found[0][2]


MUST = [
    ("2\nMở lớp dạy nghề trồng nấm cho hội viên\nHội Nông dân\ncác xã, thị trấn\nTrạm Khuyến nông huyện\nNăm 2028 - 2029\n"
     "III. KINH PHÍ\n",
     ["2", "Mở lớp dạy nghề trồng nấm cho hội viên", "Hội Nông dân các xã, thị trấn", "Trạm Khuyến nông huyện",
      "Năm 2028 - 2029"]),
    ("2\nTuyên truyền phòng, chống đuối nước\nĐoàn Thanh niên\ncác trường học\nTrung tâm Văn hóa - Thể thao huyện\n"
     "Hè hằng năm\nIII. KINH PHÍ\n",
     ["2", "Tuyên truyền phòng, chống đuối nước", "Đoàn Thanh niên các trường học", "Trung tâm Văn hóa - Thể thao huyện",
      "Hè hằng năm"]),
    ("2\nTổ chức ngày hội việc làm\nHội Liên hiệp Phụ nữ\ncác phường, xã\nTrung tâm Dịch vụ việc làm tỉnh\n"
     "Tháng 10/2028\nIII. KINH PHÍ\n",
     ["2", "Tổ chức ngày hội việc làm", "Hội Liên hiệp Phụ nữ các phường, xã", "Trung tâm Dịch vụ việc làm tỉnh",
      "Tháng 10/2028"]),
]


@pytest.mark.parametrize("last, expected", MUST)
def test_the_last_rows_lead_wrapped_in_lower_case(last, expected):
    assert _rows(HEAD + last)[-1] == expected


MUST_NOT = [
    # partners a line each, in capitals: a list
    ("2\nTổ chức ngày hội việc làm\nPhòng Nội vụ huyện\nCông an huyện\nTrung tâm Y tế huyện\nTháng 3/2028\nIII. KINH PHÍ\n",
     ["2", "Tổ chức ngày hội việc làm", "Phòng Nội vụ huyện", "Công an huyện; Trung tâm Y tế huyện", "Tháng 3/2028"]),
]


@pytest.mark.parametrize("last, expected", MUST_NOT)
def test_the_last_rows_partners_listed(last, expected):
    assert _rows(HEAD + last)[-1] == expected


def test_a_lower_case_line_that_goes_on_is_no_listed_partner():
    lines = ["Mở lớp dạy nghề", "Hội Nông dân", "các xã, thị trấn", "Trạm Khuyến nông huyện", "Năm 2028"]
    assert _agency_list(lines, 1, 2) is None
    # must not: bodies a line each, in capitals, are listed
    lines = ["Mở lớp dạy nghề", "Phòng Nội vụ huyện", "Công an huyện", "Trạm Khuyến nông huyện", "Năm 2028"]
    assert _agency_list(lines, 1, 2) == ["Mở lớp dạy nghề", "Phòng Nội vụ huyện", "Công an huyện; Trạm Khuyến nông huyện",
                                         "Năm 2028"]
