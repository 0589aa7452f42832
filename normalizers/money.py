"""Money: "67.400 triệu đồng" -> 67 400 000 000 VND, exact (Decimal, never float)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from normalizers.numbers import ENGLISH, ONE_COMMA_GROUP, Reading, parse_number
from normalizers.text import untoned

# unit words -> VND multiplier; longest first in the regex below
UNITS: dict[str, int] = {
    # "1,2 nghìn tỷ đồng": a thousand billion
    **{f"{k} {b}{d}": 10**12 for k in ("nghìn", "ngàn") for b in ("tỷ", "tỉ") for d in ("", " đồng")},
    "tỷ đồng": 10**9, "tỉ đồng": 10**9, "tỷ": 10**9, "tỉ": 10**9,
    "triệu đồng": 10**6, "triệu": 10**6, "tr.đ": 10**6, "trđ": 10**6, "tr đ": 10**6, "tr. đồng": 10**6,
    "nghìn đồng": 10**3, "ngàn đồng": 10**3, "nghìn": 10**3, "ngàn": 10**3,
    "đồng": 1, "vnđ": 1, "vnd": 1, "đ": 1,
}
# "Triệu VNĐ", "tỷ VND": the currency's code after the scale word
UNITS.update({f"{scale} {code}": UNITS[scale] for scale in ("tỷ", "tỉ", "triệu", "nghìn", "ngàn") for code in ("vnđ", "vnd")})
UNITS.update({"tr.đồng": 10**6, "tr đồng": 10**6, "tr.đ.": 10**6, "tr. đ": 10**6})  # ("tr . đ" de-segmented)
# a table's unit as a count of đồng: "ĐVT: 1.000 đồng", "(1000đ)", "Đơn vị tính: 1.000.000 đồng"
# (a unit line or header only: in prose "1.000 đồng" is an amount)
# (and its thousands set apart by a space, as some web scrapes and OCR layers give them: "ĐVT: 1 000 đồng")
SCALED_UNITS: dict[str, int] = {f"{n}{sp}{d}": mult for n, mult in (("1.000", 10**3), ("1000", 10**3), ("1 000", 10**3),
                                                                    ("1.000.000", 10**6), ("1000000", 10**6),
                                                                    ("1 000 000", 10**6))
                                for sp in ("", " ") for d in ("đồng", "đ", "vnđ", "vnd")}
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_TABLE_UNIT_ALT = "|".join(re.escape(u).replace(r"\ ", r"\s*") for u in sorted({**UNITS, **SCALED_UNITS}, key=len, reverse=True))
# the letters a unit can start with ("t" of "tỷ", "triệu", "tr.đ"; "n" of "nghìn"; "đ"; "v" of "vnđ")
_UNIT_FIRST = "".join(sorted({u[0] for u in UNITS}))
# the units that scale a number (a thousand and more): after one group set apart by a space ("1 250 triệu đồng",
# "3 500 tỷ"), which is an amount only so (no "1 250 đồng": too small to be written with a group apart); đồng too
# after a first part of two or three digits ("50 000 đồng/người/ngày", "600 000 đồng/chuyến": a rate in đồng with
# its thousands set apart, as web scrapes and OCR layers give them; round G29)
_SCALE_ALT = "|".join(re.escape(u) for u in sorted((u for u, m in UNITS.items() if m >= 10**3), key=len, reverse=True))
# "67.400 triệu đồng", "1.500,5 tỷ", "30.600 trđ"; not phone numbers (no unit after them); digit
# groups set apart by commas or spaces, two groups or more ("1,250,000,000 VNĐ", as an English
# keyboard writes them, "2 400 000 đồng"); not a run of zeros alone ("000 đồng": a spaced number's end). The
# first digit opens the pattern (then "not after a letter, digit, dot or comma" is looked at
# behind it), so that a search skips ahead to the next digit instead of trying every position;
# then a look-ahead asks for what any amount has after its first digit, the rest of a number
# (digits, dots, commas, an OCR's l, I, O) and a unit's first letter, before the number's
# shapes and the units are tried (most digits in a text are dates, codes and counts)
MONEY = re.compile(r"(\d(?<![\w.,]\d)(?!(?<=0)0)(?=[\d.,lIO]*(?: \d{3}(?![\d.]\d)){0,8}(?:,\d+)?\s*[" + _UNIT_FIRST + r"])(?:\d{0,2}(?:,\d{3}){2,}(?![\d,])|\d{0,2}(?: \d{3}){2,}(?:,\d+)?(?![\d.,]\d)|\d{0,2} \d{3}(?:,\d+)?(?![\d.,]\d)(?=\s*(?:" + _SCALE_ALT + r"))|\d{1,2} \d{3}(?![\d.,]\d)(?=\s*(?:đồng|vnđ|vnd|đ)(?![^\W\d]))|\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d{0,2}\.\d{1,2}(?![\d.,])|\d*(?:,\d+)?|[\dlI]{0,2}(?:\.[\dlIO]{3})+))\s*("
                   + _UNIT_ALT + r")(?![^\W\d])", re.I)  # "đồng16": a footnote marker may follow the unit
# A bare "triệu" / "tỷ" / "nghìn" is money unless a counted noun or another currency follows.
_BARE = {"tỷ", "tỉ", "triệu", "nghìn", "ngàn", "nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"}
# foreign currencies by their codes and by their names in Vietnamese ("2,5 triệu USD", "3 triệu yên Nhật")
CURRENCY_CODES = r"USD|EUR|JPY|CNY|KRW|GBP|AUD|SGD"
FOREIGN_CURRENCY = r"(?:" + CURRENCY_CODES + r"|đô\s*la(?:\s+Mỹ)?|đô|euro|yên(?:\s+Nhật)?|nhân dân tệ|won|bảng Anh)"
_COUNTED_AFTER = re.compile(r"\s+(?:người|lượt|hộ|trẻ em|học sinh|lao động|dân|cư dân|khách|liều|cây|con|tấn|lít|ha|km|"
                            + FOREIGN_CURRENCY + r"|bản|cuốn|tờ|lần|m2|m3|km2)(?![^\W\d_])", re.I)
# ... or its code before it: "USD 2,5 triệu", "EUR 3 triệu" (a foreign amount written the English way round)
_CURRENCY_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + CURRENCY_CODES + r"|US\$|\$|€|¥)\s*$", re.I)
# "tỷ lệ", "tỷ trọng", "tỷ suất", "tỷ số", "tỷ giá": a ratio, rate or share, not a scale word ("năm 2027
# tỷ lệ hộ ..." holds no 2027 billion)
_RATIO_AFTER = re.compile(r"\s*(?:lệ|trọng|suất|số|giá)(?![^\W\d_])", re.I)
# "Đơn vị tính: triệu đồng", "ĐVT: Tr.đ"
TABLE_UNIT = re.compile(r"(?:đơn vị tính|đơn vị|đvt)\s*[:.]?\s*(" + _TABLE_UNIT_ALT + r")(?!\w)", re.I)


@dataclass(frozen=True)
class Money:
    amount_vnd: int
    raw: str
    start: int
    end: int
    unit: str
    flags: tuple[str, ...] = ()


def unit_multiplier(unit: str) -> int | None:
    unit = " ".join(unit.lower().split())
    return UNITS.get(unit) or SCALED_UNITS.get(unit)


# the units by their letters without marks, for a unit cell typed without them or read so by OCR ("Triệu
# dong", "Triệu đông"); a form two units share, or of fewer than three letters ("đ"), is left out
_BY_LETTERS: dict[str, int | None] = {}
for _unit, _mult in UNITS.items():
    _key = untoned(_unit)
    if len(_key.replace(" ", "").replace(".", "")) >= 3:
        _BY_LETTERS[_key] = _mult if _BY_LETTERS.get(_key, _mult) == _mult else None


def unit_cell_multiplier(text: str) -> int | None:
    """The multiplier a table's unit cell states ("Triệu đồng", "Tr.đ", and the same with its marks lost
    or misread: "Triệu dong", "Triệu đông"), or None (not "Triệu người", "Triệu USD", "Người")."""
    unit = " ".join(text.strip(" .*()").lower().split())
    return unit_multiplier(unit) or _BY_LETTERS.get(untoned(unit))


def to_vnd(value: Decimal, multiplier: int) -> int:
    return int((value * multiplier).to_integral_value())


# "9.037/17.454 tỷ đồng": a result over its plan, both in the unit written once
_OVER = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*/\s*$")


DOT_DECIMAL = re.compile(r"^\d{1,3}\.\d{1,2}$")  # "1.5", "12.25" (never "1.500")
# "ĐVT: 1.000 đồng", "(Đơn vị tính: 1.000.000đ)": a unit line names the unit, no amount
# (a bare "đơn vị" only as a label: with its colon, or opening the text, a bracket or a cell; "của các
# đơn vị 2,25 tỷ đồng", "cho 15 đơn vị 300 triệu đồng" name units that get the money)
UNIT_LABEL_BEFORE = re.compile(r"(?:đơn vị tính|đvt)\s*[:.]?\s*$|(?:^|[(\[|]\s*)đơn vị\s*$", re.I)
# "Đơn vị: 1.000 đồng": a label that names the unit as one, a thousand or a million of it (not "Nguồn thu của
# các đơn vị: 250.000.000 đồng", the units' own sum after its label's colon)
UNIT_LABEL_COLON = re.compile(r"đơn vị\s*[:.]\s*$", re.I)
UNIT_SIZE = re.compile(r"1(?:[., ]?000)*")


# an amount in a foreign currency then the words that give its worth in đồng, as a label ends before that worth:
# "Tổng vốn khoảng 2,5 triệu USD (tương đương " + "61 tỷ đồng)", "vốn ODA 1.200.000 EUR, tương đương ",
# "USD 3,2 triệu (quy đổi khoảng " -- the đồng are the same sum; the foreign amount is no part of its label
_FOREIGN_NUMBER = r"\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))?"
FOREIGN_WORTH_BEFORE = re.compile(
    r"\s*(?:" + _FOREIGN_NUMBER + r"\s*" + FOREIGN_CURRENCY + r"|(?:" + CURRENCY_CODES + r")\s*" + _FOREIGN_NUMBER + r")(?![^\W\d_])"
    r"\s*[(,;-]?\s*(?:tương\s+đương|tương\s+ứng|quy\s+đổi|ước|khoảng|≈|~)(?:\s+(?:với|khoảng|là|ra|thành))*\s*:?\s*$",
    re.I)


# the words of worth FOREIGN_WORTH_BEFORE needs, alone: a label without one has no foreign amount to take out (most have
# none, and this search skips ahead to their first letters, where that one is tried at every position)
WORTH_WORD = re.compile(r"(?=[tqưk≈~])(?:tương\s+đương|tương\s+ứng|quy\s+đổi|ước|khoảng|≈|~)", re.I)


def without_foreign_worth(label: str) -> str:
    """A label before an amount in đồng without the foreign amount whose worth that is: "Tổng vốn khoảng 2,5 triệu USD
    (tương đương " -> "Tổng vốn khoảng" (unchanged where no foreign amount ends it)."""
    if WORTH_WORD.search(label) is None:
        return label
    m = FOREIGN_WORTH_BEFORE.search(label)
    return label[: m.start()] if m else label


# what makes the number before a space a code, a count or part of a date, not a group of thousands: "Dự án 1 250 triệu
# đồng", "Nhiệm vụ 2 320 triệu", "tháng 3 250 triệu", "ngày 15/3 250 triệu", "quý II/2026: 1 250 triệu" keeps its amount
# (not a total's "tổng số": "với tổng số 58 600 triệu đồng" is one amount; round G29)
_CODE_BEFORE = re.compile(r"(?:[/\-–.,]|(?<![^\W\d_])(?:dự án|tiểu dự án|nội dung|nhiệm vụ|giải pháp|hoạt động|chương trình|"
                          r"mục|khoản|điểm|điều|(?<!tổng )số|năm|tháng|quý|ngày|biểu|phụ lục|bảng|giai đoạn|lần|thứ|stt|tt|"
                          r"gồm|có|với|cho|của)\s)\s*$", re.I)


# "1.200 (triệu đồng)", "2,5 (tỷ đồng)": the unit in a bracket after the number; not a year before a table's unit
# ("Năm 2026 (triệu đồng)", "2026 - 2030 (tỷ đồng)": _CODE_BEFORE and _YEAR_ALONE)
BRACKETED_UNIT = re.compile(r"(?<![\w.,/\-–])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*\(\s*(" + _UNIT_ALT
                            + r")\s*\)", re.I)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _bracketed(text: str) -> list[re.Match]:
    """BRACKETED_UNIT's matches that are amounts: not a year alone, no code before them."""
    if "(" not in text:
        return []
    return [m for m in BRACKETED_UNIT.finditer(text)
            if not _YEAR_ALONE.fullmatch(m.group(1)) and not _CODE_BEFORE.search(text, max(0, m.start() - 24), m.start())]


def _money_matches(text: str) -> list[re.Match]:
    """MONEY's matches, a number of one group set apart by a space ("1 250 triệu đồng") read from its second group
    when the first is a code or a count before it (_CODE_BEFORE); and the numbers whose unit is in a bracket after
    them (BRACKETED_UNIT), in the order of the text. (Lists, not a chain of generators: find_money reads them all.)"""
    plain = _plain_matches(text)
    bracketed = _bracketed(text)
    if bracketed:
        plain += bracketed
        plain.sort(key=lambda m: m.start())  # (stable: as sorted() over the plain matches then the bracketed ones)
    return plain


def _plain_matches(text: str) -> list[re.Match]:
    out = []
    for m in MONEY.finditer(text):
        number = m.group(1)
        if " " in number and number.count(" ") == 1 and _CODE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            again = MONEY.match(text, m.start() + number.index(" ") + 1)
            if again is not None:
                out.append(again)
            continue
        out.append(m)
    return out


# a footnote's marker between an amount and its unit, as the readers write a raised note ("là 24.600[4] triệu
# đồng": <sup>4</sup>, a Word footnote's reference): read as the blank it stands in for
_MARK_BEFORE_UNIT = re.compile(r"(?<=\d)\[\d{1,3}\](?=\s*(?:" + _UNIT_ALT + r")(?![^\W\d]))", re.I)


def find_money(text: str) -> list[Money]:
    """Every amount with a money unit in `text`, with its span (a footnote's marker between the amount and its unit
    inside the span, read as a blank)."""
    out = []
    source = text
    if "[" in text:
        text = _MARK_BEFORE_UNIT.sub(lambda m: " " * len(m.group()), text)
    for m in _money_matches(text):
        if UNIT_LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start()) or (
                UNIT_LABEL_COLON.search(text, max(0, m.start() - 16), m.start()) and UNIT_SIZE.fullmatch(m.group(1))):
            continue
        reading = parse_number(m.group(1))
        if reading.value is None and DOT_DECIMAL.match(m.group(1)):
            # "1.5 tỷ đồng": a dot before one or two digits is a decimal mark, as English writes it
            reading = Reading(Decimal(m.group(1)), m.group(1), (ENGLISH,), note="a dot as the decimal mark")
        mult = unit_multiplier(m.group(2))
        if mult == 1 and ONE_COMMA_GROUP.match(m.group(1)):
            # "850,000 đồng": no amount is written in fractions of a đồng; a comma before three
            # digits groups thousands, as English writes them ("1,250 tỷ" keeps its decimal)
            reading = Reading(Decimal(m.group(1).replace(",", "")), m.group(1), (ENGLISH,), note="a comma grouping thousands")
        if reading.value is None or mult is None:
            continue
        if m.group(2).lower() in _BARE and (_COUNTED_AFTER.match(text, m.end())
                                            or _CURRENCY_BEFORE.search(text, max(0, m.start() - 6), m.start())):
            continue  # "20 triệu người": a count, not money; "USD 2,5 triệu": dollars
        if m.group(2).lower().endswith(("tỷ", "tỉ")) and _RATIO_AFTER.match(text, m.end()):
            continue  # "năm 2027 tỷ lệ ...": a year before "tỷ lệ"
        over = _OVER.search(text, max(0, m.start() - 30), m.start())
        first = parse_number(over.group(1)) if over else None
        if first is not None and first.value is not None and (not out or out[-1].end <= over.start()):
            out.append(Money(to_vnd(first.value, mult), over.group(1), over.start(1), over.end(1), m.group(2), first.flags))
        amount = Money(to_vnd(reading.value, mult), source[m.start():m.end()], m.start(), m.end(), m.group(2), reading.flags)
        prev = out[-1] if out else None
        if (prev is not None and not text[prev.end: m.start()].strip() and unit_multiplier(prev.unit) > mult
                and unit_multiplier(prev.unit) in (10**9, 10**6) and amount.amount_vnd < unit_multiplier(prev.unit)):
            # "1 tỷ 500 triệu đồng" is one amount written in two units
            out[-1] = Money(prev.amount_vnd + amount.amount_vnd, source[prev.start: m.end()], prev.start, m.end(),
                            m.group(2), prev.flags + reading.flags)
            continue
        out.append(amount)
    if "(" in text and out:
        out = _with_bare_parts(source, text, out)
    return out


