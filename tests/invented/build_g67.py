"""Invented documents of hold-out round G67, aimed at READER shapes the invented set did not hold yet: a Word file
whose closing sits in floating text boxes and whose task table keeps a tracked move between two cells, a web page in
Windows-1258 (tones decomposed) declared only by `<meta http-equiv>` with `<wbr>` inside its tokens, a Writer file
whose header stands in two frames, and an annex a records system exported to Excel with inline strings.

The documents:
- g67_huyen-tanlocbac: a district's plan in Word (.docx) whose closing is NOT a table: "Nơi nhận" and its list in one
  floating text box, the signature block in another, both anchored in the last empty paragraph (each drawing an
  mc:AlternateContent: a DrawingML wps:txbx under mc:Choice, the same w:txbxContent in a VML v:textbox under
  mc:Fallback: one text, read once); the plan's number and a basis's typed with Word's non-breaking hyphen
  (w:noBreakHyphen: "96/KH" + w:noBreakHyphen + "UBND"), a long word with an optional hyphen (w:softHyphen, drawn
  only at a line's end); the task table keeps the draft's tracked changes in its cells: a partner moved from task 3's
  cell to task 2's (w:moveFrom in one cell, w:moveTo in the other, with their range marks), a lead renamed (w:del of
  the old name, w:ins of the new) (.docx);
- g67_sgddt-thuanphong: a provincial department's plan on an old portal page saved as it came (.html): the bytes in
  Windows-1258 (a toned letter the code page lacks written as its base and a combining tone byte), the charset
  declared ONLY in `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">` (no HTTP header, no
  `<meta charset>`), and the CMS's `<wbr>` line-break chances inside long tokens (document numbers "1186/<wbr>QĐ-
  <wbr>UBND", dates "15/<wbr>8/<wbr>2027", amounts "4.<wbr>860", long agency names in narrow table cells);
- g67_xa-hoaphuthuong: a commune's plan written in LibreOffice Writer (.odt): the document's header in two frames
  (draw:frame / draw:text-box anchored to the first, empty paragraph: the issuer and the number left, the motto and
  the date right) instead of a table, the task table's partner cells as bullet lists (text:list), the closing a
  borderless table (.odt);
- g67_huyen-camphutay: a district's task annex as an office's records system exports it to Excel (.xlsx, written by a
  streaming writer): every text an inline string (t="inlineStr", no sharedStrings part), the deadlines as date
  serials under a "dd/mm/yyyy" number format, the system's own task ids in a hidden column, a task withdrawn in a
  hidden row, group rows "I", "II" merged across (.xlsx; no header scored: the plan itself is elsewhere).

The round's first pass and its fixes: tests/test_g67_holdout.py.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g67 [OUTDIR]` writes the four documents from the XML and the page held here, with the standard
library only.
"""

from __future__ import annotations

import html
import sys
import unicodedata
from pathlib import Path

from tests.invented.build_g49 import _ODF_NS, _fixed_zip, _odf_cell, _odf_p, _odf_row, _x
from tests.invented.build_g53 import _docx, _p, _runs, _tbl, _tc
from tests.invented.build_g61 import _zip_bytes

TEXT_BOXES = "g67_huyen-tanlocbac_96-kh-ubnd_2027_chu-ky-trong-khung.docx"
CP1258_PAGE = "g67_sgddt-thuanphong_132-kh-sgddt_2027_trang-windows-1258-wbr.html"
FRAMES = "g67_xa-hoaphuthuong_41-kh-ubnd_2027_odt-khung-tieu-de.odt"
EXPORT = "g67_huyen-camphutay_phu-luc-nhiem-vu_2027_xuat-inline-string.xlsx"

_RPR = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        '<w:sz w:val="26"/></w:rPr>')
_NBH = f"</w:t></w:r><w:r>{_RPR}<w:noBreakHyphen/></w:r><w:r>{_RPR}<w:t xml:space=\"preserve\">"
_SHY = f"</w:t></w:r><w:r>{_RPR}<w:softHyphen/></w:r><w:r>{_RPR}<w:t xml:space=\"preserve\">"


