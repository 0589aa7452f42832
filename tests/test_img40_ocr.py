"""Round IMG40: OCR-shaped misses of G56's and G57's documents as scans, and IMG39's leftovers (extractors/formats/ocr.py).

Every input is invented: OCR'd lines and word boxes, rule strokes and page images of the shapes the scans showed, with
other provinces, bodies, names and numbers.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr

SCALE = 300 / 72
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _words(read: list[tuple[str, float]]) -> list[dict]:
    """A line's words (text, confidence) side by side, 30 pt wide, 6 pt apart (no column's gap between)."""
    return [{"text": t, "conf": c, "x0": 60.0 + 36 * k, "x1": 90.0 + 36 * k, "top": 180.0, "bottom": 198.0}
            for k, (t, c) in enumerate(read)]


SURE_MOTTO = [("CỘNG", 95.0), ("HÒA", 96.0), ("XÃ", 97.0), ("HỘI", 96.0), ("CHỦ", 97.0), ("NGHĨA", 95.0)]


@pytest.mark.parametrize("read, pieces", [
    # must: a header's column of two lines set tight read as one line of garbage, the other column's line beside it
    # within a column's gap (sure): the garbage a piece of its own
    ([("ĐÃN,", 41.0), ("tEIH", 0.0), ("NNAROIIN", 0.0), ("Đ", 45.0), ("DỤ", 0.0), ("GẢ", 0.0)] + SURE_MOTTO,
     [["ĐÃN,", "tEIH", "NNAROIIN", "Đ", "DỤ", "GẢ"], [w for w, _ in SURE_MOTTO]]),
    (SURE_MOTTO[:3] + [("Iu", 12.0), ("NHAIRE", 0.0), ("Lũ", 30.0), ("PHN", 62.0)] + SURE_MOTTO[3:],
     [["CỘNG", "HÒA", "XÃ"], ["Iu", "NHAIRE", "Lũ", "PHN"], ["HỘI", "CHỦ", "NGHĨA"]]),
    # must-not: unsure words apart among sure ones; a run of two; a run read unsurely but no garbage (one word under
    # GARBLED_WORD_CONF of four); the stretch garbled whole (read again whole, as before)
    ([("Sở", 95.0), ("Tài", 30.0), ("nguyên", 92.0), ("và", 20.0), ("Môi", 94.0), ("trường", 10.0)],
     [["Sở", "Tài", "nguyên", "và", "Môi", "trường"]]),
    ([("UBND", 95.0), ("hyện", 10.0), ("Tln", 20.0), ("Sơn", 96.0), ("Phòng", 95.0)],
     [["UBND", "hyện", "Tln", "Sơn", "Phòng"]]),
    ([("Trường", 95.0), ("Tiểu", 75.0), ("học", 70.0), ("Nậm", 30.0), ("Cuổi", 72.0), ("xã", 96.0)],
     [["Trường", "Tiểu", "học", "Nậm", "Cuổi", "xã"]]),
    ([("MÔN,", 40.0), ("dELN", 0.0), ("TNAR", 0.0), ("CỘNG", 95.0)],
     [["MÔN,", "dELN", "TNAR", "CỘNG"]]),
])
def test_garbled_runs(read, pieces):
    assert [[w["text"] for w in piece] for piece in ocr.garbled_runs(_words(read))] == pieces


def _bands(rows: list[tuple[int, int]], height: int = 200) -> np.ndarray:
    ink = np.zeros((height, 40), bool)
    for a, b in rows:
        ink[a:b, 5:30] = True
    return ink


@pytest.mark.parametrize("ink, box, reach, grown", [
    # must: marks over the capitals above the box, the second line's foot below it (joined to the box's ink)
    (_bands([(40, 100)]), (50, 90), 12, (40, 100)),
    (_bands([(44, 95)]), (50, 90), 4, (46, 94)),  # (no further than the reach)
    # must-not: a blank row between the box and the line above or below; the box's rows all ink
    (_bands([(40, 48), (50, 90), (92, 100)]), (50, 90), 12, (50, 90)),
    (_bands([(50, 90)]), (50, 90), 12, (50, 90)),
])
def test_ink_band(ink, box, reach, grown):
    assert ocr.ink_band(ink, box[0], box[1], reach) == grown


JOIN, SHORTEST = 12, 25
LEFT, RIGHT = 140, 2400
COLUMNS = [LEFT, 290, 1050, 1560, 2080, RIGHT]


def _rules(ys: list[int], tops: list[int], bottoms: list[int]) -> tuple[list, list]:
    """A table's strokes (pixels at 300 dpi): rules across at `ys`, each column's rule from its top to its bottom."""
    return [(y, LEFT, RIGHT, 4) for y in ys], [(x, t, b, 4) for x, t, b in zip(COLUMNS, tops, bottoms)]


@pytest.mark.parametrize("strokes, added", [
    # must: a table's rows on a page's top, the row cut by the break above its first rule (no rule at the cut: the
    # columns' rules run up to it)
    (_rules([260, 525, 790], [116] * 6, [790] * 6), [(116, LEFT, RIGHT, 1)]),
    # ... on a page's foot, the cut row under the last rule
    (_rules([2900, 3160], [2900] * 6, [3190, 3188, 3192, 3190, 3189, 3191]), [(3190, LEFT, RIGHT, 1)]),
    # must-not: a whole ruled table; the columns' rules past the first rule at other levels (a column's rule crossing
    # a heading above); two of them only (a box beside); the table's sides not among them (a row's inner strokes);
    # past by less than a row's height
    (_rules([116, 260, 525, 790], [116] * 6, [790] * 6), []),
    (_rules([260, 525, 790], [116, 60, 116, 170, 116, 116], [790] * 6), []),
    (_rules([260, 525, 790], [116, 260, 260, 260, 260, 116], [790] * 6), []),
    (_rules([260, 525, 790], [260, 116, 116, 116, 116, 260], [790] * 6), []),
    (_rules([260, 525, 790], [245] * 6, [790] * 6), []),
    # must-not: the strokes of a heading's letters over the table, joined to the column rules of its left part only
    (_rules([260, 525, 790], [208, 208, 208, 260, 260, 260], [790] * 6), []),
    # must: a table of boxes with no rule down its right side (its columns' left rules run up to its top, no rule there)
    (([(y, LEFT, RIGHT, 4) for y in (260, 525)], [(x, 116, 525, 4) for x in COLUMNS[:-1]]), [(116, LEFT, RIGHT, 1)]),
])
def test_open_edges(strokes, added):
    assert ocr.open_edges(*strokes, JOIN, SHORTEST) == added


@pytest.mark.parametrize("hsegs, vsegs, added", [
    # must: a table of boxes, each cell ruled on its left and each row under it: its rows' rules run on past the last
    # column's rule to its right edge, no rule down that side (or the left one, the cells ruled on their right)
    ([(y, LEFT, RIGHT, 4) for y in (116, 260, 525)], [(x, 116, 525, 4) for x in COLUMNS[:-1]],
     [(RIGHT, 116, 525, 1)]),
    ([(y, LEFT, RIGHT, 4) for y in (116, 260, 525)], [(x, 116, 525, 4) for x in COLUMNS[1:]],
     [(LEFT, 116, 525, 1)]),
    # must-not: a whole ruled table; one rule alone running on (a heading's underline, a rule under a title row
    # merged across); rules running on by less than a column's width; rules running on to ends apart
    ([(y, LEFT, RIGHT, 4) for y in (116, 260, 525)], [(x, 116, 525, 4) for x in COLUMNS], []),
    ([(116, LEFT, RIGHT, 4), (260, LEFT, 2080, 4), (525, LEFT, 2080, 4)], [(x, 116, 525, 4) for x in COLUMNS[:-1]],
     []),
    ([(y, LEFT, 2120, 4) for y in (116, 260, 525)], [(x, 116, 525, 4) for x in COLUMNS[:-1]], []),
    ([(116, LEFT, RIGHT, 4), (260, LEFT, 2300, 4), (525, LEFT, 2200, 4)], [(x, 116, 525, 4) for x in COLUMNS[:-1]],
     []),
    # must-not: pieces of one rule broken on a phone's photo, at one height, running on to the left past a column's
    # rule drawn in two strokes (no side: the rule's pieces are no two rows)
    ([(260, 700, 1555, 4), (260, 700, RIGHT, 4)], [(1560, 116, 525, 4), (1566, 262, 525, 4), (2080, 116, 525, 4)],
     []),
    # must-not: a whole ruled table whose rules were found again from their faint pieces on a tilted scan, the copies
    # starting within the table (no side there)
    ([(y, LEFT, RIGHT, 4) for y in (116, 260, 525)] + [(114, 1100, 2300, 1), (258, 1100, 2300, 1)],
     [(x, 116, 525, 4) for x in COLUMNS], []),
])
def test_open_sides(hsegs, vsegs, added):
    assert ocr.open_sides(hsegs, vsegs, JOIN, 62) == added


ROWS = [["3", "Tập huấn kỹ năng số", "Phòng Nội vụ", "Các xã", "Quý III"],
        ["4", "Khảo sát mức độ hài lòng", "Văn phòng", "Các xã", "Quý IV"],
        ["5", "Tổng kết, đánh giá", "Phòng Nội vụ", "Các phòng", "Tháng 12"]]


def _boxes_table(rows: list[list[str]]) -> Image.Image:
    """A page (gray, 300 dpi) with a web page's table of boxes (`rows`, the first its headings): each cell ruled on its
    left, each row under it; no rule over the table nor down its right side."""
    img = Image.new("L", (2480, 1200), 255)
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(FONT, 40)
    top, pitch = 150, 90
    for r, row in enumerate(rows):
        y = top + pitch * r
        for c, text in enumerate(row):
            draw.text((COLUMNS[c] + 18, y + 22), text, font=font, fill=0)
            draw.rectangle((COLUMNS[c], y, COLUMNS[c] + 3, y + pitch + 3), fill=0)
        draw.rectangle((LEFT, y + pitch, RIGHT + 3, y + pitch + 3), fill=0)
    return img


def test_table_of_boxes():
    rows = [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]] + ROWS
    page = ocr.ocr_page(_boxes_table(rows), SCALE, "vie", 120)
    assert len(page.tables) == 1
    assert [row[0] for row in page.tables[0].rows] == ["STT", "3", "4", "5"]
    assert [row[-1] for row in page.tables[0].rows] == [row[-1] for row in rows]


def _cut_table(rows: list[list[str]], cut_on_top: bool) -> Image.Image:
    """A page (gray, 300 dpi) with a ruled task table of `rows` (cells of one line each, 60 px a row), cut by the page
    break: its first row (`cut_on_top`) or its last without a rule at the cut, the columns' rules running to it."""
    img = Image.new("L", (2480, 1200), 255)
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(FONT, 40)
    top, pitch = 150, 90
    ys = [top + pitch * k for k in range(len(rows) + 1)]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            draw.text((COLUMNS[c] + 18, ys[r] + 22), text, font=font, fill=0)
    cut = 0 if cut_on_top else len(rows)
    for k, y in enumerate(ys):
        if k != cut:
            draw.rectangle((LEFT, y, RIGHT + 3, y + 3), fill=0)
    for x in COLUMNS:
        draw.rectangle((x, ys[0], x + 3, ys[-1] + 3), fill=0)
    return img


