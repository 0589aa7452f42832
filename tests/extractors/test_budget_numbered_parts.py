"""A sum's numbered items that name its parts: "... với tổng số vốn N, cụ thể như sau:" / "1. Đề án X:
A." / "2. Xã Y: B, trong đó: kênh mương C; trường học D." (a decision allotting a year's capital, as a
legal-text site cuts it into chunks). Each item's label is its amount's scope, as a bullet's label
is; a label that names a source, a year or a stage is none. Found on an invented district's decision
(its third commune's sum kept the plan's scope); the rows use other places and figures."""

import pytest

from tests.extractors.test_budget_statements import got

LEAD = "Phân bổ kế hoạch vốn năm 2024 với tổng số vốn 45.000 triệu đồng cho các đề án, cụ thể như sau:\n\n"


@pytest.mark.parametrize("items, want", [
    ("1. Đề án phát triển du lịch cộng đồng: 15.000 triệu đồng.\n\n2. Đề án xây dựng trường học đạt chuẩn: 30.000 triệu đồng.",
     [["Đề án phát triển du lịch cộng đồng", "total", 2024, 15_000_000_000],
      ["Đề án xây dựng trường học đạt chuẩn", "total", 2024, 30_000_000_000]]),
    ("a) Xã Tân Hưng: 2.450 triệu đồng, trong đó: đường giao thông nông thôn 1.200 triệu đồng; nhà văn hóa thôn 1.250 triệu đồng.",
     [["Xã Tân Hưng", "total", 2024, 2_450_000_000],
      ["Đường giao thông nông thôn", "total", 2024, 1_200_000_000],
      ["Nhà văn hóa thôn", "total", 2024, 1_250_000_000]]),
    # must not: an item that names a source or a year is a part by source or by year, the plan's
    ("1. Ngân sách tỉnh: 30.000 triệu đồng.\n\n2. Ngân sách huyện: 15.000 triệu đồng.",
     [["total", "local", 2024, 30_000_000_000], ["total", "local", 2024, 15_000_000_000]]),
    ("1. Năm 2025: 20.000 triệu đồng.\n\n2. Năm 2026: 25.000 triệu đồng.",
     [["total", "total", 2025, 20_000_000_000], ["total", "total", 2026, 25_000_000_000]]),
])
def test_a_sums_numbered_items_name_its_parts(items, want):
    assert got(LEAD + items)[1:] == want


def test_a_numbered_line_under_no_sum_keeps_the_plans_scope():
    """must not: a numbered line with a label and an amount but no sum above it ("3. Kinh phí thực
    hiện: N") is the plan's own money."""
    assert got("3. Kinh phí thực hiện: 500 triệu đồng từ ngân sách huyện.") == [["total", "local", None, 500_000_000]]


# a programme's name that holds its period ("Đề án X giai đoạn 2021 - 2025") under a year's sum: the
# year's money; a period that is the amount's own ("Kinh phí giai đoạn 2026 - 2030: N") is no year
@pytest.mark.parametrize("lead, item, want", [
    (LEAD, "1. Đề án nâng cao chất lượng y tế cơ sở giai đoạn 2021 - 2025: 18.000 triệu đồng.",
     ["Đề án nâng cao chất lượng y tế cơ sở", "total", 2024, 18_000_000_000]),
    (LEAD, "2. Chương trình phát triển giáo dục vùng khó khăn giai đoạn 2021-2025: 27.000 triệu đồng.",
     ["Chương trình phát triển giáo dục vùng khó khăn", "total", 2024, 27_000_000_000]),
    # a name holding a list of its own, its comma before a word in small letters
    (LEAD, "1. Đề án kiên cố hóa trường, lớp học vùng cao giai đoạn 2022 - 2025: 21.000 triệu đồng.",
     ["Đề án kiên cố hóa trường, lớp học vùng cao", "total", 2024, 21_000_000_000]),
    (LEAD, "2. Chương trình phát triển nông, lâm nghiệp bền vững giai đoạn 2021-2025: 9.500 triệu đồng.",
     ["Chương trình phát triển nông, lâm nghiệp bền vững", "total", 2024, 9_500_000_000]),
    # must not: a lead with no single year; an item naming a period with no programme; a comma before a
    # figure or a capital ends the programme's name (the period is no part of it)
    ("Tổng số vốn phân bổ là 45.000 triệu đồng, cụ thể như sau:\n\n",
     "1. Đề án kiên cố hóa trường, lớp học vùng cao giai đoạn 2022 - 2025: 21.000 triệu đồng.",
     ["Đề án kiên cố hóa trường, lớp học vùng cao", "total", None, 21_000_000_000]),
    (LEAD, "1. Kinh phí thực hiện các dự án, Giai đoạn 2026 - 2030: 18.000 triệu đồng.",
     ["total", "total", None, 18_000_000_000]),
    ("Tổng số vốn phân bổ là 45.000 triệu đồng, cụ thể như sau:\n\n",
     "1. Đề án nâng cao chất lượng y tế cơ sở giai đoạn 2021 - 2025: 18.000 triệu đồng.",
     ["Đề án nâng cao chất lượng y tế cơ sở", "total", None, 18_000_000_000]),
    (LEAD, "1. Kinh phí giai đoạn 2026 - 2030: 18.000 triệu đồng.", ["total", "total", None, 18_000_000_000]),
])
def test_a_programmes_period_in_its_name_is_no_year_of_the_money(lead, item, want):
    assert got(lead + item)[1] == want


