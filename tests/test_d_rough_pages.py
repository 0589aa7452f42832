"""Rough office scans (tests/renditions/scans.rough_page: tilted, soft, grey grainy paper,
specks of dust) of pages drawn here, with invented names and figures (helper D).

A page that holds a line or two only (the signer's name carried over to the last page) is
read by Tesseract's page segmentation as nothing on grey, grainy paper: its threshold falls
in the paper's grain. Such a page is read again with its paper made white."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.formats import ocr
from tests.renditions.scans import rough_page

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PLAIN = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SCALE = 300 / 72
A4 = (round(595 * SCALE), round(842 * SCALE))


def _page(lines: list[tuple[str, str]], seed: str, rough: bool = True) -> Image.Image:
    """An A4 page at 300 dpi with `lines` ((text, font) pairs, 13 pt) near its top left, as a
    rough office scan leaves it (or as drawn)."""
    img = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(img)
    y = round(72 * SCALE)
    for text, font in lines:
        draw.text((round(100 * SCALE), y), text, font=ImageFont.truetype(font, round(13 * SCALE)), fill=0)
        y += round(20 * SCALE)
    if not rough:
        return img
    import hashlib
    return rough_page(img, random.Random(seed), np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16)))


def _text(img: Image.Image) -> str:
    return " ".join(w["text"] for w in ocr.ocr_page(img, SCALE, "vie", 120).words)


@pytest.mark.parametrize("lines, seed", [
    # must read: a signer's name alone on the last page, and a name under a title
    ([("Hoàng Thị Mai Phương", BOLD)], "a"),
    ([("Nguyễn Đăng Khoa", BOLD)], "b"),
    ([("PHÓ GIÁM ĐỐC", BOLD), ("Lý Văn Sáu", BOLD)], "c"),
])
def test_a_page_of_one_line_on_grainy_paper_is_read(lines, seed):
    expected = " ".join(text for text, _ in lines)
    assert _text(_page(lines, seed)) == expected


@pytest.mark.parametrize("lines, seed, rough", [
    # must not: a blank rough page (grain and dust only) reads as nothing, and so does a
    # clean blank page; a clean page of one line reads as it did
    ([], "d", True),
    ([], "e", False),
    ([("Trịnh Công Bảy", PLAIN)], "f", False),
])
def test_a_blank_page_stays_blank(lines, seed, rough):
    assert _text(_page(lines, seed, rough)) == " ".join(text for text, _ in lines)


# A document number's type code with one of its letters read two or three times ("QĐ" as
# "QĐĐĐ": the bar of a bold "Đ" on grey paper read as letters of its own), on rough scans a
# legal basis lost: the code that a run of one letter read once (or twice: "TTr") makes of it
@pytest.mark.parametrize("words, expected", [
    # must repair
    (["Quyết", "định", "số", "317/QĐĐĐ-UBND", "ngày"], ["Quyết", "định", "số", "317/QĐ-UBND", "ngày"]),
    (["số", "4406/QĐĐ-BYT;"], ["số", "4406/QĐ-BYT;"]),
    (["Kế", "hoạch", "số", "77/KHH-SNN"], ["Kế", "hoạch", "số", "77/KH-SNN"]),
    (["số", "19/TTTr-STC"], ["số", "19/TTr-STC"]),
    (["số", "8/2025/QĐĐĐ-UBND,"], ["số", "8/2025/QĐ-UBND,"]),
    # must not: a code that is a type code as read ("TT", "TTr"), a code that no single run
    # makes one, an issuer's code's repeated letters (no closed vocabulary), a date
    (["Thông", "tư", "số", "12/TT-BNV"], ["Thông", "tư", "số", "12/TT-BNV"]),
    (["số", "19/TTr-STC"], ["số", "19/TTr-STC"]),
    (["số", "5/QQĐĐ-UBND"], ["số", "5/QQĐĐ-UBND"]),
    (["số", "96/TTr-KTHTT"], ["số", "96/TTr-KTHTT"]),
    (["ngày", "11/11/2025"], ["ngày", "11/11/2025"]),
])
def test_a_type_code_with_a_letter_read_again(words, expected):
    assert ocr.repair_doc_numbers(words) == expected


# A speck of dust at a line's foot read as "_" glued to the start of a word ("_Nơi nhận:",
# "__IV."): the recipients' label, a section heading lost
@pytest.mark.parametrize("word, expected", [
    # must repair: taken off the word's start
    ("_Nơi", "Nơi"), ("__IV.", "IV."), ("_TM.", "TM."), ("_ương", "ương"),
    # must not: a low line alone (a round bullet, tests/extractors/test_ocr.py), a word-segmented
    # text's joined syllables, a blank to fill in, a word's own end, a dash, any other word
    ("_", "_"), ("__", "__"),
    ("theo_dõi,", "theo_dõi,"), ("_____", "_____"), ("Số:___/KH", "Số:___/KH"), ("lụt_", "lụt_"),
    ("-", "-"), ("Nơi", "Nơi"), ("Lưu:", "Lưu:"),
])
def test_a_speck_read_as_an_underscore(word, expected):
    assert ocr.without_specks(word) == expected


# Two columns set side by side at other line heights (the recipients' list, small and close,
# beside the signature's title in bold capitals): Tesseract's page layout cuts them into lines
# that run across two lines of text, read as garbage ("Nơi nhận:" and "- Bộ GD&ĐT (để b/c);"
# as "` KD tò (để b/c)"; a 200 dpi scan and a rough one alike). Such a stretch is read again
# from its box as a block (_reread_garbled). The page's reading is given here (its words'
# boxes spread over the lines drawn), as tests/test_x_ocr_numbers.py does.
def _block(lines: list[str], dpi: int = 300) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """`lines` drawn at 10 pt on 11.9 pt leading (the first in bold italic) at `dpi` (a 200 dpi
    scan is scaled to 300 dpi as the reader renders it); each line's box in 300 dpi pixels."""
    s = dpi / 72
    img = Image.new("L", (round(300 * s), round((40 + 12 * len(lines)) * s)), 255)
    draw = ImageDraw.Draw(img)
    boxes = []
    for i, text in enumerate(lines):
        font = ImageFont.truetype(BOLD.replace("Bold", "BoldItalic") if i == 0 else PLAIN, round(10 * s))
        at = (round(20 * s), round((20 + 11.9 * i) * s))
        draw.text(at, text, font=font, fill=0)
        boxes.append(tuple(round(v * SCALE / s) for v in draw.textbbox(at, text, font=font)))
    return np.array(img.resize((round(img.width * SCALE / s), round(img.height * SCALE / s)), Image.BICUBIC)), boxes


