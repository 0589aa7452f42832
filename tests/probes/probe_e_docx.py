"""Word plans of our own for probe round E: budget tables whose columns name sources the
codes must read ("Vốn XHH", "Vốn lồng ghép"), a period column beside year columns, a table
with no code column whose rows are sources, the unit in the title's line; task tables whose
agency cell labels each role on its own line ("Chủ trì: ..." / "Phối hợp: ..."), a task
table with no STT column, and a responsibilities table (agency | duties).

Everything is invented (places, agencies, amounts). `python -m tests.probes.probe_e_docx
OUTDIR` writes the documents; `build(name)` gives one document's bytes, the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.probes import tables_docx
from tests.probes.tables_docx import _table


def budget_sources(doc):
    doc.add_paragraph("III. KINH PHÍ THỰC HIỆN")
    doc.add_paragraph("1. Tổng kinh phí thực hiện Kế hoạch là 11.400 triệu đồng, trong đó:")
    doc.add_paragraph("- Kinh phí cứng hóa đường trục xã: 6.000 triệu đồng;")
    doc.add_paragraph("- Kinh phí làm đường ngõ xóm: 3.300 triệu đồng;")
    doc.add_paragraph("- Năm 2028: 2.100 triệu đồng.")
    doc.add_paragraph("2. Chi tiết tại các biểu kèm theo.")
    doc.add_paragraph("Biểu 01: KHÁI TOÁN KINH PHÍ THỰC HIỆN")
    doc.add_paragraph("Đơn vị tính: triệu đồng")
    _table(doc, [["STT", "Nội dung", "Tổng cộng", "Vốn NSTW", "Vốn NSĐP", "Vốn XHH", "Vốn lồng ghép"],
                 ["A", "Đường giao thông", "9.300", "4.000", "3.000", "800", "1.500"],
                 ["1", "Cứng hóa đường trục xã", "6.000", "3.000", "2.000", "", "1.000"],
                 ["2", "Đường ngõ xóm", "3.300", "1.000", "1.000", "800", "500"],
                 ["B", "Cầu, cống dân sinh", "2.100", "1.200", "900", "-", "-"],
                 ["", "Tổng cộng (A+B)", "11.400", "5.200", "3.900", "800", "1.500"]])
    doc.add_paragraph("Biểu 02: PHÂN KỲ ĐẦU TƯ (Đơn vị: triệu đồng)")
    _table(doc, [["TT", "Hạng mục", "Giai đoạn 2026-2028", "Trong đó", "", ""],
                 ["", "", "", "Kế hoạch 2026", "Kế hoạch 2027", "Kế hoạch 2028"],
                 ["", "TỔNG SỐ", "11.400", "3.000", "4.000", "4.400"],
                 ["1", "Đường giao thông", "9.300", "2.500", "3.300", "3.500"],
                 ["2", "Cầu, cống dân sinh", "2.100", "500", "700", "900"]],
           [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 5))])
    doc.add_paragraph("Biểu 03: NGUỒN VỐN THEO NĂM ĐVT: Tỷ đồng")
    _table(doc, [["Nguồn vốn", "Năm 2026", "Năm 2027", "Năm 2028", "Cộng"],
                 ["Ngân sách Trung ương", "1,5", "1,8", "1,9", "5,2"],
                 ["Ngân sách tỉnh", "0,8", "1,0", "1,1", "2,9"],
                 ["Ngân sách huyện, xã", "0,3", "0,3", "0,4", "1,0"],
                 ["Nhân dân đóng góp", "0,2", "0,3", "0,3", "0,8"],
                 ["Tổng cộng", "2,8", "3,4", "3,7", "9,9"]])


def tasks_and_duties(doc):
    doc.add_paragraph("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")
    _table(doc, [["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian", "Kết quả"],
                 ["1", "Rà soát quy hoạch mạng lưới cơ sở y tế", "Chủ trì: Sở Y tế\nPhối hợp: Sở Tài chính, Sở Xây dựng",
                  "Quý I/2027", "Báo cáo"],
                 ["2", "Nâng cấp trạm y tế cấp xã", "Đơn vị chủ trì: UBND các xã, phường\nĐơn vị phối hợp: Sở Y tế",
                  "2027 - 2028", "Trạm y tế đạt chuẩn"],
                 ["3", "Đào tạo nhân lực y tế cơ sở", "Sở Y tế chủ trì, phối hợp với Trường Cao đẳng Y tế tỉnh",
                  "Hằng năm", "Lớp đào tạo"]])
    doc.add_paragraph("Các nhiệm vụ về tổ chức bộ máy:")
    _table(doc, [["Nhiệm vụ", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp"],
                 ["Ban hành quy chế phối hợp giữa các tuyến", "Tháng 3/2027", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
                 ["Số hóa hồ sơ nhân lực y tế", "Quý III/2027", "Sở Y tế", "Sở Nội vụ\nViettel Quảng Ngãi"]])
    doc.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    _table(doc, [["STT", "Cơ quan, đơn vị", "Nhiệm vụ"],
                 ["1", "Sở Y tế", "Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch."],
                 ["2", "Sở Tài chính", "Tham mưu bố trí kinh phí."],
                 ["3", "Bảo hiểm xã hội tỉnh", "Phối hợp thanh toán chi phí khám, chữa bệnh tại trạm y tế."]])


DOCS = {
    "probe_e_budget_sources.docx": ("Hà Tĩnh", "55/KH-UBND", "Hà Tĩnh", "ngày 10 tháng 3 năm 2026",
                                    "Phát triển giao thông nông thôn giai đoạn 2026 - 2028", [budget_sources],
                                    "Nguyễn Hồng Lĩnh"),
    "probe_e_tasks.docx": ("Quảng Ngãi", "91/KH-UBND", "Quảng Ngãi", "ngày 14 tháng 12 năm 2026",
                           "Củng cố mạng lưới y tế cơ sở năm 2027", [tasks_and_duties], "Trần Phước Hiền"),
}


def _closing(doc, signer: str) -> None:
    for line in ("Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", signer):
        doc.add_paragraph(line)


def build(name: str) -> bytes:
    return tables_docx.build(name, DOCS, "Triển khai đồng bộ, hiệu quả các nhiệm vụ của kế hoạch.", _closing)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        (target / name).write_bytes(build(name))
