"""A footnote set only a little smaller than the body, as Word's own styles set it (10 pt notes
under an 11 pt body: round L5's word-made renditions, tests/renditions/producers.py), is a
footnote when the page's text carries its mark raised ("như sau:¹"): it leaves the flow (it no
longer cuts a run of legal bases or a list in two) and its mark leaves the text. A line as
small at a page's foot whose number no raised mark of the page names stays text; so does one as tall
as the body right under it (a note as tall as the body is one only set apart below it, round P45)."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_routing import _pdf

BODY = [
    "Can cu Luat Ngan sach nha nuoc ngay 25 thang 6 nam 2015;",
    "Can cu Nghi dinh so 45/2017/ND-CP ngay 21/4/2017 cua Chinh phu quy dinh chi tiet;",
    "Can cu Thong tu so 42/2026/TT-BTC ngay 16/6/2026 cua Bo Tai chinh huong dan;",
    "Uy ban nhan dan tinh xay dung ke hoach tai chinh 03 nam 2027 - 2029 nhu sau:",
    "I. MUC TIEU",
    "Toc do tang truong kinh te binh quan giai doan 2027 - 2029 dat 8,2%/nam.",
]
NOTE = "Van ban nay duoc gui kem ban dien tu qua he thong quan ly van ban."


def _page(note_size: float, note_mark: str, raised: str | None, raised_after: int = 1, body_size: float = 11,
          apart: bool = True) -> bytes:
    """Body lines at `body_size` from the top; `raised` (a superscript mark) after line
    `raised_after`; at the page's foot a note "`note_mark` NOTE" at `note_size` (`apart`: far below
    the body, as a note separator's gap sets it; else the line right under the body's last)."""
    ops = []
    y = 780.0
    for n, line in enumerate(BODY):
        ops.append(f"BT /F1 {body_size:g} Tf 56 {y:g} Td ({line}) Tj ET")
        if raised is not None and n == raised_after:
            x = 56 + 0.5 * body_size * len(line) + 1  # past the line's end (Helvetica is about half an em a letter)
            ops.append(f"BT /F1 {0.58 * body_size:.2f} Tf {x:.1f} {y + 0.33 * body_size:.2f} Td ({raised}) Tj ET")
        y -= 1.5 * body_size
    ops.append(f"BT /F1 {note_size:g} Tf 56 {60 if apart else y:g} Td ({note_mark} {NOTE}) Tj ET")
    return _pdf("\n".join(ops) + "\n")


def _blocks(data: bytes) -> list[tuple[str, str]]:
    return [(b.kind, b.text or "") for b in pdf_reader.read(data, "x.pdf").blocks]


# (why, note size, its mark, the raised mark in the text, body size): the note leaves the flow
NOTES = [
    ("10 pt under 11 pt, its mark raised in the text", 10, "1", "1", 11),
    ("12 pt under 13 pt, mark 2", 12, "2", "2", 13),
    ("9 pt under 11 pt (already a note by its size alone)", 9, "1", "1", 11),
]

# (why, note size, its mark, the raised mark, body size, set apart below the body): the line stays text
TEXT = [
    ("10 pt under 11 pt, no raised mark on the page", 10, "1", None, 11, True),
    ("10 pt under 11 pt, the raised mark names another note", 10, "3", "1", 11, True),
    ("as tall as the body, right under it", 11, "1", "1", 11, False),
    ("10.5 pt under 11 pt: the body's own size, near enough, right under it", 10.5, "1", "1", 11, False),
    ("as tall as the body, apart, no raised mark", 11, "1", None, 11, True),
]

# a line as tall as the body, its mark raised in the text, set apart below the body as a note separator's gap sets
# it (a converter's footnote style with no size of its own, round P45: extractors.layout.words._note_zone_apart)
APART = [
    ("as tall as the body, apart", 11, "1", "1", 11),
    ("10.5 pt under 11 pt, apart", 10.5, "1", "1", 11),
]


@pytest.mark.parametrize("why, size, mark, raised, body", APART, ids=[r[0] for r in APART])
def test_a_note_as_tall_as_the_body_set_apart_leaves_the_flow(why, size, mark, raised, body):
    blocks = _blocks(_page(size, mark, raised, body_size=body))
    notes = [t for k, t in blocks if k == "footnote"]
    assert notes and NOTE in notes[0], (why, blocks)
    assert NOTE not in " ".join(t for k, t in blocks if k != "footnote"), (why, blocks)


@pytest.mark.parametrize("why, size, mark, raised, body", NOTES, ids=[r[0] for r in NOTES])
def test_a_note_a_little_smaller_than_the_body_leaves_the_flow(why, size, mark, raised, body):
    blocks = _blocks(_page(size, mark, raised, body_size=body))
    notes = [t for k, t in blocks if k == "footnote"]
    body = " ".join(t for k, t in blocks if k != "footnote")
    assert notes and NOTE in notes[0], (why, blocks)
    assert NOTE not in body, (why, blocks)
    assert "chi tiet;" in body and f"chi tiet;{raised}" not in body, (why, body)  # the mark is out of the text


@pytest.mark.parametrize("why, size, mark, raised, body, apart", TEXT, ids=[r[0] for r in TEXT])
def test_a_small_line_no_raised_mark_names_stays_text(why, size, mark, raised, body, apart):
    blocks = _blocks(_page(size, mark, raised, body_size=body, apart=apart))
    assert not [t for k, t in blocks if k == "footnote"], (why, blocks)
    assert NOTE in " ".join(t for k, t in blocks), (why, blocks)
