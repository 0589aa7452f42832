"""Round IMG43: a money unit's two words read as one (extractors/formats/ocr.py repair_glued_unit, in repair_line).

G63's workbook with hidden sheets, its estimate annex on a phone's photo: "ĐVT: triệu đồng" read "ĐVT: triệuđồng _":
the unit not told, the annex's twelve amounts lost (13/13/25). A multiplier glued to "đồng" is the two words (one
box still). Every input is invented.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


@pytest.mark.parametrize("read, right", [
    # must: the multiplier glued to "đồng", marks as read or lost, signs about it kept
    (["ĐVT:", "triệuđồng"], ["ĐVT:", "triệu đồng"]),
    (["(ĐVT:", "nghìnđồng)"], ["(ĐVT:", "nghìn đồng)"]),
    (["Đơn", "vị", "tính:", "tỷđồng"], ["Đơn", "vị", "tính:", "tỷ đồng"]),
    (["ĐVT:", "Triệuđồng."], ["ĐVT:", "Triệu đồng."]),
    (["1.250", "triêuđông;"], ["1.250", "triêu đông;"]),
    # must-not: the words apart, "đồng" alone, a place, another word glued
    (["ĐVT:", "triệu", "đồng"], ["ĐVT:", "triệu", "đồng"]),
    (["Đồng", "Tháp"], ["Đồng", "Tháp"]),
    (["tỉnh", "Đồng", "Nai"], ["tỉnh", "Đồng", "Nai"]),
    (["cánhđồng", "lớn"], ["cánhđồng", "lớn"]),
])
def test_glued_unit(read, right):
    assert ocr.repair_glued_unit(read) == right
    assert ocr.repair_line(read) == ocr.repair_line(right)
