"""A sum drawn from a budget and a fund joined by "và" ("từ nguồn ngân sách xã và Quỹ hỗ trợ nông dân tỉnh"): two
sources, so the sum is of all of them (source total), as "ngân sách xã và nguồn vận động" already was; it had been
read as the budget's alone (local). Found by G35's district decision (its plan's total "từ nguồn ngân sách huyện và
Quỹ phòng, chống thiên tai tỉnh"). Must-not rows: one source, a fund alone, a list naming each source's own sum.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

HEAD = ("ỦY BAN NHÂN DÂN\n\nHUYỆN LẠC KHÊ\n\nSố: 61/KH-UBND\n\nLạc Khê, ngày 9 tháng 1 năm 2029\n\nKẾ HOẠCH\n\n"
        "Hỗ trợ nông dân năm 2029\n\nI. MỤC TIÊU\n\nHỗ trợ nông dân.\n\nII. KINH PHÍ\n\n")


def _statements(funds: str) -> list[tuple]:
    doc = build_document(read((HEAD + funds + "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nPhòng Tài chính hướng dẫn.\n").encode(),
                              "plan.txt"))
    return [(s["source"], s["amount_vnd"]) for s in extract_statements(doc)]


@pytest.mark.parametrize("funds, expected", [
    # must: a budget and a fund joined by "và": of both
    ("Tổng kinh phí thực hiện Kế hoạch năm 2029 là 2.340.000 nghìn đồng, từ nguồn ngân sách xã và Quỹ hỗ trợ nông "
     "dân tỉnh.", [("total", 2_340_000_000)]),
    ("Tổng kinh phí là 850 triệu đồng từ ngân sách huyện và quỹ phòng, chống thiên tai tỉnh.",
     [("total", 850_000_000)]),
    # must not: one source
    ("Tổng kinh phí thực hiện là 2.340.000 nghìn đồng, từ nguồn ngân sách xã.", [("local", 2_340_000_000)]),
    # must not: a list naming each source's own sum: the fund's sum stays other
    ("Tổng kinh phí là 900 triệu đồng, gồm: ngân sách huyện 600 triệu đồng; Quỹ hỗ trợ nông dân 300 triệu đồng.",
     [("total", 900_000_000), ("local", 600_000_000), ("other", 300_000_000)]),
])
def test_a_budget_and_a_fund(funds, expected):
    assert _statements(funds) == expected
