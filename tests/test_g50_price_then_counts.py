"""Probing hold-out round G50's cost estimate (tests/invented/build_g50.py) in prose: a line's price written first,
its counts after it.

An estimate told in prose computes each line as "- Tiền ăn: 150.000 đồng x 50 người x 2 ngày = 15.000.000 đồng":
the price, then "x" and the counts, then "=" and the line's cost. A price was known as a factor only with its counts
before it ("01 giải x 3.000.000 đồng = 3.000.000 đồng"); written first, it was read as a sum of its own (scope total)
and the cost after it as a line named "X 50 người x 2 ngày =" (budget_statements: TIMES_AFTER). Must-not rows: the
counts before the price (already a factor); an amount followed by "=" and no factor ("= 100% dự toán"). Every name
and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.budget_statements import extract_statements
from extractors.formats import read

TITLE = "Tổ chức Hội thi Tuyên truyền viên giỏi huyện Yên Thượng năm 2026"


def _statements(funds: str) -> list[tuple]:
    text = ("ỦY BAN NHÂN DÂN\n\nHUYỆN YÊN THƯỢNG\n\nSố: 58/KH-UBND\n\nYên Thượng, ngày 16 tháng 3 năm 2026\n\n"
            f"KẾ HOẠCH\n\n{TITLE}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao kỹ năng tuyên truyền.\n\nII. KINH PHÍ\n\n"
            f"{funds}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nPhòng Văn hóa và Thông tin chủ trì tổ chức Hội thi.\n")
    doc = build_document(read(text.encode(), "plan.txt"))
    found = extract_statements(doc, {"start_year": 2026, "end_year": 2026}, TITLE)
    for s in found:
        assert s["raw"] in doc.text[s["span"]["start"]: s["span"]["end"]]
    return [(s["scope"], s["source"], s["amount_vnd"]) for s in found]


@pytest.mark.parametrize("funds, expected", [
    # must: the price first, then the counts and the line's cost
    ("- Tiền ăn: 150.000 đồng x 50 người x 2 ngày = 15.000.000 đồng.\n\n"
     "- Thuê hội trường: 5.000.000 đồng x 2 ngày = 10.000.000 đồng.",
     [("Tiền ăn", "total", 15_000_000), ("Thuê hội trường", "total", 10_000_000)]),
    ("Kinh phí: 12.000.000 đồng x 3 đợt = 36.000.000 đồng từ nguồn xã hội hóa.",
     [("total", "mobilized", 36_000_000)]),
    # must not: the counts before the price
    ("- Giải Nhất: 01 giải x 3.000.000 đồng = 3.000.000 đồng.", [("Giải Nhất", "total", 3_000_000)]),
    # must not: "=" with no factor
    ("Tổng kinh phí là 25.000.000 đồng = 100% dự toán.", [("total", "total", 25_000_000)]),
])
def test_a_price_before_its_counts_is_a_factor(funds, expected):
    assert _statements(funds) == expected
