"""The PDFium word extractor gives the words pdfplumber's extract_words gives, faster."""

import time
import unicodedata

import pdfplumber

from extractors.formats.pdfium_words import extract_words
from tests.conftest import RAW

PDF = RAW / "kontum_787-KH-UBND_2018.pdf"


def _same(ours: dict, theirs: dict) -> bool:
    return (ours["text"] == unicodedata.normalize("NFC", theirs["text"])
            and all(abs(ours[k] - theirs[k]) < 1.0 for k in ("x0", "x1", "top", "bottom")))


def test_pdfium_words_match_pdfplumber_on_every_page():
    data = PDF.read_bytes()
    started = time.perf_counter()
    ours = extract_words(data)
    t_ours = time.perf_counter() - started
    started = time.perf_counter()
    with pdfplumber.open(PDF) as pdf:
        theirs = [page.extract_words() for page in pdf.pages]
    t_theirs = time.perf_counter() - started
    assert len(ours) == len(theirs) == 42
    total = matched = 0
    for page_ours, page_theirs in zip(ours, theirs):
        assert len(page_ours) == len(page_theirs)
        # the same words in the same places (reading order may differ: compare by place)
        key = sorted(page_ours, key=lambda w: (round(w["top"]), w["x0"]))
        for w in sorted(page_theirs, key=lambda w: (round(w["top"]), w["x0"])):
            total += 1
            matched += any(_same(o, w) for o in key if abs(o["top"] - w["top"]) < 2)
    assert total > 10_000 and matched == total
    assert t_ours < t_theirs / 3, (t_ours, t_theirs)


def test_words_are_split_at_spaces_and_line_ends():
    words = extract_words(PDF.read_bytes())[0]
    texts = [w["text"] for w in words[:4]]
    assert texts == ["ỦY", "BAN", "NHÂN", "DÂN"]
    assert all(w["x0"] < w["x1"] and w["top"] < w["bottom"] for w in words)
    assert words[0]["bottom"] == words[1]["bottom"]  # one line, one baseline
