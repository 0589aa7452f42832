"""Document numbers and type names: "213/KH - UBND" -> "213/KH-UBND"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from normalizers.text import SUPERSCRIPT_DIGITS

# Nghị định 30/2020/NĐ-CP, Phụ lục III: type name -> code (Công văn has none)
TYPE_CODES: dict[str, str | None] = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Quy chế": "QC", "Quy định": "QyĐ",
    "Thông cáo": "TC", "Thông báo": "TB", "Hướng dẫn": "HD", "Chương trình": "CTr", "Kế hoạch": "KH",
    "Phương án": "PA", "Đề án": "ĐA", "Dự án": "DA", "Báo cáo": "BC", "Biên bản": "BB", "Tờ trình": "TTr",
    "Hợp đồng": "HĐ", "Công điện": "CĐ", "Bản ghi nhớ": "BGN", "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ", "Giấy mời": "GM", "Giấy giới thiệu": "GGT", "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG", "Phiếu chuyển": "PC", "Phiếu báo": "PB", "Công văn": None,
    "Thông tư": "TT", "Thông tư liên tịch": "TTLT", "Nghị định": "NĐ", "Luật": "Luật", "Pháp lệnh": "PL",
    "Quy chế phối hợp": "QCPH",
    "Kết luận": "KL",  # Party documents ("12-KL/TW") use it too
}
CODE_TYPES = {code.upper(): name for name, code in TYPE_CODES.items() if code}
# every type name, longest first ("Thông tư liên tịch" before "Thông tư")
TYPE_ALT = "|".join(sorted((re.escape(n) for n in TYPE_CODES), key=len, reverse=True))
# A type name at the start of a phrase: "Quyết định số 565/QĐ-TTg"
TYPE_NAME = re.compile(r"(?<!\w)(" + TYPE_ALT + r")(?!\w)", re.I)
# "565/QĐ-TTg", "98/2017/TT-BTC", "82/KH-SLĐTB&XH", "36/2020/HĐND", "213/KH - UBND"
# Party documents: "30-NQ/TW", "45-TB/TU", "12-KL/TW"
PARTY_NUMBER = re.compile(r"(?<![\w/-])(\d{1,6})\s*-\s*([A-ZĐ]{1,4})\s*/\s*([A-ZĐ][\wĐđ&]*(?:\s*-\s*[A-ZĐ][\wĐđ&]*)*)")
# (a long sequence may group its thousands: "Số: 2.107/KH-UBND", kept as written)
# a document's running number: "45", "12a", and one that groups its thousands: "2.107"
SEQUENCE = r"\d{1,3}(?:\.\d{3})+(?![\d.])|\d{1,6}[a-z]?"
# (the code's parts joined by hyphens, or by a dot with no space: "45/KH.UBND", read as "45/KH-UBND")
NUMBER = re.compile(r"(?<![\w/.,])(" + SEQUENCE + r")\s*/\s*(?:(\d{4})\s*/\s*)?"
                    r"([A-ZĐÂƠƯ][\wĐđ&]*(?:\s*-\s*[A-ZĐ][\wĐđ&]*|\.(?=[A-ZĐ]{2})[\wĐđ&]+)*)", re.U)


# superscript digits (a footnote's mark) ending a code
_MARK_AFTER_CODE = re.compile("[" + SUPERSCRIPT_DIGITS + "]+$")


@dataclass(frozen=True)
class DocNumber:
    text: str  # canonical: "98/2017/TT-BTC"
    sequence: str
    year: int | None
    type_code: str | None
    issuer_code: str | None
    start: int = 0
    end: int = 0


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def parse_doc_number(text: str) -> DocNumber | None:
    """The first document number in `text`, normalized and split into its parts."""
    text = _nfc(text)
    m = NUMBER.search(text)
    party = PARTY_NUMBER.search(text)
    if party and (not m or party.start() <= m.start()):
        seq, code, issuer = party.group(1), party.group(2), re.sub(r"\s*-\s*", "-", party.group(3))
        return DocNumber(f"{seq}-{code}/{issuer}", seq, None, code if code.upper() in CODE_TYPES else None,
                         issuer, party.start(), party.end())
    if not m:
        return None
    seq, year, rest = m.group(1), m.group(2), re.sub(r"\s*-\s*|\.", "-", m.group(3))
    # a footnote's mark set up after the number is no part of its code: "Kế hoạch số 45/KH-UBND¹" (round G31)
    rest = _MARK_AFTER_CODE.sub("", rest)
    parts = rest.split("-")
    if parts[0].upper() not in CODE_TYPES and (once := _type_code_of(parts[0])):
        parts[0] = once  # "215/QĐĐ-UBND": a scan's letter read twice
        rest = "-".join(parts)
    type_code = parts[0] if parts[0].upper() in CODE_TYPES else None
    issuer = "-".join(parts[1:]) if type_code else rest
    canonical = f"{seq}/{year + '/' if year else ''}{rest}"
    return DocNumber(canonical, seq, int(year) if year else None, type_code, issuer or None, m.start(), m.end())


# a number whose slash a scan lost, its type code right after the digits, maybe with a letter
# read twice: "845QĐĐ-UBND", "23i8QĐ-BVHTTDL" ("i", "l", "I" inside the digits are ones)
_SLASHLESS = re.compile(r"^\s*(\d[\dilI|]{0,5})\s*([A-ZĐ]{1,5})\s*-\s*([A-ZĐ][\wĐđ&]*(?:\s*-\s*[A-ZĐ][\wĐđ&]*)*)\s*$")


def _type_code_of(letters: str) -> str | None:
    """The type code a run of capitals reads as, a doubled letter read once ("QĐĐ" -> "QĐ")."""
    if letters in CODE_TYPES:
        return letters
    once = re.sub(r"(.)\1", r"\1", letters)
    return once if once in CODE_TYPES else None


# every separator lost: "52KHUBND" (the capitals open with a type code, an issuer's code follows)
_GLUED = re.compile(r"^\s*(\d[\dilI|]{0,5})\s*([A-ZĐ]{4,14})\s*$")
_CODES_LONGEST_FIRST = sorted(CODE_TYPES, key=len, reverse=True)


def repair_slashless(text: str) -> str | None:
    """"845QĐĐ-UBND" -> "845/QĐ-UBND": a number line a scan read without its slash, when the
    capitals after the digits are a type code (a doubled letter read once); "52KHUBND" ->
    "52/KH-UBND", the hyphen lost too, when the capitals open with a type code and two or more
    are left for the issuer's code (the longest type code first); None otherwise."""
    text = _nfc(text)
    if m := _SLASHLESS.match(text):
        digits, code, issuer = m.group(1), _type_code_of(m.group(2)), re.sub(r"\s*-\s*", "-", m.group(3))
    elif m := _GLUED.match(text):
        digits, letters = m.group(1), m.group(2)
        code = next((c for c in _CODES_LONGEST_FIRST if letters.startswith(c) and len(letters) - len(c) >= 2), None)
        issuer = letters[len(code):] if code else ""
    else:
        return None
    return f"{re.sub(r'[ilI|]', '1', digits)}/{code}-{issuer}" if code else None


def normalize_doc_number(text: str) -> str | None:
    found = parse_doc_number(text)
    return found.text if found else None


def type_name(text: str) -> str | None:
    """Canonical type name from a name in any case ("KẾ HOẠCH" -> "Kế hoạch") or a code ("QĐ")."""
    key = " ".join(_nfc(text).split()).lower()
    for name in TYPE_CODES:
        if name.lower() == key:
            return name
    return CODE_TYPES.get(key.upper())


def type_code(name: str | None) -> str | None:
    return TYPE_CODES.get(name) if name else None
