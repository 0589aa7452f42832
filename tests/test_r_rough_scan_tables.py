"""Ruled tables on a rough office scan (page images drawn here, figures invented).

An office scanner leaves a page tilted a little (a few tenths of a degree), on grey paper with
noise. A table's rules then run across several pixel rows: over a 1,600 px wide table a tilt
of 0.4 degrees moves a rule by 11 px from one end to the other. Tesseract reads each cell
better with the rules erased, and a rule found as one band 15 px thick was erased as such,
taking the top of the figures set close under it ("3.500" read as "j.OUU"). A page tilted by
a tenth of a degree or more is turned level first, so that its rules are thin again; a page
drawn level is read as it is."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCALE = 300 / 72

# a budget table by year: cells set tight under their top rule, as a word processor sets them
CELLS = [["Năm", "Tổng số", "Tỉnh", "Huyện", "Xã"],
         ["Năm 2027", "24.600", "9.300", "8.700", "6.600"],
         ["Năm 2028", "31.800", "12.400", "11.900", "7.500"],
         ["Cộng", "56.400", "21.700", "20.600", "14.100"]]
COLS = [80, 460, 840, 1220, 1600, 1980]
ROW_H = 70


def tight_table(rule: int = 0) -> Image.Image:
    """CELLS ruled at `rule` (a gray level), each cell's text 8 px under its top rule."""
    im = Image.new("L", (2100, 200 + ROW_H * len(CELLS)), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 46)
    rows = [100 + ROW_H * r for r in range(len(CELLS) + 1)]
    for x in COLS:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=rule, width=4)
    for y in rows:
        draw.line([(COLS[0], y), (COLS[-1], y)], fill=rule, width=4)
    for y, row in zip(rows, CELLS):
        for x, text in zip(COLS, row):
            draw.text((x + 16, y + 8), text, font=font, fill=0)
    return im


def rough(im: Image.Image, angle: float, seed: int = 11) -> Image.Image:
    """`im` as an office scan leaves it: turned by `angle` degrees, grey paper, grey ink, noise."""
    turned = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(turned).astype(np.float32)
    a = 35 + a * 0.80 + np.random.default_rng(seed).normal(0, 8, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


@pytest.mark.parametrize("angle", [0.4, -0.3, 0.2])
def test_a_table_scanned_a_little_tilted_reads_its_figures(angle):
    page = ocr.ocr_page(rough(tight_table(), angle), SCALE, "vie", 120)
    assert len(page.tables) == 1
    rows = page.tables[0].rows
    assert [row[1:] for row in rows[1:]] == [row[1:] for row in CELLS[1:]]
    assert [row[0] for row in rows] == [row[0] for row in CELLS]


@pytest.mark.parametrize("angle, turned", [(0.0, False), (0.05, False), (0.2, True), (0.4, True), (-0.3, True)])
def test_a_page_is_turned_level_from_a_tenth_of_a_degree(angle, turned):
    gray = np.asarray(rough(tight_table(), angle))
    assert (ocr._deskewed(gray, SCALE) is not gray) == turned
