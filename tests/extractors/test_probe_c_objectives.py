"""Objective shapes probed in round C: a lead-in line that is only a year ("a) Năm
2026:", "Riêng năm 2027:") dates the items under it until its sibling; a lead-in that
only mentions a year as a baseline does not; an item's own "Đến năm 2028, ..." wins over
its group's year; a dashed lead over "+" items ends at the next dash."""

import pytest

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline


def years_of(text: str) -> list[tuple[str, int | None]]:
    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    return [(o["text"][:18], o["target_year"]) for o in extract_objectives(doc, outline(doc))]


CASES = [
    # must date the items
    ("a lettered year over bullets, then a lettered 'Đến năm'",
     "I. MỤC TIÊU\n1. Mục tiêu cụ thể\na) Năm 2026:\n- 100% trường học có nhà vệ sinh.\n- Xây mới 12 phòng học.\n"
     "b) Đến năm 2030:\n- 90% trẻ em đi học đúng độ tuổi.\nII. NHIỆM VỤ\n",
     [("100% trường học có", 2026), ("Xây mới 12 phòng h", 2026), ("90% trẻ em đi học ", 2030)]),
    ("'Riêng năm' on a bullet of its own",
     "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Riêng năm 2027:\n+ Trồng mới 300 ha rừng.\n+ Giảm 2% hộ nghèo.\nII. NHIỆM VỤ\n",
     [("Trồng mới 300 ha r", 2027), ("Giảm 2% hộ nghèo.", 2027)]),
    # must not date the items: the year is a baseline, or the sibling closes the group
    ("a baseline year in the lead-in",
     "I. MỤC TIÊU\n2. Mục tiêu cụ thể\na) So với năm 2025:\n- Giảm 10% số vụ tai nạn giao thông.\nII. NHIỆM VỤ\n",
     [("Giảm 10% số vụ tai", None)]),
    ("the sibling after a year's group has no year",
     "I. MỤC TIÊU\n2. Mục tiêu cụ thể\na) Năm 2026:\n- 100% xã có tủ sách pháp luật.\n"
     "b) Nâng tỷ lệ hộ dùng nước sạch lên 95%.\nII. NHIỆM VỤ\n",
     [("100% xã có tủ sách", 2026), ("Nâng tỷ lệ hộ dùng", None)]),
    # an item's own year wins over its group's; a bullet like the lead's closes the lead's group
    # once the items under it were marked otherwise ("+" under "-")
    ("an item's own year, and a dashed lead over plus items",
     "I. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n- Đến hết năm 2027:\n+ 100% trạm y tế có bác sĩ.\n"
     "+ 95% người dân có hồ sơ sức khỏe.\n- Đến năm 2028, 40% bác sĩ có trình độ sau đại học.\n"
     "- Tỷ lệ tiêm chủng đạt 98%.\nII. NHIỆM VỤ\n",
     [("100% trạm y tế có ", 2027), ("95% người dân có h", 2027), ("Đến năm 2028, 40% ", 2028),
      ("Tỷ lệ tiêm chủng đ", 2030)]),
    # must keep the group: dashed items under a dashed lead
    ("dashed items under a dashed lead keep its year",
     "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Đến hết năm 2027:\n- 100% trạm y tế có bác sĩ.\n"
     "- 95% người dân có hồ sơ sức khỏe.\nII. NHIỆM VỤ\n",
     [("100% trạm y tế có ", 2027), ("95% người dân có h", 2027)]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_year_lead_in_lines(name, text, want):
    assert years_of(text) == want
