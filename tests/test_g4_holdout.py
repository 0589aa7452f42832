"""Hold-out round G4 (more unseen documents of the dev set's kinds, other shapes than E3, F3 and G3): the shapes its
invented documents (tests/invented/raw/g4_*) showed, each with rows that must match and rows that must not (other
names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.budget_statements import extract_statements
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


def _tasks(text: str, name: str = "plan.txt") -> list[tuple]:
    doc = _doc(text, name)
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


def _duties(text: str, name: str = "plan.txt") -> list[str]:
    doc = _doc(text, name)
    return [r["agency"] for r in extract_responsibilities(doc, outline(doc))]


def _sums(text: str, year: int) -> list[tuple]:
    doc = _doc(text)
    return [(s["source"], s["year"], s["amount_vnd"])
            for s in extract_statements(doc, {"start_year": year, "end_year": year}, "Kế hoạch công tác năm")]


# A past year's land money or disbursement told in a directive's or a meeting's review ("Năm 2023, ... thu tiền sử
# dụng đất đạt N", "Năm 2023, tỉnh đã giải ngân N vốn đầu tư công") is context, not the plan's money; the same words
# for the plan's own year, or under a heading that names money, stay.
REVIEW = ("ỦY BAN NHÂN DÂN\n\nTỈNH TÂN HẢI\n\nCHỈ THỊ\n\nVề công tác năm {plan}\n\n{head}\n\n{line}\n\n"
          "Để khắc phục hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n1. Sở Tài chính: đôn đốc thu nộp.\n")


@pytest.mark.parametrize("plan, head, line, sums", [
    (2024, "I. TÌNH HÌNH CHUNG", "Năm 2023, toàn tỉnh thu tiền sử dụng đất đạt 845 tỷ đồng, bằng 76% dự toán.", []),
    (2024, "I. TÌNH HÌNH CHUNG", "Năm 2023, tỉnh đã giải ngân 2.310 tỷ đồng vốn đầu tư công, đạt 88,4% kế hoạch.", []),
    (2024, "I. TÌNH HÌNH CHUNG", "Năm 2023, thu tiền thuê đất đạt 64 tỷ đồng.", []),
    # must not: the plan's own year, and a heading that names money
    (2024, "I. TÌNH HÌNH CHUNG", "Năm 2024, dự kiến thu tiền sử dụng đất 900 tỷ đồng.", [("total", 2024, 900_000_000_000)]),
    (2024, "I. KẾT QUẢ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG", "Năm 2023, tỉnh đã giải ngân 2.310 tỷ đồng.",
     [("total", 2023, 2_310_000_000_000)]),
])
def test_a_past_years_takings_or_disbursement_in_a_review_is_no_budget(plan, head, line, sums):
    assert _sums(REVIEW.format(plan=plan, head=head, line=line), plan) == sums


# The same review in a meeting's notice with no plan period: the year the notice is dated stands for the plan's.
NOTICE = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÒA SƠN\n\nSố: 77/TB-UBND\n\nHòa Sơn, ngày 04 tháng 4 năm {dated}\n\nTHÔNG BÁO\n\n"
          "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về đầu tư công\n\n1. Đánh giá chung\n\n{line}\n\n"
          "2. Nhiệm vụ thời gian tới\n\na) Giao Sở Tài chính chủ trì rà soát vốn.\n")


@pytest.mark.parametrize("dated, line, sums", [
    (2023, "Năm 2022, tỉnh đã giải ngân 3.140 tỷ đồng vốn đầu tư công, đạt 90,2% kế hoạch.", []),
    # must not: the year the notice is dated, and a notice's own sum for its year
    (2023, "Năm 2023, tỉnh đã giải ngân 1.020 tỷ đồng vốn đầu tư công.", [("total", 2023, 1_020_000_000_000)]),
    (2023, "Năm 2022, kinh phí bố trí cho dự án là 15 tỷ đồng.", [("total", 2022, 15_000_000_000)]),
])
def test_a_notice_with_no_period_reviews_the_years_before_its_date(dated, line, sums):
    from extractors.fields.header import extract_header
    doc = _doc(NOTICE.format(dated=dated, line=line))
    issued = extract_header(doc)["issued_date"]  # (as the pipeline passes the header's date)
    assert [(s["source"], s["year"], s["amount_vnd"]) for s in extract_statements(doc, {}, None, issued)] == sums


# A scrape that flattened the recipients' column and the signature's onto one paragraph: the list ends where the
# authority in capitals begins; the authority, title and name are the signature's.
FLAT_END = ("ỦY BAN NHÂN DÂN TỈNH HÀ ĐÔNG\n\nSố: 31/KH-UBND\n\nKẾ HOẠCH\n\nPhòng cháy năm 2024\n\nI. MỤC TIÊU\n\n"
            "Giảm thiệt hại do cháy nổ.\n\n{end}\n")


@pytest.mark.parametrize("end, signer, recipients", [
    ("Nơi nhận: - Bộ Công an (b/c); - TT Tỉnh ủy; - Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
     "Đỗ Văn Khải", ("Đỗ Văn Khải", "Phó Chủ tịch", ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]),
     ["Bộ Công an", "TT Tỉnh ủy", "Lưu: VT, NC"]),
    ("Nơi nhận: - Sở Nội vụ; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lò Thị Mai",
     ("Lò Thị Mai", "Chủ tịch", ["TM. Ủy ban nhân dân"]), ["Sở Nội vụ", "Lưu: VT"]),
    ("Nơi nhận: - Các phòng chuyên môn; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hà Quang Minh",
     ("Hà Quang Minh", "Phó Giám đốc", ["KT. Giám đốc"]), ["Các phòng chuyên môn", "Lưu: VT"]),
    # must not: a list whose last entry names a body in capitals is no signature
    ("Nơi nhận: - Sở Y tế; - Lưu: VT, KT. TM. UBND TỈNH.",
     (None, None, []), ["Sở Y tế", "Lưu: VT, KT. TM. UBND TỈNH"]),
])
def test_a_signature_flattened_onto_the_recipients_line(end, signer, recipients):
    from extractors.fields.header import extract_recipients, extract_signature
    doc = _doc(FLAT_END.format(end=end), "plan.md")
    got = extract_signature(doc)
    assert (got["name"], got["title"], got["authority"]) == signer
    assert [r["text"] for r in extract_recipients(doc)] == recipients


# An amending law cited in the same "Căn cứ" line as the law it amends: its title is its whole name ("Sửa đổi, bổ
# sung một số điều của Luật A và Luật B"), not the last law that name holds.
@pytest.mark.parametrize("line, titles", [
    ("Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29 tháng 11 năm 2013; Luật sửa đổi, bổ sung một số điều của Luật Đất "
     "đai và Luật Nhà ở số 43/2024/QH15 ngày 29 tháng 6 năm 2024;",
     ["Đất đai", "Sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở"]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 57/2024/QH15 ngày 29 tháng 11 năm 2024;",
     ["Sửa đổi, bổ sung một số điều của Luật Quy hoạch"]),
    # must not: a law's own name, and two laws joined by "và" each with its number
    ("Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024;", ["Đầu tư công"]),
    ("Căn cứ Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều số 79/2006/QH11;", ["Thủy lợi", "Đê điều"]),
])
def test_an_amending_laws_title_is_its_whole_name(line, titles):
    from extractors.fields.legal_bases import extract_legal_bases
    doc = _doc(f"ỦY BAN NHÂN DÂN\n\nTỈNH AN PHONG\n\nKẾ HOẠCH\n\nQuản lý đất năm 2025\n\n{line}\n\nI. MỤC TIÊU\n\nQuản lý tốt.\n")
    assert [b["title"] for b in extract_legal_bases(doc, 0)] == titles


# A fund named as one part of the plan's total ("Tổng kinh phí ... là N, gồm: ngân sách tỉnh A; Quỹ ... B") is a
# source of it; a fund's own takings, told alone, stay no budget.
@pytest.mark.parametrize("line, sums", [
    ("Tổng kinh phí thực hiện Kế hoạch năm 2024 là 6.420 triệu đồng, gồm: ngân sách tỉnh 5.000 triệu đồng; Quỹ phòng, "
     "chống thiên tai tỉnh 1.420 triệu đồng.",
     [("total", 6_420_000_000), ("local", 5_000_000_000), ("other", 1_420_000_000)]),
    ("Tổng kinh phí năm 2024 là 900 triệu đồng, trong đó: ngân sách huyện 700 triệu đồng, Quỹ Bảo trì đường bộ "
     "200 triệu đồng.", [("total", 900_000_000), ("local", 700_000_000), ("other", 200_000_000)]),
    # must not: a fund's donations told alone
    ("Năm 2024, vận động Quỹ Đền ơn đáp nghĩa được 350 triệu đồng.", []),
    ("Quỹ Vì người nghèo tiếp nhận 1.200 triệu đồng.", []),
])
def test_a_fund_listed_as_a_part_of_the_total_is_a_source(line, sums):
    text = f"ỦY BAN NHÂN DÂN\n\nTỈNH HẢI PHONG\n\nKẾ HOẠCH\n\nCông tác năm 2024\n\nIV. KINH PHÍ\n\n{line}\n"
    assert [(s["source"], s["amount_vnd"]) for s in extract_statements(_doc(text), {"start_year": 2024, "end_year": 2024},
                                                                       "Công tác năm 2024")] == sums


# A task that ends on its lead in square brackets, as a portal's editor marks it ("... của Sở. [Văn phòng Sở chủ
# trì]"), names its lead as one in round brackets does; a footnote's "[2]" names nobody.
BRACKETED = ("ỦY BAN NHÂN DÂN\n\nTỈNH VÂN AN\n\nKẾ HOẠCH\n\nTuyên truyền năm 2026\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
             "1. Tuyên truyền pháp luật\n\na) {a}\n\nb) {b}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tư pháp theo dõi.\n")


@pytest.mark.parametrize("a, b, tasks", [
    ("In 2.000 tờ gấp về an toàn giao thông. [Trung tâm Văn hóa tỉnh chủ trì]",
     "Phát sóng chuyên mục pháp luật hằng tháng [Đài Phát thanh và Truyền hình tỉnh chủ trì, Sở Tư pháp phối hợp].",
     [("1.a", ["Trung tâm Văn hóa tỉnh"], []), ("1.b", ["Đài Phát thanh và Truyền hình tỉnh"], ["Sở Tư pháp"])]),
    # must not: the same in round brackets still reads, a footnote in square brackets names nobody
    ("In 2.000 tờ gấp về an toàn giao thông (Trung tâm Văn hóa tỉnh chủ trì).",
     "Phát sóng chuyên mục pháp luật hằng tháng theo Kế hoạch số 12/KH-UBND [2].",
     [("1.a", ["Trung tâm Văn hóa tỉnh"], []), ("1.b", [], [])]),
])
def test_a_task_ending_on_its_lead_in_square_brackets(a, b, tasks):
    assert _tasks(BRACKETED.format(a=a, b=b)) == tasks


# Directions headed by whose duties they list ("1. Đối với Sở Xây dựng:", "2. Trách nhiệm của Công an tỉnh") are
# that agency's, in a directive with no "Tổ chức thực hiện" heading as under one; "Đối với học sinh:" names nobody.
DIRECTED = ("ỦY BAN NHÂN DÂN\n\nTỈNH VÂN AN\n\nSố: 03/CT-UBND\n\nCHỈ THỊ\n\nVề phòng cháy năm 2026\n\nNăm 2025 xảy ra "
            "40 vụ cháy.\n\nChủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n{body}\n")
PLANNED = ("ỦY BAN NHÂN DÂN\n\nTỈNH VÂN AN\n\nSố: 03/KH-UBND\n\nKẾ HOẠCH\n\nPhòng cháy năm 2026\n\nI. MỤC TIÊU\n\n"
           "Giảm cháy.\n\nII. TỔ CHỨC THỰC HIỆN\n\n{body}\n")


@pytest.mark.parametrize("frame, body, duties", [
    (DIRECTED, "1. Đối với Sở Xây dựng:\n\nKiểm tra an toàn cháy nổ.\n\n2. Đối với Công an tỉnh:\n\nTăng cường kiểm tra.",
     ["Sở Xây dựng", "Công an tỉnh"]),
    (DIRECTED, "1. Trách nhiệm của Sở Công Thương\n\nKiểm tra chợ.\n\n2. Trách nhiệm của Ủy ban nhân dân các xã, "
               "phường\n\nChỉ đạo.", ["Sở Công Thương", "Ủy ban nhân dân các xã, phường"]),
    (PLANNED, "1. Đối với Sở Y tế:\n\nBảo đảm cấp cứu.\n\n2. Đối với Ủy ban nhân dân các xã:\n\nTuyên truyền.",
     ["Sở Y tế", "Ủy ban nhân dân các xã"]),
    # must not: "Đối với" a group of people names no agency
    (DIRECTED, "1. Đối với học sinh:\n\nKhông sử dụng pháo.\n\n2. Đối với người dân:\n\nChấp hành quy định.", []),
    (PLANNED, "1. Đối với hộ gia đình:\n\nTrang bị bình chữa cháy.\n\n2. Sở Xây dựng:\n\nKiểm tra.", ["Sở Xây dựng"]),
])
def test_directions_headed_by_whose_duties_they_list(frame, body, duties):
    assert _duties(frame.format(body=body)) == duties


# A Markdown scrape that flattened the header's two columns onto one line: the number, place and date stand after
# the motto ("... Độc lập - Tự do - Hạnh phúc --------------- Số: 27/KH-UBND Hà Nam Sơn, ngày 05 tháng 8 năm 2025").
@pytest.mark.parametrize("head, number, place, date", [
    ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM SƠN -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "--------------- Số: 27/KH-UBND Hà Nam Sơn, ngày 05 tháng 8 năm 2025", "27/KH-UBND", "Hà Nam Sơn", "2025-08-05"),
    ("SỞ Y TẾ TỈNH BẮC TRUNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 116/KH-SYT Bắc Trung, "
     "ngày 19 tháng 3 năm 2024", "116/KH-SYT", "Bắc Trung", "2024-03-19"),
    # must not: the usual lines keep their reading; a blank number after the motto stays blank
    ("ỦY BAN NHÂN DÂN\n\nTỈNH HÀ NAM SƠN\n\nSố: 27/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - "
     "Hạnh phúc\n\nHà Nam Sơn, ngày 05 tháng 8 năm 2025", "27/KH-UBND", "Hà Nam Sơn", "2025-08-05"),
    ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "Số lượng: 12 xã", None, None, None),
])
def test_a_header_flattened_onto_one_line_gives_its_number_and_date(head, number, place, date):
    from extractors.fields.header import extract_header
    doc = _doc(f"{head}\n\nKẾ HOẠCH\n\nPhòng chống lụt bão năm 2025\n\nI. MỤC TIÊU\n\nGiảm thiệt hại.\n", "plan.md")
    got = extract_header(doc)
    assert (got["number"], got["place"], got["issued_date"]) == (number, place, date)


# A lettered task whose lead is set apart by a dash ("In tờ gấp - Trung tâm X chủ trì.") names its lead as one after
# a full stop does; a dash inside an agency's name or a task's own words names nobody.
DASHED = ("ỦY BAN NHÂN DÂN\n\nTỈNH VÂN AN\n\nKẾ HOẠCH\n\nY tế năm 2026\n\nII. NHIỆM VỤ\n\n1. Tuyên truyền\n\na) {a}\n\n"
          "b) {b}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nVăn phòng Sở theo dõi.\n")


@pytest.mark.parametrize("a, b, tasks", [
    ("In 3.000 tờ gấp - Trung tâm Kiểm soát bệnh tật tỉnh chủ trì.",
     "Phát sóng phóng sự – Phòng Nghiệp vụ Y chủ trì, phối hợp với Văn phòng Sở.",
     [("1.a", ["Trung tâm Kiểm soát bệnh tật tỉnh"], []), ("1.b", ["Phòng Nghiệp vụ Y"], ["Văn phòng Sở"])]),
    # must not: a dash inside a name or the task's words, with the lead after a full stop
    ("Tập huấn kỹ năng - nghiệp vụ truyền thông. Sở Lao động - Thương binh và Xã hội chủ trì.",
     "Hỗ trợ hộ nghèo - cận nghèo mua thẻ bảo hiểm. Phòng Tài chính - Kế hoạch chủ trì.",
     [("1.a", ["Sở Lao động - Thương binh và Xã hội"], []), ("1.b", ["Phòng Tài chính - Kế hoạch"], [])]),
])
def test_a_task_whose_lead_a_dash_sets_apart(a, b, tasks):
    assert _tasks(DASHED.format(a=a, b=b)) == tasks


# A task table's lead cell that joins two whole bodies by a dash ("Sở Nội vụ - Sở Tài chính") names both; a dash
# inside one name, or the one office of "Văn phòng HĐND - UBND", names one.
@pytest.mark.parametrize("cell, names", [
    ("Sở Nội vụ - Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
    ("Ban Chỉ huy Quân sự xã – Công an xã", ["Ban Chỉ huy Quân sự xã", "Công an xã"]),
    ("Sở Tư pháp - UBND các huyện, thành phố", ["Sở Tư pháp", "UBND các huyện, thành phố"]),
    # must not
    ("Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Phòng Tài chính - Kế hoạch", ["Phòng Tài chính - Kế hoạch"]),
    ("Văn phòng HĐND - UBND huyện", ["Văn phòng HĐND - UBND huyện"]),
    ("Trung tâm Văn hóa - Thể thao và Truyền thông huyện", ["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"]),
])
def test_a_lead_cell_joining_two_bodies_by_a_dash(cell, names):
    from normalizers.agencies import split_agencies
    assert split_agencies(cell) == names
