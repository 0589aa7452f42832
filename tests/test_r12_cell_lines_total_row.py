"""A table flattened a cell a line (a crawler's readability text of a Word page) whose last row is a total with
no code: its empty code cell left no line ("3" / "Xúc tiến thương mại" / "360" / ... / "Tổng cộng" / "900" /
"280" / ...), so the row had one cell fewer than the headings and was not read; the total, and with one amount
column its amount, were lost (round R12: G11's district plan and health department plan in readability-md, 4
budget items and 1). `cell_lines._total_row` reads a total label after the numbered rows, with an amount for
each column after the label, or one amount when only the last column holds amounts. Must-not rows: a label
that is no total, more amounts than columns, amounts that do not fill the row's columns. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines

YEARS = "STT\nHạng mục\nTổng\nNăm 2027\nNăm 2028\n1\nMua vật tư\n75\n40\n35\n2\nTập huấn\n48\n24\n24\n"
TASKS = ("TT\nNội dung\nChủ trì\nThời gian\nKinh phí\n1\nKiểm tra an toàn\nPhòng Kinh tế\nQuý III\n310\n"
         "2\nTuyên truyền\nĐài Truyền thanh\nHằng năm\n45\n")


@pytest.mark.parametrize("text, row", [
    (YEARS + "Tổng cộng\n123\n64\n59\n\nIII. TỔ CHỨC", "|  | Tổng cộng | 123 | 64 | 59 |"),
    (YEARS + "Cộng\n123\n64\n59", "|  | Cộng | 123 | 64 | 59 |"),
    (TASKS + "Tổng cộng\n355\n\nIII. TỔ CHỨC", "|  | Tổng cộng |  |  | 355 |"),
])
def test_total_row_read(text, row):
    got = tables_from_cell_lines(text).split("\n")
    assert row in got
    assert got[got.index(row) - 1].startswith("| 2 |")


@pytest.mark.parametrize("text", [
    YEARS + "Ghi chú\n123\n64\n59\n",            # no total's label
    YEARS + "Tổng cộng\n123\n64\n59\n17\n",       # more amounts than columns
    YEARS + "Tổng cộng\n123\n\nIII. TỔ CHỨC",     # one amount, but three amount columns
    TASKS + "Tổng cộng\nPhòng Kinh tế\n355\n",    # not amounts
])
def test_no_total_row(text):
    got = tables_from_cell_lines(text).split("\n")
    assert got[-1] == text.split("\n")[-1] and not any(r.startswith("|  |") for r in got)
    assert any(r.startswith("| 2 |") for r in got)
