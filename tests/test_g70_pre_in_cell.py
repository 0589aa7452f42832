"""Reader shape found with hold-out round G70's probes (tests/invented/build_g70.py: g70_xa-tanphuha, a commune's
plan on its portal as one <pre>): the same <pre> inside a portal's layout table (its content cell, beside a menu or
alone) was read as a table's cell, its spacing collapsed (the header's two columns, the task table's and the
estimate's aligned cells and the closing's two columns run together: the signer lost, tasks' bodies lost). A cell
holding a typed text (a <pre> of several lines) now makes its table a page's layout, and the <pre> is read as a
text file's lines are, as on a page with no table (extractors.formats.html._is_wrapper).

A data table whose cell holds a short <pre> (a line or two: a code, a formula) stays a table. Every text is invented.
"""

from __future__ import annotations

import pytest

from extractors.formats import read

PRE = ("Số: 12/KH-UBND                     Phú An, ngày 02 tháng 5 năm 2028\n"
       "TT  Nội dung                     Đơn vị chủ trì      Thời gian\n"
       "1   Tuyên truyền phòng chống     Công an xã          Tháng 5/2028\n"
       "    đuối nước\n"
       "Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN\n"
       "- Lưu: VT.                                     Lê Thị Hoa\n")


def _page(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _blocks(body: str) -> list:
    return [(b.text, b.rows) for b in read(_page(body), "trang.html").blocks]


def _cells(body: str) -> list[list[list[str]]]:
    return [b.rows for b in read(_page(body), "trang.html").blocks if b.rows]


# must match: the <pre>'s lines read with their spacing wherever the portal's table holds it
@pytest.mark.parametrize("body", [
    f"<table><tr><td><pre>{PRE}</pre></td></tr></table>",
    f"<table width='100%'><tr><td class='menu'><a href='/'>Trang chủ</a><br><a href='/vb'>Văn bản</a></td>"
    f"<td class='noidung'><pre class='vanban'>{PRE}</pre></td></tr></table>",
    f"<table><tr><td><div class='content'><h3>Kế hoạch số 12</h3><pre>{PRE}</pre></div></td></tr>"
    "<tr><td>Lượt xem: 120</td></tr></table>",
])
def test_a_pre_in_a_layout_cell_keeps_its_lines(body):
    alone = _blocks(f"<pre>{PRE}</pre>")  # the page with no table: the closing's two columns, the task table's rows
    assert ("Lê Thị Hoa", None) in alone and any(rows and "Công an xã" in rows[1] for _, rows in alone)
    got = _blocks(body)
    assert [b for b in got if b in alone] == alone


# must not: a data table whose cell holds a short <pre> stays a table, the cell's text as before
@pytest.mark.parametrize("body,cell", [
    ("<table border=1><tr><th>TT</th><th>Chỉ tiêu</th><th>Công thức</th></tr>"
     "<tr><td>1</td><td>Tỷ lệ bao phủ</td><td><pre>A / B x 100</pre></td></tr></table>", "A / B x 100"),
    ("<table border=1><tr><th>TT</th><th>Nội dung</th><th>Ghi chú</th></tr>"
     "<tr><td>1</td><td>Kiểm tra</td><td><pre>Mã: KT-01\nLần 1</pre></td></tr></table>", "Mã: KT-01\nLần 1"),
])
def test_a_short_pre_in_a_data_cell_stays_a_cell(body, cell):
    cells = [c for table in _cells(body) for row in table for c in row]
    assert cell in cells
