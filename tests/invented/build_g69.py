"""Invented documents of hold-out round G69, aimed at READER shapes the invented set did not hold yet: a Word file
whose runs, paragraphs, table rows and cells sit inside w:customXml and w:smartTag wrappers, whose bullets are w:sym
characters and whose header lines put the right-hand side after a w:ptab; a web page whose editor left zero-width
characters and runs of non-breaking spaces in its words, numbers and cells; a plain text in UTF-16 with no byte
order mark; a plain text whose lines end with a lone carriage return (an old Macintosh's line ends).

The documents:
- g69_xa-phuockhanhtay: a commune's plan in Word (.docx) made from a records system's template: the number, the
  date, the title, the legal bases and the signer's name tagged by w:customXml (run-level around runs, block-level
  around paragraphs), every task row of the task table wrapped in a row-level w:customXml and every lead's cell in a
  cell-level one; Word 2003's smart tags (w:smartTag "place", "City", "date", "PersonName", nested, with
  w:smartTagPr) around place names, dates and the signer's name; the document's header typed as three paragraphs,
  not a table, each right-hand side after a positional tab (w:ptab relativeTo="margin" alignment="right":
  "ỦY BAN NHÂN DÂN" ptab "CỘNG HÒA ...", "Số: 27/KH-UBND" ptab "Phước Khánh Tây, ngày ..."); a page header from the
  second page on ("Kế hoạch số 27/KH-UBND ..." ptab "Trang" PAGE field); the objectives' bullets Symbol's "•"
  (w:sym w:font="Symbol" w:char="F0B7") and a tab, the purposes' bullets Wingdings' arrowhead (w:char="F0D8"), the
  recipients' dashes Symbol's minus (w:char="F02D"); the closing typed with tabs, not a table ("Nơi nhận:" tab
  "TM. ỦY BAN NHÂN DÂN", "- UBND huyện ... (b/c);" tab "CHỦ TỊCH", the signer's name after the last recipient's
  tab) (.docx);
- g69_sxd-ducphong: a provincial department's plan on its portal (.html, UTF-8) whose rich-text editor kept what was
  pasted into it: zero-width spaces (U+200B, written as the character and as `&#8203;`) inside the document's number
  and dates ("73/\u200bKH-\u200bSXD", "20/\u200b4/\u200b2027"), inside words and amounts ("1.\u200b250"), at a
  cell's start and as the only content of an "empty" partners' cell and of empty paragraphs; a zero-width non-joiner
  and a word joiner (U+200C, U+2060) inside names; byte order marks (U+FEFF) at the start of pasted paragraphs; a
  basis whose every space is `&nbsp;`, runs of `&nbsp;` indenting bullets and between "Số:" and the number, a
  signer's name spaced with `&nbsp;` (.html);
- g69_huyen-myluongtay: a district's plan exported as text by a records system in UTF-16 little-endian WITHOUT a
  byte order mark (CRLF line ends): header, bases, objectives, tasks as numbered paragraphs each with its
  "Cơ quan chủ trì:" / "Cơ quan phối hợp:" lines, a budget table by years with tab-separated cells (triệu đồng),
  the closing (.txt);
- g69_phuong-anthanhdong: a ward's plan saved as text by an old Macintosh editor: every line ends with a lone CR
  (no LF anywhere), each paragraph one long line, blank lines between parts, a task table typed with tabs (.txt,
  UTF-8).

The round's first pass and its fixes: tests/test_g69_holdout.py.

Everything is invented (provinces, districts, communes, wards, bodies, names, numbers, dates). `python -m
tests.invented.build_g69 [OUTDIR]` writes the four documents from the XML and the texts held here, with the standard
library only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from tests.invented.build_g53 import _docx, _runs
from tests.invented.build_g61 import _zip_bytes

CUSTOM_XML = "g69_xa-phuockhanhtay_27-kh-ubnd_2027_the-thong-minh-ptab.docx"
ZERO_WIDTH = "g69_sxd-ducphong_73-kh-sxd_2027_khoang-trang-rong-0.html"
UTF16_NO_BOM = "g69_huyen-myluongtay_118-kh-ubnd_2027_utf16-khong-bom.txt"
CR_ONLY = "g69_phuong-anthanhdong_52-kh-ubnd_2027_dong-cr-may-mac.txt"

# ---------------------------------------------------------------------------------------------------------------
# 1. Word: customXml and smartTag wrappers, w:sym bullets, w:ptab header lines, a closing typed with tabs.

_RPR = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        '{extra}<w:sz w:val="26"/></w:rPr>')
_URI = "urn:vanban-egov:mau-van-ban:2027"
_SMART = "urn:schemas-microsoft-com:office:smarttags"


def _rpr(bold: bool = False, italic: bool = False) -> str:
    return _RPR.format(extra=("<w:b/>" if bold else "") + ("<w:i/>" if italic else ""))


def _ptab() -> str:
    """A positional tab to the right margin (Word's "alignment tab"), as the header lines use it."""
    return f'<w:r>{_rpr()}<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'


def _sym(font: str, char: str) -> str:
    """A symbol inserted from a symbol font: the character's code in the font's private range."""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="26"/></w:rPr>'
            f'<w:sym w:font="{font}" w:char="{char}"/></w:r>')


