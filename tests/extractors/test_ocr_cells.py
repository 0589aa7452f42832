"""The text of a ruled table's cells on a scan (cell images drawn here, words invented).

A cell's lines are joined as a text layer's cell lines are (extractors.layout.wrap.cell_text):
a heading a narrow column broke ("ST" / "T") is one word again, two words on two lines
stay two words. The `eng` model's second reading of a short cell replaces the first only
when it is a number or a row code: "." is neither, and must not replace "STT"."""

from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCALE = 300 / 72


def cell(lines: list[str], width: int = 0) -> np.ndarray:
    """A cell image at 300 dpi with one text line per entry (13 pt type)."""
    font = ImageFont.truetype(FONT, 52)
    width = width or max(int(font.getlength(line)) for line in lines) + 60
    im = Image.new("L", (width, 40 + 70 * len(lines)), 255)
    draw = ImageDraw.Draw(im)
    for n, line in enumerate(lines):
        draw.text((30, 20 + 70 * n), line, font=font, fill=0)
    return np.array(im)


@pytest.mark.parametrize("lines, expected", [
    # must join: a capital abbreviation broken by a narrow column; a word broken at its final
    (["ST", "T"], "STT"),
    (["xét nghiệ", "m"], "xét nghiệm"),
    # must not join: words on two lines; a code and a word
    (["Tổng", "cộng"], "Tổng cộng"),
    (["Năm", "2026"], "Năm 2026"),
    (["Ngân sách", "trung ương"], "Ngân sách trung ương"),
])
def test_a_cells_lines_are_joined_as_a_text_layers(lines, expected):
    [(text, _)] = ocr.read_cells([cell(lines)], "vie", "6", 60)
    assert text.split("\n") == lines  # the cell's lines as read; joined by the caller
    assert ocr.cell_text(text) == expected


def ruled_table(cells: list[list[str]], cols: list[int], size: tuple[int, int]) -> Image.Image:
    """A ruled table at 300 dpi (13 pt type): rows 120 px apart from y = 80, a rule at each of
    `cols` (x), each cell's text set in from its top left corner."""
    im = Image.new("L", size, 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 48)
    rows = [80 + 120 * r for r in range(len(cells) + 1)]
    for x in cols:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=5)
    for y in rows:
        draw.line([(cols[0], y), (cols[-1], y)], fill=0, width=5)
    for y, row in zip(rows, cells):
        for x, text in zip(cols, row):
            draw.text((x + 25, y + 30), text, font=font, fill=0)
    return im


def _table_page() -> Image.Image:
    """A ruled table: STT | Nội dung | Kinh phí over two rows of figures."""
    return ruled_table([["STT", "Nội dung", "Kinh phí"], ["1", "Tập huấn", "1.250"], ["2", "Kiểm tra", "300"]],
                       [60, 260, 1200, 1640], (1700, 700))


def test_a_second_reading_that_is_no_number_is_not_taken(monkeypatch):
    real = ocr.read_cells

    def second_reading_is_a_dot(crops, lang, psm, timeout):
        if lang == ocr.DIGITS_LANG:  # the eng model sees only noise in every cell it is given
            return [(".", 95.0) for _ in crops]
        return real(crops, lang, psm, timeout)

    monkeypatch.setattr(ocr, "read_cells", second_reading_is_a_dot)
    page = ocr.ocr_page(_table_page(), SCALE, "vie", 120)
    assert [row[0] for row in page.tables[0].rows] == ["STT", "1", "2"]
    assert page.tables[0].rows[1][2] == "1.250"


def test_a_second_reading_that_is_a_number_is_taken(monkeypatch):
    real = ocr.read_cells

    def second_reading(crops, lang, psm, timeout):
        if lang == ocr.DIGITS_LANG:
            return [("7", 95.0) for _ in crops]
        return real(crops, lang, psm, timeout)

    monkeypatch.setattr(ocr, "read_cells", second_reading)
    page = ocr.ocr_page(_table_page(), SCALE, "vie", 120)
    assert [row[0] for row in page.tables[0].rows] == ["7", "7", "7"]  # the short cells, read again


