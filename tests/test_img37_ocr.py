"""Round IMG37: G50's and G51's documents as scans (OCR path).

- a footnote's reference set raised after its word (a web page's <sup>, a Word file's superscript run, printed and
  scanned) read by the page's model as a digit glued to the word ("năm 20171;" for "năm 2017" + raised "1": a year no
  date has, the Law's date lost): the word's ink tells the raised glyphs, written as the readers of raised text write
  a reference, "năm 2017[1];" (ocr.raised_digits, ocr.raised_reference, in ocr.tesseract_words);
- a total's sum of the table's parts by their Roman numbers ("Tổng cộng (I+II+III)") read with its I's as "T" and its
  "II" as "H" ("(T+H+IH)", "(I+H+II)"): the total's label wrong, its budget item lost (vi_syllable.repair_roman_sum,
  in ocr.repair_line);
- the recipients' label with its "h" read as a bracket, its second word cut in two ("Nơi n )ận:" over "- UBND tỉnh
  ...;", a phone app's scan): the recipients and the signer lost. The label takes the two words' places, the second
  left empty and dropped (ocr.repair_recipients_label, ocr.recipients_label_in_cell).

Everything here is invented (words, figures, the line's ink).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.formats import ocr, vi_syllable

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PX = 54  # a 13 pt line at 300 dpi
RAISE = 0.35  # a superscript's baseline above the line's, of the font's size
SMALL = 0.6  # ... and its size


def _line(parts: list[tuple[str, bool]], width: int = 2480, blur: float = 0.0, turn: float = 0.0) -> np.ndarray:
    """A page's strip (gray) holding `parts` (text, raised) set one after the other on one baseline."""
    big, small = ImageFont.truetype(FONT, PX), ImageFont.truetype(FONT, int(PX * SMALL))
    img = Image.new("L", (width, 4 * PX), 255)
    draw = ImageDraw.Draw(img)
    x, base = 40.0, 2.5 * PX
    for text, raised in parts:
        font = small if raised else big
        draw.text((x, base - (RAISE * PX if raised else 0)), text, font=font, fill=0, anchor="ls")
        x += draw.textlength(text, font=font)
    if turn:
        img = img.rotate(turn, resample=Image.BICUBIC, fillcolor=255)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return np.array(img)


def _ink(parts: list[tuple[str, bool]], blur: float = 0.0) -> np.ndarray:
    """The ink of one word set as `parts` (True for ink), cut to its box as Tesseract gives it."""
    ink = _line(parts, width=20 * PX, blur=blur) < ocr.DARK
    rows, cols = np.where(ink)
    return ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1]


@pytest.mark.parametrize("parts, read, expected", [
    # must: a raised reference after a year, a word, a percent; two digits; before a sign; a soft scan
    ([("2025", False), ("1", True), (";", False)], "20251;", "2025[1];"),
    ([("2019", False), ("4", True)], "20194", "2019[4]"),
    ([("xuyên", False), ("3", True)], "xuyên3", "xuyên[3]"),
    ([("42%", False), ("2", True), (".", False)], "42%2.", "42%[2]."),
    ([("2026", False), ("12", True), (",", False)], "202612,", "2026[12],"),
    ([("2024", False), ("5", True), (";", False)], "20245;", "2024[5];"),
    # must-not: a power after a unit; digits on the line (a year read with a digit too many, a number, a code);
    # a word with no digit at its end
    ([("m", False), ("2", True)], "m2", "m2"),
    ([("km", False), ("2", True), (";", False)], "km2;", "km2;"),
    ([("20251;", False)], "20251;", "20251;"),
    ([("2025", False)], "2025", "2025"),
    ([("12,5", False)], "12,5", "12,5"),
    ([("x1", False)], "x1", "x1"),
    ([("Quý", False), ("4", False)], "Quý4", "Quý4"),
    ([("2025", False), ("*", True)], "2025*", "2025*"),
])
def test_raised_reference(parts, read, expected):
    assert ocr.raised_reference(_ink(parts), read) == expected


@pytest.mark.parametrize("parts, read, expected", [
    # must: a photo's soft ink
    ([("2018", False), ("1", True), (";", False)], "20181;", "2018[1];"),
    # must-not
    ([("20181;", False)], "20181;", "20181;"),
])
def test_raised_reference_soft(parts, read, expected):
    assert ocr.raised_reference(_ink(parts, blur=0.9), read) == expected


@pytest.mark.parametrize("parts, expected, absent", [
    # must: a Law's date with its raised reference, read from the line's image
    ([("Căn cứ Luật Đường sắt ngày 16 tháng 6 năm 2017", False), ("1", True), ("; Luật Xây dựng.", False)],
     "2017[1];", "20171;"),
    ([("Đến hết năm 2024", False), ("2", True), (", toàn tỉnh có 38 xã đạt chuẩn.", False)], "2024[2],", "20242,"),
    # must-not: the same line, nothing raised; a power after a unit
    ([("Căn cứ Luật Đường sắt ngày 16 tháng 6 năm 2017; Luật Xây dựng.", False)], "2017;", "[1]"),
    ([("Diện tích sàn 450 m", False), ("2", True), (" mỗi tầng.", False)], "m2", "[2]"),
])
def test_raised_reference_read(parts, expected, absent):
    words = [w["text"] for w in ocr.tesseract_words(_line(parts), 300 / 72, "vie", 60)]
    assert expected in words and not any(absent in w for w in words)


