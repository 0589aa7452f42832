"""Reader shapes of hold-out round G57 (tests/invented/build_g57.py): HTML pages whose CSS shows boxes in another
order than the source's (extractors.formats.html_layout, extractors.formats.css_grid).

A CSS grid whose cells carry their place (grid-row / grid-column, grid-area as lines or as a named area of
grid-template-areas) was flowed in source order: a grid written column by column (every number, then every task,
then every lead agency) read as a table whose rows were the columns. The cells are placed where the page shows them
now (the unplaced ones in the free cells after them, as CSS's auto-placement; a cell over two rows a rowspan; a
grid of one row its cells in the shown order, not a table). A task table whose rows are flex boxes (display: flex)
was read a cell a line, each row's cells in the template's order (task, partner, lead, time, number) that CSS
`order:` puts back: a flex box's items are shown in their `order` (and reversed for row-reverse) now, and a box of
two or more flex rows of as many items each (two or more) is a table. A lone flex row, flex rows among paragraphs,
flex rows of different counts and a grid with no item placed on a row stay as they were. Every text here is
invented."""

from __future__ import annotations

import pytest

from extractors.formats import read

_HEAD = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
         "<p>Các nhiệm vụ cụ thể như sau:</p>{body}<p>III. TỔ CHỨC THỰC HIỆN</p></body></html>")


def _read(css: str, body: str):
    return read(_HEAD.format(css=css, body=body).encode("utf-8"), "trang.html")


def _tables(css: str, body: str) -> list[list[list[str]]]:
    return [b.rows for b in _read(css, body).blocks if b.kind == "table"]


_HEADS = ("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp")
_ROWS = [("1", "Cắm mốc hành lang bảo vệ nguồn nước sông Cầu Khê", "Phòng Nông nghiệp và Môi trường",
          "Ủy ban nhân dân các xã"),
         ("2", "Kiểm tra các cơ sở xả thải ra sông Cầu Khê", "Thanh tra huyện", "Công an huyện")]
_TABLE = [list(_HEADS)] + [list(r) for r in _ROWS]


def _column_major(style) -> str:
    """The grid's cells column by column, each placed by `style(row, column)`."""
    table = [_HEADS] + _ROWS
    return "".join(f'<div style="{style(r + 1, c + 1)}">{table[r][c]}</div>'
                   for c in range(4) for r in range(len(table)))


_GRID = ".luoi { display: grid; grid-template-columns: 48px 3fr 2fr 2fr }"
_AREAS = (".dau { display: grid; grid-template-columns: 1fr 1fr; grid-template-areas: 'cq qh' 'so ngay' }"
          " .qh { grid-area: qh } .cq { grid-area: cq } .so { grid-area: so } .ngay { grid-area: ngay }")
_FLEX = (".dong { display: flex } .tt { order: 1 } .nd { order: 2 } .ct { order: 3 } .ph { order: 4 }")


def _flex_rows(rows, cells=("nd", "ph", "ct", "tt")) -> str:
    """Flex rows whose cells stand in the template's order (task, partner, lead, number); `order:` shows them as
    number, task, lead, partner."""
    index = {"tt": 0, "nd": 1, "ct": 2, "ph": 3}
    return "".join('<div class="dong">' + "".join(f'<div class="{c}">{row[index[c]]}</div>' for c in cells)
                   + "</div>" for row in rows)


