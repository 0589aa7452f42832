"""Plain-text reader: detect the encoding, then the layout stage for text
(extractors.layout.text) finds pages, tables, columns and paragraphs.
"""

from __future__ import annotations

import array
import re
import sys
import unicodedata

from charset_normalizer import from_bytes

from extractors.blocks import RawDocument, ReadError
from extractors.formats import glued
from extractors.formats.escaped import unescaped
from extractors.formats.mojibake import repaired
from extractors.layout import browser_rows, drawn_tables
from extractors.layout.text import read_text
from normalizers.legacy import detect_and_convert, looks_legacy
from normalizers.text import BULLET_LOOKALIKES, ETH_LOOKALIKES, INVISIBLE, UNICODE_SPACES

# Letters only Unicode Vietnamese writes, once composed (e.g. "ộ" of "Cộng"); not "đ", which
# Nordic and Croatian 8-bit code pages have too.
_VIETNAMESE_ONLY = re.compile("[ăơưĂƠƯ\u1ea0-\u1ef9]")


def _vietnamese(text: str) -> bool:
    """Does `text` read as Unicode Vietnamese (not Baltic or Latin-1 garbage)?"""
    sample = unicodedata.normalize("NFC", text[:20000])
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    return len(_VIETNAMESE_ONLY.findall(sample)) > 0.02 * letters


def _eight_bit(data: bytes) -> tuple[str, str] | None:
    """An 8-bit Vietnamese file that charset detection misnames: Windows-1258 (tone marks as
    combining characters), or TCVN3/VNI font codes, which read as Windows-1252 are the
    legacy text that normalizers.legacy converts later."""
    try:
        text = data.decode("cp1258")
        composed = unicodedata.normalize("NFC", text[:20000])
        # a tone mark that composes with no letter ("l" + tilde) is TCVN3 read as Windows-1258
        stray = sum(1 for ch in composed if unicodedata.combining(ch))
        if _vietnamese(text) and stray <= 0.001 * len(composed):
            return text, "cp1258"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        text = data.decode("latin-1")
    if looks_legacy(text):
        return text, "cp1252"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text (composed: NFC) and the encoding name. Refuses binary data."""
    text, encoding = _decode(data)
    # (a UTF-8 file with neither lead byte of a private-use code point, EE or EF, holds none: its text is
    # not scanned for one; NFC composes none)
    private_use = encoding not in ("utf-8", "utf-8-sig") or b"\xee" in data or \
        data.find(b"\xef", 3 if encoding == "utf-8-sig" else 0) >= 0
    # a decomposed file (macOS, some web editors, Windows-1258's combining tones) is composed
    # here, before any layout: a letter and its marks as several characters would shift the
    # columns of a space-aligned table and split words the rules look for
    text = unicodedata.normalize("NFC", text)
    # zero-width spaces and joiners, a byte order mark inside the text, soft hyphens (a copy from a
    # web page carries them) go before any layout rule looks for a label, the motto or a line's start
    # (not a soft hyphen in legacy font codes: TCVN3's "ư" is its byte, read as Windows-1252)
    if any(ch in text for ch in _INVISIBLE_CHARS):  # (a search for each character: ten times a class's scan)
        text = _INVISIBLE.sub("", text)
    # (legacy codes asked once, and only of a text holding a soft hyphen or an eth)
    legacy = any(ch in text for ch in "\u00ad\u00d0\u00f0") and looks_legacy(text)
    if "\u00ad" in text and not legacy:
        text = text.replace("\u00ad", "")
    # the Icelandic eth that scraped PDFs and old fonts give for Đ ("ÐẢNG", "Ðộc lập") is made Đ
    # here too, before any layout rule looks for "Độc lập" or "ĐẢNG" (the normalizer would, later);
    # not in legacy font codes (TCVN3, VNI), where the same letters stand for others
    if ("\u00d0" in text or "\u00f0" in text) and not legacy:
        text = text.translate(ETH_LOOKALIKES)
    # a list's bullets in a symbol font's private-use code points: "•" and "+" before the list
    # rules look for them (and the paragraphs they open are not run together)
    if private_use and _PRIVATE_USE.search(text):
        text = text.translate(BULLET_LOOKALIKES)
    return text, encoding


_LINE_ENDS = "\r\x0b\u2028\u2029"
_AS_LINE_END = {ord(ch): "\n" for ch in _LINE_ENDS}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_UNICODE_SPACE = re.compile("[" + UNICODE_SPACES + "]")
# (the same as "(?<=\S)[spaces]+(?=\S)", written to open on the class of spaces: a pattern that opens on a class is
# searched for that class's characters, one that opens on a lookbehind is tried at every position, four times slower)
_BETWEEN_WORDS = re.compile("[" + UNICODE_SPACES + r"](?<=\S[" + UNICODE_SPACES + "])[" + UNICODE_SPACES + r"]*(?=\S)")
_INVISIBLE_CHARS = INVISIBLE.replace("\u00ad", "")
_INVISIBLE = re.compile("[" + _INVISIBLE_CHARS + "]")


def _utf16_order(head: bytes) -> str | None:
    """The byte order of UTF-16 text with no byte-order mark, if `head` reads as one: a NUL in
    most bytes of one parity (the high byte of ASCII and Latin-1 letters, most of Vietnamese
    text) and in almost none of the other, and the whole decodes. Binary data has NULs at both."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even, odd = head[0:2 * pairs:2].count(0), head[1:2 * pairs:2].count(0)
    # (the combining grave, U+0300, is the one letter of Vietnamese with a NUL low byte: decomposed tones, as
    # Windows-1258 text keeps them, hold it as often as the grave tone is written)
    units = array.array("H", head[:2 * pairs])  # (the code units read little-endian)
    if sys.byteorder == "big":
        units.byteswap()
    grave_le, grave_be = units.count(0x0300), units.count(0x0003)
    for codec, high, low in (("utf-16-le", odd, even - grave_le), ("utf-16-be", even, odd - grave_be)):
        if high >= 0.5 * pairs and low <= 0.01 * pairs:
            try:
                head[:2 * pairs].decode(codec)
            except UnicodeDecodeError:
                # (a cut surrogate pair at the end of the head is no reason to refuse it)
                if not _decodes_but_the_end(head[:2 * pairs], codec):
                    return None
            return codec
    return None


