"""Provinces and districts as they stood before the 2025 merger, from the maintained
`vietnam-provinces` package (its data ships inside the wheel: nothing is downloaded).

Used to prefer a real place over a guess: "tỉnh Kon Tum xây dựng" names Kon Tum, and a
body that names one real province names the issuer's province.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from normalizers.text import fix_tone_marks

_PREFIX = re.compile(r"^(?:tỉnh|thành phố|huyện|quận|thị xã)\s+", re.I)


def _key(name: str) -> str:
    """Comparison key: NFC, new tone marks, case and spacing folded, Đắk = Đăk."""
    text = fix_tone_marks(unicodedata.normalize("NFC", name)).casefold()
    return " ".join(text.replace("đắk", "đăk").replace("-", " ").split())


@functools.lru_cache(maxsize=1)
def _names() -> dict[tuple[str, str], str]:
    """(kind, key) -> official name; kind is "tỉnh" for every province and central city,
    else the district's own kind (huyện, quận, thị xã, thành phố)."""
    from vietnam_provinces.enums import DistrictEnum, ProvinceEnum  # imported on first use
    out: dict[tuple[str, str], str] = {}
    for p in ProvinceEnum:
        name = _PREFIX.sub("", p.value.name)
        out[("tỉnh", _key(name))] = name
    for d in DistrictEnum:
        kind = _PREFIX.match(d.value.name)
        name = _PREFIX.sub("", d.value.name)
        if kind:
            out[(kind.group(0).strip().lower(), _key(name))] = name
    return out


def real_place(level_word: str, name: str) -> str | None:
    """The official spelling of `name` if it is a real place of that level: a province
    after "tỉnh", a district after "huyện", "quận", "thị xã", and a central city or a
    district after "thành phố"."""
    names = _names()
    key, word = _key(name), level_word.lower()
    if word == "tỉnh":
        return names.get(("tỉnh", key))
    if word == "thành phố" and ("tỉnh", key) in names:
        return names[("tỉnh", key)]
    # districts change kind as they grow (thị xã Long Khánh is a thành phố since 2019):
    # any district kind will do, the own kind first
    for kind in (word, "huyện", "thị xã", "thành phố", "quận"):
        if (kind, key) in names:
            return names[(kind, key)]
    return None


def longest_real_prefix(level_word: str, words: list[str]) -> str | None:
    """"Kon Tum Xây dựng" after "tỉnh" -> "Kon Tum": the longest run of leading words
    that is a real place."""
    for k in range(len(words), 0, -1):
        found = real_place(level_word, " ".join(words[:k]))
        if found:
            return " ".join(words[:k])
    return None
