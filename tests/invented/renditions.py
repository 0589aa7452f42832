"""The invented documents (tests/invented/raw) in the other shapes real archives hold them
in, each with a copy of its document's hand-written gold (tests/invented/gold), so that
every rendition is scored against the same answers (probe round H3).

Kinds (each rendition names its source document; a source gives the kinds its format allows):

  docx        a .txt as a Word file, one paragraph per line; a .md as a person would make it in
              Word: headings and **bold** bold, pipe tables as tables (python-docx)
  lo-pdf      a .docx/.html (and the docx of a .txt/.md) exported to PDF by LibreOffice
  pdf-layout  `pdftotext -layout` of the PDF (lo-pdf, or the source PDF itself)
  pdf-plain   plain `pdftotext` of the same PDF
  pdf-raw     `pdftotext -raw` of the same PDF (content-stream order, what many viewers' copy gives)
  pdf-cairo   the same PDF written again by cairo (`pdftocairo -pdf`, as GTK's and many Linux programs'
              printing writes it: each font at size 1 with the size in the text matrix, a font's Latin-1
              letters and its other letters in two subsets); text PDFs only
  browser-pdf an .html printed to PDF by headless Chromium as it is (its default margins, no running
              header or footer: "Save as PDF" from a browser)
  pdf-text    the same PDF's text as a PDF library gives it (pypdfium2's get_text_range, page after page;
              PyMuPDF's get_text and pypdf are alike): content order, a line's items one space apart, a
              line that wrapped inside its cell keeping the space it wrapped at
  scan200     the same PDF rasterized to an image-only PDF at 200 dpi (tests/renditions/scans.py)
  scan300     ... at 300 dpi
  scan-rough  ... at 300 dpi as an office scan leaves it: tilted, soft, grey paper, noise, dust,
              JPEG 40 (tests/renditions/scans.py rough_scan)
  html-md     an .html through html2text (what scrapers write as Markdown)
  docx-html   a .docx exported to HTML by LibreOffice (`soffice --convert-to html`)
  docx-html-md  that HTML through html2text (a portal's page of a Word file, scraped to Markdown)
  html-text   an .html's text nodes joined with nothing between them, as BeautifulSoup's get_text()
              or lxml's text_content() gives them (a naive scraper's .txt: a cell's lines run together)
  segmented   a .txt/.md word-segmented line by line by underthesea (tests/renditions/generate.py)

A rendition's gold is its document's gold with `source` set to the rendition's file name
and sha256, less what the rendition cannot carry (DROPPED: the group and why; a dropped
key is absent, and score.py does not score an absent key).

Deterministic: the same files on every run on one machine. The .docx bytes are fixed (fixed
dates, fixed zip times); LibreOffice's PDFs and HTML carry the time they were written, which
is replaced by a fixed one of the same length; line breaks depend on the fonts installed.

    python -m tests.invented.renditions OUT [--kinds docx,segmented,...]   # make them
    python -m tests.invented.renditions OUT --score [--kinds ...]          # make, extract, score
    python -m tests.invented.renditions OUT --score --only g7_ [--kinds ...]  # only the sources named g7_...

writes OUT/<kind>/raw/<files> and OUT/<kind>/gold/<files>.json; --score also extracts each
kind into OUT/<kind>/out and prints score.py's micro F1 per kind.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from tests.renditions.generate import pdftotext, word_segment
from tests.renditions.scans import image_only_pdf, rough_scan

HERE = Path(__file__).resolve().parent
RAW, GOLD = HERE / "raw", HERE / "gold"
FIXED_TIME = datetime(2026, 1, 2, 3, 4, 5)

DOCX, LO_PDF, PDF_LAYOUT, PDF_PLAIN = "docx", "lo-pdf", "pdf-layout", "pdf-plain"
SCAN200, SCAN300, HTML_MD, DOCX_HTML, SEGMENTED = "scan200", "scan300", "html-md", "docx-html", "segmented"
SCAN_ROUGH, PDF_RAW, DOCX_HTML_MD, HTML_TEXT = "scan-rough", "pdf-raw", "docx-html-md", "html-text"
PDF_TEXT, PDF_CAIRO, BROWSER_PDF = "pdf-text", "pdf-cairo", "browser-pdf"
KINDS = (DOCX, LO_PDF, PDF_LAYOUT, PDF_PLAIN, PDF_RAW, PDF_TEXT, PDF_CAIRO, BROWSER_PDF, SCAN200, SCAN300, SCAN_ROUGH, HTML_MD, DOCX_HTML, DOCX_HTML_MD,
         HTML_TEXT, SEGMENTED)
# no LibreOffice, no OCR: quick enough for the test suite
CHEAP = (DOCX, HTML_MD, HTML_TEXT, SEGMENTED)

# What a kind cannot carry: the gold group (a dotted key into the gold record) and why.
DROPPED: dict[str, dict[str, str]] = {
}


def _fixed_zip(data: bytes) -> bytes:
    """The zip (a .docx) with every entry's time fixed, so that the bytes do not change."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _new_docx():
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED_TIME
    doc.core_properties.author = "h3"
    return doc


