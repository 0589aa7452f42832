"""A footnote printed at the body's own size (a converter's footnote style with no size of its own: LibreOffice's
PDF of a Word file whose footnote text kept the body's 13 pt): at the page's foot, below the body by the note
separator's gap, "1 Năm 2026, tỷ lệ ... đạt 41,2%." under a body that carries the mark raised ("đạt 65%¹").
Round P45 (G35's Word plan as a LibreOffice PDF): the note was no footnote by its size, so it stayed in the body's
flow, read as the first row of the task table under the page's last heading, and the body's "65%¹" read "65%1".

Now such lines are the page's footnotes when the gap above them stands out from the body's line gaps, they are evenly
spaced among themselves, and the first opens with a mark the page's text carries raised. Words invented; must and
must-not rows (extractors.layout.words.page_lines)."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 13.0
PITCH = 21.4  # the body's line pitch (13 pt text, 1.15 spacing plus paragraph space)


def line(top: float, text: str, x0: float = 85.0, mark: str | None = None) -> list[dict]:
    out, x = [], x0
    for word in text.split():
        w = {"text": word, "x0": x, "x1": x + 6.0 * len(word), "top": top, "bottom": top + H, "size": H}
        if mark and "%" + mark in word:  # "72%²;": the raised mark inside the word, as the PDF reader keeps it
            at = word.index("%" + mark) + 1
            w["mark"] = (at, at + len(mark))
        out.append(w)
        x += 6.0 * len(word) + 3.3
    return out


BODY = ["Đến năm 2027, phấn đấu đạt các chỉ tiêu sau đây về đào tạo nhân lực",
        "- Tỷ lệ lao động ngành được đào tạo chuyên môn đạt 72%2;",
        "- Bồi dưỡng kỹ năng cho 2.400 lượt lao động của các cơ sở;",
        "- 100% cơ sở lưu trú được kiểm tra theo quy định;",
        "- Thu hút ít nhất 15 doanh nghiệp tham gia đặt hàng.",
        "III. NHIỆM VỤ VÀ GIẢI PHÁP"]


def page(notes: list[str], gap: float = 2.6, mark: str | None = "2", body: list[str] = BODY) -> list[dict]:
    words, top = [], 100.0
    for text in body:
        words += line(top, text, mark=mark if text.endswith("2;") else None)
        top += PITCH
    top += (gap - 1) * PITCH
    for text in notes:
        words += line(top, text)
        top += PITCH * 0.8
    return words


def read(words: list[dict]) -> tuple[list[str], list[str]]:
    items, lines = W.page_lines(words)
    return [" ".join(w["text"] for w in ln) for ln in lines], [p[2] for k, p in items if k == "footnote"]


@pytest.mark.parametrize("notes, expected", [
    (["2 Năm 2026, tỷ lệ lao động ngành được đào tạo trên địa bàn đạt 58,4%."],
     ["2 Năm 2026, tỷ lệ lao động ngành được đào tạo trên địa bàn đạt 58,4%."]),
    # a note over two lines
    (["2 Theo số liệu của Cục Thống kê tỉnh, tỷ lệ năm 2026 là 58,4%, cao", "hơn bình quân cả nước."],
     ["2 Theo số liệu của Cục Thống kê tỉnh, tỷ lệ năm 2026 là 58,4%, cao hơn bình quân cả nước."]),
])
def test_a_note_at_the_body_size_below_its_separator(notes, expected):
    lines, found = read(page(notes))
    assert found == expected
    assert not any(ln.startswith("2 ") for ln in lines)
    # (the raised mark written as a Word file's reference, "[2]", not run into the number: session 52)
    assert "- Tỷ lệ lao động ngành được đào tạo chuyên môn đạt 72%[2];" in lines


@pytest.mark.parametrize("notes, kwargs", [
    # no mark raised in the page's text: a numbered line at the page's foot is the body's
    (["2 Năm 2026, tỷ lệ lao động ngành được đào tạo đạt 58,4%."], {"mark": None}),
    # the mark raised is another note's
    (["3 Năm 2026, tỷ lệ lao động ngành được đào tạo đạt 58,4%."], {}),
    # no gap above it: the body goes on
    (["2 Năm 2026, tỷ lệ lao động ngành được đào tạo đạt 58,4%."], {"gap": 1.0}),
])
def test_no_note_where_the_page_does_not_say_so(notes, kwargs):
    lines, found = read(page(notes, **kwargs))
    assert found == []
    assert any(ln.startswith(notes[0][:12]) for ln in lines)
