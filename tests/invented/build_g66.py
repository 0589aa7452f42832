"""Invented documents of hold-out round G66, aimed at FIELD shapes the invented set did not hold yet: initials a
document defines and then writes with a level word after them ("BQL dự án tỉnh", "TTYT huyện", "TYT các xã"), an
executing article's heads of bodies hard-wrapped across a text file's lines ("Giám đốc" / "Sở Tài chính", "Thủ" /
"trưởng các cơ quan"), targets stated for two groups in one sentence ("đạt 98% ở khu vực thị trấn và 95% ở khu vực
nông thôn"), bodies joined with "/" ("Phòng Nội vụ/Hội đồng Thi đua - Khen thưởng huyện"), a joint plan of two
issuers (Kế hoạch liên tịch of a department and a mass organisation), a joint council as the issuer ("Hội đồng phối
hợp phổ biến, giáo dục pháp luật tỉnh"), money by year with its sources' bare parts in brackets ("năm 2027: 840
triệu đồng (ngân sách tỉnh 600, vận động 240)") and money in full digits with its words ("(Bằng chữ: ...)").

The documents:
- g66_tinh-hoanglinh: a province's decision issuing a plan, saved as a text file hard-wrapped at about 84 columns
  (.txt): Điều 3's heads of bodies cut by the wraps ("Giám đốc Sở Y tế, Giám đốc" / "Sở Tài chính", "Chủ tịch Ủy
  ban nhân" / "dân các huyện", "... và Thủ" / "trưởng các cơ quan"); the attached plan defines the project board's
  initials without its level ("(sau đây gọi tắt là BQL dự án)") and then writes "BQL dự án tỉnh" in its tasks'
  unit lines and as a body given duties; the money a total in tỷ đồng and its three years in triệu đồng;
- g66_huyen-quelam: a district's plan as Markdown (.md): the health centre and the commune stations defined by
  initials in the purpose ("Trung tâm Y tế (TTYT)", "Trạm Y tế (TYT)"), then "TTYT huyện" and "TYT các xã, thị
  trấn" in the task table's cells and as bodies given duties; targets for two groups ("98% ở khu vực thị trấn và
  95% ở khu vực nông thôn", "90% đối với các xã vùng thấp và 75% đối với các xã vùng cao"); bodies joined with "/"
  in a lead cell and a duties' heading; deadlines "trước ngày 30/6 hằng năm", "định kỳ 6 tháng"; the money in full
  digits with its words in brackets;
- g66_syt-hlhpn-anphuoc: a joint plan (Kế hoạch liên tịch) of a province's health department and its women's union,
  on the province's portal (.html): two issuers' blocks side by side, the number "07/KHLT-SYT-HLHPN", two signatures
  side by side; the money by year, each year's sources bare numbers in brackets after the year's sum;
- g66_hdph-thachban: a plan of the province's council for legal education (a joint council, "Hội đồng phối hợp phổ
  biến, giáo dục pháp luật tỉnh", number "05/KH-HĐPH"), in Word (.docx): a task table whose lead and partner cells
  join two bodies with "/", the money in full digits "(Bằng chữ: ...)", the council's standing body and members
  given their duties.

First pass (golds written by hand before the first extraction, commit be266cab; the 4 documents scored alone, code of
BASE 202d92f0): micro 174/180/188 (0.946): "BQL dự án tỉnh" read "Ban Quản lý dự án tỉnh", bodies joined with "/" one
body, the bracket's bare parts lost. After the round's fixes: 188/188/188 (tests/test_g66_holdout.py, which names each
miss, its test, and what the probes found).

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g66 [OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written
against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province's decision and its plan as a hard-wrapped text file.

PROVINCE_TXT = "g66_tinh-hoanglinh_1127-qd-ubnd_2027_dieu-thi-hanh-ngat-dong-bql-du-an-tinh.txt"

PROVINCE_TEXT = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH HOÀNG LINH                             Độc lập - Tự do - Hạnh phúc

Số: 1127/QĐ-UBND                        Hoàng Linh, ngày 22 tháng 7 năm 2027


                                  QUYẾT ĐỊNH
     Ban hành Kế hoạch đầu tư nâng cấp trạm y tế xã trên địa bàn tỉnh Hoàng Linh
                             giai đoạn 2027 - 2029

                        ỦY BAN NHÂN DÂN TỈNH HOÀNG LINH

    Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
    Căn cứ Nghị quyết số 19/NQ-HĐND ngày 08 tháng 7 năm 2027 của Hội đồng nhân dân
tỉnh Hoàng Linh về đầu tư nâng cấp hệ thống y tế cơ sở giai đoạn 2027 - 2029;
    Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 241/TTr-SYT ngày 12 tháng 7
năm 2027.

                                  QUYẾT ĐỊNH:

    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đầu tư nâng cấp trạm y tế xã
trên địa bàn tỉnh Hoàng Linh giai đoạn 2027 - 2029.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Giám đốc
Sở Tài chính, Giám đốc Sở Xây dựng, Giám đốc Ban Quản lý dự án đầu tư xây dựng các
công trình dân dụng và công nghiệp tỉnh, Giám đốc Trung tâm Kiểm soát bệnh tật
tỉnh, Chủ tịch Ủy ban nhân
dân các huyện, thị xã, thành phố và Thủ
trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, KGVX.
                                                         TM. ỦY BAN NHÂN DÂN
                                                              KT. CHỦ TỊCH
                                                              PHÓ CHỦ TỊCH


                                                          Lương Thị Hồng Vân



ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH HOÀNG LINH                             Độc lập - Tự do - Hạnh phúc


                                   KẾ HOẠCH
     Đầu tư nâng cấp trạm y tế xã trên địa bàn tỉnh Hoàng Linh giai đoạn 2027 - 2029
      (Ban hành kèm theo Quyết định số 1127/QĐ-UBND ngày 22 tháng 7 năm 2027
                      của Ủy ban nhân dân tỉnh Hoàng Linh)

I. MỤC TIÊU
    1. Mục tiêu chung
    Nâng cấp cơ sở vật chất, trang thiết bị của các trạm y tế xã, bảo đảm thực hiện
tốt công tác chăm sóc sức khỏe ban đầu cho Nhân dân trên địa bàn tỉnh.
    2. Mục tiêu cụ thể
    - Đến năm 2029, 100% trạm y tế xã có cơ sở vật chất đạt Bộ tiêu chí quốc gia về
y tế xã;
    - Tối thiểu 85% trạm y tế xã có đủ trang thiết bị thiết yếu theo danh mục của Bộ
Y tế.
II. NHIỆM VỤ
    Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình dân
dụng và công nghiệp (sau đây gọi tắt là BQL dự án) làm chủ đầu tư các công trình
thuộc Kế hoạch. Các nhiệm vụ cụ thể như sau:
    1. Khảo sát, lập danh mục trạm y tế xã cần cải tạo, nâng cấp
    - Đơn vị chủ trì: Sở Y tế; phối hợp: BQL dự án tỉnh, Ủy ban nhân dân các huyện,
thị xã, thành phố; thời gian: Quý III/2027.
    2. Lập, trình thẩm định báo cáo kinh tế - kỹ thuật các công trình
    - Đơn vị chủ trì: BQL dự án tỉnh; phối hợp: Sở Xây dựng, Sở Tài chính; thời
gian: Quý IV/2027.
    3. Thi công cải tạo, nâng cấp 46 trạm y tế xã
    - Đơn vị chủ trì: BQL dự án tỉnh; phối hợp: Ủy ban nhân dân các huyện, thị xã,
thành phố; thời gian: năm 2028 - 2029.
    4. Mua sắm trang thiết bị y tế thiết yếu cho các trạm y tế xã
    - Đơn vị chủ trì: Sở Y tế; phối hợp: Trung tâm Kiểm soát bệnh tật tỉnh; thời
gian: năm 2029.
III. KINH PHÍ THỰC HIỆN
    Tổng kinh phí thực hiện Kế hoạch là 92,4 tỷ đồng từ nguồn ngân sách tỉnh, phân
bổ: năm 2027 là 6.400 triệu đồng; năm 2028 là 48.000 triệu đồng; năm 2029 là 38.000
triệu đồng.
IV. TỔ CHỨC THỰC HIỆN
    1. Sở Y tế: Chủ trì, theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; định
kỳ 6 tháng, hằng năm báo cáo Ủy ban nhân dân tỉnh.
    2. Sở Tài chính: Tham mưu bố trí vốn đầu tư công hằng năm để thực hiện Kế hoạch.
    3. BQL dự án tỉnh: Tổ chức thực hiện đầu tư các công trình bảo đảm tiến độ,
chất lượng; quyết toán vốn theo quy định.
    4. Ủy ban nhân dân các huyện, thị xã, thành phố: Bố trí mặt bằng, bàn giao và
tiếp nhận công trình sau khi hoàn thành.
"""

