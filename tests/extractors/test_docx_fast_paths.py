"""The DOCX reader's short cuts answer as the full reading did (all documents invented): a
cell's properties read in one pass whatever their order, a table that is a page's frame
told from a data table by its first row of three cells, a paragraph without any break
taken as it is."""

import io
import zipfile

import pytest
from lxml import etree

from extractors.formats import docx as reader
from extractors.formats.docx import _is_wrapper_table, _with_page_break, table_rows

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(inner: str, tcpr: str = "") -> str:
    return f"<w:tc>{tcpr}{inner}</w:tc>"


def tbl(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


def element(xml: str):
    return etree.fromstring(xml.replace("<w:tbl>", f"<w:tbl {W}>", 1) if xml.startswith("<w:tbl>") else xml)


@pytest.mark.parametrize("tcpr", [
    '<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>',
    '<w:tcPr><w:vMerge w:val="restart"/><w:shd w:fill="auto"/><w:gridSpan w:val="2"/></w:tcPr>',
])
def test_a_merged_cell_is_read_whatever_the_order_of_its_properties(tcpr):
    cont = tcpr.replace('w:val="restart"', 'w:val="continue"', 1)
    t = element(tbl([tc(p("Kinh phí"), tcpr), tc(p("2026"))], [tc(p(""), cont), tc(p("1.500"))]))
    assert table_rows(t) == [["Kinh phí", "Kinh phí", "2026"], ["Kinh phí", "Kinh phí", "1.500"]]


def test_the_first_vertical_merge_of_a_cell_counts():
    t = element(tbl([tc(p("Trên"), '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>')],
                    [tc(p("Dưới"), '<w:tcPr><w:vMerge w:val="restart"/><w:gridSpan w:val="1"/><w:vMerge/></w:tcPr>')]))
    assert table_rows(t) == [["Trên"], ["Dưới"]]


INNER = tbl([tc(p("STT")), tc(p("Nội dung")), tc(p("Kinh phí"))], [tc(p("1")), tc(p("Tập huấn")), tc(p("120"))])


@pytest.mark.parametrize("rows, frame", [
    # a frame: rows of one or two cells, one of which holds a table
    ([[tc(p("KẾ HOẠCH"))], [tc(p("Dự toán") + INNER)]], True),
    ([[tc(p("ỦY BAN NHÂN DÂN")), tc(p("CỘNG HÒA"))], [tc(INNER)]], True),
    # not a frame: a row of three cells, first or last; or no table in any cell
    ([[tc(p("a")), tc(p("b")), tc(p("c"))], [tc(INNER)]], False),
    ([[tc(INNER)], [tc(p("a")), tc(p("b")), tc(p("c"))]], False),
    ([[tc(p("KẾ HOẠCH"))], [tc(p("Dự toán"))]], False),
    ([], False),
])
def test_a_frame_table_is_told_from_a_data_table(rows, frame):
    xml = tbl(*rows) if rows else "<w:tbl></w:tbl>"
    assert _is_wrapper_table(element(xml.replace("<w:tbl>", f"<w:tbl {W}>", 1))) is frame


def test_a_frame_is_read_through_and_a_data_table_stays_a_table():
    body = tbl([tc(p("KẾ HOẠCH"))], [tc(p("Dự toán kinh phí") + INNER)])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
    got = [(b.kind, b.text or b.rows) for b in reader.read(buf.getvalue(), "plan.docx").blocks]
    assert got == [("paragraph", "KẾ HOẠCH"), ("paragraph", "Dự toán kinh phí"),
                   ("table", [["STT", "Nội dung", "Kinh phí"], ["1", "Tập huấn", "120"]])]


@pytest.mark.parametrize("runs, expected", [
    ('<w:r><w:br w:type="page"/><w:t>II. NHIỆM VỤ</w:t></w:r>', "\fII. NHIỆM VỤ"),
    ('<w:r><w:t>II. NHIỆM VỤ</w:t><w:br w:type="page"/></w:r>', "II. NHIỆM VỤ\n\f"),
    ('<w:r><w:t> </w:t></w:r><w:r><w:br w:type="page"/><w:t>II. NHIỆM VỤ</w:t></w:r>', "\fII. NHIỆM VỤ"),
    # must not mark a page: a line break, a column break, no break
    ('<w:r><w:t>II. NHIỆM VỤ</w:t><w:br/></w:r>', "II. NHIỆM VỤ"),
    ('<w:r><w:br w:type="column"/><w:t>II. NHIỆM VỤ</w:t></w:r>', "II. NHIỆM VỤ"),
    ('<w:r><w:t>II. NHIỆM VỤ</w:t></w:r>', "II. NHIỆM VỤ"),
])
def test_a_page_break_in_a_paragraph_marks_its_page(runs, expected):
    para = etree.fromstring(f"<w:p {W}>{runs}</w:p>")
    assert _with_page_break(para, "II. NHIỆM VỤ") == expected
