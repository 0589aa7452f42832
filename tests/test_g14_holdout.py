"""Hold-out round G14 (a Cục's plan, a Huyện ủy's programme of action, a Hội LHPN's and a Tỉnh đoàn's plans, a Trung
tâm Khuyến nông's and a hospital's plans, a province's and a district's plans): the shapes its invented documents
(tests/invented/raw/g14_*) showed, each with rows that must match and rows that must not (other names, places and
numbers than the documents')."""

from __future__ import annotations

import pytest


def _statements(body: str) -> list[tuple[str, str, int]]:
    from extractors.document import build_document
    from extractors.fields.budget_statements import extract_statements
    from extractors.formats import read
    text = "KẾ HOẠCH\nCông tác năm 2027\n\nI. MỤC TIÊU\n\nĐạt 100% kế hoạch.\n\nII. KINH PHÍ\n\n" + body + \
        "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện./.\n"
    doc = build_document(read(text.encode(), "plan.md"))
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in extract_statements(doc, {"start_year": 2027,
                                                                                         "end_year": 2027})]


# One group of thousands set apart by a space before a scale word: "1 250 triệu đồng" is 1.250 million, as "1 200 000
# 000 đồng" (two groups and more) was read. Not when the number before the space is a code, a count or part of a date
# ("Dự án 1 250 triệu", "tháng 3 250 triệu", "ngày 15/3 250 triệu"), not two spaces, not a year ("Năm 2027 480
# triệu"), and not before "đồng" alone (no scale word).
@pytest.mark.parametrize("text, expected", [
    ("Tổng kinh phí: 2 340 triệu đồng.", [2_340_000_000]),
    ("kinh phí 1 075 tỷ đồng từ ngân sách", [1_075_000_000_000]),
    ("năm 2027: 4 600 triệu đồng; năm 2028: 3 125 triệu đồng", [4_600_000_000, 3_125_000_000]),
    ("(12 750 nghìn đồng)", [12_750_000]),
    ("dự kiến 7 500 tr.đ", [7_500_000_000]),
    # must not: a code, a count or a date before the group; two spaces; a year; no scale word
    ("Dự án 3 480 triệu đồng", [480_000_000]),
    ("Nhiệm vụ 2 320 triệu đồng", [320_000_000]),
    ("tháng 9 150 triệu đồng", [150_000_000]),
    ("ngày 20/10 640 triệu đồng", [640_000_000]),
    ("Năm 2027 480 triệu đồng", [480_000_000]),
    ("4  750 triệu đồng", [750_000_000]),
    ("đơn giá 2 300 đồng/kWh", [300]),
    ("3.250 triệu đồng", [3_250_000_000]),
])
def test_one_group_apart_by_a_space_before_a_scale_word(text, expected):
    from normalizers.money import find_money
    assert [m.amount_vnd for m in find_money(text)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Tổng kinh phí thực hiện: 3 480 triệu đồng, trong đó: năm 2027: 1 980 triệu đồng; năm 2028: 1 500 triệu đồng.",
     [("total", "total", 3_480_000_000), ("total", "total", 1_980_000_000), ("total", "total", 1_500_000_000)]),
])
def test_a_spaced_thousand_in_a_statement(body, expected):
    assert _statements(body) == expected
