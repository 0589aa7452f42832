"""Budget tables: every table as one model, tidy items in VND, and sum checks.

Tables come from extractors.tables.rebuild (grid, flattened, "|"-per-line), their sums are
checked and repaired by extractors.tables.checks; here the header's years are fixed against
the plan's period, columns that name no source take the one the title names ("... chi ngân
sách địa phương" -> local), a table whose columns name no year takes its title's or its
appendix's, a row that names a source gives it to the rows under it, an indicator form
("Chỉ tiêu | Đơn vị tính | Số liệu") counts only its money rows, each in its own unit, rows
get their kinds, and every non-empty amount cell becomes an item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from extractors.document import Document
from extractors.fields.budget_statements import NOT_BUDGET, read_label, source_of
from extractors.fields.common import span
from extractors.tables.checks import Checker, Row, level_of, read_cells, total_column
from extractors.tables.rebuild import (MERGED_CODE, SOURCE_HEAD, STATE_BUDGET, Column, RawTable, flattened_tables,
                                      grid_tables)
from extractors.tables.roles import TableCounts, assign_roles, counted_cells, outline, table_counts
from normalizers.money import header_unit, table_unit, to_vnd, unit_cell_multiplier
from normalizers.numbers import parse_number

TOTAL_ROW = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng)\b", re.I)
# a row of ratios in a table of amounts: "Tỷ lệ mức dư nợ ... (%)", "Tốc độ tăng thu"
RATIO_ROW = re.compile(r"^[-+*\s]*(?:tỷ lệ|tỉ lệ|tốc độ|so sánh|chỉ số)\b|\(\s*%\s*\)\s*$", re.I)
ROMAN = re.compile(r"^[IVXL]{1,5}\.?$")
# a task table's time column: "Thời gian", "Thời gian thực hiện", "Tiến độ", "Thời hạn hoàn thành" holds when
# ("2027", "2027 - 2028"), not how much
TIME_HEAD = re.compile(r"^\s*(?:thời gian|thời hạn|tiến độ|thời điểm)\b", re.I)


def _time_columns_as_text(columns: list[Column]) -> None:
    """A column the reader took for amounts whose header names a time (a bare year in its
    cells looks like an amount) is read as text."""
    for c in columns:
        if c.role == "amount" and any(TIME_HEAD.match(part) for part in c.header.split(" / ")):
            c.role = "text"


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
    """A "Tổng ..." row is the table's total unless numbered as a part ("III. Tổng mức
    vay trong năm" is a group like its siblings; "A. TỔNG CHI" heads the table)."""
    if TOTAL_ROW.match(label.strip()) and not re.match(r"^(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?$", code.strip()):
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
              row_multipliers: list[int] | None = None,
              flagged: dict[tuple[int, int], list[str]] | None = None
              ) -> tuple[dict, list[dict], list[dict], TableCounts]:
    """The table's rows, checked, and its items (which of them count: extractors.tables.roles);
    `row_multipliers` gives each row its own unit where a unit column says it row by row;
    `flagged` holds the reader's doubts."""
    flagged = flagged or {}

    def from_reader(cell) -> tuple[str, ...]:
        if not flagged:  # (most tables: the reader doubted no cell)
            return ()
        return tuple(flagged.get((cell.start, cell.end), ())) if cell is not None and cell.text else ()

    issues = list(table.issues)
    _fix_years(table.columns, period, issues)
    columns = table.columns
    width = len(columns)
    ci = next((n for n, c in enumerate(columns) if c.role == "code"), None)
    li = next((n for n, c in enumerate(columns) if c.role == "label"), None)
    amount = [n for n, c in enumerate(columns) if c.role == "amount"]
    total_col = total_column(columns)
    rows: list[Row] = []
    after_total = False
    for k, raw in enumerate(table.rows):
        code = raw[ci].text.strip() if ci is not None and ci < len(raw) else ""
        label = raw[li].text.strip() if li is not None and li < len(raw) else ""
        if code == label:  # one cell merged over the code and the label: "TỔNG CỘNG", "I. Quảng bá điểm đến"
            m = MERGED_CODE.match(label)
            code, label = (m.group(1), m.group(2).strip()) if m else ("", label)
        cells = list(raw[:width]) + [None] * (width - len(raw))
        row = Row(code, label, _row_kind(code, label), raw, cells, irregular=_irregular(raw, columns),
                  multiplier=row_multipliers[k] if row_multipliers else multiplier)
        row.values, row.readings = read_cells(cells, 0, [] if RATIO_ROW.search(label) else amount)
        for n, rd in row.readings.items() if flagged else ():  # the reader's doubt counts as the number's own
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
    try:
        parents = outline(rows)
        counted = counted_cells(rows, columns, checker, parents)
    except Exception as exc:  # a bug in counting costs the counted flags of this table, not its items
        parents, counted = [None] * len(rows), set()
        issues.append({"code": "extract.field_failed", "severity": "error", "where": tid,
                       "message": f"budget.items.counted of table {tid}: {type(exc).__name__}: {exc}"})
    items = []
    si = next((n for n, c in enumerate(columns) if c.role == "source"), None)
    # the rows are the sources when "Nguồn vốn", "Nguồn kinh phí" heads the column that names them
    li = next((n for n, c in enumerate(columns) if c.role == "label"), None)
    source_rows = si is None and li is not None and SOURCE_HEAD.match(columns[li].header.split(" / ")[-1]) is not None
    for r, (row, row_source) in enumerate(zip(rows, _row_sources(rows))):
        named = source_of(row.raw[si].text) if si is not None and si < len(row.raw) and row.raw[si].text.strip() else None
        if named is None and source_rows and row.kind == "item" and row.label and not STATE_BUDGET.search(row.label):
            named = source_of(row.label)  # (an item row there names a source, one of the codes' or "other")
        if named is not None:  # "Ngân sách tỉnh" -> local; "Vốn ODA" -> other, unless a row above names
            # the budget it is a part of ("A. Vốn ngân sách địa phương" / "1. Vốn từ nguồn thu xổ số")
            # (a total row whose source cell names the total, its label spanning that column: the total's)
            row_source = named if named != "total" else row_source if row.kind == "total" else (row_source or "other")
        for n in amount:
            if n not in row.values:
                continue
            col = columns[n]
            source, year = col.source, col.year
            if row.kind == "summary":
                source, year = source_of(row.label), None
            elif year is None and (ry := ROW_YEAR.match(row.label or "")):
                year = int(ry.group(1))  # "Năm 2026 | 1.000 | 600 | 300": the years are the rows
            if row.kind != "summary" and row_source == "state":
                source = "total"  # the state budget's lines in a table titled by the local budget
            elif row.kind != "summary" and source == "total" and row_source:
                source = row_source  # "I. Vốn ngân sách Trung ương" and the rows under it
            cell = row.cells[n]
            items.append({"table": tid, "row_code": row.code or None, "row_label": row.label or None,
                          "row_kind": "total" if row.kind == "summary" else row.kind,
                          "year": year, "source": source, "amount_vnd": to_vnd(row.values[n], row.multiplier),
                          "raw": row.readings[n].raw if n in row.readings else "",
                          "flags": (row.flags.get(n, []) + [f for f in from_reader(cell) if f not in row.flags.get(n, [])]
                                    if flagged else list(row.flags.get(n, ()))),
                          "span": span(cell.start, cell.end) if cell is not None and cell.text else None,
                          "table_role": "detail", "counted": (r, n) in counted, "row_index": r, "column_index": n})
    model = {"id": tid, "title": table.title, "unit": table.unit[0] if table.unit else None, "multiplier": multiplier,
             "header": table.header,
             "rows": [{"code": r.code or None, "label": r.label or None, "kind": "total" if r.kind == "summary" else r.kind,
                       "cells": [c.text for c in r.raw]} for r in rows],
             "role": "detail", "summarizes": [], "span": span(table.start, table.end)}
    return model, items, issues, table_counts(tid, table.title, rows, columns, parents, items)


