"""Round IMG13: what the OCR path lost on G14's and G15's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG13")."""

import pytest

from extractors.formats import ocr


# A party's document number ("18-CTr/HU": its number, a hyphen, its type code, a slash, its issuer's code) whose type
# code was read with a T's look-alike ("18-CIr/HU": the number lost) or a stroke inserted: repair_doc_numbers took
# the state's order only ("64/TIr-SNV"); the party's order is the same code between other separators.
@pytest.mark.parametrize("line, expected", [
    ("Số: 18-CIr/HU", "Số: 18-CTr/HU"),
    ("Số: 203-Clr/TU", "Số: 203-CTr/TU"),
    ("Số 09-CIr/ĐU,", "Số 09-CTr/ĐU,"),
    ("Số: 41-KIH/BTGTU", "Số: 41-KH/BTGTU"),
    ("Số: 7-QĐĐ/HU", "Số: 7-QĐ/HU"),
    ("Số: 18-CIr / HU", "Số: 18-CTr / HU"),
    # must not: a right party number, a state number, a range of years, a code that no letter makes a type code
    ("Số: 18-CTr/HU", "Số: 18-CTr/HU"),
    ("Số 07-NQ/ĐU", "Số 07-NQ/ĐU"),
    ("Số: 64/TTr-SNV", "Số: 64/TTr-SNV"),
    ("giai đoạn 2023-2025", "giai đoạn 2023-2025"),
    ("Số: 12-XIZ/HU", "Số: 12-XIZ/HU"),
    ("mã 3-ABI/CD", "mã 3-ABI/CD"),
    ("Quốc lộ 1A-CIr", "Quốc lộ 1A-CIr"),
])
def test_party_number_type_code(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected


# A cited number's issuer's code read with a stroke between two capitals ("210/KH-SNNMIT": a letter's edge read "I"),
# where the body named after it ("... năm 2025 của Sở Nông nghiệp và Môi trường") has the initials of the code
# without that stroke ("SNNMT"): its legal basis lost. The name tells the code (repair_codes_told_by_names).
@pytest.mark.parametrize("lines, expected", [
    (["Thực hiện Kế hoạch số 210/KH-SNNMIT ngày 16 tháng 12", "năm 2025 của Sở Nông nghiệp và Môi trường về"],
     ["Thực hiện Kế hoạch số 210/KH-SNNMT ngày 16 tháng 12", "năm 2025 của Sở Nông nghiệp và Môi trường về"]),
    (["Căn cứ Kế hoạch số 88/KH-BNNMIT ngày 3/2/2025 của Bộ Nông nghiệp và Môi trường;"],
     ["Căn cứ Kế hoạch số 88/KH-BNNMT ngày 3/2/2025 của Bộ Nông nghiệp và Môi trường;"]),
    (["Kế hoạch số 5/KH-SKHIĐT ngày 9/1/2024 của Sở Kế hoạch và Đầu tư;"],
     ["Kế hoạch số 5/KH-SKHĐT ngày 9/1/2024 của Sở Kế hoạch và Đầu tư;"]),
    (["Quyết định số 640/QĐ-UBNID ngày 2/3/2023 của Ủy ban nhân dân huyện Tân Khê;"],
     ["Quyết định số 640/QĐ-UBND ngày 2/3/2023 của Ủy ban nhân dân huyện Tân Khê;"]),
    # must not: a code as its name gives it, a stroke the name does not drop, no name after the number, a name far off
    (["Công văn số 17/SKHĐT-lTH ngày 5/6/2024 của Sở Kế hoạch và Đầu tư"],
     ["Công văn số 17/SKHĐT-lTH ngày 5/6/2024 của Sở Kế hoạch và Đầu tư"]),
    (["Quyết định số 12/QĐ-UBND ngày 3/2/2025 của Ủy ban nhân dân tỉnh"],
     ["Quyết định số 12/QĐ-UBND ngày 3/2/2025 của Ủy ban nhân dân tỉnh"]),
    (["Kế hoạch số 5/KH-SYIT ngày 3/2/2025 của Bộ Y tế;"], ["Kế hoạch số 5/KH-SYIT ngày 3/2/2025 của Bộ Y tế;"]),
    (["Kế hoạch số 5/KH-SNNMIT ngày 3/2/2025;"], ["Kế hoạch số 5/KH-SNNMIT ngày 3/2/2025;"]),
    (["Kế hoạch số 5/KH-BVIHC về việc tổ chức các hoạt động hưởng ứng trong tháng của Bộ Văn hóa"],
     ["Kế hoạch số 5/KH-BVIHC về việc tổ chức các hoạt động hưởng ứng trong tháng của Bộ Văn hóa"]),
    (["Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ"], ["Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ"]),
])
def test_code_told_by_name(lines, expected):
    assert [" ".join(line) for line in ocr.repair_codes_told_by_names([line.split() for line in lines])] == expected


# A header's words in capitals read with their marks lost ("BỆNH VIỆN Y HỌC CỔ" / "TRUYEN", the name wrapped in a
# narrow column: the issuer 'Bệnh viện y học cổ truyen'), words the page writes in small letters in its body
# ("Bệnh viện Y học cổ truyền xây dựng ..."): repair_names_told_by_page took a name's pair ("Quảng Lâm") only; a pair
# of words in small letters the page writes so (only so, or most) after the same word now tells a pair in capitals
# too (not the reverse).
@pytest.mark.parametrize("lines, repaired", [
    ([["BỆNH", "VIỆN", "Y", "HỌC", "CỔ"], ["TRUYEN"], ["Bệnh", "viện", "Y", "học", "cổ", "truyền", "xây", "dựng"]],
     [["BỆNH", "VIỆN", "Y", "HỌC", "CỔ"], ["TRUYỀN"], ["Bệnh", "viện", "Y", "học", "cổ", "truyền", "xây", "dựng"]]),
    ([["TRUNG", "TÂM", "DAY", "NGHE"], ["Trung", "tâm", "dạy", "nghề", "huyện"]],
     [["TRUNG", "TÂM", "DẠY", "NGHỀ"], ["Trung", "tâm", "dạy", "nghề", "huyện"]]),
    ([["TRƯỜNG", "TRUNG", "CẤP", "KY"], ["THUAT"], ["Trường", "Trung", "cấp", "kỹ", "thuật", "tỉnh"]],
     [["TRƯỜNG", "TRUNG", "CẤP", "KỸ"], ["THUẬT"], ["Trường", "Trung", "cấp", "kỹ", "thuật", "tỉnh"]]),
    ([["BAN", "QUAN", "LY", "DỰ", "ÁN"], ["Ban", "quản", "lý", "dự", "án", "xây"]],
     [["BAN", "QUẢN", "LÝ", "DỰ", "ÁN"], ["Ban", "quản", "lý", "dự", "án", "xây"]]),
    # must not: a pair in small letters read otherwise (only capitals are told), two spellings as often, short words
    ([["cổ", "truyen"], ["cổ", "truyền", "xây"], ["cổ", "truyền"]], [["cổ", "truyen"], ["cổ", "truyền", "xây"], ["cổ", "truyền"]]),
    ([["TRUNG", "TÂM", "DAY", "NGHE"], ["dạy", "nghề"], ["dày", "nghe"]],
     [["TRUNG", "TÂM", "DAY", "NGHE"], ["dạy", "nghề"], ["dày", "nghe"]]),
    ([["ĐOÀN", "XA", "LA"], ["xa", "lạ"]], [["ĐOÀN", "XA", "LA"], ["xa", "lạ"]]),
    ([["TRUNG", "TÂM", "DAY", "NGHE"], ["Trung", "tâm", "dạy", "nghề"], ["Trung", "tâm", "dày", "nghe"]],
     [["TRUNG", "TÂM", "DAY", "NGHE"], ["Trung", "tâm", "dạy", "nghề"], ["Trung", "tâm", "dày", "nghe"]]),
    ([["TRUNG", "TÂM", "DAY", "NGHE"], ["về", "dạy", "nghề"]], [["TRUNG", "TÂM", "DAY", "NGHE"], ["về", "dạy", "nghề"]]),
    ([["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["quảng", "lâm"]], [["UBND", "TỈNH", "QUẢNG"], ["LAM"], ["quảng", "lâm"]]),
])
def test_capitals_told_by_small_letters(lines, repaired):
    from tests.test_img12_ocr import _page
    assert ocr.repair_names_told_by_page(_page(lines)) == repaired


# A budget table's year heading read with one digit as a letter ("Năm 2026 | Năm T027 | Năm 2028": the 2's stroke
# lost; the column's three items 'all years' and 'other' for 2027): _year_headings counts the row's years by place
# and took a year read with a digit wrong or one too many; a year with one letter for a digit now holds a year too.
@pytest.mark.parametrize("rows, fixed", [
    ([["TT", "Nội dung", "Tổng số", "Năm 2026", "Năm T027", "Năm 2028"]], {(0, 4): "Năm 2027"}),
    ([["STT", "Hạng mục", "Năm 2031", "Năm 2O32", "Năm 2033"]], {(0, 3): "Năm 2032"}),
    ([["STT", "Hạng mục", "Năm 2019", "Năm 202l", "Năm 2021"]], {(0, 3): "Năm 2020"}),
    ([["STT", "Hạng mục", "Năm 2044", "Năm 2045", "Năm Z046", "Năm 2047"]], {(0, 4): "Năm 2046"}),
    # must not: years read right, two letters, a code of a letter and digits in a row with fewer than two years
    ([["TT", "Nội dung", "Năm 2026", "Năm 2027", "Năm 2028"]], {}),
    ([["STT", "Hạng mục", "Năm 2031", "Năm ZO3Z", "Năm 2033"]], {}),
    ([["TT", "Mã A123", "Năm 2026", "Năm 2027"]], {}),
    ([["TT", "Dự toán năm 2026", "Ước thực hiện năm T026", "Dự toán năm 2027"]], {}),
])
def test_year_heading_with_a_letter(rows, fixed):
    assert ocr._year_headings(rows) == fixed


# A recipient's note "(b/c)" (for its report) read with its slash as a letter's stem ("- TW Đoàn ( bíc ) ;": the
# recipient 'TW Đoàn ( bíc )'): a "b", a stroke, a "c" in brackets is the note (repair_report_note, in repair_line).
@pytest.mark.parametrize("line, expected", [
    ("- TW Đoàn ( bíc ) ;", "- TW Đoàn ( b/c ) ;"),
    ("- Sở Tài chính (blc);", "- Sở Tài chính (b/c);"),
    ("- Thường trực HĐND huyện (b1c);", "- Thường trực HĐND huyện (b/c);"),
    ("- UBND tỉnh (bic).", "- UBND tỉnh (b/c)."),
    ("- Ban Dân vận ( b|c);", "- Ban Dân vận ( b/c);"),
    # must not: the note read right, a word, no brackets, one bracket only
    ("- UBND tỉnh (b/c);", "- UBND tỉnh (b/c);"),
    ("- Hội Nông dân (bìa);", "- Hội Nông dân (bìa);"),
    ("ký hiệu bíc trên bản đồ", "ký hiệu bíc trên bản đồ"),
    ("- Sở Y tế (bíc và", "- Sở Y tế (bíc và"),
    ("- Văn phòng (bac);", "- Văn phòng (bac);"),
])
def test_report_note(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected


# An "a" with a breve read with a diaeresis ("UBND TỈNH VÄNLÂM": the name glued too; its locality 'Vänlâm'), a letter
# no Vietnamese word has: the breve (vi_syllable.repair_diaeresis, in the words' first repair, ocr._repaired); the
# name glued is then cut as the page writes it ("Văn Lâm, ngày ...": repair_glued_told_by_page).
@pytest.mark.parametrize("word, expected", [
    ("VÄNLÂM", "VĂNLÂM"),
    ("näm", "năm"),
    ("(KHÄN", "(KHĂN"),
    ("Đäk", "Đăk"),
    # must not: other letters, a breve read right, a word with a hat
    ("VĂN", "VĂN"),
    ("Lâm", "Lâm"),
    ("Müller", "Müller"),
    ("TỊCH", "TỊCH"),
])
def test_breve_read_as_diaeresis(word, expected):
    assert ocr._repaired(word) == expected


def test_breve_then_glued_name():
    lines = [["UBND", "TỈNH", ocr._repaired("VÄNLÂM")], ["Văn", "Lâm,", "ngày", "19"]]
    assert ocr.repair_glued_told_by_page(lines)[0] == ["UBND", "TỈNH", "VĂN LÂM"]


class _Cells:
    def __init__(self, texts, lines=None):
        self.texts, self.lines = dict(enumerate(texts)), lines or {}


# ... and where the header is set in a ruled table (a Markdown plan printed), its cells are read one by one and the
# page's repairs of lines did not reach them: a cell's glued word in capitals is cut as the page writes it.
@pytest.mark.parametrize("cells, page, expected", [
    (["UBND TỈNH VĂNLÂM _\nTRƯỜNG CAO ĐẲNG"], "Văn Lâm, ngày 19 tháng 8", ["UBND TỈNH VĂN LÂM _\nTRƯỜNG CAO ĐẲNG"]),
    (["ỦY BAN NHÂN DÂN", "XÃ KHÁNHSƠN"], "Ủy ban nhân dân xã Khánh Sơn xây dựng", ["ỦY BAN NHÂN DÂN", "XÃ KHÁNH SƠN"]),
    (["UBND TỈNH VĂNLÂM"], "Văn Lâm, ngày 19", ["UBND TỈNH VĂN LÂM"]),
    # must not: a word the page does not write apart, a word in small letters, a cell read right
    (["UBND TỈNH HÀLAM"], "Hà Nam, ngày 19", ["UBND TỈNH HÀLAM"]),
    (["Vănlâm"], "Văn Lâm, ngày 19", ["Vănlâm"]),
    (["UBND TỈNH VĂN LÂM"], "Văn Lâm, ngày 19", ["UBND TỈNH VĂN LÂM"]),
])
def test_cells_unglued_by_page(cells, page, expected):
    grid = _Cells(cells)
    ocr._cells_unglued_by_page([grid], page.split())
    assert list(grid.texts.values()) == expected


# A budget table's total read with a space inside its groups ("Tổng cộng | 1.080.00 0.000 | 800.000.000 | ...": the
# total row lost, no amount's shape): the column's amounts (all well grouped) add up to it without the space; the
# check of a total by its amounts (_total_told_by_amounts, through amounts_told_by_total) takes it.
_ROWS = [["STT", "Nội dung", "Tổng số", "Ngân sách xã"], ["1", "Làm mới nhà", "800.000.000", "600.000.000"],
         ["2", "Sửa chữa nhà", "280.000.000", "200.000.000"]]


@pytest.mark.parametrize("total, expected", [
    (["", "Tổng cộng", "1.080.00 0.000", "800.000.000"], {(3, 2): "1.080.000.000"}),
    (["", "Tổng cộng", "1.080.000.000", "800.00 0.000"], {(3, 3): "800.000.000"}),
    (["", "Cộng", "1.080.000.00 0", "800.000.000"], {(3, 2): "1.080.000.000"}),
    # must not: a sum that is not the amounts', an amount read right, two spaces, no total row
    (["", "Tổng cộng", "1.080.00 0.001", "800.000.000"], {}),
    (["", "Tổng cộng", "1.080.000.000", "800.000.000"], {}),
    (["", "Tổng cộng", "1.080 .00 0.000", "800.000.000"], {}),
    (["3", "Hỗ trợ khác", "1.080.00 0.000", "800.000.000"], {}),
])
def test_total_read_with_a_space(total, expected):
    assert ocr.amounts_told_by_total(_ROWS + [total]) == expected
