"""Invented documents of hold-out round G22: decisions and plans that amend, supplement or replace parts of a plan.

The reading the set's conventions imply (g16_tinh-namthach's gold): what an amending document decides is the new
wording it quotes or restates, so its changed targets are its objectives, the tasks it adds its activities (with the
bodies "Giao X chủ trì, phối hợp với Y" names), its changed money its budget, and the bodies its last Điều charges
its responsibilities; the amended plan is no legal basis. A quote that cites a title, a slogan or a name ("Chương
trình “Mỗi xã một sản phẩm”", phong trào "Ngày thứ bảy vì nông thôn mới") is no new wording.

The documents:
- a province's Quyết định of 2024 scraped to Markdown: curly quotes, the new specific objectives quoted over several
  paragraphs (opened on the first, closed on the last), an added task quoted over two paragraphs, the new money
  quoted, a replaced appendix of money by source attached after the signature (.md);
- a province's Kế hoạch of 2021 that amends an earlier plan and restates only the changed parts ("nay sửa thành:"),
  its added tasks numbered in its own outline (.docx);
- a district's Quyết định of 2014 copied from a PDF to text with hard wraps: straight quotes, the changed targets
  and two added tasks quoted over several wrapped lines, one task naming a movement in quotes, the new money
  quoted (.txt);
- a district's Quyết định of 2019 on a portal page: "được sửa đổi như sau:" with a lettered target quoted, and a
  replaced table of tasks attached after the signature (.html).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of lead 6a40332):
micro 145/146/157. Read at first: every header, signer, recipient and basis (the amended plan no basis); the quoted
new objectives under a point that names them ("1. Mục tiêu cụ thể tại khoản 2 Phần I được sửa đổi như sau:") or
under a quoted '“2. Mục tiêu cụ thể'; the amending plan's own numbered added tasks; the replaced appendix's money by
source and the replaced task table after the signature; the bodies of the last Điều. The misses: the tasks quoted
as new wording under "Bổ sung nhiệm vụ ... như sau:" (task 7 over two curly-quoted paragraphs; tasks 4 and 5 over
straight-quoted hard-wrapped lines) not read (3 activities, the miss g16_tinh-namthach left too); the amending plan's
"I. ĐIỀU CHỈNH MỤC TIÊU" section, its items after "... nay sửa thành:", no objectives section (3 objectives, 2
percentages); "vốn đối ứng của các chủ thể 15.000 triệu đồng" a scope of its own and no mobilized money (1 wrong,
1 missed); the quoted lettered target under "1. Điểm a khoản 2 Mục I được sửa đổi như sau:" (a point that names no
part by its name) not read (1 objective, 2 percentages).

After this round's rules (tests/test_g22_holdout.py): 162/162/165, and g16_tinh-namthach's quoted task 5 read. Left:
the quoted target under a point that names its part only by number ("điểm a khoản 2 Mục I"): which part of the
amended plan that is the document does not say (objectives.py would have to take a quoted item with percentages
under any amending point for a target, which a quoted task with a percentage would also be).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g22 OUTDIR`
writes every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.renditions.wordplans import _paragraph

PRODUCTS = "g22_tinh-hakhe_2087-qd-ubnd_2024_sua-doi-ngoac-cong-phu-luc-md.md"
ANIMAL = "g22_tinh-dongvan_188-kh-ubnd_2021_ke-hoach-dieu-chinh-nay-sua-thanh.docx"
RURAL = "g22_huyen-sonthuy_1975-qd-ubnd_2014_sua-doi-ngoac-thang-ngat-dong.txt"
REFORM = "g22_huyen-anthach_3342-qd-ubnd_2019_thay-the-phu-luc-nhiem-vu.html"


# ---------------------------------------------------------------------------
# 1. A province's decision amending a plan, scraped to Markdown, curly quotes over several paragraphs.

PRODUCTS_TEXT = """\
| **ỦY BAN NHÂN DÂN TỈNH HÀ KHÊ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **Số: 2087/QĐ-UBND** | **Độc lập - Tự do - Hạnh phúc** |
| | *Hà Khê, ngày 21 tháng 10 năm 2024* |

# QUYẾT ĐỊNH

