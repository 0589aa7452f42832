"""Word's outline numbering ("I." / "1." / "a)") through LibreOffice's HTML and html2text: every
<ol> item comes out "1." whatever its type, and a list broken by paragraphs restarts at "1."
where its `start` was lost. What is left of the outline is the lists' nesting (the indent) and
the headings' case: ordered items at the outermost of two or more indents, all in capitals, are
the Roman sections, numbered by their sequence (extractors.formats.markdown.nested_list_sections)."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import nested_list_sections
from pipeline.process import process

HEAD = """**ỦY BAN NHÂN DÂN** **XÃ PHÚ LỄ BẮC** \\------- Số: 19/KH-UBND |  **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** \\--------------- Phú Lễ Bắc, ngày 11 tháng 3 năm 2027  
---|---  
  
**KẾ HOẠCH**

**Phát triển nghề đan lát truyền thống năm 2027**

Ủy ban nhân dân xã ban hành Kế hoạch như sau:

"""

NESTED = HEAD + """  1. **MỤC ĐÍCH, YÊU CẦU**

     1. **Mục đích**




Bảo tồn nghề đan lát truyền thống.

  1. **NHIỆM VỤ**

     1. **Mở lớp truyền nghề cho thanh niên**




Đơn vị chủ trì: Hội Phụ nữ xã; đơn vị phối hợp: Đoàn Thanh niên xã.

     2. **Xây dựng nhãn hiệu sản phẩm đan lát**




Đơn vị chủ trì: Phòng Kinh tế; đơn vị phối hợp: Hợp tác xã Phú Lễ.

  3. **TỔ CHỨC THỰC HIỆN**

     1. Phòng Kinh tế: Theo dõi, tổng hợp kết quả thực hiện.

     2. Hội Phụ nữ xã: Vận động hội viên tham gia.
"""


def test_the_outer_items_in_capitals_are_roman_sections_in_sequence():
    out = nested_list_sections(NESTED)
    assert "  I. **MỤC ĐÍCH, YÊU CẦU**" in out and "  II. **NHIỆM VỤ**" in out and "  III. **TỔ CHỨC THỰC HIỆN**" in out
    assert "     1. **Mở lớp truyền nghề cho thanh niên**" in out  # the inner items keep their numbers


def test_the_tasks_and_the_responsibilities_of_a_nested_outline():
    rec = process("kh.md", NESTED.encode("utf-8")).dump
    assert [(a["code"], a["title"]) for a in rec["activities"]] == [
        ("1", "Mở lớp truyền nghề cho thanh niên"), ("2", "Xây dựng nhãn hiệu sản phẩm đan lát")]
    assert [r["agency"] for r in rec["responsibilities"]] == ["Phòng Kinh tế", "Hội Phụ nữ xã"]


# must not: outer items not in capitals, a flat list of capitals, one indent only
@pytest.mark.parametrize("text", [
    "  1. **Mục tiêu chung**\n\n     1. Bảo tồn nghề.\n\n  1. **Mục tiêu cụ thể**\n\n     1. Mở 03 lớp.\n",
    "1. **MỤC ĐÍCH**\n\nBảo tồn nghề.\n\n1. **NHIỆM VỤ**\n\nMở 03 lớp.\n",
    "  1. **MỤC ĐÍCH**\n\n  * Bảo tồn nghề.\n\n  1. **NHIỆM VỤ**\n\n  * Mở 03 lớp.\n",
])
def test_other_lists_keep_their_numbers(text):
    assert nested_list_sections(text) == text