# ---------------------------------------------------------------------------
# 2. A district's plan as Markdown.

DISTRICT_MD = "g66_huyen-quelam_138-kh-ubnd_2027_ttyt-huyen-hai-khu-vuc-co-quan-gach-cheo-md.md"

DISTRICT_TEXT = """**ỦY BAN NHÂN DÂN**

**HUYỆN QUẾ LÂM**

Số: 138/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Quế Lâm, ngày 09 tháng 3 năm 2027*

## KẾ HOẠCH

**Tiêm chủng mở rộng và chăm sóc sức khỏe bà mẹ, trẻ em huyện Quế Lâm năm 2027**

Căn cứ Kế hoạch số 52/KH-UBND ngày 20/01/2027 của Ủy ban nhân dân tỉnh Bích Sơn về tiêm chủng mở rộng năm 2027;

Thực hiện Công văn số 318/SYT-NVY ngày 05/02/2027 của Sở Y tế tỉnh Bích Sơn về việc triển khai công tác chăm sóc \
sức khỏe sinh sản năm 2027;

Ủy ban nhân dân huyện Quế Lâm ban hành Kế hoạch tiêm chủng mở rộng và chăm sóc sức khỏe bà mẹ, trẻ em năm 2027 như \
sau:

### I. MỤC ĐÍCH, YÊU CẦU

Phát huy vai trò của Trung tâm Y tế (TTYT) và các Trạm Y tế (TYT) trong công tác tiêm chủng và chăm sóc sức khỏe \
bà mẹ, trẻ em; huy động sự tham gia của các ngành, đoàn thể và Nhân dân.

### II. MỤC TIÊU

**1. Mục tiêu chung**

Giảm tỷ lệ mắc và tử vong do các bệnh có vắc xin phòng ngừa, nâng cao sức khỏe bà mẹ, trẻ em trên địa bàn huyện.

**2. Mục tiêu cụ thể**

- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 98% ở khu vực thị trấn và 95% ở khu vực \
nông thôn;
- Tỷ lệ phụ nữ có thai được khám thai ít nhất 4 lần trong 3 thời kỳ đạt 90% đối với các xã vùng thấp và 75% đối \
với các xã vùng cao;
- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 18%.

### III. NHIỆM VỤ CỤ THỂ

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Tổ chức tiêm chủng thường xuyên tại các trạm y tế | TTYT huyện | TYT các xã, thị trấn | Hằng tháng |
| 2 | Tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi | TTYT huyện | \
Phòng Giáo dục và Đào tạo, Ủy ban nhân dân các xã, thị trấn | Quý II/2027 |
| 3 | Quản lý thai nghén, khám thai định kỳ cho phụ nữ có thai | TYT các xã, thị trấn | Hội Liên hiệp Phụ nữ \
huyện | Định kỳ 6 tháng |
| 4 | Sơ kết, biểu dương tập thể, cá nhân có thành tích trong công tác tiêm chủng | Phòng Nội vụ/Hội đồng Thi \
đua - Khen thưởng huyện | TTYT huyện | Trước ngày 15/12/2027 |

### IV. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch năm 2027 là 1.450.000.000 đồng (Bằng chữ: Một tỷ, bốn trăm năm mươi triệu đồng), \
trong đó: ngân sách huyện 950.000.000 đồng; ngân sách tỉnh hỗ trợ 500.000.000 đồng.

### V. TỔ CHỨC THỰC HIỆN

**1. TTYT huyện**

Chủ trì tổ chức thực hiện Kế hoạch; bảo đảm cung ứng vắc xin, dây chuyền lạnh; tổng hợp, báo cáo Ủy ban nhân dân \
huyện định kỳ 6 tháng, trước ngày 30/6 và ngày 15/12 hằng năm.

**2. Phòng Tài chính - Kế hoạch**

Tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 30/6 hằng năm.

**3. Phòng Nội vụ/Hội đồng Thi đua - Khen thưởng huyện**

Tham mưu biểu dương, khen thưởng tập thể, cá nhân có thành tích trong công tác tiêm chủng.

**4. Ủy ban nhân dân các xã, thị trấn**

Chỉ đạo TYT các xã, thị trấn rà soát, lập danh sách đối tượng tiêm chủng; vận động Nhân dân đưa trẻ đi tiêm đầy \
đủ, đúng lịch.

**Nơi nhận:**
- Sở Y tế tỉnh Bích Sơn (b/c);
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Các cơ quan, đơn vị có tên tại Mục V;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Hoàng Thị Lệ Thu**
"""

