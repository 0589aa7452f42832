"""Invented documents of hold-out round G53, aimed at READER shapes the invented set did not hold yet: the files a
converter, a browser or a copy-paste leaves of a plan.

The documents:
- g53_syt-hoalam: a department's one-year plan in Word as a PDF-to-Word converter (ABBYY / pdf2docx kind) rebuilds it
  from the PDF: every printed line its own paragraph (a few lines joined by w:br instead), the first line's indent
  made of a tab and spaces, a word cut at its hyphen at a line's end ("véc-" / "tơ"), the header's two blocks and
  the closing's two blocks in floating frames (w:framePr placed by x/y), a section break (w:sectPr) at the end of
  every page, the task table rebuilt with an empty spacer column, a two-row header whose "TT" spans the spacer and
  whose "Đơn vị thực hiện" spans two columns, each printed line of a cell its own paragraph, and the table cut in two
  tables at the page's end (the second without its header) (.docx);
- g53_huyen-tankhe: a district's plan on its portal as Chrome's "Save as MHTML" keeps it (From: <Saved by Blink>,
  the page quoted-printable in a multipart/related part, its stylesheet and logo in parts after it): the CMS's
  rich-text body with every line a <p style="..."> and <span style="...">, the header table and the task table
  nested in the portal's layout table, sums with &nbsp; between number and unit ("1.250&nbsp;triệu đồng"), <br>
  between a cell's agencies, the specific objectives in <ol type="a">, parts III and IV in <ol start="3" type="I">
  and <ol start="4" type="I"> (their numbers only in the list's markup), the responsibilities in <ol> (.mht);
- g53_xa-phumydong: a commune's plan as a PDF viewer's "select all, copy" gives it from the PDF of a Word file: the
  printed lines in order, without indents, the header table's cells one after the other, each task table cell on a
  line of its own (a long cell over two lines), the table's header row repeated at the top of page 2, the footer's
  "Trang 1/3" inside the text where the page ends (once in the middle of a sentence) (.txt);
- g53_svhttdl-bachason: a department's plan as `docx2txt` (python docx2txt 0.8) turns its Word file to text: the page
  header's part first (the PAGE field's last value "2"), every paragraph after a blank line, a w:br as a line end, a
  typed tab as a tab, the header table's cells and the task table's cells each a paragraph of their own, Word's
  automatic bullets gone (.txt).

The round's first pass and its fixes: tests/test_g53_holdout.py.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g53 [OUTDIR]` writes the four documents from the XML, the page and the text held here, with the
standard library only (the MHTML as Chrome writes it, docx2txt's reading of the Word XML done here as its 0.8 code
does it).
"""

from __future__ import annotations

import quopri
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

PDF2DOCX = "g53_syt-hoalam_76-kh-syt_2027_pdf-sang-word.docx"
MHTML = "g53_huyen-tankhe_118-kh-ubnd_2027_luu-trang-mht.mht"
PDF_COPY = "g53_xa-phumydong_45-kh-ubnd_2027_sao-chep-trinh-xem-pdf.txt"
DOCX2TXT = "g53_svhttdl-bachason_203-kh-svhttdl_2027_docx2txt.txt"

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
         'w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>{refs}</w:sectPr>')


def _runs(text: str, bold: bool = False, italic: bool = False) -> str:
    """A paragraph's runs: a tab as w:tab, a line end as w:br, in Times New Roman 13 pt."""
    props = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
             + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + '<w:sz w:val="26"/></w:rPr>')
    out = []
    for piece in re.split(r"(\t|\n)", text):
        if piece == "\t":
            out.append(f"<w:r>{props}<w:tab/></w:r>")
        elif piece == "\n":
            out.append(f"<w:r>{props}<w:br/></w:r>")
        elif piece:
            out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def _p(text: str = "", bold: bool = False, italic: bool = False, jc: str | None = None, frame: str | None = None,
       sect: bool = False, style: str | None = None, num: bool = False) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if frame:  # a converter's frame: placed on the page by x and y, text wraps around it
        ppr += f'<w:framePr w:w="4700" w:hAnchor="page" w:vAnchor="page" {frame} w:wrap="around"/>'
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    ppr += '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="exact"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if sect:
        ppr += _SECT.format(refs="")
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_runs(text, bold, italic)}</w:p>"


