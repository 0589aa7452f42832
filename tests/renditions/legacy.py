"""Invented documents as old archives keep them (round L7): typed in the legacy TCVN3 (ABC:
".VnTime", ".VnTimeH" for capitals) or VNI ("VNI-Times") fonts, in every container, and
scanned pages pasted into Word, each with its document's gold, extracted and scored:

    .venv/bin/python -m tests.renditions.legacy OUT [--kinds tcvn3-docx,...] [--docs g3_,..] [--score]

Every kind is written here from the document's blocks (tests.renditions.converters.blocks_of:
its paragraphs and tables); the legacy codes are viparse's tables inverted. Seeded: the same
bytes on every run (LibreOffice's kinds: the same text).

Kinds:

  unicode-docx   the reference: the same Word file in Unicode (Times New Roman).
  tcvn3-docx     every run in ".VnTime" with TCVN3 codes; a line in capitals in ".VnTimeH", the
                 capitals font, typed as its small letters' codes ("céng hßa x· héi").
  vni-docx       every run in "VNI-Times" with VNI codes (a letter and its mark as two bytes).
  tcvn3-doc      the tcvn3-docx saved by LibreOffice as Word 97 (.doc).
  tcvn3-rtf      the tcvn3-docx saved by LibreOffice as RTF.
  tcvn3-html     a page in windows-1252, its body in <font face=".VnTime">, capitals lines in
                 <font face=".VnTimeH"> typed as small letters' codes.
  tcvn3-txt      the text saved in cp1252 (no font: a capital toned letter, which TCVN3 has no
                 code for, as its small letter's code: "CéNG HßA").
  tcvn3-pdf      LibreOffice's PDF of the tcvn3-docx, with fonts named ".VnTime" and ".VnTimeH"
                 installed for it (DejaVu Serif renamed): the text layer holds the codes.
  mixed-docx     a Unicode header (the first table and the lines above the body) over a body in
                 ".VnTime" (a template's header pasted over an old text).
  mixed-txt      the same as a UTF-8 text scrape: the header in Unicode, the body in TCVN3 codes.
  mixed-table-txt a Unicode text whose tables (all but a one-row header) are in TCVN3 codes (an old
                 table pasted into a new text, its font lost by the scrape).
  marks-txt      a Unicode text with "©", "®", "µ" in it (an English abstract and a table of codes
                 after the signature): must not be converted.
  scan-docx      a Word file whose body is one picture a page (the LibreOffice PDF rasterized at 200
                 dpi, grayscale): a scanned document pasted into Word.
  scan-docx-head the same with the national header typed (in Unicode) above the pictures.

Sources (DOCS; --docs overrides, by file-name prefix); the scan kinds take SCAN_DOCS only (OCR is
slow).
"""

from __future__ import annotations

import functools
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from tests.invented import renditions as r
from tests.renditions.converters import MERGED, SPANNED, Para, Table, _merge_down, _paragraphs, blocks_of, cli

UNICODE_DOCX, TCVN3_DOCX, VNI_DOCX, TCVN3_DOC, TCVN3_RTF = "unicode-docx", "tcvn3-docx", "vni-docx", "tcvn3-doc", "tcvn3-rtf"
TCVN3_HTML, TCVN3_TXT, TCVN3_PDF = "tcvn3-html", "tcvn3-txt", "tcvn3-pdf"
MIXED_DOCX, MIXED_TXT, MARKS_TXT, TABLE_TXT = "mixed-docx", "mixed-txt", "marks-txt", "mixed-table-txt"
SCAN_DOCX, SCAN_DOCX_HEAD = "scan-docx", "scan-docx-head"
KINDS = (UNICODE_DOCX, TCVN3_DOCX, VNI_DOCX, TCVN3_DOC, TCVN3_RTF, TCVN3_HTML, TCVN3_TXT, TCVN3_PDF, MIXED_DOCX,
         MIXED_TXT, TABLE_TXT, MARKS_TXT, SCAN_DOCX, SCAN_DOCX_HEAD)
