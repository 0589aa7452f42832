"""A text's table of contents (a PDF's text, a page's): its title alone on a line ("MỤC LỤC"), then the part headings
again, each with its page at the end after dot leaders or spaces. It is left out: no outline of the document's
(its headings had become the first sections, the bases lost inside the last), no part of the title, and its leader
lines, wider than the body's, no measure of the body's wrap width (round G41's Word plan with a TOC as pdf-layout).
Pure function (extractors.layout.text.table_of_contents_dropped) and whole texts; bodies, names and numbers invented
(round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.layout.text import table_of_contents_dropped
from pipeline.process import process

HEAD = """UBND TỈNH ĐÔNG SƠN
SỞ TƯ PHÁP
Số: 41/KH-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 08 tháng 4 năm 2029
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2029
"""
TOC = """MỤC LỤC
I. MỤC TIÊU ............................................................ 2
1. Mục tiêu chung ...................................................... 2
2. Mục tiêu cụ thể ..................................................... 2
II. TỔ CHỨC THỰC HIỆN ................................................. 3
"""
BODY = """Căn cứ Quyết định số 312/QĐ-UBND ngày 15 tháng 01 năm 2029 của Ủy ban nhân dân tỉnh Đông Sơn;
Sở Tư pháp xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2029 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân.
2. Mục tiêu cụ thể
a) 100% xã, phường có tủ sách pháp luật điện tử;
II. TỔ CHỨC THỰC HIỆN
1. Phòng Phổ biến, giáo dục pháp luật: Chủ trì, tổng hợp kết quả.
2. Văn phòng Sở: Bảo đảm kinh phí.
"""


@pytest.mark.parametrize("toc", [
    TOC,                                                              # must: dot leaders
    TOC.replace(" ....", "    ").replace(".", "").replace("I MỤC", "I. MỤC"),  # must: spaces
    "Mục lục\n\nI. MỤC TIÊU 2\nII. TỔ CHỨC THỰC HIỆN 3\n",            # must: one space, a blank line
    "",                                                               # (no table of contents: read so before too)
])
def test_a_table_of_contents_is_no_outline(toc):
    r = process("ke-hoach.txt", (HEAD + toc + BODY).encode()).record.model_dump(mode="json")
    assert r["title"] == "Phổ biến, giáo dục pháp luật năm 2029"
    assert [b["number"] for b in r["legal_bases"]] == ["312/QĐ-UBND"]
    assert [x["agency"] for x in r["responsibilities"]] == ["Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở"]


@pytest.mark.parametrize("text", [
    # must not: a title "Mục lục" followed by prose; one entry only; an index of annexes by number, no page
    "MỤC LỤC\nCác phụ lục kèm theo Kế hoạch này gồm ba phụ lục.\n",
    "MỤC LỤC\nI. MỤC TIÊU ........ 2\nCăn cứ Luật Phổ biến, giáo dục pháp luật;\n",
    "Danh mục tài liệu\nI. Phụ lục kinh phí\nII. Phụ lục nhiệm vụ\n",
])
def test_other_texts_are_left(text):
    assert table_of_contents_dropped(text) == text


def test_a_pdf_pages_table_of_contents_is_left_out():
    # must: a PDF page's lines (a Word plan printed with its TOC field), the entries' dot leaders run to the margin
    from extractors.layout.paragraphs import assemble
    page = [("line", (276, 347, "MỤC LỤC", True)),
            ("line", (85, 538, "I. MỤC TIÊU.............................................................2")),
            ("line", (98, 538, "1. Mục tiêu chung......................................................2")),
            ("line", (85, 538, "II. TỔ CHỨC THỰC HIỆN................................................3")),
            ("line", (85, 538, "Căn cứ Quyết định số 312/QĐ-UBND ngày 15 tháng 01 năm 2029 của Ủy ban nhân")),
            ("line", (85, 300, "dân tỉnh Đông Sơn;"))]
    assert [b.text for b in assemble([page])] == [
        "Căn cứ Quyết định số 312/QĐ-UBND ngày 15 tháng 01 năm 2029 của Ủy ban nhân dân tỉnh Đông Sơn;"]
    # must not: the title with prose after it
    other = [page[0], page[4], page[5]]
    assert [b.text for b in assemble([other])][0] == "MỤC LỤC"
