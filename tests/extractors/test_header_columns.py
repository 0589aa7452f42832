"""A header whose left column fills its cell: its first line sits closer to the right
column's than a column gap ("ỦY BAN NHÂN DÂN TỈNH CAO" 18 pt from "CỘNG HÒA XÃ HỘI CHỦ
NGHĨA"), and is cut over the free strip of the two-column line below, so each column is
read whole. All words invented."""

import pytest

from extractors.layout.words import page_items


def words(top, *runs, size=13.0):
    """Words of one line: runs of (x0, text), each word 0.55 em a letter, 4 pt apart."""
    out = []
    for x, text in runs:
        for t in text.split():
            out.append({"text": t, "x0": x, "x1": x + 0.55 * size * len(t), "top": top, "bottom": top + size})
            x += 0.55 * size * len(t) + 4
    return out


def lines_of_page(first):
    page = first + words(71, (150, "THÁI"), (330, "VIỆT NAM")) + words(86, (99, "SỞ XÂY DỰNG"), (344, "Độc lập - Tự do - Hạnh phúc"))
    page += words(101, (120, "Số: 88/KH-SXD"), (330, "Thái Bình, ngày 5 tháng 6 năm 2026"))
    page += words(140, (85, "KẾ HOẠCH"))
    return [p[2] for k, p in page_items(page) if k == "line"]


@pytest.mark.parametrize("first, expected", [
    # must cut: a gap of 18 pt (4.5 times the word gap) over the strip between the columns below
    (words(56, (96, "ỦY BAN NHÂN DÂN TỈNH"), (244.4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA")),
     ["ỦY BAN NHÂN DÂN TỈNH", "THÁI", "SỞ XÂY DỰNG", "Số: 88/KH-SXD",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thái Bình, ngày 5 tháng 6 năm 2026", "KẾ HOẠCH"]),
])
def test_a_header_line_is_cut_over_the_columns_below(first, expected):
    assert lines_of_page(first) == expected


@pytest.mark.parametrize("first", [
    # must not cut: a gap as narrow as the others (a title over the header), a wide gap outside the strip below
    words(56, (60, "KẾ HOẠCH PHÁT TRIỂN NHÀ Ở XÃ HỘI TỈNH THÁI BÌNH NĂM 2026")),
    words(56, (60, "ỦY"), (80, "BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA")),
])
def test_a_line_without_a_gap_over_the_strip_stays_whole(first):
    text = " ".join(w["text"] for w in first)
    assert text in lines_of_page(first)
