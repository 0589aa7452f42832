"""A plain text's header printed by a word processor (a .txt set in columns with spaces, printed
to PDF at the left margin): the issuer and the national title side by side, the number and the
place and date side by side, then the document's kind ("KẾ HOẠCH") at the left margin, not
centred, a blank line's distance under the number as the header's rows are apart. Positioned
words (extractors.layout.words.line_items) took the kind for the left column's next line and
read the national title, the motto and the date after it, as the title's first lines. A line
that is wholly a document's kind, under a band whose left column has had its number line
("Số: ..."), ends the band. Names, numbers and dates invented (round R21); must and must-not
rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 12.0


def line(top: float, *cells: tuple[float, str]) -> list[dict]:
    out = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            out.append({"text": word, "x0": x, "x1": x + 5.5 * len(word), "top": top, "bottom": top + H})
            x += 5.5 * len(word) + 3.5
    return out


def items(lines: list[list[dict]]) -> list[str]:
    return [p[2] for kind, p in W.line_items(lines) if kind == "line"]


def header(issuer: str, second: str, number: str, date: str, wrapped: bool, gap: float) -> list[list[dict]]:
    """The header's rows, `gap` points apart (blank lines between them in the text)."""
    rows = [line(70, (90, issuer), (276, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" if wrapped else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"))]
    top = 70
    if wrapped:
        top += 15
        rows.append(line(top, (90, "NAM")))
    top += gap
    rows.append(line(top, (90, second), (312, "Độc lập - Tự do - Hạnh phúc")))
    top += gap
    rows.append(line(top, (90, number), (270, date)))
    return rows


@pytest.mark.parametrize("issuer, second, number, date, kind, wrapped, gap", [
    ("ỦY BAN NHÂN DÂN", "HUYỆN BẠCH LONG", "Số: 112/KH-UBND", "Bạch Long, ngày 3 tháng 9 năm 2027", "KẾ HOẠCH",
     True, 40),
    ("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ ĐÔNG", "Số: 08/QĐ-UBND", "Tân Phú Đông, ngày 15 tháng 1 năm 2031", "QUYẾT ĐỊNH",
     False, 48),
    ("SỞ CÔNG THƯƠNG", "TỈNH HẢI VÂN", "Số: 460/BC-SCT", "Hải Vân, ngày 28 tháng 12 năm 2029", "BÁO CÁO",
     True, 49),
    ("HỘI ĐỒNG NHÂN DÂN", "TỈNH LAM SƠN", "Số: 21/NQ-HĐND", "Lam Sơn, ngày 7 tháng 7 năm 2030", "NGHỊ QUYẾT",
     False, 40),
])
def test_the_kind_at_the_margin_ends_the_header_band(issuer, second, number, date, kind, wrapped, gap):
    rows = header(issuer, second, number, date, wrapped, gap)
    top = rows[-1][0]["top"] + gap
    rows += [line(top, (90, kind)), line(top + 25, (90, "Phát triển nghề thủ công và việc làm năm 2028"))]
    out = items(rows)
    k = out.index(kind)
    assert out[:k] == [issuer, second, number] + [x for x in out[3:k]]  # the header's lines, left then right
    assert any(x.startswith("CỘNG HÒA") for x in out[:k])
    assert date in out[:k] and "Độc lập - Tự do - Hạnh phúc" in out[:k]
    assert out[k + 1] == "Phát triển nghề thủ công và việc làm năm 2028"


@pytest.mark.parametrize("rows, left", [
    # must not: an issuer's wrapped line that is a kind's words, before the number line, stays in its column
    ([line(70, (90, "BAN CHỈ ĐẠO CÁC"), (276, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA")),
      line(85, (90, "CHƯƠNG TRÌNH"), (312, "Độc lập - Tự do - Hạnh phúc")),
      line(100, (90, "MỤC TIÊU QUỐC GIA")),
      line(140, (90, "Số: 17/BC-BCĐ"), (270, "Phù Yên, ngày 2 tháng 5 năm 2026"))],
     ["BAN CHỈ ĐẠO CÁC", "CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA", "Số: 17/BC-BCĐ"]),
    # must not: a letter's subject under its number stays in the left column
    ([line(70, (90, "ỦY BAN NHÂN DÂN"), (276, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA")),
      line(85, (90, "THỊ XÃ KIM SƠN"), (312, "Độc lập - Tự do - Hạnh phúc")),
      line(125, (90, "Số: 305/UBND-KT"), (270, "Kim Sơn, ngày 9 tháng 10 năm 2032")),
      line(140, (90, "V/v kế hoạch vốn năm 2033"))],
     ["ỦY BAN NHÂN DÂN", "THỊ XÃ KIM SƠN", "Số: 305/UBND-KT", "V/v kế hoạch vốn năm 2033"]),
])
def test_other_left_column_lines_stay_in_the_band(rows, left):
    out = items(rows)
    assert out[:len(left)] == left
