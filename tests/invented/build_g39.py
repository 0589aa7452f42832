"""Invented documents of hold-out round G39, aimed at READER shapes other than G35's and G37's: how a real file of
each format carries a plan.

The documents:
- g39_tinh-phuocson: a province's one-year plan in Word (.docx) whose header (issuer, number, motto, date) sits in the
  first page's own page header (header part of a section with a title page, w:titlePg), not in the body, a page
  number in the other pages' header; the draft's tracked changes left in (w:del / w:ins runs: a basis's number, a
  target, the total; a deleted paragraph with its mark; a task row deleted and one inserted, w:trPr/w:del and
  w:trPr/w:ins), a reviewer's comments (comments.xml, one naming an amount) and a footnote on a target;
- g39_tinh-dongxuyen: a province's two-year plan printed to PDF by LibreOffice, a running footer "Trang N/M" on every
  page (fields), the budget annex on a landscape page stored as a portrait page turned by /Rotate 90 (its content
  drawn turned, as print drivers and PDF tools that merge pages leave it);
- g39_xa-thanhmy: a commune's plan as its portal shows it (.html): the page laid out by a table (banner, top menu,
  left menu, breadcrumb, the portal's title and metadata, a share bar), the document's lines split by <br> inside one
  <p> (header, bullets, recipients, signature), its task table typed with spaces inside <pre> (long cells wrapped
  onto continuation lines in their columns), then attachments, "Tin liên quan" (other plans' titles with numbers and
  dates), a comment form, a right column of links and a visit counter, the portal's footer;
- g39_sct-hoalam: a department's plan written in Google Docs and downloaded as .docx: Google's styles (Title,
  Heading 1-2, "normal"), headings numbered by numbering.xml (abstractNum levels "%1." upper Roman and "%2." decimal
  restarting), bullets "●" from numbering, tables whose w:tblGrid has no widths (gridCol without w:w) and whose
  cells carry dxa widths, soft line breaks (w:br) inside the signature and the header cells.

First pass (golds written by hand before the first extraction, commit d4ecd88; the 4 documents scored alone, code of
13d1cc0): micro 178/178/215 (0.906). Whole: the Word plan (first-page header part, tracked changes read as accepted,
comments and the footnote not read as text of the plan) 54/54/54, the turned PDF (the /Rotate 90 annex, 31 items, and
the "Trang N/M" footers) 78/78/78, the Google Docs plan 46/46/46 (header 12/12/12 in each). The portal page gives no
record (0/0/37): the ASP.NET WebForms <form> that wraps the whole page is dropped as site furniture
(formats/html._DROP_TAGS), "no document text". Without the <form> (a probe): 30/33/39, the layout table of three
columns whose side cells hold a small one-column table each (menu, links) taken for a data table with small nested
tables (html._is_wrapper / _holds_small_tables), the page flattened as a layout table: every line of the document a
table cell's (no responsibilities: responsibilities skips a table's cells) and the <pre>'s spacing collapsed; with the
page laid out in <div>s: 35/37/41, the <pre> task table's dash rule under its header ("--  -------  -----") ends the
text table (layout/grid._text_table_at: no row, the rows read as prose: titles run into the agencies' cells); with
neither (divs, no rule): 46/46/46.

As renditions (tests.invented.renditions --only g39_; docx and segmented make no file from these four formats):
html-text 26/30/37 (the page's text with <br> dropped, lines glued: "2. Chỉ tiêu cụ thể- 100% ...", "1. X: ...2. Y:
...", "TM. ỦY BAN NHÂN DÂNCHỦ TỊCH(Đã ký)Vàng Thị Mai"; the <pre> table under its dash rule lost as above),
pdf-layout 198/207/217 (the turned PDF's task table: a wrapped line whose task cell ends one space before the lead's
column, "sản phẩm hữu cơ cho nghiệp và", cuts the row and loses the rows after it; LibreOffice prints the tracked
changes' markup, both texts shown ("3334%", "0811/NQ-HĐND"), the rendition's own shape, and the footnote at the page
foot read as an objective "1 Năm 2027 ... 31,5% ... 19,2%"; Chromium clips the portal's fixed 1000px layout at the
paper's edge, text lost). Probed beside them (small files of their own, not in raw/): a bullet moved with tracked
moves (w:moveFrom / w:moveTo), the first page's header as two text boxes (DrawingML with its VML fallback) in the
header part, the annex turned by /Rotate 270, every page turned by /Rotate 90, and a searchable scan (Tesseract's
`-l vie pdf` of each page at 300 dpi, an image under an invisible text layer) read right; two misses: a tracked
deletion of a paragraph mark whose text stays (the two paragraphs one once the change is accepted: "... của Hội đồng
nhân dân tỉnh" / "Phước Sơn về ...") read as two paragraphs, the basis's issuer cut and its title lost (formats/docx);
a landscape annex drawn turned a quarter on a portrait page WITHOUT /Rotate (shown sideways) read transposed and
mirrored ("iốđ nốV", a glyph a line): its 31 items lost (formats/pdf).

Fixed by the lead in session 46 (tests/test_p46_portal_frame.py, test_p46_docx_deleted_mark.py,
test_p46_pdf_turned_page.py, test_p46_text_table_wrap_touch.py): a <form> that holds the document is a container, a
frame's content cell beside small tables makes a frame, a dash rule under a typed table's header is skipped (the
portal page 46/46/46, the round 224/224/224); a deleted paragraph mark joins its paragraph to the next; a page drawn a
quarter turned with no /Rotate is read turned upright (the probe 47/47/78 -> 78/78/78); a wrapped task line touching
the lead's column is cut where the column starts.

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g39
OUTDIR` writes every file; the .pdf needs soffice and pypdfium2 (the files in raw/ are the ones the golds were
written against).
"""

