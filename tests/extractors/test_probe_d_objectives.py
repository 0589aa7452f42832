"""Objectives from indicator tables (tests/cases/indicator_tables.yaml): a table under
"Mục tiêu cụ thể" gives one objective per row that sets a level, its cells the targets, the
last year a level is set for the target year; columns of results or starting levels, tables
of tasks and rows that only name a group give none. Also an item that sets levels year by
year ("năm 2026 đạt 60%, năm 2027 đạt 75%") aims at the last year. Spans hold the raw text."""

from pathlib import Path

import pytest
import yaml

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline

CASES = yaml.safe_load((Path(__file__).parents[1] / "cases" / "indicator_tables.yaml").read_text(encoding="utf-8"))
HEAD = "KẾ HOẠCH\n\nPhát triển văn hóa năm 2026\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao đời sống văn hóa.\n\n2. Mục tiêu cụ thể\n\n"
TAIL = "\n\nII. NHIỆM VỤ\n\n1. Tuyên truyền.\n"


def objectives_of(text: str, name: str = "plan.md") -> tuple[list[dict], str]:
    doc = build_document(read(text.encode(), name))
    return extract_objectives(doc, outline(doc)), doc.text


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_indicator_table(case):
    found, text = objectives_of(HEAD + case["table"] + TAIL)
    rows = [o for o in found if o["kind"] == "specific"]
    got = [[o["text"], o["target_year"], [[t["value"], t["unit"], t["bound"], t["raw"]] for t in o["targets"]]] for o in rows]
    assert got == case["objectives"]
    for o in rows:
        assert o["section"] == "I.2"
        assert o["text"] in text[o["span"]["start"]: o["span"]["end"]]
        for t in o["targets"]:
            assert t["raw"] in text[t["span"]["start"]: t["span"]["end"]]


YEARLY = [
    # must match: the last year a level is set for
    ("- Tỷ lệ dân số được quản lý sức khỏe: năm 2026 đạt 60%, năm 2027 đạt 75%, năm 2028 đạt 85%.", 2028),
    ("- Tỷ lệ văn bản điện tử: năm 2026: 80%; năm 2027: 90%.", 2027),
    ("- Năm 2027 đạt trên 70% số xã có mô hình điểm.", 2027),
    # must not: an item's own deadline wins; a starting level in brackets dates nothing; no year at all
    ("- Đến năm 2030, tỷ lệ đô thị hóa đạt 50%, năm 2026 đạt 40%.", 2030),
    ("- Tỷ lệ lao động qua đào tạo đạt 75% (năm 2025: 62%).", None),
    ("- Tỷ lệ hộ dùng nước sạch đạt 98%.", None),
]


@pytest.mark.parametrize("item,year", YEARLY, ids=[y[0][:40] for y in YEARLY])
def test_levels_year_by_year(item, year):
    found, _ = objectives_of(HEAD + item + TAIL, "plan.txt")
    specific = [o for o in found if o["kind"] == "specific"]
    assert len(specific) == 1 and specific[0]["target_year"] == year
