"""Invented documents of hold-out round G41, aimed at READER shapes other than G35's, G37's and G39's: how a real
file of each format carries a plan.

The documents:
- g41_tinh-camlinh: a province's four-year plan in Word (.docx) typed in the legacy TCVN3 code, as old offices still
  send them: every run's text the font's codes ("Uû ban nh©n d©n"), body runs in .VnTime, the capitals (header,
  motto, "KẾ HOẠCH", part headings, the signature's titles) in .VnTimeH typed as the small letters' codes (the
  capitals font draws them upper case), a borderless header table, a ruled task table, a borderless closing table;
- g41_syt-hanguyen: a department's three-year plan in Word whose header (issuer and number, motto and date) sits in
  two floating text boxes (wps:txbx inside mc:AlternateContent with a VML v:textbox fallback) anchored in an empty
  first paragraph, a "MỤC LỤC" with Word's TOC field (fldChar begin / instrText TOC / separate, entries as hyperlinks
  with PAGEREF fields, end) before part I, headings in Heading 1 / Heading 2 styles with _Toc bookmarks, a task table
  whose header row repeats on each page (w:tblHeader) and a long row that may not break across pages (w:cantSplit);
- g41_sxd-bacvan: a department's one-year plan on its portal page (.html) that carries the document twice: the
  visible copy in the article, and a hidden print copy (a <div style="display:none"> the print button shows), both
  with tables built with <caption>, <colgroup>, <thead> of <th>, several <tbody> (one per group of tasks, the group's
  name a <th colspan> row) and a <tfoot> total row in the budget table;
- g41_xa-phuledong: a commune's three-year plan as `pdftotext` (no -layout) gives it from the LibreOffice PDF of a
  Word file whose budget annex sits on a landscape page: table cells one per line in pdftotext's reading order, page
  breaks as form feeds.

First pass (golds written by hand before the first extraction, commit 371ef62; the 4 documents scored alone, code of
70234b9): micro 219/249/249 (0.880). The TCVN3 Word plan whole (59/59/59: the legacy code converted, the .VnTimeH
capitals restored, "i. môc ®Ých" read as part I). The text-box plan 57/58/59: the text boxes read in place (header
12/12/12) and the task table whole, but the TOC field's result is kept as text ("I. MỤC ĐÍCH, YÊU CẦU 2" ... "V. TỔ
CHỨC THỰC HIỆN 4") and taken for the outline's first sections I-V: the bases after it fall inside "V." (0/2) and
the carrying-out sentence "Sở Y tế xây dựng Kế hoạch ... như sau:" is read as a responsibility. The portal page
68/97/68: the hidden print copy (style="display:none") read as a second copy: every objective, task, the statement
and the budget table twice (its <caption>s dropped from the text, the <tfoot> total read first, neither a miss).
The pdftotext plan 35/35/63: header, bases, objectives, statements and responsibilities whole, but the task table
and the annex's budget table come column by column (cells a line each, wrapped cells' lines interleaved): no
activity (0/5) and no budget item (0/23); the same PDF read as PDF gives all 5 tasks and 23 items.

As renditions (tests.invented.renditions --only g41_; docx, html-text and segmented make one file each):
docx 35/39/63 and segmented 35/35/63 (the pdftotext plan: the same column dump), html-text 31/40/53 (the portal's
text with cells glued: "Số: 203/KH-SXDCỘNG HÒA ...", task and budget rows glued "1Tuyên truyền ...Sở Văn hóa ...",
and the hidden copy twice), pdf-layout 193/232/233: the portal printed with both copies (doubled) and its task rows
middle-aligned (each row's number on its middle line, the wrapped lines above it read into the row before: two
activities garbled, three lost); the text-box plan's TOC lines again (bases lost) and their dot-leader lines
longer than the body's, so body lines wrapped at the text's width are read as ended paragraphs ("bệnh và chăm sóc
..." an objective of its own; a probe without the TOC lines reads both bases and the objectives right), task 4's
bullets run into its title; the TCVN3 plan's .VnTimeH capitals printed as small letters' codes ("i. môc ®Ých",
"kÕ ho¹ch", "phã chñ tÞch") read in small letters: part headings "iii. nhiệm vụ, giải pháp" taken as objectives,
the title and the signer's title lost.

Probed beside them (small texts of their own, not in raw/): a TOC in a plain text (entries ending in the page number,
with or without dot leaders) loses the bases and adds "MỤC LỤC" to the title; its dot-leader lines, longer than the
body's, leave the body's wrapped lines unjoined; a portal page with its document in a visible <div> and again in a
display:none <div> reads everything twice; a centered caption line ("Bảng 1. ...") right above a -layout text table's
header loses the table (the same table without it reads whole); a text in TCVN3 codes whose part headings, type line
and signer's title were typed in .VnTimeH (small letters' codes) keeps them in small letters (a heading "ii. tổ
chức thực hiện" an objective, no title); a small table pdftotext wrote column by column in two chunks gives a year
heading as an amount ("Năm" / "2028" read as 2.028 triệu đồng); the same pdftotext text with Windows line ends reads
otherwise (cell_lines.tables_from_column_runs tests for "\n\n" before the line ends are made "\n":
tests/test_text_variants.py's windows-line-ends case fails on g41_xa-phuledong).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g41
OUTDIR` writes every file; the .txt needs soffice and pdftotext (the files in raw/ are the ones the golds were
written against).
"""

