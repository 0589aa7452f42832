"""A name of this project's own for its Python API: `from vn_plan_extract import extract,
extract_one`. The same objects as `pipeline`'s (the code lives in the top-level packages
pipeline, extractors and normalizers; see the README on name collisions)."""

from pipeline.api import DocumentResult, ExtractionError, RunSummary, extract, extract_one, iter_records
from pipeline.models import DocumentRecord, ErrorRecord

__all__ = ["extract", "extract_one", "iter_records", "DocumentResult", "ExtractionError", "RunSummary",
           "DocumentRecord", "ErrorRecord"]
