"""Round IMG39: the scanned renditions' tool (tests/renditions/archive.py) on G55's web pages.

- A document portal's page that shows the document in a preview's frame (<iframe srcdoc="...">) is printed as the
  framed document's page (archive.as_shown, by formats.html_layout.framed_documents): LibreOffice's web export
  dropped the frame, the scan held the portal's list of the document's data and no plan.
- A page laid out by CSS grid, flex or table displays (a task table of <div>s in a grid of five tracks) is printed by
  a browser (archive.css_laid_out): LibreOffice printed its cells one a line.

Everything here is invented (the portal, the plan's words).
"""

from __future__ import annotations

import html

import pytest

from tests.renditions import archive

DOCUMENT = ("<html><head><meta charset=\"utf-8\"></head><body>"
            "<p>ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUYÊN</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
            "<p>Độc lập - Tự do - Hạnh phúc</p><p>Số: 73/KH-UBND</p>"
            "<p>KẾ HOẠCH</p><p>Tổ chức Ngày hội văn hóa các dân tộc huyện năm 2027</p></body></html>")


def _portal(frame: str) -> str:
    """A portal's page listing a document's data, with a preview's frame showing `frame` (escaped in srcdoc)."""
    return ("<html><head><meta charset=\"utf-8\"></head><body><h2>Chi tiết văn bản</h2>"
            "<dl><dt>Số ký hiệu</dt><dd>73/KH-UBND</dd><dt>Người ký</dt><dd>Lò Văn Thắm</dd></dl>"
            f"<div class=\"preview\"><iframe width=\"100%\" height=\"900\" srcdoc=\"{html.escape(frame)}\"></iframe>"
            "</div></body></html>")


@pytest.mark.parametrize("page, shows_plan, shows_portal", [
    # must: the preview's document printed, not the portal's list of its data
    (_portal(DOCUMENT), True, False),
    # must-not: a frame that holds no document (a map, an attachment's viewer) leaves the page as it is
    (_portal("<html><body><p>Bản đồ hành chính huyện Đồng Xuyên</p></body></html>"), False, True),
    # must-not: a page without a frame, as it is
    (DOCUMENT, True, False),
])
def test_as_shown_prints_framed_document(page, shows_plan, shows_portal):
    shown = archive.as_shown(page.encode("utf-8")).decode("utf-8")
    assert ("Số: 73/KH-UBND" in shown and "<p>KẾ HOẠCH</p>" in shown) == shows_plan
    assert ("Chi tiết văn bản" in shown) == shows_portal


@pytest.mark.parametrize("style, laid_out", [
    # must: a grid, a flex box, CSS tables
    (".bang { display: grid; grid-template-columns: 40px 3fr 2fr 2fr 100px; }", True),
    (".dau { display:flex; justify-content: space-between }", True),
    (".hang { display: table-row } .o { display: table-cell }", True),
    (".khung { display: inline-grid }", True),
    # must-not: block and inline displays, a word "grid" elsewhere, hidden parts
    (".muc { display: block } .nhan { display: inline }", False),
    (".luoi-grid { border: 1px solid #000 } /* grid */", False),
    (".an { display: none }", False),
])
def test_css_laid_out(style, laid_out):
    page = f"<html><head><style>{style}</style></head><body><div class=\"bang\">TT</div></body></html>"
    assert archive.css_laid_out(page.encode("utf-8")) == laid_out


@pytest.mark.parametrize("page, suffix, printed_by_browser", [
    # must: a portal's page showing its document in a preview's frame
    (_portal(DOCUMENT), ".html", True),
    (_portal(DOCUMENT), ".htm", True),
    # must-not: a frame with no document in it; a page without a frame; a text file
    (_portal("<html><body><p>Bản đồ hành chính huyện Đồng Xuyên</p></body></html>"), ".html", False),
    (DOCUMENT, ".html", False),
    (_portal(DOCUMENT), ".txt", False),
])
def test_framed(tmp_path, page, suffix, printed_by_browser):
    source = tmp_path / f"g99_huyen-dongxuyen_73-kh-ubnd_2027{suffix}"
    source.write_bytes(page.encode("utf-8"))
    assert archive.framed(source) == printed_by_browser
