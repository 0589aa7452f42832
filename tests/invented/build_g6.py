"""Invented documents of hold-out round G6: more unseen documents of the dev set's kinds, other shapes than E3, F3,
G3, G4 and G5.

- a district's Kế hoạch of 2020 in Word whose task table "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
  Thời gian hoàn thành | Kinh phí (triệu đồng)" has group rows "I.", "II." and money on some task rows (.docx);
- a province's Chương trình hành động 2021-2025 (text PDF) with tasks in prose and an appendix "Phụ lục" of indicators
  "Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030" (targets, no money);
- a Sở's Kế hoạch of 2019 scraped as HTML with <br> line breaks and &nbsp; inside lines, its budget in prose in tỷ
  đồng (.html);
- a commune's plan of 2024 as word-segmented text ("Ủy_ban nhân_dân xã ...") (.txt);
- a province's Công văn of 2023 with tasks ("V/v triển khai ...", numbered paragraphs assigning tasks to sở and huyện,
  no KẾ HOẠCH heading, recipients "Như trên;") (.docx);
- a province's Kế hoạch of 2022 amending another plan, scraped as Markdown with the task table as an HTML <table>
  inside (.md);
- a province's Thông báo kết luận of 2025 (Word-made PDF): the chairman's conclusions, tasks "trước ngày 15/8/2025";
- a city's (thành phố thuộc tỉnh) Kế hoạch of 2026 as a legacy .doc with money by year in prose and shares of
  sources in per cent.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g6 OUTDIR`
writes every file; the .doc and PDFs need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

DISTRICT = "g6_huyen-tanque_84-kh-ubnd_2020_bang-kinh-phi-nhom.docx"
PROGRAMME = "g6_tinh-sonha_52-ctr-ubnd_2021_phu-luc-chi-tieu.pdf"
SCRAPE = "g6_sgddt-longdien_1376-kh-sgddt_2019_html-br-nbsp.html"
COMMUNE = "g6_xa-phuocthanh_41-kh-ubnd_2024_wordseg.txt"
LETTER = "g6_tinh-hoaphong_1234-ubnd-kgvx_2023_cong-van-giao-viec.docx"
AMENDMENT = "g6_tinh-dongha_118-kh-ubnd_2022_sua-doi-md-html-table.md"
CONCLUSION = "g6_tinh-baoninh_287-tb-ubnd_2025_ket-luan-chu-tich.pdf"
CITY = "g6_tp-vinhbac_63-kh-ubnd_2026_kinh-phi-theo-nam-legacy.doc"


# ---------------------------------------------------------------------------
# 1. The district's plan of 2020 with a task table carrying money (.docx).

DISTRICT_FRONT = [
    ("p", "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"),
    ("p", "Căn cứ Quyết định số 2125/QĐ-UBND ngày 26 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh Quế Lâm ban hành Kế "
          "hoạch phòng, chống dịch bệnh động vật trên địa bàn tỉnh năm 2020;"),
    ("p", "Ủy ban nhân dân huyện Tân Quế ban hành Kế hoạch phòng, chống dịch bệnh gia súc, gia cầm trên địa bàn huyện "
          "năm 2020 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Chủ động phòng, chống, không để dịch bệnh nguy hiểm trên gia súc, gia cầm xảy ra và lây lan trên diện "
          "rộng; bảo vệ sản xuất chăn nuôi, sức khỏe cộng đồng và môi trường sinh thái."),
    ("p", "2. Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn xác định công tác phòng, chống dịch bệnh là "
          "nhiệm vụ trọng tâm, thường xuyên; huy động sự vào cuộc của cả hệ thống chính trị."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Khống chế kịp thời các ổ dịch cúm gia cầm, lở mồm long móng, dịch tả lợn châu Phi, không để dịch lây lan "
          "ra diện rộng; góp phần phát triển chăn nuôi bền vững, an toàn sinh học."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "- Tỷ lệ tiêm phòng vắc xin lở mồm long móng đạt trên 80% tổng đàn trâu, bò trong diện tiêm."),
    ("p", "- Tỷ lệ tiêm phòng vắc xin cúm gia cầm đạt 75% tổng đàn gia cầm trong diện tiêm."),
    ("p", "- 100% ổ dịch phát sinh được phát hiện, xử lý triệt để trong vòng 48 giờ."),
    ("p", "- Tiêu độc, khử trùng 02 đợt tại 100% chuồng trại chăn nuôi, chợ buôn bán gia súc, gia cầm."),
    ("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "Nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp, thời gian và kinh phí thực hiện theo bảng sau:"),
]

DISTRICT_TASKS = [
    ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
     "Kinh phí (triệu đồng)"],
    ["I.", "CÔNG TÁC TIÊM PHÒNG, TIÊU ĐỘC", "", "", "", ""],
    ["1", "Tổ chức tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng cho đàn trâu, bò đợt 1",
     "Trạm Chăn nuôi và Thú y huyện", "Ủy ban nhân dân các xã, thị trấn", "Tháng 5/2020", "420"],
    ["2", "Tổ chức tiêm phòng vắc xin cúm gia cầm đợt 1 và đợt 2",
     "Trạm Chăn nuôi và Thú y huyện", "Ủy ban nhân dân các xã, thị trấn", "Tháng 4 và tháng 10/2020", "315"],
    ["3", "Tổ chức 02 đợt tháng hành động vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi",
     "Ủy ban nhân dân các xã, thị trấn", "Trạm Chăn nuôi và Thú y huyện", "Tháng 3 và tháng 9/2020", "186"],
    ["II.", "CÔNG TÁC GIÁM SÁT, KIỂM DỊCH, TUYÊN TRUYỀN", "", "", "", ""],
    ["4", "Giám sát, lấy mẫu xét nghiệm chủ động tại các ổ dịch cũ và vùng có nguy cơ cao",
     "Trạm Chăn nuôi và Thú y huyện", "Phòng Nông nghiệp và Phát triển nông thôn", "Quý II/2020", "75"],
    ["5", "Kiểm tra hoạt động vận chuyển, buôn bán, giết mổ gia súc, gia cầm trên địa bàn",
     "Phòng Nông nghiệp và Phát triển nông thôn", "Công an huyện; Phòng Kinh tế và Hạ tầng", "Thường xuyên", ""],
    ["6", "Tuyên truyền các biện pháp phòng, chống dịch bệnh trên hệ thống truyền thanh huyện, xã",
     "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trạm Chăn nuôi và Thú y huyện", "Cả năm", "40"],
    ["", "Tổng cộng", "", "", "", "1.036"],
]

DISTRICT_END = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 1.036 triệu đồng (Một tỷ không trăm ba mươi sáu triệu đồng) từ nguồn "
          "ngân sách huyện năm 2020. Kinh phí hỗ trợ người chăn nuôi có gia súc, gia cầm buộc phải tiêu hủy do dịch "
          "bệnh thực hiện theo Nghị định số 02/2017/NĐ-CP ngày 09 tháng 01 năm 2017 của Chính phủ."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện chỉ "
          "đạo, theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo định kỳ 6 tháng, năm."),
    ("p", "2. Trạm Chăn nuôi và Thú y huyện chủ động dự trù vắc xin, hóa chất; hướng dẫn chuyên môn và tổ chức "
          "thực hiện các đợt tiêm phòng, giám sát dịch bệnh."),
    ("p", "3. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "4. Ủy ban nhân dân các xã, thị trấn thành lập Ban Chỉ đạo phòng, chống dịch bệnh cấp xã; bố trí kinh phí "
          "đối ứng, chỉ đạo thú y viên cơ sở thực hiện tiêm phòng đạt tỷ lệ quy định."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nông nghiệp "
          "và Phát triển nông thôn để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, giải quyết./."),
]


def district_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN QUẾ", "-------", "Số: 84/KH-UBND"],
            [*MOTTO, "Tân Quế, ngày 17 tháng 02 năm 2020"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống dịch bệnh gia súc, gia cầm trên địa bàn huyện Tân Quế năm 2020",
               bold=True, center=True)
    _body(doc, DISTRICT_FRONT)
    _table(doc, DISTRICT_TASKS, merges=(((1, 1), (1, 5)), ((5, 1), (5, 5))))
    _body(doc, DISTRICT_END)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Nông nghiệp và PTNT (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
                  "- CT, các PCT UBND huyện;", "- Như mục V;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Văn Sình"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The province's action programme of 2021 with an appendix of indicators (text PDF).

PROGRAMME_FRONT = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    ("p", "Căn cứ Nghị quyết số 06-NQ/TU ngày 12 tháng 3 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông "
          "nghiệp hữu cơ tỉnh Sơn Hà giai đoạn 2021 - 2025, định hướng đến năm 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Chương trình hành động thực hiện Nghị quyết số 06-NQ/TU với các nội dung "
          "sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu tổng quát"),
    ("p", "Phát triển nông nghiệp hữu cơ trở thành hướng sản xuất chủ lực của tỉnh, tạo ra sản phẩm an toàn, có giá "
          "trị gia tăng cao, bảo vệ môi trường và sức khỏe người tiêu dùng; nâng cao thu nhập cho nông dân."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "Các chỉ tiêu cụ thể đến năm 2025 và định hướng đến năm 2030 tại Phụ lục kèm theo Chương trình này."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("h", "1. Tuyên truyền, nâng cao nhận thức về nông nghiệp hữu cơ"),
    ("p", "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Thông tin và Truyền thông, Báo Sơn Hà, "
          "Đài Phát thanh và Truyền hình tỉnh tuyên truyền về lợi ích, quy trình sản xuất nông nghiệp hữu cơ; xây "
          "dựng chuyên mục định kỳ hằng tháng."),
    ("h", "2. Quy hoạch vùng sản xuất nông nghiệp hữu cơ tập trung"),
    ("p", "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường, Ủy ban nhân dân "
          "các huyện, thành phố rà soát, xác định vùng sản xuất hữu cơ tập trung đối với chè, rau, cây ăn quả; hoàn "
          "thành trong năm 2022."),
    ("h", "3. Hỗ trợ chứng nhận và xây dựng thương hiệu sản phẩm hữu cơ"),
    ("p", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Công Thương hỗ trợ các hợp tác xã, doanh nghiệp cấp "
          "giấy chứng nhận sản phẩm hữu cơ, đăng ký nhãn hiệu tập thể, chỉ dẫn địa lý cho sản phẩm chủ lực."),
    ("h", "4. Thu hút doanh nghiệp đầu tư vào nông nghiệp hữu cơ"),
    ("p", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu cơ chế khuyến khích doanh nghiệp đầu "
          "tư, liên kết sản xuất, tiêu thụ sản phẩm hữu cơ; ưu tiên lồng ghép các chương trình mục tiêu quốc gia."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp tình hình "
          "thực hiện Chương trình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính cân đối, bố trí kinh phí sự nghiệp để thực hiện các nhiệm vụ của Chương trình theo khả "
          "năng ngân sách."),
    ("p", "3. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện Chương trình tại địa phương; bố trí "
          "nguồn lực, hỗ trợ nông dân chuyển đổi sang sản xuất hữu cơ."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các sở, ngành, địa phương báo cáo Ủy ban nhân dân tỉnh (qua "
          "Sở Nông nghiệp và Phát triển nông thôn) để xem xét, điều chỉnh cho phù hợp./."),
]

PROGRAMME_INDICATORS = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030"],
    ["1", "Diện tích đất sản xuất nông nghiệp hữu cơ", "ha", "2.500", "6.000"],
    ["2", "Tỷ lệ diện tích sản xuất hữu cơ trên tổng diện tích đất nông nghiệp", "%", "2,5", "6"],
    ["3", "Số sản phẩm hữu cơ được cấp giấy chứng nhận", "sản phẩm", "30", "80"],
    ["4", "Tỷ lệ hợp tác xã nông nghiệp tham gia liên kết sản xuất hữu cơ", "%", "15", "35"],
]


def programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ", "-------", "Số: 52/CTr-UBND"],
            [*MOTTO, "Sơn Hà, ngày 20 tháng 4 năm 2021"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Nghị quyết số 06-NQ/TU ngày 12/3/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển "
               "nông nghiệp hữu cơ giai đoạn 2021 - 2025, định hướng đến năm 2030", bold=True, center=True)
    _body(doc, PROGRAMME_FRONT)
    closing(doc, ["- Bộ Nông nghiệp và PTNT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đinh Quang Vũ"])
    doc.add_page_break()
    _paragraph(doc, "Phụ lục", bold=True, center=True)
    _paragraph(doc, "CÁC CHỈ TIÊU PHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ ĐẾN NĂM 2025 VÀ NĂM 2030", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình hành động số 52/CTr-UBND ngày 20/4/2021 của Ủy ban nhân dân tỉnh)",
               italic=True, center=True)
    _table(doc, PROGRAMME_INDICATORS)
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. The province's letter of 2023 assigning tasks (.docx).

LETTER_BODY = [
    ("p", "Thực hiện Quyết định số 452/QĐ-TTg ngày 18 tháng 5 năm 2023 của Thủ tướng Chính phủ phê duyệt Đề án "
          "phát triển văn hóa đọc trong cộng đồng giai đoạn 2023 - 2030, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến "
          "chỉ đạo như sau:"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh, trình trước ngày 30/7/2023; hướng dẫn Thư viện "
          "tỉnh luân chuyển sách về các thư viện cơ sở."),
    ("p", "2. Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục xây dựng thư viện thân thiện, tổ chức Ngày Sách và "
          "Văn hóa đọc Việt Nam trong trường học; phấn đấu 100% trường tiểu học có tủ sách lớp học."),
    ("p", "3. Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Hòa Phong, Đài Phát thanh và Truyền hình tỉnh "
          "tuyên truyền về Đề án; phát triển thư viện số và tài nguyên số dùng chung."),
    ("p", "4. Sở Tài chính tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách hằng năm theo phân cấp."),
    ("p", "5. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo củng cố hệ thống thư viện cấp huyện, tủ sách "
          "cộng đồng tại các thôn, bản; lồng ghép với Chương trình mục tiêu quốc gia xây dựng nông thôn mới."),
    ("p", "Yêu cầu Thủ trưởng các sở, ngành và Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố triển khai "
          "thực hiện; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/12/2023 để tổng hợp, báo "
          "cáo Ủy ban nhân dân tỉnh./."),
]


def letter() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHONG", "-------", "Số: 1234/UBND-KGVX",
                  "V/v triển khai Đề án phát triển văn hóa đọc trong cộng đồng giai đoạn 2023 - 2030"],
            [*MOTTO, "Hòa Phong, ngày 12 tháng 6 năm 2023"], bold=(2, 2))
    _paragraph(doc, "Kính gửi:", center=False)
    for line in ["- Các sở: Văn hóa, Thể thao và Du lịch; Giáo dục và Đào tạo; Thông tin và Truyền thông; Tài chính;",
                 "- Ủy ban nhân dân các huyện, thị xã, thành phố."]:
        _paragraph(doc, line)
    _body(doc, LETTER_BODY)
    closing(doc, ["- Như trên;", "- CT, các PCT UBND tỉnh;", "- Thư viện tỉnh;", "- Lưu: VT, KGVX."],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lương Thị Hồng Nhung"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. The province's notice of the chairman's conclusions of 2025 (Word-made PDF).

CONCLUSION_BODY = [
    ("p", "Ngày 28 tháng 7 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Trịnh Văn Khải, Chủ tịch Ủy ban nhân "
          "dân tỉnh chủ trì cuộc họp nghe báo cáo tình hình triển khai xây dựng nhà ở xã hội trên địa bàn tỉnh. "
          "Tham dự cuộc họp có lãnh đạo các sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường, Tư pháp; lãnh đạo "
          "Ủy ban nhân dân các phường Bảo Châu, Ninh Giang."),
    ("p", "Sau khi nghe báo cáo của Sở Xây dựng và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận "
          "như sau:"),
    ("h", "1. Đánh giá chung"),
    ("p", "Sáu tháng đầu năm 2025, toàn tỉnh đã khởi công 03 dự án nhà ở xã hội với 2.140 căn, đạt 42% kế hoạch năm; "
          "tổng vốn đầu tư các dự án khoảng 1.860 tỷ đồng. Tuy nhiên, công tác giải phóng mặt bằng, thủ tục đầu tư "
          "còn chậm; một số chủ đầu tư chưa quyết liệt."),
    ("h", "2. Nhiệm vụ trong thời gian tới"),
    ("p", "a) Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quỹ đất 20% trong các dự án khu đô thị để bố trí "
          "nhà ở xã hội; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/8/2025."),
    ("p", "b) Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân phường Bảo Châu hoàn thành thủ tục "
          "giao đất, cho thuê đất dự án nhà ở xã hội phường Bảo Châu trước ngày 15/8/2025."),
    ("p", "c) Sở Tài chính tham mưu bố trí vốn ngân sách tỉnh ủy thác qua Ngân hàng Chính sách xã hội để cho vay mua, "
          "thuê mua nhà ở xã hội; hoàn thành trước ngày 30/9/2025."),
    ("p", "d) Sở Tư pháp thẩm định dự thảo Quyết định quy định tiêu chí lựa chọn chủ đầu tư dự án nhà ở xã hội trong "
          "thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ."),
    ("p", "đ) Ủy ban nhân dân các phường Bảo Châu, Ninh Giang tập trung giải phóng mặt bằng, bàn giao mặt bằng sạch "
          "cho chủ đầu tư trước ngày 15/8/2025."),
    ("p", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
]


def conclusion() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẢO NINH", "-------", "Số: 287/TB-UBND"],
            [*MOTTO, "Bảo Ninh, ngày 01 tháng 8 năm 2025"], bold=(2, 2))
    _paragraph(doc, "THÔNG BÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai xây dựng nhà ở "
               "xã hội trên địa bàn tỉnh", bold=True, center=True)
    _body(doc, CONCLUSION_BODY)
    closing(doc, ["- CT, các PCT UBND tỉnh;", "- Các sở: XD, TC, NNMT, TP;", "- UBND các phường Bảo Châu, Ninh Giang;",
                  "- Lưu: VT, KT."],
            ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "", "", "Mai Xuân Trường"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. The city's plan of 2026 with money by year and shares of sources (legacy .doc).

CITY_BODY = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 18 tháng 12 năm 2025 của Hội đồng nhân dân thành phố Vĩnh Bắc về "
          "chỉnh trang đô thị, phát triển cây xanh giai đoạn 2026 - 2027;"),
    ("p", "Ủy ban nhân dân thành phố ban hành Kế hoạch phát triển cây xanh đô thị trên địa bàn thành phố giai đoạn "
          "2026 - 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Cụ thể hóa Nghị quyết số 12/NQ-HĐND; huy động các nguồn lực xã hội phát triển hệ thống cây xanh, tạo "
          "cảnh quan đô thị xanh - sạch - đẹp; phân công rõ trách nhiệm của từng cơ quan, đơn vị."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. Đến hết năm 2027, trồng mới 12.000 cây xanh trên các tuyến phố, công viên, trường học."),
    ("p", "2. Diện tích cây xanh công cộng bình quân đạt 6 m2/người; 100% tuyến phố chính có cây bóng mát."),
    ("p", "3. Tỷ lệ cây xanh được quản lý bằng cơ sở dữ liệu số đạt 90%."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Phòng Quản lý đô thị chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng thành phố lập danh mục "
          "tuyến phố, công viên trồng mới, thay thế cây xanh; hoàn thành trong quý I/2026."),
    ("p", "2. Ban Quản lý dự án đầu tư xây dựng thành phố tổ chức trồng mới, thay thế cây xanh theo danh mục được "
          "duyệt."),
    ("p", "3. Phòng Văn hóa - Thông tin chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phát động "
          "phong trào \"Mỗi gia đình một cây xanh\", vận động doanh nghiệp, Nhân dân đóng góp."),
    ("p", "4. Phòng Tài nguyên và Môi trường xây dựng cơ sở dữ liệu số quản lý cây xanh đô thị; hoàn thành trong năm "
          "2027."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2027 là 2.700 triệu đồng, trong đó: Năm 2026: 1.200 "
          "triệu đồng; năm 2027: 1.500 triệu đồng."),
    ("p", "Nguồn kinh phí: ngân sách thành phố 70%, xã hội hóa 30%."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý đô thị là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ủy "
          "ban nhân dân thành phố trước ngày 10 tháng 12 hằng năm."),
    ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí từ ngân sách thành phố theo tiến độ hằng năm."),
    ("p", "3. Ủy ban nhân dân các phường, xã tổ chức chăm sóc, bảo vệ cây xanh trên địa bàn; vận động Nhân dân tham "
          "gia trồng cây."),
    ("p", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể tham gia tuyên truyền, vận động hội "
          "viên, đoàn viên hưởng ứng phong trào./."),
]


def city_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ VĨNH BẮC", "-------", "Số: 63/KH-UBND"],
            [*MOTTO, "Vĩnh Bắc, ngày 09 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển cây xanh đô thị trên địa bàn thành phố Vĩnh Bắc giai đoạn 2026 - 2027",
               bold=True, center=True)
    _body(doc, CITY_BODY)
    closing(doc, ["- UBND tỉnh Hà Quang (b/c);", "- TT Thành ủy, TT HĐND thành phố;", "- CT, các PCT UBND thành phố;",
                  "- Các phòng, ban, đơn vị thuộc thành phố;", "- UBND các phường, xã;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Kiều Minh Đức"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The Sở's plan of 2019 as a scraped HTML page (<br> line breaks, &nbsp; inside lines).

SCRAPE_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 1376/KH-SGDĐT năm 2019</title></head>
<body><div class="content1">
<div>SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>TỈNH LONG ĐIỀN<br>-------<br>Số:&nbsp;1376/KH-SGDĐT</div>
<div>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------<br>Long Điền,&nbsp;ngày 23 tháng 8 năm 2019</div>
<div><b>KẾ HOẠCH</b><br><b>Bồi dưỡng giáo viên cốt cán các cấp học năm học 2019 - 2020</b></div>
<div>Căn cứ Thông tư số 11/2019/TT-BGDĐT ngày 26 tháng 3 năm 2019 của Bộ Giáo dục và Đào tạo ban hành Quy chế bồi dưỡng thường xuyên giáo viên, cán bộ quản lý cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông;<br>
Căn cứ Quyết định số 845/QĐ-UBND ngày 02 tháng 4 năm 2019 của Ủy ban nhân dân tỉnh Long Điền phê duyệt Đề án nâng cao chất lượng đội ngũ nhà giáo giai đoạn 2019 - 2025;<br>
Sở Giáo dục và Đào tạo xây dựng Kế hoạch bồi dưỡng giáo viên cốt cán năm học 2019 - 2020 như sau:</div>
<div><b>I.&nbsp;MỤC ĐÍCH, YÊU CẦU</b><br>
1.&nbsp;Xây dựng đội ngũ giáo viên cốt cán đủ năng lực hỗ trợ đồng nghiệp triển khai Chương trình giáo dục phổ thông 2018.<br>
2.&nbsp;Việc bồi dưỡng bảo đảm thiết thực, hiệu quả, kết hợp trực tiếp và trực tuyến; không gây áp lực cho giáo viên.</div>
<div><b>II.&nbsp;MỤC TIÊU</b><br>
1.&nbsp;100% giáo viên cốt cán cấp tiểu học được bồi dưỡng mô đun 1, mô đun 2 trước khi triển khai chương trình lớp 1.<br>
2.&nbsp;Tối thiểu 95% giáo viên đại trà cấp tiểu học hoàn thành bồi dưỡng qua hệ thống LMS.<br>
3.&nbsp;Đào tạo 420 giáo viên cốt cán cấp trung học cơ sở, trung học phổ thông.</div>
<div><b>III.&nbsp;NỘI DUNG, NHIỆM VỤ</b><br>
1.&nbsp;Lựa chọn, cử giáo viên cốt cán tham gia bồi dưỡng<br>
Phòng Tổ chức cán bộ chủ trì, phối hợp với Phòng Giáo dục Tiểu học, Phòng Giáo dục Trung học rà soát, lựa chọn giáo viên cốt cán theo tiêu chuẩn quy định; hoàn thành trước ngày 15/9/2019.<br>
2.&nbsp;Tổ chức bồi dưỡng giáo viên cốt cán cấp tiểu học<br>
Phòng Giáo dục Tiểu học chủ trì, phối hợp với Trường Cao đẳng Sư phạm Long Điền tổ chức 08 lớp bồi dưỡng tập trung; hướng dẫn giáo viên cốt cán hỗ trợ đồng nghiệp trên hệ thống LMS.<br>
3.&nbsp;Tổ chức bồi dưỡng giáo viên cốt cán cấp trung học<br>
Phòng Giáo dục Trung học chủ trì, phối hợp với các trường trung học phổ thông tổ chức bồi dưỡng theo các mô đun của Bộ Giáo dục và Đào tạo; thời gian từ tháng 10/2019 đến tháng 5/2020.<br>
4.&nbsp;Kiểm tra, đánh giá kết quả bồi dưỡng<br>
Thanh tra Sở chủ trì, phối hợp với các phòng chuyên môn kiểm tra việc tổ chức bồi dưỡng tại các cơ sở giáo dục.</div>
<div><b>IV.&nbsp;KINH PHÍ</b><br>
Kinh phí tổ chức các lớp bồi dưỡng tập trung được bố trí từ nguồn sự nghiệp giáo dục năm 2019 giao cho Sở Giáo dục và Đào tạo là 1,25 tỷ đồng; các cơ sở giáo dục chi trả công tác phí cho giáo viên được cử đi học theo quy định hiện hành.</div>
<div><b>V.&nbsp;TỔ CHỨC THỰC HIỆN</b><br>
1.&nbsp;Phòng Tổ chức cán bộ là đầu mối tham mưu Giám đốc Sở triển khai, tổng hợp kết quả thực hiện Kế hoạch.<br>
2.&nbsp;Phòng Kế hoạch - Tài chính bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định.<br>
3.&nbsp;Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố cử giáo viên tham gia đầy đủ, tạo điều kiện để giáo viên cốt cán hỗ trợ đồng nghiệp.<br>
4.&nbsp;Hiệu trưởng các trường trung học phổ thông bố trí thời gian, cơ sở vật chất phục vụ bồi dưỡng.</div>
<div>Trên đây là Kế hoạch bồi dưỡng giáo viên cốt cán năm học 2019 - 2020 của Sở Giáo dục và Đào tạo./.</div>
<table><tr><td><b><i>Nơi nhận:</i></b><br>- Bộ GDĐT (b/c);<br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Phòng GDĐT các huyện, thị xã, thành phố;<br>- Các trường THPT;<br>- Lưu: VT, TCCB.</td>
<td><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC<br><br><br><br>Nguyễn Thị&nbsp;Mỹ Duyên</b></td></tr></table>
</div></body></html>
"""

