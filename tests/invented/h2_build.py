"""Builds the Word inputs of probe round H2 (tests/invented/raw/h2_*.docx, and the .docx
the PDF is exported from). Everything is invented: provinces, agencies, people, numbers.

`python -m tests.invented.h2_build OUTDIR` writes the .docx files; the PDF is made from
`h2_vinhlong_billion.docx` with `soffice --headless --convert-to pdf` (its bytes vary
between LibreOffice versions, so the PDF in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from tests.probes.tables_docx import _stable, _table

FIXED_TIME = datetime(2026, 1, 2, 3, 4, 5)


def _new():
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED_TIME
    doc.core_properties.author = "h2"
    return doc


def _header(doc, left: list[str], number: str, place_date: str, title: list[str]) -> None:
    """The usual layout table: issuer | motto over number | place and date."""
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = left[0]
    for line in left[1:]:
        table.cell(0, 0).add_paragraph(line)
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    table.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    table.cell(0, 1).add_paragraph("---------------")
    table.cell(1, 0).text = number
    table.cell(1, 1).text = place_date
    for line in title:
        p = doc.add_paragraph()
        p.add_run(line).bold = True


def _signature(doc, recipients: list[str], authority: list[str], name: str) -> None:
    rows = max(len(recipients) + 1, len(authority) + 3)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.text = "Nơi nhận:"
    for line in recipients:
        left.add_paragraph(line)
    right.text = authority[0]
    for line in authority[1:]:
        right.add_paragraph(line)
    right.add_paragraph("")
    right.add_paragraph(name)
    del rows


def tuyenquang_annex_tasks():
    """Tasks only in an annex table after the signature: STT | Nhiệm vụ | Cơ quan chủ trì |
    Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm; group rows I-III merged across the
    table; one lead cell merged down over two tasks; the budget with no figures."""
    doc = _new()
    _header(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "-------"], "Số: 215/KH-UBND",
            "Tuyên Quang, ngày 14 tháng 3 năm 2026",
            ["KẾ HOẠCH", "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc "
             "trên địa bàn tỉnh giai đoạn 2026 - 2030"])
    for text in (
        "Căn cứ Quyết định số 922/QĐ-TTg ngày 02 tháng 8 năm 2025 của Thủ tướng Chính phủ phê duyệt "
        "Chương trình phát triển du lịch cộng đồng đến năm 2030;",
        "Căn cứ Nghị quyết số 18/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về "
        "phát triển du lịch giai đoạn 2026 - 2030;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Khai thác có hiệu quả tiềm năng văn hóa, cảnh quan của các làng, bản; tạo sinh kế cho "
        "đồng bào dân tộc thiểu số.",
        "2. Yêu cầu",
        "Các nhiệm vụ được phân công rõ cơ quan chủ trì, thời gian và sản phẩm.",
        "II. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Phát triển du lịch cộng đồng trở thành sản phẩm đặc trưng của tỉnh, góp phần bảo tồn "
        "bản sắc văn hóa các dân tộc.",
        "2. Mục tiêu cụ thể đến năm 2030",
        "- Có ít nhất 25 làng, bản đạt tiêu chuẩn du lịch cộng đồng.",
        "- 80% hộ tham gia kinh doanh du lịch cộng đồng được tập huấn kỹ năng phục vụ khách.",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "Các nhiệm vụ trọng tâm được phân công cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        "IV. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi thường xuyên của các cơ quan, đơn vị "
        "theo phân cấp ngân sách hiện hành, nguồn xã hội hóa và các nguồn hợp pháp khác.",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Sở Văn hóa, Thể thao và Du lịch",
        "- Là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
        "2. Sở Tài chính",
        "- Tham mưu bố trí kinh phí thực hiện các nhiệm vụ trong dự toán hằng năm của các cơ quan, đơn vị.",
        "3. Sở Nông nghiệp và Môi trường",
        "- Lồng ghép các chương trình mục tiêu quốc gia với phát triển du lịch cộng đồng ở vùng nông thôn.",
        "4. Ủy ban nhân dân các xã, phường",
        "- Vận động người dân giữ gìn cảnh quan, kiến trúc nhà truyền thống; hỗ trợ hộ gia đình "
        "đăng ký kinh doanh lưu trú.",
    ):
        doc.add_paragraph(text)
    _signature(doc, ["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                     "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                     "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Minh Khôi")
    doc.add_page_break()
    for line in ("PHỤ LỤC", "NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2026 - 2030",
                 "(Kèm theo Kế hoạch số 215/KH-UBND ngày 14/3/2026 của UBND tỉnh Tuyên Quang)"):
        doc.add_paragraph(line)
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"],
        ["I", "Hoàn thiện cơ chế, chính sách", "", "", "", ""],
        ["1", "Xây dựng Quy chế quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp, Sở Nông nghiệp và Môi trường", "Năm 2026",
         "Quyết định của UBND tỉnh"],
        ["2", "Rà soát, đề xuất chính sách hỗ trợ hộ gia đình kinh doanh lưu trú tại nhà dân", "",
         "Sở Tài chính; UBND các xã, phường", "2026 - 2027", "Nghị quyết của HĐND tỉnh"],
        ["II", "Phát triển sản phẩm và quảng bá", "", "", "", ""],
        ["1", "Xây dựng bộ nhận diện thương hiệu du lịch cộng đồng Tuyên Quang",
         "Trung tâm Thông tin xúc tiến du lịch tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026",
         "Bộ nhận diện được công bố"],
        ["2", "Tổ chức Lễ hội văn hóa các dân tộc vùng hồ Na Hang", "UBND xã Na Hang",
         "Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh", "Hằng năm", "Lễ hội được tổ chức"],
        ["3", "Đào tạo kỹ năng phục vụ khách cho hộ kinh doanh lưu trú tại nhà dân",
         "Trường Cao đẳng Tuyên Quang", "Hội Liên hiệp Phụ nữ tỉnh\nTỉnh Đoàn", "2026 - 2030",
         "1.200 lượt người được đào tạo"],
        ["III", "Bảo tồn văn hóa truyền thống", "", "", "", ""],
        ["1", "Kiểm kê, số hóa di sản văn hóa phi vật thể của đồng bào Dao, Tày",
         "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường", "2027 - 2028",
         "Cơ sở dữ liệu di sản"],
    ]
    _table(doc, rows, [((1, 1), (1, 5)), ((2, 2), (3, 2)), ((4, 1), (4, 5)), ((8, 1), (8, 5))])
    return doc


def vinhlong_billion():
    """Tasks in prose with "Giao X chủ trì, phối hợp với Y" inside each item, money in tỷ
    đồng and nghìn đồng, a rate in nghìn đồng/ha, an appendix table in tỷ đồng with decimals."""
    doc = _new()
    _header(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG", "-------"], "Số: 77/KH-UBND",
            "Vĩnh Long, ngày 28 tháng 5 năm 2026",
            ["KẾ HOẠCH", "Nâng cấp hệ thống thủy lợi phục vụ sản xuất nông nghiệp thích ứng "
             "với biến đổi khí hậu năm 2026"])
    for text in (
        "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 18 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh "
        "về kế hoạch đầu tư công năm 2026;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "Bảo đảm nguồn nước tưới cho 95% diện tích lúa, cây ăn trái trong mùa khô; hạn chế thiệt "
        "hại do xâm nhập mặn.",
        "II. NỘI DUNG THỰC HIỆN",
        "1. Nạo vét kênh cấp I, cấp II",
        "Nạo vét 42 km kênh cấp I và 118 km kênh cấp II bị bồi lắng. Kinh phí dự kiến 45,5 tỷ đồng "
        "từ ngân sách tỉnh. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân "
        "các xã có kênh đi qua tổ chức thực hiện.",
        "2. Xây dựng cống ngăn mặn",
        "Xây dựng mới 12 cống ngăn mặn, trữ ngọt trên các tuyến kênh chính. Kinh phí dự kiến 128 tỷ "
        "đồng, trong đó ngân sách trung ương 100 tỷ đồng, ngân sách tỉnh 28 tỷ đồng. Giao Ban Quản lý "
        "dự án đầu tư xây dựng các công trình nông nghiệp tỉnh làm chủ đầu tư, phối hợp với Sở Tài "
        "chính và Sở Xây dựng triển khai.",
        "3. Hỗ trợ nông dân chuyển đổi cơ cấu cây trồng",
        "Hỗ trợ giống cho nông dân chuyển đổi đất lúa kém hiệu quả sang trồng màu với mức hỗ trợ 800 "
        "nghìn đồng/ha; tổng kinh phí hỗ trợ là 2.450.000 nghìn đồng từ ngân sách tỉnh. Giao Ủy ban nhân "
        "dân các xã chủ trì, phối hợp với Hội Nông dân tỉnh thực hiện.",
        "III. KINH PHÍ",
        "Tổng kinh phí thực hiện Kế hoạch là 175,95 tỷ đồng, trong đó: ngân sách trung ương 100 tỷ "
        "đồng; ngân sách tỉnh 75,95 tỷ đồng.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nông nghiệp và Môi trường: chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng "
        "hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "2. Sở Tài chính: tham mưu bố trí, giải ngân vốn theo tiến độ.",
        "3. Ủy ban nhân dân các xã: vận động người dân hiến đất, giải phóng mặt bằng; quản lý, khai "
        "thác công trình sau đầu tư.",
    ):
        doc.add_paragraph(text)
    _signature(doc, ["- Bộ Nông nghiệp và Môi trường;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                     "- Các sở: NN&MT, TC, XD;", "- UBND các xã;", "- Lưu: VT, KT."],
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Bích Vân")
    doc.add_page_break()
    for line in ("PHỤ LỤC", "DANH MỤC CÔNG TRÌNH VÀ KINH PHÍ THỰC HIỆN NĂM 2026",
                 "(Kèm theo Kế hoạch số 77/KH-UBND ngày 28/5/2026 của UBND tỉnh Vĩnh Long)",
                 "Đơn vị tính: tỷ đồng"):
        doc.add_paragraph(line)
    rows = [
        ["STT", "Hạng mục", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"],
        ["1", "Nạo vét kênh cấp I, cấp II", "45,5", "-", "45,5"],
        ["2", "Xây dựng 12 cống ngăn mặn", "128", "100", "28"],
        ["3", "Hỗ trợ chuyển đổi cơ cấu cây trồng", "2,45", "-", "2,45"],
        ["", "Tổng cộng", "175,95", "100", "75,95"],
    ]
    _table(doc, rows)
    return doc


BUILDERS = {
    "h2_tuyenquang_annex_tasks": tuyenquang_annex_tasks,
    "h2_vinhlong_billion": vinhlong_billion,
}


def build(name: str) -> bytes:
    """The .docx bytes, the same on every run (fixed properties and zip timestamps)."""
    buf = io.BytesIO()
    BUILDERS[name]().save(buf)
    return _stable(buf.getvalue(), FIXED_TIME)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    for stem in BUILDERS:
        (target / f"{stem}.docx").write_bytes(build(stem))
