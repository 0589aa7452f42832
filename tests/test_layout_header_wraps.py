"""A header set in two columns for a wider page, its right column's last words wrapped to
the start of the next line (a text laid out in monospace columns, then set in a proportional
font on a narrower page), and the same header read row by row (plain pdftotext): the words
go back where they belong (extractors.layout.text.header_wraps). Invented headers (helper Q6)."""

import pytest

from extractors.layout.text import read_text


def paragraphs(lines: list[str]) -> list[str]:
    blocks, _ = read_text("\n".join(lines) + "\n")
    return [b.text for b in blocks if b.text]


BODY = ["", "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027", "",
        "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"]

MUST_MATCH = [
    ("the national title's last words at the next line's start",
     ["    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
      "VIỆT NAM",
      "",
      "    TỈNH HÀ GIANG                        Độc lập - Tự do - Hạnh phúc",
      "",
      "  Số: 27/KH-UBND                    Hà Giang, ngày 9 tháng 2 năm",
      "2027"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Giang, ngày 9 tháng 2 năm 2027", "TỈNH HÀ GIANG"]),
    ("read row by row: the title's wrapped end before its first line",
     ["ỦY BAN NHÂN DÂN", "VIỆT NAM", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "", "HUYỆN BẮC MÊ", "",
      "Độc lập - Tự do - Hạnh phúc", "", "Số: 14/KH-UBND"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN BẮC MÊ"]),
    ("the motto's last word at the next line's start (a department under its province)",
     ["     UBND TỈNH KON TUM                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "  SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH                Độc lập - Tự do - Hạnh",
      "phúc",
      "",
      "   Số: 48/KH-SVHTTDL                    Kon Tum, ngày 3 tháng 4 năm 2027"] + BODY,
     ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Độc lập - Tự do - Hạnh phúc"]),
    ("the motto's last two words, wrapped",
     ["    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "    HUYỆN ĐĂK HÀ                          Độc lập - Tự do -",
      "Hạnh phúc",
      "  Số: 9/KH-UBND                      Đăk Hà, ngày 3 tháng 4 năm 2027"] + BODY,
     ["HUYỆN ĐĂK HÀ", "Độc lập - Tự do - Hạnh phúc"]),
    ("read row by row: the motto's wrapped end before its first line, the issuer's rule between",
     ["UBND TỈNH KON TUM", "VIỆT NAM", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "", "SỞ Y TẾ", "phúc", "-------", "",
      "Độc lập - Tự do - Hạnh", "", "---------------", "Số: 48/KH-SYT"] + BODY,
     ["Độc lập - Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
]

# read row by row, the issuer's second line goes back under its first (before the national
# title), also when the issuer's rule stands between it and the motto
IN_ORDER = [
    ("the rule between the issuer's second line and the motto",
     ["UBND TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ", "-------", "Độc lập - Tự do - Hạnh phúc",
      "Số: 48/KH-SYT"] + BODY,
     ["UBND TỈNH KON TUM", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], True),
    ("a caps line under the title, then a rule and no motto: kept where it is",
     ["UBND TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ", "-------", "Số: 48/KH-SYT",
      "Kon Tum, ngày 3 tháng 4 năm 2027"] + BODY,
     ["UBND TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ"], True),
]


@pytest.mark.parametrize("why, lines, want, _", IN_ORDER, ids=[m[0] for m in IN_ORDER])
def test_header_read_in_column_order(why, lines, want, _):
    got = paragraphs(lines)
    assert got[:len(want)] == want, f"{why}: {got[:6]}"


MUST_NOT_MATCH = [
    ("the issuer's own second line under a whole national title",
     ["CÔNG ĐOÀN VIÊN CHỨC", "VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 14/KH-CĐVC"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VIỆT NAM"]),
    ("'phúc' under a whole motto",
     ["    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "    XÃ ĐĂK MAR                          Độc lập - Tự do - Hạnh phúc",
      "phúc", "  Số: 9/KH-UBND                      Đăk Hà, ngày 3 tháng 4 năm 2027"] + BODY,
     ["Độc lập - Tự do - Hạnh phúc phúc"]),
    ("'hạnh phúc' under a right column that is no motto",
     ["    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "    XÃ ĐĂK MAR                          Độc lập - Tự do - Hạnh phúc",
      "  Số: 9/KH-UBND                      Vì một gia đình",
      "hạnh phúc"] + BODY,
     ["Vì một gia đình hạnh phúc"]),
    ("a year under a line whose right column is no date",
     ["    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "    TỈNH HÀ GIANG                        Độc lập - Tự do - Hạnh phúc",
      "  Số: 27/KH-UBND                    Kế hoạch năm",
      "2027"] + BODY,
     ["Kế hoạch năm 2027"]),
]


@pytest.mark.parametrize("why, lines, want", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_header_wraps_joined(why, lines, want):
    got = paragraphs(lines)
    for w in want:
        assert w in got, f"{why}: {w!r} not in {got[:10]}"


@pytest.mark.parametrize("why, lines, unwanted", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_header_wraps_left(why, lines, unwanted):
    got = paragraphs(lines)
    for w in unwanted:
        assert w not in got, f"{why}: {w!r} in {got[:10]}"


# The same in a PDF's positioned words: the wrapped end at the left margin, under the band
# (extractors.layout.words.page_items reads it in the right column).
def pdf_lines(*rows) -> list[str]:
    from extractors.layout.words import page_items

    words = []
    for top, cells in rows:
        for x0, text in cells:
            x = x0
            for w in text.split():
                words.append({"text": w, "x0": x, "x1": x + 6 * len(w), "top": top, "bottom": top + 12})
                x += 6 * len(w) + 3
    return [p[2] for kind, p in page_items(words) if kind == "line"]


MARGIN = 57
PDF_BODY = [(160, [(260, "KẾ HOẠCH")]), (180, [(MARGIN, "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;")])]


def test_pdf_wrapped_ends_read_in_the_right_column():
    got = pdf_lines((60, [(95, "ỦY BAN NHÂN DÂN"), (330, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA")]),
                    (75, [(MARGIN, "VIỆT NAM")]),
                    (100, [(100, "TỈNH HÀ GIANG"), (340, "Độc lập - Tự do - Hạnh phúc")]),
                    (125, [(90, "Số: 27/KH-UBND"), (320, "Hà Giang, ngày 9 tháng 2 năm")]),
                    (140, [(MARGIN, "2027")]), *PDF_BODY)
    assert got[:7] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 27/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
                       "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Giang, ngày 9 tháng 2 năm"], got
    assert got[7] == "2027", got


def test_pdf_line_at_the_margin_under_a_whole_title_ends_the_band():
    got = pdf_lines((60, [(95, "ỦY BAN NHÂN DÂN"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
                    (75, [(95, "TỈNH HÀ GIANG"), (340, "Độc lập - Tự do - Hạnh phúc")]),
                    (90, [(MARGIN, "VIỆT NAM")]), *PDF_BODY)
    assert got[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc"], got
    assert got[4] == "VIỆT NAM", got


# A header band whose left column's second line runs up to one column before the right
# column's first line (a parent agency over its department), in text and in a PDF whose
# header table sets the two cells side by side, a narrow gap between them.
def test_text_band_whose_columns_almost_touch():
    got = paragraphs(["  UBND TỈNH LẠNG SƠN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      " SỞ GIAO THÔNG VẬN TẢI      Độc lập - Tự do - Hạnh phúc",
                      "",
                      "   Số: 31/KH-SGTVT                Lạng Sơn, ngày 2 tháng 3 năm 2027"] + BODY)
    assert got[:2] == ["UBND TỈNH LẠNG SƠN", "SỞ GIAO THÔNG VẬN TẢI"], got


def test_pdf_header_cells_side_by_side():
    got = pdf_lines((60, [(58, "UBND TỈNH LẠNG SƠN"), (165, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
                    (75, [(58, "SỞ GIAO THÔNG"), (165, "Độc lập - Tự do - Hạnh phúc")]), *PDF_BODY)
    assert got[:4] == ["UBND TỈNH LẠNG SƠN", "SỞ GIAO THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc"], got


def test_pdf_narrow_gap_off_the_right_column_stays():
    # a title line over a two-column line: no word of it starts where the right column does
    got = pdf_lines((60, [(58, "UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
                    (75, [(58, "SỞ GIAO THÔNG"), (190, "Độc lập - Tự do - Hạnh phúc")]), *PDF_BODY)
    assert got[0] == "UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", got
