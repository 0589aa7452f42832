"""Invented documents of hold-out round Q.

- a commune's Kế hoạch as plain text (a commune named for a real place and a part word, "xã Bảo
  Lạc Tây"), its specific objectives a dash list of bounds written in words ("Phấn đấu 100%",
  "Trên 95%", "Không dưới 80%", "Ít nhất 02 ...") and amounts in words ("giảm một nửa", "tăng gấp
  đôi": no numbers), its tasks a table flattened to lines whose cells are set apart by two or more
  spaces, its funds one sentence in "triệu đồng" with thousands dots whose total differs from the
  sum of its sources ("vốn sự nghiệp", "vốn đầu tư phát triển", "vốn lồng ghép", "nguồn xã hội
  hóa"), and "Trưởng các xóm: ..." among the assignments (.txt);
- a district's Kế hoạch for 2025 - 2027 scraped to Markdown: headings "####", a targets table
  "Năm 2024 | Năm 2027" (the first year before the period: the starting level), and a task table
  whose two-row header lost its second row into the body ("| | | chủ trì | phối hợp | thực hiện |")
  (.md);
- a ministry's Quyết định ban hành Kế hoạch (BỘ Y TẾ) on a portal page: the plan after the
  signature, its tasks left to a "Phụ lục" table "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối
  hợp | Thời gian | Sản phẩm" assigning Cục, Vụ and Viện, its funds from "ngân sách trung ương"
  (.html);
- a province department's (Sở) Kế hoạch for one year in Word: targets in a table "Thực hiện năm
  2025 | Kế hoạch năm 2026", tasks as numbered headings each with "- Đơn vị chủ trì: ..." / "- Đơn
  vị phối hợp: ..." lines, funds in "triệu đồng" by source in prose (.docx);
- a town's (thị xã) Kế hoạch scraped to Markdown whose task table's header row is wrapped onto a
  second line in the middle of a cell ("| Cơ quan phối" / "hợp | ..."), its specific objectives "+"
  items under "- Đến hết năm 2025:" and a rate with its starting level in brackets, its funds a
  table "ĐVT: triệu đồng" by source (.md);
- a province's Sở Y tế Kế hoạch as text whose budget table is flattened to lines set apart by
  two or more spaces (a total row with no number, "-" for no amount), its tasks numbered paragraphs
  "X chủ trì, phối hợp với Y ..." (.txt);
- a commune's Party committee (Đảng ủy xã, named for a real place and a part word) Chương trình hành
  động on a portal page: "ĐẢNG CỘNG SẢN VIỆT NAM" for the motto, "Số 15-CTr/ĐU", targets "Đến năm
  2030:" with a rate "giảm còn dưới 2%" and an income in "triệu đồng/người/năm" (no budget), funds
  by project ("Dự án 1: ..., kinh phí 12,5 tỷ đồng, trong đó: ...") and one whose source follows it
  ("từ nguồn vốn đầu tư công của tỉnh"), signed "T/M ĐẢNG ỦY / BÍ THƯ" (.html);
- a ward's (phường, after the 2025 reform) Kế hoạch in Markdown: its targets numbered inline in one
  paragraph ("(1) ... ≥ 90%; (2) ...; (3) ..."), its tasks lettered under numbered groups ("1." over
  "a)", "b)") each with "(Chủ trì: X; phối hợp: Y)" in brackets, its funds by year in lines
  ("- Năm 2026: 300 triệu đồng;"), and the ward's offices as one responsible body ("Các phòng
  chuyên môn thuộc Ủy ban nhân dân phường: ...") (.md).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_q
OUTDIR` writes the eight files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

COMMUNE = "q_xa-baolactay_15-kh-ubnd_2026_cot-cach-deu.txt"
DISTRICT = "q_huyen-ngocsonha_58-kh-ubnd_2025_md-tieu-de-vo.md"
MINISTRY = "q_byt_1187-qd-byt_2026_phu-luc-nhiem-vu.html"
DEPARTMENT = "q_snnmt-lamthuy_96-kh-snnmt_2026_don-vi-chu-tri.docx"
TOWN = "q_thixa-hoavinhthanh_27-kh-ubnd_2025_md-dong-tieu-de-gay.md"
HEALTH = "q_syt-taylinh_14-kh-syt_2026_bang-cach-deu.txt"
PARTY = "q_danguy-tanlapdong_15-ctr-du_2026_du-an-kinh-phi.html"
WARD = "q_phuong-hoaphu_41-kh-ubnd_2026_chu-tri-trong-ngoac.md"

COMMUNE_TXT = """ỦY BAN NHÂN DÂN
XÃ BẢO LẠC TÂY

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/KH-UBND
Bảo Lạc Tây, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện vệ sinh môi trường nông thôn trên địa bàn xã năm 2026

