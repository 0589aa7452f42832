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


# A collective named by "các" and a list of levels ends at the list's last level when a lower-case word that goes on
# no name follows, whether or not the verb is one the list of predicates knows ("củng cố", "kiện toàn").
PLURAL_LEVELS = [
    # must match
    ("Ủy ban nhân dân các huyện, thị xã củng cố mạng lưới cộng tác viên dân số.", "Ủy ban nhân dân các huyện, thị xã"),
    ("UBND các xã, phường, thị trấn kiện toàn tổ hòa giải ở cơ sở./.", "UBND các xã, phường, thị trấn"),
    ("Ủy ban nhân dân các quận, huyện sáp nhập các điểm trường lẻ.", "Ủy ban nhân dân các quận, huyện"),
    # must not: words that go on the collective's name, and a single level word followed by a name
    ("UBND các xã, phường có bến đò ngang rà soát phương tiện.", "UBND các xã, phường có bến đò ngang"),
    ("Ủy ban nhân dân các xã, thị trấn vùng cao tuyên truyền cho đồng bào.", "Ủy ban nhân dân các xã, thị trấn vùng cao"),
    ("Hội đồng nhân dân các huyện, thành phố và Ủy ban nhân dân cùng cấp giám sát.",
     "Hội đồng nhân dân các huyện, thành phố và Ủy ban nhân dân cùng cấp"),
]


@pytest.mark.parametrize("text,expected", PLURAL_LEVELS,
                         ids=["huyen-thi-xa", "xa-phuong-thi-tran", "quan-huyen", "not-co", "not-vung", "not-va"])