# (style sheet, body, the tables read)
MUST = [
    # cells placed by grid-row / grid-column, written column by column
    (_GRID, '<div class="luoi">' + _column_major(lambda r, c: f"grid-row: {r}; grid-column: {c}") + "</div>",
     [_TABLE]),
    # cells placed by grid-area as lines (row-start / column-start / row-end / column-end), column by column
    (_GRID, '<div class="luoi">' + _column_major(lambda r, c: f"grid-area: {r} / {c} / {r + 1} / {c + 1}")
     + "</div>", [_TABLE]),
    # cells placed by the longhands (grid-row-start, grid-column-start / grid-column-end)
    (_GRID, '<div class="luoi">' + _column_major(
        lambda r, c: f"grid-row-start: {r}; grid-column-start: {c}; grid-column-end: {c + 1}") + "</div>",
     [_TABLE]),
    # a grid's items flowed in their `order:`: the tasks' cells first in the source, the header's shown first
    (_GRID + " .dau { order: -1 }", '<div class="luoi">' + "".join(f"<div>{c}</div>" for r in _ROWS for c in r)
     + "".join(f'<div class="dau">{h}</div>' for h in _HEADS) + "</div>", [_TABLE]),
    # the group row placed over all tracks on row 2, the header row's cells placed, the tasks' cells flowing after
    (_GRID, '<div class="luoi"><div style="grid-row: 2; grid-column: 1 / -1">I. BẢO VỆ NGUỒN NƯỚC</div>'
     + "".join(f'<div style="grid-row: 1">{h}</div>' for h in _HEADS)
     + "".join(f"<div>{c}</div>" for c in _ROWS[0]) + "</div>",
     [[list(_HEADS), ["I. BẢO VỆ NGUỒN NƯỚC"] * 4, list(_ROWS[0])]]),
    # flex rows whose cells `order:` puts back, the header row in the shown order
    (_FLEX, '<div class="bang">' + _flex_rows([_HEADS], ("tt", "nd", "ct", "ph")) + _flex_rows(_ROWS) + "</div>",
     [_TABLE]),
    # a flex column of flex rows, one row's cells reversed by row-reverse
    (".bang { display: flex; flex-direction: column } .dong { display: flex } .dao { flex-direction: row-reverse }",
     '<div class="bang"><div class="dong">' + "".join(f"<div>{h}</div>" for h in _HEADS) + "</div>"
     '<div class="dong dao">' + "".join(f"<div>{c}</div>" for c in reversed(_ROWS[0])) + "</div></div>",
     [[list(_HEADS), list(_ROWS[0])]]),
]

MUST_NOT = [
    # flex rows of different counts: a layout, not a table
    (".dong { display: flex }", '<div class="bang"><div class="dong"><div>Trang chủ</div><div>Giới thiệu</div>'
     '<div>Tin tức</div></div><div class="dong"><div>Văn bản</div><div>Liên hệ</div></div></div>'),
    # a box of one-item flex rows
    (".dong { display: flex }", '<div class="bang"><div class="dong"><div>Số: 40/KH-UBND</div></div>'
     '<div class="dong"><div>Hòa Mỹ, ngày 12 tháng 5 năm 2028</div></div></div>'),
    # a site's layout rows as flex boxes: the logo beside the search box, the article beside the sidebar
    (".row { display: flex }", '<div class="container"><div class="row"><div>CỔNG THÔNG TIN XÃ HÒA MỸ</div>'
     '<div><form><input name="q"></form></div></div><div class="row"><div><article><h1>Kế hoạch số 40/KH-UBND</h1>'
     "<p>Căn cứ Luật Tổ chức chính quyền địa phương;</p></article></div><div><h3>Văn bản mới</h3></div></div></div>"),
    # one flex row whose items carry `order:`
    (_FLEX, _flex_rows([_ROWS[0]])),
    # a grid of one row placed by grid-column: its cells in the shown order, not a table
    (".ky { display: grid; grid-template-columns: 1fr 1fr }",
     '<div class="ky"><div style="grid-column: 2">CHỦ TỊCH</div><div style="grid-column: 1">Nơi nhận:</div></div>'),
]


@pytest.mark.parametrize("css, body, tables", MUST)
def test_a_placed_or_ordered_layout_is_read_as_the_page_shows_it(css, body, tables):
    assert _tables(css, body) == tables


@pytest.mark.parametrize("css, body", MUST_NOT)
def test_other_flex_and_grid_layouts_stay_lines(css, body):
    assert _tables(css, body) == []


