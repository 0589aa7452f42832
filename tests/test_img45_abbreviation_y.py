"""Round IMG45: an abbreviation in capitals whose lone "Y" stands before a final consonant (vi_syllable.repair_stop_tone,
repair_abbreviation_dot; ocr._repaired, which every word of a scan goes through).

G66's district plan, scanned (every kind): "các Trạm Y tế (TYT)" and the task table's "TYT các xã, thị trấn" read
"TYT" by Tesseract, and made "TỴT": the stop-final syllable's lost tone put back ("TICH" -> "TỊCH"). No syllable spells
a lone "y" before a final consonant but after "qu" ("quýt"; "huýt" spells "uy", "ít" an "i"): such a word is an
abbreviation and keeps its bare letters, and one read with a dot below loses it. The definition lost, the communes'
stations were read as "TỴT các xã, thị trần" (lead and partner), and the page's other definition "Trung tâm Y tế
(TTYT)" was then taken for "TỴT" too (the district's health centre lost from the duties). Every input is invented.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_abbreviation_dot, repair_stop_tone


@pytest.mark.parametrize("word, right", [
    # must: a lone Y before a final, no "qu" before it: an abbreviation, left bare
    ("TYT", "TYT"),
    ("SYT", "SYT"),
    ("KYT", "KYT"),
    ("LYC", "LYC"),
    ("BYT", "BYT"),
    # must-not: stop-final syllables whose tone was lost, "qu" + y, "uy", and words already toned
    ("TICH", "TỊCH"),
    ("viêc", "việc"),
    ("QUYT", "QUỴT"),
    ("HUYT", "HUỴT"),
    ("KHUYCH", "KHUỴCH"),
    ("HOACH", "HOẠCH"),
    ("tít", "tít"),
    ("HỌC", "HỌC"),
])
def test_stop_tone(word, right):
    assert repair_stop_tone(word) == right


@pytest.mark.parametrize("word, right", [
    # must: an abbreviation read with a dot below its lone Y before a final: the dot goes
    ("TỴT", "TYT"),
    ("SỴT", "SYT"),
    ("KỴC", "KYC"),
    # must-not: syllables with their dot below, "qu" + y, a mark other than the dot
    ("QUỴT", "QUỴT"),
    ("HUỴCH", "HUỴCH"),
    ("HỌC", "HỌC"),
    ("TỊCH", "TỊCH"),
    ("TÝT", "TÝT"),
    ("IỌC", "IOC"),
])
def test_abbreviation_dot(word, right):
    assert repair_abbreviation_dot(word) == right


@pytest.mark.parametrize("word, right", [
    ("(TYT)", "(TYT)"),
    ("TYT,", "TYT,"),
    ("(TTYT)", "(TTYT)"),
    ("TICH", "TỊCH"),
    ("(QUYT)", "(QUỴT)"),
])
def test_ocr_word(word, right):
    assert ocr._repaired(word) == right
