"""Which cells of a document's budget tables count, so that summing the counted ones gives
the plan's total with no amount twice (`budget.items[].counted`), and which tables are
summaries of others (`budget.tables[].role`, `summarizes`).

Within a table, an amount is stated at several levels: a parent row and the rows under it,
an all-years column and its years, a year and its sources. A cell counts where it is the
finest level whose parts add up:

- down a column: a row counts where it has no rows under it, or where the rows under it do
  not add up to it (a "Trong đó" line, two alternative breakdowns, a partial list), and
  its rows count (recursively) where they do. The outline is the row codes' (I, 1, 1.1,
  a, -, +), a "Trong đó"/"Bao gồm" line or a line with neither code nor bullet is a note
  on the row above it (never a parent), and a total row is the parent of the rows no other
  row is; subtotal rows and the source lines under a total ("- Ngân sách Trung ương:
  55.751") restate other rows and never count;
- across a row: the same, over the column relations the sum checks use (all-years =
  its years, a year = its sources); a column that breaks an amount down another way than
  the relation's parts (sources beside years) never counts, and where a table gives
  several figures for one year and source ("Dự toán", "Ước thực hiện") only the first does.

A cell counts when it counts both ways. Nothing is taken on trust: a parent whose parts do
not add up exactly counts itself, so a wrong outline costs detail, never the total.

Across tables: a row whose amounts equal another table's totals (in two or more columns, or
in one where its label shares most words with that table's title) is restated by that
table, and it and the rows under it do not count; a table with such rows is a `summary`
that `summarizes` them. A table whose stated total equals another's is a second breakdown
of the same money: the one with fewer counted cells is the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from extractors.tables.checks import Checker, Row, level_of
from extractors.tables.rebuild import Column

# a line that breaks down part of the row above it: "Trong đó: Thu khác ngân sách Trung ương", "Bao gồm: - Phí ..."
NOTE_LINE = re.compile(r"^\s*(?:trong đó|bao gồm|gồm|chia ra|cụ thể|riêng)\b", re.I)
# a bullet that opens a label: "- Thuế giá trị gia tăng", "+ Xã A"
BULLET = re.compile(r"^\s*([-+*•–])\s")
BULLET_LEVEL = {"-": 6, "–": 6, "•": 6, "+": 7, "*": 8}
WORD = re.compile(r"\w{2,}")  # words a label and a title share
NOT_IN_TREE = ("summary", "subtotal")


@dataclass
class TableCounts:
    """What the cross-table step needs of one table."""

    id: str
    title: str
    labels: list[str]
    kinds: list[str]
    parents: list[int | None]
    stated_total: dict[tuple, Decimal] | None  # the total row's amounts by (year, source)
    totals: dict[tuple, Decimal]  # the counted cells' sums by (year, source) coverage
    rows: list[dict[tuple, Decimal]]  # each row's amounts by (year, source), first columns only
    counted: int = 0
    restated: dict[int, str] = field(default_factory=dict)  # row -> the table that restates it


def outline(rows: list[Row]) -> list[int | None]:
    """Each row's parent row for counting (see the module docstring); None for a root and
    for rows outside the tree (subtotals, source lines under a total)."""
    coded = any(r.code.strip() and level_of(r) is not None for r in rows if r.kind not in NOT_IN_TREE + ("total",))
    levels: list[float | None] = []
    note: list[bool] = []
    for r in rows:
        lv: float | None = None
        is_note = False
        if r.kind in NOT_IN_TREE:
            pass
        elif r.kind == "total":
            lv = 0
        elif NOTE_LINE.match(r.label) and not r.code.strip():
            is_note = True
        elif r.code.strip() and level_of(r) is not None:
            lv = level_of(r)
        elif m := BULLET.match(r.label):
            lv = BULLET_LEVEL[m.group(1)]
        elif coded:
            is_note = True
        else:
            lv = 1
        levels.append(lv)
        note.append(is_note)
    total = next((i for i, r in enumerate(rows) if r.kind == "total"), None)
    parents: list[int | None] = []
    for i, lv in enumerate(levels):
        p = None
        if note[i]:
            p = next((j for j in range(i - 1, -1, -1) if levels[j] is not None and not note[j]), None)
        elif lv is not None and lv > 0:
            p = next((j for j in range(i - 1, -1, -1) if levels[j] is not None and not note[j] and levels[j] < lv),
                     None)
        if p is None and total is not None and i != total and (lv is not None or note[i]):
            p = total
        parents.append(p)
    return parents


def _primary(columns: list[Column], amount: list[int]) -> list[int]:
    """The first amount column of each (year, source): a later one is another figure for the
    same money ("Dự toán | Ước thực hiện" of one year)."""
    seen, out = set(), []
    for n in amount:
        key = (columns[n].year, columns[n].source)
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def _covers(a: tuple, b: tuple) -> bool:
    """Column key a (year, source) includes b: all years or b's, all sources or b's."""
    return a != b and (a[0] is None or a[0] == b[0]) and (a[1] == "total" or a[1] == b[1])


def _finest(order: list[int], parent: dict[int, int | None], values: dict[int, Decimal]) -> set[int]:
    """The nodes that count in one tree of parts (rows down a column, or columns across a
    row): `order` has every node after its parts (deepest first), `parent` its whole. A
    node counts where it has an amount and no parts with amounts, or parts that do not add
    up to it; its parts count (recursively) where they do, or where it has no amount."""
    eff: dict[int, Decimal | None] = {}  # a node's amount: its own, else its parts' sum
    parts: dict[int, Decimal] = {}
    for k in order:
        own = values.get(k)
        eff[k] = own if own is not None else parts.get(k)
        p = parent.get(k)
        if p is not None and eff[k] is not None:
            parts[p] = parts.get(p, Decimal(0)) + eff[k]
    descend = {k: k in parts and (values.get(k) is None or parts[k] == values[k]) for k in order}
    reach: dict[int, bool] = {}
    out = set()
    for k in reversed(order):
        p = parent.get(k)
        reach[k] = p is None or (reach.get(p, False) and descend[p])
        if reach[k] and not descend[k] and values.get(k) is not None:
            out.add(k)
    return out


def _deepest_first(parent: dict[int, int | None]) -> list[int]:
    def depth(k: int) -> int:
        d = 0
        while (k := parent.get(k)) is not None:
            d += 1
        return d
    return sorted(parent, key=lambda k: (-depth(k), k))


def counted_cells(rows: list[Row], columns: list[Column], checker: Checker, parents: list[int | None]) -> set[tuple]:
    """(row, column) of the cells that count in one table."""
    amount = [n for n, c in enumerate(columns) if c.role == "amount"]
    primary = _primary(columns, amount)
    relations = {target: [m for m in parts if m in primary] for target, parts in checker.row_relations
                 if target in primary}
    keys = {n: (columns[n].year, columns[n].source) for n in primary}
    col_parent: dict[int, int | None] = {n: None for n in primary}
    for target, parts in relations.items():
        for m in parts:
            col_parent[m] = target
    # a column outside the relations that another top column includes is another breakdown of it
    tops = [n for n in primary if col_parent[n] is None]
    for n in tops:
        if any(_covers(keys[m], keys[n]) for m in tops if m != n):
            del col_parent[n]
    col_order = _deepest_first(col_parent)
    row_parent = {i: p for i, p in enumerate(parents) if rows[i].kind not in NOT_IN_TREE}
    row_order = _deepest_first(row_parent)
    vnd = [{n: v * r.multiplier for n, v in r.values.items()} for r in rows]
    across = [_finest(col_order, col_parent, v) if v else set() for v in vnd]
    out = set()
    for n in col_order:
        column = {r: v[n] for r, v in enumerate(vnd) if n in v}
        if column:
            out |= {(r, n) for r in _finest(row_order, row_parent, column) if n in across[r]}
    return out


def table_counts(tid: str, title: str | None, rows: list[Row], columns: list[Column], parents: list[int | None],
                 items: list[dict]) -> TableCounts:
    """A table's rows and totals by (year, source), for the cross-table step: from its items
    in first columns (items carry the source a row names)."""
    primary = set(_primary(columns, [n for n, c in enumerate(columns) if c.role == "amount"]))
    by_row: list[dict[tuple, Decimal]] = [{} for _ in rows]
    by_key: dict[tuple, Decimal] = {}  # counted amounts by their own (year, source)
    counted = 0
    for i in items:
        if i["amount_vnd"] is None:
            continue
        key = (i["year"], i["source"])
        if i["column_index"] in primary and key not in (row := by_row[i["row_index"]]):
            row[key] = Decimal(i["amount_vnd"])  # (the first figure of a row for a key; made only then)
        if i["counted"]:
            counted += 1
            by_key[key] = by_key.get(key, Decimal(0)) + i["amount_vnd"]
    totals = {key: sum((v for k, v in by_key.items() if k == key or _covers(key, k)), Decimal(0))
              for key in {k for row in by_row for k in row}}
    total_rows = [r for r, row in enumerate(rows) if row.kind == "total"]
    stated = by_row[total_rows[0]] if len(total_rows) == 1 and by_row[total_rows[0]] else None
    return TableCounts(tid, title or "", [r.label for r in rows], [r.kind for r in rows], parents, stated, totals,
                       by_row, counted)


def _agree(a: dict[tuple, Decimal], b: dict[tuple, Decimal]) -> int:
    """How many (year, source) amounts a and b share, equal and non-zero, when every shared
    one is equal and a's largest is among them; 0 otherwise."""
    common = [k for k in a if k in b]
    if not common or any(a[k] != b[k] for k in common) or not any(a[k] for k in common):
        return 0
    largest = max(a, key=lambda k: a[k])
    return sum(1 for k in common if a[k]) if largest in common else 0


