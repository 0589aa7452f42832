"""Round IMG14: what the OCR path lost on G16's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG14")."""

import pytest

from extractors.formats import ocr


# A unit column's sign alone in its cell read surely by the page's model ("%" at 93), which the digits' model, asked
# again for a short cell neither number nor word, read as a digit ("7"): the row's unit lost and its three targets
# with it. A unit's sign read surely is what the cell holds; other short readings are still read again.
@pytest.mark.parametrize("text, conf, again", [
    ("%", 93.0, False),
    ("‰", 88.0, False),
    (" % ", 85.0, False),
    # must: still read again (a sign read unsurely, signs and letters for a short number)
    ("%", 41.0, True),
    ("°)", 90.0, True),
    ("a", 30.0, True),
    ("Đo", 55.0, True),
    # must not be read again: a number, a Roman code, a decimal, a word read surely
    ("95", 40.0, False),
    ("IV", 40.0, False),
    ("9,8", 50.0, False),
    ("STT", 91.0, False),
])
def test_unit_sign_not_read_again(text, conf, again):
    assert ocr.read_again_as_digits(text, conf) is again


# A cell of one line read as a number written right and surely by the page's model ("75" at 94), and as another
# number unsurely by the digits' model ("79" at 64): a target of 75% lost and one of 79% made up. The surer reading
# stands, as a wrapped cell's does.
@pytest.mark.parametrize("first, first_conf, second, second_conf, kept", [
    ("75", 94.0, "79", 64.0, True),
    ("38", 91.0, "36", 70.0, True),
    ("12,5", 88.0, "12,6", 52.0, True),
    ("60%", 90.0, "68%", 61.0, True),
    # must not: the first unsure, the second sure, the same reading, a first that is no number, grouped amounts
    # (the column's total tells those), a wrapped cell (its own rule)
    ("75", 70.0, "79", 64.0, False),
    ("75", 94.0, "79", 85.0, False),
    ("75", 94.0, "75", 60.0, False),
    ("7S", 94.0, "75", 60.0, False),
    ("1.250", 95.0, "1.850", 60.0, False),
    ("66.000.0\n00", 90.0, "66.000.000", 60.0, False),
])
def test_sure_number_kept(first, first_conf, second, second_conf, kept):
    assert ocr.first_number_kept(first, first_conf, second, second_conf) is kept


# The recipients' label "Nơi nhận:" read with its first word garbled ("ợt nhân:"): the list under it lost. A line
# of two words, the second "nhận:" but for its marks, the first at most two letters from "nơi", over a list's dash
# at its indent.
@pytest.mark.parametrize("lines, first", [
    ([(["ợt", "nhân:"], 56.0), (["-", "Như", "Điều", "3;"], 57.0)], ["Nơi", "nhận:"]),
    ([(["Nới", "nhặn:"], 70.0), (["-", "Sở", "Tài", "chính;"], 72.0)], ["Nơi", "nhận:"]),
    ([(["Noi", "nhận:"], 40.0), (["–", "Lưu:", "VT."], 44.0)], ["Nơi", "nhận:"]),
    ([(["Nơ", "nhân:"], 40.0), (["+", "UBND", "huyện;"], 41.0)], ["Nơi", "nhận:"]),
    ([(["Nơi", "nhậm:"], 40.0), (["-", "Như", "trên;"], 41.0)], ["Nơi", "nhận:"]),
    ([(["Noi", "nhạn:"], 40.0), (["-", "Như", "trên;"], 41.0)], ["Nơi", "nhận:"]),
    # must not: another word before "nhận:", no dash under it, a dash far off, no colon, a longer line
    ([(["Bên", "nhận:"], 56.0), (["-", "Công", "ty", "Hòa", "Bình;"], 57.0)], ["Bên", "nhận:"]),
    ([(["Đã", "nhận:"], 56.0), (["-", "Tờ", "trình;"], 57.0)], ["Đã", "nhận:"]),
    ([(["Người", "nhận:"], 56.0), (["-", "Ông", "A;"], 57.0)], ["Người", "nhận:"]),
    ([(["ợt", "nhân:"], 56.0), (["Như", "Điều", "3;"], 57.0)], ["ợt", "nhân:"]),
    ([(["ợt", "nhân:"], 56.0), (["-", "Như", "Điều", "3;"], 300.0)], ["ợt", "nhân:"]),
    ([(["ợt", "nhân"], 56.0), (["-", "Như", "Điều", "3;"], 57.0)], ["ợt", "nhân"]),
    ([(["cá", "ợt", "nhân:"], 56.0), (["-", "Như", "Điều", "3;"], 57.0)], ["cá", "ợt", "nhân:"]),
    ([(["Nơi", "nhà:"], 56.0), (["-", "Như", "Điều", "3;"], 57.0)], ["Nơi", "nhà:"]),
    ([(["Nơi", "thăm:"], 56.0), (["-", "Như", "Điều", "3;"], 57.0)], ["Nơi", "thăm:"]),
])
def test_recipients_label(lines, first):
    assert ocr.repair_recipients_label(lines)[0] == first


