"""Ruled tables read by PDFium without pdfminer: PDFium's paths make the edges
pdfplumber's would (same lines, rectangles and curves, same orientation), and a page of
a real office export (tests/fixtures/pdf_tables: a Vietnamese plan with two ruled tables,
one with merged cells, written by LibreOffice from a .docx made by make_ruled_vi.py)
reads exactly as pdfplumber reads it, page by page, without pdfminer."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from extractors.formats import pdf as pdf_reader
from extractors.formats.pdfium_words import page_chars, page_edges
from tests.extractors.test_pdf_routing import PROSE, _blocks, _pdf, _text, _via_pdfplumber

FIXTURE = Path(__file__).parent.parent / "fixtures" / "pdf_tables" / "ruled_vi.pdf"
CLOSE = 0.01  # points: PDFium's float32 coordinates against pdfminer's doubles


def _same_items(ours, theirs) -> bool:
    """Page items equal, a line's position within CLOSE."""
    if len(ours) != len(theirs):
        return False
    for (k1, p1), (k2, p2) in zip(ours, theirs):
        if k1 != k2:
            return False
        if k1 == "line":
            if p1[2] != p2[2] or abs(p1[0] - p2[0]) > CLOSE or abs(p1[1] - p2[1]) > CLOSE:
                return False
        elif p1 != p2:
            return False
    return True


@pytest.mark.parametrize("name, paths, xobject", [
    ("stroked lines, one a diagonal", "0.5 w 56 100 m 56 400 l S 56 100 m 456 100 l S 100 100 m 300 300 l S", None),
    ("rectangles by re, stroked and filled", "56 100 200 50 re S 300 100 0.5 300 re f 56 500 400 0.4 re f", None),
    ("a rectangle spelled out, closed with h and without",
     "56 100 m 256 100 l 256 150 l 56 150 l h S 300 100 m 400 100 l 400 150 l 300 150 l 300 100 l S", None),
    ("a four-sided path that is no rectangle", "56 100 m 256 110 l 256 150 l 56 150 l h S", None),
    ("several subpaths in one path", "56 100 m 56 300 l 156 100 m 156 300 l 56 200 m 456 200 l S", None),
    ("a polyline", "56 100 m 56 300 l 256 300 l 256 400 l 456 400 l S", None),
    ("curves with straight sides", "56 300 m 446 300 l 456 300 456 310 456 310 c 456 390 l 446 400 l 56 400 l "
                                   "46 400 46 390 46 390 c 46 310 l 46 300 56 300 56 300 c S", None),
    ("v and y curve operators", "56 100 m 100 150 150 100 v 200 150 250 100 y S", None),
    ("a scaled and shifted space", "q 0.75 0 0 0.75 20 30 cm 56 100 200 50 re S 56 300 m 56 500 l S Q", None),
    ("a space flipped upside down, as some exporters draw",
     "q 1 0 0 -1 0 842 cm 56 100 200 50 re S 56 300 m 56 500 l S 56 300 m 456 300 l S Q", None),
    ("a negative width and height", "456 400 -200 -50 re S", None),
    ("a rotated space", "q 0 1 -1 0 500 100 cm 56 100 200 50 re S 10 10 m 10 60 l S Q", None),
    ("paths inside a form with a matrix", "q 1 0 0 1 10 -20 cm /X1 Do Q", "0.5 w 56 100 m 56 400 l S 56 100 300 200 re S"),
])
def test_pdfium_paths_make_pdfplumbers_edges(name, paths, xobject):
    data = _pdf(_text(PROSE) + paths + "\n", xobject=xobject)
    ours = page_edges(pdfium.PdfDocument(data)[0])
    theirs = pdfplumber.open(io.BytesIO(data)).pages[0].edges
    assert ours is not None and len(ours) == len(theirs) > 0
    for o, t in zip(ours, theirs):
        assert (o["object_type"], o["orientation"]) == (t["object_type"], t["orientation"]), (o, t)
        for key in ("x0", "x1", "top", "bottom", "width", "height"):
            assert abs(o[key] - t[key]) < CLOSE, (key, o, t)


