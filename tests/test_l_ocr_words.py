"""OCR's words repaired where a closed vocabulary proves them wrong (round L, from the scan
renditions of the invented documents): a document number's type code and issuer's code,
and the level word of a People's Committee's name."""

from __future__ import annotations

import pytest

from extractors.formats import ocr


# A document number's type code read with a look-alike letter, and its issuer's code with a
# tone mark no code has (round L, from the scan renditions: "86/TIr-TNMT", "86/TTIr-SỴT",
# "08/C1-UBND" cost a legal basis and a header's number)
@pytest.mark.parametrize("words, expected", [
    # must repair: a T read as I, l or 1; an I inserted; a tone mark on a code's letter
    (["Tờ", "trình", "số", "64/TIr-SNV", "ngày"], ["Tờ", "trình", "số", "64/TTr-SNV", "ngày"]),
    (["số", "212/TTIr-SỴT,"], ["số", "212/TTr-SYT,"]),
    (["Số:", "15/C1-UBND"], ["Số:", "15/CT-UBND"]),
    (["Quyết", "định", "số", "7/2024/QĐ-UBNĐ;"], ["Quyết", "định", "số", "7/2024/QĐ-UBNĐ;"]),
    (["số", "33/KH-SGDĐT"], ["số", "33/KH-SGDĐT"]),
    (["Kế", "hoạch", "số", "41/KH-UBND"], ["Kế", "hoạch", "số", "41/KH-UBND"]),
    (["số", "5/Cl-UBND"], ["số", "5/CT-UBND"]),
    (["số", "102/KH-ỦBND"], ["số", "102/KH-UBND"]),
    # ... spaced around its hyphen, or in a word a second reading made of the number's line
    (["số", "86/TTIr", "-", "SỴT", "ngày"], ["số", "86/TTr", "-", "SYT", "ngày"]),
    (["Số: 08/C1-UBND"], ["Số: 08/CT-UBND"]),
    # must not: a code that is a type code, a fraction or a date, a code two look-alikes away,
    # a word that is no number, a Party number, the horn and hat of a code's letters
    (["số", "45/TT-BTC"], ["số", "45/TT-BTC"]),
    (["ngày", "12/11/2024"], ["ngày", "12/11/2024"]),
    (["số", "9/IIl-UBND"], ["số", "9/IIl-UBND"]),
    (["tỷ", "lệ", "1/1000"], ["tỷ", "lệ", "1/1000"]),
    (["số", "30-NQ/TW"], ["số", "30-NQ/TW"]),
    (["số", "18-CTr/TƯ"], ["số", "18-CTr/TƯ"]),
    (["số", "18/CTr-BTƯ"], ["số", "18/CTr-BTƯ"]),
    (["đạt", "3/C1", "và", "Tỷ", "lệ"], ["đạt", "3/C1", "và", "Tỷ", "lệ"]),
])
def test_a_document_numbers_codes_read_with_look_alikes(words, expected):
    assert ocr.repair_doc_numbers(words) == expected


# The level word of a People's Committee's or Council's header read with a wrong tone ("TỈNH"
# as "TÍNH", "TĨNH"): the issuer's province is lost (round L, three scans)
@pytest.mark.parametrize("words, expected", [
    # must repair: after "NHÂN DÂN" or its abbreviation, in capitals
    (["ỦY", "BAN", "NHÂN", "DÂN", "TÍNH"], ["ỦY", "BAN", "NHÂN", "DÂN", "TỈNH"]),
    (["ỦY", "BAN", "NHÂN", "DÂN", "TĨNH", "LAM", "ĐIỀN"], ["ỦY", "BAN", "NHÂN", "DÂN", "TỈNH", "LAM", "ĐIỀN"]),
    (["HỘI", "ĐỒNG", "NHÂN", "DÂN", "TINH", "SƠN", "CƯỜNG"], ["HỘI", "ĐỒNG", "NHÂN", "DÂN", "TỈNH", "SƠN", "CƯỜNG"]),
    (["UBND", "TÌNH", "BẮC", "LAM"], ["UBND", "TỈNH", "BẮC", "LAM"]),
    # must not: a place whose name has the word ("HÀ TĨNH", "HUYỆN SƠN TỊNH"), the word in prose,
    # a level word read right, a district's "THỊ XÃ TỊNH BIÊN"
    (["ỦY", "BAN", "NHÂN", "DÂN", "TỈNH", "HÀ", "TĨNH"], ["ỦY", "BAN", "NHÂN", "DÂN", "TỈNH", "HÀ", "TĨNH"]),
    (["ỦY", "BAN", "NHÂN", "DÂN", "HUYỆN", "SƠN", "TỊNH"], ["ỦY", "BAN", "NHÂN", "DÂN", "HUYỆN", "SƠN", "TỊNH"]),
    (["ỦY", "BAN", "NHÂN", "DÂN", "THỊ", "XÃ", "TỊNH", "BIÊN"], ["ỦY", "BAN", "NHÂN", "DÂN", "THỊ", "XÃ", "TỊNH", "BIÊN"]),
    (["Ủy", "ban", "nhân", "dân", "tính", "toán"], ["Ủy", "ban", "nhân", "dân", "tính", "toán"]),
])
def test_a_headers_level_word_read_with_a_wrong_tone(words, expected):
    assert ocr.repair_level_word(words) == expected
