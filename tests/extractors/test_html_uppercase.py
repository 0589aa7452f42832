"""Text a web page shows in capitals (`text-transform: uppercase`, `font-variant: small-caps`,
inline or from a style sheet's tag or class rule, as Word's web pages write All Caps) is read in
capitals (extractors.formats.html._uppercase_text)."""

from __future__ import annotations

import pytest

from extractors.formats.html import read
from pipeline.process import process

PAGE = """<html><head><style>{css}</style></head><body>
<table><tr><td><p{attr}>Ủy ban nhân dân<br>tỉnh Hòa Lâm</p><p>Số: 214/KH-UBND</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p>Hòa Lâm, ngày 21 tháng 8 năm 2026</p></td></tr></table>
<p{attr}>Kế hoạch</p>
<p>Phát triển giao thông nông thôn năm 2026</p>
<p>Căn cứ Luật Giao thông đường bộ ngày 23 tháng 11 năm 2008;</p>
</body></html>"""


@pytest.mark.parametrize("css,attr", [
    ("", ' style="text-transform: uppercase"'),
    (".tieude { font-weight: bold; text-transform:uppercase }", ' class="tieude"'),
    ("p.hoa { font-variant: small-caps }", ' class="hoa"'),
])
def test_text_shown_in_capitals_is_read_in_capitals(css, attr):
    data = PAGE.format(css=css, attr=attr).encode("utf-8")
    texts = [b.text for b in read(data, "kh.html").blocks if b.text]
    assert "KẾ HOẠCH" in texts
    rec = process("kh.html", data).dump
    assert rec["issuer"]["name"] == "Ủy ban nhân dân tỉnh Hòa Lâm"
    assert rec["doc_type"] == "Kế hoạch" and rec["title"] == "Phát triển giao thông nông thôn năm 2026"


@pytest.mark.parametrize("css,attr", [
    ("", ' style="text-transform: capitalize"'),
    (".tieude { text-transform: uppercase }", ' class="khac"'),  # a rule for a class the line does not have
    ("", ' style="text-transform: lowercase"'),
])
def test_other_transforms_leave_the_text_as_typed(css, attr):
    texts = [b.text for b in read(PAGE.format(css=css, attr=attr).encode("utf-8"), "kh.html").blocks if b.text]
    assert "Kế hoạch" in texts and "Phát triển giao thông nông thôn năm 2026" in texts
