"""Reader shapes of hold-out round G55 (tests/invented/build_g55.py): HTML pages whose layout is made by CSS or by a
frame (extractors.formats.html_layout).

A portal that lays its task table out as a CSS grid (display: grid; grid-template-columns: five tracks), its cells
sibling <div>s with no row element, was read a cell a line, and a cell's two agencies apart by <br> as two cells:
the grid is a table now, as is a CSS table (display: table / table-row / table-cell). A grid of cards
(repeat(auto-fill, ...)), a flex row and a grid with text between its children stay as they were. A document
portal's "preview" page that holds the document only in an <iframe srcdoc> lost it with the frame: the framed
document is the page now, when the page's own text holds no document header; a page that shows the document itself
keeps dropping its frames. Every text here is invented."""

from __future__ import annotations

import html

import pytest

from extractors.formats import read

_HEAD = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
         "<p>Các nhiệm vụ cụ thể như sau:</p>{body}<p>III. TỔ CHỨC THỰC HIỆN</p></body></html>")


def _tables(css: str, body: str) -> list[list[list[str]]]:
    raw = read(_HEAD.format(css=css, body=body).encode("utf-8"), "trang.html")
    return [b.rows for b in raw.blocks if b.kind == "table"]


def _cells(*cells: str, cls: str = "o") -> str:
    return "".join(f'<div class="{cls}">{c}</div>' for c in cells)


_HEADS = ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp")
_ROW1 = ("1", "Rà soát hồ sơ đất đai các xã biên giới", "Phòng Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã")
_ROW2 = ("2", "Tập huấn nghiệp vụ cho công chức địa chính", "Trung tâm Phát triển quỹ đất",
         "Phòng Nội vụ<br>Phòng Tư pháp")
_ROWS2 = ("2", "Tập huấn nghiệp vụ cho công chức địa chính", "Trung tâm Phát triển quỹ đất",
          "Phòng Nội vụ\nPhòng Tư pháp")

# (style sheet, body, the tables read)
MUST = [
    # a grid of cells under a class rule, its tracks by repeat()
    (".luoi { display: grid; grid-template-columns: repeat(4, 1fr); gap: 0 }",
     '<div class="luoi">' + _cells(*_HEADS, cls="dau") + _cells(*_ROW1) + _cells(*_ROW2) + "</div>",
     [[list(_HEADS), list(_ROW1), list(_ROWS2)]]),
    # the grid's own style, named lines and minmax() tracks, a group row over all columns ("1 / -1")
    ("", '<div style="display:grid;grid-template-columns:[a] 48px minmax(0,3fr) [b] 2fr 2fr">'
         + _cells(*_HEADS) + '<div style="grid-column: 1 / -1"><b>I. QUẢN LÝ ĐẤT ĐAI</b></div>'
         + _cells(*_ROW1) + "</div>",
     [[list(_HEADS), ["I. QUẢN LÝ ĐẤT ĐAI"] * 4, list(_ROW1)]]),
    # a CSS table: rows and cells by descendant selectors
    (".bang { display: table } .bang > .dong { display: table-row } .bang .o { display: table-cell }",
     '<div class="bang">' + "".join(f'<div class="dong">{_cells(*r)}</div>' for r in (_HEADS, _ROW1, _ROW2))
     + "</div>",
     [[list(_HEADS), list(_ROW1), list(_ROWS2)]]),
    # a grid whose rows are <div>s shown as "display: contents" (they only group the cells), comments between
    (".luoi { display: grid; grid-template-columns: 60px 4fr 3fr 3fr } .luoi .hang { display: contents }",
     '<div class="luoi">' + "<!-- hàng -->".join(f'<div class="hang">{_cells(*r)}</div>' for r in (_HEADS, _ROW1))
     + "</div>",
     [[list(_HEADS), list(_ROW1)]]),
    # an ARIA table: role="table", a role="rowgroup" of rows, role="row", role="columnheader" / "cell"
    ("", '<div role="table"><div role="rowgroup"><div role="row">'
         + "".join(f'<div role="columnheader">{h}</div>' for h in _HEADS) + '</div></div><div role="rowgroup">'
         + "".join('<div role="row">' + "".join(f'<div role="cell">{c}</div>' for c in r) + "</div>"
                   for r in (_ROW1, _ROW2)) + "</div></div>",
     [[list(_HEADS), list(_ROW1), list(_ROWS2)]]),
]