# ---------------------------------------------------------------------------
# 3. A joint plan of a department and a mass organisation on the province's portal.

JOINT_HTML = "g66_syt-hlhpn-anphuoc_07-khlt-syt-hlhpn_2027_lien-tich-kinh-phi-nam-ngoac-portal.html"

JOINT_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch liên tịch 07/KHLT-SYT-HLHPN - Cổng thông tin điện tử tỉnh An Phước</title>
</head>
<body>
<nav class="menu"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a> | <a href="/lien-he">Liên hệ</a></nav>
<div class="breadcrumb">Trang chủ / Văn bản / Văn bản liên tịch</div>
<div class="van-ban">
<table class="header" style="width:100%">
<tr>
<td style="text-align:center"><b>SỞ Y TẾ</b><br>-------</td>
<td style="text-align:center"><b>HỘI LIÊN HIỆP PHỤ NỮ<br>TỈNH AN PHƯỚC</b><br>-------</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>
---------------</td>
</tr>
<tr>
<td colspan="2" style="text-align:center">Số: 07/KHLT-SYT-HLHPN</td>
<td style="text-align:center"><i>An Phước, ngày 14 tháng 4 năm 2027</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH LIÊN TỊCH</b></p>
<p style="text-align:center"><b>Phối hợp truyền thông, tư vấn dinh dưỡng cho phụ nữ mang thai và trẻ em dưới 2 tuổi
giai đoạn 2027 - 2028</b></p>
<p>Căn cứ Quyết định số 588/QĐ-UBND ngày 03/3/2027 của Ủy ban nhân dân tỉnh An Phước phê duyệt Kế hoạch hành động
về dinh dưỡng tỉnh An Phước đến năm 2030;</p>
<p>Sở Y tế và Hội Liên hiệp Phụ nữ tỉnh thống nhất ban hành Kế hoạch liên tịch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao kiến thức, thực hành dinh dưỡng của phụ nữ mang thai và bà mẹ có con dưới 2 tuổi, góp phần giảm suy
dinh dưỡng trẻ em.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- Đến năm 2028, 90% phụ nữ mang thai được tư vấn dinh dưỡng ít nhất một lần;</p>
<p>- Tỷ lệ bà mẹ nuôi con bằng sữa mẹ hoàn toàn trong 6 tháng đầu đạt 60% đối với hội viên phụ nữ và 45% đối với
phụ nữ chưa là hội viên.</p>
<p><b>II. NHIỆM VỤ</b></p>
<table class="tasks" border="1">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Biên soạn, in ấn tài liệu truyền thông về dinh dưỡng bà mẹ, trẻ em</td><td>Trung tâm Kiểm soát
bệnh tật tỉnh</td><td>Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh</td><td>Quý II/2027</td></tr>
<tr><td>2</td><td>Tập huấn kỹ năng tư vấn dinh dưỡng cho cán bộ hội phụ nữ cơ sở</td><td>Hội Liên hiệp Phụ nữ
tỉnh</td><td>Trung tâm Kiểm soát bệnh tật tỉnh</td><td>Quý III hằng năm</td></tr>
<tr><td>3</td><td>Tổ chức câu lạc bộ "Dinh dưỡng cho mẹ và bé" tại các xã khó khăn</td><td>Hội Liên hiệp Phụ nữ
các huyện, thị xã, thành phố</td><td>Trung tâm Y tế các huyện, thị xã, thành phố</td><td>Năm 2027 - 2028</td></tr>
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch: năm 2027: 840 triệu đồng (ngân sách tỉnh 600, vận động tài trợ 240); năm 2028: 910
triệu đồng (ngân sách tỉnh 650, vận động tài trợ 260).</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Trung tâm Kiểm soát bệnh tật tỉnh: Là đầu mối của ngành y tế, cung cấp tài liệu, cử báo cáo viên; tổng hợp kết
quả báo cáo Sở Y tế trước ngày 10/12 hằng năm.</p>
<p>2. Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh: Hướng dẫn các cấp hội tổ chức sinh hoạt chuyên đề, câu lạc bộ về dinh
dưỡng.</p>
<p>3. Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố: Phối hợp với Trung tâm Y tế cùng cấp triển khai các hoạt
động tại cơ sở; định kỳ 6 tháng báo cáo Hội Liên hiệp Phụ nữ tỉnh.</p>
<table class="sign" style="width:100%">
<tr>
<td style="text-align:center"><b>TM. BAN THƯỜNG VỤ<br>HỘI LIÊN HIỆP PHỤ NỮ TỈNH<br>CHỦ TỊCH</b><br><br><br>
<b>Đào Thị Bích Hạnh</b></td>
<td style="text-align:center"><b>KT. GIÁM ĐỐC SỞ Y TẾ<br>PHÓ GIÁM ĐỐC</b><br><br><br><b>Trương Minh Khoa</b></td>
</tr>
</table>
<p><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- TW Hội LHPN Việt Nam (b/c);<br>- Trung tâm Y tế, Hội LHPN các
huyện, thị xã, thành phố;<br>- Lưu: VT SYT, VT HLHPN.</p>
</div>
<footer>Cổng thông tin điện tử tỉnh An Phước</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. A joint council's plan in Word.

