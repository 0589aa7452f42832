"""Reader shape of hold-out round G61: a table laid out with Bootstrap's grid classes, the style sheet not at hand
(extractors.formats.html_layout).

A portal built on Bootstrap writes a task table as <div class="row"> rows of "col-1", "col-5", "col-md-2",
"col-xs-12 col-sm-4", "col" cells; the page shows them as a table through a style sheet the saved page only links
to. Read as lines, each cell is a line and a cell's <br> lines look like cells of their own (a partner cell's second
agency lost). A box whose children are two or more such rows (and nothing else), of two or more cells, whose cells
hold no layout of their own, is a table: each cell as wide as its class's share of the twelve columns at the widest
breakpoint it names ("col-xs-12 col-md-4" four twelfths), a "col" an equal share of what is left, a cell spanning
the columns it covers (a group row "col-12" over a row of five). A single row (the document's header, its
closing), a page's own layout (a main column beside a sidebar: rows of paragraphs, headings, lists), a class that
only looks like one ("col-main") keep today's reading. Every text here is invented."""

from __future__ import annotations

import pytest


def _page(body: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/css/bootstrap.min.css">'
            f"</head><body>{body}</body></html>").encode("utf-8")


def _rows(rows: list[list[tuple[str, str]]], box: str = "container-fluid") -> str:
    return (f'<div class="{box}">' + "".join('<div class="row">' + "".join(f'<div class="{c}">{t}</div>' for c, t in r)
                                            + "</div>" for r in rows) + "</div>")


def _tables(data: bytes) -> list[list[list[str]]]:
    from extractors.formats.html import read
    return [b.rows for b in read(data, "trang.html").blocks if b.kind == "table"]


