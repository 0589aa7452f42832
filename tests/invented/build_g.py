"""Invented documents of hold-out round G: LONG programmes dense with tasks.

The invented set's other documents are short (three activities on average); real plans run to 20-60
tasks and 10-25 responsibilities. This round's documents do too:

- a merged province's Kế hoạch in Word (2026) whose tasks are a landscape annex of 42 rows: "STT |
  Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm", group
  rows "I. ..." merged across every column (gridSpan), lead cells merged down (vMerge), partner cells
  of 4-6 agencies with commas ("UBND các xã, phường" among them), "Các sở, ban, ngành liên quan",
  "Hằng năm", "Quý II/2026", a product column ("Quyết định của UBND tỉnh", "Báo cáo"); its "Tổ chức
  thực hiện" 17 agencies, "N. Sở X:" with duties, the police, the military and the border guard,
  the province's newspaper-and-broadcaster, "Đề nghị Ủy ban MTTQ Việt Nam tỉnh ..." (.docx);
- a district's 2019 plan scraped to Markdown, its 26 tasks in prose under "1." groups, numbered
  "1.1.", each ending "Giao Phòng X chủ trì, phối hợp với ... thực hiện." or with a "Cơ quan thực
  hiện: ..." line, "-" and "+" bullets as their content, one partner list sharing its head ("các
  phòng: Tài chính - Kế hoạch, Nội vụ"); its "Tổ chức thực hiện" 16 agencies, some in capitals
  (.md);
- a provincial Party committee's Chương trình hành động (2021) as a text PDF: its tasks an annex
  table (landscape) with group rows "A" / "B" in the STT column and their title in the content cell,
  leads and partners from Party bodies (Ban Tuyên giáo Tỉnh ủy, Văn phòng Tỉnh ủy, Ban cán sự đảng
  UBND tỉnh, Đảng đoàn ...), 30 tasks; its "Tổ chức thực hiện" the committees of districts, the
  Party delegations, the Party's own boards (.pdf).

The second batch (golds written before their first extraction too):

- a ministry's Kế hoạch on its portal (2025): the annex an HTML table whose header is two rows deep ("Đơn vị thực
  hiện" over "Chủ trì | Phối hợp"), group rows a roman numeral and a title spanning the other columns, lead cells
  spanning rows (rowspan), partner cells listing the ministry's Cục, Vụ, Viện, Văn phòng Bộ, Thanh tra Bộ with
  <br> between them, other ministries and "UBND các tỉnh, thành phố trực thuộc Trung ương"; 34 tasks; its "Tổ chức
  thực hiện" 13 units, "Đề nghị ..." the provinces and the central mass organisations (.html);
- a merged commune's Kế hoạch (2025) in Word saved as a legacy .doc: its tasks lettered "a)", "b)" under numbered
  fields, each with its roles in brackets at its end ("(Phòng Kinh tế chủ trì; Trạm Y tế xã, Công an xã phối
  hợp)", "(Văn phòng HĐND và UBND xã chủ trì)"), 23 tasks; its "Tổ chức thực hiện" dash items "- Phòng Văn hóa - Xã
  hội: ..." of 14 bodies (.doc);
- a Sở's Kế hoạch (2016) in Word, three levels deep ("1." field, "1.1." group, "1.1.1." task), each task with an
  "Đơn vị chủ trì: ...; đơn vị phối hợp: ..." line and "+" bullets, the Sở's own offices (Phòng, Chi cục, Trung
  tâm, Quỹ) and the districts' ("Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố"); 24 tasks;
  its "Tổ chức thực hiện" 15 bodies, some grouped ("Sở Y tế, Sở Giáo dục và Đào tạo: ...") (.docx).

The third batch (golds written before their first extraction too):

- an older province's Chương trình hành động (2012, old-style tone marks "Uỷ ban", "khoá") as a text PDF: its
  annex a landscape table of 38 tasks, group rows lettered "A" ... "E" in the STT cell with their title merged over
  the other cells, lead cells merged down, partner cells of 2-5 agencies parted by semicolons with abbreviations
  ("Sở Nông nghiệp và PTNT"), long rows that wrap over page breaks; its "Tổ chức thực hiện" 5 items, two of them
  naming several bodies (.pdf);
- a Sở Y tế's plan as plain text (2020): each of its 21 tasks a numbered line "1.1. ..." under an upper-case field,
  its fields dash lines ("- Đơn vị chủ trì: ...", "- Đơn vị phối hợp: ...; ...", "- Thời gian thực hiện: ..."),
  leads and partners the Sở's own units (Phòng Nghiệp vụ Y, Thanh tra Sở), hospitals, the CDC, the border post and
  the customs of a border gate; its "Tổ chức thực hiện" 9 items, some naming three hospitals (.txt).

Everything is invented (the provinces, districts, names, numbers, dates). `python -m
tests.invented.build_g OUTDIR` writes the files (the PDF only when soffice is found).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_r import _front, _soffice
from tests.invented.build_u import _body, _landscape, _repeat_header
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

PROVINCE = "g_tinh-hoalam_215-kh-ubnd_2026_phu-luc-42-nhiem-vu.docx"
DISTRICT = "g_huyen-thachlam_86-kh-ubnd_2019_giao-chu-tri-van-xuoi.md"
PARTY = "g_tinhuy-namduong_27-ctr-tu_2021_phu-luc-ban-dang.pdf"
MINISTRY = "g_bnnmt_2150-kh-bnnmt_2025_portal-phu-luc-hai-dong.html"
COMMUNE = "g_xa-tanlocbac_58-kh-ubnd_2025_chu-tri-trong-ngoac.doc"
DEPARTMENT = "g_sldtbxh-vinhthuan_412-kh-sldtbxh_2016_ba-cap.docx"
KIMLONG = "g_tinh-kimlong_27-ctr-ubnd_2012_phu-luc-chu-cai-pdf.pdf"
HEALTH = "g_syt-thanhson_1318-kh-syt_2020_truong-gach-dau-dong.txt"


# ---------------------------------------------------------------------------
# 1. The province's annex of 42 tasks.

P_ALL = "Các sở, ban, ngành liên quan"
P_COMMUNES = "UBND các xã, phường"

PROVINCE_GROUPS = [
    ("I. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH VÀ QUY HOẠCH", [
        ("Rà soát, tham mưu sửa đổi quy định về quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp, Sở Tài chính, Sở Nông nghiệp và Môi trường, UBND các xã, phường",
         "Quý II/2026", "Quyết định của UBND tỉnh"),
        ("Xây dựng chính sách hỗ trợ phát triển sản phẩm du lịch nông nghiệp, nông thôn giai đoạn 2026 - 2030", "",
         "Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Tư pháp", "Quý III/2026", "Nghị quyết của HĐND tỉnh"),
        ("Rà soát, điều chỉnh danh mục khu, điểm du lịch trong quy hoạch tỉnh", "Sở Xây dựng",
         "Sở Văn hóa, Thể thao và Du lịch, Sở Nông nghiệp và Môi trường, Sở Tài chính, UBND các xã, phường",
         "Năm 2026", "Báo cáo rà soát"),
        ("Lập quy hoạch chi tiết khu du lịch sinh thái hồ Thác Ngàn", "", "Sở Văn hóa, Thể thao và Du lịch, "
         "Sở Nông nghiệp và Môi trường, Bộ Chỉ huy Quân sự tỉnh, UBND xã Thác Ngàn", "Năm 2027", "Đồ án quy hoạch"),
        ("Ban hành bộ tiêu chí đánh giá điểm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch",
         "Sở Khoa học và Công nghệ, Hiệp hội Du lịch tỉnh", "Quý IV/2026", "Quyết định của UBND tỉnh"),
        ("Hướng dẫn thủ tục công nhận điểm du lịch trên Cổng Dịch vụ công của tỉnh", "",
         "Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ", "Quý IV/2026", "Văn bản hướng dẫn"),
        ("Tham mưu cơ chế thu hút nhà đầu tư chiến lược vào các khu du lịch trọng điểm", "Sở Tài chính",
         "Sở Văn hóa, Thể thao và Du lịch, Ban Quản lý các khu kinh tế tỉnh, Sở Xây dựng", "Năm 2027",
         "Đề án"),
        ("Xây dựng quy chế phối hợp quản lý an ninh, trật tự tại các khu, điểm du lịch", "Công an tỉnh",
         "Sở Văn hóa, Thể thao và Du lịch, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã, phường", "Quý III/2026",
         "Quy chế phối hợp"),
    ]),
    ("II. PHÁT TRIỂN SẢN PHẨM VÀ THƯƠNG HIỆU DU LỊCH", [
        ("Phát triển sản phẩm du lịch văn hóa gắn với lễ hội truyền thống của đồng bào các dân tộc",
         "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường, Hiệp hội Du lịch tỉnh", "Hằng năm",
         "Sản phẩm du lịch"),
        ("Xây dựng và quảng bá thương hiệu \"Hòa Lâm - sắc màu đại ngàn\"", "",
         "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh, Báo và Phát thanh, Truyền hình Hòa Lâm",
         "Năm 2026", "Bộ nhận diện thương hiệu"),
        ("Phục dựng 05 lễ hội truyền thống tiêu biểu phục vụ khách du lịch", "", P_COMMUNES, "2026 - 2028",
         "Lễ hội được phục dựng"),
        ("Phát triển sản phẩm du lịch nông nghiệp gắn với vùng trồng cà phê, mắc ca", "Sở Nông nghiệp và Môi trường",
         "Sở Văn hóa, Thể thao và Du lịch, Sở Công Thương, Hội Nông dân tỉnh, UBND các xã, phường", "2026 - 2030",
         "Mô hình du lịch nông nghiệp"),
        ("Chuẩn hóa và nâng hạng sản phẩm OCOP phục vụ khách du lịch", "", "Sở Công Thương, Sở Khoa học và Công nghệ",
         "Hằng năm", "Sản phẩm OCOP"),
        ("Phát triển du lịch thể thao mạo hiểm tại vùng hồ và cao nguyên", "Sở Văn hóa, Thể thao và Du lịch",
         "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Y tế, UBND các xã, phường", "2027 - 2030", "Tour, tuyến mới"),
        ("Xây dựng tuyến du lịch liên vùng với các tỉnh Tây Nguyên và duyên hải", "", P_ALL, "2026 - 2030",
         "Chương trình hợp tác"),
        ("Phát triển du lịch biên giới gắn với cửa khẩu quốc tế Đắk Ruê", "Sở Ngoại vụ",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sở Công Thương, Công an tỉnh, Sở Văn hóa, Thể thao và Du lịch, "
         "UBND xã Đắk Ruê", "2027 - 2030", "Báo cáo đánh giá"),
        ("Tổ chức Tuần Văn hóa - Du lịch tỉnh Hòa Lâm", "Sở Văn hóa, Thể thao và Du lịch",
         "Sở Tài chính, Công an tỉnh, Sở Y tế, Sở Công Thương, UBND phường Hòa Lâm", "Hằng năm", "Sự kiện"),
    ]),
    ("III. ĐẦU TƯ KẾT CẤU HẠ TẦNG DU LỊCH", [
        ("Đầu tư tuyến đường kết nối trung tâm tỉnh với khu du lịch hồ Thác Ngàn", "Sở Xây dựng",
         "Sở Tài chính, UBND xã Thác Ngàn", "2026 - 2028", "Công trình hoàn thành"),
        ("Xây dựng hệ thống biển chỉ dẫn, điểm dừng chân tại các tuyến du lịch chính", "",
         "Sở Văn hóa, Thể thao và Du lịch, UBND các xã, phường", "Năm 2027", "Hệ thống biển chỉ dẫn"),
        ("Nâng cấp hạ tầng điện, nước sạch tại các điểm du lịch cộng đồng", "Sở Công Thương",
         "Sở Nông nghiệp và Môi trường, Công ty Điện lực Hòa Lâm, UBND các xã, phường", "2026 - 2029",
         "Công trình hoàn thành"),
        ("Đầu tư nhà vệ sinh công cộng đạt chuẩn tại các khu, điểm du lịch", "UBND các xã, phường",
         "Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính", "2026 - 2027", "Nhà vệ sinh đạt chuẩn"),
        ("Kêu gọi đầu tư cơ sở lưu trú từ 4 sao trở lên tại thành phố Hòa Lâm cũ", "Sở Tài chính",
         "Sở Văn hóa, Thể thao và Du lịch, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", "2026 - 2030",
         "Danh mục dự án"),
        ("Bố trí quỹ đất phát triển dịch vụ du lịch tại các khu vực ven hồ", "Sở Nông nghiệp và Môi trường",
         "Sở Xây dựng, Sở Tài chính, UBND các xã, phường", "Năm 2027", "Kế hoạch sử dụng đất"),
        ("Phủ sóng di động 4G, 5G tại các khu, điểm du lịch", "Sở Khoa học và Công nghệ",
         "Các doanh nghiệp viễn thông, UBND các xã, phường", "Năm 2026", "Hạ tầng viễn thông"),
    ]),
    ("IV. CHUYỂN ĐỔI SỐ VÀ XÚC TIẾN, QUẢNG BÁ DU LỊCH", [
        ("Xây dựng cơ sở dữ liệu du lịch tỉnh kết nối với cơ sở dữ liệu quốc gia về du lịch",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh", "Quý IV/2026",
         "Cơ sở dữ liệu"),
        ("Triển khai ứng dụng du lịch thông minh Hòa Lâm Travel", "", "Sở Khoa học và Công nghệ, Hiệp hội Du lịch tỉnh",
         "Năm 2026", "Ứng dụng"),
        ("Số hóa 30 di tích, điểm đến tiêu biểu bằng công nghệ thực tế ảo", "", "Sở Khoa học và Công nghệ, "
         "Bảo tàng tỉnh, UBND các xã, phường", "2026 - 2028", "Dữ liệu số"),
        ("Tổ chức đoàn famtrip, presstrip giới thiệu điểm đến Hòa Lâm",
         "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", "Sở Văn hóa, Thể thao và Du lịch, Hiệp hội Du lịch tỉnh",
         "Hằng năm", "Đoàn khảo sát"),
        ("Tham gia các hội chợ du lịch quốc tế tại Thành phố Hồ Chí Minh và Hà Nội", "", "Sở Văn hóa, Thể thao và "
         "Du lịch, Sở Ngoại vụ, Sở Công Thương", "Hằng năm", "Gian hàng tham gia"),
        ("Mở chuyên trang, chuyên mục quảng bá du lịch trên báo in, báo điện tử và truyền hình",
         "Báo và Phát thanh, Truyền hình Hòa Lâm", "Sở Văn hóa, Thể thao và Du lịch", "Hằng năm", "Chuyên mục"),
        ("Quảng bá du lịch trên mạng xã hội và nền tảng số", "Sở Văn hóa, Thể thao và Du lịch",
         "Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", "Hằng năm",
         "Sản phẩm truyền thông"),
        ("Xây dựng hệ thống thanh toán không dùng tiền mặt tại các điểm du lịch", "Ngân hàng Nhà nước Khu vực 11",
         "Sở Văn hóa, Thể thao và Du lịch, Các tổ chức tín dụng trên địa bàn", "Năm 2027", "Điểm thanh toán"),
    ]),
    ("V. PHÁT TRIỂN NGUỒN NHÂN LỰC VÀ BẢO ĐẢM MÔI TRƯỜNG DU LỊCH", [
        ("Đào tạo, bồi dưỡng kỹ năng cho lao động làm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch",
         "Sở Nội vụ, Trường Cao đẳng Hòa Lâm, UBND các xã, phường", "Hằng năm", "Lớp bồi dưỡng"),
        ("Đưa nội dung giáo dục du lịch, di sản vào hoạt động trải nghiệm trong trường học", "Sở Giáo dục và Đào tạo",
         "Sở Văn hóa, Thể thao và Du lịch, Tỉnh Đoàn", "Từ năm học 2026 - 2027", "Chương trình trải nghiệm"),
        ("Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh dịch vụ du lịch", "Sở Y tế",
         "Sở Công Thương, Sở Nông nghiệp và Môi trường, Công an tỉnh, UBND các xã, phường", "Hằng năm",
         "Báo cáo kiểm tra"),
        ("Bảo đảm an ninh, trật tự, phòng chống tội phạm tại các khu, điểm du lịch", "Công an tỉnh",
         "Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã, phường", "Thường xuyên",
         "Báo cáo"),
        ("Thu gom, xử lý rác thải tại các khu du lịch, không để ô nhiễm môi trường", "Sở Nông nghiệp và Môi trường",
         P_COMMUNES, "Thường xuyên", "Báo cáo"),
        ("Xử lý tình trạng chèo kéo, nâng giá dịch vụ đối với khách du lịch", "UBND các xã, phường",
         "Công an tỉnh, Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên", "Báo cáo"),
        ("Cứu hộ, cứu nạn tại các điểm du lịch sông, hồ, núi", "Bộ Chỉ huy Quân sự tỉnh",
         "Công an tỉnh, Sở Y tế, UBND các xã, phường", "Thường xuyên", "Phương án cứu hộ"),
        ("Tổ chức bình chọn, tôn vinh doanh nghiệp, cá nhân tiêu biểu trong hoạt động du lịch", "Hiệp hội Du lịch tỉnh",
         "Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ", "Hai năm một lần", "Quyết định khen thưởng"),
        ("Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch", P_ALL,
         "Năm 2028", "Báo cáo sơ kết"),
        ("Tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030", "", P_ALL, "Quý IV/2030", "Báo cáo tổng kết"),
    ]),
]


def province_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA LÂM", "-------", "Số: 215/KH-UBND"], "Hòa Lâm, ngày 16 tháng 3 năm 2026",
           "Phát triển du lịch tỉnh Hòa Lâm giai đoạn 2026 - 2030")
    _body(doc, (
        ("p", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"),
        ("p", "Căn cứ Nghị quyết số 82/NQ-CP ngày 18 tháng 5 năm 2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu "
              "đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững;"),
        ("p", "Căn cứ Nghị quyết số 34/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Hòa Lâm về phát "
              "triển du lịch trở thành ngành kinh tế mũi nhọn giai đoạn 2026 - 2030;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch tỉnh Hòa Lâm giai đoạn 2026 - 2030 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát triển du lịch trở thành ngành kinh tế mũi nhọn, gắn với bảo tồn, phát huy giá trị văn hóa của "
              "đồng bào các dân tộc và bảo vệ môi trường sinh thái."),
        ("h", "2. Mục tiêu cụ thể đến năm 2030"),
        ("p", "- Tốc độ tăng trưởng lượng khách du lịch bình quân đạt 12%/năm;"),
        ("p", "- Tỷ trọng du lịch đóng góp vào GRDP của tỉnh đạt 8,5%;"),
        ("p", "- 100% khu, điểm du lịch được kết nối với cơ sở dữ liệu du lịch của tỉnh."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm chi tiết tại Phụ lục "
              "kèm theo Kế hoạch này."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép "
              "các chương trình, dự án và nguồn xã hội hóa."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Văn hóa, Thể thao và Du lịch: là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, đôn đốc các cơ "
              "quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm."),
        ("p", "2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch; kêu gọi, thu hút đầu tư vào lĩnh vực du "
              "lịch."),
        ("p", "3. Sở Xây dựng: quản lý quy hoạch, đầu tư hạ tầng giao thông kết nối các khu, điểm du lịch."),
        ("p", "4. Sở Nông nghiệp và Môi trường: bố trí quỹ đất, bảo vệ môi trường tại các khu, điểm du lịch."),
        ("p", "5. Sở Công Thương: phát triển hệ thống phân phối, sản phẩm công nghiệp nông thôn phục vụ du lịch."),
        ("p", "6. Sở Khoa học và Công nghệ: hướng dẫn chuyển đổi số trong lĩnh vực du lịch."),
        ("p", "7. Sở Giáo dục và Đào tạo: đưa giáo dục du lịch, di sản vào trường học."),
        ("p", "8. Sở Y tế: bảo đảm công tác y tế, an toàn thực phẩm phục vụ khách du lịch."),
        ("p", "9. Sở Ngoại vụ: quảng bá du lịch trong hoạt động đối ngoại của tỉnh."),
        ("p", "10. Sở Nội vụ: đào tạo nghề, giải quyết việc làm cho lao động du lịch."),
        ("p", "11. Công an tỉnh: bảo đảm an ninh, trật tự, an toàn cho khách du lịch; quản lý lưu trú, xuất nhập cảnh."),
        ("p", "12. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh: phối hợp bảo đảm an ninh khu vực biên "
              "giới, cứu hộ, cứu nạn tại các khu, điểm du lịch."),
        ("p", "13. Báo và Phát thanh, Truyền hình Hòa Lâm: tuyên truyền, quảng bá hình ảnh du lịch của tỉnh."),
        ("p", "14. Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh: tổ chức các hoạt động xúc tiến du lịch "
              "trong và ngoài nước."),
        ("p", "15. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch triển khai trên địa bàn; quản lý các điểm du "
              "lịch cộng đồng."),
        ("p", "16. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: tuyên "
              "truyền, vận động Nhân dân tham gia phát triển du lịch."),
        ("p", "17. Hiệp hội Du lịch tỉnh: vận động hội viên nâng cao chất lượng dịch vụ, xây dựng văn hóa kinh "
              "doanh du lịch."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở "
              "Văn hóa, Thể thao và Du lịch) để xem xét, giải quyết./."),
    ))
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Rơ Mah Thị Hạnh"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "NHIỆM VỤ PHÁT TRIỂN DU LỊCH TỈNH HÒA LÂM GIAI ĐOẠN 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 215/KH-UBND ngày 16 tháng 3 năm 2026 của UBND tỉnh Hòa Lâm)", italic=True,
               center=True)
    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]]
    merges, n = [], 0
    for title, tasks in PROVINCE_GROUPS:
        merges.append(((len(rows), 0), (len(rows), 5)))
        rows.append([title, "", "", "", "", ""])
        start = None
        for content, lead, partner, when, product in tasks:
            n += 1
            if lead:
                start = len(rows)
            elif start is not None:
                merges = [m for m in merges if m[0] != (start, 2)] + [((start, 2), (len(rows), 2))]
            rows.append([str(n), content, lead, partner, when, product])
    table = _table(doc, rows, merges=tuple(merges))
    _widths(table, [1.1, 8.5, 4.2, 6.8, 2.4, 2.7])
    _repeat_header(table)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The district's tasks in prose, scraped to Markdown.

DISTRICT_MD = """**ỦY BAN NHÂN DÂN**
**HUYỆN THẠCH LÂM**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 86/KH-UBND

