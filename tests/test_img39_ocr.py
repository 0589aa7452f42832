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


# A phone scanner app's crops (200 dpi JPEG 50 read at 300 dpi) of a cell-a-line table's row numbers "1" and "2" alone at
# the margin, from this round's rendition of an invented plan: the digits' model reads the "1" at 97 and the "2" as
# "a" at 43 as they are (the column did not count on, rows 1 and 2's tasks lost); from their ink alone, "1" and "2".
APP_ONE = "iVBORw0KGgoAAAANSUhEUgAAAEEAAABUCAAAAAD4hwWxAAACWklEQVR42u2VvWsUURTFz7nvzWQ3s2YTJR+GVIKKNiJpLGwM2PkH2Pn/aSEIYmmtwRRqgo0EEVHJ6pJkszsf791r4aLNLsxgoci88hW/eeeeM+fS8IdH0BJaQktoCS3hXyf42ddmpAGwUKrziQAGsAmhKDJvhXOnL58fbd68vQqoSQOCVpETmvv6YX93b3Clt60grIkKmySL33PrHTx+Muzm66Og6pvNgamTvh4+enU4rGIs80qt4SSZsHhz8PppdXHh2xBGkiDnDHMOQY8fPnvXvbOztzeES5IEUJqBrO1Fdbz/ZeP+ztbHhU4Q+WWxq+9m5PXVrbvXko1+Ek1/va2+F7Deg+XNiSvWVkRD+DlIciZidh5ynO95LoTR8PhMAVMIGmWSwjQFfIwWA2UaRjYgSDdGiEB8N4H4xHEqbtYz5vybIgBU0nEBBQEFiNnBnuMFxQCIi5HTD7NtuZbwV/fF770BA2BmNMDABgQCAihokkosO05z+KSuClMFSFosKzifMFYGikjthoGSBkMs8wo+9TAFpYP6HYWpdEl7S71JGbHgHfQsSJbU7UkVECBEY4wxmogqxTVSAQcjdDwaG8wMQXzWbGdZEcw56/XPTYSkGRAMvombprHiKA8q4XSQufFin00SFeismuTl4PNglE4+HYyzk/XMzS5r2kwfyuGL3bcj2vvBGbPljSyxW/cuLaeNmhZhfNJZ2tryiCXzHMGLVk5qe+FXbixdPuqvDSXj5LQIsdi+2tWyU18FLR+PyySt6KBBFdq/IFDHmoS25VpCS2gJLeE/I/wAVCwYf9U1AvUAAAAASUVORK5CYII="
APP_TWO = "iVBORw0KGgoAAAANSUhEUgAAAEYAAABTCAAAAAAHXi5wAAAFFklEQVR42u2Yy49cxRXGv++cqr7dPdMePDM2dsLDg7ENMooMGCVDrIAXiZF4LBBiGWXB/8M+S6JsorBCCBCIh9AYlBAnskz8iA1mwK8ee9zz6um+descFpOspiG3pewytbxS/XTqq/q+c3Tp+F8swQ5mB7OD2cH8lxVGfLNSItxBgTvdCYF5BVEZBwN3uBnUYU446JbNyPGqYROAmwCwrKKADyq2wo8cij6qGHc6SMKc9Ay6e7U5nG2OdSi4U+jmFMlOg6hYSqWPVw2yC5nKKjR0I7QAN4q7K8fSBnSjahFFGIUASM/ZCh0H4yDcYWm43u/3U0YxsXtqAmbjSgwzq4Z3rp+/8vXN7h3sP/LMk492ov/wlY/WBpa+vXTh6nfd3ka7XCu1vX//A8ePPRLGe34GlN98/NnXvdnZ+/bFarCy9N358NUy5ybH0magoX/1r+d7nVMvPJ0levfCm59f/rDbfW0sDBvAZP9y+dDjJ49OJ4ko2qG5vHp14eF8CDmbatmscyiCrXQrzp08tteF7s2f7Lr19wt3L57ed5BuJqjqBIVvJhHPNvuzfc0kYpVJZ+7YZLXy5WLlEptx+66R1QSBP/xyfPbQhIBuRvLeo592yyvX3URANGppEy3h8Kvh0GzKAXDCvHN/W6ulVQKAudaqRsvN8MAc1XrFLoDBrUSbEksJDiCnba4Y7alIC3Ho0gjM7hDznFJFEdqWUWpJbNoMYoOSzQbgZqBU6yl7p2VmAKXeK85UwEuyCaiZUZppOUHn9qQcAImshSENkI6YiUIEjurml/0w/YvDcIeT9TACJ7WdM9xBBXJ/8exGa//PDwnhFWO9PkVKVABQGiQElLcv/WN96uDjD6oQg1Q3/arKQgOWTRVV1di8cfrcQJ783X3BIxEx0FjH4ZbNsgF0E8sZq//65GLx0ImTMUPAaNlrBUUpLc8JUiANLLZ5++zCtXt/++uidKGqaKwZWyQNRoIgh+c+eKd3YH7+QYlOzylKzXcjW83OM6AYdt9/7+xP508d2ZVF3CxTse3GRzdfMyAiDVQL3Pj8T+cnTj331GQqWwJRZLPI2n2KUFDSN+++uXjg6V8d7oghZwsMYpaKWp4C4NkkeP/aR28vdOZfOrZXkgWYZWhUWl1PSRoU6oNrZ35/rv2bF050NPWKKcATAAm51oWbEBTmjYtfLHx74MTzj7WVqIKtaEu9rDTUiy0iA8r+zTOffjHx1IvHZySTsX/7SufgjOYybsfIyBBFWSKyd+n0327PP3d8ppDNYZy59efX/3h2QyPBmp4a9jtMNz9865+Tx1852mY2Ua9Wr1/d7XBrClKjzgg5HLrm5c/e+6D85bNP3DOAWAq5v7q+niItq3otT1W3mnvk7uU3/rIWd99f3ukXSBvFxOqyaRB4ziHU6lM6Hay78Pa5FceFP2iuotimFnlpsdfvVdKA1Es/mbDB0pl3lqugi9fWEySwdG3mFDk0UcDrTRRpuLZ2947FQss1B8wC4KJx90wLztoTRaAceHHPUnt6BQ1LSRpxWFmhjEcemfTkuj0pOHJItWwbd2+0p7thKg9LaYQqVRLEpvY2kG1EbI3GlMMsquprsY1sLsFhRgUV7sZQTxt3FmZF6kvUilrBVTxTLFvgyDnyB4IiNAItVyAcoGW4ucPdnFujao1DWcnoQBIOQwEAyRrI1ZYk9EStF6JblQfKv0NXhZD4n706wprc+Q20g9nB7GD+LzHfA+SqqxlZi9asAAAAAElFTkSuQmCC"


