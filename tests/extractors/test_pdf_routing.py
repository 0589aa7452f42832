"""Which pages of a PDF PDFium reads alone and which go to pdfplumber: a page PDFium can
vouch for (ruled tables included) never reaches pdfminer and reads exactly as pdfplumber
would have read it; a page whose reading could differ (text PDFium cannot vouch for, a
path it may cut otherwise, a table near a tie of the table finder) goes to pdfplumber.
The PDFs are written here, with the standard Helvetica font."""

from __future__ import annotations

import pdfminer.pdfinterp
import pypdfium2 as pdfium
import pytest

from extractors.blocks import ReadError
from extractors.formats import pdf as pdf_reader
from extractors.formats.base import ReadOptions
from extractors.formats.pdfium_words import page_chars, page_edges
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
        m.setattr(pdf_reader, "_pdfium_page", lambda page, *args: None)
        return _blocks(pdf_reader.read(data, "x.pdf"))


UNDERLINE = "0.6 w 56 600 m 300 600 l S\n"  # a horizontal rule: no table can be made of it
DOTTED_RULE = "".join(f"{x} 590 m {x + 2} 590 l S\n" for x in range(56, 300, 4))
PAGE_IMAGE = "q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \xff EI Q\n"  # a page-sized image (a scan)


def _grid(top: float = 400, xs=(56, 256, 456)) -> str:
    """The rules of a grid of stroked lines, two rows of 30 points."""
    ys = (top, top - 30, top - 60)
    ops = ["0.5 w"] + [f"{x} {ys[0]} m {x} {ys[-1]} l S" for x in xs] + [f"{xs[0]} {y} m {xs[-1]} {y} l S" for y in ys]
    return "\n".join(ops) + "\n"


def _rect_grid(top: float = 400) -> str:
    """A 2 x 3 grid drawn as Word draws cell borders: thin filled rectangles."""
    xs, ys = (56, 200, 330, 456), (top, top - 30, top - 60)
    ops = [f"{x} {ys[-1]} 0.5 {top - ys[-1]} re f" for x in xs] + [f"{xs[0]} {y} {xs[-1] - xs[0]} 0.5 re f" for y in ys]
    ops.append("BT /F1 10 Tf 60 %g Td (Hang muc) Tj 144 0 Td (Don vi) Tj 130 0 Td (Kinh phi) Tj ET" % (top - 20))
    ops.append("BT /F1 10 Tf 60 %g Td (Sua cau Ban Lau) Tj 144 0 Td (Xa Hoa Binh) Tj 130 0 Td (3.420) Tj ET" % (top - 50))
    return "\n".join(ops) + "\n"


def _cells(top: float = 400, size: float = 11) -> str:
    return (f"BT /F1 {size:g} Tf 60 {top - 20:g} Td (Noi dung) Tj 200 0 Td (Kinh phi) Tj ET\n"
            f"BT /F1 {size:g} Tf 60 {top - 50:g} Td (Dao tao can bo) Tj 200 0 Td (1.250) Tj ET\n")


# a table drawn inside a form XObject placed with a matrix, as some exporters draw them
FORM_TABLE = "q 1 0 0 1 20 -30 cm /X1 Do Q\n" + _cells(top=370)
FORM_GRID = _grid().replace("0.5 w", "0.5 w 1 0 0 1 -20 0 cm")
ROUNDED_BOX = ("56 300 m 446 300 l 456 300 456 310 456 310 c 456 390 l 456 400 446 400 446 400 c "
               "56 400 l 46 400 46 390 46 390 c 46 310 l 46 300 56 300 56 300 c S\n")
# Word writes the space between two fonts as a text object of its own; PDFium leaves it out
LONE_SPACE = _grid() + ("BT /F1 9 Tf 60 380 Td (Kinh) Tj ET BT /F1 9 Tf 78.516 380 Td ( ) Tj ET "
                        "BT /F1 9 Tf 81.018 380 Td (phi) Tj ET\n")
