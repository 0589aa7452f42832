"""Reader shape found with hold-out round G67's probes (tests/invented/build_g67.py: g67_huyen-tanlocbac, a Word
plan whose closing sits in floating text boxes): a text box anchored in a paragraph INSIDE a table's cell. The body's
text boxes were read after the paragraph that anchors them, a cell's were not read at all: the header table's motto
and date set in a box in the right cell (the place and the date read null), a partner's name pasted as a shape into
a task's cell (the partner lost). A cell's paragraph now gives its text boxes' paragraphs (and their tables' lines)
after it, each box once (not the VML copy Word keeps as the DrawingML box's fallback), extractors.formats.docx._boxed.

A picture in a cell (a drawing with no text box), a cell with no drawing, and a body paragraph's box keep today's
reading. Every text here is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.formats import read
from tests.invented.build_g53 import _docx, _p, _tbl, _tc
from tests.invented.build_g67 import _WPS_NS, _text_box


def _docx_bytes(body: str) -> bytes:
    parts = _docx(body)
    parts["word/document.xml"] = parts["word/document.xml"].replace("<w:document ", f"<w:document {_WPS_NS} ", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            z.writestr(name, xml.encode("utf-8"))
    return out.getvalue()


def _vml_box(content: str) -> str:
    """A VML-only text box (Word 2003's shapes, kept so in a file saved again in compatibility mode)."""
    return ('<w:r><w:pict><v:shape id="Hop1" type="#_x0000_t202" style="position:absolute;width:150pt;height:40pt">'
            f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")


def _picture() -> str:
    return ('<w:r><w:drawing><wp:inline><wp:extent cx="360000" cy="360000"/><wp:docPr id="9" name="Quoc huy"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic>'
            "</wp:inline></w:drawing></w:r>")


def _boxed_paragraph(box: str) -> str:
    return f"<w:p>{box}</w:p>"


_MOTTO = (_p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, jc="center")
          + _p("Độc lập - Tự do - Hạnh phúc", bold=True, jc="center")
          + _p("Bình Sơn Tây, ngày 21 tháng 9 năm 2027", italic=True, jc="center"))
_LEFT = _tc(4000, ["ỦY BAN NHÂN DÂN", "XÃ BÌNH SƠN TÂY", "Số: 88/KH-UBND"], bold=True)


def _header(right_cell_inner: str) -> str:
    right = f'<w:tc><w:tcPr><w:tcW w:w="5300" w:type="dxa"/></w:tcPr>{right_cell_inner}</w:tc>'
    return _tbl([4000, 5300], [_LEFT + right], borders=False)


def _rows(data: bytes) -> list[list[str]]:
    tables = [b.rows for b in read(data, "ke-hoach.docx").blocks if b.kind == "table"]
    return tables[0] if tables else []


def _all_text(data: bytes) -> str:
    doc = read(data, "ke-hoach.docx")
    return "\n".join(b.text or "\n".join(" | ".join(r) for r in b.rows or []) for b in doc.blocks)


_MOTTO_LINES = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Bình Sơn Tây, ngày 21 tháng 9 năm 2027"]


# must match: the box's text is the cell's, once
@pytest.mark.parametrize("inner", [
    _boxed_paragraph(_text_box(3, 0, 3240000, 720000, _MOTTO)),  # DrawingML with its VML fallback
    _boxed_paragraph(_vml_box(_MOTTO)),  # VML only
    _p() + _boxed_paragraph(_text_box(3, 0, 3240000, 720000, _MOTTO)),  # after an empty paragraph
    # the box inside a content control around the cell's paragraph
    f"<w:sdt><w:sdtPr><w:alias w:val='Quoc hieu'/></w:sdtPr><w:sdtContent>"
    f"{_boxed_paragraph(_text_box(3, 0, 3240000, 720000, _MOTTO))}</w:sdtContent></w:sdt>",
])
def test_a_text_box_in_a_cell_is_read_in_the_cell(inner):
    data = _docx_bytes(_header(inner) + _p("KẾ HOẠCH", bold=True, jc="center"))
    text = _all_text(data)
    for line in _MOTTO_LINES:
        assert text.count(line) == 1, (line, text)
    assert text.index("Số: 88/KH-UBND") < text.index("KẾ HOẠCH")


def test_a_partner_pasted_as_a_shape_in_a_task_cell():
    grid = [600, 4000, 2200, 2500]
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("TT", "Nội dung", "Chủ trì", "Phối hợp")))
    partner = ('<w:tc><w:tcPr><w:tcW w:w="2500" w:type="dxa"/></w:tcPr>' + _p("Hội Nông dân xã")
               + _boxed_paragraph(_text_box(4, 0, 1440000, 360000, _p("Hội Cựu chiến binh xã"))) + "</w:tc>")
    row = _tc(600, ["1"]) + _tc(4000, ["Ra quân dọn vệ sinh kênh mương nội đồng"]) + _tc(2200, ["Đoàn Thanh niên xã"])
    rows = _rows(_docx_bytes(_tbl(grid, [head, row + partner])))
    assert rows[1][3] == "Hội Nông dân xã; Hội Cựu chiến binh xã"


# must not: a picture, no drawing, a body paragraph's box
@pytest.mark.parametrize("inner,expected", [
    (_boxed_paragraph(_picture()) + _MOTTO, _MOTTO_LINES),
    (_MOTTO, _MOTTO_LINES),
])
def test_cells_without_a_text_box_read_as_before(inner, expected):
    text = _all_text(_docx_bytes(_header(inner) + _p("KẾ HOẠCH", bold=True, jc="center")))
    assert [text.count(line) for line in expected] == [1] * len(expected)
    assert [text.index(line) for line in expected] == sorted(text.index(line) for line in expected)


def test_a_body_paragraphs_box_is_read_once_after_it():
    body = (_p("KẾ HOẠCH", bold=True, jc="center")
            + _boxed_paragraph(_text_box(3, 0, 3240000, 720000, _p("Nơi nhận:") + _p("- Lưu: VT."))))
    text = _all_text(_docx_bytes(body))
    assert text.count("Nơi nhận:") == 1 and text.index("KẾ HOẠCH") < text.index("Nơi nhận:")
