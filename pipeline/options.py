"""The options of a run and the time-limit exception: what the main process needs of the
per-document code, without loading the readers and extractors (pipeline.process loads them;
the workers import it, the main process need not)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    max_bytes: int = 50 * 1024 * 1024
    timeout_seconds: float = 60.0
    ocr: str = "auto"  # auto | always | never: pages without a usable text layer, every page, none
    ocr_lang: str = "vie"
    ocr_dpi: int = 300
    max_memory_mb: int = 2048  # per worker process, over what it holds at start (0: no cap)


# Options that bound a run's cost rather than shape a record: a cached record stays valid
# when they change (the errors they cause, timeouts and lost workers, are always redone).
LIMIT_OPTIONS = ("max_bytes", "timeout_seconds", "max_memory_mb")


class DocumentTimeout(BaseException):
    """The document's time limit ran out (raised by the worker's alarm). A BaseException,
    so that no `except Exception` on the way (a reader's, a field guard's) swallows it."""
