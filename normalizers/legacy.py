"""Legacy Vietnamese encodings (TCVN3/ABC, VNI, VISCII) read as Unicode garbage.

The conversion tables come from `viparse` (MIT). We only decide when to apply them:
text that already has a healthy share of Unicode Vietnamese letters is never touched.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from operator import itemgetter

from viparse.normalize.detector import detect_encoding_by_content
from viparse.normalize.encodings import CHARMAPS
from viparse.normalize.tables import convert

from normalizers.docnum import TYPE_CODES
from normalizers.text import fix_tone_marks

# Letters that only Unicode Vietnamese writes (precomposed with horn, breve, dot below...).
_VIETNAMESE_ONLY = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")  # outside Latin-1: a legacy font cannot produce them
_NON_LETTERS = re.compile(r"[\W\d_]+")
# Characters typical of TCVN3/VNI text shown as Latin-1 (e.g. "Uû ban nh©n d©n").
_LEGACY_MARKS = re.compile("[©¸¹µ¶·Þ®¬¨ª«ð¦§¤¥¢£¡ûúùøõôóòïîíìëêéèçæåäãâáàñöÉÈÖÑ]")


_STRETCH = 2000  # characters of the sample counted at a time


def looks_legacy(text: str) -> bool:
    """Cheap pre-check: many Latin-1 marks and few genuine Vietnamese letters."""
    sample = unicodedata.normalize("NFC", text[:20000])  # 20 000 characters decide it
    marks = len(_LEGACY_MARKS.findall(sample))
    if marks <= 0.01 * len(sample):  # few marks: not legacy, whatever the letters say
        return False
    # (both shares below have the same denominator) Unicode Vietnamese: its own letters match the
    # marks it shares with Latin-1. They are counted a stretch at a time, until they are enough
    # (a Unicode text has them from its first lines: most of a long sample need not be read)
    vietnamese = 0
    for at in range(0, len(sample), _STRETCH):
        vietnamese += len(_VIETNAMESE_ONLY.findall(sample, at, at + _STRETCH))
        if marks <= 3 * vietnamese:
            return False
    letters = len(_NON_LETTERS.sub("", sample)) or 1
    return marks / letters > 0.02


# A run of text between tabs, wide gaps or line ends: one cell of a header laid out in text.
_SEGMENT = re.compile(r"[^\t\n]+?(?=\t|\n| {2,}|$)")  # "CéNG HßA X· HéI" in "CéNG HßA X· HéI\t§éc lËp"
_WORD = re.compile(r"\w+")  # "HO¹CH"
_DIGIT = re.compile(r"\d")  # (a number's line, "Số: 12/KH-UBND", is no line of capitals)


def _caps_word(word: str) -> bool:
    """A word of a TCVN3 capital font: its toned letters have no capital code and come out
    lower case ("HOạCH", "ủY"), its plain letters are capitals."""
    if any("a" <= ch <= "z" for ch in word) or not any(ch.islower() for ch in word):
        return False
    uppers = [i for i, ch in enumerate(word) if ch.isupper()]
    return len(uppers) >= 2 or any(i > 0 for i in uppers)


def restore_capitals(text: str) -> str:
    """TCVN3 capitals back in upper case: "CộNG HòA Xã HộI" -> "CỘNG HÒA XÃ HỘI", in a
    segment whose every word has no plain lower-case letter and one word is such a capital
    word; "Kế hoạch", "Số: 12/KH-UBND" and "Xã Tân Lập" stay as they are. In a segment that
    also holds running text (a document on one line, a heading run on into its sentence), a
    run of such words does: see _capital_runs."""
    def segment(m: re.Match) -> str:
        words = _WORD.findall(m.group(0))
        lettered = [w for w in words if any(ch.isalpha() for ch in w)]
        if not any(_caps_word(w) for w in lettered):
            # "Uỷ BAN NHÂN DÂN", "Xã HÒA BÌNH": a short word of one capital and toned letters among
            # two or more words of capitals, with no small plain letter anywhere, is one of them
            # ("Sở Y Tế" alone on its line: three words or more, two of them short toned ones)
            kinds = [_kind(w) for w in lettered]
            if None not in kinds and "short" in kinds and not _DIGIT.search(m.group(0)) and (kinds.count("upper") >= 2
                                                           or (len(kinds) >= 3 and kinds.count("short") >= 2)):
                return m.group(0).upper()
            return m.group(0)
        if any("a" <= ch <= "z" for w in lettered for ch in w):
            return _capital_runs(m.group(0))
        return m.group(0).upper()
    return _SEGMENT.sub(segment, text)


# a word of capitals as a capital font draws it with no small letter of its own ("BAN", "NAM"), and a
# short word of one capital and toned letters only ("Xã", "Kế", "Hà": the font's capitals drawn from
# small letters' codes, or a name: taken only beside a capital word)
_PLAIN_CAPS = re.compile(r"[^\W\d_]+")
_SHORT_TONED = re.compile(r"^[^\W\d_a-z][^\W\d_A-Za-z]{1,2}$")


def _kind(word: str) -> str | None:
    return ("caps" if _caps_word(word) else "upper" if word.isupper() and _PLAIN_CAPS.fullmatch(word)
            else "short" if _SHORT_TONED.match(word) else None)


def _capital_runs(text: str) -> str:
    """Runs of two words or more, one of them a TCVN3 capital word ("ủY", "HOạCH"), the others
    capitals ("BAN") or a short word of one capital and toned letters beside them ("Xã", "Kế"), in
    upper case (a short word does not end a run: "CHủ TịCH Lù Văn Páo"); the running text between
    them as it is: "ủY BAN NHÂN DÂN Xã NGọC LÂM Căn cứ" -> "ỦY BAN NHÂN DÂN XÃ NGỌC LÂM Căn cứ"."""
    words = list(_WORD.finditer(text))
    kinds = [_kind(m.group(0)) for m in words]
    out, last, k = [], 0, 0
    while k < len(words):
        j = k
        while j < len(words) and kinds[j] is not None:
            j += 1
        end = j
        while end > k and kinds[end - 1] == "short":
            end -= 1  # (a name after the capitals: "CHủ TịCH Lù Văn Páo")
        if end - k >= 2 and "caps" in kinds[k:end]:
            out += [text[last:words[k].start()], text[words[k].start():words[end - 1].end()].upper()]
            last = words[end - 1].end()
        k = j + 1  # (past the word that ended the run)
    return "".join(out) + text[last:] if out else text


# a cell of a text: a line, or its part between tabs (a header's two columns)
_CELL = re.compile(r"[^\t\n]+")


# the Latin-1 letters Unicode Vietnamese writes; a legacy code outside them ("¸", "µ", "©", "Ø") is
# no Unicode letter
_UNICODE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_LATIN1 = re.compile("[\u0080-\u00ff]")


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_SHARP_OR_HEAVY = "\u0301\u0323"
# a Vietnamese syllable's spelling, its tone mark taken off: onset, vowels, final
_SPELLING = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?([aăâeêioôơuưy]{1,3})"
                       r"(ch|ng|nh|c|m|n|p|t)?$")
_VOWEL_GROUPS = frozenset(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ "
    "ưu ya yê iêu oai oao oay oeo uây uôi ươi ươu uya uyê yêu uyu".split())
_LATIN1_WORD = re.compile(r"[^\W\d_]*[\u00c0-\u00ff][^\W\d_]*")


def _spelt_vietnamese(word: str) -> bool:
    """A word spelt as a Vietnamese syllable: an onset, a group of vowels Vietnamese has, a
    final, one tone mark at most, and after a stop (-c, -ch, -p, -t) the sắc or nặng tone, in
    one case (or a capital first):
    "tháng", "Lâm", "vô" are; "Néi", "KIÓM", "LôC" (TCVN3's "Nội", "KIỂM", "LỤC") are not."""
    if not word.isupper() and any(ch.isupper() for ch in word[1:]):
        return False  # a capital after a small letter: TCVN3's codes for small letters ("tÕ", "KiÓm")
    marks = [ch for ch in unicodedata.normalize("NFD", word.lower()) if ch in _TONE_MARKS]
    bare = unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", word.lower())
                                                 if ch not in _TONE_MARKS))
    m = _SPELLING.match(bare)
    if len(marks) > 1 or not m or m.group(2) not in _VOWEL_GROUPS:
        return False
    return m.group(3) not in ("c", "ch", "p", "t") or (bool(marks) and marks[0] in _SHARP_OR_HEAVY)


