"""A table typed with tabs whose row's long cell fills its line (round T71, read from G69's
text plan printed to PDF by LibreOffice).

"2 <tab> Tuyên truyền ... trên hệ thống loa truyền thanh" fills the printed line; the row's next
cells go on at the next line's first stop ("Công chức Văn hóa - Xã hội <tab> Đoàn Thanh niên
phường <tab> Cả năm"). Neither line is a tab row of three cells alone, and two such lines in
a row ended the table's run (extractors/layout/tab_stops.py find_tab_tables): the table was
read as lines, then as two columns, its rows scrambled. A line a row wraps over into three
cells or more now bridges the run (`_bridged`).

Words placed here as LibreOffice places them (Word's stops every 36 pt from a margin of 90):
other words, bodies and dates than the round's document."""

from __future__ import annotations

import math

import pytest

from extractors.layout import tab_stops, words as layout_words

LEFT, STOP, CHAR, SPACE = 90.0, 36.0, 6.2, 3.5
RIGHT = 515.0


def _line(top: float, cells: list[str | None]) -> list[dict]:
    """Words of `cells` typed a tab apart (None first: the line starts with a tab), each letter
    CHAR wide, a plain space SPACE wide: a cell starts at the first stop after the cell before."""
    out, x = [], LEFT
    for n, text in enumerate(cells):
        if n:
            x = LEFT + (math.floor((x - (SPACE if x > LEFT else 0) - LEFT) / STOP) + 1) * STOP
        if text is None:
            continue
        for word in text.split():
            w = len(word) * CHAR
            out.append({"text": word, "x0": x, "x1": x + w, "top": top, "bottom": top + 11, "upright": True})
            x += w + SPACE
    return out


def _lines(rows: list[list[str | None]]) -> list[list[dict]]:
    return [_line(70 + 15 * n, cells) for n, cells in enumerate(rows)]


HEAD = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
HEAD4 = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]

MUST = [
    ("the middle row's long cell fills its line, its two other cells on the next line from the first stop",
     [HEAD4,
      ["1", "Rà soát hộ nghèo cuối năm", "Phòng Lao động", "Quý I/2028"],
      ["2", "Vận động nhân dân tham gia tổng vệ sinh đường làng ngõ xóm mỗi tuần"],
      [None, "Mặt trận Tổ quốc xã", "Hằng tháng"],
      ["3", "Sơ kết sáu tháng", "Văn phòng", "Tháng 7/2028"]],
     ["2", "Vận động nhân dân tham gia tổng vệ sinh đường làng ngõ xóm mỗi tuần", "Mặt trận Tổ quốc xã",
      "Hằng tháng"]),
    ("two rows wrapped so, one after the other",
     [HEAD4,
      ["1", "Kiểm tra các cơ sở chế biến thủy sản ven biển trên địa bàn xã đảo"],
      [None, "Đội Quản lý thị trường", "Quý III"],
      ["2", "Tập huấn phòng chống thiên tai cho các tổ xung kích ở các thôn"],
      [None, "Ban Chỉ huy Quân sự", "Tháng 5/2028"],
      ["3", "Tổng kết năm", "Văn phòng", "Tháng 12"]],
     ["2", "Tập huấn phòng chống thiên tai cho các tổ xung kích ở các thôn", "Ban Chỉ huy Quân sự", "Tháng 5/2028"]),
    ("five columns, the line the row wrapped to holding two cells only",
     [HEAD,
      ["1", "Rà soát hộ nghèo cuối năm", "Phòng Lao động", "UBND các xã", "Quý I/2028"],
      ["2", "Tuyên truyền phòng chống dịch bệnh trên hệ thống loa truyền thanh"],
      [None, "Công chức Văn hóa - Xã hội", "Đoàn Thanh niên phường Cả năm"],
      ["3", "Sơ kết sáu tháng", "Văn phòng", "Các ngành", "Tháng 7/2028"]],
     ["2", "Tuyên truyền phòng chống dịch bệnh trên hệ thống loa truyền thanh", "Công chức Văn hóa - Xã hội",
      "Đoàn Thanh niên phường Cả năm", ""]),
]


@pytest.mark.parametrize("name,rows,want", MUST, ids=[m[0] for m in MUST])
def test_a_row_wrapped_whole_keeps_the_table(name, rows, want):
    tables = tab_stops.find_tab_tables(_lines(rows))
    assert len(tables) == 1 and want in tables[0].rows
    assert len(tables[0].rows) == sum(1 for r in rows if r[0] is not None)


MUST_NOT = [
    ("two tab rows and a long paragraph after them: no table (too few rows)",
     [HEAD,
      ["1", "Rà soát hộ nghèo cuối năm", "Phòng Lao động", "UBND các xã", "Quý I/2028"],
      ["Kinh phí thực hiện do ngân sách xã bảo đảm theo phân cấp hiện hành của"],
      [None, "tỉnh và các nguồn", "huy động hợp pháp", "khác"]]),
    ("numbered paragraphs whose next lines are indented: no table",
     [["1. Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm triển khai kế"],
      [None, "hoạch", "Phòng Nội vụ", "theo dõi"],
      ["2. Văn phòng tổng hợp báo cáo kết quả thực hiện theo quý và cả năm"],
      [None, "Phòng Tài chính", "bảo đảm", "kinh phí"]]),
]


@pytest.mark.parametrize("name,rows", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_lines_that_are_no_wrapped_row_make_no_table(name, rows):
    assert tab_stops.find_tab_tables(_lines(rows)) == []


def test_the_page_reads_the_table_as_rows():
    items = layout_words.line_items(_lines(MUST[0][1]))
    tables = [payload for kind, payload in items if kind == "table"]
    assert tables and MUST[0][2] in tables[0][1]
