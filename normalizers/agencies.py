"""Agency names: expand abbreviations, unify dashes and case, split lists.

The abbreviation table is data (data/abbreviations.csv); a document can add its own
definitions ("bảo vệ trẻ em (BVTE)") through `definitions_in`.
"""

from __future__ import annotations

import csv
import re
from importlib import resources

from normalizers.text import UPPER, normalize_line


def _load() -> dict[str, str]:
    with resources.files("normalizers").joinpath("data/abbreviations.csv").open(encoding="utf-8") as fh:
        return {row["abbreviation"]: row["expansion"] for row in csv.DictReader(fh)}


ABBREVIATIONS = _load()


def _abbreviation_re(table: dict[str, str]) -> re.Pattern:
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\wĐđ&])(" + "|".join(re.escape(a).replace(r"\ ", r"\s*") .replace(r"\-", r"\s*-\s*")
                                                     for a in alts) + r")(?![\wĐđ&])")


_ABBREV_RE = _abbreviation_re(ABBREVIATIONS)
_DASH = re.compile(r"\s*-\s*")
# "phát triển toàn diện trẻ thơ (BVTE)": a definition of an abbreviation in the text
_ABBR_IN_PARENS = re.compile(r"\(([A-ZĐ][A-ZĐ&]{1,9})\)")
_PHRASE_TAIL = re.compile(r"[A-ZĐÀ-Ỹa-zà-ỹđ][\wÀ-ỹ ,-]{3,80}$")

# Words that start an agency name in a list (case-sensitive: "các Sở, ban, ngành" keeps "ban").
_AGENCY_START = (r"(?:Sở|Ủy ban|Uỷ ban|UBND|UBMTTQVN|Ủy ban MTTQ|Phòng|Ban|Hội|Công an|Tòa án|Toà án|Viện|Báo|Đài|Cục|"
                 r"Chi cục|Trung tâm|Liên đoàn|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Đoàn|Bộ|Văn phòng|Kho bạc|"
                 r"Ngân hàng|Bảo hiểm|Bộ Chỉ huy|Trường|Bệnh viện|Cổng|Hội đồng|Thanh tra|Mặt trận|[Cc]ác|"
                 r"Đề nghị|Liên minh|Quỹ|Tổng cục|Chính phủ|Thủ tướng|Thủ trưởng)")
# A line that opens with an agency's name ("Sở Tài chính: ...", "Đề nghị Ủy ban MTTQ ...")
AGENCY_AT_START = re.compile(r"^(?:Đề nghị\s+)?" + _AGENCY_START + r"(?!\w)")
# Upper-case letters, Vietnamese included: "phòng Tư pháp" starts a name, "ban, ngành" does not.
# Lower-case unit words that start a name only when a capitalized name follows them.
_LOWER_START = r"(?:phòng|sở|trung tâm|đài|ủy ban|hội|ban)(?= [" + UPPER + r"])"
_SPLIT = re.compile(r"\s*[;:]\s*|\s*\.\s+(?=" + _AGENCY_START + r")|\s*,\s*(?=(?:" + _AGENCY_START + r"(?!\w)|"
                    + _LOWER_START + r"))|\s+và\s+(?=(?:" + _AGENCY_START + r"(?!\w)|" + _LOWER_START + r"))")
# Trailing words that are not part of the name: "Sở X chủ trì", "(nếu có)", "thực hiện"
_TRAILING = re.compile(r"\s*(?:\(nếu có\)|chủ trì.*|phối hợp.*|thực hiện\.?|theo chức năng.*|tổ chức triển khai.*)$", re.I)
# A name followed by what the agency does: "Sở X chỉ đạo và hướng dẫn ...", "UBND các xã
# triển khai". Lower case only, so "Ban Chỉ đạo" keeps its name.
_PREDICATE = re.compile(r"\s+(?:triển khai|chủ động|chỉ đạo|hướng dẫn|rà soát|tham mưu|theo dõi|căn cứ|"
                        r"có trách nhiệm|chịu trách nhiệm|bố trí|tăng cường|đẩy mạnh|phối hợp|chủ trì)\b.*$")
