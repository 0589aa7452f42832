"""A header table copied out of a PDF by plain `pdftotext` (no -layout): the cells come row
by row, each line of a cell a line, and a cell's wrapped end may come before the line it
ends: the date's year before its date line ("Số: 12/KH-UBND" / "2026" / "Cà Mau, ngày 5 tháng 3
năm"), the national title's "NAM" before "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" (a line of the left
column between). extractors.layout.text.header_wraps puts them back. (Headers invented.)"""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text
from pipeline.process import Options, process

BODY = ["", "KẾ HOẠCH", "Phòng, chống dịch bệnh trên cây lúa năm 2027", "",
        "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;", "", "I. MỤC ĐÍCH, YÊU CẦU", "",
        "Chủ động phòng, chống dịch bệnh, bảo vệ sản xuất."]


def paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(lines) + "\n")
    return [b.text for b in blocks if b.text]


MUST_MATCH = [
    ("the year before the date line",
     ["ỦY BAN NHÂN DÂN", "VIỆT NAM", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "", "TỈNH CÀ MAU", "",
      "Độc lập - Tự do - Hạnh phúc", "", "-------", "", "---------------", "", "Số: 58/KH-UBND", "2027", "",
      "Cà Mau, ngày 5 tháng 3 năm"] + BODY,
     ["Cà Mau, ngày 5 tháng 3 năm 2027"]),
    ("the year before the date line, a rule between",
     ["UBND HUYỆN TRẦN VĂN THỜI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 7/KH-UBND", "2026", "----------", "Trần Văn Thời, ngày 21 tháng 12 năm"] + BODY,
     ["Trần Văn Thời, ngày 21 tháng 12 năm 2026"]),
    ("'NAM' of the national title under the issuer's first line",
     ["UBND TỈNH ĐIỆN BIÊN", "NAM", "SỞ Y TẾ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
      "Độc lập - Tự do - Hạnh phúc", "", "Số: 31/KH-SYT", "", "Điện Biên, ngày 2 tháng 6 năm 2027"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND TỈNH ĐIỆN BIÊN", "SỞ Y TẾ"]),
    ("'VIỆT NAM' of the national title, a line between",
     ["ỦY BAN NHÂN DÂN", "VIỆT NAM", "XÃ PHONG THẠNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
      "Độc lập - Tự do - Hạnh phúc", "Số: 3/KH-UBND", "Phong Thạnh, ngày 2 tháng 6 năm 2027"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ PHONG THẠNH"]),
]

MUST_NOT_MATCH = [
    ("a year line with no date line after it",
     ["UBND TỈNH CÀ MAU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 58/KH-UBND", "Cà Mau, ngày 5 tháng 3 năm 2027", "2027", "KẾ HOẠCH", "Thực hiện trong năm"] + BODY,
     ["Thực hiện trong năm 2027", "Cà Mau, ngày 5 tháng 3 năm 2027 2027"]),
    ("the year right after its own date line",
     ["UBND TỈNH CÀ MAU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 58/KH-UBND", "Cà Mau, ngày 5 tháng 3 năm", "2027", "Số liệu ước đến ngày 30 tháng 6 năm"] + BODY,
     ["Số liệu ước đến ngày 30 tháng 6 năm 2027"]),
    ("'NAM' that ends the issuer's own line",
     ["TỔNG CÔNG TY ĐIỆN LỰC MIỀN VIỆT", "NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
      "Độc lập - Tự do - Hạnh phúc", "Số: 31/KH-ĐLMN"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("a caps word under a whole national title",
     ["UBND TỈNH ĐIỆN BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 31/KH-SYT"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NAM"]),
]


@pytest.mark.parametrize("why, lines, want", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_plain_header_pieces_go_back(why, lines, want):
    got = paragraphs(lines)
    for w in want:
        assert w in got, f"{why}: {w!r} not in {got[:12]}"


@pytest.mark.parametrize("why, lines, unwanted", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_plain_header_pieces_left(why, lines, unwanted):
    got = paragraphs(lines)
    for w in unwanted:
        assert w not in got, f"{why}: {w!r} in {got[:12]}"


@pytest.mark.parametrize("lines, place, date, issuer", [
    (MUST_MATCH[0][1], "Cà Mau", "2027-03-05", "Ủy ban nhân dân tỉnh Cà Mau"),
    (MUST_MATCH[2][1], "Điện Biên", "2027-06-02", "Sở Y tế tỉnh Điện Biên"),
])
def test_plain_header_record(lines, place, date, issuer):
    record = process("plan.txt", ("\n".join(lines) + "\n").encode(), Options()).record.model_dump(mode="json")
    assert (record["place"], record["issued_date"], record["issuer"]["name"]) == (place, date, issuer)
