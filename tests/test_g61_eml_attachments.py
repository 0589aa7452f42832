"""Reader shape of hold-out round G61: an e-mail that carries a plan and its annex as two attachments
(extractors.formats.eml).

Offices send a plan as two files: the plan (a .docx, a .pdf) and its annex (the estimate as an .xlsx, a task list as
a second .docx), in whatever order the clerk attached them. The plan is the attachment that holds a document's own
header (the national motto, a "Số: 38/KH-UBND" line); the record is its, and the attachments that hold no header
of their own (its annexes: "PHỤ LỤC ... (Kèm theo Kế hoạch số ...)") are read after it, as the plan's parts. An
attachment that is a document of its own (a covering letter with its own header, another plan) is not the plan's
part; a body that holds the document keeps winning (its annexes attached after it); pictures (a signature's logo) are no annex. Every text here is
invented."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest

_MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "png": "image/png"}


def _plan(number: str, commune: str, place: str, title: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", f"XÃ {commune.upper()}", f"Số: {number}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", f"{place}, ngày 03 tháng 9 năm 2028", "KẾ HOẠCH", title,
            "I. MỤC TIÊU", "- 90% hộ gia đình được tuyên truyền.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Lộc"]


def _docx(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    from tests.invented.build_g53 import _docx as parts_of, _p, _tbl, _tc
    body = "".join(_p(line) for line in lines)
    if table:
        body += _tbl([1500] * len(table[0]), ["".join(_tc(1500, [c]) for c in row) for row in table])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in parts_of(body).items():
            z.writestr(name, xml)
    return out.getvalue()


def _xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([float(c.replace(".", "")) if c.replace(".", "").isdigit() and len(c) > 2 else c
                      for c in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _eml(attachments: list[tuple[str, bytes]], body: str = "Kính gửi anh chị, Văn phòng gửi các tệp đính kèm.") -> bytes:
    note = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    out = ("MIME-Version: 1.0\r\nSubject: Ke hoach\r\nFrom: vanphong@xa.gov.vn\r\n"
           'Content-Type: multipart/mixed; boundary="B0B"\r\n\r\n--B0B\r\n'
           'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + note)
    for name, data in attachments:
        payload = base64.encodebytes(data).decode("ascii")
        out += (f"\r\n--B0B\r\nContent-Type: {_MIME[name.rsplit('.', 1)[1]]}; name=\"{name}\"\r\n"
                f'Content-Disposition: attachment; filename="{name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                + payload)
    return (out + "\r\n--B0B--\r\n").encode("ascii")


_ESTIMATE = [["PHỤ LỤC"], ["DỰ TOÁN KINH PHÍ TUYÊN TRUYỀN"], ["(Kèm theo Kế hoạch số 51/KH-UBND)"],
             ["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "In tờ rơi", "24"], ["2", "Pa nô, áp phích", "36"],
             ["", "Tổng cộng", "60"]]
_TASKS = [["TT", "Nội dung", "Chủ trì", "Phối hợp"], ["1", "Ra quân vệ sinh môi trường", "Đoàn Thanh niên xã",
                                                       "Các ấp"]]
_PLAN = _plan("51/KH-UBND", "Tân Lập Bắc", "Tân Lập Bắc", "Tuyên truyền bảo vệ môi trường năm 2028")
_LETTER = ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP BẮC", "Số: 212/UBND-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "V/v gửi Kế hoạch", "Kính gửi: Ủy ban nhân dân huyện"]

# (the attachments, what the text must hold, what it must not)
CASES = [
    # the annex first, the plan second: the plan's record, the annex's table after its text
    ([("PL du toan.xlsx", lambda: _xlsx(_ESTIMATE)), ("KH 51.docx", lambda: _docx(_PLAN))],
     ["Số: 51/KH-UBND", "Hà Văn Lộc", "Pa nô, áp phích"], []),
    # the plan first, a second Word file holding its task annex (no header of its own)
    ([("KH 51.docx", lambda: _docx(_PLAN)), ("Phu luc nhiem vu.docx", lambda: _docx(["PHỤ LỤC", "DANH MỤC NHIỆM "
                                                                                    "VỤ"], _TASKS))],
     ["Số: 51/KH-UBND", "Ra quân vệ sinh môi trường"], []),
    # a logo picture first: no annex, the plan still the record
    ([("logo.png", lambda: _PNG), ("KH 51.docx", lambda: _docx(_PLAN)), ("PL.xlsx", lambda: _xlsx(_ESTIMATE))],
     ["Số: 51/KH-UBND", "In tờ rơi"], []),
]
KEPT = [
    # a covering letter with its own header first, the plan second: the letter is read (the first document), and
    # the plan, a document of its own, is not glued to it (today's reading)
    ([("CV 212.docx", lambda: _docx(_LETTER)), ("KH 51.docx", lambda: _docx(_PLAN))],
     ["Số: 212/UBND-VP"], ["Số: 51/KH-UBND"]),
    # only an annex attached: the annex is read (today's reading)
    ([("PL du toan.xlsx", lambda: _xlsx(_ESTIMATE))], ["Pa nô, áp phích"], []),
]


def _text(attachments, body=None) -> str:
    from extractors.document import build_document
    from extractors.formats.eml import read
    data = _eml([(name, make()) for name, make in attachments], **({"body": body} if body else {}))
    return build_document(read(data, "thu.eml")).text


@pytest.mark.parametrize("attachments, held, absent", CASES + KEPT)
def test_the_plan_and_its_annexes_are_read(attachments, held, absent):
    text = _text(attachments)
    for value in held:
        assert value in text, (value, text[:800])
    for value in absent:
        assert value not in text, value


def test_the_annex_follows_the_plan():
    text = _text(CASES[0][0])
    assert text.index("Hà Văn Lộc") < text.index("Pa nô, áp phích")


def test_a_body_holding_the_document_keeps_winning():
    """The plan pasted in the body: the body is the document, its annex attached after it, the plan's own Word
    copy attached (a header of its own) not read twice, a logo no annex."""
    body = "\n".join(_plan("77/KH-UBND", "Phú An", "Phú An", "Phòng, chống thiên tai năm 2028"))
    copy = _plan("77/KH-UBND", "Phú An", "Phú An", "Phòng, chống thiên tai năm 2028")
    text = _text([("logo.png", lambda: _PNG), ("KH 77.docx", lambda: _docx(copy)),
                  ("PL du toan.xlsx", lambda: _xlsx(_ESTIMATE))], body=body)
    assert text.count("Số: 77/KH-UBND") == 1 and text.index("Hà Văn Lộc") < text.index("Pa nô, áp phích"), text


def _rfc2047(name: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def _raw_eml(headers: list[str], payloads: list[bytes]) -> bytes:
    out = ("MIME-Version: 1.0\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nGửi anh chị.\r\n")
    for head, data in zip(headers, payloads):
        out += f"--B\r\n{head}Content-Transfer-Encoding: base64\r\n\r\n{base64.encodebytes(data).decode()}\r\n"
    return (out + "--B--\r\n").encode("utf-8")


_DOCX_TYPE = f"Content-Type: {_MIME['docx']}"
# how mail programs name an attachment: each must still be read as the Word file it is
NAMED = [
    # RFC 2047 words inside the quoted parameters (Outlook, many webmails; not RFC 2231)
    f'{_DOCX_TYPE}; name="{_rfc2047("Kế hoạch 51.docx")}"\r\n'
    f'Content-Disposition: attachment; filename="{_rfc2047("Kế hoạch 51.docx")}"\r\n',
    # a name with no extension, the content type saying what it is
    f'{_DOCX_TYPE}; name="Ke hoach 51"\r\nContent-Disposition: attachment; filename="Ke hoach 51"\r\n',
    # no name at all, application/octet-stream: the bytes say what it is
    "Content-Type: application/octet-stream\r\nContent-Disposition: attachment\r\n",
    # RFC 2231 continuations (today's reading)
    f"{_DOCX_TYPE}\r\nContent-Disposition: attachment;\r\n filename*0*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch;\r\n"
    " filename*1*=%2051.docx\r\n",
]


@pytest.mark.parametrize("head", NAMED)
def test_an_attachment_is_read_however_it_is_named(head):
    from extractors.document import build_document
    from extractors.formats.eml import read
    text = build_document(read(_raw_eml([head], [_docx(_PLAN)]), "thu.eml")).text
    assert "Số: 51/KH-UBND" in text, text[:200]


def test_a_nameless_inline_picture_is_no_attachment():
    """A signature's logo sent inline (Content-ID, no name): no document, the body is read as today."""
    from extractors.document import build_document
    from extractors.formats.eml import read
    head = "Content-Type: image/png\r\nContent-ID: <logo01>\r\nContent-Disposition: inline\r\n"
    assert build_document(read(_raw_eml([head], [_PNG]), "thu.eml")).text.strip() == "Gửi anh chị."