def _unicode_cell(cell: str) -> bool:
    """A cell of a mixed text that is Unicode: it holds letters no legacy code writes
    (reads_as_unicode), or Latin-1 letters of Unicode Vietnamese only, two at least, in words
    that are spelt as Vietnamese syllables ("Bình Lâm, ngày 2 tháng 3"; not TCVN3's "Bé Néi vô",
    "PHô LôC", nor a line with its "¸", "µ", "©")."""
    if reads_as_unicode(cell):
        return True
    latin1 = _LATIN1.findall(cell)
    return (len(latin1) >= 2 and all(ch in _UNICODE_LATIN1 for ch in latin1)
            and all(_spelt_vietnamese(w) for w in _LATIN1_WORD.findall(cell)))


def _legacy_cells(text: str, encoding: str) -> str:
    """`text` with its legacy cells converted and its Unicode ones kept: a Unicode header pasted
    over a TCVN3 body ("CỘNG HÒA XÃ HỘI" above "Uû ban nh©n d©n"), a Unicode line in an old
    document. Only a text holding letters no legacy code writes is mixed; any other is converted
    whole."""
    text = unicodedata.normalize("NFC", text)
    if not _VIETNAMESE_ONLY.search(text):
        return convert(text, CHARMAPS[encoding])
    return _CELL.sub(lambda m: m.group(0) if _unicode_cell(m.group(0)) else convert(m.group(0), CHARMAPS[encoding]),
                     text)


