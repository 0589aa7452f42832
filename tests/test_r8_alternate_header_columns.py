"""A header's two columns that `pdftotext -layout` set on alternate lines (their baselines differ, so no line
holds both): each line one column only, told by where it stands; the left column's lines ("BAN CHỈ ĐẠO CÁC
CHƯƠNG" / "TRÌNH" / "MỤC TIÊU QUỐC GIA TỈNH BẮC" / "HÒA") read together, the national title's column after them
(round R8: G7's Ban Chỉ đạo page printed to PDF). Must-not rows: a band with no national title, a band that opens in the right column. Names invented."""

from __future__ import annotations

from extractors.layout.text import read_text

ALTERNATE = """\
   BAN CHỈ ĐẠO PHÒNG CHỐNG
                                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
               THIÊN TAI
                                                         NAM
   VÀ TÌM KIẾM CỨU NẠN TỈNH
                                            Độc lập - Tự do - Hạnh phúc
                ĐÔNG LÂM
                                          Đông Lâm, ngày 4 tháng 5 năm 2024
Số: 21/KH-BCĐ
KẾ HOẠCH
"""


def _texts(text: str) -> list[str]:
    blocks, _ = read_text(text)
    return [b.text for b in blocks]


def test_alternate_lines_are_read_column_by_column():
    texts = _texts(ALTERNATE)
    assert texts[:4] == ["BAN CHỈ ĐẠO PHÒNG CHỐNG", "THIÊN TAI", "VÀ TÌM KIẾM CỨU NẠN TỈNH", "ĐÔNG LÂM"]
    assert texts[4].startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT")
    assert texts.index("Số: 21/KH-BCĐ") > texts.index("Đông Lâm, ngày 4 tháng 5 năm 2024")


def test_no_national_title_no_columns():
    # no national title in the band: its lines stay in their order
    text = ALTERNATE.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "TRUNG TÂM ĐIỀU HÀNH TÁC CHIẾN")
    texts = _texts(text)
    assert texts.index("TRUNG TÂM ĐIỀU HÀNH TÁC CHIẾN") < texts.index("THIÊN TAI")


def test_a_band_that_opens_in_the_right_column_stays():
    # a centred title over the text, not a header's left column
    text = "\n".join(ALTERNATE.split("\n")[1:])
    texts = _texts(text)
    assert texts.index("THIÊN TAI") < texts.index("NAM")