*Thạch Lâm, ngày 22 tháng 02 năm 2019*

# KẾ HOẠCH

## Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Thạch Lâm năm 2019

Căn cứ Quyết định số 1600/QĐ-TTg ngày 16 tháng 8 năm 2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020;

Căn cứ Kế hoạch số 25/KH-UBND ngày 30 tháng 01 năm 2019 của Ủy ban nhân dân tỉnh Quảng Hòa về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2019;

Ủy ban nhân dân huyện Thạch Lâm xây dựng Kế hoạch thực hiện năm 2019 như sau:

## I. MỤC TIÊU

**1. Mục tiêu chung:** Tiếp tục huy động các nguồn lực xây dựng nông thôn mới, nâng cao đời sống vật chất, tinh thần của Nhân dân.

**2. Mục tiêu cụ thể năm 2019:**

- Có thêm 03 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 11/18 xã;
- Tỷ lệ hộ nghèo giảm còn 6,5%;
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91%.

## II. NHIỆM VỤ VÀ GIẢI PHÁP

**1. Công tác quy hoạch và chỉ đạo, điều hành**

1.1. Rà soát, điều chỉnh quy hoạch chung xây dựng xã nông thôn mới phù hợp với quy hoạch vùng huyện. Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài nguyên và Môi trường, UBND các xã thực hiện.

1.2. Kiện toàn Ban Chỉ đạo, Văn phòng Điều phối nông thôn mới huyện; phân công thành viên phụ trách xã. Giao Phòng Nội vụ chủ trì, phối hợp với Văn phòng Điều phối nông thôn mới huyện thực hiện.

1.3. Xây dựng kế hoạch kiểm tra, giám sát định kỳ tại các xã đăng ký đạt chuẩn năm 2019:

- Kiểm tra tiến độ thực hiện các tiêu chí;
- Giám sát việc quản lý, sử dụng vốn hỗ trợ.

Giao Văn phòng Điều phối nông thôn mới huyện chủ trì, phối hợp với các phòng: Tài chính - Kế hoạch, Nội vụ thực hiện.

