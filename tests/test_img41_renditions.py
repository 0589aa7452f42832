"""Round IMG41: the scanned renditions' tool (tests/renditions/archive.py) on G59's spreadsheets and Word fields.

- A spreadsheet (.ods, .xls, .xlsx) was not printed at all (the tool took no spreadsheet); printed by LibreOffice's
  defaults, a sheet wider than a portrait page was cut across pages (a task annex's partner and time columns on a
  page of their own). Now printed a page wide (archive.fit_to_width), landscape where its columns need it
  (archive.used_width_cm), a text cell clipped by its neighbour's text wrapped (archive.clipped_cells_wrapped), a
  sheet with no border of its own printed with its grid (archive.has_borders), in a Vietnamese locale.
- A Word cross-reference whose bookmark the file lacks printed "Error: Reference source not found" (LibreOffice
  updates it; Word prints the kept result): printed as its kept result (archive.cross_references_kept).

Everything here is invented (the district, the commune, the plan's words).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.renditions import archive

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _field(code: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("xml, printed", [
    # must: a REF to a bookmark the file does not hold, printed as its kept result
    ('<w:p><w:r><w:t>các nội dung tại Mục </w:t></w:r>' + _field(" REF _Ref774411 \\r \\h ", "II")
     + '<w:r><w:t> của Kế hoạch</w:t></w:r></w:p>',
     '<w:p><w:r><w:t>các nội dung tại Mục </w:t></w:r><w:r><w:t>II</w:t></w:r><w:r><w:t> của Kế hoạch</w:t></w:r>'
     '</w:p>'),
    # ... a PAGEREF so, its code split over two runs; a simple field so
    ('<w:p>' + _field(" PAGEREF _Toc90", "") .replace("</w:instrText></w:r>", "</w:instrText></w:r><w:r><w:instrText>"
                                                        "12 \\h</w:instrText></w:r>", 1).replace("<w:t></w:t>", "<w:t>4</w:t>")
     + '</w:p>', '<w:p><w:r><w:t>4</w:t></w:r></w:p>'),
    ('<w:p><w:fldSimple w:instr=" REF _Ref5521 \\h "><w:r><w:t>Phụ lục 2</w:t></w:r></w:fldSimple></w:p>',
     '<w:p><w:r><w:t>Phụ lục 2</w:t></w:r></w:p>'),
    # must-not: a REF whose bookmark the file holds (LibreOffice updates it as Word would)
    ('<w:bookmarkStart w:id="3" w:name="_Ref774411"/><w:p>' + _field(" REF _Ref774411 \\r \\h ", "II") + '</w:p>',
     '<w:bookmarkStart w:id="3" w:name="_Ref774411"/><w:p>' + _field(" REF _Ref774411 \\r \\h ", "II") + '</w:p>'),
    # ... a page number, a sequence, a hyperlink, a date field: not cross-references
    ('<w:p>' + _field(" PAGE ", "1") + '</w:p>', '<w:p>' + _field(" PAGE ", "1") + '</w:p>'),
    ('<w:p>' + _field(" SEQ Bảng \\* ARABIC ", "3") + '</w:p>', '<w:p>' + _field(" SEQ Bảng \\* ARABIC ", "3") + '</w:p>'),
    ('<w:p>' + _field(' HYPERLINK "https://example.vn/ref" ', "Nghị quyết số 12") + '</w:p>',
     '<w:p>' + _field(' HYPERLINK "https://example.vn/ref" ', "Nghị quyết số 12") + '</w:p>'),
    ('<w:p>' + _field(" CREATEDATE \\@ \"dd/MM/yyyy\" ", "03/04/2027") + '</w:p>',
     '<w:p>' + _field(" CREATEDATE \\@ \"dd/MM/yyyy\" ", "03/04/2027") + '</w:p>'),
])
def test_cross_references_kept(xml, printed):
    assert archive.cross_references_kept(xml) == printed


def _docx(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


def test_cross_references_printed_takes_bookmarks_from_every_part():
    body = f'<w:document {W}><w:body><w:p>' + _field(" REF _Ref1 \\h ", "Điều 3") + '</w:p></w:body></w:document>'
    # must: no part holds the bookmark: the kept result
    z = zipfile.ZipFile(io.BytesIO(archive.cross_references_printed(_docx({"word/document.xml": body}))))
    assert "fldChar" not in z.read("word/document.xml").decode("utf-8")
    # must-not: a footnote part holds it: the field stays
    notes = f'<w:footnotes {W}><w:bookmarkStart w:id="1" w:name="_Ref1"/></w:footnotes>'
    data = _docx({"word/document.xml": body, "word/footnotes.xml": notes})
    assert archive.cross_references_printed(data) == data


ODS = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles>'
       '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
       'style:column-width="1.5cm"/></style:style><style:style style:name="co2" style:family="table-column">'
       '<style:table-column-properties style:column-width="8cm"/></style:style>'
       '<style:style style:name="co3" style:family="table-column"><style:table-column-properties '
       'style:column-width="5cm"/></style:style>'
       '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
       '<style:text-properties fo:font-weight="bold"/></style:style>{styles}</office:automatic-styles>'
       '<office:body><office:spreadsheet><table:table table:name="Phụ lục">'
       '<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/>'
       '<table:table-column table:style-name="co3" table:number-columns-repeated="{repeat}"/>{rows}'
       '</table:table></office:spreadsheet></office:body></office:document-content>')


def _cell(text: str = "", style: str = "", value: str = "") -> str:
    attrs = (f' table:style-name="{style}"' if style else "") + (
        f' office:value-type="float" office:value="{value}"' if value else "")
    return f"<table:table-cell{attrs}>" + (f"<text:p>{text}</text:p>" if text else "") + "</table:table-cell>"


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _ods(rows: str, repeat: int = 3, styles: str = "") -> str:
    return ODS.replace("{styles}", styles).replace("{repeat}", str(repeat)).replace("{rows}", rows)


@pytest.mark.parametrize("rows, repeat, width", [
    # must: the columns up to the last holding text on any row (a note in the fourth column: 1.5 + 8 + 5 + 5)
    (_row(_cell("TT"), _cell("Nội dung"), _cell("Đơn vị")) + _row(_cell(), _cell(), _cell(), _cell("Ghi chú")), 3,
     19.5),
    # must-not: empty repeated columns past the text add nothing; a row of no text adds nothing
    (_row(_cell("TT"), _cell("Nội dung")) + _row('<table:table-cell table:number-columns-repeated="1000"/>'), 1000,
     9.5),
])
def test_used_width_cm(rows, repeat, width):
    assert archive.used_width_cm(_ods(rows, repeat)) == pytest.approx(width)


@pytest.mark.parametrize("rows, wrapped", [
    # must: a task's text with text in its right-hand neighbour (Calc clips it at its column's edge)
    (_row(_cell("1", value="1"), _cell("Tập huấn nghiệp vụ cho cán bộ văn hóa xã, thị trấn", "ce1"),
          _cell("Phòng Văn hóa và Thông tin")), ["Tập huấn nghiệp vụ cho cán bộ văn hóa xã, thị trấn"]),
    # ... one with no style of its own (the column's default: Default)
    (_row(_cell("Ngân sách tỉnh"), _cell("Vốn lồng ghép")), ["Ngân sách tỉnh"]),
    # must-not: a cell whose neighbour is empty (its text runs on over it), a number, the row's last cell
    (_row(_cell("DANH MỤC NHIỆM VỤ NĂM 2028", "ce1"), _cell(), _cell()), []),
    (_row(_cell("12,5", value="12.5"), _cell("Ghi chú")), []),
])
def test_clipped_cells_wrapped(rows, wrapped):
    import xml.etree.ElementTree as ET
    out = archive.clipped_cells_wrapped(_ods(rows))
    root = ET.fromstring(out)
    ns = archive._ODF
    wrap = {s.get(archive._q("style:name")) for s in root.iter(archive._q("style:style"))
            if any(p.get(archive._q("fo:wrap-option")) == "wrap" for p in s.iter(archive._q("style:table-cell-properties")))}
    got = ["".join(c.itertext()) for c in root.iter(archive._q("table:table-cell"))
           if c.get(archive._q("table:style-name")) in wrap]
    assert got == wrapped
    if not wrapped:
        assert out == _ods(rows)
    # the wrapped copy keeps its source style's properties (bold) and family
    for s in root.iter(archive._q("style:style")):
        if s.get(archive._q("style:name")) == "ce1-wrap":
            assert s.find("style:text-properties", ns).get(archive._q("fo:font-weight")) == "bold"


@pytest.mark.parametrize("content, bordered", [
    # must: a cell style ruled all round, or on one side
    ('<style:table-cell-properties fo:border="0.06pt solid #000000"/>', True),
    ('<style:table-cell-properties fo:border-bottom="0.74pt solid #000000" fo:border-top="none"/>', True),
    # must-not: borders set to none; no border at all
    ('<style:table-cell-properties fo:border="none"/>', False),
    ('<style:table-cell-properties fo:wrap-option="wrap"/>', False),
])
def test_has_borders(content, bordered):
    assert archive.has_borders(content) is bordered


@pytest.mark.parametrize("landscape, grid, has, lacks", [
    # must: A4 landscape, a page wide, its margins, the old size and scale gone; the grid when asked
    (True, True, ['fo:page-width="29.7cm"', 'fo:page-height="21.0cm"', 'style:print-orientation="landscape"',
                  'style:scale-to-X="1"', 'style:scale-to-Y="0"', 'style:print="charts drawings grid objects '
                  'zero-values"'], ['style:scale-to="100%"', 'fo:page-width="21.001cm"']),
    # must-not: portrait stays portrait; no grid unless asked
    (False, False, ['fo:page-width="21.0cm"', 'style:print-orientation="portrait"'], ["grid"]),
])
def test_fit_to_width(landscape, grid, has, lacks):
    styles = ('<style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" '
              'fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" style:scale-to="100%" '
              'style:writing-mode="lr-tb"/></style:page-layout>')
    out = archive.fit_to_width(styles, landscape, grid)
    assert all(h in out for h in has) and not any(x in out for x in lacks)
    assert out.count("fo:page-width") == 1 and 'style:writing-mode="lr-tb"' in out


def test_spreadsheets_are_printed():
    # the tool takes spreadsheets (it took none before: G59's .ods and .xls had no scans)
    assert {".ods", ".xls", ".xlsx"} <= set(archive.SHEET)
