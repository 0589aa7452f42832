"""A pandoc grid table whose amounts are wider than their columns, round R16 (G15's commune plan, Word file through
pandoc to Markdown: pandoc-md -14):

    +------+-----------+-----------+-----------+
    | TT   | Nội dung  | Tổng số   | Ngân sách |
    |      |           |           | xã        |
    +======+===========+===========+===========+
    | 1    | Làm mới   | 800.000.000 | 64.000.000 |
    |      | nhà ở (16 |           |           |
    +------+-----------+-----------+-----------+

pandoc keeps the columns' widths from the Word file and writes an amount, which it does not wrap, whole: the
row's first line runs past the border and its pipes no longer stand under the "+" marks. `markdown.grid_rows` took
the cells between the pipes at the marks only, so the amounts ran together in one cell and the table lost every
amount. A line with a pipe for every mark that ends past the border is parted by its own pipes
(`markdown._pushed_cells`).

Must-not rows: a line that keeps to the marks (a pipe inside a cell's text stays text), a line past the border
with more pipes than columns, a cell spanning columns. Texts and numbers invented."""

from __future__ import annotations

from extractors.layout.markdown import grid_rows

BORDER = "+------+-----------+-----------+-----------+"
HEAD = ["| TT   | Nội dung  | Tổng số   | Ngân sách |",
        "|      |           |           | xã        |",
        "+======+===========+===========+===========+"]


def test_amounts_past_the_border():
    lines = [BORDER, *HEAD,
             "| 1    | Nâng cấp  | 1.450.000.000 | 125.000.000 |",
             "|      | trạm bơm  |           |           |",
             BORDER,
             "|      | Tổng cộng | 1.450.000.000 | 125.000.000 |",
             BORDER]
    rows = grid_rows(lines)
    assert rows == [["TT", "Nội dung", "Tổng số", "Ngân sách\nxã"],
                    ["1", "Nâng cấp\ntrạm bơm", "1.450.000.000", "125.000.000"],
                    ["", "Tổng cộng", "1.450.000.000", "125.000.000"]]


def test_pipe_inside_text_at_marks_stays_text():
    lines = [BORDER, *HEAD,
             "| 2    | Kè a|b    | 300.000   | 20.000    |",
             BORDER]
    rows = grid_rows(lines)
    assert rows[-1] == ["2", "Kè a|b", "300.000", "20.000"]


def test_more_pipes_than_columns_not_parted():
    lines = [BORDER, *HEAD,
             "| 3    | Kè | mái | 1.450.000.000 | 125.000.000 |",
             BORDER]
    rows = grid_rows(lines)
    assert rows[-1] != ["3", "Kè", "mái", "1.450.000.000"]
    assert len(rows[-1]) == 4 and rows[-1][0] == "3"
