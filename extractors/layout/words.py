"""Positioned words (a PDF text layer, OCR word boxes) to page items in reading order.

A word is a dict with `text`, `x0`, `x1`, `top`, `bottom` (points, origin top-left, as
pdfplumber gives them). Words become visual lines; a wide gap cuts a line into segments;
a band of consecutive multi-segment lines is either text set in columns (read one column
after the other) or a table drawn without rules (its cells placed in the columns the
numbers line up in).
"""

from __future__ import annotations

from extractors.layout import grid

COLUMN_GAP = 24.0  # points between words that separate two columns of a line

Segment = tuple[float, float, str, float]  # (x0, x1, text, top)


def lines_of(words: list[dict]) -> list[list[dict]]:
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


def segments_of(line: list[dict]) -> list[tuple[float, float, str, float]]:
    """A line cut at wide gaps: [(x0, x1, text, top), ...]."""
    segs: list[list[dict]] = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > COLUMN_GAP:
            segs.append([w])
        else:
            segs[-1].append(w)
    return [(s[0]["x0"], s[-1]["x1"], " ".join(w["text"] for w in s), line[0]["top"]) for s in segs]


CELL_GAP = 6.0  # points between words that separate two cells of a table row


def _cells_of(line: list[dict]) -> list[tuple[float, float, str]]:
    """A line cut into table cells: words closer than CELL_GAP are one cell."""
    cells: list[list[dict]] = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > CELL_GAP:
            cells.append([w])
        else:
            cells[-1].append(w)
    return [(c[0]["x0"], c[-1]["x1"], " ".join(w["text"] for w in c)) for c in cells]


def page_items(words: list[dict]) -> list[tuple[str, object]]:
    """The page outside its ruled tables, in reading order: ("line", (x0, x1, text, top))
    and, for a table drawn without rules, ("table", (top, rows)) as the layout stage's
    table finder (extractors.layout.grid) reads it. Side-by-side text columns are read
    one after the other."""
    out: list[tuple[str, object]] = []
    band: list[list[tuple[float, float, str, float]]] = []

    def flush():
        if band:
            cols = max(len(s) for s in band)
            for col in range(cols):
                out.extend(("line", s[col]) for s in band if len(s) > col)
            band.clear()

    lines = lines_of(words)
    tables = {t.first: t for t in grid.find_tables([_cells_of(line) for line in lines], tol=3.0)}
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in tables:
            flush()
            out.append(("table", (line[0]["top"], tables[i].rows)))
            i = tables[i].last + 1
            continue
        segs = segments_of(line)
        if len(segs) >= 2:
            band.append(segs)
        else:
            flush()
            out.append(("line", segs[0]))
        i += 1
    flush()
    return out
