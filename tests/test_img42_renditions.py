"""Round IMG42: the scanned renditions' tool (tests/renditions/archive.py) on G61's e-mail and Word altChunk.

- A message (.eml) was not printed at all (the tool took none). Now printed as a clerk prints a plan that came by
  e-mail: its document, then its annexes, each as the office prints that file (archive.mail_parts, mail_pdf).
- A Word file whose body is an alternative-format chunk (an .mht, a web page, RTF) printed by LibreOffice lost its
  chunks (only a .docx chunk is shown): each chunk of another format is made a .docx in its place
  (archive.chunk_page, chunks_as_docx), its tables' widths shares of the text area (archive.tables_as_shares).
- An .xlsx annex not saved by Excel printed "Err:510" for its totals (LibreOffice recalculates it; Excel prints the
  saved values): its formulas are printed as their saved values (archive.formulas_as_values).

Everything here is invented (the communes, the district, the plan's words and amounts).
"""

from __future__ import annotations

import io
import shutil
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from tests.renditions import archive

HEADER = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LỘC BẮC\nSố: 27/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nTân Lộc Bắc, ngày 3 tháng 6 năm 2027\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2027\n")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _xlsx(cells: list[list[str]]) -> bytes:
    """A minimal .xlsx whose first sheet holds `cells` as inline strings."""
    rows = "".join(f'<row r="{i}">' + "".join(f'<c r="{chr(65 + j)}{i}" t="inlineStr"><is><t>{v}</t></is></c>'
                                            for j, v in enumerate(r)) + "</row>" for i, r in enumerate(cells, 1))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet '
        'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>{rows}</sheetData>'
        '</worksheet>'}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


def _message(body: str, attached: list[tuple[str, bytes, str]]) -> bytes:
    msg = MIMEMultipart()
    msg["Subject"] = "Fwd: Kế hoạch"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    for name, data, kind in attached:
        part = MIMEApplication(data, _subtype=kind.split("/", 1)[1])
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        msg.attach(part)
    return msg.as_bytes()


PLAN = ("Kế hoạch 27.txt", (HEADER + "I. MỤC ĐÍCH\nBảo đảm an toàn.\n").encode("utf-8"), "text/plain")
ANNEX = ("Phụ lục 27.xlsx", _xlsx([["PHỤ LỤC"], ["(Kèm theo Kế hoạch số 27/KH-UBND)"], ["STT", "Nội dung"],
                                  ["1", "Diễn tập cứu hộ"]]), XLSX)
OTHER = ("Công văn 88.txt", ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG PHÚ\nSố: 88/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                             "Độc lập - Tự do - Hạnh phúc\nV/v báo cáo\n").encode("utf-8"), "text/plain")


@pytest.mark.parametrize("body, attached, printed", [
    # must: the plan attached after its annex: the plan printed first, then the annex
    ("Chuyển đồng chí xem xét.", [ANNEX, PLAN], ["Kế hoạch 27.txt", "Phụ lục 27.xlsx"]),
    # ... in the message's order; another document (a header of its own) is not printed
    ("Kính gửi Phòng.", [PLAN, OTHER, ANNEX], ["Kế hoạch 27.txt", "Phụ lục 27.xlsx"]),
    # ... the plan pasted in the body: the body printed, then the annex
    (HEADER + "I. MỤC ĐÍCH\n", [ANNEX], ["body.txt", "Phụ lục 27.xlsx"]),
    # must-not: a message with no attachment and no plan in its body: nothing to print
    ("Chuyển đồng chí xem xét.", [], []),
])
def test_mail_parts(body, attached, printed):
    assert [name for name, _ in archive.mail_parts(_message(body, attached))] == printed


MHT = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"; type="text/html"\r\n\r\n--b1\r\n'
       b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
       b'<html><body><p>K=E1=BA=BF ho=E1=BA=A1ch</p></body></html>\r\n--b1--\r\n')


