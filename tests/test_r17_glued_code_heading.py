"""A table's code heading one space from the next heading, round R17 (older plans' tables with a narrow code
column, Word to PDF, read by `pdftotext -layout`: a commune's budget table 20/20/28, a district's task table
34/35/42):

    TT Nội dung chi                        Dự toán     Ghi chú
                                           năm 2026
         Tổng chi ngân sách xã             6.842.500
    1    Chi đầu tư phát triển             1.250.000   Nhà văn hóa
                                                       thôn 3

`grid.find_text_tables` looks for a header line whose first segment is a code heading ("TT", "STT"); here
pdftotext set "TT Nội dung chi" as one segment, so no table was found and the rows were read as prose.
`_glued_code_head` cuts a code heading followed by a column heading (TEXT_HEADING) off the first segment. And a
line under the header holding an amount in thousands groups, its label opening with a capital, is no heading
line: it is a row with no code (the total above the first coded row), not part of the header.

Must-not rows: "TT" followed by no column heading ("TT Huyện ủy, TT HĐND huyện" in a recipients list), a
heading line with no amount under the header. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.layout.text import read_text


def _tables(text: str) -> list[list[list[str]]]:
    blocks, _ = read_text(text)
    return [b.rows for b in blocks if b.rows]


BUDGET = """\
II. DỰ TOÁN CHI NGÂN SÁCH XÃ NĂM 2027
Đơn vị tính: nghìn đồng
TT Nội dung chi                        Dự toán     Ghi chú
                                       năm 2027
     Tổng chi ngân sách xã             4.315.200
1    Chi đầu tư phát triển             915.000     Đường giao
                                                   thông thôn 5
2    Chi thường xuyên                  3.320.200
a    Chi quản lý hành chính            2.410.000
b    Chi sự nghiệp y tế, dân số        910.200
3    Dự phòng ngân sách xã             80.000
III. TỔ CHỨC THỰC HIỆN
"""

TASKS = """\
STT Nội dung công việc         Cơ quan      Cơ quan phối    Thời
                               chủ trì      hợp             gian
1    Lập phương án phòng,      Phòng Nông   Ủy ban nhân     Quý
     chống lụt bão             nghiệp       dân các xã      I/2027
2    Diễn tập cứu hộ tại       Ban Chỉ      Công an         Tháng
     xã Tân Khê                huy Quân     huyện           6/2027
                               sự huyện
"""


def test_budget_table_with_glued_code_heading():
    tables = _tables(BUDGET)
    assert len(tables) == 1
    rows = tables[0]
    assert rows[0] == ["TT", "Nội dung chi", "Dự toán năm 2027", "Ghi chú"]
    assert rows[1] == ["", "Tổng chi ngân sách xã", "4.315.200", ""]
    assert ["1", "Chi đầu tư phát triển", "915.000", "Đường giao thông thôn 5"] in rows
    assert ["3", "Dự phòng ngân sách xã", "80.000", ""] in rows


def test_task_table_with_glued_code_heading():
    tables = _tables(TASKS)
    assert len(tables) == 1
    rows = tables[0]
    assert rows[0][:2] == ["STT", "Nội dung công việc"]
    assert rows[1][:3] == ["1", "Lập phương án phòng, chống lụt bão", "Phòng Nông nghiệp"]
    assert rows[2][:3] == ["2", "Diễn tập cứu hộ tại xã Tân Khê", "Ban Chỉ huy Quân sự huyện"]


@pytest.mark.parametrize("text", [
    # "TT" before no column heading: a recipients list
    "Nơi nhận:                             TM. ỦY BAN NHÂN DÂN\n"
    "- TT Huyện ủy, TT HĐND huyện;               CHỦ TỊCH\n"
    "TT Huyện ủy, TT HĐND huyện;     Ban Tổ chức     Thời gian\n"
    "- Lưu: VT.\n",
])
def test_no_table_without_a_column_heading(text):
    assert _tables(text) == []


def test_heading_line_without_amount_stays_in_the_header():
    rows = _tables(BUDGET.replace("     Tổng chi ngân sách xã             4.315.200\n",
                                  "                                       (1.000 đồng)\n"))[0]
    assert rows[0][2] == "Dự toán năm 2027 (1.000 đồng)"
    assert rows[1][0] == "1"
