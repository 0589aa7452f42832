"""Round IMG17: what the OCR path lost on G20's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG17"). Every name and figure here is invented."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr
from tests.renditions.scans import photo_scan

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PLAIN = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DPI = 150
SCALE = DPI / 72
A4 = (round(595 * SCALE), round(842 * SCALE))


def _pdf(lines: list[tuple[str, str]], left_pt: float = 340) -> bytes:
    """A printed A4 page (a PDF of its image, DPI) with `lines` ((text, font), 13 pt) near its top, from
    `left_pt` (a signer's block: the right half)."""
    img = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(img)
    y = round(60 * SCALE)
    for text, font in lines:
        draw.text((round(left_pt * SCALE), y), text, font=ImageFont.truetype(font, round(13 * SCALE)), fill=0)
        y += round(20 * SCALE)
    out = io.BytesIO()
    img.save(out, "PDF", resolution=DPI)
    return out.getvalue()


def _text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        image, scale = ocr.render(pdf, 0, 300)
    finally:
        pdf.close()
    return " ".join(w["text"] for w in ocr.ocr_page(image, scale, "vie", 120).words)


# A phone's photo of a last page that holds the signer's name only: the light made even
# (ocr.even_light) leaves the paper's streaks and the shadow band's edge at 250-255, Tesseract's
# threshold for the nearly blank page falls in them and its page segmentation keeps no word (the
# signer lost: thanhbinh photo). A page read with no word is read again with its paper made white.
# (the seeds give each photo its shadow band along the page's top edge, as over thanhbinh's last page)
@pytest.mark.parametrize("lines, seed, left", [
    # must read: a name alone under the shadow band, at the block's left or further right
    ([("Lương Thế Vinh", BOLD)], "s12", 386),
    ([("Hà Minh Đức", BOLD)], "s17", 340),
    ([("Lê Thị Kim Oanh", BOLD)], "s46", 386),
])
def test_a_photographed_page_of_one_line_is_read(lines, seed, left):
    assert _text(photo_scan(_pdf(lines, left), seed)) == " ".join(text for text, _ in lines)


@pytest.mark.parametrize("lines, seed, photo", [
    # must not: a blank photographed page reads as nothing (its shadow band no letters), and a
    # clean blank page; a clean page of one line, and a photographed page of two, read as they did
    ([], "s12", True),
    ([], "e", False),
    ([("Đỗ Văn Nam", PLAIN)], "f", False),
    ([("GIÁM ĐỐC", BOLD), ("Phạm Quang Tiến", BOLD)], "s46", True),
])
def test_a_blank_photographed_page_stays_blank(lines, seed, photo):
    data = _pdf(lines, 386)
    assert _text(photo_scan(data, seed) if photo else data) == " ".join(text for text, _ in lines)

