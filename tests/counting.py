"""Checks on `counted` and the table roles of a record's budget, shared by the tests on our
own tables (tests/extractors/test_counted.py) and on the sample corpus and the dev set
(tests/test_research.py)."""

from __future__ import annotations

from collections import defaultdict


def covers(key: tuple, item: dict) -> bool:
    """A column key (year, source) includes the item's: all years or its year, all sources or its source."""
    year, source = key
    return (year is None or year == item["year"]) and (source == "total" or source == item["source"])


def counted_sum(items: list[dict], key: tuple = (None, "total"), tables: set[str] | None = None) -> int:
    return sum(i["amount_vnd"] for i in items
               if i["counted"] and covers(key, i) and (tables is None or i["table"] in tables))


def _closure(tid: str, summarizes: dict[str, list[str]]) -> set[str]:
    out, todo = set(), [tid]
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t)
            todo += summarizes.get(t, [])
    return out


def total_row_problems(budget: dict, checked: list | None = None) -> list[str]:
    """Every table's total row (the first figure of each year and source) must equal the sum
    of the counted cells of the table and of the tables it summarizes (which is also what
    catches an amount counted twice). A column no counted cell falls under breaks the total
    down another way than the counted ones (sources beside years) and is left out. Returns
    what does not hold; `checked` gets the cells checked."""
    items = budget["items"]
    summarizes = {t["id"]: t["summarizes"] for t in budget["tables"]}
    problems = []
    for t in budget["tables"]:
        rows = {i["row_index"] for i in items if i["table"] == t["id"] and i["row_kind"] == "total"
                and t["rows"][i["row_index"]]["kind"] == "total"}
        if not rows:
            continue
        first_row = min(rows)
        seen = set()
        for i in sorted((i for i in items if i["table"] == t["id"] and i["row_index"] == first_row),
                        key=lambda i: i["column_index"]):
            key = (i["year"], i["source"])
            if key in seen or i["amount_vnd"] is None:
                continue  # a later figure for the same year and source (Ước thực hiện) is not counted
            seen.add(key)
            family = _closure(t["id"], summarizes)
            if not any(j["counted"] and j["table"] in family and covers(key, j) for j in items):
                continue
            if checked is not None:
                checked.append((t["id"], key))
            got = counted_sum(items, key, family)
            if got != i["amount_vnd"]:
                problems.append(f"table {t['id']} total row {key}: states {i['amount_vnd']}, counted {got}")
    return problems


def overlap_problems(budget: dict) -> list[str]:
    """No two counted cells of one row where one column includes the other (an all-years
    cell and its years), none twice for one year and source, none in a subtotal row."""
    by_row = defaultdict(list)
    problems = []
    for i in budget["items"]:
        if i["counted"]:
            by_row[(i["table"], i["row_index"])].append(i)
    for (tid, r), cells in by_row.items():
        kind = next(t for t in budget["tables"] if t["id"] == tid)["rows"][r]["kind"]
        if kind == "subtotal":
            problems.append(f"table {tid} row {r}: a subtotal counted")
        keys = [(c["year"], c["source"]) for c in cells]
        for a in keys:
            for b in keys:
                if a is not b and (a == b or covers(a, {"year": b[0], "source": b[1]})):
                    problems.append(f"table {tid} row {r}: {a} and {b} both counted")
    return problems


def role_problems(budget: dict) -> list[str]:
    """Roles agree with `summarizes`, items carry their table's role, a summary's rows that
    other tables restate are not counted (the totals check sees the rest)."""
    problems = []
    role = {t["id"]: t["role"] for t in budget["tables"]}
    for t in budget["tables"]:
        if (t["role"] == "summary") != bool(t["summarizes"]) or t["id"] in t["summarizes"]:
            problems.append(f"table {t['id']}: role {t['role']} with summarizes {t['summarizes']}")
        if any(s not in role for s in t["summarizes"]):
            problems.append(f"table {t['id']}: summarizes an unknown table")
    for i in budget["items"]:
        if i["table_role"] != role[i["table"]]:
            problems.append(f"item of {i['table']} row {i['row_index']}: table_role {i['table_role']}")
    return problems


def statement_problems(budget: dict, statements: list[dict]) -> list[str]:
    """Each stated total (scope 'total': the plan's, by source and year) is the sum of the
    counted cells of that source and year."""
    return [f"stated total {s['source']} {s['year']}: {s['amount_vnd']}, counted "
            f"{counted_sum(budget['items'], (s['year'], s['source']))}"
            for s in statements if s["scope"] == "total"
            and counted_sum(budget["items"], (s["year"], s["source"])) != s["amount_vnd"]]
