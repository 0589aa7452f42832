"""Probe round G: a header table read row by row, one cell a line (LibreOffice's plain
text, pdftotext without -layout): the issuer's second line goes back under its first."""

from __future__ import annotations

import pytest

from extractors.layout.text import Line, header_in_order, read_text

CASES = [
    # (lines as read, the first lines in the expected order)
    (["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN MƯỜNG KHƯƠNG", "Độc lập - Tự do - Hạnh phúc",
      "Số: 55/KH-UBND", "Mường Khương, ngày 4 tháng 9 năm 2026"],
     ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG KHƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
    # pdftotext: blank lines between the cells, the national title over two lines
    (["SỞ NỘI VỤ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "", "TỈNH KHÁNH HÒA", "", "Độc lập - Tự do - Hạnh phúc", "",
      "Số: 301/KH-SNV"],
     ["SỞ NỘI VỤ", "TỈNH KHÁNH HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
    # must not: a header already in column order, or with a one-line issuer, stays as it is
    (["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH"],
     ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH"]),
    (["UBND TỈNH PHÚ YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "Trồng rừng"],
     ["UBND TỈNH PHÚ YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "Trồng rừng"]),
    # must not: the national title first (no issuer line before it)
    (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc"]),
]


@pytest.mark.parametrize("given,expected", CASES)
def test_header_in_order(given, expected):
    lines = [Line(k + 1, t, 1) for k, t in enumerate(given)]
    got = [ln.text for ln in header_in_order(lines) if not ln.blank]
    assert got[:len(expected)] == expected


def test_header_in_order_in_a_document():
    text = ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÓC TRĂNG\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 90/KH-UBND\nSóc Trăng, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\nNuôi trồng thủy sản bền vững\n")
    texts = [b.text for b in read_text(text)[0] if b.text]
    joined = "\n".join(texts)
    assert joined.index("TỈNH SÓC TRĂNG") < joined.index("CỘNG HÒA")
