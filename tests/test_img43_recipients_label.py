"""Round IMG43: a recipients' label read garbled ("Nơi nhậm:") with the signer's block beside it set a little lower
(extractors/formats/ocr.py repair_recipients_label, OTHER_COLUMN_PT).

G65's plan typed in one Excel sheet, scanned: its closing's two merged blocks side by side, "Nơi nhận:" under a cell's
top rule read "Nơi nhậm:", and in the page's order of lines the signer's "TM. ỦY BAN NHÂN DÂN" (and its circumflexes
read as words) came between the label and the list's first dash: the label was not told, the four recipients lost
on every kind. Lines of the other column (far right of the label) are passed over. Every input is invented.
"""

from __future__ import annotations

import pytest

from extractors.formats import ocr


@pytest.mark.parametrize("lines, first", [
    # must: the signer's lines beside the label, set a little lower, come before the list's first dash
    ([(["Nơi", "nhậm:"], 58.0), (["ÂN", "DÂ"], 596.0), (["TM.", "ỦY", "BAN", "NHÂN", "DÂN"], 500.0),
      (["-", "UBND", "huyện", "Tân", "Phú", "(b/c);"], 58.0)], ["Nơi", "nhận:"]),
    ([(["Noi", "nhận:"], 72.0), (["KT.", "CHỦ", "TỊCH"], 380.0), (["–", "Sở", "Nội", "vụ;"], 74.0)],
     ["Nơi", "nhận:"]),
    ([(["Nới", "nhân:"], 40.0), (["TM.", "BAN", "CHẤP", "HÀNH"], 300.0), (["CHỦ", "TỊCH"], 330.0),
      (["+", "Lưu:", "VT."], 41.0)], ["Nơi", "nhận:"]),
    # must-not: a line of the left column under the label that holds no dash; the dash far off, after the other
    # column's; the list's dash past BESIDE_LINES_MAX lines of the other column; another word before "nhận:"
    ([(["Nơi", "nhậm:"], 58.0), (["TM.", "ỦY", "BAN"], 500.0), (["chức", "vụ", "mới"], 58.0),
      (["-", "UBND", "tỉnh;"], 58.0)], ["Nơi", "nhậm:"]),
    ([(["ợt", "nhân:"], 56.0), (["KT.", "GIÁM", "ĐỐC"], 400.0), (["-", "Như", "Điều", "3;"], 300.0)],
     ["ợt", "nhân:"]),
    ([(["Nơi", "nhậm:"], 58.0)] + [(["TM.", "ỦY", "BAN"], 500.0)] * 4 + [(["-", "UBND", "tỉnh;"], 58.0)],
     ["Nơi", "nhậm:"]),
    ([(["Người", "nhận:"], 56.0), (["KT.", "CHỦ", "TỊCH"], 400.0), (["-", "Ông", "Lò", "Văn", "A;"], 57.0)],
     ["Người", "nhận:"]),
])
def test_label_with_signer_beside(lines, first):
    assert ocr.repair_recipients_label(lines)[0] == first


@pytest.mark.parametrize("lines, first", [
    # must: the label read with a rule through it as dashes after it (the dashes go)
    ([(["Nơi", "nhậm:", "---"], 58.0), (["-", "UBND", "huyện", "Hòa", "Lạc", "(b/c);"], 58.0)], ["Nơi", "nhận:", ""]),
    ([(["Noi", "nhận:", "——", "__"], 58.0), (["TM.", "ỦY", "BAN"], 400.0), (["-", "Như", "trên;"], 59.0)],
     ["Nơi", "nhận:", "", ""]),
    # must-not: a single dash after the label (the list run on: as before), dashes after another line; no list under
    ([(["Nơi", "nhậm:", "-", "Bộ", "Y", "tế;"], 58.0)], ["Nơi", "nhận:", "-", "Bộ", "Y", "tế;"]),
    ([(["Người", "nhận:", "---"], 58.0), (["-", "Ông", "A;"], 58.0)], ["Người", "nhận:", "---"]),
    ([(["Nơi", "nhậm:", "---"], 58.0), (["Văn", "phòng"], 58.0)], ["Nơi", "nhậm:", "---"]),
])
def test_label_with_rule_read_as_dashes(lines, first):
    assert ocr.repair_recipients_label(lines)[0] == first