def _zipped(files: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
    return out.getvalue()


_ZIP_HEAD = 'Content-Type: application/zip; name="{0}"\r\nContent-Disposition: attachment; filename="{0}"\r\n'
# the plan and its annex sent in one .zip ("KH 51.zip"): read as if attached one by one
ZIPPED = [
    ([("KH 51/PL du toan.xlsx", _xlsx(_ESTIMATE)), ("KH 51/KH 51.docx", _docx(_PLAN)), ("KH 51/", b"")],
     ["Số: 51/KH-UBND", "Pa nô, áp phích"]),
    ([("__MACOSX/._KH 51.docx", b"\0\5\26\7"), ("KH 51.docx", _docx(_PLAN)), ("Thumbs.db", b"\0" * 64)],
     ["Số: 51/KH-UBND"]),
]


@pytest.mark.parametrize("files, held", ZIPPED)
def test_a_zipped_plan_and_annex_are_read(files, held):
    from extractors.document import build_document
    from extractors.formats.eml import read
    text = build_document(read(_raw_eml([_ZIP_HEAD.format("KH 51.zip")], [_zipped(files)]), "thu.eml")).text
    for value in held:
        assert value in text, text[:300]


def test_a_zip_that_is_no_archive_or_too_big_is_passed_over():
    from extractors.document import build_document
    from extractors.formats.eml import read
    bomb = _zipped([("KH.docx", b"\0" * (30 * 1024 * 1024))])  # (compresses a thousandfold)
    for payload in (b"PK\3\4 not a zip", bomb):
        text = build_document(read(_raw_eml([_ZIP_HEAD.format("KH.zip")], [payload]), "thu.eml")).text
        assert text.strip() == "Gửi anh chị."
