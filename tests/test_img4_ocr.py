"""Round IMG4: a receipt stamp's red dropped without cutting the type under it, the clerk's
pen on the stamp dropped with it, and a told pair of a heading ("KÉ HOẠCH")."""

import numpy as np
import pytest
from PIL import Image

from extractors.formats.ocr import without_red_ink
from extractors.formats.vi_syllable import repair_told_words

WHITE = (250, 250, 250)
STAMP_RED = (200, 30, 40)
PEN_BLUE = (40, 50, 160)


def _page(paint) -> Image.Image:
    """A 240 x 240 colour page, white, with `paint` (a list of (rows, cols, colour)) on it."""
    a = np.full((240, 240, 3), WHITE, np.uint8)
    for rows, cols, colour in paint:
        a[rows, cols] = colour
    return Image.fromarray(a, "RGB")


STAMP = (slice(40, 120), slice(40, 160), STAMP_RED)  # a receipt stamp's block of red ink


# (case, what is painted besides, the pixel looked at, kept dark?)
CASES = [
    # must: a black rule crossing the stamp, its pixels given a dark red by the JPEG, stays
    ("rule tinted by the stamp", [STAMP, (slice(0, 240), slice(100, 102), (70, 5, 5))], (80, 100), True),
    ("black letter under the stamp", [STAMP, (slice(60, 70), slice(60, 70), (15, 15, 15))], (65, 65), True),
    # must: the stamp's own ink goes, and so does the clerk's pen written on it
    ("stamp ink", [STAMP], (80, 50), False),
    ("pen on the stamp", [STAMP, (slice(70, 76), slice(90, 140), PEN_BLUE)], (72, 120), False),
    ("pen just past the stamp's edge", [STAMP, (slice(70, 76), slice(150, 168), PEN_BLUE)], (72, 164), False),
    # must not: a pen far from any stamp (a number filled in by hand), a pen on a page without a stamp
    ("pen away from the stamp", [STAMP, (slice(200, 206), slice(20, 200), PEN_BLUE)], (203, 100), True),
    ("pen, no stamp", [(slice(70, 76), slice(90, 140), PEN_BLUE)], (72, 120), True),
    ("black type beside the stamp", [STAMP, (slice(130, 140), slice(40, 160), (20, 20, 20))], (135, 100), True),
]


@pytest.mark.parametrize("case,paint,at,dark", CASES, ids=[c[0] for c in CASES])
def test_stamp_dropped_type_kept(case, paint, at, dark):
    out = np.asarray(without_red_ink(_page(paint), scale=300 / 72))
    assert bool(out[at] < 128) is dark, (case, out[at])


TOLD = [
    # must
    ("KÉ HOẠCH", "KẾ HOẠCH"),
    ("Ké hoạch số 12", "Kế hoạch số 12"),
    ("KỂ HOẠCH", "KẾ HOẠCH"),
    # must not
    ("KẾ HOẠCH", "KẾ HOẠCH"),
    ("ngồi ké bên", "ngồi ké bên"),
    ("kể chuyện", "kể chuyện"),
    ("ké, hoạch", "ké, hoạch"),
]


@pytest.mark.parametrize("read,right", TOLD)
def test_told_heading_word(read, right):
    assert " ".join(repair_told_words(read.split())) == right


from extractors.formats.ocr import _code_headings, _ones_misread  # noqa: E402

HEAD = ["Nội dung", "Kinh phí (triệu đồng)", "Nguồn"]
ONES = [
    # must: the row number "1" read "Í" / "l" over a "2"
    ("Í over 2", [["1", *HEAD], ["Í", "Khảo sát", "450", "NS tỉnh"], ["2", "Hỗ trợ", "3.200", "NSTW"]], [1]),
    ("l. over 2.", [["STT", *HEAD], ["l.", "Tập huấn", "80", "NS huyện"], ["2.", "In tờ rơi", "15", "NS huyện"]], [1]),
    # must not: a Roman group code, a letter over anything but "2", a "1" read right
    ("Roman I", [["TT", *HEAD], ["I", "Nhóm A", "Nhóm A", "Nhóm A"], ["1", "Khảo sát", "450", "NS"]], []),
    ("I over 2", [["TT", *HEAD], ["I", "Khảo sát", "450", "NS"], ["2", "Hỗ trợ", "3.200", "NS"]], []),
    ("Í over 3", [["TT", *HEAD], ["Í", "Khảo sát", "450", "NS"], ["3", "Hỗ trợ", "3.200", "NS"]], []),
    ("right", [["TT", *HEAD], ["1", "Khảo sát", "450", "NS"], ["2", "Hỗ trợ", "3.200", "NS"]], []),
]


