"""A header's number line that a 200 dpi page's reading glued together, its ":", "/" and "-"
lost ("Số57KHUBND"), read again alone as one line (extractors.formats.ocr._reread_numbers).
Must-match and must-not-match rows; the lines are invented and drawn here (helper X)."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SCALE = 200 / 72


def _page(text: str) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A white strip with `text` drawn at 13 pt, 200 dpi; the text's box in pixels."""
    img = Image.new("L", (1400, 160), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, round(13 * SCALE))
    draw.text((120, 50), text, font=font, fill=0)
    return np.array(img), draw.textbbox((120, 50), text, font=font)


def _read_as(gray_box, words: list[tuple[str, float]]):
    """The page's reading of the strip: `words` (text, confidence) spread over the text's box."""
    _, (x0, y0, x1, y1) = gray_box
    step = (x1 - x0) / len(words)
    line, boxes = [], {}
    for n, (text, conf) in enumerate(words):
        a, b = round(x0 + n * step), round(x0 + (n + 1) * step) - 4
        w = {"text": text, "x0": a / SCALE, "x1": b / SCALE, "top": y0 / SCALE, "bottom": y1 / SCALE, "conf": conf}
        line.append(w)
        boxes[id(w)] = (a, y0, b, y1)
    return [line], boxes


@pytest.mark.parametrize("drawn, read, expected", [
    # must repair: the separators lost, the number glued to "Số"
    ("Số: 57/KH-UBND", [("Số57KHUBND", 65.0)], "Số: 57/KH-UBND"),
    ("Số: 1208/QĐ-UBND", [("Số:", 90.0), ("1208QĐUBND", 55.0)], "Số: 1208/QĐ-UBND"),
    ("Số: 09/CTr-UBND", [("Số09CI-UBND", 62.0)], "Số: 09/CTr-UBND"),
    # must not: a number read well and surely, a line that is no number line
    ("Số: 57/KH-UBND", [("Số:", 95.0), ("57/KH-UBND", 93.0)], "Số:"),
    ("Sở Y tế tỉnh Lai Châu", [("Sở", 60.0), ("Y", 60.0), ("tế", 60.0)], "Sở"),
    ("Số lượng 120 học sinh", [("Số", 60.0), ("lượng", 60.0), ("120", 60.0)], "Số"),
])
def test_a_number_line_read_again(drawn, read, expected):
    page = _page(drawn)
    lines, boxes = _read_as(page, read)
    gone = ocr._reread_numbers(page[0], lines, boxes, SCALE, "vie", 120)
    assert lines[0][0]["text"] == expected
    assert len(gone) == (len(read) - 1 if expected != read[0][0] else 0)


@pytest.mark.parametrize("rows, fixed", [
    # must repair: one year of the count misread by one digit
    ([["STT", "Nội dung", "Năm 1026", "Năm 2027", "Năm 2028"], ["1", "a", "5", "6", "7"]],
     {(0, 2): "Năm 2026"}),
    ([["TT", "Nguồn", "2029", "2030", "2081", "Tổng"], ["1", "a", "5", "6", "7", "18"]], {(0, 4): "2031"}),
    # ... a merged year cell over two columns, each copy
    ([["TT", "Nội dung", "Năm 2024", "Năm 2024", "Năm 2025", "Năm 2025", "Năm 2926", "Năm 2926"]],
     {(0, 6): "Năm 2026", (0, 7): "Năm 2026"}),
    # must not: a count kept, two years only, years that count no sequence, a break of two digits
    ([["STT", "Nội dung", "Năm 2026", "Năm 2027", "Năm 2028"]], {}),
    ([["STT", "Nội dung", "Năm 1026", "Năm 2027"]], {}),
    ([["STT", "Chỉ tiêu", "2015", "2020", "2025"]], {}),
    ([["STT", "Nội dung", "Năm 1126", "Năm 2027", "Năm 2028"]], {}),
    # ... a budget report's plan and its estimate of one year beside next year's plan: the years
    # of headings of other kinds do not count up (round L: 2025 was "repaired" to 2024)
    ([["STT", "Nội dung", "Dự toán năm 2025", "Ước thực hiện năm 2025", "So sánh (%)", "Dự toán năm 2026"]], {}),
    ([["TT", "Chỉ tiêu", "Kế hoạch 2031", "Thực hiện 2031", "Kế hoạch 2032"]], {}),
])
def test_a_year_heading_misread_by_one_digit(rows, fixed):
    assert ocr._year_headings(rows) == fixed


