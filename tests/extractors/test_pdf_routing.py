"""Which pages of a PDF PDFium reads alone and which go to pdfplumber: a page without
rulings never reaches pdfminer and reads exactly as pdfplumber would have read it; a
page that may hold a ruled table (or whose text PDFium cannot vouch for) goes to
pdfplumber. The PDFs are written here, with the standard Helvetica font."""

from __future__ import annotations

import pdfminer.pdfinterp
import pypdfium2 as pdfium
import pytest

from extractors.formats import pdf as pdf_reader
from extractors.formats.pdfium_words import has_rulings, page_chars
from tests.renditions.fontpdf import _write_pdf

# prose of our own, long enough (> 2 * STAMP_CHARS visible characters) for the fast path
PROSE = [
    "1. Muc tieu chung: nang cao chat luong dich vu cong tai xa Hoa Binh",
    "va cac thon lan can, giai doan 2027 - 2031, voi su tham gia cua nguoi dan.",
    "2. Chi tieu cu the: 95% ho so duoc giai quyet dung han; 100% thon co",
    "diem truy cap internet cong cong; dao tao 340 luot can bo co so.",
    "3. Kinh phi thuc hien: 12.450 trieu dong tu ngan sach tinh va huyen.",
    "4. To chuc thuc hien: Phong Noi vu chu tri, phoi hop voi cac don vi lien quan",
    "xay dung ke hoach hang nam, bao cao ket qua truoc ngay 15 thang 12.",
    "5. Che do bao cao: cac don vi gui bao cao 6 thang truoc ngay 20 thang 6,",
    "bao cao nam truoc ngay 10 thang 12 ve Van phong Uy ban nhan dan xa.",
]


def _pdf(content: str, rotate: int = 0, xobject: str | None = None) -> bytes:
    """A one-page A4 PDF with Helvetica as /F1 and, when given, a form XObject /X1."""
    body = content.encode("latin-1")
    res = "/Font << /F1 5 0 R >>" + (" /XObject << /X1 6 0 R >>" if xobject else "")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate {rotate} /Contents 4 0 R "
               f"/Resources << {res} >> >>".encode(),
               b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontDescriptor 7 0 R >>",
               b"<< /Length 0 >>\nstream\n\nendstream" if not xobject else None,
               # the descent pdfminer takes from Helvetica's metrics, stated: PDFium reads the same
               b"<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [-166 -225 1000 931] "
               b"/ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>"]
    if xobject:
        form = xobject.encode()
        objects[5] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length %d >>\nstream\n" % len(form)
                      + form + b"\nendstream")
    return _write_pdf(objects)


def _text(lines: list[str], top: float = 780, size: float = 12, extra: str = "") -> str:
    ops = [f"BT /F1 {size:g} Tf {extra} 56 {top:g} Td {size * 1.5:g} TL"]
    ops += [f"({line}) Tj T*" for line in lines]
    return "\n".join(ops) + "\nET\n"


def _ruled_table(top: float = 400) -> str:
    """A 2 x 2 grid of stroked lines with a word in each cell."""
    xs, ys = (56, 256, 456), (top, top - 30, top - 60)
    ops = ["0.5 w"]
    ops += [f"{x} {ys[0]} m {x} {ys[-1]} l S" for x in xs]
    ops += [f"{xs[0]} {y} m {xs[-1]} {y} l S" for y in ys]
    ops.append("BT /F1 11 Tf 60 %g Td (Noi dung) Tj 200 0 Td (Kinh phi) Tj ET" % (top - 20))
    ops.append("BT /F1 11 Tf 60 %g Td (Dao tao can bo) Tj 200 0 Td (1.250) Tj ET" % (top - 50))
    return "\n".join(ops) + "\n"


@pytest.fixture
def no_pdfminer(monkeypatch):
    """pdfminer's page interpreter and pdfplumber's open fail if anything calls them."""
    def refuse(*args, **kwargs):
        raise AssertionError("pdfminer was used")
    monkeypatch.setattr(pdfminer.pdfinterp.PDFPageInterpreter, "process_page", refuse)
    monkeypatch.setattr("pdfplumber.open", refuse)


def _blocks(doc) -> list[tuple]:
    return [(b.kind, b.text, b.rows, b.location) for b in doc.blocks]


def _via_pdfplumber(data: bytes, monkeypatch) -> list[tuple]:
    with monkeypatch.context() as m:
        m.setattr(pdf_reader, "_pdfium_page", lambda page: None)
        return _blocks(pdf_reader.read(data, "x.pdf"))


UNDERLINE = "0.6 w 56 600 m 300 600 l S\n"  # a horizontal rule: no table can be made of it
DOTTED_RULE = "".join(f"{x} 590 m {x + 2} 590 l S\n" for x in range(56, 300, 4))


