"""Portal pages turned to Markdown by html2text, their document header and signature set in
layout tables:

- a cell's block elements (<div>s) come out on one line, their breaks lost: "ỦY BAN NHÂN
  DÂNXÃ TÂN LẬP\\-------", "Nơi nhận:\\- UBND huyện;\\- Lưu: VT.", "CHỦ TỊCH  Lò Văn Pấng";
  the breaks are put back (extractors.formats.markdown.lost_cell_breaks);
- a header table nested in the page's layout table follows the menu line with no blank line
  between, and its first row opens on the outer table's pipe;
- a second header table (an appendix's) opens after empty break lines ("  ").
"""

from __future__ import annotations

import pytest

from extractors.formats.markdown import lost_cell_breaks, read
from pipeline.process import process

RULE = "---|---  \n"


@pytest.mark.parametrize("glued,restored", [
    ("| ỦY BAN NHÂN DÂNXÃ TÂN LẬP\\------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc  ",
     "| ỦY BAN NHÂN DÂN<br>XÃ TÂN LẬP<br>\\------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc  "),
    ("Nơi nhận:\\- UBND huyện (b/c);\\- Lưu: VT. | TM. ỦY BAN NHÂN DÂNCHỦ TỊCH  Lò Văn Pấng  ",
     "Nơi nhận:<br>\\- UBND huyện (b/c);<br>\\- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br>Lò Văn Pấng  "),
    ("SỞ Y TẾ TỈNH ĐIỆN BIÊNPHÒNG NGHIỆP VỤ | Số: 12/KH-SYT  ", "SỞ Y TẾ TỈNH ĐIỆN BIÊN<br>PHÒNG NGHIỆP VỤ | Số: 12/KH-SYT  "),
])
def test_breaks_lost_in_a_cell_are_put_back(glued, restored):
    assert lost_cell_breaks(glued + "\n" + RULE) == restored + "\n" + RULE


@pytest.mark.parametrize("line", [
    "1 | Hỗ trợ sản phẩm OCOP | UBND các xã | VNPT tỉnh  ",   # acronyms
    "2 | Tập huấn CNTT cho cán bộ UBND, HĐND | Sở TTTT | Quý II  ",
    "3 | Xây dựng TRƯỜNG học | Phòng GDĐT | Năm 2026  ",        # syllables in capitals
    "4 | Nâng cấp đường giao thông nông thôn | Ban QLDA | 2026-2027  ",
    "5 | Kinh phí - 120 triệu đồng | Sở Tài chính | Quý III  ",  # a dash that is not escaped
])
def test_a_row_with_nothing_lost_stays(line):
    assert lost_cell_breaks(line + "\n" + RULE) == line + "\n" + RULE


def test_a_text_without_an_html2text_table_is_left_as_it_is():
    text = "ỦY BAN NHÂN DÂNXÃ TÂN LẬP | x\nNơi nhận:\\- UBND huyện\n"
    assert lost_cell_breaks(text) is text


PAGE = """**CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ**  
---  
[Trang chủ](/) | [Tin tức](/tin) | [Văn bản](/vb)  
| **ỦY BAN NHÂN DÂN  
HUYỆN MƯỜNG NHÉ**  
\\--------  
Số: 318/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**  
_Mường Nhé, ngày 09 tháng 6 năm 2026_  
---|---  
  

**KẾ HOẠCH**  
**Phòng, chống cháy rừng mùa khô năm 2026**

Căn cứ Luật Lâm nghiệp ngày 15/11/2017;  
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:  
1\\. Hạt Kiểm lâm chủ trì tuần tra rừng.  

**_Nơi nhận:_**  
\\- UBND tỉnh (b/c);  
\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH**  
  
**Giàng A Dính**  
---|---  
  
  
**ỦY BAN NHÂN DÂN  
HUYỆN MƯỜNG NHÉ**  
\\-------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**  
---|---  
  
**PHỤ LỤC**
"""


def test_a_header_table_nested_under_a_menu_gives_the_issuer():
    rec = process("kh.md", PAGE.encode("utf-8")).dump
    assert rec["issuer"]["name"] == "Ủy ban nhân dân huyện Mường Nhé"
    assert rec["number"] == "318/KH-UBND" and rec["issued_date"] == "2026-06-09"


def test_a_header_table_after_break_lines_is_a_table():
    texts = [b.text for b in read(PAGE.encode("utf-8"), "kh.md").blocks if b.text]
    tail = texts[texts.index("Giàng A Dính"):]
    assert tail[:5] == ["Giàng A Dính", "ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG NHÉ", "--------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert not any("|" in t for t in tail)
    rec = process("kh.md", PAGE.encode("utf-8")).dump
    assert rec["recipients"] == ["UBND tỉnh", "Lưu: VT"]
    assert rec["signer"]["name"] == "Giàng A Dính"


def test_the_menu_line_stays_a_line():
    texts = [b.text for b in read(PAGE.encode("utf-8"), "kh.md").blocks if b.text]
    assert "Trang chủ | Tin tức | Văn bản" in texts


GLUED = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP

[Trang chủ](/) | [Văn bản](/van-ban)

| ỦY BAN NHÂN DÂNXÃ TÂN LẬP\\------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\\---------------  
---|---  
Số: 27/KH-UBND | Tân Lập, ngày 04 tháng 8 năm 2026  
  
KẾ HOẠCH

Tổ chức Tết Trung thu cho thiếu nhi năm 2026

I. MỤC TIÊU

\\- 100% thiếu nhi trên địa bàn xã được vui Tết Trung thu.

Nơi nhận:\\- UBND huyện (b/c);\\- Các thôn;\\- Lưu: VT. | TM. ỦY BAN NHÂN DÂNCHỦ TỊCH  Lò Văn Pấng  
---|---  
"""


def test_a_portal_page_whose_cells_lost_their_breaks_gives_its_header_and_signer():
    rec = process("kh.md", GLUED.encode("utf-8")).dump
    assert rec["issuer"]["name"] == "Ủy ban nhân dân xã Tân Lập" and rec["issuer"]["level"] == "commune"
    assert rec["signer"]["name"] == "Lò Văn Pấng" and rec["signer"]["title"] == "Chủ tịch"
    assert rec["recipients"] == ["UBND huyện", "Các thôn", "Lưu: VT"]
