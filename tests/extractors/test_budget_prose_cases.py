"""Budget statements in prose, table-driven: tests/cases/budget_prose.yaml holds short texts of
our own, each with the statements it must give (scope, source, year, amount in VND, in order:
the must-match rows) and the readings it must not give (the must-not-match rows: the wrong
scope, source or year a rule once gave for that shape). Every statement's span must hold the
amount as written."""

from pathlib import Path

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read
from normalizers.money import find_money

CASES = yaml.safe_load((Path(__file__).parents[1] / "cases" / "budget_prose.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_budget_prose(case):
    doc = build_document(read(case["text"].encode("utf-8"), case.get("file", "plan.txt")))
    period = dict(zip(("start_year", "end_year"), case.get("period") or (None, None)))
    found = extract_statements(doc, period)
    rows = [[s["scope"], s["source"], s["year"], s["amount_vnd"]] for s in found]
    assert rows == case["want"]
    for row in case.get("not_want", []):
        assert row not in rows
    for s in found:  # the span holds the amount as written, and it reads back to the same sum
        held = doc.text[s["span"]["start"]: s["span"]["end"]]
        assert held == s["raw"]
        assert [m.amount_vnd for m in find_money(held)] == [s["amount_vnd"]]
