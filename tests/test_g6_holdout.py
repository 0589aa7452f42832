"""Hold-out round G6 (more unseen documents of the dev set's kinds, other shapes than E3, F3, G3, G4 and G5): the
shapes its invented documents (tests/invented/raw/g6_*) showed, each with rows that must match and rows that must not
(other names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.objectives import extract_objectives
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN LONG KHÁNH\nSố: 27/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLong Khánh, ngày 12 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Phát triển giao thông nông thôn năm 2025\n")


# A section of tasks whose numbered items each open with the unit that does the task, some saying it chairs
# ("1. Phòng X chủ trì, phối hợp với Y lập danh mục ...") and some not ("2. Ban Z tổ chức thi công ..."): the items are
# the plan's tasks with their leads, not the units' responsibilities (those are under "Tổ chức thực hiện").
TASKS = HEAD + """I. NHIỆM VỤ, GIẢI PHÁP
1. {one}
2. {two}
3. {three}
4. {four}
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện.
2. Ủy ban nhân dân các xã tổ chức thực hiện tại địa phương.
"""

CHAIRS_1 = "Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài nguyên và Môi trường rà soát hiện trạng đường xã."
CHAIRS_2 = "Phòng Nông nghiệp chủ trì, phối hợp với Ủy ban nhân dân các xã vận động hiến đất làm đường."
DOES_1 = "Ban Quản lý dự án đầu tư xây dựng huyện tổ chức thi công các tuyến đường được duyệt."
DOES_2 = "Phòng Văn hóa và Thông tin tuyên truyền về phong trào làm đường giao thông nông thôn."
DOES_3 = "Trung tâm Dịch vụ nông nghiệp hướng dẫn trồng cây xanh hai bên đường."


def _tasks_and_duties(text: str) -> tuple[list[tuple], list[str]]:
    doc = _doc(text)
    nodes = outline(doc)
    tasks = [(a["code"], a["lead_agencies"]) for a in extract_activities(doc, nodes)]
    return tasks, [r["agency"] for r in extract_responsibilities(doc, nodes)]


@pytest.mark.parametrize("items, tasks", [
    ((CHAIRS_1, DOES_1, CHAIRS_2, DOES_2), [("1", ["Phòng Kinh tế và Hạ tầng"]),
                                           ("2", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
                                           ("3", ["Phòng Nông nghiệp"]), ("4", ["Phòng Văn hóa và Thông tin"])]),
    ((DOES_1, CHAIRS_1, DOES_2, CHAIRS_2), [("1", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
                                           ("2", ["Phòng Kinh tế và Hạ tầng"]),
                                           ("3", ["Phòng Văn hóa và Thông tin"]), ("4", ["Phòng Nông nghiệp"])]),
    # must not: one unit of four chairing its task leaves the items the units' duties, as before
    ((CHAIRS_1, DOES_1, DOES_2, DOES_3), []),
])
def test_tasks_half_of_which_name_their_chair_are_tasks(items, tasks):
    text = TASKS.format(one=items[0], two=items[1], three=items[2], four=items[3])
    found, duties = _tasks_and_duties(text)
    assert found == tasks
    assert {"Phòng Tài chính - Kế hoạch", "Ủy ban nhân dân các xã"} <= set(duties)
    if tasks:  # (the tasks' units are not responsible for them as well)
        assert "Phòng Kinh tế và Hạ tầng" not in duties


def test_half_chairing_items_under_the_organization_section_stay_duties():
    text = HEAD + (f"I. MỤC TIÊU\nHoàn thành 25 km đường giao thông nông thôn.\nII. TỔ CHỨC THỰC HIỆN\n1. {CHAIRS_1}\n"
                   f"2. {DOES_1}\n3. {CHAIRS_2}\n4. {DOES_2}\n")
    found, duties = _tasks_and_duties(text)
    assert found == []
    assert {"Phòng Kinh tế và Hạ tầng", "Ban Quản lý dự án đầu tư xây dựng huyện"} <= set(duties)


# A specific objective that leaves its levels to the appendix, its line cut by the PDF's reader right before
# "Phụ lục" ("... đến năm 2030 tại" / "Phụ lục kèm theo Chương trình này."): the appendix's indicator rows are the
# objectives, as when the reference is on one line.
APPENDIX = HEAD + """I. MỤC TIÊU
1. Mục tiêu chung
Phát triển mạng lưới giao thông nông thôn đồng bộ, kết nối các vùng sản xuất.
2. Mục tiêu cụ thể
{line}
{next}
II. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế và Hạ tầng theo dõi, tổng hợp kết quả thực hiện.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tám
PHỤ LỤC
CÁC CHỈ TIÊU GIAO THÔNG NÔNG THÔN

| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |
|---|---|---|---|---|
| 1 | Tỷ lệ đường xã được cứng hóa | % | 85 | 100 |
| 2 | Tỷ lệ đường thôn có chiếu sáng | % | 40 | 70 |
"""


INDICATORS = ["Tỷ lệ đường xã được cứng hóa", "Tỷ lệ đường thôn có chiếu sáng"]


@pytest.mark.parametrize("line, nxt, rows", [
    ("Các chỉ tiêu cụ thể đến năm 2025 và định hướng đến năm 2030 tại", "Phụ lục kèm theo Kế hoạch này.", True),
    ("Các chỉ tiêu cụ thể từng năm theo", "Phụ lục đính kèm.", True),
    # must not: a line that ends with "tại" over a line that is no appendix's name keeps its own reading
    ("Cứng hóa 25 km đường xã tại", "Các xã đặc biệt khó khăn hoàn thành trước.", False),
    ("Cứng hóa 25 km đường xã tại các xã khó khăn", "Phụ lục kèm theo Kế hoạch này.", False),
])
def test_a_reference_to_the_appendix_cut_before_phu_luc_reads_its_indicators(line, nxt, rows):
    doc = _doc(APPENDIX.format(line=line, next=nxt), "plan.md")
    specific = [o["text"] for o in extract_objectives(doc, outline(doc)) if o["kind"] == "specific"]
    assert (specific == INDICATORS) is rows
    assert rows or specific[0].startswith("Cứng hóa 25 km")


# An amending plan that quotes the new text of the objectives ('Sửa đổi khoản 2 mục I như sau:' / '"2. Mục tiêu cụ
# thể' / '- ...;' / '- ...."'): the quoted items are the objectives (the quote mark before the label keeps the line out
# of the outline).
AMENDING = HEAD.replace("Phát triển giao thông nông thôn năm 2025", "Sửa đổi, bổ sung Kế hoạch số 12/KH-UBND") + """\
I. SỬA ĐỔI MỤC TIÊU
Sửa đổi khoản 2 mục I Kế hoạch số 12/KH-UBND như sau:
{head}
- Năm 2025, cứng hóa 30 km đường xã, tăng 20% so với năm 2024;
- 95% tuyến đường thôn có rãnh thoát nước."
II. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế và Hạ tầng theo dõi, tổng hợp kết quả thực hiện.
"""


@pytest.mark.parametrize("head, found", [
    ('"2. Mục tiêu cụ thể', [("specific", [20.0]), ("specific", [95.0])]),
    ("“b) Các chỉ tiêu cụ thể:", [("specific", [20.0]), ("specific", [95.0])]),
    ('"1. Mục tiêu chung', [("general", [20.0]), ("general", [95.0])]),
    # must not: a quoted heading of tasks, or a quoted line that is no heading
    ('"2. Nhiệm vụ trọng tâm', []),
    ('"Mục tiêu cụ thể của Kế hoạch được điều chỉnh như sau', []),
])
def test_an_amendments_quoted_objectives_are_its_objectives(head, found):
    doc = _doc(AMENDING.format(head=head))
    got = [(o["kind"], [t["value"] for t in o["targets"] if t["unit"] == "percent"])
           for o in extract_objectives(doc, outline(doc))]
    assert got == found


# The organisation section's closing line that asks another body for its part, unnumbered after the last numbered
# item ("3. Ủy ban nhân dân các xã ..." / "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện ... tham gia giám sát ..."):
# the body it asks is responsible too, and the request is not the last item's duty.
ORGANISATION = HEAD + """I. MỤC TIÊU
Hoàn thành 25 km đường giao thông nông thôn.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế và Hạ tầng theo dõi, tổng hợp kết quả thực hiện.
2. Ủy ban nhân dân các xã vận động Nhân dân hiến đất làm đường.
{line}
"""


@pytest.mark.parametrize("line, agencies", [
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện tham gia giám sát việc thực hiện Kế hoạch./.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    ("Đề nghị Hội Nông dân huyện và các đoàn thể tham gia vận động hội viên hưởng ứng./.",
     ["Hội Nông dân huyện", "các đoàn thể"]),
    # must not: a closing line that asks no body, or does not open with the request, stays the last item's
    ("Đề nghị đồng chí Chủ tịch xem xét, chỉ đạo./.", []),
    ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị Phòng Kinh tế và Hạ tầng báo cáo Ủy ban nhân dân huyện./.",
     []),
])
def test_a_closing_request_to_another_body_is_its_responsibility(line, agencies):
    doc = _doc(ORGANISATION.format(line=line))
    records = extract_responsibilities(doc, outline(doc))
    assert [r["agency"] for r in records][2:] == agencies
    communes = next(r for r in records if r["agency"] == "Ủy ban nhân dân các xã")
    assert any(line[:20] in d for d in communes["duties"]) is not bool(agencies)


# "tham gia" followed by what a body does ("các đoàn thể tham gia tuyên truyền ...") ends the body's name; "tham gia"
# that names the bodies taking part ("Các đơn vị tham gia dự án", "Các xã tham gia Chương trình") stays in it.
@pytest.mark.parametrize("line, name", [
    ("Hội Cựu chiến binh xã và các đoàn thể tham gia tuyên truyền, vận động Nhân dân.",
     "Hội Cựu chiến binh xã và các đoàn thể"),
    ("Các tổ chức chính trị - xã hội tham gia giám sát việc thực hiện.", "Các tổ chức chính trị - xã hội"),
    # must not: the units taking part in something
    ("Các đơn vị tham gia dự án chịu trách nhiệm quyết toán kinh phí.", "Các đơn vị tham gia dự án"),
    ("Các xã tham gia Chương trình chủ động bố trí vốn đối ứng.", "Các xã tham gia Chương trình"),
])
def test_tham_gia_before_a_duty_ends_the_bodys_name(line, name):
    from extractors.fields.responsibilities import agency_of
    assert agency_of(line)[0] == name


# A word-segmented plan whose segmenter lower-cased the names ("phước_thạnh , ngày 05 tháng 3 năm 2024", as the dev
# set's "tỉnh hải_dương"): the place is spelled as a name; a place written with its capitals is kept as written.
@pytest.mark.parametrize("line, place", [
    ("tân_hòa , ngày 05 tháng 3 năm 2024", "Tân Hòa"),
    ("buôn_ma_thuột , ngày 05 tháng 3 năm 2024", "Buôn Ma Thuột"),
    # must not: a place written with capitals keeps them
    ("Tân_Hòa , ngày 05 tháng 3 năm 2024", "Tân Hòa"),
    ("TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2024", "TP. Hồ Chí Minh"),
])
def test_a_lower_cased_place_of_a_segmented_text_is_spelled_as_a_name(line, place):
    from extractors.fields.header import extract_header
    from tests.invented.build_g6 import COMMUNE_TEXT
    text = COMMUNE_TEXT.replace("Phước_Thạnh , ngày 05 tháng 3 năm 2024", line)
    assert line in text
    header = extract_header(_doc(text))
    assert header["place"] == place
    assert header["issued_date"] == "2024-03-05"
