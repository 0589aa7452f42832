"""The shared interface of the format readers and the registry that picks one."""

from __future__ import annotations

import importlib
import inspect
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Callable

from extractors.blocks import BLOCK_KINDS, RawBlock, RawDocument, ReadError  # noqa: F401 (re-exported)
from extractors.formats.escaped import unescaped
from extractors.layout.cells import is_layout_table, layout_table_blocks  # noqa: F401 (re-exported)
from extractors.layout import spaced_rows
from extractors.layout.one_line import may_be_flattened, put_back_header_and_signature
from normalizers.numbers import roman  # noqa: F401 (re-exported: the readers draw Word's list labels with it)
from normalizers.text import desegment_text, segmented_blocks

Reader = Callable[[bytes, str], RawDocument]

# Extension -> format code (SPEC source.format; doc, rtf, xls, xlsx from schema 1.2).
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".mht": "html", ".mhtml": "html",  # (a web archive: its page, base.web_archive_html)
           ".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".rtf": "rtf",
           ".xls": "xls", ".xlsx": "xlsx", ".odt": "odt", ".ods": "ods",
           # scanned pages saved as images (schema 1.5): one code per image format, as doc, rtf
           # and odt each have theirs though one reader takes them
           ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff", ".bmp": "bmp",
           ".webp": "webp",
           ".eml": "eml",  # an e-mail: the body or the attachment that holds the plan (schema 1.6)
           # an archive of the plan's files: the plan and its annexes, as portals attach them (schema 1.8)
           ".zip": "zip", ".rar": "rar", ".7z": "7z"}
IMAGE_FORMATS = ("png", "jpeg", "tiff", "bmp", "webp")
# Format code -> "module" that defines `read(data, path)` (or "module:function");
# imported on first use so that a run over text files never loads pdfplumber. A reader
# that takes an `options` argument gets the ReadOptions.
READERS = {"txt": "extractors.formats.text", "md": "extractors.formats.markdown",
           "html": "extractors.formats.html", "pdf": "extractors.formats.pdf",
           "docx": "extractors.formats.docx", "doc": "extractors.formats.office:read_word",
           "rtf": "extractors.formats.office:read_word", "xls": "extractors.formats.office:read_xls",
           "xlsx": "extractors.formats.xlsx", "odt": "extractors.formats.office:read_word",
           "ods": "extractors.formats.office:read_xls", "eml": "extractors.formats.eml",
           "wordxml": "extractors.formats.word_xml", "zip": "extractors.formats.archive",
           "rar": "extractors.formats.archive", "7z": "extractors.formats.archive",
           **{kind: "extractors.formats.image" for kind in IMAGE_FORMATS}}


@dataclass(frozen=True)
class ReadOptions:
    """What the readers that call other programs need: OCR (`auto`: pages without a
    usable text layer, `always`, `never`), its language and resolution, and the time a
    document may take (an external program is stopped after it)."""

    ocr: str = "auto"
    ocr_lang: str = "vie"
    ocr_dpi: int = 300
    timeout_seconds: float = 60.0


def format_of(path: str | PurePath) -> str | None:
    """The format code for a file name, or None when the extension is not supported."""
    return FORMATS.get(PurePath(path).suffix.lower())


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the Compound File signature of Word 97-2003 and Excel 97-2003
_ZIP_KINDS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"))
_RAR = b"Rar!\x1a\x07"  # RAR 4 (then \x00) and RAR 5 (then \x01\x00)
_SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c"
_OPEN_DOCUMENT = {b"application/vnd.oasis.opendocument.text": "odt",
                  b"application/vnd.oasis.opendocument.spreadsheet": "ods"}
# what a document's own header holds, beside the issuer: the national motto (or the Party's
# name), a "Số: 12/KH-UBND" or "Số 18-CTr/TU" line (a page's header element, a Word page header)
DOCUMENT_HEADER = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|"
                             r"^\s*Số\s*:?\s*\d+[\w.]*\s*[-/]\s*[A-ZĐ]", re.I | re.M)


def has_document_header(text: str) -> bool:
    """Whether a text holds a document's header (DOCUMENT_HEADER), its letters composed first (a text decoded from
    decomposed character references or from Windows-1258, "CO\u0302\u0323NG", reads "CỘNG" once composed)."""
    return DOCUMENT_HEADER.search(unicodedata.normalize("NFC", text)) is not None


