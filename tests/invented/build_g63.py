"""Invented documents of hold-out round G63, aimed at READER shapes the invented set did not hold yet: an Outlook
message whose attachments travel inside a TNEF `winmail.dat`, a Word template filled in through legacy form fields, a
portal's single-page app saved with the document only in its <noscript> fallback, and a workbook with a hidden and a
very hidden sheet beside its annexes.

The documents:
- g63_xa-namhung: a commune's plan as the district keeps the message Outlook sent (.eml): a text/plain cover note (no
  document header of its own) and ONE attachment, `winmail.dat` (application/ms-tnef): Outlook's Transport Neutral
  Encapsulation, its attributes (message class, subject, code page) and two attached files inside, each with an 8.3
  title ("KHOACH~1.DOC", "PHULUC~1.XLS") and its long Vietnamese name in the attachment's MAPI properties
  (PR_ATTACH_LONG_FILENAME, UTF-16): the plan (.docx: header, bases, objectives, task table, money, assignments,
  closing) and its annex (.xlsx: the estimate by source). The plan is the document, the annex its part;
- g63_huyen-thachlam: a district's plan written on the office's Word template with legacy form fields (.docx): the
  commune-level word and the district's name chosen in FORMDROPDOWN fields (w:ffData/w:ddList, the chosen entry the
  w:result index, no run text: Word draws the entry), the number, the date and the signer's name typed into FORMTEXT
  fields (their text the runs between "separate" and "end", the field's default in w:textInput), the document's
  kind a dropdown left at its default entry (no w:result), and a FORMCHECKBOX before "Gửi kèm Phụ lục" in the
  closing (a box, no text);
- g63_sgtvt-hoaphong: a provincial department's plan on a portal built as a single-page app, saved from the browser
  with scripts off (.html): the app's root holds only a loading line, the document is the <noscript> fallback the
  server renders (header table, bases, objectives, a task table with a <caption> and <th scope="row"> row heads, a
  budget table whose row labels are <th scope="row"> too), and the CMS's hyphenation left `&shy;` inside long words;
- g63_sct-lanhgiang: a department's annexes as an Excel workbook (.xlsx) with four sheets: a hidden "DM" sheet (the
  lists the data validation uses: every agency of the province), the task sheet (a lead agency merged down over the
  rows of two tasks, a task whose code and content are merged down over its two rows of partners), a very hidden
  sheet "Ban cu" (an old draft of the estimate with other figures) and the estimate sheet. What Excel does not show is
  no part of the document.

First pass (tests/test_g63_holdout.py keeps it): 63/65/148. The workbook whole; the e-mail read as its cover note
alone (winmail.dat no attachment a reader took), the template's issuer "Ủy ban nhân dân" with no district and no
kind (the drop-downs drew no text), the portal page nothing (its <noscript> dropped as furniture). After: 160/161/161
(a TNEF stream's files read as the e-mail's attachments, extractors/formats/tnef.py; a FORMDROPDOWN's chosen entry
its text, docx_hidden.show_dropdowns; a <noscript> read where only it holds a document's header,
html._noscript_document); the one miss a field rule's ("Trưởng các thôn" read "Các thôn").

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g63 [OUTDIR]` writes the four documents with the standard library only.
"""

from __future__ import annotations

import html
import struct
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from tests.invented.build_g45 import _XLSX_STYLES, _col, _Sheet
from tests.invented.build_g53 import _docx, _p, _tbl, _tc
from tests.invented.build_g61 import _b64, _closing, _header, _zip_bytes

EML = "g63_xa-namhung_45-kh-ubnd_2027_outlook-winmail-dat.eml"
FORMS = "g63_huyen-thachlam_118-kh-ubnd_2027_truong-bieu-mau.docx"
NOSCRIPT = "g63_sgtvt-hoaphong_96-kh-sgtvt_2027_trang-noscript.html"
WORKBOOK = "g63_sct-lanhgiang_phu-luc-ke-hoach_2027_sheet-an.xlsx"

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ---------------------------------------------------------------------------------------------------------------
# 1. An Outlook message whose attachments are in winmail.dat (TNEF).

_NAMHUNG_TASKS = [
    ("1", "Tuyên truyền về phòng, chống dịch bệnh trên đàn gia súc, gia cầm", "Công chức Nông nghiệp - Môi trường",
     ["Đài Truyền thanh xã"], "Quý II/2027"),
    ("2", "Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò", "Tổ Thú y xã", ["Trưởng các thôn"],
     "Tháng 4 - 5/2027"),
    ("3", "Phun thuốc khử trùng, tiêu độc chuồng trại", "Tổ Thú y xã",
     ["Hội Nông dân xã", "Đoàn Thanh niên xã"], "Tháng 5 và tháng 10/2027"),
]


