"""A run: walk the inputs, hash them, process what is new, stream the outputs into a
staging version, publish it in one step.

Every path the walk finds ends in the manifest as a record, an error record, a duplicate
(same bytes as another input: one record names both) or a skip with its reason.

Incremental: a document is keyed on its bytes, its format, the code and dependency
versions and the options that shape a record. A key the published version (or the journal
of a killed run) already holds is not processed again: its files are hard-linked into the
new version. Parquet tables are datasets of part files, one per batch of documents; batches
are cut where a path's hash says so (content-defined), so adding or removing one input
changes one batch, and a batch whose documents are all unchanged keeps its part files.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract import SCHEMA_KINDS, schema_of
from pipeline.executors import make_executor, start_fork_server
from pipeline.inputs import Found, hash_file, path_doc_id, walk
from pipeline.models import PIPELINE_VERSION, SCHEMA_VERSION
from pipeline.options import LIMIT_OPTIONS, Options
from pipeline.store import Staging, Store, read_journal
from pipeline.write import PER_DOCUMENT, SCHEMAS, arrow_tables, from_ipc, json_bytes, parquet_bytes, plan_table, table_rows

BATCH_DOCS = 256  # documents per Parquet part, on average
SCHEMA_FILES = {"document": "schema.json", "error": "error.schema.json", "manifest": "manifest.schema.json"}
TRANSIENT = {"timeout", "worker_lost"}  # error stages redone on every run
# packages whose version changes what a document becomes
DEPENDENCIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "lxml", "viparse", "fonttools", "openpyxl",
                "vietnam-provinces", "charset-normalizer", "pydantic", "pyarrow", "underthesea")


def code_fingerprint() -> str:
    """A hash of the code and data that turn bytes into records, and of the readers'
    versions: a new release or a local edit redoes every document."""
    from importlib import metadata
    h = hashlib.sha256(f"{SCHEMA_VERSION}\0{PIPELINE_VERSION}\0".encode())
    base = Path(__file__).resolve().parents[1]
    files = [p for pkg in ("extractors", "normalizers") for p in (base / pkg).rglob("*")
             if p.suffix in (".py", ".csv", ".yaml", ".json") and "__pycache__" not in p.parts]
    files += [base / "pipeline" / f"{m}.py" for m in ("models", "contract", "options", "process", "write", "worker", "tasks",
                                                          "validate")]
    for p in sorted(files):
        h.update(p.relative_to(base).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    for dist in DEPENDENCIES:
        try:
            h.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-\0".encode())
    return h.hexdigest()


def options_key(options: Options) -> dict:
    return {k: v for k, v in sorted(dataclasses.asdict(options).items()) if k not in LIMIT_OPTIONS}


@dataclass
class Unit:
    """An input the run emits (the first path of its bytes; the others are duplicates)."""

    found: Found
    duplicates: list[str]
    key: str | None  # None: nothing to key on (an unreadable input)
    doc_id: str
    batch: int = 0  # its batch, and its place in it
    pos: int = 0


@dataclass
class Batch:
    id: str
    units: list[Unit]
    remaining: int
    tables: dict[int, dict] = field(default_factory=dict)  # unit position -> Arrow tables (or IPC record batches)
    whole: tuple | None = None  # (source folder, {part path: meta}) when every part is reused


@dataclass
class Summary:
    entries: list[dict] = field(default_factory=list)
    failures_by_stage: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    processed: int = 0
    reused: int = 0
    removed: list[str] = field(default_factory=list)
    out: Path | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for e in self.entries if e["outcome"] == outcome)


class Reuse:
    """What earlier versions offer: documents by key, Parquet parts by batch id."""

    def __init__(self):
        self.docs: dict[str, tuple[Path, dict, dict]] = {}  # key -> (folder, entry, {file: meta})
        self.parts: dict[str, tuple[Path, dict]] = {}  # batch id -> (folder, {file: meta})
        self.resumed = 0

    @classmethod
    def load(cls, store: Store, manifest: dict | None, force: bool) -> Reuse:
        self = cls()
        if force:
            return self
        cur = store.current()
        if manifest and cur is not None and isinstance(manifest.get("files"), list):
            files = {f["path"]: f for f in manifest["files"]}
            for e in manifest.get("inputs", []):
                if e.get("key") and e["outcome"] in ("record", "error"):
                    own = {p: files[p] for p in (e.get("document"), e.get("text"), e.get("error")) if p in files}
                    self.docs[e["key"]] = (cur, e, own)
            for path, meta in files.items():
                if path.startswith("parquet/"):
                    self.parts.setdefault(_batch_of(path), (cur, {}))[1][path] = meta
        for folder in store.unfinished():  # killed runs: their journals say what is complete
            for line in read_journal(folder):
                if line.get("kind") == "input":
                    self.docs[line["entry"]["key"]] = (folder, line["entry"], line["files"])
                    self.resumed += 1
                elif line.get("kind") == "batch":
                    self.parts[line["id"]] = (folder, line["files"])
        return self

    def doc(self, unit: Unit) -> tuple[Path, dict, dict] | None:
        hit = self.docs.get(unit.key) if unit.key else None
        if hit is None:
            return None
        folder, entry, files = hit
        if entry["outcome"] == "error" and (entry.get("stage") in TRANSIENT or entry.get("error_type") == "MemoryError"):
            return None
        if not files or not all((folder / p).is_file() for p in files):
            return None
        return hit


def _batch_of(part_path: str) -> str:
    return Path(part_path).stem.removeprefix("part-")


def _cut(units: list[Unit], batch_docs: int, fp: str) -> list[Batch]:
    """Batches cut after a path whose hash is 0 modulo `batch_docs` (at most 4x that many
    documents): an input added or removed moves no cut elsewhere."""
    batches: list[Batch] = []
    current: list[Unit] = []

    def close():
        h = hashlib.sha256(fp.encode())
        for u in current:
            h.update(f"{u.key}\t{u.found.rel}\t{json.dumps(u.duplicates)}\n".encode())
        for pos, u in enumerate(current):
            u.batch, u.pos = len(batches), pos
        batches.append(Batch(h.hexdigest()[:20], list(current), len(current)))
        current.clear()

    for u in units:
        current.append(u)
        cut = int(hashlib.sha256(u.found.rel.encode()).hexdigest()[:8], 16) % max(1, batch_docs) == 0
        if cut or len(current) >= 4 * batch_docs:
            close()
    if current:
        close()
    return batches


def _entry(unit: Unit, outcome: str, **more) -> dict:
    f = unit.found
    e = {"path": f.rel, "format": f.fmt, "outcome": outcome, "doc_id": unit.doc_id, "sha256": f.sha256,
         "bytes": f.size, "key": unit.key}
    if unit.duplicates:
        e["duplicates"] = unit.duplicates
    e.update(more)
    return e


def run(inputs: list[Path], out_root: Path, options: Options = Options(), jobs: int = 1, progress=None, log=None,
        executor: str = "process", scheduler: str | None = None, force: bool = False,
        batch_docs: int = BATCH_DOCS) -> Summary:
    """Extract `inputs` into OUT_ROOT/v1 (see the module docstring). Raises OutputError
    (cannot write), LockedError (another run), ExecutorError (Dask unreachable)."""
    started = time.perf_counter()
    store = Store(Path(out_root))
    store.lock()
    staging: Staging | None = None
    pool = None
    try:
        previous = store.current()
        prev_manifest = store.current_manifest()
        if executor == "process" and (force or prev_manifest is None):  # every document will be processed
            start_fork_server()
        summary = Summary(out=store.link)
        found = walk(inputs)
        for f in found:
            if f.reason is None:
                hash_file(f, options.max_bytes)
        fp = hashlib.sha256((code_fingerprint() + json.dumps(options_key(options), sort_keys=True)).encode()).hexdigest()
        units, entries = _group(found, fp)
        batches = _cut(units, batch_docs, fp)
        reuse = Reuse.load(store, prev_manifest, force)
        staging = store.begin()
        for kind in SCHEMA_KINDS:  # (now, while the pool's fork server warms up, rather than after the last document)
            staging.write(SCHEMA_FILES[kind], json_bytes(schema_of(kind)))
        worker_rss = 0.0
        by_format: dict[str, dict] = {}

        def done(unit: Unit, entry: dict, tables: dict | None) -> None:
            entries.append(entry)
            summary.by_format[entry["format"]] += 1
            if entry["outcome"] == "error":
                summary.failures_by_stage[entry["stage"]] += 1
            staging.note("input", entry=entry, files={p: staging.files[p] for p in
                                                      (entry.get("document"), entry.get("text"), entry.get("error")) if p})
            batch = batches[unit.batch]
            if tables is not None and batch.whole is None:
                batch.tables[unit.pos] = tables
            batch.remaining -= 1
            if batch.remaining == 0:
                _flush(batch, staging)
            if progress:
                progress.advance(entry["path"], entry)
            if log:
                log(entry)

        def tasks():
            from pipeline.tasks import Task, ocr_pages
            for batch in batches:
                hits = [reuse.doc(u) for u in batch.units]
                if batch.id in reuse.parts and all(h and _same_place(u, h[1]) for u, h in zip(batch.units, hits)):
                    folder, parts = reuse.parts[batch.id]
                    if all((folder / p).is_file() for p in parts):
                        batch.whole = (folder, parts)
                for unit, hit in zip(batch.units, hits):
                    f = unit.found
                    if f.error is not None:
                        done(unit, *_emit_error(unit, staging, "read", *f.error))
                    elif hit is not None:
                        summary.reused += 1
                        done(unit, *_emit_reused(unit, hit, staging, need_rows=batch.whole is None))
                    else:
                        summary.processed += 1
                        yield Task(summary.processed, f.path, f.rel, f.fmt, f.sha256, tuple(unit.duplicates), out=out,
                                   pages=ocr_pages(f.path, f.pdf, f.image, f.archive))

        by_rel = {u.found.rel: u for u in units}
        if progress:
            progress.start(len(units))
        if any(reuse.doc(u) is None for u in units if u.found.error is None):
            pool = make_executor(executor, options, jobs, scheduler)
        # workers on this machine write their documents' files into the staging folder themselves
        out = os.path.abspath(staging.dir) if pool is not None and pool.shares_disk else None
        stream = tasks()
        if pool is None:
            for task in stream:  # every document is reused: nothing to run
                raise AssertionError(f"{task.rel} needs processing but no executor was started")
        else:
            for task, result in pool.imap(stream, max(2, jobs * 4), expected=len(units)):
                unit = by_rel[task.rel]
                worker_rss = max(worker_rss, result.peak_rss_mb)
                stats = by_format.setdefault(task.fmt, {"documents": 0, "seconds": Counter()})
                stats["documents"] += 1
                stats["seconds"].update(result.seconds)
                done(unit, *_emit_result(unit, result, staging))
            pool.close()
            pool = None
        _write_plans(staging)
        _empty_tables(staging)
        prev_paths = {e["path"] for e in (prev_manifest or {}).get("inputs", [])}
        summary.removed = sorted(prev_paths - {f.rel for f in found})
        summary.entries = sorted(entries, key=lambda e: e["path"])
        manifest = _manifest(summary, staging, options, batch_docs)
        summary.seconds = time.perf_counter() - started
        from pipeline.tasks import peak_rss_mb
        run_log = {"version": staging.dir.name, "seconds": round(summary.seconds, 3), "executor": executor,
                   "workers": jobs if executor != "inline" else 1, "processed": summary.processed,
                   "reused": summary.reused, "resumed_from_killed_runs": reuse.resumed,
                   "peak_rss_mb": {"main": round(peak_rss_mb(), 1), "worker": round(worker_rss, 1)},
                   "by_format": {k: {"documents": v["documents"],
                                     "seconds": {s: round(t, 3) for s, t in sorted(v["seconds"].items())}}
                                 for k, v in sorted(by_format.items())}}
        staging.finish(manifest, run_log)
        store.publish(staging)
        store.collect({staging.dir, previous})
        staging = None
        if progress:
            progress.stop()
        return summary
    finally:
        if pool is not None:
            pool.close()
        if staging is not None:
            staging.abandon()
            if progress:
                progress.stop()
        store.unlock()


def _group(found: list[Found], fp: str) -> tuple[list[Unit], list[dict]]:
    """Units to emit (one per distinct bytes, the first path in order), and the entries of
    skips and duplicates."""
    entries: list[dict] = []
    first: dict[str, Unit] = {}
    units: list[Unit] = []
    for f in sorted(found, key=lambda f: (f.link, f.rel)):  # a real file names the bytes before a link to them
        if f.reason is not None:
            entries.append({"path": f.rel, "format": f.fmt, "outcome": "skipped", "reason": f.reason})
        elif f.error is not None:
            units.append(Unit(f, [], None, path_doc_id(f.rel)))
        elif f.sha256 in first:
            primary = first[f.sha256]
            primary.duplicates.append(f.rel)
            entries.append({"path": f.rel, "format": f.fmt, "outcome": "duplicate", "doc_id": primary.doc_id,
                            "sha256": f.sha256, "bytes": f.size, "duplicate_of": primary.found.rel})
        else:
            key = hashlib.sha256(f"{f.sha256}\0{f.fmt}\0{fp}".encode()).hexdigest()
            first[f.sha256] = Unit(f, [], key, f.sha256[:16])
            units.append(first[f.sha256])
    for u in units:
        u.duplicates.sort()
    units.sort(key=lambda u: u.found.rel)
    return units, entries


def _same_place(unit: Unit, entry: dict) -> bool:
    return entry["path"] == unit.found.rel and entry.get("duplicates", []) == unit.duplicates


def _emit_result(unit: Unit, result, staging: Staging) -> tuple[dict, dict | None]:
    d = result.doc_id
    staging.document(result)
    if result.outcome == "record":
        return _entry(unit, "record", document=f"documents/{d}.json", text=f"text/{d}.txt"), result.tables
    return _entry(unit, "error", stage=result.stage, error_type=result.error_type, message=result.message,
                        error=f"errors/{d}.json"), None


def _emit_error(unit: Unit, staging: Staging, stage: str, error_type: str, message: str):
    from pipeline.tasks import error_result
    f = unit.found
    result = error_result(0, unit.doc_id, f.rel, f.fmt, f.sha256, f.size, stage, error_type, message)
    return _emit_result(unit, result, staging)


def _emit_reused(unit: Unit, hit: tuple[Path, dict, dict], staging: Staging, need_rows: bool):
    """An unchanged document: its files linked from the earlier version; where its path or
    duplicates changed, its JSON is rewritten with them (no reprocessing)."""
    folder, old, files = hit
    d = unit.doc_id
    same = _same_place(unit, old)
    record = None
    for rel, meta in files.items():
        if same or rel.startswith("text/"):
            staging.link(rel, folder / rel, meta)
            continue
        record = json.loads((folder / rel).read_text(encoding="utf-8"))
        if "source" in record:
            record["source"]["path"], record["source"]["duplicates"] = unit.found.rel, list(unit.duplicates)
        else:
            record["path"], record["duplicates"] = unit.found.rel, list(unit.duplicates)
        staging.write(rel, json_bytes(record))
    if old["outcome"] == "record":
        entry = _entry(unit, "record", document=f"documents/{d}.json", text=f"text/{d}.txt")
        if not need_rows:
            return entry, None
        if record is None:
            record = json.loads((staging.dir / entry["document"]).read_text(encoding="utf-8"))
        return entry, arrow_tables(table_rows(record))
    return _entry(unit, "error", **{k: old.get(k) for k in ("stage", "error_type", "message", "error")}), None


def _flush(batch: Batch, staging: Staging) -> None:
    """A finished batch: its part files (or the earlier version's, when all is unchanged)."""
    written = {}
    if batch.whole is not None:
        folder, parts = batch.whole
        for rel, meta in parts.items():
            staging.link(rel, folder / rel, meta)
            written[rel] = meta
    else:
        order = sorted(batch.tables)
        for name in PER_DOCUMENT:
            tables = [b for i in order if name in batch.tables[i] for b in from_ipc(name, batch.tables[i][name])]
            if tables:
                data, rows = parquet_bytes(name, tables)
                rel = f"parquet/{name}/part-{batch.id}.parquet"
                written[rel] = staging.write(rel, data, rows=rows)
    batch.tables.clear()
    staging.note("batch", id=batch.id, files=written)


def _write_plans(staging: Staging) -> None:
    """The plans table, from the version's documents table (every batch is written by now)."""
    parts = sorted(p for p in staging.files if p.startswith("parquet/documents/"))
    if not parts:
        return
    # (ParquetFile, not read_table: read_table loads pyarrow.dataset and pandas, 0.2 s)
    documents = pa.concat_tables([pq.ParquetFile(staging.dir / p).read() for p in parts])
    data, rows = parquet_bytes("plans", [plan_table(documents)])
    staging.write("parquet/plans/part-plans.parquet", data, rows=rows)


def _empty_tables(staging: Staging) -> None:
    """A table no document has rows for is still a dataset with its columns: one empty part."""
    for name in SCHEMAS:
        if not any(p.startswith(f"parquet/{name}/") for p in staging.files):
            data, rows = parquet_bytes(name, [])
            staging.write(f"parquet/{name}/part-empty.parquet", data, rows=rows)


def _manifest(summary: Summary, staging: Staging, options: Options, batch_docs: int) -> dict:
    files = [{"path": p, "sha256": m["sha256"], "bytes": m["bytes"], **({"rows": m["rows"]} if "rows" in m else {})}
             for p, m in sorted(staging.files.items())]
    parquet = {}
    for name in SCHEMAS:
        parts = [f for f in files if f["path"].startswith(f"parquet/{name}/")]
        parquet[name] = {"rows": sum(f.get("rows", 0) for f in parts), "files": [f["path"] for f in parts]}
    counts = Counter(e["outcome"] for e in summary.entries)
    return {"schema_version": SCHEMA_VERSION, "pipeline_version": PIPELINE_VERSION,
            "options": {**dataclasses.asdict(options), "batch_docs": batch_docs},
            "counts": {k: counts.get(k, 0) for k in ("record", "error", "duplicate", "skipped")},
            "removed": summary.removed, "inputs": summary.entries, "parquet": parquet, "files": files}