COUNCIL_DOCX = "g66_hdph-thachban_05-kh-hdph_2027_hoi-dong-phoi-hop-bang-chu-gach-cheo.docx"

COUNCIL_BODY = [
    ("i", "Căn cứ Quyết định số 302/QĐ-UBND ngày 12/02/2027 của Ủy ban nhân dân tỉnh Thạch Bàn ban hành Quy chế hoạt "
          "động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
    ("i", "Thực hiện Kế hoạch số 28/KH-UBND ngày 20/01/2027 của Ủy ban nhân dân tỉnh Thạch Bàn về công tác phổ biến, "
          "giáo dục pháp luật năm 2027;"),
    ("p", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi tắt là Hội đồng) ban hành Kế hoạch phổ "
          "biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số năm 2027 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung: Nâng cao ý thức chấp hành pháp luật của đồng bào dân tộc thiểu số, góp phần giữ vững an "
          "ninh, trật tự ở vùng đồng bào dân tộc thiểu số."),
    ("p", "2. Mục tiêu cụ thể:"),
    ("p", "- Phấn đấu 90% người dân ở các xã vùng đồng bào dân tộc thiểu số được tiếp cận thông tin pháp luật;"),
    ("p", "- 100% thôn, bản có điểm đọc sách, báo pháp luật;"),
    ("p", "- Ít nhất 70% người có uy tín trong đồng bào dân tộc thiểu số được tập huấn kiến thức pháp luật."),
    ("h", "II. NHIỆM VỤ"),
]

