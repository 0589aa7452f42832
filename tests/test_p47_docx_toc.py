"""A Word plan with a table of contents before its bases ("MỤC LỤC", then the part headings again, each with its
page: paragraphs in Word's "toc 1"-"toc 9" styles, or entries linking to a heading's "_Toc" bookmark with a
PAGEREF field): the entries are no outline of the document's, nor is their title ("MỤC LỤC" had set five sections
before the bases, which were then lost inside the last, and the sentence introducing the plan had been read as a
responsibility: round G41's Word plan with a TOC field). Bodies, names and numbers invented (round P47); must and
must-not rows."""

from __future__ import annotations

import io

import pytest

from pipeline.process import process

HEAD = ["UBND TỈNH TÂY SƠN", "SỞ NỘI VỤ", "Số: 64/KH-SNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Tây Sơn, ngày 15 tháng 3 năm 2029", "KẾ HOẠCH",
        "Cải cách hành chính ngành nội vụ năm 2029"]
ENTRIES = [("I. MỤC TIÊU", 1, "2"), ("1. Mục tiêu chung", 2, "2"), ("2. Mục tiêu cụ thể", 2, "2"),
           ("II. NHIỆM VỤ", 1, "3"), ("III. TỔ CHỨC THỰC HIỆN", 1, "4")]
BODY = ["Căn cứ Quyết định số 77/QĐ-UBND ngày 10 tháng 01 năm 2029 của Ủy ban nhân dân tỉnh Tây Sơn;",
        "Sở Nội vụ xây dựng Kế hoạch cải cách hành chính năm 2029 như sau:",
        "I. MỤC TIÊU", "1. Mục tiêu chung", "Nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
        "2. Mục tiêu cụ thể", "a) 100% thủ tục hành chính được công khai đúng quy định;",
        "II. NHIỆM VỤ", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ.",
        "III. TỔ CHỨC THỰC HIỆN", "1. Phòng Cải cách hành chính: Chủ trì, theo dõi, tổng hợp kết quả.",
        "2. Văn phòng Sở: Bảo đảm kinh phí thực hiện."]


def document(toc: str) -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from lxml import etree

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    if toc != "none":
        d.add_paragraph("MỤC LỤC")
        for level in (1, 2):
            d.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        for k, (text, level, page) in enumerate(ENTRIES):
            if toc == "styles":
                d.add_paragraph(f"{text}\t{page}", style=f"toc {level}")
                continue
            p = d.add_paragraph()._p  # an entry as a TOC field's result writes it, in no TOC style
            link = etree.SubElement(p, qn("w:hyperlink"))
            link.set(qn("w:anchor"), f"_Toc2900{k}")
            for part in (text, None, page):
                r = etree.SubElement(link, qn("w:r"))
                if part is None:
                    etree.SubElement(r, qn("w:tab"))
                    for kind, instr in (("begin", None), (None, " PAGEREF _Toc2900%d \\h " % k), ("separate", None)):
                        rr = etree.SubElement(link, qn("w:r"))
                        if kind:
                            etree.SubElement(rr, qn("w:fldChar")).set(qn("w:fldCharType"), kind)
                        else:
                            etree.SubElement(rr, qn("w:instrText")).text = instr
                else:
                    etree.SubElement(r, qn("w:t")).text = part
            end = etree.SubElement(link, qn("w:r"))
            etree.SubElement(end, qn("w:fldChar")).set(qn("w:fldCharType"), "end")
    for line in BODY:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def record(toc: str) -> dict:
    return process("ke-hoach.docx", document(toc)).record.model_dump(mode="json")


@pytest.mark.parametrize("toc", ["styles", "links", "none"])  # ("none": read so before too)
def test_a_table_of_contents_is_no_outline(toc):
    r = record(toc)
    assert [b["number"] for b in r["legal_bases"]] == ["77/QĐ-UBND"]
    assert [x["agency"] for x in r["responsibilities"]] == ["Phòng Cải cách hành chính", "Văn phòng Sở"]
    assert r["title"] == "Cải cách hành chính ngành nội vụ năm 2029"
    assert [o["kind"] for o in r["objectives"]] == ["general", "specific"]