@pytest.mark.parametrize("cut_on_top", [True, False])
def test_table_cut_by_page_break(cut_on_top):
    page = ocr.ocr_page(_cut_table(ROWS, cut_on_top), SCALE, "vie", 120)
    assert len(page.tables) == 1
    assert [row[0] for row in page.tables[0].rows] == ["3", "4", "5"]
    assert page.tables[0].rows[0 if cut_on_top else 2][1] == ROWS[0 if cut_on_top else 2][1]


@pytest.mark.parametrize("before, word, told", [
    # must: a date's year read with a digit too many after "năm", however surely
    ("năm", "20285;", True),
    ("năm", "(20317)", True),
    ("Năm", "202600", True),
    # must-not: a year read right; five digits after another word; a long year after no "năm"
    ("năm", "2025;", False),
    ("khoảng", "12345", False),
    ("ngày", "20285", False),
])
def test_year_too_long(before, word, told):
    assert ocr.year_too_long(before, word) is told


def _italic_line(words: list[str]) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """A strip of page (gray, 300 dpi) with `words` in an italic serif, and each word's ink box."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 54)
    img = Image.new("L", (1400, 200), 255)
    draw, x, boxes = ImageDraw.Draw(img), 100, []
    for word in words:
        draw.text((x, 130), word, font=font, fill=0, anchor="ls")
        x0, y0, x1, y1 = draw.textbbox((x, 130), word, font=font, anchor="ls")
        boxes.append((x0, y0, x1, y1))
        x = x1 + 22
    return np.array(img), boxes


@pytest.mark.parametrize("printed, read, expected", [
    # must: an italic "năm 2027;" read "20257;" surely (the page writing both 2025 and 2027: repair_long_years stays)
    (["năm", "2027;"], [("năm", 95.0), ("20257;", 87.0)], "2027;"),
    # must-not: the year read right stays; a five-digit number after another word is no year
    (["năm", "2027;"], [("năm", 95.0), ("2027;", 96.0)], "2027;"),
    (["khoảng", "12450"], [("khoảng", 95.0), ("12450", 90.0)], "12450"),
])
def test_long_year_read_again(printed, read, expected):
    gray, boxes = _italic_line(printed)
    words = [{"text": t, "conf": c, "x0": b[0] / SCALE, "x1": b[2] / SCALE, "top": b[1] / SCALE, "bottom": b[3] / SCALE}
             for (t, c), b in zip(read, boxes)]
    ocr._reread_years(gray, [words], {id(w): b for w, b in zip(words, boxes)}, SCALE, "vie", 120)
    assert words[-1]["text"] == expected
