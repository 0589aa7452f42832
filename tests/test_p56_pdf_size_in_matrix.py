"""A PDF whose text size is set by a matrix, not by the font size of `Tf`: cairo (pdftocairo,
GTK's and many Linux programs' printing) writes "/f-0-0 1 Tf" and the size in the text
matrix ("11 0 0 11 x y Tm"); Windows print drivers scale the whole page to device units
("0.12 0 0 0.12 0 0 cm") and set the font in those units ("/F1 92 Tf"). PDFium's
FPDFText_GetFontSize gives the `Tf` size alone; a character's size on the page is that times
its matrix's scale, as pdfminer measures it. With the `Tf` size taken as the size, every
character's box was a twelfth as wide (or ten times as wide) as its glyph, and the page
came out one letter a word ("U B N D T Ỉ N H ..."), with no sign that anything was wrong.

Must rows: each way of setting the size gives the characters (boxes, sizes) and the text of
the plain way; a whole invented PDF, rewritten by pdftocairo, gives the record of the
original. Must-not rows: the plain page reads as before, and a horizontally stretched page
(Tz: the matrix scales x and y apart) still counts as one PDFium cannot vouch for (the
reader then asks pdfminer)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.formats.pdfium_words import page_chars
from pipeline.process import process
from tests.extractors.test_pdf_routing import _pdf

LINES = ("Ke hoach so 214/KH-UBND ngay 03 thang 4 nam 2027", "Phong Tai chinh - Ke hoach chu tri, tong hop")


def _plain() -> str:
    return "BT /F1 11 Tf 56 760 Td 16 TL " + " ".join(f"({t}) Tj T*" for t in LINES) + " ET\n"


def _in_text_matrix() -> str:  # cairo: size 1, the 11 in the text matrix, each line its own Tm
    return "".join(f"BT /F1 1 Tf 11 0 0 11 56 {760 - 16 * k} Tm ({t}) Tj ET\n" for k, t in enumerate(LINES))


def _device_units() -> str:  # a print driver: the page scaled to 1/10 pt, the font in those units
    return ("q 0.1 0 0 0.1 0 0 cm BT /F1 110 Tf 560 7600 Td 160 TL "
            + " ".join(f"({t}) Tj T*" for t in LINES) + " ET Q\n")


def _page_doubled() -> str:  # a page drawn at half size and scaled up
    return "q 2 0 0 2 0 0 cm BT /F1 5.5 Tf 28 380 Td 8 TL " + " ".join(f"({t}) Tj T*" for t in LINES) + " ET Q\n"


def _stretched() -> str:
    return "BT /F1 11 Tf 130 Tz 56 760 Td 16 TL " + " ".join(f"({t}) Tj T*" for t in LINES) + " ET\n"


def _chars(content: str) -> tuple[list[tuple], int]:
    page = pdfium.PdfDocument(_pdf(content))[0]
    chars, bad = page_chars(page)
    return [(c["text"], round(c["x0"], 2), round(c["x1"], 2), round(c["size"], 2), round(c["top"], 2),
             round(c["bottom"], 2)) for c in chars], bad


MUST = [("size in the text matrix (cairo)", _in_text_matrix), ("page in device units (print driver)", _device_units),
        ("page drawn at half size, scaled up", _page_doubled)]


@pytest.mark.parametrize("name,content", MUST, ids=[m[0] for m in MUST])
def test_size_set_by_a_matrix_gives_the_plain_pages_characters(name, content):
    plain, plain_bad = _chars(_plain())
    got, bad = _chars(content())
    assert bad == plain_bad == 0
    assert got == plain


@pytest.mark.parametrize("name,content", MUST, ids=[m[0] for m in MUST])
def test_size_set_by_a_matrix_reads_as_words(name, content):
    text = process("x.pdf", _pdf(content())).text
    assert text == process("x.pdf", _pdf(_plain())).text
    for line in LINES:
        assert line in text


def test_must_not_plain_page_and_stretched_page():
    chars, bad = _chars(_plain())
    assert bad == 0
    k = next(c for c in chars if c[0] == "K")
    assert (k[1], k[3]) == (56.0, 11.0)  # Helvetica's K is 0.667 em wide: x1 = 56 + 7.34
    assert k[2] == pytest.approx(56 + 0.667 * 11, abs=0.01)
    assert _chars(_stretched())[1] > 0  # x and y scaled apart: not vouched for


SOURCE = "g52_tinh-phuvan_18-ctr-ubnd_2026_kinh-te-so-moc-nam-cot-nam"


def _record(path: Path) -> dict:
    got = process(str(path), path.read_bytes())
    assert got.record is not None, got.error
    return got.record.model_dump(mode="json")


def test_a_pdf_rewritten_by_pdftocairo_gives_the_originals_record(tmp_path):
    """The LibreOffice PDF of an invented plan with a task table and a budget table, as
    pdftocairo writes it again (cairo's size-1 fonts): the same fields."""
    assert shutil.which("pdftocairo"), "pdftocairo (poppler-utils) is installed by scripts/setup-system.sh"
    from tests.invented.renditions import RAW, libreoffice
    [original] = libreoffice([RAW / f"{SOURCE}.docx"], "pdf", tmp_path)
    cairo = tmp_path / "cairo.pdf"
    subprocess.run(["pdftocairo", "-pdf", str(original), str(cairo)], check=True, capture_output=True)
    a, b = _record(original), _record(cairo)
    for field in ("number", "issued_date", "title"):
        assert a[field] == b[field] and a[field]
    assert a["issuer"] == b["issuer"]
    targets = [[t["value"] for t in o["targets"]] for o in a["objectives"]]
    assert targets == [[t["value"] for t in o["targets"]] for o in b["objectives"]] and any(targets)
    assert [x["lead_agencies"] for x in a["activities"]] == [x["lead_agencies"] for x in b["activities"]]
    assert a["activities"]
    amounts = [s["amount_vnd"] for s in a["budget"]["statements"]]
    assert amounts == [s["amount_vnd"] for s in b["budget"]["statements"]] and amounts


# -- a word whose letters two fonts set, with another line's piece between its halves ------------

def _w(text: str, x0: float, x1: float, top: float, font: str = "A+Serif-Bold", size: float = 12.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "fontname": font, "size": size}


SPACES = {"A+Serif-Bold": 0.348, "B+Serif-Bold": 0.348}
LINE_1, LINE_2 = 59.2, 85.4

JOINS = [  # (words in pdfplumber's order, the words after the join)
    ("a piece of another line between the halves",
     [_w("KIM", 134.3, 163.6, LINE_2), _w("Đ", 167.7, 178.2, LINE_2, "B+Serif-Bold"), _w("C", 237.7, 247.3, LINE_1),
      _w("ÀI", 178.2, 193.1, LINE_2)],
     ["KIM", "ĐÀI", "C"]),
    ("two pieces of other lines between them",
     [_w("Đ", 167.7, 178.2, LINE_2, "B+Serif-Bold"), _w("C", 237.7, 247.3, LINE_1), _w("Ộ", 247.2, 257.6, LINE_1, "B+Serif-Bold"),
      _w("ÀI", 178.2, 193.1, LINE_2)],
     ["ĐÀI", "CỘ"]),
]
KEPT = [  # must-not: (words, the words as they stay)
    ("a space's gap between the halves",
     [_w("KIM", 134.3, 163.6, LINE_2), _w("C", 237.7, 247.3, LINE_1), _w("ĐÀI", 167.7, 193.1, LINE_2)],
     ["KIM", "C", "ĐÀI"]),
    ("the piece's line's nearest word does not join: a farther one is not asked",
     [_w("Đ", 167.7, 178.2, LINE_2), _w("X", 300.0, 310.0, LINE_2), _w("C", 237.7, 247.3, LINE_1),
      _w("ÀI", 178.2, 193.1, LINE_2)],
     ["Đ", "X", "C", "ÀI"]),
    ("a list's label before a capital, another line between",
     [_w("b)", 56.0, 66.0, LINE_2), _w("C", 237.7, 247.3, LINE_1), _w("Tổ", 66.0, 80.0, LINE_2)],
     ["b)", "C", "Tổ"]),
]


@pytest.mark.parametrize("name,words,expected", JOINS + KEPT, ids=[r[0] for r in JOINS + KEPT])
def test_split_word_joined_past_another_lines_piece(name, words, expected):
    from extractors.formats.pdf import join_split_glyphs
    got = join_split_glyphs(words, SPACES)
    assert [w["text"] for w in got] == expected
    by_text = {w["text"]: w for w in got}
    if "ĐÀI" in expected and name != KEPT[0][0]:
        assert (by_text["ĐÀI"]["x0"], by_text["ĐÀI"]["x1"]) == (167.7, 193.1)
