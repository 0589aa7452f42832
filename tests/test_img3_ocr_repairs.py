"""Scans (helper IMG3): the OCR path's misreads of plain, archive and low (200 dpi, JPEG 60)
scans, at the level of the cells' and the lines' text. The lines are invented."""

import numpy as np
import pytest

from extractors.formats import ocr

# A cell that may hold a number is read again with the `eng` model. (first reading's lines,
# its confidence, the `eng` reading of the same crop, its confidence) -> (the psm it is read
# with, the text taken)
NUMBER_CELLS = [
    # a number wrapped in a narrow column: read as a block, its lines joined
    (("48.000.0\n00", 90), ("48.000.0\n00", 91), ("6", "48.000.000")),
    (("2.750.00\n0", 62), ("2.750.00\n0", 81), ("6", "2.750.000")),
    # the first reading misread a digit ("S" for 5): the second is taken
    (("S.000.00\n0", 67), ("5.000.00\n0", 59), ("6", "5.000.000")),
    # both well formed, the first read more surely: the first is kept
    (("3.500.00\n0", 85), ("3.900.00\n0", 67), ("6", "3.500.000")),
    # both well formed, the second read more surely: the second is taken
    (("3.900.00\n0", 60), ("3.500.00\n0", 88), ("6", "3.500.000")),
    # must not: a cell of one line is read as one line, its text as read
    (("12.400", 58), ("12.400", 80), ("7", "12.400")),
    (("2026 - 2027", 90), ("2026 - 2027", 91), ("7", "2026 - 2027")),
    (("II", 40), ("II", 90), ("7", "II")),
]


@pytest.mark.parametrize("first,second,expected", NUMBER_CELLS)
def test_number_cells_read_again(monkeypatch, first, second, expected):
    seen = []

    def read_cells(crops, lang, psm, timeout, whitelist=None):
        seen.extend(psm for _ in crops)
        return [second for _ in crops]

    monkeypatch.setattr(ocr, "read_cells", read_cells)
    (text, _conf), = ocr._read_numbers_again([np.zeros((4, 4), np.uint8)], [first], 10.0)
    assert (seen, text) == ([expected[0]], expected[1])


# (a stretch of a line as read, as repaired): a word read as another one mark away ("chi" as
# the more frequent "chỉ") that the word next to it tells; must-not rows stay as read
TOLD_WORDS = [
    ("đã chỉ trả hỗ trợ 2.450 triệu đồng", "đã chi trả hỗ trợ 2.450 triệu đồng"),
    ("Chỉ tiết tại Phụ lục 02 kèm theo.", "Chi tiết tại Phụ lục 02 kèm theo."),
    ("Ngân hàng Nông nghiệp chỉ nhánh huyện", "Ngân hàng Nông nghiệp chi nhánh huyện"),
    ("các chỉ cục thuộc Sở", "các chi cục thuộc Sở"),
    ("Tổng chỉ ngân sách huyện 312,5 tỷ đồng", "Tổng chi ngân sách huyện 312,5 tỷ đồng"),
    ("dự toán thu, chỉ ngân sách năm 2027", "dự toán thu, chi ngân sách năm 2027"),
    ("- Chỉ thường xuyên: 84,2 tỷ đồng", "- Chi thường xuyên: 84,2 tỷ đồng"),
    ("CHỈ PHÍ TỔ CHỨC", "CHI PHÍ TỔ CHỨC"),
    ("II. KẾT QUẢ THỤC HIỆN", "II. KẾT QUẢ THỰC HIỆN"),
    ("Đánh giá thục trạng hạ tầng", "Đánh giá thực trạng hạ tầng"),
    ("sắp xếp bộ máy, tỉnh giản biên chế", "sắp xếp bộ máy, tinh giản biên chế"),
    ("ngày 03 tháng 9 nắm 2027", "ngày 03 tháng 9 năm 2027"),
    ("THÁNG 4 NẮM 2024", "THÁNG 4 NĂM 2024"),
    # must not
    ("Sở Tài chính chỉ đạo các đơn vị", "Sở Tài chính chỉ đạo các đơn vị"),
    ("đạt 9/12 chỉ tiêu", "đạt 9/12 chỉ tiêu"),
    ("chỉ trả lời bằng văn bản", "chỉ trả lời bằng văn bản"),
    ("Tổng chỉ huy lực lượng", "Tổng chỉ huy lực lượng"),
    ("tổng chỉ số cải cách", "tổng chỉ số cải cách"),
    ("kiểm soát chỉ cục bộ", "kiểm soát chỉ cục bộ"),
    ("nắm bắt tình hình", "nắm bắt tình hình"),
    ("nắm chắc 2 nội dung", "nắm chắc 2 nội dung"),
    ("chỉ, trả", "chỉ, trả"),
    ("tỉnh Giang Sơn", "tỉnh Giang Sơn"),
    ("chỉ thường trực", "chỉ thường trực"),
]


