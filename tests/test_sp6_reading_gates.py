"""Round SP6 (reading faster, the same blocks): the cheap tests the reading asks before its costlier ones must
never refuse what the costlier one would find.

- spaced_rows.may_start_header asks a paragraph's text as it is (its white space not yet made single spaces) whether
  a spaced amount table's header may open it: True wherever starts_header holds of the text with single spaces
  (two spaces, a tab or a no-break space between a column name's words, a margin before it), False where it
  cannot hold (prose, a numbered heading, a name glued to the next word).
- base.spaced_row_paragraphs makes the single-spaced lines only where a header may open a paragraph and for the
  run of paragraphs under it: a table whose header and rows were typed with runs of spaces (a Word file, a web
  page) is read as before; a run cut by a blank paragraph or a heading ends the table there.
Texts invented.
"""

from __future__ import annotations

import pytest

from extractors.blocks import RawBlock, RawDocument
from extractors.formats.base import spaced_row_paragraphs
from extractors.layout import spaced_rows


def _single(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", [
    "STT Nội dung Tổng số Năm 2026",
    "  STT   Nội dung   Tổng số",                 # a margin, runs of spaces
    "TT\tTên công trình\tTổng mức đầu tư",         # tabs
    "Nội  dung  công việc  Kinh phí",               # two spaces inside a column's name
    "Tên\u00a0dự án Tổng cộng Năm 2027",            # a no-break space inside a column's name
    "Số   TT Hạng mục Dự toán",
    "Xã ,  phường Tổng số Ngân sách xã",            # a list of places, spaced apart
    "Thành\tphố Tổng cộng",
    "STT",                                          # the heading alone (the line's end)
])
def test_may_start_header_where_starts_header_holds(text):
    assert spaced_rows.starts_header(_single(text))
    assert spaced_rows.may_start_header(text)


@pytest.mark.parametrize("text", [
    "Căn cứ Kế hoạch số 45/KH-UBND ngày 12/3/2026",
    "1. Nội dung thực hiện",
    "Nội dungkhác",                                 # no word's end after the name
    "STTx Nội dung",
    "Năm 2026 Tổng số",                             # a year after "Năm": a column of amounts, no label
    "",
    "   ",
])
def test_may_start_header_refuses_what_starts_header_refuses(text):
    assert not spaced_rows.starts_header(_single(text))
    assert not spaced_rows.may_start_header(text)


ROWS = ["STT   Nội  dung   Tổng cộng   Năm 2026   Năm 2027",
        "1   Nâng cấp đường trục xã Ea Tiêu   3.400   1.500   1.900",
        "2   Xây dựng nhà văn hóa thôn 4   860   860   -",
        "3   Lắp đèn chiếu sáng   210   -   210",
        "Tổng cộng   4.470   2.360   2.110"]


def _paras(texts, kinds=None):
    kinds = kinds or ["paragraph"] * len(texts)
    return RawDocument([RawBlock(k, t, {"paragraph": n + 1}) for n, (k, t) in enumerate(zip(kinds, texts))])


def _tables(raw):
    return [b.rows for b in raw.blocks if b.kind == "table"]


def test_spaced_paragraphs_read_as_a_table():
    raw = spaced_row_paragraphs(_paras(["Dự toán kinh phí:", *ROWS, "Giao Phòng Tài chính - Kế hoạch hướng dẫn."]))
    tables = _tables(raw)
    assert len(tables) == 1
    cells = [c for row in tables[0] for c in row]
    assert all(a in cells for a in ("3.400", "860", "210", "4.470", "2.110"))
    assert [b.text for b in raw.blocks if b.kind == "paragraph"] == [
        "Dự toán kinh phí:", "Giao Phòng Tài chính - Kế hoạch hướng dẫn."]


@pytest.mark.parametrize("cut", ["", "  "])
def test_a_blank_paragraph_ends_the_run(cut):
    # the header and one row, then a blank paragraph: the rows under it are not the table's
    raw = spaced_row_paragraphs(_paras([ROWS[0], ROWS[1], cut, *ROWS[2:]]))
    cells = [c for t in _tables(raw) for row in t for c in row]
    assert "860" not in cells and "4.470" not in cells


def test_a_heading_ends_the_run():
    raw = spaced_row_paragraphs(_paras([ROWS[0], ROWS[1], "III. TỔ CHỨC THỰC HIỆN", *ROWS[2:]],
                                       ["paragraph", "paragraph", "heading"] + ["paragraph"] * 3))
    cells = [c for t in _tables(raw) for row in t for c in row]
    assert "860" not in cells
    assert any(b.kind == "heading" for b in raw.blocks)


def test_prose_is_left_as_it_is():
    doc = _paras(["Nội dung  công việc gồm ba phần chính.", "Tên dự án được ghi rõ trong phụ lục kèm theo."])
    before = [b.text for b in doc.blocks]
    raw = spaced_row_paragraphs(doc)
    assert not _tables(raw) and [b.text for b in raw.blocks] == before


# layout.text.page_number_lines asks PAGE_NUMBER only of a line whose first character a page number may open with
# (a digit, a dash, the "t" of "trang" in either case): the page numbers of a text that lost its page breaks, in
# each shape, are still found; a line of a list or an article's number is none.
from extractors.layout.text import page_number_lines  # noqa: E402

_PROSE = "Ủy ban nhân dân xã Ea Kao triển khai kế hoạch phát triển giao thông nông thôn năm 2026."


def _paged(shape: str) -> tuple[list[str], list[int]]:
    lines = [_PROSE] * 100
    at = [29, 59, 89]
    for page, k in enumerate(at, start=1):
        lines[k] = shape.format(n=page)
    return lines, at


@pytest.mark.parametrize("shape", [
    "{n}", "                                        {n}", "- {n} -", "– {n} –", "Trang {n}", "TRANG {n}",
    "trang {n}/3", "{n}/3", "  -{n}-  ", "Trang  {n} / 3",
])
def test_page_numbers_found(shape):
    lines, at = _paged(shape)
    assert page_number_lines(lines) == set(at)


@pytest.mark.parametrize("shape", ["{n}. Mục tiêu", "Điều {n}", "({n})", "Phần {n}", "Tờ {n}", "a{n}"])
def test_no_page_numbers(shape):
    lines, _ = _paged(shape)
    assert page_number_lines(lines) == set()