from __future__ import annotations

import ctypes
import html
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _pdf
from tests.probes.tables_docx import _table
from tests.renditions.producers import _field
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WHEN = 'w:author="Nguyen Van Tham" w:date="2028-06-12T09:30:00Z"'

# ---------------------------------------------------------------------------
# 1. A province's plan in Word: header in the first page's header part, tracked changes, comments, a footnote.

WORD_DOC = "g39_tinh-phuocson_132-kh-ubnd_2028_word-dau-trang-sua-doi.docx"

_ids = iter(range(100, 1000))


def _runs(parts: list[tuple[str | None, str]], rpr: str = "") -> str:
    """Runs of a paragraph: (None, text) plain, ("del", text) deleted, ("ins", text) inserted,
    ("c<n>", text) plain text commented by comment n; `rpr` the runs' properties."""
    out = []
    for kind, text in parts:
        t = html.escape(text, quote=False)
        if kind == "del":
            out.append(f'<w:del w:id="{next(_ids)}" {WHEN}><w:r>{rpr}<w:delText xml:space="preserve">{t}'
                       f'</w:delText></w:r></w:del>')
        elif kind == "ins":
            out.append(f'<w:ins w:id="{next(_ids)}" {WHEN}><w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>'
                       f'</w:ins>')
        elif kind and kind.startswith("c"):
            n = kind[1:]
            out.append(f'<w:commentRangeStart w:id="{n}"/><w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>'
                       f'<w:commentRangeEnd w:id="{n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{n}"/></w:r>')
        else:
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>')
    return "".join(out)


def _append_runs(p_el, parts, rpr: str = "") -> None:
    from docx.oxml import parse_xml
    for el in list(parse_xml(f"<w:p {W_NS}>{_runs(parts, rpr)}</w:p>")):
        p_el.append(el)


def _tracked(doc, parts, *, italic=False, deleted_mark=False):
    """A justified paragraph of tracked runs; `deleted_mark`: its paragraph mark deleted too (the whole
    paragraph gone once the changes are accepted)."""
    from docx.oxml import parse_xml
    p = _paragraph(doc, "", justify=True)
    p._p.remove(p.runs[0]._r)
    _append_runs(p._p, parts, "<w:rPr><w:i/></w:rPr>" if italic else "")
    if deleted_mark:
        p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{next(_ids)}" {WHEN}/></w:rPr>'))
    return p


COMMENTS_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W_NS}>
<w:comment w:id="1" {WHEN} w:initials="NVT"><w:p><w:r><w:t xml:space="preserve">Đề nghị Sở Tài chính rà soát lại, \
dự thảo lần 1 ghi 3.150 triệu đồng từ ngân sách tỉnh.</w:t></w:r></w:p></w:comment>
<w:comment w:id="2" {WHEN} w:initials="NVT"><w:p><w:r><w:t xml:space="preserve">Bổ sung Công an tỉnh phối hợp \
theo ý kiến của Sở Nội vụ tại Văn bản số 812/SNV-CCVC.</w:t></w:r></w:p></w:comment>
</w:comments>"""

FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W_NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> Năm 2027 toàn tỉnh có 31,5% dân số tập luyện thể dục, thể thao thường xuyên \
và 19,2% số hộ gia đình được công nhận gia đình thể thao.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

DOC_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["1", "Tuyên truyền, vận động Nhân dân tham gia tập luyện thể dục, thể thao", "Sở Văn hóa, Thể thao và Du lịch",
     "Báo Phước Sơn; Đài Phát thanh và Truyền hình tỉnh", "Thường xuyên"],
    ["2", "Tổ chức Đại hội Thể dục thể thao cấp xã", "Ủy ban nhân dân các xã, phường",
     "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2028"],
    ["3", "Xây dựng sân thể thao đa năng tại các thôn, tổ dân phố", "Ủy ban nhân dân các xã, phường",
     "Sở Xây dựng; Sở Tài chính", "Quý IV/2028"],
    ["4", "Duy trì các câu lạc bộ thể thao trong trường học", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn Phước Sơn",
     "Năm học 2027 - 2028"],
]
DELETED_ROW = ["3", "Khảo sát nhu cầu tập luyện của người cao tuổi", "Hội Người cao tuổi tỉnh",
               "Sở Y tế", "Quý II/2028"]  # deleted in review, between rows 2 and 3 (the later rows renumbered)
INSERTED_ROW = ["5", "Tổ chức Giải chạy việt dã Báo Phước Sơn mở rộng", "Báo Phước Sơn",
                "Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh", "Tháng 11/2028"]


def _row_xml(cells: list[str], widths: list[float], kind: str) -> str:
    from docx.shared import Cm
    tcs = []
    for text, w in zip(cells, widths):
        wrap = (f'<w:del w:id="{next(_ids)}" {WHEN}><w:r><w:delText xml:space="preserve">{html.escape(text)}'
                f'</w:delText></w:r></w:del>' if kind == "del" else
                f'<w:ins w:id="{next(_ids)}" {WHEN}><w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'
                f'</w:ins>')
        mark = f'<w:rPr><w:{kind} w:id="{next(_ids)}" {WHEN}/></w:rPr>'
        tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{int(Cm(w).twips)}" w:type="dxa"/></w:tcPr>'
                   f'<w:p><w:pPr>{mark}</w:pPr>{wrap}</w:p></w:tc>')
    return (f'<w:tr {W_NS}><w:trPr><w:{kind} w:id="{next(_ids)}" {WHEN}/></w:trPr>' + "".join(tcs) + "</w:tr>")


def _task_table(doc) -> None:
    from docx.oxml import parse_xml
    widths = [1.0, 5.6, 3.4, 3.8, 2.6]
    table = _table(doc, DOC_TASKS)
    _widths(table, widths)
    rows = table._tbl.tr_lst
    rows[2].addnext(parse_xml(_row_xml(DELETED_ROW, widths, "del")))
    rows[-1].addnext(parse_xml(_row_xml(INSERTED_ROW, widths, "ins")))
    # the reviewer renumbered the rows after the deleted one: the old number deleted, the new inserted
    from docx.oxml.ns import qn
    for tr, old in ((rows[3], "4"), (rows[4], "5")):
        p = tr.tc_lst[0].find(qn("w:p"))
        for r in p.findall(qn("w:r")):
            p.remove(r)
        _append_runs(p, [("del", old), ("ins", str(int(old) - 1))])


def _first_page_header(doc) -> None:
    """The header table in the first page's header part (a title page of its own), a page number in the
    other pages' header."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header_distance = Cm(1.0)
    section.top_margin = Cm(6.2)  # the first page's body starts under the header table
    head = section.first_page_header
    table = head.add_table(rows=1, cols=2, width=Cm(16))
    _set_cell_borders(table, on=False)
    _widths(table, [6.5, 9.5])
    _cell_lines(table.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH PHƯỚC SƠN", "-------", "Số: 132/KH-UBND"],
                bold_upto=2, size=12)
    _cell_lines(table.cell(0, 1), [*MOTTO, "Phước Sơn, ngày 16 tháng 6 năm 2028"], bold_upto=2, size=12,
                italic_last=True)
    page = section.header.paragraphs[0]
    page.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(page, "PAGE")


