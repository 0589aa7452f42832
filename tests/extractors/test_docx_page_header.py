"""A Word template that sets the document's own header (issuer, number, motto, place and
date) in the first page's header part instead of the body: the reader puts it before the
body; a running header (a title, a page number) is not read, nor a page header when the
body has its own document header."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Cm

from extractors.formats.docx import read
from pipeline.process import process
from tests.conftest import docx_bytes, read_texts

ISSUER = ("ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
NUMBER = ("Số: 118/KH-UBND", "Tam Đường, ngày 09 tháng 4 năm 2026")
BODY = ["KẾ HOẠCH", "Phát triển du lịch cộng đồng trên địa bàn huyện năm 2026",
        "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân huyện Tam Đường;",
        "I. MỤC TIÊU", "Phấn đấu đến năm 2026, 70% bản du lịch cộng đồng đạt chuẩn OCOP 3 sao."]


def _header_table(part) -> None:
    t = part.add_table(rows=2, cols=2) if isinstance(part, docx.document.Document) else part.add_table(2, 2, Cm(16))
    for row, texts in zip(t.rows, (ISSUER, NUMBER)):
        for cell, text in zip(row.cells, texts):
            cell.text = text


def _docx(where: str, body_header: bool = False) -> bytes:
    d = docx.Document()
    section = d.sections[0]
    if where == "first":
        section.different_first_page_header_footer = True
        _header_table(section.first_page_header)
        section.header.add_paragraph("Kế hoạch phát triển du lịch cộng đồng năm 2026")  # the other pages' header
    elif where == "default":
        _header_table(section.header)
    elif where == "running":
        section.header.add_paragraph("Kế hoạch phát triển du lịch cộng đồng năm 2026 - Trang 1")
    if body_header:
        _header_table(d)
    for line in BODY:
        d.add_paragraph(line)
    return docx_bytes(d)


def _texts(data: bytes) -> list[str]:
    return read_texts(read(data, "plan.docx"))


@pytest.mark.parametrize("where", ["first", "default"])
def test_a_document_header_in_the_first_page_header_is_read_first(where):
    texts = _texts(_docx(where))
    assert "Số: 118/KH-UBND" in texts and "Tam Đường, ngày 09 tháng 4 năm 2026" in texts
    assert texts.index("Số: 118/KH-UBND") < texts.index("KẾ HOẠCH")
    assert "Kế hoạch phát triển du lịch cộng đồng năm 2026" not in texts  # the later pages' running header


@pytest.mark.parametrize("where,body_header", [("running", False), ("first", True), ("default", True)])
def test_a_running_header_or_a_second_copy_is_not_read(where, body_header):
    texts = _texts(_docx(where, body_header))
    assert not any("Trang 1" in t for t in texts)
    assert texts.count("Số: 118/KH-UBND") == (1 if body_header else 0)


def test_a_plan_whose_header_is_in_the_page_header_gets_its_fields():
    record = process("plan.docx", _docx("first")).record
    assert record.issuer.name == "Ủy ban nhân dân huyện Tam Đường"
    assert record.number == "118/KH-UBND" and str(record.issued_date) == "2026-04-09" and record.place == "Tam Đường"


MARKS = [  # (a body's first lines, whether they are a document's own header)
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", True), ("ĐẢNG CỘNG SẢN VIỆT NAM", True),
    ("Số: 118/KH-UBND", True), ("Số 18-CTr/TU", True), ("Số:  45/QĐ-UBND", True),
    # must not: a plan's title or text that only speaks of numbers and the republic
    ("Kế hoạch phát triển du lịch năm 2026", False), ("Số lượng 118 người tham gia", False),
    ("Số liệu năm 2025/2026", False),
    # (in any case: a first paragraph naming the republic keeps the page header out, the safe side)
    ("xây dựng nước Cộng hòa xã hội chủ nghĩa Việt Nam giàu mạnh", True),
]


@pytest.mark.parametrize("text,mark", MARKS)
def test_what_marks_a_document_header(text, mark):
    from extractors.formats.base import DOCUMENT_HEADER as _HEADER_MARK
    assert bool(_HEADER_MARK.search(text)) == mark
