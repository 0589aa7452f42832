"""Invented documents of hold-out round G37, aimed at READER shapes other than G35's: how a real file of each format
carries a plan.

The documents:
- g37_sgddt-tanha: a province education department's one-year plan saved by Word as "Web Page" (.html): the mso
  style sheet in a conditional comment, every paragraph a `<p class=MsoNormal>` whose source lines Word wraps near 76
  characters (a line end inside a sentence), `<o:p></o:p>` and `&nbsp;` runs, the headings' numbers typed as
  `<span style='mso-list:Ignore'>I.<span style='font:7.0pt ...'>&nbsp;&nbsp;</span></span>` inside `<![if
  !supportLists]>`, the header and the closing ("Nơi nhận" beside the signature) as borderless tables, a task table
  with fixed widths whose cells hold `<p class=MsoNormal>` paragraphs;
- g37_tinh-lamvien: a province's three-year plan in Word (.docx) whose header table sits inside a content control
  (w:sdt), whose left header cell nests a table of its own (issuer's name over its rule), whose task table holds, in
  one partner cell, a nested table of two agencies, whose closing is a borderless two-column table, and whose
  budget annex is a section of its own in landscape after the signature;
- g37_xa-phuochoadong: a commune's one-year plan scraped to Markdown by a converter that escapes ("1\\.", "\\-",
  "II\\."), bolds its headings with "**", keeps the header as an HTML table inside the Markdown, the task table as
  HTML with a lead merged down (rowspan), the budget table as a pipe table whose two-row header lost its merge (the
  spanned "Kinh phí (triệu đồng)" repeated over three columns, the second header row a body row), and the closing as
  a pipe table with `<br>` inside cells;
- g37_tinh-hoanam: a province's two-year plan printed to PDF by LibreOffice from Word, whose budget by source and
  year is NOT a table but paragraphs with right-aligned tab stops (columns aligned by tabs, no borders), and whose
  annex table (groups I-IV, about forty rows in triệu đồng) runs over a page break WITHOUT its header repeated.

First pass (golds written by hand before the first extraction, commit 42da8d4; the 4 documents scored alone, code of
72f8506): micro 337/337/337 (1.000), every group whole: the Word "Web Page" (wrapped source lines, mso-list spans,
borderless header and closing), the .docx (w:sdt header with a nested table, nested partners, landscape annex), the
escaped Markdown (HTML tables with a rowspan lead, the pipe table's repeated merged header), the LibreOffice PDF (tab
stops read as a table, the annex over a page break). Probed beside them and read right: the Word "Web Page" in
windows-1258 with combining tone marks, an escaped Markdown with "\*", "\+" bullets and "a\)" items, a .docx whose
"Nơi nhận" sits in a text box (DrawingML with its VML fallback: read once).

As renditions (tests.invented.renditions --only g37_): docx 43/44/51, html-text 41/49/50, segmented 37/37/51,
html-md 49/49/50, docx-html 70/70/70, docx-html-md 62/62/66, lo-pdf 160/163/171, pdf-layout 298/315/327, pdf-plain
147/151/307. The misses, each with its shape (the report of session 45 gives a small input for each):
- html-md: html2text writes the header cell's "Số:&nbsp;&nbsp;N/KH-X" as "Số:  N/KH-X", the reader cuts the cell
  at the double space, and a "Số:" line alone over its number gives no number (header.NUMBER_LINE);
- html-text (Word's source wraps kept, a cell's text nodes run together): "TỈNH X\nY Số: N/..." (the name's tail
  and the number on one line: no number, the name cut), a bullet wrapped before a quotation ('... tiêu chí\n"Tên"
  ...': a second objective), "- Lưu: VT,\nVP." (the tail lost), a signer's name wrapped before its last syllable,
  a Roman heading's number alone on a line after a flattened table whose cells wrap ("IV.\nKINH PHÍ ...": an
  activity), cells wrapped in a one-cell-a-line table (a name cut at the wrap);
- docx-html-md: html2text breaks the task row holding a nested table (the nested table a pipe table of its own, the
  row's last cell on a line): the rows after it and the nested partners lost;
- lo-pdf: the header's cells nearly touch and the motto wraps "VIỆT / NAM": the issuer read "... nam tỉnh X"; the
  nested partners' table in a PDF cell read as one agency;
- pdf-layout: right-aligned tab stops leave the header labels one space apart ("Tổng số Năm 2029 Năm 2030"): the
  year columns lost; blank lines inside a row (the nested table) end the table; a repeated merged header row
  ("Kinh phí (triệu đồng)" over each amount column) joined onto the column labels reads every column as the total;
- pdf-plain: the tables lost (columns as blocks), as in earlier rounds;
- docx, segmented (and the docx's PDFs) of the .md: the renditions' own shapes (raw HTML blocks copied as text by
  the md-to-docx kind, tags word-segmented by underthesea), no file's.
Probed beside them in the original formats (small files of their own, not in raw/), four misses: a Word "Web Page"'s
bullets, a glyph in a Symbol, Wingdings or Courier New span ("·", "§", "o") inside `<![if !supportLists]>`, kept in
the objective's text; the .docx saved as .rtf by LibreOffice, the row holding the nested table read on other grid
columns (its title lost, "3 3"); an .xlsx written by a library (formulas without cached values: the total column,
the group rows and the total row read empty); a Word "Single File Web Page" (MHTML, quoted-printable) saved as .doc,
read as its MIME text (nothing found). Read right: tracked changes (w:del/w:ins), content controls around runs and
around table rows, a Word "Web Page" saved as .doc.

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g37
OUTDIR` writes every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import copy
import sys
import textwrap
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

# ---------------------------------------------------------------------------
# 1. A department's plan saved by Word as "Web Page" (.html).

WORD_HTML = "g37_sgddt-tanha_214-kh-sgddt_2027_word-luu-trang-web.html"

HTML_HEAD = """\
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="KH%20214%20truong%20hoc%20xanh_files/filelist.xml">
<title>UBND TỈNH TÂN HÀ</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>VP So</o:Author>
  <o:LastAuthor>VP So</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>4</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1391537210;
	mso-list-type:hybrid;}
