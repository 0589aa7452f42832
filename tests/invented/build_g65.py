"""Invented documents of hold-out round G65, aimed at READER shapes the invented set did not hold yet: a Word file
saved as "Strict Open XML Document" whose closing is a two-column section, a LibreOffice Writer file with a table
of contents and sections (one of them hidden), a portal page built of web components (a declarative shadow root
holding the document's header, an inert <template> holding a print copy), a whole plan typed into one Excel sheet.

The documents:
- g65_tinh-donglam: a province's two-year plan in Word saved as "Strict Open XML Document" (ISO/IEC 29500 Strict):
  every part in the Strict namespaces (http://purl.oclc.org/ooxml/wordprocessingml/main, relationships
  http://purl.oclc.org/ooxml/officeDocument/relationships/...), w:conformance="strict", "start" for left alignment;
  a borderless header table, a ruled task table, and the closing NOT a table but a section of two newspaper columns
  (w:cols w:num="2", started continuous): "Nơi nhận" and its list in the left column, a column break (w:br
  w:type="column") and the signature block in the right one (.docx);
- g65_skhcn-tayhoa: a provincial department's plan written in LibreOffice Writer (.odt): a "MỤC LỤC" table of
  contents (text:table-of-content: its source template and its index body of linked entries "I. MỤC TIÊU<tab>2"
  with page numbers) between the title and the bases, the headings text:h of outline level 1 and 2 with the TOC's
  bookmarks, the body in named sections (text:section), and a hidden section (text:display="none") holding the first
  draft's sum, which Writer neither shows nor prints;
- g65_huyen-phulamdong: a district's plan on a portal built of web components, saved from the browser (.html): the
  document's header table inside a declarative shadow root (<vb-header><template shadowrootmode="open">: the browser
  renders it), the body in the light DOM, and a print copy of the whole document in an inert <template
  id="vb-ban-in"> (never rendered; the print button clones it), a comment card's <template> too;
- g65_xa-lochoathuong: a commune's plan typed in Excel, one sheet (.xlsx): the header as two merged blocks side by
  side (A:B and C:E over three rows), the type line and the title merged across, every paragraph of the body one row
  merged across the five columns (bases, headings, objectives, money, assignments), the task table's rows in the
  middle (numbers typed as numbers), and the closing as two merged blocks ("Nơi nhận" and its lines in one cell of
  line breaks, the signature block beside it).

First pass (tests/test_g65_holdout.py keeps it): 99/101/142. The Writer file's table of contents read once (as
headings); the Strict Word file nothing ("no body": the readers knew the transitional namespaces only), the portal's
header lost (every <template> dropped, a shadow root's too), the hidden section's draft sums read as statements, the
sheet's tasks lost (the whole sheet one layout table, read column by column). After: 160/160/160 (a Strict package
read in its transitional names, docx.transitional, for Word and Excel; a declarative shadow root read in its place,
an inert <template> only where it alone holds the document, html._shadow_roots / _noscript_document; an .odt's
hidden sections taken out before LibreOffice converts it, office.shown_sections; a sheet holding a whole document
read band by band, xlsx._document_bands). Probed beside them and read right after the fixes: every transitional
.docx and .xlsx of the set saved as Strict (134 and 6, the same blocks); a sheet whose headings keep their labels
in cells of their own ("II." | "NHIỆM VỤ") and whose closing's blocks end on different rows, a task table in such a sheet with group rows (merged across, or a
label and its name) and an estimate after it (fixed: tests/test_g65_sheet_document.py); the sheet saved as .ods and
.xls; the Word plan's header as a two-column section too; a document
wholly in a shadow root, a print <template> inside a shadow root, a <template> beside a <noscript> copy; an .odt's
hidden table section, hidden characters and a hidden-text field.

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g65 [OUTDIR]` writes the four documents from the XML and the page held here, with the standard
library only.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from tests.invented.build_g45 import _Sheet
from tests.invented.build_g49 import _ODF_NS, _fixed_zip, _odf_cell, _odf_p, _odf_row, _x
from tests.invented.build_g53 import _p, _tbl, _tc
from tests.invented.build_g61 import _zip_bytes
from tests.invented.build_g63 import _workbook

STRICT = "g65_tinh-donglam_142-kh-ubnd_2027_docx-strict-hai-cot.docx"
WRITER = "g65_skhcn-tayhoa_58-kh-skhcn_2027_odt-muc-luc-vung-an.odt"
COMPONENTS = "g65_huyen-phulamdong_87-kh-ubnd_2027_trang-template.html"
SHEET = "g65_xa-lochoathuong_34-kh-ubnd_2027_ke-hoach-tren-excel.xlsx"


# ---------------------------------------------------------------------------------------------------------------
# 1. Word's "Strict Open XML Document": the Strict namespaces, the closing a two-column section.

_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_STRICT_NS = f'xmlns:w="{_STRICT_W}" xmlns:r="{_STRICT_R}"'
_PAGE = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
         'w:header="567" w:footer="567" w:gutter="0"/>')

_DONGLAM_TASKS = [
    ("1", "Tổ chức Đại hội Thể dục thể thao các cấp trên địa bàn tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố"], "Năm 2028"),
    ("2", "Xây dựng sân thể thao, nhà tập luyện đa năng tại các xã nông thôn mới", "Sở Xây dựng",
     ["Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"], "2027 - 2028"),
    ("3", "Phát triển câu lạc bộ thể dục dưỡng sinh cho người cao tuổi", "Hội Người cao tuổi tỉnh", ["Sở Y tế"],
     "Hằng năm"),
    ("4", "Tổ chức giải chạy \"Vì sức khỏe cộng đồng\" tỉnh Đông Lâm", "Tỉnh đoàn", ["Công an tỉnh"],
     "Quý IV hằng năm"),
]


def _column_break(text: str) -> str:
    """A paragraph opening on a column break (the signature's first line at the top of the right column)."""
    props = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/>'
             '<w:sz w:val="26"/></w:rPr>')
    return (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r>{props}<w:br w:type="column"/></w:r><w:r>{props}<w:t>{html.escape(text, quote=False)}</w:t></w:r>'
            "</w:p>")


