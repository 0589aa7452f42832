"""Hold-out round H5 (sector plans whose targets and money take their sector's idiom): the shapes its
invented documents (tests/invented/raw/h5_*) exposed, each with rows that must match and rows that
must not (other names, places and numbers than the documents)."""

from __future__ import annotations

import pytest

from tests.extractors.test_budget_statements import got as statements_of
from tests.extractors.test_budget_tables import budget_of

# a table of money per unit that also counts what each unit gets, its unit of measure in brackets in the
# header ("Số liều vắc xin (liều)", "Diện tích thu hồi (ha)", "Khối lượng rác (tấn)", "Số suất quà (suất)"):
# that column is a count, no amount; a money column whose brackets name money or a kind of money
# ("Kinh phí (triệu đồng)", "Ngân sách tỉnh (sự nghiệp)", "Dự toán (ước tính)") still holds amounts
COUNTED_TABLE = ("<p>Đơn vị tính: triệu đồng</p><table>"
                 "<tr><td>TT</td><td>Đơn vị</td><td>{count_head}</td><td>Tổng kinh phí</td><td>{money_head}</td></tr>"
                 "<tr><td>1</td><td>Huyện Kim Phong</td><td>{count_a}</td><td>2.840</td><td>1.900</td></tr>"
                 "<tr><td>2</td><td>Huyện Bắc Yên Hà</td><td>{count_b}</td><td>1.260</td><td>800</td></tr>"
                 "<tr><td></td><td>Tổng cộng</td><td>{count_sum}</td><td>4.100</td><td>2.700</td></tr></table>")


@pytest.mark.parametrize("count_head, money_head, counts, count_is_money", [
    ("Số liều vắc xin phân bổ (liều)", "Ngân sách tỉnh", ("84.000", "36.500", "120.500"), False),
    ("Diện tích thu hồi (ha)", "Ngân sách huyện", ("126,4", "48,2", "174,6"), False),
    ("Khối lượng rác thu gom (tấn/năm)", "Ngân sách tỉnh", ("12.600", "5.400", "18.000"), False),
    ("Số suất quà (suất)", "Vốn vận động", ("950", "410", "1.360"), False),
    ("Số người tham gia (lượt người)", "Ngân sách tỉnh", ("3.200", "1.450", "4.650"), False),
    # brackets that name money or a kind of money: amounts
    ("Kinh phí hỗ trợ (triệu đồng)", "Ngân sách tỉnh", ("640", "220", "860"), True),
    ("Ngân sách tỉnh (sự nghiệp)", "Ngân sách huyện", ("640", "220", "860"), True),
    ("Vốn đối ứng (NSĐP)", "Ngân sách tỉnh", ("640", "220", "860"), True),
])
def test_a_column_with_its_unit_of_measure_in_brackets_is_a_count(count_head, money_head, counts, count_is_money):
    html = COUNTED_TABLE.format(count_head=count_head, money_head=money_head, count_a=counts[0], count_b=counts[1],
                                count_sum=counts[2])
    out = budget_of(html, "plan.html")
    amounts = {i["amount_vnd"] for i in out["items"]}
    assert {2_840_000_000, 1_260_000_000, 4_100_000_000, 1_900_000_000, 800_000_000} <= amounts
    first = int(counts[0].replace(".", "").split(",")[0]) * 1_000_000
    assert (first in amounts) is count_is_money


# a funding section whose first numbered line says who pays, in a sentence with no amount ("1. Vắc xin do Bộ Y
# tế cấp. Kinh phí tổ chức ... do ngân sách địa phương bảo đảm."), and whose next numbered line states the total
# and its parts ("2. Tổng kinh phí ... là N, trong đó: ngân sách tỉnh A; ngân sách huyện B"): the first line is a
# sibling, not a heading over the second, so the total stays "total"; a numbered heading over its own
# sub-items ("1. Kinh phí ngân sách tỉnh" / "1.1. ...: N") still names their source
FUNDING = ("IV. KINH PHÍ\n{first}\n{second}\n")


@pytest.mark.parametrize("first, second, sources", [
    ("1. Trang thiết bị do Bộ Y tế cấp. Kinh phí tổ chức tập huấn, giám sát do ngân sách địa phương bảo đảm.",
     "2. Tổng kinh phí thực hiện Kế hoạch là 7.420 triệu đồng, trong đó: ngân sách tỉnh 5.100 triệu đồng; ngân "
     "sách huyện 2.320 triệu đồng.", ["total", "local", "local"]),
    ("1. Giống cây trồng do Trung ương hỗ trợ theo chương trình. Chi phí vận chuyển do ngân sách cấp tỉnh chi trả.",
     "2. Tổng kinh phí dự kiến 960 triệu đồng, gồm: ngân sách tỉnh 600 triệu đồng; vốn huy động 360 triệu đồng.",
     ["total", "local", "mobilized"]),
    # a heading over its own sub-items names their source, and a sibling after them ends it
    ("1. Ngân sách địa phương", "a) Chi tập huấn cán bộ cơ sở: 450 triệu đồng.", ["local"]),
    ("1. Ngân sách địa phương", "a) Chi tập huấn cán bộ cơ sở: 450 triệu đồng.\n2. Vận động tài trợ: 120 triệu đồng.",
     ["local", "mobilized"]),
])
def test_a_numbered_sibling_ends_the_source_the_line_before_named(first, second, sources):
    got = statements_of(FUNDING.format(first=first, second=second), "plan.txt")
    assert [s[1] for s in got] == sources
