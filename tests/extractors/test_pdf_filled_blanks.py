"""A number or date the signing system fills into a blank of a PDF's page (an annotation
drawing "45" between "Số:" and "/KH-UBND") is read as page text; a signature's caption, a
value set on no line of text, links and notes are not (extractors.formats.pdf_forms).

The PDFs are written here with PDFium: page text in DejaVu Serif (Debian's fonts-dejavu-core,
which the set-up installs), values as stamp annotations whose appearance holds the text.
"""

from __future__ import annotations

import ctypes
import io
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
import pypdfium2.raw as c  # noqa: E402

from extractors.formats.pdf_forms import with_filled_blanks  # noqa: E402
from pipeline.process import process  # noqa: E402
from tests.renditions.fontpdf import _write_pdf  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
SIZE = 12


def _wide(text: str):
    raw = (text + "\0").encode("utf-16-le")
    return ctypes.cast(ctypes.create_string_buffer(raw, len(raw)), ctypes.POINTER(c.FPDF_WCHAR))


class Page:
    """One A4 page written with PDFium. A line is pieces of text with blanks between them
    (a blank: a width in points); `blanks[(line, i)]` is the (left, bottom, right, top) of
    the i-th blank of a line, where a value can be stamped."""

    def __init__(self):
        self.pdf = pdfium.PdfDocument.new()
        data = FONT.read_bytes()
        self._buf = ctypes.create_string_buffer(data, len(data))
        self.font = c.FPDFText_LoadFont(self.pdf.raw, ctypes.cast(self._buf, ctypes.POINTER(ctypes.c_uint8)),
                                        len(data), c.FPDF_FONT_TRUETYPE, True)
        self.page = self.pdf.new_page(595, 842)
        self.blanks: dict[tuple[int, int], tuple[float, float, float, float]] = {}
        self.y = 790.0
        self.lines = 0
        self.annotations: list[tuple[list[tuple[str, float, float]], tuple[float, float, float, float], int]] = []

    def _text(self, text: str, x: float, y: float):
        obj = c.FPDFPageObj_CreateTextObj(self.pdf.raw, self.font, ctypes.c_float(SIZE))
        c.FPDFText_SetText(obj, _wide(text))
        c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        return obj

    def _right(self, obj) -> float:
        box = [ctypes.c_float() for _ in range(4)]
        c.FPDFPageObj_GetBounds(obj, *box)
        return box[2].value

    def line(self, *pieces, x: float = 60.0) -> int:
        """pieces: str (text) or a number (a blank of that many points)."""
        blank = 0
        for piece in pieces:
            if isinstance(piece, str):
                obj = self._text(piece, x, self.y)
                c.FPDFPage_InsertObject(self.page.raw, obj)
                x = self._right(obj) + 3
            else:
                self.blanks[(self.lines, blank)] = (x, self.y - 3, x + piece, self.y + SIZE)
                blank += 1
                x += piece + 3
        self.y -= 22
        self.lines += 1
        return self.lines - 1

    def stamp(self, rect, *texts: str, kind: int = c.FPDF_ANNOT_STAMP) -> None:
        """An annotation over `rect` whose appearance draws `texts`, one line each."""
        left, bottom, _, top = rect
        rows = [(t, left + 2, top - 3 - SIZE - 14 * i) for i, t in enumerate(texts)]
        self.annotations.append((rows, rect, kind))

    def bytes(self) -> bytes:
        c.FPDFPage_GenerateContent(self.page.raw)
        for rows, (left, bottom, right, top), kind in self.annotations:
            annot = c.FPDFPage_CreateAnnot(self.page.raw, kind)
            c.FPDFAnnot_SetRect(annot, c.FS_RECTF(left, top, right, bottom))
            for text, x, y in rows:
                c.FPDFAnnot_AppendObject(annot, self._text(text, x, y))
            c.FPDFPage_CloseAnnot(annot)
        out = io.BytesIO()
        self.pdf.save(out)
        return out.getvalue()


def page_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
        return text
    finally:
        pdf.close()


