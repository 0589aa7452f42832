"""Footnotes: "(1) text" or "3 text" lines after the body, and DOCX footnote parts."""

from __future__ import annotations

import re

from extractors.document import Document
from extractors.fields.common import span
from normalizers.text import SUPERSCRIPT_DIGITS, UPPER

# (1), [1], 1; and as Markdown or a page's HTML writes one: "[^1]: ...", "<sup>1</sup> ..."; and set up as a word
# processor's text keeps it: "¹ ..." (round G31)
NOTE = re.compile(r"^(?:[(\[](\d{1,3}|\*)[)\]]|(\d{1,3})|\[\^(\d{1,3})\]:?|<sup>\s*(\d{1,3})\s*</sup>|([" + SUPERSCRIPT_DIGITS
                  + r"]{1,3}))\s*(?=[" + UPPER + r"])(.{8,})$")


_SUPERSCRIPT_VALUES = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def mark_number(mark: str) -> str:
    """The number a footnote's mark stands for, however it is written: "[^3]", "(3)", "<sup>3</sup>", "³" -> "3"."""
    return "".join(ch for ch in mark.translate(_SUPERSCRIPT_VALUES) if ch.isdigit())


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
            marker = next(g for g in m.groups()[:5] if g)  # (as written, the span holding it: "¹")
            out.append({"marker": marker, "text": m.group(6).strip(), "span": span(b.start, b.end)})
    return out
