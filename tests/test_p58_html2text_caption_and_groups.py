"""A web page's table scraped by html2text: its <caption> written on the header row's line before the first column's
heading ("Bảng 1. Phân công nhiệm vụ TT| Nhiệm vụ| ..."), and its group rows merged across the table written as their
code and name in sentence case with no pipe ("A. Công tác tuyên truyền, giáo dục"). The caption is a paragraph before
the table (extractors/formats/markdown.py captions_apart), the group line a row of its own (extractors/layout/text.py
_group_row_line), so that the table's first heading and its first rows are read.

Must-not rows: a line that opens with "Bảng" but holds no heading before its first pipe, a caption line with no rule
under it (no table), prose that mentions a table. Names invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.formats.base import read
from extractors.formats.markdown import captions_apart
from extractors.segment import outline

RULE = "---|---|---"


@pytest.mark.parametrize("line, out", [
    # must: the caption apart, the first heading kept
    ("Bảng 1. Phân công nhiệm vụ TT| Nhiệm vụ| Thời gian", "Bảng 1. Phân công nhiệm vụ\n\nTT| Nhiệm vụ| Thời gian"),
    ("Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng) Nội dung| Tổng số| Ngân sách tỉnh",
     "Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng)\n\nNội dung| Tổng số| Ngân sách tỉnh"),
    ("Biểu số 03. Chỉ tiêu chủ yếu STT| Chỉ tiêu| Năm 2029", "Biểu số 03. Chỉ tiêu chủ yếu\n\nSTT| Chỉ tiêu| Năm 2029"),
    # must not: no first column's heading before the first pipe
    ("Bảng 3 kèm theo| Nhiệm vụ| Thời gian", "Bảng 3 kèm theo| Nhiệm vụ| Thời gian"),
])
def test_a_caption_on_the_header_line(line, out):
    assert captions_apart(f"{line}\n{RULE}\n1| a| b") == f"{out}\n{RULE}\n1| a| b"


def test_no_rule_no_table():
    # must not: a caption line with pipes but no rule under it, prose naming a table
    text = "Bảng 1. Phân công nhiệm vụ TT| Nhiệm vụ\nCác nhiệm vụ tại Bảng 1 dưới đây TT."
    assert captions_apart(text) == text


PAGE = """ỦY BAN NHÂN DÂN TỈNH HÒA BẮC

**SỞ XÂY DỰNG**

Số: 77/KH-SXD

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

_Hòa Bắc, ngày 12 tháng 1 năm 2030_

**KẾ HOẠCH**

**Bảo đảm trật tự an toàn giao thông năm 2030**

**I. NHIỆM VỤ CỤ THỂ**

Bảng 1. Phân công nhiệm vụ TT| Nhiệm vụ| Cơ quan chủ trì| Cơ quan phối hợp| Thời gian  
---|---|---|---|---  
A. Công tác tuyên truyền  
1| Tuyên truyền pháp luật về giao thông| Sở Văn hóa, Thể thao và Du lịch| Báo Hòa Bắc| Cả năm  
2| Giáo dục an toàn giao thông trong trường học| Sở Giáo dục và Đào tạo| Đoàn Thanh niên tỉnh| Quý III  
B. Công tác bảo đảm hạ tầng  
3| Xử lý điểm đen tai nạn giao thông| Sở Xây dựng| Công an tỉnh| Quý II  

**II. TỔ CHỨC THỰC HIỆN**

Các sở, ngành triển khai thực hiện./.
"""


def test_a_scraped_table_with_a_caption_and_group_lines():
    doc = build_document(read(PAGE.encode(), "page.md"))
    got = [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]
    assert got == [("1", ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo Hòa Bắc"]),
                   ("2", ["Sở Giáo dục và Đào tạo"], ["Đoàn Thanh niên tỉnh"]),
                   ("3", ["Sở Xây dựng"], ["Công an tỉnh"])]
