"""Agency names written in title case, every word capitalized ("Phòng Văn Hóa - Thông Tin", "Ủy Ban Nhân Dân
huyện", "Sở Khoa Học và Công Nghệ", "Ban Chỉ Huy Quân Sự xã"), in the case the rules read: the words of a name's
fields and nouns as Nghị định 30/2020 writes them ("Phòng Văn hóa - Thông tin", "Ủy ban nhân dân huyện", "Sở Khoa
học và Công nghệ"). Many commune and district documents capitalize every word of a body's name; the extractors
find a name's end by the case of its words, and a title-cased name ran into the next or was not found at all.

Only the phrases of data/agency_casing.csv (the agency keys' casing, normalizers.keys) and data/title_case_words.csv
are changed, each where the whole phrase stands in title case (a phrase
in capitals, "SỞ Y TẾ", or already in its case is left alone), and not after a family name ("Nguyễn Văn Hóa", "Lê
Công An": a person's name). The text keeps its length: a word changes its letters' case only.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from itertools import islice
from importlib import resources

from normalizers.names import SURNAMES
from normalizers.text import UPPER

_LOWER_JOINS = {"và"}  # a joining word a title-cased name may leave in lower case ("Khoa Học và Công Nghệ")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word not in _LOWER_JOINS else word


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """A phrase's first word in title case -> (its words in title case, its words in case), longest first."""
    phrases = []
    # the names' phrases the agency keys are cased by (keys.display_name), and the words of names' fields
    for name in ("data/agency_casing.csv", "data/title_case_words.csv"):
        with resources.files("normalizers").joinpath(name).open(encoding="utf-8") as fh:
            phrases += [row["phrase"].strip() for row in csv.DictReader(fh) if row["phrase"].strip()]
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        titled = tuple(_title(w) for w in words)
        # (nothing to put back when it is in case; a word whose case changes its length would move the text's spans)
        if titled != words and all(len(a) == len(b) for a, b in zip(titled, words)):
            by_first.setdefault(titled[0], []).append((titled, words))
    for found in by_first.values():
        found.sort(key=lambda p: len(p[0]), reverse=True)
    return by_first


# where a title-cased phrase may start: a capitalized word, then a word in capitals' case (the next of the phrase);
# a phrase starts there when the word is a phrase's first (_phrases(): each is a capital and word characters) and
# stands at a word's start (checked after the match: a look-behind here would keep the regex engine from skipping
# ahead to the next capital, three times the scan)
_CAPITAL_PAIR = re.compile(r"[" + UPPER + r"]\w*(?=\s+[" + UPPER + "])")


_BEFORE = re.compile(r"(\w+)\s+$")
_WINDOW = 120  # characters a phrase may take


def canonical_case(text: str) -> str:
    """`text` with the title-cased phrases of agency_casing.csv and title_case_words.csv in their case (see the
    module)."""
    if not text or not any(c.isupper() for c in text[1:]):
        return text
    by_first = _phrases()
    chars: list[str] | None = None
    done = 0  # the text before this is settled
    for m in _CAPITAL_PAIR.finditer(text):
        at = m.start()
        found = by_first.get(m.group())
        if at < done or not found or (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
            continue  # (a capital inside a word, "iPhone", starts nothing: a word character before it)
        before = _BEFORE.search(text, max(0, at - 30), at)
        if before and before.group(1).lower() in SURNAMES and before.group(1)[:1].isupper() and before.end(1) != done:
            continue  # a person's name: "Nguyễn Văn Hóa", "Lê Công An" (not a phrase's word: "Đảng Đoàn Ủy Ban ...")
        # (the words of the longest phrase that starts so, at most)
        run = [(w.start(), w.end(), w.group())
               for w in islice(_WORD.finditer(text, at, min(len(text), at + _WINDOW)), len(found[0][0]))]
        for titled, words in found:
            n = len(titled)
            if len(run) >= n and all(t[2] == w or (w in _LOWER_JOINS and t[2].lower() == w)
                                     for t, w in zip(run, titled)) \
                    and all(text[a[1]: b[0]].isspace() for a, b in zip(run[:n], run[1:n])):
                if chars is None:
                    chars = list(text)
                for (start, end, _), word in zip(run, words):
                    chars[start:end] = word
                done = run[n - 1][1]
                break
    if chars is None:
        return text
    result = "".join(chars)
    return result if len(result) == len(text) else text


_SEP = "\x00"  # between the texts canonical_case_many joins: neither a word nor a space, so no phrase runs across it


def canonical_case_many(texts: list[str]) -> list[str]:
    """canonical_case over many texts in one scan (one regex pass instead of one call per paragraph or cell); each
    result equals canonical_case(text) for its text."""
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
        return [canonical_case(t) for t in texts]
    done = canonical_case(joined)
    if done is joined:
        return texts
    # (a word changes its letters' case only, keeping its length: each part is its text's)
    return done.split(_SEP)
