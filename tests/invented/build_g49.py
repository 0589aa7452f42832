"""Invented documents of hold-out round G49, aimed at READER shapes the invented set did not hold yet: how a real file
of each format carries a plan.

The documents:
- g49_tinh-baoson: a province's one-year plan in Word (.docx) in three sections: a portrait body, a landscape section
  in the middle of the document holding the task table (group rows "I. NHÓM NHIỆM VỤ ..." merged across the row by
  w:gridSpan, a lead agency merged down over two rows by w:vMerge, a partner cell with two paragraphs), then portrait
  again for the money, the assignments and the closing; every section has its own header part carrying the plan's
  number ("Kế hoạch số .../KH-UBND ngày ...", the landscape one "Phụ lục ...") and a footer with a PAGE field;
- g49_syt-halam: a department's plan written in LibreOffice Writer (.odt, content.xml by hand as Writer saves it):
  the objectives' and the assignments' numbers drawn by Writer's list numbering (text:list with a list style of "1."
  and, one level down, "a)"), the numbering going on over a list broken by a paragraph (text:continue-numbering), a
  task table whose header's "Đơn vị thực hiện" spans two columns (table:number-columns-spanned over
  table:covered-table-cell) above "Chủ trì" and "Phối hợp", the other header cells spanning its two rows;
- g49_xa-phumydong: a commune's plan as a static-site portal (Hugo/Jekyll) keeps it: a Markdown file opening on a
  YAML front matter (title, date, tags, the attached PDF), the header and the tables as HTML <table> blocks inside the
  Markdown (a task table with group rows in colspan and a lead in rowspan, an estimate whose header has "Nguồn kinh
  phí" in colspan over its sources and rowspan cells), the headings as **bold** lines (.md);
- g49_tinh-vinhgiang: a province's three-year plan as a newer portal's article page (.html): the CMS's <article>
  with its title, date and share bar, the plan's text in <p> and <div>, headings as inline <strong> runs opening a
  paragraph ("<strong>1. Mục tiêu chung:</strong> ..."), footnote markers as <sup> right after numbers and words
  (a note list at the end), a task table with rowspan, the attached files as links, related news after.

The round's first pass (tests/test_g49_holdout.py gives it) read all four documents whole; its misses were in variants
of the shapes (a front matter's summary quoting a total, a task table grouped by a column before its code column),
fixed in the readers' and the layout's depth (tests/test_g49_front_matter.py, tests/test_g49_group_column.py).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g49
[OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import html
import io
import sys
import zipfile
from pathlib import Path

WORD_SECTIONS = "g49_tinh-baoson_118-kh-ubnd_2027_docx-trang-ngang-giua.docx"
WRITER_ODT = "g49_syt-halam_57-kh-syt_2027_odt-danh-so-tu-dong.odt"
STATIC_MD = "g49_xa-phumydong_42-kh-ubnd_2028_md-front-matter-bang-html.md"
CMS_HTML = "g49_tinh-vinhgiang_205-kh-ubnd_2026_cms-bai-viet.html"

_ZIP_TIME = (2027, 3, 22, 9, 0, 0)


def _fixed_zip(parts: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    """A zip of `parts` with fixed times (the same bytes on every run); the first part stored when asked (ODF's
    mimetype)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(parts):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# 1. Word: a landscape section in the middle, merged cells, header and footer parts.