SCANS = (SCAN_DOCX, SCAN_DOCX_HEAD)
SUFFIX = {UNICODE_DOCX: ".uni.docx", TCVN3_DOCX: ".tcvn3.docx", VNI_DOCX: ".vni.docx", TCVN3_DOC: ".tcvn3.doc",
          TCVN3_RTF: ".tcvn3.rtf", TCVN3_HTML: ".tcvn3.html", TCVN3_TXT: ".tcvn3.txt", TCVN3_PDF: ".tcvn3.pdf",
          MIXED_DOCX: ".mixed.docx", MIXED_TXT: ".mixed.txt", TABLE_TXT: ".table.txt", MARKS_TXT: ".marks.txt", SCAN_DOCX: ".scan.docx",
          SCAN_DOCX_HEAD: ".scanhead.docx"}

DOCS = ("e3_tinh-donghai", "f3_huyen-phuocson", "g3_tinh-baoninh", "g4_tinh-bacvan", "g4_tinh-thaiha",
        "g5_tinh-tragiang", "g5_tinhuy-hoavan", "e3_tinh-longthuy", "f3_tinh-tayhai", "g4_xa-phuocloc",
        "g5_ttyt-songmay", "g6_huyen-tanque")
SCAN_DOCS = ("e3_tinh-donghai", "g4_xa-phuocloc")
FORMATS = (".docx", ".md", ".txt", ".html")
SCAN_DPI = 200
TCVN3_FONT, TCVN3_CAPS_FONT, VNI_FONT, UNICODE_FONT = ".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman"
# what a Unicode text with a few Latin-1 signs adds after its signature (must stay Unicode)
MARKS_TAIL = ("", "Abstract: This plan sets targets for 2026; © Provincial People's Committee. All rights reserved®.",
              "Mã\tĐơn vị\tGhi chú", "A-01\tµg/l\tchỉ tiêu nước ©", "B-02\tµS/cm\tđộ dẫn ®")


# -- legacy codes ----------------------------------------------------------------------------------

@functools.cache
def _inverse(encoding: str) -> dict[str, str]:
    """A Unicode letter (NFC) -> its code in `encoding` (viparse's table inverted)."""
    from viparse.normalize.encodings import CHARMAPS
    table: dict[str, str] = {}
    for code, letter in CHARMAPS[encoding].pairs:
        table.setdefault(unicodedata.normalize("NFC", letter), code)
    return table


_TONES = "\u0300\u0301\u0309\u0303\u0323"
# a syllable ending "oa", "oe", "uy" toned on its first vowel (the new placement: "hòa", "Thủy"); a word
# segmenter's "_" between syllables ends one too ("Ủy_ban")
_NEW_TONE = re.compile(f"(?:([oO])([{_TONES}])([aAeE])|([uU])([{_TONES}])([yY]))(?![^\\W_])")


def old_tones(text: str) -> str:
    """The old tone placement typists of the TCVN3 years used: "hòa" -> "hoà", "Ủy" -> "Uỷ"."""
    def moved(m: re.Match) -> str:
        first, tone, second = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        return first + second + tone
    return unicodedata.normalize("NFC", _NEW_TONE.sub(moved, unicodedata.normalize("NFD", text)))


