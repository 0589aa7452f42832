"""Places as data: the province and district an issuer belongs to, with GSO codes, before
and after the 2025 merger.

Vietnam merged its 63 provinces into 34 and abolished the district level on 1 July 2025
(Nghị quyết 202/2025/QH15; communes were merged and renumbered at the same time).
Documents from both sides of that date occur, so an issuer gets

- the place as the document writes it ("Đăk Hà", "TP. Hồ Chí Minh", "Thừa Thiên Huế"),
- the pre-2025 unit it names (one of the 63 provinces; a district), with its GSO code,
- today's province (one of the 34), with its GSO code.

The data:

- Today's units come from the maintained PyPI package `vietnam-provinces` (2025.x: the
  34 provinces and 3321 wards with GSO codes, GPL-3.0-or-later, no districts).
- The pre-2025 units (63 provinces, 696 districts, 10051 communes) are bundled as
  `data/divisions_pre2025.csv`, taken unchanged from the same package's version 0.6.0
  (GSO data of 2025-01-04; provenance, licence and the rebuild command in
  `data/divisions_pre2025.yaml`). The two versions cannot be installed together, and a
  hand-written list of old units would be a second, unmaintained source.
- Which old province became which new one is derived, not written by hand: a new ward
  keeps the GSO code of one of the communes merged into it, so every old province maps to
  the new province that holds its communes' codes (`merged_into`). Every old province's
  codes land in exactly one new province, and `tests/normalizers/test_places.py` checks
  the merges the resolution names (Kon Tum -> Quảng Ngãi, Hà Giang -> Tuyên Quang, ...).

Names are compared by `place_key`: NFC, new tone marks, case, spaces and punctuation
folded, Đắk = Đăk, a syllable-final i = y ("Kì Anh" = "Kỳ Anh"), and a few renamings are
data (`data/place_aliases.csv`: "Thừa Thiên Huế" is Huế since 2025). A name with its
diacritics lost ("Dak Lak") is taken only when it names one unit. Nothing is downloaded:
both data sets ship inside wheels.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from normalizers.text import UPPER, normalize_line

MERGER = (2025, 7)  # the first month of the 34 provinces and of communes without districts

# "TP. Hồ Chí Minh", "Tp.HCM", "TX. Long Khánh", "TT. Đắk Hà": the short level words
_SHORT_WORDS = {"tp": "thành phố", "tx": "thị xã", "tt": "thị trấn"}
# a level word, then the name: up to five capitalized words ("huyện Tu Mơ Rông", "TỈNH KON
# TUM", "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "xã Ia H' Drai"; not "TTHC")
_NAME_WORD = r"[" + UPPER + r"0-9][\w'’-]*"
PLACE_MENTION = re.compile(r"(?<![\w])((?i:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)|T[Pp]|TX|TT)"
                           r"(?:\s*\.\s*|\s+)(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,4})")
# "Tỉnh Kon Tum", "TP.HCM", "thành phố Huế": a leading level word of a name
_LEADING_WORD = re.compile(r"^\s*(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|tp|tx|tt)\b\.?\s*", re.I)
_DAK = re.compile(r"đắk|đak", re.I)  # "Đắk Lắk" = "Đăk Lăk", "Đak Pơ" = "Đăk Pơ"
# a syllable-final y after a consonant is the old spelling's i: "Kỳ Anh" = "Kì Anh", "Lý Sơn" = "Lí Sơn"
_FINAL_Y = re.compile(r"(?<=[bcdđghklmnprstvx])([yỳýỷỹỵ])(?![\wà-ỹ])")
_Y_TO_I = str.maketrans("yỳýỷỹỵ", "iìíỉĩị")
_NOT_ALNUM = re.compile(r"[\W_]+")

# bodies of the central state: no place (a ministry, the government, the National Assembly,
# anything "Trung ương": "Ban Chỉ đạo Trung ương", "Trung ương Đoàn")
NATIONAL = re.compile(r"^(?:Bộ(?!\s+Chỉ huy)\s|Thủ tướng|Phó Thủ tướng|Chính phủ|Quốc hội|Văn phòng Chính phủ|"
                      r"Văn phòng Quốc hội|Tổng cục|Ủy ban Thường vụ Quốc hội|Ban Chấp hành Trung ương|Ban Bí thư|"
                      r"Bộ Chính trị|Kiểm toán Nhà nước|Ngân hàng Nhà nước Việt Nam|Ủy ban Dân tộc|"
                      r"Tòa án nhân dân tối cao|Viện Kiểm sát nhân dân tối cao|Chủ tịch nước)"
                      r"|\bTrung ương\b", re.I)


@dataclass(frozen=True)
class Unit:
    """One administrative unit: "62" tỉnh Kon Tum; "610" thành phố Kon Tum (parent "62")."""
    code: str           # GSO code as the GSO writes it: 2 digits (province), 3 (district), 5 (commune)
    kind: str           # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu
    name: str           # official name without its kind: "Kon Tum", "Ia H' Drai"
    level: str          # province, district, commune
    parent: str | None = None  # the parent's code (a district's province, a commune's district or 2025 province)
    era: str = "pre2025"       # "pre2025" (the 63 provinces) or "2025" (the 34)

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass(frozen=True)
class IssuerPlace:
    """Where an issuer sits. `province` and `district` are the pre-2025 units (63 provinces,
    their districts); `province_2025` is today's province (34). `*_written` keep the name as
    the document writes it (None when it is inferred: the province of a named district)."""
    province: Unit | None = None
    district: Unit | None = None
    commune: Unit | None = None
    province_2025: Unit | None = None
    province_written: str | None = None
    district_written: str | None = None
    commune_written: str | None = None

    def columns(self) -> dict[str, str | None]:
        """The record's / Parquet columns: issuer_province, issuer_province_code, ..."""
        def part(unit: Unit | None, attr: str) -> str | None:
            return getattr(unit, attr) if unit else None
        return {
            "issuer_province_written": self.province_written,
            "issuer_province": part(self.province, "name"),
            "issuer_province_code": part(self.province, "code"),
            "issuer_district_written": self.district_written,
            "issuer_district": part(self.district, "full"),
            "issuer_district_code": part(self.district, "code"),
            "issuer_province_2025": part(self.province_2025, "name"),
            "issuer_province_2025_code": part(self.province_2025, "code"),
        }

    def __bool__(self) -> bool:
        return any((self.province, self.district, self.commune, self.province_2025, self.province_written,
                    self.district_written, self.commune_written))


