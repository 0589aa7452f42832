"""A table whose empty cells hold an empty paragraph (a Word table saved as a web page), as
html2text writes it: each such cell ends on a line break, so a row runs over lines of pipes
alone ("I| Quý I|" / "|" / "|"). Those lines are the row's cells, not rows or header rows of their
own, and the next row's line is a row of its own (extractors.layout.text.broken_row_tables).
The tables below are html2text's own output (2025.4.15) of invented Word-style tables."""

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats import read
from extractors.layout.text import read_text
from extractors.segment import outline

# html2text of <tr><td><p>I</p></td><td><p>Quý I</p></td><td><p><br></p></td>... (a group row)
TASKS = ("TT| Nội dung công việc| Đơn vị tham mưu| Đơn vị phối hợp| Thời gian trình  \n---|---|---|---|---  \n"
         "I| Quý I|   \n|   \n|   \n  \n"
         "1| Kế hoạch phát triển nông nghiệp năm 2027| Phòng Kinh tế| Hội Nông dân xã| Tháng 1  \n"
         "2| Kế hoạch phòng, chống dịch bệnh| Trạm Y tế xã| Công an xã| Tháng 2  \n"
         "II| Quý II|   \n|   \n|   \n  \n"
         "3| Báo cáo sơ kết 6 tháng| Văn phòng HĐND và UBND xã| Các ban, ngành| Tháng 6\n")
# html2text of a cost table whose group row's empty cells come before its amount
COSTS = ("TT| Nội dung chi| ĐVT| Số lượng| Đơn giá| Thành tiền  \n---|---|---|---|---|---  \n"
         "I| Tổ chức hội thi|   \n|   \n|   \n| 12.400.000  \n"
         "1| Thuê âm thanh, ánh sáng| Buổi| 2| 3.000.000| 6.000.000  \n"
         "2| Giải thưởng| Giải| 8| 800.000| 6.400.000\n")


def _table(text: str) -> list[list[str]]:
    blocks, _ = read_text("Phụ lục kèm theo.\n\n" + text + "\nHết.\n", markdown=True)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    return [[" ".join(c.split()) for c in row] for row in tables[0].rows]


def test_a_group_rows_empty_cells_stay_in_its_row():
    rows = _table(TASKS)
    assert rows[1][:2] == ["I", "Quý I"] and not any(rows[1][2:])
    # must not: the next task's row glued to the group row's last empty cell
    assert rows[2] == ["1", "Kế hoạch phát triển nông nghiệp năm 2027", "Phòng Kinh tế", "Hội Nông dân xã", "Tháng 1"]
    assert ["II", "Quý II"] == rows[4][:2] and rows[5][0] == "3"
    assert not any(row == [""] for row in rows)  # must not: a line of pipes alone read as a row


def test_a_group_rows_amount_after_its_empty_cells():
    rows = _table(COSTS)
    assert rows[1][0] == "I" and rows[1][1] == "Tổ chức hội thi" and rows[1][-1] == "12.400.000"
    assert rows[2][0] == "1" and rows[2][-1] == "6.000.000"


@pytest.mark.parametrize("code,title,lead", [
    ("1", "Kế hoạch phát triển nông nghiệp năm 2027", ["Phòng Kinh tế"]),
    ("3", "Báo cáo sơ kết 6 tháng", ["Văn phòng HĐND và UBND xã"]),
])
def test_the_tasks_under_such_group_rows(code, title, lead):
    text = ("ỦY BAN NHÂN DÂN XÃ AN LẠC\n\nSố: 05/CTr-UBND\n\nCHƯƠNG TRÌNH\n\nCông tác năm 2027\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm chất lượng.\n\nII. NỘI DUNG\n\n" + TASKS + "\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện.\n")
    doc = build_document(read(text.encode(), "ctr.md"))
    acts = {a["code"]: a for a in extract_activities(doc, outline(doc))}
    assert acts[code]["title"] == title and acts[code]["lead_agencies"] == lead
