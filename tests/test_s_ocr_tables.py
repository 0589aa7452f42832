"""OCR slips in a scanned table's codes and cells, repaired by the table's own shape
(extractors.formats.ocr): the row number's heading read as "SIT" over a column of row
codes, group rows' Roman codes read as "HH" or "I" out of their count, a range of years
cut to its second year by the reading as digits, and a row code of a table drawn without
rules read as signs ("2" as "È)") read again as digits. Must-match and must-not-match
rows; cells and pages are invented and drawn here (probe round S)."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr
from tests.extractors.test_ocr_cells import ruled_table

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCALE = 300 / 72
TASK_HEAD = ["Nhiệm vụ", "Chủ trì", "Phối hợp"]


@pytest.mark.parametrize("rows, fixed", [
    # must repair: the heading over a column of row codes
    ([["SIT"] + TASK_HEAD, ["1", "a", "b", "c"], ["2", "d", "e", "f"]], [0]),
    ([["SỊT"] + TASK_HEAD, ["1", "a", "b", "c"], ["2", "d", "e", "f"]], [0]),
    ([["STI"] + TASK_HEAD, ["I", "g", "g", "g"], ["1", "a", "b", "c"], ["2", "d", "e", "f"]], [0]),
    ([["5TT", "x", "y"], ["1", "a", "b"], ["2", "d", "e"]], [0]),
    # ... and over one row, where the page's end cut the table and its other cells are headings
    ([["SỊT"] + TASK_HEAD, ["1", "a", "b", "c"]], [0]),
    # must not: the heading read right, "TT", a Roman numeral, a word, one row under no headings,
    # no row codes under it
    ([["STT"] + TASK_HEAD, ["1", "a", "b", "c"], ["2", "d", "e", "f"]], []),
    ([["TT"] + TASK_HEAD, ["1", "a", "b", "c"], ["2", "d", "e", "f"]], []),
    ([["II", "x", "y"], ["1", "a", "b"], ["2", "d", "e"]], []),
    ([["Sở", "x", "y"], ["1", "a", "b"], ["2", "d", "e"]], []),
    ([["SIT", "Hà Tĩnh", "12"], ["1", "a", "b"]], []),
    ([["SIT", "Nội dung", "Ghi chú"], ["Tổng", "a", "b"], ["Cộng", "d", "e"]], []),
])
def test_the_row_numbers_heading_misread(rows, fixed):
    assert ocr._code_headings(rows) == fixed


def group(code: str, title: str, width: int = 4) -> list[str]:
    return [code] + [title] * (width - 1)


TASK = ["1", "Khảo sát", "Sở Y tế", "2026"]


@pytest.mark.parametrize("codes, fixed", [
    # must repair: "II" read as "HH", "III" as "I", "IV" as "Il"
    (["I", "HH", "I"], {1: "II", 2: "III"}),
    (["I", "II", "Il", "Il"], {2: "III", 3: "IV"}),
    (["I.", "H.", "III."], {1: "II."}),
    # must not: a count kept, a count that does not start at "I", a code that is no Roman look-alike
    (["I", "II", "III"], {}),
    (["II", "HH"], {}),
    (["I", "B", "I"], {}),
    (["I"], {}),
])
def test_group_rows_roman_codes_out_of_their_count(codes, fixed):
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"]]
    for n, code in enumerate(codes):
        rows += [group(code, f"Nhóm nhiệm vụ {n}"), list(TASK)]
    at = {r: c for r, c in ocr._group_codes(rows).items()}
    assert {(r - 1) // 2: c for r, c in at.items()} == fixed


def test_a_row_whose_cells_differ_is_no_group_row():
    rows = [["STT", "Nhiệm vụ", "Chủ trì"], ["I", "Khảo sát", "Sở Y tế"], ["HH", "Tập huấn", "Sở Y tế"]]
    assert ocr._group_codes(rows) == {}


def _time_table() -> Image.Image:
    """A ruled table: STT | Nội dung | Thời gian over two rows, the first timed by a range of years."""
    return ruled_table([["STT", "Nội dung", "Thời gian"], ["1", "Tập huấn", "2026 - 2028"], ["2", "Kiểm tra", "2029"]],
                       [60, 260, 1100, 1640], (1700, 580))


@pytest.mark.parametrize("second, years", [
    # must keep the first reading: the second reads the range's last year only
    ("2028", ["2026", "2028"]),
    ("2028.", ["2026", "2028"]),
    # must take the second reading: a range read again as a range
    ("2026 - 2028", ["2026 - 2028"]),
])
def test_a_range_of_years_is_not_cut_by_the_second_reading(monkeypatch, second, years):
    real = ocr.read_cells
    truth: dict[int, str] = {}

    def fake(crops, lang, psm, timeout, whitelist=None):
        if lang != ocr.DIGITS_LANG:
            got = real(crops, lang, psm, timeout, whitelist)
            truth.update((id(c), t) for c, (t, _) in zip(crops, got))
            return got
        return [(second, 95.0) if "2026" in truth[id(c)] else (truth[id(c)], 95.0) for c in crops]

    monkeypatch.setattr(ocr, "read_cells", fake)
    rows = ocr.ocr_page(_time_table(), SCALE, "vie", 120).tables[0].rows
    assert rows[1][2].split("-")[0].strip() == years[0].split("-")[0].strip()
    assert rows[1][2].split("-")[-1].strip() == years[-1].split("-")[-1].strip()
    assert (rows[1][2] == second) == (len(years) == 1)
    assert rows[2][2] == "2029"


def test_a_single_year_read_again_is_taken(monkeypatch):
    # must take: a cell that is no range (one year misread) takes the digits reading
    real = ocr.read_cells
    truth: dict[int, str] = {}

    def fake(crops, lang, psm, timeout, whitelist=None):
        if lang != ocr.DIGITS_LANG:
            got = real(crops, lang, psm, timeout, whitelist)
            truth.update((id(c), t) for c, (t, _) in zip(crops, got))
            return [("2O29", 40.0) if t == "2029" else (t, conf) for t, conf in got]
        return [("2029", 95.0) if truth[id(c)] == "2029" else (truth[id(c)], 95.0) for c in crops]

    monkeypatch.setattr(ocr, "read_cells", fake)
    rows = ocr.ocr_page(_time_table(), SCALE, "vie", 120).tables[0].rows
    assert rows[2][2] == "2029"


def _code_page(code: str) -> tuple[np.ndarray, dict]:
    """A page image with a code drawn at the left, and Tesseract's word for it as given."""
    im = Image.new("L", (1400, 300), 255)
    ImageDraw.Draw(im).text((100, 100), code, font=ImageFont.truetype(FONT, 50), fill=0)
    return np.array(im)


