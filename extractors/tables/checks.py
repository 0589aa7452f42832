"""Sum checks and the repairs they prove, on one table's body rows.

Two kinds of relation hold in a budget table:
- across a row: the total cell is the sum of its year or source cells;
- down a column: a parent row (the total row, a Roman group, a numbered item with "-"
  rows under it) is the sum of its children.
A cell that breaks both its row and its column by the same amount is read as the value
that satisfies both (`0.980` -> 9.980), with flags that say so. A row with a cell missing
or extra is refitted only where the column sums prove the fit. A footnote-glued number
takes the reading the sums agree with. Nothing changes without a flag, and a relation that
fails in most of its columns is not trusted (the hierarchy guess is wrong, not the data).
What no repair settles is flagged on every cell it could be in: a number without a flag
is one the sums found consistent.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from extractors.tables.rebuild import Cell, Column
from normalizers.numbers import ENGLISH, FOOTNOTE, OCR, ONE_COMMA_GROUP, Reading, parse_number

ROW_SUM = "budget.row_sum_mismatch"
COLUMN_SUM = "budget.column_sum_mismatch"
SHAPE = "table.shape_irregular"
EMPTY = {"", "-", "–", "x", "X"}
ZERO = Decimal(0)
ALTERNATIVE = re.compile(r"^[-+\s]*(?:phân |chia )?theo\b", re.I)  # "Theo nguồn vay", "Phân theo lĩnh vực"


@dataclass
class Row:
    code: str
    label: str
    kind: str  # item | group | subtotal | total | summary
    raw: list[Cell]  # the cells as found
    cells: list[Cell | None] = field(default_factory=list)  # fitted to the columns
    readings: dict[int, Reading] = field(default_factory=dict)
    values: dict[int, Decimal] = field(default_factory=dict)
    flags: dict[int, list[str]] = field(default_factory=dict)
    irregular: bool = False
    multiplier: int = 10**6  # VND per unit of this row's numbers


def total_column(columns: list[Column]) -> int | None:
    """The one all-years, all-sources column ("Tổng cộng"); None if there is none, or
    several (alternatives like "Tổng mức đầu tư | Kế hoạch vốn" total nothing)."""
    found = [n for n, c in enumerate(columns) if c.role == "amount" and c.source == "total" and c.year is None]
    return found[0] if len(found) == 1 else None


ROMAN_CODE = re.compile(r"[IVXL]{1,5}")  # "IV"
CAPITAL_CODE = re.compile(r"[A-ZĐ]")  # "B"
NUMBER_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2})*")  # "1.2"
LETTER_CODE = re.compile(r"[a-zđ]\)?")  # "a)"
MARK_LEVELS = {"-": 6, "+": 7, "*": 8}


def level_of(row: Row) -> float | None:
    """Depth in the table's outline from the row code: total < A < I < 1 < 1.1 < a < - < +."""
    if row.kind == "total":
        return 0
    return _code_level(row.code)


@functools.lru_cache(maxsize=1024)
def _code_level(code: str) -> float | None:
    """The depth a row code gives (remembered: the checks ask for every row again and
    again, and a table's codes repeat)."""
    code = code.strip().rstrip(".")
    if ROMAN_CODE.fullmatch(code):
        return 1
    if CAPITAL_CODE.fullmatch(code):
        return 0.5  # A, B, C over the Roman parts of a fiscal table
    if NUMBER_CODE.fullmatch(code):
        return 2 + code.count(".")
    if LETTER_CODE.fullmatch(code):
        return 5
    return MARK_LEVELS.get(code)


MIN_ROWS_UNKEPT = 2  # rows with a total and parts, none summing, that show a row relation is none


def _kept_somewhere(rows: list[Row], target: int, parts: list[int]) -> bool:
    """Whether a row relation (target column = the sum of part columns) holds on a row of the table, or too few
    rows state both sides (MIN_ROWS_UNKEPT) to tell."""
    stated = [d for row in rows if (d := _relation_delta(row.values, target, parts)) is not None]
    return 0 in stated or len(stated) < MIN_ROWS_UNKEPT