def header_page(number: str | None, day: str | None, caption: bool = False) -> bytes:
    """A district committee's plan whose number and day are blanks, filled by stamps when
    given; with a signature caption (two lines) in the top margin."""
    p = Page()
    p.line("ỦY BAN NHÂN DÂN", 70, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p.line("HUYỆN ĐỒNG VĂN", 95, "Độc lập - Tự do - Hạnh phúc")
    n = p.line("Số:", 34, "/KH-UBND", 90, "Đồng Văn, ngày", 22, "tháng 4 năm 2026")
    p.line("KẾ HOẠCH", x=260)
    p.line("Phát triển du lịch cộng đồng năm 2026", x=170)
    p.line("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/3/2026 của Hội đồng nhân dân huyện;")
    p.line("Ủy ban nhân dân huyện ban hành Kế hoạch phát triển du lịch cộng đồng như sau:")
    p.line("I. MỤC ĐÍCH, YÊU CẦU")
    p.line("Thu hút 25.000 lượt khách du lịch đến huyện trong năm 2026.")
    if number:
        p.stamp(p.blanks[(n, 0)], number)
    if day:
        p.stamp(p.blanks[(n, 2)], day)
    if caption:
        p.stamp((380, 800, 590, 838), "Ký bởi: Ủy ban nhân dân huyện Đồng Văn", "Thời gian ký: 08.04.2026 09:12:40")
    return p.bytes()


def record_of(data: bytes, tmp_path: Path) -> dict:
    out = process(str(tmp_path / "kh.pdf"), data)
    assert out.record is not None, out.error
    return out.dump


# --- must match: values stamped into the blanks of the page's own lines --------------------

def test_a_stamped_number_and_day_are_page_text():
    data = header_page("45", "08")
    assert "45" not in page_text(data)  # the stamps are annotations: no text extractor sees them
    text = page_text(with_filled_blanks(data))
    assert "45" in text and "08" in text


def test_the_record_has_the_stamped_number_and_date(tmp_path):
    rec = record_of(header_page("45", "08", caption=True), tmp_path)
    assert rec["number"] == "45/KH-UBND"
    assert rec["issued_date"] == "2026-04-08"


def test_without_stamps_the_blanks_stay_blank(tmp_path):
    rec = record_of(header_page(None, None), tmp_path)
    assert rec["issued_date"] is None
    assert rec["number"] in (None, "/KH-UBND")


@pytest.mark.parametrize("value", ["1203", "7", "19/4/2026"])
def test_any_short_value_on_a_line_is_taken(value):
    p = Page()
    n = p.line("Quảng Bạ, ngày", 80, "tháng 4 năm 2026")
    p.stamp(p.blanks[(n, 0)], value)
    assert value in page_text(with_filled_blanks(p.bytes()))


# --- must not match ---------------------------------------------------------------------------

def test_a_signature_caption_in_the_margin_is_left_out():
    data = header_page("45", "08", caption=True)
    text = page_text(with_filled_blanks(data))
    assert "45" in text
    assert "Ký bởi" not in text and "Thời gian ký" not in text


def test_a_caption_of_several_lines_beside_text_is_left_out():
    p = Page()
    n = p.line("KT. CHỦ TỊCH", 200)
    left, bottom, right, top = p.blanks[(n, 0)]
    p.stamp((left, bottom - 20, right, top), "Ký bởi: Lê Văn Khoa", "Ngày ký: 08/4/2026")
    data = p.bytes()
    assert with_filled_blanks(data) is data


def test_a_one_line_value_on_no_line_of_text_is_left_out():
    p = Page()
    p.line("PHÓ CHỦ TỊCH")
    p.stamp((300, 500, 420, 520), "Đã ký")  # alone on its line, far from any text
    data = p.bytes()
    assert with_filled_blanks(data) is data


def test_a_pdf_with_no_annotation_is_returned_as_it_is():
    p = Page()
    p.line("Số:", 30, "/QĐ-UBND")
    data = p.bytes()
    assert with_filled_blanks(data) is data


def test_a_damaged_pdf_is_returned_as_it_is():
    data = b"%PDF-1.7\n/Annots garbage"
    assert with_filled_blanks(data) is data


def _stream(dictionary: bytes, content: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def signature_field_pdf(value: bytes) -> bytes:
    """A page "So: [blank] /QD-UBND" whose blank a signature field (the signing system's
    /FT /Sig widget) fills with `value` in its appearance, as e-signed documents are made."""
    return _write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /SigFlags 3 >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots [6 0 R] >>",
        _stream(b"", b"BT /F1 12 Tf 60 750 Td (So:) Tj 70 0 Td (/QD-UBND) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [84 745 128 764] /F 132 /P 3 0 R "
        b"/AP << /N 7 0 R >> >>",
        _stream(b"/Type /XObject /Subtype /Form /BBox [0 0 44 19] /Resources << /Font << /F1 5 0 R >> >>",
                b"BT /F1 12 Tf 4 5 Td (" + value + b") Tj ET"),
    ])


def test_a_signature_fields_value_is_page_text():
    data = signature_field_pdf(b"1187")
    assert "1187" not in page_text(data)
    text = page_text(with_filled_blanks(data))
    assert "1187" in text and "So:" in text
