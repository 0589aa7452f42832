"""Text PDFs of the invented documents as producers other than LibreOffice make them (round L5),
each with its document's gold, extracted and scored:

    .venv/bin/python -m tests.renditions.producers OUT [--kinds ocr-layer,browser-print,word-made] [--score]

Kinds:

  ocr-layer      a scan with the invisible text layer scanner software adds: each page as a 300 dpi
                 grayscale image (a source scan's own image, or the source PDF rasterized), read by
                 Tesseract's own `pdf` output config (`tesseract LIST OUT -l vie pdf`, what ocrmypdf
                 and many scanner suites write: a glyphless font in render mode 3 over the image).
                 Scored twice: as our reader reads it by default (OCR again, its kind name) and with
                 the layer taken as it is (`ocr-layer-kept`, the reader's --ocr never path).
  browser-print  a portal page printed to PDF by a browser (headless Chromium's --print-to-pdf,
                 its default running header and footer: the print date and the page's title at the
                 top, the page's URL and "1/3" at the bottom), the document's HTML inside a portal
                 page with a navigation bar, a breadcrumb and a site footer.
  word-made      a Word file as an office makes it, exported to PDF by LibreOffice: the national
                 two-column header as a borderless table whose left column (issuer, number and a
                 "V/v ..." summary, narrow) wraps beside the right column's date line; a running
                 header (the document's number) and footer ("Trang X/Y") from the second page, a
                 10 pt footnote (Word's footnote style), and a diagonal "DỰ THẢO" watermark set as
                 text at 45 degrees on every page, as MS Word's PDF export writes a WordArt
                 watermark (stamped by PDFium after the export: LibreOffice would draw Word's VML
                 text path as curves, no text).

Sources (DOCS; --docs overrides, by file-name prefix): the recent rounds' documents (e3_, f3_,
g3_) of the formats a kind takes, and a few Công văn with a "V/v" line (word-made).

Deterministic but for what the tools stamp: the .docx and the Tesseract input are fixed;
Chromium writes the day of the run into its running header (the text of that line changes
by day, nothing else); LibreOffice's and Chromium's PDF times are replaced by a fixed one.
Needs tesseract (vie), chromium and soffice.
"""

from __future__ import annotations

import argparse
import copy
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented import renditions as r
from tests.renditions.wordplans import office_style

OCR_LAYER, OCR_LAYER_KEPT, BROWSER, WORD = "ocr-layer", "ocr-layer-kept", "browser-print", "word-made"
KINDS = (OCR_LAYER, BROWSER, WORD)
DPI = 300

DOCS = {
    OCR_LAYER: ("e3_sgddt-tanlinh", "f3_lien-nganh-sonlam", "g3_huyen-hoakhe", "e3_bkhcn"),
    BROWSER: ("g3_bgddt", "e_syt-lamhai", "y_tinh-binhkhe", "t_ctk-halam", "w_tinhdoan-songtra"),
    WORD: ("e3_tinh-donghai", "f3_huyen-phuocson", "g3_tinh-baoninh", "e3_tinh-longthuy", "f3_tinh-tayhai",
           "g3_tinh-yenha", "v_tinh-longhai", "s_tinh-namthanh", "h3_syt-bacthanh"),
}
FORMATS = {OCR_LAYER: (".pdf",), BROWSER: (".html",), WORD: (".docx", ".txt", ".md")}


def sources(kind: str, prefixes: tuple[str, ...]) -> list[Path]:
    return [s for s in sorted(r.RAW.iterdir())
            if s.is_file() and s.suffix in FORMATS[kind] and any(s.name.startswith(p) for p in prefixes)]


fixed_pdf = r._fixed_pdf  # (times and /ID fixed, every byte's offset kept)


# -- ocr-layer ---------------------------------------------------------------------------------

