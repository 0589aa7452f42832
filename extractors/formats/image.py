"""Scanned pages saved as image files: a scanner's or a phone's .png, .jpg, .tif (often one
multi-page TIFF for a whole document, CCITT G4 bilevel or LZW), .bmp or .webp.

Each frame of the file is a page, read by the OCR path a scanned PDF's page takes
(extractors.formats.pdf.OcrReader and pdf.document: the same Tesseract reading, layout
stage, marks and issues; its blocks say `"ocr": true`). A page's image is first turned as
its EXIF orientation says, made 8-bit gray (any mode: bilevel, palette, RGB(A), CMYK,
16-bit; transparency as white paper), and brought to `--ocr-dpi` from the resolution the
file states, as a PDF page is rendered (a huge page at a lower one, ocr.MAX_PIXELS). A file
that states no resolution, or one no paper page has (a phone photo's 72 dpi on a 3024-pixel
side: 42 inches), is read as if its narrower side were an A4 page's width, with an
`image.resolution_assumed` issue.

Errors are records, not crashes: bytes that are no image Pillow reads, a truncated or
corrupt file (a later page of a multi-page TIFF that cannot be decoded is left out with a
`pdf.ocr_failed` warning, as a page Tesseract fails on), an image over Pillow's
decompression-bomb limit, and an image with OCR off (an image has no text layer).
"""

from __future__ import annotations

import io
import warnings

from extractors.blocks import RawDocument, ReadError
from extractors.formats import tools
from extractors.formats.base import ReadOptions

A4_WIDTH_IN = 210 / 25.4
# the narrower side, in inches, of a page a stated resolution may give: from A6 (4.1) to A2 (16.5);
# outside it the resolution is no paper page's (a phone photo's 72 dpi), and A4 is assumed
PAGE_SIDE_IN = (3.5, 17.0)
RESAMPLE_TOLERANCE = 0.01  # a page within 1% of the resolution OCR reads at is read as it is
DPI_ROUNDING = 0.02  # dots per inch a PNG's whole pixels per metre are off a whole number by (at most 0.0127)


