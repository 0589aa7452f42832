"""A header typed with spaces into one Word paragraph a row and printed to PDF: the page is too narrow for
the national title, whose last word(s) wrap to the start of the next line, under the issuer ("UBND TỈNH HẠ
VÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"). The PDF reader (extractors.layout.words) reads the
piece as the end of the right column, not as the issuer's second line; a line of the issuer's own ("VIỆT
NAM" centred under "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" or set at its start, beside a whole national title) stays
in the left column. PDFs written here with PDFium (tests.extractors.test_pdf_filled_blanks.Page); names
and numbers of our own."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from tests.extractors.test_pdf_filled_blanks import Page


def _blocks(rows: list[tuple]) -> list[str]:
    page = Page()
    for row in rows:
        if isinstance(row, tuple) and isinstance(row[-1], dict):
            page.line(*row[:-1], **row[-1])
        else:
            page.line(*row)
    return [b.text for b in pdf_reader.read(page.bytes(), "x.pdf").blocks]


@pytest.mark.parametrize("first, rest", [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM"),
])
def test_the_national_titles_wrapped_end_goes_to_the_right_column(first, rest):
    blocks = _blocks([
        ("UBND TỈNH HẠ VÂN", 90, first),
        (rest,),
        ("  SỞ NỘI VỤ", 130, "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 214/KH-SNV", 90, "Hạ Vân, ngày 02 tháng 8 năm 2025"),
        ("KẾ HOẠCH", {"x": 250}),
    ])
    assert blocks[:3] == ["UBND TỈNH HẠ VÂN", "SỞ NỘI VỤ", "Số: 214/KH-SNV"]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in blocks


@pytest.mark.parametrize("rows", [
    # the issuer's own second line, centred under its first
    [("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", 40, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("VIỆT NAM", {"x": 150}),
     ("CHI NHÁNH TỈNH LAM HÀ", 60, "Độc lập - Tự do - Hạnh phúc")],
    # the issuer's second line at its start, the national title whole beside the first
    [("TỔNG LIÊN ĐOÀN LAO ĐỘNG", 40, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("VIỆT NAM",),
     ("LIÊN ĐOÀN LAO ĐỘNG TỈNH", 40, "Độc lập - Tự do - Hạnh phúc")],
])
def test_a_line_of_the_issuers_own_stays_in_the_left_column(rows):
    blocks = _blocks(rows + [("KẾ HOẠCH", {"x": 250})])
    assert blocks.index("VIỆT NAM") < min(k for k, b in enumerate(blocks) if b.startswith("CỘNG HÒA"))