# a row that is one year of the plan: "Năm 2026", "2027", "Năm 2028:" (the years as rows, the sources as columns)
ROW_YEAR = re.compile(r"^\s*(?:[Nn]ăm|NĂM)?\s*((?:19|20)\d{2})\s*:?\s*$")


# the words that make a level's name a budget: "Ngân sách cấp xã", "Vốn huyện", "NSĐP"
MONEY_NAMED = re.compile(r"ngân sách|\bvốn\b|nguồn|kinh phí|\bNS|địa phương", re.I)


# the spending of one budget, which is that budget's money: "II. Tổng chi ngân sách huyện", "Chi NSĐP"
SPENDING_OF = re.compile(r"^\s*(?:tổng\s+)?chi\s+(?:ngân sách|NS(?:ĐP|TW)\b)", re.I)


def _row_sources(rows: list[Row]) -> list[str | None]:
    """The source a row names when its label names only a source ("- Ngân sách Trung
    ương", "II. Vốn ngân sách tỉnh"), which the rows under it share; None elsewhere (a
    budget line such as "Thu từ doanh nghiệp do Trung ương quản lý" names none)."""
    out: list[str | None] = []
    named: dict[float, str] = {}  # outline level -> the source a row there names
    for row in rows:
        level = level_of(row)
        own = source_of(row.label) if row.kind != "total" else "total"
        if row.kind != "total" and STATE_BUDGET.search(row.label):
            own = "state"  # "A. TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN": all sources, whatever the title's budget
        if own not in ("total", "state") and (len(row.label.split()) > 10 or not read_label(row.label + ": ").plain) \
                and not SPENDING_OF.match(row.label):
            own = "total"  # a budget line that mentions a source ("Thu từ doanh nghiệp do Trung ương quản lý")
        if own == "local" and not MONEY_NAMED.search(row.label):
            own = "total"  # a level that carries the tasks out ("B. Cấp xã", "Nhiệm vụ cấp huyện"), not its budget
        if level is not None:
            named = {k: v for k, v in named.items() if k < level}
            if own != "total":
                named[level] = own
        out.append(own if own != "total" else (named[max(named)] if named and level is not None else None))
    return out


