"""Markdown, web pages and Word files of the invented documents as converters other than
html2text, LibreOffice and python-docx write them (round L6), each with its document's gold,
extracted and scored:

    .venv/bin/python -m tests.renditions.converters OUT [--kinds pandoc-md,...] [--score]

Every kind is written here in Python from the document's blocks (its paragraphs, with bold and
alignment, and its tables, a cell's paragraphs kept), faithfully to what the tool writes; no tool
is run (pandoc, MarkItDown, Word and Google Docs are not installed). Seeded: the same bytes on
every run.

Kinds:

  pandoc-md      `pandoc -t markdown` of the Word file: paragraphs hard-wrapped at 72 columns,
                 "**bold**", "\\*", "\\_", "\\[" escaped, a line that would open a list escaped
                 ("1\\.", "\\-", "a\\)", "II\\."), a table of one-line rows as a simple table
                 (a dashes line under the header), any other as a grid table ("+----+" rules,
                 "+====+" under the header row, a cell's paragraphs wrapped inside it).
  markitdown-md  MarkItDown-like (mammoth, then markdownify): a paragraph in bold as a "# "
                 heading, every table as a pipe table whose first row is the header, a cell's
                 paragraphs joined by "<br>", "\\_" and "\\*" escaped, no wrapping.
  readability-md a crawler's readability output: no tables, each cell's paragraphs on lines of
                 their own, paragraphs a line each with a blank line between.
  word-html      MS Word's "Save as Web Page" (filtered): `<p class=MsoNormal>` with `<o:p></o:p>`,
                 `<span style='mso-tab-count:1'>` before an indented paragraph, `&nbsp;` runs for
                 alignment and for empty paragraphs, unquoted attributes, the header as a borderless
                 table, the closing (recipients beside the signature) typed with spaces or tabs
                 (`mso-spacerun` / `mso-tab-count` no-break spaces), source lines wrapped at 76
                 columns (mid-text), windows-1252 with numeric references for Vietnamese letters.
  gdocs-html     Google Docs' "Download as Web page": every run a `<span class="c3">`, styles only in
                 classes, a numbered paragraph ("1. ...", "a) ...", "II. ...") as an item of an
                 `<ol class="lst-kix_...">` whose number is in the CSS (`counter(...)`), not in the
                 text (`start` on a list that continues), tables with `<td class=.. colspan=1 rowspan=1>`.
  docx-runs      a Word file as PDF-to-Word converters and long-edited files leave it: a paragraph
                 in many runs split mid-word (spell-check marks, bookmarks between), and a block of
                 consecutive lines of the same kind as one paragraph whose lines are broken by
                 `<w:br/>` (the header's cell lines too).
  legal-site-md  the Markdown a legal-text site's scrape stores (the shape of dev p25/p26/p30/p32):
                 every paragraph hard-wrapped at 80 columns, its first line cut short (20-34
                 characters: the site's first-line indent), "**bold**" around a bold paragraph's
                 lines, a blank line between paragraphs; EVERY table (the header's, the task and
                 budget tables, the closing's) one cell at a time: a line "|" before each cell,
                 the cell's paragraphs wrapped as above, "|" after a row's last cell (so two pipes
                 end one row and open the next), a cell merged across columns once, a cell merged
                 down from the row above left out (as the site's HTML does: colspan, rowspan), an
                 empty cell nothing between its pipes, the header row in bold.
  legal-site-tight-md  the same with every blank line removed (a scrape that dropped them, or a copy
                 of the page's text): a table's last pipe, the next annex's captions and its first
                 pipe run together, as the notes after the last table do.
  docx-numpr     a Word file whose header's two columns are aligned with tabs instead of a table
                 (left text, a tab to a centred tab stop, right text, line by line) and whose
                 numbered lines take their numbers only from `w:numPr` (auto-numbering: "I.",
                 "1.", "a)" in numbering.xml, the text without them).

Sources (DOCS; --docs overrides, by file-name prefix): recent rounds' documents (e3_, f3_, g3_,
g4_, g5_) with task tables, budget tables and signatures, of .docx, .md, .txt and .html.
"""

from __future__ import annotations

import argparse
import html
import io
import random
import re
import shutil
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tests.invented import renditions as r

PANDOC, MARKITDOWN, READABILITY = "pandoc-md", "markitdown-md", "readability-md"
WORD_HTML, GDOCS_HTML, DOCX_RUNS, DOCX_NUMPR = "word-html", "gdocs-html", "docx-runs", "docx-numpr"
LEGAL_SITE, LEGAL_SITE_TIGHT = "legal-site-md", "legal-site-tight-md"
KINDS = (PANDOC, MARKITDOWN, READABILITY, WORD_HTML, GDOCS_HTML, DOCX_RUNS, DOCX_NUMPR, LEGAL_SITE, LEGAL_SITE_TIGHT)
SUFFIX = {PANDOC: ".pandoc.md", MARKITDOWN: ".markitdown.md", READABILITY: ".readability.md",
          WORD_HTML: ".word.htm", GDOCS_HTML: ".gdocs.html", DOCX_RUNS: ".runs.docx", DOCX_NUMPR: ".numpr.docx",
          LEGAL_SITE: ".site.md", LEGAL_SITE_TIGHT: ".tight.md"}

