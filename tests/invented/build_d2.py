"""Invented documents of hold-out round D2: targets and money in budget resolutions, investment
plans, national target programme plans, yearly plans and year-end reports.

Batch 1:
- a province HĐND's Nghị quyết on the next year's budget estimate (.docx): Điều 1 states the
  revenue on the territory, the local budget's revenue by kind (hưởng theo phân cấp, bổ sung từ
  ngân sách trung ương), the local spending by kind (chi đầu tư phát triển, chi thường xuyên, dự
  phòng ngân sách), the deficit (bội chi) and the borrowing (vay) in triệu đồng with lettered parts;
  Điều 2 the province level's spending and its transfers to the districts; an annex "CÂN ĐỐI NGÂN
  SÁCH ĐỊA PHƯƠNG" (ĐVT: triệu đồng) with "Ước thực hiện năm 2024 | Dự toán năm 2025 | So sánh (%)";
- a province HĐND's Nghị quyết on the mid-term public investment plan 2021-2025 made in Word and
  exported to a text PDF: its aims (a growth range "7,5-8%/năm", "trên 90%", "tối thiểu 30%"), the
  money by source in tỷ đồng with decimal commas (vốn ngân sách địa phương, nguồn thu tiền sử dụng đất,
  xổ số kiến thiết, vốn ODA), the "dự phòng 10%", the split by kind and by sector (with shares), and
  an annex by project "Thời gian KC-HT | Tổng mức đầu tư | Lũy kế vốn đã bố trí | Kế hoạch trung hạn";
- a district's plan for the national target programme on sustainable poverty reduction 2022-2025 as a
  thuvienphapluat-style Markdown scrape: targets "bình quân 3-4%/năm", the money of each project by
  source ("vốn đối ứng", "vốn lồng ghép", "huy động nhân dân") and a table of the money by source
  (rows) and year (columns).

Batch 2:
- a district's yearly socio-economic plan as a portal page (.html): the past year's results in prose (a
  revenue "ước thực hiện", the investment plan and its disbursement "đến ngày 30/11"), the aims and a
  table of indicators "Chỉ tiêu | ĐVT | TH 2024 | KH 2025" (units "%", "triệu đồng/người", "tỷ đồng", a
  count, a growth range "8,5-9"), where only the plan column holds targets, tasks with a lead and a
  partner (one "phấn đấu ... vượt 5%" that is no target), and the next year's capital by source;
- a Sở's year-end report as `pdftotext -layout` text: results ("đạt 96,5% kế hoạch"), money in nghìn
  đồng and in đồng with the amount in words ("1.250.000.000 đồng (Bằng chữ: ...)"), the next year's
  targets (a range "từ 85-87%"), lettered tasks, and the next year's money "khoảng", "từ 3-5 tỷ đồng",
  "không quá ... mỗi sự kiện" (a cap per event: a rate), "tối đa";
- a district HĐND's resolution of 2008 on the 2009 budget estimate in nghìn đồng, word-segmented as dev
  p41 (underscores, spaces before punctuation, lower-case names in the header lines, no number or signer).

Batch 3:
- a commune's Quyết định giving the year's budget estimate (.docx): Điều 1's sums in đồng with the amount in
  words ("(Bằng chữ: ...)"), a rate per hamlet ("36.000.000 đồng/năm"), and the annex "ĐVT: nghìn đồng" with
  "Dự toán năm 2025 | Dự toán năm 2026 | So sánh (%)".

Everything is invented (the provinces, districts, names, numbers, dates). `python -m
tests.invented.build_d2 OUTDIR` writes the files; the PDF needs soffice (its bytes carry the time of
the conversion, so the file in raw/ is the one its gold was written against, and is kept).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_r import _soffice
from tests.invented.build_u import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

BUDGET_RESOLUTION = "d2_hdnd-yenthanh_52-nq-hdnd_2024_du-toan-ngan-sach.docx"
MIDTERM_PLAN = "d2_hdnd-dongthuan_27-nq-hdnd_2021_dau-tu-cong-trung-han.pdf"
POVERTY_PLAN = "d2_huyen-napac_86-kh-ubnd_2022_giam-ngheo-nguon-nam-md.md"
YEAR_PLAN = "d2_huyen-dakrinh_248-kh-ubnd_2024_kt-xh-2025-chi-tieu-portal.html"
YEAR_END_REPORT = "d2_svhttdl-haithanh_1865-bc-svhttdl_2019_tong-ket-nghin-dong-layout.txt"
SEGMENTED_RESOLUTION = "d2_hdnd-thanhloc_nq-du-toan-2009_2008_wordseg.txt"
COMMUNE_ESTIMATE = "d2_xa-phuocloctay_12-qd-ubnd_2026_du-toan-nghin-dong.docx"


def _front(doc, left: list[str], place_date: str, kind: str, title: str) -> None:
    _layout(doc, left, [*MOTTO, place_date], bold=(2, 2))
    _paragraph(doc, kind, bold=True, center=True, size=14)
    _paragraph(doc, title, bold=True, center=True)


# ---------------------------------------------------------------------------
# 1. A province HĐND's resolution on the 2025 budget estimate, with its balance annex.

def budget_resolution() -> bytes:
    doc = _new()
    _front(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH YÊN THẠNH", "-------", "Số: 52/NQ-HĐND"],
           "Yên Thạnh, ngày 10 tháng 12 năm 2024", "NGHỊ QUYẾT",
           "Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương và phương án phân bổ "
           "ngân sách cấp tỉnh năm 2025")
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN THẠNH", bold=True, center=True)
    _paragraph(doc, "KHÓA X, KỲ HỌP THỨ HAI MƯƠI TƯ", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
        ("p", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
        ("p", "Căn cứ Quyết định số 1520/QĐ-TTg ngày 29 tháng 11 năm 2024 của Thủ tướng Chính phủ về việc giao dự "
              "toán ngân sách nhà nước năm 2025;"),
        ("p", "Căn cứ Quyết định số 2815/QĐ-BTC ngày 30 tháng 11 năm 2024 của Bộ trưởng Bộ Tài chính về việc giao "
              "dự toán thu, chi ngân sách nhà nước năm 2025;"),
        ("p", "Xét Tờ trình số 214/TTr-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về dự toán thu ngân "
              "sách nhà nước trên địa bàn, thu, chi ngân sách địa phương và phương án phân bổ ngân sách cấp tỉnh năm "
              "2025; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại "
              "biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ))
    _paragraph(doc, "QUYẾT NGHỊ:", bold=True, center=True)
    _body(doc, (
        ("h", "Điều 1. Dự toán ngân sách nhà nước năm 2025"),
        ("p", "1. Tổng thu ngân sách nhà nước trên địa bàn: 12.450.000 triệu đồng, trong đó:"),
        ("p", "a) Thu nội địa: 11.380.000 triệu đồng;"),
        ("p", "b) Thu từ hoạt động xuất nhập khẩu: 1.070.000 triệu đồng."),
        ("p", "2. Tổng thu ngân sách địa phương: 18.962.345 triệu đồng, gồm:"),
        ("p", "a) Thu ngân sách địa phương hưởng theo phân cấp: 10.214.600 triệu đồng;"),
        ("p", "b) Thu bổ sung từ ngân sách trung ương: 8.747.745 triệu đồng, trong đó bổ sung cân đối 5.120.300 "
              "triệu đồng, bổ sung có mục tiêu 3.627.445 triệu đồng."),
        ("p", "3. Tổng chi ngân sách địa phương: 19.187.345 triệu đồng, gồm:"),
        ("p", "a) Chi đầu tư phát triển: 5.436.200 triệu đồng;"),
        ("p", "b) Chi thường xuyên: 12.902.845 triệu đồng;"),
        ("p", "c) Chi trả nợ lãi các khoản do chính quyền địa phương vay: 6.800 triệu đồng;"),
        ("p", "d) Chi bổ sung quỹ dự trữ tài chính: 1.200 triệu đồng;"),
        ("p", "đ) Dự phòng ngân sách: 384.700 triệu đồng;"),
        ("p", "e) Chi các chương trình mục tiêu quốc gia: 455.600 triệu đồng."),
        ("p", "4. Bội chi ngân sách địa phương: 225.000 triệu đồng."),
        ("p", "5. Tổng mức vay của ngân sách địa phương: 262.500 triệu đồng, gồm vay để bù đắp bội chi 225.000 "
              "triệu đồng và vay để trả nợ gốc 37.500 triệu đồng."),
        ("p", "(Chi tiết theo Phụ lục kèm theo)"),
        ("h", "Điều 2. Phương án phân bổ ngân sách cấp tỉnh năm 2025"),
        ("p", "1. Chi ngân sách cấp tỉnh theo lĩnh vực: 11.605.130 triệu đồng."),
        ("p", "2. Bổ sung cho ngân sách cấp huyện: 7.582.215 triệu đồng, trong đó bổ sung cân đối 6.318.900 triệu "
              "đồng, bổ sung có mục tiêu 1.263.315 triệu đồng."),
        ("p", "3. Thực hiện tiết kiệm thêm 10% chi thường xuyên tăng thêm năm 2025 so với dự toán năm 2024 để tạo "
              "nguồn cải cách tiền lương; mức chi tiếp khách, hội nghị thực hiện theo định mức 200.000 "
              "đồng/người/ngày."),
        ("h", "Điều 3. Một số giải pháp chủ yếu"),
        ("p", "1. Tăng cường quản lý thu, chống thất thu, xử lý nợ đọng thuế; phấn đấu số nợ thuế không quá 5% tổng "
              "thu ngân sách nhà nước trên địa bàn."),
        ("p", "2. Điều hành chi ngân sách chặt chẽ, tiết kiệm, trong phạm vi dự toán được giao; đẩy nhanh tiến độ "
              "giải ngân vốn đầu tư công ngay từ đầu năm."),
        ("p", "3. Sử dụng dự phòng ngân sách đúng mục đích, ưu tiên khắc phục hậu quả thiên tai, dịch bệnh."),
        ("h", "Điều 4. Tổ chức thực hiện"),
        ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."),
        ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân "
              "dân tỉnh giám sát việc thực hiện Nghị quyết."),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Yên Thạnh khóa X, kỳ họp thứ hai mươi tư thông qua ngày "
              "10 tháng 12 năm 2024 và có hiệu lực từ ngày 01 tháng 01 năm 2025./."),
    ))
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Tài chính;", "- TT Tỉnh ủy;",
                  "- Đại biểu HĐND tỉnh;", "- UBND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Hoàng Đình Luân"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2025", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Nghị quyết số 52/NQ-HĐND ngày 10 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh Yên Thạnh)",
               center=True)
    _paragraph(doc, "ĐVT: triệu đồng")
    rows = [["STT", "Nội dung", "Ước thực hiện năm 2024", "Dự toán năm 2025", "So sánh (%)"],
            ["A", "TỔNG NGUỒN THU NGÂN SÁCH ĐỊA PHƯƠNG", "18.105.420", "18.962.345", "104,7"],
            ["I", "Thu ngân sách địa phương hưởng theo phân cấp", "9.680.150", "10.214.600", "105,5"],
            ["II", "Thu bổ sung từ ngân sách trung ương", "8.425.270", "8.747.745", "103,8"],
            ["1", "Thu bổ sung cân đối", "4.980.000", "5.120.300", "102,8"],
            ["2", "Thu bổ sung có mục tiêu", "3.445.270", "3.627.445", "105,3"],
            ["B", "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", "18.390.420", "19.187.345", "104,3"],
            ["I", "Chi đầu tư phát triển", "5.210.600", "5.436.200", "104,3"],
            ["II", "Chi thường xuyên", "12.384.820", "12.902.845", "104,2"],
            ["III", "Chi trả nợ lãi các khoản do chính quyền địa phương vay", "7.150", "6.800", "95,1"],
            ["IV", "Chi bổ sung quỹ dự trữ tài chính", "1.200", "1.200", "100,0"],
            ["V", "Dự phòng ngân sách", "", "384.700", ""],
            ["VI", "Chi các chương trình mục tiêu quốc gia", "786.650", "455.600", "57,9"],
            ["C", "BỘI CHI NGÂN SÁCH ĐỊA PHƯƠNG", "285.000", "225.000", "78,9"]]
    table = _table(doc, rows)
    _widths(table, [1.2, 7.0, 2.6, 2.6, 2.0])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province HĐND's resolution on the mid-term public investment plan 2021-2025 (Word to PDF).

def midterm_plan() -> bytes:
    doc = _new()
    _front(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐÔNG THUẬN", "-------", "Số: 27/NQ-HĐND"],
           "Đông Thuận, ngày 20 tháng 8 năm 2021", "NGHỊ QUYẾT",
           "Về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 của tỉnh Đông Thuận")
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG THUẬN", bold=True, center=True)
    _paragraph(doc, "KHÓA XI, KỲ HỌP THỨ HAI", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
        ("p", "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;"),
        ("p", "Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành "
              "một số điều của Luật Đầu tư công;"),
        ("p", "Xét Tờ trình số 118/TTr-UBND ngày 02 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh về kế hoạch đầu tư "
              "công trung hạn giai đoạn 2021 - 2025; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân "
              "dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ))
    _paragraph(doc, "QUYẾT NGHỊ:", bold=True, center=True)
    _body(doc, (
        ("h", "Điều 1. Mục tiêu kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025"),
        ("p", "1. Mục tiêu tổng quát"),
        ("p", "Huy động, phân bổ và sử dụng có hiệu quả vốn đầu tư công, tập trung cho các công trình trọng điểm, có "
              "sức lan tỏa, tạo động lực phát triển kinh tế - xã hội của tỉnh giai đoạn 2021 - 2025."),
        ("p", "2. Mục tiêu cụ thể"),
        ("p", "- Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2021 - 2025 đạt "
              "7,5-8%/năm;"),
        ("p", "- Tỷ lệ giải ngân vốn đầu tư công hằng năm đạt trên 90% kế hoạch được giao;"),
        ("p", "- Bố trí đủ vốn để hoàn thành 100% số dự án chuyển tiếp trong giai đoạn;"),
        ("p", "- Dành tối thiểu 30% vốn ngân sách tập trung cho các xã miền núi, vùng đồng bào dân tộc thiểu số."),
        ("h", "Điều 2. Tổng vốn đầu tư công trung hạn giai đoạn 2021 - 2025"),
        ("p", "Tổng vốn đầu tư công trung hạn giai đoạn 2021 - 2025 của tỉnh là 14.860,5 tỷ đồng, gồm:"),
        ("p", "1. Vốn ngân sách địa phương: 9.245,5 tỷ đồng, trong đó:"),
        ("p", "a) Vốn đầu tư trong cân đối theo tiêu chí, định mức: 4.120 tỷ đồng;"),
        ("p", "b) Nguồn thu tiền sử dụng đất: 4.350 tỷ đồng;"),
        ("p", "c) Nguồn thu xổ số kiến thiết: 775,5 tỷ đồng."),
        ("p", "2. Vốn ngân sách trung ương: 5.615 tỷ đồng, gồm vốn trong nước 4.210 tỷ đồng và vốn nước ngoài (ODA) "
              "1.405 tỷ đồng."),
        ("h", "Điều 3. Phương án phân bổ vốn ngân sách địa phương"),
        ("p", "1. Dự phòng 10% kế hoạch: 924,5 tỷ đồng."),
        ("p", "2. Phân bổ chi tiết: 8.321 tỷ đồng, trong đó:"),
        ("p", "a) Thu hồi vốn ứng trước và thanh toán nợ đọng xây dựng cơ bản: 186,4 tỷ đồng;"),
        ("p", "b) Các dự án chuyển tiếp hoàn thành trong giai đoạn: 2.964,7 tỷ đồng;"),
        ("p", "c) Các dự án khởi công mới: 3.405,9 tỷ đồng;"),
        ("p", "d) Vốn đối ứng các dự án ODA: 412 tỷ đồng;"),
        ("p", "đ) Phân cấp cho cấp huyện quản lý: 1.352 tỷ đồng."),
        ("p", "3. Theo ngành, lĩnh vực, vốn phân bổ chi tiết tập trung cho giao thông 3.126,5 tỷ đồng, chiếm 37,6%; "
              "giáo dục và đào tạo 1.248,2 tỷ đồng, chiếm 15%; y tế 715,6 tỷ đồng, chiếm 8,6%."),
        ("p", "(Danh mục dự án chuyển tiếp chi tiết tại Phụ lục kèm theo)"),
        ("h", "Điều 4. Tổ chức thực hiện"),
        ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng năm báo cáo Hội đồng nhân dân tỉnh "
              "kết quả thực hiện kế hoạch."),
        ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại "
              "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Đông Thuận khóa XI, kỳ họp thứ hai thông qua ngày 20 "
              "tháng 8 năm 2021 và có hiệu lực từ ngày thông qua./."),
    ))
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Bộ Kế hoạch và Đầu tư;", "- Bộ Tài chính;", "- TT Tỉnh ủy;",
                  "- UBND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Phan Thế Vinh"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DANH MỤC DỰ ÁN CHUYỂN TIẾP GIAI ĐOẠN 2021 - 2025 NGUỒN VỐN NGÂN SÁCH ĐỊA PHƯƠNG", bold=True,
               center=True)
    _paragraph(doc, "(Kèm theo Nghị quyết số 27/NQ-HĐND ngày 20 tháng 8 năm 2021 của Hội đồng nhân dân tỉnh Đông Thuận)",
               center=True)
    _paragraph(doc, "ĐVT: triệu đồng")
    rows = [["TT", "Danh mục dự án", "Địa điểm xây dựng", "Thời gian KC-HT", "Tổng mức đầu tư",
             "Lũy kế vốn đã bố trí đến hết năm 2020", "Kế hoạch trung hạn 2021 - 2025"],
            ["", "TỔNG SỐ", "", "", "1.846.300", "712.450", "1.020.600"],
            ["I", "Giao thông", "", "", "1.218.000", "478.300", "672.500"],
            ["1", "Đường tỉnh 643 đoạn Km12 - Km31", "Huyện Phước Hòa", "2019-2023", "684.000", "265.000", "392.000"],
            ["2", "Cầu Bến Lội", "Huyện Đông Khê", "2020-2023", "534.000", "213.300", "280.500"],
            ["II", "Y tế", "", "", "628.300", "234.150", "348.100"],
            ["3", "Bệnh viện Đa khoa khu vực phía Bắc (quy mô 300 giường)", "Thị xã Bắc Thuận", "2020-2024",
             "628.300", "234.150", "348.100"]]
    table = _table(doc, rows)
    _widths(table, [0.9, 4.6, 2.4, 1.9, 2.2, 2.2, 2.2])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A district's plan for the national target programme on sustainable poverty reduction 2022-2025,
# as a thuvienphapluat-style Markdown scrape.

POVERTY_MD = """\
| **ỦY BAN NHÂN DÂN HUYỆN NA PẮC** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 86/KH-UBND | *Na Pắc, ngày 15 tháng 6 năm 2022* |

