"""Hold-out round G50 (tests/invented/build_g50.py): two shapes of a plan's money in prose.

1. The plan's whole sum named with the area the plan covers: "Tổng nguồn vốn thực hiện Chương trình năm 2024 trên địa
   bàn huyện là N, trong đó: ..." (a district's plan of a national target programme). "trên địa bàn huyện" (and the
   year before it) had kept the label a budget line "Vốn thực hiện Chương trình năm 2024 trên địa bàn huyện" of its
   own, and every source after it a part of that line; the area is the plan's own, as "Tổng vốn thực hiện Chương trình
   là N" was already the whole (PLAIN_WORDS' "địa bàn"; NOT_IN_SCOPE drops the year before "trên địa bàn").
   Must-not rows: a line named by an area of its own ("Vốn đầu tư trên địa bàn các xã đặc biệt khó khăn"), a budget
   line that stays one ("Tổng thu ngân sách nhà nước ... trên địa bàn huyện").
2. A part of the plan's sum from a budget named by the sector it is spent on ("trong đó: ngân sách quốc phòng phân cấp
   cho Bộ Chỉ huy năm 2026 là N", "kinh phí an ninh của Công an tỉnh N" in a border-guard or police plan): a source the
   codes do not name, "other" (SOURCE_PART); it had been read as the sum's whole source "total", or as a line "An ninh
   của Công an tỉnh". Must-not rows: the central budget, the kinds of capital.

Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

TITLE = "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn huyện Sông Mã Thượng năm 2026"


def _statements(funds: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nHUYỆN SÔNG MÃ THƯỢNG\n\nSố: 95/KH-UBND\n\nSông Mã Thượng, ngày 04 tháng 3 năm 2026\n\n"
            f"KẾ HOẠCH\n\n{TITLE}\n\nI. MỤC TIÊU\n\nHoàn thành các chỉ tiêu được giao.\n\nII. NGUỒN VỐN\n\n{funds}\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nPhòng Tài chính - Kế hoạch theo dõi, tổng hợp.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_statements(doc, {"start_year": 2026, "end_year": 2026}, TITLE)
    for s in found:
        assert s["raw"] in doc.text[s["span"]["start"]: s["span"]["end"]]
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in found]


M = 1_000_000


@pytest.mark.parametrize("funds, expected", [
    # must: the whole of the programme's money in the plan's area, the year between, its sources the whole's parts
    ("Tổng nguồn vốn thực hiện Chương trình năm 2026 trên địa bàn huyện là 54.300 triệu đồng, trong đó: vốn ngân sách "
     "trung ương 40.100 triệu đồng; vốn ngân sách tỉnh 8.200 triệu đồng; vốn huy động 6.000 triệu đồng.",
     [("total", "total", 54_300 * M), ("total", "central", 40_100 * M), ("total", "local", 8_200 * M),
      ("total", "mobilized", 6_000 * M)]),
    # must: the area without a year
    ("Tổng vốn thực hiện Kế hoạch trên địa bàn huyện là 12.500 triệu đồng.", [("total", "total", 12_500 * M)]),
    # must not: the sum's own source after it (already the whole)
    ("Tổng kinh phí thực hiện Kế hoạch năm 2026 trên địa bàn huyện là 3.450 triệu đồng từ ngân sách huyện.",
     [("total", "local", 3_450 * M)]),
    # must not: a line named by an area of its own
    ("Vốn đầu tư trên địa bàn các xã đặc biệt khó khăn là 18.000 triệu đồng.",
     [("Vốn đầu tư trên địa bàn các xã đặc biệt khó khăn", "total", 18_000 * M)]),
])
def test_the_plans_whole_in_its_area(funds, expected):
    assert _statements(funds) == expected


def test_a_revenue_line_in_the_area_stays_a_line():
    # must not: a budget line of its own, in the area (its year no part of its name, as at the label's end)
    ((scope, source, amount),) = _statements("Tổng thu ngân sách nhà nước năm 2026 trên địa bàn huyện là 215 tỷ đồng.")
    assert scope.startswith("Tổng thu ngân sách nhà nước") and (source, amount) == ("total", 215_000 * M)


@pytest.mark.parametrize("funds, expected", [
    # must: a part from the defence budget, from the security budget
    ("Kinh phí bảo đảm là 820 triệu đồng, trong đó: ngân sách quốc phòng cấp cho Ban Chỉ huy năm 2026 là 520 triệu "
     "đồng; ngân sách huyện hỗ trợ 300 triệu đồng.",
     [("total", "total", 820 * M), ("total", "other", 520 * M), ("total", "local", 300 * M)]),
    ("Tổng kinh phí là 410 triệu đồng, trong đó: kinh phí an ninh của Công an tỉnh 260 triệu đồng; ngân sách tỉnh 150 "
     "triệu đồng.", [("total", "total", 410 * M), ("total", "other", 260 * M), ("total", "local", 150 * M)]),
    # must not: a level's budget, the kinds of capital
    ("Tổng kinh phí là 410 triệu đồng, trong đó: ngân sách trung ương 260 triệu đồng; ngân sách tỉnh 150 triệu đồng.",
     [("total", "total", 410 * M), ("total", "central", 260 * M), ("total", "local", 150 * M)]),
    ("Tổng kinh phí là 410 triệu đồng, trong đó: vốn sự nghiệp 260 triệu đồng; vốn đầu tư phát triển 150 triệu đồng.",
     [("total", "total", 410 * M), ("Vốn sự nghiệp", "total", 260 * M), ("Vốn đầu tư phát triển", "total", 150 * M)]),
])
def test_a_part_from_a_sectors_budget(funds, expected):
    assert _statements(funds) == expected
