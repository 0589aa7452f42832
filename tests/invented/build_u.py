"""Invented Word documents of hold-out round U (the shapes a Word file exported to PDF carries).

- a province's Kế hoạch whose tasks are an appendix in a landscape section (a second section of
  the document, page orientation landscape) "STT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan
  phối hợp | Thời gian hoàn thành", long enough to run over two pages, its header row repeated on
  every page (w:tblHeader) and its rows allowed to break across a page;
- a district's Kế hoạch for 2025 - 2027 whose funds are an appendix table "ĐVT: triệu đồng" with a
  "Tổng cộng" column and, per year, one column per source under a merged year heading, the "Tổng
  cộng" row FIRST (right under the header), then group rows (I, II) carrying their subtotals;
- a province's Quyết định "Điều 1 .. Điều 4" (Điều 2 assigns, Điều 4 names who executes it), then
  after a page break the plan it issues with its own header table and "(Ban hành kèm theo ...)",
  whose targets are a table "TT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Kế hoạch 2026 | So sánh (%)"
  (the last column a ratio, no target);
- a ward's Kế hoạch with Word footnotes (a reference mark after a number, the notes at the end of
  the page: a result of the past year, the source of a figure), its tasks a ruled table, signed
  "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" beside "Nơi nhận" in a borderless table;
- a province department's (Sở) Kế hoạch whose header names the governing body above the Sở
  ("UBND TỈNH ..." over "SỞ ..."), its tasks numbered headings with a "- Thời gian: ..." line and
  agencies in a sentence, its funds a ruled table by source with the "Tổng cộng" row LAST and
  the amounts in đồng written in full, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" with "Nơi nhận"
  BELOW the signature (not beside it).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_u
OUTDIR` writes the five .docx files, the same bytes on every run.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _stable_zip, _widths

LANDSCAPE = "u_tinh-thuonggiang_205-kh-ubnd_2026_phu-luc-ngang.docx"
BUDGET = "u_huyen-tamkhe_96-kh-ubnd_2025_du-toan-tong-dau.docx"
DECISION = "u_tinh-vinhdong_1432-qd-ubnd_2026_dieu-4-kem-kh.docx"
WARD = "u_phuong-hoaantay_37-kh-ubnd_2026_chu-thich.docx"
DEPARTMENT = "u_sct-tayson_58-kh-sct_2026_noi-nhan-duoi.docx"


def _body(doc, items) -> None:
    for kind, text in items:
        _paragraph(doc, text, bold=kind == "h", justify=True)


def _repeat_header(table, rows: int = 1) -> None:
    """Mark the first `rows` rows as the header Word repeats on every page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for row in table.rows[:rows]:
        tr_pr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def _landscape(doc) -> None:
    """A new section from a new page, landscape A4."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin, section.right_margin = Cm(2), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)


# ---------------------------------------------------------------------------
# 1. The landscape appendix of tasks over two pages.

TASKS = [
    ("Xây dựng cơ sở dữ liệu vùng trồng, vùng nuôi và mã số vùng trồng trên địa bàn tỉnh",
     "Cơ sở dữ liệu vùng trồng được cập nhật trên nền tảng số của tỉnh", "Sở Nông nghiệp và Môi trường",
     "Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã, phường", "Quý III/2026"),
    ("Triển khai truy xuất nguồn gốc điện tử cho các sản phẩm OCOP chủ lực của tỉnh",
     "Tem truy xuất điện tử gắn cho ít nhất 120 sản phẩm OCOP", "Sở Công Thương",
     "Sở Nông nghiệp và Môi trường", "Quý IV/2026"),
    ("Đưa các hợp tác xã nông nghiệp lên sàn thương mại điện tử",
     "Danh sách hợp tác xã có gian hàng trên sàn thương mại điện tử", "Sở Công Thương",
     "Liên minh Hợp tác xã tỉnh", "Cả năm 2026"),
    ("Ứng dụng cảm biến và hệ thống tưới tự động cho vùng cây ăn quả tập trung",
     "Mô hình trình diễn tại 04 xã có vùng cây ăn quả", "Trung tâm Khuyến nông tỉnh",
     "Ủy ban nhân dân các xã có vùng cây ăn quả", "Quý II - Quý III/2026"),
    ("Số hóa hồ sơ cấp giấy chứng nhận an toàn thực phẩm nông lâm thủy sản",
     "Toàn bộ hồ sơ từ năm 2020 được số hóa và lưu trữ điện tử", "Chi cục Quản lý chất lượng nông lâm thủy sản",
     "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026"),
    ("Xây dựng bản đồ số về cảnh báo sạt lở đất và lũ quét phục vụ sản xuất nông nghiệp",
     "Bản đồ số cảnh báo thiên tai được công bố trên Cổng thông tin điện tử tỉnh",
     "Chi cục Thủy lợi", "Đài Khí tượng Thủy văn tỉnh; Sở Xây dựng", "Quý III/2026"),
    ("Triển khai phần mềm quản lý dịch bệnh động vật đến cấp xã",
     "Phần mềm được sử dụng tại 100% xã, phường", "Chi cục Chăn nuôi và Thú y",
     "Ủy ban nhân dân các xã, phường", "Quý II/2026"),
    ("Tập huấn kỹ năng số cho cán bộ khuyến nông cơ sở và thành viên tổ hợp tác",
     "Tổ chức 12 lớp tập huấn cho 600 lượt học viên", "Trung tâm Khuyến nông tỉnh",
     "Hội Nông dân tỉnh; Tỉnh đoàn", "Quý II - Quý IV/2026"),
    ("Kết nối dữ liệu giá nông sản từ các chợ đầu mối về Trung tâm điều hành thông minh của tỉnh",
     "Bảng tin giá nông sản cập nhật hằng ngày", "Sở Công Thương",
     "Trung tâm Điều hành thông minh tỉnh", "Quý IV/2026"),
    ("Ứng dụng ảnh vệ tinh theo dõi biến động diện tích rừng",
     "Báo cáo biến động diện tích rừng hằng quý", "Chi cục Kiểm lâm",
     "Ban Quản lý rừng phòng hộ Sông Giang", "Cả năm 2026"),
    ("Xây dựng sổ tay nông dân điện tử trên thiết bị di động",
     "Ứng dụng sổ tay nông dân điện tử có ít nhất 20.000 lượt tải", "Sở Nông nghiệp và Môi trường",
     "Hội Nông dân tỉnh; Báo và Phát thanh, Truyền hình Thượng Giang", "Quý III/2026"),
    ("Thí điểm thiết bị bay không người lái phun thuốc bảo vệ thực vật trên vùng lúa tập trung",
     "Mô hình thí điểm trên 300 ha lúa", "Chi cục Trồng trọt và Bảo vệ thực vật",
     "Ủy ban nhân dân các xã có vùng lúa tập trung", "Vụ Hè Thu năm 2026"),
    ("Cung cấp dịch vụ công trực tuyến toàn trình trong lĩnh vực nông nghiệp",
     "Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%", "Sở Nông nghiệp và Môi trường",
     "Trung tâm Phục vụ hành chính công tỉnh", "Cả năm 2026"),
    ("Tổng kết, đánh giá kết quả chuyển đổi số trong lĩnh vực nông nghiệp năm 2026",
     "Báo cáo tổng kết trình Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường",
     "Các sở, ngành liên quan", "Tháng 12/2026"),
]


def landscape_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THƯỢNG GIANG", "-------", "Số: 205/KH-UBND"],
            [*MOTTO, "Thượng Giang, ngày 06 tháng 4 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chuyển đổi số trong lĩnh vực nông nghiệp tỉnh Thượng Giang năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Nghị quyết số 09-NQ/TU ngày 15 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy về chuyển đổi "
              "số tỉnh Thượng Giang đến năm 2030;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số trong lĩnh vực nông nghiệp năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Ứng dụng công nghệ số vào sản xuất, quản lý và tiêu thụ nông sản, nâng cao giá trị gia tăng và "
              "thu nhập của người nông dân."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- 60% hợp tác xã nông nghiệp ứng dụng nền tảng số trong sản xuất, kinh doanh;"),
        ("p", "- 100% vùng trồng được cấp mã số được quản lý trên cơ sở dữ liệu số của tỉnh;"),
        ("p", "- Trên 80% hồ sơ thủ tục hành chính trong lĩnh vực nông nghiệp được giải quyết trực tuyến toàn trình."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại Phụ lục kèm theo "
              "Kế hoạch này."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 7.850 triệu đồng, trong đó: ngân sách tỉnh 6.350 triệu đồng; "
              "nguồn xã hội hóa 1.500 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Nông nghiệp và Môi trường chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo "
              "cáo Ủy ban nhân dân tỉnh trước ngày 05 tháng 12 năm 2026."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Sở Công Thương hỗ trợ các hợp tác xã tham gia sàn thương mại điện tử."),
        ("p", "4. Ủy ban nhân dân các xã, phường triển khai các nhiệm vụ được giao tại địa phương./."),
    ))
    closing(doc, ["- Bộ Nông nghiệp và Môi trường;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, KTN."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lương Thị Thu Hà"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TRONG LĨNH VỰC NÔNG NGHIỆP NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 205/KH-UBND ngày 06 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Thượng "
                    "Giang)", italic=True, center=True)
    rows = [["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]]
    rows += [[str(i), *task] for i, task in enumerate(TASKS, 1)]
    table = _table(doc, rows)
    _widths(table, [1.2, 7.5, 6.0, 4.3, 4.8, 2.9])
    _repeat_header(table)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The budget appendix with the "Tổng cộng" row first.

BUDGET_ROWS = [
    # code, label, total, (2025 huyện, 2025 lồng ghép, 2026 ..., 2027 ...)
    ("", "Tổng cộng", "5.460", ("1.240", "500", "1.320", "500", "1.400", "500")),
    ("I", "Phát triển sản xuất hàng hóa", "3.720", ("840", "350", "880", "350", "950", "350")),
    ("1", "Hỗ trợ xây dựng vùng chè an toàn", "2.160", ("480", "200", "510", "200", "570", "200")),
    ("2", "Hỗ trợ liên kết tiêu thụ sản phẩm chè", "1.560", ("360", "150", "370", "150", "380", "150")),
    ("II", "Đào tạo, chuyển giao kỹ thuật", "1.740", ("400", "150", "440", "150", "450", "150")),
    ("3", "Tập huấn kỹ thuật canh tác chè hữu cơ", "1.290", ("300", "100", "330", "100", "360", "100")),
    ("4", "Tham quan học tập mô hình ngoài huyện", "450", ("100", "50", "110", "50", "90", "50")),
]


def budget_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN TAM KHÊ", "-------", "Số: 96/KH-UBND"],
            [*MOTTO, "Tam Khê, ngày 12 tháng 3 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển vùng chè an toàn huyện Tam Khê giai đoạn 2025 - 2027", bold=True, center=True)
    _body(doc, (
        ("p", "Thực hiện Nghị quyết số 14/NQ-HĐND ngày 20 tháng 12 năm 2024 của Hội đồng nhân dân huyện Tam Khê về "
              "phát triển cây chè giai đoạn 2025 - 2027;"),
        ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Phát triển vùng chè an toàn, tập trung, gắn với chế biến và tiêu thụ; đến năm 2027 có 65% diện tích "
              "chè được sản xuất theo tiêu chuẩn VietGAP hoặc hữu cơ và 40% sản lượng chè búp tươi được tiêu thụ "
              "qua hợp đồng liên kết."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "1. Hỗ trợ xây dựng vùng chè an toàn: Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân "
              "dân các xã có vùng chè thực hiện."),
        ("p", "2. Hỗ trợ liên kết tiêu thụ sản phẩm chè: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với "
              "Hội Nông dân huyện thực hiện."),
        ("p", "3. Tập huấn kỹ thuật canh tác chè hữu cơ: Trung tâm Dịch vụ nông nghiệp huyện chủ trì, phối hợp với "
              "Ủy ban nhân dân các xã thực hiện."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2027 là 5.460 triệu đồng (chi tiết tại Phụ lục kèm "
              "theo), trong đó: ngân sách huyện 3.960 triệu đồng; vốn lồng ghép các chương trình mục tiêu quốc gia "
              "1.500 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế "
              "hoạch, báo cáo Ủy ban nhân dân huyện trước ngày 20 tháng 11 hằng năm."),
        ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã có vùng chè xây dựng kế hoạch thực hiện tại địa phương./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Vàng A Sình"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2025 - 2027", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 96/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân huyện Tam Khê)",
               italic=True, center=True)
    _paragraph(doc, "ĐVT: triệu đồng", italic=True)
    head = [["STT", "Nội dung", "Tổng cộng", "Năm 2025", "", "Năm 2026", "", "Năm 2027", ""],
            ["", "", "", "Ngân sách huyện", "Vốn lồng ghép", "Ngân sách huyện", "Vốn lồng ghép",
             "Ngân sách huyện", "Vốn lồng ghép"]]
    body = [[code, label, total, *cells] for code, label, total, cells in BUDGET_ROWS]
    table = _table(doc, head + body, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)),
                                             ((0, 3), (0, 4)), ((0, 5), (0, 6)), ((0, 7), (0, 8))))
    _widths(table, [1.0, 4.6, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.4])
    _repeat_header(table, 2)
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The Quyết định of four articles with the plan after a page break.

TARGETS = [
    ("1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92,4", "94", "101,7"),
    ("2", "Số giường bệnh trên 10.000 dân", "giường", "31,5", "33", "104,8"),
    ("3", "Tỷ lệ trạm y tế xã có bác sĩ làm việc", "%", "88", "95", "108,0"),
    ("4", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "%", "70", "85", "121,4"),
]


def decision_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH ĐÔNG", "-------", "Số: 1432/QĐ-UBND"],
            [*MOTTO, "Vĩnh Đông, ngày 25 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Ban hành Kế hoạch phát triển sự nghiệp y tế tỉnh Vĩnh Đông năm 2026", bold=True, center=True)
    _paragraph(doc, "ỦY BAN NHÂN DÂN TỈNH VĨNH ĐÔNG", bold=True, center=True)
    for line in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                 "Căn cứ Nghị quyết số 52/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Vĩnh Đông "
                 "về kế hoạch phát triển kinh tế - xã hội năm 2026;",
                 "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 215/TTr-SYT ngày 16 tháng 02 năm 2026."):
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    _body(doc, (
        ("p", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển sự nghiệp y tế tỉnh Vĩnh Đông năm 2026."),
        ("p", "Điều 2. Giao Sở Y tế chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các xã, phường tổ chức "
              "triển khai thực hiện Kế hoạch."),
        ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
        ("p", "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Giám đốc Sở Tài chính, Giám đốc Bảo "
              "hiểm xã hội tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu "
              "trách nhiệm thi hành Quyết định này./."),
    ))
    closing(doc, ["- Như Điều 4;", "- Bộ Y tế;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Quang Tuấn"])
    doc.add_page_break()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH ĐÔNG", "-------"], MOTTO, bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển sự nghiệp y tế tỉnh Vĩnh Đông năm 2026", bold=True, center=True)
    _paragraph(doc, "(Ban hành kèm theo Quyết định số 1432/QĐ-UBND ngày 25 tháng 02 năm 2026 của Ủy ban nhân dân "
                    "tỉnh Vĩnh Đông)", italic=True, center=True)
    _body(doc, (
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe ban đầu; củng cố mạng lưới y tế cơ sở."),
        ("h", "2. Các chỉ tiêu chủ yếu"),
    ))
    rows = [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Kế hoạch 2026", "So sánh KH 2026/TH 2025 (%)"]]
    rows += [list(r) for r in TARGETS]
    table = _table(doc, rows)
    _widths(table, [1.0, 6.5, 1.8, 2.2, 2.2, 2.3])
    _body(doc, (
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Củng cố mạng lưới y tế cơ sở"),
        ("p", "Sở Y tế chủ trì, phối hợp với Sở Nội vụ và Ủy ban nhân dân các xã, phường bố trí đủ bác sĩ cho trạm y tế "
              "xã."),
        ("h", "2. Mở rộng bao phủ bảo hiểm y tế"),
        ("p", "Bảo hiểm xã hội tỉnh chủ trì, phối hợp với Sở Y tế và Ủy ban nhân dân các xã, phường vận động người dân "
              "tham gia bảo hiểm y tế."),
        ("h", "3. Triển khai hồ sơ sức khỏe điện tử"),
        ("p", "Sở Y tế chủ trì, phối hợp với Công an tỉnh kết nối hồ sơ sức khỏe điện tử với ứng dụng định danh điện "
              "tử."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện Kế hoạch là 46,8 tỷ đồng từ nguồn ngân sách tỉnh năm 2026 đã giao trong dự toán "
              "của các cơ quan, đơn vị."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng "
              "12 năm 2026."),
        ("p", "2. Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo dự toán được giao."),
        ("p", "3. Bảo hiểm xã hội tỉnh phối hợp thực hiện chỉ tiêu bao phủ bảo hiểm y tế."),
    ))
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The ward's plan with Word footnotes.

FOOTNOTES = [
    "Năm 2025, tỷ lệ này trên địa bàn phường đạt 78%.",
    "Theo số liệu rà soát của Công an phường đến ngày 31 tháng 12 năm 2025.",
    "Từ dự toán ngân sách phường năm 2026 đã được Hội đồng nhân dân phường thông qua.",
]


def _footnote_ref(paragraph, note_id: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    r_pr.append(align)
    run.append(r_pr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run.append(ref)
    paragraph._p.append(run)


def _with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """The archive with a word/footnotes.xml part (python-docx writes none): the two separator
    notes Word writes, then one note per text (ids 1, 2, ...) in 10 pt, as Word's Footnote Text."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
             '</w:p></w:footnote>']
    for i, text in enumerate(notes, 1):
        parts.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
                     f'<w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr>'
                     f'<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif info.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            dst.writestr(info, body)
        dst.writestr("word/footnotes.xml", "".join(parts).encode("utf-8"))
    return _stable_zip(out.getvalue())


