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
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), quality=quality,
                   title="scan", producer="tests.renditions.scans", creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return out.getvalue()


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
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), quality=40,
                   title="scan", producer="tests.renditions.scans", creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return out.getvalue()


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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args(argv)
    Path(args.output).write_bytes(image_only_pdf(Path(args.input).read_bytes(), args.dpi))


if __name__ == "__main__":
    main()
