"""Scanned renditions made here, deterministically: a PDF rasterized to an image-only PDF
(one grayscale JPEG per page, as a scanner writes them), and a Word plan of our own.

    .venv/bin/python -m tests.renditions.scans IN.pdf OUT.pdf --dpi 300

The same input and DPI give the same bytes (fixed dates, no random noise), so a scan's
doc_id is stable between runs.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

FIXED_DATE = time.gmtime(1577836800)  # 2020-01-01, so that the bytes do not change


def _pdf_of(images: list, dpi: int, quality: int) -> bytes:
    """Page images (PIL) as one PDF of scans at `dpi`, JPEG at `quality`, its dates fixed (the same bytes each run)."""
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), quality=quality,
                   title="scan", producer="tests.renditions.scans", creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return out.getvalue()


def image_only_pdf(data: bytes, dpi: int, pages: list[int] | None = None, quality: int = 75) -> bytes:
    """`data` (a PDF) with every page (or the 0-based `pages`) replaced by its grayscale
    raster at `dpi`: no text layer, no vector lines, page size kept."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    images = []
    try:
        for i in pages if pages is not None else range(len(pdf)):
            page = pdf[i]
            images.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            page.close()
    finally:
        pdf.close()
    return _pdf_of(images, dpi, quality)


def rough_scan(data: bytes, dpi: int = 300, seed: str = "") -> bytes:
    """`data` (a PDF) as an office scanner and a tired copier leave it: each page turned by up to
    1.2 degrees, a soft focus, grey paper and ink not quite black, noise, specks of dust, and a
    strong JPEG (quality 40). Deterministic: the same input and `seed` give the same bytes."""
    import hashlib
    import random

    import numpy as np
    import pypdfium2 as pdfium

    rnd = random.Random(seed)
    noise = np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))
    pdf = pdfium.PdfDocument(data)
    images = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            images.append(rough_page(img, rnd, noise))
    finally:
        pdf.close()
    return _pdf_of(images, dpi, 40)


def rough_page(img, rnd, noise):
    """One page image (grayscale PIL) as rough_scan leaves it: turned by up to 1.2 degrees
    (`rnd`, a random.Random), soft, grey paper, ink not quite black, grain and specks of
    dust (`noise`, a numpy Generator)."""
    import numpy as np
    from PIL import Image, ImageFilter

    img = img.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.7))).astype(np.float32)
    a = 35 + a * 0.80 + noise.normal(0, 10, a.shape)
    a[noise.random(a.shape) < 0.0004] = 30
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


LOW_DPI = 200  # an archive's cheap scan: 200 dpi ...
LOW_QUALITY = 60  # ... grayscale, a strong JPEG


def low_scan(data: bytes) -> bytes:
    """`data` (a PDF) as a cheap archive scan leaves it: 200 dpi, grayscale, JPEG quality 60
    (no noise, no tilt: the same bytes each run)."""
    return image_only_pdf(data, LOW_DPI, quality=LOW_QUALITY)


# An archive's scan (archive_scan): what real scans carry over the typed page.
ARCHIVE_TILT = 0.8  # degrees a page may be turned by
STAMP_INK = (200, 30, 40)  # a receipt stamp's and a seal's red
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
PROVINCES = ("HÀ NAM", "YÊN BÁI", "KON TUM", "BẾN TRE", "SÓC TRĂNG", "ĐỒNG THÁP", "NINH BÌNH", "HẬU GIANG")


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    return ImageFont.truetype(f"{FONT_DIR}/DejaVuSerif{'-Bold' if bold else ''}.ttf", size)


