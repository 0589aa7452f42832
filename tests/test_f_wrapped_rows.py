"""A table typed with spaces into a Word paragraph (a text table pasted into Word and set in a
proportional font) wider than the page: the word processor wraps a row's last cells, or a
header's last words, to the left margin under it. Positioned words (a PDF's text layer, a
scan's OCR words) put such a row back on one line (extractors.layout.words.rows_unwrapped),
so that the table finder sees every amount of the row on it. Words, labels, agencies and
figures invented (helper F); must-match and must-not-match rows."""

from __future__ import annotations

import pytest

from extractors.layout import words as W

H = 12.0  # a line's height (points)


def line(top: float, *cells: tuple[float, str]) -> list[dict]:
    """Words of one visual line: each (x0, text) cell's words 5.5 pt a letter, a space apart."""
    out = []
    for x0, text in cells:
        x = x0
        for word in text.split():
            out.append({"text": word, "x0": x, "x1": x + 5.5 * len(word), "top": top, "bottom": top + H})
            x += 5.5 * len(word) + 3.5
    return out


def texts(lines: list[list[dict]]) -> list[str]:
    return [" ".join(w["text"] for w in ln) for ln in lines]


RIGHT = (430.0, "Diện tích 5 năm")  # a line of prose reaching the page's right edge (about 515 pt)


@pytest.mark.parametrize("rows, expected", [
    # must join: a row's last amounts wrapped to the margin, tight under it
    ([line(100, (90, "2"), (110, "Nạo vét kênh mương nội đồng"), (330, "4.250"), (390, "1.800"), (470, "2.450")),
      line(115, (90, "1.600"), (150, "850"))],
     ["2 Nạo vét kênh mương nội đồng 4.250 1.800 2.450 1.600 850"]),
    # must join: a header's last cell wrapped to the margin, in lower case ("Vốn" / "sự nghiệp")
    ([line(100, (90, "TT"), (120, "Hạng mục"), (300, "Tổng số"), (370, "Vốn đầu tư"), (470, "Vốn")),
      line(114, (90, "sự nghiệp"))],
     ["TT Hạng mục Tổng số Vốn đầu tư Vốn sự nghiệp"]),
])
def test_a_wrapped_row_is_one_line(rows, expected):
    out = W.rows_unwrapped([line(60, RIGHT)] + rows)
    assert texts(out[1:]) == expected
    joined = out[1]
    assert all(a["x1"] <= b["x0"] for a, b in zip(joined, joined[1:]))  # (the words in order, left to right)


def test_a_wrapped_amount_starts_a_cell_of_its_own_and_a_wrapped_word_goes_on_in_its_cell():
    amounts = W.rows_unwrapped([line(60, RIGHT),
                                line(100, (90, "1"), (110, "Trồng cây"), (330, "900"), (400, "300"), (480, "300")),
                                line(115, (90, "200"), (150, "100"))])[1]
    assert [c[2] for c in W._cells_of(amounts)] == ["1", "Trồng cây", "900", "300", "300", "200", "100"]
    header = W.rows_unwrapped([line(60, RIGHT),
                               line(100, (90, "TT"), (120, "Hạng mục"), (300, "Tổng số"), (370, "Năm 2027"), (470, "Năm")),
                               line(114, (90, "2028"))])[1]
    assert [c[2] for c in W._cells_of(header)][-1] == "Năm 2028"


@pytest.mark.parametrize("rows", [
    # must not: a label that wraps in its own column of a table drawn without rules
    [line(100, (90, "Hỗ trợ giống cây"), (330, "1.200"), (400, "800"), (470, "400")),
     line(114, (90, "lâm nghiệp"))],
    # must not: the next row, a paragraph further down (not a line's distance)
    [line(100, (90, "1"), (110, "Đào tạo nghề"), (330, "4.250"), (390, "1.800"), (470, "2.450")),
     line(126, (90, "2"), (110, "Khuyến nông"), (330, "650"), (390, "300"), (470, "350"))],
    # must not: a row ending short of the page's edge, its next word would have fitted
    [line(100, (90, "3"), (110, "Tập huấn"), (250, "300"), (300, "200"), (350, "100")),
     line(114, (90, "150"))],
    # must not: a line of prose (one cell) and the line it wraps to
    [line(100, (90, "Ủy ban nhân dân các xã chủ trì, phối hợp với Hội Nông dân tổ chức thực hiện")),
     line(114, (90, "các mô hình sản xuất."))],
    # must not: a list item under a row (a dash is no amount), starting at the row's start
    [line(100, (90, "Kinh phí"), (330, "4.250"), (390, "1.800"), (470, "2.450")),
     line(114, (90, "- Ngân sách tỉnh"))],
])
def test_no_wrapped_row(rows):
    out = W.rows_unwrapped([line(60, RIGHT)] + rows)
    assert texts(out[1:]) == texts(rows)


def test_a_table_of_wrapped_rows_reads_each_row_whole():
    """The page's table finder gets each row's amounts on one line: four amount columns, the
    last one wrapped to the margin under each row (the header's last year heading too)."""
    from extractors.layout.words import page_items

    page = [line(20, RIGHT),
            line(100, (90, "STT"), (120, "Nội dung"), (300, "Tổng số"), (370, "Năm 2026"), (425, "Năm 2027"), (480, "Năm")),
            line(115, (90, "2028")),
            line(130, (90, "1"), (110, "Nạo vét kênh mương"), (320, "4.250"), (400, "1.800"), (480, "2.450")),
            line(145, (90, "1.600")),
            line(170, (90, "2"), (110, "Kiên cố hóa kênh"), (330, "900"), (400, "300"), (480, "300")),
            line(185, (90, "600")),
            line(210, (90, "3"), (110, "Tập huấn"), (326, "650"), (405, "250"), (482, "400")),
            line(225, (90, "400"))]
    rows = [payload[1] for kind, payload in page_items([w for ln in page for w in ln]) if kind == "table"]
    assert rows and [r[-4:] for r in rows[0][-3:]] == [["4.250", "1.800", "2.450", "1.600"],
                                                      ["900", "300", "300", "600"],
                                                      ["650", "250", "400", "400"]]
