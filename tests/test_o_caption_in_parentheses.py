"""A budget annex as `pdftotext -layout` writes a Word file's PDF: the annex's title, then its unit in
parentheses on a line of its own ("(Đơn vị tính: triệu đồng)"), right above the table's header. The unit
line is a caption (extractors.layout.grid.CAPTION), so the header starts under it and the title above
stays out of the header cells (where it hid the years of the columns); a header line of the table's own
that opens with a parenthesis ("(triệu đồng)" under "Kinh phí") is still header. Text of our own
(invented district, figures)."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

ANNEX = """                              PHỤ LỤC
    DỰ TOÁN CHI SỰ NGHIỆP NĂM 2025 VÀ KẾ HOẠCH
                       NĂM 2026
                       {unit}
TT   Nội dung                    Dự toán      Kế hoạch
                                 năm 2025     năm 2026
1    Sự nghiệp giáo dục          84.200       91.600
2    Sự nghiệp y tế              23.750       25.100
3    Sự nghiệp môi trường        6.400        7.050
"""


def _table(unit: str) -> list[list[str]]:
    blocks, _ = read_text(ANNEX.format(unit=unit))
    return next(b.rows for b in blocks if b.kind == "table")


def test_a_unit_in_parentheses_is_a_caption_above_the_header():
    rows = _table("(Đơn vị tính: triệu đồng)")
    assert rows[0] == ["TT", "Nội dung", "Dự toán năm 2025", "Kế hoạch năm 2026"]
    assert rows[1] == ["1", "Sự nghiệp giáo dục", "84.200", "91.600"]


def test_a_header_line_in_parentheses_stays_in_the_header():
    text = """TT   Nội dung                    Kinh phí năm 2025 - 2026
                                 (triệu đồng)
                                 Năm 2025     Năm 2026
1    Sự nghiệp giáo dục          84.200       91.600
2    Sự nghiệp y tế              23.750       25.100
3    Sự nghiệp môi trường        6.400        7.050
"""
    blocks, _ = read_text(text)
    rows = next(b.rows for b in blocks if b.kind == "table")
    head = rows[:rows.index(["1", "Sự nghiệp giáo dục", "84.200", "91.600"])]
    assert any("(triệu đồng)" in cell for row in head for cell in row)
