"""A table whose first column holds the rows' labels (no code column), one label cut by a page break: Word lets a
row break across pages, so the row's label starts at the foot of one page beside its amounts ("Hỗ trợ" | 6.000 |
7.500 ...) and ends at the top of the next, alone ("lãi suất vốn vay" | | ...). The rest, in small letters with
nothing beside it, finishes the cut row (continued.finishes_row); it was a row of its own (a first column's text
started a row), the item's label cut to "Hỗ trợ". Round P43 (the invented plans as Word-made PDFs: a Markdown
resolution's pipe table printed by Word); names and numbers invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.continued import join

ABOVE = [["Nội dung", "Năm 2026", "Năm 2027", "Tổng cộng"],
         ["Hỗ trợ giống lúa chất lượng cao", "1.200", "1.300", "2.500"],
         ["Hỗ trợ", "600", "700", "1.300"]]


@pytest.mark.parametrize("rows, expected", [
    # must: the label's rest, in small letters, nothing beside it
    ([["lãi suất vốn vay sản xuất", "", "", ""], ["Hỗ trợ chứng nhận VietGAP", "400", "450", "850"]],
     ["Hỗ trợ lãi suất vốn vay sản xuất", "Hỗ trợ chứng nhận VietGAP"]),
    ([["bảo hiểm nông nghiệp", "", "", ""]], ["Hỗ trợ bảo hiểm nông nghiệp"]),
])
def test_a_label_cut_by_a_page_break_is_whole(rows, expected):
    table = join([list(r) for r in ABOVE], rows)
    assert [r[0] for r in table[2:]] == expected
    assert table[2][1:] == ["600", "700", "1.300"]


@pytest.mark.parametrize("rows", [
    # must not: a row of its own (a capital first, or amounts beside it)
    [["Hỗ trợ chứng nhận VietGAP", "", "", ""]],
    [["chi phí quản lý", "50", "60", "110"]],
    # must not: a code column's next row ("2" first)
    [["2", "", "", ""]],
    # must not: a lettered group's row ("b) ...": a code in small letters)
    [["b) nhóm hỗ trợ sau đầu tư", "", "", ""]],
])
def test_rows_of_their_own_after_the_break(rows):
    table = join([list(r) for r in ABOVE], rows)
    assert table[2][0] == "Hỗ trợ" and len(table) == 4


def test_lines_of_text_in_a_one_column_table_stay_apart():
    # must not: a column of one cell (lines of text read as a table at a page's foot): the next page's first line in
    # small letters is no label's rest (the page's lines are read as paragraphs, wrapped by their own rules)
    above = [["nâng cao sự hài lòng của người dân đối với sự phục vụ"]]
    rows = [["của cơ quan hành chính nhà nước trên địa bàn tỉnh."]]
    assert len(join([list(r) for r in above], rows)) == 2