# a source's sum broken down in brackets by kind of capital: each part is named by its kind, as a line of
# its own is ("a. Vốn sự nghiệp: B" under "1.2. Vốn Trung ương hỗ trợ: N"), and keeps the source
@pytest.mark.parametrize("text, want", [
    ("Tổng vốn năm 2026 là 92.400 triệu đồng, gồm: ngân sách trung ương 71.000 triệu đồng (vốn đầu tư phát triển "
     "52.300 triệu đồng, vốn sự nghiệp 18.700 triệu đồng); ngân sách tỉnh 21.400 triệu đồng.",
     [["total", "total", 2026, 92_400_000_000], ["total", "central", 2026, 71_000_000_000],
      ["Vốn đầu tư phát triển", "central", 2026, 52_300_000_000], ["Vốn sự nghiệp", "central", 2026, 18_700_000_000],
      ["total", "local", 2026, 21_400_000_000]]),
    ("Kinh phí năm 2025 là 6.500 triệu đồng, trong đó: ngân sách huyện 4.500 triệu đồng (vốn đầu tư 3.000 triệu đồng, "
     "vốn sự nghiệp 1.500 triệu đồng); vốn lồng ghép 2.000 triệu đồng.",
     [["total", "total", 2025, 6_500_000_000], ["total", "local", 2025, 4_500_000_000],
      ["Vốn đầu tư", "local", 2025, 3_000_000_000], ["Vốn sự nghiệp", "local", 2025, 1_500_000_000],
      ["total", "other", 2025, 2_000_000_000]]),
    # must not: a source of its own in brackets, and a year's part, keep the source's scope
    ("Ngân sách huyện bố trí 1.200 triệu đồng (vốn vay ODA 300 triệu đồng).",
     [["total", "local", None, 1_200_000_000], ["total", "other", None, 300_000_000]]),
    ("Ngân sách tỉnh 8.000 triệu đồng (năm 2027: 3.000 triệu đồng; năm 2028: 5.000 triệu đồng).",
     [["total", "local", None, 8_000_000_000], ["total", "local", 2027, 3_000_000_000],
      ["total", "local", 2028, 5_000_000_000]]),
])
def test_a_sources_sum_by_kind_of_capital_names_each_kind(text, want):
    assert got(text, "report.txt") == want


# the parts of a sum from one source, named by what they are for, after "trong đó" in its sentence: that source's
# money, as the parts a footnote gives of such a sum are (kontum_1125's "1.200 triệu đồng để phát triển ...")
@pytest.mark.parametrize("text, want", [
    ("Tổng kinh phí thực hiện năm 2027 là 2.640 triệu đồng từ nguồn ngân sách tỉnh, trong đó: sự nghiệp y tế "
     "1.500 triệu đồng; sự nghiệp đào tạo 1.140 triệu đồng.",
     [["total", "local", 2027, 2_640_000_000], ["Sự nghiệp y tế", "local", 2027, 1_500_000_000],
      ["Sự nghiệp đào tạo", "local", 2027, 1_140_000_000]]),
    ("Ngân sách trung ương hỗ trợ 960 triệu đồng, trong đó: kinh phí tập huấn 400 triệu đồng, kinh phí in tài liệu "
     "560 triệu đồng.",
     [["total", "central", None, 960_000_000], ["Tập huấn", "central", None, 400_000_000],
      ["In tài liệu", "central", None, 560_000_000]]),
    # must not: a sum of all sources keeps its parts' sources as they name them, or the whole
    ("Tổng kinh phí là 2.640 triệu đồng, trong đó: sự nghiệp y tế 1.500 triệu đồng; vốn xã hội hóa 1.140 triệu đồng.",
     [["total", "total", None, 2_640_000_000], ["Sự nghiệp y tế", "total", None, 1_500_000_000],
      ["total", "mobilized", None, 1_140_000_000]]),
    # must not: a sum from one source, then another sentence's amount for a purpose (no part of it)
    ("Ngân sách tỉnh bố trí 960 triệu đồng. Kinh phí tập huấn 400 triệu đồng.",
     [["total", "local", None, 960_000_000], ["Tập huấn", "total", None, 400_000_000]]),
])
def test_a_one_source_sums_parts_by_purpose_share_its_source(text, want):
    assert got(text, "plan.txt") == want


# a sum's parts by kind of capital after "trong đó" in its sentence: each named by its kind, of the sum's source (as
# in brackets after a source's sum, above)
@pytest.mark.parametrize("text, want", [
    ("Tổng kinh phí năm 2027 là 3.180 triệu đồng từ nguồn ngân sách huyện, trong đó: vốn sự nghiệp 1.980 triệu đồng; "
     "vốn đầu tư 1.200 triệu đồng.",
     [["total", "local", 2027, 3_180_000_000], ["Vốn sự nghiệp", "local", 2027, 1_980_000_000],
      ["Vốn đầu tư", "local", 2027, 1_200_000_000]]),
    ("Tổng vốn thực hiện là 7.500 triệu đồng, trong đó: vốn đầu tư phát triển 5.000 triệu đồng, vốn sự nghiệp "
     "2.500 triệu đồng.",
     [["total", "total", None, 7_500_000_000], ["Vốn đầu tư phát triển", "total", None, 5_000_000_000],
      ["Vốn sự nghiệp", "total", None, 2_500_000_000]]),
    # must not: a capital a source of its own names (a loan), and a kind of capital with what it is for after it
    ("Tổng vốn thực hiện là 7.500 triệu đồng, trong đó: vốn vay 5.000 triệu đồng, vốn sự nghiệp 2.500 triệu đồng "
     "để mua sắm thiết bị.",
     [["total", "total", None, 7_500_000_000], ["total", "other", None, 5_000_000_000],
      ["total", "other", None, 2_500_000_000]]),
])
def test_a_sums_parts_by_kind_of_capital_name_each_kind(text, want):
    assert got(text, "plan.txt") == want
