"""A web page whose paragraphs are the hard-wrapped lines of a text file or the printed lines of a page, one a
paragraph (a .txt opened in Word and saved as a web page, a converted PDF): "<p>Căn cứ Nghị quyết số 18/NQ-HĐND
... về phát triển du lịch giai đoạn</p><p>2026-2030;</p>". Its wraps are joined again, as the Word reader joins
them (extractors.formats.html.printed_paragraphs, told by extractors.layout.wrap.printed_lines). Must-not rows: a
page of real paragraphs (each ends a sentence), a page of short lines with one wrap. Names invented."""

from __future__ import annotations

import pytest

from extractors.formats import html

TEXT = [
    "ỦY BAN NHÂN DÂN", "TỈNH SƠN KHÊ", "Số: 31/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Sơn Khê, ngày 03 tháng 02 năm 2027", "", "KẾ HOẠCH",
    "Phát triển nông nghiệp hữu cơ tỉnh Sơn Khê", "",
    "Căn cứ Luật Trồng trọt ngày 19-11-2018;",
    "Căn cứ Nghị quyết số 22/NQ-HĐND ngày 10-12-2026 của Hội đồng nhân dân tỉnh Sơn Khê về phát triển nông nghiệp",
    "hữu cơ giai đoạn 2027-2030;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "",
    "I. MỤC TIÊU", "1. Mục tiêu chung",
    "Phát triển nông nghiệp hữu cơ gắn với bảo vệ môi trường, nâng cao thu nhập cho nông dân các xã vùng đồi và",
    "ven sông của tỉnh.",
    "2. Mục tiêu cụ thể đến năm 2030",
    "- Có 30 sản phẩm nông nghiệp hữu cơ được chứng nhận.", "- Diện tích sản xuất hữu cơ tăng bình quân 10%/năm.", "",
    "II. NHIỆM VỤ, GIẢI PHÁP", "1. Xây dựng vùng sản xuất",
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện rà soát, quy hoạch vùng sản xuất",
    "tập trung; hỗ trợ chứng nhận sản phẩm.",
    "2. Xúc tiến tiêu thụ",
    "Sở Công Thương chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức hội chợ, kết nối tiêu thụ sản phẩm hữu cơ cho",
    "các hợp tác xã và hộ nông dân.", "",
    "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    "2. Ủy ban nhân dân các huyện triển khai thực hiện./.", "",
    "Nơi nhận:", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Khải"]


def _page(lines: list[str]) -> bytes:
    return ("<html><body>" + "".join(f"<p>{x}</p>" if x else "<p></p>" for x in lines) + "</body></html>").encode()


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in html.read(_page(lines), "x.html").blocks if b.kind == "paragraph"]


def test_the_wrapped_lines_of_a_text_saved_as_a_page_are_joined():
    texts = _texts(TEXT)
    assert ("Phát triển nông nghiệp hữu cơ gắn với bảo vệ môi trường, nâng cao thu nhập cho nông dân các xã vùng đồi "
            "và ven sông của tỉnh.") in texts
    assert "hữu cơ giai đoạn 2027-2030;" not in texts


@pytest.mark.parametrize("lines", [
    # must not: real paragraphs, each a sentence
    ["Căn cứ Luật Trồng trọt ngày 19-11-2018;"] + [f"{k}. Sở số {k} chủ trì thực hiện nhiệm vụ được giao trong năm "
                                                   f"2027 theo kế hoạch của tỉnh." for k in range(1, 12)],
    # must not: short lines, one wrap
    ["KẾ HOẠCH", "Phát triển nông nghiệp", "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển nông nghiệp hữu cơ",
     "gắn với bảo vệ môi trường.", "2. Mục tiêu cụ thể", "- Có 30 sản phẩm.", "II. NHIỆM VỤ", "1. Sản xuất"],
])
def test_a_page_of_real_paragraphs_stays(lines):
    assert _texts(lines) == [x for x in lines if x]
