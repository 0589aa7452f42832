"""A task table whose rows a text-mode browser ran together and wrapped at the page's width (`lynx -dump` of a
page's table: a row's cells one space apart on one line, the line wrapped at the dump's width, the rest on the next
line at the same indent):

       STT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian
       1 Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức cấp xã Sở Tư pháp Sở Nội vụ Quý
       II/2029
       2 Biên soạn tài liệu hỏi đáp pháp luật Sở Tư pháp Sở Tài chính Năm 2029

Each row is put back on one line (the row that extractors.layout.raw_tasks reads by its words, one_line_cells); a
table with no time column, which raw_tasks does not read, is read here by the same words (one_line_cells) and
written as a pipe table's rows when every row reads. A line is a row's wrapped rest where it stands under the
header of the task table's heads (raw_tasks' header, its code's name first), after a row's line that opens on the
row's number, at that line's indent, and the line above it was full (its next word would not have fitted in the
width the text's paragraphs are wrapped at, wrap.Style). Rows written a cell a line, a short line each, stay as
they are. Pure functions.
"""

from __future__ import annotations

import re

from extractors.layout.drawn_tables import blocks_rewritten, pipe_rows, wrapped
from extractors.layout.raw_tasks import SECTION, TASK_HEADS, one_line_cells
from extractors.layout.spaced_rows import header_cells
from extractors.layout.wrap import Style, glue

_HEAD_START = re.compile(r"^\s*(?:STT|TT)\s", re.M)
_INDENT = re.compile(r"^ *")
MIN_ROWS = 2


def _indent(line: str) -> int:
    return len(_INDENT.match(line).group(0))


def _rows_at(lines: list[str], k: int, width: float) -> tuple[int, list[str]] | None:
    """The table whose header is line k: (the line after its rows, its rows a line each), or None when no row of it
    was wrapped."""
    head = header_cells(lines[k].strip(), TASK_HEADS)
    kinds = [kind for kind, _ in head or ()]
    if kinds[:2] != ["code", "task"] or "lead" not in kinds:
        return None
    out: list[str] = []
    expected, joined, j = 1, False, k + 1
    while j < len(lines) and lines[j].strip():
        line = lines[j]
        if line.strip().startswith(f"{expected} "):
            out.append(line)
            expected += 1
        elif out and _indent(line) == _indent(out[-1]) and not SECTION.match(line.strip()) \
                and wrapped(lines[j - 1], line, width):
            out[-1] = glue(out[-1], line.strip())
            joined = True
        else:
            break
        j += 1
    if expected - 1 < MIN_ROWS:
        return None
    if "time" not in kinds and all(cells := [one_line_cells(row.strip(), kinds) for row in out]):
        # (a table with no time column, which raw_tasks leaves: its rows read here, by the same words)
        return j, pipe_rows([[[name] for _, name in head]] + [[[c] if c else [] for c in row] for row in cells])
    return (j, [lines[k]] + out) if joined else None


def unwrapped(text: str) -> str:
    """The text with each such table's rows on one line again; any other text as it is (the same object)."""
    if not _HEAD_START.search(text):
        return text
    lines = text.split("\n")
    width: float | None = None

    def found_at(k: int) -> tuple[int, list[str]] | None:
        nonlocal width
        if _HEAD_START.match(lines[k]) and (width := width or Style.of(lines).wrap_width or -1) > 0:
            return _rows_at(lines, k, width)
        return None

    return blocks_rewritten(lines, found_at) or text
