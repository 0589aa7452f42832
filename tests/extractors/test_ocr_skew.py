"""A page scanned tilted (1-3 degrees) is turned level before it is read: the tilt is the
shear that stacks the page's ink into the sharpest rows. A level page, a slightly tilted
one (under MIN_SKEW) and a blank one are read as they are. Pages drawn here, text invented."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats.ocr import MIN_SKEW, _deskewed, skew_angle

SCALE = 150 / 72  # pixels per point
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def page(angle: float, lines: int = 30) -> np.ndarray:
    """An A4 page of text lines at 150 dpi, turned `angle` degrees counter-clockwise."""
    im = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 26)
    for n in range(lines):
        draw.text((180, 160 + 48 * n), f"{n + 1}. Hỗ trợ hộ nghèo vùng biên giới phát triển sinh kế bền vững năm 2027", font=font, fill=0)
    return np.array(im.rotate(angle, resample=Image.BICUBIC, fillcolor=255))


@pytest.mark.parametrize("angle", [1.5, -1.5, 1.0, -2.5, 0.7])
def test_the_tilt_of_a_page_is_found(angle):
    assert skew_angle(page(angle), SCALE) == pytest.approx(angle, abs=0.1)


@pytest.mark.parametrize("angle", [1.5, -2.0])
def test_a_tilted_page_is_turned_level(angle):
    assert abs(skew_angle(_deskewed(page(angle), SCALE), SCALE)) < MIN_SKEW / 2


@pytest.mark.parametrize("gray", [page(0.0), page(0.2), np.full((1754, 1240), 255, np.uint8)],
                         ids=["level", "slight", "blank"])
def test_a_level_or_blank_page_is_left_as_it_is(gray):
    assert _deskewed(gray, SCALE) is gray
