"""A diagonal watermark a Word file carries ("DỰ THẢO", "BẢN SAO", round L5's word-made shape)
that the exporter writes as text set at a slant: its glyphs are no text of the document and
must not cut the lines they cross ("giai A quyet") nor stand as one-letter paragraphs. Text
turned a quarter (a table's vertical heading) or a little (a tilted scan's text layer) is
text."""

from __future__ import annotations

import math

import pytest

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_routing import PROSE, _pdf, _text


def _turned(text: str, degrees: float, x: float, y: float, size: float = 60) -> str:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return f"q 0.75 g BT /F1 {size:g} Tf {c:.4f} {s:.4f} {-s:.4f} {c:.4f} {x:g} {y:g} Tm ({text}) Tj ET Q\n"


def _paragraphs(content: str) -> list[str]:
    return [b.text or "" for b in pdf_reader.read(_pdf(content), "x.pdf").blocks]


def _clean() -> list[str]:
    return _paragraphs(_text(PROSE))


# (why, the turned text's content ops): the page reads as it reads without them
WATERMARKS = [
    ("45 degrees across the body, drawn after it", _text(PROSE) + _turned("DU THAO", 45, 150, 560)),
    ("45 degrees, drawn first (under the text, as Word's header draws it)",
     _turned("DU THAO", 45, 150, 560) + _text(PROSE)),
    ("30 degrees, another word", _text(PROSE) + _turned("BAN SAO", 30, 100, 600)),
    ("-45 degrees, below the body", _text(PROSE) + _turned("DU THAO", -45, 150, 600)),
    ("60 degrees, small letters", _text(PROSE) + _turned("TAI LIEU MAT", 60, 200, 560, size=30)),
]


@pytest.mark.parametrize("why, content", WATERMARKS, ids=[w[0] for w in WATERMARKS])
def test_a_diagonal_watermark_is_no_text(why, content):
    assert _paragraphs(content) == _clean(), why


# (why, the turned text's content ops, the letters that must stay in the text)
KEPT = [
    ("a quarter turn: a vertical heading", _text(PROSE) + _turned("KINH PHI", 90, 520, 300, size=11), "KINHPHI"),
    ("a little tilt: a scan's text layer", _text(PROSE) + _turned("Ghi chu them", 3, 56, 300, size=11), "Ghichuthem"),
    ("upright", _text(PROSE) + _turned("Ghi chu them", 0, 56, 300, size=11), "Ghichuthem"),
]


@pytest.mark.parametrize("why, content, letters", KEPT, ids=[k[0] for k in KEPT])
def test_text_turned_a_quarter_or_a_little_stays(why, content, letters):
    text = "".join("".join(_paragraphs(content)).split())
    assert all(text.count(ch) >= letters.count(ch) + "".join("".join(_clean()).split()).count(ch)
               for ch in set(letters)), (why, text)
