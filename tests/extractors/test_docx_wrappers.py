"""Word text inside wrapper elements (all documents invented): content controls, tracked
insertions and moves, smart tags, custom XML and simple fields hold text the document
shows, at the body, table, row, cell or run level, and none of it may be lost; tracked
deletions, moved-from text and a content control's placeholder are not the document's
text and must not be read."""

import pytest

from extractors.formats import docx as reader
from tests.extractors.test_docx_speed_reader import W, package


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def sdt(inner: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def texts(body: str) -> list[str]:
    return [b.text for b in reader.read(package(body), "plan.docx").blocks if b.kind != "table"]


def rows(table: str) -> list[list[str]]:
    from lxml import etree
    return reader.table_rows(etree.fromstring(table.replace("<w:tbl>", f"<w:tbl {W}>", 1)))


@pytest.mark.parametrize("body, expected", [
    # must read: runs inside each kind of inline wrapper
    (f"<w:p>{r('Số: ')}{sdt(r('45/KH-UBND'))}</w:p>", ["Số: 45/KH-UBND"]),
    (f"<w:p>{r('Tổng kinh phí ')}<w:ins w:id='1' w:author='A'>{r('3.200')}</w:ins>{r(' triệu đồng')}</w:p>",
     ["Tổng kinh phí 3.200 triệu đồng"]),
    (f"<w:p><w:moveTo w:id='2' w:author='A'>{r('Sở Y tế chủ trì')}</w:moveTo></w:p>", ["Sở Y tế chủ trì"]),
    (f"<w:p>{r('Hà Tĩnh, ngày ')}<w:smartTag w:uri='urn:schemas-microsoft-com:office:smarttags' "
     f"w:element='date'>{r('12/3/2026')}</w:smartTag></w:p>", ["Hà Tĩnh, ngày 12/3/2026"]),
    (f"<w:p><w:customXml w:element='tieude'>{r('KẾ HOẠCH')}</w:customXml></w:p>", ["KẾ HOẠCH"]),
    (f"<w:p>{r('Trang ')}<w:fldSimple w:instr=' PAGE '>{r('2')}</w:fldSimple></w:p>", ["Trang 2"]),
    (f"<w:p><w:ins w:id='3' w:author='A'><w:smartTag w:element='place'>{r('Quảng Bình')}</w:smartTag></w:ins></w:p>",
     ["Quảng Bình"]),
    # must read: paragraphs inside block-level wrappers, in document order
    (f"<w:p>{r('I. MỤC TIÊU')}</w:p>{sdt('<w:p>' + r('1. Mục tiêu chung') + '</w:p>')}<w:p>{r('2. Mục tiêu cụ thể')}</w:p>",
     ["I. MỤC TIÊU", "1. Mục tiêu chung", "2. Mục tiêu cụ thể"]),
    (f"<w:customXml w:element='noidung'><w:p>{r('Căn cứ Luật Ngân sách nhà nước;')}</w:p></w:customXml>",
     ["Căn cứ Luật Ngân sách nhà nước;"]),
    # must not read: tracked deletions, moved-from text, a placeholder, the control's properties
    (f"<w:p>{r('Năm ')}<w:del w:id='4' w:author='A'><w:r><w:delText>2025</w:delText></w:r></w:del>{r('2026')}</w:p>",
     ["Năm 2026"]),
    (f"<w:p>{r('Năm ')}<w:del w:id='5' w:author='A'>{r('2025')}</w:del>{r('2026')}</w:p>", ["Năm 2026"]),
    (f"<w:p><w:moveFrom w:id='6' w:author='A'>{r('Sở Y tế chủ trì')}</w:moveFrom>{r('Sở Nội vụ chủ trì')}</w:p>",
     ["Sở Nội vụ chủ trì"]),
    (f"<w:p>{r('Ngày ban hành: ')}{sdt(r('Bấm để nhập ngày'), placeholder=True)}</w:p>", ["Ngày ban hành: "]),
    (f"{sdt('<w:p>' + r('Nhập trích yếu văn bản') + '</w:p>', placeholder=True)}<w:p>{r('KẾ HOẠCH')}</w:p>",
     ["KẾ HOẠCH"]),
])
def test_paragraph_text_through_wrappers(body, expected):
    assert texts(body) == expected


def tc(inner: str) -> str:
    return f"<w:tc><w:p>{r(inner)}</w:p></w:tc>"


@pytest.mark.parametrize("table, expected", [
    # a row inside a content control (a repeating section), a cell inside one, a cell's paragraph inside one
    (f"<w:tbl><w:tr>{tc('STT')}{tc('Nội dung')}</w:tr>{sdt('<w:tr>' + tc('1') + tc('Tập huấn') + '</w:tr>')}</w:tbl>",
     [["STT", "Nội dung"], ["1", "Tập huấn"]]),
    (f"<w:tbl><w:tr>{tc('1')}{sdt(tc('Sở Tài chính'))}</w:tr></w:tbl>", [["1", "Sở Tài chính"]]),
    (f"<w:tbl><w:tr>{tc('1')}<w:tc>{sdt('<w:p>' + r('Quý II/2026') + '</w:p>')}</w:tc></w:tr></w:tbl>",
     [["1", "Quý II/2026"]]),
    (f"<w:tbl><w:customXml w:element='dong'><w:tr>{tc('2')}{tc('Kiểm tra')}</w:tr></w:customXml></w:tbl>",
     [["2", "Kiểm tra"]]),
    # must not read: a deleted figure in a cell
    (f"<w:tbl><w:tr>{tc('Tổng')}<w:tc><w:p><w:del w:id='9' w:author='A'>{r('1.500')}</w:del>{r('1.800')}</w:p></w:tc></w:tr></w:tbl>",
     [["Tổng", "1.800"]]),
])
def test_table_cells_through_wrappers(table, expected):
    assert rows(table) == expected


def test_a_plan_filled_in_through_content_controls_and_tracked_changes():
    """A whole invented plan from a template: the number, date and title are content
    controls, one task was added and one figure replaced under track changes."""
    from pipeline.process import process

    def para(*parts: str) -> str:
        return "<w:p>" + "".join(parts) + "</w:p>"

    body = "".join([
        para(r("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN")),
        para(r("Số: "), sdt(r("77/KH-UBND"))),
        para(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        para(r("Độc lập - Tự do - Hạnh phúc")),
        para(sdt(r("Ninh Thuận, ngày 09 tháng 4 năm 2026"))),
        para(r("KẾ HOẠCH")),
        sdt(para(r("Phát triển năng lượng tái tạo năm 2026"))),
        para(r("Căn cứ Quyết định số 500/QĐ-TTg ngày 15/5/2023 của Thủ tướng Chính phủ;")),
        para(r("I. NHIỆM VỤ")),
        para(r("1. Rà soát quy hoạch điện mặt trời (Sở Công Thương chủ trì).")),
        f"<w:p><w:ins w:id='1' w:author='VP'>{r('2. Kiểm tra an toàn lưới điện (Công ty Điện lực tỉnh chủ trì).')}</w:ins></w:p>",
        para(r("II. KINH PHÍ")),
        para(r("Tổng kinh phí thực hiện "), f"<w:del w:id='2' w:author='VP'><w:r><w:delText>900</w:delText></w:r></w:del>",
             f"<w:ins w:id='3' w:author='VP'>{r('1.200')}</w:ins>", r(" triệu đồng từ ngân sách tỉnh.")),
    ])
    out = process("ninhthuan.docx", package(body))
    record, text = out.dump, out.text
    assert record["number"] == "77/KH-UBND" and record["issued_date"] == "2026-04-09"
    assert record["title"] == "Phát triển năng lượng tái tạo năm 2026"
    assert [b["number"] for b in record["legal_bases"]] == ["500/QĐ-TTg"]
    assert [a["lead_agencies"] for a in record["activities"]] == [["Sở Công Thương"], ["Công ty Điện lực tỉnh"]]
    assert [s["amount_vnd"] for s in record["budget"]["statements"]] == [1_200_000_000]
    assert "900" not in text
    for a in record["activities"]:
        assert text[a["span"]["start"]:a["span"]["end"]].lstrip("0123456789. ").startswith(a["title"][:20])
    assert not [q for q in record["quality"]["issues"] if q["code"] == "record.span_invalid"]


MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def box(*paras: str, vml: bool = False) -> str:
    content = "<w:txbxContent>" + "".join(f"<w:p>{r(x)}</w:p>" for x in paras) + "</w:txbxContent>"
    if vml:
        return f"<w:r><w:pict><v:shape {V}><v:textbox>{content}</v:textbox></v:shape></w:pict></w:r>"
    return f"<w:r><w:drawing><wps:wsp {WPS}><wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing></w:r>"


def alternate(*paras: str) -> str:
    """A DrawingML box with the VML copy Word writes beside it for older readers."""
    drawing, vml = box(*paras)[5:-6], box(*paras, vml=True)[5:-6]
    return f"<w:r><mc:AlternateContent {MC}><mc:Choice Requires='wps'>{drawing}</mc:Choice>" \
           f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"


@pytest.mark.parametrize("body, expected", [
    # must read: a box's paragraphs after the paragraph that anchors it, DrawingML or VML
    (f"<w:p>{box('ỦY BAN NHÂN DÂN', 'HUYỆN CAM LÂM', 'Số: 15/KH-UBND')}</w:p><w:p>{r('KẾ HOẠCH')}</w:p>",
     ["ỦY BAN NHÂN DÂN", "HUYỆN CAM LÂM", "Số: 15/KH-UBND", "KẾ HOẠCH"]),
    (f"<w:p>{r('Đoạn neo')}{box('Trong hộp', vml=True)}</w:p>", ["Đoạn neo", "Trong hộp"]),
    (f"<w:p>{box('Hộp một')}{box('Hộp hai')}</w:p>", ["Hộp một", "Hộp hai"]),
    # must not read twice: the VML fallback of a DrawingML box, a box inside a box
    (f"<w:p>{alternate('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</w:p>", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("<w:p><w:r><w:drawing><wps:wsp " + WPS + "><wps:txbx><w:txbxContent><w:p>" + r("Ngoài") + box("Trong")
     + "</w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></w:r></w:p>", ["Ngoài", "Trong"]),
])
def test_text_boxes_are_read_once_after_their_anchor(body, expected):
    assert texts(body) == expected


def test_a_page_laid_out_in_a_table_is_read_through():
    """A plan saved from a web page: the whole page in a one-column table, its budget table
    nested in a cell. The nested table is a table, the paragraphs are paragraphs."""
    def cell(inner: str) -> str:
        return f"<w:tc>{inner}</w:tc>"

    def para(text: str) -> str:
        return f"<w:p>{r(text)}</w:p>"

    budget = ("<w:tbl>" + "".join("<w:tr>" + "".join(cell(para(x)) for x in row) + "</w:tr>"
                                  for row in (["STT", "Nội dung", "Kinh phí"], ["1", "Tập huấn", "1.200"],
                                              ["2", "Kiểm tra", "300"], ["", "Tổng cộng", "1.500"])) + "</w:tbl>")
    page = ("<w:tbl><w:tr>" + cell(para("KẾ HOẠCH") + para("Phát triển thư viện năm 2026")) + "</w:tr>"
            "<w:tr>" + cell(para("III. KINH PHÍ") + para("ĐVT: triệu đồng") + budget + para("Nơi nhận:")) + "</w:tr></w:tbl>")
    blocks = reader.read(package(page), "plan.docx").blocks
    assert [(b.kind, b.text if b.kind != "table" else b.rows[-1]) for b in blocks] == [
        ("paragraph", "KẾ HOẠCH"), ("paragraph", "Phát triển thư viện năm 2026"), ("paragraph", "III. KINH PHÍ"),
        ("paragraph", "ĐVT: triệu đồng"), ("table", ["", "Tổng cộng", "1.500"]), ("paragraph", "Nơi nhận:")]
    # a data table with a small table in one of its cells stays one table (three columns: not a frame)
    inner = "<w:tbl><w:tr>" + cell(para("a")) + cell(para("b")) + "</w:tr></w:tbl>"
    data = ("<w:tbl><w:tr>" + cell(para("STT")) + cell(para("Nhiệm vụ")) + cell(para("Chủ trì")) + "</w:tr>"
            "<w:tr>" + cell(para("1")) + cell(para("Rà soát") + inner) + cell(para("Sở Nội vụ")) + "</w:tr></w:tbl>")
    assert [b.kind for b in reader.read(package(data), "plan.docx").blocks] == ["table"]


def test_footnotes_are_numbered_as_word_shows_them():
    """Notes numbered by their references' order in the body, not by their XML ids (the
    separators take ids 0 and 1, so a LibreOffice file's first note has id 2)."""
    body = (f"<w:p>{r('Đạt 85% hộ dân')}<w:r><w:footnoteReference w:id='3'/></w:r>{r(' và 70% hộ nghèo')}"
            f"<w:r><w:footnoteReference w:id='2'/></w:r></w:p>")
    notes = ('<w:footnote w:type="separator" w:id="0"><w:p/></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="1"><w:p/></w:footnote>'
             '<w:footnote w:id="2"><w:p>' + r("Theo chuẩn nghèo đa chiều.") + '</w:p></w:footnote>'
             '<w:footnote w:id="3"><w:p>' + r("Số liệu năm 2025.") + '</w:p></w:footnote>'
             '<w:footnote w:id="9"><w:p>' + r("Chú thích không được dẫn.") + '</w:p></w:footnote>')
    data = package(body, footnotes=notes)
    notes_read = [b.text for b in reader.read(data, "plan.docx").blocks if b.kind == "footnote"]
    assert notes_read == ["2 Theo chuẩn nghèo đa chiều.", "1 Số liệu năm 2025.", "9 Chú thích không được dẫn."]


def _cell(inner: str) -> str:
    return f"<w:tc>{inner}</w:tc>"


def _para(text: str) -> str:
    return f"<w:p>{r(text)}</w:p>"


def _table(rows_: list[list[str]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(_cell(_para(x) if x else "<w:p/>") for x in row) + "</w:tr>"
                               for row in rows_) + "</w:tbl>"


@pytest.mark.parametrize("cell_inner, expected", [
    # must keep: a partner list set as a small table in the cell, one agency a row
    (_table([["Phòng Tài chính - Kế hoạch"], ["Ủy ban nhân dân các xã"]]),
     "Phòng Tài chính - Kế hoạch; Ủy ban nhân dân các xã"),
    # a paragraph before the small table, then its rows
    (_para("Phối hợp:") + _table([["Sở Y tế"], ["Công an tỉnh"]]), "Phối hợp:\nSở Y tế\nCông an tỉnh"),
    # a row of two cells is one line; an empty cell adds nothing
    (_table([["Năm 2026:", "1.200"], ["Năm 2027:", ""]]), "Năm 2026: 1.200\nNăm 2027:"),
    # a table in a content control inside the cell, and a table in a table
    (sdt(_table([["Đồn Biên phòng Ia Lốp"]])), "Đồn Biên phòng Ia Lốp"),
    ("<w:tbl><w:tr>" + _cell(_table([["Năm 2026: 1.200"], ["Năm 2027: 950"]])) + "</w:tr></w:tbl>",
     "Năm 2026: 1.200\nNăm 2027: 950"),
    # must not add: an empty nested table
    (_para("Sở Nội vụ") + _table([[""], [""]]), "Sở Nội vụ"),
])
def test_a_table_nested_in_a_data_cell_keeps_its_words(cell_inner, expected):
    """A task table whose partner cell lists its agencies in a small table of its own: the
    nested rows are lines of the cell (they were dropped)."""
    table = ("<w:tbl><w:tr>" + _cell(_para("STT")) + _cell(_para("Nhiệm vụ")) + _cell(_para("Phối hợp")) + "</w:tr>"
             "<w:tr>" + _cell(_para("1")) + _cell(_para("Khảo sát điểm du lịch")) + _cell(cell_inner) + "</w:tr></w:tbl>")
    assert rows(table)[1] == ["1", "Khảo sát điểm du lịch", expected]
