"""A Markdown scrape (html2text) of a Word "Web Page" whose header cell holds the number as Word writes it there,
"Số:&nbsp;&nbsp;214/KH-SGDĐT": html2text keeps the two spaces, and a table row's inner double space is read as a
lost line break (a cell's paragraphs run together). The number's label went on a line of its own, "Số:" over
"214/KH-SGDĐT", and the number was lost (G37's html-md rendition). A gap right after "Số:" is no break; the other
gaps of a header or signature cell still are."""

from __future__ import annotations

import pytest

from extractors.formats import read
from pipeline.process import process

ROW = "**{issuer}****{place}**  {number} | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**Độc lập - Tự do - Hạnh phúc\n---|---\n"
BODY = """
**KẾ HOẠCH**

**Tổ chức Ngày hội đọc sách năm 2028**

Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2028 của Ủy ban nhân dân tỉnh Hòa Sơn;

I. MỤC ĐÍCH, YÊU CẦU

1\\. Nâng cao văn hóa đọc trong học sinh.

| **Nơi nhận:**  \\- UBND tỉnh;  \\- Lưu: VT. | **GIÁM ĐỐC**  **Đinh Văn Lộc** |
---|---
"""


@pytest.mark.parametrize("number, expected", [
    ("Số:  214/KH-SGDĐT", "214/KH-SGDĐT"),
    ("Số :  35/KH-STTTT", "35/KH-STTTT"),
    ("Số:   7/KH-SVHTTDL", "7/KH-SVHTTDL"),
])
def test_the_number_after_its_label_and_a_double_space(number, expected):
    text = ROW.format(issuer="SỞ VĂN HÓA VÀ THỂ THAO", place="TỈNH HÒA SƠN", number=number) + BODY
    record = process("ke-hoach.md", text.encode()).record.model_dump(mode="json")
    assert record["number"] == expected
    assert record["issuer"]["name"] == "Sở Văn hóa và Thể thao tỉnh Hòa Sơn"


@pytest.mark.parametrize("cell, lines", [
    # must not: the other gaps of a header or a closing cell are lost breaks still
    ("**CHỦ TỊCH**  Nguyễn Văn An", ["CHỦ TỊCH", "Nguyễn Văn An"]),
    ("Nơi nhận:  - UBND tỉnh;  - Lưu: VT.", ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."]),
    ("**UBND TỈNH HÒA SƠN**  **SỞ Y TẾ**", ["UBND TỈNH HÒA SƠN", "SỞ Y TẾ"]),
])
def test_other_gaps_still_break_the_cell(cell, lines):
    blocks = read(f"| {cell} | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n---|---\n".encode(), "a.md").blocks
    assert [b.text for b in blocks][:len(lines)] == lines
