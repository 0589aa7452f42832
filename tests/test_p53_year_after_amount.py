"""The year an amount is for written right after it: "Ngân sách tỉnh đảm bảo 1.250 triệu đồng trong năm 2026 và 1.400
triệu đồng trong năm 2027." Round P53 (G52's leftover): the first amount had no year, the second took the first's
year and its words as its scope ("Trong năm 2026 và"), and lost the province's budget. A year right after an amount,
up to the clause's end or the next amount, is that amount's; the next amount, joined by "và" alone, shares the
first's source (extractors.fields.budget_statements.YEAR_NEXT). Names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

HEAD = ("ỦY BAN NHÂN DÂN TỈNH VĨNH TRÀ\nSố: 58/KH-UBND\nKẾ HOẠCH\nPhát triển thể thao thành tích cao giai đoạn "
        "2026 - 2028\nIV. KINH PHÍ THỰC HIỆN\n")
TAIL = "V. TỔ CHỨC THỰC HIỆN\nSở Văn hóa, Thể thao và Du lịch chủ trì thực hiện Kế hoạch.\n"


def _statements(line: str) -> list[tuple[str, int | None, int]]:
    out = process("ke-hoach-58.txt", (HEAD + line + "\n" + TAIL).encode("utf-8"))
    for s in out.record.budget.statements:  # provenance
        assert out.text[s.span.start:s.span.end] == s.raw
    return [(s.source, s.year, s.amount_vnd) for s in out.record.budget.statements]


@pytest.mark.parametrize("line, expected", [
    # must: each amount its own year, the second the first's source
    ("Ngân sách tỉnh đảm bảo 1.250 triệu đồng trong năm 2026 và 1.400 triệu đồng trong năm 2027.",
     [("local", 2026, 1_250_000_000), ("local", 2027, 1_400_000_000)]),
    ("Ngân sách tỉnh bố trí 900 triệu đồng năm 2027 và 1.100 triệu đồng năm 2028.",
     [("local", 2027, 900_000_000), ("local", 2028, 1_100_000_000)]),
    # must not: a year before its amount, a sum for two years, as before
    ("Ngân sách tỉnh năm 2026 là 700 triệu đồng, năm 2027 là 800 triệu đồng.",
     [("local", 2026, 700_000_000), ("local", 2027, 800_000_000)]),
    ("Tổng kinh phí thực hiện là 2.000 triệu đồng cho năm 2026 và năm 2027.", [("total", None, 2_000_000_000)]),
])
def test_a_year_after_its_amount(line, expected):
    assert _statements(line) == expected
