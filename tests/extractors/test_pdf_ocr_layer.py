"""A searchable scan (a page image under another program's invisible OCR text) is read again
by our OCR, which reads its tables from the image; its layer is read only when OCR cannot run.
Visible text over an image (a letterhead, a watermark) and invisible text with no page image
are text pages as before (extractors.formats.pdfium_words.ocr_layer).

The PDFs are written here with PDFium: a page image drawn with PIL in DejaVu Serif
(fonts-dejavu-core, which the set-up installs), text objects in the same font.
"""

from __future__ import annotations

import ctypes
import io
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
import pypdfium2.raw as c  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from extractors.formats import pdf as pdf_reader  # noqa: E402
from extractors.formats.base import ReadOptions  # noqa: E402
from extractors.formats.pdfium_words import ocr_layer  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
W, H = 595, 842
SCAN_LINES = ["ỦY BAN NHÂN DÂN HUYỆN SÌN HỒ", "KẾ HOẠCH", "Phát triển chè Shan tuyết năm 2026",
              "Trồng mới 150 ha chè tại các xã vùng cao."]


def _wide(text: str):
    raw = (text + "\0").encode("utf-16-le")
    return ctypes.cast(ctypes.create_string_buffer(raw, len(raw)), ctypes.POINTER(c.FPDF_WCHAR))


def scan_image(scale: int = 3) -> Image.Image:
    img = Image.new("L", (W * scale, H * scale), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 12 * scale)
    for k, line in enumerate(SCAN_LINES):
        draw.text((60 * scale, (60 + 30 * k) * scale), line, fill=0, font=font)
    return img


def page_pdf(image: Image.Image | None, layer: list[str], invisible: bool, image_share: float = 1.0,
             visible_extra: list[str] = ()) -> bytes:
    """One A4 page: `image` scaled over `image_share` of the page's height (from the top), then the
    text of `layer` (invisible or not) and of `visible_extra`, one line each."""
    pdf = pdfium.PdfDocument.new()
    data = FONT.read_bytes()
    buf = ctypes.create_string_buffer(data, len(data))
    font = c.FPDFText_LoadFont(pdf.raw, ctypes.cast(buf, ctypes.POINTER(ctypes.c_uint8)), len(data),
                               c.FPDF_FONT_TRUETYPE, True)
    page = pdf.new_page(W, H)
    if image is not None:
        obj = pdfium.PdfImage.new(pdf)
        obj.set_bitmap(pdfium.PdfBitmap.from_pil(image))
        height = H * image_share
        obj.set_matrix(pdfium.PdfMatrix().scale(W, height).translate(0, H - height))
        page.insert_obj(obj)
    for k, (text, hidden) in enumerate([(t, invisible) for t in layer] + [(t, False) for t in visible_extra]):
        t = c.FPDFPageObj_CreateTextObj(pdf.raw, font, ctypes.c_float(12))
        c.FPDFText_SetText(t, _wide(text))
        if hidden:
            c.FPDFTextObj_SetTextRenderMode(t, c.FPDF_TEXTRENDERMODE_INVISIBLE)
        c.FPDFPageObj_Transform(t, 1, 0, 0, 1, 60, H - 72 - 30 * k)
        c.FPDFPage_InsertObject(page.raw, t)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def is_layer(data: bytes) -> bool:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        try:
            return ocr_layer(page, pdf_reader.IMAGE_COVER)
        finally:
            page.close()
    finally:
        pdf.close()


# words another program misread; our OCR of the image reads the page's own
LAYER = [f"Trồng mởi {n} ha chẽ tại cảc xã vùng caọ." for n in range(150, 170)]


def test_a_searchable_scan_is_told():
    assert is_layer(page_pdf(scan_image(), LAYER, invisible=True))


def test_a_searchable_scan_with_a_visible_stamp_is_told():
    assert is_layer(page_pdf(scan_image(), LAYER, invisible=True, visible_extra=["Ký bởi: UBND huyện Sìn Hồ"]))


@pytest.mark.parametrize("image,invisible,share", [
    (True, False, 1.0),   # visible text over a page image: a letterhead or a watermark behind the text
    (False, True, 1.0),   # invisible text with no image: hidden text of a text PDF
    (True, True, 0.3),    # an image over a third of the page (a photo, a logo) under invisible text
])
def test_other_pages_are_not_searchable_scans(image, invisible, share):
    assert not is_layer(page_pdf(scan_image() if image else None, LAYER, invisible=invisible, image_share=share))


def test_a_text_page_with_many_visible_lines_is_told_quickly():
    assert not is_layer(page_pdf(None, [f"Dòng {n} của văn bản." for n in range(60)], invisible=False))


def test_without_ocr_the_layer_is_read_and_said_so():
    doc = pdf_reader.read(page_pdf(scan_image(), LAYER, invisible=True), "x.pdf", ReadOptions(ocr="never"))
    text = "\n".join(b.text for b in doc.blocks if b.text)
    assert "Trồng mởi 150 ha chẽ" in text
    assert any(i["code"] == "pdf.ocr_layer_read" for i in doc.issues)


def test_with_ocr_the_image_is_read_again():
    doc = pdf_reader.read(page_pdf(scan_image(), LAYER, invisible=True), "x.pdf", ReadOptions(ocr="auto"))
    text = "\n".join(b.text for b in doc.blocks if b.text)
    assert "Shan tuyết" in text  # on the image only
    assert "mởi" not in text and "chẽ" not in text  # the other program's misreadings are gone
    assert not any(i["code"] == "pdf.ocr_layer_read" for i in doc.issues)
