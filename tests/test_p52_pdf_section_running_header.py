"""A PDF of a Word plan whose task annex is a landscape section with a running header of its own ("Phụ lục nhiệm vụ -
Kế hoạch số 61/KH-UBND của UBND huyện Tân Lạc"), the body's portrait pages under another, the annex's table going on
over a page break. Two shapes lost the rows after the break:
- the section's header atop the annex's pages was no furniture (the running-number rule wanted one line atop every
  page after the first), so it stood between the table's two parts: they were not joined, and the part on the next
  page (a row the break cut and one row more) was read as a layout table, its cells loose paragraphs. The header is
  now furniture where it opens two pages in a row (layout.text.running_number_header), and where it opens the page
  alone between a table and its continuation (the section's first page leaves it out: Word's "different first
  page"; layout.paragraphs.join_cut_tables);
- a partner cell of two agencies cut inside the first name: the rest on the next page, its lines already run into
  one ("nông nghiệp tỉnh Ngân hàng Chính sách xã hội huyện"), finished the first name and ran the second into it.
  It is cut again before the name that opens an agency (layout.continued._agencies_finished).
"""

from __future__ import annotations

import re

import pytest

from extractors.layout.continued import _finished
from extractors.layout.text import running_number_header
from pipeline.process import process
from tests.office import pdf_of

TASKS = [
    ("Rà soát, cập nhật quy hoạch vùng sản xuất lúa chất lượng cao", "Phòng Nông nghiệp và Môi trường",
     "Phòng Tài chính - Kế hoạch", "Quý I/2028"),
    ("Xây dựng cánh đồng lớn gắn với liên kết tiêu thụ sản phẩm", "Phòng Nông nghiệp và Môi trường",
     "Hội Nông dân huyện", "Năm 2028"),
    ("Hỗ trợ giống lúa xác nhận cho hộ nông dân tham gia liên kết", "Trung tâm Dịch vụ nông nghiệp huyện",
     "Ủy ban nhân dân các xã", "Vụ Đông Xuân 2028"),
    ("Tập huấn kỹ thuật canh tác giảm phát thải cho nông dân", "Trung tâm Dịch vụ nông nghiệp huyện",
     "Hội Nông dân huyện", "Quý II/2028"),
    ("Kiên cố hóa kênh mương nội đồng tại các vùng sản xuất tập trung", "Ban Quản lý dự án đầu tư xây dựng huyện",
     "Ủy ban nhân dân các xã", "Năm 2028"),
    ("Xây dựng mã số vùng trồng cho sản phẩm lúa đặc sản", "Phòng Nông nghiệp và Môi trường",
     "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Quý III/2028"),
    ("Hỗ trợ hợp tác xã đầu tư máy sấy, kho bảo quản lúa sau thu hoạch", "Phòng Tài chính - Kế hoạch",
     "Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh\nNgân hàng Chính sách xã hội huyện", "Năm 2028"),
    ("Xúc tiến thương mại, quảng bá thương hiệu gạo của huyện", "Phòng Kinh tế, Hạ tầng và Đô thị",
     "Sở Công Thương\nTrung tâm Xúc tiến Thương mại tỉnh", "Quý IV/2028"),
]
BODY = ["ỦY BAN NHÂN DÂN HUYỆN TÂN LẠC", "Số: 61/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Tân Lạc, ngày 14 tháng 01 năm 2028", "KẾ HOẠCH", "Phát triển vùng lúa chất lượng cao huyện Tân Lạc năm 2028",
        "Căn cứ Kế hoạch số 205/KH-UBND ngày 20/12/2027 của Ủy ban nhân dân tỉnh Hà Lam về phát triển nông nghiệp năm 2028;",
        "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:", "I. MỤC TIÊU",
        "- Diện tích lúa chất lượng cao đạt 4.500 ha, chiếm 60% diện tích gieo trồng.",
        "- 100% hợp tác xã sản xuất lúa có hợp đồng liên kết tiêu thụ.", "II. NHIỆM VỤ CỤ THỂ",
        "Các cơ quan, đơn vị triển khai các nhiệm vụ tại Phụ lục kèm theo."]
CLOSING = ["III. KINH PHÍ THỰC HIỆN", "Tổng kinh phí thực hiện Kế hoạch là 3.200 triệu đồng từ ngân sách huyện.",
           "IV. TỔ CHỨC THỰC HIỆN", "Phòng Nông nghiệp và Môi trường theo dõi, đôn đốc, tổng hợp báo cáo Ủy ban nhân dân huyện.",
           "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Quang Vinh"]


