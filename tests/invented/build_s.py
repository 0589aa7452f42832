"""Invented documents of hold-out round S.

- a province's Chỉ thị (CT-UBND) whose body is one numbered heading per agency ("1. Sở Y tế:",
  "4. Công an tỉnh:") with that agency's duties as dash lines under it, signed "KT. CHỦ TỊCH / PHÓ
  CHỦ TỊCH" with no "TM." line (the chairman's own instrument), no amount anywhere (.txt);
- a province's Chương trình for 2026 - 2030 scraped to Markdown: its targets a table with one column
  per year ("Chỉ tiêu | ĐVT | 2026 | 2027 | 2028 | 2029 | 2030", bare years), its tasks numbered
  headings with "Cơ quan chủ trì: ..." lines, its funds "từ nguồn ngân sách nhà nước theo phân cấp
  hiện hành" with no amount (no budget item, no statement) (.md);
- a district's Đề án with two horizons ("Mục tiêu đến năm 2028" with its targets, "Tầm nhìn đến năm
  2035" with its own), its funds a sentence per project in "triệu đồng" beside a sentence that the
  recurrent costs come "theo phân cấp ngân sách hiện hành" with no amount (.txt);
- a joint plan (Kế hoạch liên tịch) of two ministries in Hà Nội on a portal page, the two issuers
  side by side in the header table and the two signatures side by side in the closing table, its
  funds a table whose rows are years (bare "2026") and whose columns are sources in abbreviations
  ("Năm | Tổng | NSTW | NSĐP | Xã hội hóa"), the amounts in "đồng" written out in full
  ("1.250.000.000") and "-" for no amount (.html);
- a province's Kế hoạch in Word whose tasks are a bordered table "TT | Nhiệm vụ | Cơ quan chủ trì |
  Cơ quan phối hợp | Thời gian", the lead-agency cells merged vertically over several tasks
  (w:vMerge) and group rows ("I. NHÓM NHIỆM VỤ ...") merged across all columns, its funds in
  "nghìn đồng" in prose (.docx);
- a district's plan of 2016 copied from a PDF (a district of a city under the centre): "UBND" for Ủy
  ban nhân dân in the header and the text, "TP." for thành phố ("UBND TP. Hải Đông"), dates "ngày
  5/3/2016", amounts in "tr.đ" and "trđ", and lettered tasks whose label is glued to the title
  ("b.Tổ chức ...", the PDF lost the space) (.txt);
- a commune's Kế hoạch on a portal page whose task table is an HTML table with group rows spanning all
  columns (colspan) and lead and partner cells spanning several tasks (rowspan), its funds one sum in
  đồng written out in full, with its amount in words, from the commune's budget (.html);
- a province's Công văn giao nhiệm vụ ("V/v ..." under the number, "Kính gửi:"), each agency a bold
  heading with no colon ("**1. Sở Y tế**") and its duties dash lines under it, no amount (.md).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_s
OUTDIR` writes the eight files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

DIRECTIVE = "s_tinh-kimthuy_08-ct-ubnd_2026_chi-thi-giao.txt"
PROGRAMME = "s_tinh-baoninh_21-ctr-ubnd_2026_chi-tieu-theo-nam.md"
SCHEME = "s_huyen-tanlinh_1650-qd-ubnd_2025_de-an-tam-nhin.txt"
JOINT = "s_byt-bgddt_05-khlt-byt-bgddt_2026_lien-tich-nam-nguon.html"
TASKS = "s_tinh-songhau_146-kh-ubnd_2026_bang-gop-chu-tri.docx"
OLD = "s_huyen-dongbinh_37-kh-ubnd_2016_pdf-cu.txt"
COMMUNE = "s_xa-phuoclocdong_22-kh-ubnd_2026_html-rowspan.html"
LETTER = "s_tinh-namthanh_1875-ubnd-vx_2026_cong-van-giao.md"

DIRECTIVE_TXT = """ỦY BAN NHÂN DÂN
TỈNH KIM THỦY
-------
Số: 08/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Kim Thủy, ngày 16 tháng 3 năm 2026