def extract_budget_tables(doc: Document, period: dict, statements: list[dict]) -> dict:
    tables, items, issues, counts = [], [], [], []
    found = grid_tables(doc) + flattened_tables(doc)
    found.sort(key=lambda t: t.start)
    flagged = reader_flags(doc)
    for table in found:
        _time_columns_as_text(table.columns)
        if not any(c.role == "amount" for c in table.columns):
            continue
        # the unit: "Đơn vị tính" by the table, else a header cell's "(triệu đồng)", else
        # a unit column row by row, else the usual unit of these tables, said as an assumption
        table.unit = table.unit or next((u for row in table.header for cell in row for u in [header_unit(cell)] if u), None)
        row_units = None if table.unit else _row_units(table)
        if row_units is not None:
            kept = [(row, u) for row, u in zip(table.rows, row_units) if u]
            if not kept:
                continue
            table.rows = [row for row, _ in kept]
            row_units = [u for _, u in kept]
            table.unit = Counter(row_units).most_common(1)[0][0]
        elif not _about_money(table):
            continue
        tid = f"t{len(tables) + 1}"
        values = _amount_values(table) if table.unit is None else []
        if table.unit is None and (told := _unit_told_by_statements(values, statements)):
            table.unit = told
            issues.append({"code": "table.unit_from_prose", "severity": "info", "where": tid,
                           "message": f"table {tid} states no unit; read in {told[0]}, the unit in which the prose "
                                      "states its largest amount"})
        if table.unit is None:
            table.unit = _assumed_unit(values)
            issues.append({"code": "table.unit_assumed", "severity": "warning", "where": tid,
                           "message": f"table {tid} states no unit; read in {table.unit[0]}, as the size of its numbers "
                                      "suggests (budget tables count in triệu đồng unless the amounts run to millions)"})
        _source_and_year_from_title(table)
        _stage_years(table)
        model, its, iss, tc = interpret(table, tid, period, table.unit[1],
                                        [u[1] for u in row_units] if row_units else None, flagged)
        tables.append(model)
        items += its
        issues += iss
        counts.append(tc)
    _roles(tables, items, counts)
    issues += _statement_checks(statements, tables, items)
    return {"tables": tables, "items": items, "issues": issues}


