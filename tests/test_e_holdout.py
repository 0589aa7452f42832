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