CHỈ THỊ
Về tăng cường phòng, chống dịch sốt xuất huyết năm 2026

Năm 2025, toàn tỉnh ghi nhận 3.214 ca mắc sốt xuất huyết, tăng 18% so với năm 2024; dịch có nguy cơ bùng phát sớm khi mùa mưa đến. Để chủ động kiểm soát dịch bệnh, bảo vệ sức khỏe Nhân dân, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

1. Sở Y tế:
- Chủ trì, phối hợp với các sở, ngành và địa phương giám sát chặt chẽ tình hình dịch bệnh, xử lý triệt để ổ dịch, không để dịch lan rộng.
- Chỉ đạo các bệnh viện chuẩn bị đủ thuốc, dịch truyền, giường bệnh; thu dung, điều trị kịp thời, hạn chế thấp nhất tử vong.
- Tổng hợp tình hình dịch, báo cáo Ủy ban nhân dân tỉnh hằng tuần.

2. Sở Giáo dục và Đào tạo:
- Chỉ đạo các trường học tổ chức diệt lăng quăng, bọ gậy trong khuôn viên trường mỗi tuần một lần.
- Lồng ghép nội dung phòng, chống sốt xuất huyết vào hoạt động ngoại khóa của học sinh.

3. Sở Tài chính:
- Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí từ nguồn dự phòng ngân sách tỉnh cho công tác phòng, chống dịch.

4. Công an tỉnh:
- Phối hợp với Sở Y tế xử lý nghiêm các tổ chức, cá nhân không chấp hành các biện pháp phòng, chống dịch theo quy định.

5. Ủy ban nhân dân các xã, phường:
- Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại tất cả thôn, tổ dân phố ít nhất mỗi tháng một lần từ tháng 4 đến tháng 11 năm 2026.
- Huy động lực lượng dân quân, đoàn viên thanh niên tham gia vệ sinh môi trường, phát quang bụi rậm.

6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:
- Vận động đoàn viên, hội viên và Nhân dân tích cực tham gia các chiến dịch vệ sinh môi trường.

Giám đốc các sở, Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Chỉ thị này./.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.
                                                  KT. CHỦ TỊCH
                                                  PHÓ CHỦ TỊCH



                                                  Lò Thị Hạnh
"""

PROGRAMME_MD = """**ỦY BAN NHÂN DÂN TỈNH BẢO NINH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 21/CTr-UBND

*Bảo Ninh, ngày 09 tháng 01 năm 2026*

## CHƯƠNG TRÌNH

## Phát triển thể dục, thể thao quần chúng tỉnh Bảo Ninh giai đoạn 2026 - 2030

Căn cứ Quyết định số 1189/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030;

Ủy ban nhân dân tỉnh ban hành Chương trình phát triển thể dục, thể thao quần chúng giai đoạn 2026 - 2030 như sau:

### I. MỤC TIÊU

#### 1. Mục tiêu chung

Phát triển phong trào thể dục, thể thao quần chúng rộng khắp, nâng cao sức khỏe và tầm vóc của Nhân dân.

#### 2. Mục tiêu cụ thể

| TT | Chỉ tiêu | ĐVT | 2026 | 2027 | 2028 | 2029 | 2030 |
|---|---|---|---|---|---|---|---|
| 1 | Tỷ lệ dân số tập luyện thể dục, thể thao thường xuyên | % | 36 | 37,5 | 39 | 40,5 | 42 |
| 2 | Tỷ lệ gia đình thể thao | % | 25 | 26 | 27 | 28,5 | 30 |
| 3 | Số câu lạc bộ thể dục, thể thao cơ sở | câu lạc bộ | 640 | 680 | 720 | 760 | 800 |

