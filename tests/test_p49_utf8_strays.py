"""A UTF-8 file with a few bytes that are no UTF-8 (extractors/formats/text._decode): a Windows quote or no-break
space pasted in, a crawl cut off inside a letter's bytes. Read as UTF-8, each stray byte as Windows-1252 reads it and a
letter cut at the end left out, not as the 8-bit code page charset detection would take the whole file for; an 8-bit
file (Windows-1258, TCVN3 or VNI codes, Western text) is read as before."""

from __future__ import annotations

import unicodedata

import pytest

from extractors.formats.text import decode
from tests.renditions.legacy import encode

PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BẢO LẠC
Số: 205/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lạc, ngày 3 tháng 10 năm 2028
KẾ HOẠCH
Chuyển đổi số trong các cơ quan hành chính nhà nước năm 2029
I. MỤC TIÊU
- 100% hồ sơ công việc tại cấp phường được xử lý trên môi trường mạng.
- 80% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình."""

UTF8 = PLAN.encode("utf-8")
AT = UTF8.index("Chuyển".encode("utf-8"))

MUST = [
    (UTF8[:AT] + b"\x93" + UTF8[AT:AT + 8] + b"\x94" + UTF8[AT + 8:], PLAN[:PLAN.index("Chuyển")] + "“Chuyển”"
     + PLAN[PLAN.index("Chuyển") + 6:]),  # Windows quotes pasted around a word
    (UTF8 + b" \x92s", PLAN + " ’s"),  # a Windows apostrophe
    (UTF8 + b"\xa0", PLAN + "\u00a0"),  # a Windows no-break space
    (UTF8 + "ệ".encode("utf-8")[:2], PLAN),  # a crawl cut off inside a letter: the letter's first bytes left out
]


@pytest.mark.parametrize("data,text", MUST)
def test_a_utf8_file_with_stray_bytes_is_read_as_utf8(data, text):
    assert decode(data) == (text, "utf-8")


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes a toned letter as its base letter and a combining tone."""
    return "".join(ch if _in_1258(ch) else _base_and_tone(ch) for ch in text).encode("cp1258")


def _base_and_tone(ch: str) -> str:
    """("Ậ": "Â" and the dot below; "ố": "ô" and the acute)"""
    marks = unicodedata.normalize("NFD", ch)
    letter = unicodedata.normalize("NFC", marks[0] + "".join(m for m in marks[1:] if m in "\u0302\u0306\u031b"))
    return letter + "".join(m for m in marks[1:] if m not in "\u0302\u0306\u031b")


def _in_1258(ch: str) -> bool:
    try:
        ch.encode("cp1258")
        return True
    except UnicodeEncodeError:
        return False


MUST_NOT = [
    _cp1258(PLAN),
    encode(PLAN, "tcvn3").encode("latin-1"),  # TCVN3 codes, an 8-bit file
    encode(PLAN, "vni").encode("cp1252"),  # VNI codes
    # a short UTF-8 text (fewer letters past ASCII than STRAYS_LETTERS) with a stray byte: too little to tell
    "Số: 205/KH-UBND ngày 3/10/2028".encode("utf-8") + b"\x92",
    # as many stray bytes as one in every fifty letters past ASCII: no UTF-8 file with strays
    UTF8 + b"\x92\x93\x94" * 3,
]


@pytest.mark.parametrize("data", MUST_NOT)
def test_an_8_bit_file_is_not_read_as_utf8(data):
    assert decode(data)[1] != "utf-8"
