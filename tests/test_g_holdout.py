"""Hold-out round G (long programmes dense with tasks): the shapes its documents showed, each with
rows that must match and rows that must not (names and numbers of our own, not the documents')."""

from __future__ import annotations

import pytest

from normalizers.agencies import leading_agency, split_agencies

# A Party committee's own bodies: its Party delegation in a council, a Front or an association
# ("Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội Nông dân tỉnh") and its Party board in a People's Committee
# ("Ban cán sự đảng UBND tỉnh"), listed with others or plural ("các đảng đoàn").
PARTY_BODY_LISTS = [
    # must match
    ("Ban cán sự đảng UBND thành phố, các đảng đoàn, Sở Nội vụ",
     ["Ban cán sự đảng UBND thành phố", "các đảng đoàn", "Sở Nội vụ"]),
    ("Sở Tư pháp, Ban cán sự đảng Ủy ban nhân dân tỉnh", ["Sở Tư pháp", "Ban cán sự đảng Ủy ban nhân dân tỉnh"]),
    ("Đảng ủy Công an tỉnh, Đảng đoàn Liên đoàn Lao động tỉnh, Ban Dân vận Tỉnh ủy",
     ["Đảng ủy Công an tỉnh", "Đảng đoàn Liên đoàn Lao động tỉnh", "Ban Dân vận Tỉnh ủy"]),
    # must not: the Party's members and cells are no bodies to part a list at
    ("Ban Tổ chức Huyện ủy, cơ sở đảng, đảng viên", ["Ban Tổ chức Huyện ủy, cơ sở đảng, đảng viên"]),
    ("Hội Cựu chiến binh xã, đảng viên cao tuổi", ["Hội Cựu chiến binh xã, đảng viên cao tuổi"]),
]


@pytest.mark.parametrize("text,expected", PARTY_BODY_LISTS,
                         ids=["bcs-plural", "bcs-after-so", "dang-doan", "not-dang-vien", "not-members"])
def test_party_bodies_part_a_list(text, expected):
    assert split_agencies(text) == expected


