"""Round IMG12: what the OCR path lost on G13's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round IMG12")."""

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_heading


# A budget table's source heading that is an abbreviation, read with a letter twice, once in lower case ("NS huyện"
# read "NsS huyện": its items' source 'other' for 'local'), or with a "T" whose bar was lost read as "I" ("NSTW" read
# "NSIW": 'other' for 'central'): the closed vocabulary of headings (vi_syllable.TABLE_HEADINGS) spells it.
@pytest.mark.parametrize("cell, expected", [
    ("NsS huyện", "NS huyện"),
    ("NsS tỉnh", "NS tỉnh"),
    ("NSs xã", "NS xã"),
    ("NIS tỉnh", "NS tỉnh"),
    ("NSIW", "NSTW"),
    ("NSlW", "NSTW"),
    ("ĐVI", "ĐVT"),
    ("NsSTW", "NSTW"),
    # must not: other cells, other abbreviations, a Roman code, a word in lower case
    ("NSTW", "NSTW"),
    ("NS huyện", "NS huyện"),
    ("UBND huyện", "UBND huyện"),
    ("BHXH", "BHXH"),
    ("HTX", "HTX"),
    ("II", "II"),
    ("III", "III"),
    ("IT", "IT"),
    ("Ns", "Ns"),
    ("Kiên cố hóa kênh", "Kiên cố hóa kênh"),
    ("NSIW 2025", "NSIW 2025"),
    ("TNHH Minh Sơn", "TNHH Minh Sơn"),
])
def test_abbreviation_heading(cell, expected):
    assert repair_heading(cell) == expected


# A Roman number inside a line whose last two strokes ran together as "H" ("Kiên cố hóa kênh mương loại III" read
# "... loại IH" in a budget table's row: its two items lost): "IH" spells no syllable; the number it leaves is taken.
@pytest.mark.parametrize("line, expected", [
    ("Kiên cố hóa kênh mương loại IH", "Kiên cố hóa kênh mương loại III"),
    ("Đường giao thông cấp IH", "Đường giao thông cấp III"),
    ("Di tích nhóm VIH.", "Di tích nhóm VIII."),
    ("Khu vực XIH;", "Khu vực XIII;"),
    # must not: "XH" of "KT - XH", "VH", a section number at a line's start, a longer word, a digit
    ("phát triển KT - XH", "phát triển KT - XH"),
    ("đường cấp VH", "đường cấp VH"),
    ("IH. NHIỆM VỤ", "IH. NHIỆM VỤ"),
    ("mã IHS", "mã IHS"),
    ("loại 2H", "loại 2H"),
    ("loại XH", "loại XH"),
])
def test_roman_h_in_line(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected


# A period's first (or last) year read with a digit too many ("giai đoạn 20009 - 2010": the period's start read as its
# end's, 2010): a five-digit number by a dash and a year is a year where one digit's drop gives the one year the page
# writes elsewhere that falls in order with the other end (repair_long_years, which took it only after "năm").
@pytest.mark.parametrize("words, repaired", [
    (["ngày", "15", "năm", "2011", "giai", "đoạn", "20111", "-", "2015"], ["ngày", "15", "năm", "2011", "giai", "đoạn", "2011", "-", "2015"]),
    (["năm", "2023", "từ", "20223", "–", "2025"], ["năm", "2023", "từ", "2023", "–", "2025"]),
    (["Năm", "2018", "...", "2016", "-", "20188;"], ["Năm", "2018", "...", "2016", "-", "2018;"]),
    # must not: no year on the page tells it, two fit, out of order, not by a dash and a year
    (["giai", "đoạn", "20111", "-", "2015"], ["giai", "đoạn", "20111", "-", "2015"]),
    (["2010", "2011", "20110", "-", "2015"], ["2010", "2011", "20110", "-", "2015"]),
    (["năm", "2016", "giai", "đoạn", "20166", "-", "2015"], ["năm", "2016", "giai", "đoạn", "20166", "-", "2015"]),
    (["năm", "2011", "có", "20111", "-", "25", "người"], ["năm", "2011", "có", "20111", "-", "25", "người"]),
    (["năm", "2011", "và", "20111", "hộ"], ["năm", "2011", "và", "20111", "hộ"]),
])
def test_long_year_in_range(words, repaired):
    assert ocr.repair_long_years(words) == repaired


# A word in capitals read with one letter wrong, no syllable then ("SỞ NÔNG NGHITP VÀ MÔI" for "NGHIỆP": the issuer
# 'Sở Nông nghitp và Môi trường'), which the page writes right beside the same neighbour ("Sở Nông nghiệp và Môi
# trường xây dựng ..."): that spelling is taken (vi_syllable.repair_letter_told_by_page).
@pytest.mark.parametrize("lines, expected", [
    ([["SỞ", "CÔNG", "THƯƠHG"], ["Sở", "Công", "Thương", "chủ", "trì"]], ["SỞ", "CÔNG", "THƯƠNG"]),
    ([["BAN", "QUẢN", "LÝ", "KHU", "KINH", "TẾ", "PHÚ", "LẠC"], ["phát", "triển", "kinh", "tế"]],
     ["BAN", "QUẢN", "LÝ", "KHU", "KINH", "TẾ", "PHÚ", "LẠC"]),
    ([["TRUNG", "TÂM", "Y", "TÊT"], ["Trung", "tâm", "Y", "tế", "huyện"]], ["TRUNG", "TÂM", "Y", "TÊT"]),  # 3 letters
    ([["PHÒNG", "GIÁO", "DỤTC"], ["Phòng", "Giáo", "dục", "và"]], ["PHÒNG", "GIÁO", "DỤTC"]),  # no word that long
    ([["SỞ", "XÂY", "DƯNTG"], ["Sở", "Xây", "dựng,"]], ["SỞ", "XÂY", "DƯNTG"]),
    # must not: two spellings fit, no neighbour the page writes, a word the page does not write beside it
    ([["CÔNG", "THƯƠHG"], ["Công", "Thương"], ["công", "thưởng"]], ["CÔNG", "THƯƠHG"]),
    ([["SỞ", "NÔNG", "NGHITP"], ["ngành", "nghiệp", "vụ"]], ["SỞ", "NÔNG", "NGHITP"]),
    ([["SỞ", "TƯ", "PHÁP"], ["tư", "pháp"]], ["SỞ", "TƯ", "PHÁP"]),
])
def test_letter_told_by_page(lines, expected):
    from extractors.formats.vi_syllable import repair_letter_told_by_page
    assert repair_letter_told_by_page(lines)[0] == expected
