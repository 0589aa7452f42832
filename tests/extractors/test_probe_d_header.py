"""Issuer levels from a body's name, table-driven (tests/cases/issuer_levels.csv): the
central bodies of the State and the Party (a "Ban ... Trung ương" is central, a province's
board is a department of it), bodies of a ministry's rank not called "Bộ", the special
zones of the 2025 reform, and a city's level word written with a capital."""

import csv
from pathlib import Path

import pytest

from extractors.fields.header import issuer_parts

ROWS = list(csv.DictReader((Path(__file__).parents[1] / "cases" / "issuer_levels.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_issuer_level(row):
    assert issuer_parts(row["name"]) == (row["level"], row["locality"] or None)


from normalizers import dates  # noqa: E402

PERIODS = list(csv.DictReader((Path(__file__).parents[1] / "cases" / "periods.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("row", PERIODS, ids=[r["text"] for r in PERIODS])
def test_period(row):
    """Periods written with a dash or with "đến"/"tới" (must); a year alone, a vision's year
    after a comma, a backwards or over-long span (must not)."""
    want = (int(row["start"]), int(row["end"])) if row["start"] else None
    assert dates.find_period(row["text"]) == want
