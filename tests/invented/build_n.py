"""Invented documents of hold-out round N.

- a district's Quyết định approving a list of works with a table of funds per commune (rows: the
  communes; columns "Tổng mức đầu tư" and under "Trong đó" the sources "Ngân sách huyện | Ngân sách
  xã | Nhân dân đóng góp"), amounts in "ĐVT: 1.000 đồng", as a legal-text site serves it: the
  document inside <div class="content1">, <p align="center"> headers, the header row spanned with
  rowspan/colspan, &nbsp; everywhere (.html);
- a province's Kế hoạch whose specific objectives read "Đến 2030, ..." (no "năm"), "... (năm 2028)",
  "Giai đoạn 2026-2030, ... bình quân 3,5%/năm" and "tăng 5 điểm %" / "giảm 2 điểm phần trăm", its
  funds in billions with a decimal comma (.md);
- a commune's Chương trình công tác năm (a yearly work programme) in Word, its tasks a table by
  quarter ("Quý I" group rows, "Tháng 3" times) with columns "Đơn vị tham mưu | Đơn vị phối hợp";
- a Sở's Thông báo kết luận (the director's conclusions of a meeting) as plain text laid out with
  spaces, its tasks numbered "Giao X chủ trì, phối hợp với Y ..." paragraphs (.txt);
- a Sở's Hướng dẫn (guidance) for a school year ("năm học 2026 - 2027") on a portal page in divs, its
  objectives an <ul>, its tasks an <ol type="a"> whose items carry "Đơn vị thực hiện: X chủ trì; Y phối
  hợp." after a <br>, its funds one amount in full đồng (.html).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_n
OUTDIR` writes the five files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

WORKS = "n_huyen-dakroman_2417-qd-ubnd_2025_danh-muc-xa.html"
TOURISM = "n_hoanguyen_88-kh-ubnd_2026_diem-phan-tram.md"
WORK_PROGRAMME = "n_xa-thanhmai_12-ctr-ubnd_2026_cong-tac-nam.docx"
CONCLUSIONS = "n_syt-bacsonla_27-tb-syt_2026_ket-luan-giao.txt"
GUIDANCE = "n_sgddt-lamson_1432-hd-sgddt_2026_huong-dan-nam-hoc.html"

WORKS_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Quyết định 2417/QĐ-UBND năm 2025 phê duyệt danh mục công trình nông thôn mới huyện Đăk Rơ Man</title>
</head>
<body>
<div id="header"><a href="/">Văn bản pháp luật</a> &gt; <a href="/tinh-kon-thach">Kon Thạch</a></div>
<div class="content1">
<table border="0" cellspacing="0" cellpadding="0" width="100%">
<tr>
<td width="40%" valign="top"><p align="center"><b>ỦY BAN NHÂN DÂN<br />HUYỆN ĐĂK RƠ MAN<br />-------</b></p></td>
<td width="60%" valign="top"><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc<br />---------------</b></p></td>
</tr>
<tr>
<td width="40%" valign="top"><p align="center">Số:&nbsp;2417/QĐ-UBND</p></td>
<td width="60%" valign="top"><p align="right"><i>Đăk Rơ Man,&nbsp;ngày&nbsp;14&nbsp;tháng&nbsp;10&nbsp;năm&nbsp;2025</i></p></td>
</tr>
</table>
<p>&nbsp;</p>
<p align="center"><b>QUYẾT ĐỊNH</b></p>
<p align="center"><b>VỀ&nbsp;VIỆC PHÊ DUYỆT DANH MỤC CÔNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI THỰC HIỆN THEO CƠ CHẾ ĐẶC THÙ NĂM 2026</b></p>
<p align="center"><b>ỦY BAN NHÂN DÂN HUYỆN ĐĂK RƠ MAN</b></p>
<p><i>Căn&nbsp;cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</i></p>
<p><i>Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;</i></p>
<p><i>Căn cứ Quyết định số 36/2023/QĐ-UBND ngày 21 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh Kon Thạch ban hành quy định cơ chế đặc thù trong quản lý đầu tư xây dựng đối với các dự án có quy mô nhỏ, kỹ thuật không phức tạp;</i></p>
<p><i>Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị tại Tờ trình số 96/TTr-KTHT ngày 06 tháng 10 năm 2025.</i></p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b>&nbsp;Phê duyệt danh mục công trình xây dựng nông thôn mới thực hiện theo cơ chế đặc thù năm 2026 trên địa bàn huyện, cụ thể như sau:</p>
<p>1.&nbsp;Số lượng công trình: 07 công trình đường giao thông nông thôn và nhà văn hóa thôn tại 03 xã.</p>
<p>2.&nbsp;Tổng mức đầu tư: 5.150.500 nghìn đồng (Năm tỷ, một trăm năm mươi triệu, năm trăm nghìn đồng).</p>
<p>3.&nbsp;Cơ cấu nguồn vốn theo từng xã:</p>
<p align="center"><b>BẢNG TỔNG HỢP NGUỒN VỐN THEO XÃ</b></p>
<p align="right"><i>ĐVT:&nbsp;1.000 đồng</i></p>
<table border="1" cellspacing="0" cellpadding="0" width="100%">
<tr>
<td rowspan="2" align="center"><p align="center"><b>STT</b></p></td>
<td rowspan="2" align="center"><p align="center"><b>Tên xã</b></p></td>
<td rowspan="2" align="center"><p align="center"><b>Số công trình</b></p></td>
<td rowspan="2" align="center"><p align="center"><b>Tổng mức đầu tư</b></p></td>
<td colspan="3" align="center"><p align="center"><b>Trong đó</b></p></td>
</tr>
<tr>
<td align="center"><p align="center"><b>Ngân sách huyện</b></p></td>
<td align="center"><p align="center"><b>Ngân sách xã</b></p></td>
<td align="center"><p align="center"><b>Nhân dân đóng góp</b></p></td>
</tr>
<tr>
<td><p align="center">1</p></td><td><p>Xã Đăk Pơ</p></td><td><p align="center">03</p></td>
<td><p align="right">1.850.000</p></td><td><p align="right">1.200.000</p></td><td><p align="right">450.000</p></td><td><p align="right">200.000</p></td>
</tr>
<tr>
<td><p align="center">2</p></td><td><p>Xã Ia Khươl</p></td><td><p align="center">02</p></td>
<td><p align="right">2.340.500</p></td><td><p align="right">1.600.000</p></td><td><p align="right">540.500</p></td><td><p align="right">200.000</p></td>
</tr>
<tr>
<td><p align="center">3</p></td><td><p>Xã Kon Chiêng</p></td><td><p align="center">02</p></td>
<td><p align="right">960.000</p></td><td><p align="right">700.000</p></td><td><p align="right">180.000</p></td><td><p align="right">80.000</p></td>
</tr>
<tr>
<td><p>&nbsp;</p></td><td><p align="center"><b>Tổng cộng</b></p></td><td><p align="center"><b>07</b></p></td>
<td><p align="right"><b>5.150.500</b></p></td><td><p align="right"><b>3.500.000</b></p></td><td><p align="right"><b>1.170.500</b></p></td><td><p align="right"><b>480.000</b></p></td>
</tr>
</table>
<p>&nbsp;</p>
<p>4.&nbsp;Thời gian thực hiện: năm 2026.</p>
<p><b>Điều 2.</b>&nbsp;Tổ chức thực hiện</p>
<p>1.&nbsp;Phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn Ủy ban nhân dân các xã lập hồ sơ xây dựng công trình theo cơ chế đặc thù; kiểm tra chất lượng công trình trong quá trình thi công.</p>
<p>2.&nbsp;Phòng Tài chính - Kế hoạch tham mưu bố trí phần vốn ngân sách huyện trong dự toán năm 2026; hướng dẫn thanh toán, quyết toán vốn theo quy định.</p>
<p>3.&nbsp;Ủy ban nhân dân các xã Đăk Pơ, Ia Khươl, Kon Chiêng làm chủ đầu tư; vận động Nhân dân đóng góp và tổ chức thi công theo đúng danh mục được phê duyệt.</p>
<p><b>Điều 3.</b>&nbsp;Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện; Trưởng phòng Kinh tế, Hạ tầng và Đô thị; Trưởng phòng Tài chính - Kế hoạch; Giám đốc Kho bạc Nhà nước khu vực XIV; Chủ tịch Ủy ban nhân dân các xã Đăk Pơ, Ia Khươl, Kon Chiêng chịu trách nhiệm thi hành Quyết định này./.</p>
<p>&nbsp;</p>
<table border="0" cellspacing="0" cellpadding="0" width="100%">
<tr>
<td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br />-&nbsp;Như Điều 3;<br />-&nbsp;UBND tỉnh Kon Thạch (b/c);<br />-&nbsp;TT Huyện ủy, TT HĐND huyện;<br />-&nbsp;Lưu:&nbsp;VT, KTHT.</p></td>
<td width="50%" valign="top"><p align="center"><b>TM. ỦY BAN NHÂN DÂN<br />KT. CHỦ TỊCH<br />PHÓ CHỦ TỊCH<br /><br /><br /><br />Rơ Châm Hlơi</b></p></td>
</tr>
</table>
</div>
<div id="footer">Bản quyền &copy; Văn bản pháp luật. <a href="/lien-he">Liên hệ</a></div>
</body>
</html>
"""

