"""An amount table's header line, one of whose cells wrapped in its column, in a text whose columns lost
their spacing (a laid-out table word-segmented line by line, copied out of a PDF viewer, `pdftotext -raw`):
the header's first visual line holds each column's first line, the cell's rest follows on lines of its own:

    STT Nguồn vốn Tổng số giai Năm 2027 Năm 2028 Năm 2029
    đoạn 2027 -
    2029
    1 Vốn cân đối ngân sách tỉnh 3.600.000 1.150.000 1.200.000 1.250.000

"Tổng số giai" is no column name, "Tổng số giai đoạn 2027 - 2029" is. The rest is put back after the word
of the first line it finishes (the first place where the whole line then reads as column names), so
spaced_rows.table_at reads the table as if its header were one line.
"""

from __future__ import annotations

from extractors.layout import spaced_rows

MAX_REST_LINES = 3  # lines a wrapped header cell's rest may take


def header_with_wrapped_cell(lines: list[str], i: int) -> tuple[list[tuple[str, str]], int] | None:
    """The header line at i with the rest of a wrapped cell from the lines after it put back in place:
    (its cells as spaced_rows' _first_header gives them, how many lines after i the rest took), or None
    when the line reads as column names alone or no such rest makes it read so. The rest is the fewest
    lines after i, each of words column names are made of, that make it a header."""
    first = lines[i]
    if not spaced_rows._head_line(first) or spaced_rows._first_header(first) is not None:
        return None
    words = first.split()
    rest: list[str] = []
    for n in range(1, MAX_REST_LINES + 1):
        if i + n >= len(lines) or not spaced_rows._head_line(lines[i + n]):
            return None
        rest += lines[i + n].split()
        for at in range(1, len(words) + 1):
            cells = spaced_rows._first_header(" ".join(words[:at] + rest + words[at:]))
            if cells is not None:
                return cells, n
    return None
