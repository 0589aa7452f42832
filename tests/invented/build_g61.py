"""Invented documents of hold-out round G61, aimed at READER shapes the invented set did not hold yet: an e-mail that
carries a plan and its annex as two attachments, a Word file an office system assembled from alternative-format
chunks, a portal page whose tables are Bootstrap grid rows with no style sheet at hand, a Word file whose legal bases
are completed by endnotes.

The documents:
- g61_xa-phuoclocdong: a commune's plan as the district's clerk keeps the e-mail that brought it (.eml): a
  forwarded message ("---------- Forwarded message ---------" and its From/Date/Subject/To lines under the clerk's
  own line), the commune's cover note in a multipart/alternative (text/plain and text/html, quoted-printable, naming
  the plan's number, date and total), the subject in RFC 2047 words, and two attachments whose Vietnamese names are
  RFC 2231-encoded: FIRST the annex (an .xlsx: the estimate, its title a rich-text shared string of two runs, a
  two-row header merged over "Trong đó", a "Tổng cộng" row), THEN the plan itself (a .docx: header, bases,
  objectives, a task table, the money, the assignments, the closing). The plan is the document, the annex its part;
- g61_huyen-kimphuoc: a district's two-year plan as an office system exports it to Word (.docx): the header table,
  the title and the closing table in the document's own XML, the body between them a w:altChunk whose part is a web
  archive (afchunk1.mht: MIME, the HTML quoted-printable: bases and headings as <p>, bold runs as <strong>, the
  targets an <ul>, the task table an HTML table whose lead agency spans two rows), and after the signature a second
  w:altChunk, a bare HTML fragment (afchunk2.htm) holding the annex's estimate by year;
- g61_sgddt-bachoa: a provincial department's plan on the department's portal (.html) laid out with Bootstrap's grid
  classes only (the style sheet a link to a file the saved page does not hold): the document's header a
  <div class="row"> of a "col-md-5" and a "col-md-7" block, the task table <div class="row"> rows of "col-1",
  "col-5", "col-2" ... cells (the header row bold by a class, a partner cell's two agencies apart by <br>), the
  closing a row of two "col-sm-6" blocks; the site's navbar, breadcrumb and footer around it;
- g61_tinh-kimha: a province's three-year plan in Word (.docx) whose notes are endnotes (word/endnotes.xml, marks
  shown i, ii, iii by Word's default for endnotes): the first basis names a national programme and leaves its
  approving Decision's number, date and issuer to an endnote, a target and the total sum carry endnotes of their own
  (a percent and a sum that are no target and no statement), and a reviewer's comment (comments.xml) on the sum.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g61 [OUTDIR]` writes the four documents from the strings and XML held here, with the standard
library only.
"""

from __future__ import annotations

import base64
import html
import io
import quopri
import sys
import zipfile
from pathlib import Path
from urllib.parse import quote

from tests.invented.build_g45 import _XLSX_STYLES, _col, _Sheet
from tests.invented.build_g53 import _docx, _p, _runs, _tbl, _tc

EML = "g61_xa-phuoclocdong_38-kh-ubnd_2027_thu-dien-tu-hai-tep.eml"
ALTCHUNK = "g61_huyen-kimphuoc_146-kh-ubnd_2027_word-altchunk.docx"
BOOTSTRAP = "g61_sgddt-bachoa_215-kh-sgddt_2027_luoi-bootstrap.html"
ENDNOTES = "g61_tinh-kimha_73-kh-ubnd_2027_chu-thich-cuoi.docx"

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _zip_bytes(parts: dict[str, str | bytes], when: tuple = (2027, 4, 14, 8, 30, 0)) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def _closing(recipients: list[str], signature: list[str], name: str) -> str:
    left = _p("Nơi nhận:", bold=True, italic=True) + "".join(_p(r) for r in recipients)
    right = "".join(_p(s, bold=True, jc="center") for s in signature) + _p() + _p() + _p(name, bold=True, jc="center")
    return _tbl([4650, 4650], [f'<w:tc><w:tcPr><w:tcW w:w="4650" w:type="dxa"/></w:tcPr>{left}</w:tc>'
                               f'<w:tc><w:tcPr><w:tcW w:w="4650" w:type="dxa"/></w:tcPr>{right}</w:tc>'], borders=False)


def _header(left: list[tuple[str, bool]], right: list[tuple[str, bool, bool]]) -> str:
    lp = "".join(_p(t, bold=b, jc="center") for t, b in left)
    rp = "".join(_p(t, bold=b, italic=i, jc="center") for t, b, i in right)
    return _tbl([3900, 5400], [f'<w:tc><w:tcPr><w:tcW w:w="3900" w:type="dxa"/></w:tcPr>{lp}</w:tc>'
                               f'<w:tc><w:tcPr><w:tcW w:w="5400" w:type="dxa"/></w:tcPr>{rp}</w:tc>'], borders=False)


