"""Checker._best_fit gives a fit up as soon as the failures found so far rule it out (the row's own sums, then its
parent's column sums, then its children's: the set only grows, so a fit that touches a failing column or fails as
often as the row does now is out whatever comes after). It answers exactly as the search that reckoned every set
first (the reference below, the code it replaced), for every row of invented tables.

Must: a row whose cells slid (one lost, a stray "-" closing it) under a group and a total that prove the fit is
refitted; a group whose child lost a cell is refitted. Must not: a row no sum can place (no group, no total) gets no
fit; a row whose sums hold gets none."""

import pytest

from extractors.tables import checks
from extractors.tables.checks import EMPTY, _refits
from normalizers.money import parse_number
from tests.extractors.test_budget_tables import HEADER, TITLE, budget_of, flat
from tests.test_speed_p_checks import TABLES


def _best_fit_reference(self: checks.Checker, r: int, first: int):
    """Checker._best_fit as written before the early exit: every fit's failures reckoned in full."""
    row = self.rows[r]
    p = self.parent[r]
    up = self.unexplained(p, {}) if p is not None and self.trusted(p) else {}
    down = self.unexplained(r, {}) if self.children(r) and self.trusted(r) else {}
    if not (row.irregular or up or down):
        return None
    gap_columns = set(up) | set(down)
    checked = (p is not None and self.trusted(p)) or (self.children(r) and self.trusted(r))
    if checked and not row.irregular and not any(row.values.get(n) for n in gap_columns):
        return None
    region = row.raw[first:]
    if len(region) == len(self.columns) - first and not any(c.text.strip() in EMPTY for c in region):
        return None
    now = self.failures(r, row.values)
    if not now:
        return None
    fits: dict = {}
    parsed = [parse_number(c.text).value for c in region]
    amounts = [v or 0 for v in parsed]
    slots = [(n, n - first) for n in self.amount]
    fixed = [(k, row.values.get(n) or 0) for n, k in slots if checked and n not in gap_columns]
    for picks, changed_from in _refits(region, len(self.columns) - first):
        size = len(picks)
        if any((0 if k >= size or picks[k] is None else amounts[picks[k]]) != v for k, v in fixed):
            continue
        vals = [None if i is None else parsed[i] for i in picks]
        key = tuple([(n, vals[k]) for n, k in slots if k < size and vals[k]])
        if key not in fits or changed_from > fits[key][0]:
            fits[key] = (changed_from, picks)
    current = tuple(sorted((n, v) for n, v in row.values.items() if v))
    best: dict = {}
    for key, (changed_from, picks) in fits.items():
        if key == current:
            continue
        fit = dict(key)
        moved = {n for n in self.amount if fit.get(n, 0) != row.values.get(n, 0)}
        if checked and not moved <= gap_columns:
            continue
        values = {n: parsed[picks[k]] for n, k in slots
                  if k < len(picks) and picks[k] is not None and parsed[picks[k]] is not None}
        broken = [t for t, _, _ in self.row_delta(r, values)]
        if len(broken) >= len(now) or any(t in moved and t in values for t in broken):
            continue
        after = self._sum_failures(r, values, {("row", t) for t in broken})
        if any(n in moved and n in values for _, n in after) or len(after) >= len(now):
            continue
        best[key] = ((len(after), len(self.column_delta(p, {r: values})) if p is not None else 0), changed_from, picks)
    if not best:
        return None
    lowest = min(v[0] for v in best.values())
    winners = [v for v in best.values() if v[0] == lowest]
    if len(winners) != 1:
        return None
    rank, changed_from, picks = winners[0]
    return rank, changed_from, [region[i] if i is not None else None for i in picks]


MORE = {
    "no sum places it": flat(*HEADER,
                             "1", "Nhà văn hóa xã Tân Lập", "260", "90", "40", "90", "40",
                             "2", "Sân thể thao xã Phú Mỹ", "180", "90", "90",
                             "3", "Thư viện huyện", "44", "11", "11", "11", "11"),
    "a child slid in a group": flat(*HEADER,
                                    "I", "Nông nghiệp", "620", "150", "160", "150", "160",
                                    "1", "Trạm bơm Bắc", "320", "70", "90", "70", "90",
                                    "2", "Trạm bơm Nam", "300", "80", "-", "70", "70",
                                    "", "TỔNG CỘNG", "620", "150", "160", "150", "160"),
}

# (table, row label, whether a fit is found for it)
FITS = [
    ("shifted", "Công trình B", True),
    ("group gap", "Cầu xã", True),
    ("no sum places it", "Sân thể thao xã Phú Mỹ", False),
    ("shifted", "Công trình A", False),
]


def _first_checker(text: str, monkeypatch) -> checks.Checker:
    seen: list[checks.Checker] = []
    run = checks.Checker.run

    def keep(self):
        seen.append(self)
        # the rows as read, before any repair: the search judges them
        seen.append({r: _best_fit_reference(self, r, self.amount[0]) for r in range(len(self.rows))
                     if self.rows[r].kind != "summary" and len(self.rows[r].raw) > self.amount[0]})
        seen.append({r: self._best_fit(r, self.amount[0]) for r in range(len(self.rows))
                     if self.rows[r].kind != "summary" and len(self.rows[r].raw) > self.amount[0]})
        return run(self)

    monkeypatch.setattr(checks.Checker, "run", keep)
    budget_of(TITLE + text)
    assert seen
    return seen


@pytest.mark.parametrize("name", sorted({**TABLES, **MORE}))
def test_the_search_answers_as_the_full_reckoning(name, monkeypatch):
    seen = _first_checker({**TABLES, **MORE}[name], monkeypatch)
    for ck, reference, ours in zip(seen[::3], seen[1::3], seen[2::3]):
        assert ours == reference


@pytest.mark.parametrize("name,label,found", FITS)
def test_which_rows_a_fit_is_found_for(name, label, found, monkeypatch):
    seen = _first_checker({**TABLES, **MORE}[name], monkeypatch)
    ck, ours = seen[0], seen[2]
    r = next(i for i, row in enumerate(ck.rows) if row.label == label)
    assert (ours.get(r) is not None) == found
