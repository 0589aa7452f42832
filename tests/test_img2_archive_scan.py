"""Archive scans (helper IMG2): what a real scan carries over the typed page, read by the
OCR path at the level of its page image and its text."""

import numpy as np
import pytest
from PIL import Image

from extractors.formats.ocr import DARK, without_red_ink

# (pixel colour as scanned, is it ink to the reader?)
PIXELS = [
    ((0, 0, 0), True),            # typed black
    ((40, 38, 45), True),         # black type on a soft scan
    ((30, 40, 150), True),        # a blue pen: a handwritten number in a blank
    ((60, 60, 60), True),         # a dark border band, a punched hole (not ink, but not this rule's)
    ((200, 30, 40), False),       # a seal's or a stamp's red
    ((170, 20, 60), False),       # a stamp pad's purple-red
    ((235, 90, 95), False),       # a seal's ink, thin and faded
    ((255, 255, 255), False),     # paper
    ((240, 225, 190), False),     # a yellowed page
    ((150, 120, 100), True),      # a brown-black stroke on an old copy (not red enough)
]


@pytest.mark.parametrize("colour,ink", PIXELS)
def test_red_ink_dropped_other_ink_kept(colour, ink):
    image = Image.new("RGB", (4, 4), colour)
    gray = np.asarray(without_red_ink(image))
    assert (gray < DARK).all() == ink


def test_gray_images_kept():
    image = Image.new("L", (3, 3), 90)
    assert (np.asarray(without_red_ink(image)) == 90).all()


def test_black_letter_under_red_ink_stays():
    # where a seal's ring crosses a letter the scan keeps the darker, the letter
    a = np.full((2, 2, 3), 255, np.uint8)
    a[0, 0] = (0, 0, 0)
    a[0, 1] = (200, 30, 40)
    gray = np.asarray(without_red_ink(Image.fromarray(a, "RGB")))
    assert gray[0, 0] < DARK and gray[0, 1] >= DARK


# (the pixel beside a seal's stroke, is it ink?): a stroke's edge, its red halved by the
# JPEG's colour grid, is the stroke's; the same colour far from any red ink is left alone
EDGES = [
    ((190, 120, 130), True, False),   # a pale red edge beside the stroke: dropped
    ((190, 120, 130), False, True),   # the same colour alone (a brown stroke): ink
    ((60, 50, 50), True, True),       # a dark letter beside the stroke (red by 10): ink
    ((20, 20, 20), True, True),       # black beside the stroke: ink
]


@pytest.mark.parametrize("colour,beside,ink", EDGES)
def test_red_stroke_edges(colour, beside, ink):
    a = np.full((9, 9, 3), 255, np.uint8)
    a[4, 4] = colour
    if beside:
        a[4, 5] = (200, 30, 40)
    gray = np.asarray(without_red_ink(Image.fromarray(a, "RGB"), scale=2.0))
    assert (gray[4, 4] < DARK) == ink


# (red ink's row as a fraction of the page's height, is it dropped?): a receipt stamp lies
# on the first page's header; below the zone (a seal over the signer) red ink is left
ZONE = [
    (0.05, True),
    (0.30, True),
    (0.50, False),
    (0.90, False),
]


@pytest.mark.parametrize("row,dropped", ZONE)
def test_red_ink_dropped_in_the_receipt_stamp_zone_only(row, dropped):
    from extractors.formats.ocr import RECEIPT_STAMP_ZONE
    a = np.full((100, 10, 3), 255, np.uint8)
    a[int(row * 100), 5] = (200, 30, 40)
    gray = np.asarray(without_red_ink(Image.fromarray(a, "RGB"), zone=RECEIPT_STAMP_ZONE))
    assert (gray[int(row * 100), 5] >= DARK) == dropped


from extractors.formats.ocr import repair_crossed_separator  # noqa: E402

# a receipt stamp's frame or a pen stroke across a number's separator (invented numbers)
CROSSED = [
    (["Số: 73/KHxUBND"], ["Số: 73/KH-UBND"]),
    (["214/QĐ×UBND"], ["214/QĐ-UBND"]),
    (["Số:", "12-KHƑHU"], ["Số:", "12-KH/HU"]),
    (["57-BCxBTGTU,"], ["57-BC/BTGTU,"]),
    (["9/TBxSNV"], ["9/TB-SNV"]),
    # must not: already well formed, no type code, a lower-case word, a code that is longer
    (["73/KH-UBND"], ["73/KH-UBND"]),
    (["86/ABxUBND"], ["86/ABxUBND"]),
    (["12/2020xNĐ"], ["12/2020xNĐ"]),
    (["3/khxubnd"], ["3/khxubnd"]),
    (["ngày 15/8 x UBND"], ["ngày 15/8 x UBND"]),
]


@pytest.mark.parametrize("words,expected", CROSSED)
def test_crossed_separator(words, expected):
    assert repair_crossed_separator(words) == expected