Căn cứ Quyết định số 236/QĐ-UBND ngày 12 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Cao Bằng về việc giao dự toán ngân sách nhà nước năm 2026;
Thực hiện Kế hoạch số 07/KH-SNNMT ngày 05 tháng 01 năm 2026 của Sở Nông nghiệp và Môi trường tỉnh Cao Bằng về nước sạch và vệ sinh môi trường nông thôn năm 2026;
Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức của người dân về giữ gìn vệ sinh môi trường, cải thiện điều kiện sống ở các xóm.
2. Yêu cầu
Các nhiệm vụ được triển khai đồng bộ, đúng tiến độ; bảo đảm tiết kiệm, hiệu quả.

II. MỤC TIÊU
1. Mục tiêu chung
Cải thiện rõ rệt cảnh quan, vệ sinh môi trường ở các khu dân cư; hình thành thói quen phân loại rác thải tại hộ gia đình.
2. Mục tiêu cụ thể
- Phấn đấu 100% xóm có tổ tự quản về vệ sinh môi trường;
- Trên 95% hộ gia đình được tuyên truyền về phân loại rác thải tại nguồn;
- Không dưới 80% hộ gia đình có nhà tiêu hợp vệ sinh;
- Ít nhất 02 xóm đạt tiêu chí xóm sáng, xanh, sạch, đẹp;
- Giảm một nửa số điểm tồn đọng rác thải tự phát so với năm 2025;
- Số hộ nuôi nhốt gia súc cách xa nhà ở tăng gấp đôi so với năm 2025.

III. NHIỆM VỤ CỤ THỂ
STT   Nội dung công việc                                   Đơn vị chủ trì                Đơn vị phối hợp          Thời gian
1     Tuyên truyền phân loại rác thải tại hộ gia đình      Công chức Văn hóa - Xã hội    Đoàn Thanh niên xã       Quý I - Quý II
2     Thành lập tổ tự quản vệ sinh môi trường ở các xóm    Ủy ban Mặt trận Tổ quốc xã    Trưởng các xóm           Tháng 3/2026
3     Hỗ trợ xây dựng nhà tiêu hợp vệ sinh                 Trạm Y tế xã                  Hội Liên hiệp Phụ nữ xã  Cả năm
4     Ra quân dọn dẹp các điểm tồn đọng rác thải           Đoàn Thanh niên xã            Hội Cựu chiến binh xã    Hằng tháng

IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch là 1.285 triệu đồng, gồm: vốn sự nghiệp bảo vệ môi trường 420 triệu đồng; vốn đầu tư phát triển 600 triệu đồng để xây dựng 02 điểm tập kết rác thải; vốn lồng ghép từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới 180 triệu đồng; nguồn xã hội hóa 95 triệu đồng.

V. TỔ CHỨC THỰC HIỆN
1. Công chức Nông nghiệp - Môi trường: chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Ủy ban nhân dân xã trước ngày 15/12/2026.
2. Công chức Tài chính - Kế toán: tham mưu bố trí kinh phí; hướng dẫn thanh quyết toán theo quy định.
3. Trạm Y tế xã: hướng dẫn hộ gia đình xây dựng, sử dụng nhà tiêu hợp vệ sinh.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: tuyên truyền, vận động đoàn viên, hội viên tham gia.
5. Trưởng các xóm: phổ biến Kế hoạch đến từng hộ gia đình; tổ chức ra quân vệ sinh hằng tháng.

Trên đây là Kế hoạch thực hiện vệ sinh môi trường nông thôn năm 2026 của Ủy ban nhân dân xã Bảo Lạc Tây./.

Nơi nhận:
- UBND tỉnh Cao Bằng (b/c);
- Sở Nông nghiệp và Môi trường;
- TT Đảng ủy, HĐND xã;
- Các xóm;
- Lưu: VT.
                                                  TM. ỦY BAN NHÂN DÂN
                                                  CHỦ TỊCH



                                                  Nông Văn Thạch
