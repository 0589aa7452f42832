"""Round IMG25: G30's documents as scans (OCR path).

- a section heading's Roman number whose stop was read as a letter glued to it, at no confidence ("IIIR NỘI DUNG"
  on a phone's photo): the number the page's headings about it tell, with their sign (ocr.repair_roman_sequence,
  _HEAD_STOP_READ; taken as a heading by ocr._capitals_heading only under GARBLED_WORD_CONF);
- a cited number's type code with its L read as a stroke ("01-KI/TW" for "01-KL/TW", a phone app's scan):
  ocr._type_code (L_LOOKALIKES), the one type code it makes;
- a header's number line with a speck read as a stop before its colon, its separators lost ("Số.:127/KHUBND", an
  archive's scan): told a number line (ocr.number_line_told), so read again alone.

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr

ROMAN = [
    # must: the stop read as a letter, the next heading on the page tells the number and the sign
    ("first on the page", ["IIIR", "IV."], ["III.", "IV."]),
    ("between two", ["IV.", "VS", "VI."], ["IV.", "V.", "VI."]),
    ("last on the page", ["I/", "IIP"], ["I/", "II/"]),
    ("after a run from I", ["I.", "II.", "IIIR", "IV."], ["I.", "II.", "III.", "IV."]),
    # must not: the headings about it tell another number, or no sign, or two signs, or none about it
    ("next not one more", ["IIIR", "V."], ["IIIR", "V."]),
    ("before not one less", ["I.", "IIIR", "IV."], ["I.", "IIIR", "IV."]),
    ("two signs", ["II/", "IIIR", "IV."], ["II/", "IIIR", "IV."]),
    ("no sign about it", ["IIIR", "IV"], ["IIIR", "IV"]),
    ("alone", ["IIIR"], ["IIIR"]),
    ("a stroke's letter (an H) is no stop", ["IIH", "III."], ["IIH", "III."]),
]


@pytest.mark.parametrize("case,numbers,wanted", ROMAN, ids=[c[0] for c in ROMAN])
def test_heading_stop_read_as_letter(case, numbers, wanted):
    assert ocr.repair_roman_sequence(numbers) == wanted, case


def _line(first: str, conf: float) -> list[dict]:
    words, x = [], 10.0
    for text, c in [(first, conf), ("NỘI", 95.0), ("DUNG", 93.0), ("PHỐI", 92.0), ("HỢP", 95.0)]:
        words.append({"text": text, "conf": c, "x0": x, "x1": x + 8.0 * len(text), "top": 100.0})
        x += 8.0 * len(text) + 4.0
    return words


HEADING = [
    # must: read at no confidence
    ("unsure", "IIIR", 0.0, True),
    ("unsure, V", "VIN", 20.0, True),
    # must not: read surely (a word of its own), or not a Roman number and a letter
    ("sure", "IIIR", 91.0, False),
    ("a word", "VIỆT", 0.0, False),
]


@pytest.mark.parametrize("case,first,conf,wanted", HEADING, ids=[c[0] for c in HEADING])
def test_heading_stop_read_told_only_unsure(case, first, conf, wanted):
    assert ocr._capitals_heading(_line(first, conf)) is wanted, case


TYPE_CODES = [
    # must: the L read as a stroke, in a party's number and in a state's number
    ("party conclusion", ["Kết", "luận", "số", "14-KI/TW", "ngày"], ["Kết", "luận", "số", "14-KL/TW", "ngày"]),
    ("a state's annex", ["Phụ", "lục", "số", "07/PI-UBND;"], ["Phụ", "lục", "số", "07/PL-UBND;"]),
    ("a small l", ["số", "22-Kl/HU"], ["số", "22-Kl/HU"]),  # (read as KL already: left as read)
    # must not: a code the stroke makes two ways (CT, CL: a T's look-alike first), no code either way, no issuer
    ("T's look-alike", ["số", "15/CI-UBND"], ["số", "15/CT-UBND"]),
    ("no code", ["số", "15/QI-UBND"], ["số", "15/QI-UBND"]),
    ("first letter", ["số", "15/IH-UBND"], ["số", "15/IH-UBND"]),
    ("no issuer's code", ["số", "3/KI"], ["số", "3/KI"]),
]


@pytest.mark.parametrize("case,words,wanted", TYPE_CODES, ids=[c[0] for c in TYPE_CODES])
def test_type_code_l_read_as_stroke(case, words, wanted):
    assert ocr.repair_doc_numbers(words) == wanted, case


NUMBER_LINES = [
    # must: a stop before the colon, the separators lost or not
    ("stop before colon", "Số.:127/KHUBND", True),
    ("stop before colon, spaced", "Số.: 64/KH-SYT", True),
    ("semicolon and stop", "Số;.208/QĐUBND", True),
    # must not: no number after "Số", a department's name, a count
    ("department", "Sở.: Y tế", False),
    ("count", "Số lượng 120 người", False),
    ("three signs", "Số.:.12/KH", False),
]


@pytest.mark.parametrize("case,text,wanted", NUMBER_LINES, ids=[c[0] for c in NUMBER_LINES])
def test_number_line_speck_before_colon(case, text, wanted):
    assert ocr.number_line_told(ocr._line_start(text)) is wanted, case