def _crop(data: str) -> np.ndarray:
    import base64
    import io
    return np.array(Image.open(io.BytesIO(base64.b64decode(data))))


@pytest.mark.parametrize("column, numbers", [
    # must: "1" over "2" (the "2" misread as it is)
    ([APP_ONE, APP_TWO], ["1", "2"]),
    # must-not: one run alone; a "2" over a "1" (no count); "1" twice
    ([APP_TWO], []),
    ([APP_TWO, APP_ONE], []),
    ([APP_ONE, APP_ONE], []),
])
def test_numbers_column_read_from_ink_alone(column, numbers):
    gray = np.full((200 + 400 * len(column), 600), 255, np.uint8)
    narrow = []
    for k, data in enumerate(column):
        crop = _crop(data)
        x, y = 100, 100 + 400 * k
        gray[y:y + crop.shape[0], x:x + crop.shape[1]] = crop
        ys, xs = np.nonzero(crop < ocr.DARK)
        narrow.append((x + int(xs.min()), y + int(ys.min()), x + int(xs.max()) + 1, y + int(ys.max()) + 1))
    assert [w["text"] for w in ocr._numbers_column(gray, narrow, 300 / 72, 120)] == numbers


@pytest.mark.parametrize("first, second, second_conf, taken", [
    # must: a matrix's "CT" read "C1" by the page's model, "CT." / "CT" by the digits' model, surely
    ("C1", "CT.", 88.0, True),
    ("P5", "PS", 91.0, True),
    ("8T", "BT", 85.0, True),
    # must-not: both read the digit; the digits' model unsure; a number; capitals unlike beyond the digit; a digit no
    # look-alike of the letter; two digits
    ("C1", "C1", 90.0, False),
    ("C1", "CT", 70.0, False),
    ("12", "IT", 90.0, False),
    ("P1", "PH", 90.0, False),
    ("C7", "CT", 90.0, False),
    ("11", "TT", 92.0, False),
])
def test_capital_read_as_digit(first, second, second_conf, taken):
    assert ocr.capital_read_as_digit(first, second, second_conf) is taken
