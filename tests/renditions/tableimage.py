"""A page image with a ruled table drawn on it (Pillow, DejaVu Serif), for the OCR tests:
the scan of a table with no text layer and no vector lines behind it."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from tests.renditions.fontpdf import FONT_DIR


def table_image(rows: list[list[str]], widths: list[int], dpi: int = 300, merges: dict | None = None,
                title: str = "", size_pt: float = 11) -> Image.Image:
    """An A4 grayscale page with `title` above a table; `widths` in points; `merges` maps
    (row, col) to how many columns the cell spans (the spanned cells' texts are ignored)."""
    k = dpi / 72
    page = Image.new("L", (round(595 * k), round(842 * k)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), round(size_pt * k))
    x0, y = 60 * k, 80 * k
    if title:
        draw.text((x0, y), title, font=font, fill=0)
        y += 3 * size_pt * k
    row_h = 2.0 * size_pt * k
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w * k)
    merges = merges or {}
    line = max(1, round(0.6 * k))
    for r, row in enumerate(rows):
        top, bottom = y + r * row_h, y + (r + 1) * row_h
        c = 0
        while c < len(row):
            span = merges.get((r, c), 1)
            left, right = xs[c], xs[c + span]
            draw.rectangle([left, top, right, bottom], outline=0, width=line)
            draw.text((left + 3 * k, top + 0.4 * size_pt * k), row[c], font=font, fill=0)
            c += span
    return page
