"""One document: bytes in, a document record or an error record out. Pure: no I/O.

Stages: read -> normalize -> segment -> extract -> validate. A failure in any stage
becomes an error record naming the stage, never an exception that stops a run.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import PurePath

from pydantic import ValidationError

from extractors.document import Document, build_document
from extractors.fields.activities import extract_activities
from extractors.fields.agencies import collect_agencies
from extractors.fields.budget_statements import extract_statements
from extractors.fields.common import body_end
from extractors.fields.footnotes import extract_footnotes
from extractors.fields.header import (empty_header, empty_signer, extract_header, extract_recipients,
                                      extract_signature)
from extractors.fields.legal_bases import extract_legal_bases
from extractors.fields.linking import agency_keys, document_plan_key, issuer_columns, place_of_issuer, scope_by_activity
from extractors.fields.objectives import extract_objectives
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import ReadError, format_of, read
from extractors.formats.base import ReadOptions
from extractors.segment import numbering_issues, outline
from extractors.tables.budget import extract_budget_tables
from normalizers.agencies import definitions_in
from normalizers.docnum import type_code
from normalizers.places import IssuerPlace
from pipeline.models import INT64_MAX, INT64_MIN, DocumentRecord, ErrorRecord
from pipeline.validate import check_record
from pipeline.options import LIMIT_OPTIONS, DocumentTimeout, Options, time_allowed  # noqa: F401 (their home before options.py)


@dataclass
class Outcome:
    record: DocumentRecord | None
    error: ErrorRecord | None
    text: str | None
    seconds: dict[str, float] = field(default_factory=dict)
    dump: dict | None = None  # record.model_dump(mode="json"), made once
    encoded: bytes | None = None  # text as UTF-8, encoded once (for text_sha256, then the text file)


OUT_OF_RANGE = "number.out_of_range"


def guard_int64(fields: dict) -> None:
    """Amounts Parquet's int64 cannot hold ("10.000.000.000 tỷ đồng") become null, flagged,
    with a quality issue: the document's own words stay in `raw`."""
    budget = fields["budget"]
    for kind, rows in (("statements", budget["statements"]), ("items", budget["items"])):
        for n, row in enumerate(rows):
            amount = row.get("amount_vnd")
            if isinstance(amount, int) and not INT64_MIN <= amount <= INT64_MAX:
                row["amount_vnd"] = None
                row["flags"] = [*row.get("flags", []), OUT_OF_RANGE]
                fields["quality"]["issues"].append({
                    "code": OUT_OF_RANGE, "severity": "warning", "where": f"budget.{kind}[{n}]",
                    "message": f"{row.get('raw')!r} is beyond what a 64-bit integer holds; amount_vnd left null"})


def doc_id_of(data: bytes) -> tuple[str, str]:
    sha = hashlib.sha256(data).hexdigest()
    return sha[:16], sha


def extract_fields(doc: Document) -> dict:
    """Every field of the record from a normalized document (the extract stage). A bug in
    one field's extractor costs that field (with an `extract.field_failed` issue), not the
    document."""
    failed: list[dict] = []

    def guard(name: str, default, fn, *args):
        try:
            return fn(*args)
        except DocumentTimeout:
            raise
        except Exception as exc:  # RecursionError, IndexError... in one extractor
            failed.append({"code": "extract.field_failed", "severity": "error", "where": name,
                           "message": f"{name}: {type(exc).__name__}: {exc}"})
            return default()

    header = guard("header", empty_header, extract_header, doc)
    nodes = guard("sections", list, outline, doc)
    definitions = guard("agencies", dict, definitions_in, doc.text[:200000])
    activities = guard("activities", list, extract_activities, doc, nodes)
    responsibilities = guard("responsibilities", list, extract_responsibilities, doc, nodes)
    agencies = guard("agencies", list, collect_agencies, activities, responsibilities, definitions,
                     header["issuer"]["name"])
    place = guard("issuer.places", IssuerPlace, place_of_issuer, header, doc.text)
    header["issuer"].update(issuer_columns(place))
    keys = guard("agencies.key", lambda: [a["name"] for a in agencies], agency_keys, agencies, place, definitions)
    for agency, key in zip(agencies, keys):
        agency["key"] = key
    signer = guard("signer", empty_signer, extract_signature, doc)
    recipients = guard("recipients", list, extract_recipients, doc)
    issues = list(doc.issues) + header.pop("issues") + guard("sections", list, numbering_issues, nodes)
    statements = guard("budget.statements", list, extract_statements, doc, header["period"], header.get("title"),
                       header.get("issued_date"))
    guard("budget.statements", lambda: None, scope_by_activity, statements, activities, doc.text)
    budget = guard("budget", lambda: {"tables": [], "items": [], "issues": []},
                   extract_budget_tables, doc, header["period"], statements)
    issues += budget.pop("issues")
    for s in statements:
        s.pop("partial", None)  # only the prose/table check needs it
    fields = {
        "doc_type": header["doc_type"], "doc_type_code": type_code(header["doc_type"]),
        "number": header["number"], "issuer": header["issuer"], "place": header["place"],
        "issued_date": header["issued_date"], "title": header["title"], "period": header["period"],
        "signer": signer, "recipients": [r["text"] for r in recipients],
        "legal_bases": guard("legal_bases", list, extract_legal_bases, doc, header["title_end"]),
        "sections": [{"path": n.path, "label": n.label, "heading": n.heading, "level": n.level,
                      "span": {"start": n.block.start, "end": n.heading_end or n.block.end}} for n in nodes],
        "objectives": guard("objectives", list, extract_objectives, doc, nodes, header["period"] or {}),
        "activities": activities, "responsibilities": responsibilities, "agencies": agencies,
        "budget": {"statements": statements, **budget},
        "footnotes": guard("footnotes", list, extract_footnotes, doc, body_end(doc)),
    }
    fields["quality"] = {"issues": issues + failed}
    return fields