def _relation_delta(v: dict[int, Decimal], target: int, parts: list[int]) -> Decimal | None:
    """A row's total less the sum of its parts in a row relation; None when the row states no total or no part."""
    present = [v[n] for n in parts if n in v]
    return v[target] - sum(present) if target in v and present else None


class Checker:
    def __init__(self, rows: list[Row], columns: list[Column]):
        self.rows = rows
        self.columns = columns
        self.amount = [n for n, c in enumerate(columns) if c.role == "amount"]
        self.total_col = total_column(columns)
        # a year's all-sources column is the sum of that year's sources; several for one
        # year ("Dự toán | Ước thực hiện" of 2025) are stages of it, not parts of each other
        by_year: dict[int, list[int]] = {}
        for n in self.amount:
            if columns[n].year is not None and columns[n].source == "total":
                by_year.setdefault(columns[n].year, []).append(n)
        year_totals = {y: ns[0] for y, ns in by_year.items() if len(ns) == 1}
        stages = {n for ns in by_year.values() if len(ns) > 1 for n in ns}
        leaves = [n for n in self.amount if n != self.total_col and n not in year_totals.values() and n not in stages]
        # row relations: (target column, part columns)
        self.row_relations: list[tuple[int, list[int]]] = []
        if self.total_col is not None:
            parts = list(year_totals.values()) or leaves
            if parts:
                self.row_relations.append((self.total_col, parts))
        for year, n in year_totals.items():
            parts = [m for m in leaves if columns[m].year == year]
            if parts:
                self.row_relations.append((n, parts))
        # a relation no row of the table keeps is none: "Tổng mức đầu tư" beside the years' allocations (a project's
        # whole cost, of which the plan gives a part), "Tổng số | Trong đó: NSTW" (one part named of several)
        self.row_relations = [rel for rel in self.row_relations if _kept_somewhere(rows, *rel)]
        self.parent = self._parents()
        self._children: dict[int, list[int]] = {}
        self._trust: dict[int, bool] = {}
        self._memo: dict[tuple[str, int], object] = {}  # sums as the values stand, until one changes
        for i, q in enumerate(self.parent):
            if q is not None:
                self._children.setdefault(q, []).append(i)
        # "1. Theo mục đích vay" and "2. Theo nguồn vay" under a total are two breakdowns
        # of it: each equals the parent, they do not add up to it
        self.alternatives = {p for p, kids in self._children.items()
                             if len(kids) > 1 and all(ALTERNATIVE.match(self.rows[k].label) for k in kids)}
        self.issues: list[dict] = []

    # -- structure -------------------------------------------------------------------
    def _parents(self) -> list[int | None]:
        # summary lines and subtotals ("Cộng I") sit outside the outline of parts
        levels = [level_of(r) if r.kind not in ("summary", "subtotal") else None for r in self.rows]
        total = next((i for i, r in enumerate(self.rows) if r.kind == "total"), None)
        parents: list[int | None] = []
        for i, lv in enumerate(levels):
            p = None
            if lv is not None and lv > 0:
                p = next((j for j in range(i - 1, -1, -1) if levels[j] is not None and levels[j] < lv), None)
                if p is None and total is not None and total > i:
                    p = total  # TỔNG CỘNG at the bottom
                if p is None and total is not None and self._top_level(i, levels):
                    p = total
            parents.append(p)
        return parents

    def _top_level(self, i: int, levels: list) -> bool:
        tops = [lv for lv in levels if lv is not None and lv > 0]
        return bool(tops) and levels[i] == min(tops)

    def children(self, p: int) -> list[int]:
        return self._children.get(p, [])

    def _changed(self) -> None:
        """A value changed: trust and gaps are judged again."""
        self._trust.clear()
        self._memo.clear()

    # -- relations ---------------------------------------------------------------------
    def row_delta(self, r: int, values: dict[int, Decimal] | None = None) -> list[tuple[int, list[int], Decimal]]:
        """Failing row relations of row r: (target, parts, target - sum(parts))."""
        if values is None or values is self.rows[r].values:  # as the values stand: once until one changes
            if ("row", r) not in self._memo:
                self._memo[("row", r)] = self._row_delta(self.rows[r].values)
            return self._memo[("row", r)]
        return self._row_delta(values)

    def _row_delta(self, v: dict[int, Decimal]) -> list[tuple[int, list[int], Decimal]]:
        out = []
        for target, parts in self.row_relations:
            if d := _relation_delta(v, target, parts):
                out.append((target, parts, d))
        return out

    def column_delta(self, p: int, override: dict[int, dict[int, Decimal]] | None = None) -> dict[int, Decimal]:
        """Columns where parent p is not the sum of its children: column -> p - sum (an
        empty parent cell over children with amounts fails too). With `override`, some
        rows' values replaced; one row's replacement is reckoned from the standing sums."""
        kids = self.children(p)
        if p in self.alternatives or not kids:
            return {}
        override = override or {}
        standing = self._standing_delta(p)
        if not override:
            return {n: d for n, d in standing.items() if d}
        if len(override) == 1:
            (r, new), = override.items()
            if r == p or self.parent[r] == p:
                old = self.rows[r].values
                sign = 1 if r == p else -1
                out = {}
                for n in self.amount:
                    d = standing[n] + sign * (new.get(n, ZERO) - old.get(n, ZERO))
                    if d:
                        out[n] = d
                return out
        pv = override.get(p, self.rows[p].values)
        out = {}
        for n in self.amount:
            d = pv.get(n, ZERO) - sum((override.get(k, self.rows[k].values).get(n, ZERO) for k in kids), ZERO)
            if d:
                out[n] = d
        return out

    def _standing_delta(self, p: int) -> dict[int, Decimal]:
        """Parent p less the sum of its children, in every amount column, as the values stand."""
        if ("standing", p) not in self._memo:
            pv = self.rows[p].values
            kids = [self.rows[k].values for k in self.children(p)]
            self._memo[("standing", p)] = {n: pv.get(n, ZERO) - sum((v.get(n, ZERO) for v in kids), ZERO)
                                           for n in self.amount}
        return self._memo[("standing", p)]

    def trusted(self, p: int) -> bool:
        """A parent's column relation is trusted when it holds in its total column or in
        most columns it covers; else the hierarchy guess is wrong, not the data.
        (Memoized until a value changes: candidates are judged against the same trust.)"""
        if p not in self._trust:
            self._trust[p] = self._trusted(p)
        return self._trust[p]

    def _trusted(self, p: int) -> bool:
        kids = self.children(p)
        if not kids or p in self.alternatives:
            return False
        stated = set(self.rows[p].values).union(*(self.rows[k].values for k in kids))  # (the columns any of them states)
        covered = [n for n in self.amount if n in stated]
        failing = self.column_delta(p)
        holds_in_total = self.total_col in covered and self.total_col not in failing
        return bool(covered) and (holds_in_total or len(failing) * 2 <= len(covered))

    def failures(self, r: int, values: dict[int, Decimal]) -> set[tuple[str, int]]:
        """Failing relations around row r with `values` in its place, as (kind, column)."""
        return self._sum_failures(r, values, {("row", target) for target, _, _ in self.row_delta(r, values)})

    def _sum_failures(self, r: int, values: dict[int, Decimal], out: set[tuple[str, int]],
                      give_up=None) -> set[tuple[str, int]] | None:
        """`failures`, the row's own failing sums (`out`) given: its column sums added to them, its parent's first.
        With `give_up`, a test of the failures found so far: None as soon as it holds (the set only grows, so a
        caller that would reject the whole set rejects it before the children's sums are reckoned)."""
        p = self.parent[r]
        if p is not None and self.trusted(p):
            out |= {("up", n) for n in self.unexplained(p, {r: values})}
            if give_up is not None and give_up(out):
                return None
        if self.children(r) and self.trusted(r):
            out |= {("down", n) for n in self.unexplained(r, {r: values})}
        return out

    def unexplained(self, p: int, override: dict[int, dict[int, Decimal]]) -> dict[int, Decimal]:
        """Parent p's column gaps, less those a child's own row gap accounts for (that
        cell is wrong, and `repair_cells` will read it as the sums say)."""
        if all(values is self.rows[k].values for k, values in override.items()):
            if ("unexplained", p) not in self._memo:
                self._memo[("unexplained", p)] = self._unexplained(p, {})
            return dict(self._memo[("unexplained", p)])
        return self._unexplained(p, override)

    def _unexplained(self, p: int, override: dict[int, dict[int, Decimal]]) -> dict[int, Decimal]:
        gaps = self.column_delta(p, override)
        for k in self._explaining(p, override):
            values = override.get(k, self.rows[k].values)
            for target, parts, d in self.row_delta(k, values):  # as they stand: from the cache
                if gaps.get(target) == -d:
                    del gaps[target]
                    continue
                for n in _unique_subset({n: gaps[n] for n in parts if n in gaps and n in values}, d) or []:
                    del gaps[n]
        return gaps

    def _explaining(self, p: int, override: dict[int, dict[int, Decimal]]) -> list[int]:
        """The children of p whose own row gaps can explain a gap of p's, in order: those
        whose row relations fail as the values stand (found once until a value changes: a
        refit asks for every fit of every row), and any child given other values. The other
        children have no row gap to explain anything with."""
        if ("failing", p) not in self._memo:
            self._memo[("failing", p)] = [k for k in self.children(p) if self.row_delta(k)]
        failing: list[int] = self._memo[("failing", p)]
        extra = [k for k in override if self.parent[k] == p and k not in failing]
        return sorted(failing + extra) if extra else failing

    # -- repairs -----------------------------------------------------------------------
    def run(self) -> list[dict]:
        self.choose_readings()
        self.refit_rows()
        self.repair_cells()
        self.flag_what_still_fails()
        return self.issues

    def flag_what_still_fails(self) -> None:
        """Sums no repair could settle: which cell is wrong is unknown, so every amount of
        a row that does not add up is flagged, and so is a parent cell that is not the sum
        of its children. A number without a flag is one the checks found consistent."""
        for r, row in enumerate(self.rows):
            if row.kind == "summary":
                continue
            for target, parts, _ in self.row_delta(r):
                for n in (target, *parts):
                    if n in row.values:
                        row.flags[n] = _add(row.flags.get(n, []), ROW_SUM)
        for p in sorted({q for q in self.parent if q is not None}):
            if not self.trusted(p):
                continue
            gaps = self.column_delta(p)
            for n in gaps:
                if n in self.rows[p].values:
                    self.rows[p].flags[n] = _add(self.rows[p].flags.get(n, []), COLUMN_SUM)
            if gaps:
                self.issues.append(_issue(COLUMN_SUM, f"row {self.rows[p].code or self.rows[p].label[:30]!r}: "
                                                      f"{len(gaps)} column(s) are not the sum of the rows under it"))
        for p in sorted(self.alternatives):
            parent = self.rows[p]
            for k in self.children(p):
                row = self.rows[k]
                off = [n for n in row.values if n in parent.values and row.values[n] != parent.values[n]]
                for n in off:
                    row.flags[n] = _add(row.flags.get(n, []), COLUMN_SUM)
                if off:
                    self.issues.append(_issue(COLUMN_SUM, f"row {row.code or row.label[:30]!r}: {len(off)} column(s) "
                                                          f"differ from {parent.code or parent.label[:30]!r}, which it "
                                                          "breaks down another way"))

    def choose_readings(self) -> None:
        """A footnote-glued or OCR-damaged number takes the reading the sums agree with. A cell of
        one comma group ("750,000") groups thousands in a table whose amounts are grouped the
        English way ("14,200,000") or counted in đồng (no amount is written in fractions of a
        đồng); elsewhere its comma is a decimal one unless the sums say otherwise."""
        english = any(ENGLISH in rd.flags and "," in rd.raw for row in self.rows for rd in row.readings.values())
        for r, row in enumerate(self.rows):
            for n, rd in row.readings.items():
                one_group = bool(rd.candidates) and ONE_COMMA_GROUP.match(rd.raw.strip()) is not None
                if one_group and (english or row.multiplier == 1):
                    row.values[n] = rd.candidates[0]
                    row.flags[n] = _add(row.flags.get(n, []), ENGLISH)
                    self._changed()
                    continue
                if not rd.candidates or not ({FOOTNOTE, OCR} & set(rd.flags) or one_group):
                    continue
                best, best_fail = row.values[n], self.failures(r, row.values)
                for alt in rd.candidates:
                    fail = self.failures(r, {**row.values, n: alt})
                    if len(fail) < len(best_fail):
                        best, best_fail = alt, fail
                row.values[n] = best
                self._changed()
                for target, parts, delta in self.row_delta(r):
                    if target == n and abs(delta) < 10 and FOOTNOTE in rd.flags:
                        # no reading fits, and the parts differ only in the digit the
                        # marker blurs (67.4011 over parts summing to 67.400): take the sum
                        row.values[n] = best - delta
                        self._changed()
                        self.issues.append(_issue(FOOTNOTE, f"row {row.code or row.label[:30]!r}: {rd.raw.strip()} "
                                                            f"read as {row.values[n]}, the sum of its parts"))

    def refit_rows(self) -> None:
        """Rows with a cell missing or extra (or shifted inside) that the column sums
        can place. Each round takes the one refit, over all suspect rows, that leaves the
        fewest failures; the rest keep the plain fit and, when irregular, a flag."""
        if not self.amount:
            return
        first = self.amount[0]
        done: set[int] = set()
        fits: dict[int, tuple | None] = {}  # row -> its best fit, until a neighbour changes
        while True:
            moves = []
            for r, row in enumerate(self.rows):
                if r in done or row.kind == "summary" or len(row.raw) <= first:
                    continue
                if r not in fits:
                    fits[r] = self._best_fit(r, first)
                if fits[r]:
                    moves.append((fits[r][0], r, fits[r]))
            if not moves:
                break
            moves.sort(key=lambda m: (m[0], m[1]))
            rivals = [m for m in moves[1:] if m[0] == moves[0][0] and self.parent[m[1]] == self.parent[moves[0][1]]]
            if rivals and not self.rows[moves[0][1]].irregular:
                break  # two regular siblings fit equally well: no proof which one is wrong
            _, r, (_, changed_from, cand) = moves[0]
            done.add(r)
            p = self.parent[r]
            for k in {p, *self.children(p), *self.children(r)} - {None}:
                fits.pop(k, None)  # rows that share a sum with r are judged again
            row = self.rows[r]
            row.cells = row.cells[:first] + cand
            row.values, row.readings = read_cells(cand, first, self.amount)
            self._changed()
            row.flags = {n: list(rd.flags) for n, rd in row.readings.items() if rd.value is not None}
            for n in row.values:
                if n >= first + changed_from:
                    row.flags[n] += [SHAPE, COLUMN_SUM]
            self.issues.append(_issue(SHAPE, f"row {row.code or row.label[:30]!r}: cells refitted from column "
                                             f"{changed_from + 1} on; the column sums prove the fit"))
        for r, row in enumerate(self.rows):
            if row.irregular and r not in done and row.kind != "summary":
                for n in row.values:
                    row.flags[n] = _add(row.flags.get(n, []), SHAPE)
                self.issues.append(_issue(SHAPE, f"row {row.code or row.label[:30]!r} has {len(row.raw)} cells for "
                                                 f"{len(self.columns)} columns; no sum proves where the gap is"))

    def _best_fit(self, r: int, first: int):
        """The one refit of row r that settles every column it moves and leaves fewer
        failures: ((failures, gaps left), first changed cell, cells), or None."""
        row = self.rows[r]
        p = self.parent[r]
        # only gaps that no cell repair explains can call for a refit, and a fit may move
        # amounts only in those columns
        up = self.unexplained(p, {}) if p is not None and self.trusted(p) else {}
        down = self.unexplained(r, {}) if self.children(r) and self.trusted(r) else {}
        if not (row.irregular or up or down):
            return None
        gap_columns = set(up) | set(down)
        checked = (p is not None and self.trusted(p)) or (self.children(r) and self.trusted(r))
        if checked and not row.irregular and not any(row.values.get(n) for n in gap_columns):
            return None  # a fit moving amounts only among gap columns needs an amount there
        region = row.raw[first:]
        if len(region) == len(self.columns) - first and not any(c.text.strip() in EMPTY for c in region):
            return None  # a full row with no empty cell has no other fit: a move needs an empty cell to drop
        now = self.failures(r, row.values)
        if not now:
            return None
        # fits that differ only in where a zero sits are one fit: keep the one that moves
        # the fewest cells, and judge each distinct fit once
        fits: dict[tuple, tuple[int, list[int | None]]] = {}
        parsed = [parse_number(c.text).value for c in region]  # each raw cell read once
        amounts = [v or 0 for v in parsed]  # (what a fixed slot compares: 0 for an empty or unread cell)
        slots = [(n, n - first) for n in self.amount]  # in column order: keys come out sorted
        # where checked, a fit may not move an amount outside the gap columns: such a fit
        # is dropped as soon as one of those cells reads differently (judged on its picks,
        # before its readings are listed: most fits end here)
        fixed = [(k, row.values.get(n) or 0) for n, k in slots if checked and n not in gap_columns]
        for picks, changed_from in _refits(region, len(self.columns) - first):
            size = len(picks)
            for k, v in fixed:
                if (0 if k >= size or picks[k] is None else amounts[picks[k]]) != v:
                    break
            else:
                vals = [None if i is None else parsed[i] for i in picks]  # the fit's readings, slot by slot
                key = tuple([(n, vals[k]) for n, k in slots if k < size and vals[k]])
                if key not in fits or changed_from > fits[key][0]:
                    fits[key] = (changed_from, picks)
        current = tuple(sorted((n, v) for n, v in row.values.items() if v))
        best: dict[tuple, tuple[tuple[int, int], int, list[int | None]]] = {}
        for key, (changed_from, picks) in fits.items():
            if key == current:
                continue
            fit = dict(key)
            moved = {n for n in self.amount if fit.get(n, 0) != row.values.get(n, 0)}
            if checked and not moved <= gap_columns:
                continue  # judged before its values are even read: most fits end here
            values = {n: parsed[picks[k]] for n, k in slots
                      if k < len(picks) and picks[k] is not None and parsed[picks[k]] is not None}
            # the row's own sums first: cheap, and they alone can rule the fit out
            broken = [t for t, _, _ in self.row_delta(r, values)]
            if len(broken) >= len(now) or any(t in moved and t in values for t in broken):
                continue
            # a fit must settle every column it touches (but a column whose cell it declares
            # missing cannot be settled), and settle more than it breaks: given up as soon as
            # what fails so far rules it out (the row's sums as just found, then its parent's)
            def ruled_out(failed: set[tuple[str, int]]) -> bool:
                return any(n in moved and n in values for _, n in failed) or len(failed) >= len(now)
            after = self._sum_failures(r, values, {("row", t) for t in broken}, ruled_out)
            if after is None or ruled_out(after):
                continue
            # rank by failures, then by gaps left for cell repairs to explain
            best[key] = ((len(after), len(self.column_delta(p, {r: values})) if p is not None else 0), changed_from, picks)
        if not best:
            return None
        lowest = min(v[0] for v in best.values())
        winners = [v for v in best.values() if v[0] == lowest]
        if len(winners) != 1:
            return None
        rank, changed_from, picks = winners[0]
        return rank, changed_from, [region[i] if i is not None else None for i in picks]

    def repair_cells(self) -> None:
        """A row whose total disagrees with its parts: the cells whose columns also
        disagree, by amounts that add up to the row's gap, are read as the sums say."""
        claimed: dict[int | None, dict[int, Decimal]] = {}  # parent -> column gaps not yet explained
        for r, row in enumerate(self.rows):
            if row.kind == "summary":
                continue
            for target, parts, delta in self.row_delta(r):
                if FOOTNOTE in row.readings[target].flags:
                    continue  # the footnote reading already had its chance
                p = self.parent[r]
                if p not in claimed:
                    claimed[p] = self.column_delta(p) if p is not None and self.trusted(p) else {}
                col = claimed[p]
                fixed = False
                if col.get(target) == -delta and self._plausible(r, target, row.values[target] - delta):
                    self._set(r, target, row.values[target] - delta)
                    del col[target]
                    fixed = True
                else:
                    # only cells the document fills can be misread, only into a value a slip
                    # explains, and where a cell looks damaged ("000", "1l.240") the
                    # damaged cells are the only suspects
                    damaged = [n for n in parts if n in row.values and _damaged(row.readings[n])]
                    pool = damaged or [n for n in parts if n in row.values]
                    subset = _unique_subset({n: col[n] for n in pool if n in col}, delta)
                    if subset and not all(self._plausible(r, n, row.values[n] + col[n]) for n in subset):
                        subset = None
                    if subset:
                        for n in subset:
                            self._set(r, n, row.values.get(n, Decimal(0)) + col.pop(n))
                        fixed = True
                    elif not col and _damaged(row.readings[target]):
                        # no column to ask; an unreadable total ("00") gives way to its parts
                        row.flags[target] = _add(row.flags[target], OCR, ROW_SUM)
                        row.values[target] = row.values[target] - delta
                        self._changed()
                        fixed = True
                if not fixed:
                    row.flags[target] = _add(row.flags[target], ROW_SUM, *([COLUMN_SUM] if target in col else []))
                said = row.readings[target].raw.strip()
                self.issues.append(_issue(ROW_SUM, f"row {row.code or row.label[:30]!r}: total {said}, parts differ by "
                                                   f"{delta}" + ("; repaired where the column sums agree" if fixed else "")))

    def _plausible(self, r: int, n: int, value: Decimal) -> bool:
        """Whether a slip explains reading cell (r, n) as `value`: a cell damaged by the
        scan ("00", "1l.240"), one digit misread or dropped, or two neighbours swapped.
        Sums that happen to balance with any other value prove nothing."""
        rd = self.rows[r].readings.get(n)
        if rd is None or value < 0:
            return False
        if _damaged(rd):
            return True
        a, b = re.sub(r"\D", "", rd.raw), _digits(value).replace(".", "")
        swapped = len(a) == len(b) and any(a[:i] + a[i + 1] + a[i] + a[i + 2:] == b for i in range(len(a) - 1))
        return _looks_misread(rd.raw, value) or swapped

    def _set(self, r: int, n: int, value: Decimal) -> None:
        row = self.rows[r]
        extra = [OCR] if _looks_misread(row.readings[n].raw.strip(), value) else []
        row.values[n] = value
        self._changed()
        row.flags[n] = _add(row.flags.get(n, []), *extra, ROW_SUM, COLUMN_SUM)


