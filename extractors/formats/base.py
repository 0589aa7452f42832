"""The shared interface of the format readers and the registry that picks one."""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable

from extractors.blocks import BLOCK_KINDS, RawBlock, RawDocument, ReadError  # noqa: F401 (re-exported)
from extractors.layout.cells import is_layout_table, layout_table_blocks  # noqa: F401 (re-exported)

Reader = Callable[[bytes, str], RawDocument]

# Extension -> format code (SPEC source.format; doc, rtf, xls, xlsx from schema 1.2).
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".rtf": "rtf",
           ".xls": "xls", ".xlsx": "xlsx"}
# Format code -> "module" that defines `read(data, path)` (or "module:function");
# imported on first use so that a run over text files never loads pdfplumber. A reader
# that takes an `options` argument gets the ReadOptions.
READERS = {"txt": "extractors.formats.text", "md": "extractors.formats.markdown",
           "html": "extractors.formats.html", "pdf": "extractors.formats.pdf",
           "docx": "extractors.formats.docx", "doc": "extractors.formats.office:read_word",
           "rtf": "extractors.formats.office:read_word", "xls": "extractors.formats.office:read_xls",
           "xlsx": "extractors.formats.xlsx"}


@dataclass(frozen=True)
class ReadOptions:
    """What the readers that call other programs need: OCR (`auto`: pages without a
    usable text layer, `always`, `never`), its language and resolution, and the time a
    document may take (an external program is stopped after it)."""

    ocr: str = "auto"
    ocr_lang: str = "vie"
    ocr_dpi: int = 300
    timeout_seconds: float = 60.0


def format_of(path: str | PurePath) -> str | None:
    """The format code for a file name, or None when the extension is not supported."""
    return FORMATS.get(PurePath(path).suffix.lower())


def read(data: bytes, path: str, fmt: str | None = None, options: ReadOptions | None = None) -> RawDocument:
    fmt = fmt or format_of(path)
    if fmt not in READERS:
        raise ReadError(f"unsupported format for {path!r}")
    if not data:
        raise ReadError("the file is empty (0 bytes)")
    module, _, name = READERS[fmt].partition(":")
    reader = getattr(importlib.import_module(module), name or "read")
    if "options" in inspect.signature(reader).parameters:
        return convert_legacy(reader(data, path, options=options or ReadOptions()))
    return convert_legacy(reader(data, path))


def convert_legacy(raw: RawDocument) -> RawDocument:
    """Old Word files and pages set in TCVN3 (.VnTime) or VNI fonts read as "Uû ban
    nh©n d©n" in every format: judge the whole document's text, convert every block and
    cell with one encoding."""
    from normalizers.legacy import converted_issue, detect, to_unicode
    sample = "\n".join([b.text for b in raw.blocks if b.text][:400]
                       + [c for b in raw.blocks if b.rows for row in b.rows[:20] for c in row])
    encoding, confidence = detect(sample)
    if encoding is None:
        return raw
    for b in raw.blocks:
        b.text = to_unicode(b.text, encoding) if b.text else b.text
        if b.rows:
            b.rows = [[to_unicode(c, encoding) if c else c for c in row] for row in b.rows]
    raw.issues.append(converted_issue(encoding, confidence))
    return raw


def roman(n: int) -> str:
    """4 -> "IV": the Roman numerals that Word and browsers draw for numbered lists."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
