"""Round IMG10: what the OCR path lost on G11's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round IMG10")."""

import numpy as np
import pytest

from extractors.formats import ocr

SCALE = 300 / 72


# The rule of hyphens under a header's issuer ("-------") read as one word of letters at no confidence: "Nnnn"
# (run on after the page before's last recipient, "- Lưu: VT.Nnnn"), "c¬===e=". Its ink is a stroke's height.
@pytest.mark.parametrize("text, conf, height, width, rule", [
    ("Nnnn", 0.0, 1.0, 27.4, True),
    ("c¬===e=", 0.0, 1.0, 27.4, True),
    ("mmmmm", 35.0, 1.6, 40.0, True),
    ("OOO", 12.0, 0.8, 12.0, True),
    # must not
    ("-", 93.0, 1.7, 3.8, False),           # a hyphen (a bullet, a dash between words)
    ("————————", 26.0, 1.0, 60.0, False),   # signs only: a rule read as a rule
    ("Như", 97.0, 8.6, 20.0, False),        # a word a letter tall
    ("Kiên", 0.0, 9.0, 22.0, False),        # ... read unsurely
    ("Nnnn", 80.0, 1.0, 27.4, False),       # read surely
    ("ii", 0.0, 1.5, 4.0, False),           # not a stroke's width
])
def test_rule_read_as_letters(text, conf, height, width, rule):
    assert ocr.rule_read_as_letters(text, conf, height, width) is rule


def _cell(*strokes: tuple[int, int, int, int]) -> np.ndarray:
    """A cell image 129 x 315 pixels (a row of a task table at 300 dpi), white, with ink rectangles (y0, y1, x0, x1)."""
    cell = np.full((129, 315), 255, np.uint8)
    for y0, y1, x0, x1 in strokes:
        cell[y0:y1, x0:x1] = 0
    return cell


# An empty cell whose only ink is the top of what lies under the table's bottom rule (the hat of "TỔ" in
# "III. TỔ CHỨC THỰC HIỆN" set right under it) read as "-": the total row "- | Tổng cộng | ..." taken for a task.
@pytest.mark.parametrize("cell, empty", [
    (_cell((120, 126, 207, 219)), True),                      # a short stroke against the bottom edge
    (_cell((121, 126, 40, 52), (122, 126, 180, 186)), True),  # two marks there
    # must not
    (_cell((40, 46, 20, 50)), False),                         # a "-" in the cell: at the text's mid-height
    (_cell((20, 60, 20, 30)), False),                         # a digit at the top
    (_cell((70, 126, 20, 30)), False),                        # text reaching down to the edge, standing higher
])
def test_ink_against_the_bottom_rule(cell, empty):
    assert (ocr._ink_crop(cell, SCALE, foot=True) is None) is empty


# A recipients' line the page's reading left out ("- UBND tỉnh (b/c);") between two lines of the recipients'
# column, beside the signer's title set a few points lower ("PHÓ CHỦ TỊCH"): the word boxes of the line above
# are its line's, as tall as both columns' lines, so they covered its capitals (a word's own ink rows: own_rows),
# and the band of ink left, as tall as both columns' lines, made the shorter line look too thin to be text
# (each run takes the rows of its own ink: missed_boxes).
def _text_ink(rest: np.ndarray, y0: int, y1: int, x0: int, x1: int) -> None:
    """Ink like a line of text: vertical strokes 3 pixels wide every 9 pixels."""
    for x in range(x0, x1, 9):
        rest[y0:y1, x:x + 3] = True


def test_missed_line_beside_a_taller_one():
    rest = np.zeros((400, 2200), bool)
    _text_ink(rest, 150, 180, 40, 440)     # the left column's line, 30 px (7 pt) tall
    _text_ink(rest, 110, 220, 1300, 1700)  # the right column's, 110 px tall and set lower
    boxes = ocr.missed_boxes(rest, SCALE)
    assert any(x0 == 40 and y0 == 150 and y1 == 180 for x0, y0, x1, y1 in boxes)
    assert any(x0 == 1300 and y0 == 110 and y1 == 220 for x0, y0, x1, y1 in boxes)


@pytest.mark.parametrize("rest", [
    # must not: a speck band (too low for a line), a thin rule, a line alone (its box as before)
    np.pad(np.ones((8, 400), bool), ((100, 292), (40, 1760))),
])
def test_missed_boxes_not_text(rest):
    assert ocr.missed_boxes(rest, SCALE) == []


def test_missed_line_alone_as_before():
    rest = np.zeros((400, 2200), bool)
    _text_ink(rest, 150, 190, 40, 440)
    assert [(x0, y0, y1) for x0, y0, x1, y1 in ocr.missed_boxes(rest, SCALE)] == [(40, 150, 190)]


