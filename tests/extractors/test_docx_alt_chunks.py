"""Word files whose content is an alternative-format chunk (w:altChunk): office systems that
export a document to .docx often put its body in the package as a web page (.htm), a web
archive (.mht) or another .docx, which Word shows in the chunk's place. Its text must be
read there, between the paragraphs around it (it was lost: a plan's whole body, or the
file had "no text"). Packages built here, words invented."""

import io
import zipfile

import docx as python_docx
import pytest

from extractors.formats import docx as reader
from extractors.formats.base import read
from pipeline.process import process

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"

PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>Căn cứ Nghị quyết số 21/NQ-HĐND ngày 10 tháng 12 năm 2025 của HĐND tỉnh Lai Châu;</p>
<p><b>I. MỤC TIÊU</b></p>
<p>Đến năm 2027, 95% hộ gia đình được sử dụng nước sạch.</p>
<table border="1"><tr><td>STT</td><td>Nội dung</td><td>Kinh phí</td></tr>
<tr><td>1</td><td>Xây dựng công trình cấp nước</td><td>4.200</td></tr>
<tr><td>2</td><td>Truyền thông</td><td>300</td></tr>
<tr><td></td><td>Tổng cộng</td><td>4.500</td></tr></table>
</body></html>"""


def _mht(html: str) -> bytes:
    import quopri
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
            "------=_NextPart_01\r\nContent-Location: file:///C:/chunk.htm\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
            + body + "\r\n------=_NextPart_01--\r\n").encode("ascii")


def _inner_docx() -> bytes:
    d = python_docx.Document()
    d.add_paragraph("I. MỤC TIÊU")
    d.add_paragraph("Đến năm 2027, 95% hộ gia đình được sử dụng nước sạch.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def package(chunk: bytes | None, name: str, content_type: str) -> bytes:
    """A .docx whose body is a paragraph, the chunk, a paragraph."""
    d = python_docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cấp nước sạch nông thôn năm 2027")
    d.add_paragraph("Nơi nhận:")
    base = io.BytesIO()
    d.save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                marker = "Nơi nhận:".encode("utf-8")
                at = body.rfind(b"<w:p>", 0, body.index(marker)) if b"<w:p>" in body else body.rfind(b"<w:p ", 0, body.index(marker))
                body = body[:at] + f'<w:altChunk xmlns:r="{R}" r:id="rIdChunk1"/>'.encode() + body[at:]
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", f'<Relationship Id="rIdChunk1" Type="{CHUNK_REL}" '
                                                         f'Target="{name}"/></Relationships>'.encode())
            elif item.filename == "[Content_Types].xml":
                ext = name.rsplit(".", 1)[1]
                body = body.replace(b"</Types>", f'<Default Extension="{ext}" ContentType="{content_type}"/></Types>'.encode())
            dst.writestr(item, body)
        if chunk is not None:
            dst.writestr(f"word/{name}", chunk)
    return out.getvalue()


def texts(data: bytes) -> list[str]:
    return [b.text if b.kind != "table" else " | ".join(b.rows[-1]) for b in reader.read(data, "plan.docx").blocks]


@pytest.mark.parametrize("chunk, name, content_type", [
    (PAGE.encode("utf-8"), "afchunk.htm", "application/xhtml+xml"),
    (_mht(PAGE), "afchunk.mht", "message/rfc822"),
], ids=["web page", "web archive"])
def test_a_chunk_is_read_in_its_place(chunk, name, content_type):
    got = texts(package(chunk, name, content_type))
    assert got[:2] == ["KẾ HOẠCH", "Cấp nước sạch nông thôn năm 2027"]
    assert got[-1] == "Nơi nhận:"
    assert "I. MỤC TIÊU" in got and " | Tổng cộng | 4.500" in got
    assert got.index("I. MỤC TIÊU") < got.index(" | Tổng cộng | 4.500") < got.index("Nơi nhận:")


def test_a_docx_chunk_is_read_in_its_place():
    got = texts(package(_inner_docx(), "afchunk.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"))
    assert got == ["KẾ HOẠCH", "Cấp nước sạch nông thôn năm 2027", "I. MỤC TIÊU",
                   "Đến năm 2027, 95% hộ gia đình được sử dụng nước sạch.", "Nơi nhận:"]


@pytest.mark.parametrize("chunk", [None, b"\x00\x01 binary", b""], ids=["missing part", "unknown format", "empty"])
def test_a_chunk_that_cannot_be_read_is_left_out(chunk):
    assert texts(package(chunk, "afchunk.bin", "application/octet-stream")) == [
        "KẾ HOẠCH", "Cấp nước sạch nông thôn năm 2027", "Nơi nhận:"]


def test_a_plan_in_a_chunk_gives_its_fields():
    record = process("ke-hoach.docx", package(PAGE.encode("utf-8"), "afchunk.htm", "text/html")).record
    assert [o.text for o in record.objectives] == ["Đến năm 2027, 95% hộ gia đình được sử dụng nước sạch."]
    assert [b.number for b in record.legal_bases] == ["21/NQ-HĐND"]
    assert sum(i.amount_vnd for i in record.budget.items if i.counted) == 4_500_000_000
    assert read(package(PAGE.encode("utf-8"), "afchunk.htm", "text/html"), "ke-hoach.docx").blocks[3].location["chunk"] == 1
