"""Hold-out round G7 (more unseen documents of the dev set's kinds, other shapes than E3, F3 and G3-G6): the shapes
its invented documents (tests/invented/raw/g7_*) showed, each with rows that must match and rows that must not (other
names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.header import extract_header
from extractors.fields.responsibilities import agency_of, extract_responsibilities
from extractors.formats import read
from extractors.segment import outline
from normalizers.agencies import split_agencies


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÔNG\nSố: 46/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNam Đông, ngày 04 tháng 5 năm 2022\nKẾ HOẠCH\n"
        "Phát triển nghề truyền thống năm 2022\n")


# A Markdown scrape whose tasks are bullets in bold with a number ("- **1. Công tác đào tạo nghề**") over nested
# bullets ("  - Phòng X chủ trì, phối hợp với Y ..."): the reader keeps the list sign and drops the bold, and the line
# "- 1. Công tác đào tạo nghề" is the numbered task, its nested bullets its content.
BOLD_BULLETS = HEAD + """
**II. NHIỆM VỤ, GIẢI PHÁP**

- **{l1} Công tác đào tạo nghề**
  - Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp huyện mở lớp dạy nghề.
  - Ủy ban nhân dân các xã vận động lao động tham gia học nghề.
- **{l2} Xúc tiến thương mại sản phẩm làng nghề**
  - Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân huyện giới thiệu sản phẩm làng nghề.
  - Các làng nghề tham gia hội chợ.

**III. TỔ CHỨC THỰC HIỆN**

