"""Two words set closer than a space's width (a browser's print of a header table whose cells
have no padding: "UBND TỈNH ĐẮK LẮK" ends a point before "CỘNG HÒA ..." starts) were joined by
the PDF reader's repair of glyphs a legacy font set apart ("v ùng"): "ĐẮK LẮKCỘNG HÒA", and
the issuer's province with it. A syllable's letters then a consonant and a vowel are two
syllables: no glyph cut inside one syllable leaves that (tab_stops.other_words, which
formats.pdf.join_split_glyphs asks).

Must rows: two whole syllables close together stay two words. Must-not rows: the pieces a cut
inside one syllable leaves are joined as before (a letter and the rest, a vowel first on the
right, a final consonant alone)."""

from __future__ import annotations

import pytest

from extractors.formats.pdf import join_split_glyphs


def _pair(left: str, right: str, gap: float = 1.0, size: float = 12.0) -> list[dict]:
    w = 0.6 * size
    a = {"text": left, "x0": 100.0, "x1": 100.0 + w * len(left), "top": 50.0, "bottom": 50.0 + size, "size": size,
         "fontname": "F"}
    x0 = a["x1"] + gap
    b = {"text": right, "x0": x0, "x1": x0 + w * len(right), "top": 50.0, "bottom": 50.0 + size, "size": size,
         "fontname": "F"}
    return [a, b]


APART = [("LẮK", "CỘNG"), ("KHÊ", "CỘNG"), ("hiệu", "quả"), ("NINH", "ĐỘC")]
JOINED = [("Đ", "ÀI"), ("Tr", "ường"), ("TỈ", "NH"), ("v", "ùng"), ("Ngh", "ĩa"), ("Đắ", "k"), ("q", "uả"),
          ("200", "3"),
          # a word of plain Latin letters, another language's: a ligature set apart ("file" of a running footer's URL)
          ("fi", "le"), ("on", "line")]


@pytest.mark.parametrize("left,right", APART)
def test_two_syllables_close_together_stay_two_words(left, right):
    assert [w["text"] for w in join_split_glyphs(_pair(left, right), {"F": 0.3})] == [left, right]


@pytest.mark.parametrize("left,right", JOINED)
def test_must_not_pieces_of_one_syllable_are_joined(left, right):
    assert [w["text"] for w in join_split_glyphs(_pair(left, right), {"F": 0.3})] == [left + right]