@list l0:level1
	{mso-level-number-format:roman-upper;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:36.0pt;
	text-indent:-18.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt'>

<div class=WordSection1>
"""


def _wrap(html: str) -> str:
    """Word's HTML source lines: wrapped near 76 characters at spaces (a line end inside a sentence)."""
    return "\n".join(textwrap.wrap(html, 76, break_long_words=False, break_on_hyphens=False))


def _p(text: str, *, align: str = "justify", bold=False, italic=False, indent=True, size=None) -> str:
    style = [f"text-align:{align}"]
    if indent and align == "justify":
        style.append("text-indent:36.0pt")
    style.append("line-height:120%")
    inner = text
    if size:
        inner = f"<span lang=VI style='font-size:{size}.0pt;mso-ansi-language:VI'>{inner}</span>"
    else:
        inner = f"<span lang=VI style='mso-ansi-language:VI'>{inner}</span>"
    if italic:
        inner = f"<i>{inner}</i>"
    if bold:
        inner = f"<b>{inner}</b>"
    return _wrap(f"<p class=MsoNormal style='{';'.join(style)}'>{inner}<o:p></o:p></p>") + "\n\n"


def _listed(number: str, text: str, level: int) -> str:
    """A heading whose number Word draws from its list (l0), saved as a typed span for browsers."""
    gap = "&nbsp;" * (6 if level == 1 else 3)
    return _wrap(
        f"<p class=MsoListParagraph style='margin-left:{18 * level}.0pt;text-align:justify;text-indent:-18.0pt;"
        f"mso-list:l0 level{level} lfo1'><![if !supportLists]><b><span lang=VI style='mso-ansi-language:VI'>"
        f"<span style='mso-list:Ignore'>{number}<span style='font:7.0pt \"Times New Roman\"'>{gap} </span></span>"
        f"</span></b><![endif]><b><span lang=VI style='mso-ansi-language:VI'>{text}<o:p></o:p></span></b></p>"
    ) + "\n\n"


def _cell(lines: list[str], width: float, *, bold: int = 0, align: str = "center", border: bool = True,
          italic_last=False, size: int = 13) -> str:
    ps = []
    for i, line in enumerate(lines):
        inner = f"<span lang=VI style='font-size:{size}.0pt;mso-ansi-language:VI'>{line or '&nbsp;'}</span>"
        if italic_last and i == len(lines) - 1:
            inner = f"<i>{inner}</i>"
        if i < bold:
            inner = f"<b>{inner}</b>"
        ps.append(f"<p class=MsoNormal align={align} style='text-align:{align}'>{inner}<o:p></o:p></p>")
    edge = "solid windowtext 1.0pt" if border else "none"
    return _wrap(f"<td width={int(width * 1.333)} valign=top style='width:{width}pt;border:{edge};"
                 f"padding:0cm 5.4pt 0cm 5.4pt'>" + "".join(ps) + "</td>")


def _layout_table(left: list[str], right: list[str], *, bold=(2, 2), widths=(212.6, 283.5), left_align="center",
                  italic_last=True, size=13) -> str:
    return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=661\n"
            " style='width:496.1pt;border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
            " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>\n"
            + _cell(left, widths[0], bold=bold[0], align=left_align, border=False, size=size) + "\n"
            + _cell(right, widths[1], bold=bold[1], border=False, italic_last=italic_last, size=size) + "\n"
            " </tr>\n</table>\n\n")