"""

DISTRICT_MD = """ỦY BAN NHÂN DÂN HUYỆN NGỌC SƠN HÀ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 58/KH-UBND

*Ngọc Sơn Hà, ngày 17 tháng 3 năm 2025*

#### KẾ HOẠCH

#### Đào tạo nghề cho lao động nông thôn huyện Ngọc Sơn Hà giai đoạn 2025 - 2027

Căn cứ Quyết định số 1145/QĐ-UBND ngày 26 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Hà Lâm về việc phê duyệt Đề án đào tạo nghề cho lao động nông thôn tỉnh Hà Lâm giai đoạn 2025 - 2027;

Ủy ban nhân dân huyện ban hành Kế hoạch đào tạo nghề cho lao động nông thôn giai đoạn 2025 - 2027 như sau:

#### I. MỤC TIÊU

##### 1. Mục tiêu chung

Nâng cao chất lượng lao động nông thôn, gắn đào tạo nghề với nhu cầu của thị trường lao động và chuyển dịch cơ cấu kinh tế của huyện.

##### 2. Mục tiêu cụ thể

| STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2027 |
|---|---|---|---|---|
| 1 | Tỷ lệ lao động qua đào tạo | % | 62,5 | 70 |
| 2 | Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ | % | 25 | 32 |
| 3 | Số lao động nông thôn được đào tạo nghề mỗi năm | người | 850 | 1.000 |

#### II. NHIỆM VỤ

| TT | Nhiệm vụ | Cơ quan | Cơ quan | Thời gian |
|---|---|---|---|---|
| | | chủ trì | phối hợp | thực hiện |
| 1 | Rà soát nhu cầu học nghề của lao động nông thôn | Phòng Lao động - Thương binh và Xã hội | Ủy ban nhân dân các xã, thị trấn | Quý II/2025 |
| 2 | Đào tạo nghề nông nghiệp theo chuỗi giá trị | Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện | Phòng Nông nghiệp và Phát triển nông thôn | Hằng năm |
| 3 | Kết nối việc làm cho lao động sau đào tạo | Phòng Lao động - Thương binh và Xã hội | Hội Nông dân huyện; Huyện đoàn | Hằng năm |

#### III. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch là 4.650 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 2.500 triệu đồng; ngân sách huyện 1.800 triệu đồng; nguồn huy động hợp pháp khác 350 triệu đồng.

#### IV. TỔ CHỨC THỰC HIỆN

1. Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện định kỳ 6 tháng, hằng năm.

2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch.

3. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức các lớp đào tạo nghề theo kế hoạch được giao.

4. Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động lao động nông thôn tham gia học nghề./.

**Nơi nhận:**