def _line(*texts: str) -> list[dict]:
    return [{"text": t, "x0": 60.0 + 50 * n, "x1": 100.0 + 50 * n, "top": 100.0, "bottom": 112.0, "conf": 90.0}
            for n, t in enumerate(texts)]


@pytest.mark.parametrize("texts, two", [
    # must repair: "II." read as "H." before a section heading in capitals
    (["H.", "NHIỆM", "VỤ"], True), (["H.", "TỔ", "CHỨC", "THỰC", "HIỆN"], True), (["H", "GIẢI", "PHÁP"], True),
    # must not: an initial before a name, a word in lower case, a heading's number read right, "H." alone
    (["H.", "Nguyễn", "Văn", "An"], False), (["H.", "TP"], False), (["II.", "NHIỆM", "VỤ"], False), (["H."], False),
])
def test_two_read_as_h(texts, two):
    assert ocr._two_read_as_h(_line(*texts)) is two


HEADS = ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


@pytest.mark.parametrize("rows, fixed", [
    # must repair: the row number's heading "TT" read as "1" over column headings
    ([["1"] + HEADS, ["I. NHÓM A"] * 5, ["1", "Rà soát", "Sở Nội vụ", "Sở Tư pháp", "Quý I"],
      ["2", "Tập huấn", "Sở Nội vụ", "UBND các xã", "Quý II"]], [0]),
    ([["1"] + HEADS, ["1", "Rà soát", "Sở Nội vụ", "Sở Tư pháp", "Quý I"], ["2", "Tập huấn", "Sở Nội vụ", "-", "Quý II"]],
     [0]),
    # must not: a first row of data, a "1" over rows that do not count from 1, two rows only
    ([["1", "Rà soát", "Sở Nội vụ", "Sở Tư pháp", "Quý I"], ["2", "Tập huấn", "Sở Nội vụ", "-", "Quý II"],
      ["3", "Kiểm tra", "Sở Nội vụ", "-", "Quý III"]], []),
    ([["1"] + HEADS, ["2", "Tập huấn", "Sở Nội vụ", "-", "Quý II"], ["3", "Kiểm tra", "Sở Nội vụ", "-", "Quý III"]], []),
    ([["1"] + HEADS, ["1", "Rà soát", "Sở Nội vụ", "Sở Tư pháp", "Quý I"]], []),
])
def test_the_row_numbers_heading_read_as_one(rows, fixed):
    assert ocr._code_headings(rows) == fixed


def _header_page() -> tuple[np.ndarray, dict]:
    """A header strip: a bold issuer at the left, a rule under it, the national title right;
    the boxes of what is drawn, in pixels."""
    img = Image.new("L", (1600, 260), 255)
    draw = ImageDraw.Draw(img)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", round(13 * SCALE))
    boxes = {}
    for key, xy, text in (("issuer", (200, 40), "SỞ NỘI VỤ"), ("title", (620, 40), "CỘNG HÒA XÃ HỘI"),
                          ("motto", (660, 110), "Độc lập - Tự do")):
        draw.text(xy, text, font=bold, fill=0)
        boxes[key] = draw.textbbox(xy, text, font=bold)
    draw.line((230, 120, 330, 120), fill=0, width=2)  # the rule under the issuer
    for x in range(300, 1400, 97):  # dust: specks far apart
        draw.point((x, 220), fill=0)
    return np.array(img), boxes


def _as_words(boxes: dict, keys: list[str]) -> list[dict]:
    return [{"text": k, "x0": boxes[k][0] / SCALE, "x1": boxes[k][2] / SCALE, "top": boxes[k][1] / SCALE,
             "bottom": boxes[k][3] / SCALE, "conf": 95.0} for k in keys]


def test_a_block_the_page_reading_left_out_is_read():
    gray, boxes = _header_page()
    found = ocr.missed_text(gray, _as_words(boxes, ["title", "motto"]), SCALE, "vie", 120)
    assert [w["text"] for w in found] == ["SỞ NỘI VỤ"]
    assert abs(found[0]["x0"] - boxes["issuer"][0] / SCALE) < 3


def test_nothing_is_added_where_the_page_reading_has_everything():
    # must not: words already read, a rule, dust
    gray, boxes = _header_page()
    assert ocr.missed_text(gray, _as_words(boxes, ["issuer", "title", "motto"]), SCALE, "vie", 120) == []