HTML_TASKS = [
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["1", "Tuyên truyền, phổ biến nội dung phong trào xây dựng trường học xanh, an toàn đến cán bộ, giáo viên, "
          "học sinh và cha mẹ học sinh", "Văn phòng Sở", "Báo Tân Hà; Đài Phát thanh và Truyền hình tỉnh",
     "Quý I/2027"],
    ["2", "Rà soát, đánh giá hiện trạng cơ sở vật chất, cây xanh, công trình vệ sinh của các trường",
     "Phòng Kế hoạch - Tài chính", "Phòng Giáo dục mầm non; Phòng Giáo dục phổ thông", "Quý II/2027"],
    ["3", "Phát động Tết trồng cây và chăm sóc cây xanh trong khuôn viên trường học", "Phòng Giáo dục phổ thông",
     "Tỉnh đoàn Tân Hà", "Tháng 3 - 4/2027"],
    ["4", "Tập huấn kỹ năng phòng, chống tai nạn thương tích, đuối nước cho giáo viên và học sinh",
     "Phòng Giáo dục mầm non", "Công an tỉnh; Sở Y tế", "Quý III/2027"],
    ["5", "Kiểm tra, đánh giá, công nhận trường học xanh, an toàn năm học 2026 - 2027",
     "Phòng Quản lý chất lượng", "Các phòng thuộc Sở", "Tháng 11 - 12/2027"],
]
HTML_WIDTHS = [28.0, 170.0, 90.0, 120.0, 72.0]


def _task_table() -> str:
    rows = []
    for r, row in enumerate(HTML_TASKS):
        cells = [_cell([text], w, bold=1 if r == 0 else 0, align="center" if c in (0, 4) or r == 0 else "left",
                       size=12) for c, (text, w) in enumerate(zip(row, HTML_WIDTHS))]
        rows.append(f" <tr style='mso-yfti-irow:{r};height:22.0pt'>\n" + "\n".join(cells) + "\n </tr>")
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=640\n"
            " style='width:480.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n"
            + "\n".join(rows) + "\n</table>\n\n")


