"""A run: find inputs, process each (in worker processes when asked), write outputs.

Every input ends as a record, an error record, or a skipped entry in the manifest
(unsupported extension): inputs = records + errors + skipped.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extractors.formats import format_of
from pipeline.process import DocumentTimeout, Options, Outcome, process
from pipeline.write import write_document, write_error, write_manifest, write_parquet


@contextmanager
def time_limit(seconds: float):
    """Raise DocumentTimeout after `seconds` (SIGALRM; main thread of a process only)."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(f"processing took longer than {seconds:g} s (raise it with --timeout)")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def process_file(path: str, rel: str, options: Options) -> tuple[str, Outcome | None, str | None]:
    """Read and process one file under a time limit. Returns (rel, outcome, read_error)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return rel, None, f"cannot read the file: {exc}"
    try:
        with time_limit(options.timeout_seconds):
            return rel, process(rel, data, options), None
    except DocumentTimeout as exc:
        from pipeline.models import ErrorRecord
        from pipeline.process import doc_id_of
        doc_id, sha = doc_id_of(data)
        err = ErrorRecord(doc_id=doc_id, path=rel, sha256=sha, bytes=len(data), format=format_of(rel),
                          stage="timeout", error_type="DocumentTimeout", message=str(exc))
        return rel, Outcome(None, err, None), None


def find_inputs(inputs: list[Path]) -> list[tuple[Path, str]]:
    """(file, path relative to its input root) for every file, folders read recursively."""
    found = []
    for item in inputs:
        if item.is_dir():
            for p in sorted(item.rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    found.append((p, p.relative_to(item).as_posix()))
        elif item.is_file():
            found.append((item, item.name))
        else:
            raise FileNotFoundError(f"input not found: {item}")
    return found


@dataclass
class Summary:
    entries: list[dict] = field(default_factory=list)
    failures_by_stage: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for e in self.entries if e["outcome"] == outcome)


def run(inputs: list[Path], out_root: Path, options: Options, jobs: int = 1, progress=None, log=None) -> Summary:
    out = out_root / "v1"
    files = find_inputs(inputs)
    summary = Summary()
    started = time.perf_counter()
    records: list[dict] = []
    todo = []
    for path, rel in files:
        fmt = format_of(rel)
        if fmt is None:
            summary.entries.append({"path": rel, "format": None, "outcome": "skipped",
                                    "reason": f"unsupported extension {Path(rel).suffix or '(none)'}"})
            continue
        todo.append((str(path), rel))
    if progress:
        progress.start(len(todo))

    def handle(rel: str, outcome: Outcome | None, read_error: str | None, path: str) -> None:
        fmt = format_of(rel)
        summary.by_format[fmt] += 1
        if outcome is None:
            entry = {"path": rel, "format": fmt, "outcome": "error", "stage": "read", "message": read_error}
            summary.failures_by_stage["read"] += 1
        elif outcome.record is not None:
            record = outcome.record.model_dump(mode="json")
            files_written = write_document(out, record, outcome.text or "")
            records.append(record)
            entry = {"path": rel, "format": fmt, "outcome": "record", "doc_id": record["doc_id"],
                     "sha256": record["source"]["sha256"], "bytes": record["source"]["bytes"], **files_written,
                     "seconds": {k: round(v, 4) for k, v in outcome.seconds.items()}}
        else:
            err = outcome.error.model_dump(mode="json")
            files_written = write_error(out, err)
            summary.failures_by_stage[err["stage"]] += 1
            entry = {"path": rel, "format": fmt, "outcome": "error", "doc_id": err["doc_id"], "sha256": err["sha256"],
                     "bytes": err["bytes"], "stage": err["stage"], "message": err["message"], **files_written}
        summary.entries.append(entry)
        if progress:
            progress.advance(rel, entry)
        if log:
            log(entry)

    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [(pool.submit(process_file, p, rel, options), p) for p, rel in todo]
            for fut, p in futures:
                handle(*fut.result(), p)
    else:
        for p, rel in todo:
            handle(*process_file(p, rel, options), p)
    counts = write_parquet(out, records)
    summary.seconds = time.perf_counter() - started
    write_manifest(out, summary.entries, counts,
                   {"max_bytes": options.max_bytes, "timeout_seconds": options.timeout_seconds, "jobs": jobs,
                    "ocr": options.ocr, "ocr_lang": options.ocr_lang, "ocr_dpi": options.ocr_dpi})
    if progress:
        progress.stop()
    return summary