def _roles(tables: list[dict], items: list[dict], counts: list[TableCounts]) -> None:
    """Summary tables and the rows other tables restate (extractors.tables.roles)."""
    summarizes = assign_roles(counts)
    restated = {c.id: c.restated for c in counts}
    for t in tables:
        t["summarizes"] = summarizes[t["id"]]
        t["role"] = "summary" if t["summarizes"] else "detail"
    roles = {t["id"]: t["role"] for t in tables}
    for i in items:
        i["table_role"] = roles[i["table"]]
        if i["row_index"] in restated[i["table"]]:
            i["counted"] = False


# the budget a title names: "DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC", "CHI NGÂN SÁCH ĐỊA PHƯƠNG", "NSNN"
TITLE_BUDGET = re.compile(r"ngân sách\s+(?:nhà nước|trung ương|địa phương|cấp\s+(?:tỉnh|huyện|xã)|tỉnh|huyện|xã)|"
                          r"\bNS(?:NN|TW|ĐP)\b", re.I)


def _source_and_year_from_title(table: RawTable) -> None:
    """Columns that state no source take the one budget the title names (the state
    budget is all sources: "total"); a table whose columns name no year takes the one
    year of its title or of the appendix it sits in."""
    named = {"total" if STATE_BUDGET.search(m) else source_of(m) for m in TITLE_BUDGET.findall(table.title or "")}
    amount = [c for c in table.columns if c.role == "amount"]
    if len(named) == 1 and (source := named.pop()) != "total":
        for c in amount:
            if c.source == "total":
                c.source = source
    if table.context_year and not any(c.year for c in amount):
        for c in amount:
            c.year = table.context_year


# a column of what was done with a budget: "Thực hiện 6 tháng", "Ước thực hiện cả năm", "Giải ngân đến 30/6",
# "Lũy kế giải ngân" (not "Tổng mức đầu tư", a sum over all years)
STAGE_HEAD = re.compile(r"^(?:ước\s+)?(?:thực hiện|TH\b)|^(?:lũy kế\s+)?(?:đã\s+)?giải ngân|^lũy kế\b", re.I)


def _stage_years(table: RawTable) -> None:
    """A results column that names no year beside estimates that all name one year ("Dự toán
    năm 2023 | Thực hiện 6 tháng"): the execution of that year's budget, so that year."""
    amount = [c for c in table.columns if c.role == "amount"]
    years = {c.year for c in amount if c.year is not None}
    if len(years) != 1:
        return
    year = years.pop()
    for c in amount:
        if c.year is None and any(STAGE_HEAD.match(part.strip()) for part in c.header.split(" / ")):
            c.year = year


def _row_units(table: RawTable) -> list[tuple[str, int] | None] | None:
    """A table of indicators with a unit column and no unit of its own ("Chỉ tiêu | Đơn vị
    tính | Số liệu") counts money only in the rows whose unit is money and that are about
    the budget ("Kế hoạch vốn được giao | Triệu đồng" under "Giải ngân vốn đầu tư công",
    not the economy's "GRDP | Tỷ đồng"): each such row in its own unit, the other rows
    not at all.
    None where the table is not one of these."""
    roles = {c.role for c in table.columns}
    unit_col = next((n for n, c in enumerate(table.columns) if c.role == "unit"), None)
    if unit_col is None or roles & {"quantity", "rate"}:
        return None
    ci = next((n for n, c in enumerate(table.columns) if c.role == "code"), None)
    li = next((n for n, c in enumerate(table.columns) if c.role == "label"), None)

    def cell(row, n):
        return row[n].text.strip() if n is not None and n < len(row) else ""

    units = [_money_unit(cell(row, unit_col)) for row in table.rows]
    if not any(units):
        return None
    out: list[tuple[str, int] | None] = []
    for r, (row, unit) in enumerate(zip(table.rows, units)):
        label = cell(row, li)
        code = cell(row, ci).rstrip(".")
        parent = next((cell(p, li) for p in reversed(table.rows[:r])
                       if code.count(".") and cell(p, ci).rstrip(".") == code.rsplit(".", 1)[0]), "")
        about = f"{parent} {label}"
        out.append(unit if unit and not NOT_BUDGET.search(about) else None)
    return out


