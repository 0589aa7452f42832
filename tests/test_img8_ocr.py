"""Round IMG8: shapes the OCR path misread on G9's documents as scans (tests/renditions/ARCHIVE_SCANS.md).
Lines, names and numbers are invented."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PLAIN = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SCALE = 300 / 72


def _drawn(text: str, font: str = BOLD, size: float = 13.0) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """`text` drawn at `size` pt at 300 dpi on a white strip; its ink's box in pixels."""
    img = Image.new("L", (round(500 * SCALE), round(60 * SCALE)), 255)
    draw = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, round(size * SCALE))
    at = (round(40 * SCALE), round(20 * SCALE))
    draw.text(at, text, font=f, fill=0)
    return np.array(img), tuple(int(v) for v in draw.textbbox(at, text, font=f))


def _words(texts: list[str], box: tuple[int, int, int, int], conf: float = 93.0):
    """The page's reading of a line: `texts` spread over `box` (pixels), their boxes and ink."""
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(texts)
    line, boxes, ink = [], {}, {}
    for n, text in enumerate(texts):
        a, b = round(x0 + n * step), round(x0 + (n + 1) * step) - 4
        w = {"text": text, "x0": a / SCALE, "x1": b / SCALE, "top": y0 / SCALE, "bottom": y1 / SCALE, "conf": conf}
        line.append(w)
        boxes[id(w)] = (a, y0, b, y1)
        ink[id(w)] = (y0 / SCALE, y1 / SCALE)
    return line, boxes, ink


# A word's tone mark lifted onto the line of the column beside (a signer's name set level with the
# recipients' last line: the hook of "Hải" read as ":" there, dropped as a mark) leaves the word
# read without it. The word's stretch read again alone takes its marks back when the reading is
# the same letters with more marks.
@pytest.mark.parametrize("old, new, taken", [
    ("Hai", "Hải", True),
    ("Nguyen", "Nguyễn", True),
    ("Thuy", "Thủy", True),
    ("Vinh", "Vĩnh", True),
    ("TRUONG", "TRƯỞNG", True),
    ("Le", "Lê", True),
    # must not
    ("Hai", "Hal", False),      # other letters
    ("Hải", "Hai", False),      # fewer marks
    ("Hai", "Hai", False),      # the same
    ("Hai", "hải", False),      # another case
    ("Hai", "Hải,", False),     # a sign more
    ("Hai", "Hà", False),       # a letter fewer
    ("2023", "2023", False),
])
def test_retoned(old, new, taken):
    assert ocr.retoned(old, new) == taken


@pytest.mark.parametrize("name", ["Lê Thanh Hải", "Trần Thị Thủy", "Đỗ Văn Cường"])
def test_a_word_under_a_lifted_mark_is_read_again(name):
    gray, box = _drawn(name)
    read = [name.split()[0]] + [ocr._bare(w) if i == len(name.split()) - 2 else w
                                for i, w in enumerate(name.split()[1:])]
    line, boxes, _ = _words(read, box)
    x0, y0, x1, _ = boxes[id(line[-1])]
    sign = {"text": ":", "x0": x0 / SCALE, "x1": (x0 + 12) / SCALE, "top": (y0 - 60) / SCALE, "bottom": y0 / SCALE,
            "conf": 55.0}
    boxes[id(sign)] = (x0 + 20, y0 - 14, x0 + 32, y0)
    ocr._reread_lifted(gray, [(sign, line[-1])], [line], boxes, SCALE, "vie", 120)
    assert " ".join(w["text"] for w in line) == name


@pytest.mark.parametrize("name, read", [
    ("Lê Thanh Hai", "Lê Thanh Hai"),      # a speck over a word that has no mark: stays
    ("Phạm Văn Hòa", "Phạm Vân Hòa"),      # a word not under the mark stays as the page read it
])
def test_a_word_under_a_speck_stays(name, read):
    gray, box = _drawn(name)
    line, boxes, _ = _words(read.split(), box)
    x0, y0, _, _ = boxes[id(line[-1])]
    sign = {"text": "'", "x0": x0 / SCALE, "x1": (x0 + 8) / SCALE, "top": (y0 - 40) / SCALE, "bottom": y0 / SCALE,
            "conf": 40.0}
    boxes[id(sign)] = (x0 + 20, y0 - 10, x0 + 28, y0)
    ocr._reread_lifted(gray, [(sign, line[-1])], [line], boxes, SCALE, "vie", 120)
    assert " ".join(w["text"] for w in line) == read


