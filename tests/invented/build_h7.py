"""Invented Word document of hold-out round H7: a province's Quyết định whose Điều 1 issues
a Chương trình, the programme attached after the decision, its specific targets only in an
appendix table (Phụ lục I: Chỉ tiêu | Đơn vị tính | 2026 | 2027 | 2028, bare years as the
column heads) and its tasks only in a second appendix table (Phụ lục II: Nhiệm vụ | Cơ quan
chủ trì | Cơ quan phối hợp | Thời gian), the budget in "tỷ đồng" with decimals, and an
execution article naming the departments after "Giám đốc các Sở:".

Everything is invented (names, numbers, dates). `python -m tests.invented.build_h7 OUTDIR`
writes the .docx (the same bytes on every run). The other h7_* inputs are written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _new, _save, attached_front, decision_front
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

NAME = "h7_quangbinh_qd-ctr-phu-luc.docx"


def province_programme() -> bytes:
    doc = _new()
    decision_front(
        doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "-------", "Số: 845/QĐ-UBND"],
        [*MOTTO, "Quảng Bình, ngày 10 tháng 4 năm 2025"],
        "Ban hành Chương trình phát triển du lịch cộng đồng tỉnh Quảng Bình giai đoạn 2026 - 2028",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
        ["Căn cứ Quyết định số 1427/QĐ-TTg ngày 03 tháng 10 năm 2024 của Thủ tướng Chính phủ phê duyệt "
         "Chương trình phát triển du lịch nông thôn giai đoạn 2024 - 2030;",
         "Căn cứ Nghị quyết số 28/NQ-HĐND ngày 12 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh Quảng Bình "
         "về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới giai đoạn 2025 - 2030;",
         "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch."],
        ["Điều 1. Ban hành kèm theo Quyết định này Chương trình phát triển du lịch cộng đồng tỉnh Quảng Bình "
         "giai đoạn 2026 - 2028.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, "
         "Tài chính, Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và "
         "Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ Văn hóa, Thể thao và Du lịch;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
         "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Minh Tuấn"])
    attached_front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "-------"], "CHƯƠNG TRÌNH",
                   "Phát triển du lịch cộng đồng tỉnh Quảng Bình giai đoạn 2026 - 2028",
                   "(Ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh Quảng Bình)")
    for kind, text in (
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát triển du lịch cộng đồng trở thành sinh kế bền vững cho người dân vùng nông thôn, miền núi; "
              "bảo tồn và phát huy giá trị văn hóa truyền thống của đồng bào các dân tộc trên địa bàn tỉnh."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "Các chỉ tiêu cụ thể theo từng năm của Chương trình tại Phụ lục I kèm theo."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("p", "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục II "
              "kèm theo. Các cơ quan, đơn vị lồng ghép việc thực hiện với các chương trình, đề án khác đang "
              "triển khai trên địa bàn để tránh chồng chéo."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Chương trình dự kiến 38,65 tỷ đồng, trong đó: ngân sách tỉnh "
              "21,4 tỷ đồng; ngân sách cấp huyện 9,25 tỷ đồng; huy động xã hội hóa 8 tỷ đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, hướng dẫn, theo dõi, đôn đốc triển khai Chương "
              "trình; định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
        ("p", "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách "
              "hằng năm."),
        ("p", "3. Sở Nông nghiệp và Môi trường: Lồng ghép nội dung phát triển du lịch cộng đồng với Chương "
              "trình mục tiêu quốc gia xây dựng nông thôn mới."),
        ("p", "4. Ủy ban nhân dân các huyện, thị xã, thành phố: Xây dựng kế hoạch hằng năm triển khai "
              "Chương trình trên địa bàn; bố trí ngân sách cấp huyện đối ứng."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC I", bold=True, center=True)
    _paragraph(doc, "CÁC CHỈ TIÊU CỤ THỂ CỦA CHƯƠNG TRÌNH", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình ban hành tại Quyết định số 845/QĐ-UBND ngày 10/4/2025 của "
               "UBND tỉnh Quảng Bình)", italic=True, center=True)
    _table(doc, [["STT", "Chỉ tiêu", "Đơn vị tính", "2026", "2027", "2028"],
                 ["1", "Số điểm du lịch cộng đồng đạt chuẩn", "điểm", "12", "18", "25"],
                 ["2", "Tỷ lệ hộ tham gia du lịch cộng đồng được tập huấn kỹ năng", "%", "60", "75", "90"],
                 ["3", "Tỷ lệ lao động du lịch cộng đồng là người địa phương", "%", "70", "75", "80"],
                 ["4", "Lượt khách đến các điểm du lịch cộng đồng", "nghìn lượt", "85", "110", "140"]])
    _paragraph(doc, "")
    _paragraph(doc, "PHỤ LỤC II", bold=True, center=True)
    _paragraph(doc, "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình ban hành tại Quyết định số 845/QĐ-UBND ngày 10/4/2025 của "
               "UBND tỉnh Quảng Bình)", italic=True, center=True)
    _table(doc, [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
                 ["1", "Khảo sát, lựa chọn các điểm có tiềm năng phát triển du lịch cộng đồng",
                  "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã, thành phố", "2026"],
                 ["2", "Hỗ trợ cải tạo nhà ở của hộ gia đình kết hợp lưu trú du lịch",
                  "UBND các huyện, thị xã, thành phố", "Sở Xây dựng; Sở Văn hóa, Thể thao và Du lịch",
                  "2026 - 2028"],
                 ["3", "Tập huấn kỹ năng phục vụ khách du lịch cho hộ gia đình",
                  "Trung tâm Thông tin và Xúc tiến du lịch tỉnh", "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn",
                  "Hằng năm"],
                 ["4", "Xây dựng bản đồ số các điểm du lịch cộng đồng", "Sở Khoa học và Công nghệ",
                  "Sở Văn hóa, Thể thao và Du lịch", "2027"],
                 ["5", "Quảng bá sản phẩm du lịch cộng đồng tại các hội chợ du lịch trong nước",
                  "Trung tâm Thông tin và Xúc tiến du lịch tỉnh", "Hiệp hội Du lịch tỉnh", "2026 - 2028"]])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NAME).write_bytes(province_programme())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
