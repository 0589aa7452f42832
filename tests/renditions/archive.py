"""A sample of the invented documents as plain 300 dpi scans, as archive scans
(tests/renditions/scans.py archive_scan) and as cheap "low" scans (200 dpi, grayscale, JPEG 60:
scans.low_scan), as phone photos of the paper (scans.photo_scan: uneven light, a shadow
along one edge, a slight keystone and tilt) and as a phone scanner app's PDFs (scans.phone_app_scan:
a mild perspective left, JPEG 50, pages not A4, one of another size), each with its document's gold,
extracted and scored:

    .venv/bin/python -m tests.renditions.archive OUT --docs b2_,c2_snv [--kinds scan300,scan-archive,scan-low,photo,phone-app] [--score]

--docs names sources by file-name prefix (comma-separated). Writes OUT/<kind>/raw and
OUT/<kind>/gold as tests.invented.renditions does, and with --score OUT/<kind>/out and a line
of micro F1 per kind. One worker (OCR is slow: about 13 s a page).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

from tests.invented import renditions as r
from tests.renditions.producers import chromium_print
from tests.renditions.scans import archive_scan, image_only_pdf, low_scan, phone_app_scan, photo_scan

ARCHIVE, LOW, PHOTO, APP = "scan-archive", "scan-low", "photo", "phone-app"
KINDS = (r.SCAN300, ARCHIVE, LOW, PHOTO, APP)


def pdf_of(source: Path, work: Path) -> Path:
    """The source PDF, or LibreOffice's export of the source's Word file / OpenDocument text / RTF / HTML (as
    tests.invented.renditions makes it), or a web archive's page printed by Chromium, or a message's document and
    annexes printed one after the other (mail_pdf)."""
    if source.suffix == ".pdf":
        return source
    if source.suffix == ".eml":
        return mail_pdf(source, work)
    if source.suffix in SHEET:
        return sheet_pdf(source, work)
    # a Word file saved as a web page (.htm) is HTML as a .html is; a web archive (.mht) prints as its page
    suffix = ".html" if source.suffix in WEB_PAGE else source.suffix
    staged = work / "lo-in" / f"{source.stem}{suffix if suffix in ('.html', '.odt', '.rtf') else '.docx'}"
    staged.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix in (".txt", ".md"):
        # a text source in a code page or a legacy font's codes (a .txt in VNI Windows, TCVN3) as the text reader
        # decodes it: an office prints the plan's words, not its bytes read as UTF-8
        from extractors.formats.text import decode_unicode
        text = decode_unicode(source.read_bytes())[0]
        staged.write_bytes(r.markdown_to_docx(text) if source.suffix == ".md" else r.text_to_docx(text))
    elif source.suffix == ".docx":
        staged.write_bytes(cross_references_printed(changes_accepted(chunks_as_docx(source.read_bytes(), work))))
    elif source.suffix == ".odt":
        staged.write_bytes(frames_unfilled(odf_changes_accepted(source.read_bytes())))
    elif staged.suffix == ".html":
        staged.write_bytes(bootstrap_shown(as_shown(page_of(source.read_bytes()))))
    else:
        shutil.copyfile(source, staged)
    if source.suffix in WEB_ARCHIVE:
        # a browser's web archive is opened and printed in the browser (LibreOffice opens no .mht; its web export
        # of the page alone set a blank first page before it)
        pdf = work / "pdf" / f"{source.stem}.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.write_bytes(chromium_print(staged.read_bytes().decode("utf-8"), f"portal/{staged.name}"))
        return pdf
    target = "pdf:writer_web_pdf_Export" if staged.suffix == ".html" else "pdf"
    (pdf,) = r.libreoffice([staged], target, work / "pdf")
    pdf.write_bytes(r._fixed_pdf(pdf.read_bytes()))
    if staged.suffix == ".html" and (runs_past_edge(pdf.read_bytes()) or print_styled(staged.read_bytes())
                                     or css_laid_out(staged.read_bytes()) or framed(source)):
        # LibreOffice's web export cuts a layout wider than its page at the page's right edge (a portal page laid
        # out by a fixed 1000 px table: the content column's lines cut, "... của Ủy ban nhân dân" / "Lâm về ...",
        # the signer's block off the paper); a browser prints such a page shrunk to the paper's width
        pdf.write_bytes(chromium_print(staged.read_bytes().decode("utf-8"), f"portal/{source.name}"))
    return pdf


# A message (.eml) is printed as a clerk prints a plan that came by e-mail: its document, then its annexes, each as the
# office prints that file (a Word plan by LibreOffice, an .xlsx estimate as an annex, a web page's body as a page),
# one after the other in one pile; the message's own lines (the sender's note, the forwarded header block) and an
# attachment that is another document (a header of its own) are not printed. The document and its annexes are told as
# the pipeline's e-mail reader tells them (formats.eml: the body when it holds a document's header, else the first
# attachment that holds one; the attachments with no header of their own its annexes, in the message's order).
def mail_parts(data: bytes) -> list[tuple[str, bytes]]:
    """The files a clerk prints of a message (`data`), in print order (see above): (a name whose extension says its
    format, its bytes); a body that holds the document as ("body.html" or "body.txt", its text in UTF-8)."""
    import email

    from extractors.blocks import ReadError
    from extractors.formats import eml
    from extractors.formats.base import format_of, has_document_header
    from extractors.formats.base import read as read_file
    from extractors.formats.bundle import PICTURES, raw_text
    message = email.message_from_bytes(data)
    found = [(n, p) for n, p in eml._attachments(message) if p and format_of(n) not in PICTURES]
    headed = []
    for name, payload in found:
        try:
            headed.append(has_document_header(raw_text(read_file(payload, name))))
        except ReadError:
            headed.append(None)
    main: list[tuple[str, bytes]] = []
    for part in eml._bodies(message):
        body = eml._body_text(part)
        if has_document_header(body):
            main = [("body.html" if part.get_content_type() == "text/html" else "body.txt", body.encode("utf-8"))]
            break
    if not main:
        first = next((n for n, h in enumerate(headed) if h), 0 if found else None)
        if first is None:
            return []
        main = [found[first]]
    return main + [f for f, h in zip(found, headed) if h is False and f is not main[0]]


def mail_pdf(source: Path, work: Path) -> Path:
    """The message `source` printed as a clerk prints it (see above): its document's and annexes' PDFs in one."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument.new()
    for n, (name, payload) in enumerate(mail_parts(source.read_bytes()), 1):
        staged = work / "mail" / f"{source.stem}-{n}{Path(name).suffix.lower()}"
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(payload)
        pdf.import_pages(pdfium.PdfDocument(pdf_of(staged, work).read_bytes()))
    out = work / "pdf" / f"{source.stem}.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(str(out))
    return out


