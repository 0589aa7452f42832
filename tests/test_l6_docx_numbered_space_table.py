"""A Word file whose numbered lines take their numbers from w:numPr (auto-numbering: "I.", "1.",
"a)" in numbering.xml, not in the text) and that holds a table typed with spaces (round L6,
tests/renditions/converters.py docx-numpr): a numbered paragraph no longer stops the file being
read as a text typed into Word; it stands in the text as Word draws it ("II. KINH PHÍ"), so the
table typed with spaces is read as a table and the outline keeps its numbers. A file with Word's
heading styles, a bullet list or a Word table is read paragraph by paragraph as before."""

from __future__ import annotations

import io

import pytest
from docx import Document as Word
from docx.oxml import parse_xml

from extractors.formats import docx as docx_reader
from pipeline.process import process

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# (format, level text) of each list: upper roman parts, decimal items, bullets
FORMATS = {"roman": ("upperRoman", "%1."), "decimal": ("decimal", "%1."), "bullet": ("bullet", "-")}

BODY = [("", "SỞ Y TẾ TỈNH NAM HÀ"), ("", "Số: 41/KH-SYT"), ("", "Nam Hà, ngày 12 tháng 5 năm 2026"),
        ("", "KẾ HOẠCH"), ("", "Phòng, chống dịch sốt xuất huyết năm 2026"),
        ("roman", "MỤC ĐÍCH"), ("", "Giảm số ca mắc sốt xuất huyết so với năm 2025 trên địa bàn tỉnh."),
        ("roman", "KINH PHÍ"), ("", "Đơn vị tính: triệu đồng"),
        ("", "STT   Nội dung                    Tổng cộng    Ngân sách tỉnh    Nguồn khác"),
        ("", "1     Hóa chất diệt muỗi          840          600               240"),
        ("", "2     Truyền thông                210          210               -"),
        ("", "      Tổng cộng                   1.050        810               240"),
        ("roman", "TỔ CHỨC THỰC HIỆN"), ("decimal", "Trung tâm Kiểm soát bệnh tật chủ trì triển khai Kế hoạch."),
        ("", "Nơi nhận:"), ("", "- UBND tỉnh;"), ("", "- Lưu: VT."), ("", "GIÁM ĐỐC"), ("", "Trần Văn Hòa")]


def _docx(body: list[tuple[str, str]], heading_style: bool = False) -> bytes:
    doc = Word()
    numbering = doc.part.numbering_part.element
    for k, (fmt, text) in enumerate(FORMATS.values()):
        numbering.insert(k, parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{70 + k}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {W} w:numId="{170 + k}"><w:abstractNumId w:val="{70 + k}"/></w:num>'))
    ids = {name: 170 + k for k, name in enumerate(FORMATS)}
    for kind, text in body:
        p = doc.add_paragraph(text, style="Heading 2" if heading_style and kind == "roman" else None)
        if kind:
            p._p.get_or_add_pPr().insert(0, parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{ids[kind]}"/></w:numPr>'))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _texts(data: bytes) -> list[str]:
    return [b.text for b in docx_reader.read(data, "x.docx").blocks if b.text]


def test_numbered_lines_and_a_space_typed_table():
    record = process("plan.docx", _docx(BODY)).record
    items = {(i.row_label, i.source, i.amount_vnd) for i in record.budget.items}
    assert ("Hóa chất diệt muỗi", "local", 600_000_000) in items
    assert ("Tổng cộng", "total", 1_050_000_000) in items


# (why, body, heading styles, lines the text must hold, lines it must not)
ROWS = [
    ("must: the numbers Word draws stand in the text", BODY, False, ["II. KINH PHÍ", "III. TỔ CHỨC THỰC HIỆN",
                                                                       "1. Trung tâm Kiểm soát bệnh tật chủ trì triển khai Kế hoạch."], []),
    ("must not: heading styles keep the paragraph reading (the numbers drawn still)", BODY, True,
     ["II. KINH PHÍ"], []),
    ("must not: a bullet list item keeps the paragraph reading",
     [("bullet", "Các xã, phường"), *BODY[5:]], False, ["- Các xã, phường"], []),
]


@pytest.mark.parametrize("why,body,styled,held,absent", ROWS, ids=[r[0] for r in ROWS])
def test_numbered_lines_as_drawn(why, body, styled, held, absent):
    texts = _texts(_docx(body, styled))
    for line in held:
        assert any(t.startswith(line) for t in texts), (line, texts)
    for line in absent:
        assert not any(line in t for t in texts)


def test_a_numbered_file_of_prose_is_read_as_before():
    prose = [(k, t) for k, t in BODY if not t.startswith(("STT", "1  ", "2  ", "  "))]
    blocks = docx_reader.read(_docx(prose), "x.docx").blocks
    assert [b.kind for b in blocks if b.text.startswith("II.")] == ["list_item"]  # (paragraph by paragraph)
