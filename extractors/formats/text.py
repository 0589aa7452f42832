"""Plain-text reader: detect the encoding, then the layout stage for text
(extractors.layout.text) finds pages, tables, columns and paragraphs.
"""

from __future__ import annotations

from charset_normalizer import from_bytes

from extractors.blocks import RawDocument, ReadError
from extractors.layout.text import read_text


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


def read(data: bytes, path: str) -> RawDocument:
    text, encoding = decode(data)
    blocks, issues = read_text(text)
    if not any(b.text.strip() or b.rows for b in blocks):
        raise ReadError("the file holds no text")
    return RawDocument(blocks, encoding=encoding, issues=issues)
