"""Round IMG28: G33's documents as scans (OCR path).

- a rate per mille read as a percent in a line the page read again as garbled ("dưới 18‰;" read "18%;" at 14, "12‰."
  read "12%o.": the line's second reading kept the "%"), the ring read as an "o" glued to the sign, a semicolon after
  the ring: ocr._per_mille_signs (after the lines read again too), per_mille lets a semicolon or a colon follow;
- a header set wholly in a ruled table, its locality wrapped and read without its tone ("... TỈNH LAM" / "THUY"), the
  name written right only in the table's date cell ("Lam Thủy, ngày ..."): ocr._cells_named_by_page takes the other
  cells' lines as the page's;
- a cell's cited number cut after its code's hyphen ("Kế hoạch số 96/KH-" / "UBND ngày ...", the title read
  "96/KH- UBND"): ocr.cell_lines joins the two lines as a text's wrap is joined (code_cut);
- a rate read unsurely with a digit wrong ("95%" read "05%" at 75): ocr.digit_word_read_again takes the digits' model's
  reading alone ("95%" at 96) as it takes a short number's;
- an abbreviation read with a mark ("-ƯBND tỉnh (b/c)" under "Nơi nhận:"), no neighbour to tell it: the abbreviation
  the page writes twice or more tells it (vi_syllable.repair_letter_told_by_page);
- a word read as a dash in a tall line box ("Các" read "-" at 8) and read again as left out ("- Các" at 93): the
  page's signs within the word read again are left out (ocr.signs_read_again).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_letter_told_by_page


def _word(*glyphs, height=47):
    """A word's ink: glyphs (width, height, where) side by side, 7 columns apart (as tests/test_img22_ocr.py)."""
    width = sum(w for w, _, _ in glyphs) + 7 * (len(glyphs) + 1)
    ink = np.zeros((height, width), dtype=bool)
    x = 7
    for w, h, where in glyphs:
        top = (height - 4 - h) if where == "foot" else (height - 4 - h + 4 if where == "semicolon" else 2)
        ink[top:top + h, x:x + w] = True
        if (w, h) == RING[:2]:  # hollow
            ink[top + 3:top + h - 3, x + 3:x + w - 3] = False
        if where == "semicolon":  # a dot at the x-height, a tail below the foot
            ink[top + 5:top + h - 7, x:x + w] = False
        if where == "semi":  # a serif face's semicolon: a round dot at the x-height, a comma's tail reaching below
            ink[:, x:x + w] = False
            ink[height - 4 - h + 6:height - 4 - h + 13, x:x + w] = True
            ink[height - 4 - 8:height, x:x + w] = True
        x += w + 7
    return ink


DIGIT, SIGN, RING, STOP, BRACKET = (27, 41, "foot"), (45, 41, "foot"), (19, 22, "foot"), (7, 7, "foot"), \
    (12, 43, "foot")
SEMICOLON, SEMI, COLON, BLOT = (10, 18, "semicolon"), (11, 30, "semi"), (8, 24, "foot"), (19, 21, "foot")


@pytest.mark.parametrize("glyphs, expected", [
    # must: the ring after the sign, then a semicolon or a colon
    ((DIGIT, DIGIT, SIGN, RING, SEMI), True),
    ((DIGIT, STOP, DIGIT, SIGN, RING, COLON), True),
    # must not: a "%" and a semicolon (no ring), a bracket or a blot after the ring
    ((DIGIT, DIGIT, SIGN, SEMICOLON), False),
    ((DIGIT, DIGIT, SIGN, SEMI), False),
    ((DIGIT, DIGIT, SIGN, RING, BRACKET), False),
    ((DIGIT, DIGIT, SIGN, RING, BLOT), False),
    ((DIGIT, DIGIT, SIGN, COLON), False),
])
def test_per_mille_then_a_sign(glyphs, expected):
    assert ocr.per_mille(_word(*glyphs)) is expected


@pytest.mark.parametrize("text, glyphs, expected", [
    # must: the ring read as an "o" glued to the sign; a semicolon after the ring
    ("12%o.", (DIGIT, DIGIT, SIGN, RING, STOP), "12‰."),
    ("7%o", (DIGIT, SIGN, RING), "7‰"),
    ("18%;", (DIGIT, DIGIT, SIGN, RING, SEMI), "18‰;"),
    # must not: no ring in the ink; no number before the sign; a word of letters
    ("12%o.", (DIGIT, DIGIT, SIGN, STOP), "12%o."),
    ("45%;", (DIGIT, DIGIT, SIGN, SEMICOLON), "45%;"),
    ("%o", (SIGN, RING), "%o"),
    ("so", (DIGIT, DIGIT, SIGN, RING), "so"),
])
def test_per_mille_signs(text, glyphs, expected):
    ink = _word(*glyphs)
    gray = np.where(ink, np.uint8(0), np.uint8(255))
    w = {"text": text}
    ocr._per_mille_signs(gray, [w], {id(w): (0, 0, gray.shape[1], gray.shape[0])})
    assert w["text"] == expected