TOURISM_MD = """| ỦY BAN NHÂN DÂN<br>**TỈNH HÒA NGUYÊN**<br>-------<br>Số: 88/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>---------------<br>*Hòa Nguyên, ngày 05 tháng 3 năm 2026* |
|---|---|

# KẾ HOẠCH

## Phát triển du lịch cộng đồng tỉnh Hòa Nguyên giai đoạn 2026 - 2030

*Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;*

*Căn cứ Nghị quyết số 14/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Hòa Nguyên về phát triển du lịch giai đoạn 2026 - 2030.*

Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng tỉnh Hòa Nguyên giai đoạn 2026 - 2030 như sau:

### I. MỤC TIÊU

**1. Mục tiêu chung**

Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc, tạo sinh kế bền vững cho người dân vùng nông thôn, miền núi.

**2. Mục tiêu cụ thể**

- Đến 2030, tỷ lệ hộ tham gia du lịch cộng đồng có thu nhập từ mức trung bình trở lên đạt 70%;
- 100% điểm du lịch cộng đồng được công nhận có nhà vệ sinh đạt chuẩn phục vụ khách du lịch (năm 2028);
- Giai đoạn 2026-2030, doanh thu từ du lịch cộng đồng tăng bình quân 3,5%/năm;
- Tỷ lệ lao động du lịch cộng đồng được bồi dưỡng kỹ năng tăng 5 điểm % so với năm 2025;
- Tỷ lệ hộ nghèo tại các thôn, bản làm du lịch cộng đồng giảm 2 điểm phần trăm mỗi năm.

### II. NHIỆM VỤ VÀ GIẢI PHÁP

**1. Rà soát, công nhận điểm du lịch cộng đồng**

Rà soát các thôn, bản có tiềm năng; hướng dẫn hồ sơ công nhận điểm du lịch cộng đồng theo tiêu chuẩn quốc gia.

**2. Đầu tư hạ tầng tại các điểm du lịch cộng đồng**

Ưu tiên đường dẫn vào điểm du lịch, bãi đỗ xe, nhà vệ sinh công cộng và biển chỉ dẫn.

**3. Đào tạo, bồi dưỡng nguồn nhân lực**

Mở các lớp bồi dưỡng kỹ năng đón tiếp, nấu ăn, hướng dẫn viên tại điểm cho người dân.

**4. Xúc tiến, quảng bá sản phẩm du lịch cộng đồng**

Xây dựng bản đồ số du lịch cộng đồng; tham gia hội chợ du lịch trong nước.

### III. KINH PHÍ THỰC HIỆN

Tổng kinh phí dự kiến 45,6 tỷ đồng, trong đó: ngân sách tỉnh 20 tỷ đồng; ngân sách huyện 10,6 tỷ đồng; nguồn xã hội hóa 15 tỷ đồng.

### IV. TỔ CHỨC THỰC HIỆN

**1. Sở Văn hóa, Thể thao và Du lịch**

Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.

**2. Sở Tài chính**

Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh hằng năm.

**3. Sở Nông nghiệp và Môi trường**

Lồng ghép các nội dung phát triển du lịch cộng đồng với Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

**4. Ủy ban nhân dân các huyện, thị xã**

Bố trí ngân sách huyện; chỉ đạo Ủy ban nhân dân các xã hỗ trợ hộ dân tham gia du lịch cộng đồng.

| **Nơi nhận:**<br>- Bộ Văn hóa, Thể thao và Du lịch;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Các sở, ban, ngành;<br>- UBND các huyện, thị xã;<br>- Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Đinh Thị Ngọc Hà** |
|---|---|
"""