def encode(text: str, encoding: str) -> str:
    """`text` in a legacy font's codes (with the old tone placement): a letter the table has as
    its code; a capital TCVN3 has no code for (the toned capitals) as its small letter's code,
    as typists of .VnTime did."""
    table = _inverse(encoding)
    out = []
    for ch in old_tones(text):
        if ch in table:
            out.append(table[ch])
        elif ch.lower() in table and ch != ch.lower():
            out.append(table[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def _capitals(text: str) -> bool:
    """A line in capitals (set in a capitals font): letters, none small."""
    return any(ch.isalpha() for ch in text) and text == text.upper()


def tcvn3_pieces(text: str) -> list[tuple[str, str]]:
    """A line typed in .VnTime as (codes, font) pieces: a capital letter TCVN3 has no code for
    (a toned capital: "Ấ" of "Ấp", "Ổ" of "Ổn định") in .VnTimeH, the rest in .VnTime."""
    table = _inverse("tcvn3")
    pieces: list[tuple[str, str]] = []
    for ch in old_tones(text):
        capital = ch not in table and ch != ch.lower() and ch.lower() in table
        font = TCVN3_CAPS_FONT if capital else TCVN3_FONT
        code = table[ch.lower()] if capital else table.get(ch, ch)
        if pieces and pieces[-1][1] == font:
            pieces[-1] = (pieces[-1][0] + code, font)
        else:
            pieces.append((code, font))
    return pieces


def encode_capitals_font(text: str) -> str:
    """A line set in .VnTimeH: typed as small letters, which the font draws as capitals."""
    return encode(text.lower(), "tcvn3")


# -- Word files ------------------------------------------------------------------------------------

def _run(paragraph, text: str, bold: bool, font: str) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.font.name = font


def _typed(paragraph, text: str, bold: bool, mode: str) -> None:
    """A run of `text` as `mode` types it: "unicode", "tcvn3" (capitals in .VnTimeH), "vni"."""
    if mode == "tcvn3":
        if _capitals(text):
            _run(paragraph, encode_capitals_font(text), bold, TCVN3_CAPS_FONT)
        else:
            for code, font in tcvn3_pieces(text):
                _run(paragraph, code, bold, font)
    elif mode == "vni":
        _run(paragraph, encode(text, "vni"), bold, VNI_FONT)
    else:
        _run(paragraph, text, bold, UNICODE_FONT)


def _header_count(blocks: list) -> int:
    """The blocks of the document's header: those up to and including the first table when it
    comes within the first blocks (the national header), else the first two."""
    for i, b in enumerate(blocks[:4]):
        if isinstance(b, Table):
            return i + 1
    return 2


def word_file(blocks: list, mode: str, unicode_head: int = 0) -> bytes:
    """The blocks as a Word file typed in `mode`; the first `unicode_head` blocks in Unicode."""
    doc = r._new_docx()
    for i, b in enumerate(_paragraphs(blocks)):
        typing = "unicode" if i < unicode_head else mode
        if isinstance(b, Table):
            table = doc.add_table(rows=len(b.rows), cols=max(len(x) for x in b.rows))
            for ri, row in enumerate(b.rows):
                for ci, cell in enumerate(row):
                    if cell is MERGED:
                        continue
                    target = table.cell(ri, ci)
                    _typed(target.paragraphs[0], cell[0], False, typing)
                    for line in cell[1:]:
                        _typed(target.add_paragraph(), line, False, typing)
            _merge_down(table, b)
            continue
        p = doc.add_paragraph()
        if b.align in ("center", "right", "justify"):
            p.alignment = {"center": 1, "right": 2, "justify": 3}[b.align]
        _typed(p, b.text, b.bold, typing)
    if doc.element.body[-2].tag.endswith("}tbl"):
        # Word ends a body with a paragraph, never a table (a signature table last): LibreOffice saves a body
        # that ends in a table as a Word 97 file with the table's cells run together in one paragraph
        doc.add_paragraph()
    return r._saved(doc)


# -- text files and pages --------------------------------------------------------------------------

def text_lines(blocks: list) -> list[str]:
    """The blocks as a text file's lines: a paragraph a line; a table's row a line, its cells
    between tabs (a cell's paragraphs joined by a space); a one-row header table line by line."""
    lines: list[str] = []
    for b in _paragraphs(blocks):
        if isinstance(b, Para):
            lines.append(b.text)
            continue
        if len(b.rows) == 1 and len(b.rows[0]) == 2:
            left, right = b.rows[0]
            lines.extend(f"{left[k] if k < len(left) else ''}\t{right[k] if k < len(right) else ''}"
                         for k in range(max(len(left), len(right))))
        else:
            # (a cell merged across columns once, as Word's plain text writes it)
            lines.extend("\t".join(" ".join(c) for c in row if c is not SPANNED) for row in b.rows)
        lines.append("")
    return lines


def _head_lines(blocks: list) -> int:
    return len(text_lines(_paragraphs(blocks)[:_header_count(_paragraphs(blocks))]))


def tcvn3_txt(blocks: list) -> bytes:
    text = "\r\n".join(encode(x, "tcvn3") for x in text_lines(blocks)) + "\r\n"
    return text.encode("cp1252", errors="replace")


def mixed_txt(blocks: list) -> bytes:
    lines = text_lines(blocks)
    head = _head_lines(blocks)
    return ("\n".join(lines[:head] + [encode(x, "tcvn3") for x in lines[head:]]) + "\n").encode("utf-8")


def mixed_table_txt(blocks: list) -> bytes:
    lines: list[str] = []
    for b in _paragraphs(blocks):
        one = text_lines([b])
        old = isinstance(b, Table) and not (len(b.rows) == 1 and len(b.rows[0]) == 2)
        lines += [encode(x, "tcvn3") for x in one] if old else one
    return ("\n".join(lines) + "\n").encode("utf-8")


def marks_txt(blocks: list) -> bytes:
    return ("\n".join(text_lines(blocks) + list(MARKS_TAIL)) + "\n").encode("utf-8")


def _font(text: str) -> str:
    if _capitals(text):
        return f'<font face="{TCVN3_CAPS_FONT}">{html.escape(encode_capitals_font(text))}</font>'
    return "".join(html.escape(code) if font == TCVN3_FONT else f'<font face="{font}">{html.escape(code)}</font>'
                   for code, font in tcvn3_pieces(text))


def tcvn3_html(blocks: list, title: str) -> bytes:
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
           f"<title>{html.escape(title)}</title></head>", f'<body><font face="{TCVN3_FONT}" size="3">']
    for b in _paragraphs(blocks):
        if isinstance(b, Para):
            align = f' align="{b.align}"' if b.align in ("center", "right", "justify") else ""
            text = _font(b.text)
            out.append(f"<p{align}>{'<b>' + text + '</b>' if b.bold else text}</p>")
            continue
        out.append('<table border="1" cellspacing="0">')
        for ri, row in enumerate(b.rows):
            cells = []
            for ci, cell in enumerate(row):
                if cell is MERGED or cell is SPANNED:
                    continue
                span, cols = b.row_span(ri, ci), b.col_span(ri, ci)
                attr = (f' colspan="{cols}"' if cols > 1 else "") + (f' rowspan="{span}"' if span > 1 else "")
                cells.append(f"<td{attr}>{'<br>'.join(_font(x) for x in cell)}</td>")
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</table>")
    out.append("</font></body></html>")
    return "\r\n".join(out).encode("cp1252", errors="xmlcharrefreplace")


# -- LibreOffice, with legacy-named fonts ----------------------------------------------------------

def _legacy_named_fonts(folder: Path) -> None:
    """DejaVu Serif under the names ".VnTime" and ".VnTimeH" (its glyphs: the text layer, not the
    drawing, is what is measured) in `folder`, for LibreOffice to embed by those names."""
    from fontTools.ttLib import TTFont

    folder.mkdir(parents=True, exist_ok=True)
    for family in (TCVN3_FONT, TCVN3_CAPS_FONT, VNI_FONT):
        for style, source in (("Regular", "DejaVuSerif.ttf"), ("Bold", "DejaVuSerif-Bold.ttf")):
            font = TTFont(f"/usr/share/fonts/truetype/dejavu/{source}")
            # (a PostScript name may not begin with a dot: fontconfig refuses the font then)
            postscript = f"{family.lstrip('.')}-{style}".replace(" ", "")
            for rec in font["name"].names:
                if rec.nameID in (1, 16):
                    rec.string = family
                elif rec.nameID in (2, 17):
                    rec.string = style
                elif rec.nameID == 4:
                    rec.string = f"{family} {style}" if style != "Regular" else family
                elif rec.nameID == 6:
                    rec.string = postscript
            font.save(str(folder / f"{postscript}.ttf"))


def libreoffice(files: list[Path], target: str, out_dir: Path) -> list[Path]:
    """tests.invented.renditions.libreoffice with the legacy-named fonts installed for it."""
    soffice = shutil.which("soffice")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="l7-lo-") as home:
        _legacy_named_fonts(Path(home, ".fonts"))
        cmd = [soffice, f"-env:UserInstallation=file://{home}/profile", "--headless", "--norestore", "--nolockcheck",
               "--convert-to", target, "--outdir", str(out_dir), *map(str, files)]
        subprocess.run(cmd, capture_output=True, text=True, timeout=900,
                       env={**__import__("os").environ, "TMPDIR": home, "HOME": home})
    ext = target.split(":")[0]
    return [out_dir / f"{f.stem}.{ext}" for f in files]