_LEVEL_END = re.compile(r"(?<!tuyến)(?<!cấp)\s(tỉnh|huyện|thành phố|thị xã|quận|xã)$")  # not "tuyến huyện"
_LEADING = re.compile(r"^(?:đề nghị|giao|và|với)\s+", re.I)


def definitions_in(text: str) -> dict[str, str]:
    """Abbreviations a document defines in parentheses: {"BVTE": "bảo vệ trẻ em"}.
    Finds each "(ABBR)" first and reads the words before it (a scan from every letter
    for a phrase that ends in one is slow on long documents)."""
    found: dict[str, str] = {}
    for m in _ABBR_IN_PARENS.finditer(text):
        abbr = m.group(1)
        before = text[max(0, m.start() - 90): m.start()]
        phrase = _PHRASE_TAIL.search(before)
        if not phrase:
            continue
        words = phrase.group(0).split()
        if len(abbr) <= len(words):
            candidate = " ".join(words[-len(abbr):])
            initials = "".join(w[0].upper() for w in candidate.split())
            if initials.replace("Đ", "D") == abbr.replace("Đ", "D"):
                found.setdefault(abbr, candidate)
    return found


def expand(text: str, extra: dict[str, str] | None = None) -> str:
    text = _ABBREV_RE.sub(lambda m: _lookup(m.group(1)), text)
    if extra:
        for abbr, full in extra.items():
            text = re.sub(r"(?<![\wĐđ])" + re.escape(abbr) + r"(?![\wĐđ])", full, text)
    return text


def _lookup(written: str) -> str:
    key = re.sub(r"\s*-\s*", "-", " ".join(written.split()))
    for abbr, full in ABBREVIATIONS.items():
        if re.sub(r"\s*-\s*", "-", abbr) == key:
            return full
    return written


def canonical(name: str, extra: dict[str, str] | None = None) -> str:
    """One full form of an agency name: "Sở LĐ-TB&XH" -> "Sở Lao động - Thương binh và Xã hội"."""
    text = normalize_line(name).strip(" .;,:-")
    text = _LEADING.sub("", text)
    text = _PREDICATE.sub("", _TRAILING.sub("", text)).strip(" .;,:")
    text = expand(text, extra)
    text = _DASH.sub(" - ", text)
    text = re.sub(r"\s*,\s*", ", ", text)
    text = re.sub(r"\s*&\s*", " và ", text)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else text


def key(name: str) -> str:
    """Comparison key for deduplication: canonical, casefolded, punctuation-free."""
    text = canonical(name).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def split_agencies(text: str) -> list[str]:
    """An agency list as written, cut into names (not canonicalized)."""
    text = normalize_line(text).strip(" .;")
    parts = [p.strip(" .;,") for p in _SPLIT.split(text) if p and p.strip(" .;,")]
    out = []
    for p in parts:
        p = _LEADING.sub("", p)
        p = _PREDICATE.sub("", _TRAILING.sub("", p)).strip(" .;,")
        if len(p) >= 3:
            out.append(p)
    return _share_level(text, out)


def _share_level(text: str, names: list[str]) -> list[str]:
    """"Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội tỉnh": the level word at
    the end of a "X và các Y tỉnh" pair belongs to both names."""
    out = list(names)
    for i in range(len(out) - 1):
        level = _LEVEL_END.search(out[i + 1])
        joined = re.search(re.escape(out[i]) + r"\s+và\s+" + re.escape(out[i + 1]), text)
        if level and joined and out[i + 1].startswith("các ") and not re.search(
                r"\b(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)\b", out[i]):
            out[i] = f"{out[i]} {level.group(1)}"
    return out
