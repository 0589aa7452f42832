"""Invented documents of hold-out round G5: more unseen documents of the dev set's kinds, other shapes than E3, F3,
G3 and G4.

- a province's Quyết định of 2018 issuing a Kế hoạch, saved by Word as a legacy .doc: Điều 1/2/3, then the attached
  plan "KẾ HOẠCH ... (Ban hành kèm theo Quyết định số ...)" with its own sections and a task table;
- a HĐND tỉnh Nghị quyết of 2024 on the medium-term public investment plan (text PDF): a project table with columns
  per year and source (NS trung ương / NS tỉnh) under "Đơn vị: triệu đồng", a "Tổng cộng" row and "Trong đó" rows;
- a Tỉnh ủy's Kế hoạch of 2023 ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 45-KH/TU", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ") in Word,
  tasks to "các đảng bộ trực thuộc" and the Ban Tuyên giáo (.docx);
- a joint plan of 2025 of a Sở and the provincial Hội Nông dân, two numbers in the header and two signature blocks
  side by side (text PDF);
- a ministry's Kế hoạch of 2026 on its portal (.html) whose task table has a lead cell spanning several task rows
  (rowspan) and group rows spanning every column (colspan), deadlines "Quý III/2026", "Hằng năm";
- a regional health centre's plan of 2026 as a plain-text scrape with targets in ‰ and "lượt" and a budget table
  "Đơn vị tính: triệu đồng" copied as space-aligned text (.txt);
- a Markdown scrape of a district's plan of 2022 with "*" and "1)" lists, bold inline labels ("**Đơn vị chủ trì:**
  ...; **Thời gian:** ...") and a footnote "[1]" on its legal basis (.md);
- a province's Báo cáo sơ kết of 2025 in Word with last year's results table (distractor figures) and a final
  "Nhiệm vụ, giải pháp 6 tháng cuối năm" section with tasks and a small budget (.docx).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g5 OUTDIR`
writes every file; the .doc and PDFs need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

DECISION_DOC = "g5_tinh-tayla_1127-qd-ubnd_2018_qd-kem-kh-legacy.doc"
RESOLUTION = "g5_hdnd-binhlam_45-nq-hdnd_2024_dau-tu-cong-trung-han.pdf"
PARTY = "g5_tinhuy-hoavan_45-kh-tu_2023_dang-bo-truc-thuoc.docx"
JOINT = "g5_snnmt-hnd-kienha_215-kh_2025_phoi-hop-hai-so.pdf"
MINISTRY = "g5_bkhcn_1840-kh-bkhcn_2026_portal-rowspan.html"
CENTRE = "g5_ttyt-songmay_27-kh-ttyt_2026_phan-nghin-luot.txt"
DISTRICT_MD = "g5_huyen-damai_96-kh-ubnd_2022_md-nhan-dam.md"
REVIEW = "g5_tinh-tragiang_176-bc-ubnd_2025_so-ket-giam-ngheo.docx"


# ---------------------------------------------------------------------------
# 1. The province's decision of 2018 and the plan it issues (legacy .doc).

DECISION_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
    "Căn cứ Nghị quyết số 08-NQ/TW ngày 16 tháng 01 năm 2017 của Bộ Chính trị về phát triển du lịch trở thành "
    "ngành kinh tế mũi nhọn;",
    "Căn cứ Quyết định số 2714/QĐ-UBND ngày 28 tháng 12 năm 2017 của Ủy ban nhân dân tỉnh Tây La phê duyệt Đề án "
    "phát triển du lịch cộng đồng tỉnh Tây La giai đoạn 2018 - 2020;",
    "Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 412/TTr-SVHTTDL ngày 02 tháng 5 "
    "năm 2018.",
]

DECISION_ARTICLES = [
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới "
    "tỉnh Tây La năm 2018.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Kế hoạch và Đầu "
    "tư, Tài chính, Nông nghiệp và Phát triển nông thôn; Chủ tịch Ủy ban nhân dân các huyện, thành phố và Thủ "
    "trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
]

DECISION_PLAN = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "Cụ thể hóa các nhiệm vụ của Đề án phát triển du lịch cộng đồng tỉnh Tây La giai đoạn 2018 - 2020 trong "
          "năm 2018; khai thác hiệu quả tiềm năng văn hóa bản địa, cảnh quan nông thôn, góp phần tăng thu nhập cho "
          "người dân và hoàn thành các tiêu chí nông thôn mới."),
    ("h", "2. Yêu cầu"),
    ("p", "Các nhiệm vụ phải có địa chỉ, thời gian hoàn thành cụ thể; phát huy vai trò chủ thể của cộng đồng dân cư "
          "trong phát triển du lịch; bảo đảm gìn giữ bản sắc văn hóa và bảo vệ môi trường."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. Năm 2018, hình thành thêm 05 điểm du lịch cộng đồng đạt tiêu chuẩn phục vụ khách tại các huyện Mường "
          "Sa, Pá Lùng, Tà Xá."),
    ("p", "2. Lượng khách du lịch đến các điểm du lịch cộng đồng tăng 25% so với năm 2017."),
    ("p", "3. 80% hộ gia đình làm du lịch cộng đồng được tập huấn kỹ năng phục vụ khách."),
    ("p", "4. Tỷ lệ lao động làm du lịch cộng đồng được đào tạo nghề đạt 60%."),
    ("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện theo bảng sau:"),
]

DECISION_TASKS = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["1", "Khảo sát, lựa chọn các thôn, bản có tiềm năng để xây dựng điểm du lịch cộng đồng",
     "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện", "Quý II/2018"],
    ["2", "Hỗ trợ cải tạo nhà ở truyền thống, công trình vệ sinh phục vụ khách lưu trú tại nhà dân",
     "Ủy ban nhân dân các huyện", "Sở Nông nghiệp và Phát triển nông thôn", "Quý III/2018"],
    ["3", "Tổ chức 06 lớp tập huấn kỹ năng đón tiếp, phục vụ khách cho hộ gia đình làm du lịch",
     "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội", "Tháng 8/2018"],
    ["4", "Xây dựng, quảng bá sản phẩm du lịch cộng đồng trên Cổng thông tin điện tử tỉnh và mạng xã hội",
     "Trung tâm Thông tin xúc tiến du lịch", "Sở Thông tin và Truyền thông", "Năm 2018"],
    ["5", "Lồng ghép nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để đầu tư đường giao thông "
          "đến các điểm du lịch", "Sở Kế hoạch và Đầu tư", "Sở Tài chính; Ủy ban nhân dân các huyện", "Quý IV/2018"],
]

DECISION_PLAN_END = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2018 là 3.650 triệu đồng, trong đó: ngân sách tỉnh 2.400 triệu "
          "đồng; lồng ghép vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 850 triệu đồng; nhân dân đóng "
          "góp 400 triệu đồng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, địa "
          "phương thực hiện Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2018."),
    ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2018."),
    ("p", "3. Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân các xã có điểm du lịch cộng đồng vận "
          "động Nhân dân tham gia; bố trí vốn đối ứng theo phân cấp."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, địa phương kịp thời phản ánh về Sở "
          "Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]


def decision_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TÂY LA", "-------", "Số: 1127/QĐ-UBND"],
            [*MOTTO, "Tây La, ngày 14 tháng 5 năm 2018"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Ban hành Kế hoạch phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới tỉnh Tây La năm "
               "2018", bold=True, center=True)
    _paragraph(doc, "ỦY BAN NHÂN DÂN TỈNH TÂY LA", bold=True, center=True)
    for line in DECISION_BASES:
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for line in DECISION_ARTICLES:
        _paragraph(doc, line, justify=True)
    closing(doc, ["- Như Điều 3;", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, VX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lò Văn Thuận"])
    doc.add_page_break()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TÂY LA", "-------"], MOTTO, bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới tỉnh Tây La năm 2018",
               bold=True, center=True)
    _paragraph(doc, "(Ban hành kèm theo Quyết định số 1127/QĐ-UBND ngày 14 tháng 5 năm 2018 của Ủy ban nhân dân "
               "tỉnh Tây La)", italic=True, center=True)
    _body(doc, DECISION_PLAN)
    _table(doc, DECISION_TASKS)
    _body(doc, DECISION_PLAN_END)
    _paragraph(doc, "")  # (a .doc whose last block is a table loses it)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The provincial council's resolution of 2024 on the medium-term investment plan (text PDF).

RESOLUTION_FRONT = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
          "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    ("i", "Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;"),
    ("i", "Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành một "
          "số điều của Luật Đầu tư công;"),
    ("i", "Xét Tờ trình số 198/TTr-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về điều chỉnh, bổ sung "
          "kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội "
          "đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn ngân sách nhà nước "
          "của tỉnh Bình Lâm như sau:"),
    ("p", "1. Tổng kế hoạch vốn bố trí cho các dự án điều chỉnh, bổ sung trong hai năm 2024 - 2025 là 1.148.500 "
          "triệu đồng, trong đó: vốn ngân sách trung ương 612.000 triệu đồng; vốn ngân sách tỉnh 536.500 triệu "
          "đồng."),
    ("p", "2. Danh mục dự án và mức vốn bố trí theo từng năm, từng nguồn vốn chi tiết tại bảng sau:"),
    ("c", "Đơn vị: triệu đồng"),
]

RESOLUTION_TABLE = [
    ["STT", "Danh mục dự án", "Tổng cộng", "Năm 2024", "", "Năm 2025", ""],
    ["", "", "", "NS trung ương", "NS tỉnh", "NS trung ương", "NS tỉnh"],
    ["", "TỔNG CỘNG", "1.148.500", "285.000", "241.500", "327.000", "295.000"],
    ["", "Trong đó:", "", "", "", "", ""],
    ["", "- Dự án chuyển tiếp", "736.500", "245.000", "126.500", "215.000", "150.000"],
    ["", "- Dự án khởi công mới", "412.000", "40.000", "115.000", "112.000", "145.000"],
    ["I", "Lĩnh vực giao thông", "684.000", "185.000", "120.000", "215.000", "164.000"],
    ["1", "Đường tỉnh 712 đoạn Km0 - Km18+500", "396.000", "145.000", "56.000", "135.000", "60.000"],
    ["2", "Cầu Bến Sỏi và đường dẫn hai đầu cầu", "288.000", "40.000", "64.000", "80.000", "104.000"],
    ["II", "Lĩnh vực giáo dục và đào tạo", "262.500", "60.000", "70.500", "62.000", "70.000"],
    ["1", "Trường Trung học phổ thông Lâm Hà (giai đoạn 2)", "148.500", "60.000", "30.500", "42.000", "16.000"],
    ["2", "Nâng cấp cơ sở vật chất các trường mầm non vùng khó khăn", "114.000", "", "40.000", "20.000", "54.000"],
    ["III", "Lĩnh vực y tế", "202.000", "40.000", "51.000", "50.000", "61.000"],
    ["1", "Bệnh viện Đa khoa khu vực Tân Phú", "202.000", "40.000", "51.000", "50.000", "61.000"],
]

RESOLUTION_END = [
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; chỉ đạo các chủ đầu tư đẩy nhanh tiến độ "
          "thực hiện và giải ngân vốn các dự án, bảo đảm hoàn thành kế hoạch trong năm 2025."),
    ("p", "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu "
          "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình Lâm khóa X, Kỳ họp thứ 24 thông qua ngày 10 tháng 12 "
          "năm 2024 và có hiệu lực từ ngày thông qua./."),
]


def resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BÌNH LÂM", "-------", "Số: 45/NQ-HĐND"],
            [*MOTTO, "Bình Lâm, ngày 10 tháng 12 năm 2024"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Về điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn ngân sách "
               "nhà nước tỉnh Bình Lâm", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH LÂM", bold=True, center=True)
    _paragraph(doc, "KHÓA X, KỲ HỌP THỨ 24", bold=True, center=True)
    _body(doc, RESOLUTION_FRONT)
    _table(doc, RESOLUTION_TABLE, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)),
                                          ((0, 3), (0, 4)), ((0, 5), (0, 6))))
    _body(doc, RESOLUTION_END)
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Kế hoạch và Đầu tư;", "- Bộ Tài chính;",
                  "- TT Tỉnh ủy, TT HĐND tỉnh;", "- UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Đặng Hữu Phước"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The provincial Party committee's plan of 2023 (.docx).

PARTY_BODY = [
    ("p", "Thực hiện Chỉ thị số 21-CT/TW, ngày 20 tháng 01 năm 2023 của Ban Bí thư về tiếp tục đổi mới, nâng cao "
          "chất lượng công tác giáo dục lý luận chính trị trong tình hình mới; Kế hoạch số 130-KH/BTGTW, ngày 15 "
          "tháng 02 năm 2023 của Ban Tuyên giáo Trung ương về triển khai thực hiện Chỉ thị số 21-CT/TW, Ban Thường "
          "vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Quán triệt sâu sắc nội dung Chỉ thị số 21-CT/TW đến cán bộ, đảng viên; nâng cao nhận thức, trách nhiệm "
          "của cấp ủy, tổ chức đảng, người đứng đầu trong công tác giáo dục lý luận chính trị."),
    ("p", "2. Việc triển khai phải nghiêm túc, thiết thực, gắn với thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần "
          "thứ XVII và nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- Đến hết năm 2025, 100% cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý đạt chuẩn về trình "
          "độ lý luận chính trị theo quy định."),
    ("p", "- Hằng năm, 95% đảng viên mới được học tập lý luận chính trị dành cho đảng viên mới trong thời gian dự bị."),
    ("p", "- Phấn đấu 90% trung tâm chính trị cấp huyện đạt chuẩn theo Quy định số 208-QĐ/TW vào năm 2025."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Tổ chức quán triệt, tuyên truyền Chỉ thị"),
    ("p", "Các đảng bộ trực thuộc Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 21-CT/TW đến cán bộ chủ chốt, hoàn "
          "thành trong quý II năm 2023. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Báo Hòa Vân, Đài Phát thanh và "
          "Truyền hình tỉnh mở chuyên mục tuyên truyền về giáo dục lý luận chính trị."),
    ("h", "2. Đổi mới nội dung, chương trình, phương pháp giáo dục lý luận chính trị"),
    ("p", "Trường Chính trị tỉnh chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy rà soát, cập nhật nội dung chương trình "
          "trung cấp lý luận chính trị; tăng thời lượng thực tế, nghiên cứu tình huống; ứng dụng công nghệ thông "
          "tin trong giảng dạy."),
    ("h", "3. Xây dựng đội ngũ giảng viên, báo cáo viên"),
    ("p", "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy tham mưu quy hoạch, đào tạo, bồi dưỡng "
          "đội ngũ giảng viên Trường Chính trị tỉnh, giảng viên kiêm chức các trung tâm chính trị cấp huyện."),
    ("h", "4. Kiện toàn trung tâm chính trị cấp huyện"),
    ("p", "Các huyện ủy, thị ủy, thành ủy bố trí đủ biên chế, đầu tư cơ sở vật chất cho trung tâm chính trị; gắn "
          "tiêu chí đạt chuẩn trung tâm chính trị với đánh giá, xếp loại tổ chức đảng hằng năm."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các đảng bộ trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với tình hình "
          "thực tế; định kỳ hằng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo)."),
    ("p", "2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh hướng dẫn, "
          "theo dõi, kiểm tra việc thực hiện Kế hoạch; tham mưu Ban Thường vụ Tỉnh ủy sơ kết vào năm 2025."),
    ("p", "3. Ủy ban Kiểm tra Tỉnh ủy đưa nội dung thực hiện Chỉ thị vào chương trình kiểm tra, giám sát hằng năm."),
    ("p", "4. Văn phòng Tỉnh ủy phối hợp với Ban Tuyên giáo Tỉnh ủy bảo đảm kinh phí, điều kiện phục vụ triển khai "
          "Kế hoạch."),
]


def party_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ĐẢNG BỘ TỈNH HÒA VÂN", "TỈNH ỦY", "*", "Số 45-KH/TU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Hòa Vân, ngày 22 tháng 3 năm 2023"], bold=(2, 1))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng công tác "
               "giáo dục lý luận chính trị trong tình hình mới", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, PARTY_BODY)
    closing(doc, ["- Ban Bí thư (b/c),", "- Ban Tuyên giáo Trung ương (b/c),", "- Các đảng bộ trực thuộc Tỉnh ủy,",
                  "- Các ban, Văn phòng Tỉnh ủy,", "- Trường Chính trị tỉnh,", "- Lưu Văn phòng Tỉnh ủy."],
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Lương Văn Khải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The joint plan of 2025 of a Sở and the provincial farmers' union (text PDF).

JOINT_BODY = [
    ("p", "Căn cứ Chương trình phối hợp số 09/CTrPH-BNNMT-TWHND ngày 18 tháng 3 năm 2025 giữa Bộ Nông nghiệp và Môi "
          "trường và Trung ương Hội Nông dân Việt Nam về hỗ trợ nông dân phát triển nông nghiệp xanh, tuần hoàn giai "
          "đoạn 2025 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 77/KH-UBND ngày 04 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Kiên Hà về phát triển "
          "nông nghiệp xanh năm 2025;"),
    ("p", "Sở Nông nghiệp và Môi trường và Hội Nông dân tỉnh thống nhất ban hành Kế hoạch phối hợp như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát huy vai trò của tổ chức Hội trong vận động nông dân chuyển đổi sang sản xuất nông nghiệp xanh, "
          "giảm phát thải; nâng cao hiệu quả phối hợp giữa hai cơ quan."),
    ("p", "2. Hoạt động phối hợp phải thiết thực, có trọng tâm, trọng điểm; tránh hình thức, chồng chéo."),
    ("h", "II. CHỈ TIÊU NĂM 2025"),
    ("p", "- 70% cán bộ Hội Nông dân cấp xã được tập huấn về quy trình sản xuất lúa chất lượng cao, phát thải thấp."),
    ("p", "- Xây dựng 12 mô hình sản xuất nông nghiệp tuần hoàn do hội viên nông dân làm chủ."),
    ("p", "- Diện tích lúa áp dụng quy trình canh tác giảm phát thải đạt 15% tổng diện tích gieo trồng vụ Hè Thu."),
    ("h", "III. NỘI DUNG PHỐI HỢP"),
    ("h", "1. Tuyên truyền, tập huấn"),
    ("p", "Tổ chức 24 lớp tập huấn kỹ thuật canh tác lúa giảm phát thải, sử dụng phân bón hữu cơ cho cán bộ Hội và "
          "nông dân nòng cốt. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Hội Nông dân tỉnh thực hiện."),
    ("h", "2. Xây dựng mô hình"),
    ("p", "Lựa chọn hộ, tổ hợp tác xây dựng mô hình nông nghiệp tuần hoàn; hỗ trợ giống, vật tư và chuyển giao kỹ "
          "thuật. Hội Nông dân tỉnh chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh thực hiện."),
    ("h", "3. Hỗ trợ vốn vay"),
    ("p", "Ưu tiên cho vay từ Quỹ Hỗ trợ nông dân đối với hộ tham gia mô hình; hướng dẫn lập dự án vay vốn. Hội Nông "
          "dân tỉnh chủ trì, phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh thực hiện."),
    ("h", "4. Kiểm tra, giám sát"),
    ("p", "Kiểm tra việc sử dụng thuốc bảo vệ thực vật, xử lý rơm rạ, bao bì thuốc bảo vệ thực vật sau sử dụng tại "
          "các vùng sản xuất tập trung. Chi cục Trồng trọt và Bảo vệ thực vật chủ trì, phối hợp với Hội Nông dân các "
          "xã thực hiện."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 1.960 triệu đồng, trong đó: Sở Nông nghiệp và Môi trường bố trí 1.450 "
          "triệu đồng từ nguồn sự nghiệp kinh tế năm 2025; Hội Nông dân tỉnh bố trí 510 triệu đồng từ nguồn Quỹ Hỗ "
          "trợ nông dân và kinh phí hoạt động của Hội."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Môi trường giao Chi cục Trồng trọt và Bảo vệ thực vật, Trung tâm Khuyến nông tỉnh "
          "là đầu mối phối hợp; cung cấp tài liệu, cử cán bộ kỹ thuật tham gia tập huấn."),
    ("p", "2. Hội Nông dân tỉnh chỉ đạo Hội Nông dân các xã, phường vận động hội viên tham gia; giới thiệu hộ đủ "
          "điều kiện xây dựng mô hình."),
    ("p", "3. Định kỳ 6 tháng, hai cơ quan tổ chức giao ban đánh giá kết quả phối hợp; báo cáo Ủy ban nhân dân tỉnh "
          "và Trung ương Hội Nông dân Việt Nam trước ngày 15/12/2025./."),
]


def joint_plan() -> bytes:
    doc = _new()
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.0, 8.0])
    _cell_lines(table.cell(0, 0), ["ỦY BAN NHÂN DÂN TỈNH KIÊN HÀ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------",
                                   "Số: 215/KH-SNNMT"], bold_upto=2, size=12)
    _cell_lines(table.cell(0, 1), ["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH KIÊN HÀ", "-------",
                                   "Số: 38/KH-HND"], bold_upto=2, size=12)
    for line in MOTTO:
        _paragraph(doc, line, bold=line != MOTTO[-1], center=True, size=12)
    _paragraph(doc, "Kiên Hà, ngày 18 tháng 4 năm 2025", italic=True, center=True)
    _paragraph(doc, "KẾ HOẠCH PHỐI HỢP", bold=True, center=True, size=14)
    _paragraph(doc, "Hỗ trợ nông dân phát triển sản xuất nông nghiệp xanh, giảm phát thải năm 2025", bold=True,
               center=True)
    _body(doc, JOINT_BODY)
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.0, 8.0])
    _cell_lines(table.cell(0, 0), ["TM. BAN THƯỜNG VỤ", "HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH", "", "", "Huỳnh Văn Sáu"],
                bold_upto=6, size=13)
    _cell_lines(table.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Thanh Nhàn"],
                bold_upto=6, size=13)
    for i, line in enumerate(["Nơi nhận:", "- UBND tỉnh (b/c);", "- TW Hội Nông dân Việt Nam (b/c);",
                              "- Ban Giám đốc Sở NN&MT;", "- Thường trực Hội Nông dân tỉnh;",
                              "- Chi cục TT&BVTV, Trung tâm Khuyến nông;", "- Hội Nông dân các xã, phường;",
                              "- Lưu: VT SNNMT, VT HND."]):
        _paragraph(doc, line, bold=i == 0, size=11, space_after=0)
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. The ministry's plan of 2026 on its portal, task table with rowspan/colspan (.html).

MINISTRY_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch chuyển đổi số của Bộ Khoa học và Công nghệ năm 2026</title></head>
<body>
<div class="portal-head"><span class="logo">BỘ KHOA HỌC VÀ CÔNG NGHỆ</span>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/van-ban">Văn bản</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="breadcrumb">Trang chủ &raquo; Văn bản &raquo; Văn bản chỉ đạo điều hành</div>
<div class="doc-view">
<table class="doc-header" style="width:100%;border:none">
<tr><td style="text-align:center;width:40%"><b>BỘ KHOA HỌC VÀ CÔNG NGHỆ</b><br>-------<br>Số: 1840/KH-BKHCN</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Hà Nội, ngày 09 tháng 3 năm 2026</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Chuyển đổi số và phát triển dữ liệu của Bộ Khoa học và Công nghệ năm 2026</b></p>
<p>Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;</p>
<p>Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;</p>
<p>Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;</p>
<p>Bộ Khoa học và Công nghệ ban hành Kế hoạch chuyển đổi số và phát triển dữ liệu năm 2026 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Hoàn thiện nền tảng số, cơ sở dữ liệu chuyên ngành khoa học và công nghệ; cung cấp dịch vụ công trực tuyến toàn trình, lấy người dân và doanh nghiệp làm trung tâm.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>a) 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình;</p>
<p>b) Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80% tổng số hồ sơ thủ tục hành chính;</p>
<p>c) 90% hồ sơ công việc tại Bộ được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước);</p>
<p>d) Hoàn thành kết nối Cơ sở dữ liệu quốc gia về khoa học và công nghệ với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<p>Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời hạn hoàn thành theo bảng dưới đây:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">
<thead>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời hạn hoàn thành</th><th>Sản phẩm</th></tr>
</thead>
<tbody>
<tr><td colspan="6"><b>I. HOÀN THIỆN THỂ CHẾ VÀ NỀN TẢNG</b></td></tr>
<tr><td>1</td><td>Xây dựng Quy chế quản lý, khai thác, chia sẻ dữ liệu của Bộ</td><td rowspan="3">Trung tâm Công nghệ thông tin</td><td>Vụ Pháp chế</td><td>Quý II/2026</td><td>Quyết định của Bộ trưởng</td></tr>
<tr><td>2</td><td>Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của Bộ, kết nối Cổng Dịch vụ công quốc gia</td><td>Văn phòng Bộ</td><td>Quý III/2026</td><td>Hệ thống được nâng cấp</td></tr>
<tr><td>3</td><td>Triển khai giải pháp bảo đảm an toàn thông tin theo cấp độ cho các hệ thống thông tin của Bộ</td><td>Cục An toàn bức xạ và hạt nhân; các đơn vị có hệ thống thông tin</td><td>Hằng năm</td><td>Hồ sơ cấp độ được phê duyệt</td></tr>
<tr><td colspan="6"><b>II. PHÁT TRIỂN DỮ LIỆU</b></td></tr>
<tr><td>4</td><td>Xây dựng Cơ sở dữ liệu quốc gia về khoa học và công nghệ giai đoạn 2</td><td rowspan="2">Cục Thông tin, Thống kê</td><td rowspan="2">Trung tâm Công nghệ thông tin</td><td>Quý IV/2026</td><td>Cơ sở dữ liệu được vận hành</td></tr>
<tr><td>5</td><td>Số hóa hồ sơ nhiệm vụ khoa học và công nghệ cấp quốc gia giai đoạn 2016 - 2025</td><td>Quý III/2026</td><td>Dữ liệu số hóa</td></tr>
<tr><td>6</td><td>Cập nhật, làm sạch dữ liệu đăng ký doanh nghiệp khoa học và công nghệ</td><td>Cục Phát triển thị trường và doanh nghiệp khoa học và công nghệ</td><td>Sở Khoa học và Công nghệ các tỉnh, thành phố</td><td>Hằng năm</td><td>Dữ liệu được cập nhật</td></tr>
<tr><td colspan="6"><b>III. NÂNG CAO KỸ NĂNG SỐ</b></td></tr>
<tr><td>7</td><td>Đào tạo, bồi dưỡng kỹ năng số cho công chức, viên chức của Bộ</td><td>Vụ Tổ chức cán bộ</td><td>Trung tâm Công nghệ thông tin</td><td>Hằng năm</td><td>Các lớp bồi dưỡng</td></tr>
</tbody>
</table>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao trong dự toán năm 2026 của các đơn vị và các nguồn hợp pháp khác theo quy định.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Trung tâm Công nghệ thông tin chủ trì, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15/12/2026.</p>
<p>2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch.</p>
<p>3. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được giao./.</p>
<table style="width:100%;border:none"><tr>
<td style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- Bộ trưởng (để b/c);<br>- Các Thứ trưởng;<br>- Ủy ban Quốc gia về chuyển đổi số;<br>- Các đơn vị thuộc Bộ;<br>- Lưu: VT, TTCNTT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG</b><br><br><br><br><b>Phạm Đức Nghiêm</b></td>
</tr></table>
</div>
<div class="footer">Cổng thông tin điện tử Bộ Khoa học và Công nghệ. Địa chỉ: 113 Trần Duy Hưng, Cầu Giấy, Hà Nội.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 6. The regional health centre's plan of 2026 as a plain-text scrape (.txt).

CENTRE_TEXT = """\
SỞ Y TẾ TỈNH PHÚ HÀ
TRUNG TÂM Y TẾ KHU VỰC SÔNG MÂY
Số: 27/KH-TTYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sông Mây, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Hoạt động chuyên môn và chăm sóc sức khỏe ban đầu năm 2026