def _donglam_body() -> str:
    header = _tbl([3900, 5400], [
        _tc(3900, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG LÂM", "Số: 142/KH-UBND"], bold=True)
        + _tc(5400, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
        .replace("</w:tc>", _p("Đông Lâm, ngày 16 tháng 6 năm 2027", italic=True, jc="center") + "</w:tc>")],
        borders=False)
    grid = [600, 3400, 2100, 2200, 1000]
    head = "".join(_tc(w, [h], bold=True) for w, h in zip(grid, ("TT", "Nhiệm vụ", "Cơ quan chủ trì",
                                                                 "Cơ quan phối hợp", "Thời gian")))
    rows = [head] + ["".join(_tc(w, c if isinstance(c, list) else [c]) for w, c in zip(grid, row))
                     for row in _DONGLAM_TASKS]
    first_section = (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:sectPr>{_PAGE}<w:cols w:space="720"/>'
                     "</w:sectPr></w:pPr></w:p>")
    closing = (_p("Nơi nhận:", bold=True, italic=True)
               + "".join(_p(r) for r in ("- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                                         "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                                         "- Lưu: VT, KGVX."))
               + _column_break("TM. ỦY BAN NHÂN DÂN") + _p("KT. CHỦ TỊCH", bold=True, jc="center")
               + _p("PHÓ CHỦ TỊCH", bold=True, jc="center") + _p() + _p() + _p()
               + _p("Hà Thị Minh Nguyệt", bold=True, jc="center"))
    return (header + _p()
            + _p("KẾ HOẠCH", bold=True, jc="center")
            + _p("Phát triển phong trào thể dục, thể thao quần chúng giai đoạn 2027 - 2028", bold=True, jc="center")
            + _p()
            + _p("\tCăn cứ Quyết định số 1285/QĐ-TTg ngày 14 tháng 10 năm 2026 của Thủ tướng Chính phủ phê duyệt Đề "
                 "án phát triển thể dục, thể thao quần chúng đến năm 2030;", jc="both")
            + _p("\tCăn cứ Nghị quyết số 36/NQ-HĐND ngày 08 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Đông Lâm "
                 "về kế hoạch phát triển kinh tế - xã hội năm 2027;", jc="both")
            + _p("\tỦy ban nhân dân tỉnh ban hành Kế hoạch phát triển phong trào thể dục, thể thao quần chúng giai "
                 "đoạn 2027 - 2028 như sau:", jc="both")
            + _p("\tI. MỤC TIÊU", bold=True) + _p("\t1. Mục tiêu chung", bold=True)
            + _p("\tĐẩy mạnh phong trào toàn dân rèn luyện thân thể, nâng cao sức khỏe và tầm vóc người dân tỉnh "
                 "Đông Lâm.", jc="both")
            + _p("\t2. Mục tiêu cụ thể", bold=True)
            + _p("\t- Tỷ lệ người dân tập luyện thể dục, thể thao thường xuyên đạt 38% vào năm 2028;", jc="both")
            + _p("\t- Số gia đình thể thao đạt 26% tổng số hộ gia đình vào năm 2028;", jc="both")
            + _p("\t- 100% xã, phường, thị trấn có câu lạc bộ thể dục, thể thao cơ sở vào năm 2028.", jc="both")
            + _p("\tII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True) + _tbl(grid, rows)
            + _p("\tIII. KINH PHÍ THỰC HIỆN", bold=True)
            + _p("\tTổng kinh phí thực hiện Kế hoạch là 6.400 triệu đồng, trong đó: ngân sách tỉnh 5.200 triệu "
                 "đồng; nguồn xã hội hóa 1.200 triệu đồng.", jc="both")
            + _p("\tIV. TỔ CHỨC THỰC HIỆN", bold=True)
            + _p("\t1. Sở Văn hóa, Thể thao và Du lịch", bold=True)
            + _p("\tChủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày "
                 "15 tháng 12 hằng năm.", jc="both")
            + _p("\t2. Sở Tài chính", bold=True)
            + _p("\tTham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.", jc="both")
            + _p("\t3. Ủy ban nhân dân các huyện, thị xã, thành phố", bold=True)
            + _p("\tXây dựng kế hoạch của địa phương và tổ chức thực hiện./.", jc="both")
            + first_section + closing)


def donglam_docx() -> bytes:
    body = _donglam_body().replace('w:val="left"', 'w:val="start"')
    rels_ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    last = (f'<w:sectPr><w:type w:val="continuous"/>{_PAGE}<w:cols w:num="2" w:space="567" w:equalWidth="1"/>'
            "</w:sectPr>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              f'<w:styles {_STRICT_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr>'
              '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
              '</w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
              '<w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" '
              'w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
              '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:start w:w="108" w:type="dxa"/><w:bottom w:w="0" '
              'w:type="dxa"/><w:end w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>')
    parts = {
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                                f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/>'
                                f'<Override PartName="/word/styles.xml" ContentType="{ct}.styles+xml"/>'
                                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                                'package.core-properties+xml"/></Types>'),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                        f'<Relationships {rels_ns}><Relationship Id="rId1" Type="{_STRICT_R}/officeDocument" '
                        'Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                        'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                        "</Relationships>"),
        "docProps/core.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                              '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
                              'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
                              'purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                              "<dc:creator>VP UBND tinh</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                              "2027-06-15T08:12:00Z</dcterms:created></cp:coreProperties>"),
        "word/_rels/document.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                                         f'<Relationships {rels_ns}><Relationship Id="rId1" '
                                         f'Type="{_STRICT_R}/styles" Target="styles.xml"/></Relationships>'),
        "word/styles.xml": styles,
        "word/document.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                              f'<w:document {_STRICT_NS} w:conformance="strict"><w:body>{body}{last}</w:body>'
                              "</w:document>"),
    }
    return _zip_bytes(parts, when=(2027, 6, 16, 9, 40, 0))