def word_html() -> bytes:
    parts = [HTML_HEAD]
    parts.append(_layout_table(["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH TÂN HÀ", "",
                                "Số:&nbsp;&nbsp;214/KH-SGDĐT"],
                               [*MOTTO[:2], "", "Tân Hà,&nbsp;ngày&nbsp;14&nbsp;tháng&nbsp;3&nbsp;năm&nbsp;2027"],
                               bold=(2, 2)))
    parts.append(_p("&nbsp;", align="center", indent=False))
    parts.append(_p("KẾ HOẠCH", align="center", bold=True, indent=False))
    parts.append(_p("Triển khai phong trào xây dựng trường học xanh, an toàn năm 2027", align="center", bold=True,
                    indent=False))
    parts.append(_p("&nbsp;", align="center", indent=False))
    parts.append(_p("Căn cứ Quyết định số 38/2025/QĐ-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Tân "
                    "Hà quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo "
                    "tỉnh Tân Hà;", italic=True))
    parts.append(_p("Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Tân "
                    "Hà về xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện năm 2027;", italic=True))
    parts.append(_p("Sở Giáo dục và Đào tạo ban hành Kế hoạch triển khai phong trào xây dựng trường học xanh, "
                    "an toàn năm 2027 như sau:"))
    parts.append(_listed("I.", "MỤC ĐÍCH, YÊU CẦU", 1))
    parts.append(_p("1. Nâng cao nhận thức, trách nhiệm của cán bộ, giáo viên, học sinh trong việc giữ gìn môi "
                    "trường xanh, sạch, đẹp và bảo đảm an toàn trong trường học."))
    parts.append(_p("2. Các hoạt động được tổ chức thiết thực, phù hợp với điều kiện của từng đơn vị, tránh "
                    "hình thức, lãng phí."))
    parts.append(_listed("II.", "MỤC TIÊU", 1))
    parts.append(_p("<b>1. Mục tiêu chung</b>"))
    parts.append(_p("Xây dựng môi trường giáo dục xanh, sạch, đẹp, an toàn, thân thiện; hình thành ý thức bảo "
                    "vệ môi trường và kỹ năng tự bảo vệ cho học sinh."))
    parts.append(_p("<b>2. Mục tiêu cụ thể</b>"))
    parts.append(_p("-&nbsp;100% cơ sở giáo dục xây dựng và thực hiện bộ quy tắc ứng xử văn hóa trong trường "
                    "học;"))
    parts.append(_p("-&nbsp;Ít nhất 85% trường học đạt tiêu chí &quot;Trường học xanh, an toàn&quot; vào cuối "
                    "năm 2027;"))
    parts.append(_p("-&nbsp;Trồng mới 12.000 cây xanh, cây bóng mát trong khuôn viên các trường học;"))
    parts.append(_p("-&nbsp;Không để xảy ra tai nạn thương tích nghiêm trọng đối với học sinh trong trường học."))
    parts.append(_listed("III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", 1))
    parts.append(_p("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện như sau:"))
    parts.append(_task_table())
    parts.append(_listed("IV.", "KINH PHÍ THỰC HIỆN", 1))
    parts.append(_p("Kinh phí thực hiện Kế hoạch là 1.480 triệu đồng, từ nguồn ngân sách tỉnh năm 2027 giao "
                    "cho Sở Giáo dục và Đào tạo và các đơn vị trực thuộc."))
    parts.append(_listed("V.", "TỔ CHỨC THỰC HIỆN", 1))
    parts.append(_p("<b>1. Văn phòng Sở</b>: Chủ trì công tác tuyên truyền; tổng hợp kết quả thực hiện, báo "
                    "cáo Giám đốc Sở trước ngày 15/12/2027."))
    parts.append(_p("<b>2. Phòng Kế hoạch - Tài chính</b>: Tham mưu phân bổ kinh phí; hướng dẫn các đơn vị sử "
                    "dụng kinh phí đúng quy định."))
    parts.append(_p("<b>3. Phòng Quản lý chất lượng</b>: Xây dựng bộ tiêu chí, tổ chức kiểm tra, công nhận "
                    "trường học xanh, an toàn."))
    parts.append(_p("<b>4. Các trường trung học phổ thông</b>: Xây dựng kế hoạch của đơn vị, triển khai các "
                    "nội dung của Kế hoạch này."))
    parts.append(_p("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở (qua Văn "
                    "phòng Sở) để được hướng dẫn./."))
    parts.append(_p("&nbsp;", indent=False))
    parts.append(_layout_table(
        ["<i>Nơi nhận:</i>", "- Bộ GDĐT (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng thuộc Sở;", "- Các cơ sở giáo dục trực thuộc;", "- Lưu: VT, VP."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lương Thị Minh Hạnh"],
        bold=(1, 6), widths=(240.0, 256.1), left_align="left", italic_last=False, size=12))
    parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n</div>\n\n</body>\n\n</html>\n")
    return "".join(parts).replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------
# 2. A province's plan in Word: header in a content control with a nested table, a nested table in a task cell,
#    the closing as a borderless table, a landscape annex section (.docx).

WORD_DOC = "g37_tinh-lamvien_96-kh-ubnd_2028_word-hop-noi-dung-phu-luc-ngang.docx"

DOC_BODY = [
    ("i", "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;"),
    ("i", "Thực hiện Chỉ thị số 12/CT-TTg ngày 05 tháng 02 năm 2028 của Thủ tướng Chính phủ về đẩy mạnh phát "
          "triển kinh tế tập thể, hợp tác xã trong tình hình mới;"),
    (None, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2028 - 2030 "
           "như sau:"),
    ("b", "I. MỤC TIÊU"),
    ("b", "1. Mục tiêu chung"),
    (None, "Phát triển kinh tế tập thể, hợp tác xã theo hướng bền vững, nâng cao hiệu quả hoạt động, góp phần "
           "tăng thu nhập cho thành viên và xây dựng nông thôn mới."),
    ("b", "2. Mục tiêu cụ thể đến năm 2030"),
    (None, "- Phát triển mới ít nhất 150 hợp tác xã;"),
    (None, "- Tỷ lệ hợp tác xã hoạt động hiệu quả đạt trên 70%;"),
    (None, "- 100% cán bộ quản lý hợp tác xã được bồi dưỡng kiến thức quản trị, chuyển đổi số;"),
    (None, "- Thu nhập bình quân của thành viên hợp tác xã tăng 8%/năm."),
    ("b", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    (None, "Các nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian thực hiện tại bảng sau:"),
    ("table", None),
    ("b", "III. KINH PHÍ THỰC HIỆN"),
    (None, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2028 - 2030 là 36.500 triệu đồng, trong đó: ngân sách tỉnh "
           "24.000 triệu đồng; vốn lồng ghép các chương trình mục tiêu quốc gia 8.500 triệu đồng; huy động hợp "
           "pháp khác 4.000 triệu đồng (chi tiết tại Phụ lục kèm theo)."),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    (None, "1. Sở Tài chính: Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch; theo dõi, tổng hợp, báo cáo Ủy "
           "ban nhân dân tỉnh kết quả thực hiện hằng năm."),
    (None, "2. Liên minh Hợp tác xã tỉnh: Hướng dẫn thành lập mới hợp tác xã; tư vấn, hỗ trợ hợp tác xã tiếp cận "
           "các chính sách."),
    (None, "3. Sở Nông nghiệp và Môi trường: Hỗ trợ hợp tác xã nông nghiệp liên kết sản xuất, tiêu thụ sản phẩm."),
    (None, "4. Ủy ban nhân dân các xã, phường: Tuyên truyền, vận động người dân tham gia hợp tác xã; bố trí quỹ "
           "đất cho hợp tác xã theo quy định."),
]

DOC_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["1", "Tuyên truyền, nâng cao nhận thức về kinh tế tập thể, hợp tác xã", "Sở Văn hóa, Thể thao và Du lịch",
     "Liên minh Hợp tác xã tỉnh; Báo Lâm Viên", "Hằng năm"],
    ["2", "Hỗ trợ thành lập mới, tổ chức lại hợp tác xã", "Liên minh Hợp tác xã tỉnh",
     "Ủy ban nhân dân các xã, phường", "2028 - 2030"],
    ["3", "Bồi dưỡng nguồn nhân lực cho hợp tác xã", "Sở Nội vụ", "", "Hằng năm"],
    ["4", "Hỗ trợ ứng dụng khoa học, công nghệ và chuyển đổi số trong hợp tác xã", "Sở Khoa học và Công nghệ",
     "Sở Nông nghiệp và Môi trường", "2028 - 2030"],
    ["5", "Hỗ trợ hợp tác xã tiếp cận vốn tín dụng", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Sở Tài chính",
     "Hằng năm"],
]
NESTED_PARTNERS = ["Liên minh Hợp tác xã tỉnh", "Trường Cao đẳng Lâm Viên"]  # in row 3's partner cell

ANNEX_ROWS = [
    ["TT", "Nội dung", "Tổng kinh phí", "Ngân sách tỉnh", "Vốn lồng ghép", "Huy động khác"],
    ["1", "Tuyên truyền, nâng cao nhận thức về kinh tế tập thể", "1.500", "1.500", "-", "-"],
    ["2", "Hỗ trợ thành lập mới, tổ chức lại hợp tác xã", "9.000", "6.000", "2.000", "1.000"],
    ["3", "Bồi dưỡng nguồn nhân lực cho hợp tác xã", "4.000", "3.000", "1.000", "-"],
    ["4", "Hỗ trợ ứng dụng khoa học, công nghệ và chuyển đổi số", "22.000", "13.500", "5.500", "3.000"],
    ["", "Tổng cộng", "36.500", "24.000", "8.500", "4.000"],
]


def _in_content_control(element, tag: str) -> None:
    """Wrap a body element (a table) in a block-level content control (w:sdt), as a template's header is."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    tag_el = OxmlElement("w:tag")
    tag_el.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(tag_el)
    content = OxmlElement("w:sdtContent")
    element.addprevious(sdt)
    sdt.append(pr)
    sdt.append(content)
    content.append(element)


def _nested_header(doc):
    """The header table (inside a content control): its left cell nests a one-column table holding the issuer's
    name over its rule, the number in a paragraph after it."""
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [6.5, 9.5])
    left = table.cell(0, 0)
    inner = left.add_table(rows=1, cols=1)
    _set_cell_borders(inner, on=False)
    _cell_lines(inner.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH LÂM VIÊN", "-------"], bold_upto=2, size=12)
    # (python-docx leaves the cell's own empty paragraph before the nested table and adds one after: the number
    # goes in the one after)
    left._tc.remove(left.paragraphs[0]._p)
    _cell_lines(left, ["Số: 96/KH-UBND"], size=12)
    _cell_lines(table.cell(0, 1), [*MOTTO, "Lâm Viên, ngày 22 tháng 4 năm 2028"], bold_upto=2, size=12)
    _in_content_control(table._tbl, "Header")
    return table


def _tasks_with_nested_cell(doc):
    table = _table(doc, DOC_TASKS)
    _widths(table, [1.0, 5.5, 3.5, 4.0, 2.0])
    cell = table.cell(3, 3)
    nested = cell.add_table(rows=len(NESTED_PARTNERS), cols=1)
    _set_cell_borders(nested, on=False)
    for i, name in enumerate(NESTED_PARTNERS):
        nested.cell(i, 0).text = name
    return table


def _landscape_annex(doc) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _paragraph(doc, "Phụ lục", bold=True, center=True)
    _paragraph(doc, "KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ GIAI ĐOẠN 2028 - 2030",
               bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 96/KH-UBND ngày 22/4/2028 của Ủy ban nhân dân tỉnh Lâm Viên)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    _widths(_table(doc, ANNEX_ROWS), [1.2, 9.0, 3.5, 3.5, 3.5, 3.5])
    _paragraph(doc, "")


def word_doc() -> bytes:
    doc = _new()
    _nested_header(doc)
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế tập thể, hợp tác xã giai đoạn 2028 - 2030", bold=True, center=True)
    for kind, text in DOC_BODY:
        if kind == "table":
            _tasks_with_nested_cell(doc)
        else:
            _paragraph(doc, text, bold=kind == "b", italic=kind == "i", justify=True)
    closing(doc, ["- Bộ Tài chính (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Quang Vinh"])
    _landscape_annex(doc)
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A commune's plan scraped to Markdown by an escaping converter (.md).

MARKDOWN = "g37_xa-phuochoadong_38-kh-ubnd_2026_md-thoat-ky-tu-bang-html.md"

MARKDOWN_TEXT = """\
<table>
<tbody>
<tr>
<td><p><strong>ỦY BAN NHÂN DÂN</strong><br />
<strong>XÃ PHƯỚC HÒA ĐÔNG</strong><br />
-------</p>
<p>Số: 38/KH-UBND</p></td>
<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong>Độc lập - Tự do - Hạnh phúc</strong><br />
---------------</p>
<p><em>Phước Hòa Đông, ngày 09 tháng 01 năm 2026</em></p></td>
</tr>
</tbody>
</table>

**KẾ HOẠCH**

**Phòng, chống dịch bệnh trên gia súc, gia cầm năm 2026**

_Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;_

_Thực hiện Kế hoạch số 12/KH-UBND ngày 25 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Nam Sơn về phòng,
chống dịch bệnh động vật trên cạn năm 2026;_

Ủy ban nhân dân xã Phước Hòa Đông ban hành Kế hoạch phòng, chống dịch bệnh trên gia súc, gia cầm năm 2026 như
sau:

**I\\. MỤC ĐÍCH, YÊU CẦU**

1\\. Chủ động phòng, chống, không để dịch bệnh nguy hiểm xảy ra và lây lan trên địa bàn xã.

2\\. Huy động sự vào cuộc của cả hệ thống chính trị và người chăn nuôi trong phòng, chống dịch bệnh.

**II\\. MỤC TIÊU**

**1\\. Mục tiêu chung**

Kiểm soát có hiệu quả dịch bệnh trên gia súc, gia cầm, bảo vệ sản xuất chăn nuôi và sức khỏe cộng đồng.

**2\\. Chỉ tiêu cụ thể**

\\- Tỷ lệ tiêm phòng vắc xin Lở mồm long móng cho đàn trâu, bò đạt trên 80% tổng đàn thuộc diện tiêm;

\\- Tỷ lệ tiêm phòng vắc xin Dại cho đàn chó đạt 85% trở lên;

\\- Tổ chức 02 đợt vệ sinh, tiêu độc khử trùng môi trường chăn nuôi trong năm;

\\- 100% ổ dịch (nếu có) được phát hiện, xử lý kịp thời, triệt để.

**III\\. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**

<table>
<thead>
<tr>
<th>TT</th>
<th>Nội dung</th>
<th>Đơn vị chủ trì</th>
<th>Đơn vị phối hợp</th>
<th>Thời gian</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td>Tuyên truyền về phòng, chống dịch bệnh trên gia súc, gia cầm</td>
<td>Phòng Văn hóa - Xã hội</td>
<td>Trung tâm Dịch vụ tổng hợp xã</td>
<td>Thường xuyên</td>
</tr>
<tr>
<td>2</td>
<td>Tổ chức tiêm phòng vắc xin đợt 1</td>
<td rowspan="2">Phòng Kinh tế</td>
<td>Trung tâm Dịch vụ tổng hợp xã</td>
<td>Tháng 3 - 4/2026</td>
</tr>
<tr>
<td>3</td>
<td>Tổ chức tiêm phòng vắc xin đợt 2</td>
<td>Trung tâm Dịch vụ tổng hợp xã</td>
<td>Tháng 9 - 10/2026</td>
</tr>
<tr>
<td>4</td>
<td>Vệ sinh, tiêu độc khử trùng môi trường chăn nuôi</td>
<td>Trung tâm Dịch vụ tổng hợp xã</td>
<td>Hội Nông dân xã</td>
<td>Tháng 5 và tháng 11/2026</td>
</tr>
<tr>
<td>5</td>
<td>Kiểm soát giết mổ, vận chuyển động vật và sản phẩm động vật</td>
<td>Công an xã</td>
<td>Phòng Kinh tế</td>
<td>Thường xuyên</td>
</tr>
</tbody>
</table>

**IV\\. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch là 386,5 triệu đồng, trong đó: ngân sách xã 346,5 triệu đồng; nguồn xã hội
hóa 40 triệu đồng. Dự toán chi tiết như sau:

| TT | Nội dung | Kinh phí (triệu đồng) | Kinh phí (triệu đồng) | Kinh phí (triệu đồng) |
|----|----|----|----|----|
| TT | Nội dung | Tổng số | Ngân sách xã | Xã hội hóa |
| 1 | Tuyên truyền | 26,5 | 26,5 |  |
| 2 | Mua vắc xin, vật tư tiêm phòng | 240 | 240 |  |
| 3 | Hóa chất tiêu độc khử trùng | 95 | 55 | 40 |
| 4 | Kiểm tra, giám sát dịch bệnh | 25 | 25 |  |
|  | **Tổng cộng** | **386,5** | **346,5** | **40** |

**V\\. TỔ CHỨC THỰC HIỆN**

**1\\. Phòng Kinh tế**

\\- Chủ trì, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổ chức tiêm phòng theo đợt;

\\- Tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/12/2026.

**2\\. Trung tâm Dịch vụ tổng hợp xã**

\\- Phối hợp tổ chức tiêm phòng, vệ sinh tiêu độc khử trùng; hướng dẫn người chăn nuôi thực hiện các biện pháp
an toàn sinh học.

**3\\. Công an xã**

\\- Kiểm soát việc vận chuyển động vật, sản phẩm động vật qua địa bàn; xử lý vi phạm theo quy định.

**4\\. Hội Nông dân xã**

\\- Vận động hội viên tham gia tiêm phòng, vệ sinh chuồng trại.

| **_Nơi nhận:_**<br>\\- UBND tỉnh Nam Sơn (b/c);<br>\\- Sở Nông nghiệp và Môi trường (b/c);<br>\\- TT Đảng ủy, TT HĐND xã;<br>\\- Các thành viên UBND xã;<br>\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Đinh Văn Tường** |
|----|----|
"""

# ---------------------------------------------------------------------------
# 4. A province's plan printed to PDF by LibreOffice: budget by tab stops, an annex over a page break (.pdf).

LO_PDF = "g37_tinh-hoanam_175-kh-ubnd_2029_pdf-tab-phu-luc-qua-trang.pdf"

PDF_BODY = [
    ("i", "Căn cứ Nghị định số 45/2027/NĐ-CP ngày 10 tháng 3 năm 2027 của Chính phủ về khuyến công;"),
    ("i", "Căn cứ Nghị quyết số 14/NQ-HĐND ngày 26 tháng 4 năm 2029 của Hội đồng nhân dân tỉnh Hòa Nam quy định "
          "nội dung, mức hỗ trợ cho hoạt động khuyến công trên địa bàn tỉnh;"),
    (None, "Ủy ban nhân dân tỉnh ban hành Kế hoạch khuyến công tỉnh Hòa Nam giai đoạn 2029 - 2030 như sau:"),
    ("b", "I. MỤC TIÊU"),
    ("b", "1. Mục tiêu chung"),
    (None, "Huy động các nguồn lực hỗ trợ cơ sở công nghiệp nông thôn đổi mới công nghệ, nâng cao năng lực sản "
           "xuất, góp phần chuyển dịch cơ cấu kinh tế nông thôn."),
    ("b", "2. Mục tiêu cụ thể đến năm 2030"),
    (None, "- Hỗ trợ ít nhất 60 cơ sở công nghiệp nông thôn ứng dụng máy móc, thiết bị tiên tiến;"),
    (None, "- Đào tạo nghề, truyền nghề cho 1.200 lao động;"),
    (None, "- Giá trị sản xuất công nghiệp nông thôn tăng bình quân 9%/năm;"),
    (None, "- Trên 30% sản phẩm công nghiệp nông thôn tiêu biểu được hỗ trợ xây dựng thương hiệu."),
    ("b", "II. NHIỆM VỤ"),
    ("b", "1. Đào tạo nghề, truyền nghề và nâng cao năng lực quản lý"),
    (None, "- Đơn vị chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại."),
    (None, "- Đơn vị phối hợp: Sở Nội vụ, Ủy ban nhân dân các xã, phường."),
    ("b", "2. Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến vào sản xuất"),
    (None, "- Đơn vị chủ trì: Sở Công Thương."),
    (None, "- Đơn vị phối hợp: Sở Khoa học và Công nghệ."),
    ("b", "3. Xây dựng mô hình trình diễn kỹ thuật"),
    (None, "- Đơn vị chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại."),
    (None, "- Đơn vị phối hợp: Sở Nông nghiệp và Môi trường."),
    ("b", "4. Tư vấn, trợ giúp và phát triển sản phẩm công nghiệp nông thôn tiêu biểu"),
    (None, "- Đơn vị chủ trì: Sở Công Thương."),
    (None, "- Đơn vị phối hợp: Liên minh Hợp tác xã tỉnh."),
    ("b", "III. KINH PHÍ THỰC HIỆN"),
    (None, "Tổng kinh phí thực hiện Kế hoạch dự kiến 18.600 triệu đồng (chi tiết tại Phụ lục kèm theo), theo nguồn "
           "và năm như sau:"),
    ("tabs", None),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    (None, "1. Sở Công Thương: Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân "
           "dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    (None, "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
    (None, "3. Trung tâm Khuyến công và Xúc tiến thương mại: Xây dựng, thẩm định và tổ chức thực hiện các đề án "
           "khuyến công."),
    (None, "4. Ủy ban nhân dân các xã, phường: Giới thiệu, lựa chọn cơ sở công nghiệp nông thôn tham gia đề án."),
]

TAB_LINES = [
    ("Đơn vị tính: triệu đồng", None),
    ("Nguồn kinh phí\tTổng số\tNăm 2029\tNăm 2030", "b"),
    ("Ngân sách tỉnh\t12.400\t6.000\t6.400", None),
    ("Ngân sách trung ương\t4.200\t2.100\t2.100", None),
    ("Vốn đối ứng của cơ sở\t2.000\t1.000\t1.000", None),
    ("Cộng\t18.600\t9.100\t9.500", "b"),
]

# the annex: (code, label, 2029, 2030); a group row's amounts are its rows' sums, the total row first
ANNEX_GROUPS = [
    ("I", "Đào tạo nghề, truyền nghề, nâng cao năng lực quản lý", [
        ("1", "Đào tạo nghề mây tre đan tại xã Phước Sơn", 150, 160),
        ("2", "Đào tạo nghề dệt thổ cẩm tại xã Ea Lâm", 140, 150),
        ("3", "Truyền nghề chế biến nông sản tại xã Tân Mỹ", 120, 130),
        ("4", "Đào tạo nghề may công nghiệp tại phường Hòa Bình", 180, 190),
        ("5", "Tập huấn khởi sự doanh nghiệp cho cơ sở công nghiệp nông thôn", 110, 120),
        ("6", "Nâng cao năng lực quản lý cho chủ cơ sở", 100, 100),
        ("7", "Tập huấn sản xuất sạch hơn trong công nghiệp", 100, 100),
    ]),
    ("II", "Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến", [
        ("1", "Máy sấy nông sản cho Hợp tác xã Nông nghiệp Tân Mỹ", 600, 0),
        ("2", "Dây chuyền sản xuất gạch không nung tại xã Phước Sơn", 900, 0),
        ("3", "Máy chế biến cà phê bột tại xã Ea Lâm", 500, 550),
        ("4", "Thiết bị cưa, xẻ gỗ rừng trồng tại xã Lâm Hà", 0, 800),
        ("5", "Dây chuyền chế biến hạt điều tại xã Tân Mỹ", 700, 750),
        ("6", "Máy đóng gói sản phẩm nước mắm tại phường Hòa Bình", 400, 450),
        ("7", "Thiết bị sản xuất nước đá sạch tại phường Đông Hải", 0, 600),
        ("8", "Thiết bị chế biến thức ăn chăn nuôi tại xã Phước Sơn", 850, 900),
        ("9", "Máy dệt thổ cẩm bán tự động tại xã Ea Lâm", 300, 0),
        ("10", "Thiết bị sản xuất đồ gỗ mỹ nghệ tại xã Lâm Hà", 600, 700),
    ]),
    ("III", "Xây dựng mô hình trình diễn kỹ thuật", [
        ("1", "Mô hình sản xuất phân bón hữu cơ vi sinh", 800, 0),
        ("2", "Mô hình chế biến rau quả sấy dẻo", 0, 750),
        ("3", "Mô hình sản xuất gạch men ốp lát quy mô nhỏ", 700, 650),
        ("4", "Mô hình sản xuất bao bì giấy thân thiện môi trường", 0, 600),
        ("5", "Mô hình chế biến thủy sản khô", 450, 500),
    ]),
    ("IV", "Tư vấn, trợ giúp và phát triển sản phẩm tiêu biểu", [
        ("1", "Tư vấn lập dự án đầu tư cho cơ sở công nghiệp nông thôn", 150, 150),
        ("2", "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", 250, 0),
        ("3", "Hỗ trợ xây dựng thương hiệu sản phẩm", 200, 200),
        ("4", "Hỗ trợ tham gia hội chợ triển lãm trong nước", 300, 300),
        ("5", "Hỗ trợ thuê gian hàng giới thiệu sản phẩm", 100, 100),
        ("6", "Hỗ trợ đăng ký nhãn hiệu, mã vạch sản phẩm", 50, 50),
        ("7", "Xây dựng cơ sở dữ liệu sản phẩm công nghiệp nông thôn", 100, 100),
        ("8", "Thông tin tuyên truyền về khuyến công", 130, 270),
        ("9", "Kiểm tra, giám sát, đánh giá đề án khuyến công", 120, 130),
    ]),
]


def _fmt(value: int) -> str:
    return f"{value:,}".replace(",", ".") if value else "-"


def annex_rows() -> list[list[str]]:
    """The annex table's rows: the header, the total row, then each group row over its items."""
    rows = [["TT", "Nội dung", "Tổng số", "Năm 2029", "Năm 2030"]]
    groups = []
    for code, label, items in ANNEX_GROUPS:
        a = sum(i[2] for i in items)
        b = sum(i[3] for i in items)
        groups.append([code, label, _fmt(a + b), _fmt(a), _fmt(b)])
        for icode, ilabel, x, y in items:
            groups.append([icode, ilabel, _fmt(x + y), _fmt(x), _fmt(y)])
    total_a = sum(i[2] for _, _, items in ANNEX_GROUPS for i in items)
    total_b = sum(i[3] for _, _, items in ANNEX_GROUPS for i in items)
    rows.append(["", "TỔNG CỘNG", _fmt(total_a + total_b), _fmt(total_a), _fmt(total_b)])
    return rows + groups


def _tab_lines(doc) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm
    for text, kind in TAB_LINES:
        p = _paragraph(doc, text, bold=kind == "b", italic=text.startswith("Đơn vị"))
        stops = p.paragraph_format.tab_stops
        for position in (9.5, 12.5, 15.5):
            stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.RIGHT)


