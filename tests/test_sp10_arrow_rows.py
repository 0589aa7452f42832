"""pipeline.write._from_rows: a table's rows made Arrow as structs, the same table (schema, values, nulls, errors)
as pa.Table.from_pylist, and arrow_tables' int64 guard still holding (session 45, SP10)."""

import datetime as dt

import pyarrow as pa
import pytest

from pipeline.write import BARE, _from_rows, arrow_tables, ipc_tables

DOC = "0123456789abcdef"

# (table, rows): each must give the table from_pylist gives
SAME = [
    ("quality_issues", [{"doc_id": DOC, "code": "a.b", "severity": "warning", "where": None, "message": "m"}]),
    # a key the row lacks is null; a key the schema lacks is left out
    ("quality_issues", [{"doc_id": DOC, "code": "a.b", "severity": "error", "stray": 1}]),
    ("legal_bases", [{"doc_id": DOC, "basis_index": 0, "kind": "Luật", "number": "12/2019/QH14",
                      "issued_date": dt.date(2019, 6, 5), "title": "Luật Đầu tư công", "raw": "x",
                      "span_start": 3, "span_end": 9},
                     {"doc_id": DOC, "basis_index": 1, "issued_date": None}]),
    ("activity_agencies", [{"doc_id": DOC, "activity_code": "1", "role": "lead", "agency": "Sở Y tế",
                            "agency_key": "so y te"}] * 3),
    ("budget_items", [{"doc_id": DOC, "table": "T1", "row_index": n, "column_index": 2, "amount_vnd": 10**9 * n,
                       "counted": n % 2 == 0, "flags": ["a"] if n else [], "table_title": None} for n in range(5)]),
]


@pytest.mark.parametrize("name,rows", SAME)
def test_rows_as_structs_make_the_same_table(name, rows):
    got = _from_rows(name, rows)
    want = pa.Table.from_pylist(rows, schema=BARE[name])
    assert got.schema == want.schema
    assert got.equals(want)
    assert ipc_tables({name: got}) == ipc_tables({name: want})


# (table, rows, error): a value the column cannot take raises as from_pylist does
REFUSED = [
    ("budget_items", [{"doc_id": DOC, "row_index": "one"}], pa.ArrowInvalid),
    ("budget_items", [{"doc_id": DOC, "amount_vnd": 2**70}], OverflowError),
]


@pytest.mark.parametrize("name,rows,error", REFUSED)
def test_a_value_the_column_cannot_take_is_refused(name, rows, error):
    with pytest.raises(error):
        pa.Table.from_pylist(rows, schema=BARE[name])
    with pytest.raises(error):
        _from_rows(name, rows)


def test_arrow_tables_nulls_an_amount_beyond_int64_and_keeps_the_rest():
    rows = {"budget_items": [{"doc_id": DOC, "table": "T1", "amount_vnd": 2**70, "raw": "big"},
                             {"doc_id": DOC, "table": "T1", "amount_vnd": 5, "raw": "small"}],
            "quality_issues": []}
    tables = arrow_tables(rows)
    assert set(tables) == {"budget_items"}  # an empty table makes none
    items = tables["budget_items"].to_pylist()
    assert [r["amount_vnd"] for r in items] == [None, 5]
    assert [r["raw"] for r in items] == ["big", "small"]