**KẾ HOẠCH**

**THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN HUYỆN NA PẮC GIAI ĐOẠN 2022 - 2025**

Căn cứ Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;

Thực hiện Kế hoạch số 154/KH-UBND ngày 26 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Cao Sơn về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;

Ủy ban nhân dân huyện Na Pắc ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn huyện giai đoạn 2022 - 2025, cụ thể như sau:

**I. THỰC TRẠNG**

Cuối năm 2021, toàn huyện có 4.862 hộ nghèo, chiếm 38,6% tổng số hộ, và 1.214 hộ cận nghèo, chiếm 9,6%; tỷ lệ hộ nghèo giảm 4,2% so với năm 2020. Thu nhập bình quân đầu người năm 2021 đạt 21,5 triệu đồng/người/năm. Giai đoạn 2016 - 2020, tổng vốn các chương trình giảm nghèo đã thực hiện trên địa bàn là 96.420 triệu đồng.

**II. MỤC TIÊU**

**1. Mục tiêu chung**

Thực hiện giảm nghèo đa chiều, bao trùm, bền vững, hạn chế tái nghèo và phát sinh nghèo; hỗ trợ người nghèo, hộ nghèo vượt lên mức sống tối thiểu, tiếp cận các dịch vụ xã hội cơ bản.

