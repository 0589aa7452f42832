"""A header table read row by row (plain `pdftotext`, a cell a line) whose issuer's second line wraps over two
lines and whose national title wraps after "VIỆT", round R14 (G13's department plan from a web page,
pdf-plain: issuer name and level):

    UBND TỈNH THANH PHONG
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM
    SỞ NÔNG NGHIỆP VÀ MÔI
    TRƯỜNG
    Độc lập - Tự do - Hạnh phúc

`text.header_in_order` put the issuer's second line back under its first only when the national title was
whole (or wrapped before "VIỆT NAM") and the second line was one line; the department was left after the
national title and the issuer read as the province. The title cut after "VIỆT" with "NAM" alone under it is
the title too, and two capital lines before the motto move together.

Must-not rows: capital lines not followed by the motto, three capital lines, "NAM" not under the title.
Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import Line, header_in_order


def order(*texts: str) -> list[str]:
    lines = [Line(n + 1, t, 1) for n, t in enumerate(texts)]
    return [ln.text for ln in header_in_order(lines) if ln.text]


@pytest.mark.parametrize("texts", [
    ("UBND HUYỆN KHÁNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "PHÒNG TÀI CHÍNH - KẾ", "HOẠCH",
     "Độc lập - Tự do - Hạnh phúc", "Số: 17/KH-PTCKH"),
    ("UBND HUYỆN KHÁNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHÒNG TÀI CHÍNH - KẾ", "HOẠCH",
     "---------", "Độc lập - Tự do - Hạnh phúc", "Số: 17/KH-PTCKH"),
])
def test_issuer_second_line_over_two_lines(texts):
    got = order(*texts)
    assert got[:3] == ["UBND HUYỆN KHÁNH LÂM", "PHÒNG TÀI CHÍNH - KẾ", "HOẠCH"]


def test_title_cut_after_viet_one_issuer_line():
    got = order("BỘ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "CỤC XÚC TIẾN THƯƠNG MẠI",
                "Độc lập - Tự do - Hạnh phúc", "Số: 5/KH-XTTM")
    assert got[:2] == ["BỘ CÔNG THƯƠNG", "CỤC XÚC TIẾN THƯƠNG MẠI"]


@pytest.mark.parametrize("texts", [
    # no motto after the capital lines
    ("UBND HUYỆN KHÁNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "PHÒNG TÀI CHÍNH - KẾ", "HOẠCH",
     "Số: 17/KH-PTCKH", "Khánh Lâm, ngày 3 tháng 2 năm 2031"),
    # three capital lines before the motto
    ("UBND HUYỆN KHÁNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "BAN QUẢN LÝ", "DỰ ÁN ĐẦU TƯ", "XÂY DỰNG",
     "Độc lập - Tự do - Hạnh phúc"),
    # "NAM" not under the title cut after "VIỆT"
    ("UBND HUYỆN KHÁNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "PHÒNG TÀI CHÍNH", "NAM",
     "Độc lập - Tự do - Hạnh phúc"),
])
def test_order_kept(texts):
    assert order(*texts) == list(texts)
