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


# A speck of dust at a line's foot read as "_" by itself or glued to the start of a word
# ("_Nơi nhận:", "__IV.", "_ PHÓ GIÁM ĐỐC"): the recipients' label, a section heading lost
@pytest.mark.parametrize("word, expected", [
    # must repair: dropped, or taken off the word's start
    ("_Nơi", "Nơi"), ("__IV.", "IV."), ("_TM.", "TM."), ("_ương", "ương"), ("_", ""), ("__", ""),
    # must not: a word-segmented text's joined syllables, a blank to fill in, a word's own end,
    # a dash, any other word
    ("theo_dõi,", "theo_dõi,"), ("_____", "_____"), ("Số:___/KH", "Số:___/KH"), ("lụt_", "lụt_"),
    ("-", "-"), ("Nơi", "Nơi"), ("Lưu:", "Lưu:"),
])
def test_a_speck_read_as_an_underscore(word, expected):
    assert ocr.without_specks(word) == expected
