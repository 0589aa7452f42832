"""The DOCX reader's one-pass walk and its styles cache (all documents invented): tables
read as python-docx's row.cells reads them, a paragraph's own numbering before its
style's, and a styles part kept by its bytes that never leaks one document's styles into
another's."""

import io
import zipfile

import pytest

from extractors.formats import docx as reader
from extractors.formats.docx import paragraph_text, table_rows

docx = pytest.importorskip("docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def package(body: str, styles: str | None = None, numbering: str | None = None, footnotes: str | None = None) -> bytes:
    """A Word file of `body` (and its styles, numbering and footnotes: each part's XML inside its root)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        if styles is not None:
            z.writestr("word/styles.xml", f"<w:styles {W}>{styles}</w:styles>")
        if numbering is not None:
            z.writestr("word/numbering.xml", f"<w:numbering {W}>{numbering}</w:numbering>")
        if footnotes is not None:
            z.writestr("word/footnotes.xml", f"<w:footnotes {W}>{footnotes}</w:footnotes>")
            z.writestr("word/_rels/document.xml.rels",
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    return buf.getvalue()


def p(text: str, ppr: str = "") -> str:
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def blocks(data: bytes) -> list[tuple]:
    return [(b.kind, b.text, b.style) for b in reader.read(data, "plan.docx").blocks]


def test_tables_read_as_python_docx_reads_their_cells():
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"ô {r}-{c}"
    table.cell(0, 0).merge(table.cell(0, 2))  # across three columns
    table.cell(1, 3).merge(table.cell(3, 3))  # down three rows
    table.cell(2, 0).merge(table.cell(3, 1))  # a block of two by two
    table.cell(1, 1).add_paragraph("dòng hai")
    table.cell(1, 2).paragraphs[0].add_run("\tsau tab")
    buf = io.BytesIO()
    document.save(buf)
    from lxml import etree
    xml = zipfile.ZipFile(buf).read("word/document.xml")
    tbl = etree.fromstring(xml).find(f"{reader._W}body/{reader._TBL}")
    expected = [[cell.text for cell in row.cells] for row in docx.Document(io.BytesIO(buf.getvalue())).tables[0].rows]
    assert table_rows(tbl) == expected
    assert expected[0][:3] == [expected[0][0]] * 3 and expected[3][3] == expected[1][3]  # the merges took


@pytest.mark.parametrize("tcpr, row", [
    # must read: a span, a span given twice (the first counts), a span that is no number
    ('<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>', ["A", "A", "B"]),
    ('<w:tcPr><w:gridSpan w:val="3"/><w:gridSpan w:val="2"/></w:tcPr>', ["A", "A", "A", "B"]),
    ('<w:tcPr><w:gridSpan w:val="hai"/></w:tcPr>', ["A", "B"]),
    ('<w:tcPr><w:gridSpan w:val="-4"/></w:tcPr>', ["A", "B"]),
    # must not read: a span in a second tcPr (python-docx reads the first only)
    ('<w:tcPr/><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>', ["A", "B"]),
])
def test_a_cell_span_is_read_from_its_first_properties(tcpr, row):
    from lxml import etree
    tbl = etree.fromstring(f'<w:tbl {W}><w:tr><w:tc>{tcpr}{p("A")}</w:tc><w:tc>{p("B")}</w:tc></w:tr></w:tbl>')
    assert table_rows(tbl) == [row]


@pytest.mark.parametrize("vmerge, second", [
    ("<w:vMerge/>", "Trên"),  # no value: continues
    ('<w:vMerge w:val="continue"/>', "Trên"),
    ('<w:vMerge w:val="restart"/>', "Dưới"),  # must not continue
    ("", "Dưới"),
])
def test_a_vertical_merge_repeats_the_cell_above(vmerge, second):
    from lxml import etree
    tbl = etree.fromstring(f'<w:tbl {W}><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{p("Trên")}</w:tc></w:tr>'
                           f'<w:tr><w:tc><w:tcPr>{vmerge}</w:tcPr>{p("Dưới")}</w:tc></w:tr></w:tbl>')
    assert table_rows(tbl) == [["Trên"], [second]]


def test_paragraph_text_takes_runs_hyperlinks_and_insertions():
    from lxml import etree
    para = etree.fromstring(
        f'<w:p {W}><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Mục</w:t><w:tab/><w:t>tiêu</w:t></w:r>'
        '<w:hyperlink><w:r><w:t> chung</w:t><w:br/></w:r></w:hyperlink>'
        '<w:r><w:br w:type="page"/><w:t>năm</w:t><w:noBreakHyphen/><w:t>2027</w:t><w:cr/></w:r>'
        '<w:ins><w:r><w:t>chèn</w:t></w:r></w:ins></w:p>')
    assert paragraph_text(para) == "Mục\ttiêu chung\nnăm-2027\nchèn"  # a tracked insertion is text
    assert reader._paragraph(para)[0] == paragraph_text(para)


STYLES = ('<w:style w:type="paragraph" w:default="1" w:styleId="Thuong"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="TD1"><w:name w:val="heading 1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="DanhSo"><w:name w:val="Muc danh so"/>'
          '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
NUMBERING = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
             '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
             '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def test_a_paragraph_numbered_by_its_style_or_by_itself():
    own = '<w:pPr><w:pStyle w:val="DanhSo"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = (p("MỤC TIÊU", '<w:pPr><w:pStyle w:val="DanhSo"/></w:pPr>') + p("Mục tiêu chung", own)
            + p("NHIỆM VỤ", '<w:pPr><w:pStyle w:val="DanhSo"/></w:pPr>')
            + p("Đoạn thường") + p("Kiểu lạ", '<w:pPr><w:pStyle w:val="KhongCo"/></w:pPr>')
            + p("Tiêu đề", '<w:pPr><w:pStyle w:val="TD1"/></w:pPr>'))
    assert blocks(package(body, STYLES, NUMBERING)) == [
        ("paragraph", "I. MỤC TIÊU", "Muc danh so"),  # the style's numbering, no numPr of its own: no list item
        ("list_item", "a) Mục tiêu chung", "Muc danh so"),  # its own numbering wins
        ("paragraph", "II. NHIỆM VỤ", "Muc danh so"),
        ("paragraph", "Đoạn thường", "Normal"),  # no style: the default one
        ("paragraph", "Kiểu lạ", None),  # a style id the part lacks: not the default
        ("heading", "Tiêu đề", "Heading 1"),
    ]


def test_the_styles_cache_never_mixes_two_documents():
    reader._cached_styles.cache_clear()
    first = package(p("Tiêu đề", '<w:pPr><w:pStyle w:val="TD1"/></w:pPr>'), STYLES)
    renamed = STYLES.replace('w:styleId="TD1"><w:name w:val="heading 1"/>', 'w:styleId="TD1"><w:name w:val="Body"/>')
    second = package(p("Tiêu đề", '<w:pPr><w:pStyle w:val="TD1"/></w:pPr>'), renamed)
    assert blocks(first) == [("heading", "Tiêu đề", "Heading 1")]
    assert blocks(second) == [("paragraph", "Tiêu đề", "Body")]
    assert blocks(first) == [("heading", "Tiêu đề", "Heading 1")]
    info = reader._cached_styles.cache_info()
    assert (info.hits, info.misses) == (1, 2)  # the same bytes parsed once


def test_a_styles_part_above_the_cache_limit_is_read_each_time(monkeypatch):
    reader._cached_styles.cache_clear()
    monkeypatch.setattr(reader, "STYLES_CACHE_BYTES", 100)
    data = package(p("Tiêu đề", '<w:pPr><w:pStyle w:val="TD1"/></w:pPr>'), STYLES)
    assert blocks(data) == blocks(data) == [("heading", "Tiêu đề", "Heading 1")]
    assert reader._cached_styles.cache_info().currsize == 0


def test_a_broken_styles_part_is_a_read_error_every_time():
    data = package(p("Một đoạn"), "<w:style")
    for _ in range(2):
        with pytest.raises(reader.ReadError, match="cannot read word/styles.xml"):
            reader.read(data, "plan.docx")
