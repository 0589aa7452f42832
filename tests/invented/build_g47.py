"""Invented documents of hold-out round G47, aimed at READER shapes the invented set did not hold yet: how a real file
of each format carries a plan.

The documents:
- g47_tinh-hoaxuan: a province's one-year plan as a PDF reader's "Save as Text" writes it (.txt): pages apart by form
  feeds, every page after the first opening on the running header the PDF carried ("UBND tỉnh ... - Kế hoạch số
  .../KH-UBND") and closing on its page number, the lines hard-wrapped as the PDF's lines fell (in the middle of
  sentences and of agency names), the task table as space-aligned columns whose long cells go on in their columns on
  the next lines, and the header block two columns apart by spaces;
- g47_huyen-tanphong: a district's plan on an old portal's page (.html): the page laid out by nested <table>s
  (banner, menu column, content cell, a table inside the content cell for the article), the document's text as
  <br>-lines inside <font> tags, UTF-8 bytes under a wrong <meta charset=windows-1258>;
- g47_xa-phuocan: a commune's plan written in WordPad and saved as RTF (.rtf): the Rich Edit control's RTF
  (\\ansicpg1252, \\uc1, letters outside the code page as \\uN?, those inside as \\'xx), no tables at all: the header
  block's two columns, the task list's columns and the closing's two columns apart by tabs on \\tx stops;
- g47_tinh-namhai: a province's three-year plan printed to PDF (LibreOffice, from a flat ODF text the builder
  writes): a running header with the plan's number and date on every page, a footer "Trang N/M", footnotes at the
  foot of the page (on a basis and on a target), a long task table breaking across pages with its header row repeated
  (.pdf; LibreOffice stamps its own producer and dates, so the builder keeps the file in raw/ unless given --print).

The round's first pass (tests/test_g47_holdout.py gives it) read the portal page, the WordPad RTF and the printed PDF
whole; the saved text lost its task table's part after the page break (the running header with the plan's date atop
its one later page kept as the body's line, a rule of the text reader's).

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g47 [OUTDIR] [--print]` writes the four documents (the files in raw/ are the ones the golds were
written against).
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

SAVED_TXT = "g47_tinh-hoaxuan_96-kh-ubnd_2027_luu-van-ban-tu-pdf.txt"
OLD_PORTAL = "g47_huyen-tanphong_118-kh-ubnd_2024_cong-cu-bang-long.html"
WORDPAD_RTF = "g47_xa-phuocan_52-kh-ubnd_2027_wordpad.rtf"
PRINTED_PDF = "g47_tinh-namhai_203-kh-ubnd_2028_dau-trang-chu-thich.pdf"


# ---------------------------------------------------------------------------------------------------------------
# 1. A PDF reader's "Save as Text".

_HX_HEAD = ["ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "  TỈNH HÒA XUÂN                               Độc lập - Tự do - Hạnh phúc",
            "",
            "Số: 96/KH-UBND                       Xuân Thành, ngày 14 tháng 4 năm 2027",
            "",
            "",
            "                                   KẾ HOẠCH",
            "     Phát triển phong trào thể dục, thể thao quần chúng trên địa bàn tỉnh",
            "                                   năm 2027",
            ""]

_HX_BODY = [
    "Căn cứ Quyết định số 1582/QĐ-TTg ngày 20 tháng 11 năm 2026 của Thủ tướng Chính phủ phê duyệt Đề án phát "
    "triển phong trào thể dục, thể thao quần chúng giai đoạn 2026 - 2030;",
    "Thực hiện Nghị quyết số 27/NQ-HĐND ngày 10 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về nhiệm vụ phát "
    "triển kinh tế - xã hội năm 2027;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển phong trào thể dục, thể thao quần chúng trên địa bàn tỉnh "
    "năm 2027, cụ thể như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao nhận thức của cấp ủy, chính quyền và Nhân dân về vai trò của thể dục, thể thao đối với sức khỏe; "
    "huy động các nguồn lực xã hội cho phong trào thể thao ở cơ sở.",
    "2. Yêu cầu",
    "Các nhiệm vụ được triển khai đồng bộ, thiết thực, phù hợp với điều kiện của từng địa phương.",
    "II. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Đẩy mạnh phong trào toàn dân rèn luyện thân thể, góp phần nâng cao tầm vóc và thể lực của người dân trên địa "
    "bàn tỉnh.",
    "2. Mục tiêu cụ thể",
    "- Phấn đấu 38% dân số tập luyện thể dục, thể thao thường xuyên.",
    "- Có 27% số hộ gia đình đạt tiêu chuẩn gia đình thể thao.",
    "- Xây dựng mới 12 sân thể thao đa năng tại các xã, phường.",
    "III. NHIỆM VỤ",
    "TABLE",
    "IV. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí thực hiện Kế hoạch là 3.600 triệu đồng, trong đó: ngân sách tỉnh 2.800 triệu đồng; nguồn xã "
    "hội hóa 800 triệu đồng.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Văn hóa, Thể thao và Du lịch",
    "Chủ trì, phối hợp với các sở, ngành, địa phương triển khai thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Ủy "
    "ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2027.",
    "2. Sở Tài chính",
    "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.",
    "3. Ủy ban nhân dân các xã, phường",
    "Xây dựng kế hoạch của địa phương; bố trí quỹ đất xây dựng sân thể thao đa năng.",
    "",
    "Trên đây là Kế hoạch phát triển phong trào thể dục, thể thao quần chúng trên địa bàn tỉnh năm 2027, Ủy ban "
    "nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.",
]

_HX_TABLE = [  # TT, task, lead, partners, time
    ("1", "Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X", "Sở Văn hóa, Thể thao và Du lịch",
     "Ủy ban nhân dân các xã, phường", "Quý III/2027"),
    ("2", "Tổ chức giải chạy việt dã Báo Hòa Xuân mở rộng", "Báo và Phát thanh, Truyền hình Hòa Xuân",
     "Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh", "Tháng 5/2027"),
    ("3", "Phổ cập bơi cho trẻ em trong dịp hè", "Sở Giáo dục và Đào tạo",
     "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 6 - 8/2027"),
    ("4", "Xây dựng sân thể thao đa năng tại các xã, phường", "Ủy ban nhân dân các xã, phường",
     "Sở Xây dựng", "Cả năm"),
]

_HX_COLS = (4, 30, 20, 20, 10)


def _columns(cells: tuple[str, ...], widths: tuple[int, ...]) -> list[str]:
    """A table row as a PDF reader's text export lays it out: each cell wrapped in its column, the columns apart by
    spaces, a long cell's lines going on below in its column."""
    wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
    lines = []
    for k in range(max(len(w) for w in wrapped)):
        parts = [(w[k] if k < len(w) else "").ljust(width) for w, width in zip(wrapped, widths)]
        lines.append("  ".join(parts).rstrip())
    return lines