@pytest.mark.parametrize("read,repaired", TOLD_WORDS)
def test_words_told_by_their_neighbour(read, repaired):
    from extractors.formats.vi_syllable import repair_told_words
    assert " ".join(repair_told_words(read.split())) == repaired
    assert " ".join(ocr.repair_line(read.split())) == repaired


# (a cell's first reading by vie, its reading by eng, is it a cross mark "x"?): a matrix of who
# does what marks a body that takes part with an x alone in its cell
CROSS_CELLS = [
    ("b‹", "x", True),
    ("b‹", "Xx", True),
    ("»", "x", True),
    # must not: a code of letters, a digit, a sign eng does not read as an x
    ("CT", "CT", False),
    ("PH", "PH", False),
    ("Xã", "Xa", False),
    ("b‹", "6", False),
    ("5", "x", False),
    ("II", "x", False),
    ("—", "-", False),
    ("X", "x", False),  # read as an x already: left as read (a Roman row code "X" too)
    ("x", "Xx", False),
]


@pytest.mark.parametrize("first,second,mark", CROSS_CELLS)
def test_cross_mark_cells(first, second, mark):
    assert ocr._cross_mark(first, second) == mark


# (a line as read, as repaired): an amount with "đ" glued to it, the đ read as "3", "d", "ð"
GLUED_DONG = [
    ("ngân sách tỉnh cấp 275.000.0003.", "ngân sách tỉnh cấp 275.000.000đ."),
    ("nguồn thu sự nghiệp 1.400.000.000d;", "nguồn thu sự nghiệp 1.400.000.000đ;"),
    ("mức hỗ trợ 85.000ð/người", "mức hỗ trợ 85.000ð/người"),  # not alone: a unit after
    ("mức hỗ trợ 85.000ð", "mức hỗ trợ 85.000đ"),
    # must not
    ("năm 2025 đạt 12.500 tấn", "năm 2025 đạt 12.500 tấn"),
    ("3.250.000 đ; 3d", "3.250.000 đ; 3d"),
    ("hệ số 1.2503", "hệ số 1.2503"),  # one group and a 3: may be a decimal
    ("tăng 3.5 lần", "tăng 3.5 lần"),
]


@pytest.mark.parametrize("read,repaired", GLUED_DONG)
def test_glued_dong(read, repaired):
    assert " ".join(ocr.repair_glued_dong(read.split())) == repaired
    assert " ".join(ocr.repair_line(read.split())) == repaired


