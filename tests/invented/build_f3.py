"""Invented documents of hold-out round F3: more unseen documents of the dev set's kinds, other shapes than E3.

- a district's Kế hoạch of 2025 whose tasks are grouped by phase ("Giai đoạn 1 (tháng 3 - 6/2025):") over
  dash bullets, each bullet naming its own lead ("- Phòng Văn hóa và Thông tin chủ trì ..."; "- Giao Trung tâm
  Y tế huyện ...") (.docx);
- a province's Báo cáo sơ kết 6 tháng of 2025 whose "Nhiệm vụ trọng tâm 6 tháng cuối năm" lists dash tasks with
  the agency in brackets "(Sở Nội vụ chủ trì)", beside past results in % and money (text PDF from Word);
- a Sở's Kế hoạch of 2011 as a legacy .doc, its activities a Word table "TT | Nội dung | Đơn vị thực hiện |
  Thời gian | Kinh phí (triệu đồng)" with a total row, its signature block a two-column table (.doc);
- a Bộ's Kế hoạch of 2025 as a text PDF with a landscape task annex "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị
  phối hợp | Thời gian hoàn thành | Sản phẩm", group rows "I. ..." (.pdf);
- an interagency Kế hoạch liên ngành of 2026 scanned (image-only, 300 dpi) with a typed "ĐẾN" receipt box at
  the top left (.pdf, no text layer);
- a scraped Markdown provincial digital-transformation plan 2026 - 2030 with targets by year ("Đến năm 2027:
  ...") and tasks naming the merged "Sở Khoa học và Công nghệ" (.md);
- a Markdown chunk (no header) of a provincial plan's annex: indicator table rows cut mid-table, no header row
  (.md);
- a word-segmented 2010 district HĐND resolution on the budget estimate of 2011: revenue and spending in triệu
  đồng with "Trong đó:" lines and an Article of targets (.txt).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_f3 OUTDIR`
writes every file; the .doc and the PDFs need soffice (the files in raw/ are the ones the golds were written
against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

PHASES = "f3_huyen-phuocson_58-kh-ubnd_2025_van-hoa-giai-doan.docx"
MIDYEAR = "f3_tinh-thanhha_215-bc-ubnd_2025_so-ket-6-thang.pdf"
TABLE_DOC = "f3_syt-hoabinh-nam_kh-syt_2011_phong-chong-dich.doc"
MINISTRY = "f3_bnnmt_2210-kh-bnnmt_2025_chuyen-doi-so.pdf"
JOINT_SCAN = "f3_lien-nganh-sonlam_14-klh_2026_scan.pdf"
DIGITAL_MD = "f3_tinh-tayhai_96-kh-ubnd_2026_chuyen-doi-so-md.md"
ANNEX_CHUNK = "f3_tinh-namthuan_kh-ubnd_2026_phu-luc-chi-tieu-chunk.md"
SEGMENTED = "f3_hdnd-huyen-camthanh_nq-hdnd_2010_du-toan-ngan-sach-wordseg.txt"


# ---------------------------------------------------------------------------
# 1. The district's plan by phases over dash bullets, 2025 (.docx).

PHASES_BODY = [
    ("i", "Thực hiện Kế hoạch số 41/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Quảng Hà về tổ chức "
          "các hoạt động văn hóa, thể thao chào mừng các ngày lễ lớn năm 2025; Ủy ban nhân dân huyện Phước Sơn ban "
          "hành Kế hoạch tổ chức các hoạt động văn hóa, thể thao và du lịch năm 2025 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tổ chức các hoạt động văn hóa, thể thao sôi nổi, thiết thực, tạo không khí vui tươi, phấn khởi trong "
          "Nhân dân; góp phần quảng bá hình ảnh, tiềm năng du lịch của huyện."),
    ("p", "2. Các hoạt động được tổ chức trang trọng, an toàn, tiết kiệm, phù hợp với điều kiện thực tế của địa "
          "phương; huy động sự tham gia của các tầng lớp Nhân dân."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- 100% xã, thị trấn tổ chức ít nhất 01 hoạt động văn nghệ, thể thao quần chúng chào mừng các ngày lễ lớn."),
    ("p", "- Phấn đấu 85% hộ gia đình đạt danh hiệu Gia đình văn hóa; 70% thôn, tổ dân phố đạt danh hiệu văn hóa."),
    ("p", "- Thu hút khoảng 42.000 lượt khách du lịch đến tham quan, tăng 15% so với năm 2024."),
    ("h", "III. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN"),
    ("h", "Giai đoạn 1 (tháng 3 - 6/2025): Chào mừng Ngày Giải phóng miền Nam và Ngày Quốc tế Thiếu nhi"),
    ("p", "- Phòng Văn hóa và Thông tin chủ trì tổ chức Hội diễn văn nghệ quần chúng cấp huyện với chủ đề \"Phước "
          "Sơn - Mùa xuân thống nhất\", phối hợp với Trung tâm Văn hóa - Thể thao huyện và Ủy ban nhân dân các xã, "
          "thị trấn; hoàn thành trước ngày 25/4/2025."),
    ("p", "- Trung tâm Văn hóa - Thể thao huyện chủ trì tổ chức Giải việt dã truyền thống và Giải bóng chuyền nam, "
          "nữ các xã, thị trấn; phối hợp với Huyện đoàn huy động đoàn viên, thanh niên tham gia."),
    ("p", "- Giao Trung tâm Y tế huyện bố trí lực lượng, phương tiện bảo đảm công tác y tế, sơ cứu tại các hoạt "
          "động tập trung đông người; kiểm tra an toàn thực phẩm tại các điểm phục vụ ăn uống."),
    ("p", "- Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn tổ chức các hoạt động vui chơi cho thiếu "
          "nhi nhân Ngày Quốc tế Thiếu nhi 01/6."),
    ("h", "Giai đoạn 2 (tháng 7 - 9/2025): Chào mừng Cách mạng tháng Tám và Quốc khánh 02/9"),
    ("p", "- Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ban Quản lý di tích huyện tổ chức Triển lãm ảnh "
          "\"Phước Sơn - 80 năm một chặng đường\" tại Nhà văn hóa trung tâm huyện."),
    ("p", "- Giao Công an huyện xây dựng phương án bảo đảm an ninh, trật tự, an toàn giao thông tại các địa điểm "
          "tổ chức sự kiện; phân luồng giao thông trong đêm bắn pháo hoa tầm thấp."),
    ("p", "- Ủy ban nhân dân các xã, thị trấn chủ trì tổ chức các giải thể thao dân tộc (đẩy gậy, kéo co, bắn nỏ) "
          "và trang trí cờ, hoa, khẩu hiệu tại trụ sở, các trục đường chính."),
    ("h", "Giai đoạn 3 (tháng 10 - 12/2025): Phát triển du lịch và tổng kết"),
    ("p", "- Phòng Văn hóa và Thông tin chủ trì tổ chức Tuần lễ Văn hóa - Du lịch Phước Sơn lần thứ II, phối hợp "
          "với Phòng Tài chính - Kế hoạch huy động các doanh nghiệp du lịch tham gia; giới thiệu 05 sản phẩm du "
          "lịch cộng đồng."),
    ("p", "- Giao Phòng Kinh tế và Hạ tầng rà soát, đề xuất chỉnh trang các điểm dừng chân, nhà vệ sinh công cộng "
          "trên tuyến du lịch sinh thái thác Trà Long - hồ Sông Đá."),
    ("p", "- Phòng Văn hóa và Thông tin tổng hợp kết quả, tham mưu Ủy ban nhân dân huyện tổng kết, khen thưởng "
          "các tập thể, cá nhân tiêu biểu; hoàn thành trước ngày 20/12/2025."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 685 triệu đồng từ nguồn ngân sách huyện năm 2025 đã giao cho Phòng "
          "Văn hóa và Thông tin và Trung tâm Văn hóa - Thể thao huyện; ngoài ra huy động nguồn xã hội hóa từ các "
          "doanh nghiệp, nhà hảo tâm."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Văn hóa và Thông tin là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai "
          "Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện theo từng giai đoạn."),
    ("p", "2. Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "3. Ủy ban nhân dân các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch tổ chức các hoạt động tại "
          "địa phương, báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 05/12/2025."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa và Thông tin "
          "để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, chỉ đạo./."),
]


def phases_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN PHƯỚC SƠN", "-------", "Số: 58/KH-UBND"],
            [*MOTTO, "Phước Sơn, ngày 24 tháng 02 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức các hoạt động văn hóa, thể thao và du lịch năm 2025", bold=True, center=True)
    _body(doc, PHASES_BODY)
    closing(doc, ["- Sở VHTTDL tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
                  "- Các cơ quan, đơn vị liên quan;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hồ Văn Lâm"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The province's half-year report of 2025 (text PDF).

MIDYEAR_BODY = [
    ("h", "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025"),
    ("h", "1. Về cải cách thể chế"),
    ("p", "Trong 6 tháng đầu năm, Ủy ban nhân dân tỉnh đã trình Hội đồng nhân dân tỉnh ban hành 14 nghị quyết, ban "
          "hành theo thẩm quyền 23 quyết định quy phạm pháp luật; tỷ lệ văn bản được thẩm định trước khi ban hành "
          "đạt 100%. Công tác kiểm tra, rà soát văn bản được thực hiện thường xuyên, đã phát hiện và xử lý 03 văn bản "
          "có nội dung không còn phù hợp."),
    ("h", "2. Về cải cách thủ tục hành chính"),
    ("p", "Tổng số hồ sơ tiếp nhận qua Trung tâm Phục vụ hành chính công tỉnh là 186.420 hồ sơ, trong đó hồ sơ trực "
          "tuyến chiếm 78,6%; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,2%. Tỷ lệ thanh toán trực tuyến phí, "
          "lệ phí đạt 46,5%, thu qua thanh toán trực tuyến 12.385 triệu đồng."),
    ("h", "3. Về tài chính công"),
    ("p", "Thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 7.845 tỷ đồng, bằng 54,1% dự toán, tăng 11,3% so "
          "với cùng kỳ. Giải ngân vốn đầu tư công đến ngày 30/6/2025 đạt 2.917 tỷ đồng, bằng 41,7% kế hoạch vốn "
          "Thủ tướng Chính phủ giao. Kinh phí chi cho ứng dụng công nghệ thông tin trong cơ quan nhà nước 6 tháng "
          "là 38,6 tỷ đồng."),
    ("h", "4. Hạn chế, nguyên nhân"),
    ("p", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã còn thấp (đạt 52%); một số dự án đầu "
          "tư công giải ngân chậm do vướng mắc giải phóng mặt bằng; việc sắp xếp đơn vị sự nghiệp công lập còn "
          "chậm so với lộ trình."),
    ("h", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025"),
    ("p", "- Hoàn thành việc sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh "
          "và chính quyền địa phương hai cấp theo quy định (Sở Nội vụ chủ trì)."),
    ("p", "- Rà soát, cắt giảm, đơn giản hóa ít nhất 20% thủ tục hành chính liên quan đến hoạt động sản xuất, kinh "
          "doanh; công bố kịp thời danh mục thủ tục hành chính sau sắp xếp (Văn phòng Ủy ban nhân dân tỉnh chủ trì, "
          "phối hợp với các sở, ngành)."),
    ("p", "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 95% kế "
          "hoạch (Sở Tài chính chủ trì)."),
    ("p", "- Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; vận hành Kho dữ liệu dùng chung "
          "của tỉnh (Sở Khoa học và Công nghệ chủ trì; Văn phòng Ủy ban nhân dân tỉnh phối hợp)."),
    ("p", "- Tăng cường kiểm tra công vụ, xử lý nghiêm cán bộ, công chức gây phiền hà, nhũng nhiễu người dân, doanh "
          "nghiệp (Sở Nội vụ, Thanh tra tỉnh)."),
    ("p", "- Tổ chức đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
          "năm 2025 (Sở Nội vụ chủ trì)."),
    ("h", "III. KIẾN NGHỊ, ĐỀ XUẤT"),
    ("p", "Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn về vị trí việc làm, định mức biên chế công chức ở chính quyền "
          "cấp xã sau sắp xếp; đề nghị Bộ Tài chính bổ sung 350 tỷ đồng vốn ngân sách trung ương cho các dự án "
          "trụ sở xã sau hợp nhất."),
    ("p", "Trên đây là Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối "
          "năm 2025 của Ủy ban nhân dân tỉnh Thanh Hà./."),
]


def midyear_report() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÀ", "-------", "Số: 215/BC-UBND"],
            [*MOTTO, "Thanh Hà, ngày 08 tháng 7 năm 2025"], bold=(2, 2))
    _paragraph(doc, "BÁO CÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Sơ kết công tác cải cách hành chính 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2025",
               bold=True, center=True)
    for kind, text in MIDYEAR_BODY:
        _paragraph(doc, text, bold=kind == "h", justify=True, size=14, space_after=8)
    closing(doc, ["- Bộ Nội vụ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Sở Nội vụ;",
                  "- Lưu: VT, NC."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đinh Công Thắng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The Sở's plan of 2011, its activities a Word table with a total row (.doc).

TABLE_BODY = [
    ("p", "Căn cứ Quyết định số 812/QĐ-UBND ngày 14 tháng 3 năm 2011 của Ủy ban nhân dân tỉnh Hòa Bình Nam về việc "
          "giao chỉ tiêu kế hoạch phòng, chống dịch bệnh năm 2011;"),
    ("p", "Sở Y tế xây dựng Kế hoạch phòng, chống dịch bệnh mùa hè năm 2011 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung: Chủ động phát hiện sớm, khống chế kịp thời, không để dịch lớn xảy ra; giảm tỷ lệ mắc "
          "và tử vong do các bệnh truyền nhiễm gây dịch mùa hè."),
    ("p", "2. Mục tiêu cụ thể:"),
    ("p", "- 100% ổ dịch được phát hiện và xử lý trong vòng 48 giờ."),
    ("p", "- Giảm 10% số mắc sốt xuất huyết so với trung bình 5 năm 2006 - 2010."),
    ("p", "- Trên 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin."),
    ("h", "II. CÁC HOẠT ĐỘNG CHỦ YẾU"),
]

TABLE_ROWS = [
    ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Kinh phí (triệu đồng)"],
    ["1", "Tập huấn giám sát, xử lý ổ dịch cho cán bộ y tế tuyến huyện, xã", "Trung tâm Y tế dự phòng tỉnh",
     "Tháng 4/2011", "85"],
    ["2", "Chiến dịch diệt bọ gậy, phun hóa chất tại các xã trọng điểm sốt xuất huyết",
     "Trung tâm Y tế dự phòng tỉnh, Trung tâm Y tế các huyện", "Tháng 5 - 8/2011", "420"],
    ["3", "Truyền thông phòng, chống dịch bệnh trên Đài Phát thanh - Truyền hình tỉnh", "Trung tâm Truyền thông "
     "giáo dục sức khỏe", "Tháng 4 - 9/2011", "120"],
    ["4", "Dự trữ thuốc, hóa chất, vật tư chống dịch", "Phòng Nghiệp vụ Dược", "Tháng 4/2011", "260"],
    ["5", "Kiểm tra, giám sát công tác phòng chống dịch tại các huyện", "Phòng Nghiệp vụ Y",
     "Tháng 6 - 8/2011", "45"],
    ["", "Tổng cộng", "", "", "930"],
]

TABLE_END = [
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch: 930 triệu đồng (Chín trăm ba mươi triệu đồng), từ nguồn kinh phí sự "
          "nghiệp y tế năm 2011 đã giao cho Sở Y tế."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nghiệp vụ Y chủ trì theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp báo cáo Giám đốc "
          "Sở và Ủy ban nhân dân tỉnh."),
    ("p", "2. Phòng Kế hoạch - Tài chính cấp phát, hướng dẫn thanh quyết toán kinh phí theo quy định."),
    ("p", "3. Trung tâm Y tế dự phòng tỉnh tổ chức giám sát dịch tễ, báo cáo tình hình dịch bệnh hằng tuần."),
    ("p", "4. Trung tâm Y tế các huyện, thành phố chỉ đạo trạm y tế xã triển khai các biện pháp phòng dịch tại cộng "
          "đồng./."),
]


def table_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH HÒA BÌNH NAM", "SỞ Y TẾ", "-------", "Số:      /KH-SYT"],
            [*MOTTO, "Hòa Bình Nam, ngày      tháng 3 năm 2011"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống dịch bệnh mùa hè năm 2011", bold=True, center=True)
    _body(doc, TABLE_BODY)
    _table(doc, TABLE_ROWS)
    _body(doc, TABLE_END)
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Y tế (b/c);", "- Các đơn vị trực thuộc;", "- Lưu: VT, NVY."],
            ["GIÁM ĐỐC", "", "", "", "Lê Quang Vinh"])
    _paragraph(doc, "")  # (a .doc whose last block is a table loses it)
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The ministry's plan of 2025 with a landscape task annex (text PDF).

MINISTRY_BODY = [
    ("i", "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;"),
    ("i", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch chuyển đổi số năm 2025 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung: Xây dựng nền tảng dữ liệu số thống nhất của ngành nông nghiệp và môi trường, phục vụ "
          "chỉ đạo, điều hành dựa trên dữ liệu."),
    ("p", "2. Mục tiêu cụ thể đến hết năm 2025:"),
    ("p", "- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."),
    ("p", "- 80% hồ sơ công việc tại Bộ được xử lý trên môi trường mạng (trừ hồ sơ mật)."),
    ("p", "- Hoàn thành 03 cơ sở dữ liệu chuyên ngành: đất đai, tài nguyên nước, trồng trọt."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện từ nguồn ngân sách nhà nước bố trí trong dự toán năm 2025 của các đơn vị và nguồn "
          "vốn đầu tư công trung hạn giai đoạn 2021 - 2025 của Bộ."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cục Chuyển đổi số là đầu mối theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Bộ trưởng trước "
          "ngày 15/12/2025."),
    ("p", "2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch."),
    ("p", "3. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được giao./."),
]

ANNEX_ROWS = [
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["I", "HOÀN THIỆN THỂ CHẾ", "", "", "", ""],
    ["1", "Rà soát, sửa đổi Quy chế quản lý, vận hành, khai thác hệ thống thông tin của Bộ", "Cục Chuyển đổi số",
     "Vụ Pháp chế", "Tháng 6/2025", "Quyết định của Bộ trưởng"],
    ["2", "Xây dựng quy định về chia sẻ dữ liệu giữa các đơn vị thuộc Bộ", "Cục Chuyển đổi số",
     "Văn phòng Bộ; Vụ Pháp chế", "Tháng 9/2025", "Thông tư"],
    ["II", "PHÁT TRIỂN HẠ TẦNG, DỮ LIỆU", "", "", "", ""],
    ["3", "Xây dựng cơ sở dữ liệu quốc gia về đất đai giai đoạn 2", "Cục Quản lý đất đai",
     "Cục Chuyển đổi số", "Tháng 12/2025", "Cơ sở dữ liệu"],
    ["4", "Xây dựng cơ sở dữ liệu tài nguyên nước", "Cục Quản lý tài nguyên nước", "Cục Chuyển đổi số",
     "Tháng 11/2025", "Cơ sở dữ liệu"],
    ["5", "Nâng cấp Trung tâm dữ liệu của Bộ", "Cục Chuyển đổi số", "Vụ Kế hoạch - Tài chính",
     "Tháng 12/2025", "Trung tâm dữ liệu được nâng cấp"],
    ["III", "NGUỒN NHÂN LỰC", "", "", "", ""],
    ["6", "Bồi dưỡng kỹ năng số cho công chức, viên chức của Bộ", "Vụ Tổ chức cán bộ",
     "Cục Chuyển đổi số; các đơn vị thuộc Bộ", "Hằng quý", "Lớp bồi dưỡng"],
]


def ministry_plan() -> bytes:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    doc = _new()
    _layout(doc, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 2210/KH-BNNMT"],
            [*MOTTO, "Hà Nội, ngày 17 tháng 4 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chuyển đổi số của Bộ Nông nghiệp và Môi trường năm 2025", bold=True, center=True)
    _body(doc, MINISTRY_BODY)
    closing(doc, ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, CĐS."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Phùng Đức Hải"])
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 2210/KH-BNNMT ngày 17/4/2025 của Bộ Nông nghiệp và Môi trường)",
               italic=True, center=True)
    _table(doc, ANNEX_ROWS)
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. The interagency plan of 2026, scanned, with a typed "ĐẾN" box.

JOINT_BODY = [
    ("i", "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30 tháng 3 năm 2021;"),
    ("i", "Thực hiện Kế hoạch số 18/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Sơn Lâm về công "
          "tác phòng, chống ma túy năm 2026;"),
    ("p", "Công an tỉnh và Bộ đội Biên phòng tỉnh thống nhất ban hành Kế hoạch liên ngành phối hợp đấu tranh phòng, "
          "chống tội phạm ma túy trên tuyến biên giới năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tăng cường phối hợp giữa hai lực lượng trong trao đổi thông tin, tuần tra, kiểm soát, kịp thời phát "
          "hiện, triệt phá các đường dây mua bán, vận chuyển trái phép chất ma túy qua biên giới."),
    ("p", "2. Phối hợp chặt chẽ, đúng chức năng, nhiệm vụ; không chồng chéo, bỏ lọt tội phạm."),
    ("h", "II. NỘI DUNG PHỐI HỢP"),
    ("p", "1. Trao đổi thông tin về tình hình tội phạm ma túy trên tuyến biên giới định kỳ hằng tháng. Phòng Cảnh "
          "sát điều tra tội phạm về ma túy Công an tỉnh chủ trì, phối hợp với Phòng Phòng chống ma túy và tội phạm "
          "Bộ đội Biên phòng tỉnh thực hiện."),
    ("p", "2. Tổ chức các đợt cao điểm tấn công, trấn áp tội phạm ma túy tại khu vực biên giới (đợt 1 từ tháng 3 "
          "đến tháng 5/2026; đợt 2 từ tháng 9 đến tháng 11/2026). Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Công "
          "an tỉnh thực hiện."),
    ("p", "3. Tuyên truyền, vận động Nhân dân khu vực biên giới tố giác tội phạm ma túy. Đồn Biên phòng các cửa "
          "khẩu chủ trì, phối hợp với Công an các xã biên giới thực hiện."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Giao Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh là cơ quan thường trực của Công an tỉnh; "
          "Phòng Phòng chống ma túy và tội phạm là cơ quan thường trực của Bộ đội Biên phòng tỉnh."),
    ("p", "2. Kinh phí thực hiện Kế hoạch do mỗi lực lượng tự bảo đảm từ nguồn kinh phí được giao năm 2026."),
    ("p", "3. Định kỳ 6 tháng, hai bên tổ chức sơ kết, rút kinh nghiệm; tổng kết vào tháng 12/2026./."),
]


def joint_plan() -> bytes:
    from tests.renditions.wordplans import _cell_lines, _set_cell_borders, _widths
    doc = _new()
    stamp = doc.add_table(rows=1, cols=1)
    _set_cell_borders(stamp, on=True)
    _widths(stamp, [5.0])
    _cell_lines(stamp.cell(0, 0), ["UBND TỈNH SƠN LÂM", "ĐẾN  Số: 512", "Ngày: 20/01/2026", "Chuyển: NC"],
                bold_upto=2, size=10)
    _layout(doc, ["CÔNG AN TỈNH SƠN LÂM", "BỘ CHỈ HUY", "BỘ ĐỘI BIÊN PHÒNG TỈNH", "-------",
                  "Số: 14/KHLN-CAT-BĐBP"],
            [*MOTTO, "Sơn Lâm, ngày 16 tháng 01 năm 2026"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH LIÊN NGÀNH", bold=True, center=True, size=14)
    _paragraph(doc, "Phối hợp đấu tranh phòng, chống tội phạm ma túy trên tuyến biên giới năm 2026", bold=True,
               center=True)
    _body(doc, JOINT_BODY)
    from tests.renditions.wordplans import _cell_lines as lines
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.0, 8.0])
    lines(table.cell(0, 0), ["BỘ CHỈ HUY BĐBP TỈNH", "CHỈ HUY TRƯỞNG", "", "", "", "Đại tá Vũ Mạnh Cường"],
          bold_upto=6)
    lines(table.cell(0, 1), ["CÔNG AN TỈNH", "GIÁM ĐỐC", "", "", "", "Đại tá Trịnh Văn Quân"], bold_upto=6)
    _paragraph(doc, "Nơi nhận:", bold=True)
    for line in ("- UBND tỉnh (b/c);", "- Ban Chỉ đạo 138 tỉnh;", "- Các đơn vị liên quan;", "- Lưu: CAT, BĐBP."):
        _paragraph(doc, line, size=11)
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A scraped Markdown provincial digital-transformation plan 2026 - 2030.

DIGITAL_TEXT = """\
|
**ỦY BAN NHÂN DÂN
**
TỈNH TÂY HẢI
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 96/KH-UBND
|
*Tây Hải, ngày 11
tháng 3 năm 2026*
|

