"""Round IMG34: G44's and G45's documents as scans, and the earlier rounds' leftovers (OCR path).

- a mark over a letter of the next line (tight lines: the hook of "ủ" in "của" rising into the gap under "Thực") read
  as a comma glued after the word above ("Thực, hiện Kế hoạch số 19/KH-UBND ..."): the paragraph's opening words
  broken, a legal base lost on every kind. Tesseract's box of the word takes the mark in; the mark lies wholly under
  the word's letters, past their right end, where a comma of the word's own has its head on the baseline
  (ocr.mark_of_line_below, ocr._marks_read_as_commas);
- the archive line's clerk's office in a small font read "VE" / "VL" ("- Lưu: VE"): the first office after "Lưu:" is
  the clerk's, no office abbreviated so (ocr.repair_archive);
- a list's numbered headings on a cheap scan (200 dpi): "1 Phòng Kinh tế" (the stop read into the digit's box, none
  in its text), "2 . Ban Chỉ huy quân sự xã" (the stop a word of its own), ". Công an xã" (the digit dropped): the
  responsibilities lost. A bare number at the list's numbers' right edge, the number before it there one less or
  after it one more, takes the list's sign (ocr.repair_dropped_list_numbers); a number and a lone stop as near as a
  stop is set are one number (ocr.stop_apart, ocr._list_numbers_dropped);
- a recipient's note "(b/c)" with its small italic "c" read as a copyright sign or a capital ("- Bộ trưởng (b/©C);"):
  the recipient 'Bộ trưởng (b/©C)' (ocr.repair_report_note).

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
#...#...#....#......##..
####.####....#####..##..
....................##..
...................##...
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
COMMA_OWN_AND_MARK = COMMA_OWN + """
........................
.....................###
....................####
"""  # the word's own comma, a mark of the next line under it and past it ("ngành," over "Ủy")


@pytest.mark.parametrize("art, expected", [
    (HOOK_PAST_END, True),  # must
    (COMMA_OWN, False),  # must not: the word's own comma
    (DOT_BELOW, False),
    (HOOK_UNDER_MIDDLE, False),
    (BARE, False),
    (COMMA_OWN_AND_MARK, False),
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
    ("ngành,", COMMA_OWN_AND_MARK, "ngành,"),
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


# (a page's lines as (first word, its right edge, second word); the first words expected after)
BARE_ROWS = [
    # must: the first number's stop lost, the second's kept; the third's digit dropped
    ([("1", 97.9, "Phòng"), ("a)", 114.0, "Tham"), ("2.", 97.9, "Ban"), (".", 97.9, "Công")], ["1.", "a)", "2.", "3."]),
    # must: a later number's sign lost, the list numbered "1)"
    ([("1)", 61.0, "Sở"), ("-", 66.0, "Chủ"), ("2", 60.2, "Công")], ["1)", "-", "2)"]),
    # must-not: no numbered line beside it; another edge; numbers out of sequence; a small letter after it
    ([("1", 97.9, "Phòng"), ("2", 97.9, "Ban")], ["1", "2"]),
    ([("1", 90.0, "Phòng"), ("2.", 97.9, "Ban")], ["1", "2."]),
    ([("5", 97.9, "Phòng"), ("2.", 97.9, "Ban")], ["5", "2."]),
    # must-not: a table's row codes drawn without rules ("1", "2", "3"), a list at their edge before and after them
    ([("3.", 97.9, "Quảng"), ("1", 97.9, "Xây"), ("2", 97.9, "Tập"), ("3", 97.9, "Quảng"), ("1.", 97.9, "Sở"),
      ("2.", 97.9, "Sở")], ["3.", "1", "2", "3", "1.", "2."]),
    ([("1.", 97.9, "Mục"), ("1", 97.9, "Xây"), ("2", 97.9, "Tập"), ("3", 97.9, "Quảng")], ["1.", "1", "2", "3"]),
    ([("1.", 97.9, "Phòng"), ("2", 97.9, "tháng")], ["1.", "2"]),
]


@pytest.mark.parametrize("starts, expected", BARE_ROWS)
def test_bare_list_numbers(starts, expected):
    assert ocr.repair_dropped_list_numbers(starts) == expected


@pytest.mark.parametrize("first, gap, second, third, expected", [
    ("2", 2.1, ".", "Ban", "2."),  # must
    ("11", 1.0, ")", "Sở", "11)"),  # must
    ("2", 9.0, ".", "Ban", None),  # must-not: the stop far off
    ("2", 2.1, ".", "ban", None),
    ("2026", 2.0, ".", "Ban", None),
    ("a", 2.0, ".", "Ban", None),
])
def test_stop_apart(first, gap, second, third, expected):
    assert ocr.stop_apart(first, gap, second, third) == expected


def _w(text: str, x0: float, x1: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 16.0, "conf": 95.0}


@pytest.mark.parametrize("words, expected", [
    # must: "1" (its stop in its box), "2" "." apart, "." alone: the responsibilities' headings of a commune's plan
    ([_w("1", 86.9, 97.9, 200.0), _w("Phòng", 103.9, 149.5, 200.0), _w("Văn", 154.0, 175.0, 200.0),
      _w("2", 86.2, 93.4, 260.0), _w(".", 95.5, 97.9, 260.0), _w("Trạm", 103.9, 136.0, 260.0),
      _w("Y", 140.0, 148.0, 260.0),
      _w(".", 95.5, 97.9, 320.0), _w("Đoàn", 103.9, 136.0, 320.0), _w("Thanh", 140.0, 170.0, 320.0)],
     ["1. Phòng Văn", "2. Trạm Y", "3. Đoàn Thanh"]),
    # must-not: a number and a stop far apart, no list beside
    ([_w("2", 86.2, 93.4, 260.0), _w(".", 120.0, 122.0, 260.0), _w("Trạm", 130.0, 160.0, 260.0)], ["2 . Trạm"]),
])
def test_list_stops_apart_on_page(words, expected):
    ocr._list_numbers_dropped(words)
    lines: dict[int, list[dict]] = {}
    for w in words:
        lines.setdefault(round(w["top"] / 20), []).append(w)
    assert [" ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])) for _, line in sorted(lines.items())] \
        == expected


@pytest.mark.parametrize("line, expected", [
    ("- Bộ trưởng (b/©C);", "- Bộ trưởng (b/c);"),  # must
    ("- Bộ Tài chính (b/©);", "- Bộ Tài chính (b/c);"),  # must
    ("- TT Tỉnh ủy (b/C).", "- TT Tỉnh ủy (b/c)."),  # must
    ("- Sở Nội vụ ( b/©c );", "- Sở Nội vụ ( b/c );"),  # must: the brackets apart
    # must not: the note as written, no brackets, another word
    ("- Sở Nội vụ (b/c);", "- Sở Nội vụ (b/c);"),
    ("- Sở Nội vụ b/C", "- Sở Nội vụ b/C"),
    ("- Sở Nội vụ (b/Cu);", "- Sở Nội vụ (b/Cu);"),
])
def test_report_note_copyright(line, expected):
    assert " ".join(ocr.repair_report_note(line.split())) == expected