@pytest.mark.parametrize("rows, own", [
    # the word's ink (rows 5-40) and, lower in its line's box, the capitals of the line under it (rows 60-70)
    ([(5, 40), (60, 70)], (5, 40)),
    ([(30, 70), (0, 12)], (30, 70)),    # the descenders of the line above, over the word
    # must not
    ([(5, 40)], (0, 72)),               # one run: the box as it is
    ([], (0, 72)),                      # no ink
])
def test_own_rows(rows, own):
    ink = np.zeros((100, 100), bool)
    for a, b in rows:
        ink[a:b, 10:60] = True
    assert ocr.own_rows(ink, 0, 72, 0, 100) == own


# A section heading's Roman number read as other letters ("III. KINH PHÍ" read "HL. KINH PHÍ" on a photo: two
# strokes run together as "H", one read "L"): the budget's year and section lost. Between the headings it falls
# between, with their sign, it is the number they leave.
@pytest.mark.parametrize("numbers, repaired", [
    (["I.", "II.", "HL.", "IV."], ["I.", "II.", "III.", "IV."]),
    (["I.", "HL.", "III."], ["I.", "II.", "III."]),
    (["I/", "II/", "Hl/", "IV/", "V/"], ["I/", "II/", "III/", "IV/", "V/"]),
    (["I.", "II.", "III.", "lV.", "V."], ["I.", "II.", "III.", "IV.", "V."]),
    (["II.", "HL.", "IV."], ["II.", "III.", "IV."]),                # a page that starts at another section
    (["IV.", "Hl.", "VI."], ["IV.", "V.", "VI."]),
    # must not
    (["I.", "II.", "HL.", "V."], ["I.", "II.", "HL.", "V."]),       # no gap it fills
    (["I.", "II.", "HL."], ["I.", "II.", "HL."]),                   # nothing after it to tell it
    (["HL.", "II."], ["HL.", "II."]),                               # nothing before it
    (["I.", "II.", "HL)", "IV."], ["I.", "II.", "HL)", "IV."]),     # another sign
    (["I.", "II.", "HL", "IV."], ["I.", "II.", "HL", "IV."]),       # no sign: a word
    (["1.", "2.", "HL.", "4."], ["1.", "2.", "HL.", "4."]),         # not a Roman run
    (["II.", "II.", "IV."], ["II.", "II.", "IV."]),                 # a Roman number read (not this rule's)
])
def test_roman_number_read_as_other_letters(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


def test_heading_with_a_misread_number_is_a_capitals_heading():
    line = [{"text": t, "x0": 60.0 + 50 * n, "x1": 100.0 + 50 * n, "top": 100.0, "bottom": 112.0, "conf": 90.0}
            for n, t in enumerate(["HL.", "KINH", "PHÍ"])]
    assert ocr._capitals_heading(line)
    line[1]["text"], line[2]["text"] = "Kinh", "phí"
    assert not ocr._capitals_heading(line)


# A number at a clause's end read as its sign alone ("- Như Điều 3;" read "- Như Điều ;"): the box read again by
# the digits' model gives the number and the sign.
@pytest.mark.parametrize("read, first, number", [
    ("3;", ";", "3;"),
    ("12:", ":", "12:"),
    ("5,", ",", "5,"),
    (" 7) ", ")", "7)"),
    # must not
    ("3:", ";", None),        # another sign
    ("1234;", ";", None),     # not a short number
    ("B;", ";", None),        # a letter
    (";", ";", None),         # the sign alone again
    ("3", ";", None),         # the sign lost
])
def test_number_before_sign(read, first, number):
    assert ocr.number_before_sign(read, first) == number


def test_ink_crop_of_a_word_keeps_a_low_stroke():
    # a word's crop (not a table's cell) keeps ink near its foot: the foot rule is a cell's
    crop = _cell((120, 126, 207, 219))
    assert ocr._ink_crop(crop, SCALE) is not None


# A table's short number both models read unsurely and differently ("55" read "5Ð" at 23 by the page's model,
# "995" at 74 by the digits' model: a target of 55% lost): read once more as one word of digits.
@pytest.mark.parametrize("first, first_conf, second, second_conf, again", [
    ("5Ð", 23.0, "995", 73.6, True),
    ("Ê)", 0.0, "2", 41.9, True),
    ("6O", 40.0, "60", 70.0, True),
    # must not
    ("500", 54.5, "900", 89.5, False),     # the digits' model sure
    ("2", 23.7, "2", 58.2, False),         # both models agree
    ("40", 96.6, "46", 60.0, False),       # the page's model sure
    ("Năm", 30.0, "1.250", 50.0, False),   # not a short number
])
def test_both_unsure(first, first_conf, second, second_conf, again):
    assert ocr.both_unsure(first, first_conf, second, second_conf) is again