COUNCIL_TASKS = [
    ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["1", "Biên soạn tài liệu pháp luật song ngữ Việt - Mông, Việt - Dao", "Sở Tư pháp",
     "Sở Dân tộc và Tôn giáo/Ban Dân tộc Hội đồng nhân dân tỉnh", "Quý II/2027"],
    ["2", "Tập huấn kiến thức pháp luật cho người có uy tín", "Sở Dân tộc và Tôn giáo", "Sở Tư pháp, Công an tỉnh",
     "Định kỳ 6 tháng"],
    ["3", "Phát sóng chuyên mục \"Pháp luật với đồng bào các dân tộc\"", "Báo và Phát thanh, Truyền hình Thạch Bàn",
     "Sở Tư pháp", "Hằng tháng"],
    ["4", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến cho thanh niên vùng dân tộc thiểu số",
     "Tỉnh đoàn/Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Sở Tư pháp", "Quý III/2027"],
]

COUNCIL_AFTER = [
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 2.350.000.000 đồng (Bằng chữ: Hai tỷ, ba trăm năm mươi triệu đồng chẵn) "
          "từ nguồn ngân sách tỉnh, giao trong dự toán năm 2027 của các cơ quan chủ trì."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Tư pháp (Cơ quan Thường trực Hội đồng): Hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng "
          "hợp, báo cáo Hội đồng trước ngày 30/11/2027."),
    ("p", "2. Sở Dân tộc và Tôn giáo: Chủ trì tập huấn cho người có uy tín; phối hợp biên soạn tài liệu song ngữ."),
    ("p", "3. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch."),
    ("p", "4. Ủy ban nhân dân các huyện, thành phố: Xây dựng kế hoạch của địa phương; báo cáo kết quả về Sở Tư pháp "
          "trước ngày 15/11/2027."),
]


def council() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG PHỐI HỢP", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "TỈNH THẠCH BÀN", "-------", "Số: 05/KH-HĐPH"],
            [*MOTTO, "Thạch Bàn, ngày 18 tháng 3 năm 2027"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số năm 2027", bold=True, center=True)
    _body(doc, COUNCIL_BODY)
    _table(doc, COUNCIL_TASKS)
    _body(doc, COUNCIL_AFTER)
    closing(doc, ["- Ủy ban nhân dân tỉnh (b/c);", "- Bộ Tư pháp (b/c);", "- Thành viên Hội đồng;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, Sở Tư pháp."],
            ["TM. HỘI ĐỒNG", "CHỦ TỊCH", "", "", "Nông Văn Khải"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROVINCE_TXT).write_text(PROVINCE_TEXT, encoding="utf-8")
    (folder / DISTRICT_MD).write_text(DISTRICT_TEXT, encoding="utf-8")
    (folder / JOINT_HTML).write_text(JOINT_PAGE, encoding="utf-8")
    (folder / COUNCIL_DOCX).write_bytes(council())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
