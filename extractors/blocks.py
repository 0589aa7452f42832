"""The block model every reader emits and the layout stage builds: a document as a list
of blocks (heading, paragraph, list item, table, footnote) in reading order, each with
where it came from. Below both the format readers and the layout stage."""

from __future__ import annotations

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
