"""Hold-out round E (long plans dense with targets and money): the shapes its documents showed,
each with rows that must match and rows that must not (names and numbers of our own, not the
documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

HEAD = ("ỦY BAN NHÂN DÂN\n\nTỈNH VÂN SƠN\n\nSố: 58/KH-UBND\n\nVân Sơn, ngày 9 tháng 2 năm 2027\n\nKẾ HOẠCH\n\n"
        "Phát triển nông nghiệp tuần hoàn tỉnh Vân Sơn giai đoạn 2027 - 2029\n\n")
PERIOD = {"start_year": 2027, "end_year": 2029}


def _statements(body: str) -> list[tuple]:
    doc = build_document(read((HEAD + body).encode(), "plan.txt"))
    return [(s["scope"], s["source"], s["year"], s["amount_vnd"]) for s in extract_statements(doc, PERIOD)]


def _funds(sentence: str) -> list[tuple]:
    return _statements("I. MỤC TIÊU\n\nPhát triển nông nghiệp tuần hoàn.\n\nII. KINH PHÍ THỰC HIỆN\n\n" + sentence +
                       "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.\n")


# Counterpart money named by who puts it up ("doanh nghiệp đối ứng N", "hợp tác xã đối ứng N"): the
# money of those who take part, as "Nhân dân đóng góp N" is; a level of government's counterpart
# ("các huyện đối ứng N", "ngân sách tỉnh đối ứng N") stays local.
COUNTERPART = [
    # must match
    ("Tổng kinh phí 64 tỷ đồng, trong đó ngân sách trung ương 48 tỷ đồng, doanh nghiệp đối ứng 16 tỷ đồng.",
     [("total", "total", None, 64_000_000_000), ("total", "central", None, 48_000_000_000),
      ("total", "mobilized", None, 16_000_000_000)]),
    ("Kinh phí xây dựng mô hình 3.600 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 2.400 triệu đồng, "
     "hợp tác xã đối ứng 1.200 triệu đồng.",
     [("total", "total", None, 3_600_000_000), ("total", "local", None, 2_400_000_000),
      ("total", "mobilized", None, 1_200_000_000)]),
    ("Ngân sách tỉnh hỗ trợ 900 triệu đồng; người dân đối ứng 300 triệu đồng.",
     [("total", "local", None, 900_000_000), ("total", "mobilized", None, 300_000_000)]),
    # must not: a level of government's counterpart
    ("Ngân sách trung ương 5.000 triệu đồng; các huyện đối ứng 1.500 triệu đồng.",
     [("total", "central", None, 5_000_000_000), ("total", "local", None, 1_500_000_000)]),
]


@pytest.mark.parametrize("sentence, expected", COUNTERPART,
                         ids=["doanh-nghiep", "hop-tac-xa", "nguoi-dan", "cac-huyen"])
def test_counterpart_money_named_by_who_puts_it_up(sentence, expected):
    assert _funds(sentence) == expected


# The takings of a year before the plan, told in its situation or results section (a heading that
# names no money: "I. THỰC TRẠNG", "I. KẾT QUẢ NĂM 2026"): context, not the plan's money. Revenue
# under a heading that names the budget ("1. Thu ngân sách nhà nước"), or of the plan's own years,
# and the plan's funds stay statements.
def _situation(sentence: str, heading: str = "I. THỰC TRẠNG") -> list[tuple]:
    return _statements(f"{heading}\n\n{sentence}\n\nII. MỤC TIÊU\n\nPhát triển nông nghiệp tuần hoàn.\n\n"
                       "III. KINH PHÍ THỰC HIỆN\n\nTổng kinh phí thực hiện Kế hoạch là 7.450 triệu đồng từ ngân sách "
                       "tỉnh.\n")


PLAN_FUNDS = ("total", "local", None, 7_450_000_000)
PAST_REVENUE = [
    # must not: a past year's takings in the situation section
    ("I. THỰC TRẠNG", "Tổng thu ngân sách trên địa bàn tỉnh năm 2026 đạt 5.216 tỷ đồng, tăng 9% so với năm 2025.",
     [PLAN_FUNDS]),
    ("I. KẾT QUẢ NĂM 2026", "Nguồn thu sự nghiệp của các trung tâm khuyến nông năm 2026 đạt 12,6 tỷ đồng.",
     [PLAN_FUNDS]),
    ("I. ĐÁNH GIÁ TÌNH HÌNH", "Năm 2025, thu ngân sách nhà nước trên địa bàn huyện đạt 412 tỷ đồng.", [PLAN_FUNDS]),
    # must match: revenue under a heading that names the budget, revenue of the plan's years, past spending
    ("I. THU NGÂN SÁCH NHÀ NƯỚC", "Tổng thu ngân sách trên địa bàn tỉnh năm 2026 đạt 5.216 tỷ đồng.",
     [("Tổng thu ngân sách trên địa bàn tỉnh năm 2026", "total", 2026, 5_216_000_000_000), PLAN_FUNDS]),
    ("I. THỰC TRẠNG", "Dự kiến thu ngân sách trên địa bàn năm 2028 đạt 6.100 tỷ đồng.",
     [("Thu ngân sách trên địa bàn năm 2028", "total", 2028, 6_100_000_000_000), PLAN_FUNDS]),
]


@pytest.mark.parametrize("heading, sentence, expected", PAST_REVENUE,
                         ids=["tong-thu-thuc-trang", "nguon-thu-ket-qua", "thu-nsnn-danh-gia", "thu-heading-names-budget",
                              "thu-plan-year"])
def test_a_past_years_takings_in_the_situation_are_no_budget(heading, sentence, expected):
    assert _situation(sentence, heading) == expected


# A fund named as the donor of the plan's money ("nguồn viện trợ của Quỹ X khoảng N", "tài trợ từ Quỹ Y")
# is a mobilized source; the money raised into a fund ("vận động Quỹ Vì người nghèo được N") stays none.
DONOR_FUND = [
    # must match
    ("Tổng kinh phí 9,6 tỷ đồng, trong đó ngân sách tỉnh 7,2 tỷ đồng; nguồn viện trợ của Quỹ Phát triển nông thôn "
     "quốc tế khoảng 2,4 tỷ đồng.",
     [("total", "total", None, 9_600_000_000), ("total", "local", None, 7_200_000_000),
      ("total", "mobilized", None, 2_400_000_000)]),
    ("Ngân sách huyện 640 triệu đồng; tài trợ từ Quỹ Hỗ trợ nông dân 180 triệu đồng.",
     [("total", "local", None, 640_000_000), ("total", "mobilized", None, 180_000_000)]),
    # must not: money raised into a fund, a fund's own takings
    ("Năm 2027, vận động Quỹ Vì người nghèo được 1.350 triệu đồng.", []),
    ("Quỹ Đền ơn đáp nghĩa tiếp nhận ủng hộ 820 triệu đồng.", []),
]


@pytest.mark.parametrize("sentence, expected", DONOR_FUND, ids=["vien-tro-cua-quy", "tai-tro-tu-quy", "van-dong-quy",
                                                                "quy-tiep-nhan"])
def test_a_fund_that_gives_the_money_is_a_source(sentence, expected):
    assert _funds(sentence) == expected


# A task table's time column ("Thời gian", "Thời gian thực hiện", "Tiến độ", "Thời hạn") holds when a task
# is done ("2027", "2027 - 2028"), not money: its year is no amount. The money column beside it, and the
# year columns of a table by year ("Năm 2027" over amounts), stay amounts.
def _items(table: str) -> list[tuple]:
    from extractors.tables.budget import extract_budget_tables
    body = ("III. NHIỆM VỤ VÀ KINH PHÍ\n\nCác nhiệm vụ và kinh phí thực hiện như sau:\n\n" + table +
            "\n\nIV. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.\n")
    doc = build_document(read((HEAD + body).encode(), "plan.md"))
    found = extract_budget_tables(doc, PERIOD, [])
    return [(i["row_label"], i["year"], i["source"], i["amount_vnd"]) for i in found["items"]]


TIME_COLUMN = [
    # must not: the year a task is done in, under "Thời gian" / "Tiến độ"
    ("| TT | Nội dung | Kinh phí (triệu đồng) | Nguồn kinh phí | Thời gian |\n|---|---|---|---|---|\n"
     "| 1 | Khảo sát vùng nguyên liệu | 320 | Ngân sách tỉnh | 2027 |\n"
     "| 2 | Xây dựng mô hình ủ phân hữu cơ | 1.150 | Xã hội hóa | 2027 - 2028 |\n",
     [("Khảo sát vùng nguyên liệu", None, "local", 320_000_000),
      ("Xây dựng mô hình ủ phân hữu cơ", None, "mobilized", 1_150_000_000)]),
    ("| TT | Nội dung | Kinh phí (triệu đồng) | Tiến độ |\n|---|---|---|---|\n"
     "| 1 | Tập huấn quy trình canh tác tuần hoàn | 275 | 2028 |\n",
     [("Tập huấn quy trình canh tác tuần hoàn", None, "total", 275_000_000)]),
    # must match: the years of a table by year are its amounts' years
    ("| TT | Nội dung | Năm 2027 | Năm 2028 |\n|---|---|---|---|\n"
     "| 1 | Tập huấn quy trình canh tác tuần hoàn | 140 | 135 |\n",
     [("Tập huấn quy trình canh tác tuần hoàn", 2027, "total", 140_000_000),
      ("Tập huấn quy trình canh tác tuần hoàn", 2028, "total", 135_000_000)]),
]


@pytest.mark.parametrize("table, expected", TIME_COLUMN, ids=["thoi-gian", "tien-do", "year-columns"])
def test_a_time_column_holds_no_amounts(table, expected):
    assert _items(table) == expected


# A project's sum named "Dự án N. <its title>: N tỷ đồng (sources)": the dot after the project's number
# ends no clause, so the sum and its parts are the project's. A sentence that ends on a year still ends
# its clause.
PROJECT_DOT = [
    # must match
    ("Tổng kinh phí: 27,4 tỷ đồng. Trong đó:\n\n- Dự án 2. Phát triển du lịch sinh thái rừng ngập mặn: 18,6 tỷ đồng "
     "(ngân sách tỉnh 15 tỷ đồng, xã hội hóa 3,6 tỷ đồng);\n\n- Dự án 3. Truyền thông: 8,8 tỷ đồng.",
     [("total", "total", None, 27_400_000_000), ("Dự án 2", "total", None, 18_600_000_000),
      ("Dự án 2", "local", None, 15_000_000_000), ("Dự án 2", "mobilized", None, 3_600_000_000),
      ("Dự án 3", "total", None, 8_800_000_000)]),
    # must not: a sentence that ends on a year, then a budget line
    ("Kế hoạch thực hiện từ năm 2027. Chi thường xuyên: 2.150 triệu đồng.",
     [("Chi thường xuyên", "total", 2027, 2_150_000_000)]),
]


@pytest.mark.parametrize("funds, expected", PROJECT_DOT, ids=["du-an-n-dot", "year-dot"])
def test_a_projects_number_and_dot_end_no_clause(funds, expected):
    assert _funds(funds) == expected


# A year that opens a list of sums with a colon ("Năm 2027: ngân sách tỉnh N, ngân sách huyện M; năm
# 2028: ...") is the year of each sum after it up to the next ";" or sentence; a sum after the ";" with
# no year of its own has none.
YEAR_COLON = [
    # must match
    ("Năm 2027: ngân sách tỉnh 2.100 triệu đồng, ngân sách huyện 640 triệu đồng; năm 2028: ngân sách tỉnh 2.350 "
     "triệu đồng, ngân sách huyện 710 triệu đồng.",
     [("total", "local", 2027, 2_100_000_000), ("total", "local", 2027, 640_000_000),
      ("total", "local", 2028, 2_350_000_000), ("total", "local", 2028, 710_000_000)]),
    # must not: after the ";" a sum of no year (named by the work it pays for: "Duy tu công trình")
    ("Năm 2027: ngân sách tỉnh 1.200 triệu đồng; kinh phí duy tu công trình 300 triệu đồng.",
     [("total", "local", 2027, 1_200_000_000), ("Duy tu công trình", "total", None, 300_000_000)]),
]


@pytest.mark.parametrize("funds, expected", YEAR_COLON, ids=["two-years", "after-semicolon"])
def test_a_year_before_a_colon_dates_the_sums_after_it(funds, expected):
    assert _funds(funds) == expected


# "Tổng cộng 2 năm: N", "Tổng cộng cả giai đoạn: N", "Tổng kinh phí 5 năm: N": the plan's sum over its years
# (total), not a budget line named "Tổng cộng 2 năm"; a sum named by what it is for stays that.
TOTAL_OVER_YEARS = [
    # must match
    ("Ngân sách huyện 1.650 triệu đồng; ngân sách xã 800 triệu đồng. Tổng cộng 2 năm: 2.450 triệu đồng.",
     [("total", "local", None, 1_650_000_000), ("total", "local", None, 800_000_000),
      ("total", "total", None, 2_450_000_000)]),
    ("Tổng cộng cả giai đoạn: 4 tỷ 120 triệu đồng.", [("total", "total", None, 4_120_000_000)]),
    # must not: a line named by what it is for
    ("Chi sự nghiệp môi trường 2 năm: 960 triệu đồng.", [("Chi sự nghiệp môi trường 2 năm", "total", None, 960_000_000)]),
]


@pytest.mark.parametrize("funds, expected", TOTAL_OVER_YEARS, ids=["tong-cong-2-nam", "ca-giai-doan", "chi-su-nghiep"])
def test_the_total_over_the_years_is_the_plans(funds, expected):
    assert _funds(funds) == expected


# A heading that names the targets by year or field ("3. Các chỉ tiêu theo năm", "Các chỉ tiêu phấn đấu
# đến năm 2028", "Chỉ tiêu theo từng lĩnh vực") sets specific objectives, its table's rows or its items;
# a heading about following the indicators up ("3. Các chỉ tiêu theo dõi, đánh giá") does not.
def _objectives(block: str) -> list[tuple]:
    from extractors.fields.objectives import extract_objectives
    from extractors.segment import outline
    doc = build_document(read((HEAD + "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nPhát triển nông nghiệp tuần hoàn.\n\n" + block +
                               "\n\nII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.\n").encode(), "plan.md"))
    return [(o["kind"], o["text"][:30].rstrip(), [t["value"] for t in o["targets"] if t["unit"] == "percent"])
            for o in extract_objectives(doc, outline(doc), PERIOD)]


GENERAL_ROW = ("general", "Phát triển nông nghiệp tuần ho", [])
TARGET_HEADINGS = [
    # must match
    ("3. Các chỉ tiêu theo năm\n\n| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 | Năm 2028 |\n|---|---|---|---|---|---|\n"
     "| 1 | Tỷ lệ phụ phẩm cây trồng được tái sử dụng | % | 40 | 48 | 55 |\n",
     [GENERAL_ROW, ("specific", "Tỷ lệ phụ phẩm cây trồng được", [48.0, 55.0])]),
    ("2. Các chỉ tiêu phấn đấu đến năm 2028\n\n- Tỷ lệ hộ chăn nuôi có hầm biogas đạt 35%.",
     [GENERAL_ROW, ("specific", "Tỷ lệ hộ chăn nuôi có hầm biog", [35.0])]),
    # must not: following the indicators up
    ("3. Các chỉ tiêu theo dõi, đánh giá\n\n- Tỷ lệ mô hình được nghiệm thu: báo cáo 6 tháng, 01 năm.", [GENERAL_ROW]),
]


@pytest.mark.parametrize("block, expected", TARGET_HEADINGS, ids=["theo-nam-table", "phan-dau", "theo-doi"])
def test_a_heading_of_targets_by_year_sets_objectives(block, expected):
    assert _objectives(block) == expected


# A group row between an indicator table's header and its first level row ("I. Chỉ tiêu về thu nhập" spread
# over the columns, as an HTML colspan reads, or alone in the label cell) names the rows under it: it is
# no header line, and adds no "chỉ tiêu" to every column's head. A second header row of years stays header.
HEAD_ROW = "| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 | Năm 2028 |\n|---|---|---|---|---|---|\n"
LEVEL_ROW = "| 1 | Tỷ lệ phụ phẩm cây trồng được tái sử dụng | % | 40 | 48 | 55 |\n"
GROUP_ROWS = [
    # must match
    ("3. Các chỉ tiêu theo năm\n\n" + HEAD_ROW + "| " + " | ".join(["I. Chỉ tiêu về môi trường"] * 6) + " |\n" + LEVEL_ROW,
     [GENERAL_ROW, ("specific", "Tỷ lệ phụ phẩm cây trồng được", [48.0, 55.0])]),
    ("3. Các chỉ tiêu theo năm\n\n" + HEAD_ROW + "| | II. Chỉ tiêu về môi trường | | | | |\n" + LEVEL_ROW,
     [GENERAL_ROW, ("specific", "Tỷ lệ phụ phẩm cây trồng được", [48.0, 55.0])]),
    # must not: a second header row of years
    ("3. Các chỉ tiêu theo năm\n\n| TT | Chỉ tiêu | ĐVT | Kế hoạch | Kế hoạch |\n|---|---|---|---|---|\n"
     "| | | | Năm 2027 | Năm 2028 |\n| 1 | Tỷ lệ phụ phẩm cây trồng được tái sử dụng | % | 48 | 55 |\n",
     [GENERAL_ROW, ("specific", "Tỷ lệ phụ phẩm cây trồng được", [48.0, 55.0])]),
]


@pytest.mark.parametrize("block, expected", GROUP_ROWS, ids=["spread-group-row", "label-cell-group-row", "year-header-row"])
def test_a_group_row_ends_an_indicator_tables_header(block, expected):
    assert _objectives(block) == expected


# A table in pdftotext -layout text whose short labels run into the first amount one space after them in
# every row ("1    Năm 2027 8.400      5.000 ..."): those amounts are a column of their own (the total
# column), and the labels are the years. Labels that end on a year with the amounts set apart, or a
# label that ends on a number in one row only, stay whole.
LAYOUT_HEAD = ("TT   Năm             Tổng số      Ngân sách   Ngân sách   Xã hội hóa\n"
               "                                  tỉnh        huyện\n")


def _layout_items(rows: str) -> list[tuple]:
    return _items("Phân theo năm và nguồn (đơn vị tính: triệu đồng):\n" + LAYOUT_HEAD + rows)


GLUED_FIRST = [
    # must match: the total column glued to the labels in every row
    ("1    Năm 2027 8.400               5.000       1.400       2.000\n"
     "2    Năm 2028 10.200              6.000       1.700       2.500\n",
     [("Năm 2027", 2027, "total", 8_400_000_000), ("Năm 2027", 2027, "local", 5_000_000_000),
      ("Năm 2027", 2027, "local", 1_400_000_000), ("Năm 2027", 2027, "mobilized", 2_000_000_000),
      ("Năm 2028", 2028, "total", 10_200_000_000), ("Năm 2028", 2028, "local", 6_000_000_000),
      ("Năm 2028", 2028, "local", 1_700_000_000), ("Năm 2028", 2028, "mobilized", 2_500_000_000)]),
    # must not: the amounts set apart from labels that end on a year
    ("1    Năm 2027        8.400       5.000       1.400       2.000\n"
     "2    Năm 2028        10.200      6.000       1.700       2.500\n",
     [("Năm 2027", 2027, "total", 8_400_000_000), ("Năm 2027", 2027, "local", 5_000_000_000),
      ("Năm 2027", 2027, "local", 1_400_000_000), ("Năm 2027", 2027, "mobilized", 2_000_000_000),
      ("Năm 2028", 2028, "total", 10_200_000_000), ("Năm 2028", 2028, "local", 6_000_000_000),
      ("Năm 2028", 2028, "local", 1_700_000_000), ("Năm 2028", 2028, "mobilized", 2_500_000_000)]),
]


@pytest.mark.parametrize("rows, expected", GLUED_FIRST, ids=["glued-total-column", "years-set-apart"])
def test_a_total_column_glued_to_every_label_is_a_column(rows, expected):
    assert _layout_items(rows) == expected