# A page's first heading's "I." read "L." (a serif I's foot read as the L's bar: "L. MỤC TIỂU" over "II. NỘI DUNG"):
# its objectives and targets lost. Told by the heading after it, as "IL." is (IMG9).
@pytest.mark.parametrize("numbers, repaired", [
    (["L.", "II.", "III."], ["I.", "II.", "III."]),
    (["l/", "II/"], ["I/", "II/"]),
    (["|.", "II.", "III.", "IV."], ["I.", "II.", "III.", "IV."]),
    # must not: another sign, not the first, no sign, a heading after it that is no "I" or "II", "IL." as before
    (["L.", "II/"], ["L.", "II/"]),
    (["II.", "L."], ["II.", "L."]),
    (["L", "II"], ["L", "II"]),
    (["L.", "III."], ["L.", "III."]),
    (["L.", "V."], ["L.", "V."]),
    (["IL.", "III.", "IV."], ["II.", "III.", "IV."]),
])
def test_first_heading_read_as_l(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


# A date's "tháng" read with a letter too many or wrong ("Vân Ninh, ngày 09" / "thánaq 02 năm 2017": the g's tail read
# "q"; the date line no date, the place and the date lost): between "ngày DD" (or a wrapped line's start) and "MM năm
# YYYY", a word at most two letters from "thang" is "tháng".
@pytest.mark.parametrize("line, expected", [
    ("thánaq 02 năm 2017", "tháng 02 năm 2017"),
    ("Hà Khê, ngày 14 thánq 7 năm 2023", "Hà Khê, ngày 14 tháng 7 năm 2023"),
    ("ngày 3 tlháng 11 năm 2019;", "ngày 3 tháng 11 năm 2019;"),
    ("ngày 21 thắng 4 năm 2022", "ngày 21 tháng 4 năm 2022"),
    # must not: a word at a line's start that is a syllable, a word with no date before it, other words, no year
    ("thanh 3 năm 2020", "thanh 3 năm 2020"),
    ("chiến thắng 30 năm 1975", "chiến thắng 30 năm 1975"),
    ("hoàn thành 2 năm 2021", "hoàn thành 2 năm 2021"),
    ("thêm 3 năm 2020", "thêm 3 năm 2020"),
    ("ngày 5 thánaq 3 năm nay", "ngày 5 thánaq 3 năm nay"),
    ("ngày 5 tháng 3 năm 2020", "ngày 5 tháng 3 năm 2020"),
])
def test_month_word(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected


# A header set in a ruled table, its cells read one by one ("SỞ Y TẾ TỈNH VAN" / "NINH", "BAO HIEM XÃ HỌI" / "TĨNH VAN
# NINH": the issuer "Bảo hiểm xã Họi", a commune's), where the page's lines write the names in small letters ("tỉnh
# Vân Ninh", "Vân Ninh, ngày ...", "Bảo hiểm xã hội tỉnh"): the cells take the page's spelling
# (repair_names_told_by_page), in their text and their lines.
class _Grid:
    def __init__(self, texts, lines):
        self.texts, self.lines = dict(enumerate(texts)), dict(enumerate(lines))


def _page(*texts):
    return [{"text": w, "x0": 50.0 + 30 * i, "x1": 70.0 + 30 * i, "top": 100.0 + 20 * k}
            for k, text in enumerate(texts) for i, w in enumerate(text.split())]


@pytest.mark.parametrize("texts, lines, page, expected", [
    (["SỞ Y TẾ TỈNH VAN NINH", "BAO HIEM XÃ HỌI TỈNH VAN NINH"],
     [["SỞ Y TẾ TỈNH VAN", "NINH"], ["BAO HIEM XÃ HỌI", "TỈNH VAN NINH"]],
     ["Căn cứ Kế hoạch của Ủy ban nhân dân tỉnh Vân Ninh về", "Sở Y tế và Bảo hiểm xã hội tỉnh thống nhất",
      "Bảo hiểm xã hội tỉnh chủ trì; Vân Ninh, ngày 9"],
     (["SỞ Y TẾ TỈNH VÂN NINH", "BAO HIỂM XÃ HỘI TỈNH VÂN NINH"],
      [["SỞ Y TẾ TỈNH VÂN", "NINH"], ["BAO HIỂM XÃ HỘI", "TỈNH VÂN NINH"]])),
    (["UBND HUYỆN ĐÔNG SON"], [["UBND HUYỆN ĐÔNG", "SON"]], ["huyện Đông Sơn; Đông Sơn, ngày 3 tháng 2"],
     (["UBND HUYỆN ĐÔNG SƠN"], [["UBND HUYỆN ĐÔNG", "SƠN"]])),
    # must not: a name the page does not write, a page that writes two spellings as often, a cell in small letters
    (["UBND HUYỆN ĐÔNG SON"], [["UBND HUYỆN ĐÔNG", "SON"]], ["huyện Tân Lập ban hành"],
     (["UBND HUYỆN ĐÔNG SON"], [["UBND HUYỆN ĐÔNG", "SON"]])),
    (["UBND HUYỆN ĐÔNG SON"], [["UBND HUYỆN ĐÔNG", "SON"]], ["Đông Sơn và Đông Sởn"],
     (["UBND HUYỆN ĐÔNG SON"], [["UBND HUYỆN ĐÔNG", "SON"]])),
    (["Đông Son"], [["Đông", "Son"]], ["huyện Đông Sơn; Đông Sơn, ngày 3"], (["Đông Son"], [["Đông", "Son"]])),
])
def test_cells_named_by_page(texts, lines, page, expected):
    grid = _Grid(texts, lines)
    ocr._cells_named_by_page([grid], _page(*page))
    assert (list(grid.texts.values()), list(grid.lines.values())) == expected


# A table's row-number heading "TT" read as two other letters ("Ly": a phone's photo, both T's lost) over the row codes
# "1", "2", beside the column headings: the heading row not told, the budget table's agencies and totals lost (nine
# items). Two letters over two codes or more, the row's other cells headings, are the row number's heading.
_HEAD = ["Cơ quan", "Tổng số", "Giai đoạn 2017 - 2018", "Giai đoạn 2019 - 2020"]


@pytest.mark.parametrize("rows, headings", [
    ([["Ly", *_HEAD], ["1", "Sở Y tế", "1.600", "700", "900"], ["2", "Sở Tài chính", "1.100", "500", "600"]], [0]),
    ([["Fr", *_HEAD], ["1.", "Sở Y tế", "1.600", "700", "900"], ["2.", "Sở Tài chính", "1.100", "500", "600"],
      ["3.", "Huyện Đông Sơn", "90", "40", "50"]], [0]),
    # must not: one code only, a word of three letters ("Quý" over its quarters' codes), a row of no headings
    ([["Ly", *_HEAD], ["1", "Sở Y tế", "1.600", "700", "900"], ["", "Tổng cộng", "1.600", "700", "900"]], []),
    ([["Quý", "Nội dung", "Đơn vị chủ trì"], ["I", "Khảo sát", "Sở Y tế"], ["II", "Tập huấn", "Sở Y tế"]], []),
    ([["Ly", "1.600", "700", "900", "12"], ["1", "Sở Y tế", "1.600", "700", "900"], ["2", "Sở Tài chính", "1.100", "500", "600"]], []),
])
def test_code_heading_two_letters(rows, headings):
    assert ocr._code_headings(rows) == headings


# The header's motto and a joint issuer's name in capitals read with their marks lost ("CỌNG HOA XA HỌI" / "CHỦ NGHĨA
# VIỆT" / "NAM", "BAO HIEM XA HỌI": a phone's photo of a header set in a table), the issuer beside it running into the
# motto ('Bảo hiểm xã hội tỉnh Vân Ninh Cọng Hoa Xa Họi ...'): phrases of the vocabulary (vi_syllable.VOCABULARY).
@pytest.mark.parametrize("line, expected", [
    ("CỌNG HOA XA HỌI", "CỘNG HÒA XÃ HỘI"),
    ("CỘNG HOÀ XÃ HOI CHU NGHĨA VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("BAO HIEM XA HỌI", "BẢO HIỂM XÃ HỘI"),
    ("BAO HIEM XA HOI TỈNH", "BẢO HIỂM XÃ HỘI TỈNH"),
    # must not: words of other letters, a phrase cut short
    ("CỘNG HÒA XÃ HỘI", "CỘNG HÒA XÃ HỘI"),
    ("CÔNG HÓA XA", "CÔNG HÓA XA"),
    ("BAO HIEM Y TE", "BAO HIEM Y TE"),
])
def test_motto_and_insurer_vocabulary(line, expected):
    assert " ".join(ocr.repair_line(line.split())) == expected


# (a page's lines of one word, or none under the last: no label, nothing taken)
def test_recipients_label_short_lines():
    lines = [(["ỦY", "BAN"], 72.0), (["e"], 124.8), (["TỈNH", "ĐÔNG"], 72.0), ([], 72.0)]
    assert ocr.repair_recipients_label(lines) == [["ỦY", "BAN"], ["e"], ["TỈNH", "ĐÔNG"], []]
