"""Round IMG42: an abbreviation in capitals read with a dot below a vowel (extractors/formats/vi_syllable.py
repair_abbreviation_dot, applied to every OCR word by extractors/formats/ocr.py _repaired).

G60's Markdown plan of a province's smart-city centre names it "IOC" seven times; on every scan of it (300 dpi, photo,
archive, phone app, low) the tesseract model read each one "IỌC" (a bold O over the line's foot), and the task
"... trên nền tảng IỌC (IỌC chủ trì, ...)" matched no gold. An abbreviation is written in bare letters (the bar of
"Đ" aside) and no Vietnamese syllable spells "IOC": the dot goes. Every input here is invented.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_abbreviation_dot


@pytest.mark.parametrize("read, right", [
    # must: a capitals word no syllable spells, its only mark one dot below (a nucleus Vietnamese lacks, no vowel
    # where an onset or final is, letters no syllable strings)
    ("IỌC", "IOC"), ("ỊCT", "ICT"), ("ỌCOP", "OCOP"), ("ỌDA", "ODA"), ("ỤBND", "UBND"), ("KGVỤ", "KGVU"),
    ("PCỊT", "PCIT"), ("ỊOT", "IOT"), ("ỤNDP", "UNDP"),
    # must-not: syllables read with their dot below ("HỌC", "NGHỊ", "ĐỊA", "TỊCH", "ỌC", "HỌ", "NGỌC")
    ("HỌC", "HỌC"), ("NGHỊ", "NGHỊ"), ("ĐỊA", "ĐỊA"), ("TỊCH", "TỊCH"), ("ỌC", "ỌC"), ("HỌ", "HỌ"), ("NGỌC", "NGỌC"),
    # ... a word with another mark, or a second one ("ĐỘI", "VỊỆT"), an abbreviation with none ("UBND", "HĐND")
    ("ĐỘI", "ĐỘI"), ("VỊỆT", "VỊỆT"), ("UBND", "UBND"), ("HĐND", "HĐND"),
    # ... a word in small letters or mixed case, one letter, a long word, a word with a digit
    ("iọc", "iọc"), ("Ịoc", "Ịoc"), ("Ị", "Ị"), ("NGHỊỌUYẾTX", "NGHỊỌUYẾTX"), ("Ọ2", "Ọ2"),
])
def test_repair_abbreviation_dot(read, right):
    assert repair_abbreviation_dot(read) == right


@pytest.mark.parametrize("word, repaired", [
    # must: the OCR word's repair takes the dot off, its punctuation kept
    ("(IỌC", "(IOC"), ("IỌC).", "IOC)."), ("ỊCT,", "ICT,"),
    # ... and an abbreviation read right keeps its bare letters (the stop-tone repair put a dot in "IOC": "ioc" is
    # shaped as a stop syllable, but no syllable's nucleus is "io")
    ("IOC", "IOC"), ("(IOC)", "(IOC)"), ("IOT", "IOT"),
    # must-not: the other repairs as before ("TICH" -> "TỊCH", "viêc" -> "việc", "HOACH" -> "HOẠCH", "Ouốc" ->
    # "Quốc"), a syllable as read
    ("TICH", "TỊCH"), ("viêc", "việc"), ("HOACH", "HOẠCH"), ("KHUYET", "KHUYẸT"), ("DUOC", "DUỌC"), ("Ouốc", "Quốc"),
    ("HỌC,", "HỌC,"),
])
def test_ocr_word_repaired(word, repaired):
    assert ocr._repaired(word) == repaired


@pytest.mark.parametrize("cell, heading", [
    # must: a heading of three words or more with its "ri" read as "n" (the letters touching under the cell's rule)
    ("Cợ quan chu tn", "Cơ quan chủ trì"), ("Đơn vị chủ tn", "Đơn vị chủ trì"), ("BỘ PHẬN CHỦ TN", "BỘ PHẬN CHỦ TRÌ"),
    # ... and one letter lost, as before
    ("Đơn vị chủ tì", "Đơn vị chủ trì"),
    # must-not: a heading of two words ("Chủ tn"), other cells, the headings as written
    ("Chủ tn", "Chủ tn"), ("Cơ quan tn", "Cơ quan tn"), ("Cơ quan phối hợp", "Cơ quan phối hợp"),
    ("Cơ quan chủ trì", "Cơ quan chủ trì"),
])
def test_heading_ri_read_as_n(cell, heading):
    from extractors.formats.vi_syllable import repair_heading
    assert repair_heading(cell) == heading