def _plan_pdf(first_page_apart: bool) -> bytes:
    """The plan in Word, printed by LibreOffice: portrait body, a landscape annex section with its own running
    header whose task table goes on over a page break (row 7 cut inside its first partner), portrait closing.
    first_page_apart: Word's "different first page", which the annex section inherits (its first page without the
    header)."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    d = docx.Document()
    body = d.sections[0]
    body.different_first_page_header_footer = first_page_apart
    body.header.paragraphs[0].text = "Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND huyện Tân Lạc"
    for line in BODY:
        d.add_paragraph(line)
    annex = d.add_section(WD_SECTION.NEW_PAGE)
    annex.orientation = WD_ORIENT.LANDSCAPE
    annex.page_width, annex.page_height = body.page_height, body.page_width
    annex.header.is_linked_to_previous = False
    annex.header.paragraphs[0].text = "Phụ lục nhiệm vụ - Kế hoạch số 61/KH-UBND của UBND huyện Tân Lạc"
    for _ in range(5):  # (empty lines: the page break falls inside row 7's first partner)
        d.add_paragraph("")
    table = d.add_table(rows=1 + len(TASKS), cols=5)
    table.style = "Table Grid"
    for c, value in enumerate(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]):
        table.cell(0, c).text = value
    for r, (task, lead, partners, when) in enumerate(TASKS, start=1):
        for c, value in enumerate([str(r), task, lead, "", when]):
            table.cell(r, c).text = value
        first, *more = partners.split("\n")
        table.cell(r, 3).text = first
        for name in more:
            table.cell(r, 3).add_paragraph(name)
    closing = d.add_section(WD_SECTION.NEW_PAGE)
    closing.orientation = WD_ORIENT.PORTRAIT
    closing.page_width, closing.page_height = body.page_width, body.page_height
    for line in CLOSING:
        d.add_paragraph(line)
    return pdf_of(d)


@pytest.mark.parametrize("first_page_apart", [False, True], ids=["header-on-every-annex-page", "annex-first-page-apart"])
def test_annex_rows_after_the_break_are_read(first_page_apart):
    out = process("ke-hoach-61.pdf", _plan_pdf(first_page_apart))
    record = out.record
    assert [(a.title, a.lead_agencies, a.partner_agencies) for a in record.activities] == [
        (task, [lead], partners.split("\n")) for task, lead, partners, _ in TASKS]
    for a in record.activities:  # provenance: the span holds the task
        assert a.title in out.text[a.span.start:a.span.end]
    assert "Phụ lục nhiệm vụ - Kế hoạch số" not in out.text


OWN = "61/KH-UBND"
PORTRAIT = "Kế hoạch số 61/KH-UBND ngày 14/01/2028 của UBND huyện Tân Lạc"
ANNEX = "Phụ lục nhiệm vụ - Kế hoạch số 61/KH-UBND của UBND huyện Tân Lạc"

# (first lines of the pages after the first, the key expected among the running headers)
SECTION_HEADERS = [
    ([PORTRAIT, ANNEX, ANNEX, PORTRAIT], "Phụ lục nhiệm vụ - Kế hoạch số #/KH-UBND của UBND huyện Tân Lạc"),
    ([ANNEX, ANNEX, "III. KINH PHÍ THỰC HIỆN"], "Phụ lục nhiệm vụ - Kế hoạch số #/KH-UBND của UBND huyện Tân Lạc"),
    (["KH số 61/KH-UBND - Phụ lục II", "KH số 61/KH-UBND - Phụ lục II", None, "Điều 3. Tổ chức thực hiện"],
     "KH số #/KH-UBND - Phụ lục II"),
]


@pytest.mark.parametrize("firsts, key", SECTION_HEADERS)
def test_a_sections_running_header(firsts, key):
    assert key in running_number_header(firsts, OWN, (14, 1, 2028))


# atop two pages in a row but naming another document, citing this one, or a sentence; atop one page only
NOT_HEADERS = [
    [PORTRAIT, "Phụ lục - Kế hoạch số 45/KH-UBND của UBND tỉnh Hà Lam", "Phụ lục - Kế hoạch số 45/KH-UBND của UBND tỉnh Hà Lam"],
    [PORTRAIT, "(Kèm theo Kế hoạch số 61/KH-UBND ngày 14/01/2028)", "(Kèm theo Kế hoạch số 61/KH-UBND ngày 14/01/2028)"],
    [PORTRAIT, ANNEX, "III. KINH PHÍ THỰC HIỆN", ANNEX],
    ["Các cơ quan, đơn vị tổ chức thực hiện Kế hoạch số 61/KH-UBND và báo cáo kết quả thực hiện về Ủy ban nhân dân huyện",
     "Các cơ quan, đơn vị tổ chức thực hiện Kế hoạch số 61/KH-UBND và báo cáo kết quả thực hiện về Ủy ban nhân dân huyện",
     "III. KINH PHÍ"],
]


@pytest.mark.parametrize("firsts", NOT_HEADERS)
def test_no_sections_running_header(firsts):
    assert not running_number_header(firsts, OWN, (14, 1, 2028)) & {re.sub(r"\d+", "#", f) for f in firsts if f}


# (a cut row's cell, the rest on the next page run into one line, the cell finished)
FINISHED = [
    ("Trung tâm Khuyến nông và Dịch vụ", "nông nghiệp tỉnh Ngân hàng Chính sách xã hội huyện",
     "Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh; Ngân hàng Chính sách xã hội huyện"),
    ("Sở Khoa học và", "Công nghệ Sở Công Thương", "Sở Khoa học và Công nghệ; Sở Công Thương"),
    ("Ủy ban nhân dân các", "xã, phường Công an tỉnh", "Ủy ban nhân dân các xã, phường; Công an tỉnh"),
]


@pytest.mark.parametrize("cell, rest, expected", FINISHED)
def test_cut_agency_cell_finished_name_by_name(cell, rest, expected):
    assert _finished(cell, rest) == expected


# one name finished, or words that are no list of agencies: joined as before
JOINED = [
    ("Sở Văn hóa,", "Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Phòng Văn hóa và", "Thông tin huyện", "Phòng Văn hóa và Thông tin huyện"),
    ("Tuyên truyền về hồ sơ", "sức khỏe điện tử Sở Y tế", "Tuyên truyền về hồ sơ sức khỏe điện tử Sở Y tế"),
    ("Ban Quản lý dự án đầu tư", "xây dựng Công trình giao thông", "Ban Quản lý dự án đầu tư xây dựng Công trình giao thông"),
]


@pytest.mark.parametrize("cell, rest, expected", JOINED)
def test_cut_cell_joined(cell, rest, expected):
    assert _finished(cell, rest) == expected
