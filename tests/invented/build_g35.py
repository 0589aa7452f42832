"""Invented documents of hold-out round G35, aimed at READER shapes: how a real file of each format carries a plan.

The documents:
- g35_tinh-hoathanh: a province's plan in Word (.docx) whose header is a two-column table without borders, whose
  headings ("I.", "II.", "1.", "2.") are drawn by Word's automatic numbering (numbering.xml, not typed in the text),
  whose task table has group rows merged across the row (gridSpan) and a lead agency merged down (vMerge), and a
  footnote on a target;
- g35_tinh-ngocdong: a province's plan as its portal shows it, printed to PDF by headless Chromium (menu, breadcrumb
  and the portal's metadata before the document, the header as an HTML table, a budget table whose activity cells
  span the rows of their funding sources (rowspan), "(Đã ký)" in the signature, the portal's footer after);
- g35_huyen-kheson: a district's Quyết định with the Kế hoạch it issues attached ("Ban hành kèm theo ..."), a .docx
  saved as a legacy .doc by LibreOffice, an amount table in nghìn đồng;
- g35_snnmt-vankhe: a department's plan as a crawler saves a web page (.txt): the header table's cells one per line
  (each cell's lines joined), paragraphs unwrapped, the task table's cells separated by tabs (an empty cell two tabs),
  "Nơi nhận" and the signature one cell per line.

First pass (golds written by hand before the first extraction, commit 5a3f609; the 4 documents scored alone, code of
ecc90ad): micro 209/214/214 (0.977). Whole: the Word plan (auto-numbered headings, vMerge/gridSpan task table, the
footnote's 41,2% no target), the crawler's .txt (cells one per line, tab table), the decision's header, bases, plan and
its table in nghìn đồng. The misses: the district plan's "Tổng kinh phí ... là N nghìn đồng (...), từ nguồn ngân sách
huyện và Quỹ phòng, chống thiên tai tỉnh" read as the local budget's (a fund after "và" not counted as a second
source: budget_statements._several_sources / ANOTHER_FUND); the portal page's budget table, its source a column
("Nguồn vốn") and its total row's label spanning that column (colspan, the label copied into it): the total row's
four cells read as source other (tables/budget.py, a source cell naming the total). As other renditions
(tests.invented.renditions): docx 39/39/39, docx-html 53/53/53, docx-html-md 52/52/53 and lo-pdf 76/78/84 (a
footnote's mark glued to a percentage, "65%1;", loses the target: normalizers/percent.PERCENT's (?!\\w); the
LibreOffice PDF's page-foot footnote read as task "1"), pdf-layout 123/127/154 and pdf-plain 103/104/138 (the
Chromium PDF's layout text: the browser's running head and foot between the budget table's head and rows lose the
table; its activities' cells spanning two source rows, wrapped and centred, mix label and source; a Word
auto-numbered heading right after a task table swallowed into its last row), segmented 29/31/34 (the segmenter
turns the tab table's tabs into spaces).

Everything is invented (provinces, districts, bodies, names, numbers, dates). `python -m tests.invented.build_g35
OUTDIR` writes every file; the .doc needs soffice, the .pdf chromium (the files in raw/ are the ones the golds were
written against).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, attached_front, closing, decision_front
from tests.invented.build_l import _body, _converted
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# ---------------------------------------------------------------------------
# 1. A province's plan in Word: borderless header table, automatic numbering, merged task table, a footnote (.docx).

WORD_DOC = "g35_tinh-hoathanh_87-kh-ubnd_2027_word-tu-dong-danh-so.docx"

# (level, text): level 0 and 1 are headings numbered by Word ("I.", "1."), None a plain paragraph, "i" italic
WORD_BODY = [
    ("i", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"),
    ("i", "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 12 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Hòa Thạnh về phát "
          "triển du lịch tỉnh Hòa Thạnh giai đoạn 2027 - 2030;"),
    (None, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển nguồn nhân lực ngành du lịch giai đoạn 2027 - 2030 như "
           "sau:"),
    (0, "MỤC ĐÍCH, YÊU CẦU"),
    (None, "Nâng cao chất lượng nguồn nhân lực du lịch, đáp ứng yêu cầu phát triển du lịch trở thành ngành kinh tế "
           "mũi nhọn của tỉnh."),
    (None, "Huy động sự tham gia của doanh nghiệp, cơ sở đào tạo trong đào tạo, bồi dưỡng nhân lực du lịch."),
    (0, "MỤC TIÊU"),
    (1, "Mục tiêu chung"),
    (None, "Phát triển nguồn nhân lực du lịch đủ về số lượng, bảo đảm chất lượng, cơ cấu hợp lý, có tính chuyên "
           "nghiệp, đáp ứng yêu cầu hội nhập quốc tế."),
    (1, "Mục tiêu cụ thể đến năm 2030"),
    ("fn", ("- Tỷ lệ lao động du lịch được đào tạo chuyên môn, nghiệp vụ đạt 65%", ";")),
    (None, "- Đào tạo, bồi dưỡng cho 3.500 lượt lao động du lịch;"),
    (None, "- 100% hướng dẫn viên du lịch tại điểm được cấp thẻ theo quy định;"),
    (None, "- Thu hút ít nhất 20 doanh nghiệp du lịch tham gia đặt hàng đào tạo."),
    (0, "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    (None, "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại bảng sau:"),
    ("table", None),
    (0, "KINH PHÍ THỰC HIỆN"),
    (None, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2027 - 2030 dự kiến là 12.800 triệu đồng, trong đó: ngân sách "
           "tỉnh 9.600 triệu đồng; nguồn xã hội hóa 3.200 triệu đồng."),
    (0, "TỔ CHỨC THỰC HIỆN"),
    (1, "Sở Văn hóa, Thể thao và Du lịch"),
    (None, "Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; trước ngày 15 "
           "tháng 12 hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
    (1, "Sở Tài chính"),
    (None, "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo quy định."),
    (1, "Sở Nội vụ"),
    (None, "Chủ trì kết nối cung - cầu lao động du lịch; lồng ghép đào tạo nghề du lịch trong các chương trình đào "
           "tạo nghề cho lao động nông thôn."),
    (1, "Ủy ban nhân dân các xã, phường"),
    (None, "Tạo điều kiện cho lao động tại địa phương tham gia các lớp bồi dưỡng; báo cáo kết quả thực hiện về Sở "
           "Văn hóa, Thể thao và Du lịch./."),
]

WORD_FOOTNOTE = "Năm 2026, tỷ lệ lao động du lịch được đào tạo trên địa bàn tỉnh đạt 41,2%."

WORD_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["I. ĐÀO TẠO, BỒI DƯỠNG NHÂN LỰC DU LỊCH", "", "", "", ""],
    ["1", "Tổ chức lớp bồi dưỡng kỹ năng nghề du lịch cho lao động tại các điểm du lịch cộng đồng",
     "Sở Văn hóa, Thể thao và Du lịch", "Trường Cao đẳng Du lịch Hòa Thạnh", "Hằng năm"],
    ["2", "Bồi dưỡng ngoại ngữ cho hướng dẫn viên, nhân viên lễ tân", "", "Sở Giáo dục và Đào tạo", "2027 - 2030"],
    ["3", "Tổ chức Hội thi hướng dẫn viên du lịch giỏi cấp tỉnh", "", "Hiệp hội Du lịch tỉnh", "Năm 2028"],
    ["II. CƠ CHẾ, CHÍNH SÁCH VÀ KẾT NỐI DOANH NGHIỆP", "", "", "", ""],
    ["4", "Xây dựng chính sách hỗ trợ học phí cho người học nghề du lịch là người dân tộc thiểu số", "Sở Tài chính",
     "Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ", "Quý IV/2027"],
    ["5", "Kết nối doanh nghiệp du lịch với cơ sở đào tạo, đặt hàng đào tạo theo nhu cầu", "Sở Nội vụ",
     "Hiệp hội Du lịch tỉnh", "Hằng năm"],
    ["6", "Xây dựng cơ sở dữ liệu lao động ngành du lịch", "", "Sở Khoa học và Công nghệ", "Năm 2028"],
]
# the group rows merged across the row (gridSpan), the lead merged down over tasks 1-3 and 5-6 (vMerge)
WORD_MERGES = (((1, 0), (1, 4)), ((5, 0), (5, 4)), ((2, 2), (4, 2)), ((7, 2), (8, 2)))

NUMBERING = f"""<w:abstractNum {W_NS} w:abstractNumId="35">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {W_NS} w:numId="35"><w:abstractNumId w:val="35"/></w:num>'

FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W_NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> {{text}}</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def _auto_numbering(doc) -> None:
    """An outline numbering (I., 1.) in the document's numbering part, Word's way."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    root = doc.part.numbering_part.element
    first_num = root.find(qn("w:num"))
    abstract = parse_xml(NUMBERING)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(parse_xml(NUM))


def _numbered(doc, text: str, level: int):
    from docx.oxml import parse_xml
    p = _paragraph(doc, text, bold=True, justify=True)
    p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="35"/>'
                                              f'</w:numPr>'))
    return p


def _with_footnote(doc, before: str, after: str, note: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    p = _paragraph(doc, before, justify=True)
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="1"/></w:r>'))
    p.add_run(after)
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.replace("{text}", html.escape(note)).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def word_plan() -> bytes:
    doc = _new()
    _auto_numbering(doc)
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA THẠNH", "-------", "Số: 87/KH-UBND"],
            [*MOTTO, "Hòa Thạnh, ngày 09 tháng 4 năm 2027"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển nguồn nhân lực ngành du lịch tỉnh Hòa Thạnh giai đoạn 2027 - 2030", bold=True,
               center=True)
    for kind, text in WORD_BODY:
        if kind == "table":
            _widths(_table(doc, WORD_TASKS, WORD_MERGES), [1.0, 6.0, 3.2, 3.6, 2.2])
        elif kind == "fn":
            _with_footnote(doc, *text, WORD_FOOTNOTE)
        elif kind in (0, 1):
            _numbered(doc, text, kind)
        else:
            _paragraph(doc, text, italic=kind == "i", justify=True)
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;",
                  "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đàm Quốc Khánh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's plan as its portal shows it, printed to PDF by headless Chromium (.pdf).

PORTAL_PDF = "g35_tinh-ngocdong_205-kh-ubnd_2027_cong-thong-tin-in-chromium.pdf"

PORTAL_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch số 205/KH-UBND thực hiện Chương trình phát triển nông nghiệp hữu cơ - Cổng thông tin điện tử tỉnh Ngọc Đông</title>
<style>
body { font-family: "Times New Roman", serif; font-size: 14px; margin: 0; }
.menu { background: #0b5394; color: #fff; padding: 6px; }
.menu a { color: #fff; margin-right: 14px; text-decoration: none; }
.crumb { font-size: 12px; color: #555; padding: 6px; }
.meta td { font-size: 12px; padding: 2px 8px; border: 1px solid #ccc; }
.doc { padding: 10px 30px; }
.doc p { text-align: justify; margin: 4px 0; }
table.money, table.money td, table.money th { border: 1px solid #000; border-collapse: collapse; padding: 3px; }
.footer { background: #eee; font-size: 12px; padding: 8px; margin-top: 20px; }
</style>
</head>
<body>
<div class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức - Sự kiện</a><a href="/van-ban">Văn bản</a><a href="/tthc">Thủ tục hành chính</a><a href="/lien-he">Liên hệ</a></div>
<div class="crumb">Trang chủ » Văn bản chỉ đạo điều hành » Kế hoạch</div>
<table class="meta">
<tr><td>Số ký hiệu</td><td>205/KH-UBND</td><td>Ngày ban hành</td><td>18/05/2027</td></tr>
<tr><td>Cơ quan ban hành</td><td>UBND tỉnh</td><td>Lĩnh vực</td><td>Nông nghiệp</td></tr>
<tr><td>Trích yếu</td><td colspan="3">Kế hoạch thực hiện Chương trình phát triển nông nghiệp hữu cơ tỉnh Ngọc Đông giai đoạn 2027 - 2029</td></tr>
</table>
<div class="doc">
<table style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%;vertical-align:top"><b>ỦY BAN NHÂN DÂN<br>TỈNH NGỌC ĐÔNG</b><br>-------<br>Số: 205/KH-UBND</td>
<td style="text-align:center;width:60%;vertical-align:top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Ngọc Đông, ngày 18 tháng 5 năm 2027</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thực hiện Chương trình phát triển nông nghiệp hữu cơ tỉnh Ngọc Đông giai đoạn 2027 - 2029</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</i></p>
<p><i>Căn cứ Nghị định số 87/2026/NĐ-CP ngày 14 tháng 4 năm 2026 của Chính phủ về nông nghiệp hữu cơ;</i></p>
<p><i>Căn cứ Quyết định số 1430/QĐ-UBND ngày 02 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh phê duyệt Chương trình phát triển nông nghiệp hữu cơ tỉnh Ngọc Đông giai đoạn 2027 - 2029;</i></p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>1. Cụ thể hóa các nội dung của Chương trình thành nhiệm vụ, giải pháp phù hợp với điều kiện của tỉnh.</p>
<p>2. Xác định rõ trách nhiệm của các cơ quan, đơn vị, địa phương trong tổ chức thực hiện.</p>
<p><b>II. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Phát triển nông nghiệp hữu cơ theo chuỗi giá trị, gắn với thị trường tiêu thụ; nâng cao thu nhập cho người sản xuất và bảo vệ môi trường sinh thái.</p>
<p><b>2. Mục tiêu cụ thể đến năm 2029</b></p>
<p>- Diện tích sản xuất nông nghiệp hữu cơ đạt 2.400 ha, chiếm 3,5% tổng diện tích đất sản xuất nông nghiệp;</p>
<p>- Có ít nhất 15 chuỗi liên kết sản xuất, tiêu thụ sản phẩm hữu cơ được chứng nhận;</p>
<p>- 100% sản phẩm hữu cơ của tỉnh được truy xuất nguồn gốc bằng mã QR.</p>
<p><b>III. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p><b>1. Quy hoạch vùng sản xuất hữu cơ tập trung</b></p>
<p>Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát, xác định vùng sản xuất hữu cơ tập trung, ưu tiên vùng chè, cây ăn quả.</p>
<p><b>2. Hỗ trợ chứng nhận sản phẩm hữu cơ</b></p>
<p>Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ hỗ trợ tổ chức, cá nhân chi phí cấp giấy chứng nhận sản phẩm hữu cơ.</p>
<p><b>3. Xúc tiến thương mại, tiêu thụ sản phẩm</b></p>
<p>Sở Công Thương chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh tổ chức hội chợ, kết nối tiêu thụ sản phẩm hữu cơ.</p>
<p><b>IV. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch là 21.900 triệu đồng, trong đó: ngân sách tỉnh 13.200 triệu đồng, xã hội hóa 8.700 triệu đồng; chi tiết như sau:</p>
<p style="text-align:right"><i>Đơn vị tính: triệu đồng</i></p>
<table class="money" style="width:100%">
<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th rowspan="2">Nguồn vốn</th><th rowspan="2">Tổng</th><th colspan="3">Phân kỳ thực hiện</th></tr>
<tr><th>Năm 2027</th><th>Năm 2028</th><th>Năm 2029</th></tr>
<tr><td>1</td><td>Quy hoạch vùng sản xuất hữu cơ tập trung</td><td>Ngân sách tỉnh</td><td>2.700</td><td>1.500</td><td>800</td><td>400</td></tr>
<tr><td rowspan="2">2</td><td rowspan="2">Hỗ trợ chứng nhận sản phẩm hữu cơ</td><td>Ngân sách tỉnh</td><td>6.000</td><td>2.000</td><td>2.000</td><td>2.000</td></tr>
<tr><td>Xã hội hóa</td><td>3.600</td><td>1.200</td><td>1.200</td><td>1.200</td></tr>
<tr><td rowspan="2">3</td><td rowspan="2">Xúc tiến thương mại, tiêu thụ sản phẩm</td><td>Ngân sách tỉnh</td><td>4.500</td><td>1.500</td><td>1.500</td><td>1.500</td></tr>
<tr><td>Xã hội hóa</td><td>5.100</td><td>1.500</td><td>1.700</td><td>1.900</td></tr>
<tr><td></td><td colspan="2"><b>Tổng cộng</b></td><td><b>21.900</b></td><td><b>7.700</b></td><td><b>7.200</b></td><td><b>7.000</b></td></tr>
</table>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Sở Nông nghiệp và Môi trường: Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 hằng năm.</p>
<p>2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.</p>
<p>3. Sở Công Thương: Hỗ trợ quảng bá, xúc tiến tiêu thụ sản phẩm hữu cơ trong và ngoài tỉnh.</p>
<p>4. Ủy ban nhân dân các xã, phường: Tuyên truyền, vận động người dân tham gia sản xuất hữu cơ; báo cáo kết quả về Sở Nông nghiệp và Môi trường./.</p>
<table style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top;font-size:12px"><b><i>Nơi nhận:</i></b><br>- Bộ Nông nghiệp và Môi trường (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KT.</td>
<td style="width:50%;text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><i>(Đã ký)</i><br><br><b>Lâm Văn Tường</b></td>
</tr>
</table>
</div>
<div class="crumb">Tệp đính kèm: 205-KH-UBND.pdf | Lượt xem: 1.284</div>
<div class="footer">Cổng thông tin điện tử tỉnh Ngọc Đông. Cơ quan chủ quản: Ủy ban nhân dân tỉnh Ngọc Đông. Địa chỉ: số 12 đường Trần Hưng Đạo, phường Ngọc Đông. Điện thoại: 0231.3822.456.</div>
</body>
</html>
"""