@pytest.mark.parametrize("data, kind, holds", [
    # must: a web archive's page (its MIME text read as HTML would print its headers), a page fragment, RTF
    (MHT, "html", "<p>Kế hoạch</p>"),
    (b"<div><p>Ph\xe1\xbb\xa5 l\xe1\xbb\xa5c</p></div>", "html", "<p>Phụ lục</p>"),
    (b"<html><body><p>Chia theo n\xc4\x83m</p></body></html>", "html", "Chia theo năm"),
    (b"{\\rtf1\\ansi {\\b PH\\u7908?L\\u7908?C}}", "rtf", "PH"),
    # must-not: a chunk that is a .docx (LibreOffice shows it), bytes no reader takes
    (_xlsx([["x"]]).replace(b"spreadsheetml.sheet.main", b"wordprocessingml.document.main")
     .replace(b"xl/workbook.xml", b"word/document.xml"), None, None),
    (b"\x00\x01 binary", None, None),
])
def test_chunk_page(data, kind, holds):
    got = archive.chunk_page(data)
    if kind is None:
        assert got is None
    else:
        assert got is not None and got[1] == kind and holds in got[0].decode("utf-8")


@pytest.mark.parametrize("page, cells", [
    # must: a rule for a class's table's cells, for every cell, for a class's cells (an unquoted class too); a cell's
    # own style after the sheet's
    ('<style>table.nv{border-collapse:collapse} table.nv td{border:1px solid #000;padding:3px;color:red}</style>'
     '<table class="nv"><tr><td>STT</td><td align="right">140</td></tr></table>',
     ['<td style="border:1px solid #000;padding:3px">', '<td align="right" style="border:1px solid #000;padding:3px">']),
    ("<style>td, th { border: 0.5pt solid black }</style><table><tr><th>Năm 2027</th><td style='color:blue'>70</td>"
     "</tr></table>", ['<th style="border: 0.5pt solid black">', '<td style="border: 0.5pt solid black;color:blue">']),
    ("<style>.dt td{border-bottom:1px dotted #333}</style><table class=dt><tr><td>Hội Nông dân</td></tr></table>",
     ['<td style="border-bottom:1px dotted #333">']),
    # must-not: another class's table, a rule for something else than cells, no style sheet: as it is
    ('<style>table.nv td{border:1px solid}</style><table class="khung"><tr><td>Phụ lục</td></tr></table>', []),
    ('<style>p{margin:6pt 0} table{border:1px solid}</style><table><tr><td>Phụ lục</td></tr></table>', []),
    ('<table><tr><td>Phụ lục</td></tr></table>', []),
])
def test_cell_styles_inlined(page, cells):
    out = archive.cell_styles_inlined(page)
    assert all(c in out for c in cells)
    if not cells:
        assert out == page


SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="567" w:top="567"/></w:sectPr>'


@pytest.mark.parametrize("xml, width", [
    # must: a table as wide as the chunk's text area (11906 - 1134 - 567 twips): the whole; half as wide: half
    ('<w:tbl><w:tblPr><w:tblW w:w="10205" w:type="dxa"/></w:tblPr></w:tbl>' + SECT, '<w:tblW w:w="5000" w:type="pct"/>'),
    ('<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="5102"/></w:tblPr></w:tbl>' + SECT, '<w:tblW w:w="2500" w:type="pct"/>'),
    # must-not: a share already, auto; a part with no page size stays as it is
    ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr></w:tbl>' + SECT, '<w:tblW w:w="5000" w:type="pct"/>'),
    ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr></w:tbl>' + SECT, '<w:tblW w:w="0" w:type="auto"/>'),
    ('<w:tbl><w:tblPr><w:tblW w:w="10205" w:type="dxa"/></w:tblPr></w:tbl>', '<w:tblW w:w="10205" w:type="dxa"/>'),
])
def test_tables_as_shares(xml, width):
    assert width in archive.tables_as_shares(xml)


