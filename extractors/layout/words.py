"""Positioned words (a PDF text layer, OCR word boxes) to page items in reading order.

A word is a dict with `text`, `x0`, `x1`, `top`, `bottom` (points, origin top-left, as
pdfplumber gives them). Words become visual lines; a wide gap cuts a line into segments;
a band of consecutive multi-segment lines is either text set in columns (read one column
after the other) or a table drawn without rules (its cells placed in the columns the
numbers line up in).
"""

from __future__ import annotations

import re

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


def page_items(words: list[dict]) -> list[tuple[str, object]]:
    """The page outside its ruled tables, in reading order: ("line", (x0, x1, text, top))
    and, for a table drawn without rules, ("table", (top, rows)). Side-by-side text
    columns are read one after the other; a band whose lines are rows of numbers is a
    table, its cells placed in the columns the numbers line up in."""
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

    for line in lines_of(words):
        segs = segments_of(line)
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