def _decodes_but_the_end(data: bytes, codec: str) -> bool:
    try:
        data[:-2].decode(codec)
        return True
    except UnicodeDecodeError:
        return False


# A UTF-8 file with a few bytes that are no UTF-8 (a Windows quote pasted in, "\x92"; a crawl cut off inside a
# letter's bytes) is UTF-8, not the 8-bit code page charset detection would take the whole file for (every letter
# of the text mangled): read as UTF-8 where it holds STRAYS_LETTERS letters past ASCII or more and its stray bytes
# are at most STRAYS_FEW and STRAYS_SHARE of those letters (an 8-bit file's bytes make a UTF-8 letter only by
# chance, and stray bytes by the hundred); a stray byte read as Windows-1252 reads it ("’"), a letter cut at the
# file's end left out.
STRAYS_FEW = 2
STRAYS_SHARE = 0.01
STRAYS_LETTERS = 50
_STRAY = re.compile("[\udc80-\udcff]")


def _utf8_but_strays(data: bytes) -> str | None:
    text = data.decode("utf-8", errors="surrogateescape")
    strays = _STRAY.findall(text)
    beyond_ascii = len(text) - len(data.decode("ascii", errors="ignore")) - len(strays)
    if beyond_ascii < STRAYS_LETTERS or len(strays) > STRAYS_FEW + STRAYS_SHARE * beyond_ascii:
        return None
    cut = re.search("[\udc80-\udcff]{1,3}\\Z", text)
    if cut and bytes(ord(ch) - 0xDC00 for ch in cut.group())[:1] >= b"\xc2":  # a letter's first bytes, at the end
        text = text[:cut.start()]
    return _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