@dataclass(frozen=True)
class Mention:
    """A place a text names: "huyện Đăk Hà" -> word "huyện", written "Đăk Hà", the units it can be."""
    word: str
    written: str
    start: int
    end: int
    units: tuple[Unit, ...] = ()


def place_key(name: str) -> str:
    """Comparison key of a place name: "Đăk Glei" = "ĐẮK GLEI" = "Đắk  Glei" = "Đắk-Glei";
    "Hoà Bình" = "Hòa Bình"; "Kì Anh" = "Kỳ Anh"; "Ia H'Drai" = "Ia H' Drai"."""
    text = normalize_line(unicodedata.normalize("NFC", name)).casefold()
    text = _DAK.sub("đăk", text)
    text = _FINAL_Y.sub(lambda m: m.group(1).translate(_Y_TO_I), text)
    return _NOT_ALNUM.sub("", text)


def _fold(key: str) -> str:
    """A key without diacritics ("Dak Lak"), used only when it names one unit."""
    text = unicodedata.normalize("NFD", key).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


def _marks_lost(written: str, real: str) -> bool:
    """Whether `written` is `real` with some of its marks lost, and none added: "Dak Lak" and
    "Đăk Lăk" are "Đắk Lắk"; "Vĩnh" is not "Vinh" (a mark the real name does not have)."""
    if len(written) != len(real):
        return False
    for w, r in zip(written, real):
        if w == r:
            continue
        w_parts, r_parts = unicodedata.normalize("NFD", w), unicodedata.normalize("NFD", r.replace("đ", "d"))
        if w_parts[0] != r_parts[0] or not set(w_parts[1:]) <= set(r_parts[1:]):
            return False
    return True


