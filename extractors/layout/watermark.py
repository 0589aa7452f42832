"""A diagonal watermark's letters in a laid-out text dump, taken out.

A draft's "DỰ THẢO" (or a copy's "BẢN SAO") set diagonally across a page is dumped by a
laid-out text tool (`pdftotext -layout`) a letter a line: each letter alone where it
falls, a few lines below the one before and a few columns to one side ("O" at column 48,
"Ả" four lines below at 37, "H" at 27, ...), between the page's own lines and sometimes on
them ("IV. TỔ CHỨC THỰC HIỆN         Ả"). Four or more such letters, each a capital alone
in its place (two spaces or the line's ends around it), each one to twelve lines below the
one before and the columns stepping the same way by one to twenty-four: a watermark. Its
letters leave their lines (spaces in their place), and a line that held one alone goes.

A column of lone capitals stays (row codes "I" / "II", a matrix's "A" / "B": their
column does not step), and so do fewer than four.

Pure: lines in, lines out (the same list where no watermark is found; None for a line
that held a letter alone)."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

# a letter alone in its place: after two spaces, or first on its line, and two spaces or the line's end after it (each
# looked for from a literal the search finds fast, in the text with a line end before and after it)
_LONE_AFTER_GAP = re.compile(r"  ([^\W\d_])(?=  |[ \t\x0c]*\n)")
_LONE_FIRST = re.compile(r"\n[ \t\x0c]*([^\W\d_])(?=  |[ \t\x0c]*\n)")
# a line of one letter (a watermark leaves a few; looked for from the line end before it, which the search finds
# fast: a text starts with a line end put before it)
_ALONE = re.compile(r"\n[ \t]*([^\W\d_])[ \t]*(?=\n)")
MIN_LETTERS = 4
MAX_LINES = 12  # lines from one letter to the next (a large watermark's letters stand far apart)
MAX_STEP = 24  # columns from one letter to the next (a word space between them too)


def _chains(spots: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Chains of (line, column) spots, each the next within the lines and a step the same way."""
    by_line: dict[int, list[int]] = {}
    for k, x in spots:
        by_line.setdefault(k, []).append(x)
    chains: list[list[tuple[int, int]]] = []
    used: set[tuple[int, int]] = set()
    for start in spots:
        if start in used:
            continue
        for sign in (-1, 1):
            chain = [start]
            while True:
                k, x = chain[-1]
                nxt = next(((j, y) for j in range(k + 1, k + MAX_LINES + 1) for y in by_line.get(j, ())
                            if (j, y) not in used and 1 <= sign * (y - x) <= MAX_STEP), None)
                if nxt is None:
                    break
                chain.append(nxt)
            if len(chain) >= MIN_LETTERS:
                chains.append(chain)
                used.update(chain)
                break
    return chains


def dropped(lines: list[str]) -> list[str | None]:
    """The lines without a diagonal watermark's letters (see the module)."""
    text = "\n" + "\n".join(lines) + "\n"
    if not _ALONE.search(text):  # (a watermark leaves a letter alone on a line or more)
        return lines
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=1))  # each line's offset in `text`
    spots = sorted((k, x - starts[k]) for k, x in (
        (bisect_right(starts, x) - 1, x) for pattern in (_LONE_AFTER_GAP, _LONE_FIRST)
        for x in (m.start(1) for m in pattern.finditer(text) if m.group(1).isupper())))
    if len(spots) < MIN_LETTERS:
        return lines
    chains = _chains(spots)
    if not chains:
        return lines
    out: list[str | None] = list(lines)
    for k, x in (s for chain in chains for s in chain):
        line = out[k][:x] + " " + out[k][x + 1:]
        out[k] = line.rstrip() if line.strip() else None
    return out
