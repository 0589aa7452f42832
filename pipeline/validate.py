"""Checks on a record: every span lies in the text, and each target's span holds its raw
text; the emitted JSON against the schema (`python -m pipeline validate ROOT`)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path


def _spans(record):
    """(path, span, raw) for every span in a record, with the value it should contain.
    Walks with a stack and builds a path only for the spans it yields (records hold
    thousands of table cells)."""
    stack = [(record, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            span = value.get("span")
            if isinstance(span, dict):
                yield _path(path), span, value.get("raw")
            stack.extend((v, path + (k,)) for k, v in value.items() if k != "span" and isinstance(v, (dict, list)))
        else:
            stack.extend((v, path + (i,)) for i, v in enumerate(value) if isinstance(v, (dict, list)))


def _path(parts: tuple) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out


def check_record(record: dict, text: str) -> list[str]:
    problems = []
    for where, sp, raw in _spans(record):
        start, end = sp.get("start"), sp.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            problems.append(f"{where}: span {start}-{end} outside the text (length {len(text)})")
            continue
        if raw and unicodedata.normalize("NFC", raw) not in unicodedata.normalize("NFC", text[start:end]):
            problems.append(f"{where}: span {start}-{end} does not contain {raw!r}")
    return problems


def validate_root(root: Path) -> tuple[int, list[str]]:
    """Validate every record under ROOT/v1 (or ROOT itself); returns (records checked, problems)."""
    import jsonschema

    from pipeline.models import DocumentRecord, document_schema

    base = root / "v1" if (root / "v1").is_dir() else root
    docs = base / "documents"
    if not docs.is_dir():
        return 0, [f"no documents/ folder under {base}"]
    validator = jsonschema.Draft202012Validator(document_schema())
    problems: list[str] = []
    n = 0
    for path in sorted(docs.glob("*.json")):
        n += 1
        record = json.loads(path.read_text(encoding="utf-8"))
        for err in validator.iter_errors(record):
            problems.append(f"{path.name}: schema: {'/'.join(map(str, err.path))}: {err.message}")
        try:
            DocumentRecord.model_validate(record)
        except Exception as exc:
            problems.append(f"{path.name}: model: {exc}")
        text_path = base / "text" / f"{record.get('doc_id')}.txt"
        if not text_path.is_file():
            problems.append(f"{path.name}: missing text file {text_path.name}")
            continue
        with open(text_path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        problems += [f"{path.name}: {p}" for p in check_record(record, text)]
    return n, problems
