"""A page set in two columns whose lines do not share baselines: a web page printed by a browser with a sidebar of
links (short lines in a small sans type) beside the article (a larger serif type), or two text columns in other type
sizes. The visual-line reading (extractors.layout.words) reads a band of lines as columns only where the columns'
segments share a line; here the two columns' lines interleave, one column's line between two of the other's, and
were read in height order: a sidebar's link glued into the article's basis, its lines read as objectives.

Found where a vertical strip runs between the columns through a stretch of the page that no word crosses, each side
holds lines of its own (MIN_LINES at least), and few of one side's lines sit on a baseline of the other's (a table
drawn without rules, a header's two columns and a closing's recipients beside its signature share theirs, or are
too short). Such a stretch is read column after column, left then right, then the page below it. A column much
narrower than the other is a web page's sidebar (its links, its visitor count) and is left out, as the web page
reader leaves out a page's <aside> and <nav> (extractors.formats.html): read before the text it pushed the
document's header out of the header's reach, read after it it broke the text's paragraph over the page break. Pure functions of the page's words (dicts with x0, x1, top, bottom)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from operator import itemgetter

from extractors.layout.words import page_lines

MIN_LINES = 8  # lines each column holds at least (a closing's signature beside its recipients holds fewer)
ALIGNED_SHARE = 0.5  # of the shorter column's lines at most sit on a baseline of the other's (by chance: the pitches differ)
BASELINE_TOL = 1.5  # points: two lines sit on one baseline
LINE_TOL = 2.0  # points: words of one column whose tops are this close are one line
MIN_STRIP = 6.0  # points: the free strip between the columns is at least this wide
NARROW = 0.6  # a column narrower than this share of the other is a sidebar
MIN_HEIGHT = MIN_LINES * 6.0  # points: a stretch that holds MIN_LINES lines of a column is at least this tall
MIN_START_WORDS = MIN_LINES  # words that start at one place, at least, for it to be a column's left edge


def _lines(words: list[dict]) -> list[tuple[float, float]]:
    """(top, bottom) of each line of `words` (words whose tops are within LINE_TOL are one line)."""
    out: list[list[float]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        if out and w["top"] - out[-1][0] <= LINE_TOL:
            out[-1][1] = max(out[-1][1], w["bottom"])
        else:
            out.append([w["top"], w["bottom"]])
    return [(a, b) for a, b in out]


def _aligned(left: list[tuple[float, float]], right: list[tuple[float, float]]) -> int:
    """Lines of `left` whose baseline (bottom) is one of `right`'s."""
    bottoms = sorted(b for _, b in right)
    n, k = 0, 0
    for _, b in sorted(left, key=lambda line: line[1]):
        while k < len(bottoms) and bottoms[k] < b - BASELINE_TOL:
            k += 1
        if k < len(bottoms) and abs(bottoms[k] - b) <= BASELINE_TOL:
            n += 1
    return n


def _stretches(words: list[dict], strip: float) -> list[tuple[float, float]]:
    """The page's stretches (top, bottom) between the words that cross x = strip (the page's top and bottom ends
    included)."""
    crossing = sorted((w["top"], w["bottom"]) for w in words if w["x0"] < strip < w["x1"])
    out, at = [], float("-inf")
    for top, bottom in crossing:
        if top > at:
            out.append((at, top))
        at = max(at, bottom)
    out.append((at, float("inf")))
    return out


def _trimmed(inside: list[dict], strip: float) -> tuple[float, float] | None:
    """The part of a stretch (top, bottom) without its first and last visual lines that hold words on both sides
    of the strip (a page's header band, a menu bar above a sidebar and its article: no columns of their own)."""
    lines: list[list] = []  # [top, bottom, left?, right?]
    for w in sorted(inside, key=lambda w: w["top"]):
        centre, left = (w["top"] + w["bottom"]) / 2, w["x1"] <= strip
        if lines and centre <= lines[-1][1]:
            line = lines[-1]
            line[1] = max(line[1], w["bottom"])
        else:
            line = [w["top"], w["bottom"], False, False]
            lines.append(line)
        line[2 if left else 3] = True
    kept = lines
    while kept and kept[0][2] and kept[0][3]:
        kept.pop(0)
    while kept and kept[-1][2] and kept[-1][3]:
        kept.pop()
    return (kept[0][0], kept[-1][1]) if kept else None


def _split_at(words: list[dict], tops: list[float], strip: float) -> tuple[float, float, list[dict], list[dict]] | None:
    """The stretch of the page split at x = strip into two columns of their own lines, as (top, bottom, left
    words, right words); None where no stretch is such. `words` in the order of their tops, `tops` theirs."""
    for top, bottom in _stretches(words, strip):
        if bottom - top < MIN_HEIGHT:
            continue  # (most stretches: a line or two between lines that cross the strip)
        inside = [w for w in words[bisect_left(tops, top):bisect_right(tops, bottom)] if w["bottom"] <= bottom]
        if len(inside) < 2 * MIN_LINES or (part := _trimmed(inside, strip)) is None:
            continue
        top, bottom = part
        left = [w for w in inside if top <= w["top"] and w["bottom"] <= bottom and w["x1"] <= strip]
        right = [w for w in inside if top <= w["top"] and w["bottom"] <= bottom and w["x0"] >= strip]
        if len(left) < MIN_LINES or len(right) < MIN_LINES:
            continue
        if min(w["x0"] for w in right) - max(w["x1"] for w in left) < MIN_STRIP:
            continue
        left_lines, right_lines = _lines(left), _lines(right)
        if len(left_lines) < MIN_LINES or len(right_lines) < MIN_LINES:
            continue
        if _aligned(left_lines, right_lines) > ALIGNED_SHARE * min(len(left_lines), len(right_lines)):
            continue
        return top, bottom, left, right
    return None


def column_groups(words: list[dict]) -> list[list[dict]] | None:
    """The page's words as groups to read one after the other (see the module's doc), or None for a page with no
    stretch of two columns whose lines do not share baselines."""
    if len(words) < 2 * MIN_LINES:
        return None
    words = sorted(words, key=itemgetter("top"))
    tops = [w["top"] for w in words]
    starts = Counter(map(round, map(itemgetter("x0"), words)))
    page_left = min(starts)
    for start, count in sorted(starts.items()):
        if count < MIN_START_WORDS or start <= page_left + MIN_STRIP:
            continue
        found = _split_at(words, tops, start - MIN_STRIP / 2)
        if found is None:
            continue
        top, bottom, left, right = found
        taken = {id(w) for w in left} | {id(w) for w in right}
        above = [w for w in words if id(w) not in taken and w["top"] < top]
        below = [w for w in words if id(w) not in taken and w["top"] >= top]
        width_left = max(w["x1"] for w in left) - min(w["x0"] for w in left)
        width_right = max(w["x1"] for w in right) - min(w["x0"] for w in right)
        if width_left < NARROW * width_right:
            groups = [above, right, below]  # (a sidebar: left out, as the web page reader leaves out an <aside>)
        elif width_right < NARROW * width_left:
            groups = [above, left, below]
        else:
            groups = [above, left, right, below]
        return [g for g in groups if g]
    return None


def column_lines(words: list[dict]) -> tuple[list, list]:
    """words.page_lines of the page, or of each of its column_groups in turn."""
    groups = column_groups(words)
    if groups is None:
        return page_lines(words)
    items: list = []
    lines: list = []
    for group in groups:
        more_items, more_lines = page_lines(group)
        items += more_items
        lines += more_lines
    return items, lines
