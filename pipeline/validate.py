"""Checks on a record and on a published version (`python -m pipeline validate ROOT`).

A record: every span lies in the text and holds the value it was read from (`raw`, or the
number, heading, label, code, title, text or marker of the thing it spans; whitespace and
Unicode form aside). A version: the manifest names exactly the files there are, each with
its sha256; the Parquet row counts match the records; every record follows the schema,
its text file has the hash the record states, and every span is checked.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from normalizers.docnum import normalize_doc_number

# what a span must hold, by the list its owner sits in; `raw` is checked wherever it is set.
# Left out on purpose: a legal basis's title and a table's title (written away from the
# span), a responsibility's agency (its canonical name, abbreviations expanded).
SPAN_VALUES = {"legal_bases": ("number",), "sections": ("label", "heading"), "activities": ("code", "title"),
               "objectives": ("text",), "footnotes": ("marker", "text")}


def _spans(record):
    """(where, owner list name, the owner dict, span) for every span in a record. Walks with
    a stack; `where` is a chain (parent's where, key), made a path string only for a problem
    (records hold thousands of cells). Empty lists and dicts are not pushed (a budget item's
    `flags` is most often empty): they hold no span."""
    stack = [(record, None, "")]
    pop, push = stack.pop, stack.append
    containers = (dict, list)
    while stack:
        value, where, owner = pop()
        if isinstance(value, dict):
            span = value.get("span")
            if isinstance(span, dict):
                yield where, owner, value, span
            for k, v in value.items():
                if v and isinstance(v, containers) and k != "span":
                    push((v, (where, k), k if isinstance(k, str) else owner))
        else:
            for i, v in enumerate(value):
                if v and isinstance(v, containers):
                    push((v, (where, i), owner))


def _path(where) -> str:
    parts = []
    while where is not None:
        where, key = where
        parts.append(key)
    out = ""
    for p in reversed(parts):
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


# the keys whose values a span must hold, by owner list: "raw" and the list's own
_HELD = {owner: ("raw",) + names for owner, names in SPAN_VALUES.items()}


_NO_SPACE_RUN = re.compile(r"\s+")


def _reads_as(held: str, number: str) -> bool:
    """Whether the span's text holds `number` as the document-number reader reads it: a letter OCR read twice
    ("7404/QĐĐ-BCA-C04"), a slash left out ("15KH-UBND") made right (normalizers.docnum)."""
    head = number.split("/", 1)[0]
    return any(normalize_doc_number(held[m.start(): m.start() + len(number) + 12]) == number
               for m in re.finditer(r"(?<![\d.])" + re.escape(head) + r"(?!\d)", held))


def check_record(record: dict, text: str) -> list[str]:
    problems = []
    size = len(text)
    for where, owner, value, sp in _spans(record):
        start, end = sp.get("start"), sp.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= size):
            problems.append(f"{_path(where)}: span {start}-{end} outside the text (length {size})")
            continue
        held = None
        normalized = None
        for k in _HELD.get(owner, ("raw",)):
            v = value.get(k)
            if not isinstance(v, str) or not v.strip():
                continue
            if held is None:
                held = text[start:end]
            if k == "code" and v[-2:-1] == "." and v[-1:].isalpha():
                v = v[-1]  # "2.a": a lettered task under item 2, its span the "a)" item
            if v in held:  # the common case, without normalizing
                continue
            normalized = normalized if normalized is not None else _norm(held)
            if k == "number" and (_NO_SPACE_RUN.sub("", v) in _NO_SPACE_RUN.sub("", normalized) or _reads_as(held, v)):
                continue  # a document number is read without the space a line's wrap put in it ("214/TTr- SCT")
            if _norm(v) not in normalized:
                problems.append(f"{_path(where)}: span {start}-{end} does not contain its {k} {v[:80]!r}")
        if held is None and start == end:  # a span with no value to hold must hold something
            problems.append(f"{_path(where)}: span {start}-{end} is empty")
    return problems


def validate_root(root: Path) -> tuple[int, list[str]]:
    """Validate the published version under ROOT/v1 (or ROOT itself); returns (records
    checked, problems)."""
    base = root / "v1" if (root / "v1").is_dir() else root
    problems: list[str] = []
    manifest_path = base / "manifest.json"
    if not manifest_path.is_file():
        return 0, [f"no manifest.json in {base}: not a published version"]
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return 0, [f"manifest.json is not JSON: {exc}"]
    problems += _check_files(base, manifest)
    problems += [f"manifest.json: schema: {p}" for p in schema_problems("manifest", manifest)]
    entries = manifest.get("inputs", [])
    counts = Counter(e.get("outcome") for e in entries)
    for k, n in manifest.get("counts", {}).items():
        if counts.get(k, 0) != n:
            problems.append(f"manifest: counts.{k} is {n}, the inputs list {counts.get(k, 0)}")
    n, expected_rows = _check_records(base, entries, problems)
    problems += _check_errors(base, entries)
    problems += _check_parquet(base, manifest, expected_rows)
    return n, problems


_VALIDATORS: dict = {}


def schema_problems(kind: str, value: dict) -> list[str]:
    """Where `value` breaks the JSON Schema of `kind` (document, error, manifest), formats
    (dates) checked."""
    import jsonschema

    from pipeline.contract import schema_of
    if kind not in _VALIDATORS:
        _VALIDATORS[kind] = jsonschema.Draft202012Validator(schema_of(kind),
                                                            format_checker=jsonschema.FormatChecker())
    return [f"{'/'.join(map(str, e.path)) or '(record)'}: {e.message}" for e in _VALIDATORS[kind].iter_errors(value)]


def _check_errors(base: Path, entries: list[dict]) -> list[str]:
    problems = []
    for e in entries:
        if e.get("outcome") == "error" and e.get("error") and (base / e["error"]).is_file():
            try:
                error = json.loads((base / e["error"]).read_text(encoding="utf-8"))
            except ValueError as exc:
                problems.append(f"{e['error']}: not JSON: {exc}")
                continue
            problems += [f"{e['error']}: schema: {p}" for p in schema_problems("error", error)]
    return problems


def _check_files(base: Path, manifest: dict) -> list[str]:
    from pipeline.store import JOURNAL, RUN_LOG, sha256_file
    problems = []
    listed = {}
    for f in manifest.get("files", []):
        listed[f["path"]] = f
    if not listed:
        problems.append("manifest: no files listed")
    for rel, meta in sorted(listed.items()):
        path = base / rel
        if not path.is_file():
            problems.append(f"{rel}: listed in the manifest, missing")
        elif sha256_file(path) != meta.get("sha256"):
            problems.append(f"{rel}: sha256 differs from the manifest's (changed after the run)")
    on_disk = {p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()}
    # report.html: the page `python -m pipeline report` writes beside the version, after the run
    for rel in sorted(on_disk - set(listed) - {"manifest.json", RUN_LOG, "report.html"}):
        problems.append(f"{rel}: a file the manifest does not name ({'an unfinished run' if rel == JOURNAL else 'orphan'})")
    for e in manifest.get("inputs", []):
        for k in ("document", "text", "error"):
            if e.get(k) and e[k] not in listed:
                problems.append(f"manifest: {e['path']}'s {k} {e[k]} is not among the files")
    return problems


def _check_records(base: Path, entries: list[dict], problems: list[str]) -> tuple[int, Counter]:
    import hashlib

    from pipeline.models import DocumentRecord
    from pipeline.write import table_rows
    rows: Counter = Counter()
    plans: set[str] = set()
    n = 0
    docs = base / "documents"
    listed = {e["document"] for e in entries if e.get("outcome") == "record" and e.get("document")}
    present = {f"documents/{p.name}" for p in docs.glob("*.json")} if docs.is_dir() else set()
    for rel in sorted(present - listed):
        problems.append(f"{rel}: a record no manifest input names")
    for rel in sorted(listed):
        path = base / rel
        if not path.is_file():
            continue  # said by the file check
        n += 1
        name = path.name
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            problems.append(f"{name}: not JSON: {exc}")
            continue
        problems += [f"{name}: schema: {p}" for p in schema_problems("document", record)]
        try:
            DocumentRecord.model_validate(record)
        except Exception as exc:
            problems.append(f"{name}: model: {exc}")
            continue
        text_path = base / "text" / f"{record.get('doc_id')}.txt"
        if not text_path.is_file():
            problems.append(f"{name}: missing text file {text_path.name}")
            continue
        raw = text_path.read_bytes()
        if record.get("text_sha256") != hashlib.sha256(raw).hexdigest():
            problems.append(f"{name}: text/{text_path.name} does not have the sha256 the record states")
        text = raw.decode("utf-8", errors="replace")
        problems += [f"{name}: {p}" for p in check_record(record, text)]
        for table, table_rows_ in table_rows(record).items():
            rows[table] += len(table_rows_)
        plans.add(record.get("plan_key"))
    rows["plans"] = len(plans)
    return n, rows


def _check_parquet(base: Path, manifest: dict, expected: Counter) -> list[str]:
    import pyarrow.parquet as pq

    from pipeline.contract import SCHEMAS
    problems = []
    tables = manifest.get("parquet", {})
    for name in SCHEMAS:
        info = tables.get(name)
        folder = base / "parquet" / name
        if info is None or not folder.is_dir() or not any(folder.glob("*.parquet")):
            problems.append(f"parquet/{name}: missing")
            continue
        n = 0
        for part in sorted(folder.glob("*.parquet")):
            try:
                n += pq.read_metadata(part).num_rows
                if not pq.read_schema(part).equals(SCHEMAS[name], check_metadata=True):
                    problems.append(f"parquet/{name}/{part.name}: its schema is not the contract's")
            except Exception as exc:  # a damaged file: pyarrow raises several types
                problems.append(f"parquet/{name}/{part.name}: unreadable: {exc}")
        if n != info.get("rows"):
            problems.append(f"parquet/{name}: {n} rows, the manifest says {info.get('rows')}")
        if n != expected.get(name, 0):
            problems.append(f"parquet/{name}: {n} rows, the records make {expected.get(name, 0)}")
    return problems
