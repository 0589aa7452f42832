"""A table of contents in a document's lines: its title alone on a line ("MỤC LỤC"), then the part headings again,
each with its page at the end (after dot leaders, spaces or one space: "I. MỤC ĐÍCH, YÊU CẦU ........ 2", "1. Mục
tiêu chung      2"). No outline of the document's: the readers leave it out (extractors.layout.text for texts,
extractors.layout.paragraphs for a PDF's lines; the Word reader by its styles)."""

from __future__ import annotations

import re

TITLE = re.compile(r"^[ \t]*(?:\*\*|#+[ \t]+)?(?:MỤC LỤC|Mục lục)(?:\*\*)?[ \t]*$")
ENTRY = re.compile(r"^[ \t]*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?[ \t]+\S.*?"
                   r"(?:[ \t]*(?:\.{2,}|…+)[ \t]*|[ \t]+)\d{1,3}[ \t]*$")
MIN_ENTRIES = 2


def named(text: str) -> bool:
    """Whether `text` may hold a table of contents' title (the cheap test before TITLE's)."""
    return "ỤC LỤC" in text or "ục lục" in text


def length(lines: list[str]) -> int:
    """How many of `lines` (from a TITLE line) make the table of contents: the title and its entries, blank lines
    among them (none after the last); 0 when fewer than MIN_ENTRIES entries follow the title."""
    if not lines or not TITLE.match(lines[0]):
        return 0
    k, entries = 1, 0
    while k < len(lines) and (not lines[k].strip() or ENTRY.match(lines[k])):
        entries += bool(lines[k].strip())
        k += 1
    while k > 1 and not lines[k - 1].strip():
        k -= 1
    return k if entries >= MIN_ENTRIES else 0
