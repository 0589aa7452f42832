"""Percentages: "86,5 %", "0,5%", "100%", "50 phần trăm", "2-5%", "từ 70% đến 80%",
"90% trở lên", "ít nhất 50%", each with its value, its raw text, its span and its bound.
Pure: text in, readings out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.numbers import bound_kind, parse_number

# "86,5", and "98.5" with a decimal point (one or two digits after it: never a thousands group)
_NUM = r"\d{1,3}(?:,\d+|\.\d{1,2}(?![\d.,]))?"
_POINT = re.compile(r"^(\d{1,3})\.(\d{1,2})$")  # "98.5": read as "98,5"
# an optional lower end ("từ 70% đến", "2-"), then the number and its percent sign or words
# (percentage points are percentages too: "tăng 5 điểm %", "giảm 2 điểm phần trăm"; a footnote's mark glued after
# the sign, one or two digits that end there, "đạt 65%1;", is no part of it)
# (opened by a look-ahead on its first character: a match starts with "từ" or a digit, and the look-behind is not
# tried at every position of a text)
PERCENT = re.compile(r"(?=từ|\d)(?<![\w.,/])(?:(?:từ\s+)?(" + _NUM + r")\s*(?:(?:điểm\s*)?%\s*)?(?:-|–|đến|tới)\s*)?(" + _NUM
                     + r")\s*(?:điểm\s*)?(%|phần trăm)(?:(?!\w)|(?<=%)(?=\d{1,2}(?:[;,:)]|\.(?!\d)|\s|$)))", re.I)


@dataclass(frozen=True)
class Percent:
    value: float  # the lower end of a range
    raw: str
    start: int
    end: int
    bound: str  # exact | min | max | range
    high: float | None = None  # the upper end of a range


def _number(raw: str):
    """A percentage's number: the comma is the decimal mark, and a point before one or two
    digits is one too ("98.5%")."""
    return parse_number(_POINT.sub(r"\1,\2", raw)).value


def find_percents(text: str) -> list[Percent]:
    """Every percentage in `text`, in order. Values over 1000 are not percentages."""
    out = []
    for m in PERCENT.finditer(text):
        value = _number(m.group(2))
        if value is None or value > 1000:
            continue
        low = _number(m.group(1)) if m.group(1) else None
        if low is not None and low < value:
            low_end = m.end(1)
            if "%" in text[low_end: m.start(2)] or "phần trăm" in text[low_end: m.start(2)].lower():
                # "từ 2% đến 5%": two percentages, at least the first and at most the second
                first_end = low_end + text[low_end:].index("%") + 1 if "%" in text[low_end: m.start(2)] else low_end
                out.append(Percent(float(low), text[m.start(1): first_end], m.start(1), first_end, "min"))
                out.append(Percent(float(value), text[m.start(2): m.end()], m.start(2), m.end(), "max"))
            else:  # "2-5%": one range
                out.append(Percent(float(low), m.group(0), m.start(), m.end(), "range", float(value)))
            continue
        start = m.start(2) if low is not None else m.start()  # "2020-90%" is not a range
        before, after = text[max(0, start - 20): start], text[m.end(): m.end() + 15]
        out.append(Percent(float(value), text[start: m.end()], start, m.end(), bound_kind(before, after)))
    return out