def page_images(data: bytes, dpi: int = DPI) -> list:
    """The pages of a PDF as grayscale images at `dpi` (a scan's page is its image again)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def tesseract_pdf(data: bytes, dpi: int = DPI) -> bytes:
    """`data`'s pages as 300 dpi images under Tesseract's invisible text layer (its `pdf` config)."""
    with tempfile.TemporaryDirectory(prefix="l5-tess-") as tmp:
        tmp_dir = Path(tmp)
        names = []
        for i, img in enumerate(page_images(data, dpi)):
            name = tmp_dir / f"p{i:03d}.png"
            img.save(name, dpi=(dpi, dpi))
            names.append(str(name))
        (tmp_dir / "list.txt").write_text("\n".join(names) + "\n")
        subprocess.run(["tesseract", str(tmp_dir / "list.txt"), str(tmp_dir / "out"), "-l", "vie",
                        "--dpi", str(dpi), "pdf"], check=True, capture_output=True, timeout=1200,
                       env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
        return fixed_pdf((tmp_dir / "out.pdf").read_bytes())


# -- browser-print -----------------------------------------------------------------------------

PORTAL = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"DejaVu Sans",Arial,sans-serif;font-size:13px;margin:0}}
nav a{{margin-right:14px}} .crumb{{color:#555;margin:6px 0 12px}} .site-foot{{border-top:1px solid #999;
margin-top:24px;padding-top:6px;color:#555;font-size:11px}} main{{padding:0 18px}}</style></head>
<body><header><div class="brand">CỔNG THÔNG TIN ĐIỆN TỬ</div>
<nav><a href="#">Trang chủ</a><a href="#">Giới thiệu</a><a href="#">Tin tức - Sự kiện</a><a href="#">Văn bản</a>
<a href="#">Thủ tục hành chính</a><a href="#">Liên hệ</a></nav></header>
<main><div class="crumb">Trang chủ &gt; Văn bản &gt; Văn bản chỉ đạo điều hành</div>
{body}
<div class="site-foot">Cơ quan chủ quản: Văn phòng. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</main></body></html>
"""


def _body_and_title(page: str) -> tuple[str, str]:
    body = re.search(r"<body[^>]*>(.*)</body>", page, re.S | re.I)
    title = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    return (body[1] if body else page), html.unescape(title[1].strip()) if title else ""


def portal_page(page: str, fallback_title: str) -> str:
    """The document's HTML inside a portal page (its <title> the document's, or the file's name)."""
    body, title = _body_and_title(page)
    return PORTAL.format(title=html.escape(title or fallback_title), body=body)


def chromium_print(page: str | bytes, url_path: str, header_footer: bool = True) -> bytes:
    """`page` printed to PDF by headless Chromium with its default header and footer (or none,
    `header_footer` False); the file it prints from lies at .../`url_path` (the URL in the footer)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="l5-web-") as tmp:
        src = Path(tmp) / url_path
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
        out = Path(tmp) / "out.pdf"
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/profile",
                        *([] if header_footer else ["--no-pdf-header-footer"]), f"--print-to-pdf={out}", src.as_uri()],
                       capture_output=True, timeout=180,
                       env={"PATH": "/usr/bin:/bin", "HOME": tmp, "TZ": "UTC", "LANG": "vi_VN.UTF-8"})
        if not out.is_file():
            raise RuntimeError(f"chromium printed nothing for {url_path}")
        return fixed_pdf(out.read_bytes())


# -- word-made ---------------------------------------------------------------------------------

_MOTTO = re.compile(r"^\W*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", re.I)
_DATE_LINE = re.compile(r"ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}", re.I)
HEADER_LINES = 16  # the national header lies within a document's first lines
LEFT_WIDTH_CM, RIGHT_WIDTH_CM = 6.0, 10.0  # a narrow left column: its summary wraps
FOOTNOTE = "Văn bản này được gửi kèm bản điện tử qua hệ thống quản lý văn bản và điều hành."


def _plain(line: str) -> str:
    line = re.sub(r"^#{1,6}\s+", "", line.strip())
    return re.sub(r"(?<!\\)[*_]{1,3}", "", line).strip()


def split_header(lines: list[str]) -> tuple[list[str], list[str], int] | None:
    """(left lines, right lines, number of lines they take) of a text document whose first
    lines are the national header as a column after a column (issuer ... V/v, then the motto
    and the date line); None when the document does not start so."""
    head = [(i, _plain(l)) for i, l in enumerate(lines[:HEADER_LINES])]
    motto = next((i for i, t in head if _MOTTO.match(t)), None)
    date = next((i for i, t in head if _DATE_LINE.search(t) and motto is not None and i > motto), None)
    if motto is None or date is None or motto == 0:
        return None
    left = [t for i, t in head if i < motto and t and not re.fullmatch(r"-{3,}", t)]
    right = [t for i, t in head if motto <= i <= date and t and not re.fullmatch(r"-{3,}", t)]
    return left, right, date + 1


def _set_width(cell, cm: float) -> None:
    from docx.shared import Cm
    cell.width = Cm(cm)


def _no_borders(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    borders = parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    table._tbl.tblPr.append(borders)


def _centered(paragraph, text: str, bold: bool = False, italic: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None


def header_table(doc, left: list[str], right: list[str]):
    """The national header as Word writes it: one row of a borderless two-column table, the
    issuer, its rule, the number and the summary at left, the motto, its rule, a blank line
    and the date line at right (so the summary's first line sits beside the date, its wrapped
    lines below)."""
    from docx.shared import Cm

    number_at = next((i for i, t in enumerate(left) if t.startswith("Số")), len(left))
    date_at = next((i for i, t in enumerate(right) if _DATE_LINE.search(t)), len(right))
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    _no_borders(table)
    for column, width in zip(table.columns, (LEFT_WIDTH_CM, RIGHT_WIDTH_CM)):
        column.width = Cm(width)
    cells = (left[:number_at] + ["-------"] + left[number_at:],
             right[:date_at] + ["---------------", ""] + right[date_at:])
    for k, (cell, texts, width) in enumerate(zip(table.rows[0].cells, cells, (LEFT_WIDTH_CM, RIGHT_WIDTH_CM))):
        _set_width(cell, width)
        for n, text in enumerate(texts):
            para = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            is_date = k == 1 and _DATE_LINE.search(text) is not None
            _centered(para, text, bold=not is_date and not text.startswith(("Số", "V/v", "-")), italic=is_date)
    return table


def _docx_of_text(source: Path) -> bytes:
    """A .txt/.md document as a Word file, its national header (when it starts with one) as a table."""
    from docx import Document
    import io

    text = source.read_bytes().decode("utf-8")
    lines = r._lines(text)
    split = split_header(lines)
    rest = "\n".join(lines[split[2]:] if split else lines) + "\n"
    data = r.markdown_to_docx(rest) if source.suffix == ".md" else r.text_to_docx(rest)
    if split is None:
        return data
    doc = Document(io.BytesIO(data))
    office_style(doc)
    table = header_table(doc, split[0], split[1])
    doc.element.body.insert(0, table._tbl)
    return r._saved(doc)


WATERMARK = """<w:p {ns}><w:r><w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">
<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>
<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136"
 style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:120pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
 o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/>