DOCS = ("e3_tinh-donghai", "f3_huyen-phuocson", "g3_tinh-baoninh", "g4_tinh-bacvan", "g4_tinh-thaiha",
        "g5_tinh-tragiang", "g5_tinhuy-hoavan", "e3_tinh-longthuy", "f3_tinh-tayhai", "g3_tinh-yenha",
        "g4_tinh-kienthach", "g5_huyen-damai", "g4_xa-phuocloc", "g5_ttyt-songmay", "g3_bgddt",
        "g4_sxd-halinh", "g5_bkhcn")
FORMATS = (".docx", ".md", ".txt", ".html")
COLUMNS = 72  # pandoc's --columns default
WORD_HTML_COLUMNS = 76  # Word wraps its HTML source lines near here
SEED = 6


# -- the document's blocks -------------------------------------------------------------------------

@dataclass
class Para:
    text: str
    bold: bool = False
    align: str = "left"  # left, center, right, justify


@dataclass
class Table:
    rows: list[list[list[str]]] = field(default_factory=list)  # row -> cell -> the cell's paragraphs
    # (row, cell) places of a Word file's table that continue a cell merged down from the row above
    # (vMerge): the cell's text is repeated there, as python-docx gives it; a web page leaves them out
    continued: set[tuple[int, int]] = field(default_factory=set)

    def row_span(self, r: int, c: int) -> int:
        """Rows the cell at (r, c) spans (its places below marked MERGED)."""
        n = 1
        while r + n < len(self.rows) and c < len(self.rows[r + n]) and self.rows[r + n][c] is MERGED:
            n += 1
        return n

    def col_span(self, r: int, c: int) -> int:
        """Columns the cell at (r, c) spans (its places to the right marked SPANNED)."""
        row, n = self.rows[r], 1
        while c + n < len(row) and row[c + n] is SPANNED:
            n += 1
        return n


# the place of a cell merged with the one above (a rowspan): Markdown writes it empty, HTML leaves it
# out (rowspan), Word merges it (vMerge)
MERGED: list[str] = [""]
# the place of a cell merged with the one on its left (a colspan, Word's gridSpan): Markdown writes it empty
# (pandoc 2, markdownify), HTML leaves it out (colspan), Word merges it, a text file writes the cell once
# (round R14: the place was dropped, so the cells after it stood a column to the left: "TT | Nội dung |
# Tổng số | Năm 2024 | Năm 2025" over "... | NSTW | NSĐP | NSTW | NSĐP" put 2025 over 2024's NSĐP)
SPANNED: list[str] = [""]


def _docx_blocks(data: bytes) -> list:
    from docx import Document
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    doc = Document(io.BytesIO(data))
    blocks: list = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, doc)
            for line in p.text.split("\n"):
                runs = [x for x in p.runs if x.text.strip()]
                bold = bool(runs) and all(x.bold or (x.style is not None and x.style.font.bold) for x in runs)
                align = {1: "center", 2: "right", 3: "justify"}.get(int(p.alignment or 0), "left")
                blocks.append(Para(line.rstrip(), bold, align))  # (a line's leading spaces kept: a column set with spaces)
        elif tag == "tbl":
            t = DocxTable(el, doc)
            rows, continued, above = [], set(), []
            for row in t.rows:
                cells, seen, tcs = [], set(), [cell._tc for cell in row.cells]  # (tcs keeps the proxies alive)
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        cells.append(SPANNED)  # a cell merged across columns: its places kept
                        continue
                    seen.add(id(cell._tc))
                    if any(cell._tc is tc for tc in above):
                        continued.add((len(rows), len(cells)))
                    cells.append([p.text.strip() for p in cell.paragraphs if p.text.strip()] or [""])
                rows.append(cells)
                above = tcs
            blocks.append(Table(rows, continued))
    return blocks


