"""A signature printed narrow (a portal's page printed from a browser or an office suite): the signer's name set
on the same line as the last recipient, a gap of a few points after it, centred on the axis of the authority and
title above it ("- Lưu: VT, Phòng KT.   Nguyễn Văn An" under "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"). The name is read in the
signature's column, the list ends before it (extractors.layout.words.line_items, _cut_on_right_axis). A recipient's
long line, a right column set flush left, prose stay one line. Names and positions invented (round P29); must and
must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 12.0
LETTER = 7.0
GAP = 4.0


def words(x0: float, top: float, text: str, gap: float = GAP) -> list[dict]:
    out, x = [], x0
    for w in text.split():
        out.append({"text": w, "x0": x, "x1": x + LETTER * len(w), "top": top, "bottom": top + H})
        x += LETTER * len(w) + gap
    return out


def width(text: str) -> float:
    return LETTER * len(text.replace(" ", "")) + GAP * text.count(" ")


def centred(axis: float, top: float, text: str) -> list[dict]:
    return words(axis - width(text) / 2, top, text)


def lines(page: list[dict]) -> list[str]:
    return [item[2] for kind, item in W.line_items(W.lines_of(page)) if kind == "line"]


def signature(left: str, right: str = "", gap: float = 9.0, authority: str = "KT. GIÁM ĐỐC",
              title: str = "PHÓ GIÁM ĐỐC", flush: bool = False) -> list[dict]:
    """A recipients list beside an authority and a title, its last line `left` with `right` `gap` points after it;
    the right column's lines centred on the axis the right words are centred on (or set flush left at its start)."""
    axis = 60 + width(left) + gap + width(right or "Nguyễn Văn An") / 2
    start = 60 + width(left) + gap

    def column(top: float, text: str) -> list[dict]:
        return words(start, top, text) if flush else centred(axis, top, text)
    last = words(60, 656, left) + (words(start, 656, right) if right else [])
    return (words(60, 600, "Nơi nhận:") + column(600, authority) + words(60, 614, "- Như trên;")
            + column(614, title) + words(60, 628, "- Sở Nội vụ;") + words(60, 642, "- UBND các xã;") + last)


@pytest.mark.parametrize("left, name, gap", [
    # must: the name 8-9 pt after the archive line (twice its word gaps), centred under the title
    ("- Lưu: VT, Phòng Tổ chức cán bộ.", "Nguyễn Văn An", 9.0),
    ("- Lưu: VT, Phòng Kế hoạch - Tài chính.", "Hà Thị Bích Ngọc", 8.5),
])
def test_a_name_on_the_titles_axis_is_the_signatures(left, name, gap):
    got = lines(signature(left, name, gap))
    assert name in got and left in got


@pytest.mark.parametrize("page", [
    # must not: a recipient's long line reaching under the title, no wider gap than its words'
    signature("- Lưu: VT, Phòng Kinh tế, Hạ tầng và Đô thị huyện Tân Phước."),
    # must not: the right column set flush left (no axis to tell the words by)
    signature("- Lưu: VT, Phòng Tổ chức cán bộ.", "Nguyễn Văn An", 9.0, flush=True),
])
def test_lines_that_keep_their_words(page):
    last = " ".join(w["text"] for w in page if w["top"] == 656)
    assert last in lines(page)
