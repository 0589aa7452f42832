"""Superscript footnote marks glued to a word in a PDF's text layer ("hiệu quả²",
"85%³", "1.500 triệu đồng⁴;"): the reader notes where a smaller, raised run sits in its
word, and the layout writes it "[N]" after its word when a footnote of the same page has
that mark, so the text reads as the Word file's does ("85%[3]"; it was taken out before
session 52). A superscript no note explains ("m²") stays. All words invented."""

import pytest

from extractors.formats.pdf import join_split_glyphs
from extractors.layout.words import page_items


def w(text, x0, x1, bottom=112.0, size=13.0):
    return {"text": text, "x0": x0, "x1": x1, "top": bottom - size, "bottom": bottom, "size": size, "fontname": "F"}


SUP = dict(bottom=107.0, size=7.5)  # 5 pt higher, 58% of the size: LibreOffice's superscript


@pytest.mark.parametrize("pieces, texts, marks", [
    # must mark: a raised small digit glued to a word, to a percentage, before a semicolon, set apart
    ([w("quả", 0, 20), w("2", 20.2, 24, **SUP)], ["quả2"], [(3, 4)]),
    ([w("85%", 0, 24), w("13", 24.3, 31, **SUP)], ["85%13"], [(3, 5)]),
    ([w("thôn", 0, 26), w("1", 26.4, 30, **SUP), w(";", 30.1, 33)], ["thôn1;"], [(4, 5)]),
    ([w("đồng", 0, 26), w("4", 30, 34, **SUP)], ["đồng", "4"], [None, (0, 1)]),
    # must not mark: the same size, a subscript (lower), smaller on the same baseline, a word after the mark
    ([w("200", 0, 18), w("3", 18.5, 25)], ["2003"], [None]),
    ([w("H", 0, 8), w("2", 8.2, 12, bottom=115.0, size=7.5), w("O", 12.2, 20)], ["H", "2", "O"], [None] * 3),
    ([w("Năm", 0, 24), w("2026", 24.3, 40, size=9.0)], ["Năm", "2026"], [None] * 2),
    ([w("m", 0, 9), w("2", 9.2, 13, **SUP), w("/người", 13.3, 40)], ["m2/người"], [None]),
])
def test_the_reader_notes_a_raised_mark(pieces, texts, marks):
    words = join_split_glyphs(pieces, {})
    assert [x["text"] for x in words] == texts
    assert [x.get("mark") for x in words] == marks


def line(top, text, size=13.0, x0=57.0):
    out, x = [], x0
    for t in text.split():
        out.append({"text": t, "x0": x, "x1": x + 0.5 * size * len(t), "top": top, "bottom": top + size})
        x += 0.5 * size * len(t) + 3
    return out


def marked(words, index, mark):
    """The line with its word `index` ending in a superscript `mark`."""
    x = dict(words[index])
    x["mark"] = (len(x["text"]), len(x["text"]) + len(mark))
    x["text"] += mark
    return words[:index] + [x] + words[index + 1:]


BODY = [line(60 + 20 * n, f"Dòng thân bài số {n} của kế hoạch bảo vệ rừng đầu nguồn năm 2027.") for n in range(6)]
TARGET = line(200, "Phấn đấu 92% hộ gia đình vùng đệm tham gia nhận khoán bảo vệ rừng.")
AREA = line(220, "Diện tích trồng mới bình quân 1,5 ha mỗi hộ trên 2.000 m của vùng lõi.")


@pytest.mark.parametrize("target, area, foot, expected", [
    # must write as a reference: a mark a note of the page has
    (marked(TARGET, 2, "3"), AREA, ["3 Tính trên số hộ đã ký hợp đồng năm 2026."],
     ["Phấn đấu 92%[3] hộ gia đình vùng đệm tham gia nhận khoán bảo vệ rừng.",
      "Diện tích trồng mới bình quân 1,5 ha mỗi hộ trên 2.000 m của vùng lõi."]),
    # must keep: a superscript no note of the page has ("m²" beside note 3), or a page with no notes
    (marked(TARGET, 2, "3"), marked(AREA, 12, "2"), ["3 Tính trên số hộ đã ký hợp đồng năm 2026."],
     ["Phấn đấu 92%[3] hộ gia đình vùng đệm tham gia nhận khoán bảo vệ rừng.",
      "Diện tích trồng mới bình quân 1,5 ha mỗi hộ trên 2.000 m2 của vùng lõi."]),
    (marked(TARGET, 2, "3"), AREA, [],
     ["Phấn đấu 92%3 hộ gia đình vùng đệm tham gia nhận khoán bảo vệ rừng.",
      "Diện tích trồng mới bình quân 1,5 ha mỗi hộ trên 2.000 m của vùng lõi."]),
    (marked(TARGET, 2, "4"), AREA, ["3 Tính trên số hộ đã ký hợp đồng năm 2026."],
     ["Phấn đấu 92%4 hộ gia đình vùng đệm tham gia nhận khoán bảo vệ rừng.",
      "Diện tích trồng mới bình quân 1,5 ha mỗi hộ trên 2.000 m của vùng lõi."]),
])
def test_the_layout_takes_out_the_marks_of_the_page_notes(target, area, foot, expected):
    words = [x for ln in BODY + [target, area] for x in ln]
    words += [x for n, note in enumerate(foot) for x in line(760 + 12 * n, note, 10)]
    items = page_items(words)
    texts = [p[2] for kind, p in items if kind == "line"]
    assert texts[6:] == expected
    assert [p[2] for kind, p in items if kind == "footnote"] == foot


def test_a_lone_mark_set_apart_goes_with_its_note():
    lone = dict(line(200, "7")[0], x0=400, x1=404, mark=(0, 1))
    words = [x for ln in BODY for x in ln] + [x for x in line(200, "Tổng kinh phí là 3.200 triệu đồng")] + [lone]
    words += line(760, "7 Không gồm vốn lồng ghép.", 10)
    texts = [p[2] for kind, p in page_items(words) if kind == "line"]
    assert texts[6] == "Tổng kinh phí là 3.200 triệu đồng[7]"  # (set after its word, as a reference)
