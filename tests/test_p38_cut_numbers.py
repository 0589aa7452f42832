"""A narrow table cell that breaks a number or a year where it no longer fits (LibreOffice and Word break a token
that is wider than the cell): "45," / "9" is 45,9, "Năm 202" / "6" is Năm 2026, "202" / "7" is 2027 (a PDF's cells,
layout.wrap.cell_text). Found with round G27's five-year annex printed by LibreOffice (lo-pdf): its indicator row and
year headers were lost. A list of numbers, two values a line, a number beside words are left as they were."""

import pytest

from extractors.layout.wrap import cell_text

ROWS = [
    # must: a decimal cut after its comma, a year cut in a header cell
    ("45,\n9", "45,9"),
    ("12,\n75", "12,75"),
    ("7,\n5%", "7,5%"),
    ("Năm 202\n6", "Năm 2026"),
    ("năm 201\n9", "năm 2019"),
    ("Năm 20\n28", "Năm 2028"),
    ("202\n7", "2027"),
    ("199\n8", "1998"),
    # must not: two values, a list, words and numbers, a count then its unit
    ("12\n15", "12 15"),
    ("1, 2,\n3", "1, 2, 3"),
    ("Xã 3,\n4 và 5", "Xã 3, 4 và 5"),
    ("Năm 2025\n2026", "Năm 2025 2026"),
    ("Kế hoạch 202\nngày 5", "Kế hoạch 202 ngày 5"),
    ("450\n9", "450 9"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_number_cut_by_a_narrow_cell_is_one_number(text, expected):
    assert cell_text(text) == expected
