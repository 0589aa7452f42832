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


# a table of indicators under "Mục tiêu" whose rows are set in money ("Thu nhập bình quân đầu người |
# triệu đồng/người", "Thu ngân sách trên địa bàn | tỷ đồng"): each row is still an indicator the plan sets, an
# objective with its level in the unit as written; a results column ("TH 2023") sets none, and a row with no
# level (a group) is no objective
INDICATORS = ("<p><b>KẾ HOẠCH</b></p><p>Phát triển kinh tế - xã hội năm 2024</p><p><b>I. MỤC TIÊU, CHỈ TIÊU</b></p>"
              "<table><tr><td>TT</td><td>Chỉ tiêu</td><td>ĐVT</td><td>TH 2023</td><td>KH 2024</td></tr>{rows}</table>"
              "<p><b>II. NHIỆM VỤ</b></p><p>1. Tuyên truyền.</p>")


@pytest.mark.parametrize("rows, want", [
    ([("1", "Tổng giá trị sản xuất", "tỷ đồng", "6.120", "6.650"), ("2", "Tỷ lệ hộ nghèo", "%", "4,1", "3,2")],
     [("Tổng giá trị sản xuất", 6650.0, "tỷ đồng"), ("Tỷ lệ hộ nghèo", 3.2, "percent")]),
    ([("1", "Thu nhập bình quân đầu người", "triệu đồng/người", "61,2", "66"),
      ("2", "Số trường đạt chuẩn quốc gia", "trường", "18", "21")],
     [("Thu nhập bình quân đầu người", 66.0, "triệu đồng/người"), ("Số trường đạt chuẩn quốc gia", 21.0, "trường")]),
    ([("1", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "512,4", "540")],
     [("Thu ngân sách nhà nước trên địa bàn", 540.0, "tỷ đồng")]),
    # a sum to spend is no level (the budget tables read it); a group row and a results-only row set none
    ([("1", "Vốn đầu tư công", "tỷ đồng", "96,5", "104"), ("2", "Kinh phí sửa chữa trường học", "triệu đồng", "", "850")],
     []),
    ([("I", "Chỉ tiêu kinh tế", "", "", ""), ("1", "Thu ngân sách trên địa bàn", "triệu đồng", "84.500", "")],
     []),
])
def test_an_indicator_set_in_money_is_an_objective(rows, want):
    from extractors.document import build_document
    from extractors.fields.objectives import extract_objectives
    from extractors.formats import read
    from extractors.segment import outline
    html = INDICATORS.format(rows="".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows))
    doc = build_document(read(html.encode(), "plan.html"))
    got = [(o["text"], t["value"], t["unit"]) for o in extract_objectives(doc, outline(doc)) for t in o["targets"]]
    assert got == want


# a budget estimate's transfer opens its label; a year's money added to a plan ("- Năm 2027 bổ sung có mục tiêu: N")
# is no line of its own
@pytest.mark.parametrize("clause, subject", [
    ("b) Bổ sung có mục tiêu: ", "Bổ sung có mục tiêu"),
    ("- Năm 2027 bổ sung có mục tiêu: ", None),
    ("Ngân sách tỉnh đã bổ sung cho ngân sách cấp huyện ", None),
])
def test_a_transfer_opens_its_label(clause, subject):
    assert read_label(clause).subject == subject
