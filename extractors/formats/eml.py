"""E-mail reader (.eml: RFC 822 / MIME, as Outlook, Thunderbird and webmail save a message).

Offices send plans by e-mail and archives keep the message: the plan pasted in the body (a text/html part, with a
text/plain twin in a multipart/alternative), quoted-printable or base64, in UTF-8 or Windows-1258, often under a
forwarded message's header block ("---------- Forwarded message ---------" / "From: ..." / "Date: ..." /
"Subject: ..." / "To: ..."; Outlook's "-----Original Message-----"), or the plan attached as a file. The reader
takes the body whose text holds a document's own header (base.has_document_header), its HTML preferred, read by the
HTML or the text reader, the attachments that hold no header of their own (its annexes, below) after it; else the
attachments (a .docx, a .pdf, an .xlsx), each read by its reader: the document is the first that holds a document's
own header (else the first one; a picture only when nothing else is attached: a signature's logo is no document),
and the attachments after or before it that hold no header of their own (its annexes: the estimate as an .xlsx, a
task list as a second Word file, "PHỤ LỤC ... (Kèm theo Kế hoạch số ...)") are read after it, as its parts; an
attachment with a header of its own is another document and is left out; else the body. An attachment is told by its name's extension (RFC 2231 or RFC 2047 encoded), else its content type, else its
bytes; a zipped one ("KH 51.zip") gives its files in its place, and so does Outlook's `winmail.dat`
(application/ms-tnef: extractors.formats.tnef), its files' long names read from it. The forwarded messages' header blocks are left out.

Behind the shared interface (extractors.formats.base): a registry entry maps ".eml" to this module.
"""

from __future__ import annotations

import email
import email.utils
import re
from email.message import Message

from extractors.blocks import RawDocument, ReadError
from extractors.formats import tnef
from extractors.formats.bundle import read_bundle, zip_files

# a forwarded or quoted message's marker line (Gmail, Outlook; Vietnamese webmail's own words) and the header lines
# after it ("From:", "Date:", "Subject:", "To:", "Cc:", "Sent:", "Từ:", "Ngày:", "Tiêu đề:", "Đến:", "Gửi:")
_FORWARD_MARK = re.compile(r"^\s*-{3,}\s*(?:Forwarded message|Original Message|Thư chuyển tiếp|"
                           r"Thư được chuyển tiếp|Tin nhắn được chuyển tiếp)\s*-{3,}\s*$", re.I)
_FORWARD_FIELD = re.compile(r"^\s*(?:From|Date|Sent|Subject|To|Cc|Từ|Ngày|Ngày gửi|Tiêu đề|Chủ đề|Đến|Gửi|Gửi tới|"
                            r"Người gửi|Người nhận)\s*:", re.I)


def _body_text(part: Message) -> str:
    """A body part's text (base.part_text; UTF-8 where it names no charset Python knows)."""
    from extractors.formats.base import part_text
    text = part_text(part)
    return (part.get_payload(decode=True) or b"").decode("utf-8", "replace") if text is None else text


def forward_headers(lines: list[str]) -> set[int]:
    """The indexes of each forwarded message's marker line and of the header lines after it (to the first line that
    is neither a header field nor blank)."""
    drop: set[int] = set()
    in_block = False
    for i, line in enumerate(lines):
        if _FORWARD_MARK.match(line):
            in_block = True
        elif not in_block or not (_FORWARD_FIELD.match(line) or not line.strip()):
            in_block = False
            continue
        drop.add(i)
    return drop


def _bodies(message: Message) -> list[Message]:
    """The message's body parts (not attachments), each alternative's HTML before its plain text."""
    parts = [p for p in message.walk() if p.get_content_type() in ("text/html", "text/plain")
             and p.get_content_disposition() != "attachment"]
    return sorted(parts, key=lambda p: p.get_content_type() != "text/html")


# what an attachment's content type says it is, when its name has no extension a reader takes
_CONTENT_TYPES = {"application/pdf": "pdf", "application/msword": "doc", "application/rtf": "rtf", "text/rtf": "rtf",
                  "application/vnd.ms-excel": "xls",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
                  "application/vnd.oasis.opendocument.text": "odt",
                  "application/vnd.oasis.opendocument.spreadsheet": "ods"}