### II. NHIỆM VỤ VÀ GIẢI PHÁP

#### 1. Tuyên truyền lợi ích của tập luyện thể dục, thể thao

Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. Cơ quan phối hợp: Báo và Phát thanh, Truyền hình Bảo Ninh.

#### 2. Phát triển hệ thống câu lạc bộ thể thao cơ sở

Cơ quan chủ trì: Ủy ban nhân dân các xã, phường. Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn.

#### 3. Đẩy mạnh thể thao trường học

Cơ quan chủ trì: Sở Giáo dục và Đào tạo. Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch.

### III. KINH PHÍ THỰC HIỆN

Kinh phí thực hiện Chương trình từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác.

### IV. TỔ CHỨC THỰC HIỆN

1. Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.

2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình theo phân cấp.

3. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức hoạt động thể thao ngoại khóa.

4. Ủy ban nhân dân các xã, phường xây dựng kế hoạch hằng năm để thực hiện Chương trình tại địa phương./.

**Nơi nhận:**

- Bộ Văn hóa, Thể thao và Du lịch;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Hà Thị Minh Nguyệt**
"""

SCHEME_TXT = """ỦY BAN NHÂN DÂN
HUYỆN TÂN LĨNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1650/QĐ-UBND
Tân Lĩnh, ngày 22 tháng 7 năm 2025

QUYẾT ĐỊNH
Phê duyệt Đề án phát triển vùng nguyên liệu dược liệu huyện Tân Lĩnh đến năm 2028, tầm nhìn đến năm 2035

ỦY BAN NHÂN DÂN HUYỆN TÂN LĨNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Nghị quyết số 17/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân huyện Tân Lĩnh về phát triển vùng nguyên liệu dược liệu;
Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 88/TTr-PKT ngày 15 tháng 7 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án phát triển vùng nguyên liệu dược liệu huyện Tân Lĩnh đến năm 2028, tầm nhìn đến năm 2035 với những nội dung chủ yếu sau:

I. MỤC TIÊU
1. Mục tiêu đến năm 2028
- Diện tích trồng dược liệu tập trung đạt 450 ha, trong đó 30% diện tích đạt tiêu chuẩn thực hành trồng trọt tốt (GACP).
- Tỷ lệ sản lượng dược liệu được tiêu thụ qua hợp đồng liên kết đạt 60%.
- Có ít nhất 04 sản phẩm dược liệu đạt chuẩn OCOP 3 sao trở lên.
2. Tầm nhìn đến năm 2035
- Diện tích trồng dược liệu tập trung đạt 900 ha, trong đó 70% diện tích đạt tiêu chuẩn GACP.
- Tỷ lệ sản lượng dược liệu được chế biến sâu tại địa phương đạt 40%.

II. NHIỆM VỤ
1. Quy hoạch vùng trồng dược liệu tập trung tại các xã vùng cao
Phòng Kinh tế chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.
2. Xây dựng 03 mô hình liên kết trồng và tiêu thụ dược liệu
Trung tâm Dịch vụ nông nghiệp huyện chủ trì, phối hợp với Hội Nông dân huyện thực hiện.
3. Hỗ trợ chứng nhận GACP và phát triển sản phẩm OCOP từ dược liệu
Phòng Kinh tế chủ trì, phối hợp với các hợp tác xã dược liệu thực hiện.

III. KINH PHÍ
1. Kinh phí thực hiện các dự án của Đề án đến năm 2028 là 18.600 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 7.500 triệu đồng; ngân sách huyện 6.100 triệu đồng; vốn của doanh nghiệp, hợp tác xã 5.000 triệu đồng.
2. Kinh phí chi thường xuyên cho công tác quản lý, tuyên truyền được bố trí trong dự toán của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế là cơ quan thường trực, hướng dẫn, kiểm tra việc thực hiện Đề án; báo cáo Ủy ban nhân dân huyện hằng năm.
2. Phòng Tài chính - Kế hoạch tham mưu bố trí vốn thực hiện Đề án.
3. Ủy ban nhân dân các xã: vận động Nhân dân chuyển đổi cây trồng sang dược liệu; quản lý vùng trồng trên địa bàn.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Kinh tế, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch Ủy ban nhân dân các xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, PKT.
                                                  TM. ỦY BAN NHÂN DÂN
                                                  CHỦ TỊCH



                                                  Bế Văn Quang
