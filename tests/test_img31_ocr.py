"""Round IMG31: G38's and G39's documents as scans (OCR path).

- a bold name's marks lifted onto the line of the column beside (a portal page's signer set level with the
  recipients' last lines: the tilde and hat of "ễ", the grave of "à", the hook of "ả" read as "z" at 77, "x" at 39,
  "3." at 47 on the recipients' line and put into the name, "Nguyễn z Hoàng x" / "Khải 3.": the signer lost). A
  reading of one or two letters or digits, read under LOW_CONF, a stretch of its own, no taller than MARK_MAX_SHARE of
  the word under it, within that word's ends, its foot at that word's line's top, is a mark
  (ocr.marks_over_words, ocr._under_mark_read_as_letters);
- a filled round bullet (a Google Docs list's "●") read "®" or "@®" at a line's start: the list's dash, so the line
  after it is the item's wrap, not an objective of its own (ocr._repair_bullet);
- a short heading of plain capitals ("STT" in bold) the page's model read as other letters unsurely ("SILT" at 52)
  and the digits' model read surely ("STT" at 92): those capitals (ocr.capitals_read_surely);
- a bold heading's last line ("Đơn vị chủ" / "trì") read as no syllable ("tn" at 76, the cell at 65: the lead column
  not told, its activities' leads lost): the line read alone ("trì" at 97) where the cell's last line is such a word
  (ocr.tail_unspelt), taken where that is a syllable read surely (ocr.tail_spelt_again).

Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


def _word(text: str, x0: float, x1: float, top: float, bottom: float, conf: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "conf": conf}


def _name_beside_recipients(mark: str, conf: float, x0: float, x1: float, ink_top: float, ink_bottom: float):
    """A recipients' line ("- UBND các huyện;", tops 73) holding `mark` (its ink `ink_top`-`ink_bottom`) at x0-x1,
    and the signer's name "Lương Đình Thưởng" on the line below (its line's top 80.6, the words' ink 81-92)."""
    line = [_word("-", 58.8, 61.9, 73.0, 85.4, 93.0), _word("UBND", 66.7, 104.4, 73.0, 85.4, 92.0),
            _word("các", 109.4, 128.9, 73.0, 85.4, 96.0), _word("huyện;", 133.4, 180.0, 73.0, 85.4, 96.0),
            _word(mark, x0, x1, 73.0, 85.4, conf)]
    name = [_word("Lương", 272.6, 318.0, 80.6, 98.2, 95.0), _word("Đình", 323.0, 352.0, 80.6, 98.2, 96.0),
            _word("Thưởng", 357.0, 412.0, 80.6, 98.2, 90.0)]
    ink = {id(w): (73.9, 84.0) for w in line}
    ink[id(line[-1])] = (ink_top, ink_bottom)
    ink.update({id(w): (81.0, 92.4) for w in name})
    return [line, name], line[-1], ink


@pytest.mark.parametrize("mark, conf, x0, x1, ink_top, ink_bottom, lifted", [
    # must: one or two letters or a digit and a stop, read unsurely, short, over a word of the name
    ("z", 77.4, 300.0, 304.4, 79.2, 82.3, True),   # over "Lương"
    ("x", 39.0, 336.0, 338.9, 80.2, 82.3, True),   # over "Đình"
    ("3.", 46.7, 398.0, 406.9, 79.4, 82.8, True),  # over "Thưởng" (wider than a sign's mark)
    ("ii", 55.0, 360.0, 366.0, 79.0, 82.5, True),
    # must not: read surely; as tall as a line's letters; out of the word's ends; a longer word; far over it
    ("z", 91.0, 300.0, 304.4, 79.2, 82.3, False),
    ("a)", 60.0, 300.0, 309.0, 75.0, 84.0, False),
    ("x", 39.0, 318.5, 322.0, 80.2, 82.3, False),
    ("3.", 46.7, 405.0, 414.0, 79.4, 82.8, False),
    ("xyz", 39.0, 336.0, 348.0, 80.2, 82.3, False),
    ("z", 60.0, 300.0, 304.4, 70.0, 73.5, False),
])
def test_marks_read_as_letters(mark, conf, x0, x1, ink_top, ink_bottom, lifted):
    lines, sign, ink = _name_beside_recipients(mark, conf, x0, x1, ink_top, ink_bottom)
    found = [s for s, _ in ocr.marks_over_words(lines, ink)]
    assert any(s is sign for s in found) is lifted


@pytest.mark.parametrize("texts, expected", [
    # must: a round bullet read as a registered sign, an at sign, a copyright sign, opening a line of words
    (["®", "Doanh", "thu", "tăng"], ["-", "Doanh", "thu", "tăng"]),
    (["@®", "Có", "ít", "nhất"], ["-", "Có", "ít", "nhất"]),
    (["©", "80%", "hộ", "gia", "đình"], ["-", "80%", "hộ", "gia", "đình"]),
    (["@", "Tổ", "chức"], ["-", "Tổ", "chức"]),
    # must not: such a sign alone on its line, before no word, within a line, glued to a word
    (["®"], ["®"]),
    (["®", "-"], ["®", "-"]),
    (["Nhãn", "®", "Sao", "Vàng"], ["Nhãn", "®", "Sao", "Vàng"]),
    (["®Sao", "Vàng"], ["®Sao", "Vàng"]),
    (["@@@", "Tổ"], ["@@@", "Tổ"]),
])
def test_round_bullet_read_as_sign(texts, expected):
    line = [_word(t, 100.0 + 30 * i, 120.0 + 30 * i, 500.0, 514.0, 90.0) for i, t in enumerate(texts)]
    ocr._repair_bullet(line)
    assert [w["text"] for w in line] == expected