def _baoson_docx() -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    doc.core_properties.author = "VP UBND tinh"
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)

    def para(text: str, *, bold: bool = False, center: bool = False, italic: bool = False):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def borders(table, on: bool) -> None:
        tbl_pr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "single" if on else "nil")
            if on:
                e.set(qn("w:sz"), "4")
            b.append(e)
        tbl_pr.append(b)

    def fill(cell, text: str, *, bold: bool = False, center: bool = False) -> None:
        lines = text.split("\n")
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = bold
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def header_footer(section, head: str) -> None:
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        hp = section.header.paragraphs[0]
        hp.text = head
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp.runs[0].italic = True
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Trang ")
        run = fp.add_run()
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), kind)
            elif text == " PAGE ":
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = text
            else:
                e = OxmlElement("w:t")
                e.text = text
            run._r.append(e)

    first = doc.sections[0]
    first.page_width, first.page_height = Cm(21), Cm(29.7)
    header_footer(first, "Kế hoạch số 118/KH-UBND ngày 22/3/2027 của UBND tỉnh Bảo Sơn")

    head = doc.add_table(rows=2, cols=2)
    borders(head, False)
    fill(head.cell(0, 0), "ỦY BAN NHÂN DÂN\nTỈNH BẢO SƠN", bold=True, center=True)
    fill(head.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True)
    fill(head.cell(1, 0), "Số: 118/KH-UBND", center=True)
    fill(head.cell(1, 1), "Bảo Sơn, ngày 22 tháng 3 năm 2027", center=True)
    head.cell(1, 1).paragraphs[0].runs[0].italic = True

    para("KẾ HOẠCH", bold=True, center=True)
    para("Phát triển kinh tế tập thể, hợp tác xã tỉnh Bảo Sơn năm 2027", bold=True, center=True)
    for text in ("Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
                 "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 08 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Bảo Sơn về "
                 "phát triển kinh tế tập thể, hợp tác xã giai đoạn 2027 - 2030;",
                 "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã tỉnh Bảo Sơn năm "
                 "2027 như sau:"):
        para(text)
    para("I. MỤC TIÊU", bold=True)
    para("1. Mục tiêu chung", bold=True)
    para("Phát triển kinh tế tập thể, hợp tác xã theo hướng bền vững, nâng cao thu nhập cho thành viên, góp phần "
         "xây dựng nông thôn mới.")
    para("2. Mục tiêu cụ thể", bold=True)
    for text in ("- Thành lập mới ít nhất 25 hợp tác xã trên địa bàn tỉnh.",
                 "- Phấn đấu 75% hợp tác xã nông nghiệp hoạt động đạt loại khá trở lên.",
                 "- 100% cán bộ quản lý hợp tác xã thành lập mới được bồi dưỡng kiến thức quản trị."):
        para(text)
    para("II. NHIỆM VỤ CỤ THỂ", bold=True)
    para("Các sở, ngành, địa phương triển khai các nhiệm vụ sau:")

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    header_footer(land, "Phụ lục nhiệm vụ - Kế hoạch số 118/KH-UBND của UBND tỉnh Bảo Sơn")
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I. NHÓM NHIỆM VỤ HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"],
        ["1", "Rà soát, đề xuất chính sách hỗ trợ hợp tác xã nông nghiệp giai đoạn 2027 - 2030",
         "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý II/2027"],
        ["2", "Xây dựng bộ tiêu chí hợp tác xã kiểu mới điển hình của tỉnh", None, "Liên minh Hợp tác xã tỉnh",
         "Quý III/2027"],
        ["II. NHÓM NHIỆM VỤ NÂNG CAO NĂNG LỰC HỢP TÁC XÃ"],
        ["3", "Tổ chức 12 lớp bồi dưỡng quản trị cho cán bộ quản lý hợp tác xã", "Liên minh Hợp tác xã tỉnh",
         "Sở Nội vụ", "Năm 2027"],
        ["4", "Hỗ trợ hợp tác xã ứng dụng phần mềm kế toán, bán hàng trực tuyến", None,
         "Sở Khoa học và Công nghệ\nSở Công Thương", "Năm 2027"],
        ["5", "Hỗ trợ thành lập mới hợp tác xã tại các xã", "Ủy ban nhân dân các xã, phường",
         "Liên minh Hợp tác xã tỉnh", "Năm 2027"],
    ]
    table = doc.add_table(rows=len(rows), cols=5)
    borders(table, True)
    for r, row in enumerate(rows):
        if len(row) == 1:
            merged = table.cell(r, 0).merge(table.cell(r, 4))  # w:gridSpan
            fill(merged, row[0], bold=True)
            continue
        for c, text in enumerate(row):
            if text is None:
                table.cell(r - 1, c).merge(table.cell(r, c))  # w:vMerge over the row above
                continue
            fill(table.cell(r, c), text, bold=(r == 0), center=(r == 0 or c in (0, 4)))

    back = doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21), Cm(29.7)
    header_footer(back, "Kế hoạch số 118/KH-UBND ngày 22/3/2027 của UBND tỉnh Bảo Sơn")
    para("III. KINH PHÍ THỰC HIỆN", bold=True)
    para("Tổng kinh phí thực hiện Kế hoạch năm 2027 là 8.450 triệu đồng, trong đó: ngân sách trung ương 2.000 triệu "
         "đồng; ngân sách tỉnh 5.200 triệu đồng; vốn huy động hợp pháp khác 1.250 triệu đồng.")
    para("IV. TỔ CHỨC THỰC HIỆN", bold=True)
    for agency, duty in (
            ("1. Sở Nông nghiệp và Môi trường", "Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo "
                                               "cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2027."),
            ("2. Sở Tài chính", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
            ("3. Liên minh Hợp tác xã tỉnh", "Tư vấn, hỗ trợ thành lập mới hợp tác xã; tổ chức bồi dưỡng cán bộ "
                                            "quản lý hợp tác xã."),
            ("4. Ủy ban nhân dân các xã, phường", "Vận động người dân tham gia hợp tác xã; hỗ trợ hợp tác xã tiếp "
                                                 "cận đất đai, tín dụng.")):
        para(agency, bold=True)
        para(duty)
    close = doc.add_table(rows=1, cols=2)
    borders(close, False)
    fill(close.cell(0, 0), "Nơi nhận:\n- Bộ Nông nghiệp và Môi trường (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n"
                           "- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường;\n"
                           "- Lưu: VT, KT.")
    fill(close.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLương Văn Thạch",
         bold=True, center=True)
    out = io.BytesIO()
    doc.save(out)
    return _refixed(out.getvalue())


def _refixed(data: bytes) -> bytes:
    """A python-docx package with fixed zip times and a fixed core-properties date (the same bytes on every run)."""
    import re
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            body = z.read(name)
            if name == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2027-03-22T09:00:00Z", body)
            parts.append((name, body))
    return _fixed_zip(parts)


# ---------------------------------------------------------------------------------------------------------------
# 2. LibreOffice Writer: list numbering, a header cell over two columns.

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')

_ODF_LIST_STYLE = """<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>"""

_ODF_AUTO = """<office:automatic-styles>
<style:style style:name="P_c" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P_ci" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P_b" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P_j" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
<style:style style:name="P_lb" style:family="paragraph" style:list-style-name="L1"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P_l" style:family="paragraph" style:list-style-name="L1"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Tab_free" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Cell_free" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.1cm"/></style:style>
<style:style style:name="Cell_ruled" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
""" + _ODF_LIST_STYLE + "\n</office:automatic-styles>"


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _odf_p(text: str, style: str = "P_j") -> str:
    return f'<text:p text:style-name="{style}">{_x(text)}</text:p>'


def _odf_cell(text: str, style: str, *, cols: int = 1, rows: int = 1, para: str = "Standard") -> str:
    span = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + \
           (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    body = "".join(_odf_p(line, para) for line in text.split("\n"))
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{span}>{body}</table:table-cell>'


_COVERED = "<table:covered-table-cell/>"


def _odf_row(cells: list[str]) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _odf_list(items: list[str], *, bold: bool = False, xml_id: str = "", continues: str = "",
              sub: dict[int, list[str]] | None = None) -> str:
    """A text:list of the list style L1: level-1 items, each optionally with a level-2 list ("a)") under it; the list
    going on from the list `continues` (its numbers too) when given."""
    attrs = ' text:style-name="L1"' + (f' xml:id="{xml_id}"' if xml_id else "") + \
            (f' text:continue-list="{continues}"' if continues else "")
    out = [f"<text:list{attrs}>"]
    for i, item in enumerate(items):
        out.append(f"<text:list-item>{_odf_p(item, 'P_lb' if bold else 'P_l')}")
        for_sub = (sub or {}).get(i)
        if for_sub:
            out.append("<text:list>" + "".join(f"<text:list-item>{_odf_p(s, 'P_l')}</text:list-item>"
                                               for s in for_sub) + "</text:list>")
        out.append("</text:list-item>")
    out.append("</text:list>")
    return "".join(out)


def halam() -> bytes:
    free, ruled = "Cell_free", "Cell_ruled"
    header = ('<table:table table:name="Bang1" table:style-name="Tab_free"><table:table-column '
              'table:number-columns-repeated="2"/>'
              + _odf_row([_odf_cell("UBND TỈNH HÀ LÂM\nSỞ Y TẾ", free, para="P_c"),
                          _odf_cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", free,
                                    para="P_c")])
              + _odf_row([_odf_cell("Số: 57/KH-SYT", free, para="P_ci"),
                          _odf_cell("Hà Lâm, ngày 10 tháng 01 năm 2027", free, para="P_ci")])
              + "</table:table>")
    tasks = [
        ("1", "Tầm soát, phát hiện sớm bệnh tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế các xã, phường", "Quý II - Quý IV/2027"),
        ("2", "Quản lý, điều trị người bệnh tăng huyết áp, đái tháo đường tại trạm y tế xã",
         "Trạm Y tế các xã, phường", "Bệnh viện Đa khoa tỉnh\nTrung tâm Kiểm soát bệnh tật tỉnh", "Năm 2027"),
        ("3", "Truyền thông phòng, chống tác hại của thuốc lá và rượu, bia", "Trung tâm Kiểm soát bệnh tật tỉnh",
         "Báo và Phát thanh, Truyền hình Hà Lâm", "Năm 2027"),
        ("4", "Đào tạo, tập huấn cho nhân viên y tế tuyến xã về quản lý bệnh không lây nhiễm",
         "Bệnh viện Đa khoa tỉnh", "Trường Cao đẳng Y tế Hà Lâm", "Quý III/2027"),
    ]
    table = ('<table:table table:name="Bang2" table:style-name="Tab_free"><table:table-column '
             'table:number-columns-repeated="5"/>'
             + "<table:table-header-rows>"
             + _odf_row([_odf_cell("TT", ruled, rows=2, para="P_c"), _odf_cell("Nội dung", ruled, rows=2, para="P_c"),
                         _odf_cell("Đơn vị thực hiện", ruled, cols=2, para="P_c"), _COVERED,
                         _odf_cell("Thời gian", ruled, rows=2, para="P_c")])
             + _odf_row([_COVERED, _COVERED, _odf_cell("Chủ trì", ruled, para="P_c"),
                         _odf_cell("Phối hợp", ruled, para="P_c"), _COVERED])
             + "</table:table-header-rows>"
             + "".join(_odf_row([_odf_cell(c, ruled) for c in row]) for row in tasks)
             + "</table:table>")
    body = [
        header,
        _odf_p("KẾ HOẠCH", "P_c"),
        _odf_p("Phòng, chống bệnh không lây nhiễm năm 2027", "P_c"),
        _odf_p("Căn cứ Quyết định số 2145/QĐ-BYT ngày 16 tháng 8 năm 2026 của Bộ Y tế ban hành Hướng dẫn quản lý "
               "bệnh tăng huyết áp và đái tháo đường tại trạm y tế xã;"),
        _odf_p("Căn cứ Kế hoạch số 311/KH-UBND ngày 20 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Hà Lâm về phòng, "
               "chống bệnh không lây nhiễm năm 2027;"),
        _odf_p("Sở Y tế xây dựng Kế hoạch phòng, chống bệnh không lây nhiễm năm 2027 như sau:"),
        _odf_p("I. MỤC TIÊU", "P_b"),
        _odf_list(["Mục tiêu chung"], bold=True, xml_id="list_mt"),
        _odf_p("Giảm tỷ lệ mắc mới và tử vong sớm do bệnh không lây nhiễm; nâng cao chất lượng quản lý người bệnh tại "
               "tuyến cơ sở."),
        _odf_list(["Mục tiêu cụ thể"], bold=True, continues="list_mt", sub={0: [
            "90% người từ 40 tuổi trở lên được đo huyết áp ít nhất một lần trong năm.",
            "Phấn đấu 65% người bệnh tăng huyết áp được phát hiện được quản lý điều trị tại trạm y tế xã.",
            "70% trạm y tế xã, phường triển khai quản lý bệnh đái tháo đường."]}),
        _odf_p("II. NHIỆM VỤ VÀ GIẢI PHÁP", "P_b"),
        _odf_p("Các nhiệm vụ cụ thể như sau:"),
        table,
        _odf_p("III. KINH PHÍ", "P_b"),
        _odf_p("Tổng kinh phí thực hiện Kế hoạch là 1.860 triệu đồng, trong đó: ngân sách tỉnh 1.500 triệu đồng; "
               "nguồn xã hội hóa 360 triệu đồng."),
        _odf_p("IV. TỔ CHỨC THỰC HIỆN", "P_b"),
        _odf_list(["Trung tâm Kiểm soát bệnh tật tỉnh"], bold=True, xml_id="list_tc"),
        _odf_p("Là đầu mối tham mưu triển khai Kế hoạch; hướng dẫn chuyên môn, tổng hợp báo cáo kết quả về Sở Y tế "
               "trước ngày 10 tháng 12 năm 2027."),
        _odf_list(["Bệnh viện Đa khoa tỉnh"], bold=True, continues="list_tc"),
        _odf_p("Hỗ trợ chuyên môn, tiếp nhận người bệnh chuyển tuyến; tổ chức đào tạo cho nhân viên y tế tuyến xã."),
        _odf_list(["Phòng Kế hoạch - Tài chính"], bold=True, continues="list_tc"),
        _odf_p("Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        ('<table:table table:name="Bang3" table:style-name="Tab_free"><table:table-column '
         'table:number-columns-repeated="2"/>'
         + _odf_row([_odf_cell("Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng chức năng Sở;\n"
                               "- Các đơn vị trực thuộc;\n- Lưu: VT, NVY.", free),
                     _odf_cell("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Thị Hoài Thu", free, para="P_c")])
         + "</table:table>"),
    ]
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}>{_ODF_AUTO}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_ODF_NS}><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman"'
              ' fo:font-size="14pt"/></style:default-style><style:style style:name="Standard" '
              'style:family="paragraph"/></office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text"),
                       ("content.xml", content.encode("utf-8")), ("styles.xml", styles.encode("utf-8")),
                       ("META-INF/manifest.xml", manifest.encode("utf-8"))], stored_first=True)