def _saved(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return _fixed_zip(out.getvalue())


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def text_to_docx(text: str) -> bytes:
    """A Word file with one paragraph per line of `text` (blank lines kept as empty paragraphs;
    a form feed, pdftotext's page end, as a page break)."""
    from docx.enum.text import WD_BREAK

    doc = _new_docx()
    for line in _lines(text):
        parts = line.split("\f")
        for part in parts[:-1]:
            doc.add_paragraph(part).add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(parts[-1])
    return _saved(doc)


_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


# **bold** or __bold__, *italic* or _italic_ (an underscore inside a word, "snake_case", is a
# letter: emphasis by underscores opens and closes at a word's edge; an escaped mark, "\_", is none)
_MD_EMPHASIS = re.compile(r"(?<!\\)\*\*\*(?P<bi>(?!\s).+?)(?<!\s)\*\*\*|(?<!\\)\*\*(?P<b1>.+?)(?<!\\)\*\*|(?<![_\w\\])__(?P<b2>(?!\s).+?)(?<![\s\\])__(?![_\w])"
                          r"|(?<![*\w\\])\*(?P<i1>(?!\s).+?)(?<![\s\\])\*(?![*\w])"
                          r"|(?<![_\w\\])_(?P<i2>(?![\s_]).+?)(?<![\s\\])_(?![_\w])")


def _md_runs(paragraph, text: str, bold: bool = False) -> None:
    """`text` with its ***bold italic***, **bold** and *italic* spans (or __bold__ and _italic_) as runs; markdown
    escapes undone (an escaped mark is no emphasis: "\\_" stays an underscore)."""
    pos = 0
    for m in _MD_EMPHASIS.finditer(text):
        if m.start() > pos:
            paragraph.add_run(_md_unescape(text[pos:m.start()])).bold = bold or None
        both = m["bi"] is not None  # ***bold italic***, as a scraped signature table's "***Nơi nhận:***"
        strong = both or m["b1"] is not None or m["b2"] is not None
        inner = m["bi"] or m["b1"] or m["b2"] or m["i1"] or m["i2"] or ""
        if strong and not both and _MD_EMPHASIS.search(inner):  # "**_Nơi nhận:_**": italics inside the bold
            _md_runs(paragraph, inner, bold=True)
            pos = m.end()
            continue
        run = paragraph.add_run(_md_unescape(inner))
        run.bold = True if strong else (bold or None)
        run.italic = True if both else (None if strong else True)
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(_md_unescape(text[pos:])).bold = bold or None


def _md_unescape(text: str) -> str:
    return re.sub(r"\\([-*_#|\\.])", r"\1", text)


def _md_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # pandoc's grid table: "+------+-----+", "+======+=====+"


def _grid_rows(block: list[str]) -> list[list[str]]:
    """A pandoc grid table's rows: its cells cut at the border's "+" columns, a cell's lines joined, an empty line
    of a cell a new paragraph of it (written "<br>", as a pipe table's cell holds one)."""
    cuts = [k for k, ch in enumerate(block[0].rstrip()) if ch == "+"]
    rows: list[list[str]] = []
    cells: list[list[str]] | None = None
    for line in block[1:]:
        if _GRID_BORDER.match(line):
            if cells is not None:
                rows.append(["<br>".join(" ".join(p.split()) for p in " ".join(c).split("\x00") if p.strip())
                             for c in cells])
            cells = None
            continue
        cells = cells or [[] for _ in cuts[1:]]
        for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
            part = line[a + 1:b].strip().rstrip("\\").strip()
            cells[n].append(part if part else "\x00")
    return rows


_HTML_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)