def portal_pdf() -> bytes:
    from tests.renditions.producers import chromium_print
    return chromium_print(PORTAL_HTML, "portal/van-ban/chi-tiet/205-kh-ubnd.html")


# ---------------------------------------------------------------------------
# 3. A district's decision with the plan it issues attached, a legacy .doc, money in nghìn đồng (.doc).

DECISION_DOC = "g35_huyen-kheson_318-qd-ubnd_2027_qd-kem-kh-nghin-dong.doc"

DISTRICT_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN KHÊ SƠN", "-------"]

DECISION_MONEY = [
    ["STT", "Nội dung", "Tổng cộng", "Ngân sách huyện", "Quỹ phòng, chống thiên tai tỉnh"],
    ["1", "Kiện toàn Ban Chỉ huy, xây dựng phương án ứng phó", "145.000", "145.000", "-"],
    ["2", "Tuyên truyền, nâng cao nhận thức cộng đồng", "220.000", "120.000", "100.000"],
    ["3", "Mua sắm, bổ sung trang thiết bị", "1.200.000", "700.000", "500.000"],
    ["4", "Diễn tập phòng, chống thiên tai cấp xã", "300.000", "300.000", "-"],
    ["", "Tổng cộng", "1.865.000", "1.265.000", "600.000"],
]

