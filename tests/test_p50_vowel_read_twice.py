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


# "Ủy ban" with its hook read as another tone or lost ("Uy ban Mặt" / "trận Tổ quốc": no body opens at it, two
# partners in one cell come out as one; round IMG34's leftover): vi_syllable.repair_told_words, told by "ban"
TOLD = [(["Uy", "ban", "Mặt"], ["Ủy", "ban", "Mặt"]), (["UY", "BAN", "NHÂN", "DÂN"], ["ỦY", "BAN", "NHÂN", "DÂN"]),
        (["Úy", "ban", "nhân", "dân"], ["Ủy", "ban", "nhân", "dân"])]
NOT_TOLD = [["uy", "tín"], ["Thượng", "úy", "Nguyễn"], ["Uy,", "ban"]]


@pytest.mark.parametrize("words, expected", TOLD)
def test_uy_ban(words, expected):
    from extractors.formats.vi_syllable import repair_told_words
    assert repair_told_words(words) == expected


@pytest.mark.parametrize("words", NOT_TOLD)
def test_not_uy_ban(words):
    from extractors.formats.vi_syllable import repair_told_words
    assert repair_told_words(words) == words
