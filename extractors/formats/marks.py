"""A footnote's reference set raised after a word or a number, as the readers that see raised text (web pages'
<sup>, Word's superscript runs) write it: "[1]" after its word, as scrapes write it, never digits glued on ("năm
2022" + raised "1" would read "năm 20221", "triệu đồng" + "2" "đồng2"). A power after a unit ("500 m" + raised "2")
is no reference: it stays as it is. Pure functions."""

from __future__ import annotations

import re

# the reference's number alone, in brackets or not: "1", "(2)", "[3]"
_MARK = re.compile(r"^\s*[\[(]?(\d{1,3})[\])]?\s*$")
# a unit a power follows ("m²", "km²", "m³/ngày")
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])(?:m|km|cm|dm|mm)$")


def raised_mark(raised: str, before: str) -> str | None:
    """How raised text reads after the text `before` it: "[N]" for a footnote's reference, None for anything else
    (a power after a unit, a raised word: "10" + "th")."""
    m = _MARK.match(raised)
    if m is None or (m.group(1) in ("2", "3") and _UNIT_BEFORE.search(before.rstrip())):
        return None
    return f"[{m.group(1)}]"
