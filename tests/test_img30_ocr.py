"""Round IMG30: G36's and G37's documents as scans (OCR path).

- a "Đ" read three times, once as the eth ("08-NQ/ĐH", an italic congress's code set in a serif, read "08-NQ/ĐÐĐH"
  at 49: the basis's number wrong) and read again alone as "08-NQ/DH", its bar lost: no code spells three barred
  letters in a row, so where the first reading holds such a run and no plain "D", a "D" of the reading again is the
  "Đ" whose bar it lost (ocr.letters_twice_read_again); a code's own double ("ĐĐBQH") is not such a run.

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


@pytest.mark.parametrize("first, again, expected", [
    # must: a barred letter read three times (once as the eth), read again alone with its bar lost
    ("08-NQ/ĐÐĐH", "08-NQ/DH", "08-NQ/ĐH"),
    ("15-KL/ĐÐĐU", "15-KL/DU", "15-KL/ĐU"),
    ("112-QĐ/ĐÐĐTN", "112-QD/DTN", "112-QĐ/ĐTN"),
    ("07-CT/ÐĐĐU", "07-CT/D U", "07-CT/ĐU"),
    # must not: two barred letters (a code may spell them) read again with the bar lost
    ("ĐÐBQH", "DBQH", None),
    ("21-NQ/ĐÐU", "21-NQ/DU", None),
    # must not: the reading again other letters, or no shorter
    ("08-NQ/ĐÐĐH", "08-NQ/DA", None),
    ("08-NQ/ĐÐĐH", "08-NQ/DDDDH", None),
    ("08-NQ/ĐÐĐH", "09-NQ/DH", None),
    # must not: no eth beside a barred letter in the first reading
    ("08-NQ/ĐĐĐH", "08-NQ/DH", None),
])
def test_barred_letter_read_three_times(first, again, expected):
    assert ocr.letters_twice_read_again(first, again) == expected
