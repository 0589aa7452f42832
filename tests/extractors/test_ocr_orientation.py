"""A page scanned sideways (a landscape annex fed through the scanner upright) or upside
down is turned before OCR: the sideways test is a cheap ink profile (lines running down
the image), the angle is Tesseract's orientation detection, and an upside-down page is
caught by its garbled first reading. Pages drawn here, text and tables invented."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats.ocr import _sideways, _turn_of, ocr_page

SCALE = 150 / 72  # pixels per point
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORDS = ("hỗ trợ hộ nghèo vùng biên giới phát triển sinh kế bền vững năm 2027 Sở Y tế chủ trì phối hợp "
         "với Ủy ban nhân dân các xã triển khai thực hiện kiểm tra đôn đốc báo cáo kết quả định kỳ").split()


def text_page(lines: int = 26) -> np.ndarray:
    """An A4 page of Vietnamese prose at 150 dpi: lines of words in a seeded order, as a
    page's lines differ (a page of one line repeated would stack its letters in columns)."""
    import random
    rng = random.Random(7)
    im = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 24)
    for n in range(lines):
        words = rng.sample(WORDS, 12)
        draw.text((150 + (30 if n % 5 == 0 else 0), 160 + 52 * n), f"{n + 1}. " + " ".join(words), font=font, fill=0)
    return np.array(im)


def table_page() -> np.ndarray:
    """A landscape A4 page at 150 dpi holding a ruled budget table (years over sources)."""
    im = Image.new("L", (1754, 1240), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 22)
    cols = [100, 200, 800, 1050, 1300, 1650]
    rows = [150 + 70 * i for i in range(13)]
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=3)
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=3)
    for i, y in enumerate(rows[:-1]):
        cells = [str(i + 1), f"Nâng cấp trạm y tế xã số {i + 1}", f"{1200 + 35 * i}", f"{640 + 20 * i}", f"{560 + 15 * i}"]
        for x, text in zip(cols, cells):
            draw.text((x + 12, y + 20), text, font=font, fill=0)
    return np.array(im)


def turned(gray: np.ndarray, clockwise: int) -> np.ndarray:
    return np.ascontiguousarray(np.rot90(gray, -clockwise // 90))


BLANK = np.full((1754, 1240), 255, np.uint8)


@pytest.mark.parametrize("gray,expected", [
    # must match: lines run down the image
    (turned(text_page(), 90), True), (turned(text_page(), 270), True),
    (turned(table_page(), 90), True), (turned(table_page(), 270), True),
    # must not match: upright pages, upside-down ones (their lines still run across), a
    # blank page, a page of few lines
    (text_page(), False), (table_page(), False), (turned(text_page(), 180), False), (BLANK, False),
    (text_page(lines=2), False),
], ids=["text-90", "text-270", "table-90", "table-270", "text", "table", "text-180", "blank", "two-lines"])
def test_a_sideways_page_is_noticed(gray, expected):
    assert _sideways(gray) is expected


@pytest.mark.parametrize("clockwise", [0, 90, 180, 270])
def test_the_turn_that_makes_a_page_upright(clockwise):
    # the page was turned `clockwise`; the turn that undoes it is the rest of a full turn
    assert _turn_of(turned(text_page(), clockwise), SCALE, 60) == (360 - clockwise) % 360


def _words(page) -> list[str]:
    return [w["text"] for w in page.words]


@pytest.fixture(scope="module")
def upright_text():
    return ocr_page(Image.fromarray(text_page()), SCALE, "vie", 120)


@pytest.mark.parametrize("clockwise", [90, 180, 270])
def test_a_turned_page_reads_as_the_upright_one(clockwise, upright_text):
    page = ocr_page(Image.fromarray(turned(text_page(), clockwise)), SCALE, "vie", 120)
    assert page.turned == (360 - clockwise) % 360
    assert upright_text.turned == 0
    same = sum(a == b for a, b in zip(_words(page), _words(upright_text)))
    assert len(_words(page)) == len(_words(upright_text)) and same >= 0.95 * len(_words(upright_text))


def test_a_sideways_table_page_gives_its_grid():
    upright = ocr_page(Image.fromarray(table_page()), SCALE, "vie", 120)
    page = ocr_page(Image.fromarray(turned(table_page(), 270)), SCALE, "vie", 120)
    assert page.turned == 90
    assert len(page.tables) == len(upright.tables) == 1
    assert page.tables[0].rows == upright.tables[0].rows
    assert page.tables[0].rows[3][2:] == ["1305", "700", "605"]
