"""An HTML table's <caption> is a line above it (the table's name and often its unit: it had been left out of the
text). An HTML table whose <tfoot> stands before its <tbody> (HTML 4 wanted it there; a page draws it last): its rows
are read last, as the page shows them, so a budget table's total row comes after the rows it sums (round G41's
portal page: the total read first). A <tfoot> after the body, or none, reads as before. Bodies and amounts invented
(round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats import html

HEAD = "<thead><tr><th>TT</th><th>Nội dung</th><th>Kinh phí</th></tr></thead>"
BODY = "<tbody><tr><td>1</td><td>Tuyên truyền</td><td>120</td></tr><tr><td>2</td><td>Tập huấn</td><td>80</td></tr></tbody>"
FOOT = "<tfoot><tr><td></td><td>Tổng cộng</td><td>200</td></tr></tfoot>"


@pytest.mark.parametrize("inner", [
    HEAD + FOOT + BODY,   # must: the foot before the body
    HEAD + BODY + FOOT,   # must not (read so before too): the foot after it
])
def test_a_tables_foot_is_read_last(inner):
    page = f"<html><body><p>Đơn vị tính: triệu đồng</p><table>{inner}</table></body></html>".encode()
    tables = [b.rows for b in html.read(page, "x.html").blocks if b.kind == "table"]
    assert [row[1] for row in tables[0]] == ["Nội dung", "Tuyên truyền", "Tập huấn", "Tổng cộng"]


@pytest.mark.parametrize("caption, line", [
    # must: a table's caption, a line above it
    ("<caption>Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng)</caption>",
     "Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng)"),
    # must not: no caption, an empty one
    ("", None),
    ("<caption> </caption>", None),
])
def test_a_tables_caption_is_a_line_above_it(caption, line):
    page = f"<html><body><p>IV. KINH PHÍ</p><table>{caption}{HEAD}{BODY}</table></body></html>".encode()
    blocks = html.read(page, "x.html").blocks
    at = next(k for k, b in enumerate(blocks) if b.kind == "table")
    assert blocks[at - 1].text == (line or "IV. KINH PHÍ")