def _decode(data: bytes) -> tuple[str, str]:
    head = data[:65536]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        codec = _utf16_order(head)
        if codec is not None:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
        raise ReadError("the file holds binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (text := _utf8_but_strays(data)) is not None:
        return text, "utf-8"
    best = from_bytes(data).best()
    if best is None or not _vietnamese(str(best)):
        eight_bit = _eight_bit(data) if b"\x00" not in head else None
        if eight_bit is not None:
            return eight_bit
    if best is None:
        raise ReadError("cannot detect a text encoding: the file looks like binary data")
    text = str(best)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise ReadError("the file holds binary data (control characters), not text")
    return text, best.encoding


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # (not the tab, the line ends and the form feed: a page's end)


def decode_unicode(data: bytes) -> tuple[str, str, list[dict]]:
    """decode, and a text typed in a legacy font (TCVN3's .VnTime, VNI-Times) and kept as the
    Latin-1 characters of its codes ("Uû ban nh©n d©n", as a PDF's text or a copy and paste of such a
    document gives it) converted to Unicode here, before the layout rules look for "Số:", "Căn cứ"
    or "Độc lập" (the blocks of the other formats are converted after reading: base.convert_legacy);
    with its `text.legacy_encoding_converted` issue."""
    text, encoding = decode(data)
    # a text saved with its characters escaped (a page's HTML character references, a JSON string's "\\n") is
    # decoded first: its line ends and letters are the text's own only after
    text, escapes = unescaped(text)
    # UTF-8 text decoded as Windows-1252 and saved again ("Káº¿ hoáº¡ch") is repaired, before legacy codes are looked for
    text, mojibake = repaired(text)
    # Windows line ends read as Unix ones before any pass of the text and Markdown readers asks for a blank line
    # ("\n\n") or a Markdown hard break (two spaces before "\n"), and before the legacy codes' detector weighs the
    # text (its confidence counted the "\r"s: one text, two issues); `decode` itself gives the bytes' text as it is.
    # The other line ends a text is saved with are line ends too, as Python's universal newlines read them: an old
    # Mac's "\r" alone, Word's manual line break copied out as a vertical tab, the line and paragraph separators of a
    # web editor (not NEL, U+0085: a legacy font's code read as Latin-1)
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if any(ch in text for ch in _LINE_ENDS):
        text = text.translate(_AS_LINE_END)
    # a PDF's text as PDFium gives it (pypdfium2's get_text_range, a scraper's copy): a hyphen its glyph drew is the
    # non-character U+FFFE ("Tờ trình số 1184/TTr\ufffeSTC"), as the PDF reader reads it (pdfium_words)
    if "\ufffe" in text:
        text = text.replace("\ufffe", "-")
    # C0 control characters a converter left in the text (a Word content control's or form field's marks as some
    # Word-to-HTML/Markdown tools write them, "67\x01/KH-UBND", "\x04KẾ HOẠCH \x05", "ngày \x07\x0319\x08 tháng"; a
    # NUL): taken out, as no reader shows them
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    text, issues = detect_and_convert(text)
    # no-break and other Unicode spaces between a line's words are spaces to a plain text's layout rules, which look
    # for " | " and "  " before the normalizer makes them plain ("Nội dung\u00a0| Cơ quan chủ trì": no table); a line
    # of a no-break space alone is an empty cell of a table flattened a cell a line, no blank line, and stays
    if _UNICODE_SPACE.search(text):
        text = _BETWEEN_WORDS.sub(lambda m: " " * len(m.group()), text)
    return text, encoding, [i for i in (escapes, mojibake) if i] + issues


def read(data: bytes, path: str) -> RawDocument:
    text, encoding, converted = decode_unicode(data)
    # (a table a converter drew with characters, its cells wrapped in their widths, written as rows first,
    # extractors.layout.drawn_tables; a task table whose rows a text browser ran together and wrapped, a row a line
    # again, extractors.layout.browser_rows)
    blocks, issues = read_text(glued.restore_breaks(browser_rows.unwrapped(drawn_tables.rewritten(text))))
    if not any(b.text.strip() or b.rows for b in blocks):
        raise ReadError("the file holds no text")
    return RawDocument(blocks, encoding=encoding, issues=converted + issues)
