"""A header in two columns whose spacing was squeezed to single spaces, its lines kept (a scrape that collapses
runs of spaces, a word tokenizer's output of a `pdftotext -layout` text): each line holds the issuer's piece and
the right column's, one space apart ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "TỈNH HÒA GIANG NAM" /
"------- Độc lập - Tự do - Hạnh phúc"; a Party committee's "ĐẢNG BỘ TỈNH X ĐẢNG CỘNG SẢN VIỆT NAM" / "HUYỆN ỦY Y
Y, ngày ..."). The issuer had been read with the title's wrapped "NAM" in its name, or the Party's province for
the district committee. Read column by column (extractors.layout.collapsed_header). Round P44 (the invented
plans as word-segmented text); names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats import read
from extractors.layout.collapsed_header import columns

BODY = ("KẾ HOẠCH\nPhát triển giao thông nông thôn năm 2027\n"
        "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;\n"
        "I. MỤC TIÊU\nPhấn đấu 95% đường xã được cứng hóa.\n")


def _header(text: str) -> dict:
    return extract_header(build_document(read(text.encode(), "plan.txt")))


COLLAPSED = [
    # must: a People's Committee, the title wrapped after "VIỆT", its "NAM" after the issuer's second line
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nTỈNH KHÁNH LÂM NAM\n------- Độc lập - Tự do - Hạnh phúc\n"
     "Số: 318/KH-UBND ---------------\nKhánh Lâm, ngày 04 tháng 3 năm 2027\n" + BODY,
     ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH LÂM", "-------", "Số: 318/KH-UBND"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
      "Khánh Lâm, ngày 04 tháng 3 năm 2027"],
     "Ủy ban nhân dân tỉnh Khánh Lâm", "318/KH-UBND"),
    # must: a district Party committee under its province's Party committee, names wrapped in the narrow column,
    # the place and date glued after the district's name, the star and the number after the date
    ("ĐẢNG BỘ TỈNH HÀ ĐÔNG ĐẢNG CỘNG SẢN VIỆT NAM\nNAM ---------------\nHUYỆN ỦY MƯỜNG Mường Khiêm, ngày 09 tháng 5 "
     "năm 2026\nKHIÊM\n*\nSố 41-KH/HU\n" + BODY,
     ["ĐẢNG BỘ TỈNH HÀ ĐÔNG", "NAM", "HUYỆN ỦY MƯỜNG", "KHIÊM", "*", "Số 41-KH/HU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Mường Khiêm, ngày 09 tháng 5 năm 2026"],
     "Huyện ủy Mường Khiêm", "41-KH/HU"),
    # must: a provincial Party committee, its star glued before the right column's rule, the number before the date
    ("TỈNH ỦY LAI KHÊ ĐẢNG CỘNG SẢN VIỆT NAM\n* ---------------\nSố 14-CTr/TU Lai Khê, ngày 03 tháng 6 năm 2026\n"
     + BODY,
     ["TỈNH ỦY LAI KHÊ", "*", "Số 14-CTr/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------",
                                               "Lai Khê, ngày 03 tháng 6 năm 2026"],
     "Tỉnh ủy Lai Khê", "14-CTr/TU"),
    # must: the title wrapped before "VIỆT NAM" (two words glued after the issuer's line), a city's "TP." place
    ("SỞ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nTHÀNH PHỐ BẮC HƯNG VIỆT NAM\nSố: 77 /KH-SXD Độc lập - Tự do - Hạnh phúc\n"
     "TP. Bắc Hưng, ngày 21 tháng 10 năm 2026\n" + BODY,
     ["SỞ XÂY DỰNG", "THÀNH PHỐ BẮC HƯNG", "Số: 77 /KH-SXD"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TP. Bắc Hưng, ngày 21 tháng 10 năm 2026"],
     "Sở Xây dựng thành phố Bắc Hưng", "77/KH-SXD"),
]


@pytest.mark.parametrize("text, left, right, issuer, number", COLLAPSED)
def test_a_collapsed_header_read_column_by_column(text, left, right, issuer, number):
    found = columns(text.split("\n"))
    assert found is not None
    end, got_left, got_right = found
    assert [t for _, t in got_left] == left and [t for _, t in got_right] == right
    assert text.split("\n")[end] == "KẾ HOẠCH"
    header = _header(text)
    assert header["issuer"]["name"] == issuer
    assert header["number"] == number
    assert header["title"] == "Phát triển giao thông nông thôn năm 2027"


@pytest.mark.parametrize("text", [
    # must not: the columns set apart by runs of spaces (read by their spacing)
    "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KHÁNH LÂM      Độc lập - Tự do - Hạnh phúc\n"
    "Số: 318/KH-UBND      Khánh Lâm, ngày 04 tháng 3 năm 2027\n" + BODY,
    # must not: a header read column by column already, no line holding both columns
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH LÂM\nSố: 318/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nKhánh Lâm, ngày 04 tháng 3 năm 2027\n" + BODY,
    # must not: a letter's body that names a place and a date, no national title in the header
    "SỞ Y TẾ TỈNH KHÁNH LÂM\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT Khánh Lâm, ngày 04 tháng 3 năm 2027\n"
    "Báo cáo kết quả tiêm chủng quý I.\n",
    # must not: a Markdown header, its lines in bold or italics (the emphasis marks are no star, no column)
    "**ỦY BAN NHÂN DÂN**\n**HUYỆN THẠCH KHÊ**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n"
    "Số: 61/KH-UBND\n\n*Thạch Khê, ngày 03 tháng 4 năm 2026*\n\n# KẾ HOẠCH\n",
    # must not: the title glued after the issuer, then the body before any number or date (too little to tell)
    "UBND HUYỆN LAI KHÊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBáo cáo nhanh tình hình mưa lũ.\n",
    # must not: a document stored on one line, then wrapped to a page (its lines run on: the number line holds
    # the place, the date runs on into the body)
    "ỦY BAN NHÂN DÂN XÃ PHÚ LẠC ĐÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 19/KH-UBND Phú Lạc Đông,\nngày 02 tháng 5 năm 2026 KẾ HOẠCH Phòng, chống cháy rừng mùa khô năm 2026\n",
    # must not: only the columns' second lines met on one line, the title alone on its line (a name complete above
    # the motto: extractors.fields.header reads it, tests/test_p39_unit_after_motto.py)
    "ỦY BAN NHÂN DÂN HUYỆN TÂN KHÊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ LỘC Độc lập - Tự do - Hạnh phúc\n"
    "Số: 41/KH-UBND\nTân Khê, ngày 05 tháng 3 năm 2026\n" + BODY,
    # must not: the national title inside a sentence of the body
    "Căn cứ Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 2013;\nI. MỤC TIÊU\n",
])
def test_not_a_collapsed_header(text):
    assert columns(text.split("\n")) is None


def test_the_spaced_header_reads_as_before():
    text = COLLAPSED[0][0]
    spaced = ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "TỈNH KHÁNH LÂM                 Độc lập - Tự do - Hạnh phúc\n"
              "-------                             ---------------\n"
              "Số: 318/KH-UBND            Khánh Lâm, ngày 04 tháng 3 năm 2027\n" + BODY)
    a, b = _header(text), _header(spaced)
    for key in ("issuer", "number", "issued_date", "place", "title", "doc_type"):
        assert a[key] == b[key], key