_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "xlsx": "Excel (.xlsx)", "odt": "OpenDocument text (.odt)",
                "ods": "OpenDocument spreadsheet (.ods)", "doc": "Word 97-2003 (.doc)", "xls": "Excel 97-2003 (.xls)",
                "rtf": "RTF", "html": "HTML", "png": "PNG image", "jpeg": "JPEG image", "tiff": "TIFF image",
                "bmp": "BMP image", "webp": "WebP image", "eml": "E-mail (.eml)", "wordxml": "Word XML (.xml)",
                "zip": "ZIP archive", "rar": "RAR archive", "7z": "7-Zip archive"}


# a Word document saved as XML (extractors.formats.word_xml): Word's processing instruction, a flat OPC package, a
# Word 2003 XML document
_WORD_XML = re.compile(rb'<\?mso-application\s+progid="Word\.Document"|<pkg:package\b|<w:wordDocument\b')


def sniff(data: bytes) -> str | None:
    """The format the bytes themselves declare, where they do so unmistakably (a magic number,
    a zip's main part, an RTF or HTML start), else None. Archives name files by hand: a
    Word 97 file saved as .docx, a .docx renamed .doc, a web page or an RTF file saved
    with a .doc extension, a PDF with none of these, a scan's PNG named .pdf, a TIFF with
    no extension."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return "pdf"
    image = image_kind(head)
    if image:
        return image
    if head.startswith(b"PK\x03\x04"):
        import io
        import zipfile
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            names = set(archive.namelist())
            if "mimetype" in names:
                kind = _OPEN_DOCUMENT.get(archive.read("mimetype").strip())
                if kind:
                    return kind
        except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError):
            return None
        # (a zip that is no office package, no [Content_Types].xml, mimetype nor a package's folders: an archive of
        # files, the plan's and its annexes'; a package whose main part is named otherwise or missing is left to the
        # reader its extension names, which says what is wrong with it)
        package = "[Content_Types].xml" in names or "mimetype" in names or any(
            n.startswith(("word/", "xl/", "ppt/", "_rels/", "docProps/", "META-INF/")) for n in names)
        return next((kind for part, kind in _ZIP_KINDS if part in names), "zip" if names and not package else None)
    if head.startswith(_RAR):
        return "rar"
    if head.startswith(_SEVEN_ZIP):
        return "7z"
    if head.startswith(_OLE):
        # the stream directory names its main stream in UTF-16: WordDocument, or Workbook / Book
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if "Workbook".encode("utf-16-le") in data:
            return "xls"
        return None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{\\rtf"):
        return "rtf"
    if text.startswith(b"<") and _WORD_XML.search(text):
        return "wordxml"  # (Word's "Save as XML": told by its content, other XML files stay skipped)
    if _HTML_START.match(text) or _web_archive_head(text):
        return "html"  # (a web archive's page: the HTML reader takes its HTML part)
    return None


# A text file that holds a page's markup, not its text: a crawler that saved the content element's inner HTML
# ("<p>Căn cứ ...</p>" a line, lines ended by "<br />", a page's text run on one line with "<br>" between its lines).
# Told by its first FRAGMENT_BYTES: FRAGMENT_TAGS of a block's or a line break's tags or more, and most of its lines
# opening or ending on one (a text that quotes a tag or holds a table's HTML below its prose is text; so is a
# Markdown file whose head holds Markdown of its own, its HTML left to the Markdown reader).
FRAGMENT_BYTES = 4096
FRAGMENT_TAGS = 8
_BLOCK_TAG = rb"</?(?:p|div|br|table|tbody|tr|td|th|h[1-6]|li|ul|ol|center|section|article)\b[^<>]{0,300}>"
_FRAGMENT_TAG = re.compile(_BLOCK_TAG, re.I)
# Markdown of a text's own: a heading, a table's row, a bold run opening a line (pipeline/inputs tells a Markdown file
# with no known extension by it too)
MARKDOWN_SYNTAX = re.compile(r"^(?:#{1,6}\s|\|.*\|\s*$|\*\*[^*\n]+\*\*)", re.M)
_FRAGMENT_LINE = re.compile(rb"^\s*" + _BLOCK_TAG + rb"|" + _BLOCK_TAG + rb"\s*$", re.I)


ESCAPED_LINE_ENDS = 8  # escaped line ends ("\\n") in a text file's head that make it worth unescaping before judging it


def html_fragment(data: bytes, markdown: bool = False) -> bool:
    """Whether a text file's bytes are a page's markup (see above); `markdown`: a .md file's, markup only where
    its head holds no Markdown of its own (a heading, a table's row, bold: a converter's page with some HTML left)."""
    head = data[:FRAGMENT_BYTES]
    if head.count(b"\\n") >= ESCAPED_LINE_ENDS:  # a text saved as a JSON string: judged as the text it holds
        text, issue = unescaped(data.decode("utf-8", "ignore"))
        head = text.encode("utf-8")[:FRAGMENT_BYTES] if issue else head
    if len(_FRAGMENT_TAG.findall(head)) < FRAGMENT_TAGS or (
            markdown and MARKDOWN_SYNTAX.search(head.decode("utf-8", "ignore"))):
        return False
    if b"\n" not in head.strip():
        return True  # (the page's text on one line, its lines apart by tags)
    lines = [line for line in head.split(b"\n")[:-1 if len(data) > FRAGMENT_BYTES else None] if line.strip()]
    return sum(1 for line in lines if _FRAGMENT_LINE.search(line)) >= 0.6 * len(lines)


_HEADER_LINE = re.compile(rb"[a-z][a-z0-9-]*:[^\n]*\r?\n")  # a MIME header's line: "from: <saved by blink>"


def _web_archive_head(head: bytes) -> bool:
    """Whether the bytes open as a web archive (MHTML: Word's "Single File Web Page", a browser's .mht): MIME
    headers, the page in a multipart/related part (an e-mail opens on "MIME-Version:" too: extractors.formats.eml)."""
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return b"multipart/related" in head and _HEADER_LINE.match(head) is not None


def web_archive_html(data: bytes) -> bytes | None:
    """The HTML part of a web archive (its first text/html part, decoded from quoted-printable or base64; in UTF-8
    when the part names its charset), or None when the bytes are no web archive."""
    if not _web_archive_head(data[:2048]):
        return None
    import email
    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            text = part_text(part)
            return (part.get_payload(decode=True) or b"") if text is None else text.encode("utf-8")
    return None


def part_text(part) -> str | None:
    """A MIME part's text: its payload decoded from its transfer encoding (quoted-printable, base64) and from the
    charset it names ("x-windows-1258" as "windows-1258"); None when it names none, or one Python does not know."""
    charset = (part.get_content_charset() or "").lower()
    payload = part.get_payload(decode=True) or b""
    for name in dict.fromkeys((charset, charset.removeprefix("x-"))) if charset else ():
        try:
            return payload.decode(name, "replace")
        except LookupError:
            continue
    return None


def image_kind(head: bytes) -> str | None:
    """The image format the first bytes declare unmistakably (a magic number), else None.
    A BMP's "BM" must be followed by its header's zero reserved word and a known DIB header
    size, so that a text file starting "BM" stays text."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"BM") and len(head) >= 18 and head[6:10] == b"\0\0\0\0" \
            and int.from_bytes(head[14:18], "little") in (12, 16, 40, 52, 56, 64, 108, 124):
        return "bmp"
    return None


