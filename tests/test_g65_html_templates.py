"""A portal page built of web components (round G65's g65_huyen-phulamdong): the document's header table inside a
declarative shadow root (`<template shadowrootmode="open">`, which the browser attaches and renders), the body in
the light DOM, a print copy of the whole document in an inert <template> (never rendered). Every <template> was
dropped as a script's: the header's number, place and date were lost. A shadow root's <template> is read in its
place; an inert one stays left out (read once), unless only it holds the document (an app that clones it into the
page, saved with its root empty: read as a <noscript> fallback is)."""

from __future__ import annotations

import pytest

from extractors.formats.html import read
from pipeline.process import process

_HEADER = """<table><tr><td>ỦY BAN NHÂN DÂN<br>XÃ TÂN KHÁNH NAM<br>Số: 73/KH-UBND</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Tân Khánh Nam, ngày 03 tháng 8 năm 2026</td>
</tr></table>"""
_BODY = """<p><b>KẾ HOẠCH</b></p><p><b>Tổ chức Tết Trung thu cho thiếu nhi năm 2026</b></p>
<p>Căn cứ Kế hoạch số 88/KH-UBND ngày 20 tháng 7 năm 2026 của Ủy ban nhân dân huyện Khánh Lâm về tổ chức Tết Trung thu;</p>
<p><b>I. MỤC TIÊU</b></p><p>- 100% thiếu nhi trên địa bàn xã được tham gia vui Tết Trung thu.</p>
<table><tr><td>Nơi nhận:<br>- UBND huyện Khánh Lâm;<br>- Lưu: VT.</td>
<td>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Hà Văn Lộc</td></tr></table>"""


def _page(body: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Văn bản</title></head><body>'
            f'<div class="site-title">Cổng thông tin điện tử xã Tân Khánh Nam</div>{body}'
            f'<div class="site-foot">Bản quyền thuộc UBND xã Tân Khánh Nam</div></body></html>').encode("utf-8")


def _lines(data: bytes) -> list[str]:
    return [line for b in read(data, "trang.html").blocks if b.text for line in b.text.split("\n")]


# must match: the header in a shadow root (the standard attribute, Chrome's first one, a closed root) is read once
@pytest.mark.parametrize("attr", ['shadowrootmode="open"', 'shadowrootmode="closed"', 'shadowroot="open"'])
def test_a_declarative_shadow_roots_header_is_read(attr):
    data = _page(f'<vb-header><template {attr}><style>td{{width:50%}}</style>{_HEADER}</template></vb-header>'
                 f'<div class="vb-body">{_BODY}</div>')
    lines = _lines(data)
    assert lines.count("Số: 73/KH-UBND") == 1
    record = process("trang.html", data).record.model_dump(mode="json")
    assert (record["number"], record["issued_date"], record["place"]) == ("73/KH-UBND", "2026-08-03", "Tân Khánh Nam")


# must match: a document only in an inert <template> (the app clones it in; saved with its root empty) is read
def test_a_document_only_in_an_inert_template_is_read():
    data = _page(f'<div id="app">Đang tải...</div><template id="noi-dung">{_HEADER}{_BODY}</template>')
    lines = _lines(data)
    assert lines.count("Số: 73/KH-UBND") == 1 and lines.count("Hà Văn Lộc") == 1


# must not: inert templates beside the rendered document (a print copy, a comment card, a row template) stay out
@pytest.mark.parametrize("extra", [
    f'<template id="ban-in">{_HEADER}{_BODY}</template>',
    '<template id="the-binh-luan"><div class="c"><b>Họ tên</b><p>Nội dung bình luận: Căn cứ ...;</p></div></template>',
    '<template id="dong"><tr><td>1</td><td>Nhiệm vụ mẫu</td><td>Đơn vị chủ trì</td></tr></template>',
])
def test_an_inert_template_beside_the_document_is_not_read(extra):
    data = _page(f"{_HEADER}{_BODY}{extra}")
    lines = _lines(data)
    assert lines.count("Số: 73/KH-UBND") == 1
    assert lines.count("Hà Văn Lộc") == 1
    assert not any("bình luận" in line or "Nhiệm vụ mẫu" in line for line in lines)