def _reading(spans: list[tuple[list[tuple[str, float]], tuple[int, int, int, int]]]):
    """The page's lines: each (words as (text, confidence), box in pixels) spread over its box."""
    lines, boxes, ink = [], {}, {}
    for words, (x0, y0, x1, y1) in spans:
        step, line = (x1 - x0) / len(words), []
        for n, (text, conf) in enumerate(words):
            a, b = round(x0 + n * step), round(x0 + (n + 1) * step) - 4
            w = {"text": text, "x0": a / SCALE, "x1": b / SCALE, "top": y0 / SCALE, "bottom": y1 / SCALE, "conf": conf}
            line.append(w)
            boxes[id(w)] = (a, y0, b, y1)
            ink[id(w)] = (y0 / SCALE, y1 / SCALE)
        lines.append(line)
    return lines, boxes, ink


def _union(*bs):
    return min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)


@pytest.mark.parametrize("drawn, garbled, expected", [
    # must read again: a stretch over the first two lines read as garbage, a piece of the
    # second line read inside it
    (["Nơi nhận:", "- Sở Nội vụ (để b/c);", "- UBND tỉnh Lạc An;"],
     [("`", 0.0), ("KD", 2.5), ("tò", 0.0), ("(để", 93.3), ("b/c)", 44.4)],
     ["Nơi nhận:", "- Sở Nội vụ (để b/c);"]),
    (["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KT."],
     [("Bi", 14.5), (".", 0.0), ("Điều", 93.3)],
     ["Nơi nhận:", "- Như Điều 3;"]),
])
def test_a_garbled_stretch_is_read_again(drawn, garbled, expected):
    gray, line_boxes = _block(drawn)
    first = _union(line_boxes[0], line_boxes[1])
    lines, boxes, ink = _reading([(garbled, first), ([("-", 93.0), ("ể", 90.0), ("b/c);", 17.3)], line_boxes[1]),
                                  ([(w, 95.0) for w in drawn[2].split()], line_boxes[2])])
    gone, added = ocr._reread_garbled(gray, lines, boxes, ink, SCALE, "vie", 120)
    assert [" ".join(w["text"] for w in line) for line in added] == expected
    assert gone == {id(w) for line in lines[:2] for w in line}