from __future__ import annotations

import html
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from tests.invented.build_h1 import _layout, _new, _save, closing
from tests.invented.build_l import _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _rows_table(doc, rows, widths, header_rows=1):
    table = _table(doc, rows)
    _widths(table, widths)
    for r in range(header_rows):
        for cell in table.rows[r].cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    return table


# ---------------------------------------------------------------------------
# 1. A province's plan typed in TCVN3 (.VnTime / .VnTimeH).

TCVN_DOC = "g41_tinh-camlinh_64-kh-ubnd_2027_word-tcvn3-vntime.docx"

CAMLINH_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Rà soát, quy hoạch các điểm du lịch cộng đồng tiềm năng", "Sở Văn hóa, Thể thao và Du lịch",
     "UBND các huyện; Sở Nông nghiệp và Môi trường", "Năm 2027"],
    ["2", "Hỗ trợ cải tạo nhà ở truyền thống làm cơ sở lưu trú homestay", "UBND các huyện",
     "Sở Xây dựng; Sở Tài chính", "2027 - 2030"],
    ["3", "Đào tạo, bồi dưỡng kỹ năng phục vụ khách cho lao động địa phương", "Sở Văn hóa, Thể thao và Du lịch",
     "Trường Cao đẳng Cẩm Linh; Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm"],
    ["4", "Xây dựng bản đồ số và ứng dụng giới thiệu điểm du lịch cộng đồng", "Sở Khoa học và Công nghệ",
     "Sở Văn hóa, Thể thao và Du lịch", "2027 - 2028"],
    ["5", "Phát triển sản phẩm OCOP gắn với điểm du lịch cộng đồng", "Sở Nông nghiệp và Môi trường",
     "Liên minh Hợp tác xã tỉnh", "2027 - 2030"],
    ["6", "Tổ chức Tuần văn hóa - du lịch các dân tộc tỉnh Cẩm Linh", "Sở Văn hóa, Thể thao và Du lịch",
     "UBND huyện Mường Khoa; Đài Phát thanh và Truyền hình tỉnh", "Năm 2028 và năm 2030"],
]


def _caps(p):
    """Mark a paragraph's runs as typed in the capitals font (.VnTimeH)."""
    for run in p.runs:
        run._r.set("caps_font", "1")
    return p


def camlinh_unicode():
    doc = _new()
    t = _layout(doc, ["UỶ BAN NHÂN DÂN", "TỈNH CẨM LINH", "Số: 64/KH-UBND"],
                ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Cẩm Linh, ngày 15 tháng 3 năm 2027"])
    for cell, n in ((t.cell(0, 0), 2), (t.cell(0, 1), 1)):
        for p in cell.paragraphs[:n]:
            _caps(p)
    cell = t.cell(0, 1)
    for run in cell.paragraphs[2].runs:
        run.italic = True
    _caps(_paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14))
    _paragraph(doc, "Phát triển du lịch cộng đồng tỉnh Cẩm Linh giai đoạn 2027 - 2030", bold=True, center=True)
    for line in [
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 08 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Cẩm Linh về phát "
        "triển du lịch cộng đồng giai đoạn 2027 - 2030;",
        "Căn cứ Quyết định số 1452/QĐ-UBND ngày 20 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án phát "
        "triển sản phẩm du lịch đặc trưng tỉnh Cẩm Linh đến năm 2030;",
    ]:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng tỉnh Cẩm Linh giai đoạn "
                    "2027 - 2030, cụ thể như sau:", justify=True)
    body = [
        ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("B", "1. Mục đích"),
        ("P", "Cụ thể hóa các nhiệm vụ, giải pháp tại Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh; huy "
              "động sự tham gia của cộng đồng dân cư vào hoạt động du lịch."),
        ("B", "2. Yêu cầu"),
        ("P", "Các sở, ngành, địa phương chủ động triển khai, bảo đảm thiết thực, hiệu quả, tránh hình thức."),
        ("H", "II. MỤC TIÊU"),
        ("B", "1. Mục tiêu chung"),
        ("P", "Phát triển du lịch cộng đồng trở thành sinh kế bền vững cho đồng bào các dân tộc thiểu số, gắn với "
              "bảo tồn bản sắc văn hóa truyền thống và bảo vệ môi trường sinh thái."),
        ("B", "2. Mục tiêu cụ thể đến năm 2030"),
        ("P", "- Hình thành ít nhất 12 điểm du lịch cộng đồng đạt tiêu chuẩn theo quy định;"),
        ("P", "- Khách du lịch đến các điểm du lịch cộng đồng tăng bình quân 15%/năm;"),
        ("P", "- 100% điểm du lịch cộng đồng được hỗ trợ quảng bá trên nền tảng số;"),
        ("P", "- Trên 60% lao động tham gia hoạt động du lịch cộng đồng được đào tạo, bồi dưỡng kỹ năng nghề;"),
        ("P", "- Thu nhập của hộ tham gia làm du lịch cộng đồng cao hơn 1,5 lần so với hộ sản xuất nông nghiệp "
              "trong cùng thôn, bản."),
        ("H", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("P", "Các nhiệm vụ cụ thể giao các cơ quan, đơn vị thực hiện theo bảng sau:"),
        ("T", None),
        ("H", "IV. KINH PHÍ THỰC HIỆN"),
        ("P", "Tổng kinh phí thực hiện Kế hoạch dự kiến 18.500 triệu đồng, trong đó:"),
        ("P", "- Ngân sách tỉnh: 11.200 triệu đồng;"),
        ("P", "- Ngân sách huyện: 4.300 triệu đồng;"),
        ("P", "- Vốn huy động từ doanh nghiệp và cộng đồng: 3.000 triệu đồng."),
        ("H", "V. TỔ CHỨC THỰC HIỆN"),
        ("B", "1. Sở Văn hóa, Thể thao và Du lịch"),
        ("P", "Là cơ quan thường trực, chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng "
              "hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm."),
        ("B", "2. Sở Tài chính"),
        ("P", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách hằng năm."),
        ("B", "3. Sở Nông nghiệp và Môi trường"),
        ("P", "Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để hỗ trợ phát triển du lịch cộng đồng."),
        ("B", "4. Ủy ban nhân dân các huyện"),
        ("P", "Xây dựng kế hoạch thực hiện tại địa phương; bố trí ngân sách huyện và huy động các nguồn lực hợp "
              "pháp để thực hiện."),
        ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Văn hóa, "
              "Thể thao và Du lịch để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
    ]
    for kind, text in body:
        if kind == "H":
            _caps(_paragraph(doc, text, bold=True, justify=True))
        elif kind == "B":
            _paragraph(doc, text, bold=True, justify=True)
        elif kind == "P":
            _paragraph(doc, text, justify=True)
        else:
            _rows_table(doc, CAMLINH_TASKS, [1.0, 5.0, 3.5, 4.0, 2.5])
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện;",
                  "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Lò Văn Thắng"])
    table = doc.tables[-1]
    for p in table.cell(0, 1).paragraphs[:3]:
        _caps(p)
    return doc


