"""SP3: the plain-text decoder's shortcuts (extractors/formats/text.py) read the same text as the scans they
spare. A UTF-8 file is scanned for a symbol font's private-use bullets only when its bytes hold a lead byte
of one (EE or EF; not the byte order mark's EF); zero-width characters are looked for one by one; Unicode
spaces between two words are found by a pattern that opens on the spaces themselves. Each row: the bytes of
a short invented text, and the text decode_unicode must give (must rows: something to change; must-not
rows: text that must stay as it is)."""

import pytest

from extractors.formats.text import decode_unicode

BOM = b"\xef\xbb\xbf"

MUST = [
    # a private-use bullet (U+F0B7, bytes EF 82 B7) at the very start of a UTF-8 file: in the first three bytes
    ("\uf0b7 Sở Nội vụ tỉnh Kon Pa chủ trì".encode(), "• Sở Nội vụ tỉnh Kon Pa chủ trì"),
    # the same after a byte order mark (whose own EF is no lead byte of a bullet)
    (BOM + "\uf0a7 Phòng Văn hóa huyện Ia Lốp".encode(), "+ Phòng Văn hóa huyện Ia Lốp"),
    # the Symbol font's minus (U+F02D, EF 80 AD) opening a line after the first
    ("Nhiệm vụ:\n\uf02d Tập huấn 120 cán bộ".encode(), "Nhiệm vụ:\n- Tập huấn 120 cán bộ"),
    # zero-width spaces and joiners inside words, a byte order mark inside the text
    ("Kế\u200bhoạch số 15/KH-UBND\u2060 ngày 3/4/2024\ufeff".encode(), "Kếhoạch số 15/KH-UBND ngày 3/4/2024"),
    # no-break and narrow no-break spaces between two words: plain spaces, as many
    ("Nội dung\u00a0\u00a0| Cơ quan\u202fchủ trì".encode(), "Nội dung  | Cơ quan chủ trì"),
    # a run of three Unicode spaces after a word, before a number
    ("Tổng cộng\u2002\u2003\u2009450".encode(), "Tổng cộng   450"),
]

MUST_NOT = [
    # a UTF-8 text with no private-use character but other EF-led characters (a full-width comma U+FF0C, EF BC 8C)
    ("Huyện Đăk Rô\uff0c xã Ia Bang".encode(), "Huyện Đăk Rô\uff0c xã Ia Bang"),
    # a byte order mark and nothing else out of the ordinary
    (BOM + "Ủy ban nhân dân xã Phú Lâm".encode(), "Ủy ban nhân dân xã Phú Lâm"),
    # a private-use code point no symbol font's bullet is (U+E123, lead byte EE): kept
    ("Mục \ue123 tiêu".encode(), "Mục \ue123 tiêu"),
    # a no-break space at a line's start or end, or beside a plain space: not between two words, kept
    ("\u00a0Mục tiêu\u00a0\nNội dung \u00a0chính".encode(), "\u00a0Mục tiêu\u00a0\nNội dung \u00a0chính"),
    # a line of a no-break space alone (an empty cell of a flattened table)
    ("STT\n\u00a0\nNội dung".encode(), "STT\n\u00a0\nNội dung"),
]


@pytest.mark.parametrize("data,expected", MUST)
def test_decoded_as_read(data, expected):
    assert decode_unicode(data)[0] == expected


@pytest.mark.parametrize("data,expected", MUST_NOT)
def test_left_as_written(data, expected):
    assert decode_unicode(data)[0] == expected


def test_spaces_between_words_as_the_lookbehind_pattern_finds_them():
    """The pattern that opens on the spaces finds what "(?<=\\S)[spaces]+(?=\\S)" found, on every short
    string of letters, spaces, Unicode spaces, a zero-width space and line ends."""
    import itertools
    import re

    from extractors.formats.text import _BETWEEN_WORDS
    from normalizers.text import UNICODE_SPACES

    before = re.compile(r"(?<=\S)[" + UNICODE_SPACES + r"]+(?=\S)")
    alphabet = ["a", " ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\u200b"]
    for n in range(1, 6):
        for chars in itertools.product(alphabet, repeat=n):
            s = "".join(chars)
            assert [m.span() for m in _BETWEEN_WORDS.finditer(s)] == [m.span() for m in before.finditer(s)], repr(s)
