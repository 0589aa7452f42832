"""Invented documents of hold-out round G59, aimed at READER shapes the invented set did not hold yet: an OpenDocument
spreadsheet (.ods), a legacy Excel 97 workbook (.xls, BIFF8), a document portal's "Toàn văn" page with a two-column
metadata table, and a Word file whose numbering and field results carry its labels.

The documents:
- g59_huyen-tanphong: a district's cost estimate annex as LibreOffice Calc saves it (.ods): the title lines merged
  across the sheet (table:number-columns-spanned with covered cells), a two-row header whose "STT", "Nội dung",
  "Tổng kinh phí" and "Ghi chú" cells span both rows (table:number-rows-spanned) and "Nguồn kinh phí" spans two
  columns ("Ngân sách huyện", "Xã hội hóa"), a header cell of two lines (two text:p), amounts as
  float cells (office:value) shown with Vietnamese grouping ("1.450", "425,5"), "-" for no amount, group rows "I" ..
  "III" with their subtotals, a closing "Tổng cộng" row whose label is merged over the STT and content columns,
  empty rows and columns written as repeats (table:number-rows-repeated / table:number-columns-repeated), a note
  below (.ods);
- g59_huyen-yenha: a district's task annex saved by an old Excel as a 97-2003 workbook (.xls, BIFF8): title lines
  merged across, a header row "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
  group rows "I" .. "III" whose names are merged across the other columns, a lead agency merged down over runs of
  tasks, a partner cell holding two agencies on two lines (Alt+Enter) (.xls);
- g59_sct-namthuan: a department's plan on a legal-documents portal: the page's header and menu, the document's
  properties in a two-column <table> (labels left, values right: "Số ký hiệu", "Ngày ban hành", "Loại văn bản",
  "Cơ quan ban hành", "Người ký", "Trích yếu"), a tab strip ("Thuộc tính", "Toàn văn", "Tải về"), the document in
  the "Toàn văn" <div>: its header a borderless table, its body in a few <p> whose lines are apart by <br> and
  indented by runs of &nbsp;, its task table ruled, its closing a borderless table; below, the attachments' list
  and a "Văn bản liên quan" list naming other documents (.html);
- g59_xa-binhan: a commune's plan in Word whose labels are Word's: the headings numbered from numbering.xml
  ("I." upper Roman, "1." decimal restarting under each Roman heading, "a)" lower letter restarting under each
  numbered one, "-" bullets), complex fields whose results are the text (the date a CREATEDATE field, a basis's number a
  HYPERLINK field whose instruction is split over two runs, the task table's numbers SEQ fields, a cross-reference
  "Mục III" a REF field) (.docx).

The round's first pass and its fixes: tests/test_g59_holdout.py.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g59 [OUTDIR]` writes the four documents from the strings and XML held here with the standard
library; the .xls is LibreOffice's conversion of the flat ODS held here, made only when soffice is found (else the
committed file is copied).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.invented.build_g53 import _docx, _p, _runs, _tbl, _tc, _zip

ODS = "g59_huyen-tanphong_du-toan-kinh-phi_2027_bang-tinh-ods.ods"
XLS = "g59_huyen-yenha_phu-luc-nhiem-vu_2027_excel-97.xls"
PORTAL = "g59_sct-namthuan_45-kh-sct_2027_trang-toan-van.html"
FIELDS = "g59_xa-binhan_36-kh-ubnd_2027_danh-so-tu-dong-truong.docx"

# ---------------------------------------------------------------------------------------------------------------
# 1. A cost estimate as LibreOffice Calc saves it (.ods).

_OFFICE_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
              'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3"')

# (STT, content, total, district budget, socialized, note); None = "-" (no amount)
_ESTIMATE = [
    ("I", "Hạ tầng số", 1450, 1200, 250, ""),
    ("1", "Nâng cấp mạng nội bộ tại Trung tâm Hành chính công huyện", 380, 380, None, ""),
    ("2", "Lắp đặt hệ thống camera giám sát tại các nút giao thông trọng điểm", 820, 570, 250,
     "Doanh nghiệp viễn thông hỗ trợ"),
    ("3", "Trang bị thiết bị phòng họp trực tuyến cho 14 xã, thị trấn", 250, 250, None, ""),
    ("II", "Chính quyền số", 640, 640, None, ""),
    ("1", "Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan chuyên môn", 425.5, 425.5, None, ""),
    ("2", "Duy trì, nâng cấp Cổng thông tin điện tử huyện", 214.5, 214.5, None, ""),
    ("III", "Kinh tế số và xã hội số", 310, 160, 150, ""),
    ("1", "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", 160, 160, None, ""),
    ("2", "Hỗ trợ hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử", 150, None, 150, "Nguồn xã hội hóa"),
]
_ESTIMATE_TOTAL = (2400, 2000, 400)


def _vn_number(value: float) -> str:
    """A number as Calc shows it under a Vietnamese locale: "." groups thousands, "," marks decimals."""
    whole, _, frac = f"{value:.1f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped if frac == "0" else f"{grouped},{frac}"


def _ods_text(text: str, style: str = "txt", span: int = 1, rows: int = 1) -> str:
    spans = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + \
        (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    if span > 1 and rows == 1:
        spans += ' table:number-rows-spanned="1"'
    if rows > 1 and span == 1:
        spans += ' table:number-columns-spanned="1"'
    paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))  # a cell's lines: paragraphs
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string" calcext:value-type="string"'
            f'{spans}>{paras}</table:table-cell>') if text else f'<table:table-cell table:style-name="{style}"{spans}/>'


def _ods_amount(value: float | None) -> str:
    if value is None:
        return _ods_text("-", "num")
    shown = _vn_number(value)
    raw = f"{value:g}"
    return (f'<table:table-cell table:style-name="num" office:value-type="float" office:value="{raw}" '
            f'calcext:value-type="float"><text:p>{shown}</text:p></table:table-cell>')


def _covered(n: int = 1) -> str:
    return (f'<table:covered-table-cell table:number-columns-repeated="{n}"/>' if n > 1
            else "<table:covered-table-cell/>")


def _row(cells: str, style: str = "ro1") -> str:
    return f'<table:table-row table:style-name="{style}">{cells}</table:table-row>'


def _ods_content() -> str:
    rows = [
        _row(_ods_text("PHỤ LỤC", "title", span=6) + _covered(5)),
        _row(_ods_text("DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ HUYỆN TÂN PHONG NĂM 2027", "title", span=6)
             + _covered(5)),
        _row(_ods_text("(Kèm theo Kế hoạch số 88/KH-UBND ngày 10/3/2027 của Ủy ban nhân dân huyện Tân Phong)",
                       "italic", span=6) + _covered(5)),
        '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="6"/>'
        "</table:table-row>",
        _row('<table:table-cell table:number-columns-repeated="5"/>' + _ods_text("Đơn vị tính: triệu đồng", "italic")),
        _row(_ods_text("STT", "head", rows=2) + _ods_text("Nội dung", "head", rows=2)
             + _ods_text("Tổng\nkinh phí", "head", rows=2) + _ods_text("Nguồn kinh phí", "head", span=2) + _covered()
             + _ods_text("Ghi chú", "head", rows=2)),
        _row(_covered(3) + _ods_text("Ngân sách huyện", "head") + _ods_text("Xã hội hóa", "head") + _covered()),
    ]
    for code, label, total, local, social, note in _ESTIMATE:
        style = "bold" if code.isalpha() else "txt"
        rows.append(_row(_ods_text(code, "center") + _ods_text(label, style) + _ods_amount(total) + _ods_amount(local)
                         + _ods_amount(social) + _ods_text(note)))
    rows.append(_row(_ods_text("Tổng cộng", "head", span=2) + _covered() + "".join(map(_ods_amount, _ESTIMATE_TOTAL))
                     + _ods_text("")))
    rows.append('<table:table-row table:style-name="ro1" table:number-rows-repeated="2">'
                '<table:table-cell table:number-columns-repeated="6"/></table:table-row>')
    rows.append(_row(_ods_text("Ghi chú: Kinh phí xã hội hóa do các doanh nghiệp viễn thông, ngân hàng trên địa bàn "
                               "huyện hỗ trợ.", "italic", span=6) + _covered(5)))
    columns = "".join(f'<table:table-column table:style-name="co{n}"/>' for n in range(1, 7))
    styles = ("<office:automatic-styles>"
              + "".join(f'<style:style style:name="co{n}" style:family="table-column"><style:table-column-properties '
                        f'style:column-width="{w}"/></style:style>'
                        for n, w in enumerate(("1.2cm", "9cm", "2.6cm", "2.6cm", "2.6cm", "4cm"), start=1))
              + '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
                'style:use-optimal-row-height="true"/></style:style>'
              + "".join(f'<style:style style:name="{name}" style:family="table-cell"><style:text-properties {props}/>'
                        "</style:style>"
                        for name, props in (("title", 'fo:font-weight="bold"'), ("italic", 'fo:font-style="italic"'),
                                            ("head", 'fo:font-weight="bold"'), ("bold", 'fo:font-weight="bold"'),
                                            ("txt", 'fo:font-size="12pt"'), ("center", 'fo:font-size="12pt"'),
                                            ("num", 'fo:font-size="12pt"')))
              + "</office:automatic-styles>")
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document-content {_OFFICE_NS} '
            'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">'
            f'{styles}<office:body><office:spreadsheet><table:table table:name="Dự toán">{columns}'
            + "".join(rows) + "</table:table></office:spreadsheet></office:body></office:document-content>")


def _ods(path: Path) -> None:
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in (("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                                   ("content.xml", _ods_content(), zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, date_time=(2027, 3, 10, 8, 30, 0))
            info.compress_type = method
            z.writestr(info, data.encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------------
# 2. A task annex saved as an Excel 97-2003 workbook (.xls): written by LibreOffice from this flat ODS.

_TASKS = [
    ("I", "CÔNG TÁC TUYÊN TRUYỀN"),
    ("1", "Tuyên truyền các biện pháp phòng, chống dịch bệnh trên hệ thống truyền thanh cơ sở",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Thường xuyên"),
    ("2", "Phát hành tờ rơi hướng dẫn chăn nuôi an toàn sinh học đến các hộ chăn nuôi", None,
     "Ủy ban nhân dân các xã, thị trấn", "Quý I/2027"),
    ("II", "CÔNG TÁC CHUYÊN MÔN"),
    ("3", "Tổ chức tiêm phòng vắc xin lở mồm long móng, dịch tả lợn châu Phi đợt 1 cho đàn gia súc",
     "Trạm Chăn nuôi và Thú y huyện", "Phòng Nông nghiệp và Môi trường\nỦy ban nhân dân các xã, thị trấn",
     "Tháng 3 - 4/2027"),
    ("4", "Tổ chức tiêm phòng đợt 2 cho đàn gia súc, gia cầm", None, "Ủy ban nhân dân các xã, thị trấn",
     "Tháng 9 - 10/2027"),
    ("5", "Tiêu độc, khử trùng môi trường chăn nuôi, chợ buôn bán gia súc, gia cầm", None,
     "Phòng Y tế\nỦy ban nhân dân các xã, thị trấn", "Tháng 4 và tháng 10/2027"),
    ("III", "CÔNG TÁC KIỂM TRA, GIÁM SÁT"),
    ("6", "Kiểm tra việc vận chuyển, giết mổ gia súc, gia cầm trên địa bàn huyện", "Phòng Kinh tế",
     "Công an huyện\nTrạm Chăn nuôi và Thú y huyện", "Thường xuyên"),
    ("7", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện", "Phòng Nông nghiệp và Môi trường",
     "Trạm Chăn nuôi và Thú y huyện", "Trước ngày 15/12/2027"),
]


def _lead_runs() -> dict[int, int]:
    """Each task row (its index in _TASKS) that starts a lead cell, with how many rows the cell spans."""
    runs, start = {}, None
    for n, row in enumerate(_TASKS):
        if len(row) == 2:
            start = None
        elif row[2] is not None:
            start = n
            runs[n] = 1
        else:
            runs[start] += 1
    return runs


def _fods_tasks() -> str:
    rows = [
        _row(_ods_text("PHỤ LỤC", "title", span=5) + _covered(4)),
        _row(_ods_text("DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH TRÊN GIA SÚC, GIA CẦM NĂM 2027",
                       "title", span=5) + _covered(4)),
        _row(_ods_text("(Kèm theo Kế hoạch số 52/KH-UBND ngày 06/02/2027 của Ủy ban nhân dân huyện Yên Hà)",
                       "italic", span=5) + _covered(4)),
        '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="5"/>'
        "</table:table-row>",
        _row("".join(_ods_text(h, "head") for h in ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                                    "Thời gian thực hiện"))),
    ]
    runs = _lead_runs()
    for n, row in enumerate(_TASKS):
        if len(row) == 2:
            rows.append(_row(_ods_text(row[0], "bold") + _ods_text(row[1], "bold", span=4) + _covered(3)))
            continue
        code, task, lead, partners, when = row
        number = (f'<table:table-cell table:style-name="center" office:value-type="float" office:value="{code}" '
                  f'calcext:value-type="float"><text:p>{code}</text:p></table:table-cell>')
        lead_cell = _ods_text(lead, rows=runs[n]) if n in runs else _covered()
        rows.append(_row(number + _ods_text(task) + lead_cell + _ods_text(partners) +
                         _ods_text(when, "center")))
    columns = "".join(f'<table:table-column table:style-name="co{n}"/>' for n in range(1, 6))
    styles = ("<office:automatic-styles>"
              + "".join(f'<style:style style:name="co{n}" style:family="table-column"><style:table-column-properties '
                        f'style:column-width="{w}"/></style:style>'
                        for n, w in enumerate(("1.2cm", "9cm", "4.5cm", "5cm", "3.2cm"), start=1))
              + '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
                'style:use-optimal-row-height="true"/></style:style>'
              + "".join(f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties '
                        f'fo:wrap-option="wrap"/><style:text-properties {props}/></style:style>'
                        for name, props in (("title", 'fo:font-weight="bold"'), ("italic", 'fo:font-style="italic"'),
                                            ("head", 'fo:font-weight="bold"'), ("bold", 'fo:font-weight="bold"'),
                                            ("txt", 'fo:font-size="12pt"'), ("center", 'fo:font-size="12pt"')))
              + "</office:automatic-styles>")
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document {_OFFICE_NS} '
            'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            f'{styles}<office:body><office:spreadsheet><table:table table:name="Nhiệm vụ">{columns}'
            + "".join(rows) + "</table:table></office:spreadsheet></office:body></office:document>")


def _xls(path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    committed = Path(__file__).parent / "raw" / XLS
    if not soffice:
        if committed.exists() and committed.resolve() != path.resolve():
            shutil.copy(committed, path)
        print("soffice not found: the .xls copied from the committed file (if any)", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(XLS).with_suffix(".fods").name
        src.write_text(_fods_tasks(), encoding="utf-8")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "xls:MS Excel 97", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(src.with_suffix(".xls"), path)


# ---------------------------------------------------------------------------------------------------------------
# 3. A legal-documents portal's page: properties in a two-column table, the document under the "Toàn văn" tab.

_IND = "&nbsp;" * 8

NAMTHUAN_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch 45/KH-SCT năm 2027 thực hiện Chương trình khuyến công tỉnh Nam Thuận - Hệ thống văn bản</title>
<style>
  .tabs li { display: inline-block; padding: 4px 12px; border: 1px solid #ccc; }
  .tabs li.active { background: #0a5da8; color: #fff; }
  table.thuoc-tinh td { border: 1px solid #ddd; padding: 4px 8px; }
  table.thuoc-tinh td.nhan { width: 180px; background: #f4f4f4; font-weight: bold; }
</style>
</head>
<body>
<div id="header"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ SỞ CÔNG THƯƠNG TỈNH NAM THUẬN</a></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức</a> |
<a href="/van-ban">Văn bản</a> | <a href="/thu-tuc">Thủ tục hành chính</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="duong-dan"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; Chi tiết văn bản</div>
<div id="noi-dung">
<h2 class="tieu-de-vb">Kế hoạch thực hiện Chương trình khuyến công tỉnh Nam Thuận năm 2027</h2>
<table class="thuoc-tinh">
<tr><td class="nhan">Số ký hiệu</td><td>45/KH-SCT</td></tr>
<tr><td class="nhan">Ngày ban hành</td><td>18/03/2027</td></tr>
<tr><td class="nhan">Ngày có hiệu lực</td><td>18/03/2027</td></tr>
<tr><td class="nhan">Loại văn bản</td><td>Kế hoạch</td></tr>
<tr><td class="nhan">Lĩnh vực</td><td>Công nghiệp</td></tr>
<tr><td class="nhan">Cơ quan ban hành</td><td>Sở Công Thương</td></tr>
<tr><td class="nhan">Người ký</td><td>Đặng Văn Khải</td></tr>
<tr><td class="nhan">Trích yếu</td><td>Kế hoạch thực hiện Chương trình khuyến công tỉnh Nam Thuận năm 2027</td></tr>
<tr><td class="nhan">Tình trạng</td><td>Còn hiệu lực</td></tr>
</table>
<ul class="tabs">
<li><a href="#thuoc-tinh">Thuộc tính</a></li>
<li class="active"><a href="#toan-van">Toàn văn</a></li>
<li><a href="#tai-ve">Tải về</a></li>
</ul>
<div id="toan-van" class="tab-noi-dung">
<table style="width:100%;border:none">
<tr>
<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH NAM THUẬN<br><b>SỞ CÔNG THƯƠNG</b><br>
<span style="font-size:10pt">-------</span><br>Số: 45/KH-SCT</td>
<td style="text-align:center;vertical-align:top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>
<b>Độc lập - Tự do - Hạnh phúc</b><br><span style="font-size:10pt">---------------</span><br>
<i>Nam Thuận, ngày 18 tháng 3 năm 2027</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Thực hiện Chương trình khuyến công tỉnh Nam Thuận năm 2027</b></p>
<p>@@I@@Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;<br>
@@I@@Căn cứ Quyết định số 2306/QĐ-UBND ngày 14 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Nam Thuận về việc giao dự
toán ngân sách nhà nước năm 2027;<br>
@@I@@Thực hiện Kế hoạch số 19/KH-UBND ngày 27 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh Nam Thuận về phát triển
công nghiệp nông thôn năm 2027;<br>
@@I@@Sở Công Thương xây dựng Kế hoạch thực hiện Chương trình khuyến công năm 2027 như sau:</p>
<p>@@I@@<b>I. MỤC TIÊU</b><br>
@@I@@<b>1. Mục tiêu chung</b><br>
@@I@@Hỗ trợ các cơ sở công nghiệp nông thôn đổi mới công nghệ, nâng cao năng lực sản xuất, góp phần chuyển dịch cơ
cấu kinh tế nông thôn của tỉnh.<br>
@@I@@<b>2. Mục tiêu cụ thể</b><br>
@@I@@- Hỗ trợ 18 cơ sở công nghiệp nông thôn ứng dụng máy móc, thiết bị tiên tiến vào sản xuất;<br>
@@I@@- Tổ chức bình chọn 25 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh;<br>
@@I@@- Phấn đấu 90% cơ sở được hỗ trợ duy trì sản xuất ổn định sau 12 tháng.</p>
<p>@@I@@<b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><th>TT</th><th>Nội dung nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến trong sản xuất cho các cơ sở công nghiệp nông thôn</td>
<td>Trung tâm Khuyến công và Tư vấn phát triển công nghiệp</td><td>Ủy ban nhân dân các huyện, thị xã, thành phố</td>
<td>Quý II - III/2027</td></tr>
<tr><td>2</td><td>Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2027</td>
<td>Phòng Quản lý công nghiệp</td><td>Trung tâm Khuyến công và Tư vấn phát triển công nghiệp;<br>Liên minh Hợp tác xã
tỉnh</td><td>Quý III/2027</td></tr>
<tr><td>3</td><td>Hỗ trợ xây dựng phòng trưng bày, giới thiệu sản phẩm cho 04 cơ sở công nghiệp nông thôn</td>
<td>Trung tâm Khuyến công và Tư vấn phát triển công nghiệp</td><td>Phòng Quản lý thương mại</td>
<td>Quý III/2027</td></tr>
<tr><td>4</td><td>Tập huấn nâng cao năng lực quản lý cho chủ cơ sở công nghiệp nông thôn</td>
<td>Trung tâm Khuyến công và Tư vấn phát triển công nghiệp</td><td>Hội Doanh nghiệp nhỏ và vừa tỉnh</td>
<td>Quý IV/2027</td></tr>
</table>
<p>@@I@@<b>III. KINH PHÍ THỰC HIỆN</b><br>
@@I@@Tổng kinh phí thực hiện Kế hoạch: 3.250 triệu đồng, trong đó: ngân sách tỉnh (kinh phí khuyến công địa
phương) 2.070 triệu đồng; vốn đối ứng của các cơ sở công nghiệp nông thôn 1.180 triệu đồng.</p>
<p>@@I@@<b>IV. TỔ CHỨC THỰC HIỆN</b><br>
@@I@@<b>1. Trung tâm Khuyến công và Tư vấn phát triển công nghiệp</b><br>
@@I@@Chủ trì triển khai các đề án khuyến công; hướng dẫn các cơ sở lập hồ sơ, thanh quyết toán kinh phí theo quy
định; báo cáo kết quả về Sở trước ngày 05 tháng 12 năm 2027.<br>
@@I@@<b>2. Phòng Quản lý công nghiệp</b><br>
@@I@@Chủ trì tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu; theo dõi, đôn đốc việc thực hiện Kế
hoạch.<br>
@@I@@<b>3. Văn phòng Sở</b><br>
@@I@@Bảo đảm kinh phí, thẩm định dự toán và hướng dẫn thanh quyết toán theo quy định./.</p>
<table style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Bộ Công Thương (Cục Công Thương địa phương);<br>
- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng, đơn vị thuộc Sở;<br>- Lưu: VT, QLCN.</td>
<td style="text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br>
<b>Đặng Văn Khải</b></td>
</tr>
</table>
</div>
<div class="dinh-kem"><b>Văn bản đính kèm:</b>
<ul><li><a href="/files/2027/03/45-kh-sct-2027.pdf">45-KH-SCT-2027.pdf</a> (412 KB)</li>
<li><a href="/files/2027/03/phu-luc-kinh-phi-khuyen-cong-2027.xlsx">Phu-luc-kinh-phi-khuyen-cong-2027.xlsx</a>
(38 KB)</li></ul></div>
<div class="lien-quan"><b>Văn bản liên quan:</b>
<ul>
<li><a href="/van-ban/12-kh-sct-2026">Kế hoạch số 12/KH-SCT ngày 20/01/2026 về thực hiện Chương trình khuyến công
tỉnh Nam Thuận năm 2026</a></li>
<li><a href="/van-ban/834-qd-ubnd-2025">Quyết định số 834/QĐ-UBND ngày 09/5/2025 của UBND tỉnh Nam Thuận ban hành
Chương trình khuyến công tỉnh Nam Thuận giai đoạn 2026 - 2030</a></li>
</ul></div>
</div>
<div id="footer">Bản quyền thuộc Sở Công Thương tỉnh Nam Thuận. Địa chỉ: số 25 đường Trần Phú, thành phố Nam Thuận.
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. A commune's plan in Word: labels from numbering.xml, text from fields' results.

_RPR = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        '{extra}<w:sz w:val="26"/></w:rPr>')


def _field(instructions: list[str], result: str, italic: bool = False) -> str:
    """A complex field: begin, its instruction over one or more w:instrText runs, separate, the shown result,
    end."""
    rpr = _RPR.format(extra="<w:i/>" if italic else "")
    instr = "".join(f'<w:r>{rpr}<w:instrText xml:space="preserve">{escape(i)}</w:instrText></w:r>'
                    for i in instructions)
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>{instr}'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>{_runs(result, italic=italic)}'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def _np(text: str, num: int, ilvl: int, bold: bool = False) -> str:
    """A paragraph numbered by list `num` at level `ilvl` (its label drawn by Word, not typed)."""
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
            f'<w:spacing w:before="60" w:after="60"/><w:jc w:val="both"/></w:pPr>{_runs(text, bold)}</w:p>')


def _raw_p(inner: str, jc: str = "both") -> str:
    return f'<w:p><w:pPr><w:spacing w:before="60" w:after="60"/><w:jc w:val="{jc}"/></w:pPr>{inner}</w:p>'


_LEVELS = (("upperRoman", "%1.", 0), ("decimal", "%2.", 0), ("lowerLetter", "%3)", 567))


def _numbering() -> str:
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    bullet = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
              '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:hAnsi="Times New Roman"/></w:rPr></w:lvl></w:abstractNum>')
    levels = "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                     f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="{567 + ind}"/></w:pPr>'
                     + ("<w:rPr><w:b/></w:rPr>" if n < 2 else "") + "</w:lvl>"
                     for n, (fmt, text, ind) in enumerate(_LEVELS))
    outline = (f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{levels}'
               "</w:abstractNum>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:numbering {ns}>{bullet}{outline}"
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


_BINHAN_TASKS = [
    ("Rà soát, tự đánh giá kết quả thực hiện các chỉ tiêu tiếp cận pháp luật năm 2027",
     ["Công chức Tư pháp - Hộ tịch"], ["Công chức Văn phòng - Thống kê"], "Tháng 4/2027"),
    ("Tuyên truyền, phổ biến pháp luật trên hệ thống loa truyền thanh xã", ["Công chức Văn hóa - Xã hội"],
     ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã"], "Hằng tháng"),
    ("Kiện toàn, bồi dưỡng kỹ năng cho các tổ hòa giải ở cơ sở", ["Công chức Tư pháp - Hộ tịch"],
     ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], "Quý II/2027"),
    ("Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa của xã", ["Công chức Văn phòng - Thống kê"],
     ["Công an xã"], "Thường xuyên"),
]


def _seq_cell(n: int) -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/></w:tcPr>'
            + _raw_p(_field([" SEQ Nhiệm_vụ \\* ARABIC "], str(n)), jc="center") + "</w:tc>")


def _binhan_body() -> str:
    head = _tbl([3900, 5400], [
        _tc(3900, ["ỦY BAN NHÂN DÂN", "XÃ BÌNH AN"], bold=True) + _tc(5400, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                                            "Độc lập - Tự do - Hạnh phúc"], bold=True),
        _tc(3900, ["Số: 36/KH-UBND"])
        + "<w:tc><w:tcPr><w:tcW w:w=\"5400\" w:type=\"dxa\"/></w:tcPr>"
        + _raw_p(_runs("Bình An, ", italic=True)
                 + _field([" CREATEDATE \\@ \"'ngày' dd 'tháng' M 'năm' yyyy\" "], "ngày 09 tháng 4 năm 2027",
                          italic=True),
                 jc="center") + "</w:tc>",
    ], borders=False)
    basis_link = _field([' HYPERLINK "https://vbpl.example.vn/van-ban/', '25-2021-qd-ttg" \\o "Xem toàn văn" '],
                        "Quyết định số 25/2021/QĐ-TTg")
    rows = [_tc(700, ["STT"], bold=True) + _tc(3300, ["Nhiệm vụ"], bold=True) + _tc(1900, ["Chủ trì"], bold=True)
            + _tc(2100, ["Phối hợp"], bold=True) + _tc(1300, ["Thời gian"], bold=True)]
    for n, (task, leads, partners, when) in enumerate(_BINHAN_TASKS, start=1):
        rows.append(_seq_cell(n) + _tc(3300, [task]) + _tc(1900, leads) + _tc(2100, partners) + _tc(1300, [when]))
    ref = _field([" REF _Ref183540921 \\r \\h "], "III")
    body = [
        head,
        _p(""),
        _p("KẾ HOẠCH", bold=True, jc="center"),
        _p("Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2027", bold=True, jc="center"),
        _raw_p(_runs("Căn cứ ") + basis_link
               + _runs(" ngày 22 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt chuẩn "
                       "tiếp cận pháp luật;")),
        _p("Thực hiện Kế hoạch số 118/KH-UBND ngày 16 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Hòa Định về xây dựng "
           "cấp xã đạt chuẩn tiếp cận pháp luật năm 2027;", jc="both"),
        _p("Ủy ban nhân dân xã Bình An ban hành Kế hoạch xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2027 như sau:",
           jc="both"),
        _np("MỤC ĐÍCH, YÊU CẦU", 2, 0, bold=True),
        _np("Mục đích", 2, 1, bold=True),
        _p("Duy trì và nâng cao chất lượng các tiêu chí tiếp cận pháp luật; bảo đảm quyền tiếp cận thông tin, phổ "
           "biến pháp luật của người dân trên địa bàn xã.", jc="both"),
        _np("Yêu cầu", 2, 1, bold=True),
        _np("Bám sát các chỉ tiêu, tiêu chí theo quy định, gắn với nhiệm vụ phát triển kinh tế - xã hội của xã;", 2, 2),
        _np("Phân công cụ thể, rõ trách nhiệm của từng công chức, đoàn thể.", 2, 2),
        _np("MỤC TIÊU", 2, 0, bold=True),
        _np("Mục tiêu chung", 2, 1, bold=True),
        _p("Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ và Nhân dân; giữ vững danh hiệu xã đạt chuẩn "
           "tiếp cận pháp luật.", jc="both"),
        _np("Mục tiêu cụ thể", 2, 1, bold=True),
        _np("100% thủ tục hành chính thuộc thẩm quyền của xã được công khai đầy đủ, đúng quy định;", 1, 0),
        _np("Tỷ lệ hòa giải thành đạt từ 85% trở lên;", 1, 0),
        _np("Phấn đấu 95% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn.", 1, 0),
        _np("NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", 2, 0, bold=True),
        _p("Các nhiệm vụ cụ thể như sau:", jc="both"),
        _tbl([700, 3300, 1900, 2100, 1300], rows),
        _np("KINH PHÍ THỰC HIỆN", 2, 0, bold=True),
        _p("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2027, dự kiến 45 triệu đồng.", jc="both"),
        _np("TỔ CHỨC THỰC HIỆN", 2, 0, bold=True),
        _np("Công chức Tư pháp - Hộ tịch", 2, 1, bold=True),
        _np("Chủ trì, tham mưu Ủy ban nhân dân xã triển khai các nhiệm vụ nêu tại Mục", 2, 2)
        .replace("</w:p>", _runs(" ") + ref + _runs(" của Kế hoạch;") + "</w:p>"),
        _np("Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 30 tháng 11 năm 2027.", 2, 2),
        _np("Công chức Văn phòng - Thống kê", 2, 1, bold=True),
        _p("Cập nhật, niêm yết công khai thủ tục hành chính; bố trí kinh phí thực hiện Kế hoạch.", jc="both"),
        _np("Ủy ban Mặt trận Tổ quốc Việt Nam xã", 2, 1, bold=True),
        _p("Phối hợp tuyên truyền, vận động Nhân dân tham gia hòa giải ở cơ sở./.", jc="both"),
        _tbl([4600, 4700], [
            _tc(4600, ["Nơi nhận:", "- Sở Tư pháp tỉnh Hòa Định;", "- TT Đảng ủy, TT HĐND xã;",
                       "- Chủ tịch, các PCT UBND xã;", "- Lưu: VT, TP."])
            + _tc(4700, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Thị Thu Hà"], bold=True),
        ], borders=False),
    ]
    return "".join(body)


def _fields_docx() -> dict[str, str]:
    parts = _docx(_binhan_body())
    parts["word/numbering.xml"] = _numbering()
    return parts


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    _ods(out / ODS)
    _xls(out / XLS)
    (out / PORTAL).write_text(NAMTHUAN_PAGE.replace("@@I@@", _IND), encoding="utf-8")
    _zip(_fields_docx(), out / FIELDS)
    return [out / name for name in (ODS, XLS, PORTAL, FIELDS)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