def _strip_kind(name: str) -> tuple[str | None, str]:
    """"TP. Hồ Chí Minh" -> ("thành phố", "Hồ Chí Minh"); "Kon Tum" -> (None, "Kon Tum")."""
    m = _LEADING_WORD.match(name)
    if not m:
        return None, name.strip()
    word = m.group(1).lower()
    return _SHORT_WORDS.get(word, word), name[m.end():].strip()


class _Index:
    """Units by (level, key) and (level, ascii key)."""

    def __init__(self, units: list[Unit]):
        self.by_code = {u.code: u for u in units}
        self.exact: dict[tuple[str, str], list[Unit]] = {}
        self.folded: dict[tuple[str, str], list[Unit]] = {}
        for u in units:
            key = place_key(u.name)
            self.exact.setdefault((u.level, key), []).append(u)
            self.folded.setdefault((u.level, _fold(key)), []).append(u)

    def find(self, level: str, name: str, wrong_marks: bool = False) -> list[Unit]:
        key = place_key(name)
        found = self.exact.get((level, key))
        if found:
            return list(found)
        folded = [u for u in self.folded.get((level, _fold(key)), []) if wrong_marks or _marks_lost(key, place_key(u.name))]
        return list(folded) if len(folded) == 1 else []


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[tuple[str, str], str]:
    """(era, key) -> code, from data/place_aliases.csv."""
    with resources.files("normalizers").joinpath("data/place_aliases.csv").open(encoding="utf-8") as fh:
        return {(row["era"], place_key(row["alias"])): row["code"] for row in csv.DictReader(fh)}


@functools.lru_cache(maxsize=1)
def old_units() -> _Index:
    """The pre-2025 provinces, districts and communes (data/divisions_pre2025.csv)."""
    with resources.files("normalizers").joinpath("data/divisions_pre2025.csv").open(encoding="utf-8") as fh:
        units = [Unit(row["code"], row["kind"], normalize_line(row["name"]), row["level"], row["parent"] or None)
                 for row in csv.DictReader(fh)]
    return _Index(units)


@functools.lru_cache(maxsize=1)
def new_units() -> _Index:
    """Today's 34 provinces and their wards, from `vietnam-provinces` 2025.x."""
    from vietnam_provinces import Province, Ward  # imported on first use (0.3 s)
    units = []
    for p in Province.iter_all():
        kind, name = _strip_kind(p.name)
        units.append(Unit(f"{int(p.code):02d}", kind or "tỉnh", normalize_line(name), "province", None, "2025"))
    for w in Ward.iter_all():
        kind, name = _strip_kind(w.name)
        if kind is None and w.name.lower().startswith("đặc khu "):
            kind, name = "đặc khu", w.name[len("đặc khu "):]
        units.append(Unit(f"{int(w.code):05d}", kind or w.division_type.value, normalize_line(name), "commune",
                          f"{int(w.province_code):02d}", "2025"))
    return _Index(units)


@functools.lru_cache(maxsize=1)
def merger_table() -> dict[str, str]:
    """Old province code -> today's province code, from the commune codes both lists share.
    Raises if an old province's codes land in two new provinces (the data would be wrong)."""
    old, new = old_units(), new_units()
    votes: dict[str, Counter] = {}
    for ward in new.by_code.values():
        if ward.level != "commune" or ward.code not in old.by_code:
            continue
        commune = old.by_code[ward.code]
        if commune.level != "commune":
            continue
        province = old.by_code[old.by_code[commune.parent].parent]
        votes.setdefault(province.code, Counter())[ward.parent] += 1
    table = {}
    for code, counter in votes.items():
        if len(counter) != 1:
            raise ValueError(f"province {code}'s communes went to several new provinces: {dict(counter)}")
        table[code] = next(iter(counter))
    return table


def merged_into(province: Unit) -> Unit | None:
    """Today's province of a pre-2025 province: tỉnh Kon Tum -> tỉnh Quảng Ngãi."""
    code = merger_table().get(province.code)
    return new_units().by_code.get(code) if code else None


