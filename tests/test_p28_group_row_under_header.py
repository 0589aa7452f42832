"""A task table with a money column whose first body row is a group row merged across every
column after its code ("I. | CÔNG TÁC PHÒNG DỊCH" spread over the row): the group row is the
body's, not a second line of the header, so the money column keeps its own heading ("Kinh phí
(triệu đồng)": the total, not a source named by the group's words). Rows, bodies and amounts
invented (round P28, from round G6's district plan); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.tables.budget import extract_budget_tables
from tests.extractors.test_word_table_shapes import PERIOD, word

HEAD = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kinh phí (triệu đồng)"]


def _group(code: str, text: str, row: int) -> tuple[list[str], tuple]:
    return [code] + [text] * 5, ((row, 1), (row, 5))


def _items(rows: list[list[str]], merges: tuple) -> list[tuple]:
    doc = word(["KẾ HOẠCH", "Phòng, chống dịch bệnh gia súc năm 2026"], rows, merges)
    found = extract_budget_tables(doc, PERIOD, [])
    return [(i["row_label"], i["source"], i["amount_vnd"]) for i in found["items"]]


@pytest.mark.parametrize("first_group", [
    # must: the group row right under the header (a Roman code, a capital letter)
    ("I.", "CÔNG TÁC PHÒNG DỊCH"),
    ("A.", "NHIỆM VỤ TRỌNG TÂM"),
])
def test_a_group_row_under_the_header_is_the_bodys(first_group):
    g1, m1 = _group(*first_group, 1)
    g2, m2 = _group("II.", "CÔNG TÁC KIỂM DỊCH", 4)
    rows = [HEAD, g1,
            ["1", "Tiêm phòng lở mồm long móng cho đàn bò", "Trạm Thú y huyện", "UBND các xã", "Tháng 4/2026", "380"],
            ["2", "Tiêu độc khử trùng chuồng trại", "UBND các xã", "Trạm Thú y huyện", "Tháng 9/2026", "145"],
            g2,
            ["1", "Kiểm dịch vận chuyển động vật", "Trạm Thú y huyện", "Công an huyện", "Cả năm", "90"]]
    items = _items(rows, (m1, m2))
    assert [(label, source) for label, source, _ in items] == [
        ("Tiêm phòng lở mồm long móng cho đàn bò", "total"), ("Tiêu độc khử trùng chuồng trại", "total"),
        ("Kiểm dịch vận chuyển động vật", "total")]
    assert [amount for *_, amount in items] == [380_000_000, 145_000_000, 90_000_000]


def test_a_header_of_two_lines_stays_the_header():
    # must not: a header's second line (sources under "Kinh phí") is no group row
    head2 = ["", "", "", "", "", "Ngân sách huyện"]
    rows = [HEAD, head2,
            ["1", "Tiêm phòng lở mồm long móng cho đàn bò", "Trạm Thú y huyện", "UBND các xã", "Tháng 4/2026", "380"],
            ["2", "Tiêu độc khử trùng chuồng trại", "UBND các xã", "Trạm Thú y huyện", "Tháng 9/2026", "145"]]
    items = _items(rows, (((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)), ((0, 4), (1, 4))))
    assert {source for _, source, _ in items} == {"local"}