def _file_name(part: Message) -> str:
    """An attachment's name, RFC 2047 words inside its quoted parameter decoded ("=?UTF-8?B?S+G6vyBob...?=", as
    Outlook and many webmails write a Vietnamese name; RFC 2231's "filename*=" the email package decodes)."""
    name = part.get_filename() or part.get_param("name") or ""
    if isinstance(name, tuple):  # (an RFC 2231 value the package left undecoded)
        name = email.utils.collapse_rfc2231_value(name)
    if "=?" in name:
        from email.header import decode_header, make_header
        try:
            name = str(make_header(decode_header(name)))
        except (UnicodeDecodeError, LookupError, ValueError):
            pass
    return name.strip()


def _readable(name: str) -> bool:
    """Whether a zipped file is one a reader takes, as an attachment (not an e-mail, nor an archive again)."""
    from extractors.formats.base import READERS, format_of
    return format_of(name) in READERS and format_of(name) not in ("eml", "zip", "rar", "7z")


def _tnef_files(payload: bytes) -> list[tuple[str, bytes]]:
    """The files of a TNEF attachment (extractors.formats.tnef) a reader takes, each named so that its extension says
    what its bytes are (an 8.3 title "KHOACH~1.DOC" of a .docx, a long name with no extension); a zipped one's files
    in its place."""
    from extractors.formats.base import READERS, format_of, sniff
    found = []
    for name, data in tnef.files(payload):
        kind = sniff(data)
        if kind == "zip":
            found.extend((n, p) for n, p in zip_files(data) if _readable(n))
            continue
        named = format_of(name)
        if kind in READERS and kind != "eml" and (named not in READERS or READERS[named] != READERS[kind]):
            name = f"{name.rsplit('.', 1)[0] if named else name or 'attachment'}.{kind}"
        if format_of(name) in READERS and format_of(name) != "eml":
            found.append((name, data))
    return found


def _attachments(message: Message) -> list[tuple[str, bytes]]:
    """The attached files a reader takes, each as (a name whose extension says its format, its bytes): a file named
    without its extension, or not named at all (an "attachment" of application/octet-stream), told by its content
    type, else by its bytes (base.sniff); a zipped attachment's files in its place (bundle.zip_files). A body part, and a
    picture sent inline with no name (a signature's logo), is none."""
    from extractors.formats.base import READERS, format_of, sniff
    found = []
    for part in message.walk():
        if part.is_multipart():
            continue
        name = _file_name(part)
        if not name and (part.get_content_disposition() != "attachment" or part.get_content_maintype() == "text"):
            continue
        payload = part.get_payload(decode=True) or b""
        if format_of(name) == "zip" or (format_of(name) not in READERS and sniff(payload) == "zip"):
            found.extend((n, p) for n, p in zip_files(payload) if _readable(n))
            continue
        if format_of(name) in READERS:
            found.append((name, payload))
            continue
        if tnef.is_tnef(payload):  # (winmail.dat: Outlook's attachments inside it)
            found.extend(_tnef_files(payload))
            continue
        kind = _CONTENT_TYPES.get(part.get_content_type()) or sniff(payload)
        if kind in READERS and kind != "eml":
            found.append((f"{name or 'attachment'}.{kind}", payload))
    return found


def _read_body(part: Message, body: str, path: str) -> RawDocument:
    """A body part (`body` its text) read by the HTML or the text reader, the forwarded messages' header blocks
    left out."""
    from extractors.formats import html, text
    if part.get_content_type() == "text/html":
        raw = html.read(body.encode("utf-8"), path)
        # (a table ends a forwarded header block: it stands as a line no field opens)
        drop = forward_headers([b.text if b.kind == "paragraph" else "\0" for b in raw.blocks])
        raw.blocks = [b for i, b in enumerate(raw.blocks) if i not in drop]
        return raw
    lines = body.replace("\r\n", "\n").split("\n")
    drop = forward_headers(lines)
    return text.read("\n".join(line for i, line in enumerate(lines) if i not in drop).encode("utf-8"), path)


def read(data: bytes, path: str, options=None) -> RawDocument:
    from extractors.formats.base import has_document_header
    message = email.message_from_bytes(data)
    bodies = [(part, _body_text(part)) for part in _bodies(message)]  # (each decoded once)
    for part, body in bodies:
        if has_document_header(body):
            return read_bundle(_attachments(message), options, _read_body(part, body, path))
    attached = read_bundle(_attachments(message), options)
    if attached is not None:
        return attached
    if bodies:
        return _read_body(*bodies[0], path)
    raise ReadError("the e-mail holds no text body and no document attached")
