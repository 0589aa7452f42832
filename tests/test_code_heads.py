"""The heading of a table's ordinal column (layout.cells.CODE_HEAD), as written and as OCR
misreads it: a scanned task table whose "STT" was read "SILT" was no task table, and its 50
tasks were lost (a real plan's 300 dpi scan: activities 7 of 56 -> 50 of 56)."""

import csv
from pathlib import Path

import pytest

from extractors.layout.cells import CODE_HEAD

ROWS = list(csv.DictReader((Path(__file__).parent / "cases" / "code_heads.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("row", ROWS, ids=[r["cell"] for r in ROWS])
def test_code_head(row):
    assert bool(CODE_HEAD.match(row["cell"])) == (row["code"] == "yes"), row["why"]
