"""A Party document's number word-segmented ("Số 27 - CTr / TU", "Kế_hoạch số 01 - KH / TW"): the tokenizer set
the hyphen between its number and its type code apart, as it sets a type code's own hyphen ("1676 / QĐ - TTg"), which
desegment joined already; the number's hyphen now joins too ("27-CTr/TU"), so the number reads whole, not glued to
the place and date after it. Round P43 (the invented plans as word-segmented text: a Tỉnh ủy's programme); names and
numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from normalizers.text import desegment


@pytest.mark.parametrize("segmented, expected", [
    # must: a Party number's hyphen
    ("Số 36 - CTr / TU Hòa_Lâm , ngày 12 tháng 4 năm 2024", "Số 36-CTr/TU Hòa Lâm, ngày 12 tháng 4 năm 2024"),
    ("Thực_hiện Kế_hoạch số 08 - KH / TW ngày 11 tháng 3 năm 2024 của Bộ Chính_trị",
     "Thực hiện Kế hoạch số 08-KH/TW ngày 11 tháng 3 năm 2024 của Bộ Chính trị"),
    ("Số 145 - QĐ / HU", "Số 145-QĐ/HU"),
    # must not: a range, an amount or a dash between words stays spaced
    ("giai_đoạn 2026 - 2030", "giai đoạn 2026 - 2030"),
    ("đạt 15 - KH ước_tính", "đạt 15 - KH ước tính"),
    ("1.250 - Ban Quản_lý dự_án", "1.250 - Ban Quản lý dự án"),
    ("Mục 2 - Đối_tượng / phạm_vi", "Mục 2 - Đối tượng/phạm vi"),
])
def test_a_party_numbers_hyphen(segmented, expected):
    assert desegment(segmented) == expected
