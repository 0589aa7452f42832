"""Hold-out round N: the shapes its invented documents (tests/invented/raw/n_*) exposed, each with
rows that must match and rows that must not (other names and numbers than the documents)."""

from __future__ import annotations

import pytest

from extractors.fields.task_tables import roles_of

# a work programme's table names the unit that drafts and submits each item ("Đơn vị tham mưu", "Cơ
# quan tham mưu", "Cơ quan soạn thảo", "Đơn vị chủ trì soạn thảo"): the lead column
@pytest.mark.parametrize("header, roles", [
    (["TT", "Nội dung công việc", "Đơn vị tham mưu", "Đơn vị phối hợp", "Thời gian trình"],
     ["code", "task", "lead", "partner", "other"]),
    (["STT", "Nội dung trình", "Cơ quan tham mưu", "Thời gian"], ["code", "task", "lead", "other"]),
    (["STT", "Tên đề án, văn bản", "Cơ quan soạn thảo", "Cơ quan phối hợp", "Thời gian trình"],
     ["code", "task", "lead", "partner", "other"]),
    (["TT", "Nội dung", "Đơn vị chủ trì soạn thảo", "Tháng trình"], ["code", "task", "lead", "other"]),
    # must not: a column of the advice given, or of the person who signs, is no agency column
    (["TT", "Nội dung công việc", "Ý kiến tham mưu", "Thời gian"], None),
    (["TT", "Nội dung", "Người ký", "Thời gian"], None),
])
def test_drafting_unit_is_the_lead(header, roles):
    assert roles_of([header]) == roles


# a budget table's column that counts things ("Số công trình", "Số dự án", "Số hộ được hỗ trợ"): no amounts; a
# column of money headed "Số ..." ("Số tiền", "Số vốn được giao", "Số kinh phí") still is
from tests.extractors.test_budget_tables import budget_of  # noqa: E402

COUNT_TABLE = ("<p>BẢNG PHÂN BỔ VỐN THEO XÃ</p><p>ĐVT: 1.000 đồng</p><table>"
               "<tr><td>STT</td><td>Tên xã</td><td>{head}</td><td>Tổng vốn</td><td>Ngân sách tỉnh</td></tr>"
               "<tr><td>1</td><td>Xã Hòa Bình</td><td>04</td><td>2.600.000</td><td>2.600.000</td></tr>"
               "<tr><td>2</td><td>Xã Tân Thịnh</td><td>3</td><td>1.450.500</td><td>1.450.500</td></tr></table>")


@pytest.mark.parametrize("head, counted", [
    ("Số công trình", False), ("Số dự án", False), ("Số hộ được hỗ trợ", False), ("Số mô hình", False),
    ("Số hạng mục", False), ("Số xã", False),
    ("Số tiền", True), ("Số vốn được giao", True), ("Số kinh phí", True),
])
def test_a_column_of_counts_holds_no_amounts(head, counted):
    out = budget_of(COUNT_TABLE.replace("{head}", head), "plan.html")
    amounts = sorted(i["amount_vnd"] for i in out["items"] if i["row_code"] == "1")
    assert amounts == ([4_000, 2_600_000_000, 2_600_000_000] if counted else [2_600_000_000, 2_600_000_000])


# a Thông báo's closing formula ("Sở Y tế thông báo để các đơn vị biết, thực hiện./."): the closing, not a
# duty of the issuer; its opening ("... thông báo để ... biết và thực hiện như sau:") and a task that tells
# units to inform others are no closing
from extractors.document import Block  # noqa: E402
from extractors.fields.common import is_closing  # noqa: E402


@pytest.mark.parametrize("text, closing", [
    ("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./.", True),
    ("Văn phòng Ủy ban nhân dân tỉnh thông báo đến các cơ quan, đơn vị liên quan biết, thực hiện.", True),
    ("Ủy ban nhân dân huyện thông báo cho các xã, thị trấn biết và triển khai thực hiện./.", True),
    ("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết và thực hiện như sau:", False),
    ("Trung tâm Y tế huyện thông báo kết quả xét nghiệm cho người dân biết, chủ động phòng bệnh; đồng thời rà soát, "
     "báo cáo số ca mắc hằng tuần về Sở Y tế, tổng hợp trước ngày 15 hằng tháng để theo dõi.", False),
    ("Các đơn vị thông báo rộng rãi đến Nhân dân được biết.", False),
])
def test_a_notice_closing_formula(text, closing):
    assert is_closing(Block("paragraph", text, 0, len(text), {})) is closing


# numbered items under a heading of tasks that each give a task to a lead unit ("1. Giao Phòng Văn hóa chủ trì,
# phối hợp với ... tổ chức ..."): tasks with their lead and partners, not responsibilities; the same items under
# "Tổ chức thực hiện" stay responsibilities, and so does a task heading's list of units that are not all "Giao X
# chủ trì"
NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân huyện tại buổi làm việc về công tác chuyển đổi số
I. KẾT QUẢ
Các xã đã hoàn thành cấp tài khoản định danh cho 80% dân số.
II. {head}
1. Giao Phòng Văn hóa - Thông tin chủ trì, phối hợp với Công an huyện tổ chức tập huấn kỹ năng số cho cán bộ xã.
2. Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện chủ trì, phối hợp với Phòng Nội vụ rà soát thủ tục hành chính trực tuyến.
{third}
"""


def _notice(head: str, third: str):
    from extractors.fields.activities import extract_activities
    from extractors.fields.responsibilities import extract_responsibilities
    from extractors.segment import outline
    from tests.extractors.test_activities import doc_of

    d = doc_of(NOTICE.replace("{head}", head).replace("{third}", third), "notice.txt")
    acts = [[a["code"], a["lead_agencies"], a["partner_agencies"]] for a in extract_activities(d, outline(d))]
    return acts, [r["agency"] for r in extract_responsibilities(d, outline(d))]


@pytest.mark.parametrize("head", ["NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", "CÁC NỘI DUNG GIAO THỰC HIỆN"])
def test_chaired_tasks_under_a_task_heading(head):
    acts, resp = _notice(head, "3. Giao Ủy ban nhân dân các xã chủ trì, phối hợp với Bưu điện huyện hướng dẫn người "
                               "dân nộp hồ sơ trực tuyến.")
    assert acts == [["1", ["Phòng Văn hóa - Thông tin"], ["Công an huyện"]],
                    ["2", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"], ["Phòng Nội vụ"]],
                    ["3", ["Ủy ban nhân dân các xã"], ["Bưu điện huyện"]]]
    assert resp == []


@pytest.mark.parametrize("head, third", [
    ("TỔ CHỨC THỰC HIỆN", "3. Giao Ủy ban nhân dân các xã chủ trì triển khai thực hiện."),
    ("NHIỆM VỤ THỜI GIAN TỚI", "3. Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện."),
])
def test_assignments_stay_responsibilities(head, third):
    acts, resp = _notice(head, third)
    assert acts == []
    assert "Phòng Văn hóa - Thông tin" in resp and len(resp) == 3
