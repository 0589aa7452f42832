"""A letter's header printed to PDF whose subject ("V/v ...") fills the left column, the place and date
beside it a gap narrower than a column's: under the two-column band of the header the line is cut at the
gap over the band's free strip, and the subject's next lines, under it and clear of the date, stay in the
left column (extractors.layout.words._cut_under_band). Before, the date was read into the subject (the
title) and the record had no place or date. A line under the band without such a gap (a centred title)
stays whole. PDFs written here with PDFium; names and numbers of our own."""

from __future__ import annotations

import pypdfium2.raw as c

from extractors.formats import pdf as pdf_reader
from pipeline.process import process
from tests.extractors.test_pdf_filled_blanks import Page

RIGHT = 300.0  # where the right column starts


def _row(page: Page, left: str | None, right: str | None = None, left_x: float = 60.0, right_x: float = RIGHT):
    for text, x in ((left, left_x), (right, right_x)):
        if text:
            c.FPDFPage_InsertObject(page.page.raw, page._text(text, x, page.y))
    page.y -= 16


def _letter(subject: list[str], date_x: float) -> bytes:
    page = Page()
    _row(page, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", left_x=75)
    _row(page, "HUYỆN ĐAN KHÊ", "Độc lập - Tự do - Hạnh phúc", left_x=85, right_x=330)
    _row(page, "Số: 408/UBND-TNMT", "---------------", left_x=70, right_x=370)
    _row(page, subject[0], "Đan Khê, ngày 21 tháng 10 năm 2024", right_x=date_x)
    for line in subject[1:]:
        _row(page, line, left_x=80)
    page.y -= 16
    _row(page, "Kính gửi: Ủy ban nhân dân các xã, thị trấn.", left_x=150)
    page.y -= 16
    _row(page, "Thực hiện Công văn số 1187/UBND-KT ngày 02/10/2024 của Ủy ban nhân dân tỉnh về")
    _row(page, "khoáng sản, Ủy ban nhân dân huyện đề nghị các xã, thị trấn kiểm tra các điểm khai thác.")
    _row(page, "Nơi nhận:", "KT. CHỦ TỊCH")
    _row(page, "- Như trên;", "PHÓ CHỦ TỊCH", right_x=310)
    _row(page, "- Lưu: VT.")
    _row(page, None, "Nông Văn Thạch", right_x=310)
    return page.bytes()


SUBJECT = ["V/v tăng cường kiểm tra khai thác", "khoáng sản trái phép trên địa bàn", "huyện"]


def test_the_date_beside_a_full_subject_is_read_apart():
    blocks = [b.text for b in pdf_reader.read(_letter(SUBJECT, 282), "x.pdf").blocks]
    assert not any("V/v" in t and "ngày 21" in t for t in blocks)
    record = process("cong-van.pdf", _letter(SUBJECT, 282)).record.model_dump(mode="json")
    assert (record["place"], record["issued_date"], record["number"]) == ("Đan Khê", "2024-10-21", "408/UBND-TNMT")
    assert record["title"] == "Tăng cường kiểm tra khai thác khoáng sản trái phép trên địa bàn huyện"


def test_a_centred_line_under_the_band_stays_whole():
    page = Page()
    _row(page, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", left_x=75)
    _row(page, "Số: 408/UBND-TNMT", "Đan Khê, ngày 21 tháng 10 năm 2024", left_x=70)
    _row(page, "Về việc tăng cường kiểm tra khai thác khoáng sản trái phép", left_x=140)
    blocks = [b.text for b in pdf_reader.read(page.bytes(), "x.pdf").blocks]
    assert "Về việc tăng cường kiểm tra khai thác khoáng sản trái phép" in blocks
