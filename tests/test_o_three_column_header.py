"""A joint plan's header printed to PDF in three columns (two issuers and the national title): its lines
of fewer segments have them in the columns they sit under (extractors.layout.words._placed_by_columns).
The number under the first column and the place and date under the third ("Số: 15/KHLT-SVHTTDL-HLHPN
      Tây Lâm, ngày 08 tháng 9 năm 2025"), the motto's wrapped end under the third, are read with their
    columns; before, a two-segment line's second segment went to the middle column, and the place and date
were read between the second issuer's lines and the national title, and lost. A header of two columns is
read as before. PDFs written here with PDFium; names and numbers of our own."""

from __future__ import annotations

import pypdfium2.raw as c

from extractors.formats import pdf as pdf_reader
from pipeline.process import process
from tests.extractors.test_pdf_filled_blanks import Page


def _row(page: Page, *cells: tuple[str, float]):
    for text, x in cells:
        c.FPDFPage_InsertObject(page.page.raw, page._text(text, x, page.y))
    page.y -= 16


def _joint_plan() -> bytes:
    page = Page()
    _row(page, ("UBND TỈNH TÂY LÂM", 40), ("HỘI LHPN", 230), ("CỘNG HÒA XÃ HỘI CHỦ", 370))
    _row(page, ("SỞ VĂN HÓA, THỂ THAO", 40), ("TỈNH TÂY LÂM", 220), ("NGHĨA VIỆT NAM", 385))
    _row(page, ("VÀ DU LỊCH", 70), ("***", 250), ("Độc lập - Tự do - Hạnh", 365))
    _row(page, ("-------", 80), ("phúc", 420))
    _row(page, ("Số: 15/KHLT-SVHTTDL-HLHPN", 30), ("Tây Lâm, ngày 08 tháng 9", 360))
    _row(page, ("năm 2025", 410))
    page.y -= 16
    _row(page, ("KẾ HOẠCH LIÊN TỊCH", 220))
    _row(page, ("Tổ chức Ngày hội Văn hóa phụ nữ các dân tộc tỉnh Tây Lâm năm 2025", 70))
    _row(page, ("Căn cứ Kế hoạch số 71/KH-UBND ngày 14 tháng 4 năm 2025 của Ủy ban nhân dân", 60))
    _row(page, ("tỉnh Tây Lâm về công tác gia đình năm 2025;", 60))
    _row(page, ("Sở Văn hóa, Thể thao và Du lịch và Hội Liên hiệp Phụ nữ tỉnh thống nhất ban hành", 60))
    _row(page, ("Kế hoạch liên tịch như sau:", 60))
    return page.bytes()


def test_a_three_column_header_reads_its_place_and_date():
    blocks = [b.text for b in pdf_reader.read(_joint_plan(), "x.pdf").blocks]
    national = blocks.index("CỘNG HÒA XÃ HỘI CHỦ")
    assert blocks.index("Tây Lâm, ngày 08 tháng 9") > national
    assert blocks.index("phúc") > national
    record = process("ke-hoach.pdf", _joint_plan()).record.model_dump(mode="json")
    assert (record["place"], record["issued_date"]) == ("Tây Lâm", "2025-09-08")


def test_a_two_column_header_is_read_as_before():
    page = Page()
    _row(page, ("ỦY BAN NHÂN DÂN", 75), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300))
    _row(page, ("HUYỆN ĐAN KHÊ", 85), ("Độc lập - Tự do - Hạnh phúc", 330))
    _row(page, ("Số: 408/KH-UBND", 70), ("Đan Khê, ngày 21 tháng 10 năm 2024", 300))
    blocks = [b.text for b in pdf_reader.read(page.bytes(), "x.pdf").blocks]
    assert blocks == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐAN KHÊ", "Số: 408/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc", "Đan Khê, ngày 21 tháng 10 năm 2024"]


def test_a_number_line_of_blanks_is_no_third_column():
    # a number and a date left blank for the signing (cut at the blanks into more segments than the header's
    # two columns): the band is read as before, the number in the left column
    page = Page()
    _row(page, ("ỦY BAN NHÂN", 60), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", 230))
    _row(page, ("DÂN", 90), ("NAM", 330))
    _row(page, ("TỈNH HÒA KHÊ", 50), ("Độc lập - Tự do - Hạnh phúc", 240))
    _row(page, ("Số:", 40), ("/KH-", 110), ("Hòa Khê, ngày", 200), ("tháng", 330), ("năm 2025", 400))
    _row(page, ("UBND", 80))
    blocks = [b.text for b in pdf_reader.read(page.bytes(), "x.pdf").blocks]
    assert blocks[:4] == ["ỦY BAN NHÂN", "DÂN", "TỈNH HÒA KHÊ", "Số:"]
    assert blocks.index("NAM") == blocks.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT") + 1