# ---------------------------------------------------------------------------
# 4. The commune's plan of 2024 as word-segmented text.

COMMUNE_PLAIN = """\
ỦY BAN NHÂN DÂN
XÃ PHƯỚC THẠNH
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Thạnh, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Phát triển phong trào thể dục thể thao quần chúng trên địa bàn xã năm 2024
Căn cứ Kế hoạch số 27/KH-UBND ngày 20 tháng 01 năm 2024 của Ủy ban nhân dân huyện Châu Điền về phát triển thể dục thể thao năm 2024;
Ủy ban nhân dân xã Phước Thạnh xây dựng Kế hoạch phát triển phong trào thể dục thể thao quần chúng năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh cuộc vận động "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại"; nâng cao sức khỏe, đời sống tinh thần của Nhân dân.
II. CHỈ TIÊU
1. Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên đạt 38%.
2. Tỷ lệ hộ gia đình thể thao đạt 26%.
3. 100% ấp có ít nhất 01 câu lạc bộ thể dục thể thao.
III. NHIỆM VỤ
1. Tổ chức Đại hội thể dục thể thao xã lần thứ V: Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức trong tháng 7/2024.
2. Tổ chức giải bóng chuyền, kéo co chào mừng Quốc khánh 2/9: Đoàn Thanh niên xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã thực hiện.
3. Duy trì, phát triển các câu lạc bộ dưỡng sinh, võ cổ truyền: Hội Người cao tuổi xã chủ trì, phối hợp với Trường Trung học cơ sở Phước Thạnh thực hiện.
IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 85 triệu đồng, trong đó: ngân sách xã 60 triệu đồng; vận động xã hội hóa 25 triệu đồng.
V. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội tham mưu Ủy ban nhân dân xã triển khai, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Bộ phận Tài chính - Kế toán xã bố trí kinh phí theo dự toán được duyệt.
3. Trưởng các ấp vận động Nhân dân tham gia các hoạt động thể dục thể thao.
Nơi nhận:
- Phòng Văn hóa và Thông tin huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
- Các ấp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trương Văn Lộc
"""

