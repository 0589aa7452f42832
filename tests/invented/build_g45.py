"""Invented documents of hold-out round G45, aimed at READER shapes the invented set did not hold yet: how a real file
of each format carries a plan.

The documents:
- g45_sgddt-lamthuy: a provincial department's one-year plan in Word saved as "Web Page" (.htm) in the Western code
  page: every Vietnamese letter outside Windows-1252 a numeric reference ("K&#7871; ho&#7841;ch"), the source wrapped
  by Word at about 76 columns inside the text, mso- styles, <o:p></o:p> in every paragraph, runs split mid-word into
  spans, the conditional comments Word writes (the XML document settings, the VML line under the motto with its
  <![if !vml]> image), list bullets as <![if !supportLists]> spans of "-" and &nbsp;s, a borderless header table, a
  ruled task table of MsoNormal paragraphs (partner cells with two paragraphs), a borderless closing table;
- g45_xa-tanhoakhe: a commune's one-year plan as a PDF-to-Markdown converter writes it (marker/docling style): the
  header block a pipe table (the motto's two lines in one cell), every bold line a "## " heading (the title's lines,
  the parts, the items, the numbered agencies), the page numbers left as lines, the task table broken at a page into
  two tables (the second's first data row standing as its header), agencies apart by <br> in a cell, the part
  heading "III." split by the page break into two headings, the closing table with <br>-joined lines (.md);
- g45_snnmt-hadong: a department's annexes as an Excel workbook: sheet 1 the task list (group rows merged across,
  partners on lines of one cell), sheet 2 the estimate with a two-row header of merged cells ("Chia theo năm",
  "Nguồn vốn"), "ĐVT: triệu đồng" above it, row totals and a "Tổng cộng" row as formulas whose cached values Excel
  stored (.xlsx; no header scored: the plan itself is elsewhere);
- g45_tinh-kimdai: a province's Decision and the Plan it approves in one PDF made by LibreOffice from Word: the
  Decision (bases, Điều 1-3, its recipients and signature) on portrait pages, the Plan after a page break, its task
  annex on a landscape page (a section turned to landscape) (.pdf; LibreOffice stamps its own producer and dates, so
  the builder keeps the file in raw/ unless given --print).

The round's first pass (tests/test_g45_holdout.py gives it) read the web page, the Decision with its Plan and the
workbook's estimate whole; the converter's Markdown lost the tasks of its table's second part, and the workbook one
partner cell's two agencies.

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g45
[OUTDIR] [--print]` writes the four documents (the files in raw/ are the ones the golds were written against).
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

WEB_PAGE = "g45_sgddt-lamthuy_142-kh-sgddt_2027_word-luu-trang-web.htm"
CONVERTED_MD = "g45_xa-tanhoakhe_63-kh-ubnd_2028_md-chuyen-tu-pdf.md"
ANNEX_XLSX = "g45_snnmt-hadong_phu-luc-ke-hoach_2026_so-lieu-cong-thuc.xlsx"
DECISION_PDF = "g45_tinh-kimdai_872-qd-ubnd_2026_qd-kem-kh-trang-ngang.pdf"


# ---------------------------------------------------------------------------------------------------------------
# 1. Word's "Save as Web Page" in the Western code page.

def _ref(text: str) -> str:
    """`text` as Word writes it into a windows-1252 page: markup characters escaped, letters outside the code page
    as numeric references."""
    out = []
    for ch in html.escape(text, quote=False):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def _wrap(source: str, width: int = 76) -> str:
    """Word's source wrapping: a line broken at a space once it passes `width` columns (inside text and tags)."""
    lines = []
    for line in source.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            lines.append(line[:cut])
            line = line[cut + 1:]
        lines.append(line)
    return "\n".join(lines)


_SPAN = "<span lang=VI style='font-size:14.0pt;font-family:\"Times New Roman\",serif'>"


def _runs(text: str) -> str:
    """A paragraph's text as Word's runs: split where the typist's edits fell (here every 23rd character, so inside
    words), each run a span of its own."""
    parts = [text[k:k + 23] for k in range(0, len(text), 23)] or [""]
    return "".join(f"{_SPAN}{_ref(p)}</span>" for p in parts)


