"""A laid-out estimate table whose first row under its header is a group ("I    Chi công tác tổ chức") holding its
own total over the last amount column, its items under it each with more amounts: the group is the table's first
row, not the header's last line (extractors.layout.grid._group_row_above; it read "TT I" | "Nội dung Chi công tác
tổ chức" | ... | "Thành tiền 59.000.000"). A column-number row under the header ("A   B   3") stays out of the
rows. And one amount column's name of two words wider than its numbers set right ("Số lượng" over "1" / "12" /
"160", after a text column "ĐVT") is one heading in that column (_one_amount_name: it was cut "Số" | "lượng", or
read into the text column's room); two names run together ("Đơn giá Thành tiền") are still cut. Tables invented
(round P41); must and must-not rows."""

import pytest

from extractors.layout.text import read_text
from tests.spaced_lines import at

INTRO = ["V. KINH PHÍ", "", "Dự toán chi tiết như sau:", "", at((50, "Đơn vị tính: đồng"))]
AFTER = ["", "VI. TỔ CHỨC THỰC HIỆN", "", "1. Phòng Hậu cần chủ trì, phối hợp thực hiện Kế hoạch."]
HEADER = at((0, "TT"), (5, "Nội dung"), (36, "Đơn giá"), (50, "Thành tiền"))


def item(code: str, label: str, price: str, total: str) -> str:
    return at((0, code), (5, label), (43 - len(price), price), (60 - len(total), total))


def group(code: str, label: str, total: str) -> str:
    return at((0, code), (5, label), (60 - len(total), total))


def tables(lines: list[str]) -> list[list[list[str]]]:
    blocks, _ = read_text("\n".join(INTRO + lines + AFTER) + "\n")
    return [b.rows for b in blocks if b.kind == "table"]


@pytest.mark.parametrize("first, items, second, more", [
    # must: a contest's estimate in đồng
    (group("I", "Chi công tác tổ chức", "29.000.000"),
     [item("1", "Trang trí hội trường", "12.000.000", "12.000.000"),
      item("2", "Thuê âm thanh", "8.500.000", "17.000.000")],
     group("II", "Chi giải thưởng", "15.000.000"),
     [item("1", "Giải Nhất", "15.000.000", "15.000.000")]),
    # must: a training's estimate, groups lettered
    (group("A", "Chi mở lớp tập huấn", "6.400.000"),
     [item("1", "Thuê hội trường", "2.000.000", "4.000.000"),
      item("2", "Nước uống", "40.000", "2.400.000")],
     group("B", "Chi tài liệu", "1.800.000"),
     [item("1", "In tài liệu", "18.000", "1.800.000")]),
])
def test_the_first_group_with_its_total_opens_the_rows(first, items, second, more):
    found = tables([HEADER] + [first] + items + [second] + more)
    assert found, "no table"
    rows = found[0]
    assert rows[0][:2] == ["TT", "Nội dung"] and rows[0][-1] == "Thành tiền"
    code, label = first[:4].strip(), first[5:].split("  ")[0]
    assert rows[1][0] == code and rows[1][1] == label and rows[1][-1] == first.split()[-1]
    assert len(rows) == 2 + len(items) + 1 + len(more)


def test_a_column_number_row_is_no_group():
    # must not: "A   B   3" under the header (the columns' letters and the amount column's number) is not a group
    # with its total: a name of one letter
    numbers = at((0, "A"), (5, "B"), (59, "3"))
    found = tables([HEADER, numbers, item("1", "Trang trí hội trường", "12.000.000", "12.000.000"),
                    item("2", "Thuê âm thanh", "8.500.000", "17.000.000")])
    assert found
    assert not any(r[:2] == ["A", "B"] for r in found[0][1:])


def test_a_group_without_a_total_as_before():
    # must (as before): a group with nothing over the amounts
    found = tables([HEADER, at((0, "I"), (5, "Chi công tác tổ chức")),
                    item("1", "Trang trí hội trường", "12.000.000", "12.000.000"),
                    item("2", "Thuê âm thanh", "8.500.000", "17.000.000")])
    assert found and found[0][1][:2] == ["I", "Chi công tác tổ chức"]


UNIT_HEADER = at((0, "TT"), (5, "Nội dung"), (30, "ĐVT"), (38, "Số lượng"), (52, "Đơn giá"), (66, "Thành tiền"))


def priced(code: str, label: str, unit: str, qty: str, price: str, total: str) -> str:
    return at((0, code), (5, label), (30, unit), (46 - len(qty), qty), (59 - len(price), price), (76 - len(total), total))


@pytest.mark.parametrize("rows", [
    # must: "Số lượng" over a narrow column of quantities set right, after a text column "ĐVT"
    [priced("1", "Trang trí hội trường", "Gói", "1", "12.000.000", "12.000.000"),
     priced("2", "Bồi dưỡng giám khảo", "Người", "12", "900.000", "10.800.000"),
     priced("3", "In tài liệu", "Bộ", "160", "120.000", "19.200.000")],
    # must: other units and numbers
    [priced("1", "Tiền ăn vận động viên", "Người/ngày", "240", "150.000", "36.000.000"),
     priced("2", "Xăng xe", "Đội", "12", "2.800.000", "33.600.000")],
])
def test_a_quantity_heading_wider_than_its_numbers(rows):
    found = tables([UNIT_HEADER] + rows)
    assert found and found[0][0] == ["TT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"]
    first = rows[0].split()
    assert found[0][1][2:4] == [first[-4], first[-3]]  # the first row's unit and quantity in their columns


def test_two_names_run_together_are_still_cut():
    # must not: "Đơn giá Thành tiền" one space apart over two amount columns stays two headings
    header = at((0, "TT"), (5, "Nội dung"), (30, "ĐVT"), (38, "Số lượng"), (52, "Đơn giá Thành tiền"))
    rows = [at((0, "1"), (5, "Trang trí hội trường"), (30, "Gói"), (45, "1"), (52, "12.000"), (63, "12.000")),
            at((0, "2"), (5, "Thuê âm thanh"), (30, "Ngày"), (45, "2"), (52, "8.500"), (63, "17.000"))]
    found = tables([header] + rows)
    assert found and found[0][0][-2:] == ["Đơn giá", "Thành tiền"]
