"""Round IMG25: G30's documents as scans (OCR path).

- a section heading's Roman number whose stop was read as a letter glued to it, at no confidence ("IIIR NỘI DUNG"
  on a phone's photo): the number the page's headings about it tell, with their sign (ocr.repair_roman_sequence,
  _HEAD_STOP_READ; taken as a heading by ocr._capitals_heading only under GARBLED_WORD_CONF);
- a cited number's type code with its L read as a stroke ("01-KI/TW" for "01-KL/TW", a phone app's scan):
  ocr._type_code (L_LOOKALIKES), the one type code it makes;
- a header's number line with a speck read as a stop before its colon, its separators lost ("Số.:127/KHUBND", an
  archive's scan): told a number line (ocr.number_line_told), so read again alone;
- (IMG24's leftover) a ruled table's header cell with its "Đ" read as a run of D-like letters ("NSDÐĐP" for "NSĐP"
  under a year, beside an "NSĐP" read right): the sibling's text (ocr.headings_told_by_siblings);
- (IMG22's leftover) a vowel in capitals read twice, bare and with its hat ("BỘ THOÔNG TIN VÀ TRUYỀN" / "THONG" on a
  photo): the word with the bare one dropped (vi_syllable.repair_vowel_read_twice, in ocr.repair_line), so the
  wrapped phrase is told; and a number's issuer's code told by the issuer's name in the cells above it in a ruled
  header's column ("Số: 1873/KH-BTTTI" two rows under the name: ocr.numbers_told_by_issuer_cells);
- a speck at a line's foot read as a low line after a row's code ("2_ Hỗ trợ sửa chữa nhà", a .txt's table aligned by
  spaces): ocr.without_specks takes it off a short number, as it does before a word.

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats import vi_syllable

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


SIBLINGS = [
    # must: a year group's repeated heading, its Đ read as D and an eth (and a Đ), beside one read right
    ("eth and Đ", [["TT", "Nội dung", "Năm 2025", "Năm 2025", "Năm 2026", "Năm 2026"],
                   ["", "", "NSTW", "NSĐP", "NSTW", "NSDÐĐP"],
                   ["1", "Sửa chữa trạm bơm", "1 200", "300", "1 200", "300"]], {(1, 5): "NSĐP"}),
    ("a bar read twice", [["STT", "Hạng mục", "NSTW", "NSĐP", "NSTW", "NSĐĐP"],
                          ["1", "Nạo vét kênh", "500", "120", "600", "150"]], {(0, 5): "NSĐP"}),
    ("D and eth", [["TT", "Nội dung", "Vốn NSĐP", "Vốn NSDÐP"], ["1", "Kè bờ sông", "2.000", "1.500"]],
     {(0, 3): "Vốn NSĐP"}),
    # must not: no sibling reads it so; no barred letter in the run; a row of amounts (no header); a sibling with a run
    ("not told by the row", [["TT", "Đơn vị", "ĐĐBQH", "HĐND"], ["1", "Phường 3", "12", "30"]], {}),
    ("no bar", [["TT", "Nội dung", "NSDP", "NSDDP"], ["1", "Đê bao", "50", "70"]], {}),
    ("below the header", [["TT", "Nội dung", "NSĐP"], ["1", "Đê bao", "50"], ["2", "NSĐĐP", "60"]], {}),
    ("the sibling a run too", [["TT", "Nội dung", "ĐĐP", "ĐĐĐP"], ["1", "Cống", "20", "30"]], {}),
]


@pytest.mark.parametrize("case,rows,wanted", SIBLINGS, ids=[c[0] for c in SIBLINGS])
def test_heading_told_by_siblings(case, rows, wanted):
    assert ocr.headings_told_by_siblings(rows) == wanted, case


VOWEL_TWICE = [
    # must: a circumflex's vowel read twice, bare then marked or marked then bare; a breve's; a tone kept
    ("bare then hat", ["BỘ", "THOÔNG", "TIN"], ["BỘ", "THÔNG", "TIN"]),
    ("hat then bare", ["TRUYỀEN", "HÌNH"], ["TRUYỀN", "HÌNH"]),
    ("breve", ["PHĂANG"], ["PHĂNG"]),
    ("with punctuation", ["(LÂAM", "ĐỒNG),"], ["(LÂM", "ĐỒNG),"]),
    # must not: "oo" (a rhyme), "ưu" (two vowels), small letters, the bare one with a tone (which one is not told)
    ("oo rhyme", ["XOONG", "BOONG"], ["XOONG", "BOONG"]),
    ("ưu", ["CỨU", "HƯU", "BƯU"], ["CỨU", "HƯU", "BƯU"]),
    ("small letters", ["thoông", "tin"], ["thoông", "tin"]),
    ("bare one toned", ["CHÁĂNH"], ["CHÁĂNH"]),
    ("a syllable", ["THÔNG", "KHOẢN"], ["THÔNG", "KHOẢN"]),
]


@pytest.mark.parametrize("case,words,wanted", VOWEL_TWICE, ids=[c[0] for c in VOWEL_TWICE])
def test_vowel_read_twice(case, words, wanted):
    assert vi_syllable.repair_vowel_read_twice(words) == wanted, case


def test_vowel_read_twice_wrapped_phrase():
    """The repaired word lets the wrapped issuer's phrase be told across its two lines."""
    above, below = ocr.repair_line(["BỘ", "THOÔNG", "TIN", "VÀ", "TRUYỀN"]), ocr.repair_line(["THONG"])
    assert ocr.repair_vocabulary_wrapped(above, below) == (["BỘ", "THÔNG", "TIN", "VÀ", "TRUYỀN"], ["THÔNG"])