@pytest.mark.parametrize("name, content, xobject", [
    ("prose", _text(PROSE), None),
    ("prose under a horizontal rule", _text(PROSE) + UNDERLINE + DOTTED_RULE, None),
    ("a rule inside a form", _text(PROSE) + "/X1 Do\n", UNDERLINE),
    ("two columns and a heading", _text(PROSE) + _text(["UY BAN NHAN DAN", "XA HOA BINH"], top=300)
     + _text(["CONG HOA XA HOI CHU NGHIA", "Doc lap - Tu do"], top=300, extra="1 0 0 1 280 0 cm"), None),
    # a legacy font places a glyph of a word apart from the rest: glyph pieces closer than
    # part of a space are one word, as on the pdfplumber path
    ("glyphs placed apart", _text(PROSE) + "BT /F1 12 Tf 56 200 Td [(v) -60 (ung) 0 ( ) (l) -40 (inh) ( vuc 200) -80 (3)] TJ ET\n",
     None),
])
def test_a_page_without_rulings_never_reaches_pdfminer_and_reads_as_pdfplumber_reads_it(
        name, content, xobject, monkeypatch, no_pdfminer):
    data = _pdf(content, xobject=xobject)
    assert not has_rulings(pdfium.PdfDocument(data)[0])
    fast = _blocks(pdf_reader.read(data, "x.pdf"))
    monkeypatch.undo()  # pdfminer allowed again for the reference reading
    assert fast and fast == _via_pdfplumber(data, monkeypatch)


def test_a_page_with_a_ruled_table_goes_to_pdfplumber(monkeypatch):
    data = _pdf(_text(PROSE) + _ruled_table())
    assert has_rulings(pdfium.PdfDocument(data)[0])
    read_by_pdfplumber = []
    real = pdf_reader._text_page
    monkeypatch.setattr(pdf_reader, "_text_page", lambda page: read_by_pdfplumber.append(real(page)) or read_by_pdfplumber[-1])
    pdf_reader.read(data, "x.pdf")
    assert len(read_by_pdfplumber) == 1
    assert ("table", [["Noi dung", "Kinh phi"], ["Dao tao can bo", "1.250"]]) in read_by_pdfplumber[0]


@pytest.mark.parametrize("name, content, xobject, rotate", [
    ("a vertical rule inside a form", _text(PROSE) + "/X1 Do\n", "0.5 w 300 100 m 300 400 l S", 0),
    ("a box", _text(PROSE) + "56 100 200 50 re S\n", None, 0),
    ("a curve", _text(PROSE) + "56 100 m 100 150 150 150 200 100 c S\n", None, 0),
    ("a rotated page", _text(PROSE), None, 90),
    ("rotated text", _text(PROSE, extra="0 1 -1 0 300 0 cm"), None, 0),
    ("text stretched by Tz", _text(PROSE, extra="80 Tz"), None, 0),
    ("little text", _text(PROSE[:2]), None, 0),
])
def test_pages_pdfium_cannot_vouch_for_go_to_pdfplumber(name, content, xobject, rotate, monkeypatch):
    data = _pdf(content, rotate=rotate, xobject=xobject)
    page = pdfium.PdfDocument(data)[0]
    assert pdf_reader._pdfium_page(page) is None
    opened = []
    real = pdf_reader._Plumber.pages
    monkeypatch.setattr(pdf_reader._Plumber, "pages", lambda self: opened.append(1) or real(self))
    pdf_reader.read(data, "x.pdf")
    assert opened


def test_glyphs_without_a_unicode_map_go_to_pdfplumber():
    from tests.renditions.fontpdf import cid_pdf
    data = cid_pdf(PROSE * 2, names=True, cmap=False)
    chars, bad = page_chars(pdfium.PdfDocument(data)[0])
    assert bad
    assert pdf_reader._pdfium_page(pdfium.PdfDocument(data)[0]) is None


def test_pdfium_characters_carry_pdfminer_boxes():
    """Origin and advance width, not the ink: the same boxes pdfplumber gives."""
    import io

    import pdfplumber
    data = _pdf(_text(PROSE))
    ours, bad = page_chars(pdfium.PdfDocument(data)[0])
    theirs = pdfplumber.open(io.BytesIO(data)).pages[0].chars
    assert not bad and len(ours) == len(theirs) > 400
    for o, t in zip(ours, theirs):
        assert o["text"] == t["text"]
        assert abs(o["x0"] - t["x0"]) < 0.01 and abs(o["x1"] - t["x1"]) < 0.01, (o, t)
        # the box one font size tall on the baseline; pdfminer moves it down by the descent
        assert abs(o["bottom"] - o["top"] - o["size"]) < 0.01 and abs(o["bottom"] + o["descent"] - t["bottom"]) < 0.01
