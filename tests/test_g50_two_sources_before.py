"""Probing hold-out round G50's festival plan (tests/invented/build_g50.py) in other words: a sum whose label names
two sources before it.

An event's money is told as "Kinh phí thực hiện từ nguồn ngân sách tỉnh và nguồn xã hội hóa là N" or "... từ nguồn xã
hội hóa và ngân sách tỉnh bố trí trong dự toán năm 2028 của Sở Y tế, tổng cộng N": the sum of both, of no one source
(total), as a sum with the two sources after it already was ("N từ ngân sách xã và nguồn xã hội hóa"); the first
source the label named had been taken (local). Must-not rows: one source named (local), each source with its own
amount (a part each), a raised part named with its donors ("Vận động xã hội hóa (Nguồn hỗ trợ của Unicef và các
nguồn vốn hợp pháp khác)": one source, though the words hold "và"). Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

TITLE = "Tổ chức Tháng hành động vì an toàn thực phẩm tỉnh Hà Lĩnh năm 2028"


def _statements(funds: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÀ LĨNH\n\nSố: 88/KH-UBND\n\nHà Lĩnh, ngày 02 tháng 3 năm 2028\n\n"
            f"KẾ HOẠCH\n\n{TITLE}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức về an toàn thực phẩm.\n\n"
            f"II. KINH PHÍ\n\n{funds}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Y tế là cơ quan thường trực.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_statements(doc, {"start_year": 2028, "end_year": 2028}, TITLE)
    for s in found:
        assert s["raw"] in doc.text[s["span"]["start"]: s["span"]["end"]]
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in found]


M = 1_000_000


@pytest.mark.parametrize("funds, expected", [
    # must: two sources named before the sum
    ("Kinh phí thực hiện từ nguồn ngân sách tỉnh và nguồn xã hội hóa là 650 triệu đồng.", [("total", "total", 650 * M)]),
    ("Kinh phí thực hiện từ nguồn xã hội hóa và ngân sách tỉnh, tổng cộng 650 triệu đồng.",
     [("total", "total", 650 * M)]),
    ("Kinh phí thực hiện từ nguồn xã hội hóa và ngân sách tỉnh bố trí trong dự toán năm 2028 của Sở Y tế, tổng cộng "
     "650 triệu đồng.", [("total", "total", 650 * M)]),
    # must not: one source named
    ("Kinh phí thực hiện từ ngân sách tỉnh là 650 triệu đồng.", [("total", "local", 650 * M)]),
    # must not: each source with its own amount
    ("Kinh phí thực hiện là 650 triệu đồng, trong đó: ngân sách tỉnh 450 triệu đồng; nguồn xã hội hóa 200 triệu đồng.",
     [("total", "total", 650 * M), ("total", "local", 450 * M), ("total", "mobilized", 200 * M)]),
    # must not: a budget brought in by "lồng ghép" (the act, no second source)
    ("Kinh phí thực hiện được lồng ghép từ ngân sách tỉnh là 1.200 triệu đồng.", [("total", "local", 1_200 * M)]),
    # must not: a raised part named with its donors, one source
    ("Kinh phí thực hiện là 900 triệu đồng, trong đó:\n\n- Ngân sách tỉnh: 400 triệu đồng;\n\n- Vận động xã hội hóa "
     "(Nguồn hỗ trợ của Unicef và các nguồn vốn hợp pháp khác): 500 triệu đồng.",
     [("total", "total", 900 * M), ("total", "local", 400 * M), ("total", "mobilized", 500 * M)]),
])
def test_a_sum_of_two_sources_named_before_it(funds, expected):
    assert _statements(funds) == expected
