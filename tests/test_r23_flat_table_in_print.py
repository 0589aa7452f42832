"""A table flattened one cell a line, once printed to PDF, round R23 (G23's district yearly work plan, a Markdown
scrape whose monthly timetable lost its table: "STT" / "Thời gian" / "Nội dung công việc" / "Đơn vị chủ trì" /
"Đơn vị phối hợp" / "1" / "Tháng 01" / ...; made a Word file of one cell a paragraph and printed):

- pdftotext -layout sets a blank line between the cells, plain pdftotext and -raw none; the page break fell
  between the headings and the first row ("Đơn vị phối hợp" / form feed / "1"), and the row's number at the
  page's top was dropped for a page number (text.drop_furniture): the first row was lost;
- the wrap repair joined a long cell to the next ('... phong trào thi đua "Chung sức xây dựng nông thôn mới"' /
  "Phòng Nội vụ", "... kinh tế - xã hội" / "Phòng Tài chính - Kế hoạch", "... UBND huyện" / "Các phòng, ban
  chuyên môn"): the rows shifted (activities 0/3/5 in pdf-layout and pdf-raw, 1/2/5 in pdf-plain);
- the PDF reader joined the title cell ending in a closing quote to the lead's cell (lo-pdf 3/5/5): a line that
  stops with room for the next line's first word ends its paragraph only where it stops on a word
  (paragraphs.assemble's `roomy`), and '"' is no word.

The reader now reads such a run of lines as a table (cell_lines.flat_tables, text.read_text for a text that is
no Markdown, paragraphs.flat_cell_tables for a PDF's paragraphs): the headings, then rows that each open with the
next row number alone on a line and hold as many cells as the headings, blank lines between or not; a cell
wrapped over two lines is one where its rest goes on in lower case. Its row numbers at a page's edge are no
page numbers. A line that ends on a word closed by a quote or a bracket ends its paragraph where the next line's
first word would have fitted after it.

Must-not rows: a row short of a cell, a row with a line more that does not go on, an amount and a lower-case
line (columns written one after another), a numbered list, a lone number at a page's top with no such table
around it (a page number), a full line ending in a quote with no room left, a quote followed by lower case.
Names, places and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import flat_tables
from extractors.layout.paragraphs import assemble
from extractors.layout.text import read_text

HEADS = ["STT", "Thời gian", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"]
ROWS = [
    ["1", "Quý I", 'Phát động phong trào "Doanh nghiệp đồng hành cùng nông dân"', "Phòng Kinh tế", "Hội Nông dân thị xã"],
    ["2", "Quý II", "Kiểm tra công tác bảo vệ rừng mùa khô", "Hạt Kiểm lâm", "Ủy ban nhân dân các phường"],
    ["3", "Quý IV", "Tổng kết phong trào thi đua năm 2031", "Phòng Nội vụ", "Văn phòng Thị ủy"],
]
INTRO = "II. LỊCH CÔNG TÁC THEO QUÝ"
AFTER = "III. KINH PHÍ"


def _lines(rows, blank: bool) -> list[str]:
    cells = [c for row in [HEADS, *rows] for c in row]
    out: list[str] = []
    for c in cells:
        out += [c, ""] if blank else [c]
    return out


def _tables(text: str) -> list[list[list[str]]]:
    blocks, _ = read_text(text)
    return [b.rows for b in blocks if b.kind == "table"]


@pytest.mark.parametrize("blank", [False, True])  # plain pdftotext / -raw; -layout's blank line between cells
def test_cells_a_line_read_as_a_table(blank):
    found = flat_tables([INTRO, *_lines(ROWS, blank), AFTER])
    assert len(found) == 1
    first, last, rows, numbers = found[0]
    assert rows == [HEADS, *ROWS]
    assert first == 1 and len(numbers) == 3


@pytest.mark.parametrize("wrapped, cell", [
    (["Kiểm tra công tác bảo vệ rừng", "mùa khô tại các phường"], "Kiểm tra công tác bảo vệ rừng mùa khô tại các phường"),
    (["Hạt Kiểm lâm;", "Công an thị xã"], None),  # a list's items, one a line (the lead's cell)
])
def test_a_wrapped_cell_is_one_cell(wrapped, cell):
    rows = [list(r) for r in ROWS]
    if cell is None:
        rows[1][3:4] = wrapped
        want = "Hạt Kiểm lâm; Công an thị xã"
        col = 3
    else:
        rows[1][2:3] = wrapped
        want, col = cell, 2
    found = flat_tables([INTRO, *[c for row in [HEADS, *rows] for c in row], AFTER])
    assert len(found) == 1 and found[0][2][2][col] == want


def test_page_break_before_the_first_row_keeps_its_number():
    """The page break between the headings and the first row: "1" at the second page's top is the row's number."""
    cells = [c for row in [HEADS, *ROWS] for c in row]
    text = "\n".join(["KẾ HOẠCH", "Công tác năm 2031 của thị xã Bến Lâm", INTRO, *cells[:5]]) + "\n\f" + \
        "\n".join([*cells[5:], AFTER, "Kinh phí thực hiện từ ngân sách thị xã."]) + "\n"
    assert _tables(text) == [[HEADS, *ROWS]]


def test_long_cells_not_joined_by_the_wrap_repair():
    """A text hard-wrapped at a width (its prose wraps), the cells as long as its lines: one cell a line still."""
    prose = ["Ủy ban nhân dân thị xã Bến Lâm ban hành kế hoạch công tác trọng tâm năm 2031 với",
             "các nội dung chủ yếu như sau, bảo đảm tiến độ, chất lượng và hiệu quả thực hiện của",
             "các cơ quan, đơn vị; các phòng, ban chuyên môn chủ động xây dựng kế hoạch chi tiết và",
             "tổ chức triển khai thực hiện."] * 3
    rows = [list(r) for r in ROWS]
    rows[0][2] = 'Phát động phong trào thi đua "Doanh nghiệp đồng hành cùng nông dân thị xã"'
    text = "\n".join([*prose, INTRO, *[c for row in [HEADS, *rows] for c in row], AFTER, *prose]) + "\n"
    assert _tables(text) == [[HEADS, *rows]]


@pytest.mark.parametrize("cells", [
    # a row short of a cell (an empty cell left no line): the rows cannot all be told
    [*HEADS, *ROWS[0], "2", "Quý II", "Kiểm tra công tác bảo vệ rừng mùa khô", "Hạt Kiểm lâm", *ROWS[2]],
    # a row with a line more that does not go on in lower case
    [*HEADS, *ROWS[0], *ROWS[1], "Ban Chỉ huy quân sự", *ROWS[2]],
    # an amount and lines in lower case: columns written one after another, not a wrapped cell
    ["TT", "Nội dung", "Tổng số", "1", "Trang bị", "18.600", "phòng", "học bộ", "2", "Bồi", "2.400", "dưỡng"],
    # a numbered list: no headings
    ["STT", "1", "Sở Nội vụ", "2", "Sở Tài chính", "3", "Sở Y tế"],
])
def test_not_a_table(cells):
    assert flat_tables([INTRO, *cells, AFTER]) == []


def test_page_number_at_the_top_still_dropped():
    """A bare number at a page's top with no flattened table around it is a page number."""
    text = "\n".join(["KẾ HOẠCH", "Công tác năm 2031 của thị xã Bến Lâm", "I. MỤC TIÊU",
                      "Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2031."]) + "\n\f2\n" + \
        "\n".join(["II. NHIỆM VỤ", "1. Phòng Kinh tế chủ trì phát triển nông nghiệp."]) + "\n"
    blocks, _ = read_text(text)
    assert all(b.text.strip() != "2" for b in blocks)