1.4. Tổ chức sơ kết 6 tháng, tổng kết năm về xây dựng nông thôn mới. Cơ quan thực hiện: Văn phòng Điều phối nông thôn mới huyện.

**2. Phát triển hạ tầng kinh tế - xã hội**

2.1. Cứng hóa 25 km đường giao thông nông thôn theo cơ chế Nhà nước và Nhân dân cùng làm. Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, UBND các xã thực hiện.

2.2. Kiên cố hóa 8 km kênh mương nội đồng. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trạm Thủy nông Thạch Lâm, UBND các xã thực hiện.

2.3. Đầu tư xây dựng, sửa chữa trường học đạt chuẩn quốc gia:

+ Trường Mầm non Thạch Hòa, Trường Tiểu học Thạch Bình;
+ Trường Trung học cơ sở Thạch Sơn.

Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện, UBND các xã có trường thực hiện.

2.4. Xây dựng, nâng cấp nhà văn hóa thôn và khu thể thao xã. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, UBND các xã thực hiện.

2.5. Cải tạo lưới điện nông thôn bảo đảm an toàn, đạt tiêu chí số 4 về điện. Cơ quan thực hiện: Điện lực Thạch Lâm; UBND các xã.

2.6. Nâng cấp trạm y tế xã đạt chuẩn quốc gia về y tế. Giao Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Y tế, UBND các xã thực hiện.

2.7. Xây dựng chợ nông thôn tại xã Thạch Hòa. Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với UBND xã Thạch Hòa thực hiện.

**3. Phát triển sản xuất, nâng cao thu nhập cho người dân**

3.1. Chuyển đổi 350 ha đất lúa kém hiệu quả sang trồng cây ăn quả, rau an toàn. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trạm Khuyến nông huyện, UBND các xã thực hiện.

3.2. Xây dựng 05 mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng, Hội Nông dân huyện, các hợp tác xã thực hiện.

3.3. Triển khai Chương trình mỗi xã một sản phẩm (OCOP), phấn đấu có 06 sản phẩm đạt từ 3 sao trở lên. Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn, Phòng Tài chính - Kế hoạch thực hiện.

3.4. Đào tạo nghề cho 900 lao động nông thôn. Giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện, UBND các xã thực hiện.

3.5. Giải ngân vốn vay ưu đãi cho hộ nghèo, hộ cận nghèo phát triển sản xuất. Cơ quan thực hiện: Phòng Giao dịch Ngân hàng Chính sách xã hội huyện; Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Hội Cựu chiến binh huyện, Huyện đoàn.

3.6. Phát triển hợp tác xã kiểu mới, thành lập mới 04 hợp tác xã. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh, UBND các xã thực hiện.

**4. Văn hóa - xã hội, môi trường, an ninh trật tự**

4.1. Nâng cao chất lượng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện, UBND các xã thực hiện.

4.2. Vận động người dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện. Giao Bảo hiểm xã hội huyện chủ trì, phối hợp với Phòng Y tế, Phòng Lao động - Thương binh và Xã hội, UBND các xã thực hiện.

4.3. Thu gom, xử lý rác thải sinh hoạt; xây dựng 02 điểm tập kết rác thải tại mỗi xã. Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã, Ban Quản lý công trình công cộng huyện thực hiện.

4.4. Cung cấp nước sạch, nâng tỷ lệ hộ dùng nước hợp vệ sinh. Cơ quan thực hiện: Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh; UBND các xã.

4.5. Xây dựng xã đạt chuẩn về an ninh, trật tự. Giao Công an huyện chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện, UBND các xã thực hiện.

4.6. Tuyên truyền về xây dựng nông thôn mới trên hệ thống truyền thanh. Giao Đài Truyền thanh - Truyền hình huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin, UBND các xã thực hiện.

4.7. Xây dựng "Khu dân cư nông thôn mới kiểu mẫu" tại 05 thôn. Giao UBND các xã Thạch Hòa, Thạch Bình chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện thực hiện.

## III. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch năm 2019 là 48.650 triệu đồng, trong đó: ngân sách trung ương 21.300 triệu đồng; ngân sách tỉnh 12.500 triệu đồng; ngân sách huyện 9.850 triệu đồng; vốn huy động Nhân dân đóng góp 5.000 triệu đồng.

## IV. TỔ CHỨC THỰC HIỆN

**1. VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI HUYỆN:** Là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Ban Chỉ đạo huyện định kỳ hằng quý.

**2. PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN:** Hướng dẫn các xã thực hiện các tiêu chí thuộc ngành; chỉ đạo phát triển sản xuất.

**3. PHÒNG TÀI CHÍNH - KẾ HOẠCH:** Tham mưu phân bổ, lồng ghép nguồn vốn; hướng dẫn thanh quyết toán.

**4. PHÒNG KINH TẾ VÀ HẠ TẦNG:** Hướng dẫn thực hiện các tiêu chí về giao thông, điện, chợ, nhà ở dân cư.

**5. Phòng Tài nguyên và Môi trường:** Hướng dẫn thực hiện tiêu chí môi trường và an toàn thực phẩm.

**6. Phòng Giáo dục và Đào tạo:** Chỉ đạo thực hiện tiêu chí trường học và giáo dục.

**7. Phòng Văn hóa và Thông tin:** Hướng dẫn thực hiện tiêu chí văn hóa, thông tin và truyền thông.

**8. Phòng Y tế, Trung tâm Y tế huyện:** Chỉ đạo thực hiện tiêu chí y tế.

**9. Phòng Lao động - Thương binh và Xã hội:** Hướng dẫn thực hiện tiêu chí về hộ nghèo, lao động có việc làm.

**10. Phòng Nội vụ:** Hướng dẫn thực hiện tiêu chí hệ thống tổ chức chính trị; tham mưu khen thưởng.

**11. Công an huyện:** Hướng dẫn, kiểm tra tiêu chí quốc phòng và an ninh (phần an ninh).

**12. Ban Chỉ huy Quân sự huyện:** Hướng dẫn tiêu chí quốc phòng và an ninh (phần quốc phòng).

**13. Đài Truyền thanh - Truyền hình huyện:** Mở chuyên mục tuyên truyền về xây dựng nông thôn mới.

**14. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện:** Đẩy mạnh Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".

**15. Ủy ban nhân dân các xã:** Xây dựng kế hoạch cụ thể; huy động nguồn lực; báo cáo kết quả định kỳ về Văn phòng Điều phối nông thôn mới huyện./.