def lo_pdf_docx() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA NAM", "-------", "Số: 175/KH-UBND"],
            [*MOTTO, "Hòa Nam, ngày 18 tháng 5 năm 2029"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Khuyến công tỉnh Hòa Nam giai đoạn 2029 - 2030", bold=True, center=True)
    for kind, text in PDF_BODY:
        if kind == "tabs":
            _tab_lines(doc)
        else:
            _paragraph(doc, text, bold=kind == "b", italic=kind == "i", justify=True)
    closing(doc, ["- Bộ Công Thương (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ngành: Công Thương, Tài chính, Nội vụ;", "- UBND các xã, phường;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Hữu Phước"])
    doc.add_page_break()
    _paragraph(doc, "Phụ lục", bold=True, center=True)
    _paragraph(doc, "DANH MỤC ĐỀ ÁN KHUYẾN CÔNG TỈNH HÒA NAM GIAI ĐOẠN 2029 - 2030", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 175/KH-UBND ngày 18/5/2029 của Ủy ban nhân dân tỉnh Hòa Nam)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    _widths(_table(doc, annex_rows()), [1.2, 8.6, 2.2, 2.0, 2.0])  # (no row marked to repeat as header)
    _paragraph(doc, "")
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / WORD_HTML).write_bytes(word_html())
    (folder / WORD_DOC).write_bytes(word_doc())
    (folder / MARKDOWN).write_text(MARKDOWN_TEXT, encoding="utf-8")
    (folder / LO_PDF).write_bytes(_pdf(lo_pdf_docx(), LO_PDF))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
