"""A header in two columns whose spacing was collapsed to single spaces, its lines kept: a scrape that
squeezes every run of spaces to one, a word tokenizer's output of a `pdftotext -layout` text. Each line
holds the left column's piece, then the right column's, one space apart:

    ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    TỈNH HÒA GIANG NAM
    ------- Độc lập - Tự do - Hạnh phúc
    Số: 215/KH-UBND ---------------
    Hòa Giang, ngày 18 tháng 8 năm 2025

The right column is told by what only it holds: the national title or the Party's ("ĐẢNG CỘNG SẢN VIỆT
NAM"), the motto, the place and date, the rule under them, and the end of a title or motto the column's
width wrapped to the next line ("NAM" after "... VIỆT"). The left column is the issuer's lines in
capitals, its rule, the Party's star and the number line. Read as a layout keeps the columns apart: the
left column's lines, then the right's. Pure functions.
"""

from __future__ import annotations

import re

from extractors.layout.cells import MOTTO_WORDS, NATIONAL_TITLE as _NATIONAL, NATIONAL_WORDS, bare_words, motto_words
from normalizers import docnum
from normalizers.text import UPPER

_CAP = "[" + UPPER + "]"
_LOW = "[" + "".join(sorted({ch.lower() for ch in UPPER})) + "]"

_PARTY = r"Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM"
_MOTTO = r"Độc\s+lập\s*[-–—]\s*Tự\s+do"
# what opens the right column's line: the national title, the Party's, the motto
RIGHT_OPENS = re.compile(r"(?:" + _NATIONAL + r"|" + _PARTY + r"|" + _MOTTO + r")\b", re.I)
TITLE_OPENS = re.compile(r"(?:" + _NATIONAL + r"|" + _PARTY + r")\b", re.I)
# the place (words in sentence case, "TP." before them maybe) and the date: "Tân Phú Lâm, ngày 18 tháng 6 năm 2021",
# "TP. Hồ Chí Minh, ngày ... tháng ... năm 2026"
_PLACE = r"(?:(?:TP|Tp|TX|Tx)\.\s*)?" + _CAP + _LOW + r"*(?:\s+" + _CAP + _LOW + r"+){0,4}"
PLACE_DATE = re.compile(r"(?<!\S)" + _PLACE + r"\s*,\s*ngày\b")
RULE = re.compile(r"[-_=]{3,}|\*{1,3}")
GLUED_RULE = re.compile(r"[-_=]{3,}")
# (the number alone: "Số: 27/KH-UBND", "Số 41-KH/HU", "Số 12 /KH-VKS")
NUMBER_LINE = re.compile(r"Số\s*[:.]?\s*\S+(?:\s+/\s*\S+)?")
# the document's type line that ends the header: "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"
TYPE_LINE = re.compile(r"(?:#+\s*|\*\*)?(?:" + docnum.TYPE_ALT.upper() + r")(?:\s+" + _CAP + r"+)*(?:\*\*)?\s*$")
HEADER_LINES = 16  # the lines (not blank) a header takes at most


def _caps(text: str) -> bool:
    """A piece of the issuer's column: its letters in capitals ("TỈNH HÒA GIANG", "SỞ Y TẾ")."""
    return any(ch.isalpha() for ch in text) and text == text.upper()


def _left_piece(text: str, alone: bool = False) -> bool:
    """What the left column's piece may be: the issuer in capitals, its rule, the number line; the Party's star
    on a line `alone` (glued before a line, a star is Markdown's emphasis)."""
    return _caps(text) or NUMBER_LINE.fullmatch(text) is not None or (
        (RULE if alone else GLUED_RULE).fullmatch(text) is not None)


def _missing_tail(right: str):
    """The words a wrap cut off the end of a right column's line, and how words are compared with them (NATIONAL_WORDS
    in capitals without marks, MOTTO_WORDS in small letters): ("NAM",) of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", ("phúc",)
    of "Độc lập - Tự do - Hạnh"; ((), None) when the line is whole or no such line."""
    for whole, words_of, least in ((NATIONAL_WORDS, bare_words, 5), (MOTTO_WORDS, motto_words, 4)):
        words = words_of(right)
        if least <= len(words) < len(whole) and tuple(words) == whole[:len(words)]:
            return whole[len(words):], words_of
    return (), None


def split_line(text: str, tail: tuple[str, ...] = (), words_of=None) -> tuple[str, str, bool, bool] | None:
    """A header line as its (left piece, right piece, glued, the right piece ends the line above's): glued when both
    pieces are there, one space apart. `tail`: the words the right column's line above lacks (compared as `words_of`
    gives them), which this line may end on. None where the line is neither column's (a line of the body)."""
    t = text.strip()
    if tail:
        words = t.split()
        if len(words) >= len(tail) and tuple(words_of(" ".join(words[-len(tail):]))) == tail:
            left = " ".join(words[:-len(tail)])
            if not left or _left_piece(left):
                return left, " ".join(words[-len(tail):]), bool(left), True
    m = RIGHT_OPENS.search(t)
    if m:
        left = t[:m.start()].strip()
        return (left, t[m.start():], bool(left), False) if not left or _left_piece(left) else None
    m = PLACE_DATE.search(t)
    if m:
        left = t[:m.start()].strip()
        return (left, t[m.start():], bool(left), False) if not left or _left_piece(left) else None
    m = re.fullmatch(r"(.*?\S)\s+([-_=]{3,})", t)  # "NGUYÊN ---------------", "Số: 25/KH-UBND ------", "---- ----"
    if m and (_left_piece(m[1]) or RULE.fullmatch(m[1])):  # (the Party's star beside the right column's rule)
        return m[1], m[2], True, False
    return (t, "", False, False) if _left_piece(t, alone=True) else None


def columns(texts: list[str]) -> tuple[int, list[tuple[int, str]], list[tuple[int, str]]] | None:
    """The header's left and right columns out of its first lines `texts` (blank lines among them) set one space
    apart: (the index of the line after the header, the left column's lines, the right's, each line with the
    index of the line it comes from), or None where the lines show no header so collapsed (no line holds the
    national title or the Party's glued after the issuer's piece, or neither the number nor the date is read: a
    header whose columns' second lines alone met on one line is read by extractors.fields.header). The header ends
    before the type line ("KẾ HOẠCH") once the number or the date is read, or before a line neither column's."""
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    glued = titled = False
    number_seen = dated = False
    tail: tuple[str, ...] = ()
    words_of = None
    written = 0
    end = None
    for k, text in enumerate(texts):
        t = text.strip()
        if not t:
            continue
        if "  " in t or "\t" in t or "|" in t:
            return None  # columns set apart (or a table's cells): read by their spacing or pipes
        written += 1
        if written > HEADER_LINES:
            return None
        if TYPE_LINE.fullmatch(t) and (number_seen or dated):
            end = k
            break
        parts = split_line(t, tail, words_of)
        if parts is None:
            end = k
            break
        piece, rest, both, ends_above = parts
        if ends_above:
            right[-1] = (right[-1][0], right[-1][1] + " " + rest)
            tail = ()
        elif rest:
            right.append((k, rest))
            tail, words_of = _missing_tail(rest)
            dated = dated or PLACE_DATE.match(rest) is not None
        if piece:
            left.append((k, piece))
            number_seen = number_seen or NUMBER_LINE.fullmatch(piece) is not None
        glued = glued or both
        titled = titled or (both and TITLE_OPENS.match(rest) is not None)
    if end is None or not glued or not titled or not left or not right or not (number_seen or dated):
        return None
    return end, left, right