**Sửa đổi, bổ sung một số nội dung của Kế hoạch số 146/KH-UBND ngày 05 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh thực hiện Chương trình “Mỗi xã một sản phẩm” tỉnh Hà Khê giai đoạn 2024 - 2027**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ KHÊ**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

*Căn cứ Quyết định số 655/QĐ-TTg ngày 17 tháng 6 năm 2023 của Thủ tướng Chính phủ phê duyệt Chương trình “Mỗi xã một sản phẩm” giai đoạn 2023 - 2027;*

*Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 318/TTr-SNN ngày 09 tháng 10 năm 2024.*

**QUYẾT ĐỊNH:**

**Điều 1.** Sửa đổi, bổ sung một số nội dung của Kế hoạch số 146/KH-UBND ngày 05 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh như sau:

1. Khoản 2 Mục I được sửa đổi như sau:

“2. Mục tiêu cụ thể

- Đến năm 2027, toàn tỉnh có ít nhất 240 sản phẩm được công nhận đạt từ 3 sao trở lên.

- Phấn đấu 60% chủ thể sản phẩm là hợp tác xã, doanh nghiệp nhỏ và vừa.

- 100% sản phẩm đạt chuẩn được truy xuất nguồn gốc và giới thiệu trên sàn thương mại điện tử.”

2. Bổ sung nhiệm vụ tại Mục II như sau:

“7. Phát triển điểm giới thiệu và bán sản phẩm đạt chuẩn tại các khu du lịch.

Giao Sở Công Thương chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch và Ủy ban nhân dân các huyện, thị xã thực hiện.”

3. Sửa đổi Mục IV (Kinh phí thực hiện) như sau:

“Tổng kinh phí thực hiện Kế hoạch là 42.500 triệu đồng, trong đó: ngân sách tỉnh 18.000 triệu đồng; ngân sách huyện 9.500 triệu đồng; vốn đối ứng của các chủ thể 15.000 triệu đồng.”

4. Thay thế Phụ lục II kèm theo Kế hoạch số 146/KH-UBND bằng Phụ lục kèm theo Quyết định này.

**Điều 2.** Các nội dung khác của Kế hoạch số 146/KH-UBND giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Giám đốc Sở Công Thương, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các huyện, thị xã và thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

**Nơi nhận:**
- Như Điều 3;
- Văn phòng Điều phối nông thôn mới Trung ương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KTN.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lục Văn Thành**

---

**PHỤ LỤC**

**PHÂN BỔ KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2024 - 2027**

*(Kèm theo Quyết định số 2087/QĐ-UBND ngày 21 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Hà Khê)*

*Đơn vị tính: triệu đồng*

