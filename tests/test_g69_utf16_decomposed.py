"""Reader shape found with hold-out round G69's probes (tests/invented/build_g69.py: g69_huyen-myluongtay, a plan
exported as UTF-16 text with no byte order mark): the same export with its tones DECOMPOSED (a letter, then its
combining tone, as Windows-1258 text and some converters keep them) was refused as binary data. UTF-16 with no mark
is told by its NUL bytes, most high bytes and almost no low ones; the combining grave (U+0300, the "huyền" tone) is
the one mark of Vietnamese whose LOW byte is NUL, so a text with many grave tones looked like binary. Those code
units are no longer counted as a binary NUL (extractors.formats.text._utf16_order).

Binary data (NULs in both byte positions), UTF-16 with a mark, precomposed UTF-16 and a short head keep today's
reading. Every text here is invented."""

from __future__ import annotations

import unicodedata

import pytest

from extractors.blocks import ReadError
from extractors.formats.text import _decode, _utf16_order

_PLAN = ("ỦY BAN NHÂN DÂN\r\nXÃ HÒA BÌNH THƯỢNG\r\nSố: 19/KH-UBND\r\nHòa Bình Thượng, ngày 05 tháng 6 năm 2027\r\n"
         "KẾ HOẠCH\r\nPhòng, chống tác hại của thuốc lá trên địa bàn xã năm 2027\r\n"
         "Căn cứ Kế hoạch số 77/KH-UBND ngày 20 tháng 5 năm 2027 của Ủy ban nhân dân huyện Hòa Vàng Đông;\r\n"
         "- 100% trường học, trạm y tế, công sở không hút thuốc lá;\r\n"
         "- Giảm tỷ lệ hút thuốc lá ở người trưởng thành xuống dưới 30%.\r\n")


# must match: decomposed tones in UTF-16 with no mark, either order
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decomposed_utf16_without_a_mark_is_read(codec):
    data = unicodedata.normalize("NFD", _PLAN).encode(codec)
    text, found = _decode(data)
    assert found == codec
    assert unicodedata.normalize("NFC", text) == _PLAN


# must not: binary data with NULs at both positions, a mark, precomposed text, a head too short
def test_binary_data_is_still_refused():
    data = bytes(range(256)) * 40 + b"\x00\x03" * 50
    with pytest.raises(ReadError):
        _decode(data)


@pytest.mark.parametrize("data,codec", [
    (_PLAN.encode("utf-16-le"), "utf-16-le"),
    (_PLAN.encode("utf-16-be"), "utf-16-be"),
    ("Số: 1".encode("utf-16-le"), None),
])
def test_other_heads_read_as_before(data, codec):
    assert _utf16_order(data) == codec