def test_the_mark_over_a_word_of_the_column_beside_is_found():
    # the recipients' last line and, level with it, a lifted mark over the signer's name below it
    line = [{"text": t, "x0": x0, "x1": x1, "top": 440.0, "bottom": 453.0, "conf": 93.0}
            for t, x0, x1 in (("-", 86, 89), ("Lưu:", 92, 112), ("VT,", 115, 130))]
    sign = {"text": ":", "x0": 465.0, "x1": 468.0, "top": 440.0, "bottom": 453.0, "conf": 55.0}
    name = [{"text": t, "x0": x0, "x1": x1, "top": 455.0, "bottom": 465.0, "conf": 93.0}
            for t, x0, x1 in (("Lê", 378, 394), ("Thanh", 400, 446), ("Hai", 451, 476))]
    ink = {id(sign): (453.0, 456.5)}
    assert [(s["text"], w["text"]) for s, w in ocr.marks_over_words([line + [sign], name], ink)] == [(":", "Hai")]
    # must not: a sign a column's gap off its line's words but over nothing; a word's own comma
    far = {"text": ":", "x0": 300.0, "x1": 303.0, "top": 440.0, "bottom": 453.0, "conf": 55.0}
    assert ocr.marks_over_words([line + [far], name], {id(far): (453.0, 456.5)}) == []


# Two lines of the recipients' column beside the signer's title (a phone's photo: the lines lean a
# little) that the page read as one line of garbage, only one word of it under GARBLED_WORD_CONF
# ("Nơi nhận:" and "- Bộ trưởng (để b/c);" read "cơn + RẺ In" at 0, 45, 45, 40): a stretch of
# three words or more read under GARBLED_WORD_CONF on the whole is read again too.
@pytest.mark.parametrize("confs, garbled", [
    ([0.0, 45.0, 45.0, 40.0], True),
    ([0.0, 45.0, 48.0, 42.0, 41.0], True),
    ([5.0, 41.0, 30.0], True),         # (two words under, half of them: as before)
    ([10.0, 20.0], True),
    # must not
    ([95.0, 91.0, 12.0], False),        # a speck read as a letter beside words read surely
    ([30.0, 50.0, 45.0], False),        # on the whole 41.7
    ([20.0, 60.0], False),              # two words, one unsure
    ([45.0, 45.0, 45.0], False),        # none under GARBLED_WORD_CONF
])
def test_a_garbled_stretch(confs, garbled):
    part = [{"text": "x", "conf": c} for c in confs]
    assert ocr._garbled_stretch(part) == garbled


# An amount the page's model read right ("58.300") and the digits' model, taken for numbers, read
# otherwise ("98.300"): the column's total tells which reading is the amount.
ESTIMATE = [["STT", "Nội dung", "Thành tiền"],
            ["1", "Thay mái tôn nhà đa năng", "212.400"],
            ["2", "Sửa cổng, tường rào", "{x}"],
            ["3", "Lắp quạt trần 12 phòng", "37.800"],
            ["", "{label}", "{total}"]]


def _estimate(x: str, label: str = "Cộng", total: str = "326.500") -> list[list[str]]:
    return [[cell.format(x=x, label=label, total=total) for cell in row] for row in ESTIMATE]


@pytest.mark.parametrize("read, other, label, total, told", [
    ("36.300", "76.300", "Cộng", "326.500", "76.300"),
    ("16.300", "76.300", "Tổng cộng", "326.500", "76.300"),
    ("76.800", "76.300", "Tổng số", "326.500", "76.300"),
    # must not
    ("76.300", "16.300", "Cộng", "326.500", None),      # the column adds up as read
    ("36.300", "46.300", "Cộng", "326.500", None),      # neither reading adds up
    ("36.300", "76.300", "Ghi chú", "326.500", None),   # no total's label
    ("36.300", "76.300", "Cộng", "Ba trăm", None),      # no total's amount
])
def test_an_amount_told_by_its_other_reading(read, other, label, total, told):
    rows = _estimate(read, label, total)
    found = ocr.amounts_told_by_other_reading(rows, {(2, 2): other})
    assert found == ({(2, 2): told} if told else {})


def test_two_other_readings_that_fit_stay():
    # must not: two cells whose other reading each make the column add up
    rows = _estimate("76.300")
    rows[1][2] = "172.400"  # the column 40.000 short: "212.400" and "116.300" each make it add up
    assert ocr.amounts_told_by_other_reading(rows, {(2, 2): "116.300", (1, 2): "212.400"}) == {}
    assert ocr.amounts_told_by_other_reading(rows, {(1, 2): "212.400"}) == {(1, 2): "212.400"}


