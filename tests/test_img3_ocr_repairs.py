"""Scans (helper IMG3): the OCR path's misreads of plain, archive and low (200 dpi, JPEG 60)
scans, at the level of the cells' and the lines' text. The lines are invented."""

import numpy as np
import pytest

from extractors.formats import ocr

# A cell that may hold a number is read again with the `eng` model. (first reading's lines,
# its confidence, the `eng` reading of the same crop, its confidence) -> (the psm it is read
# with, the text taken)
NUMBER_CELLS = [
    # a number wrapped in a narrow column: read as a block, its lines joined
    (("48.000.0\n00", 90), ("48.000.0\n00", 91), ("6", "48.000.000")),
    (("2.750.00\n0", 62), ("2.750.00\n0", 81), ("6", "2.750.000")),
    # the first reading misread a digit ("S" for 5): the second is taken
    (("S.000.00\n0", 67), ("5.000.00\n0", 59), ("6", "5.000.000")),
    # both well formed, the first read more surely: the first is kept
    (("3.500.00\n0", 85), ("3.900.00\n0", 67), ("6", "3.500.000")),
    # both well formed, the second read more surely: the second is taken
    (("3.900.00\n0", 60), ("3.500.00\n0", 88), ("6", "3.500.000")),
    # must not: a cell of one line is read as one line, its text as read
    (("12.400", 58), ("12.400", 80), ("7", "12.400")),
    (("2026 - 2027", 90), ("2026 - 2027", 91), ("7", "2026 - 2027")),
    (("II", 40), ("II", 90), ("7", "II")),
]


@pytest.mark.parametrize("first,second,expected", NUMBER_CELLS)
def test_number_cells_read_again(monkeypatch, first, second, expected):
    seen = []

    def read_cells(crops, lang, psm, timeout, whitelist=None):
        seen.extend(psm for _ in crops)
        return [second for _ in crops]

    monkeypatch.setattr(ocr, "read_cells", read_cells)
    (text, _conf), = ocr._read_numbers_again([np.zeros((4, 4), np.uint8)], [first], 10.0)
    assert (seen, text) == ([expected[0]], expected[1])
