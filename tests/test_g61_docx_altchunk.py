"""Reader shape of hold-out round G61: a Word file an office system assembled from alternative-format chunks
(w:altChunk), the chunk set in a layout table's cell (extractors.formats.docx).

Document systems export a plan as a .docx whose header, title and closing are the file's own XML and whose body is a
w:altChunk: a web page, a web archive (.mht), an RTF or another .docx in the package, which Word shows in its
place. Read at the body's level (round G61's document) and, now, in a layout table's cell (a one- or two-cell frame
the template draws around the body): the cell's chunk is read as the page's content, its tables as tables, as a
layout table's nested tables are. A data table (three cells a row) is no layout table. Every text here is
invented."""

from __future__ import annotations

import pytest

from tests.invented.build_g53 import _docx, _p, _tbl
from tests.invented.build_g61 import _R, _mht, _zip_bytes

_HEAD = "".join(_p(t) for t in ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN TÂY", "Số: 12/KH-UBND",
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
_PAGE = ("<html><body><p>Căn cứ Nghị quyết số 08/NQ-HĐND ngày 02 tháng 3 năm 2028;</p><p><b>II. NHIỆM VỤ</b></p>"
         "<table border=1><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td></tr><tr><td>1</td><td>Nạo vét kênh "
         "thủy lợi</td><td>Ban Nông nghiệp xã</td></tr></table></body></html>")


def _file(body: str, chunk: bytes, name: str) -> bytes:
    parts = dict(_docx(body))
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        "</Relationships>", f'<Relationship Id="rId20" Type="{_R}/aFChunk" Target="{name}"/></Relationships>')
    parts[f"word/{name}"] = chunk
    return _zip_bytes(parts)


def _cell(inner: str, width: int = 4000) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'


_CHUNK = '<w:altChunk r:id="rId20"/>'
CASES = [
    ("one-cell frame, web archive", _HEAD + _tbl([9000], [_cell(_CHUNK + "<w:p/>", 9000)]), _mht(_PAGE), "a.mht"),
    ("two cells, a page fragment", _HEAD + _tbl([1000, 8000], [_cell(_p("")) + _cell(_CHUNK + "<w:p/>", 8000)]),
     _PAGE.encode("utf-8"), "a.htm"),
    ("the body's level", _HEAD + _CHUNK, _mht(_PAGE), "a.mht"),
]


@pytest.mark.parametrize("label, body, chunk, name", CASES)
def test_a_chunk_in_a_layout_cell_is_read(label, body, chunk, name):
    from extractors.formats.docx import read
    blocks = read(_file(body, chunk, name), "kh.docx").blocks
    text = "\n".join(b.text for b in blocks if b.text)
    assert "Căn cứ Nghị quyết số 08/NQ-HĐND" in text and "II. NHIỆM VỤ" in text, text
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert ["1", "Nạo vét kênh thủy lợi", "Ban Nông nghiệp xã"] in [r for t in tables for r in t], tables


def test_a_data_table_stays_a_table():
    from extractors.formats.docx import read
    head = _cell(_p("TT"), 800) + _cell(_p("Nội dung"), 4000) + _cell(_p("Chủ trì"), 3000)
    row = _cell(_p("1"), 800) + _cell(_p("Trồng cây"), 4000) + _cell(_p("Hạt Kiểm lâm"), 3000)
    blocks = read(_file(_HEAD + _tbl([800, 4000, 3000], [head, row]) + _CHUNK, _mht(_PAGE), "a.mht"),
                  "kh.docx").blocks
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert tables[0] == [["TT", "Nội dung", "Chủ trì"], ["1", "Trồng cây", "Hạt Kiểm lâm"]], tables
    assert sum("Căn cứ Nghị quyết số 08" in b.text for b in blocks) == 1