# -- scans pasted into Word ------------------------------------------------------------------------

def scan_docx(pdf: bytes, head: list | None = None) -> bytes:
    """A Word file of one picture a page (each page of `pdf` at SCAN_DPI, grayscale PNG, the
    page's width less the margins), after `head`'s blocks typed in Unicode when given."""
    import pypdfium2 as pdfium
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    doc = r._new_docx()
    if head:
        tmp = Path(tempfile.mkdtemp(prefix="l7-head-"))
        try:
            from docx import Document
            typed = Document(io.BytesIO(word_file(head, "unicode")))
            for el in typed.element.body.iterchildren():
                if not el.tag.endswith("}sectPr"):
                    doc.element.body.insert(len(doc.element.body) - 1, el)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    document = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(document)):
            page = document[i]
            image = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
            page.close()
            buf = io.BytesIO()
            image.save(buf, "PNG", dpi=(SCAN_DPI, SCAN_DPI))
            buf.seek(0)
            p = doc.add_paragraph()
            p.add_run().add_picture(buf, width=Cm(16))
            if i < len(document) - 1:
                p.add_run().add_break(WD_BREAK.PAGE)
    finally:
        document.close()
    return r._saved(doc)


# -- the kinds -------------------------------------------------------------------------------------

def sources(prefixes: tuple[str, ...]) -> list[Path]:
    return [s for s in sorted(r.RAW.iterdir())
            if s.is_file() and s.suffix in FORMATS and any(s.name.startswith(p) for p in prefixes)]