def merged_from(province_2025: Unit) -> list[Unit]:
    """The pre-2025 provinces that make up one of today's: Quảng Ngãi -> [Quảng Ngãi, Kon Tum]."""
    old = old_units().by_code
    return [old[o] for o, n in merger_table().items() if n == province_2025.code]


def province_of(unit: Unit) -> Unit | None:
    """The province of a pre-2025 unit (itself for a province)."""
    by_code = old_units().by_code
    while unit is not None and unit.level != "province":
        unit = by_code.get(unit.parent) if unit.parent else None
    return unit


def find(level: str, name: str, kind: str | None = None, *, after_merger: bool = False,
         wrong_marks: bool = False) -> list[Unit]:
    """The units of a level ("province", "district", "commune") a name can be, own kind
    first: find("province", "TP. Hồ Chí Minh"), find("district", "Đăk Hà"). Before the merger
    by default; `after_merger` looks up today's provinces and wards. A name may have lost
    marks ("Dak Lak"), not have marks the place's name lacks ("Vĩnh" is not "Vinh"), unless
    `wrong_marks` (an OCR reading, whose marks may be misread: "EA TIỂU" for "Ea Tiêu")."""
    written_kind, bare = _strip_kind(name)
    kind = kind or written_kind
    era = "2025" if after_merger else "pre2025"
    index = new_units() if after_merger else old_units()
    if after_merger and level == "district":
        return []
    found = index.find(level, bare, wrong_marks)
    alias = _aliases().get((era, place_key(bare)))
    if not found and alias and index.by_code[alias].level == level:
        found = [index.by_code[alias]]
    if kind:  # districts change kind as they grow (thị xã Long Khánh is a thành phố since 2019)
        found.sort(key=lambda u: u.kind != kind)
    return found


def find_province(name: str, *, after_merger: bool = False) -> Unit | None:
    found = find("province", name, after_merger=after_merger)
    return found[0] if found else None


def _level_of(word: str, name: str, after_merger: bool) -> list[str]:
    """Which levels a level word can name: "thành phố" is a central city (a province) or a
    district-level city."""
    word = word.lower()
    if word in ("tỉnh",):
        return ["province"]
    if word == "thành phố":
        central = [u for u in find("province", name, after_merger=after_merger) if u.kind == "thành phố"]
        return ["province"] if central else ["district"]
    if word in ("huyện", "quận", "thị xã"):
        return ["district"]
    return ["commune"]


def lookup(word: str, name: str, *, after_merger: bool = False) -> list[Unit]:
    """The units "<word> <name>" can be: lookup("huyện", "Đăk Hà"), lookup("thành phố", "Huế")."""
    word = _SHORT_WORDS.get(word.lower().rstrip("."), word.lower())
    out: list[Unit] = []
    for level in _level_of(word, name, after_merger):
        out += find(level, name, None if level == "province" else word, after_merger=after_merger)
    return out


def named_places(text: str, *, after_merger: bool = False) -> list[Mention]:
    """Every "<level word> <Name>" a text names that is a real place, cut to the longest
    run of words that is one: "tỉnh Kon Tum xây dựng" -> tỉnh Kon Tum; "HUYỆN ĐẮK HÀ TỈNH
    KON TUM" -> both. A level word whose words are no place ("XÃ HỘI") is skipped alone."""
    out = []
    pos = 0
    while (m := PLACE_MENTION.search(text, pos)) is not None:
        pos = m.end(1)
        word = m.group(1).lower().rstrip(".")
        word = _SHORT_WORDS.get(word, word)
        words = m.group(2).split()
        for k in range(len(words), 0, -1):
            written = " ".join(words[:k]).rstrip(".,;:")
            units = lookup(word, written, after_merger=after_merger)
            if not units and after_merger:  # a post-merger text can still name an old unit
                units = lookup(word, written)
            if units:
                end = m.start(2) + len(" ".join(words[:k]))
                out.append(Mention(word, written, m.start(), end, tuple(units)))
                pos = end
                break
    return out


