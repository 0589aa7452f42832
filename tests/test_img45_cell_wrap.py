"""Round IMG45: a ruled cell's line that is the wrap of the line above, a capital first (extractors/formats/ocr.py
wrapped_lines, text_limit; unwrapped joins such a line of read_cells' reading to the one above).

G66's joint plan on a portal page, printed by the browser and scanned (every kind): the partner cell "Ban Tuyên giáo
Hội Liên hiệp Phụ nữ tỉnh" (one name in the page) wrapped by the narrow column as "Ban Tuyên giáo" / "Hội Liên hiệp
Phụ" / "nữ tỉnh", read as two agencies ("Ban Tuyên giáo; Hội Liên hiệp Phụ nữ tỉnh": layout.wrap.cell_text takes a
line opening with a body's name for the next agency). "Hội" would not have fitted after "giáo" within the cell's
text width: the browser wrapped it there, the two lines are one. A line whose first word would have fitted above
was broken on purpose (one agency a line) and stays. Every input is invented (other bodies, other widths).
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr


def _row(line, word, left, width, text, top=None, height=40):
    top = 22 + 60 * (line - 1) if top is None else top
    return ["5", "1", "1", "1", str(line), str(word), str(left), str(top), str(width), str(height), "95.0", text]


def _line(line, left, words, gap=20):
    out, x = [], left
    for k, (text, width) in enumerate(words, start=1):
        out.append(_row(line, k, x, width, text))
        x += width + gap
    return out


# "Phòng Văn hóa" / "Thông tin huyện" in a cell whose text ends at 430: "Thông" (110) does not fit after "hóa"
WRAP = _line(1, 22, [("Phòng", 130), ("Văn", 90), ("hóa", 90)]) + _line(2, 22, [("Thông", 110), ("tin", 60),
                                                                               ("huyện", 130)])


@pytest.mark.parametrize("rows, limit, wraps", [
    # must: the next line's first word (a capital) would not have fitted after the line above
    (WRAP, 430.0, {("1", "1", "1", "2")}),
    (_line(1, 22, [("Đoàn", 110), ("Thanh", 130), ("niên", 100)]) + _line(2, 22, [("Hội", 80), ("Nông", 110)])
     + _line(3, 22, [("dân", 80)]), 480.0, {("1", "1", "1", "2")}),
    (_line(1, 23, [("Ban", 94), ("Tuyên", 154), ("giáo", 103)], gap=18) + _line(2, 23, [("Hội", 86), ("Liên", 107)])
     + _line(3, 22, [("nữ", 65), ("tỉnh", 98)]), 505.0, {("1", "1", "1", "2")}),
    # must-not: the word would have fitted (one agency a line); the line above closed by a separator; the next line
    # in small letters; a centred cell (lines starting at other places); one line only
    (WRAP, 600.0, set()),
    (_line(1, 22, [("Sở", 60), ("Y", 30), ("tế;", 70)]) + _line(2, 22, [("Sở", 60), ("Tài", 80), ("chính", 120)]),
     230.0, set()),
    (_line(1, 22, [("Phòng", 130), ("Văn", 90), ("hóa,", 90)]) + _line(2, 22, [("Thông", 110)]), 430.0, set()),
    (_line(1, 22, [("Trung", 130), ("tâm", 90), ("Y", 30)]) + _line(2, 22, [("tế", 50), ("huyện", 130)]), 330.0,
     set()),
    (_line(1, 22, [("KT.", 80), ("CHỦ", 110), ("TỊCH", 120)]) + _line(2, 140, [("PHÓ", 100)]), 372.0, set()),
    (_line(1, 22, [("Phòng", 130), ("Văn", 90), ("hóa", 90)]), 380.0, set()),
])
def test_wrapped_lines(rows, limit, wraps):
    assert ocr.wrapped_lines(rows, limit) == wraps


def test_text_limit():
    """The cell's text ends as far from its right edge as it starts from its left (the crop's margin aside)."""
    region = np.full((100, 400), 255, np.uint8)
    region[40:60, 30:200] = 0  # text from 30 (a 30 px padding): its right edge at 370
    crop = np.full((60, 230), 255, np.uint8)
    crop[20:40, 22:192] = 0  # the same ink from 22 in its crop
    assert ocr.text_limit(region, crop) == 22 + 400 - 2 * 30
    assert ocr.text_limit(np.full((100, 400), 255, np.uint8), crop) is None


def _cell(lines: list[str], width: int, pad: int = 30) -> tuple[np.ndarray, np.ndarray]:
    """A ruled cell's region (rules erased) with `lines` set left at 300 dpi, and its crop as the OCR path makes it."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 50)
    image = Image.new("L", (width, 90 * len(lines) + 40), 255)
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(lines):
        draw.text((pad, 20 + 90 * k), line, font=font, fill=0)
    region = np.asarray(image).copy()
    return region, ocr._ink_crop(region, 300 / 72, foot=True)


@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="no tesseract")
@pytest.mark.parametrize("lines, width, one", [
    # must: "Hội" would not have fitted after "giáo" (the cell's text width is its width less its padding twice)
    (["Ban Tuyên giáo", "Hội Nông dân", "huyện"], 540, True),
    # must-not: a wide cell, "Hội" would have fitted: one agency a line
    (["Ban Tuyên giáo", "Hội Nông dân", "huyện"], 1100, False),
])
def test_cell_reading_unwrapped(lines, width, one):
    region, crop = _cell(lines, width)
    (text, _), = ocr.read_cells([crop], "vie", "6", 60.0)
    text = ocr.unwrapped(text, ocr.text_limit(region, crop))
    assert ("giáo Hội" in text) is one
    assert ("giáo\nHội" in text) is not one


def test_unwrapped_plain_text():
    """A text with no reading behind it (not read_cells'), or no edge for the cell's text, is left as it is."""
    assert ocr.unwrapped("Ban Tuyên giáo\nHội Nông dân", 400.0) == "Ban Tuyên giáo\nHội Nông dân"
    text = ocr.CellText("Ban Tuyên giáo\nHội Nông dân")
    assert ocr.unwrapped(text, None) == text
