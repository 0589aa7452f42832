"""Invented documents of hold-out round G3: more unseen documents of the dev set's kinds, other shapes than E3/F3.

- a province's Kế hoạch of 2026 whose targets are a Word table "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 |
  Năm 2028" and whose tasks are numbered headings over prose paragraphs naming the lead inline ("Sở Y tế chủ
  trì, phối hợp với ...", "Giao Công an tỉnh chủ trì ...", "Ủy ban nhân dân các xã, phường: ...") (.docx);
- a province's Quyết định ban hành Kế hoạch in one file: the decision's header, Căn cứ, three Điều, Nơi nhận and
  signature, then the attached plan "(Ban hành kèm theo Quyết định số ...)" with its own parts (text PDF);
- a district's Kế hoạch of 2024 as an archive scan (receipt stamp, seal, skew, JPEG) with a small "Dự kiến kinh
  phí" list by source in triệu đồng (.pdf, no text layer);
- a Sở's plan of 2009 in a legacy .doc, its tasks naming "Đơn vị thực hiện: ..." lines, its budget lines by year
  ("Năm 2010: 450 triệu đồng; năm 2011: ...") and a total from "ngân sách tỉnh" and "vốn đối ứng của huyện";
- a Markdown scrape of a provincial plan whose task table was flattened to one cell a line (no pipes), beside
  prose parts (.md);
- a ministry's plan saved as a portal page with nav, breadcrumbs, sidebar and footer, its tasks an HTML table
  "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn" (.html);
- a word-segmented 2014 provincial plan with % targets and lead agencies (.txt);
- a district's Công văn of 2025 that quotes another plan's past results and asks named bodies for numbered
  tasks with deadlines (text PDF from Word).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g3 OUTDIR`
writes every file; the .doc and the PDFs need soffice (the files in raw/ are the ones the golds were written
against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, attached_front, closing, decision_front
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

HEALTH = "g3_tinh-baoninh_72-kh-ubnd_2026_y-te-co-so-bang-chi-tieu.docx"
DECISION = "g3_tinh-quanglam_1185-qd-ubnd_2025_qd-kem-kh-tmdt.pdf"
DISTRICT_SCAN = "g3_huyen-hoakhe_95-kh-ubnd_2024_nong-thon-moi-scan.pdf"
LEGACY_DOC = "g3_snn-binhlinh_38-kh-snn_2009_giong-cay-trong.doc"
FLAT_MD = "g3_tinh-yenha_211-kh-ubnd_2025_du-lich-bang-phang-md.md"
PORTAL = "g3_bgddt_1476-kh-bgddt_2025_chuyen-doi-so-portal.html"
SEGMENTED = "g3_tinh-lambinh_kh-ubnd_2014_giao-duc-mam-non-wordseg.txt"
LETTER = "g3_huyen-krongha_1247-ubnd-vx_2025_cong-van-pho-cap.pdf"


# ---------------------------------------------------------------------------
# 1. The province's plan of 2026: a Word table of yearly targets, tasks in prose (.docx).

HEALTH_FRONT = [
    ("i", "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;"),
    ("i", "Căn cứ Quyết định số 2348/QĐ-TTg ngày 05 tháng 12 năm 2016 của Thủ tướng Chính phủ phê duyệt Đề án xây "
          "dựng và phát triển mạng lưới y tế cơ sở trong tình hình mới;"),
    ("i", "Thực hiện Chương trình hành động số 31-CTr/TU ngày 20 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy về tăng "
          "cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao năng lực y tế cơ sở giai đoạn 2026 - 2028 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Củng cố, hoàn thiện mạng lưới y tế cơ sở sau sắp xếp đơn vị hành chính cấp xã; nâng cao chất lượng khám "
          "bệnh, chữa bệnh ban đầu, phòng bệnh và quản lý sức khỏe người dân ngay tại cơ sở, góp phần giảm tải cho "
          "bệnh viện tuyến tỉnh."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("p", "Các chỉ tiêu chủ yếu về y tế cơ sở giai đoạn 2026 - 2028 như sau:"),
]

HEALTH_TARGETS = [
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028"],
    ["1", "Tỷ lệ trạm y tế xã, phường có bác sĩ làm việc", "%", "90", "95", "100"],
    ["2", "Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử", "%", "85", "90", "95"],
    ["3", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", "96", "97", "98"],
    ["4", "Số giường bệnh trên 10.000 dân", "Giường", "32", "33,5", "35"],
    ["5", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,2", "94,5", "95,5"],
    ["6", "Tỷ lệ trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã", "%", "88", "92", "96"],
]

HEALTH_TASKS = [
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Kiện toàn tổ chức, mạng lưới y tế cơ sở"),
    ("p", "Rà soát, sắp xếp các trạm y tế sau khi sắp xếp đơn vị hành chính cấp xã, bảo đảm mỗi xã, phường có ít "
          "nhất 01 trạm y tế hoạt động và các điểm trạm tại địa bàn xa trung tâm. Sở Y tế chủ trì, phối hợp với Sở "
          "Nội vụ và Ủy ban nhân dân các xã, phường thực hiện; hoàn thành trong quý III năm 2026."),
    ("h", "2. Phát triển nguồn nhân lực y tế cơ sở"),
    ("p", "Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính xây dựng chính sách thu hút bác sĩ về công tác "
          "tại trạm y tế; tổ chức đào tạo liên tục, luân phiên bác sĩ từ bệnh viện tuyến tỉnh về hỗ trợ trạm y tế "
          "ít nhất 06 tháng mỗi năm."),
    ("h", "3. Đầu tư cơ sở vật chất, trang thiết bị"),
    ("p", "Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu Ủy ban nhân dân tỉnh bố trí vốn đầu tư công trung hạn "
          "để xây mới 12 trạm y tế, cải tạo, nâng cấp 27 trạm y tế xuống cấp; ưu tiên các xã vùng đồng bào dân tộc "
          "thiểu số và miền núi."),
    ("h", "4. Chuyển đổi số trong y tế cơ sở"),
    ("p", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Y tế, Bảo hiểm xã hội tỉnh triển khai phần mềm quản lý "
          "trạm y tế, kết nối liên thông hồ sơ sức khỏe điện tử với Cơ sở dữ liệu quốc gia về dân cư; hoàn thành "
          "trước ngày 31/12/2026."),
    ("h", "5. Bảo đảm an ninh, trật tự tại cơ sở y tế"),
    ("p", "Giao Công an tỉnh chủ trì, phối hợp với Sở Y tế xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, "
          "chữa cháy tại các trạm y tế và phòng khám đa khoa khu vực; xử lý nghiêm các hành vi gây rối, hành hung "
          "nhân viên y tế."),
    ("h", "6. Truyền thông, vận động Nhân dân"),
    ("p", "Ủy ban nhân dân các xã, phường: chỉ đạo trạm y tế tổ chức truyền thông về chăm sóc sức khỏe ban đầu, "
          "phòng, chống dịch bệnh; phối hợp với Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế hộ "
          "gia đình, phấn đấu đạt chỉ tiêu được giao hằng năm."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2028 là 186,5 tỷ đồng, trong đó: ngân sách tỉnh "
          "142 tỷ đồng; ngân sách trung ương hỗ trợ 44,5 tỷ đồng. Hằng năm, các cơ quan, đơn vị lập dự toán cùng "
          "thời điểm xây dựng dự toán ngân sách nhà nước, gửi Sở Tài chính tổng hợp."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế "
          "hoạch; định kỳ trước ngày 15 tháng 12 hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện."),
    ("p", "2. Sở Tài chính cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo khả năng "
          "cân đối của ngân sách tỉnh."),
    ("p", "3. Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế bảo đảm thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y "
          "tế tại trạm y tế kịp thời, đúng quy định."),
    ("p", "4. Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại địa phương; bố trí "
          "đất, mặt bằng xây dựng trạm y tế; báo cáo kết quả về Sở Y tế trước ngày 05 tháng 12 hằng năm."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Y tế "
          "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]


def health_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẢO NINH", "-------", "Số: 72/KH-UBND"],
            [*MOTTO, "Bảo Ninh, ngày 12 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Nâng cao năng lực y tế cơ sở giai đoạn 2026 - 2028", bold=True, center=True)
    _body(doc, HEALTH_FRONT)
    _table(doc, HEALTH_TARGETS)
    _body(doc, HEALTH_TASKS)
    closing(doc, ["- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Thị Thu Hằng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The province's decision and the plan it issues, one file (text PDF).

DECISION_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về thương mại điện tử;",
    "Căn cứ Quyết định số 645/QĐ-TTg ngày 15 tháng 5 năm 2020 của Thủ tướng Chính phủ phê duyệt Kế hoạch tổng thể "
    "phát triển thương mại điện tử quốc gia giai đoạn 2021 - 2025;",
    "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 214/TTr-SCT ngày 30 tháng 7 năm 2025.",
]

DECISION_ARTICLES = [
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử tỉnh Quảng Lâm năm 2025.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành tỉnh; "
    "Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết "
    "định này./.",
]

DECISION_PLAN = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Đẩy mạnh ứng dụng thương mại điện tử trong hoạt động sản xuất, kinh doanh của doanh nghiệp, hợp tác xã "
          "và hộ kinh doanh; mở rộng kênh tiêu thụ các sản phẩm OCOP, nông sản chủ lực của tỉnh."),
    ("p", "2. Các nhiệm vụ được triển khai đồng bộ, có trọng tâm, gắn trách nhiệm của từng cơ quan, đơn vị; bảo đảm "
          "tiết kiệm, hiệu quả."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- 65% dân số trưởng thành tham gia mua sắm trực tuyến."),
    ("p", "- 80% doanh nghiệp trên địa bàn tỉnh nhận đơn đặt hàng qua các ứng dụng di động."),
    ("p", "- Doanh thu thương mại điện tử B2C tăng 25% so với năm 2024."),
    ("p", "- 100% sản phẩm OCOP đạt từ 3 sao trở lên được giới thiệu trên sàn thương mại điện tử."),
    ("h", "III. NHIỆM VỤ"),
    ("p", "1. Tổ chức 04 lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho doanh nghiệp, hợp tác xã và "
          "hộ kinh doanh. Sở Công Thương chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh thực hiện; thời gian: quý "
          "III - IV/2025."),
    ("p", "2. Xây dựng gian hàng sản phẩm OCOP tỉnh Quảng Lâm trên các sàn thương mại điện tử lớn. Sở Công Thương "
          "chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện; hoàn thành trước ngày 30/10/2025."),
    ("p", "3. Phát triển hạ tầng thanh toán không dùng tiền mặt, nâng cao tỷ lệ thanh toán trực tuyến. Ngân hàng "
          "Nhà nước Khu vực 9 chủ trì, phối hợp với các tổ chức tín dụng trên địa bàn thực hiện."),
    ("p", "4. Tăng cường kiểm tra, xử lý hành vi kinh doanh hàng giả, hàng kém chất lượng trên môi trường mạng. "
          "Công an tỉnh chủ trì, phối hợp với Sở Công Thương và Chi cục Quản lý thị trường tỉnh thực hiện thường "
          "xuyên."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.850 triệu đồng từ nguồn ngân sách tỉnh (kinh phí khuyến "
          "công và xúc tiến thương mại đã giao trong dự toán năm 2025 của Sở Công Thương)."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Công Thương chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban "
          "nhân dân tỉnh kết quả thực hiện trước ngày 20/12/2025."),
    ("p", "2. Sở Tài chính thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "3. Ủy ban nhân dân các xã, phường phối hợp với Sở Công Thương tuyên truyền, hỗ trợ các chủ thể sản xuất "
          "trên địa bàn tham gia thương mại điện tử./."),
]


def decision_with_plan() -> bytes:
    doc = _new()
    decision_front(
        doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG LÂM", "-------", "Số: 1185/QĐ-UBND"],
        [*MOTTO, "Quảng Lâm, ngày 14 tháng 8 năm 2025"],
        "Ban hành Kế hoạch phát triển thương mại điện tử tỉnh Quảng Lâm năm 2025",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG LÂM", DECISION_BASES, DECISION_ARTICLES,
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ Công Thương;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
         "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Hữu Thành"])
    attached_front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG LÂM", "-------"], "KẾ HOẠCH",
                   "Phát triển thương mại điện tử tỉnh Quảng Lâm năm 2025",
                   "(Ban hành kèm theo Quyết định số 1185/QĐ-UBND ngày 14 tháng 8 năm 2025 của Chủ tịch Ủy ban nhân "
                   "dân tỉnh Quảng Lâm)")
    _body(doc, DECISION_PLAN)
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The district's plan of 2024 as an archive scan, with a small budget list by source.

DISTRICT_BODY = [
    ("i", "Thực hiện Kế hoạch số 58/KH-UBND ngày 04 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Tây Nguyên về thực "
          "hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024;"),
    ("p", "Ủy ban nhân dân huyện Hòa Khê xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông "
          "thôn mới trên địa bàn huyện năm 2024, cụ thể như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới, 01 xã đạt chuẩn nông thôn mới nâng cao; bình quân "
          "toàn huyện đạt 17,2 tiêu chí/xã."),
    ("p", "2. Tỷ lệ hộ dân nông thôn được sử dụng nước sạch đạt 65%; tỷ lệ chất thải rắn sinh hoạt ở nông thôn "
          "được thu gom, xử lý đạt 78%."),
    ("p", "3. Thu nhập bình quân đầu người khu vực nông thôn đạt 48 triệu đồng/người/năm."),
    ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
    ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã hướng dẫn xây "
          "dựng mô hình sản xuất liên kết theo chuỗi giá trị gắn với sản phẩm OCOP; hoàn thành trong tháng 9/2024."),
    ("p", "2. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến "
          "độ các công trình giao thông nông thôn, trường học, nhà văn hóa thôn; hoàn thành trước ngày 30/11/2024."),
    ("p", "3. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã triển khai thu gom, phân "
          "loại chất thải rắn sinh hoạt tại nguồn."),
    ("p", "4. Ủy ban nhân dân các xã chủ trì rà soát, đánh giá mức đạt từng tiêu chí; huy động Nhân dân hiến đất, "
          "đóng góp ngày công làm đường giao thông, kênh mương nội đồng."),
    ("h", "III. DỰ KIẾN KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến: 12.450 triệu đồng, trong đó:"),
    ("p", "- Ngân sách Trung ương: 5.200 triệu đồng;"),
    ("p", "- Ngân sách tỉnh: 3.800 triệu đồng;"),
    ("p", "- Ngân sách huyện: 2.150 triệu đồng;"),
    ("p", "- Huy động từ Nhân dân và doanh nghiệp: 1.300 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Điều phối nông thôn mới huyện tham mưu Ủy ban nhân dân huyện theo dõi, đôn đốc thực hiện Kế "
          "hoạch; tổng hợp báo cáo định kỳ hằng quý."),
    ("p", "2. Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn, hướng dẫn thanh quyết toán theo quy định."),
    ("p", "3. Ủy ban nhân dân các xã xây dựng kế hoạch cụ thể, báo cáo kết quả về Văn phòng Điều phối nông thôn mới "
          "huyện trước ngày 10/12/2024./."),
]


def district_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN HÒA KHÊ", "-------", "Số: 95/KH-UBND"],
            [*MOTTO, "Hòa Khê, ngày 22 tháng 4 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024", bold=True,
               center=True)
    _body(doc, DISTRICT_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Nông nghiệp và PTNT;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- Các phòng, ban liên quan;", "- UBND các xã;", "- Lưu: VT, NN."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Y Khuê Niê"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The Sở's plan of 2009, legacy .doc, budget by year and by source.

LEGACY_BODY = [
    ("i", "Căn cứ Quyết định số 1742/QĐ-UBND ngày 25 tháng 9 năm 2009 của Ủy ban nhân dân tỉnh Bình Lĩnh phê duyệt "
          "Chương trình phát triển giống cây trồng, vật nuôi tỉnh Bình Lĩnh giai đoạn 2010 - 2012;"),
    ("p", "Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung: Từng bước chủ động nguồn giống cây trồng, vật nuôi có năng suất, chất lượng cao, phù "
          "hợp với điều kiện sinh thái của tỉnh, góp phần nâng cao giá trị sản xuất nông nghiệp."),
    ("p", "2. Mục tiêu cụ thể đến năm 2012:"),
    ("p", "- Tỷ lệ sử dụng giống lúa xác nhận trong sản xuất đạt 75%;"),
    ("p", "- 60% đàn lợn nái được thay thế bằng giống lai, giống ngoại;"),
    ("p", "- Cung ứng 120 tấn giống lúa nguyên chủng mỗi năm."),
    ("h", "II. NỘI DUNG THỰC HIỆN"),
    ("p", "1. Xây dựng mô hình nhân giống lúa cấp xác nhận tại các hợp tác xã."),
    ("p", "Đơn vị thực hiện: Trung tâm Giống cây trồng; phối hợp: Phòng Nông nghiệp và PTNT các huyện."),
    ("p", "2. Tiếp nhận, nhân đàn giống lợn ngoại ông bà, bố mẹ; cải tạo đàn lợn nái địa phương."),
    ("p", "Đơn vị thực hiện: Trung tâm Giống vật nuôi; phối hợp: Chi cục Thú y."),
    ("p", "3. Kiểm tra chất lượng giống cây trồng, vật nuôi lưu thông trên thị trường."),
    ("p", "Đơn vị thực hiện: Thanh tra Sở; phối hợp: Chi cục Bảo vệ thực vật, Chi cục Thú y."),
    ("p", "4. Tập huấn kỹ thuật sản xuất giống cho nông dân."),
    ("p", "Đơn vị thực hiện: Trung tâm Khuyến nông; phối hợp: Ủy ban nhân dân các xã."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2010 - 2012 là 1.650 triệu đồng, trong đó: ngân sách tỉnh "
          "1.200 triệu đồng, vốn đối ứng của huyện 450 triệu đồng."),
    ("p", "Phân theo năm: Năm 2010: 450 triệu đồng; năm 2011: 580 triệu đồng; năm 2012: 620 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kế hoạch - Tài chính tổng hợp dự toán kinh phí hằng năm trình Sở Tài chính thẩm định."),
    ("p", "2. Các đơn vị được giao nhiệm vụ xây dựng kế hoạch chi tiết, báo cáo kết quả về Sở (qua Phòng Trồng trọt) "
          "trước ngày 15 tháng 12 hằng năm."),
]


def legacy_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH BÌNH LĨNH", "SỞ NÔNG NGHIỆP VÀ PTNT", "-------", "Số: 38/KH-SNN"],
            [*MOTTO, "Bình Lĩnh, ngày 16 tháng 11 năm 2009"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển giống cây trồng, vật nuôi giai đoạn 2010 - 2012", bold=True, center=True)
    _body(doc, LEGACY_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Tài chính;", "- UBND các huyện;", "- Các đơn vị trực thuộc Sở;",
                  "- Lưu: VT, TT."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Văn Sáu"])
    _paragraph(doc, "")
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A scraped provincial plan whose task table was flattened to one cell a line (.md).

FLAT_TEXT = """\
**ỦY BAN NHÂN DÂN
TỈNH YÊN HẠ**
-------

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**
---------------

