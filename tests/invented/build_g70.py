"""Invented documents of hold-out round G70, aimed at READER shapes the invented set did not hold yet: a plan and
its annex in a 7-Zip archive as a portal attaches them, a Word file whose whole document sits in one big layout
table (the task table nested in it, lists numbered by Word restarting in each cell, a table nested in each bodies'
cell), a plan saved by Word as "Web Page, Filtered" with footnotes, and a portal page whose body is one <pre>.

The documents:
- g70_huyen-namthanhdong: a district's one-year plan published as a 7-Zip archive (.7z, written by bsdtar) holding
  two files with Vietnamese names and spaces: "KH 84-KH-UBND Kế hoạch phát triển du lịch cộng đồng.doc" (the plan,
  Word 97 as LibreOffice saves it from the .docx written here: a header table, bases, objectives, tasks as numbered
  paragraphs each with its "Cơ quan chủ trì:" / "Cơ quan phối hợp:" lines, the money in prose, the closing table)
  and "Phụ lục dự toán kèm KH 84.xlsx" (the estimate: "PHỤ LỤC", the title, "(Kèm theo Kế hoạch số 84/KH-UBND ...)",
  "ĐVT: triệu đồng", a table of four rows and a "Tổng cộng" row, numbers typed as numbers). The record is the
  plan's, the estimate's items with it;
- g70_tinh-tayvan: a province's three-year plan in Word (.docx) whose WHOLE document sits in one borderless layout
  table of one column (a row a part: the header as a nested two-column table, the title and bases and objectives,
  the tasks, the money and assignments, the closing as a nested table), the task table nested in its row; each
  task's content cell a list numbered by Word ("%1." decimal) that restarts at 1 in each cell (one w:num a cell,
  w:startOverride), each task's bodies cell a nested two-column table ("Chủ trì:" | lead, "Phối hợp:" | partners);
- g70_syt-vinhsontay: a provincial health department's plan saved by Word as "Web Page, Filtered" (.htm, UTF-8,
  Generator "Microsoft Word 15 (filtered)"): no Office namespaces nor <o:p>, no conditional comments, list numbers
  and dashes typed as text with a 7 pt span of &nbsp;s after them (MsoListParagraphCxSp* classes), the source
  wrapped by Word inside the text, footnote references "[1]" after a basis and an objective (a MsoFootnoteReference
  link) and the notes' <div id=ftn1> at the page's end (a note naming a Quyết định and a count of cases), the
  estimate annex in a second WordSection after a page break (<br clear=all style='page-break-before:always'>);
- g70_xa-tanphuha: a commune's plan on its portal page (.html) whose body is ONE <pre>: the header laid out with
  spaces in two columns, the task table's and the estimate's cells aligned with spaces (long cells wrapped onto the
  next lines in their columns), the closing's recipients and signature side by side with spaces.

The round's first pass and its fixes: tests/test_g70_holdout.py.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g70 [OUTDIR]` writes the four documents (the archive's .doc by LibreOffice, its .xlsx by
openpyxl, the archive by bsdtar: the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import html
import io
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

from tests.invented.build_g53 import _NS, _docx, _p, _tbl, _tc, _zip

ARCHIVE = "g70_huyen-namthanhdong_84-kh-ubnd_2027_tep-nen-7z.7z"
LAYOUT = "g70_tinh-tayvan_57-kh-ubnd_2027_bang-bo-cuc-danh-so-o.docx"
FILTERED = "g70_syt-vinhsontay_96-kh-syt_2027_word-web-filtered.htm"
PRE = "g70_xa-tanphuha_41-kh-ubnd_2027_trang-pre.html"

PLAN_NAME = "KH 84-KH-UBND Kế hoạch phát triển du lịch cộng đồng.doc"
ANNEX_NAME = "Phụ lục dự toán kèm KH 84.xlsx"


# ---------------------------------------------------------------------------------------------------------------
# 1. A district's plan and its estimate in a 7-Zip archive.

def _header_table(left: list[str], right: list[str]) -> str:
    return _tbl([4000, 5500], [_tc(4000, left) + _tc(5500, right)], borders=False)


def namthanh_plan_body() -> str:
    paras = [
        _header_table(["ỦY BAN NHÂN DÂN", "HUYỆN NAM THẠNH ĐÔNG", "Số: 84/KH-UBND"],
                      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                       "Nam Thạnh Đông, ngày 12 tháng 3 năm 2027"]),
        _p("KẾ HOẠCH", bold=True, jc="center"),
        _p("Phát triển du lịch cộng đồng trên địa bàn huyện năm 2027", bold=True, jc="center"),
        _p("Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2026 của Hội đồng nhân dân huyện Nam Thạnh Đông về nhiệm vụ "
           "phát triển kinh tế - xã hội năm 2027;"),
        _p("Thực hiện Kế hoạch số 46/KH-UBND ngày 25/01/2027 của Ủy ban nhân dân tỉnh Ngọc Lũng về phát triển du "
           "lịch cộng đồng tỉnh Ngọc Lũng năm 2027;"),
        _p("Ủy ban nhân dân huyện ban hành Kế hoạch phát triển du lịch cộng đồng trên địa bàn huyện năm 2027, như "
           "sau:"),
        _p("I. MỤC TIÊU", bold=True),
        _p("1. Mục tiêu chung", bold=True),
        _p("Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống, tạo việc làm và tăng thu nhập cho "
           "người dân."),
        _p("2. Mục tiêu cụ thể", bold=True),
        _p("- 80% hộ làm du lịch cộng đồng được tập huấn kỹ năng phục vụ khách;"),
        _p("- 100% điểm du lịch cộng đồng có biển chỉ dẫn và nhà vệ sinh đạt chuẩn;"),
        _p("- Doanh thu từ du lịch cộng đồng tăng 15% so với năm 2026."),
        _p("II. NHIỆM VỤ", bold=True),
        _p("1. Khảo sát, quy hoạch các điểm du lịch cộng đồng", bold=True),
        _p("- Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin."),
        _p("- Cơ quan phối hợp: Phòng Tài chính - Kế hoạch; Ủy ban nhân dân các xã."),
        _p("2. Tập huấn kỹ năng phục vụ khách cho hộ làm du lịch", bold=True),
        _p("- Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin."),
        _p("- Cơ quan phối hợp: Hội Liên hiệp Phụ nữ huyện."),
        _p("3. Hỗ trợ chỉnh trang điểm du lịch cộng đồng", bold=True),
        _p("- Cơ quan chủ trì: Phòng Kinh tế và Hạ tầng."),
        _p("- Cơ quan phối hợp: Ủy ban nhân dân các xã."),
        _p("4. Quảng bá sản phẩm du lịch cộng đồng", bold=True),
        _p("- Cơ quan chủ trì: Trung tâm Văn hóa, Thể thao và Truyền thông huyện."),
        _p("- Cơ quan phối hợp: Đoàn Thanh niên huyện."),
        _p("III. KINH PHÍ", bold=True),
        _p("Tổng kinh phí thực hiện Kế hoạch là 1.260 triệu đồng (chi tiết tại Phụ lục kèm theo), trong đó: ngân "
           "sách huyện 960 triệu đồng; xã hội hóa 300 triệu đồng."),
        _p("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        _p("1. Phòng Văn hóa, Khoa học và Thông tin: chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo "
           "cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/12/2027."),
        _p("2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        _p("3. Ủy ban nhân dân các xã: phối hợp khảo sát, chỉnh trang các điểm du lịch cộng đồng trên địa bàn; "
           "vận động người dân tham gia làm du lịch."),
        _p("Trên đây là Kế hoạch phát triển du lịch cộng đồng trên địa bàn huyện năm 2027./."),
        _tbl([4500, 5000], [
            _tc(4500, ["Nơi nhận:", "- UBND tỉnh Ngọc Lũng (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;",
                       "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban, ngành huyện;", "- UBND các xã;",
                       "- Lưu: VT."])
            + _tc(5000, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Văn Thuận"])],
            borders=False),
    ]
    return "".join(paras)


NAMTHANH_ROWS = [
    ("1", "Khảo sát, quy hoạch các điểm du lịch cộng đồng", 180, 180, None),
    ("2", "Tập huấn kỹ năng phục vụ khách cho hộ làm du lịch", 240, 240, None),
    ("3", "Hỗ trợ chỉnh trang điểm du lịch cộng đồng", 600, 360, 240),
    ("4", "Quảng bá sản phẩm du lịch cộng đồng", 240, 180, 60),
]


def namthanh_annex() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Du toan"
    for row, text, bold in ((1, "PHỤ LỤC", True),
                            (2, "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2027", True),
                            (3, "(Kèm theo Kế hoạch số 84/KH-UBND ngày 12/3/2027 của Ủy ban nhân dân huyện Nam Thạnh "
                                "Đông)", False)):
        ws.cell(row, 1, text).font = Font(bold=bold, italic=not bold)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    ws.cell(4, 5, "ĐVT: triệu đồng").font = Font(italic=True)
    for col, head in enumerate(("STT", "Nội dung", "Tổng kinh phí", "Ngân sách huyện", "Xã hội hóa"), 1):
        ws.cell(5, col, head).font = Font(bold=True)
    r = 6
    for code, label, total, local, mobilized in NAMTHANH_ROWS:
        ws.cell(r, 1, int(code))
        ws.cell(r, 2, label)
        for col, value in ((3, total), (4, local), (5, mobilized)):
            if value is not None:
                ws.cell(r, col, value).number_format = "#,##0"
        r += 1
    ws.cell(r, 2, "Tổng cộng").font = Font(bold=True)
    for col, idx in ((3, 2), (4, 3), (5, 4)):
        ws.cell(r, col, sum(row[idx] or 0 for row in NAMTHANH_ROWS)).number_format = "#,##0"
    for col, width in zip("ABCDE", (6, 52, 14, 16, 12)):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _doc_from_docx(parts: dict[str, str]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="g70-") as folder:
        src = Path(folder) / "plan.docx"
        _zip(parts, src)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", folder, str(src)],
                       check=True, capture_output=True, timeout=180)
        return (Path(folder) / "plan.doc").read_bytes()


def seven_zip(files: list[tuple[str, bytes]]) -> bytes:
    """A 7-Zip archive of `files` (a name may hold a folder: "KH 84/..."), written by bsdtar."""
    with tempfile.TemporaryDirectory(prefix="g70-7z-") as folder:
        names = []
        for name, data in files:
            path = Path(folder) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            os.utime(path, (1805000000, 1805000000))
            names.append(name)
        out = Path(folder) / "out.7z"
        subprocess.run(["bsdtar", "--format", "7zip", "-cf", str(out), *names], cwd=folder, check=True)
        return out.read_bytes()


def namthanh_archive() -> bytes:
    return seven_zip([(PLAN_NAME, _doc_from_docx(_docx(namthanh_plan_body()))), (ANNEX_NAME, namthanh_annex())])


# ---------------------------------------------------------------------------------------------------------------
# 2. A province's plan in Word, the whole document in one layout table.

TAYVAN_TASKS = [
    ("1", "Quy hoạch vùng trồng dược liệu tập trung",
     ["Khảo sát thổ nhưỡng, khí hậu các vùng trồng;", "Lập bản đồ vùng trồng dược liệu tập trung."],
     "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Ủy ban nhân dân các huyện", "Năm 2027"),
    ("2", "Xây dựng mô hình trồng dược liệu dưới tán rừng",
     ["Chọn hộ, nhóm hộ tham gia mô hình;", "Hỗ trợ giống và hướng dẫn kỹ thuật trồng;",
      "Tổng kết, nhân rộng mô hình."],
     "Trung tâm Khuyến nông tỉnh", "Hội Nông dân tỉnh", "2027 - 2028"),
    ("3", "Xúc tiến tiêu thụ sản phẩm dược liệu",
     ["Tổ chức hội chợ dược liệu vùng cao;", "Kết nối doanh nghiệp thu mua với hợp tác xã."],
     "Sở Công Thương", "Sở Khoa học và Công nghệ; Liên minh Hợp tác xã tỉnh", "2028 - 2029"),
]


def _numbered(text: str, num_id: int) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            f'<w:spacing w:before="0" w:after="0"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def _tcx(width: int, content: str) -> str:
    """A cell holding raw body XML (paragraphs, a nested table and the paragraph Word keeps after it)."""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def _tayvan_tasks() -> str:
    grid = [600, 2400, 3000, 2500, 1100]
    rows = ["".join(_tc(w, [h], bold=True) for w, h in zip(grid, (
        "TT", "Nhiệm vụ", "Nội dung thực hiện", "Cơ quan thực hiện", "Thời gian")))]
    for n, (code, task, steps, lead, partners, when) in enumerate(TAYVAN_TASKS):
        num_id = 10 + n
        bodies = _tbl([900, 1500], [_tc(900, ["Chủ trì:"]) + _tc(1500, [lead]),
                                    _tc(900, ["Phối hợp:"]) + _tc(1500, [partners])], borders=False) + _p()
        rows.append(_tc(grid[0], [code]) + _tc(grid[1], [task])
                    + _tcx(grid[2], "".join(_numbered(s, num_id) for s in steps))
                    + _tcx(grid[3], bodies) + _tc(grid[4], [when]))
    return _tbl(grid, rows)


def tayvan_body() -> str:
    header = _tbl([4000, 5600], [_tc(4000, ["ỦY BAN NHÂN DÂN", "TỈNH TÂY VÂN", "", "Số: 57/KH-UBND"])
                                 + _tc(5600, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                              "", "Tây Vân, ngày 22 tháng 02 năm 2027"])], borders=False) + _p()
    part1 = "".join((
        _p("KẾ HOẠCH", bold=True, jc="center"),
        _p("Phát triển cây dược liệu tỉnh Tây Vân giai đoạn 2027 - 2029", bold=True, jc="center"),
        _p("Căn cứ Nghị quyết số 21/NQ-HĐND ngày 08/12/2026 của Hội đồng nhân dân tỉnh Tây Vân về phát triển cây "
           "dược liệu tỉnh Tây Vân giai đoạn 2027 - 2030;"),
        _p("Thực hiện Quyết định số 205/QĐ-TTg ngày 10/02/2026 của Thủ tướng Chính phủ phê duyệt Chương trình phát "
           "triển dược liệu giai đoạn 2026 - 2030;"),
        _p("Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển cây dược liệu giai đoạn 2027 - 2029 như sau:"),
        _p("I. MỤC TIÊU", bold=True),
        _p("1. Mục tiêu chung", bold=True),
        _p("Phát triển vùng trồng dược liệu tập trung, nâng cao giá trị sản phẩm dược liệu của tỉnh, góp phần tăng "
           "thu nhập cho người dân vùng cao."),
        _p("2. Mục tiêu cụ thể", bold=True),
        _p("- 70% sản phẩm dược liệu của tỉnh được tiêu thụ qua hợp đồng liên kết;"),
        _p("- 100% vùng trồng dược liệu tập trung được cấp mã số vùng trồng;"),
        _p("- 60% hợp tác xã trồng dược liệu áp dụng quy trình thực hành tốt."),
    ))
    part2 = _p("II. NHIỆM VỤ", bold=True) + _tayvan_tasks() + _p()
    part3 = "".join((
        _p("III. KINH PHÍ", bold=True),
        _p("Tổng kinh phí thực hiện Kế hoạch là 4.500 triệu đồng, trong đó: ngân sách tỉnh 3.600 triệu đồng; vốn xã "
           "hội hóa 900 triệu đồng."),
        _p("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        _p("1. Sở Nông nghiệp và Môi trường: chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch; định kỳ hằng năm "
           "báo cáo Ủy ban nhân dân tỉnh."),
        _p("2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách."),
        _p("3. Ủy ban nhân dân các huyện: bố trí quỹ đất, vận động người dân tham gia các mô hình trồng dược liệu."),
        _p("Trên đây là Kế hoạch phát triển cây dược liệu tỉnh Tây Vân giai đoạn 2027 - 2029./."),
    ))
    closing = _tbl([4600, 5000], [
        _tc(4600, ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                   "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện;",
                   "- Lưu: VT, KT."])
        + _tc(5000, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vàng Minh Khoa"])],
        borders=False) + _p()
    outer = _tbl([9600], [_tcx(9600, part) for part in (header, part1, part2, part3, closing)], borders=False)
    return outer + _p()


def _tayvan_numbering() -> str:
    nums = "".join(f'<w:num w:numId="{10 + n}"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0">'
                   f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>' for n in range(len(TAYVAN_TASKS)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:numbering {_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0">'
            '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' + nums + "</w:numbering>")


def tayvan_docx() -> dict[str, str]:
    parts = _docx(tayvan_body())
    parts["word/numbering.xml"] = _tayvan_numbering()
    return parts


# ---------------------------------------------------------------------------------------------------------------
# 3. A department's plan saved by Word as "Web Page, Filtered".

_FILTERED_HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>KẾ HOẠCH</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	text-align:justify;
	text-indent:35.45pt;
	line-height:115%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
span.MsoFootnoteReference
	{vertical-align:super;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	text-align:justify;
	line-height:115%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin:0cm;
	margin-left:36.0pt;
	text-align:justify;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:36.0pt;
	text-align:justify;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 2.0cm 56.7pt 3.0cm;}
div.WordSection1
	{page:WordSection1;}
@page WordSection2
	{size:841.9pt 595.3pt;
	margin:3.0cm 2.0cm 2.0cm 2.0cm;}
div.WordSection2
	{page:WordSection2;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=EN-US style='word-wrap:break-word'>
"""