<v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt" string="DỰ THẢO"/></v:shape>
</w:pict></w:r></w:p>"""
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) in `paragraph`."""
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {w}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>', f'<w:r {w}><w:t>1</w:t></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def _number_of(doc) -> str:
    for para in doc.paragraphs[:8] + [p for t in doc.tables[:1] for c in t._cells for p in c.paragraphs]:
        m = re.search(r"Số:?\s*(\S+/\S+)", para.text)
        if m:
            return m[1]
    return ""


def running_header_footer(doc, vml_watermark: bool = False) -> None:
    """From the second page: the document's number at the top right, "Trang X/Y" at the bottom;
    a diagonal "DỰ THẢO" watermark on every page (first-page header too)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    number = _number_of(doc)
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run(f"{number} - Dự thảo lần 2" if number else "Dự thảo lần 2").italic = True
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Trang ")
    _field(foot, "PAGE")
    foot.add_run("/")
    _field(foot, "NUMPAGES")
    if vml_watermark:  # (LibreOffice draws Word's text path as curves: no text to read)
        for header in (section.header, section.first_page_header):
            header._element.append(parse_xml(WATERMARK.format(ns=_NS)))


WATERMARK_TEXT, WATERMARK_SIZE, WATERMARK_TURN = "DỰ THẢO", 80.0, 45.0
WATERMARK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def text_watermark(data: bytes, text: str = WATERMARK_TEXT) -> bytes:
    """The PDF with `text` set across every page at WATERMARK_TURN degrees in light grey, as
    text (MS Word's own PDF export writes a WordArt watermark so), written by PDFium."""
    import ctypes
    import io
    import math

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(data)
    font_bytes = Path(WATERMARK_FONT).read_bytes()
    font_buf = (ctypes.c_uint8 * len(font_bytes)).from_buffer_copy(font_bytes)
    font = raw.FPDFText_LoadFont(pdf.raw, font_buf, len(font_bytes), raw.FPDF_FONT_TRUETYPE, 1)
    wide = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
    c, s = math.cos(math.radians(WATERMARK_TURN)), math.sin(math.radians(WATERMARK_TURN))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, WATERMARK_SIZE)
            raw.FPDFText_SetText(obj, ctypes.cast(wide, raw.FPDF_WIDESTRING))
            raw.FPDFPageObj_SetFillColor(obj, 200, 200, 200, 255)
            raw.FPDFPageObj_Transform(obj, c, s, -s, c, page.get_width() * 0.25, page.get_height() * 0.3)
            raw.FPDFPage_InsertObject(page.raw, obj)
            raw.FPDFPage_GenerateContent(page.raw)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    finally:
        pdf.close()