Số: 211/KH-UBND

*Yên Hạ, ngày 03 tháng 10 năm 2025*

**KẾ HOẠCH**

**PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH YÊN HẠ NĂM 2026**

Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19 tháng 6 năm 2017;

Căn cứ Quyết định số 147/QĐ-TTg ngày 22 tháng 01 năm 2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát \
triển du lịch Việt Nam đến năm 2030;

Thực hiện Nghị quyết số 68/NQ-HĐND ngày 12 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh về phát triển du lịch \
tỉnh Yên Hạ giai đoạn 2026 - 2030;

Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Khai thác hiệu quả tiềm năng văn hóa, cảnh quan của các bản làng; tạo sinh kế bền vững cho đồng bào dân tộc \
thiểu số, góp phần giảm nghèo.

2. Phân công cụ thể nhiệm vụ cho các cơ quan, đơn vị, địa phương; bảo đảm tiến độ, hiệu quả.

**II. CHỈ TIÊU**

- Đón 350.000 lượt khách đến các điểm du lịch cộng đồng, tăng 18% so với năm 2025;

- 70% hộ làm du lịch cộng đồng được tập huấn kỹ năng phục vụ khách;

- 100% điểm du lịch cộng đồng được công nhận có nhà vệ sinh đạt chuẩn phục vụ khách du lịch.