def _html_table_block(lines: list[str], i: int) -> int:
    """The index after the line that closes the HTML table opening on line `i` (its outermost "</table>")."""
    depth = 0
    for k in range(i, len(lines)):
        for m in _HTML_TABLE_TAG.finditer(lines[k]):
            depth += -1 if m.group(1) else 1
        if depth <= 0:
            return k + 1
    return len(lines)


def _html_table_to_docx(doc, source: str) -> None:
    """An HTML table of a Markdown file as a Word table: its rows and cells, a colspan or rowspan a merged cell, a
    <br> or a cell's <p>/<li> a new paragraph of the cell, <strong>/<b> bold, <em>/<i> italic."""
    import lxml.html

    rows = lxml.html.fromstring(source).xpath(".//tr")
    taken: set[tuple[int, int]] = set()
    placed = []  # (row, col, rowspan, colspan, td)
    for r, tr in enumerate(rows):
        c = 0
        for td in tr.xpath("./td|./th"):
            while (r, c) in taken:
                c += 1
            rs, cs = int(td.get("rowspan", "1") or 1), int(td.get("colspan", "1") or 1)
            taken |= {(r + a, c + b) for a in range(rs) for b in range(cs)}
            placed.append((r, c, rs, cs, td))
            c += cs
    width = max(c + 1 for _, c in taken)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, c, rs, cs, td in placed:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(min(r + rs, len(rows)) - 1, c + cs - 1))
        for br in td.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for block in td.xpath(".//p|.//li|.//div"):
            block.tail = "\n" + (block.tail or "")
        bold = bool(td.xpath(".//strong|.//b")) or td.tag == "th"
        lines = [" ".join(x.split()) for x in td.text_content().split("\n")]
        lines = [x for x in lines if x] or [""]
        for k, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            paragraph.add_run(line).bold = bold


def markdown_to_docx(text: str) -> bytes:
    """A Word file as a person would make it from a Markdown document: a heading or a line in
    **bold** as a bold paragraph, *italic* as italic, a pipe table, a pandoc grid table or an HTML table as a Word
    table (a `<br>` in a cell, a grid cell's empty line, as a new paragraph of the cell; an HTML span a merged cell),
    any other line as a paragraph of its text; a static site's front matter is the site's, not the document's. A PDF-to-Markdown converter's page breaks are the Word file's own flow again: a table it broke at a page is
    one Word table, a heading it broke one paragraph (extractors.formats.markdown's continued_pipe_tables,
    page_split_headings)."""
    from extractors.formats.front_matter import front_matter_blanked
    from extractors.formats.markdown import continued_pipe_tables, page_split_headings

    doc = _new_docx()
    lines = _lines(page_split_headings(continued_pipe_tables(front_matter_blanked(text))))
    i = 0
    bold_open = False  # a **bold** span opened on a line before and not closed yet (a wrapped bold title)
    while i < len(lines):
        line = lines[i]
        if re.match(r"\s*<table\b", line, re.I):  # an HTML table inside the Markdown
            end = _html_table_block(lines, i)
            _html_table_to_docx(doc, "\n".join(lines[i:end]))
            i = end
            continue
        # a pandoc grid table ("+---+---+" borders, "| a | b |" lines between): a Word table too
        if _GRID_BORDER.match(line):
            block = []
            while i < len(lines) and (_GRID_BORDER.match(lines[i]) or lines[i].lstrip().startswith("|")):
                block.append(lines[i])
                i += 1
            rows = _grid_rows(block)
            if rows:
                table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                table.style = "Table Grid"
                for r, cells in enumerate(rows):
                    for c, cell_text in enumerate(cells):
                        parts = cell_text.split("<br>")
                        cell = table.cell(r, c)
                        _md_runs(cell.paragraphs[0], parts[0])
                        for part in parts[1:]:
                            _md_runs(cell.add_paragraph(), part)
            continue
        # a pipe table, with its outer pipes or without them ("a | b" over "---|---", as html2text writes it)
        bare = "|" in line and i + 1 < len(lines) and _MD_RULE.match(lines[i + 1].strip()) is not None
        if line.lstrip().startswith("|") or bare:
            block = []
            while i < len(lines) and (lines[i].lstrip().startswith("|") or (bare and "|" in lines[i])):
                block.append(lines[i])
                i += 1
            rows = [_md_cells(r) for r in block if not _MD_RULE.match(r.strip())]
            cols = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=cols)
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, cell_text in enumerate(cells):
                    parts = re.split(r"<br\s*/?>", cell_text)
                    cell = table.cell(r, c)
                    _md_runs(cell.paragraphs[0], parts[0])
                    for part in parts[1:]:
                        _md_runs(cell.add_paragraph(), part)
            continue
        heading = _MD_HEADING.match(line)
        body = line[heading.end():] if heading else line
        # a bold mark left alone on its line opens or closes a span over lines ("**KẾ HOẠCH Phát triển" / "... năm
        # 2027**"): the lines between are bold, and the lone mark is no text
        lone = len(re.findall(r"(?<!\\)\*\*(?!\*)", _MD_EMPHASIS.sub("", body))) % 2 == 1
        bold = bool(heading) or bold_open
        if lone:
            body = re.sub(r"(?<!\\)\*\*(?!\*)(?=[^*]*$)" if bold_open else r"(?<!\\)\*\*(?!\*)", "", body, count=1)
            bold, bold_open = True, not bold_open
        _md_runs(doc.add_paragraph(), body, bold=bold)
        i += 1
    return _saved(doc)


