"""Header rows that lost their merged cells' spans (html2text of an HTML table with rowspan
and colspan): they are spread out again where the cells' counts prove where each one goes
(extractors.tables.rebuild.unspan), and where nothing places them the amounts get no year
or source by position (`header_unaligned`, quality issue table.header_unaligned); html2text
header rows under the first one are rows of their own, not one row broken over two lines
(extractors.layout.text.broken_row_tables). Invented tables (probe round H5)."""

import pytest

from extractors.layout import text
from extractors.tables.rebuild import columns_from_grid, header_unaligned

YEARS_3 = [["TT", "Hạng mục", "Tổng", "Năm 2027", "Năm 2028"],
           ["Tổng số", "Chia ra", "Tổng số", "Chia ra"],
           ["NSTW", "NSĐP", "Vốn khác", "NSTW", "NSĐP", "Vốn khác"]]

# (header, width, [(year, source) of each amount column]) that the counts place
PLACED = [
    (YEARS_3, 11, [(None, "total"), (2027, "total"), (2027, "central"), (2027, "local"), (2027, "other"),
                   (2028, "total"), (2028, "central"), (2028, "local"), (2028, "other")]),
    ([["STT", "Nội dung", "Năm 2026", "Năm 2027", "Năm 2028"],
      ["NSĐP", "Xã hội hóa", "NSĐP", "Xã hội hóa", "NSĐP", "Xã hội hóa"]], 8,
     [(2026, "local"), (2026, "mobilized"), (2027, "local"), (2027, "mobilized"), (2028, "local"), (2028, "mobilized")]),
]


@pytest.mark.parametrize("header, width, expected", PLACED)
def test_a_header_the_counts_place(header, width, expected):
    assert not header_unaligned(header, width)
    cols = [c for c in columns_from_grid(header, width) if c.role == "amount"]
    assert [(c.year, c.source) for c in cols] == expected


# must match: short rows nothing places (the counts fit no reading of merged cells)
UNALIGNED = [
    ([["STT", "Nội dung", "Năm 2026", "Năm 2027"], ["NSTW", "NSĐP", "NSTW"]], 8),
    ([["STT", "Nội dung", "Kinh phí"], ["Năm 2026", "Năm 2027", "Năm 2028"], ["NSTW", "NSĐP"]], 9),
]
# must not match: full rows, or a short row whose last cell spans the rest over an empty row start
ALIGNED = [
    ([["STT", "Nội dung", "Tổng kinh phí", "Chia ra"], ["", "", "", "NSTW", "NSĐP", "Xã hội hóa"]], 6),
    ([["STT", "Nội dung", "Năm 2026", "Năm 2027"], ["", "", "NSTW", "NSĐP"]], 4),
    ([["STT", "Nội dung", "Năm 2026"]], 5),  # one header row: nothing to place
]


@pytest.mark.parametrize("header, width", UNALIGNED)
def test_unaligned(header, width):
    assert header_unaligned(header, width)


@pytest.mark.parametrize("header, width", ALIGNED)
def test_not_unaligned(header, width):
    assert not header_unaligned(header, width)


def test_unplaced_header_gives_no_year_by_position():
    from extractors.document import Document  # noqa: F401  (the reader's model, through process)
    from pipeline.process import process

    md = "\n".join([
        "KẾ HOẠCH", "", "Phụ lục kinh phí", "", "_Đơn vị tính: triệu đồng_", "",
        "STT| Nội dung| Năm 2026| Năm 2027  ", "---|---|---|---  ",
        "NSTW| NSĐP| NSTW  ",
        "1| Sửa chữa trường học| 300| 200| 400| 100| 250| 150  ",
        "2| Mua sắm bàn ghế| 120| 80| 60| 40| 90| 30  ", ""])
    record = process("h5_unaligned.md", md.encode()).record.model_dump(mode="json")
    items = record["budget"]["items"]
    assert items and all(i["year"] is None and i["source"] == "total" for i in items)
    assert "table.header_unaligned" in [q["code"] for q in record["quality"]["issues"]]


@pytest.mark.parametrize("lines, rows", [
    # must match: header rows under the first, each narrower than the body, stay rows
    (["STT| Nội dung| Năm 2026| Năm 2027  ", "---|---|---|---  ", "Tổng số| Trong đó| Tổng số| Trong đó  ",
      "NSTW| NSTW  ", "1| Lát gạch sân| 90| 50| 40| 60| 35| 25  "],
     [["Tổng số", "Trong đó", "Tổng số", "Trong đó"], ["NSTW", "NSTW"]]),
    # must not match: a body cell broken over two lines is one row
    (["STT| Nội dung| Kinh phí  ", "---|---|---  ", "1| Sửa chữa", "nhà văn hóa| 400  ", "2| Mua loa| 50  "],
     [["1", "Sửa chữa\nnhà văn hóa", "400"]]),
])
def test_html2text_header_rows(lines, rows):
    found = text.broken_row_tables([text.Line(n + 1, t, 1) for n, t in enumerate(lines)])
    got = [r for _, (_, table) in found.items() for r in table]
    if not found:  # a table of one-line rows is left to the pipe-table reading
        from extractors.layout import markdown as md
        got = [md.cells(t, outer=False) for t in lines if "|" in t and not text.PIPE_RULE.match(t)]
    for row in rows:
        assert row in got, got