def _namhung_docx() -> bytes:
    header = _header([("ỦY BAN NHÂN DÂN", False), ("XÃ NAM HƯNG", True), ("Số: 45/KH-UBND", False)],
                     [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                      ("Nam Hưng, ngày 06 tháng 4 năm 2027", False, True)])
    grid = [600, 3600, 2100, 2000, 1000]
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("TT", "Nội dung", "Đơn vị chủ trì",
                                                                 "Đơn vị phối hợp", "Thời gian")))
    rows = [head] + ["".join(_tc(w, c if isinstance(c, list) else [c]) for w, c in zip(grid, row))
                     for row in _NAMHUNG_TASKS]
    body = (header + _p() + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Tiêm phòng, phòng chống dịch bệnh cho gia súc, gia cầm năm 2027", bold=True, jc="center") + _p()
            + _p("\tCăn cứ Kế hoạch số 31/KH-UBND ngày 12 tháng 3 năm 2027 của Ủy ban nhân dân huyện Lạc Thủy Đông "
                 "về phòng, chống dịch bệnh động vật năm 2027;", jc="both")
            + _p("\tỦy ban nhân dân xã Nam Hưng xây dựng Kế hoạch tiêm phòng, phòng chống dịch bệnh cho gia súc, gia "
                 "cầm năm 2027 như sau:", jc="both")
            + _p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
            + _p("\tChủ động phòng, chống dịch bệnh, bảo vệ đàn gia súc, gia cầm, góp phần phát triển chăn nuôi bền "
                 "vững.", jc="both")
            + _p("\t2. Mục tiêu cụ thể", bold=True)
            + _p("\t- Tiêm phòng đạt trên 85% tổng đàn trâu, bò trong diện tiêm;", jc="both")
            + _p("\t- 100% ổ dịch phát sinh được phát hiện và xử lý kịp thời.", jc="both")
            + _p("\tII. NỘI DUNG THỰC HIỆN", bold=True) + _tbl(grid, rows)
            + _p("\tIII. KINH PHÍ THỰC HIỆN", bold=True)
            + _p("\tTổng kinh phí thực hiện Kế hoạch là 96 triệu đồng (chi tiết tại Phụ lục kèm theo), trong đó: "
                 "ngân sách xã 66 triệu đồng; người chăn nuôi đóng góp 30 triệu đồng.", jc="both")
            + _p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True) + _p("\t1. Tổ Thú y xã", bold=True)
            + _p("\tChủ trì tổ chức tiêm phòng và khử trùng, tiêu độc; báo cáo kết quả về Ủy ban nhân dân xã.",
                 jc="both")
            + _p("\t2. Công chức Tài chính - Kế toán", bold=True)
            + _p("\tBố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh quyết toán theo quy định./.", jc="both")
            + _p()
            + _closing(["- Phòng Kinh tế huyện (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Các thôn;", "- Lưu: VT."],
                       ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Bùi Văn Khiêm"))
    return _zip_bytes(_docx(body), when=(2027, 4, 6, 15, 10, 0))


_NAMHUNG_ESTIMATE = [
    ("1", "Tuyên truyền phòng, chống dịch bệnh", 6, 6, None),
    ("2", "Tiêm phòng vắc xin cho đàn trâu, bò", 58, 28, 30),
    ("3", "Khử trùng, tiêu độc chuồng trại", 32, 32, None),
]


def _sst(strings: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">'
            + "".join(f'<si><t xml:space="preserve">{html.escape(s, quote=False)}</t></si>' for s in strings)
            + "</sst>")


def _workbook(strings: list[str], sheets: list[tuple[str, str, str]], when: tuple) -> bytes:
    """An .xlsx of `sheets` (name, state: "visible", "hidden" or "veryHidden", the sheet's XML)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    n = len(sheets)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="{ct}.worksheet+xml"/>'
                      for k in range(1, n + 1))
            + f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships {ns}>'
                        f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="xl/workbook.xml"/>'
                        '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{_R}">'
            '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20490" windowHeight="7755" '
            f'activeTab="{next(k for k, s in enumerate(sheets) if s[1] == "visible")}"/></bookViews><sheets>'
            + "".join(f'<sheet name="{name}" sheetId="{k}"'
                      + (f' state="{state}"' if state != "visible" else "") + f' r:id="rId{k}"/>'
                      for k, (name, state, _) in enumerate(sheets, 1))
            + '</sheets><calcPr calcId="162913"/></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships {ns}>'
            + "".join(f'<Relationship Id="rId{k}" Type="{_R}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                      for k in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{_R}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId{n + 2}" Type="{_R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        **{f"xl/worksheets/sheet{k}.xml": xml for k, (_, _, xml) in enumerate(sheets, 1)},
        "xl/styles.xml": _XLSX_STYLES,
        "xl/sharedStrings.xml": _sst(strings),
    }
    return _zip_bytes(parts, when=when)


def _namhung_xlsx() -> bytes:
    strings: list[str] = []
    sheet = _Sheet(strings)
    sheet.text("A1", "PHỤ LỤC", 3)
    sheet.text("A2", "DỰ TOÁN KINH PHÍ TIÊM PHÒNG, PHÒNG CHỐNG DỊCH BỆNH CHO GIA SÚC, GIA CẦM NĂM 2027", 3)
    sheet.text("A3", "(Kèm theo Kế hoạch số 45/KH-UBND ngày 06/4/2027 của Ủy ban nhân dân xã Nam Hưng)", 3)
    sheet.text("E4", "ĐVT: triệu đồng", 0)
    sheet.merges += ["A1:E1", "A2:E2", "A3:E3"]
    for ref, h in (("A5", "STT"), ("B5", "Nội dung"), ("C5", "Tổng kinh phí"), ("D5", "Trong đó"),
                   ("D6", "Ngân sách xã"), ("E6", "Người chăn nuôi đóng góp")):
        sheet.text(ref, h, 4)
    sheet.merges += ["A5:A6", "B5:B6", "C5:C6", "D5:E5"]
    for r, (code, label, total, local, own) in enumerate(_NAMHUNG_ESTIMATE, 7):
        sheet.text(f"A{r}", code)
        sheet.text(f"B{r}", label)
        sheet.formula(f"C{r}", f"D{r}+E{r}", total)
        sheet.number(f"D{r}", local)
        if own is None:
            sheet.text(f"E{r}", "-")
        else:
            sheet.number(f"E{r}", own)
    last = 7 + len(_NAMHUNG_ESTIMATE)
    sheet.text(f"A{last}", "", 4)
    sheet.text(f"B{last}", "Tổng cộng", 4)
    for k, col in enumerate("CDE"):
        sheet.formula(f"{col}{last}", f"SUM({col}7:{col}{last - 1})",
                      sum(line[2 + k] or 0 for line in _NAMHUNG_ESTIMATE))
    return _workbook(strings, [("Du toan", "visible", sheet.xml([6, 42, 14, 14, 16]))], (2027, 4, 6, 15, 20, 0))


# TNEF (MS-OXTNEF): a signature, a key, then attributes: level (1 message, 2 attachment), id (type << 16 | tag),
# length, data, a checksum (the data's bytes summed, modulo 65536)
_TNEF_SIGNATURE = 0x223E9F78


def _tnef_attr(level: int, attr: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, attr, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _mapi_unicode(tag: int, text: str) -> bytes:
    value = text.encode("utf-16-le") + b"\0\0"
    return (struct.pack("<HHII", 0x001F, tag, 1, len(value)) + value + b"\0" * (-len(value) % 4))


def _mapi_long(tag: int, value: int) -> bytes:
    return struct.pack("<HHI", 0x0003, tag, value)


def _mapi_string8(tag: int, text: str) -> bytes:
    value = text.encode("ascii") + b"\0"
    return struct.pack("<HHII", 0x001E, tag, 1, len(value)) + value + b"\0" * (-len(value) % 4)


def _tnef_date(when: tuple) -> bytes:  # attDate: year, month, day, hour, minute, second, day of week
    return struct.pack("<7H", *when, 2)


def _winmail(files: list[tuple[str, str, str, bytes]]) -> bytes:
    """A winmail.dat carrying `files` (8.3 title, long name, extension, bytes) after the message's attributes."""
    out = struct.pack("<IH", _TNEF_SIGNATURE, 0x4E2A)
    out += _tnef_attr(1, 0x00089006, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += _tnef_attr(1, 0x00069007, struct.pack("<II", 1258, 0))  # attOemCodepage
    out += _tnef_attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")  # attMessageClass
    out += _tnef_attr(1, 0x00018004, "Gui Ke hoach tiem phong nam 2027\0".encode("ascii"))  # attSubject
    out += _tnef_attr(1, 0x00038005, _tnef_date((2027, 4, 6, 16, 5, 12)))  # attDateSent
    out += _tnef_attr(1, 0x00069003, struct.pack("<I", 2) + _mapi_long(0x0017, 1)  # PR_IMPORTANCE
                      + _mapi_unicode(0x0037, "Gửi Kế hoạch tiêm phòng năm 2027"))  # PR_SUBJECT
    for position, (title, long_name, extension, data) in enumerate(files):
        # attAttachRendData: a file attachment (atyp 1), its place in the body, no picture
        out += _tnef_attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0) if position else
                          struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0))
        out += _tnef_attr(2, 0x00018010, title.encode("ascii") + b"\0")  # attAttachTitle (8.3)
        out += _tnef_attr(2, 0x00038013, _tnef_date((2027, 4, 6, 15, 40, 0)))  # attAttachCreateDate
        out += _tnef_attr(2, 0x00038014, _tnef_date((2027, 4, 6, 15, 42, 0)))  # attAttachModifyDate
        out += _tnef_attr(2, 0x0006800F, data)  # attAttachData
        props = [_mapi_long(0x3705, 1),  # PR_ATTACH_METHOD: by value
                 _mapi_string8(0x3703, extension),  # PR_ATTACH_EXTENSION
                 _mapi_unicode(0x3001, long_name),  # PR_DISPLAY_NAME
                 _mapi_unicode(0x3707, long_name),  # PR_ATTACH_LONG_FILENAME
                 _mapi_long(0x370B, 0xFFFFFFFF)]  # PR_RENDERING_POSITION
        out += _tnef_attr(2, 0x00069005, struct.pack("<I", len(props)) + b"".join(props))  # attAttachment
    return out


