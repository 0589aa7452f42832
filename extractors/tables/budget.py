"""Budget tables from every format as one model, tidy items, and sum checks.

Grid tables (HTML, DOCX, PDF, markdown) arrive as rows of cells. Text scrapes flatten
a table to one cell per paragraph; `flattened_tables` rebuilds them from the header
cells (TT / Nội dung / Tổng / Năm 2018 / Ngân sách trung ương ...) and the row codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from extractors.document import Block, Document
from extractors.fields.budget_statements import source_of
from extractors.fields.common import is_upper, span
from normalizers.money import table_unit, to_vnd
from normalizers.numbers import FOOTNOTE, OCR, parse_number

CODE_HEAD = re.compile(r"^(?:S?TT|Số TT|Số thứ tự)$", re.I)
LABEL_HEAD = re.compile(r"nội dung|hạng mục|danh mục|tên |chỉ tiêu|dự án", re.I)
UNIT_HEAD = re.compile(r"^đơn vị(?! tính: )", re.I)
NOTE_HEAD = re.compile(r"ghi chú|chi chú", re.I)
TOTAL_HEAD = re.compile(r"^(?:tổng|tổng cộng|tổng số|tổng kinh phí|cộng)\b", re.I)
YEAR = re.compile(r"năm\s*((?:19|20)\d{2})", re.I)
ROW_CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)?|-|\+|\*)$")
ROMAN = re.compile(r"^[IVXL]{1,5}\.?$")
TOTAL_ROW = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng)\b", re.I)
TITLE_LINE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BẢNG|Bảng|BIỂU|Biểu|DỰ TOÁN|KINH PHÍ)\b")
NUMERIC = re.compile(r"^[\d.,\s]*\d[\d.,\s]*$|^[-–]$|^$|^[\dlIO.]+$")
LEAF_SOURCE = re.compile(r"ngân sách|trung ương|địa phương|vận động|huy động|xã hội hóa|nguồn|vốn|khác|NSTW|NSĐP", re.I)


@dataclass
class Column:
    role: str  # code | label | unit | note | amount
    year: int | None = None
    source: str = "total"
    header: str = ""


@dataclass
class RawTable:
    title: str | None
    unit: tuple[str, int] | None
    header: list[list[str]]
    columns: list[Column]
    rows: list[list[str]]
    start: int
    end: int
    issues: list[dict] = field(default_factory=list)


def _title_and_unit(doc: Document, before: int) -> tuple[str | None, tuple[str, int] | None]:
    """Title lines (PHỤ LỤC ..., BẢNG ...) and the unit line just before block `before`."""
    paras = [b for b in doc.blocks[max(0, before - 8): before] if b.kind != "table" and b.text]
    unit = None
    title_lines: list[str] = []
    for b in reversed(paras):
        if unit is None and table_unit(b.text):
            unit = table_unit(b.text)
            continue
        if b.text.startswith("(Theo") or b.text.startswith("(Kèm"):
            continue
        if TITLE_LINE.match(b.text) or is_upper(b.text):
            title_lines.insert(0, b.text)
            if TITLE_LINE.match(b.text):
                break
        elif title_lines:
            break
    return (" ".join(title_lines) or None), unit


def _source(leaf: str) -> str:
    if TOTAL_HEAD.match(leaf.strip()):
        return "total"
    s = source_of(leaf)
    return s if s != "total" else ("other" if leaf.strip() else "total")


def columns_from_grid(header: list[list[str]]) -> list[Column]:
    width = max(len(r) for r in header)
    cols = []
    for c in range(width):
        path: list[str] = []
        for row in header:
            cell = row[c] if c < len(row) else ""
            if cell and (not path or path[-1] != cell):
                path.append(cell)
        leaf = path[-1] if path else ""
        joined = " / ".join(path)
        if CODE_HEAD.match(leaf):
            cols.append(Column("code", header=joined))
        elif NOTE_HEAD.search(leaf):
            cols.append(Column("note", header=joined))
        elif UNIT_HEAD.match(leaf):
            cols.append(Column("unit", header=joined))
        elif LABEL_HEAD.search(leaf) and not any(c.role == "label" for c in cols):
            cols.append(Column("label", header=joined))
        else:
            years = [int(y) for p in path for y in YEAR.findall(p)]
            cols.append(Column("amount", years[-1] if years else None, _source(leaf), joined))
    return cols


def _fix_years(columns: list[Column], period: dict, issues: list[dict]) -> None:
    """A year group that contradicts the plan's period between two good neighbours
    (Năm 2010 between 2018 and 2020) is read as the period says, with a flag."""
    start, end = period.get("start_year"), period.get("end_year")
    years = []
    for c in columns:
        if c.year is not None and (not years or years[-1] != c.year):
            years.append(c.year)
    if not start or not end:
        return
    for i, y in enumerate(years):
        if start <= y <= end:
            continue
        prev = years[i - 1] if i else None
        nxt = years[i + 1] if i + 1 < len(years) else None
        guess = (prev + 1) if prev else ((nxt - 1) if nxt else None)
        if guess and start <= guess <= end and (nxt is None or guess < nxt):
            for c in columns:
                if c.year == y:
                    c.year = guess
            issues.append({"code": "table.year_corrected", "severity": "warning",
                           "message": f"header year {y} is outside the plan period {start}-{end}; read as {guess}",
                           "where": None})


def _is_data_row(row: list[str]) -> bool:
    nums = [c for c in row[1:] if c and parse_number(c).value is not None]
    return len(nums) >= 1 and (ROW_CODE.match(row[0].strip()) is not None or not row[0].strip())


def grid_tables(doc: Document) -> list[RawTable]:
    out: list[RawTable] = []
    for block in doc.tables:
        rows = block.rows or []
        first = next((i for i, r in enumerate(rows) if _is_data_row(r)), None)
        if first is None:
            continue
        header = rows[:first]
        if not header and out and out[-1].end >= 0 and len(out[-1].columns) == len(rows[0]):
            out[-1].rows.extend(rows)  # a table continued on the next page
            out[-1].end = block.end
            continue
        if not header:
            continue
        title, unit = _title_and_unit(doc, block.index)
        out.append(RawTable(title, unit, header, columns_from_grid(header), rows[first:], block.start, block.end))
    return out


def _is_cell(b: Block) -> bool:
    return b.kind != "table" and len(b.text) < 400


def flattened_tables(doc: Document) -> list[RawTable]:
    """Tables a scraper flattened into one paragraph per cell."""
    out: list[RawTable] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "table" or not CODE_HEAD.match(b.text.strip()):
            i += 1
            continue
        # header cells run until a row code followed by a label and a number
        j = i + 1
        while j + 2 < len(blocks) and not (ROW_CODE.match(blocks[j].text.strip() or "-") and blocks[j].text.strip()
                                            and re.search(r"[^\W\d_]{2}", blocks[j + 1].text)
                                            and NUMERIC.match(blocks[j + 2].text.strip())):
            j += 1
            if j - i > 60:
                break
        header_cells = [x.text for x in blocks[i:j]]
        if j - i > 60 or len(header_cells) < 3:
            i += 1
            continue
        columns = columns_from_flat(header_cells)
        width = len(columns)
        rows: list[list[str]] = []
        k = j
        issues: list[dict] = []
        while k + width <= len(blocks):
            cells = [x.text for x in blocks[k: k + width]]
            if not all(_is_cell(x) for x in blocks[k: k + width]):
                break
            code, label = cells[0].strip(), cells[1]
            if code and not ROW_CODE.match(code):
                break
            if not re.search(r"[^\W\d_]", label) and not label.strip() == "":
                break
            amounts = [cells[n] for n, c in enumerate(columns) if c.role == "amount"]
            if not all(NUMERIC.match(a.strip()) for a in amounts):
                issues.append({"code": "table.shape_irregular", "severity": "warning",
                               "message": f"row {code or label[:30]!r} does not fit {width} columns; table cut here",
                               "where": str(span(blocks[k].start, blocks[k + width - 1].end))})
                break
            rows.append(cells)
            k += width
        if rows:
            title, unit = _title_and_unit(doc, i)
            out.append(RawTable(title, unit, [header_cells], columns, rows, blocks[i].start, blocks[k - 1].end, issues))
        i = max(k, i + 1)
    return out


def columns_from_flat(cells: list[str]) -> list[Column]:
    """Leaf columns of a flattened multi-level header: code, label, [unit], total,
    year groups x source leaves, [note]."""
    cells = [c.strip() for c in cells]
    cols = [Column("code", header=cells[0])]
    rest = cells[1:]
    if rest and LABEL_HEAD.search(rest[0]):
        cols.append(Column("label", header=rest[0]))
        rest = rest[1:]
    if rest and UNIT_HEAD.match(rest[0]):
        cols.append(Column("unit", header=rest[0]))
        rest = rest[1:]
    if rest and TOTAL_HEAD.match(rest[0]):
        cols.append(Column("amount", None, "total", rest[0]))
        rest = rest[1:]
    has_note = any(NOTE_HEAD.search(c) for c in rest)
    years = [int(m.group(1)) for c in rest for m in [YEAR.search(c)] if m]
    leaves = [c for c in rest if LEAF_SOURCE.search(c) and not YEAR.search(c)]
    if years and leaves and len(leaves) % len(years) == 0:
        per = len(leaves) // len(years)
        for n, leaf in enumerate(leaves):
            cols.append(Column("amount", years[n // per], _source(leaf), leaf))
    elif years:
        for y in years:
            cols.append(Column("amount", y, "total", f"Năm {y}"))
    else:
        for leaf in leaves:
            cols.append(Column("amount", None, _source(leaf), leaf))
    if has_note:
        cols.append(Column("note", header="Ghi chú"))
    return cols


def _row_kind(code: str, label: str) -> str:
    if TOTAL_ROW.match(label.strip()):
        return "total"
    if ROMAN.match(code.strip()):
        return "group"
    return "item"


def interpret(table: RawTable, tid: str, period: dict, multiplier: int) -> tuple[dict, list[dict], list[dict]]:
    issues = list(table.issues)
    _fix_years(table.columns, period, issues)
    ci = next((n for n, c in enumerate(table.columns) if c.role == "code"), None)
    li = next((n for n, c in enumerate(table.columns) if c.role == "label"), None)
    amount_cols = [n for n, c in enumerate(table.columns) if c.role == "amount"]
    total_col = next((n for n in amount_cols if table.columns[n].source == "total" and table.columns[n].year is None), None)
    leaf_cols = [n for n in amount_cols if n != total_col and table.columns[n].year is not None]
    rows_out, items = [], []
    after_total = False
    parsed_rows = []
    for row in table.rows:
        row = row + [""] * (len(table.columns) - len(row))
        code = row[ci].strip() if ci is not None else ""
        label = row[li].strip() if li is not None else ""
        kind = _row_kind(code, label)
        readings = {n: parse_number(row[n]) for n in amount_cols}
        filled = [n for n in amount_cols if readings[n].value is not None]
        summary = after_total and len(filled) == 1 and filled[0] == total_col
        if kind == "total":
            after_total = True
        parsed_rows.append((code, label, "total" if summary else kind, readings, summary, row))
        rows_out.append({"code": code or None, "label": label or None, "cells": row, "kind": "total" if summary else kind})
    # sum checks: the total column against the sum of its row's leaves
    amounts: dict[tuple[int, int], Decimal] = {}
    flags: dict[tuple[int, int], list[str]] = {}
    for r, (code, label, kind, readings, summary, row) in enumerate(parsed_rows):
        for n, rd in readings.items():
            if rd.value is not None:
                amounts[(r, n)] = rd.value
                flags[(r, n)] = list(rd.flags)
        if total_col is None or summary or (r, total_col) not in amounts or not leaf_cols:
            continue
        parts = [amounts[(r, n)] for n in leaf_cols if (r, n) in amounts]
        if not parts:
            continue
        leaf_sum = sum(parts)
        total = amounts[(r, total_col)]
        if leaf_sum == total:
            continue
        raw = readings[total_col].raw.strip()
        f = flags[(r, total_col)]
        if FOOTNOTE in f:
            alt = readings[total_col].candidates[0] if readings[total_col].candidates else None
            if alt == leaf_sum:
                amounts[(r, total_col)] = alt
            continue
        f.append("budget.row_sum_mismatch")
        damaged = OCR in f or (raw.startswith("0") and len(raw) > 1 and not raw.startswith("0,"))
        if damaged or _column_prefers(parsed_rows, amounts, r, total_col, leaf_sum):
            if damaged and OCR not in f:
                f.append(OCR)
            if "budget.column_sum_mismatch" not in f:
                f.append("budget.column_sum_mismatch")
            amounts[(r, total_col)] = leaf_sum
        issues.append({"code": "budget.row_sum_mismatch", "severity": "warning",
                       "message": f"table {tid} row {code or label[:30]!r}: total {raw} but its parts sum to {leaf_sum}",
                       "where": tid})
    for r, (code, label, kind, readings, summary, row) in enumerate(parsed_rows):
        for n in amount_cols:
            if (r, n) not in amounts:
                continue
            col = table.columns[n]
            source, year = col.source, col.year
            if summary:
                source, year = source_of(label), None
            items.append({"table": tid, "row_code": code or None, "row_label": label or None, "row_kind": kind,
                          "year": year, "source": source, "amount_vnd": to_vnd(amounts[(r, n)], multiplier),
                          "raw": readings[n].raw, "flags": flags.get((r, n), [])})
    model = {"id": tid, "title": table.title, "unit": table.unit[0] if table.unit else None, "multiplier": multiplier,
             "header": table.header, "rows": rows_out, "span": span(table.start, table.end)}
    return model, items, issues


def _column_prefers(parsed_rows, amounts, r, col, alternative) -> bool:
    """Whether the group row above row r sums to its children only with `alternative`."""
    group = None
    for g in range(r - 1, -1, -1):
        if parsed_rows[g][2] == "group":
            group = g
            break
    if group is None or (group, col) not in amounts:
        return False
    children = []
    for k in range(group + 1, len(parsed_rows)):
        if parsed_rows[k][2] in ("group", "total"):
            break
        if parsed_rows[k][0].strip() in ("-", "+"):
            continue
        if (k, col) in amounts:
            children.append(alternative if k == r else amounts[(k, col)])
    return sum(children) == amounts[(group, col)]


def extract_budget_tables(doc: Document, period: dict, statements: list[dict]) -> dict:
    tables, items, issues = [], [], []
    found = grid_tables(doc) + flattened_tables(doc)
    found.sort(key=lambda t: t.start)
    for n, table in enumerate(found, start=1):
        if not any(c.role == "amount" for c in table.columns):
            continue
        multiplier = table.unit[1] if table.unit else 10**6
        model, its, iss = interpret(table, f"t{len(tables) + 1}", period, multiplier)
        tables.append(model)
        items += its
        issues += iss
    issues += _statement_checks(statements, tables, items)
    return {"tables": tables, "items": items, "issues": issues}


def _statement_checks(statements: list[dict], tables: list[dict], items: list[dict]) -> list[dict]:
    """A prose sum that disagrees with the table total for the same project and source."""
    issues = []
    for s in statements:
        pm = re.match(r"Dự án (\d+)", s["scope"])
        if not pm or s["year"] is not None:
            continue
        for t in tables:
            title = (t["title"] or "").upper()
            if f"DỰ ÁN {pm.group(1)}" not in title and f"DỰ ÁN {pm.group(1)}:" not in title:
                continue
            cands = [i for i in items if i["table"] == t["id"] and i["row_kind"] == "total" and i["year"] is None
                     and i["source"] == s["source"]]
            if cands and all(i["amount_vnd"] != s["amount_vnd"] for i in cands):
                s["flags"].append("budget.statement_table_mismatch")
                issues.append({"code": "budget.statement_table_mismatch", "severity": "warning",
                               "message": f"{s['scope']} {s['source']}: prose says {s['raw']}, table {t['id']} says "
                                          f"{cands[0]['raw']}", "where": str(s["span"])})
    return issues