CONCLUSIONS_TXT = """UBND TỈNH BẮC SƠN LA                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      SỞ Y TẾ                               Độc lập - Tự do - Hạnh phúc
    --------                                  ---------------
Số: 27/TB-SYT                     Bắc Sơn La, ngày 16 tháng 4 năm 2026

                              THÔNG BÁO
  Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban công tác phòng,
                  chống dịch bệnh quý I năm 2026

Ngày 10 tháng 4 năm 2026, Giám đốc Sở Y tế chủ trì cuộc họp giao ban công tác
phòng, chống dịch bệnh quý I năm 2026. Tham dự cuộc họp có Phó Giám đốc Sở;
lãnh đạo các phòng chức năng thuộc Sở; Giám đốc Trung tâm Kiểm soát bệnh tật
tỉnh và Giám đốc Trung tâm Y tế các huyện, thành phố.

Sau khi nghe báo cáo và ý kiến của các đại biểu, Giám đốc Sở Y tế kết luận như
sau:

I. ĐÁNH GIÁ CHUNG

Trong quý I năm 2026, tình hình dịch bệnh trên địa bàn tỉnh cơ bản được kiểm
soát; tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 92,4%, thấp hơn chỉ tiêu
kế hoạch năm là 97%. Số ca mắc sốt xuất huyết tăng 18% so với cùng kỳ năm 2025.

II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026

1. Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật
tỉnh xây dựng kế hoạch chủ động phòng, chống sốt xuất huyết mùa mưa năm 2026,
trình Giám đốc Sở trước ngày 30 tháng 4 năm 2026.

2. Giao Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trung tâm Y tế
các huyện, thành phố tổ chức tiêm bù, tiêm vét cho trẻ chưa được tiêm đủ mũi;
phấn đấu đến hết tháng 6 năm 2026 tỷ lệ tiêm chủng đầy đủ đạt trên 95%.

3. Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng Sở rà soát,
tham mưu bổ sung kinh phí mua hóa chất, vật tư phòng dịch là 2.450 triệu đồng
từ nguồn ngân sách tỉnh năm 2026.

4. Giao Trung tâm Y tế các huyện, thành phố chủ trì, phối hợp với Ủy ban nhân
dân các xã, phường giám sát, xử lý ổ dịch, không để dịch lan rộng.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện các nội dung kết luận; tổng
hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 05 tháng 7 năm 2026.

Sở Y tế thông báo để các đơn vị biết, thực hiện./.

Nơi nhận:                                        KT. GIÁM ĐỐC
- UBND tỉnh (b/c);                               PHÓ GIÁM ĐỐC
- Giám đốc, các PGĐ Sở;
- Các phòng chức năng thuộc Sở;
- Các đơn vị trực thuộc Sở;                        (Đã ký)
- Lưu: VT, NVY.
                                                Lường Văn Khiêm
"""