def is_after_merger(issued: object) -> bool:
    """Whether a document dated `issued` ("2025-11-24", 2026, a date) names today's units."""
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?", str(issued)) if issued is not None else None
    if not m:
        return False
    year, month = int(m.group(1)), int(m.group(2) or 0)
    return (year, month) >= MERGER if month else year > MERGER[0]


# the unit types that sit at a province (a Sở) or a district (a Phòng): which level a
# locality written without its level word is ("Sở Y tế" under "UBND tỉnh Lâm Đồng")
PROVINCE_BODY = re.compile(r"^(?:Sở|Cục|Tỉnh đoàn|Tỉnh ủy|Bộ Chỉ huy|Đài Phát thanh)\b", re.I)
DISTRICT_BODY = re.compile(r"^(?:Phòng|Huyện đoàn|Huyện ủy|Thị đoàn|Quận đoàn|Đài Truyền thanh)\b", re.I)


# the level word a name writes before its place: "Bảo hiểm xã hội tỉnh X" is of a province X, never of a district X
_LEVEL_BEFORE = r"\b(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường)\s+"


def _named_word(name: str | None, locality: str) -> list[str]:
    """[the level word the name writes before `locality`], or [] when it writes none."""
    m = re.search(_LEVEL_BEFORE + re.escape(locality) + r"(?!\w)", name or "", re.I)
    return [m.group(1).lower()] if m else []


def _words_for(name: str | None, level: str | None) -> list[str]:
    """The level words to try for a locality given without one."""
    if level == "province":
        return ["tỉnh", "thành phố"]
    if level == "district":
        return ["huyện", "thành phố", "thị xã", "quận"]
    if level == "commune":
        return ["xã", "phường", "thị trấn"]
    if name and DISTRICT_BODY.match(name):
        return ["huyện", "thành phố", "thị xã", "quận", "tỉnh"]
    return ["tỉnh", "thành phố", "huyện", "thị xã", "quận"]


def context_provinces(text: str = "", place: str | None = None) -> Counter:
    """How often a text names each pre-2025 province, directly or through a district that
    only one province has; the header's place ("Kon Tum, ngày ...") counts most."""
    counts: Counter = Counter()
    for m in named_places(text or ""):
        provinces = {province_of(u).code for u in m.units if u.level in ("province", "district") and province_of(u)}
        if len(provinces) == 1:
            counts[provinces.pop()] += 1
    if place:
        for level in ("province", "district"):
            provinces = {province_of(u).code for u in find(level, place)}
            if len(provinces) == 1:
                counts[provinces.pop()] += 1000
                break
    return counts


class _LazyCounts:
    """context_provinces(...) computed on first use: most issuers resolve without it, and it
    reads the whole text."""

    def __init__(self, text: str, place: str | None):
        self._args, self._counts = (text, place), None

    def _get(self) -> Counter:
        if self._counts is None:
            self._counts = context_provinces(*self._args)
        return self._counts

    def get(self, key, default=None):
        return self._get().get(key, default)

    def most_common(self, n=None):
        return self._get().most_common(n)


def _pick(mention: Mention, units: list[Unit], context: Counter, within: Unit | None) -> Unit | None:
    """One unit of several: the one of the kind written ("thị xã Kỳ Anh", not huyện Kỳ
    Anh), inside `within` (a province or district), else the one whose province the text
    names most; None when that does not decide."""
    units = [u for u in units if u.kind == mention.word] or units
    if within is not None:
        units = [u for u in units if within.code in _ancestors(u)] or units
    if len(units) == 1:
        return units[0]
    scores = [(context.get(province_of(u).code, 0) if province_of(u) else 0) for u in units]
    best = max(scores, default=0)
    if best > 0 and scores.count(best) == 1:
        return units[scores.index(best)]
    return None


def _ancestors(unit: Unit) -> set[str]:
    by_code = old_units().by_code
    out = set()
    while unit is not None and unit.parent:
        out.add(unit.parent)
        unit = by_code.get(unit.parent)
    return out


