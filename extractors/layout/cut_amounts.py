"""Amounts a narrow table column cut inside, put back together.

A PDF's table whose amount column is narrower than its amounts wraps them inside the
number ("68.600.0" over "00", "113.200." over "000", "1.200.00" over "0"). A text dump of
the page laid out (`pdftotext -layout`) keeps the pieces on two lines, each at the
column's place; a plain dump (a cell a run of lines) writes the piece at its line's end
and the rest alone on the next line. A piece that is no amount by itself (its last group
of thousands short, or a dot at its end) followed on the next line by digits that
complete its last group, standing in its column (starting or ending where the piece does)
or alone on their line after a piece that ends its own, is the whole amount on the first
line: the spaces after the piece one fewer for each digit put back, where they are wide
enough (the columns after it keep their places); the digits leave the second line (spaces
in their place, so that its other columns keep theirs; None for a line they were alone
on).

Pure: lines in, lines out (the same list where nothing is cut)."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from normalizers.numbers import finishes_cut_amount

# a piece: groups of thousands whose last is short or missing ("68.600.0", "113.200.", "1.200.00"), one whole
# group at least before it; or a short one ("142.60") in a row of whole amounts ("24.500  27.300  142.60": a lone
# "12.5" may be a decimal)
_PIECE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+\.\d{0,2})(?=\s{2}|\s*$)")
_SHORT_PIECE = re.compile(r"(?<![\w.,/])(\d{1,3}\.\d{1,2})(?=\s{2}|\s*$)")
_AMOUNT = re.compile(r"(?<![\w.,/])\d{1,3}(?:\.\d{3})+(?![\w.,/])")
# the rest: digits alone, a cell of their own (two spaces or the line's ends around them)
_REST = re.compile(r"(?:(?<=\s\s)|^)\s*(\d{1,3})(?=\s{2}|\s*$)")
# a piece's end, looked for in the whole text at once (a dot and up to two digits before two spaces or the line's
# end; a digit before the dot asked after): the lines that may hold a piece (most hold none)
_PIECE_END = re.compile(r"\.\d{0,2}(?=[ \t]{2}|[ \t\x0c]*$)", re.M)


def _rest(line: str, piece: str, start: int, end: int, last: bool) -> re.Match | None:
    """The digits on `line` that finish the piece (normalizers.numbers.finishes_cut_amount), standing where the
    piece [start, end) stands; or, after a piece that ends its line (`last`), alone on the line, wherever they stand
    (a plain dump's cell a run of lines)."""
    for m in _REST.finditer(line):
        a, b = m.span(1)
        if finishes_cut_amount(piece, m.group(1)) and (
                abs(a - start) <= 1 or abs(b - end) <= 1
                or (last and not line[b:].strip(" \x0c") and not line[:a].strip(" \x0c"))):
            return m
    return None


def joined(lines: list[str]) -> list[str | None]:
    """The lines with each cut amount whole on its first line (see the module)."""
    text = "\n".join(lines)
    # (a digit before the dot, and not four: "năm 2026." ends a sentence)
    found = [x for x in (m.start() for m in _PIECE_END.finditer(text))
             if x and text[x - 1].isdigit() and not text[max(0, x - 4):x].isdigit()]
    if not found:
        return lines
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    at = sorted({bisect_right(starts, x) - 1 for x in found})  # the lines that hold a piece
    out = list(lines)
    for k in at:
        line = out[k]
        nxt = next((j for j in range(k + 1, min(k + 3, len(out))) if out[j].strip(" \x0c")), None)
        if nxt is None:
            continue
        pieces = list(_PIECE.finditer(line))
        if _AMOUNT.search(line):
            pieces = sorted(pieces + list(_SHORT_PIECE.finditer(line)), key=lambda m: m.start())
        for m in reversed(pieces):
            rest = _rest(out[nxt], m.group(1), m.start(1), m.end(1), not line[m.end(1):].strip())
            if rest is None:
                continue
            a, b = rest.span(1)
            out[nxt] = out[nxt][:a] + " " * (b - a) + out[nxt][b:]
            end, digits = m.end(1), rest.group(1)
            after = len(line) - end - len(line[end:].lstrip(" "))  # the spaces after the piece
            gone = len(digits) if after >= len(digits) + 2 else 0
            line = line[:end] + digits + line[end + gone:]
        out[k] = line
    _plain_rests(out, at)
    return [None if not line.strip(" \x0c") and was.strip(" \x0c") else line for line, was in zip(out, lines)]


def _plain_rests(out: list[str], at: list[int]) -> None:
    """A plain dump's line (its words one space apart) that ends in pieces, and the next line that ends in as many
    digits completing them, in order ("ngày 1 5.000.00 5.000.00" / "trường 0 0": the row's cells of one printed
    line, then of the next): each piece whole, the digits off the next line (in place)."""
    for k in at:
        line = out[k]
        if "  " in line.strip():
            continue
        words = line.split()
        n = 0
        while n < len(words) and (_PIECE.fullmatch(words[-1 - n]) or _SHORT_PIECE.fullmatch(words[-1 - n])):
            n += 1
        if not n or (n == 1 and not _PIECE.fullmatch(words[-1]) and not _AMOUNT.search(line)):
            continue
        nxt = next((j for j in range(k + 1, min(k + 3, len(out))) if out[j].strip(" \x0c")), None)
        if nxt is None or "  " in out[nxt].strip():
            continue
        rest = out[nxt].split()
        if len(rest) < n:
            continue
        if all(d.isdigit() and finishes_cut_amount(p, d) for p, d in zip(words[-n:], rest[-n:])):
            out[k] = " ".join(words[:-n] + [p + d for p, d in zip(words[-n:], rest[-n:])])
            out[nxt] = " ".join(rest[:-n])
