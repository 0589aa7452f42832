"""An Excel worksheet pasted into a Word file as an object: Word shows its preview image, its
cells are an .xlsx in the package. The worksheet is read where the object stands, so its
budget table is read as one typed in Word would be (extractors.formats.docx._object_blocks)."""

from __future__ import annotations

import io

import docx
import openpyxl
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from extractors.formats.docx import read
from pipeline.process import process

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sheet_bytes() -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    for row in [["STT", "Nội dung", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách địa phương"],
                [1, "Tập huấn cán bộ thú y xã", 120, 80, 40],
                [2, "Mua vắc xin lở mồm long móng", 450, 300, 150],
                [None, "Tổng cộng", 570, 380, 190]]:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def plan(with_object: bool = True, part_bytes: bytes | None = None) -> bytes:
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "HUYỆN QUẢN BẠ", "Số: 93/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Quản Bạ, ngày 14 tháng 4 năm 2026", "KẾ HOẠCH",
                 "Phòng, chống dịch bệnh gia súc năm 2026", "III. KINH PHÍ THỰC HIỆN",
                 "Dự toán kinh phí (đơn vị tính: triệu đồng):"]:
        d.add_paragraph(line)
    if with_object:
        part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"), XLSX,
                    part_bytes if part_bytes is not None else sheet_bytes(), d.part.package)
        rid = d.part.relate_to(part, RT.PACKAGE)
        p = d.add_paragraph()
        p._p.append(parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:object w:dxaOrig="9000" w:dyaOrig="2000"><v:shape id="_x0000_i1025" style="width:450pt;height:100pt"/>'
            f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
            f'ObjectID="_1802" r:id="{rid}"/></w:object></w:r>'))
    d.add_paragraph("IV. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Phòng Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_an_embedded_worksheet_is_read_where_it_stands():
    blocks = read(plan(), "kh.docx").blocks
    kinds = [(b.kind, b.text) for b in blocks]
    at = next(i for i, b in enumerate(blocks) if b.rows)
    assert kinds[at - 1] == ("paragraph", "Dự toán kinh phí (đơn vị tính: triệu đồng):")
    assert blocks[at].rows[2][:3] == ["2", "Mua vắc xin lở mồm long móng", "450"]
    assert kinds[at + 1] == ("paragraph", "IV. TỔ CHỨC THỰC HIỆN")


def test_its_budget_table_gives_items():
    rec = process("kh.docx", plan()).dump
    got = {(i["row_label"], i["source"]): i["amount_vnd"] for i in rec["budget"]["items"]}
    assert got[("Mua vắc xin lở mồm long móng", "total")] == 450_000_000
    assert got[("Tập huấn cán bộ thú y xã", "central")] == 80_000_000 and got[("Tập huấn cán bộ thú y xã", "local")] == 40_000_000


def test_an_object_that_is_no_worksheet_is_left_out():
    blocks = read(plan(part_bytes=b"\xd0\xcf\x11\xe0 an old binary OLE object"), "kh.docx").blocks
    assert not any(b.rows for b in blocks)
    assert [b.text for b in blocks if b.text][-2:] == ["IV. TỔ CHỨC THỰC HIỆN", "Phòng Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch."]