_NAMHUNG_NOTE = [
    "Kính gửi: Phòng Kinh tế huyện Lạc Thủy Đông.",
    "",
    "Ủy ban nhân dân xã Nam Hưng gửi Kế hoạch số 45/KH-UBND ngày 06/4/2027 về tiêm phòng, phòng chống dịch bệnh "
    "cho gia súc, gia cầm năm 2027 và Phụ lục dự toán kèm theo (tổng kinh phí 96 triệu đồng).",
    "",
    "Trân trọng.",
    "",
    "Phạm Thị Thu",
    "Văn phòng - Thống kê xã Nam Hưng",
]


def namhung_eml() -> bytes:
    winmail = _winmail([("KHOACH~1.DOC", "Kế hoạch 45-KH-UBND tiêm phòng 2027.docx", ".docx", _namhung_docx()),
                        ("PHULUC~1.XLS", "Phụ lục dự toán KH 45.xlsx", ".xlsx", _namhung_xlsx())])
    boundary = "_000_SG2PR04MB5123A1B2C3D4E5F6A7B8C9D0SG2PR04MB5123apcp_"
    plain = "\r\n".join(_NAMHUNG_NOTE) + "\r\n"
    msg = ("From: =?utf-8?B?VsSDbiBwaMOybmcgVUJORCB4w6MgTmFtIEjGsG5n?= <vanphong.namhung@lacthuydong.gov.vn>\r\n"
           "To: =?utf-8?B?UGjDsm5nIEtpbmggdOG6vw==?= <phongkinhte@lacthuydong.gov.vn>\r\n"
           "Subject: =?utf-8?B?R+G7rWkgS+G6vyBob+G6oWNoIHRpw6ptIHBow7JuZyBuxINtIDIwMjc=?=\r\n"
           "Thread-Topic: =?utf-8?B?R+G7rWkgS+G6vyBob+G6oWNoIHRpw6ptIHBow7JuZyBuxINtIDIwMjc=?=\r\n"
           "Thread-Index: AdmF1w3kq0bT7HcUQlKz5Xh2R9L1aA==\r\n"
           "Date: Tue, 6 Apr 2027 09:05:12 +0000\r\n"
           "Message-ID: <SG2PR04MB5123A1B2C3D4E5F6A7B8C9D0@SG2PR04MB5123.apcprd04.prod.outlook.com>\r\n"
           "Accept-Language: vi-VN, en-US\r\n"
           "Content-Language: vi-VN\r\n"
           "X-MS-Has-Attach: yes\r\n"
           "X-MS-TNEF-Correlator: <SG2PR04MB5123A1B2C3D4E5F6A7B8C9D0@SG2PR04MB5123.apcprd04.prod.outlook.com>\r\n"
           "MIME-Version: 1.0\r\n"
           f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
           f"--{boundary}\r\n"
           'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
           + _b64(plain.encode("utf-8")) + "\r\n\r\n"
           f"--{boundary}\r\n"
           'Content-Type: application/ms-tnef; name="winmail.dat"\r\n'
           'Content-Description: winmail.dat\r\n'
           'Content-Disposition: attachment; filename="winmail.dat"; size=' + str(len(winmail)) + "\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(winmail) + "\r\n\r\n"
           f"--{boundary}--\r\n")
    return msg.encode("ascii")


