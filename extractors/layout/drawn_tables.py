"""Tables a text converter draws with characters, each cell wrapped inside its own width, read back as rows.

Two shapes:
- a text-mode browser's dump of a page's ruled table (`w3m -dump`): box characters around and between the cells,
  a rule between every two rows ("┌──┬──┐" / "│TT│Nhiệm vụ ...│" / "├──┼──┤" / ... / "└──┴──┘");
- a legacy Word converter's text of a Word table (`antiword`): a row's lines each open and close on a pipe, the
  pipes at the same columns on every line, no rule between the rows ("|TT  |Nội dung công|Chủ trì  |" /
  "|    |việc         |         |").

A cell's lines are joined where the converter wrapped them (the next line's first word would not have fitted in
the width left on the line: "Sở Văn hóa, Thể" / "thao và Du lịch"), kept apart where a paragraph of the cell ended
("Sở Xây dựng" / "Sở Tài chính") and where the next line opens a list's item ("- Sở Tài chính;"). A box-drawn
table's rows lie between its rules. The pipe table's rows are told by its first column: where it holds the rows'
numbers ("1", "2", "II", "1.2") a row opens on a line whose first cell is filled (and goes on no first cell wrapped
on the line above), or that holds an amount under an amount (a total's row, its first cell empty: "|   |Tổng cộng
|1.860 |"; no cell holds two amounts); a table whose first column holds no numbers lays out a page (the header's
two columns, the closing's "Nơi nhận" and signature): its columns are written one after another, each cell's
paragraphs a line.

A table is written as a pipe table's rows under a rule ("| a | b<br>c |" / "|---|---|"), which the text layout
reads as a table (a cell's paragraphs apart by "<br>"). Any other text is left as it is. Pure functions.
"""

from __future__ import annotations

import re

from extractors.layout.wrap import BARE_AMOUNT, STARTS_BLOCK, glue

_BOX_TOP = re.compile(r"^\s*[┌╔]")
_BOX_LINE = re.compile(r"^\s*[│║┌┐└┘├┤┬┴┼─═╔╗╚╝╠╣╦╩╬╟╢╤╧╪╫]")
_BOX_RULE = re.compile(r"^\s*[┌└├╔╚╠╟][─═┬┴┼╤╧╪╦╩╬╫]*[┐┘┤╗╝╣╢]\s*$")
_BOX_BAR = "│║"
_BOX_CORNER = re.compile("[┌┬┐╔╦╗╤]")
_PIPE = re.compile(r"\|")
_PIPE_LINE = re.compile(r"^\|.*\|\s*$")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.?)$")
_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
MIN_PIPE_LINES = 2  # a pipe table's lines at least: a row and another line
MIN_NUMBERED = 2  # the row numbers a data table's first column shows at least


def _pipes(line: str) -> list[int]:
    return [m.start() for m in _PIPE.finditer(line)]


def _cells(line: str, bars: list[int]) -> list[str]:
    return [line[a + 1:b] for a, b in zip(bars, bars[1:])]


def wrapped(prev: str, nxt: str, width: int) -> bool:
    """Did the converter wrap `prev` onto `nxt` in a cell `width` wide: `nxt`'s first word would not have fitted
    in the room `prev` left?"""
    prev, nxt = prev.strip(), nxt.strip()
    return bool(prev and nxt) and len(prev) + 1 + len(nxt.split()[0]) > width and not STARTS_BLOCK.match(nxt)


def _paragraphs(lines: list[str], width: int) -> list[str]:
    """A cell's lines joined where they were wrapped: its paragraphs."""
    out: list[str] = []
    prev = ""
    for line in lines:
        text = line.strip()
        if not text:
            prev = ""
            continue
        if out and prev and wrapped(prev, text, width):
            out[-1] = out[-1] + text if prev.endswith("/") or text.startswith("/") else glue(out[-1], text)
        else:
            out.append(text)
        prev = text
    return out


def _row(lines: list[str], bars: list[int]) -> list[list[str]]:
    """A row's cells, each its list of paragraphs."""
    columns = list(zip(*(_cells(line.ljust(bars[-1] + 1), bars) for line in lines)))
    return [_paragraphs(list(col), bars[k + 1] - bars[k] - 1) for k, col in enumerate(columns)]


def pipe_rows(rows: list[list[list[str]]]) -> list[str]:
    """Rows of cells (each its paragraphs) as a pipe table's lines under a rule after the first row."""
    lines = ["| " + " | ".join("<br>".join(cell) for cell in row) + " |" for row in rows]
    return lines[:1] + ["|" + "---|" * len(rows[0])] + lines[1:]