def read(data: bytes, path: str, fmt: str | None = None, options: ReadOptions | None = None) -> RawDocument:
    fmt = fmt or format_of(path)
    if fmt not in READERS:
        raise ReadError(f"unsupported format for {path!r}")
    if not data:
        raise ReadError("the file is empty (0 bytes)")
    actual = sniff(data) or ("html" if fmt in TEXT_FORMATS and html_fragment(data, markdown=fmt == "md") else None)
    mismatch = None
    if actual and READERS[actual] != READERS[fmt]:
        # the content decides the reader (a text file's HTML only when its first tag says so:
        # a Markdown or text file may hold a table's HTML further down); the record keeps
        # the extension's format, and says what was done
        mismatch = {"code": "read.format_mismatch", "severity": "warning", "where": None,
                    "message": f"the {PurePath(path).suffix or fmt} file holds a {FORMAT_NAMES[actual]} document, "
                               f"read as {actual}"}
        fmt, path = actual, f"{PurePath(path).stem or 'input'}.{actual}"
    module, _, name = READERS[fmt].partition(":")
    reader = getattr(importlib.import_module(module), name or "read")
    if "options" in inspect.signature(reader).parameters:
        raw = reader(data, path, options=options or ReadOptions())
    else:
        raw = reader(data, path)
    if mismatch:
        raw.issues.append(mismatch)
    if fmt not in TEXT_FORMATS:
        if fmt != "html":  # (the HTML reader repairs a page's mojibake before it parses it, as the text reader does)
            raw = repaired_blocks(raw)
        raw = desegmented_paragraphs(raw)
    raw = spaced_row_paragraphs(lines_put_back(convert_legacy(raw)))
    return cell_paragraph_tables(raw) if fmt in WORD_FORMATS else raw


