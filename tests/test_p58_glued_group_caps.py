"""A table's group row in capitals whose Roman code a scraper glued to its name ("IHOÀN THIỆN THỂ CHẾ", "IVTRUYỀN
THÔNG, HỢP TÁC QUỐC TẾ", "VTHANH TRA, KIỂM TRA"), in a page's text whose breaks were lost: the code on a line of its
own, cut as a chapter's numeral is (extractors/formats/glued.py), so that the flattened table's reader sees a group row.

Must-not rows: a capital word that is a syllable itself ("VIỆT NAM", "XÂY DỰNG"), a line with a lower-case letter, a
text whose header shows no lost break. Names invented."""

from __future__ import annotations

import pytest

from extractors.formats import glued

HEAD = ("UBND TỈNH NAM ĐÔNGSỞ CÔNG THƯƠNG-------Số: 33/KH-SCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - "
        "Hạnh phúc---------------Nam Đông, ngày 04 tháng 5 năm 2028\n")


@pytest.mark.parametrize("line, cut", [
    ("IHOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", "I\nHOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),  # must
    ("IVTRUYỀN THÔNG, HỢP TÁC QUỐC TẾ", "IV\nTRUYỀN THÔNG, HỢP TÁC QUỐC TẾ"),  # must
    ("IIITHANH TRA, KIỂM TRA", "III\nTHANH TRA, KIỂM TRA"),  # must
    ("VIỆT NAM", "VIỆT NAM"),  # must not: a syllable
    ("XÂY DỰNG NÔNG THÔN MỚI", "XÂY DỰNG NÔNG THÔN MỚI"),  # must not: a syllable
    ("IVTruyền thông", "IV\nTruyền thông"),  # (a word in sentence case: the older rule's)
])
def test_a_group_rows_code_glued_to_its_name(line, cut):
    assert glued.restore_breaks(HEAD + line).endswith("\n" + cut)


def test_a_text_with_no_lost_break_stays():
    assert glued.restore_breaks("IHOÀN THIỆN THỂ CHẾ") == "IHOÀN THIỆN THỂ CHẾ"
