"""Round IMG22: what the OCR path lost on G25-G27's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG22"). Every name and figure here is invented."""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr
from extractors.layout.wrap import cell_text
from extractors.formats.vi_syllable import repair_heading, repair_vocabulary


# A number cut in a cell too narrow for it (an annex's table by year, each year's column as wide as "2026"): a rate
# wrapped after its decimal comma ("45," / "9") and a heading's year cut ("Năm 202" / "6"). Joined as a cell's words
# ("45, 9", "Năm 202 6") the rate was no number and the column no year's: the row's objective and targets lost.
@pytest.mark.parametrize("text, expected", [
    # must join
    ("45,\n9", "45,9"),
    ("7,\n25", "7,25"),
    ("103,\n4%", "103,4%"),
    ("Năm\n202\n6", "Năm 2026"),
    ("Nă\nm\n201\n9", "Năm 2019"),
    ("Năm 20\n31", "Năm 2031"),
    ("Kế hoạch 199\n8", "Kế hoạch 1998"),
    # must not: two numbers, a list, a month and a count, a range's other half, no word before the digits, words
    ("20\n15", "20 15"),
    ("Tháng 2\n100", "Tháng 2 100"),
    ("1,\n2 và 3", "1, 2 và 3"),
    ("12\n5", "12 5"),
    ("2018\n5", "2018 5"),
    ("Giai đoạn 20\n21-2025", "Giai đoạn 20 21-2025"),
    ("Xã Khải\nThành", "Xã Khải Thành"),
    ("45,\nha", "45, ha"),
    ("2.4\n00", "2.400"),  # (an amount cut: cell_text's, as before)
])
def test_number_cut_in_a_narrow_cell(text, expected):
    # (layout.wrap.cell_text, which a PDF's cells are read with too: tests/test_p38_cut_numbers.py)
    assert cell_text(text) == expected


# A heading of letters ("TT" over a column of row numbers) read unsurely by the page's model (66) and the same,
# surely, by the digits' model: it is read no more as one word of digits ("1" at 0: the table's heading row taken for
# a row, a district's six budget items by commune lost).
@pytest.mark.parametrize("first, second, conf, expected", [
    ("TT", "TT", 95.1, True),
    ("STT", "STT", 88.0, True),
    ("Số", "Số", 91.0, True),
    # must not: the digits' model unsure, or reading another thing; no letter no number has ("ll", "O")
    ("TT", "TT", 60.0, False),
    ("la", "Bye", 62.4, False),
    ("ll", "ll", 95.0, False),
    ("O", "O", 95.0, False),
])
def test_letters_read_alike(first, second, conf, expected):
    assert ocr.read_alike(first, second, conf) is expected


# A cell of a column of numbers read unsurely as letters and signs ("2,5" read "và; Ở" at 29, "2,2" read "la" at 0):
# it is read again as a number is, and as one word of digits ("2,5", "2,2"), a short decimal taken as a short number
# is. Not a cell read surely, a long one (a heading's words), nor one in a column of words.
def test_numbers_column_cells():
    grid, other = object(), object()

    def box(x0, x1):
        return (grid, (x0, 0, x1, 10))
    boxes = [box(10, 50), box(10, 50), box(10, 50), box(10, 50), box(10, 50), box(60, 90), box(60, 90),
             box(60, 90), (other, (10, 0, 50, 10)), box(10, 50)]
    read = [("0,8", 96.0), ("và; Ở", 28.6), ("3,0", 96.7), ("la", 0.0), ("3,5", 95.0),
            ("Xã Phú", 95.0), ("lã", 20.0), ("Xã Tân", 95.0), ("ab", 10.0),
            ("Giảm tỷ lệ hộ nghèo (%)", 40.0)]
    assert ocr.numbers_column_cells(boxes, read) == {1, 3}
    # two numbers read surely in its column at least
    assert ocr.numbers_column_cells(boxes[:2], read[:2]) == set()
    # a group's Roman code read unsurely in a column of row codes is a code ("II" over "1", "2": read again as digits
    # it became "I", the group's items under the group before; tests/test_scans.py's own Word plan scanned)
    codes = [("I", 96.0), ("1", 96.0), ("2", 95.0), ("HH", 61.7), ("III", 41.0), ("3", 96.0)]
    assert ocr.numbers_column_cells([box(10, 50)] * 6, codes) == set()
    assert ocr.numbers_column_cells([box(10, 50)] * 4, [("1", 96.0), ("2", 95.0), ("lI", 50.0), ("3", 96.0)]) == set()


