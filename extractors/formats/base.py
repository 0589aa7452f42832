"""The shared interface of the format readers and the registry that picks one."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Callable

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table", "footnote")


class ReadError(Exception):
    """An input that cannot be read; the message says what a data engineer can do."""

    def __init__(self, message: str, stage: str = "read"):
        super().__init__(message)
        self.stage = stage


@dataclass
class RawBlock:
    """A block as the reader found it, before text normalization.

    `text` holds the block's text (lines joined by "\\n"); a table keeps its cells in
    `rows` (merged cells already spread over the grid) and leaves `text` empty.
    `location` says where in the source it was: {"line": 12}, {"page": 3}, {"paragraph": 40}.
    """

    kind: str
    text: str = ""
    location: dict = field(default_factory=dict)
    level: int | None = None
    rows: list[list[str]] | None = None
    style: str | None = None


@dataclass
class RawDocument:
    blocks: list[RawBlock]
    encoding: str | None = None
    issues: list[dict] = field(default_factory=list)  # quality issues found while reading
    metadata: dict = field(default_factory=dict)  # e.g. a scraped site's metadata panel


Reader = Callable[[bytes, str], RawDocument]

# Extension -> format code (SPEC source.format).
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
# Format code -> module that defines `read(data, path)`; imported on first use so that
# a run over text files never loads pdfplumber.
READERS = {"txt": "extractors.formats.text", "md": "extractors.formats.markdown",
           "html": "extractors.formats.html", "pdf": "extractors.formats.pdf",
           "docx": "extractors.formats.docx"}


def format_of(path: str | PurePath) -> str | None:
    """The format code for a file name, or None when the extension is not supported."""
    return FORMATS.get(PurePath(path).suffix.lower())


def read(data: bytes, path: str, fmt: str | None = None) -> RawDocument:
    fmt = fmt or format_of(path)
    if fmt not in READERS:
        raise ReadError(f"unsupported format for {path!r}")
    if not data:
        raise ReadError("the file is empty (0 bytes)")
    module = importlib.import_module(READERS[fmt])
    return convert_legacy(module.read(data, path))


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


def is_layout_table(rows: list[list[str]]) -> bool:
    """A table used for page layout (header, signature block), not for data: it has no
    row with two or more numeric cells."""
    import re
    numeric = re.compile(r"^[\d.,\s%()-]+$")
    for row in rows:
        if sum(1 for c in row if c.strip() and any(ch.isdigit() for ch in c) and numeric.match(c.strip())) >= 2:
            return False
    return True


def layout_table_blocks(rows: list[list[str]], location: dict) -> list[RawBlock]:
    """A layout table as paragraphs, row by row and cell by cell, one per line of a cell."""
    blocks: list[RawBlock] = []
    seen: set[int] = set()
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if id(cell) in seen:
                continue
            for line in cell.split("\n"):
                if line.strip():
                    blocks.append(RawBlock("paragraph", line, {**location, "row": r, "cell": c}))
    return dedupe_merged(blocks)


def dedupe_merged(blocks: list[RawBlock]) -> list[RawBlock]:
    """Merged cells repeat their text over the grid; keep each text once per run."""
    out: list[RawBlock] = []
    for b in blocks:
        if out and out[-1].text == b.text and out[-1].location.get("row") == b.location.get("row"):
            continue
        out.append(b)
    return out


def roman(n: int) -> str:
    """4 -> "IV": the Roman numerals that Word and browsers draw for numbered lists."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