**III. NHIỆM VỤ CỤ THỂ**

(Chi tiết tại bảng phân công dưới đây)

STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Xây dựng Bộ tiêu chí đánh giá điểm du lịch cộng đồng tỉnh Yên Hạ
Sở Văn hóa, Thể thao và Du lịch
Sở Tư pháp; Ủy ban nhân dân các xã có điểm du lịch
Quý I/2026
2
Hỗ trợ cải tạo nhà ở truyền thống làm cơ sở lưu trú homestay
Ủy ban nhân dân các xã có điểm du lịch
Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính
Quý II - III/2026
3
Tập huấn kỹ năng đón tiếp, phục vụ khách cho hộ làm du lịch
Trung tâm Thông tin và Xúc tiến du lịch tỉnh
Hội Liên hiệp Phụ nữ tỉnh
Tháng 3 - 6/2026
4
Đầu tư đường giao thông đến các bản du lịch Nà Pồng, Khuổi Lừa
Sở Xây dựng
Sở Tài chính; Ủy ban nhân dân các xã có điểm du lịch
Tháng 12/2026
5
Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số
Trung tâm Thông tin và Xúc tiến du lịch tỉnh
Báo và Phát thanh, Truyền hình Yên Hạ
Cả năm 2026

**IV. KINH PHÍ**

Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp, nguồn Chương trình mục tiêu \
quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và nguồn xã hội hóa.

