"""Two shapes of Markdown that html2text writes from a Word or Google Docs file saved as HTML by LibreOffice:
- headings numbered by the outline's list come out as a heading inside an ordered list's item ("  4. # TỔ CHỨC THỰC
  HIỆN", "     1. ## Phòng Quản lý thương mại"): the item's number opens the heading's line, its "#" marks go (the
  responsibilities' bodies were read with "## " before them and lost: G39's Google Docs plan as docx-html-md);
- a union's or a Party's three stars under its name in the header's cell ("**TỈNH ĐOÀN X** *** Số: 118-KH/TĐTN"):
  a mark, no emphasis ("* Số: 118-KH/TĐTN" lost the number: G38's youth union plan as docx-html-md).
Bodies, names and numbers invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import item_headings
from extractors.layout.markdown import strip_emphasis
from pipeline.process import process


@pytest.mark.parametrize("text, expected", [
    # must: a heading in an ordered item, at any indent
    ("  4. # TỔ CHỨC THỰC HIỆN", "  4. TỔ CHỨC THỰC HIỆN"),
    ("     1. ## Phòng Văn hóa - Xã hội", "     1. Phòng Văn hóa - Xã hội"),
    ("2) ### Mục tiêu cụ thể", "2) Mục tiêu cụ thể"),
    # must not: a heading, a numbered line that holds a "#", an item whose text starts with "#1"
    ("## 2. Mục tiêu", "## 2. Mục tiêu"),
    ("3. Tuyển chọn sản phẩm # OCOP", "3. Tuyển chọn sản phẩm # OCOP"),
    ("1. #1 trong khu vực", "1. #1 trong khu vực"),
])
def test_item_headings(text, expected):
    assert item_headings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # must: the stars set apart before the number, or after the name
    ("*** Số: 118-KH/TĐTN-PT", "Số: 118-KH/TĐTN-PT"),
    ("**HUYỆN ĐOÀN TÂN AN** *** Số: 54-KH/HĐTN", "HUYỆN ĐOÀN TÂN AN Số: 54-KH/HĐTN"),
    # must not: bold italics
    ("***Lưu ý:*** các đơn vị", "Lưu ý: các đơn vị"),
])
def test_a_star_mark_is_no_emphasis(text, expected):
    assert strip_emphasis(text) == expected


DOC = """\
**HUYỆN ĐOÀN TÂN AN** *** Số: 54-KH/HĐTN |  **ĐOÀN TNCS HỒ CHÍ MINH**  
Tân An, ngày 04 tháng 3 năm 2027  
---|---  

**KẾ HOẠCH**

**Tổ chức Tháng Thanh niên năm 2027**

  1. # MỤC ĐÍCH, YÊU CẦU

Phát huy vai trò xung kích của đoàn viên, thanh niên.

  2. # NHIỆM VỤ

Tổ chức các công trình thanh niên tại các xã.

  3. # TỔ CHỨC THỰC HIỆN

     1. ## Ban Tuyên giáo Huyện đoàn

Tham mưu nội dung tuyên truyền, tổng hợp kết quả.

     2. ## Văn phòng Huyện đoàn

Bảo đảm kinh phí, cơ sở vật chất.

**TM. BAN THƯỜNG VỤ**  
**BÍ THƯ**  
**Trần Quốc Huy**
"""


def test_a_docx_html_md_plans_number_and_bodies():
    r = process("tan-an.md", DOC.encode()).record.model_dump(mode="json")
    assert r["number"] == "54-KH/HĐTN"
    assert [x["agency"] for x in r["responsibilities"]] == ["Ban Tuyên giáo Huyện đoàn", "Văn phòng Huyện đoàn"]