# ---------------------------------------------------------------------------------------------------------------
# 2. LibreOffice Writer: a table of contents, named sections, a hidden section.

_WRITER_AUTO = """<office:automatic-styles>
<style:style style:name="P_c" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P_ci" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P_j" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
<style:style style:name="Tab_free" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Cell_free" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.1cm"/></style:style>
<style:style style:name="Cell_ruled" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>
</office:automatic-styles>"""

_WRITER_STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.21cm" fo:margin-bottom="0.21cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0.5cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
</office:styles>"""

_TAYHOA_HEADINGS = [  # (outline level, text, page)
    (1, "I. MỤC TIÊU", 1), (2, "1. Mục tiêu chung", 1), (2, "2. Mục tiêu cụ thể", 2),
    (1, "II. NHIỆM VỤ CỤ THỂ", 2), (1, "III. KINH PHÍ THỰC HIỆN", 2), (1, "IV. TỔ CHỨC THỰC HIỆN", 3),
]


def _heading(k: int) -> str:
    level, text, _ = _TAYHOA_HEADINGS[k]
    mark = f"__RefHeading___Toc{1201 + k}_3104867215"
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f'<text:bookmark-start text:name="{mark}"/>{_x(text)}<text:bookmark-end text:name="{mark}"/></text:h>')


def _toc() -> str:
    entry = ('<text:table-of-content-entry-template text:outline-level="{n}" text:style-name="Contents_20_{n}">'
             '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-chapter/>'
             '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
             '<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>')
    entries = "".join(
        f'<text:p text:style-name="Contents_20_{level}"><text:a xlink:type="simple" '
        f'xlink:href="#__RefHeading___Toc{1201 + k}_3104867215" text:style-name="Index_20_Link" '
        f'text:visited-style-name="Index_20_Link">{_x(text)}<text:tab/>{page}</text:a></text:p>'
        for k, (level, text, page) in enumerate(_TAYHOA_HEADINGS))
    return ('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Mục lục1">'
            '<text:table-of-content-source text:outline-level="2">'
            '<text:index-title-template text:style-name="Contents_20_Heading">MỤC LỤC</text:index-title-template>'
            + entry.format(n=1) + entry.format(n=2)
            + '</text:table-of-content-source><text:index-body>'
            '<text:index-title text:style-name="Sect1" text:name="Mục lục1_Head">'
            '<text:p text:style-name="Contents_20_Heading">MỤC LỤC</text:p></text:index-title>'
            + entries + "</text:index-body></text:table-of-content>")


def _section(name: str, content: str, hidden: bool = False) -> str:
    shown = ' text:display="none"' if hidden else ""
    return f'<text:section text:style-name="Sect2" text:name="{name}"{shown}>{content}</text:section>'


def _tayhoa_content() -> str:
    free, ruled = "Cell_free", "Cell_ruled"
    header = ('<table:table table:name="Table1" table:style-name="Tab_free"><table:table-column '
              'table:number-columns-repeated="2"/>'
              + _odf_row([_odf_cell("UBND TỈNH TÂY HÒA\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 58/KH-SKHCN", free,
                                    para="P_c"),
                          _odf_cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", free,
                                    para="P_c")
                          .replace("</table:table-cell>", _odf_p("Tây Hòa, ngày 22 tháng 3 năm 2027", "P_ci")
                                   + "</table:table-cell>")])
              + "</table:table>")
    ruled_row = lambda cells: _odf_row([_odf_cell(c, ruled) for c in cells])  # noqa: E731
    tasks = ('<table:table table:name="Table2" table:style-name="Tab_free"><table:table-column '
             'table:number-columns-repeated="5"/><table:table-header-rows>'
             + ruled_row(["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"])
             + "</table:table-header-rows>"
             + ruled_row(["1", "Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp trên địa bàn tỉnh",
                          "Phòng Quản lý công nghệ", "Hiệp hội Doanh nghiệp tỉnh", "Quý II/2027"])
             + ruled_row(["2", "Hỗ trợ kinh phí đổi mới thiết bị, dây chuyền sản xuất cho doanh nghiệp nhỏ và vừa",
                          "Quỹ Phát triển khoa học và công nghệ tỉnh", "Sở Tài chính", "Quý III/2027"])
             + ruled_row(["3", "Tổ chức Chợ công nghệ và thiết bị tỉnh Tây Hòa năm 2027",
                          "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Sở Công Thương\nSở Nông nghiệp và Môi "
                          "trường", "Tháng 10/2027"])
             + "</table:table>")
    closing = ('<table:table table:name="Table3" table:style-name="Tab_free"><table:table-column '
               'table:number-columns-repeated="2"/>'
               + _odf_row([_odf_cell("Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc Sở;\n- Các phòng, đơn vị thuộc Sở;\n"
                                     "- Lưu: VT, QLCN.", free),
                           _odf_cell("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nMạc Đình Phong", free, para="P_c")])
               + "</table:table>")
    body = [
        header,
        _odf_p("KẾ HOẠCH", "P_c"),
        _odf_p("Hỗ trợ doanh nghiệp đổi mới công nghệ năm 2027", "P_c"),
        _toc(),
        _section("Căn cứ", _odf_p(
            "Căn cứ Quyết định số 215/QĐ-UBND ngày 10 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Tây Hòa ban hành "
            "Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026 - 2030;")
            + _odf_p("Sở Khoa học và Công nghệ xây dựng Kế hoạch hỗ trợ doanh nghiệp đổi mới công nghệ năm 2027 như "
                     "sau:")),
        _section("Mục tiêu", _heading(0) + _heading(1)
                 + _odf_p("Nâng cao năng lực công nghệ, năng suất và sức cạnh tranh của doanh nghiệp trên địa bàn "
                          "tỉnh.")
                 + _heading(2)
                 + _odf_p("- Hỗ trợ ít nhất 15 doanh nghiệp đổi mới thiết bị, dây chuyền sản xuất;")
                 + _odf_p("- Tăng 10% số doanh nghiệp có hoạt động đổi mới sáng tạo so với năm 2026.")),
        _section("Nhiệm vụ", _heading(3) + tasks),
        _section("Kinh phí", _heading(4)
                 + _odf_p("Tổng kinh phí thực hiện Kế hoạch là 2.350 triệu đồng, trong đó ngân sách tỉnh 1.850 triệu "
                          "đồng, vốn đối ứng của doanh nghiệp 500 triệu đồng.")),
        _section("Dự thảo lần 1", _odf_p("Tổng kinh phí dự kiến là 1.980 triệu đồng, trong đó ngân sách tỉnh 1.480 "
                                         "triệu đồng (số liệu dự thảo lần 1, chờ Sở Tài chính thẩm định)."),
                 hidden=True),
        _section("Tổ chức thực hiện", _heading(5)
                 + _odf_p("1. Phòng Quản lý công nghệ: chủ trì tham mưu Giám đốc Sở triển khai Kế hoạch; tổng hợp kết "
                          "quả, báo cáo trước ngày 10 tháng 12 năm 2027.")
                 + _odf_p("2. Quỹ Phát triển khoa học và công nghệ tỉnh: hướng dẫn hồ sơ, thẩm định và giải ngân "
                          "kinh phí hỗ trợ doanh nghiệp.")
                 + _odf_p("3. Văn phòng Sở: bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch./.")),
        closing,
    ]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}>{_WRITER_AUTO}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')


def tayhoa_odt() -> bytes:
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    entries = [("/", "application/vnd.oasis.opendocument.text"), ("content.xml", "text/xml"),
               ("styles.xml", "text/xml")]
    manifest = (declaration + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.3">'
                + "".join(f'<manifest:file-entry manifest:full-path="{path}" manifest:media-type="{kind}"/>'
                          for path, kind in entries) + "</manifest:manifest>")
    styles = f"{declaration}<office:document-styles {_ODF_NS}>{_WRITER_STYLES}</office:document-styles>"
    parts = [("mimetype", entries[0][1]), ("content.xml", _tayhoa_content()), ("styles.xml", styles),
             ("META-INF/manifest.xml", manifest)]
    return _fixed_zip([(name, text.encode("utf-8")) for name, text in parts], stored_first=True)


# ---------------------------------------------------------------------------------------------------------------
# 3. A portal of web components: the header in a declarative shadow root, a print copy in an inert <template>.

_PHULAM_TASKS = [
    ("1", "Tổ chức tập huấn kỹ thuật canh tác lúa giảm phát thải cho nông dân", "Phòng Nông nghiệp và Môi trường",
     "Trung tâm Dịch vụ nông nghiệp huyện", "Quý II/2027"),
    ("2", "Xây dựng 03 mô hình cánh đồng lớn liên kết tiêu thụ sản phẩm", "Trung tâm Dịch vụ nông nghiệp huyện",
     "Hội Nông dân huyện<br>Ủy ban nhân dân các xã", "Năm 2027"),
    ("3", "Hỗ trợ cơ giới hóa khâu làm đất, thu hoạch", "Phòng Kinh tế - Hạ tầng", "Phòng Tài chính - Kế hoạch",
     "Quý III/2027"),
]

_PHULAM_HEADER = """<table class="vb-header" width="100%"><tr>
<td width="40%" align="center">ỦY BAN NHÂN DÂN<br><b>HUYỆN PHÚ LÂM ĐÔNG</b><br>Số: 87/KH-UBND</td>
<td width="60%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>
<i>Phú Lâm Đông, ngày 11 tháng 5 năm 2027</i></td></tr></table>"""


def _phulam_body() -> str:
    rows = "".join(f"<tr><td>{c}</td><td>{html.escape(t)}</td><td>{html.escape(lead)}</td><td>{partner}</td>"
                   f"<td>{when}</td></tr>" for c, t, lead, partner, when in _PHULAM_TASKS)
    return f"""<p class="vb-title" align="center"><b>KẾ HOẠCH</b></p>
