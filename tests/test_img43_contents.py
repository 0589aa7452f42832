"""Round IMG43: a table of contents scanned (extractors/formats/ocr.py page_number_told, leader_dots,
repair_roman_sequence's "TH.").

G65's Writer plan with a "MỤC LỤC" between its title and its bases, scanned at 300 dpi and for an archive: the entry
"1. Mục tiêu chung ........ 1" read "1. Mục tiêu chung ¬—." with its "1" far right (its leader's dots no words: the
line cut in two at the gap), "2. Mục tiêu cụ thể ........ 2" with its page number read alone at 69 (dropped), "III."
read "TH.": the contents not told, read as the plan's headings, the legal basis under them lost and the issuer's
sentence taken for a responsibility. Now: the dots on the number's foot make the line one (leader_dots); a page
number the entries above and below tell is taken read less surely (page_number_told); "TH." between "II." and "IV."
is "III.". Every input is invented.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr


@pytest.mark.parametrize("again, conf, above, below, taken", [
    # must: read under LOW_CONF, between its neighbours' page numbers (one of them at least)
    ("2", 68.7, 1, 2, "2"),
    ("5", 55.0, 3, None, "5"),
    ("1", 60.0, None, 4, "1"),
    ("12", 71.0, 12, 15, "12"),
    # must-not: below PAGE_TOLD_CONF; out of its neighbours' order; no neighbour; no page number
    ("2", 40.0, 1, 2, None),
    ("7", 68.0, 1, 2, None),
    ("1", 68.0, 3, None, None),
    ("2", 68.0, None, None, None),
    ("2a", 90.0, 1, 3, None),
])
def test_page_number_told(again, conf, above, below, taken):
    assert ocr.page_number_told(again, conf, above, below) == taken


def _strip(height=40, width=300, dots=range(10, 290, 12), row=34, size=3):
    ink = np.zeros((height, width), dtype=bool)
    for x in dots:
        ink[row:row + size, x:x + size] = True
    return ink


def test_leader_dots():
    # must: a row of dots along the foot, from end to end of the gap
    assert ocr.leader_dots(_strip())
    assert ocr.leader_dots(_strip(dots=range(4, 296, 8), size=2))
    # must-not: nothing; dots at mid-height (a word's letters, a dash); dots only at one end; one long rule; letters
    assert not ocr.leader_dots(_strip(dots=()))
    assert not ocr.leader_dots(_strip(row=15))
    assert not ocr.leader_dots(_strip(dots=range(10, 100, 12)))
    rule = np.zeros((40, 300), dtype=bool)
    rule[34:36, 5:295] = True
    assert not ocr.leader_dots(rule)
    letters = _strip()
    letters[5:30, 150:160] = True
    assert not ocr.leader_dots(letters)


@pytest.mark.parametrize("numbers, repaired", [
    # must: "III." read "TH." (the first stroke's serif a T, the other two an H) between "II." and "IV."
    (["I.", "II.", "TH.", "IV."], ["I.", "II.", "III.", "IV."]),
    (["II.", "TI.", "IV."], ["II.", "III.", "IV."]),
    # must-not: "TH." not between its neighbours, or after another sign
    (["I.", "TH.", "IV."], ["I.", "TH.", "IV."]),
    (["II/", "TH.", "IV/"], ["II/", "TH.", "IV/"]),
])
def test_roman_read_with_t(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired
