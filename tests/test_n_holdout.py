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