| STT | Nội dung | Tổng cộng | Ngân sách tỉnh | Ngân sách huyện | Vốn đối ứng |
|---|---|---|---|---|---|
| 1 | Hỗ trợ đánh giá, phân hạng sản phẩm | 6.500 | 4.000 | 2.500 | |
| 2 | Hỗ trợ bao bì, nhãn mác, truy xuất nguồn gốc | 14.000 | 6.000 | 3.000 | 5.000 |
| 3 | Xúc tiến thương mại, quảng bá sản phẩm | 22.000 | 8.000 | 4.000 | 10.000 |
| | **Tổng cộng** | **42.500** | **18.000** | **9.500** | **15.000** |
"""


# ---------------------------------------------------------------------------
# 2. A province's plan amending an earlier plan, restating only the changed parts, in Word.

ANIMAL_BODY = [
    ("i", "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"),
    ("i", "Căn cứ Quyết định số 1044/QĐ-BNN-TY ngày 06 tháng 4 năm 2021 của Bộ Nông nghiệp và Phát triển nông thôn về "
          "phòng, chống dịch tả lợn châu Phi năm 2021;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch điều chỉnh, bổ sung Kế hoạch số 52/KH-UBND ngày 12 tháng 3 năm 2021 "
          "như sau:"),
    ("h", "I. ĐIỀU CHỈNH MỤC TIÊU"),
    ("p", "Điểm 2 Mục I (Mục tiêu cụ thể) của Kế hoạch số 52/KH-UBND nay sửa thành:"),
    ("p", "- Tỷ lệ tiêm phòng vắc xin lở mồm long móng đạt trên 85% tổng đàn trâu, bò thuộc diện tiêm."),
    ("p", "- Tỷ lệ tiêm phòng vắc xin dịch tả lợn cổ điển đạt 75% tổng đàn lợn."),
    ("p", "- Không để dịch bệnh lây lan ra diện rộng, kéo dài."),
    ("h", "II. BỔ SUNG NHIỆM VỤ"),
    ("p", "1. Tổ chức tiêm phòng bổ sung đợt II năm 2021 cho đàn trâu, bò, lợn trên địa bàn toàn tỉnh."),
    ("p", "2. Thành lập các chốt kiểm dịch động vật tạm thời tại các đầu mối giao thông."),
    ("p", "3. Hỗ trợ người chăn nuôi có lợn buộc phải tiêu hủy theo quy định."),
    ("h", "III. ĐIỀU CHỈNH KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch nay sửa thành 23.480 triệu đồng, trong đó: ngân sách tỉnh 17.280 triệu "
          "đồng; ngân sách cấp huyện 6.200 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Phát triển nông thôn: chủ trì tổ chức tiêm phòng bổ sung; hướng dẫn các huyện lập chốt "
          "kiểm dịch."),
    ("p", "2. Sở Tài chính: tham mưu bố trí kinh phí bổ sung theo Kế hoạch."),
    ("p", "3. Ủy ban nhân dân các huyện, thành phố: bố trí ngân sách cấp huyện; chỉ đạo Ủy ban nhân dân cấp xã triển "
          "khai thực hiện."),
    ("p", "Các nội dung khác tại Kế hoạch số 52/KH-UBND ngày 12 tháng 3 năm 2021 giữ nguyên./."),
]


def animal() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG VÂN", "-------", "Số: 188/KH-UBND"],
            [*MOTTO, "Đông Vân, ngày 20 tháng 8 năm 2021"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Điều chỉnh, bổ sung Kế hoạch số 52/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh về "
                    "phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2021", bold=True, center=True)
    _body(doc, ANIMAL_BODY)
    closing(doc, ["- Bộ Nông nghiệp và PTNT (b/c);", "- Cục Thú y;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, NN."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hầu Minh Tiến"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A district's decision of 2014 copied from a PDF to text: hard wraps, straight quotes over several lines.

RURAL_TEXT = """\
ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN SƠN THỦY                                 Độc lập - Tự do - Hạnh phúc
     -------                                        ---------------
Số: 1975/QĐ-UBND                         Sơn Thủy, ngày 14 tháng 11 năm 2014

QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung Kế hoạch số 61/KH-UBND ngày 20/3/2014 của UBND
huyện về xây dựng nông thôn mới huyện Sơn Thủy năm 2014 - 2015

