"""A header typed a paragraph a line, each paragraph spaced after, printed to PDF (round T71, read
from G68's company plan, a .txt made a Word file a line a paragraph and printed by LibreOffice).

"UBND TỈNH ...  CỘNG HÒA XÃ HỘI CHỦ NGHĨA" wraps "VIỆT NAM" to the line's start, "CÔNG TY ...
Độc lập - Tự do - Hạnh" wraps "phúc", and the issuer's third line ("LÂM NGHIỆP SUỐI MƠ", set in
under the left column) follows a paragraph's spacing below: further than a line's distance from
"phúc", so the header's band ended above it and it was read after the motto, out of the
issuer's name. A line of a two-column band may now follow the line above as far as the band's
own rows have followed one another (extractors/layout/words.py `_column_of`).

Words placed here as the PDF places them: other provinces, companies and words."""

from __future__ import annotations

import pytest

from extractors.layout import words as layout_words

CHAR, SPACE = 7.4, 3.5


def _words(top: float, x0: float, text: str) -> list[dict]:
    out, x = [], x0
    for word in text.split():
        w = len(word) * CHAR
        out.append({"text": word, "x0": x, "x1": x + w, "top": top, "bottom": top + 11.0, "upright": True})
        x += w + SPACE
    return out


def _texts(runs: list[tuple[float, float, str]]) -> list[str]:
    words = [w for top, x0, text in runs for w in _words(top, x0, text)]
    return [payload[2] for kind, payload in layout_words.page_items(words) if kind == "line"]


def _header(issuer_left: str, issuer_more: str, gap: float = 24.7, more_x: float = 100.6) -> list:
    return [(71.2, 90.1, issuer_left), (71.2, 330.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"),
            (85.9, 90.1, "VIỆT NAM"),
            (110.6, 90.1, "CÔNG TY CỔ PHẦN"), (110.6, 380.0, "Độc lập - Tự do - Hạnh"),
            (125.3, 90.1, "phúc"),
            (125.3 + gap, more_x, issuer_more)]


MUST = [
    ("a company's third line a paragraph below the wrapped motto",
     _header("UBND TỈNH HÀ ĐÔNG", "CAO SU BÌNH MINH"), ["UBND TỈNH HÀ ĐÔNG", "CÔNG TY CỔ PHẦN", "CAO SU BÌNH MINH"]),
    ("a bank's branch name, set at the column's start",
     _header("NGÂN HÀNG NHÀ NƯỚC", "CHI NHÁNH KHU VỰC 9", more_x=90.1),
     ["NGÂN HÀNG NHÀ NƯỚC", "CÔNG TY CỔ PHẦN", "CHI NHÁNH KHU VỰC 9"]),
]


@pytest.mark.parametrize("name,runs,want", MUST, ids=[m[0] for m in MUST])
def test_a_left_column_line_a_paragraph_below_stays_in_its_column(name, runs, want):
    texts = _texts(runs)
    assert texts[:3] == want


MUST_NOT = [
    ("a line twice the band's widest step below: the band has ended",
     _header("UBND TỈNH HÀ ĐÔNG", "CAO SU BÌNH MINH", gap=52.0)),
    ("a line that crosses the strip between the columns",
     _header("UBND TỈNH HÀ ĐÔNG", "Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020 và các văn bản")),
]


@pytest.mark.parametrize("name,runs", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_other_lines_end_the_band(name, runs):
    texts = _texts(runs)
    assert texts[-1] == runs[-1][2]
