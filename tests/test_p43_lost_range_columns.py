"""A year range whose dash a copy lost ("giai đoạn 2021 2025") gets it back (layout.text.LOST_RANGE); years that are
a table header's columns do not: a run of three years or more ("KH năm KH năm KH năm" / "2024 2025 2026", a word
tokenizer's or a viewer's copy of an indicator table's header, its cells one space apart), and years on the line
under the word ("năm" ending one line, "2024 2025" opening the next: the header's second line). Round P43 (the
invented plans as word-segmented text: the header read "KH năm 2022 - 2023 2024 2025", its table lost); names and
numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.text import LOST_RANGE, _range


@pytest.mark.parametrize("text, expected", [
    # must: a range that lost its dash
    ("giai đoạn 2021 2025", "giai đoạn 2021 - 2025"),
    ("Kế hoạch năm 20262030 của huyện", "Kế hoạch năm 2026-2030 của huyện"),
    ("trong thời kỳ 2026 2030, tỉnh", "trong thời kỳ 2026 - 2030, tỉnh"),
    # must not: the columns' years of an indicator table's header, one space apart
    ("TT Chỉ tiêu Năm KH năm KH năm\n2024 2025 2026", "TT Chỉ tiêu Năm KH năm KH năm\n2024 2025 2026"),
    ("Chỉ tiêu ĐVT năm 2024 2025 2026 2027", "Chỉ tiêu ĐVT năm 2024 2025 2026 2027"),
    # must not: the years on the line under "năm" (the header's second line)
    ("Dự toán năm\n2026 2027", "Dự toán năm\n2026 2027"),
    # must not: no range (the second year before the first)
    ("giai đoạn 2025 2021", "giai đoạn 2025 2021"),
])
def test_a_lost_range_and_header_years(text, expected):
    assert LOST_RANGE.sub(_range, text) == expected