def _unique_subset(gaps: dict[int, Decimal], total: Decimal) -> tuple[int, ...] | None:
    """The one set of columns whose gaps add up to `total` (None if none or several)."""
    if len(gaps) > 12 or not gaps:
        return None
    return _subset_cached(tuple(gaps.items()), total)


@functools.lru_cache(maxsize=4096)
def _subset_cached(items: tuple, total: Decimal) -> tuple[int, ...] | None:
    if len(items) >= SPLIT_FROM and _exact([v for _, v in items] + [total]):
        return _subset_split(items, total)
    # every subset's sum from a smaller one's (a bit mask over the columns: one addition each,
    # not one a member), stopping at a second subset that fits
    sums = [0] * (1 << len(items))
    found = None
    for mask in range(1, len(sums)):
        low = mask & -mask
        sums[mask] = sums[mask ^ low] + items[low.bit_length() - 1][1]
        if sums[mask] == total:
            if found is not None:
                return None
            found = mask
    if found is None:
        return None
    return tuple(n for k, (n, _) in enumerate(items) if found >> k & 1)


SPLIT_FROM = 6  # columns from which the subsets are met in the middle (2 x 2^(n/2) sums, not 2^n)
_EXACT_BELOW = Decimal(10) ** 15


def _exact(values: list) -> bool:
    """Whether sums and differences of up to 13 of `values` are exact in Decimal's default context (28 digits): each
    below 10^15, to at most 6 decimals. (Then any way of adding them up finds the same subsets that fit.)"""
    for v in values:
        if isinstance(v, Decimal):
            if not v.is_finite() or abs(v) >= _EXACT_BELOW or v.as_tuple().exponent < -6:
                return False
        elif not isinstance(v, int) or abs(v) >= 10**15:
            return False
    return True


