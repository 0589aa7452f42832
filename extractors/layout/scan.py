"""The lines of a text that a line's pattern may match, found in one search of the whole text.

A pass that asks a pattern of every line (`^...$`, matched line by line) spends most of its time on the
lines it does not match. Searched over the whole text, a pattern that opens with a line's start ("^",
which the regex engine tries at every character) is slow too; the same pattern behind the line break
before each line ("\\n", which it finds at once) is not. `candidates` gives the lines such a search runs
over: every line the pattern matches is among them (a match found over the text is either that line's own
or runs into it from a line above, where a white space in the pattern went over a line break), so a pass
asks its pattern of those lines only and finds what it found before, line by line. Pure functions.
"""

from __future__ import annotations

import re


def whole_text(pattern: re.Pattern) -> re.Pattern:
    """The pattern a line is matched with (`pattern.match(line)`: at its start, "^" or not; "$" at its end) to
    search a whole text behind "\\n" with (see candidates): each match starts at the line break before a line,
    and ends at the next line break or the text's end where the pattern ends with "$". Only for a pattern whose
    matches on a line are matches over the text (no look around, no anchor but the first and the last):
    else ValueError."""
    body = pattern.pattern.removeprefix("^")
    end = r"(?=\n|\Z)" if body.endswith("$") and not body.endswith("\\$") else ""
    body = body[:-1] if end else body
    if pattern.flags & re.MULTILINE or "$" in body or "^" in body.replace("[^", "") \
            or any(look in body for look in ("(?=", "(?!", "(?<")):
        raise ValueError(f"no pattern of one line: {pattern.pattern}")
    return re.compile(r"\n(?:" + body + ")" + end, pattern.flags)


def candidates(text: str, scan: re.Pattern) -> list[int]:
    """The indices of the lines of `text` (text.split("\\n")) that the matches of `scan` (whole_text) over
    the text run over, in order."""
    found: list[int] = []
    s = "\n" + text
    line, at = -1, 0  # the line of s's position `at` (-1: the "\n" put before the text)
    for m in scan.finditer(s):
        first = line + s.count("\n", at, m.start() + 1)
        last = first + s.count("\n", m.start() + 1, m.end())
        line, at = last, m.end()
        found.extend(range(max(first, found[-1] + 1 if found else 0), last + 1))
    return found


def behind_breaks(pattern: re.Pattern) -> re.Pattern:
    """A pattern searched over a whole text at its lines' starts ("(?m)^...") as one that finds the same
    matches in "\\n" + text, each with the line break before it (the first line's: the "\\n" put before the
    text): the regex engine tries "^" at every character of a text, it finds "\\n" at once. (Nothing in the
    pattern may look behind its start: it would see the "\\n".)"""
    source = pattern.pattern
    multiline = source.startswith("(?m)^") or (pattern.flags & re.MULTILINE and source.startswith("^"))
    if not multiline or "(?<" in source:
        raise ValueError(f"no pattern of a line's start: {pattern.pattern}")
    return re.compile(r"\n(?:" + source.removeprefix("(?m)").removeprefix("^") + ")", pattern.flags | re.MULTILINE)
