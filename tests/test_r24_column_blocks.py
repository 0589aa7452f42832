"""A narrow amount table plain pdftotext wrote block after block, round R24 (G24's province plan's cost annex,
G22's curly-quoted decision's appendix, G14's college plan by school year, pdf-plain: budget items 0/0/11, 0/0/15,
0/0/12):

    TT / Nội dung / Tổng                                  the left columns' headings, a blank line between
    1                                                     the first row's number
    Mua vật tư / tiêm chủng, / Tiêm vét, / ...            every row's label run together, each in capitals
    2 / 3                                                 the other rows' numbers
    1.980 / Ngân sách / Trung ương / 1.500 / ...          the first row's amounts among the other headings
    1.460 / 900 / 560 / 820 / 820                         the other rows', an empty cell leaving no line
    Tổng cộng / 4.260 / 2.400 / 1.860                     the total (or its label last among the labels)

No reader took it (cell_lines' column runs want a column a block). extractors.layout.column_blocks lays the
amounts row after row, tries each way of leaving up to two cells empty, and reads the table where exactly one
way makes every column's sum its total row's and every row's total (a first amount column "Tổng ...") its
parts' sum.

Must-not rows: two ways that fit, no total row nor total column, sums that no way makes, a label that opens in
lower case, a numbered list followed by amounts with no headings. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.column_blocks import tables_from_column_blocks

INTRO = ["Phụ lục III", "", "DỰ TOÁN KINH PHÍ", "", "Đơn vị tính: triệu đồng", ""]
LEFT = ["TT", "", "Nội dung", "", "Tổng số", ""]
LABELS = ["Sửa chữa", "trạm bơm,", "kênh tưới", "Nạo vét", "kênh tiêu", "Tập huấn", "khuyến", "nông"]
AFTER = ["", "Nơi nhận:", "- Như trên;"]


def _text(labels, numbers, stream, total=None):
    lines = INTRO + LEFT + ["1", ""] + labels + ["", *numbers, ""] + stream
    if total:
        lines += ["\fTổng cộng", "", *total]
    return "\n".join(lines + AFTER)


def _rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.split("\n")
            if line.startswith("|") and "---" not in line]


STREAM = ["2.700", "", "Ngân sách", "tỉnh", "1.800", "", "Ngân sách", "huyện", "900", "",
          "1.150", "", "1.150", "", "430", "", "300", "", "130"]
TOTAL = ["4.280", "", "3.250", "", "1.030"]
WANT = [
    ["TT", "Nội dung", "Tổng số", "Ngân sách tỉnh", "Ngân sách huyện"],
    ["1", "Sửa chữa trạm bơm, kênh tưới", "2.700", "1.800", "900"],
    ["2", "Nạo vét kênh tiêu", "1.150", "1.150", ""],
    ["3", "Tập huấn khuyến nông", "430", "300", "130"],
    ["", "Tổng cộng", "4.280", "3.250", "1.030"],
]


def test_a_table_written_block_after_block_is_read():
    text = _text(LABELS, ["2", "", "3"], STREAM, TOTAL)
    assert _rows(tables_from_column_blocks(text)) == WANT
    # its page break stays (after the table)
    assert tables_from_column_blocks(text).count("\f") == 1


def test_the_total_label_among_the_labels():
    text = _text(LABELS + ["Tổng", "cộng"], ["2", "3"], STREAM + ["", *TOTAL])
    assert _rows(tables_from_column_blocks(text)) == WANT


def test_no_empty_cell_and_no_total_row():
    stream = ["2.700", "Ngân sách tỉnh", "1.800", "Ngân sách huyện", "900", "1.150", "1.000", "150", "430", "300", "130"]
    want = [row if row[2] != "1.150" else ["2", "Nạo vét kênh tiêu", "1.150", "1.000", "150"] for row in WANT[:-1]]
    assert _rows(tables_from_column_blocks(_text(LABELS, ["2", "3"], stream))) == want


@pytest.mark.parametrize("labels, stream, total", [
    # two ways fit: two rows of one amount each, one in each source column, either way round
    (LABELS, ["2.700", "Ngân sách tỉnh", "1.800", "Ngân sách huyện", "900", "1.150", "1.150", "1.150", "1.150"],
     ["5.000", "2.950", "2.050"]),
    # sums that no way makes
    (LABELS, STREAM, ["4.300", "3.250", "1.050"]),
    # a label opening in lower case: the labels cannot be told
    (["sửa chữa", "trạm bơm", "Nạo vét", "Tập huấn"], STREAM, TOTAL),
])
def test_left_as_it_is(labels, stream, total):
    text = _text(labels, ["2", "3"], stream, total)
    assert tables_from_column_blocks(text) is text


def test_no_total_row_nor_total_column_is_left():
    left = ["TT", "", "Nội dung", "", "Ngân sách tỉnh", ""]
    lines = INTRO + left + ["1", ""] + LABELS + ["", "2", "3", "", "1.800", "Ngân sách huyện", "900", "1.150", "430", "300", "130"]
    text = "\n".join(lines + AFTER)
    assert tables_from_column_blocks(text) is text


def test_a_numbered_list_and_amounts_is_no_table():
    lines = ["STT", "", "1", "", "Sở Tài chính", "Sở Nội vụ", "", "2", "", "1.200", "", "300"]
    text = "\n".join(lines + AFTER)
    assert tables_from_column_blocks(text) is text


def test_the_reader_reads_its_rows():
    from extractors.layout.text import read_text
    blocks, _ = read_text(_text(LABELS, ["2", "", "3"], STREAM, TOTAL))
    assert [b.rows for b in blocks if b.kind == "table"] == [WANT]