def ward_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA AN TÂY", "-------", "Số: 37/KH-UBND"],
            [*MOTTO, "Hòa An Tây, ngày 14 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Bảo đảm trật tự an toàn giao thông trên địa bàn phường năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Thực hiện Kế hoạch số 09/KH-UBND ngày 06 tháng 01 năm 2026 của Ủy ban nhân dân thành phố Hòa An về "
              "bảo đảm trật tự an toàn giao thông năm 2026;"),
        ("p", "Ủy ban nhân dân phường ban hành Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "1. Kéo giảm tai nạn giao thông trên cả ba tiêu chí số vụ, số người chết và số người bị thương."),
    ))
    p = _paragraph(doc, "2. Phấn đấu 90% người tham gia giao thông bằng xe mô tô, xe gắn máy đội mũ bảo hiểm đúng "
                        "quy cách", justify=True)
    _footnote_ref(p, 1)
    p.add_run("; giảm 10% số vụ tai nạn giao thông so với năm 2025")
    _footnote_ref(p, 2)
    p.add_run(".")
    _body(doc, (
        ("h", "II. NHIỆM VỤ"),
    ))
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["1", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ tại các khu phố", "Công an phường",
             "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Cả năm"],
            ["2", "Xử lý lấn chiếm lòng đường, vỉa hè trên các tuyến đường chính", "Đội Quản lý trật tự đô thị phường",
             "Công an phường; Ban điều hành các khu phố", "Hằng tháng"],
            ["3", "Rà soát, đề xuất xử lý các điểm đen về tai nạn giao thông", "Phòng Kinh tế, Hạ tầng và Đô thị phường",
             "Công an phường", "Quý II/2026"]]
    table = _table(doc, rows)
    _widths(table, [1.2, 6.0, 3.3, 3.5, 2.0])
    _body(doc, (("h", "III. KINH PHÍ"),))
    p = _paragraph(doc, "Kinh phí thực hiện Kế hoạch là 245 triệu đồng", justify=True)
    _footnote_ref(p, 3)
    p.add_run(" từ nguồn ngân sách phường.")
    _body(doc, (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Công an phường là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Ủy ban "
              "nhân dân phường trước ngày 15 tháng 12 năm 2026."),
        ("p", "2. Phòng Kinh tế, Hạ tầng và Đô thị phường rà soát hệ thống biển báo, đèn tín hiệu giao thông."),
        ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động Nhân dân chấp hành pháp luật về giao thông./."),
    ))
    closing(doc, ["- UBND thành phố Hòa An (b/c);", "- Công an thành phố Hòa An;", "- TT Đảng ủy, TT HĐND phường;",
                  "- Các khu phố;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trương Minh Khoa"])
    doc_bytes = io.BytesIO()
    doc.save(doc_bytes)
    return _with_footnotes(doc_bytes.getvalue(), FOOTNOTES)