@pytest.mark.parametrize("first, first_conf, second, second_conf, taken", [
    # must: plain letters read unsurely, the digits' model's plain capitals read surely
    ("SILT", 52.3, "STT", 91.9, True),
    ("SIT", 61.0, "STT", 88.0, True),
    ("Tl", 40.0, "TT", 90.0, True),
    ("DVI", 55.0, "DVT", 85.0, True),
    # must not: the first read surely; the second unsure; the same; a letter of Vietnamese's own in the first
    ("SILT", 85.0, "STT", 91.9, False),
    ("SILT", 52.3, "STT", 70.0, False),
    ("STT", 52.3, "STT", 91.9, False),
    ("ĐVT", 55.0, "DVT", 85.0, False),
    ("Năm", 60.0, "NAM", 90.0, False),
    # must not: the second with a digit or in small letters, one letter, a Roman code only, two words
    ("SILT", 52.3, "S1T", 91.9, False),
    ("Sil", 52.3, "Stt", 91.9, False),
    ("Il", 52.3, "T", 91.9, False),
    ("Il", 52.3, "II", 91.9, False),
    ("SILT", 52.3, "S TT", 91.9, False),
])
def test_capitals_read_surely(first, first_conf, second, second_conf, taken):
    assert ocr.capitals_read_surely(first, first_conf, second, second_conf) is taken


@pytest.mark.parametrize("lined, conf, expected", [
    # must: the last line one short word that is no syllable, the cell read unsurely
    ("Đơn vị chủ\ntn", 65.4, True),
    ("Cơ quan phối\nhgp", 60.0, True),
    ("Thời gian hoàn\nthnh.", 70.0, True),
    # must not: read surely; one line; a syllable; a longer word or two words; digits
    ("Đơn vị chủ\ntn", 85.0, False),
    ("tn", 65.4, False),
    ("Đơn vị chủ\ntrì", 65.4, False),
    ("Đơn vị chủ\ntrì đạo", 65.4, False),
    ("Sở Nội vụ;\nUBND", 65.4, True),  # asked again; a code read alone stays (tail_spelt_again below)
    ("Quý\nII/20", 65.4, False),
])
def test_tail_unspelt(lined, conf, expected):
    assert ocr.tail_unspelt(lined, conf) is expected


@pytest.mark.parametrize("lined, again, conf, expected", [
    # must: read alone as one syllable, surely
    ("Đơn vị chủ\ntn", "trì", 96.7, "Đơn vị chủ\ntrì"),
    ("Cơ quan phối\nhgp", "hợp", 93.0, "Cơ quan phối\nhợp"),
    ("Thời gian hoàn\nthnh.", "thành.", 90.0, "Thời gian hoàn\nthành."),
    # must not: unsure, no syllable, two words, empty
    ("Đơn vị chủ\ntn", "trì", 60.0, None),
    ("Sở Nội vụ;\nUBND", "UBND", 95.0, None),
    ("Đơn vị chủ\ntn", "tr ì", 95.0, None),
    ("Đơn vị chủ\ntn", "", 95.0, None),
])
def test_tail_spelt_again(lined, again, conf, expected):
    assert ocr.tail_spelt_again(lined, again, conf) == expected


@pytest.mark.parametrize("starts, expected", [
    # must: "2." set apart by a numbering tab read "+," or "+." after "1." at its indent
    ([("1.", 85.0, "Mục"), ("+,", 85.2, "Mục")], ["1.", "2."]),
    ([("1.", 85.0, "Mục"), ("Thúc", 85.0, "đẩy"), ("+.", 84.6, "Chỉ"), ("3.", 85.0, "Nhiệm")], ["1.", "Thúc", "2.", "3."]),
    ([("2)", 90.0, "Sở"), ("+,", 90.5, "Công")], ["2)", "3)"]),
    # must not: a plus bullet; no number before at its indent; the next at its indent the same number; a small letter
    ([("1.", 85.0, "Mục"), ("+", 85.0, "Tổ")], ["1.", "+"]),
    ([("+,", 85.0, "Mục")], ["+,"]),
    ([("1.", 40.0, "Mục"), ("+,", 85.0, "Mục")], ["1.", "+,"]),
    ([("1.", 85.0, "Mục"), ("+,", 85.0, "Mục"), ("2.", 85.0, "Chỉ")], ["1.", "+,", "2."]),
    ([("1.", 85.0, "Mục"), ("+,", 85.0, "các")], ["1.", "+,"]),
])
def test_list_number_read_as_plus(starts, expected):
    assert ocr.repair_list_numbers(starts) == expected


@pytest.mark.parametrize("first, first_conf, again, again_conf, expected", [
    # must: one digit apart, read alone by the digits' model surely and surer
    ("60%", 86.2, "80%", 96.1, "80%"),
    ("65%;", 84.0, "85%", 95.0, "85%;"),
    ("(38,5%)", 82.0, "36,5%", 93.0, "(36,5%)"),
    ("100%", 85.0, "100%", 95.0, None),  # (the same)
    # must not: the page's reading sure; the second unsure or not surer enough; two digits apart; another shape
    ("60%", 92.0, "80%", 97.0, None),
    ("60%", 86.2, "80%", 78.0, None),
    ("60%", 86.2, "80%", 89.0, None),
    ("61%", 86.2, "80%", 96.0, None),
    ("60%", 86.2, "600%", 96.0, None),
    ("6%", 86.2, "60%", 96.0, None),
    ("60%", 86.2, "60,5%", 96.0, None),
    ("60%", 86.2, "80", 96.0, None),
    ("100%", 85.0, "400%", 96.0, None),
])
def test_percent_told_by_digits(first, first_conf, again, again_conf, expected):
    assert ocr.percent_told_by_digits(first, first_conf, again, again_conf) == expected