def _html_blocks(text: str) -> list:
    """The paragraphs and tables of a web page, in order (a portal's furniture kept as it is)."""
    import lxml.html

    page = lxml.html.fromstring(text)
    for tag in page.xpath("//script | //style | //head | //nav"):
        tag.drop_tree()
    blocks: list = []

    def lines_of(el) -> list[str]:
        for br in el.iter("br"):
            br.tail = "\n" + (br.tail or "")
        # a cell's paragraphs are lines of their own, as Word and pandoc keep them (round R13: text_content()
        # ran "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" and "TỔNG CỤC THỐNG KÊ" of one header cell together)
        for par in el.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"):
            if par is not el:
                par.tail = "\n" + (par.tail or "")
        return [" ".join(x.split()) for x in el.text_content().split("\n") if x.strip()]

    def own_lines(li) -> list[str]:
        """A list item's own lines, without the lists nested in it."""
        import copy
        own = copy.deepcopy(li)
        for nested in own.xpath("./ol | ./ul"):
            nested.drop_tree()
        return lines_of(own)

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            rows, below = [], {}  # below: column -> (rows still covered by a rowspan above)
            for tr in el.iter("tr"):
                cells, col = [], 0
                for td in tr:
                    if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                        continue
                    while below.get(col, 0) > 0:  # a place a merged cell above covers
                        below[col] -= 1
                        cells.append(MERGED)
                        col += 1
                    cells.append(lines_of(td) or [""])
                    span = max(1, int(td.get("colspan") or 1))
                    for x in range(span):
                        if x:
                            cells.append(SPANNED)  # a cell merged across columns: its places kept
                        below[col] = int(td.get("rowspan") or 1) - 1
                        col += 1
                while below.get(col, 0) > 0:
                    below[col] -= 1
                    cells.append(MERGED)
                    col += 1
                if cells:
                    rows.append(cells)
            blocks.append(Table(rows))
            return
        if tag == "li" and el.getparent() is not None and el.getparent().tag == "ol":
            # a numbered item as a browser shows it, so as Word's paste of the page keeps it
            ol = el.getparent()
            n = int(ol.get("start") or 1) + [x for x in ol if x.tag == "li"].index(el)
            label = f"{'abcdeghiklmnopqrstuvxy'[n - 1]})" if ol.get("type") == "a" else f"{n}."
            lines = own_lines(el)
            if lines:
                lines[0] = f"{label} {lines[0]}"
            blocks.extend(Para(x) for x in lines)
            for nested in el.xpath("./ol | ./ul"):
                walk(nested)
            return
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li"):
            bold = tag.startswith("h") or any(b.tag in ("b", "strong") for b in el.iter())
            align = "center" if "center" in (el.get("style", "") + el.get("align", "")) else "left"
            for line in lines_of(el):
                blocks.append(Para(line, bold and tag.startswith("h"), align))
            return
        own = (el.text or "").strip()
        if own and tag in ("div", "body", "td", "section", "article"):
            blocks.append(Para(" ".join(own.split())))
        for child in el:
            walk(child)
            tail = (child.tail or "").strip()
            if tail:
                blocks.append(Para(" ".join(tail.split())))

    walk(page)
    return [b for b in blocks if not isinstance(b, Para) or b.text]


def blocks_of(source: Path) -> list:
    if source.suffix == ".docx":
        return _docx_blocks(source.read_bytes())
    text = source.read_bytes().decode("utf-8")
    if source.suffix == ".html":
        return _html_blocks(text)
    data = r.markdown_to_docx(text) if source.suffix == ".md" else r.text_to_docx(text)
    return [b for b in _docx_blocks(data) if not isinstance(b, Para) or b.text]


def _paragraphs(blocks: list) -> list:
    return [b for b in blocks if not (isinstance(b, Para) and not b.text.strip())]


def _collapsed(blocks: list) -> list:
    """The blocks with runs of white space as one space, as pandoc's reader, markdownify and a
    browser's text take them (a column set with spaces is lost there)."""
    out = []
    for b in _paragraphs(blocks):
        if isinstance(b, Para):
            out.append(Para(" ".join(b.text.split()), b.bold, b.align))
        else:
            out.append(Table([[c if c is MERGED or c is SPANNED else [" ".join(p.split()) for p in c] for c in row]
                              for row in b.rows], b.continued))
    return out


# -- pandoc ----------------------------------------------------------------------------------------

# what pandoc's Markdown writer escapes anywhere, and what would open a block at a line's start
_PANDOC_INLINE = re.compile(r"([\\*_`\[\]$^~<>])")
_PANDOC_LIST_START = re.compile(r"^(\d{1,9}|[a-zA-Z]|[IVXLCDM]{1,6})([.)])(?=\s|$)")
_PANDOC_LINE_START = re.compile(r"^([-+#>|]|=+$)")


def _pandoc_escape_line(line: str) -> str:
    m = _PANDOC_LIST_START.match(line)
    if m:
        return f"{m[1]}\\{m[2]}{line[m.end():]}"
    return _PANDOC_LINE_START.sub(r"\\\1", line)


def _pandoc_wrap(text: str, width: int, bold: bool = False) -> list[str]:
    escaped = _PANDOC_INLINE.sub(r"\\\1", text)
    if bold:
        escaped = f"**{escaped}**"
    lines = textwrap.wrap(escaped, width=width, break_long_words=False, break_on_hyphens=False) or [""]
    return [_pandoc_escape_line(x) for x in lines]


def _display_width(text: str) -> int:
    return len(unicodedata.normalize("NFC", text))


def _pandoc_simple_table(rows: list[list[str]]) -> list[str]:
    cols = max(len(x) for x in rows)
    rows = [x + [""] * (cols - len(x)) for x in rows]
    widths = [max(_display_width(x[c]) for x in rows) for c in range(cols)]
    out = []
    for i, row in enumerate(rows):
        out.append("  " + " ".join(cell.ljust(widths[c]) for c, cell in enumerate(row)).rstrip())
        if i == 0:
            out.append("  " + " ".join("-" * w for w in widths))
    return out


