"""Ruled tables on a rough office scan (page images drawn here, figures invented).

An office scanner leaves a page tilted a little (a few tenths of a degree), on grey paper with
noise. A table's rules then run across several pixel rows: over a 1,600 px wide table a tilt
of 0.4 degrees moves a rule by 11 px from one end to the other. Tesseract reads each cell
better with the rules erased, and a rule found as one band 15 px thick was erased as such,
taking the top of the figures set close under it ("3.500" read as "j.OUU"). A page with a
ruled table tilted by a tenth of a degree or more is turned level first, so that its rules
are thin again; a page drawn level, or a page of text tilted under half a degree, is read
as it is.

On grainy paper (an office scan on recycled paper) the page is read smoothed, its cells'
paper made white; its rules are looked for before the smoothing, which thins a thin gray
rule away."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


def tight_table(rule: int = 0, width: int = 4) -> Image.Image:
    """CELLS ruled `width` px wide at `rule` (a gray level), each cell's text 8 px under its top rule."""
    im = Image.new("L", (2100, 200 + ROW_H * len(CELLS)), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 46)
    rows = [100 + ROW_H * r for r in range(len(CELLS) + 1)]
    for x in COLS:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=rule, width=width)
    for y in rows:
        draw.line([(COLS[0], y), (COLS[-1], y)], fill=rule, width=width)
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


def text_only() -> Image.Image:
    """Lines of text, no table."""
    im = Image.new("L", (2100, 900), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 46)
    for n in range(10):
        draw.text((80, 60 + 80 * n), f"{n + 1}. Rà soát, cập nhật quy hoạch vùng nguyên liệu năm 2027", font=font, fill=0)
    return im


@pytest.mark.parametrize("angle, turned", [(0.0, False), (0.05, False), (0.2, True), (0.4, True), (-0.3, True)])
def test_a_page_with_a_table_is_turned_level_from_a_tenth_of_a_degree(angle, turned):
    gray = np.asarray(rough(tight_table(), angle))
    assert (ocr._deskewed(gray, SCALE) is not gray) == turned


@pytest.mark.parametrize("angle, turned", [(0.3, False), (-0.4, False), (0.8, True)])
def test_a_page_of_text_only_is_turned_level_from_half_a_degree(angle, turned):
    gray = np.asarray(rough(text_only(), angle))
    assert (ocr._deskewed(gray, SCALE) is not gray) == turned


def grainy(im: Image.Image, seed: int = 5, dust: float = 0.0) -> np.ndarray:
    """`im` on grey recycled paper: grey ink, grain, and single dark specks of dust (`dust` of
    the pixels)."""
    rng = np.random.default_rng(seed)
    a = 35 + np.asarray(im).astype(np.float32) * 0.80 + rng.normal(0, 9, im.size[::-1])
    a[rng.random(a.shape) < dust] = 30
    return np.clip(a, 0, 255).astype(np.uint8)


def test_a_clean_page_has_no_grain():
    assert ocr.paper_noise(np.asarray(tight_table())) == 0.0


def test_grain_and_dust_are_smoothed_away_and_the_text_kept():
    gray = grainy(tight_table(), dust=0.001)
    assert ocr.paper_noise(gray) >= ocr.NOISY_PAPER
    out = ocr._smoothed(gray)
    paper = np.ones(gray.shape, bool)
    paper[60:, :] = False  # the band above the table holds nothing but paper and dust
    assert (gray[paper] < ocr.DARK).sum() > 50 and (out[paper] < ocr.DARK).sum() == 0
    ink = np.asarray(tight_table()) < 128  # the table's own strokes stay ink
    assert (out[ink] < ocr.DARK).mean() > 0.9
    assert np.median(out) == 255 and (out[paper] == 255).mean() > 0.99  # the paper white, grain and all


def test_a_row_code_heading_on_grey_paper_is_read():
    """A cell is read from its crop set in a white margin: its grey paper in that white frame
    was read as letters ("TT" as "ý Sý E"); the page's paper is made white."""
    cells = [["TT", "Nhiệm vụ", "Đơn vị chủ trì"], ["1", "Rà soát quy hoạch", "Sở Xây dựng"]]
    im = Image.new("L", (1500, 400), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 50)
    cols, rows = [80, 300, 900, 1420], [60, 160, 260]
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=4)
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=4)
    for y, row in zip(rows, cells):
        for x, text in zip(cols, row):
            draw.text((x + 30, y + 10), text, font=font, fill=0)
    page = ocr.ocr_page(Image.fromarray(grainy(im.filter(ImageFilter.GaussianBlur(0.7)), seed=3)), SCALE, "vie", 120)
    assert page.tables[0].rows == cells


@pytest.mark.parametrize("rule, width", [(0, 4), (160, 2), (120, 1)])
def test_the_grid_of_a_table_on_grainy_paper_is_found_with_thin_gray_rules_too(rule, width):
    """A thin gray rule (one pixel at 120, softened by the scan) on grainy paper: the median
    that cleans the page for reading thins it away, so the rules are found before it."""
    soft = tight_table(rule, width).filter(ImageFilter.GaussianBlur(0.7))
    page = ocr.ocr_page(Image.fromarray(grainy(soft)), SCALE, "vie", 120)
    assert len(page.tables) == 1
    assert len(page.tables[0].rows) == len(CELLS) and len(page.tables[0].rows[0]) == len(CELLS[0])
