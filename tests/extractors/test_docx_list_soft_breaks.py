"""A Word list item whose writer went on after Shift+Enter: the numbered line ("I. NHIỆM VỤ",
"1. Tập huấn ...") is the item, the lines after its soft breaks are paragraphs of their own,
as they are after a plain paragraph's soft break (a text file's lines). A soft break in a
heading's style is a title's wrap and stays. Documents built here, invented text."""

import io

import docx
from docx.oxml import parse_xml

from extractors.formats import read
from tests.extractors.test_list_numbering import numbered_docx


def with_breaks(data: bytes) -> bytes:
    """Every "|" in a paragraph's text as a line break (w:br) between runs."""
    d = docx.Document(io.BytesIO(data))
    for p in d.paragraphs:
        if "|" not in p.text:
            continue
        parts = p.text.split("|")
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        for k, part in enumerate(parts):
            run = p.add_run(part)
            if k + 1 < len(parts):
                run.add_break()
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_lines_after_a_list_items_soft_break_are_paragraphs():
    data = with_breaks(numbered_docx([
        ("NHIỆM VỤ VÀ GIẢI PHÁP|Tuyên truyền sâu rộng Luật Hợp tác xã đến các thôn|Đơn vị chủ trì: Phòng Kinh tế", 0),
        ("Hỗ trợ thành lập hợp tác xã|Đơn vị chủ trì: Hội Nông dân xã; thời gian: quý II/2026", 1),
        ("KINH PHÍ", 0)]))
    texts = [(b.kind, b.text) for b in read(data, "plan.docx").blocks]
    assert texts == [("list_item", "I. NHIỆM VỤ VÀ GIẢI PHÁP"),
                     ("paragraph", "Tuyên truyền sâu rộng Luật Hợp tác xã đến các thôn"),
                     ("paragraph", "Đơn vị chủ trì: Phòng Kinh tế"),
                     ("list_item", "1. Hỗ trợ thành lập hợp tác xã"),
                     ("paragraph", "Đơn vị chủ trì: Hội Nông dân xã; thời gian: quý II/2026"),
                     ("list_item", "II. KINH PHÍ")], texts


def test_a_list_item_without_a_break_is_one_item():
    data = numbered_docx([("Hỗ trợ thành lập hợp tác xã nông nghiệp kiểu mới trên địa bàn xã", 1)])
    assert [(b.kind, b.text) for b in read(data, "plan.docx").blocks] == [
        ("list_item", "1. Hỗ trợ thành lập hợp tác xã nông nghiệp kiểu mới trên địa bàn xã")]


def test_a_headings_soft_break_stays_in_the_heading():
    d = docx.Document()
    h = d.add_heading("", level=1)
    h.add_run("KẾ HOẠCH").add_break()
    h.add_run("Phát triển kinh tế tập thể năm 2026")
    out = io.BytesIO()
    d.save(out)
    blocks = [b for b in read(out.getvalue(), "plan.docx").blocks if b.text]
    assert len(blocks) == 1 and blocks[0].kind == "heading" and "KẾ HOẠCH" in blocks[0].text \
        and "Phát triển kinh tế tập thể năm 2026" in blocks[0].text