def _pandoc_grid_table(rows: list[list[list[str]]]) -> list[str]:
    cols = max(len(x) for x in rows)
    rows = [x + [[""]] * (cols - len(x)) for x in rows]
    # (widths of the text as written: escapes count)
    natural = [max(max(_display_width(_PANDOC_INLINE.sub(r"\\\1", p)) + 1 for p in x[c]) for x in rows)
               for c in range(cols)]
    total = COLUMNS - (3 * cols + 1)
    # pandoc gives columns their relative widths; a short column keeps its text, a long one shares the rest
    widths = [max(4, min(n, total // cols)) for n in natural]
    spare = total - sum(widths)
    longs = [c for c in range(cols) if natural[c] > widths[c]]
    for c in longs:
        widths[c] += spare // len(longs)
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for i, row in enumerate(rows):
        cell_lines = []
        for c, paras in enumerate(row):
            lines: list[str] = []
            for k, p in enumerate(paras):
                if k:
                    lines.append("")
                lines.extend(_pandoc_wrap(p, widths[c]) if p else [""])
            cell_lines.append(lines)
        height = max(len(x) for x in cell_lines)
        for k in range(height):
            parts = [(cell_lines[c][k] if k < len(cell_lines[c]) else "") for c in range(cols)]
            out.append("| " + " | ".join(p.ljust(widths[c]) for c, p in enumerate(parts)) + " |")
        out.append(rule.replace("-", "=") if i == 0 and len(rows) > 1 else rule)
    return out


def pandoc_md(blocks: list) -> str:
    out: list[str] = []
    for b in _collapsed(blocks):
        if isinstance(b, Para):
            out.extend(_pandoc_wrap(b.text, COLUMNS, b.bold))
        else:
            flat = [[_PANDOC_INLINE.sub(r"\\\1", " ".join(c)) for c in row] for row in b.rows]
            one_line = all(len(c) == 1 for row in b.rows for c in row)
            cols = max(len(x) for x in flat)
            width = sum(max(_display_width(x[c]) if c < len(x) else 0 for x in flat) for c in range(cols)) + 2 + cols
            out.extend(_pandoc_simple_table(flat) if one_line and width <= COLUMNS else _pandoc_grid_table(b.rows))
        out.append("")
    return "\n".join(out)


# -- MarkItDown ------------------------------------------------------------------------------------

def _markdownify_escape(text: str) -> str:
    return re.sub(r"([*_])", r"\\\1", text)


def markitdown_md(blocks: list) -> str:
    out: list[str] = []
    for b in _collapsed(blocks):
        if isinstance(b, Para):
            out.append(("# " if b.bold else "") + _markdownify_escape(b.text))
        else:
            cols = max(len(x) for x in b.rows)
            for i, row in enumerate(b.rows):
                cells = ["<br>".join(_markdownify_escape(p) for p in cell) for cell in row] + [""] * (cols - len(row))
                out.append("| " + " | ".join(cells) + " |")
                if i == 0:
                    out.append("| " + " | ".join("---" for _ in range(cols)) + " |")
        out.append("")
    return "\n".join(out)


def readability_md(blocks: list) -> str:
    out: list[str] = []
    for b in _collapsed(blocks):
        if isinstance(b, Para):
            out.extend([b.text, ""])
        else:
            for row in b.rows:
                for cell in row:
                    out.extend(p for p in cell if p)
            out.append("")
    return "\n".join(out)


# -- MS Word's "Save as Web Page" ------------------------------------------------------------------

_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>VT</o:Author>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 56.7pt 56.7pt 85.05pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>
"""


def _cp1252(text: str) -> str:
    """Text as Word writes it into a windows-1252 page: what the code page lacks as "&#NNNN;"."""
    out = []
    for ch in html.escape(text, quote=False):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def _spacerun(text: str) -> str:
    """Runs of spaces as Word keeps them in a web page: "<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>"."""
    return re.sub(r" {2,}", lambda m: "<span style='mso-spacerun:yes'>" + "&nbsp;" * (len(m[0]) - 1) + " </span>", text)


def _word_wrap_source(markup: str) -> str:
    """Word's HTML source lines: wrapped at a space near WORD_HTML_COLUMNS, inside text and tags."""
    lines = []
    for line in markup.split("\n"):
        while len(line) > WORD_HTML_COLUMNS:
            cut = line.rfind(" ", 0, WORD_HTML_COLUMNS)
            if cut <= 0:
                break
            lines.append(line[:cut])
            line = line[cut + 1:]
        lines.append(line)
    return "\n".join(lines)


def _word_p(text: str, bold: bool, align: str, rng: random.Random, indent: bool = False) -> str:
    style = {"center": " align=center style='text-align:center'", "right": " align=right style='text-align:right'",
             "justify": " style='text-align:justify'"}.get(align, "")
    if not text:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    tab = ""
    if indent:
        tab = "<span style='mso-tab-count:1'>" + "&nbsp;" * rng.choice((10, 11, 12)) + " </span>"
        style = " style='text-align:justify'"
    body = f"<span lang=VI>{tab}{_spacerun(_cp1252(text))}<o:p></o:p></span>"
    if bold:
        body = f"<b>{body}</b>"
    return f"<p class=MsoNormal{style}>{body}</p>"


def _is_closing(b: Table) -> bool:
    """The recipients and the signature side by side: a one-row table of two cells, "Nơi nhận" first."""
    return len(b.rows) == 1 and len(b.rows[0]) == 2 and b.rows[0][0][0].lower().startswith("nơi nhận")


CLOSING_COLUMN = 46  # where a typist sets the signature's column, in characters


def _typed_closing(b: Table, rng: random.Random) -> list[str]:
    """The closing as a typist sets it in Word without a table: each recipients' line, then spaces (or
    tabs: Word's mso-tab-count) to the signature's column and the signature's line; the signer's name
    alone far right ("<span style='mso-spacerun:yes'>&nbsp;&nbsp;...</span>")."""
    left, right = b.rows[0]
    tabs = rng.random() < 0.5
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        c = right[k] if k < len(right) else ""
        if not c:
            out.append(_word_p(a, False, "left", rng))
            continue
        n = max(3, CLOSING_COLUMN - len(a))
        gap = (f"<span style='mso-tab-count:{1 + n // 8}'>" + "&nbsp;" * (n - 1) + " </span>" if tabs
               else "<span style='mso-spacerun:yes'>" + "&nbsp;" * (n - 1) + " </span>")
        out.append(f"<p class=MsoNormal><span lang=VI>{_cp1252(a)}{gap}<b>{_cp1252(c)}</b><o:p></o:p></span></p>")
    return out


def word_html(blocks: list, title: str) -> str:
    rng = random.Random(f"{SEED}-{title}")
    parts = [_WORD_HEAD.format(title=_cp1252(title))]
    for i, b in enumerate(blocks):
        if isinstance(b, Para):
            indent = b.align == "justify" and not b.bold and rng.random() < 0.7
            parts.append(_word_p(b.text, b.bold, b.align, rng, indent))
            continue
        if _is_closing(b):
            parts.extend(_typed_closing(b, rng))
            continue
        header = i == 0
        border = "border=0" if header or len(b.rows) < 3 else "border=1"
        parts.append(f"<table class=MsoNormalTable {border} cellspacing=0 cellpadding=0 "
                     f"style='border-collapse:collapse;mso-yfti-tbllook:1184'>")
        for k, row in enumerate(b.rows):
            parts.append(f" <tr style='mso-yfti-irow:{k}'>")
            for c, cell in enumerate(row):
                if cell is MERGED or cell is SPANNED:
                    continue
                span, cols = b.row_span(k, c), b.col_span(k, c)
                rowspan = (f" colspan={cols}" if cols > 1 else "") + (f" rowspan={span}" if span > 1 else "")
                parts.append(f"  <td{rowspan} valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>")
                for p in cell:
                    parts.append("  " + _word_p(p, header, "center" if header else "left", rng))
                parts.append("  </td>")
            parts.append(" </tr>")
        parts.append("</table>")
        if header:
            parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    parts.append("</div>\n\n</body>\n\n</html>\n")
    return _word_wrap_source("\n\n".join(parts))


# -- Google Docs' web page -------------------------------------------------------------------------

# a numbered line as Google Docs lists it: (style, pattern, counter style)
_GDOCS_LISTS = (("roman", re.compile(r"^([IVX]{1,5})\.\s+(.*)$"), "upper-roman", ". "),
                ("decimal", re.compile(r"^(\d{1,2})\.\s+(.*)$"), "decimal", ". "),
                ("alpha", re.compile(r"^([a-zđ])\)\s+(.*)$"), "lower-latin", ") "))
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _gdocs_number(style: str, label: str) -> int | None:
    if style == "roman":
        return _ROMAN.get(label)
    if style == "decimal":
        return int(label)
    return "abcdefghiklmnopqrstuvxy".find(label) + 1 or None


def gdocs_html(blocks: list, title: str) -> str:
    rng = random.Random(f"{SEED}-{title}")
    kix = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
    css = [f'.lst-kix_{kix}{k}-0>li:before{{content:"" counter(lst-ctn-kix_{kix}{k}-0,{counter}) "{after}"}}'
           f'.lst-kix_{kix}{k}-0>li{{counter-increment:lst-ctn-kix_{kix}{k}-0}}'
           for k, (_, _, counter, after) in enumerate(_GDOCS_LISTS)]
    css.append(".c3{color:#000000;font-weight:400;font-size:13pt;font-family:\"Times New Roman\"}"
               ".c5{color:#000000;font-weight:700;font-size:13pt;font-family:\"Times New Roman\"}"
               ".c1{text-align:justify;margin:0;padding:0}.c2{text-align:center;margin:0;padding:0}"
               ".c9{border-collapse:collapse;margin-right:auto}.c4{padding:5pt 5pt 5pt 5pt;vertical-align:top}")
    body = []
    last_item: int | None = None  # the list style of the block before, if it was an item

    def span(text: str, bold: bool) -> str:
        # Google Docs splits a paragraph into runs where its style changes, and often where nothing does
        words = html.escape(text, quote=False).split(" ")
        cut = rng.randrange(1, len(words)) if len(words) > 6 and rng.random() < 0.4 else len(words)
        cls = "c5" if bold else "c3"
        runs = [" ".join(words[:cut]), " ".join(words[cut:])]
        return "".join(f'<span class="{cls}">{x}{" " if k == 0 and runs[1] else ""}</span>'
                       for k, x in enumerate(runs) if x)

    for b in blocks:
        if last_item is not None and (isinstance(b, Table) or not b.text or not any(
                pat.match(b.text) for _, pat, _, _ in _GDOCS_LISTS)):
            body.append("</ol>")
            last_item = None
        if isinstance(b, Table):
            body.append('<table class="c9"><tbody>')
            for ri, row in enumerate(b.rows):
                body.append('<tr class="c8">' + "".join(
                    f'<td class="c4" colspan="{b.col_span(ri, ci)}" rowspan="{b.row_span(ri, ci)}">'
                    + "".join(f'<p class="c2">{span(p, False)}</p>' for p in cell) + "</td>"
                    for ci, cell in enumerate(row) if cell is not MERGED and cell is not SPANNED) + "</tr>")
            body.append("</tbody></table>")
            continue
        if not b.text:
            body.append('<p class="c1"><span class="c3"></span></p>')
            continue
        item = None
        for k, (style, pattern, _, _) in enumerate(_GDOCS_LISTS):
            m = pattern.match(b.text)
            if m and _gdocs_number(style, m[1]) is not None:
                item = (k, _gdocs_number(style, m[1]), m[2])
                break
        if item is None:
            if last_item is not None:
                body.append("</ol>")
                last_item = None
            cls = "c2" if b.align == "center" else "c1"
            body.append(f'<p class="{cls}">{span(b.text, b.bold)}</p>')
            continue
        k, n, rest = item
        # one <ol> for a run of items of one style; a list that goes on after other lines says
        # where its numbering starts ("start"), the numbers themselves are only in the CSS
        if last_item != k:
            if last_item is not None:
                body.append("</ol>")
            start = "" if n == 1 else f' start="{n}"'
            body.append(f'<ol class="c7 lst-kix_{kix}{k}-0{" start" if n == 1 else ""}"{start}>')
        body.append(f'<li class="c1 li-bullet-0">{span(rest, b.bold)}</li>')
        last_item = k
    if last_item is not None:
        body.append("</ol>")
    text = "".join(body)
    return (f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{"".join(css)}</style></head>'
            f'<body class="c10 doc-content">{text}</body></html>')


# -- Word files of other tools ---------------------------------------------------------------------

def _new_doc():
    doc = r._new_docx()
    return doc


def _split_runs(paragraph, text: str, bold: bool, rng: random.Random) -> None:
    """`text` as runs cut at random places, mid-word too, with Word's spell-check marks between."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pos = 0
    while pos < len(text):
        step = rng.randint(2, 14)
        run = paragraph.add_run(text[pos:pos + step])
        run.bold = bold or None
        pos += step
        if rng.random() < 0.2:
            mark = OxmlElement("w:proofErr")
            mark.set(qn("w:type"), rng.choice(("spellStart", "spellEnd", "gramStart", "gramEnd")))
            paragraph._p.append(mark)
        if rng.random() < 0.05:
            mark = OxmlElement("w:bookmarkStart")
            mark.set(qn("w:id"), str(rng.randint(0, 99)))
            mark.set(qn("w:name"), f"_GoBack{rng.randint(0, 9)}")
            paragraph._p.append(mark)


def _br_lines(paragraph, lines: list[str], bold: bool, rng: random.Random) -> None:
    from docx.enum.text import WD_BREAK

    for k, line in enumerate(lines):
        _split_runs(paragraph, line, bold, rng)
        if k < len(lines) - 1:
            paragraph.add_run().add_break(WD_BREAK.LINE)


def _merge_down(table, b: Table) -> None:
    """The cells a rowspan covers merged with the one above (Word's vMerge), and the places a colspan covers
    with the cell on their left (Word's gridSpan; a cell that spans rows too is left as it is)."""
    for ri, row in enumerate(b.rows):
        for ci, cell in enumerate(row):
            if cell is MERGED or cell is SPANNED:
                continue
            cols = b.col_span(ri, ci)
            if cols > 1 and b.row_span(ri, ci) == 1:
                table.cell(ri, ci).merge(table.cell(ri, ci + cols - 1))
    for ri, row in enumerate(b.rows):
        for ci, cell in enumerate(row):
            span = b.row_span(ri, ci) if cell is not MERGED and cell is not SPANNED else 1
            if span > 1 and b.col_span(ri, ci) == 1:
                table.cell(ri, ci).merge(table.cell(ri + span - 1, ci))


_ALIGN = {"center": 1, "right": 2, "justify": 3}
BR_BLOCK = 4  # lines of the same kind joined into one paragraph by <w:br/> at most


def docx_runs(blocks: list, title: str) -> bytes:
    rng = random.Random(f"{SEED}-{title}")
    doc = _new_doc()
    paras = _paragraphs(blocks)
    i = 0
    while i < len(paras):
        b = paras[i]
        if isinstance(b, Table):
            table = doc.add_table(rows=len(b.rows), cols=max(len(x) for x in b.rows))
            for ri, row in enumerate(b.rows):
                for ci, cell in enumerate(row):
                    _br_lines(table.cell(ri, ci).paragraphs[0], cell, ri == 0 and i == 0, rng)
            _merge_down(table, b)
            i += 1
            continue
        group = [b]
        while (len(group) < rng.randint(1, BR_BLOCK) and i + len(group) < len(paras)
               and isinstance(paras[i + len(group)], Para)
               and (paras[i + len(group)].bold, paras[i + len(group)].align) == (b.bold, b.align)):
            group.append(paras[i + len(group)])
        p = doc.add_paragraph()
        if b.align in _ALIGN:
            p.alignment = _ALIGN[b.align]
        _br_lines(p, [x.text for x in group], b.bold, rng)
        i += len(group)
    return r._saved(doc)


_NUMPR_FORMATS = (("roman", re.compile(r"^([IVX]{1,5})\.\s+(.*)$"), "upperRoman", "%1."),
                  ("decimal", re.compile(r"^(\d{1,2})\.\s+(.*)$"), "decimal", "%1."),
                  ("alpha", re.compile(r"^([a-zđ])\)\s+(.*)$"), "lowerLetter", "%1)"))


def _numbering_defs(doc) -> tuple:
    """Three abstract numberings (I., 1., a)) in the file's numbering part; returns the part's element."""
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for k, (_, _, fmt, text) in enumerate(_NUMPR_FORMATS):
        numbering.insert(k, parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="{90 + k}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl></w:abstractNum>'))
    return numbering


def _new_num(numbering, abstract: int, num_id: int, start: int) -> None:
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(
        f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))


def _set_numpr(paragraph, num_id: int) -> None:
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def docx_numpr(blocks: list, title: str) -> bytes:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm

    doc = _new_doc()
    numbering = _numbering_defs(doc)
    expected: dict[int, int] = {}  # list style -> the number its next item would take
    num_of: dict[int, int] = {}
    next_id = 200
    for i, b in enumerate(_paragraphs(blocks)):
        if isinstance(b, Table):
            if i == 0 and len(b.rows) == 1 and len(b.rows[0]) == 2:  # the national header, as tabbed lines
                left, right = b.rows[0]
                for k in range(max(len(left), len(right))):
                    p = doc.add_paragraph()
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(12), WD_TAB_ALIGNMENT.CENTER)
                    p.add_run(f"{left[k] if k < len(left) else ''}\t{right[k] if k < len(right) else ''}")
                continue
            table = doc.add_table(rows=len(b.rows), cols=max(len(x) for x in b.rows))
            for ri, row in enumerate(b.rows):
                for ci, cell in enumerate(row):
                    target = table.cell(ri, ci)
                    target.paragraphs[0].add_run(cell[0])
                    for line in cell[1:]:
                        target.add_paragraph(line)
            _merge_down(table, b)
            continue
        p = doc.add_paragraph()
        if b.align in _ALIGN:
            p.alignment = _ALIGN[b.align]
        text = b.text
        for k, (style, pattern, _, _) in enumerate(_NUMPR_FORMATS):
            m = pattern.match(text)
            n = _gdocs_number(style, m[1]) if m else None
            if n is None:
                continue
            if n == 1 or n != expected.get(k):
                if n != 1 and k in num_of and n != expected.get(k):
                    break  # out of sequence: keep its typed number
                next_id += 1
                _new_num(numbering, 90 + k, next_id, n)
                num_of[k] = next_id
                if k == 0:  # a new part restarts the lists under it
                    expected.pop(1, None)
                    expected.pop(2, None)
                if k == 1:
                    expected.pop(2, None)
            _set_numpr(p, num_of[k])
            expected[k] = n + 1
            text = m[2]
            break
        p.add_run(text).bold = b.bold or None
    return r._saved(doc)


# -- a legal-text site's Markdown ------------------------------------------------------------------

LEGAL_SITE_COLUMNS = 80


def _site_wrap(text: str, rng: random.Random, bold: bool = False) -> list[str]:
    """A paragraph as the site's scrape wraps it: the first line cut short, the rest at 80."""
    words = text.split()
    if not words:
        return []
    first, cut = [], rng.randint(20, 34)
    while words and (not first or len(" ".join(first + words[:1])) <= cut):
        first.append(words.pop(0))
    lines = [" ".join(first)] + (textwrap.wrap(" ".join(words), LEGAL_SITE_COLUMNS) if words else [])
    if bold:
        lines[0] = "**" + lines[0]
        lines[-1] += "**"
    return lines


def legal_site_md(blocks: list, rng: random.Random) -> str:
    out: list[str] = []
    for b in _collapsed(blocks):
        if isinstance(b, Para):
            out.extend(_site_wrap(b.text, rng, b.bold))
        else:
            for ri, row in enumerate(b.rows):
                for ci, cell in enumerate(row):
                    if cell is MERGED or cell is SPANNED or (ri, ci) in b.continued:
                        continue
                    out.append("|")
                    for p in cell:
                        out.extend(_site_wrap(p, rng, bold=ri == 0 and len(b.rows) > 1))
                out.append("|")
        out.append("")
    return "\n".join(out)


# -- the kinds -------------------------------------------------------------------------------------

def sources(prefixes: tuple[str, ...]) -> list[Path]:
    return [s for s in sorted(r.RAW.iterdir())
            if s.is_file() and s.suffix in FORMATS and any(s.name.startswith(p) for p in prefixes)]


def render(kind: str, blocks: list, title: str) -> bytes:
    if kind == PANDOC:
        return pandoc_md(blocks).encode("utf-8")
    if kind == MARKITDOWN:
        return markitdown_md(blocks).encode("utf-8")
    if kind == READABILITY:
        return readability_md(blocks).encode("utf-8")
    if kind == WORD_HTML:
        return word_html(blocks, title).replace("\n", "\r\n").encode("cp1252")
    if kind == GDOCS_HTML:
        return gdocs_html(blocks, title).encode("utf-8")
    if kind == DOCX_RUNS:
        return docx_runs(blocks, title)
    if kind == DOCX_NUMPR:
        return docx_numpr(blocks, title)
    if kind == LEGAL_SITE:
        return legal_site_md(blocks, random.Random(f"{SEED}:{title}")).encode("utf-8")
    if kind == LEGAL_SITE_TIGHT:
        site = legal_site_md(blocks, random.Random(f"{SEED}:{title}"))
        return "\n".join(line for line in site.split("\n") if line.strip()).encode("utf-8")
    raise ValueError(kind)


def generate(out: Path, kinds: tuple[str, ...], docs: tuple[str, ...] = DOCS) -> dict[str, int]:
    made = {k: 0 for k in kinds}
    for s in sources(docs):
        blocks = blocks_of(s)
        for kind in kinds:
            tag = s.suffix.replace(".", "-")
            r._write(out, kind, f"{s.stem}{tag}{SUFFIX[kind]}", render(kind, blocks, s.stem), s.name)
            made[kind] += 1
    return made


def score(out: Path, kinds: tuple[str, ...]) -> dict[str, dict]:
    from pipeline.process import Options
    from pipeline.run import run
    from tests.renditions.gold import scorer

    reports = {}
    print(f"\n{'kind':<15} {'docs':>4} {'micro':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for kind in kinds:
        pred = out / kind / "out"
        shutil.rmtree(pred, ignore_errors=True)
        run([out / kind / "raw"], pred, Options())
        report = reports[kind] = scorer().evaluate(pred / "v1", out / kind / "gold")
        m = report["overall"]["micro"]
        print(f"{kind:<15} {len(report['documents']):>4} {m['f1']:>6.3f} {m['tp']:>5} {m['pred']:>5} {m['gold']:>5}",
              flush=True)
    return reports


def cli(argv: list[str] | None, doc: str, all_kinds: tuple[str, ...], default_docs: tuple[str, ...],
        make: Callable[[Path, tuple[str, ...], tuple[str, ...]], dict[str, int]],
        scored: Callable[[Path, tuple[str, ...]], object]) -> int:
    """The command line of a renditions module (this one, tests.renditions.legacy): `OUT [--kinds K,...]
    [--docs PREFIX,...] [--score] [--reuse]`, its renditions made by `make` and scored by `scored`."""
    ap = argparse.ArgumentParser(description=doc.strip().splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", default=",".join(all_kinds))
    ap.add_argument("--docs", default="", help="comma-separated file-name prefixes (instead of DOCS)")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="score what is in OUT already")
    args = ap.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = set(kinds) - set(all_kinds)
    if unknown:
        ap.error(f"unknown kinds: {sorted(unknown)}")
    docs = tuple(args.docs.split(",")) if args.docs else default_docs
    if not args.reuse:
        for kind, n in make(args.out, kinds, docs).items():
            print(f"{kind:<15} {n:>3} files", flush=True)
    if args.score:
        scored(args.out, kinds)
    return 0


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__, KINDS, DOCS, generate, score)


if __name__ == "__main__":
    sys.exit(main())