def _money_unit(text: str) -> tuple[str, int] | None:
    """A unit cell that is a money unit and nothing more ("Triệu đồng", "Tr.đ"; not
    "Triệu người", "Triệu USD")."""
    unit = " ".join(text.strip(" .*()").lower().split())
    mult = unit_cell_multiplier(unit)  # (its marks lost or misread too: OCR's "Triệu đông")
    return (unit, mult) if mult else None


# ("tỷ" the money unit, not the "Tỷ lệ (%)" of a results table's ratio column)
MONEY_WORDS = re.compile(r"kinh phí|dự toán|ngân sách|nguồn vốn|\bvốn\b|thành tiền|số tiền|tổng cộng|tổng số|"
                         r"triệu|đồng|\bt[ỷỉ]\b(?!\s*lệ)|NSTW|NSĐP|trung ương|địa phương|xã hội hóa|huy động", re.I)


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
    money = sum(1 for u in per_row if unit_cell_multiplier(u) or table_unit(f"đơn vị tính: {u}"))
    return bool(per_row) and money * 2 > len(per_row)


_UNIT_NAMES = {1: "đồng", 10**3: "nghìn đồng", 10**6: "triệu đồng", 10**9: "tỷ đồng"}
_LEADING_NUMBER = re.compile(r"\d[\d.,]*")


def _amount_values(table: RawTable) -> list[Decimal]:
    """The table's amounts above zero, as read, row by row."""
    amount = [n for n, c in enumerate(table.columns) if c.role == "amount"]
    return [v for row in table.rows for n in amount if n < len(row)
            for v in [parse_number(row[n].text).value] if v is not None and v > 0]


def _unit_told_by_statements(values: list[Decimal], statements: list[dict]) -> tuple[str, int] | None:
    """A table that states no unit, whose largest amount (`values`: its grand total, as a rule) the prose
    states with a unit: "Tổng kinh phí ... là 48.600.000 nghìn đồng" over a table whose "Tổng
    cộng" row reads 48.600.000 counts in nghìn đồng. The unit is the one that makes the
    statement's figure and the table's the same amount; None when no statement states it."""
    if not values:
        return None
    largest = max(values)
    for s in statements:
        m = _LEADING_NUMBER.match(s.get("raw") or "")
        vnd = s.get("amount_vnd")
        if not m or not isinstance(vnd, int) or parse_number(m.group()).value != largest:
            continue
        for multiplier, name in _UNIT_NAMES.items():
            if to_vnd(largest, multiplier) == vnd:
                return name, multiplier
    return None


def _assumed_unit(values: list[Decimal]) -> tuple[str, int]:
    """No unit stated: amounts (`values`) in the hundreds of thousands and more are đồng (a plan
    does not count a line in trillions), smaller ones triệu đồng, the usual unit."""
    values = sorted(values)
    if values and values[len(values) // 2] >= 100_000:
        return "đồng", 1
    return "triệu đồng", 10**6


def _statement_checks(statements: list[dict], tables: list[dict], items: list[dict]) -> list[dict]:
    """A prose sum for a whole project (or the whole plan) that disagrees with the total
    row of the table for the same project (or of the plan's summary table)."""
    issues = []
    totals: dict[str, list[dict]] = {}  # table id -> its all-years total items, in order (sorted out once)
    for i in items:
        if i["row_kind"] == "total" and i["year"] is None:
            totals.setdefault(i["table"], []).append(i)
    projects = [(t, re.search(r"DỰ ÁN\s*(\d+)", (t["title"] or "").upper())) for t in tables]  # the project a title names
    for s in statements:
        if s.get("partial"):
            continue  # "Kinh phí năm 2019-2020: ..." is a part of the total, not the total
        pm = re.match(r"Dự án (\d+)", s["scope"])
        if not pm and s["scope"] != "total":
            continue
        for t, named in projects:
            if (pm and (not named or named.group(1) != pm.group(1))) or (not pm and named):
                continue
            cands = [i for i in totals.get(t["id"], ()) if i["source"] == s["source"]]
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
