"""vn-plan-extract: Vietnamese planning documents to JSON records and Parquet tables.

    from pipeline import extract, extract_one, iter_records

`extract` runs the pipeline over files and folders into OUT/v1 (as `python -m pipeline
extract`), `extract_one` extracts one document in memory, `iter_records` reads a published
version back; records are pipeline.models.DocumentRecord (typed, pydantic). The names load
on first use, so that `import pipeline.models` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["extract", "extract_one", "iter_records", "DocumentResult", "ExtractionError", "RunSummary",
           "DocumentRecord", "ErrorRecord"]

if TYPE_CHECKING:
    from pipeline.api import DocumentResult, ExtractionError, RunSummary, extract, extract_one, iter_records
    from pipeline.models import DocumentRecord, ErrorRecord


def __getattr__(name: str):
    if name in ("DocumentRecord", "ErrorRecord"):
        from pipeline import models
        return getattr(models, name)
    if name in __all__:
        from pipeline import api
        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
