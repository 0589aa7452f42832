"""A portal page that carries the document twice: the article, and a print copy the page hides until its print
button shows it (style="display:none", "visibility:hidden", the `hidden` attribute). The hidden copy is left out
when the page shows the document's header elsewhere: every objective, task and amount had been read twice (round
G41's portal page). A page that keeps the only full text hidden (a tab) is read as before. Bodies and numbers
invented (round P47); must and must-not rows."""

from __future__ import annotations

import pytest

from pipeline.process import process

DOC = """<table><tr><td>UBND TỈNH NAM HÀ<br><b>SỞ CÔNG THƯƠNG</b><br>Số: 88/KH-SCT</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Nam Hà, ngày 03 tháng 6 năm 2029</i></td></tr></table>
<p><b>KẾ HOẠCH</b><br><b>Phát triển chợ truyền thống năm 2029</b></p>
<p><b>I. MỤC TIÊU</b></p>
<p>- 90% chợ hạng III được cải tạo, nâng cấp;</p>
<p><b>II. NHIỆM VỤ</b></p>
<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Phối hợp</th></tr>
<tr><td>1</td><td>Rà soát mạng lưới chợ</td><td>Phòng Quản lý thương mại</td><td>Ủy ban nhân dân các xã</td></tr></table>
<p>Tổng kinh phí thực hiện Kế hoạch là 850 triệu đồng từ ngân sách tỉnh.</p>
<p><b>TM. ỦY BAN NHÂN DÂN</b></p>"""


def page(shown: str, hidden: str, how: str) -> bytes:
    return (f'<html><body><div class="menu"><a href="/">Trang chủ</a></div><article>{shown}</article>'
            f'<div id="ban-in" {how}>{hidden}</div><div class="footer">Bản quyền</div></body></html>').encode()


def counts(data: bytes) -> tuple[int, int, int]:
    r = process("trang.html", data).record.model_dump(mode="json")
    return len(r["objectives"]), len(r["activities"]), len(r["budget"]["statements"])


@pytest.mark.parametrize("how", ['style="display:none"', 'style="display: none;"', 'style="visibility:hidden"',
                                 "hidden"])
def test_a_hidden_print_copy_is_left_out(how):
    assert counts(page(DOC, DOC, how)) == (1, 1, 1)


def test_the_only_text_hidden_is_read():
    # must not: the article shows a summary only, the full text is in a hidden tab
    assert counts(page("<p>Tóm tắt: Kế hoạch phát triển chợ truyền thống năm 2029.</p>", DOC,
                       'style="display:none"')) == (1, 1, 1)


def test_a_shown_copy_is_read_once():
    assert counts(page(DOC, "", 'class="print"')) == (1, 1, 1)


def test_a_hidden_rest_of_the_article_is_read():
    # must not: the part an article hides behind "Xem thêm" holds no header of its own: the document's own text
    shown, rest = DOC.split("<p><b>II. NHIỆM VỤ</b></p>")
    page = (f'<html><body><article>{shown}<div class="more" style="display:none"><p><b>II. NHIỆM VỤ</b></p>{rest}'
            f'</div><a href="#">Xem thêm</a></article></body></html>').encode()
    assert counts(page) == (1, 1, 1)