def _hx_lines() -> list[str]:
    lines = list(_HX_HEAD)
    for para in _HX_BODY:
        if para == "TABLE":
            lines += _columns(("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"), _HX_COLS)
            for row in _HX_TABLE:
                lines += [""] + _columns(row, _HX_COLS)
            lines.append("")
            continue
        indent = "" if para[:2] in ("I.", "II", "IV", "V.") else "    "
        lines += textwrap.wrap(indent + para, 84) if para else [""]
    lines += ["",
              "Nơi nhận:                                              TM. ỦY BAN NHÂN DÂN",
              "- Bộ Văn hóa, Thể thao và Du lịch (b/c);                   KT. CHỦ TỊCH",
              "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);                         PHÓ CHỦ TỊCH",
              "- Chủ tịch, các PCT UBND tỉnh;",
              "- Các sở, ban, ngành tỉnh;",
              "- UBND các xã, phường;",
              "- Lưu: VT, KGVX.                                         Lê Văn Khải"]
    return lines


def hoaxuan() -> bytes:
    lines = _hx_lines()
    per_page, pages = 40, []
    for k in range(0, len(lines), per_page):
        page = lines[k:k + per_page]
        if k:
            page = ["UBND tỉnh Hòa Xuân - Kế hoạch số 96/KH-UBND ngày 14/4/2027", ""] + page
        pages.append("\r\n".join(page + ["", f"{len(pages) + 1}"]))
    return ("\r\n\f".join(pages) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 2. An old portal's page laid out in nested tables.

_TP_LINES = [
    ("c", "<b>ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG</b>"), ("c", "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>"),
    ("c", "Độc lập - Tự do - Hạnh phúc"), ("", "Số: 118/KH-UBND"),
    ("", "<i>Tân Phong, ngày 05 tháng 6 năm 2024</i>"), ("", ""),
    ("c", "<b>KẾ HOẠCH</b>"),
    ("c", "<b>Phòng, chống dịch bệnh trên đàn gia súc, gia cầm huyện Tân Phong năm 2024</b>"), ("", ""),
    ("", "Căn cứ Kế hoạch số 45/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân tỉnh Bình Lạc về phòng, chống dịch "
         "bệnh động vật trên địa bàn tỉnh năm 2024;"),
    ("", "Ủy ban nhân dân huyện Tân Phong ban hành Kế hoạch phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm "
         "2024 như sau:"),
    ("", "<b>I. MỤC TIÊU</b>"), ("", "<b>1. Mục tiêu chung</b>"),
    ("", "Chủ động phòng, chống, không để dịch bệnh nguy hiểm xảy ra và lây lan trên diện rộng, bảo vệ sản xuất chăn "
         "nuôi và sức khỏe Nhân dân."),
    ("", "<b>2. Mục tiêu cụ thể</b>"),
    ("", "- Tiêm phòng đạt trên 80% tổng đàn gia súc, gia cầm thuộc diện tiêm."),
    ("", "- 100% ổ dịch phát sinh được phát hiện và xử lý kịp thời."),
    ("", "<b>II. NHIỆM VỤ VÀ GIẢI PHÁP</b>"),
    ("", "<b>1. Công tác tuyên truyền</b>"),
    ("", "- Tuyên truyền trên hệ thống truyền thanh cơ sở về các biện pháp phòng bệnh cho đàn vật nuôi."),
    ("", "<b>2. Công tác tiêm phòng</b>"),
    ("", "- Tổ chức hai đợt tiêm phòng tập trung vào tháng 6 và tháng 10 năm 2024."),
    ("", "<b>3. Công tác giám sát, xử lý ổ dịch</b>"),
    ("", "- Giám sát chặt chẽ tình hình dịch bệnh; tiêu hủy gia súc, gia cầm mắc bệnh theo quy định."),
    ("", "<b>III. KINH PHÍ</b>"),
    ("", "Tổng kinh phí thực hiện là 1.250.000.000 đồng từ nguồn ngân sách huyện."),
    ("", "<b>IV. TỔ CHỨC THỰC HIỆN</b>"),
    ("", "<b>1. Phòng Nông nghiệp và Phát triển nông thôn</b>"),
    ("", "Là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân "
         "huyện."),
    ("", "<b>2. Phòng Tài chính - Kế hoạch</b>"),
    ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch."),
    ("", "<b>3. Ủy ban nhân dân các xã, thị trấn</b>"),
    ("", "Tổ chức tiêm phòng, giám sát dịch bệnh trên địa bàn quản lý."), ("", ""),
    ("", "<b><i>Nơi nhận:</i></b>"), ("", "- UBND tỉnh (b/c);"), ("", "- Sở Nông nghiệp và PTNT tỉnh;"),
    ("", "- TT Huyện ủy, TT HĐND huyện;"), ("", "- UBND các xã, thị trấn;"), ("", "- Lưu: VT."),
    ("", "<b>TM. ỦY BAN NHÂN DÂN</b>"), ("", "<b>KT. CHỦ TỊCH</b>"), ("", "<b>PHÓ CHỦ TỊCH</b>"), ("", ""),
    ("", "<b>Nguyễn Thị Hồng Nhung</b>"),
]


def tanphong() -> bytes:
    body = "<br>\n".join(f'<font face="Times New Roman" size="3">{t}</font>' if not c else
                         f'<div align="center"><font face="Times New Roman" size="3">{t}</font></div>'
                         for c, t in _TP_LINES)
    menu = "".join(f'<tr><td class="menu"><a href="/index.php?cat={k}"><font face="Arial" size="2">{m}</font></a>'
                   "</td></tr>\n" for k, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện",
                                                         "Văn bản chỉ đạo điều hành", "Thủ tục hành chính",
                                                         "Liên hệ"], 1))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Cổng thông tin điện tử huyện Tân Phong - Văn bản chỉ đạo điều hành</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="/images/banner.jpg" width="980" height="120" alt="Cổng thông tin điện tử huyện Tân Phong"></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF3FA">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td><font face="Arial" size="2" color="#003366"><b>DANH MỤC</b></font></td></tr>
{menu}</table>
</td>
<td width="780" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td><font face="Arial" size="2"><a href="/">Trang chủ</a> &gt;&gt; <a href="/index.php?cat=4">Văn bản chỉ đạo điều hành</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#999999">Cập nhật lúc 15:42 ngày 07/06/2024 - Lượt xem: 1.287</font></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
{body}
</td></tr></table>
</td></tr>
<tr><td><font face="Arial" size="2"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#003366"><font face="Arial" size="1" color="#FFFFFF">Cổng thông tin điện tử huyện Tân Phong - tỉnh Bình Lạc<br>
Địa chỉ: số 02 đường Trần Phú, thị trấn Tân Phong - Điện thoại: 0270.3861.245</font></td></tr>
</table>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 3. WordPad's RTF: no tables, tabs between columns.

