"""The options of a run and the time-limit exception: what the main process needs of the
per-document code, without loading the readers and extractors (pipeline.process loads them;
the workers import it, the main process need not)."""

from __future__ import annotations

from dataclasses import dataclass


# seconds added to the time limit for each page of a PDF (or frame of an image file): a scan's page takes OCR, about 4 s of one core on a
# rough office scan, more when the cores are shared (`--timeout-per-page`)
PAGE_SECONDS = 20.0


@dataclass(frozen=True)
class Options:
    max_bytes: int = 50 * 1024 * 1024
    timeout_seconds: float = 60.0
    ocr: str = "auto"  # auto | always | never: pages without a usable text layer, every page, none
    ocr_lang: str = "vie"
    ocr_dpi: int = 300
    max_memory_mb: int = 2048  # per worker process, over what it holds at start (0: no cap)
    page_seconds: float = PAGE_SECONDS


def time_allowed(options: Options, pages: int = 0) -> float:
    """Seconds a document may take: `timeout_seconds`, and `page_seconds` more for each page of a
    PDF that OCR may read (none when OCR is off), so that a long scan is read, not cut off.
    0: no limit."""
    if options.timeout_seconds <= 0:
        return 0.0
    return options.timeout_seconds + (options.page_seconds * pages if options.ocr != "never" else 0.0)


def limit_flags(pages: int = 0) -> str:
    """The options that raise a document's time limit."""
    return "--timeout or --timeout-per-page" if pages else "--timeout"


def timeout_message(seconds: float, pages: int = 0) -> str:
    allowed = f"allowed for a PDF or image of {pages} pages; " if pages and seconds else ""
    return f"processing took longer than {seconds:g} s ({allowed}raise it with {limit_flags(pages if seconds else 0)})"


# Options that bound a run's cost rather than shape a record: a cached record stays valid
# when they change (the errors they cause, timeouts and lost workers, are always redone).
LIMIT_OPTIONS = ("max_bytes", "timeout_seconds", "max_memory_mb", "page_seconds")


class DocumentTimeout(BaseException):
    """The document's time limit ran out (raised by the worker's alarm). A BaseException,
    so that no `except Exception` on the way (a reader's, a field guard's) swallows it."""
