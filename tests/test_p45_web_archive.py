"""A web archive (MHTML): Word's "Single File Web Page" saved with a `.doc` extension, as archives keep many old
plans, or a browser's `.mht`. Round G37's probe: it was read as its raw MIME text (quoted-printable: "K=E1=BA=BE
HO=E1=BA=A0CH"), every field null, and `.mht` was no supported extension. Now the bytes say what it is (MIME headers,
a multipart/related body): its HTML part, decoded from quoted-printable or base64 in the charset it names, goes to
the HTML reader; `.mht` and `.mhtml` files are `html`. Names invented; must and must-not rows."""

from __future__ import annotations

import base64
import quopri

import pytest

from extractors.formats import read
from extractors.formats.base import format_of, sniff, web_archive_html

PAGE = ("<html><head><meta charset='utf-8'></head><body><p align=center><b>KẾ HOẠCH</b></p>"
        "<p>Phòng chống dịch bệnh trên đàn gia súc năm 2027</p>"
        "<p>- 100% xã, thị trấn được cấp hóa chất khử trùng;</p></body></html>")


def word_archive(page: str = PAGE) -> bytes:
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DB1\"\r\n\r\n"
            "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
            "------=_NextPart_01DB1\r\nContent-Location: file:///C:/ke-hoach.htm\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
            + body + "\r\n------=_NextPart_01DB1--\r\n").encode("ascii")


def browser_archive(page: str = PAGE) -> bytes:
    body = base64.encodebytes(page.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.invalid/van-ban/27\r\n"
            "Subject: Ke hoach\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"----MultipartBoundary--x1\"\r\n\r\n------MultipartBoundary--x1\r\n"
            "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body
            + "\r\n------MultipartBoundary--x1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "iVBORw0KGgo=\r\n------MultipartBoundary--x1--\r\n").encode("ascii")


@pytest.mark.parametrize("name, data", [("ke-hoach.doc", word_archive()), ("ke-hoach.mht", browser_archive()),
                                        ("ke-hoach.mhtml", word_archive())])
def test_a_web_archive_reads_as_its_page(name, data):
    assert sniff(data) == "html"
    doc = read(data, name, format_of(name))
    texts = [b.text for b in doc.blocks]
    assert texts[:2] == ["KẾ HOẠCH", "Phòng chống dịch bệnh trên đàn gia súc năm 2027"]
    assert "- 100% xã, thị trấn được cấp hóa chất khử trùng;" in texts
    mismatch = [i for i in doc.issues if i["code"] == "read.format_mismatch"]
    assert bool(mismatch) == name.endswith(".doc")


@pytest.mark.parametrize("data", [
    "Ghi chú: tệp multipart/related được lưu kèm\nKẾ HOẠCH\n".encode("utf-8"),  # a text that names it
    b"<html><body><p>multipart/related</p></body></html>",  # a page (read as a page, not unwrapped)
    "KẾ HOẠCH\nMIME-Version: 1.0 là phiên bản\n".encode("utf-8"),  # not at the start
])
def test_no_web_archive(data):
    assert web_archive_html(data) is None
    assert sniff(data) in (None, "html")
    if not data.startswith(b"<html"):
        assert sniff(data) is None