def to_unicode(text: str, encoding: str) -> str:
    """Convert `text` from a named legacy encoding (tcvn3, vni, viscii) to NFC Unicode
    with new-style tone marks; its cells that read as Unicode already are kept (_legacy_cells)."""
    if encoding == "tcvn3" and "-" in text:
        text = hyphens_as_u(text)
    text = _legacy_cells(text, encoding)
    if encoding != "tcvn3":
        return fix_tone_marks(text)
    # (capitals first: the old tone placement's "HOà", "THUỷ" are capital words until the tone
    # moves, after which "HÒa", "THỦy" hold a plain small letter and look like running text)
    return capital_lines(fix_tone_marks(restore_capitals(text)))


# TCVN3's "ư" is the code 0xAD, a soft hyphen in Windows-1252: a PDF whose font has no map of its own to Unicode
# gives the code's standard name, "hyphen", and its text reads "Tr-êng", "§-îc", "nh- sau", "§Çu t-". A hyphen
# stands for "ư" where a word's onset (its consonants, no vowel) comes right before it and either the word ends
# after it ("nh-", "t-") or goes on with what follows "ư" in a syllable: an "ơ" with or without its tone ("-êng",
# "-íc": ương, ước), "a" or "u" that end the word ("ch-a", "l-u": chưa, lưu), "ng" that ends it ("H-ng": Hưng). A
# code's hyphen ("KH-UBND", "N§-CP"), a range ("2027-2030"), a list's dash ("- c¸c x·") and a name's ("£-®ª",
# "Ba-na": a vowel before it, or a consonant after it) are none.
# (an onset in TCVN3's codes, "®" its "đ" and "§" its "Đ"; the case told by _onset_case)
_HYPHEN_U = re.compile(r"(?<![^\W\d_])((?i:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx\u00ae\u00a7]))"
                       r"[-\u2010\u2011](?=[\u00ac\u00ea\u00eb\u00ec\u00ed\u00ee]|(?:a|u|ng)?(?!\w))")


def hyphens_as_u(text: str) -> str:
    """TCVN3 code text with the hyphens that stand for its "ư" (a PDF's text, see _HYPHEN_U) made the code
    again: "Tr-êng" -> "Tr\u00adêng" (which converts to "Trường"), "nh- sau" -> "nh\u00ad sau"."""
    return _HYPHEN_U.sub(lambda m: m.group(1) + "\u00ad" if _onset_case(m.group(1)) else m.group(0), text)


def _onset_case(onset: str) -> bool:
    """An onset as a word's start is written: small letters, or a capital first ("Tr", "§")."""
    return onset[1:].islower() or len(onset) == 1


