"""Hold-out round G9 (documents of the dev set's kinds that are not plans, and old ones: a Sở's report, a
province's letter, a headless chunk of a resolution, a word-segmented district plan, a Word 97 estimate decision, a
ministry's plan on its portal, a Sở's submission): the shapes its invented documents (tests/invented/raw/g9_*)
showed, each with rows that must match and rows that must not (other names, places and numbers than the
documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.fields.header import extract_header
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


# A header that lost its type line in capitals: the type and its title in small letters on the line after the place
# and date (a word-segmented district plan, its underscores taken out). The line is the title when it is no sentence.
@pytest.mark.parametrize("line, doc_type, title", [
    ("Kế hoạch bảo vệ rừng và phòng cháy chữa cháy rừng huyện tân hòa năm 2012", "Kế hoạch",
     "Bảo vệ rừng và phòng cháy chữa cháy rừng huyện tân hòa năm 2012"),
    ("Chương trình công tác tư pháp huyện đồng xuân năm 2011", "Chương trình",
     "Công tác tư pháp huyện đồng xuân năm 2011"),
    ("Kế hoạch tổ chức hội khỏe phù đổng cấp huyện năm 2014", "Kế hoạch",
     "Tổ chức hội khỏe phù đổng cấp huyện năm 2014"),
    # must not: a sentence about the plan, a line that cites a number
    ("Kế hoạch này được triển khai trên địa bàn huyện từ tháng 4 năm 2012", None, None),
    ("Kế hoạch số 12/KH-UBND về phòng cháy chữa cháy rừng năm 2012", None, None),
])
def test_a_type_and_its_title_in_small_letters_after_the_place_and_date(line, doc_type, title):
    text = ("Ủy ban nhân dân huyện tân hòa\nSố: 41/KH-UBND\nTân Hòa, ngày 09 tháng 3 năm 2012\n" + line +
            "\nCăn cứ Luật Bảo vệ và phát triển rừng ngày 03 tháng 12 năm 2004;\nI. MỤC TIÊU\n")
    header = extract_header(_doc(text))
    # (a real place's name gets its capitals back: compared in small letters, as the scorer compares titles)
    assert (header["title"] or "").lower() == (title or "").lower()
    if doc_type:
        assert header["doc_type"] == doc_type


# ... and only there: a line of that shape below the issuer, with no place and date above it, stays no title
@pytest.mark.parametrize("lines", [
    "Ủy ban nhân dân huyện tân hòa\nKế hoạch bảo vệ rừng năm 2012 của các xã vùng cao\nSố: 41/KH-UBND\n",
])
def test_the_line_must_follow_the_place_and_date(lines):
    text = lines + "Căn cứ Luật Bảo vệ và phát triển rừng ngày 03 tháng 12 năm 2004;\n"
    assert extract_header(_doc(text))["title"] is None


# A report's list of next year's tasks under a heading of tasks: some items name no unit, the others open with the
# unit that chairs them ("b) Phòng Y chủ trì, phối hợp với ..."): tasks with their lead, no responsibilities.
# Items that only name who does them ("b) Phòng Y tổ chức ...") stay assignments, and so does a "Tổ chức thực hiện".
REPORT_TASKS = ("BÁO CÁO\nKết quả công tác năm 2025, phương hướng năm 2026\nI. KẾT QUẢ\nNăm 2025 đạt nhiều kết quả.\n"
                "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n1. Chỉ tiêu\nTỷ lệ hộ dùng nước sạch đạt 98%.\n{head}\n"
                "a) Tăng cường kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n"
                "b) {one} phối hợp với Trung tâm Y tế các huyện tổ chức tập huấn cho cán bộ xã.\n"
                "c) {two} phối hợp với Bảo hiểm xã hội tỉnh rà soát đối tượng tham gia bảo hiểm.\n")


@pytest.mark.parametrize("head, one, two, agencies", [
    ("2. Nhiệm vụ trọng tâm", "Chi cục An toàn thực phẩm chủ trì,", "Phòng Nghiệp vụ Y chủ trì,", []),
    ("2. Các nhiệm vụ chủ yếu", "Phòng Kế hoạch - Tài chính chủ trì,", "Văn phòng Sở chủ trì,", []),
    ("2. Nội dung công việc", "Trung tâm Kiểm soát bệnh tật chủ trì,", "Phòng Tổ chức cán bộ chủ trì,", []),
    # must not: units that do the task without chairing it, or a section of who does what
    ("2. Nhiệm vụ trọng tâm", "Chi cục An toàn thực phẩm", "Phòng Nghiệp vụ Y",
     ["Chi cục An toàn thực phẩm", "Phòng Nghiệp vụ Y"]),
    ("2. Tổ chức thực hiện", "Chi cục An toàn thực phẩm chủ trì,", "Phòng Nghiệp vụ Y chủ trì,",
     ["Chi cục An toàn thực phẩm", "Phòng Nghiệp vụ Y"]),
])
def test_tasks_that_name_their_lead_beside_tasks_with_none_are_no_responsibilities(head, one, two, agencies):
    doc = _doc(REPORT_TASKS.format(head=head, one=one, two=two))
    assert [r["agency"] for r in extract_responsibilities(doc, outline(doc))] == agencies


# A stage with no line of its own ("ước thực hiện cả năm N") in a later sentence of a paragraph that names its own
# budget line: the stage of that sentence's line (not of the paragraph's first), and not "as assigned".
@pytest.mark.parametrize("prose, scope", [
    ("Tổng thu ngân sách trên địa bàn năm 2023 là 4.120 tỷ đồng. Chi đầu tư phát triển được giao 1.860 tỷ đồng, ước "
     "thực hiện cả năm 1.795 tỷ đồng.", "Chi đầu tư phát triển (ước thực hiện)"),
    ("Dự toán thu nội địa năm 2023 là 2.300 tỷ đồng; đã giải ngân 640 tỷ đồng. Vốn sự nghiệp y tế năm 2023 là 85 tỷ "
     "đồng, ước thực hiện 81 tỷ đồng.", "Vốn sự nghiệp y tế (ước thực hiện)"),
    # must not: a stage in a sentence of its own, or after a part of the sum in the same sentence: the first line's
    ("Dự toán chi thường xuyên năm 2023 là 3.100 tỷ đồng. Ước thực hiện cả năm là 3.050 tỷ đồng.",
     "Chi thường xuyên (ước thực hiện)"),
    ("Dự toán thu ngân sách năm 2023 là 5.000 tỷ đồng, trong đó thu nội địa 4.200 tỷ đồng; ước thực hiện cả năm 5.150 "
     "tỷ đồng.", "Thu ngân sách (ước thực hiện)"),
])
def test_a_stage_alone_takes_the_line_its_own_sentence_names(prose, scope):
    doc = _doc("KẾ HOẠCH\nKết quả thu, chi ngân sách\nI. KẾT QUẢ\n" + prose + "\n")
    assert extract_statements(doc)[-1]["scope"] == scope


# A decision names a body twice, once with its bare level word ("Giao Phòng Y tế huyện ...") and once without
# ("Trưởng phòng Y tế ... chịu trách nhiệm thi hành"): one body, under the name it was given first. Bodies of two
# levels ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện") or of a named place stay apart.
DECISION = ("QUYẾT ĐỊNH\nPhê duyệt dự toán năm 2011\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt dự toán năm 2011.\n"
            "Điều 2. Giao {first} chỉ đạo các đơn vị tổ chức thực hiện theo quy định.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân huyện, {second} chịu "
            "trách nhiệm thi hành Quyết định này./.\n")


@pytest.mark.parametrize("first, second, agencies", [
    ("Phòng Y tế huyện", "Trưởng phòng Y tế", ["Phòng Y tế huyện", "Văn phòng Ủy ban nhân dân huyện"]),
    ("Phòng Nông nghiệp và Phát triển nông thôn", "Trưởng Phòng Nông nghiệp và Phát triển nông thôn huyện",
     ["Phòng Nông nghiệp và Phát triển nông thôn", "Văn phòng Ủy ban nhân dân huyện"]),
    # must not: two levels, a named place, two bodies
    ("Ủy ban nhân dân thị trấn", "Chủ tịch Ủy ban nhân dân xã",
     ["Ủy ban nhân dân thị trấn", "Văn phòng Ủy ban nhân dân huyện", "Ủy ban nhân dân xã"]),
    ("Phòng Y tế huyện Đông Hòa", "Trưởng phòng Y tế",
     ["Phòng Y tế huyện Đông Hòa", "Văn phòng Ủy ban nhân dân huyện", "Phòng Y tế"]),
    ("Phòng Y tế huyện", "Trưởng phòng Tư pháp huyện",
     ["Phòng Y tế huyện", "Văn phòng Ủy ban nhân dân huyện", "Phòng Tư pháp huyện"]),
])
def test_a_body_named_with_and_without_its_level_word_is_one(first, second, agencies):
    doc = _doc(DECISION.format(first=first, second=second))
    # (in small letters: "Trưởng phòng Y tế" gives "phòng Y tế", and the scorer compares names so)
    found = [r["agency"].casefold() for r in extract_responsibilities(doc, outline(doc))]
    assert list(dict.fromkeys(found)) == [a.casefold() for a in agencies]