def _tcvn3(doc) -> None:
    """Every run's text in TCVN3 codes (old tone placement), its font .VnTime, or .VnTimeH (typed in small
    letters' codes) for a run marked as capitals."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from tests.metamorphic import _legacy_table, old_tones
    table = _legacy_table("tcvn3")
    body = doc.element.body
    for r in body.iter(qn("w:r")):
        caps = r.attrib.pop("caps_font", None) is not None
        font = ".VnTimeH" if caps else ".VnTime"
        for t in r.iter(qn("w:t")):
            text = old_tones(t.text or "")
            if caps:
                text = text.lower()
            t.text = "".join(table.get(ch, ch) for ch in text)
        rpr = r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), font)
    styles = doc.styles["Normal"].element
    rpr = styles.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), ".VnTime")


def camlinh() -> bytes:
    doc = camlinh_unicode()
    _tcvn3(doc)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A department's plan: header in text boxes, a TOC field, a task table with a repeated header row.

TEXTBOX_DOC = "g41_syt-hanguyen_117-kh-syt_2028_word-hop-van-ban-muc-luc.docx"

HANGUYEN_TASKS = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["1", "Nâng cấp hạ tầng mạng và máy chủ tại các bệnh viện tuyến tỉnh", "Phòng Kế hoạch - Tài chính",
     "Các bệnh viện tuyến tỉnh", "Năm 2028", "Hạ tầng được nâng cấp"],
    ["2", "Triển khai bệnh án điện tử tại các bệnh viện", "Phòng Nghiệp vụ Y",
     "Các bệnh viện tuyến tỉnh; Sở Khoa học và Công nghệ", "2028 - 2029", "Bệnh án điện tử được công nhận"],
    ["3", "Kết nối liên thông dữ liệu khám bệnh, chữa bệnh với Hệ thống thông tin giám định bảo hiểm y tế",
     "Bảo hiểm xã hội tỉnh", "Phòng Nghiệp vụ Y; Các cơ sở khám bệnh, chữa bệnh", "Hằng năm",
     "Dữ liệu được liên thông"],
    ["4", "Cập nhật hồ sơ sức khỏe điện tử cho người dân\n- Rà soát, làm sạch dữ liệu dân cư trên địa bàn;\n"
          "- Cập nhật kết quả khám sức khỏe định kỳ, tiêm chủng;\n- Hướng dẫn người dân tra cứu hồ sơ trên ứng "
          "dụng VNeID.", "Trung tâm Kiểm soát bệnh tật tỉnh",
     "Công an tỉnh; Ủy ban nhân dân các xã, phường", "2028 - 2030", "Hồ sơ sức khỏe điện tử"],
    ["5", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ y tế", "Phòng Tổ chức cán bộ",
     "Trường Cao đẳng Y tế Hà Nguyên", "Hằng năm", "Các lớp tập huấn"],
    ["6", "Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của ngành", "Văn phòng Sở", "Công an tỉnh",
     "Thường xuyên", "Hệ thống được bảo đảm an toàn theo cấp độ"],
    ["7", "Triển khai thanh toán viện phí không dùng tiền mặt", "Các bệnh viện tuyến tỉnh",
     "Các ngân hàng thương mại trên địa bàn", "2028 - 2030", "Tỷ lệ thanh toán không dùng tiền mặt"],
]

_TB_IDS = iter(range(1, 100))


def _textbox_xml(lines: list[tuple[str, bool, bool]], x_cm: float, width_cm: float, height_cm: float) -> str:
    """A floating text box as Word 2010+ writes it: the DrawingML shape (wps:wsp with wps:txbx) inside
    mc:AlternateContent, and its VML fallback (v:shape with v:textbox) holding the same paragraphs."""
    emu = lambda cm: int(cm * 360000)  # noqa: E731
    n = next(_TB_IDS)
    paras = []
    for text, bold, italic in lines:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + '<w:sz w:val="24"/></w:rPr>'
        paras.append(f'<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:r>{rpr}'
                     f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p>')
    content = "".join(paras)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu(width_cm)}" cy="{emu(height_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{emu(width_cm)}" cy="{emu(height_cm)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        '</a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {n}" o:spid="_x0000_s10{n:02d}" type="#_x0000_t202" filled="f" stroked="f" '
        f'style="position:absolute;margin-left:{x_cm:.2f}cm;margin-top:0;width:{width_cm:.2f}cm;'
        f'height:{height_cm:.2f}cm;z-index:{n};visibility:visible;mso-wrap-style:square">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    )


def _heading(doc, text: str, level: int, bookmark: int):
    p = doc.add_paragraph(style=f"Heading {level}")
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f'<w:bookmarkStart {ns} w:id="{bookmark}" w:name="_Toc1{bookmark:07d}"/>'))
    run = p.add_run(text)
    run.font.name = "Times New Roman"
    from docx.shared import Pt, RGBColor
    run.font.size = Pt(13)
    run.font.color.rgb = RGBColor(0, 0, 0)
    run.bold = True
    run.italic = level == 2 or None
    p._p.append(parse_xml(f'<w:bookmarkEnd {ns} w:id="{bookmark}"/>'))
    return p


def _toc(doc, entries: list[tuple[str, int, int, int]]) -> None:
    """Word's table of contents: the TOC field's code in the first entry's paragraph, its result (hyperlinks with
    a tab and a PAGEREF field for the page) one paragraph per heading, the field's end in the last."""
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    _paragraph(doc, "MỤC LỤC", bold=True, center=True)
    for i, (text, level, bookmark, page) in enumerate(entries):
        head = ""
        if i == 0:
            head = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                    '"1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        tail = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entries) - 1 else ""
        indent = '<w:ind w:left="260"/>' if level == 2 else ""
        name = f"_Toc1{bookmark:07d}"
        xml = (f'<w:p {ns}><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" '
               f'w:pos="9062"/></w:tabs><w:spacing w:after="60"/>{indent}'
               f'</w:pPr>{head}<w:hyperlink w:anchor="{name}" w:history="1"><w:r><w:t xml:space="preserve">'
               f'{html.escape(text, quote=False)}</w:t></w:r><w:r><w:tab/></w:r>'
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               f'<w:r><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               f'<w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>{tail}</w:p>')
        doc.element.body.append(parse_xml(xml))
    # (python-docx appends before the body's sectPr only through its own API: move the sectPr back to the end)
    body = doc.element.body
    sect = body.find(f"{W}sectPr")
    if sect is not None:
        body.remove(sect)
        body.append(sect)


def hanguyen() -> bytes:
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = _new()
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    left = _textbox_xml([("UBND TỈNH HÀ NGUYÊN", False, False), ("SỞ Y TẾ", True, False), ("", False, False),
                         ("Số: 117/KH-SYT", False, False)], -1.0, 7.2, 3.2)
    right = _textbox_xml([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                          ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                          ("Hà Nguyên, ngày 22 tháng 4 năm 2028", False, True)], 6.2, 10.2, 3.2)
    anchor = parse_xml(f'<w:p {ns}><w:pPr><w:spacing w:after="0"/></w:pPr>{left}{right}</w:p>')
    body = doc.element.body
    body.insert(0, anchor)
    for _ in range(5):
        _paragraph(doc, "", space_after=0)
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chuyển đổi số ngành y tế tỉnh Hà Nguyên giai đoạn 2028 - 2030", bold=True, center=True)
    heads = [("I. MỤC ĐÍCH, YÊU CẦU", 1), ("II. MỤC TIÊU", 1), ("1. Mục tiêu chung", 2), ("2. Mục tiêu cụ thể", 2),
             ("III. NHIỆM VỤ, GIẢI PHÁP", 1), ("IV. KINH PHÍ THỰC HIỆN", 1), ("V. TỔ CHỨC THỰC HIỆN", 1)]
    pages = [2, 2, 2, 2, 3, 4, 4]
    _toc(doc, [(text, level, i + 1, page) for i, ((text, level), page) in enumerate(zip(heads, pages))])
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in [
        "Căn cứ Quyết định số 2050/QĐ-UBND ngày 30 tháng 12 năm 2027 của Ủy ban nhân dân tỉnh Hà Nguyên ban hành "
        "Kế hoạch chuyển đổi số tỉnh Hà Nguyên giai đoạn 2028 - 2030;",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2028 của Ủy ban nhân dân tỉnh về phát triển y tế số "
        "năm 2028;",
    ]:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "Sở Y tế xây dựng Kế hoạch chuyển đổi số ngành y tế giai đoạn 2028 - 2030 như sau:", justify=True)
    n = iter(range(1, 20))
    _heading(doc, heads[0][0], 1, next(n))
    _paragraph(doc, "1. Mục đích: Đẩy mạnh ứng dụng công nghệ số, nâng cao chất lượng khám bệnh, chữa bệnh và "
                    "hiệu quả quản lý nhà nước về y tế.", justify=True)
    _paragraph(doc, "2. Yêu cầu: Bám sát nhiệm vụ của tỉnh; phân công rõ đơn vị chủ trì, thời hạn và sản phẩm.",
               justify=True)
    _heading(doc, heads[1][0], 1, next(n))
    _heading(doc, heads[2][0], 2, next(n))
    _paragraph(doc, "Ứng dụng công nghệ số toàn diện trong quản lý, khám bệnh, chữa bệnh và chăm sóc sức khỏe Nhân "
                    "dân, hướng tới y tế thông minh.", justify=True)
    _heading(doc, heads[3][0], 2, next(n))
    _paragraph(doc, "Đến năm 2030:", justify=True)
    for line in ["a) 100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử;",
                 "b) 95% trạm y tế xã sử dụng phần mềm quản lý trạm y tế;",
                 "c) Trên 80% người dân có hồ sơ sức khỏe điện tử được cập nhật;",
                 "d) Tỷ lệ thanh toán viện phí không dùng tiền mặt tại các bệnh viện đạt từ 70% trở lên."]:
        _paragraph(doc, line, justify=True)
    _heading(doc, heads[4][0], 1, next(n))
    _paragraph(doc, "Các nhiệm vụ, giải pháp cụ thể tại bảng sau:", justify=True)
    table = _rows_table(doc, HANGUYEN_TASKS, [1.0, 5.2, 2.8, 3.2, 2.0, 2.6])
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)
    for i, row in enumerate(table.rows):
        if i and "\n" in HANGUYEN_TASKS[i][1]:
            tr = row._tr.get_or_add_trPr()
            tr.append(OxmlElement("w:cantSplit"))
    _heading(doc, heads[5][0], 1, next(n))
    _paragraph(doc, "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao Sở Y tế và các đơn vị hằng năm, nguồn thu "
                    "sự nghiệp của các đơn vị và các nguồn hợp pháp khác. Tổng kinh phí dự kiến 24,6 tỷ đồng, trong "
                    "đó: ngân sách tỉnh 15,8 tỷ đồng; nguồn thu sự nghiệp của các đơn vị 8,8 tỷ đồng.", justify=True)
    _heading(doc, heads[6][0], 1, next(n))
    for line in [
        "1. Văn phòng Sở: Là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở.",
        "2. Phòng Kế hoạch - Tài chính: Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch.",
        "3. Trung tâm Kiểm soát bệnh tật tỉnh: Chủ trì cập nhật hồ sơ sức khỏe điện tử; hướng dẫn các trạm y tế xã "
        "sử dụng phần mềm.",
        "4. Các bệnh viện tuyến tỉnh: Xây dựng lộ trình triển khai bệnh án điện tử và thanh toán không dùng tiền "
        "mặt, báo cáo Sở Y tế trước ngày 30 tháng 11 hằng năm.",
    ]:
        _paragraph(doc, line, justify=True)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Khoa học và Công nghệ;", "- Giám đốc, các PGĐ Sở;",
                  "- Các đơn vị trực thuộc Sở;", "- Lưu: VT, VP."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hoàng Minh Khôi"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A department's plan on its portal: the document twice (visible and hidden print copy), rich tables.

