"""A table flattened a cell a line (round L6, tests/renditions/converters.py readability-md: a
crawler's readability text keeps no tables, each cell's text on a line of its own): read back as
a table where an ordinal heading ("STT", "TT") alone on a line is followed by short heading lines
and by rows that open with the next row number and hold as many lines as the headings."""

from __future__ import annotations

import pytest

from extractors.layout.cell_lines import tables_from_cell_lines
from pipeline.process import process

TARGETS = ["TT", "Chỉ tiêu", "ĐVT", "Năm 2027", "Năm 2028",
           "1", "Tỷ lệ hộ dân dùng nước sạch", "%", "82", "88",
           "2", "Số xã đạt chuẩn nông thôn mới", "Xã", "14", "17"]
DOC = ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\nSố: 44/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\nMường Tè, ngày 03 tháng 3 năm 2027\n\nKẾ HOẠCH\n\nNước sạch nông thôn 2027 - 2028\n\n"
       "I. MỤC TIÊU\n\nCác chỉ tiêu chủ yếu như sau:\n\n{table}\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
       "Phòng Nông nghiệp chủ trì thực hiện.\n")


def test_targets_of_a_flattened_table():
    record = process("plan.md", DOC.format(table="\n".join(TARGETS)).encode("utf-8")).record
    values = sorted(t.value for o in record.objectives for t in o.targets)
    assert 88.0 in values and 17.0 in values


# (why, lines, the rows read, None when the text is left as it is)
ROWS = [
    ("must: a targets table", TARGETS, 3),
    ("must: a task table, STT heading", ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "1", "Khảo sát hiện trạng",
                                          "Phòng Kinh tế", "Các xã", "2", "Lập dự án", "Ban Quản lý dự án", "Phòng Tài chính"], 3),
    ("must: a row's value is the next row's number", TARGETS[:5] + ["1", "Số trạm cấp nước mới", "Trạm", "1", "2"]
     + TARGETS[10:], 3),
    ("must not: one row only", TARGETS[:10], None),
    ("must not: a row with an empty cell lost (the next number inside it)",
     TARGETS[:5] + ["1", "Tỷ lệ hộ", "%", "82", "2", "Số xã", "Xã", "14", "17", "Phòng Nông nghiệp chủ trì."], None),
    ("must not: a numbered list under an STT line", ["STT", "1", "Khảo sát", "2", "Lập dự án"], None),
    ("must not: prose", ["TT", "Trung tâm Y tế huyện phối hợp tổ chức tập huấn cho cán bộ y tế thôn bản trên địa bàn",
                         "1", "Khảo sát"], None),
]


@pytest.mark.parametrize("why,lines,rows", ROWS, ids=[r[0] for r in ROWS])
def test_tables_from_cell_lines(why, lines, rows):
    text = "Các chỉ tiêu như sau:\n" + "\n".join(lines) + "\n\nII. TỔ CHỨC THỰC HIỆN\n"
    out = tables_from_cell_lines(text)
    piped = [line for line in out.split("\n") if line.startswith("| ")]
    if rows is None:
        assert out == text
    else:
        assert len(piped) == rows
