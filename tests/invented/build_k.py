"""Invented documents of hold-out round K.

The Word documents:

- a ministry's (Bộ) Kế hoạch whose tasks are a bordered table "TT | Nhiệm vụ | Đơn vị chủ trì |
  Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành", the rows grouped under Roman numerals and
  numbered on across the groups, several agencies in one cell split by ";";
- a province's Chương trình hành động implementing a Party resolution, its targets in "Đến năm
  2028: ...; ..." and "Đến năm 2030: ..." paragraphs (a range "8 - 9%/năm", "giảm còn dưới 3%"),
  its funds in one sentence of billions with a decimal comma.

The text document: a ward's (phường, under a provincial city) Kế hoạch as text copied from a PDF:
lines hard-wrapped at a fixed width, a page number alone on a line at each page break, the
amounts in full đồng.

The workbook: a district's budget annex in Excel (title lines merged across the sheet, a two-row
header merged in Excel, amounts as numbers in a thousands format, empty cells for no amount).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_k
OUTDIR` writes the four files, the same bytes on every run. The other k_* inputs (an .html
Quyết định approving a budget estimate, a Markdown scrape, an old portal's .html) are written
by hand.
"""

from __future__ import annotations

import io
import re
import sys
import textwrap
import zipfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

MINISTRY = "k_bkhcn_1520-kh-bkhcn_2026_bang-nhiem-vu.docx"
PROGRAMME = "k_taylinh_34-ctr-ubnd_2026_ctr-hanh-dong.docx"
WARD = "k_phuong-namthanh_86-kh-ubnd_2024_pdf-copy.txt"


