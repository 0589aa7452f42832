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
