"""The Word rendition of a Markdown file (tests/invented/renditions.markdown_to_docx) writes
*italic* and _italic_ as Word italics and **bold** and __bold__ as bold, as a person making the
Word file would; an underscore inside a word or an escaped mark stays a character. And the .md
reader reads the same emphasis as plain text (extractors.layout.markdown.strip_emphasis)."""

from __future__ import annotations

import pytest

from extractors.layout.markdown import strip_emphasis
from tests.invented.renditions import _md_runs


def runs(text: str) -> list[tuple[str, bool, bool]]:
    from docx import Document

    paragraph = Document().add_paragraph()
    _md_runs(paragraph, text)
    return [(r.text, bool(r.bold), bool(r.italic)) for r in paragraph.runs]


ROWS = [
    # (markdown, the runs: text, bold, italic)
    ("_Căn cứ Nghị quyết số 27/NQ-HĐND ngày 08 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Tây Nguyên;_",
     [("Căn cứ Nghị quyết số 27/NQ-HĐND ngày 08 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Tây Nguyên;", False, True)]),
    ("*Sơn Hà, ngày 04 tháng 11 năm 2024*", [("Sơn Hà, ngày 04 tháng 11 năm 2024", False, True)]),
    ("Số: 19/KH-UBND _Bảo Lạc, ngày 2 tháng 5 năm 2026_",
     [("Số: 19/KH-UBND ", False, False), ("Bảo Lạc, ngày 2 tháng 5 năm 2026", False, True)]),
    ("**KẾ HOẠCH**", [("KẾ HOẠCH", True, False)]),
    ("__QUYẾT ĐỊNH__", [("QUYẾT ĐỊNH", True, False)]),
    ("- Lưu: VT, _KTTH_.", [("- Lưu: VT, ", False, False), ("KTTH", False, True), (".", False, False)]),
    # italics inside bold, as a scraped signature table writes its label
    ("**_Nơi nhận:_**", [("Nơi nhận:", True, True)]),
    ("**Điều 1. _Phê duyệt_ Kế hoạch**", [("Điều 1. ", True, False), ("Phê duyệt", True, True), (" Kế hoạch", True, False)]),
    # not emphasis: underscores inside a word, an escaped mark, a lone underscore
    ("Tệp ke_hoach_2025_final.docx gửi kèm", [("Tệp ke_hoach_2025_final.docx gửi kèm", False, False)]),
    (r"Mã \_A1\_ của biểu", [("Mã _A1_ của biểu", False, False)]),
    ("Ký hiệu _ và dấu _ rời", [("Ký hiệu _ và dấu _ rời", False, False)]),
    (r"Giá \*ưu đãi\* 5%", [("Giá *ưu đãi* 5%", False, False)]),
]


def test_markdown_document_as_word_paragraphs_and_tables():
    """A bold span over two lines is two bold paragraphs with no stray mark; a pipe table without its outer pipes
    ("TT | Nội dung" over "---|---") is a Word table, as one with them is; plain lines stay plain."""
    import io

    from docx import Document

    from tests.invented.renditions import markdown_to_docx

    md = ("**KẾ HOẠCH Phát triển du lịch\ncộng đồng năm 2028**\nI. MỤC TIÊU\nTT | Nội dung | Chủ trì\n---|---|---\n"
          "1 | Quảng bá điểm đến | Sở Văn hóa\n2 | Đào tạo nhân lực | Sở Nội vụ\nII. KINH PHÍ\n")
    doc = Document(io.BytesIO(markdown_to_docx(md)))
    paragraphs = [(p.text, all(r.bold for r in p.runs)) for p in doc.paragraphs]
    assert paragraphs == [("KẾ HOẠCH Phát triển du lịch", True), ("cộng đồng năm 2028", True), ("I. MỤC TIÊU", False),
                          ("II. KINH PHÍ", False)]
    assert [[c.text for c in row.cells] for row in doc.tables[0].rows] == [
        ["TT", "Nội dung", "Chủ trì"], ["1", "Quảng bá điểm đến", "Sở Văn hóa"], ["2", "Đào tạo nhân lực", "Sở Nội vụ"]]


@pytest.mark.parametrize("markdown,expected", ROWS)
def test_markdown_emphasis_as_word_runs(markdown, expected):
    assert runs(markdown) == expected


@pytest.mark.parametrize("markdown,plain", [
    ("_Căn cứ Quyết định số 311/QĐ-UBND ngày 12 tháng 3 năm 2024;_", "Căn cứ Quyết định số 311/QĐ-UBND ngày 12 tháng 3 năm 2024;"),
    ("*Hòa Bình, ngày 6 tháng 8 năm 2025*", "Hòa Bình, ngày 6 tháng 8 năm 2025"),
    ("**TM. ỦY BAN NHÂN DÂN**", "TM. ỦY BAN NHÂN DÂN"),
])
def test_markdown_reader_reads_emphasis_as_text(markdown, plain):
    assert strip_emphasis(markdown) == plain