class _Cells:
    """A ruled table's cells as _cells_named_by_page sees them: texts (lines "\\n" apart) and lines by key."""

    def __init__(self, texts: dict):
        self.texts = dict(texts)
        self.lines = {key: text.split("\n") for key, text in texts.items()}


@pytest.mark.parametrize("cells, expected", [
    # must: the locality told by the date cell of the same table (the page's words around it do not name it)
    ({(0, 0): "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY", (0, 1): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      (2, 1): "Đông Thủy, ngày 05 tháng 7 năm 2026"}, "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHỦY"),
    ({(0, 0): "SỞ Y TẾ TỈNH KIÊN\nHOA", (1, 1): "Kiên Hòa, ngày 14 tháng 9 năm 2026"}, "SỞ Y TẾ TỈNH KIÊN\nHÒA"),
    # must not: another name in the date cell; the name of other letters; no other cell; a cell in capitals only
    ({(0, 0): "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY", (2, 1): "Bắc Sơn, ngày 05 tháng 7 năm 2026"},
     "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY"),
    ({(0, 0): "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY", (2, 1): "Đông Thủ, ngày 05 tháng 7 năm 2026"},
     "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY"),
    ({(0, 0): "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY"}, "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY"),
    ({(0, 0): "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY", (0, 1): "ĐÔNG THỦY"}, "ỦY BAN NHÂN DÂN TỈNH ĐÔNG\nTHUY"),
])
def test_cells_named_by_other_cells(cells, expected):
    grid = _Cells(cells)
    ocr._cells_named_by_page([grid], [])
    assert grid.texts[(0, 0)] == expected


@pytest.mark.parametrize("text, expected", [
    # must: a cited number cut after its code's hyphen, its code's rest on the next line
    ("V/v góp ý Kế hoạch số 58/KH-\nUBND ngày 04/5/2026 của tỉnh",
     ["V/v góp ý Kế hoạch số 58/KH-UBND ngày 04/5/2026 của tỉnh"]),
    ("V/v thực hiện Nghị định số 37/2026/NĐ-\nCP về phí", ["V/v thực hiện Nghị định số 37/2026/NĐ-CP về phí"]),
    # must not: a dash between names; a hyphen before words in small letters; a range of years
    ("Phòng Kinh tế -\nHạ tầng xã", ["Phòng Kinh tế -", "Hạ tầng xã"]),
    ("Kế hoạch số 58/KH-\nngày 04/5/2026", ["Kế hoạch số 58/KH-", "ngày 04/5/2026"]),
    ("Giai đoạn 2026-\nThực hiện", ["Giai đoạn 2026-", "Thực hiện"]),
])
def test_cell_lines_code_cut(text, expected):
    assert ocr.cell_lines(text) == expected


@pytest.mark.parametrize("first, first_conf, again, again_conf, expected", [
    # must: a rate read unsurely with one digit wrong, read surely alone; its signs after the sign as first read
    ("05%", 75.0, "95%", 96.0, "95%"),
    ("05%.", 71.0, "95%", 93.0, "95%."),
    ("12,5%;", 60.0, "17,5%", 90.0, "17,5%;"),
    # must not: read surely with the page; read alone unsurely or less surely; two digits off; another length;
    # the same digits; no rate read alone
    ("05%", 85.0, "95%", 96.0, None),
    ("05%", 75.0, "95%", 70.0, None),
    ("05%", 65.0, "98%", 96.0, None),
    ("05%", 65.0, "905%", 96.0, None),
    ("05%", 65.0, "05%", 96.0, None),
    ("05%", 65.0, "95", 96.0, None),
])
def test_short_rate_read_again(first, first_conf, again, again_conf, expected):
    assert ocr.digit_word_read_again(first, first_conf, again, again_conf) == expected


RECIPIENTS = [["Nơi", "nhận:"], ["-ƯBND", "huyện", "(b/c);"], ["-", "Chủ", "tịch,", "các", "PCT", "UBND", "xã;"],
              ["-", "Các", "ban", "thuộc", "UBND", "xã;"]]


@pytest.mark.parametrize("lines, at, expected", [
    # must: an abbreviation read with a mark, no neighbour telling it, the page writing it twice
    (RECIPIENTS, (1, 0), "-UBND"),
    ([["ỦBMTTQ", "huyện"], ["Ban", "Thường", "trực", "UBMTTQ", "xã"], ["các", "UBMTTQ", "xã"]], (0, 0), "UBMTTQ"),
    # must not: the page writes it once; a syllable; the letters of another abbreviation; two abbreviations fit
    (RECIPIENTS[:3], (1, 0), "-ƯBND"),
    ([["ỦY", "ban"], ["UY", "x"], ["UY", "y"]], (0, 0), "ỦY"),
    ([["-ƯBTV", "huyện"], ["PCT", "UBND", "xã"], ["các", "UBND", "xã"]], (0, 0), "-ƯBTV"),
    ([["-ƯBND", "huyện"], ["UBND", "xã"], ["UBND", "tỉnh"], ["UBNĐ", "a"], ["UBNĐ", "b"]], (0, 0), "-ƯBND"),
])
def test_abbreviation_told_by_page(lines, at, expected):
    assert repair_letter_told_by_page(lines)[at[0]][at[1]] == expected


