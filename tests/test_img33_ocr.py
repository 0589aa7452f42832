"""Round IMG33: G42's and G43's documents as scans (OCR path).

- the recipients' label run on with its items in one paragraph ("Nơi nhận: - Bộ Xây dựng (b/c); - UBND tỉnh;": a
  signer's ruled table whose cell lost its line breaks), its bold italic "nhận" read "nhậm" (the n's foot as an m's):
  the label not told, the run-on list not split, every recipient lost. A line whose two first words are a garbled
  "Nơi nhận:" (as ocr.repair_recipients_label tells a label alone on its line) followed by a list's dash is the label
  run on; in a ruled cell as on the page (ocr.recipients_label_in_cell);
- an OpenDocument's numbered headings in bold ("1. Phòng Kinh tế" / "2. Ban Chỉ huy quân sự xã" / "3. Công an xã"):
  the page's model dropped the numbers' digits and kept their stops alone (". Ban Chỉ huy ...", the stop's box a stop
  wide), the first heading read again alone (missed_text): the responsibilities after the first lost. A lone stop at a
  list number's right edge (the numbering sets them right-aligned) after the number before it is the next number
  (ocr.repair_dropped_list_numbers, on the page's words with missed_text's: ocr._list_numbers_dropped);
- a phone's photo of a ruled budget table (blur, JPEG): a header cell's bold second line ("xã, phường") ran together
  into a horizontal "rule" a few points above the cell's bottom rule, and its letters' stems between the two were
  taken for column rules: the last column cut into six slivers, its amounts found six times (20 budget items made).
  A vertical stroke cut to the rules it crosses counts only where it still spans a row of text (VRULE_MIN_PT);
- an archive's seal beside a signer's table whose recipients start a little left of the body (an RTF's table): the
  body's lines over the seal read again (_reread_body_over_seal) in a crop from the body's left edge down through the
  recipients, which cut their first words: the page's word stayed and its piece read again was added ("Nơi Nơi nhận:",
  "- -UBND tỉnh (b/c);"), six recipients lost. The crop starts at the start of a word its edge would cut
  (ocr.read_left_edge).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from extractors.formats import ocr

# (the page's lines as (words, left edge), the words expected after)
LABEL_ROWS = [
    # must: the label run on with its first item, "nhận" read "nhậm"
    ([("Nơi nhậm: - Sở Xây dựng tỉnh Đông Hà (b/c);".split(), 72.0), ("- UBND các phường;".split(), 72.0)],
     ["Nơi nhận: - Sở Xây dựng tỉnh Đông Hà (b/c);".split(), "- UBND các phường;".split()]),
    # must: its first word garbled too ("ợt"), the item's dash an en dash; alone on the page
    ([("ợt nhân: – Như Điều 4;".split(), 60.0)], [["Nơi", "nhận:", "–", "Như", "Điều", "4;"]]),
    # must: a later line of the page (the label under the closing paragraph)
    ([("Trong quá trình thực hiện, có vướng mắc báo cáo về Sở./.".split(), 72.0),
      ("Noi nhậm: - Bộ Tài chính; - Lưu: VT.".split(), 72.0)],
     ["Trong quá trình thực hiện, có vướng mắc báo cáo về Sở./.".split(),
      "Nơi nhận: - Bộ Tài chính; - Lưu: VT.".split()]),
    # must-not: the label read right stays as it is
    ([("Nơi nhận: - Bộ Công Thương;".split(), 72.0)], ["Nơi nhận: - Bộ Công Thương;".split()]),
    # must-not: another word before "nhận:" (a form's "Bên nhận:", "Người nhận:")
    ([("Bên nhận: - Công ty Cổ phần Sông Lam;".split(), 72.0)], ["Bên nhận: - Công ty Cổ phần Sông Lam;".split()]),
    ([("Người nhận: - Trần Văn Hiếu;".split(), 72.0)], ["Người nhận: - Trần Văn Hiếu;".split()]),
    # must-not: no dash after the two words ("Nơi nhậm: ..." of no list; "Nơi nhận hồ sơ: ...")
    ([("Nơi nhậm: Bộ phận một cửa".split(), 72.0)], ["Nơi nhậm: Bộ phận một cửa".split()]),
    ([("Nơi nhận hồ sơ: - Bộ phận một cửa".split(), 72.0)], ["Nơi nhận hồ sơ: - Bộ phận một cửa".split()]),
    # must-not: a word of a sentence before a dash ("Giao nhận: - ..." is two edits too many)
    ([("Giao nhận: - hàng hóa;".split(), 72.0)], ["Giao nhận: - hàng hóa;".split()]),
]


@pytest.mark.parametrize("lines, expected", LABEL_ROWS)
def test_recipients_label_run_on(lines, expected):
    assert ocr.repair_recipients_label(lines) == expected


# (a ruled cell's reading, its lines; the reading expected after)
CELL_ROWS = [
    # must: the signer's table's left cell, its items run on under the label
    ("Nơi nhậm: - Bộ Nông nghiệp và Môi\ntrường (b/c); - UBND tỉnh (b/c); -\nLưu: VT, KHTC.",
     "Nơi nhận: - Bộ Nông nghiệp và Môi\ntrường (b/c); - UBND tỉnh (b/c); -\nLưu: VT, KHTC."),
    # must: the label alone on the cell's first line, the list under it
    ("Nới nhân:\n- Như Điều 3;\n- Lưu: VT.", "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT."),
    # must-not: the label read right; another cell ("KT. CHỦ TỊCH")
    ("Nơi nhận: - Bộ Y tế;\n- Lưu: VT.", "Nơi nhận: - Bộ Y tế;\n- Lưu: VT."),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    # must-not: a task's cell that receives ("Tiếp nhận: - hồ sơ ...")
    ("Tiếp nhận: - hồ sơ đăng ký;\n- phiếu góp ý.", "Tiếp nhận: - hồ sơ đăng ký;\n- phiếu góp ý."),
]


@pytest.mark.parametrize("lined, expected", CELL_ROWS)
def test_recipients_label_in_cell(lined, expected):
    assert ocr.recipients_label_in_cell(lined) == expected


# (a page's lines as (first word, its right edge, second word); the first words expected after)
DROPPED_ROWS = [
    # must: the headings' numbers after "1." dropped, their stops at its right edge; items "a)" between
    ([("1.", 97.7, "Phòng"), ("a)", 114.0, "Tham"), (".", 97.7, "Ban"), ("a)", 114.0, "Bố"), (".", 97.7, "Công"),
      (".", 97.5, "Ban")], ["1.", "a)", "2.", "a)", "3.", "4."]),
    # must: a list numbered "1)" ...; the stop a little off the number's edge (a scan's tilt)
    ([("1)", 60.0, "Sở"), ("-", 66.0, "Chủ"), (")", 61.8, "Sở")], ["1)", "-", "2)"]),
    # must: a two-digit number's both digits dropped
    ([("9.", 98.0, "Ban"), (".", 98.5, "Trung")], ["9.", "10."]),
    # must-not: a stop elsewhere than at the numbers' edge (a speck before an item's words)
    ([("1.", 97.7, "Phòng"), (".", 120.0, "Ban")], ["1.", "."]),
    # must-not: the next number there is the one it would be (the stop is something else)
    ([("1.", 97.7, "Phòng"), (".", 97.7, "Ban"), ("2.", 97.7, "Công")], ["1.", ".", "2."]),
    # must-not: before a word in lower case; with no number before it; with another sign than the list's
    ([("1.", 97.7, "Phòng"), (".", 97.7, "và")], ["1.", "."]),
    ([(".", 97.7, "Ban"), ("2.", 97.7, "Công")], [".", "2."]),
    ([("1)", 97.7, "Phòng"), (".", 97.7, "Ban")], ["1)", "."]),
]


@pytest.mark.parametrize("starts, expected", DROPPED_ROWS)
def test_dropped_list_numbers(starts, expected):
    assert ocr.repair_dropped_list_numbers(starts) == expected


def _w(text: str, x0: float, x1: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 16.0, "conf": 95.0}


# (a page's words, the first words of its lines expected after)
PAGE_ROWS = [
    # must: "1." read again alone (its top a little under its line's), ". Công an xã" under it
    ([_w("1.", 86.9, 97.7, 209.3), _w("Phòng", 103.9, 149.5, 207.6), _w("Tư", 155.0, 170.0, 207.6),
      _w("a)", 103.0, 114.0, 225.1), _w("Tham", 119.8, 150.0, 225.1),
      _w(".", 95.3, 97.7, 277.0), _w("Công", 103.9, 140.6, 277.0), _w("an", 145.0, 160.0, 277.0)],
     ["1.", "a)", "2."]),
    # must-not: no number above at the stop's edge
    ([_w("Phòng", 103.9, 149.5, 207.6), _w(".", 95.3, 97.7, 277.0), _w("Công", 103.9, 140.6, 277.0)],
     ["Phòng", "."]),
]


@pytest.mark.parametrize("words, expected", PAGE_ROWS)
def test_list_numbers_dropped_on_page(words, expected):
    ocr._list_numbers_dropped(words)
    firsts = {}
    for w in words:  # each line's leftmost word
        key = round(w["top"] / 20)
        if key not in firsts or w["x0"] < firsts[key]["x0"]:
            firsts[key] = w
    assert [firsts[k]["text"] for k in sorted(firsts)] == expected


SCALE = 300 / 72


def _ink(hrules: list[tuple[float, float, float]], vrules: list[tuple[float, float, float]]) -> np.ndarray:
    """A page's ink (a 240 x 120 pt page at 300 dpi) with the rules given in points: horizontal (y, x0, x1), vertical
    (x, y0, y1), each 2 px thick."""
    ink = np.zeros((round(120 * SCALE), round(240 * SCALE)), dtype=bool)
    for y, x0, x1 in hrules:
        ink[round(y * SCALE):round(y * SCALE) + 2, round(x0 * SCALE):round(x1 * SCALE)] = True
    for x, y0, y1 in vrules:
        ink[round(y0 * SCALE):round(y1 * SCALE), round(x * SCALE):round(x * SCALE) + 2] = True
    return ink


TABLE_H = [(20.0, 10.0, 210.0), (50.0, 10.0, 210.0), (80.0, 10.0, 210.0)]
TABLE_V = [(10.0, 20.0, 80.5), (110.0, 20.0, 80.5), (210.0, 20.0, 80.5)]
STEMS = [(x, 40.0, 50.5) for x in (152.0, 157.0, 163.0, 168.0)]
# (the page's rules and strokes, the x (pt) of vertical rules expected found, of strokes expected none)
RULE_ROWS = [
    # must: a bold word run into a "rule" 4.5 pt above the cell's bottom rule, its stems between: no column rules
    (TABLE_H + [(45.5, 148.0, 172.0)], TABLE_V + STEMS, [10.0, 110.0, 210.0], [152.0, 157.0, 163.0, 168.0]),
    # must-not: a table's short row (7 pt between its rules): its column rules stay
    (TABLE_H + [(27.0, 10.0, 210.0)], TABLE_V, [10.0, 110.0, 210.0], []),
    # must-not: a plain table: its rules as they are
    (TABLE_H, TABLE_V, [10.0, 110.0, 210.0], []),
]


@pytest.mark.parametrize("hrules, vrules, kept, gone", RULE_ROWS)
def test_stems_under_a_bold_word_no_rules(hrules, vrules, kept, gone):
    _, vsegs = ocr._rules(_ink(hrules, vrules), SCALE)
    found = {round(v[0] / SCALE) for v in vsegs}
    assert all(round(x) in found for x in kept)
    assert not any(round(x) in found for x in gone)


# (the block's left edge, the crop's pad, its rows top and bottom, the page's words' boxes (x0, y0, x1, y1); the edge
# expected)
EDGE_ROWS = [
    # must: "Nơi nhận:" starting 14 px left of the body's edge, within the rows read: the crop starts at it
    (352, 4, 700, 1200, [(352, 700, 520, 760), (338, 790, 418, 850), (434, 790, 560, 850)], 338),
    # must: of two such words the leftmost
    (352, 4, 700, 1200, [(340, 790, 418, 850), (336, 860, 360, 920)], 336),
    # must-not: a word wholly left of the edge (a column beside) or one the edge cuts outside the rows: as it was
    (352, 4, 700, 1200, [(100, 790, 300, 850), (338, 600, 418, 660), (338, 1190, 418, 1260)], 352),
    # must-not: a word starting within the crop's pad: as it was
    (352, 4, 700, 1200, [(350, 790, 418, 850)], 352),
]


@pytest.mark.parametrize("left, pad, top, bottom, words, expected", EDGE_ROWS)
def test_read_left_edge(left, pad, top, bottom, words, expected):
    assert ocr.read_left_edge(left, pad, top, bottom, words) == expected
