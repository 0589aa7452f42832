"""Hold-out round A: the shapes its documents showed that the code missed, each with rows that must
match and rows that must not (names and numbers of our own)."""

from __future__ import annotations

import pytest

from tests.extractors.test_budget_tables import budget_of

# a targets table whose levels carry a bound sign ("≥ 95", "≤ 3") in every cell: its rows are body
# rows, not more header rows, so the table stays one of indicators ("%" per row) and counts no money
TARGETS = ("<p>2. Mục tiêu cụ thể</p><table>"
           "<tr><td>TT</td><td>Chỉ tiêu</td><td>Đơn vị tính</td><td>Năm 2025</td><td>Năm 2026</td></tr>"
           "<tr><td>1</td><td>Tỷ lệ xã đạt chuẩn quốc gia về y tế</td><td>%</td><td>{a}</td><td>{b}</td></tr>"
           "<tr><td>2</td><td>Tỷ lệ hộ dùng nước sạch</td><td>%</td><td>{c}</td><td>{d}</td></tr>"
           "<tr><td>3</td><td>Số trạm y tế được nâng cấp</td><td>trạm</td><td>12</td><td>18</td></tr></table>")


@pytest.mark.parametrize("a,b,c,d", [
    ("≥ 85", "≥ 90", "≥ 70", "≥ 75"),     # must match: floors
    ("≤ 4", "≤ 3", "≤ 2,5", "≤ 2"),       # must match: ceilings
    (">80", ">85", "<10", "<8"),          # must match: no space after the sign
    ("≥ 85%", "≥ 90%", "≥ 70%", "≥ 75%"),  # must match: the percent sign in the cell
    ("85", "90", "70", "75"),             # must not change: bare levels
])
def test_bounded_levels_keep_a_targets_table_out_of_the_budget(a, b, c, d):
    out = budget_of(TARGETS.format(a=a, b=b, c=c, d=d), "plan.html")
    assert out["items"] == [] and out["tables"] == []


# must not: a budget table still counts its amounts, and a header row of signs and words stays a header
BUDGET = ("<p>DỰ TOÁN KINH PHÍ</p><p>ĐVT: triệu đồng</p><table>"
          "<tr><td>TT</td><td>Nội dung</td><td>Tổng cộng</td><td>Năm 2025</td><td>Năm 2026</td></tr>"
          "<tr><td>{code}</td><td>{label}</td><td>{t}</td><td>{x}</td><td>{y}</td></tr>"
          "<tr><td>1</td><td>Tập huấn cán bộ y tế xã</td><td>300</td><td>140</td><td>160</td></tr></table>")


@pytest.mark.parametrize("code,label,t,x,y,first", [
    ("", "(≥ mức)", "(1)", "(2)", "(3)", 300_000_000),      # a numbering row under the header: no body row
    ("A", "Chi thường xuyên", "300", "140", "160", 300_000_000),
])
def test_budget_rows_unchanged(code, label, t, x, y, first):
    out = budget_of(BUDGET.format(code=code, label=label, t=t, x=x, y=y), "plan.html")
    totals = [i["amount_vnd"] for i in out["items"] if i["year"] is None]
    assert totals and totals[0] == first


# a unit named for what it registers, "Đăng ký" in capitals ("Văn phòng Đăng ký đất đai", "Phòng Đăng ký
# kinh doanh"): its "ký" is part of the name, as after a lower-case "đăng"; a "ký" after a name is the verb
from normalizers.agencies import leading_agency  # noqa: E402


@pytest.mark.parametrize("text,agency", [
    ("Văn phòng Đăng ký quyền sử dụng đất huyện: hướng dẫn hồ sơ, rút ngắn thời gian.",
     "Văn phòng Đăng ký quyền sử dụng đất huyện"),                             # must match
    ("Phòng Đăng ký kinh doanh hướng dẫn doanh nghiệp đăng ký trực tuyến.", "Phòng Đăng ký kinh doanh"),
    ("Chi nhánh Văn phòng Đăng ký đất đai thị xã: cập nhật biến động đất đai.",
     "Chi nhánh Văn phòng Đăng ký đất đai thị xã"),
    ("Sở Tư pháp ký kết quy chế phối hợp với Công an tỉnh.", "Sở Tư pháp"),    # must not: the verb
    ("Phòng Tài chính - Kế hoạch ký hợp đồng với đơn vị tư vấn.", "Phòng Tài chính - Kế hoạch"),
])
def test_a_registry_office_keeps_its_name(text, agency):
    start, end = leading_agency(text)
    assert text[start:end] == agency
