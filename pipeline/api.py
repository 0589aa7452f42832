"""The Python API; the command line (`python -m pipeline extract`) is a thin layer over it.

    from pipeline import extract, extract_one, iter_records

    result = extract_one("plan.pdf")          # one document, in memory, nothing written
    if result.ok:
        for item in result.record.budget.items:     # typed: pipeline.models.DocumentRecord
            ...
    summary = extract(["data/raw"], out="data/structured")   # a run: ROOT/v1 on disk, as the CLI
    for record in iter_records("data/structured"):            # the published records, typed
        ...
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from pipeline.models import DocumentRecord, ErrorRecord
from pipeline.options import PAGE_SECONDS, DocumentTimeout, Options
from pipeline.run import Summary

RunSummary = Summary  # what `extract` returns: entries (one per input), counts, seconds, out


class InputNotFound(FileNotFoundError):
    """An input given to `extract` does not exist."""


class BadOption(ValueError):
    """An option out of its range."""


class ExtractionError(Exception):
    """One document could not be extracted; `error` says where and why."""

    def __init__(self, error: ErrorRecord):
        super().__init__(f"{error.path}: {error.stage}: {error.error_type}: {error.message}")
        self.error = error


@dataclass(frozen=True)
class DocumentResult:
    """One document: its record and the normalized text its spans point into, or its error
    record."""

    path: str
    record: DocumentRecord | None
    error: ErrorRecord | None
    text: str | None

    @property
    def ok(self) -> bool:
        return self.record is not None

    def unwrap(self) -> DocumentRecord:
        """The record, or ExtractionError."""
        if self.record is None:
            raise ExtractionError(self.error)  # type: ignore[arg-type]
        return self.record


def _options(ocr: str, ocr_lang: str, ocr_dpi: int, timeout: float, max_mb: float, max_memory_mb: int,
             timeout_per_page: float = PAGE_SECONDS) -> Options:
    if ocr not in ("auto", "always", "never"):
        raise BadOption(f"ocr must be auto, always or never, not {ocr!r}")
    if timeout <= 0 or max_mb <= 0 or max_memory_mb < 0 or timeout_per_page < 0 or not 70 <= ocr_dpi <= 1200:
        raise BadOption("timeout and max_mb must be positive, max_memory_mb and timeout_per_page not negative, "
                        "ocr_dpi in 70-1200")
    return Options(max_bytes=int(max_mb * 1024 * 1024), timeout_seconds=timeout, max_memory_mb=max_memory_mb,
                   ocr=ocr, ocr_lang=ocr_lang, ocr_dpi=ocr_dpi, page_seconds=timeout_per_page)


def extract_one(source: str | os.PathLike[str] | bytes, *, name: str | None = None, ocr: str = "auto",
                ocr_lang: str = "vie", ocr_dpi: int = 300, timeout: float = 60.0, max_mb: float = 50.0,
                timeout_per_page: float = PAGE_SECONDS) -> DocumentResult:
    """Extract one document in this process (nothing is written). `source` is a path, or the
    bytes themselves with `name` (its extension says the format: "plan.docx"; a name no reader
    takes, "plan.txt.ws", is read by its content as a run reads it). Never raises
    for a bad document: the result holds its error record (`result.unwrap()` raises)."""
    from pipeline.process import process
    from pipeline.worker import time_limit
    options = _options(ocr, ocr_lang, ocr_dpi, timeout, max_mb, 0, timeout_per_page)
    if isinstance(source, (bytes, bytearray)):
        if not name:
            raise ValueError("extract_one(bytes) needs name=, whose extension gives the format")
        data = bytes(source)
    else:
        path = Path(source)
        name = name or path.name
        with open(path, "rb") as fh:
            data = fh.read(options.max_bytes + 1)
    from extractors.formats.base import format_of, sniff
    from pipeline.inputs import format_of_content
    from pipeline.options import time_allowed
    from extractors.formats.base import IMAGE_FORMATS
    from pipeline.tasks import ocr_pages
    kind = sniff(data)
    pages = ocr_pages(data, kind == "pdf", kind in IMAGE_FORMATS, data.startswith(b"PK\x03\x04"))
    try:
        with time_limit(time_allowed(options, pages), pages):
            # a name no reader takes: the format its bytes hold, as a run reads it
            outcome = process(name, data, options, format_of(name) or format_of_content(data))
    except DocumentTimeout as exc:
        from pipeline.process import doc_id_of
        doc_id, sha = doc_id_of(data)
        error = ErrorRecord(doc_id=doc_id, path=PurePath(name).as_posix(), sha256=sha, bytes=len(data),
                            stage="timeout", error_type="DocumentTimeout", message=str(exc))
        return DocumentResult(name, None, error, None)
    return DocumentResult(name, outcome.record, outcome.error, outcome.text)


def extract(inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], out: str | os.PathLike[str] = "data/structured",
            *, jobs: int | None = None, executor: str = "process", scheduler: str | None = None, force: bool = False,
            batch_docs: int = 256, ocr: str = "auto", ocr_lang: str = "vie", ocr_dpi: int = 300, timeout: float = 60.0,
            max_mb: float = 50.0, max_memory_mb: int = 2048, timeout_per_page: float = PAGE_SECONDS, progress=None,
            log: Callable[[dict], None] | None = None) -> RunSummary:
    """Extract files and folders into OUT/v1, as `python -m pipeline extract` does (versions,
    incremental reruns, the manifest: see the README). Raises InputNotFound (a
    FileNotFoundError) for a missing input, BadOption (a ValueError) for a bad option, and the run's own faults (pipeline.store.OutputError,
    LockedError, pipeline.executors.ExecutorError)."""
    from pipeline.run import run
    paths = [Path(inputs)] if isinstance(inputs, (str, os.PathLike)) else [Path(p) for p in inputs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputNotFound(f"input not found: {', '.join(missing)}")
    if executor not in ("process", "dask"):
        raise BadOption(f"executor must be process or dask, not {executor!r}")
    jobs = jobs or os.cpu_count() or 1
    if jobs < 1 or batch_docs < 1:
        raise BadOption("jobs and batch_docs must be positive")
    options = _options(ocr, ocr_lang, ocr_dpi, timeout, max_mb, max_memory_mb, timeout_per_page)
    return run(paths, Path(out), options, jobs=jobs, progress=progress, log=log, executor=executor,
               scheduler=scheduler, force=force, batch_docs=batch_docs)


def iter_records(out: str | os.PathLike[str] = "data/structured") -> Iterator[DocumentRecord]:
    """The records of the published version OUT/v1 (or of the version folder itself), in the
    manifest's order, typed."""
    base = Path(out)
    base = base / "v1" if (base / "v1").is_dir() else base
    manifest = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["inputs"]:
        if entry.get("outcome") == "record":
            yield DocumentRecord.model_validate_json((base / entry["document"]).read_bytes())
