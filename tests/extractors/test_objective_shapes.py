"""Objectives sections, table-driven (tests/cases/objective_shapes.yaml): a school year's end
("đến hết năm học 2026 - 2027") as the target year, a heading's own year ("Chỉ tiêu cụ thể
năm 2027"), items numbered inside one paragraph ("(1) ...; (2) ...") as objectives each, a
horizon heading ("Định hướng đến năm 2030") beside the general and specific ones; and what
is none of these. Spans hold each objective's text and each target's raw."""

from pathlib import Path

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline

CASES = yaml.safe_load((Path(__file__).parents[1] / "cases" / "objective_shapes.yaml").read_text(encoding="utf-8"))
HEAD = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\nI. MỤC TIÊU\n"
TAIL = "II. NHIỆM VỤ\n1. Tuyên truyền.\n"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_objective_shapes(case):
    doc = build_document(read((HEAD + case["body"] + TAIL).encode(), "plan.txt"))
    found = extract_objectives(doc, outline(doc))
    got = [[o["kind"], o["text"], o["target_year"], [t["value"] for t in o["targets"] if t["unit"] == "percent"]]
           for o in found]
    assert len(got) == len(case["objectives"]), got
    for g, (kind, start, year, values) in zip(got, case["objectives"]):
        assert g[0] == kind and g[1].startswith(start) and g[2] == year and g[3] == values, got
    for o in found:
        assert o["text"] in doc.text[o["span"]["start"]: o["span"]["end"]]
        for t in o["targets"]:
            assert t["raw"] in doc.text[t["span"]["start"]: t["span"]["end"]]