def test_every_page_of_an_office_export_reads_as_pdfplumber_reads_it():
    data = FIXTURE.read_bytes()
    doc = pdfium.PdfDocument(data)
    plumber = pdfplumber.open(io.BytesIO(data))
    fast_tables = []
    for number in range(len(doc)):
        items = pdf_reader._pdfium_page(doc[number])
        if items is None:  # routed to pdfplumber: the reader reads it there, as before
            continue
        assert _same_items(items, pdf_reader._text_page(plumber.pages[number])), number
        fast_tables += [payload for kind, payload in items if kind == "table"]
    # both ruled tables (the first with a merged cell down and a merged total row) were PDFium's
    assert len(fast_tables) == 2
    assert fast_tables[0][0] == ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Kinh phí (triệu đồng)"]
    assert fast_tables[0][3][2] == "Phòng Kinh tế huyện" and fast_tables[0][4][3] == "640"
    assert fast_tables[0][-1][-1] == "18.985"
    assert fast_tables[1][1] == ["2027", "4,2", "Ưu tiên tuyến đến trường học"]


def test_an_office_export_never_reaches_pdfminer_for_its_table_pages(monkeypatch):
    data = FIXTURE.read_bytes()
    reference = _via_pdfplumber(data, monkeypatch)
    interpreted = []
    import pdfminer.pdfinterp
    real = pdfminer.pdfinterp.PDFPageInterpreter.process_page
    monkeypatch.setattr(pdfminer.pdfinterp.PDFPageInterpreter, "process_page",
                        lambda self, page: interpreted.append(page) or real(self, page))
    ours = _blocks(pdf_reader.read(data, "x.pdf"))
    assert ours == reference
    assert len(interpreted) == 1  # the blank page only (no text: pdfplumber's checks decide it)


def test_office_export_characters_are_pdfminers_in_content_order():
    """Spaces included: those LibreOffice writes as a text object of their own, which
    PDFium leaves out of its text page, are read back where pdfminer reads them."""
    data = FIXTURE.read_bytes()
    doc = pdfium.PdfDocument(data)
    plumber = pdfplumber.open(io.BytesIO(data))
    for number in (0, 2):
        ours, bad = page_chars(doc[number])
        theirs = plumber.pages[number].chars
        assert not bad and [c["text"] for c in ours] == [c["text"] for c in theirs]
        assert all(abs(o["x0"] - t["x0"]) < CLOSE and abs(o["x1"] - t["x1"]) < CLOSE for o, t in zip(ours, theirs))


def _two_font_pdf(first: str, second: str, descent_1: int, descent_2: int) -> bytes:
    """Two font dictionaries, `first` (/F1) and `second` (/F2), whose descriptors state
    the descents given."""
    from tests.renditions.fontpdf import _write_pdf
    body = (_text(PROSE) + "BT /F2 12 Tf 56 200 Td (Ke hoach nam 2028) Tj ET\n").encode("latin-1")
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
    descriptor = ("<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [-166 -225 1000 931] "
                  "/ItalicAngle 0 /Ascent 718 /Descent %d /CapHeight 718 /StemV 88 >>")
    return _write_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                       b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
                       b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
                       (font % (first, 7)).encode(), (font % (second, 8)).encode(),
                       (descriptor % descent_1).encode(), (descriptor % descent_2).encode()])


