"""PDF reader (pdfplumber): text in reading order per page, tables from pdfplumber's
table finder, repeated page headers and footers dropped, unusable text layers flagged.

Lines are rebuilt from words so that a wide gap splits a line into columns (the
two-column header and signature blocks); consecutive two-column lines are read column
by column. Wrapped lines are joined into paragraphs.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from extractors.formats.base import RawBlock, RawDocument, ReadError, is_layout_table, layout_table_blocks

_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.I)
# A line that starts a new paragraph: bullets, "1.", "2.1.", "a)", "I.", "Điều 1", "Căn cứ"
_STARTS_BLOCK = re.compile(r"^(?:[-+•*]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVXLC]+[.)]\s|\(\d+\)|"
                           r"Điều\s+\d|Căn cứ|Thực hiện|Nơi nhận|PHỤ LỤC|Phụ lục)", re.I)
COLUMN_GAP = 24.0  # points between words that separate two columns of a line
MAX_PAGES = 2000


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into visual lines (same baseline within 3 pt), left to right."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    lines = [sorted(line, key=lambda w: w["x0"]) for line in lines]
    # two columns set side by side rarely share a baseline ("- Bộ Tài chính" beside
    # "KT. CHỦ TỊCH" 2.5 pt lower): near lines that do not overlap are one visual row
    merged: list[list[dict]] = []
    for line in lines:
        if merged and abs(merged[-1][0]["top"] - line[0]["top"]) <= 8 and _apart(merged[-1], line):
            merged[-1] = sorted(merged[-1] + line, key=lambda w: w["x0"])
        else:
            merged.append(line)
    return merged


def _apart(a: list[dict], b: list[dict]) -> bool:
    """Whether two lines sit side by side with a column gap between them."""
    return b[0]["x0"] - a[-1]["x1"] > COLUMN_GAP or a[0]["x0"] - b[-1]["x1"] > COLUMN_GAP


def _segments(line: list[dict]) -> list[tuple[float, float, str, float]]:
    """A line cut at wide gaps: [(x0, x1, text, top), ...]."""
    segs: list[list[dict]] = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > COLUMN_GAP:
            segs.append([w])
        else:
            segs[-1].append(w)
    return [(s[0]["x0"], s[-1]["x1"], " ".join(w["text"] for w in s), line[0]["top"]) for s in segs]


def _page_items(page) -> list[tuple[str, object]]:
    """The page outside its ruled tables, in reading order: ("line", (x0, x1, text, top))
    and, for a table drawn without rules, ("table", (top, rows)). Side-by-side text
    columns are read one after the other; a band whose lines are rows of numbers is a
    table, its cells placed in the columns the numbers line up in."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    out: list[tuple[str, object]] = []
    band: list[list[tuple[float, float, str, float]]] = []

    def flush():
        if band:
            rows = _unruled_table(band)
            if rows:
                out.append(("table", (band[0][0][3], rows)))
            else:
                cols = max(len(s) for s in band)
                for col in range(cols):
                    out.extend(("line", s[col]) for s in band if len(s) > col)
            band.clear()

    for line in _lines(words):
        segs = _segments(line)
        if len(segs) >= 2:
            band.append(segs)
        else:
            flush()
            out.append(("line", segs[0]))
    flush()
    return out


_NUMBER_CELL = re.compile(r"^[\d.,]*\d[\d.,]*$|^-$")
_CODE_THEN_TEXT = re.compile(r"^((?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|-|\+|STT|TT))\s+(\S.*)$")


