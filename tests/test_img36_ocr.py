"""Round IMG36: G48's and G49's documents as scans (OCR path).

- a document's number whose "-" between its type code and its issuer's code a portal page's print and its scan made a
  colon or a stop ("205/KH:UBND" on a 300 dpi scan, "205/KH.UBND," on a phone's photo): the number cut to "205/KH"
  (ocr.repair_crossed_separator);
- a speck after the plan's kind read as an underscore and a stop ("KẾ HOẠCH _.", 2 pt wide on a line 16 pt high): the
  kind's line not told, the title and the bases lost (ocr.underscore_speck);
- one line's ink read twice by the page's model, in two lines of two paragraphs (a recipient's wrapped "nghệ (b/c);"
  beside the signer's title set lower: "nghệ (b/©);" and "ghệ (b/c)"): the later reading goes and the earlier word
  takes both boxes (ocr.read_twice);
- a garbled stretch read again with its words sure and its signs not ("nghệ" at 92, "(b/C);" at 36, where the page
  read "NGHỆg NHiGD)" at 25 and 0): taken (ocr.words_surer_than_garbled).

Everything here is invented (bodies, words, boxes).
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


@pytest.mark.parametrize("words, expected", [
    # must: the separator read as a colon or a stop
    (["Số:", "318/KH:UBND"], ["Số:", "318/KH-UBND"]),
    (["Số:", "318/KH.UBND,"], ["Số:", "318/KH-UBND,"]),
    (["Số", "27-CTr:HU"], ["Số", "27-CTr/HU"]),
    (["số", "64/QĐ.UBND;"], ["số", "64/QĐ-UBND;"]),
    # must-not: no type code before the mark, a number read right, a dotted number, a code cut at its end
    (["Số:", "318/ABC.UBND"], ["Số:", "318/ABC.UBND"]),
    (["Số:", "318/KH-UBND"], ["Số:", "318/KH-UBND"]),
    (["12/2026/NĐ-CP"], ["12/2026/NĐ-CP"]),
    (["1.250", "triệu"], ["1.250", "triệu"]),
    (["318/KH."], ["318/KH."]),
    (["318/KH:Ab"], ["318/KH:Ab"]),
])
def test_separator_read_as_colon_or_stop(words, expected):
    assert ocr.repair_crossed_separator(words) == expected


@pytest.mark.parametrize("text, width, height, expected", [
    # must: an underscore and a stop a speck wide
    ("_.", 2.0, 16.0, True),
    ("._", 1.6, 15.0, True),
    ("_,", 3.0, 14.0, True),
    # must-not: an underscore as wide as one, a blank to fill in, a stop alone, a word
    ("_", 6.5, 16.0, False),
    ("____", 28.0, 16.0, False),
    (".", 1.5, 16.0, False),
    ("_a", 2.0, 16.0, False),
    ("-", 2.0, 16.0, False),
])
def test_underscore_speck(text, width, height, expected):
    assert ocr.underscore_speck(text, width, height) is expected


SCALE = 4.0  # pixels a point


def _word(text: str, box: tuple[int, int, int, int], conf: float = 95.0) -> dict:
    x0, y0, x1, y1 = box
    return {"text": text, "x0": x0 / SCALE, "x1": x1 / SCALE, "top": y0 / SCALE, "bottom": y1 / SCALE, "conf": conf,
            "box": box}


def _twice(*lines: list[dict]) -> tuple[set[str], dict[str, tuple[int, int, int, int]]]:
    boxes = {id(w): w.pop("box") for line in lines for w in line}
    gone = ocr.read_twice(list(lines), boxes, SCALE)
    named = {f"{k}:{w['text']}": boxes[id(w)] for k, line in enumerate(lines) for w in line}
    return {f"{k}:{w['text']}" for k, line in enumerate(lines) for w in line if id(w) in gone}, named


def test_one_ink_read_twice():
    # must: "nghệ (b/c);" read "nghệ (b/©); :" and again "ghệ (b/c)" in a later line with the title beside
    gone, boxes = _twice(
        [_word("nghệ", (360, 2450, 470, 2497)), _word("(b/©);", (620, 2452, 745, 2504), 71),
         _word(":", (1510, 2486, 1522, 2494), 86)],
        [_word("ghệ", (385, 2465, 560, 2509), 90), _word("(b/c)", (600, 2452, 725, 2505), 74),
         _word("PHÓ", (1400, 2497, 1545, 2541)), _word("CHỦ", (1570, 2497, 1718, 2541))])
    assert gone == {"1:ghệ", "1:(b/c)"}
    assert boxes["0:nghệ"] == (360, 2450, 560, 2509)


@pytest.mark.parametrize("lines", [
    # must-not: the same words on two lines one under the other
    [[_word("-", (370, 2400, 385, 2440)), _word("tỉnh;", (400, 2400, 520, 2450))],
     [_word("-", (370, 2470, 385, 2510)), _word("tỉnh;", (400, 2470, 520, 2520))]],
    # must-not: a later line's word level with an earlier line's, apart (two columns)
    [[_word("Sở", (360, 2450, 430, 2497))], [_word("Sở", (1400, 2455, 1470, 2500))]],
    # must-not: words over each other that read unalike (a mark's line over a word)
    [[_word("ghệ", (385, 2465, 560, 2509))], [_word("PHÓ", (400, 2470, 545, 2515))]],
])
def test_lines_not_read_twice(lines):
    assert _twice(*lines)[0] == set()


@pytest.mark.parametrize("new, old, expected", [
    # must: the words read surely, a recipient's note not, where the old reading was garbled whole
    ([("nghệ", 92.0), ("(b/C);", 36.0)], [25.0, 0.0], True),
    ([("Bộ", 88.0), ("Tư", 95.0), ("pháp", 90.0), ("(b/c)", 20.0)], [30.0, 12.0, 5.0], True),
    # must-not: a word of the new reading unsure; the old reading not garbled on the whole; signs only
    ([("nghệ", 65.0), ("(b/c);", 90.0)], [25.0, 0.0], False),
    ([("nghệ", 92.0), ("(b/C);", 36.0)], [75.0, 30.0], False),
    ([("(b/c);", 60.0)], [10.0], False),
    ([("nghệ", 92.0)], [], False),
])
def test_garbled_read_again_with_sure_words(new, old, expected):
    assert ocr.words_surer_than_garbled(new, old) is expected


def _line(*words: tuple[str, float, float, float, float, float]) -> tuple[list[dict], dict[int, tuple[float, float]]]:
    """A line's words, each (text, conf, x0, x1, ink top, ink bottom) in points; the line's box is its words' ink."""
    top, bottom = min(w[4] for w in words), max(w[5] for w in words)
    line = [{"text": t, "conf": c, "x0": x0, "x1": x1, "top": top, "bottom": bottom} for t, c, x0, x1, _, _ in words]
    return line, {id(w): (it, ib) for w, (*_, it, ib) in zip(line, words)}