**KẾ HOẠCH**

CHUYỂN ĐỔI SỐ TỈNH TÂY HẢI GIAI ĐOẠN 2026 - 2030

Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;

Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình \
Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;

Thực hiện Nghị quyết số 12-NQ/TU ngày 15 tháng 01 năm 2026 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số \
giai đoạn 2026 - 2030;

Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Tây Hải giai đoạn 2026 - 2030 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu tổng quát**

Phát triển chính quyền số, kinh tế số, xã hội số toàn diện; đưa Tây Hải vào nhóm 15 tỉnh, thành phố dẫn đầu \
cả nước về chỉ số chuyển đổi số (DTI) vào năm 2030.

**2. Mục tiêu cụ thể**

*a) Đến năm 2027:*

- 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình;

- 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp xã được xử lý trên môi trường mạng;

- Kinh tế số chiếm 15% GRDP của tỉnh.

*b) Đến năm 2030:*

- 95% người dân trưởng thành sử dụng dịch vụ công trực tuyến;

- Kinh tế số chiếm 25% GRDP của tỉnh;

- 100% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ với Trung tâm dữ liệu tỉnh.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Hoàn thiện thể chế, chính sách**

Rà soát, ban hành các cơ chế, chính sách khuyến khích doanh nghiệp đầu tư hạ tầng số, phát triển nền tảng số. \
Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính thực hiện; hoàn thành trong năm 2026.