def _subset_sums(values: list) -> list:
    """The sum of every subset of `values`, by bit mask, each from a smaller one's."""
    sums = [0] * (1 << len(values))
    for mask in range(1, len(sums)):
        low = mask & -mask
        sums[mask] = sums[mask ^ low] + values[low.bit_length() - 1]
    return sums


def _subset_split(items: tuple, total: Decimal) -> tuple[int, ...] | None:
    """_subset_cached's answer met in the middle: the subsets of the first half by their sums, then for each subset
    of the second half the first-half subsets that make up the rest of `total`; a second fit ends the search. (A
    wide table's gaps, 12 columns, made 4,096 sums a call; this makes 128.)"""
    values = [v for _, v in items]
    half = len(values) // 2
    by_sum: dict = {}
    for mask, s in enumerate(_subset_sums(values[:half])):
        by_sum.setdefault(s, []).append(mask)
    found = None
    for high, s in enumerate(_subset_sums(values[half:])):
        for low in by_sum.get(total - s, ()):
            if low == 0 and high == 0:
                continue  # (the empty set, which the masks from 1 never were)
            if found is not None:
                return None
            found = low | high << half
    if found is None:
        return None
    return tuple(n for k, (n, _) in enumerate(items) if found >> k & 1)


def _add(flags: list[str], *codes: str) -> list[str]:
    return flags + [c for c in codes if c not in flags]


