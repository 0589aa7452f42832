"""Round IMG7: shapes the OCR path misread on G7/G8's documents as scans (tests/renditions/ARCHIVE_SCANS.md).
Lines and numbers are invented."""

from __future__ import annotations

import pytest

from extractors.formats import ocr


# A header's number line a clean scan's page reading garbled (the line set close under the issuer's
# rule): "Số" misread past telling, the line one word read under GARBLED_WORD_CONF.
@pytest.mark.parametrize("read, conf, told", [
    ("Ôð:208KHSOTL", 0.0, True),      # "Số: 208/KH-SCT"
    ("Ơđ.57KHUBND", 12.0, True),      # "Số: 57/KH-UBND"
    ("Ô:1120/QĐUBND", 30.0, True),
    ("Ôð:208KHSOTL", 85.0, False),    # read surely: a word as it stands
    ("Ở 20 xã", 10.0, False),         # words, not one glued line
    ("Đã12", 10.0, False),            # no code after the number
    ("xã20kh", 10.0, False),          # no code's capitals
    ("Tháng10/2025", 10.0, False),    # three letters and more before the number
])
def test_number_line_so_lost(read, conf, told):
    assert ocr.number_line_so_lost(read, conf) == told


# "Số:" read as "Sð"/"Sđ" glued to the number: told as a number line (and read again alone)
@pytest.mark.parametrize("read, told", [
    ("Sð1523Qppp", True),
    ("Sđ 86/KH-UBND", True),
    ("Số: 96/KH-UBND", True),
    ("Sđt 0912", False),     # a phone's label: letters after the "đ"
    ("Sở Y tế", False),
    ("Sđ", False),
])
def test_number_line_told_with_eth(read, told):
    assert ocr.number_line_told(ocr._line_start(read)) == told


# A line the page read as a number written by hand ("Số4l2/QÐS8IJC": "1" read "l") whose reading
# alone by the page's model is a printed number line in full takes that reading; a handwritten
# number read alone is signs, and goes to the digits' model as before.
@pytest.mark.parametrize("read_again, printed", [
    ("Số: 412/QĐ-STC", True),
    ("Số: 1523/QĐ-TTg", True),
    ("Số: 12-KH/TU", True),
    ("Số: 45-KH/TĐTN-PTTN", True),
    ("Số: 05/2026/QĐ-UBND", True),
    ("Số 208/KH-SCT", True),
    ("Só:Ø9ế` KH-TCTLNTW-C04", False),   # a number by hand, read as signs
    ("Số: 9Ó6/KH-UBND", False),
    ("Số: 412/QĐS8IJC", False),          # the code garbled (no capitals' shape: "S8IJC" glued)
    ("Số: 412/QĐ-STC ngày 5", False),    # more after the code
])
def test_number_printed(read_again, printed):
    assert ocr.number_printed(read_again) == printed
