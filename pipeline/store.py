"""Published versions of the output, a staging area, and the one atomic step between them.

    OUT/v1            -> .v1/<version>   a symlink: the published version, switched by rename(2)
    OUT/.v1/<version>/                   documents/ text/ errors/ parquet/ manifest.json ...
    OUT/.v1.lock                         one run at a time

A run writes a new version folder beside the published one; files that did not change are
hard links to the previous version's (no copy, and no file is ever changed in place, so the
previous version stays whole). Each document's files are written, then a line in the
staging folder's `journal.jsonl` says they are complete; a run killed at any moment leaves
the published version as it was, and the next run takes the journal's documents as done.
Publishing is one rename of a symlink; then versions older than the one just replaced are
removed.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

from pipeline.write import json_bytes

NAME = "v1"  # the schema's major version
JOURNAL = "journal.jsonl"
MANIFEST = "manifest.json"
RUN_LOG = "run.json"  # timings and counts of the run that made the version: the one file that differs between identical runs


class OutputError(Exception):
    """The output cannot be written. `errno` tells disk full from permission and the rest."""

    def __init__(self, message: str, code: int | None = None):
        super().__init__(message)
        self.errno = code


class LockedError(Exception):
    """Another run holds the output folder."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def document_files(doc_id: str, outcome: str) -> tuple[str, ...]:
    """A document's files in a version, relative to it: a record's text and JSON, or its error record."""
    if outcome == "record":
        return f"text/{doc_id}.txt", f"documents/{doc_id}.json"
    return (f"errors/{doc_id}.json",)


def document_contents(outcome: str, body: bytes, text: bytes | None) -> tuple[bytes, ...]:
    """The bytes of document_files, in the same order."""
    return (text or b"", body) if outcome == "record" else (body,)


def _unlink_other(folder: str | os.PathLike, doc_id: str, outcome: str) -> None:
    """Remove the other outcome's files of a document, which an earlier attempt at it may
    have left (a Dask task run again after its worker died, a worker that died writing)."""
    for rel in document_files(doc_id, "error" if outcome == "record" else "record"):
        try:
            os.unlink(os.path.join(folder, rel))
        except FileNotFoundError:
            pass


def write_document(folder: str, doc_id: str, outcome: str, body: bytes, text: bytes | None) -> dict[str, dict]:
    """What a worker that shares the run's disk does with its document: write its files
    into the staging folder (the bytes then never travel to the run, which only records
    what this returns: {relative path: {"sha256", "bytes"}}). Raises OSError."""
    _unlink_other(folder, doc_id, outcome)
    out = {}
    for rel, data in zip(document_files(doc_id, outcome), document_contents(outcome, body, text)):
        path = os.path.join(folder, rel)
        try:
            fh = open(path, "wb")
        except FileNotFoundError:  # the first file of its folder
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fh = open(path, "wb")
        with fh:
            fh.write(data)
        out[rel] = {"sha256": sha256_bytes(data), "bytes": len(data)}
    return out