GUIDANCE_HTML = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Hướng dẫn thực hiện nhiệm vụ giáo dục thể chất năm học 2026 - 2027</title>
</head>
<body>
<nav class="menu"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản chỉ đạo</a></nav>
<article class="post">
<div class="doc-head">
<div class="left"><p>UBND TỈNH LÂM SƠN<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b></p><p>Số: 1432/HD-SGDĐT</p></div>
<div class="right"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Lâm Sơn, ngày 25 tháng 8 năm 2026</i></p></div>
</div>
<h2 style="text-align:center">HƯỚNG DẪN</h2>
<h3 style="text-align:center">Thực hiện nhiệm vụ giáo dục thể chất năm học 2026 - 2027</h3>
<p><i>Căn cứ Thông tư số 48/2020/TT-BGDĐT ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về hoạt động thể thao trong nhà trường;</i></p>
<p><i>Thực hiện Kế hoạch số 205/KH-UBND ngày 14 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh Lâm Sơn về phát triển thể thao trường học giai đoạn 2026 - 2030,</i></p>
<p>Sở Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ giáo dục thể chất năm học 2026 - 2027 như sau:</p>
<h4>I. MỤC TIÊU</h4>
<ul>
<li>Tỷ lệ học sinh đạt chuẩn rèn luyện thân thể tăng ít nhất 3 điểm phần trăm so với năm học 2025 - 2026;</li>
<li>Đến hết năm học, 100% trường trung học phổ thông tổ chức ít nhất 02 câu lạc bộ thể thao;</li>
<li>Tỷ lệ học sinh tiểu học biết bơi an toàn đạt từ 45% trở lên.</li>
</ul>
<h4>II. NHIỆM VỤ CỤ THỂ</h4>
<ol type="a">
<li>Đổi mới nội dung, phương pháp dạy học môn Giáo dục thể chất<br>Đơn vị thực hiện: Phòng Giáo dục Trung học chủ trì; các trường trung học phổ thông phối hợp.</li>
<li>Tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XII<br>Đơn vị thực hiện: Phòng Công tác học sinh, sinh viên chủ trì; Sở Văn hóa, Thể thao và Du lịch phối hợp.</li>
<li>Phổ cập bơi an toàn cho học sinh tiểu học<br>Đơn vị thực hiện: Phòng Giáo dục và Đào tạo các huyện, thành phố chủ trì; Trung tâm Huấn luyện và Thi đấu thể thao tỉnh phối hợp.</li>
</ol>
<h4>III. KINH PHÍ</h4>
<p>Kinh phí tổ chức Hội khỏe Phù Đổng cấp tỉnh là 850.000.000 đồng (Tám trăm năm mươi triệu đồng) từ nguồn ngân sách tỉnh giao cho Sở Giáo dục và Đào tạo năm 2027.</p>
<h4>IV. TỔ CHỨC THỰC HIỆN</h4>
<p>1. Phòng Giáo dục Trung học là đầu mối theo dõi, tổng hợp kết quả thực hiện Hướng dẫn; báo cáo Giám đốc Sở trước ngày 30 tháng 5 năm 2027.</p>
<p>2. Phòng Giáo dục và Đào tạo các huyện, thành phố hướng dẫn các trường tiểu học, trung học cơ sở triển khai thực hiện.</p>
<p>3. Hiệu trưởng các trường trung học phổ thông xây dựng kế hoạch giáo dục thể chất của nhà trường, bố trí đủ giáo viên, sân bãi.</p>
<p>Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) để được hướng dẫn./.</p>
<div class="doc-foot">
<div class="left"><p><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (để b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Phòng GDĐT các huyện, thành phố;<br>- Các trường THPT;<br>- Lưu: VT, GDTrH.</p></div>
<div class="right"><p><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b></p><p><br><br></p><p><b>Vi Thị Thu Trang</b></p></div>
</div>
</article>
<footer class="site-footer"><p>Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Lâm Sơn</p></footer>
</body>
</html>
"""


def work_programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ THANH MAI", "-------", "Số: 12/CTr-UBND"],
            [*MOTTO, "Thanh Mai, ngày 08 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH", bold=True, center=True, size=14)
    _paragraph(doc, "Công tác năm 2026 của Ủy ban nhân dân xã Thanh Mai", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("i", "Căn cứ Quy chế làm việc của Ủy ban nhân dân xã Thanh Mai nhiệm kỳ 2021 - 2026 ban hành kèm theo "
              "Quyết định số 05/QĐ-UBND ngày 02 tháng 7 năm 2025 của Ủy ban nhân dân xã;"),
        ("p", "Ủy ban nhân dân xã ban hành Chương trình công tác năm 2026 như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Cụ thể hóa các nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm 2026 đã được Hội đồng nhân dân "
              "xã thông qua; xác định rõ nội dung, đơn vị tham mưu và thời gian trình."),
        ("p", "2. Các đơn vị chủ động chuẩn bị nội dung, bảo đảm chất lượng và đúng thời gian trình."),
        ("h", "II. NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC"),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    _table(doc, [
        ["TT", "Nội dung công việc", "Đơn vị tham mưu", "Đơn vị phối hợp", "Thời gian trình"],
        ["I", "Quý I", "", "", ""],
        ["1", "Kế hoạch phát triển kinh tế - xã hội năm 2026", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã",
         "Tháng 1"],
        ["2", "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026", "Phòng Kinh tế",
         "Ban Chỉ huy Quân sự xã; Công an xã", "Tháng 3"],
        ["II", "Quý II", "", "", ""],
        ["3", "Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm", "Văn phòng HĐND và UBND xã",
         "Các phòng chuyên môn", "Tháng 6"],
        ["4", "Kế hoạch tổ chức kỳ thi tuyển sinh vào lớp 6 năm học 2026 - 2027", "Phòng Văn hóa - Xã hội",
         "Trường Trung học cơ sở Thanh Mai", "Tháng 5"],
        ["III", "Quý III", "", "", ""],
        ["5", "Đề án chỉnh trang đô thị trung tâm xã giai đoạn 2027 - 2030", "Phòng Kinh tế",
         "Phòng Văn hóa - Xã hội; Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Tháng 9"],
        ["IV", "Quý IV", "", "", ""],
        ["6", "Báo cáo tình hình thực hiện nhiệm vụ năm 2026, phương hướng năm 2027", "Văn phòng HĐND và UBND xã",
         "Các phòng chuyên môn", "Tháng 11"],
        ["7", "Dự toán ngân sách xã năm 2027", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Tháng 12"],
    ])
    for kind, text in (
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Văn phòng HĐND và UBND xã theo dõi, đôn đốc các đơn vị thực hiện Chương trình; hằng quý tổng hợp, "
              "báo cáo Chủ tịch Ủy ban nhân dân xã."),
        ("p", "2. Phòng Kinh tế, Phòng Văn hóa - Xã hội chủ động chuẩn bị các nội dung được giao, trình đúng thời gian "
              "quy định./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Đảng ủy xã (b/c);", "- TT HĐND xã;", "- Chủ tịch, các PCT UBND xã;", "- Các phòng chuyên môn;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Quốc Thịnh"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / WORKS).write_text(WORKS_HTML, encoding="utf-8")
    (folder / TOURISM).write_text(TOURISM_MD, encoding="utf-8")
    (folder / WORK_PROGRAMME).write_bytes(work_programme())
    (folder / CONCLUSIONS).write_text(CONCLUSIONS_TXT, encoding="utf-8")
    (folder / GUIDANCE).write_text(GUIDANCE_HTML, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
