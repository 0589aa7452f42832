"""A whole's label that names the plan's own works with the year it runs over: "Tổng kế hoạch vốn đầu tư công năm
2027 của 04 dự án trọng điểm là N, trong đó: vốn ngân sách trung ương A; ...; vốn ODA B" in a plan titled "Đầu tư
công năm 2027 các dự án trọng điểm ...": the plan's whole sum (scope total, its parts by source, ODA "other"), as
"Tổng vốn đầu tư công của các dự án" already was; it had been read as a budget line "Kế hoạch vốn ... của 04 dự án
trọng điểm", and the ODA part under it as a line "Vốn ODA" of its own. Found by round G48's public-investment page
(tests/invented/build_g48.py). Must-not rows: works of a kind the title does not name ("Tổng vốn của 04 dự án giao
thông là N; tổng vốn của 02 dự án thủy lợi là M": each a line), a part's "tổng vốn của ..." under a sum, a label
without "Tổng". Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read


def _statements(title: str, funds: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nTỈNH TÂY BẢO\n\nSố: 412/KH-UBND\n\nTây Bảo, ngày 14 tháng 12 năm 2028\n\nKẾ HOẠCH\n\n"
            f"{title}\n\nI. MỤC TIÊU\n\nHoàn thành các dự án đúng tiến độ.\n\nII. KẾ HOẠCH VỐN\n\n{funds}\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính theo dõi, tổng hợp.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_statements(doc, {"start_year": 2029, "end_year": 2029}, title)
    for s in found:
        assert s["raw"] in doc.text[s["span"]["start"]: s["span"]["end"]]
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in found]


B = 1_000_000_000


@pytest.mark.parametrize("title, funds, expected", [
    # must: the plan's works, its kind named in the title, the year between
    ("Đầu tư công năm 2029 các dự án trọng điểm tỉnh Tây Bảo",
     "Tổng kế hoạch vốn đầu tư công năm 2029 của 05 dự án trọng điểm là 731,5 tỷ đồng, trong đó: vốn ngân sách trung "
     "ương 402 tỷ đồng; vốn ngân sách tỉnh 211,5 tỷ đồng; vốn ODA 118 tỷ đồng.",
     [("total", "total", 731_500_000_000), ("total", "central", 402 * B), ("total", "local", 211_500_000_000),
      ("total", "other", 118 * B)]),
    # must: the works unqualified, the year between
    ("Kế hoạch vốn năm 2029 các công trình hạ tầng nông thôn",
     "Tổng vốn năm 2029 của 12 công trình là 96 tỷ đồng.", [("total", "total", 96 * B)]),
    ("Đầu tư xây dựng trường học năm 2029", "Tổng vốn đầu tư năm 2029 của các công trình là 58,2 tỷ đồng.",
     [("total", "total", 58_200_000_000)]),
    # must not: works of a kind the title does not name, each a line of its own
    ("Đầu tư công năm 2029 tỉnh Tây Bảo",
     "Tổng vốn của 04 dự án giao thông là 500 tỷ đồng; tổng vốn của 02 dự án thủy lợi là 300 tỷ đồng.",
     [("Vốn của 04 dự án giao thông", "total", 500 * B), ("Vốn của 02 dự án thủy lợi", "total", 300 * B)]),
    # must not: a part's "tổng vốn của ..." under the plan's sum
    ("Đầu tư công năm 2029 các dự án trọng điểm tỉnh Tây Bảo",
     "Tổng vốn là 900 tỷ đồng, trong đó: tổng vốn của 04 dự án trọng điểm là 500 tỷ đồng.",
     [("total", "total", 900 * B), ("Vốn của 04 dự án trọng điểm", "total", 500 * B)]),
    # must not: no "Tổng"
    ("Đầu tư công năm 2029 các công trình tỉnh Tây Bảo", "Vốn đầu tư năm 2029 của 06 công trình là 75 tỷ đồng.",
     [("Vốn đầu tư năm 2029 của 06 công trình", "total", 75 * B)]),
])
def test_a_whole_of_the_plans_works(title, funds, expected):
    assert _statements(title, funds) == expected
