"""A budget table whose top heading row holds its merged cells once, over a lower row that writes the leading
headings again, round R14 (G13's province plan as Word's plain text, pandoc's grid table and MarkItDown's pipe
table: tcvn3-txt, mixed-txt, marks-txt -12 budget items +12 each, pandoc-md and markitdown-md -3 +3):

    TT | Nội dung | Tổng số | Năm 2024 | Năm 2025                 (a group's heading once: Word's merged cell)
    TT | Nội dung | Tổng số | NSTW | NSĐP | NSTW | NSĐP            (the cells merged down written again)
    1  | <label>  | 5.400   | 1.500 | 1.200 | 1.500 | 1.200

`markdown._lost_group_spans` spread a top row's last headings over rounds of the same sources only when the
lower row held the sources alone (html2text leaves the merged-down cells out); the repeated "TT | Nội dung |
Tổng số" made the round fail, so every amount lost its year (or, with the top row padded with empty cells
as a converter that keeps the width writes it, "Năm 2025" went over 2024's local column). The lower row may
now repeat the leading headings, and the top row's trailing empty cells are the merged cells' places.

Must-not rows: a lower row whose sources do not repeat, a lower row whose leading headings are other words,
a body of another width. Texts invented."""

from __future__ import annotations

import pytest

from extractors.layout.markdown import lost_spans

BODY = [["1", "Trồng rừng phòng hộ ven biển", "2.600", "700", "550", "800", "550"],
        ["2", "Khoanh nuôi tái sinh", "900", "200", "250", "200", "250"],
        ["", "Cộng", "3.500", "900", "800", "1.000", "800"]]


@pytest.mark.parametrize("top, sub", [
    (["STT", "Hạng mục", "Tổng", "Năm 2032", "Năm 2033"],
     ["STT", "Hạng mục", "Tổng", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"]),
    (["STT", "Hạng mục", "Tổng", "Năm 2032", "Năm 2033", "", ""],
     ["STT", "Hạng mục", "Tổng", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"]),
    (["STT", "Hạng mục", "Tổng", "**Năm 2032**", "**Năm 2033**", "", ""],
     ["STT", "Hạng mục", "Tổng", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"]),
])
def test_groups_spread(top, sub):
    rows = lost_spans([top, sub, *BODY])
    first = [c.strip("*") for c in rows[0]]
    assert first == ["STT", "Hạng mục", "Tổng", "Năm 2032", "Năm 2032", "Năm 2033", "Năm 2033"]
    assert rows[1] == ["STT", "Hạng mục", "Tổng", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"]
    assert rows[2:] == BODY


@pytest.mark.parametrize("top, sub", [
    # the sources do not repeat under the groups
    (["STT", "Hạng mục", "Tổng", "Năm 2032", "Năm 2033"],
     ["STT", "Hạng mục", "Tổng", "Vốn tỉnh", "Vốn xã", "Vốn vay", "Vốn khác"]),
    # the lower row's first cells are not the leading headings again
    (["STT", "Hạng mục", "Tổng", "Năm 2032", "Năm 2033"],
     ["Mã", "Tên", "Cộng", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"]),
])
def test_groups_not_spread(top, sub):
    rows = [top, sub, *BODY]
    assert lost_spans(rows) == rows


def test_body_of_another_width_not_spread():
    top = ["STT", "Hạng mục", "Tổng", "Năm 2032", "Năm 2033"]
    sub = ["STT", "Hạng mục", "Tổng", "Vốn tỉnh", "Vốn xã", "Vốn tỉnh", "Vốn xã"]
    body = [r[:5] for r in BODY]
    assert lost_spans([top, sub, *body]) == [top, sub, *body]