def generate(out: Path, kinds: tuple[str, ...], docs: tuple[str, ...] = DOCS) -> dict[str, int]:
    made = {k: 0 for k in kinds}
    work = out / "_work"
    via_lo = {TCVN3_DOC: "doc:MS Word 97", TCVN3_RTF: "rtf", TCVN3_PDF: "pdf"}
    staged: list[tuple[Path, Path]] = []  # (the tcvn3 .docx to convert, its source)
    for s in sources(docs):
        blocks = blocks_of(s)
        name = f"{s.stem}{s.suffix.replace('.', '-')}"
        heads = _header_count(_paragraphs(blocks))

        def put(kind: str, data: bytes) -> None:
            r._write(out, kind, name + SUFFIX[kind], data, s.name)
            made[kind] += 1

        writers = {UNICODE_DOCX: lambda: word_file(blocks, "unicode"), TCVN3_DOCX: lambda: word_file(blocks, "tcvn3"),
                   VNI_DOCX: lambda: word_file(blocks, "vni"), TCVN3_HTML: lambda: tcvn3_html(blocks, s.stem),
                   TCVN3_TXT: lambda: tcvn3_txt(blocks), MIXED_DOCX: lambda: word_file(blocks, "tcvn3", heads),
                   MIXED_TXT: lambda: mixed_txt(blocks), MARKS_TXT: lambda: marks_txt(blocks),
                   TABLE_TXT: lambda: mixed_table_txt(blocks)}
        for kind, write in writers.items():
            if kind in kinds:
                put(kind, write())
        if any(k in kinds for k in via_lo):
            path = work / "tcvn3" / f"{name}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(word_file(blocks, "tcvn3"))
            staged.append((path, s))
        if any(k in kinds for k in SCANS) and s.name.startswith(SCAN_DOCS):
            path = work / "uni" / f"{name}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(word_file(blocks, "unicode"))
            (pdf,) = r.libreoffice([path], "pdf", work / "uni-pdf")
            data = r._fixed_pdf(pdf.read_bytes())
            if SCAN_DOCX in kinds:
                put(SCAN_DOCX, scan_docx(data))
            if SCAN_DOCX_HEAD in kinds:
                put(SCAN_DOCX_HEAD, scan_docx(data, _paragraphs(blocks)[:heads]))
    for kind, target in via_lo.items():
        if kind not in kinds or not staged:
            continue
        results = libreoffice([p for p, _ in staged], target, work / kind)
        for (path, s), result in zip(staged, results):
            data = result.read_bytes()
            r._write(out, kind, path.stem + SUFFIX[kind], r._fixed_pdf(data) if kind == TCVN3_PDF else data, s.name)
            made[kind] += 1
    shutil.rmtree(work, ignore_errors=True)
    return made


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__, KINDS, DOCS, generate, r.print_scores)


if __name__ == "__main__":
    sys.exit(main())