"""

JOINT_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch liên tịch 05/KHLT-BYT-BGDĐT</title></head>
<body>
<div class="van-ban">
<table class="header" style="width:100%">
<tr>
<td style="text-align:center"><b>BỘ Y TẾ</b><br>-------</td>
<td style="text-align:center"><b>BỘ GIÁO DỤC VÀ ĐÀO TẠO</b><br>-------</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td>
</tr>
<tr>
<td colspan="2" style="text-align:center">Số: 05/KHLT-BYT-BGDĐT</td>
<td style="text-align:center"><i>Hà Nội, ngày 05 tháng 3 năm 2026</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH LIÊN TỊCH</b></p>
<p style="text-align:center"><b>Chăm sóc sức khỏe răng miệng cho học sinh tiểu học năm học 2026 - 2027</b></p>
<p>Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;</p>
<p>Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12 tháng 5 năm 2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo quy định về công tác y tế trường học;</p>
<p>Bộ Y tế và Bộ Giáo dục và Đào tạo thống nhất ban hành Kế hoạch liên tịch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao nhận thức và thực hành vệ sinh răng miệng của học sinh tiểu học, giảm tỷ lệ sâu răng.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- Đến hết năm học 2026 - 2027, 95% trường tiểu học tổ chức chải răng tập thể cho học sinh;</p>
<p>- Tỷ lệ học sinh tiểu học được khám răng định kỳ đạt 80%.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p><b>1. Tập huấn cho nhân viên y tế trường học về chăm sóc răng miệng</b></p>
<p>Cục Quản lý khám, chữa bệnh chủ trì, phối hợp với Vụ Giáo dục Thể chất thực hiện.</p>
<p><b>2. Tổ chức khám răng định kỳ cho học sinh</b></p>
<p>Viện Răng Hàm Mặt Quốc gia chủ trì, phối hợp với Sở Y tế các tỉnh, thành phố thực hiện.</p>
<p><b>3. Biên soạn tài liệu truyền thông về vệ sinh răng miệng</b></p>
<p>Vụ Giáo dục Thể chất chủ trì, phối hợp với Cục Quản lý khám, chữa bệnh thực hiện.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch là 4.850.000.000 đồng (Bốn tỷ, tám trăm năm mươi triệu đồng). Dự kiến phân bổ như sau:</p>
<p style="text-align:right"><i>Đơn vị tính: đồng</i></p>
<table border="1">
<tr><th>Năm</th><th>Tổng</th><th>NSTW</th><th>NSĐP</th><th>Xã hội hóa</th></tr>
<tr><td>2026</td><td>1.850.000.000</td><td>1.250.000.000</td><td>600.000.000</td><td>-</td></tr>
<tr><td>2027</td><td>3.000.000.000</td><td>1.500.000.000</td><td>1.100.000.000</td><td>400.000.000</td></tr>
<tr><td>Tổng cộng</td><td>4.850.000.000</td><td>2.750.000.000</td><td>1.700.000.000</td><td>400.000.000</td></tr>
</table>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Cục Quản lý khám, chữa bệnh (Bộ Y tế) là đầu mối, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.</p>
<p>2. Vụ Giáo dục Thể chất (Bộ Giáo dục và Đào tạo) chỉ đạo các sở giáo dục và đào tạo triển khai tại các trường tiểu học.</p>
<p>3. Sở Y tế các tỉnh, thành phố phối hợp với sở giáo dục và đào tạo cùng cấp tổ chức khám răng cho học sinh.</p>
<table class="footer" style="width:100%">
<tr>
<td style="text-align:center"><b>KT. BỘ TRƯỞNG<br>BỘ GIÁO DỤC VÀ ĐÀO TẠO<br>THỨ TRƯỞNG</b><br><br><br><b>Ngô Thị Thu Trang</b></td>
<td style="text-align:center"><b>KT. BỘ TRƯỞNG<br>BỘ Y TẾ<br>THỨ TRƯỞNG</b><br><br><br><b>Đặng Quốc Khánh</b></td>
</tr>
</table>
<p><b><i>Nơi nhận:</i></b><br>- Văn phòng Chính phủ;<br>- Sở Y tế, Sở GDĐT các tỉnh, thành phố;<br>- Lưu: VT BYT, VT BGDĐT.</p>
</div>
</body>
</html>
"""

