"""Hold-out round G10 (an RTF district plan, an ODT task table, XLSX annexes, a 34-task Word table, a Markdown scrape
with its budget grid flattened, a word-segmented Quyết định, a Front committee's plan; then a council's plan, an
ODA board's plan, a health centre's plan numbered with slashes, a Party committee's programme): the shapes its
invented documents (tests/invented/raw/g10_*) showed, each with rows that must match and rows that must not (other
names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


def _activities(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = _doc(text)
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


# A numbered task whose lettered items each open with the unit that chairs them ("a/ Khoa X chủ trì, phối hợp với Y
# giám sát ...", "b) Trạm Y tế xã báo cáo ..."): the letters are tasks of their own (1.a, 1.b), each with its lead,
# even when each is one sentence. Letters that are one sentence naming no chairing unit stay the task's content.
TASK_LETTERS = ("KẾ HOẠCH\nPhòng, chống dịch sốt xuất huyết năm 2016\nI. MỤC TIÊU\nGiảm 5% số mắc so với năm 2015.\n"
                "II. CÁC HOẠT ĐỘNG\n1{sep} Giám sát dịch tại cộng đồng\n{a}\n{b}\n2{sep} Xử lý ổ dịch\n"
                "Khoa Y tế công cộng chủ trì, phối hợp với Trạm Y tế các phường xử lý ổ dịch.\nIII. KINH PHÍ\n"
                "Kinh phí từ nguồn ngân sách huyện.\n")


@pytest.mark.parametrize("sep, a, b, expected", [
    ("/", "a/ Khoa Kiểm soát bệnh tật chủ trì, phối hợp với Trạm Y tế các phường giám sát ca bệnh tại hộ gia đình.",
     "b/ Trạm Y tế các phường báo cáo ca bệnh hằng tuần về Khoa Kiểm soát bệnh tật.",
     [("1.a", ["Khoa Kiểm soát bệnh tật"], ["Trạm Y tế các phường"]), ("1.b", ["Trạm Y tế các phường"], []),
      ("2", ["Khoa Y tế công cộng"], ["Trạm Y tế các phường"])]),
    (".", "a) Phòng Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã khảo sát chỉ số muỗi.",
     "b) Trung tâm Y tế huyện chủ trì tập huấn cho cộng tác viên.",
     [("1.a", ["Phòng Y tế"], ["Ủy ban nhân dân các xã"]), ("1.b", ["Trung tâm Y tế huyện"], []),
      ("2", ["Khoa Y tế công cộng"], ["Trạm Y tế các phường"])]),
    # must not: letters that name no chairing unit are the task's content (one task "1")
    (".", "a) Điều tra chỉ số muỗi tại các khu dân cư.", "b) Tập huấn cho cộng tác viên y tế thôn, bản.",
     [("1", [], []), ("2", ["Khoa Y tế công cộng"], ["Trạm Y tế các phường"])]),
])
def test_lettered_items_that_name_their_chairing_unit_are_tasks(sep, a, b, expected):
    assert _activities(TASK_LETTERS.format(sep=sep, a=a, b=b)) == expected


# A Party committee's body named last in a list, then the predicate: the name ends on the committee ("Ủy ban Kiểm tra
# Huyện ủy kiện toàn ...", "Ban Dân vận Tỉnh ủy củng cố ...") whatever the verb; "Đảng ủy xã X", "Huyện ủy viên",
# "Tỉnh ủy và ..." go on. And a council named alone ("các thành viên Hội đồng") before a verb of carrying out.
@pytest.mark.parametrize("text, name", [
    ("Ủy ban Kiểm tra Huyện ủy kiện toàn tổ chức cơ sở đảng ở thôn, bản", "Ủy ban Kiểm tra Huyện ủy"),
    ("Ban Dân vận Tỉnh ủy củng cố khối đại đoàn kết toàn dân", "Ban Dân vận Tỉnh ủy"),
    ("Văn phòng Thành ủy rà soát quy chế làm việc", "Văn phòng Thành ủy"),
    ("Các thành viên Hội đồng tổ chức hưởng ứng Ngày Pháp luật", "Các thành viên Hội đồng"),
    ("Thường trực Hội đồng triển khai các nội dung sau", "Thường trực Hội đồng"),
    # must not: the name goes on after the committee or the council
    ("Đảng ủy xã Hòa Bình lãnh đạo thực hiện", "Đảng ủy xã Hòa Bình"),
    ("Hội đồng thẩm định dự án xem xét hồ sơ", None),
    ("Hội đồng nhân dân huyện giám sát việc thực hiện", "Hội đồng nhân dân huyện"),
])
def test_a_party_body_or_a_council_ends_before_its_predicate(text, name):
    from normalizers.agencies import leading_agency
    found = leading_agency(text)
    if name is None:  # (whatever it reads, the council's own name stays whole)
        assert found is None or text[found[0]:found[1]].startswith("Hội đồng thẩm định")
    else:
        assert found and text[found[0]:found[1]] == name


# ... so a partner named last before the task's verb is the partner alone
@pytest.mark.parametrize("text, partners", [
    ("Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy kiện toàn tổ chức cơ sở đảng.",
     ["Ủy ban Kiểm tra Huyện ủy"]),
    ("Sở Tư pháp chủ trì, phối hợp với các thành viên Hội đồng tổ chức Ngày Pháp luật Việt Nam.",
     ["các thành viên Hội đồng"]),
    # must not: a partner whose name goes on
    ("Phòng Nội vụ chủ trì, phối hợp với Đảng ủy xã Tân Phú rà soát quy chế.", ["Đảng ủy xã Tân Phú"]),
])
def test_a_partner_that_ends_on_a_party_body_or_a_council(text, partners):
    from normalizers.agencies import roles_in
    assert roles_in(text)[1] == partners


# A task's paragraph whose subject is two Party bodies that lead ("Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện
# lãnh đạo xây dựng ..."): they are the task's units, as with "chỉ đạo".
@pytest.mark.parametrize("sentence, lead", [
    ("Đảng đoàn Hội đồng nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo xây dựng cơ chế hỗ trợ.",
     ["Đảng đoàn Hội đồng nhân dân huyện", "Ban cán sự đảng Ủy ban nhân dân huyện"]),
    ("Ban Thường vụ Thị ủy lãnh đạo các cấp ủy thực hiện.", ["Ban Thường vụ Thị ủy"]),
    # must not: a sentence about leadership with no unit as its subject
    ("Sự lãnh đạo của cấp ủy là yếu tố quyết định.", []),
])
def test_a_unit_that_leads_a_task_in_its_paragraph(sentence, lead):
    text = ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết về giảm nghèo\nI. MỤC TIÊU\nGiảm 3% hộ nghèo mỗi năm.\n"
            "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền\nBan Tuyên giáo Huyện ủy chủ trì tuyên truyền Nghị quyết.\n"
            f"2. Phát triển sản xuất\n{sentence}\nIII. TỔ CHỨC THỰC HIỆN\nCác chi bộ xây dựng kế hoạch.\n")
    acts = {code: lead for code, lead, _ in _activities(text)}
    assert acts.get("2") == lead


# A council's plan signed by its chairman, who is by office a vice-chairman of the province: "CHỦ TỊCH HỘI ĐỒNG" over
# "PHÓ CHỦ TỊCH UBND TỈNH" and the name. The title is the council's chairman.
@pytest.mark.parametrize("lines, title", [
    (["CHỦ TỊCH HỘI ĐỒNG", "PHÓ CHỦ TỊCH UBND TỈNH", "", "Lê Minh Tâm"], "Chủ tịch Hội đồng"),
    (["KT. CHỦ TỊCH HỘI ĐỒNG", "PHÓ CHỦ TỊCH HỘI ĐỒNG", "", "Vi Thị Hoa"], "Phó Chủ tịch Hội đồng"),
    # must not: a plain chairman stays the chairman
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đào Văn Lâm"], "Chủ tịch"),
])
def test_a_council_chairman_signs(lines, title):
    from extractors.fields.header import extract_signature
    text = ("HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH\nSố: 05/KH-HĐPH\nThanh Mai, ngày 10 tháng 3 năm 2025\n"
            "KẾ HOẠCH\nHoạt động của Hội đồng năm 2025\nI. MỤC TIÊU\nNâng cao hiệu quả phổ biến pháp luật.\n"
            "Nơi nhận:\n- Các thành viên Hội đồng;\n- Lưu: VT.\n" + "\n".join(lines) + "\n")
    assert extract_signature(_doc(text))["title"] == title


# A part of the plan's sum named by the programme whose money it is ("- Ngân sách Chương trình mục tiêu quốc gia y
# tế: 60.000.000đ", "- Vốn Chương trình mục tiêu quốc gia ...: ..."): a source of its own ("other", as "nguồn
# Chương trình ..."), not a second total.
@pytest.mark.parametrize("line, source", [
    ("- Ngân sách Chương trình mục tiêu quốc gia y tế: 45.000.000đ;", "other"),
    ("- Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững: 1.200 triệu đồng;", "other"),
    # must not: a part named by the budget of a level, or the programme's money as the plan's own sum
    ("- Ngân sách tỉnh: 45.000.000đ;", "local"),
])
def test_a_part_named_by_a_programme_is_a_source(line, source):
    from extractors.fields.budget_statements import extract_statements
    text = ("KẾ HOẠCH\nPhòng, chống bệnh sởi năm 2017\nI. MỤC TIÊU\nGiảm 10% số mắc.\nII. KINH PHÍ\n"
            "Tổng kinh phí: 95.000.000đ (Chín mươi lăm triệu đồng), trong đó:\n" + line + "\n"
            "- Ngân sách huyện: 50.000.000đ.\nIII. TỔ CHỨC THỰC HIỆN\nKhoa Dược thực hiện.\n")
    statements = extract_statements(_doc(text))
    part = [s for s in statements if s["raw"] == line.split(": ", 1)[1].rstrip(";")]
    assert part and part[0]["source"] == source


# A field team named by what it does ("Đội chống dịch cơ động", "Đội phản ứng nhanh", "Đội kiểm tra liên ngành")
# is a unit as a team named by a capital is ("Đội Quản lý thị trường số 2"); "Đội ngũ ..." (the staff) is none.
@pytest.mark.parametrize("text, lead", [
    ("Đội chống dịch cơ động của Trung tâm chủ trì, phối hợp với Trạm Y tế xã xử lý ổ dịch.",
     ["Đội chống dịch cơ động của Trung tâm"]),
    ("Đội phản ứng nhanh huyện chủ trì, phối hợp với Công an xã khoanh vùng ổ dịch.", ["Đội phản ứng nhanh huyện"]),
    ("Đội kiểm tra liên ngành số 3 chủ trì kiểm tra an toàn thực phẩm.", ["Đội kiểm tra liên ngành số 3"]),
    # must not: the staff is no unit
    ("Đội ngũ cộng tác viên chủ trì, phối hợp với Trạm Y tế xã tuyên truyền.", None),
])
def test_a_field_team_named_by_its_work(text, lead):
    from normalizers.agencies import roles_in
    roles = roles_in(text)
    assert (roles[0] if roles else None) == lead


# Two bases in one line joined by "và", the issuer and what they are about named once after the second ("Quyết định
# số A ngày ... và Quyết định số B ngày ... của UBND tỉnh X về T"): both take the issuer and the title.
@pytest.mark.parametrize("line, titles", [
    ("Căn cứ Quyết định số 1520/QĐ-UBND ngày 10/12/2021 và Quyết định số 36/QĐ-UBND ngày 12/01/2022 của Ủy ban nhân "
     "dân tỉnh Hòa Sơn về giao kế hoạch vốn năm 2022;",
     ["Giao kế hoạch vốn năm 2022", "Giao kế hoạch vốn năm 2022"]),
    ("Căn cứ Chỉ thị số 08/CT-UBND ngày 03/3/2015 và Kế hoạch số 41/KH-UBND ngày 20/3/2015 của Ủy ban nhân dân tỉnh "
     "Đông Lâm về phòng, chống dịch bệnh;", ["Phòng, chống dịch bệnh", "Phòng, chống dịch bệnh"]),
    # must not: a basis with a title of its own keeps it
    ("Căn cứ Quyết định số 1520/QĐ-UBND ngày 10/12/2021 về giao dự toán năm 2022 và Quyết định số 36/QĐ-UBND ngày "
     "12/01/2022 của Ủy ban nhân dân tỉnh Hòa Sơn về giao kế hoạch vốn năm 2022;",
     ["Giao dự toán năm 2022", "Giao kế hoạch vốn năm 2022"]),
])
def test_two_bases_share_the_issuer_and_the_title_named_after_the_second(line, titles):
    from extractors.fields.header import extract_header
    from extractors.fields.legal_bases import extract_legal_bases
    doc = _doc("KẾ HOẠCH\nĐầu tư công năm 2022\n" + line + "\nI. MỤC TIÊU\nGiải ngân 100% kế hoạch vốn.\n")
    found = [(b["title"] or "").rstrip(";").lower() for b in extract_legal_bases(doc, extract_header(doc)["title_end"])]
    assert found == [t.lower() for t in titles]


# A part of the sum computed on its line ("- Hỗ trợ đào tạo nghề: 120 người x 4,5 triệu đồng/người = 540 triệu đồng",
# "- Thuê hội trường: 12 triệu đồng/buổi x 3 buổi = 36 triệu đồng"): the result is the line's sum, named by what comes
# before the computation; the rate stays no sum. A rate alone on its line stays no sum either.
@pytest.mark.parametrize("line, expected", [
    ("- Hỗ trợ đào tạo nghề: 80 người x 3,5 triệu đồng/người = 280 triệu đồng;", ("Hỗ trợ đào tạo nghề", 280_000_000)),
    ("- Thuê hội trường: 12 triệu đồng/buổi x 3 buổi = 36 triệu đồng;", ("Thuê hội trường", 36_000_000)),
    # must not: a rate with no result names no sum
    ("- Hỗ trợ đào tạo nghề: 3,5 triệu đồng/người;", None),
])
def test_a_computed_part_is_named_by_its_line(line, expected):
    from extractors.fields.budget_statements import extract_statements
    text = ("KẾ HOẠCH\nĐào tạo nghề năm 2024\nI. MỤC TIÊU\nĐạt 80%.\nII. KINH PHÍ\nTổng kinh phí thực hiện là 500 triệu "
            "đồng, gồm:\n" + line + "\n- Chi khác: 184 triệu đồng.\nNguồn kinh phí: ngân sách huyện.\n")
    found = [(s["scope"], s["amount_vnd"]) for s in extract_statements(_doc(text)) if s["amount_vnd"] != 500_000_000
             and s["amount_vnd"] != 184_000_000]
    assert found == ([expected] if expected else [])