# the PDF reader: a line that stops on a word closed by a quote, with room for the next line's first word
LEFT, RIGHT = 85.0, 539.0
PROSE = [(LEFT, RIGHT, "Ủy ban nhân dân thị xã Bến Lâm ban hành kế hoạch công tác trọng tâm năm 2031 với các"),
         (LEFT, 300.0, "nội dung như sau:")]


def _paragraphs(first: tuple, second: tuple) -> list[str]:
    items = [("line", p) for p in PROSE] + [("line", first), ("line", second)]
    return [b.text for b in assemble([items]) if b.kind == "paragraph"]


@pytest.mark.parametrize("first, second", [
    ((LEFT, 488.0, 'Phát động phong trào thi đua "Doanh nghiệp đồng hành cùng nông dân"'), (LEFT, 170.0, "Phòng Kinh tế")),
    ((LEFT, 488.0, "Kiểm tra việc thực hiện Đề án (giai đoạn hai của chương trình)"), (LEFT, 190.0, "Hạt Kiểm lâm thị xã")),
    ((LEFT, 484.0, "Tổ chức cuộc thi “Tìm hiểu pháp luật về bảo vệ môi trường”"), (LEFT, 220.0, "Đoàn Thanh niên")),
])
def test_a_line_closed_by_a_quote_ends_its_paragraph(first, second):
    """(stopped less than a short line's room from the margin, but with room for the next line's first word)"""
    got = _paragraphs(first, second)
    assert first[2] in got and second[2] in got


@pytest.mark.parametrize("first, second", [
    # no room left for the next word: a wrap
    ((LEFT, 536.0, 'Các phòng, ban chuyên môn thực hiện phong trào "Doanh nghiệp đồng hành"'),
     (LEFT, 300.0, "Trung ương phát động trên địa bàn thị xã.")),
    # the next line goes on in lower case
    ((LEFT, 488.0, 'Phát động phong trào thi đua "Doanh nghiệp đồng hành cùng nông dân"'),
     (LEFT, 300.0, "trên địa bàn các phường, xã.")),
])
def test_a_wrap_after_a_quote_goes_on(first, second):
    assert f"{first[2]} {second[2]}" in _paragraphs(first, second)


def test_pdf_paragraphs_a_cell_each_read_as_a_table():
    """The PDF reader's paragraphs, one a cell, the page break before the first row: a table block (its row
    number at the page's top no longer a paragraph a field rule takes for a page number)."""
    from extractors.blocks import RawBlock
    from extractors.layout.paragraphs import flat_cell_tables

    cells = [c for row in [HEADS, *ROWS] for c in row]
    blocks = [RawBlock("paragraph", INTRO, {"page": 1})] + \
        [RawBlock("paragraph", c, {"page": 1 if k < 5 else 2}) for k, c in enumerate(cells)] + \
        [RawBlock("paragraph", AFTER, {"page": 2})]
    got = flat_cell_tables(blocks)
    assert [b.kind for b in got] == ["paragraph", "table", "paragraph"]
    assert got[1].rows == [HEADS, *ROWS] and got[1].location == {"page": 1}
    # a list a paragraph an item, no headings: as it is
    items = [RawBlock("paragraph", t, {"page": 1}) for t in ("STT", "1", "Sở Nội vụ", "2", "Sở Tài chính")]
    assert flat_cell_tables(items) == items
