"""A Word file whose runs hold decomposed Vietnamese (a letter, then its combining tone mark: what LibreOffice writes
for an RTF of code page 1258 from a non-Unicode Word, some Mac tools' files) reads as its composed twin: the reader
composes a part's text (NFC) before any block or table rule looks at it. The table rules met "Nhie\\u0302\\u0323m vu\\u0323"
before the normalizer composed the text, took a task table for a layout table and read it column by column: no
activity (round G43's RTF plan). Cells, names and numbers invented (round P48); must and must-not rows."""

from __future__ import annotations

import io
import unicodedata

import docx
import pytest

from extractors.formats import docx as reader
from pipeline.process import process

ROWS = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "Tuyên truyền phòng, chống đuối nước", "Phòng Văn hóa - Xã hội", "Trường Tiểu học Hòa Khánh"],
        ["2", "Dạy bơi an toàn cho học sinh", "Trường Tiểu học Hòa Khánh", "Đoàn Thanh niên xã"],
        ["3", "Cắm biển cảnh báo tại ao, hồ", "Phòng Kinh tế", "Các thôn"]]


def plan(form: str) -> bytes:
    norm = lambda s: unicodedata.normalize(form, s)  # noqa: E731
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN XÃ HÒA KHÁNH", "Số: 14/KH-UBND", "Hòa Khánh, ngày 4 tháng 3 năm 2028", "KẾ HOẠCH",
                 "Phòng, chống đuối nước trẻ em năm 2028", "I. NHIỆM VỤ"]:
        d.add_paragraph(norm(line))
    table = d.add_table(rows=len(ROWS), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, cell in enumerate(row):
            table.cell(r, c).text = norm(cell)
    d.add_paragraph(norm("II. TỔ CHỨC THỰC HIỆN"))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_decomposed_word_file_reads_as_its_composed_twin():
    nfd, nfc = plan("NFD"), plan("NFC")
    assert nfd != nfc
    blocks = lambda data: [(b.kind, b.text, b.rows) for b in reader.read(data, "ke-hoach.docx").blocks]  # noqa: E731
    assert blocks(nfd) == blocks(nfc)
    record = process("ke-hoach.docx", nfd).record
    assert [a.title for a in record.activities] == [row[1] for row in ROWS[1:]]
    assert [a.lead_agencies for a in record.activities] == [[row[2]] for row in ROWS[1:]]


@pytest.mark.parametrize("xml, want", [
    # must: combining marks composed
    ("<w:t>Nhie\u0302\u0323m vu\u0323</w:t>".encode(), "<w:t>Nhiệm vụ</w:t>".encode()),
    ("<w:t>Đơn vi\u0323 chu\u0309 tri\u0300</w:t>".encode(), "<w:t>Đơn vị chủ trì</w:t>".encode()),
    # must not: composed text, a part not in UTF-8, text with no mark
    ("<w:t>Nhiệm vụ</w:t>".encode(), "<w:t>Nhiệm vụ</w:t>".encode()),
    ("<w:t>Nhi\xe7m</w:t>".encode("latin-1") + b"\xcc", "<w:t>Nhi\xe7m</w:t>".encode("latin-1") + b"\xcc"),
    (b"<w:t>STT</w:t>", b"<w:t>STT</w:t>"),
])
def test_composed(xml, want):
    assert reader.composed(xml) == want