def _words(first: str, conf: float, next_x: float) -> tuple[list[list[dict]], dict]:
    w = {"text": first, "x0": 95 / SCALE, "x1": 135 / SCALE, "top": 95 / SCALE, "bottom": 160 / SCALE, "conf": conf}
    nxt = {"text": "Diễn", "x0": next_x, "x1": next_x + 30, "top": w["top"], "bottom": w["bottom"], "conf": 96.0}
    return [[w, nxt]], {id(w): (95, 95, 135, 160)}


@pytest.mark.parametrize("drawn, read, conf, next_x, expected", [
    # must read again: a lone row code read as signs, unsurely
    ("2", "È)", 0.0, 180.0, "2"),
    ("7", "?", 20.0, 180.0, "7"),
    # must not: a code read surely, a word next to it (a bullet, a label), a number read
    # already, a mark that reads as no number
    ("2", "È)", 95.0, 180.0, "È)"),
    ("2", "È)", 0.0, 40.0, "È)"),
    ("2", "2", 30.0, 180.0, "2"),
    ("-", "=", 10.0, 180.0, "="),
])
def test_a_row_code_read_as_signs_is_read_again(drawn, read, conf, next_x, expected):
    gray = _code_page(drawn)
    lines, boxes = _words(read, conf, next_x)
    ocr._reread_codes(gray, lines, boxes, SCALE, 120)
    assert lines[0][0]["text"] == expected


@pytest.mark.parametrize("cell, expected", [
    # must repair: an abbreviation heading with a letter read twice
    ("ĐDVT", "ĐVT"), ("DDVT", "ĐVT"), ("NSSTW", "NSTW"), ("NNSĐP", "NSĐP"),
    # must not: a heading read right, a word, another abbreviation with a letter twice
    ("ĐVT", "ĐVT"), ("TT", "TT"), ("UBBND", "UBBND"), ("Tổng", "Tổng"), ("XX", "XX"),
])
def test_an_abbreviation_heading_with_a_letter_read_twice(cell, expected):
    from extractors.formats.vi_syllable import repair_heading
    assert repair_heading(cell) == expected


def _ocr_line(*texts: str) -> list[dict]:
    return [{"text": t, "x0": 60.0 + 40 * n, "x1": 95.0 + 40 * n, "top": 100.0, "bottom": 112.0, "conf": 90.0}
            for n, t in enumerate(texts)]


