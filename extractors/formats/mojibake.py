"""UTF-8 text that a program decoded as Windows-1252 (or Latin-1) and saved again: "Káº¿ hoáº¡ch" for "Kế hoạch",
"Ã¡" for "á", "Æ°" for "ư" (an editor that took a UTF-8 file for a Western one, a crawler that read a page in the
wrong code page, a database column declared Latin-1). Repaired by ftfy, the maintained library for it, before any
layout rule reads the text.

Asked only of a text holding at least MIN_MARKS of the two characters a precomposed Vietnamese letter's first two
UTF-8 bytes (E1 BA, E1 BB) read as in Windows-1252 ("áº", "á»"): Vietnamese never writes them side by side, and a
Vietnamese text in that mojibake has one for nearly every toned letter. Kept only where ftfy's repair removes most
of them (a text of other codes that merely holds them is left as it is). A text mangled twice ("Ã¡Âº" for "áº")
is repaired the same way.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from pathlib import Path

import ftfy

MIN_MARKS = 8
# a genuine "Ã" before a space ("XÃ PHƯỚC") stays: not read as the "à" whose second byte (A0) a program made a space
_CONFIG = ftfy.TextFixerConfig(restore_byte_a0=False)


def _marks(text: str) -> int:
    # (and the same pairs mangled twice, "Ã¡Âº": a text that went through it twice)
    return text.count("á»") + text.count("áº") + text.count("Ã¡Â")


def _fix(text: str) -> str:
    return ftfy.fix_encoding(_lost_bytes_restored(text) if "\ufffd" in text else text, _CONFIG)


# The five bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) that a decoder made U+FFFD (Python's
# errors="replace"): a Vietnamese letter's last UTF-8 byte after the lead its mojibake keeps. "Ä" + 90 is "Đ"
# alone; "Ã" + 81, 8D, 9D are "Á", "Í", "Ý"; "á»" + 81, 8D, 8F, 90, 9D are "ề", "ọ", "ỏ", "Ố", "ờ". Which byte it
# was is the one whose letter makes a word of the dictionary underthesea ships (Viet74K) with the word before or
# after it, else the commonest syllable, in the case of the letters around it.
_LOST_AT = re.compile("(Ä|Ã|á»|â€)\ufffd")
_LOST = {"Ä": "\x90", "Ã": "\x81\x8d\x9d", "á»": "\x81\x8d\x8f\x90\x9d", "â€": "\x9d"}
_LEFT = re.compile(r"(?:\S+[ \t]+)?\S*$")  # the mojibake word's start and the word before it, on its line
_RIGHT = re.compile(r"\S*(?:[ \t]+\S+)?")  # its rest and the word after it
_SYLLABLE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, int], dict[str, int]]:
    """What underthesea ships, read from its package (not imported): its word list's words in lower case (Viet74K),
    how many of them each syllable is in, and how often each syllable is used in the tagged sample of its
    part-of-speech model (VLSP 2013 text); empty where a file is not there."""
    spec = importlib.util.find_spec("underthesea")
    root = Path(list(spec.submodule_search_locations)[0]) if spec and spec.submodule_search_locations else None
    words: set[str] = set()
    in_words: dict[str, int] = {}
    used: dict[str, int] = {}
    if root is None:
        return frozenset(), in_words, used
    listed = root / "corpus" / "data" / "Viet74K.txt"
    if listed.is_file():
        for line in listed.read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            words.add(word)
            for syllable in word.split():
                in_words[syllable] = in_words.get(syllable, 0) + 1
    for tagged in sorted((root / "pipeline" / "pos_tag").glob("models/*/test_output.txt"))[-1:]:
        for line in tagged.read_text(encoding="utf-8").splitlines():
            for syllable in line.split("\t", 1)[0].lower().split():
                used[syllable] = used.get(syllable, 0) + 1
    return frozenset(words), in_words, used


def _lost_bytes_restored(text: str) -> str:
    """The text with each U+FFFD after a lead of _LOST given back the undefined byte (as its C1 control, which
    ftfy's repair reads as that byte) whose letter fits best (_fit)."""
    out, at = "", 0
    for m in _LOST_AT.finditer(text):
        lead, choices = m.group(1), _LOST[m.group(1)]
        out += text[at:m.start()]
        best = choices[0]
        if len(choices) > 1:
            # (before it, the bytes already given back; after it, each other lost byte its first choice for now)
            left = _LEFT.search(out[-80:].rsplit("\n", 1)[-1]).group(0)
            right = _LOST_AT.sub(lambda n: n.group(1) + _LOST[n.group(1)][0],
                                 _RIGHT.match(text[m.end():m.end() + 80].split("\n", 1)[0]).group(0))
            best = _fit(left, lead, choices, right)
        out += lead + best
        at = m.end()
    return out + text[at:]


def _fit(left: str, lead: str, choices: str, right: str) -> str:
    """Of the lost bytes `choices` after `lead` (between `left`, the word before and its word's start, and
    `right`, its word's rest and the word after), the one whose letter fits best: in the case of the letters
    around it, making a word of the dictionary with the word before or after it, then the syllable used most."""
    words, in_words, used = _lexicon()
    fixed = {byte: ftfy.fix_encoding(left + lead + byte + right, _CONFIG) for byte in choices}
    texts = list(fixed.values())
    at = len(os.path.commonprefix(texts))  # where the candidates' letter is
    if any(at >= len(t) for t in texts):
        return choices[0]

    def score(byte: str) -> tuple:
        t = fixed[byte]
        letter = t[at]
        runs = list(_SYLLABLE.finditer(t))
        k = next((n for n, r in enumerate(runs) if r.start() <= at < r.end()), None)
        if k is None:
            return (False, False, 0, 0)
        own = runs[k].group(0)
        pos = at - runs[k].start()
        # the case of the syllable's other letters (its first apart: "Bỏ", "Đề" open with a capital), else of the
        # syllables beside it ("ĐỀ ÁN"); a capital that opens its syllable fits either way ("Áp dụng", "ÁP DỤNG")
        others = [ch for n, ch in enumerate(own) if n != pos and (n or pos == 0)]
        if not others:
            others = [ch for r in runs[max(k - 1, 0):k] + runs[k + 1:k + 2] for ch in r.group(0)]
        upper = bool(others) and all(ch.isupper() for ch in others)
        case = letter.isupper() == upper or (pos == 0 and letter.isupper())
        syllable = own.lower()
        before = runs[k - 1].group(0).lower() if k > 0 else ""
        after = runs[k + 1].group(0).lower() if k + 1 < len(runs) else ""
        pair = f"{before} {syllable}" in words or f"{syllable} {after}" in words
        return (case, pair, used.get(syllable, 0), in_words.get(syllable, 0))

    return max(choices, key=score)


def _issue(marks: int) -> dict:
    return {"code": "text.mojibake_repaired", "severity": "info", "where": None,
            "message": f"UTF-8 text decoded as Windows-1252 and saved again ({marks} mangled letters such as "
                       "'áº¿' for 'ế') was repaired"}


def repaired(text: str) -> tuple[str, dict | None]:
    """The text with its mojibake repaired, and a `text.mojibake_repaired` issue; else the text itself and None."""
    marks = _marks(text)
    if marks < MIN_MARKS:
        return text, None
    fixed = _fix(text)
    if fixed == text or _marks(fixed) * 4 > marks:
        return text, None
    return fixed, _issue(marks)


def repaired_pieces(pieces: list[str]) -> tuple[list[str], dict | None]:
    """A document's texts (a Word file's paragraphs and cells, a PDF's lines) judged together, as one text: each
    repaired where the whole holds MIN_MARKS and the repairs remove most of them, as `repaired` asks of one text
    (ftfy asked once a piece); else the pieces themselves and None."""
    marks = _marks("\n".join(pieces))  # (counted on the whole: a count a piece costs more than the join)
    if marks < MIN_MARKS:
        return pieces, None
    fixed = [_fix(piece) if piece else piece for piece in pieces]
    if fixed == pieces or _marks("\n".join(fixed)) * 4 > marks:
        return pieces, None
    return fixed, _issue(marks)


# the marks' UTF-8 bytes: "áº", "á»" (C3 A1 C2 BA, C3 A1 C2 BB), "Ã¡Â" (C3 83 C2 A1 C3 82)
_MARK_BYTES = (b"\xc3\xa1\xc2\xba", b"\xc3\xa1\xc2\xbb", b"\xc3\x83\xc2\xa1\xc3\x82")


def repaired_xml(xml: bytes | None) -> tuple[bytes | None, dict | None]:
    """A Word part's XML (UTF-8) with its text's mojibake repaired before it is parsed (the table rules read its
    cells' words: "Nhiá»‡m vá»¥" is no task table's heading), and the issue; else the XML itself and None."""
    if not xml or sum(xml.count(mark) for mark in _MARK_BYTES) < MIN_MARKS:
        return xml, None
    try:
        text = xml.decode("utf-8")
    except UnicodeDecodeError:
        return xml, None
    fixed, issue = repaired(text)
    return (fixed.encode("utf-8"), issue) if issue else (xml, None)
