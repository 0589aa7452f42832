"""OCR of a page image (a PDF page rendered by pypdfium2, or a page of a scan's image file,
extractors.formats.image): find the ruled tables in the image, erase their rules, read the
words with Tesseract (TSV word boxes), and return them in PDF points with the keys
pdfplumber's `extract_words` gives (`text`, `x0`, `x1`, `top`, `bottom`) plus `conf`
(0-100), so that the layout stage reads a scan as it reads a text layer. Ruled tables come
back as grids of cells, with the cells whose number Tesseract was unsure of.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from extractors.formats import tools
from extractors.formats.marks import raised_mark
from extractors.formats.vi_syllable import TONES, repair_heading, repair_roman, repair_roman_h, repair_roman_sum, repair_section_heading, \
    repair_stop_tone, repair_vocabulary, repair_vocabulary_wrapped, phrase_across, repair_citation_words, repair_head_words, repair_told_words, \
    repair_glued_place, repair_glued_told_by_page, repair_letter_told_by_page, repair_diaeresis, repair_q_read_as_o, \
    repair_abbreviation_dot, abbreviation_told_by_page, \
    repair_vowel_read_twice, repair_glued_heading, repair_glued_capital, D_LIKE_RUN, _syllable
from extractors.fields.common import edits, one_edit, untoned
from extractors.layout.cells import TITLE_WORDS, is_heading_row, is_layout_table, ordinal_column
from extractors.layout.text import wrapped_tail
from extractors.layout.words import lines_of
from extractors.layout.wrap import CODE_CUT, CODE_REST, cell_text, list_cell_text
from normalizers.docnum import CODE_TYPES, TYPE_CODES
from normalizers.names import SURNAMES
from normalizers.numbers import finishes_cut_amount

DARK = 160  # gray level under which a pixel is ink
# a table's rules may be drawn in gray (a light border, 0.5 pt thin, anti-aliased across two
# pixels by the scan: levels 160-200): a thin stroke is rule ink up to this level
RULE_DARK = 215
RULE_THIN_PT = 2.0  # a gray stroke is thin (a rule, not a shaded cell) with paper this near it
RULE_MIN_PT = 15.0  # a horizontal rule is at least this long (a narrow column is wider)
VRULE_MIN_PT = 6.0  # a vertical rule spans at least one row of text between two rules
JOIN_PT = 3.0  # pieces of one broken rule, and rule positions of one grid line, lie within this
TOUCH_PT = 0.6  # a vertical rule's ends reach a horizontal rule (a letter's stem stops short)
COLUMN_GAP_PT = 24.0  # points between two words of a line that lie in two columns
LOW_CONF = 80.0  # a word read with less confidence (0-100) is suspect
PSM = "3"  # Tesseract page segmentation: automatic
MAX_PIXELS = 60_000_000  # a huge page is rendered at a lower resolution
# the images handed to Tesseract are written as PGM (raw 8-bit gray): Leptonica reads the same
# pixels as from a PNG, and Tesseract the same words, but without the PNG's deflate on the way
# out (0.19 s for a page at 300 dpi) nor its inflate on the way in
IMAGE_SUFFIX = ".pgm"

_NUMBER_WORD = re.compile(r"\d")  # a word with a digit: "1.250", "2018", "1l.240"
_NUMBERISH = re.compile(r"^[\dIVXLlOoSB.,:;=()%/\-–¬ ]{1,20}$")  # what a number or row code may read as: "1.250", "II", "1l.240"
_CODE_CHAR = re.compile(r"[\dIVXl]")  # what a number or a row code holds
_WORD_CHAR = re.compile(r"\w")
_SHORT_NUMBER = re.compile(r"^\d{1,3}$")  # a row code or a small amount alone in its cell: "2", "95"
_SHORT_DECIMAL = re.compile(r"^\d{1,3},\d{1,2}$")  # a rate alone in its cell: "2,2", "47,35"
_ROMAN_CODE = re.compile(r"^[IVX]{1,4}$")
_SHORT_CODE = re.compile(r"^\d{1,2}\.?$")  # a row's code: "1", "12", "3."
# what the last reading may hold (Tesseract's whitelist): alone, a digit is read as a
# letter ("2" as "a", "4" as "A") by a model that may use letters
DIGITS_CHARS = "0123456789.,-%/()IVX"
_LOOKALIKES = set("IVXLlOoSBi")  # letters a number's digits or a Roman code are misread as


def _wordlike(text: str) -> bool:
    """A reading that holds a letter no number or row code is misread as ("TT", "Năm")."""
    return any(ch.isalpha() and ch not in _LOOKALIKES for ch in text)
_ROMAN_L = re.compile(r"^[IVX]*l[IVXl]*\.?$")  # "Il", "Ill", "VIl."
_WELL_FORMED = re.compile(r"^-?(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)%?$|^-$")  # 1.250 / 12,5 / 2018 / 85%
DIGITS_LANG = "eng"  # the model a number cell is read again with
_WORD_CORE = re.compile(r"^(\W*)(\w+)(\W*)$")  # "(TICH)," -> "(", "TICH", "),"
# a range of two numbers (years, quarters: "2026 - 2028"), which a reading of the cell as one
# line of digits may cut to its second number; the first reading is kept then
_LETTERS = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more: "Năm", "Quý" (in lower case: a word)
_RANGE = re.compile(r"^\s*\d[\d.,]*\s*[-–]\s*\d[\d.,]*\s*$")


@dataclass
class Table:
    """A ruled table found in a page image: its grid in points and the text of each cell."""

    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]
    suspect: set[tuple[int, int]] = field(default_factory=set)  # (row, col) with an unsure number


@dataclass
class OcrPage:
    words: list[dict]  # outside the ruled tables
    tables: list[Table]
    confidences: list[float]  # every word's, tables included
    turned: int = 0  # the clockwise turn the page image was given to be read upright


def page_scale(width_pt: float, height_pt: float, dpi: float) -> float:
    """The scale (pixels per point) a page of this size is read at: `dpi`, or less for a page
    that would pass MAX_PIXELS (a huge page is read at a lower resolution)."""
    scale = dpi / 72
    if width_pt * height_pt * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (width_pt * height_pt)) ** 0.5
    return scale


def render(pdf, index: int, dpi: int):
    """Page `index` of a pypdfium2 document as a grayscale PIL image, and the scale used
    (pixels per point); on the first page a receipt stamp's red ink is dropped (see
    RECEIPT_STAMP_ZONE). A page with a seal's red ink below that zone carries the page without
    it too, in its info's SEAL_FREE (read where the seal lies: _reread_seal)."""
    page = pdf[index]
    try:
        w, h = page.get_size()
        scale = page_scale(w, h, dpi)
        image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        colour = page.render(scale=scale).to_pil()
        if index == 0:
            image = without_red_ink(colour, image, scale, RECEIPT_STAMP_ZONE)
        if colour.mode in ("RGB", "RGBA", "RGBX") and _has_seal(np.asarray(colour.convert("RGB")), scale,
                                                                RECEIPT_STAMP_ZONE if index == 0 else 0.0):
            image.info[SEAL_FREE] = without_red_ink(colour, image, scale)
    finally:
        page.close()
    return image, scale


# A seal (a ring of red text about a star, 30-45 mm across) over the signer's block: its ink,
# as dark as type by its luma, runs into the title's and the name's lines, and Tesseract's
# page layout takes the block for a picture and drops it (the signer lost). Taking the red
# off the whole page changed the layout of a real signature page (dev p16: the recipients'
# column and the signer's title ran together), so the seal's place alone is read again from
# the page without its red (_reread_seal). A seal's strong red spans this many points each way:
SEAL_PT = (60.0, 180.0)
SEAL_MIN_SHARE = 0.02  # ... and covers at least this share of its box (a ring of letters and a star)
SEAL_FREE = "vnplan.seal_free"  # the page image's info key of its copy without red ink


def _has_seal(rgb: np.ndarray, scale: float, zone: float) -> bool:
    """A colour page (H x W x 3) holds a seal's strong red below the top `zone` of its height:
    its box SEAL_PT across each way."""
    margin = rgb[..., 0].astype(np.int16) - np.maximum(rgb[..., 1], rgb[..., 2]).astype(np.int16)
    strong = margin >= RED_INK_MARGIN
    strong[:int(round(zone * strong.shape[0]))] = False
    return _seal_box(strong, scale) is not None


def _seal_box(mask: np.ndarray, scale: float) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1, pixels) of a seal's ink in `mask`, or None when its ink is no
    seal's size (SEAL_PT) or too sparse. The box is that of the ink's rows and columns holding
    more than a speck's share (the JPEG's red fringes on a page's other ink do not count)."""
    if mask.sum() < (SEAL_PT[0] * scale) ** 2 * SEAL_MIN_SHARE:
        return None
    rows = np.flatnonzero(mask.sum(axis=1) >= max(2, round(scale)))
    cols = np.flatnonzero(mask.sum(axis=0) >= max(2, round(scale)))
    if not rows.size or not cols.size:
        return None
    x0, x1, y0, y1 = int(cols[0]), int(cols[-1]) + 1, int(rows[0]), int(rows[-1]) + 1
    low, high = SEAL_PT[0] * scale, SEAL_PT[1] * scale
    if not (low <= x1 - x0 <= high and low <= y1 - y0 <= high):
        return None
    if mask[y0:y1, x0:x1].mean() < SEAL_MIN_SHARE:
        return None
    return x0, y0, x1, y1


# Red ink on an administrative page is a seal (a ring of text about a star, over the signer's
# title and name) or a receipt / urgency stamp ("ĐẾN Số: ... Ngày: ..." over the header), never
# the typed text, which is black; a scan in colour keeps it red, and read by its luma it is as
# dark as type: its letters run into the issuer's and the signer's lines. A pixel whose red
# stands this far above its green and blue is red ink (a stamp pad's ink: 70-200; a black
# letter, grey paper, a blue pen and a yellowed page: under 20) ...
RED_INK_MARGIN = 70
# ... and so is a pixel of a weaker red (a stroke's edge, its colour halved by the JPEG's
# coarser colour grid, or red ink over grey) within this many points of such ink
RED_EDGE_MARGIN = 25
RED_EDGE_PT = 1.0
# Where red ink is dropped: a receipt stamp ("ĐẾN", its number, day and "Chuyển") is put on
# the first page's header, in its top third. A seal, over the signer's block, is left: on a
# real scan (dev p16) taking it away changed Tesseract's page segmentation of the signature
# page, the recipients' column and the signer's title run together.
RECEIPT_STAMP_ZONE = 0.35
# Type under a stamp is darker than the stamp's ink (black over red stays black), but a JPEG's
# coarse colour grid lends a black rule or letter beside red ink the ink's red: a pixel of
# the red mask this many gray levels darker than the stamp's usual ink (the median level of
# its strong red) is type and stays (else a header table's rule is cut where the stamp
# crosses it and the table is lost, its cells read out of order)
UNDER_STAMP_DARKER = 45


def red_ink(rgb: np.ndarray, scale: float) -> np.ndarray:
    """The mask of a colour page's (H x W x 3, uint8) red ink: pixels red by RED_INK_MARGIN,
    and those red by RED_EDGE_MARGIN within RED_EDGE_PT of them."""
    return _ink_of(rgb, scale, 0, RED_INK_MARGIN, RED_EDGE_MARGIN)


# The clerk's pen on a receipt stamp's lines (its number, the day, "Chuyển: P.KT"): blue ink
# within the stamp's red frame, read into the header's lines beside it ("Số: 318/BC-UBND
# 9968"); it is dropped with the stamp. A pixel whose blue stands this far above its red and
# green is blue pen (a ballpoint: 80-110; black type, grey paper: under 20) ...
BLUE_PEN_MARGIN = 50
BLUE_EDGE_MARGIN = 20  # ... and so is a weaker blue within RED_EDGE_PT of such ink
STAMP_SLACK_PT = 4.0
# what is dropped takes the paper's level: the lightest of the page but its coloured ink (white
# on a clean scan). (The grey paper's usual level, the 95th percentile, left the stamp's place
# a faint box on an archive's scan, and Tesseract dropped the number line crossing its edge.)
PAPER_PERCENTILE = 100  # the pen's strokes reach this far past the stamp's red


def _ink_of(rgb: np.ndarray, scale: float, channel: int, margin_min: int, edge_min: int) -> np.ndarray:
    """The mask of the pixels whose `channel` stands `margin_min` above the other two, and of
    those by `edge_min` within RED_EDGE_PT of them."""
    wide = rgb.astype(np.int16)
    a, b = (c for c in range(3) if c != channel)
    margin = wide[..., channel] - np.maximum(wide[..., a], wide[..., b])
    strong = margin >= margin_min
    if not strong.any():
        return strong
    near = dilated(strong, 2 * max(1, round(RED_EDGE_PT * scale)) + 1)
    return strong | (near & (margin >= edge_min))


def dilated(mask: np.ndarray, size: int) -> np.ndarray:
    """A boolean mask (H x W) grown by a `size` x `size` square (odd): each pixel set when any
    pixel within size // 2 of it each way is; what PIL's MaxFilter(size) gives on the mask as a
    gray image, but in time linear in `size` and over the mask's extent alone (PIL's rank filter
    sorts size * size pixels about every pixel of the page: 1.7 s for a 9 x 9 square on an A4
    page at 300 dpi, and a page with a stamp or a seal took four to six such passes)."""
    out = np.zeros_like(mask, dtype=bool)
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not rows.size:
        return out
    r = size // 2
    h, w = mask.shape
    top, bottom = max(0, int(rows[0]) - r), min(h, int(rows[-1]) + r + 1)
    left, right = max(0, int(cols[0]) - r), min(w, int(cols[-1]) + r + 1)
    crop = mask[top:bottom, left:right]
    across = crop.copy()
    for d in range(1, r + 1):  # along each row ...
        across[:, d:] |= crop[:, :-d]
        across[:, :-d] |= crop[:, d:]
    grown = across.copy()
    for d in range(1, r + 1):  # ... then along each column
        grown[d:] |= across[:-d]
        grown[:-d] |= across[d:]
    out[top:bottom, left:right] = grown
    return out


def without_red_ink(image, gray=None, scale: float = 300 / 72, zone: float = 1.0):
    """A page image as 8-bit gray ("L") with its red ink (seals, stamps; red_ink at `scale`
    pixels per point) dropped, as a scanner's red drop-out does: a red pixel is paper (white;
    its red level, light grey, was still read by Tesseract's own threshold, which a crop of the
    stamp's letters alone sets between them and the paper); every other pixel, type and blue or black
    pen, keeps its luma (or its level in `gray`, the page rendered in gray, when given), and
    where red ink lies over a black letter the letter, darker than the ink, stays (and so does
    a pixel of type given the ink's red by the JPEG: UNDER_STAMP_DARKER). Blue pen within the
    stamp's extent (the clerk's writing on its lines) goes with it. A gray or bilevel image is
    returned by its luma. Only the top `zone` (a fraction of the height) is touched."""
    from PIL import Image

    if gray is None:
        gray = image.convert("RGB").convert("L") if image.mode in ("RGB", "RGBA", "RGBX") else image.convert("L")
    if image.mode not in ("RGB", "RGBA", "RGBX"):
        return gray
    rgb = np.asarray(image.convert("RGB"))
    red = red_ink(rgb, scale)
    red[int(round(zone * red.shape[0])):] = False
    if not red.any():
        return gray
    level = np.asarray(gray)
    drop = _without_type(red, rgb, level, 0, scale)
    pen = _within_stamp(_ink_of(rgb, scale, 2, BLUE_PEN_MARGIN, BLUE_EDGE_MARGIN), red, rgb, scale)
    if pen.any():
        drop |= _without_type(pen, rgb, level, 2, scale)
    step = 8 if min(level.shape) >= 400 else 1
    kept = level[::step, ::step][~(red | pen)[::step, ::step]]  # (the paper about the ink, and the type)
    paper = np.uint8(np.percentile(kept, PAPER_PERCENTILE)) if kept.size else np.uint8(255)
    return Image.fromarray(np.where(drop, paper, level).astype(np.uint8), "L")


def _strong(mask: np.ndarray, rgb: np.ndarray, channel: int, margin_min: int) -> np.ndarray:
    """The pixels of `mask` whose `channel` stands `margin_min` above the other two."""
    wide = rgb.astype(np.int16)
    a, b = (c for c in range(3) if c != channel)
    return mask & (wide[..., channel] - np.maximum(wide[..., a], wide[..., b]) >= margin_min)


def _without_type(ink: np.ndarray, rgb: np.ndarray, gray: np.ndarray, channel: int, scale: float) -> np.ndarray:
    """`ink` (a mask of coloured ink, `channel` its colour) less the pixels UNDER_STAMP_DARKER
    darker than the ink's usual level (the median of its strong pixels): type under the ink,
    or beside it and given its colour by the JPEG; and the pixels within RED_EDGE_PT about it
    lighter than its usual level (its strokes' soft edges, gray more than coloured: left, they
    stay an outline of the stamp's letters that Tesseract reads)."""
    strong = _strong(ink, rgb, channel, RED_INK_MARGIN if channel == 0 else BLUE_PEN_MARGIN)
    usual = float(np.median(gray[strong])) if strong.any() else float(np.median(gray[ink]))
    ring = dilated(ink, 2 * max(1, round(RED_EDGE_PT * scale)) + 1)
    return (ink & (gray >= usual - UNDER_STAMP_DARKER)) | (ring & ~ink & (gray >= usual))


def _within_stamp(pen: np.ndarray, red: np.ndarray, rgb: np.ndarray, scale: float) -> np.ndarray:
    """`pen` within the extent of the strong red (a stamp's frame and letters) of `red`,
    STAMP_SLACK_PT wider each way; none when there is no such red."""
    strong = _strong(red, rgb, 0, RED_INK_MARGIN)
    if not pen.any() or not strong.any():
        return np.zeros_like(pen)
    rows, cols = np.nonzero(strong)
    slack = round(STAMP_SLACK_PT * scale)
    out = np.zeros_like(pen)
    top, bottom = max(0, int(rows.min()) - slack), int(rows.max()) + slack + 1
    left, right = max(0, int(cols.min()) - slack), int(cols.max()) + slack + 1
    out[top:bottom, left:right] = pen[top:bottom, left:right]
    return out


def ocr_page(image, scale: float, lang: str, timeout: float) -> OcrPage:
    """Words and ruled tables of one page image (`scale` pixels per point), read upright.

    A page scanned sideways (a landscape annex fed through the scanner upright, its lines
    running down the image) or upside down is turned before it is read, by the angle
    Tesseract's orientation detection gives: asked when the image's ink runs in columns
    rather than rows (a cheap profile test), or when the page read upright comes out
    garbled (a low mean confidence); the turned reading is kept when it is the surer one.
    Words and tables are then in the points of the turned page."""
    gray = even_light(np.array(image), scale)
    turn = _turn_of(gray, scale, timeout) if _sideways(gray) else 0
    if turn:
        gray = np.ascontiguousarray(np.rot90(gray, -turn // 90))
    free = getattr(image, "info", {}).get(SEAL_FREE)
    sealless = even_light(np.array(free), scale) if free is not None and not turn else None
    page = _read_upright(gray.copy(), scale, lang, timeout, sealless)  # the read erases rules in its image
    page.turned = turn
    if not turn and _garbled(page):
        turn = _turn_of(gray, scale, timeout)
        if turn:
            again = _read_upright(np.ascontiguousarray(np.rot90(gray, -turn // 90)), scale, lang, timeout)
            if _mean(again.confidences) > _mean(page.confidences):
                again.turned = turn
                return again
    return page


# A photo of a page (a phone, a scanner app) is lit unevenly: the paper's level falls from one
# corner to another and a shadow (the hand, the phone) darkens one edge, and an archive's scan
# has a dark band where the lid did not cover the page. Tesseract's one threshold for the page
# then loses the type in the dark part (or reads the band as letters). The paper's level is
# sampled at LIGHT_SAMPLE_PT a pixel, its lightest within LIGHT_REACH_PT (type gone, paper
# left); a page whose paper level spreads over more than LIGHT_SPREAD gray levels (5th to 95th
# percentile: a clean scan's paper, white or grey, spreads under 10) is divided by it.
LIGHT_SAMPLE_PT = 2.0
LIGHT_REACH_PT = 12.0
LIGHT_SPREAD = 30.0


def paper_light(gray: np.ndarray, scale: float) -> np.ndarray:
    """The paper's level across the page (gray, H x W uint8), sampled at LIGHT_SAMPLE_PT a
    pixel: each sample the lightest within LIGHT_REACH_PT, smoothed."""
    from PIL import Image, ImageFilter

    step = max(1, round(LIGHT_SAMPLE_PT * scale))
    small = Image.fromarray(gray).reduce(step)
    reach = max(3, round(LIGHT_REACH_PT / LIGHT_SAMPLE_PT)) | 1
    return np.asarray(small.filter(ImageFilter.MaxFilter(reach)).filter(ImageFilter.GaussianBlur(reach / 2)))


def even_light(gray: np.ndarray, scale: float) -> np.ndarray:
    """The page (gray, H x W uint8) with its paper made one level (white) where the light over
    it is uneven (see LIGHT_SPREAD): each pixel divided by the paper's level about it. A page
    lit evenly is returned as it is."""
    from PIL import Image

    light = paper_light(gray, scale)
    low, high = np.percentile(light, [5, 95])
    if high - low <= LIGHT_SPREAD:
        return gray
    full = np.asarray(Image.fromarray(light).resize((gray.shape[1], gray.shape[0]), Image.BILINEAR))
    return np.clip(gray.astype(np.float32) * 255.0 / np.maximum(full, 1), 0, 255).astype(np.uint8)


# the paper's grain (the median distance of paper pixels from the paper's level) from which
# a page is smoothed before it is read: a page rendered from a PDF or a clean scan has none,
# an office scan on grey recycled paper has 3 to 5
NOISY_PAPER = 2.0
WHITE_FROM = 215  # on grainy paper made white, what is lighter than this is paper (ink is under DARK)


def paper_noise(gray: np.ndarray) -> float:
    """The grain of the page's paper: how far (median) the pixels near the paper's level
    (the page's median gray, paper being most of a page) lie from it."""
    sample = gray[::2, ::2]
    paper = int(np.median(sample))
    near = sample[sample >= paper - 30].astype(np.int16)
    return float(np.median(np.abs(near - paper))) if near.size else 0.0


def _smoothed(gray: np.ndarray) -> np.ndarray:
    """The page with its grain and specks of dust smoothed away (a 3 x 3 median), and its
    paper made white, as a clean page's is, grain and all (what is lighter than WHITE_FROM
    once the paper's level is white), for reading a table's cells on grainy paper: a cell is
    read from its crop in a white margin, and grey, grainy paper in that frame is read as
    letters ("TT" as "ý Sý E", as "Vi"), its figures misread ("385,5" as "300,59")."""
    from PIL import Image, ImageFilter
    smooth = np.array(Image.fromarray(gray).filter(ImageFilter.MedianFilter(3))).astype(np.float32)
    smooth *= 255.0 / max(float(np.median(smooth[::4, ::4])), 1.0)
    smooth[smooth >= WHITE_FROM] = 255
    return np.clip(smooth, 0, 255).astype(np.uint8)


SIDEWAYS_RATIO = 2.5  # ink profile across the columns this many times sharper than across the rows
GARBLED_CONF = 60.0  # a page read with a mean word confidence under this may be upside down
GARBLED_MIN_WORDS = 20
OSD_MIN_CONF = 1.0  # Tesseract's orientation confidence under which its answer is not taken


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _profile_sharpness(ink: np.ndarray) -> float:
    """How much the ink of successive rows differs: high where lines of text alternate
    with the white between them."""
    rows = ink.sum(axis=1, dtype=np.int64).astype(float)
    return float(np.square(np.diff(rows)).sum()) / max(1.0, float(rows.sum()))


def _sideways(gray: np.ndarray) -> bool:
    """The page's lines run down the image: its ink profile across the columns is much
    sharper than across the rows (upright pages of text and of ruled tables measure under
    1, a page turned a quarter measures above 9)."""
    ink = gray[::3, ::3] < DARK
    if ink.sum() < 500:  # a blank page says nothing
        return False
    return _profile_sharpness(ink.T) > SIDEWAYS_RATIO * _profile_sharpness(ink)


def _garbled(page: OcrPage) -> bool:
    return len(page.confidences) >= GARBLED_MIN_WORDS and _mean(page.confidences) < GARBLED_CONF


def _turn_of(gray: np.ndarray, scale: float, timeout: float) -> int:
    """The clockwise turn (0, 90, 180, 270) that makes the page upright, by Tesseract's
    orientation and script detection (`--psm 0`); 0 when it cannot tell."""
    from PIL import Image
    exe = tools.tesseract()
    with tempfile.TemporaryDirectory(prefix="vnplan-osd-") as tmp:
        src = os.path.join(tmp, f"page{IMAGE_SUFFIX}")
        Image.fromarray(gray).save(src)
        try:
            out = tools.run([exe, src, "stdout", "--psm", "0", "--dpi", str(max(70, round(scale * 72)))],
                            timeout=timeout, env={**os.environ, "OMP_THREAD_LIMIT": "1"}, what="tesseract (orientation)")
        except tools.ToolFailed:  # too few characters, no osd model: read the page as it is
            return 0
    found = dict(re.findall(r"^(Rotate|Orientation confidence):\s*([\d.]+)\s*$", out.decode("utf-8", "replace"), re.M))
    try:
        turn, confidence = int(found["Rotate"]), float(found["Orientation confidence"])
    except (KeyError, ValueError):
        return 0
    return turn if turn in (90, 180, 270) and confidence >= OSD_MIN_CONF else 0


def _read_upright(gray: np.ndarray, scale: float, lang: str, timeout: float,
                  sealless: np.ndarray | None = None) -> OcrPage:
    """Words and ruled tables of an upright page image.

    The text around the tables is read as a page (Tesseract finds its lines and
    columns); a table's cells are read one by one (one Tesseract run for all of them),
    which keeps a lone "1" or "II" that page segmentation drops as noise, and a cell
    that reads as a number, or as a short code, is read again with the `eng` model,
    which misreads fewer digits and Roman numerals ("50" as "90", "II" as "HÍÌ") than
    `vie`; its reading is kept when it is a number or a code. `sealless`, the page without
    a seal's red ink, is read where the seal lies (_reread_seal)."""
    found: list = []
    angles: list[float] = []
    gray = _deskewed(gray, scale, found, angles)
    if sealless is not None and angles:
        sealless = _turned(sealless, angles[0])
    grainy = paper_noise(gray) >= NOISY_PAPER
    # (a seal's ring is no rule: rules_without_seal)
    hsegs, vsegs = found[0] if found and sealless is None else rules_without_seal(gray, sealless, scale)
    shear = _shear(gray, vsegs, scale)
    if shear:  # a phone's photo straightened by its app: the columns' rules lean (the rows' do not)
        gray = _unsheared(gray, shear)
        if sealless is not None:
            sealless = _unsheared(sealless, shear)
        hsegs, vsegs = rules_without_seal(gray, sealless, scale)
    grids = _tables(hsegs, vsegs, scale)
    if not grids and sealless is None and (pale := pale_grids(gray, scale)) is not None:
        hsegs, vsegs, grids = pale
    # a table's cells on grainy paper are read smoothed (after the rules are found: the
    # median thins a pale rule away); the page around them is read as it is: the text of a
    # real office scan read worse smoothed (its lines taken apart and joined across columns)
    cell_gray = _smoothed(gray) if grainy and grids else gray
    if sealless is not None and grids and sealless.shape == gray.shape:
        cell_gray = cells_without_seal(cell_gray, gray, sealless)
    # only the tables' rules go: a lone box (a stamp) stays for the page read to see
    boxes = [g.bbox_px() for g in grids]
    slack = max(2, round(JOIN_PT * scale))

    def in_table(x: int, y: int) -> bool:
        return any(bx0 - slack <= x <= bx1 + slack and by0 - slack <= y <= by1 + slack for bx0, by0, bx1, by1 in boxes)
    hsegs = [h for h in hsegs if in_table(h[1], h[0]) and in_table(h[2], h[0])]
    vsegs = [v for v in vsegs if in_table(v[0], v[1]) and in_table(v[0], v[2])]
    pad = max(1, round(scale / 2))
    for y, x0, x1, t in hsegs:  # Tesseract reads cells better without the rules through them
        cell_gray[max(0, y - t // 2 - pad): y + t - t // 2 + pad, x0:x1 + 1] = 255
    for x, y0, y1, t in vsegs:
        cell_gray[y0:y1 + 1, max(0, x - t // 2 - pad): x + t - t // 2 + pad] = 255
    cells: list[tuple[_Grid, int, np.ndarray]] = []
    limits: list[float | None] = []  # each cell's right edge for its text, in its crop's pixels (text_limit)
    for g in grids:
        for key, (x0, y0, x1, y1) in g.regions().items():
            crop = _ink_crop(cell_gray[y0:y1, x0:x1], scale, foot=True)
            if crop is None:
                continue
            if _lone_dash(crop, scale):
                g.texts[key], g.confs[key] = "-", 100.0
            else:
                cells.append((g, key, crop))
                limits.append(text_limit(cell_gray[y0:y1, x0:x1], crop))
        gx0, gy0, gx1, gy1 = g.bbox_px()
        gray[gy0:gy1 + 1, gx0:gx1 + 1] = 255  # the page read below is the text outside the tables
        if sealless is not None:
            sealless[gy0:gy1 + 1, gx0:gx1 + 1] = 255
    # a page that is all table has nothing left to read around it
    words = tesseract_words(gray, scale, lang, timeout, sealless) if not grids or (gray < DARK).sum() > 50 else []
    if not words:  # (grey grainy paper, or a photo's paper made even: its grain and streaks left)
        words = _read_white(gray, scale, lang, timeout)
    if words:
        found = missed_text(gray, words, scale, lang, timeout)
        twice = signs_read_again(found, words)
        words = [w for w in words if id(w) not in twice] + found
        words = without_low_lines_opening(words)  # "_ Số: 96/KH-UBND": a stamp's leftover stroke
        _list_numbers_dropped(words)  # "1. Phòng Kinh tế" / ". Công an xã": "2."
    confidences = [w["conf"] for w in words]
    if cells:
        read = read_cells([c for _, _, c in cells], lang, "6", timeout)
        # (a line that wraps the one above before a capital joined to it: "Ban Tuyên giáo" / "Hội Liên hiệp Phụ" /
        # "nữ tỉnh" is one agency)
        read = [(unwrapped(text, limit), conf) for (text, conf), limit in zip(read, limits)]
        lined = [text for text, _ in read]  # each cell's lines, kept for a table used for layout
        read = [(cell_text(text), conf) for text, conf in read]
        in_numbers = numbers_column_cells([(g, g.regions()[key]) for g, key, _ in cells], read)
        again = [i for i, (text, _) in enumerate(read) if _maybe_number(text) or i in in_numbers]
        first_confs = [conf for _, conf in read]
        other: dict[int, str] = {}  # a cell's amount as the page's model read it, where the digits' model read another
        second: dict[int, str] = {}  # the digits' model's reading of each cell read again
        second_conf: dict[int, float] = {}
        if again and DIGITS_LANG in installed_languages(timeout, tools.tesseract()):
            for i, (text, conf) in zip(again, _read_numbers_again([cells[i][2] for i in again],
                                                                  [(lined[i], read[i][1]) for i in again], timeout)):
                second[i], second_conf[i] = text, conf
                # taken when it is a number or a code: with a digit or a Roman letter, or where
                # the first reading had no letter or digit either (not "." for "STT")
                # (not where the first reading holds a range the second cut, "2026 - 2027" read as
                # "2027", nor a word of its own, "Năm 2026" read as "2028")
                if text and _NUMBERISH.match(text) and (_CODE_CHAR.search(text) or not _WORD_CHAR.search(read[i][0])) \
                        and not (_RANGE.match(read[i][0]) and not _RANGE.match(text)) \
                        and not any(_wordlike(word) and not word.isupper() for word in _LETTERS.findall(read[i][0])) \
                        and not first_number_kept(read[i][0], read[i][1], text, conf):
                    if _GROUPED.match(text) and _GROUPED.match(read[i][0]) and text != read[i][0]:
                        other[i] = read[i][0]  # (the column's total may tell which: amounts_told_by_other_reading)
                    elif (dropped := stray_letter_dropped(read[i][0], text)) is not None:
                        other[i] = dropped  # "S580" / "5980": "580" where the total tells it
                    read[i] = (text, conf)
                elif _cross_mark(read[i][0], text):
                    read[i] = ("x", min(conf, read[i][1]))
            # a short number both models misread as signs or letters ("2" as "°)" and as "a",
            # "95" as "Đo" unsurely): read once more as one word of digits and Roman letters
            # only; a Roman code is taken only in place of signs (not of a word: "Xã" is no "X")
            lone = [i for i in again if read_again_as_digits(*read[i])]
            lone += [i for i in again if i not in lone and (both_unsure(cell_text(lined[i]), first_confs[i], *read[i])
                                                            or number_unread(read[i][0], first_confs[i], second[i])
                                                            or (i in in_numbers and not _WELL_FORMED.match(read[i][0]))
                                                            or (_DECIMAL_HEAD.match(lined[i].split("\n")[0].strip())
                                                                and not _WELL_FORMED.match(read[i][0])))]
            lone = [i for i in lone if not read_alike(read[i][0], second[i], second_conf[i])]
            if lone:
                for i, (text, conf) in zip(lone, read_cells([cells[i][2] for i in lone], DIGITS_LANG, "8", timeout,
                                                            whitelist=DIGITS_CHARS)):
                    text = cell_text(text).strip(".,")  # a speck at the cell's edge read as a separator
                    if _SHORT_NUMBER.match(text) or _SHORT_DECIMAL.match(text) \
                            or (_ROMAN_CODE.match(text) and not _wordlike(read[i][0])):
                        read[i] = (text, min(conf, LOW_CONF - 1))  # unsure: the sums may check it
            # a short word of letters both models read unsurely ("TT" on a phone's scan: "JWMI" at 0, "ỊT" at 63),
            # still no number: read once more by the page's model as one word ("TT" at 94), taken where that is sure
            # and letters
            # a short heading of plain capitals the page's model read as other letters, unsurely ("STT" in bold read
            # "SILT" at 52), that the digits' model read as plain capitals surely ("STT" at 92): those capitals
            for i in again:
                if capitals_read_surely(read[i][0], first_confs[i], second[i], second_conf[i]) \
                        or capital_read_as_digit(read[i][0], second[i], second_conf[i]):
                    read[i] = (second[i].strip().rstrip("."), second_conf[i])
            worded = [i for i in again if word_unread(read[i][0], first_confs[i], second[i], second_conf[i])]
            if worded:
                for i, (text, conf) in zip(worded, read_cells([cells[i][2] for i in worded], lang, "8", timeout)):
                    if sure_word(text, conf):
                        read[i] = (text.strip(), conf)
        # a short heading read as letters set apart ("TT" read "li l", "In Ãi"): read once more as one word, taken
        # on word_unread's terms (letters_apart_unread)
        apart = [i for i in range(len(cells)) if read[i][0] == cell_text(lined[i])
                 and letters_apart_unread(read[i][0], first_confs[i], second.get(i), second_conf.get(i, 0.0))]
        if apart:
            for i, (text, conf) in zip(apart, read_cells([cells[i][2] for i in apart], lang, "8", timeout)):
                if sure_word(text, conf):
                    read[i] = (text.strip(), conf)
        # a short cell still read unsurely as it was first read (a ruled matrix's "CT" on a clean scan with a faint
        # grain of paper about it, read "§" at 0, "bi" at 49, "T" at 46): its ink alone read once more (ink_alone)
        grained = [i for i in range(len(cells)) if read[i][0] == cell_text(lined[i]) and short_unread(*read[i])]
        if grained:
            for i, (text, conf) in zip(grained, read_cells([ink_alone(cells[i][2]) for i in grained], lang, "6",
                                                           timeout)):
                if sure_word(text, conf):
                    read[i] = (text.strip(), conf)
        # a number cut in a narrow cell whose cut tail was read as no digit ("47," / "s)", "202" / "ö"): the tail's
        # line read alone as digits
        tails = [i for i in range(len(cells)) if read[i][0] == cell_text(lined[i]) and tail_unread(lined[i])]
        bands = {i: band for i in tails if (band := last_band(cells[i][2])) is not None}
        if bands and DIGITS_LANG in installed_languages(timeout, tools.tesseract()):
            for i, (text, conf) in zip(bands, read_cells(list(bands.values()), DIGITS_LANG, "7", timeout,
                                                         whitelist="0123456789")):
                if _TAIL_DIGITS.match(text.strip()) and conf >= TAIL_CONF:
                    lined[i] = "\n".join(lined[i].rstrip().split("\n")[:-1] + [text.strip()])
                    read[i] = (cell_text(lined[i]), min(read[i][1], conf))
        # a cell's last line one short word read unsurely as no syllable (a bold heading "Đơn vị chủ" / "trì" read
        # "tn" at 65: the lead column's heading not told): that line read alone, taken where it is a syllable read surely
        unspelt = [i for i in range(len(cells)) if read[i][0] == cell_text(lined[i]) and tail_unspelt(lined[i], first_confs[i])]
        bands = {i: band for i in unspelt if (band := last_band(cells[i][2])) is not None}
        if bands:
            for i, (text, conf) in zip(bands, read_cells(list(bands.values()), lang, "7", timeout)):
                if (again := tail_spelt_again(lined[i], text, conf)) is not None:
                    lined[i] = again
                    read[i] = (cell_text(again), read[i][1])
        for i, (g, key, _) in enumerate(cells):
            if i in other:
                g.others[key] = other[i]
        # a cell set as a list of marked items under a task's name ("Cập nhật hồ sơ sức khỏe" / "- Rà soát dữ liệu;" /
        # "- Hướng dẫn tra cứu."), read as it was read (no reading of it taken again), keeps an item a line, as the PDF
        # reader gives a text layer's cell (layout.wrap.list_cell_text): joined, the items ran into the task's name
        # (the activity "Cập nhật hồ sơ sức khỏe - Rà soát dữ liệu; - Hướng dẫn ...")
        for (g, key, _), (text, conf), first in zip(cells, read, lined):
            if text == cell_text(first) and (labelled := recipients_label_in_cell(first)) != first:
                first, text = labelled, cell_text(labelled)  # "Nơi nhậm: - Bộ Y tế (b/c); - ..."
            if text == cell_text(first) and "\n" in first:  # the header's words repaired line by line
                g.lines[key] = cell_lines(first)
            if _ROMAN_L.match(text):  # "Il", "Ill": a Roman row code with I read as l
                text = text.replace("l", "I")
            text = repair_heading(text)  # "Tống cộng": a heading read with a wrong tone
            placed = repair_line(text.split())  # "HUYỆN CAM XUYEN": a header set in a ruled table
            if placed != text.split():
                text = " ".join(placed)
            text = items_a_line(text, first)
            g.texts[key], g.confs[key] = text, conf
            if text:
                confidences.append(conf)
        _cells_unglued_by_page(grids, [w["text"] for w in words]
                               + [w for g in grids for t in g.texts.values() if t for w in t.split() + ["|"]])
        _cells_named_by_page(grids, words)  # "TĨNH VAN NINH" / "BAO HIEM XÃ HỌI" in a header's table
        _cells_abbreviated_by_page(grids, words)  # "BCPĐ chủ trì" beside the page's "BCĐ"
    return OcrPage(words, [g.table() for g in grids if any(g.texts.values())], confidences)


# A seal stamped over a ruled signer's table ("Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / ... / the name: a
# Markdown table printed with its rules, scanned for an archive): the ring's sides, as dark as type by their luma,
# run down a row or two between the rules and were taken for a column's rules, and the rows' rules it crosses were
# lost in its ink; the signer's column cut in three, its cells read in pieces ("TM. ỦY BAN." / ".CHỦ TỊCH", "Nông
# Văn ˆ" / '"hắng'): the signer lost. Where the page has a seal, its rules are found on the page without the seal's
# red ink (the lighter of the two at each pixel: the ring goes); a rule the seal lies over, its ink there taken off
# with the red, comes out in pieces, joined again where the page is ink all along the gap between them (SEAL_GAP_INK
# of it: a table's rule under the seal; two tables' rules one above the other have paper between).
SEAL_GAP_INK = 0.9


# A table ruled in a paler gray still than RULE_DARK takes (a portal's grid of <div>s ruled by Bootstrap's ".border",
# #dee2e6: its rules at 222-230 on a 300 dpi scan) has no rule found: its cells were read as the page's loose lines in
# any order ("2" / "đọc\" cấp tỉnh" / "học" / "Phát động cuộc thi ..."), the tasks lost. A page on which no table is found
# is looked at again with rules up to PALE_GRID_DARK; a grid so found counts where it has PALE_GRID_MIN rows and columns
# or more (a pale frame about a note, or one pale line under a heading, is no table; the page then reads as before).
PALE_GRID_DARK = 235
PALE_GRID_MIN = 3


def pale_grids(gray: np.ndarray, scale: float) -> tuple[list, list, list] | None:
    """A page's horizontal and vertical rules and its tables (see PALE_GRID_DARK) found with rules up to
    PALE_GRID_DARK, the tables of PALE_GRID_MIN rows and columns or more; None where it has none."""
    hsegs, vsegs = _rules(rule_ink(gray, scale, PALE_GRID_DARK), scale, gray)
    grids = [g for g in _tables(hsegs, vsegs, scale)
             if len(g.ys) - 1 >= PALE_GRID_MIN and len(g.xs) - 1 >= PALE_GRID_MIN]
    return (hsegs, vsegs, grids) if grids else None


def rules_without_seal(gray: np.ndarray, sealless: np.ndarray | None, scale: float) -> tuple[list, list]:
    """The page's horizontal (y, x0, x1, thickness) and vertical (x, y0, y1, thickness) rules in pixels, found
    without the seal's red ink (`sealless`: the page without it; none, or one of another size: on `gray`)."""
    if sealless is None or sealless.shape != gray.shape:
        return _rules(rule_ink(gray, scale), scale, gray)
    lighter = np.maximum(gray, sealless)
    hsegs, vsegs = _rules(rule_ink(lighter, scale), scale, lighter)
    ink = gray < DARK
    return _joined_over(hsegs, ink, scale, False), _joined_over(vsegs, ink, scale, True)


def _joined_over(segs: list, ink: np.ndarray, scale: float, vertical: bool) -> list:
    """`segs` (position, start, end, thickness), two in line (their positions within JOIN_PT) joined where `ink`
    fills SEAL_GAP_INK or more of the gap between them along the line (by steps: any ink across its thickness)."""
    join = max(1, round(JOIN_PT * scale))
    out = sorted(segs, key=lambda s: (s[1], s[0]))
    merged = True
    while merged:
        merged = False
        for i, (at, a, b, t) in enumerate(out):
            for j, (at2, a2, b2, t2) in enumerate(out):
                if j == i or abs(at2 - at) > join or a2 <= b:
                    continue
                lo, hi = max(0, min(at, at2) - max(t, t2) // 2 - 1), max(at, at2) + max(t, t2) // 2 + 2
                gap = ink[b + 1:a2, lo:hi] if vertical else ink[lo:hi, b + 1:a2].T
                if gap.shape[0] and gap.any(axis=1).mean() >= SEAL_GAP_INK:
                    out[i] = (at, a, max(b, b2), t)
                    del out[j]
                    merged = True
                    break
            if merged:
                break
    return out


# A seal stamped over a table (an annex's last page of an archive's scan: its ring's letters and star over the amounts
# read into the cells, "6.000 1n Z\" `$", "3X): © ®": three budget items lost): the cells are read from the page
# without its red ink where that ink lies (what the red's removal made SEAL_DROPPED lighter), as _reread_seal reads
# the signer's block; the rest of the cells' image (its rules erased, its grain smoothed) as it is.
def cells_without_seal(cells: np.ndarray, gray: np.ndarray, sealless: np.ndarray) -> np.ndarray:
    """`cells` (the page's image the tables' cells are cut from) with the seal's ink taken off: where `sealless`
    (the page without red ink) is lighter than `gray` (the page) by more than SEAL_DROPPED, its pixel."""
    seal = sealless.astype(np.int16) - gray.astype(np.int16) > SEAL_DROPPED
    return np.where(seal, sealless, cells) if seal.any() else cells


def _cells_unglued_by_page(grids: list, page: list[str]) -> None:
    """A ruled table's cells (a header set in a table: "UBND TỈNH VĂNLÂM") with a word in capitals glued of
    syllables the page (`page`: its words around the tables, then its cells') writes apart ("Văn Lâm, ngày ...")
    cut as the page's lines' words are (repair_glued_told_by_page), in the cell's text and in its lines."""
    for g in grids:
        for key, text in list(g.texts.items()):
            if not text or not any(w.isupper() and len(w) >= 5 for w in text.split()):
                continue
            fixed = "\n".join(" ".join(repair_glued_told_by_page([line.split(), page])[0]) for line in text.split("\n"))
            if fixed == text:
                continue
            g.texts[key] = fixed
            if key in g.lines:
                g.lines[key] = [" ".join(repair_glued_told_by_page([line.split(), page])[0]) for line in g.lines[key]]


def _cells_named_by_page(grids: list, words: list[dict]) -> None:
    """A ruled table's cells (a header set in a table: "SỞ Y TẾ TỈNH VAN" / "NINH", "BẢO HIỂM XÃ HỌI") with a name in
    capitals read with marks lost or wrong, spelt as the page's lines (`words`: around the tables) write it
    (repair_names_told_by_page: "Vân Ninh" in the date line and the body, "hiểm xã hội"), in the cell's text and in
    its lines: the cells were read one by one, and the page's repair did not reach them (its issuer "Bảo hiểm xã
    Họi", a commune's)."""
    by_top: dict[float, list[dict]] = {}
    for w in words:
        by_top.setdefault(w["top"], []).append(w)
    page = [sorted(line, key=lambda w: w["x0"]) for _, line in sorted(by_top.items())]
    # the tables' cells' lines not in capitals are the page's too ("Lam Thủy, ngày 02 tháng 4 năm 2026" in the header
    # table's right cell, beside "... TỈNH LAM" / "THUY": a header set wholly in a table, the date line in it), set
    # apart from the cells' lines looked at (far right of them: no line in capitals is taken for their wrap)
    cells = [(g, key, line) for g in grids for key, text in g.texts.items() if text for line in text.split("\n")
             if line.split() and not _capitals_line(line.split())]
    if not page and not cells:
        return

    def told(lines: list[str], g, key) -> list[str]:
        cell = [[{"text": t, "x0": -1e5 + 10.0 * i, "x1": -1e5 + 10.0 * i + 8.0, "top": -1e6 + k, "bottom": -1e6 + k + 0.5}
                 for i, t in enumerate(line.split())] for k, line in enumerate(lines)]
        others = [[{"text": t, "x0": 1e5 + 10.0 * i, "x1": 1e5 + 10.0 * i + 8.0, "top": 1e6 + k, "bottom": 1e6 + k + 0.5}
                   for i, t in enumerate(line.split())] for k, (h, at, line) in enumerate(cells) if (h, at) != (g, key)]
        return [" ".join(texts) for texts in repair_names_told_by_page(cell + page + others)[:len(cell)]]

    for g in grids:
        for key, text in list(g.texts.items()):
            if not text or not any(len(w) >= 2 and w.isupper() for w in text.split()):
                continue
            fixed = "\n".join(told(text.split("\n"), g, key))
            if fixed != text and fixed.split() != text.split():
                g.texts[key] = fixed
            if key in g.lines:
                g.lines[key] = told(g.lines[key], g, key)


def _cells_abbreviated_by_page(grids: list, words: list[dict]) -> None:
    """A ruled table's cells with an abbreviation read with a letter too many ("BCPĐ chủ trì") spelt as the page (its
    lines' `words` and the other cells) writes it ("BCĐ": vi_syllable.abbreviation_told_by_page), in the cell's text
    and its lines."""
    def core(word: str) -> str:
        return word.strip(".,;:()[]\"'“”")

    def abbreviations(texts: list[str]) -> Counter:
        return Counter(c for w in texts if (c := core(w)) and c.isupper() and len(c) >= 3 and not _syllable(c))

    page = abbreviations([w["text"] for w in words] + [w for g in grids for t in g.texts.values() if t
                                                       for w in t.split()])
    if not page:
        return

    def told(text: str, written: set[str]) -> str:
        out = []
        for w in text.split(" "):
            c = core(w)
            right = abbreviation_told_by_page(c, written) if c and c.isupper() else None
            out.append(w.replace(c, right, 1) if right else w)
        return " ".join(out)

    for g in grids:
        for key, text in list(g.texts.items()):
            if not text or not any(len(core(w)) >= 4 and core(w).isupper() for w in text.split()):
                continue
            written = set(page - abbreviations(text.split()))  # (the page's but this cell's own)
            if (fixed := "\n".join(told(line, written) for line in text.split("\n"))) != text:
                g.texts[key] = fixed
                if key in g.lines:
                    g.lines[key] = [told(line, written) for line in g.lines[key]]


# ink (pixels) a grainy page made white must hold to be read again: more than specks of dust
WHITE_MIN_INK_PT = 4.0


def _read_white(gray: np.ndarray, scale: float, lang: str, timeout: float) -> list[dict]:
    """The words of a page that the page's reading found none on: a page that holds a line or
    two only (a signer's name carried over to the last page), whose threshold Tesseract set in
    the paper's grain: grey, grainy paper, or a phone's photo whose uneven light was made even
    (even_light: the paper's streaks and the shadow's edge left at 250-255, a threshold in them
    reads the page as noise, and the page's reading kept no word). It is read again with its
    paper made white (_smoothed), when that leaves ink more than specks; a blank page is left
    blank."""
    white = _smoothed(gray)
    if (white < DARK).sum() < (WHITE_MIN_INK_PT * scale) ** 2:
        return []
    return tesseract_words(white, scale, lang, timeout)


_CROSS_READ = re.compile(r"^[xX×]{1,2}$")  # a cross mark as the eng model reads it alone in a cell: "x", "Xx"
_CROSS_FIRST = re.compile(r"^[^\W\d_]?[^\w\s]{1,2}[^\W\d_]?$")  # ... and as vie misreads it: "b‹", "»"


def _cross_mark(first: str, second: str) -> bool:
    """A cell that holds a cross mark alone (a plan's matrix of who does what: "x" where a body
    takes part), which `vie` (`first`) reads as signs and a letter ("b‹") and `eng` (`second`)
    as one x or two ("Xx"). A code of letters ("CT", "PH", "Xã") is no mark, nor is a sign the
    eng model does not read as an x; a cell vie read as an x already is left as read (a Roman
    row code "X" stays)."""
    return bool(_CROSS_READ.match(second.strip()) and _CROSS_FIRST.match(first.strip()))


def _read_numbers_again(crops: list[np.ndarray], first: list[tuple[str, float]],
                        timeout: float) -> list[tuple[str, float]]:
    """Each cell that may hold a number read again with the `eng` model (DIGITS_LANG): a cell
    the first reading (`first`: its lines and confidence) found one line in as one line
    (`--psm 7`); a cell it found several lines in as a block (`--psm 6`), its lines joined as a
    text layer's are (cell_text): a number wrapped in a narrow column ("66.000.0" / "00") read
    as one line comes out as digits of both lines run over each other ("69.000.0", "6000.00").
    Of a wrapped cell, the first reading is kept when it is a number written right and read
    more surely than the second ("7.500.00" / "0" at 85 over "7.900.00" / "0" at 67)."""
    out: list[tuple[str, float] | None] = [None] * len(crops)
    for psm, multi in (("7", False), ("6", True)):
        picked = [i for i, (text, _) in enumerate(first) if ("\n" in text.strip()) == multi]
        for i, (text, conf) in zip(picked, read_cells([crops[i] for i in picked], DIGITS_LANG, psm, timeout)):
            out[i] = (cell_text(text) if multi else text, conf)
            if multi and _WELL_FORMED.match(cell_text(first[i][0])) and first[i][1] > conf:
                out[i] = (cell_text(first[i][0]), first[i][1])
    return out


def first_number_kept(first: str, first_conf: float, second: str, second_conf: float) -> bool:
    """A cell of one line the page's model read as a number written right and surely (LOW_CONF or more), where
    the digits' model read another number unsurely ("75" at 94 read "79" at 64: a target of 75% lost, an
    extra one of 79%): the first reading stands, as a wrapped cell's does (_read_numbers_again). Amounts
    grouped by thousands both ways are left to the column's total (amounts_told_by_other_reading)."""
    first, second = first.strip(), second.strip()
    if "\n" in first or first == second or not _WELL_FORMED.match(first) or not _WELL_FORMED.match(second):
        return False
    if _GROUPED.match(first) and _GROUPED.match(second):
        return False
    return first_conf >= LOW_CONF > second_conf


UNIT_SIGNS = {"%", "‰"}  # a unit column's sign alone in its cell ("ĐVT": "%")


def read_again_as_digits(text: str, conf: float) -> bool:
    """A cell's short reading, neither a number nor a Roman code nor a word read surely, which both models may
    have misread for a short number ("2" read "°)", "95" read "Đo"): read once more as one word of digits.
    A unit's sign alone read surely ("%" at 93 in an indicator table's unit column) is what the cell holds:
    read as digits it came out "7" (a row's unit lost, its three targets with it)."""
    if len(text.strip()) > 3 or _SHORT_NUMBER.match(text) or _ROMAN_CODE.match(text) or _WELL_FORMED.match(text.strip()):
        return False  # ("9,8": a decimal the digits-only read drops the comma of)
    if text.strip() in UNIT_SIGNS and conf >= LOW_CONF:
        return False
    return conf < LOW_CONF or not _wordlike(text)  # not a word read surely ("STT")


# A rate printed in a narrow column wraps after its decimal comma ("45," / "9": a Sở's indicator table by year, each
# year's column as wide as "2026"): cell_text joins the two lines as one number (layout.wrap.number_cut, a year cut
# in a heading too); a tail read as no digit ("47," / "s)") sends the cell to be read once more as one word of digits.
_DECIMAL_HEAD = re.compile(r"^\d{1,3},$")


def word_unread(first: str, first_conf: float, second: str, second_conf: float) -> bool:
    """A cell's reading by the page's model (`first`) and by the digits' model (`second`), both under LOW_CONF, each
    one short word (WORD_UNREAD_MAX characters at most) without a digit: a short heading of letters neither read
    ("TT" read "JWMI" at 0 and "ỊT" at 63 on a phone app's scan: the heading row taken for a row, six budget items
    lost), to be read once more as one word."""
    first, second = first.strip(), second.strip()
    return first_conf < LOW_CONF and second_conf < LOW_CONF and 0 < len(first) <= WORD_UNREAD_MAX \
        and 0 < len(second) <= WORD_UNREAD_MAX and " " not in first + second and "\n" not in first + second \
        and not any(ch.isdigit() for ch in first + second) and _wordlike(first + second)


WORD_UNREAD_MAX = 4


def capitals_read_surely(first: str, first_conf: float, second: str, second_conf: float) -> bool:
    """A cell's reading by the page's model (`first`) under LOW_CONF, one word of letters without a mark (no letter
    of Vietnamese's own, which the digits' model has not), at most WORD_UNREAD_MAX; and the digits' model's
    (`second`) LOW_CONF sure or more, one word of two to WORD_UNREAD_MAX capitals without a mark, a letter no number
    or code is misread as among them: a short heading ("STT" read "SILT" at 52 and "STT" at 92), the second's."""
    first, second = first.strip(), second.strip()
    return first_conf < LOW_CONF <= second_conf and first != second \
        and 0 < len(first) <= WORD_UNREAD_MAX and first.isascii() and first.isalpha() \
        and 2 <= len(second) <= WORD_UNREAD_MAX and second.isascii() and second.isalpha() and second.isupper() \
        and _wordlike(second)


# ... and a short cell of capitals one of whose letters the page's model read as a digit, surely ("CT" of a matrix of who
# leads read "C1" at 91 on a cheap 200 dpi scan: a task's lead lost), that the digits' model, asked for the digit, read
# as those capitals surely ("CT." at 88): the digits' model's capitals, where the digit is a letter's look-alike.
_DIGIT_FOR_CAPITAL = {("1", "T"), ("0", "O"), ("5", "S"), ("8", "B")}


def capital_read_as_digit(first: str, second: str, second_conf: float) -> bool:
    """A cell read `first` by the page's model (two to WORD_UNREAD_MAX capitals and one digit) and `second` by the
    digits' model (LOW_CONF sure or more; a stop after it aside) as as many plain capitals, alike but for the digit,
    which is a look-alike of the letter in its place (see above)."""
    first, second = first.strip(), second.strip().rstrip(".")
    digits = [k for k, ch in enumerate(first) if ch.isdigit()]
    return second_conf >= LOW_CONF and 2 <= len(first) == len(second) <= WORD_UNREAD_MAX and len(digits) == 1 \
        and second.isascii() and second.isalpha() and second.isupper() and _wordlike(second) \
        and all(a == b for k, (a, b) in enumerate(zip(first, second)) if k != digits[0]) \
        and (first[digits[0]], second[digits[0]]) in _DIGIT_FOR_CAPITAL


# ... and so a short heading read as letters set apart ("TT" over a column of row numbers, a serif's two stems and
# bars read "li l" at 51 on a cheap 200 dpi scan and "In Ãi" at 0 on a phone's photo; the digits' model "jlighig" at
# 29, or not asked: no number there): the heading row taken for a row, the table's items lost. A cell read under
# LOW_CONF as two or three words of letters only, WORD_UNREAD_MAX letters in all, that the digits' model read as no
# number (no digit, unsurely) or did not read, is read once more as one word ("TT" at 95), on the same terms.
def letters_apart_unread(first: str, first_conf: float, second: str | None = None, second_conf: float = 0.0) -> bool:
    """A cell's reading by the page's model (`first`, `first_conf` sure): two or three words of letters only, at most
    WORD_UNREAD_MAX letters in all, read under LOW_CONF; and the digits' model's reading (`second`, if it read the
    cell) unsure and without a digit; a letter no number or code is misread as in one of the two (_wordlike)."""
    parts = first.split()
    if first_conf >= LOW_CONF or not 2 <= len(parts) <= 3 or not all(p.isalpha() for p in parts) \
            or len("".join(parts)) > WORD_UNREAD_MAX or not _wordlike(first + (second or "")):
        return False  # (letters a Roman code is misread as, "l l", both readings: no word)
    return second is None or (second_conf < LOW_CONF and not any(ch.isdigit() for ch in second))


# ... and a short cell of capitals set clear in a clean cell (a matrix of who leads and who takes part: "CT" / "PH"
# under each body's column), read unsurely by the page's model where the scan left a faint grain of paper about its
# letters (specks at 232-246, no ink): "CT" read "§" at 0, "bi" at 49, "T" at 46, the digits' model "Gr", "Cr" and the
# one word's reading "CT:" at 15 no surer: a task's lead or partner lost. Tesseract's threshold for so small a crop
# falls among the grain; the crop's ink alone (what is darker than DARK, the rest paper) reads "CT" at 85-90. A cell
# read so is read once more from its ink alone, taken where that reading is one sure word of letters (sure_word).
def short_unread(text: str, conf: float) -> bool:
    """A cell's reading (`text`, `conf` sure) under LOW_CONF, one short word (WORD_UNREAD_MAX characters at most)."""
    text = text.strip()
    return conf < LOW_CONF and 0 < len(text) <= WORD_UNREAD_MAX and not any(ch.isspace() for ch in text)


def ink_alone(crop: np.ndarray) -> np.ndarray:
    """A cell's crop as its ink alone: black where darker than DARK, the rest white paper."""
    return np.where(crop < DARK, np.uint8(0), np.uint8(255))


def sure_word(text: str, conf: float) -> bool:
    """Whether a cell's reading once more (as one word, or from its ink alone: `text`, `conf` sure) is taken: one word
    of letters, LOW_CONF sure or more, with a letter no number or code is misread as (_wordlike)."""
    text = text.strip()
    return conf >= LOW_CONF and text.isalpha() and _wordlike(text)


def read_alike(first: str, second: str, second_conf: float) -> bool:
    """A cell's short reading of letters (a heading "TT" over a column of row numbers, read at 66 by the page's
    model) that the digits' model read the same, surely (LOW_CONF or more): it holds those letters, and is not read
    once more as one word of digits (which read "TT" as "1" at 0, the table's heading row taken for a row, its six
    budget items lost)."""
    return second_conf >= LOW_CONF and first.strip() == second.strip() and _wordlike(first)


# A cell of a column of numbers (a table's body: a rate by commune, "0,8" / "2,5" / "3,0"), read unsurely as letters
# and signs ("2,5" read "và; Ở" at 29: not short, no digit, so not read again; a budget row's cells out of step) is
# read again as a number is, and once more as one word of digits where that is still no number.
NUMBERS_COLUMN_MIN = 2  # other cells of its column read surely as numbers, at least
NUMBERS_CELL_MAX = 6  # letters and signs of such a cell's reading, at most (a heading's words are more)


def numbers_column_cells(boxes: list[tuple[object, tuple[int, int, int, int]]],
                         read: list[tuple[str, float]]) -> set[int]:
    """The indices of the cells (`boxes`: each its table and box; `read`: its reading and confidence) read under
    LOW_CONF as a short text not written as a number, whose column (the same table, the same left and right edges)
    holds NUMBERS_COLUMN_MIN other cells read surely as numbers written right."""
    out: set[int] = set()
    for i, ((grid, (x0, _, x1, _)), (text, conf)) in enumerate(zip(boxes, read)):
        packed = "".join(text.split())
        if conf >= LOW_CONF or not packed or len(packed) > NUMBERS_CELL_MAX or _WELL_FORMED.match(packed) \
                or _ROMAN_CODE.match(packed):
            continue
        column = [t.strip() for j, ((g, (a, _, b, _)), (t, c)) in enumerate(zip(boxes, read))
                  if j != i and g is grid and a == x0 and b == x1 and c >= LOW_CONF]
        numbers = [t for t in column if _WELL_FORMED.match(t) and t != "-"]
        # (not a column of row codes: "1", "2" and a group's Roman "I", "II", the one read unsurely ("II" read "HH")
        # a code the digits' reading would make "I"; tests/test_scans.py's own Word plan scanned)
        codes = any(_ROMAN_CODE.match(t) for t in column) or all(_SHORT_CODE.match(t) for t in numbers)
        if len(numbers) >= NUMBERS_COLUMN_MIN and not codes:
            out.add(i)
    return out


_DECIMAL_READ = re.compile(r"^\d{1,3}[.,]\d{1,2}$")  # a short decimal as the digits' model may read it: "702,05", "815.5"


def both_unsure(first: str, first_conf: float, second: str, second_conf: float) -> bool:
    """A cell's short number the digits' model read (`second`) unsurely, where the page's model read another
    thing unsurely too ("55" read "5Ð" at 23 and "995" at 74: a target of 55% lost, a table in DejaVu Sans):
    neither tells it, and the cell is read once more as one word of digits (as a code read as signs is). So too a
    short decimal ("702,5" read "702,05" at 0 by the digits' model and "#Ù„Ð" at 28 by the page's, a clean cell of a
    ruled table: one word of digits reads "702,5"; an amount of a group row lost, one made), its comma read as a stop
    too ("815,3" read "815.5" at 49 and "Đ15.ö" at 5 on a phone app's scan: "815,3")."""
    second = second.strip()
    return bool(_SHORT_NUMBER.match(second) or _DECIMAL_READ.match(second)) and second_conf < LOW_CONF \
        and first_conf < LOW_CONF and first.strip() != second


# A short number the page's model read unsurely where the digits' model read no number at all ("92" in a cell set
# under its top rule, read "22" at 40 and "a2:" at 42: a target of 92% lost, one of 22% made): nothing confirms
# it; the cell is read once more as one word of digits ("92" at 86), as where both read two numbers unsurely.
def number_unread(first: str, first_conf: float, second: str) -> bool:
    """`first`, the cell's reading as taken, is a short number read under LOW_CONF by the page's model, and the
    digits' model's reading `second` holds no number (not a short one, not one written right)."""
    second = second.strip()
    return bool(_SHORT_NUMBER.match(first.strip())) and first_conf < LOW_CONF \
        and not _SHORT_NUMBER.match(second) and not _WELL_FORMED.match(second)


def code_cut(line: str, below: str) -> bool:
    """`line` ends in a cited document's number cut after a hyphen of its code ("... số 96/KH-", "12/2025/NĐ-") and
    `below` goes on with the code's next capital ("UBND ngày ..."): one word the cell's edge cut, as a wrap joins it
    (layout.wrap.glue: the text's lines; a cell read as lines keeps them apart)."""
    return bool(CODE_REST.match(below) and CODE_CUT.search(line))


def items_a_line(text: str, first: str) -> str:
    """A cell's text (`text`, its lines joined: cell_text) with an item a line where its first reading's lines
    (`first`) are a list of marked items and `text` is that reading (layout.wrap.list_cell_text, as the PDF reader
    takes a text layer's cell); any other as it is."""
    if text == cell_text(first) and "\n" in (listed := list_cell_text(first)):
        return listed
    return text


def cell_lines(text: str) -> list[str]:
    """A cell's lines as read ("\n" between), as the lines of a table used for layout: each
    with its header words repaired, a line of marks only (lifted off the line under it) left
    out, and the end a wrap cut from a line ("Hà Giang, ngày 5 tháng 3 năm" / "2026", "CỘNG
    HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM") put back on it. A phrase of the header's vocabulary wrapped from a line
    onto the next is told across the two (vi_syllable.repair_vocabulary_wrapped)."""
    lines = [repair_line(line.split()) for line in text.split("\n") if not _MARKS_ONLY.match(line)]
    for k in range(1, len(lines)):  # "BỘ THÔNG TIN VÀ TRUYÊN" / "THONG": a phrase wrapped in the cell
        lines[k - 1], lines[k] = repair_vocabulary_wrapped(lines[k - 1], lines[k])
    out: list[str] = []
    for line in map(" ".join, lines):
        if out and amount_cut(out[-1], line):  # "31.500.00" / "0": an amount wrapped at the cell's edge
            out[-1] += line
        elif out and code_cut(out[-1], line):  # "Kế hoạch số 96/KH-" / "UBND ngày ...": a number cut in its code
            out[-1] += line
        elif out and wrapped_tail(out[-1], line):
            out[-1] += " " + line
        else:
            out.append(line)
    return [" ".join(out)] if signature_wrapped(out) else out


# A signer's cell flattened to one paragraph (a Markdown table's "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH **Ma
# Thị Thoa**") and printed wrapped in its column ("TM. ỦY BAN NHÂN DÂN KT." / "CHỦ TỊCH PHÓ CHỦ TỊCH Ma" / "Thị
# Thoa"): read line by line, its lines are cut where no line of the signature ends (the name's "Ma" left with the
# title: the signer 'PHÓ CHỦ TỊCH Ma', its title 'Chủ tịch'). A cell that opens on a signing mark or a title,
# ends on a name's words only, and has a line before that ends on a signing mark ("... DÂN KT.") or on a name's first
# words after capitals ("... CHỦ TỊCH Ma") is one line, as the text source's paragraph (its lines told as a
# flattened cell's are: layout.cells.split_cell_lines). A cell set a line a title (a Word table's) is as read.
_SIGNING_MARKS = {"TM.", "KT.", "TL.", "Q.", "TUQ.", "T/M", "K/T"}
_TITLE_FIRST = re.compile(r"(?:PHÓ\s+)?" + TITLE_WORDS + r"(?:\s|$)")


def _name_words(words: list[str]) -> bool:
    return bool(words) and all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


def _capitals(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def signature_wrapped(lines: list[str]) -> bool:
    """`lines` (a cell's) are a signer's block flattened to one paragraph and wrapped (see above)."""
    words = [line.split() for line in lines]
    if len(words) < 2 or not all(words) or not 1 <= len(words[-1]) <= 4 or not _name_words(words[-1]):
        return False
    if words[0][0] not in _SIGNING_MARKS and not _TITLE_FIRST.match(lines[0]):
        return False
    for line in words[:-1]:
        if len(line) >= 2 and line[-1] in _SIGNING_MARKS:
            return True
        k = len(line)
        while k > 0 and len(line) - k < 3 and _name_words(line[k - 1:k]):
            k -= 1
        if 0 < k < len(line) and _capitals(line[k - 1].rstrip(".,")):
            return True
    return False


# An amount wrapped at its cell's edge ("31.500.00" / "0", "4.000." / "000": a total wider than its narrow column), in
# a table kept as lines (a page's last rows, too few to be a table of data): the two lines are the one amount, as
# cell_text glues them for a table of data. Lines that are two amounts ("1.500" / "300"), or a number and a word,
# stay apart.


def amount_cut(line: str, below: str) -> bool:
    """`below` is the rest of an amount cut at the end of `line` ("31.500.00" / "0")."""
    head = line.split()[-1] if line.split() else ""
    return head.count(".") >= 2 and finishes_cut_amount(head, below)  # (a group whole before the cut one: "4.000.")


def _maybe_number(text: str) -> bool:
    """A cell `vie` may have misread as something else than the number or code it is:
    short, or mostly digits ("Đ.22220)" for "5.225")."""
    alnum = [ch for ch in text if ch.isalnum()]
    digits = sum(ch.isdigit() for ch in alnum)
    return len(text) <= 4 or bool(_NUMBERISH.match(text)) or (len(text) <= 20 and digits * 2 >= len(alnum) > 0)


# A number cut in a cell too narrow for it (an annex's year columns, each as wide as "2026": "47," / "3", "Nă" / "m" /
# "202" / "8") whose cut tail, a digit or two alone on the cell's last line, was read as no digit ("s)", "ö": the row's
# rate no number, the column no year's; its target lost). Such a cell (its line before last ending on a decimal head,
# "47,", or a year's first digits, "20", "202"; its last line no digit, TAIL_TEXT_MAX characters at most) has its last
# line of ink (last_band) read alone with the digits' model, taken where that is a digit or two read TAIL_CONF sure.
_CUT_HEAD = re.compile(r"(?:^|\s)(?:\d{1,3},|(?:19|20)\d?)$")
_TAIL_DIGITS = re.compile(r"^\d{1,2}$")
TAIL_TEXT_MAX = 3
TAIL_CONF = 60.0


def tail_unread(lined: str) -> bool:
    """A cell's lines as read ("47,\ns)", "Nă\nm\n202\nö"): a number cut before its last line, that line read as
    no digit (see _CUT_HEAD)."""
    lines = [line.strip() for line in lined.split("\n") if line.strip()]
    return len(lines) >= 2 and bool(_CUT_HEAD.search(lines[-2])) and len(lines[-1]) <= TAIL_TEXT_MAX \
        and not any(ch.isdigit() for ch in lines[-1])


# A cell's last line one short word of letters read as no Vietnamese syllable, the cell read under LOW_CONF (a bold
# heading "Đơn vị chủ" / "trì" whose "trì" was read "tn" at 76, the cell at 65: the table's lead column not told, four
# activities' leads lost). That line (last_band) read alone (psm 7: "trì" at 97) is taken where it is one word, a
# syllable, read LOW_CONF sure; a code ("UBND", "KT") read alone is still no syllable and stays as read.
UNSPELT_MAX = 4  # letters of such a word, at most


def tail_unspelt(lined: str, conf: float) -> bool:
    """A cell's lines as read (`lined`, "\n" between) under LOW_CONF (`conf`): two or more, the last one word, at most
    UNSPELT_MAX letters and no other character but a sign closing it, that is no syllable ("Đơn vị chủ\ntn")."""
    lines = [line.strip() for line in lined.split("\n") if line.strip()]
    if conf >= LOW_CONF or len(lines) < 2 or " " in lines[-1]:
        return False
    core = lines[-1].rstrip(".,;:)")
    return 0 < len(core) <= UNSPELT_MAX and core.isalpha() and not _syllable(core)


def tail_spelt_again(lined: str, again: str, conf: float) -> str | None:
    """`lined` with its last line read again alone (`again`, `conf` sure) in its place, where that reading is one
    word, a syllable (a sign closing it), read LOW_CONF sure; else None."""
    again = again.strip()
    core = again.rstrip(".,;:)")
    if conf < LOW_CONF or not core or " " in again or "\n" in again or not core.isalpha() or not _syllable(core):
        return None
    lines = [line for line in lined.rstrip().split("\n")]
    return "\n".join(lines[:-1] + [again])


def last_band(crop: np.ndarray) -> np.ndarray | None:
    """The last line of ink of a cell's crop (rows of ink apart from the line above by a row of paper), in a white
    margin; None where it is less than half as tall as the crop's tallest line (a speck, a stop's dot)."""
    rows = (crop < DARK).any(axis=1)
    bands, start = [], None
    for y, inked in enumerate(rows):
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            bands.append((start, y))
            start = None
    if start is not None:
        bands.append((start, len(rows)))
    if len(bands) < 2:
        return None
    y0, y1 = bands[-1]
    if y1 - y0 < max(b - a for a, b in bands) / 2:
        return None
    return np.pad(crop[max(0, y0 - 4): y1 + 4], 16, constant_values=255)


def _ink_crop(cell: np.ndarray, scale: float, foot: bool = False) -> np.ndarray | None:
    """The cell's ink with a white margin, or None for an empty cell. The cell's edges
    (where a rule was) are left out, and specks smaller than a full stop; a speck of dust
    (SPECK_PX pixels of ink or fewer, nothing near them) is no ink: an empty cell of a
    rough scan holds hundreds, which Tesseract reads as a line of letters."""
    inset = 3
    inner = cell[inset:-inset, inset:-inset] if min(cell.shape) > 2 * inset + 2 else cell
    ink = inner < DARK
    dust = ink & ~_solid(ink)
    if dust.any():
        ink = ink & ~dust
        inner = np.where(dust, np.uint8(255), inner)
    if ink.sum() < max(6, (1.2 * scale) ** 2):
        return None
    inner = white_paper(inner, ink)
    ys, xs = np.nonzero(ink)
    if foot and ys.min() >= inner.shape[0] - CELL_FOOT_PT * scale:
        return None  # a table's cell (`foot`): ink only in its padding under the text is the line's below the rule
    crop = inner[max(0, ys.min() - 6): ys.max() + 7, max(0, xs.min() - 6): xs.max() + 7]
    return np.pad(crop, 16, constant_values=255)


# A cell's text stands clear of its bottom rule (a line's descenders and the cell's padding): ink only in
# the cell's last CELL_FOOT_PT is the top of what lies under the rule, the hat of "TỔ" in a heading set
# right under a table ("III. TỔ CHỨC THỰC HIỆN"), which an empty cell above it read as "-" (a row "- |
# Tổng cộng | ... | 695" taken for a task); the cell is empty.
CELL_FOOT_PT = 2.0
# A cell on grey paper (an archive's scan: paper at 240-250) is read from its crop in a white margin; Tesseract's
# threshold for the crop falls in the paper's grain and reads a clear "3.250" as "3.200" (both models, surely:
# bacphong scan-archive's target for a year) and "2.300" as "2/:Đ2UÔ". Where the cell's paper is darker than
# PAPER_WHITE, its paper (what is lighter than its level less PAPER_GRAIN) is made white, the type's grey edges
# kept. (White paper with a grain misreads so too; made white from 235 it lost a semicolon's dot on a clean
# print, ankhanh scan300, and is left as it was.)
PAPER_WHITE = 250
PAPER_GRAIN = 10
SPECK_PX = 4  # the most pixels of ink a speck of dust has, with no other ink within 2 pixels


def white_paper(crop: np.ndarray, ink: np.ndarray | None = None) -> np.ndarray:
    """`crop` with its paper made white where it is darker than PAPER_WHITE (grey paper, an archive's, and its
    grain: what is lighter than its level less PAPER_GRAIN), the type's grey edges kept; `ink`: its ink pixels
    (else what is darker than DARK). A crop read alone in a white margin (a cell; a lone number missed_text finds:
    a clear "3" on the archive's grey paper read as nothing by the digits' model) is read so."""
    ink = crop < DARK if ink is None else ink
    if ink.all():
        return crop
    paper = float(np.median(crop[~ink]))
    if paper < PAPER_WHITE:  # grey paper (an archive's) and its grain made white, as the margin about it
        return np.where(crop >= paper - PAPER_GRAIN, np.uint8(255), crop)
    return crop


def _solid(ink: np.ndarray) -> np.ndarray:
    """Ink pixels with more than SPECK_PX ink pixels in their 5 x 5 neighbourhood (themselves
    counted): every pixel of a stroke, and of a full stop or a tone mark's dot at 300 dpi, has."""
    padded = np.pad(ink.astype(np.uint8), 2)
    rows = sum(padded[k:padded.shape[0] - 4 + k] for k in range(5))
    count = sum(rows[:, k:rows.shape[1] - 4 + k] for k in range(5))
    return ink & (count > SPECK_PX)


def _lone_dash(crop: np.ndarray, scale: float) -> bool:
    """A cell whose only ink is a short flat stroke: "-", which Tesseract reads as ":" or "=" or drops."""
    ys, xs = np.nonzero(crop < DARK)
    height, width = ys.max() - ys.min() + 1, xs.max() - xs.min() + 1
    return height <= 1.5 * scale and width >= 1.8 * height and width <= 12 * scale


# A speck between a cell's lines read as an underscore of its own ("Sở Công Thương" / "_ Ủy ban nhân dân các huyện": a
# partner cell's two agencies then one, "SỞ Công Thương _ Ủy ban nhân dân các huyện", its list not told), or as a
# double quote: an underscore or two, or a double quote, alone opening or closing a line of other words is no word (a
# quotation's mark is read glued to its word). A blank to fill in ("______") is longer; a line of
# an underscore only stays.
_LONE_SPECK = re.compile(r"^(?:_{1,2}|[\"“”„])$")  # (or a double quote: 'Sở Công Thương " Ủy ban ...' on a phone app's)


def without_lone_specks(line: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A cell line's words (text, confidence) less an underscore or two alone at its start or end (see above)."""
    if len(line) < 2:
        return line
    start = 1 if _LONE_SPECK.match(line[0][0]) else 0
    end = len(line) - 1 if _LONE_SPECK.match(line[-1][0]) else len(line)
    return line[start:end] or line


def read_cells(crops: list[np.ndarray], lang: str, psm: str, timeout: float,
               whitelist: str | None = None) -> list[tuple[str, float]]:
    """(text, lowest word confidence) of each cell image, in one Tesseract run (a list
    of images is read as the pages of one document), with only the `whitelist`'s
    characters when one is given. The text keeps the cell's lines ("\n" between): the
    caller joins them as a text layer's are (layout.wrap.cell_text: "ST" / "T" in a narrow
    column is "STT"), but for a table used for layout (a signature block's title over
    the name), whose lines are lines. Each text keeps its Tesseract rows and lines (CellText: unwrapped)."""
    from PIL import Image
    if not crops:  # Tesseract fails on an empty list ("Image file  cannot be read!")
        return []
    exe = tools.tesseract()
    with tempfile.TemporaryDirectory(prefix="vnplan-ocr-") as tmp:
        names = []
        for i, crop in enumerate(crops):
            names.append(os.path.join(tmp, f"cell{i:05d}{IMAGE_SUFFIX}"))
            Image.fromarray(crop).save(names[-1])
        listing = os.path.join(tmp, "cells.txt")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("\n".join(names) + "\n")
        config = ["-c", f"tessedit_char_whitelist={whitelist}"] if whitelist else []
        out = tools.run([exe, listing, "stdout", "-l", lang, "--psm", psm, *config, "tsv"], timeout=timeout,
                        env={**os.environ, "OMP_THREAD_LIMIT": "1"}, what="tesseract")
    rows = [row.split("\t") for row in out.decode("utf-8", "replace").splitlines()[1:]]
    rows = [parts for parts in rows
            if len(parts) >= 12 and parts[0] == "5" and parts[11].strip() and float(parts[10]) >= 0]
    rows = without_mark_lines(without_marks_of_next_line(rows))
    lines: dict[int, dict[tuple[str, ...], list[tuple[str, float]]]] = {}
    for parts in rows:
        lines.setdefault(int(parts[1]) - 1, {}).setdefault(tuple(parts[2:5]), []).append(
            (_repaired(without_specks(parts[11].strip())), float(parts[10])))
    for cell in lines.values():
        for key, line in cell.items():
            line = without_lone_specks(line)
            # (a body's head word told before the cell's lines are joined: "SỚ Công Thương" / "Ủy ban ..." is a list
            # of two agencies once "Sở", layout.wrap.cell_text)
            cell[key] = list(zip(repair_head_words([w for w, _ in line]), [c for _, c in line]))
    result = []
    for i in range(len(crops)):
        cell = lines.get(i, {})
        words = [w for line in cell.values() for w in line]
        text = CellText("\n".join(" ".join(w for w, _ in line) for line in cell.values()))
        text.rows = [parts for parts in rows if int(parts[1]) - 1 == i]
        text.keys = [(str(i + 1), *key) for key in cell]
        result.append((text, min((c for _, c in words), default=0.0)))
    return result


class CellText(str):
    """A cell's text as read_cells read it ("\n" between its lines), with its Tesseract word rows (`rows`) and its
    lines' keys in order (`keys`: (cell, block, par, line), one a line of the text)."""
    rows: list[list[str]] = []
    keys: list[tuple[str, ...]] = []


def unwrapped(text: str, limit: float | None) -> str:
    """A cell's text (read_cells) with each line that wraps the one above, a capital first (wrapped_lines, the cell's
    right edge for its text `limit`: text_limit), joined to it with a space; any other text as it is."""
    if not isinstance(text, CellText) or limit is None or "\n" not in text:
        return text
    lines = text.split("\n")
    if len(lines) != len(text.keys):
        return text
    wraps = wrapped_lines(text.rows, limit)
    if not wraps:
        return text
    out = [lines[0]]
    for key, line in zip(text.keys[1:], lines[1:]):
        if key in wraps:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


# A cell's text wrapped by its width before a capital ("Ban Tuyên giáo" / "Hội Liên hiệp Phụ" / "nữ tỉnh" in a portal's
# narrow partner column, one name in the page: "Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh") was read as two agencies,
# one a line (layout.wrap.cell_text: a line opening with a body's name after a line that closes one), where a text
# layer's reader has the page's one line. A line of a left-aligned cell whose first word would not have fitted at the
# end of the line above, within the cell's text width (its left padding again at the right: text_limit), is that
# line's wrap: the two are one line. A line whose first word would have fitted there was broken on purpose (one
# agency a line, "Sở Y tế" / "Sở Tài chính") and stays; so does a line after one closed by a separator
# ("Sở Y tế;"), a line opening with no capital (cell_text joins it), and a centred cell's (a signer's title over
# the name: its lines start at other places).
WRAP_ALIGN_SHARE = 0.5  # of a line's height: two lines start this near each other to be left-aligned


def text_limit(region: np.ndarray, crop: np.ndarray) -> float | None:
    """The right edge of a table cell's text (its region in the page, rules erased) in its crop's pixels
    (_ink_crop: the ink in a white margin): as far from the region's right edge as its leftmost ink is from the
    left (a cell's padding is the same both sides). None for a cell with no ink."""
    inset = 3
    inner = region[inset:-inset, inset:-inset] if min(region.shape) > 2 * inset + 2 else region
    columns = np.nonzero((inner < DARK).any(axis=0))[0]
    in_crop = np.nonzero((crop < DARK).any(axis=0))[0]
    if not len(columns) or not len(in_crop):
        return None
    left = int(columns[0]) + (inset if inner is not region else 0)
    return float(in_crop[0] + region.shape[1] - 2 * left)


def wrapped_lines(rows: list[list[str]], limit: float) -> set[tuple[str, ...]]:
    """The lines (Tesseract's (cell, block, par, line) keys) of one cell's TSV word rows that wrap the line above
    (see WRAP_ALIGN_SHARE's comment), given the cell's right edge for its text `limit` (text_limit)."""
    def box(parts: list[str]) -> tuple[int, int, int, int]:
        left, top, width, height = (int(v) for v in parts[6:10])
        return left, top, left + width, top + height

    keys = list(dict.fromkeys(tuple(parts[1:5]) for parts in rows))
    by_line = {key: [box(parts) for parts in rows if tuple(parts[1:5]) == key] for key in keys}
    texts = {key: [parts[11].strip() for parts in rows if tuple(parts[1:5]) == key] for key in keys}
    gaps = sorted(b[0] - a[2] for line in by_line.values() for a, b in zip(line, line[1:]) if b[0] > a[2])
    heights = sorted(b[3] - b[1] for line in by_line.values() for b in line)
    if not heights:
        return set()
    height = heights[len(heights) // 2]
    space = gaps[len(gaps) // 2] if gaps else 0.25 * height
    starts = [line[0][0] for line in by_line.values()]
    if max(starts) - min(starts) > WRAP_ALIGN_SHARE * height:  # not a left-aligned cell
        return set()
    wraps = set()
    for above, key in zip(keys, keys[1:]):
        first, last = texts[key][0], texts[above][-1]
        if not first[:1].isalpha() or not first[:1].isupper() or last.endswith((";", ",", ".", ":")):
            continue
        word = by_line[key][0]
        if limit - by_line[above][-1][2] < space + (word[2] - word[0]):
            wraps.add(key)
    return wraps


# A capital's tone mark on a cell's second line ("Ủ" of "chính; Ủy" under "Sở Tài") read as a sign
# of its own at the end of the line above ("Sở Tài :" / "chính; Ủy"): the agency is then cut in two
# ("Sở Tài", "chính"). Such a word is signs only, read unsurely, no taller than a mark, lies below
# its own line's words (a stop or a colon of the line sits on its foot) and over a word of the
# next line, its foot within a mark's reach of that word's top.
MARK_SIGNS = re.compile(r"^[:;.,'`\"’‘^~]{1,2}$")
MARK_CONF = 70.0
MARK_MAX_SHARE = 0.4  # of the word under it's height
MARK_REACH = 0.5  # its foot this share of the word under it's height above that word's top, at most


def without_marks_of_next_line(rows: list[list[str]]) -> list[list[str]]:
    """Tesseract's TSV word rows (level 5: page, block, par, line, word, left, top, width, height,
    conf, text) less the words that are a mark of a word on the next line read as a sign
    (MARK_SIGNS) at the end of its own line; every other row kept, in order."""
    def box(parts: list[str]) -> tuple[int, int, int, int]:
        left, top, width, height = (int(v) for v in parts[6:10])
        return left, top, left + width, top + height

    keep = []
    for i, parts in enumerate(rows):
        text, conf = parts[11].strip(), float(parts[10])
        after = rows[i + 1] if i + 1 < len(rows) else None
        if (MARK_SIGNS.match(text) and conf < MARK_CONF and after is not None
                and after[1:4] == parts[1:4] and after[4] != parts[4]):  # the last word of its line
            x0, y0, x1, y1 = box(parts)
            own = [box(o)[3] for o in rows[:i] if o[1:5] == parts[1:5]]
            under = [box(o) for o in rows[i + 1:] if o[1:4] == parts[1:4] and o[4] == after[4]]
            if own and y0 >= max(own) and any(u[0] <= (x0 + x1) / 2 <= u[2] and y1 - y0 <= MARK_MAX_SHARE * (u[3] - u[1])
                   and u[1] - (u[3] - u[1]) * MARK_REACH <= y1 <= u[1] + 2 for u in under):
                continue
        keep.append(parts)
    return keep


# The marks of a cell's line of small letters read as a line of their own over it (a task "Rà soát, đánh giá mức độ đạt
# các tiêu" / "chí nông thôn mới kiểu mẫu" in a portal's table: the acute of "í", the circumflexes of "ô", the hook
# of "ể", the tilde of "ẫ" read "⁄ ^ ^ Z + . Z", some surely (83, 92): the task's name "... các tiêu ⁄ ^ ^ Z + . Z chí
# nông thôn mới kiểu mẫu", round IMG43). A cell's line whose words are each MARK_LETTERS_MAX characters or fewer, no
# taller than MARK_MAX_SHARE of the next line's tallest word, each over a word of that line (its middle within that
# word's ends, its foot no lower than that share of the tallest down from the word's top, its top no higher than the
# tallest's height over it), is that line's marks: it goes. A line holding a word over no word of the next line stays.
def without_mark_lines(rows: list[list[str]]) -> list[list[str]]:
    """Tesseract's TSV word rows of cells (as without_marks_of_next_line) less the lines that are the marks of the
    next line of their cell read as a line (see above); every other row kept, in order."""
    def box(parts: list[str]) -> tuple[int, int, int, int]:
        left, top, width, height = (int(v) for v in parts[6:10])
        return left, top, left + width, top + height

    keys = list(dict.fromkeys(tuple(parts[1:5]) for parts in rows))  # (cell, block, par, line) in order
    by_line = {key: [parts for parts in rows if tuple(parts[1:5]) == key] for key in keys}
    dropped = set()
    for key, after in zip(keys, keys[1:]):
        if key[0] != after[0]:
            continue
        under = [box(parts) for parts in by_line[after]]
        tall = max(u[3] - u[1] for u in under)  # (the line's letters: "mẫu"'s box is its small letters')

        def mark(parts: list[str]) -> bool:
            x0, y0, x1, y1 = box(parts)
            return len(parts[11].strip()) <= MARK_LETTERS_MAX and y1 - y0 <= MARK_MAX_SHARE * tall and any(
                u[0] <= (x0 + x1) / 2 <= u[2] and u[1] - tall <= y0 and y1 <= u[1] + MARK_MAX_SHARE * tall
                for u in under)
        if all(mark(parts) for parts in by_line[key]):
            dropped.add(key)
    return [parts for parts in rows if tuple(parts[1:5]) not in dropped]


# a speck of dust at a line's foot read as an underscore glued to the start of a word ("_Nơi",
# "__IV."); a word-segmented text's underscore joins two syllables ("theo_dõi") and stays, and so
# does a low line alone (a round bullet at a line's start: _repair_bullet; a blank to fill in)
_SPECK_BEFORE = re.compile(r"^_{1,2}(?=[^\W_])")
# ... or after a row's code or a short number ("2_ Hỗ trợ sửa chữa nhà" in a table aligned by spaces: the code's
# cell then another column than row 1's "1"); a blank to fill in ("______") is longer
_SPECK_AFTER = re.compile(r"^(\d{1,3}[.)]?)_{1,2}$")
_SPECK_GLUED = {".", ",", "`"}  # ... and what a speck beside a word in capitals is read as, glued before it


def without_specks(word: str) -> str:
    """An OCR word without the underscores a speck of dust at the line's foot was read as
    before it ("_Nơi" -> "Nơi") or after a short number ("2_" -> "2"),
    or the stop, comma or backquote a speck beside it was read as
    before a word in capitals of two letters or more (".CHỦ" -> "CHỦ": a seal's ink left by its
    removal before a signer's title, the title not told); any other word unchanged (a cell's
    word too: read_cells)."""
    core = word[1:].rstrip(".,;:")
    if _SPECK_AFTER.match(word):
        return _SPECK_AFTER.sub(r"\1", word)
    if word[:1] in _SPECK_GLUED and len(core) >= 2 and core.isalpha() and core.isupper():
        return word[1:]
    return _SPECK_BEFORE.sub("", word)


def _repaired(word: str) -> str:
    """An OCR word with a tone mark its spelling proves lost put back ("TICH" -> "TỊCH"), a breve read as a
    diaeresis ("VÄN" -> "VĂN"), a "Q" read as an "O" ("Ouốc" -> "Quốc"), and an abbreviation's dot below that no
    syllable spells taken off ("IỌC" -> "IOC"), punctuation around it kept."""
    m = _WORD_CORE.match(word)
    if not m:
        return word
    core = repair_q_read_as_o(repair_stop_tone(repair_abbreviation_dot(repair_diaeresis(m.group(2)))))
    return f"{m.group(1)}{core}{m.group(3)}"


@functools.lru_cache(maxsize=4)
def installed_languages(timeout: float = 30.0, exe: str = "") -> set[str]:
    """The language data Tesseract has (asked once per process and program path)."""
    exe = exe or tools.tesseract()
    out = tools.run([exe, "--list-langs"], timeout=timeout, what="tesseract --list-langs")
    return set(out.decode("utf-8", "replace").split()[1:])  # after the "List of available languages" line


MAX_SKEW = 3.0  # degrees: the widest tilt a page is looked at for
MIN_SKEW = 0.5  # degrees: a page tilted less is read as it is (a line drifts under 4 pt)
# degrees: a page with a ruled table tilted less is read as it is. A line of text drifts
# little at half a degree, but a table's rule does: 0.4 degrees over a 1,600 px wide table
# is a band 11 px thick, and erasing it before the cells are read takes the top of the
# figures set close under it. (A page of text only is not turned for so little: the turn
# softens its letters, and a real scan's lines read no better.)
TABLE_MIN_SKEW = 0.1
SKEW_DPI = 100  # the ink is sampled at this resolution to find the tilt


def skew_angle(gray: np.ndarray, scale: float) -> float:
    """The page's tilt in degrees (positive: its lines rise to the right), found as the
    shear that stacks its ink into the sharpest rows: the sum of squares of the row
    counts of the ink, sheared by each angle, peaks when the text lines lie level.
    0.0 for a page with too little ink to tell."""
    step = max(1, round(scale * 72 / SKEW_DPI))
    ys, xs = np.nonzero(gray[::step, ::step] < DARK)
    if len(ys) < 500:
        return 0.0
    if len(ys) > 200_000:
        keep = np.random.default_rng(0).choice(len(ys), 200_000, replace=False)
        ys, xs = ys[keep], xs[keep]

    def sharpness(angle: float) -> float:
        rows = np.round(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
        counts = np.bincount(rows - rows.min()).astype(np.float64)
        return float((counts * counts).sum())

    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.25)
    best = float(coarse[int(np.argmax([sharpness(a) for a in coarse]))])
    fine = np.arange(best - 0.25, best + 0.251, 0.05)
    return float(fine[int(np.argmax([sharpness(a) for a in fine]))])


def _deskewed(gray: np.ndarray, scale: float, rules: list | None = None, angles: list | None = None) -> np.ndarray:
    """The page turned level when it was scanned tilted by MIN_SKEW or more (by
    TABLE_MIN_SKEW or more when it holds a ruled table): a tilted page's words drift across
    its lines (1.5 degrees over a 450 pt line is 12 pt), and the layout's lines, columns
    and table rows come apart. The rules found to tell, on a page left as it is, are
    appended to `rules` for the read to use; the angle a page was turned by, to `angles`."""
    angle = skew_angle(gray, scale)
    tilt = round(abs(angle), 3)  # the fine steps add up to 0.09999...
    if tilt < TABLE_MIN_SKEW:
        return gray
    if tilt < MIN_SKEW:
        found = _rules(rule_ink(gray, scale), scale, gray)
        if not _tables(*found, scale):
            if rules is not None:
                rules.append(found)
            return gray
    if angles is not None:
        angles.append(angle)
    return _turned(gray, angle)


# A phone's photo of a page, straightened by a scanner app, keeps a little of its perspective:
# the page turned level by its lines (skew_angle), the columns' rules of a table still lean
# (a shear), by 1 degree or so: a rule's pieces between its rows then lie up to 30 pixels
# apart, no longer one column of the grid, and the table's cells run together. The lean is
# measured on the long vertical rules (those SHEAR_MIN_PT long or more), the median of their
# slopes; a page whose rules lean by SHEAR_MIN_SHIFT_PT or more over SHEAR_SPAN_PT is sheared
# back upright (a scan's rules, level to a pixel or two, are left as they are).
SHEAR_MIN_PT = 100.0
SHEAR_MIN_SHIFT_PT = 2.0
SHEAR_SPAN_PT = 400.0
SHEAR_MIN_RULES = 2


def _slope(gray: np.ndarray, v: Segment, scale: float) -> float | None:
    """The slope (x per y) of the vertical rule `v` from its ink: the middle of the dark pixels
    of each of its rows in its band, over the rows where only the rule is (not where a
    horizontal rule or a letter crosses)."""
    x, y0, y1, t = v
    left, right = max(0, x - t // 2 - 2), min(gray.shape[1], x + t - t // 2 + 2)
    band = gray[y0:y1 + 1, left:right] < DARK
    counts = band.sum(axis=1)
    thin = max(2, round(RULE_THIN_PT * scale))
    rows = np.flatnonzero((counts > 0) & (counts <= thin))
    if rows.size < (y1 - y0) / 2 or rows.size < 10:
        return None
    cols = np.arange(band.shape[1])
    mids = (band[rows] * cols).sum(axis=1) / counts[rows]
    return float(np.polyfit(rows.astype(float), mids, 1)[0])


def _shear(gray: np.ndarray, vsegs: list[Segment], scale: float) -> float:
    """The lean (x per y) of a page's long vertical rules, or 0.0 when under SHEAR_MIN_SHIFT_PT
    over SHEAR_SPAN_PT or told by fewer than SHEAR_MIN_RULES rules."""
    slopes = [k for v in vsegs if v[2] - v[1] >= SHEAR_MIN_PT * scale
              for k in [_slope(gray, v, scale)] if k is not None]
    if len(slopes) < SHEAR_MIN_RULES:
        return 0.0
    k = float(np.median(slopes))
    return k if abs(k) * SHEAR_SPAN_PT >= SHEAR_MIN_SHIFT_PT else 0.0


def _unsheared(gray: np.ndarray, k: float) -> np.ndarray:
    """The page image with its columns' lean `k` (x per y) taken out about its middle row."""
    from PIL import Image
    h, w = gray.shape
    return np.array(Image.fromarray(gray).transform((w, h), Image.AFFINE, (1, k, -k * h / 2, 0, 1, 0),
                                                    resample=Image.BICUBIC, fillcolor=255))


def _turned(gray: np.ndarray, angle: float) -> np.ndarray:
    """The page image turned level (by -`angle` degrees), white where nothing was."""
    from PIL import Image
    return np.array(Image.fromarray(gray).rotate(-angle, resample=Image.BICUBIC, fillcolor=255))


# A rate per mille ("Giảm tỷ suất sinh thô 0,3‰", a population plan's birth rate) is read "0,3%" (the page's model
# knows no "‰"): a target of 0.3% made where the document sets one per mille. The sign's ink tells them apart: "‰" is
# a "%" with one more small ring after it, at the foot, about half the "%"'s height and a fifth to three fifths of its
# width; a stop, a comma or a bracket after a "%" is narrower or taller. The model may read the small ring too, as an
# "o" glued to the sign ("dưới 12‰." read "12%o." at 92), and a semicolon or a colon may follow the ring ("18‰;" read
# "18%;" at 14: the sign's ink was told no "‰" for the semicolon's height): both are looked at so too (the ring's test
# is the ink's; a glyph after the ring narrower than it and lower than the sign is the word's sign).
_PERCENT_AFTER_DIGIT = re.compile(r"(\d)%o?([.,;:)]*)$")
PER_MILLE_RING_HEIGHT = (0.35, 0.7)  # of the "%"'s height
PER_MILLE_RING_WIDTH = (0.2, 0.6)  # of the "%"'s width


def glyph_columns(ink: np.ndarray) -> list[tuple[int, int]]:
    """The runs of columns of a word's ink (rows x columns, True for ink) that hold ink, left to right: its glyphs
    where they do not touch (start, end)."""
    cols = np.concatenate(([False], ink.any(axis=0), [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(cols))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def per_mille(ink: np.ndarray) -> bool:
    """A word's ink (rows x columns, True for ink) that ends in a percent sign's glyph followed by a small ring
    (PER_MILLE_RING_HEIGHT and _WIDTH of the sign's), and then nothing but a stop's, a comma's, a semicolon's or a
    colon's ink at most (narrower than the ring, lower than the sign): "‰"."""
    if ink.size == 0:
        return False
    glyphs = [(a, b, int(ink[:, a:b].any(axis=1).sum())) for a, b in glyph_columns(ink)]
    full = max((h for _, _, h in glyphs), default=0)
    if not full:
        return False
    # the sign: the last glyph of the line's full height; what follows it: the ring, then a stop at most
    signs = [k for k, (_, _, h) in enumerate(glyphs) if h >= 0.8 * full]
    if not signs or signs[-1] + 1 >= len(glyphs) or signs[-1] == 0:
        return False
    k = signs[-1]
    sign_w, sign_h = glyphs[k][1] - glyphs[k][0], glyphs[k][2]
    ring_a, ring_b, ring_h = glyphs[k + 1]
    ring_w = ring_b - ring_a
    if not (PER_MILLE_RING_HEIGHT[0] * sign_h <= ring_h <= PER_MILLE_RING_HEIGHT[1] * sign_h
            and PER_MILLE_RING_WIDTH[0] * sign_w <= ring_w <= PER_MILLE_RING_WIDTH[1] * sign_w):
        return False
    # the ring sits at the sign's foot, its ink one piece down its rows (a semicolon's dot and tail are two, its tail
    # below the foot), hollow in its middle row (a ring, not a blot)
    ring = ink[:, ring_a:ring_b]
    rows = np.where(ring.any(axis=1))[0]
    sign_rows = np.where(ink[:, glyphs[k][0]:glyphs[k][1]].any(axis=1))[0]
    if rows[-1] < sign_rows[0] + 0.6 * (sign_rows[-1] - sign_rows[0]) or rows[-1] > sign_rows[-1] + 0.1 * sign_h \
            or len(rows) != rows[-1] - rows[0] + 1:
        return False
    middle = np.where(ring[(rows[0] + rows[-1]) // 2])[0]
    if len(middle) < 2 or (np.diff(middle) > 1).sum() < 1:
        return False
    return all(h < 0.35 * sign_h or (b - a < 0.75 * ring_w and h < 0.8 * sign_h) for a, b, h in glyphs[k + 2:])


def _per_mille_signs(gray: np.ndarray, words: list[dict], boxes: dict[int, tuple[int, int, int, int]]) -> None:
    """Each of `words` read as a number and a percent sign whose ink ends in a "‰" (per_mille) written so."""
    for w in words:
        if _PERCENT_AFTER_DIGIT.search(w["text"]) and id(w) in boxes:
            x0, y0, x1, y1 = boxes[id(w)]
            if per_mille(gray[max(0, y0):y1, max(0, x0):x1] < DARK):
                w["text"] = _PERCENT_AFTER_DIGIT.sub(lambda m: m.group(1) + "‰" + m.group(2), w["text"])


# A footnote's reference set raised after its word ("năm 2018" + raised "1": a web page's <sup>, a Word file's
# superscript run, printed and scanned) read by the page's model as a digit glued to the word ("năm 20181;": a year no
# date has, the Law's date lost; "thường xuyên3", "38%2."). The word's ink tells it: its last glyphs before the signs
# read after them (a stop, a comma, a semicolon, a colon, a bracket) sit raised, their foot RAISED_FOOT of the word's
# height or more above the foot of the glyphs before them (the middle one's), each no taller than RAISED_HEIGHT of the word and no lower
# than a speck (RAISED_MIN). The raised digits are written as the readers of raised text write a reference
# (marks.raised_mark: "năm 2018[1];", "38%[2]."); a power after a unit ("m2", "km2") stays as read.
_RAISED_AFTER = re.compile(r"^(.*?[^\W_%]|.*?%)(\d{1,2})([.,;:)]*)$")
RAISED_FOOT = 0.25
RAISED_HEIGHT = 0.9
RAISED_MIN = 0.25


def raised_digits(ink: np.ndarray, text: str) -> int:
    """How many of the digits at the end of a word's reading (`text`: one or two, the signs after them aside) its ink
    (rows x columns, True for ink) sets raised (above), each digit a glyph of its own; 0 where none is."""
    m = _RAISED_AFTER.match(text)
    if not m or ink.size == 0:
        return 0
    glyphs = glyph_columns(ink)
    spans = []
    for a, b in glyphs:
        rows = np.flatnonzero(ink[:, a:b].any(axis=1))
        spans.append((int(rows[0]), int(rows[-1]) + 1))
    digits, signs = len(m.group(2)), len(m.group(3))
    for k in range(digits, 0, -1):
        body = spans[:len(spans) - signs - k]
        tail = spans[len(spans) - signs - k:len(spans) - signs]
        if not body or len(tail) != k:
            continue
        height = max(bottom for _, bottom in body) - min(top for top, _ in body)
        foot = sorted(bottom for _, bottom in body)[len(body) // 2]  # (the line's: a "y" reaches lower)
        if all(foot - bottom >= RAISED_FOOT * height and RAISED_MIN * height <= bottom - top <= RAISED_HEIGHT * height
               for top, bottom in tail):
            return k
    return 0


def raised_reference(ink: np.ndarray, text: str) -> str:
    """A word's reading (`text`) with the digits its ink sets raised at its end written as a footnote's reference
    (raised_digits; marks.raised_mark: "20181;" -> "2018[1];"); as read otherwise."""
    k = raised_digits(ink, text)
    if not k:
        return text
    m = _RAISED_AFTER.match(text)
    head, digits = m.group(1) + m.group(2)[:-k], m.group(2)[-k:]
    mark = raised_mark(digits, head)
    return head + mark + m.group(3) if mark else text


def _raised_references(gray: np.ndarray, words: list[dict], boxes: dict[int, tuple[int, int, int, int]]) -> None:
    """Each of `words` read with a digit at its end whose ink is a footnote's reference set raised (raised_reference)
    written so."""
    for w in words:
        if id(w) in boxes and _RAISED_AFTER.match(w["text"]):
            x0, y0, x1, y1 = boxes[id(w)]
            w["text"] = raised_reference(gray[max(0, y0):y1, max(0, x0):x1] < DARK, w["text"])


# A table of contents' entry, its heading then dot leaders to its page at the right ("I. MỤC ĐÍCH, YÊU CẦU ........ 2"):
# the page's model reads the leaders as one word of the heading's last syllable and the dots ("CẦU.............-",
# its box reaching the page number) and, over the same dots, words of garbage read at no confidence ("1511119311118",
# "SE", "kkrrrreegseg", "t;"), at times as lines of their own a little lower ("1k vn kg"); the page's number at the
# line's end read as a sign ("t;", "6)"). The entries are then no entries, the table of contents read as a table of
# columns (the header above it taken into its cells: the document's number, date and title lost). A word whose text
# ends in a run of LEADER_DOTS dots or more (signs after them) is a leader; each word to its right whose ink meets its
# line's band, read under LOW_CONF or made of leader signs only, is no text; the line's last such word, right of the
# leader's box, is its page number, read again alone by the digits' model and kept where it reads one to three digits
# surely (LOW_CONF). A word read surely after the leader (a form's "Chức vụ: ..." after "Họ và tên: ......") stays.
LEADER_DOTS = 4
_LEADER = re.compile(r"^(.*?[^\W_].*?\.{%d,})[^\w\s]*$" % LEADER_DOTS)
_LEADER_SIGNS = re.compile(r"^[.…\-–—+~_,·:;'`]+$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_LEADER_END = re.compile(r"\.{%d,}$" % LEADER_DOTS)
# A page number after a leader read alone at 69 ("2" between entries on pages 1 and 2, the contents' entry then no
# entry and the table of contents read as the plan's headings: its legal basis lost, round IMG43) is taken where the
# entries about it tell it (page_number_told), read at PAGE_TOLD_CONF or more.
PAGE_TOLD_CONF = 50.0


def leader_garbage(lines: list[list[dict]], ink: dict[int, tuple[float, float]]) -> tuple[set[int], list[dict]]:
    """The words over the leaders of `lines` (each a line's words, left to right, as read from the page) that are no
    text, and the words at those lines' ends that may be the page's number unread (see above). A leader word's text
    loses the signs after its dots."""
    words = [w for line in lines for w in line]
    garbage: set[int] = set()
    numbers: list[dict] = []
    for line in lines:
        for lead in line:
            m = _LEADER.match(lead["text"])
            if not m or id(lead) in garbage:
                continue
            lead["text"] = m.group(1)
            top, bottom = lead["top"], lead["bottom"]
            after = sorted((w for w in words if w is not lead and w["x0"] >= lead["x0"]
                            and min(ink[id(w)][1], bottom) > max(ink[id(w)][0], top)), key=lambda w: w["x0"])
            if not after or (after[-1]["conf"] >= LOW_CONF and _PAGE_NUMBER.match(after[-1]["text"])):
                if after:  # (read on a line of its own with the garbage: set on the leader's line)
                    after[-1]["top"], after[-1]["bottom"] = top, bottom
                last = None
                after = after[:-1]
            else:
                last = after[-1] if after[-1]["x0"] >= lead["x1"] - 1 else None
            for w in after:
                if w["conf"] >= LOW_CONF and not _LEADER_SIGNS.match(w["text"]):
                    break
                garbage.add(id(w))
                if w is not last:  # (the dots it was read over are the leader's)
                    lead["x1"] = max(lead["x1"], w["x1"])
            else:
                if last is not None:
                    garbage.discard(id(last))
                    last["top"], last["bottom"] = top, bottom
                    numbers.append(last)
    return garbage, numbers


# ... and a leader the page's model read as a few signs only ("1. Mục tiêu chung ¬—." at 19, the rest of its dots no
# word at all) before the entry's page number read surely far right: the line was cut at the gap into two, the page
# number a line of its own, the entry no entry (the table of contents then read as the plan's headings, round IMG43).
# Where the ink between the line's last word but one and its page number is a row of dots on the number's foot
# (leader_dots), that word reaches to the number, and a word of signs only is the leader's dots.
LEADER_FOOT_SHARE = 0.35  # the dots lie in the lowest this share of the page number's height
LEADER_INK_SHARE = (0.05, 0.6)  # of the gap's columns that hold ink
LEADER_MIN_DOTS = 4
LEADER_REACH_SHARE = 0.25  # the dots start and end within this share of the gap from its ends


def leader_dots(strip: np.ndarray) -> bool:
    """Whether `strip` (ink, a boolean image: the rows of a page number's height, the columns of the gap before it)
    holds a leader: a row of LEADER_MIN_DOTS dots or more along its foot (see above), nothing above them."""
    height, width = strip.shape
    if not height or width < 2:
        return False
    rows = np.flatnonzero(strip.any(axis=1))
    cols = strip.any(axis=0)
    if not rows.size or rows[0] < height * (1 - LEADER_FOOT_SHARE):
        return False
    share = cols.mean()
    dots = int(np.count_nonzero(cols[1:] & ~cols[:-1]) + cols[0])
    inked = np.flatnonzero(cols)
    return (LEADER_INK_SHARE[0] <= share <= LEADER_INK_SHARE[1] and dots >= LEADER_MIN_DOTS
            and inked[0] <= width * LEADER_REACH_SHARE and inked[-1] >= width * (1 - LEADER_REACH_SHARE))


def _leaders_unread(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]]) -> None:
    """The lines of a contents' entry whose leader was read as signs or not at all (see above), as one line."""
    for line in lines:
        if len(line) < 2 or not _PAGE_NUMBER.match(line[-1]["text"]) or line[-1]["conf"] < PAGE_TOLD_CONF:
            continue
        before, number = line[-2], line[-1]
        if number["x0"] - before["x1"] < COLUMN_GAP_PT or id(before) not in boxes or id(number) not in boxes:
            continue
        nx0, ny0, _, ny1 = boxes[id(number)]
        pad = max(1, (ny1 - ny0) // 8)
        strip = gray[max(0, ny0):ny1 + pad, boxes[id(before)][2] + 1:nx0 - 1] < DARK
        if not leader_dots(strip):
            continue
        if not any(_letter_or_digit(ch) for ch in before["text"]):
            before["text"] = "." * LEADER_DOTS * 2
        before["x1"] = number["x0"] - 1


def page_number_read_again(first: str, again: str, conf: float) -> str | None:
    """The page number of a contents' entry read alone (`again`, surely: LOW_CONF) in place of `first`."""
    again = again.strip()
    return again if _PAGE_NUMBER.match(again) and conf >= LOW_CONF else None


def tesseract_words(gray: np.ndarray, scale: float, lang: str, timeout: float,
                    sealless: np.ndarray | None = None) -> list[dict]:
    """Tesseract's words (TSV, level 5) in points. One thread: the pool gives the cores.
    `sealless`: the page without a seal's red ink (_reread_seal)."""
    from PIL import Image
    exe = tools.tesseract()
    dpi = max(70, round(scale * 72))
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="vnplan-ocr-") as tmp:
        src = os.path.join(tmp, f"page{IMAGE_SUFFIX}")
        Image.fromarray(gray).save(src)
        out = tools.run([exe, src, "stdout", "-l", lang, "--dpi", str(dpi), "--psm", PSM, "tsv"],
                        timeout=timeout, env=env, what="tesseract")
    words = []
    lines: dict[tuple[str, ...], tuple[int, int]] = {}  # (block, par, line) -> (top, bottom)
    by_line: dict[tuple[str, ...], list[dict]] = {}
    ink: dict[int, tuple[float, float]] = {}  # a word's own top and bottom
    boxes: dict[int, tuple[int, int, int, int]] = {}  # a word's box in pixels
    for row in out.decode("utf-8", "replace").splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) < 12:
            continue
        left, top, width, height = (int(v) for v in parts[6:10])
        key = tuple(parts[1:5])
        if parts[0] == "4":
            lines[key] = (top, top + height)
        if parts[0] != "5" or not parts[11].strip() or float(parts[10]) < 0:
            continue
        # a word's box is its ink ("Ủ" reaches higher than "a"); a text layer gives every
        # word of a line the same top and bottom, and so does this: the line's
        line_top, line_bottom = lines.get(key, (top, top + height))
        text = without_specks(parts[11].strip())
        if not text:
            continue
        text = _repaired(text)
        if parts[5] == "1":  # the first word of a line may be a section number: "HI." for "III."
            text = repair_roman(text)
        words.append({"text": text, "x0": left / scale, "x1": (left + width) / scale,
                      "top": line_top / scale, "bottom": line_bottom / scale, "conf": float(parts[10])})
        ink[id(words[-1])] = (top / scale, (top + height) / scale)
        boxes[id(words[-1])] = (left, top, left + width, top + height)
        by_line.setdefault(key, []).append(words[-1])
    twice = read_twice(list(by_line.values()), boxes, scale)  # "trường (b/c);" and "rường (b/c)": one ink, two lines
    if twice:
        words = [w for w in words if id(w) not in twice]
        for key, line in by_line.items():
            if any(id(w) in twice for w in line):
                by_line[key] = kept = [w for w in line if id(w) not in twice]
                for w in kept:  # (the line's box was the two readings')
                    w["top"], w["bottom"] = min(ink[id(v)][0] for v in kept), max(ink[id(v)][1] for v in kept)
    noise = {id(w) for line in by_line.values() for w in _specks(line)} | _lifted_marks(list(by_line.values()), ink)
    noise |= marks_between_lines(list(by_line.values()), ink)  # "KT. CHỦ TỊCH" / "vn" / "PHÓ CHỦ TỊCH"
    leaders, page_numbers = leader_garbage(list(by_line.values()), ink)
    noise |= leaders
    noise |= signs_of_the_line_beside(list(by_line.values()), ink)
    noise |= {id(w) for w in words if rule_read_as_letters(w["text"], w["conf"], ink[id(w)][1] - ink[id(w)][0],
                                                           w["x1"] - w["x0"])}
    noise |= underscore_specks(list(by_line.values()))  # "KẾ HOẠCH _.": a speck
    lines_kept = [[w for w in line if id(w) not in noise] for line in by_line.values()]
    for line in lines_kept:
        if (gap := disc_bullet(line, ink)) is not None:
            line[0]["text"] = "-"
            noise.update(id(w) for w in line[1:1 + gap])
            del line[1:1 + gap]
        noise.update(_repair_bullet(line))
        for part in stretches(line):  # "5. ` ‹". ————": a rule's stroke read as an item's number and signs
            if rule_read_as_item([w["text"] for w in part], [w["conf"] for w in part]):
                noise.update(id(w) for w in part)
            for w, text in zip(part, specks_before_kind([w["text"] for w in part])):  # "- ĐỂ ÁN": a speck
                if not text:
                    noise.add(id(w))
                w["text"] = text or w["text"]
    words = [w for w in words if id(w) not in noise]
    lifted = [(sign, w) for sign, w in marks_over_words(list(by_line.values()), ink) if id(w) not in noise]
    if lifted:
        _reread_lifted(gray, lifted, [line for line in lines_kept if line], boxes, scale, lang, timeout)
    _reread_page_numbers(gray, page_numbers, boxes, scale, timeout, lines_kept)
    words = [w for w in words if w["text"]]
    lines_kept = [[w for w in line if w["text"]] for line in lines_kept]
    _leaders_unread(gray, lines_kept, boxes)  # "1. Mục tiêu chung ¬—." ... "1": one entry's line
    _marks_read_as_commas(gray, words, boxes)  # "Thực, hiện": the hook of the next line's "ủ"
    _reread_codes(gray, [line for line in lines_kept if line], boxes, scale, timeout, lang)
    joined = _reread_letters_apart(gray, [line for line in lines_kept if line], boxes, scale, lang, timeout)  # "lễ SỈ"
    _reread_cells(gray, [line for line in lines_kept if line], boxes, scale, timeout)
    _per_mille_signs(gray, words, boxes)  # "0,3‰" read "0,3%": the page's model has no per-mille sign
    _reread_signs(gray, [line for line in lines_kept if line], boxes, scale, timeout)
    _reread_percents(gray, [line for line in lines_kept if line], boxes, scale, lang, timeout)
    _reread_years(gray, [line for line in lines_kept if line], boxes, scale, lang, timeout)
    _reread_letters_twice(gray, [line for line in lines_kept if line], boxes, scale, lang, timeout)
    _reread_specks_glued(gray, [line for line in lines_kept if line], boxes, scale, lang, timeout)
    _reread_digit_words(gray, [line for line in lines_kept if line], boxes, scale, timeout)
    _reread_item_numbers(gray, [line for line in lines_kept if line], boxes, scale, timeout)
    merged = joined | _reread_numbers(gray, [line for line in lines_kept if line], boxes, scale, lang, timeout)
    merged |= split_years_joined([line for line in lines_kept if line])
    if merged:
        words = [w for w in words if id(w) not in merged]
        lines_kept = [[w for w in line if id(w) not in merged] for line in lines_kept]
    _mark_bold(gray, [line for line in lines_kept if line], boxes)
    for line in lines_kept:
        _stretch_heights(line, ink)
    # (after the bold lines and the columns' heights are told: the lines read again are no
    # part of the page's usual stroke, and each lies in one column)
    garbled, reread = _reread_garbled(gray, [line for line in lines_kept if line], boxes, ink, scale, lang, timeout)
    if garbled:
        words = [w for w in words if id(w) not in garbled] + [w for line in reread for w in line]
        lines_kept = [[w for w in line if id(w) not in garbled] for line in lines_kept] + reread
        # (a number's digit read as "ö" in a line read again: "ö.000.000" at 49, its stretch read garbled)
        _reread_digit_words(gray, reread, boxes, scale, timeout)
    if sealless is not None:
        sealed, reread = _reread_seal(gray, sealless, [line for line in lines_kept if line], boxes, ink, scale, lang,
                                      timeout)
        if reread:
            words = [w for w in words if id(w) not in sealed] + [w for line in reread for w in line]
            lines_kept = [[w for w in line if id(w) not in sealed] for line in lines_kept] + reread
            _reread_digit_words(gray, reread, boxes, scale, timeout)
    _per_mille_signs(gray, words, boxes)  # (the lines read again: "18%;" at 14 in a line read garbled, read so again)
    _raised_references(gray, words, boxes)  # "năm 20181;": "năm 2018" and a raised "1"
    for line in lines_kept:  # "I. MỤC TIỂU": a section heading read with a wrong tone
        if _two_read_as_h(line):
            line[0]["text"] = line[0]["text"].replace("H", "II")
        for w, text in zip(line, repair_section_heading([w["text"] for w in line])):
            w["text"] = text
        for part in stretches(line):  # "ÚY BAN NHÂN DÂN", "TĨNH THANH HÓA": a header's words
            for w, text in zip(part, repair_line([w["text"] for w in part])):
                w["text"] = text
    pieces = [part for line in lines_kept if line for part in stretches(line)]
    wrapped = wrapped_stretches(pieces)
    specks = {id(w) for above, below in wrapped
              for w in below[:specks_before_wrapped([w["text"] for w in above], [w["text"] for w in below])]}
    if specks:  # "HỘI ĐỒNG NHÂN" / "-_ DẦN": a seal's leftover before a phrase's wrapped end
        words = [w for w in words if id(w) not in specks]
        lines_kept = [[w for w in line if id(w) not in specks] for line in lines_kept]
        wrapped = [(above, [w for w in below if id(w) not in specks]) for above, below in wrapped]
    for above, below in wrapped:  # "BỘ THÔNG TIN VÀ TRUYÊN" / "THONG": a phrase wrapped
        for w, text in zip(above + below, sum(repair_vocabulary_wrapped([w["text"] for w in above],
                                                                        [w["text"] for w in below]), [])):
            w["text"] = text
        for w, text in zip(below, repair_deputy_title([w["text"] for w in above], [w["text"] for w in below])):
            w["text"] = text  # "KT. CHỦ TỊCH" / "THỜ CHỦ TỊCH"
    kept = [line for line in lines_kept if line]  # "UBND TỈNH QUẢNG" / "LAM": a name the page writes "Quảng Lâm"
    for line, texts in zip(kept, repair_glued_told_by_page([[w["text"] for w in line] for line in kept])):
        for w, text in zip(line, texts):  # "VANGBẮC": a name the page writes "Vang Bắc"
            w["text"] = text
    for line, texts in zip(kept, repair_letter_told_by_page([[w["text"] for w in line] for line in kept],
                                                            [len(stretches(line)[0]) for line in kept])):
        for w, text in zip(line, texts):  # "NÔNG NGHITP": a word the page writes "Nông nghiệp"; "VÀ MÔI" / "TRƯƠNG"
            w["text"] = text
    for line, texts in zip(kept, repair_names_told_by_page(kept)):
        for w, text in zip(line, texts):
            w["text"] = text
    for line, texts in zip(kept, repair_codes_told_by_names([[w["text"] for w in line] for line in kept])):
        for w, text in zip(line, texts):  # "210/KH-SNNMIT" of "Sở Nông nghiệp và Môi trường"
            w["text"] = text
    lefts = [part for line in sorted(kept, key=lambda line: line[0]["top"]) for part in stretches(line)]
    for part, texts in zip(lefts, repair_number_told_by_issuer([([w["text"] for w in part], part[0]["x0"],
                                                                 part[-1]["x1"]) for part in lefts])):
        for w, text in zip(part, texts):  # "Số: 1638/QĐ-BTTTI" under "BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG"
            w["text"] = text
    heads = [line[0] for line in sorted((line for line in lines_kept if line), key=lambda line: line[0]["top"])
             if _capitals_heading(line)]
    for w, text in zip(heads, repair_roman_sequence([w["text"] for w in heads])):  # "I.", "II.", "II." -> "III."
        if w["text"] != text:
            w["text"] = text
            line = next(line for line in lines_kept if line and line[0] is w)  # "IL. MỤC TIỂU": its heading now
            for word, repaired in zip(line, repair_section_heading([x["text"] for x in line])):
                word["text"] = repaired
    starts = [line for line in sorted((line for line in lines_kept if len(line) >= 2), key=lambda line: line[0]["top"])]
    for w, text in zip([line[0] for line in starts],  # "1.", "2.", "s. Ủy ban ..." -> "3."
                       repair_list_numbers([(line[0]["text"], line[0]["x0"], line[1]["text"]) for line in starts])):
        w["text"] = text
    for w, text in zip([line[0] for line in starts],  # "- TT HĐND xã;", ": Ủy ban MTTQ ..." -> "-"
                       repair_list_dashes([(line[0]["text"], line[0]["x0"], line[1]["text"]) for line in starts])):
        w["text"] = text
    ordered = [stretches(line)[0] for line in sorted((line for line in lines_kept if line),
                                                     key=lambda line: line[0]["top"])]  # (the left column's)
    for part, texts in zip(ordered, repair_recipients_label([([w["text"] for w in part], part[0]["x0"])
                                                              for part in ordered])):
        for w, text in zip(part, texts):  # "ợt nhân: | KT. CHỦ TỊCH" over "- Như Điều 3;" -> "Nơi nhận:"
            w["text"] = text
        for before, w in zip(part, part[1:]):  # ("Nơi n )ận:": the label's second word takes the emptied one's box)
            if not w["text"]:
                before["x1"] = w["x1"]
    if any(not w["text"] for w in words):
        words = [w for w in words if w["text"]]
        lines_kept = [[w for w in line if w["text"]] for line in lines_kept]
    for w, text in zip(words, repair_long_years([w["text"] for w in words])):  # "năm 20285"
        w["text"] = text
    parts = [part for line in lines_kept if line for part in stretches(line)]
    for part, texts in zip(parts, stops_of_segmented_print([[w["text"] for w in part] for part in parts])):
        for w, text in zip(part, texts):  # "vốn đầu tư phát. triển" in a word-segmented print: "phát_triển"
            w["text"] = text
    # "... giáo viên chỉ" / "trả theo ...": a pair told by its neighbour wrapped between two lines
    # of one paragraph (Tesseract's block and paragraph; lines_kept's first lines are by_line's)
    paragraphs = [key[:3] for key in by_line]
    for k in range(1, len(paragraphs)):
        above, below = lines_kept[k - 1], lines_kept[k]
        if paragraphs[k] == paragraphs[k - 1] and above and below:
            joined = repair_told_across([w["text"] for w in above], [w["text"] for w in below])
            for w, text in zip(above + below, joined[0] + joined[1]):
                w["text"] = text
    return words


# One line's ink read twice by the page's model: a recipient's wrapped line ("trường (b/c);") beside the signer's title
# set a few points lower ("PHÓ CHỦ TỊCH", the acute of its "Ó" level with the recipient's letters) was cut into two
# lines of two paragraphs, one reading "trường (b/©); :" (the acute as a colon), the other "rường (b/c)" and the title:
# "- Bộ Nông nghiệp và Môi" / "trường rường (b/c) (b/c);" (a recipient garbled) and a colon between "KT. CHỦ TỊCH" and
# "PHÓ CHỦ TỊCH" (the signer's authority lost). A word of a later line whose ink lies over a word of an earlier line
# (TWICE_OVERLAP of the narrower's columns, half the lower's rows) and reads alike (TWICE_ALIKE, marks and case aside)
# is that ink read again: it goes, its line's box is its words' own again, and the word it lies over takes both boxes
# (each reading took a part of the ink: "trường" 26 pt of its 59, the rest read again as left out, "ng (").
TWICE_OVERLAP = 0.6
TWICE_ALIKE = 0.6


def read_twice(lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]], scale: float) -> set[int]:
    """The ids of the words of `lines` (the page's, in its order) read twice (see above): each a later line's; the
    earlier word's box (`boxes`, and its x0, x1 in points) made the two's (the ink's: each reading took a part of it)."""
    from difflib import SequenceMatcher
    spans = [(min(boxes[id(w)][1] for w in line), max(boxes[id(w)][3] for w in line)) if line else (0, -1)
             for line in lines]
    out: set[int] = set()
    for i, j in itertools.combinations(range(len(lines)), 2):
        if spans[i][0] >= spans[j][1] or spans[j][0] >= spans[i][1]:
            continue
        for a, b in itertools.product(lines[i], lines[j]):
            (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = boxes[id(a)], boxes[id(b)]
            if min(ax1, bx1) - max(ax0, bx0) >= TWICE_OVERLAP * min(ax1 - ax0, bx1 - bx0) > 0 \
                    and min(ay1, by1) - max(ay0, by0) >= min(ay1 - ay0, by1 - by0) / 2 \
                    and SequenceMatcher(None, untoned(a["text"]).lower(), untoned(b["text"]).lower()).ratio() >= TWICE_ALIKE:
                out.add(id(b))
                boxes[id(a)] = box = (min(ax0, bx0), min(ay0, by0), max(ax1, bx1), max(ay1, by1))
                a["x0"], a["x1"] = box[0] / scale, box[2] / scale
    return out


# A signer's title under "KT." (signed on another's behalf: by a deputy, "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") with its
# "PHÓ" misread by a letter ("THỜ CHỦ TỊCH", a phone app's scan: the title no title, the signer's authority lost). The
# line under "KT. <title>" in its column that is one word of capitals and the same title is "PHÓ <title>" where that
# word is "PHÓ" but for one letter, marks aside ("THỜ", "PHỎ", "PHÔ"). A deputy of another name ("KT. BỘ TRƯỞNG" /
# "THỨ TRƯỞNG": the title differs) and a line that is no title stay.
_DEPUTY = "PHÓ"


def repair_deputy_title(above: list[str], below: list[str]) -> list[str]:
    """The words of the line `below` a signer's "KT. <title>" (`above`) with its deputy's word put right (see above)."""
    if len(above) < 2 or above[0].upper() not in ("KT.", "K/T") or len(below) != len(above):
        return below
    first = below[0]
    same = [untoned(w).lower() for w in above[1:]] == [untoned(w).lower() for w in below[1:]]
    if not same or not first.isalpha() or not first.isupper() or first == _DEPUTY:
        return below
    return [_DEPUTY, *below[1:]] if one_edit(untoned(first).lower(), untoned(_DEPUTY).lower()) else below


# A word-segmented text printed ("vốn đầu_tư phát_triển 248.500 triệu đồng", a tokenizer's output saved as a document)
# and scanned: its underscores read as spaces mostly, glued to a syllable at times ("lao_", "nhu_cầu"), and as a stop
# glued to the first syllable at times ("phát. triển": the budget's label cut there, "Triển" its source; in a table's
# header row, "Vốn đầu tư phát. triển", the header not told, the table's rows lost). A page whose words hold an
# underscore glued to a letter (SEGMENTED_MIN: a photo's page of such a print kept one, "lao_", the others read as
# spaces; no word of ordinary print glues one to a letter) is such a print; there a syllable of small letters with a stop
# glued after it, then a word of small letters within its stretch (a tokenizer sets a sentence's stop apart: "nghèo ."),
# is the syllable, the stop dropped. A page with fewer underscores, a word in capitals ("TP."), a stop set apart, a
# stop before a capital, or the stretch's last word, stays.
SEGMENTED_MIN = 1
_GLUED_UNDERSCORE = re.compile(r"[^\W\d_]_|_[^\W\d_]")
_SYLLABLE_STOP = re.compile(r"^([^\W\d_]+)\.$")


def stops_of_segmented_print(parts: list[list[str]]) -> list[list[str]]:
    """A page's stretches of words, with the stops a word-segmented print's underscores were read as dropped (see
    above). Anything else unchanged."""
    if sum(bool(_GLUED_UNDERSCORE.search(w)) for part in parts for w in part) < SEGMENTED_MIN:
        return parts
    out = []
    for part in parts:
        words = list(part)
        for k in range(len(part) - 1):
            m = _SYLLABLE_STOP.match(part[k])
            first = part[k + 1][:1]
            if m and m.group(1).islower() and _syllable(m.group(1)) and first.isalpha() and first.islower():
                words[k] = m.group(1)
        out.append(words)
    return out


# A section heading's Roman number read with a stroke too few ("III. KINH PHÍ" read "II. KINH PHÍ" or
# "II KINH PHÍ" after "I. MỤC TIÊU" and "II. NHIỆM VỤ" on the page): the sections then run together
# (the budget read as the second section's items). Where a page's headings in capitals number
# "I", "II" (in this order, right before it) and then "II" again, that one is "III", with the stop its
# siblings have; any other run of numbers stays as read.
# "II." / "II" / "II)" / "II/"; a number ("1." read for "I.", or a heading numbered "2.": the sequence's own)
_HEAD_ROMAN = re.compile(r"^([IVX]{1,4}|\d{1,2}|[IlL1|]{2}|[lL|](?=[.)/]))([.)/]?)$")
# a heading's Roman number read with its strokes as other letters ("HL." for "III.": two strokes run together as
# "H", one read "L"): taken where the headings before and after it tell the number (repair_roman_sequence); the first
# stroke's serif read as a "T" too ("TH." for "III." in a table of contents between "II." and "IV.", round IMG43)
_HEAD_LOOKALIKE = re.compile(r"^([IVXlLH1|]{1,4}|T[IlH1|]{1,2})([.)/])$")
# a heading's Roman number whose stop was read as a letter glued to it, at no confidence ("IIIR NỘI DUNG" for
# "III. NỘI DUNG" on a phone's photo: the section's items then read as the one before's): taken where Tesseract
# is unsure of it (under GARBLED_WORD_CONF) and the page's headings about it tell the number (repair_roman_sequence);
# the letter no Roman one, nor one a stroke is read as (an "H", an "L": _HEAD_LOOKALIKE's)
_HEAD_STOP_READ = re.compile(r"^([IVX]{1,4})([ABCEFGKNPRSUYZ])$")
# a heading's Roman number whose last letter was read twice, the second time in small letters, unsurely ("Vv. TỔ CHỨC
# THỰC HIỆN" after "IV. KINH PHÍ" on a page of Word's numbered headings: the section's items then read apart from
# it): the one letter, where the page's headings about it tell the number (repair_roman_sequence)
_HEAD_DOUBLED = re.compile(r"^([IVX]{0,3}(?:I(?=i)|V(?=v)|X(?=x)))([ivx])([.)/])$")
# a heading's number set apart from its words by Word's numbering tab ("II.<tab>MỤC TIÊU": the words at the tab
# stop, a gap wider than COLUMN_GAP_PT); its words in capitals start within this of the number's end
HEAD_TAB_PT = 48.0
_NOT_ROMAN_I = re.compile(r"^(?:1|[lL|]|(?!II$)[IlL1|]{2})$")  # "I" or "II" as "1", "IL", "Il", "I1" (a stroke read as l, L, 1)
# ... or "I" alone as "L" ("L. MỤC TIỂU" over "II. NỘI DUNG": a serif I's foot read as the L's bar), a sign after it


def _capitals_heading(line: list[dict]) -> bool:
    """A line that starts with a Roman number (or a "1", "I" misread) then words in capitals ("II. NHIỆM
    VỤ", "II KINH PHÍ", "I/ MỤC TIÊU", "1/ MỤC TIÊU")."""
    first = line[0]["text"] if line else ""
    if len(line) < 2 or not (_HEAD_ROMAN.match(first) or _HEAD_LOOKALIKE.match(first)
                             or (_HEAD_STOP_READ.match(first) and line[0]["conf"] < GARBLED_WORD_CONF)
                             or (_HEAD_DOUBLED.match(first) and line[0]["conf"] < LOW_CONF)) \
            or line[1]["x0"] - line[0]["x1"] > HEAD_TAB_PT:
        return False
    letters = [ch for w in line[1:] for ch in w["text"] if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


_NAME_WORD = re.compile(r"^(\W*)([^\W\d_]+)(\W*)$")


def _capitals_line(texts: list[str]) -> bool:
    letters = [ch for t in texts for ch in t if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def repair_names_told_by_page(lines: list[list[dict]]) -> list[list[str]]:
    """The texts of a page's lines' words, a name of two words in capitals read with marks lost or wrong
    ("QUẢNG LAM", its second word wrapped onto a line of its own in a narrow header) spelt as the page writes it
    elsewhere in lower case ("Quảng Lâm, ngày ...", "tỉnh Quảng Lâm"): two words each with a capital then small
    letters, in a stretch (stretches: a column's part of a line) not in capitals, the only spelling the page
    gives their letters without marks, or the one it gives at least twice and more often than all others together
    ("Cồn Lau" in the title and the body, "Côn Lau, ngày ..." in the date line read with the hat for the tone: that
    pair in lower case takes it too); a pair read unsurely (a word under LOW_CONF: "Mỹ Đăng," at 72 in the date line)
    is no vote, only repaired. The pair is looked for within a stretch in capitals and across two
    stretches in capitals of lines one after the other, the lower one starting within the upper one's width
    (a header's column). A pair of words in small letters ("cổ truyền") tells a pair in capitals so too where
    the word before each is the same but for marks ("HỌC CỔ" / "TRUYEN", "học cổ truyền"). Anything else
    unchanged."""
    written: dict[tuple[str, str], dict[tuple[str, str], int]] = {}
    plain: dict[tuple[str, str], dict[tuple[str, str], int]] = {}  # pairs of words in small letters
    lower: list[tuple[dict, dict, tuple[str, str]]] = []  # the pairs of the stretches not in capitals
    parts = [(k, part) for k, line in enumerate(lines) for part in stretches(line)]
    for _, part in parts:
        texts = [w["text"] for w in part]
        if _capitals_line(texts):
            continue
        cores = [_NAME_WORD.match(t) for t in texts]
        for j, ((a, b), pair) in enumerate(zip(zip(cores, cores[1:]), zip(part, part[1:]))):
            if not a or not b or a.group(3) or b.group(1):
                continue
            x, y = a.group(2), b.group(2)
            before = cores[j - 1] if j else None
            if before and not before.group(3) and x.islower() and y.islower():  # "học cổ truyền": for capitals only
                spellings = plain.setdefault((_folded(before.group(2)), _folded(x), _folded(y)), {})
                spellings[(x, y)] = spellings.get((x, y), 0) + 1
            if not all(w[0].isupper() and w[1:].islower() for w in (x, y)):
                continue
            key = (_folded(x), _folded(y))
            spellings = written.setdefault(key, {})
            if min(w.get("conf", 100.0) for w in pair) >= LOW_CONF:  # an unsure reading is no vote ("Mỹ Đăng," at 72)
                spellings[(x, y)] = spellings.get((x, y), 0) + 1
            lower.append((*pair, key))
    def _told(pairs: dict[tuple[str, str], dict[tuple[str, str], int]]) -> dict[tuple[str, str], tuple[str, str]]:
        told = {}
        for key, spellings in pairs.items():
            if not spellings:
                continue
            (best, count), *others = sorted(spellings.items(), key=lambda kv: -kv[1])
            if not others or (count >= 2 and count > sum(n for _, n in others)):
                told[key] = best
        return told
    told = _told(written)
    told_plain = _told(plain)
    out = {id(w): w["text"] for line in lines for w in line}
    caps = [(k, part) for k, part in parts if _capitals_line([w["text"] for w in part])]
    pairs = [(part[i - 1] if i else None, first, second) for _, part in caps
             for i, (first, second) in enumerate(zip(part, part[1:]))]
    pairs += [(above[-2] if len(above) > 1 else None, above[-1], below[0]) for k, above in caps for j, below in caps
              if j == k + 1 and above[0]["x0"] - 2 <= below[0]["x0"] <= above[-1]["x1"]]
    pairs += _pairs_across_columns(caps, parts)
    for before, first, second in pairs:
        a, b = _NAME_WORD.match(out[id(first)]), _NAME_WORD.match(out[id(second)])
        if not a or not b or (first["top"] == second["top"] and (a.group(3) or b.group(1))):
            continue
        key = (_folded(a.group(2)), _folded(b.group(2)))
        right = told.get(key)
        if right is None and before is not None and (c := _NAME_WORD.match(out[id(before)])) and not c.group(3):
            right = told_plain.get((_folded(c.group(2)), *key))  # "HỌC CỔ" / "TRUYEN": "học cổ truyền"
        if right is None or len(right[0]) != len(a.group(2)) or len(right[1]) != len(b.group(2)):
            continue
        out[id(first)] = a.group(1) + right[0].upper() + a.group(3)
        out[id(second)] = b.group(1) + right[1].upper() + b.group(3)
    for first, second, key in lower:  # "Côn Lau, ngày": a pair the page writes otherwise more often
        right = told.get(key)
        a, b = _NAME_WORD.match(out[id(first)]), _NAME_WORD.match(out[id(second)])
        if right is None or (a.group(2), b.group(2)) == right \
                or len(right[0]) != len(a.group(2)) or len(right[1]) != len(b.group(2)):
            continue
        out[id(first)] = a.group(1) + right[0] + a.group(3)
        out[id(second)] = b.group(1) + right[1] + b.group(3)
    return [[out[id(w)] for w in line] for line in lines]


# A header's left and middle columns read as one stretch where the gap between them is narrow ("SỞ ... TỈNH HẢI CỘNG
# HÒA XÃ HỘI ..." over "ĐỒNG" and "NAM"): the left column's last word is no stretch's last word, and its name wrapped
# onto the next line ("HẢI" / "ĐỒNG") was not looked for. The line below tells the columns: a stretch of it that
# starts where a word of the stretch above starts (within COLUMN_ALIGN_PT: "NAM" under "CỘNG") starts a column
# there; the word before that one is its left column's last word, paired with the first word of the line below's
# stretch under that column.
COLUMN_ALIGN_PT = 3.0


def _pairs_across_columns(caps: list[tuple[int, list[dict]]],
                          parts: list[tuple[int, list[dict]]]) -> list[tuple[dict | None, dict, dict]]:
    """(the word before, a column's last word, the first word under it) for a stretch in capitals whose columns
    the stretches of the next line tell (repair_names_told_by_page)."""
    found = []
    for k, above in caps:
        starts = [part[0]["x0"] for j, part in parts if j == k + 1]
        for i in range(1, len(above)):
            if not any(abs(above[i]["x0"] - x) <= COLUMN_ALIGN_PT for x in starts):
                continue
            for j, below in caps:
                if j == k + 1 and above[0]["x0"] - 2 <= below[0]["x0"] <= above[i - 1]["x1"]:
                    found.append((above[i - 2] if i > 1 else None, above[i - 1], below[0]))
    return found


def repair_roman_sequence(numbers: list[str]) -> list[str]:
    """The Roman numbers of a page's capital headings in order, read with a stroke too few, repaired:
    ["I.", "II.", "II"] -> ["I.", "II.", "III."] ("III" read "II" right after "I", "II"), ["I/", "I/", "II/"]
    -> ["I/", "II/", "III/"] (each number repeating the one before it, one "I" short of the next). A page's
    first heading read "1" for "I" (a serif "I" read as the digit), or "L" (its foot read as the L's bar), before an
    "I" or an "II" with the same sign after it is "I": ["1/", "II/"] -> ["I/", "II/"], ["L.", "II."] -> ["I.", "II."]. A number read as other letters (the strokes as "H", "L",
    "l": "HL.") between the two it falls between, with their sign, is that number: ["II.", "HL.", "IV."] ->
    ["II.", "III.", "IV."] (a page may start at any section). Otherwise the run must start at "I" and go up by
    one; any other sequence is left as it is."""
    out = list(numbers)
    ms = [_HEAD_ROMAN.match(x) for x in out]
    if len(ms) >= 2 and all(ms[:2]) and _NOT_ROMAN_I.match(ms[0].group(1)) and ms[0].group(2) \
            and ms[0].group(2) == ms[1].group(2):
        if ms[1].group(1) in ("I", "II"):  # "1/", "I/" (each a stroke short) or "1/", "II/"; "IL.", "II."
            out[0] = "I" + ms[0].group(2)
        elif ms[1].group(1) == "III" and len(ms[0].group(1)) == 2:  # "IL.", "III.": the second stroke read "L"
            out[0] = "II" + ms[0].group(2)
    values = {_roman(n): n for n in range(1, 40)}
    for k in range(1, len(out) - 1):  # "II.", "HL.", "IV." -> "III.": between its two neighbours (on any page)
        odd, prev, after = _HEAD_LOOKALIKE.match(out[k]), _HEAD_ROMAN.match(out[k - 1]), _HEAD_ROMAN.match(out[k + 1])
        if odd and odd.group(1) not in values and prev and after and odd.group(2) == prev.group(2) == after.group(2) \
                and prev.group(1) in values and values.get(after.group(1)) == values[prev.group(1)] + 2:
            out[k] = _roman(values[prev.group(1)] + 1) + odd.group(2)
    for k, text in enumerate(out):  # "IIIR" before "IV.": the stop read as a letter (_HEAD_STOP_READ)
        odd = _HEAD_STOP_READ.match(text)
        prev = _HEAD_ROMAN.match(out[k - 1]) if k else None
        after = _HEAD_ROMAN.match(out[k + 1]) if k + 1 < len(out) else None
        if not odd or odd.group(1) not in values or not (prev or after):
            continue
        n, signs = values[odd.group(1)], {m.group(2) for m in (prev, after) if m}
        if len(signs) == 1 and signs != {""} and (not prev or values.get(prev.group(1)) == n - 1) \
                and (not after or values.get(after.group(1)) == n + 1):
            out[k] = odd.group(1) + signs.pop()
    for k, text in enumerate(out):  # "Vv." after "IV.": the last letter read twice (_HEAD_DOUBLED)
        odd = _HEAD_DOUBLED.match(text)
        prev = _HEAD_ROMAN.match(out[k - 1]) if k else None
        after = _HEAD_ROMAN.match(out[k + 1]) if k + 1 < len(out) else None
        if not odd or odd.group(1) not in values or not (prev or after) \
                or any(m.group(2) != odd.group(3) for m in (prev, after) if m):
            continue
        n = values[odd.group(1)]
        if (not prev or values.get(prev.group(1)) == n - 1) and (not after or values.get(after.group(1)) == n + 1):
            out[k] = odd.group(1) + odd.group(3)
    expected = 1
    for k, text in enumerate(out):
        m = _HEAD_ROMAN.match(text)
        prev = _HEAD_ROMAN.match(out[k - 1]) if k else None
        if not m or not re.fullmatch(r"[IVX]+", m.group(1)):
            break
        letters, sign = m.group(1), m.group(2)
        if letters != _roman(expected):
            if prev and letters == prev.group(1) and letters + "I" == _roman(expected):
                out[k] = _roman(expected) + (sign or prev.group(2))
            else:
                break
        expected += 1
    return out


# A list's number read as a letter it looks like ("3." read "s.": the third responsibility, "s. Ủy ban nhân dân các
# huyện ...: chỉ đạo ...", lost): the letters (DIGIT_LOOKALIKES) a digit is read as, with the sign after it, where the
# list's number before it at its indent is the one before that digit and the next at its indent not that digit.
# A letter is looked up without its marks ("Ạ." read for "4.": a 4's closed top read as an A, the stop under it
# as the dot below: ankhanh phone-app, the fourth responsibility lost).
DIGIT_LOOKALIKES = {"s": "35", "S": "53", "B": "8", "b": "6", "G": "6", "g": "9", "q": "9", "l": "1", "I": "1", "|": "1",
                    "O": "0", "o": "0", "Z": "2", "z": "2", "A": "4"}
_LIST_NUMBER = re.compile(r"^(\d{1,2})([.)])$")
_LIST_LOOKALIKE = re.compile(r"^(\d?)([^\W\d_]|\|)([.)])$")
# ... or its stop read as a comma ("3," after "1.", "2."), and an amendment's quoted item ("“7, Phát triển ...": the
# new wording of task 7, its number no sequence of the page's; the task lost): an opening quote glued before it
_LIST_COMMA = re.compile(r"^([\"“‘'„«]?)(\d{1,2})[,;]$")
# ... or a list's first number so ("1;" on a phone's scan, "2." next at its indent, an earlier list's "1.", "2." above
# it at that indent: the first task lost), its sign the next number's
# ... or a "2." set apart by Word's numbering tab, on a phone's page, read as a plus and a comma or stop ("+, Mục tiêu
# cụ thể": the specific targets made general): a plus bullet has no sign glued after it; the number the list wants
_LIST_PLUS = re.compile(r"^\+[.,]$")


def _bare_letter(letter: str) -> str:
    """`letter` without its marks ("Ạ" -> "A", "đ" stays)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", letter) if not unicodedata.combining(ch))[:1] or letter
LIST_INDENT_PT = 3.0  # two labels of one list start this near each other


def repair_list_numbers(starts: list[tuple[str, float, str]]) -> list[str]:
    """Of a page's lines in order, each as (its first word, that word's left edge in points, its second word),
    the first words with a list's number read as a letter repaired: "s." after "1.", "2." at its indent, before
    a word with a capital, is "3." ("12" read "1Z": a two-digit number's last digit too). Only where the number
    before it at its indent (within LIST_INDENT_PT) is one less and the next at its indent, if any, is not the
    same number (then the letter is a list's own: "a.", "b.", or no label). A number with a comma for its stop so
    too ("3," -> "3."), and after an opening quote without a sequence ("“7," -> "“7."); a plus with a sign glued after
    it ("+,", "+.": no bullet) is the number after the one before, where the next at its indent is not it. A number
    with a comma or a semicolon for its stop ("1;") whose next number at its indent is one more takes that one's sign
    (a list's first, an earlier list's numbers above it). Anything else unchanged."""
    out = [first for first, _, _ in starts]
    numbers = [(k, int(m.group(1)), m.group(2), x) for k, (first, x, _) in enumerate(starts)
               if (m := _LIST_NUMBER.match(first))]
    for k, (first, x, second) in enumerate(starts):
        if not second[:1].isupper():
            continue
        before = [(n, sign) for j, n, sign, at in numbers if j < k and abs(at - x) <= LIST_INDENT_PT]
        signs_after = [(n, sign) for j, n, sign, at in numbers if j > k and abs(at - x) <= LIST_INDENT_PT]
        after = [n for n, _ in signs_after]
        if c := _LIST_COMMA.match(first):
            n = int(c.group(2))
            if c.group(1) and c.group(2) != "0":
                out[k] = f"{c.group(1)}{c.group(2)}."
            elif before and before[-1][0] == n - 1 and (not after or after[0] != n):
                out[k] = f"{c.group(2)}{before[-1][1]}"
            elif after and after[0] == n + 1:
                out[k] = f"{c.group(2)}{signs_after[0][1]}"
            continue
        if _LIST_PLUS.match(first):
            wanted = before[-1][0] + 1 if before else 0
            if before and (not after or after[0] != wanted):
                out[k] = f"{wanted}{before[-1][1]}"
            continue
        m = _LIST_LOOKALIKE.match(first)
        letter = _bare_letter(m.group(2)) if m else ""
        if not m or letter not in DIGIT_LOOKALIKES or not before or before[-1][1] != m.group(3):
            continue
        wanted = str(before[-1][0] + 1)
        head, last = wanted[:-1], wanted[-1]
        if m.group(1) == head and last in DIGIT_LOOKALIKES[letter] and (not after or after[0] != int(wanted)):
            out[k] = wanted + m.group(3)
    return out


# A list's number dropped by the page's model, its stop kept alone ("." at a line's start, its box a stop wide: an
# OpenDocument's numbered headings in bold, "1. Phòng Kinh tế" left out of the page's reading and read again alone
# (missed_text), "2. Ban Chỉ huy quân sự xã" / "3. Công an xã" read ". Ban Chỉ huy ..."; the responsibilities after the
# first lost). A list's numbers are set right-aligned by the numbering: a lone stop whose right edge lies at a list
# number's right edge (within LIST_INDENT_PT), the number before it there one less, before a word with a capital, is
# the next number, where the next number there is not it.
# On a cheap scan (200 dpi) the numbers' stops are lost or set apart: "1 Phòng Kinh tế" (the stop read into the digit's
# box, none in its text), "2 . Ban Chỉ huy quân sự xã" (the stop a word of its own). A bare number before a capital at a
# list number's right edge, the list's number there before it one less or after it one more, has the list's sign; a
# number and a lone stop after it, as near as a stop is set to its number (STOP_APART_PT), are one number (stop_apart).
_LONE_STOP = re.compile(r"^[.)]$")
_BARE_LIST_NUMBER = re.compile(r"^\d{1,2}$")
_BARE_NUMBERED = re.compile(r"^(\d{1,2})()$")  # a bare number as _LIST_NUMBER's groups: its number, no sign
STOP_APART_PT = 3.0


def stop_apart(first: str, gap: float, second: str, third: str) -> str | None:
    """A line's first word where its first two words are a list's number and its stop set apart (`gap` points
    between): "2", 2.1, ".", "Ban" -> "2."; None otherwise (no capital after them, the stop farther off)."""
    if _BARE_LIST_NUMBER.match(first) and _LONE_STOP.match(second) and gap <= STOP_APART_PT and third[:1].isupper():
        return first + second
    return None


def _numbered_at(starts: list[tuple[str, float, str]], out: list[str], x: float,
                 bare: bool = False) -> list[tuple[int, int, str]]:
    """The lines (index, number, sign) whose first word is a list's number ending at `x` (LIST_INDENT_PT); with `bare`,
    a bare number's too (its sign "")."""
    return [(j, int(m.group(1)), m.group(2)) for j, (_, at, _) in enumerate(starts)
            if abs(at - x) <= LIST_INDENT_PT and (m := _LIST_NUMBER.match(out[j])
                                                  or (bare and _BARE_NUMBERED.match(out[j])) or None)]


def repair_dropped_list_numbers(starts: list[tuple[str, float, str]]) -> list[str]:
    """Of a page's lines in order, each as (its first word, that word's right edge in points, its second word), the
    first words with a list's number dropped and its stop kept alone (see above) given the number: "." after "1."
    whose right edge is the stop's, before "Công an xã", is "2."; and those with a list's sign lost: "1" before
    "Phòng Kinh tế", "2." after it at its right edge, is "1.". Anything else unchanged."""
    out = [first for first, _, _ in starts]
    for k, (first, x, second) in enumerate(starts):
        if not _BARE_LIST_NUMBER.match(first) or not second[:1].isupper():
            continue
        # (the nearest numbers at that edge, bare ones too: a table's row codes "1", "2", "3" drawn without rules, a
        # list "1.", "2." under it at their edge, are no list's numbers that lost their stops)
        n, at = int(first), _numbered_at(starts, out, x, bare=True)
        before = [(m, sign) for j, m, sign in at if j < k][-1:]
        after = [(m, sign) for j, m, sign in at if j > k][:1]
        if before and before[0][1] and before[0][0] == n - 1:
            out[k] = f"{n}{before[0][1]}"
        elif after and after[0][1] and after[0][0] == n + 1:
            out[k] = f"{n}{after[0][1]}"
    for k, (first, x, second) in enumerate(starts):
        if not _LONE_STOP.match(first) or not second[:1].isupper():
            continue
        numbered = _numbered_at(starts, out, x)
        before = [n for j, n, sign in numbered if j < k and sign == first]
        after = [n for j, n, _ in numbered if j > k]
        if before and (not after or after[0] != before[-1] + 1):
            out[k] = f"{before[-1] + 1}{first}"
    return out


def _list_numbers_dropped(words: list[dict]) -> None:
    """The page's words (with those missed_text read) with a list's dropped numbers given back in place
    (repair_dropped_list_numbers) and its stops set apart joined to their numbers (stop_apart; the stop's word
    taken out of `words`), the lines told as the layout tells them (layout.words.lines_of)."""
    if not any(_LONE_STOP.match(w["text"]) or _BARE_LIST_NUMBER.match(w["text"]) for w in words):
        return
    apart = set()
    for line in lines_of(words):  # "2" "." "Ban": the number's stop set apart
        if len(line) >= 3 and (joined := stop_apart(line[0]["text"], line[1]["x0"] - line[0]["x1"], line[1]["text"],
                                                    line[2]["text"])):
            line[0]["text"], line[0]["x1"] = joined, line[1]["x1"]
            apart.add(id(line[1]))
    if apart:
        words[:] = [w for w in words if id(w) not in apart]
    starts = [line[:2] for line in lines_of(words) if len(line) >= 2]
    for (first, _), text in zip(starts, repair_dropped_list_numbers([(a["text"], a["x1"], b["text"])
                                                                       for a, b in starts])):
        first["text"] = text


# A list's dash read as a colon or a semicolon alone (": Ủy ban MTTQ Việt Nam xã;" between "- TT Đảng ủy, ..." and
# "- Lưu: VT.": a recipient lost, and the list cut there), or as an equals sign (an archive's scan: the dash's stroke
# blurred into two, "= Chủ tịch UBND tỉnh (b/c);"): no line of words opens with them; where the nearest line before or
# after it at its indent (LIST_INDENT_PT; a column beside may set its lines between) opens with a dash, and a letter
# follows it, it is the dash.
_DASH_READ = {":", ";", "="}


def repair_list_dashes(starts: list[tuple[str, float, str]]) -> list[str]:
    """Of a page's lines in order, each as (its first word, that word's left edge in points, its second word),
    the first words that are a dash read as ":", ";" or "=" repaired to "-" (see _DASH_READ). Anything else unchanged."""
    out = [first for first, _, _ in starts]
    for k, (first, x, second) in enumerate(starts):
        if first not in _DASH_READ or not second[:1].isalpha():
            continue
        # (the nearest line at its indent on either side: a column beside, "KT. CHỦ TỊCH", interleaves its lines)
        above = [other for other, at, _ in starts[:k] if abs(at - x) <= LIST_INDENT_PT][-1:]
        below = [other for other, at, _ in starts[k + 1:] if abs(at - x) <= LIST_INDENT_PT][:1]
        if "-" in above + below:
            out[k] = "-"
    return out


# The recipients' label "Nơi nhận:" read with its first word garbled ("ợt nhân:": the hook and the dot of "ơ" run
# into the "N" and the "i"; "Nơi nhậm:", the n's foot read as an m's): the list under it lost (four recipients). The
# label is a line of two words, the second "nhận:" but for its marks or one letter, the first at most two letters from "nơi" (marks and case aside: "ợt", "Nới", "Noi"),
# the line under it a list's dash at about its indent ("- Như Điều 3;"). Another word before "nhận:" ("Bên nhận:",
# "Đã nhận:"; "Người nhận:", two letters more) is no misread "Nơi".
# The label run on with its items in one paragraph ("Nơi nhậm: - Bộ Nông nghiệp và Môi" / "trường (b/c); - UBND tỉnh
# (b/c); ...": a signer's table whose cell's line breaks were lost, a bold italic label's n read as an m) is told
# alike by the dash after its two words on its own line: the run-on list (layout.cells) was not split, six recipients
# lost. Its second word read as two at a sign read for a letter ("Nơi n )ận:", the "h" a bracket on a phone app's
# scan: the five recipients and the signer lost) is told so too: a letter, then a sign and letters and the colon (the
# sign counted a letter); the label takes the two words' places (the second word's left empty).
_RECEIVE_WORD = "nhan"
_LABEL_CUT = re.compile(r"^[^\W\d_]$")
_LABEL_CUT_REST = re.compile(r"^[)(|/\\\]\[!][^\W\d_]{1,3}:$")
_LABEL_WORD = "noi"
_LIST_DASHES = ("-", "–", "+")
RECIPIENTS_INDENT_PT = 12.0  # the list's dashes start this near the label's left edge
# The signer's block beside the list, its first line set a little lower than the label ("Nơi nhậm:" at 479 pt, "TM.
# ỦY BAN NHÂN DÂN" at 483 pt, its circumflexes read as words a little higher: a sheet's closing block, round IMG43),
# came between the label and the list's first dash in the page's order: the label was not told, four recipients lost.
# Lines starting more than OTHER_COLUMN_PT right of the label are the other column's: the line under the label is
# the first of the next BESIDE_LINES_MAX + 1 that is not.
OTHER_COLUMN_PT = 144.0
BESIDE_LINES_MAX = 3
# ... and the label's line read with a rule through it as dashes after it ("Nơi nhậm: ---" on an archive's scan, a
# sheet's merged cell's top rule touching the label): the dashes are no words of it (they go where the label is told)
_RULE_READ = re.compile(r"^[-–—_=~]{2,}$")


def repair_recipients_label(lines: list[tuple[list[str], float]]) -> list[list[str]]:
    """Of a page's lines in order, each as (its words, its left edge in points), the words with a recipients'
    label read with its first word garbled spelt "Nơi nhận:" ("ợt nhân:" over "- Như Điều 3;"; "Nơi nhậm: - Bộ
    Y tế;" run on with its items). Anything else unchanged."""
    out = [list(words) for words, _ in lines]
    for k, (read, x) in enumerate(lines):
        rule = next((n for n in range(len(read), 0, -1) if not all(_RULE_READ.match(w) for w in read[n - 1:])),
                    0) if read else 0  # ("Nơi nhậm: ---": a cell's top rule through it read as dashes after it)
        read, ruled = read[:rule], len(read) - rule
        words, cut = read, 0
        if len(read) >= 3 and _LABEL_CUT.match(read[1]) and _LABEL_CUT_REST.match(read[2]):  # "n )ận:"
            words, cut = [read[0], read[1] + read[2]] + read[3:], 1
        run_on = len(words) > 2 and words[2] in _LIST_DASHES
        if not run_on:
            if k + 1 == len(lines) or len(words) != 2:
                continue
            below, at = next(((b, a) for b, a in lines[k + 1:k + 2 + BESIDE_LINES_MAX]
                              if not b or a - x <= OTHER_COLUMN_PT), lines[k + 1])
            if not below or below[0] not in _LIST_DASHES or abs(at - x) > RECIPIENTS_INDENT_PT:
                continue
        if not words[1].endswith(":"):
            continue
        second = _folded(words[1]) if not cut else _folded(read[1]) + "?" + _folded(read[2])  # (the sign a letter)
        if len(second) != len(_RECEIVE_WORD) or not one_edit(second, _RECEIVE_WORD):
            continue
        first = _folded(words[0])
        if first.isalpha() and len(first) <= len(_LABEL_WORD) + 1 and edits(first, _LABEL_WORD) <= 2 \
                and (words[0], words[1]) != ("Nơi", "nhận:"):
            out[k] = ["Nơi", "nhận:"] + [""] * cut + words[2:] + [""] * ruled
    return out


def recipients_label_in_cell(lined: str) -> str:
    """A ruled cell's reading (its lines) with a recipients' label read garbled spelt "Nơi nhận:" (as
    repair_recipients_label: "Nơi nhậm: - Bộ Y tế (b/c); -" / "UBND tỉnh;"); the reading as it is otherwise."""
    lines = lined.split("\n")
    repaired = repair_recipients_label([(line.split(), 0.0) for line in lines])
    if all(new == line.split() for new, line in zip(repaired, lines)):
        return lined
    return "\n".join(" ".join(filter(None, new)) if new != line.split() else line for new, line in zip(repaired, lines))


# a year after "năm" read with a digit too many ("năm 20285." for "năm 2025."): five digits, a stop or comma after
_LONG_YEAR = re.compile(r"^(\d{5})([.,;:)]*)$")
_PAGE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def repair_long_years(words: list[str]) -> list[str]:
    """A page's words with a year after "năm" read with a digit too many ("năm 20285." for "năm 2025.")
    put right: of the years (1900-2099) one digit's drop makes, the one the page writes elsewhere
    (its date, "ngày 5 - 9 - 2025", its title's year); where none, or two, of them are (2028 and
    2025 both on the page), it stays. Not a five-digit number after another word ("12345 người"). A
    period's end read so ("giai đoạn 20009 - 2010": the period's start lost) is one too: a five-digit
    number before a dash and a year, or after a year and a dash, whose year falls in order with the other
    end (within YEAR_RANGE_REACH)."""
    seen = {m.group(1) for word in words for m in _PAGE_YEAR.finditer(word)}
    out = list(words)
    for i in range(len(out)):
        m = _LONG_YEAR.match(out[i])
        if not m:
            continue
        if i and _folded(out[i - 1]) == "nam":
            in_range = lambda y: True  # noqa: E731
        elif i + 2 < len(out) and out[i + 1] in _RANGE_DASHES and not m.group(2) \
                and (end := _YEAR_AFTER.match(out[i + 2])):
            in_range = lambda y, end=end.group(1): _years_in_range(y, end)  # noqa: E731
        elif i >= 2 and out[i - 1] in _RANGE_DASHES and (start := _YEAR_BEFORE.match(out[i - 2])):
            in_range = lambda y, start=start.group(1): _years_in_range(start, y)  # noqa: E731
        else:
            continue
        digits = m.group(1)
        fits = {y for k in range(len(digits)) for y in [digits[:k] + digits[k + 1:]]
                if _PAGE_YEAR.fullmatch(y) and y in seen and in_range(y)}
        if len(fits) == 1:
            out[i] = fits.pop() + m.group(2)
    return out


_RANGE_DASHES = {"-", "–", "—"}


TOLD_REACH = 2  # words of each line's end and start a pair told by its neighbour is looked for in


def repair_told_across(above: list[str], below: list[str]) -> tuple[list[str], list[str]]:
    """The words of two lines of one paragraph with a word read as another one mark away that its
    neighbour on the other line tells (vi_syllable.repair_told_words): "... viên chỉ" / "trả theo
    ..." -> "... viên chi" / "trả theo ...", "... Tổng" / "chỉ ngân sách" -> "... Tổng" / "chi ngân
    sách". Only the last TOLD_REACH words of the line above and the first of the line below."""
    cut = max(0, len(above) - TOLD_REACH)
    window = repair_told_words(above[cut:] + below[:TOLD_REACH])
    return above[:cut] + window[:len(above) - cut], window[len(above) - cut:] + below[TOLD_REACH:]


GARBLED_WORD_CONF = 40.0  # a word read less surely than this is likely no word
GARBLED_SHARE = 0.5  # a stretch with this share of such words (two at least) was read garbled
REREAD_CONF = 70.0  # the block's second reading is taken when its words are this sure (mean)


def _garbled_stretch(part: list[dict], beside: bool = False) -> bool:
    """A stretch of a line read garbled: half its words (two or more) read under GARBLED_WORD_CONF, or one such and
    the stretch's mean under it. `beside`: the page's line runs on across a column's gap (another stretch in it):
    Tesseract cut one line box across two columns whose lines lie at other heights, so its reading of each is one
    line's letters with the other's height ("- Bộ Công an (b/c);" beside "PHÓ TRƯỞNG BAN" in bold capitals read
    "= Độ GŨIH am (BBÌ:" at 90, 62, 26, 49, 6); then two words under GARBLED_WORD_CONF and half its words under
    LOW_CONF will do."""
    unsure = sum(w["conf"] < GARBLED_WORD_CONF for w in part)
    if beside and unsure >= 2 and sum(w["conf"] < LOW_CONF for w in part) >= GARBLED_SHARE * len(part):
        return True
    return (unsure >= 2 and unsure >= GARBLED_SHARE * len(part)) \
        or (unsure >= 1 and len(part) >= 3 and _mean([w["conf"] for w in part]) < GARBLED_WORD_CONF)


GARBLED_RUN_MIN = 3  # words of a garbled run in a stretch read surely on the whole, at least


def garbled_runs(part: list[dict]) -> list[list[dict]]:
    """A stretch of a line (`part`, its words left to right) cut about a run of words read garbled in it: a header's
    column of two lines set tight ("ỦY BAN NHÂN DÂN TỈNH NAM" / "THỦY", the hook of "Ủ" touching the line above) read
    by Tesseract as one line of garbage ("MÔN, dELN TNARIOIIN D DU GÀ ..." at 0-44), and the other column's line beside
    it within a column's gap ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 95-97): the stretch is no garbled one on the
    whole (6 of its 16 words), its run is. A run of GARBLED_RUN_MIN words or more each read under LOW_CONF, itself a
    garbled stretch (_garbled_stretch), beside words read LOW_CONF surely or more, is a piece of its own (read again
    from its box: _reread_garbled); a stretch garbled whole, or with no such run, is one piece."""
    if _garbled_stretch(part):
        return [part]
    pieces: list[list[dict]] = []
    for unsure, run in itertools.groupby(part, key=lambda w: w["conf"] < LOW_CONF):
        run = list(run)
        if unsure and len(run) >= GARBLED_RUN_MIN and _garbled_stretch(run):
            pieces += [run, []]
        elif pieces:
            pieces[-1] += run
        else:
            pieces.append(run)
    return [piece for piece in pieces if piece]


RUN_REACH_PT = 4.0  # a garbled run's region is grown this far at most each way over the ink of the lines it cuts


def ink_band(ink: np.ndarray, top: int, bottom: int, reach: int) -> tuple[int, int]:
    """Rows `top` to `bottom` (past-last) of `ink` (a region's columns) grown up and down while the next row holds
    ink, `reach` rows at most each way: a garbled run's box (garbled_runs) is Tesseract's for one line where its ink is
    two lines set tight, the marks over the first's capitals above it and the second's foot below ("THỦY" cut at
    its foot read "THTTV", "TỈNH" under its hook "TÍNH")."""
    rows = ink.any(axis=1)
    up, down = top, bottom
    while up > max(0, top - reach) and rows[up - 1]:
        up -= 1
    while down < min(rows.size, bottom + reach) and rows[down]:
        down += 1
    return up, down


GLUED_GAP = 0.2  # of a word's ink height: a gap in its ink this wide or wider is a word space


def glued_words(ink: np.ndarray, conf: float) -> bool:
    """Words of a line read as one word, unsurely: a header's issuer in bold capitals set close
    under the line above ("HUYỆN ỦY NAM KHÊ" read "HUYỆẾNỦYNAMKHÊE" at 0, its marks read once more
    as letters: the issuer, its level and place lost). A word read less surely than
    GARBLED_WORD_CONF whose ink (its box's) holds a gap of a word space (GLUED_GAP of its height)
    between two of its letters is read again as a garbled stretch is (_reread_garbled)."""
    if conf >= GARBLED_WORD_CONF or ink.ndim != 2 or not ink.any():
        return False
    rows = np.flatnonzero(ink.any(axis=1))
    filled = np.flatnonzero(ink.any(axis=0))
    height = int(rows[-1] - rows[0] + 1)
    return filled.size > 1 and int(np.diff(filled).max()) - 1 >= GLUED_GAP * height


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ... or when the old reading was garbled whole and the new one's words are read surely, its signs not: a recipient's
# wrapped line beside the signer's title set lower ("trường (b/c);", a phone's photo) read "KHƯỜNg NHiGD)" at 28 and 0,
# read again "trường" at 93 and "(b/C);" at 39 (a mean of 66: the recipients after it lost).
_LETTER_PAIR = re.compile(r"[^\W\d_]{2}")


def words_surer_than_garbled(new: list[tuple[str, float]], old: list[float]) -> bool:
    """A garbled stretch's reading again (`new`: text, confidence) is taken though its mean is under REREAD_CONF: the
    old reading's words (`old`, their confidences) were read under GARBLED_WORD_CONF on the whole, and every word of
    the new one with two letters in a row (one at least) is read REREAD_CONF sure or more."""
    worded = [c for t, c in new if _LETTER_PAIR.search(t)]
    return bool(old) and _mean(old) < GARBLED_WORD_CONF and bool(worded) and min(worded) >= REREAD_CONF


def _reread_garbled(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                    ink: dict[int, tuple[float, float]], scale: float, lang: str,
                    timeout: float) -> tuple[set[int], list[list[dict]]]:
    """Lines of a column that the page's reading garbled: two columns set side by side whose
    lines lie at other heights (the recipients' list, set close in a smaller size, beside the
    signature's title in bold capitals) are cut by Tesseract's page layout into lines that
    run across two lines of text ("Nơi nhận:" and "- Bộ GD&ĐT (để b/c);" read as "` KD tò
    (để b/c)", "KT. GIÁM ĐỐC" as "_— r—— ”r"). A stretch of a line with half its words (two
    or more) read less surely than GARBLED_WORD_CONF is read again from its box, with the
    garbled stretches its box meets and the pieces of lines lying within it, as one block of
    text (psm 6), unless a column's gap lies inside it; that reading's lines and words, at the
    places it read them, take the old ones' place when its words are REREAD_CONF sure or
    more on the whole (or its words surer than the garbled ones: words_surer_than_garbled). Returns the ids of the words
    replaced and the new lines."""
    cut: list[list[list[dict]]] = []
    runs: set[int] = set()  # (the first words of garbled runs cut out of their stretches)
    for line in lines:
        cut.append([])
        for part in stretches(line):
            pieces = garbled_runs(part)
            runs.update(id(piece[0]) for piece in pieces if len(pieces) > 1 and _garbled_stretch(piece))
            cut[-1] += pieces
    parts = [part for pieces in cut for part in pieces]
    beside = [len(pieces) > 1 for pieces in cut for _ in pieces]  # (its line runs across a column's gap)
    box_of = {}
    for k, part in enumerate(parts):
        bs = [boxes[id(w)] for w in part]
        box_of[k] = (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))
    seeds = [k for k, part in enumerate(parts) if _garbled_stretch(part, beside[k])
             or any(glued_words(gray[b[1]:b[3], b[0]:b[2]] < DARK, w["conf"])
                    for w in part for b in [boxes[id(w)]])]
    if not seeds:
        return set(), []
    groups: list[tuple[list[int], list[int]]] = []  # (stretches, box) of each garbled region
    for k in seeds:
        for group in groups:
            if _overlap(group[1], box_of[k]):
                group[0].append(k)
                b = group[1]
                group[1][:] = [min(b[0], box_of[k][0]), min(b[1], box_of[k][1]), max(b[2], box_of[k][2]), max(b[3], box_of[k][3])]
                break
        else:
            groups.append(([k], list(box_of[k])))
    for members, box in groups:  # the pieces of lines lying within a region (half their height or more)
        for k in range(len(parts)):
            x0, y0, x1, y1 = box_of[k]
            if k not in members and _overlap(box, box_of[k]) and min(y1, box[3]) - max(y0, box[1]) >= (y1 - y0) / 2:
                members.append(k)
                box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
    white = _smoothed(gray) if paper_noise(gray) >= NOISY_PAPER else gray
    margin = max(2, round(scale))
    gone: set[int] = set()
    added: list[list[dict]] = []
    for members, (x0, y0, x1, y1) in groups:
        if any(id(parts[k][0]) in runs for k in members):
            y0, y1 = ink_band(white[:, x0:x1] < DARK, y0, y1, round(RUN_REACH_PT * scale))
        cx0, cy0 = max(0, x0 - margin), max(0, y0 - margin)
        region = white[cy0:y1 + margin, cx0:x1 + margin]
        # two columns (a table's header cells; a photo's header, "Số: 112/KH-UBND" in one line box with the motto's
        # rule and the date line, tilted): a block's lines would run across them; each column's part is read alone
        for a, b in column_pieces(region < DARK, scale):
            rows = _block_lines(np.pad(region[:, a:b], 16, constant_values=255), lang, timeout)
            confs = [c for row in rows for *_, c in row]
            old = [w for k in members for w in parts[k] if a <= (boxes[id(w)][0] + boxes[id(w)][2]) / 2 - cx0 < b]
            if not confs or (_mean(confs) < REREAD_CONF and not words_surer_than_garbled(
                    [(t, c) for row in rows for t, _, c in row], [w["conf"] for w in old])):
                continue
            gone.update(id(w) for w in old)
            for row in rows:
                top = (cy0 + min(bx[1] for _, bx, _ in row) - 16) / scale
                bottom = (cy0 + max(bx[3] for _, bx, _ in row) - 16) / scale
                line = []
                for t, (bx0, by0, bx1, by1), c in row:
                    left = cx0 + a + bx0 - 16
                    w = {"text": _repaired(t), "x0": left / scale, "x1": (cx0 + a + bx1 - 16) / scale,
                         "top": top, "bottom": bottom, "conf": c}
                    boxes[id(w)] = (left, cy0 + by0 - 16, cx0 + a + bx1 - 16, cy0 + by1 - 16)
                    ink[id(w)] = ((cy0 + by0 - 16) / scale, (cy0 + by1 - 16) / scale)
                    line.append(w)
                added.append(line)
    return gone, added


def column_pieces(ink: np.ndarray, scale: float) -> list[tuple[int, int]]:
    """A region's columns (first, past-last) of pixel columns: its ink's parts between gaps of a column's width
    (COLUMN_GAP_PT), each from half a gap's width before its ink to half after (the whole region where it has none)."""
    filled = np.flatnonzero(ink.any(axis=0))
    if filled.size < 2:
        return [(0, ink.shape[1])]
    cuts = [k for k in range(1, filled.size) if filled[k] - filled[k - 1] > COLUMN_GAP_PT * scale]
    bounds = [0] + [int(filled[k - 1] + filled[k]) // 2 for k in cuts] + [ink.shape[1]]
    return list(zip(bounds, bounds[1:]))


SEAL_DROPPED = 40  # gray levels a pixel of the page without red ink is lighter than the page's: the seal's ink
SEAL_PAD_PT = 4.0  # the seal's place read again with this much room about it
# the second reading is taken when it holds as many letters read surely as the page's reading
# there (its lines are whole: the page's reading of the block, even where it read the words,
# set them on lines running across to the recipients' column, "UY" / "CHỦ TỊCH" among them)
SEAL_BETTER = 1.0
SEAL_SURE = 60.0  # a word read this surely counts
SEAL_LINE_PT = 20.0  # the box's lower edge goes this far down at most to take whole a line it cuts
SEAL_LEFT_ROOM_PT = 3.0  # room left of a signer's block that starts left of its seal (_block_left)
EDGE_LINE_MIN_PT = 2.0  # ... told by the lines the seal's edge cuts: a band of rows thinner than this is a speck


def _sure_letters(words: list[tuple[str, float]]) -> int:
    """The letters of the words read SEAL_SURE or more surely."""
    return sum(sum(ch.isalpha() for ch in text) for text, conf in words if conf >= SEAL_SURE)


def _read_again_over(box: tuple[int, int, int, int], new: list[tuple[int, int, int, int]]) -> bool:
    """A word of the page's reading (its box) that a word of the second reading covers half of
    or more, across and up and down: the same word, with a speck of the seal's ring glued to it
    ('"Thạch' for "Thạch") where it crosses the box's edge."""
    width, height = max(1, box[2] - box[0]), max(1, box[3] - box[1])
    return any(min(box[2], b[2]) - max(box[0], b[0]) >= width / 2 and min(box[3], b[3]) - max(box[1], b[1]) >= height / 2
               for b in new)


def _reread_seal(gray: np.ndarray, sealless: np.ndarray, lines: list[list[dict]],
                 boxes: dict[int, tuple[int, int, int, int]], ink: dict[int, tuple[float, float]], scale: float,
                 lang: str, timeout: float) -> tuple[set[int], list[list[dict]]]:
    """The signer's block under a seal, read again from the page without its red ink: the
    seal's place (where `sealless` is SEAL_DROPPED lighter than `gray`, a box of a seal's
    size) and the lines of type running on from it to the right up to a column's gap, as one
    block (psm 6), the box's lower edge moved down (SEAL_LINE_PT at most) to take whole the line
    it cuts (the name; the line its upper edge cuts, read by the page above the seal, is read
    worse alone: dev p16's "KT. TỔ TRƯỞNG"). Its lines (but those read garbled: the ring's letters) take the place of the page's words
    lying wholly inside that box when they hold SEAL_BETTER times as many letters read surely
    (a seal over the title and the name: "TM. ỦY BAN NHÂN DÂN" / "q" read, the rest dropped as
    a picture; or the block's lines set among the recipients' ones); a word the
    box's left edge cuts (the recipients' column beside the seal) is left out of the new
    reading and stays as the page read it. Returns the ids of the words replaced and the new lines."""
    dropped = sealless.astype(np.int16) - gray.astype(np.int16) >= SEAL_DROPPED
    box = _seal_box(dropped, scale)
    if box is None:
        return set(), []
    pad = round(SEAL_PAD_PT * scale)
    x0, y0 = max(0, box[0] - pad), max(0, box[1] - pad)
    y1 = min(gray.shape[0], box[3] + pad)
    filled = (sealless[:, x0:min(gray.shape[1], box[2] + pad)] < DARK).any(axis=1)
    reach = round(SEAL_LINE_PT * scale)  # a line the box's lower edge cuts (the name) is read whole
    while y1 < gray.shape[0] - 1 and filled[y1] and y1 - box[3] < reach:
        y1 += 1
    x0 = _block_left(sealless[y0:y1] < DARK, x0, box[2] - box[0], scale)
    body_gone, body_added, below = _reread_body_over_seal(sealless, lines, boxes, ink, (x0, y0, box[2], y1), scale,
                                                          lang, timeout)
    columns = (sealless[y0:y1] < DARK).any(axis=0)
    gap, x1 = round(COLUMN_GAP_PT * scale), min(gray.shape[1], box[2] + pad)
    while x1 < gray.shape[1] and columns[x1:x1 + gap].any():  # the lines run on past the seal
        x1 += int(np.flatnonzero(columns[x1:x1 + gap])[-1]) + 1
    x1 = min(gray.shape[1], x1 + pad)
    inside = [w for line in lines for w in line
              if boxes[id(w)][0] >= x0 and boxes[id(w)][2] <= x1 and boxes[id(w)][1] >= y0 and boxes[id(w)][3] <= y1]
    rows = _block_lines(np.pad(sealless[y0:y1, x0:x1], 16, constant_values=255), lang, timeout)
    edge = 16 + max(1, round(scale / 2))
    rows = [[(t, b, c) for t, b, c in row if b[0] > edge] for row in rows]  # (a word cut by the left edge)
    rows = [row for row in rows if row and _mean([c for *_, c in row]) >= GARBLED_WORD_CONF]  # (not the ring's letters)
    # (the body's lines over the seal, read again across their width: not the block's)
    rows = [row for row in rows if y0 + (min(b[1] for _, b, _ in row) + max(b[3] for _, b, _ in row)) / 2 - 16 >= below]
    inside = [w for w in inside if id(w) not in body_gone]
    if _sure_letters([(t, c) for row in rows for t, _, c in row]) < \
            SEAL_BETTER * max(1, _sure_letters([(w["text"], w["conf"]) for w in inside])):
        return body_gone, body_added
    new_boxes = [(x0 + b[0] - 16, y0 + b[1] - 16, x0 + b[2] - 16, y0 + b[3] - 16) for row in rows for _, b, _ in row]
    inside += [w for line in lines for w in line if w not in inside and _read_again_over(boxes[id(w)], new_boxes)]
    # (signs read unsurely are the seal's leftovers, and so are signs standing apart)
    added = _row_lines(rows, x0, y0, scale, boxes, ink, lambda text, c: c >= SEAL_SURE or _WORD_CHAR.search(text),
                       apart_signs=True)
    for k, line in enumerate(added):  # "._ PHÓ BÍ THƯ": the seal's leftover before the signer's title
        added[k] = [w for w, text in zip(line, specks_before_capitals([w["text"] for w in line])) if text]
    added = [line for line in added if line]
    return {id(w) for w in inside} | body_gone, body_added + added


def _row_lines(rows: list, x0: int, y0: int, scale: float, boxes: dict, ink: dict, keep=None,
               apart_signs: bool = False) -> list[list[dict]]:
    """The words of a crop's rows read again (text, box in the crop, confidence), as the page's lines: their boxes
    in page points (the crop at (x0, y0) of the page's image, its 16-pixel pad taken off), each word's box and ink
    noted in `boxes` and `ink`; a word kept when `keep(text, conf)` says so, the signs standing apart left out when
    `apart_signs` (_apart_signs)."""
    added: list[list[dict]] = []
    for row in rows:
        top = (y0 + min(b[1] for _, b, _ in row) - 16) / scale
        bottom = (y0 + max(b[3] for _, b, _ in row) - 16) / scale
        line = []
        for t, (bx0, by0, bx1, by1), c in row:
            text = _repaired(without_specks(t))
            if not text or (keep is not None and not keep(text, c)):
                continue
            w = {"text": text, "x0": (x0 + bx0 - 16) / scale, "x1": (x0 + bx1 - 16) / scale,
                 "top": top, "bottom": bottom, "conf": c}
            boxes[id(w)] = (x0 + bx0 - 16, y0 + by0 - 16, x0 + bx1 - 16, y0 + by1 - 16)
            ink[id(w)] = ((y0 + by0 - 16) / scale, (y0 + by1 - 16) / scale)
            line.append(w)
        if apart_signs:
            line = [w for w in line if id(w) not in {id(x) for x in _apart_signs(line)}]
        if line:
            added.append(line)
    return added


def _apart_signs(line: list[dict]) -> list[dict]:
    """The words of a line read again under a seal that are signs only (no letter or digit) standing a column's gap
    from any other word of the line (NOISE_GAP_PT): the seal's leftovers, whatever their confidence ("“" between the
    recipients' column and the signer's)."""
    return [w for i, w in enumerate(line) if not _WORD_CHAR.search(w["text"]) and _stands_apart(line, i)]


def _stands_apart(line: list[dict], i: int) -> bool:
    """Whether word i of a line (left to right) has no word within a column's gap (NOISE_GAP_PT) on either side."""
    w = line[i]
    return ((not i or w["x0"] - line[i - 1]["x1"] > NOISE_GAP_PT)
            and (i + 1 >= len(line) or line[i + 1]["x0"] - w["x1"] > NOISE_GAP_PT))


# A seal stamped over the end of the body's last paragraph as well as the signer's block (its ring over "... hội viên
# tham gia ..." above "TM. ỦY BAN NHÂN DÂN"): the page's reading ran the paragraph's two lines into one, words lost
# ("6. Đề vân, Ủy ban Mặt trận Tổ quốc Việt Nam nh và các tổ chức ..."), and the seal's box, read again as the
# signer's block, cut the paragraph's lines at its left edge ("hội viên tham gia ..."): two partners of the task
# lost. A line of the page running across the seal's box (words from left of it to right of the seal, no column's
# gap between them) is the body's: the paragraph's rows there (from that line's top down to a gap between lines
# wider than BODY_GAP of its height, left of the seal) are read again from the page without its red, across the
# line's width, as one block; its reading takes the place of the page's words there when as sure (REREAD_CONF), and
# the signer's block's reading leaves those rows out.
BODY_GAP = 0.6


def _runs_across(line: list[dict], boxes: dict[int, tuple[int, int, int, int]], left: int, right: int,
                 scale: float) -> bool:
    """`line`'s words run from left of `left` to right of `right` (pixels) with no column's gap between two."""
    bs = sorted(boxes[id(w)] for w in line)
    gap = COLUMN_GAP_PT * scale
    return bs[0][0] < left and bs[-1][2] > right and all(b[0] - a[2] <= gap for a, b in zip(bs, bs[1:]))


def read_left_edge(left: int, pad: int, top: int, bottom: int, words: list[tuple[int, int, int, int]]) -> int:
    """The left edge (pixels) of a block read again from rows `top`-`bottom` whose lines start at `left` (its crop
    `pad` wider), moved left to the start of a word (`words`: the page's words' boxes) the crop's edge would cut
    within those rows (see _reread_body_over_seal); `left` where it cuts none."""
    return min([left] + [x0 for x0, y0, x1, y1 in words if x0 < left - pad < x1 and y0 >= top - pad
                         and y1 <= bottom + pad])


def _reread_body_over_seal(sealless: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                           ink: dict[int, tuple[float, float]], box: tuple[int, int, int, int], scale: float,
                           lang: str, timeout: float) -> tuple[set[int], list[list[dict]], int]:
    """The body's lines over a seal's box (x0, y0, x1 the seal's right edge, y1) read again (see above): the ids of
    the words replaced, the new lines, and the row under them (0: none read again)."""
    x0, y0, x1, y1 = box
    across = [line for line in lines if line and _runs_across(line, boxes, x0, x1, scale)
              and min(boxes[id(w)][1] for w in line) < y1 and max(boxes[id(w)][3] for w in line) > y0]
    if not across:
        return set(), [], 0
    left = min(boxes[id(w)][0] for line in across for w in line)
    right = max(boxes[id(w)][2] for line in across for w in line)
    top = min(boxes[id(w)][1] for line in across for w in line)
    height = float(np.median([boxes[id(w)][3] - boxes[id(w)][1] for line in across for w in line]))
    filled = (sealless[:, left:x0] < DARK).any(axis=1)  # (left of the seal: its leftovers fill no gap)
    bottom, blank = max(boxes[id(w)][3] for line in across for w in line), 0
    while bottom + blank < sealless.shape[0] and blank <= BODY_GAP * height:
        blank = blank + 1 if not filled[bottom + blank] else 0
        if not blank:
            bottom += 1
    bottom = min(bottom + 1, sealless.shape[0])
    pad = max(2, round(scale))
    # a word the read's left edge cuts (a signer's table's recipients set a little left of the body: "Nơi nhận:" under
    # the body's last line, the seal beside) is read whole with the rest: cut, the page's word stayed and its piece read
    # again was added ("Nơi Nơi nhận:", "- -UBND tỉnh": the recipients lost)
    left = read_left_edge(left, pad, top, bottom, [boxes[id(w)] for line in lines for w in line])
    cx0, cy0 = max(0, left - pad), max(0, top - pad)
    rows = _block_lines(np.pad(sealless[cy0:bottom + pad, cx0:right + pad], 16, constant_values=255), lang, timeout)
    confs = [c for row in rows for *_, c in row]
    if not confs or _mean(confs) < REREAD_CONF:
        return set(), [], 0
    gone = {id(w) for line in lines for w in line
            if boxes[id(w)][1] >= top - pad and boxes[id(w)][3] <= bottom + pad
            and boxes[id(w)][0] >= left - pad and boxes[id(w)][2] <= right + pad}
    return gone, _row_lines(rows, cx0, cy0, scale, boxes, ink), bottom + 1


def _block_left(dark: np.ndarray, x0: int, width: int, scale: float) -> int:
    """The left edge of a signer's block under a seal that starts left of the seal (an HTML
    print's block set close to the recipients' column: "GIÁM ĐỐC" / "Phan Thị ..." with the
    seal over their right part): `dark` the ink of the seal's rows, `x0` the seal's left edge
    with its room, `width` the seal's. Each line of ink the edge cuts (a band of rows with ink
    at the edge) runs on to the left through gaps narrower than a column's (COLUMN_GAP_PT);
    the leftmost start of those lines, less SEAL_LEFT_ROOM_PT (the type's grey edge), is the block's edge. Told by
    each line alone: the recipients' lines beside the block end a few points before it, but
    the column of ink of all the rows has no gap (their lines fill the rows between). A line
    running on further left than the seal is wide, or to the text's left edge in these rows
    (a recipient's line reaching under the seal, the body's, a footer's: a portal's line across
    the page), is not the block's and moves nothing; nor does a band of rows thinner than
    EDGE_LINE_MIN_PT (a speck of the seal's ring left where its red was taken off: walked left
    in its few rows, it crosses a recipient's line where only its tall letters and marks reach,
    and stops at a word's start: the recipient's last words then read as the block's and lost)."""
    if x0 <= 0:
        return x0
    gap, near = round(COLUMN_GAP_PT * scale), max(1, round(scale))
    edge = dark[:, max(0, x0 - near):x0 + near].any(axis=1)
    inked = np.flatnonzero(dark.any(axis=0))
    if not inked.size:
        return x0
    margin, left = int(inked[0]), x0  # (the text's left edge in these rows)
    for top, bottom in _bands(edge, max(1, round(scale))):
        if bottom - top < EDGE_LINE_MIN_PT * scale:
            continue
        filled = np.flatnonzero(dark[top:bottom, :x0 + near].any(axis=0))
        start = x0
        for x in filled[::-1]:
            if start - x > gap:
                break
            start = int(x)
        if x0 - start <= width and start - margin > gap:
            left = min(left, start)
    return x0 if left == x0 else max(0, left - round(SEAL_LEFT_ROOM_PT * scale))


def _block_lines(crop: np.ndarray, lang: str, timeout: float) -> list[list[tuple[str, tuple[int, int, int, int], float]]]:
    """The lines of an image of a block of text (Tesseract's psm 6), each a list of its words
    (text, box in the image's pixels, confidence)."""
    from PIL import Image
    with tempfile.TemporaryDirectory(prefix="vnplan-ocr-") as tmp:
        src = os.path.join(tmp, f"block{IMAGE_SUFFIX}")
        Image.fromarray(crop).save(src)
        out = tools.run([tools.tesseract(), src, "stdout", "-l", lang, "--psm", "6", "tsv"], timeout=timeout,
                        env={**os.environ, "OMP_THREAD_LIMIT": "1"}, what="tesseract")
    lines: dict[tuple[str, ...], list] = {}
    for row in out.decode("utf-8", "replace").splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) < 12 or parts[0] != "5" or not parts[11].strip() or float(parts[10]) < 0:
            continue
        left, top, width, height = (int(v) for v in parts[6:10])
        lines.setdefault(tuple(parts[1:5]), []).append(
            (parts[11].strip(), (left, top, left + width, top + height), float(parts[10])))
    return list(lines.values())


def _stretch_heights(line: list[dict], ink: dict[int, tuple[float, float]]) -> None:
    """The words of a Tesseract line that runs across a column gap take the top of their own
    stretch's ink, not the line's (and keep the line's height): Tesseract joins the columns of a signature block
    into one line ("- TT Tỉnh ủy, TT HĐND tỉnh;" and "PHÓ CHỦ TỊCH", the title a line higher
    in its own column), and with one top for both the title went with the wrong list item and
    the columns were read in a mixed order. Only across a gap twice a column's: a speck
    read as a letter leaves a gap inside a name ("Hoàng Ộ  Minh Triết"); and only where each
    stretch has two words or more: a lone speck read as a letter ("Ộ") keeps the line's."""
    parts = stretches(line, 2 * COLUMN_GAP_PT)
    if len(parts) < 2 or any(len(part) < 2 for part in parts):
        return
    height = line[0]["bottom"] - line[0]["top"]  # (kept: a line's height tells the body from notes)
    for part in parts:
        top = min(ink[id(w)][0] for w in part)
        for w in part:
            w["top"], w["bottom"] = top, top + height


# "H." / "H" / "H/" for "II.", and "IH/" / "IH." for "III" (its last two strokes run together)
_H_FOR_TWO = re.compile(r"^I?H[.)/]?$")


def _two_read_as_h(line: list[dict]) -> bool:
    """A section number "II." that OCR read as "H." (the two strokes of a bold serif "II" run
    together), at the start of a section heading in capitals: "H. NHIỆM VỤ", "H. NỘI DUNG".
    Not an initial before a name ("H. Nguyễn") nor a word in lower case."""
    if len(line) < 2 or not _H_FOR_TWO.match(line[0]["text"]):
        return False
    letters = [ch for w in line[1:] for ch in w["text"] if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters) \
        and line[1]["x0"] - line[0]["x1"] < COLUMN_GAP_PT


MISSED_MIN_PT, MISSED_MAX_PT = 6.0, 30.0  # the height of a line of text the page's reading may leave out
MISSED_CONF = 70.0  # its reading alone is taken when this sure


def missed_text(gray: np.ndarray, words: list[dict], scale: float, lang: str, timeout: float) -> list[dict]:
    """Text the page's reading left out: Tesseract's page layout may drop a short block that
    stands alone (an issuer "BỘ Y TẾ" in bold left of the national title). Ink no word's box
    covers is cut into bands of rows and runs of columns; a run a line of text high and wider
    than high is read alone as one line (psm 7) and taken, as one word at its place, when read
    surely and with a word of two letters or more (a rule, a stamp's edge or specks are not)."""
    ink = gray < DARK
    covered = np.zeros_like(ink)
    pad = max(2, round(2 * scale))
    for w in words:
        y0, y1 = own_rows(ink, int(w["top"] * scale), int(w["bottom"] * scale), int(w["x0"] * scale),
                          int(w["x1"] * scale))
        y0, y1 = y0 - pad, y1 + pad
        x0, x1 = int(w["x0"] * scale) - pad, int(w["x1"] * scale) + pad
        covered[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = True
    rest = without_edge_ink(ink & ~covered)
    numbers = _missed_numbers(gray, rest, words, scale, timeout)
    if rest.sum() < (MISSED_MIN_PT * scale) ** 2:
        return numbers
    boxes = missed_boxes(rest, scale)
    if not boxes:
        return numbers
    margin = max(3, round(2 * scale))
    crops = []
    for x0, y0, x1, y1 in boxes:  # the words' boxes made white around the box, not in it (its letters' tops)
        ya, xa = max(0, y0 - margin), max(0, x0 - margin)
        white = covered[ya:y1 + margin, xa:x1 + margin].copy()
        white[y0 - ya:y1 - ya, x0 - xa:x1 - xa] = False
        crops.append(np.pad(np.where(white, np.uint8(255), gray[ya:y1 + margin, xa:x1 + margin]), 16,
                            constant_values=255))
    read = read_cells(crops, lang, "7", timeout)
    # a box read unsurely so is read again from the page as it is (a photo's recipient "- Bộ Y tế (b/c);" between
    # "Nơi nhận:" and the next recipient, read at 43 with the words' boxes made white about it: their pad took its
    # marks' tops and its tail's foot; at 80 as it is)
    # (not a box within a word read on its line: a piece of that word's ink its box left out, "sách" of a word-segmented
    # print's "ngân_sách", read "ách" as it is, the word read twice)
    unsure = [k for k, (_, conf) in enumerate(read) if conf < MISSED_CONF
              and not within_read_word(tuple(v / scale for v in boxes[k]), words)]
    if unsure:
        plain = [np.pad(gray[max(0, y0 - margin):y1 + margin, max(0, x0 - margin):x1 + margin], 16, constant_values=255)
                 for x0, y0, x1, y1 in (boxes[k] for k in unsure)]
        for k, again in zip(unsure, read_cells(plain, lang, "7", timeout)):
            read[k] = missed_read_again(read[k], again)
    found = []
    for (x0, y0, x1, y1), (text, conf) in zip(boxes, read):
        text = " ".join(text.split())
        if conf >= MISSED_CONF and re.search(r"[^\W\d_]{2,}", text):
            found.append({"text": text, "x0": x0 / scale, "x1": x1 / scale, "top": y0 / scale, "bottom": y1 / scale,
                          "conf": conf})
    return found + numbers


# A list's line beside a column's lower line ("- Các phòng, đơn vị ..." beside the signer's name, a few points lower):
# its line box as tall as both, the page's model read "Các" as a dash at 8 ("- - phòng, ..."), and the words' own rows
# (own_rows) took the lower line's ink for theirs, so the text was read again as left out ("- Các" at 93) and set
# before the dashes: "- Các - - phòng" (a recipient lost). A word of the page's reading of signs only (no letter, no
# digit) that lies within a word read again so (its columns within, its line's rows over half the word's), its signs
# in that reading, is the same ink read twice: the reading again stands for it (not the next line's dash, its line
# box meeting the word's foot: "- Bộ Y tế (b/c);" read again over "- TT Tỉnh ủy, ..."). So too a word read garbled
# (under GARBLED_WORD_CONF) that lies within a word read again so (a tilted photo: "Căn cứ Nghị định ..." in a line
# box as tall as two lines, "Căn" read "xả" at 17 and read again as left out, "Căn" at 97: "xả Căn cứ Nghị định", the
# basis lost).
TWICE_SLACK_PT = 1.0


def signs_read_again(found: list[dict], words: list[dict]) -> set[int]:
    """The ids of `words` (the page's reading) that are signs only and lie within one of `found` (text read again as
    left out: missed_text) whose text holds their signs, or that were read garbled (under GARBLED_WORD_CONF) and lie
    within one so (see above)."""
    out = set()
    for w in words:
        text = w["text"]
        garbled = w.get("conf", 100.0) < GARBLED_WORD_CONF  # "xả" at 17 where "Căn" was read again at 97
        if not text or (any(ch.isalnum() for ch in text) and not garbled):
            continue
        if any(f["x0"] - TWICE_SLACK_PT <= w["x0"] and w["x1"] <= f["x1"] + TWICE_SLACK_PT
               and min(w["bottom"], f["bottom"]) - max(w["top"], f["top"]) >= (f["bottom"] - f["top"]) / 2
               and (garbled or all(ch in f["text"] for ch in text))
               for f in found):
            out.add(id(w))
    return out


def within_read_word(box: tuple[float, float, float, float], words: list[dict]) -> bool:
    """A box (x0, top, x1, bottom in points) of ink left out whose columns meet a word of `words` whose line covers half
    the box's rows or more."""
    x0, top, x1, bottom = box
    return any(w["x0"] < x1 and x0 < w["x1"] and min(bottom, w["bottom"]) - max(top, w["top"]) >= (bottom - top) / 2
               for w in words)


def missed_read_again(first: tuple[str, float], plain: tuple[str, float]) -> tuple[str, float]:
    """A box of text left out: its reading with the words about it made white (`first`: text, confidence), or its
    reading from the page as it is (`plain`) where only that one is sure (MISSED_CONF) and holds a word."""
    if first[1] >= MISSED_CONF or plain[1] < MISSED_CONF or not re.search(r"[^\W\d_]{2,}", plain[0]):
        return first
    return plain


# An archive's scan has a dark band along an edge where the lid did not cover the page, slanted with the page's tilt:
# ink no word covers in every row, so that the rows of ink missed_text cuts into lines were one band the page high
# (more than a line: nothing read; a lone "3" at the top of an annex's page, its row's number, lost with its row).
# Ink that runs in from the image's edge along a row or a column (no type touches the image's edge) is no text.
def without_edge_ink(rest: np.ndarray) -> np.ndarray:
    """`rest` (ink no word covers) less its runs of ink that start at the image's edge, row by row from the left and
    the right, column by column from the top and the bottom."""
    edge = np.cumprod(rest, axis=1, dtype=np.uint8) | np.cumprod(rest[:, ::-1], axis=1, dtype=np.uint8)[:, ::-1]
    edge |= np.cumprod(rest, axis=0, dtype=np.uint8) | np.cumprod(rest[::-1], axis=0, dtype=np.uint8)[::-1]
    return rest & ~edge.astype(bool)


# A list's number alone on its line, one of a column of such numbers (a table set one cell a line: "2" / "Tháng 3" /
# "Phát động ..." / "Phòng Nội vụ" / ... / "3" / "Tháng 6" / ...), that the page's reading left out as noise (one
# narrow glyph: "3" dropped, its row run into the row above, the tasks' columns out of step): no run of text
# missed_text reads (as wide as high). Ink no word covers, a line of text high and narrower than that, starting
# where the column's other lone numbers start (LIST_INDENT_PT), read alone as digits (LONE_NUMBER_CONF: a lone "1",
# one stroke, reads less surely than a word), is taken where it is one more than the column's lone number above it or
# one less than the one below it; anything else stays out (a speck, a page's number, a stroke of a rule).
LONE_NUMBER = re.compile(r"^\d{1,3}$")
LONE_NUMBER_CONF = 50.0


def lone_number_fits(read: str, above: str | None, below: str | None) -> bool:
    """`read` (a number read alone) counts on from the column's lone number `above` it or up to `below` it."""
    if not LONE_NUMBER.match(read):
        return False
    n = int(read)
    return (above is not None and n == int(above) + 1) or (below is not None and n == int(below) - 1)


# ... and a column of such numbers none of which the page's reading kept (a table typed a cell a line, "TT" / "Nội
# dung" / ... / "1" / "Tổ chức Ngày Sách ..." / ..., printed and scanned: every row's "1", "2" alone at the margin
# left out, the rows' tasks read as loose lines and lost): narrow runs of ink one above the other at one place
# (within LIST_INDENT_PT), COLUMN_NUMBERS_MIN or more, that read as numbers counting on one by one.
COLUMN_NUMBERS_MIN = 2


def numbers_counting_on(column: list[str]) -> bool:
    """Whether a column's readings (top to bottom) are COLUMN_NUMBERS_MIN numbers or more, each one more than the
    one above it."""
    return len(column) >= COLUMN_NUMBERS_MIN and all(LONE_NUMBER.match(t) for t in column) \
        and all(int(b) == int(a) + 1 for a, b in zip(column, column[1:]))


def _missed_numbers(gray: np.ndarray, rest: np.ndarray, words: list[dict], scale: float,
                    timeout: float) -> list[dict]:
    """A list's numbers alone on their lines that the page's reading left out (see lone_number_fits), and a column
    of them it left out whole (numbers_counting_on)."""
    rows: dict[tuple[float, float], list[dict]] = {}
    for w in words:
        rows.setdefault((w["top"], w["bottom"]), []).append(w)
    lone = [line[0] for line in rows.values() if len(line) == 1 and LONE_NUMBER.match(line[0]["text"])]
    narrow = [(x0, top, x1, bottom) for x0, x1, top, bottom in _line_runs(rest, scale, 0.5)
              if x1 - x0 < 1.5 * (bottom - top)]
    boxes = [b for b in narrow if any(abs(b[0] / scale - w["x0"]) <= LIST_INDENT_PT for w in lone)]
    # (the runs no kept lone number starts a column with may be a column left out whole: a page number, or a lone
    # number of another column kept, left a cell-a-line table's "1" and "2" unread on a phone app's page)
    others = [b for b in narrow if b not in boxes]
    found = _numbers_column(gray, others, scale, timeout) if len(others) >= COLUMN_NUMBERS_MIN else []
    if not boxes or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return found
    crops = _number_crops(gray, boxes, scale)
    for (x0, y0, x1, y1), (text, conf) in zip(boxes, read_cells(crops, DIGITS_LANG, "8", timeout,
                                                                whitelist="0123456789")):
        text = text.strip()
        column = sorted((w for w in lone if abs(x0 / scale - w["x0"]) <= LIST_INDENT_PT), key=lambda w: w["top"])
        above = [w["text"] for w in column if w["bottom"] <= y0 / scale]
        below = [w["text"] for w in column if w["top"] >= y1 / scale]
        if conf >= LONE_NUMBER_CONF and lone_number_fits(text, above[-1] if above else None, below[0] if below else None):
            found.append({"text": text, "x0": x0 / scale, "x1": x1 / scale, "top": y0 / scale, "bottom": y1 / scale,
                          "conf": conf})
    return found


def _number_crops(gray: np.ndarray, boxes: list[tuple[int, int, int, int]], scale: float) -> list[np.ndarray]:
    """Each box's crop of the page (a number alone on its line) in a white margin, its paper made white."""
    margin = max(3, round(2 * scale))
    return [np.pad(white_paper(gray[max(0, y0 - margin):y1 + margin, max(0, x0 - margin):x1 + margin]), 16,
                   constant_values=255) for x0, y0, x1, y1 in boxes]


def _numbers_column(gray: np.ndarray, narrow: list[tuple[int, int, int, int]], scale: float,
                    timeout: float) -> list[dict]:
    """The numbers of a column the page's reading left out whole (`narrow`: the runs of ink left out no wider than
    high), as words: each column's runs (their left edges within LIST_INDENT_PT) read as digits, taken where every
    one is read LONE_NUMBER_CONF sure or more and they count on (numbers_counting_on)."""
    columns: list[list[int]] = []
    for k in sorted(range(len(narrow)), key=lambda k: (narrow[k][0], narrow[k][1])):
        if columns and abs(narrow[k][0] - narrow[columns[-1][0]][0]) <= LIST_INDENT_PT * scale:
            columns[-1].append(k)
        else:
            columns.append([k])
    # (only the runs of a column that may count on are read: a page's lone specks cost no Tesseract run)
    columns = [sorted(c, key=lambda k: narrow[k][1]) for c in columns if len(c) >= COLUMN_NUMBERS_MIN]
    if not columns or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return []
    kept = [k for column in columns for k in column]
    # (as one line, with no list of characters: as one word a lone "1" is read as nothing, "4" so with the digits'
    # list; what is no number counts on from nothing)
    crops = dict(zip(kept, _number_crops(gray, [narrow[k] for k in kept], scale)))
    read = dict(zip(kept, read_cells([crops[k] for k in kept], DIGITS_LANG, "7", timeout)))
    # a column that does not count on as read, one of its runs read surely as a number (a phone app's "1" at 97 over a
    # "2" read "a" at 43 in the JPEG's grey about it): its runs read again from their ink alone ("2" at 97)
    again = [k for column in columns if not column_counts(column, read)
             and any(read[k][1] >= LONE_NUMBER_CONF and LONE_NUMBER.match(read[k][0].strip()) for k in column)
             for k in column]
    if again:
        read.update(zip(again, read_cells([ink_alone(crops[k]) for k in again], DIGITS_LANG, "7", timeout)))
    found = []
    for column in columns:
        if column_counts(column, read):
            found += [{"text": read[k][0].strip(), "x0": narrow[k][0] / scale, "x1": narrow[k][2] / scale,
                       "top": narrow[k][1] / scale, "bottom": narrow[k][3] / scale, "conf": read[k][1]} for k in column]
    return found


def column_counts(column: list, read: dict) -> bool:
    """Whether a column's runs (`column`, top to bottom), as `read` (run -> text, confidence) gives them, are each read
    LONE_NUMBER_CONF sure or more and count on (numbers_counting_on)."""
    return all(read[k][1] >= LONE_NUMBER_CONF for k in column) and numbers_counting_on([read[k][0].strip() for k in column])


def own_rows(ink: np.ndarray, top: int, bottom: int, x0: int, x1: int) -> tuple[int, int]:
    """The rows (top, bottom) of a word's own ink in its box: a word's box is its line's, and a line of
    two columns set a few points apart ("- Như Điều 3;" beside "KT. CHỦ TỊCH" lower) is as tall as both,
    so the box of a word of the upper column reaches over the capitals of the line under it, which the
    page's reading left out ("- UBND tỉnh (b/c);": read alone with its capitals cut, garbage). The
    box's rows of ink, runs a pixel apart joined, the run with the most ink is the word's."""
    top, bottom = max(0, top), max(0, bottom)
    box = ink[top:bottom, max(0, x0):max(0, x1)]
    per_row = box.sum(axis=1) if box.size else np.zeros(0)
    runs = _bands(per_row > 0, 1)
    if len(runs) < 2:
        return top, bottom
    a, b = max(runs, key=lambda r: per_row[r[0]:r[1]].sum())
    return top + a, top + b


def missed_boxes(rest: np.ndarray, scale: float) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1, pixels) of ink no word covers (`rest`) that may be a line of text: bands of
    rows, each cut into runs of columns. A run takes the rows its own ink spans: two columns' lines left
    out side by side, set a few points apart ("- UBND tỉnh (b/c);" beside a signer's title "PHÓ CHỦ TỊCH"
    that sits lower), make one band as tall as both, and the shorter line, measured by the band's height,
    looked too thin to be text (and was too short for the run's join)."""
    boxes: list[tuple[int, int, int, int]] = []
    for x0, x1, top, bottom in _line_runs(rest, scale, 1.5):
        height = bottom - top
        for a, b in _bands(rest[top:bottom, x0:x1].any(axis=0), round(1.5 * height)):
            a, b = x0 + a, x0 + b
            if b - a >= 1.5 * height and rest[top:bottom, a:b].sum() >= 0.1 * height * (b - a):
                boxes.append((a, top, b, bottom))
    return boxes


def _line_runs(rest: np.ndarray, scale: float, join: float):
    """Each run of ink no word covers (`rest`) that may be a line's, as (x0, x1, top, bottom): a band of rows
    MISSED_MIN_PT to MISSED_MAX_PT high, cut into runs of columns less than `join` times its height apart, each run's
    rows those its own ink spans (at least MISSED_MIN_PT of them), cut where that ink leaves a gap as wide as the band's
    are cut at. (A recipient beside the signer's title set lower, both left out: one band from the recipient's top to
    the title's foot, and the recipient's run took the acute of the next line's "các" too, 6 pt under it, which that
    word's box, its letters', left out: the crop held the tops of the next line's letters, read at 24 and dropped. A
    line's own marks lie nearer its letters.)"""
    for y0, y1 in _bands(rest.any(axis=1), max(1, round(scale))):
        if not MISSED_MIN_PT * scale <= y1 - y0 <= MISSED_MAX_PT * scale:
            continue
        for x0, x1 in _bands(rest[y0:y1].any(axis=0), round(join * (y1 - y0))):
            for a, b in _bands(rest[y0:y1, x0:x1].any(axis=1), max(1, round(scale))):
                if MISSED_MIN_PT * scale <= b - a:
                    cols = np.flatnonzero(rest[y0 + a:y0 + b, x0:x1].any(axis=0))
                    yield x0 + int(cols[0]), x0 + int(cols[-1]) + 1, y0 + a, y0 + b


def _bands(filled: np.ndarray, join: int) -> list[tuple[int, int]]:
    """Runs of True in `filled` (start, end), runs less than `join` apart as one."""
    idx = np.flatnonzero(filled)
    if not idx.size:
        return []
    out = [[int(idx[0]), int(idx[0]) + 1]]
    for i in idx[1:]:
        if i - out[-1][1] <= join:
            out[-1][1] = int(i) + 1
        else:
            out.append([int(i), int(i) + 1])
    return [(a, b) for a, b in out]


BOLD_STROKE = 1.4  # a line whose strokes are this many times as thick as the page's usual line's is set in bold
BOLD_MIN_LINES = 5  # lines of words a page needs for its usual stroke to be told


def _stroke(gray: np.ndarray, line: list[dict], boxes: dict[int, tuple[int, int, int, int]]) -> float:
    """The median width (pixels) of the horizontal runs of ink in a line's word boxes: the
    thickness of the letters' upright strokes."""
    runs = []
    for w in line:
        x0, y0, x1, y1 = boxes[id(w)]
        ink = gray[y0:y1, x0:x1] < DARK
        if ink.size == 0:
            continue
        edges = np.diff(np.pad(ink, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        starts, ends = np.nonzero(edges == 1), np.nonzero(edges == -1)
        runs.append(ends[1] - starts[1])  # row by row, left to right: the k-th end closes the k-th start
    return float(np.median(np.concatenate(runs))) if runs and sum(len(r) for r in runs) else 0.0


def _mark_bold(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]]) -> None:
    """Lines set in bold, told by their strokes (BOLD_STROKE times the thickness of the
    page's usual line's, the median over its lines of three words or more): their words
    get the font name "OCR-Bold", as a text layer names a bold font, so that a heading in
    bold is one on a scan too ("1. Đẩy mạnh công tác tuyên truyền ..." over the plain text
    under it). A page with fewer than BOLD_MIN_LINES such lines is left as read. Each stretch of a line (a
    column's part: Tesseract reads a header's two columns as one line) is told on its own: "ĐẢNG ỦY KHỐI CÁC CƠ"
    in bold beside the date line in italics ("Bắc Sơn, ngày ...") is bold, the date line not."""
    strokes = [_stroke(gray, line, boxes) for line in lines]
    usual = [st for st, line in zip(strokes, lines) if len(line) >= 3 and st > 0]
    if len(usual) < BOLD_MIN_LINES:
        return
    typical = float(np.median(usual))
    for st, line in zip(strokes, lines):
        parts = stretches(line)
        for part in parts:
            part_stroke = st if len(parts) == 1 else _stroke(gray, part, boxes)
            if part_stroke >= BOLD_STROKE * typical and any(ch.isalpha() for w in part for ch in w["text"]):
                for w in part:
                    w["fontname"] = "OCR-Bold"



CODE_CONF = 60.0  # a row code read less surely than this is read again as digits
# ... and its reading as digits taken when read this surely: the digits' model reads any ink as digits, a word too
# ("TT", the heading over a task table's row numbers set one cell a line, read "šlụ" at 0 by the page and "1" at 0 by
# the digits' model: a row "1" more, the table's rows out of step, its four tasks lost on an archive's scan)
CODE_READ_CONF = 30.0
_CODE_READ = re.compile(r"^[1-9]\d{0,2}[.)]?$")  # what it may be read again as: "2", "12.", "3)"


def _reread_codes(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                  scale: float, timeout: float, lang: str = "vie") -> None:
    """A row's number in a table drawn without rules that the page read as signs or letters
    ("2" as "È)", unsurely): the first word of a line, of three characters at most, read with
    less than CODE_CONF, no number or Roman code, a column's gap before the line's next word,
    is read again from its box as one word of digits (the `eng` model); a short number read
    so (CODE_READ_CONF sure) takes its place. Such a word alone on its line, read garbled (under
    GARBLED_WORD_CONF) and no number then, is read again alone by the page's model (`lang`) from its
    box's ink, its grey paper made white (_ink_crop): a word read so surely (MISSED_CONF), a word of
    letters, takes its place ("TT", the heading over a task table's row numbers set one cell a line,
    read "šlụ" at 0 on an archive's grey paper: the table's heading not told, its four tasks lost).
    Anything else stays as read."""
    unsure = [line[0] for line in lines if len(line[0]["text"]) <= 3 and line[0]["conf"] < CODE_CONF
              and not _SHORT_NUMBER.match(line[0]["text"]) and not _ROMAN_CODE.match(line[0]["text"].rstrip("."))
              and (len(line) == 1 or line[1]["x0"] - line[0]["x1"] > COLUMN_GAP_PT)]
    if not unsure or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    crops, kept = _word_crops(gray, unsure, boxes, scale)
    alone = {id(line[0]) for line in lines if len(line) == 1}
    garbled = []
    for w, crop, (text, conf) in zip(kept, crops, read_cells(crops, DIGITS_LANG, "8", timeout, whitelist=DIGITS_CHARS)):
        if _CODE_READ.match(text.strip()) and conf >= CODE_READ_CONF:
            w["text"], w["conf"] = text.strip(), min(conf, LOW_CONF - 1)
        elif id(w) in alone and w["conf"] < GARBLED_WORD_CONF:
            garbled.append((w, crop))
    if garbled:  # ("TT" alone on its line, garbled on grey paper: read alone, its paper made white)
        for (w, _), (text, conf) in zip(garbled, read_cells([c for _, c in garbled], lang, "7", timeout)):
            if conf >= MISSED_CONF and " " not in text.strip() and _wordlike(text):
                w["text"], w["conf"] = _repaired(text.strip()), conf


# ... and such a heading alone on its line read as two or three short words of letters (a cell-a-line table's "TT"
# over "Nội dung", read "lễ SỈ" on a phone's photo: the table's head not told, its tasks lost): a line read so
# (letters_apart_unread: WORD_UNREAD_MAX letters in all, under LOW_CONF) is read again as one word from its words'
# box's ink alone (ink_alone: the photo's grey about the letters read "L.j" at 68 as it is, "TT" at 89 so) by the page's
# model; a sure word of capitals (sure_word) takes the line's place.
def _reread_letters_apart(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                          scale: float, lang: str, timeout: float) -> set[int]:
    """Each line of `lines` read as letters set apart (see above) read again as one word; the ids of the words its
    first word, taking the reading and the line's box, stands for."""
    apart = [line for line in lines if all(id(w) in boxes for w in line)
             and letters_apart_unread(" ".join(w["text"] for w in line), min(w["conf"] for w in line))]
    if not apart:
        return set()
    united = {}  # (the line's box: its words' boxes together)
    for line in apart:
        x0, y0, x1, y1 = zip(*(boxes[id(w)] for w in line))
        united[id(line[0])] = (min(x0), min(y0), max(x1), max(y1))
    crops, kept = _word_crops(gray, [line[0] for line in apart], united, scale)
    joined: set[int] = set()
    for w, (text, conf) in zip(kept, read_cells([ink_alone(c) for c in crops], lang, "8", timeout)):
        if sure_word(text, conf) and text.strip().isupper():  # (a heading's capitals: not a name's two words)
            line = next(line for line in apart if line[0] is w)
            w["text"], w["conf"], w["x1"] = _repaired(text.strip()), conf, line[-1]["x1"]
            boxes[id(w)] = united[id(w)]
            joined.update(id(v) for v in line[1:])
    return joined


# ... and a small number in a cell of such a table's row read as signs or a letter at no confidence (a quantity "2"
# read "b;" at 0, "3" read "&)" at 5, in ".txt" tables aligned by spaces: the row's unit, quantity and price then
# run into its label, "Giải Nhì toàn đoàn Giải b;", and its total is lost): in a line that opens with a row's code (a
# short number or a Roman one), a word of three characters at most, no number, read under GARBLED_WORD_CONF, a
# column's gap after the word before it and after it a column's gap or the line's end, is read again from its box as
# one word of digits; a short number read so (CODE_READ_CONF sure) takes its place.
def cells_read_again(lines: list[list[dict]]) -> list[dict]:
    """The words of `lines` (each left to right, with "text", "conf", "x0", "x1") to be read again as a row's small
    number (see above)."""
    out = []
    for line in lines:
        if len(line) < 3 or not (_SHORT_CODE.match(line[0]["text"]) or _ROMAN_CODE.match(line[0]["text"].rstrip("."))):
            continue
        for k in range(1, len(line)):
            w = line[k]
            if len(w["text"]) > 3 or w["conf"] >= GARBLED_WORD_CONF or _NUMBER_WORD.search(w["text"]) \
                    or w["x0"] - line[k - 1]["x1"] <= COLUMN_GAP_PT \
                    or (k + 1 < len(line) and line[k + 1]["x0"] - w["x1"] <= COLUMN_GAP_PT):
                continue
            out.append(w)
    return out


def _reread_cells(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                  scale: float, timeout: float) -> None:
    """Each word cells_read_again names read again as digits (the `eng` model); a short number read surely enough
    takes its place."""
    unsure = [w for w in cells_read_again(lines) if id(w) in boxes]
    if not unsure or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    crops, kept = _word_crops(gray, unsure, boxes, scale)
    for w, (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "8", timeout, whitelist=DIGITS_CHARS)):
        if _SHORT_NUMBER.match(text.strip()) and conf >= CODE_READ_CONF:
            w["text"], w["conf"] = text.strip(), min(conf, LOW_CONF - 1)


def _word_crops(gray: np.ndarray, words: list[dict], boxes: dict[int, tuple[int, int, int, int]],
                scale: float) -> tuple[list[np.ndarray], list[dict]]:
    """The ink of each word's box with a margin (_ink_crop), and the words that have ink, for a reading again."""
    margin = max(2, round(scale))
    crops, kept = [], []
    for w in words:
        x0, y0, x1, y1 = boxes[id(w)]
        crop = _ink_crop(gray[max(0, y0 - margin - 3): y1 + margin + 3, max(0, x0 - margin - 3): x1 + margin + 3], scale)
        if crop is not None:
            crops.append(crop)
            kept.append(w)
    return crops, kept



# A mark over a letter of the next line (tight lines: the hook of "ủ" in "của" rising into the gap under "Thực") read as
# a comma glued after the word above it ("Thực, hiện Kế hoạch số 19/KH-UBND ...": the paragraph's opening words broken,
# a legal base not told). Tesseract's box of the word takes the mark in: the word's letters one band of inked rows, the
# mark under a row of paper, reaching right of the band's last ink. A comma of the word's own sits on the baseline, its
# head in the band (and a dot below a vowel, under the band, lies under its letter, not past the word's end).
MARK_PAST_WORD_PX = 2  # columns the mark reaches past the letters' last ink
OWN_SIGN_TOP = 0.5  # a last piece whose ink starts under this share of the letters' band is a sign of the word's own


def mark_of_line_below(ink: np.ndarray) -> bool:
    """Whether a word's box (`ink`: its pixels, True for ink) ends in ink lying wholly under the word's letters (the
    longest run of inked rows), past their right end: a mark of the next line, not a sign of the word's."""
    rows = np.flatnonzero(ink.any(axis=1))
    if len(rows) < 2:
        return False
    cuts = np.flatnonzero(np.diff(rows) > 1)
    starts, ends = np.r_[rows[0], rows[cuts + 1]], np.r_[rows[cuts], rows[-1]]
    k = int(np.argmax(ends - starts))
    under = ink[ends[k] + 1:]
    if not under.any():
        return False
    band = ink[starts[k]: ends[k] + 1]
    cols = np.flatnonzero(band.any(axis=0))
    letters_right = int(cols.max())
    # (the band's last piece, apart from the letters before it, its ink starting in the band's lower half: the
    # word's own comma on the baseline, "ngành," with a mark of the next line under it and past it)
    gaps = np.flatnonzero(np.diff(cols) > 1)
    last = band[:, cols[gaps[-1] + 1] if len(gaps) else cols[0]: letters_right + 1]
    if len(gaps) and int(np.flatnonzero(last.any(axis=1)).min()) > OWN_SIGN_TOP * band.shape[0]:
        return False
    return int(np.flatnonzero(under.any(axis=0)).max()) >= letters_right + MARK_PAST_WORD_PX


def _marks_read_as_commas(gray: np.ndarray, words: list[dict], boxes: dict[int, tuple[int, int, int, int]]) -> None:
    """A word's comma dropped where its box ends in a mark of the next line (mark_of_line_below)."""
    for w in words:
        if len(w["text"]) > 1 and w["text"].endswith(",") and w["text"][-2].isalpha() and id(w) in boxes:
            x0, y0, x1, y1 = boxes[id(w)]
            if mark_of_line_below(gray[y0:y1, x0:x1] < DARK):
                w["text"] = w["text"][:-1]

# A number at a clause's end read as its sign alone ("- Như Điều 3;" read "- Như Điều ;", the ";" at 55: the
# recipient "Như Điều 3" lost): the page's model took the digit for noise; the box kept it, as wide as the digit
# and the sign. A word that is one sign (SIGN_AFTER_NUMBER) read under LOW_CONF, its box at least SIGN_BOX_WIDTH
# times as wide as tall (the sign alone is far narrower), is read again from its box as one line by the digits'
# model; one to three digits then the same sign, read surely (LOW_CONF), take its place.
_SIGN_ALONE_READ = re.compile(r"^[;:,.)]$")
SIGN_BOX_WIDTH = 0.6
_NUMBER_THEN_SIGN = re.compile(r"^(\d{1,3})([;:,.)])$")


def number_before_sign(read: str, first: str) -> str | None:
    """The digits' model's reading (`read`) of a box the page's model read as the sign `first`, when it is a
    number of one to three digits then that sign ("3;" for ";"); else None."""
    m = _NUMBER_THEN_SIGN.match(read.strip())
    return m.group(0) if m and m.group(2) == first else None


def _reread_signs(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                  scale: float, timeout: float) -> None:
    """Each word read as a sign alone that may hold a number before it (see SIGN_BOX_WIDTH), read again."""
    unsure = [w for line in lines for k, w in enumerate(line) if k and _SIGN_ALONE_READ.match(w["text"])
              and w["conf"] < LOW_CONF and id(w) in boxes
              and boxes[id(w)][2] - boxes[id(w)][0] >= SIGN_BOX_WIDTH * (boxes[id(w)][3] - boxes[id(w)][1])]
    if not unsure or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    crops, kept = _word_crops(gray, unsure, boxes, scale)
    for w, (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "7", timeout)):
        number = number_before_sign(text, w["text"])
        if number and conf >= LOW_CONF:
            w["text"], w["conf"] = number, conf


# A percent read with a digit too many ("đạt 90%." read "909%." at 87: the "%"'s upper ring read as a digit too; a
# target of 90% lost), which the word read alone from its box reads right ("90%." at 96): a percent over 100 (a share
# seldom is) is read again as one line by the page's model, and a percent of at most 100 read surely (LOW_CONF, and
# more surely than with the page) with one digit fewer, the others as read, takes its place (percent_read_again). A percent over 100 read so again stays.
_PERCENT_WORD = re.compile(r"^(\(?)(\d{1,4})((?:[.,]\d+)?%)([.,;:)]*)$")


def percent_read_again(first: str, again: str) -> str | None:
    """`again` (a percent word read alone) in place of `first` (read with the page, over 100%) where it is `first`
    with one digit fewer and at most 100%: "909%." and "90%." -> "90%."; None otherwise."""
    a, b = _PERCENT_WORD.match(first), _PERCENT_WORD.match(again.strip())
    if not a or not b or int(a.group(2)) <= 100 or int(b.group(2)) > 100 or a.group(3) != b.group(3):
        return None
    digits = a.group(2)
    if b.group(2) not in {digits[:k] + digits[k + 1:] for k in range(len(digits))}:
        return None
    return a.group(1) + b.group(2) + a.group(3) + a.group(4)


# A percent of at most 100 read with one digit wrong, a little unsurely ("80%" of a Google Docs list read "60%" at 86:
# a target's share wrong), which the digits' model reads alone from its box right and surely ("80%" at 96): a percent
# read under PERCENT_SURE is read again so, and a percent of the same shape (as many digits, its decimals too, at most
# 100) one digit apart, read LOW_CONF sure and PERCENT_MARGIN surer than with the page, takes its place.
PERCENT_SURE = 90.0
PERCENT_MARGIN = 5.0


def percent_told_by_digits(first: str, first_conf: float, again: str, again_conf: float) -> str | None:
    """`first` (a percent read with the page at `first_conf`) with the digits of `again` (read alone by the digits'
    model at `again_conf`) where the two differ in one digit and the second is surer (above); else None."""
    a, b = _PERCENT_WORD.match(first), _PERCENT_WORD.match(again.strip())
    if not a or not b or first_conf >= PERCENT_SURE or again_conf < max(LOW_CONF, first_conf + PERCENT_MARGIN) \
            or int(a.group(2)) > 100 or int(b.group(2)) > 100:
        return None
    one, two = a.group(2) + a.group(3), b.group(2) + b.group(3)
    if len(one) != len(two) or len(a.group(2)) != len(b.group(2)) or sum(x != y for x, y in zip(one, two)) != 1 \
            or any(not (x.isdigit() and y.isdigit()) for x, y in zip(one, two) if x != y):
        return None
    return a.group(1) + two + a.group(4)


def _reread_percents(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                     scale: float, lang: str, timeout: float) -> None:
    """Each word read as a percent over 100 read again alone (see percent_read_again); each of at most 100 read
    unsurely read again alone by the digits' model (percent_told_by_digits)."""
    odd = [w for line in lines for w in line if id(w) in boxes
           and (m := _PERCENT_WORD.match(w["text"])) and int(m.group(2)) > 100]
    _read_alone_again(gray, odd, boxes, scale, lang, timeout, percent_read_again)
    unsure = [w for line in lines for w in line if id(w) in boxes and w["conf"] < PERCENT_SURE
              and (m := _PERCENT_WORD.match(w["text"])) and int(m.group(2)) <= 100]
    if not unsure or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    crops, kept = _word_crops(gray, unsure, boxes, scale)
    for w, (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "7", timeout)):
        if right := percent_told_by_digits(w["text"], w["conf"], text, conf):
            w["text"], w["conf"] = right, conf


def _read_alone_again(gray: np.ndarray, words: list[dict], boxes: dict[int, tuple[int, int, int, int]], scale: float,
                      lang: str, timeout: float, read_again: Callable[[str, str], str | None]) -> None:
    """Each of `words` read again alone from its box, as one line by the page's model; where `read_again` (the first
    reading, the second) gives a word and the second reading is surer (LOW_CONF, and surer than with the page), it
    takes the word's place. A word not so taken is read once more as one word (psm 8: "2025;" at 94 on a photo, where
    as a line the box's crop read '“0237' at 46), on the same terms."""
    if not words:
        return
    crops, kept = _word_crops(gray, words, boxes, scale)
    left: list[tuple[dict, np.ndarray]] = []
    for w, crop, (text, conf) in zip(kept, crops, read_cells(crops, lang, "7", timeout)):
        right = read_again(w["text"], text)
        if right and conf >= max(LOW_CONF, w["conf"]):  # read alone more surely than with the page
            w["text"], w["conf"] = right, conf
        else:
            left.append((w, crop))
    if not left:
        return
    for (w, _), (text, conf) in zip(left, read_cells([c for _, c in left], lang, "8", timeout)):
        right = read_again(w["text"], text)
        if right and conf >= max(LOW_CONF, w["conf"]):
            w["text"], w["conf"] = right, conf


def page_number_told(again: str, conf: float, above: int | None, below: int | None) -> str | None:
    """A contents' entry's page number read alone (`again`) less surely than LOW_CONF, at PAGE_TOLD_CONF or more,
    taken where the entries above and below it (their page numbers read surely: `above`, `below`, None where there is
    none) tell it: its value between theirs (one of them at least)."""
    again = again.strip()
    if not _PAGE_NUMBER.match(again) or conf < PAGE_TOLD_CONF or (above is None and below is None):
        return None
    value = int(again)
    return again if (above is None or above <= value) and (below is None or value <= below) else None


def _reread_page_numbers(gray: np.ndarray, words: list[dict], boxes: dict[int, tuple[int, int, int, int]],
                         scale: float, timeout: float, lines: list[list[dict]] | None = None) -> None:
    """Each of `words` (a contents' entry's page number unread: leader_garbage) read again alone by the digits' model:
    its reading where it is a page number read surely, or told by the entries about it (page_number_told: `lines`, the
    page's lines, hold them), else no text (its text made empty)."""
    if not words:
        return
    entries = sorted((line[-1]["top"], int(line[-1]["text"])) for line in lines or ()
                     if len(line) >= 2 and _PAGE_NUMBER.match(line[-1]["text"]) and line[-1]["conf"] >= LOW_CONF
                     and all(line[-1] is not w for w in words) and any(_LEADER_END.search(w["text"]) for w in line))
    if DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        for w in words:
            w["text"] = ""
        return
    crops, kept = _word_crops(gray, words, boxes, scale)
    for w in words:
        w["text"] = ""
    for w, (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "7", timeout, whitelist="0123456789")):
        above = next((n for top, n in reversed(entries) if top < w["top"]), None)
        below = next((n for top, n in entries if top > w["top"]), None)
        w["text"] = page_number_read_again(w["text"], text, conf) or page_number_told(text, conf, above, below) or ""
        w["conf"] = conf


# A year read unsurely with a digit wrong, or its sign after it read as a digit ("năm 2019;" read "20107" at 75 on an
# archive's scan, which repair_long_years made "2017", a year the page writes: the Law's amending date wrong, one legal
# basis lost and another made; "2015;" above it read at 97). A word that is a year (19xx, 20xx; signs about it), or
# such a year with a digit more, read under LOW_CONF is read again alone from its box as one line by the page's
# model; a year read so, surely (LOW_CONF, and more surely than with the page), its digits one edit from the first
# reading's at most (one digit wrong), two from a five-digit one's (one wrong, one too many), takes its place (its
# signs as read alone: "2019;"). Another reading (no year, its digits further off) leaves the word as the page read it.
_YEAR_WORD = re.compile(r"^(\(?)((?:19|20)\d\d)([.,;:)]*)$")
_YEAR_READ = re.compile(r"^(\(?)((?:19|20)\d\d\d?)([.,;:)]*)$")  # (as the page may read it: "20107")


# ... and a date's year read garbled with digits wrong and too many ("tháng 6 năm 2025;" read "năm 240222" at 22 on an
# archive's scan, the date wrapped after "năm": a basis's date lost, another made): a word of five or six digits (signs
# after it) read under LOW_CONF after "năm" (the word before it in the page's order, or on its row a space before it)
# is read again alone so too ("2025;" at 96), taken on the same terms (two edits from five
# digits, three from six).
_YEAR_GARBLED = re.compile(r"^(\(?)(\d{5,6})([.,;:)]*)$")
_YEAR_WORD_BEFORE = "nam"


def year_garbled(before: str, word: str, conf: float) -> bool:
    """`word`, read `conf` sure after the word `before`, is a date's year read garbled (see above)."""
    return conf < LOW_CONF and bool(_YEAR_GARBLED.match(word)) and untoned(before).lower() == _YEAR_WORD_BEFORE


def year_read_again(first: str, again: str) -> str | None:
    """`again` (a year word read alone) in place of `first` (a year word read unsurely with the page, or one with a
    digit more) where it is a year word whose digits are one edit from the first's at most (two from five digits):
    "2017" and "2019;" -> "2019;", "20107" and "2019;" -> "2019;"; None otherwise ("2017" and "2091", "20l9")."""
    a, b = _YEAR_READ.match(first) or _YEAR_GARBLED.match(first), _YEAR_WORD.match(again.strip())
    if not a or not b or edits(a.group(2), b.group(2)) > len(a.group(2)) - 3:
        return None
    return b.group(0)


# ... and a date's year read as four digits of no year ("năm 2025;" read "2125:" at 63 on a phone app's scan: a Law's
# date made 2125-06-16) or as signs and letters with no digit ('“ỢA}' at 0 on a photo: the date lost), after "năm"
# (as above): read again alone so too ("2025;" at 87 and 95); taken when a year (19xx, 20xx) read surely, one digit
# from the four read (year_told_again), or any year in place of a reading with no digit. So too a year read with a
# digit lost ("năm" / "2025;" read "202;" at 35 on a photo, the date wrapped after "năm": the Law's date lost): three
# digits after "năm" read unsurely, a year one digit more than them taken.
_YEAR_OFF = re.compile(r"^(\(?)(\d{3,4})([.,;:)]*)$")
YEAR_UNREAD_LEN = (2, 8)  # characters of a reading with no digit looked at
YEAR_GARBLED_LEN = (4, 10)  # ... of one of digits and signs read at no confidence (below)
# ... or as digits and signs read at no confidence ("năm" / "2025;" read "k2/00031-" at 0 on a cheap scan, the date
# wrapped after "năm": the Law's date lost): read again so, a year read surely taken (year_told_again)
YEAR_NO_CONF = 5.0
_GARBLED_DIGITS = re.compile(r"^(?=.*\d)(?=.*[^\d.,;:()])\S+$")  # digits with a letter or a sign no number has


def year_too_long(before: str, word: str) -> bool:
    """`word`, read after the word `before`, is a date's year read with a digit too many, however surely (an italic
    "năm 2025;" read "20285;" at 86: repair_long_years cannot tell 2025 from 2028 on a page that writes both, the Law's
    date lost): read again alone so too (year_told_again)."""
    return bool(_YEAR_GARBLED.match(word)) and untoned(before).lower() == _YEAR_WORD_BEFORE


def year_unsure(before: str, word: str, conf: float) -> bool:
    """`word`, read `conf` sure after the word `before`, is a date's year read as four digits of no year, or as no
    digit at all read under GARBLED_WORD_CONF (see above)."""
    if untoned(before).lower() != _YEAR_WORD_BEFORE or conf >= LOW_CONF:
        return False
    if _YEAR_OFF.match(word) and not _YEAR_WORD.match(word):
        return True
    if conf < YEAR_NO_CONF and YEAR_GARBLED_LEN[0] <= len(word) <= YEAR_GARBLED_LEN[1] and _GARBLED_DIGITS.match(word):
        return True
    return conf < GARBLED_WORD_CONF and YEAR_UNREAD_LEN[0] <= len(word) <= YEAR_UNREAD_LEN[1] \
        and not any(ch.isdigit() for ch in word)


def year_told_again(first: str, again: str) -> str | None:
    """`again` (read alone) in place of `first` (year_unsure's word) where it is a year word one digit from the four
    read, or any year word where `first` holds no digit; else year_read_again's answer."""
    b = _YEAR_WORD.match(again.strip())
    if b and (a := _YEAR_OFF.match(first)):
        return b.group(0) if edits(a.group(2), b.group(2)) <= 1 else None
    if b and (not any(ch.isdigit() for ch in first) or _GARBLED_DIGITS.match(first)):
        return b.group(0)
    return year_read_again(first, again)


def _word_before(w: dict, words: list[dict]) -> list[dict]:
    """The words of `words` set right before `w` on its row, a word's space from it at most (SPLIT_GAP_PT; Tesseract
    may give a word its own line box). (The word before it in the page's order is the other one asked: the previous
    line's last, "... tháng 6 năm" / "240222", a date wrapped.)"""
    return [v for v in words if v is not w and 0 <= w["x0"] - v["x1"] <= SPLIT_GAP_PT
            and v["top"] < w["bottom"] and w["top"] < v["bottom"]]


# ... and a date's year read with one digit wrong, a little unsurely (an italic "năm 2023;" read "2025;" at 91: a Law's
# date made 2025-01-09; read alone by the digits' model "2023;" at 96): a year after "năm" read at LOW_CONF or more but
# under YEAR_SURE is read again alone by the digits' model, and a year one digit apart (its signs as they were), read
# YEAR_MARGIN surer than with the page, takes its place (as percent_told_by_digits).
YEAR_SURE = 93.0
YEAR_MARGIN = 5.0


def year_told_by_digits(before: str, first: str, first_conf: float, again: str, again_conf: float) -> str | None:
    """`first` (a year read after the word `before` at `first_conf`) with the digits of `again` (read alone by the
    digits' model at `again_conf`) where `before` is "năm", the two years differ in one digit and the second is
    surer (above); else None."""
    a, b = _YEAR_WORD.match(first), _YEAR_WORD.match(again.strip())
    if not a or not b or untoned(before).lower() != _YEAR_WORD_BEFORE or not LOW_CONF <= first_conf < YEAR_SURE \
            or again_conf < first_conf + YEAR_MARGIN:
        return None
    if sum(x != y for x, y in zip(a.group(2), b.group(2))) != 1:
        return None
    return a.group(1) + b.group(2) + a.group(3)


def _reread_years(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                  scale: float, lang: str, timeout: float) -> None:
    """Each year word read under LOW_CONF read again alone (see year_read_again); each date's year read under
    YEAR_SURE read again alone by the digits' model (year_told_by_digits)."""
    flat = [w for line in lines for w in line]
    unsure = [w for k, w in enumerate(flat) if id(w) in boxes and (
        (w["conf"] < LOW_CONF and _YEAR_READ.match(w["text"]))
        or any(year_garbled(v["text"], w["text"], w["conf"]) or year_unsure(v["text"], w["text"], w["conf"])
               or year_too_long(v["text"], w["text"]) for v in flat[k - 1:k] + _word_before(w, flat)))]
    _read_alone_again(gray, unsure, boxes, scale, lang, timeout, year_told_again)
    dated = [(w, _YEAR_WORD_BEFORE) for k, w in enumerate(flat) if id(w) in boxes
             and LOW_CONF <= w["conf"] < YEAR_SURE and _YEAR_WORD.match(w["text"])
             and any(untoned(v["text"]).lower() == _YEAR_WORD_BEFORE for v in flat[k - 1:k] + _word_before(w, flat))]
    if not dated or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    crops, kept = _word_crops(gray, [w for w, _ in dated], boxes, scale)
    before = {id(w): b for w, b in dated}
    for w, (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "7", timeout)):
        if right := year_told_by_digits(before[id(w)], w["text"], w["conf"], text, conf):
            w["text"], w["conf"] = right, conf


# A letter read twice, the second time as a letter no Vietnamese word spells ("04-NQ/ĐU" read "04-NQ/ĐÐUU" at 45, an
# italic party committee's code: its "Đ" read as itself and as the eth "Ð", its "U" twice; "05-NQ/ĐÐU" at 63): the
# basis's number wrong. A word read under LOW_CONF with an eth beside a "Đ" or a "D" is read again alone from its box
# as one line by the page's model; a reading that is the first with one of some doubled letters dropped (the eth as
# "Đ", a letter beside itself with a mark as doubled: "UŨ"; spaces within it dropped: "05-N Q/ĐU") takes its place, however unsure (the two readings agree on all but the
# doubles; the eth no text has). A code's own double ("ĐĐBQH") is read again so and stays.
_ETH_BESIDE = re.compile(r"[ĐD]Ð|Ð[ĐD]")
# ... and a "Đ" read three times, once as the eth ("08-NQ/ĐH" read "08-NQ/ĐÐĐH" at 49, an italic congress's code set
# in a serif: the basis's number wrong), read again alone as "08-NQ/DH": the reading alone tells one letter but loses
# its bar. A run of three D-like letters no code spells ("ĐĐ" a code may: "ĐĐBQH"); where the first reading holds
# such a run and no plain "D", each "D" of the reading again is the "Đ" whose bar it lost.
_BARRED_RUN = re.compile(r"Đ{3,}")


def letters_twice_read_again(first: str, again: str) -> str | None:
    """The second reading (`again`, spaces and the eth dropped) where it is `first` with one letter of some
    of its doubled letters dropped (an eth counted as "Đ"; where `first` holds three barred letters in a row and no
    "D", a "D" of `again` counted as "Đ"); None otherwise."""
    a, b = first.replace("Ð", "Đ"), again.replace(" ", "").replace("Ð", "Đ")
    if not _ETH_BESIDE.search(first) or not b or len(b) >= len(a):
        return None
    if _BARRED_RUN.search(a) and "D" not in a:
        b = b.replace("D", "Đ")
    bare = [unicodedata.normalize("NFD", ch)[0] for ch in a]  # "UŨ": one letter read twice, once with a mark
    doubled = [ch.isalpha() and ((i + 1 < len(a) and bare[i] == bare[i + 1]) or (i > 0 and bare[i - 1] == bare[i]))
               for i, ch in enumerate(a)]

    @functools.lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:
        if i == len(a):
            return j == len(b)
        if j < len(b) and a[i] == b[j] and fits(i + 1, j + 1):
            return True
        return doubled[i] and fits(i + 1, j)

    return b if fits(0, 0) else None


def _reread_letters_twice(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                          scale: float, lang: str, timeout: float) -> None:
    """Each word read under LOW_CONF with an eth beside a "Đ" read again alone (letters_twice_read_again)."""
    unsure = [w for line in lines for w in line
              if id(w) in boxes and w["conf"] < LOW_CONF and _ETH_BESIDE.search(w["text"])]
    if not unsure:
        return
    crops, kept = _word_crops(gray, unsure, boxes, scale)
    for w, (text, conf) in zip(kept, read_cells(crops, lang, "7", timeout)):
        right = letters_twice_read_again(w["text"], text)
        if right:
            w["text"] = right


# A mark of the line below read as a capital vowel with marks glued before a word ("Hà Lam," read "ẨHà" at 39 on a
# phone scanner app's page: the date line's first word, its box reaching down over the hat and acute of the bold
# title's "KẾ" under it; the place made "ẨHà Lam"): no syllable opens with a vowel and then a capital, and no code
# holds a tone, a hat or a horn ("TTr", "QĐ" are not such words). A word read under LOW_CONF as such a letter before a
# word in title case is read again alone from its box cut under the ink of the rest of the word (its last letters'
# share of the box: the mark lies lower, under their line) as one line by the page's model ("Hà" at 96); where that
# reading is the word without the letter (signs before it at most), the word loses the letter, however unsure.
# Another reading ("Ở Hà": a word of its own glued) leaves the word as the page read it.
_VOWELS = set("AEIOUY")


def _marked_capital_vowel(ch: str) -> bool:
    bare = unicodedata.normalize("NFD", ch)
    return ch.isupper() and len(bare) > 1 and bare[0] in _VOWELS


def speck_glued_before(first: str) -> str | None:
    """The word `first` is without a capital vowel with marks glued before it ("ẨHà" -> "Hà"): `first` one such
    letter then a capital and a small letter; None for another word ("TTr", "HĐND", "Ấp")."""
    if len(first) < 3 or not _marked_capital_vowel(first[0]) or not (first[1].isupper() and first[2].islower()):
        return None
    return first[1:]


def speck_read_again(first: str, again: str) -> str | None:
    """The word `first` without the letter glued before it (speck_glued_before) where the reading alone (`again`) is
    that word with signs before it at most ("“Hà"); None otherwise."""
    rest = speck_glued_before(first)
    again = again.strip()
    if rest is None or not again:
        return None
    k = 0
    while k < len(again) and not again[k].isalnum():
        k += 1
    return rest if again[k:] == rest else None


CUT_BELOW_PX = 3  # rows of paper kept under the rest's ink


def cut_under_rest(crop: np.ndarray, share: float) -> np.ndarray:
    """A word's crop cut CUT_BELOW_PX under the lowest ink of the last `share` of its ink's width (the rest of the
    word after a first letter), white paper padded below; the crop as it is where nothing lies lower."""
    ink = crop < DARK
    cols = np.nonzero(ink.any(axis=0))[0]
    if not len(cols):
        return crop
    x0, x1 = int(cols.min()), int(cols.max())
    rows = np.nonzero(ink[:, int(x1 - (x1 - x0) * share):].any(axis=1))[0]
    bottom = int(rows.max()) + CUT_BELOW_PX + 1
    if bottom >= crop.shape[0] or not ink[bottom:].any():
        return crop
    return np.pad(crop[:bottom], ((0, 16), (0, 0)), constant_values=255)


def _reread_specks_glued(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                         scale: float, lang: str, timeout: float) -> None:
    """Each word read under LOW_CONF with a capital vowel with marks glued before it read again alone
    (speck_read_again)."""
    unsure = [w for line in lines for w in line
              if id(w) in boxes and w["conf"] < LOW_CONF and speck_glued_before(w["text"])]
    if not unsure:
        return
    crops, kept = _word_crops(gray, unsure, boxes, scale)
    crops = [cut_under_rest(crop, (len(w["text"]) - 1) / len(w["text"])) for crop, w in zip(crops, kept)]
    for w, (text, _) in zip(kept, read_cells(crops, lang, "7", timeout)):
        right = speck_read_again(w["text"], text)
        if right:
            w["text"] = right


# A number's digit read as a letter no Vietnamese word spells ("88" read "ö8" at 89, "8.000.000" read "ö.000.000" at
# 49: an 8 set in DejaVu Serif, its upper ring read as a diaeresis over the lower one; a target of 88% lost, a unit
# price lost), or a short number read unsurely with a digit wrong ("80" read "30" at 22, alone on its line: an
# indicator table whose cells a Markdown table without its pipes set one a line; a target of 80% lost, one of 30%
# made): the word read again alone from its box as one line by the digits' model ("88" at 96, "80" at 95). Taken when
# it is a number written right, read surely (LOW_CONF, and more surely than with the page for a short number), of the
# first reading's length, its digits as read but where the first reading had that letter (digit_word_read_again); a
# short number with one digit changed at most. Another reading leaves the word as the page read it.
_FOREIGN_IN_NUMBER = "öÖ"  # letters no Vietnamese word spells that a digit is read as
_DIGIT_WORD_READ = re.compile(r"^(?=[\d.,%]*[öÖ])(?=[öÖ.,%]*\d)[\döÖ.,%]{2,15}$")  # "ö8", "ö.000.000", "1ö,5"
_SHORT_WHOLE = re.compile(r"^\d{1,3}$")
# ... and so a rate read unsurely with a digit wrong ("95%" read "05%" at 75 in a list of targets: a target of 95% lost,
# one of 5% made): its number read alone by the digits' model ("95%" at 96), taken on the short number's terms (one
# digit changed, more surely, LOW_CONF at least), its signs after the sign as the page read them
_SHORT_PERCENT = re.compile(r"^(\d{1,3}(?:,\d{1,2})?)%([.,;:)]*)$")


def digit_word_read_again(first: str, first_conf: float, again: str, again_conf: float) -> str | None:
    """`again` (a word read alone by the digits' model, `again_conf` sure) in place of `first` (as the page read it,
    `first_conf` sure) where `first` is digits and grouping signs with a letter a digit is read as ("ö8") or a short
    number read under LOW_CONF ("30" at 22), and `again` is a number written right, read at LOW_CONF or more (and more
    surely than `first` for a short number), as long as `first` and equal to it but where it held that letter ("88"),
    or one digit apart from the short number ("80"); None otherwise."""
    again = again.strip()
    a, b = _SHORT_PERCENT.match(first), _SHORT_PERCENT.match(again)
    if a and first_conf < LOW_CONF:
        if not b or again_conf < LOW_CONF or again_conf <= first_conf or len(a.group(1)) != len(b.group(1)) \
                or sum(x != y for x, y in zip(a.group(1), b.group(1))) != 1:
            return None
        return b.group(1) + "%" + a.group(2)
    if again_conf < LOW_CONF or len(again) != len(first) or not _WELL_FORMED.match(again) or again == first:
        return None
    if _DIGIT_WORD_READ.match(first):
        same = all(a == b for a, b in zip(first, again) if a not in _FOREIGN_IN_NUMBER)
        return again if same and all(b.isdigit() for a, b in zip(first, again) if a in _FOREIGN_IN_NUMBER) else None
    if _SHORT_WHOLE.match(first) and first_conf < LOW_CONF and again_conf > first_conf and _SHORT_WHOLE.match(again):
        return again if sum(a != b for a, b in zip(first, again)) == 1 else None
    return None


def _reread_digit_words(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                        scale: float, timeout: float) -> None:
    """Each number word read with a letter for a digit, or short number read unsurely, read again alone by the digits'
    model (see digit_word_read_again)."""
    odd = [w for line in lines for w in line if id(w) in boxes and (
        _DIGIT_WORD_READ.match(w["text"])
        or ((_SHORT_WHOLE.match(w["text"]) or _SHORT_PERCENT.match(w["text"])) and w["conf"] < LOW_CONF))]
    if not odd or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    crops, kept = _word_crops(gray, odd, boxes, scale)
    for w, (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "7", timeout)):
        right = digit_word_read_again(w["text"], w["conf"], text, conf)
        if right:
            w["text"], w["conf"] = right, conf


# A cited document's number whose year a speck's gap (a stamp's leftover, the grain) cut in two words:
# "số 79/201 7/NĐ-CP" for "79/2017/NĐ-CP". Two words of a stretch, the first ending in a number and
# a slash and one to three digits, the second starting with one to three digits and a slash and a
# type code's capital, set within SPLIT_GAP_PT (a word space, not a column's gap), are one when their
# digits make a year (19xx, 20xx).
SPLIT_GAP_PT = 6.0  # (the cut may be as wide as a word space: 4.1 pt where the line's spaces are 4.5)
_YEAR_HEAD = re.compile(r"^(.*\d/)(\d{1,3})$")
_YEAR_TAIL = re.compile(r"^(\d{1,3})(/[A-ZĐ][\w&.\-/]*[.,;:)]?)$")


def split_year(first: str, second: str) -> str | None:
    """The one word `first` and `second` are when they are a number's year cut in two ("79/201", "7/NĐ-CP")."""
    head, tail = _YEAR_HEAD.match(first), _YEAR_TAIL.match(second)
    if not head or not tail:
        return None
    year = head.group(2) + tail.group(1)
    return head.group(1) + year + tail.group(2) if re.fullmatch(r"(?:19|20)\d\d", year) else None


# A code's hyphen read twice, once as the first word's end and once as the next's start, the two words' boxes over
# one another ("57-NQ/TW" read "57-" and "-NQ/TW" on an archive's scan, the second box starting 3.9 pt left of the
# first's end: "57- -NQ/TW", the basis lost): one word with one hyphen.
_HYPHEN_END = re.compile(r"^[\w/.]*\w-$")
_HYPHEN_START = re.compile(r"^-\w")


def hyphen_read_twice(first: str, second: str, overlap: float) -> str | None:
    """The one word `first` and `second` are when the hyphen between them was read in both (their boxes over one
    another by `overlap` points, more than none): "57-" and "-NQ/TW" -> "57-NQ/TW"."""
    if overlap <= 0 or not _HYPHEN_END.match(first) or not _HYPHEN_START.match(second):
        return None
    return first + second[1:]


def split_years_joined(lines: list[list[dict]]) -> set[int]:
    """Joins each number's year cut in two (split_year), and each code whose hyphen was read twice
    (hyphen_read_twice), into its first word; the ids of the second words."""
    gone: set[int] = set()
    for line in lines:
        for a, b in zip(line, line[1:]):
            if id(a) in gone or b["x0"] - a["x1"] > SPLIT_GAP_PT:
                continue
            joined = split_year(a["text"], b["text"]) or hyphen_read_twice(a["text"], b["text"], a["x1"] - b["x0"])
            if joined:
                a["text"], a["x1"], a["conf"] = joined, b["x1"], min(a["conf"], b["conf"])
                gone.add(id(b))
    return gone


# A list's item number at a line's start read as a letter, hardly surely ("3 ." read "k" at 0 before
# "Ủy ban nhân dân ..."): the item is lost, and with it the body it names. The first word of a line, two
# characters at most, no digit, read under ITEM_CONF, whose nearest item number above it at its left
# edge (ITEM_ALIGN_PT) is "n." or "n)", is read again from its box as one word of digits (the `eng`
# model); it takes "n+1" with that item's sign when it reads so. Anything else stays as read.
ITEM_CONF = 20.0
ITEM_ALIGN_PT = 2.0
_ITEM_NUMBERED = re.compile(r"^(\d{1,2})([.)])$")


def item_number_told(read: str, expected: int) -> bool:
    """The digits' model's reading of a line's first word is the item number `expected` ("3", "3.", "3)")."""
    return read.strip().rstrip(".)") == str(expected) and read.strip()[:1] != "0"


def _reread_item_numbers(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                         scale: float, timeout: float) -> None:
    items = [(line[0], int(m.group(1)), m.group(2)) for line in lines if (m := _ITEM_NUMBERED.match(line[0]["text"]))]
    todo = []
    for line in lines:
        w = line[0]
        if len(line) < 2 or len(w["text"]) > 2 or w["conf"] >= ITEM_CONF or any(ch.isdigit() for ch in w["text"]):
            continue
        above = [item for item in items if item[0]["top"] < w["top"] and abs(item[0]["x0"] - w["x0"]) <= ITEM_ALIGN_PT]
        if above:
            _, n, sign = max(above, key=lambda item: item[0]["top"])
            todo.append((w, n + 1, sign))
    if not todo or DIGITS_LANG not in installed_languages(timeout, tools.tesseract()):
        return
    margin = max(2, round(scale))
    crops, kept = [], []
    for w, n, sign in todo:
        x0, y0, x1, y1 = boxes[id(w)]
        crop = _ink_crop(gray[max(0, y0 - margin - 3): y1 + margin + 3, max(0, x0 - margin - 3): x1 + margin + 3], scale)
        if crop is not None:
            crops.append(crop)
            kept.append((w, n, sign))
    for (w, n, sign), (text, conf) in zip(kept, read_cells(crops, DIGITS_LANG, "8", timeout, whitelist=DIGITS_CHARS)):
        if item_number_told(text, n):
            w["text"], w["conf"] = f"{n}{sign}", min(conf, LOW_CONF - 1)


# a header's number line as read from the page (its marks taken off): "Số" and the number
# right after it, glued to it or not ("Số: 96", "Số96KHUBND", "S6: 96", its colon read as a stop: "Số.41",
# its "ố:" read as one "ð" or "đ": "Sð1523Qppp", a speck read as a stop before its colon: "Số.:127/KHUBND", an
# archive's scan)
_NUMBER_START = re.compile(r"^S[oO6ðđ]?\s*[:.;]{0,2}\s*\d")
# ... or its "S" lost too, the whole line read as one word of garbage: "Ôð:208KHSOTL" for "Số: 208/KH-SCT"
# (one or two letters, a number, a code's capitals glued: told only of a word read under GARBLED_WORD_CONF)
_NUMBER_SO_LOST = re.compile(r"^[^\W\d_]{1,2}[:.;]?\d{1,5}[/-]?[A-ZĐÐ]{2,}")
# a number line read again by the page's model as a printed one in full: "Số: 412/QĐ-STC", "Số: 12-KH/TU"
# (digits only before the code: a number written by hand is read as signs, "Số: đÓ6/KH-...")
_NUMBER_PRINTED = re.compile(r"^S[ốo]:?\s?\d{1,5}(?:/\d{4})?\s?[/-]\s?[A-ZĐ][A-ZĐa-z]{0,7}(?:[/-][A-ZĐ0-9][A-ZĐa-z0-9]{0,9})*$")
# ... and read well: "Số: 96/KH-UBND", "Số 12-KH/TU", "Số: 05/2026/QĐ-UBND"
_NUMBER_READ = re.compile(r"^S[ốo]\s*:?\s*\d{1,5}\s*[/-]\s*[^\W_]", re.I)
# (its marks taken off) a number line whose number was written by hand, in a marker's bold strokes the
# page's model reads as letters: "Só:đÓ6 /KH-TCTLNTW-C04", "Số: Ø5 /KH-UBND" (a slot of one to six
# signs before the code's slash, one of them neither a digit nor a dot of a blank left to fill in; a
# Party document's "Số: 12-KH/TU" is read right)
_NUMBER_BY_HAND = re.compile(r"^S[o6]\s*[:.;]?\s*(?!\d{1,5}-)(?=[^\s/]*[^\s/\d.:;…_,-])[^\s/]{1,6}\s*/\s*[A-Z]")
# what the digits' model reads of the whole line: "S6:996 /KH-TCTLNTW-C04" (its "Số" without the mark)
_DIGITS_READ = re.compile(r"^S\S{0,2}?\s*[:.;]?\s*(\d{1,5})\s*/")


_SPECKS_BEFORE = "'\"`‘’“”,.·_ "  # a speck (a stamp's leftover, dust) before a line read as a quote, a stop, a low line
_FRAME_BEFORE = "-–—|~_ "  # a stamp's frame or rule left at the start of a number line's crop read again
# the "S" of "Số" as a blurred or crossed scan reads it: a look-alike, or doubled ("S§ố"); or, on a
# phone's photo, a "B" or an "8", told by the number right after the "ố" ("BỐ.4d/1TBUBMND" for
# "Số: 41/TB-UBND"; "Bố trí", "BÔ 5" are no number line)
_S_READ = re.compile(r"^(?:[S§$5]{1,2}|[B8](?=[ốôo6ỐÔOØ](?:[:.;]\s?)?\d))(?=[ốôo6ỐÔOØ])")


def _line_start(text: str) -> str:
    """A stretch's text as a number line is told by: without the specks before it and with an
    "S" read as one of its look-alikes (or doubled) put back ("'§ố76KHUBND", ".S§ố1275KHUBND"
    -> "Số76KHUBND", "Số1275KHUBND")."""
    return _S_READ.sub("S", text.lstrip(_SPECKS_BEFORE))


# a number's digits cut by a space where a stamp's leftover (the clerk's pen over the type, its
# frame) lay between two of them: "Số: 1 586/BC-SYT"; five digits at most in all (a number, not a
# number and a year, "Số: 05 2023/QĐ-UBND", whose slash was lost)
_SPLIT_NUMBER = re.compile(r"^(S[ốoỐO]\s*:?\s*)(\d{1,3}) (\d{1,4})(?=\s*[/-]\s*[A-ZĐ])")


def _joined_number(m: re.Match) -> str:
    digits = m.group(2) + m.group(3)
    return m.group(1) + digits if len(digits) <= 5 else m.group(0)


def number_line_read_again(text: str) -> str:
    """A number line's crop as read again (psm 7): its spaces made one, without a stamp's frame
    or rule before it ("- Số: 1275/KH-UBND"), its start told as _line_start tells it, and its
    number's digits cut by a space joined ("Số: 1 586/BC-SYT")."""
    text = _SO_READ_AS_D.sub("Số", _line_start(" ".join(text.split()).lstrip(_FRAME_BEFORE)))
    return _SPLIT_NUMBER.sub(_joined_number, text)


_FRAME_ONLY = re.compile(r"^[-–—|~_]{1,3}$")  # a stroke read alone: the issuer's underline, a stamp's frame
# a number line and nothing after it ("Số: 34/KH-UBND", "Số 12-KH/TU"), as _line_start tells it
_NUMBER_ALONE = re.compile(r"^S[ốoỐOđð]\s*:?\s*\d{1,5}\s*[/-]\s*[A-ZĐ][\wĐđ&./-]*$")  # ("Sđ:": its "ố" read "đ")
# "Sđ: 52/KH-MTTQ": a number line's "ố" read as "đ" or "ð" (the hat and the tone one bar)
_SO_READ_AS_D = re.compile(r"^S[đð](?=\s*[:.;]?\s*\d{1,5}\s*[/-]\s*[A-ZĐ])")


def frame_before_number(texts: list[str]) -> bool:
    """A stretch of words that is a header's number line and nothing else, after a stroke read
    as a word of its own ("- Số: 34/KH-UBND": the issuer's underline or a stamp's frame
    just above it, read onto its line); the header's number line must start with "Số" to be
    told. Not a list item that goes on after a number ("- Số 12/KH-UBND ngày ..."), nor one
    whose number is no document's ("- Số 12 hộ", "- Số 3/4 ...")."""
    return len(texts) >= 2 and bool(_FRAME_ONLY.match(texts[0])) and bool(_NUMBER_ALONE.match(
        _line_start(" ".join(texts[1:]))))


def number_line_told(text: str) -> bool:
    """A stretch's text (as _line_start gives it) is a header's number line by its start: "Số",
    and a number right after it ("Số: 96", "Số96KHUBND", "SỐ.4d/1TBUBMND")."""
    return bool(_NUMBER_START.match(_bare(text)))


def number_line_so_lost(text: str, conf: float) -> bool:
    """A stretch's text read as one word of garbage (under GARBLED_WORD_CONF) that holds a header's
    number line with its "Số" misread past telling: a letter or two, a number and a code's capitals
    glued ("Ôð:208KHSOTL" for "Số: 208/KH-SCT", a clean scan's number line set close under the
    issuer's rule); read again alone, such a line reads right. Not a word read surely, nor one
    that is no number line's shape ("Đã 12 KH", "Ở20 xã")."""
    return conf < GARBLED_WORD_CONF and " " not in text.strip() and bool(_NUMBER_SO_LOST.match(_bare(text.strip())))


def number_printed(text: str) -> bool:
    """A number line read again (number_line_read_again) that is a printed one in full, digits
    before the code: "Số: 412/QĐ-STC", "Số: 12-KH/TU". A line the page read as a number written
    by hand ("Số4l2/QÐS8IJC") whose reading alone is such a line was printed (its "1" read "l"):
    it takes that reading, not the digits' model's number glued to the page's garbled code."""
    return bool(_NUMBER_PRINTED.match(text))


def _number_read_as_letters(part: list[dict]) -> bool:
    """"SỐ BUIKRIE-UJBND", "SỐ: )8/KHSGTE": "Số" (in any case, its colon lost or not) and the
    number after it read as garbage, unsurely (a rough scan's "Số: 86/KH-UBND")."""
    return len(part) >= 2 and _bare(part[0]["text"]).rstrip(":").lower() == "so" \
        and part[1]["conf"] < GARBLED_WORD_CONF


def _bare(text: str) -> str:
    """`text` without any marks ("Số" -> "So", "Sở" -> "So")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _reread_numbers(gray: np.ndarray, lines: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                    scale: float, lang: str, timeout: float) -> set[int]:
    """A header's number line ("Số: 96/KH-UBND") that the page read without its separators
    ("Số96KHUBND", a 200 dpi scan of a Word header: the page's reading drops the ":", "/"
    and "-" that the line alone keeps): its stretch of words, read less surely than LOW_CONF, is read again from
    its box as one line of text (Tesseract's psm 7); a reading of the number's shape takes
    the first word's place, the stretch's other words go (their ids are returned). A number
    line whose number was written by hand is read again by the digits' model instead
    (_reread_number_by_hand)."""
    todo = []
    by_hand = []
    split = []
    framed: set[int] = set()
    for line in lines:
        for part in stretches(line):
            if frame_before_number([w["text"] for w in part]):
                framed.add(id(part[0]))
                part = part[1:]
            text = _line_start(" ".join(w["text"] for w in part))
            if _NUMBER_BY_HAND.match(_bare(text)):
                by_hand.append(part)
                todo.append(part)  # (read by the page's model too: a printed number, number_printed)
                continue
            if not number_line_told(text) and not _number_read_as_letters(part) \
                    and not number_line_so_lost(text, min(w["conf"] for w in part)):
                continue  # ("Sở Y tế", "Số lượng 120 người": no number line)
            if _NUMBER_READ.match(text) and min(w["conf"] for w in part) >= LOW_CONF:
                continue
            if _SPLIT_NUMBER.match(text) and min(w["conf"] for w in part) >= LOW_CONF:
                split.append(part)  # "Số: 1 586/BC-SYT" read surely: its digits joined (read alone, worse)
                continue
            todo.append(part)
    gone: set[int] = set(framed)
    for part in split:
        joined = number_line_read_again(" ".join(w["text"] for w in part))
        if _NUMBER_READ.match(joined):
            first = part[0]
            first["text"], first["x1"], first["conf"] = joined, part[-1]["x1"], min(w["conf"] for w in part)
            gone.update(id(w) for w in part[1:])
    if todo:
        kept, crops = _line_crops(gray, todo, boxes, scale)
        for part, (text, conf) in zip(kept, read_cells(crops, lang, "7", timeout)):
            text = number_line_read_again(text)
            hand = any(part is p for p in by_hand)
            if not _NUMBER_READ.match(text) or (hand and not number_printed(text)):
                continue
            if hand:
                by_hand = [p for p in by_hand if p is not part]
            first = part[0]
            first["text"], first["x1"], first["conf"] = text, part[-1]["x1"], conf
            gone.update(id(w) for w in part[1:])
    if by_hand and DIGITS_LANG in installed_languages(timeout, tools.tesseract()):
        gone |= _reread_number_by_hand(gray, by_hand, boxes, scale, timeout)
    return gone


def _line_crops(gray: np.ndarray, parts: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                scale: float) -> tuple[list[list[dict]], list[np.ndarray]]:
    """The image of each stretch of words (a margin round it, padded white), and the stretches that have one."""
    margin = max(3, round(2 * scale))
    crops, kept = [], []
    for part in parts:
        x0 = min(boxes[id(w)][0] for w in part)
        y0 = min(boxes[id(w)][1] for w in part)
        x1 = max(boxes[id(w)][2] for w in part)
        y1 = max(boxes[id(w)][3] for w in part)
        crop = gray[max(0, y0 - margin): y1 + margin, max(0, x0 - margin): x1 + margin]
        if crop.size:
            crops.append(np.pad(crop, 16, constant_values=255))
            kept.append(part)
    return kept, crops


def _reread_number_by_hand(gray: np.ndarray, parts: list[list[dict]], boxes: dict[int, tuple[int, int, int, int]],
                           scale: float, timeout: float) -> set[int]:
    """A number line whose number was filled in by hand ("Số: 996 /KH-..." written with a marker after
    the signing), read as letters by the page's model: the line is read again by the digits' model
    (`eng`, as a table's numbers are), and the digits it reads before the slash take the place of
    the signs read there; "Số" and the code after the slash stay as the page read them (the
    digits' model has no Vietnamese letters: "QĐ" would be "QD"). A line the digits' model reads
    no digits in keeps its reading. Returns the ids of the words the first one now stands for."""
    gone: set[int] = set()
    kept, crops = _line_crops(gray, parts, boxes, scale)
    for part, (text, _conf) in zip(kept, read_cells(crops, DIGITS_LANG, "7", timeout)):
        digits = _DIGITS_READ.match(" ".join(text.split()))
        line = " ".join(w["text"] for w in part)
        slash = line.find("/")
        if digits is None or slash < 0:
            continue
        code = line[slash:]
        first = part[0]
        first["text"], first["x1"] = f"Số: {digits.group(1)} {code}", part[-1]["x1"]
        first["conf"] = min(first["conf"], LOW_CONF - 1)  # (read by another model: suspect)
        gone.update(id(w) for w in part[1:])
    return gone


def _folded(word: str) -> str:
    """A word's letters without their marks, in lower case ("TĨNH" -> "tinh")."""
    return "".join(ch for ch in untoned(word) if ch.isalpha())


# the level words of a header's issuer line, without their marks (OCR misreads them: "TĨNH",
# "TINH" for "TỈNH") -> spelling and the levels of the places they name; a party committee's
# "ỦY" may follow ("TỈNH ỦY"). Two words are looked for before one ("THỊ XÃ" is no "XÃ").
_LEVEL_WORDS = {("thi", "xa"): ("THỊ XÃ", ("district",)), ("thi", "tran"): ("THỊ TRẤN", ("commune",)),
                ("thanh", "pho"): ("THÀNH PHỐ", ("province", "district")),
                ("tinh",): ("TỈNH", ("province",)), ("huyen",): ("HUYỆN", ("district",)),
                ("xa",): ("XÃ", ("commune",)), ("phuong",): ("PHƯỜNG", ("commune",))}
_COMMITTEE = {"uy"}


def repair_place_names(words: list[str]) -> list[str]:
    """The words of a line in capitals: "TĨNH", "TUYẾN", "QUANG" -> "TỈNH", "TUYÊN", "QUANG".
    A level word ("TỈNH", "HUYỆN", "XÃ", "PHƯỜNG", "THỊ XÃ", "THỊ TRẤN", "THÀNH PHỐ") read
    with a wrong tone or none, followed by the name of one place of that level but for the
    marks of its letters (the divisions' list; the name must be the only one its letters
    fit), takes the right spelling, and so does the name. "HÀ TĨNH" after "TỈNH" is a name
    read right and stays."""
    from normalizers.places import find
    letters = [ch for w in words for ch in w if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return words
    out = list(words)
    i = 0
    while i < len(words):
        for size in (2, 1):
            level_words = words[i:i + size]
            level_word = _LEVEL_WORDS.get(tuple(_folded(w) for w in level_words)) \
                if len(level_words) == size and all(w.isalpha() for w in level_words) else None
            if level_word is not None:
                break
        if level_word is None:
            i += 1
            continue
        spelling, levels = level_word
        after = i + size
        start = after + 1 if after < len(words) and _folded(words[after]) in _COMMITTEE else after
        for n in (3, 2, 1):
            name = words[start:start + n]
            if len(name) < n or not all(w.isalpha() for w in name):
                continue
            found = {u.name for level in levels for era in (False, True)
                     for u in find(level, " ".join(name), after_merger=era, wrong_marks=True)}
            if len(found) == 1:
                right = found.pop().upper().split()
                if len(right) == n:
                    out[i:after] = spelling.split()
                    out[start:start + n] = right
                break
        i = after
    return out


def repair_line(words: list[str]) -> list[str]:
    """One stretch of a line (no column gap inside) with its header words repaired: a table's heading read as one
    word ("Sốlượng", vi_syllable.repair_glued_heading), a vowel in capitals read twice,
    bare and marked ("THOÔNG": vi_syllable.repair_vowel_read_twice), a level word
    glued to its place's name ("TỈNHHÒANAM", vi_syllable.repair_glued_place), a word read as
    another one mark away that its neighbour tells ("chỉ trả", vi_syllable.repair_told_words), a
    body's head word read with a mark it does not have (vi_syllable.repair_head_words), the vocabulary of
    issuers and titles (vi_syllable.repair_vocabulary), the words of a cited document
    (vi_syllable.repair_citation_words), then the places, and the archive line's "VT"."""
    words = repair_glued_heading(words)  # "Sốlượng": a table's heading read as one word
    words = repair_glued_capital(words)  # "SởNội vụ": a word's space before a capital lost
    words = repair_head_words(repair_told_words(repair_glued_place(repair_vowel_read_twice(words))))  # "THOÔNG"
    words = repair_party_committee(repair_level_word(repair_council_head(repair_vocabulary(words))))
    words = repair_roman_h(repair_citation_words(words))  # "Căn cử Quyêt định sô 12/QĐ-UBND": a basis's words; "loại IH"
    words = repair_roman_sum(words)  # "Tổng cộng (T+H+IH)"
    words = repair_crossed_separator(repair_doc_numbers(repair_surname(repair_archive(repair_place_names(words)))))
    words = repair_report_note(words)  # "- TW Đoàn (bíc);": a recipient's "(b/c)"
    words = repair_month_word(words)  # "ngày 09" / "thánaq 02 năm 2017": a date's "tháng"
    words = repair_glued_unit(words)  # "ĐVT: triệuđồng"
    return repair_date_comma(repair_currency_code(repair_glued_kind(repair_year_range(repair_glued_dong(words)))))


# A date's "tháng" read with a letter too many or wrong ("thánaq 02 năm 2017": the g's tail read as "q" after an
# "a"; the date line then no date, its place and date lost): a word between "ngày DD" (or a line's start: the date
# wrapped) and "MM năm YYYY" whose letters are at most two apart from "thang" (marks and case aside) is "tháng". A
# wrapped line's first word that is a syllable ("thắng", "thanh") is a word, left as read; after "ngày DD" the date
# tells it. So too its "ngày" ("Kỳ Lộc, naày 15 tháng 01 năm 2013": the g read "a" on a phone app's scan; the place
# and the date lost): a word at most two letters apart from "ngay" before "DD tháng MM năm YYYY", after the place's
# comma or at a line's start (the date wrapped), is "ngày".
_MONTH_WORD = "thang"
_DAY_WORD = "ngay"
_DAY_OR_MONTH = re.compile(r"^\d{1,2}$")
_DATE_YEAR = re.compile(r"^(?:19|20)\d\d\b")


def repair_month_word(words: list[str]) -> list[str]:
    """"thánaq", "02", "năm", "2017" -> "tháng", "02", "năm", "2017"; "Lộc,", "naày", "15", "tháng", "01", "năm",
    "2013" -> "Lộc,", "ngày", ... Anything else unchanged."""
    out = list(words)
    for k, word in enumerate(words[:-5]):  # the day's word first: it tells the month's after it
        folded = _folded(word)
        if not word.isalpha() or len(folded) < 3 or word.lower() == "ngày" or edits(folded, _DAY_WORD) > 2:
            continue
        if k and not words[k - 1].endswith(","):
            continue
        if _DAY_OR_MONTH.match(words[k + 1]) and edits(_folded(words[k + 2]), _MONTH_WORD) <= 2 \
                and _DAY_OR_MONTH.match(words[k + 3]) and _folded(words[k + 4]) == "nam" and _DATE_YEAR.match(words[k + 5]):
            out[k] = ("N" if word[0].isupper() else "n") + "gày"
    for k, word in enumerate(words[:-3]):
        folded = _folded(word)
        if not word.isalpha() or len(folded) < 4 or word.lower() == "tháng" or edits(folded, _MONTH_WORD) > 2:
            continue
        if not _DAY_OR_MONTH.match(words[k + 1]) or _folded(words[k + 2]) != "nam" or not _DATE_YEAR.match(words[k + 3]):
            continue
        dated = k >= 2 and _folded(out[k - 2]) == "ngay" and _DAY_OR_MONTH.match(words[k - 1])
        if not dated and (k or _syllable(word.lower())):  # a line's start: no word there ("thanh 3 năm" stays)
            continue
        out[k] = ("T" if word[0].isupper() else "t") + "háng"
    return out


# A place and date line's comma read as a quote glued to "ngày" ('Kim Sơn "ngày 12 tháng 3 năm 2025', a receipt
# stamp's ink over it): the line is no place and date line, and the place, the date and the title under it are lost.
_QUOTED_DAY = re.compile(r"^[\"'“”‘’`„«»]ngày$")
_DAY_NUMBER = re.compile(r"^\d{1,2}$")


def repair_date_comma(words: list[str]) -> list[str]:
    """'Sơn "ngày 12' -> 'Sơn, ngày 12': "ngày" with a quote glued before it, after a word with a capital (a
    place's last word, no sign after it) and before a day's number; anything else unchanged."""
    out = list(words)
    for k in range(1, len(words) - 1):
        before = out[k - 1]
        if _QUOTED_DAY.match(words[k]) and _DAY_NUMBER.match(words[k + 1]) and before[:1].isupper() \
                and before[-1:].isalpha():
            out[k - 1], out[k] = before + ",", "ngày"
    return out


# "USĐ": the dollar's code with its "D" read "Đ" (the bar a speck or the serif); no Vietnamese word is so spelt,
# and the amount before it ("5,6 triệu USĐ") was taken for đồng
_DOLLAR_BARRED = re.compile(r"^(\W*)USĐ(\W*)$")


def repair_currency_code(words: list[str]) -> list[str]:
    """"triệu USĐ)," -> "triệu USD),": a currency code "USD" read with a barred "Đ"; anything else unchanged."""
    return [f"{m.group(1)}USD{m.group(2)}" if (m := _DOLLAR_BARRED.match(w)) else w for w in words]


def _kinds_glued() -> dict[str, str]:
    """A kind of document's name of two words or more, its letters without marks or spaces ->
    the name in capitals ("dean" -> "ĐỀ ÁN"); letters two kinds share are left out."""
    glued: dict[str, list[str]] = {}
    for name in CODE_TYPES.values():
        if len(name.split()) >= 2:
            glued.setdefault("".join(_folded(w) for w in name.split()), []).append(name.upper())
    return {k: v[0] for k, v in glued.items() if len(v) == 1}


_KINDS_GLUED = _kinds_glued()
_GLUED_KIND = re.compile(r"^(\w+?)([.:]?)$")


def repair_glued_kind(words: list[str]) -> list[str]:
    """A title line's kind of document read as one word in capitals, its space and marks lost
    under the heading's weight ("ĐEAN" for "ĐỀ ÁN", "KEHOẠCH" for "KẾ HOẠCH"): the stretch, that
    one word alone, takes the kind's spelling (one word holding a space: words are boxes).
    Not a word in lower case, nor one among others ("DEAN" in a name)."""
    if len(words) != 1:
        return words
    m = _GLUED_KIND.match(words[0])
    if not m or not m.group(1).isupper() or " " in words[0]:
        return words
    kind = _KINDS_GLUED.get(_folded(m.group(1)))
    return [kind + m.group(2)] if kind else words


# a period's years joined by a division sign ("2026÷2030"), the sign's dots blurred into a plus's
# stroke: "2026+2030", "2026 + 2030" (a later year within YEAR_RANGE_REACH; no sum adds two years)
YEAR_RANGE_REACH = 50
_YEAR_PLUS = re.compile(r"^(\(?)((?:19|20)\d\d)\+((?:19|20)\d\d)([.,;:)]*)$")
_YEAR_BEFORE = re.compile(r"^\(?((?:19|20)\d\d)$")
_YEAR_AFTER = re.compile(r"^((?:19|20)\d\d)[.,;:)]*$")


def _years_in_range(first: str, last: str) -> bool:
    return 0 < int(last) - int(first) <= YEAR_RANGE_REACH


def repair_year_range(words: list[str]) -> list[str]:
    """A period's "2026÷2030" read "2026+2030" (or "2026 + 2030") -> "2026÷2030": the division sign
    the page set between two years, its dots read into a plus (the period's end year lost). Not
    a "+" between other numbers ("20+30"), nor years out of order or far apart ("2030+2026")."""
    out = list(words)
    for i, word in enumerate(out):
        m = _YEAR_PLUS.match(word)
        if m and _years_in_range(m.group(2), m.group(3)):
            out[i] = f"{m.group(1)}{m.group(2)}÷{m.group(3)}{m.group(4)}"
        elif word == "+" and 0 < i < len(out) - 1:
            before, after = _YEAR_BEFORE.match(out[i - 1]), _YEAR_AFTER.match(out[i + 1])
            if before and after and _years_in_range(before.group(1), after.group(1)):
                out[i] = "÷"
    return out


# A money unit's two words read as one ("ĐVT: triệuđồng _" over an estimate on a phone's photo, round IMG43: the unit
# not told, the annex's twelve amounts lost): a multiplier word glued to "đồng" (its marks as read or lost) is the two
# words, in one box ("triệu đồng": the words are boxes on the page, as vi_syllable.unglued keeps them).
_GLUED_UNIT = re.compile(r"^(\W*)(triệu|triêu|trieu|nghìn|nghin|ngàn|ngan|tỷ|tỉ|ty)(đồng|đông|dong|đồng)(\W*)$", re.I)


def repair_glued_unit(words: list[str]) -> list[str]:
    """"triệuđồng" -> "triệu đồng", "(nghìnđồng)" -> "(nghìn đồng)": a money unit's multiplier glued to "đồng" (see
    above), one word still; "đồng", "triệu", "Đồng Tháp" stay."""
    out = []
    for word in words:
        m = _GLUED_UNIT.match(unicodedata.normalize("NFC", word))
        out.append(f"{m.group(1)}{m.group(2)} {m.group(3)}{m.group(4)}" if m else word)
    return out


# an amount in thousands' groups with the currency's "đ" glued to it read as a digit or a plain
# letter: "350.000.0003", "1.200.000d", "45.000ð" (a last group of four digits is no group)
_GLUED_DONG = re.compile(r"^(\d{1,3}(?:\.\d{3}){2,})(3)([.,;:)]*)$|^(\d{1,3}(?:\.\d{3})+)([dð])([.,;:)]*)$")


def repair_glued_dong(words: list[str]) -> list[str]:
    """"350.000.0003;" -> "350.000.000đ;", "1.200.000d" -> "1.200.000đ": an amount written in
    groups of three digits with "đ" (đồng) glued to its end, which OCR read as a "3" (its bowl
    and bar), a "d" or an "ð". Only after whole groups, and a "3" only after two groups at least
    (a million or more: "1.2503" may be a decimal); "2025", "12.500", "3.250.000 đ", "3d" stay."""
    out = []
    for word in words:
        m = _GLUED_DONG.match(word)
        out.append(f"{m.group(1) or m.group(4)}đ{m.group(3) or m.group(6) or ''}" if m else word)
    return out


# (letters without marks) what a Party committee's "ỦY" follows: "TỈNH ỦY", "HUYỆN ỦY", "ĐẢNG ỦY"
_PARTY_LEVELS = {"tinh", "huyen", "thanh", "quan", "thi", "dang"}
# ... and those level words' own spelling, for a level word read with a wrong tone before "ỦY"
# ("TĨNH ỦY", "TÍNH ỦY", "HUYỀN ỦY": no such committee). Not "QUÂN": "QUÂN ỦY" (the army's Party
# committee) is one, as "QUẬN ỦY" is.
_PARTY_LEVEL_WORDS = {"tinh": "TỈNH", "huyen": "HUYỆN", "thanh": "THÀNH", "thi": "THỊ", "dang": "ĐẢNG"}


def repair_party_committee(words: list[str]) -> list[str]:
    """"TỈNH ÚY QUẢNG NGÃI" -> "TỈNH ỦY QUẢNG NGÃI": a Party committee's name in capitals whose
    "ỦY" OCR read with a wrong tone or none (the hook above is small), right after its level
    word ("TỈNH", "HUYỆN", "THÀNH", "QUẬN", "THỊ", "ĐẢNG"); and "TĨNH ỦY" -> "TỈNH ỦY": the level
    word itself read with a wrong tone (_PARTY_LEVEL_WORDS). A rank ("THƯỢNG ÚY", "ĐẠI ÚY"),
    "QUÂN ỦY" and any other word stay."""
    out = list(words)
    for k in range(1, len(words)):
        word = words[k]
        if not word.isupper() or untoned(word) != "uy" or not words[k - 1].isupper():
            continue
        level = untoned(words[k - 1])
        if level in _PARTY_LEVELS:
            out[k] = "ỦY"
            out[k - 1] = _PARTY_LEVEL_WORDS.get(level, words[k - 1])
    return out


_OWNERS = {"nhan dan", "ubnd", "hdnd"}  # (letters without marks) what a header's "TỈNH" follows
# (letters without marks) what else a province's "TỈNH" follows in capitals: a body of the province
# ("SỞ Y TẾ TỈNH", "BỆNH VIỆN ĐA KHOA TỈNH", "CÔNG AN TỈNH", "BỘ CHỈ HUY QUÂN SỰ TỈNH") or its
# territory in a title ("TRÊN ĐỊA BÀN TỈNH")
_PROVINCE_OWNERS = {"y te", "da khoa", "cong an", "quan su", "dia ban"}


# A council's head in a header's first line read with one letter wrong ("DBND TỈNH ĐẮK THẠNH": the U of "UBND" read "D"
# on a photo; no owner then, the issuer 'Sở ...' without its province): a word in capitals that is no syllable, first
# of its stretch, one letter apart or none (marks aside: "ƯBND") from one of _COUNCIL_HEADS and from no other, right
# before a level word ("TỈNH", "HUYỆN", "XÃ", "PHƯỜNG", "QUẬN", "THÀNH PHỐ", "THỊ XÃ"), is that head. Another
# abbreviation is further ("UBKT", "HĐND": two letters from "UBND"), and one not before a level word is left.
_COUNCIL_HEADS = {"ubnd": "UBND", "hdnd": "HĐND"}
_LEVEL_FIRST = {key[0] for key in _LEVEL_WORDS} | {"quan"}


def repair_council_head(words: list[str]) -> list[str]:
    """"DBND", "TỈNH" -> "UBND", "TỈNH"; "HĐNĐ", "HUYỆN" -> "HĐND", "HUYỆN" (see _COUNCIL_HEADS). Anything else
    unchanged."""
    if len(words) < 2 or not words[0].isalpha() or not words[0].isupper() or len(words[0]) != 4 \
            or words[0] in _COUNCIL_HEADS.values() or _syllable(words[0]) \
            or not words[1].isupper() or _folded(words[1]) not in _LEVEL_FIRST:
        return words
    near = [head for key, head in _COUNCIL_HEADS.items()
            if sum(a != b for a, b in zip(_folded(words[0]), key)) <= 1]
    return [near[0], *words[1:]] if len(near) == 1 else words


def repair_level_word(words: list[str]) -> list[str]:
    """"ỦY BAN NHÂN DÂN TÍNH" -> "ỦY BAN NHÂN DÂN TỈNH", "UBND TĨNH" -> "UBND TỈNH": the level word
    of a People's Committee's or Council's name in capitals, read with a wrong tone (the hook
    above is small). Only right after "NHÂN DÂN", "UBND" or "HĐND", or a body or the territory
    of a province ("SỞ Y TẾ TÍNH", "ĐA KHOA TĨNH", "ĐỊA BÀN TĨNH": _PROVINCE_OWNERS): a place's
    own word ("HÀ TĨNH", "HUYỆN SƠN TỊNH", "THỊ XÃ TỊNH BIÊN") follows a place or a level word
    instead, and a word ("CẤP TÍNH", "ĐƠN VỊ TÍNH") other words. A line of that word alone is
    left: it may be the end of a place's name or of "ĐƠN VỊ TÍNH" wrapped."""
    out = list(words)
    for k in range(len(words)):
        word = words[k]
        if word == "TỈNH" or not word.isupper() or untoned(word) != "tinh":
            continue
        before = untoned(" ".join(words[max(0, k - 2):k]))
        if before and (before.split()[-1] in _OWNERS or before in _OWNERS or before in _PROVINCE_OWNERS):
            out[k] = "TỈNH"
    return out


# a document's number: "86/TIr-TNMT", "7/2024/QĐ-UBND," (its type code, then its issuer's code
# after a hyphen), or its number and type code alone when the hyphen stands apart ("86/TTIr", "-")
_DOC_NUMBER_WORD = re.compile(r"^(\d{1,6}[a-z]?/(?:\d{4}/)?)([^\W_]{1,6})(-[^\W_][\w&.-]*?)?([.,;:)]*)$")
# a party's number: its type code after a hyphen, its issuer's code after a slash ("18-CTr/HU", "35-KH/BDVTU")
_PARTY_NUMBER_WORD = re.compile(r"^(\d{1,6}[a-z]?-)([^\W_]{1,6})(/[^\W_][\w&.-]*?)?([.,;:)]*)$")
# what OCR reads a capital T as: the clerk's "VT" read "VF", "VI"; a type code's "TTr" read "TIr"
T_LOOKALIKES = "FIlJ1|!ÍÌĨỈỊ"
# ... and a capital L, its foot lost on a phone app's scan ("01-KI/TW" for a conclusion's "01-KL/TW")
L_LOOKALIKES = "Il|"
_TONE_MARKS = re.compile(f"[{TONES}]")


_LETTER_RUN = re.compile(r"(\w)\1+")  # one letter two or more times: "ĐĐĐ" in "QĐĐĐ"
# a "Đ" in capitals read as two or three letters, its bar read as a letter of its own ("NSDÐĐP", "NSĐĐP" for "NSĐP": a
# header cell; "QĐÐĐ" for "QĐ": a type code, a Latin eth among the Đs, so no run of one letter); a D, Đ or (Latin)
# eth run, a barred one in it (vi_syllable's, for a heading glued too: "ĐÐĐơngiá")
_D_RUN = D_LIKE_RUN


def _type_code(code: str) -> str | None:
    """The type code `code` is read for: itself, or the one code that one T read as a look-alike
    ("TIr", "C1") or one look-alike inserted ("TTIr") makes of it, or one L read as a stroke ("KI", "PI"),
    or that one run of a letter
    read again ("QĐĐĐ", "KHH": a bold letter's bar or stem on grey paper read as a letter of its
    own) makes of it read once or twice ("TTTr" -> "TTr"), or one run of D-like letters with a bar
    among them made one "Đ" or two ("QĐÐĐ", a Latin eth read for one; "QDĐ"); None where none or two."""
    if code.upper() in CODE_TYPES:
        return code
    candidates = []
    for i, ch in enumerate(code):
        if ch in T_LOOKALIKES:
            candidates += [code[:i] + "T" + code[i + 1:], code[:i] + code[i + 1:]]
        if ch in L_LOOKALIKES and i:
            candidates.append(code[:i] + "L" + code[i + 1:])
    for m in _LETTER_RUN.finditer(code):
        candidates += [code[:m.start()] + m.group(1) * n + code[m.end():] for n in (1, 2) if n < len(m.group())]
    for m in _D_RUN.finditer(code):  # "QĐÐĐ": the run one "Đ" (or two)
        if set(m.group()) & {"Đ", "Ð"}:
            candidates += [code[:m.start()] + "Đ" * n + code[m.end():] for n in (1, 2) if n < len(m.group())]
    found = {TYPE_CODES[CODE_TYPES[c.upper()]] for c in candidates if c.upper() in CODE_TYPES}  # as spelled: "TTr"
    return found.pop() if len(found) == 1 else None


def _toneless(code: str) -> str:
    return unicodedata.normalize("NFC", _TONE_MARKS.sub("", unicodedata.normalize("NFD", code)))


def repair_doc_numbers(words: list[str]) -> list[str]:
    """"64/TIr-SNV" -> "64/TTr-SNV", "15/C1-UBND" -> "15/CT-UBND", "212/TTIr-SỴT" -> "212/TTr-SYT",
    a party's "18-CIr/HU" -> "18-CTr/HU":
    a document's number whose type code OCR read with a look-alike of T (or one inserted), and
    whose issuer's code it read with a tone mark (codes are capitals with no tone: the hook, hat
    and bar of "Ư", "Â", "Đ" stay). Its parts may be words of their own ("86/TTIr", "-", "SỴT"),
    or one word hold several ("Số: 08/C1-UBND", a line read again as one). A code that is a type
    code, or that one such letter does not make one, is left as read; so is any other word."""
    tokens = [w.split(" ") for w in words]
    flat = [t for group in tokens for t in group]
    for k, token in enumerate(flat):
        m = _DOC_NUMBER_WORD.match(token) or _PARTY_NUMBER_WORD.match(token)
        if not m or not any(ch.isalpha() for ch in m.group(2)):
            continue
        separator = "/" if m.re is _PARTY_NUMBER_WORD else "-"
        spaced = m.group(3) is None and not m.group(4) and k + 2 < len(flat) and flat[k + 1] == separator
        if m.group(3) is None and not spaced:
            continue  # "3/C1": no issuer's code, so no document's number
        code = _type_code(m.group(2))
        if code is None:
            continue
        flat[k] = m.group(1) + code + _toneless(m.group(3) or "") + m.group(4)
        if spaced:
            flat[k + 2] = _toneless(flat[k + 2])
    out, at = [], 0
    for group in tokens:
        out.append(" ".join(flat[at:at + len(group)]))
        at += len(group)
    return out


# A cited number's issuer's code read with a stroke between two capitals ("210/KH-SNNMIT ... của Sở Nông nghiệp và
# Môi trường": a letter's edge or a speck read "I"), where the body named after it ("của" and its words) has the
# initials the code makes without that stroke ("SNNMT"): the code as the name gives it.
_STROKE_IN_CODE = re.compile(r"(?<=[A-ZĐ])[Il|](?=[A-ZĐ])")
_OWNER_WORD = re.compile(r"^của$", re.I)
NAMED_REACH = 8  # words after a number its issuer's name ("của ...") may start within
_NAME_JOINS = {"và"}  # a word of a body's name that gives no initial ("Sở Nông nghiệp và Môi trường": SNNMT)


def _initials(words: list[str]) -> str:
    """The initials of a body's name's words ("Ủy": U), its joins ("và") and words that open on no letter aside."""
    letters = []
    for w in words:
        core = w.strip(".,;:()")
        if core and core[0].isalpha() and core.lower() not in _NAME_JOINS:
            letters.append(unicodedata.normalize("NFD", core[0])[0].upper())
    return "".join(letters)


def _initials_after(flat: list[str], k: int) -> str:
    """The initials of the name after the first "của" within NAMED_REACH words after word k ("" if none): its words
    up to the first that opens on no letter."""
    for j in range(k + 1, min(len(flat), k + 1 + NAMED_REACH)):
        if _OWNER_WORD.match(flat[j]):
            name = itertools.takewhile(lambda w: (core := w.strip(".,;:()")) and core[0].isalpha(), flat[j + 1:j + 13])
            return _initials(list(name))
    return ""


def repair_codes_told_by_names(lines: list[list[str]]) -> list[list[str]]:
    """A page's lines of words, "210/KH-SNNMIT" -> "210/KH-SNNMT" where the name after it ("của Sở Nông nghiệp và
    Môi trường") has initials that start with the issuer's code read without one stroke (I, l, |) between two
    capitals, and not with the code as read. Anything else unchanged (a code the name after it does not tell, a
    number with no "của" near it, a code whose strokes are letters of the name: "SNV" of "Sở Nội vụ")."""
    flat = [t for line in lines for w in line for t in w.split(" ")]
    fixed: dict[str, str] = {}
    for k, token in enumerate(flat):
        m = _DOC_NUMBER_WORD.match(token)
        if not m or not m.group(3):
            continue
        code = m.group(3)[1:]
        initials = _initials_after(flat, k)
        if not initials or initials.startswith(code.upper()):
            continue
        fits = {code[:s.start()] + code[s.end():] for s in _STROKE_IN_CODE.finditer(code)}
        fits = {c for c in fits if len(c) >= 2 and initials.startswith(c.upper())}
        if len(fits) == 1:
            fixed[token] = m.group(1) + m.group(2) + "-" + fits.pop() + m.group(4)
    if not fixed:
        return [list(line) for line in lines]
    return [[" ".join(fixed.get(t, t) for t in w.split(" ")) for w in line] for line in lines]


# A header's number whose issuer's code OCR read with a T's look-alike or a stroke ("Số: 1638/QĐ-BTTTI": the code's
# last T read "I" on an archive's scan; the number 'BTTTI'), under the issuer's name in capitals in the same column
# ("BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG"): the name's initials (but "và") tell the code, as the name after "của" tells a
# cited number's (repair_codes_told_by_names). The issuer's lines are the capitals lines right above the number's
# (ISSUER_LINES at most); the code as the initials of the last one, two or three of them start with it.
ISSUER_LINES = 3


def repair_number_told_by_issuer(parts: list[tuple[list[str], float, float]]) -> list[list[str]]:
    """A page's stretches (each its words, its left and right edge in points; top to bottom), "Số: 1638/QĐ-BTTTI"
    under "BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG" -> "Số: 1638/QĐ-BTTTT": an issuer's code that one T look-alike read
    for a T (or one stroke between two capitals taken out) makes the start of the initials of the capitals lines
    right above it in its column (the stretches above that overlap it; another column's, the motto's, passed
    over), which the code as read is not. Anything else unchanged (a code the lines above do not tell, two codes
    that fit, a number under no line in capitals)."""
    out = [list(words) for words, _, _ in parts]
    for k, (part, x0, x1) in enumerate(parts):
        above = []
        for words, a0, a1 in reversed(parts[:k]):
            if a1 < x0 or a0 > x1:
                continue  # another column's
            if len(above) == ISSUER_LINES or not words or not _capitals_line(words):
                break
            above.insert(0, words)
        if not above:
            continue
        told = {_initials([w for line in above[-n:] for w in line]) for n in range(1, len(above) + 1)}
        for i, word in enumerate(part[:2]):  # the number line: "Số:", the number (a body's number cited stays)
            tokens = word.split(" ")
            for t, token in enumerate(tokens):
                m = _DOC_NUMBER_WORD.match(token)
                if not m or not m.group(3) or not m.group(3)[1:].isalpha():
                    continue
                code = m.group(3)[1:]
                if any(x.startswith(code.upper()) for x in told):
                    continue
                fits = {code[:c] + "T" + code[c + 1:] for c, ch in enumerate(code) if ch in T_LOOKALIKES}
                fits |= {code[:s.start()] + code[s.end():] for s in _STROKE_IN_CODE.finditer(code)}
                fits = {f for f in fits if len(f) >= 3 and any(x.startswith(f.upper()) for x in told)}
                if len(fits) == 1:
                    tokens[t] = m.group(1) + m.group(2) + "-" + fits.pop() + m.group(4)
            out[k][i] = " ".join(tokens)
    return out


def numbers_told_by_issuer_cells(rows: list[list[str]]) -> list[list[str]]:
    """A ruled header's cells ("\n" between a cell's lines) with a number's issuer's code repaired as
    repair_number_told_by_issuer repairs a page's stretches: each column's cells' lines, top to bottom, are its
    stretches (a merged cell's copies once, an empty cell passed over): "BỘ THÔNG TIN VÀ TRUYỀN" / "THÔNG" | "" |
    "Số: 1873/KH-BTTTI" -> "... | Số: 1873/KH-BTTTT" (a Markdown table's header read from a phone's photo, the
    issuer's wrapped name in the column's first cell, the number two rows down). Anything else as read."""
    out = [list(row) for row in rows]
    for c in range(max((len(row) for row in rows), default=0)):
        places: list[tuple[int, int]] = []
        parts: list[tuple[list[str], float, float]] = []
        for r, row in enumerate(rows):
            if c >= len(row) or not row[c].strip() or (r and c < len(rows[r - 1]) and rows[r - 1][c] == row[c]):
                continue
            for i, line in enumerate(row[c].split("\n")):
                if line.split():
                    places.append((r, i))
                    parts.append((line.split(), 0.0, 1.0))
        for (r, i), (words, _, _), fixed in zip(places, parts, repair_number_told_by_issuer(parts)):
            if fixed == words:
                continue
            lines = rows[r][c].split("\n")
            lines[i] = " ".join(fixed)
            for below in range(r, len(rows)):  # (and the merged cell's copies below it)
                if c >= len(rows[below]) or rows[below][c] != rows[r][c]:
                    break
                out[below][c] = "\n".join(lines)
    return out


# A document's number with the separator between its type code and its issuer's code read as a
# mark no number holds: a receipt stamp's frame or a pen's stroke across the "-" or the "/"
# ("86/KHxUBND", "35-KHƑBDVTU"); or the short "-" of a portal page's print read as a colon or a stop, its
# stroke broken in two dots or set low ("205/KH:UBND", "205/KH.UBND,": a scan and a photo of the page, the
# number cut to "205/KH"). The separator is the one the numbering style gives: a state
# number "86/KH-UBND" has a "-" there, a party one "35-KH/BDVTU" a "/".
_CROSSED_NUMBER = re.compile(r"^(\d{1,6})([/-])([A-ZĐ][A-Za-zĐ]{0,5})([xX×+~=ƑƒfƒÝ¥:.])([A-ZĐ]{2,10})([.,;:)]*)$")


def repair_crossed_separator(words: list[str]) -> list[str]:
    """"86/KHxUBND" -> "86/KH-UBND", "35-KHƑBDVTU" -> "35-KH/BDVTU": a number whose type code
    (a known one, as spelled) and issuer's code (capitals) OCR read run together by one mark
    that stands for the separator, written again with the separator its style takes; and
    "47/KHUBND" -> "47/KH-UBND": a type code run into "UBND" or "HĐND", its "-" lost. A word
    whose first part is no type code ("86/ABxUBND", "12/HĐND"), or with no such mark, is left
    as read."""
    out = []
    for word in words:
        tokens = word.split(" ")
        for k, token in enumerate(tokens):
            m = _CROSSED_NUMBER.match(token)
            if not m or m.group(3).upper() not in CODE_TYPES:
                continue
            if m.group(3).upper() + m.group(4).upper() in CODE_TYPES:
                continue  # the mark is a letter of a longer code
            sep = "-" if m.group(2) == "/" else "/"
            tokens[k] = m.group(1) + m.group(2) + m.group(3) + sep + m.group(5) + m.group(6)
        for k, token in enumerate(tokens):
            m = _RUN_TOGETHER_NUMBER.match(token)
            if m and m.group(2).upper() in CODE_TYPES:
                tokens[k] = f"{m.group(1)}{m.group(2)}-{m.group(3)}{m.group(4)}"
        out.append(" ".join(tokens))
    return out


# ... or with the separator lost under the stamp's frame (its red dropped with it): a state
# number's type code run into a People's Committee's or Council's code ("47/KHUBND", "/QĐHĐND")
_RUN_TOGETHER_NUMBER = re.compile(r"^(\d{0,6}/)([A-ZĐ][A-Za-zĐ]{1,3})(UBND|HĐND)([.,;:)]*)$")


@functools.lru_cache(maxsize=1)
def _surnames() -> dict[str, str | None]:
    """Family names by their letters without marks -> the name, None where two share them."""
    out: dict[str, str | None] = {}
    for name in SURNAMES:
        key = untoned(name)
        out[key] = None if key in out and out[key] != name else name
    return out


def repair_surname(words: list[str]) -> list[str]:
    """"Định Thị Hương Lan" -> "Đinh Thị Hương Lan": a person's name (a signer's), three to
    five words alone in their stretch, each capitalized (not in capitals: "TỔNG KINH PHÍ" is
    no "TỐNG"), whose first word is no family name but has the letters, marks aside, of one
    family name only. Any other words unchanged ("Định hướng phát triển", "Định Hóa", "Lã
    Văn Hùng" read right)."""
    if not 3 <= len(words) <= 5 or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return words
    first = words[0].lower()
    if first in _surnames().values():
        return words
    right = _surnames().get(untoned(first))
    if right is None:
        return words
    return [right[:1].upper() + right[1:]] + words[1:]


_ARCHIVE_WORD = re.compile(r"^L[ưư]u:?$", re.I)  # "Lưu:", the recipients' last line: kept by ...
_CLERK_LOOKALIKE = re.compile(r"^V[" + re.escape(T_LOOKALIKES) + r"]([.,;]?)$")  # "VF", "VI": "VT" (văn thư) read with its T misread
# ... and the first office after "Lưu:" (the clerk's always comes first) in a small font, its T read as an E or an L
# ("- Lưu: VE", "- Lưu: VL."): no office is abbreviated so, and none other stands first
_FIRST_CLERK_LOOKALIKE = re.compile(r"^V[EL" + re.escape(T_LOOKALIKES) + r"]([.,;]?)$")
ARCHIVE_REACH = 6  # words after "Lưu:" that may be the offices keeping the copies


def repair_archive(words: list[str]) -> list[str]:
    """"- Lưu: VF." -> "- Lưu: VT.", "Lưu: VI SYT, VI HLHPN" -> "Lưu: VT SYT, VT HLHPN", "- Lưu :VF." -> "- Lưu :VT.": on the
    recipients' archive line (a line or a list item that starts with "Lưu", a colon after
    it), the clerk's office "VT" (văn thư, the one abbreviation always there) read with a
    letter for its T. Only a word of two letters, V and one that looks like T."""
    out = list(words)
    for j, word in enumerate(words):
        if not _ARCHIVE_WORD.match(word) or (j and words[j - 1] not in ("-", "+", "•")):
            continue
        rest = j + 1
        glued = ""  # "Lưu :VF.": the colon, set apart from "Lưu", read glued to the clerk's office
        if not word.endswith(":"):
            if rest < len(words) and words[rest] == ":":
                rest += 1
            elif rest < len(words) and words[rest].startswith(":") and len(words[rest]) > 1:
                glued = ":"
            else:
                continue
        for k in range(rest, min(len(words), rest + ARCHIVE_REACH)):
            lead = glued if k == rest else ""
            m = (_FIRST_CLERK_LOOKALIKE if k == rest else _CLERK_LOOKALIKE).match(words[k][len(lead):])
            if m:
                out[k] = lead + "VT" + m.group(1)
    return out


# A recipient's note "(b/c)" (báo cáo: for its report) with the slash read as a letter's stem ("(bíc)", "( blc )",
# "(b1c);"): no word is so spelt; the recipient then keeps the note in its name ('TW Đoàn (bíc)').
# ... or with its "c" read as a copyright sign or a capital ("(b/©C);", "(b/©)", "(b/C)": a small italic c on a scan)
_REPORT_NOTE = re.compile(r"^(\(?)b(?:[íìilI1|!]c|/(?:©[cC]?|C))(\)?[.,;:]*)$")


def repair_report_note(words: list[str]) -> list[str]:
    """"(bíc);" -> "(b/c);", "(" "blc" ")" -> "(" "b/c" ")", "(b/©C);" -> "(b/c);": a "b", a slash read as a stem (or a
    "c" read as "©", "©C", "C"), a "c", in brackets (its own or the words beside it). Anything else unchanged ("bíc"
    with no bracket, "(b/c)", "(bìa)")."""
    out = list(words)
    for k, word in enumerate(words):
        m = _REPORT_NOTE.match(word)
        if not m:
            continue
        opened = m.group(1) or (k > 0 and words[k - 1].endswith("("))
        closed = m.group(2).startswith(")") or (k + 1 < len(words) and words[k + 1].startswith(")"))
        if opened and closed:
            out[k] = m.group(1) + "b/c" + m.group(2)
    return out


def stretches(line: list[dict], gap: float = COLUMN_GAP_PT) -> list[list[dict]]:
    """A line's words (left to right) cut where a column's gap lies between two: Tesseract
    reads a header's two columns as one line ("TĨNH THANH HÓA ... Độc lập - Tự do")."""
    out: list[list[dict]] = []
    for w in line:
        if out and w["x0"] - out[-1][-1]["x1"] <= gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


MARK_WIDTH_PT = 8.0  # a tone mark read as a sign is no wider than this
MARK_DROP_PT = 3.0  # ... and sits this near over the letter it belongs to
# ... or the marks of two words side by side read as one sign ("¬" over "SỞ TÀI": the hook of the bold "Ở" and the
# grave of "À" lifted onto a line of their own between "UBND TỈNH NAM ĐÀI" and "SỞ TÀI NGUYÊN VÀ MÔI": the header's
# two lines parted, the issuer's province lost), its ends over two words next to each other in one line (a rule's
# dashes, a low line, are no marks)
_MARKS_OF_TWO = re.compile(r"^[^\w\s\-–—_=|.,:;]{1,3}$")


def _letter_or_digit(ch: str) -> bool:
    """A letter or a digit, not a modifier letter: Tesseract reads a lifted circumflex as "ˆ"
    (U+02C6), which Unicode counts a letter; it is a sign here."""
    return ch.isalnum() and unicodedata.category(ch) != "Lm"


def _lifted_marks(lines: list[list[dict]], ink: dict[int, tuple[float, float]]) -> set[int]:
    """The ids of signs that are a word's tone mark lifted off it onto a line of its own (or
    onto the line of the column beside): the tilde of "VĨNH" read as "-" between "ỦY BAN NHÂN
    DÂN" and "TỈNH VĨNH LONG". Such a sign is narrow, has no letter or digit, stands a
    column's gap from any word of its line, and lies right over a word of another line (its
    middle within the word, the word's line starting within MARK_DROP_PT of its foot); or it is
    wider, the marks of two words (_MARKS_OF_TWO), its ends over two words next to each other. A
    dash with words beside it, a rule ("-------"), a sign over nothing stay."""
    return {id(sign) for sign, _ in marks_over_words(lines, ink)}


def _next_words(lines: list[list[dict]], first: dict, last: dict) -> bool:
    """`last` is the word right after `first` in one of `lines`."""
    return any(a is first and b is last for line in lines for a, b in zip(line, line[1:]))


def marks_over_words(lines: list[list[dict]], ink: dict[int, tuple[float, float]]) -> list[tuple[dict, dict]]:
    """(sign, word) for each sign of _lifted_marks' shape and the first word of another line it lies over."""
    out = []
    parts = [part for line in lines for part in stretches(line)]
    for part in parts:  # (a stretch of such marks read as letters, each over a word: each a mark)
        if len(part) > 1 and all(len(w["text"].rstrip(".,:;")) <= MARK_LETTERS_MAX for w in part):
            under = [_under_mark_read_as_letters(w, lines, ink) for w in part]
            if all(u is not None for u in under):
                out.extend(zip(part, under))
    alone = [part[0] for part in parts if len(part) == 1]
    for sign in alone:
        if any(_letter_or_digit(ch) for ch in sign["text"]):
            if (under := _under_mark_read_as_letters(sign, lines, ink)) is not None:
                out.append((sign, under))
            continue
        bottom = ink.get(id(sign), (sign["top"], sign["bottom"]))[1]

        def over(x: float) -> dict | None:
            return next((w for other in lines for w in other
                         if w is not sign and w["x0"] <= x <= w["x1"] and -MARK_DROP_PT <= w["top"] - bottom <= MARK_DROP_PT
                         and any(ch.isalpha() for ch in w["text"])), None)
        if sign["x1"] - sign["x0"] <= MARK_WIDTH_PT:
            under = over((sign["x0"] + sign["x1"]) / 2)
        elif _MARKS_OF_TWO.match(sign["text"]) and (first := over(sign["x0"])) and (last := over(sign["x1"])) \
                and _next_words(lines, first, last):
            under = first
        else:
            under = None
        if under is not None:
            out.append((sign, under))
    return out


# The marks of two lines set close read as a word of their own between them (a signer's title: the dot under "TỊCH" of
# "KT. CHỦ TỊCH" and the acute and hook of "PHÓ CHỦ" under it read "vn" at 3, a line between the two titles: the
# signer's authority lost). A one-word stretch of a letter or two (MARK_LETTERS_MAX) read under NOISE_CONF whose ink
# lies within the gap between a word of a line above and one of a line below it overlaps across (MARKS_GAP_SLACK_PT),
# a gap narrower than those words' letters are tall (no line of text fits there), is their marks.
MARKS_GAP_SLACK_PT = 1.0


def marks_between_lines(lines: list[list[dict]], ink: dict[int, tuple[float, float]]) -> set[int]:
    """The ids of the words of `lines` that are the marks of the lines above and below them (see above)."""
    out = set()
    words = [w for line in lines for w in line]
    for part in (part for line in lines for part in stretches(line) if len(part) == 1):
        w = part[0]
        if w["conf"] >= NOISE_CONF or not 0 < len(w["text"].rstrip(".,:;")) <= MARK_LETTERS_MAX:
            continue
        top, bottom = ink.get(id(w), (w["top"], w["bottom"]))
        across = [(v, ink.get(id(v), (v["top"], v["bottom"]))) for v in words
                  if v is not w and v["x0"] < w["x1"] and w["x0"] < v["x1"] and any(ch.isalpha() for ch in v["text"])]
        above = [(v, box) for v, box in across if box[1] <= top + MARKS_GAP_SLACK_PT]
        below = [(v, box) for v, box in across if box[0] >= bottom - MARKS_GAP_SLACK_PT]
        if not above or not below:
            continue
        a = max(above, key=lambda vb: vb[1][1])[1]
        b = min(below, key=lambda vb: vb[1][0])[1]
        if b[0] - a[1] < min(a[1] - a[0], b[1] - b[0]):
            out.add(id(w))
    return out


# A bold name's marks lifted onto the line of the column beside (a portal page's signer "Nguyễn Hoàng Khải" set level
# with the recipients' "- UBND các xã, phường;"): the tilde and hat of "ễ", the grave of "à" and the hook of "ả" read
# as letters on that line, "z" at 77, "x" at 39, "3." at 47, each a stretch of its own, and put into the name
# ("Nguyễn z Hoàng x" / "Khải 3.": the signer lost). Such a reading is one or two letters or digits and a sign, read
# under LOW_CONF, its ink no taller than MARK_MAX_SHARE of the word under it, lying within that word's ends, its
# foot within MARK_DROP_PT of that word's line's top: a mark, as _lifted_marks takes a sign. A word of text ("a)",
# "3." opening a list's line) is as tall as its line's letters and stands a line's height over the next. The marks of
# two words of one line lifted together ("Ă" over "huyện", "Ẫ" over "Hòa": a sheet's rows set tight, round IMG43)
# are one stretch of such readings: each is a mark where each lies so over a word (put into the recipient "UBND huyện
# Ă Hòa Ẫ Thượng", a line between the label and the list's first dash). Their line's band was the signer's beside
# ("TM. ỦY BAN NHÂN DÂN" set a little higher): the foot is told near the word's line's top or its own ink's top.
MARK_LETTERS_MAX = 2


def _under_mark_read_as_letters(sign: dict, lines: list[list[dict]], ink: dict[int, tuple[float, float]]) -> dict | None:
    """The word of another line `sign` (a stretch of one word) lies over as a lifted mark read as letters (above), or None."""
    text = sign["text"]
    if sign.get("conf", 100.0) >= LOW_CONF or len(text.rstrip(".,:;")) > MARK_LETTERS_MAX or not text[:1].isalnum():
        return None
    top, bottom = ink.get(id(sign), (sign["top"], sign["bottom"]))
    for other in lines:
        for w in other:
            if w is sign or not any(ch.isalpha() for ch in w["text"]) or not w["x0"] <= sign["x0"] <= sign["x1"] <= w["x1"]:
                continue
            w_top, w_bottom = ink.get(id(w), (w["top"], w["bottom"]))
            if min(abs(w["top"] - bottom), abs(w_top - bottom)) <= MARK_DROP_PT \
                    and bottom - top <= MARK_MAX_SHARE * (w_bottom - w_top):
                return w
    return None


# A word's tone mark lifted onto the line of the column beside (the hook of "Hải" in a signer's name
# set level with the recipients' last line, read as ":" on that line and dropped as a mark): the word
# under it was read without it ("Lê Thanh Hai"). The stretch of the word is read again alone, from a
# crop reaching up to the mark (psm 7), and a word under a mark takes that reading when it is the same
# letters with more marks on them, read MISSED_CONF sure; any other word stays as the page read it.
def _marks(word: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", word) if unicodedata.combining(ch))


def retoned(old: str, new: str) -> bool:
    """`new` is `old`'s letters (in the same case) with more marks on them: "Hai" -> "Hải", not "Hai" -> "Hal"."""
    return _bare(new) == _bare(old) and _marks(new) > _marks(old)


def _reread_lifted(gray: np.ndarray, pairs: list[tuple[dict, dict]], lines: list[list[dict]],
                   boxes: dict[int, tuple[int, int, int, int]], scale: float, lang: str, timeout: float) -> None:
    """The words under a lifted mark (`pairs`, marks_over_words) read again with their stretch of `lines`."""
    todo: list[tuple[list[dict], list[dict], int]] = []  # (stretch, signs over it, crop's top)
    for line in lines:
        for part in stretches(line):
            signs = [sign for sign, w in pairs if any(w is v for v in part)]
            if signs:
                todo.append((part, [w for sign, w in pairs if any(w is v for v in part)],
                             min(boxes[id(s)][1] for s in signs)))
    if not todo:
        return
    margin = max(3, round(2 * scale))
    crops, kept = [], []
    for part, under, top in todo:
        x0 = min(boxes[id(w)][0] for w in part)
        y0 = min([boxes[id(w)][1] for w in part] + [top])
        x1 = max(boxes[id(w)][2] for w in part)
        y1 = max(boxes[id(w)][3] for w in part)
        crop = gray[max(0, y0 - margin): y1 + margin, max(0, x0 - margin): x1 + margin]
        if crop.size:
            crops.append(np.pad(crop, 16, constant_values=255))
            kept.append((part, under))
    for (part, under), (text, conf) in zip(kept, read_cells(crops, lang, "7", timeout)):
        again = text.split()
        if conf < MISSED_CONF or len(again) != len(part):
            continue
        for w, new in zip(part, again):
            if any(w is u for u in under) and retoned(w["text"], new):
                w["text"] = new


# The stop or semicolon that ends a line of the left column (the recipients' "- Sở ... Tây Bắc;" set
# close to the signer's block) put by Tesseract at the start of the right column's line below it, read
# as a quote or a colon ('” Trịnh Quang Vĩnh', ': Trịnh ...'): the name then no name. Such a sign
# has no letter or digit, starts its stretch, lies within SIGN_BESIDE_PT right of the end of a word of
# another line whose ink it shares half its height with, and ends above the middle of the next word's
# ink (a quote opening the line's text stands on that word's line: its foot lower, or no word ends
# just left of it).
SIGN_BESIDE_PT = 3.0


def signs_of_the_line_beside(lines: list[list[dict]], ink: dict[int, tuple[float, float]]) -> set[int]:
    """The ids of signs that end another line (see above)."""
    out = set()
    for line in lines:
        for part in stretches(line):
            sign = part[0]
            if len(part) < 2 or any(_letter_or_digit(ch) for ch in sign["text"]) or id(sign) not in ink:
                continue
            top, bottom = ink[id(sign)]
            nxt = ink.get(id(part[1]), (part[1]["top"], part[1]["bottom"]))
            if bottom >= (nxt[0] + nxt[1]) / 2 or bottom - top <= 0:
                continue
            for other in lines:
                if other is line:
                    continue
                for w in other:
                    if not (0 <= sign["x0"] - w["x1"] <= SIGN_BESIDE_PT) or not any(ch.isalnum() for ch in w["text"]):
                        continue
                    w_top, w_bottom = ink.get(id(w), (w["top"], w["bottom"]))
                    if min(bottom, w_bottom) - max(top, w_top) >= (bottom - top) / 2:
                        out.add(id(sign))
    return out


_MARKS_ONLY = re.compile(r"^[\s\"'`´„“”‘’^ˆ˜~.,·]*$")  # a line of a cell that is only marks lifted off the next


_BULLET_SIGNS = re.compile(r"^[-_]*_[-_]*$")  # "_", "-_", "_-": a round bullet read as dashes and a low line


_LOW_QUOTE_BULLET = re.compile(r"^[„‚](?=\w)")  # "„Tỷ lệ ...": a dash bullet read as a low quote glued to the word

# A filled round bullet ("●", a Google Docs list's) read as a registered or copyright sign, an at sign, or two of
# them: "® Doanh số ...", "@® Có ít nhất ...". No line of text opens on such a sign: it is the list's bullet, "-"
# as a text source's list gives it (the line after it then a wrap of the item, not an item of its own).
_ROUND_BULLET_READ = re.compile(r"^[®©@•●◉]{1,2}$")


def _repair_bullet(line: list[dict]) -> set[int]:
    """A line's first words that are only dashes and low lines, one at least a low line
    ("_ Đến hết ...", "- _ Huy động ...": a round bullet "•" as Tesseract reads it), are the
    list's dash "-", one word; a low line has no other use at a line's start. A low quote
    glued to the line's first word ("„Tỷ lệ"; Vietnamese opens no quote with one) is the
    dash read so: "- Tỷ lệ". Returns the ids of the words merged into the first."""
    if line and _LOW_QUOTE_BULLET.match(line[0]["text"]):
        line[0]["text"] = "- " + line[0]["text"][1:]
        return set()
    if len(line) > 1 and _ROUND_BULLET_READ.match(line[0]["text"]) and any(ch.isalnum() for ch in line[1]["text"]):
        line[0]["text"] = "-"
        return set()
    signs = 0
    while signs < min(2, len(line) - 1) and re.fullmatch(r"[-_]+", line[signs]["text"]):
        signs += 1
    if not signs or not any(_BULLET_SIGNS.match(w["text"]) for w in line[:signs]) \
            or not any(ch.isalnum() for ch in line[signs]["text"]):
        return set()
    first = line[0]
    first["text"], first["x1"] = "-", line[signs - 1]["x1"]
    merged = {id(w) for w in line[1:signs]}
    del line[1:signs]
    return merged


# ... and a small filled disc ("•", a browser's list bullet: 3.8 pt across on a 12.5 pt line) read as letters and
# signs unsurely ("s«" at 35, "s" at 31, "«" at 0, "se" at 56): the items then no items, an item's wrapped tail ("với
# năm 2028;") an objective of its own. A line's first word read under LOW_CONF whose ink is a small square (as wide
# as tall within DISC_SQUARE, each side between DISC_MIN and DISC_MAX of the line's height: a small letter is taller,
# "o" near half the line, a stop smaller, a dash flat) with a tab's gap after it (DISC_GAP of the line's height at
# least: a word space is about a quarter) before a word, is the list's dash.
DISC_MIN, DISC_MAX = 0.15, 0.36
DISC_SQUARE = 1.5
DISC_GAP = 0.5
_DISC_GAP_READ = re.compile(r"^[_.,'`]{1,2}$")


def disc_bullet(line: list[dict], ink: dict[int, tuple[float, float]]) -> int | None:
    """Whether the first word of `line` (left to right; `ink`: each word's own top and bottom) is a disc bullet read
    as letters or signs (above): the number of words of signs read unsurely between it and the item's first word
    (the tab's gap read as a low line, "_"), which go; None where it is no such bullet."""
    if len(line) < 2 or line[0]["conf"] >= LOW_CONF or line[0]["text"] == "-":
        return None
    k = 1
    while k < len(line) - 1 and line[k]["conf"] < LOW_CONF and _DISC_GAP_READ.match(line[k]["text"]):
        k += 1
    if not any(ch.isalnum() for ch in line[k]["text"]):
        return None
    first, height = line[0], line[0]["bottom"] - line[0]["top"]
    top, bottom = ink.get(id(first), (first["top"], first["bottom"]))
    wide, tall = first["x1"] - first["x0"], bottom - top
    if height <= 0 or not (DISC_MIN * height <= wide <= DISC_MAX * height and DISC_MIN * height <= tall <= DISC_MAX * height):
        return None
    if max(wide, tall) > DISC_SQUARE * min(wide, tall) or line[k]["x0"] - first["x1"] < DISC_GAP * height:
        return None
    return k - 1


NOISE_CONF = 60.0  # signs read less surely than this, far from any word, are no text
NOISE_GAP_PT = 24.0  # ... this far (a column's gap) on both sides
_SIGN_ALONE = re.compile(r"[-–—%+*•/()]")  # a sign that means something alone: a table's "-" or "%" cell, a bullet
# ... but not beside a tilde or a caret, a lifted mark's shape no text sets ("~-": the hook of "Ủ" and
# the stroke of a title's line lifted off it, read onto the recipients' line beside)
_MARK_SHAPE = re.compile(r"[~˜^ˆ]")


_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]$")  # "5.", "3)"


def rule_read_as_item(texts: list[str], confs: list[float]) -> bool:
    """A stretch of words that is a rule's stroke (the motto's underline, a photo's uneven edge) read
    as an item's number and signs: "5. ` ‹". ————", the number read under GARBLED_WORD_CONF and every
    word after it signs only (no letter or digit). A list item read surely ("5." then signs: a
    table's dash), or one with words after its number, stays."""
    if len(texts) < 2 or not _ITEM_NUMBER.match(texts[0]) or confs[0] >= GARBLED_WORD_CONF:
        return False
    return not any(ch.isalnum() for text in texts[1:] for ch in text)


# A document's kind on a line of its own in capitals, its type line ("ĐỀ ÁN", "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
# read after specks of an archive's scan ("- ĐỂ ÁN": a speck in the margin read as a dash, surely; "“ “'CHƯƠNG
# TRÌNH HÀNH ĐỘNG": quotes, one glued to the word): the line is then no type line, the document's kind and title
# lost (and the bases after them). A type line has no sign before it: the signs go, and the kind's words take its
# marks ("ĐỂ ÁN" -> "ĐỀ ÁN"; words after the kind, "HÀNH ĐỘNG", as read). A line that is not the kind (and at most
# KIND_LINE_EXTRA words in capitals after it), a number, a word in small letters, stays as read.
KIND_LINE_EXTRA = 2
_KIND_WORDS = {tuple(untoned(w) for w in kind.split()): kind.split() for kind in TYPE_CODES}
_SPECK_SIGNS = re.compile(r"^[-–—“”\"'`‘’.,:;~_•*]{1,3}$")
_SIGNS_BEFORE = re.compile(r"^[“”\"'`‘’]{1,3}(?=\w)")  # quotes glued before the kind's first word


# A stroke left of a receipt stamp whose red was taken off (its edge, or the pen's, 1.7 pt wide and as tall as the
# line) read as a low line of its own before the line's first word ("_ Số: 96/KH-UBND" on an archive's scan, the
# "_" at 81, 12 pt before "Số:": the document's number lost; "_ CỘNG HÒA ..." on a plain scan). A low line alone (one
# or two) opening a stretch of a line, a word of letters after it, is no text (a blank to fill is a run of them, or
# glued to its label: "Số: ____/KH-UBND").
_LOW_LINE_ALONE = re.compile(r"^_{1,2}$")


def speck_opening_line(texts: list[str]) -> bool:
    """The texts of one stretch of a line open with a low line alone ("_", "__") before a word that opens with a
    letter ("Số:", "CỘNG")."""
    return len(texts) > 1 and bool(_LOW_LINE_ALONE.match(texts[0])) and texts[1][:1].isalpha()


def without_low_lines_opening(words: list[dict]) -> list[dict]:
    """The page's words but a low line alone that opens its stretch of a line (speck_opening_line): no word of its
    line ends within COLUMN_GAP_PT before it, or none within twice the gap after it (a speck between a header's
    two columns, hugging the national title: "DÂN", 15 pt, "_", 5 pt, "CỘNG"), and the next word on its line, within
    that gap after it, opens with a letter."""
    out = []
    for w in words:
        if _LOW_LINE_ALONE.match(w["text"]):
            line = [v for v in words if v is not w and v["top"] < w["bottom"] and w["top"] < v["bottom"]]
            after = sorted((v for v in line if v["x0"] >= w["x1"] - 0.5 and v["x0"] - w["x1"] < COLUMN_GAP_PT),
                           key=lambda v: v["x0"])
            near = min(COLUMN_GAP_PT, 2 * max(after[0]["x0"] - w["x1"], 2.0)) if after else COLUMN_GAP_PT
            before = [v for v in line if v["x1"] <= w["x0"] + 0.5 and w["x0"] - v["x1"] < near]
            if not before and after and speck_opening_line([w["text"], after[0]["text"]]):
                continue
        out.append(w)
    return out


def specks_before_kind(texts: list[str]) -> list[str]:
    """The texts of one stretch of a line, "-", "ĐỂ", "ÁN" -> "", "ĐỀ", "ÁN"; "“", "“'CHƯƠNG", "TRÌNH", "HÀNH",
    "ĐỘNG" -> "", "CHƯƠNG", "TRÌNH", "HÀNH", "ĐỘNG" (an empty text: a speck, no word). Anything else unchanged."""
    k = 0
    while k < len(texts) and _SPECK_SIGNS.match(texts[k]):
        k += 1
    if k == len(texts):
        return texts
    first = _SIGNS_BEFORE.sub("", texts[k])
    if (k == 0 and first == texts[k]) or len(texts) - k > _KIND_LONGEST + KIND_LINE_EXTRA:
        return texts
    rest = [first] + texts[k + 1:]
    if not all(w.isalpha() and w.isupper() for w in rest):
        return texts
    for n in range(min(_KIND_LONGEST, len(rest)), 0, -1):
        kind = _KIND_WORDS.get(tuple(untoned(w) for w in rest[:n]))
        if kind is not None and len(rest) - n <= KIND_LINE_EXTRA:
            return [""] * k + [r.upper() for r in kind] + rest[n:]
    return texts


_KIND_LONGEST = max(len(key) for key in _KIND_WORDS)


# A seal's leftover (a dot of its ink the red was not taken from, dust) beside the signer's block read again from the
# page without the seal, as signs before a line in capitals ("._ PHÓ BÍ THƯ", surely, the speck standing less than a
# column's gap from the title): the line is then no signer's title, the title lost. Signs of specks only (stops,
# quotes, low lines: no dash, a list's bullet) before a word in capitals are no text.
_SPECKS_ONLY = re.compile(r"^[“”\"'`‘’.,:;~_·]{1,3}$")


def specks_before_capitals(texts: list[str]) -> list[str]:
    """The texts of one line read again under a seal: "._", "PHÓ", "BÍ", "THƯ" -> "", "PHÓ", "BÍ", "THƯ" (an empty
    text: a speck, no word). A line whose first word after the specks is not in capitals (two letters or more), or
    that starts with a dash, stays as read."""
    k = 0
    while k < len(texts) and _SPECKS_ONLY.match(texts[k]):
        k += 1
    if k == 0 or k == len(texts):
        return texts
    first = texts[k].rstrip(".,:;")
    if len(first) < 2 or not (first.isalpha() and first.isupper()):
        return texts
    return [""] * k + texts[k:]


# A row of hyphens ("-------", the rule under a header's issuer) read as one word of letters at no
# confidence ("Nnnn", "c¬===e="): a page's reading set the word before the next column's line and the
# layout ran it on after the recipients of the page before ("- Lưu: VT.Nnnn"). Letters stand a line's
# x-height tall: a word whose own ink is no taller than a rule's stroke, and several times as wide, read
# under NOISE_CONF, is no text.
RULE_WORD_WIDTH = 4.0  # ... this many times as wide as tall


def rule_read_as_letters(text: str, conf: float, height_pt: float, width_pt: float) -> bool:
    """A word read from a rule's stroke (see RULE_WORD_WIDTH): with a letter or digit, read under NOISE_CONF
    from ink at most RULE_THIN_PT tall and RULE_WORD_WIDTH times as wide. Signs stay (a hyphen, a dash: a
    bullet, a table's "-"), and so does any word read surely or whose ink stands a letter tall."""
    return (conf < NOISE_CONF and height_pt <= RULE_THIN_PT and width_pt >= RULE_WORD_WIDTH * max(height_pt, 0.1)
            and any(ch.isalnum() for ch in text))


# A speck after a line's last word read as an underscore and a stop ("KẾ HOẠCH _.": a photo's grain 9 pt after the plan's
# kind, 2 pt wide; the kind's line no longer told, the title and the bases under it lost). An underscore is a letter's
# half em wide or more; a word of an underscore and stops only (no letter, no digit) after a word, narrower than
# UNDERSCORE_MIN_WIDTH of its line's height, is no underscore (a blank to fill in, "____", is wider). At a line's start
# a low line is the list's dash, however narrow (a phone's photo: "- Phát triển ..." read "_ Phát triển": _repair_bullet).
UNDERSCORE_MIN_WIDTH = 0.3
_UNDERSCORE_SIGNS = re.compile(r"^[.,:;'`]*_+[.,:;'`]*$")


def underscore_speck(text: str, width_pt: float, line_height_pt: float) -> bool:
    """A word read as an underscore (with stops or commas about it) too narrow to be one: a speck."""
    return bool(_UNDERSCORE_SIGNS.match(text)) and width_pt < UNDERSCORE_MIN_WIDTH * line_height_pt


def underscore_specks(lines: list[list[dict]]) -> set[int]:
    """The ids of the words of `lines` (each left to right) that are specks read as an underscore after a word with a
    letter or a digit (underscore_speck; not at a line's start, nor after its dash)."""
    return {id(w) for line in lines for before, w in zip(line, line[1:]) if any(ch.isalnum() for ch in before["text"])
            and underscore_speck(w["text"], w["x1"] - w["x0"], w["bottom"] - w["top"])}


# A seal's leftover (its ink's edge, a speck the red was not taken from) before the wrapped end of a signer's authority
# ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN" / "-_ DẦN" on an archive's scan): read as a list's dash, the line was taken for a
# recipient ("DẦN") and the authority's phrase left cut. Signs of specks only (_SPECK_SIGNS) opening the line a
# column's text wraps onto, where the words after them finish a phrase of the vocabulary the line above starts
# (vi_syllable.phrase_across), are no text: no list's item goes on a phrase cut at the wrap.
def specks_before_wrapped(above: list[str], below: list[str]) -> int:
    """How many of `below`'s first words (the texts of the stretch `above`'s column wraps onto) are specks before a
    phrase's wrapped end (see above): 0 where none is."""
    k = 0
    while k < len(below) and _SPECK_SIGNS.match(below[k]):
        k += 1
    return k if 0 < k < len(below) and phrase_across(above, below[k:]) else 0


def wrapped_stretches(parts: list[list[dict]]) -> list[tuple[list[dict], list[dict]]]:
    """Each stretch of a line (stretches) and the one its column's text wraps onto: the nearest stretch below it
    that it overlaps across, whose top lies within a line's height under its foot ("BỘ THÔNG TIN VÀ TRUYỀN" over
    "THÔNG", centred in a header's left column). A stretch far below, or beside, is not its next line."""
    pairs = []
    for a in parts:
        ax0, ax1, atop, abottom = a[0]["x0"], a[-1]["x1"], a[0]["top"], a[0]["bottom"]
        height = abottom - atop
        below = [b for b in parts if b is not a and b[0]["x0"] < ax1 and ax0 < b[-1]["x1"]
                 and atop + height / 2 < b[0]["top"] <= abottom + height]
        if below:
            pairs.append((a, min(below, key=lambda b: b[0]["top"])))
    return pairs


def _specks(line: list[dict]) -> list[dict]:
    """The words of a line (left to right) that are no text: tone marks lifted off the line
    under them (the hook and the circumflex of "TỈNH TUYÊN" read as "; ˆ" on a line of
    their own, or on the line of the column beside), or specks. Such a word has no letter
    or digit (a modifier letter, "ˆ", is a mark), is read unsurely, and stands apart: no
    word within a column's gap of it. A bullet, a dash between two numbers, a full stop
    stay (a word is near them), and so does a sign that means something alone ("-" or "%"
    in a table's cell)."""
    return [w for i, w in enumerate(line)
            if not (any(ch.isalnum() and unicodedata.category(ch) != "Lm" for ch in w["text"]) or w["conf"] >= NOISE_CONF
                    or (_SIGN_ALONE.search(w["text"]) and not _MARK_SHAPE.search(w["text"])))
            and _stands_apart(line, i)]


def check_language(lang: str, timeout: float = 30.0) -> None:
    """Tesseract is installed and has the language data (`vie`), or OcrUnavailable."""
    missing = [code for code in lang.split("+") if code not in installed_languages(timeout, tools.tesseract())]
    if missing:
        package = " ".join(f"tesseract-ocr-{m}" for m in missing)
        raise tools.OcrUnavailable(f"read.ocr_unavailable: Tesseract has no language data for {'+'.join(missing)}; "
                                   f"install it with: sudo apt-get install -y {package}")


# --- ruled tables in the image -------------------------------------------------------

Segment = tuple[int, int, int, int]  # horizontal: (y, x0, x1, thickness); vertical: (x, y0, y1, thickness)


def rule_ink(gray: np.ndarray, scale: float, level: int = RULE_DARK) -> np.ndarray:
    """The pixels a table's rules may be made of: ink (under DARK), and gray (under
    RULE_DARK, or `level`) that lies in a thin stroke, with paper within RULE_THIN_PT on one side of it
    (above, below, left or right). A table printed with light gray rules keeps its grid;
    a shaded cell's gray inside (a header row's background) is no rule."""
    light = gray < level
    paper = ~light
    k = max(2, round(RULE_THIN_PT * scale))
    near = np.zeros_like(paper)
    near[k:] |= paper[:-k]
    near[:-k] |= paper[k:]
    near[:, k:] |= paper[:, :-k]
    near[:, :-k] |= paper[:, k:]
    return (gray < DARK) | (light & near)


def _window(a: np.ndarray, length: int, op) -> np.ndarray:
    """out[:, x] = op over a[:, x:x + length] (np.logical_and / np.logical_or), by doubling."""
    k, r = 1, a
    while 2 * k <= length:
        r = op(r[:, :-k], r[:, k:])
        k *= 2
    if k < length:  # two windows of k overlap to cover length
        r = op(r[:, :r.shape[1] - (length - k)], r[:, length - k:])
    return r


def _runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels of `mask` that lie in a run of at least `length` along axis 1."""
    if length > mask.shape[1]:
        return np.zeros_like(mask)
    full = _window(mask, length, np.logical_and)  # the window starting at x is all ink
    padded = np.pad(full, ((0, 0), (length - 1, length - 1)))
    return _window(padded, length, np.logical_or)  # some full window covers x


def _segments(runs: np.ndarray, join: int) -> list[Segment]:
    """Runs of consecutive rows merged into rules: (position, start, end, thickness)."""
    found: list[list[int]] = []  # [first row, last row, x0, x1]
    open_: list[list[int]] = []
    for y in np.flatnonzero(runs.any(axis=1)):
        row = runs[y]
        edges = np.flatnonzero(np.diff(np.concatenate([[0], row.view(np.int8), [0]])))
        still = []
        for x0, x1 in zip(edges[::2], edges[1::2] - 1):
            hit = next((s for s in open_ if s[1] >= y - 1 and x0 <= s[3] + join and x1 >= s[2] - join), None)
            if hit:
                hit[1], hit[2], hit[3] = y, min(hit[2], x0), max(hit[3], x1)
                if hit not in still:
                    still.append(hit)
            else:
                seg = [y, y, int(x0), int(x1)]
                found.append(seg)
                still.append(seg)
        open_ = still
    return [((a + b) // 2, x0, x1, b - a + 1) for a, b, x0, x1 in found if b - a + 1 <= 3 * join]


def _stepped_segments(ink: np.ndarray, faint: np.ndarray, length: int, join: int, found: list[Segment]) -> list[Segment]:
    """Horizontal rules of `ink` whose faint part (`faint`: gray, not dark) may step a row up or down as they go,
    that the rules `found` (a run in one row) do not hold: a thin faint rule of a phone's photo, a pixel thick,
    straightened by its app, its gray ink stepping between two rows every few dozen pixels, so that no one row holds
    a run of RULE_MIN_PT (the rule between a table's last row and its total lost, the two rows' amounts read as one
    cell). Found as runs of the ink with its faint part thickened one row down; one that a rule found lies along
    (within `join` up or down) and covers is no new rule (the rules found stay as they are: a real scan's dark ones
    and its type as before)."""
    thick = ink.copy()
    thick[1:] |= (ink & faint)[:-1]
    return [s for s in _segments(_runs(thick, length), join)
            if not any(abs(y - s[0]) <= join and x0 - join <= s[1] and s[2] <= x1 + join for y, x0, x1, _ in found)]


# A faint rule's stretch paler still than RULE_DARK (a phone photo's pale rule at 215-225 across one column, its
# pieces either side found): two pieces of one rule (lying along each other within JOIN_PT) are joined across the
# gap between them where a thin stroke of gray under PALE_RULE_DARK lies along them over PALE_COVER of the gap's
# columns. A merged cell's gap (paper) or a word on the rule's line (letters with paper between) is no such stroke.
PALE_RULE_DARK = 230
PALE_COVER = 0.95


def _joined_pale(hsegs: list[Segment], pale: np.ndarray, join: int) -> list[Segment]:
    """`hsegs` and, where pieces of one rule lie either side of a pale gap (see PALE_RULE_DARK), the rule they make
    joined (the pieces stay as found)."""
    chains: list[list[Segment]] = []
    for h in sorted(hsegs, key=lambda h: h[1]):
        for chain in chains:
            a = chain[-1]
            if a[2] + 1 < h[1] and abs(h[0] - a[0]) <= join:
                top = max(0, min(a[0] - a[3] // 2, h[0] - h[3] // 2) - 1)
                bottom = max(a[0] + a[3] - a[3] // 2, h[0] + h[3] - h[3] // 2) + 1
                if pale[top:bottom, a[2] + 1:h[1]].any(axis=0).mean() >= PALE_COVER:
                    chain.append(h)
                    break
        else:
            chains.append([h])
    return hsegs + [(round(sum(h[0] for h in chain) / len(chain)), chain[0][1], chain[-1][2], max(h[3] for h in chain))
                    for chain in chains if len(chain) > 1]


def _rules(ink: np.ndarray, scale: float, gray: np.ndarray | None = None) -> tuple[list[Segment], list[Segment]]:
    """The page's horizontal and vertical rules in `ink` (rule_ink); given the page's `gray`, a faint rule too
    (_stepped_segments, _joined_pale)."""
    join = max(2, round(JOIN_PT * scale))
    hsegs = _segments(_runs(ink, round(RULE_MIN_PT * scale)), join)
    if gray is not None:
        hsegs += _stepped_segments(ink, gray >= DARK, round(RULE_MIN_PT * scale), join, hsegs)
        hsegs = _joined_pale(hsegs, rule_ink(gray, scale, PALE_RULE_DARK), join)
    vsegs = _segments(_runs(np.ascontiguousarray(ink.T), round(VRULE_MIN_PT * scale)), join)
    # a vertical stroke counts only between two horizontal rules (a letter's stem does not), a row of text apart
    touch = max(2, round(TOUCH_PT * scale))
    shortest = round(VRULE_MIN_PT * scale)

    def spanned(v):
        """The stroke if it runs from a horizontal rule to another; one whose ink runs on
        past the last rule it reaches at either end or both (a letter right under the table
        touching the rule's column; a column's rule between two merged group rows, each
        with a capital's stem on the column's line bridged to it through the row's padding)
        is cut at the first and last rules it crosses. A stroke that crosses one rule only
        (strokes of letters in cells above one another, joined through a rule) is none."""
        x, y0, y1, t = v
        ys = [(hy, ht) for hy, hx0, hx1, ht in hsegs if hx0 - join <= x <= hx1 + join]
        top = any(abs(hy - y0) <= ht // 2 + touch for hy, ht in ys)
        bottom = any(abs(hy - y1) <= ht // 2 + touch for hy, ht in ys)
        inside = [hy for hy, ht in ys if y0 - ht // 2 - touch <= hy <= y1 + ht // 2 + touch]
        if inside and max(inside) - min(inside) > join:  # two rules, not one thick one
            y0, y1 = y0 if top else min(inside), y1 if bottom else max(inside)
            # (cut so, shorter than a row of text: letters' stems between a cell's rule and a bold word's letters
            # run together into a "rule" a few points above it on a phone's photo: "xã, phường" in a header cell)
            return (x, y0, y1, t) if y1 - y0 >= shortest else None
        return None
    hsegs = hsegs + open_edges(hsegs, vsegs, join, shortest)
    vsegs = [c for c in map(spanned, vsegs) if c is not None]
    vsegs = [piece for v in vsegs for piece in _covered_pieces(
        v, [hy for hy, hx0, hx1, _ in hsegs if hx0 - join <= v[0] <= hx1 + join], ink, join)]
    vsegs = vsegs + open_sides(hsegs, vsegs, join, round(NARROWEST_COLUMN_PT * scale))
    # a horizontal rule counts only where vertical rules cross or end on it; one that lies within a column, none
    # crossing it, reaches both the column's rules (within half JOIN_PT of each: the bars of a bold "TT" in a narrow
    # header cell merged over two rows, as long as a rule, stop short of them and would cut the cell: "" over "V")
    def crossed(h):
        y, x0, x1, _ = h
        at = [(x, t) for x, y0, y1, t in vsegs if x0 - join <= x <= x1 + join and y0 - join <= y <= y1 + join]
        if len(at) < 2:
            return False
        if any(x0 + join < x < x1 - join for x, _ in at):
            return True
        return any(x - join <= x0 <= x + t // 2 + join // 2 for x, t in at) \
            and any(x - t // 2 - join // 2 <= x1 <= x + join for x, t in at)
    hsegs = [h for h in hsegs if crossed(h)]
    return hsegs, vsegs


OPEN_EDGE_COLUMNS = 3  # rules of a table's columns (its two sides among them) that run on past its edge, at least


def open_edges(hsegs: list[Segment], vsegs: list[Segment], join: int, shortest: int) -> list[Segment]:
    """The rules a table cut by a page break lacks at the cut (`hsegs`, `vsegs`: the page's strokes): a browser splits
    a row across two pages and draws no rule at either cut, the columns' rules running on past the table's first (or
    last) rule up (down) to the cut, the row's rest between them ("3" | "Tập huấn kỹ năng số cho" / "cán bộ, công chức
    cấp xã" | ... at the top of the next page: read as loose lines, the rows ruled under it with them). Where strokes
    that each cross two horizontal rules or more, OPEN_EDGE_COLUMNS of them or more, all the column rules that cross
    the first (last) rule and one of its two ends among them (not the stems of a heading's letters over a table, on
    the column rules of its left part: "II. NHIỆM VỤ" on a phone app's scan), run on `shortest` (a row) or more past it and stop within `join` of one another (the cut), a
    rule across the first (last) rule's length there."""
    def meets(h: Segment, v: Segment) -> bool:
        return h[1] - join <= v[0] <= h[2] + join and v[1] - join <= h[0] <= v[2] + join
    met = [[h for h in hsegs if meets(h, v)] for v in vsegs]
    columns = [(v, hs) for v, hs in zip(vsegs, met) if hs and max(h[0] for h in hs) - min(h[0] for h in hs) > join]
    out: list[Segment] = []
    for h in hsegs:
        crossing = [v for v, hs in columns if any(g is h for g in hs)]
        for past in ([(v[0], v[1]) for v in crossing if v[1] < h[0] - shortest],
                     [(v[0], v[2]) for v in crossing if v[2] > h[0] + shortest]):
            xs, ends = sorted(x for x, _ in past), [y for _, y in past]
            count = len(_cluster(xs, join))
            if count < OPEN_EDGE_COLUMNS or count < len(_cluster([v[0] for v in crossing], join)) \
                    or (xs[0] - h[1] > join and h[2] - xs[-1] > join) or max(ends) - min(ends) > join:
                continue
            cut = round(sum(ends) / len(ends))
            # (no rule across the table between h and the cut, nor at the cut: h is the table's first, or last)
            if not any(join < (g[0] - h[0]) * (1 if cut > h[0] else -1) <= abs(cut - h[0]) + join
                       and g[1] - join <= h[1] and h[2] <= g[2] + join for g in hsegs):
                out.append((cut, h[1], h[2], 1))
    return out


NARROWEST_COLUMN_PT = 24.0  # a table's narrowest column (a row code's, "TT") is this wide at least


def open_sides(hsegs: list[Segment], vsegs: list[Segment], join: int, widest: int) -> list[Segment]:
    """The side rules a table drawn without them lacks (`hsegs`, `vsegs`: its rules): a web page's table of boxes, each
    cell ruled on its left and each row under it ("display: flex", "border-left" and "border-bottom"), has no rule down
    its right side; its rows' rules run on past the last column's rule to the table's edge (the last column, "Thời
    gian" | "Quý II/2027", out of the grid: read as loose lines). Where rules across at two heights or more (pieces of
    one broken rule are one), each crossed by column rules `widest` (a column's width) apart or more, run on `widest`
    or more past the same last (first) column rule and stop within `join` of one another, a rule down the table's side
    there, from the first of them to the last."""
    rules: list[list[int]] = []  # (the rules across at one height, pieces and copies of one rule as one: y, x0, x1)
    for h in sorted(hsegs):
        if rules and h[0] - rules[-1][0] <= join and h[1] <= rules[-1][2] + join:
            rules[-1][1:] = [min(rules[-1][1], h[1]), max(rules[-1][2], h[2])]
        else:
            rules.append([h[0], h[1], h[2]])
    out: list[Segment] = []
    for side in (0, 1):
        ends: list[tuple[int, int, int]] = []  # (the column rule it runs past, its end, its height)
        for y, x0, x1 in rules:
            xs = _cluster([v[0] for v in vsegs if x0 - join <= v[0] <= x1 + join and v[1] - join <= y <= v[2] + join],
                          join)
            if len(xs) >= 2 and xs[-1] - xs[0] >= widest:
                last, end = (xs[0], x0) if side == 0 else (xs[-1], x1)
                if (last - end) * (1 if side == 0 else -1) >= widest:
                    ends.append((last, end, y))
        groups: list[list[tuple[int, int, int]]] = []  # (by the column rule they run past)
        for e in sorted(ends):
            if groups and e[0] - groups[-1][-1][0] <= join:
                groups[-1].append(e)
            else:
                groups.append([e])
        for group in groups:
            if max(e[2] for e in group) - min(e[2] for e in group) > join \
                    and max(e[1] for e in group) - min(e[1] for e in group) <= join \
                    and max(e[0] for e in group) - min(e[0] for e in group) <= join:
                x = round(sum(e[1] for e in group) / len(group))
                out.append((x, min(e[2] for e in group), max(e[2] for e in group), 1))
    return out


# A vertical rule's ink covers this share of each row of the table it crosses. Pieces of a
# rule broken by the scan are joined across gaps of JOIN_PT, and so, through a row's padding
# above and below, are a column's rule and the stem of a bold capital ("H", "N") that a
# merged row's title ("I. NHÓM NHIỆM VỤ VỀ CƠ CHẾ, CHÍNH SÁCH") happens to put on the
# column's line: the row would be cut in cells there ("NHÓM NH" | "IỆM VỤ ...").
RULE_COVER = 0.8


def _covered_pieces(v: Segment, rule_ys: list[int], ink: np.ndarray, join: int) -> list[Segment]:
    """The vertical rule `v` less the rows (between the horizontal rules at `rule_ys` it
    crosses) its ink covers less than RULE_COVER of: the pieces of it that remain."""
    x, y0, y1, t = v
    band = ink[:, max(0, x - t // 2 - 1): x + t - t // 2 + 2].any(axis=1)
    bounds = [y0] + sorted(y for y in set(rule_ys) if y0 + join < y < y1 - join) + [y1]
    pieces: list[Segment] = []
    for a, b in zip(bounds, bounds[1:]):
        if band[a:b + 1].mean() < RULE_COVER:
            continue
        if pieces and pieces[-1][2] == a:
            pieces[-1] = (x, pieces[-1][1], b, t)
        else:
            pieces.append((x, a, b, t))
    return pieces


class _Grid:
    """One ruled table: rule positions, merged cells, and the words placed in them."""

    def __init__(self, hsegs: list[Segment], vsegs: list[Segment], scale: float, join: int):
        self.scale, self.join = scale, join
        self.hsegs, self.vsegs = hsegs, vsegs
        self.ys = _cluster([h[0] for h in hsegs], join)
        self.xs = _cluster([v[0] for v in vsegs], join)
        rows, cols = len(self.ys) - 1, len(self.xs) - 1
        parent = list(range(rows * cols))

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for r in range(rows):
            ymid = (self.ys[r] + self.ys[r + 1]) / 2
            for c in range(cols):
                xmid = (self.xs[c] + self.xs[c + 1]) / 2
                if c + 1 < cols and not self._vrule(self.xs[c + 1], ymid):
                    parent[find(r * cols + c + 1)] = find(r * cols + c)
                if r + 1 < rows and not self._hrule(self.ys[r + 1], xmid):
                    parent[find((r + 1) * cols + c)] = find(r * cols + c)
        self.region = [[find(r * cols + c) for c in range(cols)] for r in range(rows)]
        self.texts: dict[int, str] = {}
        self.lines: dict[int, list[str]] = {}  # a cell's lines, where it has more than one
        self.confs: dict[int, float] = {}
        self.others: dict[int, str] = {}  # an amount's other reading (the page's model's, where the digits' read another)

    def _vrule(self, x: float, y: float) -> bool:
        return any(abs(vx - x) <= self.join and y0 <= y <= y1 for vx, y0, y1, _ in self.vsegs)

    def _hrule(self, y: float, x: float) -> bool:
        return any(abs(hy - y) <= self.join and x0 <= x <= x1 for hy, x0, x1, _ in self.hsegs)

    def bbox_px(self) -> tuple[int, int, int, int]:
        return int(self.xs[0]), int(self.ys[0]), int(self.xs[-1]), int(self.ys[-1])

    def regions(self) -> dict[int, tuple[int, int, int, int]]:
        """Each cell (merged cells as one) -> its box in pixels (x0, y0, x1, y1)."""
        boxes: dict[int, list[int]] = {}
        for r, row in enumerate(self.region):
            for c, key in enumerate(row):
                b = boxes.setdefault(key, [c, r, c, r])
                b[0], b[1], b[2], b[3] = min(b[0], c), min(b[1], r), max(b[2], c), max(b[3], r)
        return {k: (int(self.xs[c0]), int(self.ys[r0]), int(self.xs[c1 + 1]), int(self.ys[r1 + 1]))
                for k, (c0, r0, c1, r1) in boxes.items()}

    def table(self) -> Table:
        rows = [[self.texts.get(k, "") for k in row] for row in self.region]
        if self.lines and is_layout_table(rows):  # its cells' lines are lines, as a text layer's
            rows = [[("\n".join(self.lines[k]) if k in self.lines else self.texts.get(k, "")) for k in row]
                    for row in self.region]
            rows = numbers_told_by_issuer_cells(rows)  # "BỘ THÔNG TIN VÀ TRUYỀN" / "THÔNG" over "Số: 1873/KH-BTTTI"
        # a number read with low confidence, or with digit groups no table writes ("1.2.50", "1 250")
        unsure = {k for k, text in self.texts.items() if _NUMBER_WORD.search(text) and (
            self.confs.get(k, 100.0) < LOW_CONF or (_NUMBERISH.match(text) and not _WELL_FORMED.match(text)))}
        suspect = {(r, c) for r, row in enumerate(self.region) for c, k in enumerate(row) if k in unsure}
        for r in _ones_misread(rows):
            rows[r][0] = "1"
            suspect.add((r, 0))
        for r, code in codes_with_comma(rows).items():
            rows[r][0] = code
        for r in _codes_out_of_sequence(rows):
            rows[r][0] = str(int(rows[r - 1][0]) + 1)
            suspect.add((r, 0))
        for r, code in _group_codes(rows).items():
            rows[r][0] = code
        for r in _code_headings(rows):
            # (and every row its cell is merged down over: a two-row header's "TT")
            for below, region in enumerate(self.region):
                if region[0] == self.region[r][0]:
                    rows[below][0] = "STT"
        for (r, c), text in _year_headings(rows).items():
            rows[r][c] = text
        for (r, c), text in headings_told_by_siblings(rows).items():
            rows[r][c] = text
        for (r, c), text in total_label_told_by_sums(rows).items():
            rows[r][c] = text
        for (r, c), text in amounts_told_by_total(rows).items():
            rows[r][c] = text
            suspect.add((r, c))
        others = {(r, c): self.others[k] for r, row in enumerate(self.region) for c, k in enumerate(row)
                  if k in self.others and rows[r][c] == self.texts.get(k)}
        for (r, c), text in amounts_told_by_other_reading(rows, others).items():
            rows[r][c] = text
            suspect.add((r, c))
        s = self.scale
        return Table((self.xs[0] / s, self.ys[0] / s, self.xs[-1] / s, self.ys[-1] / s), rows, suspect)


# A column of amounts in thousands' groups over a total row ("Tổng cộng" | 1.486.250.000), one of
# whose amounts OCR read with a digit too many ("5917.500.000" for "517.500.000": a group of four
# digits, no amount's shape): the one digit whose drop makes the column add up to its total is dropped.
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # 517.500.000
_GROUPED_ONE_TOO_MANY = re.compile(r"^(?=[\d.]*\d{4}|\d{1,3}\.(?:\d{3}\.)*\d{2}(?:\.|$))\d+(?:\.\d+){1,}$")
_TOTAL_LABEL = re.compile(r"^(?:tong cong|tong so|tong|cong)(?:\s*[:(].*)?$")  # "Tổng cộng", "Cộng (I+II)"


def _grouped_value(text: str) -> int | None:
    return int(text.replace(".", "")) if _GROUPED.match(text) else None


def _regrouped(digits: str) -> str:
    """"517500000" -> "517.500.000"."""
    return f"{int(digits):,}".replace(",", ".")


def amounts_told_by_total(rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """Cells of an amounts' column read with one digit too many, with the amount the column's total
    proves: the column's other amounts are well grouped ("186.400.000"), its last row is a total
    ("Tổng cộng", "Cộng", "Tổng số" in a cell before it; marks off) and they fall short of it by
    what the one ill-grouped cell ("5917.500.000") reads with one digit dropped ("517.500.000"),
    and by no other drop. A column whose rows hold subtotals, or two ill-grouped cells, stays. The total
    read so ("5.9500") is the amounts' sum where one digit's drop alone makes it so (_total_told_by_amounts)."""
    found: dict[tuple[int, int], str] = {}
    width = max((len(row) for row in rows), default=0)
    for c in range(1, width):
        total_row, total = _column_total(rows, c)
        if total is None:
            if total_row >= 0 and (fit := _total_told_by_amounts(rows, c, total_row)):
                found[(total_row, c)] = fit
            continue
        parts, bad = 0, []
        for r in range(total_row):
            text = rows[r][c].strip() if c < len(rows[r]) else ""
            value = _grouped_value(text)
            if value is not None:
                parts += value
            elif _GROUPED_ONE_TOO_MANY.match(text):
                bad.append((r, text))
        if len(bad) != 1 or not parts:
            continue
        r, text = bad[0]
        digits = text.replace(".", "")
        fits = {_regrouped(digits[:k] + digits[k + 1:]) for k in range(len(digits))
                if parts + int(digits[:k] + digits[k + 1:]) == total}
        if len(fits) == 1:
            found[(r, c)] = fits.pop()
    return found


_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})*$")  # "2.500", "300": an amount of a column in thousands' groups
_SPACED_AMOUNT = re.compile(r"^[\d.]*\d[\d.]* [\d.]*\d[\d.]*$")  # "1.080.00 0.000": one space read inside an amount


def _total_told_by_amounts(rows: list[list[str]], c: int, total_row: int) -> str | None:
    """A column's total read with one digit too many ("5.9500" for "5.500": a group of four digits, no amount's
    shape), with the amount its rows add up to: its amounts (two or more, from the first on) all well grouped
    ("2.500", "3.000") and one digit's drop alone making the total their sum; or read with a space inside
    ("1.080.00 0.000"), the amounts' sum without it. Anything else: None."""
    text = rows[total_row][c].strip()
    spaced = _SPACED_AMOUNT.match(text) and _AMOUNT.match(text.replace(" ", ""))
    if not _GROUPED_ONE_TOO_MANY.match(text) and not spaced:
        return None
    values = [(r, rows[r][c].strip()) for r in range(total_row) if c < len(rows[r])]
    first = next((k for k, (_, v) in enumerate(values) if _AMOUNT.match(v)), None)
    if first is None:
        return None
    amounts = [v for _, v in values[first:] if v]
    if len(amounts) < 2 or not all(_AMOUNT.match(v) for v in amounts):
        return None  # a number of another shape among the amounts (a subtotal's, a misread one): the sum tells nothing
    parts = sum(int(v.replace(".", "")) for v in amounts)
    if spaced:  # "1.080.00 0.000": a space read inside a group, the amounts' sum without it
        return text.replace(" ", "") if int(text.replace(" ", "").replace(".", "")) == parts else None
    digits = text.replace(".", "")
    fits = {_regrouped(digits[:k] + digits[k + 1:]) for k in range(len(digits))
            if int(digits[:k] + digits[k + 1:]) == parts}
    return fits.pop() if len(fits) == 1 else None


# A table's last row labelled "Cộng" read "Công" (its dot below lost on a photo: a unit's word, no total's label; the
# table's total then taken for an item 'Công'): the row is the total where, in each of its columns holding an amount
# (two at least, after the label), the amount is the sum of the amounts above it (two or more, all of an amount's
# shape): its label is "Cộng". A row that does not add up, or a column of another shape, leaves it as read.
def total_label_told_by_sums(rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """The last row's label cell ((row, column) -> "Cộng") where the row's amounts are the sums above them."""
    if len(rows) < 3:
        return {}
    last = len(rows) - 1
    label = next((c for c, cell in enumerate(rows[last]) if _WORD_LETTERS.search(cell)), None)
    if label is None:
        return {}
    cell = rows[last][label].strip()
    if _folded_words(cell) != "cong" or cell.lower() == "cộng":
        return {}
    cols = [c for c in range(label + 1, len(rows[last])) if _AMOUNT.match(rows[last][c].strip())]
    if len(cols) < 2:
        return {}
    for c in cols:
        above = [rows[r][c].strip() for r in range(last) if c < len(rows[r])]
        amounts = [v for v in above if _AMOUNT.match(v)]
        if len(amounts) < 2 or any(v and not _AMOUNT.match(v) and _NUMBER_WORD.search(v) for v in above[1:]) \
                or sum(int(v.replace(".", "")) for v in amounts) != int(rows[last][c].strip().replace(".", "")):
            return {}
    return {(last, label): "CỘNG" if cell.isupper() else "Cộng"}


_WORD_LETTERS = re.compile(r"[^\W\d_]")


def _column_total(rows: list[list[str]], c: int, value=None) -> tuple[int, int | None]:
    """The row of column `c`'s total (its last filled cell, a total's label in a cell before it) and the
    total's amount (`value` of its text: _grouped_value's); (-1, None) where the column has none."""
    total_row = next((r for r in range(len(rows) - 1, -1, -1) if c < len(rows[r]) and rows[r][c].strip()), None)
    if total_row is None or not any(_TOTAL_LABEL.match(_folded_words(cell)) for cell in rows[total_row][:c]):
        return -1, None
    return total_row, (value or _grouped_value)(rows[total_row][c].strip())


# ... and a column of small amounts, ungrouped under a thousand ("420", "580", "150" over "1.150"; "120", "580", "90"
# over "790"): an amount read with a stray glyph ("580" as "S580" by the page's model, "5980" by the digits' model, in
# a clean cell of a portal page's print: the digits' reading taken, the budget's items 10 times over) is told the same
# way, its other reading the page's without the letter it read before or after the digits (_STRAY_LETTER_AMOUNT).
_PLAIN_AMOUNT = re.compile(r"^\d{1,4}$")
_STRAY_LETTER_AMOUNT = re.compile(r"^(?:[%s](\d{1,3}(?:\.\d{3})*)|(\d{1,3}(?:\.\d{3})*)[%s])$"
                                  % (("".join(sorted(_LOOKALIKES)),) * 2))


def _amount_value(text: str) -> int | None:
    """An amount grouped by thousands ("1.150") or plain, four digits at most ("580", "5980")."""
    return int(text) if _PLAIN_AMOUNT.match(text) else _grouped_value(text)


def stray_letter_dropped(first: str, second: str) -> str | None:
    """The page's model's reading of an amount cell (`first`) without a look-alike letter read before or after its
    digits ("S580" -> "580"), where the digits' model read another number (`second`); None otherwise."""
    m = _STRAY_LETTER_AMOUNT.match(first)
    amount = (m.group(1) or m.group(2)) if m else None
    return amount if amount and second != amount and _amount_value(second) is not None else None


# An amount the two models read otherwise ("58.300" by the page's model, "98.300" by the digits'
# model, which is taken for numbers): where the column does not add up to its total with the digits'
# reading and does with the page's, in the one cell whose other reading makes it add up, that reading
# is taken. A column that adds up, or that two cells' other readings make add up, stays.
def amounts_told_by_other_reading(rows: list[list[str]], others: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """Cells ((row, column) -> amount) whose other reading (`others`) the column's total proves."""
    found: dict[tuple[int, int], str] = {}
    for c in sorted({c for _, c in others}):
        total_row, total = _column_total(rows, c, _amount_value)
        if total is None:
            continue
        values = {r: _amount_value(rows[r][c].strip()) for r in range(total_row) if c < len(rows[r])}
        first = min((r for r, v in values.items() if v is not None), default=total_row)
        if any(v is None and _NUMBER_WORD.search(rows[r][c]) for r, v in values.items() if r > first):
            continue  # a number of another shape among the amounts (a subtotal's, a misread one): the sum tells nothing
        parts = sum(v for v in values.values() if v is not None)
        if not parts or parts == total:
            continue
        fits = [(r, others[(r, c)]) for r in values if (r, c) in others and values[r] is not None
                and _amount_value(others[(r, c)]) is not None
                and parts - values[r] + _amount_value(others[(r, c)]) == total]
        if len(fits) == 1:
            found[(fits[0][0], c)] = fits[0][1]
    return found


def _folded_words(cell: str) -> str:
    """A cell's words without their marks, in lower case, one space between ("Tổng  cộng" -> "tong cong")."""
    return " ".join(_bare(cell).lower().replace("đ", "d").split())


# a year, or one read with a digit too many ("20253") or with one digit read as a letter ("T027": its 2 lost a stroke)
_YEAR = re.compile(r"(?<!\d)\d{4,5}(?!\d)|(?<![^\W_])(?:[^\W\d_]\d{3}|\d[^\W\d_]\d\d|\d\d[^\W\d_]\d|\d{3}[^\W\d_])(?![^\W_])")


def _one_digit_off(read: str, right: str) -> bool:
    """`read` is `right` with one digit misread ("2086" for "2026") or one digit too many
    ("20253" for "2023")."""
    if len(read) == len(right):
        return sum(a != b for a, b in zip(read, right)) == 1
    return len(read) == len(right) + 1 and any(read[:k] + read[k + 1:] == right for k in range(len(read)))


HEADER_ROWS = 6  # the rows a table's header is looked for in (_year_headings, headings_told_by_siblings)


def _year_headings(rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """Header cells whose year OCR misread by one digit, with the cell they have: the years
    of a header row's cells of one kind ("Năm 2025" | "Năm 2026" | "Năm 2027", their words
    but the year alike; a merged cell's copies counted once) count up one a cell, and one breaks
    the count ("Năm 1025", "Năm 2086", "Năm 20263") where the others keep it (two or more),
    differing from its place in the count in one digit only (or by one digit too many). A
    cell's place is counted among all the row's cells, so that a year read past repair still
    holds its place. Rows above the first row with a number of its own (the header) only."""
    out: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows[:HEADER_ROWS]):
        cells: list[tuple[int, str]] = []  # (first column, its text), merged copies once
        for c, text in enumerate(row):
            if not cells or text != row[cells[-1][0]]:
                cells.append((c, text))
        years = [(place, c, text, m[0]) for place, (c, text) in enumerate(cells) if len(m := _YEAR.findall(text)) == 1]
        # a count of one kind of heading ("Năm 2025" | "Năm 2026"), not a plan beside its
        # estimate ("Dự toán năm 2025" | "Ước thực hiện năm 2025" | "Dự toán năm 2026")
        if len(years) < 3 or len({" ".join(_YEAR.sub("", text).lower().split()) for _, _, text, _ in years}) > 1:
            continue
        for place, c, text, year in years:
            starts = [int(y) - p for p, _, _, y in years if p != place and len(y) == 4 and y.isdigit()]  # each other year's count
            if len(starts) < 2 or len(set(starts)) != 1:
                continue
            expected = str(starts[0] + place)
            if year == expected or not 1900 <= int(expected) <= 2100 or not _one_digit_off(year, expected):
                continue
            fixed = text.replace(year, expected)
            for k in range(c, len(row)):
                if row[k] != text:
                    break
                out[(r, k)] = fixed
    return out


# (_D_RUN, above _type_code: a header cell's "Đ" read as a run of D-like letters, "NSDÐĐP" for "NSĐP")


def headings_told_by_siblings(rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """Header cells whose "Đ" was read as a run of D-like letters, with the text a sibling has: a cell of a header
    row (above the first row with a number of its own, HEADER_ROWS at most) holding a run of two or three of "D",
    "Đ", "Ð" (one of them barred) that, made one "Đ", reads as another cell of its row reads (that one no such
    run): "NSTW | NSĐP | NSTW | NSDÐĐP" -> "... | NSĐP" (a two-year group's repeated headings). A run the row does
    not tell ("ĐĐBQH" with no "ĐBQH" beside it) is left as read."""
    out: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows[:HEADER_ROWS]):
        if r and any(_WELL_FORMED.match(text.strip()) and _NUMBER_WORD.search(text) for text in row[1:]):
            break  # (a row of amounts: the header is above it)
        plain = {text for text in row if text.strip() and not _D_RUN.search(text)}
        for c, text in enumerate(row):
            runs = _D_RUN.findall(text)
            if len(runs) != 1 or not set(runs[0]) & {"Đ", "Ð"}:
                continue
            one = _D_RUN.sub("Đ", text)
            if one in plain:
                out[(r, c)] = one
    return out


# digits a scan's blur reads one for the other in a row number ("3" as "8": the open side closed)
_CODE_LOOKALIKES = {frozenset(p) for p in ("38", "58", "35", "68", "56", "89", "17", "08")}


def _codes_out_of_sequence(rows: list[list[str]]) -> list[int]:
    """Rows whose number in the first column breaks the count its neighbours keep: "2",
    "5", "4" is "2", "3", "4" misread (3, 5 and 8 look alike on a scan). A number between
    two numbers that are two apart, in a column of numbered rows; or the column's last
    number after a count from "1" of two rows or more ("1", "2", "8": the table's last row),
    where it is one digit the count's next one looks like (_CODE_LOOKALIKES)."""
    codes = [row[0].strip() if row else "" for row in rows]
    if sum(c.isdigit() for c in codes) < 3:
        return []
    out = [r for r in range(1, len(codes) - 1)
           if codes[r].isdigit() and codes[r - 1].isdigit() and codes[r + 1].isdigit()
           and int(codes[r + 1]) == int(codes[r - 1]) + 2 and int(codes[r]) != int(codes[r - 1]) + 1]
    *run, last = [r for r, c in enumerate(codes) if c.isdigit()]
    if run == list(range(run[0], last)) and [codes[r] for r in run] == [str(n) for n in range(1, len(run) + 1)] \
            and frozenset(codes[last] + str(len(run) + 1)) in _CODE_LOOKALIKES:
        out.append(last)
    return out


# A row's number read with a comma after it ("1," over "2", "3": a speck at the digit's foot; an annex's first cost row
# then taken for the header's, the table's columns "other" money, its first row lost; round IMG42): a first cell that
# is a number and a comma, whose row above or below is numbered one apart (bare or with a stop), is that number (as
# its neighbour writes it).
_CODE_COMMA = re.compile(r"^(\d{1,3}),$")
_CODE_BARE = re.compile(r"^(\d{1,3})(\.?)$")


def codes_with_comma(rows: list[list[str]]) -> dict[int, str]:
    """Rows whose first cell is a row number read with a comma (see above), each with its number."""
    out: dict[int, str] = {}
    for r, row in enumerate(rows):
        m = _CODE_COMMA.match(row[0].strip()) if row else None
        if not m:
            continue
        for other, step in ((r + 1, 1), (r - 1, -1)):
            n = _CODE_BARE.match(rows[other][0].strip()) if 0 <= other < len(rows) and rows[other] else None
            if n and int(n[1]) == int(m[1]) + step:
                out[r] = m[1] + n[2]
                break
    return out


# a lone "1" in a row-number cell as a cheap scan's blur reads it: "Í", "l", "|", "i" (not "I":
# a group's Roman code), or its stroke and serif read as two such letters ("lÌ" on a phone app's scan of a task annex,
# round IMG43: the table's first row no task, every task lost)
_ONE_LOOKALIKE = re.compile(r"^[ÍÌỈĨỊíìỉĩịlij|!]{1,2}\.?$")


def _ones_misread(rows: list[list[str]]) -> list[int]:
    """Rows whose row number "1" in the first column was read as a letter like it ("Í", "l"):
    the cell is such a letter alone and the next row's first cell is "2"."""
    return [r for r in range(len(rows) - 1)
            if rows[r] and rows[r + 1] and _ONE_LOOKALIKE.match(rows[r][0].strip())
            and rows[r + 1][0].strip().rstrip(".") == "2"]


_ROMAN_LOOKALIKES = re.compile(r"^[IVXHl1|]{1,5}\.?$")  # a Roman group code as OCR may read it: "I", "HH", "Il", "IV."
_GROUP_ONE = ("1", "l", "|")  # a first group's "I" read as a one (see _group_codes)
_ROMAN = re.compile(r"^[IVX]+\.?$")  # a Roman code read as one


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _group_codes(rows: list[list[str]]) -> dict[int, str]:
    """Group rows of a table whose Roman codes OCR misread, each with the code it has: a
    group row's title runs across all its other cells (merged), and the group rows count
    I, II, III ... from an "I" ("II" read as "HH", "III" as "I" or "Il"). Only where every
    group row's code is a Roman numeral or letters that look like one, the first "I", or the first
    read as a one ("1", "l", "|": round IMG44's Excel annex scanned) with the row right under it
    numbered "1" (the group's first task: a task "1" is not followed by another "1"). A later
    group row whose code was not read at all (its cell blank on a phone's photo) counts among
    them where the row under it is numbered "1" and no group's plain Roman code then stands
    out of its place (else it is some other merged row: a heading without a code)."""
    def below(r: int) -> str:
        return rows[r + 1][0].strip().rstrip(".") if r + 1 < len(rows) and rows[r + 1] else ""

    merged = [r for r, row in enumerate(rows)
              if len(row) >= 3 and row[1].strip() and all(c == row[1] for c in row[2:])]
    coded = [r for r in merged if rows[r][0].strip()]
    blank = [r for r in merged if not rows[r][0].strip() and coded and r > coded[0] and below(r) == "1"]
    out: dict[int, str] = {}
    for groups in (sorted(coded + blank), coded) if blank else (coded,):
        codes = [rows[r][0].strip() for r in groups]
        if len(groups) < 2 or not all(_ROMAN_LOOKALIKES.match(c) for c in codes if c):
            return {}
        first = codes[0].rstrip(".")
        if first != "I" and not (first in _GROUP_ONE and below(groups[0]) == "1"):
            return {}
        dot = "." if codes[0].endswith(".") else ""
        rights = [_roman(n) + ("." if code.endswith(".") or (not code and dot) else "")
                  for n, code in enumerate(codes, start=1)]
        if any(_ROMAN.match(code) and code != right for code, right in zip(codes, rights) if code):
            if groups is not coded:
                continue  # a blank-coded merged row that is no group: counted without them
        out = {r: right for r, code, right in zip(groups, codes, rights) if code != right}
        break
    return out


# the row number's heading as OCR misreads it (compared in capitals without marks): "SIT",
# "SỊT" (a "T" read as "I", a dot below added as to a stop syllable), "STI", "SlT", "5TT"
_CODE_HEAD_LOOKALIKE = re.compile(r"^[S5$]?[TIL1|!]{2}\.?$")
# ... or "TT" on a phone's scan with its first "T" read as a plus ("+ T", "+T": the bar and the stem as a cross)
_PLUS_HEAD = re.compile(r"^[S5$]?\+ ?[TIL1|!]\.?$")
_ROW_CODE = re.compile(r"^(?:\d{1,3}|[IVX]{1,5})\.?$")
# ... or read as two other letters ("Ly": a phone's photo), or three with a "T" ("JỊT": the first T's bar read as a
# J's hook; "T đi": the second T read as two letters), spaces aside, over two row codes or more, the row's other
# cells headings; or, a cell that is no word ("Sở", "Tên" are), the row's other cells no numbers over codes that
# count up (cells.ordinal_column: a table of indicators by district, "Đơn vị | Giá trị sản phẩm/ha (triệu đồng) |
# ...", has one heading word only)
_TWO_LETTERS = re.compile(r"^(?:[A-ZĐ]{2}|(?=[A-ZĐ]*T)[A-ZĐ]{3})\.?$")
# ... or set one letter a line in a narrow column ("S" / "T" / "T", a Word table's first column as wide as a digit) and
# read with a stroke more, the column's rule beside a letter read as a "1" ("S T1 1", "S 1 T1"): its lines' letters,
# the spaces between them left out, an "S" then three of the look-alikes with a "T" among them
_STACKED_HEAD = re.compile(r"^[S5$](?=[IL1|!]*T)[TIL1|!]{3}$")


def _code_headings(rows: list[list[str]]) -> list[int]:
    """Header rows whose first cell is the row number's heading ("STT") misread: a cell of
    two or three look-alike letters with a "T" (not a Roman numeral), over a first column
    that holds row codes below the header: two or more, or one where the row's other cells
    are column headings (a table the page's end cut after its first row)."""
    body = next((r for r, row in enumerate(rows) if row and _ROW_CODE.match(row[0].strip())), None)
    if body == 0 and len(rows) >= 3 and rows[0][0].strip() in ("1", "1.", "I", "l") and is_heading_row(rows[0][1:]) \
            and any(row and row[0].strip().rstrip(".") == "1" for row in rows[1:]):
        # "TT" read as "1" over column headings, the first row's own "1" under it
        return [0]
    if not body:
        return []
    codes = sum(1 for row in rows[body:] if row and _ROW_CODE.match(row[0].strip()))
    out = []
    for r in range(body):
        cell = untoned(rows[r][0].strip()).upper() if rows[r] else ""
        if cell.rstrip(".") not in ("STT", "TT") and "T" in cell and (
                _CODE_HEAD_LOOKALIKE.match(cell) or _PLUS_HEAD.match(cell)
                or (" " in cell and _STACKED_HEAD.match(cell.replace(" ", "")))) \
                and (codes >= 2 or is_heading_row(rows[r][1:])):
            out.append(r)
        elif _TWO_LETTERS.match(cell.replace(" ", "")) and cell.replace(" ", "").rstrip(".") not in ("TT", "STT") \
                and codes >= 2 and (is_heading_row(rows[r][1:]) or (
                    not _syllable(cell.replace(" ", "").rstrip(".")) and ordinal_column([row[0] for row in rows[body:] if row])
                    and not any(_WELL_FORMED.match(c.strip()) for c in rows[r][1:] if c.strip()))):
            # "Ly" for "TT" (both T's lost) over "1", "2", beside "Cơ quan | Tổng số | ..."; "JỊT" over "1", "2", "3"
            out.append(r)
    return out


def _cluster(values: list[int], join: int) -> list[float]:
    out: list[list[int]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= join:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def _tables(hsegs: list[Segment], vsegs: list[Segment], scale: float) -> list[_Grid]:
    """Rules that cross or meet, grouped into tables of at least two cells: a lone box (a
    received-document stamp, a framed note) is read with the page's text."""
    join = max(2, round(JOIN_PT * scale))
    n = len(hsegs)
    parent = list(range(n + len(vsegs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (y, x0, x1, _) in enumerate(hsegs):
        for j, (x, y0, y1, _) in enumerate(vsegs):
            if x0 - join <= x <= x1 + join and y0 - join <= y <= y1 + join:
                parent[find(n + j)] = find(i)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(hsegs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vsegs):
        groups.setdefault(find(n + j), ([], []))[1].append(v)
    grids = []
    for hs, vs in groups.values():
        rows, cols = len(_cluster([h[0] for h in hs], join)) - 1, len(_cluster([v[0] for v in vs], join)) - 1
        if rows >= 1 and cols >= 1 and rows * cols >= 2:
            grids.append(_Grid(hs, vs, scale, join))
    return sorted(grids, key=lambda g: g.ys[0])
