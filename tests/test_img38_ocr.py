"""Round IMG38: G52's and G53's documents as scans (OCR path).

- a short cell of capitals set clear in a clean ruled cell (a matrix of who leads and who takes part, "CT" / "PH"
  under each body's column) on a scan that left a faint grain of paper about its letters (specks at 232-246, no ink):
  Tesseract's threshold for so small a crop falls among the grain and reads "CT" as "§" at 0, "bi" at 49, "T" at 46,
  the digits' model and the one word's reading no surer: a task's lead or partner lost. The crop's ink alone read
  once more, taken where it reads one sure word of letters (ocr.short_unread, ocr.ink_alone, ocr.sure_word, in
  ocr._read_upright);
- a table typed a cell a line (a docx2txt dump: "TT" / "Nội dung" / ... / "1" / "Tổ chức ..." / ...) printed and
  scanned: every row's number alone at the margin left out by the page's reading, none read to count on from (the
  rows' tasks then read as loose lines, lost). A column of narrow runs of ink left out, one above the other, read as
  digits (as one line: as one word a lone "1" reads as nothing), is taken where they count on one by one
  (ocr.numbers_counting_on, ocr._numbers_column, in ocr._missed_numbers).

Everything here is invented (the bodies, the tasks, the page's grain).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.formats import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PX = 54  # a 13 pt line at 300 dpi
ROWS = [["TT", "Nhiệm vụ", "Sở A", "Sở B"],
        ["1", "Tổ chức hội thi", "CT", "PH"],
        ["2", "Kiểm tra", "PH", "CT"],
        ["3", "Tuyên truyền", "CT", "PH"]]
WIDTHS = [140, 560, 160, 160]


def _table_page(rows: list[list[str]], grain: float, seed: int, row_h: int = 110) -> np.ndarray:
    """A ruled table (gray, 300 dpi) of `rows`, softened as a scan is, its paper with a faint grain: a `grain` share
    of its white pixels made 232-246 (no ink), placed by `seed`."""
    width, height = sum(WIDTHS) + 200, row_h * len(rows) + 200
    img = Image.new("L", (width, height), 255)
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(FONT, PX)
    xs = [100]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [100 + k * row_h for k in range(len(rows) + 1)]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=4)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            draw.text((xs[c] + 20, ys[r] + 25), text, font=font, fill=0, anchor="la")
    gray = np.array(img.filter(ImageFilter.GaussianBlur(0.6))).astype(int)
    rng = np.random.default_rng(seed)
    specks = (rng.random(gray.shape) < grain) & (gray > 250)
    return np.where(specks, rng.integers(232, 246, gray.shape), gray).astype(np.uint8)


def _marks(grain: float, seed: int) -> list[list[str]]:
    """The matrix's marks (rows 1-3, the bodies' columns) as the page's reading gives them."""
    page = ocr._read_upright(_table_page(ROWS, grain, seed), 300 / 72, "vie", 120)
    (table,) = page.tables
    return [row[2:] for row in table.rows[1:]]


@pytest.mark.parametrize("grain, seed", [
    # must: the grain made the page's model misread "CT" ("ct", "ti"; "CC", "Ki"; "Cát", "Gt", "lý")
    (0.3, 2),
    (0.3, 3),
    (0.3, 5),
    # must-not: a clean print, and a light grain, read right as they were
    (0.0, 1),
    (0.05, 1),
])
def test_matrix_marks_on_grain(grain, seed):
    assert _marks(grain, seed) == [row[2:] for row in ROWS[1:]]


@pytest.mark.parametrize("text, conf, unread", [
    # must: a short word read unsurely
    ("§", 0.0, True),
    ("bi", 49.5, True),
    ("T", 46.7, True),
    # must-not: read surely, several words, a long word, nothing
    ("CT", 90.0, False),
    ("VD 4 š", 20.0, False),
    ("truyền", 50.0, False),
    ("", 0.0, False),
])
def test_short_unread(text, conf, unread):
    assert ocr.short_unread(text, conf) is unread


@pytest.mark.parametrize("text, conf, taken", [
    # must: one sure word of letters
    ("CT", 89.4, True),
    ("PH", 92.5, True),
    ("Xã", 96.1, True),
    # must-not: unsure; digits (the digits' readings tell numbers); a Roman code's look-alikes; two words
    ("CT", 62.2, False),
    ("2", 96.3, False),
    ("II", 95.0, False),
    ("CT PH", 90.0, False),
])
def test_sure_word(text, conf, taken):
    assert ocr.sure_word(text, conf) is taken


def test_ink_alone():
    crop = np.array([[255, 240, 170], [159, 0, 236]], dtype=np.uint8)
    assert ocr.ink_alone(crop).tolist() == [[255, 255, 255], [0, 0, 255]]


def _lines_page(lines: list[str], pitch: int = 170, px: int = 42) -> Image.Image:
    """A page (gray, 300 dpi) of `lines` set at the margin one under the other, a blank line's space between."""
    img = Image.new("L", (2480, 200 + pitch * len(lines)), 255)
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(FONT, px)
    for k, text in enumerate(lines):
        draw.text((375, 150 + k * pitch), text, font=font, fill=0, anchor="ls")
    return img.filter(ImageFilter.GaussianBlur(0.5))


HEAD = ["II. NHIỆM VỤ CỤ THỂ", "TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]


@pytest.mark.parametrize("lines, numbers", [
    # must: the rows' numbers alone at the margin, none read by the page's model
    (HEAD + ["1", "Tổ chức Hội sách tỉnh Kim Sơn năm 2027", "Thư viện tỉnh", "Tháng 4/2027",
             "2", "Xây dựng tủ sách cộng đồng tại các thôn", "Phòng Văn hóa và Thông tin", "Cả năm"], ["1", "2"]),
    (["3", "Số hóa tài liệu địa chí của tỉnh", "Thư viện tỉnh", "Quý III/2027",
      "4", "Tổ chức cuộc thi Đại sứ văn hóa đọc", "Tỉnh đoàn", "Tháng 9/2027",
      "5", "Tập huấn cán bộ thư viện cấp xã", "Thư viện tỉnh", "Quý IV/2027"], ["3", "4", "5"]),
    # must-not: one number alone (nothing to count on from); a text without numbers
    (HEAD + ["7", "Kiểm tra tủ sách cộng đồng tại các xã", "Phòng Văn hóa và Thông tin", "Tháng 11/2027"], []),
    (["Các phòng, đơn vị thuộc Sở triển khai thực hiện.", "Thư viện tỉnh tổng hợp kết quả."], []),
])
def test_numbers_column_left_out(lines, numbers):
    page = ocr.ocr_page(_lines_page(lines), 300 / 72, "vie", 120)
    assert [w["text"] for w in sorted(page.words, key=lambda w: w["top"]) if ocr.LONE_NUMBER.match(w["text"])] \
        == numbers


@pytest.mark.parametrize("column, counting", [
    # must: two or more numbers, each one more than the one above
    (["1", "2"], True),
    (["3", "4", "5"], True),
    # must-not: one alone; a number twice; out of order; a gap; no number
    (["1"], False),
    (["1", "1"], False),
    (["2", "1"], False),
    (["1", "3"], False),
    (["1", ""], False),
])
def test_numbers_counting_on(column, counting):
    assert ocr.numbers_counting_on(column) is counting
