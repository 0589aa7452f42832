"""A signer's title read onto a recipient's line: a scan whose signature column starts a few points after the first
recipient ends ("- Ban Bí thư Trung ương Đảng (b/c),", 9 pt, "PHÓ BÍ THƯ THƯỜNG TRỰC"), the title centred on the
axis of the authority above it ("T/M BAN THƯỜNG VỤ"). Round IMG29 (G34's party programme as scans): the two were one
line, the title a recipient's tail and the signer lost. Now, with one line of the right column above it, the words in
capitals after a gap that are centred on its axis are the right column's; and a band whose right lines are centred on
one axis keeps its columns with a strip that narrow (the recipients after it stay the left column's). Words invented;
must and must-not rows (extractors.layout.words)."""

from __future__ import annotations

import pytest

from extractors.layout import words as W


def line(top: float, x0: float, text: str) -> list[dict]:
    out, x = [], x0
    for t in text.split():
        out.append({"text": t, "x0": x, "x1": x + 7.5 * len(t), "top": top, "bottom": top + 12, "size": 13})
        x += 7.5 * len(t) + 4
    return out


def width(text: str) -> float:
    return sum(7.5 * len(t) for t in text.split()) + 4 * (len(text.split()) - 1)


BODY = [w for k in range(10) for w in line(k * 20, 60, f"Đoạn văn thân bài của kế hoạch dòng số {k} kéo dài đến lề phải")]


def page(authority: str, title: str, name: str, gap: float = 8.9, recipient: str = "- Sở Tài chính tỉnh (b/c),"):
    rec = line(314, 58, recipient)
    # (the right cell starts `gap` after the recipient's end; its lines centred in it, the widest at its start)
    axis = rec[-1]["x1"] + gap + max(width(authority), width(title)) / 2
    t0 = axis - width(title) / 2
    words = BODY + line(300, 58, "Nơi nhận:") + rec + line(328, 58, "- Lưu: VT, KT.")
    words += line(300, axis - width(authority) / 2, authority) + line(314, t0, title)
    words += line(356, axis - width(name) / 2, name)
    items, _ = W.page_lines(words)
    return [p[2] for k, p in items if k == "line"][10:]


@pytest.mark.parametrize("authority, title, name, gap", [
    ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lò Văn Tám", 8.9),
    ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Thị Mai", 8.9),
    # a gap under twice the line's usual one (4 pt): enough for a title in capitals on the axis
    ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lò Văn Tám", 7.0),
])
def test_a_title_beside_the_first_recipient(authority, title, name, gap):
    assert page(authority, title, name, gap=gap) == ["Nơi nhận:", "- Sở Tài chính tỉnh (b/c),", "- Lưu: VT, KT.",
                                                     authority, title, name]


def test_words_in_lower_case_off_the_axis_stay_the_recipients():
    # must not: a recipient's own long name after a narrow gap (not capitals, not on the axis) is not cut
    got = page("TM. ỦY BAN NHÂN DÂN", "chủ tịch các xã, thị trấn", "Hà Thị Mai", gap=4.0,
               recipient="- Ủy ban nhân dân huyện;")
    assert "- Ủy ban nhân dân huyện; chủ tịch các xã, thị trấn" in got


def test_capitals_off_the_axis_stay_on_their_line():
    # must not: words in capitals after the gap whose centre is off the authority's axis (a recipient's tail in
    # capitals, "- Sở Tài chính tỉnh (b/c),  VP HĐND TỈNH", not set under it) are not cut off
    rec = line(314, 58, "- Sở Tài chính tỉnh (b/c),")
    tail = line(314, rec[-1]["x1"] + 8.9, "VP HĐND TỈNH")
    authority = "TM. ỦY BAN NHÂN DÂN"
    axis = tail[-1]["x1"] + 60 + width(authority) / 2
    words = BODY + line(300, 58, "Nơi nhận:") + rec + tail + line(328, 58, "- Lưu: VT, KT.")
    words += line(300, axis - width(authority) / 2, authority) + line(356, axis - 30, "Hà Thị Mai")
    items, _ = W.page_lines(words)
    assert "- Sở Tài chính tỉnh (b/c), VP HĐND TỈNH" in [p[2] for k, p in items if k == "line"]
