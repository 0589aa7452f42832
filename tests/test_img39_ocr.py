"""Round IMG39: OCR-shaped misses of G54's and G55's documents as scans (extractors/formats/ocr.py, vi_syllable.py).

Every input is invented: OCR'd lines and word boxes of the shapes the scans showed, with other provinces, bodies,
names and numbers.
"""

from __future__ import annotations

import pytest

from extractors.formats import vi_syllable


@pytest.mark.parametrize("read, expected", [
    # must: "thi đua" with a tone read on "THI" (a heading in bold capitals, a running line)
    ("III. CHỈ TIÊU THỊ ĐUA", "III. CHỈ TIÊU THI ĐUA"),
    ("2. Nội dung thí đua", "2. Nội dung thi đua"),
    ("Phát động phong trào thỉ đua yêu nước năm 2026", "Phát động phong trào thi đua yêu nước năm 2026"),
    ("IV. KHEN THƯỞNG THĨ ĐUA", "IV. KHEN THƯỞNG THI ĐUA"),
    # must-not: "thi đua" read right; "thị" before other words; "thì đua nhau" (then race each other); a stop between
    ("II. CHỈ TIÊU THI ĐUA", "II. CHỈ TIÊU THI ĐUA"),
    ("Ủy ban nhân dân thị trấn Đông Khê", "Ủy ban nhân dân thị trấn Đông Khê"),
    ("các xe thì đua nhau vượt", "các xe thì đua nhau vượt"),
    ("xã Hòa Thị. Đua thuyền truyền thống", "xã Hòa Thị. Đua thuyền truyền thống"),
])
def test_thi_dua_told_by_next(read, expected):
    assert " ".join(vi_syllable.repair_told_words(read.split())) == expected