def _shares_words(label: str, title: str) -> bool:
    words = {w.lower() for w in WORD.findall(label)}
    return bool(words) and len(words & {w.lower() for w in WORD.findall(title)}) * 2 >= len(words)


def assign_roles(tables: list[TableCounts]) -> dict[str, list[str]]:
    """Which tables each table summarizes (see the module docstring); fills `restated`."""
    summarizes: dict[str, list[str]] = {t.id: [] for t in tables}
    whole: set[str] = set()
    # a table whose total another table has too: the one with fewer counted cells restates the
    # other (on one amount only when both tables state it in a total row)
    for a in tables:
        for b in tables:
            if a is b or b.id in whole or not a.counted or not b.counted:
                continue
            va, vb = a.stated_total or a.totals, b.stated_total or b.totals
            n = min(_agree(va, vb), _agree(vb, va))
            if (n >= 2 or (n == 1 and a.stated_total and b.stated_total)) \
                    and (a.counted, tables.index(b)) < (b.counted, tables.index(a)):
                summarizes[a.id].append(b.id)
                whole.add(a.id)
                a.restated.update({r: b.id for r in range(len(a.rows))})
                break
    for s in tables:
        if s.id in whole:
            continue
        used: set[str] = set()
        for r, amounts in enumerate(s.rows):
            if not amounts or r in s.restated or s.kinds[r] != "item" and s.kinds[r] != "group":
                continue
            for d in tables:
                if d is s or d.id in used or s.id in summarizes[d.id]:
                    continue
                n = max(_agree(amounts, d.stated_total) if d.stated_total else 0, _agree(amounts, d.totals))
                if n >= 2 or (n == 1 and _shares_words(s.labels[r], d.title)):
                    used.add(d.id)
                    summarizes[s.id].append(d.id)
                    for k in _subtree(r, s.parents):
                        s.restated[k] = d.id
                    break
    return summarizes


def _subtree(r: int, parents: list[int | None]) -> list[int]:
    """Row r and the rows under it."""
    out = [r]
    for i in range(len(parents)):
        p = parents[i]
        while p is not None and p != r:
            p = parents[p]
        if p == r and i != r:
            out.append(i)
    return out
