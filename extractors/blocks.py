"""The block model every reader emits and the layout stage builds: a document as a list
of blocks (heading, paragraph, list item, table, footnote) in reading order, each with
where it came from. Below both the format readers and the layout stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    `location` says where in the source it was: {"line": 12}, {"page": 3}, {"paragraph": 40};
    a block read by OCR adds {"ocr": True}. `cell_flags` gives a table cell (row, col)
    quality codes its reader found (an OCR word read with low confidence).
    """

    kind: str
    text: str = ""
    location: dict = field(default_factory=dict)
    level: int | None = None
    rows: list[list[str]] | None = None
    style: str | None = None
    cell_flags: dict[tuple[int, int], list[str]] | None = None


@dataclass
class RawDocument:
    blocks: list[RawBlock]
    encoding: str | None = None
    issues: list[dict] = field(default_factory=list)  # quality issues found while reading
    metadata: dict = field(default_factory=dict)  # e.g. a scraped site's metadata panel


_NUMERIC_CELL = re.compile(r"^[\d.,\s%()-]+$")  # "1.250", "(12,5)", "-"


def is_layout_table(rows: list[list[str]]) -> bool:
    """A table used for page layout (header, signature block), not for data: it has no
    row with two or more numeric cells."""
    for row in rows:
        if sum(1 for c in row if c.strip() and any(ch.isdigit() for ch in c) and _NUMERIC_CELL.match(c.strip())) >= 2:
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
