"""Round IMG18: a seal over a signer's block that starts left of the seal.

An HTML print sets the signer's block close to the recipients' column (a gap of a few
points), and a seal stamped over the block's right part leaves its left part ("GIÁM" of
"GIÁM ĐỐC", "Phan Thị" of the name) outside the seal's box. _reread_seal read the seal's box
and the lines running on to its right only (to its left lies the recipients' column, nearer
than a column's gap in the ink of all the seal's rows): the block's left words were lost with
the seal (the page's layout drops them with it) and the signer was lost. The block's left edge
is now told line by line: each line the seal's edge cuts runs on left through gaps narrower than
a column's; a line running on further than the seal is wide (a footer across the page) moves
nothing. Everything here is invented: bodies, names, places.
"""

from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from extractors.formats import ocr
from extractors.formats.tools import OcrUnavailable
from tests.renditions import scans
from tests.renditions.scans import _font

DPI = 300
TOP = 2.2  # inches: below the first page's top zone (RECEIPT_STAMP_ZONE), where red ink is a receipt stamp


def _page(recipients: list[str], signer: list[str], block_in: float, seal_in: float, seed: str,
          footer: str | None = None) -> bytes:
    """A 7 x 5 inch page at 300 dpi, in colour: the recipients at 0.4 inch, the signer's block
    (`signer`: bold capitals, then the name 1.1 inch lower) at `block_in` inches, a red seal
    whose left edge lies about `seal_in` inches right of the block's start, and a `footer` line
    across the page under the block; as a one-page PDF of a JPEG scan."""
    img = Image.new("RGB", (7 * DPI, 5 * DPI), (255, 255, 255))
    d = ImageDraw.Draw(img)
    small, bold = _font(int(0.15 * DPI)), _font(int(0.16 * DPI), True)
    for k, line in enumerate(recipients):
        d.text((int(0.4 * DPI), int((TOP + 0.25 * k) * DPI)), line, font=small, fill=(0, 0, 0))
    x = int(block_in * DPI)
    for k, line in enumerate(signer[:-1]):
        d.text((x, int((TOP + 0.25 * k) * DPI)), line, font=bold, fill=(0, 0, 0))
    d.text((x, int((TOP + 0.25 * (len(recipients) - 1)) * DPI)), signer[-1], font=bold, fill=(0, 0, 0))
    if footer:
        d.text((int(0.4 * DPI), int((TOP + 0.25 * (len(recipients) + 0.8)) * DPI)), footer, font=small,
               fill=(0, 0, 0))
    rnd = random.Random(seed)
    radius = int(random.Random(seed).uniform(0.68, 0.78) * DPI)  # (as _seal draws it: its first draw)
    anchor = scans._signature_anchor
    # _seal puts the seal's left edge at the anchor's x less its radius plus 0 to 0.5 inch
    scans._signature_anchor = lambda im, dpi: (x + int(seal_in * DPI) + radius - int(0.25 * DPI),
                                               int((TOP + 0.25 * (len(recipients) - 1) / 2) * DPI) + int(0.1 * DPI))
    try:
        scans._seal(img, DPI, rnd)
    finally:
        scans._signature_anchor = anchor
    out = io.BytesIO()
    img.save(out, "PDF", resolution=float(DPI), quality=80)
    return out.getvalue()