ỦY BAN NHÂN DÂN HUYỆN SƠN THỦY

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
Căn cứ Quyết định số 1408/QĐ-UBND ngày 02 tháng 10 năm 2014 của UBND tỉnh
Quảng Hà về việc giao bổ sung vốn thực hiện Chương trình mục tiêu quốc gia
xây dựng nông thôn mới năm 2014;
Xét đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại
Tờ trình số 87/TTr-NN ngày 05 tháng 11 năm 2014,

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch số 61/KH-UBND ngày
20/3/2014 của UBND huyện về xây dựng nông thôn mới huyện Sơn Thủy năm 2014 -
2015 như sau:
1. Mục tiêu cụ thể tại khoản 2 Phần I được sửa đổi như sau:
"- Năm 2015 có thêm 03 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn
của huyện lên 05 xã.
- Tỷ lệ hộ nghèo khu vực nông thôn giảm còn dưới 6%.
- Tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh đạt 92%."
2. Bổ sung nhiệm vụ vào Phần II như sau:
"4. Cứng hóa đường giao thông nội đồng tại các xã Tân Hòa, Yên Phú, Đồng
Lạc. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với
Phòng Tài chính - Kế hoạch và UBND các xã thực hiện.
5. Tổ chức phong trào "Ngày thứ bảy vì nông thôn mới" tại các thôn, bản.
Giao Huyện đoàn chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện thực
hiện."
3. Khoản 1 Phần III (Kinh phí) được sửa đổi như sau:
"Tổng kinh phí thực hiện năm 2015 là 38.650 triệu đồng, trong đó: ngân sách
Trung ương 22.400 triệu đồng; ngân sách tỉnh 9.750 triệu đồng; ngân sách
huyện 4.500 triệu đồng; huy động nhân dân đóng góp 2.000 triệu đồng."
Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Kế
hoạch số 61/KH-UBND giữ nguyên.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nông nghiệp và Phát
triển nông thôn, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND các xã,
thị trấn và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi
hành Quyết định này./.
                                                                             1
Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                               CHỦ TỊCH
- UBND tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.                                              Bế Quang Hưng
"""


# ---------------------------------------------------------------------------
# 4. A district's decision of 2019 on a portal page: a quoted lettered target, a replaced table of tasks after the
# signature.

REFORM_TEXT = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quyết định số 3342/QĐ-UBND - UBND huyện An Thạch</title></head>
<body>
<div class="nav"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a></div>
<div class="doc">
<table class="header">
<tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p><b>HUYỆN AN THẠCH</b></p><p>Số: 3342/QĐ-UBND</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>An Thạch, ngày 26 tháng 12 năm 2019</i></p></td></tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Về việc điều chỉnh, bổ sung Kế hoạch số 117/KH-UBND ngày 15 tháng 5 năm 2019 của Ủy ban nhân dân huyện về cải cách hành chính năm 2019 - 2020</b></p>
<p style="text-align:center"><b>CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN THẠCH</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i></p>
<p><i>Căn cứ Kế hoạch số 205/KH-UBND ngày 30 tháng 11 năm 2019 của Ủy ban nhân dân tỉnh Bình Sa về cải cách hành chính năm 2020;</i></p>
<p><i>Xét đề nghị của Trưởng phòng Nội vụ huyện.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Điều chỉnh, bổ sung Kế hoạch số 117/KH-UBND ngày 15 tháng 5 năm 2019 của Ủy ban nhân dân huyện như sau:</p>
<p>1. Điểm a khoản 2 Mục I được sửa đổi như sau:</p>
<p>"a) Phấn đấu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn; 50% thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4 vào năm 2020."</p>
<p>2. Thay thế Phụ lục kèm theo Kế hoạch số 117/KH-UBND bằng Phụ lục danh mục nhiệm vụ kèm theo Quyết định này.</p>
<p><b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký.</p>
<p><b>Điều 3.</b> Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tư pháp, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.</p>
<table class="sign">
<tr><td><p><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Sở Nội vụ tỉnh Bình Sa;<br>- TT Huyện ủy, TT HĐND huyện;<br>- Lưu: VT, NV.</p></td>
<td><p><b>CHỦ TỊCH</b></p><p><br><br></p><p><b>Mai Thế Hùng</b></p></td></tr>
</table>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2020</b></p>
<p style="text-align:center"><i>(Kèm theo Quyết định số 3342/QĐ-UBND ngày 26/12/2019 của Chủ tịch UBND huyện An Thạch)</i></p>
<table class="nhiemvu" border="1">
<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền cấp huyện</td><td>Phòng Tư pháp</td><td>Các phòng chuyên môn thuộc UBND huyện</td><td>Quý I/2020</td></tr>
<tr><td>2</td><td>Nâng cấp Bộ phận tiếp nhận và trả kết quả hiện đại</td><td>Văn phòng HĐND và UBND huyện</td><td>Phòng Tài chính - Kế hoạch</td><td>Quý II/2020</td></tr>
<tr><td>3</td><td>Kiểm tra công tác cải cách hành chính tại các xã, thị trấn</td><td>Phòng Nội vụ</td><td>Văn phòng HĐND và UBND huyện</td><td>Quý III/2020</td></tr>
<tr><td>4</td><td>Khảo sát mức độ hài lòng của người dân, tổ chức</td><td>Phòng Nội vụ</td><td>UBND các xã, thị trấn</td><td>Tháng 11/2020</td></tr>
</table>
</div>
<div class="footer">Cổng thông tin điện tử huyện An Thạch</div>
</body>
</html>
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PRODUCTS).write_text(PRODUCTS_TEXT, encoding="utf-8")
    (folder / ANIMAL).write_bytes(animal())
    (folder / RURAL).write_text(RURAL_TEXT, encoding="utf-8")
    (folder / REFORM).write_text(REFORM_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
