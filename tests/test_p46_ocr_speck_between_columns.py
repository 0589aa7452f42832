"""A scan's header whose two columns share a line ("ỦY BAN NHÂN DÂN" ... "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"), a speck
read as a low line between them, hugging the national title ("DÂN", 15 pt, "_", 5 pt, "CỘNG"): the title read
"_ CỘNG HÒA ...", the header's columns not told, its wrapped "NAM" read onto the issuer ("... tỉnh Lâm Viên Nam";
round IMG30, G37's Word plan as a 300 dpi scan). A low line alone is a speck where no word ends within twice the
gap after it (ocr.without_low_lines_opening, IMG30's rule for a stamp's stroke before "Số:", which asked for no word
within a column's gap); a low line between words set a space apart stays."""

from __future__ import annotations

import pytest

from extractors.formats.ocr import without_low_lines_opening


def words(spec: list[tuple[str, float, float]], top: float = 70.0) -> list[dict]:
    return [{"text": t, "x0": x0, "x1": x1, "top": top, "bottom": top + 16} for t, x0, x1 in spec]


HEADER = [("ỦY", 109, 128), ("BAN", 133, 162), ("NHÂN", 168, 210), ("DÂN", 215, 245)]
TITLE = [("CỘNG", 272, 312), ("HÒA", 317, 348), ("XÃ", 352, 371)]


@pytest.mark.parametrize("low, kept", [
    # must: hugging the title, far from the issuer's last word
    (("_", 260, 267), False),
    (("__", 262, 268), False),
    # must not: as near the word before as the word after (a blank to fill, "DÂN _ CỘNG" set a space apart)
    (("_", 250, 257), True),
    (("_", 254, 262), True),
])
def test_a_low_line_between_columns(low, kept):
    got = [w["text"] for w in without_low_lines_opening(words(HEADER + [low] + TITLE))]
    assert (low[0] in got) is kept
    assert [t for t in got if t != low[0]] == [w[0] for w in HEADER + TITLE]