Căn cứ Kế hoạch số 12/KH-SYT ngày 06 tháng 01 năm 2026 của Sở Y tế tỉnh Phú Hà về công tác y tế năm 2026;
Căn cứ kết quả thực hiện nhiệm vụ năm 2025 và điều kiện thực tế của đơn vị,
Trung tâm Y tế khu vực Sông Mây xây dựng Kế hoạch hoạt động năm 2026 như sau:

I. MỤC TIÊU

1. Mục tiêu chung
Nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe ban đầu cho Nhân dân các xã trong khu vực; chủ \
động phòng, chống dịch bệnh, không để dịch lớn xảy ra.

2. Chỉ tiêu cụ thể
- Tổng số lượt khám bệnh đạt 185.000 lượt; điều trị nội trú 9.600 lượt người bệnh.
- Công suất sử dụng giường bệnh đạt 90%.
- Tỷ suất chết trẻ em dưới 1 tuổi dưới 8‰; tỷ suất chết trẻ em dưới 5 tuổi dưới 12‰.
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 95%.
- 90% dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử.
- Mức giảm tỷ suất sinh 0,2‰ so với năm 2025.

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Công tác khám bệnh, chữa bệnh
Triển khai thêm 03 kỹ thuật mới: nội soi can thiệp, lọc máu chu kỳ, phẫu thuật nội soi khớp; thực hiện bệnh án \
điện tử tại 100% khoa lâm sàng. Khoa Khám bệnh chủ trì, phối hợp với Phòng Kế hoạch - Nghiệp vụ thực hiện.

