"""Vietnamese numbers: "." groups thousands, "," marks decimals.

`parse_number` returns a `Reading` (value plus what was done) and never raises; where
the digits do not fit (67.4011) or letters stand in for digits (1l.240) it says so and
lists the candidate readings, so that the table checks can choose.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

FOOTNOTE = "number.footnote_suspected"
OCR = "number.ocr_suspected"
ENGLISH = "number.english_format"


@dataclass(frozen=True)
class Reading:
    value: Decimal | None
    raw: str
    flags: tuple[str, ...] = ()
    candidates: tuple[Decimal, ...] = ()  # other defensible readings, best first
    note: str = ""


# Letters OCR puts where digits belong: 1l.240, O5, I2
_OCR_MAP = str.maketrans({"l": "1", "I": "1", "i": "1", "O": "0", "o": "0", "S": "5", "B": "8"})
_OCR_CANDIDATE = re.compile(r"^[\dlIiOoSB.,\s]+$")
_VN_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 1.500 / 1.500,25
_VN_PLAIN = re.compile(r"^\d+(?:,\d+)?$")  # 02 / 86,5
ONE_COMMA_GROUP = re.compile(r"^\d{1,3},\d{3}$")  # 750,000 / 1,500: either way (English thousands or a decimal)
# a number whose decimals wrapped to the next line of its cell, the lines joined with a space: "1.125, 5",
# "37, 5" (two digits or a thousands group before the comma: "3, 5" may be a list of two)
_DECIMAL_WRAPPED = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d{2,}), (\d{1,3})$")
_SPACE_GROUPED = re.compile(r"^\d{1,3}(?: \d{3})+(?:,\d+)?$")  # 1 500
_EN_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$|^\d{1,3}(?:,\d{3}){2,}$")  # 1,500.25; 1,250,000 (one comma: a decimal)
# Groups that overflow by one or two trailing digits: 67.4011 (67.401 + footnote 1)
_FOOTNOTE_GLUED = re.compile(r"^(\d{1,3}(?:\.\d{3})+)(\d{1,2})$")
_DASHES = {"-", "--", "—", "–", "x", "X", ""}


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_number(raw: str) -> Reading:
    """A number as Vietnamese documents write it. `Reading.value` is None when the
    text is not a number (or is a dash meaning "no amount"). Short texts are read once
    per process (a Reading is immutable): the table checks read the same cells again."""
    if not isinstance(raw, str):
        return Reading(None, str(raw), note="not text")
    return _parse_short(raw) if len(raw) <= 40 else _parse(raw)


def _parse(raw: str) -> Reading:
    text = raw.strip().strip("*").strip()
    if text in _DASHES:
        return Reading(None, raw, note="empty")
    sign = -1 if text.startswith("-") and len(text) > 1 and text[1].isdigit() else 1
    if sign < 0:
        text = text[1:]
    if _VN_GROUPED.match(text) or _VN_PLAIN.match(text):
        v = _dec(text.replace(".", "").replace(",", "."))
        if ONE_COMMA_GROUP.match(text) and v is not None:
            # "750,000": a decimal comma as Vietnamese writes it, or thousands as English does (the
            # table it stands in tells: extractors.tables.checks.Sums.choose_readings)
            return Reading(v * sign, raw, candidates=(_dec(text.replace(",", "")) * sign,))
        return Reading(v * sign if v is not None else None, raw)
    if decimal_wrap := _DECIMAL_WRAPPED.match(text):  # a narrow PDF cell: "1.125," over "5"
        v = _dec(decimal_wrap.group(1).replace(".", "") + "." + decimal_wrap.group(2))
        return Reading(v * sign if v is not None else None, raw)
    if _SPACE_GROUPED.match(text):
        v = _dec(text.replace(" ", "").replace(",", "."))
        return Reading(v * sign if v is not None else None, raw)
    if _EN_GROUPED.match(text):
        v = _dec(text.replace(",", ""))
        return Reading(v * sign if v is not None else None, raw, (ENGLISH,), note="English-style grouping")
    glued = _FOOTNOTE_GLUED.match(text)
    if glued:
        main = _dec(glued.group(1).replace(".", ""))
        whole = _dec(text.replace(".", ""))
        return Reading(main * sign, raw, (FOOTNOTE,), (whole * sign,),
                       note=f"digit groups do not fit: {glued.group(1)} plus footnote marker {glued.group(2)}?")
    wrapped = re.match(r"^(\d{1,3}(?:\.\d{3})+) (\d{1,2})$", text)  # a PDF cell "67.401" over "1"
    if wrapped:
        main = _dec(wrapped.group(1).replace(".", ""))
        return Reading(main * sign, raw, (FOOTNOTE,), (_dec(text.replace(".", "").replace(" ", "")),),
                       note="a footnote marker on its own line after the number?")
    if _OCR_CANDIDATE.match(text) and any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text):
        # Two repairs: the letter is a stray glyph (1l.240 -> 1.240) or a misread digit
        # (1l.240 -> 11.240). A deletion that leaves well-formed groups comes first.
        dropped = re.sub(r"[^\d.,\s]", "", text)
        mapped = text.translate(_OCR_MAP)
        readings = [parse_number(r) for r in (dropped, mapped) if r]
        readings = [r for r in readings if r.value is not None and OCR not in r.flags]
        if readings:
            best = readings[0]
            others = tuple(r.value * sign for r in readings[1:] if r.value != best.value)
            return Reading(best.value * sign, raw, (OCR, *best.flags), others + best.candidates,
                           note=f"letters in digit positions: read as {best.raw}")
    return Reading(None, raw, note="not a number")


_parse_short = functools.lru_cache(maxsize=8192)(_parse)


# A number as it appears in running text: 67.400 / 86,5 / 1.500,25 / 02
NUMBER_IN_TEXT = re.compile(r"(?<![\w.,/-])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w/]|[.,]\d)|(?<![\w.,/-])\d+(?:,\d+)?(?![\w/]|[.,]\d)")


# an amount in thousands groups cut inside its last group at a narrow column's edge ("5.46" / "0", "1.080.00" / "0.000",
# "800.000." / "000"), and the rest that finishes it (the cut group's end, maybe the amount's further groups)
_CUT_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})*\.(\d{0,2})")
_AMOUNT_REST = re.compile(r"(\d{1,3})(?:\.\d{3})*")


def finishes_cut_amount(head: str, rest: str) -> bool:
    """Whether `rest` finishes the amount `head` is, cut inside its last thousands group: the cut group's digits and
    the rest's first group make three ("1.080.00" + "0.000", "800.000." + "000"; not "2026." + "5", a year's full
    stop: a dot alone ends no cut amount unless a group stands before it). Both are whole words."""
    m = _CUT_AMOUNT.fullmatch(head)
    e = _AMOUNT_REST.fullmatch(rest) if m else None
    return bool(e and len(m.group(1)) + len(e.group(1)) == 3 and (m.group(1) or "." in head[:-1]))


def to_int(value: Decimal | None) -> int | None:
    return int(value) if value is not None and value == value.to_integral_value() else None


@dataclass(frozen=True)
class Bound:
    """A number with its comparison: "90% trở lên" -> (90, "min")."""
    low: Decimal | None
    high: Decimal | None
    kind: str  # exact | min | max | range


# "từ 01 đến 03", "2-5%": the low end starts where a number starts (never inside a run of
# digits, which made a long digit string cost quadratic time)
_RANGE = re.compile(r"(?:từ\s+)?(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%\s*)?(?:-|đến|tới|–)\s*(\d+(?:[.,]\d+)?)", re.I)
_MIN_BEFORE = re.compile(r"(?:ít nhất|tối thiểu|trên(?: mức)?|từ|không (?:dưới|thấp hơn|ít hơn)|(?:cao |nhiều )?hơn|"
                         r"≥|>=?)\s*$", re.I)  # "đạt ≥ 95%"
_MIN_AFTER = re.compile(r"^\s*(?:%\s*)?(?:trở lên|trở lại)", re.I)
# "giảm ≤ 3%", "không vượt quá 5%", "dưới mức 2%", "thấp hơn 10%"
_MAX_BEFORE = re.compile(r"(?:tối đa|dưới(?: mức)?|không (?:vượt )?quá|không (?:cao|nhiều) hơn|(?:thấp|ít) hơn|nhiều nhất|"
                         r"≤|<=?)\s*$", re.I)
_MAX_AFTER = re.compile(r"^\s*(?:%\s*)?trở xuống", re.I)  # "5% trở xuống"


def bound_kind(before: str, after: str) -> str:
    """How a number in text is bounded by the words around it. Of two readings of the
    words before it, the longer wins: "không dưới" is a minimum, "thấp hơn" a maximum."""
    if _MIN_AFTER.match(after):
        return "min"
    if _MAX_AFTER.match(after):
        return "max"
    low, high = _MIN_BEFORE.search(before), _MAX_BEFORE.search(before)
    if low and (not high or low.start() < high.start()):
        return "min"
    if high:
        return "max"
    return "exact"


def parse_range(text: str) -> Bound | None:
    """"từ 01 đến 03" -> Bound(1, 3, "range"); "2-5%" -> Bound(2, 5, "range")."""
    m = _RANGE.search(text)
    if not m:
        return None
    low, high = parse_number(m.group(1)).value, parse_number(m.group(2)).value
    if low is None or high is None or (len(m.group(1)) == 4 and len(m.group(2)) == 4):
        return None  # 2016-2020 is a period, not a range of amounts
    return Bound(low, high, "range")


def roman(n: int) -> str:
    """4 -> "IV": the Roman numerals that Word and browsers draw for numbered lists."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
