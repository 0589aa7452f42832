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

from pipeline.models import PIPELINE_VERSION, SCHEMA_VERSION


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
# Parquet: one table per SPEC table; the schemas are fixed so that an empty table
# still has its columns and types.

S, I64, F64, D32 = pa.string(), pa.int64(), pa.float64(), pa.date32()
LS = pa.list_(pa.string())
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("doc_id", S), ("schema_version", S), ("pipeline_version", S), ("source_path", S),
                            ("source_format", S), ("source_sha256", S), ("source_bytes", I64), ("source_encoding", S),
                            ("doc_type", S), ("doc_type_code", S), ("number", S), ("issuer_name", S),
                            ("issuer_level", S), ("issuer_locality", S), ("place", S), ("issued_date", D32),
                            ("title", S), ("period_start_year", I64), ("period_end_year", I64), ("signer_name", S),
                            ("signer_title", S), ("signer_authority", LS), ("recipients", LS),
                            ("legal_basis_count", I64), ("activity_count", I64), ("budget_total_vnd", I64),
                            ("source_duplicates", LS)]),
    "legal_bases": pa.schema([("doc_id", S), ("basis_index", I64), ("relation", S), ("doc_type", S), ("number", S),
                              ("issued_date", D32), ("issuer", S), ("title", S), ("span_start", I64), ("span_end", I64)]),
    "objectives": pa.schema([("doc_id", S), ("objective_index", I64), ("section", S), ("kind", S), ("text", S),
                             ("target_year", I64), ("span_start", I64), ("span_end", I64)]),
    "targets": pa.schema([("doc_id", S), ("objective_index", I64), ("value", F64), ("value_high", F64), ("unit", S), ("raw", S),
                          ("indicator", S), ("bound", S), ("span_start", I64), ("span_end", I64)]),
    "activities": pa.schema([("doc_id", S), ("activity_code", S), ("project", S), ("title", S), ("content", LS),
                             ("lead_agencies", LS), ("partner_agencies", LS), ("span_start", I64), ("span_end", I64)]),
    "activity_agencies": pa.schema([("doc_id", S), ("activity_code", S), ("role", S), ("agency", S)]),
    "responsibilities": pa.schema([("doc_id", S), ("agency", S), ("duties", LS), ("span_start", I64), ("span_end", I64)]),
    "agencies": pa.schema([("doc_id", S), ("name", S), ("aliases", LS), ("roles", LS), ("mentions", I64)]),
    "budget_statements": pa.schema([("doc_id", S), ("scope", S), ("source", S), ("year", I64), ("amount_vnd", I64),
                                    ("raw", S), ("flags", LS), ("span_start", I64), ("span_end", I64)]),
    "budget_items": pa.schema([("doc_id", S), ("table", S), ("table_title", S), ("row_code", S), ("row_label", S),
                               ("row_kind", S), ("year", I64), ("source", S), ("amount_vnd", I64), ("raw", S),
                               ("flags", LS), ("span_start", I64), ("span_end", I64)]),
    "quality_issues": pa.schema([("doc_id", S), ("code", S), ("severity", S), ("message", S), ("where", S)]),
}


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def table_rows(record: dict) -> dict[str, list[dict]]:
    """A document record as rows of every Parquet table."""
    d = record["doc_id"]
    b = record["budget"]
    total = next((s["amount_vnd"] for s in b["statements"] if s["scope"] == "total" and s["source"] == "total"
                  and s["year"] is None), None)
    if total is None:
        total = next((i["amount_vnd"] for i in b["items"] if i["row_kind"] == "total" and i["source"] == "total"
                      and i["year"] is None), None)
    src, iss, per, sig = record["source"], record["issuer"], record["period"], record["signer"]
    titles = {t["id"]: t["title"] for t in b["tables"]}
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    rows["documents"].append({
        "doc_id": d, "schema_version": record["schema_version"], "pipeline_version": record["pipeline_version"],
        "source_path": src["path"], "source_format": src["format"], "source_sha256": src["sha256"],
        "source_bytes": src["bytes"], "source_encoding": src["encoding"], "doc_type": record["doc_type"],
        "doc_type_code": record["doc_type_code"], "number": record["number"], "issuer_name": iss["name"],
        "issuer_level": iss["level"], "issuer_locality": iss["locality"], "place": record["place"],
        "issued_date": _date(record["issued_date"]), "title": record["title"],
        "period_start_year": per["start_year"], "period_end_year": per["end_year"], "signer_name": sig["name"],
        "signer_title": sig["title"], "signer_authority": sig["authority"], "recipients": record["recipients"],
        "legal_basis_count": len(record["legal_bases"]), "activity_count": len(record["activities"]),
        "budget_total_vnd": total, "source_duplicates": src.get("duplicates", [])})
    for n, lb in enumerate(record["legal_bases"]):
        rows["legal_bases"].append({"doc_id": d, "basis_index": n, **{k: lb[k] for k in ("relation", "doc_type", "number", "issuer", "title")},
                                    "issued_date": _date(lb["issued_date"]), "span_start": lb["span"]["start"], "span_end": lb["span"]["end"]})
    for n, o in enumerate(record["objectives"]):
        rows["objectives"].append({"doc_id": d, "objective_index": n, "section": o["section"], "kind": o["kind"], "text": o["text"],
                                   "target_year": o["target_year"], "span_start": o["span"]["start"], "span_end": o["span"]["end"]})
        for t in o["targets"]:
            rows["targets"].append({"doc_id": d, "objective_index": n, **{k: t.get(k) for k in ("value", "value_high", "unit", "raw", "indicator", "bound")},
                                    "span_start": t["span"]["start"], "span_end": t["span"]["end"]})
    for a in record["activities"]:
        rows["activities"].append({"doc_id": d, "activity_code": a["code"], "project": a["project"], "title": a["title"],
                                   "content": a["content"], "lead_agencies": a["lead_agencies"],
                                   "partner_agencies": a["partner_agencies"], "span_start": a["span"]["start"], "span_end": a["span"]["end"]})
        for role in ("lead", "partner"):
            for ag in a[f"{role}_agencies"]:
                rows["activity_agencies"].append({"doc_id": d, "activity_code": a["code"], "role": role, "agency": ag})
    for r in record["responsibilities"]:
        rows["responsibilities"].append({"doc_id": d, "agency": r["agency"], "duties": r["duties"],
                                         "span_start": r["span"]["start"], "span_end": r["span"]["end"]})
    for a in record["agencies"]:
        rows["agencies"].append({"doc_id": d, **a})
    for s in b["statements"]:
        rows["budget_statements"].append({"doc_id": d, **{k: s[k] for k in ("scope", "source", "year", "amount_vnd", "raw", "flags")},
                                          "span_start": s["span"]["start"], "span_end": s["span"]["end"]})
    for i in b["items"]:
        rows["budget_items"].append({"doc_id": d, "table": i["table"], "table_title": titles.get(i["table"]),
                                     **{k: i[k] for k in ("row_code", "row_label", "row_kind", "year", "source", "amount_vnd", "raw", "flags")},
                                     "span_start": (i.get("span") or {}).get("start"), "span_end": (i.get("span") or {}).get("end")})
    for q in record["quality"]["issues"]:
        rows["quality_issues"].append({"doc_id": d, **q})
    return rows


