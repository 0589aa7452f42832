"""What travels between the run and its workers: a task (one document) and its result.
Light to import: the run's own process never loads a reader."""

from __future__ import annotations

import resource
from dataclasses import dataclass, field

from pipeline.models import ErrorRecord
from pipeline.write import json_bytes


@dataclass
class Task:
    index: int  # the document's place in the run
    path: str  # the file to read (process pool), or "" when `data` travels with the task
    rel: str  # the input's path relative to its root: the record's source.path
    fmt: str
    sha256: str
    duplicates: tuple[str, ...] = ()
    data: bytes | None = None  # Dask: the bytes travel, workers need not share a disk
    out: str | None = None  # the staging folder, when the worker shares this process's disk: it writes the files
    pages: int = 0  # a PDF's page count, an image's frames (its time limit grows with it: options.time_allowed)


@dataclass
class Result:
    index: int
    doc_id: str
    outcome: str  # "record" | "error"
    body: bytes  # documents/<doc_id>.json or errors/<doc_id>.json, serialized once (b"" when `files` says)
    text: bytes | None = None  # text/<doc_id>.txt
    # this document's Parquet rows: table name -> an Arrow IPC record batch (write.ipc_tables),
    # a fraction of what pickling the Arrow tables cost either side
    tables: dict[str, bytes] = field(default_factory=dict)
    files: dict[str, dict] = field(default_factory=dict)  # written by the worker: relative path -> {sha256, bytes}
    stage: str | None = None
    error_type: str | None = None
    message: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0  # the worker process's peak so far


def pdf_pages(path: str | bytes) -> int:
    """A PDF's page count (a path, or the bytes), read from its page tree (pypdfium2, loaded on the first PDF); 0 when it
    cannot be opened (the worker's reader then says why)."""
    import pypdfium2
    try:
        doc = pypdfium2.PdfDocument(path)
    except Exception:  # noqa: BLE001 (pdfium's own errors: a damaged or encrypted file)
        return 0
    try:
        return len(doc)
    finally:
        doc.close()


# a picture as large as a scanned page (a JPEG or PNG of a page at 150-300 dpi): a logo, a signature or a seal is smaller
PAGE_PICTURE_BYTES = 40_000


def word_pictures(path: str | bytes) -> int:
    """The pictures in a Word or OpenDocument file (a zip) large enough to be a scanned page, read from the zip's
    directory (word/media/, Pictures/): the pages OCR may read in a scan pasted into Word
    (extractors.formats.docx), counted for its time limit; 0 for any other zip, or one that cannot be opened."""
    import io
    import zipfile
    try:
        with zipfile.ZipFile(io.BytesIO(path) if isinstance(path, bytes) else path) as archive:
            return sum(1 for i in archive.infolist() if i.filename.startswith(("word/media/", "Pictures/"))
                       and i.file_size >= PAGE_PICTURE_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


def ocr_pages(path: str | bytes, pdf: bool, image: bool, archive: bool) -> int:
    """The pages OCR may read in an input, which its time limit counts: a PDF's pages, an image's frames, a Word
    file's page-sized pictures."""
    return pdf_pages(path) if pdf else image_pages(path) if image else word_pictures(path) if archive else 0


def image_pages(path: str | bytes) -> int:
    """An image file's pages (a path, or the bytes): a multi-page TIFF's frames, else 1, read from
    its headers (Pillow, loaded on the first image); 0 when it cannot be opened (the worker's
    reader then says why)."""
    import io
    import warnings

    from PIL import Image

    from extractors.formats.image import frame_count
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(path) if isinstance(path, bytes) else path) as image:
                return frame_count(image)
    except Exception:  # noqa: BLE001 (Pillow's own errors: no image, a damaged file, a decompression bomb)
        return 0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def error_result(index: int, doc_id: str, rel: str, fmt: str | None, sha256: str | None, size: int | None,
                 stage: str, error_type: str, message: str, duplicates=()) -> Result:
    err = ErrorRecord(doc_id=doc_id, path=rel, sha256=sha256, bytes=size, format=fmt, stage=stage,
                      error_type=error_type, message=message, duplicates=list(duplicates))
    return Result(index, doc_id, "error", json_bytes(err.model_dump(mode="json")), stage=stage,
                  error_type=error_type, message=message)


def run_in_worker(task: Task, options) -> Result:
    """The function a Dask worker runs (a worker imports the readers; the run does not)."""
    from pipeline.worker import run_task
    return run_task(task, options)