def _tab() -> str:
    return f"<w:r>{_rpr()}<w:tab/></w:r>"


def _cx(element: str, inner: str) -> str:
    """A custom XML element of the template's schema around `inner` (runs, paragraphs, a row or a cell)."""
    return f'<w:customXml w:uri="{_URI}" w:element="{element}">{inner}</w:customXml>'


def _st(element: str, inner: str, **attrs: str) -> str:
    """A Word 2003 smart tag around `inner` runs, with its recognizer's properties."""
    props = "".join(f'<w:attr w:name="{k}" w:val="{v}"/>' for k, v in attrs.items())
    props = f"<w:smartTagPr>{props}</w:smartTagPr>" if props else ""
    return f'<w:smartTag w:uri="{_SMART}" w:element="{element}">{props}{inner}</w:smartTag>'


def _place(name: str, bold: bool = False, italic: bool = False) -> str:
    return _st("place", _st("City", _runs(name, bold, italic)))


def _para(inner: str, jc: str | None = None, tabs: str = "", indent: bool = False) -> str:
    ppr = tabs + '<w:spacing w:before="0" w:after="60"/>'
    if indent:
        ppr += '<w:ind w:firstLine="567"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _cell(width: int, paragraphs: list[str], bold: bool = False) -> str:
    body = "".join(_para(_runs(t, bold=bold)) for t in paragraphs) or _para("")
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{body}</w:tc>'


def _table(grid: list[int], rows: list[str]) -> str:
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>{"".join(rows)}</w:tbl>')


_KHANH_TASKS = [
    ("1", "Rà soát, hướng dẫn các chủ thể hoàn thiện hồ sơ sản phẩm đề nghị đánh giá, phân hạng",
     ["Công chức Địa chính - Nông nghiệp"], ["Hội Nông dân xã"], "Tháng 6/2027"),
    ("2", "Hỗ trợ thiết kế bao bì, nhãn mác, tem truy xuất nguồn gốc cho sản phẩm bưởi da xanh và mật ong rừng",
     ["Hội Liên hiệp Phụ nữ xã"], ["Hợp tác xã Nông nghiệp Phước Khánh Tây", "Đoàn Thanh niên xã"], "Quý III/2027"),
    ("3", "Tổ chức quảng bá, giới thiệu sản phẩm OCOP tại hội chợ và trên sàn thương mại điện tử",
     ["Công chức Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"], "Quý IV/2027"),
    ("4", "Tập huấn quản lý chất lượng, truy xuất nguồn gốc cho các chủ thể OCOP",
     ["Hội Nông dân xã"], ["Công chức Địa chính - Nông nghiệp"], "Tháng 8/2027"),
]