def read(data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
    """Every page (frame) of the image read by OCR, as a scanned PDF's pages are."""
    from extractors.formats.pdf import MAX_PAGES, OcrReader, document
    options = options or ReadOptions()
    image = _opened(data)
    try:
        count = frame_count(image)
        if count > MAX_PAGES:
            raise ReadError(f"the image has {count} pages (limit {MAX_PAGES})")
        if options.ocr == "never":
            raise ReadError("an image file has no text layer: its pages are read by OCR, which is off (--ocr never)")
        reader = OcrReader(data, options)
        assumed: list[int] = []  # pages whose resolution was assumed
        per_page: list[list[tuple[str, object]]] = []
        try:
            for number in range(1, count + 1):
                per_page.append(reader.read(number, lambda n: _page(image, n, options, assumed)) or [])
        finally:
            reader.close()
    finally:
        image.close()
    issues = [_assumed_issue(assumed)] if assumed else []
    return document(per_page, issues, 0, reader, unread="OCR read no text on any page of the image")


def read_pictures(pictures: list[bytes], options: ReadOptions | None = None) -> RawDocument:
    """Pictures taken from another file, one page each (a scanned document pasted into Word a
    picture a page: extractors.formats.docx), read by OCR as an image file's pages are. A
    picture that cannot be decoded is left out (a `pdf.ocr_failed` warning); a ReadError when
    none gave text or OCR is off."""
    from extractors.formats.pdf import MAX_PAGES, OcrReader, document
    options = options or ReadOptions()
    if options.ocr == "never":
        raise ReadError("the pictures of the document are read by OCR, which is off (--ocr never)")
    reader = OcrReader(b"", options)
    assumed: list[int] = []
    per_page: list[list[tuple[str, object]]] = []
    try:
        for number, data in enumerate(pictures[:MAX_PAGES], start=1):
            per_page.append(reader.read(number, lambda n, data=data: _picture_page(data, n, options, assumed)) or [])
    finally:
        reader.close()
    issues = [_assumed_issue(assumed)] if assumed else []
    return document(per_page, issues, 0, reader, unread="OCR read no text in the document's pictures")


def _picture_page(data: bytes, number: int, options: ReadOptions, assumed: list[int]):
    """A picture as page `number` (its first frame): one that cannot be opened is a page left out."""
    try:
        image = _opened(data)
    except ReadError as exc:
        raise tools.ToolFailed(str(exc)) from None
    with image:
        own: list[int] = []
        try:
            return _page(image, 1, options, own)
        except ReadError as exc:  # (its first frame: a document's error for an image file, a page here)
            raise tools.ToolFailed(str(exc)) from None
        finally:
            assumed.extend(number for _ in own)


def _opened(data: bytes):
    """The image (its first frame's header read), or a ReadError that says why not."""
    from PIL import Image, UnidentifiedImageError
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ReadError(f"the image is over Pillow's decompression-bomb limit, not read: {exc}") from None
    except UnidentifiedImageError:
        raise ReadError("not an image file Pillow can read (its bytes are no PNG, JPEG, TIFF, BMP or WebP image)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ReadError(f"the image cannot be opened: {type(exc).__name__}: {exc}") from None


def frame_count(image) -> int:
    """The pages of an image: a multi-page TIFF's frames, else 1 (a chain of pages that breaks
    off: a ReadError)."""
    try:
        return max(1, int(getattr(image, "n_frames", 1)))
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ReadError(f"the image's pages cannot be counted: {type(exc).__name__}: {exc}") from None


def _page(image, number: int, options: ReadOptions, assumed: list[int]):
    """Page `number` as OCR reads a PDF page: a grayscale image at `--ocr-dpi` (less for a
    huge page) and its scale in pixels per point. A page that cannot be decoded: the
    document's error on its first page, a page left out (a ToolFailed) after it."""
    from PIL import Image, ImageOps

    from extractors.formats import ocr
    try:
        image.seek(number - 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image.load()
            xdpi, ydpi = resolution(image)
            upright = ImageOps.exif_transpose(image)
    except Image.DecompressionBombError as exc:
        raise ReadError(f"page {number} is over Pillow's decompression-bomb limit, not read: {exc}") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
        why = f"the image cannot be decoded: {type(exc).__name__}: {exc}"
        if number == 1:
            raise ReadError(why) from None
        raise tools.ToolFailed(why) from None
    if upright.size != image.size:  # turned a quarter: its resolutions too
        xdpi, ydpi = ydpi, xdpi
    width, height = upright.size
    if not (xdpi and _paper_page(width / xdpi, height / ydpi)):
        xdpi = ydpi = min(width, height) / A4_WIDTH_IN
        assumed.append(number)
    gray = to_gray(upright)
    width_pt, height_pt = width / xdpi * 72, height / ydpi * 72
    scale = ocr.page_scale(width_pt, height_pt, options.ocr_dpi)
    size = (max(1, round(width_pt * scale)), max(1, round(height_pt * scale)))
    # (a page within 1% of the size is read as it is, at the scale a PDF page of its size is rendered at)
    if abs(size[0] - width) > RESAMPLE_TOLERANCE * width or abs(size[1] - height) > RESAMPLE_TOLERANCE * height:
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    return gray, scale


def resolution(image) -> tuple[float, float]:
    """The horizontal and vertical dots per inch the file states (0 when it states none). A PNG
    states pixels per metre, a whole number: its 300 dpi is 11811 a metre, read back as
    299.9994; a resolution that near a whole number of dots per inch is that number."""
    dpi = image.info.get("dpi")
    try:
        x, y = (float(dpi[0]), float(dpi[1])) if dpi else (0.0, 0.0)
    except (TypeError, ValueError, IndexError, ZeroDivisionError):
        return 0.0, 0.0
    if not (x > 0 and y > 0):
        return 0.0, 0.0
    return _whole(x), _whole(y)


def _whole(dpi: float) -> float:
    return float(round(dpi)) if abs(dpi - round(dpi)) < DPI_ROUNDING else dpi


def _paper_page(width_in: float, height_in: float) -> bool:
    """Whether a page of this size (from the stated resolution) is a paper page's."""
    low, high = PAGE_SIDE_IN
    return low <= min(width_in, height_in) <= high and max(width_in, height_in) <= 2 * high


def to_gray(image):
    """An image of any mode as 8-bit gray ("L"): bilevel and palette images by their colours,
    transparency as white paper, colour by its luma, 16- and 32-bit gray by their range."""
    from PIL import Image
    mode = image.mode
    if mode == "L":
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I") or mode == "F":
        return _wide_gray(image)
    if mode in ("P", "PA", "LA", "La", "RGBA", "RGBa") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("L")
    return image.convert("RGB").convert("L")


def _wide_gray(image):
    """16-bit (I;16, I;16B ...), 32-bit integer (I) or float (F) gray as 8 bits: a 16-bit
    range scaled down; an "I" image whose values stay within 8 bits kept as they are."""
    import numpy as np
    from PIL import Image
    values = np.asarray(image).astype(np.float64)
    top = 255.0 if image.mode in ("I", "F") and values.max(initial=0) <= 255 else 65535.0
    return Image.fromarray(np.clip(np.rint(values * 255.0 / top), 0, 255).astype(np.uint8), "L")


def _assumed_issue(pages: list[int]) -> dict:
    from extractors.formats.pdf import _ranges
    return {"code": "image.resolution_assumed", "severity": "info", "where": f"pages {_ranges(pages)}",
            "message": f"page(s) {_ranges(pages)}: the image states no resolution a paper page has; read as if its "
                       f"narrower side were an A4 page's width ({A4_WIDTH_IN:.2f} in)"}
