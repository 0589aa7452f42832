"""A task table laid out with spaces (a PDF reader's text export, `pdftotext -layout`) whose rows stand a blank line
apart, under its header as well, cut by a page break; the next page opens on the header repeated (Word repeats a
table's heading rows), a blank line under it as on the first page, then the rest of the cut row or the next row.
The header repeated goes (extractors.layout.grid, the text table's page top), the blank line under it too: before,
the reader stopped at that blank and took the header's words for the rest of the cut row ("TT | Nhiệm vụ Hòa Xuân
mở rộng | Cơ quan chủ trì Truyền hình ..."). Found by hold-out round G47 (a three-page variant of
tests/invented/build_g47.py's g47_tinh-hoaxuan); names invented; must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text

WIDTHS = (4, 30, 20, 20, 10)


def _row(*cells: str) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, WIDTHS)).rstrip()


HEAD = _row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
INTRO = ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN", "Số: 41/KH-UBND", "", "KẾ HOẠCH", "Phát triển thể thao năm 2028", "",
         "II. NHIỆM VỤ", "", HEAD, ""]
ROW_1 = [_row("1", "Tổ chức Hội khỏe Phù Đổng tỉnh", "Sở Giáo dục và Đào", "Sở Y tế", "Quý II"),
         _row("", "", "tạo", "", ""), ""]
ROW_2_TOP = [_row("2", "Tổ chức giải bóng chuyền hơi", "Liên đoàn Lao động", "Ủy ban nhân dân các", "Tháng")]
ROW_2_REST = [_row("", "người cao tuổi", "tỉnh", "xã, phường", "9/2028"), ""]
ROW_3 = [_row("3", "Phổ cập bơi cho học sinh", "Sở Giáo dục và Đào", "Tỉnh đoàn", "Hè 2028"),
         _row("", "", "tạo", "", ""), ""]
AFTER = ["III. KINH PHÍ", "Kinh phí từ ngân sách tỉnh."]


def _tables(page_1: list[str], page_2: list[str]) -> list[list[list[str]]]:
    text = "\n".join(page_1 + ["", "1"]) + "\n\f" + "\n".join(page_2 + ["", "2"]) + "\n"
    blocks, _ = read_text(text)
    return [b.rows for b in blocks if b.kind == "table"]


ROW_2 = ["2", "Tổ chức giải bóng chuyền hơi người cao tuổi", "Liên đoàn Lao động tỉnh", "Ủy ban nhân dân các xã, phường",
         "Tháng 9/2028"]


@pytest.mark.parametrize("page_1, page_2, rows", [
    # must: a row cut by the page break, the header repeated and a blank line over its rest
    (INTRO + ROW_1 + ROW_2_TOP, [HEAD, ""] + ROW_2_REST + ROW_3 + AFTER, {1: ROW_2, 2: "3"}),
    # must: the page break between two rows, the header repeated and a blank line over the next row
    (INTRO + ROW_1 + ROW_2_TOP + ROW_2_REST, [HEAD, ""] + ROW_3 + AFTER, {1: ROW_2, 2: "3"}),
    # must not (both): the header repeated with no blank line under it, the rest right after
    (INTRO + ROW_1 + ROW_2_TOP, [HEAD] + ROW_2_REST + ROW_3 + AFTER, {1: ROW_2, 2: "3"}),
])
def test_the_header_repeated_and_its_blank_line_go(page_1, page_2, rows):
    tables = _tables(page_1, page_2)
    assert len(tables) == 1
    body = [r for r in tables[0] if r[0] not in ("TT", "")]
    assert len(body) == 3
    for at, want in rows.items():
        assert (body[at] if isinstance(want, list) else body[at][0]) == want


def test_a_heading_under_a_blank_on_the_next_page_ends_the_table():
    # must not: the table ends with its page; the next page opens on a part's heading and prose, which stay text
    tables = _tables(INTRO + ROW_1 + ROW_2_TOP + ROW_2_REST, ["III. KINH PHÍ", "", "Kinh phí từ ngân sách tỉnh."])
    assert len(tables) == 1 and len(tables[0]) == 3
    assert tables[0][-1] == ROW_2