**2. Mục tiêu cụ thể đến năm 2025**

- Giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều bình quân 3-4%/năm; riêng các xã đặc biệt khó khăn giảm trên 5%/năm.

- Phấn đấu 50% số xã thoát khỏi tình trạng đặc biệt khó khăn.

- 100% người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế.

- Hỗ trợ xây mới, sửa chữa 420 căn nhà ở cho hộ nghèo, hộ cận nghèo.

- Tỷ lệ lao động qua đào tạo đạt 55% vào năm 2025.

**III. NỘI DUNG THỰC HIỆN**

**1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo**

Đầu tư xây dựng, cải tạo các công trình giao thông, thủy lợi, trường học, trạm y tế tại các xã đặc biệt khó khăn. Cơ quan chủ trì: Phòng Tài chính - Kế hoạch; cơ quan phối hợp: Ban Quản lý dự án đầu tư xây dựng huyện, Ủy ban nhân dân các xã.

Kinh phí thực hiện: 68.450 triệu đồng (vốn ngân sách trung ương 62.230 triệu đồng, vốn đối ứng ngân sách tỉnh 6.220 triệu đồng).

**2. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo**

Hỗ trợ phát triển sản xuất theo chuỗi giá trị cây quế, cây dược liệu và chăn nuôi trâu, bò; nhân rộng mô hình giảm nghèo hiệu quả. Cơ quan chủ trì: Phòng Nông nghiệp và Phát triển nông thôn; cơ quan phối hợp: Trung tâm Dịch vụ nông nghiệp huyện.