@pytest.mark.parametrize("words, expected", [
    # must: a total's sum of the parts, its I's and II's read as look-alikes
    (["Tổng", "cộng", "(T+H+IH)"], ["Tổng", "cộng", "(I+II+III)"]),
    (["Tổng", "cộng", "(I+H+II)"], ["Tổng", "cộng", "(I+II+III)"]),
    (["Cộng", "(Il+III+lV)"], ["Cộng", "(II+III+IV)"]),
    (["Tổng", "số", "(I+II+IIl+IV)."], ["Tổng", "số", "(I+II+III+IV)."]),
    (["Cộng", "(I+H)"], ["Cộng", "(I+II)"]),
    # must-not: Roman numbers as read, in order (one part skipped too); a sum of letters or figures; no run
    (["Tổng", "cộng", "(I+II+III)"], ["Tổng", "cộng", "(I+II+III)"]),
    (["Cộng", "(I+III)"], ["Cộng", "(I+III)"]),
    (["Cộng", "(A+B+C)"], ["Cộng", "(A+B+C)"]),
    (["Cộng", "(1+2+3)"], ["Cộng", "(1+2+3)"]),
    (["Cộng", "(1+11+111)"], ["Cộng", "(1+11+111)"]),
    (["Cộng", "(II+V+V)"], ["Cộng", "(II+V+V)"]),
    (["Cộng", "(I+I+I)"], ["Cộng", "(I+I+I)"]),
    (["KT", "-", "XH"], ["KT", "-", "XH"]),
    (["Cộng", "(T+H)"], ["Cộng", "(T+H)"]),
])
def test_roman_sum(words, expected):
    assert vi_syllable.repair_roman_sum(words) == expected
    assert ocr.repair_line(words) == expected


@pytest.mark.parametrize("lines, expected", [
    # must: the label's second word cut at a sign read for its "h" (or another letter), over a list, or run on
    ([(["Nơi", "n", ")ận:"], 58.0), (["-", "UBND", "tỉnh", "Hải", "Vân;"], 58.0)],
     [["Nơi", "nhận:", ""], ["-", "UBND", "tỉnh", "Hải", "Vân;"]]),
    ([(["Nơi", "n", "|ận:"], 60.0), (["-", "Sở", "Tài", "chính;"], 61.0)], [["Nơi", "nhận:", ""], ["-", "Sở", "Tài", "chính;"]]),
    ([(["Nơi", "n", ")ận:", "-", "Bộ", "Công", "Thương;"], 40.0)], [["Nơi", "nhận:", "", "-", "Bộ", "Công", "Thương;"]]),
    ([(["Noi", "n", "/ận:"], 58.0), (["-", "Như", "Điều", "3;"], 58.0)], [["Nơi", "nhận:", ""], ["-", "Như", "Điều", "3;"]]),
    # must-not: two letters apart from "nhận" with the sign; no list under it; another first word; a word and a code
    ([(["Nơi", "n", ")ập:"], 58.0), (["-", "UBND", "tỉnh;"], 58.0)], [["Nơi", "n", ")ập:"], ["-", "UBND", "tỉnh;"]]),
    ([(["Nơi", "n", ")ận:"], 58.0), (["Căn", "cứ", "Luật;"], 58.0)], [["Nơi", "n", ")ận:"], ["Căn", "cứ", "Luật;"]]),
    ([(["Người", "n", ")ận:"], 58.0), (["-", "UBND", "tỉnh;"], 58.0)], [["Người", "n", ")ận:"], ["-", "UBND", "tỉnh;"]]),
    ([(["Điểm", "a", ")b:"], 58.0), (["-", "UBND", "tỉnh;"], 58.0)], [["Điểm", "a", ")b:"], ["-", "UBND", "tỉnh;"]]),
    ([(["Nơi", "nhận:"], 58.0), (["-", "UBND", "tỉnh;"], 58.0)], [["Nơi", "nhận:"], ["-", "UBND", "tỉnh;"]]),
])
def test_recipients_label_cut(lines, expected):
    assert ocr.repair_recipients_label(lines) == expected


@pytest.mark.parametrize("cell, expected", [
    # must
    ("Nơi n )ận: - Sở Y tế (b/c); -\nUBND huyện Mộc Sơn;", "Nơi nhận: - Sở Y tế (b/c); -\nUBND huyện Mộc Sơn;"),
    # must-not
    ("Nơi nhận: - Sở Y tế (b/c); -\nUBND huyện Mộc Sơn;", "Nơi nhận: - Sở Y tế (b/c); -\nUBND huyện Mộc Sơn;"),
    ("Nơi n )ập: - Sở Y tế;", "Nơi n )ập: - Sở Y tế;"),
])
def test_recipients_label_cut_in_cell(cell, expected):
    assert ocr.recipients_label_in_cell(cell) == expected