- UBND tỉnh Hà Lâm (b/c);
- Sở Lao động - Thương binh và Xã hội;
- TT Huyện ủy, TT HĐND huyện;
- Các phòng, ban, đơn vị liên quan;
- UBND các xã, thị trấn;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Đàm Thị Hương**
"""

MINISTRY_HTML = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quyết định 1187/QĐ-BYT năm 2026 ban hành Kế hoạch nâng cao năng lực cấp cứu ngoại viện</title>
</head>
<body>
<div class="doc-content">
<table style="width:100%">
<tr>
<td style="width:40%;text-align:center"><b>BỘ Y TẾ</b><br>-------</td>
<td style="width:60%;text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td>
</tr>
<tr>
<td style="text-align:center">Số: 1187/QĐ-BYT</td>
<td style="text-align:right"><i>Hà Nội, ngày 06 tháng 4 năm 2026</i></td>
</tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Ban hành Kế hoạch nâng cao năng lực cấp cứu ngoại viện giai đoạn 2026 - 2028</b></p>
<p style="text-align:center"><b>BỘ TRƯỞNG BỘ Y TẾ</b></p>
<p><i>Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;</i></p>
<p><i>Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;</i></p>
<p><i>Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Ban hành kèm theo Quyết định này Kế hoạch nâng cao năng lực cấp cứu ngoại viện giai đoạn 2026 - 2028.</p>
<p><b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký, ban hành.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh, Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.</p>
<table style="width:100%">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ trưởng (để b/c);<br>- Các Thứ trưởng;<br>- Sở Y tế các tỉnh, thành phố;<br>- Lưu: VT, KCB.</td>
<td style="width:50%;text-align:center;vertical-align:top"><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG<br><br><br><br>Lương Đức Khiêm</b></td>
</tr>
</table>
<hr>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Nâng cao năng lực cấp cứu ngoại viện giai đoạn 2026 - 2028</b><br><i>(Ban hành kèm theo Quyết định số 1187/QĐ-BYT ngày 06 tháng 4 năm 2026 của Bộ trưởng Bộ Y tế)</i></p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Bảo đảm người bệnh được cấp cứu kịp thời, an toàn trước khi đến bệnh viện; giảm tử vong do tai nạn và các bệnh cấp tính.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>a) Đến năm 2028, 100% tỉnh, thành phố có trung tâm điều phối cấp cứu 115 kết nối với hệ thống chung.</p>
<p>b) Tỷ lệ ca cấp cứu được tiếp cận trong vòng 15 phút tại đô thị đạt trên 80%.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch từ nguồn ngân sách trung ương bố trí trong dự toán chi thường xuyên của Bộ Y tế, dự kiến 36.500 triệu đồng cho cả giai đoạn; các đơn vị lồng ghép với các chương trình, dự án khác theo quy định.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Cục Quản lý Khám, chữa bệnh là đầu mối, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng trước ngày 15 tháng 12 hằng năm.</p>
<p>2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Bộ.</p>
<p>3. Viện Chiến lược và Chính sách y tế đánh giá kết quả thực hiện Kế hoạch vào năm 2028.</p>
<p style="text-align:center"><b>PHỤ LỤC</b><br><b>DANH MỤC NHIỆM VỤ</b><br><i>(Kèm theo Kế hoạch ban hành tại Quyết định số 1187/QĐ-BYT ngày 06 tháng 4 năm 2026 của Bộ trưởng Bộ Y tế)</i></p>
<table border="1" style="border-collapse:collapse">
<tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th><th>Sản phẩm</th></tr>
<tr><td>1</td><td>Xây dựng quy định về tổ chức và hoạt động của hệ thống cấp cứu ngoại viện</td><td>Cục Quản lý Khám, chữa bệnh</td><td>Vụ Pháp chế</td><td>Năm 2026</td><td>Thông tư</td></tr>
<tr><td>2</td><td>Xây dựng phần mềm điều phối cấp cứu 115 dùng chung</td><td>Cục Khoa học công nghệ và Đào tạo</td><td>Cục Quản lý Khám, chữa bệnh; Bệnh viện Bạch Mai</td><td>2026 - 2027</td><td>Phần mềm</td></tr>
<tr><td>3</td><td>Đào tạo kỹ năng cấp cứu ban đầu cho nhân viên y tế cơ sở</td><td>Bệnh viện Bạch Mai</td><td>Sở Y tế các tỉnh, thành phố</td><td>Hằng năm</td><td>Lớp đào tạo</td></tr>
<tr><td>4</td><td>Đánh giá kết quả thực hiện Kế hoạch</td><td>Viện Chiến lược và Chính sách y tế</td><td>Vụ Kế hoạch - Tài chính</td><td>Quý IV/2028</td><td>Báo cáo</td></tr>
</table>
</div>
</body>
</html>
"""

