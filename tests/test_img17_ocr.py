"""Round IMG17: what the OCR path lost on G20's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG17"). Every name and figure here is invented."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr
from tests.renditions.scans import photo_scan

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PLAIN = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DPI = 150
SCALE = DPI / 72
A4 = (round(595 * SCALE), round(842 * SCALE))


def _pdf(lines: list[tuple[str, str]], left_pt: float = 340) -> bytes:
    """A printed A4 page (a PDF of its image, DPI) with `lines` ((text, font), 13 pt) near its top, from
    `left_pt` (a signer's block: the right half)."""
    img = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(img)
    y = round(60 * SCALE)
    for text, font in lines:
        draw.text((round(left_pt * SCALE), y), text, font=ImageFont.truetype(font, round(13 * SCALE)), fill=0)
        y += round(20 * SCALE)
    out = io.BytesIO()
    img.save(out, "PDF", resolution=DPI)
    return out.getvalue()


def _text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        image, scale = ocr.render(pdf, 0, 300)
    finally:
        pdf.close()
    return " ".join(w["text"] for w in ocr.ocr_page(image, scale, "vie", 120).words)


# A phone's photo of a last page that holds the signer's name only: the light made even
# (ocr.even_light) leaves the paper's streaks and the shadow band's edge at 250-255, Tesseract's
# threshold for the nearly blank page falls in them and its page segmentation keeps no word (the
# signer lost: thanhbinh photo). A page read with no word is read again with its paper made white.
# (the seeds give each photo its shadow band along the page's top edge, as over thanhbinh's last page)
@pytest.mark.parametrize("lines, seed, left", [
    # must read: a name alone under the shadow band, at the block's left or further right
    ([("Lương Thế Vinh", BOLD)], "s12", 386),
    ([("Hà Minh Đức", BOLD)], "s17", 340),
    ([("Lê Thị Kim Oanh", BOLD)], "s46", 386),
])
def test_a_photographed_page_of_one_line_is_read(lines, seed, left):
    assert _text(photo_scan(_pdf(lines, left), seed)) == " ".join(text for text, _ in lines)


@pytest.mark.parametrize("lines, seed, photo", [
    # must not: a blank photographed page reads as nothing (its shadow band no letters), and a
    # clean blank page; a clean page of one line, and a photographed page of two, read as they did
    ([], "s12", True),
    ([], "e", False),
    ([("Đỗ Văn Nam", PLAIN)], "f", False),
    ([("GIÁM ĐỐC", BOLD), ("Phạm Quang Tiến", BOLD)], "s46", True),
])
def test_a_blank_photographed_page_stays_blank(lines, seed, photo):
    data = _pdf(lines, 386)
    assert _text(photo_scan(data, seed) if photo else data) == " ".join(text for text, _ in lines)


# A table's last row number misread as a digit like the count's next one ("3" as "8": the 3's open side closed
# on a phone app's or an archive's scan) after "1", "2": the row codes no count, the table's first column taken
# for amounts in its unit ("triệu đồng": three budget items of 1, 2 and 8 million; thanhbinh scan-archive,
# phone-app). The middle row's rule (two numbers two apart about it) now has the last row's: a count from "1" of
# two rows or more above it, the read digit a look-alike of the next one.
@pytest.mark.parametrize("codes, fixed", [
    # must repair
    (["1", "2", "8"], [2]),
    (["1", "2", "3", "4", "6"], [4]),
    (["1", "2", "3", "4", "5", "6", "1"], [6]),
    (["STT", "1", "2", "5", "Tổng"], [3]),
    # must not: a last number that counts on, one no look-alike of the next ("1", "2", "4": a row left out), a
    # count not from "1", a count with a gap before the last, years, a middle row (as before: "2", "5", "4")
    (["1", "2", "3"], []),
    (["1", "2", "4"], []),
    (["4", "5", "8"], []),
    (["1", "2", "3", "", "8"], []),
    (["2019", "2020", "2028"], []),
    (["2", "5", "4"], [1]),
])
def test_last_row_code_out_of_count(codes, fixed):
    assert ocr._codes_out_of_sequence([[c, "Huyện Tây Sơn"] for c in codes]) == fixed


HEADS = ["Đơn vị", "Diện tích gieo trồng (ha)", "Sản lượng (tấn)", "Tỷ lệ tăng (%)"]


# The row number's heading "TT" read as three letters with a T ("JỊT", "T đi") over a table of indicators by
# district whose other headings hold one heading word only ("Đơn vị", the rest measures): not repaired, the
# first column not row codes for the tables' rules (thanhbinh's three budget items above). Two letters, or three
# with a "T" (spaces aside), that are no word, over row codes that count up (cells.ordinal_column), the row's
# other cells no numbers, are the heading "STT".
@pytest.mark.parametrize("cell, codes, headings", [
    # must repair
    ("JỊT", ["1", "2", "3"], [0]),
    ("T đi", ["1", "2", "3", "4"], [0]),
    ("ITJ", ["1.", "2.", "3."], [0]),
    ("J T", ["1", "2"], [0]),
    # must not: a heading as read ("TT", "STT", "Số TT"), a word of four letters ("Tỉnh"), no T in three letters
    # ("Năm"), a word of two or three letters beside one heading word only ("Sở", "Ly", "Tên"), codes that do
    # not count (years, amounts)
    ("Sở", ["1", "2", "3"], []),
    ("Ly", ["1", "2"], []),
    ("Tên", ["1", "2", "3"], []),
    ("TT", ["1", "2", "3"], []),
    ("STT", ["1", "2", "3"], []),
    ("Số TT", ["1", "2", "3"], []),
    ("Tỉnh", ["1", "2", "3"], []),
    ("Năm", ["1", "2", "3"], []),
    ("JỊT", ["2021", "2022", "2023"], []),
    ("T đi", ["45", "12", "30"], []),
])
def test_code_heading_over_counting_codes(cell, codes, headings):
    rows = [[cell] + HEADS] + [[c, f"Huyện {n}", "1.250", "8.400", "2,5"] for n, c in zip("ABCD", codes)]
    assert ocr._code_headings(rows) == headings


def test_code_heading_not_over_a_row_of_numbers():
    # must not: the row above the codes holds numbers (a row of data, not the header)
    rows = [["JỊT", "Huyện Bắc Hà", "1.250", "8.400", "2,5"], ["1", "Huyện A", "900", "75", "1,5"],
            ["2", "Huyện B", "350", "20", "3,5"]]
    assert ocr._code_headings(rows) == []


# A list's number read as a letter with a mark ("4." read "Ạ.": the 4's closed top as an A, the stop under it as
# the dot below; ankhanh phone-app, "Ạ. Ủy ban nhân dân các huyện ...": the fourth responsibility lost). The
# letter is looked up without its marks, and "A" is a 4's look-alike.
@pytest.mark.parametrize("starts, repaired", [
    # must repair
    ([("1.", 60, "Sở"), ("2.", 60, "Sở"), ("3.", 60, "Công"), ("Ạ.", 60, "Ủy")], ["1.", "2.", "3.", "4."]),
    ([("3)", 72, "Tổ"), ("Ả)", 72, "Ban")], ["3)", "4)"]),
    ([("2.", 60, "Phòng"), ("Ṣ.", 60, "Trung")], ["2.", "3."]),
    ([("13.", 60, "Hội"), ("1A.", 60, "Đoàn")], ["13.", "14."]),
    # must not: "A." where the list's next number "4." follows it, after a number not one less ("2."), another
    # sign, a lower case word after it, a letter no digit's look-alike ("Ê."), "đ)" of a lettered list
    ([("3.", 60, "Sở"), ("A.", 60, "Ủy"), ("4.", 60, "Sở")], ["3.", "A.", "4."]),
    ([("2.", 60, "Sở"), ("A.", 60, "Ủy")], ["2.", "A."]),
    ([("3.", 60, "Sở"), ("Ạ)", 60, "Ủy")], ["3.", "Ạ)"]),
    ([("3.", 60, "Sở"), ("Ạ.", 60, "các")], ["3.", "Ạ."]),
    ([("3.", 60, "Sở"), ("Ê.", 60, "Ủy")], ["3.", "Ê."]),
    ([("4)", 60, "Sở"), ("đ)", 60, "Tổ")], ["4)", "đ)"]),
])
def test_list_number_read_as_marked_letter(starts, repaired):
    assert ocr.repair_list_numbers(starts) == repaired


SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _cell(text: str, paper: int, seed: int) -> np.ndarray:
    """A table's cell region at 300 dpi (128 x 300 px) holding `text` (13 pt) on paper of level `paper` with a
    grain of +-2 levels, as a scan leaves it."""
    img = Image.new("L", (300, 128), paper)
    ImageDraw.Draw(img).text((150, 64), text, font=ImageFont.truetype(SERIF, round(13 * 300 / 72)), fill=20,
                             anchor="mm")
    grain = np.random.default_rng(seed).integers(-2, 3, (128, 300))
    return np.clip(np.asarray(img).astype(np.int16) + grain, 0, 255).astype(np.uint8)


# A table's cell on grey paper (an archive's scan) read from its crop in a white margin: Tesseract's threshold for
# the crop falls in the paper's grain, a clear "3.250" read "3.200" by both models (bacphong scan-archive: a
# year's export target wrong) and "2.300" read "2/:Đ2UÔ" (lost). Grey paper and its grain are made white in the
# cell's crop (ocr._ink_crop), the type's grey edges kept.
@pytest.mark.parametrize("paper", [247, 243, 238])
def test_a_cell_on_grainy_paper_reads_its_figures(paper):
    # must read: figures of targets (thousands' groups, a decimal comma) on three grey papers
    texts = ["3.250", "2.300", "1.250", "9.350", "12,5", "6.520"]
    crops = [ocr._ink_crop(_cell(t, paper, n), 300 / 72, foot=True) for n, t in enumerate(texts)]
    assert [t for t, _ in ocr.read_cells(crops, "vie", "6", 60)] == texts


def test_a_cell_crop_keeps_its_type_and_an_empty_cell_stays_empty():
    # must not: the type's pixels stay as they are (on grey paper, and in a shaded cell, whose fill is its paper);
    # an empty grainy cell has no ink to read
    for text, paper, seed in (("4.850", 246, 7), ("Năm 2025", 200, 9)):
        cell = _cell(text, paper, seed)
        crop = ocr._ink_crop(cell, 300 / 72, foot=True)
        assert crop.min() == cell.min() and (crop < ocr.DARK).sum() == (cell[3:-3, 3:-3] < ocr.DARK).sum()
    assert ocr._ink_crop(_cell("", 247, 8), 300 / 72, foot=True) is None
