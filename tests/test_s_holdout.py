"""Hold-out round S: the shapes its documents and a real plan's PDF showed, each with rows that
must match and rows that must not (names and numbers of our own)."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.segment import outline


def _titles(text: str, name: str = "plan.txt") -> list[tuple[str, str]]:
    doc = build_document(read(text.encode(), name))
    return [(a["code"], a["title"]) for a in extract_activities(doc, outline(doc))]


def _tasks(items: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LƯƠNG ĐÔNG\n\nSố: 33/KH-UBND\n\nPhú Lương Đông, ngày 14 tháng 4 năm 2026\n\n"
            "KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
            "Chủ động phòng ngừa dịch bệnh.\n\nII. NHIỆM VỤ\n\n" + items +
            "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện.\n")


GLUED = [
    # must match: a letter glued to its title by a full stop or a slash is an item as "b. " is
    ("a. Rà soát tổng đàn gia súc trên địa bàn.\n\nb.Tổ chức tiêm phòng đợt 1 cho đàn trâu, bò.\n\n"
     "c.Tổ chức tiêm phòng đợt 2 cho đàn lợn.",
     ["Rà soát tổng đàn gia súc trên địa bàn", "Tổ chức tiêm phòng đợt 1 cho đàn trâu, bò",
      "Tổ chức tiêm phòng đợt 2 cho đàn lợn"]),
    ("a/Thống kê số hộ chăn nuôi.\n\nb/Cấp phát vắc xin cho các thôn.",
     ["Thống kê số hộ chăn nuôi", "Cấp phát vắc xin cho các thôn"]),
    # must not: a wrapped line that opens with an abbreviated place or a name stays in its item
    ("a. Tổ chức tiêm phòng tại các thôn giáp ranh với\nx.Tân Hòa huyện Phú Lương.\n\n"
     "b. Hỗ trợ vắc xin cho hộ của ông\nđ.Lê Văn Tám, thôn 3.",
     ["Tổ chức tiêm phòng tại các thôn giáp ranh với", "Hỗ trợ vắc xin cho hộ của ông"]),
]


@pytest.mark.parametrize("items,expected", GLUED, ids=[g[0][:30] for g in GLUED])
def test_a_label_glued_to_its_title_is_an_item(items, expected):
    got = _titles(_tasks(items))
    assert got == list(zip("abcdefg", expected))


# a directive's (Chỉ thị) or a letter's sentence that puts it in force ends its last agency's duties; a duty
# that names the plan, and a decision's Điều 2 (Điều 3 follows it), do not end anything
from extractors.document import Block  # noqa: E402
from extractors.fields.common import is_closing  # noqa: E402
from extractors.fields.responsibilities import extract_responsibilities  # noqa: E402


@pytest.mark.parametrize("text, closing", [
    ("Chỉ thị này có hiệu lực kể từ ngày ký./.", True),
    ("Chỉ thị này có hiệu lực thi hành kể từ ngày ký và thay thế Chỉ thị số 05/CT-UBND ngày 12/3/2022.", True),
    ("Công văn này có hiệu lực đến hết ngày 31/12/2026.", True),
    ("Quyết định này có hiệu lực kể từ ngày ký.", False),
    ("Sở Tư pháp theo dõi việc thi hành Chỉ thị này có hiệu quả.", False),
    ("Chỉ thị này được phổ biến đến từng cán bộ, công chức.", False),
])
def test_a_directive_in_force_sentence_is_its_closing(text, closing):
    assert is_closing(Block("paragraph", text, 0, len(text), {})) is closing


def test_the_last_agency_of_a_directive_does_not_take_its_closing_sentence():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LAM\nSố: 14/CT-UBND\nVĩnh Lam, ngày 08 tháng 9 năm 2026\n\nCHỈ THỊ\n"
            "Về phòng, chống cháy nổ mùa hanh khô\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
            "1. Công an tỉnh:\n- Kiểm tra an toàn phòng cháy tại các chợ, trung tâm thương mại.\n\n"
            "2. Sở Công Thương:\n- Rà soát hệ thống điện tại các chợ.\n- Báo cáo kết quả thực hiện Chỉ thị này.\n\n"
            "Chỉ thị này có hiệu lực kể từ ngày ký./.\n")
    doc = build_document(read(text.encode(), "ct.txt"))
    got = [(r["agency"], r["duties"]) for r in extract_responsibilities(doc, outline(doc))]
    assert got == [("Công an tỉnh", ["Kiểm tra an toàn phòng cháy tại các chợ, trung tâm thương mại."]),
                   ("Sở Công Thương", ["Rà soát hệ thống điện tại các chợ.", "Báo cáo kết quả thực hiện Chỉ thị này."])]


def test_a_roman_objectives_section_with_a_horizon_dates_its_items():
    from extractors.fields.objectives import extract_objectives
    text = ("KẾ HOẠCH\nPhát triển lâm nghiệp bền vững đến năm 2030\n\nI. MỤC TIÊU ĐẾN NĂM 2030\n1. Mục tiêu chung\n"
            "Quản lý, bảo vệ và phát triển bền vững diện tích rừng hiện có.\n2. Mục tiêu cụ thể\n"
            "- Tỷ lệ che phủ rừng ổn định ở mức 47%.\n- Đến năm 2027, 60% diện tích rừng trồng có chứng chỉ.\n"
            "II. NHIỆM VỤ\n1. Trồng rừng thay thế.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    got = [(o["kind"], o["target_year"]) for o in extract_objectives(doc, outline(doc))]
    assert got == [("general", 2030), ("specific", 2030), ("specific", 2027)]  # an item's own year wins


# a cell or a line that gives the roles as bullets of their own ("- Chủ trì: X<br>- Phối hợp: Y", or the two on
# one line after a scrape joined them "- Chủ trì: X - Phối hợp: Y"): each role its own agencies, no stray dash;
# a hyphen inside a name ("Phòng Tài chính - Kế hoạch") is no cut
from extractors.fields.activities import labelled_roles  # noqa: E402

ROLE_BULLETS = [
    ("- Chủ trì: Sở Nông nghiệp và Môi trường - Phối hợp: Sở Tài chính", (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"])),
    ("- Chủ trì: Sở Y tế\n- Phối hợp: Sở Tài chính, Công an tỉnh", (["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"])),
    ("+ Đơn vị chủ trì: Trung tâm Y tế huyện + Đơn vị phối hợp: Trạm Y tế các xã", (["Trung tâm Y tế huyện"], ["Trạm Y tế các xã"])),
    ("Chủ trì: Sở Giáo dục và Đào tạo\nPhối hợp: Tỉnh đoàn", (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"])),
    # must not: a hyphen inside a name, or before a word that is no label
    ("- Chủ trì: Phòng Tài chính - Kế hoạch - Phối hợp: Phòng Lao động - Thương binh và Xã hội",
     (["Phòng Tài chính - Kế hoạch"], ["Phòng Lao động - Thương binh và Xã hội"])),
]


@pytest.mark.parametrize("text,want", ROLE_BULLETS, ids=[r[0][:40] for r in ROLE_BULLETS])
def test_roles_given_as_bullets_of_their_own(text, want):
    assert labelled_roles(text) == want