Kinh phí thực hiện: 38.675 triệu đồng, trong đó vốn ngân sách trung ương 29.800 triệu đồng, vốn đối ứng ngân sách tỉnh 3.675 triệu đồng, huy động nhân dân đóng góp 5.200 triệu đồng.

**3. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững**

Đào tạo nghề, kết nối việc làm cho lao động thuộc hộ nghèo, hộ cận nghèo; hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng. Cơ quan chủ trì: Phòng Lao động - Thương binh và Xã hội; cơ quan phối hợp: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện.

Kinh phí thực hiện: 21.380 triệu đồng (vốn ngân sách trung ương 19.430 triệu đồng, vốn đối ứng ngân sách tỉnh 1.950 triệu đồng).

**4. Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo**

Hỗ trợ xây mới, sửa chữa nhà ở với mức 40 triệu đồng/hộ xây mới và 20 triệu đồng/hộ sửa chữa. Cơ quan chủ trì: Phòng Kinh tế và Hạ tầng; cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam huyện.

Kinh phí thực hiện: 14.180 triệu đồng, gồm vốn ngân sách trung ương 7.000 triệu đồng và vốn lồng ghép từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 7.180 triệu đồng.

**IV. KINH PHÍ THỰC HIỆN**

Tổng nhu cầu vốn thực hiện Chương trình giai đoạn 2022 - 2025 là 142.685 triệu đồng, gồm:

