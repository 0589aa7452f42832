"""A Word file's endnotes, marked "i", "ii", "iii" ... (Word's and LibreOffice's lower-case Roman numbering), printed
on a page of their own after the document's last page: the page's lines are notes, not text that goes on from the
page before (the signer's name "Vũ Đức Thành" ran into "i Ban hành kèm theo Quyết định ..."; extractors/layout/
words.py _endnotes_page, _without_footnotes).

Must-not rows: a page that opens with a line that is no first endnote, Roman marks out of order, one mark alone.
Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from extractors.layout.words import _endnotes_page, _without_footnotes
from tests.extractors.test_pdf_routing import _pdf, _text


def _lines(texts: list[str]) -> list[list[dict]]:
    out = []
    for n, text in enumerate(texts):
        x, line = 56.0, []
        for word in text.split():
            line.append({"text": word, "x0": x, "x1": x + 6 * len(word), "top": 100 + 16 * n, "bottom": 111 + 16 * n})
            x += 6 * len(word) + 3
        out.append(line)
    return out


NOTES = ["i Ban hanh kem theo Quyet dinh so 1822/QD-TTg ngay 12/10/2027.",
         "ii Nghi quyet co hieu luc tu ngay 01/01/2028.",
         "iii Nam 2027, ty le nay dat 38%.",
         "iv Khong bao gom kinh phi long ghep."]


@pytest.mark.parametrize("texts, expected", [
    (NOTES, True),
    (NOTES[:2], True),
    (NOTES[:1] + ["cua Thu tuong Chinh phu."] + NOTES[1:3], True),  # (a note over two lines)
    # must not: one mark alone, marks out of order, a page that opens with other text
    (NOTES[:1], False),
    ([NOTES[0], NOTES[2], NOTES[1]], False),
    (["Nguyen Van Hai"] + NOTES, False),
    # must not: a list numbered "i.", "ii)" (items, not notes)
    (["i. Cong tac tuyen truyen", "Tuyen truyen tren bao chi", "ii. Cong tac kiem tra"], False),
    (["i) Cong tac tuyen truyen", "ii) Cong tac kiem tra"], False),
])
def test_endnotes_page(texts, expected):
    assert _endnotes_page(_lines(texts)) is expected


def test_the_page_is_its_notes():
    lines, notes = _without_footnotes(_lines(NOTES))
    assert lines == []
    assert [n[2].split()[0] for n in notes] == ["i", "ii", "iii", "iv"]


def test_a_printed_endnotes_page_reads_as_notes():
    blocks = pdf_reader.read(_pdf(_text(NOTES, size=11)), "x.pdf").blocks
    assert [b.kind for b in blocks] == ["footnote"] * 4
    assert blocks[0].text.startswith("i Ban hanh kem theo Quyet dinh so 1822/QD-TTg")