# a heading typed in a TCVN3 capitals font (.VnTimeH) as the small letters' codes, a text that keeps no font: its
# line in small letters. Only what its form tells for a heading is put back in capitals: a part's heading numbered
# in Roman ("iii. nhiệm vụ, giải pháp"), a document's kind alone ("kế hoạch"), a signature's mark of authority and
# what follows it ("tm. ủy ban nhân dân", "kt. chủ tịch"), each a line or a cell of a line laid out in spaces
# (_SEGMENT's cells).
_SMALL_ROMAN_HEADING = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\.\s+[^\W\d_]")
_SIGNATURE_MARK = re.compile(r"(?:tm|kt|tl|ttl|q)\.\s*[^\W\d_]")
_SMALL_KIND = re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, k.split()))
                                           for k in sorted((k.lower() for k in TYPE_CODES), key=len, reverse=True)) + r")$")


def capital_lines(text: str) -> str:
    """TCVN3 text (converted) with its headings typed in a capitals font as small letters' codes in capitals again:
    "iii. nhiệm vụ, giải pháp" -> "III. NHIỆM VỤ, GIẢI PHÁP", "kế hoạch" alone -> "KẾ HOẠCH", "kt. chủ tịch" ->
    "KT. CHỦ TỊCH" and the signer's title in the few lines under its mark ("phó chủ tịch": a cell of five words at
    most, letters only); a cell with a capital of its own ("i. Mục tiêu"), a digit, or a sentence's end is left as
    it is."""
    under_mark = 0  # lines left in which a signer's title may stand under its mark

    def upper(m: re.Match) -> str:
        nonlocal marked
        cell = m.group(0).strip()
        if not cell[:1].isalpha() or cell != cell.lower() or len(cell) > 90 or cell.endswith((";", ".", ",")) \
                or any(ch.isdigit() for ch in cell):
            return m.group(0)
        if _SIGNATURE_MARK.match(cell):
            marked = True
        elif not (_SMALL_ROMAN_HEADING.match(cell) or _SMALL_KIND.match(cell)
                  or (under_mark and len(cell.split()) <= 5 and _LETTERS_ONLY.match(cell))):
            return m.group(0)
        return m.group(0).replace(cell, cell.upper(), 1)
    lines = text.split("\n")
    for k, line in enumerate(lines):
        marked = False
        if line.strip():
            lines[k] = _SEGMENT.sub(upper, line)
            under_mark = 3 if marked else max(under_mark - 1, 0)
    return "\n".join(lines)


_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*$")


# white space in runs (a table's columns set with spaces, centred lines, indents): one space to the detector, whose
# score is a mean over characters: a text laid out in spaces scored its letters' gain thinned by its spaces' (a
# TCVN3 plan with a budget table set in spaces, its gain 0.149 under the detector's margin of 0.15, was left
# unconverted but for its lines thick with codes)
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}|\n\s*\n")


def _scored(text: str) -> str:
    return _SPACE_RUN.sub(lambda m: "\n" if "\n" in m.group() else " ", text)


def detect(text: str) -> tuple[str | None, float]:
    """(encoding, confidence) of text in a legacy encoding, or (None, 0) for Unicode text."""
    if not looks_legacy(text):
        return None, 0.0
    verdict = detect_encoding_by_content(_scored(text[:200000]), CHARMAPS)
    return verdict.encoding, verdict.confidence or 0.0


def converted_issue(encoding: str, confidence: float) -> dict:
    return {"code": "text.legacy_encoding_converted", "severity": "info",
            "message": f"text was in the legacy {encoding.upper()} encoding (confidence {confidence:.2f}) "
                       "and was converted to Unicode", "where": None}


def font_converted_issue() -> dict:
    return {"code": "text.legacy_font_converted", "severity": "info", "where": None,
            "message": "text set in legacy TCVN3/VNI fonts (.VnTime, VNI-Times) was converted to Unicode"}


# A line of a Unicode text typed in legacy codes (an old table pasted into a new text, its font lost):
# words holding a Latin-1 character (a letter or a code: "nhiÖm", "C¬", "®Þa"), edges' punctuation off
_CODE_WORD = re.compile(r"\S*[\u00a0-\u00ff]\S*")
_EDGE_PUNCTUATION = "\"'()[],.;:!?/-–"
_NO_LETTER_CODE = re.compile("[\u00a1-\u00bf\u00d7\u00f7]")  # "©", "¬", "¸", "¶", "×" ...
LEGACY_LINE_WORDS = 3  # words not spelt as Vietnamese a line needs, half its Latin-1 words at least