TOWN_MD = """| ỦY BAN NHÂN DÂN<br>THỊ XÃ HÒA VĨNH THẠNH<br>------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>--------------- |
|---|---|
| Số: 27/KH-UBND | *Hòa Vĩnh Thạnh, ngày 18 tháng 02 năm 2025* |

**KẾ HOẠCH**

**Chuyển đổi số trên địa bàn thị xã Hòa Vĩnh Thạnh năm 2025**

*Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;*

*Thực hiện Kế hoạch số 312/KH-UBND ngày 30 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Tây Lĩnh về chuyển đổi số năm 2025;*

Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Phát triển chính quyền số, kinh tế số và xã hội số của thị xã; nâng cao chất lượng phục vụ người dân và doanh nghiệp.

**2. Mục tiêu cụ thể**

- Đến hết năm 2025:

+ 100% văn bản trao đổi giữa các cơ quan hành chính được gửi dưới dạng điện tử;

+ Tối thiểu 70% người dân trưởng thành có tài khoản định danh điện tử mức độ 2.

- Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả đạt 85% (năm 2024: 62%).

**II. NHIỆM VỤ**

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Nâng cấp hệ thống quản lý văn bản và điều hành | Văn phòng HĐND và UBND thị xã | Phòng Văn hóa và Thông tin | Quý II/2025 |
| 2 | Tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử | Công an thị xã | Ủy ban nhân dân các xã, phường | Quý III/2025 |
| 3 | Số hóa kết quả giải quyết thủ tục hành chính | Phòng Tư pháp | Bộ phận Một cửa thị xã | Tháng 12/2025 |

**III. KINH PHÍ THỰC HIỆN**

BẢNG DỰ TOÁN KINH PHÍ

*ĐVT: triệu đồng*

| STT | Nội dung | Tổng cộng | Ngân sách tỉnh | Ngân sách thị xã |
|---|---|---|---|---|
| 1 | Nâng cấp hệ thống quản lý văn bản và điều hành | 680 | 500 | 180 |
| 2 | Tuyên truyền, hướng dẫn kích hoạt tài khoản định danh | 95 | - | 95 |
| 3 | Số hóa kết quả giải quyết thủ tục hành chính | 1.240 | 900 | 340 |
| | Tổng cộng | 2.015 | 1.400 | 615 |

**IV. TỔ CHỨC THỰC HIỆN**

1. Phòng Văn hóa và Thông tin: chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân thị xã trước ngày 10 tháng 12 năm 2025.

2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.

3. Ủy ban nhân dân các xã, phường: triển khai các nhiệm vụ được giao tại địa phương./.

| **Nơi nhận:**<br>- UBND tỉnh Tây Lĩnh (b/c);<br>- Sở Khoa học và Công nghệ;<br>- TT Thị ủy, TT HĐND thị xã;<br>- Các phòng, ban thuộc thị xã;<br>- UBND các xã, phường;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br><br>**Thạch Minh Luân** |
|---|---|
"""

HEALTH_TXT = """UBND TỈNH TÂY LĨNH
SỞ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 14/KH-SYT
Tây Lĩnh, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Tiêm chủng mở rộng năm 2026

Căn cứ Quyết định số 1575/QĐ-BYT ngày 27 tháng 5 năm 2024 của Bộ Y tế ban hành Hướng dẫn tổ chức buổi tiêm chủng;
Sở Y tế ban hành Kế hoạch tiêm chủng mở rộng năm 2026 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Duy trì tỷ lệ tiêm chủng cao và đồng đều, chủ động phòng, chống các bệnh truyền nhiễm có vắc xin dự phòng.
2. Mục tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt ≥ 95%;
- Tỷ lệ phụ nữ có thai được tiêm vắc xin phòng uốn ván đạt trên 90%;
- Duy trì thành quả thanh toán bệnh bại liệt; không để dịch sởi bùng phát.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Cung ứng, bảo quản vắc xin
Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trạm Y tế các xã, phường tiếp nhận, bảo quản và cấp phát vắc xin theo đúng quy định.
2. Tổ chức tiêm chủng thường xuyên
Trạm Y tế các xã, phường chủ trì tổ chức buổi tiêm chủng hằng tháng, bảo đảm an toàn.
3. Truyền thông về tiêm chủng
Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh xây dựng phóng sự, tin bài về lợi ích của tiêm chủng.

III. KINH PHÍ
BẢNG KINH PHÍ THỰC HIỆN
                                                                 Đơn vị tính: triệu đồng
STT   Nội dung                              Tổng cộng    Ngân sách trung ương    Ngân sách tỉnh
1     Mua vắc xin bổ sung                   2.450        1.800                   650
2     Vận chuyển, bảo quản vắc xin          320          -                       320
3     Truyền thông về tiêm chủng            185          -                       185
      Tổng cộng                             2.955        1.800                   1.155

IV. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị đầu mối, hướng dẫn chuyên môn, giám sát việc thực hiện Kế hoạch; báo cáo Sở Y tế hằng quý.
2. Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí thực hiện Kế hoạch.
3. Trạm Y tế các xã, phường tổ chức tiêm chủng và báo cáo kết quả theo quy định./.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh (b/c);
- Viện Vệ sinh dịch tễ Trung ương;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC


Hà Thị Ngọc Lan
"""