PORTAL_DOC = "g41_sxd-bacvan_203-kh-sxd_2029_cong-thong-tin-ban-in-an.html"

BACVAN_GROUPS = [
    ("A. Công tác tuyên truyền, giáo dục", [
        ["1", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trên các phương tiện thông tin đại chúng",
         "Sở Văn hóa, Thể thao và Du lịch", "Báo Bắc Vân; Đài Phát thanh và Truyền hình tỉnh", "Cả năm"],
        ["2", "Đưa nội dung giáo dục an toàn giao thông vào hoạt động ngoại khóa trong trường học",
         "Sở Giáo dục và Đào tạo", "Ban An toàn giao thông tỉnh", "Quý III, Quý IV"],
    ]),
    ("B. Công tác bảo đảm kết cấu hạ tầng giao thông", [
        ["3", "Rà soát, xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông", "Sở Xây dựng",
         "Công an tỉnh; Ủy ban nhân dân các xã, phường", "Quý II"],
        ["4", "Lắp đặt bổ sung biển báo, đèn tín hiệu trên các tuyến quốc lộ, đường tỉnh", "Sở Xây dựng",
         "Khu Quản lý đường bộ II", "Quý III"],
    ]),
    ("C. Công tác tuần tra, kiểm soát, xử lý vi phạm", [
        ["5", "Tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ", "Công an tỉnh",
         "Sở Xây dựng; Ủy ban nhân dân các xã, phường", "Cả năm"],
        ["6", "Kiểm tra điều kiện kinh doanh vận tải, hoạt động của các bến xe khách", "Sở Xây dựng",
         "Công an tỉnh", "Quý II, Quý IV"],
    ]),
]