def _with_marks(paragraph: str) -> str:
    """A paragraph's XML with "\u2011" (typed for a non-breaking hyphen) and "\u00ad" (an optional hyphen) as Word's
    own elements, w:noBreakHyphen and w:softHyphen, between runs."""
    return paragraph.replace("\u2011", _NBH).replace("\u00ad", _SHY)


# ---------------------------------------------------------------------------------------------------------------
# 1. Word: the closing in two floating text boxes (DrawingML with a VML fallback), a tracked move between cells.

_WPS_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="wps"')


def _text_box(box_id: int, x_emu: int, width_emu: int, height_emu: int, content: str) -> str:
    """One anchored text box as Word 2010+ writes it: the DrawingML shape under mc:Choice, the VML twin under
    mc:Fallback, both holding the same w:txbxContent."""
    pt = lambda emu: f"{emu / 12700:.1f}pt"  # noqa: E731
    choice = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
              f'relativeHeight="{251659264 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
              f'<wp:posOffset>{x_emu}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
              f'<wp:posOffset>63500</wp:posOffset></wp:positionV><wp:extent cx="{width_emu}" cy="{height_emu}"/>'
              '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
              f'<a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
              '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
              '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
              'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
              "</wp:anchor></w:drawing>")
    fallback = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                f'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box {box_id}" o:spid="_x0000_s10{box_id}" '
                f'type="#_x0000_t202" style="position:absolute;margin-left:{pt(x_emu)};margin-top:5pt;'
                f'width:{pt(width_emu)};height:{pt(height_emu)};z-index:{box_id};visibility:visible;'
                'mso-wrap-style:square;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
                f'filled="f" stroked="f"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
                "<w10:wrap/></v:shape></w:pict>")
    return (f'<w:r>{_RPR}<mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>")


def _tracked(kind: str, text: str, change_id: int) -> str:
    """A tracked insertion or deletion (kind "ins" / "del") of `text` by the reviewer."""
    tag = "w:delText" if kind == "del" else "w:t"
    return (f'<w:{kind} w:id="{change_id}" w:author="Phòng Văn hóa" w:date="2027-04-02T09:15:00Z"><w:r>{_RPR}'
            f'<{tag} xml:space="preserve">{html.escape(text, quote=False)}</{tag}></w:r></w:{kind}>')


def _moved(kind: str, text: str, change_id: int) -> str:
    """One end of a tracked move (kind "moveFrom" / "moveTo") of `text`, with its range marks."""
    tag = "w:delText" if kind == "moveFrom" else "w:t"
    return (f'<w:{kind}RangeStart w:id="{change_id}" w:author="Phòng Tài chính - Kế hoạch" '
            f'w:date="2027-04-03T14:20:00Z" w:name="move187654321"/><w:{kind} w:id="{change_id + 1}" '
            f'w:author="Phòng Tài chính - Kế hoạch" w:date="2027-04-03T14:20:00Z"><w:r>{_RPR}'
            f'<{tag} xml:space="preserve">{html.escape(text, quote=False)}</{tag}></w:r></w:{kind}>'
            f'<w:{kind}RangeEnd w:id="{change_id}"/>')


def _cell_xml(width: int, paragraphs: list[str]) -> str:
    """A table cell whose paragraphs are given as their inner XML (runs and tracked changes)."""
    body = "".join(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>{inner}</w:p>' for inner in paragraphs)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{body}</w:tc>'


def _tanlocbac_body() -> str:
    header = _tbl([3900, 5400], [
        _tc(3900, ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN LỘC BẮC"], bold=True)
        .replace("</w:tc>", _with_marks(_p("Số: 96/KH\u2011UBND", jc="center")) + "</w:tc>")
        + _tc(5400, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
        .replace("</w:tc>", _p("Tân Lộc Bắc, ngày 08 tháng 4 năm 2027", italic=True, jc="center") + "</w:tc>")],
        borders=False)
    grid = [600, 3500, 2000, 2200, 1000]
    run = lambda text: _runs(text)  # noqa: E731
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("STT", "Nội dung công việc", "Đơn vị chủ trì",
                                                                 "Đơn vị phối hợp", "Thời gian")))
    rows = [head,
            _cell_xml(grid[0], [run("1")])
            + _cell_xml(grid[1], [run("Tổ chức Ngày hội văn hóa các dân tộc huyện Tân Lộc Bắc lần thứ III")])
            + _cell_xml(grid[2], [_tracked("del", "Phòng Văn hóa và Thông tin", 11)
                                  + _tracked("ins", "Phòng Văn hóa, Khoa học và Thông tin", 12)])
            + _cell_xml(grid[3], [run("Trung tâm Văn hóa - Thể thao huyện")])
            + _cell_xml(grid[4], [run("Tháng 9/2027")]),
            _cell_xml(grid[0], [run("2")])
            + _cell_xml(grid[1], [run("Sưu tầm, phục dựng lễ hội truyền thống của đồng bào dân tộc thiểu số")])
            + _cell_xml(grid[2], [run("Trung tâm Văn hóa - Thể thao huyện")])
            + _cell_xml(grid[3], [run("Ủy ban nhân dân các xã"), _moved("moveTo", "Phòng Tài chính - Kế hoạch", 21)])
            + _cell_xml(grid[4], [run("Năm 2027 - 2028")]),
            _cell_xml(grid[0], [run("3")])
            + _cell_xml(grid[1], [run("Xây dựng nhà văn hóa thôn, bản đạt chuẩn")])
            + _cell_xml(grid[2], [run("Phòng Kinh tế - Hạ tầng")])
            + _cell_xml(grid[3], [_moved("moveFrom", "Phòng Tài chính - Kế hoạch", 23),
                                  run("Ủy ban nhân dân các xã")])
            + _cell_xml(grid[4], [run("Năm 2028")]),
            _cell_xml(grid[0], [run("4")])
            + _cell_xml(grid[1], [run("Bồi dưỡng nghiệp vụ cho đội ngũ làm công tác văn hóa cơ sở")])
            + _cell_xml(grid[2], [run("Phòng Nội vụ")])
            + _cell_xml(grid[3], [run("Phòng Văn hóa, Khoa học và Thông tin")])
            + _cell_xml(grid[4], [run("Quý II hằng năm")])]
    recipients = (_p("Nơi nhận:", bold=True, italic=True)
                  + "".join(_p(r) for r in ("- UBND tỉnh Hà Xuân (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;",
                                            "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban thuộc huyện;",
                                            "- UBND các xã;", "- Lưu: VT, VHKHTT.")))
    signature = (_p("TM. ỦY BAN NHÂN DÂN", bold=True, jc="center") + _p("KT. CHỦ TỊCH", bold=True, jc="center")
                 + _p("PHÓ CHỦ TỊCH", bold=True, jc="center") + _p() + _p() + _p()
                 + _p("Lò Thị Hoài Thu", bold=True, jc="center"))
    closing = ('<w:p><w:pPr><w:spacing w:before="120" w:after="0"/></w:pPr>'
               + _text_box(1, 0, 2880000, 1620000, recipients) + _text_box(2, 3060000, 2880000, 1620000, signature)
               + "</w:p>" + _p() + _p() + _p() + _p() + _p() + _p() + _p() + _p())
    bases = _with_marks(
        _p("\tCăn cứ Quyết định số 1186/QĐ\u2011UBND ngày 20 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Hà Xuân "
           "phê duyệt Đề án bảo tồn, phát huy giá trị văn hóa truyền thống các dân tộc thiểu số giai đoạn 2027 - "
           "2030;", jc="both"))
    return (header + _p()
            + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Bảo tồn, phát huy giá trị văn hóa truyền thống các dân tộc thiểu số huyện Tân Lộc Bắc giai đoạn "
                 "2027 - 2028", bold=True, jc="center")
            + _p() + bases
            + _p("\tỦy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:", jc="both")
            + _p("\tI. MỤC ĐÍCH, YÊU CẦU", bold=True)
            + _with_marks(_p("\tGìn giữ bản sắc văn hóa truyền thống, gắn bảo tồn với phát triển du lịch cộng "
                             "đồng và nâng cao đời sống tinh thần của đồng bào dân tộc thiểu số.", jc="both"))
            + _p("\tII. CHỈ TIÊU", bold=True)
            + _p("\t- 100% thôn, bản có đội văn nghệ truyền thống hoạt động thường xuyên;", jc="both")
            + _p("\t- Phục dựng ít nhất 04 lễ hội truyền thống tiêu biểu đến năm 2028.", jc="both")
            + _p("\tIII. NHIỆM VỤ", bold=True) + _tbl(grid, rows)
            + _p("\tIV. KINH PHÍ", bold=True)
            + _p("\tTổng kinh phí thực hiện Kế hoạch là 2.180 triệu đồng, trong đó: ngân sách huyện 1.630 triệu "
                 "đồng; nguồn xã hội hóa 550 triệu đồng.", jc="both")
            + _p("\tV. TỔ CHỨC THỰC HIỆN", bold=True)
            + _p("\t1. Phòng Văn hóa, Khoa học và Thông tin: chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch; "
                 "tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 10 tháng 12 hằng năm.", jc="both")
            + _p("\t2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.", jc="both")
            + _with_marks(_p("\t3. Ủy ban nhân dân các xã: xây dựng kế hoạch của địa phương, tổ chức thực hiện "
                             "các nhiệm vụ trên địa\u00adbàn./.", jc="both"))
            + closing)


def tanlocbac_docx() -> bytes:
    parts = _docx(_tanlocbac_body())
    parts["word/document.xml"] = parts["word/document.xml"].replace("<w:document ", f"<w:document {_WPS_NS} ", 1)
    return _zip_bytes(parts, when=(2027, 4, 8, 10, 5, 0))


# ---------------------------------------------------------------------------------------------------------------
# 2. A web page in Windows-1258 (decomposed tones), declared only by <meta http-equiv>, <wbr> inside tokens.

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """`text` in Windows-1258 as Windows writes it: a letter the code page holds whole as one byte, else its base
    (with its circumflex, breve or horn) and the tone as a combining byte."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = next(c for c in parts if c in _TONES)
        out += unicodedata.normalize("NFC", parts.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


_THUANPHONG_TASKS = [
    ("1", "Rà soát, sắp xếp mạng lưới trường, lớp học bảo đảm đủ chỗ học cho học sinh trong độ tuổi",
     "Phòng Kế hoạch -|Tài chính", "Phòng Giáo dục và Đào tạo các huyện, thị xã,|thành phố", "Quý III/2027"),
    ("2", "Bồi dưỡng chuyên môn cho giáo viên dạy Tiếng Anh cấp tiểu học",
     "Phòng Giáo dục Tiểu học", "Trường Cao đẳng Sư phạm tỉnh<br>Trung tâm Ngoại ngữ -|Tin học", "Năm học 2027 - 2028"),
    ("3", "Triển khai sổ điểm điện tử, học bạ số trong các cơ sở giáo dục phổ thông",
     "Văn phòng Sở", "Phòng Giáo dục trung học", "Tháng 10/2027"),
    ("4", "Tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh", "Phòng Giáo dục trung học",
     "Công đoàn ngành Giáo dục tỉnh", "Tháng 3/2028"),
]


def _thuanphong_page() -> str:
    wbr = lambda text: text.replace("|", "<wbr>")  # noqa: E731
    rows = "".join(f"<tr><td align=\"center\">{c}</td><td>{html.escape(t)}</td><td>{wbr(html.escape(lead))}</td>"
                   f"<td>{wbr(partner)}</td><td>{when}</td></tr>" for c, t, lead, partner, when in _THUANPHONG_TASKS)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Kế hoạch số 132/KH-SGDĐT</title>
<link rel="stylesheet" type="text/css" href="style/main.css">
</head>
<body>
<div id="banner">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THUẬN PHONG</div>
<div id="menu"><a href="default.asp">Trang chủ</a> | <a href="vanban.asp">Văn bản</a> | <a href="lienhe.asp">Liên hệ</a></div>
<div id="noidung">
<table width="100%" border="0">
<tr><td width="42%" align="center">UBND TỈNH THUẬN PHONG<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br>Số: 132/<wbr>KH-<wbr>SGDĐT</td>
<td width="58%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Thuận Phong, ngày 15 tháng 8 năm 2027</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Thực hiện nhiệm vụ trọng tâm năm học 2027 - 2028</b></p>
<p>Căn cứ Quyết định số 1186/<wbr>QĐ-<wbr>UBND ngày 02/<wbr>8/<wbr>2027 của Ủy ban nhân dân tỉnh Thuận Phong ban hành Kế hoạch thời gian năm học 2027 - 2028 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên;</p>
<p>Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện nhiệm vụ trọng tâm năm học 2027 - 2028 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,5%;</p>
<p>- 85% trường phổ thông đạt chuẩn quốc gia;</p>
<p>- 100% cơ sở giáo dục phổ thông sử dụng học bạ số.</p>
<p><b>II. NHIỆM VỤ VÀ PHÂN CÔNG</b></p>
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<tr><th width="5%">TT</th><th width="40%">Nhiệm vụ</th><th width="18%">Đơn vị chủ trì</th><th width="22%">Đơn vị phối hợp</th><th width="15%">Thời gian</th></tr>
{rows}
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện là 4.<wbr>860 triệu đồng từ nguồn ngân sách tỉnh giao cho Sở Giáo dục và Đào tạo năm 2027.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Các phòng chuyên môn thuộc Sở: căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện.</p>
<p>2. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố: triển khai Kế hoạch tại địa phương; báo cáo kết quả về Sở trước ngày 20/<wbr>5/<wbr>2028./.</p>
<table width="100%" border="0">
<tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng thuộc Sở;<br>- Phòng GDĐT các huyện, thị xã, thành phố;<br>- Lưu: VT, KHTC.</td>
<td width="50%" align="center" valign="top"><b>GIÁM ĐỐC</b><br><br><br><br><b>Mai Xuân Trường</b></td></tr>
</table>
</div>
<div id="footer">Sở Giáo dục và Đào tạo tỉnh Thuận Phong - Địa chỉ: 18 đường Lê Thánh Tông - Điện thoại: 0299.3821.467</div>
</body>
</html>
"""


def thuanphong_html() -> bytes:
    return _cp1258(unicodedata.normalize("NFC", _thuanphong_page()).replace("\n", "\r\n"))


# ---------------------------------------------------------------------------------------------------------------
# 3. LibreOffice Writer: the header in two frames, partner cells as bullet lists.

_DRAW_NS = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'

_HOAPHU_AUTO = """<office:automatic-styles>
<style:style style:name="P_c" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P_n" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="P_ci" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P_j" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
<style:style style:name="P_b" style:family="paragraph"><style:paragraph-properties fo:text-indent="1cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P_l" style:family="paragraph" style:list-style-name="LB"/>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:border="none" fo:padding="0cm"/></style:style>
<style:style style:name="Tab_free" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Cell_free" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.1cm"/></style:style>
<style:style style:name="Cell_ruled" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="-"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0.3cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>"""


def _frame(name: str, x_cm: float, width_cm: float, lines: list[tuple[str, str]], z: int) -> str:
    body = "".join(_odf_p(text, style) for text, style in lines)
    return (f'<draw:frame draw:style-name="fr1" draw:name="{name}" text:anchor-type="paragraph" svg:x="{x_cm}cm" '
            f'svg:y="0cm" svg:width="{width_cm}cm" draw:z-index="{z}"><draw:text-box fo:min-height="2.6cm">'
            f"{body}</draw:text-box></draw:frame>")


def _bullets(items: list[str]) -> str:
    return ('<text:list text:style-name="LB">'
            + "".join(f"<text:list-item>{_odf_p(i, 'P_l')}</text:list-item>" for i in items) + "</text:list>")


def _hoaphu_content() -> str:
    free, ruled = "Cell_free", "Cell_ruled"
    frames = ('<text:p text:style-name="Standard">'
              + _frame("Khung1", 0.0, 6.4, [("ỦY BAN NHÂN DÂN", "P_n"), ("XÃ HÒA PHÚ THƯỢNG", "P_c"),
                                            ("Số: 41/KH-UBND", "P_n")], 0)
              + _frame("Khung2", 6.8, 10.2, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "P_c"),
                                             ("Độc lập - Tự do - Hạnh phúc", "P_c"),
                                             ("Hòa Phú Thượng, ngày 19 tháng 5 năm 2027", "P_ci")], 1)
              + "</text:p>" + _odf_p("", "Standard") + _odf_p("", "Standard") + _odf_p("", "Standard"))

    def row(code: str, task: str, lead: str, partners: list[str], when: str) -> str:
        cell = _odf_cell(code, ruled)
        partners_cell = (f'<table:table-cell table:style-name="{ruled}" office:value-type="string">'
                         f"{_bullets(partners)}</table:table-cell>")
        return _odf_row([cell, _odf_cell(task, ruled), _odf_cell(lead, ruled), partners_cell, _odf_cell(when, ruled)])

    tasks = ('<table:table table:name="Table1" table:style-name="Tab_free"><table:table-column '
             'table:number-columns-repeated="5"/><table:table-header-rows>'
             + _odf_row([_odf_cell(h, ruled, para="P_c") for h in ("TT", "Nội dung thực hiện", "Đơn vị chủ trì",
                                                                  "Đơn vị phối hợp", "Thời gian")])
             + "</table:table-header-rows>"
             + row("1", "Tuyên truyền, vận động Nhân dân phân loại rác thải tại nguồn", "Ủy ban Mặt trận Tổ quốc "
                   "Việt Nam xã", ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"], "Năm 2027")
             + row("2", "Trồng mới 4 km đường hoa, cây xanh trên các tuyến đường liên thôn", "Công chức Địa chính - "
                   "Nông nghiệp - Xây dựng và Môi trường", ["Các thôn"], "Quý III/2027")
             + row("3", "Xây dựng 02 mô hình “Khu dân cư xanh - sạch - đẹp”", "Hội Nông dân xã",
                   ["Hội Cựu chiến binh xã", "Ban Công tác Mặt trận các thôn"], "Quý IV/2027")
             + "</table:table>")
    closing = ('<table:table table:name="Table2" table:style-name="Tab_free"><table:table-column '
               'table:number-columns-repeated="2"/>'
               + _odf_row([_odf_cell("Nơi nhận:\n- UBND huyện Lạc Yên (b/c);\n- TT Đảng ủy, TT HĐND xã;\n"
                                     "- UBMTTQVN xã và các đoàn thể;\n- Các thôn;\n- Lưu: VP.", free),
                           _odf_cell("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nĐinh Công Lực", free, para="P_c")])
               + "</table:table>")
    body = [
        frames,
        _odf_p("KẾ HOẠCH", "P_c"),
        _odf_p("Xây dựng cảnh quan môi trường xanh - sạch - đẹp trên địa bàn xã năm 2027", "P_c"),
        _odf_p("Căn cứ Kế hoạch số 75/KH-UBND ngày 12 tháng 3 năm 2027 của Ủy ban nhân dân huyện Lạc Yên về bảo vệ "
               "môi trường nông thôn năm 2027;"),
        _odf_p("Ủy ban nhân dân xã Hòa Phú Thượng ban hành Kế hoạch như sau:"),
        _odf_p("I. MỤC TIÊU", "P_b"),
        _odf_p("- 90% hộ gia đình thực hiện phân loại rác thải tại nguồn;"),
        _odf_p("- 100% thôn có tổ tự quản về vệ sinh môi trường."),
        _odf_p("II. NHIỆM VỤ CỤ THỂ", "P_b"),
        tasks,
        _odf_p("III. KINH PHÍ THỰC HIỆN", "P_b"),
        _odf_p("Tổng kinh phí thực hiện Kế hoạch là 420 triệu đồng, trong đó ngân sách xã 300 triệu đồng, vận động "
               "xã hội hóa 120 triệu đồng."),
        _odf_p("IV. TỔ CHỨC THỰC HIỆN", "P_b"),
        _odf_p("1. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường: tham mưu Ủy ban nhân dân xã theo dõi, "
               "đôn đốc thực hiện Kế hoạch."),
        _odf_p("2. Các thôn: tuyên truyền, vận động Nhân dân tham gia; báo cáo kết quả trước ngày 30 tháng 11 "
               "năm 2027./."),
        closing,
    ]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS} {_DRAW_NS}>'
            f'{_HOAPHU_AUTO}<office:body><office:text>{"".join(body)}</office:text></office:body>'
            "</office:document-content>")