# A Word file whose body (or a part of it) is an alternative-format chunk (w:altChunk: a web page, a web archive (.mht)
# or RTF an office system's export put in the package; Word shows it in its place, as its own paragraphs and tables)
# printed by LibreOffice lost the chunks: LibreOffice takes only a chunk that is itself a .docx (the plan's header and
# signature printed, its whole body and annex not). Each chunk of another format is made a .docx by LibreOffice (a
# page opened as a text document, as Word takes the page) and put in the package in its place, which LibreOffice
# then shows where Word shows the chunk.
_AF_CHUNK_REL = re.compile(r'<Relationship\b[^>]*Type="[^"]*/aFChunk"[^>]*/>')
_REL_TARGET = re.compile(r'\bTarget="([^"]+)"')


# A chunk's page rules its tables by its style sheet ("table.nv td{border:1px solid #000}": a task table's cells), which
# Word applies as it shows the chunk; LibreOffice's HTML import takes a cell's border from its own style attribute only
# (the task table came out unruled, its cells read as loose lines). A page's rules for cells (a selector "td", "th",
# "table td", "table.X td", ".X td") have their border and padding written into each such cell's style attribute (the
# cell's own declarations after them, as the cascade has it); a rule for anything else is left to LibreOffice.
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CELL_SELECTOR = re.compile(r"^(?:(?:table)?(?:\.([\w-]+))?\s+)?(td|th)$", re.I)
_BOX_DECLARATION = re.compile(r"^\s*(?:border|padding)(?:-[\w-]+)?\s*:", re.I)
_TABLE = re.compile(r"<table\b([^>]*)>(.*?)</table\s*>", re.S | re.I)
_CELL = re.compile(r"<(td|th)\b([^>]*)>", re.I)
_CLASS = re.compile(r"\bclass\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_STYLE_ATTR = re.compile(r"\bstyle\s*=\s*([\"'])(.*?)\1", re.I | re.S)


def cell_styles_inlined(page: str) -> str:
    """An HTML page (`page`) whose style sheet's border and padding rules for table cells are written into the cells'
    style attributes (see above); as it is where it has none."""
    rules: list[tuple[str | None, str, str]] = []  # (the table's class or None, "td" / "th", declarations)
    for block in _STYLE_BLOCK.findall(page):
        for selectors, body in _CSS_RULE.findall(re.sub(r"/\*.*?\*/", "", block, flags=re.S)):
            box = ";".join(d.strip() for d in body.split(";") if _BOX_DECLARATION.match(d))
            if not box:
                continue
            for selector in selectors.split(","):
                m = _CELL_SELECTOR.match(" ".join(selector.split()))
                if m:
                    rules.append((m[1], m[2].lower(), box))
    if not rules:
        return page

    def table(m: re.Match) -> str:
        if re.search(r"<table\b", m[2], re.I):  # (a table in a table: left to LibreOffice)
            return m[0]
        named = _CLASS.search(m[1])
        own = set(next(g for g in named.groups() if g is not None).split()) if named else set()

        def cell(c: re.Match) -> str:
            box = ";".join(d for cls, tag, d in rules if tag == c[1].lower() and (cls is None or cls in own))
            if not box:
                return c[0]
            style = _STYLE_ATTR.search(c[2])
            if style:
                attrs = c[2][:style.start()] + f'style="{box};{style[2]}"' + c[2][style.end():]
            else:
                attrs = f'{c[2]} style="{box}"'
            return f"<{c[1]}{attrs}>"
        return f"<table{m[1]}>{_CELL.sub(cell, m[2])}</table>"
    return _TABLE.sub(table, page)


def chunk_page(data: bytes) -> tuple[bytes, str] | None:
    """A chunk's bytes (`data`) as a file LibreOffice opens as a text document: (bytes, extension); None for a chunk
    that is a .docx already (LibreOffice shows it) or that no reader takes."""
    from extractors.formats.base import sniff, web_archive_html
    from extractors.formats.docx import _chunk_html
    page = web_archive_html(data)  # (a web archive's MIME text starts as no page does, but sniff may call it HTML)
    kind = "html" if page is not None else sniff(data)
    if kind == "docx":
        return None
    if kind == "rtf":
        return data, kind
    if page is None:
        page = data if kind == "html" else _chunk_html(data) if kind is None else None
    if not page:
        return None
    from extractors.formats.text import decode
    return cell_styles_inlined(decode(page)[0]).encode("utf-8"), "html"


# A chunk's table laid out by LibreOffice as wide as the page it opened the chunk on (a page's table with no width of
# its own: 10205 twips, A4 less Writer/Web's narrow margins) ran past the right edge of the document's narrower text
# area ("Năm 2028" and its amounts cut at the paper's edge); Word lays a chunk's table out in the document's text
# area. A chunk's table is given its width as a share of its page's text area (w:tblW of type pct), which LibreOffice
# then lays out in the document's.
_TABLE_WIDTH = re.compile(r'<w:tblW\b[^>]*w:w="(\d+)"[^>]*w:type="dxa"[^>]*/>|<w:tblW\b[^>]*w:type="dxa"[^>]*w:w="(\d+)"'
                          r'[^>]*/>')
_PAGE_WIDTH = re.compile(r'<w:pgSz\b[^>]*w:w="(\d+)"')
_MARGIN = re.compile(r'<w:pgMar\b[^>]*/>')


def tables_as_shares(xml: str) -> str:
    """A chunk's document.xml (`xml`, one section) whose tables' widths in twips are shares of its text area (pct,
    fiftieths of a percent; at most the whole); as it is where its page's size is not given."""
    page, margins = _PAGE_WIDTH.search(xml), _MARGIN.search(xml)
    if page is None or margins is None:
        return xml
    side = {k: int(v) for k, v in re.findall(r'w:(left|right)="(\d+)"', margins[0])}
    area = int(page[1]) - side.get("left", 0) - side.get("right", 0)
    if area <= 0:
        return xml
    return _TABLE_WIDTH.sub(lambda m: f'<w:tblW w:w="{min(5000, round(5000 * int(m[1] or m[2]) / area))}" '
                            f'w:type="pct"/>', xml)


def chunks_as_docx(data: bytes, work: Path) -> bytes:
    """The .docx (`data`) whose alternative-format chunks of another format are .docx parts (see above); as it is
    where it has none."""
    import io
    import posixpath
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    rels_name = "word/_rels/document.xml.rels"
    if rels_name not in src.namelist():
        return data
    rels = src.read(rels_name).decode("utf-8")
    swap: dict[str, str] = {}  # a chunk's part name -> its .docx part's name
    made: dict[str, bytes] = {}
    staged = work / "chunks"
    staged.mkdir(parents=True, exist_ok=True)
    for rel in _AF_CHUNK_REL.findall(rels):
        target = _REL_TARGET.search(rel)[1]
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        if name not in src.namelist() or name in swap:
            continue
        page = chunk_page(src.read(name))
        if page is None:
            continue
        stem = f"chunk{len(swap) + 1}"
        (staged / f"{stem}.{page[1]}").write_bytes(page[0])
        infilter = "HTML (StarWriter)" if page[1] == "html" else None
        (docx,) = sheet_office([staged / f"{stem}.{page[1]}"], "docx:MS Word 2007 XML", staged, infilter=infilter)
        swap[name] = posixpath.splitext(name)[0] + ".docx"
        made[swap[name]] = _parts_accepted(docx.read_bytes(), lambda n: n == "word/document.xml",
                                           re.compile(rb'<w:tblW\b[^>]*w:type="dxa"'), tables_as_shares)
    if not swap:
        return data

    def retarget(m: re.Match) -> str:
        rel = m[0]
        target = _REL_TARGET.search(rel)[1]
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        if name not in swap:
            return rel
        new = ("/" + swap[name]) if target.startswith("/") else posixpath.relpath(swap[name], "word")
        return rel.replace(f'Target="{target}"', f'Target="{new}"')

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in swap:
                continue
            body = src.read(info.filename)
            if info.filename == rels_name:
                body = _AF_CHUNK_REL.sub(retarget, rels).encode("utf-8")
            elif info.filename == "[Content_Types].xml" and b'Extension="docx"' not in body:
                body = body.replace(b"</Types>", b'<Default Extension="docx" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.document"/></Types>')
            dst.writestr(info, body)
        for name, body in made.items():
            dst.writestr(name, body)
    return out.getvalue()


# A page whose bytes are UTF-8 under another charset's name ("<meta ... charset=windows-1258>": an old portal's template
# kept its meta while its pages came to be saved in UTF-8) is shown right where the server names the bytes' own charset
# in its header, and is so printed by the office; a browser or LibreOffice opening the saved file takes the meta's word
# and prints mojibake ("á»¦Y BAN NHÃ‚N DÃ‚N"), a page no office files. The page is printed as its words read: decoded as
# the pipeline's text reader decodes bytes (formats.text.decode) and its charset declarations made "utf-8".
_CHARSET = re.compile(r"(<meta\b[^>]*?\bcharset\s*=\s*[\"']?)([\w.:-]+)", re.I)


# The sources printed as web pages: a .html, a Word file saved as a web page (.htm), a browser's web archive (.mht,
# .mhtml: a MIME message whose text/html part is the page, quoted-printable or base64; LibreOffice's web export reads
# the message's text as HTML and prints its headers and encoded lines, "Content-Transfer-Encoding: quoted-printable",
# "=C3=9Ay ban"). A web archive is printed as its page, taken from the message as the pipeline's reader takes it, by
# the browser that saved it (headless Chromium).
WEB_ARCHIVE = (".mht", ".mhtml")
WEB_PAGE = (".html", ".htm") + WEB_ARCHIVE


def page_of(data: bytes) -> bytes:
    """A web page's bytes (`data`): a web archive's page (formats.base.web_archive_html), else the bytes as they are."""
    from extractors.formats.base import web_archive_html
    page = web_archive_html(data)
    return data if page is None else page


def as_shown(data: bytes) -> bytes:
    """An HTML page's bytes (`data`) as UTF-8, its charset declarations saying so (see above); a portal's page that
    shows its document in a preview's frame, that document's page (see below)."""
    from extractors.formats.html_layout import framed_documents
    from extractors.formats.text import decode
    return _CHARSET.sub(lambda m: m[1] + "utf-8", framed_documents(decode(data)[0])).encode("utf-8")


# A document portal's page that shows the document in a preview's frame (<iframe srcdoc="...">, the document's page
# escaped into the attribute) is printed as the clerk prints the preview: the framed document's own page, as the
# pipeline's HTML reader takes it (formats.html_layout.framed_documents). Printed as the portal's page, LibreOffice
# dropped the frame (the scan held the portal's list of the document's data, no plan), and a browser prints a frame
# cut at its height on the screen.

def framed(source: Path) -> bool:
    """Whether a web page (`source`, a .html, .htm or web archive) shows its document in a preview's frame (see
    above): printed from the browser that shows the preview (headless Chromium), as its style sheet draws it (the
    framed plan's task table ruled by ".k td { border: 1px solid }", which LibreOffice's web export left unruled)."""
    from extractors.formats.html_layout import framed_documents
    from extractors.formats.text import decode
    if source.suffix not in WEB_PAGE:
        return False
    page = decode(page_of(source.read_bytes()))[0]
    return framed_documents(page) != page


# A portal page laid out by Bootstrap's grid (<div class="row"> of <div class="col-2 border">: a task table of <div>s,
# the header's two columns "col-md-5" / "col-md-7") links the framework's style sheet from its server
# ("/assets/vendor/bootstrap/5.3.2/css/bootstrap.min.css"), which the saved page does not hold; the clerk's browser
# loads it and prints the grid (a row's cells side by side, ruled by ".border"). Printed without it, the table came
# out a cell a line (the scan's "TT" / "Nội dung" / ... / "1" / "Xây dựng ..." down the page). Such a page is printed
# with a stand-in for the framework's rules the layout rests on (BOOTSTRAP_RULES: the grid's row and columns at
# Bootstrap 5's breakpoints, .border in its colour #dee2e6, the text and display utilities), by Chromium (it lays out
# flex boxes: css_laid_out).
_BOOTSTRAP_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?[^\"'>]*bootstrap[^\"'>]*\.css", re.I)
BOOTSTRAP_BREAKPOINTS = (("", 0), ("sm-", 576), ("md-", 768), ("lg-", 992), ("xl-", 1200), ("xxl-", 1400))


def bootstrap_rules() -> str:
    """The stand-in for Bootstrap 5's grid, border, text and display rules (see above)."""
    rules = [".row{display:flex;flex-wrap:wrap;margin-left:-.75rem;margin-right:-.75rem}",
             ".row>*{box-sizing:border-box;flex-shrink:0;width:100%;max-width:100%;padding-left:.75rem;"
             "padding-right:.75rem}",
             ".border{border:1px solid #dee2e6}.border-dark{border-color:#212529}.text-center{text-align:center}"
             ".text-end,.text-right{text-align:right}.fw-bold{font-weight:700}.fst-italic{font-style:italic}"
             ".d-none{display:none}.d-block{display:block}.d-flex{display:flex}"
             "@media print{.d-print-none{display:none}.d-print-block{display:block}}"]
    for infix, width in BOOTSTRAP_BREAKPOINTS:
        body = f".col{'-' + infix.rstrip('-') if infix else ''}{{flex:1 0 0%}}" + "".join(
            f".col-{infix}{n}{{flex:0 0 auto;width:{100 * n / 12:.4f}%}}" for n in range(1, 13)) + (
            f".d-{infix}none{{display:none}}.d-{infix}block{{display:block}}" if infix else "")
        rules.append(f"@media (min-width:{width}px){{{body}}}" if width else body)
    return "".join(rules)


def bootstrap_shown(data: bytes) -> bytes:
    """An HTML page (`data`) that links Bootstrap's style sheet, with the stand-in for its rules (see above) in its
    head; as it is where it links none."""
    if not _BOOTSTRAP_LINK.search(data.decode("utf-8", "replace")):
        return data
    style = f"<style>/* Bootstrap 5 stand-in */{bootstrap_rules()}</style>".encode("utf-8")
    head = re.search(rb"</head\s*>", data, re.I)
    return data[:head.start()] + style + data[head.start():] if head else style + data


# A page laid out by CSS that LibreOffice's web export does not lay out (display: grid, flex, or table / table-row /
# table-cell: a task table made of <div>s in a grid of five tracks, a header's two columns side by side in a flex
# box) printed by LibreOffice came out a cell a line, the grid's rows gone; a browser shows, and prints, the grid.
# Such a page is printed by headless Chromium.
_CSS_LAYOUT = re.compile(rb"\bdisplay\s*:\s*(?:inline-)?(?:grid|flex|table(?:-row|-cell)?)\b", re.I)


def css_laid_out(data: bytes) -> bool:
    """Whether an HTML page (`data`) lays out some of its elements by CSS grid, flex or table displays."""
    return bool(_CSS_LAYOUT.search(data))


# A portal page with a stylesheet for print ("@media print { .site-nav, .article { display: none } #ban-in { display:
# block } }": a print copy kept hidden on screen, the page's own parts hidden on paper) prints as the browser lays it out
# for paper: LibreOffice's web export knows no print media nor "display: none", and prints the screen's page and the
# hidden copy one after the other (the plan twice). Such a page is printed by headless Chromium.
_PRINT_MEDIA = re.compile(rb"@media\s+(?:only\s+)?print\b", re.I)


def print_styled(data: bytes) -> bool:
    """Whether an HTML page (`data`) carries styles for print (an "@media print" rule)."""
    return bool(_PRINT_MEDIA.search(data))


# A Word file with tracked changes (insertions, deletions, a table row deleted or inserted) is printed as the paper an
# office signs and files: its changes accepted (LibreOffice prints them marked: the deletions struck through in grey,
# the insertions underlined, change bars in the margin; "số 0811/NQ-HĐND", "đạt 3334%" on the scan). As Word's
# "Accept All": a deleted run, row or paragraph (its mark deleted, no text left) goes, an inserted one stays unmarked.
_DELETED = re.compile(r"<w:(del|moveFrom)\b[^>]*(?<!/)>.*?</w:\1>", re.S)
_MARK = re.compile(r"<w:(?:ins|del|moveTo|moveFrom)\b[^>]*/>|</?w:(?:ins|moveTo)\b[^>]*>")
_ROW = re.compile(r"<w:tr\b(?:(?!<w:tr\b).)*?</w:tr>", re.S)
_PARAGRAPH = re.compile(r"<w:p\b(?:(?!<w:p\b).)*?</w:p>", re.S)
_MARK_DELETED = re.compile(r"<w:pPr>(?:(?!</w:pPr>).)*<w:rPr>(?:(?!</w:rPr>).)*<w:del\b", re.S)
_ROW_DELETED = re.compile(r"<w:trPr>(?:(?!</w:trPr>).)*<w:del\b", re.S)


def accept_changes(xml: str) -> str:
    """A WordprocessingML part with its tracked changes accepted (see above)."""
    xml = _ROW.sub(lambda m: "" if _ROW_DELETED.search(m[0]) else m[0], xml)
    xml = _DELETED.sub("", xml)
    xml = _PARAGRAPH.sub(lambda m: "" if _MARK_DELETED.search(m[0]) and "<w:t" not in m[0] else m[0], xml)
    return _MARK.sub("", xml)


def changes_accepted(data: bytes) -> bytes:
    """The .docx (`data`) with every part's tracked changes accepted; as it is where it has none."""
    return _parts_accepted(data, lambda n: n.startswith("word/") and n.endswith(".xml"),
                           re.compile(rb"<w:(?:ins|del|moveFrom|moveTo)\b"), accept_changes)


# An OpenDocument text with tracked changes (LibreOffice's "Record changes": a deleted date kept in the body's
# <text:tracked-changes> region, <text:change/> where it stood, an insertion between <text:change-start/> and
# <text:change-end/>) is printed as filed: its changes accepted. LibreOffice prints it marked (the old date struck
# through before the new one, a change bar in the margin: "Phúc Lâm, ngày 02 tháng 4 năm 2027ngày 09 tháng 4 năm 2027"
# on the scan, the date read as garbage). The deleted text goes with the region; the marks go, the inserted text stays.
_ODF_CHANGES = re.compile(r"<text:tracked-changes\b(?:[^>]*/>|.*?</text:tracked-changes>)", re.S)
_ODF_MARK = re.compile(r"<text:change(?:-start|-end)?\b[^>]*/>")


def odf_accept_changes(xml: str) -> str:
    """An OpenDocument XML part with its tracked changes accepted (see above)."""
    return _ODF_MARK.sub("", _ODF_CHANGES.sub("", xml))


def odf_changes_accepted(data: bytes) -> bytes:
    """The .odt (`data`) with its tracked changes accepted (its content and styles); as it is where it has none."""
    return _parts_accepted(data, lambda n: n in ("content.xml", "styles.xml"),
                           re.compile(rb"<text:(?:tracked-changes|change)\b"), odf_accept_changes)


# An OpenDocument text frame (draw:frame around a draw:text-box: a header set in two frames, round G67) whose graphic
# style names no parent style and no fill is printed as Writer prints its text frames: unfilled. Writer saves its frames
# under the "Frame" style (no fill); a style with neither takes LibreOffice's default for drawing shapes, a blue fill
# (#729fcf) and a blue outline, and the frames printed as blue boxes (the archive's gray scan read "-XÃ HÒA PHÚ THƯỢN",
# the date's year "MÌIMMM/"). Writer draws a frame's border from fo:border, never a shape's stroke. A style that sets
# its own fill or names a parent keeps it.
_GRAPHIC_STYLE = re.compile(r'<style:style\b(?=[^>]*style:family="graphic")(?![^>]*style:parent-style-name)[^>]*>'
                            r'\s*<style:graphic-properties\b(?![^>]*draw:(?:fill|stroke)=)(?![^>]*fo:background-color)')
_UNFILLED = ' draw:fill="none" draw:stroke="none"'


def frames_unfilled(data: bytes) -> bytes:
    """The .odt (`data`) with each graphic style that names no parent and no fill set unfilled (see above); as it is
    where none is so."""
    return _parts_accepted(data, lambda n: n in ("content.xml", "styles.xml"),
                           re.compile(rb'style:family="graphic"'),
                           lambda xml: _GRAPHIC_STYLE.sub(lambda m: m[0] + _UNFILLED, xml))


def _parts_accepted(data: bytes, part, marked: re.Pattern, accept) -> bytes:
    """The zipped document (`data`) with `accept` applied to each part its name passes `part` with; as it is where no
    such part holds `marked`."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in src.namelist() if part(n)]
    if not any(marked.search(src.read(n)) for n in names):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in names:
                body = accept(body.decode("utf-8")).encode("utf-8")
            dst.writestr(info, body)
    return out.getvalue()


# A Word file's cross-reference whose bookmark the file does not hold (a REF field "REF _Ref183540921 \r \h" whose
# result "III" was kept, its bookmark lost when the heading was pasted from another plan) prints in Word as its kept
# result: Word does not update fields to print them ("Update fields before printing" is off as Word comes).
# LibreOffice updates it on opening and printed "Mục Error: Reference source not found của Kế hoạch", a line no
# office files. Such a field is printed as its result: its code's runs and marks go, its result's runs stay.
_RUN = re.compile(r"<w:r\b(?:(?!<w:r\b).)*?</w:r>|<w:r\b[^>]*/>", re.S)
_FLD_CHAR = re.compile(r'<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"')
_INSTR = re.compile(r"<w:instrText\b[^>]*>([^<]*)</w:instrText>")
_CROSS_REF = re.compile(r"\s*(?:REF|PAGEREF|NOTEREF)\s+\"?([^\s\"\\]+)")
_FLD_SIMPLE = re.compile(r'<w:fldSimple\b[^>]*w:instr="([^"]*)"[^>]*>(.*?)</w:fldSimple>', re.S)
_BOOKMARK = re.compile(r'<w:bookmarkStart\b[^>]*w:name="([^"]+)"')


def cross_references_kept(xml: str, bookmarks: set[str] | None = None) -> str:
    """A WordprocessingML part (`xml`) whose cross-reference fields to a bookmark not among `bookmarks` (else the
    part's own) are their kept results (see above)."""
    if bookmarks is None:
        bookmarks = set(_BOOKMARK.findall(xml))

    def dangling(instruction: str) -> bool:
        m = _CROSS_REF.match(instruction)
        return bool(m) and m[1] not in bookmarks

    xml = _FLD_SIMPLE.sub(lambda m: m[2] if dangling(m[1]) else m[0], xml)
    runs = list(_RUN.finditer(xml))
    drop: list[tuple[int, int]] = []
    n = 0
    while n < len(runs):
        kinds = _FLD_CHAR.findall(runs[n][0])
        if kinds[:1] != ["begin"] or len(kinds) > 1:
            n += 1
            continue
        # the field's code up to its "separate", its result up to the "end" of the same depth
        depth, code, separate, end, k = 1, [], None, None, n + 1
        while k < len(runs) and end is None:
            for kind in _FLD_CHAR.findall(runs[k][0]):
                depth += {"begin": 1, "end": -1}.get(kind, 0)
                if kind == "separate" and depth == 1 and separate is None:
                    separate = k
                if depth == 0:
                    end = k
            if separate is None and depth == 1:
                code += _INSTR.findall(runs[k][0])
            k += 1
        if end is not None and separate is not None and dangling("".join(code)):
            drop += [(runs[i].start(), runs[i].end()) for i in list(range(n, separate + 1)) + [end]]
        n = k if end is not None else n + 1
    for start, stop in reversed(drop):
        xml = xml[:start] + xml[stop:]
    return xml


def cross_references_printed(data: bytes) -> bytes:
    """The .docx (`data`) with its dangling cross-references printed as their kept results (see above); as it is
    where it has none."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in src.namelist() if n.startswith("word/") and n.endswith(".xml")]
    bookmarks = {b for n in names for b in _BOOKMARK.findall(src.read(n).decode("utf-8", "replace"))}
    return _parts_accepted(data, lambda n: n in names, re.compile(rb"\b(?:REF|PAGEREF|NOTEREF)\s"),
                           lambda xml: cross_references_kept(xml, bookmarks))


PAST_EDGE_PT = 2.0


def runs_past_edge(data: bytes) -> bool:
    """Some character of the PDF's text lies past its page's right or left edge (by PAST_EDGE_PT or more: a layout
    table wider than the page, centred, is cut at both)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    try:
        for page in doc:
            width = page.get_size()[0]
            text = page.get_textpage()
            boxes = (text.get_charbox(i) for i in range(text.count_chars()))
            if any(box[0] < -PAST_EDGE_PT or box[2] > width + PAST_EDGE_PT for box in boxes):
                return True
        return False
    finally:
        doc.close()


# A spreadsheet (.ods, .xls, .xlsx: a cost estimate, a task annex) is printed as an office prints its annex: its
# columns fitted to the paper's width (a page wide, as many pages tall as its rows need), on an A4 turned landscape
# where its columns are wider than a portrait page takes, and in a Vietnamese office's locale (amounts as Calc shows
# them there: "425,5", not "425.5"). Printed by LibreOffice's defaults, a sheet wider than the page was cut across
# pages (a task annex's "Cơ quan phối hợp" and "Thời gian thực hiện" columns, an estimate's "Xã hội hóa" and "Ghi
# chú", on a second page of their own, apart from their rows' tasks). The sheet's page style keeps its header and
# footer (Calc's sheet name and "Page 1", as the file's page style or Calc's default one holds them). A sheet whose
# cells draw no border of their own is printed with its grid (Page Setup's "Gridlines", as a clerk prints an annex
# whose table the author left unruled); printed bare, its table came out as columns of loose words with no rule
# (the OCR path then read every task's words as one cell or none: lead 575fdac4 0/3/33 on a 300 dpi scan, left in
# ARCHIVE_SCANS.md's Round IMG41). A sheet with borders prints as its borders draw it.
SHEET = (".ods", ".xls", ".xlsx")
SHEET_LOCALE = "vi-VN"
A4_CM = (21.0, 29.7)
SHEET_MARGIN_CM = 2.0
_UNIT_CM = {"cm": 1.0, "mm": 0.1, "in": 2.54, "pt": 2.54 / 72, "pc": 2.54 / 6}
_LENGTH = re.compile(r"([\d.]+)(cm|mm|in|pt|pc)")
_PAGE_PROPS = re.compile(r"<style:page-layout-properties\b([^>]*?)(/?)>")
_BORDER = re.compile(r'\bfo:border(?:-top|-bottom|-left|-right)?="(?!none")[^"]+"')
SHEET_GRID = "charts drawings grid objects zero-values"
_SIZE_ATTRS = re.compile(r'\s(?:fo:page-width|fo:page-height|style:print-orientation|style:scale-to(?:-X|-Y|-pages)?'
                         r'|loext:scale-to-(?:X|Y)|fo:margin-(?:left|right)|style:print)="[^"]*"')


def _cm(length: str) -> float:
    m = _LENGTH.fullmatch(length.strip())
    return float(m[1]) * _UNIT_CM[m[2]] if m else 0.0


def used_width_cm(content: str) -> float:
    """The width (cm) of a spreadsheet's columns up to the last one holding text on any of its sheets (`content`:
    an .ods's content.xml)."""
    import xml.etree.ElementTree as ET
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    t, s = "{%s}" % ns["table"], "{%s}" % ns["style"]
    root = ET.fromstring(content)
    widths = {}
    for style in root.iter(s + "style"):
        props = style.find("style:table-column-properties", ns)
        if props is not None and props.get(s + "column-width"):
            widths[style.get(s + "name")] = _cm(props.get(s + "column-width"))
    widest = 0.0
    for sheet in root.iter(t + "table"):
        columns = []
        for col in sheet.iter(t + "table-column"):
            columns += [widths.get(col.get(t + "style-name"), 2.26)] * int(col.get(t + "number-columns-repeated", 1))
        last = 0
        for row in sheet.iter(t + "table-row"):
            n = 0
            for cell in row:
                if cell.tag not in (t + "table-cell", t + "covered-table-cell"):
                    continue
                span = int(cell.get(t + "number-columns-repeated", 1))
                if cell.find("text:p", ns) is not None and "".join(cell.itertext()).strip():
                    last = max(last, min(n + span, 1024))
                n += span
        widest = max(widest, sum(columns[:last]) + 2.26 * max(0, last - len(columns)))
    return widest


def has_borders(content: str) -> bool:
    """Whether some cell style of a spreadsheet's content.xml (`content`: the cells' own styles; Calc's named styles,
    "Note" among them, draw borders the cells need not use) draws a border."""
    return bool(_BORDER.search(content))


def fit_to_width(styles: str, landscape: bool, grid: bool = False) -> str:
    """An .ods's styles.xml (`styles`) whose page layouts print the sheet a page wide on an A4 sheet (turned
    landscape if `landscape`), its margins SHEET_MARGIN_CM, its grid printed if `grid` (see above)."""
    short, long_ = A4_CM
    width, height = (long_, short) if landscape else (short, long_)
    size = (f' fo:page-width="{width}cm" fo:page-height="{height}cm" style:print-orientation='
            f'"{"landscape" if landscape else "portrait"}" fo:margin-left="{SHEET_MARGIN_CM}cm" '
            f'fo:margin-right="{SHEET_MARGIN_CM}cm" style:scale-to-X="1" style:scale-to-Y="0"'
            + (f' style:print="{SHEET_GRID}"' if grid else ""))
    return _PAGE_PROPS.sub(lambda m: f"<style:page-layout-properties{_SIZE_ATTRS.sub('', m[1])}{size}{m[2]}>", styles)


# A text cell whose right-hand neighbour holds text shows on paper only what its column's width takes (Calc clips it
# there: "Nâng cấp mạng nội bộ tại Trung tâm Hành" for a task's whole line, "Ngân sách hu" for "Ngân sách huyện");
# an annex is filed with its cells' text whole, wrapped in its column as a clerk sets it before printing. Such a
# cell is printed wrapped (its style's copy with fo:wrap-option="wrap"; its row's height then grows to hold it); a
# cell whose neighbour is empty runs on over it as Calc shows it. A merged cell (a plan typed in one sheet: each
# paragraph of its body one row merged across the columns) is clipped at its merged area's right edge whatever its
# neighbours hold ("Căn cứ Kế hoạch số 52/KH-UBND ... về bảo vệ môi trường trên địa bàn" and its "huyện năm 2027;" not
# printed, a deadline's "năm 2027" lost): it is printed wrapped too (round IMG43; a text that fits its area prints as
# it did).
_ODF = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return "{%s}%s" % (_ODF[prefix], local)


def clipped_cells_wrapped(content: str) -> str:
    """An .ods's content.xml (`content`) whose text cells clipped by a neighbour holding text, and merged text cells,
    are wrapped (see above); as it is where none is."""
    import copy
    import io
    import xml.etree.ElementTree as ET
    for prefix, uri in re.findall(r'xmlns:([\w-]+)="([^"]+)"', content):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(content)
    styles = root.find("office:automatic-styles", _ODF)
    auto = {s.get(_q("style:name")): s for s in styles.findall("style:style", _ODF)} if styles is not None else {}
    made: dict[str, str] = {}

    def has_text(cell) -> bool:
        return cell.find("text:p", _ODF) is not None and bool("".join(cell.itertext()).strip())

    def wrapped_style(name: str) -> str:
        if name not in made:
            if name in auto:
                style = copy.deepcopy(auto[name])
            else:
                style = ET.Element(_q("style:style"), {_q("style:family"): "table-cell",
                                                       _q("style:parent-style-name"): name})
            style.set(_q("style:name"), f"{name}-wrap")
            props = style.find("style:table-cell-properties", _ODF)
            if props is None:
                props = ET.Element(_q("style:table-cell-properties"))
                style.insert(0, props)
            props.set(_q("fo:wrap-option"), "wrap")
            styles.append(style)
            made[name] = style.get(_q("style:name"))
        return made[name]

    for sheet in root.iter(_q("table:table")):
        defaults = []
        for col in sheet.iter(_q("table:table-column")):
            defaults += [col.get(_q("table:default-cell-style-name"), "Default")] * int(
                col.get(_q("table:number-columns-repeated"), 1))
        for row in sheet.iter(_q("table:table-row")):
            cells = [c for c in row if c.tag in (_q("table:table-cell"), _q("table:covered-table-cell"))]
            for n, (cell, right) in enumerate(zip(cells, cells[1:])):
                if (cell.tag != _q("table:table-cell") or int(cell.get(_q("table:number-columns-repeated"), 1)) > 1
                        or cell.get(_q("office:value-type"), "string") != "string" or not has_text(cell)
                        or not (has_text(right) or int(cell.get(_q("table:number-columns-spanned"), 1)) > 1)
                        or styles is None):
                    continue
                column = sum(int(c.get(_q("table:number-columns-repeated"), 1)) for c in cells[:n])
                name = cell.get(_q("table:style-name")) or (defaults[column] if column < len(defaults) else "Default")
                cell.set(_q("table:style-name"), wrapped_style(name))
    if not made:
        return content
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
    return out.getvalue().decode("utf-8")


def sheet_office(files: list[Path], target: str, out_dir: Path, infilter: str | None = None) -> list[Path]:
    """LibreOffice's conversion of `files` to `target` (as renditions.libreoffice) in a profile whose locale is
    SHEET_LOCALE; opened by the import filter `infilter` where given."""
    import os
    import subprocess
    import tempfile
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="img-lo-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
            f'<value>{SHEET_LOCALE}</value></prop></item>\n</oor:items>\n', encoding="utf-8")
        cmd = [shutil.which("soffice") or "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--norestore", "--nolockcheck", *([f"--infilter={infilter}"] if infilter else []),
               "--convert-to", target, "--outdir", str(out_dir), *map(str, files)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600,
                              env={**os.environ, "TMPDIR": profile, "HOME": profile})
    made = [out_dir / f"{f.stem}.{target.split(':')[0]}" for f in files]
    if any(not p.is_file() for p in made):
        raise RuntimeError(f"LibreOffice did not convert {files} (exit {done.returncode}): {done.stderr.strip()}")
    return made


# A workbook saved by Excel (.xlsx) shows, and prints, its formulas' saved results: Excel does not recalculate a file
# on opening. LibreOffice recalculates a workbook that no Excel saved (an office system's or a script's export, no
# docProps/app.xml naming Excel) and printed "Err:510" for every total of an estimate whose cached values read 18, 64,
# 186 (a formula "D7+E7" over a cell holding "-"). A cell with a formula and a saved value is printed as its value.
_XLSX_FORMULA = re.compile(r"<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>")
_XLSX_CELL = re.compile(r"<c\b[^>]*>(?:(?!</c>).)*</c>", re.S)


def formulas_as_values(xml: str) -> str:
    """An .xlsx worksheet part (`xml`) whose cells holding a formula and its saved value (<v>) hold the value only."""
    return _XLSX_CELL.sub(lambda m: _XLSX_FORMULA.sub("", m[0]) if "<v>" in m[0] or "<v " in m[0] else m[0], xml)


def saved_values(data: bytes) -> bytes:
    """The .xlsx (`data`) with its formulas printed as their saved values (see above); as it is where it has none."""
    return _parts_accepted(data, lambda n: n.startswith("xl/worksheets/") and n.endswith(".xml"),
                           re.compile(rb"<f[\s>/]"), formulas_as_values)


def sheet_pdf(source: Path, work: Path) -> Path:
    """The spreadsheet `source` printed as an office prints its annex (see above)."""
    import io
    import zipfile
    if source.suffix == ".xlsx":
        staged = work / "sheet-in" / source.name
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(saved_values(source.read_bytes()))
        source = staged
    (ods,) = sheet_office([source], "ods", work / "sheet-ods")
    src = zipfile.ZipFile(io.BytesIO(ods.read_bytes()))
    content = src.read("content.xml").decode("utf-8")
    landscape = used_width_cm(content) > A4_CM[0] - 2 * SHEET_MARGIN_CM
    grid = not has_borders(content)
    fitted = work / "sheet-fit" / f"{source.stem}.ods"
    fitted.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(fitted, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "styles.xml":
                body = fit_to_width(body.decode("utf-8"), landscape, grid).encode("utf-8")
            elif info.filename == "content.xml":
                body = clipped_cells_wrapped(body.decode("utf-8")).encode("utf-8")
            dst.writestr(info, body, zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    (pdf,) = sheet_office([fitted], "pdf", work / "pdf")
    pdf.write_bytes(r._fixed_pdf(pdf.read_bytes()))
    return pdf


# the sources the tool prints (a message, .eml, since round IMG42)
SOURCES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt", ".md", ".eml") + WEB_PAGE + SHEET


def generate(out: Path, prefixes: list[str], kinds: tuple[str, ...]) -> int:
    """The scans (`kinds`) of each source whose name starts with one of `prefixes`; the number of sources."""
    work = out / "_work"
    sources = [s for s in sorted(r.RAW.iterdir())
               if s.is_file() and s.suffix in SOURCES
               and any(s.name.startswith(p) for p in prefixes)]
    for s in sources:
        pdf = pdf_of(s, work).read_bytes()
        tag = s.suffix.replace(".", "-")
        if r.SCAN300 in kinds:
            r._write(out, r.SCAN300, f"{s.stem}{tag}.scan300.pdf", image_only_pdf(pdf, 300), s.name)
        if ARCHIVE in kinds:
            r._write(out, ARCHIVE, f"{s.stem}{tag}.archive.pdf", archive_scan(pdf, 300, s.name), s.name)
        if LOW in kinds:
            r._write(out, LOW, f"{s.stem}{tag}.low.pdf", low_scan(pdf), s.name)
        if PHOTO in kinds:
            r._write(out, PHOTO, f"{s.stem}{tag}.photo.pdf", photo_scan(pdf, s.name), s.name)
        if APP in kinds:
            r._write(out, APP, f"{s.stem}{tag}.app.pdf", phone_app_scan(pdf, s.name), s.name)
    shutil.rmtree(work, ignore_errors=True)
    return len(sources)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", required=True, help="comma-separated file-name prefixes of tests/invented/raw")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="score what is in OUT already")
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if not args.reuse:
        print(f"{generate(args.out, args.docs.split(','), kinds)} documents", flush=True)
    if args.score:
        r.print_scores(args.out, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