**2. Phát triển hạ tầng số**

Phủ sóng di động 5G tại 100% trung tâm xã, phường, khu công nghiệp; nâng cấp Trung tâm dữ liệu tỉnh đạt tiêu \
chuẩn Tier III. Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông thực hiện.

**3. Phát triển dữ liệu số**

Xây dựng Kho dữ liệu dùng chung, cơ sở dữ liệu chuyên ngành về đất đai, y tế, giáo dục; mở dữ liệu phục vụ \
người dân, doanh nghiệp. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Y tế, \
Sở Giáo dục và Đào tạo thực hiện.

**4. Phát triển kinh tế số**

Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, đưa sản phẩm OCOP lên sàn thương mại điện tử. Sở Công Thương \
chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện.

**5. Phát triển nguồn nhân lực số**

Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người dân. Sở Nội vụ chủ trì, phối hợp với \
Sở Khoa học và Công nghệ, Ủy ban nhân dân các xã, phường thực hiện.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 1.850 tỷ đồng, trong đó: ngân sách tỉnh 1.120 tỷ đồng; \
ngân sách trung ương hỗ trợ 280 tỷ đồng; nguồn xã hội hóa 450 tỷ đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn, kiểm tra, tổng hợp kết quả thực hiện, báo cáo \
Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.

