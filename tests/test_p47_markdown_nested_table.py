"""A table nested in a pipe table's cell, as html2text writes a Word task table whose partner cell holds a table of
two agencies: the outer row stops at that cell ("3 |  Tập huấn ... |  Sở Nội vụ |    "), the nested table follows as
a table of its own over lines ("|  Hội Nông dân tỉnh" / "---" / "Trường Trung cấp nghề Bắc Sơn"), then, after blank
lines, the outer row's last cells ("Quý III/2029"), then its next rows. The row is put back on one line, the nested
table's cells one under another in its cell (G37's nested partners as docx-html-md: that row's partners and the two
rows after it lost). Bodies and numbers invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import nested_table_rows
from pipeline.process import process

HEAD = """\
**II. NHIỆM VỤ**

TT |  Nhiệm vụ |  Cơ quan chủ trì |  Cơ quan phối hợp |  Thời gian  
---|---|---|---|---  
1 |  Rà soát nhu cầu đào tạo nghề |  Sở Nội vụ |  Ủy ban nhân dân các xã |  Quý I/2029  
"""
BROKEN = """\
2 |  Tập huấn kỹ thuật cho nông dân |  Sở Nông nghiệp và Môi trường |    
|  Hội Nông dân tỉnh  
---  
Trường Trung cấp nghề Bắc Sơn  
  
  


Quý III/2029  
"""
TAIL = """\
3 |  Hỗ trợ vay vốn sản xuất |  Ngân hàng Chính sách xã hội tỉnh |  Sở Tài chính |  Hằng năm  
  
**III. KINH PHÍ**

Kinh phí từ ngân sách tỉnh.
"""


def test_a_row_a_nested_table_broke_is_one_row_again():
    got = nested_table_rows(HEAD + BROKEN + TAIL)
    assert ("2 | Tập huấn kỹ thuật cho nông dân | Sở Nông nghiệp và Môi trường | Hội Nông dân tỉnh<br>Trường Trung "
            "cấp nghề Bắc Sơn | Quý III/2029  \n3 |") in got


def test_its_rows_activities():
    r = process("bac-son.md", (HEAD + BROKEN + TAIL).encode()).record.model_dump(mode="json")
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in r["activities"]] == [
        (["Sở Nội vụ"], ["Ủy ban nhân dân các xã"]),
        (["Sở Nông nghiệp và Môi trường"], ["Hội Nông dân tỉnh", "Trường Trung cấp nghề Bắc Sơn"]),
        (["Ngân hàng Chính sách xã hội tỉnh"], ["Sở Tài chính"])]


@pytest.mark.parametrize("text", [
    # must not: a row with an empty last cell and no nested table after it; a rule that is no nested table's (a
    # thematic break after prose); a nested table whose rest does not make the row's width
    HEAD + "2 |  Tập huấn kỹ thuật |  Sở Nông nghiệp và Môi trường |    \n\nCác xã thực hiện.\n",
    HEAD + "2 |  Tập huấn kỹ thuật |  Sở Nông nghiệp và Môi trường |    \nGhi chú\n---\nKhác\n\n",
    HEAD + BROKEN.replace("Quý III/2029", "Quý III/2029 | Ghi chú | Khác") + TAIL,
    # a total row html2text broke at a spanned cell, a blank line, then text and another table's rule further down
    HEAD + "|  Tổng cộng |  819.450 |    \n|  1.250.000  \n  \n**III. KINH PHÍ**\n\nNơi nhận: | TM. ỦY BAN\n---|---\n"
    "\\- Lưu: VT. | Lê Văn A\n\nPhụ lục kèm theo\n",
])
def test_other_shapes_are_left(text):
    assert nested_table_rows(text) == text
