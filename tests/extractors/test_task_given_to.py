"""A task whose later sentence gives it to one body to carry out, without "chủ trì" ("Quảng bá du lịch trên các
nền tảng số. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh thực hiện, hoàn thành trong năm 2026."): that
body leads it, as "Giao X chủ trì thực hiện" does (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline


def _activities(tasks: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÒA SƠN\n\nSố: 88/KH-UBND\n\nHòa Sơn, ngày 4 tháng 4 năm 2027\n\nKẾ HOẠCH\n\n"
            "Phát triển du lịch nông thôn năm 2027\n\nI. MỤC TIÊU\n\nPhát triển du lịch nông thôn bền vững.\n\n"
            f"II. NHIỆM VỤ\n\n{tasks}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


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
