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


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROVINCE).write_bytes(province_plan())
    (folder / DISTRICT).write_text(DISTRICT_MD, encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF not written", file=sys.stderr)
        return
    (folder / PARTY).write_bytes(_soffice(party_programme(), PARTY, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
