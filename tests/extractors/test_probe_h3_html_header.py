"""Probe round H3: a page that sets the document's own header (issuer | motto, number |
place and date) in an element whose class or tag says "header" keeps it; a site's header
(portal name, search, menu) is still dropped. Inputs of our own."""

from __future__ import annotations

import pytest

from extractors.formats.html import read

MOTTO = "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc"
BODY = "<p><b>KẾ HOẠCH</b></p><p>Phát triển du lịch cộng đồng năm 2027.</p>"

CASES = [
    # (markup before the body, text that must be read, text that must not)
    # must match: the issuer | motto table in <table class="header">
    (f"<table class='header'><tr><td>UBND TỈNH LẠNG SƠN<br>SỞ DU LỊCH</td><td>{MOTTO}</td></tr>"
     "<tr><td>Số: 17/KH-SDL</td><td><i>Lạng Sơn, ngày 09 tháng 4 năm 2027</i></td></tr></table>",
     ["17/KH-SDL", "SỞ DU LỊCH", "Lạng Sơn, ngày 09 tháng 4 năm 2027"], []),
    # must match: a <div class="doc-header"> with the number line only, no motto
    ("<div class='doc-header'><p>UBND HUYỆN ĐỨC TRỌNG</p><p>Số: 204/KH-UBND</p></div>",
     ["204/KH-UBND", "UBND HUYỆN ĐỨC TRỌNG"], []),
    # must match: an HTML5 <header> holding the motto; the cells' own "header-left" classes too
    (f"<header><table><tr><td class='header-left'>ỦY BAN NHÂN DÂN<br>XÃ TÂN PHÚ</td>"
     f"<td class='header-right'>{MOTTO}</td></tr></table></header>",
     ["XÃ TÂN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], []),
    # must match: decomposed tone marks (NFD) in the motto
    ("<div class='header'><p>C\u00d4\u0323NG HO\u0300A XA\u0303 HO\u0302\u0323I CHU\u0309 NGHI\u0303A VIE\u0302\u0323T NAM</p>"
     "<p>UBND TỈNH CAO BẰNG</p></div>", ["UBND TỈNH CAO BẰNG"], []),
    # must not: a site's header (portal name, search, menu) is dropped
    ("<div class='header'><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN</p><p>Tìm kiếm</p></div>",
     [], ["CỔNG THÔNG TIN ĐIỆN TỬ", "Tìm kiếm"]),
    # must not: a site's <header> with a "Số hiệu" search field, not a number line
    ("<header><p>Tra cứu văn bản</p><p>Số hiệu: nhập số văn bản</p></header>", [], ["Tra cứu văn bản"]),
    # must not: a related-documents panel that lists numbers stays furniture (not a header class)
    ("<div class='van-ban-lien-quan'><p>Số: 12/KH-UBND ngày 02/02/2027</p></div>", [], ["12/KH-UBND"]),
    # must not: a menu inside a kept header is still dropped (its own tag is furniture)
    (f"<div class='header'><nav><a>Trang chủ</a></nav><p>{MOTTO}</p><p>Số: 31/KH-UBND</p></div>",
     ["31/KH-UBND"], ["Trang chủ"]),
]


def assert_page_keeps(page: bytes, body_line: str, must: list[str], must_not: list[str]) -> None:
    """The page's text (its paragraphs and table cells) holds the body's line and each of `must`,
    none of `must_not`."""
    blocks = read(page, "x.html").blocks
    text = "\n".join([b.text for b in blocks if b.text] + [c for b in blocks if b.rows for r in b.rows for c in r if c])
    assert body_line in text
    for t in must:
        assert t in text, (t, text)
    for t in must_not:
        assert t not in text, (t, text)


@pytest.mark.parametrize("head,must,must_not", CASES)
def test_document_header_in_a_header_element(head, must, must_not):
    assert_page_keeps(f"<html><body>{head}{BODY}</body></html>".encode(), "Phát triển du lịch cộng đồng năm 2027.",
                      must, must_not)
