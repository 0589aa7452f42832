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

import ftfy

MIN_MARKS = 8
# a genuine "Ã" before a space ("XÃ PHƯỚC") stays: not read as the "à" whose second byte (A0) a program made a space
_CONFIG = ftfy.TextFixerConfig(restore_byte_a0=False)


def _marks(text: str) -> int:
    # (and the same pairs mangled twice, "Ã¡Âº": a text that went through it twice)
    return text.count("á»") + text.count("áº") + text.count("Ã¡Â")


def _fix(text: str) -> str:
    return ftfy.fix_encoding(text, _CONFIG)


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
