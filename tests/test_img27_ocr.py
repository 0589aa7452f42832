"""Round IMG27: G32's documents as scans (OCR path).

- a number's digit read as a letter no Vietnamese word spells ("88" read "ö8", "8.000.000" read "ö.000.000": an 8 in
  DejaVu Serif, its upper ring read as a diaeresis), or a short number read unsurely with a digit wrong ("80" read "30"
  at 22, alone on its line): ocr.digit_word_read_again, the word's reading alone by the digits' model taken;
- a ruled cell's short decimal both models read unsurely ("702,5" read "#Ù„Ð" at 28 by the page's model and "702,05"
  at 0 by the digits'; "815,3" read "Đ15.ö" and "815.5"): ocr.both_unsure takes a short decimal too, the cell read
  once more as one word of digits;
- a budget table's heading "Tổng mức đầu tư" read with its tones wrong ("Tống mức đâu tư", a phone app's scan: the
  column's totals taken for amounts of another source): vi_syllable.TABLE_HEADINGS holds it (repair_heading);
- a word's space before a capital lost ("SởNội vụ", "SởY_tế"): vi_syllable.repair_glued_capital, in ocr.repair_line;
- a word-segmented print's underscore read as a stop glued to the first syllable ("phát. triển"), on a page whose
  other words keep underscores: ocr.stops_of_segmented_print; and as a comma inside a cited kind's name ("Quyết,"
  "định số 1712/QĐ-TTg"): vi_syllable.repair_citation_words drops it as it drops a stop;
- a date's year read garbled with digits wrong and too many ("năm 240222" at 22 for "năm 2025;", an archive's scan):
  ocr.year_garbled sends it to be read again alone (_reread_years), year_read_again takes "2025;".

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats import vi_syllable

DIGIT_WORDS = [
    # must: a letter no Vietnamese word spells among a number's digits, read again as a digit surely
    ("diaeresis for an 8", "ö8", 89.0, "88", 96.0, "88"),
    ("grouped amount", "ö.000.000", 49.0, "8.000.000", 93.0, "8.000.000"),
    ("a capital one", "1Ö,5", 71.0, "18,5", 90.0, "18,5"),
    ("a percent", "6ö%", 85.0, "68%", 91.0, "68%"),
    # must: a short number read unsurely, one digit apart from the sure reading alone
    ("one digit off", "30", 22.0, "80", 95.0, "80"),
    ("three digits", "135", 61.0, "136", 92.0, "136"),
    # must not: the reading alone unsure, of another length, other digits where the page read digits, no number,
    # two digits changed, a short number read surely by the page, or read alone less surely than with the page
    ("alone unsure", "ö8", 89.0, "88", 62.0, None),
    ("another length", "ö8", 89.0, "888", 95.0, None),
    ("other digits kept", "ö.500", 80.0, "8.600", 95.0, None),
    ("a letter again", "ö8", 89.0, "a8", 95.0, None),
    ("two digits changed", "30", 22.0, "85", 95.0, None),
    ("page read surely", "30", 91.0, "80", 95.0, None),
    ("less sure alone", "30", 79.0, "80", 79.5, None),
    ("a word", "Hồ", 40.0, "80", 95.0, None),
    ("a year left to its own rule", "2019", 60.0, "2018", 95.0, None),
]


@pytest.mark.parametrize("case,first,first_conf,again,again_conf,wanted", DIGIT_WORDS, ids=[c[0] for c in DIGIT_WORDS])
def test_digit_word_read_again(case, first, first_conf, again, again_conf, wanted):
    assert ocr.digit_word_read_again(first, first_conf, again, again_conf) == wanted, case


BOTH_UNSURE = [
    # must: a short decimal the digits' model read unsurely, the page's model another thing unsurely
    ("decimal with a digit more", "#Ù„Ð", 28.0, "702,05", 0.0, True),
    ("decimal of one place", "4l,s", 35.0, "41,3", 55.0, True),
    ("its comma read as a stop", "Đ15.ö", 5.0, "815.5", 49.0, True),
    # must not: the digits' model sure, the page's model sure, both read the same, or no short number or decimal
    ("digits' model sure", "#Ù„Ð", 28.0, "702,5", 91.0, False),
    ("page's model sure", "702,5", 93.0, "702,05", 0.0, False),
    ("the same reading", "702,05", 30.0, "702,05", 0.0, False),
    ("a grouped amount", "l.217,9", 30.0, "1.217,9", 39.0, False),
    ("three decimals", "2,125", 30.0, "2,125", 39.0, False),
    ("a thousands' group", "l.2l7", 30.0, "1.217", 39.0, False),
]


@pytest.mark.parametrize("case,first,first_conf,second,second_conf,wanted", BOTH_UNSURE, ids=[c[0] for c in BOTH_UNSURE])
def test_both_unsure_short_decimal(case, first, first_conf, second, second_conf, wanted):
    assert ocr.both_unsure(first, first_conf, second, second_conf) is wanted, case


GLUED_CAPITAL = [
    # must: small letters running into a capital, each piece a syllable
    ("department and its name", ["3.", "SởNội", "vụ", "hướng", "dẫn"], ["3.", "Sở Nội", "vụ", "hướng", "dẫn"]),
    ("an underscore kept after", ["SởY_tế", "chủ", "trì"], ["Sở Y_tế", "chủ", "trì"]),
    ("three syllables", ["tỉnh", "BìnhĐịnhMới,"], ["tỉnh", "Bình Định Mới,"]),
    ("a bracket before", ["(BanDân", "tộc)"], ["(Ban Dân", "tộc)"]),
    # must not: a piece no syllable spells, capitals after a capital, one letter before the capital, no capital
    ("no syllable", ["ĐắkLắk"], ["ĐắkLắk"]),
    ("a brand", ["iPhone", "VnExpress"], ["iPhone", "VnExpress"]),
    ("a type code", ["số", "12/QĐ-TTg", "TTg"], ["số", "12/QĐ-TTg", "TTg"]),
    ("one letter before", ["eKYC"], ["eKYC"]),
    ("an abbreviation after", ["SởTNMT"], ["SởTNMT"]),
    ("ordinary words", ["Sở", "Nội", "vụ"], ["Sở", "Nội", "vụ"]),
]


@pytest.mark.parametrize("case,words,wanted", GLUED_CAPITAL, ids=[c[0] for c in GLUED_CAPITAL])
def test_glued_capital(case, words, wanted):
    assert vi_syllable.repair_glued_capital(words) == wanted, case


HEADINGS = [
    # must: the heading with its tones wrong
    ("hook read as acute, grave lost", "Tống mức đâu tư", "Tổng mức đầu tư"),
    ("in capitals", "TỐNG MỨC ĐÂU TƯ", "TỔNG MỨC ĐẦU TƯ"),
    ("acute for grave", "Tổng mức đấu tư", "Tổng mức đầu tư"),
    # must not: more words in the cell, other letters, or the heading as written
    ("a longer cell", "Tống mức đâu tư dự án", "Tống mức đâu tư dự án"),
    ("other letters", "Tổng mức vốn", "Tổng mức vốn"),
    ("as written", "Tổng mức đầu tư", "Tổng mức đầu tư"),
]


@pytest.mark.parametrize("case,cell,wanted", HEADINGS, ids=[c[0] for c in HEADINGS])
def test_investment_total_heading(case, cell, wanted):
    assert vi_syllable.repair_heading(cell) == wanted, case


def test_glued_capital_in_repair_line():
    assert ocr.repair_line(["2.", "SởCông", "Thương", "chủ", "trì"])[1] == "Sở Công"


_SEGMENTED = [["hộ", "nghèo", "lao_", "động"], ["nhu_cầu", "vay"], ["Sở", "Y_tế"]]
SEGMENTED_STOPS = [
    # must: a page of word-segmented print, a syllable's glued stop before a word of small letters
    ("budget label", _SEGMENTED + [["vốn", "đầu", "tư", "phát.", "triển", "120.300"]],
     [["vốn", "đầu", "tư", "phát", "triển", "120.300"]]),
    ("an underscore after", _SEGMENTED + [["kinh.", "tế_xã_hội"]], [["kinh", "tế_xã_hội"]]),
    ("one underscore on the page", [["hộ", "lao_", "động"], ["Đầu", "tư", "phát.", "triển"]], [["Đầu", "tư", "phát", "triển"]]),
    # must not: a page without underscores, a stop before a capital, a capital's stop, the stretch's last word,
    # a stop set apart, a number's stop
    ("no segmented page", [["vốn", "đầu", "tư", "phát.", "triển"]], [["vốn", "đầu", "tư", "phát.", "triển"]]),
    ("an underscore alone", [["Họ", "tên:", "_"], ["phát.", "triển"]], [["phát.", "triển"]]),
    ("before a capital", _SEGMENTED + [["nghèo.", "Sở"]], [["nghèo.", "Sở"]]),
    ("an abbreviation", _SEGMENTED + [["TP.", "mới"]], [["TP.", "mới"]]),
    ("last word", _SEGMENTED + [["hết."]], [["hết."]]),
    ("a stop set apart", _SEGMENTED + [["nghèo", ".", "tiếp"]], [["nghèo", ".", "tiếp"]]),
    ("a number's stop", _SEGMENTED + [["2.", "rà"]], [["2.", "rà"]]),
    ("no syllable", _SEGMENTED + [["ncx.", "rà"]], [["ncx.", "rà"]]),
]


@pytest.mark.parametrize("case,parts,wanted", SEGMENTED_STOPS, ids=[c[0] for c in SEGMENTED_STOPS])
def test_stops_of_segmented_print(case, parts, wanted):
    assert ocr.stops_of_segmented_print(parts)[len(parts) - len(wanted):] == wanted, case


YEAR_GARBLED = [
    # must: a date's year read with digits wrong and too many after "năm", read unsurely
    ("six digits", "năm", "240222", 22.0, True),
    ("five digits and a sign", "Năm", "20351;", 41.0, True),
    # must not: read surely, not after "năm", a year's shape already (its own rule), seven digits, letters
    ("read surely", "năm", "240222", 91.0, False),
    ("after another word", "đồng", "240222", 22.0, False),
    ("four digits", "năm", "2402", 22.0, False),
    ("seven digits", "năm", "2402221", 22.0, False),
    ("letters", "năm", "2o25l", 22.0, False),
]


@pytest.mark.parametrize("case,before,word,conf,wanted", YEAR_GARBLED, ids=[c[0] for c in YEAR_GARBLED])
def test_year_garbled(case, before, word, conf, wanted):
    assert ocr.year_garbled(before, word, conf) is wanted, case


YEAR_AGAIN = [
    # must: the garbled year read alone as a year a few edits from it
    ("six digits", "240222", "2025;", "2025;"),
    ("five digits", "24022;", "2022;", "2022;"),
    # must not: the reading alone too far off, or no year
    ("too far off", "240222", "2031", None),
    ("no year", "240222", "240222", None),
]


@pytest.mark.parametrize("case,first,again,wanted", YEAR_AGAIN, ids=[c[0] for c in YEAR_AGAIN])
def test_garbled_year_read_again(case, first, again, wanted):
    assert ocr.year_read_again(first, again) == wanted, case


KIND_COMMA = [
    # must: a cited kind's name with a comma read inside it, before "số" and a number
    ("decision", ["Căn", "cứ", "Quyết,", "định", "số", "905/QĐ", "-", "TTg", "ngày"],
     ["Căn", "cứ", "Quyết", "định", "số", "905/QĐ", "-", "TTg", "ngày"]),
    ("decree", ["Căn", "cứ", "Nghị,", "định", "số", "45/2024/NĐ-CP;"], ["Căn", "cứ", "Nghị", "định", "số", "45/2024/NĐ-CP;"]),
    # must not: no number cited after it, a comma after the name's last word, or other words
    ("no number", ["về", "quyết,", "định", "các", "vấn", "đề"], ["về", "quyết,", "định", "các", "vấn", "đề"]),
    ("this decision", ["Quyết,", "định", "này"], ["Quyết,", "định", "này"]),
    ("comma after the name", ["Quyết", "định,", "số", "12/QĐ-UBND"], ["Quyết", "định,", "số", "12/QĐ-UBND"]),
]


@pytest.mark.parametrize("case,words,wanted", KIND_COMMA, ids=[c[0] for c in KIND_COMMA])
def test_kind_with_a_comma_inside(case, words, wanted):
    assert vi_syllable.repair_citation_words(words) == wanted, case