@pytest.mark.parametrize("case,rows,fixed", ONES, ids=[c[0] for c in ONES])
def test_row_number_one_misread(case, rows, fixed):
    assert _ones_misread(rows) == fixed


def test_header_told_once_the_one_is_read():
    rows = [["1", *HEAD], ["1", "Khảo sát", "450", "NS tỉnh"], ["2", "Hỗ trợ", "3.200", "NSTW"]]
    assert _code_headings(rows) == [0]


from extractors.formats.ocr import _year_headings  # noqa: E402

YEARS = [
    # must: a year read with a digit too many between two read right
    ("digit too many", [["STT", "Nội dung", "Tổng cộng", "Năm 2031", "Năm 20325", "Năm 2033", "Năm 2034"]],
     {(0, 4): "Năm 2032"}),
    # must not: a year left as read because a cell between holds a year read past repair (its
    # place still counts: 2031 is no misread 2032), nor five digits that are no year plus one (IMG13: a year with
    # one letter for a digit, "2O32", is one misread digit now; two letters, "ZO32", are past repair)
    ("unread year between", [["STT", "Nội dung", "Tổng cộng", "Năm 2031", "Năm ZO32", "Năm 2033", "Năm 2034"]], {}),
    ("five digits, no year", [["STT", "Nội dung", "Năm 2031", "Năm 20555", "Năm 2033", "Năm 2034"]], {}),
    ("amounts", [["1", "Thu", "12.345", "20250", "30000", "40000"]], {}),
]


@pytest.mark.parametrize("case,rows,fixed", YEARS, ids=[c[0] for c in YEARS])
def test_year_heading_counted_by_place(case, rows, fixed):
    assert _year_headings(rows) == fixed


from extractors.formats.ocr import _rules  # noqa: E402


def _ruled(middle: list[tuple[int, int]]) -> np.ndarray:
    """A 400 x 400 ink mask: a table of three rows (rules at y 50, 150, 250, 350) and two
    columns, whose middle column rule (x 200) runs through the first and last rows and, in
    the middle row (a merged group row), holds only the ink of `middle` ((y0, y1) runs)."""
    ink = np.zeros((400, 400), bool)
    for y in (50, 150, 250, 350):
        ink[y - 1:y + 2, 20:381] = True
    for x in (20, 380):
        ink[50:351, x - 1:x + 2] = True
    ink[50:151, 199:202] = True
    ink[250:351, 199:202] = True
    for y0, y1 in middle:
        ink[y0:y1, 199:202] = True
    return ink


STEMS = [
    # must: a bold capital's stem on the column's line, its padding bridged, is no rule there
    ("stem in the group row", [(162, 238)], False),
    ("stem low in the row", [(170, 244)], False),
    # must not: the rule itself, or a rule broken by the scan in short gaps, still parts the row
    ("whole rule", [(150, 251)], True),
    ("broken rule", [(150, 180), (186, 215), (221, 251)], True),
]


@pytest.mark.parametrize("case,middle,parted", STEMS, ids=[c[0] for c in STEMS])
def test_a_stem_is_no_rule(case, middle, parted):
    _, vsegs = _rules(_ruled(middle), 300 / 72)
    at_middle = [v for v in vsegs if abs(v[0] - 200) <= 3]
    assert at_middle, case  # the column's rule is found in the other rows
    assert any(y0 <= 200 <= y1 for _, y0, y1, _ in at_middle) is parted, (case, at_middle)


from extractors.formats.ocr import even_light  # noqa: E402


def _lit(paper) -> np.ndarray:
    """A 600 x 500 page (300 dpi) whose paper level at (y, x) is `paper(y, x)`, with a line of
    type (ink at 30% of the paper's level) across it every 60 pixels."""
    ys, xs = np.mgrid[0:600, 0:500].astype(np.float32)
    page = paper(ys, xs)
    for y in range(30, 600, 60):
        for x in range(40, 460, 24):
            page[y:y + 14, x:x + 12] *= 0.3
    return np.clip(page, 0, 255).astype(np.uint8)