# ---------------------------------------------------------------------------------------------------------------
# 3. A static-site portal's Markdown: YAML front matter, HTML tables inside the Markdown.

def phumydong() -> bytes:
    text = """---
title: "Kế hoạch chuyển đổi số xã Phú Mỹ Đông năm 2028"
date: 2028-01-15T08:30:00+07:00
draft: false
categories: ["Văn bản chỉ đạo điều hành"]
tags: ["chuyển đổi số", "kế hoạch", "năm 2028"]
author: "Văn phòng HĐND và UBND xã"
attachments:
  - name: "42-KH-UBND.pdf"
    url: "/uploads/2028/01/42-KH-UBND.pdf"
---

<table>
<tr><td align="center"><strong>ỦY BAN NHÂN DÂN<br>XÃ PHÚ MỸ ĐÔNG</strong></td>
<td align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
<tr><td align="center">Số: 42/KH-UBND</td><td align="center"><em>Phú Mỹ Đông, ngày 12 tháng 01 năm 2028</em></td></tr>
</table>

**KẾ HOẠCH**

**Chuyển đổi số xã Phú Mỹ Đông năm 2028**

Căn cứ Kế hoạch số 96/KH-UBND ngày 28 tháng 11 năm 2027 của Ủy ban nhân dân tỉnh Tây Điền về chuyển đổi số năm 2028;

Căn cứ Nghị quyết số 31/NQ-HĐND ngày 20 tháng 12 năm 2027 của Hội đồng nhân dân xã Phú Mỹ Đông về nhiệm vụ phát triển kinh tế - xã hội năm 2028;

Ủy ban nhân dân xã ban hành Kế hoạch chuyển đổi số năm 2028 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Đẩy mạnh chuyển đổi số trong hoạt động của chính quyền xã, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.

**2. Mục tiêu cụ thể**

- 100% hồ sơ thủ tục hành chính của xã được tiếp nhận, giải quyết trên môi trường điện tử.
- Tỷ lệ người trưởng thành có tài khoản định danh điện tử mức độ 2 đạt 90%.
- 80% hộ gia đình sản xuất nông nghiệp được hướng dẫn bán hàng trên sàn thương mại điện tử.

**II. NHIỆM VỤ**

<table>
<thead>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
</thead>
<tbody>
<tr><td colspan="5"><strong>I. Hạ tầng và dữ liệu số</strong></td></tr>
<tr><td>1</td><td>Lắp đặt mạng wifi công cộng tại nhà văn hóa các ấp</td><td rowspan="2">Phòng Văn hóa - Xã hội</td><td>Viễn thông Tây Điền</td><td>Quý II/2028</td></tr>
<tr><td>2</td><td>Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực</td><td>Trung tâm Phục vụ hành chính công xã</td><td>Năm 2028</td></tr>
<tr><td colspan="5"><strong>II. Kinh tế số và xã hội số</strong></td></tr>
<tr><td>3</td><td>Hướng dẫn hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử</td><td>Phòng Kinh tế</td><td>Hội Nông dân xã<br>Đoàn Thanh niên xã</td><td>Năm 2028</td></tr>
<tr><td>4</td><td>Vận động người dân kích hoạt tài khoản định danh điện tử</td><td>Công an xã</td><td>Ban nhân dân các ấp</td><td>Quý I - Quý III/2028</td></tr>
</tbody>
</table>

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch là 1.150 triệu đồng, chi tiết như sau:

<table>
<tr><td colspan="5" align="right"><em>ĐVT: triệu đồng</em></td></tr>
<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung</th><th rowspan="2">Tổng số</th><th colspan="2">Nguồn kinh phí</th></tr>
<tr><th>Ngân sách xã</th><th>Xã hội hóa</th></tr>
<tr><td>1</td><td>Lắp đặt mạng wifi công cộng</td><td>420</td><td>120</td><td>300</td></tr>
<tr><td>2</td><td>Số hóa hồ sơ thủ tục hành chính</td><td>580</td><td>580</td><td>-</td></tr>
<tr><td>3</td><td>Tập huấn thương mại điện tử</td><td>150</td><td>90</td><td>60</td></tr>
<tr><td></td><td><strong>Tổng cộng</strong></td><td><strong>1.150</strong></td><td><strong>790</strong></td><td><strong>360</strong></td></tr>
</table>

**IV. TỔ CHỨC THỰC HIỆN**

**1. Phòng Văn hóa - Xã hội**

Là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân xã trước ngày 05 tháng 12 năm 2028.

**2. Phòng Kinh tế**

Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn hộ sản xuất tham gia thương mại điện tử.

**3. Công an xã**

Đẩy mạnh cấp và kích hoạt tài khoản định danh điện tử cho người dân.

<table>
<tr><td><strong><em>Nơi nhận:</em></strong><br>- UBND tỉnh Tây Điền (b/c);<br>- TT Đảng ủy, TT HĐND xã;<br>- Chủ tịch, các PCT UBND xã;<br>- Các phòng, đơn vị thuộc xã;<br>- Lưu: VT.</td>
<td align="center"><strong>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</strong><br><br><br><strong>Lâm Thị Bích Ngọc</strong></td></tr>
</table>
"""
    return text.encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 4. A newer portal's article page: inline <strong> headings, <sup> notes, attachments.

