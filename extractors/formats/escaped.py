"""A text saved with its characters escaped, decoded before any layout rule reads it.

Two shapes real archives hold:
- a page's text kept with its HTML character references: old Vietnamese web pages wrote their letters as numeric
  references ("Ph&#432;&#417;ng &#225;n", Unikey's "NCR Decimal" and "NCR Hex" charsets) or named ones
  ("nh&acirc;n d&acirc;n"), and a crawler that saves the source's text without decoding them keeps them;
- a text saved as a JSON string (a data set's field written to a file): one line, its line breaks "\\n", its quotes
  "\\\"", its letters as they are or as "\\u1ebf" (ASCII-only JSON), often between the string's quotes.

Decoded only where the escapes are the text's own, not a word or two that quote one: at least MIN_ESCAPES references
that stand for letters, or at least MIN_ESCAPES escaped line breaks and four of them for each real one (a one-line
file), or an ASCII text with at least MIN_ESCAPES escaped letters, or a whole one-line text between a JSON string's
quotes that ends on its escaped line break.
"""

from __future__ import annotations

import html
import re
import unicodedata

MIN_ESCAPES = 8
# a character reference's name or number: "&#7871;", "&#x1EBF;", "&acirc;" (group 1: what stands between "&" and ";")
_REFERENCE_BODY = r"(#(?:[xX][0-9a-fA-F]{1,6}|\d{1,7})|[A-Za-z][A-Za-z0-9]{1,31});"
_REFERENCE = re.compile("&" + _REFERENCE_BODY)
_JSON_ESCAPE = re.compile(r'\\(?:u[0-9a-fA-F]{4}|[nrtbf"\\/])')
_ESCAPED_LETTER = re.compile(r"\\u(?:00[c-fC-F][0-9a-fA-F]|01[0-9a-fA-F]{2}|1[eE][0-9a-fA-F]{2})")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}


def _letter_references(pattern: re.Pattern, text: str) -> bool:
    """Whether at least MIN_ESCAPES of the references `pattern` finds in `text` stand for letters."""
    count = 0
    for m in pattern.finditer(text):
        count += html.unescape("&" + m.group(1) + ";").isalpha()
        if count >= MIN_ESCAPES:
            return True
    return False


# a one-line text written as a whole JSON string: between the string's quotes, no quote inside unescaped, its only
# line break the escaped one at its end ("\"ỦY BAN NHÂN DÂN ... Lê Văn An\\n\"": a document of one line)
_WHOLE_STRING = re.compile(r'^"(?:[^"\\\n]|\\.)*\\n"\n?$')


def _json_string(text: str) -> bool:
    if "\\" not in text:
        return False
    if _WHOLE_STRING.match(text):
        return True
    escaped_breaks = text.count("\\n")
    if escaped_breaks >= MIN_ESCAPES and escaped_breaks >= 4 * (text.count("\n") + 1):
        return True
    return text.isascii() and len(_ESCAPED_LETTER.findall(text, 0, 200000)) >= MIN_ESCAPES


def _json_unescaped(text: str) -> str:
    # (the string's own quotes and the white space around them out; a text without them kept whole: its first
    # line's indent is the layout of a header set in columns)
    body = text
    quoted = text.strip()
    if len(quoted) >= 2 and quoted[0] == quoted[-1] == '"':
        body = quoted[1:-1]
    out = _JSON_ESCAPE.sub(lambda m: chr(int(m.group()[2:], 16)) if m.group()[1] == "u" else _SIMPLE[m.group()[1]],
                           body)
    if re.search("[\ud800-\udfff]", out):  # a letter beyond the first plane written as a pair of escapes
        out = out.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return out


def unescaped(text: str) -> tuple[str, dict | None]:
    """The text with its escapes decoded where they are its own (see above), and a `text.escapes_decoded` issue
    when any were; else the text itself and None."""
    # (composed again: a letter and its tone may be escaped apart, "a&#769;")
    if _json_string(text):
        decoded, what = _json_unescaped(text), "a JSON string's escapes (\\n, \\\", \\uXXXX)"
    elif "&" in text and _letter_references(_REFERENCE, text):
        decoded, what = html.unescape(text), "HTML character references (&#7871;, &acirc;)"
    else:
        return text, None
    return unicodedata.normalize("NFC", decoded), _issue(what)


# a page whose references were escaped once more ("&amp;#7871;", "&amp;acirc;": a content system that escaped the
# text it was given as HTML): the parser reads them as the text "&#7871;"
_DOUBLE_REFERENCE = re.compile("&amp;" + _REFERENCE_BODY)


def double_references(page: str) -> tuple[str, dict | None]:
    """A page's markup with its letters' references escaped twice made once-escaped, where at least MIN_ESCAPES of
    them stand for letters (a page that shows an entity's code, "&amp;nbsp;", keeps it); else the page itself."""
    if "&amp;" not in page or not _letter_references(_DOUBLE_REFERENCE, page):
        return page, None
    return _DOUBLE_REFERENCE.sub(r"&\1;", page), _issue("HTML character references escaped twice (&amp;#7871;)")


def _issue(what: str) -> dict:
    return {"code": "text.escapes_decoded", "severity": "info", "where": None,
            "message": f"the text was saved with its characters escaped as {what}: decoded"}