BACVAN_BUDGET = [
    ["1", "Tuyên truyền, phổ biến pháp luật về trật tự an toàn giao thông", "620", "520", "100"],
    ["2", "Tuần tra, kiểm soát, xử lý vi phạm", "1.450", "1.450", "-"],
    ["3", "Khắc phục điểm đen, điểm tiềm ẩn tai nạn giao thông", "1.100", "800", "300"],
    ["4", "Hỗ trợ nạn nhân tai nạn giao thông", "290", "90", "200"],
]


def _bacvan_document(prefix: str) -> str:
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    out = []
    out.append(f'<table class="{prefix}-header" style="width:100%;border:none"><tr>'
               '<td style="width:40%;text-align:center">UBND TỈNH BẮC VÂN<br><b>SỞ XÂY DỰNG</b><br>'
               'Số: 203/KH-SXD</td>'
               '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
               '<b>Độc lập - Tự do - Hạnh phúc</b><br><i>Bắc Vân, ngày 09 tháng 5 năm 2029</i></td></tr></table>')
    out.append('<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Bảo đảm trật tự an toàn giao thông năm 2029</b>'
               '</p>')
    paras = [
        ("i", "Căn cứ Chỉ thị số 07/CT-UBND ngày 15 tháng 01 năm 2029 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Vân về "
              "tăng cường bảo đảm trật tự an toàn giao thông năm 2029;"),
        ("i", "Thực hiện Kế hoạch số 19/KH-BATGT ngày 25 tháng 01 năm 2029 của Ban An toàn giao thông tỉnh về bảo "
              "đảm trật tự an toàn giao thông năm 2029;"),
        ("p", "Sở Xây dựng ban hành Kế hoạch bảo đảm trật tự an toàn giao thông năm 2029 như sau:"),
        ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông của người tham gia giao thông; "
              "phát huy vai trò của các cơ quan, đơn vị trong bảo đảm an toàn giao thông."),
        ("b", "II. MỤC TIÊU"),
        ("b", "1. Mục tiêu chung"),
        ("p", "Kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí so với năm 2028; không để xảy ra ùn tắc "
              "giao thông kéo dài."),
        ("b", "2. Chỉ tiêu cụ thể"),
        ("ul", ["Giảm từ 5% trở lên số vụ tai nạn giao thông, số người chết và số người bị thương so với năm 2028;",
                "100% trường học tổ chức tuyên truyền an toàn giao thông cho học sinh;",
                "Xử lý dứt điểm ít nhất 08 điểm đen, điểm tiềm ẩn tai nạn giao thông;",
                "Trên 95% người đi mô tô, xe gắn máy đội mũ bảo hiểm đúng quy cách."]),
        ("b", "III. NHIỆM VỤ CỤ THỂ"),
        ("p", "Phân công nhiệm vụ cụ thể theo Bảng 1 dưới đây."),
        ("tasks", None),
        ("b", "IV. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 3.460 triệu đồng (chi tiết tại Bảng 2)."),
        ("budget", None),
        ("b", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Xây dựng: Chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân "
              "dân tỉnh, Ban An toàn giao thông tỉnh."),
        ("p", "2. Công an tỉnh: Chủ trì lực lượng tuần tra, kiểm soát; phối hợp xử lý điểm đen."),
        ("p", "3. Sở Tài chính: Thẩm định, trình bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "4. Ủy ban nhân dân các xã, phường: Tổ chức tuyên truyền tại địa bàn; giải tỏa hành lang an toàn "
              "giao thông."),
    ]
    for kind, text in paras:
        if kind == "i":
            out.append(f'<p style="text-align:justify"><i>{e(text)}</i></p>')
        elif kind == "p":
            out.append(f'<p style="text-align:justify">{e(text)}</p>')
        elif kind == "b":
            out.append(f'<p style="text-align:justify"><strong>{e(text)}</strong></p>')
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in text) + "</ul>")
        elif kind == "tasks":
            t = [f'<table class="{prefix}-table" border="1" cellspacing="0" cellpadding="4" style="width:100%">',
                 "<caption>Bảng 1. Phân công nhiệm vụ</caption>",
                 '<colgroup><col style="width:6%"><col style="width:40%"><col style="width:18%">'
                 '<col style="width:22%"><col style="width:14%"></colgroup>',
                 "<thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th>"
                 "<th>Thời gian</th></tr></thead>"]
            for group, rows in BACVAN_GROUPS:
                t.append(f'<tbody><tr><th colspan="5" style="text-align:left">{e(group)}</th></tr>')
                for row in rows:
                    t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
                t.append("</tbody>")
            t.append("</table>")
            out.append("\n".join(t))
        elif kind == "budget":
            t = [f'<table class="{prefix}-table" border="1" cellspacing="0" cellpadding="4" style="width:100%">',
                 "<caption>Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng)</caption>",
                 '<colgroup><col span="1" style="width:6%"><col style="width:46%"><col span="3" style="width:16%">'
                 "</colgroup>",
                 '<thead><tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th rowspan="2">Tổng số</th>'
                 '<th colspan="2">Nguồn kinh phí</th></tr><tr><th>Ngân sách tỉnh</th><th>Xã hội hóa</th></tr>'
                 "</thead>",
                 '<tfoot><tr><th></th><th>Tổng cộng</th><th>3.460</th><th>2.860</th><th>600</th></tr></tfoot>',
                 "<tbody>"]
            for row in BACVAN_BUDGET:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
    out.append(f'<table class="{prefix}-closing" style="width:100%;border:none"><tr><td style="width:50%;'
               'vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Ban An toàn giao thông tỉnh (b/c);<br>'
               '- UBND tỉnh (b/c);<br>- Công an tỉnh;<br>- Các sở, ngành liên quan;<br>- UBND các xã, phường;<br>'
               '- Lưu: VT, QLVT.</td><td style="text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM '
               'ĐỐC</b><br><br><i>(Đã ký)</i><br><br><b>Trịnh Văn Quân</b></td></tr></table>')
    return "\n".join(out)