def _comments_and_notes(doc) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    notes = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 FOOTNOTES_XML.encode("utf-8"), doc.part.package)
    doc.part.relate_to(notes, RT.FOOTNOTES)
    comments = Part(PackURI("/word/comments.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                    COMMENTS_XML.encode("utf-8"), doc.part.package)
    doc.part.relate_to(comments, RT.COMMENTS)


def word_doc() -> bytes:
    from docx.oxml import parse_xml
    doc = _new()
    _first_page_header(doc)
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển phong trào thể dục, thể thao quần chúng tỉnh Phước Sơn năm 2028", bold=True,
               center=True)
    _paragraph(doc, "Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006; Luật sửa đổi, bổ sung một số điều "
                    "của Luật Thể dục, thể thao ngày 14 tháng 6 năm 2018;", italic=True, justify=True)
    _tracked(doc, [(None, "Căn cứ Nghị quyết số "), ("del", "08"), ("ins", "11"),
                   (None, "/NQ-HĐND ngày 08 tháng 12 năm 2027 của Hội đồng nhân dân tỉnh Phước Sơn về nhiệm vụ "
                          "phát triển kinh tế - xã hội năm 2028;")], italic=True)
    _tracked(doc, [("del", "Căn cứ Công văn số 455/BVHTTDL-TDTT ngày 20 tháng 02 năm 2026 của Bộ Văn hóa, Thể "
                           "thao và Du lịch về hướng dẫn tổ chức Đại hội Thể dục thể thao các cấp;")],
             italic=True, deleted_mark=True)
    _paragraph(doc, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển phong trào thể dục, thể thao quần chúng năm "
                    "2028 như sau:", justify=True)
    _paragraph(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, justify=True)
    _paragraph(doc, "1. Đẩy mạnh phong trào \"Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại\", nâng cao sức "
                    "khỏe, thể lực và tầm vóc của người dân.", justify=True)
    _paragraph(doc, "2. Huy động các nguồn lực xã hội tham gia phát triển thể dục, thể thao quần chúng.", justify=True)
    _paragraph(doc, "II. MỤC TIÊU", bold=True, justify=True)
    _paragraph(doc, "1. Mục tiêu chung", bold=True, justify=True)
    _paragraph(doc, "Phát triển phong trào thể dục, thể thao quần chúng rộng khắp, đa dạng về hình thức, góp phần "
                    "nâng cao chất lượng cuộc sống của Nhân dân.", justify=True)
    _paragraph(doc, "2. Chỉ tiêu cụ thể năm 2028", bold=True, justify=True)
    p = _tracked(doc, [(None, "- Tỷ lệ dân số tập luyện thể dục, thể thao thường xuyên đạt "), ("del", "33"),
                       ("ins", "34"), (None, "%")])
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="1"/></w:r>'))
    _append_runs(p._p, [(None, ";")])
    _paragraph(doc, "- Số hộ gia đình thể thao đạt 21% tổng số hộ;", justify=True)
    _tracked(doc, [(None, "- Có ít nhất "), ("del", "120"), ("ins", "150"),
                   (None, " câu lạc bộ thể thao cơ sở hoạt động thường xuyên;")])
    _paragraph(doc, "- 100% trường học tổ chức giờ học thể dục nội khóa theo chương trình.", justify=True)
    _paragraph(doc, "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True, justify=True)
    _tracked(doc, [(None, "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành "),
                   ("c2", "tại bảng sau"), (None, ":")])
    _task_table(doc)
    _paragraph(doc, "IV. KINH PHÍ THỰC HIỆN", bold=True, justify=True)
    _tracked(doc, [(None, "Tổng kinh phí thực hiện Kế hoạch năm 2028 là "), ("del", "3.650"), ("ins", "2.940"),
                   (None, " triệu đồng, trong đó: "),
                   ("c1", "ngân sách tỉnh 2.440 triệu đồng"), (None, "; nguồn xã hội hóa 500 triệu đồng.")])
    _paragraph(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True, justify=True)
    _paragraph(doc, "1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch; tổng "
                    "hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2028.", justify=True)
    _paragraph(doc, "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.", justify=True)
    _tracked(doc, [("del", "3. Sở Y tế: Phối hợp hướng dẫn chế độ dinh dưỡng, chăm sóc sức khỏe cho vận động viên.")],
             deleted_mark=True)
    _tracked(doc, [("ins", "3. Sở Giáo dục và Đào tạo: Chỉ đạo các trường học đẩy mạnh hoạt động thể thao học "
                           "đường.")])
    _paragraph(doc, "4. Ủy ban nhân dân các xã, phường: Xây dựng kế hoạch của địa phương; bố trí quỹ đất, kinh phí "
                    "xây dựng sân chơi, bãi tập cho Nhân dân.", justify=True)
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;",
                  "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Thị Thu Hiền"])
    _comments_and_notes(doc)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's plan printed to PDF by LibreOffice: "Trang N/M" footer, an annex page turned by /Rotate 90.