1. Phòng Kinh tế theo dõi, tổng hợp kết quả thực hiện.
"""
TITLES = ["Công tác đào tạo nghề", "Xúc tiến thương mại sản phẩm làng nghề"]


@pytest.mark.parametrize("l1, l2, numbered", [
    ("1.", "2.", True),
    ("1)", "2)", True),
    # must not: bold bullets with no number are no numbered tasks
    ("", "", False),
])
def test_a_numbered_bullet_in_bold_is_the_task_over_its_nested_bullets(l1, l2, numbered):
    doc = _doc(BOLD_BULLETS.format(l1=l1, l2=l2), "plan.md")
    found = [(a["code"], a["title"], a["lead_agencies"]) for a in extract_activities(doc, outline(doc))]
    if numbered:
        assert found == [("1", TITLES[0], ["Phòng Lao động - Thương binh và Xã hội"]),
                         ("2", TITLES[1], ["Phòng Kinh tế"])]
    else:
        assert not any(title in TITLES for _, title, _ in found)


@pytest.mark.parametrize("line, numbered", [
    ("- 1. Công tác đào tạo nghề", ("arabic", "1")),
    ("+ 2.1. Hỗ trợ mặt bằng sản xuất", ("arabic", "2.1")),
    ("• 3) Xúc tiến thương mại", ("arabic", "3")),
    # must not: a bullet with no label, a count or a date behind the sign, a letter or Roman behind it
    ("- Phòng Kinh tế chủ trì, phối hợp với các xã", None),
    ("- 1.500 lao động được đào tạo nghề", None),
    ("- 15/6/2022: tổ chức hội chợ", None),
    ("- a) Hỗ trợ mặt bằng", None),
    ("- 30 hộ tham gia làng nghề", None),
])
def test_only_an_arabic_label_behind_a_list_sign_numbers_the_line(line, numbered):
    doc = _doc(HEAD + "I. NHIỆM VỤ\n" + line + "\n- Ủy ban nhân dân các xã vận động Nhân dân tham gia.\n")
    nodes = [(n.kind, n.number) for n in outline(doc) if n.kind != "roman"]
    assert nodes == ([numbered] if numbered else [])


# A section of the tasks headed with their assignment ("III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", each task naming its lead)
# beside a section of the agencies' duties ("V. TỔ CHỨC THỰC HIỆN"): the tasks are activities; the responsibilities
# are the duties section's alone.
TASKS_AND_DUTIES = HEAD + """I. MỤC ĐÍCH, YÊU CẦU
Bảo tồn, phát triển các làng nghề truyền thống của huyện.
{tasks_head}
1. Đào tạo nghề cho lao động nông thôn
Trung tâm Giáo dục nghề nghiệp huyện chủ trì, phối hợp với Hội Phụ nữ huyện mở 10 lớp dạy nghề mây tre đan.
2. Quảng bá sản phẩm làng nghề
Phòng Văn hóa và Thông tin chủ trì, phối hợp với Đài Truyền thanh huyện xây dựng chuyên mục giới thiệu làng nghề.
{duties_head}
1. Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí.
"""
TASK_LEADS = {"Trung tâm Giáo dục nghề nghiệp huyện", "Phòng Văn hóa và Thông tin"}
DUTY_UNITS = {"Phòng Kinh tế", "Phòng Tài chính - Kế hoạch"}


@pytest.mark.parametrize("tasks_head, duties_head, duties", [
    ("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN", DUTY_UNITS),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN", DUTY_UNITS),
    ("II. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG THỰC HIỆN", "III. TRÁCH NHIỆM THỰC HIỆN", DUTY_UNITS),
    # must not: with no other section, or when the heading names the assignment first, the section's units stay
    # responsible
    ("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", "III. KINH PHÍ", TASK_LEADS | DUTY_UNITS),
    ("II. PHÂN CÔNG THỰC HIỆN NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN", TASK_LEADS | DUTY_UNITS),
])
def test_a_section_of_tasks_with_their_assignment_beside_the_duties_gives_no_duties(tasks_head, duties_head, duties):
    doc = _doc(TASKS_AND_DUTIES.format(tasks_head=tasks_head, duties_head=duties_head))
    found = {r["agency"] for r in extract_responsibilities(doc, outline(doc))}
    assert found == duties


# A sum drawn from a budget named by whom it is given to (no level the source codes name) and, after "và", from
# money raised: the sum is of both sources ("total"), not of the money raised alone.
SUM = HEAD + "I. KINH PHÍ\nTổng kinh phí thực hiện Kế hoạch là 280 triệu đồng {source}.\n"


@pytest.mark.parametrize("source, code", [
    ("từ nguồn ngân sách cấp cho Hội Nông dân năm 2022 và nguồn vận động xã hội hóa", "total"),
    ("từ nguồn ngân sách được giao năm 2022 và nguồn tài trợ của doanh nghiệp", "total"),
    # must not: money raised alone, a level's budget alone, a level's budget and money raised (already two)
    ("từ nguồn vận động xã hội hóa", "mobilized"),
    ("từ nguồn ngân sách huyện năm 2022", "local"),
    ("từ nguồn xã hội hóa và nguồn vận động của doanh nghiệp", "mobilized"),
])
def test_a_budget_and_money_raised_is_a_sum_of_both(source, code):
    found = extract_statements(_doc(SUM.format(source=source)), {"start_year": 2022, "end_year": 2022}, "Kế hoạch")
    assert [(s["amount_vnd"], s["source"]) for s in found] == [(280_000_000, code)]


# What an office open to the public does with its procedures ends its name: "công khai", "niêm yết".
@pytest.mark.parametrize("line, agency", [
    ("3. Trung tâm Phục vụ hành chính công xã công khai thủ tục hành chính trên cổng dịch vụ công.",
     "Trung tâm Phục vụ hành chính công xã"),
    ("- Bộ phận Một cửa phường niêm yết thủ tục hành chính tại trụ sở.", "Bộ phận Một cửa phường"),
    ("2. Phòng Tư pháp công khai kết quả giải quyết hồ sơ.", "Phòng Tư pháp"),
    # must not: a name without those words keeps its length
    ("4. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ.", "Trung tâm Phục vụ hành chính công tỉnh"),
])
def test_publishing_procedures_ends_the_agency_name(line, agency):
    assert agency_of(line)[0] == agency


# The heads of the Government's bodies in a Prime Minister's decision stand for the bodies: one collective.
@pytest.mark.parametrize("text, names", [
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các "
     "tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Bộ trưởng các Bộ, Thủ trưởng các cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ và các cơ quan liên quan",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "các cơ quan liên quan"]),
    # must not: one minister's body, and heads of other bodies, read as before
    ("Bộ trưởng Bộ Xây dựng, Thủ trưởng các cơ quan có liên quan", ["Bộ Xây dựng", "các cơ quan có liên quan"]),
])
def test_the_government_bodies_heads_are_the_bodies(text, names):
    assert split_agencies(text.replace(" chịu trách nhiệm thi hành", "")) == names


@pytest.mark.parametrize("line, names", [
    ("Điều 4. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các "
     "tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # must not: a minister alone names his ministry; a minister beside his deputies names no body
    ("Bộ trưởng Bộ Y tế chịu trách nhiệm thi hành Quyết định này.", ["Bộ Y tế"]),
    ("Bộ trưởng, các Thứ trưởng dự họp.", None),
])
def test_an_article_opening_with_the_government_bodies_heads_names_them(line, names):
    found = agency_of(line.removeprefix("Điều 4. "))
    assert (split_agencies(found[0]) if found else None) == names


# A decision's programme in Roman sections with no heading of tasks ("I. MỤC TIÊU", "II. NGUỒN VỐN THỰC HIỆN"): the
# lettered lines of the funds' section are the sum's parts by source, no tasks (and the parts keep the sum's scope).
DECISION = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 611/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 12 tháng 3 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Chương trình phát triển rừng ven biển giai đoạn "
            "2026 - 2030\nĐiều 1. Phê duyệt Chương trình với các nội dung sau:\nI. MỤC TIÊU\n"
            "Tỷ lệ che phủ rừng ven biển đạt 25%.\nII. {heading}\nTổng vốn thực hiện Chương trình tối thiểu là 9.400 tỷ "
            "đồng. Trong đó:\na) {a}\nb) {b}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


@pytest.mark.parametrize("heading, a, b, tasks", [
    ("NGUỒN VỐN THỰC HIỆN", "Vốn ngân sách trung ương: 6.000 tỷ đồng;", "Vốn ngân sách địa phương: 3.400 tỷ đồng.", []),
    ("NGUỒN VỐN", "Vốn ngân sách trung ương: 6.000 tỷ đồng;", "Vốn ngân sách địa phương: 3.400 tỷ đồng.", []),
    # must not: a section that names no funds, between the objectives and the end, holds the tasks as before
    ("TRỒNG VÀ PHỤC HỒI RỪNG", "Trồng mới 4.000 ha rừng phòng hộ ven biển;", "Phục hồi 2.500 ha rừng ngập mặn.",
     ["a", "b"]),
])
def test_the_funds_section_of_a_programme_holds_no_tasks(heading, a, b, tasks):
    doc = _doc(DECISION.format(heading=heading, a=a, b=b))
    assert [act["code"] for act in extract_activities(doc, outline(doc))] == tasks


# A unit's own task table whose lead column names the unit in charge: "Bộ phận phụ trách", "Đơn vị phụ trách",
# "Khoa/Phòng phụ trách" (a hospital's or a school's plan): the lead of each row's task.
UNIT_TABLE = HEAD + """
II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung | {head} | Bộ phận phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Chuẩn hóa quy trình tiếp đón người bệnh | Khoa Khám bệnh | Phòng Điều dưỡng | Quý I/2026 |
| 2 | Giám sát tuân thủ vệ sinh tay | Khoa Kiểm soát nhiễm khuẩn | Các khoa lâm sàng | Hằng tháng |

