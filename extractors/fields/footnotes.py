"""Footnotes: "(1) text" or "3 text" lines after the body, and DOCX footnote parts."""

from __future__ import annotations

import re

from extractors.document import Document
from extractors.fields.common import span
from normalizers.text import UPPER

NOTE = re.compile(r"^(?:[(\[](\d{1,3}|\*)[)\]]|(\d{1,3}))\s*(?=[" + UPPER + r"])(.{8,})$")  # (1), [1], 1


def extract_footnotes(doc: Document, body_end: int) -> list[dict]:
    """Notes that follow the signature (scrapes put them at the end) or a footnote block."""
    out = []
    for b in doc.paragraphs:
        if not b.text:
            continue
        if b.kind == "footnote":
            marker, _, text = b.text.partition(" ")
            out.append({"marker": marker, "text": text.strip(), "span": span(b.start, b.end)})
            continue
        if b.index < body_end:
            continue
        m = NOTE.match(b.text)
        if m:
            out.append({"marker": m.group(1) or m.group(2), "text": m.group(3).strip(), "span": span(b.start, b.end)})
    return out
