"""Hold-out round G5 (more unseen documents of the dev set's kinds, other shapes than E3, F3, G3 and G4): the shapes its
invented documents (tests/invented/raw/g5_*) showed, each with rows that must match and rows that must not (other
names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.header import extract_header
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


def _tasks(text: str, name: str = "plan.txt") -> list[tuple]:
    doc = _doc(text, name)
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


def _issuer(text: str) -> dict:
    return extract_header(_doc(text))["issuer"]


# A joint plan's header read from a PDF: the second body's column had a mass organisation's national name over its
# province's executive committee ("HỘI NÔNG DÂN VIỆT NAM" / "BCH HỘI NÔNG DÂN TỈNH X"), and the two lines came out as
# one; the national name is the committee's parent, not part of the issuer's name.
JOINT = ("ỦY BAN NHÂN DÂN TỈNH\nLÂM SA\nSỞ TƯ PHÁP\n-------\nSố: 12/KH-STP\n{line}\nLÂM SA\n-------\nSố: 7/KH-HND\n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
         "Lâm Sa, ngày 03 tháng 5 năm 2025\nKẾ HOẠCH PHỐI HỢP\nTuyên truyền pháp luật năm 2025\n")


@pytest.mark.parametrize("line, name", [
    ("HỘI NÔNG DÂN VIỆT NAM BCH HỘI NÔNG DÂN TỈNH", "Ban Chấp hành Hội Nông dân tỉnh Lâm Sa"),
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM BAN CHẤP HÀNH HỘI LHPN TỈNH", "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Lâm Sa"),
    # must not: a province's body on its own line, or a department glued to its province's committee, as before
    ("HỘI NÔNG DÂN TỈNH", "Hội Nông dân tỉnh Lâm Sa"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH", "Liên đoàn Lao động tỉnh Lâm Sa"),
])
def test_a_national_organisation_glued_over_its_provinces_committee_is_its_parent(line, name):
    assert _issuer(JOINT.format(line=line))["name"] == name


# A unit named for the area it serves ("TRUNG TÂM Y TẾ KHU VỰC SÔNG MÂY" under "SỞ Y TẾ TỈNH X", the regional centres
# of 2025): the area's name keeps its capitals and the province is not added to a name that has its own place.
UNIT = ("{parent}\n{unit}\nSố: 27/KH-{code}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Đức Trọng, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nHoạt động chuyên môn năm 2026\n")


@pytest.mark.parametrize("parent, unit, code, name, locality", [
    ("SỞ Y TẾ TỈNH LÂM SA", "TRUNG TÂM Y TẾ KHU VỰC ĐỨC TRỌNG", "TTYT", "Trung tâm Y tế khu vực Đức Trọng", "Lâm Sa"),
    ("SỞ Y TẾ TỈNH HÀ AN", "TRUNG TÂM Y TẾ KHU VỰC BẮC TRÀ MY", "TTYT", "Trung tâm Y tế khu vực Bắc Trà My", "Hà An"),
    ("CỤC THUẾ TỈNH HÀ AN", "CHI CỤC THUẾ KHU VỰC III", "CCT", "Chi cục Thuế khu vực III", "Hà An"),
    # must not: a unit of a district, or one with no place of its own (the province's place is added), as before
    ("SỞ Y TẾ TỈNH LÂM SA", "TRUNG TÂM Y TẾ HUYỆN ĐỨC TRỌNG", "TTYT", "Trung tâm Y tế huyện Đức Trọng", "Đức Trọng"),
    ("SỞ NỘI VỤ TỈNH HÀ AN", "TRUNG TÂM DỊCH VỤ VIỆC LÀM", "TTDVVL", "Trung tâm Dịch vụ việc làm tỉnh Hà An", "Hà An"),
])
def test_a_unit_named_for_its_area_keeps_the_areas_name(parent, unit, code, name, locality):
    issuer = _issuer(UNIT.format(parent=parent, unit=unit, code=code))
    assert (issuer["name"], issuer["locality"]) == (name, locality)


# A resolution's sum over the years it runs ("Tổng kế hoạch vốn bố trí cho các dự án điều chỉnh, bổ sung trong hai
# năm 2024 - 2025 là N"): the count of years before the period goes with it, out of the scope.
SUMS = "HỘI ĐỒNG NHÂN DÂN\n\nTỈNH HÀ AN\n\nNGHỊ QUYẾT\n\nVề đầu tư công\n\nĐiều 1. Nội dung\n\n{line}\n"


@pytest.mark.parametrize("line, scopes", [
    ("1. Kế hoạch vốn bố trí cho các công trình thủy lợi trong hai năm 2026 - 2027 là 84.000 triệu đồng.",
     [("Kế hoạch vốn bố trí cho các công trình thủy lợi", None)]),
    ("1. Vốn hỗ trợ các xã đặc biệt khó khăn trong 03 năm 2026-2028 là 12.600 triệu đồng.",
     [("Vốn hỗ trợ các xã đặc biệt khó khăn", None)]),
    ("1. Vốn bảo trì đường huyện của ba năm 2023 - 2025 là 3.100 triệu đồng.", [("Vốn bảo trì đường huyện", None)]),
    ("1. Vốn bảo trì đường tỉnh cho hai năm (2024 - 2025) là 5.400 triệu đồng.", [("Vốn bảo trì đường tỉnh", None)]),
    ("1. Vốn bảo trì đường xã trong 02 năm 2024, 2025 là 1.900 triệu đồng.", [("Vốn bảo trì đường xã", None)]),
    ("1. Vốn bảo trì đường xã của năm 2024 và 2025 là 1.900 triệu đồng.", [("Vốn bảo trì đường xã", None)]),
    # must not: a single year stays the sum's year, and so does the year a sum is carried into
    ("1. Vốn bảo trì đường huyện trong năm 2026 là 950 triệu đồng.", [("Vốn bảo trì đường huyện", 2026)]),
    ("1. Vốn bảo trì đường huyện chuyển sang năm 2026 là 950 triệu đồng.",
     [("Vốn bảo trì đường huyện chuyển sang năm 2026", 2026)]),
])
def test_the_count_of_years_before_a_period_is_no_part_of_a_scope(line, scopes):
    got = extract_statements(_doc(SUMS.format(line=line)), {"start_year": 2021, "end_year": 2025}, "Nghị quyết")
    assert [(s["scope"], s["year"]) for s in got] == scopes


# An aim that opens on its year ("Năm 2018, hình thành thêm 05 điểm du lịch ...") aims at that year, whatever the
# plan's period; a year that is the item's subject or a baseline does not.
AIMS = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÀ AN\n\nKẾ HOẠCH\n\nPhát triển du lịch giai đoạn 2019 - 2021\n\nI. MỤC TIÊU\n\n"
        "1. {line}\n\n2. Tỷ lệ lao động được đào tạo đạt 60%.\n\nII. NHIỆM VỤ\n\n1. Khảo sát.\n")


@pytest.mark.parametrize("line, year", [
    ("Năm 2019, hình thành thêm 04 điểm du lịch cộng đồng, 70% hộ được tập huấn.", 2019),
    ("Năm 2020: 100% xã có điểm bưu điện văn hóa hoạt động.", 2020),
    # must not: a year that is the subject, a baseline
    ("Năm 2020 là năm đẩy mạnh quảng bá, 80% điểm du lịch có biển chỉ dẫn.", None),
    ("So với năm 2018, lượng khách tăng 25%.", None),
])
def test_an_aim_that_opens_on_its_year_aims_at_it(line, year):
    doc = _doc(AIMS.format(line=line))
    first = extract_objectives(doc, outline(doc))[0]
    assert first["target_year"] == year


# A task's fields written each as a sentence of its own after bold labels, as a scrape writes them ("**Chủ trì:**
# Phòng X. **Phối hợp:** Y. **Thời gian:** Quý II/2023."): each field ends at the next one's label.
FIELDS = ("**ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ**\n\n**Số: 44/KH-UBND**\n\n## KẾ HOẠCH\n\n### Phát triển du lịch năm 2023\n\n"
          "**III. NHIỆM VỤ**\n\n1) Quảng bá du lịch\n\n* Xây dựng video giới thiệu các điểm du lịch của huyện.\n* {line}\n\n"
          "2) Đào tạo nhân lực\n\n* Tổ chức 03 lớp bồi dưỡng kỹ năng.\n* **Chủ trì:** Phòng Nội vụ.\n\n"
          "**IV. TỔ CHỨC THỰC HIỆN**\n\n1) Phòng Văn hóa và Thông tin theo dõi, tổng hợp.\n")


@pytest.mark.parametrize("line, lead, partners", [
    ("**Chủ trì:** Phòng Văn hóa và Thông tin. **Phối hợp:** Trung tâm Văn hóa - Thể thao huyện. **Thời gian:** Quý "
     "II/2023.", ["Phòng Văn hóa và Thông tin"], ["Trung tâm Văn hóa - Thể thao huyện"]),
    ("**Đơn vị chủ trì:** Phòng Kinh tế và Hạ tầng. **Thời hạn:** Tháng 9/2023.", ["Phòng Kinh tế và Hạ tầng"], []),
    ("**Cơ quan chủ trì:** Phòng Văn hóa và Thông tin. **Sản phẩm:** Video giới thiệu.", ["Phòng Văn hóa và Thông tin"],
     []),
    # must not: fields cut by semicolons, as before
    ("**Đơn vị chủ trì:** Phòng Văn hóa và Thông tin; **Đơn vị phối hợp:** Huyện đoàn; **Thời gian:** Năm 2023.",
     ["Phòng Văn hóa và Thông tin"], ["Huyện đoàn"]),
])
def test_fields_each_a_sentence_of_its_own_end_at_the_next_label(line, lead, partners):
    tasks = _tasks(FIELDS.format(line=line), "plan.md")
    assert tasks == [("1", lead, partners), ("2", ["Phòng Nội vụ"], [])]


# A footnote's marker after a cited document's title, as a scrape writes it ("... về chuyển đổi số năm 2022[1];",
# Markdown's "[^1]", a page's "<sup>1</sup>", "(1)"), is no part of the title; the note after the signature, in the
# same forms ("[^1]: Kế hoạch ...", "<sup>1</sup> Kế hoạch ..."), is a footnote.
NOTED = ("ỦY BAN NHÂN DÂN\n\nHUYỆN LÂM HÀ\n\nSố: 77/KH-UBND\n\nLâm Hà, ngày 04 tháng 5 năm 2023\n\nKẾ HOẠCH\n\n"
         "Phát triển du lịch năm 2023\n\nThực hiện Kế hoạch số 31/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân "
         "tỉnh Sơn Lâm về {title}{mark}; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n"
         "1. Quảng bá du lịch.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nLê Văn Sơn\n\n{note}Kế hoạch số 31/KH-UBND được "
         "ban hành trên cơ sở Nghị quyết của Tỉnh ủy.\n")


@pytest.mark.parametrize("title, mark, note, want, notes", [
    ("phát triển du lịch năm 2023", "[1]", "[1] ", "Phát triển du lịch năm 2023", ["1"]),
    ("phát triển du lịch năm 2023", "[^2]", "[^2]: ", "Phát triển du lịch năm 2023", ["2"]),
    ("phát triển du lịch năm 2023", "<sup>3</sup>", "<sup>3</sup> ", "Phát triển du lịch năm 2023", ["3"]),
    ("phát triển du lịch năm 2023", " (1)", "(1) ", "Phát triển du lịch năm 2023", ["1"]),
    # must not: a title's own brackets and numbers stay
    ("tổ chức lễ hội (đợt 2)", "", "", "Tổ chức lễ hội (đợt 2)", []),
    ("thực hiện Đề án 06", "", "", "Thực hiện Đề án 06", []),
])
def test_a_footnote_marker_after_a_cited_title_is_no_part_of_it(title, mark, note, want, notes):
    from extractors.fields.footnotes import extract_footnotes
    from extractors.fields.legal_bases import extract_legal_bases
    doc = _doc(NOTED.format(title=title, mark=mark, note=note))
    assert [b["title"] for b in extract_legal_bases(doc, 0)] == [want]
    signed = next(b.index for b in doc.paragraphs if b.text == "Lê Văn Sơn")
    assert [n["marker"] for n in extract_footnotes(doc, signed + 1)] == notes


# A task whose line hands it over in a clause after a semicolon or a comma, "giao" in lower case ("Bố trí kinh phí
# mua sắm trang thiết bị cứu hộ; giao Sở Tài chính chủ trì, phối hợp với ... thực hiện."): the clause names its lead,
# as a sentence "Giao Sở X chủ trì ..." does.
HANDED = ("ỦY BAN NHÂN DÂN\n\nTỈNH SƠN LÂM\n\nKẾ HOẠCH\n\nPhòng chống thiên tai năm 2025\n\nII. NHIỆM VỤ\n\n"
          "1. Kiểm tra an toàn hồ chứa trước mùa mưa lũ. Sở Công Thương chủ trì thực hiện.\n\n2. {line}\n")


@pytest.mark.parametrize("line, lead, partners, title", [
    ("Tổ chức diễn tập ứng phó bão cấp tỉnh; giao Sở Tài chính chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh thực "
     "hiện.", ["Sở Tài chính"], ["Bộ Chỉ huy Quân sự tỉnh"], "Tổ chức diễn tập ứng phó bão cấp tỉnh"),
    ("Mua sắm trang thiết bị cứu hộ, giao Sở Y tế chủ trì, phối hợp với Công an tỉnh thực hiện.", ["Sở Y tế"],
     ["Công an tỉnh"], "Mua sắm trang thiết bị cứu hộ"),
    ("Gia cố đê bao xung yếu; giao cho Ủy ban nhân dân các xã chủ trì thực hiện.", ["Ủy ban nhân dân các xã"], [],
     "Gia cố đê bao xung yếu"),
    # must not: "giao thông" is no hand-over, nor is a hand-over without a lead
    ("Sửa chữa cầu yếu, giao thông nông thôn bị hư hỏng do lũ.", [], [],
     "Sửa chữa cầu yếu, giao thông nông thôn bị hư hỏng do lũ"),
    ("Rà soát đất công; giao đất cho hộ nghèo theo quy định.", [], [], "Rà soát đất công; giao đất cho hộ nghèo theo quy định"),
])
def test_a_task_handed_over_in_a_clause_names_its_lead(line, lead, partners, title):
    doc = _doc(HANDED.format(line=line))
    task = extract_activities(doc, outline(doc))[1]
    assert (task["lead_agencies"], task["partner_agencies"], task["title"]) == (lead, partners, title)


# The lead made the focal point ("Giao Sở X làm đầu mối, phối hợp với Y thực hiện", "X là cơ quan đầu mối") leads;
# a partner named with its role ("Y là cơ quan phối hợp") is Y alone.
@pytest.mark.parametrize("line, lead, partners", [
    ("Tổ chức diễn tập ứng phó bão cấp tỉnh. Giao Sở Tài chính làm đầu mối, phối hợp với Công an tỉnh thực hiện.",
     ["Sở Tài chính"], ["Công an tỉnh"]),
    ("Tổ chức diễn tập ứng phó bão cấp tỉnh. Sở Y tế là cơ quan đầu mối, phối hợp với Sở Nội vụ thực hiện.",
     ["Sở Y tế"], ["Sở Nội vụ"]),
    ("Tổ chức diễn tập ứng phó bão cấp tỉnh. Sở Tài chính là cơ quan chủ trì, Công an tỉnh là cơ quan phối hợp.",
     ["Sở Tài chính"], ["Công an tỉnh"]),
    ("Tổ chức diễn tập ứng phó bão cấp tỉnh. Sở Xây dựng là đơn vị chủ trì, Sở Tư pháp là đơn vị phối hợp.",
     ["Sở Xây dựng"], ["Sở Tư pháp"]),
    # must not: a focal point that is a thing, not a role
    ("Thiết lập đầu mối liên lạc giữa các lực lượng cứu hộ.", [], []),
])
def test_a_focal_point_leads_and_a_partner_named_with_its_role_is_itself(line, lead, partners):
    doc = _doc(HANDED.format(line=line))
    task = extract_activities(doc, outline(doc))[1]
    assert (task["lead_agencies"], task["partner_agencies"]) == (lead, partners)
