"""A scan's issuer wrapped inside "cơ quan": "ĐẢNG ỦY KHỐI CÁC CƠ" / "QUAN TỈNH" (round IMG11's Đảng ủy Khối). Its
"QUAN", marks set aside, is the level word "quận", and the words after it, "TỈNH", are spelt "Tỉnh" in the body
("Ban Thường vụ Tỉnh ủy"), so the place repair read the line as a district "QUẬN TỈNH" and the issuer became "Đảng ủy
Khối các cơ quận Tỉnh". A level word is never the place after a level word: the repair leaves such a pair; a level
and a place the body spells otherwise are still respelled."""

from __future__ import annotations

import pytest

from extractors.fields.header import _Evidence, _place_read_again, issuer_from_caps

BODY = ("Thực hiện Nghị quyết của Ban Thường vụ Tỉnh ủy Hòa Nguyên; Ban Thường vụ Tỉnh ủy chỉ đạo các cơ quan, "
        "đơn vị; Hòa Nguyên, ngày 12 tháng 3 năm 2026; Tỉnh ủy Hòa Nguyên giao")


@pytest.mark.parametrize("lines,expected", [
    # must: the body's spelling of the place after its level word (marks lost or misplaced by OCR)
    (["HỘI NÔNG DÂN TÍNH HOA", "NGUYEN"], ["HỘI NÔNG DÂN TỈNH HÒA", "NGUYÊN"]),
    # must not: "cơ quan" wrapped before "tỉnh" is no district
    (["ĐẢNG ỦY KHỐI CÁC CƠ", "QUAN TỈNH"], ["ĐẢNG ỦY KHỐI CÁC CƠ", "QUAN TỈNH"]),
    (["ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "TỈNH"], ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "TỈNH"]),
])
def test_place_read_again(lines, expected):
    assert _place_read_again(lines, _Evidence(BODY)) == expected


def test_the_issuer_keeps_its_co_quan():
    lines = _place_read_again(["ĐẢNG ỦY KHỐI CÁC CƠ", "QUAN TỈNH"], _Evidence(BODY))
    assert issuer_from_caps(lines) == "Đảng ủy Khối các cơ quan tỉnh"