def process(path: str, data: bytes, options: Options = Options(), fmt: str | None = None,
            sha256: str | None = None) -> Outcome:
    """Turn one input into a record (or an error record). Never raises. `fmt`: the format when
    the path's extension does not say it (the walk read it from the bytes). `sha256`: the hex
    sha256 of `data` when the caller has checked it already (not hashed again)."""
    doc_id, sha = (sha256[:16], sha256) if sha256 else doc_id_of(data)
    fmt = fmt or format_of(path)
    seconds: dict[str, float] = {}
    base = {"doc_id": doc_id, "path": str(PurePath(path).as_posix()), "sha256": sha, "bytes": len(data), "format": fmt}

    def fail(stage: str, exc: BaseException) -> Outcome:
        message = str(exc) or type(exc).__name__
        return Outcome(None, ErrorRecord(**base, stage=stage, error_type=type(exc).__name__, message=message), None, seconds)

    if len(data) > options.max_bytes:
        return fail("read", ReadError(f"the file is {len(data) // 2**20} MiB, over the {options.max_bytes // 2**20} MiB limit "
                                      "(raise it with --max-mb)"))
    stage = "read"
    try:
        t = time.perf_counter()
        # (one tool call, a page's OCR or a conversion, may take the document's base limit and one page's allowance)
        raw = read(data, path, fmt, ReadOptions(options.ocr, options.ocr_lang, options.ocr_dpi, time_allowed(options, 1)))
        seconds["read"] = time.perf_counter() - t
        stage = "normalize"
        t = time.perf_counter()
        doc = build_document(raw)
        seconds["normalize"] = time.perf_counter() - t
        stage = "extract"
        t = time.perf_counter()
        fields = extract_fields(doc)
        seconds["extract"] = time.perf_counter() - t
        stage = "validate"
        t = time.perf_counter()
        source = {"path": base["path"], "format": fmt, "sha256": sha, "bytes": len(data), "encoding": doc.encoding}
        encoded = doc.text.encode("utf-8")
        fields["text_sha256"] = hashlib.sha256(encoded).hexdigest()
        fields["plan_key"] = document_plan_key(fields, doc.text, fields["text_sha256"])
        guard_int64(fields)
        record = DocumentRecord(doc_id=doc_id, source=source, **fields)
        dump = record.model_dump(mode="json")
        problems = check_record(dump, doc.text)
        if problems:
            # a span that misses its value is our bug, not the document's: keep the record
            # (losing the whole document would be worse) and say so loudly in it
            fields["quality"]["issues"].append({"code": "record.span_invalid", "severity": "error", "where": None,
                                                "message": f"{len(problems)} span(s) do not hold their values: "
                                                           + "; ".join(problems[:5])})
            record = DocumentRecord(doc_id=doc_id, source=source, **fields)
            dump = record.model_dump(mode="json")
        seconds["validate"] = time.perf_counter() - t
        return Outcome(record, None, doc.text, seconds, dump, encoded)
    except ReadError as exc:
        return fail(exc.stage, exc)
    except ValidationError as exc:
        return fail("validate", exc)
    except Exception as exc:  # a bug in one document (RecursionError, MemoryError...) must not stop the run
        return fail(stage, exc)