def vinhgiang() -> bytes:
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch phát triển phong trào thể dục, thể thao quần chúng tỉnh Vĩnh Giang giai đoạn 2026 - 2028 - Cổng thông tin điện tử tỉnh Vĩnh Giang</title>
<link rel="stylesheet" href="/themes/portal/css/main.min.css">
<script src="/themes/portal/js/vendor.min.js" defer></script>
</head>
<body class="page-article">
<header class="site-header"><div class="container"><a class="logo" href="/">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH GIANG</a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li></ul></nav></div></header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản</a></li><li>Văn bản chỉ đạo điều hành</li></ol>
<article class="article-detail">
<h1 class="article-title">Kế hoạch phát triển phong trào thể dục, thể thao quần chúng tỉnh Vĩnh Giang giai đoạn 2026 - 2028</h1>
<div class="article-meta"><span class="date">Thứ Hai, 18/05/2026 - 15:42</span> <span class="views">Lượt xem: 1.284</span>
<div class="share"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="zalo">Zalo</a> <a href="javascript:window.print()">In bài</a></div></div>
<div class="article-body">
<div class="doc-header" style="display:flex;justify-content:space-between">
<div style="text-align:center"><strong>ỦY BAN NHÂN DÂN<br>TỈNH VĨNH GIANG</strong><br>Số: 205/KH-UBND</div>
<div style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br><em>Vĩnh Giang, ngày 15 tháng 5 năm 2026</em></div>
</div>
<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>Phát triển phong trào thể dục, thể thao quần chúng tỉnh Vĩnh Giang giai đoạn 2026 - 2028</strong></p>
<p>Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006; Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao ngày 14 tháng 6 năm 2018<sup>1</sup>;</p>
<p>Căn cứ Quyết định số 1840/QĐ-UBND ngày 30 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Vĩnh Giang phê duyệt Đề án phát triển thể dục, thể thao tỉnh Vĩnh Giang đến năm 2030;</p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển phong trào thể dục, thể thao quần chúng giai đoạn 2026 - 2028 như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung:</strong> Phát triển phong trào thể dục, thể thao quần chúng rộng khắp, nâng cao sức khỏe, thể lực và tầm vóc của người dân.</p>
<p><strong>2. Mục tiêu cụ thể:</strong> Đến năm 2028:</p>
<div>- Tỷ lệ người dân tập luyện thể dục, thể thao thường xuyên đạt 38%<sup>2</sup>.</div>
<div>- Tỷ lệ gia đình thể thao đạt 28%.</div>
<div>- 100% xã, phường có câu lạc bộ thể dục, thể thao cơ sở hoạt động thường xuyên<sup>3</sup>.</div>
<p><strong>II. NHIỆM VỤ VÀ GIẢI PHÁP</strong></p>
<p>Các nhiệm vụ cụ thể được phân công như sau:</p>
<div class="table-responsive"><table class="table table-bordered" border="1" cellpadding="4">
<tbody>
<tr><td><strong>STT</strong></td><td><strong>Nhiệm vụ</strong></td><td><strong>Cơ quan chủ trì</strong></td><td><strong>Cơ quan phối hợp</strong></td><td><strong>Thời gian</strong></td></tr>
<tr><td>1</td><td>Tổ chức Đại hội Thể dục thể thao các cấp</td><td rowspan="2">Sở Văn hóa, Thể thao và Du lịch</td><td>Ủy ban nhân dân các xã, phường</td><td>2026 - 2027</td></tr>
<tr><td>2</td><td>Đào tạo, bồi dưỡng hướng dẫn viên, cộng tác viên thể dục, thể thao cơ sở</td><td>Trường Cao đẳng Văn hóa Nghệ thuật tỉnh</td><td>Hằng năm</td></tr>
<tr><td>3</td><td>Xây dựng, cải tạo sân thể thao tại các nhà văn hóa thôn, tổ dân phố</td><td>Ủy ban nhân dân các xã, phường</td><td>Sở Xây dựng<br>Sở Tài chính</td><td>2026 - 2028</td></tr>
<tr><td>4</td><td>Đẩy mạnh hoạt động thể thao trong trường học</td><td>Sở Giáo dục và Đào tạo</td><td>Tỉnh đoàn</td><td>Hằng năm</td></tr>
</tbody>
</table></div>
<p><strong>III. KINH PHÍ THỰC HIỆN</strong></p>
<p>Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 là 24.600 triệu đồng, trong đó: ngân sách tỉnh 18.600 triệu đồng; nguồn xã hội hóa 6.000 triệu đồng.</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p><strong>1. Sở Văn hóa, Thể thao và Du lịch:</strong> Chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.</p>
<p><strong>2. Sở Tài chính:</strong> Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.</p>
<p><strong>3. Sở Giáo dục và Đào tạo:</strong> Chỉ đạo các trường học đẩy mạnh giáo dục thể chất, hoạt động thể thao ngoại khóa.</p>
<p><strong>4. Ủy ban nhân dân các xã, phường:</strong> Bố trí quỹ đất, xây dựng thiết chế thể thao cơ sở; phát triển câu lạc bộ thể dục, thể thao.</p>
<div class="doc-footer" style="display:flex;justify-content:space-between">
<div><strong><em>Nơi nhận:</em></strong><br>- Bộ VHTTDL (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX.</div>
<div style="text-align:center"><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><em>(Đã ký)</em><br><br><strong>Đinh Quốc Hưng</strong></div>
</div>
<div class="footnotes"><hr>
<p><sup>1</sup> Luật Thể dục, thể thao số 77/2006/QH11 và Luật số 26/2018/QH14.</p>
<p><sup>2</sup> Năm 2025 đạt 34,2%.</p>
<p><sup>3</sup> Hiện có 84/97 xã, phường có câu lạc bộ hoạt động thường xuyên.</p>
</div>
</div>
<div class="attachments"><h3>Tệp đính kèm</h3><ul>
<li><a href="/uploads/2026/05/205-KH-UBND.signed.pdf" download>205-KH-UBND.signed.pdf</a> (1,2 MB)</li>
<li><a href="/uploads/2026/05/205-KH-UBND-phu-luc.xlsx" download>205-KH-UBND-phu-luc.xlsx</a> (38 KB)</li>
</ul></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin-tuc/giai-viet-da-tinh-2026">Khai mạc Giải Việt dã tỉnh Vĩnh Giang năm 2026</a> (12/05/2026)</li>
<li><a href="/tin-tuc/ngay-chay-olympic">Hơn 5.000 người tham gia Ngày chạy Olympic vì sức khỏe toàn dân</a> (28/03/2026)</li>
</ul></section>
</main>
<footer class="site-footer"><div class="container">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Vĩnh Giang<br>Địa chỉ: số 8 đường Trần Hưng Đạo, phường Vĩnh Giang<br>Điện thoại: 0280.3852.114</div></footer>
</body>
</html>
"""
    return page.encode("utf-8")


def main(out: str) -> None:
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / WORD_SECTIONS).write_bytes(_baoson_docx())
    (dest / WRITER_ODT).write_bytes(halam())
    (dest / STATIC_MD).write_bytes(phumydong())
    (dest / CMS_HTML).write_bytes(vinhgiang())


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0] if args else str(Path(__file__).parent / "raw"))