def _p(text: str, *, bold: bool = False, center: bool = False, indent: bool = True, cls: str = "MsoNormal",
       italic: bool = False) -> str:
    style = "text-align:center" if center else ("text-align:justify;text-indent:36.0pt" if indent else
                                                 "text-align:justify")
    body = _runs(text)
    if bold:
        body = f"<b>{body}</b>"
    if italic:
        body = f"<i>{body}</i>"
    align = " align=center" if center else ""
    return (f"<p class={cls}{align} style='margin-top:6.0pt;margin-right:0cm;margin-bottom:0cm;{style};"
            f"line-height:normal'>{body}<span lang=VI style='font-size:14.0pt'><o:p></o:p></span></p>")


def _bullet(text: str, n: int) -> str:
    return ("<p class=MsoListParagraph style='margin-top:6.0pt;margin-right:0cm;margin-bottom:0cm;margin-left:0cm;"
            "text-align:justify;text-indent:36.0pt;line-height:normal;mso-list:l0 level1 lfo1'>"
            "<![if !supportLists]><span lang=VI style='font-size:14.0pt;font-family:\"Times New Roman\",serif;"
            "mso-fareast-font-family:\"Times New Roman\"'><span style='mso-list:Ignore'>-<span style='font:7.0pt "
            "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            f"<![endif]>{_runs(text)}<span lang=VI style='font-size:14.0pt'><o:p></o:p></span></p>")


def _empty() -> str:
    return "<p class=MsoNormal><span lang=VI style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>"


def _cell_p(text: str, *, bold: bool = False, center: bool = False) -> str:
    align = " align=center" if center else ""
    style = "text-align:center" if center else "text-align:justify"
    body = "".join(f"<span lang=VI style='font-size:12.0pt'>{_ref(p)}</span>" for p in re.findall(r".{1,17}", text))
    if bold:
        body = f"<b>{body}</b>"
    return (f"<p class=MsoNormal{align} style='margin-top:3.0pt;margin-right:0cm;margin-bottom:3.0pt;{style};"
            f"line-height:normal'>{body}<span lang=VI style='font-size:12.0pt'><o:p></o:p></span></p>")


def _td(paras: list[str], width: float, ruled: bool) -> str:
    border = ("border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt" if ruled else
              "border:none")
    return (f"<td width={round(width * 1.33)} valign=top style='width:{width}pt;{border};padding:0cm 5.4pt 0cm "
            f"5.4pt'>{''.join(paras)}</td>")


def _table(rows: list[list[list[str]]], widths: list[float], ruled: bool) -> str:
    cls = "MsoTableGrid" if ruled else "MsoNormalTable"
    border = "border=1 " if ruled else "border=0 "
    out = [f"<table class={cls} {border}cellspacing=0 cellpadding=0 width={round(sum(widths) * 1.33)} "
           "style='border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for k, row in enumerate(rows):
        flag = ";mso-yfti-firstrow:yes" if k == 0 else (";mso-yfti-lastrow:yes" if k == len(rows) - 1 else "")
        out.append(f"<tr style='mso-yfti-irow:{k}{flag}'>")
        out.extend(_td(cell, w, ruled) for cell, w in zip(row, widths))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{stem}_files/filelist.xml">
<link rel=Edit-Time-Data href="{stem}_files/editdata.mso">
<!--[if !mso]>
<style>
v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style>
<![endif]-->
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Van thu</o:Author>
  <o:LastAuthor>Admin</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>95</o:TotalTime>
  <o:Created>2027-03-06T01:12:00Z</o:Created>
  <o:LastSaved>2027-03-08T02:40:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="{stem}_files/themedata.thmx">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SplitPgBreakAndParaMark/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 42.55pt 56.7pt 85.05pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1254380123;
	mso-list-type:hybrid;
	mso-list-template-ids:-1203928574 67698689 67698691 67698693 67698689 67698691 67698693 67698689 67698691 67698693;}}
