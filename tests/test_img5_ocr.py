"""Round IMG5: shapes the OCR path lost on scanned plans (tests/renditions/ARCHIVE_SCANS.md),
each with rows that must change and rows that must not."""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats.ocr import _rules

# A ruled table's column rule between two merged group rows ("I. NHÓM NHIỆM VỤ VỀ CẢI CÁCH
# THỂ CHẾ" above, "II. NHÓM ..." below), each with a bold capital's stem on the column's line
# bridged to the rule through the row's padding: the stroke ran on past the rules at both
# ends, and the rule was dropped over the rows between them (their title and lead cells read
# as one).


def _table(strokes: list[tuple[int, int]], rule_rows: tuple[int, ...] = (1, 2)) -> np.ndarray:
    """A 520 x 400 ink mask: rules at y 50, 110, 250, 390, 450 (a group row, two task rows, a
    group row) and x 20, 380; a column rule at x 200 through the task rows `rule_rows` (1, 2),
    and other strokes near the column's line (x 202-206) from y0 to y1."""
    ink = np.zeros((520, 400), bool)
    ys = (50, 110, 250, 390, 450)
    for y in ys:
        ink[y - 1:y + 2, 20:381] = True
    for x in (20, 380):
        ink[50:451, x - 1:x + 2] = True
    for r in rule_rows:
        ink[ys[r]:ys[r + 1] + 1, 199:202] = True
    for y0, y1 in strokes:
        ink[y0:y1, 202:207] = True
    return ink


def _parted(vsegs, y: int) -> bool:
    return any(abs(x - 200) <= 8 and y0 <= y <= y1 for x, y0, y1, _ in vsegs)


RULE_BETWEEN_GROUP_ROWS = [
    # must: the rule between the two group rows still parts the task rows
    ("stems in both group rows", [(60, 104), (396, 440)], (1, 2), {180: True, 320: True, 80: False, 420: False}),
    ("stem above only", [(60, 104)], (1, 2), {180: True, 320: True, 80: False}),
    ("no stems", [], (1, 2), {180: True, 320: True, 80: False, 420: False}),
    # must not: a rule through one task row only, a stem bridged to it in the next (merged) row,
    # parts that row; nor do letters in cells above one another joined through one rule
    ("rule in the first task row only", [(60, 104), (256, 300)], (1,), {180: True, 320: False, 80: False}),
    ("letters joined through one rule", [(70, 104), (116, 150)], (), {80: False, 130: False}),
]


@pytest.mark.parametrize("case,strokes,rows,parted", RULE_BETWEEN_GROUP_ROWS,
                         ids=[c[0] for c in RULE_BETWEEN_GROUP_ROWS])
def test_rule_between_group_rows(case, strokes, rows, parted):
    _, vsegs = _rules(_table(strokes, rows), 300 / 72)
    assert {y: _parted(vsegs, y) for y in parted} == parted, (case, vsegs)


# A seal over the signer's block: its red ring and star, as dark as type by their luma, ran
# into the title's and the name's lines, and the page's layout dropped the block as a picture
# ("TM. ỦY BAN NHÂN DÂN" / "q" read, the title and the name lost). The seal's place is read
# again from the page without its red ink; the rest of the page (the recipients beside it)
# keeps its reading.

import io  # noqa: E402
import random  # noqa: E402

import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from extractors.formats import ocr  # noqa: E402
from extractors.formats.tools import OcrUnavailable  # noqa: E402
from tests.renditions.scans import _font, _seal  # noqa: E402

RECIPIENTS = ["Nơi nhận:", "- Sở Tài chính;", "- UBND các xã, phường;", "- Lưu: VT, TH."]


