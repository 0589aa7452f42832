"""Hold-out round D2 (budget resolutions, investment plans, national target programme plans, yearly plans
and year-end reports): the shapes its invented documents (tests/invented/raw/d2_*) exposed, each with rows
that must match and rows that must not (other names, places and numbers than the documents)."""

from __future__ import annotations

import pytest

from extractors.fields.budget_statements import read_label
from tests.extractors.test_budget_statements import got as statements_of

BN = 1_000_000_000


# the capital a province shares out "theo tiêu chí, định mức" (by the criteria and norms of the allocation
# rules) is a sum, not a rate; a norm stated with its amount ("Định mức hỗ trợ: 15 triệu đồng", "theo định mức
# 30 triệu đồng/xã") is still a price
@pytest.mark.parametrize("text, amounts", [
    ("1. Vốn ngân sách địa phương: 6.100 tỷ đồng, trong đó:\na) Vốn phân bổ theo nguyên tắc, tiêu chí, định mức: "
     "2.350 tỷ đồng;\nb) Nguồn thu xổ số kiến thiết: 410 tỷ đồng.", [6100 * BN, 2350 * BN, 410 * BN]),
    ("- Vốn đầu tư theo định mức: 1.280 tỷ đồng;\n- Vốn chuẩn bị đầu tư: 45 tỷ đồng.", [1280 * BN, 45 * BN]),
    ("- Định mức hỗ trợ: 15 triệu đồng;\n- Tổng kinh phí hỗ trợ: 960 triệu đồng.", [960_000_000]),
    ("Hỗ trợ xây dựng nhà văn hóa thôn theo định mức 30 triệu đồng/thôn; tổng kinh phí 1.500 triệu đồng.",
     [1_500_000_000]),
])
def test_a_sum_shared_out_by_criteria_and_norms_is_no_rate(text, amounts):
    assert [s[3] for s in statements_of(text, "plan.txt")] == amounts


# the labels of a budget estimate's and an investment plan's lines that open on a word HEAD did not know:
# the borrowing ("Tổng mức vay", "vay để bù đắp bội chi"), the transfers to a lower level ("Bổ sung cho ngân
# sách cấp huyện", "bổ sung có mục tiêu"), the recovery of advances ("Thu hồi vốn ứng trước"), a reserve named
# with its share ("Dự phòng 10% kế hoạch"); a share that is a result ("đạt 97% dự toán") still names none
@pytest.mark.parametrize("clause, subject", [
    ("5. Tổng mức vay của ngân sách địa phương: ", "Tổng mức vay của ngân sách địa phương"),
    ("gồm vay để bù đắp bội chi ", "Vay để bù đắp bội chi"),
    ("và vay để trả nợ gốc ", "Vay để trả nợ gốc"),
    ("2. Bổ sung cho ngân sách cấp xã: ", "Bổ sung cho ngân sách cấp xã"),
    ("trong đó bổ sung có mục tiêu ", "Bổ sung có mục tiêu"),
    ("a) Thu hồi vốn ứng trước: ", "Thu hồi vốn ứng trước"),
    ("1. Dự phòng 10% kế hoạch: ", "Dự phòng 10% kế hoạch"),
    ("- Dự phòng 5% tổng vốn: ", "Dự phòng 5% tổng vốn"),
    # a capital source named by the revenue it comes from keeps its "Nguồn" (the revenue line itself has none,
    # and a total of the sources keeps reading as the revenue)
    ("b) Nguồn thu tiền sử dụng đất: ", "Nguồn thu tiền sử dụng đất"),
    ("- Nguồn thu xổ số kiến thiết: ", "Nguồn thu xổ số kiến thiết"),
    ("- Thu tiền sử dụng đất: ", "Thu tiền sử dụng đất"),
    ("A. Tổng nguồn thu ngân sách huyện: ", "Thu ngân sách huyện"),
    # not a line of its own
    ("Tổng thu ngân sách đạt 97% dự toán, tương đương ", None),
    ("- Vốn vay ưu đãi: ", "Vốn vay ưu đãi"),
    ("Hộ nghèo được vay vốn ưu đãi ", "Vốn ưu đãi"),
    ("Chi trả nợ lãi các khoản do chính quyền địa phương vay: ", "Chi trả nợ lãi các khoản do chính quyền địa phương vay"),
    ("Bổ sung kinh phí cho các đơn vị ", None),
])
def test_the_lines_of_a_budget_estimate_are_read_as_labels(clause, subject):
    assert read_label(clause).subject == subject


