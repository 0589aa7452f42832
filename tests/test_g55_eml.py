"""Reader shape of hold-out round G55: a plan kept as an e-mail (.eml), read by extractors.formats.eml behind the
shared interface (the ".eml" registry entry is the lead's: pipeline and base.FORMATS are not this round's files).

The plan pasted in a forwarded message's HTML body (multipart/alternative, quoted-printable UTF-8, Gmail's
"---------- Forwarded message ---------" block above it), in a plain-text body in Windows-1258 (base64, Outlook's
"-----Original Message-----" block), or attached as a Word file under a covering note: each read as its document,
the forwarded header lines left out. A document's own "Từ:" / "Ngày:" lines not after a forwarding mark are kept.
Every text here is invented."""

from __future__ import annotations

import base64
import quopri

import pytest

_PLAN_LINES = ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ TÂY", "Số: 33/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "An Phú Tây, ngày 09 tháng 7 năm 2028", "KẾ HOẠCH",
               "Phòng, chống dịch tả lợn châu Phi năm 2028",
               "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;", "I. MỤC TIÊU",
               "- 100% hộ chăn nuôi được hướng dẫn biện pháp an toàn sinh học.",
               "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Tài"]
_FORWARD = ["---------- Forwarded message ---------", "From: Văn phòng UBND xã <vanphong@anphutay.gov.vn>",
            "Date: Thu, 10 Jul 2028 at 08:12", "Subject: Ke hoach phong chong dich ta lon chau Phi",
            "To: <nongnghiep@anphutay.gov.vn>"]


def _qp_html() -> bytes:
    page = ('<div dir="ltr"><div class="gmail_quote"><div class="gmail_attr">' + "<br>".join(_FORWARD)
            + "<br></div><br>" + "".join(f"<p>{line}</p>" for line in _PLAN_LINES) + "</div></div>")
    plain = "\r\n".join(_FORWARD + [""] + _PLAN_LINES)
    qp = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii")  # noqa: E731
    return ("MIME-Version: 1.0\r\nDate: Thu, 10 Jul 2028 09:01:44 +0700\r\nSubject: Fwd: Ke hoach\r\n"
            "From: Can bo nong nghiep <nongnghiep@anphutay.gov.vn>\r\nTo: luutru@anphutay.gov.vn\r\n"
            'Content-Type: multipart/alternative; boundary="000000000000b1c2d3"\r\n\r\n'
            "--000000000000b1c2d3\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{qp(plain)}\r\n"
            "--000000000000b1c2d3\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{qp(page)}\r\n"
            "--000000000000b1c2d3--\r\n").encode("ascii")


def _cp1258_plain() -> bytes:
    from tests.invented.build_l import _cp1258
    outlook = ["-----Original Message-----", "From: Văn phòng UBND xã", "Sent: Thursday, July 10, 2028 8:12 AM",
               "To: Phòng Nông nghiệp", "Subject: Kế hoạch", ""]
    data = base64.encodebytes(_cp1258("\n".join(outlook + _PLAN_LINES))).decode("ascii")
    return ("MIME-Version: 1.0\r\nSubject: Ke hoach\r\nFrom: nongnghiep@anphutay.gov.vn\r\n"
            'Content-Type: text/plain; charset="windows-1258"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            f"{data}\r\n").encode("ascii")


def _attached_docx(tmp_path) -> bytes:
    from tests.invented.build_g53 import _docx, _p, _zip
    path = tmp_path / "kh33.docx"
    _zip(_docx("".join(_p(line) for line in _PLAN_LINES)), path)
    note = base64.encodebytes("Kính gửi các ấp, Văn phòng gửi Kế hoạch đính kèm.".encode("utf-8")).decode("ascii")
    doc = base64.encodebytes(path.read_bytes()).decode("ascii")
    return ("MIME-Version: 1.0\r\nSubject: Ke hoach 33\r\nFrom: vanphong@anphutay.gov.vn\r\n"
            'Content-Type: multipart/mixed; boundary="XyZ"\r\n\r\n--XyZ\r\n'
            'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            f"{note}\r\n--XyZ\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml."
            'document; name="KH-33-UBND.docx"\r\nContent-Disposition: attachment; filename="KH-33-UBND.docx"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{doc}\r\n--XyZ--\r\n").encode("ascii")


MESSAGES = [("html", _qp_html), ("cp1258", _cp1258_plain), ("attached", _attached_docx)]


@pytest.mark.parametrize("kind, make", MESSAGES)
def test_an_e_mails_plan_is_read(kind, make, tmp_path):
    from extractors.document import build_document
    from extractors.formats.eml import read
    from pipeline.process import extract_fields

    data = make(tmp_path) if kind == "attached" else make()
    doc = build_document(read(data, "thu.eml"))
    fields = extract_fields(doc)
    assert fields["number"] == "33/KH-UBND"
    assert fields["issued_date"] == "2028-07-09"
    assert fields["signer"]["name"] == "Ngô Văn Tài"
    assert "Forwarded message" not in doc.text and "Original Message" not in doc.text
    assert "nongnghiep@" not in doc.text and "Sent:" not in doc.text


# (lines, the indexes of the forwarded header lines)
HEADERS = [
    (_FORWARD + [""] + _PLAN_LINES[:2], {0, 1, 2, 3, 4, 5}),
    (["Kính gửi anh chị,", "-----Original Message-----", "Từ: Văn phòng", "Ngày: 10/7/2028", "Tiêu đề: Kế hoạch",
      "ỦY BAN NHÂN DÂN"], {1, 2, 3, 4}),
]
NO_HEADERS = [
    ["KẾ HOẠCH", "Từ: ngày 01/7/2028 đến ngày 15/7/2028", "Đến: các ấp trên địa bàn xã"],
    ["- - - - - - - - -", "Từ: ngày 01/7/2028"],
]


@pytest.mark.parametrize("lines, drop", HEADERS)
def test_forwarded_header_lines_are_told(lines, drop):
    from extractors.formats.eml import forward_headers
    assert forward_headers(lines) == drop


@pytest.mark.parametrize("lines", NO_HEADERS)
def test_a_documents_own_field_lines_are_kept(lines):
    from extractors.formats.eml import forward_headers
    assert forward_headers(lines) == set()


@pytest.mark.parametrize("kind, make", MESSAGES)
def test_an_e_mail_is_read_behind_the_shared_interface(kind, make, tmp_path):
    """The registry takes a .eml (base.FORMATS ".eml" -> "eml", schema 1.6) and base's sniff no longer takes every MIME
    message for a web archive (an e-mail opens on "MIME-Version:" too; a web archive is a multipart/related
    message): the whole pipeline reads it, its record's format "eml" and its text holding the plan's values."""
    from pipeline.process import process

    data = make(tmp_path) if kind == "attached" else make()
    out = process("hop-thu/ke-hoach-33.eml", data)
    record = out.record
    assert record.source.format == "eml"
    assert (record.number, record.issuer.name) == ("33/KH-UBND", "Ủy ban nhân dân xã An Phú Tây")
    assert record.signer.name == "Ngô Văn Tài"
