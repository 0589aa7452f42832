"""Round IMG19: what the OCR path lost on G21's and G22's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG19"). Every name and figure here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_letter_told_by_page


# An abbreviation in capitals read with a vowel's mark ("... và ƯBND các xã thực hiện": the U read with a horn, the
# partner 'Ủy ban nhân dân các xã' not told): no abbreviation carries one; where the page writes its letters without
# marks beside the same neighbour ("Chủ tịch UBND các xã"), that spelling is taken. A word in capitals that is a
# syllable read with a mark lost ("SỞ TÀI NGUYÊN VÀ MÔI" / "TRƯƠNG": the issuer 'Sở Tài nguyên và Môi trương', its
# province lost) takes the marks the page writes it with beside the same neighbour ("Sở Tài nguyên và Môi trường
# xây dựng ..."), the neighbour at the end of the line above too (a header's name wrapped in its column).
@pytest.mark.parametrize("lines, expected", [
    # must repair
    ([["phối", "hợp", "với", "Phòng", "Y", "tế", "và", "ƯBND", "các", "phường"], ["Chủ", "tịch", "UBND", "các",
                                                                                 "phường"]],
     ["phối", "hợp", "với", "Phòng", "Y", "tế", "và", "UBND", "các", "phường"]),
    ([["Giao", "BQLDÁ", "huyện", "chủ", "trì"], ["do", "BQLDA", "huyện", "làm", "chủ", "đầu", "tư"]],
     ["Giao", "BQLDA", "huyện", "chủ", "trì"]),
    ([["Ban", "Thường", "vụ", "Huyện", "ủy,", "ỦBND", "huyện"], ["UBND", "huyện", "Bình", "Lạc"]],
     ["Ban", "Thường", "vụ", "Huyện", "ủy,", "UBND", "huyện"]),
    ([["SỞ", "KẾ", "HOẠCH", "VÀ", "ĐẦU"], ["TƯ", "Độc", "lập"], ["SỞ", "KHOA", "HỌC", "VÀ", "CÔNG"],
      ["NGHÊ"], ["Sở", "Khoa", "học", "và", "Công", "nghệ", "chủ", "trì"]], None),
    ([["SỞ", "TÀI", "NGUYÊN", "VÀ", "MÔI"], ["TRƯƠNG", "Độc", "lập"], ["Sở", "Tài", "nguyên", "và", "Môi", "trường",
                                                                   "xây", "dựng"]],
     ["SỞ", "TÀI", "NGUYÊN", "VÀ", "MÔI"]),
    ([["BAN", "DÂN", "TỘC", "TINH"], ["UBND", "tỉnh", "Lâm", "Sơn"], ["Ban", "Dân", "tộc", "tỉnh", "Lâm", "Sơn"]],
     ["BAN", "DÂN", "TỘC", "TỈNH"]),
    # must not: an abbreviation the page writes with the mark itself nowhere else unmarked, no neighbour the page
    # writes, a word read with a mark more than the page's (not lost), the page writing the word as read too, two
    # spellings that fit, a mark in lower case on the page's word but not one lost (another tone), an abbreviation as
    # the page writes it, a bar (a letter's: "HĐNĐ" or "HDND" for "HĐND" is not told which way)
    ([["và", "ƯBND", "các", "xã"], ["Chủ", "tịch", "ƯBND", "các", "xã"]], ["và", "ƯBND", "các", "xã"]),
    ([["và", "ƯBND", "các", "xã"], ["Chủ", "tịch", "UBND", "huyện"]], ["và", "ƯBND", "các", "xã"]),
    ([["HỌC", "VIỆN"], ["các", "học", "viên", "của", "lớp"]], ["HỌC", "VIỆN"]),
    ([["HỌC", "VIÊN"], ["các", "học", "viện", "và", "học", "viên"]], ["HỌC", "VIÊN"]),
    ([["PHÒNG", "VIÊN"], ["các", "phòng", "viện", "và", "phòng", "viền"]], ["PHÒNG", "VIÊN"]),
    ([["HỘI", "NÔNG", "DÂN", "TÂN"], ["Hội", "Nông", "dân", "tấn"]], ["HỘI", "NÔNG", "DÂN", "TÂN"]),
    ([["Ban", "CHQS", "xã"], ["Ban", "CHQS", "xã"]], ["Ban", "CHQS", "xã"]),
    ([["Thường", "trực", "HĐNĐ", "thị", "xã;"], ["báo", "cáo", "HĐND", "thị", "xã"]], ["Thường", "trực", "HĐNĐ", "thị", "xã;"]),
])
def test_marks_told_by_page(lines, expected):
    got = repair_letter_told_by_page(lines)
    if expected is None:  # the line with the word wrapped: "NGHÊ" under "... VÀ CÔNG"
        assert got[3] == ["NGHỆ"] and got[1] == ["TƯ", "Độc", "lập"]
    elif lines[0][-1] == "MÔI":
        assert got[1] == ["TRƯỜNG", "Độc", "lập"]
    else:
        assert got[0] == expected


# A list's number read with a comma for its stop: the new wording of an amendment's task quoted ("“7, Phát triển
# điểm giới thiệu ...": the task 7 of the amended plan, its number no sequence of this page's; the task lost), or a
# number after "1.", "2." at its indent ("3, Sở Tài chính ..."). A number before a word in small letters ("7, 8 và
# 9 Điều 3": a wrapped list of clauses), one without a quote out of the page's sequence, or where the list's next
# number is the same, stays.
@pytest.mark.parametrize("starts, repaired", [
    # must repair
    ([("1.", 60, "Khoản"), ("2.", 60, "Bổ"), ("“7,", 62, "Phát")], ["1.", "2.", "“7."]),
    ([("\"12,", 60, "Hỗ")], ["\"12."]),
    ([("‘3,", 60, "Tăng")], ["‘3."]),
    ([("1.", 60, "Sở"), ("2.", 60, "Sở"), ("3,", 60, "Công")], ["1.", "2.", "3."]),
    ([("4)", 72, "Tổ"), ("5,", 72, "Ban")], ["4)", "5)"]),
    # must not: a small letter after it, no quote and no number one less at its indent, the next number the same,
    # a decimal, a "0"
    ([("“7,", 60, "8")], ["“7,"]),
    ([("\"5,", 60, "các")], ["\"5,"]),
    ([("2.", 60, "Sở"), ("7,", 60, "Điều")], ["2.", "7,"]),
    ([("2.", 60, "Sở"), ("3,", 90, "Điều")], ["2.", "3,"]),
    ([("2.", 60, "Sở"), ("3,", 60, "Sở"), ("3.", 60, "Phòng")], ["2.", "3,", "3."]),
    ([("“7,5", 60, "Tỷ")], ["“7,5"]),
    ([("“0,", 60, "Tỷ")], ["“0,"]),
])
def test_list_number_read_with_comma(starts, repaired):
    assert ocr.repair_list_numbers(starts) == repaired


# A unit column's heading "ĐVT" set tight against the cell's right rule, its T read as an "L" ("ĐVL": the column's
# units not told, the indicator whose unit is no "%" lost): the last letter of an abbreviation heading of three
# letters or more read as an "L" is the heading's "T" where that spells one (vi_syllable._abbreviation, as a T read
# as a stroke is).
@pytest.mark.parametrize("cell, expected", [
    ("ĐVL", "ĐVT"),
    ("DVL", "ĐVT"),
    ("STL", "STT"),
    # must not: an "L" not last, an abbreviation of two letters ("SL": số lượng), a word, other abbreviations
    ("NSLW", "NSLW"),
    ("SL", "SL"),
    ("TL", "TL"),
    ("HTL", "HTL"),
    ("BQL", "BQL"),
    ("Lưu", "Lưu"),
])
def test_unit_heading_t_read_as_l(cell, expected):
    from extractors.formats.vi_syllable import repair_heading
    assert repair_heading(cell) == expected


# The marks of two bold capitals side by side lifted onto a line of their own and read as one sign ("¬" 25 pt wide
# over "SỞ TÀI": the hook of "Ở" and the grave of "À", between "UBND TỈNH NAM ĐÀI" and "SỞ TÀI NGUYÊN VÀ MÔI"): the
# header's lines parted, the issuer's province lost. A sign with no letter whose two ends lie over two words next to
# each other of the line right under it is their marks (ocr.marks_over_words), as a narrow one over one word is.
def _line(words, top, bottom=None):
    return [{"text": t, "x0": float(x0), "x1": float(x1), "top": float(top), "bottom": float(bottom or top + 14),
             "conf": 93.0} for t, x0, x1 in words]


BODY = (("SỞ", 59, 77), ("TÀI", 82, 105), ("NGUYÊN", 110, 169), ("VÀ", 174, 193), ("MÔI", 197, 226))


@pytest.mark.parametrize("sign, x0, x1, found", [
    ("¬", 71, 96, "SỞ"),
    ("~^", 178, 204, "VÀ"),
    ("`'", 100, 120, "TÀI"),
    ("-", 64, 70, "SỞ"),  # (a narrow one, as before)
    # must not: a rule's dashes, a low line, over three words, one end over no word, a sign with a letter
    ("----", 71, 96, None),
    ("__", 71, 96, None),
    ("¬", 71, 180, None),
    ("¬", 40, 70, None),
    ("¬a", 71, 96, None),
])
def test_marks_of_two_words_read_as_one_sign(sign, x0, x1, found):
    above = _line((("UBND", 59, 96), ("TỈNH", 101, 134)), 44, 59)
    lone = _line(((sign, x0, x1),), 60, 73)
    under = _line(BODY, 74, 88)
    ink = {id(lone[0]): (66.0, 73.0)}
    pairs = ocr.marks_over_words([above, lone, under], ink)
    assert [w["text"] for _, w in pairs] == ([found] if found else [])


# A short number in a table's cell that the page's model read unsurely and the digits' model read as no number at all
# ("92" set under the cell's top rule: "22" at 40 and "a2:" at 42; a target of 92% lost, one of 22% made): nothing
# confirms it, and the cell is read once more as one word of digits (ocr.number_unread, beside both_unsure).
@pytest.mark.parametrize("first, conf, second, again", [
    ("22", 39.7, "a2:", True),
    ("7", 55.0, "", True),
    ("135", 70.0, "1B5.", True),
    ("22", 39.7, "2.", True),
    # must not: read surely, both models' numbers (both_unsure's), a number the digits' model wrote right, no short
    # number (an amount, a word, a decimal)
    ("22", 91.0, "a2:", False),
    ("22", 39.7, "92", False),
    ("22", 39.7, "9,2", False),
    ("1.250", 40.0, "a.2", False),
    ("Sở", 40.0, "a", False),
    ("9,2", 40.0, "a", False),
])
def test_short_number_unread_by_the_digits_model(first, conf, second, again):
    assert ocr.number_unread(first, conf, second) == again


# ... the line above holding the column beside after the name's first part ("SỞ TÀI NGUYÊN VÀ MÔI" and the motto's
# wrapped "NAM" read on one row of a phone app's scan): the neighbour before a line's first word is the last word of
# the line above's first column.
@pytest.mark.parametrize("lines, columns, expected", [
    ([["SỞ", "TÀI", "NGUYÊN", "VÀ", "MÔI", "NAM"], ["TRƯƠNG", "Độc", "lập"], ["Sở", "Tài", "nguyên", "và", "Môi",
                                                                             "trường"]], [5, 1, 6], "TRƯỜNG"),
    ([["BAN", "DÂN", "TỘC", "VIỆT"], ["TINH", "Độc"], ["Ban", "Dân", "tộc", "tỉnh"]], [3, 1, 4], "TỈNH"),
    # must not: the line above's first column ending in another word, no column told (its last word "NAM")
    ([["SỞ", "TÀI", "NGUYÊN", "VÀ", "MÔI", "NAM"], ["TRƯƠNG", "Độc", "lập"], ["Môi", "trường"]], [4, 1, 2], "TRƯƠNG"),
    ([["SỞ", "TÀI", "NGUYÊN", "VÀ", "MÔI", "NAM"], ["TRƯƠNG", "Độc", "lập"], ["Môi", "trường"]], None, "TRƯƠNG"),
])
def test_marks_told_by_page_across_a_column(lines, columns, expected):
    assert repair_letter_told_by_page(lines, columns)[1][0] == expected


# A seal stamped over a table (an annex's last page of an archive's scan: the ring's letters and the star over the
# amounts, read into the cells as "6.000 1n Z\" `$", "3X): © ®": hakhe scan-archive, three budget items lost): the
# cells are read from the page without the seal's red ink where that ink lies (ocr.cells_without_seal), as the
# signer's block under a seal is read again from it. A pixel the red's removal made no lighter (the type, a rule,
# the paper) stays as the cells' image has it (rules erased, grain smoothed).
@pytest.mark.parametrize("cells, page, sealless, expected", [
    # must: the seal's ink (grey in the page, paper without it) goes; the type under it (dark in both) stays
    ([[255, 120, 30]], [[255, 120, 30]], [[255, 250, 30]], [[255, 250, 30]]),
    ([[200, 90]], [[200, 90]], [[245, 90]], [[245, 90]]),
    # must not: no red ink (the same page), a pixel lighter by the red's removal less than SEAL_DROPPED, a rule the
    # cells' image erased (255) where the page has it
    ([[255, 120, 30]], [[255, 120, 30]], [[255, 120, 30]], [[255, 120, 30]]),
    ([[200, 90]], [[200, 90]], [[230, 110]], [[200, 90]]),
    ([[255, 255]], [[40, 40]], [[40, 40]], [[255, 255]]),
])
def test_cells_under_a_seal_read_without_it(cells, page, sealless, expected):
    import numpy as np

    got = ocr.cells_without_seal(np.array(cells, np.uint8), np.array(page, np.uint8), np.array(sealless, np.uint8))
    assert got.tolist() == expected
