"""Round IMG38: the scanned renditions' tool (tests/renditions/archive.py).

A browser's web archive (.mht: a MIME message, its page a text/html part in quoted-printable or base64) is printed
as its page, as the pipeline's reader takes it (archive.page_of, formats.base.web_archive_html): printed as the
message's text, the scan held the MIME headers and the encoded lines ("Content-Transfer-Encoding: quoted-printable",
"=E1=BB=A6y ban") in place of the plan. A page that is no web archive is printed as it is.

Everything here is invented (the portal, the plan's words).
"""

from __future__ import annotations

import base64
import quopri

import pytest

from tests.renditions import archive

PAGE = ("<html><head><meta charset=\"utf-8\"><title>Kế hoạch số 57/KH-UBND</title></head><body>"
        "<p>ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LÂM</p><p>Số: 57/KH-UBND</p>"
        "<p>Kế hoạch tổ chức Hội khỏe Phù Đổng huyện năm 2027</p></body></html>")


def _archive(encoding: str, charset: str = "utf-8") -> bytes:
    """A web archive as a browser saves it: `PAGE` its text/html part in `encoding`, then an image part."""
    body = PAGE.encode("utf-8")
    payload = quopri.encodestring(body) if encoding == "quoted-printable" else base64.encodebytes(body)
    head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://donglam.namhai.gov.vn/van-ban/57\r\n"
            "Subject: =?utf-8?Q?K=E1=BA=BF_ho=E1=BA=A1ch?=\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--xY7\"\r\n\r\n")
    part = (f"------MultipartBoundary--xY7\r\nContent-Type: text/html; charset={charset}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: https://donglam.namhai.gov.vn/van-ban/57\r\n\r\n")
    image = ("------MultipartBoundary--xY7\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://donglam.namhai.gov.vn/logo.png\r\n\r\niVBORw0KGgo=\r\n"
             "------MultipartBoundary--xY7--\r\n")
    return head.encode("ascii") + part.encode("ascii") + payload + b"\r\n" + image.encode("ascii")


@pytest.mark.parametrize("data, expected", [
    # must: a web archive's page, quoted-printable or base64 (the message's headers and encoded lines gone)
    (_archive("quoted-printable"), PAGE),
    (_archive("base64"), PAGE),
    # must-not: a page that is no web archive, as it is
    (PAGE.encode("utf-8"), PAGE),
    ("<html><body><p>Content-Type: text/html nêu trong trang</p></body></html>".encode("utf-8"),
     "<html><body><p>Content-Type: text/html nêu trong trang</p></body></html>"),
])
def test_page_of(data, expected):
    assert archive.page_of(data).decode("utf-8").replace("\r\n", "\n").strip() == expected


@pytest.mark.parametrize("name, printed", [
    # must: a web archive printed as a web page
    ("g99_huyen-donglam_57-kh-ubnd_2027_luu-trang.mht", True),
    ("g99_huyen-donglam_57-kh-ubnd_2027_luu-trang.mhtml", True),
    # must-not: a Word file, a text
    ("g99_huyen-donglam_57-kh-ubnd_2027.docx", False),
    ("g99_huyen-donglam_57-kh-ubnd_2027.txt", False),
])
def test_web_archive_printed_as_page(name, printed):
    from pathlib import Path
    assert (Path(name).suffix in archive.WEB_PAGE) is printed