# a line of a cell that ends with a space on the cell's right side (x = 256)
SIDE_SPACE = _grid() + "BT /F1 11 Tf 228.466 380 Td (Kinh ) Tj ET\n"


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
    ("a ruled table of lines", _text(PROSE) + _grid() + _cells(), None),
    ("a ruled table of filled rectangles", _text(PROSE) + _rect_grid(), None),
    ("a ruled table drawn in a form with a matrix", _text(PROSE) + FORM_TABLE, FORM_GRID),
    ("a vertical rule inside a form", _text(PROSE) + "/X1 Do\n", "0.5 w 300 100 m 300 400 l S"),
    ("a box", _text(PROSE) + "56 100 200 50 re S\n", None),
    ("a box with rounded corners", _text(PROSE) + ROUNDED_BOX + _text(["Noi dung trong khung"], top=350), None),
    ("a curve", _text(PROSE) + "56 100 m 100 150 150 150 200 100 c S\n", None),
    ("a space written alone, in a cell", _text(PROSE) + LONE_SPACE, None),
    ("a space on a cell's side", _text(PROSE) + SIDE_SPACE, None),
    ("little text, no image", _text(PROSE[:2]), None),
])
def test_a_page_pdfium_can_vouch_for_never_reaches_pdfminer_and_reads_as_pdfplumber_reads_it(
        name, content, xobject, monkeypatch, no_pdfminer):
    data = _pdf(content, xobject=xobject)
    fast = _blocks(pdf_reader.read(data, "x.pdf"))
    monkeypatch.undo()  # pdfminer allowed again for the reference reading
    assert fast and fast == _via_pdfplumber(data, monkeypatch)


def test_a_ruled_table_is_read_by_pdfium_as_pdfplumber_reads_it(monkeypatch, no_pdfminer):
    data = _pdf(_text(PROSE) + _ruled_table())
    edges = page_edges(pdfium.PdfDocument(data)[0])
    assert any(e["orientation"] == "v" for e in edges)
    items = pdf_reader._pdfium_page(pdfium.PdfDocument(data)[0])
    assert ("table", [["Noi dung", "Kinh phi"], ["Dao tao can bo", "1.250"]]) in items
    doc = pdf_reader.read(data, "x.pdf")
    monkeypatch.undo()
    assert _blocks(doc) == _via_pdfplumber(data, monkeypatch)


def test_a_space_pdfium_leaves_out_is_read_as_pdfminer_reads_it():
    """Without the space, the cell would read "Kinhphi" (the gap is under pdfplumber's
    3 points)."""
    data = _pdf(_text(PROSE) + LONE_SPACE)
    items = pdf_reader._pdfium_page(pdfium.PdfDocument(data)[0])
    assert ("table", [["Kinh phi", ""], ["", ""]]) in items


@pytest.mark.parametrize("name, content, xobject, rotate", [
    ("a rotated page", _text(PROSE), None, 90),
    ("rotated text", _text(PROSE, extra="0 1 -1 0 300 0 cm"), None, 0),
    ("text stretched by Tz", _text(PROSE, extra="80 Tz"), None, 0),
    ("little text over a page-sized image", _text(PROSE[:2]) + PAGE_IMAGE, None, 0),
    ("no text at all", _ruled_table().split("BT")[0], None, 0),
    # tables whose cells pdfminer's coordinates (a few thousandths of a point away) could change
    ("a letter centred on a cell's side", _text(PROSE) + _grid() + "BT /F1 11 Tf 254.471 380 Td (I) Tj ET\n", None, 0),
    ("two rules exactly the snap tolerance apart", _text(PROSE) + _grid(xs=(56, 256, 259, 456)) + _cells(), None, 0),
    # a subpath drawn on after its close: pdfminer keeps it one subpath, PDFium may not
    ("a path going on after a close", _text(PROSE) + "56 100 m 200 100 l 200 150 l h 300 150 l S\n", None, 0),
    # PDFium drops the repeated text object (fake bold); pdfminer keeps both
    ("a text object drawn twice", _text(PROSE) + "BT /F1 12 Tf 56 200 Td (Dam nhan) Tj ET "
                                   "BT /F1 12 Tf 56.3 200 Td (Dam nhan) Tj ET\n", None, 0),
    # PDFium reads a span's /ActualText; pdfminer the glyphs
    ("a span with an ActualText", _text(PROSE) + "/Span << /ActualText (xyz) >> BDC BT /F1 12 Tf 56 200 Td (abc) Tj ET EMC\n",
     None, 0),
    # PDFium puts its own space after the kerning gap and drops the real one; in 5-point
    # type the gap alone would not part the words of the cell
    ("a real space PDFium drops, in a cell, in small type", _text(PROSE) + _grid()
     + "BT /F1 5 Tf 60 380 Td [(Kinh) -150 ( phi)] TJ ET\n", None, 0),
])
def test_pages_pdfium_cannot_vouch_for_go_to_pdfplumber(name, content, xobject, rotate, monkeypatch):
    data = _pdf(content, rotate=rotate, xobject=xobject)
    page = pdfium.PdfDocument(data)[0]
    assert pdf_reader._pdfium_page(page) is None
    opened = []
    real = pdf_reader._Plumber.pages
    monkeypatch.setattr(pdf_reader._Plumber, "pages", lambda self: opened.append(1) or real(self))
    try:
        pdf_reader.read(data, "x.pdf", ReadOptions(ocr="never"))
    except ReadError:  # no text layer pdfplumber can use either: the page would be OCR's
        pass
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