DECISION_PLAN = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Chủ động phòng ngừa, ứng phó kịp thời với các loại hình thiên tai theo phương châm \"bốn tại chỗ\"."),
    ("p", "2. Phân công cụ thể trách nhiệm của các cơ quan, đơn vị, địa phương trong công tác phòng, chống thiên tai."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung"),
    ("p", "Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương và có hiệu quả khi thiên tai xảy ra; giảm "
          "thiểu thiệt hại về người và tài sản của Nhân dân và Nhà nước."),
    ("p", "2. Chỉ tiêu cụ thể năm 2027"),
    ("p", "a) 100% xã, thị trấn kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn trước ngày "
          "31/3/2027;"),
    ("p", "b) Tổ chức diễn tập phòng, chống thiên tai tại ít nhất 03 xã;"),
    ("p", "c) Trên 90% hộ dân vùng thường xuyên bị ngập lụt được phổ biến kiến thức phòng, chống thiên tai."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Kiện toàn Ban Chỉ huy, xây dựng phương án ứng phó"),
    ("p", "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn rà soát, "
          "kiện toàn Ban Chỉ huy; cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro."),
    ("p", "2. Tuyên truyền, nâng cao nhận thức cộng đồng"),
    ("p", "Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì, phối hợp với Hội Chữ thập đỏ huyện tuyên truyền "
          "trên hệ thống truyền thanh cơ sở."),
    ("p", "3. Mua sắm, bổ sung trang thiết bị"),
    ("p", "Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch mua sắm áo phao, xuồng máy, nhà "
          "bạt phục vụ cứu hộ, cứu nạn."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2027 là 1.865.000 nghìn đồng (Một tỷ, tám trăm sáu mươi lăm triệu "
          "đồng), từ nguồn ngân sách huyện và Quỹ phòng, chống thiên tai tỉnh, chi tiết như sau:"),
    ("i", "Đơn vị tính: nghìn đồng"),
    ("table", None),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn: Là cơ quan thường trực của Ban Chỉ huy phòng, chống thiên "
          "tai và tìm kiếm cứu nạn huyện; theo dõi, tổng hợp, báo cáo Ủy ban nhân dân huyện."),
    ("p", "2. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "3. Ban Chỉ huy Quân sự huyện, Công an huyện: Xây dựng phương án, bố trí lực lượng, phương tiện sẵn sàng "
          "ứng cứu khi có tình huống."),
    ("p", "4. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch phòng, chống thiên tai của địa phương; chủ động "
          "sơ tán dân khỏi vùng nguy hiểm./."),
]


def decision_with_plan() -> bytes:
    doc = _new()
    decision_front(
        doc, [*DISTRICT_LEFT, "Số: 318/QĐ-UBND"], [*MOTTO, "Khê Sơn, ngày 22 tháng 02 năm 2027"],
        "Ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn huyện Khê Sơn năm 2027",
        "ỦY BAN NHÂN DÂN HUYỆN KHÊ SƠN",
        ["Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;",
         "Căn cứ Kế hoạch số 27/KH-UBND ngày 20 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh Thuận Phong về công tác "
         "phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027;",
         "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện."],
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn huyện Khê Sơn "
         "năm 2027.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nông nghiệp và Phát triển nông thôn, Trưởng phòng "
         "Tài chính - Kế hoạch, Chủ tịch Ủy ban nhân dân các xã, thị trấn và Thủ trưởng các cơ quan, đơn vị liên quan "
         "chịu trách nhiệm thi hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (b/c);", "- Ban Chỉ huy PCTT và TKCN tỉnh;",
         "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, NN."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hà Văn Quyết"])
    attached_front(doc, DISTRICT_LEFT, "KẾ HOẠCH",
                   "Phòng, chống thiên tai và tìm kiếm cứu nạn huyện Khê Sơn năm 2027",
                   "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 22/02/2027 của Ủy ban nhân dân huyện Khê Sơn)")
    for kind, text in DECISION_PLAN:
        if kind == "table":
            _widths(_table(doc, DECISION_MONEY), [1.0, 6.5, 2.6, 2.8, 3.1])
        else:
            _body(doc, [(kind, text)])
    return _converted(_save(doc), DECISION_DOC, "doc")


# ---------------------------------------------------------------------------
# 4. A department's plan as a crawler saves a web page (.txt).

CRAWLED = "g35_snnmt-vankhe_1056-kh-snnmt_2028_trang-web-luu-txt.txt"

CRAWLED_TEXT = (
    "Trang chủ > Văn bản > Văn bản của Sở\n"
    "Lượt xem: 156\n"
    "UBND TỈNH VÂN KHÊ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 1056/KH-SNNMT\n"
    "Vân Khê, ngày 05 tháng 3 năm 2028\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác trồng rừng và phát triển rừng bền vững năm 2028\n"
    "Căn cứ Quyết định số 45/2025/QĐ-UBND ngày 28 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Vân Khê quy định chức "
    "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;\n"
    "Thực hiện Kế hoạch số 18/KH-UBND ngày 15 tháng 01 năm 2028 của Ủy ban nhân dân tỉnh về trồng rừng năm 2028;\n"
    "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Tổ chức thực hiện đạt và vượt các chỉ tiêu trồng rừng được Ủy ban nhân dân tỉnh giao năm 2028.\n"
    "2. Bảo đảm trồng rừng đúng thời vụ, đúng quy trình kỹ thuật, sử dụng giống có nguồn gốc rõ ràng.\n"
    "II. MỤC TIÊU\n"
    "1. Mục tiêu chung\n"
    "Bảo vệ, phát triển bền vững diện tích rừng hiện có; nâng cao chất lượng rừng trồng, góp phần tăng thu nhập cho "
    "người trồng rừng.\n"
    "2. Chỉ tiêu cụ thể\n"
    "- Trồng mới 1.850 ha rừng tập trung, trong đó rừng phòng hộ 250 ha;\n"
    "- Tỷ lệ che phủ rừng toàn tỉnh duy trì ổn định ở mức 58,2%;\n"
    "- Trồng 450.000 cây phân tán các loại.\n"
    "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
    "Phân công nhiệm vụ cụ thể như sau:\n"
    "TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
    "1\tRà soát, xác định quỹ đất trồng rừng năm 2028\tChi cục Kiểm lâm\tỦy ban nhân dân các xã\tQuý I/2028\n"
    "2\tCung ứng giống cây lâm nghiệp có chất lượng\tTrung tâm Giống cây trồng tỉnh\t\tTháng 3 - 6/2028\n"
    "3\tTrồng rừng phòng hộ đầu nguồn\tBan Quản lý rừng phòng hộ Vân Khê\tChi cục Kiểm lâm; Ủy ban nhân dân các xã"
    "\tTháng 5 - 8/2028\n"
    "4\tKiểm tra, nghiệm thu diện tích rừng trồng\tChi cục Kiểm lâm\tPhòng Kế hoạch - Tài chính\tQuý IV/2028\n"
    "IV. KINH PHÍ THỰC HIỆN\n"
    "Tổng kinh phí thực hiện Kế hoạch năm 2028 là 3.450 triệu đồng từ nguồn ngân sách tỉnh (vốn sự nghiệp lâm "
    "nghiệp) đã được giao tại Quyết định giao dự toán năm 2028.\n"
    "V. TỔ CHỨC THỰC HIỆN\n"
    "1. Chi cục Kiểm lâm: Là đơn vị đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Sở trước ngày 10 "
    "tháng 12 năm 2028.\n"
    "2. Phòng Kế hoạch - Tài chính: Hướng dẫn các đơn vị thanh toán, quyết toán kinh phí theo quy định.\n"
    "3. Đề nghị Ủy ban nhân dân các xã phối hợp vận động người dân tham gia trồng rừng, trồng cây phân tán./.\n"
    "Nơi nhận: - UBND tỉnh (b/c); - Giám đốc, các PGĐ Sở; - Như mục V; - Lưu: VT, KL.\n"
    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Bế Thị Hồng Nhung\n"
    "Tệp đính kèm: 1056-KH-SNNMT.pdf\n"
    "© Sở Nông nghiệp và Môi trường tỉnh Vân Khê\n"
)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / WORD_DOC).write_bytes(word_plan())
    (folder / PORTAL_PDF).write_bytes(portal_pdf())
    (folder / DECISION_DOC).write_bytes(decision_with_plan())
    (folder / CRAWLED).write_text(CRAWLED_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