@list l0:level1
	{{mso-level-start-at:0;
	mso-level-number-format:bullet;
	mso-level-text:-;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:54.0pt;
	text-indent:-18.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt'>

<div class=WordSection1>

"""

_MOTTO_LINE = ("<p class=MsoNormal align=center style='text-align:center'><!--[if gte vml 1]>"
               "<v:line id=\"_x0000_s1026\" "
               "style='position:absolute;left:0;text-align:left;z-index:251659264' from=\"62.25pt,2.1pt\" "
               "to=\"198.75pt,2.1pt\"/><![endif]--><![if !vml]><span style='mso-ignore:vglayout;position:absolute;"
               "z-index:251659264;left:0px;margin-left:82px;margin-top:2px;width:184px;height:2px'><img width=184 "
               "height=2 src=\"{stem}_files/image001.gif\" v:shapes=\"_x0000_s1026\"></span><![endif]>"
               "<span lang=VI style='font-size:13.0pt'><o:p>&nbsp;</o:p></span></p>")


def lamthuy() -> bytes:
    stem = Path(WEB_PAGE).stem
    header = _table([
        [[_cell_p("ỦY BAN NHÂN DÂN TỈNH LAM THỦY", center=True),
          _cell_p("SỞ GIÁO DỤC VÀ ĐÀO TẠO", bold=True, center=True),
          _MOTTO_LINE.format(stem=stem),
          _cell_p("Số: 142/KH-SGDĐT", center=True)],
         [_cell_p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
          _cell_p("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
          _MOTTO_LINE.format(stem=stem),
          "<p class=MsoNormal align=center style='text-align:center'><i>"
          + "".join(f"<span lang=VI style='font-size:13.0pt'>{_ref(p)}</span>"
                    for p in ("Thủy An, ngày 08 th", "áng 3 năm 2027")) + "<o:p></o:p></i></p>"]],
    ], [190.0, 290.0], ruled=False)
    tasks_rows = [
        ("1", "Tuyên truyền, giáo dục kỹ năng phòng, chống đuối nước trong các cơ sở giáo dục",
         "Phòng Chính trị, tư tưởng và Công tác học sinh", ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"], "Cả năm"),
        ("2", "Tổ chức dạy bơi an toàn cho học sinh tiểu học trong dịp hè",
         "Phòng Giáo dục Mầm non và Tiểu học", ["Sở Văn hóa, Thể thao và Du lịch"], "Tháng 6 - 8/2027"),
        ("3", "Lắp đặt bể bơi di động tại các trường học có đủ điều kiện",
         "Phòng Kế hoạch - Tài chính", ["Ủy ban nhân dân các xã, phường"], "Quý II/2027"),
        ("4", "Tập huấn kỹ năng sơ cứu người bị đuối nước cho giáo viên thể dục",
         "Phòng Giáo dục Trung học", ["Sở Y tế", "Hội Chữ thập đỏ tỉnh"], "Tháng 5/2027"),
        ("5", "Kiểm tra, rà soát các điểm có nguy cơ đuối nước gần trường học",
         "Phòng Chính trị, tư tưởng và Công tác học sinh", ["Ủy ban nhân dân các xã, phường"], "Quý II/2027"),
    ]
    tasks = _table(
        [[[_cell_p(h, bold=True, center=True)] for h in
          ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")]]
        + [[[_cell_p(n, center=True)], [_cell_p(t)], [_cell_p(lead)], [_cell_p(p) for p in partners],
            [_cell_p(when, center=True)]] for n, t, lead, partners, when in tasks_rows],
        [28.0, 170.0, 100.0, 110.0, 70.0], ruled=True)
    closing = _table([[
        ["<p class=MsoNormal style='text-align:justify'><b><i><span lang=VI style='font-size:12.0pt'>"
         f"{_ref('Nơi nhận:')}</span></i></b><span lang=VI style='font-size:12.0pt'><o:p></o:p></span></p>"]
        + [f"<p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:11.0pt'>{_ref(r)}"
           "<o:p></o:p></span></p>" for r in
           ("- Bộ GDĐT (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng thuộc Sở;",
            "- Các cơ sở giáo dục trực thuộc;", "- Lưu: VT, CTTT.")],
        [_cell_p("KT. GIÁM ĐỐC", bold=True, center=True), _cell_p("PHÓ GIÁM ĐỐC", bold=True, center=True),
         _empty(), _empty(), _empty(), _cell_p("Đinh Thị Thu Hà", bold=True, center=True)],
    ]], [230.0, 250.0], ruled=False)
    body = [
        header, _empty(),
        _p("KẾ HOẠCH", bold=True, center=True),
        _p("Phòng, chống đuối nước cho học sinh năm 2027", bold=True, center=True),
        _p("Căn cứ Quyết định số 1248/QĐ-UBND ngày 20 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Lam Thủy về việc "
           "ban hành Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2026 - 2030;", italic=True),
        _p("Thực hiện Công văn số 356/UBND-KGVX ngày 15 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh về tăng cường "
           "công tác phòng, chống đuối nước trẻ em,", italic=True),
        _p("Sở Giáo dục và Đào tạo xây dựng Kế hoạch phòng, chống đuối nước cho học sinh năm 2027 như sau:"),
        _p("I. MỤC TIÊU", bold=True),
        _p("1. Mục tiêu chung", bold=True),
        _p("Nâng cao nhận thức, kỹ năng phòng, chống đuối nước cho học sinh; giảm số học sinh bị tử vong do đuối "
           "nước so với năm 2026."),
        _p("2. Mục tiêu cụ thể", bold=True),
        _bullet("100% cơ sở giáo dục phổ thông tổ chức tuyên truyền về phòng, chống đuối nước cho học sinh.", 1),
        _bullet("Ít nhất 70% học sinh từ lớp 3 đến lớp 5 được học bơi an toàn.", 2),
        _bullet("Lắp đặt mới 25 bể bơi di động tại các trường học.", 3),
        _p("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        _p("Các nhiệm vụ cụ thể được phân công như sau:"),
        tasks,
        _p("III. KINH PHÍ THỰC HIỆN", bold=True),
        _p("Tổng kinh phí thực hiện Kế hoạch là 2.450 triệu đồng, trong đó: ngân sách tỉnh 1.850 triệu đồng; nguồn "
           "xã hội hóa 600 triệu đồng."),
        _p("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        _p("1. Phòng Chính trị, tư tưởng và Công tác học sinh", bold=True),
        _p("Chủ trì, tham mưu Giám đốc Sở triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện trước ngày 15 "
           "tháng 12 năm 2027."),
        _p("2. Phòng Giáo dục Mầm non và Tiểu học", bold=True),
        _p("Hướng dẫn các trường tiểu học tổ chức dạy bơi an toàn cho học sinh trong dịp hè."),
        _p("3. Phòng Kế hoạch - Tài chính", bold=True),
        _p("Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        _p("4. Các cơ sở giáo dục", bold=True),
        _p("Xây dựng kế hoạch phòng, chống đuối nước của đơn vị; phối hợp với gia đình quản lý học sinh trong dịp "
           "nghỉ hè."),
        _p("Trên đây là Kế hoạch phòng, chống đuối nước cho học sinh năm 2027 của Sở Giáo dục và Đào tạo./."),
        _empty(), closing,
        "<p class=MsoNormal><span lang=VI style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>",
    ]
    page = (_WORD_HEAD.format(stem=stem, title=_ref("KẾ HOẠCH")) + "\n\n".join(_wrap(b) for b in body)
            + "\n\n</div>\n\n</body>\n\n</html>\n")
    return page.replace("\n", "\r\n").encode("cp1252")


# ---------------------------------------------------------------------------------------------------------------
# 2. A commune's plan as a PDF-to-Markdown converter writes it.

def _pipe(rows: list[list[str]]) -> str:
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
                     + [line(r) for r in rows[1:]])


def tanhoakhe() -> bytes:
    head = _pipe([["ỦY BAN NHÂN DÂN XÃ TÂN HÒA KHÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"],
                  ["Số: 63/KH-UBND", "Tân Hòa Khê, ngày 21 tháng 02 năm 2028"]])
    tasks1 = _pipe([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Cứng hóa 6,5 km đường trục thôn và lắp đặt đèn chiếu sáng", "Phòng Kinh tế",
         "Ban quản lý các thôn<br>Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Quý III/2028"],
        ["2", "Xây dựng mô hình thôn thông minh tại thôn Gò Mít", "Phòng Văn hóa - Xã hội",
         "Trung tâm Dịch vụ tổng hợp xã<br>Đoàn Thanh niên xã", "Quý IV/2028"],
        ["3", "Hỗ trợ chủ thể sản xuất hoàn thiện hồ sơ sản phẩm OCOP", "Phòng Kinh tế",
         "Hội Nông dân xã<br>Hội Liên hiệp Phụ nữ xã", "Tháng 9/2028"],
    ])
    tasks2 = _pipe([
        ["4", "Thu gom, xử lý rác thải sinh hoạt tại các thôn", "Trung tâm Dịch vụ tổng hợp xã",
         "Ban quản lý các thôn", "Cả năm"],
        ["5", "Vận động người dân tham gia bảo hiểm y tế", "Phòng Văn hóa - Xã hội",
         "Trạm Y tế xã<br>Bảo hiểm xã hội khu vực", "Cả năm"],
    ])
    closing = _pipe([
        ["Nơi nhận:<br>- UBND tỉnh (b/c);<br>- TT Đảng ủy, TT HĐND xã;<br>- Chủ tịch, các PCT UBND xã;"
         "<br>- Các phòng, ban, đơn vị thuộc xã;<br>- Ban quản lý các thôn;<br>- Lưu: VT.",
         "TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br><br>Hà Văn Lợi"],
    ])
    parts = [
        head,
        "## KẾ HOẠCH",
        "## Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2028",
        "Căn cứ Quyết định số 512/QĐ-TTg ngày 08 tháng 3 năm 2027 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc "
        "gia về xã nông thôn mới nâng cao giai đoạn 2026 - 2030;",
        "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 18 tháng 12 năm 2027 của Hội đồng nhân dân xã về nhiệm vụ phát triển "
        "kinh tế - xã hội năm 2028;",
        "Ủy ban nhân dân xã ban hành Kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2028 như sau:",
        "## I. MỤC TIÊU",
        "## 1. Mục tiêu chung",
        "Huy động các nguồn lực để hoàn thành các tiêu chí xã nông thôn mới nâng cao; nâng cao đời sống vật chất, "
        "tinh thần của Nhân dân.",
        "## 2. Mục tiêu cụ thể",
        "- Tỷ lệ hộ nghèo đa chiều giảm còn dưới 1,5%.\n"
        "- 100% tuyến đường trục thôn được cứng hóa và có đèn chiếu sáng.\n"
        "- Có thêm 4 sản phẩm đạt chuẩn OCOP.\n"
        "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.",
        "## II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "Các nhiệm vụ trọng tâm được phân công như sau:",
        tasks1,
        "2",
        tasks2,
        "## III. KINH PHÍ VÀ NGUỒN LỰC THỰC",
        "3",
        "## HIỆN",
        "Tổng kinh phí thực hiện Kế hoạch dự kiến 14.800 triệu đồng, gồm: ngân sách Trung ương 6.000 triệu đồng; "
        "ngân sách tỉnh 5.200 triệu đồng; ngân sách xã 1.600 triệu đồng; nhân dân đóng góp và huy động xã hội hóa "
        "2.000 triệu đồng.",
        "## IV. TỔ CHỨC THỰC HIỆN",
        "## 1. Phòng Kinh tế",
        "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp, báo cáo kết quả trước "
        "ngày 15 tháng 12 năm 2028.",
        "## 2. Phòng Văn hóa - Xã hội",
        "Tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới nâng cao.",
        "## 3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Phát động phong trào toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh.",
        "## 4. Ban quản lý các thôn",
        "Vận động người dân hiến đất, đóng góp ngày công làm đường giao thông nông thôn.",
        "Trên đây là Kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2028 của Ủy ban nhân dân xã Tân Hòa "
        "Khê./.",
        closing,
        "4",
    ]
    return ("\n\n".join(parts) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 3. A department's annexes as an Excel workbook, written as Excel writes one (shared strings, cached formulas).

def _col(n: int) -> str:
    return "ABCDEFGHIJ"[n]


class _Sheet:
    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        self.rows: dict[int, list[str]] = {}
        self.merges: list[str] = []

    def _put(self, ref: str, xml: str) -> None:
        row = int(re.sub(r"[A-Z]", "", ref))
        self.rows.setdefault(row, []).append(xml)

    def text(self, ref: str, value: str, style: int = 1) -> None:
        if value not in self.strings:
            self.strings.append(value)
        self._put(ref, f'<c r="{ref}" s="{style}" t="s"><v>{self.strings.index(value)}</v></c>')

    def number(self, ref: str, value: float, style: int = 2) -> None:
        self._put(ref, f'<c r="{ref}" s="{style}"><v>{value:g}</v></c>')

    def formula(self, ref: str, formula: str, value: float, style: int = 2) -> None:
        self._put(ref, f'<c r="{ref}" s="{style}"><f>{formula}</f><v>{value:g}</v></c>')

    def xml(self, widths: list[float]) -> str:
        cols = "".join(f'<col min="{k + 1}" max="{k + 1}" width="{w}" customWidth="1"/>' for k, w in enumerate(widths))
        rows = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in sorted(self.rows.items()))
        merges = (f'<mergeCells count="{len(self.merges)}">'
                  + "".join(f'<mergeCell ref="{m}"/>' for m in self.merges) + "</mergeCells>") if self.merges else ""
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                f'<cols>{cols}</cols><sheetData>{rows}</sheetData>{merges}'
                '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                '<pageSetup paperSize="9" orientation="landscape"/></worksheet>')


_XLSX_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>'
    '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>'
    '<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
    '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
    '<alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def hadong() -> bytes:
    strings: list[str] = []
    tasks = _Sheet(strings)
    tasks.text("A1", "Phụ lục I", 3)
    tasks.text("A2", "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ GIAI ĐOẠN 2026 - 2027", 3)
    tasks.text("A3", "(Kèm theo Kế hoạch số 205/KH-SNNMT ngày 14/5/2026 của Sở Nông nghiệp và Môi trường tỉnh Hà Đông)",
               3)
    tasks.merges += ["A1:F1", "A2:F2", "A3:F3"]
    for k, h in enumerate(("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                           "Sản phẩm")):
        tasks.text(f"{_col(k)}5", h, 4)
    rows = [
        ("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH", None, None, None, None),
        ("1", "Rà soát, đề xuất chính sách hỗ trợ sản xuất nông nghiệp hữu cơ", "Phòng Kế hoạch - Tài chính",
         "Sở Tài chính\nSở Tư pháp", "Quý III/2026", "Báo cáo đề xuất"),
        ("2", "Xây dựng quy trình chứng nhận sản phẩm hữu cơ cấp tỉnh", "Chi cục Trồng trọt và Bảo vệ thực vật",
         "Sở Khoa học và Công nghệ", "Quý IV/2026", "Quy trình được ban hành"),
        ("II", "PHÁT TRIỂN VÙNG SẢN XUẤT", None, None, None, None),
        ("3", "Hình thành 5 vùng trồng rau hữu cơ tập trung", "Chi cục Trồng trọt và Bảo vệ thực vật",
         "Ủy ban nhân dân các xã\nHợp tác xã nông nghiệp", "2026 - 2027", "Vùng sản xuất được công nhận"),
        ("4", "Tập huấn kỹ thuật canh tác hữu cơ cho nông dân", "Trung tâm Khuyến nông",
         "Hội Nông dân tỉnh", "Hằng năm", "Lớp tập huấn"),
        ("5", "Kết nối tiêu thụ sản phẩm nông nghiệp hữu cơ", "Phòng Quản lý chất lượng",
         "Sở Công Thương\nHiệp hội Doanh nghiệp tỉnh", "2026 - 2027", "Hợp đồng tiêu thụ"),
    ]
    for r, row in enumerate(rows, 6):
        group = row[2] is None
        for k, value in enumerate(row):
            if value is not None:
                tasks.text(f"{_col(k)}{r}", value, 4 if group else 1)
        if group:
            tasks.merges.append(f"B{r}:F{r}")
    budget = _Sheet(strings)
    budget.text("A1", "Phụ lục II", 3)
    budget.text("A2", "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ GIAI ĐOẠN 2026 - 2027", 3)
    budget.text("A3", "(Kèm theo Kế hoạch số 205/KH-SNNMT ngày 14/5/2026 của Sở Nông nghiệp và Môi trường tỉnh "
                      "Hà Đông)", 3)
    budget.text("G4", "ĐVT: triệu đồng", 0)
    budget.merges += ["A1:G1", "A2:G2", "A3:G3"]
    budget.text("A5", "STT", 4)
    budget.text("B5", "Nội dung", 4)
    budget.text("C5", "Tổng kinh phí", 4)
    budget.text("D5", "Chia theo năm", 4)
    budget.text("F5", "Nguồn vốn", 4)
    budget.text("D6", "Năm 2026", 4)
    budget.text("E6", "Năm 2027", 4)
    budget.text("F6", "Ngân sách tỉnh", 4)
    budget.text("G6", "Xã hội hóa", 4)
    budget.merges += ["A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:G5"]
    lines = [
        ("1", "Xây dựng chính sách và quy trình chứng nhận", 120, 80, 200, 0),
        ("2", "Phát triển vùng trồng rau hữu cơ tập trung", 1500, 2100, 2400, 1200),
        ("3", "Tập huấn kỹ thuật canh tác hữu cơ", 180, 180, 360, 0),
        ("4", "Kết nối tiêu thụ sản phẩm", 150, 250, 250, 150),
    ]
    for r, (code, label, y1, y2, prov, soc) in enumerate(lines, 7):
        budget.text(f"A{r}", code)
        budget.text(f"B{r}", label)
        budget.formula(f"C{r}", f"D{r}+E{r}", y1 + y2)
        budget.number(f"D{r}", y1)
        budget.number(f"E{r}", y2)
        budget.number(f"F{r}", prov)
        if soc:
            budget.number(f"G{r}", soc)
    last = 7 + len(lines)
    budget.text(f"B{last}", "Tổng cộng", 4)
    budget.text(f"A{last}", "", 4)
    for k, col in enumerate("CDEFG"):
        total = sum(line[2] + line[3] if col == "C" else line[{"D": 2, "E": 3, "F": 4, "G": 5}[col]]
                    for line in lines)
        budget.formula(f"{col}{last}", f"SUM({col}7:{col}{last - 1})", total)
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{html.escape(s, quote=False)}</t></si>' for s in strings)
           + "</sst>")
    ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/worksheets/sheet2.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships {ns}>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<workbookPr defaultThemeVersion="124226"/><bookViews><workbookView xWindow="0" yWindow="0" '
            'windowWidth="20490" windowHeight="7755"/></bookViews><sheets>'
            '<sheet name="PL1 Nhiem vu" sheetId="1" r:id="rId1"/><sheet name="PL2 Kinh phi" sheetId="2" r:id="rId2"/>'
            '</sheets><calcPr calcId="162913"/></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships {ns}>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet2.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": tasks.xml([6, 45, 25, 25, 14, 20]),
        "xl/worksheets/sheet2.xml": budget.xml([6, 42, 12, 12, 12, 14, 12]),
        "xl/styles.xml": _XLSX_STYLES,
        "xl/sharedStrings.xml": sst,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# 4. A Decision and the Plan it approves, one Word file printed to PDF by LibreOffice, the annex landscape.

def _kimdai_docx() -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(1.5), Cm(2), Cm(2)

    def para(text: str = "", *, bold: bool = False, italic: bool = False, center: bool = False,
             indent: bool = True, container=None):
        p = (container or doc).add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent and container is None:
                p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(3)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
        return p

    def grid(rows: list[list[str]], widths: list[float], ruled: bool, bold_first: bool = False):
        table = doc.add_table(rows=len(rows), cols=len(widths))
        if ruled:
            table.style = "Table Grid"
        table.autofit = False
        for c, width in enumerate(widths):
            table.columns[c].width = Cm(width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Cm(widths[c])
                cell.paragraphs[0].text = ""
                for k, line in enumerate(value.split("\n")):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    run = p.add_run(line)
                    run.bold = (bold_first and r == 0) or line.isupper()
                    run.font.size = Pt(12)
                    if not ruled or (bold_first and r == 0) or c in (0, 4):
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return table

    def head(number: str, day: str) -> None:
        grid([["ỦY BAN NHÂN DÂN\nTỈNH KIM ĐÀI\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"],
              [f"Số: {number}", day]], [5.5, 11.5], ruled=False)

    # The Decision
    head("872/QĐ-UBND", "Kim Đài, ngày 14 tháng 4 năm 2026")
    para("QUYẾT ĐỊNH", bold=True, center=True)
    para("Về việc ban hành Kế hoạch phát triển du lịch cộng đồng tỉnh Kim Đài giai đoạn 2026 - 2028", bold=True,
         center=True)
    para("ỦY BAN NHÂN DÂN TỈNH KIM ĐÀI", bold=True, center=True)
    for text in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                 "Căn cứ Nghị quyết số 46/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Kim Đài về "
                 "phát triển du lịch cộng đồng giai đoạn 2026 - 2030;",
                 "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 98/TTr-SVHTTDL ngày 02 "
                 "tháng 4 năm 2026."):
        para(text, italic=True)
    para("QUYẾT ĐỊNH:", bold=True, center=True)
    para("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng tỉnh Kim Đài giai đoạn "
         "2026 - 2028.")
    para("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    para("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Thủ trưởng các "
         "sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.")
    grid([["Nơi nhận:\n- Như Điều 3;\n- Bộ VHTTDL (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- CT, các PCT UBND tỉnh;\n"
           "- Lưu: VT, KGVX.",
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrịnh Minh Khôi"]], [8.0, 8.0], ruled=False)
    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)

    # The Plan
    grid([["ỦY BAN NHÂN DÂN\nTỈNH KIM ĐÀI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]],
         [5.5, 11.5], ruled=False)
    para("KẾ HOẠCH", bold=True, center=True)
    para("Phát triển du lịch cộng đồng tỉnh Kim Đài giai đoạn 2026 - 2028", bold=True, center=True)
    para("(Ban hành kèm theo Quyết định số 872/QĐ-UBND ngày 14 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Kim Đài)",
         italic=True, center=True)
    para("I. MỤC TIÊU", bold=True)
    para("1. Mục tiêu chung", bold=True)
    para("Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc, tạo sinh kế bền vững cho người "
         "dân vùng nông thôn, miền núi.")
    para("2. Mục tiêu cụ thể", bold=True)
    for text in ("- Đến năm 2028, thu hút 350.000 lượt khách du lịch cộng đồng.",
                 "- Hình thành 12 điểm du lịch cộng đồng đạt chuẩn.",
                 "- 80% hộ làm du lịch cộng đồng được tập huấn kỹ năng phục vụ khách."):
        para(text)
    para("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    para("Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.")
    para("III. KINH PHÍ THỰC HIỆN", bold=True)
    para("Tổng kinh phí thực hiện Kế hoạch là 36.500 triệu đồng, trong đó: ngân sách tỉnh 21.500 triệu đồng; vốn xã "
         "hội hóa 15.000 triệu đồng.")
    para("IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para("1. Sở Văn hóa, Thể thao và Du lịch", bold=True)
    para("Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 20 "
         "tháng 12 hằng năm.")
    para("2. Sở Tài chính", bold=True)
    para("Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.")
    para("3. Ủy ban nhân dân các xã, phường", bold=True)
    para("Lựa chọn điểm du lịch cộng đồng; hỗ trợ hộ dân cải tạo nhà ở làm dịch vụ lưu trú.")

    # The annex on a landscape page
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    land.left_margin, land.right_margin = Cm(2), Cm(2)
    para("Phụ lục", bold=True, center=True)
    para("DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2026 - 2028", bold=True,
         center=True)
    para("(Kèm theo Kế hoạch ban hành tại Quyết định số 872/QĐ-UBND ngày 14 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh)",
         italic=True, center=True)
    grid([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"],
        ["1", "Điều tra, đánh giá tiềm năng du lịch cộng đồng tại các xã miền núi", "Sở Văn hóa, Thể thao và Du lịch",
         "Ủy ban nhân dân các xã, phường", "Năm 2026", "Báo cáo đánh giá"],
        ["2", "Hỗ trợ hộ dân cải tạo nhà sàn làm dịch vụ lưu trú", "Ủy ban nhân dân các xã, phường",
         "Sở Văn hóa, Thể thao và Du lịch\nNgân hàng Chính sách xã hội tỉnh", "2026 - 2028", "Nhà lưu trú đạt chuẩn"],
        ["3", "Tập huấn kỹ năng phục vụ khách cho hộ làm du lịch", "Sở Văn hóa, Thể thao và Du lịch",
         "Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm", "Lớp tập huấn"],
        ["4", "Xây dựng bộ nhận diện và quảng bá sản phẩm du lịch cộng đồng", "Trung tâm Xúc tiến Du lịch tỉnh",
         "Báo và Phát thanh, Truyền hình Kim Đài", "2026 - 2027", "Bộ nhận diện, video quảng bá"],
        ["5", "Đầu tư hạ tầng đường vào các điểm du lịch cộng đồng", "Sở Xây dựng",
         "Sở Tài chính\nỦy ban nhân dân các xã, phường", "2027 - 2028", "Công trình hoàn thành"],
    ], [1.2, 8.0, 4.5, 5.5, 3.0, 3.5], ruled=True, bold_first=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def kimdai() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (Path(DECISION_PDF).stem + ".docx")
        src.write_bytes(_kimdai_docx())
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        return src.with_suffix(".pdf").read_bytes()


def main(out: str) -> None:
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / WEB_PAGE).write_bytes(lamthuy())
    (dest / CONVERTED_MD).write_bytes(tanhoakhe())
    (dest / ANNEX_XLSX).write_bytes(hadong())
    if not (dest / DECISION_PDF).exists() or "--print" in sys.argv:  # (LibreOffice stamps dates: kept unless asked)
        (dest / DECISION_PDF).write_bytes(kimdai())


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0] if args else str(Path(__file__).parent / "raw"))
