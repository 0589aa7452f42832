"""An indicator table of one amount column printed with padded cells, round R23 (G21's Sở's plan of indicators
by field, .html printed to PDF, pdftotext -layout: objectives 3/14/5, targets 0/3/3):

                                                    Kế hoạch
    TT                Chỉ tiêu               ĐVT                   Đơn vị chủ trì
                                                    năm 2013

    I     Lĩnh vực môi trường

          Tỷ lệ chất thải rắn đô thị được                      Chi cục Bảo vệ môi
    1                                        %     85
          thu gom                                              trường

A row's code and its one amount stand on its middle line, its label's and its lead's lines above and below:
`grid.is_data_line` wants two amounts on a line, and the padded table's reader (`_padded_table_at`, a task
table's: a header block, rows a block each, a code at the margin on one of its lines) wanted two headings that
name a task table's columns ("Nội dung", "Đơn vị", ...). An indicator table's headings name its columns too:
"Chỉ tiêu", "ĐVT" / "Đơn vị tính", "Kế hoạch ...", "Mục tiêu" count (grid.INDICATOR_HEADING). (With two of a
task table's headings, "Đơn vị tính" and "Cơ quan theo dõi", such a table was read before.)

Must-not rows: a header block with one such heading only, or none (prose, a list with a number at the margin),
reads no table. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout import grid
from extractors.layout.text import segments


def line(*cells: tuple[int, str]) -> str:
    out = ""
    for x, text in cells:
        out = out.ljust(x) + text
    return out


HEAD = [line((50, "Mục tiêu")),
        line((0, "STT"), (16, "Chỉ tiêu"), (40, "ĐVT"), (62, "Cơ quan theo dõi")),
        line((50, "năm 2032"))]
BODY = [
    "",
    line((0, "I"), (6, "Lĩnh vực giáo dục")),
    "",
    line((6, "Tỷ lệ trường mầm non đạt"), (62, "Phòng Giáo dục và")),
    line((0, "1"), (40, "%"), (53, "72")),
    line((6, "chuẩn quốc gia"), (62, "Đào tạo")),
    "",
    line((6, "Số thư viện xã được đầu"), (62, "Trung tâm Văn hóa")),
    line((0, "2"), (40, "thư viện"), (53, "9")),
    line((6, "tư trang thiết bị"), (62, "thị xã")),
    "",
    line((0, "II. NHIỆM VỤ")),
]


def read(head: list[str]) -> list[list[str]]:
    text = ["2. Chỉ tiêu cụ thể", "", *head, *BODY]
    segs = [segments(x) if "  " in x else ([(float(len(x) - len(x.lstrip())), float(len(x.rstrip())), x.strip())]
                                           if x.strip() else []) for x in text]
    found = grid.find_text_tables(segs, [1] * len(text))
    return found[0].rows if found else []


def test_indicator_table_of_one_amount_column():
    rows = read(HEAD)
    assert rows[0] == ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu năm 2032", "Cơ quan theo dõi"]
    assert rows[1] == ["I", "Lĩnh vực giáo dục", "", "", ""]
    assert rows[2] == ["1", "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", "72", "Phòng Giáo dục và Đào tạo"]
    assert rows[3] == ["2", "Số thư viện xã được đầu tư trang thiết bị", "thư viện", "9", "Trung tâm Văn hóa thị xã"]


@pytest.mark.parametrize("head", [
    # one heading that names a column ("Chỉ tiêu"), the others not
    [line((50, "Giai đoạn")), line((0, "STT"), (16, "Chỉ tiêu"), (36, "Số lượng"), (62, "Ghi rõ")),
     line((50, "năm 2032"))],
    # no heading at all: a paragraph's lines
    [line((0, "STT"), (16, "Năm 2031"), (36, "Năm 2032"), (62, "Năm 2033"))],
])
def test_no_table_without_headings(head):
    assert read(head) == []
