"""Round IMG20: what the OCR path lost on G23's documents as scans (tests/renditions/ARCHIVE_SCANS.md,
"Round IMG20"). Every name and figure here is invented."""

from __future__ import annotations

import pytest

from extractors.formats import ocr
from extractors.formats.vi_syllable import repair_letter_told_by_page


# A header's word in capitals read with a vowel's marks as a letter of their own beside it, the vowel left with fewer
# marks ("ỦY BAN NHÂN DÂN" / "HUYƑẸN MINH KHÊ" or "HUYFEN MINH KHÊ": the circumflex of "Ệ" read as a hooked or a
# plain "F"; the issuer 'Ủy ban nhân dân huyƒẹn minh khê', its level and place lost): no syllable; where the page
# writes the word one letter shorter with those marks beside the same neighbour ("Ủy ban nhân dân huyện ban hành"),
# that spelling is taken (vi_syllable.repair_letter_told_by_page), as a vowel read twice is. The neighbour may end the
# line above's first column (the header's name wrapped under "ỦY BAN NHÂN DÂN", beside the motto).
@pytest.mark.parametrize("lines, columns, expected", [
    # must repair
    ([["ỦY", "BAN", "NHÂN", "DÂN", "CỘNG", "HÒA"], ["HUYƑẸN", "TÂN", "THỦY", "Độc", "lập"],
      ["Ủy", "ban", "nhân", "dân", "huyện", "ban", "hành"]], [4, 3, 7], ["HUYỆN", "TÂN", "THỦY", "Độc", "lập"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["HUYFEN", "ĐỒNG", "VĂN"], ["nhân", "dân", "huyện", "Đồng", "Văn"]], None,
     ["HUYỆN", "ĐỒNG", "VĂN"]),
    ([["SỞ", "THÔNG", "TIN", "VÀ"], ["TRUYFÊN", "THÔNG"], ["Sở", "Thông", "tin", "và", "Truyền", "thông"]], None,
     ["TRUYỀN", "THÔNG"]),
    ([["Số:", "12/KH-SNN"], ["SỞ", "NÔNG", "NGHIFẸP", "VÀ", "MÔI"], ["Sở", "Nông", "nghiệp", "và", "Môi", "trường"]], None,
     ["SỞ", "NÔNG", "NGHIỆP", "VÀ", "MÔI"]),
    ([["Số:", "12/KH-STNMT"], ["MÔI", "TRƯƑƠNG"], ["về", "môi", "trường", "biển"]], None, ["MÔI", "TRƯỜNG"]),
    # must not: a letter too many beside a vowel read with all its marks; a vowel too many (not this rule's); no
    # neighbour the page writes; the page's word of other letters; two spellings fit
    ([["Số:", "30/KH-PGDĐT"], ["PHÒNG", "GIÁO", "DỤTC"], ["Phòng", "Giáo", "dục", "và"]], None,
     ["PHÒNG", "GIÁO", "DỤTC"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["HUYFỆN", "ĐỒNG", "VĂN"], ["nhân", "dân", "huyện", "Đồng", "Văn"]], None,
     ["HUYFỆN", "ĐỒNG", "VĂN"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["HUYFEN", "ĐỒNG", "VĂN"], ["Ủy", "ban", "huyện", "Lạc", "Sơn"]], None,
     ["HUYFEN", "ĐỒNG", "VĂN"]),
    ([["ỦY", "BAN", "NHÂN", "DÂN"], ["KHUFEN", "ĐỒNG", "VĂN"], ["nhân", "dân", "huyện", "Đồng", "Văn"]], None,
     ["KHUFEN", "ĐỒNG", "VĂN"]),
    ([["NHÂN", "DÂN"], ["HUYFEN", "ĐỒNG"], ["nhân", "dân", "huyện"], ["nhân", "dân", "huyền"]], None,
     ["HUYFEN", "ĐỒNG"]),
])
def test_marks_read_as_letter_told_by_page(lines, columns, expected):  # (the read line is the second)
    assert repair_letter_told_by_page(lines, columns)[1] == expected