- Vốn ngân sách trung ương: 118.460 triệu đồng;

- Vốn đối ứng ngân sách tỉnh: 11.845 triệu đồng;

- Vốn lồng ghép từ các chương trình, dự án khác: 7.180 triệu đồng;

- Huy động nhân dân và nguồn hợp pháp khác: 5.200 triệu đồng.

**KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH THEO NĂM**

ĐVT: triệu đồng

| TT | Nguồn vốn | Tổng giai đoạn 2022 - 2025 | Năm 2022 | Năm 2023 | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|---|
|  | Tổng cộng | 142.685 | 24.300 | 38.615 | 41.270 | 38.500 |
| 1 | Vốn ngân sách trung ương | 118.460 | 20.150 | 32.040 | 34.370 | 31.900 |
| 2 | Vốn đối ứng ngân sách tỉnh | 11.845 | 2.020 | 3.215 | 3.400 | 3.210 |
| 3 | Vốn lồng ghép | 7.180 | 1.330 | 2.060 | 2.100 | 1.690 |
| 4 | Huy động nhân dân | 5.200 | 800 | 1.300 | 1.400 | 1.700 |

**V. TỔ CHỨC THỰC HIỆN**

**1. Phòng Lao động - Thương binh và Xã hội**

Là cơ quan thường trực Chương trình, chủ trì tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện định kỳ 6 tháng, hằng năm.

**2. Phòng Tài chính - Kế hoạch**

Chủ trì tham mưu phân bổ vốn hằng năm; hướng dẫn, kiểm tra việc quản lý, thanh quyết toán vốn Chương trình.

**3. Ủy ban nhân dân các xã, thị trấn**

Xây dựng kế hoạch thực hiện Chương trình trên địa bàn; huy động nhân dân tham gia đóng góp; báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội trước ngày 15 tháng 12 hằng năm.

Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn huyện Na Pắc giai đoạn 2022 - 2025./.

| ***Nơi nhận:*** - UBND tỉnh Cao Sơn (b/c); - Sở Lao động - TB&XH; - TT Huyện ủy, TT HĐND huyện; - Các phòng, ban thuộc huyện; - UBND các xã, thị trấn; - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Vàng Seo Chử** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 7. A commune's decision giving the 2026 budget estimate: sums in đồng with their words, the annex in nghìn đồng.

