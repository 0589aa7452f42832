"""Provinces and districts as they stood before the 2025 merger (the bundled GSO list,
`data/divisions_pre2025.csv`, read through `normalizers.places`; nothing is downloaded).

Used to prefer a real place over a guess: "tỉnh Kon Tum xây dựng" names Kon Tum, and a
body that names one real province names the issuer's province.
"""

from __future__ import annotations

from normalizers.places import find

DISTRICT_KINDS = ("huyện", "thị xã", "thành phố", "quận")
COMMUNE_KINDS = ("xã", "phường", "thị trấn", "đặc khu")
# a commune named for its district (or an older commune) and a part of it: "xã Krông Năng Bắc",
# "phường Long Khánh Nam", "thị trấn X Mới"; a name the lists may not hold yet
PART_WORDS = {"đông", "tây", "nam", "bắc", "trung", "thượng", "hạ", "mới"}


def real_place(level_word: str, name: str) -> str | None:
    """The official spelling of `name` if it is a real place of that level: a province
    after "tỉnh", a district after "huyện", "quận", "thị xã", a central city or a
    district after "thành phố", and a commune or ward after "xã", "phường", "thị trấn",
    "đặc khu"."""
    word = level_word.lower()
    if not name.strip():
        return None
    if word in COMMUNE_KINDS:
        # a commune, before or after the 2025 reform (never a district of that name: "xã Tân
        # Thạnh Đông" is not "huyện Tân Thạnh")
        found = find("commune", name, word) or find("commune", name, word, after_merger=True)
        return found[0].name if found else None
    if word in ("tỉnh", "thành phố"):
        found = find("province", name)
        if found:  # "thành phố Kon Tum" is the province's name too
            return found[0].name
        if word == "tỉnh":
            return None
    # districts change kind as they grow (thị xã Long Khánh is a thành phố since 2019):
    # any district kind will do, the own kind first
    found = find("district", name, word if word in DISTRICT_KINDS else None)
    return found[0].name if found else None


def longest_real_prefix(level_word: str, words: list[str]) -> str | None:
    """"Kon Tum Xây dựng" after "tỉnh" -> "Kon Tum": the longest run of leading words
    that is a real place."""
    for k in range(len(words), 0, -1):
        found = real_place(level_word, " ".join(words[:k]))
        if found:
            # "Krông Năng Bắc" after "xã": the last word names a part of the real "Krông Năng" (not
            # "Krông Năng Bắc Giang", not a province's or a district's)
            if (k == len(words) - 1 and level_word.lower() in COMMUNE_KINDS
                    and words[k].lower() in PART_WORDS):
                return " ".join(words)
            return " ".join(words[:k])
    return None