@pytest.mark.parametrize("codes, fixed", [
    # must fix: a number between two that are two apart
    (["STT", "1", "2", "5", "4", ""], [3]),
    (["1", "7", "3", "4"], [1]),
    (["STT", "STT", "1", "2", "8", "4", "5", "Cộng"], [4]),
    # must not: a count that restarts under groups, a count kept, a gap of another size,
    # too few numbers to say
    (["I", "1", "2", "II", "1", "2"], []),
    (["1", "2", "3", "4"], []),
    (["1", "5", "4", "5"], []),
    (["1", "9", "3"], [1]),
    (["", "5", ""], []),
    (["1", "5", "3", "Cộng"], [1]),
    (["1", "5", "Cộng"], []),
])
def test_a_row_number_out_of_its_count(codes, fixed):
    assert ocr._codes_out_of_sequence([[c, "x"] for c in codes]) == fixed


def _fake_readings(monkeypatch, first: dict, second: dict, last: dict):
    """The three readings of each cell as given, by the cell's true text (as Tesseract reads
    the drawn cell): `first` the vie reading, `second` eng's, `last` the digits-only one."""
    real = ocr.read_cells
    truth: dict[int, str] = {}

    def fake(crops, lang, psm, timeout, whitelist=None):
        if lang != ocr.DIGITS_LANG:
            got = real(crops, lang, psm, timeout)
            truth.update((id(c), t) for c, (t, _) in zip(crops, got))
            return [first.get(t, (t, conf)) for t, conf in got]
        return [(last if whitelist else second).get(truth[id(c)], ("", 0.0)) for c in crops]

    monkeypatch.setattr(ocr, "read_cells", fake)


def test_a_short_number_misread_by_both_models_is_read_a_third_time(monkeypatch):
    """ "2" read as "°)" (no word) and "95" read unsurely as "Đ5"; the eng model reads "a"
    and "YS"; the reading restricted to digits gives "2" and "95", taken and marked unsure.
    A heading read surely ("STT") and a short word ("Xã" read unsurely, whose restricted
    reading is "X") keep their readings."""
    _fake_readings(monkeypatch,
                   first={"1": ("°)", 0.0), "300": ("Đ5", 58.0), "Kiểm tra": ("Xã", 50.0)},
                   second={"1": ("a", 52.0), "300": ("YS", 25.0), "STT": ("a", 50.0), "Kiểm tra": ("", 0.0)},
                   last={"1": ("2", 40.0), "300": ("95.", 38.0), "STT": ("1", 30.0), "Kiểm tra": ("X", 30.0)})
    page = ocr.ocr_page(_table_page(), SCALE, "vie", 120)
    rows = page.tables[0].rows
    assert rows[0][0] == "STT"
    assert rows[1][0] == "2" and (1, 0) in page.tables[0].suspect
    assert rows[2][2] == "95" and (2, 2) in page.tables[0].suspect
    assert rows[2][1] == "Xã"


