"""Markdown reader: the text layout stage with Markdown read (headings, list items,
emphasis, pipe tables); see extractors.layout.text."""

from __future__ import annotations

from extractors.blocks import RawDocument, ReadError
from extractors.formats.text import decode
from extractors.layout.text import read_text


def read(data: bytes, path: str) -> RawDocument:
    text, encoding = decode(data)
    blocks, issues = read_text(text, markdown=True)
    if not any((b.text or b.rows) for b in blocks):
        raise ReadError("the file holds no text")
    return RawDocument(blocks, encoding=encoding, issues=issues)
