"""A legal basis's date whose year OCR misread by one digit ("Luật ... số 31/2018/QH14 ngày 20 tháng 6 năm 2016": the 8
read as 6, round IMG10's scan): the number carries the year it was issued in, and in an OCR reading the date takes it
(legal_bases.year_told_by_number). Only for the digit pairs OCR confuses and never a year next to the number's (a
document signed at a year's turn), and only in an OCR reading: a typed text's date stays as the document writes it."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.legal_bases import extract_legal_bases, year_told_by_number
from extractors.formats import read


@pytest.mark.parametrize("issued,number,expected", [
    ("2016-06-20", "31/2018/QH14", "2018-06-20"),
    ("2013-08-29", "109/2018/NĐ-CP", "2018-08-29"),
    ("2021-03-05", "27/2027/QĐ-UBND", "2027-03-05"),
    ("2011-04-01", "12/2017/NĐ-CP", "2017-04-01"),
    # must not: a year next to the number's, two digits apart, a pair OCR does not confuse, no year in the number,
    # the year right, a day the number's year has not
    ("2023-12-28", "01/2024/NQ-HĐND", "2023-12-28"),
    ("2015-11-10", "45/2016/TT-BTC", "2015-11-10"),
    ("2010-06-20", "31/2018/QH14", "2018-06-20"),
    ("2006-06-20", "31/2018/QH14", "2006-06-20"),
    ("2014-06-20", "31/2018/QH14", "2014-06-20"),
    ("2020-06-17", "90/QĐ-TTg", "2020-06-17"),
    ("2018-06-20", "31/2018/QH14", "2018-06-20"),
    ("2016-02-29", "05/2018/TT-BTC", "2016-02-29"),
])
def test_year_told_by_number(issued, number, expected):
    assert year_told_by_number(issued, number) == expected


TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẢO LÂM
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lâm, ngày 10 tháng 3 năm 2027

KẾ HOẠCH
Tuyên truyền, phổ biến pháp luật năm 2027

Căn cứ Luật Tiếp cận thông tin số 104/2016/QH13 ngày 06 tháng 4 năm 2018;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH
Nâng cao nhận thức pháp luật.
"""


@pytest.mark.parametrize("ocr,issued", [(True, "2016-04-06"), (False, "2018-04-06")])
def test_only_an_ocr_reading_takes_the_numbers_year(ocr, issued):
    raw = read(TEXT.encode("utf-8"), "ke-hoach.txt", "txt")
    if ocr:
        raw.metadata["ocr"] = {"pages": 1}
    doc = build_document(raw)
    bases = extract_legal_bases(doc, 0)
    assert [(b["number"], b["issued_date"]) for b in bases] == [("104/2016/QH13", issued)]
