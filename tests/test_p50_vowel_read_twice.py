"""A toned U or I that OCR read again bare after it ("CHỦU TỊCH" for "CHỦ TỊCH": a bold Ủ's hook read as a second
letter; the signer's title lost, round IMG34's leftover): no syllable spells "uu" or "ii" ("ưu" is two vowels,
"CỨU"), so the word with the bare one dropped, where that is a syllable (vi_syllable.repair_vowel_read_twice)."""

from __future__ import annotations

import pytest

from extractors.formats.vi_syllable import repair_vowel_read_twice

MUST = [("CHỦU", "CHỦ"), ("CHÍI", "CHÍ"), ("THỦU", "THỦ"), ("TRỤU,", "TRỤ,")]
MUST_NOT = ["KỲ", "CỨU", "HƯU", "KHUYÊN", "NGUYỄN", "XOONG", "chủu", "TUU"]


@pytest.mark.parametrize("word, expected", MUST)
def test_repaired(word, expected):
    assert repair_vowel_read_twice([word]) == [expected]


@pytest.mark.parametrize("word", MUST_NOT)
def test_left(word):
    assert repair_vowel_read_twice([word]) == [word]