PARTY_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Chương trình hành động số 15-CTr/ĐU</title></head>
<body>
<div class="noidung">
<table width="100%">
<tr><td align="center">ĐẢNG BỘ TỈNH BÌNH NGUYÊN<br><b>ĐẢNG ỦY XÃ TÂN LẬP ĐÔNG</b><br>*</td>
<td align="center"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></td></tr>
<tr><td align="center">Số 15-CTr/ĐU</td><td align="right"><i>Tân Lập Đông, ngày 12 tháng 3 năm 2026</i></td></tr>
</table>
<p align="center"><b>CHƯƠNG TRÌNH HÀNH ĐỘNG</b></p>
<p align="center"><b>thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 về phát triển kinh tế nông nghiệp</b></p>
<p align="center">-----</p>
<p>Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập Đông lần thứ I, nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ xã ban hành Chương trình hành động như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; nâng cao thu nhập và đời sống của nhân dân.</p>
<p><b>2. Chỉ tiêu đến năm 2030</b></p>
<p>- Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm;</p>
<p>- Tỷ lệ hộ nghèo giảm còn dưới 2%;</p>
<p>- 100% thôn có nhà văn hóa đạt chuẩn.</p>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p><b>1. Phát triển vùng cây ăn quả tập trung</b></p>
<p>Giao Ủy ban nhân dân xã chủ trì, phối hợp với Hội Nông dân xã quy hoạch vùng trồng bưởi, cam theo tiêu chuẩn VietGAP.</p>
<p><b>2. Xây dựng chợ nông sản xã</b></p>
<p>Giao Ủy ban nhân dân xã chủ trì lập dự án, kêu gọi đầu tư xây dựng chợ nông sản tại trung tâm xã.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Dự án 1: Phát triển vùng cây ăn quả tập trung, kinh phí 12,5 tỷ đồng, trong đó: ngân sách tỉnh 8 tỷ đồng, nhân dân đóng góp 4,5 tỷ đồng.</p>
<p>Dự án 2: Xây dựng chợ nông sản xã, kinh phí 6 tỷ đồng từ nguồn vốn đầu tư công của tỉnh.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Ban Thường vụ Đảng ủy xã lãnh đạo, chỉ đạo, kiểm tra việc thực hiện Chương trình.</p>
<p>2. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã cụ thể hóa Chương trình thành kế hoạch hằng năm.</p>
<p>3. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã tuyên truyền, vận động nhân dân thực hiện.</p>
<p>4. Các chi bộ: quán triệt, xây dựng kế hoạch thực hiện phù hợp với từng thôn./.</p>
<table width="100%">
<tr><td valign="top"><u>Nơi nhận:</u><br>- Ban Thường vụ Tỉnh ủy (b/c);<br>- Các chi bộ trực thuộc;<br>- Lưu Văn phòng Đảng ủy.</td>
<td align="center" valign="top"><b>T/M ĐẢNG ỦY<br>BÍ THƯ</b><br><br><br><b>Hoàng Đức Thịnh</b></td></tr>
</table>
</div>
</body>
</html>
"""

WARD_MD = """**ỦY BAN NHÂN DÂN**
**PHƯỜNG HÒA PHÚ**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 41/KH-UBND

*Hòa Phú, ngày 23 tháng 3 năm 2026*

# KẾ HOẠCH

## Phòng, chống đuối nước trẻ em trên địa bàn phường giai đoạn 2026 - 2027

Thực hiện Chương trình số 09/CTr-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Đông Lâm về phòng, chống tai nạn thương tích trẻ em, Ủy ban nhân dân phường ban hành Kế hoạch như sau:

## I. MỤC TIÊU

**1. Mục tiêu chung:** Giảm số trẻ em bị đuối nước; nâng cao kỹ năng an toàn trong môi trường nước cho trẻ em.

**2. Mục tiêu cụ thể:** Đến năm 2027: (1) Tỷ lệ trẻ em từ 6 đến 16 tuổi được học kỹ năng an toàn trong môi trường nước đạt ≥ 90%; (2) 100% điểm có nguy cơ đuối nước được cắm biển cảnh báo; (3) Tỷ lệ trường học có bể bơi hoặc hợp đồng dạy bơi đạt trên 60%.

## II. NHIỆM VỤ

**1. Truyền thông, giáo dục**

a) Tổ chức truyền thông trên hệ thống loa truyền thanh phường (Chủ trì: Trung tâm Văn hóa - Thể thao phường; phối hợp: Đoàn Thanh niên phường).

b) Phát tờ rơi về kỹ năng phòng, chống đuối nước tại các trường học (Chủ trì: Trạm Y tế phường; phối hợp: các trường tiểu học, trung học cơ sở).

**2. Bảo đảm môi trường an toàn**

a) Rà soát, cắm biển cảnh báo tại ao, hồ, sông (Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị; phối hợp: Ban điều hành các khu phố).