@pytest.mark.parametrize("first, second, descents, known", [
    # a standard font: pdfminer takes the descent from its own metrics, whatever the dictionary says
    ("Helvetica", "Helvetica-Oblique", (-300, -300), {"Helvetica": 0.207, "Helvetica-Oblique": 0.207}),
    # one name (a subset tag PDFium drops aside), one descent
    ("ABCDEF+Gothic", "GHIJKL+Gothic", (-250, -250), {"ABCDEF+Gothic": 0.25, "Gothic": 0.25}),
    # one name, two descents: unsure (the page is read both ways)
    ("ABCDEF+Gothic", "GHIJKL+Gothic", (-250, -300), {"ABCDEF+Gothic": 0.25, "GHIJKL+Gothic": 0.3, "Gothic": None}),
    ("Gothic", "Gothic", (-250, 0), {"Gothic": None}),
])
def test_pdfminers_descent_is_known_from_the_font_dictionaries(first, second, descents, known):
    data = _two_font_pdf(first, second, *descents)
    got = pdf_reader.font_descents(data)
    assert {name: got.get(name, "missing") for name in known} == pytest.approx(known)
    if first.startswith("Helvetica"):  # the characters then carry pdfminer's boxes
        ours, bad = page_chars(pdfium.PdfDocument(data)[0])
        theirs = pdfplumber.open(io.BytesIO(data)).pages[0].chars
        assert not bad and len(ours) == len(theirs)
        for o, t in zip(ours, theirs):
            o = pdf_reader._lowered(o, got[o["fontname"]], 0.0)
            assert abs(o["top"] - t["top"]) < CLOSE and abs(o["bottom"] - t["bottom"]) < CLOSE, (o, t)


def _pages_font_pdf(pages: list[list[str]], descents: dict[str, int], form_fonts: list[str] = ()) -> bytes:
    """One page per list of font names (each /F1, /F2, ... in the page's resources), the
    fonts' descriptors stating the descents given; `form_fonts`: the last page also draws a
    form XObject whose own resources hold these fonts."""
    from tests.renditions.fontpdf import _write_pdf
    names = sorted(descents)
    font_no = {name: 3 + 2 * len(pages) + 2 * k for k, name in enumerate(names)}  # font, then its descriptor
    form_no = 3 + 2 * len(pages) + 2 * len(names)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(len(pages))), len(pages))]
    for i, fonts in enumerate(pages):
        last = i == len(pages) - 1 and form_fonts
        res = " ".join(f"/F{k + 1} {font_no[name]} 0 R" for k, name in enumerate(fonts))
        xobject = f" /XObject << /Fm1 {form_no} 0 R >>" if last else ""
        body = "".join(f"BT /F{k + 1} 12 Tf 56 {700 - 20 * k} Td (Ke hoach) Tj ET\n" for k in range(len(fonts)))
        body = (body + ("/Fm1 Do\n" if last else "")).encode("latin-1")
        objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << {res} >>{xobject} >> >>".encode(),
                    b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"]
    for name in names:
        objects += [f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding "
                    f"/FontDescriptor {font_no[name] + 1} 0 R >>".encode(),
                    f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [-166 -225 1000 931] "
                    f"/ItalicAngle 0 /Ascent 718 /Descent {descents[name]} /CapHeight 718 /StemV 88 >>".encode()]
    if form_fonts:
        res = " ".join(f"/G{k + 1} {font_no[name]} 0 R" for k, name in enumerate(form_fonts))
        body = b"BT /G1 12 Tf 56 300 Td (Phu luc) Tj ET"
        objects.append(f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << {res} >> >> "
                       f"/Length {len(body)} >>\nstream\n".encode() + body + b"\nendstream")
    return _write_pdf(objects)