class Store:
    def __init__(self, out_root: Path):
        self.root = Path(out_root)
        self.link = self.root / NAME
        self.versions = self.root / f".{NAME}"
        self._lock_fd: int | None = None

    # -- one run at a time ------------------------------------------------------------
    def lock(self) -> None:
        try:
            self.versions.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / f".{NAME}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write the output folder {self.root}: {exc.strerror or exc}", exc.errno) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise LockedError(f"another run is writing {self.root} (it holds {self.root / f'.{NAME}.lock'})") from exc
        self._lock_fd = fd

    def unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- what is there --------------------------------------------------------------
    def current(self) -> Path | None:
        """The published version's folder (through the symlink), or None."""
        if self.link.is_symlink():
            target = self.link.resolve()
            return target if target.is_dir() else None
        if self.link.is_dir():  # the layout before versions: a plain folder
            return self.link
        return None

    def current_manifest(self) -> dict | None:
        cur = self.current()
        if cur is None or not (cur / MANIFEST).is_file():
            return None
        try:
            return json.loads((cur / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def unfinished(self) -> list[Path]:
        """Version folders of runs that were killed before they published (with a journal)."""
        cur = self.current()
        out = []
        for d in sorted(self.versions.iterdir()) if self.versions.is_dir() else []:
            if d.is_dir() and d != cur and (d / JOURNAL).is_file():
                out.append(d)
        return out

    # -- a new version ----------------------------------------------------------------
    def begin(self) -> Staging:
        vid = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}-{os.urandom(3).hex()}"
        return Staging(self.versions / vid)

    def publish(self, staging: Staging) -> None:
        """The atomic step: point OUT/v1 at the new version."""
        rel = os.path.relpath(staging.dir, self.root)
        tmp = self.root / f".{NAME}.new-{os.getpid()}"
        try:
            if tmp.is_symlink():
                tmp.unlink()
            os.symlink(rel, tmp)
            try:
                os.replace(tmp, self.link)
            except IsADirectoryError:
                # the layout before versions: move the old folder aside, then link (the one
                # moment without a v1; done once per output folder)
                os.replace(self.link, self.versions / f"before-versions-{int(time.time())}")
                os.replace(tmp, self.link)
        except OSError as exc:
            raise OutputError(f"cannot publish the new version in {self.root}: {exc.strerror or exc}", exc.errno) from exc

    def collect(self, keep: set[Path]) -> None:
        """Remove version folders other than `keep` (the published one and the one it replaced,
        which a reader may still be in the middle of)."""
        if not self.versions.is_dir():
            return
        keep = {k.resolve() for k in keep if k is not None}
        for d in self.versions.iterdir():
            if d.resolve() not in keep:
                shutil.rmtree(d, ignore_errors=True)
        for stale in self.root.glob(f".{NAME}.new-*"):
            if stale.is_symlink():
                stale.unlink()


class Staging:
    """A version being written. Every file it gets is recorded with its sha256."""

    def __init__(self, path: Path):
        self.dir = path
        self.files: dict[str, dict] = {}  # relative path -> {"sha256", "bytes"(, "rows")}
        self._dirs: set[str] = set()
        try:
            self.dir.mkdir(parents=True)
            self._journal = os.open(self.dir / JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write the output folder {self.dir.parent.parent}: {exc.strerror or exc}",
                              exc.errno) from exc

    def _parent(self, rel: str) -> Path:
        path = self.dir / rel
        parent = os.path.dirname(rel)
        if parent not in self._dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(parent)
        return path

    def write(self, rel: str, data: bytes, **extra) -> dict:
        """Write a file of this version (not visible to readers until published)."""
        path = self._parent(rel)
        try:
            with open(path, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}", exc.errno) from exc
        meta = {"sha256": sha256_bytes(data), "bytes": len(data), **extra}
        self.files[rel] = meta
        return meta

    def document(self, result) -> None:
        """A document's files (a worker's Result): taken as the worker wrote them into this
        folder, or written here from the bytes it sent."""
        if result.files:
            self.files.update(result.files)
            return
        try:  # a worker lost while it wrote the document may have left files of it
            _unlink_other(self.dir, result.doc_id, result.outcome)
        except OSError as exc:
            raise OutputError(f"cannot write {self.dir}: {exc.strerror or exc}", exc.errno) from exc
        for rel, data in zip(document_files(result.doc_id, result.outcome),
                             document_contents(result.outcome, result.body, result.text)):
            self.write(rel, data)

    def link(self, rel: str, source: Path, meta: dict) -> None:
        """The same file as in an earlier version: a hard link (a copy where links fail)."""
        path = self._parent(rel)
        try:
            if path.exists():
                path.unlink()
            try:
                os.link(source, path)
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
                    raise
                shutil.copyfile(source, path)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}", exc.errno) from exc
        self.files[rel] = dict(meta)

    def note(self, kind: str, **entry) -> None:
        """A journal line: `kind` ("input" or "batch") whose files are all written."""
        line = json.dumps({"kind": kind, **entry}, ensure_ascii=False) + "\n"
        try:
            os.write(self._journal, line.encode("utf-8"))
        except OSError as exc:
            raise OutputError(f"cannot write {self.dir / JOURNAL}: {exc.strerror or exc}", exc.errno) from exc

    def finish(self, manifest: dict, run_log: dict) -> None:
        """Write the manifest and the run log; the journal goes (the manifest says it all)."""
        try:
            data = json_bytes(manifest)
            with open(self.dir / MANIFEST, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            with open(self.dir / RUN_LOG, "wb") as fh:
                fh.write(json_bytes(run_log))
            os.close(self._journal)
            os.unlink(self.dir / JOURNAL)
        except OSError as exc:
            raise OutputError(f"cannot write the manifest in {self.dir}: {exc.strerror or exc}", exc.errno) from exc

    def abandon(self) -> None:
        try:
            os.close(self._journal)
        except OSError:
            pass


def read_journal(path: Path) -> list[dict]:
    """The complete lines of a killed run's journal (a line cut by the kill is ignored)."""
    out = []
    try:
        with open(path / JOURNAL, encoding="utf-8") as fh:
            for line in fh:
                if line.endswith("\n"):
                    try:
                        out.append(json.loads(line))
                    except ValueError:
                        pass
    except OSError:
        pass
    return out