def archive_scan(data: bytes, dpi: int = 300, seed: str = "") -> bytes:
    """`data` (a PDF) as an archive's scanner leaves it, in colour: a receipt stamp ("ĐẾN", its
    number, day and "Chuyển") in red ink over the first page's top-left header, handwriting-like
    strokes in the blanks of the number and the day ("Số:   /KH-UBND", "ngày   tháng"), a red
    round seal (a ring of text and a star) over the signature block of the last page, a dark
    band at one side edge and a punched hole, each page turned by up to 0.8 degrees, JPEG 60.
    Deterministic: the same input and `seed` give the same bytes."""
    import random

    rnd = random.Random("archive:" + seed)
    images = []
    for i, count, page, img in _colour_pages(data, dpi):
        if i == 0:
            _handwrite_blanks(img, page, dpi / 72, rnd)
            _receipt_stamp(img, dpi, rnd)
        if i == count - 1:
            _seal(img, dpi, rnd)
        images.append(_archive_page(img, dpi, rnd))
    return _pdf_of(images, dpi, 60)


def _colour_pages(data: bytes, dpi: int):
    """Each page of `data` (a PDF) rendered in colour at `dpi`: (its index, the page count, the
    PDFium page, open while the caller works on it, and its RGB image)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                yield i, len(pdf), page, page.render(scale=dpi / 72).to_pil().convert("RGB")
            finally:
                page.close()
    finally:
        pdf.close()


def _blank_boxes(page, scale: float) -> list[tuple[float, float, float]]:
    """Where a header's blanks are, in pixels (x, baseline y, width): the spaces after "Số:"
    before a "/" and those after "ngày" before "tháng", from the page's text layer."""
    import re

    text = page.get_textpage()
    try:
        chars = text.get_text_range()
        height = page.get_height()
        boxes = []
        for m in re.finditer(r"Số:?( {2,}|\s*)/|ngày( {2,}|\s+)tháng", chars):
            gap = m.start(1) if m.group(1) is not None else m.start(2)
            end = m.end(1) if m.group(1) is not None else m.end(2)
            if end - gap < 1 or m.start() > len(chars) // 2 and boxes:
                continue
            left, bottom, _, top = text.get_charbox(max(gap - 1, 0))
            right = text.get_charbox(end)[0]
            if right - left < 4:
                right = left + 18
            boxes.append((left * scale, (height - bottom) * scale, (right - left) * scale))
        return boxes[:2]
    finally:
        text.close()


def _handwrite_blanks(img, page, scale: float, rnd) -> None:
    """Pen strokes (a few loops and a slant, in blue ink) in each blank of the header."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    for x, y, width in _blank_boxes(page, scale):
        pts = []
        steps = 14
        for k in range(steps):
            pts.append((x + 6 + (width - 12) * k / steps + rnd.uniform(-4, 4),
                        y - 12 - (28 if k % 3 == 1 else 0) + rnd.uniform(-6, 6)))
        draw.line(pts, fill=(30, 40, 150), width=4, joint="curve")


def _receipt_stamp(img, dpi: int, rnd) -> None:
    """A rectangular "ĐẾN" stamp in red ink, its lines filled in by hand, over the top-left
    quarter of the page below the issuer's lines (where a số/trích yếu lies)."""
    from PIL import Image, ImageDraw

    inch = dpi
    w, h = int(1.9 * inch), int(0.95 * inch)
    x0 = int(rnd.uniform(0.55, 0.9) * inch)
    y0 = int(rnd.uniform(1.35, 1.7) * inch)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle([2, 2, w - 3, h - 3], outline=255, width=5)
    province = rnd.choice(PROVINCES)
    small, big = _font(int(0.11 * inch), True), _font(int(0.24 * inch), True)
    d.text((int(0.12 * inch), int(0.04 * inch)), f"UBND TỈNH {province}", font=small, fill=255)
    d.line([4, int(0.2 * inch), w - 5, int(0.2 * inch)], fill=255, width=4)
    d.text((int(0.06 * inch), int(0.3 * inch)), "ĐẾN", font=big, fill=255)
    for k, label in enumerate(("Số:", "Ngày:", "Chuyển:")):
        d.text((int(0.62 * inch), int((0.25 + 0.17 * k) * inch)), label, font=small, fill=255)
    d.text((int(0.06 * inch), int(0.78 * inch)), "Số và ký hiệu HS:", font=small, fill=255)
    layer = layer.rotate(rnd.uniform(-3, 3), resample=Image.BICUBIC, expand=True)
    _ink(img, layer, (x0, y0), STAMP_INK)
    # what the clerk wrote on its lines, in blue pen
    pen = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(pen)
    hand = _font(int(0.12 * inch))
    day = f"{rnd.randint(1, 28)}/{rnd.randint(1, 12)}/{rnd.randint(2008, 2026)}"
    for k, text in enumerate((str(rnd.randint(100, 9999)), day, rnd.choice(("Đ/c Hùng", "VP", "P.KT")))):
        d.text((int(1.15 * inch), int((0.24 + 0.17 * k) * inch)), text, font=hand, fill=255)
    _ink(img, pen.rotate(rnd.uniform(-6, 6), resample=Image.BICUBIC), (x0, y0), (40, 50, 160))