def _w(text, x0, x1, top=329.8, bottom=353.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom}


FOUND = _w("- Các", 58.8, 88.6, 329.3, 339.1)


@pytest.mark.parametrize("found, word, dropped", [
    # must: a dash within the text read again, its dash in it
    (FOUND, _w("-", 58.8, 61.9), True),
    (FOUND, _w("-", 66.7, 88.6), True),
    # must not: a word of letters within it; a dash beside it; a sign the reading again does not hold; another row
    (FOUND, _w("Các", 66.7, 88.6), False),
    (FOUND, _w("-", 93.1, 96.0), False),
    (FOUND, _w(";", 66.7, 70.6), False),
    (FOUND, _w("-", 58.8, 61.9, 360.0, 372.0), False),
])
def test_signs_read_again(found, word, dropped):
    assert (id(word) in ocr.signs_read_again([found], [word])) is dropped


@pytest.mark.parametrize("before, word, conf, expected", [
    # must: after "năm", four digits of no year read unsurely; signs and letters with no digit read garbled
    ("năm", "2125:", 63.0, True),
    ("Năm", "1095", 51.0, True),
    ("năm", "“ỢA}", 0.0, True),
    ("năm", "ĐỤ;", 12.0, True),
    # must not: read surely; a year's shape (its own rule); not after "năm"; letters read less garbled; a long word
    ("năm", "2125:", 88.0, False),
    ("năm", "2024;", 40.0, False),
    ("tháng", "2125:", 63.0, False),
    ("năm", "học", 55.0, False),
    ("năm", "“ỢA}ĐỤ;ỢA}", 5.0, False),
    ("năm", "x", 5.0, False),
])
def test_year_unsure(before, word, conf, expected):
    assert ocr.year_unsure(before, word, conf) is expected


@pytest.mark.parametrize("first, again, expected", [
    # must: a year one digit from the four read; any year for a reading with no digit
    ("2125:", "2025;", "2025;"),
    ("“ỢA}", "2025;", "2025;"),
    # must not: two digits off; no year read alone; a year of another shape
    ("2125:", "2035;", None),
    ("“ỢA}", "ngày", None),
    ("“ỢA}", "2125", None),
])
def test_year_told_again(first, again, expected):
    assert ocr.year_told_again(first, again) == expected


@pytest.mark.parametrize("first, plain, expected", [
    # must: read unsurely with the words about it made white, surely from the page as it is
    (("- Bộ Y tế (b/©)", 43.0), ("- Bộ Y tế (b/e);", 80.0), ("- Bộ Y tế (b/e);", 80.0)),
    (("", 0.0), ("Sở Tư pháp;", 91.0), ("Sở Tư pháp;", 91.0)),
    # must not: the first reading sure; the second unsure; the second no word
    (("KT. CHỦ TỊCH", 96.0), ("KT. CHỦ TỊCH.", 97.0), ("KT. CHỦ TỊCH", 96.0)),
    (("- Bộ Y tế (b/©)", 43.0), ("-Bộ Xuế 0n,", 60.0), ("- Bộ Y tế (b/©)", 43.0)),
    (("~~", 12.0), ("1.", 90.0), ("~~", 12.0)),
])
def test_missed_read_again(first, plain, expected):
    assert ocr.missed_read_again(first, plain) == expected


def test_next_lines_dash_stays():
    # the next line's dash, its line box meeting the foot of the text read again above it
    found = _w("- Bộ Y tế (b/c);", 84.0, 163.0, 541.0, 557.0)
    dash = _w("-", 83.8, 86.9, 555.6, 567.6)
    assert ocr.signs_read_again([found], [dash]) == set()


@pytest.mark.parametrize("box, words, expected", [
    # must: a piece of a word's ink left out ("ách" of "sách"), the word's line over the box's rows
    ((393.1, 275.8, 409.4, 284.6), [_w("sách", 385.0, 409.0, 272.0, 292.0)], True),
    # must not: a line left out between two lines (its neighbours' boxes meeting its edges only); a box beside words
    ((84.0, 541.0, 163.0, 557.0), [_w("nhận:", 109.2, 143.5, 527.0, 541.4), _w("-", 83.8, 86.9, 555.6, 567.6)], False),
    ((393.1, 275.8, 409.4, 284.6), [_w("ngân", 350.0, 380.0, 272.0, 292.0)], False),
])
def test_within_read_word(box, words, expected):
    assert ocr.within_read_word(box, words) is expected
