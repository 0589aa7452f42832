"""A Word plan whose task table sits inside a one-cell frame table under its caption ("Bảng phân công nhiệm vụ"),
printed to PDF by LibreOffice, with a footnote's mark raised after a legal basis ("... Chính phủ¹;" / "1 Ban hành kèm
theo Quyết định số 1486/QĐ-TTg ..."). Round P52 (G43's Word plan as a LibreOffice PDF):
- the table finder made the frame's cell and the inner table's cells one table, the frame's cell over all the
  others: the whole task table ran into one cell and no task was read. A cell that holds two cells or more is now
  left out and the cells regrouped (extractors.formats.pdf._unnested): the inner table is read, the caption a line;
- the mark was taken out of the text ("Chính phủ;"), so the basis its note names was not linked; it is now written
  "[1]" after its word, as the Word and web readers write a note's reference (extractors.layout.words._without_marks).
"""

from __future__ import annotations


import pytest

from extractors.formats.pdf import _frames
from pipeline.process import process
from tests.office import pdf_of

ROWS = [
    ("1", "Tổ chức tập huấn kỹ năng chuyển đổi số cho cán bộ xã", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Quý II/2028"),
    ("2", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Năm 2028"),
    ("3", "Phổ cập kỹ năng số cho người dân tại các thôn, bản", "Ủy ban nhân dân các xã", "Tỉnh đoàn", "Hằng năm"),
]


def _plan_pdf() -> bytes:
    import docx
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Đông Sơn, ngày 05 tháng 3 năm 2028", "KẾ HOẠCH",
                 "Chuyển đổi số cấp xã tỉnh Đông Sơn năm 2028"]:
        d.add_paragraph(line)
    basis = d.add_paragraph("Căn cứ Chương trình chuyển đổi số quốc gia đến năm 2030 của Thủ tướng Chính phủ")
    mark = basis.add_run("1")
    mark.font.superscript = True
    basis.add_run(";")
    for line in ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC TIÊU",
                 "- 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản.", "II. NHIỆM VỤ",
                 "Các nhiệm vụ được phân công như sau:"]:
        d.add_paragraph(line)
    frame = d.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    cell = frame.cell(0, 0)
    cell.paragraphs[0].text = "Bảng phân công nhiệm vụ"
    inner = cell.add_table(rows=1 + len(ROWS), cols=5)
    inner.style = "Table Grid"
    for c, value in enumerate(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]):
        inner.cell(0, c).text = value
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    for line in ["III. TỔ CHỨC THỰC HIỆN", "Sở Khoa học và Công nghệ theo dõi, tổng hợp kết quả thực hiện.",
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Văn Toàn"]:
        d.add_paragraph(line)
    note = d.sections[0].footer.paragraphs[0]  # (the note at the page's foot in small type, as a footnote prints)
    run = note.add_run("1 Ban hành kèm theo Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2027 của Thủ tướng Chính phủ.")
    run.font.size = docx.shared.Pt(9)
    return pdf_of(d)


def test_a_nested_task_table_is_read():
    out = process("ke-hoach-77.pdf", _plan_pdf())
    record = out.record
    assert [(a.title, a.lead_agencies, a.partner_agencies) for a in record.activities] == [
        (task, [lead], [partner]) for _, task, lead, partner, _ in ROWS]
    for a in record.activities:  # provenance
        assert a.title in out.text[a.span.start:a.span.end]
    assert "Bảng phân công nhiệm vụ\n" in out.text  # the frame's caption, a line of its own


def test_a_raised_mark_links_its_basis_to_the_note():
    out = process("ke-hoach-77.pdf", _plan_pdf())
    assert "của Thủ tướng Chính phủ[1];" in out.text
    assert [b.number for b in out.record.legal_bases] == ["942/QĐ-TTg"]
    basis = out.record.legal_bases[0]
    assert "942/QĐ-TTg" in out.text[basis.span.start:basis.span.end]


# (cells as (x0, top, x1, bottom), the cells that hold others)
FRAMES = [
    # a frame round a caption and a 2 x 2 table
    ([(80, 100, 530, 200), (85, 120, 300, 160), (300, 120, 525, 160), (85, 160, 300, 200), (300, 160, 525, 200)],
     {(80, 100, 530, 200)}),
    # a frame whose bottom side the inner table shares
    ([(80, 100, 530, 200), (85, 150, 300, 200), (300, 150, 530, 200)], {(80, 100, 530, 200)}),
]
# a plain grid, and a cell merged across two columns: no cell holds another
NO_FRAMES = [
    [(80, 100, 300, 150), (300, 100, 530, 150), (80, 150, 300, 200), (300, 150, 530, 200)],
    [(80, 100, 530, 150), (80, 150, 300, 200), (300, 150, 530, 200)],
]


@pytest.mark.parametrize("cells, frames", FRAMES)
def test_frame_cells(cells, frames):
    assert _frames(cells) == frames


@pytest.mark.parametrize("cells", NO_FRAMES)
def test_no_frame_cells(cells):
    assert _frames(cells) == set()