OLD_TXT = """UBND HUYỆN ĐÔNG BÌNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 37/KH-UBND
                                          Đông Bình, ngày 5/3/2016

KẾ HOẠCH
Thực hiện công tác vệ sinh an toàn thực phẩm năm 2016

Thực hiện Kế hoạch số 412/KH-UBND ngày 18/01/2016 của UBND TP. Hải Đông về bảo đảm vệ sinh an toàn thực phẩm năm 2016;
UBND huyện xây dựng Kế hoạch thực hiện như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Kiểm soát tốt an toàn thực phẩm trên địa bàn huyện, giảm thiểu các vụ ngộ độc thực phẩm.
2. Mục tiêu cụ thể
- 100% cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn được tuyên truyền về an toàn thực phẩm;
- Trên 85% bếp ăn tập thể tại các trường mầm non được kiểm tra ít nhất 01 lần trong năm.

II. NHIỆM VỤ
a.Tuyên truyền về an toàn thực phẩm trên hệ thống loa truyền thanh các xã, thị trấn
Trung tâm Văn hóa - Thông tin huyện chủ trì, phối hợp với Phòng Y tế thực hiện.
b.Tổ chức các đoàn kiểm tra liên ngành trong dịp Tết Nguyên đán và Tháng hành động
Phòng Y tế chủ trì, phối hợp với Công an huyện, Phòng Kinh tế và Hạ tầng thực hiện.
c.Giám sát bếp ăn tập thể tại các trường mầm non
Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo thực hiện.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 285 tr.đ, trong đó: ngân sách huyện 210 trđ; ngân sách các xã, thị trấn 75 tr.đ.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Y tế là cơ quan thường trực Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện, tham mưu UBND huyện tổ chức thực hiện Kế hoạch; báo cáo kết quả về UBND TP. Hải Đông và Sở Y tế trước ngày 15/12/2016.
2. Phòng Tài chính - Kế hoạch bố trí kinh phí theo Kế hoạch.
3. UBND các xã, thị trấn: xây dựng kế hoạch của địa phương; tổ chức kiểm tra các cơ sở kinh doanh thực phẩm nhỏ lẻ trên địa bàn.

Nơi nhận:
- UBND TP. Hải Đông (b/c);
- Sở Y tế TP. Hải Đông;
- TT Huyện ủy, TT HĐND huyện;
- Thành viên BCĐ liên ngành ATTP huyện;
- UBND các xã, thị trấn;
- Lưu: VT.
                                          TM. ỦY BAN NHÂN DÂN
                                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH



                                          Trịnh Văn Lực
"""