2. Công tác y tế dự phòng
Giám sát chặt chẽ các bệnh truyền nhiễm gây dịch: sốt xuất huyết, tay chân miệng, sởi; tổ chức tiêm chủng mở \
rộng định kỳ hằng tháng. Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì, phối hợp với các Trạm Y tế xã thực hiện.

3. Công tác dân số và chăm sóc sức khỏe sinh sản
Khám sức khỏe tiền hôn nhân, sàng lọc trước sinh và sơ sinh; truyền thông duy trì mức sinh thay thế. Khoa Dân \
số - Truyền thông và Giáo dục sức khỏe chủ trì, phối hợp với Khoa Chăm sóc sức khỏe sinh sản thực hiện.

4. Công tác quản lý bệnh không lây nhiễm
Quản lý, điều trị ngoại trú người bệnh tăng huyết áp, đái tháo đường tại Trạm Y tế xã; cập nhật hồ sơ trên phần \
mềm quản lý bệnh không lây nhiễm. Các Trạm Y tế xã chủ trì, phối hợp với Khoa Nội tổng hợp thực hiện.

III. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.870 triệu đồng, chi tiết như sau:

                          Đơn vị tính: triệu đồng
STT  Nội dung                                   Tổng cộng   NS tỉnh   Nguồn thu sự nghiệp
1    Triển khai kỹ thuật mới                      1.450        600          850
2    Tiêm chủng, giám sát dịch bệnh                 620        620            -
3    Dân số, chăm sóc sức khỏe sinh sản             380        300           80
4    Quản lý bệnh không lây nhiễm                   420        250          170
     Tổng cộng                                    2.870      1.770        1.100

