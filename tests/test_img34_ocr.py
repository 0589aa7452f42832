"""Round IMG34: G44's and G45's documents as scans, and the earlier rounds' leftovers (OCR path).

- a mark over a letter of the next line (tight lines: the hook of "ủ" in "của" rising into the gap under "Thực") read
  as a comma glued after the word above ("Thực, hiện Kế hoạch số 19/KH-UBND ..."): the paragraph's opening words
  broken, a legal base lost on every kind. Tesseract's box of the word takes the mark in; the mark lies wholly under
  the word's letters, past their right end, where a comma of the word's own has its head on the baseline
  (ocr.mark_of_line_below, ocr._marks_read_as_commas);
- the archive line's clerk's office in a small font read "VE" / "VL" ("- Lưu: VE"): the first office after "Lưu:" is
  the clerk's, no office abbreviated so (ocr.repair_archive).

Everything here is invented: names, places, numbers; the word boxes are drawn, "#" for ink.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr


def _ink(art: str) -> np.ndarray:
    rows = [r for r in art.strip("\n").splitlines()]
    width = max(len(r) for r in rows)
    return np.array([[ch == "#" for ch in r.ljust(width, ".")] for r in rows])


# three letters on a band of rows (a stem, an "o", a "c"), then what lies under them
LETTERS = """
#.......................
#.......................
#...#####....#####......
#...#...#....#..........
#...#...#....#..........
#...#...#....#..........
####.####....#####......
"""
HOOK_PAST_END = LETTERS + """
........................
..............######....
..................###...
.................##.....
................##......
"""  # the hook of the next line's "ủ", under the "c" and past it
COMMA_OWN = """
#.......................
#.......................
#...#####....#####......
#...#...#....#..........
#...#...#....#..........
#...#...#....#.....##...
####.####....#####.##...
...................##...
..................##....
"""  # a comma on the baseline, its tail under it: one band with the letters
DOT_BELOW = LETTERS + """
........................
.....##.................
.....##.................
"""  # the dot under the "o" (a "ọ")
HOOK_UNDER_MIDDLE = LETTERS + """
........................
...######...............
........##..............
.......##...............
"""  # the next line's mark under the word, not past its end
BARE = LETTERS


@pytest.mark.parametrize("art, expected", [
    (HOOK_PAST_END, True),  # must
    (COMMA_OWN, False),  # must not: the word's own comma
    (DOT_BELOW, False),
    (HOOK_UNDER_MIDDLE, False),
    (BARE, False),
])
def test_mark_of_line_below(art, expected):
    assert ocr.mark_of_line_below(_ink(art)) is expected


def _page(art: str) -> np.ndarray:
    ink = _ink(art)
    gray = np.full((ink.shape[0] + 20, ink.shape[1] + 20), 255, dtype=np.uint8)
    gray[10:10 + ink.shape[0], 10:10 + ink.shape[1]][ink] = 0
    return gray


@pytest.mark.parametrize("text, art, expected", [
    ("Thực,", HOOK_PAST_END, "Thực"),  # must: the opening word of "Thực hiện Kế hoạch số 27/KH-UBND"
    ("Triển,", HOOK_PAST_END, "Triển"),  # must
    ("cháy,", COMMA_OWN, "cháy,"),  # must not: the word's own comma
    ("hoạch,", DOT_BELOW, "hoạch,"),
    ("2027,", HOOK_PAST_END, "2027,"),  # must not: a number's comma (a decimal's comma has no letter before it)
    (",", HOOK_PAST_END, ","),
    ("Thực", HOOK_PAST_END, "Thực"),  # nothing to drop
])
def test_marks_read_as_commas(text, art, expected):
    gray = _page(art)
    ink = _ink(art)
    word = {"text": text}
    ocr._marks_read_as_commas(gray, [word], {id(word): (10, 10, 10 + ink.shape[1], 10 + ink.shape[0])})
    assert word["text"] == expected


# The clerk's office first after "Lưu:" read with its T as an E or an L (a small font): the recipient 'Lưu: VT' lost.
@pytest.mark.parametrize("line, expected", [
    ("- Lưu: VE", "- Lưu: VT"),  # must
    ("- Lưu: VL.", "- Lưu: VT."),  # must
    ("- Lưu: VE, TCKH.", "- Lưu: VT, TCKH."),  # must
    ("+ Lưu : VL;", "+ Lưu : VT;"),  # must
    # must not: an office after the first, another office first, no "Lưu" line
    ("- Lưu: VT, VE.", "- Lưu: VT, VE."),
    ("- Lưu: VP, VL.", "- Lưu: VP, VL."),
    ("- Gửi: VE.", "- Gửi: VE."),
    ("- Lưu: VEN.", "- Lưu: VEN."),
])
def test_archive_first_office(line, expected):
    assert " ".join(ocr.repair_archive(line.split())) == expected
