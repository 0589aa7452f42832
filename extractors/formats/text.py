"""Plain-text reader: detect the encoding, keep one block per line.

Blank lines separate blocks and are dropped; a line made only of no-break spaces is
kept as an empty paragraph, because scrapers write an empty table cell that way and
the table rebuilder needs to count it.
"""

from __future__ import annotations

from charset_normalizer import from_bytes

from extractors.formats.base import RawBlock, RawDocument, ReadError

_NBSP_LIKE = "\u00a0\u202f\u2007"


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding name. Refuses binary data."""
    head = data[:65536]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        raise ReadError("the file holds binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("cannot detect a text encoding: the file looks like binary data")
    text = str(best)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise ReadError("the file holds binary data (control characters), not text")
    return text, best.encoding


def split_lines(text: str) -> list[tuple[int, str]]:
    """(1-based line number, line) for the lines that carry a block."""
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip(" \t\r\x0b\x0c"):  # a truly blank line separates blocks
            continue
        if not line.strip(" \t" + _NBSP_LIKE + "\u200b"):
            out.append((number, ""))  # an empty cell of a flattened table
        else:
            out.append((number, line))
    return out


def _tab_rows(line: str) -> list[str] | None:
    cells = [c.strip() for c in line.split("\t")]
    return cells if len(cells) >= 3 and sum(1 for c in cells if c) >= 2 else None


def blocks_of(lines: list[tuple[int, str]]) -> list[RawBlock]:
    """One paragraph per line, except runs of two or more tab-separated lines (a table
    copied from a spreadsheet or a Word table saved as text), which become a table."""
    blocks: list[RawBlock] = []
    cells = [_tab_rows(line) for _, line in lines]  # each line split once
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells[j]:
            j += 1
        if j - i >= 2:
            rows = cells[i:j]
            width = max(len(r) for r in rows)
            blocks.append(RawBlock("table", rows=[r + [""] * (width - len(r)) for r in rows],
                                   location={"line": lines[i][0]}))
            i = j
            continue
        n, line = lines[i]
        blocks.append(RawBlock("paragraph", line, {"line": n}))
        i += 1
    return blocks


def read(data: bytes, path: str) -> RawDocument:
    text, encoding = decode(data)
    blocks = blocks_of(split_lines(text))
    if not any(b.text.strip() for b in blocks):
        raise ReadError("the file holds no text")
    return RawDocument(blocks, encoding=encoding)