def commune_estimate() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC LỘC TÂY", "-------", "Số: 12/QĐ-UBND"],
           "Phước Lộc Tây, ngày 08 tháng 01 năm 2026", "QUYẾT ĐỊNH",
           "Về việc giao dự toán thu, chi ngân sách xã năm 2026")
    _paragraph(doc, "ỦY BAN NHÂN DÂN XÃ PHƯỚC LỘC TÂY", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("p", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
        ("p", "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 26 tháng 12 năm 2025 của Hội đồng nhân dân xã về dự toán ngân "
              "sách nhà nước năm 2026;"),
    ))
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    _body(doc, (
        ("p", "Điều 1. Giao dự toán thu, chi ngân sách xã năm 2026 như sau:"),
        ("p", "1. Tổng thu ngân sách nhà nước trên địa bàn: 18.450.600.000 đồng (Bằng chữ: Mười tám tỷ, bốn trăm năm "
              "mươi triệu, sáu trăm nghìn đồng)."),
        ("p", "2. Tổng thu ngân sách xã: 45.126.380.000 đồng, gồm:"),
        ("p", "a) Thu ngân sách xã hưởng theo phân cấp: 9.862.380.000 đồng;"),
        ("p", "b) Thu bổ sung từ ngân sách cấp tỉnh: 35.264.000.000 đồng."),
        ("p", "3. Tổng chi ngân sách xã: 45.126.380.000 đồng (Bằng chữ: Bốn mươi lăm tỷ, một trăm hai mươi sáu triệu, "
              "ba trăm tám mươi nghìn đồng), gồm:"),
        ("p", "a) Chi đầu tư phát triển: 6.500.000.000 đồng;"),
        ("p", "b) Chi thường xuyên: 37.723.850.000 đồng;"),
        ("p", "c) Dự phòng ngân sách: 902.530.000 đồng."),
        ("p", "(Chi tiết theo Phụ lục kèm theo)"),
        ("p", "Điều 2. Phòng Kinh tế chủ trì, phối hợp với các đơn vị dự toán thuộc xã tổ chức thực hiện dự toán được "
              "giao; quản lý, sử dụng ngân sách tiết kiệm, hiệu quả. Mức chi hỗ trợ hoạt động của mỗi thôn là "
              "36.000.000 đồng/năm."),
        ("p", "Điều 3. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Phòng Kinh tế và các đơn vị dự toán thuộc xã "
              "chịu trách nhiệm thi hành Quyết định này./."),
    ))
    closing(doc, ["- Như Điều 3;", "- TT Đảng ủy xã;", "- TT HĐND xã;", "- Kho bạc Nhà nước khu vực XV;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lê Hoàng Phúc"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Quyết định số 12/QĐ-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân xã Phước Lộc Tây)",
               center=True)
    _paragraph(doc, "ĐVT: nghìn đồng")
    rows = [["STT", "Nội dung", "Dự toán năm 2025", "Dự toán năm 2026", "So sánh (%)"],
            ["A", "TỔNG THU NGÂN SÁCH XÃ", "41.356.200", "45.126.380", "109,1"],
            ["1", "Thu ngân sách xã hưởng theo phân cấp", "9.120.400", "9.862.380", "108,1"],
            ["2", "Thu bổ sung từ ngân sách cấp tỉnh", "32.235.800", "35.264.000", "109,4"],
            ["B", "TỔNG CHI NGÂN SÁCH XÃ", "41.356.200", "45.126.380", "109,1"],
            ["1", "Chi đầu tư phát triển", "5.800.000", "6.500.000", "112,1"],
            ["2", "Chi thường xuyên", "34.729.080", "37.723.850", "108,6"],
            ["3", "Dự phòng ngân sách", "827.120", "902.530", "109,1"]]
    table = _table(doc, rows)
    _widths(table, [1.2, 7.0, 2.6, 2.6, 2.0])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A district's yearly socio-economic plan as a portal page, with its table of indicators.

YEAR_PLAN_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 248/KH-UBND phát triển kinh tế - xã hội năm 2025 huyện Đak Rinh</title></head>
<body>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chinh-quyen">Chính quyền</a> &gt; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<div class="article">
<table class="header"><tr><td><b>ỦY BAN NHÂN DÂN<br>HUYỆN ĐAK RINH</b><br>-------<br>Số: 248/KH-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Đak Rinh, ngày 20 tháng 12 năm 2024</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Phát triển kinh tế - xã hội năm 2025</b></p>
<p>Căn cứ Nghị quyết số 36/NQ-HĐND ngày 18 tháng 12 năm 2024 của Hội đồng nhân dân huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2025;</p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch phát triển kinh tế - xã hội năm 2025 như sau:</p>
<p><b>I. KẾT QUẢ THỰC HIỆN NĂM 2024</b></p>
<p>Tốc độ tăng giá trị sản xuất ước đạt 8,2%, vượt 0,2% so với kế hoạch; thu nhập bình quân đầu người đạt 48,6 triệu đồng/người/năm. Thu ngân sách nhà nước trên địa bàn ước thực hiện 405,3 tỷ đồng, đạt 105,2% dự toán; chi ngân sách địa phương ước thực hiện 862,4 tỷ đồng, đạt 97,8% dự toán.</p>
<p>Kế hoạch vốn đầu tư công năm 2024 là 214,6 tỷ đồng; đến ngày 30/11/2024 đã giải ngân 163,1 tỷ đồng, đạt 76% kế hoạch. Tỷ lệ hộ nghèo giảm còn 6,85%; có 7/14 xã đạt chuẩn nông thôn mới.</p>
<p><b>II. MỤC TIÊU, CHỈ TIÊU NĂM 2025</b></p>
<p><b>1. Mục tiêu tổng quát</b></p>
<p>Duy trì tốc độ tăng trưởng kinh tế hợp lý, gắn với chuyển dịch cơ cấu kinh tế theo hướng nông nghiệp công nghệ cao và dịch vụ; bảo đảm an sinh xã hội, giữ vững quốc phòng, an ninh.</p>
<p><b>2. Các chỉ tiêu chủ yếu</b></p>
<table border="1" class="chi-tieu">
<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>TH 2024</th><th>KH 2025</th></tr>
<tr><td>1</td><td>Tốc độ tăng giá trị sản xuất</td><td>%</td><td>8,2</td><td>8,5-9</td></tr>
<tr><td>2</td><td>Thu nhập bình quân đầu người</td><td>triệu đồng/người</td><td>48,6</td><td>53</td></tr>
<tr><td>3</td><td>Thu ngân sách nhà nước trên địa bàn</td><td>tỷ đồng</td><td>405,3</td><td>430</td></tr>
<tr><td>4</td><td>Tỷ lệ hộ nghèo</td><td>%</td><td>6,85</td><td>5,35</td></tr>
<tr><td>5</td><td>Tỷ lệ che phủ rừng</td><td>%</td><td>46,2</td><td>47</td></tr>
<tr><td>6</td><td>Số xã đạt chuẩn nông thôn mới (lũy kế)</td><td>xã</td><td>7</td><td>9</td></tr>
<tr><td>7</td><td>Tỷ lệ dân số tham gia bảo hiểm y tế</td><td>%</td><td>93,1</td><td>95</td></tr>
</table>
<p><b>III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU</b></p>
<p>1. Phát triển nông nghiệp theo hướng ứng dụng công nghệ cao, tái canh 450 ha cà phê. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.</p>
<p>2. Tăng cường quản lý thu ngân sách, phấn đấu thu ngân sách nhà nước trên địa bàn vượt 5% dự toán tỉnh giao. Chi cục Thuế khu vực Đak Rinh - Ia Lâm chủ trì, phối hợp với Phòng Tài chính - Kế hoạch thực hiện.</p>
<p>3. Đẩy nhanh tiến độ giải ngân vốn đầu tư công, giải ngân hết kế hoạch vốn trước ngày 31/01/2026. Ban Quản lý dự án đầu tư xây dựng huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch thực hiện.</p>
<p><b>IV. NGUỒN LỰC THỰC HIỆN</b></p>
<p>Tổng vốn đầu tư công năm 2025 dự kiến 236,8 tỷ đồng, trong đó: vốn ngân sách tỉnh phân cấp 148,5 tỷ đồng; nguồn thu tiền sử dụng đất 62,3 tỷ đồng; vốn ngân sách huyện 26 tỷ đồng.</p>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Các phòng, ban, ngành, đơn vị thuộc huyện căn cứ Kế hoạch này xây dựng kế hoạch của ngành, đơn vị, tổ chức thực hiện hoàn thành các chỉ tiêu được giao.</p>
<p>2. Phòng Tài chính - Kế hoạch theo dõi, tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả thực hiện hằng quý.</p>
<p>3. Ủy ban nhân dân các xã, thị trấn cụ thể hóa các chỉ tiêu của Kế hoạch, tổ chức thực hiện trên địa bàn.</p>
<table class="sign"><tr><td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- TT Huyện ủy;<br>- TT HĐND huyện;<br>- Các phòng, ban, ngành huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br>Y Thuyên Ksor</b></td></tr></table>
</div>
<div class="footer">Cổng thông tin điện tử huyện Đak Rinh | Lượt xem: 612</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# 5. A Sở's year-end report as pdftotext -layout text, its money in nghìn đồng and in đồng.

