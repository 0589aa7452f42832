"""Round IMG30: G36's and G37's documents as scans (OCR path).

- a "Đ" read three times, once as the eth ("08-NQ/ĐH", an italic congress's code set in a serif, read "08-NQ/ĐÐĐH"
  at 49: the basis's number wrong) and read again alone as "08-NQ/DH", its bar lost: no code spells three barred
  letters in a row, so where the first reading holds such a run and no plain "D", a "D" of the reading again is the
  "Đ" whose bar it lost (ocr.letters_twice_read_again); a code's own double ("ĐĐBQH") is not such a run;
- a mark of the line below (the hat and acute of a bold title's "KẾ") inside a word's box, read as a capital vowel
  glued before the word ("Hà Lam," read "ẨHà" at 39 on a phone scanner app's page: the place "ẨHà Lam"): no syllable
  opens with a vowel then a capital, no code holds a tone, hat or horn. The word is read again alone from its box cut
  under the ink of its last letters (ocr.cut_under_rest: "Hà" at 96) and loses the letter where that reading is the
  word without it (ocr.speck_glued_before, ocr.speck_read_again);
- a table's short heading read as letters set apart ("TT" over a column of row numbers read "li l" at 51 on a cheap
  200 dpi scan, the digits' model "jlighig" at 29; "In Ãi" at 0 on a photo, a header row with no number the digits'
  model is asked about): the heading row taken for a row, fourteen budget items lost. Read once more as one word
  ("TT" at 95) where ocr.letters_apart_unread says so, taken on word_unread's terms;
- a receipt stamp's leftover stroke (its red taken off) read as a low line alone before a line's first word ("_ Số:
  96/KH-UBND" on an archive's scan: the number lost): no text (ocr.speck_opening_line,
  ocr.without_low_lines_opening).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import numpy as np
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


@pytest.mark.parametrize("first, expected", [
    # must: a capital vowel with a tone, a hat or a horn glued before a word in title case
    ("ẨHà", "Hà"),
    ("ỐSơn", "Sơn"),
    ("ỚPhước,", "Phước,"),
    ("ƯBắc", "Bắc"),
    # must not: a code's capitals, a word in capitals, a word in title case, a vowel without a mark
    ("TTr", None),
    ("ĐĐBQH", None),
    ("ẤP", None),
    ("Ấp", None),
    ("AHà", None),
    ("Hà", None),
])
def test_speck_glued_before(first, expected):
    assert ocr.speck_glued_before(first) == expected


@pytest.mark.parametrize("first, again, expected", [
    # must: read alone, the word without the letter, signs before it at most
    ("ẨHà", "Hà", "Hà"),
    ("ẨHà", "“Hà", "Hà"),
    ("ỐSơn", "_ Sơn", "Sơn"),
    # must not: read alone with the letter still (a word of its own glued, or the mark read again), other letters
    ("ẨHà", "ẨHà", None),
    ("ỞHà", "Ở Hà", None),
    ("ẨHà", "Hả", None),
    ("ẨHà", "", None),
    ("TTr", "Tr", None),
])
def test_speck_read_again(first, again, expected):
    assert ocr.speck_read_again(first, again) == expected


def _crop(blocks):
    crop = np.full((70, 110), 255, np.uint8)
    for y0, y1, x0, x1 in blocks:
        crop[y0:y1, x0:x1] = 0
    return crop


@pytest.mark.parametrize("blocks, share, height", [
    # must: a mark under the rest's line at the first letter's place is cut off (the rest's foot + 4 rows, 16 padded)
    ([(10, 41, 40, 95), (46, 52, 12, 28)], 2 / 3, 41 + 3 + 16),
    ([(20, 45, 30, 100), (50, 55, 5, 20)], 3 / 4, 45 + 3 + 16),
    # must not: nothing lower than the rest's ink; a descender under the rest itself; the mark within the rest's rows
    ([(10, 41, 40, 95)], 2 / 3, 70),
    ([(10, 41, 40, 95), (41, 55, 80, 86)], 2 / 3, 70),
    ([(10, 41, 40, 95), (20, 30, 12, 28)], 2 / 3, 70),
])
def test_cut_under_rest(blocks, share, height):
    crop = _crop(blocks)
    cut = ocr.cut_under_rest(crop, share)
    assert cut.shape[0] == height
    if height == crop.shape[0]:
        assert np.array_equal(cut, crop)  # left as it is
    else:  # the rest's ink kept whole, the mark's gone
        y0, y1, x0, x1 = blocks[0]
        assert (cut < ocr.DARK).sum() == (y1 - y0) * (x1 - x0)


@pytest.mark.parametrize("first, first_conf, second, second_conf, expected", [
    # must: two or three words of letters, four letters in all, read unsurely; the digits' model unsure or not asked
    ("li l", 50.8, "jlighig", 29.2, True),
    ("In Ãi", 0.0, None, 0.0, True),
    ("Sĩ T", 40.0, None, 0.0, True),
    ("Ịl T", 30.0, "JT", 20.0, True),
    # must not: read surely; one word (word_unread's); letters a Roman code is misread as in both readings
    ("li l", 85.0, None, 0.0, False),
    ("TT", 50.0, None, 0.0, False),
    ("l l", 20.0, None, 0.0, False),
    ("l I", 20.0, "II", 40.0, False),
    # must not: the digits' model read a digit, or read surely; more letters, more words, signs
    ("In Ãi", 0.0, "1", 40.0, False),
    ("li l", 50.0, "jlig", 90.0, False),
    ("Nội dung", 50.0, None, 0.0, False),
    ("a b c d", 10.0, None, 0.0, False),
    ("và; Ở", 28.6, None, 0.0, False),
])
def test_letters_apart_unread(first, first_conf, second, second_conf, expected):
    assert ocr.letters_apart_unread(first, first_conf, second, second_conf) is expected


@pytest.mark.parametrize("texts, expected", [
    # must: a low line alone (one or two) opening a stretch, a word of letters after it
    (["_", "Số:", "96/KH-UBND"], True),
    (["_", "CỘNG", "HÒA", "XÃ"], True),
    (["__", "Số:", "12/QĐ-UBND"], True),
    # must not: a blank to fill (a run of low lines, or glued to its label), a low line alone, other signs, a number
    (["___", "Số:"], False),
    (["Số:", "____/KH-UBND"], False),
    (["_"], False),
    (["_", "12/KH-UBND"], False),
    (["-", "Sở", "Tài", "chính;"], False),
    ([".", "Số:"], False),
])
def test_speck_opening_line(texts, expected):
    assert ocr.speck_opening_line(texts) is expected


def _w(text, x0, x1, top=100.0, bottom=116.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": 81.0}


@pytest.mark.parametrize("words, kept", [
    # must: a low line alone opening its line, a word of letters 12 pt after it
    ([_w("_", 106.3, 108.0), _w("Số:", 120.0, 137.5), _w("96/KH-UBND", 142.6, 223.7)], ["Số:", "96/KH-UBND"]),
    ([_w("_", 300.0, 302.0), _w("CỘNG", 310.0, 350.0), _w("Tỉnh", 90.0, 120.0)], ["CỘNG", "Tỉnh"]),
    # must not: a word of its line just before it (a blank's low line within a line); nothing after it within a
    # column's gap; a word of another line; a run of low lines
    ([_w("Số:", 100.0, 117.0), _w("_", 120.0, 122.0), _w("Ngày", 126.0, 150.0)], ["Số:", "_", "Ngày"]),
    ([_w("_", 106.0, 108.0), _w("Số:", 160.0, 177.0)], ["_", "Số:"]),
    ([_w("_", 106.0, 108.0), _w("Số:", 112.0, 130.0, 140.0, 156.0)], ["_", "Số:"]),
    ([_w("___", 106.0, 130.0), _w("Số:", 134.0, 150.0)], ["___", "Số:"]),
])
def test_without_low_lines_opening(words, kept):
    assert [w["text"] for w in ocr.without_low_lines_opening(words)] == kept