# the compounds the word segmenter joined (as the dev set's segmented file: "Ủy_ban nhân_dân", "Kế_hoạch", "triệu đồng")
SEGMENTED_WORDS = [
    "Ủy ban", "nhân dân", "Kế hoạch", "KẾ HOẠCH", "Căn cứ", "thể dục", "thể thao", "quần chúng", "địa bàn",
    "phát triển", "phong trào", "Mục đích", "MỤC ĐÍCH", "YÊU CẦU", "CHỈ TIÊU", "NHIỆM VỤ", "KINH PHÍ", "TỔ CHỨC",
    "THỰC HIỆN", "thực hiện", "Tổ chức", "tổ chức", "Đại hội", "chủ trì", "phối hợp", "Thanh niên", "câu lạc bộ",
    "Tổng kinh phí", "ngân sách", "xã hội hóa", "vận động", "Công chức", "Văn hóa", "Xã hội", "tham mưu",
    "tổng hợp", "kết quả", "Tài chính", "Kế toán", "dự toán", "Nhân dân", "hoạt động", "Độc lập", "Tự do",
    "Hạnh phúc", "Nơi nhận", "người dân", "thường xuyên", "hộ gia đình", "sức khỏe", "đời sống", "tinh thần",
    "Quốc khánh", "Quân sự", "dưỡng sinh", "cổ truyền", "cao tuổi", "Trung học", "cơ sở", "Phát triển", "Tỷ lệ", "Phước Thạnh",
    "Châu Điền", "Trương Văn Lộc", "Chỉ huy", "bóng chuyền", "Thông tin", "triển khai", "theo dõi",
]