@pytest.mark.parametrize("texts, expected", [
    # must repair: a dash bullet read as a low quote glued to the line's first word
    (["„Tỷ", "lệ", "học", "sinh"], "- Tỷ lệ học sinh"),
    (["‚Huy", "động"], "- Huy động"),
    # must not: a quote that opens a quotation, a low quote alone, a dash read right
    (["“Tỷ", "lệ”"], "“Tỷ lệ”"),
    (["„", "Tỷ"], "„ Tỷ"),
    (["-", "Tỷ", "lệ"], "- Tỷ lệ"),
])
def test_a_dash_bullet_read_as_a_low_quote(texts, expected):
    line = _ocr_line(*texts)
    ocr._repair_bullet(line)
    assert " ".join(w["text"] for w in line) == expected


def _figures_table() -> Image.Image:
    """A ruled table: STT | Chỉ tiêu | Năm 2026 | Năm 2027 over one row of decimals."""
    im = Image.new("L", (1900, 460), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 48)
    cols, rows = [60, 260, 1100, 1480, 1860], [80, 200, 320]
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=5)
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=5)
    for y, cells in zip(rows, [["STT", "Chỉ tiêu", "Năm 2026", "Năm 2027"], ["1", "Tỷ lệ hộ nghèo", "9,8", "7,5"]]):
        for x, cell in zip(cols, cells):
            draw.text((x + 25, y + 30), cell, font=font, fill=0)
    return im


def test_a_decimal_and_a_year_heading_keep_their_first_reading(monkeypatch):
    """The first reading gives "9,8" unsurely and "Năm 2026"; eng reads the year heading as
    "2028" and the digits-only reading drops the decimal comma ("98"): neither is taken."""
    real = ocr.read_cells
    truth: dict[int, str] = {}

    def fake(crops, lang, psm, timeout, whitelist=None):
        if lang != ocr.DIGITS_LANG:
            got = real(crops, lang, psm, timeout, whitelist)
            truth.update((id(c), " ".join(t.split())) for c, (t, _) in zip(crops, got))
            return [(t, 50.0 if "," in t else conf) for t, conf in got]
        if whitelist:
            return [(truth[id(c)].replace(",", ""), 60.0) for c in crops]
        return [("2028", 90.0) if truth[id(c)].startswith("Năm") else ("%", 20.0) if "," in truth[id(c)]
                else (truth[id(c)], 95.0) for c in crops]

    monkeypatch.setattr(ocr, "read_cells", fake)
    rows = ocr.ocr_page(_figures_table(), SCALE, "vie", 120).tables[0].rows
    assert rows[0][2].startswith("Năm") and rows[0][3].startswith("Năm")
    assert "," in rows[1][2] and "," in rows[1][3]


BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PROSE = ["Ủy ban nhân dân huyện ban hành kế hoạch thực hiện như sau:",
         "Phát triển sản xuất hàng hóa gắn với xây dựng nông thôn mới",
         "trên địa bàn các xã vùng cao, bảo đảm sinh kế bền vững.",
         "Các phòng, ban chuyên môn phối hợp tổ chức thực hiện.",
         "Định kỳ báo cáo kết quả về Ủy ban nhân dân huyện."]


def _page(lines: list[tuple[str, bool]]) -> np.ndarray:
    """A page image at 300 dpi, one text line per entry, in bold where asked (12 pt type)."""
    regular, bold = ImageFont.truetype(FONT, 50), ImageFont.truetype(BOLD_FONT, 50)
    im = Image.new("L", (2400, 160 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(im)
    for n, (txt, heavy) in enumerate(lines):
        draw.text((150, 80 + 90 * n), txt, font=bold if heavy else regular, fill=0)
    return np.array(im)


def _bold_lines(lines: list[tuple[str, bool]]) -> list[str]:
    from extractors.layout.words import lines_of
    words = ocr.tesseract_words(_page(lines), SCALE, "vie", 120)
    return [" ".join(w["text"] for w in ln) for ln in lines_of(words)
            if all("bold" in w.get("fontname", "").lower() for w in ln)]


def test_a_heading_set_in_bold_is_told_by_its_strokes():
    heading = "1. Đẩy mạnh tuyên truyền về sản xuất hữu cơ"
    found = _bold_lines([(PROSE[0], False), (heading, True)] + [(p, False) for p in PROSE[1:]])
    assert len(found) == 1 and found[0].startswith("1.") and "hữu cơ" in found[0]


@pytest.mark.parametrize("why, lines", [
    ("a page in one weight", [(p, False) for p in PROSE]),
    ("too few lines to tell the usual stroke", [(PROSE[0], False), ("1. Đẩy mạnh tuyên truyền", True)]),
])
def test_no_line_is_bold_where_none_stands_out(why, lines):
    assert _bold_lines(lines) == [], why
