"""Hold-out round G12 (a ministry's plan with its tasks in an annex, an HĐND resolution with a year-by-source table, a
Đảng ủy Khối programme, a school's plan, a province's plan with a year-rows budget table, a Tổng cục's portal plan, a
word-segmented district plan, a Markdown plan with annexes after the signature): the shapes its invented documents
(tests/invented/raw/g12_*) showed, each with rows that must match and rows that must not (other names, places and
numbers than the documents')."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies


# The market-surveillance office of a province is written without its "Cục" ("Quản lý thị trường tỉnh", "Quản lý thị
# trường thành phố Y"), as "Hải quan tỉnh" or "Thuế tỉnh" are: a name of its own in a list of partners. The words in
# a sentence ("quản lý thị trường bất động sản", "Quản lý thị trường xăng dầu") name no body.
@pytest.mark.parametrize("text, expected", [
    ("Công an tỉnh, Quản lý thị trường tỉnh", ["Công an tỉnh", "Quản lý thị trường tỉnh"]),
    ("Sở Công Thương, Quản lý thị trường thành phố, Công an thành phố",
     ["Sở Công Thương", "Quản lý thị trường thành phố", "Công an thành phố"]),
    ("Sở Y tế và Quản lý thị trường tỉnh Lạc Sơn", ["Sở Y tế", "Quản lý thị trường tỉnh Lạc Sơn"]),
    ("Ban Quản lý an toàn thực phẩm, Quản lý thị trường Hòa Bắc",
     ["Ban Quản lý an toàn thực phẩm", "Quản lý thị trường Hòa Bắc"]),
    # must not: the words as a task, not a body
    ("Sở Công Thương, quản lý thị trường xăng dầu", ["Sở Công Thương, quản lý thị trường xăng dầu"]),
    ("Sở Xây dựng, Quản lý thị trường bất động sản", ["Sở Xây dựng, Quản lý thị trường bất động sản"]),
    # must not: the office with its Cục, as before
    ("Công an tỉnh, Cục Quản lý thị trường tỉnh", ["Công an tỉnh", "Cục Quản lý thị trường tỉnh"]),
])
def test_the_market_surveillance_office_is_a_name_in_a_list(text, expected):
    assert split_agencies(text) == expected


def _responsibilities(items: list[str]) -> list[str]:
    from extractors.document import build_document
    from extractors.fields.responsibilities import extract_responsibilities
    from extractors.formats import read
    from extractors.segment import outline
    text = "KẾ HOẠCH\nCông tác năm học 2026 - 2027\nI. MỤC TIÊU\nĐạt 100% kế hoạch.\nII. TỔ CHỨC THỰC HIỆN\n" + \
        "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) + "\n"
    doc = build_document(read(text.encode(), "plan.txt"))
    return [r["agency"] for r in extract_responsibilities(doc, outline(doc))]


# A school (a đơn vị sự nghiệp) gives its plan's duties to its posts as well as to its groups: "1. Phó Hiệu trưởng
# phụ trách chuyên môn: ...", "3. Kế toán: ...", "Tổng phụ trách Đội: ...". A post named before a colon in an item of
# the assignments is the one responsible. Not the post inside a sentence ("Hiệu trưởng các trường chỉ đạo ...", a
# leader of bodies named after it), nor a post's word that opens a task ("Kế toán viên được bồi dưỡng ...").
@pytest.mark.parametrize("items, expected", [
    (["Phó Hiệu trưởng phụ trách chuyên môn: chỉ đạo, kiểm tra việc thực hiện.",
      "Các tổ chuyên môn: xây dựng kế hoạch chi tiết.", "Kế toán: bảo đảm kinh phí theo dự toán."],
     ["Phó Hiệu trưởng phụ trách chuyên môn", "Các tổ chuyên môn", "Kế toán"]),
    (["Hiệu trưởng: phê duyệt kế hoạch, phân công nhiệm vụ.", "Tổng phụ trách Đội: tổ chức các hoạt động ngoại khóa.",
      "Tổ Văn phòng: lưu trữ hồ sơ.", "Nhân viên y tế: theo dõi sức khỏe học sinh."],
     ["Hiệu trưởng", "Tổng phụ trách Đội", "Tổ Văn phòng", "Nhân viên y tế"]),
    (["Phó Hiệu trưởng phụ trách cơ sở vật chất: kiểm tra phòng học.", "Đoàn Thanh niên trường: vận động học sinh.",
      "Kế toán trường: thanh toán theo quy định."],
     ["Phó Hiệu trưởng phụ trách cơ sở vật chất", "Đoàn Thanh niên trường", "Kế toán trường"]),
    # must not: a post's word that opens a sentence, no colon after it
    (["Sở Giáo dục và Đào tạo: hướng dẫn chuyên môn.", "Kế toán viên các trường được bồi dưỡng nghiệp vụ.",
      "Công an tỉnh: bảo đảm an ninh trường học."],
     ["Sở Giáo dục và Đào tạo", "Công an tỉnh"]),
])
def test_a_schools_posts_are_responsible(items, expected):
    assert _responsibilities(items) == expected


def _activities(text: str, name: str = "plan.md") -> list[tuple[str, list[str], list[str]]]:
    from extractors.document import build_document
    from extractors.fields.activities import extract_activities
    from extractors.formats import read
    from extractors.segment import outline
    doc = build_document(read(text.encode(), name))
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


_TASKS = "KẾ HOẠCH\nCông tác năm 2026\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\nII. NHIỆM VỤ\n\n{}\n\n" \
         "III. TỔ CHỨC THỰC HIỆN\n\n" \
         "Các đơn vị triển khai thực hiện./.\n"


# A role's label alone on its line, its agencies listed on the lines under it ("- Đơn vị phối hợp:" / "+ Ngân hàng
# Chính sách xã hội tỉnh;" / "+ Sở Y tế;"; "Cơ quan phối hợp:" / "- Sở Tài chính;"): each listed line that opens
# with an agency is one of the role's. A line under it that is no agency (a deadline, a content bullet) ends the list.
@pytest.mark.parametrize("body, expected", [
    ("1. Mở lớp dạy nghề cho thanh niên\n\n- Đơn vị chủ trì: Trung tâm Giáo dục nghề nghiệp huyện.\n"
     "- Đơn vị phối hợp:\n"
     "  + Phòng Nội vụ;\n  + Huyện đoàn;\n  + Ủy ban nhân dân các xã, phường.\n\n"
     "2. Hỗ trợ vay vốn\n\n- Đơn vị chủ trì: Ngân hàng Chính sách xã hội huyện.\n- Đơn vị phối hợp:\n"
     "  + Hội Nông dân huyện;\n  + Hội Liên hiệp Phụ nữ huyện.",
     [("1", ["Trung tâm Giáo dục nghề nghiệp huyện"], ["Phòng Nội vụ", "Huyện đoàn", "Ủy ban nhân dân các xã, phường"]),
      ("2", ["Ngân hàng Chính sách xã hội huyện"], ["Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"])]),
    ("1. Kiểm tra an toàn thực phẩm\n\nCơ quan chủ trì: Chi cục An toàn vệ sinh thực phẩm.\n\nCơ quan phối hợp:\n\n"
     "- Công an tỉnh;\n- Sở Công Thương.\n\n2. Truyền thông\n\nCơ quan chủ trì: Báo Lạc Sơn.",
     [("1", ["Chi cục An toàn vệ sinh thực phẩm"], ["Công an tỉnh", "Sở Công Thương"]),
      ("2", ["Báo Lạc Sơn"], [])]),
    # must not: the lines under the label that name no agency end the list
    ("1. Sửa chữa trường học\n\n- Đơn vị chủ trì: Phòng Kinh tế.\n- Đơn vị phối hợp:\n  + Sở Xây dựng;\n"
     "  + Hoàn thành trong quý III/2026.\n\n2. Mua sắm thiết bị\n\n- Đơn vị chủ trì: Trường Tiểu học Kim Lâm.",
     [("1", ["Phòng Kinh tế"], ["Sở Xây dựng"]), ("2", ["Trường Tiểu học Kim Lâm"], [])]),
])
def test_a_roles_agencies_listed_under_its_label(body, expected):
    assert _activities(_TASKS.format(body)) == expected


def _objective_years(lines: list[str], name: str = "plan.md") -> list[tuple[str, int | None]]:
    from extractors.document import build_document
    from extractors.fields.objectives import extract_objectives
    from extractors.formats import read
    from extractors.segment import outline
    text = "KẾ HOẠCH\nCông tác giai đoạn 2025 - 2028\n\nI. MỤC TIÊU\n\n" + "\n".join(lines) + \
        "\n\nII. NHIỆM VỤ\n\n1. Tuyên truyền: Sở Y tế chủ trì.\n"
    doc = build_document(read(text.encode(), name))
    return [(o["text"][:12], o["target_year"]) for o in extract_objectives(doc, outline(doc))]


# A lead-in line "Phấn đấu năm 2026:" (no "đến", no "trong") dates the items under it as "Năm 2026:" and "Phấn đấu
# đến năm 2026:" do; so does "Chỉ tiêu năm 2027:". Not "So với năm 2024:" (a base to compare with), and an item's
# own year still wins.
@pytest.mark.parametrize("lines, expected", [
    (["Phấn đấu năm 2026:", "", "- Tỷ lệ hộ nghèo giảm 1,5%;", "- 90% thôn có nhà văn hóa."],
     [("Tỷ lệ hộ ngh", 2026), ("90% thôn có ", 2026)]),
    (["Chỉ tiêu năm 2027:", "", "- Tỷ lệ trẻ em được tiêm chủng đạt 98%;", "- Đến năm 2028, 100% trạm y tế có bác sĩ."],
     [("Tỷ lệ trẻ em", 2027), ("Đến năm 2028", 2028)]),
    (["Phấn đấu năm 2025:", "", "- 70% hộ dân dùng nước sạch."], [("70% hộ dân d", 2025)]),
    # must not: a lead-in whose year is a base to compare with, not the items' horizon
    (["So với năm 2024:", "", "- Tỷ lệ hộ nghèo giảm 1,5%;", "- Số vụ cháy rừng giảm 10%."],
     [("Tỷ lệ hộ ngh", None), ("Số vụ cháy r", None)]),
])
def test_a_lead_in_naming_its_year_dates_the_items(lines, expected):
    assert _objective_years(lines) == expected
