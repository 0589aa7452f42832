"""Hold-out round G60 (tests/invented/build_g60.py): a body's initials the document defines in words after its whole
name ("Trung tâm giám sát, điều hành ... tỉnh X (sau đây gọi tắt là IOC)", "Ban Quản lý các khu công nghiệp tỉnh
(sau đây gọi tắt là BQL KCN)") then name that body alone: as a body's heading over its duties ("1. IOC", "3. BQL
KCN"), as a task's lead or partner in parentheses after it ("(IOC chủ trì, phối hợp ...)", "(Sở X chủ trì; BQL KCN, Sở
Y phối hợp)"), initials written after the kind of body when so defined ("(gọi tắt là Quỹ PTĐ)"), and after the
kind of body its name opens with ("Trung tâm IOC:" is that centre once, not "Trung tâm Trung tâm giám sát ...").

Round G58 read "(sau đây gọi tắt là BCĐ)" and "1. BCĐ" (a steering board's initials the agency words knew); other
initials stood for nothing: "1. IOC" gave no responsibility, "(IOC chủ trì, ...)" no lead, "BQL KCN" (two words) was
no definition. Now the initials a document defines for a body open a body's name while that document is read
(normalizers.agencies.document_initials); undefined initials, and initials defined for what is no body, keep today's
reading. Probing the shape in other words: a body named after by the head of its own name, defined in words ("Trung
tâm Phục vụ hành chính công tỉnh X (sau đây gọi tắt là Trung tâm)"), stood bare as "Trung tâm"; now that short name,
as a whole name, is the body (normalizers.agencies._DEFINED_SHORT), and names that only open with it keep their own.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC VÂN
Số: 207/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Vân, ngày 03 tháng 8 năm 2026
KẾ HOẠCH
Phát triển dịch vụ công trực tuyến tỉnh Bắc Vân năm 2027
I. MỤC TIÊU
{goal}
II. NHIỆM VỤ
1. Chuẩn hóa dữ liệu hộ tịch trên địa bàn tỉnh ({chair}). Thời gian: Quý II/2027.
2. Tập huấn cán bộ một cửa cấp xã (Sở Nội vụ chủ trì, phối hợp Sở Tư pháp).
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, theo dõi việc thực hiện Kế hoạch.
2. {heading}
- Vận hành hệ thống thông tin giải quyết thủ tục hành chính.
- Báo cáo định kỳ hằng quý.
3. Sở Tài chính: bố trí kinh phí thực hiện./.
"""

CENTRE = "Trung tâm Phục vụ hành chính công tỉnh Bắc Vân"
BOARD = "Ban Quản lý Khu kinh tế cửa khẩu tỉnh"
FUND = "Quỹ Phát triển đất tỉnh Bắc Vân"
GOAL_CENTRE = f"Nâng cao hiệu quả hoạt động của {CENTRE} (sau đây gọi tắt là TTPVHCC) và bộ phận một cửa cấp xã."
GOAL_BOARD = f"Phát huy vai trò của {BOARD} (sau đây viết tắt là BQL KKT) trong giải quyết thủ tục đầu tư."
GOAL_NONE = "Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình."


def _record(goal: str, chair: str, heading: str) -> dict:
    text = PLAN.format(goal=goal, chair=chair, heading=heading)
    return process("plan.txt", text.encode("utf-8")).record.model_dump(mode="json")