ISSUER_CELLS = [
    # must: the name wrapped in the column's first cell, the number two rows down (an empty cell between)
    ("two rows down", [["BỘ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["", "Độc lập - Tự do"],
                       ["Số: 412/KH-BINMT", "Hà Nội, ngày 3 tháng 5 năm 2016"]],
     [["BỘ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["", "Độc lập - Tự do"],
      ["Số: 412/KH-BTNMT", "Hà Nội, ngày 3 tháng 5 năm 2016"]]),
    ("next row", [["SỞ Y TẾ", "CỘNG HÒA"], ["Số: 18/KH-SYI", "Độc lập"]],
     [["SỞ Y TẾ", "CỘNG HÒA"], ["Số: 18/KH-SYT", "Độc lập"]]),
    ("a stroke taken out", [["UBND TỈNH HÀ LÂM\nSỞ NỘI VỤ", ""], ["Số: 7/TB-SNIV", ""]],
     [["UBND TỈNH HÀ LÂM\nSỞ NỘI VỤ", ""], ["Số: 7/TB-SNV", ""]]),
    # must not: a code the name does not tell, a code read right, another column's name
    ("not told", [["SỞ Y TẾ", "CỘNG HÒA"], ["Số: 18/KH-UBNI", "Độc lập"]],
     [["SỞ Y TẾ", "CỘNG HÒA"], ["Số: 18/KH-UBNI", "Độc lập"]]),
    ("read right", [["SỞ Y TẾ", ""], ["Số: 18/KH-SYT", ""]], [["SỞ Y TẾ", ""], ["Số: 18/KH-SYT", ""]]),
    ("another column", [["", "SỞ Y TẾ"], ["Số: 18/KH-SYI", ""]], [["", "SỞ Y TẾ"], ["Số: 18/KH-SYI", ""]]),
]


@pytest.mark.parametrize("case,rows,wanted", ISSUER_CELLS, ids=[c[0] for c in ISSUER_CELLS])
def test_number_told_by_issuer_cells(case, rows, wanted):
    assert ocr.numbers_told_by_issuer_cells(rows) == wanted, case


SPECK_AFTER = [
    # must: one or two low lines after a row's code or a short number
    ("after a code", "3_", "3"),
    ("two, after a numbered code", "12._", "12."),
    ("after a bracketed code", "4)__", "4)"),
    # must not: a blank to fill in, a word, an amount, before a word (as before)
    ("a blank", "5____", "5____"),
    ("a word", "nhà_", "nhà_"),
    ("an amount", "1.250_", "1.250_"),
    ("before a word", "_Nơi", "Nơi"),
]


@pytest.mark.parametrize("case,word,wanted", SPECK_AFTER, ids=[c[0] for c in SPECK_AFTER])
def test_speck_after_short_number(case, word, wanted):
    assert ocr.without_specks(word) == wanted, case
