"""Probe round G: Markdown as pandoc writes it (escapes, hard line breaks, grid tables),
read by the text layout stage. Inputs are invented."""

from __future__ import annotations

import pytest

from extractors.layout import markdown as md, wrap
from extractors.layout.text import read_text

UNESCAPE = [
    # (written, read)
    ("1\\. Mục tiêu chung", "1. Mục tiêu chung"),
    ("b\\) Cơ quan phối hợp", "b) Cơ quan phối hợp"),
    ("\\- Sở Y tế;", "- Sở Y tế;"),
    ("IV\\. TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
    ("tỷ lệ \\*đạt\\* 80%", "tỷ lệ *đạt* 80%"),
    # must not: a backslash before a letter or a digit is text
    ("C:\\Users\\ke-hoach", "C:\\Users\\ke-hoach"),
    ("mã 12\\3", "mã 12\\3"),
]


@pytest.mark.parametrize("written,read", UNESCAPE)
def test_unescape(written, read):
    assert md.unescape(written) == read


def test_escaped_pipe_stays_in_its_cell():
    assert md.cells("| Sở Xây dựng \\| Sở Tài chính | 1.200 |") == ["Sở Xây dựng \\| Sở Tài chính", "1.200"]
    assert md.cells("| a | b |") == ["a", "b"]


GRID = """+-----+--------------------+----------+
| TT  | Nội dung           | Kinh phí |
+=====+====================+==========+
| 1   | Nạo vét kênh       | 2.400    |
|     | tưới tiêu          |          |
+-----+--------------------+----------+
| 2   | Kiên cố hóa | mương| 960      |
+-----+--------------------+----------+"""

SPANNED = """+----+-----------+-----------------------+
| TT | Nội dung  | Nguồn vốn             |
+    +           +-----------+-----------+
|    |           | Trung     | Địa       |
|    |           | ương      | phương    |
+====+===========+===========+===========+
| 1  | Đê bao    | 700       | 300       |
+----+-----------+-----------+-----------+"""

GRIDS = [
    # (lines, rows or None)
    (GRID, [["TT", "Nội dung", "Kinh phí"], ["1", "Nạo vét kênh tưới tiêu", "2.400"], ["2", "Kiên cố hóa | mương", "960"]]),
    (SPANNED, [["TT", "Nội dung", "Nguồn vốn", ""], ["", "", "Trung ương", "Địa phương"], ["1", "Đê bao", "700", "300"]]),
    # must not: a rule of dashes, a table left open, a line off the grid
    ("+------------------+", None),
    ("+----+----+\n| a  | b  |", None),
    ("+----+----+\nGhi chú: số liệu tạm tính\n+----+----+", None),
]


@pytest.mark.parametrize("text,rows", GRIDS)
def test_grid_rows(text, rows):
    assert md.grid_rows(text.split("\n"), wrap.join_cell_lines) == rows


PANDOC = """**KẾ HOẠCH**

**2\\. Mục tiêu cụ thể**

a\\) Có 15 xã đạt chuẩn nông thôn mới.

**ĐVT: triệu đồng**

""" + SPANNED + """

Nơi nhận:\\
\\- Sở Tài chính;\\
\\- Lưu: VT.
"""


def test_pandoc_markdown_document():
    blocks, _ = read_text(PANDOC, markdown=True)
    texts = [b.text for b in blocks if b.text]
    assert "2. Mục tiêu cụ thể" in texts
    assert "a) Có 15 xã đạt chuẩn nông thôn mới." in texts
    assert not any(t.endswith("\\") or "\\-" in t or "\\." in t for t in texts)
    joined = "\n".join(texts)
    assert "- Sở Tài chính;\n- Lưu: VT." in joined or ("- Sở Tài chính;" in texts and "- Lưu: VT." in texts)
    tables = [b.rows for b in blocks if b.rows]
    assert ["1", "Đê bao", "700", "300"] in tables[0]
    assert not any(r[0].startswith("+") for t in tables for r in t)