2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.

3. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch xây dựng kế hoạch chuyển đổi số hằng năm \
của cơ quan, địa phương mình.

|
**Nơi nhận:**
- Bộ Khoa học và Công nghệ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Các sở, ban, ngành;
- UBND các xã, phường;
- Lưu: VT, KGVX.
|
**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
**
**Ngô Thanh Bình**
|
"""


# ---------------------------------------------------------------------------
# 7. A Markdown chunk of a provincial plan's indicator annex, cut mid-table (no header row).

ANNEX_CHUNK_MD = """\
| 7 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 93,5 | 94,2 | 95 | Sở Y tế |
| 8 | Số bác sĩ trên 10.000 dân | Bác sĩ | 12 | 12,5 | 13 | Sở Y tế |
| 9 | Tỷ lệ trường học đạt chuẩn quốc gia | % | 72 | 75 | 78 | Sở Giáo dục và Đào tạo |
| 10 | Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ | % | 32 | 34 | 36 | Sở Nội vụ |
| 11 | Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) | % | 2,1 | 1,6 | 1,2 | Sở Nông nghiệp và Môi trường |
| III | **CHỈ TIÊU VỀ MÔI TRƯỜNG** | | | | | |
| 12 | Tỷ lệ che phủ rừng | % | 41,5 | 41,8 | 42 | Sở Nông nghiệp và Môi trường |
| 13 | Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý | % | 95 | 97 | 98 | Sở Nông nghiệp và Môi trường |
| 14 | Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn | % | 100 | 100 | 100 | Ban Quản lý các khu công nghiệp |
"""


# ---------------------------------------------------------------------------
# 8. A word-segmented district HĐND resolution of 2010 on the budget estimate of 2011.

SEGMENTED_TXT = """\
Nghị_quyết về dự_toán thu , chi ngân_sách nhà_nước năm 2011 
Hội_đồng_nhân_dân huyện cẩm_thạnh 
Khóa x , kỳ họp thứ 19 
Căn_cứ Luật Tổ_chức Hội_đồng_nhân_dân và Uỷ_ban_nhân_dân ngày 26 tháng 11 năm 2003 ; 
Căn_cứ Luật Ngân_sách nhà_nước ngày 16 tháng 12 năm 2002 ; 
Căn_cứ Quyết_định số 2874/QĐ - UBND ngày 10 tháng 12 năm 2010 của Uỷ_ban_nhân_dân tỉnh về việc giao dự_toán thu , chi ngân_sách nhà_nước năm 2011 ; 
Sau khi xem_xét Tờ_trình của Uỷ_ban_nhân_dân huyện , Báo_cáo thẩm_tra của Ban Kinh_tế - Xã_hội Hội_đồng_nhân_dân huyện và ý_kiến của đại_biểu Hội_đồng_nhân_dân huyện , 
Quyết_nghị : 
Điều 1 . Thông_qua dự_toán thu , chi ngân_sách nhà_nước năm 2011 như sau : 
1 . Tổng thu ngân_sách nhà_nước trên địa_bàn : 64.500 triệu đồng . 
Trong đó : 
- Thu thuế công_thương_nghiệp ngoài quốc_doanh : 21.300 triệu đồng ; 
- Thu tiền sử_dụng đất : 30.000 triệu đồng ; 
- Thu phí , lệ_phí : 4.200 triệu đồng . 
2 . Tổng chi ngân_sách huyện : 218.760 triệu đồng . 
Trong đó : 
- Chi đầu_tư phát_triển : 36.000 triệu đồng ; 
- Chi thường_xuyên : 176.380 triệu đồng ; 
- Dự_phòng ngân_sách : 6.380 triệu đồng . 
Điều 2 . Các chỉ_tiêu chủ_yếu năm 2011 : 
1 . Thu ngân_sách trên địa_bàn tăng 12 % so với thực_hiện năm 2010 . 
2 . Tỷ_lệ giải_ngân vốn đầu_tư xây_dựng cơ_bản đạt trên 90 % . 
3 . Tiết_kiệm 10 % chi thường_xuyên để tạo nguồn cải_cách tiền_lương . 
Điều 3 . Giao Uỷ_ban_nhân_dân huyện tổ_chức thực_hiện Nghị_quyết này . Thường_trực Hội_đồng_nhân_dân huyện , các Ban của Hội_đồng_nhân_dân huyện và đại_biểu Hội_đồng_nhân_dân huyện giám_sát việc thực_hiện Nghị_quyết . 
Nghị_quyết này đã được Hội_đồng_nhân_dân huyện Cẩm_Thạnh khóa X , kỳ họp thứ 19 thông_qua ngày 21 tháng 12 năm 2010 . 
"""


def main(out: str) -> None:
    from tests.renditions.scans import image_only_pdf

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DIGITAL_MD).write_text(DIGITAL_TEXT, encoding="utf-8")
    (folder / ANNEX_CHUNK).write_text(ANNEX_CHUNK_MD, encoding="utf-8")
    (folder / SEGMENTED).write_text(SEGMENTED_TXT, encoding="utf-8")
    (folder / PHASES).write_bytes(phases_plan())
    (folder / TABLE_DOC).write_bytes(_converted(table_plan(), TABLE_DOC, "doc"))
    (folder / MIDYEAR).write_bytes(_pdf(midyear_report(), MIDYEAR))
    (folder / MINISTRY).write_bytes(_pdf(ministry_plan(), MINISTRY))
    (folder / JOINT_SCAN).write_bytes(image_only_pdf(_pdf(joint_plan(), JOINT_SCAN), dpi=300))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
