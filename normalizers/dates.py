"""Dates and periods: "ngày 03 tháng 4 năm 2018", "03/4/2018", "giai đoạn 2016 - 2020"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# the words of a date as OCR or a plain-ASCII scrape may spell them: "ngày"/"ngay", "tháng"/"thảng"/"thang",
# "năm"/"nãm"/"nam" (only ever read between the figures of a date)
DAY_WORD = r"ng[aàáảãạ]y"
MONTH_WORD = r"th[aàáảãạ]ng"
YEAR_WORD = r"n[aăâàáảãạằắẳẵặầấẩẫậ]m"
# "ngày 03 tháng 4 năm 2018", "ngày 22 tháng 01 năm 2021", "ngày 07 tháng 02, năm 2026"
LONG_DATE = re.compile(DAY_WORD + r"\s*(\d{1,2})\s*" + MONTH_WORD + r"\s*(\d{1,2})\s*,?\s*" + YEAR_WORD + r"\s*(\d{4})",
                       re.I)
# "03/4/2018", "03-4-2018", "03.04.2018"
SHORT_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
MONTH_DATE = re.compile(r"tháng\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})", re.I)
QUARTER = re.compile(r"quý\s*([IV]+|\d)\s*[,/]?\s*(?:năm\s*)?(\d{4})", re.I)
# "giai đoạn 2016 - 2020", "2018-2020", "giai đoạn 2021-2025", "giai đoạn 2026 đến 2030", "từ năm 2026 đến năm 2028",
# and the signs other offices type between the years: "2026÷2030" (a division sign), "2026~2030", "2026 — 2030"
YEAR_RANGE_SIGN = r"[-–—÷~]"
PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:" + YEAR_RANGE_SIGN + r"\s*|(?:đến|tới)\s+(?:(?:hết\s+)?năm\s+)?)"
                    r"((?:19|20)\d{2})(?!\d)", re.I)
YEAR = re.compile(r"năm\s+((?:19|20)\d{2})(?!\d)", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class DateReading:
    value: dt.date | None
    precision: str | None  # day | month | quarter | year
    raw: str
    start: int = 0
    end: int = 0
    problem: str | None = None


def _date(y: str, m: str, d: str, raw: str, start: int, end: int) -> DateReading:
    try:
        return DateReading(dt.date(int(y), int(m), int(d)), "day", raw, start, end)
    except ValueError as exc:
        return DateReading(None, None, raw, start, end, problem=f"invalid date {raw!r}: {exc}")


def find_dates(text: str) -> list[DateReading]:
    """Every full date in `text` (invalid ones carry `problem` and no value), in order."""
    found = [_date(m.group(3), m.group(2), m.group(1), m.group(0), m.start(), m.end()) for m in LONG_DATE.finditer(text)]
    found += [_date(m.group(4), m.group(3), m.group(1), m.group(0), m.start(), m.end()) for m in SHORT_DATE.finditer(text)]
    return sorted(found, key=lambda r: r.start)


def parse_date(text: str) -> DateReading:
    """The first date in `text`, at the best precision it states."""
    days = find_dates(text)
    if days:
        return days[0]
    m = MONTH_DATE.search(text)
    if m and 1 <= int(m.group(1)) <= 12:
        return DateReading(dt.date(int(m.group(2)), int(m.group(1)), 1), "month", m.group(0), m.start(), m.end())
    m = QUARTER.search(text)
    if m:
        q = _ROMAN.get(m.group(1).upper()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        if 1 <= q <= 4:
            return DateReading(dt.date(int(m.group(2)), 3 * q - 2, 1), "quarter", m.group(0), m.start(), m.end())
    m = YEAR.search(text)
    if m:
        return DateReading(dt.date(int(m.group(1)), 1, 1), "year", m.group(0), m.start(), m.end())
    return DateReading(None, None, text, problem="no date found")


def iso(text: str) -> str | None:
    """ISO date of the first full date in `text`, else None."""
    r = parse_date(text)
    return r.value.isoformat() if r.value is not None and r.precision == "day" else None


def find_period(text: str) -> tuple[int, int] | None:
    """(start_year, end_year) of the first "2016 - 2020" style period (start < end)."""
    for m in PERIOD.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a < b <= a + 30:
            return a, b
    return None


def find_year(text: str) -> int | None:
    m = YEAR.search(text)
    return int(m.group(1)) if m else None