def _rtf(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


_PA_LINES = [  # (tab stops in twips, bold, centred, text)
    ((5000,), True, False, "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ((5000,), True, False, "XÃ PHƯỚC AN\tĐộc lập - Tự do - Hạnh phúc"),
    ((), False, False, ""),
    ((5000,), False, False, "Số: 52/KH-UBND\tPhước An, ngày 20 tháng 3 năm 2027"),
    ((), False, False, ""),
    ((), True, True, "KẾ HOẠCH"),
    ((), True, True, "Chuyển đổi số trên địa bàn xã Phước An năm 2027"),
    ((), False, False, ""),
    ((), False, False, "Căn cứ Kế hoạch số 310/KH-UBND ngày 28 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Đông Lâm "
                       "về chuyển đổi số tỉnh Đông Lâm năm 2027;"),
    ((), False, False, "Ủy ban nhân dân xã Phước An ban hành Kế hoạch chuyển đổi số trên địa bàn xã năm 2027 như "
                       "sau:"),
    ((), True, False, "I. MỤC TIÊU"),
    ((), False, False, "1. Mục tiêu chung: Phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn xã, phục "
                       "vụ người dân và doanh nghiệp ngày càng tốt hơn."),
    ((), False, False, "2. Mục tiêu cụ thể:"),
    ((), False, False, "- 100% hồ sơ công việc của xã được xử lý trên môi trường mạng."),
    ((), False, False, "- Trên 85% hộ gia đình có người sử dụng điện thoại thông minh."),
    ((), False, False, "- Có 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến."),
    ((), True, False, "II. NHIỆM VỤ CỤ THỂ"),
    ((600, 4600, 7000), True, False, "TT\tNội dung nhiệm vụ\tChủ trì\tPhối hợp"),
    ((600, 4600, 7000), False, False, "1\tThành lập, duy trì Tổ công nghệ số cộng đồng ở các thôn\tCông chức Văn "
                                      "hóa - Xã hội\tBan Chỉ đạo chuyển đổi số xã"),
    ((600, 4600, 7000), False, False, "2\tTuyên truyền, hướng dẫn người dân cài đặt và sử dụng ứng dụng định danh "
                                      "điện tử\tCông an xã\tĐoàn Thanh niên xã"),
    ((600, 4600, 7000), False, False, "3\tSố hóa kết quả giải quyết thủ tục hành chính\tVăn phòng - Thống kê xã\t"
                                      "Bộ phận Một cửa xã"),
    ((), True, False, "III. KINH PHÍ"),
    ((), False, False, "Kinh phí thực hiện Kế hoạch là 180 triệu đồng từ ngân sách xã năm 2027."),
    ((), True, False, "IV. TỔ CHỨC THỰC HIỆN"),
    ((), False, False, "1. Văn phòng - Thống kê xã: tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp, báo "
                       "cáo kết quả định kỳ."),
    ((), False, False, "2. Công an xã: triển khai cấp tài khoản định danh điện tử cho người dân."),
    ((), False, False, ""),
    ((5600,), True, False, "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN"),
    ((5600,), False, False, "- UBND tỉnh (b/c);\tCHỦ TỊCH"),
    ((5600,), False, False, "- TT Đảng ủy, TT HĐND xã;\t"),
    ((5600,), False, False, "- Các thôn;\t"),
    ((5600,), False, False, "- Lưu: VT.\tTrần Quốc Bảo"),
]


def phuocan() -> bytes:
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1066{\\fonttbl{\\f0\\fnil\\fcharset0 Times New "
           "Roman;}}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"]
    for stops, bold, centred, text in _PA_LINES:
        tabs = "".join(f"\\tx{s}" for s in stops)
        align = "\\qc" if centred else ""
        run = _rtf(text)
        if bold:
            run = f"\\b {run}\\b0 "
        out.append(f"\\pard{tabs}\\sa120{align}\\f0\\fs26\\lang1066 {run}\\par\r\n")
    out.append("}\r\n\x00")
    return "".join(out).encode("ascii")


# ---------------------------------------------------------------------------------------------------------------
# 4. A PDF with a running header, a "Trang N/M" footer, footnotes and a table whose header row repeats.

_NH_TASKS = [  # task, lead, partners, time
    ("Rà soát, đánh giá thực trạng nguồn nhân lực y tế trên địa bàn tỉnh", "Sở Y tế", "Sở Nội vụ", "Năm 2028"),
    ("Đào tạo bác sĩ chuyên khoa I, chuyên khoa II cho các bệnh viện tuyến tỉnh", "Sở Y tế",
     "Trường Đại học Y Dược Hải Thành", "2028 - 2030"),
    ("Đào tạo bác sĩ theo chế độ cử tuyển cho các trạm y tế xã vùng khó khăn", "Sở Y tế",
     "Sở Giáo dục và Đào tạo; Ủy ban nhân dân các xã", "2028 - 2030"),
    ("Tập huấn kỹ năng cấp cứu ban đầu cho nhân viên y tế thôn, bản", "Trung tâm Kiểm soát bệnh tật tỉnh",
     "Trung tâm Y tế các khu vực", "Hằng năm"),
    ("Xây dựng chính sách thu hút bác sĩ về công tác tại các trạm y tế xã", "Sở Nội vụ",
     "Sở Y tế; Sở Tài chính", "Năm 2028"),
    ("Chuyển giao kỹ thuật từ bệnh viện tuyến trung ương cho Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh",
     "Sở Y tế", "2028 - 2030"),
    ("Đào tạo điều dưỡng chuyên sâu về hồi sức tích cực", "Bệnh viện Đa khoa tỉnh",
     "Trường Cao đẳng Y tế Nam Hải", "2029 - 2030"),
    ("Bồi dưỡng kiến thức quản lý bệnh viện cho cán bộ lãnh đạo", "Sở Y tế", "Sở Nội vụ", "Năm 2029"),
    ("Ứng dụng đào tạo trực tuyến cho nhân viên y tế tuyến xã", "Sở Y tế",
     "Sở Khoa học và Công nghệ", "2028 - 2030"),
    ("Đánh giá kết quả thực hiện Kế hoạch giai đoạn 2028 - 2030", "Sở Y tế",
     "Các sở, ngành liên quan", "Quý IV/2030"),
]

_NH_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

_NH_STYLES = """<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"
 style:font-family-generic="roman"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm"
 fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"
 fo:language="vi" fo:country="VN"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"
 fo:text-indent="1.27cm"/></style:style>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="CB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="HB" style:family="paragraph"><style:paragraph-properties fo:text-indent="1.27cm"/>
 <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="RH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="T" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/>
</style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"
 fo:padding="0.08cm"/></style:style>
<style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:border="none"
 fo:padding="0.05cm"/></style:style>
<style:style style:name="W1" style:family="table-column"><style:table-column-properties style:column-width="1cm"/>
</style:style>
<style:style style:name="W6" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/>
</style:style>
<style:style style:name="W3" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/>
</style:style>
<style:style style:name="W2" style:family="table-column"><style:table-column-properties style:column-width="2.1cm"/>
</style:style>
<style:style style:name="W8" style:family="table-column"><style:table-column-properties style:column-width="8cm"/>
</style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="RH">Kế hoạch số 203/KH-UBND ngày 09/9/2028 của UBND tỉnh Nam Hải</text:p>
</style:header>
<style:footer><text:p text:style-name="RH">Trang <text:page-number text:select-page="current">1</text:page-number>/<text:page-count>3</text:page-count></text:p>
</style:footer></style:master-page></office:master-styles>"""


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _para(text: str, style: str = "J") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _note(n: int, text: str) -> str:
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="S">{_x(text)}</text:p></text:note-body></text:note>')


def _cell(lines: list[str], style: str = "TC", para: str = "C") -> str:
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            + "".join(_para(_x(t), para) for t in lines) + "</table:table-cell>")


def _nh_body() -> str:
    head = ('<table:table table:name="Dau" table:style-name="T"><table:table-column table:style-name="W8"/>'
            '<table:table-column table:style-name="W8"/><table:table-row>'
            + _cell(["ỦY BAN NHÂN DÂN", "TỈNH NAM HẢI", "", "Số: 203/KH-UBND"], "TN", "CB")
            + _cell(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Hải Thành, ngày 09 tháng 9 năm 2028"], "TN", "CB")
            + "</table:table-row></table:table>")
    rows = "".join("<table:table-row>" + _cell([str(k)]) + _cell([t], para="S")
                   + _cell([lead], para="S") + _cell(partners.split("; "), para="S") + _cell([when])
                   + "</table:table-row>" for k, (t, lead, partners, when) in enumerate(_NH_TASKS, 1))
    table = ('<table:table table:name="NhiemVu" table:style-name="T"><table:table-column table:style-name="W1"/>'
             '<table:table-column table:style-name="W6"/><table:table-column table:style-name="W3"/>'
             '<table:table-column table:style-name="W3"/><table:table-column table:style-name="W2"/>'
             "<table:table-header-rows><table:table-row>"
             + "".join(_cell([h], para="CB") for h in ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                                       "Thời gian"))
             + "</table:table-row></table:table-header-rows>" + rows + "</table:table>")
    close = ('<table:table table:name="Ky" table:style-name="T"><table:table-column table:style-name="W8"/>'
             '<table:table-column table:style-name="W8"/><table:table-row>'
             + _cell(["Nơi nhận:", "- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                      "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KGVX."], "TN", "S")
             + _cell(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phạm Thị Minh Nguyệt"], "TN",
                     "CB")
             + "</table:table-row></table:table>")
    parts = [head, _para("", "C"), _para("KẾ HOẠCH", "CB"),
             _para("Phát triển nguồn nhân lực ngành y tế tỉnh Nam Hải giai đoạn 2028 - 2030", "CB"),
             _para("", "C"),
             _para("Căn cứ Quyết định số 1094/QĐ-TTg ngày 16 tháng 8 năm 2027 của Thủ tướng Chính phủ phê duyệt "
                   "Chiến lược phát triển nguồn nhân lực y tế đến năm 2035" + _note(1, "Quyết định số 1094/QĐ-TTg "
                   "được đăng Công báo số 871 + 872 ngày 25/8/2027.") + ";"),
             _para("Căn cứ Nghị quyết số 41/NQ-HĐND ngày 18 tháng 7 năm 2028 của Hội đồng nhân dân tỉnh Nam Hải "
                   "về chính sách thu hút, đãi ngộ nhân lực y tế giai đoạn 2028 - 2030;"),
             _para("Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển nguồn nhân lực ngành y tế tỉnh Nam Hải giai "
                   "đoạn 2028 - 2030 như sau:"),
             _para("I. MỤC TIÊU", "HB"), _para("1. Mục tiêu chung", "HB"),
             _para("Phát triển nguồn nhân lực y tế đủ về số lượng, nâng cao về chất lượng, đáp ứng nhu cầu chăm "
                   "sóc sức khỏe Nhân dân trên địa bàn tỉnh."),
             _para("2. Mục tiêu cụ thể", "HB"),
             _para("a) Đến năm 2030, đạt 12 bác sĩ trên một vạn dân" + _note(2, "Năm 2027 toàn tỉnh đạt 9,4 bác sĩ "
                   "trên một vạn dân.") + "."),
             _para("b) Đến năm 2030, 100% trạm y tế xã có bác sĩ làm việc."),
             _para("c) Đào tạo sau đại học cho 350 bác sĩ, dược sĩ trong giai đoạn 2028 - 2030."),
             _para("II. NHIỆM VỤ", "HB"), _para("Các nhiệm vụ cụ thể tại bảng sau:"), table,
             _para("III. KINH PHÍ THỰC HIỆN", "HB"),
             _para("Tổng kinh phí thực hiện Kế hoạch là 48.500 triệu đồng, trong đó: ngân sách tỉnh 42.000 triệu "
                   "đồng; nguồn sự nghiệp của các đơn vị 6.500 triệu đồng."),
             _para("IV. TỔ CHỨC THỰC HIỆN", "HB"),
             _para("1. Sở Y tế: chủ trì, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; định kỳ ngày 15 tháng 12 "
                   "hằng năm báo cáo Ủy ban nhân dân tỉnh."),
             _para("2. Sở Nội vụ: chủ trì xây dựng chính sách thu hút bác sĩ; bố trí biên chế cho các đơn vị y tế."),
             _para("3. Sở Tài chính: tham mưu bố trí kinh phí hằng năm để thực hiện Kế hoạch."),
             _para(""), close]
    return "\n".join(parts)


def namhai_fodt() -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_NH_NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f"{_NH_STYLES}\n<office:body><office:text>\n{_nh_body()}\n</office:text></office:body>"
            "</office:document>\n")


def namhai() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "namhai.fodt"
        src.write_text(namhai_fodt(), encoding="utf-8")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        return src.with_suffix(".pdf").read_bytes()


def main(out: str) -> None:
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / SAVED_TXT).write_bytes(hoaxuan())
    (dest / OLD_PORTAL).write_bytes(tanphong())
    (dest / WORDPAD_RTF).write_bytes(phuocan())
    if not (dest / PRINTED_PDF).exists() or "--print" in sys.argv:  # (LibreOffice stamps dates: kept unless asked)
        (dest / PRINTED_PDF).write_bytes(namhai())


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0] if args else str(Path(__file__).parent / "raw"))
