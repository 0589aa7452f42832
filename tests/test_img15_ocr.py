"""Round IMG15: what the OCR path lost on G17's and G18's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG15")."""

import pytest

from extractors.formats import ocr


# A table's total wider than its narrow column, read on two lines ("31.500.00" / "0") in a table kept as lines (a
# page's last rows: the estimate's total on the next page): the total lost. The two lines are one amount, as
# cell_text glues them in a table of data; lines that are two amounts, a decimal or a code, or a number and a word,
# stay apart.
@pytest.mark.parametrize("text, lines", [
    ("31.500.00\n0", ["31.500.000"]),
    ("7.250.0\n00", ["7.250.000"]),
    ("128.400.\n000", ["128.400.000"]),
    ("1.080.00\n0.000", ["1.080.000.000"]),
    # must not: two amounts, an amount and its unit, a section number, a whole amount over a digit, a year
    ("1.500\n300", ["1.500", "300"]),
    ("31.500.00\nđồng", ["31.500.00", "đồng"]),
    ("2.5\n00", ["2.5", "00"]),
    ("1.500.000\n0", ["1.500.000", "0"]),
    ("Năm\n2024", ["Năm", "2024"]),
])
def test_amount_cut_at_cell_edge(text, lines):
    assert ocr.cell_lines(text) == lines


def _placed(lines):
    """A page's lines of (text, x0) words, each 7 points a letter wide, the lines 16 points apart."""
    return [[{"text": t, "x0": float(x), "x1": float(x + 7 * len(t)), "top": 28.0 + 16 * k, "bottom": 40.0 + 16 * k,
              "conf": 90.0} for t, x in line] for k, line in enumerate(lines)]


def _run(words, x, gap=5):
    """Words set one after the other from `x` (a gap of `gap` points between them)."""
    out = []
    for t in words:
        out.append((t, x))
        x += 7 * len(t) + gap
    return out


# A header's left column (an issuer whose place wraps: "... TỈNH HẢI" / "ĐỒNG") and its middle column (the motto)
# read as one stretch, the gap between them narrow: the place's name in capitals, read with a mark wrong ("ĐỒNG" for
# "Đông", which the date line writes), was not told by the page, the pair's words being no stretch's last and the
# next line's first. The next line's stretches tell the columns ("NAM" starting under "CỘNG").
_MOTTO = ["CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT"]


@pytest.mark.parametrize("upper, lower, date, repaired", [
    (["SỞ", "GIÁO", "DỤC", "TỈNH", "HẢI"], ["ĐỒNG"], ["Hải", "Đông,", "ngày"], ("HẢI", "ĐÔNG")),
    (["UBND", "HUYỆN", "LONG"], ["THANH"], ["Long", "Thạnh,", "ngày"], ("LONG", "THẠNH")),
    (["BAN", "CHỈ", "ĐẠO", "XÃ", "PHÚ"], ["MY"], ["Phú", "Mỹ,", "ngày"], ("PHÚ", "MỸ")),
    # must not: the page writing the name otherwise (its letters other), a lower line not under the left column
    (["SỞ", "GIÁO", "DỤC", "TỈNH", "HẢI"], ["ĐỒNG"], ["Hải", "Phòng,", "ngày"], ("HẢI", "ĐỒNG")),
    (["UBND", "HUYỆN", "LONG"], ["THANG"], ["Long", "Thành,", "ngày"], ("LONG", "THANG")),
])
def test_name_wrapped_in_left_column_told_by_page(upper, lower, date, repaired):
    left = _run(upper, 59)
    middle_x = left[-1][1] + 7 * len(left[-1][0]) + 14  # a gap of 14 points: under COLUMN_GAP_PT
    lines = _placed([left + _run(_MOTTO, middle_x), _run(lower, 59) + _run(["NAM"], middle_x),
                     _run(["Số:", "12/KH-UBND"], 59) + _run(date + ["12", "tháng", "6", "năm", "2026"], middle_x)])
    out = ocr.repair_names_told_by_page(lines)
    assert (out[0][len(upper) - 1], out[1][0]) == repaired
    assert out[0][len(upper):] == _MOTTO and out[1][-1] == "NAM"


def test_name_not_paired_with_other_column():
    # must not: the lower line starting under the middle column only (no word of the left column's over it)
    left = _run(["SỞ", "GIÁO", "DỤC", "TỈNH", "HẢI"], 59)
    middle_x = left[-1][1] + 7 * 3 + 14
    lines = _placed([left + _run(_MOTTO, middle_x), _run(["ĐỒNG"], middle_x + 200) + _run(["NAM"], middle_x),
                     _run(["Hải", "Đông,", "ngày"], middle_x)])
    assert ocr.repair_names_told_by_page(lines)[1][0] == "ĐỒNG"


# A cost statement's label "Các khoản chi tổ chức khác" read "khoản chỉ" (the mark of the more frequent word): the
# statement lost. "khoản chi" is an item of expense; "chỉ" after "khoản" stays where it means "only" or starts a
# noun of its own.
@pytest.mark.parametrize("text, repaired", [
    ("Các khoản chỉ tổ chức khác", "Các khoản chi tổ chức khác"),
    ("Tổng các khoản chỉ: 12.500.000 đồng", "Tổng các khoản chi: 12.500.000 đồng"),
    ("CÁC KHOẢN CHỈ KHÁC", "CÁC KHOẢN CHI KHÁC"),
    ("các khoản chỉ hội nghị", "các khoản chi hội nghị"),
    # must not: "only", nouns of their own ("chỉ tiêu", "chỉ đạo"), "chỉ" after another word
    ("mỗi khoản chỉ được thanh toán một lần", "mỗi khoản chỉ được thanh toán một lần"),
    ("các khoản chỉ tiêu đã giao", "các khoản chỉ tiêu đã giao"),
    ("khoản này chỉ áp dụng", "khoản này chỉ áp dụng"),
    ("theo khoản, chỉ đạo", "theo khoản, chỉ đạo"),
])
def test_expense_item_word(text, repaired):
    assert " ".join(ocr.repair_line(text.split())) == repaired