# A number's digits cut by a space where the receipt stamp's leftovers lay ("Số: 1 586/BC-SYT" on an
# archive scan): joined, five digits at most.
@pytest.mark.parametrize("read, again", [
    ("Số: 1 586/BC-SYT", "Số: 1586/BC-SYT"),
    ("Số: 24 17/UBND-NC", "Số: 2417/UBND-NC"),
    ("Số 3 05/KH-UBND", "Số 305/KH-UBND"),
    ("Số: 12 345/QĐ-UBND", "Số: 12345/QĐ-UBND"),
    # must not
    ("Số: 05 2023/QĐ-UBND", "Số: 05 2023/QĐ-UBND"),    # six digits: a number and a year
    ("Số: 1586/BC-SYT", "Số: 1586/BC-SYT"),
    ("Số: 12 /KH-UBND", "Số: 12 /KH-UBND"),            # no digits after the space
    ("Số: 2 586 người", "Số: 2 586 người"),            # no code after the number
    ("Sở 1 586/BC-SYT", "Sở 1 586/BC-SYT"),            # no number line
])
def test_a_number_split_by_a_space(read, again):
    assert ocr.number_line_read_again(read) == again


# The semicolon ending the recipients' line ("- Sở ... Tây Bắc;", set close to the signer's block) put at
# the start of the signer's name below it, read as a quote or a colon ('” Trịnh Quang Vĩnh'): the sign
# goes from the name's line.
def _w(text: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": 90.0}


@pytest.mark.parametrize("sign, x0, ink, gone", [
    ("”", 277.0, (500.0, 507.0), True),      # right after "Bắc", at its height
    (":", 278.5, (499.0, 506.0), True),
    (";", 277.5, (500.5, 508.0), True),
    # must not
    ("”", 290.0, (500.0, 507.0), False),     # no word ends just left of it
    ("“", 277.0, (503.5, 509.0), False),     # on its own line: its foot below the next word's middle
    ("-", 277.0, (515.0, 516.0), False),     # a dash on the name's line
    ("Ô", 277.0, (500.0, 507.0), False),     # a letter
])
def test_a_sign_of_the_line_beside(sign, x0, ink, gone):
    above = [_w("-", 59, 62, 495, 508), _w("Tây", 228, 250, 495, 508), _w("Bắc", 254, 276, 495, 508)]
    mark = _w(sign, x0, x0 + 2.5, 500, 512)
    name = [mark, _w("Trịnh", 287, 324, 500, 512), _w("Quang", 329, 372, 500, 512)]
    inks = {id(w): (w["top"], w["bottom"]) for w in above + name}
    inks[id(mark)] = ink
    inks[id(name[1])] = (503.0, 514.0)
    found = ocr.signs_of_the_line_beside([above, name], inks)
    assert found == ({id(mark)} if gone else set())


# A list's item number at a line's start read as a letter at 0 ("3 ." read "k" before "Ủy ban nhân dân
# các xã ..."): read again as digits, it takes the number after the item above it at its left edge.
@pytest.mark.parametrize("read, expected, told", [
    ("3.", 3, True), ("3", 3, True), ("3)", 3, True), ("12.", 12, True),
    # must not
    ("5.", 3, False), ("", 3, False), ("03", 3, False), ("3.5", 3, False), ("13", 3, False),
])
def test_item_number_told(read, expected, told):
    assert ocr.item_number_told(read, expected) == told


def _items(drawn: list[str], first_words: list[tuple[str, float]]):
    """`drawn` lines (13 pt, 20 pt apart) and the page's reading: each line's first word as given, its box
    the ink of the line's first token, the rest of the line one word read surely."""
    img = Image.new("L", (round(500 * SCALE), round((40 + 20 * len(drawn)) * SCALE)), 255)
    draw = ImageDraw.Draw(img)
    f = ImageFont.truetype(PLAIN, round(13 * SCALE))
    lines, boxes = [], {}
    for i, (text, (word, conf)) in enumerate(zip(drawn, first_words)):
        at = (round(40 * SCALE), round((20 + 20 * i) * SCALE))
        draw.text(at, text, font=f, fill=0)
        head, rest = text.split(" ", 1) if not text[1:2] == " " else (text[:3], text[4:])
        hb = draw.textbbox(at, head, font=f)
        rb = draw.textbbox((hb[2] + round(4 * SCALE), at[1]), rest, font=f)
        line = [{"text": word, "x0": hb[0] / SCALE, "x1": hb[2] / SCALE, "top": hb[1] / SCALE, "bottom": hb[3] / SCALE,
                 "conf": conf},
                {"text": rest, "x0": rb[0] / SCALE, "x1": rb[2] / SCALE, "top": hb[1] / SCALE, "bottom": hb[3] / SCALE,
                 "conf": 95.0}]
        boxes[id(line[0])], boxes[id(line[1])] = tuple(int(v) for v in hb), tuple(int(v) for v in rb)
        lines.append(line)
    return np.array(img), lines, boxes


@pytest.mark.parametrize("drawn, first, after", [
    (["1. Phòng Tư pháp rà soát", "2. Phòng Y tế hướng dẫn", "3 . Ủy ban nhân dân các xã"],
     [("1.", 95.0), ("2.", 95.0), ("k", 0.0)], ["1.", "2.", "3."]),
    (["1) Sở Nội vụ", "2) Sở Tài chính", "3) Công an tỉnh"],
     [("1)", 95.0), ("2)", 95.0), ("À", 5.0)], ["1)", "2)", "3)"]),
    # must not: no item above it; another number read; a word read surely
    (["Ghi chú", "3 . Ủy ban nhân dân các xã"], [("Ghi", 95.0), ("k", 0.0)], ["Ghi", "k"]),
    (["1. Phòng Tư pháp rà soát", "2. Phòng Y tế hướng dẫn", "5 . Ủy ban nhân dân các xã"],
     [("1.", 95.0), ("2.", 95.0), ("k", 0.0)], ["1.", "2.", "k"]),
    (["1. Phòng Tư pháp rà soát", "2. Phòng Y tế hướng dẫn", "ở các xã vùng cao"],
     [("1.", 95.0), ("2.", 95.0), ("ở", 91.0)], ["1.", "2.", "ở"]),
])
def test_an_item_number_read_as_a_letter(drawn, first, after):
    gray, lines, boxes = _items(drawn, first)
    ocr._reread_item_numbers(gray, lines, boxes, SCALE, 120)
    assert [line[0]["text"] for line in lines] == after


# A capital heading's Roman number read with a stroke too few: "III. KINH PHÍ" read "II. KINH PHÍ" (or
# "II KINH PHÍ") right after "I. MỤC TIÊU" and "II. NHIỆM VỤ".
@pytest.mark.parametrize("numbers, repaired", [
    (["I.", "II.", "II."], ["I.", "II.", "III."]),
    (["I.", "II.", "II", "IV."], ["I.", "II.", "III.", "IV."]),
    (["I", "II", "II"], ["I", "II", "III"]),
    (["I)", "II)", "II"], ["I)", "II)", "III)"]),
    # must not
    (["II.", "II."], ["II.", "II."]),                 # no "I" before them
    (["I.", "II.", "III."], ["I.", "II.", "III."]),
    (["I.", "III.", "II."], ["I.", "III.", "II."]),   # another order
    (["I.", "II.", "V.", "II."], ["I.", "II.", "V.", "II."]),
])
def test_repair_roman_sequence(numbers, repaired):
    assert ocr.repair_roman_sequence(numbers) == repaired


@pytest.mark.parametrize("texts, heading", [
    (["II.", "KINH", "PHÍ"], True),
    (["II", "KINH_PHÍ"], True),
    (["III.", "TỔ", "CHỨC", "THỰC", "HIỆN"], True),
    # must not
    (["II.", "Kinh", "phí"], False),          # not in capitals
    (["II.", "KT"], False),                   # too short for a heading
    (["Số", "KINH", "PHÍ"], False),           # no Roman number
])
def test_capitals_heading(texts, heading):
    line = [{"text": t, "x0": 90.0 + 30 * i, "x1": 110.0 + 30 * i} for i, t in enumerate(texts)]
    assert ocr._capitals_heading(line) == heading


# A cited number's year cut in two by a speck's gap: "79/201 7/NĐ-CP".
@pytest.mark.parametrize("first, second, joined", [
    ("79/201", "7/NĐ-CP", "79/2017/NĐ-CP"),
    ("15/20", "25/QĐ-UBND;", "15/2025/QĐ-UBND;"),
    ("số 4/1", "998/QH10", "số 4/1998/QH10"),
    ("Số: 12/2", "024/TT-BTC", "Số: 12/2024/TT-BTC"),
    # must not
    ("79/201", "7/8", None),              # no type code after it
    ("5/201", "3/ha", None),
    ("79/301", "7/NĐ-CP", None),          # no year
    ("79/2017", "/NĐ-CP", None),
    ("trang 201", "7/NĐ-CP", None),       # no slash before the digits
    ("1/3", "5/KH", None),                # "35" no year
])
def test_split_year(first, second, joined):
    assert ocr.split_year(first, second) == joined


def test_split_years_joined_only_close_words():
    near = [_w("số", 100, 112, 0, 10), _w("79/201", 115, 150, 0, 10), _w("7/NĐ-CP", 152, 190, 0, 10)]
    far = [_w("79/201", 115, 150, 0, 10), _w("7/NĐ-CP", 170, 208, 0, 10)]   # a column's gap: stays
    assert ocr.split_years_joined([near]) == {id(near[2])} and near[1]["text"] == "79/2017/NĐ-CP"
    assert ocr.split_years_joined([far]) == set() and far[0]["text"] == "79/201"
