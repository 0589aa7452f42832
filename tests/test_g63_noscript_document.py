"""Round G63: a page a script draws, saved with its app's root empty but for a loading line, keeps its document in
the <noscript> fallback: that fallback is read where it holds a document's header and nothing else in the body does
(extractors.formats.html._noscript_document). Any other <noscript> stays left out: a "turn on JavaScript" line, a
tracking pixel, the fallback copy of a document the page already shows (read once)."""

from __future__ import annotations

import pytest

from extractors.formats.base import read

_DOC = ("<p>UBND HUYỆN ĐÔNG VÂN</p><p>Số: 33/KH-UBND</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
        "<p>Độc lập - Tự do - Hạnh phúc</p><p>KẾ HOẠCH</p><p>Phát triển du lịch cộng đồng năm 2028</p>"
        "<p>Căn cứ Nghị quyết số 05/NQ-HĐND ngày 02/01/2028 của Hội đồng nhân dân huyện;</p>")


def _page(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title>{head}</head>'
            f"<body>{body}</body></html>").encode("utf-8")


def _texts(page: bytes) -> list[str]:
    try:
        return [b.text for b in read(page, "trang.html").blocks if b.text]
    except Exception:  # (a page with no text left: ReadError)
        return []


# must match: the page's document is read from its noscript
MUST = [
    _page(f'<div id="root"></div><noscript>{_DOC}</noscript><script src="/main.js"></script>'),
    _page(f'<div id="__nuxt"><div class="loading">Đang tải...</div></div><noscript><div class="ns">'
          f"Vui lòng bật JavaScript để xem đầy đủ.</div>{_DOC}</noscript>"),
    _page(f'<app-root>Loading</app-root><noscript><p>JavaScript is off.</p></noscript><noscript>{_DOC}</noscript>'),
]
# must not: the noscript stays out (the body holds the document, or the noscript holds no document)
MUST_NOT = [
    (_page(f'<div class="content">{_DOC}</div><noscript>{_DOC}</noscript>'), 1),  # (read once)
    (_page(f'<div class="content">{_DOC}</div><noscript><p>Trình duyệt đã tắt JavaScript.</p>'
           '<img src="/px.gif"></noscript>'), 1),
    (_page('<div id="app"></div><noscript><p>Vui lòng bật JavaScript. Số: 12/TB-VP ...</p></noscript>'
           '<p>Trang chủ</p>'), 0),
]


@pytest.mark.parametrize("page", MUST)
def test_the_noscript_fallback_is_the_document(page):
    texts = _texts(page)
    assert "KẾ HOẠCH" in texts and texts.count("Số: 33/KH-UBND") == 1


@pytest.mark.parametrize("page, copies", MUST_NOT)
def test_other_noscripts_stay_out(page, copies):
    texts = _texts(page)
    assert texts.count("Số: 33/KH-UBND") == copies
    assert not any("JavaScript" in t for t in texts)
