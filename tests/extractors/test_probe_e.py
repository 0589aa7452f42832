"""Probe round E: shapes of budget prose, assignments and tables the other tests did not
cover, each a table of our own inputs (tests/cases/*.yaml) with rows that must match and
rows that must not."""

import pytest
import yaml

from normalizers.agencies import roles_in
from tests.conftest import CASES

ROLES = yaml.safe_load((CASES / "assignment_roles.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROLES, ids=[c["text"][:60] for c in ROLES])
def test_assignment_roles(case):
    want = tuple(case["roles"]) if case["roles"] is not None else None
    got = roles_in(case["text"])
    assert (tuple(list(x) for x in got) if got is not None else None) == want


def _csv(name):
    import csv
    with open(CASES / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("case", _csv("table_units.csv"), ids=lambda c: c["text"])
def test_table_units(case):
    """A table's unit as its unit line or a header cell states it, a count of đồng
    ("ĐVT: 1.000 đồng") included; counts of people or land are no money."""
    from normalizers.money import header_unit
    want = (case["unit"], int(case["multiplier"])) if case["unit"] else None
    assert header_unit(case["text"]) == want
