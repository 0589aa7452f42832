"""A plan's money paid from a unit's own takings, named before the amount: "Kinh phí thực hiện từ nguồn thu sự nghiệp
của Trường ... là 320 triệu đồng" is the plan's total from that source, not a revenue line "Thu sự nghiệp của Trường"
(extractors.fields.budget_statements: BOOKED_IN's "từ nguồn"; a probe of round G30). Must-match and must-not-match
rows; invented clauses."""

import pytest

from extractors.fields.budget_statements import read_label

MUST = [  # the revenue after "từ nguồn" is where the money comes from: no line of its own
    "Kinh phí thực hiện từ nguồn thu sự nghiệp của Trung tâm Y tế năm 2026 là",
    "Kinh phí tổ chức Hội thi được bảo đảm từ nguồn thu dịch vụ của Bệnh viện, dự kiến",
    "Kinh phí thực hiện Kế hoạch từ các nguồn thu hợp pháp của Trường là",
]

MUST_NOT = [  # a revenue line named as such keeps its name
    ("Tổng thu sự nghiệp của Bệnh viện năm 2025 đạt", "Tổng thu sự nghiệp của Bệnh viện năm 2025"),
    ("Nguồn thu sự nghiệp của đơn vị", "Thu sự nghiệp của đơn vị"),
    ("Dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là", "Dự toán thu ngân sách nhà nước trên địa bàn"),
    ("Vốn đầu tư từ nguồn thu tiền sử dụng đất là", "Vốn đầu tư từ nguồn thu tiền sử dụng đất"),
]


@pytest.mark.parametrize("clause", MUST)
def test_must_revenue_after_tu_nguon_is_a_source(clause):
    assert read_label(clause).subject is None, read_label(clause)


@pytest.mark.parametrize("clause,subject", MUST_NOT)
def test_must_not_revenue_lines_keep_their_name(clause, subject):
    assert read_label(clause).subject == subject