@pytest.mark.parametrize("text, taken", [
    ("2,2", True), ("47,35", True), ("3", True),
    ("2,2,2", False), ("1.250", False), ("2,", False),
])
def test_short_decimal(text, taken):
    assert bool(ocr._SHORT_NUMBER.match(text) or ocr._SHORT_DECIMAL.match(text)) is taken


# A ministry's signer's titles in capitals ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG", a Markdown table's cell flattened to one
# line) read with the hook of "Ở" as an acute ("BỘ TRƯỚNG THỨ TRƯỚNG": "trướng" is a syllable; the signer's title
# lost): the posts of a ministry and of a Phòng are the vocabulary's (vi_syllable.VOCABULARY), as "Chủ tịch" is.
@pytest.mark.parametrize("line, expected", [
    # must repair
    ("KT. BỘ TRƯỚNG THỨ TRƯỚNG", "KT. BỘ TRƯỞNG THỨ TRƯỞNG"),
    ("KT. BO TRUONG", "KT. BỘ TRƯỞNG"),
    ("THỨ TRUONG", "THỨ TRƯỞNG"),
    ("TL. CHỦ TỊCH TRUONG PHÒNG", "TL. CHỦ TỊCH TRƯỞNG PHÒNG"),
    ("PHO TRƯỚNG PHONG", "PHÓ TRƯỞNG PHÒNG"),
    ("BỘ TRƯỚNG Lê Văn Tâm", "BỘ TRƯỞNG Lê Văn Tâm"),
    # must not: not in capitals; a stretch with other words than titles (a heading); a title read right
    ("Bộ trướng", "Bộ trướng"),
    ("Trường phòng học", "Trường phòng học"),
    ("TRƯỜNG PHÒNG CHÁY", "TRƯỜNG PHÒNG CHÁY"),
    ("NGÀNH TRƯỞNG PHÒNG", "NGÀNH TRƯỞNG PHÒNG"),
    ("KT. BỘ TRƯỞNG", "KT. BỘ TRƯỞNG"),
])
def test_ministry_titles(line, expected):
    assert " ".join(repair_vocabulary(line.split())) == expected


# A task table's heading "Bộ phận chủ trì" (a union's plan: its departments lead) printed bold and wrapped ("Bộ phận
# chủ" / "trì"), the "ì" alone on its line lost ("Bộ phận chủ tr": the column of leads not told, four tasks' leads
# lost): the heading is the closed vocabulary's (vi_syllable.TABLE_HEADINGS), whose three-word headings are told with
# a letter lost or their marks wrong.
@pytest.mark.parametrize("cell, expected", [
    # must repair
    ("Bộ phận chủ tr", "Bộ phận chủ trì"),
    ("BỘ PHẬN CHỦ TR", "BỘ PHẬN CHỦ TRÌ"),
    ("Bộ phận chú trì", "Bộ phận chủ trì"),
    ("Bộ phân phôi hợp", "Bộ phận phối hợp"),
    # must not: another department, a heading cut by more than a letter, one read right
    ("Bộ phận kế toán", "Bộ phận kế toán"),
    ("Bộ phận chủ", "Bộ phận chủ"),
    ("Bộ phận chủ trì", "Bộ phận chủ trì"),
    ("Bộ phận một cửa", "Bộ phận một cửa"),
])
def test_department_headings(cell, expected):
    assert repair_heading(cell) == expected