# a part of a source's sum that names only its kind of capital ("Vốn ngân sách trung ương: N, gồm vốn trong
# nước A và vốn nước ngoài B") is that source's money; a loan, ODA or credit, and any part under the plan's
# whole, stays "other"
@pytest.mark.parametrize("text, sources", [
    ("2. Vốn ngân sách trung ương: 3.100 tỷ đồng, gồm vốn trong nước 2.600 tỷ đồng và vốn nước ngoài 500 tỷ đồng.",
     ["central", "central", "central"]),
    ("1. Vốn ngân sách tỉnh: 940 tỷ đồng, trong đó vốn đầu tư phát triển 900 tỷ đồng, vốn sự nghiệp 40 tỷ đồng.",
     ["local", "local", "local"]),
    # a loan, ODA or credit under a source's sum is money of its own kind ("other")
    ("2. Vốn ngân sách trung ương: 1.250 tỷ đồng, gồm vốn trong nước 950 tỷ đồng và vốn ODA 300 tỷ đồng.",
     ["central", "central", "other"]),
    ("Tổng vốn thực hiện Đề án là 820 tỷ đồng, trong đó vốn tín dụng 300 tỷ đồng.", ["total", "other"]),
])
def test_a_kind_of_capital_under_a_source_is_that_source(text, sources):
    assert [s[1] for s in statements_of(text, "plan.txt")] == sources


# a cap per unit is a rate: "mỗi xã được hỗ trợ không quá 200 triệu đồng", "mỗi lớp tối đa 15 triệu đồng"; a cap
# on the whole ("Tổng kinh phí thực hiện không quá N") is still a sum
@pytest.mark.parametrize("text, amounts", [
    ("Mỗi xã được hỗ trợ không quá 200 triệu đồng; tổng kinh phí 2.400 triệu đồng.", [2_400_000_000]),
    ("Hỗ trợ mỗi lớp tập huấn tối đa 15 triệu đồng, tổng kinh phí 420 triệu đồng.", [420_000_000]),
    ("Tổng kinh phí thực hiện không quá 3.000 triệu đồng.", [3_000_000_000]),
])
def test_a_cap_per_unit_is_a_rate(text, amounts):
    assert [s[3] for s in statements_of(text, "plan.txt")] == amounts


# the words between a line and its amount: "được giao là", "tối đa", "không quá", and a range's opening "từ 2-"
# ("Kinh phí quảng bá từ 2-3 tỷ đồng"); a revenue line "Thu phí, lệ phí" (not "Chi phí ...", a cost)
@pytest.mark.parametrize("clause, subject", [
    ("Dự toán chi thường xuyên năm 2021 được giao là ", "Dự toán chi thường xuyên"),
    ("Tổng dự toán kinh phí sự nghiệp y tế được giao là ", "Dự toán kinh phí sự nghiệp y tế"),
    ("- Chi sự nghiệp môi trường tối đa ", "Chi sự nghiệp môi trường"),
    ("c) Thu phí, lệ phí: ", "Thu phí, lệ phí"),
    ("- Chi phí tổ chức hội nghị: ", None),
    ("Chi cho các đơn vị được giao nhiệm vụ ", "Chi cho các đơn vị được giao nhiệm vụ"),
])
def test_the_words_before_an_amount_are_no_part_of_its_line(clause, subject):
    assert read_label(clause).subject == subject


# a sentence of its own that names what the money is for ("Kinh phí tổ chức Hội khỏe Phù Đổng năm 2021 là N",
# "kinh phí tổ chức Lễ hội Cồng chiêng tối đa N", "Kinh phí quảng bá từ 2-3 tỷ đồng") after a budget line's sum
# is that purpose's money, not a part of the line before; a sentence naming the money in general is not
@pytest.mark.parametrize("text, scopes", [
    ("Dự toán chi sự nghiệp giáo dục năm 2021 là 12.500 triệu đồng. Kinh phí tổ chức Hội khỏe Phù Đổng năm 2021 là "
     "450 triệu đồng từ nguồn ngân sách huyện.", ["Dự toán chi sự nghiệp giáo dục", "Tổ chức Hội khỏe Phù Đổng"]),
    ("Tổng kinh phí năm 2022 khoảng 8.000 triệu đồng. Kinh phí tổ chức Lễ hội Cồng chiêng tối đa 1.200 triệu đồng; "
     "kinh phí quảng bá từ 2-3 tỷ đồng.", ["total", "Tổ chức Lễ hội Cồng chiêng", "Quảng bá"]),
    ("Tổng kinh phí thực hiện năm 2023 là 960 triệu đồng. Kinh phí thực hiện Kế hoạch năm 2024 là 1.020 triệu đồng.",
     ["total", "total"]),
])
def test_a_sentence_naming_what_its_money_is_for_is_scoped_by_it(text, scopes):
    assert [s[0] for s in statements_of(text, "plan.txt")] == scopes