def _segmented(text: str) -> str:
    """The plain text as a word segmenter writes it: compounds joined by "_", a space before ";", ":" and ","."""
    for word in sorted(SEGMENTED_WORDS, key=len, reverse=True):
        text = re.sub(rf"(?<![\\w_]){re.escape(word)}(?![\\w_])", word.replace(" ", "_"), text)
    return re.sub(r"(?<=\S)([;:,])(?=\s|$)", r" \1", text, flags=re.M)


COMMUNE_TEXT = _segmented(COMMUNE_PLAIN)

# ---------------------------------------------------------------------------
# 6. The province's amending plan of 2022 as Markdown with an HTML task table.

AMENDMENT_TEXT = """\
**ỦY BAN NHÂN DÂN TỈNH ĐÔNG HÀ**
-------

Số: 118/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------

*Đông Hà, ngày 26 tháng 5 năm 2022*

**KẾ HOẠCH**

**Sửa đổi, bổ sung Kế hoạch số 35/KH-UBND ngày 14 tháng 02 năm 2022 của Ủy ban nhân dân tỉnh về phục hồi và phát triển du lịch năm 2022**

Căn cứ Nghị quyết số 11/NQ-CP ngày 30 tháng 01 năm 2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội;

Căn cứ Kế hoạch số 35/KH-UBND ngày 14 tháng 02 năm 2022 của Ủy ban nhân dân tỉnh về phục hồi và phát triển du lịch năm 2022;

Xét đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 96/TTr-SVHTTDL ngày 19 tháng 5 năm 2022, Ủy ban nhân dân tỉnh sửa đổi, bổ sung Kế hoạch số 35/KH-UBND như sau:

**I. SỬA ĐỔI MỤC TIÊU**

Sửa đổi khoản 2 mục I Kế hoạch số 35/KH-UBND như sau:

"2. Mục tiêu cụ thể

- Năm 2022, đón 2,8 triệu lượt khách du lịch, tăng 40% so với năm 2021;

- Tổng thu từ khách du lịch đạt 5.200 tỷ đồng;

- 90% cơ sở lưu trú du lịch được kiểm tra, đánh giá an toàn phòng, chống dịch."

**II. BỔ SUNG NHIỆM VỤ**

Bổ sung các nhiệm vụ sau vào Phụ lục nhiệm vụ của Kế hoạch số 35/KH-UBND:

<table>
<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr>
<tr><td>9</td><td>Tổ chức Tuần lễ văn hóa - du lịch biển Đông Hà năm 2022</td><td>Sở Văn hóa, Thể thao và Du lịch</td><td>UBND thành phố Hà Châu; Hiệp hội Du lịch tỉnh</td><td>Tháng 7/2022</td></tr>
<tr><td>10</td><td>Xây dựng bản đồ số du lịch tích hợp trên ứng dụng Đông Hà Smart</td><td>Sở Thông tin và Truyền thông</td><td>Sở Văn hóa, Thể thao và Du lịch</td><td>Quý III/2022</td></tr>
<tr><td>11</td><td>Hỗ trợ doanh nghiệp lữ hành tiếp cận gói tín dụng ưu đãi phục hồi du lịch</td><td>Ngân hàng Nhà nước chi nhánh tỉnh</td><td>Sở Kế hoạch và Đầu tư</td><td>Năm 2022</td></tr>
</table>

**III. BÃI BỎ NHIỆM VỤ**

Bãi bỏ nhiệm vụ số 4 "Tổ chức Lễ hội hoa đăng Đông Hà" tại Phụ lục nhiệm vụ của Kế hoạch số 35/KH-UBND.

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này và Kế hoạch số 35/KH-UBND.

2. Sở Tài chính tham mưu bổ sung kinh phí thực hiện các nhiệm vụ bổ sung từ nguồn dự phòng ngân sách tỉnh năm 2022.

3. Các nội dung khác của Kế hoạch số 35/KH-UBND giữ nguyên hiệu lực thi hành.

| **Nơi nhận:** - Bộ VHTTDL (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - CT, các PCT UBND tỉnh; - Như mục IV; - Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Huỳnh Thị Kim Loan** |
|---|---|
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SCRAPE).write_text(SCRAPE_PAGE, encoding="utf-8")
    (folder / COMMUNE).write_text(COMMUNE_TEXT, encoding="utf-8")
    (folder / AMENDMENT).write_text(AMENDMENT_TEXT, encoding="utf-8")
    (folder / DISTRICT).write_bytes(district_plan())
    (folder / LETTER).write_bytes(letter())
    (folder / PROGRAMME).write_bytes(_pdf(programme(), PROGRAMME))
    (folder / CONCLUSION).write_bytes(_pdf(conclusion(), CONCLUSION))
    (folder / CITY).write_bytes(_converted(city_plan(), CITY, "doc"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