PARTY_BODY_SUBJECTS = [
    # must match: the body that opens an assignment, up to its predicate
    ("Ban cán sự đảng UBND huyện chỉ đạo xây dựng kế hoạch hằng năm.", "Ban cán sự đảng UBND huyện"),
    ("Đảng đoàn Hội đồng nhân dân thành phố lãnh đạo giám sát việc thực hiện.", "Đảng đoàn Hội đồng nhân dân thành phố"),
    ("Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh: vận động hội viên tham gia.", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh"),
    # must not: a sentence about members or a Party's works opens with no body
    ("Đảng viên ở chi bộ gương mẫu thực hiện Nghị quyết.", None),
    ("Ban cán bộ chủ chốt tuyên truyền nội dung.", None),
]


@pytest.mark.parametrize("text,expected", PARTY_BODY_SUBJECTS,
                         ids=["bcs", "dang-doan-hdnd", "dang-doan-colon", "not-dang-vien", "not-ban-can-bo"])
def test_party_bodies_open_an_assignment(text, expected):
    found = leading_agency(text)
    assert (text[found[0]:found[1]] if found else None) == expected


# A narrow cell that wraps a Party body's name before the body it sits in: one name, not two.
WRAPPED_PARTY_BODY = [
    # must match: the wrap joins
    (["Sở Y tế, Ban cán sự đảng", "UBND thành phố"], None),
    (["Sở Nội vụ, Đảng đoàn", "Ủy ban MTTQ Việt Nam huyện"], None),
    (["Đảng đoàn", "HĐND tỉnh, Sở Tài chính"], None),
    # must not: a whole name before a People's Committee or the Front on the next line stays apart
    (["Sở Giao thông vận tải", "UBND các huyện"], [["Sở Giao thông vận tải"], ["UBND các huyện"]]),
    (["Đảng ủy Bộ đội Biên phòng tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"],
     [["Đảng ủy Bộ đội Biên phòng tỉnh"], ["Ủy ban MTTQ Việt Nam tỉnh"]]),
]


@pytest.mark.parametrize("lines,expected", WRAPPED_PARTY_BODY,
                         ids=["bcs-wrap", "dang-doan-mttq-wrap", "dang-doan-hdnd-wrap", "not-so", "not-dang-uy"])
def test_a_party_body_wrapped_in_a_cell_is_one_name(lines, expected):
    from normalizers.agencies import lines_by_agency
    assert lines_by_agency(lines) == expected


def _doc(body: str, name: str = "plan.txt"):
    from extractors.document import build_document
    from extractors.formats import read
    head = ("ỦY BAN NHÂN DÂN\n\nPHƯỜNG AN KHÁNH\n\nSố: 31/KH-UBND\n\nAn Khánh, ngày 4 tháng 9 năm 2025\n\nKẾ HOẠCH\n\n"
            "Thực hiện nhiệm vụ quý IV năm 2025\n\n")
    return build_document(read((head + body).encode(), name))


def _activities(tasks: str) -> list[tuple]:
    from extractors.fields.activities import extract_activities
    from extractors.segment import outline
    doc = _doc("I. MỤC TIÊU\n\nHoàn thành các chỉ tiêu năm 2025.\n\nII. NHIỆM VỤ\n\n" + tasks +
               "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nVăn phòng HĐND và UBND phường theo dõi, tổng hợp.\n")
    # (the names as written: the record's agencies spell them out)
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


# A lettered task that opens with the verb "Phối hợp" or "Chủ trì" ("c) Phối hợp giám sát ...") is a task, not the
# "Phối hợp:" / "Chủ trì:" field of the item above it.
VERB_OPENS_TASK = [
    # must match
    ("1. Công tác dân vận\n\na) Tổ chức hội nghị đối thoại với Nhân dân (Văn phòng HĐND và UBND phường chủ trì).\n\n"
     "b) Phối hợp giám sát việc thực hiện hương ước ở khu phố (Ủy ban MTTQ Việt Nam phường chủ trì; Đoàn Thanh niên "
     "phường phối hợp).",
     [("1.a", ["Văn phòng HĐND và UBND phường"], []), ("1.b", ["Ủy ban MTTQ Việt Nam phường"], ["Đoàn Thanh niên phường"])]),
    ("2. Quốc phòng\n\na) Chủ trì diễn tập phòng thủ khu vực phường (Ban Chỉ huy Quân sự phường chủ trì; Công an "
     "phường phối hợp).\n\nb) Huấn luyện dân quân năm thứ nhất (Ban Chỉ huy Quân sự phường chủ trì).",
     [("2.a", ["Ban Chỉ huy Quân sự phường"], ["Công an phường"]), ("2.b", ["Ban Chỉ huy Quân sự phường"], [])]),
    # must not: the item's own fields, lettered ("a) Chủ trì: ...", "b) Phối hợp thực hiện: ...")
    ("1. Sửa chữa nhà văn hóa khu phố 4\n\na) Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.\n\n"
     "b) Phối hợp thực hiện: Ban điều hành khu phố 4.",
     [("1", ["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Ban điều hành khu phố 4"])]),
]


@pytest.mark.parametrize("tasks,expected", VERB_OPENS_TASK, ids=["phoi-hop-verb", "chu-tri-verb", "not-fields"])
def test_a_letter_opening_with_a_role_verb_is_a_task(tasks, expected):
    assert _activities(tasks) == expected


# A ministry's annex: the central bodies of the mass organisations ("Trung ương Hội ...", "Trung ương Đoàn ...")
# in a list, and a cell's lines with list marks ("- Cục X, Bộ Công an" / "- Sở Y tế") whose unit keeps its ministry.
CENTRAL_BODIES_AND_MARKS = [
    # must match
    ("Trung ương Hội Cựu chiến binh Việt Nam, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
     ["Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("Bộ Y tế, Trung ương Hội Chữ thập đỏ Việt Nam", ["Bộ Y tế", "Trung ương Hội Chữ thập đỏ Việt Nam"]),
    ("- Vụ Pháp chế; - Cục Cảnh sát giao thông, Bộ Công an", ["Vụ Pháp chế", "Cục Cảnh sát giao thông, Bộ Công an"]),
    # must not: the Party's centre inside a name, a central committee's name, lines that are two units
    ("Văn phòng Trung ương Đảng, Ban Tổ chức Trung ương", ["Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương"]),
    ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam", ["Ban Chấp hành Trung ương Hội Nông dân Việt Nam"]),
    ("- Cục Thống kê; - Bộ Tài chính", ["Cục Thống kê", "Bộ Tài chính"]),
]


@pytest.mark.parametrize("text,expected", CENTRAL_BODIES_AND_MARKS,
                         ids=["tw-hoi-doan", "tw-after-bo", "marked-cuc-bo", "not-vp-tw", "not-bch-tw", "not-joined"])
def test_central_bodies_and_marked_lines(text, expected):
    assert split_agencies(text) == expected


# A commune's post office named by its commune ("Bưu điện xã Phú Mỹ"), since 2025 a partner of the commune's tasks.
COMMUNE_POST_OFFICE = [
    # must match
    ("Phòng Văn hóa - Xã hội chủ trì; Bưu điện xã Phú Mỹ phối hợp", (["Phòng Văn hóa - Xã hội"], ["Bưu điện xã Phú Mỹ"])),
    ("Phòng Kinh tế chủ trì; Bưu điện phường An Lạc phối hợp", (["Phòng Kinh tế"], ["Bưu điện phường An Lạc"])),
    # must not: the common noun in a sentence
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp với các điểm bưu điện xã", (["Phòng Văn hóa - Xã hội"], [])),
]


@pytest.mark.parametrize("text,expected", COMMUNE_POST_OFFICE, ids=["buu-dien-xa", "buu-dien-phuong", "not-common"])
def test_a_communes_post_office_is_an_agency(text, expected):
    from normalizers.agencies import roles_in
    assert roles_in(text) == expected


# A lead cell merged down over a row the page break cut and the row after it: on the next page the merged cell's
# rest ("và Vận tải") is drawn in both rows; once the cut row is whole again, the row after it has the whole lead.
_HEAD = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
MERGED_LEAD_OVER_A_BREAK = [
    # must match
    ([["9", "Nâng cấp tuyến đường", "Sở Giao thông", "Sở Tài chính;", "2013 -"]],
     [["", "liên xã", "vận tải", "UBND các huyện", "2015"], ["10", "Sửa chữa cầu treo", "vận tải", "UBND huyện Ba Tơ", "2014"]],
     ["10", "Sửa chữa cầu treo", "Sở Giao thông vận tải", "UBND huyện Ba Tơ", "2014"]),
    # must not: a lead of its own stays; a time that only looks like the cut row's rest stays
    ([["9", "Nâng cấp tuyến đường", "Sở Giao thông", "Sở Tài chính;", "2013 -"]],
     [["", "liên xã", "vận tải", "UBND các huyện", "2015"], ["10", "Xây dựng nhà văn hóa", "Sở Xây dựng", "UBND các xã", "2015"]],
     ["10", "Xây dựng nhà văn hóa", "Sở Xây dựng", "UBND các xã", "2015"]),
]


@pytest.mark.parametrize("above,rows,expected", MERGED_LEAD_OVER_A_BREAK, ids=["carried", "not-own-lead"])
def test_a_lead_merged_over_a_page_break_is_whole_in_the_next_row(above, rows, expected):
    from extractors.layout.continued import join
    assert join([_HEAD, *above], rows)[-1] == expected


def _table_tasks(table: str) -> list[tuple]:
    from extractors.fields.task_tables import table_activities
    doc = _doc("I. MỤC TIÊU\n\nHoàn thành các chỉ tiêu năm 2025.\n\nII. NHIỆM VỤ\n\n" + table +
               "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nVăn phòng theo dõi, tổng hợp.\n", "plan.md")
    return [(a["code"], a["title"], a["group"]) for a in table_activities(doc)]


_MD_HEAD = "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
# A scraper's pipe table keeps no merge: a group row's code and title stand in its first cell, the others empty.
GROUP_IN_FIRST_CELL = [
    # must match
    (_MD_HEAD + "| **I. CẢI CÁCH THỂ CHẾ** | | | | |\n| 1 | Rà soát văn bản | Sở Tư pháp | Văn phòng UBND tỉnh | Quý I |\n"
     "| **II. CẢI CÁCH TÀI CHÍNH CÔNG** | | | | |\n| 2 | Giao dự toán sớm | Sở Tài chính | Các sở, ngành | Quý IV |",
     [("1", "Rà soát văn bản", "CẢI CÁCH THỂ CHẾ"), ("2", "Giao dự toán sớm", "CẢI CÁCH TÀI CHÍNH CÔNG")]),
    (_MD_HEAD + "| 1 | Kiểm tra bếp ăn | Sở Y tế | Sở Giáo dục và Đào tạo | Tháng 9 |\n"
     "| B. Nhiệm vụ đột xuất | | | | |\n| 2 | Xử lý ngộ độc | Sở Y tế | Công an tỉnh | Khi có vụ việc |",
     [("1", "Kiểm tra bếp ăn", None), ("2", "Xử lý ngộ độc", "Nhiệm vụ đột xuất")]),
    # must not: a numbered row with its other cells empty groups no row under it
    (_MD_HEAD + "| 1 | Rà soát văn bản | Sở Tư pháp | Văn phòng UBND tỉnh | Quý I |\n| 2. Tổng kết năm | | | | |\n"
     "| 3 | Công bố thủ tục | Văn phòng UBND tỉnh | Các sở, ngành | Quý II |", None),
]


@pytest.mark.parametrize("table,expected", GROUP_IN_FIRST_CELL, ids=["roman-groups", "letter-group", "not-numbered"])
def test_a_group_row_in_the_first_cell_of_a_pipe_table(table, expected):
    found = _table_tasks(table)
    if expected is None:
        assert [group for _code, _title, group in found] == [None] * len(found) and ("3", "Công bố thủ tục", None) in found
    else:
        assert found == expected


# A scraper that writes a merged lead's covered cells empty: a task's row with an empty lead cell under a task's row
# that names its lead takes that lead (as a row one cell short does, extractors.layout.row_spans).
_ROWS_HEAD = [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]]
EMPTY_LEAD_CELLS = [
    # must match
    ([["1", "Rà soát quy hoạch", "Sở Xây dựng", "Sở Tài chính", "Quý I"], ["2", "Lập đồ án", "", "UBND các xã", "Quý III"]],
     ["2", "Lập đồ án", "Sở Xây dựng", "UBND các xã", "Quý III"]),
    ([["1", "Kiểm tra", "Thanh tra tỉnh", "Sở Nội vụ", "Quý II"], ["2", "Thẩm tra", "", "", "Quý IV"]],
     ["2", "Thẩm tra", "Thanh tra tỉnh", "", "Quý IV"]),
    # must not: under a group's row (the merge ends there), or under a row with no lead
    ([["1", "Rà soát quy hoạch", "Sở Xây dựng", "Sở Tài chính", "Quý I"], ["II", "GIẢI PHÓNG MẶT BẰNG", "", "", ""],
      ["2", "Kiểm đếm", "", "UBND các xã", "Quý III"]], ["2", "Kiểm đếm", "", "UBND các xã", "Quý III"]),
    ([["1", "Rà soát quy hoạch", "", "Sở Tài chính", "Quý I"], ["2", "Lập đồ án", "", "UBND các xã", "Quý III"]],
     ["2", "Lập đồ án", "", "UBND các xã", "Quý III"]),
]


@pytest.mark.parametrize("body,expected", EMPTY_LEAD_CELLS, ids=["carried", "carried-alone", "not-after-group", "not-none"])
def test_an_empty_lead_cell_under_a_merged_lead(body, expected):
    from extractors.layout.row_spans import lost_row_spans
    assert lost_row_spans([*_ROWS_HEAD, *body])[-1] == expected


# A wrap right after a distributive head written in lower case ("phối hợp với các phòng:" / "Tài chính - Kế hoạch,
# Nội vụ thực hiện."): the heads' fields go on after the colon, as after "các Phòng:".
_PROSE = ["Ủy ban nhân dân huyện Đông Sơn ban hành Kế hoạch phát triển giao thông nông thôn",
          "năm 2018 nhằm nâng cao chất lượng đường giao thông trên địa bàn các xã của",
          "huyện và bảo đảm đi lại thuận lợi cho người dân theo kế hoạch đã đề ra.", ""]
LOWER_DISTRIBUTIVE_WRAP = [
    # must match
    (["Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với các phòng:", "Tài chính - Kế hoạch, Nội vụ thực hiện."],
     ["Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với các phòng: Tài chính - Kế hoạch, Nội vụ thực hiện."]),
    (["Trung tâm Y tế huyện chủ trì, phối hợp với Giám đốc các sở:", "Y tế, Giáo dục và Đào tạo tổ chức khám sức khỏe."],
     ["Trung tâm Y tế huyện chủ trì, phối hợp với Giám đốc các sở: Y tế, Giáo dục và Đào tạo tổ chức khám sức khỏe."]),
    # must not: a lead-in whose next line opens with an agency of its own
    (["Ủy ban nhân dân huyện giao nhiệm vụ cụ thể cho các phòng:", "Phòng Tư pháp chủ trì rà soát văn bản."],
     ["Ủy ban nhân dân huyện giao nhiệm vụ cụ thể cho các phòng:", "Phòng Tư pháp chủ trì rà soát văn bản."]),
]


@pytest.mark.parametrize("lines,expected", LOWER_DISTRIBUTIVE_WRAP, ids=["cac-phong", "cac-so", "not-agency-next"])
def test_a_wrap_after_a_lower_case_distributive_head(lines, expected):
    from extractors.layout.text import read_text
    blocks, _ = read_text("\n".join(_PROSE * 2 + lines + [""] + _PROSE) + "\n")
    texts = [b.text for b in blocks if b.text]
    start = texts.index(next(t for t in texts if t.startswith(lines[0])))
    assert texts[start:start + len(expected)] == expected