def _tc(width: int, paragraphs: list[str], span: int = 1, vmerge: str | None = None, bold: bool = False) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        tcpr += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    body = "".join(_p(t, bold=bold) for t in paragraphs) or _p()
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def _tbl(grid: list[int], rows: list[str], borders: bool = True) -> str:
    edge = "single" if borders else "nil"
    b = "".join(f'<w:{s} w:val="{edge}" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>'
            + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>")


def _docx(body: str, header: str | None = None) -> dict[str, str]:
    """A Word package's parts around `body` (and a default page header holding `header`'s XML)."""
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ['<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'numbering" Target="numbering.xml"/>']
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.numbering+xml"/>']
    refs = ""
    parts = {}
    if header is not None:
        doc_rels.append('<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/header" Target="header1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.header+xml"/>')
        refs = '<w:headerReference w:type="default" r:id="rId8"/>'
        parts["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                     f"<w:hdr {_NS}>{header}</w:hdr>")
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<w:numbering {_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr>'
                 '<w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    parts.update({
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                                + "".join(overrides) + "</Types>"),
        "_rels/.rels": rels,
        "word/_rels/document.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                         'relationships">' + "".join(doc_rels) + "</Relationships>"),
        "word/numbering.xml": numbering,
        "word/document.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                              f"<w:document {_NS}><w:body>{body}{_SECT.format(refs=refs)}</w:body></w:document>"),
    })
    return parts


def _zip(parts: dict[str, str], path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2027, 3, 12, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, xml.encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------------
# 1. A PDF-to-Word converter's .docx: a department's plan, its lines as paragraphs, frames, a page a section.

def _lines(*lines: str) -> str:
    return "".join(_p(line, jc="both") for line in lines)


def _hoalam_body() -> str:
    left = 'w:x="1420" w:y="780"'
    right = 'w:x="6020" w:y="780"'
    head = (_p("UBND TỈNH HÒA LÂM", jc="center", frame=left)
            + _p("SỞ Y TẾ", bold=True, jc="center", frame=left)
            + _p("Số: 76/KH-SYT", jc="center", frame=left)
            + _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, jc="center", frame=right)
            + _p("Độc lập - Tự do - Hạnh phúc", bold=True, jc="center", frame=right)
            + _p("Hòa Lâm, ngày 12 tháng 3 năm 2027", italic=True, jc="center", frame=right))
    title = (_p() + _p() + _p("KẾ HOẠCH", bold=True, jc="center")
             + _p("Phòng, chống bệnh sốt xuất huyết trên địa bàn tỉnh Hòa Lâm", bold=True, jc="center")
             + _p("năm 2027", bold=True, jc="center") + _p())
    page1 = _lines(
        "\t  Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;",
        "\t  Thực hiện Kế hoạch số 35/KH-UBND ngày 20 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh",
        "Hòa Lâm về phòng, chống dịch bệnh truyền nhiễm năm 2027;",
        "\t  Sở Y tế xây dựng Kế hoạch phòng, chống bệnh sốt xuất huyết năm 2027 như sau:",
    ) + _p("\t  I. MỤC TIÊU", bold=True) + _p("\t  1. Mục tiêu chung", bold=True) + _lines(
        "\t  Giảm tỷ lệ mắc và tử vong do bệnh sốt xuất huyết; kiểm soát mật độ véc-",
        "tơ truyền bệnh, không để dịch lớn xảy ra trên địa bàn tỉnh.",
    ) + _p("\t  2. Mục tiêu cụ thể", bold=True) + _lines(
        "\t  - Giảm 15% số ca mắc sốt xuất huyết so với năm 2026;",
        "\t  - Tỷ lệ tử vong do sốt xuất huyết dưới 0,05% trên tổng số ca mắc;",
        "\t  - 100% ổ dịch được phát hiện và xử lý triệt để theo quy định.",
    ) + _p("\t  II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True, sect=True)
    grid = [600, 120, 3100, 2000, 2000, 1250]

    def row(no: str, content: list[str], lead: list[str], partner: list[str], when: str) -> str:
        return (_tc(600, [no]) + _tc(120, []) + _tc(3100, content) + _tc(2000, lead) + _tc(2000, partner)
                + _tc(1250, [when]))

    header = [
        _tc(720, ["TT"], span=2, vmerge="restart", bold=True)
        + _tc(3100, ["Nội dung nhiệm vụ"], vmerge="restart", bold=True)
        + _tc(4000, ["Đơn vị thực hiện"], span=2, bold=True)
        + _tc(1250, ["Thời gian"], vmerge="restart", bold=True),
        _tc(720, [], span=2, vmerge="continue") + _tc(3100, [], vmerge="continue")
        + _tc(2000, ["Chủ trì"], bold=True) + _tc(2000, ["Phối hợp"], bold=True)
        + _tc(1250, [], vmerge="continue"),
    ]
    first = _tbl(grid, header + [
        row("1", ["Giám sát ca bệnh, giám sát véc-", "tơ truyền bệnh tại các xã, phường", "trọng điểm"],
            ["Trung tâm Kiểm soát", "bệnh tật tỉnh"], ["Trung tâm Y tế các", "huyện, thị xã, thành phố"], "Cả năm"),
        row("2", ["Tổ chức chiến dịch diệt lăng quăng,", "bọ gậy tại hộ gia đình"],
            ["Trung tâm Y tế các", "huyện, thị xã, thành phố"], ["Ủy ban nhân dân các", "xã, phường, thị trấn"],
            "Tháng 4 -\n10/2027"),
        row("3", ["Thu dung, điều trị người bệnh sốt", "xuất huyết, giảm tử vong"], ["Bệnh viện Đa khoa tỉnh"],
            ["Các bệnh viện tuyến", "huyện"], "Cả năm"),
    ])
    page2_table = _tbl(grid, [
        row("4", ["Truyền thông phòng, chống sốt xuất", "huyết trên phương tiện thông tin", "đại chúng"],
            ["Trung tâm Kiểm soát", "bệnh tật tỉnh"], ["Báo Hòa Lâm;", "Đài Phát thanh và", "Truyền hình tỉnh"],
            "Tháng 3 - 11/2027"),
        row("5", ["Kiểm tra, giám sát công tác phòng,", "chống dịch tại các địa phương"], ["Phòng Nghiệp vụ Y"],
            ["Thanh tra Sở"], "Quý II, III/2027"),
    ])
    page2 = _p() + _p("\t  III. KINH PHÍ", bold=True) + _p(
        "\t  Tổng kinh phí thực hiện Kế hoạch: 2.350 triệu đồng, trong đó:\n"
        "\t  - Ngân sách tỉnh: 1.850 triệu đồng;\n\t  - Nguồn hợp pháp khác: 500 triệu đồng.", jc="both",
    ) + _p("\t  IV. TỔ CHỨC THỰC HIỆN", bold=True) + _p("\t  1. Trung tâm Kiểm soát bệnh tật tỉnh", bold=True) + _lines(
        "\t  Chủ trì, hướng dẫn chuyên môn, theo dõi diễn biến dịch và báo cáo Sở Y tế định kỳ hằng",
        "tháng.",
    ) + _p("\t  2. Bệnh viện Đa khoa tỉnh", bold=True) + _lines(
        "\t  Chuẩn bị thuốc, vật tư, giường bệnh; tập huấn phác đồ điều trị sốt xuất huyết cho tuyến",
        "huyện.",
    ) + _p("\t  3. Trung tâm Y tế các huyện, thị xã, thành phố", bold=True) + _lines(
        "\t  Tham mưu Ủy ban nhân dân cùng cấp triển khai các biện pháp phòng, chống dịch tại địa",
        "phương./.",
    )
    low_left = 'w:x="1420" w:y="9800"'
    low_right = 'w:x="6320" w:y="9800"'
    closing = (_p("Nơi nhận:", bold=True, italic=True, frame=low_left)
               + _p("- UBND tỉnh (b/c);", frame=low_left)
               + _p("- Cục Phòng bệnh - Bộ Y tế (b/c);", frame=low_left)
               + _p("- Các đơn vị trực thuộc Sở;", frame=low_left)
               + _p("- Lưu: VT, NVY.", frame=low_left)
               + _p("KT. GIÁM ĐỐC", bold=True, jc="center", frame=low_right)
               + _p("PHÓ GIÁM ĐỐC", bold=True, jc="center", frame=low_right)
               + _p("", frame=low_right) + _p("", frame=low_right)
               + _p("Lê Thị Thanh Hương", bold=True, jc="center", frame=low_right))
    return head + title + page1 + first + _p(sect=True) + page2_table + page2 + closing


# ---------------------------------------------------------------------------------------------------------------
# 2. Chrome's MHTML of a CMS page: a district's plan in the portal's rich-text body.

_S = 'style="font-family: &quot;Times New Roman&quot;; font-size: 14pt;"'


def _line(text: str, align: str = "justify", indent: bool = True) -> str:
    pad = " text-indent: 36pt;" if indent else ""
    return (f'<p style="margin: 0cm 0cm 6pt; text-align: {align};{pad} line-height: 1.3;"><span {_S}>{text}</span>'
            "</p>\n")


def _cell(text: str, width: str = "", bold: bool = False) -> str:
    inner = f"<strong>{text}</strong>" if bold else text
    w = f' width="{width}"' if width else ""
    return (f'<td{w} style="border: 1px solid rgb(0, 0, 0); padding: 2px 5px; vertical-align: top;">'
            f'<p style="margin: 0cm; text-align: left;"><span {_S}>{inner}</span></p></td>')


TANKHE_BODY = (
    '<table style="width: 100%; border: none;" cellpadding="0" cellspacing="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center; vertical-align: top;">'
    f'<p style="margin: 0cm; text-align: center;"><span {_S}>ỦY BAN NHÂN DÂN</span></p>'
    f'<p style="margin: 0cm; text-align: center;"><span {_S}><strong>HUYỆN TÂN KHÊ</strong></span></p>'
    f'<p style="margin: 0cm; text-align: center;"><span {_S}>Số:&nbsp;118/KH-UBND</span></p></td>'
    '<td style="width: 60%; text-align: center; vertical-align: top;">'
    f'<p style="margin: 0cm; text-align: center;"><span {_S}><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "</span></p>"
    f'<p style="margin: 0cm; text-align: center;"><span {_S}><strong>Độc lập - Tự do - Hạnh phúc</strong></span></p>'
    f'<p style="margin: 0cm; text-align: center;"><span {_S}><em>Tân Khê, ngày 08 tháng 4 năm 2027</em></span></p>'
    "</td></tr></tbody></table>\n"
    "<p>&nbsp;</p>\n"
    + _line("<strong>KẾ HOẠCH</strong>", "center", False)
    + _line("<strong>Phát triển phong trào thể dục, thể thao quần chúng huyện Tân Khê năm 2027</strong>", "center",
            False)
    + "<p>&nbsp;</p>\n"
    + _line("Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006;")
    + _line("Thực hiện Kế hoạch số 64/KH-UBND ngày 15 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Đồng Phước về "
            "phát triển thể dục, thể thao năm 2027;")
    + _line("Ủy ban nhân dân huyện Tân Khê ban hành Kế hoạch phát triển phong trào thể dục, thể thao quần chúng "
            "năm 2027 như sau:")
    + _line("<strong>I. MỤC TIÊU</strong>")
    + _line("<strong>1. Mục tiêu chung</strong>")
    + _line("Đẩy mạnh phong trào toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại, nâng cao sức khỏe, thể lực "
            "và đời sống tinh thần của Nhân dân.")
    + _line("<strong>2. Mục tiêu cụ thể</strong>")
    + '<ol type="a" style="margin-bottom: 0cm;">\n'
    + "".join(f'<li style="text-align: justify;"><span {_S}>{t}</span></li>\n' for t in (
        "Số người tập luyện thể dục, thể thao thường xuyên đạt 38% dân số;",
        "Số gia đình thể thao đạt 26% tổng số hộ gia đình;",
        "100% trường học thực hiện đầy đủ chương trình giáo dục thể chất nội khóa.",
    ))
    + "</ol>\n"
    + _line("<strong>II. NHIỆM VỤ CỤ THỂ</strong>")
    + '<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="0" cellspacing="0"><tbody>'
    + "<tr>" + "".join(_cell(h, w, True) for h, w in (("TT", "6%"), ("Nội dung", "36%"), ("Cơ quan chủ trì", "20%"),
                                                       ("Cơ quan phối hợp", "22%"), ("Thời gian", "16%"))) + "</tr>"
    + "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in (
        ("1", "Tổ chức Đại hội Thể dục thể thao huyện Tân Khê lần thứ VII", "Phòng Văn hóa và Thông tin huyện",
         "Trung tâm Văn hóa - Thể thao huyện<br>Ủy ban nhân dân các xã, thị trấn", "Tháng 5 - 8/2027"),
        ("2", "Duy trì, nâng cao chất lượng hoạt động các câu lạc bộ thể dục, thể thao cơ sở",
         "Trung tâm Văn hóa - Thể thao huyện", "Ủy ban nhân dân các xã, thị trấn", "Cả năm"),
        ("3", "Tổ chức Hội khỏe Phù Đổng cấp huyện", "Phòng Giáo dục và Đào tạo huyện",
         "Trung tâm Văn hóa - Thể thao huyện", "Tháng 3/2027"),
        ("4", "Xây dựng sân thể thao đa năng tại các xã đạt chuẩn nông thôn mới", "Ủy ban nhân dân các xã",
         "Phòng Tài chính - Kế hoạch huyện<br>Phòng Văn hóa và Thông tin huyện", "Quý III/2027"),
    ))
    + "</tbody></table>\n"
    + '<ol start="3" type="I"><li style="text-align: justify;"><span ' + _S + "><strong>KINH PHÍ THỰC HIỆN</strong>"
    + "</span></li></ol>\n"
    + _line("Tổng kinh phí thực hiện Kế hoạch là 1.250&nbsp;triệu đồng, trong đó:")
    + _line("- Ngân sách huyện: 850&nbsp;triệu đồng;")
    + _line("- Nguồn xã hội hóa: 400&nbsp;triệu đồng.")
    + '<ol start="4" type="I"><li style="text-align: justify;"><span ' + _S + "><strong>TỔ CHỨC THỰC HIỆN</strong>"
    + "</span></li></ol>\n"
    + "<ol>\n"
    + "".join(f'<li style="text-align: justify;"><span {_S}><strong>{a}</strong>: {d}</span></li>\n' for a, d in (
        ("Phòng Văn hóa và Thông tin huyện", "Chủ trì, tham mưu Ủy ban nhân dân huyện tổ chức thực hiện Kế hoạch; "
         "tổng hợp, báo cáo kết quả trước ngày 15 tháng 12 năm 2027."),
        ("Phòng Tài chính - Kế hoạch huyện", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        ("Ủy ban nhân dân các xã, thị trấn", "Xây dựng kế hoạch của địa phương; duy trì hoạt động các câu lạc bộ "
         "thể dục, thể thao cơ sở."),
    ))
    + "</ol>\n"
    + '<table style="width: 100%; border: none;" cellpadding="0" cellspacing="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;">'
    '<p style="margin: 0cm;"><span style="font-size: 12pt;"><strong><em>Nơi nhận:</em></strong></span></p>'
    + "".join(f'<p style="margin: 0cm;"><span style="font-size: 11pt;">{r}</span></p>' for r in (
        "- UBND tỉnh Đồng Phước (b/c);", "- Sở Văn hóa, Thể thao và Du lịch tỉnh;", "- TT Huyện ủy, TT HĐND huyện;",
        "- Các cơ quan, đơn vị liên quan;", "- UBND các xã, thị trấn;", "- Lưu: VT."))
    + '</td><td style="width: 50%; text-align: center; vertical-align: top;">'
    + "".join(f'<p style="margin: 0cm; text-align: center;"><span {_S}><strong>{s}</strong></span></p>'
              for s in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
    + "<p>&nbsp;</p><p>&nbsp;</p>"
    + f'<p style="margin: 0cm; text-align: center;"><span {_S}><strong>Nguyễn Hữu Phước</strong></span></p>'
    + "</td></tr></tbody></table>\n"
)

TANKHE_PAGE = (
    '<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    '<title>Kế hoạch phát triển phong trào thể dục, thể thao quần chúng năm 2027 - Cổng thông tin điện tử huyện Tân Khê'
    '</title><link rel="stylesheet" type="text/css" href="https://tankhe.dongphuoc.gov.vn/css/portal.css"></head>'
    '<body><div class="top"><img src="https://tankhe.dongphuoc.gov.vn/images/logo.png" alt="logo">'
    '<span class="site">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN KHÊ</span></div>\n'
    '<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tbody><tr>'
    '<td class="left" width="22%" valign="top"><ul class="menu"><li><a href="/">Trang chủ</a></li>'
    '<li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>'
    '<li><a href="/van-ban">Văn bản điều hành</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></td>'
    '<td class="main" valign="top"><div class="crumb"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản điều '
    'hành</a></div><h1 class="title">Kế hoạch phát triển phong trào thể dục, thể thao quần chúng năm 2027</h1>'
    '<div class="meta">Cập nhật: 09/04/2027 14:05</div><div class="content">\n'
    + TANKHE_BODY
    + '</div><div class="files">Tệp đính kèm: <a href="/uploads/118-KH-UBND.pdf">118-KH-UBND.pdf</a></div></td>'
    '</tr></tbody></table>\n<div class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Khê</p>'
    "<p>Địa chỉ: Số 02 đường Trần Phú, thị trấn Tân Khê, huyện Tân Khê, tỉnh Đồng Phước</p></div></body></html>\n"
)


def _mhtml(page: str) -> bytes:
    """The page as Chrome's "Save page as ... Webpage, Single File" writes it."""
    boundary = "----MultipartBoundary--Qy8cTfUkKPnXpQ1bT7oSdBk3aL0vRZ2mWcHgJ4eN6x----"
    url = "https://tankhe.dongphuoc.gov.vn/van-ban/ke-hoach-phat-trien-the-duc-the-thao-quan-chung-nam-2027.html"
    subject = quopri.encodestring("Kế hoạch phát triển phong trào thể dục, thể thao quần chúng năm 2027".encode(),
                                  header=True).decode("ascii").replace("=\n", "")
    html = quopri.encodestring(page.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    css = "body { font-family: Arial; font-size: 13px; }\r\n.menu li { list-style: none; }\r\n"
    logo = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: =?utf-8?Q?{subject}?=\r\n"
            "Date: Fri, 9 Apr 2027 15:12:40 +0700\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-3C1A9E0B7D5F4E2A8B6C@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{html}\r\n\r\n"
            f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: https://tankhe.dongphuoc.gov.vn/css/portal.css\r\n\r\n{css}\r\n"
            f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: https://tankhe.dongphuoc.gov.vn/images/logo.png\r\n\r\n{logo}\r\n\r\n"
            f"--{boundary}--\r\n").encode("ascii")


# ---------------------------------------------------------------------------------------------------------------
# 3. A PDF viewer's "select all, copy": a commune's plan, a cell a line, the footer inside the text.

PHUMYDONG_COPY = """ỦY BAN NHÂN DÂN
XÃ PHÚ MỸ ĐÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Phú Mỹ Đông, ngày 22 tháng 02 năm 2027
KẾ HOẠCH
Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
Thực hiện Kế hoạch số 27/KH-UBND ngày 10 tháng 02 năm 2027 của Ủy ban nhân dân huyện Long
Điền Bắc về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027;
Ủy ban nhân dân xã Phú Mỹ Đông xây dựng Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn
năm 2027 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai; hạn chế thấp nhất
thiệt hại về người và tài sản của Nhân dân.
2. Mục tiêu cụ thể
- 100% hộ dân trong vùng có nguy cơ sạt lở, ngập úng được tuyên truyền, hướng dẫn kỹ năng ứng
phó với thiên tai;
- Phấn đấu 90% thành viên đội xung kích được tập huấn nghiệp vụ cứu hộ, cứu nạn.
II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
TT
Nội dung
Chủ trì
Phối hợp
Thời gian
1
Rà soát, cập nhật phương án ứng phó
thiên tai theo cấp độ rủi ro
Công chức Địa chính -
Xây dựng
Trưởng các ấp
Tháng 3/2027
2
Tuyên truyền kỹ năng phòng, chống
thiên tai trên hệ thống loa truyền thanh
Văn hóa - Xã hội xã
Các đoàn thể xã
Cả năm
3
Tổ chức diễn tập ứng phó bão và ngập
lụt
Ban Chỉ huy Quân sự
xã
Công an xã; Trạm Y
tế xã
Tháng 6/2027
Trang 1/3
TT
Nội dung
Chủ trì
Phối hợp
Thời gian
4
Kiểm tra, gia cố đê bao, cống ngăn
triều trước mùa mưa bão
Công chức Địa chính -
Xây dựng
Hội Nông dân xã
Tháng 5/2027
III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch: 186 triệu đồng, trong đó:
- Ngân sách xã: 120 triệu đồng;
- Quỹ phòng, chống thiên tai xã: 66 triệu đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng
Tham mưu Ủy ban nhân dân xã tổ chức thực hiện Kế hoạch; theo dõi, tổng hợp tình hình thiên tai,
báo cáo kịp thời về Ủy ban nhân dân xã và Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu
Trang 2/3
nạn huyện.
2. Ban Chỉ huy Quân sự xã
Chủ trì lực lượng xung kích, dân quân tham gia cứu hộ, cứu nạn, sơ tán người dân khỏi vùng nguy
hiểm.
3. Trưởng các ấp
Tuyên truyền, vận động Nhân dân chủ động gia cố nhà cửa, dự trữ lương thực, nước uống trong
mùa mưa bão./.
Nơi nhận:
- UBND huyện Long Điền Bắc;
- Ban Chỉ huy PCTT và TKCN huyện;
- TT Đảng ủy, TT HĐND xã;
- Các ấp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Lực
Trang 3/3
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. docx2txt: a department's plan in Word, read by docx2txt 0.8.

def _bachason_body() -> str:
    cell = lambda w, ps, bold=False: _tc(w, ps, bold=bold)  # noqa: E731
    head = _tbl([3800, 5600], [
        cell(3800, ["UBND TỈNH BẮC HÀ SƠN", "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "Số: 203/KH-SVHTTDL"], bold=True)
        + cell(5600, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Bắc Hà Sơn, ngày 05 tháng 5 năm 2027"], bold=True),
    ], borders=False)
    tasks = _tbl([600, 3300, 1900, 2200, 1400], [
        "".join(cell(w, [h], True) for w, h in ((600, "TT"), (3300, "Nội dung"), (1900, "Đơn vị chủ trì"),
                                                 (2200, "Đơn vị phối hợp"), (1400, "Thời gian"))),
        *("".join(cell(w, c) for w, c in zip((600, 3300, 1900, 2200, 1400), row)) for row in (
            (["1"], ["Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027"], ["Thư viện tỉnh"],
             ["Sở Giáo dục và Đào tạo", "Tỉnh đoàn"], ["Tháng 4/2027"]),
            (["2"], ["Phát triển mạng lưới thư viện cơ sở, tủ sách cộng đồng"],
             ["Phòng Quản lý Văn hóa và Gia đình"], ["Ủy ban nhân dân các huyện, thành phố"], ["Cả năm"]),
            (["3"], ["Triển khai thư viện số, số hóa tài liệu địa chí"], ["Thư viện tỉnh"],
             ["Sở Khoa học và Công nghệ"], ["Quý II - IV/2027"]),
            (["4"], ["Tổ chức cuộc thi Đại sứ văn hóa đọc tỉnh Bắc Hà Sơn"], ["Thư viện tỉnh"],
             ["Sở Giáo dục và Đào tạo"], ["Tháng 6 - 9/2027"]),
        )),
    ])
    closing = _tbl([4700, 4700], [
        cell(4700, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Vụ Thư viện - Bộ VHTTDL (b/c);", "- Lãnh đạo Sở;",
                    "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLVHGĐ."])
        + cell(4700, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đinh Thị Hồng Nhung"], bold=True),
    ], borders=False)
    body = lambda t: _p(t, jc="both")  # noqa: E731
    bullet = lambda t: _p(t, jc="both", num=True)  # noqa: E731
    return (head + _p() + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Phát triển văn hóa đọc trên địa bàn tỉnh Bắc Hà Sơn năm 2027", bold=True, jc="center") + _p()
            + body("\tCăn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;")
            + body("\tThực hiện Kế hoạch số 88/KH-UBND ngày 14 tháng 4 năm 2027 của Ủy ban nhân dân tỉnh Bắc Hà Sơn "
                   "về phát triển văn hóa đọc trong cộng đồng giai đoạn 2027 - 2030;")
            + body("\tSở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch phát triển văn hóa đọc năm 2027 như sau:")
            + _p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
            + body("\tNâng cao nhận thức của các cấp, các ngành và Nhân dân về vai trò của văn hóa đọc; xây dựng "
                   "thói quen đọc sách trong cộng đồng, nhất là thanh thiếu niên.")
            + _p("\t2. Mục tiêu cụ thể", bold=True)
            + bullet("Số lượt bạn đọc đến thư viện tăng 10% so với năm 2026;")
            + bullet("70% trường phổ thông có thư viện đạt chuẩn;")
            + bullet("100% xã, phường, thị trấn có tủ sách cộng đồng.")
            + _p("\tII. NHIỆM VỤ CỤ THỂ", bold=True) + tasks
            + _p("\tIII. KINH PHÍ", bold=True)
            + body("\tKinh phí thực hiện Kế hoạch: 980 triệu đồng, từ nguồn sự nghiệp văn hóa trong dự toán ngân "
                   "sách tỉnh năm 2027 giao Sở Văn hóa, Thể thao và Du lịch.")
            + _p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True) + _p("\t1. Thư viện tỉnh", bold=True)
            + body("\tChủ trì tổ chức các hoạt động của Kế hoạch; tổng hợp kết quả, báo cáo Sở trước ngày 10 tháng "
                   "12 năm 2027.")
            + _p("\t2. Phòng Quản lý Văn hóa và Gia đình", bold=True)
            + body("\tHướng dẫn, kiểm tra việc xây dựng tủ sách cộng đồng tại cơ sở.")
            + _p("\t3. Ủy ban nhân dân các huyện, thành phố", bold=True)
            + body("\tChỉ đạo các xã, phường, thị trấn duy trì hoạt động tủ sách cộng đồng, bố trí kinh phí từ "
                   "ngân sách địa phương./.")
            + _p() + closing)


_BACHASON_HEADER = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT ">'
                    '<w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>')


def _docx2txt(parts: dict[str, str]) -> str:
    """docx2txt 0.8's text of a Word package: the headers' parts, the document, the footers' parts; in each, every
    w:t's text, a tab for w:tab, a line end for w:br and w:cr, two line ends where a w:p starts; stripped."""
    from xml.etree import ElementTree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def xml2text(xml: str) -> str:
        text = ""
        for child in ElementTree.fromstring(xml.encode("utf-8")).iter():
            if child.tag == w + "t":
                text += child.text or ""
            elif child.tag == w + "tab":
                text += "\t"
            elif child.tag in (w + "br", w + "cr"):
                text += "\n"
            elif child.tag == w + "p":
                text += "\n\n"
        return text

    text = "".join(xml2text(x) for n, x in parts.items() if re.match(r"word/header[0-9]*\.xml", n))
    text += xml2text(parts["word/document.xml"])
    text += "".join(xml2text(x) for n, x in parts.items() if re.match(r"word/footer[0-9]*\.xml", n))
    return text.strip()


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    _zip(_docx(_hoalam_body()), out / PDF2DOCX)
    (out / MHTML).write_bytes(_mhtml(TANKHE_PAGE))
    (out / PDF_COPY).write_text(PHUMYDONG_COPY, encoding="utf-8")
    (out / DOCX2TXT).write_text(_docx2txt(_docx(_bachason_body(), _BACHASON_HEADER)) + "\n", encoding="utf-8")
    return [out / name for name in (PDF2DOCX, MHTML, PDF_COPY, DOCX2TXT)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "raw"
    for path in build(target):
        print(path)