def _unruled_table(band: list[list[tuple[float, float, str, float]]]) -> list[list[str]] | None:
    """Rows of a table drawn without rules, or None when the band is text in columns.
    Columns come from the data rows (two or more numbers): segments that overlap
    horizontally share a column; a row code glued to its label is cut off."""
    def is_data(segs) -> bool:
        return len(segs) >= 3 and sum(1 for s in segs if _NUMBER_CELL.match(s[2])) >= 2

    rows_of_numbers = sum(1 for segs in band if is_data(segs))
    if rows_of_numbers < 2 or rows_of_numbers * 2 < len(band):
        return None

    def split_code(segs):
        out = []
        for k, (x0, x1, text, top) in enumerate(segs):
            m = _CODE_THEN_TEXT.match(text) if k == 0 else None
            if m:  # "1 Hỗ trợ nâng cấp": the code and the label are one segment
                cut = x0 + (x1 - x0) * len(m.group(1)) / len(text)
                out += [(x0, cut, m.group(1), top), (cut + 1, x1, m.group(2), top)]
            else:
                out.append((x0, x1, text, top))
        return out

    band = [split_code(segs) for segs in band]
    data = [segs for segs in band if is_data(segs)]
    columns: list[list[float]] = []
    for segs in data:
        for x0, x1, _, _ in segs:
            hits = [c for c in columns if x0 <= c[1] and x1 >= c[0]]
            if hits:
                merged = [min([x0] + [c[0] for c in hits]), max([x1] + [c[1] for c in hits])]
                columns = [c for c in columns if c not in hits] + [merged]
            else:
                columns.append([x0, x1])
    columns.sort()
    rows = []
    for segs in band:
        row = [""] * len(columns)
        for x0, x1, text, _ in segs:
            overlap = [max(0.0, min(x1, c[1]) - max(x0, c[0])) for c in columns]
            best = max(range(len(columns)), key=lambda i: (overlap[i], -abs(columns[i][0] - x0)))
            row[best] = f"{row[best]} {text}".strip()
        rows.append(row)
    return rows


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
                cell = " ".join(cell.split())  # wrapped cell lines are one text
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
            for kind, payload in _page_items(text_page):
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
    blocks = _assemble(per_page)
    if not blocks:
        raise ReadError("the PDF has no usable text layer on any page (OCR is needed)", stage="read")
    return RawDocument(blocks, issues=issues)


def _furniture(per_page: list[list[tuple[str, object]]]) -> set[str]:
    """Lines that repeat at the top or bottom of many pages (running headers, footers)."""
    counts: Counter = Counter()
    for items in per_page:
        lines = [p[2] for k, p in items if k == "line"]
        for line in set(lines[:2] + lines[-2:]):
            counts[re.sub(r"\d+", "#", line)] += 1
    n = len(per_page)
    return {k for k, v in counts.items() if n >= 3 and v >= max(3, n // 2)}


def _assemble(per_page: list[list[tuple[str, object]]]) -> list[RawBlock]:
    furniture = _furniture(per_page)
    blocks: list[RawBlock] = []
    para: list[str] = []
    para_page = 0
    margin = min((p[0] for items in per_page for k, p in items if k == "line"), default=0)
    prev_x0 = prev_x1 = 0.0

    def flush():
        if para:
            blocks.append(RawBlock("paragraph", " ".join(para), {"page": para_page}))
            para.clear()

    # do paragraphs here start with an indent or a marker? (then a full line ending in a
    # full stop may still continue)
    # lines after a short line start paragraphs for sure: if nearly all of them are
    # indented or open with a marker ("- ", "a)", "2."), so does every paragraph here
    firsts = []
    for items in per_page:
        lines = [p for k, p in items if k == "line"]
        page_right = max((p[1] for p in lines), default=0.0)
        firsts += [b for a, b in zip(lines, lines[1:]) if a[1] < page_right - 60]
    marked = sum(1 for x0, _, text in firsts if x0 > margin + 12 or _STARTS_BLOCK.match(text))
    marked_paragraphs = len(firsts) >= 5 and marked >= 0.85 * len(firsts)
    for number, items in enumerate(per_page, start=1):
        right = max((p[1] for k, p in items if k == "line"), default=0.0)  # this page's right margin
        for kind, payload in items:
            if kind == "table":
                flush()
                rows = payload
                if is_layout_table(rows):
                    blocks.extend(layout_table_blocks(rows, {"page": number}))
                else:
                    blocks.append(RawBlock("table", rows=rows, location={"page": number}))
                continue
            x0, x1, line = payload
            if _PAGE_NUMBER.match(line) or re.sub(r"\d+", "#", line) in furniture:
                continue
            indented = x0 > margin + 12
            prev_end = para[-1][-1:] if para else ""
            short_before = prev_x1 < right - 60  # the previous line stopped early: it ended a paragraph
            margin_text = marked_paragraphs and prev_x0 <= margin + 12
            # "... các tổ chức Chính trị" / "- Xã hội có liên quan.": a full line that ends
            # mid-phrase continues, even when the wrap put the dash first
            dash_wrap = (para and not short_before and line.startswith("- ") and prev_end.isalnum()
                         and not indented and prev_x0 <= margin + 12)
            # a sentence that ends at the right margin does not end the paragraph where
            # paragraphs are marked by an indent or a bullet
            if not dash_wrap and (not para or indented or short_before or _STARTS_BLOCK.match(line)
                                  or (prev_end in ".:;!?" and not margin_text)
                                  or line.isupper() != para[-1].isupper()):
                flush()
                para_page = number
            para.append(line)
            prev_x0, prev_x1 = x0, x1
    flush()
    return blocks