# ---------------------------------------------------------------------------
# 5. The department's plan, "Nơi nhận" below the signature.

def department_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH TÂY SƠN", "SỞ CÔNG THƯƠNG", "-------", "Số: 58/KH-SCT"],
            [*MOTTO, "Tây Sơn, ngày 03 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Tuần lễ hàng Việt và kết nối cung cầu tỉnh Tây Sơn năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Thực hiện Kế hoạch số 31/KH-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Tây Sơn về phát "
              "triển thương mại nội địa năm 2026;"),
        ("p", "Sở Công Thương xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Quảng bá sản phẩm của doanh nghiệp trong tỉnh, kết nối tiêu thụ hàng hóa; thu hút ít nhất 150 doanh "
              "nghiệp tham gia, trong đó 30% là doanh nghiệp ngoài tỉnh."),
        ("h", "II. NỘI DUNG"),
        ("h", "1. Tổ chức Tuần lễ hàng Việt tại Trung tâm Hội chợ triển lãm tỉnh"),
        ("p", "Trung tâm Xúc tiến thương mại tổ chức thực hiện; Phòng Quản lý thương mại phối hợp."),
        ("p", "- Thời gian: Tháng 5/2026."),
        ("h", "2. Tổ chức hội nghị kết nối cung cầu hàng nông sản"),
        ("p", "Phòng Quản lý thương mại chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện."),
        ("p", "- Thời gian: Tháng 9/2026."),
        ("h", "III. KINH PHÍ"),
    ))
    rows = [["STT", "Nội dung", "Ngân sách tỉnh (đồng)", "Doanh nghiệp đóng góp (đồng)", "Tổng (đồng)"],
            ["1", "Tuần lễ hàng Việt", "650.000.000", "400.000.000", "1.050.000.000"],
            ["2", "Hội nghị kết nối cung cầu", "180.000.000", "-", "180.000.000"],
            ["", "Tổng cộng", "830.000.000", "400.000.000", "1.230.000.000"]]
    table = _table(doc, rows)
    _widths(table, [1.2, 5.5, 3.2, 3.4, 3.0])
    _body(doc, (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Trung tâm Xúc tiến thương mại là đơn vị đầu mối tổ chức Tuần lễ hàng Việt; báo cáo kết quả về Sở "
              "trước ngày 30 tháng 6 năm 2026."),
        ("p", "2. Văn phòng Sở bảo đảm kinh phí, hậu cần cho các hoạt động của Kế hoạch./."),
    ))
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.0, 8.0])
    _cell_lines(table.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hồ Thị Bích Ngọc"], bold_upto=6)
    for i, line in enumerate(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Bộ Công Thương (b/c);", "- Giám đốc Sở;",
                              "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLTM."]):
        _paragraph(doc, line, bold=i == 0, italic=i == 0, size=11, space_after=0)
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LANDSCAPE).write_bytes(landscape_plan())
    (folder / BUDGET).write_bytes(budget_plan())
    (folder / DECISION).write_bytes(decision_plan())
    (folder / WARD).write_bytes(ward_plan())
    (folder / DEPARTMENT).write_bytes(department_plan())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