def legacy_line(line: str) -> bool:
    """A line of a Unicode document in legacy codes: no letter only Unicode writes, and three
    words or more, half its words with Latin-1 characters at least, not spelt as Vietnamese
    syllables, one holding a code no alphabet has a letter for ("1\tRµ so¸t v¨n b¶n\tSë T ph¸p");
    not "CÔNG TÁC TIÊM PHÒNG" (all spelt), "© 2026 ... reserved®" (one such word), "Café Résumé"."""
    if _VIETNAMESE_ONLY.search(line):
        return False
    words = [w.strip(_EDGE_PUNCTUATION) for w in _CODE_WORD.findall(line)]
    wrong = [w for w in words if w and not _spelt_vietnamese(w)]
    # (and a code no alphabet has a letter for inside a word, "¸" of "so¸t": not French "Café Résumé")
    return (len(wrong) >= LEGACY_LINE_WORDS and 2 * len(wrong) >= len(words)
            and any(_NO_LETTER_CODE.search(w[1:]) for w in wrong))


def _lines_encoding(lines: list[str]) -> tuple[str, float]:
    verdict = detect_encoding_by_content(_scored("\n".join(lines)[:200000]), CHARMAPS)
    return verdict.encoding or "tcvn3", verdict.confidence or 0.0


def convert_legacy_lines(text: str) -> tuple[str, list[dict]]:
    """A Unicode text's lines in legacy codes (legacy_line) converted, the others kept; with a
    `text.legacy_encoding_converted` issue when any was."""
    if not _NO_LETTER_CODE.search(text):  # a legacy line holds such a code: most texts hold none
        return text, []
    lines = text.split("\n")
    found = [i for i, line in enumerate(lines) if legacy_line(line)]
    if not found:
        return text, []
    encoding, confidence = _lines_encoding([lines[i] for i in found])
    for i in found:
        lines[i] = to_unicode(lines[i], encoding)
    return "\n".join(lines), [converted_issue(encoding, confidence)]


def detect_and_convert(text: str) -> tuple[str, list[dict]]:
    """The text in Unicode, plus a `text.legacy_encoding_converted` issue when converted: the
    whole text when it is legacy, else its lines in legacy codes (convert_legacy_lines)."""
    encoding, confidence = detect(text)
    if encoding is None:
        return convert_legacy_lines(text)
    return to_unicode(text, encoding), [converted_issue(encoding, confidence)]


