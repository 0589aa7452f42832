"""A portal page whose document sits in one cell of the table that lays the page out, scraped to Markdown by
html2text: the cell's paragraphs come out on one line, a space between them, each one's bold or italic run
marking where it began ("... ngày 12 tháng 5 năm 2028_ **KẾ HOẠCH", "... năm 2028** _Căn cứ ...", "... 2028;_ Ủy
ban ...", "... như sau: **I. MỤC ĐÍCH", "... xã. **2\\. Chỉ tiêu cụ thể**", "... VT. **TM. ỦY BAN NHÂN DÂN");
an italic run over lines a hard break (<br>) ends leaves its delimiters in no line's text ("_Căn cứ ...;  " /
"Thực hiện ...;_"), nor does one in a cell broken by <br> (G39's commune page as html2text writes it: the title,
the bases, the signer and the recipients lost). Bodies, names and numbers invented (round P47); must and must-not
rows."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import cell_paragraphs_apart, italics_over_breaks
from extractors.layout.markdown import strip_emphasis
from pipeline.process import process

PAGE = """\
[Trang chủ](/) | [Văn bản](/van-ban) | [Liên hệ](/lien-he)
| DANH MỤC
---
[Kế hoạch](/van-ban/ke-hoach)
[Trang chủ](/) » [Văn bản](/van-ban)

# Kế hoạch bảo vệ nguồn nước sinh hoạt xã Tân Lộc năm 2028

Ngày đăng: 15/05/2028 | Lượt xem: 97 | Cỡ chữ: A- A+ **ỦY BAN NHÂN DÂN  
XÃ TÂN LỘC**  
\\-------  
Số: 63/KH-UBND **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**  
\\---------------  
_Tân Lộc, ngày 12 tháng 5 năm 2028_ **KẾ HOẠCH  
Bảo vệ nguồn nước sinh hoạt trên địa bàn xã Tân Lộc năm 2028** _Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;  
Thực hiện Kế hoạch số 88/KH-UBND ngày 02 tháng 4 năm 2028 của Ủy ban nhân dân tỉnh Hòa Sơn về bảo vệ tài nguyên nước năm 2028;_ Ủy ban nhân dân xã Tân Lộc xây dựng Kế hoạch bảo vệ nguồn nước sinh hoạt năm 2028 như sau: **I. MỤC TIÊU**  
**1\\. Mục tiêu chung**  
Bảo đảm nguồn nước sinh hoạt sạch, an toàn cho Nhân dân trên địa bàn xã. **2\\. Chỉ tiêu cụ thể**  
\\- 95% hộ gia đình được sử dụng nước sạch theo quy chuẩn;  
\\- 100% giếng khoan bỏ hoang được trám lấp. **II. TỔ CHỨC THỰC HIỆN**  
**1\\. Công chức Nông nghiệp - Môi trường:** Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.  
**2\\. Trạm Y tế xã:** Giám sát chất lượng nước sinh hoạt. **_Nơi nhận:_**  
\\- UBND tỉnh Hòa Sơn (b/c);  
\\- Lưu: VT. **TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH**  
  
**Đinh Văn Khoa** Tập tin đính kèm: [KH63.pdf](/Uploads/KH63.pdf) (120 KB)
"""


def record() -> dict:
    return process("tan-loc.md", PAGE.encode()).record.model_dump(mode="json")


def test_a_layout_cells_paragraphs_are_read_apart():
    r = record()
    assert r["title"] == "Bảo vệ nguồn nước sinh hoạt trên địa bàn xã Tân Lộc năm 2028"
    assert (r["number"], r["issued_date"], r["signer"]["name"]) == ("63/KH-UBND", "2028-05-12", "Đinh Văn Khoa")
    assert [b["number"] for b in r["legal_bases"]] == [None, "88/KH-UBND"]
    assert [t["value"] for o in r["objectives"] if o["kind"] == "specific" for t in o["targets"]] == [95.0, 100.0]
    assert r["recipients"] == ["UBND tỉnh Hòa Sơn", "Lưu: VT"]


@pytest.mark.parametrize("text, apart", [
    # must: three paragraphs or more run together on a line
    ("x_ **KẾ HOẠCH  \nY** _Căn cứ Luật A;_ Ủy ban nhân dân xã như sau: **I. MỤC TIÊU**", True),
    # must not: a bold run after a sentence, or a label's bold value, fewer than three times
    ("Các xã thực hiện. **Sở Y tế** hướng dẫn. Chủ trì: **Sở Tài chính**", False),
    ("**Chủ trì:** Sở Y tế; **Phối hợp:** Sở Tài chính.", False),
    ("* **Chủ trì:** Sở Y tế; **Phối hợp:** Sở Tài chính; **Thời gian:** Quý II.\n\n"
     "* **Chủ trì:** Sở Nội vụ. **Phối hợp:** Công an tỉnh; **Thời gian:** Quý III.", False),
])
def test_cell_paragraphs_apart(text, apart):
    assert (cell_paragraphs_apart(text) != text) is apart


@pytest.mark.parametrize("text, expected", [
    # must: an italic run over a hard break
    ("_Căn cứ Luật A;  \nThực hiện Kế hoạch B;_\nsau", "Căn cứ Luật A;  \nThực hiện Kế hoạch B;\nsau"),
    # must not: a word-segmented text's joints, a run on one line (read as before), no hard break
    ("Kế_hoạch số 5  \ncủa Ủy_ban", "Kế_hoạch số 5  \ncủa Ủy_ban"),
    ("_Căn cứ Luật A;_  \nsau", "_Căn cứ Luật A;_  \nsau"),
    ("_Căn cứ Luật A;\nThực hiện B;_", "_Căn cứ Luật A;\nThực hiện B;_"),
])
def test_italics_over_breaks(text, expected):
    assert italics_over_breaks(text) == expected


@pytest.mark.parametrize("cell, expected", [
    # must: a cell's italic paragraph broken by <br>
    ("_Tân Lộc,\nngày 12 tháng 5 năm 2028_", "Tân Lộc,\nngày 12 tháng 5 năm 2028"),
    ("_Hòa Sơn, ngày 3 tháng 2 năm 2027_", "Hòa Sơn, ngày 3 tháng 2 năm 2027"),  # (one line: read so before too)
    # must not: a word-segmented cell
    ("Ủy_ban nhân_dân\nxã Tân_Lộc", "Ủy_ban nhân_dân\nxã Tân_Lộc"),
])
def test_a_cells_italics_over_its_breaks(cell, expected):
    assert strip_emphasis(cell) == expected