@pytest.mark.parametrize("cell, expected", [
    # must repair: a heading with a wrong tone (or a lost one), in any case
    ("Tống cộng", "Tổng cộng"), ("TỐNG CỘNG", "TỔNG CỘNG"), ("Nôi dung", "Nội dung"),
    ("Ngân sach trung ương", "Ngân sách trung ương"), ("Thơi gian thực hiên", "Thời gian thực hiện"),
    ("Đơn vi chủ trì", "Đơn vị chủ trì"),
    # and a rule's stroke read at the cell's edge
    ("STTL", "STT"), ("STT|", "STT"), ("|Nội dung", "Nội dung"), ("Ghi chú l", "Ghi chú"),
    # must not: a heading read right, a cell that is more than a heading, another base letter,
    # a one-syllable word ("Công" is a unit of labour), a number
    ("Tổng cộng", "Tổng cộng"), ("Tổng kinh phí", "Tổng kinh phí"), ("Trong do", "Trong do"),
    ("Công", "Công"), ("Cống", "Cống"), ("Năm 2026", "Năm 2026"), ("1.250", "1.250"),
    ("Tổng cộng (I+II)", "Tổng cộng (I+II)"), ("STT", "STT"), ("II", "II"), ("Cộng I", "Cộng I"),
    ("Nội dung II", "Nội dung II"),
    # must repair: an abbreviation in capitals whose Đ lost its bar, or with a stroke read as
    # "I" between two capitals (bold serif "ST" as "SIT")
    ("NSDP", "NSĐP"), ("DVT", "ĐVT"), ("SITT", "STT"), ("NSITW", "NSTW"), ("NSTIW", "NSTW"),
    ("NSlTW", "NSTW"), ("NSDPL", "NSĐP"),
    # must not: an abbreviation read right, another abbreviation, a word, more than one stroke,
    # a stroke at the start (no heading "ISTT" is read: the edge rule takes it out first)
    ("NSTW", "NSTW"), ("NSĐP", "NSĐP"), ("TT", "TT"), ("UBND", "UBND"), ("SIITT", "SIITT"),
    ("DT", "DT"), ("Nsdp", "Nsdp"),
    # (round IMG12: "TT" is a heading ("Số TT"), so a stroke read at the edge before it is taken out as "STTL"'s is,
    # "ITT" -> "TT"; and a "T" whose bar was lost reads "I", "SIT" -> "STT" as "NSIW" -> "NSTW")
    ("ITT", "TT"), ("SIT", "STT"),
])
def test_a_table_heading_read_with_a_wrong_tone(cell, expected):
    from extractors.formats.vi_syllable import repair_heading
    assert repair_heading(cell) == expected


AGENCY_CELLS = yaml.safe_load((Path(__file__).parents[1] / "cases" / "agency_cell_lines.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", AGENCY_CELLS, ids=lambda c: c["why"])
def test_a_cells_agencies_set_one_a_line_stay_apart(case):
    assert ocr.cell_text("\n".join(case["lines"])) == case["expected"], case["why"]


def test_no_cells_no_tesseract_run():
    """An empty list of cells (every unsure row code's box was blank on a rough scan) reads as
    nothing: Tesseract given an empty list fails, and that failure cost the whole document."""
    assert ocr.read_cells([], "vie", "6", 60) == []
    assert ocr.read_cells([cell(["12"])], "eng", "8", 60)[0][0] == "12"


def _dusted(cell: np.ndarray, specks: int, seed: int = 7) -> np.ndarray:
    """The cell with `specks` single dark pixels scattered over it (dust on a rough scan)."""
    rng = np.random.default_rng(seed)
    out = cell.copy()
    out[rng.integers(8, out.shape[0] - 8, specks), rng.integers(8, out.shape[1] - 8, specks)] = 40
    return out


def test_a_cell_of_dust_alone_is_empty():
    blank = np.full((160, 400), 235, dtype=np.uint8)  # grey paper
    assert ocr._ink_crop(blank, SCALE) is None
    assert ocr._ink_crop(_dusted(blank, 300), SCALE) is None  # 300 specks: no text to read


def test_dust_beside_text_is_cleaned_and_the_text_kept():
    text = cell(["1.350"], width=400)
    crop = ocr._ink_crop(_dusted(text, 200), SCALE)
    assert crop is not None
    clean = ocr._ink_crop(text, SCALE)
    # the crop is the text's (a speck touching a letter stays with it), not stretched to the farthest speck
    assert abs(crop.shape[0] - clean.shape[0]) <= 2 and abs(crop.shape[1] - clean.shape[1]) <= 2
    assert ocr.read_cells([crop], "eng", "7", 60)[0][0] == "1.350"


@pytest.mark.parametrize("mark", ["ạ", "ị", "ọ", "."])
def test_a_dot_of_a_tone_mark_or_a_full_stop_is_no_dust(mark):
    small = cell([mark], width=120)
    crop = ocr._ink_crop(small, SCALE)
    assert crop is not None and (crop < ocr.DARK).sum() == (ocr._ink_crop(small, SCALE) < ocr.DARK).sum()
    ink = small < ocr.DARK
    assert (ocr._solid(ink) == ink).all()  # every pixel of the letter and its dot is kept