COMMUNE_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch phòng, chống đuối nước cho trẻ em năm 2026</title></head>
<body>
<div id="noidung">
<table style="width:100%">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>XÃ PHƯỚC LỘC ĐÔNG</b><br>-------<br>Số: 22/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Phước Lộc Đông, ngày 10 tháng 3 năm 2026</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Phòng, chống đuối nước cho trẻ em trên địa bàn xã năm 2026</b></p>
<p>Thực hiện Kế hoạch số 35/KH-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Đồng Lộc về phòng, chống tai nạn thương tích cho trẻ em năm 2026;</p>
<p>Ủy ban nhân dân xã ban hành Kế hoạch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Giảm số trẻ em bị đuối nước; nâng cao nhận thức của gia đình và cộng đồng về phòng, chống đuối nước.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- 100% trường mầm non, tiểu học trên địa bàn được tuyên truyền về phòng, chống đuối nước;</p>
<p>- Giảm 20% số trẻ em bị đuối nước so với năm 2025.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<table border="1" cellpadding="4">
<tr><th>STT</th><th>Nội dung nhiệm vụ</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian hoàn thành</th></tr>
<tr><td colspan="5"><b>I. CÔNG TÁC TUYÊN TRUYỀN</b></td></tr>
<tr><td>1</td><td>Tuyên truyền kỹ năng phòng, chống đuối nước trên hệ thống loa truyền thanh</td><td rowspan="2">Công chức Văn hóa - Xã hội</td><td>Đài Truyền thanh xã</td><td>Quý I/2026</td></tr>
<tr><td>2</td><td>Tổ chức hội thi tìm hiểu về an toàn sông nước cho học sinh</td><td>Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã</td><td>Tháng 5/2026</td></tr>
<tr><td colspan="5"><b>II. CÔNG TÁC BẢO ĐẢM AN TOÀN</b></td></tr>
<tr><td>3</td><td>Mở lớp dạy bơi an toàn cho trẻ em từ 6 đến 14 tuổi</td><td>Trạm Y tế xã</td><td rowspan="2">Ủy ban Mặt trận Tổ quốc Việt Nam xã</td><td>Tháng 6 - Tháng 7/2026</td></tr>
<tr><td>4</td><td>Rà soát, cắm biển cảnh báo tại các ao, hồ, khúc sông nguy hiểm</td><td>Công an xã</td><td>Quý II/2026</td></tr>
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch là 180.000.000 đồng (Một trăm tám mươi triệu đồng) từ nguồn ngân sách xã năm 2026.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Công chức Văn hóa - Xã hội chủ trì, theo dõi việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân xã trước ngày 15 tháng 11 năm 2026.</p>
<p>2. Trạm Y tế xã phối hợp với các trường học tổ chức lớp dạy bơi an toàn.</p>
<p>3. Công an xã kiểm tra, cắm biển cảnh báo tại các điểm nguy hiểm.</p>
<p>4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động gia đình quản lý trẻ em trong dịp hè./.</p>
<table style="width:100%">
<tr><td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Đồng Lộc (b/c);<br>- TT Đảng ủy, TT HĐND xã;<br>- Các ban, ngành, đoàn thể xã;<br>- Lưu: VT.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><br><b>Huỳnh Thị Mỹ Lệ</b></td></tr>
</table>
</div>
</body>
</html>
"""

LETTER_MD = """**ỦY BAN NHÂN DÂN TỈNH NAM THẠNH**

Số: 1875/UBND-VX

V/v triển khai các biện pháp phòng, chống rét cho người và vật nuôi

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Nam Thạnh, ngày 02 tháng 12 năm 2026*

Kính gửi:

- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện Công điện số 25/CĐ-TTg ngày 28 tháng 11 năm 2026 của Thủ tướng Chính phủ về chủ động ứng phó với rét đậm, rét hại, Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:

**1. Sở Nông nghiệp và Môi trường**

- Hướng dẫn người chăn nuôi che chắn chuồng trại, dự trữ thức ăn cho gia súc.
- Chuẩn bị đủ vật tư, hóa chất khử trùng để xử lý khi có gia súc chết do rét.

**2. Sở Y tế**

- Chỉ đạo các cơ sở y tế bảo đảm thuốc, trang thiết bị cấp cứu người bị nhiễm lạnh.

