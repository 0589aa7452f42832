"""Markdown reader: headings and list items become block kinds, emphasis marks and
heading marks are dropped from the text, pipe tables become table blocks."""

from __future__ import annotations

import re

from extractors.formats.base import RawBlock, RawDocument, ReadError, is_layout_table, layout_table_blocks
from extractors.formats.text import decode, split_lines

# "## **2. Mục tiêu**" -> level 2
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# "**b) Cơ quan:**", "__x__"
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
# "*c) Cơ quan:*" but not a "* " bullet
_EMPH = re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])")
_LIST = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def strip_emphasis(text: str) -> str:
    text = _STRONG.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    return text.replace("**", "")


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [strip_emphasis(c.strip()) for c in inner.split("|")]


def _table_blocks(rows: list[list[str]], line: int) -> list[RawBlock]:
    """A pipe table; one used for layout (a signature block) becomes paragraphs."""
    if is_layout_table(rows):
        return layout_table_blocks(rows, {"line": line})
    return [RawBlock("table", rows=rows, location={"line": line})]


def read(data: bytes, path: str) -> RawDocument:
    text, encoding = decode(data)
    blocks: list[RawBlock] = []
    table: list[list[str]] = []
    table_line = 0
    for number, line in split_lines(text):
        if _TABLE_ROW.match(line):
            if not table:
                table_line = number
            if not _TABLE_RULE.match(line):
                table.append(_cells(line))
            continue
        if table:
            blocks.extend(_table_blocks(table, table_line))
            table = []
        heading = _HEADING.match(line)
        if heading:
            blocks.append(RawBlock("heading", strip_emphasis(heading.group(2)), {"line": number},
                                   level=len(heading.group(1))))
        elif _LIST.match(line):
            blocks.append(RawBlock("list_item", strip_emphasis(line), {"line": number}))
        else:
            blocks.append(RawBlock("paragraph", strip_emphasis(line), {"line": number}))
    if table:
        blocks.extend(_table_blocks(table, table_line))
    if not any((b.text or b.rows) for b in blocks):
        raise ReadError("the file holds no text")
    return RawDocument(blocks, encoding=encoding)