**Nơi nhận:**
- UBND tỉnh Quảng Hòa (b/c);
- VP Điều phối NTM tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Thành viên BCĐ huyện;
- UBND các xã;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Trương Văn Lộc**
"""


# ---------------------------------------------------------------------------
# 3. The provincial Party committee's programme with an annex of Party bodies' tasks.

PARTY_GROUPS = [
    ("A", "CÔNG TÁC TUYÊN TRUYỀN, QUÁN TRIỆT", [
        ("Tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng đến cán bộ chủ chốt toàn tỉnh",
         "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy, Trường Chính trị tỉnh", "Quý II/2021"),
        ("Biên soạn tài liệu hỏi - đáp về Nghị quyết cho đảng viên ở chi bộ", "",
         "Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy", "Quý III/2021"),
        ("Mở chuyên mục tuyên truyền việc thực hiện Nghị quyết trên báo, đài", "Báo Nam Dương",
         "Đài Phát thanh và Truyền hình tỉnh, Ban Tuyên giáo Tỉnh ủy", "Thường xuyên"),
        ("Định hướng thông tin, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
         "Ban Tuyên giáo Tỉnh ủy", "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Thông tin và Truyền thông",
         "Thường xuyên"),
        ("Tổ chức cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Nam Dương", "", "Tỉnh đoàn, Hội Cựu chiến binh tỉnh, "
         "Liên đoàn Lao động tỉnh", "Năm 2022"),
    ]),
    ("B", "XÂY DỰNG, CHỈNH ĐỐN ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ", [
        ("Xây dựng Đề án nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021 - 2025", "Ban Tổ chức Tỉnh ủy",
         "Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, các huyện ủy, thị ủy, thành ủy", "Quý IV/2021"),
        ("Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025 - 2030", "",
         "Ban cán sự đảng UBND tỉnh, các đảng đoàn, các huyện ủy, thị ủy, thành ủy", "Năm 2022"),
        ("Ban hành quy định về phân cấp quản lý cán bộ", "", "Văn phòng Tỉnh ủy, Ban Nội chính Tỉnh ủy", "Năm 2022"),
        ("Sắp xếp tổ chức bộ máy các cơ quan đảng, Mặt trận Tổ quốc và các đoàn thể", "",
         "Ban Dân vận Tỉnh ủy, Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh", "2021 - 2023"),
        ("Xây dựng chương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ tỉnh",
         "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy", "Quý III/2021"),
        ("Kiểm tra, giám sát việc thực hiện Quy định về những điều đảng viên không được làm", "",
         "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Hằng năm"),
        ("Đẩy mạnh phòng, chống tham nhũng, tiêu cực; xử lý nghiêm vi phạm", "Ban Nội chính Tỉnh ủy",
         "Thanh tra tỉnh, Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh", "Thường xuyên"),
        ("Nâng cao chất lượng công tác dân vận của chính quyền các cấp", "Ban Dân vận Tỉnh ủy",
         "Ban cán sự đảng UBND tỉnh, Sở Nội vụ", "Hằng năm"),
        ("Chuyển đổi số trong hoạt động của các cơ quan đảng", "Văn phòng Tỉnh ủy",
         "Ban Tổ chức Tỉnh ủy, Sở Thông tin và Truyền thông", "2021 - 2025"),
    ]),
    ("C", "PHÁT TRIỂN KINH TẾ - XÃ HỘI", [
        ("Lãnh đạo xây dựng Quy hoạch tỉnh Nam Dương thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
         "Ban cán sự đảng UBND tỉnh", "Sở Kế hoạch và Đầu tư, các sở, ban, ngành", "Năm 2022"),
        ("Ban hành Nghị quyết chuyên đề về phát triển nông nghiệp công nghệ cao", "",
         "Sở Nông nghiệp và Phát triển nông thôn, Ban Kinh tế Tỉnh ủy", "Năm 2022"),
        ("Đẩy mạnh cải thiện môi trường đầu tư, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh", "",
         "Sở Kế hoạch và Đầu tư, Sở Tư pháp, Hiệp hội Doanh nghiệp tỉnh", "Hằng năm"),
        ("Giám sát việc quyết định chủ trương đầu tư các dự án sử dụng vốn ngân sách", "Đảng đoàn HĐND tỉnh",
         "Ban Kinh tế - Ngân sách HĐND tỉnh", "Hằng năm"),
        ("Phát triển hạ tầng giao thông kết nối vùng, trọng tâm là tuyến cao tốc qua tỉnh", "Ban cán sự đảng UBND tỉnh",
         "Sở Giao thông vận tải, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "2021 - 2025"),
        ("Lãnh đạo thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025", "",
         "Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh, Sở Nông nghiệp và Phát triển nông thôn", "2021 - 2025"),
        ("Phát triển văn hóa, con người Nam Dương đáp ứng yêu cầu phát triển bền vững", "Ban Tuyên giáo Tỉnh ủy",
         "Sở Văn hóa, Thể thao và Du lịch, Ban cán sự đảng UBND tỉnh", "2021 - 2025"),
        ("Nâng cao chất lượng giáo dục, đào tạo nguồn nhân lực chất lượng cao", "Ban cán sự đảng UBND tỉnh",
         "Sở Giáo dục và Đào tạo, Ban Tuyên giáo Tỉnh ủy", "2021 - 2025"),
    ]),
    ("D", "QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI", [
        ("Xây dựng khu vực phòng thủ tỉnh vững chắc; diễn tập khu vực phòng thủ", "Đảng ủy Quân sự tỉnh",
         "Đảng ủy Công an tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh, Ban cán sự đảng UBND tỉnh", "Năm 2023"),
        ("Bảo đảm an ninh chính trị, trật tự, an toàn xã hội; phong trào toàn dân bảo vệ an ninh Tổ quốc",
         "Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh, Ủy ban MTTQ Việt Nam tỉnh", "Thường xuyên"),
        ("Quản lý, bảo vệ vững chắc chủ quyền, an ninh biên giới", "Đảng ủy Bộ đội Biên phòng tỉnh",
         "Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh, Sở Ngoại vụ", "Thường xuyên"),
        ("Mở rộng quan hệ hợp tác với các địa phương nước bạn có chung đường biên giới", "Ban cán sự đảng UBND tỉnh",
         "Sở Ngoại vụ, Văn phòng Tỉnh ủy", "Hằng năm"),
    ]),
    ("E", "SƠ KẾT, TỔNG KẾT", [
        ("Sơ kết giữa nhiệm kỳ việc thực hiện Chương trình hành động", "Văn phòng Tỉnh ủy",
         "Các ban đảng Tỉnh ủy, các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Quý IV/2023"),
        ("Tổng kết việc thực hiện Chương trình hành động", "", "Các ban đảng Tỉnh ủy, Ban cán sự đảng UBND tỉnh",
         "Quý III/2025"),
    ]),
]


def party_programme() -> bytes:
    doc = _new()
    _layout(doc, ["TỈNH ỦY NAM DƯƠNG", "*", "Số 27-CTr/TU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Nam Dương, ngày 12 tháng 4 năm 2021"], bold=(1, 1))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, (
        ("p", "Thực hiện Kế hoạch số 01-KH/TW ngày 11 tháng 3 năm 2021 của Bộ Chính trị về học tập, quán triệt, "
              "tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng, Ban Chấp hành Đảng bộ tỉnh "
              "xây dựng Chương trình hành động như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Cụ thể hóa Nghị quyết Đại hội XIII của Đảng phù hợp với tình hình thực tiễn của tỉnh, tạo sự thống "
              "nhất về nhận thức và hành động trong toàn Đảng bộ."),
        ("p", "2. Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện; đề cao trách nhiệm "
              "của người đứng đầu."),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
        ("p", "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục kèm theo "
              "Chương trình này."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng chương trình hành động của cấp "
              "mình, hoàn thành trước ngày 30 tháng 6 năm 2021."),
        ("p", "2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo cụ thể hóa các nhiệm vụ phát triển kinh tế - xã hội "
              "thành kế hoạch hằng năm của Ủy ban nhân dân tỉnh."),
        ("p", "3. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo ban hành các nghị quyết chuyên đề; tăng cường giám sát."),
        ("p", "4. Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh lãnh đạo "
              "tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện."),
        ("p", "5. Ban Tuyên giáo Tỉnh ủy chủ trì hướng dẫn việc học tập, quán triệt và tuyên truyền Chương trình."),
        ("p", "6. Ban Tổ chức Tỉnh ủy theo dõi việc thực hiện các nhiệm vụ về xây dựng Đảng và hệ thống chính trị."),
        ("p", "7. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Chương trình."),
        ("p", "8. Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện, định kỳ báo cáo Ban Thường vụ "
              "Tỉnh ủy."),
        ("p", "Chương trình này được phổ biến đến chi bộ./."),
    ))
    closing(doc, ["- Ban Bí thư Trung ương Đảng (b/c);", "- Văn phòng Trung ương Đảng;", "- Các đồng chí Tỉnh ủy viên;",
                  "- Các ban đảng, đảng đoàn, ban cán sự đảng;", "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc;",
                  "- Lưu Văn phòng Tỉnh ủy."],
            ["T/M TỈNH ỦY", "BÍ THƯ", "", "", "Lê Quang Thịnh"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "NHIỆM VỤ CỤ THỂ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình hành động số 27-CTr/TU ngày 12/4/2021 của Tỉnh ủy Nam Dương)", italic=True,
               center=True)
    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]
    merges, n = [], 0
    for letter, title, tasks in PARTY_GROUPS:
        rows.append([letter, title, "", "", ""])
        start = None
        for content, lead, partner, when in tasks:
            n += 1
            if lead:
                start = len(rows)
            elif start is not None:
                merges = [m for m in merges if m[0] != (start, 2)] + [((start, 2), (len(rows), 2))]
            rows.append([str(n), content, lead, partner, when])
    table = _table(doc, rows, merges=tuple(merges))
    _widths(table, [1.2, 10.0, 4.8, 7.0, 2.8])
    _repeat_header(table)
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. The ministry's annex on its portal: a two-row header, rowspan leads, <br> partner lists.

M_ENV = "Cục Môi trường"
M_PLAN = "Vụ Kế hoạch - Tài chính"
M_LAW = "Vụ Pháp chế"
M_SCI = "Vụ Khoa học và Công nghệ"
M_INT = "Vụ Hợp tác quốc tế"
M_OFF = "Văn phòng Bộ"
M_INS = "Thanh tra Bộ"
M_INST = "Viện Khoa học Môi trường"
M_DATA = "Trung tâm Chuyển đổi số và Thống kê"
M_CLIM = "Cục Biến đổi khí hậu"
M_PRESS = "Báo Nông nghiệp và Môi trường"
PROVS = "UBND các tỉnh, thành phố trực thuộc Trung ương"

MINISTRY_GROUPS = [
    ("I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", [
        ("Xây dựng Thông tư hướng dẫn kỹ thuật phân loại chất thải rắn sinh hoạt tại nguồn", M_ENV,
         [M_LAW, M_INST, "Bộ Xây dựng"], "Quý III/2025", "Thông tư"),
        ("Rà soát, đề xuất sửa đổi quy định về giá dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", "",
         ["Bộ Tài chính", M_PLAN, M_LAW], "Quý IV/2025", "Báo cáo rà soát"),
        ("Hướng dẫn địa phương xây dựng lộ trình thu giá dịch vụ theo khối lượng", "", [PROVS], "Năm 2025",
         "Văn bản hướng dẫn"),
        ("Xây dựng quy chuẩn kỹ thuật quốc gia về lò đốt chất thải rắn sinh hoạt", M_SCI,
         [M_ENV, M_INST, "Bộ Khoa học và Công nghệ"], "Năm 2026", "Quy chuẩn"),
        ("Xây dựng cơ chế khuyến khích đầu tư cơ sở xử lý chất thải theo hình thức đối tác công tư", M_PLAN,
         ["Bộ Tài chính", M_ENV], "Năm 2026", "Đề án"),
        ("Kiểm tra việc thi hành pháp luật về quản lý chất thải rắn tại các địa phương", M_LAW,
         [M_ENV, M_INS], "Hằng năm", "Báo cáo"),
    ]),
    ("II", "TỔ CHỨC THU GOM, XỬ LÝ CHẤT THẢI", [
        ("Điều tra, đánh giá hiện trạng phát sinh, thu gom chất thải rắn sinh hoạt trên phạm vi cả nước", M_ENV,
         [M_DATA, PROVS], "Quý IV/2025", "Báo cáo hiện trạng"),
        ("Hướng dẫn xây dựng kế hoạch quản lý chất thải rắn sinh hoạt cấp tỉnh", "",
         ["Sở Nông nghiệp và Môi trường các tỉnh, thành phố"], "Quý III/2025", "Văn bản hướng dẫn"),
        ("Đánh giá công nghệ xử lý chất thải rắn sinh hoạt đang áp dụng", M_INST,
         [M_ENV, M_SCI, "Hiệp hội Môi trường đô thị và khu công nghiệp Việt Nam"], "Năm 2026", "Báo cáo đánh giá"),
        ("Xây dựng mô hình phân loại rác tại nguồn ở khu dân cư nông thôn", M_ENV,
         ["Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", PROVS], "2025 - 2026",
         "Mô hình"),
        ("Hướng dẫn xử lý chất thải rắn sinh hoạt tại các xã đảo, vùng sâu, vùng xa", "", [PROVS, M_INST],
         "Năm 2026", "Văn bản hướng dẫn"),
        ("Tổng hợp nhu cầu đầu tư các khu xử lý chất thải liên vùng", M_PLAN,
         [M_ENV, "Bộ Xây dựng", PROVS], "Quý I/2026", "Danh mục dự án"),
        ("Hướng dẫn quản lý chất thải nhựa từ hoạt động nông nghiệp", "Cục Trồng trọt và Bảo vệ thực vật",
         [M_ENV, "Cục Chăn nuôi và Thú y"], "Năm 2026", "Văn bản hướng dẫn"),
        ("Thu gom bao gói thuốc bảo vệ thực vật sau sử dụng trên đồng ruộng", "",
         ["Sở Nông nghiệp và Môi trường các tỉnh, thành phố", "Hội Nông dân các cấp"], "Hằng năm", "Báo cáo"),
    ]),
    ("III", "KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ", [
        ("Xây dựng cơ sở dữ liệu quốc gia về chất thải rắn", M_DATA, [M_ENV, "Cục Chuyển đổi số"], "Năm 2026",
         "Cơ sở dữ liệu"),
        ("Tích hợp dữ liệu quan trắc bãi chôn lấp vào hệ thống giám sát môi trường", "",
         [M_ENV, PROVS], "Năm 2027", "Hệ thống giám sát"),
        ("Triển khai nhiệm vụ khoa học về công nghệ xử lý chất thải hữu cơ thành phân bón", M_SCI,
         [M_INST, "Viện Thổ nhưỡng Nông hóa"], "2025 - 2027", "Kết quả nghiên cứu"),
        ("Đánh giá phát thải khí nhà kính từ lĩnh vực chất thải", M_CLIM, [M_ENV, M_INST], "Năm 2026",
         "Báo cáo kiểm kê"),
        ("Ứng dụng trí tuệ nhân tạo trong giám sát đổ thải trái phép", M_DATA,
         [M_INS, M_ENV, "Cục Cảnh sát phòng chống tội phạm về môi trường, Bộ Công an"], "Năm 2027", "Phần mềm"),
        ("Phổ biến các công nghệ tái chế chất thải đạt tiêu chuẩn", M_SCI, [M_ENV, "Hiệp hội Tái chế chất thải Việt Nam"],
         "Hằng năm", "Danh mục công nghệ"),
    ]),
    ("IV", "TRUYỀN THÔNG, HỢP TÁC QUỐC TẾ", [
        ("Tổ chức chiến dịch \"Tuần lễ phân loại rác\" hằng năm", M_ENV,
         ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", M_PRESS, PROVS], "Hằng năm", "Chiến dịch"),
        ("Xây dựng chuyên mục về quản lý chất thải trên Báo Nông nghiệp và Môi trường", M_PRESS, [M_ENV],
         "Thường xuyên", "Chuyên mục"),
        ("Biên soạn bộ tài liệu truyền thông về phân loại chất thải cho học sinh", M_ENV,
         ["Bộ Giáo dục và Đào tạo", M_INST], "Năm 2026", "Bộ tài liệu"),
        ("Vận động tài trợ quốc tế cho các dự án giảm thiểu rác thải nhựa", M_INT, [M_ENV, M_PLAN],
         "2025 - 2027", "Dự án tài trợ"),
        ("Tham gia đàm phán văn kiện quốc tế về ô nhiễm nhựa", "", [M_ENV, "Bộ Ngoại giao", M_LAW], "Theo tiến độ",
         "Báo cáo"),
        ("Trao đổi kinh nghiệm quản lý chất thải với các nước ASEAN", "", [M_ENV], "Hằng năm", "Hội thảo"),
    ]),
    ("V", "THANH TRA, KIỂM TRA VÀ BẢO ĐẢM NGUỒN LỰC", [
        ("Thanh tra chuyên đề việc vận hành các bãi chôn lấp chất thải rắn sinh hoạt", M_INS,
         [M_ENV, "Cục Cảnh sát phòng chống tội phạm về môi trường, Bộ Công an", PROVS], "Năm 2026",
         "Kết luận thanh tra"),
        ("Kiểm tra việc thực hiện trách nhiệm tái chế của nhà sản xuất, nhập khẩu", "", [M_ENV, "Quỹ Bảo vệ môi trường Việt Nam"],
         "Hằng năm", "Báo cáo kiểm tra"),
        ("Xử lý kiến nghị, phản ánh của người dân về ô nhiễm từ cơ sở xử lý chất thải", "", [M_OFF, M_ENV],
         "Thường xuyên", "Văn bản trả lời"),
        ("Bố trí kinh phí sự nghiệp môi trường thực hiện Kế hoạch", M_PLAN, ["Bộ Tài chính"], "Hằng năm",
         "Dự toán được giao"),
        ("Bồi dưỡng nghiệp vụ quản lý chất thải cho công chức cấp xã", "Trường Cán bộ quản lý nông nghiệp và môi trường",
         [M_ENV, "Sở Nông nghiệp và Môi trường các tỉnh, thành phố"], "Hằng năm", "Lớp bồi dưỡng"),
        ("Cho vay ưu đãi các dự án xử lý chất thải rắn sinh hoạt", "Quỹ Bảo vệ môi trường Việt Nam",
         [M_PLAN, M_ENV], "2025 - 2030", "Hợp đồng tín dụng"),
        ("Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch", M_ENV, [M_OFF, "Các đơn vị thuộc Bộ"],
         "Hằng quý", "Báo cáo"),
        ("Sơ kết 02 năm thực hiện Kế hoạch", "", ["Các đơn vị thuộc Bộ", PROVS], "Quý IV/2026", "Báo cáo sơ kết"),
    ]),
]


def _ministry_rows() -> str:
    """The annex's body rows: a group row per roman numeral, a lead cell spanning the rows it leads."""
    out, n = [], 0
    for numeral, title, tasks in MINISTRY_GROUPS:
        out.append(f'<tr><td style="text-align:center"><b>{numeral}</b></td><td colspan="5"><b>{title}</b></td></tr>')
        spans = []  # how many rows each lead covers
        for _content, lead, *_ in tasks:
            if lead:
                spans.append(1)
            else:
                spans[-1] += 1
        k = 0
        for content, lead, partners, when, product in tasks:
            n += 1
            cells = [f'<td style="text-align:center">{n}</td>', f"<td>{content}</td>"]
            if lead:
                rows = spans[k]
                k += 1
                cells.append(f'<td rowspan="{rows}">{lead}</td>' if rows > 1 else f"<td>{lead}</td>")
            cells.append("<td>" + "<br>".join(f"- {p}" if len(partners) > 1 else p for p in partners) + "</td>")
            cells.append(f'<td style="text-align:center">{when}</td><td>{product}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out)


def ministry_html() -> str:
    return MINISTRY_HTML.replace("{ROWS}", _ministry_rows())


MINISTRY_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch triển khai công tác quản lý chất thải rắn sinh hoạt giai đoạn 2025 - 2027 - Bộ Nông nghiệp và Môi trường</title></head>
<body>
<header class="top"><div class="logo">BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - CỔNG THÔNG TIN ĐIỆN TỬ</div>
<nav><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/van-ban">Văn bản</a> | <a href="/tin-tuc">Tin tức</a></nav></header>
<div class="breadcrumb">Trang chủ » Văn bản » Kế hoạch</div>
<div class="doc-meta"><span>Số ký hiệu: 2150/KH-BNNMT</span> <span>Ngày ban hành: 14/7/2025</span> <span>Lĩnh vực: Môi trường</span></div>
<div class="doc-body">
<table style="width:100%;border:none">
<tr><td style="text-align:center;width:40%"><b>BỘ NÔNG NGHIỆP<br>VÀ MÔI TRƯỜNG</b><br>-------<br>Số: 2150/KH-BNNMT</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Hà Nội, ngày 14 tháng 7 năm 2025</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Triển khai công tác quản lý chất thải rắn sinh hoạt giai đoạn 2025 - 2027</b></p>
<p>Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;</p>
<p>Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;</p>
<p>Thực hiện Chỉ thị số 18/CT-TTg ngày 06 tháng 6 năm 2025 của Thủ tướng Chính phủ về tăng cường quản lý chất thải rắn sinh hoạt;</p>
<p>Bộ Nông nghiệp và Môi trường ban hành Kế hoạch triển khai như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>1. Tạo chuyển biến căn bản trong thu gom, phân loại, xử lý chất thải rắn sinh hoạt, giảm tỷ lệ chôn lấp trực tiếp.</p>
<p>2. Đến hết năm 2027:</p>
<p>- Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%;</p>
<p>- Tỷ lệ chất thải rắn sinh hoạt chôn lấp trực tiếp giảm xuống dưới 30%;</p>
<p>- 100% địa phương ban hành kế hoạch quản lý chất thải rắn sinh hoạt.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp, thời gian và sản phẩm tại Phụ lục kèm theo Kế hoạch này.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch từ nguồn chi sự nghiệp bảo vệ môi trường trong dự toán ngân sách nhà nước giao hằng năm cho các đơn vị thuộc Bộ và các nguồn hợp pháp khác.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Cục Môi trường: là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Bộ trưởng trước ngày 15 tháng 12 hằng năm.</p>
<p>2. Vụ Kế hoạch - Tài chính: bố trí kinh phí thực hiện các nhiệm vụ trong dự toán được giao.</p>
<p>3. Vụ Pháp chế: thẩm định các văn bản quy phạm pháp luật được giao tại Kế hoạch.</p>
<p>4. Vụ Khoa học và Công nghệ: tổ chức tuyển chọn các nhiệm vụ khoa học, công nghệ về xử lý chất thải.</p>
<p>5. Vụ Hợp tác quốc tế: vận động nguồn lực quốc tế cho các nhiệm vụ của Kế hoạch.</p>
<p>6. Thanh tra Bộ: thanh tra, kiểm tra việc chấp hành pháp luật về quản lý chất thải rắn.</p>
<p>7. Văn phòng Bộ: theo dõi việc thực hiện Kế hoạch trong chương trình công tác của Bộ.</p>
<p>8. Trung tâm Chuyển đổi số và Thống kê: bảo đảm hạ tầng, dữ liệu phục vụ quản lý chất thải.</p>
<p>9. Báo Nông nghiệp và Môi trường: tuyên truyền về phân loại, giảm thiểu chất thải.</p>
<p>10. Quỹ Bảo vệ môi trường Việt Nam: ưu tiên cho vay các dự án xử lý chất thải rắn sinh hoạt.</p>
<p>11. Thủ trưởng các đơn vị thuộc Bộ: tổ chức thực hiện các nhiệm vụ được giao, báo cáo kết quả về Cục Môi trường trước ngày 30 tháng 11 hằng năm.</p>
<p>12. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: chỉ đạo Sở Nông nghiệp và Môi trường xây dựng, triển khai kế hoạch quản lý chất thải rắn sinh hoạt của địa phương.</p>
<p>13. Đề nghị Trung ương Hội Nông dân Việt Nam, Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh: vận động hội viên, đoàn viên thực hiện phân loại chất thải tại nguồn./.</p>
<table style="width:100%;border:none">
<tr><td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Bộ trưởng (để b/c);<br>- Văn phòng Chính phủ;<br>- Các Thứ trưởng;<br>- UBND các tỉnh, thành phố trực thuộc TW;<br>- Các đơn vị thuộc Bộ;<br>- Lưu: VT, MT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG</b><br><br><br><br><b>Lê Minh Hưng</b></td></tr>
</table>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>NHIỆM VỤ TRIỂN KHAI CÔNG TÁC QUẢN LÝ CHẤT THẢI RẮN SINH HOẠT GIAI ĐOẠN 2025 - 2027</b><br><i>(Kèm theo Kế hoạch số 2150/KH-BNNMT ngày 14 tháng 7 năm 2025 của Bộ Nông nghiệp và Môi trường)</i></p>
<table border="1" cellspacing="0" cellpadding="3" style="width:100%">
<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung nhiệm vụ</th><th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian hoàn thành</th><th rowspan="2">Sản phẩm</th></tr>
<tr><th>Chủ trì</th><th>Phối hợp</th></tr>
{ROWS}
</table>
</div>
<footer><p>Bản quyền thuộc Bộ Nông nghiệp và Môi trường. Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. The merged commune's tasks lettered under fields, their roles in brackets.

COMMUNE_FIELDS = [
    ("1. Lĩnh vực kinh tế", [
        "Rà soát, cập nhật quy hoạch sử dụng đất của xã sau sắp xếp (Phòng Kinh tế chủ trì; Trung tâm Dịch vụ tổng "
        "hợp xã phối hợp).",
        "Phát triển vùng trồng sầu riêng, cà phê đạt chứng nhận VietGAP (Phòng Kinh tế chủ trì; Hội Nông dân xã, các "
        "hợp tác xã phối hợp).",
        "Đôn đốc tiến độ giải ngân vốn đầu tư công năm 2025 (Phòng Kinh tế chủ trì; Ban Quản lý dự án đầu tư xây dựng "
        "khu vực Tân Lộc phối hợp).",
        "Quản lý trật tự xây dựng, xử lý các công trình vi phạm (Phòng Kinh tế chủ trì; Công an xã, Ban Chỉ huy Quân sự "
        "xã phối hợp).",
        "Thu ngân sách nhà nước trên địa bàn đạt dự toán được giao (Phòng Kinh tế chủ trì; Thuế cơ sở 5 tỉnh Đồng Phú "
        "phối hợp).",
    ]),
    ("2. Lĩnh vực văn hóa - xã hội", [
        "Tổ chức các hoạt động văn hóa, thể thao chào mừng ngày thành lập xã mới (Phòng Văn hóa - Xã hội chủ trì; "
        "Trung tâm Dịch vụ tổng hợp xã, Đoàn Thanh niên xã phối hợp).",
        "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2025 (Phòng Văn hóa - Xã hội chủ trì; các thôn, ấp phối hợp).",
        "Chi trả trợ cấp xã hội qua tài khoản cho đối tượng bảo trợ xã hội (Phòng Văn hóa - Xã hội chủ trì; Bưu điện "
        "xã Tân Lộc Bắc phối hợp).",
        "Bảo đảm cơ sở vật chất cho năm học 2025 - 2026 (Phòng Văn hóa - Xã hội chủ trì; các trường mầm non, tiểu "
        "học, trung học cơ sở phối hợp).",
        "Tiêm chủng mở rộng, phòng chống sốt xuất huyết (Trạm Y tế xã chủ trì; Phòng Văn hóa - Xã hội, Hội Liên hiệp "
        "Phụ nữ xã phối hợp).",
        "Vận động người dân tham gia bảo hiểm y tế hộ gia đình (Bảo hiểm xã hội cơ sở Tân Lộc chủ trì; Trạm Y tế xã "
        "phối hợp).",
    ]),
    ("3. Cải cách hành chính, chuyển đổi số", [
        "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên Cổng Dịch vụ công quốc gia (Trung tâm Phục vụ hành chính "
        "công xã chủ trì).",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (Trung tâm Phục vụ hành chính công xã chủ trì; Văn phòng "
        "HĐND và UBND xã phối hợp).",
        "Vận hành hệ thống quản lý văn bản và điều hành thông suốt (Văn phòng HĐND và UBND xã chủ trì).",
        "Thành lập, duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, ấp (Văn phòng HĐND và UBND xã chủ trì; "
        "Đoàn Thanh niên xã phối hợp).",
        "Sắp xếp, bố trí trụ sở làm việc sau hợp nhất (Văn phòng HĐND và UBND xã chủ trì; Phòng Kinh tế phối hợp).",
    ]),
    ("4. Quốc phòng, an ninh", [
        "Tổ chức tuyển chọn, gọi công dân nhập ngũ năm 2026 (Ban Chỉ huy Quân sự xã chủ trì; Công an xã, Trạm Y tế xã "
        "phối hợp).",
        "Huấn luyện lực lượng dân quân thường trực (Ban Chỉ huy Quân sự xã chủ trì).",
        "Bảo đảm an ninh, trật tự dịp lễ, Tết (Công an xã chủ trì; Ban Chỉ huy Quân sự xã, các thôn, ấp phối hợp).",
        "Phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu dân cư (Công an xã chủ trì; Trung tâm Dịch vụ tổng hợp xã "
        "phối hợp).",
    ]),
    ("5. Công tác dân vận, phối hợp", [
        "Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân (Văn phòng HĐND và UBND xã chủ trì; Ủy ban MTTQ Việt Nam "
        "xã phối hợp).",
        "Tiếp công dân định kỳ, giải quyết đơn thư khiếu nại, tố cáo (Văn phòng HĐND và UBND xã chủ trì; Công an xã, "
        "Phòng Kinh tế phối hợp).",
        "Phối hợp giám sát việc thực hiện quy chế dân chủ ở cơ sở (Ủy ban MTTQ Việt Nam xã chủ trì; các tổ chức chính "
        "trị - xã hội xã phối hợp).",
    ]),
]


LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]  # the Vietnamese alphabet's order, as drafters letter items


def commune_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "XÃ TÂN LỘC BẮC", "-------", "Số: 58/KH-UBND"], "Tân Lộc Bắc, ngày 18 tháng 8 năm 2025",
           "Thực hiện nhiệm vụ phát triển kinh tế - xã hội những tháng cuối năm 2025")
    items = [
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("p", "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 01 tháng 7 năm 2025 của Hội đồng nhân dân xã Tân Lộc Bắc về nhiệm "
              "vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025;"),
        ("p", "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Bảo đảm bộ máy chính quyền xã mới vận hành thông suốt; hoàn thành các chỉ tiêu kinh tế - xã hội năm "
              "2025; trong đó:"),
        ("p", "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 80%;"),
        ("p", "- Tỷ lệ hộ nghèo giảm còn 1,8%;"),
        ("p", "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%."),
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
    ]
    for field, tasks in COMMUNE_FIELDS:
        items.append(("h", field))
        items += [("p", f"{LETTERS[i]}) {task}") for i, task in enumerate(tasks)]
    items += [
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện từ ngân sách xã năm 2025 đã được giao tại Quyết định số 05/QĐ-UBND ngày 01 tháng 7 "
              "năm 2025 và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "- Phòng Kinh tế: chủ trì tham mưu các nhiệm vụ lĩnh vực kinh tế, quy hoạch, đầu tư công, ngân sách."),
        ("p", "- Phòng Văn hóa - Xã hội: chủ trì các nhiệm vụ lĩnh vực văn hóa, giáo dục, y tế, an sinh xã hội."),
        ("p", "- Văn phòng HĐND và UBND xã: theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND xã "
              "trước ngày 20 hằng tháng."),
        ("p", "- Trung tâm Phục vụ hành chính công xã: bảo đảm tiếp nhận, trả kết quả thủ tục hành chính đúng hạn."),
        ("p", "- Trung tâm Dịch vụ tổng hợp xã: thực hiện các dịch vụ công về nông nghiệp, văn hóa, môi trường."),
        ("p", "- Công an xã: bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn."),
        ("p", "- Ban Chỉ huy Quân sự xã: thực hiện công tác quân sự, quốc phòng địa phương."),
        ("p", "- Trạm Y tế xã: thực hiện công tác y tế dự phòng, khám chữa bệnh ban đầu."),
        ("p", "- Ban Quản lý dự án đầu tư xây dựng khu vực Tân Lộc: đẩy nhanh tiến độ các công trình được giao."),
        ("p", "- Trưởng các thôn, ấp: tuyên truyền, vận động Nhân dân thực hiện Kế hoạch."),
        ("p", "- Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã: tăng cường giám sát, phản biện "
              "xã hội; vận động đoàn viên, hội viên tham gia thực hiện."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về UBND xã (qua Văn "
              "phòng HĐND và UBND xã) để chỉ đạo./."),
    ]
    _body(doc, items)
    closing(doc, ["- UBND tỉnh Đồng Phú (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Chủ tịch, các PCT UBND xã;",
                  "- Ủy ban MTTQ Việt Nam xã;", "- Các cơ quan, đơn vị thuộc UBND xã;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đặng Hữu Phước"])
    _paragraph(doc, "")  # (a .doc whose last block is a table loses it, as build_r notes)
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. The Sở's tasks three levels deep, each with its "Đơn vị chủ trì: ...; đơn vị phối hợp: ..." line.

D_JOB = "Phòng Lao động - Việc làm"
D_VOC = "Phòng Giáo dục nghề nghiệp"
D_SOC = "Phòng Bảo trợ xã hội"
D_CHILD = "Phòng Bảo vệ, chăm sóc trẻ em"
D_POOR = "Phòng Giảm nghèo"
D_MER = "Phòng Người có công"
D_SOCIAL_EVILS = "Chi cục Phòng, chống tệ nạn xã hội"
D_CENTRE = "Trung tâm Dịch vụ việc làm tỉnh"
D_FUND = "Quỹ Bảo trợ trẻ em tỉnh"
D_OFFICE = "Văn phòng Sở"
D_PLAN = "Phòng Kế hoạch - Tài chính"
D_INS = "Thanh tra Sở"
D_DISTRICTS = "Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố"

DEPARTMENT_TREE = [
    ("1. LĨNH VỰC LAO ĐỘNG, VIỆC LÀM VÀ GIÁO DỤC NGHỀ NGHIỆP", [
        ("1.1. Giải quyết việc làm", [
            ("Tư vấn, giới thiệu việc làm cho 12.000 lượt người lao động", [D_CENTRE], [D_JOB, D_DISTRICTS],
             ["Tổ chức 24 phiên giao dịch việc làm định kỳ;", "Tư vấn trực tuyến trên sàn giao dịch việc làm."]),
            ("Đưa 600 lao động đi làm việc ở nước ngoài theo hợp đồng", [D_JOB], [D_CENTRE, D_DISTRICTS], []),
            ("Cho vay vốn giải quyết việc làm từ Quỹ quốc gia về việc làm", [D_JOB],
             ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh"], []),
        ]),
        ("1.2. Giáo dục nghề nghiệp", [
            ("Tuyển sinh, đào tạo nghề cho 9.500 người", [D_VOC], ["Các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh"],
             ["Trình độ cao đẳng, trung cấp: 2.100 người;", "Trình độ sơ cấp và dưới 3 tháng: 7.400 người."]),
            ("Kiểm tra điều kiện bảo đảm chất lượng các cơ sở giáo dục nghề nghiệp", [D_VOC], [D_INS], []),
            ("Sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp công lập", [D_VOC, D_PLAN], ["Sở Nội vụ"], []),
        ]),
        ("1.3. An toàn, vệ sinh lao động", [
            ("Tổ chức Tháng hành động về an toàn, vệ sinh lao động", [D_JOB], ["Liên đoàn Lao động tỉnh", "Sở Y tế",
             "Ban Quản lý các khu công nghiệp tỉnh"], []),
            ("Điều tra tai nạn lao động nghiêm trọng theo thẩm quyền", [D_INS], [D_JOB, "Công an tỉnh"], []),
        ]),
    ]),
    ("2. LĨNH VỰC NGƯỜI CÓ CÔNG", [
        ("2.1. Thực hiện chính sách ưu đãi", [
            ("Chi trả trợ cấp ưu đãi người có công kịp thời, đúng đối tượng", [D_MER], [D_PLAN, D_DISTRICTS], []),
            ("Xác nhận, giải quyết hồ sơ tồn đọng về người có công", [D_MER], ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"],
             []),
        ]),
        ("2.2. Phong trào Đền ơn đáp nghĩa", [
            ("Vận động xây dựng, sửa chữa 150 nhà tình nghĩa", [D_MER], ["Ủy ban MTTQ Việt Nam tỉnh", D_DISTRICTS],
             ["Xây mới 50 nhà;", "Sửa chữa 100 nhà."]),
            ("Tổ chức thăm, tặng quà người có công nhân dịp 27/7", [D_OFFICE, D_MER], [D_DISTRICTS], []),
            ("Tu bổ, tôn tạo nghĩa trang liệt sĩ tỉnh", [D_PLAN], ["Ban Quản lý Nghĩa trang liệt sĩ tỉnh"], []),
        ]),
    ]),
    ("3. LĨNH VỰC BẢO TRỢ XÃ HỘI, GIẢM NGHÈO", [
        ("3.1. Bảo trợ xã hội", [
            ("Thực hiện trợ cấp xã hội hằng tháng cho 38.000 đối tượng", [D_SOC], [D_DISTRICTS, "Bưu điện tỉnh"], []),
            ("Nâng cao chất lượng chăm sóc đối tượng tại các cơ sở bảo trợ xã hội", [D_SOC],
             ["Trung tâm Bảo trợ xã hội tỉnh", "Trung tâm Điều dưỡng người có công tỉnh"], []),
        ]),
        ("3.2. Giảm nghèo bền vững", [
            ("Điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2016", [D_POOR], [D_DISTRICTS, "Cục Thống kê tỉnh"],
             ["Tập huấn cán bộ rà soát cấp xã;", "Tổng hợp, công bố kết quả trước ngày 15/12/2016."]),
            ("Triển khai các dự án hỗ trợ phát triển sản xuất cho hộ nghèo", [D_POOR], ["Sở Nông nghiệp và Phát triển "
             "nông thôn", "Ban Dân tộc tỉnh"], []),
            ("Theo dõi, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững", [D_POOR, D_PLAN],
             ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"], []),
        ]),
    ]),
    ("4. LĨNH VỰC TRẺ EM, BÌNH ĐẲNG GIỚI VÀ PHÒNG, CHỐNG TỆ NẠN XÃ HỘI", [
        ("4.1. Bảo vệ, chăm sóc trẻ em", [
            ("Tổ chức Tháng hành động vì trẻ em năm 2016", [D_CHILD], ["Tỉnh đoàn", "Sở Giáo dục và Đào tạo",
             "Sở Văn hóa, Thể thao và Du lịch"], []),
            ("Vận động Quỹ Bảo trợ trẻ em hỗ trợ trẻ em có hoàn cảnh đặc biệt", [D_FUND], [D_CHILD, D_DISTRICTS], []),
            ("Phòng, chống tai nạn thương tích, đuối nước trẻ em", [D_CHILD], ["Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh"],
             []),
        ]),
        ("4.2. Phòng, chống tệ nạn xã hội", [
            ("Tổ chức cai nghiện ma túy tự nguyện tại gia đình và cộng đồng", [D_SOCIAL_EVILS],
             ["Công an tỉnh", "Sở Y tế", D_DISTRICTS], []),
            ("Quản lý người sau cai nghiện tại nơi cư trú", [D_SOCIAL_EVILS], ["Công an tỉnh", D_DISTRICTS], []),
            ("Hỗ trợ nạn nhân bị mua bán trở về tái hòa nhập cộng đồng", [D_SOCIAL_EVILS],
             ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"], []),
        ]),
    ]),
]


def department_plan() -> bytes:
    doc = _new()
    _front(doc, ["UBND TỈNH VĨNH THUẬN", "SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "-------", "Số: 412/KH-SLĐTBXH"],
           "Vĩnh Thuận, ngày 25 tháng 01 năm 2016", "Thực hiện nhiệm vụ công tác lao động, người có công và xã hội "
           "năm 2016", bold=(3, 2))
    items = [
        ("p", "Căn cứ Quyết định số 125/QĐ-UBND ngày 15 tháng 01 năm 2016 của Ủy ban nhân dân tỉnh Vĩnh Thuận về "
              "việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2016;"),
        ("p", "Căn cứ Chỉ thị số 01/CT-LĐTBXH ngày 04 tháng 01 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã "
              "hội về triển khai thực hiện kế hoạch năm 2016;"),
        ("p", "Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch thực hiện nhiệm vụ năm 2016 như sau:"),
        ("h", "I. MỤC TIÊU, CHỈ TIÊU"),
        ("p", "1. Tạo việc làm mới cho 18.000 lao động."),
        ("p", "2. Tỷ lệ lao động qua đào tạo đạt 56%."),
        ("p", "3. Giảm tỷ lệ hộ nghèo 1,5% so với cuối năm 2015."),
        ("p", "4. 98% trẻ em có hoàn cảnh đặc biệt được trợ giúp."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ]
    for field, groups in DEPARTMENT_TREE:
        items.append(("h", field))
        for group, tasks in groups:
            items.append(("h", group))
            code = group.split(" ", 1)[0].rstrip(".")
            for i, (task, leads, partners, bullets) in enumerate(tasks, 1):
                items.append(("p", f"{code}.{i}. {task}."))
                items += [("p", f"+ {b}") for b in bullets]
                items.append(("p", f"Đơn vị chủ trì: {', '.join(leads)}; đơn vị phối hợp: {', '.join(partners)}."))
    items += [
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2016 là 186.420 triệu đồng, trong đó: ngân sách trung ương "
              "124.300 triệu đồng; ngân sách tỉnh 58.120 triệu đồng; nguồn vận động 4.000 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Trưởng các phòng, Chi cục trưởng Chi cục Phòng, chống tệ nạn xã hội, Giám đốc các Trung tâm thuộc "
              "Sở: căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết, tổ chức thực hiện."),
        ("p", "2. Phòng Kế hoạch - Tài chính: bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định."),
        ("p", "3. Thanh tra Sở: thanh tra, kiểm tra việc thực hiện chính sách lao động, người có công và xã hội."),
        ("p", "4. Văn phòng Sở: theo dõi, tổng hợp tình hình thực hiện, báo cáo Giám đốc Sở hằng tháng."),
        ("p", "5. Đề nghị Sở Y tế, Sở Giáo dục và Đào tạo, Công an tỉnh: phối hợp thực hiện các nhiệm vụ liên quan."),
        ("p", "6. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố: chỉ đạo Phòng Lao động - Thương binh và Xã hội "
              "cấp huyện triển khai Kế hoạch trên địa bàn./."),
    ]
    _body(doc, items)
    closing(doc, ["- Bộ LĐTBXH (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
                  "- Phòng LĐTBXH các huyện, thị xã, thành phố;", "- Lưu: VT, KHTC."],
            ["GIÁM ĐỐC", "", "", "", "Nguyễn Thị Kim Thoa"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. An older province's annex as a text PDF: group rows lettered in the STT cell, long rows split over pages.

K_ALL = "Các sở, ban, ngành liên quan"
K_DIST = "UBND các huyện, thị xã, thành phố"
K_NN = "Sở Nông nghiệp và PTNT"
K_TN = "Sở Tài nguyên và Môi trường"
K_KH = "Sở Kế hoạch và Đầu tư"
K_TC = "Sở Tài chính"
K_CT = "Sở Công Thương"
K_KHCN = "Sở Khoa học và Công nghệ"
K_LD = "Sở Lao động - Thương binh và Xã hội"
K_VH = "Sở Văn hoá, Thể thao và Du lịch"
K_TT = "Sở Thông tin và Truyền thông"
K_GT = "Sở Giao thông vận tải"
K_XD = "Sở Xây dựng"
K_YT = "Sở Y tế"
K_GD = "Sở Giáo dục và Đào tạo"
K_NV = "Sở Nội vụ"
K_CA = "Công an tỉnh"
K_QS = "Bộ Chỉ huy Quân sự tỉnh"
K_NH = "Ngân hàng Nhà nước chi nhánh tỉnh"
K_PT = "Đài Phát thanh - Truyền hình tỉnh"
K_MT = "Uỷ ban MTTQ Việt Nam tỉnh"
K_HND = "Hội Nông dân tỉnh"

KIMLONG_GROUPS = [
    ("A", "QUY HOẠCH VÀ CƠ CHẾ, CHÍNH SÁCH", [
        ("Rà soát, điều chỉnh quy hoạch tổng thể phát triển nông nghiệp tỉnh Kim Long đến năm 2020, định hướng đến "
         "năm 2030 theo hướng nâng cao giá trị gia tăng và phát triển bền vững", K_NN, f"{K_KH}; {K_TN}; {K_DIST}",
         "Năm 2012"),
        ("Quy hoạch vùng sản xuất lúa chất lượng cao, vùng rau an toàn tập trung", "", f"{K_TN}; {K_DIST}", "Năm 2013"),
        ("Quy hoạch vùng nuôi trồng thủy sản ven biển gắn với bảo vệ rừng ngập mặn", "", f"{K_TN}; {K_QS}; UBND các "
         "huyện ven biển", "Năm 2013"),
        ("Xây dựng cơ chế khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn", K_KH, f"{K_TC}; {K_NN}; "
         f"{K_NH}", "Năm 2012"),
        ("Xây dựng chính sách hỗ trợ dồn điền, đổi thửa, tích tụ ruộng đất", K_TN, f"{K_NN}; {K_TC}; {K_DIST}",
         "Năm 2013"),
        ("Ban hành chính sách hỗ trợ đào tạo nghề cho lao động nông thôn giai đoạn 2012 - 2015", K_LD,
         f"{K_NN}; {K_TC}; Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn", "Quý II/2012"),
        ("Rà soát, sửa đổi quy định về quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh", K_NN,
         f"Chi cục Kiểm lâm; {K_CA}; {K_QS}; {K_DIST}", "Năm 2012"),
    ]),
    ("B", "PHÁT TRIỂN SẢN XUẤT", [
        ("Xây dựng cánh đồng mẫu lớn sản xuất lúa gạo hàng hóa, liên kết bốn nhà giữa nhà nước, nhà khoa học, doanh "
         "nghiệp và nhà nông", K_NN, f"{K_KHCN}; {K_CT}; {K_HND}; {K_DIST}", "2012 - 2015"),
        ("Chuyển đổi diện tích đất lúa kém hiệu quả sang trồng màu, nuôi trồng thủy sản", "", K_DIST, "Hằng năm"),
        ("Phát triển chăn nuôi gia trại, trang trại theo hướng an toàn sinh học, xa khu dân cư", "",
         f"Chi cục Thú y; {K_TN}; {K_DIST}", "Hằng năm"),
        ("Khôi phục và phát triển các làng nghề truyền thống gắn với du lịch", K_CT,
         f"{K_VH}; {K_NN}; {K_DIST}", "2012 - 2015"),
        ("Ứng dụng tiến bộ khoa học kỹ thuật về giống cây trồng, vật nuôi có năng suất, chất lượng cao", K_KHCN,
         f"{K_NN}; Trung tâm Khuyến nông tỉnh; Trung tâm Giống cây trồng, vật nuôi tỉnh", "Hằng năm"),
        ("Xây dựng thương hiệu, chỉ dẫn địa lý cho sản phẩm bưởi Kim Long, nước mắm Cửa Hà", "", f"{K_CT}; {K_NN}; "
         "Hiệp hội Nước mắm Cửa Hà", "Năm 2013"),
        ("Phát triển kinh tế hợp tác, hợp tác xã nông nghiệp kiểu mới", K_NN, f"Liên minh Hợp tác xã tỉnh; {K_KH}; "
         f"{K_DIST}", "Hằng năm"),
        ("Xúc tiến thương mại, mở rộng thị trường tiêu thụ nông sản trong và ngoài nước", K_CT,
         f"{K_NN}; Trung tâm Xúc tiến Thương mại tỉnh; Hiệp hội Doanh nghiệp tỉnh", "Hằng năm"),
        ("Kiểm soát chất lượng vật tư nông nghiệp, an toàn thực phẩm nông, lâm, thủy sản", K_NN,
         f"{K_YT}; {K_CT}; {K_CA}; Chi cục Quản lý thị trường", "Thường xuyên"),
        ("Phát triển nuôi trồng, khai thác thủy sản xa bờ gắn với bảo vệ chủ quyền biển, đảo", "",
         f"Bộ Chỉ huy Bộ đội Biên phòng tỉnh; {K_QS}; UBND các huyện ven biển", "2012 - 2015"),
    ]),
    ("C", "XÂY DỰNG KẾT CẤU HẠ TẦNG NÔNG THÔN", [
        ("Nâng cấp, kiên cố hóa hệ thống kênh mương, trạm bơm phục vụ sản xuất", K_NN,
         f"{K_KH}; {K_TC}; Công ty TNHH một thành viên Khai thác công trình thủy lợi Kim Long", "2012 - 2015"),
        ("Đầu tư xây dựng, nâng cấp đê biển, đê sông xung yếu", "", f"{K_KH}; {K_TC}; {K_DIST}", "2012 - 2015"),
        ("Phát triển giao thông nông thôn theo tiêu chí nông thôn mới", K_GT, f"{K_KH}; {K_TC}; {K_DIST}",
         "Hằng năm"),
        ("Xây dựng, cải tạo hệ thống chợ nông thôn", K_CT, f"{K_XD}; {K_DIST}", "2012 - 2015"),
        ("Cải tạo, nâng cấp lưới điện nông thôn bảo đảm an toàn, tiết kiệm", "", "Công ty Điện lực Kim Long; "
         f"{K_DIST}", "2012 - 2015"),
        ("Xây dựng công trình cấp nước sạch tập trung cho các xã vùng bãi ngang", K_NN,
         f"Trung tâm Nước sạch và Vệ sinh môi trường nông thôn; {K_YT}; {K_DIST}", "2012 - 2015"),
        ("Xây dựng trường học đạt chuẩn quốc gia ở các xã điểm nông thôn mới", K_GD, f"{K_KH}; {K_XD}; {K_DIST}",
         "2012 - 2015"),
        ("Nâng cấp trạm y tế xã đạt chuẩn quốc gia về y tế xã", K_YT, f"{K_KH}; {K_TC}; {K_DIST}", "2012 - 2015"),
        ("Phát triển hạ tầng thông tin, điểm bưu điện - văn hóa xã có kết nối internet", K_TT,
         f"Bưu điện tỉnh; Viễn thông Kim Long; {K_DIST}", "2012 - 2014"),
        ("Xây dựng nhà văn hóa, khu thể thao thôn, xóm", K_VH, f"{K_DIST}; {K_MT}", "2012 - 2015"),
    ]),
    ("D", "NÂNG CAO ĐỜI SỐNG VẬT CHẤT, TINH THẦN CỦA CƯ DÂN NÔNG THÔN", [
        ("Thực hiện có hiệu quả các chính sách giảm nghèo, hỗ trợ hộ nghèo về nhà ở", K_LD,
         f"{K_XD}; {K_MT}; {K_DIST}", "Hằng năm"),
        ("Đào tạo nghề cho 20.000 lao động nông thôn, ưu tiên lao động thuộc hộ nghèo, hộ bị thu hồi đất", "",
         f"{K_NN}; Các cơ sở dạy nghề trên địa bàn tỉnh; {K_DIST}", "2012 - 2015"),
        ("Thực hiện Cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư\"", K_MT,
         f"{K_VH}; Các tổ chức chính trị - xã hội tỉnh", "Hằng năm"),
        ("Bảo vệ môi trường nông thôn, thu gom, xử lý rác thải, nước thải làng nghề", K_TN,
         f"{K_NN}; {K_CT}; {K_DIST}", "Hằng năm"),
        ("Nâng cao chất lượng khám, chữa bệnh tuyến xã, mở rộng bảo hiểm y tế cho nông dân", K_YT,
         f"Bảo hiểm xã hội tỉnh; {K_DIST}", "Hằng năm"),
        ("Giữ vững an ninh chính trị, trật tự an toàn xã hội ở nông thôn", K_CA, f"{K_QS}; {K_DIST}", "Thường xuyên"),
    ]),
    ("E", "NÂNG CAO NĂNG LỰC VÀ TỔ CHỨC THỰC HIỆN", [
        ("Đào tạo, bồi dưỡng cán bộ, công chức cấp xã về quản lý phát triển nông nghiệp, nông thôn", K_NV,
         f"{K_NN}; Trường Chính trị tỉnh; {K_DIST}", "Hằng năm"),
        ("Kiện toàn bộ máy quản lý nhà nước về nông nghiệp cấp huyện, cấp xã", "", f"{K_NN}; {K_DIST}", "Năm 2013"),
        ("Tuyên truyền chủ trương tam nông trên các phương tiện thông tin đại chúng", K_TT,
         f"{K_PT}; Báo Kim Long; Ban Tuyên giáo Tỉnh uỷ", "Thường xuyên"),
        ("Bố trí, lồng ghép nguồn vốn thực hiện Chương trình hành động", K_KH, f"{K_TC}; {K_ALL}", "Hằng năm"),
        ("Kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện Chương trình hành động", K_NN, f"{K_ALL}; {K_DIST}",
         "Hằng năm"),
    ]),
]


def kimlong_programme() -> bytes:
    doc = _new()
    _layout(doc, ["UỶ BAN NHÂN DÂN", "TỈNH KIM LONG", "-------", "Số: 27/CTr-UBND"],
            [*MOTTO, "Kim Long, ngày 09 tháng 3 năm 2012"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng khoá X về nông "
                    "nghiệp, nông dân, nông thôn giai đoạn 2012 - 2015", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Nghị quyết số 24/2008/NQ-CP ngày 28 tháng 10 năm 2008 của Chính phủ ban hành Chương trình hành "
              "động của Chính phủ thực hiện Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khoá X về "
              "nông nghiệp, nông dân, nông thôn;"),
        ("p", "Căn cứ Chương trình hành động số 12-CTr/TU ngày 20 tháng 11 năm 2008 của Tỉnh uỷ Kim Long;"),
        ("p", "Uỷ ban nhân dân tỉnh ban hành Chương trình hành động giai đoạn 2012 - 2015 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "1. Mục tiêu tổng quát: Xây dựng nền nông nghiệp phát triển toàn diện theo hướng hiện đại; nâng cao đời "
              "sống vật chất, tinh thần của cư dân nông thôn."),
        ("p", "2. Mục tiêu cụ thể đến năm 2015:"),
        ("p", "- Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản bình quân đạt 4,2%/năm;"),
        ("p", "- Tỷ lệ lao động nông thôn qua đào tạo đạt 40%;"),
        ("p", "- Tỷ lệ hộ nghèo khu vực nông thôn giảm còn dưới 10%;"),
        ("p", "- 20% số xã đạt tiêu chí nông thôn mới."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "Các nhiệm vụ, giải pháp cụ thể được phân công tại Phụ lục kèm theo Chương trình hành động này."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành "
              "theo dõi, đôn đốc, tổng hợp kết quả thực hiện Chương trình, báo cáo UBND tỉnh định kỳ 6 tháng, năm."),
        ("p", "2. Sở Kế hoạch và Đầu tư, Sở Tài chính cân đối, bố trí nguồn vốn thực hiện Chương trình."),
        ("p", "3. Các sở, ban, ngành theo chức năng, nhiệm vụ xây dựng kế hoạch cụ thể để triển khai thực hiện."),
        ("p", "4. Uỷ ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện tại địa phương."),
        ("p", "5. Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn "
              "vận động hội viên, đoàn viên tham gia thực hiện Chương trình./."),
    ))
    closing(doc, ["- Văn phòng Chính phủ;", "- Bộ Nông nghiệp và PTNT;", "- TT Tỉnh uỷ, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thị xã, thành phố;",
                  "- Lưu: VT, NN."],
            ["TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Đình Thọ"])
    _landscape(doc)
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình hành động số 27/CTr-UBND ngày 09/3/2012 của UBND tỉnh Kim Long)",
               italic=True, center=True)
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]
    merges, n = [], 0
    for letter, title, tasks in KIMLONG_GROUPS:
        merges.append(((len(rows), 1), (len(rows), 4)))
        rows.append([letter, title, "", "", ""])
        start = None
        for content, lead, partner, when in tasks:
            n += 1
            if lead:
                start = len(rows)
            elif start is not None:
                merges = [m for m in merges if m[0] != (start, 2)] + [((start, 2), (len(rows), 2))]
            rows.append([str(n), content, lead, partner, when])
    table = _table(doc, rows, merges=tuple(merges))
    _widths(table, [1.3, 10.0, 4.2, 7.5, 2.7])
    _repeat_header(table)
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. A Sở Y tế's plan as plain text: each task a numbered line with its labelled fields as dash lines.

SYT_TXT_HEAD = """UBND TỈNH THANH SƠN
SỞ Y TẾ
--------
Số: 1318/KH-SYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Thanh Sơn, ngày 06 tháng 5 năm 2020

KẾ HOẠCH
Phòng, chống bệnh truyền nhiễm và tiêm chủng mở rộng tỉnh Thanh Sơn năm 2020

Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;
Căn cứ Quyết định số 1238/QĐ-BYT ngày 30 tháng 3 năm 2020 của Bộ trưởng Bộ Y tế về việc phê duyệt kế hoạch phòng, chống bệnh truyền nhiễm năm 2020;
Thực hiện Kế hoạch số 64/KH-UBND ngày 15 tháng 4 năm 2020 của Ủy ban nhân dân tỉnh Thanh Sơn về phòng, chống dịch bệnh năm 2020;
Sở Y tế xây dựng Kế hoạch phòng, chống bệnh truyền nhiễm và tiêm chủng mở rộng năm 2020 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Giảm tỷ lệ mắc và tử vong do bệnh truyền nhiễm; khống chế kịp thời, không để dịch lớn xảy ra.
2. Mục tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%;
- Giảm 10% số mắc sốt xuất huyết so với trung bình giai đoạn 2015 - 2019;
- 100% ổ dịch được phát hiện và xử lý trong vòng 48 giờ.

II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
"""

SYT_TASKS = [
    ("1", "GIÁM SÁT, PHÁT HIỆN VÀ XỬ LÝ DỊCH", [
        ("Giám sát chủ động các bệnh truyền nhiễm gây dịch tại cộng đồng",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các huyện, thị xã, thành phố; Trạm Y tế các xã, phường, thị trấn",
         "Thường xuyên"),
        ("Giám sát kiểm dịch y tế tại Cửa khẩu quốc tế Nậm Sơn",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Đồn Biên phòng Cửa khẩu quốc tế Nậm Sơn; Chi cục Hải quan cửa khẩu Nậm Sơn",
         "Thường xuyên"),
        ("Xử lý triệt để ổ dịch sốt xuất huyết, tay chân miệng",
         "Trung tâm Y tế các huyện, thị xã, thành phố", "Trung tâm Kiểm soát bệnh tật tỉnh; UBND các xã, phường, thị trấn",
         "Khi có dịch"),
        ("Duy trì các đội cơ động chống dịch tuyến tỉnh, tuyến huyện",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các huyện, thị xã, thành phố",
         "Cả năm"),
        ("Giám sát bệnh truyền lây từ động vật sang người (cúm A/H5N1, dại)",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Chi cục Chăn nuôi và Thú y; Trung tâm Y tế các huyện, thị xã, thành phố",
         "Thường xuyên"),
    ]),
    ("2", "TIÊM CHỦNG MỞ RỘNG", [
        ("Tổ chức tiêm chủng thường xuyên hằng tháng tại các trạm y tế xã",
         "Trung tâm Y tế các huyện, thị xã, thành phố", "Trạm Y tế các xã, phường, thị trấn", "Hằng tháng"),
        ("Tiêm bổ sung vắc xin sởi - rubella cho trẻ 1 - 5 tuổi vùng nguy cơ cao",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố; Trung tâm Y tế các "
         "huyện, thị xã, thành phố", "Quý III/2020"),
        ("Tiếp nhận, bảo quản, cấp phát vắc xin, dây chuyền lạnh",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các huyện, thị xã, thành phố", "Hằng quý"),
        ("Giám sát phản ứng sau tiêm chủng, xử trí tai biến",
         "Phòng Nghiệp vụ Y", "Bệnh viện Đa khoa tỉnh; Bệnh viện Sản - Nhi tỉnh; Trung tâm Kiểm soát bệnh tật tỉnh",
         "Thường xuyên"),
        ("Triển khai phần mềm quản lý thông tin tiêm chủng quốc gia",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Viettel Thanh Sơn; Trung tâm Y tế các huyện, thị xã, thành phố", "Năm 2020"),
    ]),
    ("3", "ĐIỀU TRỊ, CHĂM SÓC NGƯỜI BỆNH", [
        ("Chuẩn bị khu cách ly, giường bệnh, thuốc, vật tư điều trị bệnh truyền nhiễm",
         "Bệnh viện Đa khoa tỉnh", "Bệnh viện Phổi tỉnh; Trung tâm Y tế các huyện, thị xã, thành phố", "Quý II/2020"),
        ("Tập huấn phác đồ chẩn đoán, điều trị các bệnh truyền nhiễm mới nổi",
         "Phòng Nghiệp vụ Y", "Bệnh viện Đa khoa tỉnh; Bệnh viện Y dược cổ truyền tỉnh", "Quý II/2020"),
        ("Thực hiện kiểm soát nhiễm khuẩn, phân luồng, cách ly tại các cơ sở khám, chữa bệnh",
         "Các bệnh viện tuyến tỉnh", "Phòng Nghiệp vụ Y", "Thường xuyên"),
        ("Hỗ trợ chuyên môn cho tuyến huyện trong điều trị bệnh nhân nặng",
         "Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản - Nhi tỉnh", "Khi có yêu cầu"),
    ]),
    ("4", "TRUYỀN THÔNG, GIÁO DỤC SỨC KHỎE", [
        ("Xây dựng, phát sóng phóng sự, tin bài về phòng, chống dịch bệnh",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Đài Phát thanh và Truyền hình tỉnh; Báo Thanh Sơn", "Hằng tháng"),
        ("Truyền thông phòng bệnh tại trường học",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Giáo dục và Đào tạo; Tỉnh đoàn", "Năm học 2020 - 2021"),
        ("Tổ chức chiến dịch diệt lăng quăng, bọ gậy phòng sốt xuất huyết",
         "Trung tâm Y tế các huyện, thị xã, thành phố", "Hội Liên hiệp Phụ nữ tỉnh; Hội Chữ thập đỏ tỉnh; UBND các xã, "
         "phường, thị trấn", "Tháng 6 - 9/2020"),
    ]),
    ("5", "BẢO ĐẢM NGUỒN LỰC VÀ KIỂM TRA", [
        ("Lập dự toán, bố trí kinh phí phòng, chống dịch",
         "Phòng Kế hoạch - Tài chính", "Sở Tài chính; Trung tâm Kiểm soát bệnh tật tỉnh", "Quý II/2020"),
        ("Mua sắm hóa chất, vật tư, trang thiết bị phòng, chống dịch",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Kế hoạch - Tài chính", "Quý II/2020"),
        ("Kiểm tra công tác phòng, chống dịch tại các đơn vị",
         "Thanh tra Sở", "Phòng Nghiệp vụ Y; Văn phòng Sở", "Quý III, IV/2020"),
        ("Tổng hợp, báo cáo tình hình dịch bệnh theo quy định",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Nghiệp vụ Y", "Hằng tuần"),
    ]),
]

SYT_TXT_TAIL = """
III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2020 là 6.850.000.000 đồng (Sáu tỷ, tám trăm năm mươi triệu đồng), trong đó: ngân sách trung ương (Chương trình mục tiêu Y tế - Dân số) 2.350.000.000 đồng; ngân sách tỉnh 4.500.000.000 đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nghiệp vụ Y: Là đầu mối tham mưu Giám đốc Sở chỉ đạo, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo Bộ Y tế, UBND tỉnh.
2. Phòng Kế hoạch - Tài chính: Tham mưu bố trí kinh phí; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí đúng quy định.
3. Thanh tra Sở: Kiểm tra việc chấp hành pháp luật về phòng, chống bệnh truyền nhiễm.
4. Trung tâm Kiểm soát bệnh tật tỉnh: Là đơn vị thường trực, chỉ đạo tuyến dưới về chuyên môn; giám sát, xử lý dịch; thực hiện chế độ báo cáo dịch.
5. Bệnh viện Đa khoa tỉnh, Bệnh viện Sản - Nhi tỉnh, Bệnh viện Phổi tỉnh: Chuẩn bị sẵn sàng thu dung, điều trị người bệnh; báo cáo ca bệnh kịp thời.
6. Trung tâm Y tế các huyện, thị xã, thành phố: Tham mưu UBND cấp huyện chỉ đạo công tác phòng, chống dịch trên địa bàn.
7. Đề nghị Sở Giáo dục và Đào tạo: Chỉ đạo các trường học phối hợp giám sát, phòng bệnh cho học sinh.
8. Đề nghị Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Sơn: Tăng thời lượng tuyên truyền về phòng, chống dịch.
9. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố: Chỉ đạo Ủy ban nhân dân cấp xã triển khai các biện pháp phòng, chống dịch tại cộng đồng.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh (b/c);
- Viện Vệ sinh dịch tễ Trung ương;
- Các đơn vị y tế trực thuộc;
- Lưu: VT, NVY.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Vi Văn Khánh
"""


def syt_text() -> str:
    """The plan as a plain text: each task a numbered line, its fields dash lines under it."""
    lines = [SYT_TXT_HEAD.rstrip("\n")]
    for number, head, tasks in SYT_TASKS:
        lines.append(f"{number}. {head}")
        for i, (task, lead, partner, when) in enumerate(tasks, 1):
            lines += [f"{number}.{i}. {task}", f"- Đơn vị chủ trì: {lead}", f"- Đơn vị phối hợp: {partner}",
                      f"- Thời gian thực hiện: {when}"]
    return "\n".join(lines) + "\n" + SYT_TXT_TAIL


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROVINCE).write_bytes(province_plan())
    (folder / DISTRICT).write_text(DISTRICT_MD, encoding="utf-8")
    (folder / MINISTRY).write_text(ministry_html(), encoding="utf-8")
    (folder / DEPARTMENT).write_bytes(department_plan())
    (folder / HEALTH).write_text(syt_text(), encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF and the .doc not written", file=sys.stderr)
        return
    (folder / PARTY).write_bytes(_soffice(party_programme(), PARTY, "pdf"))
    (folder / COMMUNE).write_bytes(_soffice(commune_plan(), COMMUNE, "doc"))
    (folder / KIMLONG).write_bytes(_soffice(kimlong_programme(), KIMLONG, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