**3. Sở Giáo dục và Đào tạo**

- Cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ ngoài trời dưới 10°C.

**4. Ủy ban nhân dân các xã, phường**

- Rà soát hộ nghèo, người cao tuổi neo đơn để hỗ trợ chăn, áo ấm kịp thời.
- Sử dụng nguồn dự phòng ngân sách xã theo phân cấp hiện hành để hỗ trợ người dân.

Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.

**Nơi nhận:**

- Như trên;
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, VX.

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Điểu Văn Thanh**
"""


def task_table_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH SÔNG HẬU", "-------", "Số: 146/KH-UBND"],
            [*MOTTO, "Sông Hậu, ngày 18 tháng 02 năm 2026"], widths=(6.5, 9.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh năm 2026", bold=True, center=True)
    for kind, text in (
        ("p", "Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20 tháng 6 năm 2023;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Phát triển kinh tế tập thể, hợp tác xã bền vững; phấn đấu thành lập mới 45 hợp tác xã, tỷ lệ hợp "
              "tác xã hoạt động hiệu quả đạt 70%."),
        ("h", "II. NHIỆM VỤ"),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["I. NHÓM NHIỆM VỤ VỀ CƠ CHẾ, CHÍNH SÁCH", "", "", "", ""],
            ["1", "Rà soát các chính sách hỗ trợ hợp tác xã của tỉnh", "Sở Tài chính", "Sở Tư pháp", "Quý I/2026"],
            ["2", "Tham mưu sửa đổi chính sách hỗ trợ tín dụng cho hợp tác xã", "", "Ngân hàng Nhà nước Khu vực 14",
             "Quý II/2026"],
            ["3", "Hướng dẫn thủ tục thành lập hợp tác xã", "", "Ủy ban nhân dân các xã, phường", "Cả năm"],
            ["II. NHÓM NHIỆM VỤ HỖ TRỢ PHÁT TRIỂN", "", "", "", ""],
            ["4", "Hỗ trợ hợp tác xã ứng dụng công nghệ cao trong sản xuất", "Sở Nông nghiệp và Môi trường",
             "Liên minh Hợp tác xã tỉnh", "Cả năm"],
            ["5", "Xây dựng chuỗi liên kết tiêu thụ nông sản", "", "Sở Công Thương", "Quý III/2026"],
            ["6", "Đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã", "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ",
             "Quý II - Quý IV/2026"]]
    _table(doc, rows, merges=(((1, 0), (1, 4)), ((5, 0), (5, 4)), ((2, 2), (4, 2)), ((6, 2), (7, 2))))
    for kind, text in (
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 3.640.000 nghìn đồng, trong đó: ngân sách tỉnh 2.900.000 nghìn "
              "đồng; nguồn vốn của các hợp tác xã 740.000 nghìn đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Tài chính chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Ủy ban nhân dân "
              "tỉnh trước ngày 10 tháng 12 năm 2026."),
        ("p", "2. Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã nông nghiệp chuyển đổi mô hình sản xuất."),
        ("p", "3. Đề nghị Liên minh Hợp tác xã tỉnh tư vấn, hỗ trợ thành lập mới hợp tác xã./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Thạch Văn Sơn"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DIRECTIVE).write_text(DIRECTIVE_TXT, encoding="utf-8")
    (folder / PROGRAMME).write_text(PROGRAMME_MD, encoding="utf-8")
    (folder / SCHEME).write_text(SCHEME_TXT, encoding="utf-8")
    (folder / JOINT).write_text(JOINT_HTML, encoding="utf-8")
    (folder / TASKS).write_bytes(task_table_plan())
    (folder / OLD).write_text(OLD_TXT, encoding="utf-8")
    (folder / COMMUNE).write_text(COMMUNE_HTML, encoding="utf-8")
    (folder / LETTER).write_text(LETTER_MD, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