def _between(*lines: tuple[list[dict], dict]) -> set[str]:
    ink = {k: v for _, box in lines for k, v in box.items()}
    found = ocr.marks_between_lines([line for line, _ in lines], ink)
    return {w["text"] for line, _ in lines for w in line if id(w) in found}


TITLE_ABOVE = ("KT.", 96.0, 376.0, 400.0, 675.0, 685.0), ("GIÁM", 95.0, 406.0, 452.0, 671.0, 685.0), \
    ("ĐỐC", 95.0, 457.0, 490.0, 671.0, 685.0)
TITLE_BELOW = ("PHÓ", 93.0, 372.0, 405.0, 692.5, 702.5), ("GIÁM", 90.0, 410.0, 456.0, 692.5, 702.5), \
    ("ĐỐC", 96.0, 461.0, 494.0, 692.0, 702.5)


@pytest.mark.parametrize("middle, below, expected", [
    # must: the marks of the titles' words read as a word of two letters, of one letter, between the two lines
    (("vn", 3.0, 437.0, 458.0, 685.2, 691.7), TITLE_BELOW, {"vn"}),
    (("ă", 21.0, 398.0, 404.0, 686.0, 691.0), TITLE_BELOW, {"ă"}),
    # must-not: read surely; a word of three letters; a line of text between lines a line's height apart
    (("vn", 85.0, 437.0, 458.0, 685.2, 691.7), TITLE_BELOW, set()),
    (("vnn", 3.0, 437.0, 465.0, 685.2, 691.7), TITLE_BELOW, set()),
    (("a)", 40.0, 380.0, 392.0, 689.0, 699.0), tuple((t, c, x0, x1, it + 14, ib + 14) for t, c, x0, x1, it, ib
                                                    in TITLE_BELOW), set()),
])
def test_marks_between_lines(middle, below, expected):
    assert _between(_line(*TITLE_ABOVE), _line(middle), _line(*below)) == expected


def test_marks_between_lines_needs_a_line_below():
    # must-not: a word under the last line, nothing under it
    assert _between(_line(*TITLE_ABOVE), _line(("vn", 3.0, 437.0, 458.0, 685.2, 691.7))) == set()