TURNED_PDF = "g39_tinh-dongxuyen_58-kh-ubnd_2029_pdf-phu-luc-xoay-trang.pdf"

PDF_BODY = [
    ("i", "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;"),
    ("i", "Căn cứ Quyết định số 226/QĐ-UBND ngày 15 tháng 01 năm 2029 của Ủy ban nhân dân tỉnh Đông Xuyên phê "
          "duyệt Đề án phát triển nông nghiệp hữu cơ tỉnh Đông Xuyên đến năm 2030;"),
    (None, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển nông nghiệp hữu cơ giai đoạn 2029 - 2030 như sau:"),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    (None, "1. Cụ thể hóa các nhiệm vụ của Đề án phát triển nông nghiệp hữu cơ tỉnh Đông Xuyên đến năm 2030."),
    (None, "2. Phân công rõ trách nhiệm của các cơ quan, đơn vị; bảo đảm sự phối hợp chặt chẽ trong tổ chức thực "
           "hiện."),
    ("b", "II. MỤC TIÊU"),
    ("b", "1. Mục tiêu chung"),
    (None, "Phát triển sản xuất nông nghiệp hữu cơ theo chuỗi giá trị, nâng cao giá trị gia tăng, bảo vệ môi trường "
           "sinh thái và sức khỏe người tiêu dùng."),
    ("b", "2. Mục tiêu cụ thể đến năm 2030"),
    (None, "- Diện tích canh tác hữu cơ đạt 2.500 ha;"),
    (None, "- Có ít nhất 40 cơ sở sản xuất được cấp giấy chứng nhận sản phẩm hữu cơ;"),
    (None, "- Giá trị sản phẩm nông nghiệp hữu cơ chiếm 5% tổng giá trị sản xuất nông nghiệp;"),
    (None, "- 100% cơ sở sản xuất hữu cơ được truy xuất nguồn gốc sản phẩm."),
    ("b", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    (None, "Nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian thực hiện tại bảng sau:"),
    ("table", None),
    ("b", "IV. KINH PHÍ THỰC HIỆN"),
    (None, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2029 - 2030 là 27.800 triệu đồng, trong đó: ngân sách tỉnh "
           "18.300 triệu đồng; vốn lồng ghép chương trình mục tiêu quốc gia 6.000 triệu đồng; vốn đối ứng của "
           "doanh nghiệp, hợp tác xã 3.500 triệu đồng (chi tiết tại Phụ lục kèm theo)."),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    (None, "1. Sở Nông nghiệp và Môi trường: Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo "
           "cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 hằng năm."),
    (None, "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
    (None, "3. Sở Công Thương: Hỗ trợ xúc tiến thương mại, kết nối tiêu thụ sản phẩm nông nghiệp hữu cơ."),
    (None, "4. Ủy ban nhân dân các xã, phường: Quy hoạch vùng sản xuất hữu cơ; vận động người dân, hợp tác xã tham "
           "gia."),
]

PDF_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["1", "Rà soát, xác định vùng sản xuất nông nghiệp hữu cơ tập trung", "Sở Nông nghiệp và Môi trường",
     "Ủy ban nhân dân các xã, phường", "Năm 2029"],
    ["2", "Hỗ trợ chứng nhận sản phẩm hữu cơ cho cơ sở sản xuất", "Sở Nông nghiệp và Môi trường",
     "Sở Khoa học và Công nghệ", "2029 - 2030"],
    ["3", "Xúc tiến thương mại, kết nối tiêu thụ sản phẩm hữu cơ", "Sở Công Thương",
     "Hiệp hội Doanh nghiệp tỉnh", "Hằng năm"],
    ["4", "Đào tạo, tập huấn kỹ thuật canh tác hữu cơ cho nông dân", "Hội Nông dân tỉnh",
     "Trung tâm Khuyến nông tỉnh", "Hằng năm"],
]

ANNEX_ROWS = [
    ["TT", "Nội dung", "Tổng số", "Năm 2029", "Năm 2030", "Ngân sách tỉnh", "Vốn lồng ghép", "Vốn đối ứng"],
    ["1", "Rà soát, quy hoạch vùng sản xuất hữu cơ", "1.800", "1.200", "600", "1.800", "-", "-"],
    ["2", "Hỗ trợ chứng nhận sản phẩm hữu cơ", "6.500", "3.000", "3.500", "4.500", "2.000", "-"],
    ["3", "Xúc tiến thương mại, kết nối tiêu thụ", "4.200", "2.000", "2.200", "3.000", "-", "1.200"],
    ["4", "Đào tạo, tập huấn kỹ thuật canh tác hữu cơ", "3.300", "1.500", "1.800", "2.300", "1.000", "-"],
    ["5", "Hỗ trợ xây dựng mô hình sản xuất hữu cơ liên kết chuỗi", "12.000", "5.500", "6.500", "6.700", "3.000",
     "2.300"],
    ["", "Tổng cộng", "27.800", "13.200", "14.600", "18.300", "6.000", "3.500"],
]


def _footer_pages(doc) -> None:
    """"Trang N/M" at the foot of every page (Word fields)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for section in doc.sections:
        section.footer.is_linked_to_previous = section is not doc.sections[0]
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Trang ")
    _field(foot, "PAGE")
    foot.add_run("/")
    _field(foot, "NUMPAGES")


def turned_docx() -> bytes:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG XUYÊN", "-------", "Số: 58/KH-UBND"],
            [*MOTTO, "Đông Xuyên, ngày 05 tháng 3 năm 2029"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển nông nghiệp hữu cơ tỉnh Đông Xuyên giai đoạn 2029 - 2030", bold=True, center=True)
    for kind, text in PDF_BODY:
        if kind == "table":
            _widths(_table(doc, PDF_TASKS), [1.0, 5.6, 3.4, 3.6, 2.4])
        else:
            _paragraph(doc, text, bold=kind == "b", italic=kind == "i", justify=True)
    closing(doc, ["- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ngành: NNMT, TC, CT;", "- UBND các xã, phường;",
                  "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Minh Khoa"])
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _paragraph(doc, "Phụ lục", bold=True, center=True)
    _paragraph(doc, "KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ GIAI ĐOẠN 2029 - 2030", bold=True,
               center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 58/KH-UBND ngày 05/3/2029 của Ủy ban nhân dân tỉnh Đông Xuyên)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    _widths(_table(doc, ANNEX_ROWS), [1.0, 8.0, 2.4, 2.4, 2.4, 2.6, 2.6, 2.6])
    _paragraph(doc, "")
    _footer_pages(doc)
    return _save(doc)


def _turn_landscape_pages(data: bytes) -> bytes:
    """Each landscape page stored as a portrait page shown turned by /Rotate 90: its content drawn turned a
    quarter (the matrix 0 1 -1 0 h 0), its boxes portrait, its /Rotate 90 (the page looks as before)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c
    pdf = pdfium.PdfDocument(data)
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        if w <= h:
            continue
        matrix = c.FS_MATRIX(0, 1, -1, 0, h, 0)
        clip = c.FS_RECTF(0, w, h, 0)
        assert c.FPDFPage_TransFormWithClip(page.raw, ctypes.byref(matrix), ctypes.byref(clip))
        c.FPDFPage_SetMediaBox(page.raw, 0, 0, h, w)
        c.FPDFPage_SetCropBox(page.raw, 0, 0, h, w)
        c.FPDFPage_SetRotation(page.raw, 1)
    import io
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 3. A commune's plan on its portal page: a layout table around it, <br> lines, a task table in <pre> (.html).

PORTAL = "g39_xa-thanhmy_41-kh-ubnd_2027_cong-thong-tin-bang-bo-cuc.html"

PRE_TABLE = """\
TT  Nội dung công việc              Chủ trì                 Phối hợp                  Thời gian
--  ------------------------------  ----------------------  ------------------------  ---------------
1   Tuyên truyền về phòng, chống    Công chức Văn hóa -     Đài Truyền thanh xã;      Tháng 4/2027
    đuối nước cho trẻ em            Xã hội                  các thôn, bản
2   Tổ chức lớp dạy bơi an toàn     Trường Trung học cơ     Đoàn Thanh niên xã        Tháng 6 - 7/2027
    cho học sinh                    sở Thạnh Mỹ
3   Rà soát, cắm biển cảnh báo tại  Công an xã              Ban Chỉ huy Quân sự xã    Quý II/2027
    ao, hồ, sông, suối nguy hiểm
4   Kiểm tra, giám sát các điểm     Trạm Y tế xã            Hội Liên hiệp Phụ nữ xã   Thường xuyên
    vui chơi, hồ bơi trên địa bàn
"""

PORTAL_HTML = """\
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Kế hoạch phòng, chống đuối nước cho trẻ em năm 2027 - Cổng thông tin điện tử xã Thạnh Mỹ</title>
<link rel="stylesheet" type="text/css" href="/Portals/_default/skins/xathanhmy/skin.css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']); _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<form name="Form" method="post" action="/tin-tuc/van-ban/ke-hoach-41" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="main">
  <tr>
    <td colspan="3" class="banner"><img src="/images/banner.jpg" alt="CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠNH MỸ - TỈNH BÌNH LÂM" width="1000" height="150" /></td>
  </tr>
  <tr>
    <td colspan="3" class="topmenu">
      <a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> |
      <a href="/van-ban">Văn bản</a> | <a href="/thu-tuc">Thủ tục hành chính</a> | <a href="/hoi-dap">Hỏi đáp</a> |
      <a href="/lien-he">Liên hệ</a>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" class="leftcol">
      <table width="100%" border="0" cellspacing="0" cellpadding="2">
        <tr><td class="boxtitle">DANH MỤC</td></tr>
        <tr><td><a href="/gioi-thieu">Giới thiệu chung</a></td></tr>
        <tr><td><a href="/to-chuc">Cơ cấu tổ chức</a></td></tr>
        <tr><td><a href="/van-ban/chi-dao">Văn bản chỉ đạo, điều hành</a></td></tr>
        <tr><td><a href="/van-ban/ke-hoach">Kế hoạch</a></td></tr>
        <tr><td><a href="/ngan-sach">Công khai ngân sách</a></td></tr>
        <tr><td><a href="/quy-hoach">Quy hoạch - Kế hoạch</a></td></tr>
      </table>
    </td>
    <td width="580" valign="top" class="content">
      <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; <a href="/van-ban/ke-hoach">Kế hoạch</a></div>
      <h1 class="title">Kế hoạch phòng, chống đuối nước cho trẻ em trên địa bàn xã Thạnh Mỹ năm 2027</h1>
      <div class="meta">Ngày đăng: 08/04/2027 15:42 | Người đăng: Văn phòng HĐND - UBND | Lượt xem: 318</div>
      <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> | <a href="#">In bài viết</a> | <a href="#">Gửi email</a> | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div>
      <div class="body">
<p style="text-align:center"><strong>ỦY BAN NHÂN DÂN<br />XÃ THẠNH MỸ</strong><br />-------<br />Số: 41/KH-UBND</p>
<p style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</strong><br />---------------<br /><em>Thạnh Mỹ, ngày 06 tháng 4 năm 2027</em></p>
<p style="text-align:center"><strong>KẾ HOẠCH<br />Phòng, chống đuối nước cho trẻ em trên địa bàn xã Thạnh Mỹ năm 2027</strong></p>
<p><em>Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;<br />Thực hiện Kế hoạch số 57/KH-UBND ngày 18 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Bình Lâm về phòng, chống tai nạn thương tích, đuối nước cho trẻ em năm 2027;</em></p>
<p>Ủy ban nhân dân xã Thạnh Mỹ xây dựng Kế hoạch phòng, chống đuối nước cho trẻ em trên địa bàn xã năm 2027, cụ thể như sau:</p>
<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong><br />1. Nâng cao nhận thức, kỹ năng của gia đình, nhà trường và cộng đồng trong phòng, chống đuối nước cho trẻ em.<br />2. Huy động sự tham gia của các ban, ngành, đoàn thể và Nhân dân.</p>
<p><strong>II. MỤC TIÊU</strong><br /><strong>1. Mục tiêu chung</strong><br />Giảm số trẻ em bị đuối nước, tạo môi trường sống an toàn cho trẻ em trên địa bàn xã.</p>
<p><strong>2. Chỉ tiêu cụ thể</strong><br />- 100% thôn, bản được tuyên truyền về phòng, chống đuối nước cho trẻ em;<br />- Ít nhất 70% học sinh tiểu học và trung học cơ sở được học kỹ năng bơi an toàn;<br />- Cắm 25 biển cảnh báo tại các điểm có nguy cơ đuối nước;<br />- Không để xảy ra trường hợp trẻ em tử vong do đuối nước.</p>
<p><strong>III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</strong></p>
<pre>
{pre}</pre>
<p><strong>IV. KINH PHÍ THỰC HIỆN</strong><br />Tổng kinh phí thực hiện Kế hoạch là 165 triệu đồng, trong đó: ngân sách xã 120 triệu đồng; nguồn xã hội hóa 45 triệu đồng.</p>
<p><strong>V. TỔ CHỨC THỰC HIỆN</strong><br /><strong>1. Công chức Văn hóa - Xã hội:</strong> Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp, báo cáo kết quả trước ngày 15/12/2027.<br /><strong>2. Công an xã:</strong> Rà soát các điểm nguy hiểm, phối hợp cắm biển cảnh báo.<br /><strong>3. Trạm Y tế xã:</strong> Hướng dẫn kỹ năng sơ cứu, cấp cứu người bị đuối nước.<br /><strong>4. Đoàn Thanh niên xã:</strong> Tổ chức các hoạt động hè an toàn cho thiếu nhi.</p>
<p><strong><em>Nơi nhận:</em></strong><br />- UBND tỉnh Bình Lâm (b/c);<br />- Sở Y tế tỉnh;<br />- TT Đảng ủy, TT HĐND xã;<br />- Các ban, ngành, đoàn thể xã;<br />- Lưu: VT.</p>
<p style="text-align:right"><strong>TM. ỦY BAN NHÂN DÂN<br />CHỦ TỊCH</strong><br /><br />(Đã ký)<br /><br /><strong>Vàng Thị Mai</strong></p>
      </div>
      <div class="attach">Tập tin đính kèm: <a href="/Uploads/2027/4/KH41-UBND.pdf">KH41-UBND.pdf</a> (235 KB)</div>
      <div class="related">
        <h3>Tin liên quan</h3>
        <ul>
          <li><a href="/van-ban/ke-hoach-35">Kế hoạch số 35/KH-UBND ngày 12/3/2027 về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027</a> (13/03/2027)</li>
          <li><a href="/van-ban/ke-hoach-22">Kế hoạch số 22/KH-UBND ngày 20/02/2027 về tổ chức Tháng hành động vì trẻ em năm 2027</a> (21/02/2027)</li>
          <li><a href="/tin-tuc/tap-huan">Tập huấn kỹ năng sơ cấp cứu cho 120 học sinh</a> (05/01/2027)</li>
        </ul>
      </div>
      <div class="comment">
        <h3>Ý kiến bạn đọc</h3>
        <table border="0" cellpadding="2">
          <tr><td>Họ và tên (*)</td><td><input type="text" name="ten" /></td></tr>
          <tr><td>Email</td><td><input type="text" name="email" /></td></tr>
          <tr><td>Nội dung (*)</td><td><textarea name="noidung" rows="4" cols="40"></textarea></td></tr>
          <tr><td>Mã xác nhận</td><td><input type="text" name="captcha" /> <img src="/captcha.ashx" alt="" /></td></tr>
          <tr><td></td><td><input type="submit" value="Gửi ý kiến" /> <input type="reset" value="Nhập lại" /></td></tr>
        </table>
      </div>
    </td>
    <td width="220" valign="top" class="rightcol">
      <table width="100%" border="0" cellspacing="0" cellpadding="2">
        <tr><td class="boxtitle">LIÊN KẾT WEBSITE</td></tr>
        <tr><td><a href="#">Cổng thông tin điện tử tỉnh Bình Lâm</a></td></tr>
        <tr><td><a href="#">Dịch vụ công trực tuyến</a></td></tr>
        <tr><td class="boxtitle">THỐNG KÊ TRUY CẬP</td></tr>
        <tr><td>Đang truy cập: 12<br />Tổng lượt truy cập: 1.254.367</td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer">Bản quyền thuộc Ủy ban nhân dân xã Thạnh Mỹ, tỉnh Bình Lâm<br />Địa chỉ: Thôn Bản Chang, xã Thạnh Mỹ, tỉnh Bình Lâm - Điện thoại: 0216.3856.123<br />Chịu trách nhiệm chính: Chủ tịch Ủy ban nhân dân xã</td>
  </tr>
</table>
</form>
</body>
</html>
"""


def portal_html() -> bytes:
    return PORTAL_HTML.replace("{pre}", html.escape(PRE_TABLE, quote=False)).encode("utf-8")


# ---------------------------------------------------------------------------
# 4. A department's plan written in Google Docs, downloaded as .docx.

GDOCS = "g39_sct-hoalam_76-kh-sct_2030_google-docs-danh-so.docx"

GD_NUMBERING = f"""<w:abstractNum {W_NS} w:abstractNumId="91">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:b/><w:u w:val="none"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:b/><w:u w:val="none"/></w:rPr></w:lvl>
</w:abstractNum>"""
GD_BULLETS = f"""<w:abstractNum {W_NS} w:abstractNumId="92">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>
</w:abstractNum>"""
GD_NUM = [f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="91"/></w:num>',
          f'<w:num {W_NS} w:numId="92"><w:abstractNumId w:val="92"/></w:num>']

# (kind, text): "h1" Heading 1 numbered I., II.; "h2" Heading 2 numbered 1., 2. (restarting under each h1);
# "b" a bullet "●"; "i" italic; None a normal paragraph
GD_BODY = [
    ("i", "Căn cứ Quyết định số 19/2025/QĐ-UBND ngày 30 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Hòa Lâm quy định "
          "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương tỉnh Hòa Lâm;"),
    ("i", "Thực hiện Kế hoạch số 204/KH-UBND ngày 28 tháng 12 năm 2029 của Ủy ban nhân dân tỉnh Hòa Lâm về phát "
          "triển thương mại điện tử năm 2030;"),
    (None, "Sở Công Thương xây dựng Kế hoạch phát triển thương mại điện tử năm 2030 như sau:"),
    ("h1", "MỤC TIÊU"),
    ("h2", "Mục tiêu chung"),
    (None, "Thúc đẩy ứng dụng thương mại điện tử trong doanh nghiệp, hợp tác xã và hộ kinh doanh, mở rộng kênh "
           "tiêu thụ sản phẩm của tỉnh trên môi trường số."),
    ("h2", "Chỉ tiêu cụ thể năm 2030"),
    ("b", "Doanh số thương mại điện tử bán lẻ tăng 20% so với năm 2029;"),
    ("b", "Có ít nhất 300 doanh nghiệp, hợp tác xã tham gia sàn thương mại điện tử;"),
    ("b", "80% cơ sở bán lẻ chấp nhận thanh toán không dùng tiền mặt;"),
    ("b", "Tổ chức 04 lớp tập huấn kỹ năng kinh doanh trực tuyến."),
    ("h1", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    (None, "Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện như sau:"),
    ("table", None),
    ("h1", "KINH PHÍ THỰC HIỆN"),
    (None, "Kinh phí thực hiện Kế hoạch là 1.260 triệu đồng từ nguồn ngân sách tỉnh năm 2030 giao Sở Công Thương, "
           "trong đó kinh phí khuyến công 420 triệu đồng, kinh phí xúc tiến thương mại 840 triệu đồng."),
    ("h1", "TỔ CHỨC THỰC HIỆN"),
    ("h2", "Phòng Quản lý thương mại"),
    (None, "Chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở trước ngày 10 tháng 12 năm "
           "2030."),
    ("h2", "Văn phòng Sở"),
    (None, "Bố trí kinh phí, hướng dẫn thanh toán, quyết toán theo quy định."),
    ("h2", "Trung tâm Khuyến công và Xúc tiến thương mại"),
    (None, "Tổ chức các hoạt động xúc tiến thương mại trên nền tảng số; hỗ trợ doanh nghiệp xây dựng gian hàng trực "
           "tuyến."),
]

GD_TASKS = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Tuyên truyền, phổ biến lợi ích của thương mại điện tử", "Văn phòng Sở",
     "Báo Hòa Lâm; Đài Phát thanh và Truyền hình tỉnh", "Quý I/2030"],
    ["2", "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
     "Trung tâm Khuyến công và Xúc tiến thương mại", "Liên minh Hợp tác xã tỉnh", "Quý II - III/2030"],
    ["3", "Tập huấn kỹ năng kinh doanh trực tuyến", "Phòng Quản lý thương mại", "Hội Doanh nhân trẻ tỉnh",
     "Quý III/2030"],
    ["4", "Kiểm tra, xử lý vi phạm trong thương mại điện tử", "Phòng Quản lý thương mại",
     "Công an tỉnh; Sở Khoa học và Công nghệ", "Thường xuyên"],
]


def _gd_styles(doc) -> None:
    """Google's names: "normal" for Normal, Title, Heading 1 and 2 in the document's font."""
    from docx.shared import Pt
    for name in ("Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(13)
        style.font.bold = True
        style.font.color.rgb = None
        style.font.italic = False
    doc.styles["Normal"].font.size = Pt(13)


def _gd_numbering(doc) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    root = doc.part.numbering_part.element
    first_num = root.find(qn("w:num"))
    for abstract in (GD_NUMBERING, GD_BULLETS):
        if first_num is not None:
            first_num.addprevious(parse_xml(abstract))
        else:
            root.append(parse_xml(abstract))
    for num in GD_NUM:
        root.append(parse_xml(num))


def _gd_numbered(doc, text: str, style: str, num: int, level: int):
    from docx.oxml import parse_xml
    p = doc.add_paragraph(style=style)
    p.add_run(text)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/>'
                                           f'</w:numPr>'))
    return p