def _issue(code: str, message: str) -> dict:
    return {"code": code, "severity": "warning", "message": message, "where": None}


def _digits(value: Decimal) -> str:
    """The digits of a value as a table writes it (no trailing decimal zeros)."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _looks_misread(raw: str, value: Decimal) -> bool:
    """One digit read wrong or dropped (0.980 for 9.980, 105 for 195): a scan's slip,
    unlike two digits swapped (208 for 280), which is a typing slip."""
    a = re.sub(r"\D", "", raw)
    b = _digits(value).replace(".", "")
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(b) == len(a) + 1:
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
    return False


def _damaged(rd: Reading) -> bool:
    raw = rd.raw.strip()
    return OCR in rd.flags or (raw.startswith("0") and len(raw) > 1 and not raw.startswith("0,"))


def read_cells(cells: list[Cell | None], first: int, amount: list[int]) -> tuple[dict[int, Decimal], dict[int, Reading]]:
    values, readings = {}, {}
    for n in amount:
        k = n - first
        if 0 <= k < len(cells) and cells[k] is not None:
            rd = parse_number(cells[k].text)
            readings[n] = rd
            if rd.value is not None:
                values[n] = rd.value
    return values, readings


def _refits(region: list[Cell], size: int, most: int = 2) -> tuple[tuple[tuple[int | None, ...], int], ...]:
    """Ways to fit `region` to `size` cells by dropping up to `most` empty cells and
    inserting up to `most` missing ones (three edits in all at most): the region indices
    of each fit (None where a cell is missing) and the index of its first change. They
    depend only on the region's length and where its empty cells are: made once per shape."""
    key = (len(region), tuple(i for i, c in enumerate(region) if c.text.strip() in EMPTY), size, most)
    fits = _SHAPES.get(key)
    if fits is None:
        fits = _refit_shapes(*key)
        if len(fits) * (key[0] + 1) <= 10_000:  # a cache of small shapes only, bounded (a wide row is made anew)
            if len(_SHAPES) >= 128:
                _SHAPES.clear()
            _SHAPES[key] = fits
    return fits


_SHAPES: dict[tuple, tuple] = {}  # _refits by (cells, empty cells, size, edits): a cache


def _refit_shapes(n: int, empties: tuple[int, ...], size: int, most: int) -> tuple:
    out = []
    for d in range(0, most + 1):
        ins = size - (n - d)
        if ins < 0 or ins > most or (d == 0 and ins == 0) or d + ins > most + 1:
            continue  # at most three edits: more would let the sums prove almost anything
        for drop in itertools.combinations(empties, d):
            kept: list[int | None] = [i for i in range(n) if i not in drop]
            for where in itertools.combinations_with_replacement(range(len(kept) + 1), ins):
                picks = list(kept)
                for offset, w in enumerate(where):
                    picks.insert(w + offset, None)
                changes = [w + o for o, w in enumerate(where)] or list(drop)
                out.append((tuple(picks), min(changes) if changes else 0))
    return tuple(out)