def test_a_plural_of_levels_ends_the_subject(text, expected):
    from normalizers.agencies import leading_agency
    found = leading_agency(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def _responsibilities(body: str) -> list[str]:
    from extractors.fields.responsibilities import extract_responsibilities
    from extractors.segment import outline
    doc = _doc(body)
    return [r["agency"] for r in extract_responsibilities(doc, outline(doc))]


# Headings that are a kind of unit's name alone ("1.1. Trung tâm văn hóa xã"), each over tasks that name their own
# lead, group the tasks by subject under a tasks section: no responsibilities of those units.
TOPIC_HEADINGS = [
    # must match: the headings give no responsibility
    ("II. NHIỆM VỤ\n\n1. Đầu tư cơ sở vật chất\n\n1.1. Trung tâm văn hóa xã\n\n1.1.1. Sửa chữa hội trường: Phòng Văn "
     "hóa và Thông tin chủ trì, phối hợp với Ủy ban nhân dân xã Nà Hẩu thực hiện.\n\n1.2. Trung tâm học tập cộng "
     "đồng\n\n1.2.1. Mua sắm tủ sách: Phòng Giáo dục và Đào tạo chủ trì thực hiện.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Tài chính - Kế hoạch "
     "bố trí kinh phí.\n\n2. Phòng Y tế theo dõi, tổng hợp.\n", ["Phòng Tài chính - Kế hoạch", "Phòng Y tế"]),
    # must not: under "Tổ chức thực hiện" the same headings are the agencies' own, and under a tasks section
    # an agency's heading over tasks that name no lead of their own stays an assignment
    ("II. NHIỆM VỤ\n\nDu lịch cộng đồng được phát triển.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Trung tâm Văn hóa huyện\n\n"
     "a) Tổ chức lễ hội: Phòng Văn hóa chủ trì.\n\n2. Trung tâm Y tế huyện\n\na) Bảo đảm y tế lễ hội: Phòng Y tế chủ trì.\n",
     ["Trung tâm Văn hóa huyện", "Trung tâm Y tế huyện"]),
    ("II. NHIỆM VỤ\n\n1. Phòng Kinh tế\n\na) Nạo vét kênh mương nội đồng.\n\n2. Phòng Tài nguyên và Môi trường\n\n"
     "a) Cấp giấy chứng nhận cho 40 hộ.\n", ["Phòng Kinh tế", "Phòng Tài nguyên và Môi trường"]),
]


@pytest.mark.parametrize("body,expected", TOPIC_HEADINGS, ids=["topic-groups", "not-organization", "not-unled"])
def test_unit_names_heading_led_tasks_are_topics(body, expected):
    assert _responsibilities(body) == expected


def _all_activities(body: str) -> list[tuple]:
    from extractors.fields.activities import extract_activities
    from extractors.segment import outline
    doc = _doc(body)
    return [(a["code"], a["lead_agencies"]) for a in extract_activities(doc, outline(doc))]


_BY_AGENCY = ("| TT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn |\n|---|---|---|---|\n"
              "| 1 | Phòng Kinh tế | Khảo sát điểm du lịch bản Mường Lò | Tháng 5/2022 |\n"
              "| 2 | Phòng Kinh tế | Hỗ trợ 10 hộ làm homestay | Tháng 9/2022 |\n"
              "| 3 | Ủy ban nhân dân xã Mường Lò | Vận động người dân giữ nhà sàn truyền thống | Thường xuyên |\n")
# A table of tasks by agency ("TT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn"): the agency leads each task of
# its row; under "Tổ chức thực hiện" the same table lists duties (responsibilities), and a bare "Đơn vị" is a unit.
BY_AGENCY_TABLES = [
    # must match
    ("I. MỤC TIÊU\n\nĐón khách.\n\nII. NHIỆM VỤ\n\n" + _BY_AGENCY + "\nIII. KINH PHÍ\n\nNgân sách huyện.\n",
     [("1", ["Phòng Kinh tế"]), ("2", ["Phòng Kinh tế"]), ("3", ["Ủy ban nhân dân xã Mường Lò"])]),
    # must not
    ("I. NHIỆM VỤ\n\nPhát triển du lịch.\n\nII. TỔ CHỨC THỰC HIỆN\n\n" + _BY_AGENCY, []),
    ("I. MỤC TIÊU\n\n| TT | Nội dung | Đơn vị | Năm 2022 |\n|---|---|---|---|\n| 1 | Lượt khách | lượt | 20.000 |\n"
     "| 2 | Doanh thu | triệu đồng | 4.500 |\n", []),
]


@pytest.mark.parametrize("body,expected", BY_AGENCY_TABLES, ids=["tasks-by-agency", "not-organization", "not-unit"])
def test_a_table_of_tasks_by_agency(body, expected):
    assert _all_activities(body) == expected


# A task's attributes set as a small two-column table under its heading ("Đơn vị chủ trì | X", "Đơn vị phối hợp | Y; Z"):
# the labelled rows name the task's lead and partners, as labelled lines would.
ATTRIBUTE_TABLES = [
    # must match
    ("Nhiệm vụ 1. Khảo sát tuyến du lịch bản Mường Lò\n\n| Đơn vị chủ trì | Phòng Văn hóa và Thông tin |\n|---|---|\n"
     "| Đơn vị phối hợp | Phòng Kinh tế; Ủy ban nhân dân xã Mường Lò |\n| Thời gian thực hiện | Quý II/2022 |\n",
     [("1", ["Phòng Văn hóa và Thông tin"], ["Phòng Kinh tế", "Ủy ban nhân dân xã Mường Lò"])]),
    # must not: a two-column table under a task whose left cells are no role's label names no one
    ("Nhiệm vụ 2. Quảng bá điểm đến\n\n| Sản phẩm | 02 video giới thiệu |\n|---|---|\n| Kinh phí | 45 triệu đồng |\n\n"
     "Nhiệm vụ 3. Đào tạo hướng dẫn viên\n\n- Đơn vị chủ trì: Trung tâm Văn hóa huyện.\n",
     [("2", [], []), ("3", ["Trung tâm Văn hóa huyện"], [])]),
]


@pytest.mark.parametrize("tasks,expected", ATTRIBUTE_TABLES, ids=["attribute-table", "not-roles"])
def test_a_tasks_attribute_table_names_its_roles(tasks, expected):
    assert [(c, lead, partner) for c, _, lead, partner in _activities(tasks)] == expected


# A council named by what it does ("Hội đồng phối hợp phổ biến, giáo dục pháp luật", "Ban chỉ đạo ...") keeps its
# name; a role word after a body's whole name is its role.
NAMED_BY_ROLE = [
    # must match
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện; Đài Truyền thanh huyện",
     ["Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện", "Đài Truyền thanh huyện"]),
    ("Sở Tư pháp; Hội đồng phối hợp liên ngành về trợ giúp pháp lý tỉnh",
     ["Sở Tư pháp", "Hội đồng phối hợp liên ngành về trợ giúp pháp lý tỉnh"]),
    # must not
    ("Phòng Tư pháp chủ trì", ["Phòng Tư pháp"]),
    ("Ủy ban nhân dân các xã phối hợp thực hiện", ["Ủy ban nhân dân các xã"]),
]