_FIVE = ("col-1", "col-5", "col-2", "col-2", "col-2")
TABLES = [
    # Bootstrap 4/5 columns, a partner cell of two agencies apart by <br>
    (_rows([list(zip(_FIVE, ("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"))),
            list(zip(_FIVE, ("1", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Công an tỉnh<br>Sở Công Thương", "Quý II"))),
            list(zip(_FIVE, ("2", "Tập huấn cho hộ kinh doanh", "Chi cục An toàn thực phẩm", "Hội Phụ nữ tỉnh",
                             "Quý III")))]),
     [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
      ["1", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Công an tỉnh\nSở Công Thương", "Quý II"],
      ["2", "Tập huấn cho hộ kinh doanh", "Chi cục An toàn thực phẩm", "Hội Phụ nữ tỉnh", "Quý III"]]),
    # Bootstrap 3: responsive classes, the widest breakpoint's width
    (_rows([[("col-xs-12 col-sm-2", "TT"), ("col-xs-12 col-sm-6", "Nội dung"), ("col-xs-12 col-sm-4", "Đơn vị")],
            [("col-xs-12 col-sm-2", "1"), ("col-xs-12 col-sm-6", "Trồng cây phân tán"),
             ("col-xs-12 col-sm-4", "Hạt Kiểm lâm")]], box="tbl"),
     [["TT", "Nội dung", "Đơn vị"], ["1", "Trồng cây phân tán", "Hạt Kiểm lâm"]]),
    # a group row of one "col-12" cell over rows of four
    (_rows([[("col-1", "TT"), ("col-6", "Nội dung"), ("col-3", "Chủ trì"), ("col-2", "Thời gian")],
            [("col-12 fw-bold", "I. NHÓM NHIỆM VỤ TUYÊN TRUYỀN")],
            [("col-1", "1"), ("col-6", "Phát thanh trên loa xã"), ("col-3", "Đài truyền thanh xã"), ("col-2", "Tháng 4")]]),
     [["TT", "Nội dung", "Chủ trì", "Thời gian"], ["I. NHÓM NHIỆM VỤ TUYÊN TRUYỀN"] * 4,
      ["1", "Phát thanh trên loa xã", "Đài truyền thanh xã", "Tháng 4"]]),
    # a fixed first column and "col" cells sharing the rest
    (_rows([[("col-md-1", "TT"), ("col", "Chỉ tiêu"), ("col", "Năm 2028")],
            [("col-md-1", "1"), ("col", "Tỷ lệ hộ nghèo"), ("col", "dưới 2%")]]),
     [["TT", "Chỉ tiêu", "Năm 2028"], ["1", "Tỷ lệ hộ nghèo", "dưới 2%"]]),
]


def _row(cells: list[tuple[str, str]]) -> str:
    return '<div class="row">' + "".join(f'<div class="{c}">{t}</div>' for c, t in cells) + "</div>"


_H = [("col-1", "TT"), ("col-7", "Nội dung"), ("col-4", "Chủ trì")]
_A = [("col-1", "1"), ("col-7", "Kiểm tra hồ sơ đất đai"), ("col-4", "Phòng Tư pháp<br>Công an huyện")]
_B = [("col-1", "2"), ("col-7", "Tuyên truyền pháp luật"), ("col-4", "Đài truyền thanh")]
_ROWS = [["TT", "Nội dung", "Chủ trì"], ["1", "Kiểm tra hồ sơ đất đai", "Phòng Tư pháp\nCông an huyện"],
         ["2", "Tuyên truyền pháp luật", "Đài truyền thanh"]]
TABLES += [
    # rules between the rows
    ('<div class="tbl">' + _row(_H) + "<hr>" + _row(_A) + "<hr>" + _row(_B) + "</div>", _ROWS),
    # Bootstrap 3's clearfix after each row's cells
    ('<div class="tbl">' + "".join(_row(r + [("clearfix", "")]) for r in (_H, _A, _B)) + "</div>", _ROWS),
    # a title line in the box before the rows: the rows alone are the table
    ('<div class="tbl"><div class="title">BẢNG PHÂN CÔNG</div>' + _row(_H) + _row(_A) + _row(_B) + "</div>", _ROWS),
    # the header row and the body rows each in a grouping <div>
    ('<div class="tbl"><div class="thead">' + _row(_H) + '</div><div class="tbody">' + _row(_A) + _row(_B)
     + "</div></div>", _ROWS),
]

_ARTICLE = "".join(f"<p>Đoạn văn số {k} của bài viết về kế hoạch năm 2028.</p>" for k in range(6))
KEPT = [
    # one row: the document's header, read as today (no table)
    '<article><div class="row"><div class="col-md-5">ỦY BAN NHÂN DÂN<br>XÃ AN BÌNH</div>'
    '<div class="col-md-7">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div></div><p>KẾ HOẠCH</p></article>',
    # the page's layout: a main column of paragraphs beside a sidebar, a footer row
    '<div class="container"><div class="row"><main class="col-md-8"><h3>Kế hoạch</h3>' + _ARTICLE + "</main>"
    '<aside class="col-md-4"><ul><li>Tin mới</li></ul></aside></div>'
    '<div class="row"><div class="col-md-12">Bản quyền thuộc Ủy ban nhân dân</div></div></div>',
    # rows whose columns hold rows of their own (a nested layout)
    '<div class="wrap"><div class="row"><div class="col-6"><div class="row"><div class="col-6">a</div>'
    '<div class="col-6">b</div></div></div><div class="col-6">c</div></div>'
    '<div class="row"><div class="col-6">d</div><div class="col-6">e</div></div></div>',
    # the document's header row and a title row after it: two blocks side by side, no table
    '<article><div class="row"><div class="col-md-5">ỦY BAN NHÂN DÂN</div><div class="col-md-7">CỘNG HÒA XÃ HỘI '
    'CHỦ NGHĨA VIỆT NAM</div></div><div class="row"><div class="col-12">KẾ HOẠCH</div></div></article>',
    # classes that only look like grid columns
    '<div class="box"><div class="row"><div class="col-main">Nội dung chính</div><div class="col-side">Liên kết'
    '</div></div><div class="row"><div class="col-main">Đoạn hai</div><div class="col-side">Liên kết hai</div></div>'
    "</div>",
]


@pytest.mark.parametrize("body, rows", TABLES)
def test_bootstrap_rows_are_read_as_a_table(body, rows):
    tables = _tables(_page(body))
    assert tables == [rows], tables


@pytest.mark.parametrize("body", KEPT)
def test_layout_rows_are_no_table(body):
    assert _tables(_page(body)) == []
