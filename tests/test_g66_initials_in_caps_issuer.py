"""Hold-out round G66's probes (tests/invented/build_g66.py): a joint council or a unit whose header writes initials no
table spells out ("HỘI ĐỒNG PHỐI HỢP PBGDPL" / "HUYỆN X", "TRUNG TÂM DVNN HUYỆN X"). Before,
extractors.fields.header.issuer_from_caps lowered the whole name after spelling out the initials it knows: "Hội đồng
phối hợp pbgdpl huyện X". Now a word of consonants alone (no syllable of the language) is kept in capitals; the
initials the table spells out are spelled out as before.

Every name below is invented."""

from __future__ import annotations

import pytest

from extractors.fields.header import issuer_from_caps


@pytest.mark.parametrize("lines, name", [
    # must: unknown initials kept in capitals
    (["HỘI ĐỒNG PHỐI HỢP PBGDPL", "HUYỆN ĐÔNG KỲ SƠN"], "Hội đồng phối hợp PBGDPL huyện Đông Kỳ Sơn"),
    (["TRUNG TÂM DVNN HUYỆN MƯỜNG KHOAN"], "Trung tâm DVNN huyện Mường Khoan"),
    # must not: initials the table spells out, names without initials (today's readings)
    (["SỞ LĐ-TB&XH"], "Sở Lao động - Thương binh và Xã hội"),
    (["ỦY BAN NHÂN DÂN", "TỈNH NAM KHÊ THƯỢNG"], "Ủy ban nhân dân tỉnh Nam Khê Thượng"),
    (["BCĐ CÁC CHƯƠNG TRÌNH MTQG"], "Ban Chỉ đạo các chương trình mục tiêu quốc gia"),
    (["ĐẢNG ỦY SỞ Y TẾ"], "Đảng ủy Sở Y tế"),
    (["HỘI ĐỒNG PHỐI HỢP", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "TỈNH THẠCH KHÊ"],
     "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Thạch Khê"),
])
def test_initials_kept_in_capitals(lines, name):
    assert issuer_from_caps(lines) == name