IV. TỔ CHỨC THỰC HIỆN

1. Phòng Kế hoạch - Nghiệp vụ là đầu mối theo dõi, tổng hợp kết quả thực hiện; báo cáo Ban Giám đốc và Sở Y tế \
định kỳ hằng quý.
2. Phòng Tài chính - Kế toán bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định.
3. Các khoa, phòng, Trạm Y tế xã căn cứ Kế hoạch xây dựng kế hoạch chi tiết của đơn vị, tổ chức thực hiện./.

Nơi nhận:
- Sở Y tế (b/c);
- UBND các xã trong khu vực;
- Ban Giám đốc;
- Các khoa, phòng, Trạm Y tế xã;
- Lưu: VT, KHNV.

GIÁM ĐỐC

Nguyễn Thị Ngọc Hân
"""


# ---------------------------------------------------------------------------
# 7. A Markdown scrape of a district's plan of 2022 (.md).

DISTRICT_MD_TEXT = """\
**ỦY BAN NHÂN DÂN HUYỆN ĐA MAI**

**Số: 96/KH-UBND**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Đa Mai, ngày 28 tháng 3 năm 2022*

## KẾ HOẠCH

### Thực hiện chuyển đổi số trên địa bàn huyện Đa Mai năm 2022

Thực hiện Kế hoạch số 42/KH-UBND ngày 25 tháng 02 năm 2022 của Ủy ban nhân dân tỉnh Hà Tây Nam về chuyển đổi số \
năm 2022[1]; Ủy ban nhân dân huyện Đa Mai ban hành Kế hoạch thực hiện chuyển đổi số trên địa bàn huyện năm 2022 \
như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

