"""Hold-out round C2 (documents of other kinds of issuers: a Party committee, a Tổng cục, a commune, ...): the
shapes its documents showed, each with rows that must match and rows that must not (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline
from normalizers.agencies import leading_agency


def _activities(tasks: str) -> list[tuple]:
    text = ("BỘ TƯ PHÁP\n\nCỤC TRỢ GIÚP PHÁP LÝ\n\nSố: 77/KH-TGPL\n\nHà Nội, ngày 9 tháng 3 năm 2022\n\nKẾ HOẠCH\n\n"
            "Truyền thông về trợ giúp pháp lý năm 2022\n\nI. MỤC TIÊU\n\nNâng cao nhận thức về trợ giúp pháp lý.\n\n"
            f"II. NHIỆM VỤ\n\n{tasks}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nVăn phòng Cục bố trí kinh phí.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    return [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"])
            for a in extract_activities(doc, outline(doc))]


LETTERS_ASSIGNED_AFTER = [
    # must match: lettered items under a numbered group, each closed by a sentence that assigns it ("Giao X chủ
    # trì, phối hợp với Y thực hiện"): the letters are the tasks, the group only groups them
    ("1. Tài liệu truyền thông\n\n"
     "a) Biên soạn sổ tay trợ giúp pháp lý cho người khuyết tật. Giao Phòng Truyền thông chủ trì, phối hợp với "
     "Phòng Nghiệp vụ thực hiện; hoàn thành trong Quý III/2022.\n\n"
     "b) In tờ gấp giới thiệu dịch vụ trợ giúp pháp lý. Giao Văn phòng Cục chủ trì thực hiện.\n\n"
     "2. Tập huấn\n\n"
     "a) Tổ chức 04 lớp tập huấn cho trợ giúp viên pháp lý. Giao Phòng Nghiệp vụ chủ trì, phối hợp với Sở Tư pháp "
     "các tỉnh thực hiện.\n\n"
     "b) Hướng dẫn các Trung tâm trợ giúp pháp lý nhà nước lập kế hoạch truyền thông. Giao Phòng Truyền thông chủ "
     "trì thực hiện.",
     [("1.a", "Biên soạn sổ tay trợ giúp pháp lý cho người khuyết tật", ["Phòng Truyền thông"], ["Phòng Nghiệp vụ"]),
      ("1.b", "In tờ gấp giới thiệu dịch vụ trợ giúp pháp lý", ["Văn phòng Cục"], []),
      ("2.a", "Tổ chức 04 lớp tập huấn cho trợ giúp viên pháp lý", ["Phòng Nghiệp vụ"], ["Sở Tư pháp các tỉnh"]),
      ("2.b", "Hướng dẫn các Trung tâm trợ giúp pháp lý nhà nước lập kế hoạch truyền thông", ["Phòng Truyền thông"],
       [])]),
    # must not: letters whose later sentence names a body without assigning the task ("chủ trì") stay the content
    # of their numbered item, which is the task
    ("1. Tài liệu truyền thông\n\n"
     "a) Biên soạn sổ tay trợ giúp pháp lý. Phòng Truyền thông cử cán bộ biên tập.\n\n"
     "b) In tờ gấp giới thiệu dịch vụ. Văn phòng Cục gửi bản in về các tỉnh.\n\n"
     "2. Tập huấn\n\n"
     "a) Tổ chức 04 lớp tập huấn.\n\n"
     "b) Hướng dẫn các địa phương lập kế hoạch.",
     [("1", "Tài liệu truyền thông", [], []), ("2", "Tập huấn", [], [])]),
]


@pytest.mark.parametrize("tasks,expected", LETTERS_ASSIGNED_AFTER, ids=["assigned", "not-assigned"])
def test_lettered_tasks_assigned_by_a_later_sentence(tasks, expected):
    assert _activities(tasks) == expected


PARTY_BODIES = [
    # must match: a Party committee's bodies and what they do with a directive ("sơ kết", "tổng kết", "đưa",
    # "biểu dương", "khen thưởng" end the name), "tổ chức đảng" in a list of bodies is a body, not the verb
    ("Các chi, đảng bộ cơ sở sơ kết 05 năm thực hiện Nghị quyết", "Các chi, đảng bộ cơ sở"),
    ("Ủy ban Kiểm tra Thành ủy đưa việc thực hiện Quy định vào chương trình giám sát",
     "Ủy ban Kiểm tra Thành ủy"),
    ("Ban Thường vụ Đảng ủy xã biểu dương 05 chi bộ tiêu biểu", "Ban Thường vụ Đảng ủy xã"),
    ("Ban Tổ chức Tỉnh ủy tổng kết việc thực hiện Chỉ thị", "Ban Tổ chức Tỉnh ủy"),
    ("Hội Cựu chiến binh tỉnh khen thưởng các hội viên tiêu biểu", "Hội Cựu chiến binh tỉnh"),
    ("Các cấp ủy, tổ chức đảng trong Đảng bộ tỉnh căn cứ Kế hoạch này", "Các cấp ủy, tổ chức đảng trong Đảng bộ tỉnh"),
    ("Các cấp ủy, tổ chức đoàn thể xây dựng kế hoạch", "Các cấp ủy, tổ chức đoàn thể"),
    # must not: "tổ chức" before anything else is still the verb; a name with "Tổng" or "Đưa" in capitals goes on
    ("Sở Tư pháp tổ chức đoàn kiểm tra liên ngành", "Sở Tư pháp"),
    ("Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên", "Ban Tuyên giáo Huyện ủy"),
    ("Trung tâm Đưa đón học sinh tỉnh bố trí xe", "Trung tâm Đưa đón học sinh tỉnh"),
    ("Hội đồng thi đua, khen thưởng huyện xét duyệt hồ sơ", "Hội đồng thi đua, khen thưởng huyện"),
]


@pytest.mark.parametrize("text,name", PARTY_BODIES, ids=[r[1] for r in PARTY_BODIES])
def test_a_party_body_ends_at_what_it_does(text, name):
    found = leading_agency(text)
    assert found and text[found[0]:found[1]] == name


CONTRACTORS_AND_UNIONS = [
    # must match: a project board's contractors and consultants ("nhà thầu", "đơn vị tư vấn giám sát": the kind of
    # consultant is no verb), a trade union's branches ("các Công đoàn ngành", "Các công đoàn cơ sở", "Các LĐLĐ
    # huyện", "Công đoàn các Khu kinh tế tỉnh")
    ("Các nhà thầu xây lắp: bố trí đủ máy móc, thiết bị", ["Các nhà thầu xây lắp"]),
    ("Các đơn vị tư vấn giám sát: có mặt thường xuyên tại công trường", ["Các đơn vị tư vấn giám sát"]),
    ("Các nhà thầu tư vấn thiết kế: hoàn thiện hồ sơ điều chỉnh", ["Các nhà thầu tư vấn thiết kế"]),
    ("Các công đoàn cơ sở: vận động đoàn viên tham gia", ["Các công đoàn cơ sở"]),
    ("Các LĐLĐ thị xã, thành phố; các Công đoàn ngành; Công đoàn các Khu kinh tế tỉnh: báo cáo kết quả",
     ["Các LĐLĐ thị xã, thành phố", "các Công đoàn ngành", "Công đoàn các Khu kinh tế tỉnh"]),
    # must not: a verb after the unit word still ends the name ("Các đơn vị tư vấn cho ...", "Các đơn vị giám sát
    # ..."); "Công đoàn" before a lower-case word that names no unit starts no name
    ("Các đơn vị tư vấn cho các hộ dân về thủ tục", ["Các đơn vị"]),
    ("Các đơn vị giám sát chặt chẽ việc thi công", ["Các đơn vị"]),
    ("Công đoàn viên gương mẫu thực hiện", []),
    ("Các công đoàn viên gương mẫu thực hiện", []),
]


@pytest.mark.parametrize("text,names", CONTRACTORS_AND_UNIONS, ids=[r[0][:40] for r in CONTRACTORS_AND_UNIONS])
def test_contractors_and_union_branches_are_bodies(text, names):
    from normalizers.agencies import split_agencies
    found = leading_agency(text)
    assert (split_agencies(text[found[0]:found[1]]) if found else []) == names


def _issuer(left: list[str], right: list[str]) -> dict:
    from extractors.fields.header import extract_header
    text = "\n\n".join([*left, *right, "KẾ HOẠCH", "Tuyên truyền về biển, đảo năm 2025",
                        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, đảng viên."]) + "\n"
    issuer = extract_header(build_document(read(text.encode(), "plan.txt")))["issuer"]
    return {"name": issuer["name"], "locality": issuer["locality"]}


PARTY_MOTTO = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Lạc, ngày 04 tháng 4 năm 2025"]
ORGAN_UNDER_PARTY = [
    # must match: a board or office under "ĐẢNG BỘ <level> X" is the committee's ("Tỉnh ủy", "Huyện ủy", "Thành ủy",
    # "Đảng ủy xã"), not the organisation's
    (["ĐẢNG BỘ TỈNH HÒA LẠC", "BAN TUYÊN GIÁO", "*", "Số 61-KH/BTGTU"],
     {"name": "Ban Tuyên giáo Tỉnh ủy Hòa Lạc", "locality": "Hòa Lạc"}),
    (["ĐẢNG BỘ HUYỆN SƠN MINH", "ỦY BAN KIỂM TRA", "*", "Số 12-KH/UBKTHU"],
     {"name": "Ủy ban Kiểm tra Huyện ủy Sơn Minh", "locality": "Sơn Minh"}),
    (["ĐẢNG BỘ THÀNH PHỐ BẢO LONG", "BAN DÂN VẬN", "*", "Số 08-KH/BDVTU"],
     {"name": "Ban Dân vận Thành ủy Bảo Long", "locality": "Bảo Long"}),
    # must not: the committee itself under its organisation, and a council's board under the council, are as before
    (["ĐẢNG BỘ TỈNH HÒA LẠC", "HUYỆN ỦY SƠN MINH", "*", "Số 20-KH/HU"],
     {"name": "Huyện ủy Sơn Minh", "locality": "Sơn Minh"}),
    (["HĐND TỈNH HÒA LẠC", "BAN DÂN TỘC", "-------", "Số: 14/KH-BDT"],
     {"name": "Ban Dân tộc Hội đồng nhân dân tỉnh Hòa Lạc", "locality": "Hòa Lạc"}),
]


@pytest.mark.parametrize("left,expected", ORGAN_UNDER_PARTY, ids=[r[1]["name"] for r in ORGAN_UNDER_PARTY])
def test_an_organ_under_a_party_organisation_is_its_committees(left, expected):
    right = PARTY_MOTTO if left[0].startswith("ĐẢNG BỘ") else \
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Lạc, ngày 04 tháng 4 năm 2025"]
    assert _issuer(left, right) == expected
