"""A text typed in TCVN3 (.VnTime) with its headings in the capital font (.VnTimeH): the capital
font has no codes of its own for toned letters and draws the small letters' ones, so once decoded
the header's lines read "Uỷ BAN NHÂN DÂN", "CộNG HOà", "THUỷ", "Sở Y Tế". They are capitals again
(with the old tone placement of those years moved after, not before, so "HOà" still reads as a
capital word); a line of running text, a number's line and a place name stay as typed. Invented
lines, encoded with the TCVN3 table (tests/normalizers/test_legacy.py's encode)."""

import pytest

from normalizers.legacy import to_unicode
from tests.normalizers.test_legacy import encode


def _typed(text: str) -> str:
    """Unicode -> TCVN3 as a capital font would store it: its toned capitals as small letters."""
    return encode("".join(ch.lower() if ch.isupper() and not ("A" <= ch <= "Z" or ch in "ĂÂĐÊÔƠƯ") else ch
                          for ch in text), "tcvn3")


@pytest.mark.parametrize("typed, expected", [
    ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TỈNH PHÚ THUỶ", "TỈNH PHÚ THỦY"),
    ("XÃ HOÀ BÌNH", "XÃ HÒA BÌNH"),
    ("SỞ Y TẾ", "SỞ Y TẾ"),
    ("UỶ BAN MTTQ VIỆT NAM", "ỦY BAN MTTQ VIỆT NAM"),
    # must not: running text, a number's line, a place and date, a place name alone
    ("Số: 72/KH-UBND", "Số: 72/KH-UBND"),
    ("Phú Thuỷ, ngày 10 tháng 3 năm 2011", "Phú Thủy, ngày 10 tháng 3 năm 2011"),
    ("Xã Tân Lập", "Xã Tân Lập"),
    ("Kế hoạch phòng chống lụt bão", "Kế hoạch phòng chống lụt bão"),
])
def test_capital_font_lines(typed, expected):
    assert to_unicode(_typed(typed), "tcvn3") == expected