@pytest.mark.parametrize("xml, printed", [
    # must: a formula with its saved value: the value; a shared formula's cells so
    ('<c r="C7" s="2"><f>D7+E7</f><v>18</v></c>', '<c r="C7" s="2"><v>18</v></c>'),
    ('<c r="C8"><f t="shared" ref="C8:C9" si="0">D8+E8</f><v>64</v></c><c r="C9"><f t="shared" si="0"/><v>42</v></c>',
     '<c r="C8"><v>64</v></c><c r="C9"><v>42</v></c>'),
    # must-not: a formula with no saved value (LibreOffice computes it), a cell with no formula
    ('<c r="C11"><f>SUM(C7:C10)</f></c>', '<c r="C11"><f>SUM(C7:C10)</f></c>'),
    ('<c r="D7" t="s"><v>12</v></c>', '<c r="D7" t="s"><v>12</v></c>'),
])
def test_formulas_as_values(xml, printed):
    assert archive.formulas_as_values(xml) == printed


@pytest.mark.parametrize("page, shown", [
    # must: a page linking Bootstrap's style sheet (its own server's path, a CDN's, a minified one): the stand-in
    ('<html><head><link rel="stylesheet" href="/assets/vendor/bootstrap/5.3.2/css/bootstrap.min.css"></head>'
     '<body><div class="row"><div class="col-2 border">TT</div></div></body></html>', True),
    ("<html><head><link href='https://cdn.example.vn/bootstrap@5.3/dist/css/bootstrap.css' rel=stylesheet>"
     "</head><body></body></html>", True),
    # must-not: a page with no Bootstrap link (its own style sheet, a script of that name), as it is
    ('<html><head><link rel="stylesheet" href="/css/portal.css"></head><body><div class="row">x</div></body></html>',
     False),
    ('<html><head><script src="/js/bootstrap.bundle.min.js"></script></head><body></body></html>', False),
])
def test_bootstrap_shown(page, shown):
    out = archive.bootstrap_shown(page.encode("utf-8"))
    assert (out != page.encode("utf-8")) is shown
    if shown:
        text = out.decode("utf-8")
        assert text.index("Bootstrap 5 stand-in") < text.index("</head>")
        # the grid's row a flex box (Chromium prints it: css_laid_out), a column's share, a breakpoint's, the border
        assert archive.css_laid_out(out) and ".col-2{flex:0 0 auto;width:16.6667%}" in text
        assert "@media (min-width:768px){.col-md{flex:1 0 0%}" in text and ".border{border:1px solid #dee2e6}" in text


def test_eml_is_printed():
    # the tool takes e-mails (it took none before: G61's message had no scans)
    assert ".eml" in archive.SOURCES


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_chunks_as_docx(tmp_path):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = (f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>'
            '<w:altChunk r:id="rId7"/><w:altChunk r:id="rId8"/></w:body></w:document>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId7" Type="{R}/aFChunk" Target="/word/chunk1.mht"/>'
            f'<Relationship Id="rId8" Type="{R}/aFChunk" Target="chunk2.htm"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", body)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/chunk1.mht", MHT)
        z.writestr("word/chunk2.htm", "<div><table><tr><td>STT</td><td>Nội dung</td></tr></table></div>")
    got = zipfile.ZipFile(io.BytesIO(archive.chunks_as_docx(out.getvalue(), tmp_path)))
    # must: both chunks .docx parts in their places, their relationships retargeted, the type declared
    assert {"word/chunk1.docx", "word/chunk2.docx"} <= set(got.namelist())
    assert not {"word/chunk1.mht", "word/chunk2.htm"} & set(got.namelist())
    moved = got.read("word/_rels/document.xml.rels").decode()
    assert 'Target="/word/chunk1.docx"' in moved and 'Target="chunk2.docx"' in moved
    assert b'Extension="docx"' in got.read("[Content_Types].xml")
    chunk = zipfile.ZipFile(io.BytesIO(got.read("word/chunk1.docx")))
    assert "Kế hoạch" in chunk.read("word/document.xml").decode("utf-8")
    # must-not: a .docx with no chunk stays byte for byte
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("word/document.xml", body.replace('<w:altChunk r:id="rId7"/><w:altChunk r:id="rId8"/>', ""))
    assert archive.chunks_as_docx(plain.getvalue(), tmp_path) == plain.getvalue()
