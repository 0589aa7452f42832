"""The promise of budget_items: a number is right, or it carries a flag. Measured on
generated tables (groups with items, totals that add up) damaged the ways scrapes damage
them: a cell lost with the row's cells sliding left, and a digit misread as 0 ("0.750",
"010"). The generator knows the truth, so every emitted item can be judged."""

import random

import pytest

from tests.extractors.test_budget_tables import HEADER, TITLE, budget_of, flat

COLUMNS = [(None, "total"), (2024, "central"), (2024, "local"), (2025, "central"), (2025, "local")]
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def damaged_table(seed: int, groups: int = 12, items: int = 8, p_lost: float = 0.08, p_slip: float = 0.06,
                  mode: str = "slide"):
    """mode: "slide" (a cell lost, the rest slide left, a stray "-" closes the row),
    "short" (a cell lost, the row is one short), "extra" (a stray "-" pushes cells right)."""
    rnd = random.Random(seed)
    cells, truth = list(HEADER), {}
    for g in range(groups):
        kids = [[rnd.randint(1, 99) * 10 for _ in range(4)] for _ in range(items)]
        sums = [sum(k[i] for k in kids) for i in range(4)]
        label = f"Nhóm {g + 1}"
        cells += [ROMAN[g], label, str(sum(sums)), *map(str, sums)]
        truth.update({(label, y, s): v for (y, s), v in zip(COLUMNS, [sum(sums), *sums])})
        for i, kid in enumerate(kids, start=1):
            label = f"Hạng mục {g + 1}.{i}"
            row = [str(i), label, str(sum(kid)), *map(str, kid)]
            truth.update({(label, y, s): v for (y, s), v in zip(COLUMNS, [sum(kid), *kid])})
            r = rnd.random()
            if r < p_lost and mode == "slide":
                del row[3]
                row.append("-")
                truth[(label, 2024, "central")] = None
            elif r < p_lost and mode == "short":
                c = rnd.randint(3, 6)
                del row[c]
                truth[(label, *COLUMNS[c - 2])] = None
            elif r < p_lost and mode == "extra":
                row.insert(rnd.randint(3, 6), "-")
            elif r < p_lost + p_slip:  # the first digit misread as 0
                c = rnd.randint(2, 6)
                if len(row[c]) > 1:
                    row[c] = "0" + row[c][1:]
            cells += row
    return TITLE + flat(*cells), truth


def judge(seed: int, mode: str = "slide") -> dict:
    text, truth = damaged_table(seed, mode=mode)
    counts = {"right": 0, "wrong_flagged": 0, "wrong_unflagged": 0}
    for item in budget_of(text)["items"]:
        want = truth.get((item["row_label"], item["year"], item["source"]))
        if want is not None and item["amount_vnd"] == want * 1_000_000:
            counts["right"] += 1
        else:
            counts["wrong_flagged" if item["flags"] else "wrong_unflagged"] += 1
    return counts


@pytest.mark.parametrize("mode", ["slide", "short", "extra"])
def test_every_wrong_number_is_flagged(mode):
    total = {"right": 0, "wrong_flagged": 0, "wrong_unflagged": 0}
    for seed in range(10):
        for k, v in judge(seed, mode).items():
            total[k] += v
    items = sum(total.values())
    assert items > 4000
    assert total["wrong_unflagged"] <= items // 1000, total  # at most one in a thousand slips through
    assert total["right"] >= 0.95 * items, total  # and most damage is repaired, not just flagged


def test_undamaged_tables_come_out_whole_and_unflagged():
    text, truth = damaged_table(99, p_lost=0, p_slip=0)
    items = budget_of(text)["items"]
    assert len(items) == len(truth)
    assert all(i["amount_vnd"] == truth[(i["row_label"], i["year"], i["source"])] * 1_000_000 and not i["flags"]
               for i in items)
