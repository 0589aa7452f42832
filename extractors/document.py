"""The normalized document model every extractor reads.

`build_document` normalizes each raw block's text (normalizers.text) and joins the
blocks with newlines; every block, and every table cell, knows its span in that text.
A task table grouped by a column of its own is read as group rows over its tasks, whatever
format it came in (extractors.layout.group_column).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.formats.base import RawDocument
from extractors.layout.group_column import group_column_rows
from normalizers.agencies import join_cell_lines
from normalizers.casing import canonical_case_many
from normalizers.text import normalize_many

CELL_SEPARATOR = " | "


@dataclass(slots=True)  # (slots: a block is made for every paragraph and table of a document)
class Block:
    kind: str
    text: str  # normalized; for a table, its rows as lines of cells joined by " | "
    start: int
    end: int
    location: dict
    level: int | None = None
    rows: list[list[str]] | None = None
    cell_spans: list[list[tuple[int, int]]] | None = None
    index: int = 0  # position in Document.blocks
    cell_flags: dict[tuple[int, int], list[str]] | None = None  # (row, col) -> reader's codes ("number.ocr_suspected")


@dataclass
class Document:
    text: str
    blocks: list[Block]
    issues: list[dict] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    encoding: str | None = None

    @property
    def paragraphs(self) -> list[Block]:
        """Every block that is not a table, in reading order (a new list each time; the
        blocks are sorted out once per list of blocks: the extractors ask for them again
        and again)."""
        return list(self._kinds()[0])

    @property
    def tables(self) -> list[Block]:
        return list(self._kinds()[1])

    def _kinds(self) -> tuple[list[Block], list[Block]]:
        """(paragraphs, tables), remembered for the list of blocks as it stands."""
        found = self.__dict__.get("_by_kind")
        if found is None or found[0] is not self.blocks or found[1] != len(self.blocks):
            paragraphs = [b for b in self.blocks if b.kind != "table"]
            tables = [b for b in self.blocks if b.kind == "table"] if len(paragraphs) < len(self.blocks) else []
            found = self.__dict__["_by_kind"] = (self.blocks, len(self.blocks), paragraphs, tables)
        return found[2], found[3]


def build_document(raw: RawDocument) -> Document:
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    # every paragraph's text and every table cell's, normalized in one pass, taken in order. A cell's lines
    # are one text (Word adds a line break when it merges cells); a cell that lists agencies one a line
    # lists them with "; "
    raw_texts: list[str] = []
    # (a reader's flags name cells by their place: a flagged table keeps its columns)
    table_rows = [group_column_rows(b.rows or []) if b.kind == "table" and not b.cell_flags else b.rows or []
                  for b in raw.blocks]
    for b, b_rows in zip(raw.blocks, table_rows):
        if b.kind == "table":
            raw_texts += [join_cell_lines(c) for row in b_rows for c in row]
        else:
            raw_texts.append(b.text)
    # (a body's name written in title case in the case the rules read: normalizers.casing; the text keeps its length)
    texts = canonical_case_many(normalize_many(raw_texts))
    taken = 0  # the normalized texts used so far
    sep = len(CELL_SEPARATOR)
    for raw_block, raw_rows in zip(raw.blocks, table_rows):
        if raw_block.kind == "table":
            rows = []
            for row in raw_rows:
                rows.append(texts[taken:taken + len(row)])
                taken += len(row)
            spans: list[list[tuple[int, int]]] = []
            lines = []
            offset = pos
            for row in rows:
                row_spans = []
                cursor = offset
                for cell in row:  # each cell, then the separator before the next
                    end = cursor + len(cell)
                    row_spans.append((cursor, end))
                    cursor = end + sep
                spans.append(row_spans)
                line = CELL_SEPARATOR.join(row)
                lines.append(line)
                offset += len(line) + 1
            text = "\n".join(lines)
            block = Block("table", text, pos, pos + len(text), raw_block.location, raw_block.level,
                          rows=rows, cell_spans=spans, cell_flags=raw_block.cell_flags)
        else:
            text = texts[taken]
            taken += 1
            block = Block(raw_block.kind, text, pos, pos + len(text), raw_block.location, raw_block.level)
        block.index = len(blocks)
        blocks.append(block)
        parts.append(text)
        pos += len(text) + 1
    return Document("\n".join(parts), blocks, list(raw.issues), dict(raw.metadata), raw.encoding)