## III. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch là 650 triệu đồng từ ngân sách phường, phân kỳ:

- Năm 2026: 300 triệu đồng;
- Năm 2027: 350 triệu đồng.

## IV. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa - Xã hội: chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.

2. Các phòng chuyên môn thuộc Ủy ban nhân dân phường: thực hiện nhiệm vụ theo chức năng.

3. Ban điều hành các khu phố: tuyên truyền, vận động các gia đình quản lý trẻ em./.

**Nơi nhận:**
- UBND tỉnh Đông Lâm (b/c);
- Sở Y tế;
- Các khu phố;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Đinh Thị Thu Hà**
"""


def department_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH LÂM THÙY", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", "Số: 96/KH-SNNMT"],
            [*MOTTO, "Lâm Thùy, ngày 03 tháng 02 năm 2026"], widths=(7.5, 8.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống cháy rừng năm 2026", bold=True, center=True)
    for kind, text in (
        ("p", "Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017;"),
        ("p", "Thực hiện Chỉ thị số 04/CT-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lâm Thùy về "
              "tăng cường công tác quản lý, bảo vệ rừng;"),
        ("p", "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Chủ động phòng ngừa, phát hiện sớm và chữa cháy kịp thời, hạn chế thấp nhất thiệt hại do cháy rừng."),
        ("h", "2. Mục tiêu cụ thể"),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    _table(doc, [["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"],
                 ["1", "Tỷ lệ chủ rừng có phương án phòng cháy, chữa cháy rừng được duyệt", "%", "86", "95"],
                 ["2", "Tỷ lệ điểm cháy được phát hiện qua hệ thống cảnh báo sớm", "%", "70", "85"],
                 ["3", "Số tổ đội phòng cháy, chữa cháy rừng cơ sở được kiện toàn", "tổ", "112", "130"]])
    for kind, text in (
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
        ("h", "1. Kiện toàn lực lượng phòng cháy, chữa cháy rừng"),
        ("p", "- Đơn vị chủ trì: Chi cục Kiểm lâm."),
        ("p", "- Đơn vị phối hợp: Ủy ban nhân dân các xã, phường có rừng."),
        ("p", "- Thời gian: Quý I/2026."),
        ("h", "2. Vận hành hệ thống cảnh báo sớm cháy rừng"),
        ("p", "- Đơn vị chủ trì: Trung tâm Công nghệ thông tin và Chuyển đổi số."),
        ("p", "- Đơn vị phối hợp: Chi cục Kiểm lâm; Đài Khí tượng Thủy văn tỉnh."),
        ("p", "- Thời gian: Mùa khô năm 2026."),
        ("h", "3. Diễn tập chữa cháy rừng cấp tỉnh"),
        ("p", "- Đơn vị chủ trì: Chi cục Kiểm lâm."),
        ("p", "- Đơn vị phối hợp: Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh."),
        ("p", "- Thời gian: Tháng 4/2026."),
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 3.420 triệu đồng, trong đó: vốn sự nghiệp lâm nghiệp từ ngân sách "
              "tỉnh 2.150 triệu đồng; vốn đầu tư phát triển 1.000 triệu đồng để mua sắm thiết bị cảnh báo; nguồn "
              "dịch vụ môi trường rừng 270 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Chi cục Kiểm lâm chủ trì, đôn đốc việc thực hiện Kế hoạch; báo cáo kết quả về Sở trước ngày 30/11/2026."),
        ("p", "2. Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí theo Kế hoạch."),
        ("p", "3. Đề nghị Ủy ban nhân dân các xã, phường có rừng chỉ đạo lực lượng tại chỗ trực cháy rừng "
              "trong mùa khô./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- UBND các xã, phường có rừng;",
                  "- Lưu: VT, CCKL."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Mã Văn Khải"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / COMMUNE).write_text(COMMUNE_TXT, encoding="utf-8")
    (folder / DISTRICT).write_text(DISTRICT_MD, encoding="utf-8")
    (folder / MINISTRY).write_text(MINISTRY_HTML, encoding="utf-8")
    (folder / DEPARTMENT).write_bytes(department_plan())
    (folder / TOWN).write_text(TOWN_MD, encoding="utf-8")
    (folder / HEALTH).write_text(HEALTH_TXT, encoding="utf-8")
    (folder / PARTY).write_text(PARTY_HTML, encoding="utf-8")
    (folder / WARD).write_text(WARD_MD, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