def _khanh_body() -> str:
    right = '<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs>'
    header = (
        _para(_runs("ỦY BAN NHÂN DÂN", bold=True) + _ptab() + _runs("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True))
        + _para(_runs("XÃ ", bold=True) + _st("place", _runs("PHƯỚC KHÁNH TÂY", bold=True)) + _ptab()
                + _runs("Độc lập - Tự do - Hạnh phúc", bold=True))
        + _para(_runs("Số: ") + _cx("SoKyHieu", _runs("27/KH-UBND")) + _ptab()
                + _cx("NgayBanHanh", _place("Phước Khánh Tây", italic=True)
                      + _runs(", ", italic=True)
                      + _st("date", _runs("ngày 14 tháng 5 năm 2027", italic=True), Year="2027", Month="5", Day="14")))
    )
    title = _cx("TrichYeu", _para(_runs("KẾ HOẠCH", bold=True), jc="center")
                + _para(_runs("Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn xã ", bold=True)
                        + _place("Phước Khánh Tây", bold=True) + _runs(" năm 2027", bold=True), jc="center"))
    bases = _cx("CanCu", (
        _para(_runs("Căn cứ Quyết định số 842/QĐ-UBND ngày ")
              + _st("date", _runs("15/3/2027"), Year="2027", Month="3", Day="15")
              + _runs(" của Ủy ban nhân dân huyện ") + _place("Sông Trà Bắc")
              + _runs(" phê duyệt Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm huyện Sông Trà Bắc năm 2027;"),
              jc="both", indent=True)
        + _para(_runs("Thực hiện Kế hoạch số 61/KH-UBND ngày 02 tháng 4 năm 2027 của Ủy ban nhân dân huyện ")
                + _place("Sông Trà Bắc") + _runs(" về phát triển sản phẩm OCOP năm 2027;"), jc="both", indent=True)))
    arrow = lambda text: _para(_sym("Wingdings", "F0D8") + _tab() + _runs(text), jc="both", indent=True)  # noqa: E731
    dot = lambda text: _para(_sym("Symbol", "F0B7") + _tab() + _runs(text), jc="both", indent=True)  # noqa: E731
    grid = [600, 3700, 2000, 2100, 1100]
    head = _cx("TieuDeBang", "<w:tr>" + "".join(
        _cell(w, [h], bold=True) for w, h in zip(grid, ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
                                                        "Đơn vị phối hợp", "Thời gian hoàn thành"))) + "</w:tr>")
    rows = [head]
    for code, task, lead, partners, when in _KHANH_TASKS:
        rows.append(_cx("NhiemVu", "<w:tr>" + _cell(grid[0], [code]) + _cell(grid[1], [task])
                        + _cx("DonViChuTri", _cell(grid[2], lead)) + _cell(grid[3], partners)
                        + _cell(grid[4], [when]) + "</w:tr>"))
    dash = lambda text, after="": _para(  # noqa: E731
        _sym("Symbol", "F02D") + _runs(" " + text) + (_tab() + after if after else ""), tabs=right)
    closing = (
        _para(_runs("Nơi nhận:", bold=True, italic=True) + _tab() + _runs("TM. ỦY BAN NHÂN DÂN", bold=True),
              tabs=right)
        + dash("UBND huyện Sông Trà Bắc (b/c);", _runs("CHỦ TỊCH", bold=True))
        + dash("TT Đảng ủy, TT HĐND xã;")
        + dash("Ủy ban MTTQ Việt Nam xã;")
        + dash("Các thôn;")
        + dash("Lưu: VT, VP.", _cx("NguoiKy", _st("PersonName", _runs("Hồ Văn Khiêm", bold=True))))
    )
    body = (
        header + _para("")
        + title + _para("")
        + bases
        + _para(_runs("Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:"), jc="both", indent=True)
        + _para(_runs("I. MỤC ĐÍCH, YÊU CẦU", bold=True), indent=True)
        + arrow("Phát huy lợi thế về cây ăn quả và nuôi ong của xã, nâng cao giá trị sản phẩm nông nghiệp;")
        + arrow("Các chủ thể OCOP được hỗ trợ kịp thời, đúng đối tượng, đúng quy định.")
        + _para(_runs("II. MỤC TIÊU", bold=True), indent=True)
        + _para(_runs("1. Mục tiêu chung", bold=True), indent=True)
        + _para(_runs("Phát triển sản phẩm OCOP gắn với xây dựng nông thôn mới nâng cao, tăng thu nhập cho người "
                      "dân trên địa bàn xã."), jc="both", indent=True)
        + _para(_runs("2. Mục tiêu cụ thể", bold=True), indent=True)
        + dot("Có thêm 02 sản phẩm được công nhận đạt chuẩn OCOP;")
        + dot("100% chủ thể OCOP được tập huấn về quản lý chất lượng, truy xuất nguồn gốc;")
        + dot("Nâng tỷ lệ hộ tham gia liên kết sản xuất lên 35%.")
        + _para(_runs("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True), indent=True)
        + _table(grid, rows)
        + _para(_runs("IV. KINH PHÍ", bold=True), indent=True)
        + _para(_runs("Tổng kinh phí thực hiện Kế hoạch là 265 triệu đồng, trong đó: ngân sách xã 140 triệu đồng; "
                      "các chủ thể OCOP đối ứng 125 triệu đồng."), jc="both", indent=True)
        + _para(_runs("V. TỔ CHỨC THỰC HIỆN", bold=True), indent=True)
        + _para(_runs("1. Công chức Địa chính - Nông nghiệp: tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; "
                      "tổng hợp, báo cáo kết quả trước ngày 15/12/2027."), jc="both", indent=True)
        + _para(_runs("2. Hội Nông dân xã: vận động hội viên tham gia liên kết sản xuất, hỗ trợ chủ thể hoàn thiện "
                      "sản phẩm."), jc="both", indent=True)
        + _para(_runs("3. Trưởng các thôn: tuyên truyền, vận động hộ dân tham gia Chương trình./."),
                jc="both", indent=True)
        + _para("")
        + closing
    )
    return body


_KHANH_SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" '
               'w:gutter="0"/><w:titlePg/></w:sectPr>')


def khanh_docx() -> bytes:
    page_header = _para(_runs("Kế hoạch số 27/KH-UBND của UBND xã Phước Khánh Tây", italic=True) + _ptab()
                        + _runs("Trang ", italic=True)
                        + '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT ">' + _runs("2", italic=True)
                        + "</w:fldSimple>")
    parts = _docx(_khanh_body(), page_header)
    xml = parts["word/document.xml"]
    start = xml.rindex("<w:sectPr>")
    parts["word/document.xml"] = xml[:start] + _KHANH_SECT + xml[xml.index("</w:sectPr>", start) + 11:]
    return _zip_bytes(parts, when=(2027, 5, 14, 9, 40, 0))


# ---------------------------------------------------------------------------------------------------------------
# 2. A portal page whose editor kept zero-width characters and runs of &nbsp; (.html, UTF-8).

ZW = "\u200b"


def _nbsp_all(text: str) -> str:
    """Every space of a pasted line as &nbsp; (the editor's paste from a word processor)."""
    return escape(text).replace(" ", "&nbsp;")


_PHONG_TASKS = [
    ("1", "Kiểm tra công tác nghiệm thu công trình giao thông, thủy lợi sử dụng vốn đầu tư công",
     f"Phòng Quản lý chất{ZW} lượng công trình", "Sở Nông nghiệp và Môi trường", "Quý III/2027"),
    ("2", "Kiểm tra chất lượng công trình trường học, trạm y tế đang thi công",
     f"{ZW}Phòng Quản lý chất lượng công trình", "Sở Giáo dục và Đào tạo<br>Sở Y\u2060 tế", "Tháng 9/2027"),
    ("3", f"Kiểm tra trật tự xây dựng tại các khu đô thị{ZW} mới", "Phòng Phát triển đô thị", "&#8203;",
     "Quý IV/2027"),
    ("4", "Tổng hợp, báo cáo kết quả kiểm tra với Ủy ban nhân dân tỉnh", "Văn phòng Sở",
     "Các phòng chuyên môn thuộc\u200c Sở", f"Tháng 12/{ZW}2027"),
]


def _phong_page() -> str:
    rows = "".join(f'<tr><td style="text-align:center">{c}</td><td>{t}</td><td>{lead}</td><td>{partner}</td>'
                   f'<td style="text-align:center">{when}</td></tr>\n' for c, t, lead, partner, when in _PHONG_TASKS)
    basis = _nbsp_all("Căn cứ Kế hoạch số 214/KH-UBND ngày 20/4/2027 của Ủy ban nhân dân tỉnh Đức Phong về nâng "
                      "cao chất lượng công trình xây dựng trên địa bàn tỉnh năm 2027;")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch kiểm tra công tác quản lý chất lượng công trình xây dựng năm 2027 - Sở Xây dựng tỉnh Đức Phong</title>
<link rel="stylesheet" href="/themes/sxd/css/site.css">
</head>
<body>
<header class="site-header"><div class="logo">SỞ XÂY DỰNG TỈNH ĐỨC PHONG</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<main>
<div class="post-meta">Ngày đăng: 10/06/2027 | Lượt xem: 214</div>
<div class="post-content">
<table style="width:100%;border:none">
<tbody><tr>
<td style="width:40%;text-align:center">UBND TỈNH ĐỨC PHONG<br><strong>SỞ XÂY DỰNG</strong><br>Số:&nbsp;&nbsp;&nbsp;73/{ZW}KH-&#8203;SXD</td>
<td style="width:60%;text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Đức Phong, ngày 09 tháng 6 năm {ZW}2027</em></td>
</tr></tbody>
</table>
<p>&#8203;</p>
<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>Kiểm tra công tác quản lý chất lượng công trình xây dựng năm 2027</strong></p>
<p>&nbsp;</p>
<p>\ufeff{basis}</p>
<p>Căn cứ Quyết định số 1530/&#8203;QĐ-UBND ngày 12/{ZW}5/{ZW}2027 của Ủy ban nhân dân tỉnh Đức Phong ban hành Quy chế phối hợp quản lý chất lượng công trình xây dựng trên địa bàn tỉnh;</p>
<p>Sở Xây dựng ban hành Kế hoạch kiểm tra công tác quản lý chất lượng công trình xây dựng năm 2027 như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;- Kiểm tra ít nhất 45 công trình xây dựng sử dụng vốn đầu tư công;</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;- 100% công trình có dấu hiệu vi phạm được xử lý theo quy định;</p>
<p>\ufeff&nbsp;&nbsp;&nbsp;&nbsp;- Hoàn thành kiểm tra công tác nghiệm{ZW} thu đối với 90% công trình hoàn thành trong năm 2027.</p>
<p><strong>II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN</strong></p>
<table border="1" style="width:100%;border-collapse:collapse">
<thead><tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p><strong>III. KINH PHÍ</strong></p>
<p>Kinh phí thực hiện Kế hoạch là 1.{ZW}250&nbsp;triệu&nbsp;đồng từ nguồn ngân sách tỉnh giao cho Sở Xây dựng năm 2027.</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Phòng Quản lý chất lượng công trình: chủ trì tổ chức các đoàn kiểm tra; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/{ZW}12/{ZW}2027.</p>
<p>2. Văn phòng Sở: bảo đảm kinh phí, phương tiện cho các đoàn kiểm tra.</p>
<p>3. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố: phối hợp, cử cán bộ tham gia đoàn kiểm tra trên địa bàn./.</p>
<p>&#8203;</p>
<table style="width:100%;border:none">
<tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- UBND các huyện, thị xã, thành phố;<br>- Các phòng thuộc Sở;<br>- Lưu: VT, QLCL.</td>
<td style="width:50%;text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC</strong><br><strong>PHÓ GIÁM ĐỐC</strong><br><br><br><br><strong>Đinh&nbsp;Công&nbsp;Thái</strong></td>
</tr></tbody>
</table>
</div>
<div class="attachments">Tệp đính kèm: <a href="/uploads/2027/06/73-kh-sxd.pdf">73-kh-sxd.pdf</a></div>
</main>
<footer>Sở Xây dựng tỉnh Đức Phong - Địa chỉ: 25 đường Trần Phú, thành phố Đức Phong - Điện thoại: 0260.3862.115</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 3. A records system's export in UTF-16 little-endian without a byte order mark (.txt).

MYLUONG = """ỦY BAN NHÂN DÂN
HUYỆN MỸ LƯƠNG TÂY
Số: 118/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mỹ Lương Tây, ngày 21 tháng 7 năm 2027

KẾ HOẠCH
Chuyển đổi số huyện Mỹ Lương Tây giai đoạn 2027 - 2028

Căn cứ Nghị quyết số 09-NQ/HU ngày 18 tháng 01 năm 2027 của Ban Chấp hành Đảng bộ huyện Mỹ Lương Tây về chuyển đổi số huyện Mỹ Lương Tây đến năm 2030;
Thực hiện Kế hoạch số 305/KH-UBND ngày 30 tháng 5 năm 2027 của Ủy ban nhân dân tỉnh Tây Khang về chuyển đổi số tỉnh Tây Khang giai đoạn 2027 - 2028;
Ủy ban nhân dân huyện ban hành Kế hoạch chuyển đổi số giai đoạn 2027 - 2028 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng chính quyền số, phục vụ người dân và doanh nghiệp ngày càng tốt hơn; từng bước hình thành kinh tế số, xã hội số trên địa bàn huyện.
2. Mục tiêu cụ thể
- 95% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng;
- 80% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình;
- 100% xã, thị trấn có điểm truy cập Internet công cộng miễn phí.

II. NHIỆM VỤ
1. Nâng cấp hệ thống hội nghị truyền hình trực tuyến từ huyện đến xã
Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin.
Cơ quan phối hợp: Văn phòng HĐND và UBND huyện.
Thời gian: Quý IV/2027.
2. Đào tạo kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã
Cơ quan chủ trì: Phòng Nội vụ.
Cơ quan phối hợp: Trung tâm Chính trị huyện.
Thời gian: Năm 2027 - 2028.
3. Xây dựng kho dữ liệu dùng chung của huyện
Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin.
Cơ quan phối hợp: Phòng Tài chính - Kế hoạch; Ủy ban nhân dân các xã, thị trấn.
Thời gian: Năm 2028.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 1.550 triệu đồng từ ngân sách huyện, chi tiết tại biểu dưới đây.
BIỂU KINH PHÍ THỰC HIỆN KẾ HOẠCH
Đơn vị tính: triệu đồng
STT\tNội dung\tTổng cộng\tNăm 2027\tNăm 2028
1\tNâng cấp hệ thống hội nghị truyền hình trực tuyến\t620\t420\t200
2\tĐào tạo kỹ năng số cho cán bộ, công chức\t180\t90\t90
3\tXây dựng kho dữ liệu dùng chung của huyện\t750\t350\t400
\tTổng cộng\t1.550\t860\t690

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa, Khoa học và Thông tin: là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện 6 tháng và hằng năm.
2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.
3. Ủy ban nhân dân các xã, thị trấn: xây dựng kế hoạch chuyển đổi số của địa phương và tổ chức thực hiện./.

Nơi nhận:
- UBND tỉnh Tây Khang (b/c);
- Sở Khoa học và Công nghệ;
- TT Huyện ủy, TT HĐND huyện;
- Các phòng, ban, ngành huyện;
- UBND các xã, thị trấn;
- Lưu: VT, VHKHTT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lương Thị Mỹ Hạnh
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. A ward's plan saved by an old Macintosh editor: lone CR line ends, a paragraph a line (.txt, UTF-8).

ANTHANH = """ỦY BAN NHÂN DÂN
PHƯỜNG AN THẠNH ĐÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 52/KH-UBND
An Thạnh Đông, ngày 03 tháng 3 năm 2027

KẾ HOẠCH
Phòng, chống dịch bệnh truyền nhiễm trên địa bàn phường An Thạnh Đông năm 2027

Thực hiện Kế hoạch số 88/KH-UBND ngày 14 tháng 02 năm 2027 của Ủy ban nhân dân thành phố Long Khê về phòng, chống dịch bệnh truyền nhiễm năm 2027, Ủy ban nhân dân phường An Thạnh Đông xây dựng Kế hoạch thực hiện như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Chủ động giám sát, phát hiện sớm, khoanh vùng và xử lý kịp thời các ổ dịch, không để dịch lớn xảy ra trên địa bàn phường.
2. Mục tiêu cụ thể
- Giảm 10% số ca mắc sốt xuất huyết so với năm 2026;
- 98% trẻ em trong độ tuổi được tiêm chủng đầy đủ các loại vắc xin;
- 100% ổ dịch được phát hiện và xử lý kịp thời.

II. NHIỆM VỤ VÀ PHÂN CÔNG
TT\tNội dung\tChủ trì\tPhối hợp\tThời gian
1\tTổ chức chiến dịch diệt lăng quăng, bọ gậy tại các khu phố\tTrạm Y tế phường\tBan điều hành các khu phố\tTháng 4 - 10/2027
2\tTuyên truyền phòng, chống dịch bệnh trên hệ thống loa truyền thanh\tCông chức Văn hóa - Xã hội\tĐoàn Thanh niên phường\tCả năm
3\tKiểm tra an toàn thực phẩm tại các cơ sở kinh doanh ăn uống\tTrạm Y tế phường\tCông an phường\tQuý II, Quý IV/2027

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch: 96 triệu đồng từ ngân sách phường.

IV. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế phường: là cơ quan thường trực, tham mưu Ủy ban nhân dân phường chỉ đạo công tác phòng, chống dịch; báo cáo tình hình dịch bệnh hằng tuần.
2. Công an phường: phối hợp kiểm tra, xử lý các trường hợp vi phạm quy định về phòng, chống dịch bệnh.
3. Ban điều hành các khu phố: vận động Nhân dân vệ sinh môi trường, tham gia chiến dịch diệt lăng quăng./.

Nơi nhận:
- UBND thành phố Long Khê (b/c);
- Trung tâm Y tế thành phố;
- TT Đảng ủy, TT HĐND phường;
- Các khu phố;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phan Thanh Bửu
"""


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / CUSTOM_XML).write_bytes(khanh_docx())
    (out / ZERO_WIDTH).write_bytes(_phong_page().encode("utf-8"))
    (out / UTF16_NO_BOM).write_bytes(MYLUONG.replace("\n", "\r\n").encode("utf-16-le"))
    (out / CR_ONLY).write_bytes(ANTHANH.replace("\n", "\r").encode("utf-8"))
    return [out / name for name in (CUSTOM_XML, ZERO_WIDTH, UTF16_NO_BOM, CR_ONLY)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
