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


from extractors.fields.objectives import SPECIFIC  # noqa: E402

HEADINGS = [
    # must match: a heading of specific targets, of a field too
    ("Các chỉ tiêu chủ yếu về y tế", True),
    ("3. Nhóm chỉ tiêu về môi trường đến năm 2030", True),
    ("Chỉ tiêu đối với giáo dục:", True),
    ("Chỉ tiêu về tuyển quân năm 2026", True),
    ("Mục tiêu cụ thể", True),
    # must not: a sentence, an allotment, a heading that only starts with the word
    ("Chỉ tiêu về y tế. Tỷ lệ tiêm chủng đạt 90%", False),
    ("Chỉ tiêu phân bổ kinh phí cho các xã", False),
    ("Chỉ tiêu kế hoạch giao cho các huyện", False),
    ("Giao chỉ tiêu về tuyển quân cho các xã", False),
]


@pytest.mark.parametrize("heading,specific", HEADINGS, ids=[h[0] for h in HEADINGS])
def test_specific_headings(heading, specific):
    assert bool(SPECIFIC.search(heading)) is specific


def test_a_field_s_targets_heading_gives_its_items():
    text = ("KẾ HOẠCH\nPhát triển nhân lực năm 2026\nI. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao chất lượng nhân lực.\n"
            "2. Các chỉ tiêu chủ yếu về y tế\na) Số bác sĩ trên 10.000 dân đạt 12 bác sĩ.\n"
            "b) Tỷ lệ tiêm chủng đầy đủ cho trẻ em duy trì trên 95%.\nII. NHIỆM VỤ\n1. Đào tạo nghề.\n")
    found, _ = objectives_of(text, "plan.txt")
    assert [(o["section"], o["kind"], [t["value"] for t in o["targets"] if t["unit"] == "percent"]) for o in found] == [
        ("I.1", "general", []), ("I.2", "specific", []), ("I.2", "specific", [95.0])]
