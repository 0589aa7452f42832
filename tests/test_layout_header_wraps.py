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
]

MUST_NOT_MATCH = [
    ("the issuer's own second line under a whole national title",
     ["CÔNG ĐOÀN VIÊN CHỨC", "VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 14/KH-CĐVC"] + BODY,
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VIỆT NAM"]),
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