def _word(*glyphs, height=47):
    """A word's ink: glyphs (width, height, at the foot?) side by side, 7 columns apart."""
    width = sum(w for w, _, _ in glyphs) + 7 * (len(glyphs) + 1)
    ink = np.zeros((height, width), dtype=bool)
    x = 7
    for w, h, foot in glyphs:
        top = (height - 4 - h) if foot == "foot" else (height - 4 - h + 4 if foot == "semicolon" else 2)
        ink[top:top + h, x:x + w] = True
        if (w, h) == RING[:2]:  # hollow
            ink[top + 3:top + h - 3, x + 3:x + w - 3] = False
        if foot == "semicolon":  # a dot at the x-height, a tail below the foot
            ink[top + 5:top + h - 7, x:x + w] = False
        x += w + 7
    return ink


DIGIT, SIGN, RING, STOP, COMMA, BRACKET, MARK = (27, 41, "foot"), (45, 41, "foot"), (19, 22, "foot"), \
    (7, 7, "foot"), (8, 13, "foot"), (12, 45, "foot"), (19, 12, "top")
SEMICOLON, BLOT = (10, 18, "semicolon"), (19, 21, "foot")


# A rate per mille ("Giảm tỷ suất sinh thô 0,3‰") read "0,3%" by the page's model, which knows no "‰" (a target of
# 0.3% made): the word's ink ends in the "%"'s glyph and one more small ring at its foot (ocr.per_mille).
@pytest.mark.parametrize("glyphs, expected", [
    # must: a "%" and a ring, a stop after it at most
    ((DIGIT, STOP, DIGIT, SIGN, RING), True),
    ((DIGIT, STOP, DIGIT, SIGN, RING, STOP), True),
    ((DIGIT, DIGIT, SIGN, RING), True),
    # must not: a "%" alone, or with a stop, a comma, a bracket after it; a mark over the line, not a ring
    ((DIGIT, DIGIT, SIGN), False),
    ((DIGIT, SIGN, STOP), False),
    ((DIGIT, STOP, DIGIT, SIGN, COMMA), False),
    ((DIGIT, SIGN, BRACKET), False),
    ((DIGIT, SIGN, MARK), False),
    ((SIGN,), False),
    ((DIGIT, DIGIT, SIGN, SEMICOLON), False),
    ((DIGIT, DIGIT, SIGN, BLOT), False),
])
def test_per_mille(glyphs, expected):
    assert ocr.per_mille(_word(*glyphs)) is expected


# A short heading of letters ("TT" over a column of row numbers) that neither model read, both unsurely ("JWMI" at 0,
# "ỊT" at 63 on a phone app's scan: the heading row taken for a row, six budget items lost): read once more by the
# page's model as one word (ocr.word_unread; "TT" at 94), taken where that reading is sure and letters.
@pytest.mark.parametrize("first, first_conf, second, second_conf, expected", [
    # must: both unsure, one short word each, no digit
    ("JWMI", 0.0, "ỊT", 62.5, True),
    ("SĨT", 40.0, "STT", 70.0, True),
    ("Đó", 30.0, "Do", 50.0, True),
    # must not: either read surely; a digit (a number's cell: the digits' reading's); longer or more words; signs only
    ("TT", 66.0, "TT", 95.1, False),
    ("TT", 90.0, "ỊT", 60.0, False),
    ("và; Ở", 28.6, "Ajo", 38.2, False),
    ("la", 0.0, "2,2", 58.0, False),
    ("ö8", 48.6, "88", 40.0, False),
    ("Nội dung", 50.0, "Noi", 40.0, False),
    ("NSĐPX", 50.0, "NSDP", 40.0, False),
    (";:", 10.0, ".,", 10.0, False),
    ("ll", 20.0, "Il", 30.0, False),
])
def test_word_unread(first, first_conf, second, second_conf, expected):
    assert ocr.word_unread(first, first_conf, second, second_conf) is expected