def html_to_markdown(html: str) -> str:
    """html2text with its defaults but no hard wrapping (body_width 0), as scrapers use it."""
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(html)


# the times LibreOffice writes into what it exports, replaced by a fixed time of the same length
_PDF_TIMES = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_HTML_TIMES = re.compile(r'(<meta name="(?:created|changed)" content=")[^"]*(")')


def _fixed_pdf(data: bytes) -> bytes:
    """The PDF with its times and /ID replaced by fixed ones of the same length, every byte's
    offset kept (Chromium writes "/CreationDate (D:", with a space that must stay)."""
    data = _PDF_TIMES.sub(lambda m: m[1] + b"20260102030405", data)
    return _PDF_ID.sub(lambda m: m[0].replace(m[1], b"0" * len(m[1])).replace(m[2], b"0" * len(m[2])), data)


def libreoffice(files: list[Path], target: str, out_dir: Path) -> list[Path]:
    """`soffice --headless --convert-to target` of `files` into `out_dir`, with a profile of its
    own in a temp folder."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("soffice (LibreOffice) is not installed: scripts/setup-system.sh installs it")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="h3-lo-") as profile:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck",
               "--convert-to", target, "--outdir", str(out_dir), *map(str, files)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600,
                              env={**os.environ, "TMPDIR": profile, "HOME": profile})
    ext = target.split(":")[0]
    made = [out_dir / f"{f.stem}.{ext}" for f in files]
    missing = [p.name for p in made if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not convert {missing} (exit {done.returncode}): "
                           f"{done.stderr.strip() or done.stdout.strip()}")
    return made


def _gold_of(source: str) -> dict:
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["source"]["file"] == source:
            return gold
    raise LookupError(f"no gold for {source}")


def _drop(gold: dict, key: str) -> None:
    *parents, last = key.split(".")
    node = gold
    for p in parents:
        node = node.get(p) or {}
    node.pop(last, None)


def _write(out: Path, kind: str, name: str, data: bytes, source: str) -> Path:
    """The rendition `name` of document `source` and its gold, under out/<kind>/."""
    raw, gold_dir = out / kind / "raw", out / kind / "gold"
    raw.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    path = raw / name
    path.write_bytes(data)
    gold = copy.deepcopy(_gold_of(source))
    gold["source"] = {"file": name, "sha256": hashlib.sha256(data).hexdigest()}
    dropped = DROPPED.get(kind, {})
    for key in dropped:
        _drop(gold, key)
    gold["rendition"] = {"kind": kind, "of": source, "dropped": dropped}
    (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def _page_text(data: bytes) -> str:
    """A page's bytes as text in the code page it declares or its bytes show (a Windows-1258 page too), as the HTML
    reader and a browser decode it (extractors.formats.text.decode)."""
    from extractors.formats.text import decode
    return decode(data)[0]


def generate(out: Path, kinds: tuple[str, ...] = KINDS, only: tuple[str, ...] = ()) -> dict[str, list[Path]]:
    """Make the renditions of `kinds` under `out`; returns the files made per kind. `only`: if given, the
    sources whose file names start with one of these prefixes (e.g. ("g7_",))."""
    sources = sorted(p for p in RAW.iterdir() if p.is_file() and (not only or p.name.startswith(only)))
    made: dict[str, list[Path]] = {k: [] for k in kinds}
    want = set(kinds)
    work = out / "_work"
    work.mkdir(parents=True, exist_ok=True)

    def add(kind: str, name: str, data: bytes, source: Path) -> None:
        made[kind].append(_write(out, kind, name, data, source.name))

    texts = [s for s in sources if s.suffix in (".txt", ".md")]

    def source_text(s: Path) -> str:
        """A text source's text in Unicode, whatever its bytes' encoding (a .txt in a code page or in a legacy
        font's codes, UTF-16: the text reader's own decoding), as its other renditions carry it."""
        from extractors.formats.text import decode_unicode
        return decode_unicode(s.read_bytes())[0]

    # the Word files: the .docx sources, and a .txt/.md one paragraph per line
    docx_of: dict[Path, Path] = {}
    for s in sources:
        if s.suffix == ".docx":
            docx_of[s] = s
        elif s in texts:
            path = work / f"{s.stem}.docx"
            text = source_text(s)
            path.write_bytes(markdown_to_docx(text) if s.suffix == ".md" else text_to_docx(text))
            docx_of[s] = path
            if DOCX in want:
                add(DOCX, f"{s.stem}{s.suffix.replace('.', '-')}.docx", path.read_bytes(), s)

    if SEGMENTED in want:
        for s in texts:
            add(SEGMENTED, f"{s.stem}.seg{s.suffix}", word_segment(source_text(s)).encode("utf-8"), s)

    if HTML_MD in want:
        for s in sources:
            if s.suffix == ".html":
                add(HTML_MD, f"{s.stem}.html.md", html_to_markdown(_page_text(s.read_bytes())).encode("utf-8"), s)

    if HTML_TEXT in want:
        import lxml.html
        for s in sources:
            if s.suffix == ".html":
                page = lxml.html.fromstring(_page_text(s.read_bytes()))
                for tag in page.xpath("//script | //style | //head/title"):
                    tag.drop_tree()
                add(HTML_TEXT, f"{s.stem}.html.txt", page.text_content().encode("utf-8"), s)

    if DOCX_HTML in want or DOCX_HTML_MD in want:
        docx_sources = [s for s in sources if s.suffix == ".docx"]
        staged = []
        for s in docx_sources:
            shutil.copyfile(s, work / f"{s.stem}.src.docx")
            staged.append(work / f"{s.stem}.src.docx")
        for s, html in zip(docx_sources, libreoffice(staged, "html", work / "html")):
            text = _HTML_TIMES.sub(r"\g<1>2026-01-02T03:04:05\2", _page_text(html.read_bytes()))
            if DOCX_HTML in want:
                add(DOCX_HTML, f"{s.stem}.docx.html", text.encode("utf-8"), s)
            if DOCX_HTML_MD in want:
                add(DOCX_HTML_MD, f"{s.stem}.docx.html.md", html_to_markdown(text).encode("utf-8"), s)

    if BROWSER_PDF in want:
        for s in sources:
            if s.suffix == ".html":
                add(BROWSER_PDF, f"{s.stem}.browser.pdf", browser_pdf(s), s)

    pdf_kinds = {LO_PDF, PDF_LAYOUT, PDF_PLAIN, PDF_RAW, PDF_TEXT, PDF_CAIRO, SCAN200, SCAN300, SCAN_ROUGH} & want
    if pdf_kinds:
        # the PDF of each document: the source PDF, or LibreOffice's export of its docx / html
        pdf_of: dict[Path, Path] = {s: s for s in sources if s.suffix == ".pdf"}
        to_export: list[tuple[Path, Path]] = []
        for s in sources:
            if s in docx_of or s.suffix == ".html":
                staged = work / "lo-in" / f"{s.stem}{'.docx' if s in docx_of else '.html'}"
                staged.parent.mkdir(exist_ok=True)
                shutil.copyfile(docx_of.get(s, s), staged)
                to_export.append((s, staged))
        docs = [st for _, st in to_export if st.suffix == ".docx"]
        htmls = [st for _, st in to_export if st.suffix == ".html"]
        exported = {}
        if docs:
            exported.update(zip(docs, libreoffice(docs, "pdf", work / "pdf")))
        if htmls:
            exported.update(zip(htmls, libreoffice(htmls, "pdf:writer_web_pdf_Export", work / "pdf-web")))
        for s, staged in to_export:
            path = exported[staged]
            path.write_bytes(_fixed_pdf(path.read_bytes()))
            pdf_of[s] = path
            if LO_PDF in want:
                add(LO_PDF, f"{s.stem}{s.suffix.replace('.', '-')}.pdf", path.read_bytes(), s)
        for s in sorted(pdf_of):
            pdf = pdf_of[s]
            tag = s.suffix.replace(".", "-")
            for kind, layout in ((PDF_LAYOUT, True), (PDF_PLAIN, False), (PDF_RAW, False)):
                if kind in want:
                    txt = pdftotext(pdf, work / f"{s.stem}.{kind}.txt", layout=layout, raw=kind == PDF_RAW)
                    if len(txt.read_text(encoding="utf-8", errors="replace").split()) < 20:
                        continue  # a scan has no text layer for pdftotext to write: no rendition of this kind
                    add(kind, f"{s.stem}{tag}.{kind}.txt", txt.read_bytes(), s)
            if PDF_TEXT in want or PDF_CAIRO in want:
                text = pdf_library_text(pdf.read_bytes())
                if PDF_TEXT in want and len(text.split()) >= 20:  # (a scan has no text layer)
                    add(PDF_TEXT, f"{s.stem}{tag}.{PDF_TEXT}.txt", text.encode("utf-8"), s)
                if PDF_CAIRO in want and len(text.split()) >= 20:
                    cairo = work / f"{s.stem}.cairo.pdf"
                    subprocess.run(["pdftocairo", "-pdf", str(pdf), str(cairo)], check=True, capture_output=True)
                    add(PDF_CAIRO, f"{s.stem}{tag}.cairo.pdf", _fixed_pdf(cairo.read_bytes()), s)
            for kind, dpi in ((SCAN200, 200), (SCAN300, 300)):
                if kind in want:
                    add(kind, f"{s.stem}{tag}.scan{dpi}.pdf", image_only_pdf(pdf.read_bytes(), dpi), s)
            if SCAN_ROUGH in want:
                add(SCAN_ROUGH, f"{s.stem}{tag}.rough.pdf", rough_scan(pdf.read_bytes(), 300, s.name), s)
    shutil.rmtree(work)
    return made


def browser_pdf(source: Path) -> bytes:
    """An .html printed to PDF by headless Chromium (its default margins, no header or footer)."""
    from tests.renditions.producers import chromium_print  # (producers imports this module)
    return chromium_print(source.read_bytes(), source.name, header_footer=False)


def pdf_library_text(data: bytes) -> str:
    """A PDF's text as pypdfium2 gives it, page after page (a line end between pages), its line ends "\n"."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages).replace("\r\n", "\n")
    finally:
        pdf.close()


