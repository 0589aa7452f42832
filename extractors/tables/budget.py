"""Budget tables: every table as one model, tidy items in VND, and sum checks.

Tables come from extractors.tables.rebuild (grid and flattened), their sums are checked
and repaired by extractors.tables.checks; here the header's years are fixed against the
plan's period, rows get their kinds, and every non-empty amount cell becomes an item.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from extractors.document import Document
from extractors.fields.budget_statements import source_of
from extractors.fields.common import span
from extractors.tables.checks import Checker, Row, read_cells
from extractors.tables.rebuild import Column, RawTable, flattened_tables, grid_tables
from normalizers.money import header_unit, table_unit, to_vnd, unit_multiplier
from normalizers.numbers import parse_number

TOTAL_ROW = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng)\b", re.I)
ROMAN = re.compile(r"^[IVXL]{1,5}\.?$")


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


def _row_kind(code: str, label: str) -> str:
    if TOTAL_ROW.match(label.strip()):
        return "total"
    if ROMAN.match(code.strip()):
        return "group"
    return "item"


def _irregular(raw: list, columns: list[Column]) -> bool:
    """A row that does not fit the header: a cell missing where an amount belongs, or an
    extra cell with something in it (a missing last note, an empty stray cell is fine)."""
    width = len(columns)
    if len(raw) < width:
        return any(c.role == "amount" for c in columns[len(raw):])
    return any(c.text.strip() for c in raw[width:])


def reader_flags(doc: Document) -> dict[tuple[int, int], list[str]]:
    """Cell span -> the codes its reader gave it (an OCR number read with low confidence)."""
    return {b.cell_spans[r][c]: codes for b in doc.tables if b.cell_flags and b.cell_spans
            for (r, c), codes in b.cell_flags.items() if r < len(b.cell_spans) and c < len(b.cell_spans[r])}


def interpret(table: RawTable, tid: str, period: dict, multiplier: int,
              flagged: dict[tuple[int, int], list[str]] | None = None) -> tuple[dict, list[dict], list[dict]]:
    flagged = flagged or {}

    def from_reader(cell) -> tuple[str, ...]:
        return tuple(flagged.get((cell.start, cell.end), ())) if cell is not None and cell.text else ()

    issues = list(table.issues)
    _fix_years(table.columns, period, issues)
    columns = table.columns
    width = len(columns)
    ci = next((n for n, c in enumerate(columns) if c.role == "code"), None)
    li = next((n for n, c in enumerate(columns) if c.role == "label"), None)
    amount = [n for n, c in enumerate(columns) if c.role == "amount"]
    total_col = next((n for n in amount if columns[n].source == "total" and columns[n].year is None), None)
    rows: list[Row] = []
    after_total = False
    for raw in table.rows:
        code = raw[ci].text.strip() if ci is not None and ci < len(raw) else ""
        label = raw[li].text.strip() if li is not None and li < len(raw) else ""
        cells = list(raw[:width]) + [None] * (width - len(raw))
        row = Row(code, label, _row_kind(code, label), raw, cells, irregular=_irregular(raw, columns))
        row.values, row.readings = read_cells(cells, 0, amount)
        for n, rd in row.readings.items():  # the reader's doubt counts as the number's own
            extra = [f for f in from_reader(cells[n]) if f not in rd.flags]
            if extra:
                row.readings[n] = replace(rd, flags=rd.flags + tuple(extra))
        row.flags = {n: list(rd.flags) for n, rd in row.readings.items() if rd.value is not None}
        rows.append(row)
    # several "Cộng" rows: the largest is the table's total, the others are subtotals
    totals = [r for r in rows if r.kind == "total"]
    if len(totals) > 1:
        grand = max(totals, key=lambda r: (r.values.get(total_col, Decimal(-1)) if total_col is not None else 0,
                                           rows.index(r)))
        for r in totals:
            if r is not grand:
                r.kind = "subtotal"
    for row in rows:
        if after_total and list(row.values) == [total_col]:
            row.kind = "summary"  # "- Ngân sách Trung ương: 55.751" under the total row
        after_total = after_total or row.kind == "total"
    checker = Checker(rows, columns)
    for issue in checker.run():
        issue["message"] = f"table {tid} {issue['message']}"
        issue["where"] = tid
        issues.append(issue)
    # a group is a row with the rows it sums under it (SPEC: Roman rows whose children
    # follow): "2." over "-" rows is one, "III." with nothing under it is an item, so
    # that summing the items never counts a number twice nor misses one
    for r, row in enumerate(rows):
        if row.kind == "item" and checker.children(r) and checker.trusted(r):
            row.kind = "group"
        elif row.kind == "group" and not checker.children(r):
            row.kind = "item"
    items = []
    for row in rows:
        for n in amount:
            if n not in row.values:
                continue
            col = columns[n]
            source, year = col.source, col.year
            if row.kind == "summary":
                source, year = source_of(row.label), None
            cell = row.cells[n]
            items.append({"table": tid, "row_code": row.code or None, "row_label": row.label or None,
                          "row_kind": "total" if row.kind == "summary" else row.kind,
                          "year": year, "source": source, "amount_vnd": to_vnd(row.values[n], multiplier),
                          "raw": row.readings[n].raw if n in row.readings else "",
                          "flags": row.flags.get(n, []) + [f for f in from_reader(cell) if f not in row.flags.get(n, [])],
                          "span": span(cell.start, cell.end) if cell is not None and cell.text else None})
    model = {"id": tid, "title": table.title, "unit": table.unit[0] if table.unit else None, "multiplier": multiplier,
             "header": table.header,
             "rows": [{"code": r.code or None, "label": r.label or None, "kind": "total" if r.kind == "summary" else r.kind,
                       "cells": [c.text for c in r.raw]} for r in rows],
             "span": span(table.start, table.end)}
    return model, items, issues


def extract_budget_tables(doc: Document, period: dict, statements: list[dict]) -> dict:
    tables, items, issues = [], [], []
    found = grid_tables(doc) + flattened_tables(doc)
    found.sort(key=lambda t: t.start)
    flagged = reader_flags(doc)
    for table in found:
        if not any(c.role == "amount" for c in table.columns) or not _about_money(table):
            continue
        tid = f"t{len(tables) + 1}"
        # the unit: "Đơn vị tính" by the table, else a header cell's "(triệu đồng)", else
        # the usual unit of these tables, said as an assumption
        table.unit = table.unit or next((u for row in table.header for cell in row for u in [header_unit(cell)] if u), None)
        if table.unit is None:
            table.unit = _assumed_unit(table)
            issues.append({"code": "table.unit_assumed", "severity": "warning", "where": tid,
                           "message": f"table {tid} states no unit; read in {table.unit[0]}, as the size of its numbers "
                                      "suggests (budget tables count in triệu đồng unless the amounts run to millions)"})
        model, its, iss = interpret(table, tid, period, table.unit[1], flagged)
        tables.append(model)
        items += its
        issues += iss
    issues += _statement_checks(statements, tables, items)
    return {"tables": tables, "items": items, "issues": issues}


MONEY_WORDS = re.compile(r"kinh phí|dự toán|ngân sách|nguồn vốn|\bvốn\b|thành tiền|số tiền|tổng cộng|tổng số|"
                         r"triệu|đồng|\btỷ\b|NSTW|NSĐP|trung ương|địa phương|xã hội hóa|huy động", re.I)


def _about_money(table: RawTable) -> bool:
    """A budget table says it counts money: a unit line, money words in its title or
    header, or money units in its ĐVT column. A table of indicators ("Chỉ tiêu | ĐVT |
    Năm 2024" with "%", "người" per row) has numbers too, and is not one."""
    words = " ".join([table.title or ""] + [c for row in table.header for c in row])
    if table.unit or MONEY_WORDS.search(words):
        return True
    unit_col = next((n for n, c in enumerate(table.columns) if c.role == "unit"), None)
    if unit_col is None:
        return False
    per_row = [row[unit_col].text.strip() for row in table.rows if unit_col < len(row) and row[unit_col].text.strip()]
    money = sum(1 for u in per_row if unit_multiplier(u) or table_unit(f"đơn vị tính: {u}"))
    return bool(per_row) and money * 2 > len(per_row)


def _assumed_unit(table: RawTable) -> tuple[str, int]:
    """No unit stated: amounts in the hundreds of thousands and more are đồng (a plan
    does not count a line in trillions), smaller ones triệu đồng, the usual unit."""
    amount = [n for n, c in enumerate(table.columns) if c.role == "amount"]
    values = sorted(v for row in table.rows for n in amount if n < len(row)
                    for v in [parse_number(row[n].text).value] if v is not None and v > 0)
    if values and values[len(values) // 2] >= 100_000:
        return "đồng", 1
    return "triệu đồng", 10**6


def _statement_checks(statements: list[dict], tables: list[dict], items: list[dict]) -> list[dict]:
    """A prose sum for a whole project (or the whole plan) that disagrees with the total
    row of the table for the same project (or of the plan's summary table)."""
    issues = []
    for s in statements:
        if s.get("partial"):
            continue  # "Kinh phí năm 2019-2020: ..." is a part of the total, not the total
        pm = re.match(r"Dự án (\d+)", s["scope"])
        if not pm and s["scope"] != "total":
            continue
        for t in tables:
            title = (t["title"] or "").upper()
            named = re.search(r"DỰ ÁN\s*(\d+)", title)
            if (pm and (not named or named.group(1) != pm.group(1))) or (not pm and named):
                continue
            cands = [i for i in items if i["table"] == t["id"] and i["row_kind"] == "total" and i["year"] is None
                     and i["source"] == s["source"]]
            if not cands:
                continue
            if all(s["amount_vnd"] not in _readings(i, t["multiplier"]) for i in cands):
                s["flags"].append("budget.statement_table_mismatch")
                issues.append({"code": "budget.statement_table_mismatch", "severity": "warning",
                               "message": f"{s['scope']} {s['source']}: prose says {s['raw']}, table {t['id']} says "
                                          f"{cands[0]['raw']}", "where": f"{s['span']['start']}-{s['span']['end']}"})
            break  # the first table for the scope is its table
    return issues


def _readings(item: dict, multiplier: int) -> set[int]:
    """The item's amount and the other readings of its raw text (67.4011 -> 67.401 or 67.4011)."""
    rd = parse_number(item["raw"])
    return {item["amount_vnd"], *(to_vnd(v, multiplier) for v in rd.candidates),
            *([to_vnd(rd.value, multiplier)] if rd.value is not None else [])}