# (a stretch of a line in capitals as read, as repaired): a province's "TỈNH" read with a wrong
# tone after a body or the territory of the province
LEVEL_WORDS = [
    ("SỞ Y TẾ TÍNH PHÚ LÂM", "SỞ Y TẾ TỈNH PHÚ LÂM"),
    ("BỆNH VIỆN ĐA KHOA TĨNH", "BỆNH VIỆN ĐA KHOA TỈNH"),
    ("CÔNG AN TINH BẮC HÒA", "CÔNG AN TỈNH BẮC HÒA"),
    ("BỘ CHỈ HUY QUÂN SỰ TỊNH", "BỘ CHỈ HUY QUÂN SỰ TỈNH"),
    ("TRÊN ĐỊA BÀN TĨNH NAM LÂM NĂM 2027", "TRÊN ĐỊA BÀN TỈNH NAM LÂM NĂM 2027"),
    ("ỦY BAN NHÂN DÂN TÍNH", "ỦY BAN NHÂN DÂN TỈNH"),
    # must not
    ("SỞ Y TẾ HÀ TĨNH", "SỞ Y TẾ HÀ TĨNH"),
    ("PHÒNG, CHỐNG BỆNH CẤP TÍNH", "PHÒNG, CHỐNG BỆNH CẤP TÍNH"),
    ("HUYỆN SƠN TỊNH", "HUYỆN SƠN TỊNH"),
    ("TÍNH TOÁN", "TÍNH TOÁN"),
    ("ĐƠN VỊ TÍNH", "ĐƠN VỊ TÍNH"),
    ("TĨNH", "TĨNH"),  # alone: "HÀ" / "TĨNH", "ĐƠN VỊ" / "TÍNH" wrapped
    ("TÍNH", "TÍNH"),
    ("Tính", "Tính"),
    ("y tế tính theo định mức", "y tế tính theo định mức"),
]


@pytest.mark.parametrize("read,repaired", LEVEL_WORDS)
def test_province_level_word(read, repaired):
    assert " ".join(ocr.repair_level_word(read.split())) == repaired
    assert " ".join(ocr.repair_line(read.split())) == repaired


# (words as read, as repaired): a number whose "-" a receipt stamp's frame crossed, the frame's
# red dropped and the "-" with it: the type code run into "UBND" / "HĐND"
RUN_TOGETHER = [
    (["Số:", "83/KHUBND"], ["Số:", "83/KH-UBND"]),
    (["Số:", "83", "/KHUBND"], ["Số:", "83", "/KH-UBND"]),
    (["Số:", "7/QĐUBND;"], ["Số:", "7/QĐ-UBND;"]),
    (["112/NQHĐND"], ["112/NQ-HĐND"]),
    (["15/TTrUBND"], ["15/TTr-UBND"]),
    # must not
    (["83/KH-UBND"], ["83/KH-UBND"]),
    (["12/HĐND"], ["12/HĐND"]),
    (["12/UBND"], ["12/UBND"]),
    (["45/ABUBND"], ["45/ABUBND"]),
    (["15/BTTTT"], ["15/BTTTT"]),
    (["123/TTCP"], ["123/TTCP"]),
]


@pytest.mark.parametrize("words,expected", RUN_TOGETHER)
def test_number_run_together(words, expected):
    assert ocr.repair_crossed_separator(words) == expected


# (two lines of one paragraph as read, as repaired): the pair told by its neighbour wrapped
ACROSS = [
    (("do đơn vị cử cán bộ chỉ", "trả theo quy định"), ("do đơn vị cử cán bộ chi", "trả theo quy định")),
    (("- Tổng", "chỉ ngân sách xã: 41,6 tỷ đồng"), ("- Tổng", "chi ngân sách xã: 41,6 tỷ đồng")),
    (("Chỉ", "tiết tại Phụ lục"), ("Chi", "tiết tại Phụ lục")),
    (("ngày 12 tháng 4 nắm", "2027"), ("ngày 12 tháng 4 năm", "2027")),
    # must not
    (("Ủy ban nhân dân tỉnh chỉ", "đạo các sở"), ("Ủy ban nhân dân tỉnh chỉ", "đạo các sở")),
    (("giao Sở Tài chính chỉ", "trả lời bằng văn bản"), ("giao Sở Tài chính chỉ", "trả lời bằng văn bản")),
    (("chỉ trả", ""), ("chi trả", "")),  # one line: repair_line's, the same rule
    (("", "chỉ trả"), ("", "chi trả")),
]


@pytest.mark.parametrize("read,repaired", ACROSS)
def test_told_words_across_lines(read, repaired):
    above, below = ocr.repair_told_across(read[0].split(), read[1].split())
    assert (" ".join(above), " ".join(below)) == repaired
