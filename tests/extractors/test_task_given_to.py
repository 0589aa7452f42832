"""A task whose later sentence gives it to one body to carry out, without "chủ trì" ("Quảng bá du lịch trên các
nền tảng số. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh thực hiện, hoàn thành trong năm 2026."): that
body leads it, as "Giao X chủ trì thực hiện" does (names and numbers of our own)."""

import pytest

# (the plan round C2's rows stand in: a title, an objective, the tasks under "II. NHIỆM VỤ", then its organization)
from tests.test_c2_holdout import _activities


CASES = [
    # must match: "Giao X thực hiện", with what follows it, and "Giao X triển khai"
    ("1. Quảng bá du lịch nông thôn trên các nền tảng số. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch "
     "tỉnh thực hiện, hoàn thành trong năm 2027.\n\n"
     "2. Bồi dưỡng kỹ năng làm du lịch cho hộ dân. Giao Sở Văn hóa, Thể thao và Du lịch triển khai.",
     [("1", "Quảng bá du lịch nông thôn trên các nền tảng số",
       ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"], []),
      ("2", "Bồi dưỡng kỹ năng làm du lịch cho hộ dân", ["Sở Văn hóa, Thể thao và Du lịch"], [])]),
    # must not: "Giao" that hands something else out ("Giao chỉ tiêu cho các xã thực hiện"), and a later sentence
    # that names a body doing something else
    ("1. Xây dựng 05 làng du lịch. Giao chỉ tiêu cho các xã thực hiện.\n\n"
     "2. Bồi dưỡng kỹ năng làm du lịch cho hộ dân. Sở Văn hóa, Thể thao và Du lịch đã ban hành tài liệu.",
     [("1", "Xây dựng 05 làng du lịch. Giao chỉ tiêu cho các xã thực hiện", [], []),
      ("2", "Bồi dưỡng kỹ năng làm du lịch cho hộ dân. Sở Văn hóa, Thể thao và Du lịch đã ban hành tài liệu", [],
       [])]),
]


@pytest.mark.parametrize("tasks,expected", CASES, ids=["given", "not-given"])
def test_a_task_given_to_one_body_by_a_later_sentence(tasks, expected):
    assert _activities(tasks) == expected