def _signature_page(signer: list[str], seal: bool, seed: str) -> bytes:
    """A 7 x 4.5 inch page at 300 dpi, in colour: the recipients on the left, the signer's
    block (`signer`, bold capitals then the name) on the right, and, with `seal`, a red seal
    over the block's left part; as a one-page PDF of a JPEG scan."""
    dpi = 300
    img = Image.new("RGB", (7 * dpi, int(4.5 * dpi)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    small, bold = _font(int(0.15 * dpi)), _font(int(0.17 * dpi), True)
    for k, line in enumerate(RECIPIENTS):
        d.text((int(0.4 * dpi), int((0.5 + 0.25 * k) * dpi)), line, font=small, fill=(0, 0, 0))
    for k, line in enumerate(signer[:-1]):
        d.text((int(3.9 * dpi), int((0.5 + 0.3 * k) * dpi)), line, font=bold, fill=(0, 0, 0))
    d.text((int(4.1 * dpi), int(3.3 * dpi)), signer[-1], font=bold, fill=(0, 0, 0))
    if seal:
        _seal(img, dpi, random.Random(seed))
    out = io.BytesIO()
    img.save(out, "PDF", resolution=float(dpi), quality=80)
    return out.getvalue()


def _read(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        image, scale = ocr.render(pdf, 0, 300)
    finally:
        pdf.close()
    try:
        page = ocr.ocr_page(image, scale, "vie", 60.0)
    except OcrUnavailable:
        pytest.skip("no Tesseract")
    return " ".join(w["text"] for w in page.words)


SEALED = [
    # must: the title and the name under the seal are read
    ("seal over a vice chairman's block", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Quang Vĩnh"], True,
     "s1", ["PHÓ CHỦ TỊCH", "Đinh Quang Vĩnh"]),
    ("seal over a director's block", ["GIÁM ĐỐC", "Lê Thị Hồng Nhung"], True, "s7", ["GIÁM ĐỐC", "Lê Thị Hồng Nhung"]),
    ("seal over a chairman's block", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vương Thị Yến"], True, "s4",
     ["CHỦ TỊCH", "Vương Thị Yến"]),
    # must not: a page without a seal reads as it did
    ("no seal", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Lực"], False, "s2", ["CHỦ TỊCH", "Hà Văn Lực"]),
]


@pytest.mark.parametrize("case,signer,seal,seed,wanted", SEALED, ids=[c[0] for c in SEALED])
def test_signer_under_a_seal(case, signer, seal, seed, wanted):
    text = _read(_signature_page(signer, seal, seed))
    for want in wanted + ["Sở Tài chính", "UBND các xã, phường"]:  # (and the recipients as they were)
        assert want in text, (case, want, text)


def _ring(size: int, radius: int) -> np.ndarray:
    """A mask: a ring `radius` pixels round the middle of a `size` square, 8 pixels wide."""
    ys, xs = np.mgrid[0:size, 0:size]
    r = np.hypot(ys - size / 2, xs - size / 2)
    return (r >= radius - 8) & (r <= radius)


SEAL_BOXES = [
    # must: a seal's ring (35 mm at 300 dpi) is one
    ("seal ring", _ring(600, 200), True),
    # must not: a red word (a stamp "KHẨN" 15 mm wide, 5 mm high), nor the red fringe of a page's type
    ("red word", np.pad(np.ones((60, 180), bool), 100), False),
    ("fringe specks", np.random.default_rng(5).random((600, 600)) < 0.002, False),
    ("red rule across the page", np.pad(np.ones((6, 2000), bool), 50), False),
]


@pytest.mark.parametrize("case,mask,found", SEAL_BOXES, ids=[c[0] for c in SEAL_BOXES])
def test_seal_box(case, mask, found):
    assert (ocr._seal_box(mask, 300 / 72) is not None) is found, case


# A header's number line read with a stroke before it as a word of its own ("- Số: 34/KH-UBND":
# the issuer's underline or a stamp's frame just above it): the number line must start with
# "Số" to be told, and the number was lost. The stroke goes.
FRAMED_NUMBERS = [
    # must
    ("dash", ["-", "Số:", "34/KH-UBND"], True),
    ("long dash", ["—", "Số:", "118/QĐ-UBND"], True),
    ("bar, no colon", ["|", "Số", "27/BC-SNV"], True),
    ("party number", ["-", "Số", "09-KH/HU"], True),
    ("speck before the S", ["_", "'Số:", "5/TB-UBND"], True),
    # must not: a list item that goes on, a number no document's, no stroke, no number
    ("list item goes on", ["-", "Số:", "12/KH-UBND", "ngày", "3/02/2025"], False),
    ("count", ["-", "Số", "12", "hộ", "dân"], False),
    ("fraction", ["-", "Số", "3/4"], False),
    ("no stroke", ["Số:", "34/KH-UBND"], False),
    ("word before", ["Tờ", "Số:", "34/KH-UBND"], False),
    ("body", ["-", "Sở", "Y", "tế"], False),
]


@pytest.mark.parametrize("case,texts,framed", FRAMED_NUMBERS, ids=[c[0] for c in FRAMED_NUMBERS])
def test_frame_before_number(case, texts, framed):
    assert ocr.frame_before_number(texts) is framed, case


# A phone scanner app's page: turned level by its lines, but the columns' rules of a table
# still lean by a degree or so (the app's perspective correction left a shear); the pieces of
# a rule between its rows lay up to 30 pixels apart, no longer one column of the grid, and the
# cells ran together. The page is sheared back when its long vertical rules lean alike.

def _leaning_table(leans: list[float], merged: tuple[int, ...] = (1, 5)) -> np.ndarray:
    """A 1400 x 1800 gray page (300 dpi): a table of 7 rows (rules level, every 150 px from
    y 100) and len(leans) - 1 columns, whose vertical rule k leans by leans[k] (x per y); the
    rows `merged` are group rows (one cell across: the inner rules stop at them)."""
    gray = np.full((1400, 1800), 255, np.uint8)
    xs = np.linspace(150, 1650, len(leans)).astype(int)
    for y in range(100, 1300, 150):
        gray[y - 2:y + 2, 100:1700] = 0
    for n, (x, k) in enumerate(zip(xs, leans)):
        inner = 0 < n < len(leans) - 1
        for y in range(100, 1152):
            if inner and (y - 100) // 150 in merged and (y - 100) % 150 > 2:
                continue
            cx = int(round(x + k * (y - 700)))
            gray[y, cx - 2:cx + 2] = 0
    return gray


def _cells(gray: np.ndarray) -> tuple[int, list[int]]:
    """The column rules of the page's one table, and the cells of each of its rows (a merged
    group row: one)."""
    scale = 300 / 72
    (grid,) = ocr._tables(*ocr._rules(ocr.rule_ink(gray, scale), scale), scale)
    return len(grid.xs), [len(set(row)) for row in grid.region]


LEANS = [
    # must: rules leaning alike (a shear) are set upright, and the grid's cells found
    ("lean right", [0.03] * 5, True),
    ("lean left", [-0.025] * 6, True),
    # must not: an upright table, a lean under 2 pt over 400 pt, a keystone (the sides leaning
    # opposite ways: no shear)
    ("upright", [0.0] * 5, False),
    ("slight lean", [0.003] * 5, False),
    ("keystone", [0.015, 0.008, 0.0, -0.008, -0.015], False),
]


@pytest.mark.parametrize("case,leans,sheared", LEANS, ids=[c[0] for c in LEANS])
def test_leaning_rules(case, leans, sheared):
    scale = 300 / 72
    gray = _leaning_table(leans)
    _, vsegs = ocr._rules(ocr.rule_ink(gray, scale), scale)
    k = ocr._shear(gray, vsegs, scale)
    assert (k != 0.0) is sheared, (case, k)
    if sheared:
        assert abs(k - leans[0]) < 0.002, (case, k)
        cols = len(leans) - 1
        assert _cells(ocr._unsheared(gray, k)) == (len(leans), [cols, 1, cols, cols, cols, 1, cols]), case


def test_one_long_rule_is_no_shear():
    gray = _leaning_table([0.0, 0.02])
    scale = 300 / 72
    _, vsegs = ocr._rules(ocr.rule_ink(gray, scale), scale)
    assert ocr._shear(gray, [v for v in vsegs if abs(v[0] - 1650) < 40], scale) == 0.0


OVER = [
    # must: a word the second reading covers half of or more (a speck glued before it)
    ("speck glued", (100, 50, 220, 80), [(112, 50, 220, 80)], True),
    ("same word", (100, 50, 220, 80), [(98, 48, 221, 81)], True),
    # must not: a word beside the new ones, on another line, or barely touched (the recipients' word the box's edge cuts)
    ("beside", (100, 50, 220, 80), [(240, 50, 300, 80)], False),
    ("other line", (100, 50, 220, 80), [(100, 95, 220, 125)], False),
    ("edge cut", (100, 50, 220, 80), [(190, 50, 260, 80)], False),
]


@pytest.mark.parametrize("case,box,new,over", OVER, ids=[c[0] for c in OVER])
def test_read_again_over(case, box, new, over):
    assert ocr._read_again_over(box, new) is over, case