def issuer_place(name: str | None, level: str | None = None, locality: str | None = None, *,
                 place: str | None = None, text: str = "", issued: object = None) -> IssuerPlace:
    """The issuer's province and district, before and after 2025, from the issuer as the
    header extractor gives it (name, level, locality) and the other places the document
    names (`place`: the header's "<place>, ngày ..."; `text`: the document).

    issuer_place("Ủy ban nhân dân huyện Tu Mơ Rông", "district", "Tu Mơ Rông")
        -> district huyện Tu Mơ Rông (617), province Kon Tum (62), today's Quảng Ngãi (51)
    issuer_place("Sở Y tế", "department", "Lâm Đồng") -> Lâm Đồng (68), today's Lâm Đồng (68)
    issuer_place("Bộ Tài chính", "ministry", None) -> nothing: a central body has no place
    """
    if level in ("central", "ministry") or (name and NATIONAL.search(name)):
        return IssuerPlace()
    post = is_after_merger(issued)
    mentions = named_places(name or "", after_merger=post)
    if locality and not any(place_key(m.written) == place_key(locality) for m in mentions):
        for word in _named_word(name, locality) or _words_for(name, level):
            units = lookup(word, locality, after_merger=post) or (lookup(word, locality) if post else [])
            if units:
                mentions.append(Mention(word, locality, 0, 0, tuple(units)))
                break
    if not mentions and locality:  # a place no list knows: keep it as written
        written = IssuerPlace(district_written=locality) if level == "district" else None
        return written or IssuerPlace(province_written=locality)
    if not mentions and not (name and PROVINCE_BODY.match(name)):
        return IssuerPlace()
    context = _LazyCounts(text, place)
    if not mentions:  # "Sở Y tế" with no locality: the one province the document is about
        best = context.most_common(2)
        if best and (len(best) == 1 or best[0][1] > best[1][1]):
            unit = old_units().by_code[best[0][0]]
            return _finish(IssuerPlace(province=unit))
        return IssuerPlace()
    return _finish(resolve(mentions, context, post=post))


def resolve(mentions: list[Mention], context: Counter | None = None, *, within: Unit | None = None,
            post: bool = False) -> IssuerPlace:
    """The province, district and commune a name's mentions ("huyện Bình Gia", "tỉnh Lạng
    Sơn") resolve to; `context` (province code -> weight) and `within` (a known province or
    district) decide between same-named units."""
    context = Counter() if context is None else context
    by_level: dict[str, Mention] = {}
    for m in mentions:
        level = m.units[0].level
        by_level.setdefault(level, m)
    province = province_2025 = None
    pm = by_level.get("province")
    if pm:
        olds = [u for u in pm.units if u.era == "pre2025"]
        news = [u for u in pm.units if u.era == "2025"]
        if post and news:
            province_2025 = news[0]
        elif olds:
            province = olds[0]
        elif news:
            province_2025 = news[0]
    if province is None and post and province_2025 is not None:
        same = find_province(province_2025.name)
        if same is not None and len(merged_from(province_2025)) == 1:
            province = same  # an unmerged province is the same unit before and after
    district = commune = None
    dm = by_level.get("district")
    if dm:
        district = _pick(dm, list(dm.units), context, province or within)
    cm = by_level.get("commune")
    if cm:
        olds = [u for u in cm.units if u.era == "pre2025"]
        news = [u for u in cm.units if u.era == "2025"]
        if post and news:
            scope = [u for u in news if u.kind == cm.word] or news
            scope = [u for u in scope if province_2025 is None or u.parent == province_2025.code]
            if len(scope) == 1:
                province_2025 = province_2025 or new_units().by_code[scope[0].parent]
        else:
            commune = _pick(cm, olds, context, district or province or within)
            if commune is not None and district is None:
                district = old_units().by_code.get(commune.parent)
    if district is not None and province is None:
        province = province_of(district)
    return IssuerPlace(province=province, district=district, commune=commune, province_2025=province_2025,
                       province_written=pm.written if pm else None, district_written=dm.written if dm else None,
                       commune_written=cm.written if cm else None)


def _finish(found: IssuerPlace) -> IssuerPlace:
    """Today's province from the pre-2025 one."""
    if found.province is None or found.province_2025 is not None:
        return found
    return dataclasses.replace(found, province_2025=merged_into(found.province))
