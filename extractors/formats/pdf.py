"""PDF reader (pdfplumber): text in reading order per page, tables from pdfplumber's
table finder, repeated page headers and footers dropped, unusable text layers flagged.

Lines are rebuilt from words so that a wide gap splits a line into columns (the
two-column header and signature blocks); consecutive two-column lines are read column
by column. Wrapped lines are joined into paragraphs.
"""

from __future__ import annotations

import io
import re

from extractors.blocks import RawDocument, ReadError
from extractors.layout.paragraphs import assemble
from extractors.layout.wrap import cell_text
from extractors.layout.words import page_items

_CID = re.compile(r"\(cid:\d+\)")
MAX_PAGES = 2000


def _grid(table) -> list[list[str]]:
    """pdfplumber's cells; a None cell (covered by a merged neighbour) takes the text of
    the cell to its left, or above when it starts a row."""
    rows = table.extract()
    grid: list[list[str]] = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                left_is_vertical = c > 0 and r > 0 and cells[c - 1] == grid[r - 1][c - 1]
                if r > 0 and (c == 0 or left_is_vertical):
                    cell = grid[r - 1][c]
                else:
                    cell = cells[c - 1] if c > 0 else ""
            else:
                cell = cell_text(cell)  # wrapped cell lines are one text; a word broken at the edge is whole
            cells.append(cell)
        grid.append(cells)
    return grid


def read(data: bytes, path: str) -> RawDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError("not a PDF file (no %PDF header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ReadError(f"the PDF is encrypted and cannot be read without its password ({type(exc).__name__})") from exc
    except PDFSyntaxError as exc:
        raise ReadError(f"the PDF is damaged or truncated: {exc}") from exc
    except Exception as exc:
        raise ReadError(f"pdfplumber cannot open the PDF: {type(exc).__name__}: {exc}") from exc
    if len(pages) > MAX_PAGES:
        raise ReadError(f"the PDF has {len(pages)} pages (limit {MAX_PAGES})")
    issues: list[dict] = []
    per_page: list[list[tuple[str, object]]] = []  # (kind, payload) in reading order
    try:
        for number, page in enumerate(pages, start=1):
            # glyphs without a Unicode map come out as "(cid:54)"; a page without chars is a scan
            chars = "".join(c["text"] for c in page.chars)
            cids = len(_CID.findall(chars))
            letters = sum(ch.isalpha() for ch in _CID.sub("", chars))
            if not chars.strip() or cids > letters / 4:
                why = "no text layer (a scan?)" if not chars.strip() else f"{cids} glyphs without a Unicode map (cid codes)"
                issues.append({"code": "pdf.text_layer_unusable", "severity": "warning",
                               "message": f"page {number}: {why}; OCR is needed", "where": f"page {number}"})
                per_page.append([])
                continue
            items: list[tuple[float, str, object]] = []
            tables = page.find_tables()
            for t in tables:
                items.append((t.bbox[1], "table", _grid(t)))
            bboxes = [t.bbox for t in tables]

            def outside(obj, bboxes=bboxes):
                cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in bboxes)

            text_page = page.filter(outside) if bboxes else page
            # tables go before the first line that lies below their top edge
            tabs = sorted((i for i in items if i[1] == "table"), key=lambda i: i[0])
            ordered: list[tuple[str, object]] = []
            ti = 0
            words = text_page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            for kind, payload in page_items(words):
                top = payload[3] if kind == "line" else payload[0]
                while ti < len(tabs) and tabs[ti][0] <= top:
                    ordered.append(("table", tabs[ti][2]))
                    ti += 1
                if kind == "line":
                    ordered.append(("line", payload[:3]))
                else:  # a table drawn without rules
                    ordered.append(("table", payload[1]))
            ordered.extend(("table", t[2]) for t in tabs[ti:])
            per_page.append(ordered)
            page.close()  # drop the page's parsed objects: long PDFs must not hold every page in memory
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(f"pdfplumber failed while reading the pages: {type(exc).__name__}: {exc}") from exc
    finally:
        pdf.close()
    blocks = assemble(per_page)
    if not blocks:
        raise ReadError("the PDF has no usable text layer on any page (OCR is needed)", stage="read")
    return RawDocument(blocks, issues=issues)


