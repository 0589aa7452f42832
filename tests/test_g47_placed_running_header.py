"""A PDF printed from Word (or LibreOffice) with a running header on EVERY page, the first too, that names the
document by its number AND its date ("Kế hoạch số 203/KH-UBND ngày 09/9/2028 của UBND tỉnh Nam Hải"), two pages
in all. The repeats' rule (text.edge_furniture) needs three pages; the own-number rule (text.running_number_header)
reads only the pages after the first and takes a line with a date for the body's citation. The PDF reader knows
where each line is set: the same words opening every page at one place (its top and its start) are the running
header, however few the pages (paragraphs.placed_edges); so is a footer closing every page at one place. Dropped,
the header no longer stands between a task table's two parts, which join (its header row repeated on the second
page). Found by hold-out round G47 (a two-page variant of tests/invented/build_g47.py's g47_tinh-namhai); names
invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.paragraphs import assemble, placed_edges
from extractors.layout.words import PlacedLine

RUNNING = "Kế hoạch số 57/KH-UBND ngày 12/5/2027 của UBND tỉnh Đông Sa"


def _line(x0: float, x1: float, text: str, top: float | None) -> tuple[str, PlacedLine]:
    line = PlacedLine((x0, x1, text))
    line.top = top
    return "line", line


def _pages(first: list[tuple[float, float, str, float | None]], last: list[tuple[float, float, str, float | None]]
           ) -> list[list[tuple[str, object]]]:
    """Pages of three lines: each page's given first line, a line of the body, its given last line."""
    return [[_line(*f), _line(85.0, 520.0, f"Nội dung trang {n} của kế hoạch.", 200.0), _line(*l)]
            for n, (f, l) in enumerate(zip(first, last), start=1)]


BODY_END = (85.0, 400.0, "thực hiện.", 700.0)


@pytest.mark.parametrize("first, last, expected", [
    # must: a running header with the number and the date atop both pages of two, at one place
    ([(150.0, 470.0, RUNNING, 40.0), (150.0, 470.0, RUNNING, 40.5)], [BODY_END, (85.0, 300.0, "Lưu: VT.", 520.0)],
     {"Kế hoạch số #/KH-UBND ngày #/#/# của UBND tỉnh Đông Sa"}),
    # must: a header naming the plan by its title alone, no number in it
    ([(200.0, 420.0, "Kế hoạch phát triển du lịch cộng đồng", 36.0)] * 2, [BODY_END, (85.0, 200.0, "b", 500.0)],
     {"Kế hoạch phát triển du lịch cộng đồng"}),
    # must: a footer closing both pages at one place, its page count's digits aside
    ([(85.0, 300.0, "I. MỤC TIÊU", 90.0), (85.0, 300.0, "3. Sở Tài chính", 90.0)],
     [(230.0, 380.0, "Sở Y tế Đông Sa - Tài liệu lưu hành nội bộ 1", 800.0),
      (230.0, 380.0, "Sở Y tế Đông Sa - Tài liệu lưu hành nội bộ 2", 800.0)],
     {"Sở Y tế Đông Sa - Tài liệu lưu hành nội bộ #"}),
])
def test_a_line_at_one_place_on_every_page_is_furniture(first, last, expected):
    assert placed_edges(_pages(first, last)) == expected


@pytest.mark.parametrize("first, last", [
    # must not: one page only
    ([(150.0, 470.0, RUNNING, 40.0)], [BODY_END]),
    # must not: the same words at another height (a body's line that happens to open a page)
    ([(150.0, 470.0, RUNNING, 40.0), (150.0, 470.0, RUNNING, 96.0)], [BODY_END, BODY_END[:3] + (650.0,)]),
    # must not: the same words starting elsewhere (indented as a paragraph's first line)
    ([(150.0, 470.0, RUNNING, 40.0), (121.0, 470.0, RUNNING, 40.0)], [BODY_END, BODY_END[:3] + (650.0,)]),
    # must not: other words on each page
    ([(85.0, 300.0, "I. MỤC TIÊU", 90.0), (85.0, 300.0, "II. NHIỆM VỤ", 90.0)], [BODY_END, BODY_END[:3] + (650.0,)]),
    # must not: two one-page documents in one file, each opening on its issuer in capitals at one place
    ([(90.0, 230.0, "ỦY BAN NHÂN DÂN", 60.0), (90.0, 230.0, "ỦY BAN NHÂN DÂN", 60.0)],
     [BODY_END, BODY_END[:3] + (650.0,)]),
    # must not: lines whose place is unknown
    ([(150.0, 470.0, RUNNING, None), (150.0, 470.0, RUNNING, None)], [BODY_END, BODY_END[:3] + (650.0,)]),
])
def test_other_edge_lines_are_not(first, last):
    assert not placed_edges(_pages(first, last))


HEAD = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]


def _assembled(second_top: float) -> list:
    page_1 = [_line(150.0, 470.0, RUNNING, 40.0), _line(90.0, 230.0, "ỦY BAN NHÂN DÂN", 80.0),
              _line(100.0, 220.0, "Số: 57/KH-UBND", 110.0), _line(85.0, 300.0, "II. NHIỆM VỤ", 300.0),
              ("table", [HEAD, ["1", "Rà soát hộ nghèo", "Sở Nội vụ", "UBND các xã", "Quý I"],
                         ["2", "Hỗ trợ nhà ở cho hộ", "Sở Xây dựng", "Sở Tài chính", "Quý II"]])]
    page_2 = [_line(150.0, 470.0, RUNNING, second_top),
              ("table", [HEAD, ["3", "Tập huấn cán bộ xã", "Sở Nội vụ", "UBND các xã", "Quý III"]]),
              _line(85.0, 300.0, "III. KINH PHÍ", 400.0)]
    return assemble([page_1, page_2])


def test_the_table_goes_on_under_the_header_at_one_place():
    # must: the header dropped from both pages, the table's two parts one table of three tasks
    blocks = _assembled(40.0)
    assert not any(RUNNING in b.text for b in blocks if b.kind == "paragraph")
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and [r[0] for r in tables[0][1:]] == ["1", "2", "3"]


def test_the_same_words_elsewhere_stay():
    # must not: on the second page the line stands lower (a line of the body): kept, the parts apart
    blocks = _assembled(90.0)
    assert any(RUNNING in b.text for b in blocks if b.kind == "paragraph")
