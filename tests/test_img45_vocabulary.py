"""Round IMG45: a coordinating council's name in a header's capitals (vi_syllable.VOCABULARY, repair_vocabulary, which
ocr.repair_line applies to each stretch of a scanned line).

G66's council plan (Word), printed and scanned low: its header "HỘI ĐỒNG PHỐI HỢP" / "PHỔ BIẾN, GIÁO DỤC" / "PHÁP
LUẬT" read "HỘI. ĐỒNG PHỐI HỢP" (a speck read as a stop after the head word, at 74) and "PHỔ BIỂN, GIÁO DỤC" (a hook
for the acute): the issuer read "Hội. đồng", its level and place lost. The council's head "Hội đồng phối hợp" is a
phrase of four words (a speck's stop after its first word in capitals goes, as after "ỦY" of "ỦY BAN NHÂN DÂN"), and
its field's words "Phổ biến", "Giáo dục" phrases of two (taken in capitals where the stretch is all phrases). Every
input is invented (other councils, other readings).
"""

from __future__ import annotations

import pytest

from extractors.formats.ocr import repair_line
from extractors.formats.vi_syllable import repair_vocabulary


@pytest.mark.parametrize("words, right", [
    # must: the head read with a speck's stop or its marks lost; the field's words with a wrong or lost mark
    (["HỘI.", "ĐỒNG", "PHỐI", "HỢP"], ["HỘI", "ĐỒNG", "PHỐI", "HỢP"]),
    (["HỘI", "ĐÔNG", "PHÔI", "HƠP", "LIÊN", "NGÀNH"], ["HỘI", "ĐỒNG", "PHỐI", "HỢP", "LIÊN", "NGÀNH"]),
    (["PHỔ", "BIỂN,", "GIÁO", "DỤC"], ["PHỔ", "BIẾN,", "GIÁO", "DỤC"]),
    (["PHO", "BIÊN,", "GIAO", "DUC"], ["PHỔ", "BIẾN,", "GIÁO", "DỤC"]),
    (["Hội", "đông", "phôi", "hợp", "tỉnh"], ["Hội", "đồng", "phối", "hợp", "tỉnh"]),
    # must-not: a stretch that is not all phrases (a title "PHÓ BIÊN TẬP", a department's name), small letters of a
    # short phrase, words as read
    (["PHÓ", "BIÊN", "TẬP"], ["PHÓ", "BIÊN", "TẬP"]),
    (["SỞ", "GIÁO", "DỤC", "VÀ", "ĐÀO", "TẠO"], ["SỞ", "GIÁO", "DỤC", "VÀ", "ĐÀO", "TẠO"]),
    (["về", "giao", "dục"], ["về", "giao", "dục"]),
    (["Phổ", "biển", "đảo"], ["Phổ", "biển", "đảo"]),
    (["HỘI", "ĐỒNG", "NHÂN", "DÂN"], ["HỘI", "ĐỒNG", "NHÂN", "DÂN"]),
])
def test_vocabulary(words, right):
    assert repair_vocabulary(words) == right


def test_repair_line():
    assert repair_line(["HỘI.", "ĐỒNG", "PHỐI", "HỢP"]) == ["HỘI", "ĐỒNG", "PHỐI", "HỢP"]