WORD_FORMATS = frozenset({"docx", "doc", "rtf", "odt", "wordxml"})  # read as a word processor's paragraphs and tables
TEXT_FORMATS = frozenset({"txt", "md"})  # read line by line (extractors.layout.text, which de-segments them itself)


def desegmented_paragraphs(raw: RawDocument) -> RawDocument:
    """A word tokenizer's text pasted into a Word file, or printed, or put on a web page ("TT Dự_án Tổng số Vốn
    đầu_tư phát_triển", "1 . Sở Tài_chính chủ_trì ,"): its paragraphs and cells de-segmented before their tables are
    looked for, as the text reader does a text file's lines (extractors.layout.text.read_text); the normalizer would
    do it after (normalizers.text), too late for a table flattened a row a paragraph. Any other document as it is."""
    from extractors.layout.text import WORD_SEGMENTED_ISSUE
    if not segmented_blocks([b.text for b in raw.blocks if b.kind == "paragraph" and b.text]):
        return raw
    raw.blocks = [replace(b, text=desegment_text(b.text)) if b.kind == "paragraph" and b.text else
                  replace(b, rows=[[desegment_text(c) for c in row] for row in b.rows]) if b.rows else b
                  for b in raw.blocks]
    raw.issues.append(dict(WORD_SEGMENTED_ISSUE))
    return raw


def cell_paragraph_tables(raw: RawDocument) -> RawDocument:
    """A Word file holding a table as a paragraph a cell (a scraped page's table, one cell a line, pasted into
    Word: "TT" / "Chỉ tiêu" / "ĐVT" / "2026" / ... / "1" / "Tỷ lệ đường xã được cứng hóa" / "%" / "86" ...): the
    table in their place, as a printed PDF's such paragraphs are read (extractors.layout.paragraphs.flat_cell_tables)
    and a text's such lines (extractors.layout.cell_lines)."""
    from extractors.layout.paragraphs import flat_cell_tables
    raw.blocks = flat_cell_tables(raw.blocks)
    return raw


def lines_put_back(raw: RawDocument) -> RawDocument:
    """A page or a Word file that kept its paragraphs but flattened a header's two columns or the recipients'
    column beside the signature into one of them (extractors.layout.one_line.put_back_header_and_signature): that
    paragraph as the lines it was, each a block of its own in its place. The text readers put them back on their
    lines before they make paragraphs."""
    from extractors.layout.cells import signature_paragraphs
    from extractors.layout.text import collapsed_signature_blocks
    out: list[RawBlock] = []
    # (and a signature's lines run into one paragraph, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", as a PDF's close lines or a
    # Word file's one paragraph give them: a paragraph a line, as the text readers read them)
    for b in collapsed_signature_blocks(signature_paragraphs(raw.blocks)):
        if b.kind != "paragraph" or "\n" in b.text or not may_be_flattened(b.text) \
                or (text := put_back_header_and_signature(b.text)) is b.text:
            out.append(b)
            continue
        out.extend(replace(b, text=line.strip(), location=dict(b.location))
                   for line in text.split("\n") if line.strip())
    raw.blocks = out
    return raw


