"""Hold-out round G8 (the writing habits of other provinces, offices and years for numbers, money, dates and
headings): the shapes its invented documents (tests/invented/raw/g8_*) showed, each with rows that must match and rows
that must not (other names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.header import extract_header
from extractors.fields.objectives import targets_in
from extractors.formats import read
from extractors.segment import classify, outline
from normalizers.agencies import leading_agency
from normalizers.dates import find_period
from normalizers.money import find_money, without_foreign_worth


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH ĐÔNG\nSố: 52/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nKhánh Đông, ngày 14 tháng 4 năm 2025\nKẾ HOẠCH\n"
        "Phát triển năng lượng tái tạo giai đoạn 2026 - 2030\n")


# An amount in a foreign currency, then its worth in đồng in brackets: the đồng are the same sum, and the foreign
# amount is no part of the sum's label (the scope stays the plan's total, not "Vốn ... 2,5 triệu USD (").
@pytest.mark.parametrize("label, bare", [
    ("Tổng vốn thực hiện khoảng 3,2 triệu USD (tương đương ", "Tổng vốn thực hiện khoảng"),
    ("vốn ODA 1.800.000 EUR, tương đương ", "vốn ODA"),
    ("vốn vay USD 4,5 triệu (quy đổi khoảng ", "vốn vay"),
    ("Kinh phí hỗ trợ 12.000 đô la Mỹ (khoảng ", "Kinh phí hỗ trợ"),
    # must not: no foreign amount before the sum, or one that is no worth of it
    ("Tổng kinh phí là ", "Tổng kinh phí là "),
    ("mua 20 USB (", "mua 20 USB ("),
    ("hỗ trợ 500 USD cho mỗi hộ; kinh phí đối ứng ", "hỗ trợ 500 USD cho mỗi hộ; kinh phí đối ứng "),
])
def test_a_foreign_amount_before_its_worth_in_dong_is_cut_from_the_label(label, bare):
    assert without_foreign_worth(label) == bare


@pytest.mark.parametrize("money, scope", [
    ("khoảng 3,2 triệu USD (tương đương 78 tỷ đồng)", "total"),
    ("khoảng 1.500.000 EUR, tương đương 40 tỷ đồng", "total"),
    # must not: a sum in đồng alone keeps its reading
    ("khoảng 78 tỷ đồng", "total"),
])
def test_the_worth_in_dong_of_a_foreign_amount_is_the_plans_total(money, scope):
    doc = _doc(HEAD + f"\nIV. KINH PHÍ\nTổng vốn thực hiện Kế hoạch {money}.\n")
    found = [(s["scope"], s["amount_vnd"]) for s in extract_statements(doc)]
    assert len(found) == 1 and found[0][0] == scope


# The change a target makes, in brackets after it ("100 % ... (tăng 5% so với năm 2024)"), is a comparison, no second
# target; a change the item itself commits to stays one.
@pytest.mark.parametrize("text, values", [
    ("100 % xã có điểm bưu điện văn hóa (tăng 8% so với năm 2024).", [100.0]),
    ("Tỷ lệ hộ dùng nước sạch đạt 92% (tăng 4% so với năm 2025).", [92.0]),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 95% (giảm 2 điểm phần trăm so với năm 2024).", [95.0]),
    ("Tỷ lệ lao động qua đào tạo đạt 70% (mức tăng 3% so với năm 2024).", [70.0]),
    # must not: the item's own change, or a bracket that names another share
    ("Tỷ lệ hộ nghèo giảm 1,5% so với năm 2025.", [1.5]),
    ("Tỷ lệ hộ dùng nước sạch đạt 92% (trong đó tăng 10% số xã miền núi).", [92.0, 10.0]),
    ("Tỷ lệ trẻ em tiêm chủng đầy đủ đạt 98%, tăng 3% so với năm 2025.", [98.0, 3.0]),
])
def test_a_change_in_brackets_after_a_target_is_no_target(text, values):
    assert [t["value"] for t in targets_in(text, 0) if t["unit"] == "percent"] == values


# A Youth Union committee's name ends on "đoàn" ("Tỉnh đoàn", "Thành đoàn", "Huyện đoàn"): a partner so named before
# what it does is the name alone.
@pytest.mark.parametrize("text, name", [
    ("Sở Giáo dục và Đào tạo, Tỉnh đoàn đổi mới nội dung, hình thức tuyên truyền", "Sở Giáo dục và Đào tạo, Tỉnh đoàn"),
    ("Hội Liên hiệp Phụ nữ, Thành đoàn vận động đoàn viên tham gia", "Hội Liên hiệp Phụ nữ, Thành đoàn"),
    ("Huyện đoàn tổ chức ra quân", "Huyện đoàn"),
    # must not: the level after the name, "và", or a name that goes on in capitals
    ("Phòng Văn hóa, Thành đoàn thành phố Hà Bắc tổ chức", "Phòng Văn hóa, Thành đoàn thành phố Hà Bắc"),
    ("Huyện đoàn và Hội Nông dân huyện tổ chức", "Huyện đoàn và Hội Nông dân huyện"),
    ("Ban Thường vụ Tỉnh đoàn tổ chức", "Ban Thường vụ Tỉnh đoàn"),
])
def test_a_youth_union_committee_ends_its_name_on_doan(text, name):
    found = leading_agency(text)
    assert found is not None and text[found[0]:found[1]] == name


# A programme divided into chapters ("Chương II" / "NHIỆM VỤ VÀ GIẢI PHÁP") whose sections are "Mục 1.", "Mục 2.": the
# sections of the chapter of tasks are the tasks.
CHAPTERS = HEAD + """
Chương I
MỤC TIÊU
Mục 1. Mục tiêu chung
Phát triển năng lượng tái tạo bền vững.
Chương II
{tasks}
Mục 1. Phát triển điện mặt trời mái nhà
Sở Công Thương chủ trì, phối hợp với Công ty Điện lực tỉnh hướng dẫn lắp đặt điện mặt trời mái nhà.
Mục 2. Phát triển điện gió ven biển
Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài nguyên và Môi trường kêu gọi đầu tư các dự án điện gió.
Chương III
TỔ CHỨC THỰC HIỆN
1. Sở Công Thương là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện.
"""


@pytest.mark.parametrize("tasks, titles", [
    ("NHIỆM VỤ VÀ GIẢI PHÁP", ["Phát triển điện mặt trời mái nhà", "Phát triển điện gió ven biển"]),
    ("NHIỆM VỤ CHỦ YẾU", ["Phát triển điện mặt trời mái nhà", "Phát triển điện gió ven biển"]),
    # must not: a chapter that names no tasks
    ("KẾT QUẢ ĐẠT ĐƯỢC GIAI ĐOẠN 2021 - 2025", []),
])
def test_the_sections_of_a_chapter_of_tasks_are_the_tasks(tasks, titles):
    doc = _doc(CHAPTERS.format(tasks=tasks))
    assert [a["title"] for a in extract_activities(doc, outline(doc))] == titles


# A period typed with another sign between its years: "2026÷2030" (a division sign), "2026~2030", "2026 — 2030" is
# the period 2026-2030, not the year 2030 alone.
@pytest.mark.parametrize("text, period", [
    ("Phát triển rừng bền vững giai đoạn 2027÷2031", (2027, 2031)),
    ("Phát triển rừng bền vững giai đoạn 2027 ÷ 2031", (2027, 2031)),
    ("Phát triển rừng bền vững giai đoạn 2027~2031", (2027, 2031)),
    ("Phát triển rừng bền vững giai đoạn 2027 — 2031", (2027, 2031)),
    ("Phát triển rừng bền vững giai đoạn 2027 - 2031", (2027, 2031)),
    # must not: one year, a year then a count, years out of order
    ("Phát triển rừng bền vững năm 2027", None),
    ("Trồng mới năm 2027÷150 ha", None),
    ("giai đoạn 2031÷2027", None),
])
def test_a_period_with_another_sign_between_its_years(text, period):
    assert find_period(text) == period


@pytest.mark.parametrize("title, period", [
    ("Phát triển rừng bền vững giai đoạn 2027÷2031", {"start_year": 2027, "end_year": 2031}),
    ("Phát triển rừng bền vững giai đoạn 2027~2031", {"start_year": 2027, "end_year": 2031}),
    # must not: a plan of one year
    ("Phát triển rừng bền vững năm 2027", {"start_year": 2027, "end_year": 2027}),
])
def test_the_header_reads_a_period_with_another_sign(title, period):
    head = HEAD.replace("Phát triển năng lượng tái tạo giai đoạn 2026 - 2030", title)
    doc = _doc(head + "\nI. MỤC TIÊU\nPhát triển rừng.\n")
    assert extract_header(doc)["period"] == period


# A numbered item whose number a dash set apart by spaces follows ("1 - Trồng rừng phòng hộ"), as some offices type
# their task headings: an Arabic item like "1- ..." and "1. ..." (not a range "1 - 2 lớp", nor a year "2025 - 2026").
@pytest.mark.parametrize("line, found", [
    ("1 - Trồng rừng phòng hộ ven biển", ("arabic", "1", "Trồng rừng phòng hộ ven biển")),
    ("2 – Phòng cháy, chữa cháy rừng", ("arabic", "2", "Phòng cháy, chữa cháy rừng")),
    ("2.1 - Hỗ trợ giống cây trồng", ("arabic", "2.1", "Hỗ trợ giống cây trồng")),
    # must not: a range of counts, a year range, a bare number
    ("1 - 2 lớp tập huấn mỗi năm", None),
    ("2025 - 2026 là năm bản lề", None),
    ("15 -", None),
])
def test_a_number_then_a_spaced_dash_is_an_item(line, found):
    got = classify(line)
    assert (got[0], got[1], got[3]) == found if found else got is None


DASHED_TASKS = HEAD + """
I. MỤC TIÊU
Phát triển rừng bền vững.
II. NHIỆM VỤ
1 - Trồng rừng phòng hộ ven biển
Chi cục Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các huyện ven biển tổ chức trồng rừng.
2 - Phòng cháy, chữa cháy rừng
Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh xây dựng phương án chữa cháy rừng.
III. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường theo dõi, tổng hợp.
"""


def test_tasks_numbered_with_a_spaced_dash_are_read():
    doc = _doc(DASHED_TASKS)
    assert [(a["code"], a["lead_agencies"]) for a in extract_activities(doc, outline(doc))] == [
        ("1", ["Chi cục Kiểm lâm"]), ("2", ["Công an tỉnh"])]


# A foreign amount with a bare scale word is no amount in đồng: its currency's code before it ("USD 2,5 triệu"), or a
# currency after it the list did not know ("1,2 tỷ yên", "3 triệu nhân dân tệ").
@pytest.mark.parametrize("text, amounts", [
    ("Tổng vốn ODA khoảng USD 2,5 triệu.", []),
    ("Vốn viện trợ EUR 1,8 triệu cho dự án.", []),
    ("Viện trợ không hoàn lại 1,2 tỷ yên Nhật.", []),
    ("Vốn vay 3 triệu nhân dân tệ.", []),
    # must not: a bare scale word in đồng after a source's abbreviation, a label's colon
    ("NSTW 2,5 tỷ; NSĐP 1,2 tỷ.", [2500000000, 1200000000]),
    ("Vốn ODA: 2,5 tỷ.", [2500000000]),
    ("Tổng vốn 2,5 triệu USD (tương đương 61 tỷ đồng).", [61000000000]),
])
def test_a_foreign_amount_with_a_bare_scale_word_is_no_money(text, amounts):
    assert [m.amount_vnd for m in find_money(text)] == amounts