LIGHTS = [
    # must: light falling across the page, a shadow along one edge: the paper made white, type kept
    ("gradient", lambda ys, xs: 150 + 100 * xs / 500, True),
    ("shadow at the top", lambda ys, xs: 245 - 130 * np.clip(1 - ys / 150, 0, 1), True),
    # must not: even paper, white or grey (a clean scan, an office scan's grey paper)
    ("white paper", lambda ys, xs: 255 + 0 * xs, False),
    ("grey paper", lambda ys, xs: 232 + 0 * xs, False),
    ("grey paper, slight fall", lambda ys, xs: 240 - 12 * xs / 500, False),
]


@pytest.mark.parametrize("case,paper,evened", LIGHTS, ids=[c[0] for c in LIGHTS])
def test_uneven_light_evened(case, paper, evened):
    page = _lit(paper)
    out = even_light(page, 300 / 72)
    if not evened:
        assert out is page
        return
    blank = out[0:25, :]  # paper only
    assert blank.min() >= 190, case  # (raw: 115 at the shadow's darkest)
    assert out[32:42, 42:50].max() < 110, case  # the type in the darkest part still ink


from extractors.formats.vi_syllable import repair_glued_place  # noqa: E402

GLUED = [
    # must: a header's level word glued to its place's name
    (["BỘ", "CHỈ", "HUY", "QUÂN", "SỰ"], ["BỘ", "CHỈ", "HUY", "QUÂN", "SỰ"]),
    (["TỈNHHÒANAM"], ["TỈNH HÒA NAM"]),
    (["HUYỆNKHELÂM"], ["HUYỆN KHE LÂM"]),
    (["ỦY", "BAN", "NHÂN", "DÂN", "XÃTÂNPHÚC"], ["ỦY", "BAN", "NHÂN", "DÂN", "XÃ TÂN PHÚC"]),
    (["PHƯỜNGĐỒNGTHÁP,"], ["PHƯỜNG ĐỒNG THÁP,"]),
    # must not: a syllable, an abbreviation, a name without its level word, lower case
    (["NGHIÊNG"], ["NGHIÊNG"]),
    (["UBND", "TỈNH"], ["UBND", "TỈNH"]),
    (["THANHGIANG"], ["THANHGIANG"]),
    (["tỉnhhòanam"], ["tỉnhhòanam"]),
    (["TỈNHXYZQW"], ["TỈNHXYZQW"]),
]


@pytest.mark.parametrize("read,right", GLUED)
def test_level_word_glued_to_its_place(read, right):
    assert repair_glued_place(read) == right


from extractors.formats.ocr import _line_start  # noqa: E402

STARTS = [
    # must: specks before a number line, its "S" read as a look-alike
    ("'§ố76KHUBND", "Số76KHUBND"),
    ("_ Số: 76/KH-UBND", "Số: 76/KH-UBND"),
    ("“$ố: 12/KH-UBND", "Số: 12/KH-UBND"),
    (".S§ố1275KHUBND", "Số1275KHUBND"),
    # must not: other lines' starts
    ("Sở Y tế", "Sở Y tế"),
    ("§ 3. Điều khoản", "§ 3. Điều khoản"),
    ("5 điểm", "5 điểm"),
    ("- Số lượng", "- Số lượng"),
    ("50 hộ", "50 hộ"),
    ("SỐ: 12/KH-UBND", "SỐ: 12/KH-UBND"),
]


@pytest.mark.parametrize("read,start", STARTS)
def test_number_line_start(read, start):
    assert _line_start(read) == start


def test_stamp_outline_goes_with_it():
    """The soft edge of a stamp's stroke (gray, hardly red) beside its red goes too; type beside it stays."""
    page = _page([STAMP, (slice(38, 40), slice(40, 160), (175, 160, 160)),
                  (slice(20, 30), slice(60, 70), (20, 20, 20))])
    out = np.asarray(without_red_ink(page, scale=300 / 72))
    assert out[39, 100] > 200  # the outline
    assert out[25, 65] < 128  # the type above it


from extractors.formats.ocr import number_line_read_again  # noqa: E402

AGAIN = [
    # must: a frame's stroke or a speck before the line read again
    ("- Số: 1275/KH-UBND", "Số: 1275/KH-UBND"),
    ("_ Số: 76/KH-UBND", "Số: 76/KH-UBND"),
    ("| S§ố:  9/KH-UBND", "Số: 9/KH-UBND"),
    # must not: a line read right stays
    ("Số: 12/KH-UBND", "Số: 12/KH-UBND"),
    ("Số: 05/2026/QĐ-UBND", "Số: 05/2026/QĐ-UBND"),
]


@pytest.mark.parametrize("read,right", AGAIN)
def test_number_line_read_again(read, right):
    assert number_line_read_again(read) == right