YEAR_END_TEXT = """\
      UBND TỈNH HẢI THANH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH               Độc lập - Tự do - Hạnh phúc
       -----------------                       ---------------------------

     Số: 1865/BC-SVHTTDL                  Hải Thanh, ngày 16 tháng 12 năm 2019

                                      BÁO CÁO
         Tổng kết công tác văn hóa, thể thao và du lịch năm 2019,
                      phương hướng, nhiệm vụ năm 2020

      Thực hiện Công văn số 4210/UBND-KGVX ngày 25 tháng 11 năm 2019 của Ủy ban nhân dân
tỉnh về việc báo cáo tổng kết năm 2019, Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2019

1. Du lịch
      Tổng lượt khách du lịch đạt 2,46 triệu lượt, đạt 96,5% kế hoạch, tăng 8,4% so với năm
2018; tổng thu từ khách du lịch đạt 3.120 tỷ đồng. Công suất sử dụng phòng bình quân của
các cơ sở lưu trú đạt 61,3%.

2. Văn hóa, gia đình
      Có 82,4% hộ gia đình đạt danh hiệu Gia đình văn hóa; 71 di tích được xếp hạng cấp
tỉnh, trong đó 6 di tích được xếp hạng trong năm.

3. Kinh phí
      Tổng dự toán kinh phí sự nghiệp văn hóa, thể thao và du lịch năm 2019 được giao là
48.650.000 nghìn đồng; ước thực hiện cả năm 46.214.000 nghìn đồng, đạt 95% dự toán.
Kinh phí tổ chức Tuần Văn hóa - Du lịch Hải Thanh năm 2019 là 1.250.000.000 đồng
(Bằng chữ: Một tỷ, hai trăm năm mươi triệu đồng) từ nguồn ngân sách tỉnh.

II. TỒN TẠI, HẠN CHẾ
      Sản phẩm du lịch chưa đa dạng; chi tiêu bình quân của khách đạt 1.268.000 đồng/lượt,
thấp hơn bình quân của vùng.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020

1. Mục tiêu, chỉ tiêu
      - Đón khoảng 2,7 triệu lượt khách du lịch, tăng 9,8% so với năm 2019;
      - 90% di tích cấp tỉnh được kiểm kê, lập hồ sơ khoa học;
      - Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa từ 85-87%.

2. Nhiệm vụ trọng tâm
      a) Tổ chức Năm Du lịch Hải Thanh 2020 với chuỗi 12 sự kiện. Phòng Quản lý du lịch
chủ trì, phối hợp với Trung tâm Thông tin xúc tiến du lịch thực hiện.
      b) Kiểm kê, lập hồ sơ xếp hạng di tích. Phòng Quản lý di sản văn hóa chủ trì, phối hợp
với Bảo tàng tỉnh thực hiện.
      c) Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ IX. Phòng Quản lý thể dục thể thao
chủ trì, phối hợp với Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh thực hiện.

3. Kinh phí
      Dự kiến tổng kinh phí sự nghiệp năm 2020 khoảng 52.400.000 nghìn đồng. Kinh phí xúc
tiến du lịch từ 3-5 tỷ đồng, tùy khả năng cân đối ngân sách tỉnh; mỗi sự kiện cấp tỉnh
được hỗ trợ không quá 800.000.000 đồng; kinh phí tổ chức Đại hội Thể dục thể thao tỉnh
tối đa 2.600.000.000 đồng.

      Sở Văn hóa, Thể thao và Du lịch báo cáo Ủy ban nhân dân tỉnh./.

Nơi nhận:                                              KT. GIÁM ĐỐC
- UBND tỉnh (b/c);                                     PHÓ GIÁM ĐỐC
- Bộ VHTTDL (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, KHTC.                                      Trần Quốc Bảo
"""


