"""Round IMG43: the marks of two words of one line lifted together and read as letters (extractors/formats/ocr.py
marks_over_words, _under_mark_read_as_letters).

G65's plan typed in one Excel sheet, scanned: its closing's rows set tight, the circumflex of "huyện" and the grave of
"Hòa" read "Ă" (at 7) and "Ẫ" (at 0) as one stretch of two words, on the line of the signer's "TM. ỦY BAN NHÂN DÂN"
set a little higher beside: put into the recipient ("UBND huyện Ă Hòa Ẫ Thượng") and standing between the label and
the list's first dash. Each word of such a stretch that lies as a mark over a word (its foot near that word's line's
top or its own ink's top) is a mark. Every input is invented.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


def _w(text, x0, x1, top, bottom, conf=96.0, ink=None):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf}, ink or (top, bottom)


def _lines(rows):
    lines, ink = [], {}
    for row in rows:
        line = []
        for w, box in row:
            ink[id(w)] = box
            line.append(w)
        lines.append(line)
    return lines, ink


def _marks(rows):
    lines, ink = _lines(rows)
    return sorted((sign["text"], under["text"]) for sign, under in ocr.marks_over_words(lines, ink))


# the signer's line beside (its band 483-495), the recipient's line under (484-505, its ink from 491)
SIGNER = [_w("TM.", 500.0, 522.0, 483.4, 494.6, 75.0, (483.4, 494.6)),
          _w("ỦY", 527.0, 543.0, 483.4, 496.1, 96.0, (483.4, 496.1))]
RECIPIENT = [_w("-", 58.0, 60.5, 484.3, 504.5, 93.0, (496.0, 497.0)),
             _w("UBND", 64.6, 96.0, 484.3, 504.5, 92.0, (491.5, 499.0)),
             _w("xã", 100.1, 112.0, 484.3, 504.5, 96.0, (493.0, 499.2)),
             _w("Tân", 116.0, 135.0, 484.3, 504.5, 96.0, (491.3, 499.2)),
             _w("Hưng", 139.0, 168.0, 484.3, 504.5, 96.0, (491.0, 502.0))]


@pytest.mark.parametrize("marks, found", [
    # must: two marks read as letters, each over a word of the line under, one stretch on the signer's line
    ([_w("Ă", 120.0, 123.1, 483.4, 494.6, 6.6, (490.8, 492.7)), _w("Ẫ", 145.0, 147.0, 483.4, 494.6, 0.0,
                                                                    (490.8, 492.7))],
     [("Ă", "Tân"), ("Ẫ", "Hưng")]),
    # ... three of them, one a letter and a sign
    ([_w("ˆ", 70.0, 73.0, 483.4, 494.6, 10.0, (489.0, 491.0)), _w("à", 104.0, 107.0, 483.4, 494.6, 20.0,
                                                                  (488.8, 491.2)),
      _w("v.", 150.0, 154.0, 483.4, 494.6, 31.0, (489.5, 491.5))],
     [("v.", "Hưng"), ("à", "xã")]),
    # must-not: a stretch with a word read surely; one with a word over no word; one with a word as tall as a letter
    ([_w("Ă", 120.0, 123.1, 483.4, 494.6, 6.6, (490.8, 492.7)), _w("An", 145.0, 158.0, 483.4, 494.6, 91.0,
                                                                    (486.0, 492.7))], []),
    ([_w("Ă", 120.0, 123.1, 483.4, 494.6, 6.6, (490.8, 492.7)), _w("Ẫ", 136.0, 137.5, 483.4, 494.6, 0.0,
                                                                    (490.8, 492.7))], []),
    ([_w("a)", 120.0, 128.0, 483.4, 494.6, 50.0, (484.0, 492.7)), _w("Ẫ", 145.0, 147.0, 483.4, 494.6, 0.0,
                                                                     (490.8, 492.7))], []),
])
def test_marks_of_two_words(marks, found):
    assert _marks([SIGNER, marks, RECIPIENT]) == sorted(found)


def test_lone_mark_near_ink_top():
    # a lone mark read as a letter whose foot meets the word's ink top, the word's line band set higher
    assert _marks([[_w("Ă", 120.0, 123.1, 483.4, 494.6, 6.6, (490.8, 492.7))], RECIPIENT]) == [("Ă", "Tân")]
    # ... but not one standing a line's height over it
    assert _marks([[_w("Ă", 120.0, 123.1, 470.0, 480.0, 6.6, (476.0, 478.0))], RECIPIENT]) == []