MUST_NOT = [
    # a grid whose children hold line breaks among them: lines, not cells
    (".luoi { display: grid; grid-template-columns: 1fr 1fr }",
     '<div class="luoi"><span>Phòng Nội vụ</span><br><span>Phòng Tư pháp</span><br><span>Quý II</span>'
     "<span>Quý III</span></div>"),
    # an ARIA table one of whose rows holds no cells (a caption row)
    ("", '<div role="table"><div role="row">' + "".join(f'<div role="cell">{h}</div>' for h in _HEADS)
         + '</div><div role="row"><p>Ghi chú: bảng cập nhật hằng tháng</p></div></div>'),
    # a grid of news cards: as many tracks as fit
    (".the { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)) }",
     '<div class="the">' + _cells(*_HEADS) + _cells(*_ROW1) + "</div>"),
    # a flex row
    (".hang { display: flex }", '<div class="hang">' + _cells(*_HEADS) + "</div>" + '<div class="hang">'
     + _cells(*_ROW1) + "</div>"),
    # text between the grid's children: not a grid of cells
    (".luoi { display: grid; grid-template-columns: 1fr 1fr }",
     '<div class="luoi"><div>Phòng Nội vụ</div> và <div>Phòng Tư pháp</div><div>Quý II</div><div>Quý III</div>'
     "</div>"),
    # a CSS table whose second row is no table-row
    (".bang { display: table } .dong { display: table-row } .o { display: table-cell }",
     '<div class="bang"><div class="dong">' + _cells(*_HEADS) + "</div><div>" + _cells(*_ROW1) + "</div></div>"),
]


@pytest.mark.parametrize("css, body, tables", MUST)
def test_a_css_layout_table_is_read_as_a_table(css, body, tables):
    assert _tables(css, body) == tables


@pytest.mark.parametrize("css, body", MUST_NOT)
def test_other_css_layouts_stay_lines(css, body):
    assert _tables(css, body) == []


def test_a_css_grids_tasks_keep_both_partners():
    from extractors.document import build_document
    from pipeline.process import extract_fields

    css = ".luoi { display: grid; grid-template-columns: 40px 3fr 2fr 2fr }"
    body = ("<p>ỦY BAN NHÂN DÂN HUYỆN SƠN KHÊ</p><p>Số: 77/KH-UBND</p><p>Sơn Khê, ngày 04 tháng 8 năm 2028</p>"
            "<p>KẾ HOẠCH</p><p>Quản lý đất đai năm 2028</p><p>II. NHIỆM VỤ</p>"
            '<div class="luoi">' + _cells(*_HEADS) + _cells(*_ROW1) + _cells(*_ROW2) + "</div>")
    doc = build_document(read(_HEAD.format(css=css, body=body).encode("utf-8"), "trang.html"))
    acts = {a["code"]: a for a in extract_fields(doc)["activities"]}
    assert acts["2"]["partner_agencies"] == ["Phòng Nội vụ", "Phòng Tư pháp"]
    for act in acts.values():
        s = act["span"]
        assert act["title"].split()[0] in doc.text[s["start"]:s["end"]]


# ---------------------------------------------------------------------------------------------------------------
# A document in an <iframe srcdoc>.

def _document(issuer: str, number: str, title: str) -> str:
    return ("<!DOCTYPE html><html><head><style>p{margin:0}</style></head><body>"
            f"<table><tr><td>{issuer}</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc"
            f"</td></tr><tr><td>Số: {number}</td><td>Hà Khê, ngày 11 tháng 6 năm 2028</td></tr></table>"
            f"<p><b>KẾ HOẠCH</b></p><p><b>{title}</b></p><p>Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;</p>"
            "<p>I. MỤC TIÊU</p><p>Bảo vệ nguồn lợi thủy sản \"ven bờ\" &amp; vùng nước nội địa.</p></body></html>")