# (style sheet, body, texts in the order the page shows them)
SHOWN_ORDER = [
    # a header's named areas (grid-template-areas), the motto first and the date before the number in the source:
    # a layout table of two columns, read a column after the other
    (_AREAS, '<div class="dau"><div class="qh">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="cq">ỦY BAN NHÂN'
     ' DÂN XÃ HÒA MỸ</div><div class="ngay">Hòa Mỹ, ngày 12 tháng 5 năm 2028</div><div class="so">Số: 40/KH-UBND'
     "</div></div>",
     ["ỦY BAN NHÂN DÂN XÃ HÒA MỸ", "Số: 40/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Hòa Mỹ, ngày 12 tháng 5 năm 2028"]),
    # a flex row whose right-hand block comes first in the source and `order:` puts second
    (".hang { display: flex } .trai { order: 1 } .phai { order: 2 }",
     '<div class="hang"><div class="phai">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>'
     '<div class="trai">ỦY BAN NHÂN DÂN XÃ HÒA MỸ</div></div>',
     ["ỦY BAN NHÂN DÂN XÃ HÒA MỸ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    # a grid of one row whose cells grid-column places: the signature first in the source, shown second
    (".ky { display: grid; grid-template-columns: 1fr 1fr }",
     '<div class="ky"><div style="grid-column: 2; grid-row: 1">TM. ỦY BAN NHÂN DÂN</div>'
     '<div style="grid-column: 1; grid-row: 1">Nơi nhận:</div></div>',
     ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"]),
]

KEPT_ORDER = [
    # a flex row with no `order:`
    (".hang { display: flex }", '<div class="hang"><div>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>'
     "<div>ỦY BAN NHÂN DÂN XÃ HÒA MỸ</div></div>",
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN XÃ HÒA MỸ"]),
    # `order:` on the items of a box that is no flex box
    (".trai { order: 1 } .phai { order: 2 }",
     '<div><div class="phai">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="trai">ỦY BAN NHÂN DÂN XÃ HÒA MỸ'
     "</div></div>", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN XÃ HÒA MỸ"]),
]


def _positions(css: str, body: str, texts: list[str]) -> list[int]:
    text = "\n".join(b.text for b in _read(css, body).blocks)
    return [text.find(t) for t in texts]


@pytest.mark.parametrize("css, body, texts", SHOWN_ORDER)
def test_boxes_are_read_in_the_order_shown(css, body, texts):
    at = _positions(css, body, texts)
    assert -1 not in at and at == sorted(at), at


@pytest.mark.parametrize("css, body, texts", KEPT_ORDER)
def test_boxes_without_an_order_keep_the_sources(css, body, texts):
    at = _positions(css, body, texts)
    assert -1 not in at and at == sorted(at), at


LINES = [("3", 5, (3, 1)), ("1 / span 5", 5, (1, 5)), ("2 / 4", 5, (2, 2)), ("1 / -1", 5, (1, 5)),
         ("span 3", 5, (None, 3)), ("span 9", 4, (None, 4))]
NO_LINES = [("auto", 5), (None, 5)]  # (no start line, one track)


@pytest.mark.parametrize("value, count, placed", LINES)
def test_a_grid_lines_start_and_span_are_read(value, count, placed):
    from extractors.formats.css_grid import _line_range

    assert _line_range(value, count) == placed


@pytest.mark.parametrize("value, count", NO_LINES)
def test_an_unplaced_item_has_no_start_line(value, count):
    from extractors.formats.css_grid import _line_range

    assert _line_range(value, count) == (None, 1)


AREAS = [("'cq qh' 'so ngay'", {"cq": (1, 1, 1, 1), "qh": (1, 2, 1, 1), "so": (2, 1, 1, 1), "ngay": (2, 2, 1, 1)}),
         ('"a b" "c b"', {"a": (1, 1, 1, 1), "b": (1, 2, 2, 1), "c": (2, 1, 1, 1)}),
         ('"dau dau" ". ky"', {"dau": (1, 1, 1, 2), "ky": (2, 2, 1, 1)})]
NO_AREAS = ["none", None, "'. .'"]


@pytest.mark.parametrize("value, areas", AREAS)
def test_a_grids_named_areas_are_read(value, areas):
    from extractors.formats.css_grid import template_areas

    assert template_areas(value) == areas


@pytest.mark.parametrize("value", NO_AREAS)
def test_no_named_areas(value):
    from extractors.formats.css_grid import template_areas

    assert not template_areas(value)


def test_a_column_by_column_grids_tasks_keep_their_agencies():
    from extractors.document import build_document
    from pipeline.process import extract_fields

    body = ("<p>ỦY BAN NHÂN DÂN HUYỆN CẦU KHÊ</p><p>Số: 88/KH-UBND</p><p>Cầu Khê, ngày 06 tháng 6 năm 2028</p>"
            "<p>KẾ HOẠCH</p><p>Bảo vệ nguồn nước sông Cầu Khê năm 2028</p><p>II. NHIỆM VỤ</p>"
            '<div class="luoi">' + _column_major(lambda r, c: f"grid-row: {r}; grid-column: {c}") + "</div>")
    doc = build_document(_read(_GRID, body))
    acts = {a["code"]: a for a in extract_fields(doc)["activities"]}
    assert acts["2"]["lead_agencies"] == ["Thanh tra huyện"]
    assert acts["2"]["partner_agencies"] == ["Công an huyện"]
    for act in acts.values():
        s = act["span"]
        assert act["title"].split()[0] in doc.text[s["start"]:s["end"]]
