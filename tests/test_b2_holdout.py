"""Hold-out round B2 (tasks and duties laid out in other structures): the shapes its documents showed,
each with rows that must match and rows that must not (names and numbers of our own, not the documents')."""

from __future__ import annotations

import pytest


def _doc(body: str, name: str = "plan.txt"):
    from extractors.document import build_document
    from extractors.formats import read
    head = ("ỦY BAN NHÂN DÂN\n\nHUYỆN MINH SƠN\n\nSố: 77/KH-UBND\n\nMinh Sơn, ngày 9 tháng 3 năm 2022\n\nKẾ HOẠCH\n\n"
            "Phát triển du lịch cộng đồng năm 2022\n\n")
    return build_document(read((head + body).encode(), name))


def _activities(tasks: str) -> list[tuple]:
    from extractors.fields.activities import extract_activities
    from extractors.segment import outline
    doc = _doc("I. MỤC TIÊU\n\nĐón 20.000 lượt khách trong năm.\n\nII. NỘI DUNG\n\n" + tasks +
               "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nPhòng Văn hóa và Thông tin theo dõi, tổng hợp.\n")
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


# "Giải pháp 2." groups whose tasks are "Hoạt động 2.1: ...", each with its roles on the next line: the group is a
# numbered item of its section and the task one of the group's, numbered as written.
NAMED_GROUPS = [
    # must match
    ("Giải pháp 1. Phát triển sản phẩm du lịch\n\nHoạt động 1.1: Xây dựng tuyến du lịch sinh thái bản Pá Khoang.\n\n"
     "Chủ trì: Phòng Văn hóa và Thông tin. Phối hợp: Ủy ban nhân dân xã Pá Khoang.\n\n"
     "Hoạt động 1.2: Hỗ trợ 15 hộ làm dịch vụ lưu trú tại nhà dân.\n\nChủ trì: Phòng Kinh tế. Phối hợp: Hội Nông dân "
     "huyện.",
     [("1.1", "Xây dựng tuyến du lịch sinh thái bản Pá Khoang", ["Phòng Văn hóa và Thông tin"],
       ["Ủy ban nhân dân xã Pá Khoang"]),
      ("1.2", "Hỗ trợ 15 hộ làm dịch vụ lưu trú tại nhà dân", ["Phòng Kinh tế"], ["Hội Nông dân huyện"])]),
    ("Nội dung 3: Quảng bá du lịch\n\nNhiệm vụ 3.2. Tham gia hội chợ du lịch quốc tế năm 2022.\n\nChủ trì: Trung tâm "
     "Văn hóa huyện.",
     [("3.2", "Tham gia hội chợ du lịch quốc tế năm 2022", ["Trung tâm Văn hóa huyện"], [])]),
    # must not: a sentence that opens with the name of a group or activity and no number or stop of its own
    ("1. Phát triển sản phẩm\n\nGiải pháp 2 nêu tại Kế hoạch số 12/KH-UBND được tiếp tục thực hiện; Phòng Kinh tế "
     "chủ trì.\n\nHoạt động 1.5 triệu lượt khách quốc tế là mục tiêu dài hạn.",
     [("1", "Phát triển sản phẩm", ["Phòng Kinh tế"], [])]),
]


@pytest.mark.parametrize("tasks,expected", NAMED_GROUPS, ids=["giai-phap-hoat-dong", "noi-dung-nhiem-vu", "not-prose"])
def test_named_groups_and_their_numbered_tasks(tasks, expected):
    assert _activities(tasks) == expected