def bacvan() -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch bảo đảm trật tự an toàn giao thông năm 2029 - Sở Xây dựng tỉnh Bắc Vân</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Portal/css/site.css">
<style>
@media print {{ .site-header, .site-nav, .article, .site-footer, .sidebar {{ display: none !important; }}
  #ban-in {{ display: block !important; }} }}
.print-only {{ display: none; }}
</style>
<script src="/Portal/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header"><div class="logo"><img src="/Portal/images/logo.png" alt="logo"></div>
<div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ SỞ XÂY DỰNG TỈNH BẮC VÂN</div></header>
<nav class="site-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<main>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<article class="article">
<h1 class="article-title">Kế hoạch bảo đảm trật tự an toàn giao thông năm 2029</h1>
<div class="article-meta">Ngày đăng: 10/05/2029 08:15 | Lượt xem: 1.024 |
<a href="javascript:void(0)" onclick="document.getElementById('ban-in').style.display='block';window.print();">In bài viết</a></div>
<div class="article-body">
{_bacvan_document("vb")}
</div>
<div class="attachments"><b>Tệp đính kèm:</b> <a href="/Upload/2029/05/203-KH-SXD.pdf">203-KH-SXD.pdf</a></div>
</article>
<div id="ban-in" class="print-only" style="display:none">
<div class="print-banner">SỞ XÂY DỰNG TỈNH BẮC VÂN - Bản in</div>
{_bacvan_document("in")}
<div class="print-footer">In từ Cổng thông tin điện tử Sở Xây dựng tỉnh Bắc Vân</div>
</div>
<aside class="sidebar"><h3>Văn bản mới</h3><ul>
<li><a href="/van-ban/198">Kế hoạch số 198/KH-SXD ngày 02/5/2029 về kiểm tra chất lượng công trình</a></li>
<li><a href="/van-ban/187">Thông báo số 187/TB-SXD ngày 20/4/2029 về lịch tiếp công dân</a></li>
</ul></aside>
</main>
<footer class="site-footer">Cơ quan chủ quản: Sở Xây dựng tỉnh Bắc Vân. Địa chỉ: số 12 đường Trần Phú, thành phố
Bắc Vân. Điện thoại: 0208.3851.234.</footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------------------
# 4. A commune's plan as pdftotext gives it from a LibreOffice PDF with a landscape annex.

PDFTOTEXT_DOC = "g41_xa-phuledong_52-kh-ubnd_2028_pdftotext-phu-luc-ngang.txt"

PHULE_TASKS = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Xây dựng mô hình trồng rau hữu cơ tại thôn Đông Hòa", "Phòng Kinh tế",
     "Hợp tác xã Nông nghiệp Đông Hòa", "2028 - 2030"],
    ["2", "Tập huấn kỹ thuật canh tác hữu cơ cho nông dân", "Trung tâm Dịch vụ tổng hợp xã", "Hội Nông dân xã",
     "Hằng năm"],
    ["3", "Hỗ trợ cấp giấy chứng nhận sản phẩm hữu cơ", "Phòng Kinh tế", "Sở Nông nghiệp và Môi trường",
     "2029 - 2030"],
    ["4", "Xúc tiến tiêu thụ, kết nối doanh nghiệp bao tiêu sản phẩm", "Phòng Kinh tế",
     "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã", "2028 - 2030"],
    ["5", "Tuyên truyền về sản xuất nông nghiệp hữu cơ", "Phòng Văn hóa - Xã hội",
     "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hằng năm"],
]

