"""Budget statements in prose, table-driven: tests/cases/budget_prose.yaml holds short texts of
our own, each with the statements it must give (scope, source, year, amount in VND, in order:
the must-match rows) and the readings it must not give (the must-not-match rows: the wrong
scope, source or year a rule once gave for that shape). Every statement's span must hold the
amount as written."""

from pathlib import Path

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.budget_statements import _units, extract_statements
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


@pytest.mark.parametrize("lines,joined", [
    # an open line, a footnote and its bullet, then the rest in lower case: one sentence
    (["Tính đến ngày 30/9/2026, đã phân bổ 90% kế hoạch vốn", "7 Quyết định số 12/QĐ-UBND ngày 05/01/2026.",
      "- Chi thường xuyên: 300 tỷ đồng.", "được giao với tổng dự toán là 800 tỷ đồng."],
     "Tính đến ngày 30/9/2026, đã phân bổ 90% kế hoạch vốn được giao với tổng dự toán là 800 tỷ đồng."),
    # the line before the footnote ended its sentence: nothing to join
    (["Tổng dự toán được giao là 800 tỷ đồng.", "7 Quyết định số 12/QĐ-UBND ngày 05/01/2026.",
      "được giao với tổng dự toán là 800 tỷ đồng."], None),
    # a capitalised line after the footnote starts a sentence of its own
    (["Tính đến ngày 30/9/2026, đã phân bổ 90% kế hoạch vốn", "7 Quyết định số 12/QĐ-UBND ngày 05/01/2026.",
      "Tổng dự toán được giao là 800 tỷ đồng."], None),
])
def test_a_sentence_cut_by_footnotes_is_one_unit_with_the_same_offsets(lines, joined):
    doc = build_document(read(("\n".join(lines) + "\n").encode("utf-8"), "report.txt"))
    units = [u for u in _units(doc) if u.joined]
    if joined is None:
        assert units == []
        return
    [unit] = units
    assert " ".join(unit.text.split()) == joined
    assert "Quyết định" not in unit.text  # the footnote between is blanked out
    assert len(unit.text) == unit.blocks[-1].end - unit.start  # offsets as in the document
    at = unit.text.index("800 tỷ đồng")
    assert doc.text[unit.start + at: unit.start + at + len("800 tỷ đồng")] == "800 tỷ đồng"