def _box_table(lines: list[str], k: int) -> tuple[int, list[str]] | None:
    """The box-drawn table opening at line k: (the line after it, its pipe rows)."""
    bars = [m.start() for m in _BOX_CORNER.finditer(lines[k])]
    if len(bars) < 3:
        return None
    rows, cur = [], []
    j = k + 1
    while j < len(lines) and _BOX_LINE.match(lines[j]):
        line = lines[j]
        if _BOX_RULE.match(line):
            if cur:
                rows.append(_row(cur, bars))
                cur = []
            if line.lstrip()[:1] in "└╚":
                return (j + 1, pipe_rows(rows)) if len(rows) >= 2 else None
        elif all(i < len(line) and line[i] in _BOX_BAR for i in bars):
            cur.append(line)
        else:
            return None  # a line off the table's columns: no table drawn this way
        j += 1
    return None


def _pipe_table(lines: list[str], k: int) -> tuple[int, list[str]] | None:
    """The pipe table (antiword's) opening at line k: (the line after it, its lines rewritten)."""
    bars = _pipes(lines[k])
    if len(bars) < 3:
        return None
    j = k
    while j < len(lines) and lines[j][:1] == "|" and _pipes(lines[j]) == bars:
        j += 1
    if j - k < MIN_PIPE_LINES:
        return None
    block = lines[k:j]
    cells = [_cells(line, bars) for line in block]
    # (a converter's cells open right after their pipe: a typed or Markdown table's "| 1 | ... |", its rule
    # "|---|---|", are left to the text layout's pipe-table readers)
    if any(c[:1] == " " and c.strip() or _RULE_CELL.match(c) for row in cells for c in row):
        return None
    if sum(1 for c in cells if _ROW_NUMBER.match(c[0].strip())) >= MIN_NUMBERED:
        rows, start = [], 0
        for r in range(1, len(block) + 1):
            amounts = any(BARE_AMOUNT.match(a.strip()) and BARE_AMOUNT.match(b.strip())
                          for a, b in zip(cells[r - 1], cells[r])) if r < len(block) else False
            if r == len(block) or amounts or (cells[r][0].strip()
                                              and not wrapped(cells[r - 1][0], cells[r][0], bars[1] - 1)):
                rows.append(_row(block[start:r], bars))
                start = r
        return j, pipe_rows(rows)
    columns = _row(block, bars)
    out: list[str] = []
    for col in columns:
        out.extend(col + [""])
    return j, out


def blocks_rewritten(lines: list[str], found_at) -> str | None:
    """The lines joined with each block `found_at(k)` finds at a line k ((the line after it, the lines it is written
    as), or None) written as it says; None when it finds none."""
    out: list[str] = []
    changed = False
    k = 0
    while k < len(lines):
        found = found_at(k)
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        k, rows = found
        out.extend(rows)
        changed = True
    return "\n".join(out) if changed else None


def rewritten(text: str) -> str:
    """The text with every table drawn as above written as pipe rows (a layout table as its columns' lines); any
    other text as it is (the same object)."""
    has_box = "┌" in text or "╔" in text
    if not has_box and "\n|" not in text and not text.startswith("|"):
        return text
    lines = _close_drawn_lines(text.split("\n"))

    def found_at(k: int) -> tuple[int, list[str]] | None:
        line = lines[k]
        if has_box and _BOX_TOP.match(line):
            return _box_table(lines, k)
        if line[:1] == "|" and _PIPE_LINE.match(line) and (k == 0 or lines[k - 1][:1] != "|"):
            return _pipe_table(lines, k)
        return None

    return blocks_rewritten(lines, found_at) or text


def _close_drawn_lines(lines: list[str]) -> list[str]:
    """The lines with the blank line alone between two lines of a drawn table (a pipe's or a box character's,
    _BOX_LINE) left out: a text saved double-spaced, a blank line after every line, its table's lines one under the
    other again; the rest as they are."""
    def drawn(line: str) -> bool:
        return line.lstrip()[:1] == "|" or _BOX_LINE.match(line) is not None

    out: list[str] = []
    for k, line in enumerate(lines):
        if not line.strip() and out and drawn(out[-1]) and k + 1 < len(lines) and drawn(lines[k + 1]):
            continue
        out.append(line)
    return out