# ---------------------------------------------------------------------------------------------------------------
# 2. A district's plan on the office's Word template of legacy form fields.

_RPR = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>{extra}'
        '<w:sz w:val="26"/></w:rPr>')


def _rpr(bold: bool = False, italic: bool = False) -> str:
    return _RPR.format(extra=("<w:b/>" if bold else "") + ("<w:i/>" if italic else ""))


def _dropdown(name: str, entries: list[str], chosen: int | None, bold: bool = False) -> str:
    """A FORMDROPDOWN: begin (its ffData: the entries, the chosen one's index), the code, end; no text of its own."""
    result = f'<w:result w:val="{chosen}"/>' if chosen is not None else ""
    items = "".join(f'<w:listEntry w:val="{escape(e)}"/>' for e in entries)
    rpr = _rpr(bold)
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:ddList>{result}{items}</w:ddList></w:ffData></w:fldChar></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def _textfield(name: str, value: str, default: str = "", bold: bool = False, italic: bool = False) -> str:
    """A FORMTEXT: begin (its ffData, the default text), the code, separate, the typed text, end."""
    rpr = _rpr(bold, italic)
    dflt = f'<w:default w:val="{escape(default)}"/>' if default else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput>{dflt}</w:textInput></w:ffData></w:fldChar></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr.replace("<w:sz", "<w:noProof/><w:sz")}<w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def _checkbox(name: str, checked: bool) -> str:
    rpr = _rpr()
    state = '<w:checked/>' if checked else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def _para(content: str, jc: str | None = None) -> str:
    ppr = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="exact"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


