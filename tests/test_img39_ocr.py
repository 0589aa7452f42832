"""Round IMG39: OCR-shaped misses of G54's and G55's documents as scans (extractors/formats/ocr.py, vi_syllable.py).

Every input is invented: OCR'd lines and word boxes of the shapes the scans showed, with other provinces, bodies,
names and numbers.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.formats import ocr, vi_syllable


@pytest.mark.parametrize("read, expected", [
    # must: "thi đua" with a tone read on "THI" (a heading in bold capitals, a running line)
    ("III. CHỈ TIÊU THỊ ĐUA", "III. CHỈ TIÊU THI ĐUA"),
    ("2. Nội dung thí đua", "2. Nội dung thi đua"),
    ("Phát động phong trào thỉ đua yêu nước năm 2026", "Phát động phong trào thi đua yêu nước năm 2026"),
    ("IV. KHEN THƯỞNG THĨ ĐUA", "IV. KHEN THƯỞNG THI ĐUA"),
    # must-not: "thi đua" read right; "thị" before other words; "thì đua nhau" (then race each other); a stop between
    ("II. CHỈ TIÊU THI ĐUA", "II. CHỈ TIÊU THI ĐUA"),
    ("Ủy ban nhân dân thị trấn Đông Khê", "Ủy ban nhân dân thị trấn Đông Khê"),
    ("các xe thì đua nhau vượt", "các xe thì đua nhau vượt"),
    ("xã Hòa Thị. Đua thuyền truyền thống", "xã Hòa Thị. Đua thuyền truyền thống"),
])
def test_thi_dua_told_by_next(read, expected):
    assert " ".join(vi_syllable.repair_told_words(read.split())) == expected


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _page(lines: list[tuple[int, str]], pitch: int = 170, px: int = 42) -> Image.Image:
    """A page (gray, 300 dpi) of `lines` (x in pixels, text), one under the other, a blank line's space between."""
    img = Image.new("L", (2480, 200 + pitch * len(lines)), 255)
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(FONT, px)
    for k, (x, text) in enumerate(lines):
        draw.text((x, 150 + k * pitch), text, font=font, fill=0, anchor="ls")
    return img.filter(ImageFilter.GaussianBlur(0.5))


MARGIN = 375
HEAD = [(MARGIN, "II. NHIỆM VỤ VÀ PHÂN CÔNG"), (MARGIN, "TT"), (MARGIN, "Nội dung"), (MARGIN, "Cơ quan chủ trì")]


@pytest.mark.parametrize("lines, numbers", [
    # must: a cell-a-line table's "1" and "2" at the margin left out, a lone number of another column kept (a
    # quantity set alone at the right, "12")
    (HEAD + [(MARGIN, "1"), (MARGIN, "Kiểm tra an toàn thực phẩm tại các chợ"), (1900, "12"),
             (MARGIN, "Chi cục An toàn vệ sinh thực phẩm"),
             (MARGIN, "2"), (MARGIN, "Tập huấn cho các hộ kinh doanh ăn uống"), (MARGIN, "Trung tâm Y tế huyện")],
     ["1", "2", "12"]),
    # must-not: one number at the margin alone beside the other column's (nothing to count on from)
    (HEAD + [(MARGIN, "4"), (MARGIN, "Kiểm tra an toàn thực phẩm tại các chợ"), (1900, "12"),
             (MARGIN, "Chi cục An toàn vệ sinh thực phẩm")], ["12"]),
])
def test_numbers_column_beside_a_kept_number(lines, numbers):
    page = ocr.ocr_page(_page(lines), 300 / 72, "vie", 120)
    found = sorted((w for w in page.words if ocr.LONE_NUMBER.match(w["text"])), key=lambda w: (w["x0"] > 300, w["top"]))
    assert [w["text"] for w in found] == numbers


def _heading_crop(text: str) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A strip of page (gray, 300 dpi) with `text` alone in capitals, and the box of its ink (x0, y0, x1, y1)."""
    img = Image.new("L", (900, 160), 255)
    ImageDraw.Draw(img).text((200, 110), text, font=ImageFont.truetype(FONT, 46), fill=0, anchor="ls")
    gray = np.array(img.filter(ImageFilter.GaussianBlur(0.5)))
    ys, xs = np.nonzero(gray < 160)
    return gray, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


@pytest.mark.parametrize("printed, read, expected", [
    # must: a heading "TT" alone on its line read as two short words of letters, unsurely
    ("TT", [("lễ", 31.0), ("SỈ", 45.0)], ["TT"]),
    ("TT", [("Í", 12.0), ("ĩT", 40.0)], ["TT"]),
    # must-not: read surely; a name's two words (not capitals when read as one); more letters than a short heading's
    ("TT", [("lễ", 91.0), ("SỈ", 93.0)], ["lễ", "SỈ"]),
    ("Hà Vy", [("Hà", 60.0), ("Vy", 62.0)], ["Hà", "Vy"]),
    ("Nội dung", [("Nội", 50.0), ("dung", 55.0)], ["Nội", "dung"]),
])
def test_letters_apart_read_again(printed, read, expected):
    gray, (x0, y0, x1, y1) = _heading_crop(printed)
    step = (x1 - x0) // len(read)
    words = [{"text": t, "conf": c, "x0": (x0 + k * step) / (300 / 72), "x1": (x0 + (k + 1) * step) / (300 / 72),
              "top": y0 / (300 / 72), "bottom": y1 / (300 / 72)} for k, (t, c) in enumerate(read)]
    boxes = {id(w): (x0 + k * step, y0, x0 + (k + 1) * step, y1) for k, w in enumerate(words)}
    joined = ocr._reread_letters_apart(gray, [words], boxes, 300 / 72, "vie", 120)
    assert [w["text"] for w in words if id(w) not in joined] == expected


@pytest.mark.parametrize("above, below, specks", [
    # must: a seal's leftover read as signs before the wrapped end of the authority's phrase
    ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN", "-_ DẦN", 1),
    ("TM. ỦY BAN NHÂN", "_ . DÂN", 2),
    ("KT. CHỦ TỊCH ỦY BAN", "- NHÂN DÂN", 1),
    # must-not: a recipient's dash after a recipient; the phrase whole on the line above; no signs before the wrap
    ("- Sở Y tế tỉnh Bình Xuyên;", "- UBND các huyện, thị xã;", 0),
    ("TM. HỘI ĐỒNG NHÂN DÂN", "- CHỦ TỊCH", 0),
    ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN", "DÂN", 0),
    ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN", "-_", 0),
])
def test_specks_before_wrapped(above, below, specks):
    assert ocr.specks_before_wrapped(above.split(), below.split()) == specks