* Triển khai đồng bộ các nhiệm vụ chuyển đổi số trên ba trụ cột chính quyền số, kinh tế số, xã hội số.
* Gắn trách nhiệm của người đứng đầu các cơ quan, đơn vị với kết quả chuyển đổi số.

**II. CHỈ TIÊU**

* 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng.
* 60% hồ sơ thủ tục hành chính cấp huyện được tiếp nhận, giải quyết trực tuyến một phần và toàn trình.
* 50% hộ kinh doanh, hợp tác xã được hướng dẫn sử dụng thanh toán không dùng tiền mặt.

**III. NHIỆM VỤ**

1) Phát triển hạ tầng số

* Nâng cấp mạng nội bộ (LAN) của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện; phủ sóng wifi miễn phí tại \
Trung tâm Hành chính công huyện.
* **Đơn vị chủ trì:** Phòng Văn hóa và Thông tin; **Đơn vị phối hợp:** Văn phòng HĐND và UBND huyện; \
**Thời gian:** Quý II/2022.

2) Phát triển chính quyền số

* Triển khai Hệ thống quản lý văn bản và điều hành liên thông bốn cấp; sử dụng chữ ký số cho 100% lãnh đạo các \
cơ quan, đơn vị.
* **Đơn vị chủ trì:** Văn phòng HĐND và UBND huyện; **Đơn vị phối hợp:** Phòng Nội vụ; **Thời gian:** Năm 2022.

