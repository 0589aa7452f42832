"""Invented documents of hold-out round G7: more unseen documents of the dev set's kinds, other shapes than E3, F3
and G3-G6.

- a ward's (phường, after the 2025 two-tier reform: no district) Kế hoạch of 2025 in Word: the new agency names
  ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công phường"), a task
  table whose time column holds "Tháng 9/2025", "Thường xuyên", "Quý IV/2025", money "từ nguồn ngân sách phường" (.docx);
- a Sở Tài chính's Quyết định phê duyệt dự toán of 2024 (text PDF): "Điều 1. Phê duyệt dự toán kinh phí ... với tổng
  số tiền: X đồng (Bằng chữ: ...)", a small item table in đồng, "Nguồn kinh phí: ...";
- a province's Kế hoạch of 2017 (text PDF) with a running header on every page after the first (its number and a
  short title), "Trang 2/4" in the footer and two footnotes at page foots;
- a Ban Chỉ đạo's Kế hoạch of 2023 on a portal page (.html): issuer "BAN CHỈ ĐẠO ... TỈNH X", "Số: 15/KH-BCĐ", signed
  "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND TỈNH", tasks of the member agencies;
- a Markdown scrape of a district's plan of 2021: headings as bold paragraphs ("**I. MỤC ĐÍCH, YÊU CẦU**"), tasks as
  nested "-" bullets indented by two spaces, a budget pipe table in "ĐVT: nghìn đồng" with a "Tổng cộng" row (.md);
- a provincial general hospital's Kế hoạch of 2026 as a plain-text scrape: "SỞ Y TẾ TỈNH X" above "BỆNH VIỆN ĐA
  KHOA TỈNH X", tasks to its own Khoa and Phòng, money "từ nguồn thu sự nghiệp của đơn vị" (.txt);
- a Tỉnh đoàn's Kế hoạch of 2024 ("Số: 45-KH/TĐTN-PTTN", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / BÍ THƯ") saved by LibreOffice
  as OpenDocument (.odt), tasks to "các huyện, thành đoàn" and to the Ban of the Tỉnh đoàn;
- a Prime Minister's Quyết định approving a national target programme 2026-2030 (text PDF): targets by 2030, the
  duties of many Bộ, total capital "tối thiểu 85.000 tỷ đồng, trong đó: vốn ngân sách trung ương ..., ...".

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g7 OUTDIR`
writes every file; the PDFs and the .odt need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.invented.build_u import _footnote_ref, _with_footnotes
from tests.probes.tables_docx import _table
from tests.renditions.producers import _field
from tests.renditions.wordplans import _paragraph, _widths

WARD = "g7_phuong-hungphu_58-kh-ubnd_2025_bang-thoi-gian.docx"
ESTIMATE = "g7_stc-giakhanh_412-qd-stc_2024_du-toan-dong.pdf"
RUNNING = "g7_tinh-quangha_86-kh-ubnd_2017_dau-trang-chu-thich.pdf"
STEERING = "g7_bcd-bachoa_15-kh-bcd_2023_portal-thanh-vien.html"
BULLETS = "g7_huyen-camphong_92-kh-ubnd_2021_md-dam-gach-long.md"
HOSPITAL = "g7_bvdk-hoaninh_214-kh-bvdk_2026_nguon-thu-su-nghiep.txt"
YOUTH = "g7_tinhdoan-sonlam_45-kh-tdtn_2024_odt.odt"
PROGRAMME = "g7_ttg_1523-qd-ttg_2025_ctmtqg-von-toi-thieu.pdf"


# ---------------------------------------------------------------------------
# 1. The ward's plan of 2025 with a task table and a time column (.docx).

WARD_FRONT = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Kế hoạch số 214/KH-UBND ngày 28 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Đông Lâm về thực hiện "
          "chuyển đổi số và Đề án 06 trên địa bàn tỉnh năm 2025;"),
    ("p", "Ủy ban nhân dân phường Hưng Phú ban hành Kế hoạch triển khai chuyển đổi số và cải cách thủ tục hành chính "
          "trên địa bàn phường năm 2025, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Bảo đảm hoạt động của chính quyền địa phương hai cấp thông suốt, không gián đoạn; người dân, doanh "
          "nghiệp được phục vụ tốt hơn sau khi sắp xếp đơn vị hành chính."),
    ("p", "2. Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị; gắn trách nhiệm người "
          "đứng đầu với kết quả thực hiện."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Xây dựng chính quyền phường số, lấy người dân làm trung tâm; đẩy mạnh cung cấp dịch vụ công trực tuyến, "
          "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn phường."),
    ("h", "2. Mục tiêu cụ thể đến hết năm 2025"),
    ("p", "- 100% hồ sơ thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công phường được số hóa."),
    ("p", "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt từ 65% trở lên."),
    ("p", "- Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2 đạt 85%."),
    ("p", "- 90% cán bộ, công chức phường sử dụng thành thạo hệ thống quản lý văn bản và điều hành."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("p", "Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian thực hiện theo bảng sau:"),
]

WARD_TASKS = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["1", "Rà soát, chuẩn hóa dữ liệu dân cư, đất đai, hộ kinh doanh trên địa bàn phường",
     "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị; các khu phố", "Tháng 9/2025"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
     "Trung tâm Phục vụ hành chính công phường", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
     "Thường xuyên"],
    ["3", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và ứng dụng VNeID",
     "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên phường; Hội Liên hiệp Phụ nữ phường", "Quý IV/2025"],
    ["4", "Nâng cấp đường truyền, thiết bị tại bộ phận một cửa và hội trường trực tuyến của phường",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công phường", "Tháng 10/2025"],
    ["5", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức và thành viên tổ công nghệ số cộng đồng",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", "Phòng Văn hóa - Xã hội", "Quý IV/2025"],
]

WARD_END = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách phường năm 2025 là 386.500.000 đồng (Ba trăm tám mươi sáu "
          "triệu, năm trăm nghìn đồng) và các nguồn kinh phí hợp pháp khác theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc, tổng "
          "hợp kết quả thực hiện Kế hoạch; báo cáo trước ngày 15 tháng 12 năm 2025."),
    ("p", "2. Phòng Kinh tế, Hạ tầng và Đô thị tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh quyết toán "
          "theo quy định."),
    ("p", "3. Công an phường chủ trì làm sạch dữ liệu dân cư; hướng dẫn kích hoạt tài khoản định danh điện tử."),
    ("p", "4. Trung tâm Phục vụ hành chính công phường công khai thủ tục hành chính, hỗ trợ người dân nộp hồ sơ trực "
          "tuyến."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể vận động hội viên, đoàn viên tham gia "
          "tổ công nghệ số cộng đồng."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Phòng Văn hóa - Xã "
          "hội để tổng hợp, trình Ủy ban nhân dân phường xem xét, giải quyết./."),
]


def ward_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG HƯNG PHÚ", "-------", "Số: 58/KH-UBND"],
            [*MOTTO, "Hưng Phú, ngày 22 tháng 8 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai chuyển đổi số và cải cách thủ tục hành chính trên địa bàn phường Hưng Phú năm 2025",
               bold=True, center=True)
    _body(doc, WARD_FRONT)
    table = _table(doc, WARD_TASKS)
    _widths(table, [1.2, 6.0, 3.3, 3.5, 2.0])
    _body(doc, WARD_END)
    closing(doc, ["- UBND tỉnh Đông Lâm (b/c);", "- Sở Khoa học và Công nghệ (b/c);", "- TT Đảng ủy, TT HĐND phường;",
                  "- CT, các PCT UBND phường;", "- Như mục V;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Thị Thanh Hương"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The Sở Tài chính's decision approving an estimate in đồng (text PDF).

ESTIMATE_ROWS = [
    ["STT", "Nội dung chi", "Số tiền (đồng)"],
    ["1", "Chi biên soạn, in ấn tài liệu tập huấn", "186.400.000"],
    ["2", "Chi thù lao báo cáo viên, trợ giảng", "242.000.000"],
    ["3", "Chi hỗ trợ tiền ăn, nước uống cho học viên", "517.500.000"],
    ["4", "Chi thuê hội trường, thiết bị trình chiếu", "312.000.000"],
    ["5", "Chi văn phòng phẩm, chi khác", "228.350.000"],
    ["", "Tổng cộng", "1.486.250.000"],
]


def estimate_decision() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH GIA KHÁNH", "SỞ TÀI CHÍNH", "-------", "Số: 412/QĐ-STC"],
            [*MOTTO, "Gia Khánh, ngày 06 tháng 5 năm 2024"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Phê duyệt dự toán kinh phí tổ chức tập huấn nghiệp vụ quản lý tài chính, ngân sách cho cán bộ "
               "cấp xã năm 2024", bold=True, center=True)
    _paragraph(doc, "GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH GIA KHÁNH", bold=True, center=True)
    _body(doc, [
        ("i", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
        ("i", "Căn cứ Thông tư số 06/2023/TT-BTC ngày 31 tháng 01 năm 2023 của Bộ Tài chính quy định việc lập dự "
              "toán, quản lý, sử dụng và quyết toán kinh phí dành cho công tác đào tạo, bồi dưỡng cán bộ, công chức;"),
        ("i", "Căn cứ Quyết định số 2876/QĐ-UBND ngày 12 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Gia Khánh về việc "
              "giao dự toán thu, chi ngân sách nhà nước năm 2024;"),
        ("i", "Xét đề nghị của Trưởng phòng Quản lý ngân sách tại Tờ trình số 87/TTr-QLNS ngày 02 tháng 5 năm 2024."),
    ])
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    _body(doc, [
        ("p", "Điều 1. Phê duyệt dự toán kinh phí tổ chức tập huấn nghiệp vụ quản lý tài chính, ngân sách cho cán bộ "
              "cấp xã năm 2024 với tổng số tiền: 1.486.250.000 đồng (Bằng chữ: Một tỷ, bốn trăm tám mươi sáu triệu, "
              "hai trăm năm mươi nghìn đồng)."),
        ("p", "Chi tiết dự toán như sau:"),
    ])
    table = _table(doc, ESTIMATE_ROWS)
    _widths(table, [1.5, 10.0, 4.5])
    _body(doc, [
        ("p", "Nguồn kinh phí: ngân sách tỉnh năm 2024 đã giao trong dự toán của Sở Tài chính tại Quyết định số "
              "2876/QĐ-UBND ngày 12 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh."),
        ("p", "Điều 2. Phòng Quản lý ngân sách có trách nhiệm tổ chức thực hiện, sử dụng kinh phí đúng mục đích, đúng "
              "chế độ; thanh toán, quyết toán theo quy định hiện hành."),
        ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý ngân sách, "
              "Trưởng phòng Tài chính hành chính sự nghiệp và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi "
              "hành Quyết định này./."),
    ])
    closing(doc, ["- Như Điều 3;", "- UBND tỉnh (b/c);", "- Kho bạc Nhà nước khu vực IX;", "- Giám đốc, các PGĐ Sở;",
                  "- Lưu: VT, QLNS."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Quốc Vinh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The province's plan of 2017 with a running header, "Trang X/Y" and two footnotes (text PDF).

RUNNING_NOTES = [
    "Năm 2016, tổng lượt khách du lịch đến tỉnh đạt 1,42 triệu lượt, doanh thu đạt 1.260 tỷ đồng.",
    "Gồm 04 khu, điểm: Hồ Sơn Thủy, Thác Bảy Tầng, Làng gốm Phước Hà và Khu di tích Núi Ấn.",
]

RUNNING_FRONT = [
    ("p", "Căn cứ Nghị quyết số 08-NQ/TW ngày 16 tháng 01 năm 2017 của Bộ Chính trị về phát triển du lịch trở thành "
          "ngành kinh tế mũi nhọn;"),
    ("p", "Căn cứ Luật Du lịch ngày 14 tháng 6 năm 2005;"),
    ("p", "Căn cứ Nghị quyết số 12/2016/NQ-HĐND ngày 14 tháng 12 năm 2016 của Hội đồng nhân dân tỉnh Quảng Hà về "
          "phát triển du lịch tỉnh Quảng Hà giai đoạn 2016 - 2020;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch năm 2017 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các mục tiêu, nhiệm vụ phát triển du lịch tại Nghị quyết số 12/2016/NQ-HĐND; huy động các "
          "nguồn lực đầu tư hạ tầng, sản phẩm du lịch; tạo chuyển biến rõ nét về chất lượng dịch vụ."),
    ("p", "2. Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố phối hợp chặt chẽ, xác định phát triển du lịch "
          "là nhiệm vụ của cả hệ thống chính trị; bảo đảm môi trường du lịch an toàn, thân thiện."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
]


def _running_text(doc) -> None:
    p = _paragraph(doc, "Phát triển du lịch Quảng Hà nhanh và bền vững, từng bước trở thành ngành kinh tế quan trọng "
                        "của tỉnh; khai thác có hiệu quả tiềm năng du lịch sinh thái, văn hóa và nghỉ dưỡng", justify=True)
    _footnote_ref(p, 1)
    p.add_run("; nâng cao năng lực cạnh tranh của điểm đến Quảng Hà.")
    _body(doc, [
        ("h", "2. Mục tiêu cụ thể năm 2017"),
        ("p", "- Tổng lượt khách du lịch đạt 1,6 triệu lượt, tăng 12,7% so với năm 2016; trong đó khách quốc tế đạt "
              "95.000 lượt."),
        ("p", "- Tổng thu từ khách du lịch đạt 1.450 tỷ đồng, tăng 15% so với năm 2016."),
        ("p", "- Tỷ lệ cơ sở lưu trú được xếp hạng từ 1 sao trở lên đạt 40% tổng số cơ sở lưu trú trên địa bàn."),
        ("p", "- 100% khu, điểm du lịch trọng điểm được lắp đặt biển chỉ dẫn, nhà vệ sinh đạt chuẩn phục vụ khách."),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Hoàn thiện quy hoạch và đầu tư kết cấu hạ tầng du lịch"),
        ("p", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Xây dựng rà soát, điều "
              "chỉnh quy hoạch các khu, điểm du lịch trọng điểm; ưu tiên bố trí vốn đầu tư đường giao thông đến các "
              "khu du lịch Hồ Sơn Thủy, Thác Bảy Tầng."),
    ])
    p = _paragraph(doc, "Ủy ban nhân dân các huyện, thành phố quản lý chặt chẽ quy hoạch, bảo vệ cảnh quan, môi trường "
                        "tại các khu, điểm du lịch trọng điểm", justify=True)
    _footnote_ref(p, 2)
    p.add_run("; kiên quyết xử lý các công trình xây dựng trái phép.")
    _body(doc, [
        ("h", "2. Phát triển sản phẩm du lịch đặc trưng"),
        ("p", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Hội Nông "
              "dân tỉnh xây dựng sản phẩm du lịch sinh thái, du lịch cộng đồng gắn với làng nghề truyền thống; tổ chức "
              "Tuần lễ Văn hóa - Du lịch Quảng Hà vào tháng 8 năm 2017."),
        ("h", "3. Xúc tiến, quảng bá du lịch"),
        ("p", "Trung tâm Xúc tiến Du lịch tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông, Báo Quảng Hà, Đài "
              "Phát thanh và Truyền hình tỉnh xây dựng chuyên mục quảng bá du lịch; tham gia 03 hội chợ du lịch trong "
              "nước và 01 hội chợ quốc tế; phát hành ấn phẩm giới thiệu điểm đến bằng bốn thứ tiếng."),
        ("h", "4. Phát triển nguồn nhân lực du lịch"),
        ("p", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch "
              "tỉnh mở các lớp bồi dưỡng nghiệp vụ lễ tân, buồng, bàn, hướng dẫn viên cho 600 lao động du lịch; chú "
              "trọng kỹ năng giao tiếp và ngoại ngữ."),
        ("h", "5. Bảo đảm an ninh, an toàn cho khách du lịch"),
        ("p", "Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân các huyện, thành phố "
              "kiểm tra, xử lý tình trạng đeo bám, chèo kéo khách, nâng giá dịch vụ; thiết lập đường dây nóng hỗ trợ "
              "khách du lịch."),
        ("h", "IV. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2017 là 8.650 triệu đồng, trong đó: ngân sách tỉnh 5.400 triệu "
              "đồng; ngân sách các huyện, thành phố 1.750 triệu đồng; nguồn xã hội hóa 1.500 triệu đồng."),
        ("p", "Căn cứ nhiệm vụ được giao, các cơ quan, đơn vị lập dự toán kinh phí gửi Sở Tài chính thẩm định, trình Ủy "
              "ban nhân dân tỉnh phê duyệt theo quy định."),
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra việc thực hiện "
              "Kế hoạch; định kỳ 6 tháng, năm tổng hợp báo cáo Ủy ban nhân dân tỉnh."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí sự nghiệp thực hiện Kế hoạch trong dự toán ngân sách năm 2017."),
        ("p", "3. Sở Kế hoạch và Đầu tư tham mưu bố trí vốn đầu tư phát triển cho các dự án hạ tầng du lịch trọng điểm."),
        ("p", "4. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch phát triển du lịch của địa phương; bố trí ngân "
              "sách đối ứng, huy động xã hội hóa đầu tư phát triển du lịch."),
        ("p", "5. Đề nghị Hiệp hội Du lịch tỉnh vận động hội viên nâng cao chất lượng dịch vụ, niêm yết giá công khai, "
              "tham gia các chương trình kích cầu du lịch."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân tỉnh "
              "(qua Sở Văn hóa, Thể thao và Du lịch) để xem xét, giải quyết./."),
    ])


def _running_header(doc, text: str) -> None:
    """From the second page: `text` in italics at the top, "Trang X/Y" at the foot (Word fields)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.add_run(text).italic = True
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Trang ")
    _field(foot, "PAGE")
    foot.add_run("/")
    _field(foot, "NUMPAGES")