III. TỔ CHỨC THỰC HIỆN
Phòng Kế hoạch tổng hợp theo dõi, tổng hợp kết quả.
"""


@pytest.mark.parametrize("head, leads", [
    ("Bộ phận phụ trách", [["Khoa Khám bệnh"], ["Khoa Kiểm soát nhiễm khuẩn"]]),
    ("Đơn vị phụ trách", [["Khoa Khám bệnh"], ["Khoa Kiểm soát nhiễm khuẩn"]]),
    ("Khoa/Phòng phụ trách", [["Khoa Khám bệnh"], ["Khoa Kiểm soát nhiễm khuẩn"]]),
    # must not: a member's field of charge names no lead
    ("Lĩnh vực phụ trách", [[], []]),
])
def test_the_unit_in_charge_column_leads_the_tasks(head, leads):
    doc = _doc(UNIT_TABLE.format(head=head), "plan.md")
    assert [a["lead_agencies"] for a in extract_activities(doc, outline(doc))] == leads


# A unit under a department named after its province without the level word ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÒA NINH"),
# dated at that place: the unit's locality is the place.
UNIT_HEAD = """{parent}
{unit}
Số: 58/KH-THPT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Bồi dưỡng học sinh giỏi năm học 2025 - 2026
I. MỤC TIÊU
Nâng cao chất lượng giáo dục mũi nhọn.
"""


@pytest.mark.parametrize("parent, unit, place, locality", [
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÒA NINH", "TRƯỜNG THPT CHUYÊN LÊ KHIẾT", "Hòa Ninh", "Hòa Ninh"),
    ("SỞ Y TẾ GIA BÌNH", "BỆNH VIỆN Y HỌC CỔ TRUYỀN", "Gia Bình", "Gia Bình"),
    # must not: dated elsewhere, or under a university named after its city (no province's department)
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÒA NINH", "TRƯỜNG THPT CHUYÊN LÊ KHIẾT", "Tân Phước", None),
    ("ĐẠI HỌC HÒA NINH", "TRƯỜNG ĐẠI HỌC KHOA HỌC", "Hòa Ninh", None),
])
def test_a_unit_takes_the_place_its_superior_is_named_after(parent, unit, place, locality):
    header = extract_header(_doc(UNIT_HEAD.format(parent=parent, unit=unit, place=place)))
    assert header["issuer"]["locality"] == locality