@pytest.mark.parametrize("words", [
    # must not: a stretch read surely, a stretch with one unsure word (a speck read as a letter)
    [("Nơi", 95.0), ("nhận:", 91.0)],
    [("Nơi", 95.0), ("nhận:", 91.0), ("ỷ", 12.0)],
])
def test_a_stretch_read_well_stays(words):
    gray, line_boxes = _block(["Nơi nhận:", "- Sở Nội vụ (để b/c);"])
    lines, boxes, ink = _reading([(words, line_boxes[0])])
    assert ocr._reread_garbled(gray, lines, boxes, ink, SCALE, "vie", 120) == (set(), [])


def test_a_garbled_stretch_over_no_text_stays():
    # must not: specks read as signs (a stamp's edge, dust) with no text under them read again
    gray = np.full((400, 1200), 255, np.uint8)
    gray[200:203, 300:303] = 0
    gray[210:212, 500:502] = 0
    lines, boxes, ink = _reading([([("~", 0.0), ("’", 10.0), (".", 5.0)], (280, 190, 520, 230))])
    assert ocr._reread_garbled(gray, lines, boxes, ink, SCALE, "vie", 120) == (set(), [])


# A header's number line whose number a rough scan's page reading made garbage ("Số: 86/KH-UBND"
# as "SỐ BUIKRIE-UJBND", "Số: 58/KH-SCT" as "SỐ: )8/KHSGTE", unsurely): read again alone as
# one line, as a number line read without its separators is (ocr._reread_numbers)
def _strip(text: str) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    img = Image.new("L", (1800, 220), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(PLAIN, round(13 * SCALE))
    draw.text((160, 60), text, font=font, fill=0)
    return np.array(img), draw.textbbox((160, 60), text, font=font)


@pytest.mark.parametrize("drawn, read, expected", [
    # must read again
    ("Số: 86/KH-UBND", [("SỐ", 82.2), ("BUIKRIE-UJBND", 0.0)], "Số: 86/KH-UBND"),
    ("Số: 517/KH-SCT", [("SỐ:", 63.5), (")17/KHSGTE", 0.0)], "Số: 517/KH-SCT"),
    ("Số: 24/NQ-HĐND", [("SỐ", 80.9), ("DUÌNG.HĐNG", 0.0)], "Số: 24/NQ-HĐND"),
    # must not: a line that is no number line, a number read surely
    ("Số lượng 120 học sinh", [("Số", 90.0), ("lượng", 30.0), ("120", 90.0)], "Số"),
    ("Sở Y tế tỉnh Lạc An", [("Sở", 90.0), ("Y", 20.0), ("tế", 90.0)], "Sở"),
    ("Số: 86/KH-UBND", [("Số:", 93.0), ("86/KH-UBND", 91.0)], "Số:"),
])
def test_a_number_read_as_garbage_is_read_again(drawn, read, expected):
    gray, (x0, y0, x1, y1) = _strip(drawn)
    lines, boxes, _ = _reading([(read, (x0, y0, x1, y1))])
    gone = ocr._reread_numbers(gray, lines, boxes, SCALE, "vie", 120)
    assert lines[0][0]["text"] == expected
    assert len(gone) == (len(read) - 1 if expected != read[0][0] else 0)


# A Party committee's "ỦY" read with a wrong tone ("TỈNH ÚY QUẢNG NGÃI"): its issuer lost
@pytest.mark.parametrize("words, expected", [
    # must repair
    (["TỈNH", "ÚY", "LẠC", "AN"], ["TỈNH", "ỦY", "LẠC", "AN"]),
    (["HUYỆN", "UY", "ĐÔNG", "KHÊ"], ["HUYỆN", "ỦY", "ĐÔNG", "KHÊ"]),
    (["ĐẢNG", "ŨY", "KHỐI", "DOANH", "NGHIỆP"], ["ĐẢNG", "ỦY", "KHỐI", "DOANH", "NGHIỆP"]),
    # must not: a rank, a word in lower case, "ỦY" read right, "ỦY BAN"
    (["THƯỢNG", "ÚY", "LÊ", "VĂN", "AN"], ["THƯỢNG", "ÚY", "LÊ", "VĂN", "AN"]),
    (["Đại", "úy", "Trần", "Bình"], ["Đại", "úy", "Trần", "Bình"]),
    (["tỉnh", "úy"], ["tỉnh", "úy"]),
    (["ỦY", "BAN", "NHÂN", "DÂN"], ["ỦY", "BAN", "NHÂN", "DÂN"]),
])
def test_a_party_committees_uy(words, expected):
    assert ocr.repair_party_committee(words) == expected