def running_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG HÀ", "-------", "Số: 86/KH-UBND"],
            [*MOTTO, "Quảng Hà, ngày 24 tháng 02 năm 2017"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển du lịch tỉnh Quảng Hà năm 2017", bold=True, center=True)
    _body(doc, RUNNING_FRONT)
    _running_text(doc)
    closing(doc, ["- Tổng cục Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Hồng Vân"])
    _running_header(doc, "KH số 86/KH-UBND - Phát triển du lịch năm 2017")
    buf = io.BytesIO()
    doc.save(buf)
    return _with_footnotes(buf.getvalue(), RUNNING_NOTES)


# ---------------------------------------------------------------------------
# 4. The steering committee's plan of 2023 on a portal page (.html).

STEERING_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch kiểm tra, giám sát các Chương trình mục tiêu quốc gia
năm 2023 - Cổng thông tin điện tử tỉnh Bắc Hòa</title></head>
<body>
<div class="top"><a href="/">Trang chủ</a> | <a href="/chi-dao-dieu-hanh">Chỉ đạo điều hành</a> |
<a href="/van-ban">Văn bản</a></div>
<div class="post-meta">Cập nhật: 14/03/2023 09:42 | Lượt xem: 1.318</div>
<div class="post-content">
<table style="width:100%;border:none">
<tr><td style="text-align:center;width:42%"><b>BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH<br>MỤC TIÊU QUỐC GIA TỈNH BẮC HÒA</b><br>
-------<br>Số: 15/KH-BCĐ</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>
---------------<br><i>Bắc Hòa, ngày 10 tháng 3 năm 2023</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Kiểm tra, giám sát tình hình thực hiện các Chương trình mục tiêu quốc gia trên địa
bàn tỉnh năm 2023</b></p>
<p>Căn cứ Quyết định số 1865/QĐ-TTg ngày 23 tháng 11 năm 2022 của Thủ tướng Chính phủ ban hành Quy chế hoạt động của
Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025;</p>
<p>Căn cứ Quyết định số 512/QĐ-UBND ngày 08 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Bắc Hòa về việc kiện toàn Ban
Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2021 - 2025;</p>
<p>Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch kiểm tra,
giám sát năm 2023 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>1. Đánh giá tiến độ, kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Chương trình mục tiêu
quốc gia giảm nghèo bền vững và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu
số và miền núi; kịp thời phát hiện, tháo gỡ khó khăn, vướng mắc.</p>
<p>2. Việc kiểm tra, giám sát bảo đảm khách quan, không gây phiền hà cho cơ sở; kết thúc kiểm tra có thông báo kết
luận.</p>
<p><b>II. NỘI DUNG, THỜI GIAN KIỂM TRA, GIÁM SÁT</b></p>
<p><b>1. Kiểm tra thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới</b></p>
<p>Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài chính, Văn phòng Điều phối nông thôn mới tỉnh
kiểm tra tại 04 huyện: Bắc Sơn, Hòa Lạc, Tân Hưng, Đồng Mai; thời gian trong quý II năm 2023.</p>
<p><b>2. Kiểm tra thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững</b></p>
<p>Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh kiểm tra việc
thực hiện các dự án hỗ trợ sinh kế, đào tạo nghề, hỗ trợ nhà ở cho hộ nghèo tại 03 huyện; thời gian trong quý III năm
2023.</p>
<p><b>3. Kiểm tra thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số
và miền núi</b></p>
<p>Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Xây dựng kiểm tra tiến độ các công trình hạ tầng
thiết yếu, việc giải ngân vốn đầu tư tại các xã đặc biệt khó khăn; thời gian trong quý III năm 2023.</p>
<p><b>4. Giám sát việc giải ngân vốn các Chương trình</b></p>
<p>Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Kho bạc Nhà nước tỉnh theo dõi, giám sát tiến độ giải ngân vốn đầu tư
phát triển và vốn sự nghiệp của ba Chương trình; báo cáo Ban Chỉ đạo hằng tháng.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch là 245 triệu đồng, từ nguồn ngân sách tỉnh bố trí cho công tác quản lý các Chương
trình mục tiêu quốc gia năm 2023.</p>
<p><b>IV. TRÁCH NHIỆM CỦA CÁC THÀNH VIÊN BAN CHỈ ĐẠO</b></p>
<p>1. Sở Kế hoạch và Đầu tư (cơ quan thường trực Ban Chỉ đạo): hướng dẫn, đôn đốc các thành viên thực hiện Kế hoạch;
tổng hợp kết quả kiểm tra, giám sát báo cáo Trưởng Ban Chỉ đạo trước ngày 15 tháng 12 năm 2023.</p>
<p>2. Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh: thành lập đoàn
kiểm tra theo lĩnh vực được phân công; gửi thông báo kết luận kiểm tra về cơ quan thường trực.</p>
<p>3. Sở Tài chính: thẩm định, bố trí kinh phí thực hiện Kế hoạch theo quy định.</p>
<p>4. Ủy ban nhân dân các huyện, thị xã, thành phố: chuẩn bị báo cáo, hồ sơ phục vụ đoàn kiểm tra; khắc phục kịp thời
các tồn tại, hạn chế sau kiểm tra.</p>
<table style="width:100%;border:none">
<tr><td style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- BCĐ Trung ương các CTMTQG (b/c);<br>
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Thành viên BCĐ tỉnh;<br>
- UBND các huyện, thị xã, thành phố;<br>- Lưu: VT, BCĐ.</td>
<td style="text-align:center;vertical-align:top"><b>TM. BAN CHỈ ĐẠO<br>TRƯỞNG BAN<br>
PHÓ CHỦ TỊCH UBND TỈNH</b><br><br><br><br><b>Vũ Đình Thắng</b></td></tr>
</table>
</div>
<div class="footer">Cổng thông tin điện tử tỉnh Bắc Hòa. Địa chỉ: số 2 đường Trần Phú, thành phố Bắc Hòa.</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# 5. The district's plan of 2021 scraped as Markdown: bold headings, nested bullets, a table in nghìn đồng (.md).

BULLETS_TEXT = """# Kế hoạch số 92/KH-UBND về phát triển kinh tế tập thể huyện Cẩm Phong năm 2021

Ngày đăng: 18/3/2021 | Chuyên mục: Văn bản chỉ đạo điều hành

ỦY BAN NHÂN DÂN HUYỆN CẨM PHONG

Số: 92/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

*Cẩm Phong, ngày 15 tháng 3 năm 2021*

**KẾ HOẠCH**

**Phát triển kinh tế tập thể, hợp tác xã trên địa bàn huyện Cẩm Phong năm 2021**

Thực hiện Kế hoạch số 38/KH-UBND ngày 26 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh Hà Sơn về phát triển kinh tế
tập thể năm 2021, Ủy ban nhân dân huyện Cẩm Phong ban hành Kế hoạch thực hiện như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

- Nâng cao hiệu quả hoạt động của các hợp tác xã, tổ hợp tác; phát huy vai trò của kinh tế tập thể trong phát triển
  kinh tế - xã hội của huyện.
- Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn xác định rõ trách nhiệm, phối hợp chặt chẽ trong triển khai.

**II. MỤC TIÊU**

**1. Mục tiêu chung**

Phát triển kinh tế tập thể với nòng cốt là hợp tác xã theo hướng bền vững, gắn với chuỗi giá trị nông sản chủ lực
của huyện; nâng cao thu nhập cho thành viên.

**2. Mục tiêu cụ thể**

- Thành lập mới ít nhất 06 hợp tác xã, nâng tổng số hợp tác xã trên địa bàn huyện lên 48 hợp tác xã.
- Tỷ lệ hợp tác xã hoạt động đạt loại khá, tốt đạt 55% trở lên.
- 70% hợp tác xã nông nghiệp tham gia liên kết tiêu thụ sản phẩm cho thành viên.

**III. NHIỆM VỤ VÀ GIẢI PHÁP**

- **1. Công tác tuyên truyền**
  - Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện
    tuyên truyền Luật Hợp tác xã năm 2012 và các chính sách hỗ trợ kinh tế tập thể.
  - Ủy ban nhân dân các xã, thị trấn lồng ghép tuyên truyền trong các buổi sinh hoạt tại thôn, tổ dân phố.
- **2. Thành lập mới và củng cố hợp tác xã**
  - Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh hướng dẫn thủ tục đăng ký thành lập
    mới hợp tác xã; giải thể hợp tác xã ngừng hoạt động.
  - Ủy ban nhân dân các xã, thị trấn vận động hộ sản xuất tham gia hợp tác xã.
- **3. Hỗ trợ hợp tác xã xây dựng chuỗi giá trị**
  - Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn hỗ trợ hợp tác xã xây
    dựng nhãn hiệu, tham gia chương trình mỗi xã một sản phẩm (OCOP).
  - Trung tâm Dịch vụ nông nghiệp huyện chuyển giao quy trình sản xuất an toàn cho thành viên hợp tác xã.

**IV. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch là 1.265.000 nghìn đồng từ nguồn ngân sách huyện năm 2021, chi tiết như sau:

ĐVT: nghìn đồng

| TT | Nội dung | Kinh phí |
|---|---|---|
| 1 | Tuyên truyền, tập huấn về kinh tế tập thể | 145.000 |
| 2 | Hỗ trợ thành lập mới hợp tác xã | 360.000 |
| 3 | Hỗ trợ xây dựng nhãn hiệu, bao bì sản phẩm | 480.000 |
| 4 | Hỗ trợ tham gia hội chợ, xúc tiến thương mại | 280.000 |
| | **Tổng cộng** | **1.265.000** |

**V. TỔ CHỨC THỰC HIỆN**

1. Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, tổng hợp tình hình thực hiện Kế hoạch,
báo cáo Ủy ban nhân dân huyện trước ngày 10 tháng 12 năm 2021.

2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí; hướng dẫn các đơn vị thanh quyết toán theo quy định.

3. Ủy ban nhân dân các xã, thị trấn chỉ đạo củng cố hợp tác xã trên địa bàn; báo cáo kết quả về Phòng Nông nghiệp và
Phát triển nông thôn.

**Nơi nhận:**

- UBND tỉnh Hà Sơn (b/c);
- Liên minh HTX tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Lương Văn Khiêm**
"""


# ---------------------------------------------------------------------------
# 6. The provincial general hospital's plan of 2026 as a plain-text scrape (.txt).

HOSPITAL_TEXT = """SỞ Y TẾ TỈNH HÒA NINH
BỆNH VIỆN ĐA KHOA TỈNH HÒA NINH
Số: 214/KH-BVĐK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Ninh, ngày 09 tháng 01 năm 2026

KẾ HOẠCH
Cải tiến chất lượng khám bệnh, chữa bệnh và nâng cao sự hài lòng của người bệnh năm 2026

Căn cứ Thông tư số 19/2013/TT-BYT ngày 12 tháng 7 năm 2013 của Bộ Y tế hướng dẫn thực hiện quản lý chất lượng dịch
vụ khám bệnh, chữa bệnh tại bệnh viện;
Căn cứ Kế hoạch số 05/KH-SYT ngày 05 tháng 01 năm 2026 của Sở Y tế tỉnh Hòa Ninh về nâng cao chất lượng dịch vụ y tế
năm 2026;
Bệnh viện Đa khoa tỉnh Hòa Ninh xây dựng Kế hoạch cải tiến chất lượng năm 2026 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng khám bệnh, chữa bệnh, bảo đảm an toàn người bệnh; xây dựng hình ảnh người thầy thuốc thân
thiện, hướng tới sự hài lòng của người bệnh.
2. Mục tiêu cụ thể
- Tỷ lệ hài lòng của người bệnh nội trú đạt từ 95% trở lên; người bệnh ngoại trú đạt từ 90% trở lên.
- Thời gian chờ khám trung bình của người bệnh giảm 15% so với năm 2025.
- 100% khoa lâm sàng triển khai bảng kiểm an toàn phẫu thuật, thủ thuật.
- Điểm chất lượng bệnh viện theo Bộ tiêu chí của Bộ Y tế đạt 3,75 điểm trở lên.

II. NHIỆM VỤ CỤ THỂ
1. Cải tiến quy trình khám bệnh
Khoa Khám bệnh chủ trì, phối hợp với Phòng Công nghệ thông tin bố trí thêm 04 bàn khám, triển khai đặt lịch khám
qua ứng dụng di động và ki-ốt lấy số tự động; hoàn thành trong quý I năm 2026.
2. Bảo đảm an toàn người bệnh
Phòng Quản lý chất lượng chủ trì, phối hợp với Phòng Điều dưỡng giám sát việc tuân thủ quy trình nhận diện người
bệnh, báo cáo sự cố y khoa; tổ chức giám sát hằng tháng tại các khoa lâm sàng.
3. Kiểm soát nhiễm khuẩn
Khoa Kiểm soát nhiễm khuẩn chủ trì, phối hợp với các khoa lâm sàng giám sát vệ sinh tay, quản lý chất thải y tế;
phấn đấu tỷ lệ tuân thủ vệ sinh tay của nhân viên y tế đạt 85%.
4. Đào tạo kỹ năng giao tiếp, ứng xử
Phòng Tổ chức cán bộ chủ trì, phối hợp với Phòng Điều dưỡng tổ chức 06 lớp tập huấn kỹ năng giao tiếp, ứng xử cho
bác sĩ, điều dưỡng, nhân viên tiếp đón.

III. KINH PHÍ
Kinh phí thực hiện Kế hoạch là 1.240 triệu đồng, từ nguồn thu sự nghiệp của đơn vị năm 2026.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý chất lượng là đầu mối, theo dõi, tổng hợp kết quả thực hiện; báo cáo Giám đốc Bệnh viện hằng quý.
2. Phòng Tài chính kế toán bảo đảm kinh phí thực hiện Kế hoạch; hướng dẫn thanh, quyết toán theo quy định.
3. Trưởng các khoa, phòng phổ biến Kế hoạch đến toàn thể viên chức, người lao động; tổ chức thực hiện các nhiệm vụ
được giao.

Nơi nhận:
- Sở Y tế (b/c);
- Ban Giám đốc;
- Các khoa, phòng;
- Lưu: VT, QLCL.

GIÁM ĐỐC

Phạm Quang Huy
"""


# ---------------------------------------------------------------------------
# 7. The Tỉnh đoàn's plan of 2024 saved as OpenDocument (.odt).

YOUTH_BODY = [
    ("p", "Căn cứ Kế hoạch số 112-KH/TWĐTN-PTTN ngày 15 tháng 3 năm 2024 của Ban Bí thư Trung ương Đoàn về tổ chức "
          "Chiến dịch Thanh niên tình nguyện hè năm 2024;"),
    ("p", "Ban Thường vụ Tỉnh đoàn Sơn Lâm xây dựng Kế hoạch tổ chức Chiến dịch trên địa bàn tỉnh như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên tham gia giải quyết các vấn đề an sinh "
          "xã hội, xây dựng nông thôn mới, đô thị văn minh; tạo môi trường rèn luyện cho thanh thiếu nhi trong dịp hè."),
    ("p", "2. Các hoạt động được tổ chức thiết thực, hiệu quả, an toàn; gắn với kỷ niệm các ngày lễ lớn của đất nước."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- 100% huyện, thành đoàn và đoàn trực thuộc ra quân Chiến dịch; mỗi đơn vị xây dựng ít nhất 01 công trình "
          "thanh niên."),
    ("p", "- Huy động 25.000 lượt đoàn viên, thanh niên tham gia Chiến dịch; trong đó 40% là đoàn viên, thanh niên "
          "khu vực nông thôn."),
    ("p", "- Phấn đấu 90% trẻ em trên địa bàn được tham gia các hoạt động vui chơi, sinh hoạt hè tại địa phương."),
    ("h", "III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN"),
    ("h", "1. Chiến dịch Tình nguyện vì cuộc sống cộng đồng"),
    ("p", "Các huyện, thành đoàn chủ trì tổ chức ra quân làm đường giao thông nông thôn, thắp sáng đường quê, sửa chữa "
          "nhà nhân ái cho gia đình chính sách; Ban Phong trào Tỉnh đoàn hướng dẫn, theo dõi, đánh giá kết quả."),
    ("h", "2. Chiến dịch Mùa hè xanh của sinh viên"),
    ("p", "Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Hội Sinh viên Việt Nam tỉnh, Đoàn trường Đại học Sơn Lâm tổ "
          "chức 12 đội hình sinh viên tình nguyện về các xã vùng sâu, vùng xa từ ngày 01 tháng 7 đến ngày 31 tháng 7 "
          "năm 2024."),
    ("h", "3. Chiến dịch Hoa phượng đỏ dành cho học sinh"),
    ("p", "Ban Thanh thiếu nhi Tỉnh đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức sinh hoạt hè, dạy bơi, "
          "phòng chống đuối nước cho thiếu nhi tại 100% xã, phường, thị trấn."),
    ("h", "4. Tuyên truyền về Chiến dịch"),
    ("p", "Ban Tuyên giáo Tỉnh đoàn chủ trì, phối hợp với Báo Sơn Lâm, Đài Phát thanh và Truyền hình tỉnh tuyên truyền "
          "các hoạt động, gương thanh niên tình nguyện tiêu biểu trên trang thông tin điện tử và mạng xã hội của Tỉnh "
          "đoàn."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí tổ chức Chiến dịch cấp tỉnh là 350 triệu đồng từ nguồn ngân sách cấp cho Tỉnh đoàn năm 2024 "
          "và nguồn vận động xã hội hóa; các huyện, thành đoàn chủ động huy động nguồn lực tại địa phương."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Phong trào Tỉnh đoàn: tham mưu tổ chức lễ ra quân cấp tỉnh; theo dõi, tổng hợp kết quả Chiến dịch, "
          "báo cáo Ban Thường vụ Tỉnh đoàn trước ngày 20 tháng 8 năm 2024."),
    ("p", "2. Văn phòng Tỉnh đoàn: bảo đảm kinh phí, cơ sở vật chất phục vụ các hoạt động cấp tỉnh."),
    ("p", "3. Các huyện, thành đoàn, đoàn trực thuộc: xây dựng kế hoạch cụ thể, tổ chức ra quân đồng loạt vào ngày 02 "
          "tháng 6 năm 2024; báo cáo nhanh kết quả về Tỉnh đoàn (qua Ban Phong trào)."),
]


def youth_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH SƠN LÂM", "***", "Số: 45-KH/TĐTN-PTTN"],
            ["ĐOÀN TNCS HỒ CHÍ MINH", "", "", "Sơn Lâm, ngày 12 tháng 4 năm 2024"], bold=(2, 1))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2024", bold=True, center=True)
    _body(doc, YOUTH_BODY)
    closing(doc, ["- Trung ương Đoàn (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Các huyện, thành đoàn, đoàn trực thuộc;",
                  "- Các ban, văn phòng Tỉnh đoàn;", "- Lưu: VP, PTTN."],
            ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "", "", "", "Hà Minh Tuấn"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. The Prime Minister's decision approving a national target programme 2026-2030 (text PDF).

PROGRAMME_BASES = [
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
    "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;",
    "Căn cứ Nghị quyết số 186/2025/QH15 ngày 27 tháng 11 năm 2025 của Quốc hội phê duyệt chủ trương đầu tư Chương trình "
    "mục tiêu quốc gia phòng, chống thiên tai và thích ứng với biến đổi khí hậu vùng ven biển giai đoạn 2026 - 2030;",
    "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường.",
]

PROGRAMME_ARTICLES = [
    ("p", "Điều 1. Phê duyệt Chương trình mục tiêu quốc gia phòng, chống thiên tai và thích ứng với biến đổi khí hậu "
          "vùng ven biển giai đoạn 2026 - 2030 (sau đây gọi là Chương trình) với những nội dung chủ yếu sau:"),
    ("p", "1. Mục tiêu"),
    ("p", "a) Mục tiêu tổng quát"),
    ("p", "Nâng cao năng lực phòng, chống thiên tai, chủ động thích ứng với biến đổi khí hậu của 28 tỉnh, thành phố ven "
          "biển; giảm thiểu thiệt hại về người và tài sản; bảo đảm sinh kế bền vững cho người dân vùng ven biển."),
    ("p", "b) Mục tiêu cụ thể đến năm 2030"),
    ("p", "- 100% tỉnh, thành phố ven biển hoàn thành hệ thống cảnh báo sớm thiên tai đến cấp xã."),
    ("p", "- Tỷ lệ đê biển, kè biển xung yếu được nâng cấp đạt 80% chiều dài các đoạn đê đã được xác định."),
    ("p", "- Trồng mới, phục hồi 25.000 ha rừng ngập mặn, rừng phòng hộ ven biển."),
    ("p", "- Giảm 30% số người chết, mất tích do thiên tai so với bình quân giai đoạn 2021 - 2025."),
    ("p", "- 95% hộ dân vùng thường xuyên bị sạt lở, ngập lụt được bố trí ổn định chỗ ở an toàn."),
    ("p", "2. Phạm vi, đối tượng: 28 tỉnh, thành phố trực thuộc Trung ương có biển; các xã, phường ven biển, hải đảo; hộ "
          "gia đình, cộng đồng dân cư vùng ven biển."),
    ("p", "3. Nội dung thành phần của Chương trình"),
    ("p", "a) Nâng cấp hệ thống đê biển, kè chống sạt lở bờ biển, cửa sông."),
    ("p", "b) Trồng, phục hồi rừng ngập mặn, rừng phòng hộ ven biển."),
    ("p", "c) Hiện đại hóa hệ thống quan trắc, dự báo, cảnh báo sớm thiên tai."),
    ("p", "d) Di dời, bố trí ổn định dân cư vùng có nguy cơ cao; chuyển đổi sinh kế thích ứng với biến đổi khí hậu."),
    ("p", "4. Nguồn vốn thực hiện Chương trình: tổng nguồn vốn tối thiểu 85.000 tỷ đồng, trong đó: vốn ngân sách trung "
          "ương 52.000 tỷ đồng; vốn ngân sách địa phương 21.000 tỷ đồng; vốn huy động hợp pháp khác 12.000 tỷ đồng."),
    ("p", "5. Thời gian thực hiện: từ năm 2026 đến hết năm 2030."),
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Bộ Nông nghiệp và Môi trường là cơ quan chủ quản Chương trình; chủ trì, phối hợp với các bộ, cơ quan, địa "
          "phương hướng dẫn, theo dõi, đánh giá việc thực hiện Chương trình; tổng hợp báo cáo Thủ tướng Chính phủ hằng "
          "năm."),
    ("p", "2. Bộ Tài chính chủ trì tổng hợp, cân đối, bố trí vốn ngân sách trung ương thực hiện Chương trình; hướng dẫn "
          "cơ chế quản lý tài chính, thanh quyết toán."),
    ("p", "3. Bộ Xây dựng hướng dẫn tiêu chuẩn nhà ở an toàn, chống chịu bão, lũ cho người dân vùng ven biển."),
    ("p", "4. Bộ Khoa học và Công nghệ ưu tiên bố trí nhiệm vụ khoa học, công nghệ phục vụ dự báo, cảnh báo thiên tai."),
    ("p", "5. Bộ Quốc phòng, Bộ Công an chỉ đạo lực lượng tham gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn."),
    ("p", "6. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương có biển bố trí vốn ngân sách địa phương, tổ chức "
          "thực hiện Chương trình trên địa bàn."),
    ("p", "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành."),
    ("p", "Điều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân "
          "dân các tỉnh, thành phố trực thuộc Trung ương và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
          "Quyết định này./."),
]


