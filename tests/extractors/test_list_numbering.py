"""Automatic list numbering in Word and HTML: the labels drawn ("I.", "1.", "a)", "-") are put back
in front of the text, so that the outline sees them. The documents are built here."""

import io

import docx
from docx.oxml import parse_xml

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats import read
from extractors.segment import outline

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "\uf0b7")]


def numbered_docx(items: list[tuple[str, int | None]]) -> bytes:
    """A document whose paragraphs (text, level) use one multi-level list (None: no list)."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for i, (fmt, text) in enumerate(LEVELS))
    numbering.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in items:
        p = d.add_paragraph(text)
        if level is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="91"/></w:numPr>'))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_labels_are_drawn_and_counted_per_level():
    data = numbered_docx([("MỤC TIÊU", 0), ("Mục tiêu chung", 1), ("Mục tiêu cụ thể", 1), ("Trẻ em", 2),
                          ("Phụ nữ", 2), ("một ý", 3), ("NHIỆM VỤ", 0), ("Truyền thông", 1), ("Không đánh số", None)])
    texts = [b.text for b in read(data, "plan.docx").blocks]
    assert texts == ["I. MỤC TIÊU", "1. Mục tiêu chung", "2. Mục tiêu cụ thể", "a) Trẻ em", "b) Phụ nữ", "- một ý",
                     "II. NHIỆM VỤ", "1. Truyền thông", "Không đánh số"]


def test_the_outline_sees_the_drawn_labels():
    data = numbered_docx([("MỤC TIÊU", 0), ("Mục tiêu chung", 1), ("NHIỆM VỤ", 0), ("Truyền thông", 1), ("Tờ rơi", 2)])
    doc = build_document(read(data, "plan.docx"))
    assert [n.path for n in outline(doc)] == ["I", "I.1", "II", "II.1", "II.1.a"]


def test_a_label_typed_in_the_text_is_not_doubled():
    texts = [b.text for b in read(numbered_docx([("I. MỤC TIÊU", 0)]), "plan.docx").blocks]
    assert texts == ["I. MỤC TIÊU"]


def test_html_lists_get_the_labels_a_browser_draws():
    html = ("<html><body><ol type='I'><li>MỤC TIÊU</li><li>NHIỆM VỤ</li></ol><ol start='3'><li>Ba</li><li>Bốn</li></ol>"
            "<ol type='a'><li>Trẻ em</li><li>b) Phụ nữ</li></ol><ul><li>một ý</li></ul></body></html>")
    texts = [b.text for b in read(html.encode("utf-8"), "plan.html").blocks]
    assert texts == ["I. MỤC TIÊU", "II. NHIỆM VỤ", "3. Ba", "4. Bốn", "a. Trẻ em", "b) Phụ nữ", "- một ý"]


def test_html_lines_made_by_br_keep_their_inline_tags():
    html = ("<html><body><div class='content'>ỦY BAN NHÂN DÂN<br>TỈNH AN GIANG<br><b>KẾ HOẠCH</b><br>"
            "Phòng chống <i>dịch</i> bệnh năm 2024<br>- 90% hộ dân<sup>1</sup>.<p>Đoạn văn.</p>Tiếp theo</div></body></html>")
    texts = [b.text for b in read(html.encode("utf-8"), "plan.html").blocks]
    assert texts == ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "KẾ HOẠCH", "Phòng chống dịch bệnh năm 2024",
                     "- 90% hộ dân[1].", "Đoạn văn.", "Tiếp theo"]  # (a raised footnote mark reads "[1]": round P29)


def test_html_paragraph_lines_split_by_br_are_outline_lines():
    html = "<html><body><p>I. MỤC TIÊU<br>1. Mục tiêu chung<br>Nâng cao nhận thức.<br>2. Mục tiêu cụ thể</p></body></html>"
    doc = build_document(read(html.encode("utf-8"), "plan.html"))
    assert [n.path for n in outline(doc)] == ["I", "I.1", "I.2"]


def test_html_heading_lines_split_by_br_are_headings_of_their_own():
    html = ("<html><body><h2>KẾ HOẠCH<br>Phát triển <b>du lịch</b> năm 2028</h2><p>Căn cứ Luật Du lịch;</p>"
            "<h4>I. MỤC TIÊU</h4></body></html>")
    blocks = read(html.encode("utf-8"), "plan.html").blocks
    assert [(b.kind, b.text) for b in blocks] == [("heading", "KẾ HOẠCH"), ("heading", "Phát triển du lịch năm 2028"),
                                                  ("paragraph", "Căn cứ Luật Du lịch;"), ("heading", "I. MỤC TIÊU")]
    doc = build_document(read(html.encode("utf-8"), "plan.html"))
    assert extract_header(doc)["title"] == "Phát triển du lịch năm 2028"


def test_word_line_breaks_inside_a_paragraph_are_lines():
    d = docx.Document()
    p = d.add_paragraph("I. MỤC TIÊU")
    p.add_run().add_break()
    p.add_run("1. Mục tiêu chung")
    buf = io.BytesIO()
    d.save(buf)
    doc = build_document(read(buf.getvalue(), "plan.docx"))
    assert [n.path for n in outline(doc)] == ["I", "I.1"]


def test_a_list_restarted_by_a_start_override():
    data = numbered_docx([("MỤC TIÊU", 0)])
    d = docx.Document(io.BytesIO(data))
    d.part.numbering_part.element.append(parse_xml(
        f'<w:num {W} w:numId="92"><w:abstractNumId w:val="90"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'))
    p = d.add_paragraph("TỔ CHỨC THỰC HIỆN")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="92"/></w:numPr>'))
    buf = io.BytesIO()
    d.save(buf)
    assert [b.text for b in read(buf.getvalue(), "plan.docx").blocks] == ["I. MỤC TIÊU", "V. TỔ CHỨC THỰC HIỆN"]


def _word_of(lines: list[str]) -> bytes:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_header_and_signature_set_with_tabs_are_read_column_by_column():
    data = _word_of(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Số: 61/KH-SNNMT\t\tĐộc lập - Tự do - Hạnh phúc", "\t\tSơn La, ngày 4 tháng 5 năm 2027",
                     "KẾ HOẠCH", "Trồng rừng năm 2027", "I. MỤC TIÊU", "1. Trồng mới 300 ha rừng.",
                     "Nơi nhận:\t\tKT. GIÁM ĐỐC", "- UBND tỉnh;\t\tPHÓ GIÁM ĐỐC", "- Lưu: VT.", "\t\tLò Thị Mai"])
    texts = [b.text for b in read(data, "plan.docx").blocks]
    assert texts[:8] == ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 61/KH-SNNMT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Sơn La, ngày 4 tháng 5 năm 2027", "KẾ HOẠCH",
                         "Trồng rừng năm 2027", "I. MỤC TIÊU"]
    doc = build_document(read(data, "plan.docx"))
    header = extract_header(doc)
    assert (header["number"], header["issued_date"], header["title"]) == ("61/KH-SNNMT", "2027-05-04", "Trồng rừng năm 2027")
    assert header["issuer"]["name"] == "Sở Nông nghiệp và Môi trường tỉnh Sơn La"


def test_a_word_paragraph_with_one_tab_after_its_number_stays_whole():
    # must not: "1.<tab>Nội dung" is a numbered paragraph, not two columns, even right above a signature band
    data = _word_of(["KẾ HOẠCH", "Trồng rừng năm 2027", "1.\tTrồng mới 300 ha rừng phòng hộ đầu nguồn.",
                     "2.\tChăm sóc rừng trồng các năm trước.", "Nơi nhận:\t\tGIÁM ĐỐC", "- Lưu: VT.\t\tLò Thị Mai"])
    texts = [b.text for b in read(data, "plan.docx").blocks]
    assert texts == ["KẾ HOẠCH", "Trồng rừng năm 2027", "1.\tTrồng mới 300 ha rừng phòng hộ đầu nguồn.",
                     "2.\tChăm sóc rừng trồng các năm trước.", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Lò Thị Mai"]