3) Phát triển kinh tế số

* Hỗ trợ hộ sản xuất, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử; tổ chức 04 lớp tập huấn kỹ năng \
bán hàng trực tuyến.
* **Đơn vị chủ trì:** Phòng Kinh tế và Hạ tầng; **Đơn vị phối hợp:** Hội Liên hiệp Phụ nữ huyện, Huyện đoàn; \
**Thời gian:** Quý III/2022.

4) Phát triển xã hội số

* Thành lập Tổ công nghệ số cộng đồng tại 100% thôn, tổ dân phố; hướng dẫn người dân cài đặt, sử dụng ứng dụng \
VNeID, dịch vụ công trực tuyến.
* **Đơn vị chủ trì:** Công an huyện; **Đơn vị phối hợp:** Ủy ban nhân dân các xã, thị trấn; **Thời gian:** Năm 2022.

**IV. KINH PHÍ**

Tổng kinh phí thực hiện Kế hoạch năm 2022 là 1.240 triệu đồng từ nguồn ngân sách huyện, trong đó: phát triển hạ \
tầng số 780 triệu đồng; đào tạo, tập huấn, tuyên truyền 460 triệu đồng.

**V. TỔ CHỨC THỰC HIỆN**

1) Phòng Văn hóa và Thông tin là cơ quan thường trực, hướng dẫn, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, \
báo cáo Ủy ban nhân dân huyện trước ngày 10/12/2022.

2) Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch.

3) Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch chuyển đổi số của địa phương, triển khai thực hiện.

**Nơi nhận:**
- Sở Thông tin và Truyền thông (b/c);
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Các cơ quan, đơn vị thuộc huyện;
- UBND các xã, thị trấn;
- Lưu: VT, VHTT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hà Văn Tường**

---

[1] Kế hoạch số 42/KH-UBND ngày 25/02/2022 của UBND tỉnh Hà Tây Nam được ban hành trên cơ sở Quyết định số \
749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, \
định hướng đến năm 2030.
"""


# ---------------------------------------------------------------------------
# 8. The province's half-year review of 2025 (.docx).

REVIEW_FRONT = [
    ("p", "Thực hiện Kế hoạch số 34/KH-UBND ngày 21 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh về thực hiện Chương "
          "trình mục tiêu quốc gia giảm nghèo bền vững năm 2025, Ủy ban nhân dân tỉnh báo cáo kết quả 6 tháng đầu "
          "năm và nhiệm vụ, giải pháp 6 tháng cuối năm 2025 như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025"),
    ("h", "1. Công tác chỉ đạo, điều hành"),
    ("p", "Ủy ban nhân dân tỉnh đã ban hành 06 văn bản chỉ đạo; kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc "
          "gia tỉnh sau khi sắp xếp tổ chức bộ máy. Các sở, ngành, địa phương đã chủ động triển khai các dự án thành "
          "phần của Chương trình."),
    ("h", "2. Kết quả thực hiện các chỉ tiêu"),
    ("p", "Kết quả thực hiện một số chỉ tiêu chủ yếu so với năm 2024 như sau:"),
]

REVIEW_TABLE = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Kế hoạch năm 2025", "Thực hiện 6 tháng 2025"],
    ["1", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "4,12", "3,2", "3,65"],
    ["2", "Số hộ thoát nghèo", "Hộ", "4.860", "4.000", "2.150"],
    ["3", "Lao động được hỗ trợ việc làm bền vững", "Người", "3.420", "3.500", "1.870"],
    ["4", "Vốn giải ngân Chương trình", "Triệu đồng", "286.400", "312.000", "128.900"],
]

REVIEW_MIDDLE = [
    ("p", "Đến ngày 30/6/2025, tổng vốn Chương trình đã giải ngân 128.900 triệu đồng, đạt 41,3% kế hoạch vốn giao; "
          "trong đó vốn đầu tư phát triển 96.200 triệu đồng, vốn sự nghiệp 32.700 triệu đồng."),
    ("h", "3. Tồn tại, hạn chế"),
    ("p", "Tiến độ giải ngân vốn sự nghiệp còn chậm, mới đạt 27,5% kế hoạch; một số địa phương chưa hoàn thành phân "
          "bổ vốn cho các dự án hỗ trợ phát triển sản xuất; việc rà soát hộ nghèo phát sinh chưa kịp thời."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2025"),
    ("p", "1. Đẩy nhanh tiến độ giải ngân vốn Chương trình, phấn đấu đến ngày 31/01/2026 giải ngân đạt 95% kế hoạch "
          "vốn giao. Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện."),
    ("p", "2. Tổ chức thẩm định, phê duyệt các dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị; hoàn thành trong "
          "quý III năm 2025. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện."),
    ("p", "3. Kết nối cung - cầu lao động, hỗ trợ người lao động thuộc hộ nghèo, hộ cận nghèo đi làm việc ở nước "
          "ngoài theo hợp đồng. Sở Nội vụ chủ trì, phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh thực hiện."),
    ("p", "4. Tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm 2025 bảo đảm đúng quy trình, công khai, minh bạch. Ủy "
          "ban nhân dân các xã, phường chủ trì thực hiện."),
    ("p", "5. Kinh phí tổ chức kiểm tra, giám sát và truyền thông về giảm nghèo 6 tháng cuối năm 2025 là 685 triệu "
          "đồng từ nguồn vốn sự nghiệp Chương trình, giao Sở Nông nghiệp và Môi trường quản lý, sử dụng."),
    ("h", "III. KIẾN NGHỊ"),
    ("p", "Đề nghị Bộ Nông nghiệp và Môi trường sớm ban hành hướng dẫn thực hiện các dự án thành phần sau khi sắp xếp "
          "tổ chức bộ máy; xem xét bổ sung 45.000 triệu đồng vốn sự nghiệp cho tỉnh để thực hiện Dự án 4."),
    ("p", "Trên đây là báo cáo sơ kết 6 tháng đầu năm 2025 thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền "
          "vững của Ủy ban nhân dân tỉnh Trà Giang./."),
]


def review() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ GIANG", "-------", "Số: 176/BC-UBND"],
            [*MOTTO, "Trà Giang, ngày 08 tháng 7 năm 2025"], bold=(2, 2))
    _paragraph(doc, "BÁO CÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Sơ kết 6 tháng đầu năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, nhiệm vụ, "
               "giải pháp 6 tháng cuối năm 2025", bold=True, center=True)
    _body(doc, REVIEW_FRONT)
    _table(doc, REVIEW_TABLE)
    _body(doc, REVIEW_MIDDLE)
    closing(doc, ["- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                  "- CT, các PCT UBND tỉnh;", "- Các sở: TC, NNMT, NV;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Thạch Thị Sa Rinh"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MINISTRY).write_text(MINISTRY_PAGE, encoding="utf-8")
    (folder / CENTRE).write_text(CENTRE_TEXT, encoding="utf-8")
    (folder / DISTRICT_MD).write_text(DISTRICT_MD_TEXT, encoding="utf-8")
    (folder / PARTY).write_bytes(party_plan())
    (folder / REVIEW).write_bytes(review())
    (folder / DECISION_DOC).write_bytes(_converted(decision_plan(), DECISION_DOC, "doc"))
    (folder / RESOLUTION).write_bytes(_pdf(resolution(), RESOLUTION))
    (folder / JOINT).write_bytes(_pdf(joint_plan(), JOINT))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