_LEVELS = ["THÀNH PHỐ", "THỊ XÃ", "HUYỆN"]
_DISTRICTS = ["BẮC THẠCH", "ĐÔNG THẠCH", "THẠCH LÂM", "TÂY THẠCH"]
_KINDS = ["KẾ HOẠCH", "BÁO CÁO", "TỜ TRÌNH", "THÔNG BÁO"]

_THACHLAM_TASKS = [
    ("1", "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2027", "Phòng Nội vụ",
     ["Ủy ban nhân dân các xã, thị trấn"], "Quý III/2027"),
    ("2", "Hỗ trợ vay vốn tín dụng ưu đãi cho hộ nghèo, hộ cận nghèo", "Phòng Giao dịch Ngân hàng Chính sách xã hội huyện",
     ["Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"], "Năm 2027"),
    ("3", "Đào tạo nghề cho lao động thuộc hộ nghèo", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     ["Phòng Nội vụ"], "Quý II - IV/2027"),
    ("4", "Hỗ trợ sửa chữa nhà ở cho hộ nghèo", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
     ["Phòng Kinh tế - Hạ tầng"], "Năm 2027"),
]


def _thachlam_docx() -> bytes:
    left = (_para(f'<w:r>{_rpr()}<w:t xml:space="preserve">ỦY BAN NHÂN DÂN</w:t></w:r>', "center")
            + _para(_dropdown("CapHuyen", _LEVELS, 2, bold=True)
                    + f'<w:r>{_rpr(True)}<w:t xml:space="preserve"> </w:t></w:r>'
                    + _dropdown("TenHuyen", _DISTRICTS, 2, bold=True), "center")
            + _para(f'<w:r>{_rpr()}<w:t xml:space="preserve">Số: </w:t></w:r>'
                    + _textfield("SoVB", "118", "      ")
                    + f'<w:r>{_rpr()}<w:t xml:space="preserve">/KH-UBND</w:t></w:r>', "center"))
    right = (_para(f'<w:r>{_rpr(True)}<w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r>', "center")
             + _para(f'<w:r>{_rpr(True)}<w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r>', "center")
             + _para(_textfield("DiaDanh", "Thạch Lâm", "", italic=True)
                     + f'<w:r>{_rpr(False, True)}<w:t xml:space="preserve">, ngày </w:t></w:r>'
                     + _textfield("Ngay", "19", "  ", italic=True)
                     + f'<w:r>{_rpr(False, True)}<w:t xml:space="preserve"> tháng </w:t></w:r>'
                     + _textfield("Thang", "5", "  ", italic=True)
                     + f'<w:r>{_rpr(False, True)}<w:t xml:space="preserve"> năm </w:t></w:r>'
                     + _textfield("Nam", "2027", "2027", italic=True), "center"))
    header = _tbl([3900, 5400], [f'<w:tc><w:tcPr><w:tcW w:w="3900" w:type="dxa"/></w:tcPr>{left}</w:tc>'
                                 f'<w:tc><w:tcPr><w:tcW w:w="5400" w:type="dxa"/></w:tcPr>{right}</w:tc>'],
                  borders=False)
    grid = [600, 3400, 2200, 2100, 1000]
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("TT", "Nhiệm vụ", "Cơ quan chủ trì",
                                                                 "Cơ quan phối hợp", "Thời gian")))
    rows = [head] + ["".join(_tc(w, c if isinstance(c, list) else [c]) for w, c in zip(grid, row))
                     for row in _THACHLAM_TASKS]
    recipients = "".join(_p(r) for r in ("- UBND tỉnh Nam Hòa (b/c);", "- Sở Nội vụ tỉnh Nam Hòa;",
                                         "- TT Huyện ủy, TT HĐND huyện;", "- Các cơ quan, đơn vị có liên quan;",
                                         "- UBND các xã, thị trấn;", "- Lưu: VT."))
    closing_left = _p("Nơi nhận:", bold=True, italic=True) + recipients
    closing_right = ("".join(_p(s, bold=True, jc="center") for s in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                                                                      "PHÓ CHỦ TỊCH"))
                     + _p() + _p() + _para(_textfield("NguoiKy", "Hoàng Minh Tuấn", "", bold=True), "center"))
    closing = _tbl([4650, 4650], [f'<w:tc><w:tcPr><w:tcW w:w="4650" w:type="dxa"/></w:tcPr>{closing_left}</w:tc>'
                                  f'<w:tc><w:tcPr><w:tcW w:w="4650" w:type="dxa"/></w:tcPr>{closing_right}</w:tc>'],
                   borders=False)
    body = (header + _p()
            + _para(_dropdown("LoaiVB", _KINDS, None, bold=True), "center")
            + _para(f'<w:r>{_rpr(True)}<w:t xml:space="preserve">Giảm nghèo bền vững trên địa bàn huyện năm 2027</w:t>'
                    "</w:r>", "center") + _p()
            + _p("\tCăn cứ Kế hoạch số 64/KH-UBND ngày 08 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Nam Hòa về thực "
                 "hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2027;", jc="both")
            + _p("\tCăn cứ Nghị quyết số 21/NQ-HĐND ngày 20 tháng 12 năm 2026 của Hội đồng nhân dân huyện Thạch Lâm "
                 "về nhiệm vụ phát triển kinh tế - xã hội năm 2027;", jc="both")
            + _p("\tỦy ban nhân dân huyện ban hành Kế hoạch giảm nghèo bền vững trên địa bàn huyện năm 2027, cụ thể "
                 "như sau:", jc="both")
            + _p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
            + _p("\tGiảm nghèo nhanh, bền vững; hạn chế tái nghèo và phát sinh nghèo mới.", jc="both")
            + _p("\t2. Mục tiêu cụ thể", bold=True)
            + _p("\t- Giảm tỷ lệ hộ nghèo xuống còn 3,2% vào cuối năm 2027;", jc="both")
            + _p("\t- Hỗ trợ sửa chữa 45 nhà ở cho hộ nghèo.", jc="both")
            + _p("\tII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True) + _tbl(grid, rows)
            + _p("\tIII. KINH PHÍ THỰC HIỆN", bold=True)
            + _p("\tTổng kinh phí thực hiện Kế hoạch là 4.850 triệu đồng, trong đó: ngân sách trung ương 3.200 "
                 "triệu đồng; ngân sách huyện 1.150 triệu đồng; nguồn huy động hợp pháp khác 500 triệu đồng.",
                 jc="both")
            + _p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True) + _p("\t1. Phòng Nội vụ", bold=True)
            + _p("\tLà cơ quan thường trực, tham mưu Ủy ban nhân dân huyện tổ chức thực hiện Kế hoạch; tổng hợp, báo "
                 "cáo kết quả trước ngày 15/12/2027.", jc="both")
            + _p("\t2. Phòng Tài chính - Kế hoạch", bold=True)
            + _p("\tTham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.", jc="both")
            + _p("\t3. Ủy ban nhân dân các xã, thị trấn", bold=True)
            + _p("\tTổ chức thực hiện các nhiệm vụ giảm nghèo trên địa bàn./.", jc="both")
            + _para(_checkbox("KemPL", False) + f'<w:r>{_rpr(False, True)}<w:t xml:space="preserve"> Gửi kèm Phụ lục'
                    "</w:t></w:r>")
            + closing)
    return _zip_bytes(_docx(body), when=(2027, 5, 19, 10, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 3. A portal's single-page app saved with scripts off: the document in its <noscript> fallback.

def _shy(text: str) -> str:
    """The CMS's hyphenation: a soft hyphen inside the words of seven letters or more."""
    out = []
    for word in text.split(" "):
        letters = html.escape(word, quote=False)
        if len(word) >= 7 and word.isalpha():
            cut = len(word) // 2
            letters = html.escape(word[:cut], quote=False) + "&shy;" + html.escape(word[cut:], quote=False)
        out.append(letters)
    return " ".join(out)


_HOAPHONG_TASKS = [
    ("1", "Rà soát, bổ sung biển báo tại các điểm đen về tai nạn giao thông", "Ban Quản lý bảo trì đường bộ",
     "Công an tỉnh", "Quý II/2027"),
    ("2", "Tuyên truyền an toàn giao thông cho học sinh", "Phòng Quản lý vận tải, phương tiện và người lái",
     "Sở Giáo dục và Đào tạo", "Năm học 2027 - 2028"),
    ("3", "Kiểm tra tải trọng xe trên các tuyến đường tỉnh", "Thanh tra Sở", "Công an tỉnh", "Thường xuyên"),
]


def hoaphong_page() -> str:
    p = lambda text, extra="": f'<p class="vb-p"{extra}>{_shy(text)}</p>'  # noqa: E731
    task_rows = "".join(f'<tr><th scope="row">{c}</th><td>{_shy(t)}</td><td>{_shy(lead)}</td><td>{_shy(partner)}</td>'
                        f"<td>{html.escape(when)}</td></tr>" for c, t, lead, partner, when in _HOAPHONG_TASKS)
    budget_rows = "".join(f'<tr><th scope="row">{html.escape(label)}</th><td>{a}</td><td>{b}</td><td>{c}</td></tr>'
                          for label, a, b, c in (
                              ("Bổ sung biển báo, vạch sơn", "1.150", "1.150", "-"),
                              ("Tuyên truyền an toàn giao thông", "320", "180", "140"),
                              ("Kiểm tra tải trọng xe", "230", "230", "-"),
                              ("Tổng cộng", "1.700", "1.560", "140")))
    doc = f"""
<div class="vb-document">
<table class="vb-header" width="100%"><tr>
<td width="40%" align="center">UBND TỈNH HÒA PHONG<br><b>SỞ GIAO THÔNG VẬN TẢI</b><br>Số: 96/KH-SGTVT</td>
<td width="60%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Hòa Phong, ngày 02 tháng 3 năm 2027</i></td></tr></table>
<p class="vb-title" align="center"><b>KẾ HOẠCH</b></p>
<p class="vb-title" align="center"><b>{_shy("Bảo đảm trật tự, an toàn giao thông trên các tuyến đường tỉnh năm 2027")}</b></p>
{p("Căn cứ Kế hoạch số 27/KH-UBND ngày 10 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Hòa Phong về bảo đảm trật tự, an toàn giao thông năm 2027;")}
{p("Sở Giao thông vận tải xây dựng Kế hoạch bảo đảm trật tự, an toàn giao thông trên các tuyến đường tỉnh năm 2027 như sau:")}
<p class="vb-h"><b>I. MỤC TIÊU</b></p>
{p("- Giảm ít nhất 5% số vụ tai nạn giao thông so với năm 2026;")}
{p("- 100% điểm đen về tai nạn giao thông được xử lý.")}
<p class="vb-h"><b>II. NHIỆM VỤ</b></p>
<table class="vb-table" border="1" cellspacing="0" cellpadding="4">
<caption>Bảng 1. Nhiệm vụ và phân công thực hiện</caption>
<thead><tr><th scope="col">TT</th><th scope="col">Nhiệm vụ</th><th scope="col">Đơn vị chủ trì</th>
<th scope="col">Đơn vị phối hợp</th><th scope="col">Thời gian</th></tr></thead>
<tbody>{task_rows}</tbody></table>
<p class="vb-h"><b>III. KINH PHÍ</b></p>
{p("Tổng kinh phí thực hiện Kế hoạch là 1.700 triệu đồng, trong đó ngân sách tỉnh 1.560 triệu đồng, nguồn xã hội hóa 140 triệu đồng (chi tiết tại Bảng 2).")}
<table class="vb-table" border="1" cellspacing="0" cellpadding="4">
<caption>Bảng 2. Dự toán kinh phí (Đơn vị tính: triệu đồng)</caption>
<thead><tr><th scope="col">Nội dung</th><th scope="col">Tổng kinh phí</th><th scope="col">Ngân sách tỉnh</th>
<th scope="col">Xã hội hóa</th></tr></thead>
<tbody>{budget_rows}</tbody></table>
<p class="vb-h"><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p class="vb-p"><b>1. Ban Quản lý bảo trì đường bộ</b></p>
{p("Chủ trì rà soát, bổ sung biển báo; báo cáo kết quả về Sở trước ngày 30/11/2027.")}
<p class="vb-p"><b>2. Thanh tra Sở</b></p>
{p("Tổ chức kiểm tra tải trọng xe; xử lý nghiêm các trường hợp vi phạm./.")}
<table class="vb-footer" width="100%"><tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Công an tỉnh;<br>- Sở Giáo dục và Đào tạo;<br>- Lưu: VT, QLVT.</td>
<td width="50%" align="center" valign="top"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br><b>Đinh Quang Vinh</b></td>
</tr></table>
</div>"""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2027 - Sở Giao thông vận tải tỉnh Hòa Phong</title>
<link rel="stylesheet" href="/static/css/app.7f3a21c9.css">
<script defer="defer" src="/static/js/chunk-vendors.4b1e0d2a.js"></script>
<script defer="defer" src="/static/js/app.9c2d6e1f.js"></script>
</head>
<body>
<div id="app"><div class="app-loading"><div class="spinner"></div><p>Đang tải dữ liệu, vui lòng chờ...</p></div></div>
<noscript>
<div class="noscript-warning"><strong>Trình duyệt của bạn đã tắt JavaScript.</strong> Nội dung văn bản được hiển thị ở dạng đơn giản bên dưới.</div>
{doc}
</noscript>
<script>window.__APP_CONFIG__ = {{"api": "/api/v2", "site": "sgtvt", "lang": "vi"}};</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. A department's annexes in a workbook with a hidden lists sheet and a very hidden old draft.

def lanhgiang_xlsx() -> bytes:
    strings: list[str] = []
    lists = _Sheet(strings)
    for r, name in enumerate(("Sở Công Thương", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
                              "Ủy ban nhân dân các huyện, thị xã, thành phố", "Hiệp hội Doanh nghiệp tỉnh",
                              "Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Quản lý công nghiệp",
                              "Phòng Quản lý thương mại"), 1):
        lists.text(f"A{r}", name, 0)
    tasks = _Sheet(strings)
    tasks.text("A1", "Phụ lục I", 3)
    tasks.text("A2", "NHIỆM VỤ PHÁT TRIỂN CÔNG NGHIỆP NÔNG THÔN NĂM 2027", 3)
    tasks.text("A3", "(Kèm theo Kế hoạch số 52/KH-SCT ngày 16/4/2027 của Sở Công Thương tỉnh Lãnh Giang)", 3)
    tasks.merges += ["A1:E1", "A2:E2", "A3:E3"]
    for k, h in enumerate(("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian")):
        tasks.text(f"{_col(k)}5", h, 4)
    # (row, cells): None leaves a cell to a merged range above it
    rows = [
        ("1", "Hỗ trợ cơ sở công nghiệp nông thôn ứng dụng máy móc, thiết bị tiên tiến",
         "Trung tâm Khuyến công và Xúc tiến thương mại", "Sở Khoa học và Công nghệ", "Quý II - IV/2027"),
        ("2", "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", None,
         "Hiệp hội Doanh nghiệp tỉnh", "Quý III/2027"),
        ("3", "Đào tạo nghề, nâng cao tay nghề cho lao động tại các cơ sở công nghiệp nông thôn",
         "Phòng Quản lý công nghiệp", "Sở Nông nghiệp và Môi trường", "Năm 2027"),
        (None, None, None, "Ủy ban nhân dân các huyện, thị xã, thành phố", None),
        ("4", "Xây dựng chuyên trang giới thiệu sản phẩm công nghiệp nông thôn", "Phòng Quản lý thương mại",
         "Sở Tài chính", "Quý IV/2027"),
    ]
    for r, row in enumerate(rows, 6):
        for k, value in enumerate(row):
            if value is not None:
                tasks.text(f"{_col(k)}{r}", value)
            else:
                tasks._put(f"{_col(k)}{r}", f'<c r="{_col(k)}{r}" s="1"/>')
    tasks.merges += ["C6:C7", "A8:A9", "B8:B9", "C8:C9", "E8:E9"]

    def estimate(lines: list[tuple[str, str, int, int, int]], note: str) -> _Sheet:
        sheet = _Sheet(strings)
        sheet.text("A1", "Phụ lục II", 3)
        sheet.text("A2", "DỰ TOÁN KINH PHÍ PHÁT TRIỂN CÔNG NGHIỆP NÔNG THÔN NĂM 2027", 3)
        sheet.text("A3", note, 3)
        sheet.text("E4", "ĐVT: triệu đồng", 0)
        sheet.merges += ["A1:E1", "A2:E2", "A3:E3"]
        for ref, h in (("A5", "STT"), ("B5", "Nội dung"), ("C5", "Tổng kinh phí"), ("D5", "Nguồn kinh phí"),
                       ("D6", "Ngân sách tỉnh"), ("E6", "Xã hội hóa")):
            sheet.text(ref, h, 4)
        sheet.merges += ["A5:A6", "B5:B6", "C5:C6", "D5:E5"]
        for r, (code, label, total, prov, own) in enumerate(lines, 7):
            sheet.text(f"A{r}", code)
            sheet.text(f"B{r}", label)
            sheet.formula(f"C{r}", f"D{r}+E{r}", total)
            sheet.number(f"D{r}", prov)
            if own:
                sheet.number(f"E{r}", own)
            else:
                sheet.text(f"E{r}", "-")
        last = 7 + len(lines)
        sheet.text(f"A{last}", "", 4)
        sheet.text(f"B{last}", "Tổng cộng", 4)
        for k, col in enumerate("CDE"):
            sheet.formula(f"{col}{last}", f"SUM({col}7:{col}{last - 1})", sum(line[2 + k] for line in lines))
        return sheet

    note = "(Kèm theo Kế hoạch số 52/KH-SCT ngày 16/4/2027 của Sở Công Thương tỉnh Lãnh Giang)"
    old = estimate([("1", "Hỗ trợ ứng dụng máy móc, thiết bị", 1800, 900, 900),
                    ("2", "Bình chọn sản phẩm tiêu biểu", 260, 260, 0),
                    ("3", "Đào tạo nghề cho lao động", 540, 540, 0)], "(Dự thảo lần 1)")
    new = estimate([("1", "Hỗ trợ ứng dụng máy móc, thiết bị", 2400, 1200, 1200),
                    ("2", "Bình chọn sản phẩm tiêu biểu", 300, 300, 0),
                    ("3", "Đào tạo nghề cho lao động", 450, 450, 0),
                    ("4", "Chuyên trang giới thiệu sản phẩm", 150, 150, 0)], note)
    return _workbook(strings, [("DM", "hidden", lists.xml([48])),
                               ("PL1 Nhiem vu", "visible", tasks.xml([6, 48, 28, 28, 16])),
                               ("Ban cu", "veryHidden", old.xml([6, 40, 14, 14, 16])),
                               ("PL2 Du toan", "visible", new.xml([6, 40, 14, 14, 16]))], (2027, 4, 16, 14, 0, 0))


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {EML: namhung_eml(), FORMS: _thachlam_docx(), NOSCRIPT: hoaphong_page().encode("utf-8"),
             WORKBOOK: lanhgiang_xlsx()}
    written = []
    for name, data in files.items():
        path = out / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for written in build(target):
        print(written)
