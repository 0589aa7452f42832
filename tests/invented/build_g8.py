"""Invented documents of hold-out round G8: the writing habits of other provinces, offices and years for numbers,
money, dates and headings (two or three habits in each document).

- a province's Kế hoạch of 2024 in Word: Roman numerals with a dash ("II - MỤC TIÊU"), dates with dots in the legal
  bases ("ngày 05.9.2023"), money in English grouping with the sum in words ("1,250,000,000 đồng (Bằng chữ: ...)"),
  targets "≥ 95%" (.docx);
- a province's Đề án of 2025 in Word: "Phần thứ nhất" / "Phần thứ hai", letters with a period ("a.", "b."), a period
  written "2026÷2030", money in a foreign currency beside đồng ("2,5 triệu USD (tương đương 61 tỷ đồng)"), targets
  "trên 80%" (.docx);
- a Sở's Kế hoạch of 2025 (text PDF): deep numbering "1.1.", "1.1.2.", a place line "ngày 5 - 9 - 2025", money
  "1.250.000.000đ" glued to its unit, a target "100 % (tăng 5% so với năm 2024)" whose increase is no target;
- a district's Kế hoạch of 2025 as Markdown: Roman numerals without a dot ("II NHIỆM VỤ"), a place line
  "ngày 08-9-2025", money "1,25 tỷ VNĐ", targets "từ 70% trở lên" and "đạt tỷ lệ 85 phần trăm" (.md);
- a province's Kế hoạch of 2026 as plain text: money with spaces ("3 450 000 000 đồng") and "1.250 trđ",
  "giai đoạn 2026-2030", legal bases dated "ngày 14-11-2025" (.txt);
- a province's Chương trình of 2025 on a portal page: "Chương I" / "Chương II" and "Mục 1", a place line
  "ngày 05.9.2025", money "2,5 nghìn tỷ đồng" and "1.250 Tr.đồng" (.html).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g8 OUTDIR`
writes every file; the PDF needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.renditions.wordplans import _paragraph

DASHED = "g8_tinh-bacthuy_127-kh-ubnd_2024_la-ma-gach-ngang.docx"
PARTS = "g8_tinh-namlong_36-da-ubnd_2025_phan-thu-usd.docx"
DEEP = "g8_sct-dongphu_208-kh-sct_2025_so-sau-dong-dinh.pdf"
NODOT = "g8_huyen-tanmy_164-kh-ubnd_2025_md-la-ma-khong-cham.md"
SPACES = "g8_tinh-lamha_09-kh-ubnd_2026_txt-dau-cach.txt"
CHAPTERS = "g8_tinh-thuanbinh_71-ctr-ubnd_2025_chuong-muc.html"


# ---------------------------------------------------------------------------
# 1. Roman numerals with a dash, dotted dates, English grouping and the sum in words (.docx).

DASHED_BODY = [
    ("i", "Căn cứ Luật Phòng, chống ma túy ngày 30.3.2021;"),
    ("i", "Căn cứ Kế hoạch số 318/KH-BCA ngày 05.9.2023 của Bộ Công an về triển khai công tác phòng, chống ma túy "
          "giai đoạn 2023 - 2025;"),
    ("p", "Ủy ban nhân dân tỉnh Bắc Thủy ban hành Kế hoạch phòng, chống ma túy năm 2024 như sau:"),
    ("h", "I - MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Huy động sức mạnh tổng hợp của cả hệ thống chính trị và toàn dân tham gia phòng, chống ma túy; kiềm chế, "
          "làm giảm tội phạm và tệ nạn ma túy trên địa bàn tỉnh."),
    ("h", "II - MỤC TIÊU"),
    ("p", "1. Tỷ lệ xã, phường, thị trấn không có ma túy ≥ 40%."),
    ("p", "2. Tỷ lệ người nghiện được điều trị, cai nghiện ≥ 95% số người nghiện có hồ sơ quản lý."),
    ("p", "3. Triệt xóa 100% điểm, tụ điểm phức tạp về ma túy được phát hiện."),
    ("h", "III - NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h", "1. Tuyên truyền, giáo dục phòng, chống ma túy"),
    ("p", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Tỉnh đoàn đổi mới nội dung, hình "
          "thức tuyên truyền trên báo chí, mạng xã hội và trong trường học."),
    ("h", "2. Đấu tranh, triệt phá tội phạm ma túy"),
    ("p", "Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Cục Hải quan tỉnh mở các đợt cao điểm "
          "tấn công, trấn áp tội phạm ma túy trên tuyến biên giới."),
    ("h", "3. Cai nghiện và quản lý sau cai nghiện"),
    ("p", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế nâng cao năng lực Cơ sở cai nghiện ma túy "
          "tỉnh, mở rộng điều trị nghiện bằng thuốc thay thế."),
    ("h", "IV - KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2024 là 1,250,000,000 đồng (Bằng chữ: Một tỷ hai trăm năm mươi triệu "
          "đồng chẵn) từ nguồn ngân sách tỉnh."),
    ("h", "V - TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo "
          "Ủy ban nhân dân tỉnh trước ngày 15.12.2024."),
    ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "3. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện tại địa phương./."),
]


def dashed_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẮC THỦY", "-------", "Số: 127/KH-UBND"],
            [*MOTTO, "Bắc Thủy, ngày 04 tháng 3 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống ma túy trên địa bàn tỉnh Bắc Thủy năm 2024", bold=True, center=True)
    _body(doc, DASHED_BODY)
    closing(doc, ["- Bộ Công an (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, NC."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Minh Tuấn"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. "Phần thứ nhất" / "Phần thứ hai", lettered items with a period, a period "2026÷2030", USD beside đồng (.docx).

PARTS_BODY = [
    ("i", "Căn cứ Quyết định số 876/QĐ-TTg ngày 22 tháng 7 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "hành động về chuyển đổi năng lượng xanh, giảm phát thải khí các-bon và khí mê-tan của ngành giao thông vận "
          "tải;"),
    ("c", "Phần thứ nhất"),
    ("c", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN"),
    ("p", "Hệ thống xe buýt của tỉnh hiện có 146 phương tiện, phần lớn sử dụng nhiên liệu dầu diesel, đã hoạt động trên "
          "10 năm, gây ô nhiễm không khí tại các đô thị."),
    ("c", "Phần thứ hai"),
    ("c", "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Chuyển đổi hệ thống xe buýt công cộng của tỉnh sang sử dụng điện, năng lượng xanh giai đoạn 2026÷2030, góp "
          "phần giảm phát thải khí nhà kính."),
    ("h", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "a. Trên 80% xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh."),
    ("p", "b. Tỷ lệ người dân đô thị sử dụng xe buýt đạt trên 15%."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Hoàn thiện quy hoạch mạng lưới tuyến và hạ tầng sạc điện"),
    ("p", "Sở Giao thông vận tải chủ trì, phối hợp với Sở Xây dựng, Công ty Điện lực Nam Long rà soát quy hoạch mạng "
          "lưới tuyến, bố trí vị trí trạm sạc tại các điểm đầu, cuối tuyến."),
    ("h", "2. Thu hút đầu tư phương tiện"),
    ("p", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính xây dựng cơ chế ưu đãi, kêu gọi doanh nghiệp đầu tư "
          "xe buýt điện."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng vốn thực hiện Đề án khoảng 2,5 triệu USD (tương đương 61 tỷ đồng), trong đó vốn ngân sách tỉnh 18 tỷ "
          "đồng, vốn doanh nghiệp và các nguồn huy động hợp pháp khác 43 tỷ đồng."),
    ("c", "Phần thứ ba"),
    ("c", "TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Giao thông vận tải là cơ quan thường trực, hướng dẫn, theo dõi và tổng hợp kết quả thực hiện Đề án."),
    ("p", "2. Sở Tài nguyên và Môi trường theo dõi chất lượng không khí tại các đô thị."),
    ("p", "3. Ủy ban nhân dân thành phố Nam Long bố trí quỹ đất cho điểm đầu, cuối tuyến và trạm sạc./."),
]


def parts_scheme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH NAM LONG", "-------", "Số: 36/ĐA-UBND"],
            [*MOTTO, "Nam Long, ngày 17 tháng 6 năm 2025"], bold=(2, 2))
    _paragraph(doc, "ĐỀ ÁN", bold=True, center=True, size=14)
    _paragraph(doc, "Chuyển đổi xe buýt sử dụng điện, năng lượng xanh trên địa bàn tỉnh Nam Long giai đoạn 2026 - 2030",
               bold=True, center=True)
    _body(doc, PARTS_BODY)
    closing(doc, ["- Bộ Giao thông vận tải (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ngành liên quan;",
                  "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đoàn Văn Khải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A Sở's plan with deep numbering, a spaced dashed date and "đ" glued to the amount (text PDF).

DEEP_BODY = [
    ("i", "Căn cứ Kế hoạch số 92/KH-UBND ngày 12-3-2025 của Ủy ban nhân dân tỉnh Đông Phú về phát triển thương mại "
          "điện tử tỉnh Đông Phú năm 2025;"),
    ("p", "Sở Công Thương xây dựng Kế hoạch như sau:"),
    ("h", "1. MỤC TIÊU"),
    ("p", "1.1. Mục tiêu chung: Đưa thương mại điện tử trở thành kênh tiêu thụ quan trọng của sản phẩm địa phương."),
    ("p", "1.2. Mục tiêu cụ thể:"),
    ("p", "1.2.1. 100 % sản phẩm OCOP của tỉnh được đưa lên sàn thương mại điện tử (tăng 5% so với năm 2024)."),
    ("p", "1.2.2. Tỷ lệ doanh nghiệp có website hoặc ứng dụng bán hàng đạt 60%."),
    ("h", "2. NHIỆM VỤ"),
    ("p", "2.1. Đào tạo kỹ năng bán hàng trực tuyến"),
    ("p", "Phòng Quản lý thương mại chủ trì, phối hợp với Hội Doanh nghiệp tỉnh tổ chức 05 lớp tập huấn cho doanh "
          "nghiệp, hợp tác xã."),
    ("p", "2.2. Xây dựng gian hàng sản phẩm OCOP"),
    ("p", "Trung tâm Khuyến công và Xúc tiến thương mại chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn "
          "xây dựng gian hàng sản phẩm OCOP trên các sàn thương mại điện tử."),
    ("h", "3. KINH PHÍ"),
    ("p", "Kinh phí thực hiện: 1.250.000.000đ (Một tỷ hai trăm năm mươi triệu đồng), từ nguồn ngân sách tỉnh giao cho "
          "Sở Công Thương năm 2025."),
    ("h", "4. TỔ CHỨC THỰC HIỆN"),
    ("p", "4.1. Văn phòng Sở tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán."),
    ("p", "4.2. Phòng Quản lý thương mại theo dõi, tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 10 - 12 - 2025./."),
]


def deep_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH ĐÔNG PHÚ", "SỞ CÔNG THƯƠNG", "-------", "Số: 208/KH-SCT"],
            [*MOTTO, "Đông Phú, ngày 5 - 9 - 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Hỗ trợ doanh nghiệp ứng dụng thương mại điện tử năm 2025", bold=True, center=True)
    _body(doc, DEEP_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLTM."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Ngô Thị Bích Liên"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A district's plan in Markdown: Roman numerals without a dot, "1,25 tỷ VNĐ", "85 phần trăm" (.md).

NODOT_TEXT = """UỶ BAN NHÂN DÂN
HUYỆN TÂN MỸ