<p class="vb-title" align="center"><b>Phát triển sản xuất nông nghiệp theo hướng hữu cơ, giảm phát thải năm 2027</b></p>
<p>Căn cứ Kế hoạch số 119/KH-UBND ngày 25 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Hải Châu về phát triển nông nghiệp xanh năm 2027;</p>
<p>Ủy ban nhân dân huyện Phú Lâm Đông ban hành Kế hoạch phát triển sản xuất nông nghiệp theo hướng hữu cơ, giảm phát thải năm 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Diện tích lúa canh tác giảm phát thải đạt 1.200 ha;</p>
<p>- 30% hộ trồng lúa áp dụng quy trình canh tác tiết kiệm nước.</p>
<p><b>II. NHIỆM VỤ</b></p>
<table class="vb-table" border="1" cellspacing="0" cellpadding="4">
<tr><th>TT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
{rows}
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch là 3.450 triệu đồng, trong đó ngân sách huyện 2.650 triệu đồng, nguồn xã hội hóa 800 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Phòng Nông nghiệp và Môi trường:</b> là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân huyện trước ngày 05/12/2027.</p>
<p><b>2. Phòng Tài chính - Kế hoạch:</b> tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
<p><b>3. Ủy ban nhân dân các xã:</b> tổ chức thực hiện các nhiệm vụ trên địa bàn./.</p>
<table class="vb-footer" width="100%"><tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Hải Châu (b/c);<br>- Sở Nông nghiệp và Môi trường tỉnh;<br>- TT Huyện ủy, TT HĐND huyện;<br>- UBND các xã;<br>- Lưu: VT.</td>
<td width="50%" align="center" valign="top"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><br><b>Nông Văn Thiệp</b></td>
</tr></table>"""


def phulam_page() -> str:
    body = _phulam_body()
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Kế hoạch số 87/KH-UBND - Cổng thông tin điện tử huyện Phú Lâm Đông</title>
<link rel="stylesheet" href="/assets/portal.css">
<script type="module" src="/assets/components/vb-viewer.js"></script>
</head>
<body>
<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LÂM ĐÔNG</div>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/van-ban">Văn bản</a> <a href="/lien-he">Liên hệ</a></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản chỉ đạo điều hành</a> / Kế hoạch</nav>
<vb-toolbar><template shadowrootmode="open"><style>:host{{display:flex;gap:8px}}</style><slot></slot></template>
<button type="button" onclick="vbPrint()">In văn bản</button> <a href="/files/87-KH-UBND.pdf">Tải về</a></vb-toolbar>
<vb-document so-hieu="87/KH-UBND" ngay-ban-hanh="2027-05-11">
<vb-header><template shadowrootmode="open"><style>table{{width:100%;border-collapse:collapse}} td{{vertical-align:top}}</style>
{_PHULAM_HEADER}
</template></vb-header>
<div class="vb-body">
{body}
</div>
</vb-document>
<template id="vb-ban-in">
<div class="vb-print">
{_PHULAM_HEADER}
{body}
</div>
</template>
<section class="comments"><h3>Ý kiến bạn đọc</h3><div id="comment-list"></div>
<template id="tpl-binh-luan"><div class="comment"><b class="ten"></b> <span class="ngay"></span><p class="noi-dung"></p></div></template>
</section>
</main>
<footer class="site-footer">Cơ quan chủ quản: Ủy ban nhân dân huyện Phú Lâm Đông. Địa chỉ: số 12 đường Trung tâm, thị trấn Phú Lâm.</footer>
<script>function vbPrint(){{const t=document.getElementById('vb-ban-in');const w=window.open('');w.document.body.appendChild(t.content.cloneNode(true));w.print();}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. A whole plan typed into one Excel sheet.

_LOCHOA_TASKS = [
    (1, "Ra quân tổng vệ sinh môi trường tại các thôn, tuyến đường liên thôn", "Đoàn Thanh niên xã", "Các thôn",
     "Hằng tháng"),
    (2, "Phun thuốc khử trùng, tiêu độc tại chợ và khu dân cư", "Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã",
     "Quý II/2027"),
    (3, "Thu gom, vận chuyển rác thải sinh hoạt về điểm tập kết", "Tổ thu gom rác thải xã", "Các thôn",
     "Thường xuyên"),
    (4, "Trồng cây xanh dọc các tuyến đường trục xã", "Công chức Địa chính - Xây dựng", "Hội Cựu chiến binh xã\n"
     "Trường Trung học cơ sở xã", "Quý III/2027"),
]


def lochoa_xlsx() -> bytes:
    strings: list[str] = []
    sheet = _Sheet(strings)
    wide = lambda r, text, style=0: (sheet.text(f"A{r}", text, style), sheet.merges.append(f"A{r}:E{r}"))  # noqa: E731
    for r, (left, right) in enumerate((("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                       ("XÃ LỘC HÒA THƯỢNG", "Độc lập - Tự do - Hạnh phúc"),
                                       ("Số: 34/KH-UBND", "Lộc Hòa Thượng, ngày 08 tháng 4 năm 2027")), 1):
        sheet.text(f"A{r}", left, 3)
        sheet.text(f"C{r}", right, 3)
        sheet.merges += [f"A{r}:B{r}", f"C{r}:E{r}"]
    wide(5, "KẾ HOẠCH", 3)
    wide(6, "Tổng vệ sinh môi trường, phòng chống dịch bệnh trên địa bàn xã năm 2027", 3)
    prose = [
        "Căn cứ Kế hoạch số 52/KH-UBND ngày 20 tháng 3 năm 2027 của Ủy ban nhân dân huyện Hòa Thượng về bảo vệ môi "
        "trường trên địa bàn huyện năm 2027;",
        "Ủy ban nhân dân xã Lộc Hòa Thượng xây dựng Kế hoạch tổng vệ sinh môi trường, phòng chống dịch bệnh trên địa "
        "bàn xã năm 2027 như sau:",
        "I. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Nâng cao ý thức của người dân trong giữ gìn vệ sinh môi trường, chủ động phòng chống dịch bệnh.",
        "2. Mục tiêu cụ thể",
        "- 100% thôn ra quân tổng vệ sinh môi trường hằng tháng;",
        "- Thu gom, xử lý 95% rác thải sinh hoạt trên địa bàn xã.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
    ]
    r = 8
    for line in prose:
        wide(r, line)
        r += 1
    for col, head in zip("ABCDE", ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian")):
        sheet.text(f"{col}{r}", head, 4)
    r += 1
    for code, task, lead, partner, when in _LOCHOA_TASKS:
        sheet.number(f"A{r}", code, 1)
        for col, value in zip("BCDE", (task, lead, partner, when)):
            sheet.text(f"{col}{r}", value, 1)
        r += 1
    for line in ("III. KINH PHÍ",
                 "Tổng kinh phí thực hiện Kế hoạch là 126 triệu đồng, trong đó ngân sách xã 96 triệu đồng, nguồn xã "
                 "hội hóa 30 triệu đồng.",
                 "IV. TỔ CHỨC THỰC HIỆN",
                 "1. Công chức Địa chính - Xây dựng: tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp kết quả "
                 "báo cáo trước ngày 30 tháng 11 năm 2027.",
                 "2. Trạm Y tế xã: hướng dẫn các biện pháp phòng chống dịch bệnh; tổ chức phun khử trùng.",
                 "3. Các thôn: vận động nhân dân tham gia tổng vệ sinh môi trường./."):
        wide(r, line)
        r += 1
    r += 1
    sheet.text(f"A{r}", "Nơi nhận:\n- UBND huyện Hòa Thượng (b/c);\n- TT Đảng ủy, TT HĐND xã;\n- Các thôn;\n- Lưu: VT.",
               1)
    sheet.merges.append(f"A{r}:B{r + 3}")
    for k, line in enumerate(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Vi Văn Thắng")):
        if line:
            sheet.text(f"C{r + k}", line, 3)
        sheet.merges.append(f"C{r + k}:E{r + k}")
    xml = sheet.xml([6, 44, 22, 24, 14]).replace('orientation="landscape"', 'orientation="portrait"')
    return _workbook(strings, [("Ke hoach", "visible", xml)], (2027, 4, 8, 16, 5, 0))


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {STRICT: donglam_docx(), WRITER: tayhoa_odt(), COMPONENTS: phulam_page().encode("utf-8"),
             SHEET: lochoa_xlsx()}
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