PHULE_BUDGET = [
    ["TT", "Nội dung", "Tổng số", "Năm 2028", "Năm 2029", "Năm 2030", "Ghi chú"],
    ["1", "Xây dựng mô hình trồng rau hữu cơ", "900", "300", "300", "300", ""],
    ["2", "Tập huấn kỹ thuật canh tác hữu cơ", "240", "80", "80", "80", ""],
    ["3", "Hỗ trợ cấp giấy chứng nhận sản phẩm hữu cơ", "450", "-", "250", "200", "Theo số hộ đăng ký"],
    ["4", "Xúc tiến tiêu thụ sản phẩm", "360", "100", "120", "140", ""],
    ["5", "Tuyên truyền về nông nghiệp hữu cơ", "200", "70", "60", "70", ""],
    ["", "Tổng cộng", "2.150", "550", "810", "790", ""],
]


def phule_docx() -> bytes:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LỄ ĐÔNG", "Số: 52/KH-UBND"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Phú Lễ Đông, ngày 14 tháng 02 năm 2028"])
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển nông nghiệp hữu cơ xã Phú Lễ Đông giai đoạn 2028 - 2030", bold=True, center=True)
    for line in [
        "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 20 tháng 12 năm 2027 của Hội đồng nhân dân xã Phú Lễ Đông về kế hoạch "
        "phát triển kinh tế - xã hội năm 2028;",
        "Thực hiện Kế hoạch số 210/KH-UBND ngày 05 tháng 12 năm 2027 của Ủy ban nhân dân tỉnh Vân Hải về phát triển "
        "nông nghiệp hữu cơ giai đoạn 2026 - 2030;",
    ]:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "Ủy ban nhân dân xã ban hành Kế hoạch phát triển nông nghiệp hữu cơ giai đoạn 2028 - 2030 như "
                    "sau:", justify=True)
    for kind, text in [
        ("b", "I. MỤC TIÊU"),
        ("b", "1. Mục tiêu chung"),
        ("p", "Phát triển sản xuất nông nghiệp hữu cơ theo chuỗi giá trị, nâng cao thu nhập cho người dân và bảo vệ "
              "môi trường."),
        ("b", "2. Mục tiêu cụ thể đến năm 2030"),
        ("p", "- Diện tích sản xuất nông nghiệp hữu cơ đạt 45 ha, chiếm 8% diện tích đất sản xuất nông nghiệp của "
              "xã;"),
        ("p", "- Có 03 hợp tác xã sản xuất, kinh doanh sản phẩm hữu cơ;"),
        ("p", "- 70% sản phẩm hữu cơ được tiêu thụ qua hợp đồng liên kết;"),
        ("p", "- 100% hộ tham gia được tập huấn quy trình canh tác hữu cơ."),
        ("b", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        ("tasks", None),
        ("b", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 2.150 triệu đồng, trong đó: ngân sách xã 650 triệu đồng; ngân "
              "sách tỉnh hỗ trợ 1.100 triệu đồng; vốn đối ứng của hợp tác xã và người dân 400 triệu đồng (chi tiết "
              "tại Phụ lục kèm theo)."),
        ("b", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Kinh tế: Chủ trì, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; theo dõi, tổng hợp, báo "
              "cáo kết quả thực hiện định kỳ 6 tháng, hằng năm."),
        ("p", "2. Phòng Văn hóa - Xã hội: Tuyên truyền về sản xuất nông nghiệp hữu cơ trên hệ thống truyền thanh "
              "của xã."),
        ("p", "3. Trung tâm Dịch vụ tổng hợp xã: Tổ chức tập huấn, chuyển giao kỹ thuật canh tác hữu cơ."),
    ]:
        if kind == "b":
            _paragraph(doc, text, bold=True, justify=True)
        elif kind == "p":
            _paragraph(doc, text, justify=True)
        else:
            _rows_table(doc, PHULE_TASKS, [1.0, 5.5, 3.0, 4.0, 2.5])
    closing(doc, ["- UBND tỉnh Vân Hải (b/c);", "- Sở Nông nghiệp và Môi trường;", "- TT Đảng ủy, TT HĐND xã;",
                  "- Chủ tịch, các PCT UBND xã;", "- Như mục IV;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Công Hậu"])
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin, section.right_margin = Cm(2), Cm(2)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ GIAI ĐOẠN 2028 - 2030",
               bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 52/KH-UBND ngày 14/02/2028 của UBND xã Phú Lễ Đông)", italic=True,
               center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    _rows_table(doc, PHULE_BUDGET, [1.2, 9.0, 3.0, 3.0, 3.0, 3.0, 3.5])
    return _save(doc)


def phule() -> bytes:
    pdf = _pdf(phule_docx(), PDFTOTEXT_DOC)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(src), str(Path(tmp) / "plan.txt")], check=True)
        return (Path(tmp) / "plan.txt").read_bytes()


def main(out: str) -> None:
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / TCVN_DOC).write_bytes(camlinh())
    (dest / TEXTBOX_DOC).write_bytes(hanguyen())
    (dest / PORTAL_DOC).write_bytes(bacvan())
    (dest / PDFTOTEXT_DOC).write_bytes(phule())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