# a sum's parts in a bracket after it, bare numbers in its unit after the names of their sources: "năm 2027: 840 triệu
# đồng (ngân sách tỉnh 600, vận động tài trợ 240)", "(trong đó: vốn tỉnh 800; vốn huyện 400)" (round G66)
_PARTS_BRACKET = re.compile(r"\s*\(\s*(?:trong\s+đó\s*:?\s*)?([^()]+?)\s*\)", re.I)
_BARE_PART = re.compile(r"\s*(?:và\s+)?((?:(?!\d)[\w\-–]+\s+){0,7}?(?!\d)[\w\-–]+)\s*(?::|là)?\s*"
                        r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?=[,;]|$)")


_PART_CUT = re.compile(r"(?<=[,;])(?!\d)|(?=\s+và\s+(?!\d))")


def _with_bare_parts(source: str, text: str, found: list[Money]) -> list[Money]:
    """`found` with the parts of a sum written as bare numbers in a bracket after it (_PARTS_BRACKET), in the sum's
    unit: read only where two parts or more, each a source's words and a number, add up to the sum exactly (not a
    bracket's count, share or code: "(bằng 120% năm 2026)", "(gồm 12 xã, 3 thị trấn)")."""
    out: list[Money] = []
    for k, money in enumerate(found):
        out.append(money)
        bracket = _PARTS_BRACKET.match(text, money.end)
        if bracket is None or (k + 1 < len(found) and found[k + 1].start < bracket.end()):
            continue
        inner, at = bracket.group(1), bracket.start(1)
        pieces = _PART_CUT.split(inner)
        parts, offset = [], 0
        for piece in pieces:
            m = _BARE_PART.fullmatch(piece.rstrip(",;"))
            if m is None:
                parts = []
                break
            parts.append((m, at + offset))
            offset += len(piece)
        mult = unit_multiplier(money.unit)
        if len(parts) < 2 or mult is None:
            continue
        values = [parse_number(m.group(2)).value for m, _ in parts]
        if any(v is None for v in values) or sum(to_vnd(v, mult) for v in values) != money.amount_vnd:
            continue
        for (m, base), value in zip(parts, values):
            start, end = base + m.start(2), base + m.end(2)
            out.append(Money(to_vnd(value, mult), source[start:end], start, end, money.unit))
    return out


def parse_money(text: str) -> Money | None:
    found = find_money(text)
    return found[0] if found else None


# "Kinh phí (triệu đồng)", "Thành tiền (đồng)": a unit in a header cell
_UNIT_IN_PARENS = re.compile(r"\(\s*(?:đvt\s*:\s*)?(" + _TABLE_UNIT_ALT + r")\s*\)", re.I)


def header_unit(text: str) -> tuple[str, int] | None:
    """The unit a header cell states: "Đơn vị tính: ..." or "(triệu đồng)"."""
    found = table_unit(text)
    if found:
        return found
    m = _UNIT_IN_PARENS.search(text)
    if not m:
        return None
    unit = " ".join(m.group(1).lower().split())
    return unit, unit_multiplier(unit)


def table_unit(text: str) -> tuple[str, int] | None:
    """("triệu đồng", 1000000) from "Đơn vị tính: Triệu đồng"."""
    m = TABLE_UNIT.search(text)
    if not m:
        return None
    unit = " ".join(m.group(1).lower().split())
    if unit in _BARE and _COUNTED_AFTER.match(text, m.end()):
        return None  # "Đơn vị tính: Triệu người" counts people
    return unit, unit_multiplier(unit)
