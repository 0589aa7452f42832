"""The motto's whole line ("Độc lập - Tự do - Hạnh phúc") ends its paragraph in a PDF's lines
(extractors.layout.paragraphs.assemble): a scan's reading loses the rule drawn under it, and
the place-and-date line set at the same left edge right after it must not join it ("Độc lập -
Tự do - Hạnh phúc Cao Bằng, ngày ..."). Invented header lines (helper OCR)."""

import pytest

from extractors.layout.paragraphs import assemble

RIGHT = 300.0  # the header's right column starts here; the page's text runs to 520


def paragraphs(lines: list[tuple[float, float, str]]) -> list[str]:
    body = [(72.0, 520.0, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các"),
            (72.0, 300.0, "văn bản hướng dẫn thi hành;")]
    return [b.text for b in assemble([[("line", ln) for ln in lines + body]]) if b.kind == "paragraph"]


@pytest.mark.parametrize("why, lines, want", [
    ("the motto, then the place and date at its left edge",
     [(RIGHT, 480.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (RIGHT, 460.0, "Độc lập - Tự do - Hạnh phúc"),
      (RIGHT, 490.0, "Cao Bằng, ngày 9 tháng 10 năm 2027")],
     ["Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 9 tháng 10 năm 2027"]),
    ("a motto's line as wide as the column, then a date wrapped",
     [(RIGHT, 515.0, "Độc lập - Tự do - Hạnh phúc"), (RIGHT, 500.0, "Điện Biên Phủ, ngày 30 tháng 12 năm"),
      (RIGHT, 330.0, "2026")],
     ["Độc lập - Tự do - Hạnh phúc", "Điện Biên Phủ, ngày 30 tháng 12 năm 2026"]),
])
def test_nothing_goes_on_after_the_motto(why, lines, want):
    got = paragraphs(lines)
    for w in want:
        assert w in got, f"{why}: {w!r} not in {got}"


@pytest.mark.parametrize("why, lines, want", [
    # must not: the motto's first words, its end wrapped to the next line, still join
    ("the motto wrapped", [(RIGHT, 515.0, "Độc lập - Tự do - Hạnh"), (RIGHT, 340.0, "phúc")],
     "Độc lập - Tự do - Hạnh phúc"),
    # must not: a sentence that quotes the motto's words goes on
    ("prose about the motto",
     [(72.0, 520.0, "Tuyên truyền giá trị của tiêu ngữ Độc lập - Tự do - Hạnh phúc trong"),
      (72.0, 300.0, "các trường học trên địa bàn.")],
     "Tuyên truyền giá trị của tiêu ngữ Độc lập - Tự do - Hạnh phúc trong các trường học trên địa bàn."),
])
def test_other_lines_still_join(why, lines, want):
    assert want in paragraphs(lines), why