# Font families that draw a legacy code: TCVN3 (ABC) fonts are named ".VnTime", ".VnArialH"
# (the H fonts are capitals); VNI fonts "VNI-Times"; VPS fonts "VPS Times". A PDF may
# prefix a subset tag ("ABCDEF+.VnTime").
# (PDFium names a PDF's font by its PostScript name, which drops the family's dot and adds its
# style: "VnTimeH-Regular", "VnTime-Bold"; a bare "VnTime" is taken for no legacy font)
_FONT_ENCODINGS = (("tcvn3", re.compile(r"^(?:[A-Z]{6}\+)?(?:\.(?i:vn)|_?Vn[A-Z][A-Za-z]*[-,][A-Za-z]+$)")),
                   ("vni", re.compile(r"^(?:[A-Z]{6}\+)?VNI[- ]", re.I)),
                   ("vps", re.compile(r"^(?:[A-Z]{6}\+)?VPS ", re.I)))


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font's name says its text is in: ".VnTime" -> "tcvn3",
    "VNI-Times" -> "vni", "VPS Times" -> "vps"; None for a Unicode font ("Times New Roman")."""
    if not font:
        return None
    for encoding, pattern in _FONT_ENCODINGS:
        if pattern.match(font):
            return encoding
    return None


def reads_as_unicode(text: str) -> bool:
    """Whether a text is Unicode Vietnamese already, as looks_legacy judges: it holds letters
    only Unicode writes, and its Latin-1 marks are no more than three times as many."""
    nfc = unicodedata.normalize("NFC", text)
    vietnamese = len(_VIETNAMESE_ONLY.findall(nfc))
    return bool(vietnamese) and len(_LEGACY_MARKS.findall(nfc)) <= 3 * vietnamese


def legacy_fonts(texts_by_font: dict[str, list[str]]) -> set[str]:
    """The fonts, of those a legacy font's name, whose text over the whole document is in its
    legacy code. A font whose text reads as Unicode is not one, though it is named ".VnTime":
    a Unicode document made from an old template on a machine without the font shows it in
    another, and keeps the name; its short pieces ("Kiên Giang", "Tây Ninh") must not be
    converted."""
    return {font for font, texts in texts_by_font.items()
            if font_encoding(font) and not reads_as_unicode("".join(texts))}


def from_font_code(text: str, encoding: str, font: str | None = None) -> str:
    """A run of text set in a legacy font, in Unicode: converted unless it reads as Unicode
    Vietnamese already (a Unicode text later set in a legacy font is left alone). In a TCVN3
    capitals font (`font` ".VnTimeH", ".VnArialH") in capitals: the font draws every code as a
    capital, and typists typed its lines as small letters ("céng hßa" shown "CỘNG HÒA")."""
    if not text or reads_as_unicode(text):
        return text
    converted = to_unicode(text, encoding)
    return converted.upper() if capitals_font(font) else converted


def capitals_font(font: str | None) -> bool:
    """Whether a font is a TCVN3 capitals font: ".VnTimeH", ".VnArialH", "ABCDEF+.VnTimeH,Bold"."""
    return bool(font) and _CAPITALS_FONT.search(font) is not None


@functools.cache
def _char_table(encoding: str) -> dict[str, str]:
    """A legacy code -> its Unicode letter (NFC), one or two characters long."""
    return {code: unicodedata.normalize("NFC", letter) for code, letter in CHARMAPS[encoding].pairs}


_FONTNAME = itemgetter("fontname")
# a TCVN3 capitals font: ".VnTimeH", ".VnArialH", "ABCDEF+.VnTimeH,Bold", ".VnTimeH-Italic", "VnTimeH-Bold"
_CAPITALS_FONT = re.compile(r"(?:\.|^(?:[A-Z]{6}\+)?_?)Vn[^,-]*H(?:$|[,-])")


def legacy_font_chars(chars: list[dict]) -> tuple[list[dict], bool]:
    """A PDF page's characters (pdfplumber's dicts, in content order) with the text of those
    drawn in a legacy font converted: ".VnTime" codes to their letters, a capitals font's
    (".VnTimeH", ".VnArialH") to capitals, a VNI letter drawn as a base glyph and a mark
    glyph one character (the mark's box joined to it). A font is taken as legacy by its
    characters on the page, as legacy_fonts judges a document's text. Returns the characters
    and whether any changed; the list is the same object when none did."""
    try:
        names = set(map(_FONTNAME, chars))  # (one pass in C: this runs on every page)
    except KeyError:
        names = {c.get("fontname") for c in chars}
    if not any(font_encoding(name) for name in names):
        return chars, False
    texts: dict[str, list[str]] = {}
    for c in chars:
        if font_encoding(c.get("fontname")):
            texts.setdefault(c.get("fontname"), []).append(c["text"])
    legacy = {name: font_encoding(name) for name in legacy_fonts(texts)}
    capitals = {name for name in legacy if capitals_font(name)}
    out: list[dict] = []
    changed = False
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        name = c.get("fontname")
        encoding = legacy.get(name)
        if encoding is None:
            out.append(c)
            i += 1
            continue
        table = _char_table(encoding)
        text, used = c["text"], 1
        if i + 1 < n and chars[i + 1].get("fontname") == name and (text + chars[i + 1]["text"]) in table:
            text, used = text + chars[i + 1]["text"], 2  # VNI: a base letter and its mark
        letter = table.get(text, text)
        if name in capitals:
            letter = letter.upper()
        if letter != c["text"] or used == 2:
            c = dict(c, text=letter)
            if used == 2:
                c["x1"] = max(c["x1"], chars[i + 1]["x1"])
            changed = True
        out.append(c)
        i += used
    return (out if changed else chars), changed