@pytest.mark.parametrize("above, below, expected", [
    # must: the deputy's word under "KT. <title>" misread by a letter
    ("KT. CHỦ TỊCH", "THỜ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. GIÁM ĐỐC", "PHỎ GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("KT. TRƯỞNG BAN", "PHÔ TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"),
    # must-not: a deputy of another name, read right, under no "KT.", two letters off, a name, a title of other words
    ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỨ TRƯỞNG"),
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("TM. ỦY BAN", "THỜ ỦY BAN", "THỜ ỦY BAN"),
    ("KT. CHỦ TỊCH", "TỔ CHỦ TỊCH", "TỔ CHỦ TỊCH"),
    ("KT. CHỦ TỊCH", "Đinh Văn Khải", "Đinh Văn Khải"),
    ("KT. GIÁM ĐỐC", "THỜ KỲ ĐẦU", "THỜ KỲ ĐẦU"),
])
def test_deputy_title_under_kt(above, below, expected):
    assert ocr.repair_deputy_title(above.split(), below.split()) == expected.split()


# A column of small amounts, ungrouped under a thousand, over its total: an amount read with a stray glyph ("640" read
# "S640" by the page's model, "5940" by the digits' model) is told by the total.
SMALL = [["TT", "Nội dung", "Tổng số", "Ngân sách xã", "Xã hội hóa"],
         ["1", "Mua sắm thiết bị", "310", "110", "200"],
         ["2", "Chỉnh lý tài liệu lưu trữ", "{a}", "{b}", "-"],
         ["3", "Bồi dưỡng kỹ năng số", "170", "95", "75"],
         ["", "{label}", "1.120", "845", "275"]]


def _small(a: str, b: str, label: str = "Tổng cộng") -> list[list[str]]:
    return [[cell.format(a=a, b=b, label=label) for cell in row] for row in SMALL]


@pytest.mark.parametrize("first, second, expected", [
    # must: a look-alike letter before or after the digits, the digits' model reading another number
    ("S640", "5940", "640"),
    ("640l", "6401", "640"),
    ("B1.250", "81.250", "1.250"),
    # must-not: the two readings agree; no letter; two letters; a word
    ("S640", "640", None),
    ("640", "5940", None),
    ("SS640", "5940", None),
    ("Sở", "50", None),
])
def test_stray_letter_dropped(first, second, expected):
    assert ocr.stray_letter_dropped(first, second) == expected


@pytest.mark.parametrize("read, others, label, told", [
    # must: the total tells the other reading in each column, ungrouped amounts under a grouped or a plain total
    (("5940", "5940"), {(2, 2): "640", (2, 3): "640"}, "Tổng cộng", {(2, 2): "640", (2, 3): "640"}),
    # must-not: the column adds up as read; the other reading does not fit; no total's label
    (("640", "640"), {(2, 2): "5940", (2, 3): "5940"}, "Tổng cộng", {}),
    (("5940", "5940"), {(2, 2): "650", (2, 3): "650"}, "Tổng cộng", {}),
    (("5940", "5940"), {(2, 2): "640", (2, 3): "640"}, "Ghi chú", {}),
])
def test_small_amounts_told_by_their_total(read, others, label, told):
    assert ocr.amounts_told_by_other_reading(_small(*read, label), others) == told


def _words(*words: tuple[str, float, float]) -> list[dict]:
    """A line's words, each (text, x0, x1) in points, on a line 16 pt high."""
    return [{"text": t, "x0": x0, "x1": x1, "top": 400.0, "bottom": 416.0, "conf": 65.0} for t, x0, x1 in words]


@pytest.mark.parametrize("line, expected", [
    # must: a speck after the plan's kind, after a line's last word
    (_words(("KẾ", 275.0, 293.0), ("HOẠCH", 299.0, 350.0), ("_.", 359.0, 361.0)), {"_."}),
    (_words(("đồng.", 300.0, 330.0), ("_", 334.0, 335.5)), {"_"}),
    # must-not: a narrow low line at a line's start or after its dash (the list's dash read so), a wide one
    (_words(("_", 104.0, 106.0), ("Phát", 120.0, 150.0), ("triển", 154.0, 185.0)), set()),
    (_words(("-", 100.0, 104.0), ("_", 106.0, 108.0), ("Huy", 120.0, 140.0)), set()),
    (_words(("Số:", 100.0, 120.0), ("____", 124.0, 160.0)), set()),
])
def test_underscore_specks_in_a_line(line, expected):
    assert {w["text"] for w in line if id(w) in ocr.underscore_specks([line])} == expected