def ministry_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "-------", "Số: 1520/KH-BKHCN"],
            [*MOTTO, "Hà Nội, ngày 22 tháng 4 năm 2026"], bold=(1, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chuyển đổi số công tác thống kê khoa học, công nghệ và đổi mới sáng tạo năm 2026",
               bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức năng, "
              "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;"),
        ("i", "Căn cứ Quyết định số 2817/QĐ-TTg ngày 30 tháng 12 năm 2025 của Thủ tướng Chính phủ phê duyệt "
              "Chiến lược phát triển thống kê Việt Nam giai đoạn 2026 - 2030;"),
        ("p", "Bộ Khoa học và Công nghệ ban hành Kế hoạch chuyển đổi số công tác thống kê khoa học, công nghệ "
              "và đổi mới sáng tạo năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Hình thành hệ thống thông tin thống kê khoa học, công nghệ và đổi mới sáng tạo số hóa, kết nối "
              "từ Trung ương đến địa phương, phục vụ kịp thời công tác quản lý nhà nước."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- 100% đơn vị thuộc Bộ và Sở Khoa học và Công nghệ các tỉnh, thành phố báo cáo thống kê qua "
              "hệ thống phần mềm;"),
        ("p", "- Tỷ lệ tổ chức khoa học và công nghệ công lập cập nhật dữ liệu đúng hạn đạt trên 90%."),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
        ("p", "Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành như sau:"),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    _table(doc, [
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
        ["I", "Hoàn thiện thể chế, chính sách", "", "", "", ""],
        ["1", "Xây dựng Thông tư quy định chế độ báo cáo thống kê ngành khoa học và công nghệ",
         "Cục Thông tin, Thống kê", "Vụ Pháp chế; Văn phòng Bộ", "Thông tư", "Quý III/2026"],
        ["2", "Sửa đổi Quy chế quản lý, khai thác dữ liệu thống kê của Bộ",
         "Vụ Kế hoạch - Tài chính; Văn phòng Bộ", "Các đơn vị thuộc Bộ", "Quyết định ban hành Quy chế",
         "Tháng 10/2026"],
        ["II", "Xây dựng, kết nối cơ sở dữ liệu", "", "", "", ""],
        ["3", "Xây dựng cơ sở dữ liệu thống kê khoa học, công nghệ và đổi mới sáng tạo",
         "Cục Thông tin, Thống kê", "Trung tâm Công nghệ thông tin; Sở Khoa học và Công nghệ các tỉnh, thành phố",
         "Cơ sở dữ liệu được vận hành", "Tháng 12/2026"],
        ["4", "Kết nối, chia sẻ dữ liệu với Hệ thống thông tin thống kê quốc gia",
         "Trung tâm Công nghệ thông tin", "Cục Thông tin, Thống kê; Cục Thống kê (Bộ Tài chính)",
         "Dữ liệu được kết nối, chia sẻ", "Năm 2026"],
        ["III", "Đào tạo, bồi dưỡng nghiệp vụ", "", "", "", ""],
        ["5", "Tập huấn nghiệp vụ thống kê cho công chức Sở Khoa học và Công nghệ các tỉnh, thành phố",
         "Cục Thông tin, Thống kê; Học viện Khoa học, Công nghệ và Đổi mới sáng tạo",
         "Sở Khoa học và Công nghệ các tỉnh, thành phố", "03 lớp tập huấn", "Quý II, quý III/2026"],
    ])
    for kind, text in (
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước chi sự nghiệp khoa học và "
              "công nghệ năm 2026 đã giao cho các đơn vị và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Cục Thông tin, Thống kê là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo "
              "cáo Bộ trưởng kết quả thực hiện trước ngày 20 tháng 12 năm 2026."),
        ("p", "2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện các nhiệm vụ trong dự toán năm 2026 của "
              "các đơn vị."),
        ("p", "3. Văn phòng Bộ phối hợp kiểm tra, đôn đốc các đơn vị thực hiện chế độ báo cáo thống kê."),
        ("p", "4. Thủ trưởng các đơn vị thuộc Bộ chủ động triển khai các nhiệm vụ được giao, bảo đảm tiến độ và "
              "chất lượng./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Các đơn vị thuộc Bộ;",
                  "- Sở KH&CN các tỉnh, thành phố;", "- Cổng TTĐT Bộ KH&CN;", "- Lưu: VT, TTTK."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Lê Hoàng Phúc"])
    return _save(doc)


def programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TÂY LĨNH", "-------", "Số: 34/CTr-UBND"],
            [*MOTTO, "Tây Lĩnh, ngày 09 tháng 6 năm 2026"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Nghị quyết số 57-NQ/TU ngày 18 tháng 3 năm 2026 của Ban Chấp hành Đảng bộ tỉnh về "
               "phát triển giáo dục nghề nghiệp đến năm 2030", bold=True, center=True)
    for kind, text in (
        ("p", "Ngày 18 tháng 3 năm 2026, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 57-NQ/TU về phát triển "
              "giáo dục nghề nghiệp đến năm 2030 (sau đây gọi tắt là Nghị quyết số 57-NQ/TU). Để triển khai thực "
              "hiện Nghị quyết, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu tổng quát"),
        ("p", "Phát triển hệ thống giáo dục nghề nghiệp mở, linh hoạt, gắn với nhu cầu của thị trường lao động; "
              "nâng cao chất lượng nguồn nhân lực, đáp ứng yêu cầu chuyển dịch cơ cấu kinh tế của tỉnh."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Đến năm 2028: tỷ lệ lao động qua đào tạo đạt 68%, trong đó có bằng cấp, chứng chỉ đạt 32%; tỷ lệ "
              "thất nghiệp khu vực thành thị giảm còn dưới 3,5%."),
        ("p", "- Đến năm 2030: tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 40%; quy mô "
              "tuyển sinh giáo dục nghề nghiệp tăng bình quân 8 - 9%/năm; tỷ lệ thất nghiệp khu vực thành thị giảm "
              "còn dưới 3%."),
        ("p", "- Đến năm 2030, 95% cơ sở giáo dục nghề nghiệp công lập đạt tiêu chuẩn chất lượng theo quy định."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        ("h", "1. Sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp"),
        ("p", "Sáp nhập các trung tâm giáo dục nghề nghiệp cấp huyện cũ vào Trường Cao đẳng Tây Lĩnh; đầu tư "
              "trọng điểm 02 ngành nghề đạt chuẩn khu vực ASEAN."),
        ("h", "2. Đổi mới nội dung, chương trình đào tạo"),
        ("p", "Cập nhật chương trình đào tạo theo chuẩn đầu ra; tăng thời lượng thực hành tại doanh nghiệp lên tối "
              "thiểu 50% thời gian khóa học."),
        ("h", "3. Phát triển đội ngũ nhà giáo"),
        ("p", "Bồi dưỡng kỹ năng nghề cho nhà giáo; thu hút nghệ nhân, người có tay nghề cao tham gia giảng dạy."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Chương trình giai đoạn 2026 - 2030 dự kiến 1.250 tỷ đồng, trong đó: ngân sách "
              "trung ương 420 tỷ đồng, ngân sách tỉnh 610,5 tỷ đồng, nguồn xã hội hóa 219,5 tỷ đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Giáo dục và Đào tạo chủ trì, hướng dẫn các cơ sở giáo dục nghề nghiệp xây dựng kế hoạch thực "
              "hiện; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 hằng năm."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình theo khả năng cân đối ngân sách."),
        ("p", "3. Sở Nội vụ cung cấp thông tin thị trường lao động, nhu cầu tuyển dụng của doanh nghiệp."),
        ("p", "4. Ủy ban nhân dân các xã, phường tuyên truyền, vận động thanh niên tham gia học nghề./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Vương Đình Tuấn"])
    return _save(doc)


# the ward's plan as its paragraphs; "#" (a line) or " # " (within a paragraph) marks a page break
WARD_PARAGRAPHS = [
    "UBND THÀNH PHỐ PHÚ HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "UBND PHƯỜNG NAM THÀNH Độc lập - Tự do - Hạnh phúc",
    "Số: 86/KH-UBND Nam Thành, ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn phường Nam Thành năm 2024",
    "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;",
    "Thực hiện Kế hoạch số 41/KH-UBND ngày 26 tháng 01 năm 2024 của Ủy ban nhân dân thành phố Phú Hà về quản lý "
    "chất thải rắn sinh hoạt trên địa bàn thành phố năm 2024;",
    "Ủy ban nhân dân phường Nam Thành xây dựng Kế hoạch phân loại chất thải rắn sinh hoạt tại nguồn năm 2024 như "
    "sau:",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Nâng cao nhận thức của người dân về phân loại chất thải rắn sinh hoạt tại nguồn; giảm lượng chất thải phải "
    "chôn lấp, # góp phần xây dựng phường xanh, sạch, đẹp.",
    "2. Mục tiêu cụ thể",
    "- 100% tổ dân phố được tuyên truyền, hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn;",
    "- Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn đạt 70% trở lên;",
    "- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 98%.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Tuyên truyền, hướng dẫn phân loại tại hộ gia đình",
    "Tổ chức 06 hội nghị hướng dẫn tại các tổ dân phố; phát 3.500 tờ rơi; tuyên truyền trên hệ thống loa "
    "truyền thanh của phường.",
    "Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên phường.",
    "2. Trang bị thùng chứa chất thải đã phân loại",
    "Cấp 1.200 bộ thùng chứa hai ngăn cho hộ gia đình tại các tổ dân phố 3, 5 và 7; bố trí 40 điểm tập kết "
    "có mái che.",
    "Chủ trì: Công chức Địa chính - Xây dựng - Đô thị và Môi trường; phối hợp: Ban điều hành các tổ dân phố.",
    "#",
    "3. Kiểm tra, xử lý vi phạm",
    "Kiểm tra việc phân loại, để chất thải đúng giờ, đúng nơi quy định; xử lý vi phạm theo Nghị định số "
    "45/2022/NĐ-CP.",
    "Chủ trì: Công an phường; phối hợp: Công chức Địa chính - Xây dựng - Đô thị và Môi trường.",
    "III. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí thực hiện Kế hoạch là 185.600.000 đồng (Một trăm tám mươi lăm triệu sáu trăm nghìn đồng), "
    "trong đó ngân sách phường 145.600.000 đồng, nguồn xã hội hóa 40.000.000 đồng.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Công chức Địa chính - Xây dựng - Đô thị và Môi trường: tham mưu Ủy ban nhân dân phường triển khai Kế "
    "hoạch; tổng hợp, báo cáo kết quả trước ngày 05 tháng 12 năm 2024.",
    "2. Công chức Tài chính - Kế toán: tham mưu bố trí kinh phí theo Kế hoạch.",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường: tuyên truyền, vận động đoàn viên, hội viên thực hiện "
    "phân loại chất thải tại nguồn.",
    "4. Ban điều hành các tổ dân phố: hướng dẫn, giám sát các hộ gia đình thực hiện./.",
    "#",
    "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
    "- UBND thành phố (b/c); KT. CHỦ TỊCH",
    "- Phòng Tài nguyên và Môi trường thành phố; PHÓ CHỦ TỊCH",
    "- TT Đảng ủy, TT HĐND phường;",
    "- Các tổ dân phố;",
    "- Lưu: VT. Hồ Thị Mỹ Duyên",
]


def ward_text(width: int = 86) -> str:
    """The ward's plan as a PDF's text copy: each paragraph hard-wrapped at `width`, the
    header and signature lines (two columns side by side in the PDF) kept as they are, and
    the page number alone on a line (after an empty line) where a page ends."""
    lines, page = [], 1
    for para in WARD_PARAGRAPHS:
        for i, part in enumerate(para.split(" # ") if para != "#" else ["", ""]):
            if i:  # a page ends here, within the paragraph or between two
                page += 1
                lines += ["", str(page), ""]
            if part:
                lines += [part] if len(part) <= width else textwrap.wrap(part, width)
    return "\n".join(lines) + "\n"


ANNEX = "k_huyen-phongthanh_phu-luc-du-toan_2025.xlsx"
# (code, content, total, ngân sách tỉnh, ngân sách huyện, người chăn nuôi đóng góp); None: an empty cell
ANNEX_ROWS = [
    ("I", "Tiêm phòng vắc xin", 1180, 720, 310, 150),
    ("1", "Vắc xin lở mồm long móng", 640, 400, 160, 80),
    ("2", "Vắc xin dịch tả lợn châu Phi", 540, 320, 150, 70),
    ("II", "Tiêu độc, khử trùng", 420, 250, 170, None),
    ("1", "Hóa chất tiêu độc", 300, 200, 100, None),
    ("2", "Công phun hóa chất", 120, 50, 70, None),
    ("III", "Tập huấn, tuyên truyền cho người chăn nuôi", 85.5, None, 85.5, None),
    (None, "Tổng cộng", 1685.5, 970, 565.5, 150),
]


def annex() -> bytes:
    """A district's budget annex as an Excel workbook: the title lines merged across the
    sheet, a two-row header merged in Excel (Nguồn kinh phí over three sources), the
    amounts as numbers with a thousands format (one decimal where one is needed), an
    empty cell for no amount, a note under the grid."""

    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phu luc"
    for row, text in ((1, "PHỤ LỤC"),
                      (2, "DỰ TOÁN KINH PHÍ PHÒNG, CHỐNG DỊCH BỆNH GIA SÚC, GIA CẦM NĂM 2025"),
                      (3, "(Kèm theo Kế hoạch số 76/KH-UBND ngày 20/02/2025 của UBND huyện Phong Thạnh)")):
        sheet.cell(row, 1, text).font = Font(bold=row < 3, italic=row == 3)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center")
    sheet.cell(4, 5, "Đơn vị tính: triệu đồng").font = Font(italic=True)
    sheet.merge_cells("E4:F4")
    for col, text in enumerate(["STT", "Nội dung", "Tổng kinh phí", "Nguồn kinh phí"], start=1):
        sheet.cell(5, col, text).font = Font(bold=True)
    for col, text in enumerate(["Ngân sách tỉnh", "Ngân sách huyện", "Người chăn nuôi đóng góp"], start=4):
        sheet.cell(6, col, text).font = Font(bold=True)
    for rng in ("A5:A6", "B5:B6", "C5:C6", "D5:F5"):
        sheet.merge_cells(rng)
    for r, (code, label, *amounts) in enumerate(ANNEX_ROWS, start=7):
        sheet.cell(r, 1, code)
        sheet.cell(r, 2, label).font = Font(bold=code is None or not code.isdigit())
        for c, value in enumerate(amounts, start=3):
            if value is not None:
                cell = sheet.cell(r, c, value)
                cell.number_format = "#,##0.0" if value != int(value) else "#,##0"
    sheet.cell(7 + len(ANNEX_ROWS) + 1, 1, "Ghi chú: Kinh phí ngân sách huyện bố trí trong dự toán năm 2025 của Trạm "
               "Chăn nuôi và Thú y huyện.").font = Font(italic=True)
    return fixed_book(book)


def fixed_book(book) -> bytes:
    """An openpyxl workbook's bytes, the same on every run: its author and times fixed, the zip entries' times
    fixed, and the time openpyxl stamps at saving."""
    from tests.probes.tables_docx import FIXED_TIME
    book.properties.creator = book.properties.lastModifiedBy = "vn-plan-extract tests"
    book.properties.created = book.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    book.save(buf)
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-05-06T07:08:09Z", data)
            info.date_time = (2026, 1, 1, 0, 0, 0)
            dst.writestr(info, data)
    return out.getvalue()


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MINISTRY).write_bytes(ministry_plan())
    (folder / PROGRAMME).write_bytes(programme())
    (folder / WARD).write_text(ward_text(), encoding="utf-8")
    (folder / ANNEX).write_bytes(annex())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
