"""Round IMG16: what the OCR path lost on G19's documents as scans (tests/renditions/ARCHIVE_SCANS.md, "Round
IMG16")."""

import pytest

from extractors.formats.vi_syllable import repair_section_heading


# A Đề án's section heading under a label and its number ("Mục 1. MỤC TIÊU" under "Chương II", "CHƯƠNG III: KINH
# PHÍ", "Phần B. NHIỆM VỤ") read with a wrong tone ("MỤC TIỂU"): the objectives' heading not found, the section's
# lines taken for objectives and its objective lost. The label and its number are the heading's number, as "I." is;
# the label may be in small letters, the heading in capitals.
@pytest.mark.parametrize("line, repaired", [
    ("Mục 1. MỤC TIỂU", "Mục 1. MỤC TIÊU"),
    ("Mục 3: NHIỆM VU VÀ GIẢI PHÁP", "Mục 3: NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("MỤC 2. NỌI DUNG", "MỤC 2. NỘI DUNG"),
    ("Chương IV. TỔ CHỨC THỤC HIỆN", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("CHƯƠNG II: QUAN ĐIÊM", "CHƯƠNG II: QUAN ĐIỂM"),
    ("Phần B. KINH PHI", "Phần B. KINH PHÍ"),
    ("Phần III- MỤC TIỂU", "Phần III- MỤC TIÊU"),
    # must not: the heading in small letters, a label with no number's sign, no label, a letter after "Mục", a
    # word that is no label, a heading's words that are no section's
    ("Mục 1. Mục tiểu", "Mục 1. Mục tiểu"),
    ("Mục 2 MỤC TIỂU", "Mục 2 MỤC TIỂU"),
    ("Mục B. MỤC TIỂU", "Mục B. MỤC TIỂU"),
    ("Điểm 1. MỤC TIỂU", "Điểm 1. MỤC TIỂU"),
    ("Mục 4. DANH SÁCH TIỂU BAN", "Mục 4. DANH SÁCH TIỂU BAN"),
    ("mục 1. MỤC TIỂU", "mục 1. MỤC TIỂU"),
])
def test_labelled_section_heading(line, repaired):
    assert " ".join(repair_section_heading(line.split())) == repaired


# A header's word in capitals read with a vowel twice, the marks stacked over it split between the two ("BỘ THÔNG TIN
# VÀ" / "TRUYỂÊN THÔNG": the issuer 'Bộ Thông tin và Truyểên thông'): no syllable, and the page writes the word with
# the vowel once beside the same neighbour ("Bộ Thông tin và Truyền thông" in the body): that spelling is taken
# (vi_syllable.repair_letter_told_by_page), as a word read with one letter wrong is.
@pytest.mark.parametrize("lines, expected", [
    ([["TRUYỂÊN", "THÔNG"], ["Sở", "Thông", "tin", "và", "Truyền", "thông"]], ["TRUYỀN", "THÔNG"]),
    ([["SỞ", "NÔNG", "NGHIỆÊP"], ["Sở", "Nông", "nghiệp", "và", "Môi", "trường"]], ["SỞ", "NÔNG", "NGHIỆP"]),
    ([["BAN", "QUẢN", "LÝ", "DỰ", "ÁN", "ĐIỆÊN"], ["dự", "án", "điện", "gió"]], ["BAN", "QUẢN", "LÝ", "DỰ", "ÁN", "ĐIỆN"]),
    ([["HUYỆÊN", "ĐOÀN"], ["Huyện", "đoàn", "Tân", "Hà"]], ["HUYỆN", "ĐOÀN"]),
    ([["CỤC", "QUẢN", "LÝ", "MÔI", "TRUỜỜNG"], ["về", "môi", "trường", "biển"]], ["CỤC", "QUẢN", "LÝ", "MÔI", "TRƯỜNG"]),
    # must not: a consonant too many (IMG12's must-not stays), no neighbour the page writes, two spellings fit, the
    # word one letter shorter other than the vowel, a word that is a syllable
    ([["PHÒNG", "GIÁO", "DỤTC"], ["Phòng", "Giáo", "dục", "và"]], ["PHÒNG", "GIÁO", "DỤTC"]),
    ([["TRUYỂÊN", "HÌNH"], ["Sở", "Thông", "tin", "và", "Truyền", "thông"]], ["TRUYỂÊN", "HÌNH"]),
    ([["SỞ", "NGHIỆÊP"], ["Sở", "nghiệp"], ["sở", "nghiêp"]], ["SỞ", "NGHIỆÊP"]),
    ([["TRUYỂÊT", "THÔNG"], ["Truyền", "thông"]], ["TRUYỂÊT", "THÔNG"]),
    ([["KHOA", "HỌC"], ["Kha", "học"]], ["KHOA", "HỌC"]),
])
def test_vowel_read_twice_told_by_page(lines, expected):
    from extractors.formats.vi_syllable import repair_letter_told_by_page
    assert repair_letter_told_by_page(lines)[0] == expected


# A document's type line ("ĐỀ ÁN", "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG") read after an archive's specks ("- ĐỂ ÁN": a
# speck in the margin read surely as a dash; "“ “'CHƯƠNG TRÌNH HÀNH ĐỘNG": quotes, one glued to the word): no type
# line then, the kind, the title and the bases lost. A type line has no sign before it: the signs go (""), the
# kind's words take its marks.
@pytest.mark.parametrize("line, repaired", [
    ("- ĐỂ ÁN", " ĐỀ ÁN"),
    ("“ “'CHƯƠNG TRÌNH HÀNH ĐỘNG", " CHƯƠNG TRÌNH HÀNH ĐỘNG"),
    ("— KÉ HOẠCH", " KẾ HOẠCH"),
    ("' . PHƯƠNG ÁN", "  PHƯƠNG ÁN"),
    ("“QUYÊT ĐỊNH", "QUYẾT ĐỊNH"),
    ("- KẾ HOẠCH LIÊN TỊCH", " KẾ HOẠCH LIÊN TỊCH"),
    # must not: no sign before it, a list's item in small letters, a long line in capitals after a dash, a number
    # before the kind, a line that is no kind, a dash between two words
    ("ĐỀ ÁN", "ĐỀ ÁN"),
    ("- Kế hoạch số 12/KH-UBND", "- Kế hoạch số 12/KH-UBND"),
    ("- KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH MÙA ĐÔNG", "- KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH MÙA ĐÔNG"),
    ("1. KẾ HOẠCH", "1. KẾ HOẠCH"),
    ("- UBND TỈNH", "- UBND TỈNH"),
    ("- NHIỆM VỤ", "- NHIỆM VỤ"),
    ("KẾ HOẠCH - NGÂN SÁCH", "KẾ HOẠCH - NGÂN SÁCH"),
])
def test_specks_before_type_line(line, repaired):
    from extractors.formats import ocr
    assert " ".join(ocr.specks_before_kind(line.split())) == repaired


# A header's number whose issuer's code was read with a T's look-alike ("Số: 1638/QĐ-BTTTI": the last T read "I" on
# an archive's scan, no capital after it for a stroke) or a stroke between two capitals, under the issuer's name in
# capitals in its column ("BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG"; the motto's lines beside it passed over): the name's
# initials but "và" tell the code.
def _column(*lines, x0=100.0):
    """Stretches of one column, each (words, left, right), 8 points a letter."""
    return [(words, x0, x0 + 8 * len(" ".join(words))) for words in lines]


_MOTTO_LINE = [(["Độc", "lập", "-", "Tự", "do", "-", "Hạnh", "phúc"], 300.0, 500.0)]


@pytest.mark.parametrize("parts, number", [
    (_column(["BỘ", "THÔNG", "TIN", "VÀ"], ["TRUYỀN", "THÔNG"]) + _MOTTO_LINE + _column(["Số: 1638/QĐ-BTTTI"]),
     "Số: 1638/QĐ-BTTTT"),
    (_column(["UBND", "TỈNH", "NAM", "HÀ"], ["SỞ", "TÀI", "CHÍNH"], ["Số:", "45/KH-SIC"]), "45/KH-STC"),
    (_column(["SỞ", "GIÁO", "DỤC", "VÀ", "ĐÀO", "TẠO"], ["Số:", "7/KH-SGDĐI"]), "7/KH-SGDĐT"),
    (_column(["BAN", "CHỈ", "ĐẠO", "TỈNH"], ["Số:", "3/TB-BCĐIT"]), "3/TB-BCĐT"),
    (_column(["TRUNG", "TÂM", "Y", "TẾ"]) + _MOTTO_LINE + _column(["88/BC-TTYI."]), "88/BC-TTYT."),
    # must not: the code told as read, lines above not in capitals, a code the initials do not tell, two fits, the
    # issuer in another column, a number cited in a line of the body under a heading
    (_column(["ỦY", "BAN", "NHÂN", "DÂN"], ["XÃ", "TÂN", "AN"], ["Số:", "02/KH-UBND"]), "02/KH-UBND"),
    (_column(["Sở", "Tài", "chính"], ["Số:", "45/KH-STI"]), "45/KH-STI"),
    (_column(["SỞ", "Y", "TẾ"], ["Số:", "12/KH-SNI"]), "12/KH-SNI"),
    (_column(["SỞ", "TƯ", "PHÁP"], ["Số:", "9/KH-IIP"]), "9/KH-IIP"),
    (_column(["SỞ", "Y", "TẾ"], x0=300.0) + _column(["Số:", "12/KH-SYI"]), "12/KH-SYI"),
    (_column(["SỞ", "Y", "TẾ"], ["Căn", "cứ", "Kế", "hoạch", "số", "12/KH-SYI"]), "12/KH-SYI"),
])
def test_number_told_by_issuer(parts, number):
    from extractors.formats import ocr
    out = ocr.repair_number_told_by_issuer(parts)[-1]
    assert number in out
