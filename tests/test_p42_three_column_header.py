"""A joint plan's header printed from a Word file: three borderless cells side by side (two issuers and the
national title), so narrow that the first line of each nearly fills its cell and the three sit 19-24 pt apart
("UBND TỈNH HÒA  LIÊN ĐOÀN LAO  CỘNG HÒA XÃ HỘI CHỦ"), under the column gap that cuts a line (24 pt). The
lines below, shorter, are cut in three; the first line is cut at its two gaps over their free strips
(words._cut_over_three), so each issuer's lines stay in its column ("UBND TỈNH HÒA" / "TRUNG" / "SỞ VĂN
HÓA, THỂ ...", then "LIÊN ĐOÀN LAO" / "ĐỘNG" ...) instead of the three cells' first lines read as one ("UBND
TỈNH HÒA LIÊN ĐOÀN LAO CỘNG HÒA XÃ HỘI CHỦ": the issuer lost half its name). Found by a Word-made PDF of a
joint plan (round P42); names invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.words import _cut_over_three, line_items, segments_of

CHAR = 7.0  # points a letter of the invented lines takes
SPACE = 4.0  # points between two words of a cell


def _line(top: float, *cells: tuple[float, str]) -> list[dict]:
    """Words of a visual line: each cell's words from its x0, SPACE apart."""
    words = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            words.append({"text": word, "x0": x, "x1": x + CHAR * len(word), "top": top, "bottom": top + 12.0})
            x += CHAR * len(word) + SPACE
    return words


def _texts(segs) -> list[str]:
    return [s[2] for s in segs]


FIRST_LINES = [
    # must: two issuers and the national title, 19 and 22 pt apart, over three cells' second lines
    (_line(100, (90, "UBND TỈNH LAM"), (194, "HỘI NÔNG DÂN"), (294, "CỘNG HÒA XÃ HỘI")),
     _line(116, (120, "ĐÔNG"), (215, "TỈNH"), (310, "CHỦ NGHĨA VIỆT NAM")),
     ["UBND TỈNH LAM", "HỘI NÔNG DÂN", "CỘNG HÒA XÃ HỘI"]),
    (_line(100, (88, "SỞ Y TẾ TỈNH"), (182, "TỈNH ĐOÀN"), (263, "CỘNG HÒA XÃ HỘI")),
     _line(116, (100, "BẮC KHÊ"), (190, "BẮC KHÊ"), (280, "CHỦ NGHĨA VIỆT NAM")),
     ["SỞ Y TẾ TỈNH", "TỈNH ĐOÀN", "CỘNG HÒA XÃ HỘI"]),
]


@pytest.mark.parametrize("line, below, expected", FIRST_LINES)
def test_the_first_line_is_cut_over_the_three_columns(line, below, expected):
    segs = _cut_over_three(line, segments_of(below))
    assert segs is not None and _texts(segs) == expected


@pytest.mark.parametrize("line, below", [
    # must not: a body line in small letters over a three-cell line
    (_line(100, (90, "Căn cứ Kế hoạch"), (194, "của UBND"), (294, "tỉnh về việc")),
     _line(116, (120, "ĐÔNG"), (215, "TỈNH"), (310, "CHỦ NGHĨA VIỆT NAM"))),
    # must not: one wide gap only (two cells: an issuer and the national title)
    (_line(100, (90, "UBND TỈNH LAM ĐÔNG"), (240, "CỘNG HÒA XÃ HỘI")),
     _line(116, (120, "ĐÔNG"), (215, "TỈNH"), (310, "CHỦ NGHĨA VIỆT NAM"))),
    # must not: the gaps as wide as the line's usual gap (a line spread letter by letter)
    (_line(100, (90, "K"), (120, "Ế"), (150, "H"), (180, "O"), (210, "Ạ"), (240, "C"), (270, "H")),
     _line(116, (100, "ĐÔNG"), (160, "TỈNH"), (240, "NAM"))),
])
def test_other_lines_are_not_cut_in_three(line, below):
    assert _cut_over_three(line, segments_of(below)) is None


def test_each_issuer_keeps_its_lines():
    # must: the header read column by column: each issuer's name whole, the national title after them
    lines = [
        _line(100, (90, "UBND TỈNH LAM"), (194, "HỘI NÔNG DÂN"), (294, "CỘNG HÒA XÃ HỘI")),
        _line(116, (120, "ĐÔNG"), (215, "TỈNH"), (310, "CHỦ NGHĨA VIỆT NAM")),
        _line(132, (92, "SỞ TƯ PHÁP"), (200, "LAM ĐÔNG"), (305, "Độc lập - Tự do")),
    ]
    texts = [p[2] for kind, p in line_items(lines) if kind == "line"]
    assert texts.index("UBND TỈNH LAM") < texts.index("ĐÔNG") < texts.index("SỞ TƯ PHÁP") < texts.index("HỘI NÔNG DÂN")
    assert not any("LAM HỘI" in t for t in texts)
