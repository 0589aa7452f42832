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
]


@pytest.mark.parametrize("text,names", CONTRACTORS_AND_UNIONS, ids=[r[0][:40] for r in CONTRACTORS_AND_UNIONS])
def test_contractors_and_union_branches_are_bodies(text, names):
    from normalizers.agencies import split_agencies
    found = leading_agency(text)
    assert (split_agencies(text[found[0]:found[1]]) if found else []) == names