@pytest.mark.parametrize("goal, chair, heading, lead, partners, bodies", [
    # must: the defined initials alone, as the heading and as the lead in parentheses after the task
    (GOAL_CENTRE, "TTPVHCC chủ trì, phối hợp Sở Tư pháp", "TTPVHCC",
     [CENTRE], ["Sở Tư pháp"], ["Sở Nội vụ", CENTRE, "Sở Tài chính"]),
    # must: two-word initials, a partner in the partners' own clause, a heading ending in a colon
    (GOAL_BOARD, "Sở Tư pháp chủ trì; BQL KKT, Công an tỉnh phối hợp", "BQL KKT:",
     ["Sở Tư pháp"], [BOARD, "Công an tỉnh"], ["Sở Nội vụ", BOARD, "Sở Tài chính"]),
    # must: the kind of body before its initials is the whole name once
    (GOAL_CENTRE, "Sở Tư pháp chủ trì, phối hợp Trung tâm TTPVHCC", "Trung tâm TTPVHCC",
     ["Sở Tư pháp"], [CENTRE], ["Sở Nội vụ", CENTRE, "Sở Tài chính"]),
    # must: initials after the kind of body, defined so ("(gọi tắt là Quỹ PTĐ)"; probing the round's shape)
    (f"Bổ sung vốn điều lệ cho {FUND} (gọi tắt là Quỹ PTĐ).", "Quỹ PTĐ chủ trì, phối hợp Sở Tư pháp", "Quỹ PTĐ:",
     [FUND], ["Sở Tư pháp"], ["Sở Nội vụ", FUND, "Sở Tài chính"]),
    # must not: initials the document does not define stay no body (today's reading)
    (GOAL_NONE, "TTPVHCC chủ trì, phối hợp Sở Tư pháp", "TTPVHCC",
     [], [], ["Sở Nội vụ", "Sở Tài chính"]),
    # must not: initials defined for what is no body ("Chương trình ... (sau đây gọi tắt là CTCĐS)")
    ("Triển khai Chương trình chuyển đổi số cấp xã (sau đây gọi tắt là CTCĐS) đồng bộ.",
     "CTCĐS chủ trì, phối hợp Sở Tư pháp", "CTCĐS", [], [], ["Sở Nội vụ", "Sở Tài chính"]),
])
def test_a_body_s_defined_initials_name_it(goal, chair, heading, lead, partners, bodies):
    record = _record(goal, chair, heading)
    first = record["activities"][0]
    assert (first["lead_agencies"], first["partner_agencies"]) == (lead, partners), record["activities"]
    assert [r["agency"] for r in record["responsibilities"]] == bodies


WORDS_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC VÂN
Số: 208/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Vân, ngày 04 tháng 8 năm 2026
KẾ HOẠCH
Nâng cao chất lượng phục vụ người dân năm 2027
I. MỤC TIÊU
{goal}
II. NHIỆM VỤ
1. Số hóa hồ sơ thủ tục hành chính ({chair} chủ trì, phối hợp Sở Nội vụ).
III. TỔ CHỨC THỰC HIỆN
1. {chair}:
- Tiếp nhận, trả kết quả giải quyết thủ tục hành chính.
2. Trung tâm Y tế huyện Tân Vân: bảo đảm y tế cho người đến làm thủ tục.
3. Sở Tài chính: bố trí kinh phí thực hiện./.
"""


@pytest.mark.parametrize("goal, chair, body", [
    # must: a body named after by the head of its own name, defined in words (probing the round's shape: a short name
    # in words, "(sau đây gọi tắt là Trung tâm)", stood bare as "Trung tâm")
    (f"Nâng cao chất lượng phục vụ của {CENTRE} (sau đây gọi tắt là Trung tâm).", "Trung tâm", CENTRE),
    ("Kiện toàn Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh (sau đây gọi tắt là Ban Quản lý dự án) "
     "và bộ phận một cửa.", "Ban Quản lý dự án", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh"),
    # must not: a short name that is no head of the name before it, and no definition at all, stay as written
    (f"Nâng cao chất lượng phục vụ của {CENTRE} (sau đây gọi tắt là Đơn vị đầu mối).", "Trung tâm", "Trung tâm"),
    ("Nâng cao chất lượng phục vụ người dân.", "Trung tâm", "Trung tâm"),
])
def test_a_body_s_short_name_in_words(goal, chair, body):
    record = process("plan.txt", WORDS_PLAN.format(goal=goal, chair=chair).encode("utf-8")).record.model_dump(mode="json")
    assert record["activities"][0]["lead_agencies"] == [body]
    # (another body whose name opens with the same words keeps its own name)
    assert [r["agency"] for r in record["responsibilities"]] == [body, "Trung tâm Y tế huyện Tân Vân", "Sở Tài chính"]