Số: 164/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Mỹ, ngày 08-9-2025

# KẾ HOẠCH

## Nâng cao chất lượng dân số huyện Tân Mỹ năm 2025

Căn cứ Kế hoạch số 245/KH-UBND ngày 20-02-2025 của UBND tỉnh Hậu Thủy về thực hiện Chiến lược Dân số Việt Nam
năm 2025;

UBND huyện Tân Mỹ ban hành Kế hoạch như sau:

## I MỤC TIÊU

1. Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh đạt từ 70% trở lên.

2. Tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh đạt tỷ lệ 85 phần trăm.

3. Tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái.

## II NHIỆM VỤ

1. Truyền thông chuyển đổi hành vi: Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện tổ
chức truyền thông về sàng lọc trước sinh, sơ sinh tại các xã.

2. Nâng cao năng lực cung cấp dịch vụ: Trung tâm Y tế huyện chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn
tập huấn cho nhân viên y tế thôn, ấp.

## III KINH PHÍ

Tổng kinh phí thực hiện là 1,25 tỷ VNĐ từ nguồn ngân sách huyện năm 2025.

## IV TỔ CHỨC THỰC HIỆN

1. Trung tâm Y tế huyện là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện trước ngày 15-12-2025.

2. Phòng Tài chính - Kế hoạch huyện bố trí kinh phí thực hiện Kế hoạch.

3. Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch thực hiện tại địa phương./.

**Nơi nhận:**
- Sở Y tế (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

Trương Thị Mai Anh
"""


# ---------------------------------------------------------------------------
# 5. A province's plan as plain text: spaced thousands, "trđ", "giai đoạn 2026-2030", dashed dates (.txt).

SPACES_TEXT = """ỦY BAN NHÂN DÂN
TỈNH LÂM HÀ
Số: 09/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Hà, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng tỉnh Lâm Hà giai đoạn 2026-2030

Căn cứ Luật Du lịch ngày 19-6-2017;
Căn cứ Nghị quyết số 18/NQ-HĐND ngày 14-11-2025 của Hội đồng nhân dân tỉnh Lâm Hà về phát triển du lịch giai đoạn
2026-2030;
Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng giai đoạn 2026-2030 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc, tạo sinh kế bền vững cho người dân vùng
nông thôn, miền núi.
2. Mục tiêu cụ thể đến năm 2030
- Có 25 điểm du lịch cộng đồng được công nhận; 90% điểm du lịch cộng đồng đạt tiêu chuẩn phục vụ khách du lịch.
- Lượng khách đến các điểm du lịch cộng đồng tăng bình quân 12%/năm.

II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng sản phẩm du lịch cộng đồng
Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các huyện khảo sát, lựa chọn bản, làng có tiềm
năng; hỗ trợ xây dựng sản phẩm đặc trưng.
2. Đào tạo nguồn nhân lực
Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh đào tạo kỹ năng phục vụ
khách cho hộ gia đình làm du lịch.

III. KINH PHÍ
Tổng kinh phí thực hiện giai đoạn 2026-2030 là 3 450 000 000 đồng, trong đó: ngân sách tỉnh 1.250 trđ; vốn
xã hội hóa 2.200 trđ.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện.
2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch hằng năm.
3. Ủy ban nhân dân các huyện lồng ghép các chương trình, dự án để phát triển du lịch cộng đồng./.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lò Văn Thịnh
"""


# ---------------------------------------------------------------------------
# 6. A province's programme on a portal page: "Chương I", "Mục 1", dotted place date, "nghìn tỷ", "Tr.đồng" (.html).

CHAPTERS_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Chương trình số 71/CTr-UBND - Cổng thông tin điện tử tỉnh Thuận
Bình</title></head>
<body>
<div class="article">
<table class="header"><tr>
<td><p><b>ỦY BAN NHÂN DÂN<br>TỈNH THUẬN BÌNH</b></p><p>Số: 71/CTr-UBND</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Thuận Bình, ngày 05.9.2025</i></p></td>
</tr></table>
<p style="text-align:center"><b>CHƯƠNG TRÌNH</b></p>
<p style="text-align:center"><b>Phát triển hạ tầng giao thông tỉnh Thuận Bình giai đoạn 2026 - 2030</b></p>
<p><i>Căn cứ Nghị quyết số 29/NQ-HĐND ngày 15 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh Thuận Bình về kế hoạch
đầu tư công trung hạn giai đoạn 2026 - 2030;</i></p>
<p>Ủy ban nhân dân tỉnh ban hành Chương trình như sau:</p>
<p style="text-align:center"><b>Chương I</b><br><b>MỤC TIÊU</b></p>
<p><b>Mục 1. Mục tiêu chung</b></p>
<p>Xây dựng hệ thống hạ tầng giao thông đồng bộ, kết nối các vùng kinh tế động lực của tỉnh với các tỉnh trong
vùng.</p>
<p><b>Mục 2. Mục tiêu cụ thể đến năm 2030</b></p>
<p>- 100% tuyến đường tỉnh được nhựa hóa hoặc bê tông hóa.</p>
<p>- Tỷ lệ đường giao thông nông thôn được cứng hóa đạt 95%.</p>
<p style="text-align:center"><b>Chương II</b><br><b>NHIỆM VỤ VÀ GIẢI PHÁP</b></p>
<p><b>Mục 1. Đầu tư tuyến trục kết nối</b></p>
<p>Sở Giao thông vận tải chủ trì, phối hợp với Sở Kế hoạch và Đầu tư lập dự án đầu tư tuyến đường trục ven biển và
các tuyến kết nối cao tốc.</p>
<p><b>Mục 2. Cứng hóa giao thông nông thôn</b></p>
<p>Ủy ban nhân dân các huyện, thị xã chủ trì, phối hợp với Sở Giao thông vận tải huy động nhân dân hiến đất,
góp công cứng hóa đường giao thông nông thôn.</p>
<p style="text-align:center"><b>Chương III</b><br><b>KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN</b></p>
<p><b>Mục 1. Kinh phí</b></p>
<p>Tổng nhu cầu vốn thực hiện Chương trình khoảng 2,5 nghìn tỷ đồng; riêng năm 2026 bố trí từ ngân sách tỉnh
1.250 Tr.đồng để chuẩn bị đầu tư.</p>
<p><b>Mục 2. Tổ chức thực hiện</b></p>
<p>1. Sở Giao thông vận tải là cơ quan thường trực, theo dõi, đôn đốc thực hiện Chương trình.</p>
<p>2. Sở Tài chính cân đối, bố trí vốn hằng năm.</p>
<p>3. Ủy ban nhân dân các huyện, thị xã bố trí vốn đối ứng và làm tốt công tác giải phóng mặt bằng./.</p>
<table class="footer"><tr>
<td><p><b><i>Nơi nhận:</i></b><br>- Bộ Giao thông vận tải (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Lưu: VT, KT.</p></td>
<td><p style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p style="text-align:center"><b>Võ Thanh
Sơn</b></p></td>
</tr></table>
</div>
</body></html>
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NODOT).write_text(NODOT_TEXT, encoding="utf-8")
    (folder / SPACES).write_text(SPACES_TEXT, encoding="utf-8")
    (folder / CHAPTERS).write_text(CHAPTERS_PAGE, encoding="utf-8")
    (folder / DASHED).write_bytes(dashed_plan())
    (folder / PARTS).write_bytes(parts_scheme())
    (folder / DEEP).write_bytes(_pdf(deep_plan(), DEEP))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
