"""Two shapes of HTML pages (found by perturbing the sets' .html files the way editors and CMSs write them):

- Vietnamese letters written as character references of a base letter and its combining marks ("Ke&#x302;&#x301;
  hoa&#x323;ch", decimal or hex): the parser decodes them after decode() composed the page, so the text came out
  decomposed, a task table's header ("Nội dung") was not recognized and the table was read column by column;
- the document's header table (`<table class="header">`, issuer | motto) with its text cut into spans anywhere,
  inside words too (Word's HTML: "CỘNG H<span>ÒA XÃ</span>"): the check that keeps a "header" element holding
  the document's own header joined the spans with line breaks, did not find the motto, and dropped the issuer, the
  number and the date as site furniture. A site's own header cut the same way is still dropped."""

import random
import unicodedata

import pytest

from extractors.formats.html import read
from normalizers.text import normalize_line
from pipeline.process import process

HEADER = """<table class="header"><tr><td><p>UBND HUYỆN ĐÔNG PHONG</p><p><b>PHÒNG NÔNG NGHIỆP</b></p>
<p>Số: 214/KH-PNN</p></td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Đông Phong, ngày 12 tháng 3 năm 2021</i></p></td></tr></table>"""
# the same header with its lines broken by <br> in one cell each, as many portals write it
HEADER_BR = """<table class="header" style="width:100%;border:none"><tr>
<td style="text-align:center"><b>UBND HUYỆN ĐÔNG PHONG<br>PHÒNG NÔNG NGHIỆP</b><br>-------<br>Số: 214/KH-PNN</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------
<br><i>Đông Phong, ngày 12 tháng 3 năm 2021</i></td></tr></table>"""
# ... and a header table holding the issuer's cell alone, its number on a line of its own (the motto set apart)
HEADER_BR_ISSUER = """<table class="header"><tr><td style="text-align:center"><b>UBND HUYỆN ĐÔNG PHONG<br>PHÒNG NÔNG
NGHIỆP</b><br>-------<br>Số: 214/KH-PNN</td></tr></table>
<p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p style="text-align:center"><b>Độc lập - Tự do -
Hạnh phúc</b></p><p style="text-align:right"><i>Đông Phong, ngày 12 tháng 3 năm 2021</i></p>"""
SITE = """<div class="header"><p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG PHONG</p><p>Trang chủ | Tin tức | Văn bản</p></div>"""
BODY = """<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Phòng, chống dịch bệnh trên đàn gia súc năm 2021</b></p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Phấn đấu 95% số hộ chăn nuôi được tuyên truyền về phòng, chống dịch bệnh.</p>
<p><b>II. NHIỆM VỤ</b></p>
<table border="1"><tr><th>TT</th><th>Nội dung thực hiện</th><th>Đơn vị chủ trì</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò</td><td>Trạm Chăn nuôi và Thú y huyện</td><td>Tháng 4</td></tr>
<tr><td>2</td><td>Phun thuốc khử trùng chuồng trại tại các thôn</td><td>Ủy ban nhân dân các xã</td><td>Hằng quý</td></tr>
</table>
<p><b>Nơi nhận:</b></p><p>- UBND huyện;</p><p>- Lưu: VT.</p>"""


def _page(body: str) -> str:
    return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>{body}</body></html>'


def _refs(html: str, form: str, hexa: bool) -> str:
    """The page's letters outside ASCII as character references (outside tags), in Unicode form `form`."""
    out, in_tag = [], False
    for ch in unicodedata.normalize(form, html):
        in_tag = True if ch == "<" else False if ch == ">" else in_tag
        out.append(ch if in_tag or ord(ch) < 128 else (f"&#x{ord(ch):X};" if hexa else f"&#{ord(ch)};"))
    return "".join(out)


def _spans(html: str, seed: int) -> str:
    """Every text between tags cut into spans of 2-9 characters (inside words too)."""
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(html):
        if html[i] == "<":
            j = html.index(">", i) + 1
            out.append(html[i:j])
            i = j
            continue
        j = html.find("<", i)
        j = len(html) if j < 0 else j
        text, k = html[i:j], 0
        while k < len(text):
            n = rnd.randint(2, 9)
            out.append(f'<span style="font-size:13pt">{text[k:k + n]}</span>')
            k += n
        i = j
    return "".join(out)


def _table_rows(data: bytes) -> list[list[str]]:
    doc = read(data, "x.html")
    tables = [b for b in doc.blocks if b.kind == "table" and b.rows and len(b.rows) == 3]
    assert len(tables) == 1, [b.kind for b in doc.blocks]
    return [[normalize_line(c) for c in row] for row in tables[0].rows]


# must: references in decomposed form (hex and decimal) read as the page itself; references of composed letters
# (a must-not-change row: they always read right)
@pytest.mark.parametrize("form,hexa", [("NFD", True), ("NFD", False), ("NFC", True), ("NFC", False)])
def test_letters_as_character_references_read_as_the_letters(form, hexa):
    page = _page(HEADER + BODY)
    rows = _table_rows(_refs(page, form, hexa).encode())
    assert rows == _table_rows(page.encode())
    assert rows[0][1] == "Nội dung thực hiện" and rows[2][2] == "Ủy ban nhân dân các xã"
    assert all(unicodedata.is_normalized("NFC", c) for row in rows for c in row)
    record = process("refs.html", _refs(page, form, hexa).encode()).record
    plain = process("plain.html", page.encode()).record
    assert [a.title for a in record.activities] == [a.title for a in plain.activities]
    assert len(record.activities) == 2


@pytest.mark.parametrize("header,seed", [(HEADER, 1), (HEADER, 2), (HEADER, 3), (HEADER_BR, None), (HEADER_BR, 4),
                                               (HEADER_BR_ISSUER, None), (HEADER_BR_ISSUER, 5)])
def test_a_header_table_cut_into_spans_keeps_the_document_header(header, seed):
    # (a header whose lines a <br> breaks keeps them apart: the motto and "Số: ..." stand on lines of their own)
    record = process("spans.html", _page((header if seed is None else _spans(header, seed)) + BODY).encode()).record
    assert record.number == "214/KH-PNN"
    assert str(record.issued_date) == "2021-03-12"
    assert record.issuer.name and "Phòng Nông nghiệp" in record.issuer.name


@pytest.mark.parametrize("seed", [1, 2])
def test_a_site_header_cut_into_spans_is_still_dropped(seed):
    outcome = process("site.html", _page(_spans(SITE, seed) + HEADER + BODY).encode())
    assert "CỔNG THÔNG TIN" not in outcome.text and "Trang chủ" not in outcome.text
    assert outcome.record.number == "214/KH-PNN"
