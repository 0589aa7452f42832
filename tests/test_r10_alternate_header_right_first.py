"""A header's two columns that `pdftotext -layout` set on alternate lines, the right column's first line
(the national title) the higher: the band opens with the national title, each line one column only
("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "BỘ NỘI VỤ ..." / "NAM" / ...), read column by column, the left column
first (round R10: G9's ministry page printed to PDF, read by pdftotext -layout: its issuer was lost to the
site's banner above). Must-not rows: a band that opens in the right column with another line (a centred
title), a band with no national title. Names, numbers and places invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

RIGHT_FIRST = """\
CỤC LƯU TRỮ - TRANG TIN ĐIỆN TỬ

                                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
BỘ TÀI NGUYÊN VÀ MÔI
                                       NAM
TRƯỜNG
                                       Độc lập - Tự do - Hạnh phúc
-------
                                       ---------------
Số: 418/KH-BTNMT
                                       Hà Nội, ngày 3 tháng 9 năm 2021

                                   KẾ HOẠCH
"""

# the left column's lines at an indent of their own (centred in their cell)
RIGHT_FIRST_INDENTED = """\
                                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    UBND TỈNH KHÁNH BÌNH
                                            Độc lập - Tự do - Hạnh phúc
  SỞ GIAO THÔNG VẬN TẢI
                                              ---------------
  Số: 77/KH-SGTVT
                                          Khánh Bình, ngày 21 tháng 6 năm 2019

                                   KẾ HOẠCH
"""


def _texts(text: str) -> list[str]:
    blocks, _ = read_text(text)
    return [b.text for b in blocks]


@pytest.mark.parametrize("text, left, right", [
    (RIGHT_FIRST, ["BỘ TÀI NGUYÊN VÀ MÔI", "TRƯỜNG", "Số: 418/KH-BTNMT"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 3 tháng 9 năm 2021"]),
    (RIGHT_FIRST_INDENTED, ["UBND TỈNH KHÁNH BÌNH", "SỞ GIAO THÔNG VẬN TẢI", "Số: 77/KH-SGTVT"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Khánh Bình, ngày 21 tháng 6 năm 2019"]),
])
def test_a_band_opening_with_the_national_title_is_read_column_by_column(text, left, right):
    texts = _texts(text)
    at = [next(i for i, t in enumerate(texts) if t.startswith(x)) for x in left + right]
    assert at == sorted(at), texts  # the left column's lines, in order, then the right column's
    assert at[len(left) - 1] < at[len(left)]


def test_a_centred_line_over_the_band_stays():
    # a centred line right of the middle over the band (the national title under it) is no column's line:
    # it stays where it is, over the columns
    text = RIGHT_FIRST.replace("\n\n                                       CỘNG HÒA",
                               "\n\n                                       THÔNG BÁO KẾT LUẬN\n"
                               "                                       CỘNG HÒA", 1)
    texts = _texts(text)
    assert texts[1] == "THÔNG BÁO KẾT LUẬN"


def test_a_centred_national_title_over_one_left_line_stays():
    # the national title and the motto centred over the text, one line at the left under them: no two columns
    text = """\
                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                            Độc lập - Tự do - Hạnh phúc
Số: 9/TB-VP
                            Tân Châu, ngày 2 tháng 3 năm 2020
"""
    texts = _texts(text)
    assert texts.index("Số: 9/TB-VP") == 2


def test_no_national_title_no_columns():
    text = RIGHT_FIRST.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "TRUNG TÂM DỮ LIỆU QUỐC GIA VỀ")
    texts = _texts(text)
    assert texts.index("Độc lập - Tự do - Hạnh phúc") < texts.index("Số: 418/KH-BTNMT")