FOOTNOTES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/><w:vertAlign w:val="superscript"/></w:rPr>
<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def add_footnote(doc, text: str = FOOTNOTE) -> bool:
    """A footnote on the first body paragraph that ends a sentence or a clause (Word's footnotes
    part and a reference run); False when the document has no such paragraph."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    target = next((p for p in doc.paragraphs if len(p.text) > 60 and p.text.rstrip().endswith((".", ";", ":"))), None)
    if target is None:
        return False
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.format(text=html.escape(text)).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ref = parse_xml(f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    runs = target._p.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r")
    (runs[-1] if runs else target._p).addnext(ref) if runs else target._p.append(ref)
    return True


def word_made_docx(source: Path) -> bytes:
    """The source as the Word file an office would export (see the module's docstring)."""
    from docx import Document
    import io

    data = source.read_bytes() if source.suffix == ".docx" else _docx_of_text(source)
    doc = Document(io.BytesIO(data))
    if source.suffix == ".docx" and doc.tables:  # a narrow left column in its own header table
        from docx.shared import Cm
        table = doc.tables[0]
        if len(table.columns) == 2:
            table.autofit = False
            for column, width in zip(table.columns, (LEFT_WIDTH_CM, RIGHT_WIDTH_CM)):
                column.width = Cm(width)
            for row in table.rows[:2]:
                _set_width(row.cells[0], LEFT_WIDTH_CM)
                _set_width(row.cells[1], RIGHT_WIDTH_CM)
    running_header_footer(doc)
    add_footnote(doc)
    return r._saved(doc)


# -- the kinds ---------------------------------------------------------------------------------

def generate(out: Path, kinds: tuple[str, ...], docs: dict[str, tuple[str, ...]] = DOCS) -> dict[str, int]:
    made = {k: 0 for k in kinds}
    work = out / "_work"
    if OCR_LAYER in kinds:
        for s in sources(OCR_LAYER, docs[OCR_LAYER]):
            data = tesseract_pdf(s.read_bytes())
            for kind in (OCR_LAYER, OCR_LAYER_KEPT):
                r._write(out, kind, f"{s.stem}.tess-{'kept' if kind == OCR_LAYER_KEPT else 'layer'}.pdf", data, s.name)
            made[OCR_LAYER] += 1
    if BROWSER in kinds:
        for s in sources(BROWSER, docs[BROWSER]):
            page = portal_page(s.read_bytes().decode("utf-8"), s.stem)
            data = chromium_print(page, f"portal/van-ban/chi-tiet/{s.stem}.html")
            r._write(out, BROWSER, f"{s.stem}.print.pdf", data, s.name)
            made[BROWSER] += 1
    if WORD in kinds:
        staged = []
        for s in sources(WORD, docs[WORD]):
            path = work / "word" / f"{s.stem}{s.suffix.replace('.', '-')}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(word_made_docx(s))
            staged.append((s, path))
        if staged:
            pdfs = r.libreoffice([p for _, p in staged], "pdf", work / "word-pdf")
            for (s, _), pdf in zip(staged, pdfs):
                data = text_watermark(fixed_pdf(pdf.read_bytes()))
                r._write(out, WORD, f"{pdf.stem}.word.pdf", data, s.name)
                made[WORD] += 1
    shutil.rmtree(work, ignore_errors=True)
    return made


def score(out: Path, kinds: tuple[str, ...]) -> None:
    """Extract and score each kind (ocr-layer also as ocr-layer-kept: the layer read as it is)."""
    from pipeline.process import Options
    from pipeline.run import run
    from tests.renditions.gold import scorer

    print(f"\n{'kind':<15} {'docs':>4} {'micro':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    runs = [(k, {}) for k in kinds]
    if OCR_LAYER in kinds and (out / OCR_LAYER_KEPT).is_dir():
        runs.append((OCR_LAYER_KEPT, {"ocr": "never"}))
    for kind, opts in runs:
        pred = out / kind / "out"
        shutil.rmtree(pred, ignore_errors=True)
        run([out / kind / "raw"], pred, Options(**opts))
        report = scorer().evaluate(pred / "v1", out / kind / "gold")
        m = report["overall"]["micro"]
        print(f"{kind:<15} {len(report['documents']):>4} {m['f1']:>6.3f} {m['tp']:>5} {m['pred']:>5} {m['gold']:>5}",
              flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--docs", default="", help="comma-separated file-name prefixes (instead of DOCS)")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="score what is in OUT already")
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    docs = {k: tuple(args.docs.split(",")) for k in KINDS} if args.docs else DOCS
    if not args.reuse:
        for kind, n in generate(args.out, kinds, docs).items():
            print(f"{kind:<15} {n:>3} files", flush=True)
    if args.score:
        score(args.out, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