# ---------------------------------------------------------------------------------------------------------------
# 1. An e-mail forwarded by the district's clerk: the commune's cover note, the annex (.xlsx) and the plan (.docx).

_PHUOCLOC_TASKS = [
    ("1", "Tổ chức lễ ra quân hè và khai mạc sinh hoạt hè năm 2027", "Đoàn Thanh niên xã",
     ["Các trường học trên địa bàn xã"], "Tháng 6/2027"),
    ("2", "Mở lớp dạy bơi an toàn cho trẻ em tại hồ bơi Trung tâm xã", "Công chức Văn hóa - Xã hội",
     ["Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã"], "Tháng 6 - 7/2027"),
    ("3", "Tổ chức giải bóng đá thiếu nhi các thôn", "Đoàn Thanh niên xã", ["Ban công tác Mặt trận các thôn"],
     "Tháng 7/2027"),
    ("4", "Tổ chức trại hè \"Thiếu nhi vui khỏe\" và bế mạc hoạt động hè", "Đoàn Thanh niên xã",
     ["Hội Cựu chiến binh xã"], "Tháng 8/2027"),
]


def _phuocloc_docx() -> bytes:
    header = _header([("ỦY BAN NHÂN DÂN", False), ("XÃ PHƯỚC LỘC ĐÔNG", True), ("Số: 38/KH-UBND", False)],
                     [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                      ("Phước Lộc Đông, ngày 14 tháng 4 năm 2027", False, True)])
    grid = [600, 3400, 2000, 2300, 1000]
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("TT", "Nội dung hoạt động", "Đơn vị chủ trì",
                                                                 "Đơn vị phối hợp", "Thời gian")))
    rows = [head] + ["".join(_tc(w, c if isinstance(c, list) else [c]) for w, c in zip(grid, row))
                     for row in _PHUOCLOC_TASKS]
    body = (header + _p() + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Tổ chức các hoạt động hè cho thiếu nhi năm 2027", bold=True, jc="center") + _p()
            + _p("\tCăn cứ Kế hoạch số 52/KH-UBND ngày 28 tháng 3 năm 2027 của Ủy ban nhân dân huyện Đông Lạc về "
                 "tổ chức các hoạt động hè cho thiếu nhi trên địa bàn huyện năm 2027;", jc="both")
            + _p("\tThực hiện Hướng dẫn số 07/HD-ĐTN ngày 02 tháng 4 năm 2027 của Ban Thường vụ Huyện đoàn Đông "
                 "Lạc về hoạt động hè năm 2027;", jc="both")
            + _p("\tỦy ban nhân dân xã Phước Lộc Đông ban hành Kế hoạch tổ chức các hoạt động hè cho thiếu nhi "
                 "năm 2027 như sau:", jc="both")
            + _p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
            + _p("\tTạo môi trường vui chơi lành mạnh, bổ ích, an toàn cho thiếu nhi trong dịp hè; phòng, chống "
                 "đuối nước và tai nạn thương tích cho trẻ em.", jc="both")
            + _p("\t2. Mục tiêu cụ thể", bold=True)
            + _p("\t- Phấn đấu 100% thôn tổ chức sinh hoạt hè cho thiếu nhi;", jc="both")
            + _p("\t- Tổ chức 04 lớp dạy bơi an toàn cho trẻ em;", jc="both")
            + _p("\t- 95% trẻ em trong độ tuổi tham gia ít nhất một hoạt động hè.", jc="both")
            + _p("\tII. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True) + _tbl(grid, rows)
            + _p("\tIII. KINH PHÍ THỰC HIỆN", bold=True)
            + _p("\tTổng kinh phí thực hiện Kế hoạch là 186 triệu đồng (chi tiết tại Phụ lục kèm theo), trong đó: "
                 "ngân sách xã 126 triệu đồng; nguồn xã hội hóa 60 triệu đồng.", jc="both")
            + _p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True) + _p("\t1. Đoàn Thanh niên xã", bold=True)
            + _p("\tChủ trì tổ chức các hoạt động hè; phân công đoàn viên phụ trách sinh hoạt hè tại các thôn.",
                 jc="both")
            + _p("\t2. Công chức Văn hóa - Xã hội", bold=True)
            + _p("\tTham mưu Ủy ban nhân dân xã bố trí địa điểm, kinh phí lớp dạy bơi; tổng hợp, báo cáo kết quả "
                 "về Ủy ban nhân dân huyện trước ngày 31/8/2027.", jc="both")
            + _p("\t3. Trạm Y tế xã", bold=True)
            + _p("\tBố trí nhân viên y tế trực tại các lớp dạy bơi và trại hè./.", jc="both") + _p()
            + _closing(["- UBND huyện Đông Lạc (b/c);", "- Huyện đoàn Đông Lạc;", "- TT Đảng ủy, TT HĐND xã;",
                        "- Các thôn;", "- Lưu: VT."],
                       ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Thị Mỹ Duyên"))
    return _zip_bytes(_docx(body))


_PHUOCLOC_ESTIMATE = [
    ("1", "Lễ ra quân và khai mạc sinh hoạt hè", 18, 18, None),
    ("2", "Lớp dạy bơi an toàn cho trẻ em", 64, 44, 20),
    ("3", "Giải bóng đá thiếu nhi các thôn", 42, 22, 20),
    ("4", "Trại hè và bế mạc hoạt động hè", 62, 42, 20),
]

# shared strings written as rich text (runs of their own formatting), by their plain text
_RICH = {
    "DỰ TOÁN KINH PHÍ TỔ CHỨC CÁC HOẠT ĐỘNG HÈ CHO THIẾU NHI NĂM 2027":
        [("<b/>", "DỰ TOÁN KINH PHÍ "), ("<b/><u/>", "TỔ CHỨC CÁC HOẠT ĐỘNG HÈ CHO THIẾU NHI NĂM 2027")],
    "(Kèm theo Kế hoạch số 38/KH-UBND ngày 14/4/2027 của Ủy ban nhân dân xã Phước Lộc Đông)":
        [("<i/>", "(Kèm theo Kế hoạch số "), ("<b/><i/>", "38/KH-UBND"),
         ("<i/>", " ngày 14/4/2027 của Ủy ban nhân dân xã Phước Lộc Đông)")],
}


def _si(s: str) -> str:
    if s not in _RICH:
        return f'<si><t xml:space="preserve">{html.escape(s, quote=False)}</t></si>'
    runs = "".join(f'<r><rPr>{fmt}<sz val="12"/><rFont val="Times New Roman"/><family val="1"/></rPr>'
                   f'<t xml:space="preserve">{html.escape(t, quote=False)}</t></r>' for fmt, t in _RICH[s])
    return f"<si>{runs}</si>"


def _phuocloc_xlsx() -> bytes:
    strings: list[str] = []
    sheet = _Sheet(strings)
    sheet.text("A1", "PHỤ LỤC", 3)
    sheet.text("A2", "DỰ TOÁN KINH PHÍ TỔ CHỨC CÁC HOẠT ĐỘNG HÈ CHO THIẾU NHI NĂM 2027", 3)
    sheet.text("A3", "(Kèm theo Kế hoạch số 38/KH-UBND ngày 14/4/2027 của Ủy ban nhân dân xã Phước Lộc Đông)", 3)
    sheet.text("E4", "ĐVT: triệu đồng", 0)
    sheet.merges += ["A1:E1", "A2:E2", "A3:E3"]
    for ref, h in (("A5", "STT"), ("B5", "Nội dung"), ("C5", "Tổng kinh phí"), ("D5", "Trong đó"),
                   ("D6", "Ngân sách xã"), ("E6", "Xã hội hóa")):
        sheet.text(ref, h, 4)
    sheet.merges += ["A5:A6", "B5:B6", "C5:C6", "D5:E5"]
    for r, (code, label, total, local, social) in enumerate(_PHUOCLOC_ESTIMATE, 7):
        sheet.text(f"A{r}", code)
        sheet.text(f"B{r}", label)
        sheet.formula(f"C{r}", f"D{r}+E{r}", total)
        sheet.number(f"D{r}", local)
        if social is None:
            sheet.text(f"E{r}", "-")
        else:
            sheet.number(f"E{r}", social)
    last = 7 + len(_PHUOCLOC_ESTIMATE)
    sheet.text(f"A{last}", "", 4)
    sheet.text(f"B{last}", "Tổng cộng", 4)
    for k, col in enumerate("CDE"):
        value = sum(line[2 + k] or 0 for line in _PHUOCLOC_ESTIMATE)
        sheet.formula(f"{col}{last}", f"SUM({col}7:{col}{last - 1})", value)
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(_si(s) for s in strings) + "</sst>")
    ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships {ns}>'
                        f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="xl/workbook.xml"/>'
                        '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{_R}">'
            '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20490" windowHeight="7755"/></bookViews>'
            '<sheets><sheet name="Du toan" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="162913"/></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships {ns}>'
            f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId3" Type="{_R}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId4" Type="{_R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet.xml([6, 42, 14, 14, 14]),
        "xl/styles.xml": _XLSX_STYLES,
        "xl/sharedStrings.xml": sst,
    }
    assert _col(0) == "A"
    return _zip_bytes(parts)


_COVER_LINES = [
    "Kính gửi: Phòng Văn hóa - Xã hội huyện Đông Lạc.",
    "",
    "Văn phòng HĐND và UBND xã Phước Lộc Đông gửi Kế hoạch số 38/KH-UBND ngày 14/4/2027 của UBND xã về tổ chức "
    "các hoạt động hè cho thiếu nhi năm 2027 và Phụ lục dự toán kinh phí kèm theo (tổng kinh phí 186 triệu đồng), "
    "tệp đính kèm.",
    "",
    "Trân trọng./.",
    "",
    "--",
    "Nguyễn Thị Hằng",
    "Văn phòng HĐND và UBND xã Phước Lộc Đông",
    "ĐT: 0235 3812 456",
]

_FORWARD = [
    "Chuyển đồng chí Trưởng phòng xem xét, cho ý kiến.",
    "",
    "---------- Forwarded message ---------",
    "From: Văn phòng UBND xã Phước Lộc Đông <vanphong.phuoclocdong@donglac.hoagiang.gov.vn>",
    "Date: Thu, Apr 15, 2027 at 9:12 AM",
    "Subject: Gửi Kế hoạch tổ chức hoạt động hè năm 2027",
    "To: <phongvhxh@donglac.hoagiang.gov.vn>",
    "",
]


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _rfc2047(text: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def _attachment(name: str, mime: str, data: bytes) -> str:
    encoded = quote(name, safe="")
    return (f'Content-Type: {mime}; name="{_rfc2047(name)}"\r\n'
            f"Content-Disposition: attachment; filename*=UTF-8''{encoded}\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(data) + "\r\n")


def phuocloc_eml() -> bytes:
    plain = "\n".join(_FORWARD + _COVER_LINES) + "\n"
    forward_html = "<br>".join(html.escape(line) for line in _FORWARD[2:-1])
    cover_html = "".join(f"<div>{html.escape(line) or '<br>'}</div>" for line in _COVER_LINES)
    page = (f'<div dir="ltr"><div>{html.escape(_FORWARD[0])}</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{forward_html}<br></div><br><br>'
            f'<div dir="ltr">{cover_html}</div></div></div>\n')
    outer, inner = "000000000000b1f2a905f4c7e9d1", "000000000000b1f2a705f4c7e9cf"
    xlsx_name = "Phụ lục dự toán KH 38.xlsx"
    docx_name = "Kế hoạch 38-KH-UBND hoạt động hè 2027.docx"
    msg = ("MIME-Version: 1.0\r\n"
           "Date: Thu, 15 Apr 2027 10:02:47 +0700\r\n"
           "Message-ID: <CAB7x2k9Qw3fLhX0p@mail.gmail.com>\r\n"
           f"Subject: {_rfc2047('Fwd: Gửi Kế hoạch tổ chức hoạt động hè năm 2027')}\r\n"
           f"From: {_rfc2047('Phòng VHXH huyện Đông Lạc')} <phongvhxh@donglac.hoagiang.gov.vn>\r\n"
           f"To: {_rfc2047('Trưởng phòng')} <truongphong.vhxh@donglac.hoagiang.gov.vn>\r\n"
           f'Content-Type: multipart/mixed; boundary="{outer}"\r\n\r\n'
           f"--{outer}\r\n"
           f'Content-Type: multipart/alternative; boundary="{inner}"\r\n\r\n'
           f"--{inner}\r\n"
           'Content-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
           + _qp(plain) + "\r\n"
           f"--{inner}\r\n"
           'Content-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
           + _qp(page) + "\r\n"
           f"--{inner}--\r\n"
           f"--{outer}\r\n"
           + _attachment(xlsx_name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         _phuocloc_xlsx())
           + f"--{outer}\r\n"
           + _attachment(docx_name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         _phuocloc_docx())
           + f"--{outer}--\r\n")
    return msg.encode("ascii")


# ---------------------------------------------------------------------------------------------------------------
# 2. An office system's Word export: header, title and closing in WordML, the body and the annex altChunks.

_KIMPHUOC_BODY_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:6pt 0;text-align:justify;text-indent:1cm;font-family:'Times New Roman';font-size:14pt}
table.nv{border-collapse:collapse}table.nv td{border:1px solid #000;padding:3px;vertical-align:top}</style></head>
<body>
<p>Căn cứ Nghị quyết số 09/NQ-HĐND ngày 15 tháng 3 năm 2027 của Hội đồng nhân dân huyện Kim Phước về phát triển
kinh tế tập thể trên địa bàn huyện giai đoạn 2027 - 2030;</p>
<p>Thực hiện Kế hoạch số 88/KH-UBND ngày 20 tháng 4 năm 2027 của Ủy ban nhân dân tỉnh Nam Lạc về phát triển kinh
tế tập thể, hợp tác xã năm 2027 - 2028;</p>
<p>Ủy ban nhân dân huyện Kim Phước ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2027 - 2028
như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung</strong></p>
<p>Phát triển kinh tế tập thể, hợp tác xã theo hướng bền vững, nâng cao thu nhập cho thành viên và người lao
động.</p>
<p><strong>2. Mục tiêu cụ thể</strong></p>
<ul>
<li>Đến năm 2028, thành lập mới ít nhất 12 hợp tác xã;</li>
<li>Tỷ lệ hợp tác xã hoạt động hiệu quả đạt 70% trở lên;</li>
<li>100% cán bộ quản lý hợp tác xã được bồi dưỡng kiến thức quản trị.</li>
</ul>
<p><strong>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</strong></p>
<table class="nv" width="100%">
<tr><td><strong>TT</strong></td><td><strong>Nhiệm vụ</strong></td><td><strong>Cơ quan chủ trì</strong></td>
<td><strong>Cơ quan phối hợp</strong></td><td><strong>Thời gian</strong></td></tr>
<tr><td>1</td><td>Tuyên truyền chính sách hỗ trợ kinh tế tập thể, hợp tác xã</td><td rowspan="2">Phòng Kinh tế</td>
<td>Đài Truyền thanh huyện</td><td>2027 - 2028</td></tr>
<tr><td>2</td><td>Hỗ trợ thành lập mới hợp tác xã nông nghiệp</td><td>Ủy ban nhân dân các xã</td>
<td>2027 - 2028</td></tr>
<tr><td>3</td><td>Bồi dưỡng cán bộ quản lý hợp tác xã</td><td>Phòng Nội vụ</td>
<td>Liên minh Hợp tác xã tỉnh Nam Lạc</td><td>Quý III/2027</td></tr>
<tr><td>4</td><td>Hỗ trợ hợp tác xã xây dựng sản phẩm OCOP</td><td>Phòng Nông nghiệp và Môi trường</td>
<td>Phòng Tài chính - Kế hoạch<br>Hội Nông dân huyện</td><td>2027 - 2028</td></tr>
</table>
<p><strong>III. KINH PHÍ THỰC HIỆN</strong></p>
<p>Tổng kinh phí thực hiện Kế hoạch là 2.340 triệu đồng (chi tiết tại Phụ lục), trong đó: ngân sách huyện 1.540
triệu đồng; nguồn xã hội hóa 800 triệu đồng.</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p><strong>1. Phòng Kinh tế</strong></p>
<p>Chủ trì, phối hợp các cơ quan, đơn vị triển khai Kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân huyện
trước ngày 10 tháng 12 hằng năm.</p>
<p><strong>2. Phòng Tài chính - Kế hoạch</strong></p>
<p>Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách huyện.</p>
<p><strong>3. Ủy ban nhân dân các xã</strong></p>
<p>Vận động thành lập hợp tác xã; hướng dẫn hợp tác xã xây dựng phương án sản xuất, kinh doanh./.</p>
</body></html>
"""

_KIMPHUOC_ANNEX_HTML = """<div style="font-family:'Times New Roman';font-size:13pt">
<p align="center"><b>PHỤ LỤC</b></p>
<p align="center"><b>DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ GIAI ĐOẠN
2027 - 2028</b></p>
<p align="center"><i>(Kèm theo Kế hoạch số 146/KH-UBND ngày 22/5/2027 của Ủy ban nhân dân huyện Kim Phước)</i></p>
<p align="right"><i>Đơn vị tính: triệu đồng</i></p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><td rowspan="2" align="center"><b>STT</b></td><td rowspan="2" align="center"><b>Nội dung</b></td>
<td rowspan="2" align="center"><b>Tổng kinh phí</b></td><td colspan="2" align="center"><b>Chia theo năm</b></td></tr>
<tr><td align="center"><b>Năm 2027</b></td><td align="center"><b>Năm 2028</b></td></tr>
<tr><td>1</td><td>Tuyên truyền chính sách hỗ trợ kinh tế tập thể</td><td align="right">140</td>
<td align="right">70</td><td align="right">70</td></tr>
<tr><td>2</td><td>Hỗ trợ thành lập mới hợp tác xã</td><td align="right">1.200</td><td align="right">600</td>
<td align="right">600</td></tr>
<tr><td>3</td><td>Bồi dưỡng cán bộ quản lý hợp tác xã</td><td align="right">300</td><td align="right">300</td>
<td align="center">-</td></tr>
<tr><td>4</td><td>Hỗ trợ xây dựng sản phẩm OCOP</td><td align="right">700</td><td align="right">300</td>
<td align="right">400</td></tr>
<tr><td></td><td><b>Tổng cộng</b></td><td align="right"><b>2.340</b></td><td align="right"><b>1.270</b></td>
<td align="right"><b>1.070</b></td></tr>
</table>
</div>
"""


def _mht(page: str) -> bytes:
    boundary = "----=_NextPart_01D9A3C1.5E2B7F40"
    return ("MIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related; boundary="{boundary}"; type="text/html"\r\n\r\n'
            f"--{boundary}\r\n"
            "Content-Location: file:///C:/eoffice/temp/vanban_146.htm\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            'Content-Type: text/html; charset="utf-8"\r\n\r\n'
            + _qp(page) + f"\r\n--{boundary}--\r\n").encode("ascii")


def _kimphuoc_docx() -> bytes:
    header = _header([("ỦY BAN NHÂN DÂN", False), ("HUYỆN KIM PHƯỚC", True), ("Số: 146/KH-UBND", False)],
                     [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                      ("Kim Phước, ngày 22 tháng 5 năm 2027", False, True)])
    body = (header + _p() + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Phát triển kinh tế tập thể, hợp tác xã giai đoạn 2027 - 2028", bold=True, jc="center")
            + '<w:altChunk r:id="rId20"/>'
            + _closing(["- UBND tỉnh Nam Lạc (b/c);", "- Liên minh Hợp tác xã tỉnh;", "- TT Huyện ủy, TT HĐND huyện;",
                        "- Các phòng, ban liên quan;", "- UBND các xã;", "- Lưu: VT, KT."],
                       ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trịnh Văn Khải")
            + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
            + '<w:altChunk r:id="rId21"/>')
    parts: dict[str, str | bytes] = dict(_docx(body))
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        "</Relationships>",
        f'<Relationship Id="rId20" Type="{_R}/aFChunk" Target="/word/afchunk1.mht"/>'
        f'<Relationship Id="rId21" Type="{_R}/aFChunk" Target="afchunk2.htm"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>", '<Default Extension="mht" ContentType="message/rfc822"/>'
                    '<Default Extension="htm" ContentType="application/xhtml+xml"/></Types>')
    parts["word/afchunk1.mht"] = _mht(_KIMPHUOC_BODY_HTML)
    parts["word/afchunk2.htm"] = _KIMPHUOC_ANNEX_HTML.encode("utf-8")
    return _zip_bytes(parts, when=(2027, 5, 22, 15, 40, 0))


# ---------------------------------------------------------------------------------------------------------------
# 3. A department's portal page laid out with Bootstrap's grid classes, its style sheet not saved with it.

def _grid_row(cells: list[tuple[str, str]], extra: str = "") -> str:
    return (f'<div class="row{extra}">' + "".join(f'<div class="{cls} border">{text}</div>' for cls, text in cells)
            + "</div>\n")


_BACHOA_TASKS = [
    ("1", "Xây dựng và ban hành hướng dẫn tổ chức Ngày hội đọc sách", "Phòng Giáo dục trung học",
     "Phòng Giáo dục tiểu học", "Tháng 5/2027"),
    ("2", "Phát động cuộc thi \"Đại sứ văn hóa đọc\" cấp tỉnh", "Phòng Giáo dục trung học",
     "Thư viện tỉnh<br>Tỉnh đoàn Bắc Hòa", "Tháng 6 - 9/2027"),
    ("3", "Bổ sung sách cho thư viện các trường vùng khó khăn", "Phòng Kế hoạch - Tài chính",
     "Các cơ sở giáo dục trực thuộc", "Quý III/2027"),
    ("4", "Tổng kết, khen thưởng các tập thể, cá nhân tiêu biểu", "Văn phòng Sở", "Phòng Giáo dục tiểu học",
     "Tháng 11/2027"),
]
_COLS = ("col-1 text-center", "col-5", "col-2", "col-2", "col-2 text-center")


def bachoa_page() -> str:
    head = _grid_row(list(zip(_COLS, ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"))),
                     " fw-bold bg-light")
    rows = "".join(_grid_row(list(zip(_COLS, row))) for row in _BACHOA_TASKS)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch tổ chức Ngày hội đọc sách trong trường học năm 2027 - Sở Giáo dục và Đào tạo tỉnh Bắc Hòa</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/5.3.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/portal.css">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
<div class="container"><a class="navbar-brand" href="/">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/tin-tuc">Tin tức</a></li>
<li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li></ul></div>
</nav>
<div class="container my-3">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
<li class="breadcrumb-item"><a href="/van-ban">Văn bản chỉ đạo</a></li>
<li class="breadcrumb-item active" aria-current="page">Kế hoạch số 215/KH-SGDĐT</li></ol></nav>
<div class="row">
<main class="col-lg-9">
<article class="van-ban">
<div class="row mb-3">
<div class="col-md-5 text-center">ỦY BAN NHÂN DÂN TỈNH BẮC HÒA<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br>
Số: 215/KH-SGDĐT</div>
<div class="col-md-7 text-center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b>
<br><i>Bắc Hòa, ngày 06 tháng 5 năm 2027</i></div>
</div>
<h4 class="text-center fw-bold">KẾ HOẠCH</h4>
<p class="text-center fw-bold">Tổ chức Ngày hội đọc sách trong trường học năm 2027</p>
<p>Căn cứ Quyết định số 1120/QĐ-UBND ngày 10 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Bắc Hòa phê duyệt Đề án
phát triển văn hóa đọc trong cộng đồng tỉnh Bắc Hòa giai đoạn 2027 - 2030;</p>
<p>Thực hiện Kế hoạch số 61/KH-UBND ngày 03 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Bắc Hòa về hưởng ứng Ngày
Sách và Văn hóa đọc Việt Nam năm 2027;</p>
<p>Sở Giáo dục và Đào tạo xây dựng Kế hoạch tổ chức Ngày hội đọc sách trong trường học năm 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Phát triển văn hóa đọc trong học sinh, xây dựng thói quen đọc sách, góp phần nâng cao chất lượng giáo dục
toàn diện.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- 100% cơ sở giáo dục tổ chức Ngày hội đọc sách;</p>
<p>- Mỗi trường phổ thông xây dựng ít nhất 01 mô hình thư viện thân thiện;</p>
<p>- 80% học sinh tham gia các hoạt động đọc sách do nhà trường tổ chức.</p>
<p><b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<div class="container-fluid bang-nhiem-vu small">
{head}{rows}</div>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Kinh phí thực hiện Kế hoạch là 450 triệu đồng từ nguồn ngân sách tỉnh giao cho Sở Giáo dục và Đào tạo năm 2027;
các đơn vị huy động thêm nguồn xã hội hóa theo quy định.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Phòng Giáo dục trung học</b></p>
<p>Chủ trì, hướng dẫn, theo dõi việc tổ chức Ngày hội đọc sách; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày
30 tháng 11 năm 2027.</p>
<p><b>2. Phòng Kế hoạch - Tài chính</b></p>
<p>Tham mưu phân bổ kinh phí bổ sung sách cho thư viện các trường vùng khó khăn.</p>
<p><b>3. Các cơ sở giáo dục trực thuộc</b></p>
<p>Xây dựng kế hoạch tổ chức Ngày hội đọc sách tại đơn vị, báo cáo kết quả về Sở trước ngày 15 tháng 11 năm
2027./.</p>
<div class="row mt-4">
<div class="col-xs-12 col-sm-6"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>
- Các phòng thuộc Sở;<br>- Các cơ sở giáo dục trực thuộc;<br>- Lưu: VT, GDTrH.</div>
<div class="col-xs-12 col-sm-6 text-center"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br>
<b>Đặng Thị Thu Hiền</b></div>
</div>
</article>
<div class="attachments mt-3"><h6>Tệp đính kèm</h6><ul><li><a href="/files/215-KH-SGDDT.pdf">215-KH-SGDDT.pdf</a>
</li></ul></div>
</main>
<aside class="col-lg-3"><div class="card"><div class="card-header">Văn bản mới</div><ul class="list-group">
<li class="list-group-item"><a href="/van-ban/212">Công văn số 212/SGDĐT-GDTrH về thi học sinh giỏi</a></li>
<li class="list-group-item"><a href="/van-ban/209">Kế hoạch số 209/KH-SGDĐT về tuyển sinh lớp 10</a></li>
</ul></div></aside>
</div>
</div>
<footer class="bg-dark text-white py-3"><div class="container">Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Bắc Hòa.
Địa chỉ: số 18 đường Trần Phú, thành phố Bắc Hòa. Điện thoại: 0236 3822 117.</div></footer>
<script src="/assets/vendor/bootstrap/5.3.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. A province's plan in Word whose notes are endnotes (shown i, ii, iii), with a reviewer's comment on the sum.

def _end_ref() -> str:
    return ('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:endnoteReference w:id="@@EN@@"/></w:r>')


def _numbered(xml: str, tag: str, first: int) -> str:
    pieces = xml.split(tag)
    return "".join(p + (str(first + i) if i < len(pieces) - 1 else "") for i, p in enumerate(pieces))


def _para(inner: str, jc: str = "both") -> str:
    return f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="{jc}"/></w:pPr>{inner}</w:p>'


_ENDNOTES = [
    "Ban hành kèm theo Quyết định số 2214/QĐ-TTg ngày 09 tháng 11 năm 2026 của Thủ tướng Chính phủ.",
    "Nghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2027.",
    "Năm 2026, tỷ lệ này đạt 42%.",
    "Không bao gồm kinh phí lồng ghép từ các chương trình mục tiêu quốc gia.",
]

_KIMHA_TASKS = [
    ("1", "Rà soát, xây dựng danh mục điểm du lịch nông thôn", "Sở Văn hóa, Thể thao và Du lịch",
     ["Sở Nông nghiệp và Môi trường"], "Năm 2027"),
    ("2", "Hỗ trợ xây dựng sản phẩm du lịch nông thôn gắn với Chương trình OCOP", "Sở Nông nghiệp và Môi trường",
     ["Sở Công Thương", "Ủy ban nhân dân các huyện"], "2027 - 2029"),
    ("3", "Đào tạo, bồi dưỡng lao động du lịch nông thôn", "Sở Văn hóa, Thể thao và Du lịch",
     ["Trường Cao đẳng Kim Hà"], "2027 - 2029"),
    ("4", "Quảng bá, xúc tiến du lịch nông thôn", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",
     ["Sở Văn hóa, Thể thao và Du lịch"], "Hằng năm"),
]


def _kimha_body() -> str:
    header = _header([("ỦY BAN NHÂN DÂN", False), ("TỈNH KIM HÀ", True), ("Số: 73/KH-UBND", False)],
                     [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                      ("Kim Hà, ngày 19 tháng 3 năm 2027", False, True)])
    grid = [600, 3500, 2100, 2100, 1000]
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("TT", "Nhiệm vụ", "Cơ quan chủ trì",
                                                                 "Cơ quan phối hợp", "Thời gian")))
    rows = [head] + ["".join(_tc(w, c if isinstance(c, list) else [c]) for w, c in zip(grid, row))
                     for row in _KIMHA_TASKS]
    comment = ('<w:commentRangeStart w:id="0"/>' + _runs("4.800 triệu đồng") + '<w:commentRangeEnd w:id="0"/>'
               '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>')
    return (header + _p() + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Phát triển du lịch nông thôn giai đoạn 2027 - 2029", bold=True, jc="center") + _p()
            + _para(_runs("\tCăn cứ Chương trình phát triển du lịch nông thôn quốc gia giai đoạn 2026 - 2030")
                    + _end_ref() + _runs(";"))
            + _para(_runs("\tCăn cứ Nghị quyết số 15/NQ-HĐND ngày 08 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh "
                          "Kim Hà về kế hoạch phát triển kinh tế - xã hội năm 2027") + _end_ref() + _runs(";"))
            + _p("\tỦy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch nông thôn giai đoạn 2027 - 2029 như "
                 "sau:", jc="both")
            + _p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
            + _p("\tPhát triển du lịch nông thôn gắn với xây dựng nông thôn mới, tạo việc làm, tăng thu nhập cho "
                 "người dân khu vực nông thôn.", jc="both")
            + _p("\t2. Mục tiêu cụ thể", bold=True)
            + _para(_runs("\t- Tỷ lệ lao động du lịch nông thôn được đào tạo, bồi dưỡng đạt 70% vào năm 2029")
                    + _end_ref() + _runs(";"))
            + _p("\t- Doanh thu từ du lịch nông thôn tăng bình quân 15%/năm.", jc="both")
            + _p("\tII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True) + _tbl(grid, rows)
            + _p("\tIII. KINH PHÍ THỰC HIỆN", bold=True)
            + _para(_runs("\tTổng kinh phí thực hiện Kế hoạch dự kiến ") + comment + _end_ref()
                    + _runs(", trong đó: ngân sách tỉnh 3.600 triệu đồng; nguồn xã hội hóa 1.200 triệu đồng."))
            + _p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True) + _p("\t1. Sở Văn hóa, Thể thao và Du lịch", bold=True)
            + _p("\tChủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày "
                 "15 tháng 12 hằng năm.", jc="both")
            + _p("\t2. Sở Tài chính", bold=True)
            + _p("\tTham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách tỉnh.", jc="both")
            + _p("\t3. Ủy ban nhân dân các huyện", bold=True)
            + _p("\tXây dựng kế hoạch thực hiện tại địa phương./.", jc="both") + _p()
            + _closing(["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                        "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện;",
                        "- Lưu: VT, KGVX."],
                       ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Vũ Đức Thành"))


_WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="{_R}"')


def _endnotes_xml() -> str:
    sep = ('<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
           '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:endnote>')
    notes = "".join(
        f'<w:endnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr>'
        '<w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {html.escape(text, quote=False)}</w:t></w:r></w:p></w:endnote>'
        for k, text in enumerate(_ENDNOTES, 1))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {_WNS}>{sep}{notes}</w:endnotes>'


def _kimha_docx() -> bytes:
    parts: dict[str, str | bytes] = dict(_docx(_numbered(_kimha_body(), "@@EN@@", 1)))
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        "</Relationships>",
        f'<Relationship Id="rId30" Type="{_R}/endnotes" Target="endnotes.xml"/>'
        f'<Relationship Id="rId31" Type="{_R}/comments" Target="comments.xml"/>'
        f'<Relationship Id="rId32" Type="{_R}/settings" Target="settings.xml"/></Relationships>')
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>", f'<Override PartName="/word/endnotes.xml" ContentType="{wml}.endnotes+xml"/>'
                    f'<Override PartName="/word/comments.xml" ContentType="{wml}.comments+xml"/>'
                    f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/></Types>')
    parts["word/endnotes.xml"] = _endnotes_xml()
    parts["word/comments.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {_WNS}>'
        '<w:comment w:id="0" w:author="Nguyễn Hữu Phước" w:date="2027-03-15T10:20:00Z" w:initials="NHP"><w:p><w:r>'
        '<w:t xml:space="preserve">Đề nghị Sở Tài chính rà soát, dự thảo lần 2 ghi 5.200 triệu đồng, trong đó ngân '
        'sách tỉnh 4.000 triệu đồng.</w:t></w:r></w:p></w:comment></w:comments>')
    parts["word/settings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {_WNS}>'
        '<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        '</w:settings>')
    return _zip_bytes(parts, when=(2027, 3, 19, 16, 5, 0))


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / EML).write_bytes(phuocloc_eml())
    (out / ALTCHUNK).write_bytes(_kimphuoc_docx())
    (out / BOOTSTRAP).write_text(bachoa_page(), encoding="utf-8")
    (out / ENDNOTES).write_bytes(_kimha_docx())
    return [out / name for name in (EML, ALTCHUNK, BOOTSTRAP, ENDNOTES)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
