"""Text normalization: NFC, new-style tone marks, odd spaces, quotes, dashes.

`normalize_line` never changes the number of lines, so a reader can normalize each
block on its own and compute spans over the joined result.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

# Characters that become a plain space: no-break, figure, narrow and other spaces, tabs.
# no-break and other Unicode spaces (a copy from a web page or a word processor), made plain spaces
UNICODE_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACES = UNICODE_SPACES + "\t\x0b\x0c"
# Characters that disappear: zero-width spaces and joiners, BOM, soft hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_TRANSLATE = {ord(c): " " for c in _SPACES}
_TRANSLATE.update({ord(c): None for c in INVISIBLE})
_TRANSLATE.update({
    ord("\u201c"): '"', ord("\u201d"): '"', ord("\u201e"): '"', ord("\u00ab"): '"', ord("\u00bb"): '"',
    ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201a"): "'",
    ord("\u2013"): "-", ord("\u2014"): "-", ord("\u2212"): "-", ord("\u2010"): "-", ord("\u2011"): "-",
    ord("\u2026"): "...",
})
# the Icelandic eth, a look-alike of Đ and đ in scraped PDFs and old fonts
ETH_LOOKALIKES = {ord("\u00d0"): "\u0110", ord("\u00f0"): "\u0111"}
# a Word list's bullets as code points of the Symbol and Wingdings fonts (private use), as
# pdftotext and old converters give them: the round bullet a "•", the square, arrow, diamond
# and check ones a "+" (a list's second level, as the documents type it), the minus a "-"
BULLET_LOOKALIKES = {0xF0B7: "•", 0xF0A7: "+", 0xF0D8: "+", 0xF076: "+", 0xF0FC: "+", 0xF06E: "+", 0xF02D: "-"}
_TRANSLATE.update(ETH_LOOKALIKES)
_TRANSLATE.update(BULLET_LOOKALIKES)

# str.translate with a dict is slow on non-ASCII text; a `replace` per character that is
# present is many times faster (measured with `make bench`).
_REPLACEMENTS = tuple((chr(k), v if v is not None else "") for k, v in _TRANSLATE.items())

# Every upper-case letter Vietnamese text uses (a range like À-Ỹ holds lower case too).
# the superscript digits a word processor's text keeps a footnote's mark in ("¹", "²³")
SUPERSCRIPT_DIGITS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())


def _replace_chars(text: str) -> str:
    for ch, rep in _REPLACEMENTS:
        if ch in text:
            text = text.replace(ch, rep)
    return text


# Old-style tone placement (hoà, thuỷ) to the new style (hòa, thủy). The styles differ
# only where the pair ends the syllable: "hoàn" is the same in both.
_OLD_TO_NEW = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


def _cased(pair: str, upper: tuple[bool, ...]) -> str:
    return "".join(ch.upper() if up else ch for ch, up in zip(pair, upper))


TONE_MAP = {
    _cased(old, up): _cased(new, up)
    for old, new in _OLD_TO_NEW.items()
    for up in itertools.product((False, True), repeat=2)
}
# e.g. "Uỷ ban" -> "Ủy ban", "goá" -> "góa"; not "quý", "quỷ" (after q, u is part of the consonant)
# The pattern opens on the pair's marked vowel, much rarer than "o" or "u", so a search skips
# ahead fast (4 times faster than opening on the "o"); the pair is then looked up (a pair
# outside the map, like "uà", is left as it is).
_OLD_TONE = re.compile("[" + "".join(sorted({k[1] for k in TONE_MAP})) + r"](?<=(?<![qQ])[oOuU].)(?!\w)")
_MULTI_SPACE = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")


def fix_tone_marks(text: str) -> str:
    """Old-style tone placement to new style, word by word; lengths are kept."""
    pieces: list[str] = []
    last = 0
    for m in _OLD_TONE.finditer(text):
        new = TONE_MAP.get(text[m.start() - 1: m.end()])
        if new:
            pieces += (text[last: m.start() - 1], new)
            last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def normalize_line(text: str) -> str:
    """One line (or block) of text in canonical form: NFC, new tone marks, plain spaces
    collapsed and trimmed, smart quotes and dashes made ASCII. Newlines are kept."""
    if not text:
        return ""
    if not text.isascii():
        text = _replace_chars(unicodedata.normalize("NFC", text))
        text = fix_tone_marks(text)
    elif "\t" in text or "\x0b" in text or "\x0c" in text:
        text = _replace_chars(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _MULTI_SPACE.sub(" ", text)
    if "\n" in text:
        text = _LINE_EDGES.sub("\n", text)
    return text.strip(" ")


def is_blank(text: str) -> bool:
    """True for a line that holds nothing but white space (no-break spaces included)."""
    return not text or not normalize_line(text)


def fold(text: str) -> str:
    """Lower-case comparison key: normalized, casefolded, NFC."""
    return unicodedata.normalize("NFC", normalize_line(text).casefold())


_CAP_WORD = re.compile(r"\w+")


def sentence_case(text: str, keep: set[str] | None = None) -> str:
    """First letter upper, the rest lower, except words in `keep` (folded forms) and
    words that are already mixed-case in the source (proper names in a body text)."""
    if not text:
        return text
    if text.upper() != text:  # not shouting: keep as written, capitalise the first letter
        return text[0].upper() + text[1:]
    low = text.lower()
    return low[0].upper() + low[1:]


_BLOCK_SEP = "\x1f"  # unit separator: no normalization step touches it


def normalize_many(texts: list[str]) -> list[str]:
    """`normalize_line` over many blocks in one pass (one regex scan instead of one
    call per block); each result equals normalize_line(text) for its block."""
    if not texts:
        return []
    joined = _BLOCK_SEP.join(texts)
    desegmented = _desegmented(texts, joined)
    if desegmented is not texts:
        texts, joined = desegmented, _BLOCK_SEP.join(desegmented)
    if joined.count(_BLOCK_SEP) != len(texts) - 1:  # a block holds the separator itself
        return [normalize_line(t) for t in texts]
    return [part.strip(" ") for part in normalize_line(joined).split(_BLOCK_SEP)]


# Word-segmented text (a corpus tokenizer's output): syllables of a word joined by "_"
# and spaces around punctuation: "Kế_hoạch số 565 / QĐ-TTg , ngày 25/4/2017 ."
_SEGMENTED_WORD = re.compile(r"[^\W\d_]_[^\W\d_]")
# (a line's closing mark counts too: a corpus saved with its lines' trailing spaces stripped, "năm 2003 ;")
_SPACED_PUNCT = re.compile(r"\w \, | [.;:]$| ; | : |\( \w", re.M)
_JOINER = re.compile(r"(?<=\S)_(?=\S)")  # "Kế_hoạch", and a tokenizer's "STT_|", "#_#"
_SPACE_BEFORE = re.compile(r" +(?=[,.;:!?)\]%])")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[]) +")
# "565 / QĐ-TTg" -> "565/QĐ-TTg"; "1676/QĐ - TTg" -> "1676/QĐ-TTg"; "12 / 9 / 2006" -> "12/9/2006"
_SLASH = re.compile(r"(?<=\w) / (?=\w)")
_CODE_DASH = re.compile(r"(/[A-ZĐ][A-ZĐa-z]{0,9}(?:-[A-ZĐ][A-ZĐa-z]{0,9})*) - (?=[A-ZĐ])")
# a Party document's number, its number and type code joined by a hyphen: "27 - CTr/TU" -> "27-CTr/TU", "01 - KH/TW"
# (after the slash's spaces are gone; the code then a slash and the issuer's code)
_NUMBER_DASH = re.compile(r"(?<![\w/.,-])(\d{1,5}) - (?=[A-ZĐ][A-ZĐa-z]{0,9}/[A-ZĐ])")
# "# # 2. Mục tiêu" -> "## 2. Mục tiêu"; "* * KẾ HOẠCH * *" -> "**KẾ HOẠCH**"
_HEADING_MARKS = re.compile(r"^(\s*)#(?: #)+(?= )")
_SPACED_STARS = re.compile(r"\* \*")
_EMPHASIS_LINE = re.compile(r"^(\s*\*+) (.*\S) (\*+)\s*$")
# a line in Markdown italics with underscores, whose closing mark the tokenizer set apart:
# "_Căn cứ Quyết_định số 12 ; _" -> "_Căn cứ Quyết định số 12;_" (the opening mark stays on its word)
_UNDERSCORE_EMPHASIS_LINE = re.compile(r"^(\s*_{1,2})(?=[^\s_])(.*\S) (_{1,2})\s*$")
# quotes and a code's ampersand: "“ Ngày hội ”" -> "“Ngày hội”"; "SLĐTB & XH" -> "SLĐTB&XH"
_QUOTE_SPACE = re.compile(r"(?<=“) | (?=”)")
# the closing mark of a text, "./.", spaced by the tokenizer: "thực_hiện . / ." -> "thực hiện./."
_CLOSING_MARK = re.compile(r"\.\s*/\s*\.(?=\s*$)")
_CODE_AMP = re.compile(r"(?<=[A-ZĐ]) & (?=[A-ZĐ])")
# "b . 1 . Nguồn" -> "b.1. Nguồn" (after the spaces before dots are gone: "b. 1. Nguồn")
_LABEL = re.compile(r"^(\s*[\w]{1,3})\. (\d{1,2}\.)")
# a Markdown scrape's syntax the tokenizer spaced apart: "<_br >" -> "<br>", a table's
# alignment row "| : --- : |" -> "| :---: |", escapes "\ - \ -" -> "\-\-"
# (a table's tags too, with their attributes: "< td colspan = \" 5 \" >" -> "<td colspan=\"5\">")
_HTML_ATTR = re.compile(r" ([a-z-]+) ?= ?(?:\"([^\"<>]*)\"|'([^'<>]*)'|([^\s\"'<>/]+))", re.I)
_HTML_TAG = re.compile(r"< ?(?P<close>/?) ?(?P<name>br|p|b|i|u|em|strong|sup|sub|span|div|font|center|table|caption|thead|"
                       r"tbody|tfoot|tr|td|th|ul|ol|li|h[1-6])\b(?P<attrs>(?:" + _HTML_ATTR.pattern + r")*)(?: ?(?P<end>/))? ?>",
                       re.I)
_ALIGN_ROW = re.compile(r"^[\s|:-]*-{3,}[\s|:-]*$")
_ALIGN_SPACE = re.compile(r"(?<=:) +(?=-)|(?<=-) +(?=:)")
_ESCAPE_SPACE = re.compile(r"(?<=\\) (?=[-*_#+.!|`\[\]()<>~])")
_ESCAPES_SPACE = re.compile(r"(?<=\\[-*_#+.!|`~]) (?=\\[-*_#+.!|`~])")


def is_word_segmented(text: str) -> bool:
    """Whether a text is a word tokenizer's output (many `Kế_hoạch`-style joins and
    spaced punctuation); a file name or e-mail with an underscore is not."""
    sample = text[:200000]
    if sample.count("_") < 5:
        return False
    joins = len(_SEGMENTED_WORD.findall(sample))
    words = max(1, len(sample.split()))
    spaced = len(_SPACED_PUNCT.findall(sample))
    return joins >= 5 and joins >= 0.02 * words and spaced >= 3


SEGMENTED_MIN_JOINERS = 5  # a document with fewer "_" is no tokenizer's output (the cheap test first)


def segmented_blocks(texts: list[str], joined: str | None = None) -> bool:
    """Whether a document's blocks are a word tokenizer's output (is_word_segmented over them all, the
    cheap count of joiners first). `joined`: the blocks joined by a separator that holds no "_" (made if
    not given)."""
    joined = "\n".join(texts) if joined is None else joined
    return joined.count("_") >= SEGMENTED_MIN_JOINERS and is_word_segmented("\n".join(texts))


def desegment_text(text: str) -> str:
    """A block of a word-segmented document de-segmented line by line (desegment)."""
    return "\n".join(desegment(line) for line in text.split("\n"))


def _desegmented(texts: list[str], joined: str) -> list[str]:
    """The blocks of a word-segmented document (segmented_blocks) de-segmented line by line, whatever
    the format that held them (a tokenizer's text pasted into Word); any other document's blocks as
    they are (the same list). `joined`: the blocks joined by a separator that holds no "_". A text file
    is de-segmented by its reader, a Word file's or a PDF's paragraphs before their tables are looked for
    (extractors.formats.base.desegmented_paragraphs)."""
    if not segmented_blocks(texts, joined):
        return texts
    return [desegment_text(t) for t in texts]


def desegment(line: str) -> str:
    """A word-segmented line as ordinary text: `Sở Tài_chính chủ_trì , phối_hợp với` ->
    `Sở Tài chính chủ trì, phối hợp với`; `565 / QĐ-TTg` -> `565/QĐ-TTg`."""
    line = _JOINER.sub(" ", line)
    line = _SPACE_BEFORE.sub("", line)
    line = _SPACE_AFTER_OPEN.sub("", line)
    line = _SLASH.sub("/", line)
    if " - " in line:
        line = _NUMBER_DASH.sub(r"\1-", line)
    while True:
        new = _CODE_DASH.sub(r"\1-", line)
        if new == line:
            break
        line = new
    line = _LABEL.sub(r"\1.\2", line)
    line = _HEADING_MARKS.sub(lambda m: m.group(1) + "#" * m.group(0).count("#"), line)
    line = _SPACED_STARS.sub("**", line)
    line = _SPACED_STARS.sub("**", line)
    line = _EMPHASIS_LINE.sub(r"\1\2\3", line)
    if line.lstrip().startswith("_"):
        line = _UNDERSCORE_EMPHASIS_LINE.sub(r"\1\2\3", line)
    line = _QUOTE_SPACE.sub("", line)
    line = _CLOSING_MARK.sub("./.", line)
    line = _CODE_AMP.sub("&", line)
    if "<" in line:
        line = _HTML_TAG.sub(_html_tag, line)
    if "\\" in line:
        line = _ESCAPES_SPACE.sub("", _ESCAPE_SPACE.sub("", line))
    if "---" in line and _ALIGN_ROW.match(line):
        line = _ALIGN_SPACE.sub("", line)
    return line


def _html_tag(m: re.Match) -> str:
    """A tag the tokenizer spaced apart, written as a page writes it (_HTML_TAG)."""
    attrs = "".join(f' {a.group(1)}="{(a.group(2) or a.group(3) or a.group(4) or "").strip()}"'
                    for a in _HTML_ATTR.finditer(m.group("attrs")))
    return f"<{m.group('close')}{m.group('name')}{attrs}{m.group('end') or ''}>"


@functools.lru_cache(maxsize=8192)
def untoned(text: str) -> str:
    """Lower case without tone marks or hats, one character for one ("Tổ chức" ->
    "to chuc"), so an index into the result is an index into `text`."""
    return text.translate(_UNTONED)


def _untoned_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[:1].lower() or c
    return "d" if base in "đð" else base if len(base) == 1 else c


_UNTONED = {cp: _untoned_char(chr(cp)) for cp in range(0xC0, 0x1F00) if chr(cp).isalpha()}
_UNTONED.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