def extract_and_score(out: Path, kind: str) -> dict:
    """Extract out/<kind>/raw into out/<kind>/out and score it against out/<kind>/gold."""
    from pipeline.process import Options
    from pipeline.run import run
    from tests.renditions.gold import scorer

    pred = out / kind / "out"
    shutil.rmtree(pred, ignore_errors=True)
    run([out / kind / "raw"], pred, Options())
    return scorer().evaluate(pred / "v1", out / kind / "gold")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--score", action="store_true", help="extract each kind and score it against its gold")
    ap.add_argument("--reuse", action="store_true", help="score the renditions already in OUT, without making them")
    ap.add_argument("--only", default="", help="comma-separated source file-name prefixes (e.g. g7_); all if empty")
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        ap.error(f"unknown kinds: {sorted(unknown)}")
    if not args.reuse:
        only = tuple(p for p in args.only.split(",") if p)
        made = generate(args.out, kinds, only)
        for kind in kinds:
            print(f"{kind:<11} {len(made[kind]):>3} files")
    if args.score:
        print_scores(args.out, kinds)
    return 0


def print_scores(out: Path, kinds: tuple[str, ...]) -> None:
    """Extract and score each kind in OUT, a line each (tests.dev_renditions too)."""
    print(f"\n{'kind':<11} {'docs':>4} {'micro':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for kind in kinds:
        if not any((out / kind / "raw").glob("*")):
            print(f"{kind:<11} {0:>4}  (no files of this kind: nothing to score)", flush=True)
            continue
        report = extract_and_score(out, kind)
        m = report["overall"]["micro"]
        print(f"{kind:<11} {len(report['documents']):>4} {m['f1']:>6.3f} {m['tp']:>5} {m['pred']:>5} {m['gold']:>5}",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
