"""Speed rewrites of the refit search (extractors/tables/checks.py) answer exactly as the
code they replaced: a fit's failures, with the row's own failing sums handed in (found
just before), are the failures found from scratch, for every row of invented tables (a
shifted row, an OCR slip, a footnote-glued total, a group with a gap), with the row's own
values and with each one-cell variant of them (a cell missing, a cell moved)."""

from decimal import Decimal

import pytest

from extractors.tables import checks
from tests.extractors.test_budget_tables import HEADER, TITLE, budget_of, flat

TABLES = {
    "shifted": flat(*HEADER,
                    "I", "Xây dựng", "500", "100", "150", "100", "150",
                    "1", "Công trình A", "200", "100", "0", "100", "0",
                    "2", "Công trình B", "300", "150", "-", "150", "-",
                    "", "TỔNG CỘNG", "500", "100", "150", "100", "150"),
    "ocr slip": flat(*HEADER,
                     "I", "Thủy lợi", "740", "120", "250", "120", "250",
                     "1", "Kênh Đông", "340", "60", "110", "60", "110",
                     "2", "Kênh Tây", "400", "60", "140", "60", "l40",
                     "", "TỔNG CỘNG", "740", "120", "250", "120", "250"),
    "glued total": flat(*HEADER,
                        "1", "Trường Hòa Bình", "90", "20", "25", "20", "25",
                        "2", "Trường An Phú", "60", "10", "20", "10", "20",
                        "", "Cộng", "1504", "30", "45", "30", "45"),
    "group gap": flat(*HEADER,
                      "I", "Giao thông", "900", "200", "250", "200", "250",
                      "1", "Đường huyện", "500", "100", "150", "100", "150",
                      "2", "Cầu xã", "300", "100", "50", "50",
                      "II", "Y tế", "80", "20", "20", "20", "20",
                      "", "TỔNG CỘNG", "980", "220", "270", "220", "270"),
}


def _failures_reference(ck: checks.Checker, r: int, values: dict) -> set:
    """Checker.failures as it was written before the split (the reference)."""
    out = {("row", target) for target, _, _ in ck.row_delta(r, values)}
    p = ck.parent[r]
    if p is not None and ck.trusted(p):
        out |= {("up", n) for n in ck.unexplained(p, {r: values})}
    if ck.children(r) and ck.trusted(r):
        out |= {("down", n) for n in ck.unexplained(r, {r: values})}
    return out


def _checkers(text: str, monkeypatch) -> list[checks.Checker]:
    seen: list[checks.Checker] = []
    run = checks.Checker.run

    def keep(self):
        seen.append(self)
        return run(self)

    monkeypatch.setattr(checks.Checker, "run", keep)
    budget_of(TITLE + text)
    return seen


def _variants(values: dict, amount: list[int]) -> list[dict]:
    out = [dict(values)]
    for n in amount:
        out.append({k: v for k, v in values.items() if k != n})  # a cell missing
        out.append({**values, n: Decimal(0)})
        for m in amount:
            if m != n and n in values:  # a cell moved to another column
                moved = {k: v for k, v in values.items() if k != n}
                moved[m] = values[n]
                out.append(moved)
    return out


@pytest.mark.parametrize("name", sorted(TABLES))
def test_sum_failures_given_the_row_sums_answer_as_failures(name, monkeypatch):
    found = _checkers(TABLES[name], monkeypatch)
    assert found
    compared = 0
    for ck in found:
        for r, row in enumerate(ck.rows):
            for values in _variants(row.values, ck.amount):
                rows = {("row", t) for t, _, _ in ck.row_delta(r, values)}
                assert ck._sum_failures(r, values, rows) == _failures_reference(ck, r, values)
                assert ck.failures(r, values) == _failures_reference(ck, r, values)
                compared += 1
    assert compared > 20


def _subset_by_combinations(items: tuple, total: Decimal):
    """The definition the bit-mask search replaced: every combination, in size order."""
    import itertools
    gaps = dict(items)
    found = [combo for k in range(1, len(gaps) + 1) for combo in itertools.combinations(gaps, k)
             if sum(gaps[n] for n in combo) == total]
    return tuple(found[0]) if len(found) == 1 else None


def test_the_unique_subset_search_answers_as_every_combination_does():
    import random
    rng = random.Random(7)
    unique = 0
    for _ in range(3000):
        k = rng.randint(1, 8)
        cols = rng.sample(range(20), k)
        vals = [Decimal(rng.choice([rng.randint(-40, 40), rng.randint(-9000, 9000)])) / rng.choice([1, 10, 1000])
                for _ in cols]
        items = tuple(zip(cols, vals))
        total = sum(rng.sample(vals, rng.randint(1, k))) if rng.random() < 0.7 else Decimal(rng.randint(-99, 99))
        expected = _subset_by_combinations(items, total)
        assert checks._subset_cached.__wrapped__(items, total) == expected
        unique += expected is not None
    assert unique > 1000  # (the cases are not all empty answers)