def _fits_int64(value) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def arrow_tables(rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    """A document's rows as Arrow tables (non-empty tables only). An integer beyond int64
    (the record guard nulls amounts first; this is the last line) becomes null rather
    than an overflow that would stop the run."""
    out = {}
    for name, table_rows_ in rows.items():
        if not table_rows_:
            continue
        schema = SCHEMAS[name]
        try:
            out[name] = pa.Table.from_pylist(table_rows_, schema=schema)
        except (OverflowError, pa.ArrowInvalid):
            ints = [f.name for f in schema if pa.types.is_integer(f.type)]
            safe = [{**r, **{k: None for k in ints if not _fits_int64(r.get(k))}} for r in table_rows_]
            out[name] = pa.Table.from_pylist(safe, schema=schema)
    return out


PARQUET_META = {b"schema_version": SCHEMA_VERSION.encode(), b"pipeline_version": PIPELINE_VERSION.encode()}


def parquet_bytes(name: str, tables: list[pa.Table]) -> tuple[bytes, int]:
    """One part file of table `name` from document tables in order: (file bytes, rows)."""
    schema = SCHEMAS[name].with_metadata(PARQUET_META)
    table = pa.concat_tables(tables).cast(schema) if tables else schema.empty_table()
    sink = pa.BufferOutputStream()
    pq.write_table(table.replace_schema_metadata(PARQUET_META), sink)
    return sink.getvalue().to_pybytes(), table.num_rows