_SPAN = "<span lang=VI style='font-size:13.0pt;line-height:115%'>"


def _wrap(markup: str) -> str:
    """Word's source lines: wrapped at about 76 columns, at spaces, inside the text and inside tags."""
    out = []
    for line in markup.split("\n"):
        out.extend(textwrap.wrap(line, 76, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _fp(text: str, bold: bool = False, center: bool = False, indent: bool = True, italic: bool = False) -> str:
    style = "text-align:center;text-indent:0cm" if center else ("" if indent else "text-indent:0cm")
    attrs = (" align=center" if center else "") + (f" style='{style}'" if style else "")
    inner = text
    if italic:
        inner = f"<i>{inner}</i>"
    if bold:
        inner = f"<b>{inner}</b>"
    return _wrap(f"<p class=MsoNormal{attrs}>{_SPAN}{inner}</span></p>")


def _note_ref(n: int) -> str:
    return (f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class=MsoFootnoteReference><span '
            f"class=MsoFootnoteReference><span lang=VI style='font-size:13.0pt;line-height:115%'>[{n}]</span></span>"
            "</span></a>")


def _list_items(items: list[str], mark: str = "-") -> str:
    out = []
    for i, text in enumerate(items):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(items) - 1 else "MsoListParagraphCxSpMiddle")
        out.append(_wrap(f"<p class={cls} style='margin-left:0cm;text-indent:35.45pt'>{_SPAN}{mark}<span "
                         "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                         f"</span></span>{_SPAN}{text}</span></p>"))
    return "\n\n".join(out)


def _heading(number: str, text: str) -> str:
    return _wrap(f"<p class=MsoNormal style='text-indent:35.45pt'><b>{_SPAN}{number}<span style='font:7.0pt "
                 f"\"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></b><b>{_SPAN}{text}</span></b></p>")


def _fcell(text: str, width: int, bold: bool = False, border: bool = True, center: bool = False) -> str:
    edge = "solid windowtext 1.0pt" if border else "none"
    lines = text.split("\n")
    paras = "\n".join(f"<p class=MsoNormal{' align=center' if center else ''} style='margin-bottom:0cm;"
                      f"{'text-align:center;' if center else ''}text-indent:0cm;line-height:normal'>"
                      + ("<b>" if bold else "") + f"<span lang=VI style='font-size:12.0pt'>{t or '&nbsp;'}</span>"
                      + ("</b>" if bold else "") + "</p>" for t in lines)
    return _wrap(f"  <td width={width} valign=top style='width:{width * 0.75:.1f}pt;border:{edge};padding:0cm 5.4pt "
                 f"0cm 5.4pt'>\n{paras}\n  </td>")


def _ftable(rows: list[list[str]], widths: list[int], border: bool = True, head: bool = True,
            center_cols: tuple[int, ...] = ()) -> str:
    out = [f"<table class={'MsoTableGrid' if border else 'MsoNormalTable'} border={1 if border else 0} cellspacing=0 "
           f"cellpadding=0 width={sum(widths)} style='width:{sum(widths) * 0.75:.1f}pt;border-collapse:collapse;"
           "border:none'>"]
    for r, row in enumerate(rows):
        out.append(" <tr>")
        for c, (text, w) in enumerate(zip(row, widths)):
            out.append(_fcell(text, w, bold=head and r == 0 and border, border=border,
                              center=(head and r == 0) or c in center_cols))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


VST_TASKS = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Giám sát véc-tơ truyền bệnh tại các ổ dịch cũ", "Trung tâm Kiểm soát bệnh tật tỉnh",
     "Trung tâm Y tế các huyện, thành phố", "Hằng tháng"],
    ["2", "Tổ chức chiến dịch diệt lăng quăng, bọ gậy", "Trung tâm Y tế các huyện, thành phố",
     "Ủy ban nhân dân các xã, phường, thị trấn", "Tháng 4 - 10/2027"],
    ["3", "Tập huấn chẩn đoán, điều trị bệnh sốt xuất huyết", "Bệnh viện Đa khoa tỉnh",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "Quý II/2027"],
]

VST_BUDGET = [
    ["TT", "Nội dung hoạt động", "Đơn vị thực hiện", "Kinh phí (triệu đồng)"],
    ["1", "Giám sát véc-tơ truyền bệnh", "Trung tâm Kiểm soát bệnh tật tỉnh", "420"],
    ["2", "Chiến dịch diệt lăng quăng, bọ gậy", "Trung tâm Y tế các huyện, thành phố", "960"],
    ["3", "Tập huấn chẩn đoán, điều trị", "Bệnh viện Đa khoa tỉnh", "180"],
    ["4", "Mua hóa chất, vật tư phòng, chống dịch", "Trung tâm Kiểm soát bệnh tật tỉnh", "280"],
    ["", "Tổng cộng", "", "1.840"],
]


def vinhsontay_page() -> str:
    s1 = [
        _ftable([["UBND TỈNH VĨNH SƠN TÂY\n<b>SỞ Y TẾ</b>\n&nbsp;\nSố: 96/KH-SYT",
                  "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>\n<b>Độc lập - Tự do - Hạnh phúc</b>\n&nbsp;\n"
                  "<i>Vĩnh Sơn Tây, ngày 05 tháng 3 năm 2027</i>"]], [260, 380], border=False, head=False,
                center_cols=(0, 1)),
        _fp("&nbsp;", indent=False),
        _fp("KẾ HOẠCH", bold=True, center=True),
        _fp("Phòng, chống bệnh sốt xuất huyết trên địa bàn tỉnh năm 2027", bold=True, center=True),
        _fp("Căn cứ Quyết định số 318/QĐ-UBND ngày 14/02/2027 của Ủy ban nhân dân tỉnh Vĩnh Sơn Tây về việc giao "
            f"chỉ tiêu chuyên môn y tế năm 2027{_note_ref(1)};"),
        _fp("Thực hiện Kế hoạch số 1260/KH-BYT ngày 20/01/2027 của Bộ Y tế về phòng, chống dịch bệnh truyền nhiễm "
            "năm 2027;"),
        _fp("Sở Y tế xây dựng Kế hoạch phòng, chống bệnh sốt xuất huyết trên địa bàn tỉnh năm 2027 như sau:"),
        _heading("I.", "MỤC TIÊU"),
        _heading("1.", "Mục tiêu chung"),
        _fp("Giảm số mắc và tử vong do bệnh sốt xuất huyết, không để dịch lớn xảy ra trên địa bàn tỉnh."),
        _heading("2.", "Mục tiêu cụ thể"),
        _list_items([f"Giảm 10% số ca mắc sốt xuất huyết so với năm 2026{_note_ref(2)};",
                     "95% ổ dịch được phát hiện và xử lý kịp thời;",
                     "100% cán bộ y tế tuyến xã được tập huấn chẩn đoán, điều trị bệnh sốt xuất huyết."]),
        _heading("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        _ftable(VST_TASKS, [40, 220, 150, 150, 80], center_cols=(0,)),
        _heading("III.", "KINH PHÍ"),
        _fp("Kinh phí thực hiện Kế hoạch là 1.840 triệu đồng từ nguồn ngân sách tỉnh giao năm 2027 cho Sở Y tế "
            "(chi tiết tại Phụ lục kèm theo)."),
        _heading("IV.", "TỔ CHỨC THỰC HIỆN"),
        _fp("1. Trung tâm Kiểm soát bệnh tật tỉnh: chủ trì giám sát dịch tễ, cung ứng hóa chất, vật tư; tổng hợp "
            "báo cáo Sở Y tế hằng tháng."),
        _fp("2. Bệnh viện Đa khoa tỉnh: bảo đảm thu dung, điều trị người bệnh; tổ chức tập huấn chẩn đoán, điều trị "
            "cho tuyến dưới."),
        _fp("3. Trung tâm Y tế các huyện, thành phố: tổ chức chiến dịch diệt lăng quăng, bọ gậy; xử lý ổ dịch trên "
            "địa bàn."),
        _fp("&nbsp;", indent=False),
        _ftable([["<b><i>Nơi nhận:</i></b>\n- UBND tỉnh (b/c);\n- Cục Phòng bệnh - Bộ Y tế;\n"
                  "- Các đơn vị y tế trực thuộc;\n- UBND các huyện, thành phố;\n- Lưu: VT, NVY.",
                  "<b>KT. GIÁM ĐỐC</b>\n<b>PHÓ GIÁM ĐỐC</b>\n&nbsp;\n&nbsp;\n&nbsp;\n<b>Trần Thị Bích Loan</b>"]],
                [300, 340], border=False, head=False, center_cols=(1,)),
    ]
    s2 = [
        _fp("PHỤ LỤC", bold=True, center=True),
        _fp("DỰ TOÁN KINH PHÍ PHÒNG, CHỐNG BỆNH SỐT XUẤT HUYẾT NĂM 2027", bold=True, center=True),
        _fp("(Kèm theo Kế hoạch số 96/KH-SYT ngày 05/3/2027 của Sở Y tế)", italic=True, center=True),
        _ftable(VST_BUDGET, [40, 300, 260, 140], center_cols=(0,)),
    ]
    notes = ("<div><br clear=all>\n\n<hr align=left size=1 width=\"33%\">\n\n"
             + "\n\n".join(
                 f"<div id=ftn{n}>\n\n" + _wrap(
                     f"<p class=MsoFootnoteText><a href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span "
                     f"class=MsoFootnoteReference><span lang=VI>[{n}]</span></span></a><span lang=VI> {text}</span></p>")
                 + "\n\n</div>"
                 for n, text in ((1, "Quyết định số 318/QĐ-UBND giao 12 chỉ tiêu chuyên môn, trong đó có chỉ tiêu "
                                     "số mắc sốt xuất huyết dưới 80 ca/100.000 dân."),
                                 (2, "Năm 2026, toàn tỉnh ghi nhận 2.460 ca mắc sốt xuất huyết, 02 ca tử vong.")))
             + "\n\n</div>")
    return (_FILTERED_HEAD + "\n<div class=WordSection1>\n\n" + "\n\n".join(s1) + "\n\n</div>\n\n"
            "<span lang=VI style='font-size:13.0pt;line-height:115%;font-family:\"Times New Roman\",serif'><br "
            "clear=all style='page-break-before:always'>\n</span>\n\n<div class=WordSection2>\n\n"
            + "\n\n".join(s2) + "\n\n</div>\n\n" + notes + "\n\n</body>\n\n</html>\n")


# ---------------------------------------------------------------------------------------------------------------
# 4. A commune's plan on its portal, the body one <pre>.

TANPHUHA_PRE = """\
 ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 XÃ TÂN PHÚ HẠ                           Độc lập - Tự do - Hạnh phúc
 -------------                           ---------------------------
Số: 41/KH-UBND                      Tân Phú Hạ, ngày 09 tháng 4 năm 2027

                                  KẾ HOẠCH
               Phòng cháy, chữa cháy rừng mùa khô năm 2027

    Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
    Thực hiện Kế hoạch số 73/KH-UBND ngày 20/3/2027 của Ủy ban nhân dân huyện
Ngọc Khê về phòng cháy, chữa cháy rừng mùa khô năm 2027;
    Ủy ban nhân dân xã xây dựng Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm
2027 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
    Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời, hạn chế thấp nhất
thiệt hại do cháy rừng gây ra.
2. Mục tiêu cụ thể
    - 100% hộ dân sống gần rừng được tuyên truyền về phòng cháy, chữa cháy rừng;
    - 90% thôn có tổ đội quần chúng bảo vệ rừng hoạt động thường xuyên;
    - 100% vụ cháy được phát hiện và xử lý ngay từ khi mới phát sinh.

II. NHIỆM VỤ

TT  Nội dung nhiệm vụ                 Đơn vị chủ trì         Đơn vị phối hợp        Thời gian
1   Tuyên truyền phòng cháy, chữa     Công chức Văn hóa -    Ban quản lý các thôn   Tháng 4/2027
    cháy rừng đến từng hộ dân         Xã hội
2   Kiểm tra, phát dọn thực bì dọc    Ban Chỉ huy Quân sự    Hạt Kiểm lâm huyện;    Tháng 4 -
    đường băng cản lửa                xã                     Công an xã             5/2027
3   Tổ chức trực phòng cháy rừng      Công an xã             Ban quản lý các thôn   Mùa khô năm
    24/24 giờ trong mùa khô                                                         2027

III. KINH PHÍ
    Tổng kinh phí thực hiện là 240 triệu đồng, trong đó: ngân sách xã 200 triệu
đồng; huy động 40 triệu đồng.

                    DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH
                                                            ĐVT: triệu đồng
TT  Nội dung                               Tổng số   Ngân sách xã   Huy động
1   Tuyên truyền phòng cháy, chữa cháy          25             25          -
2   Phát dọn thực bì, đường băng cản lửa       120             80         40
3   Trực phòng cháy rừng mùa khô                95             95          -
    Tổng cộng                                  240            200         40

IV. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ huy Quân sự xã: chủ trì tổ chức lực lượng phát dọn thực bì, sẵn sàng
tham gia chữa cháy khi có cháy rừng xảy ra.
2. Công an xã: tổ chức trực phòng cháy rừng; điều tra, xử lý các vụ vi phạm
quy định về phòng cháy, chữa cháy rừng.
3. Ban quản lý các thôn: tuyên truyền đến từng hộ dân; duy trì hoạt động của tổ
đội quần chúng bảo vệ rừng.

Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- UBND huyện Ngọc Khê (b/c);                            CHỦ TỊCH
- Hạt Kiểm lâm huyện;
- TT Đảng ủy, TT HĐND xã;                               (Đã ký)
- Các ban, ngành, đoàn thể xã;
- Lưu: VT.                                            Hồ Văn Tâm
"""


def tanphuha_page() -> str:
    return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2027 - Cổng thông tin điện tử xã Tân Phú Hạ"
            "</title>\n<style>pre.vanban{font-family:\"Courier New\",monospace;font-size:13px;white-space:pre}</style>"
            "\n</head>\n<body>\n<div class=\"top\"><a href=\"/\">Trang chủ</a> | <a href=\"/van-ban\">Văn bản</a></div>\n"
            "<div class=\"noi-dung\">\n<h2 class=\"tieu-de\">Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2027</h2>\n"
            "<p class=\"ngay-dang\">Ngày đăng: 10/04/2027</p>\n"
            f"<pre class=\"vanban\">{html.escape(TANPHUHA_PRE, quote=False)}</pre>\n"
            "</div>\n<div class=\"footer\">Bản quyền thuộc Ủy ban nhân dân xã Tân Phú Hạ</div>\n</body>\n</html>\n")


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / ARCHIVE).write_bytes(namthanh_archive())
    _zip(tayvan_docx(), out / LAYOUT)
    (out / FILTERED).write_bytes(vinhsontay_page().encode("utf-8"))
    (out / PRE).write_bytes(tanphuha_page().encode("utf-8"))
    return [out / name for name in (ARCHIVE, LAYOUT, FILTERED, PRE)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