_DOC = _document("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "64/KH-SNNMT", "Bảo vệ nguồn lợi thủy sản năm 2028")
_OTHER = _document("CHI CỤC THỦY SẢN", "12/KH-CCTS", "Thả cá giống tái tạo nguồn lợi năm 2028")
_META = ("<dl class='thong-so'><dt>Số ký hiệu</dt><dd>64/KH-SNNMT</dd><dt>Cơ quan ban hành</dt><dd>Sở Nông nghiệp"
         "</dd><dt>Trích yếu</dt><dd>Kế hoạch bảo vệ nguồn lợi thủy sản</dd></dl>")


def _page(body: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h2>Chi tiết văn bản</h2>"
            f"{body}</body></html>")


def _frame(document: str, quote: str = '"') -> str:
    return f"<iframe width='100%' srcdoc={quote}{html.escape(document, quote=True)}{quote}></iframe>"


def _texts(page: str) -> list[str]:
    raw = read(page.encode("utf-8"), "chi-tiet.html")
    return [b.text for b in raw.blocks if b.kind == "paragraph"] + [
        c for b in raw.blocks if b.kind == "table" for row in b.rows for c in row]


# (page, texts the reading holds, texts it does not)
FRAMED = [
    # the portal's metadata list, then the preview's frame
    (_page(_META + "<div class='xem-truoc'>" + _frame(_DOC) + "</div><p>Tệp đính kèm: 64-KH.pdf</p>"),
     ["Số: 64/KH-SNNMT", "Bảo vệ nguồn lợi thủy sản năm 2028",
      'Bảo vệ nguồn lợi thủy sản "ven bờ" & vùng nước nội địa.'], ["Số ký hiệu", "Tệp đính kèm: 64-KH.pdf"]),
    # a metadata list whose label is "Số:" and its value the number, in two elements
    (_page("<dl><dt>Số:</dt><dd>64/KH-SNNMT</dd><dt>Ngày:</dt><dd>11/6/2028</dd></dl>" + _frame(_DOC)),
     ["Số: 64/KH-SNNMT", "Bảo vệ nguồn lợi thủy sản năm 2028"], ["Ngày:"]),
    # the attribute in single quotes
    (_page(_frame(_DOC, "'")), ["Số: 64/KH-SNNMT", "Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;"], []),
    # two framed documents (a plan and its annex's plan): both, in their places
    (_page(_frame(_DOC) + "<p>Văn bản kèm theo</p>" + _frame(_OTHER)),
     ["Số: 64/KH-SNNMT", "Văn bản kèm theo", "Số: 12/KH-CCTS"], []),
]


def _decomposed_refs(page: str) -> str:
    """The page with its letters written as decomposed character references ("Số" as "So&#769;&#770;"), as some
    portals' editors save them (the frame's document inside its attribute so too)."""
    import unicodedata
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in unicodedata.normalize("NFD", page))


# the whole page written with decomposed character references: its frame's document told and read composed
FRAMED.append((_decomposed_refs(_page(_META + _frame(_DOC))), ["Số: 64/KH-SNNMT", "Bảo vệ nguồn lợi thủy sản năm 2028"],
               ["Số ký hiệu"]))

NOT_FRAMED = [
    # the page shows the document itself; the frame a related one
    (_page("<p>ỦY BAN NHÂN DÂN XÃ HÀ KHÊ</p><p>Số: 30/KH-UBND</p><p>KẾ HOẠCH</p><p>Nuôi trồng thủy sản</p>"
           + _frame(_OTHER)), ["Số: 30/KH-UBND"], ["Số: 12/KH-CCTS"]),
    # a frame with no document in it (an advertisement), beside the document
    (_page("<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Số: 31/KH-UBND</p>"
           + _frame("<html><body><p>Đặt mua tạp chí Thủy sản</p></body></html>")),
     ["Số: 31/KH-UBND"], ["Đặt mua tạp chí Thủy sản"]),
]


@pytest.mark.parametrize("page, held, not_held", FRAMED)
def test_a_framed_document_is_read(page, held, not_held):
    texts = _texts(page)
    for text in held:
        assert text in texts
    for text in not_held:
        assert text not in texts


@pytest.mark.parametrize("page, held, not_held", NOT_FRAMED)
def test_a_pages_own_document_keeps_its_frames_dropped(page, held, not_held):
    texts = _texts(page)
    for text in held:
        assert text in texts
    for text in not_held:
        assert text not in texts


# (grid-template-columns, the columns it sets; None: as many as fit, or none)
TRACKS = [("40px 3fr 2fr 2fr 100px", 5), ("repeat(3, 1fr) 120px", 4), ("[a] minmax(0, 1fr) [b] 2fr", 2),
          ("repeat(2, 50px 1fr) fit-content(8em)", 5)]
NO_TRACKS = [("repeat(auto-fill, minmax(200px, 1fr))", None), ("none", None), ("subgrid", None)]


@pytest.mark.parametrize("value, count", TRACKS + NO_TRACKS)
def test_a_grids_columns_are_counted(value, count):
    from extractors.formats.html_layout import track_count

    assert track_count(value) == count
