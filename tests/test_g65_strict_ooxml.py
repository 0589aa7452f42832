"""Word's "Strict Open XML Document" and Excel's "Strict Open XML Spreadsheet" (ISO/IEC 29500 Strict; round G65's
g65_tinh-donglam): the package's parts as in a transitional file, under the Strict namespaces
(http://purl.oclc.org/ooxml/wordprocessingml/main, relationship types http://purl.oclc.org/ooxml/officeDocument/
relationships/...). The readers knew only the transitional names: the Word file had "no body", the workbook no sheet.
Such a package is read in its transitional names (formats.docx.transitional); a transitional package, one whose text
names a Strict namespace among them, is read as it is."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.formats import read
from extractors.formats.docx import transitional

_TO_STRICT = [
    (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
    (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    (b"/relationships/extended-properties", b"/relationships/extendedProperties"),
]


def _strict(data: bytes) -> bytes:
    """A transitional package saved as Strict: every namespace and relationship type in its Strict name."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            for old, new in _TO_STRICT:
                body = body.replace(old, new)
            target.writestr(info, body)
    return out.getvalue()


def _word(paragraphs: list[str], table: list[list[str]] | None = None, footnote: bool = False) -> bytes:
    import docx
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _sheet(rows: list[list]) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_LINES = ["ỦY BAN NHÂN DÂN HUYỆN BẮC KHÊ", "Số: 205/KH-UBND", "KẾ HOẠCH",
          "Căn cứ Nghị quyết số 14/NQ-HĐND ngày 05 tháng 7 năm 2027 của Hội đồng nhân dân huyện Bắc Khê;"]
_TASKS = [["TT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Nạo vét kênh mương nội đồng", "Phòng Kinh tế"]]
_ESTIMATE = [["TT", "Nội dung", "Tổng số", "Ngân sách huyện"], [1, "Nạo vét kênh mương", 850, 600],
             [2, "Tập huấn", 40, 40]]


def _texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.text]


def _rows(doc) -> list[list[str]]:
    return [row for b in doc.blocks if b.kind == "table" for row in b.rows]


# must match: Strict packages read as their transitional twins
@pytest.mark.parametrize("make,name", [
    (lambda: _word(_LINES), "ke-hoach.docx"),
    (lambda: _word(_LINES, _TASKS), "ke-hoach.docx"),
    (lambda: _sheet(_ESTIMATE), "phu-luc.xlsx"),
])
def test_a_strict_package_reads_as_its_transitional_twin(make, name):
    data = make()
    strict = _strict(data)
    assert strict != data and b"purl.oclc.org" in zipfile.ZipFile(io.BytesIO(strict)).read(
        "word/document.xml" if name.endswith(".docx") else "xl/workbook.xml")
    plain, got = read(data, name), read(strict, name)
    assert _texts(got) == _texts(plain)
    assert _rows(got) == _rows(plain)
    assert _texts(got) or _rows(got)


def test_the_strict_word_files_table_and_lines_are_read():
    doc = read(_strict(_word(_LINES, _TASKS)), "ke-hoach.docx")
    assert "Số: 205/KH-UBND" in _texts(doc)
    assert ["1", "Nạo vét kênh mương nội đồng", "Phòng Kinh tế"] in _rows(doc)


# must not: a transitional package is left as it is, even when its text names a Strict namespace
@pytest.mark.parametrize("data", [
    _word(_LINES),
    _word(_LINES + ['Lược đồ tham chiếu: xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main" (chuẩn ISO).']),
    _word(["Xem http://purl.oclc.org/ooxml/wordprocessingml/main để biết thêm."] + _LINES),
])
def test_a_transitional_package_is_left_as_it_is(data):
    assert transitional(data) is data
    assert transitional(b"not a zip") == b"not a zip"