@pytest.mark.parametrize("pages, descents, form_fonts, known", [
    # two subsets of one font, other descents, each on a page of its own: each page knows its own
    ([["ABCDEF+Gothic"], ["GHIJKL+Gothic"]], {"ABCDEF+Gothic": -250, "GHIJKL+Gothic": -300}, [],
     [{"Gothic": 0.25}, {"Gothic": 0.3}]),
    # both on one page: unsure there, known on the page with one
    ([["ABCDEF+Gothic", "GHIJKL+Gothic"], ["GHIJKL+Gothic"]], {"ABCDEF+Gothic": -250, "GHIJKL+Gothic": -300}, [],
     [{"Gothic": None}, {"Gothic": 0.3}]),
    # the other subset drawn by a form of the second page: unsure there too
    ([["ABCDEF+Mincho"], ["GHIJKL+Mincho"]], {"ABCDEF+Mincho": -200, "GHIJKL+Mincho": -220}, ["ABCDEF+Mincho"],
     [{"Mincho": 0.2}, {"Mincho": None}]),
])
def test_each_page_knows_the_descents_of_its_own_fonts(pages, descents, form_fonts, known):
    data = _pages_font_pdf(pages, descents, form_fonts)
    got = pdf_reader.page_font_descents(data)
    def rounded(names: dict) -> dict:
        return {name: v if v is None or isinstance(v, str) else round(v, 6) for name, v in names.items()}

    assert [rounded({name: page.get(name, "missing") for name in want}) for page, want in zip(got, known)] == known
    assert len(got) == len(pages)
    whole = {**{n: -d / 1000 for n, d in descents.items()}, **{n.split("+")[1]: None for n in descents}}
    assert rounded(pdf_reader.font_descents(data)) == whole  # the document's: one name, two descents


def test_a_damaged_document_has_no_page_descents():
    assert pdf_reader.page_font_descents(b"%PDF-1.4\nnot a pdf") == []


def test_an_office_export_that_states_no_descent_is_read_without_one():
    """LibreOffice writes /Descent 0: pdfminer moves nothing; PDFium's own metrics would."""
    data = FIXTURE.read_bytes()
    got = pdf_reader.font_descents(data)
    ours, _ = page_chars(pdfium.PdfDocument(data)[0])
    theirs = pdfplumber.open(io.BytesIO(data)).pages[0].chars
    assert any(c["descent"] > 0.5 for c in ours) and {got[c["fontname"]] for c in ours} == {0.0}
    assert all(abs(o["bottom"] - t["bottom"]) < CLOSE for o, t in zip(ours, theirs))


def test_a_damaged_document_leaves_every_descent_unsure():
    assert pdf_reader.font_descents(b"%PDF-1.4\nnot a pdf") == {}


def _merged_header_pdf() -> bytes:
    """A Word table exported by LibreOffice: a years x sources header where a cell spanning
    two header rows ("Tổng số") stands right of a cell spanning two columns ("Năm 2026" over
    "NSTW" | "NSĐP"), and a data cell spanning two rows; words and figures invented."""
    import docx as python_docx

    from tests.renditions.wordplan import to_format
    d = python_docx.Document()
    d.add_paragraph("Đơn vị tính: triệu đồng")
    t = d.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    head = [["STT", "Nội dung", "Năm 2026", "", "Tổng số"], ["", "", "NSTW", "NSĐP", ""]]
    body = [["1", "Tập huấn cán bộ", "300", "120", "420"], ["2", "Kiểm tra", "200", "80", "280"],
            ["", "Cộng", "500", "200", "700"]]
    for r, row in enumerate(head + body):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(1, 4))
    out = io.BytesIO()
    d.save(out)
    return to_format(out.getvalue(), "pdf")


def test_a_merged_cell_covers_the_positions_its_box_covers():
    """Each position no cell starts at takes the text of the cell whose box covers it: the
    'Tổng số' spanning two header rows is 'Tổng số' in the second row too (it was the
    'NSĐP' to its left), the 'Năm 2026' spanning two columns is 'Năm 2026' in both."""
    blocks = pdf_reader.read(_merged_header_pdf(), "bang.pdf").blocks
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows[0] == ["STT", "Nội dung", "Năm 2026", "Năm 2026", "Tổng số"]
    assert table.rows[1] == ["STT", "Nội dung", "NSTW", "NSĐP", "Tổng số"]
    assert table.rows[-1] == ["", "Cộng", "500", "200", "700"]