def _gd_table(doc, rows: list[list[str]], widths_twips: list[int], borders=True, lines=None):
    """A Google Docs table: w:tblGrid's gridCol without widths, cells with dxa widths; `lines` puts soft line
    breaks (w:br) between a cell's lines instead of paragraphs."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        table.style = "Table Grid"
    else:
        _set_cell_borders(table, on=False)
    for col in table._tbl.tblGrid.gridCol_lst:
        if col.get(qn("w:w")) is not None:
            del col.attrib[qn("w:w")]
    tblw = table._tbl.tblPr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:w"), str(sum(widths_twips)))
        tblw.set(qn("w:type"), "dxa")
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            tc_pr = cell._tc.get_or_add_tcPr()
            for old in tc_pr.findall(qn("w:tcW")):
                tc_pr.remove(old)
            tc_pr.insert(0, parse_xml(f'<w:tcW {W_NS} w:w="{widths_twips[c]}" w:type="dxa"/>'))
            p = cell.paragraphs[0]
            parts = text.split("\n")
            for k, line in enumerate(parts):
                run = p.add_run(line)
                if lines and k < lines.get((r, c), 0):
                    run.bold = True
                if k < len(parts) - 1:
                    run.add_break()
            if not borders and not text.startswith("Nơi nhận"):
                from docx.enum.text import WD_ALIGN_PARAGRAPH
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif r == 0:
                for run in p.runs:
                    run.bold = True
    return table


def gdocs_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = _new()
    _gd_styles(doc)
    _gd_numbering(doc)
    _gd_table(doc, [["UBND TỈNH HÒA LÂM\nSỞ CÔNG THƯƠNG\n\nSố: 76/KH-SCT",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                     "Hòa Lâm, ngày 08 tháng 01 năm 2030"]],
              [3900, 5460], borders=False, lines={(0, 0): 2, (0, 1): 2})
    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("KẾ HOẠCH")
    title.add_run().add_break()
    title.add_run("Phát triển thương mại điện tử năm 2030")
    for kind, text in GD_BODY:
        if kind == "h1":
            _gd_numbered(doc, text, "Heading 1", 91, 0)
        elif kind == "h2":
            _gd_numbered(doc, text, "Heading 2", 91, 1)
        elif kind == "b":
            _gd_numbered(doc, text, "List Paragraph", 92, 0)
        elif kind == "table":
            _gd_table(doc, GD_TASKS, [600, 3000, 2000, 2400, 1360])
        else:
            _paragraph(doc, text, italic=kind == "i", justify=True)
    _gd_table(doc, [["Nơi nhận:\n- Sở Công Thương các tỉnh lân cận (để phối hợp);\n- UBND tỉnh (b/c);\n"
                     "- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, QLTM.",
                     "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPhan Đức Lộc"]],
              [4700, 4660], borders=False, lines={(0, 0): 1, (0, 1): 2})
    # Google's last paragraph and its names: "normal" for the Normal style
    doc.add_paragraph("")
    doc.styles["Normal"].element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name").set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "normal")
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / WORD_DOC).write_bytes(word_doc())
    (folder / TURNED_PDF).write_bytes(_turn_landscape_pages(_pdf(turned_docx(), TURNED_PDF)))
    (folder / PORTAL).write_bytes(portal_html())
    (folder / GDOCS).write_bytes(gdocs_docx())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
