"""Objectives left to an appendix (tests/cases/appendix_objectives.yaml): an item under "Mục
tiêu cụ thể" that only points to an appendix stands for the rows of the indicator table there;
an appendix of another kind, another appendix's table, or an item with levels of its own leaves
the item as it is. Spans hold the row's text and each target's raw cell."""

from pathlib import Path

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline

CASES = yaml.safe_load((Path(__file__).parents[1] / "cases" / "appendix_objectives.yaml").read_text(encoding="utf-8"))
HEAD = "KẾ HOẠCH\n\nPhát triển thương mại năm 2026\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao năng lực.\n\n2. Mục tiêu cụ thể\n\n"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_objectives_left_to_an_appendix(case):
    head = HEAD if "head" not in case else "KẾ HOẠCH\n\nCải cách hành chính năm 2027\n\n" + case["head"]
    doc = build_document(read((head + case["body"]).encode(), "plan.md"))
    found = [o for o in extract_objectives(doc, outline(doc)) if o["kind"] == "specific"]
    assert [[o["text"], o["target_year"], [t["value"] for t in o["targets"]]] for o in found] == case["objectives"]
    for o in found:
        assert o["section"] == case.get("section", "I.2")
        assert o["text"] in doc.text[o["span"]["start"]: o["span"]["end"]]
        for t in o["targets"]:
            assert t["raw"] in doc.text[t["span"]["start"]: t["span"]["end"]]