def programme_decision() -> bytes:
    doc = _new()
    _layout(doc, ["THỦ TƯỚNG CHÍNH PHỦ", "-------", "Số: 1523/QĐ-TTg"],
            [*MOTTO, "Hà Nội, ngày 18 tháng 12 năm 2025"], bold=(1, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Phê duyệt Chương trình mục tiêu quốc gia phòng, chống thiên tai và thích ứng với biến đổi khí hậu "
               "vùng ven biển giai đoạn 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "THỦ TƯỚNG CHÍNH PHỦ", bold=True, center=True)
    _body(doc, [("i", line) for line in PROGRAMME_BASES])
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    _body(doc, PROGRAMME_ARTICLES)
    closing(doc, ["- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
                  "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
                  "- HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương có biển;",
                  "- VPCP: BTCN, các PCN, Cổng TTĐT;", "- Lưu: VT, NN (3)."],
            ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "", "", "", "Trần Hồng Quân"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / STEERING).write_text(STEERING_PAGE, encoding="utf-8")
    (folder / BULLETS).write_text(BULLETS_TEXT, encoding="utf-8")
    (folder / HOSPITAL).write_text(HOSPITAL_TEXT, encoding="utf-8")
    (folder / WARD).write_bytes(ward_plan())
    (folder / ESTIMATE).write_bytes(_pdf(estimate_decision(), ESTIMATE))
    (folder / RUNNING).write_bytes(_pdf(running_plan(), RUNNING))
    (folder / YOUTH).write_bytes(_converted(youth_plan(), YOUTH, "odt"))
    (folder / PROGRAMME).write_bytes(_pdf(programme_decision(), PROGRAMME))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