def hoaphu_odt() -> bytes:
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    entries = [("/", "application/vnd.oasis.opendocument.text"), ("content.xml", "text/xml"),
               ("styles.xml", "text/xml")]
    manifest = (declaration + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.3">'
                + "".join(f'<manifest:file-entry manifest:full-path="{path}" manifest:media-type="{kind}"/>'
                          for path, kind in entries) + "</manifest:manifest>")
    styles = (f"{declaration}<office:document-styles {_ODF_NS}><office:styles><style:default-style "
              'style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/>'
              '</style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              "</office:styles></office:document-styles>")
    parts = [("mimetype", entries[0][1]), ("content.xml", _hoaphu_content()), ("styles.xml", styles),
             ("META-INF/manifest.xml", manifest)]
    return _fixed_zip([(name, text.encode("utf-8")) for name, text in parts], stored_first=True)


# ---------------------------------------------------------------------------------------------------------------
# 4. A records system's export to Excel: inline strings, date serials, a hidden column and a hidden row.

_CAMPHUTAY_ROWS = [  # (kind, id, code, content, lead, partners, deadline serial or text, hidden)
    ("group", "", "I", "CÔNG TÁC TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", "", "", None, False),
    ("task", "NV-2027-0412", "1", "Tuyên truyền Luật Phòng, chống ma túy trên hệ thống truyền thanh cơ sở",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Công an huyện", 46568, False),
    ("task", "NV-2027-0413", "2", "Tổ chức tọa đàm “Thanh niên nói không với ma túy” tại các trường trung học phổ "
     "thông", "Huyện đoàn", "Phòng Giáo dục và Đào tạo\nCác trường trung học phổ thông", 46660, False),
    ("task", "NV-2027-0414", "3", "In, phát hành tờ rơi tuyên truyền (đã hủy theo ý kiến Thường trực)",
     "Phòng Văn hóa và Thông tin", "Công an huyện", 46538, True),
    ("group", "", "II", "CÔNG TÁC QUẢN LÝ, HỖ TRỢ NGƯỜI SAU CAI NGHIỆN", "", "", None, False),
    ("task", "NV-2027-0415", "1", "Rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn",
     "Công an huyện", "Ủy ban nhân dân các xã, thị trấn", 46599, False),
    ("task", "NV-2027-0416", "2", "Hỗ trợ học nghề, tạo việc làm cho người sau cai nghiện",
     "Phòng Lao động - Thương binh và Xã hội", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     46721, False),
]


def _col(n: int) -> str:
    return "ABCDEFGHIJ"[n]


def _inline(ref: str, text: str, style: int) -> str:
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{_x(text)}</t></is></c>'


def _camphutay_sheet() -> str:
    rows: list[str] = []
    merges: list[str] = []

    def put(r: int, cells: list[str], attrs: str = "") -> None:
        rows.append(f'<row r="{r}"{attrs}>{"".join(cells)}</row>')

    put(1, [_inline("B1", "ỦY BAN NHÂN DÂN HUYỆN CẨM PHÚ TÂY", 3)])
    put(2, [_inline("B2", "PHỤ LỤC", 3)])
    put(3, [_inline("B3", "DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG MA TÚY NĂM 2027", 3)])
    put(4, [_inline("B4", "(Kèm theo Kế hoạch số 58/KH-UBND ngày 24/3/2027 của Ủy ban nhân dân huyện Cẩm Phú Tây)",
                    4)])
    merges += ["B1:G1", "B2:G2", "B3:G3", "B4:G4"]
    put(6, [_inline(f"{_col(k)}6", h, 1) for k, h in enumerate(
        ("Mã nhiệm vụ", "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành",
         "Ghi chú"))])
    r = 7
    for kind, ident, code, content, lead, partners, deadline, hidden in _CAMPHUTAY_ROWS:
        attrs = ' hidden="1"' if hidden else ""
        if kind == "group":
            put(r, [_inline(f"B{r}", code, 1), _inline(f"C{r}", content, 1)], attrs)
            merges.append(f"C{r}:G{r}")
        else:
            put(r, [_inline(f"A{r}", ident, 1), _inline(f"B{r}", code, 1), _inline(f"C{r}", content, 1),
                    _inline(f"D{r}", lead, 1), _inline(f"E{r}", partners, 1),
                    f'<c r="F{r}" s="2"><v>{deadline}</v></c>', f'<c r="G{r}" s="1"/>'], attrs)
        r += 1
    cols = ('<col min="1" max="1" width="14" hidden="1" customWidth="1"/><col min="2" max="2" width="6" '
            'customWidth="1"/><col min="3" max="3" width="48" customWidth="1"/><col min="4" max="5" width="28" '
            'customWidth="1"/><col min="6" max="6" width="14" customWidth="1"/><col min="7" max="7" width="12" '
            'customWidth="1"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<cols>{cols}</cols><sheetData>{"".join(rows)}</sheetData>'
            f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
            + "</mergeCells></worksheet>")


_CAMPHUTAY_STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
    '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>'
    '<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
    '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
    '<alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
    'applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs></styleSheet>')


def camphutay_xlsx() -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships {ns}>'
                        f'<Relationship Id="rId1" Type="{r_ns}/officeDocument" Target="xl/workbook.xml"/>'
                        "</Relationships>"),
        "xl/workbook.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n'
                            f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                            f'xmlns:r="{r_ns}"><sheets><sheet name="DanhMucNhiemVu" sheetId="1" r:id="rId1"/>'
                            "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships {ns}>'
                                       f'<Relationship Id="rId1" Type="{r_ns}/worksheet" '
                                       'Target="worksheets/sheet1.xml"/>'
                                       f'<Relationship Id="rId2" Type="{r_ns}/styles" Target="styles.xml"/>'
                                       "</Relationships>"),
        "xl/worksheets/sheet1.xml": _camphutay_sheet(),
        "xl/styles.xml": _CAMPHUTAY_STYLES,
    }
    return _zip_bytes(parts, when=(2027, 3, 24, 16, 45, 0))


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {TEXT_BOXES: tanlocbac_docx(), CP1258_PAGE: thuanphong_html(), FRAMES: hoaphu_odt(),
             EXPORT: camphutay_xlsx()}
    for name, data in files.items():
        (out / name).write_bytes(data)
    return [out / name for name in files]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
