"""Round IMG15: what the OCR path lost on G17's and G18's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG15")."""

import pytest

from extractors.formats import ocr


# A table's total wider than its narrow column, read on two lines ("31.500.00" / "0") in a table kept as lines (a
# page's last rows: the estimate's total on the next page): the total lost. The two lines are one amount, as
# cell_text glues them in a table of data; lines that are two amounts, a decimal or a code, or a number and a word,
# stay apart.
@pytest.mark.parametrize("text, lines", [
    ("31.500.00\n0", ["31.500.000"]),
    ("7.250.0\n00", ["7.250.000"]),
    ("128.400.\n000", ["128.400.000"]),
    ("1.080.00\n0.000", ["1.080.000.000"]),
    # must not: two amounts, an amount and its unit, a section number, a whole amount over a digit, a year
    ("1.500\n300", ["1.500", "300"]),
    ("31.500.00\nđồng", ["31.500.00", "đồng"]),
    ("2.5\n00", ["2.5", "00"]),
    ("1.500.000\n0", ["1.500.000", "0"]),
    ("Năm\n2024", ["Năm", "2024"]),
])
def test_amount_cut_at_cell_edge(text, lines):
    assert ocr.cell_lines(text) == lines