**V. TỔ CHỨC THỰC HIỆN**

1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; \
tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.

2. Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch.

3. Ủy ban nhân dân các xã có điểm du lịch chỉ đạo, hướng dẫn cộng đồng dân cư tham gia phát triển du lịch, bảo \
tồn bản sắc văn hóa truyền thống./.

|  |  |
| --- | --- |
| **Nơi nhận:** - Bộ VHTTDL (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - CT, các PCT UBND tỉnh; - Như mục V; - Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Lò Văn Thắm** |
"""


# ---------------------------------------------------------------------------
# 6. The ministry's plan as a portal page around the text, tasks as an HTML table (.html).

PORTAL_TASKS = [
    ("1", "Xây dựng Kho học liệu số dùng chung toàn ngành giai đoạn 2", "Cục Khoa học, Công nghệ và Thông tin",
     "Vụ Giáo dục Phổ thông; Nhà xuất bản Giáo dục Việt Nam", "Tháng 12/2025"),
    ("2", "Triển khai học bạ số đối với giáo dục phổ thông trên phạm vi toàn quốc", "Vụ Giáo dục Phổ thông",
     "Cục Khoa học, Công nghệ và Thông tin; các sở giáo dục và đào tạo", "Tháng 9/2025"),
    ("3", "Hoàn thiện cơ sở dữ liệu ngành về giáo dục đại học, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
     "Vụ Giáo dục Đại học", "Cục Khoa học, Công nghệ và Thông tin", "Tháng 11/2025"),
    ("4", "Bồi dưỡng năng lực số cho cán bộ quản lý, giáo viên", "Cục Nhà giáo và Cán bộ quản lý giáo dục",
     "Các cơ sở đào tạo giáo viên", "Năm 2025"),
    ("5", "Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của Bộ", "Cục Khoa học, Công nghệ và Thông tin",
     "Văn phòng Bộ", "Thường xuyên"),
]


def portal_page() -> str:
    rows = "\n".join(
        f"<tr><td>{n}</td><td>{task}</td><td>{lead}</td><td>{partners}</td><td>{due}</td></tr>"
        for n, task, lead, partners, due in PORTAL_TASKS)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch số 1476/KH-BGDĐT - Cổng thông tin điện tử Bộ Giáo dục và Đào tạo</title>
<link rel="stylesheet" href="/static/portal.css"></head>
<body>
<header class="site-header">
<div class="logo"><img src="/static/logo.png" alt="Bộ Giáo dục và Đào tạo"> CỔNG THÔNG TIN ĐIỆN TỬ BỘ GIÁO DỤC VÀ ĐÀO TẠO</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; <span>Văn bản chỉ đạo điều hành</span></div>
<div class="container">
<main class="content">
<h1 class="doc-title">Kế hoạch chuyển đổi số ngành Giáo dục năm 2025</h1>
<p class="meta">Ngày đăng: 28/10/2025 | Lượt xem: 3.412</p>
<div class="doc-body">
<table class="doc-header" style="width:100%;border:none">
<tr><td style="width:40%;text-align:center"><b>BỘ GIÁO DỤC VÀ ĐÀO TẠO</b><br>-------<br>Số: 1476/KH-BGDĐT</td>
<td style="width:60%;text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Hà Nội, ngày 21 tháng 10 năm 2025</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Chuyển đổi số ngành Giáo dục năm 2025</b></p>
<p>Căn cứ Quyết định số 131/QĐ-TTg ngày 25 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án "Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030";</p>
<p>Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;</p>
<p>Bộ Giáo dục và Đào tạo ban hành Kế hoạch chuyển đổi số ngành Giáo dục năm 2025 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>1. Hoàn thiện hạ tầng, nền tảng và dữ liệu số của ngành, tạo nền tảng cho quản trị giáo dục dựa trên dữ liệu.</p>
<p>2. Chỉ tiêu cụ thể năm 2025:</p>
<p>- 100% cơ sở giáo dục phổ thông sử dụng học bạ số;</p>
<p>- 90% dịch vụ công của Bộ được cung cấp trực tuyến toàn trình;</p>
<p>- 80% giáo viên được bồi dưỡng năng lực số theo khung năng lực số của ngành.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>Các nhiệm vụ cụ thể và phân công thực hiện như sau:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời hạn</th></tr>
{rows}
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước chi sự nghiệp giáo dục năm 2025 đã giao cho các đơn vị và các nguồn hợp pháp khác.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Cục Khoa học, Công nghệ và Thông tin là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Bộ trưởng trước ngày 25/12/2025.</p>
<p>2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện các nhiệm vụ theo quy định.</p>
<p>3. Thủ trưởng các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện./.</p>
<table style="width:100%;border:none"><tr>
<td style="width:55%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Bộ trưởng (để b/c);<br>- Các Thứ trưởng;<br>- Các đơn vị thuộc Bộ;<br>- Các sở GDĐT;<br>- Lưu: VT, Cục KHCNTT.</td>
<td style="width:45%;text-align:center;vertical-align:top"><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG</b><br><br><br><br><b>Phạm Ngọc Thưởng</b></td>
</tr></table>
</div>
<div class="attach">Tệp đính kèm: <a href="/files/1476-KH-BGDDT.pdf">1476-KH-BGDDT.pdf</a></div>
</main>
<aside class="sidebar">
<h3>Văn bản mới</h3>
<ul>
<li><a href="/van-ban/1502">Công văn số 1502/BGDĐT-GDPT ngày 30/10/2025 về hướng dẫn kiểm tra giữa kỳ</a></li>
<li><a href="/van-ban/1488">Quyết định số 1488/QĐ-BGDĐT ngày 24/10/2025 về thành lập Hội đồng thẩm định</a></li>
<li><a href="/van-ban/1470">Thông tư số 20/2025/TT-BGDĐT ngày 18/10/2025 quy định về dạy thêm, học thêm</a></li>
</ul>
<h3>Liên kết</h3>
<ul><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li><li><a href="/csdl">Cơ sở dữ liệu ngành</a></li></ul>
</aside>
</div>
<footer class="site-footer">
<p>Bản quyền thuộc Bộ Giáo dục và Đào tạo. Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội.</p>
<p>Giấy phép số 45/GP-TTĐT ngày 12/3/2020 của Cục Phát thanh, truyền hình và thông tin điện tử.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 7. A word-segmented provincial plan of 2014 with % targets and lead agencies (.txt).

SEGMENTED_TXT = """\
Kế_hoạch phát_triển giáo_dục mầm_non tỉnh lâm_bình năm 2014 
Ủy_ban_nhân_dân tỉnh lâm_bình 
Số : 46/KH - UBND 
Lâm_Bình , ngày 20 tháng 01 năm 2014 
Căn_cứ Quyết_định số 239/QĐ - TTg ngày 09 tháng 02 năm 2010 của Thủ_tướng Chính_phủ phê_duyệt Đề_án phổ_cập giáo_dục mầm_non cho trẻ_em năm tuổi giai_đoạn 2010 - 2015 ; 
Căn_cứ Nghị_quyết số 27/NQ - HĐND ngày 12 tháng 12 năm 2013 của Hội_đồng_nhân_dân tỉnh về nhiệm_vụ phát_triển kinh_tế - xã_hội năm 2014 ; 
Ủy_ban_nhân_dân tỉnh ban_hành Kế_hoạch phát_triển giáo_dục mầm_non năm 2014 như sau : 
I. MỤC_TIÊU 
1 . Mục_tiêu chung : Củng_cố , nâng cao chất_lượng phổ_cập giáo_dục mầm_non cho trẻ_em năm tuổi ; mở_rộng mạng_lưới trường , lớp mầm_non , đáp_ứng nhu_cầu gửi trẻ của Nhân_dân . 
2 . Mục_tiêu cụ_thể : 
- Tỷ_lệ huy_động trẻ_em nhà_trẻ ra lớp đạt 32 % ; trẻ_em mẫu_giáo đạt 92 % ; 
- 100 % trẻ_em năm tuổi được học 2 buổi / ngày ; 
- Tỷ_lệ trẻ suy_dinh_dưỡng thể nhẹ_cân giảm xuống dưới 8,5 % ; 
- 45 % trường mầm_non đạt chuẩn quốc_gia . 
II. NHIỆM_VỤ VÀ GIẢI_PHÁP 
1 . Sở Giáo_dục và Đào_tạo chủ_trì , phối_hợp với Ủy_ban_nhân_dân các huyện , thành_phố rà_soát , quy_hoạch mạng_lưới trường , lớp mầm_non ; hoàn_thành trong quý II năm 2014 . 
2 . Sở Nội_vụ chủ_trì , phối_hợp với Sở Giáo_dục và Đào_tạo bổ_sung biên_chế giáo_viên mầm_non theo định_mức quy_định . 
3 . Sở Kế_hoạch và Đầu_tư chủ_trì , phối_hợp với Sở Tài_chính cân_đối vốn xây_dựng phòng học mầm_non , ưu_tiên các xã đặc_biệt khó_khăn . 
4 . Sở Y_tế chủ_trì , phối_hợp với Sở Giáo_dục và Đào_tạo hướng_dẫn công_tác chăm_sóc sức_khỏe , phòng_chống suy_dinh_dưỡng cho trẻ . 
III. KINH_PHÍ 
Kinh_phí thực_hiện Kế_hoạch năm 2014 là 38.600 triệu đồng , trong đó ngân_sách trung_ương hỗ_trợ 21.000 triệu đồng , ngân_sách tỉnh 17.600 triệu đồng . 
IV. TỔ_CHỨC THỰC_HIỆN 
1 . Sở Giáo_dục và Đào_tạo chủ_trì theo_dõi , hướng_dẫn , kiểm_tra việc thực_hiện Kế_hoạch ; tổng_hợp báo_cáo Ủy_ban_nhân_dân tỉnh . 
2 . Ủy_ban_nhân_dân các huyện , thành_phố xây_dựng kế_hoạch triển_khai tại địa_phương . 
TM. Ủy_ban_nhân_dân tỉnh 
KT. Chủ_tịch 
Phó Chủ_tịch 
Đinh_Thị Hoa 
"""


# ---------------------------------------------------------------------------
# 8. The district's letter of 2025 quoting another plan's results, tasks to named bodies (text PDF).

LETTER_BODY = [
    ("c", "Kính gửi:"),
    ("c", "- Phòng Văn hóa, Khoa học và Thông tin huyện;"),
    ("c", "- Phòng Giáo dục và Đào tạo huyện;"),
    ("c", "- Ủy ban nhân dân các xã, thị trấn."),
    ("p", "Thực hiện Kế hoạch số 315/KH-UBND ngày 18 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Đắk Hà về phổ cập "
          "giáo dục, xóa mù chữ năm 2025, Ủy ban nhân dân huyện Krông Hà nhận thấy: năm 2024, tỷ lệ trẻ em 6 tuổi "
          "vào lớp 1 của huyện đạt 99,2%; tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức độ 2 đạt 87,5%, thấp hơn "
          "bình quân chung của tỉnh (92,1%); còn 03 xã chưa đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2."),
    ("p", "Để hoàn thành các chỉ tiêu phổ cập giáo dục, xóa mù chữ năm 2025, Ủy ban nhân dân huyện yêu cầu các cơ "
          "quan, đơn vị, địa phương thực hiện tốt một số nhiệm vụ sau:"),
    ("p", "1. Phòng Giáo dục và Đào tạo huyện: Chủ trì, hướng dẫn các trường rà soát, điều tra số liệu phổ cập "
          "giáo dục, xóa mù chữ năm 2025, cập nhật lên hệ thống thông tin điện tử quản lý phổ cập giáo dục; hoàn "
          "thành trước ngày 15/9/2025. Tham mưu mở 06 lớp xóa mù chữ tại các xã chưa đạt chuẩn."),
    ("p", "2. Phòng Văn hóa, Khoa học và Thông tin huyện: Phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông "
          "huyện tuyên truyền về ý nghĩa, lợi ích của công tác xóa mù chữ, học tập suốt đời trên hệ thống loa "
          "truyền thanh cơ sở; thực hiện trong tháng 7 và tháng 8 năm 2025."),
    ("p", "3. Ủy ban nhân dân các xã, thị trấn: Kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ cấp xã; vận động "
          "người mù chữ, tái mù chữ trong độ tuổi ra lớp; hoàn thành hồ sơ đề nghị công nhận đạt chuẩn gửi Phòng "
          "Giáo dục và Đào tạo huyện trước ngày 30/10/2025."),
    ("p", "4. Phòng Tài chính - Kế hoạch huyện: Tham mưu bố trí kinh phí mở lớp xóa mù chữ, hỗ trợ tài liệu học "
          "tập cho học viên theo quy định; hoàn thành trước ngày 31/8/2025."),
    ("p", "Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, thị trấn "
          "khẩn trương triển khai thực hiện; báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) "
          "trước ngày 15/11/2025./."),
]


def district_letter() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG HÀ", "-------", "Số: 1247/UBND-VX",
                  "V/v triển khai công tác phổ cập giáo dục, xóa mù chữ năm 2025"],
            [*MOTTO, "Krông Hà, ngày 02 tháng 6 năm 2025"], bold=(2, 2))
    _body(doc, LETTER_BODY)
    closing(doc, ["- Như trên;", "- Sở GDĐT tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);",
                  "- CT, các PCT UBND huyện;", "- Lưu: VT, VX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Ksor Thị H'Linh"])
    return _save(doc)


def main(out: str) -> None:
    from tests.renditions.scans import archive_scan

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FLAT_MD).write_text(FLAT_TEXT, encoding="utf-8")
    (folder / PORTAL).write_text(portal_page(), encoding="utf-8")
    (folder / SEGMENTED).write_text(SEGMENTED_TXT, encoding="utf-8")
    (folder / HEALTH).write_bytes(health_plan())
    (folder / DECISION).write_bytes(_pdf(decision_with_plan(), DECISION))
    (folder / DISTRICT_SCAN).write_bytes(archive_scan(_pdf(district_plan(), DISTRICT_SCAN), seed="g3"))
    (folder / LEGACY_DOC).write_bytes(_converted(legacy_plan(), LEGACY_DOC, "doc"))
    (folder / LETTER).write_bytes(_pdf(district_letter(), LETTER))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
