"""Probing hold-out round G50's new-rural-area plan (tests/invented/build_g50.py) in other words: the whole a programme
raises from every source.

A province's or a district's plan of a national target programme names its money as "Tổng nguồn vốn huy động thực
hiện Chương trình ... là N, trong đó: vốn ngân sách trung ương A; vốn ngân sách địa phương B; vốn tín dụng C; vốn
doanh nghiệp D; cộng đồng dân cư đóng góp E": "huy động" is the act of raising the programme's means, and N the whole
of every source (total); it had been read as money raised from the people and firms (mobilized), a source beside
the parts it sums (budget_statements._whole_source). Must-not rows: a whole raised from whom the label names ("từ các
doanh nghiệp", "xã hội hóa") stays mobilized; a whole with no "huy động" keeps its own reading. Every name and number
below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

TITLE = "Xây dựng nông thôn mới tỉnh Bắc Hà Giang năm 2028"


def _statements(funds: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nTỈNH BẮC HÀ GIANG\n\nSố: 231/KH-UBND\n\nBắc Hà Giang, ngày 09 tháng 02 năm 2028\n\n"
            f"KẾ HOẠCH\n\n{TITLE}\n\nI. MỤC TIÊU\n\nCó thêm 12 xã đạt chuẩn nông thôn mới nâng cao.\n\n"
            f"II. NGUỒN VỐN\n\n{funds}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Nông nghiệp và Môi trường theo dõi, tổng hợp.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_statements(doc, {"start_year": 2028, "end_year": 2028}, TITLE)
    for s in found:
        assert s["raw"] in doc.text[s["span"]["start"]: s["span"]["end"]]
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in found]


B = 1_000_000_000


@pytest.mark.parametrize("funds, expected", [
    # must: the whole raised, its parts by source
    ("Tổng nguồn vốn huy động thực hiện Chương trình trên địa bàn tỉnh năm 2028 là 1.245 tỷ đồng, trong đó: vốn ngân "
     "sách trung ương 415 tỷ đồng; vốn ngân sách địa phương 380 tỷ đồng; vốn tín dụng 300 tỷ đồng; vốn doanh nghiệp 90 "
     "tỷ đồng; cộng đồng dân cư đóng góp 60 tỷ đồng.",
     [("total", "total", 1245 * B), ("total", "central", 415 * B), ("total", "local", 380 * B),
      ("total", "other", 300 * B), ("total", "mobilized", 90 * B), ("total", "mobilized", 60 * B)]),
    # must: "nguồn lực", "vốn được huy động", no parts after it
    ("Tổng nguồn lực huy động năm 2028 là 312 tỷ đồng.", [("total", "total", 312 * B)]),
    ("Tổng vốn được huy động thực hiện Kế hoạch là 96 tỷ đồng.", [("total", "total", 96 * B)]),
    # must not: raised from whom the label names, or by "xã hội hóa"
    ("Tổng vốn huy động từ các doanh nghiệp là 90 tỷ đồng.", [("total", "mobilized", 90 * B)]),
    ("Tổng kinh phí huy động xã hội hóa là 2 tỷ đồng.", [("total", "mobilized", 2 * B)]),
    # must not: a whole with no "huy động"
    ("Tổng vốn thực hiện Kế hoạch là 75 tỷ đồng từ ngân sách tỉnh.", [("total", "local", 75 * B)]),
])
def test_the_whole_a_programme_raises(funds, expected):
    assert _statements(funds) == expected
