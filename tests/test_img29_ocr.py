"""Round IMG29: G34's and G35's documents as scans (OCR path).

- a place's name whose marks the page reads two ways as often ("Mỹ Đăng" in the date line, read at 72, and in the
  bold title; "Mỹ Đằng" twice in the body): an unsure reading is no vote in ocr.repair_names_told_by_page, so the
  sure readings tell the name (the header's capitals, the date line and the title then spelt so);
- a bold "TT" in a narrow header cell merged over two rows, its capitals' bars as long as a rule and within the join
  of the column's rules: taken for a rule, the merged cell cut in two ("" over "V"), the table's header lost and its
  amounts read as items of no year. ocr._rules takes a horizontal stroke that lies within one column, no rule
  crossing it, only where it reaches both the column's rules;
- Word's numbered headings, the number set apart by the numbering's tab ("II.<tab>MỤC TIÊU", a gap over
  COLUMN_GAP_PT): read "I." for "II." and "II." for "III.", and "Vv." for "V." (the last letter read twice); the
  sequence was not looked at (ocr._capitals_heading took a gap of a column's width for two columns), and "Vv." is
  now the one letter where the page's headings about it tell the number (ocr.repair_roman_sequence, _HEAD_DOUBLED);
- a letter read twice, the second time as the eth ("04-NQ/ĐU" read "04-NQ/ĐÐUŨ" at 45, "05-NQ/ĐÐU" at 63):
  the word read again alone ("04-NQ/ĐU", "05-N Q/ĐU") is taken where it is the first reading with one of some
  doubled letters dropped (ocr.letters_twice_read_again);
- a date's year wrapped after "năm" and read with a digit lost ("2025;" read "202;" at 35, a photo): three digits
  after "năm" read unsurely are read again alone (ocr.year_unsure), a year one digit more taken (year_told_again);
  so too digits and signs read at no confidence ("2025;" read "k2/00031-" at 0, a cheap scan), any year taken;
  a word read again alone as a line and not taken is read once more as one word (psm 8: "2025;" at 94);
- a code's hyphen read twice ("57-NQ/TW" read "57-" and "-NQ/TW", their boxes over one another): one word
  (ocr.hyphen_read_twice, joined by split_years_joined);
- a capital "Q" read as an "O" ("Đàm Ouốc Khánh"): no word starts "ou" (vi_syllable.repair_q_read_as_o);
- a word read garbled ("xả" at 17) within a word read again as left out ("Căn" at 97; a tilted photo's line box as
  tall as two lines): the same ink read twice, the garbled reading left out (ocr.signs_read_again).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr


def _page(lines: list[list[tuple[str, float]]]) -> list[list[dict]]:
    """A page's lines as words (text, confidence), each line's first word at the same indent."""
    out = []
    for k, words in enumerate(lines):
        x, line = 60.0, []
        for t, conf in words:
            line.append({"text": t, "x0": x, "x1": x + 40, "top": 100.0 + 20 * k, "bottom": 112.0 + 20 * k,
                         "conf": conf})
            x += 45
        out.append(line)
    return out


def _sure(*texts: str, conf: float = 95.0) -> list[tuple[str, float]]:
    return [(t, conf) for t in texts]


HEADER = _sure("XÃ", "PHÚ", "LANG")
BODY = [_sure("Ủy", "ban", "nhân", "dân", "xã", "Phú", "Lãng", "ban", "hành"), _sure("của", "xã", "Phú", "Lãng")]


@pytest.mark.parametrize("lines, expected", [
    # must: the date line's reading unsure (72), the title's sure: the body's two sure readings tell the name
    ([HEADER, [("Phú", 96.0), ("Lang,", 72.0), ("ngày", 97.0)], _sure("Kế", "hoạch", "xã", "Phú", "Lang"), *BODY],
     [["XÃ", "PHÚ", "LÃNG"], ["Phú", "Lãng,", "ngày"], ["Kế", "hoạch", "xã", "Phú", "Lãng"],
      ["Ủy", "ban", "nhân", "dân", "xã", "Phú", "Lãng", "ban", "hành"], ["của", "xã", "Phú", "Lãng"]]),
    # must not: both read surely (as many of each spelling): left as read
    ([HEADER, _sure("Phú", "Lang,", "ngày"), _sure("Kế", "hoạch", "xã", "Phú", "Lang"), *BODY],
     [["XÃ", "PHÚ", "LANG"], ["Phú", "Lang,", "ngày"], ["Kế", "hoạch", "xã", "Phú", "Lang"],
      ["Ủy", "ban", "nhân", "dân", "xã", "Phú", "Lãng", "ban", "hành"], ["của", "xã", "Phú", "Lãng"]]),
    # must: the right spelling read once surely, the other once unsurely: the page's one sure spelling
    ([HEADER, [("Phú", 96.0), ("Lang,", 60.0), ("ngày", 97.0)], BODY[0]],
     [["XÃ", "PHÚ", "LÃNG"], ["Phú", "Lãng,", "ngày"], ["Ủy", "ban", "nhân", "dân", "xã", "Phú", "Lãng", "ban", "hành"]]),
    # must not: every reading unsure: no vote, left as read
    ([HEADER, [("Phú", 96.0), ("Lang,", 60.0), ("ngày", 97.0)], [("xã", 95.0), ("Phú", 95.0), ("Lãng", 70.0)]],
     [["XÃ", "PHÚ", "LANG"], ["Phú", "Lang,", "ngày"], ["xã", "Phú", "Lãng"]]),
])
def test_names_told_by_sure_readings(lines, expected):
    assert ocr.repair_names_told_by_page(_page(lines)) == expected


SCALE = 300 / 72


def _table(extra: list[tuple[int, int, int, int]]) -> np.ndarray:
    """A table's ink (pixels): columns' rules at x 200, 290, 1000 from y 100 to 400, rules across at 100 and 400, a
    rule at 200 over the wide column only (a two-row header's split); `extra` strokes (y, x0, x1, thickness)."""
    ink = np.zeros((500, 1100), dtype=bool)
    for x in (200, 290, 1000):
        ink[98:402, x - 2:x + 2] = True
    for y, x0, x1 in ((100, 198, 1002), (400, 198, 1002), (200, 290, 1002)):
        ink[y - 2:y + 2, x0:x1] = True
    for y, x0, x1, t in extra:
        ink[y - t // 2:y + t - t // 2, x0:x1] = True
    return ink


@pytest.mark.parametrize("extra, y, kept", [
    # must: a bold capital's bar in the narrow column (paper between it and the column's rules): no rule
    ([(230, 210, 281, 3)], 230, False),
    ([(206, 209, 281, 4)], 206, False),
    # must not: a rule across the narrow column, from one of its rules to the other, is one
    ([(300, 200, 290, 4)], 300, True),
    ([(300, 199, 291, 2)], 300, True),
])
def test_bar_within_a_column_no_rule(extra, y, kept):
    hsegs, _ = ocr._rules(_table(extra), SCALE)
    assert any(abs(h[0] - y) <= 2 and h[2] - h[1] < 200 for h in hsegs) == kept
    assert any(abs(h[0] - 200) <= 2 for h in hsegs)  # the header's split stays


@pytest.mark.parametrize("numbers, expected", [
    # must: the last letter read twice, the heading before or after telling the number
    (["IV.", "Vv."], ["IV.", "V."]),
    (["Vv.", "VI."], ["V.", "VI."]),
    (["I.", "Ii.", "III."], ["I.", "Ii.", "III."]),  # must not: "Ii." between "I." and "III." ("II", not "I")
    # must not: no neighbour, one that tells another number, another sign
    (["Vv."], ["Vv."]),
    (["II.", "Vv."], ["II.", "Vv."]),
    (["IV.", "Vv)"], ["IV.", "Vv)"]),
])
def test_roman_letter_read_twice(numbers, expected):
    assert ocr.repair_roman_sequence(numbers) == expected


def _heading(gap: float, first: str = "II.", conf: float = 90.0, words=("MỤC", "TIÊU")) -> list[dict]:
    line = [{"text": first, "x0": 114.0, "x1": 129.0, "top": 450.0, "bottom": 465.0, "conf": conf}]
    x = 129.0 + gap
    for t in words:
        line.append({"text": t, "x0": x, "x1": x + 30, "top": 450.0, "bottom": 465.0, "conf": 95.0})
        x += 35
    return line


@pytest.mark.parametrize("line, expected", [
    # must: Word's numbering tab after the number (28.8 pt, 30 pt); "Vv." read unsurely
    (_heading(28.8), True),
    (_heading(30.0, "Vv.", 59.0, ("TỔ", "CHỨC", "THỰC", "HIỆN")), True),
    # must not: a gap wider than a tab (another column), words not in capitals, "Vv." read surely
    (_heading(80.0), False),
    (_heading(28.8, words=("Mục", "tiêu")), False),
    (_heading(30.0, "Vv.", 93.0, ("TỔ", "CHỨC", "THỰC", "HIỆN")), False),
])
def test_heading_after_numbering_tab(line, expected):
    assert ocr._capitals_heading(line) == expected


@pytest.mark.parametrize("first, again, expected", [
    # must: the eth beside the "Đ", a letter doubled (once with a mark), spaces in the second reading
    ("12-NQ/ĐÐUŨ", "12-NQ/ĐU", "12-NQ/ĐU"),
    ("07-NQ/ĐÐU", "07-N Q/ĐU", "07-NQ/ĐU"),
    ("07-NQ/ĐÐU", "07-NQ/ÐU", "07-NQ/ĐU"),
    ("31-KL/ÐĐU", "31-KL/ĐU", "31-KL/ĐU"),
    # must not: a code's own double read again so, another letter read alone, no eth, nothing read
    ("15-NQ/ĐÐBQH", "15-NQ/ĐĐBQH", None),
    ("12-NQ/ĐÐUU", "12-NQ/DU", None),
    ("12-NQ/ĐUU", "12-NQ/ĐU", None),
    ("12-NQ/ĐÐU", "12-NQ/ĐV", None),
    ("ĐÐU", "", None),
])
def test_letters_twice_read_again(first, again, expected):
    assert ocr.letters_twice_read_again(first, again) == expected


@pytest.mark.parametrize("before, word, conf, expected", [
    # must: three digits after "năm" read unsurely (a year with a digit lost); digits and signs at no confidence
    ("năm", "202;", 35.0, True),
    ("Năm", "199", 60.0, True),
    ("năm", "k2/00031-", 0.0, True),
    ("năm", "x4(22", 2.0, True),
    # must not: digits and signs read at some confidence; a long word
    ("năm", "k2/00031-", 30.0, False),
    ("năm", "k2/00031-k2/00031-", 0.0, False),
    # must not: read surely; not after "năm"; two digits
    ("năm", "202;", 88.0, False),
    ("ngày", "202;", 35.0, False),
    ("năm", "20;", 35.0, False),
])
def test_year_digit_lost_unsure(before, word, conf, expected):
    assert ocr.year_unsure(before, word, conf) is expected


@pytest.mark.parametrize("first, again, expected", [
    # must: a year one digit more than the three read
    ("202;", "2025;", "2025;"),
    ("(201", "(2019", "(2019"),
    ("k2/00031-", "2025;", "2025;"),
    # must not: a year two digits off; no year read
    ("202;", "2125;", None),
    ("202;", "“0237", None),
])
def test_year_digit_lost_told_again(first, again, expected):
    assert ocr.year_told_again(first, again) == expected


@pytest.mark.parametrize("first, second, overlap, expected", [
    # must: the hyphen read in both words, their boxes over one another
    ("57-", "-NQ/TW", 3.9, "57-NQ/TW"),
    ("12/KH-", "-UBND", 1.0, "12/KH-UBND"),
    # must not: boxes apart; no hyphen on one side; dashes alone
    ("57-", "-NQ/TW", -1.0, None),
    ("57-", "NQ/TW", 2.0, None),
    ("-", "-", 2.0, None),
    ("2020", "-2025", 2.0, None),
])
def test_hyphen_read_twice(first, second, overlap, expected):
    assert ocr.hyphen_read_twice(first, second, overlap) == expected


@pytest.mark.parametrize("word, expected", [
    # must: a word starting "Ou"/"OU" that is a syllable with "Qu"
    ("Ouốc", "Quốc"),
    ("OUẢNG", "QUẢNG"),
    ("Ouý", "Quý"),
    # must not: another word; "ou" not a syllable with "qu"; lower case; a foreign word
    ("Oai", "Oai"),
    ("Ổn", "Ổn"),
    ("Our", "Our"),
    ("ouốc", "ouốc"),
    ("Ouagadougou", "Ouagadougou"),
])
def test_q_read_as_o(word, expected):
    from extractors.formats.vi_syllable import repair_q_read_as_o
    assert repair_q_read_as_o(word) == expected


def _w(text, x0, x1, top=256.8, bottom=277.9, conf=97.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf}


AGAIN = _w("Căn", 48.5, 68.6, 258.0, 266.2)


@pytest.mark.parametrize("word, dropped", [
    # must: a word read garbled within the word read again
    (_w("xả", 48.5, 68.5, conf=17.0), True),
    (_w("ĩl", 50.0, 60.0, conf=5.0), True),
    # must not: read surely, or beside the word read again, or on another row
    (_w("xả", 48.5, 68.5, conf=75.0), False),
    (_w("xả", 73.2, 86.6, conf=17.0), False),
    (_w("xả", 48.5, 68.5, 300.0, 312.0, conf=17.0), False),
])
def test_garbled_read_again(word, dropped):
    assert (id(word) in ocr.signs_read_again([AGAIN], [word])) is dropped
