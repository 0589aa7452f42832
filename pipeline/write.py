"""Serializers: JSON (stable key order), a record as Parquet rows, Parquet part files."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract import COLUMNS, SCHEMAS
from pipeline.models import INT64_MAX, INT64_MIN


class _NoPandas:
    """An import finder that refuses pandas (see arrow_without_pandas)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas":
            raise ImportError("pandas is not needed here")
        return None


def arrow_without_pandas() -> None:
    """Spare a process of ours (the command line's, a pool worker) the import of pandas
    (0.18 s of CPU each): pyarrow's first `pa.array` of a Python list imports pandas to ask
    whether the list is a pandas object, and remembers the answer. Our rows are never
    pandas objects: the question is answered "no pandas" once, with the import refused for
    that one call. pyarrow still imports pandas where it needs it (`to_pandas`)."""
    import sys
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NoPandas)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(_NoPandas)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def json_bytes(value) -> bytes:
    """Indented UTF-8 JSON, keys in the record's order. orjson writes the same bytes as
    json.dumps(indent=2, ensure_ascii=False) twenty times faster (the standard library
    falls back to pure Python when asked to indent); json.dumps stays for what orjson
    refuses (integers beyond 64 bits)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"
    except (TypeError, orjson.JSONEncodeError):
        return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# Parquet: one table per model PARQUET_TABLES names, its schema generated from the model
# (pipeline/contract.py), so that an empty table still has its columns and types.



def _date(value):
    return dt.date.fromisoformat(value) if value else None


def _getters(name: str):
    """(column, key, subkey) of the columns a table takes from its model's fields (subkey for
    a nested model: span_start is ("span", "start")), and the date columns."""
    out = []
    for c in COLUMNS[name]:
        if c.path:
            out.append((c.name, c.path[0], c.path[1] if len(c.path) > 1 else None))
    return out, [c.name for c in COLUMNS[name] if c.is_date]


GETTERS = {name: _getters(name) for name in SCHEMAS}
# the schemas without metadata: what a worker's per-document tables carry (the part file gets the rest)
BARE = {name: pa.schema([pa.field(f.name, f.type, f.nullable) for f in schema]) for name, schema in SCHEMAS.items()}


def _rows(name: str, objects: list[dict], keys: dict, extra=None) -> list[dict]:
    getters, dates = GETTERS[name]
    out = []
    for n, obj in enumerate(objects):
        row = dict(keys)
        for column, key, sub in getters:
            value = obj.get(key)
            row[column] = value if sub is None else (value.get(sub) if value is not None else None)
        for column in dates:
            row[column] = _date(row[column])
        if extra is not None:
            row.update(extra(n, obj))
        out.append(row)
    return out


def _sum_int64(values) -> int | None:
    values = [v for v in values if v is not None]
    total = sum(values)
    return total if values and INT64_MIN <= total <= INT64_MAX else None


def table_rows(record: dict) -> dict[str, list[dict]]:
    """A document record as rows of every per-document Parquet table (all but `plans`)."""
    d = record["doc_id"]
    b = record["budget"]
    total = next((s["amount_vnd"] for s in b["statements"] if s["scope"] == "total" and s["source"] == "total"
                  and s["year"] is None), None)
    if total is None:
        total = next((i["amount_vnd"] for i in b["items"] if i["row_kind"] == "total" and i["source"] == "total"
                      and i["year"] is None), None)
    titles = {t["id"]: t["title"] for t in b["tables"]}
    keys = {a["name"]: a["key"] for a in record["agencies"]}
    doc = {"doc_id": d}
    rows: dict[str, list[dict]] = {}
    rows["documents"] = _rows("documents", [record], {}, lambda n, r: {
        "legal_basis_count": len(r["legal_bases"]), "activity_count": len(r["activities"]), "budget_total_vnd": total,
        "budget_counted_vnd": _sum_int64(i["amount_vnd"] for i in b["items"] if i["counted"])})
    rows["legal_bases"] = _rows("legal_bases", record["legal_bases"], doc, lambda n, _: {"basis_index": n})
    rows["objectives"] = _rows("objectives", record["objectives"], doc, lambda n, _: {"objective_index": n})
    rows["targets"] = [row for n, o in enumerate(record["objectives"])
                       for row in _rows("targets", o["targets"], {**doc, "objective_index": n})]
    rows["activities"] = _rows("activities", record["activities"], doc)
    rows["activity_agencies"] = [{**doc, "activity_code": a["code"], "role": role, "agency": ag,
                                  "agency_key": keys.get(ag, ag)}
                                 for a in record["activities"] for role in ("lead", "partner")
                                 for ag in a[f"{role}_agencies"]]
    rows["responsibilities"] = _rows("responsibilities", record["responsibilities"], doc,
                                     lambda n, r: {"agency_key": keys.get(r["agency"], r["agency"])})
    rows["agencies"] = _rows("agencies", record["agencies"], doc)
    rows["budget_statements"] = _rows("budget_statements", b["statements"], doc)
    rows["budget_tables"] = _rows("budget_tables", b["tables"], doc)
    rows["budget_items"] = _rows("budget_items", b["items"], doc, lambda n, i: {"table_title": titles.get(i["table"])})
    rows["quality_issues"] = _rows("quality_issues", record["quality"]["issues"], doc)
    return rows


# a plan's primary rendition first: the formats that carry the text itself, then those read through a
# converter, then a PDF, then a scan's image file (read by OCR alone)
FORMAT_ORDER = ("docx", "wordxml", "xlsx", "html", "md", "txt", "doc", "rtf", "xls", "odt", "ods", "eml", "zip", "rar",
                "7z", "pdf", "tiff", "png", "jpeg", "webp", "bmp")


PER_DOCUMENT = [name for name in SCHEMAS if name != "plans"]  # tables a record makes rows of


def plan_table(documents: pa.Table) -> pa.Table:
    return pa.Table.from_pylist(plan_rows(documents), schema=BARE["plans"])


def plan_rows(documents: pa.Table) -> list[dict]:
    """The plans table from the documents table: one row per plan_key, its documents primary
    first (see models.Plan); values most documents agree on (ties: the primary's)."""
    cols = documents.select(["plan_key", "doc_id", "source_format", "source_path", "number", "issuer_name",
                             "issued_date", "title"]).to_pylist()
    groups: dict[str, list[dict]] = {}
    for r in cols:
        groups.setdefault(r["plan_key"], []).append(r)
    rank = {f: n for n, f in enumerate(FORMAT_ORDER)}
    out = []
    for key in sorted(groups):
        docs = sorted(groups[key], key=lambda r: (rank.get(r["source_format"], len(rank)), r["source_path"]))

        def common(field):
            values = [r[field] for r in docs if r[field] is not None]
            return max(values, key=lambda v: (values.count(v), -values.index(v))) if values else None

        out.append({"plan_key": key, "primary_doc_id": docs[0]["doc_id"], "number": common("number"),
                    "issuer_name": common("issuer_name"), "issued_date": common("issued_date"),
                    "title": docs[0]["title"], "doc_ids": [r["doc_id"] for r in docs],
                    "formats": [r["source_format"] for r in docs], "source_paths": [r["source_path"] for r in docs]})
    return out


def _fits_int64(value) -> bool:
    return not isinstance(value, int) or INT64_MIN <= value <= INT64_MAX


def arrow_tables(rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    """A document's rows as Arrow tables (non-empty tables only). An integer beyond int64
    (the record guard nulls amounts first; this is the last line) becomes null rather
    than an overflow that would stop the run."""
    out = {}
    for name, table_rows_ in rows.items():
        if not table_rows_:
            continue
        schema = BARE[name]
        try:
            out[name] = _from_rows(name, table_rows_)
        except (OverflowError, pa.ArrowInvalid, pa.ArrowTypeError):
            ints = [f.name for f in schema if pa.types.is_integer(f.type)]
            safe = [{**r, **{k: None for k in ints if not _fits_int64(r.get(k))}} for r in table_rows_]
            out[name] = _from_rows(name, safe)
    return out


# each table's row as one Arrow struct: its rows converted in one call, dict by dict in C++ (Table.from_pylist
# makes a Python list per column first, then converts each: twice the time for a document's dozen small tables)
ROW_STRUCTS = {name: pa.struct(list(schema)) for name, schema in BARE.items()}


def _from_rows(name: str, rows: list[dict]) -> pa.Table:
    """pa.Table.from_pylist(rows, schema=BARE[name]): the same table (a key a row lacks is null, one the schema
    lacks is left out, the same errors), the rows read as structs (ROW_STRUCTS)."""
    return pa.Table.from_batches([pa.RecordBatch.from_struct_array(pa.array(rows, type=ROW_STRUCTS[name]))],
                                 BARE[name])


def ipc_tables(tables: dict[str, pa.Table]) -> dict[str, bytes]:
    """A document's Arrow tables as what a worker sends the run: each an Arrow IPC record
    batch message, without its schema (the run knows it: BARE). Pickling the tables cost
    five times more to make and ten times more to read, in the run's one process."""
    out = {}
    for name, table in tables.items():
        batches = table.to_batches()
        if len(batches) != 1:
            batches = table.combine_chunks().to_batches()
        out[name] = batches[0].serialize().to_pybytes()
    return out


def from_ipc(name: str, data: bytes | pa.Table) -> list[pa.RecordBatch]:
    """The rows of table `name` that ipc_tables made (a table is taken as it is)."""
    if isinstance(data, pa.Table):
        return data.to_batches()
    return [pa.ipc.read_record_batch(pa.py_buffer(data), BARE[name])]


def parquet_bytes(name: str, tables: list[pa.Table | pa.RecordBatch]) -> tuple[bytes, int]:
    """One part file of table `name` from document tables in order: (file bytes, rows). The
    schema's metadata (versions, the pandas metadata) and column descriptions go with it.
    The documents' chunks are made one first (the same bytes, a third less time); the
    schema with its metadata is put on the rows as they are (`cast` would load
    pyarrow.compute, 0.1 s, to change nothing but the check of non-null columns, done here)."""
    schema = SCHEMAS[name]
    if tables:
        batches = [b for t in tables for b in (t.to_batches() if isinstance(t, pa.Table) else (t,))]
        table = pa.Table.from_batches(batches, schema).combine_chunks()
        for f, column in zip(schema, table.columns):
            if not f.nullable and column.null_count:
                raise ValueError(f"{name}.{f.name}: null values in a non-nullable column")
    else:
        table = schema.empty_table()
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, store_schema=True)
    return sink.getvalue().to_pybytes(), table.num_rows
