"""A document's header whose two cells nearly touch on one baseline in a PDF: the issuer's "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
ends 10 pt before the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" starts (a narrow left cell, a long title that
wraps its "NAM"), two and a half spaces, far less than a column gap. Round G37's LibreOffice PDF: the two were one
line, "NAM" and the issuer's second line "TỈNH TÂN HÀ" came after it, and the issuer read "Sở Giáo dục và Đào tạo nam
tỉnh Tân Hà". Now the national title's (or the Party's) first word starts a column where a gap of two spaces or more
(two of the line's usual gaps, on a justified line) parts it from the capitals before it, and the header is read
column by column with a strip that narrow. Words invented; must and must-not rows (extractors.layout.words)."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 13.0


def line(top: float, x0: float, text: str, space: float = 4.5, gaps: dict[int, float] | None = None) -> list[dict]:
    out, x = [], x0
    for n, word in enumerate(text.split()):
        if n and gaps and n in gaps:
            x += gaps[n] - space
        out.append({"text": word, "x0": x, "x1": x + 7.5 * len(word), "top": top, "bottom": top + H, "size": H})
        x += 7.5 * len(word) + space
    return out


def read(words: list[dict]) -> list[str]:
    items, _ = W.page_lines(words)
    return [p[2] for k, p in items if k == "line"]


def header(gap: float) -> list[dict]:
    # "ỦY BAN NHÂN DÂN" (cell 60-..) and the title (gap after it) on one baseline; "NAM" centred under the title
    first = line(28, 60, "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", gaps={4: gap})
    title = first[4:]
    centre = (title[0]["x0"] + title[-1]["x1"]) / 2
    return (first + line(43, centre - 12, "NAM") + line(57, 62, "HUYỆN ĐÔNG SƠN")
            + line(72, centre - 95, "Độc lập - Tự do - Hạnh phúc") + line(115, 64, "Số: 57/KH-UBND")
            + line(190, 250, "KẾ HOẠCH"))


def test_cells_that_nearly_touch_are_read_column_by_column():
    assert read(header(10.0))[:5] == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM",
                                      "Độc lập - Tự do - Hạnh phúc"]


def test_the_party_title_starts_its_column_too():
    words = line(28, 60, "HUYỆN ỦY ĐÔNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM", gaps={4: 11.0}) + line(43, 330, "*")
    got = read(words)
    assert got[:2] == ["HUYỆN ỦY ĐÔNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM"]


@pytest.mark.parametrize("words", [
    # a plain space before the title: one line (a heading that names the Republic)
    line(200, 90, "HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # a justified line: every gap widened alike
    line(200, 60, "KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM", space=12.0),
    # a narrow gap only (less than two spaces)
    line(200, 60, "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", gaps={4: 7.0}),
])
def test_no_column_where_the_words_run_on(words):
    assert len(read(words)) == 1


# a joint header of three cells as LibreOffice printed it (words and boxes as its PDF gives them): "BỘ Y TẾ" at the
# left, lower; "BỘ GIÁO DỤC VÀ ĐÀO" / "TẠO" in the middle, 20 pt before the title (set higher still)
JOINT = [("BỘ", 60.2, 80.8, 43.1), ("Y", 84.9, 93.5, 43.1), ("TẾ", 97.7, 115.7, 43.1), ("-------", 73.8, 102.1, 57.1),
         ("BỘ", 130.7, 151.3, 36.1), ("GIÁO", 155.4, 191.0, 36.1), ("DỤC", 195.2, 225.6, 36.1), ("VÀ", 229.8, 248.4, 36.1),
         ("ĐÀO", 252.5, 282.8, 36.1), ("TẠO", 192.4, 221.1, 50.2), ("-------", 192.6, 220.9, 64.2),
         ("CỘNG", 303.1, 344.2, 29.0), ("HÒA", 348.5, 379.6, 29.0), ("XÃ", 383.7, 402.3, 29.0), ("HỘI", 406.4, 433.8, 29.0),
         ("CHỦ", 438.0, 469.4, 29.0), ("NGHĨA", 473.6, 521.0, 29.0), ("VIỆT", 525.2, 558.2, 29.0), ("NAM", 414.0, 447.6, 43.1),
         ("Độc", 336.0, 361.8, 57.2), ("lập", 366.0, 386.6, 57.2), ("-", 390.8, 395.8, 57.2), ("Tự", 399.9, 417.5, 57.2),
         ("do", 421.7, 438.1, 57.2), ("-", 442.3, 447.3, 57.2), ("Hạnh", 451.5, 488.0, 57.2), ("phúc", 492.1, 525.3, 57.2),
         ("---------------", 400.3, 461.1, 71.2), ("Số:", 97.3, 116.8, 102.2), ("05/KHLT-BYT-BGDĐT", 120.7, 253.9, 102.2), ("KẾ", 235.0, 255.0, 190.0),
         ("HOẠCH", 259.0, 311.0, 190.0)]


def test_a_joint_header_of_three_cells_reads_as_before():
    # must not: the two issuers side by side are not one left column ("BỘ Y TẾ" then "TẠO": "Bộ Y tế tạo")
    got = read([{"text": t, "x0": a, "x1": b, "top": top, "bottom": top + 12.0, "size": 13.0} for t, a, b, top in JOINT])
    assert got.index("TẠO") != got.index("BỘ Y TẾ") + 1