def _ink(img, mask, at: tuple[int, int], colour: tuple[int, int, int]) -> None:
    """`mask` (L, 255 = ink) printed at `at` in `colour` over the page, as ink over ink: the
    darker of the two wins."""
    from PIL import Image, ImageChops

    patch = Image.new("RGB", mask.size, colour)
    paper = Image.new("RGB", mask.size, (255, 255, 255))
    stamp = Image.composite(patch, paper, mask.point(lambda v: int(v * 0.85)))
    box = (at[0], at[1], at[0] + mask.size[0], at[1] + mask.size[1])
    img.paste(ImageChops.darker(img.crop(box), stamp), box[:2])


def _signature_anchor(img, dpi: int) -> tuple[int, int]:
    """The middle of the signer's block on a page: the lowest lines of ink in the right half
    (the name) and those up to 1.6 inches above it (the signature's space, the title), as the
    (x, y) of the block's left edge at half its height; the page's lower right if none."""
    import numpy as np

    gray = np.asarray(img.convert("L"))
    h, w = gray.shape
    right = gray[:, w // 2: w - dpi // 3] < 128
    rows = np.nonzero(right.sum(axis=1) > 3)[0]
    if len(rows) == 0:
        return int(w * 0.6), int(h * 0.7)
    bottom = int(rows.max())
    top = int(rows[rows >= bottom - int(1.6 * dpi)].min())
    cols = np.nonzero(right[top:bottom + 1].sum(axis=0) > 0)[0]
    return w // 2 + int(cols.min() if len(cols) else 0), (top + bottom) // 2


def _seal(img, dpi: int, rnd) -> None:
    """A round red seal, a ring of text about a star, over the left part of the signer's
    block (its title and name) on the page."""
    import math

    from PIL import Image, ImageDraw

    radius = int(rnd.uniform(0.68, 0.78) * dpi)
    size = 2 * radius + 20
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size // 2
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=9)
    inner = int(radius * 0.62)
    d.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=5)
    star = [(c + (inner * (0.8 if k % 2 == 0 else 0.33)) * math.sin(k * math.pi / 5),
             c - (inner * (0.8 if k % 2 == 0 else 0.33)) * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=255)
    ring = f"ỦY BAN NHÂN DÂN TỈNH {rnd.choice(PROVINCES)} * "
    font = _font(int(0.11 * dpi), True)
    mid = (radius + inner) / 2
    for k, ch in enumerate(ring):
        angle = -150 + 300 * k / len(ring)
        glyph = Image.new("L", (int(0.16 * dpi), int(0.16 * dpi)), 0)
        ImageDraw.Draw(glyph).text((glyph.size[0] // 2, glyph.size[1] // 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.BICUBIC)
        gx = c + mid * math.sin(math.radians(angle)) - glyph.size[0] / 2
        gy = c - mid * math.cos(math.radians(angle)) - glyph.size[1] / 2
        layer.paste(255, (int(gx), int(gy)), glyph)
    x, y = _signature_anchor(img, dpi)
    at = (x - radius + int(rnd.uniform(0.0, 0.5) * dpi), y - radius + int(rnd.uniform(-0.3, 0.1) * dpi))
    _ink(img, layer.rotate(rnd.uniform(0, 360), resample=Image.BICUBIC), at, STAMP_INK)


def _archive_page(img, dpi: int, rnd):
    """The page turned a little, a dark band where the lid did not cover one side edge, a
    punched hole in the left margin, the paper a little grey and the ink soft."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = img.rotate(rnd.uniform(-ARCHIVE_TILT, ARCHIVE_TILT), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    d = ImageDraw.Draw(img)
    w, h = img.size
    band = int(rnd.uniform(0.06, 0.16) * dpi)
    if rnd.random() < 0.5:
        d.rectangle([0, 0, band, h], fill=(35, 35, 35))
    else:
        d.rectangle([w - band, 0, w, h], fill=(35, 35, 35))
    if rnd.random() < 0.5:
        r, cx, cy = int(0.1 * dpi), int(0.45 * dpi), int(h * rnd.uniform(0.35, 0.65))
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(60, 60, 60))
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.5))).astype(np.float32)
    a = 18 + a * 0.9
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# A photo of a paper page (phone camera or a scanner app's PDF): photo_scan.
PHOTO_DPI = 250  # what a phone's 12 MP photo of an A4 page comes to
PHOTO_QUALITY = 70
PHOTO_TILT = (1.0, 2.0)  # degrees the page is turned by (either way)
PHOTO_KEYSTONE = 0.012  # the far edge this much narrower (a fraction of the width) each side: the camera not square
PHOTO_LIGHT = (0.72, 1.0)  # the light across the page, from its darkest corner to its brightest
PHOTO_SHADOW = (0.35, 0.7)  # inches: the soft shadow (the hand, the phone) along one edge ...
PHOTO_SHADOW_DEPTH = 0.5  # ... the light left at its darkest
PHOTO_BLUR = 0.9  # pixels: the focus a little soft
PAPER_TINT = (246, 240, 226)  # the paper's colour under warm room light


def photo_scan(data: bytes, seed: str = "") -> bytes:
    """`data` (a PDF) as a phone photo of the printed page, in colour: turned by 1-2 degrees,
    a slight keystone, the light uneven across the page, a soft shadow band along one edge, a
    little blur, warm paper, JPEG 70 at 250 dpi. Deterministic: the same input and `seed`
    give the same bytes."""
    import random

    rnd = random.Random("photo:" + seed)
    images = [photo_page(img, PHOTO_DPI, rnd) for _, _, _, img in _colour_pages(data, PHOTO_DPI)]
    return _pdf_of(images, PHOTO_DPI, PHOTO_QUALITY)


def _keystone_coeffs(w: int, h: int, inset: float, top: bool) -> list[float]:
    """PIL's PERSPECTIVE coefficients that show the page with its top (or bottom) edge `inset`
    pixels narrower at each side."""
    import numpy as np

    out = [(0, 0), (w, 0), (w, h), (0, h)]
    src = [(inset, 0), (w - inset, 0), (w, h), (0, h)] if top else [(0, 0), (w, 0), (w - inset, h), (inset, h)]
    # the transform maps an output pixel to the source pixel it shows
    rows, rhs = [], []
    for (x, y), (u, v) in zip(out, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def photo_page(img, dpi: int, rnd):
    """One page image (RGB PIL) as photo_scan leaves it (`rnd`, a random.Random)."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = img.size
    img = img.transform((w, h), Image.PERSPECTIVE, _keystone_coeffs(w, h, PHOTO_KEYSTONE * w, rnd.random() < 0.5),
                        resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    img = img.rotate(rnd.choice((-1, 1)) * rnd.uniform(*PHOTO_TILT), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(PHOTO_BLUR))).astype(np.float32) / 255.0
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rnd.uniform(0, 2 * np.pi)
    ramp = (xs / w - 0.5) * np.cos(angle) + (ys / h - 0.5) * np.sin(angle)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    light = PHOTO_LIGHT[0] + (PHOTO_LIGHT[1] - PHOTO_LIGHT[0]) * ramp
    width = rnd.uniform(*PHOTO_SHADOW) * dpi
    edge = rnd.choice(("left", "right", "top", "bottom"))
    dist = {"left": xs, "right": w - 1 - xs, "top": ys, "bottom": h - 1 - ys}[edge]
    shade = np.clip(dist / width, 0.0, 1.0)
    light = light * (PHOTO_SHADOW_DEPTH + (1 - PHOTO_SHADOW_DEPTH) * shade * shade * (3 - 2 * shade))
    out = a * np.array(PAPER_TINT, np.float32)[None, None, :] * light[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


APP_DPI = 200  # what a phone scanner app writes: the page's picture about 1650 px wide ...
APP_QUALITY = 50  # ... as a strong JPEG
APP_CORNER = 0.008  # each corner of the page left up to this far (a fraction of the width) off after the app's own straightening
APP_CROP = (0.01, 0.035)  # the app's crop: this much (a fraction of each side) cut off or added as margin, unevenly
APP_ODD_PAGE = 0.93  # one page of several is shot from farther: its picture this much the size of the others
APP_LEVELS = (40, 225)  # the app's "document" filter: what is darker than the first level goes black, lighter than the second white


def phone_app_scan(data: bytes, seed: str = "") -> bytes:
    """`data` (a PDF) as a phone scanner app's PDF: each page photographed and straightened by
    the app, with a mild perspective left (each corner up to APP_CORNER off), cropped unevenly so
    the page is not A4, its contrast stretched by the app's filter, JPEG 50 at 200 dpi, and one
    page (the second of several) a different size from the others. Deterministic: the same input
    and `seed` give the same bytes."""
    import random

    rnd = random.Random("phone-app:" + seed)
    images = []
    for i, _, _, page_image in _colour_pages(data, APP_DPI):
        img = app_page(page_image, rnd)
        if i == 1:
            img = img.resize((round(img.width * APP_ODD_PAGE), round(img.height * APP_ODD_PAGE * rnd.uniform(0.98, 1.02))))
        images.append(img)
    return _pdf_of(images, APP_DPI, APP_QUALITY)


def _corner_coeffs(w: int, h: int, src: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients that show the source quadrilateral `src` (top left, top
    right, bottom right, bottom left) as the whole w x h output."""
    import numpy as np

    out = [(0, 0), (w, 0), (w, h), (0, h)]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(out, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def app_page(img, rnd):
    """One page image (RGB PIL) as phone_app_scan leaves it (`rnd`, a random.Random): the
    corners a little off, an uneven crop (the page's size changes), the levels stretched."""
    import numpy as np
    from PIL import Image

    w, h = img.size

    def off() -> float:
        return rnd.uniform(-APP_CORNER, APP_CORNER) * w

    left, right = rnd.uniform(*APP_CROP) * w, rnd.uniform(*APP_CROP) * w
    top, bottom = rnd.uniform(*APP_CROP) * h, rnd.uniform(*APP_CROP) * h
    if rnd.random() < 0.5:  # the app cut into the margin on one side and left more on the other
        left, right = -left, right
    src = [(left + off(), top + off()), (w - right + off(), top + off()),
           (w - right + off(), h - bottom + off()), (left + off(), h - bottom + off())]
    size = (round(w - left - right), round(h - top - bottom))
    img = img.transform(size, Image.PERSPECTIVE, _corner_coeffs(*size, src), resample=Image.BICUBIC,
                        fillcolor=(255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    lo, hi = APP_LEVELS
    a = (a - lo) * 255.0 / (hi - lo)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args(argv)
    Path(args.output).write_bytes(image_only_pdf(Path(args.input).read_bytes(), args.dpi))


if __name__ == "__main__":
    main()
