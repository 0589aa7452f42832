"""A letter its font lacks, drawn in pieces (round T71, read from G70's portal <pre> printed
to PDF by LibreOffice).

LibreOffice sets text in a font without a glyph for a Vietnamese letter ("Ủ", "ố" in
DejaVu Sans Mono) as the base letter's glyph and the mark's, each in a text object of its
own (the mark moved up by a Tm), both in one marked-content span whose /ActualText is the
letter; the ToUnicode map gives the base glyph's code the letter and the mark's code
nothing. PDFium reads the span's text at its first object and leaves the others out of its
text page: the page was sent to pdfminer, which reads each glyph, the mark as its code's
WinAnsi letter ("Số*: 41", "KẾ*HOẠCH", "vếS") or not at all. Such a page is PDFium's to
read now (extractors/formats/pdfium_words.py `_spelled_with`), and a letter the font
gives no advance for takes its base letter's (`_base_advance`).

The PDFs are written here (Courier, WinAnsi, a ToUnicode map of our own): other words,
places and numbers than the round's document."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from extractors.formats import pdf as pdf_reader
from extractors.formats.pdfium_words import page_chars
from tests.minimal_pdf import written

SIZE = 10.0
ADV = SIZE * 0.6  # Courier


def _tounicode(mapping: dict[int, str]) -> bytes:
    body = b"".join(b"<%02X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode())
                    for code, text in sorted(mapping.items()))
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T71 def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n" % len(mapping) + body
            + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")


def _pdf(lines: list[tuple[float, float, list]], other_span: bool = False) -> bytes:
    """A page of `lines` (x0, top, pieces) in Courier, a glyph a text object as LibreOffice
    writes them; a piece is plain text or (letter, base code, mark code): the letter drawn
    as two text objects in one span whose ActualText is the letter. `other_span`: the mark's
    object in a span of its own with other text (not a piece of the letter)."""
    mapping = {c: chr(c) for c in range(0x20, 0x7F)}
    ops = []
    for x0, top, pieces in lines:
        y, x = 842 - top - SIZE, x0
        ops.append(b"BT")
        for piece in pieces:
            if isinstance(piece, str):
                for ch in piece:
                    ops.append(b"1 0 0 1 %.2f %.2f Tm /F1 %.1f Tf <%02X> Tj" % (x, y, SIZE, ord(ch)))
                    x += ADV
                continue
            letter, base, mark = piece
            mapping[base] = letter
            mapping.pop(mark, None)
            actual = ("\ufeff" + letter).encode("utf-16-be").hex().upper().encode()
            ops.append(b"/Span <</ActualText <%s>>> BDC" % actual)
            ops.append(b"1 0 0 1 %.2f %.2f Tm /F1 %.1f Tf <%02X> Tj" % (x, y, SIZE, base))
            if other_span:
                ops.append(b"EMC /Span <</ActualText <FEFF0078>>> BDC")
            ops.append(b"1 0 0 1 %.2f %.2f Tm /F1 %.1f Tf <%02X> Tj" % (x, y + 1.8, SIZE, mark))
            ops.append(b"EMC")
            x += ADV
        ops.append(b"ET")
    content = b"\n".join(ops)
    cmap = _tounicode(mapping)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    return written(objs)


def _lines(data: bytes) -> list[str]:
    doc = pdf_reader.read(data, "t71.pdf")
    return [line for b in doc.blocks for line in b.text.splitlines() if line.strip()]


# must: the letters drawn in pieces read as the letters, the words whole
MUST = [
    ("a number line: 'ố' in pieces before a colon",
     [(60, 80, ["S", ("ố", 0xF4, 0x2A), ": 63/KH-UBND"])], ["Số: 63/KH-UBND"]),
    ("a title: three letters in pieces, none glued to the next word",
     [(60, 80, ["K", ("ế", 0xEA, 0x53), " ho", ("ạ", 0xE0, 0x6E), "ch ph", ("ò", 0xF2, 0x2A), "ng ch", ("ố", 0xF4, 0x2A),
                "ng thi", ("ê", 0xEB, 0x27), "n tai"])],
     ["Kế hoạch phòng chống thiên tai"]),
    ("an issuer: a capital 'Ủ' first, marks whose codes no map names",
     [(60, 80, [("Ủ", 0xD9, 0x03), "Y BAN NH", ("Â", 0xC2, 0x27), "N D", ("Â", 0xC2, 0x27), "N PH", ("Ư", 0xDA, 0x53),
                ("Ờ", 0xD2, 0x2A), "NG B", ("Ắ", 0xC3, 0x5E), "C S", ("Ơ", 0xD4, 0x7E), "N"])],
     ["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"]),
    ("letters beyond Latin-1 in the middle of words: the words keep their width",
     [(60, 80, ["V", ("ề", 0xE8, 0x2A), " vi", ("ệ", 0xE9, 0x2E), "c tuy", ("ể", 0xEB, 0x5E), "n d", ("ụ", 0xF9, 0x2E),
                "ng 128 ng", ("ư", 0xFA, 0x2E), ("ờ", 0xF2, 0x2A), "i"])],
     ["Về việc tuyển dụng 128 người"]),
    ("a time cell: letters in pieces before a space and a number",
     [(60, 80, ["Th", ("ờ", 0xF2, 0x2A), "i gian: qu", ("ý", 0xFD, 0x2A), " III/2028"])],
     ["Thời gian: quý III/2028"]),
]


@pytest.mark.parametrize("name,lines,want", MUST, ids=[m[0] for m in MUST])
def test_a_letter_drawn_in_pieces_reads_as_the_letter(name, lines, want):
    assert _lines(_pdf(lines)) == want


# must not: a text object PDFium leaves out outside any span (drawn twice, for bold) still
# sends the page to pdfminer; a page without spans reads as before
def _drawn_twice() -> bytes:
    data = _pdf([(60, 80, ["Phong Noi vu chu tri"])])
    twice = b"BT 1 0 0 1 60.00 752.00 Tm /F1 10.0 Tf (Dam nhan) Tj ET\nBT 1 0 0 1 60.30 752.00 Tm /F1 10.0 Tf (Dam nhan) Tj ET"
    head, rest = data.split(b"stream\n", 1)
    content, tail = rest.split(b"\nendstream", 1)
    content += b"\n" + twice
    head = head.replace(b"<< /Length %d >>" % (len(content) - len(twice) - 1), b"<< /Length %d >>" % len(content))
    return _fixed_xref(head + b"stream\n" + content + b"\nendstream" + tail)


def _fixed_xref(data: bytes) -> bytes:
    """The PDF with its cross-reference offsets found again (the content grew)."""
    import re
    body = data[:data.index(b"xref\n")]
    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj\n", body)]
    xref = len(body)
    out = body + b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)


def test_a_text_object_drawn_twice_outside_a_span_still_counts():
    page = pdfium.PdfDocument(_drawn_twice())[0]
    assert page_chars(page)[1] > 0


def test_plain_text_reads_as_before():
    assert _lines(_pdf([(60, 80, ["Ke hoach so 63/KH-UBND ngay 12/5/2028"])])) == ["Ke hoach so 63/KH-UBND ngay 12/5/2028"]


class _Widths:
    """A font's advances as PDFium gives them: none (0) for the letters it has no glyph of its own for."""

    def __init__(self, known: dict[str, float]):
        self.known = known

    def advance(self, font, ch: str) -> float:
        return self.known.get(ch, 0.0)


# a letter the font gives no advance for takes its base letter's (LibreOffice's subset of DejaVu Sans Mono
# has no "ê": PDFium's width of it is 0, and "tiê" / "u" came apart); a letter whose base has none, or that
# is its own base, keeps 0
BASE_ADVANCE = [
    ("ê", {"e": 0.602}, 0.602),
    ("Ủ", {"U": 0.602}, 0.602),
    ("ờ", {"o": 0.5}, 0.5),
    ("ư", {"u": 0.55}, 0.55),
    ("ề", {}, 0.0),
    ("đ", {"d": 0.6}, 0.0),
    ("e", {"e": 0.0}, 0.0),
]


@pytest.mark.parametrize("letter,known,want", BASE_ADVANCE, ids=[b[0] for b in BASE_ADVANCE])
def test_a_letter_without_an_advance_takes_its_base_letters(letter, known, want):
    from extractors.formats import pdfium_words
    assert pdfium_words._base_advance(_Widths(known), ("F", None, 0, 0.0), letter) == want