def _read(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        image, scale = ocr.render(pdf, 0, DPI)
    finally:
        pdf.close()
    try:
        page = ocr.ocr_page(image, scale, "vie", 60.0)
    except OcrUnavailable:
        pytest.skip("no Tesseract")
    return " ".join(w["text"] for w in page.words)


RECIPIENTS_A = ["Nơi nhận:", "- Thường trực HĐND tỉnh;", "- Cục Quản lý khám, chữa bệnh;", "- Các đơn vị trực thuộc;",
                "- Lưu: VT, NVY."]
RECIPIENTS_B = ["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Bộ Kế hoạch và Đầu tư;", "- Các sở, ban, ngành;",
                "- Lưu: VT, KT."]

LEFT_OF_SEAL = [
    # must: the block starts left of the seal, a few points right of the recipients' longest line
    ("director, block left of the seal", RECIPIENTS_A, ["GIÁM ĐỐC", "Trương Thị Liên"], 2.75, 0.55, "k3", None,
     ["GIÁM ĐỐC", "Trương Thị Liên"]),
    ("vice director, block left of the seal", RECIPIENTS_A, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lục Văn Thiện"],
     2.75, 0.6, "k8", None, ["PHÓ GIÁM ĐỐC", "Lục Văn Thiện"]),
    ("chairman, block left of the seal, a footer under it", RECIPIENTS_B, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
     "Mạc Đình Khôi"], 2.5, 0.7, "k5", "Cổng thông tin điện tử tỉnh Bắc Vân", ["CHỦ TỊCH", "Mạc Đình Khôi"]),
    ("block starting at the seal's edge", RECIPIENTS_B, ["GIÁM ĐỐC", "Hứa Minh Tâm"], 3.9, -0.1, "k2", None,
     ["GIÁM ĐỐC", "Hứa Minh Tâm"]),
    # must not: the seal over the block's left part (the block's start well inside the seal's box) reads as before
    ("block starting inside the seal", RECIPIENTS_B, ["GIÁM ĐỐC", "Đàm Thị Hạnh"], 3.9, -0.45, "k6", None,
     ["GIÁM ĐỐC", "Đàm Thị Hạnh"]),
]


@pytest.mark.parametrize("case,recipients,signer,block_in,seal_in,seed,footer,wanted", LEFT_OF_SEAL,
                         ids=[c[0] for c in LEFT_OF_SEAL])
def test_block_left_of_the_seal(case, recipients, signer, block_in, seal_in, seed, footer, wanted):
    text = _read(_page(recipients, signer, block_in, seal_in, seed, footer))
    for want in wanted + [r.lstrip("- ").rstrip(";.") for r in recipients[1:-1]]:  # (the recipients as read before)
        assert want in text, (case, want, text)


# _block_left alone, on masks of ink (scale 1: a point a pixel; a column's gap is 24 pixels)
def _mask(rows: list[list[tuple[int, int]]]) -> "np.ndarray":
    import numpy as np
    m = np.zeros((12 * len(rows), 400), bool)
    for k, runs in enumerate(rows):
        for a, b in runs:
            m[12 * k + 2:12 * k + 10, a:b] = True
    return m


EDGES = [
    # must: the title's line the edge (x 200) cuts starts at 150, 6 pixels after the recipients' at 144
    ("title cut by the seal's edge", [[(10, 60), (150, 175), (180, 230)], [(10, 144)], [(10, 40), (152, 260)]], 200, 100,
     150 - 3),
    # must not: no line at the edge: the edge stays
    ("no line at the edge", [[(10, 60), (210, 260)], [(10, 144)]], 200, 100, 200),
    # must not: a line running on further left than the seal is wide (a footer across the page) moves nothing
    ("footer across the page", [[(10, 60), (210, 260)], [(10, 80), (85, 160), (165, 240)]], 200, 100, 200),
    # must not: a recipient's line from the text's left edge reaching under the seal's edge, though nearer than
    # the seal is wide, moves nothing
    ("recipient under the edge", [[(10, 60), (65, 205)], [(10, 40), (300, 350)]], 200, 250, 200),
    # must not: a line whose run left of the edge ends at a column's gap keeps the edge there
    ("column gap before the edge", [[(10, 150), (180, 230)]], 200, 100, 180 - 3),
]


@pytest.mark.parametrize("case,rows,x0,width,left", EDGES, ids=[c[0] for c in EDGES])
def test_block_left(case, rows, x0, width, left):
    assert ocr._block_left(_mask(rows), x0, width, 1.0) == left, case
