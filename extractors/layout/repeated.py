"""A document's text given twice in one file: a scraped page whose print copy (a hidden <div>, an inert <template>,
a "print this" view) sits beside the copy shown, both in the page's text (lxml's text_content(), BeautifulSoup's
get_text()). The second copy is left out, so that each objective, task and amount is read once. Pure function.

A copy is told by the national motto's line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") met again with the lines
before it (the issuer's) and the document's lines after it the same, line for line, over nearly all the lines
between the two mottos: two documents on one page (two plans, a plan and the decision that approves it) differ and
are both kept, as is a header quoted in a document's body."""

from __future__ import annotations

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MIN_LINES = 10  # a copy's lines that hold text, at least
SHARE = 0.9  # of the lines from the first copy's start to the second's: the first copy's, repeated
HEAD_LINES = 6  # the issuer's lines before the motto, at most


def without_second_copy(text: str) -> str:
    """`text` with a second copy of its document (see above) left out; any other text as it is. Lines are compared
    stripped, blank lines aside (a page's source spaces its two copies apart differently)."""
    if text.count(MOTTO) < 2:
        return text
    lines = text.split("\n")
    held = [k for k, line in enumerate(lines) if line.strip()]  # the lines that hold text
    words = [lines[k].strip() for k in held]
    mottos = [i for i, line in enumerate(words) if MOTTO in line]
    first = mottos[0]
    for second in mottos[1:]:
        back = 0  # the issuer's lines before the motto, the same in both copies
        while back < HEAD_LINES and first - back - 1 >= 0 and words[first - back - 1] == words[second - back - 1]:
            back += 1
        start, copy = first - back, second - back
        same = 0
        while copy + same < len(words) and start + same < copy and words[start + same] == words[copy + same]:
            same += 1
        if same >= MIN_LINES and same >= SHARE * (copy - start):
            end = held[copy + same - 1] + 1
            return "\n".join(lines[:held[copy]] + lines[end:])
    return text