# ---------------------------------------------------------------------------
# 6. A district HĐND's 2008 resolution on the 2009 budget estimate, word-segmented as dev p41.

SEGMENTED_TEXT = """\
Nghị_quyết về dự_toán thu ngân_sách nhà_nước trên địa_bàn , thu , chi ngân_sách huyện năm 2009 
Hội_đồng_nhân_dân huyện thanh_lộc 
Khóa xviii , kỳ họp thứ 14 
Căn_cứ Luật Tổ_chức Hội_đồng_nhân_dân và Uỷ_ban_nhân_dân ngày 26 tháng 11 năm 2003 ; 
Căn_cứ Luật Ngân_sách nhà_nước ngày 16 tháng 12 năm 2002 ; 
Căn_cứ Quyết_định số 3124/QĐ - UBND ngày 10 tháng 12 năm 2008 của Uỷ_ban_nhân_dân tỉnh về việc giao dự_toán thu , chi ngân_sách nhà_nước năm 2009 ; 
Xét Tờ_trình số 86/TTr - UBND ngày 12 tháng 12 năm 2008 của Uỷ_ban_nhân_dân huyện về dự_toán thu , chi ngân_sách năm 2009 ; Báo_cáo thẩm_tra của Ban Kinh_tế - Xã_hội Hội_đồng_nhân_dân huyện và ý_kiến của các đại_biểu Hội_đồng_nhân_dân huyện , 
Quyết_nghị : 
Điều 1 . Thông_qua dự_toán thu , chi ngân_sách năm 2009 như sau : 
1 . Tổng thu ngân_sách nhà_nước trên địa_bàn : 48.620.000 nghìn đồng , trong đó : 
a . Thu từ khu_vực ngoài quốc_doanh : 14.350.000 nghìn đồng ; 
b . Thu tiền sử_dụng đất : 22.000.000 nghìn đồng ; 
c . Thu phí , lệ_phí : 3.270.000 nghìn đồng ; 
d . Các khoản thu khác : 9.000.000 nghìn đồng . 
2 . Tổng thu ngân_sách huyện : 101.845.000 nghìn đồng , bao_gồm : 
a . Thu ngân_sách huyện hưởng theo phân_cấp : 31.520.000 nghìn đồng ; 
b . Thu bổ_sung từ ngân_sách tỉnh : 70.325.000 nghìn đồng . 
3 . Tổng chi ngân_sách huyện : 101.845.000 nghìn đồng , bao_gồm : 
a . Chi đầu_tư phát_triển : 19.300.000 nghìn đồng ; 
b . Chi thường_xuyên : 80.510.000 nghìn đồng ; 
c . Dự_phòng ngân_sách : 2.035.000 nghìn đồng . 
Điều 2 . Giải_pháp thực_hiện dự_toán năm 2009 : 
1 . Tăng_cường công_tác quản_lý thu , chống thất_thu ; phấn_đấu thu ngân_sách trên địa_bàn vượt 10 % dự_toán tỉnh giao . 
2 . Quản_lý chi chặt_chẽ , tiết_kiệm ; ưu_tiên vốn cho các công_trình chuyển_tiếp . 
3 . Thực_hiện công_khai ngân_sách theo quy_định . 
Điều 3 . Giao Uỷ_ban_nhân_dân huyện tổ_chức thực_hiện Nghị_quyết này . Thường_trực Hội_đồng_nhân_dân huyện , các Ban và đại_biểu Hội_đồng_nhân_dân huyện giám_sát việc thực_hiện Nghị_quyết . 
Nghị_quyết này đã được Hội_đồng_nhân_dân huyện thanh_lộc khóa xviii , kỳ họp thứ 14 thông_qua ngày 19 tháng 12 năm 2008 . 
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BUDGET_RESOLUTION).write_bytes(budget_resolution())
    (folder / POVERTY_PLAN).write_text(POVERTY_MD, encoding="utf-8")
    (folder / YEAR_PLAN).write_text(YEAR_PLAN_HTML, encoding="utf-8")
    (folder / YEAR_END_REPORT).write_text(YEAR_END_TEXT, encoding="utf-8")
    (folder / SEGMENTED_RESOLUTION).write_text(SEGMENTED_TEXT, encoding="utf-8")
    (folder / COMMUNE_ESTIMATE).write_bytes(commune_estimate())
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF not written", file=sys.stderr)
        return
    if "--pdf" in sys.argv:  # the PDF's bytes change with every conversion: only on request
        (folder / MIDTERM_PLAN).write_bytes(_soffice(midterm_plan(), MIDTERM_PLAN, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1])
