"""A text copied out of a page a browser printed, its form feeds lost: the print's running header and footer on every
page (the date and time before the page's title, "12/6/29, 6:19 AM Kế hoạch số 58/KH-UBND ...", and the page's
address before its count, "file:///D:/van-ban/kh-58.html 1/3"), and page numbers with the pages' count ("Trang 2/3")
on pages of uneven lengths: all are the pages' furniture, out of the text (extractors/layout/text.py
page_number_lines, _print_chrome), so that none of them stands between a table's header and its rows.

Must-not rows: a line that opens with a date and a time met once (a schedule's row) stays; two stamps that differ
stay; page counts that skip a page stay. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import page_number_lines

STAMP = "12/6/29, 6:19 AM Kế hoạch số 58/KH-UBND tỉnh Đông Xuyên"
ADDRESS = "file:///D:/van-ban/kh-58-ubnd.html"


def _page(n: int, lines: int) -> list[str]:
    return [STAMP] + [f"Nội dung dòng {n}.{k} của kế hoạch" for k in range(lines)] + [f"{ADDRESS} {n}/3"]


def test_a_browsers_stamp_and_address_on_every_page():
    lines = _page(1, 30) + _page(2, 12) + _page(3, 20)
    out = page_number_lines(lines)
    assert {k for k, line in enumerate(lines) if line == STAMP or line.startswith(ADDRESS)} == out


@pytest.mark.parametrize("lengths", [(30, 8, 22), (5, 40, 3)])
def test_page_counts_of_uneven_pages(lengths):
    lines: list[str] = []
    for n, count in enumerate(lengths, start=1):
        lines += [f"Dòng {n}.{k} của văn bản" for k in range(count)] + [f"Trang {n}/3"]
    assert page_number_lines(lines) == {k for k, line in enumerate(lines) if line.startswith("Trang")}


@pytest.mark.parametrize("lines", [
    # must not: a schedule's row that opens with a date and a time, once
    ["Lịch tổ chức hội nghị", "15/3/2029, 08:00 Khai mạc hội nghị", "Nội dung chính của hội nghị"],
    # must not: two stamps that differ (two prints' lines, not one print's furniture)
    ["12/6/29, 6:19 AM Kế hoạch số 58", "Nội dung", "13/6/29, 7:02 AM Kế hoạch số 58", "Nội dung"],
    # must not: page counts that skip a page
    ["Dòng 1", "Trang 1/4", "Dòng 2", "Trang 3/4"],
])
def test_look_alikes_stay(lines):
    assert page_number_lines(lines) == set()
