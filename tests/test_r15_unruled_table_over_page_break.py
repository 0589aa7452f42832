"""A table drawn without rules (a Word table with no borders printed to PDF) that a page break cuts inside a row,
the next page holding only the rest of that row and the total, round R15 (G13's documents as tcvn3-pdf: the
province's budget table -5, the environment department's cost task table -2 +1):

    page 1: TT  Nội dung     Tổng số  NSTW   NSĐP        STT  Nội dung     Chủ trì     Phối hợp    Kinh phí
            2   Đào tạo ...  1.600    400    400         3    Kiểm tra ... Thanh tra   Phòng Cảnh  500
                nhân lực du                                   cơ sở gây ô              sát môi trường
    page 2:     đồng                                          nhiễm môi                Công an
                Tổng cộng    7.000    1.900  1.600            trọng                    tỉnh
                                                              Tổng cộng                            3.500

Each page is laid out on its own. The budget table's next page has rows with no code, so it was read without its
code column, one column narrower than the table above, and did not go on with it (the rest "đồng" became a row
and the total's label stood in the code column): `continued.with_code_column` gives such rows an empty code cell
back when the table above heads its first column "TT"/"STT", no row below has a code and both end in an amount.
The cost task table's next page made no table at all (one amount line): a table found by its amounts that ends
its page now gives its columns' starts too (`words.line_items`), and `words.continued_rows` starts a row of its
own at a total's label with an amount ("Tổng cộng ... 3.500"), which would otherwise finish the cut row.
A header whose rows each write a column's heading whole ("TT" over "TT", not merged down) reads it once
(`grid._once`: was "TTTT", "Nội dung Nội dung").

Must-not rows: rows that carry codes (a table of their own), a table above whose first column is no code
column, rows that end in no amount (an empty last column dropped), a label line without an amount under a cut
row (it finishes the row), headings that differ from row to row. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats.pdf import ordered
from extractors.layout.continued import with_code_column
from extractors.layout.grid import _once
from extractors.layout.paragraphs import assemble
from tests.test_s_unruled_tables import PITCH, line, prose


def _tables(*pages: list[dict]):
    blocks = assemble([ordered([], words) for words in pages])
    return [b for b in blocks if b.kind == "table"], [b.text for b in blocks if b.kind != "table" and b.text]


# --- a cost task table: the rest of the cut row and the total on the next page ---------------------------------

TASK_COLS = [60.0, 130.0, 260.0, 370.0, 470.0]
TASK_HEAD = [("STT", "Nội dung", "Đơn vị chủ", "Đơn vị phối", "Kinh phí"), ("", "công việc", "trì", "hợp", "(Tr.đ)")]


def task_page(rows: list[tuple[str, ...]], top: float = 560.0) -> list[dict]:
    words, y = [], top
    for cells in TASK_HEAD:
        words += line(y, *cells, at=TASK_COLS)
        y += PITCH
    for cells in rows:
        y += 10 if cells[0] else 0
        words += line(y, *cells, at=TASK_COLS)
        y += PITCH
    return words


TASK_ROWS = [("1", "Quan trắc nước", "Chi cục Thủy lợi", "Trạm Khí tượng", "2.400"),
             ("", "sông Lam Kiều", "", "huyện"),
             ("2", "Thu gom rác", "Phòng Tài nguyên", "Ủy ban nhân", "850"),
             ("", "thải ven", "", "dân các xã")]


@pytest.mark.parametrize("total, amount", [("Tổng cộng", "3.250"), ("Cộng", "3.250"), ("Tổng số", "12.075")])
def test_the_cut_rows_rest_and_the_total_on_the_next_page(total, amount):
    second = (line(60, "", "bãi bồi", "", "ven sông", at=TASK_COLS) + line(74, "", "Hà Trung", at=TASK_COLS)
              + line(98, "", total, "", "", amount, at=TASK_COLS) + prose(130, "IV. TỔ CHỨC THỰC HIỆN"))
    [table], texts = _tables(task_page(TASK_ROWS), second)
    assert table.rows[-2:] == [["2", "Thu gom rác thải ven bãi bồi Hà Trung", "Phòng Tài nguyên",
                                "Ủy ban nhân dân các xã ven sông", "850"],
                               ["", total, "", "", amount]]
    assert texts == ["IV. TỔ CHỨC THỰC HIỆN"]


def test_a_label_line_without_an_amount_finishes_the_cut_row():
    # must not: "Tổng hợp ..." with no amount is the cut row's label going on, no row of its own
    second = (line(60, "", "bãi bồi", at=TASK_COLS) + line(74, "", "Tổng hợp số liệu", at=TASK_COLS)
              + prose(110, "IV. TỔ CHỨC THỰC HIỆN"))
    [table], _ = _tables(task_page(TASK_ROWS), second)
    assert table.rows[-1][1] == "Thu gom rác thải ven bãi bồi Tổng hợp số liệu"
    assert len(table.rows) == 3


# --- a budget table: its next page read without the code column ------------------------------------------------

BUDGET_COLS = [60.0, 100.0, 230.0, 300.0, 370.0, 440.0, 510.0]
BUDGET_HEAD = [("TT", "Nội", "Tổng số", "Năm 2026", "", "Năm 2027", ""), ("", "dung"),
               ("TT", "Nội", "Tổng số", "NSTW", "NSĐP", "NSTW", "NSĐP"), ("", "dung")]
BUDGET_ROWS = [("1", "Trồng", "3.600", "1.000", "800", "1.000", "800"), ("", "rừng"), ("", "phòng hộ"),
               ("2", "Khoanh", "2.200", "600", "500", "600", "500"), ("", "nuôi tái"), ("", "sinh")]


def budget_page(top: float = 560.0) -> list[dict]:
    words, y = [], top
    for cells in BUDGET_HEAD:
        words += line(y, *cells, at=BUDGET_COLS)
        y += PITCH
    for cells in BUDGET_ROWS:
        y += 10 if cells[0] else 0
        words += line(y, *cells, at=BUDGET_COLS)
        y += PITCH
    return words


def test_the_next_pages_rows_get_their_code_column_back():
    second = (line(60, "", "rừng tự nhiên", at=BUDGET_COLS)
              + line(74, "", "Tổng cộng", "5.800", "1.600", "1.300", "1.600", "1.300", at=BUDGET_COLS)
              + prose(110, "Nơi nhận:"))
    [table], _ = _tables(budget_page(), second)
    assert table.rows[0][:3] == ["TT", "Nội dung", "Tổng số"]  # written in both header rows: read once
    assert table.rows[-2:] == [["2", "Khoanh nuôi tái sinh rừng tự nhiên", "2.200", "600", "500", "600", "500"],
                               ["", "Tổng cộng", "5.800", "1.600", "1.300", "1.600", "1.300"]]


ABOVE = [["STT", "Nội dung", "Tổng số", "NSTW", "NSĐP"],
         ["1", "Nâng cấp trạm y tế", "900", "500", "400"]]


@pytest.mark.parametrize("above, rows", [
    (ABOVE, [["Trồng mới", "700", "300", "400"], ["Tổng cộng", "1.600", "800", "800"]]),
    ([["TT", "Nội dung", "Kinh phí"], ["a", "Mua sắm thiết bị", "120"]], [["vật tư", "80"], ["Cộng", "200"]]),
])
def test_rows_without_the_code_column(above, rows):
    assert with_code_column(above, rows) == [["", *r] for r in rows]


@pytest.mark.parametrize("why, above, rows", [
    ("the rows carry codes", ABOVE, [["2", "700", "300", "400"], ["3", "1.600", "800", "800"]]),
    ("no code column above", [["Nội dung", "Đơn vị", "Tổng số", "NSTW", "NSĐP"], ABOVE[1]],
     [["Trồng mới", "700", "300", "400"]]),
    ("no amount ends the rows", ABOVE, [["Trồng mới", "700", "300", "Ghi chú"]]),
    ("as wide as the table above", ABOVE, [["", "Trồng mới", "700", "300", "400"]]),
])
def test_rows_left_as_they_are(why, above, rows):
    assert with_code_column(above, rows) is rows, why


@pytest.mark.parametrize("texts, once", [
    (["TT", "TT"], ["TT"]),
    (["Nội", "dung", "Nội", "dung"], ["Nội", "dung"]),
    (["Tổng số"], ["Tổng số"]),
    (["Nội", "dung", "chi"], ["Nội", "dung", "chi"]),  # must not: no heading written twice
    (["Vốn", "vay"], ["Vốn", "vay"]),
])
def test_a_heading_written_in_both_rows_reads_once(texts, once):
    assert _once(texts) == once
