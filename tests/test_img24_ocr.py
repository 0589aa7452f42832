"""Round IMG24: G29's documents as scans (OCR path).

- a header's place name whose first word no syllable spells (a minority's place name: "Đắk", "Krông") read glued
  to the next, its mark right or not ("UBND TỈNH ĐĂKTHẠNH"): cut where the page writes those words apart
  (vi_syllable.repair_glued_told_by_page, _glued_as_written);
- a council's head read with one letter wrong before a level word ("DBND TỈNH" on a photo): ocr.repair_council_head;
- a speck of the seal's ring left at the seal's edge beside a recipient's line: no line of the signer's block
  (ocr._block_left, EDGE_LINE_MIN_PT).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_glued_told_by_page

GLUED = [
    # must: a name's word no syllable spells, glued to the next, a mark read wrong; the date line writes it apart
    ("breve for the acute", [["UBND", "TỈNH", "ĐĂKLONG"], ["Đắk", "Long,", "ngày", "04", "tháng", "3"]],
     [["UBND", "TỈNH", "ĐẮK LONG"], ["Đắk", "Long,", "ngày", "04", "tháng", "3"]]),
    # must: marks read right, the body writes it ("huyện Krông Pha")
    ("marks right, told by the body", [["UBND", "HUYỆN", "KRÔNGPHA"], ["trên", "địa", "bàn", "huyện", "Krông", "Pha."]],
     [["UBND", "HUYỆN", "KRÔNG PHA"], ["trên", "địa", "bàn", "huyện", "Krông", "Pha."]]),
    # must: three words ("Đắk Rơ Vang"), the bar of the Đ lost in bold capitals
    ("three words, bar lost", [["SỞ", "Y", "TẾ"], ["TỈNH", "DAKRƠVANG"], ["tỉnh", "Đắk", "Rơ", "Vang", "năm"]],
     [["SỞ", "Y", "TẾ"], ["TỈNH", "ĐẮK RƠ VANG"], ["tỉnh", "Đắk", "Rơ", "Vang", "năm"]]),
    # must not: the page spells those letters two ways: which one is not told
    ("two spellings", [["UBND", "TỈNH", "ĐĂKLONG"], ["Đắk", "Long,", "ngày"], ["xã", "Đăk", "Long"]],
     [["UBND", "TỈNH", "ĐĂKLONG"], ["Đắk", "Long,", "ngày"], ["xã", "Đăk", "Long"]]),
    # must not: the page does not write the words apart
    ("not written apart", [["UBND", "TỈNH", "ĐĂKLONG"], ["Lâm", "Hà,", "ngày"]],
     [["UBND", "TỈNH", "ĐĂKLONG"], ["Lâm", "Hà,", "ngày"]]),
    # must not: a word in small letters ("đăklong" in an address), an abbreviation
    ("small letters", [["email:", "đăklong"], ["Đắk", "Long"]], [["email:", "đăklong"], ["Đắk", "Long"]]),
    ("abbreviation", [["SDTTG"], ["SD", "TTG"]], [["SDTTG"], ["SD", "TTG"]]),
]


@pytest.mark.parametrize("case,lines,wanted", GLUED, ids=[c[0] for c in GLUED])
def test_glued_name_told_by_page(case, lines, wanted):
    assert repair_glued_told_by_page(lines) == wanted, case


COUNCIL = [
    # must: the U of "UBND" read "D" on a photo, before the province's level word
    ("D for U", ["DBND", "TỈNH", "ĐẮK", "LONG"], ["UBND", "TỈNH", "ĐẮK", "LONG"]),
    ("O for D, a city", ["UBNO", "THÀNH", "PHỐ", "HẢI", "VÂN"], ["UBND", "THÀNH", "PHỐ", "HẢI", "VÂN"]),
    ("council, a bar read twice", ["HĐNĐ", "HUYỆN", "MINH", "SƠN"], ["HĐND", "HUYỆN", "MINH", "SƠN"]),
    ("a horn on the U", ["ƯBND", "XÃ", "TÂN", "PHÚ"], ["UBND", "XÃ", "TÂN", "PHÚ"]),
    # must not: another abbreviation two letters from either head, one not before a level word, a syllable
    ("inspection committee", ["UBKT", "TỈNH", "ỦY"], ["UBKT", "TỈNH", "ỦY"]),
    ("school", ["THPT", "XÃ", "HÒA"], ["THPT", "XÃ", "HÒA"]),
    ("not before a level word", ["DBND", "CÁC", "XÃ"], ["DBND", "CÁC", "XÃ"]),
    ("a place's word", ["BÌNH", "TỈNH"], ["BÌNH", "TỈNH"]),
    ("as read", ["UBND", "TỈNH", "LAM", "SƠN"], ["UBND", "TỈNH", "LAM", "SƠN"]),
    ("not first", ["SỞ", "DBND", "TỈNH"], ["SỞ", "DBND", "TỈNH"]),
]


@pytest.mark.parametrize("case,words,wanted", COUNCIL, ids=[c[0] for c in COUNCIL])
def test_council_head(case, words, wanted):
    assert ocr.repair_council_head(words) == wanted, case


def _mask(runs: list[tuple[int, int, int, int]]) -> np.ndarray:
    """Ink at scale 1 (a point a pixel): (top, bottom, left, right) runs."""
    m = np.zeros((60, 400), bool)
    for top, bottom, left, right in runs:
        m[top:bottom, left:right] = True
    return m


# a recipient's line at rows 12-20 from 10 to 185, its tall letters and marks reaching rows 10-11 at 150-156 and
# 175-185; the seal's edge at 200, its block 100 wide
RECIPIENT = [(12, 20, 10, 185), (10, 12, 150, 156), (10, 12, 175, 185)]
EDGES = [
    # must: a speck of the ring one row high at the edge, beside the recipient's marks: the edge stays
    ("speck beside a recipient's marks", RECIPIENT + [(10, 11, 197, 202)], 200),
    # must not: a title's line cut by the edge (rows 30-38, from 150; a recipient's line under it ending at 144) moves it,
    # a speck by the recipient's line or not
    ("title cut, a speck too", RECIPIENT + [(10, 11, 197, 202), (30, 38, 150, 230), (44, 52, 10, 144)], 150 - 3),
    ("title cut", [(30, 38, 150, 230), (44, 52, 10, 144)], 150 - 3),
]


@pytest.mark.parametrize("case,runs,left", EDGES, ids=[c[0] for c in EDGES])
def test_block_left_speck(case, runs, left):
    assert ocr._block_left(_mask(runs), 200, 100, 1.0) == left, case


# ocr._rules on masks of ink at scale 1 (a point a pixel: a rule is 15 pixels long at least, pieces join within 3):
# a table 180 wide, its top and bottom rules at rows 5 and 50, its column rules at 10, 100 and 190; a rule between
# them at row 28 drawn as `pieces` (x0, x1, row), its ink faint (gray, not dark) or dark
def _table(pieces: list[tuple[int, int, int]]) -> np.ndarray:
    m = np.zeros((60, 200), bool)
    m[5, 10:191] = m[50, 10:191] = True
    m[5:51, 10] = m[5:51, 100] = m[5:51, 190] = True
    for x0, x1, row in pieces:
        m[row, x0:x1] = True
    return m


STEPPING = [(x, x + 10, 28 + (x // 10) % 2) for x in range(10, 190, 10)]  # ten pixels a row, stepping 28/29
FAINT_RULES = [
    # must: a faint rule a pixel thick stepping between two rows every ten pixels (no one row holds 15): found
    ("faint rule stepping", STEPPING, True, True),
    # must not: the same in dark ink (a real scan's rules and type read as before); a faint row of dashes with
    # gaps between them; a faint short stroke
    ("dark, stepping", STEPPING, False, False),
    ("faint dashes", [(x, x + 8, 28 + (x // 12) % 2) for x in range(10, 190, 12)], True, False),
    ("faint short stroke", [(20, 30, 28), (30, 40, 29)], True, False),
]


def _middle_found(gray: np.ndarray) -> bool:
    hsegs, _ = ocr._rules(ocr.rule_ink(gray, 1.0), 1.0, gray)
    return any(20 <= h[0] <= 36 and h[1] <= 15 and h[2] >= 185 for h in hsegs)


@pytest.mark.parametrize("case,pieces,faint,found", FAINT_RULES, ids=[c[0] for c in FAINT_RULES])
def test_faint_stepping_rule(case, pieces, faint, found):
    gray = np.where(_table(pieces), 200 if faint else 40, 255).astype(np.uint8)
    gray[5, 10:191] = gray[50, 10:191] = 40  # (the table's frame: dark)
    gray[5:51, 10] = gray[5:51, 100] = gray[5:51, 190] = 40
    assert _middle_found(gray) == found, case


# the rule at row 28 drawn gray (200, under RULE_DARK) but for a stretch across a column (110-160) drawn as `gap`
PALE_GAPS = [
    # must: the stretch paler (220: over RULE_DARK, under PALE_RULE_DARK): the rule is whole
    ("pale stretch", [220] * 50, True),
    # must not: no stroke there (a merged cell), a word on the line (letters with paper between), a stretch paler
    # still
    ("paper", [255] * 50, False),
    ("letters", [220, 220, 255, 255] * 12 + [255, 255], False),
    ("paler still", [240] * 50, False),
]


@pytest.mark.parametrize("case,gap,found", PALE_GAPS, ids=[c[0] for c in PALE_GAPS])
def test_pale_gap_joined(case, gap, found):
    gray = np.where(_table([(10, 191, 28)]), 40, 255).astype(np.uint8)
    gray[28, 10:191] = 200
    gray[28, 110:160] = gap
    gray[28, 100] = 40
    assert _middle_found(gray) == found, case
