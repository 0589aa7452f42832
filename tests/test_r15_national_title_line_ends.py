"""A header whose two columns a reader took as one line, the national title at its end, over the issuer's own line,
round R15 (G12's statistics office plan as scan300, an HTML table printed: the issuer lost to the parent body;
IMG11 and R14 left it):

    BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      (one line, all of it in bold)
    TỔNG CỤC THỐNG KÊ
    Số: 1125/KH-TCTK

The scan's line was read in bold throughout, so the next line in bold capitals went on with it as one paragraph
("... VIỆT NAM TỔNG CỤC THỐNG KÊ") and the parent body was read as the issuer. A line that ends with the national
title whole ends its paragraph, as the motto's whole line does (`paragraphs.assemble`, NATIONAL_END).

Must-not rows: a heading in capitals wrapped over two lines goes on; a title cut after "VIỆT" ("... CHỦ NGHĨA
VIỆT" / "NAM") goes on. Names invented."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble

BODY = [("line", (57.0, 558.0, "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 của Quốc hội khóa XIII và"))] * 3


def paragraphs(*lines: tuple) -> list[str]:
    return [b.text for b in assemble([[("line", ln) for ln in lines] + BODY])]


@pytest.mark.parametrize("parent, issuer, bold", [
    ("BỘ NỘI VỤ", "CỤC VĂN THƯ VÀ LƯU TRỮ", True),
    ("UBND TỈNH LAM SƠN", "SỞ XÂY DỰNG", True),
    ("BỘ Y TẾ", "VIỆN DINH DƯỠNG", False),
])
def test_the_issuers_line_after_a_line_ending_with_the_national_title(parent, issuer, bold):
    face = (True,) if bold else ()
    got = paragraphs((58.0, 525.0, f"{parent} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", *face),
                     (58.0, 212.0, issuer, *face), (59.0, 174.0, "Số: 27/KH-CVT"))
    assert got[:3] == [f"{parent} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", issuer, "Số: 27/KH-CVT"]


@pytest.mark.parametrize("first, second", [
    ("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG", "THÔN MỚI NĂM 2027"),
    ("UBND TỈNH LAM SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM"),
])
def test_a_wrapped_line_in_capitals_goes_on(first, second):
    got = paragraphs((58.0, 540.0, first, True), (58.0, 212.0, second, True))
    assert got[0] == f"{first} {second}"
