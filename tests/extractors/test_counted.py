"""`counted` and the table roles on budget tables of our own (tests/cases/counted.yaml):
summary tables and their appendices, a summary row with no appendix, 'Trong đó' lines,
several figures for one year, sources beside years, two breakdowns of one total, and the
coincidences that must not make a summary."""

from collections import Counter

import pytest
import yaml

from extractors.tables.roles import _finest, _subtree, outline
from tests.conftest import CASES
from tests.counting import overlap_problems, role_problems, total_row_problems
from tests.extractors.test_budget_tables import budget_of

CASES_ = yaml.safe_load((CASES / "counted.yaml").read_text(encoding="utf-8"))
PERIOD = {"start_year": 2024, "end_year": 2025}


@pytest.mark.parametrize("case", CASES_, ids=lambda c: c["name"][:60])
def test_counted_and_roles(case):
    out = budget_of(case["text"], "plan.md", PERIOD)
    roles = {t["id"]: t["summarizes"] for t in out["tables"] if t["summarizes"]}
    assert roles == case["roles"]
    assert {t["id"]: t["role"] for t in out["tables"]} == \
        {t["id"]: "summary" if t["id"] in case["roles"] else "detail" for t in out["tables"]}
    counted = [i for i in out["items"] if i["counted"]]
    assert sum(i["amount_vnd"] for i in counted) == case["total"]
    if "by_year" in case:
        by_year = Counter()
        for i in counted:
            by_year[i["year"]] += i["amount_vnd"]
        assert dict(by_year) == case["by_year"]
    if "by_source" in case:
        by_source = Counter()
        for i in counted:
            by_source[i["source"]] += i["amount_vnd"]
        assert dict(by_source) == case["by_source"]
    for tid, want in case.get("counted_rows", {}).items():
        got = []
        for i in counted:
            name = i["row_code"] or i["row_label"]
            if i["table"] == tid and name not in got:
                got.append(name)
        assert got == want, tid
    assert total_row_problems(out) == []
    assert overlap_problems(out) == []
    assert role_problems(out) == []


def test_without_counting_the_items_count_twice():
    """The reason for `counted`: summing every item (or every 'item' row) over these
    documents overstates them, summing the counted ones does not."""
    for case in CASES_:
        out = budget_of(case["text"], "plan.md", PERIOD)
        leaf_rows = sum(i["amount_vnd"] for i in out["items"] if i["row_kind"] == "item")
        if case["roles"] or "Trong đó" in case["text"]:
            assert leaf_rows > case["total"], case["name"]


@pytest.mark.parametrize("values, want", [
    ({0: 10, 1: 4, 2: 6}, {1, 2}),  # parts add up: the parts count
    ({0: 10, 1: 4}, {0}),  # a part only ("Trong đó"): the whole counts
    ({0: 10, 1: 7, 2: 6}, {0}),  # parts over the whole (two breakdowns): the whole counts
    ({1: 4, 2: 6}, {1, 2}),  # no whole: the parts
    ({0: 10}, {0}),  # no parts
    ({}, set()),
])
def test_finest_level_whose_parts_add_up(values, want):
    from decimal import Decimal
    parent = {0: None, 1: 0, 2: 0}
    assert _finest([1, 2, 0], parent, {k: Decimal(v) for k, v in values.items()}) == want


def test_outline_notes_bullets_and_the_total_row():
    from extractors.tables.checks import Row
    rows = [Row("", "TỔNG CỘNG", "total", []), Row("I", "Thu nội địa", "group", []),
            Row("1", "Thuế giá trị gia tăng", "item", []), Row("", "Trong đó: thu từ doanh nghiệp", "item", []),
            Row("", "- Khu vực ngoài quốc doanh", "item", []), Row("", "Ghi nhận thêm", "item", []),
            Row("2", "Phí, lệ phí", "item", []), Row("", "- Ngân sách trung ương", "summary", [])]
    assert outline(rows) == [None, 0, 1, 2, 2, 4, 1, None]
    assert _subtree(2, outline(rows)) == [2, 3, 4, 5]
    # a table with no codes at all: every row is an item under the total
    plain = [Row("", "Hội thảo", "item", []), Row("", "Tập huấn", "item", []), Row("", "Cộng", "total", [])]
    assert outline(plain) == [2, 2, None]
