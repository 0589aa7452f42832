"""Round IMG7: shapes the OCR path misread on G7/G8's documents as scans (tests/renditions/ARCHIVE_SCANS.md).
Lines and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.formats import ocr


# A header's number line a clean scan's page reading garbled (the line set close under the issuer's
# rule): "Số" misread past telling, the line one word read under GARBLED_WORD_CONF.
@pytest.mark.parametrize("read, conf, told", [
    ("Ôð:208KHSOTL", 0.0, True),      # "Số: 208/KH-SCT"
    ("Ơđ.57KHUBND", 12.0, True),      # "Số: 57/KH-UBND"
    ("Ô:1120/QĐUBND", 30.0, True),
    ("Ôð:208KHSOTL", 85.0, False),    # read surely: a word as it stands
    ("Ở 20 xã", 10.0, False),         # words, not one glued line
    ("Đã12", 10.0, False),            # no code after the number
    ("xã20kh", 10.0, False),          # no code's capitals
    ("Tháng10/2025", 10.0, False),    # three letters and more before the number
])
def test_number_line_so_lost(read, conf, told):
    assert ocr.number_line_so_lost(read, conf) == told


# "Số:" read as "Sð"/"Sđ" glued to the number: told as a number line (and read again alone)
@pytest.mark.parametrize("read, told", [
    ("Sð1523Qppp", True),
    ("Sđ 86/KH-UBND", True),
    ("Số: 96/KH-UBND", True),
    ("Sđt 0912", False),     # a phone's label: letters after the "đ"
    ("Sở Y tế", False),
    ("Sđ", False),
])
def test_number_line_told_with_eth(read, told):
    assert ocr.number_line_told(ocr._line_start(read)) == told


# A line the page read as a number written by hand ("Số4l2/QÐS8IJC": "1" read "l") whose reading
# alone by the page's model is a printed number line in full takes that reading; a handwritten
# number read alone is signs, and goes to the digits' model as before.
@pytest.mark.parametrize("read_again, printed", [
    ("Số: 412/QĐ-STC", True),
    ("Số: 1523/QĐ-TTg", True),
    ("Số: 12-KH/TU", True),
    ("Số: 45-KH/TĐTN-PTTN", True),
    ("Số: 05/2026/QĐ-UBND", True),
    ("Số 208/KH-SCT", True),
    ("Só:Ø9ế` KH-TCTLNTW-C04", False),   # a number by hand, read as signs
    ("Số: 9Ó6/KH-UBND", False),
    ("Số: 412/QĐS8IJC", False),          # the code garbled (no capitals' shape: "S8IJC" glued)
    ("Số: 412/QĐ-STC ngày 5", False),    # more after the code
])
def test_number_printed(read_again, printed):
    assert ocr.number_printed(read_again) == printed


# A period's division sign ("2026÷2030") read as a plus: the range's end year was lost.
@pytest.mark.parametrize("words, repaired", [
    (["giai", "đoạn", "2026+2030,"], ["giai", "đoạn", "2026÷2030,"]),
    (["(2021+2025)"], ["(2021÷2025)"]),
    (["năm", "2019", "+", "2020"], ["năm", "2019", "÷", "2020"]),
    (["2026+2030"], ["2026÷2030"]),
    # must not
    (["20+30"], ["20+30"]),                  # no years
    (["2030+2026"], ["2030+2026"]),          # out of order
    (["1950+2030"], ["1950+2030"]),          # too far apart
    (["2026", "+", "15%"], ["2026", "+", "15%"]),
    (["120+2030"], ["120+2030"]),
])
def test_repair_year_range(words, repaired):
    assert ocr.repair_year_range(words) == repaired


# An amount read with a digit too many in a column its total row checks.
TABLE = [["STT", "Nội dung chi", "Số tiền (đồng)"],
         ["1", "Chi in tài liệu", "124.300.000"],
         ["2", "Chi thù lao", "86.000.000"],
         ["3", "Chi tiền ăn", "{x}"],
         ["", "Tổng cộng", "{t}"]]


def _table(x: str, t: str) -> list[list[str]]:
    return [[cell.format(x=x, t=t) for cell in row] for row in TABLE]


@pytest.mark.parametrize("read, total, right", [
    ("4305.200.000", "645.500.000", "435.200.000"),   # a four-digit first group
    ("43.52.000", "215.820.000", None),               # a group of two: no one-digit drop of it fits
    ("435.2000.000", "645.500.000", "435.200.000"),   # a four-digit middle group
    ("1435.200.000", "645.500.000", "435.200.000"),
    # must not
    ("435.200.000", "645.500.000", None),             # well grouped: nothing to do
    ("4305.200.000", "645.600.000", None),            # no drop adds up
    ("4305.200.000", "", None),                       # no total
    ("4305.200.000", "645,5", None),                  # a total of another shape
])
def test_amounts_told_by_total(read, total, right):
    got = ocr.amounts_told_by_total(_table(read, total))
    assert got == ({(3, 2): right} if right else {})


def test_amount_not_told_without_a_total_label():
    rows = _table("4305.200.000", "645.500.000")
    rows[-1][1] = "Ghi chú"
    assert ocr.amounts_told_by_total(rows) == {}


def test_two_ill_grouped_amounts_stay():
    rows = _table("4305.200.000", "645.500.000")
    rows[2][2] = "860.000"
    rows[1][2] = "1243.00.000"
    assert ocr.amounts_told_by_total(rows) == {}


# A year after "năm" read with a digit too many, told by the page's other years.
@pytest.mark.parametrize("words, repaired", [
    (["ngày", "12-3-2026;", "ngân", "sách", "năm", "20286."], ["ngày", "12-3-2026;", "ngân", "sách", "năm", "2026."]),
    (["Năm", "2024", "...", "năm", "20224,"], ["Năm", "2024", "...", "năm", "2024,"]),
    # must not
    (["năm", "20286."], ["năm", "20286."]),                       # no year on the page tells it
    (["2026", "2028", "năm", "20286"], ["2026", "2028", "năm", "20286"]),  # two years fit
    (["2026", "có", "20286", "người"], ["2026", "có", "20286", "người"]),  # not after "năm"
    (["2026", "năm", "2026"], ["2026", "năm", "2026"]),
])
def test_repair_long_years(words, repaired):
    assert ocr.repair_long_years(words) == repaired


# A title line's kind of document read as one glued word in capitals.
@pytest.mark.parametrize("words, repaired", [
    (["ĐEAN"], ["ĐỀ ÁN"]),
    (["KEHOACH"], ["KẾ HOẠCH"]),
    (["QUYẾTĐỊNH:"], ["QUYẾT ĐỊNH:"]),
    (["CHƯƠNGTRÌNH"], ["CHƯƠNG TRÌNH"]),
    # must not
    (["Đean"], ["Đean"]),                     # not in capitals
    (["ĐEAN", "MỚI"], ["ĐEAN", "MỚI"]),       # among other words
    (["KẾ HOẠCH"], ["KẾ HOẠCH"]),             # read right
    (["DUAN"], ["DỰ ÁN"]),                    # "Dự án", its own kind
    (["HOẠCH"], ["HOẠCH"]),
])
def test_repair_glued_kind(words, repaired):
    assert ocr.repair_glued_kind(words) == repaired


# A speck read as a stop after a long header phrase's first word ("ỦY. BAN NHÂN DÂN").
@pytest.mark.parametrize("words, repaired", [
    (["ỦY.", "BAN", "NHÂN", "DÂN"], ["ỦY", "BAN", "NHÂN", "DÂN"]),
    (["ÚY.", "BAN", "NHÂN", "DÂN"], ["ỦY", "BAN", "NHÂN", "DÂN"]),
    (["HỘI.", "ĐỒNG", "NHÂN", "DÂN"], ["HỘI", "ĐỒNG", "NHÂN", "DÂN"]),
    # must not
    (["Ủy.", "ban", "nhân", "dân"], ["Ủy.", "ban", "nhân", "dân"]),   # not in capitals
    (["CHỦ.", "TỊCH"], ["CHỦ.", "TỊCH"]),                             # a short phrase
    (["ỦY", "BAN,", "NHÂN", "DÂN"], ["ỦY", "BAN,", "NHÂN", "DÂN"]),   # a comma inside
])
def test_speck_stop_in_a_header_phrase(words, repaired):
    from extractors.formats.vi_syllable import repair_vocabulary
    assert repair_vocabulary(words) == repaired


def _word(text: str, x0: float, conf: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": 0.0, "bottom": 10.0, "conf": conf}


# A lifted mark read with a dash ("~-") far right of the recipients' line is a speck; a dash alone stays.
@pytest.mark.parametrize("far, conf, speck", [
    ("~-", 0.0, True),
    ("-~", 20.0, True),
    ("^-", 10.0, True),
    # must not
    ("-", 0.0, False),       # a dash alone (a table's empty cell)
    ("~-", 90.0, False),     # read surely
    ("%", 5.0, False),
])
def test_lifted_mark_with_a_dash_is_a_speck(far, conf, speck):
    line = [_word("-", 86, 93), _word("TT", 92, 97), _word("tỉnh;", 110, 97), _word(far, 435, conf)]
    assert (line[-1] in ocr._specks(line)) == speck


def test_lifted_mark_near_a_word_stays():
    line = [_word("giá", 86, 93), _word("~-", 108, 0.0), _word("trị", 125, 97)]
    assert ocr._specks(line) == []


# A rule's stroke read as an item's number and signs.
@pytest.mark.parametrize("texts, confs, noise", [
    (["5.", "`", '‹".', "————"], [0, 16, 7, 55], True),
    (["3)", "—", "~~"], [12, 30, 20], True),
    # must not
    (["5.", "Tổ", "chức"], [0, 90, 90], False),          # words after the number
    (["5.", "————"], [91, 60], False),                   # the number read surely
    (["5."], [0], False),                                # the number alone (the page's own rules keep it)
    (["2025", "---"], [0, 10], False),                   # no item's number
    (["5.", "12"], [0, 40], False),                      # a digit after it
])
def test_rule_read_as_item(texts, confs, noise):
    assert ocr.rule_read_as_item(texts, [float(c) for c in confs]) == noise


@pytest.mark.parametrize("label, told", [
    ("Tổng cộng", True), ("TỔNG CỘNG", True), ("Cộng (I+II)", True), ("Tổng số:", True),
    ("Công tác tuyên truyền", False), ("Tổng hợp số liệu", False),
])
def test_total_row_label(label, told):
    rows = _table("4305.200.000", "645.500.000")
    rows[-1][1] = label
    assert bool(ocr.amounts_told_by_total(rows)) == told


# A section heading numbered with a Roman number and a dash (G8's "II - MỤC TIÊU") read with a wrong tone.
@pytest.mark.parametrize("words, repaired", [
    (["II", "-", "MỤC", "TIỂU"], ["II", "-", "MỤC", "TIÊU"]),
    (["IV", "–", "KINH", "PHI", "THỰC", "HIỆN"], ["IV", "–", "KINH", "PHÍ", "THỰC", "HIỆN"]),
    (["III-", "NHIỆM", "VỤ"], ["III-", "NHIỆM", "VỤ"]),
    (["I-", "MỤC", "ĐICH"], ["I-", "MỤC", "ĐÍCH"]),
    (["I.", "MỤC", "TIỂU"], ["I.", "MỤC", "TIÊU"]),
    # must not
    (["II", "-", "Mục", "tiểu"], ["II", "-", "Mục", "tiểu"]),   # not in capitals
    (["II", "MỤC", "TIỂU"], ["II", "MỤC", "TIỂU"]),             # no dash, no stop: "II" is a word of the line
    (["-", "MỤC", "TIỂU", "X"], ["-", "MỤC", "TIỂU", "X"]),
])
def test_section_heading_after_a_dashed_roman_number(words, repaired):
    from extractors.formats.vi_syllable import repair_section_heading
    assert repair_section_heading(words) == repaired
