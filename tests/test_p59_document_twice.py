"""A scraped page's text holding its document twice: the copy shown and a print copy (a hidden <div>, an inert
<template>) one after the other, the page's source spacing them apart differently (blank lines in one copy that the
other has not). The second copy is left out as one spaced alike was (extractors/layout/text.py
repeated_copy_dropped), so that each objective, task and amount is read once (read through the text reader,
extractors/formats/text.py).

Must-not rows: two documents on one page (two plans of one issuer) are both kept; a header quoted alone (an issuer's
lines and the motto again, the body not repeated) is kept; a text with one motto is unchanged. Names and numbers
invented."""

from __future__ import annotations

from extractors.formats.text import read
from extractors.layout.text import repeated_copy_dropped as without_second_copy

DOC = """UBND TỈNH NAM SƠN
SỞ Y TẾ
Số: 54/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày 12 tháng 4 năm 2028
KẾ HOẠCH
Tiêm chủng mở rộng năm 2028
Căn cứ Quyết định số 120/QĐ-UBND ngày 10/01/2028 của UBND tỉnh Nam Sơn;
I. MỤC TIÊU
- 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ;
II. NHIỆM VỤ
1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm chủng tại các xã.
III. KINH PHÍ
Tổng kinh phí thực hiện là 850 triệu đồng từ ngân sách tỉnh.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hà Minh Tuấn"""


def test_a_document_given_twice_is_read_once():
    page = "Trang chủ | Văn bản\n\n" + DOC + "\n\n\n" + DOC.replace("\n", "\n\n") + "\nÝ kiến bạn đọc\n"
    out = without_second_copy(page)
    assert out.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 1
    assert out.count("850 triệu đồng") == 1
    assert "Ý kiến bạn đọc" in out and out.startswith("Trang chủ")
    text = "\n".join(b.text for b in read(page.encode("utf-8"), "trang.txt").blocks)
    assert text.count("Tiêm chủng mở rộng năm 2028") == 1


def test_two_documents_on_one_page_are_both_kept():
    other = DOC.replace("54/KH-SYT", "61/KH-SYT").replace("Tiêm chủng mở rộng", "Phòng chống sốt xuất huyết") \
        .replace("95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "Giảm 10% số ca mắc sốt xuất huyết") \
        .replace("tổ chức tiêm chủng tại các xã", "tổ chức diệt lăng quăng tại các xã") \
        .replace("850 triệu đồng", "420 triệu đồng")
    page = DOC + "\n\n" + other
    assert without_second_copy(page) == page


def test_a_header_quoted_alone_is_kept():
    page = DOC + "\n\nPhụ lục\n" + "\n".join(DOC.split("\n")[:8]) + "\nDanh sách các xã thực hiện\n1. Xã An Bình"
    assert without_second_copy(page) == page


def test_one_motto_unchanged():
    assert without_second_copy(DOC) == DOC
