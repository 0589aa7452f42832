"""Who leads a task, said in the passive: "Rà soát hồ sơ do Phòng Tư pháp chủ trì, phối hợp với Công an huyện
thực hiện", "Nhiệm vụ này do Sở X chủ trì thực hiện", "Do Trung tâm Y chủ trì, Hội Z phối hợp"; the partners named
after the lead's verb and its object ("Phòng X chủ trì thực hiện, Công an huyện phối hợp"); co-leads ("Giao Phòng
Nội vụ và Phòng Tư pháp đồng chủ trì"). Not "do" as "because" ("do thiếu kinh phí"), nor a body named after "do"
with no role ("Kế hoạch do Sở X ban hành")."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 16 tháng 4 năm 2026

KẾ HOẠCH
Cải cách thủ tục hành chính huyện {place} năm 2026

I. NHIỆM VỤ
1. Số hóa hồ sơ hộ tịch
Số hóa toàn bộ sổ hộ tịch lưu trữ từ năm 1995. {task}
2. Kiểm tra công vụ
Kiểm tra đột xuất 10 cơ quan. Giao Thanh tra huyện thực hiện.

II. TỔ CHỨC THỰC HIỆN
Các phòng, ban chuyên môn thực hiện theo chức năng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Vi Văn Lâm
"""


def _roles(task: str, place: str = "Bảo Lạc") -> tuple[list[str], list[str]]:
    text = DOC.format(place=place, upper=place.upper(), task=task)
    first = process("ke-hoach.txt", text.encode("utf-8")).record.model_dump(mode="json")["activities"][0]
    return first["lead_agencies"], first["partner_agencies"]


@pytest.mark.parametrize("task,lead,partners", [
    ("Nhiệm vụ này do Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.",
     ["Phòng Văn hóa, Khoa học và Thông tin"], ["Ủy ban nhân dân các xã"]),
    ("Việc số hóa do Trung tâm Phục vụ hành chính công huyện chủ trì thực hiện.",
     ["Trung tâm Phục vụ hành chính công huyện"], []),
    ("Do Phòng Nội vụ chủ trì, Công an huyện phối hợp thực hiện.", ["Phòng Nội vụ"], ["Công an huyện"]),
    ("Phòng Tư pháp chủ trì thực hiện, Công an huyện và Ủy ban nhân dân các xã phối hợp.",
     ["Phòng Tư pháp"], ["Công an huyện", "Ủy ban nhân dân các xã"]),
    ("Giao Phòng Nội vụ và Phòng Tư pháp đồng chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.",
     ["Phòng Nội vụ", "Phòng Tư pháp"], ["Ủy ban nhân dân các xã"]),
])
def test_a_passive_or_shared_lead(task, lead, partners):
    assert _roles(task) == (lead, partners)


@pytest.mark.parametrize("task", [
    "Việc số hóa chậm do thiếu kinh phí, Phòng Tư pháp chưa bố trí được nhân lực.",
    "Thực hiện theo Kế hoạch do Sở Tư pháp ban hành.",
])
def test_no_role_no_lead(task):
    assert _roles(task, place="Hà Quảng") == ([], [])



def test_a_council_head_word_is_no_co_lead():
    # "Hội đồng" before the role word is a council, not the co-leads' "đồng chủ trì"
    assert _roles("Giao Hội đồng Thi đua - Khen thưởng huyện chủ trì thực hiện.") == (
        ["Hội đồng Thi đua - Khen thưởng huyện"], [])