def spaced_row_paragraphs(raw: RawDocument) -> RawDocument:
    """An amount table whose rows lost their column spacing (cells one space apart:
    extractors.layout.spaced_rows) set a row a paragraph: a Word file, a web page, a printed
    PDF made from a text whose table was flattened to lines ("STT Nội dung Tổng số Ngân sách
    huyện Ngân sách xã" / "1 Mua hóa chất khử trùng 420 300 120" / ...). The text readers read
    such rows over consecutive lines; a paragraph reader (and a text whose rows stand a blank
    line apart, each its own paragraph) leaves them paragraphs, one after another: the run of
    paragraphs is read as those lines are, the table in their place. Paragraphs only: a
    heading, a list item, a table or a blank line between ends a run."""
    blocks = raw.blocks
    if not any(b.kind == "paragraph" for b in blocks):
        return raw
    # each paragraph's text with single spaces, a line; "" for any other block (a blank line). Made where a header
    # may start (spaced_rows.may_start_header, asked of the text as it is: most paragraphs open no header) and for
    # the lines under it up to a blank one, which are all that table_at reads; the others are never read (None)
    lines: list[str | None] = [None] * len(blocks)
    made = 0  # the lines from the last run made (up to its blank line) end before this one

    # (first, last, rows) of each table whose header and rows are a paragraph each; a table cut cell
    # after cell, a paragraph a cell, is the text readers' and the table stage's to read
    found = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind != "paragraph" or not b.text or not spaced_rows.may_start_header(b.text):
            k += 1
            continue
        if k >= made:  # lines k up to the first blank one (the run a table at k may take)
            made = k
            while made < len(blocks):
                b = blocks[made]
                line = lines[made] = " ".join(b.text.split()) if b.kind == "paragraph" and b.text else ""
                made += 1
                if not line:
                    break
        table = spaced_rows.table_at(lines, k) if lines[k][:1].isalpha() and spaced_rows.starts_header(lines[k]) else None
        if table is None:
            k += 1
            continue
        found.append((k, table[0] - 1, table[1]))
        k = table[0]
    if not found:
        return raw
    from extractors.layout.text import table_blocks
    out: list[RawBlock] = []
    k = 0
    for first, last, rows in found:
        out.extend(blocks[k:first])
        out.extend(table_blocks(rows, dict(blocks[first].location)))
        k = last + 1
    out.extend(blocks[k:])
    raw.blocks = out
    return raw


def repaired_blocks(raw: RawDocument) -> RawDocument:
    """A Word file, a PDF or a workbook whose text is UTF-8 read as Windows-1252 and saved again ("Káº¿ hoáº¡ch":
    a mangled page pasted into Word, printed, exported), judged on the whole document's text, every block and cell
    repaired (formats/mojibake; the text and HTML readers repair their text before they read it)."""
    from extractors.formats.mojibake import repaired_pieces
    pieces, issue = repaired_pieces([b.text for b in raw.blocks if b.text]
                                    + [c for b in raw.blocks if b.rows for row in b.rows for c in row if c])
    if issue is None:
        return raw
    repaired = iter(pieces)  # (in the order they were listed: the blocks' texts, then their cells)
    for b in raw.blocks:
        if b.text:
            b.text = next(repaired)
    for b in raw.blocks:
        if b.rows:
            b.rows = [[next(repaired) if c else c for c in row] for row in b.rows]
    raw.issues.append(issue)
    return raw


def convert_legacy(raw: RawDocument) -> RawDocument:
    """Old Word files and pages set in TCVN3 (.VnTime) or VNI fonts read as "Uû ban
    nh©n d©n" in every format: judge the whole document's text, convert every block and
    cell with one encoding."""
    from normalizers.legacy import converted_issue, detect, to_unicode
    sample = "\n".join([b.text for b in raw.blocks if b.text][:400]
                       + [c for b in raw.blocks if b.rows for row in b.rows[:20] for c in row])
    encoding, confidence = detect(sample)
    if encoding is None:
        return raw
    for b in raw.blocks:
        b.text = to_unicode(b.text, encoding) if b.text else b.text
        if b.rows:
            b.rows = [[to_unicode(c, encoding) if c else c for c in row] for row in b.rows]
    raw.issues.append(converted_issue(encoding, confidence))
    return raw


