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
    tests.invented.renditions makes it), or a web archive's page printed by Chromium."""
    if source.suffix == ".pdf":
        return source
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
        staged.write_bytes(changes_accepted(source.read_bytes()))
    elif source.suffix == ".odt":
        staged.write_bytes(odf_changes_accepted(source.read_bytes()))
    elif staged.suffix == ".html":
        staged.write_bytes(as_shown(page_of(source.read_bytes())))
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


def generate(out: Path, prefixes: list[str], kinds: tuple[str, ...]) -> int:
    """The scans (`kinds`) of each source whose name starts with one of `prefixes`; the number of sources."""
    work = out / "_work"
    sources = [s for s in sorted(r.RAW.iterdir())
               if s.is_file() and s.suffix in (".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt", ".md") + WEB_PAGE
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