@pytest.mark.parametrize("text,expected", NAMED_BY_ROLE, ids=["hd-phoi-hop", "hd-phoi-hop-lien-nganh",
                                                              "not-chu-tri", "not-phoi-hop"])
def test_a_council_named_by_its_role(text, expected):
    from normalizers.agencies import split_agencies
    assert split_agencies(text) == expected


# A task cell holding the task's name and, on the lines after it, its dash items (<br> in a portal's table): the name
# is the title, the items its content (not the title run on with them).
CELL_ITEMS = [
    # must match
    ("Tổ chức Ngày hội văn hóa\n- Thi văn nghệ quần chúng\n- Trưng bày sản vật",
     "Tổ chức Ngày hội văn hóa: - Thi văn nghệ quần chúng; - Trưng bày sản vật"),
    ("Hỗ trợ hộ nghèo\n+ Cấp 30 con bò giống\n+ Tập huấn chăn nuôi", "Hỗ trợ hộ nghèo: + Cấp 30 con bò giống; + Tập huấn chăn nuôi"),
    # must not: a cell of agencies one a line, a cell wrapped in the middle of a name, a cell of items only
    ("Phòng Kinh tế\n- Phòng Tư pháp", "Phòng Kinh tế; - Phòng Tư pháp"),
    ("Đài Truyền thanh -\nTruyền hình huyện", "Đài Truyền thanh - Truyền hình huyện"),
    ("- Thi văn nghệ\n- Trưng bày sản vật", "- Thi văn nghệ - Trưng bày sản vật"),
]


@pytest.mark.parametrize("cell,expected", CELL_ITEMS, ids=["name-items", "plus-items", "not-agencies", "not-wrap",
                                                           "not-items-only"])
def test_a_cells_name_over_its_items(cell, expected):
    from normalizers.agencies import join_cell_lines
    assert join_cell_lines(cell) == expected


def test_a_task_cells_items_are_its_content():
    from extractors.fields.task_tables import table_activities
    html = ("<html><body><p>II. NHIỆM VỤ</p><table border='1'><tr><th>STT</th><th>Nội dung công việc</th>"
            "<th>Cơ quan chủ trì</th><th>Thời gian</th></tr><tr><td>1</td><td>Tổ chức Ngày hội văn hóa<br>- Thi văn "
            "nghệ quần chúng<br>- Trưng bày sản vật</td><td>Phòng Văn hóa và Thông tin</td><td>Tháng 9</td></tr>"
            "</table></body></html>")
    from extractors.document import build_document
    from extractors.formats import read
    acts = table_activities(build_document(read(html.encode(), "plan.html")))
    assert [(a["title"], a["content"]) for a in acts] == [
        ("Tổ chức Ngày hội văn hóa", ["Thi văn nghệ quần chúng", "Trưng bày sản vật"])]
