"""Invented documents of hold-out round T (headers, legal bases, signers and recipients of
issuers the set lacked: branches of central bodies in a province, a Party committee of a bloc
of agencies, a procuracy, a university, a provincial military command).

- a provincial branch of Vietnam Social Security (BẢO HIỂM XÃ HỘI VIỆT NAM over BẢO HIỂM XÃ HỘI
  TỈNH ...) in Word: its bases a law with its number, a law "đã được sửa đổi, bổ sung bởi" another
  (two bases on one line), a decision of the central body's Tổng Giám đốc and a "Thực hiện Chỉ thị
  ..." of the province; "Nơi nhận" in the left cell beside "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký)",
  items ending "(b/c)", "(t/h)" and "- Lưu: VT, KHTC (02b)." (.docx);
- a provincial procuracy (VIỆN KIỂM SÁT NHÂN DÂN / TỈNH ...) as `pdftotext -layout` text: "Số 12
  /KH-VKS" (no colon, a space before the slash), a Bộ luật and Party texts among the bases ("Quy định số
  92-QĐi/TW", "Kết luận số ...-KL/TW"), a "Thực hiện Kế hoạch ...-VKSTC", a "Theo đề nghị của
  ..." line (no basis), signed "KT. VIỆN TRƯỞNG / PHÓ VIỆN TRƯỞNG" (.txt);
- a Party committee of a province's bloc of agencies (ĐẢNG BỘ TỈNH ... / ĐẢNG ỦY KHỐI CÁC CƠ QUAN
  TỈNH / * beside ĐẢNG CỘNG SẢN VIỆT NAM, "Số: 58-KH/ĐUK") scraped from a legal-text site to Markdown,
  the header a pipe table; bases a Quy định "-QĐi/TW", a Kết luận "-KL/TW", a Hướng dẫn "-HD/BTGTU"
  after "Thực hiện"; recipients with trailing commas; signed "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" (.md);
- a provincial statistics office's (TỔNG CỤC THỐNG KÊ / CỤC THỐNG KÊ TỈNH ...) Công văn on its
  web site: "V/v ..." under the number, a "Kính gửi:" list, two bases in one "Thực hiện ... và ..."
  sentence, signed "TL. CỤC TRƯỞNG / TRƯỞNG PHÒNG ..." (.html);
- a provincial tax department (BỘ TÀI CHÍNH / CỤC THUẾ TỈNH ...) as plain text, one line per
  paragraph: "Số: ....../KH-CT" and "TP. Tân Khang, ngày    tháng 6 năm 2022" (number and day left
  blank for the e-signature: none stated), the bases one "Căn cứ ...; ...; ...;" paragraph, signed
  "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG" (.txt);
- a provincial branch of the Vietnam Bank for Social Policies (NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI
  NHÁNH TỈNH ...) in Word: a Pháp lệnh and a Thông tư liên tịch among its bases, a "Theo đề nghị
  của ..." line, signed "GIÁM ĐỐC / (đã ký và đóng dấu)", recipients "(để biết)" (.docx);
- a university of a regional university (ĐẠI HỌC HOÀNG SƠN / TRƯỜNG ĐẠI HỌC KINH TẾ) on its web
  site: the number and date in a header table, a law amended by another, signed "HIỆU TRƯỞNG" by
  "PGS.TS. ..." (an academic rank before the name), recipients "(để b/c)", "(để t/h)" (.html);
- a provincial military command (BỘ TƯ LỆNH QUÂN KHU 5 / BỘ CHỈ HUY QUÂN SỰ TỈNH ...) scraped to
  Markdown as plain lines: signed "KT. CHỈ HUY TRƯỞNG / PHÓ CHỈ HUY TRƯỞNG" by "Thượng tá ..." (a
  military rank before the name), a law with no number and a Nghị định among the bases (.md).

The second batch (golds written before their first extraction too):

- a province's economic zone authority (UBND TỈNH ... over BAN QUẢN LÝ KHU KINH TẾ) as `pdftotext -layout`
  text: the year inside its number ("Số: 05/2019/KH-BQLKKT"), a basis "Thực hiện Chương trình ... ban hành
  kèm theo Quyết định số ..." (the decision is the basis), signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN /
  (Đã ký)" beside "Nơi nhận" (.txt);
- a provincial city's Công văn in Word: a dotted department suffix in its number ("Số: 1520/UBND-VP.KT"),
  "V/v ..." under it, "TP. Bảo Hà, ngày ..." (the city's abbreviation as the place), a "Kính gửi:" list,
  a "Thực hiện Công văn ...; theo đề nghị của ... tại Tờ trình số ..." sentence, signed "TM. ỦY BAN NHÂN
  DÂN / Q. CHỦ TỊCH" (an acting chairman) (.docx).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_t
OUTDIR` writes the files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.renditions.wordplans import _paragraph

BHXH = "t_bhxh-camthuy_1234-kh-bhxh_2024_sua-doi-bo-sung-boi.docx"
VKS = "t_vksnd-hoalam_12-kh-vks_2023_so-khong-hai-cham.txt"
DUK = "t_duk-lamdien_58-kh-duk_2022_tvpl-dang-uy-khoi.md"
CTK = "t_ctk-halam_215-ctk-tkxh_2024_cong-van-tl.html"
THUE = "t_cucthue-phukhang_kh-ct_2022_so-ngay-de-trong.txt"
NHCS = "t_nhcsxh-antrach_456-kh-nhcs_2025_phap-lenh-ttlt.docx"
DHKT = "t_dhkt-hoangson_345-kh-dhkt_2025_hieu-truong-pgs.html"
BCH = "t_bchqs-songlam_215-kh-bch_2024_thuong-ta.md"
BQL = "t_bqlkkt-hailam_05-2019-kh-bqlkkt_2019_so-co-nam.txt"
CITY = "t_tp-baoha_1520-ubnd-vpkt_2023_cong-van-q-chu-tich.docx"


def bhxh_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH CẨM THỦY", "-------", "Số: 1234/KH-BHXH"],
            [*MOTTO, "Cẩm Thủy, ngày 05 tháng 3 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển người tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình năm 2024",
               bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20 tháng 11 năm 2014;"),
        ("i", "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 đã được sửa đổi, bổ sung bởi "
              "Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014;"),
        ("i", "Căn cứ Quyết định số 1518/QĐ-BHXH ngày 26 tháng 12 năm 2023 của Tổng Giám đốc Bảo hiểm xã hội Việt "
              "Nam về việc giao dự toán thu, chi năm 2024;"),
        ("i", "Thực hiện Chỉ thị số 03/CT-UBND ngày 16 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Cẩm Thủy về "
              "tăng cường thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế trên địa bàn tỉnh;"),
        ("p", "Bảo hiểm xã hội tỉnh Cẩm Thủy xây dựng Kế hoạch phát triển người tham gia bảo hiểm xã hội tự "
              "nguyện, bảo hiểm y tế hộ gia đình năm 2024 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Mở rộng diện bao phủ bảo hiểm xã hội, bảo hiểm y tế, hướng tới bảo hiểm xã hội toàn dân theo tinh "
              "thần Nghị quyết của Đảng."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Số người tham gia bảo hiểm xã hội tự nguyện đạt 3,2% lực lượng lao động trong độ tuổi;"),
        ("p", "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%;"),
        ("p", "- Giảm số tiền chậm đóng bảo hiểm xã hội, bảo hiểm y tế xuống dưới 1,8% tổng số phải thu."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Đẩy mạnh công tác tuyên truyền, đối thoại chính sách"),
        ("p", "Tổ chức hội nghị tuyên truyền, đối thoại trực tiếp với người dân tại các xã có tỷ lệ tham gia thấp; "
              "đưa tin trên báo, đài của tỉnh."),
        ("h", "2. Mở rộng mạng lưới đại lý thu"),
        ("p", "Rà soát, củng cố các điểm thu; ký hợp đồng với các tổ chức dịch vụ thu mới tại các thôn, bản."),
        ("h", "3. Đôn đốc thu nợ, xử lý chậm đóng"),
        ("p", "Phân loại đơn vị nợ, gửi thông báo hằng tháng; phối hợp thanh tra, kiểm tra chuyên ngành đóng."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Quản lý thu - Sổ, thẻ: chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả báo "
              "cáo Giám đốc hằng quý."),
        ("p", "2. Phòng Kế hoạch - Tài chính: bảo đảm kinh phí tuyên truyền, chi trả hoa hồng đại lý thu."),
        ("p", "3. Bảo hiểm xã hội các huyện, thị xã: xây dựng kế hoạch của đơn vị, giao chỉ tiêu đến từng điểm "
              "thu./."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    closing(doc, ["- BHXH Việt Nam (b/c);", "- UBND tỉnh Cẩm Thủy (b/c);", "- Giám đốc, các Phó Giám đốc;",
                  "- BHXH các huyện, thị xã (t/h);", "- Lưu: VT, KHTC (02b)."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "Nguyễn Thị Thanh Hương"])
    return _save(doc)


VKS_TXT = """\
   VIỆN KIỂM SÁT NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       TỈNH HÒA LÂM                         Độc lập - Tự do - Hạnh phúc
                                         ________________________
         Số 12 /KH-VKS
                                           Hòa Lâm, ngày 05 tháng 3 năm 2023


                                        KẾ HOẠCH
               Công tác phòng, chống tham nhũng, tiêu cực năm 2023


   Căn cứ Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20/11/2018;
   Căn cứ Bộ luật Hình sự số 100/2015/QH13 ngày 27/11/2015, được sửa đổi, bổ sung năm 2017;
   Căn cứ Quy định số 92-QĐi/TW ngày 15/6/2022 của Ban Chấp hành Trung ương về kiểm soát quyền
lực trong công tác cán bộ;
   Căn cứ Kết luận số 12-KL/TW ngày 06/01/2022 của Bộ Chính trị về tăng cường công tác phòng,
chống tham nhũng, tiêu cực;
   Thực hiện Kế hoạch số 15/KH-VKSTC ngày 10/01/2023 của Viện kiểm sát nhân dân tối cao về công
tác phòng, chống tham nhũng năm 2023;
   Theo đề nghị của Chánh Văn phòng Viện kiểm sát nhân dân tỉnh,
   Viện kiểm sát nhân dân tỉnh Hòa Lâm ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu
cực năm 2023 như sau:

   I. MỤC TIÊU
   1. Mục tiêu chung
   Nâng cao nhận thức, trách nhiệm của công chức, người lao động trong ngành về phòng, chống
tham nhũng, tiêu cực; xây dựng đội ngũ cán bộ kiểm sát liêm chính.
   2. Mục tiêu cụ thể
   - 100% công chức, người lao động được quán triệt các văn bản mới về phòng, chống tham nhũng.
   - 100% người có nghĩa vụ kê khai tài sản, thu nhập thực hiện kê khai đúng thời hạn.

   II. NHIỆM VỤ
   1. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng
   Tổ chức quán triệt tại các cuộc họp giao ban; lồng ghép nội dung vào sinh hoạt chi bộ.
   2. Thực hiện công khai, minh bạch trong hoạt động của cơ quan
   Công khai việc sử dụng kinh phí, mua sắm tài sản, công tác tuyển dụng, luân chuyển cán bộ.
   3. Kiểm soát tài sản, thu nhập
   Tổ chức kê khai, công khai bản kê khai và xác minh tài sản, thu nhập theo kế hoạch.

   III. TỔ CHỨC THỰC HIỆN
   1. Văn phòng Viện kiểm sát tỉnh: theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo
Viện trưởng trước ngày 05/12/2023.
   2. Phòng Tổ chức cán bộ: hướng dẫn việc kê khai tài sản, thu nhập.
   3. Viện kiểm sát nhân dân các huyện, thành phố: xây dựng kế hoạch của đơn vị và tổ chức
thực hiện./.


   Nơi nhận:                                                  KT. VIỆN TRƯỞNG
   - VKSND tối cao (b/c);                                     PHÓ VIỆN TRƯỞNG
   - Thường trực Tỉnh ủy (b/c);
   - Đ/c Viện trưởng (b/c);
   - Các phòng, VKSND cấp huyện (t/h);
   - Lưu: VT, VP.                                             Trần Quang Huy
"""


DUK_MD = """\
| ĐẢNG BỘ TỈNH LAM ĐIỀN ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH \\* | ĐẢNG CỘNG SẢN VIỆT NAM --------------- |
|---|---|
| Số: 58-KH/ĐUK | *Lam Điền, ngày 14 tháng 3 năm 2022* |

**KẾ HOẠCH**

**THỰC HIỆN NĂM 2022 CHỦ ĐỀ "NÊU GƯƠNG, ĐỔI MỚI, KỶ CƯƠNG" TRONG ĐẢNG BỘ KHỐI**

-----

Căn cứ Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên;

Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị;

Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 20/01/2022 của Ban Tuyên giáo Tỉnh ủy về việc triển khai chủ đề năm 2022,

Ban Thường vụ Đảng ủy Khối xây dựng Kế hoạch thực hiện như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Nâng cao vai trò nêu gương của cấp ủy, người đứng đầu các tổ chức cơ sở đảng trong Đảng bộ Khối.

2. Việc triển khai phải thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Quán triệt, tuyên truyền chủ đề năm**

Các cấp ủy trực thuộc tổ chức quán triệt chủ đề năm 2022 đến 100% đảng viên trong quý II năm 2022.

**2. Xây dựng kế hoạch nêu gương của cá nhân**

Mỗi cán bộ, đảng viên đăng ký nội dung nêu gương gắn với chức trách, nhiệm vụ được giao.

**3. Kiểm tra, giám sát việc thực hiện**

Đưa nội dung thực hiện chủ đề năm vào chương trình kiểm tra, giám sát năm 2022 của Đảng ủy Khối.

**III. TỔ CHỨC THỰC HIỆN**

1. Ban Tuyên giáo Đảng ủy Khối: hướng dẫn, theo dõi việc thực hiện Kế hoạch; tổng hợp, báo cáo Ban Thường vụ.

2. Ủy ban Kiểm tra Đảng ủy Khối: đưa nội dung thực hiện chủ đề năm vào kiểm tra, giám sát.

3. Các đảng bộ, chi bộ cơ sở trực thuộc: cụ thể hóa Kế hoạch, tổ chức thực hiện tại đơn vị.

| **Nơi nhận:** - Ban Thường vụ Tỉnh ủy (b/c), - Ban Tuyên giáo Tỉnh ủy (b/c), - Các đảng bộ, chi bộ cơ sở trực thuộc, - Lưu Văn phòng Đảng ủy Khối. | **T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ** **Hà Thị Minh Nguyệt** |
|---|---|
"""


CTK_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Công văn 215/CTK-TKXH triển khai Điều tra lao động việc làm năm 2024 - Cục Thống kê tỉnh Hà Lam</title></head>
<body>
<div class="top-menu"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản chỉ đạo</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="van-ban">
<table border="0" width="100%">
<tr>
<td width="40%" align="center"><p>TỔNG CỤC THỐNG KÊ<br><b>CỤC THỐNG KÊ TỈNH HÀ LAM</b><br>-------</p><p>Số: 215/CTK-TKXH<br>V/v triển khai Điều tra lao động việc làm năm 2024</p></td>
<td width="60%" align="center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p><p><i>Hà Lam, ngày 08 tháng 01 năm 2024</i></p></td>
</tr>
</table>
<p align="center">Kính gửi:</p>
<p>- Ủy ban nhân dân các huyện, thành phố;<br>- Chi cục Thống kê các huyện, thành phố.</p>
<p>Thực hiện Quyết định số 1891/QĐ-TCTK ngày 20 tháng 12 năm 2023 của Tổng cục trưởng Tổng cục Thống kê về việc ban hành Phương án Điều tra lao động việc làm năm 2024 và Kế hoạch số 05/KH-UBND ngày 04 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Hà Lam về phối hợp thực hiện các cuộc điều tra thống kê năm 2024, Cục Thống kê tỉnh đề nghị các đơn vị thực hiện một số nội dung sau:</p>
<p>1. Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân các xã, thị trấn tạo điều kiện cho điều tra viên tiếp cận hộ được chọn mẫu; tuyên truyền để người dân cung cấp thông tin đầy đủ, chính xác.</p>
<p>2. Chi cục Thống kê các huyện, thành phố tuyển chọn điều tra viên, tổ chức thu thập thông tin hằng tháng theo Phương án; kiểm tra, nghiệm thu phiếu trước ngày 10 của tháng sau.</p>
<p>Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Phòng Thống kê Xã hội, Cục Thống kê tỉnh (điện thoại: 0239.3851.215) để được hướng dẫn./.</p>
<table border="0" width="100%">
<tr>
<td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Cục trưởng (để b/c);<br>- Lưu: VT, TKXH.</p></td>
<td width="50%" align="center" valign="top"><p><b>TL. CỤC TRƯỞNG<br>TRƯỞNG PHÒNG THỐNG KÊ XÃ HỘI</b></p><p>&nbsp;</p><p>&nbsp;</p><p><b>Ngô Thị Lan Phương</b></p></td>
</tr>
</table>
</div>
<div class="footer">Cục Thống kê tỉnh Hà Lam - Địa chỉ: 12 đường Lê Lợi, thành phố Hà Lam</div>
</body>
</html>
"""


THUE_TXT = """\
BỘ TÀI CHÍNH
CỤC THUẾ TỈNH PHÚ KHANG
-------
Số: ....../KH-CT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
TP. Tân Khang, ngày      tháng 6 năm 2022

KẾ HOẠCH
Tuyên truyền, hỗ trợ người nộp thuế 6 tháng cuối năm 2022

Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019; Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế; Quyết định số 745/QĐ-TCT ngày 20/4/2022 của Tổng cục trưởng Tổng cục Thuế ban hành quy trình tuyên truyền, hỗ trợ người nộp thuế;
Cục Thuế tỉnh Phú Khang xây dựng Kế hoạch tuyên truyền, hỗ trợ người nộp thuế 6 tháng cuối năm 2022 như sau:
I. MỤC TIÊU
- 100% doanh nghiệp mới thành lập được hướng dẫn kê khai, nộp thuế điện tử;
- Tỷ lệ hồ sơ khai thuế được nộp qua mạng đạt trên 99%;
- Trả lời vướng mắc của người nộp thuế đúng hạn đạt 100%.
II. NỘI DUNG
1. Tuyên truyền chính sách thuế mới
Phối hợp với Báo Phú Khang, Đài Phát thanh và Truyền hình tỉnh đăng tải chính sách thuế mới, hướng dẫn thủ tục.
2. Tổ chức đối thoại với người nộp thuế
Tổ chức 02 hội nghị đối thoại với doanh nghiệp trong quý III và quý IV năm 2022.
3. Hỗ trợ hóa đơn điện tử
Hướng dẫn doanh nghiệp, hộ kinh doanh chuyển đổi sang sử dụng hóa đơn điện tử.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Tuyên truyền - Hỗ trợ người nộp thuế: chủ trì thực hiện Kế hoạch; tổng hợp kết quả báo cáo Cục trưởng.
2. Phòng Công nghệ thông tin: bảo đảm hạ tầng hệ thống khai thuế, nộp thuế điện tử.
3. Các Chi cục Thuế khu vực: tổ chức hỗ trợ người nộp thuế trên địa bàn quản lý./.
Nơi nhận:
- Tổng cục Thuế (b/c);
- UBND tỉnh (b/c);
- Lãnh đạo Cục;
- Các phòng, Chi cục Thuế;
- Lưu: VT, TTHT.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Vương Đình Khải
"""


def nhcs_plan() -> bytes:
    doc = _new()
    _layout(doc, ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH AN TRẠCH", "-------", "Số: 456/KH-NHCS"],
            [*MOTTO, "An Trạch, ngày 20 tháng 02 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Nâng cao chất lượng tín dụng chính sách xã hội năm 2025", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Nghị định số 78/2002/NĐ-CP ngày 04/10/2002 của Chính phủ về tín dụng đối với người nghèo và "
              "các đối tượng chính sách khác;"),
        ("i", "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020;"),
        ("i", "Căn cứ Thông tư liên tịch số 07/2016/TTLT-BTC-BLĐTBXH ngày 15/4/2016 của Bộ Tài chính và Bộ Lao "
              "động - Thương binh và Xã hội hướng dẫn quản lý vốn ủy thác qua Ngân hàng Chính sách xã hội;"),
        ("i", "Căn cứ Quyết định số 215/QĐ-NHCS ngày 10/01/2025 của Tổng Giám đốc Ngân hàng Chính sách xã hội về "
              "việc giao chỉ tiêu kế hoạch tín dụng năm 2025;"),
        ("i", "Theo đề nghị của Trưởng phòng Kế hoạch - Nghiệp vụ tín dụng,"),
        ("p", "Ngân hàng Chính sách xã hội chi nhánh tỉnh An Trạch ban hành Kế hoạch nâng cao chất lượng tín dụng "
              "chính sách xã hội năm 2025 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- Tỷ lệ nợ quá hạn dưới 0,25% tổng dư nợ;"),
        ("p", "- 100% tổ tiết kiệm và vay vốn được xếp loại khá, tốt;"),
        ("p", "- Tăng trưởng dư nợ tín dụng đạt 9,5% so với đầu năm."),
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
        ("h", "1. Củng cố, kiện toàn tổ tiết kiệm và vay vốn"),
        ("p", "Rà soát, sáp nhập các tổ hoạt động kém hiệu quả; tập huấn nghiệp vụ cho tổ trưởng."),
        ("h", "2. Nâng cao hiệu quả hoạt động giao dịch xã"),
        ("p", "Duy trì giao dịch định kỳ tại 100% điểm giao dịch xã; công khai chính sách tín dụng tại điểm giao dịch."),
        ("h", "3. Xử lý nợ đến hạn, nợ quá hạn"),
        ("p", "Phân tích nguyên nhân nợ quá hạn từng xã, đề xuất biện pháp thu hồi phù hợp."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Kế hoạch - Nghiệp vụ tín dụng: hướng dẫn, theo dõi việc thực hiện Kế hoạch; tổng hợp "
              "báo cáo Giám đốc."),
        ("p", "2. Phòng Kiểm tra - Kiểm soát nội bộ: kiểm tra việc thực hiện Kế hoạch tại các Phòng giao dịch."),
        ("p", "3. Phòng giao dịch Ngân hàng Chính sách xã hội các huyện: xây dựng kế hoạch của đơn vị, tổ chức "
              "thực hiện./."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    closing(doc, ["- Tổng Giám đốc NHCSXH (b/c);", "- UBND tỉnh An Trạch (b/c);",
                  "- Thành viên Ban đại diện HĐQT tỉnh (để biết);", "- Phòng giao dịch NHCSXH các huyện (t/h);",
                  "- Lưu: VT, KHNV (02b)."],
            ["GIÁM ĐỐC", "(đã ký và đóng dấu)", "", "Đặng Văn Lợi"])
    return _save(doc)


DHKT_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch tổ chức tuyển sinh đại học chính quy năm 2025 - Trường Đại học Kinh tế</title></head>
<body>
<div class="navbar"><a href="/">Trang chủ</a> | <a href="/thong-bao">Thông báo</a> | <a href="/tuyen-sinh">Tuyển sinh</a></div>
<div class="post">
<h1 class="post-title">Kế hoạch tổ chức tuyển sinh đại học chính quy năm 2025</h1>
<p class="post-meta">Đăng ngày 18/02/2025 - Phòng Đào tạo</p>
<table style="border:none" width="100%">
<tr>
<td style="border:none" width="42%" align="center">ĐẠI HỌC HOÀNG SƠN<br><b>TRƯỜNG ĐẠI HỌC KINH TẾ</b><br>-------</td>
<td style="border:none" width="58%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td>
</tr>
<tr>
<td style="border:none" align="center">Số: 345/KH-ĐHKT</td>
<td style="border:none" align="center"><i>Hoàng Sơn, ngày 17 tháng 02 năm 2025</i></td>
</tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Tổ chức tuyển sinh đại học chính quy năm 2025</b></p>
<p><i>Căn cứ Luật Giáo dục đại học số 08/2012/QH13 ngày 18 tháng 6 năm 2012 đã được sửa đổi, bổ sung bởi Luật số 34/2018/QH14 ngày 19 tháng 11 năm 2018;</i></p>
<p><i>Căn cứ Thông tư số 06/2025/TT-BGDĐT ngày 19 tháng 01 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế tuyển sinh đại học, tuyển sinh cao đẳng ngành Giáo dục Mầm non;</i></p>
<p><i>Căn cứ Quyết định số 152/QĐ-ĐHHS ngày 08 tháng 01 năm 2025 của Giám đốc Đại học Hoàng Sơn về việc giao chỉ tiêu tuyển sinh năm 2025;</i></p>
<p><i>Theo đề nghị của Trưởng phòng Đào tạo.</i></p>
<p>Trường Đại học Kinh tế xây dựng Kế hoạch tổ chức tuyển sinh đại học chính quy năm 2025 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Tuyển đủ 1.850 chỉ tiêu được giao; tỷ lệ thí sinh nhập học đạt trên 90% số thí sinh trúng tuyển;</p>
<p>- 100% hồ sơ đăng ký xét tuyển được xử lý trên hệ thống trực tuyến.</p>
<p><b>II. NỘI DUNG CÔNG VIỆC</b></p>
<p><b>1. Tư vấn tuyển sinh</b></p>
<p>Tổ chức tư vấn trực tiếp tại 40 trường trung học phổ thông trong vùng và tư vấn trực tuyến trên trang thông tin của Trường.</p>
<p><b>2. Xét tuyển và công bố kết quả</b></p>
<p>Xét tuyển theo các phương thức đã công bố trong Đề án tuyển sinh; công bố kết quả trúng tuyển đúng lịch của Bộ Giáo dục và Đào tạo.</p>
<p><b>3. Tổ chức nhập học</b></p>
<p>Tiếp nhận thí sinh nhập học trực tuyến và trực tiếp từ ngày 20/8/2025.</p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Đào tạo: là thường trực Hội đồng tuyển sinh, chủ trì triển khai Kế hoạch.</p>
<p>2. Phòng Kế hoạch - Tài chính: bảo đảm kinh phí cho công tác tuyển sinh.</p>
<p>3. Trung tâm Truyền thông và Tư vấn tuyển sinh: tổ chức các chương trình tư vấn, quảng bá./.</p>
<table style="border:none" width="100%">
<tr>
<td style="border:none" width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- Đại học Hoàng Sơn (để b/c);<br>- Ban Giám hiệu;<br>- Các đơn vị trong Trường (để t/h);<br>- Lưu: VT, ĐT.</td>
<td style="border:none" width="50%" align="center" valign="top"><b>HIỆU TRƯỞNG</b><br><br><br><br><b>PGS.TS. Lê Văn Khánh</b></td>
</tr>
</table>
</div>
<div class="site-footer">Trường Đại học Kinh tế - Đại học Hoàng Sơn</div>
</body>
</html>
"""


BCH_MD = """\
**BỘ TƯ LỆNH QUÂN KHU 5**

**BỘ CHỈ HUY QUÂN SỰ TỈNH SÔNG LAM**

Số: 215/KH-BCH

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Sông Lam, ngày 22 tháng 4 năm 2024*

**KẾ HOẠCH**

**Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024**

*Căn cứ Luật Quốc phòng số 22/2018/QH14 ngày 08 tháng 6 năm 2018;*

*Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;*

*Căn cứ Nghị định số 30/2017/NĐ-CP ngày 21 tháng 3 năm 2017 của Chính phủ quy định tổ chức, hoạt động ứng phó sự cố, thiên tai và tìm kiếm cứu nạn;*

*Thực hiện Kế hoạch số 88/KH-BTL ngày 02 tháng 4 năm 2024 của Bộ Tư lệnh Quân khu 5 về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024,*

Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:

**I. MỤC TIÊU**

- 100% lực lượng thường trực được huấn luyện nghiệp vụ cứu hộ, cứu nạn trước mùa mưa bão;

- Bảo đảm sẵn sàng 95% phương tiện, trang bị phòng, chống thiên tai ở trạng thái kỹ thuật tốt.

**II. NHIỆM VỤ**

**1. Huấn luyện lực lượng**

Tổ chức huấn luyện, diễn tập phương án ứng phó bão, lũ cho lực lượng thường trực và dân quân cơ động.

**2. Chuẩn bị phương tiện, vật chất**

Kiểm tra, bảo dưỡng xuồng, ca nô, áo phao; bổ sung cơ số vật chất bảo đảm hậu cần.

**3. Trực sẵn sàng ứng cứu**

Duy trì nghiêm chế độ trực chỉ huy, trực ban 24/24 giờ trong mùa mưa bão.

**III. TỔ CHỨC THỰC HIỆN**

1. Phòng Tham mưu: chủ trì theo dõi, hướng dẫn thực hiện Kế hoạch; tổng hợp báo cáo Chỉ huy trưởng.

2. Phòng Hậu cần - Kỹ thuật: bảo đảm phương tiện, vật chất cho các nhiệm vụ.

3. Ban Chỉ huy Quân sự các huyện, thị xã, thành phố: xây dựng kế hoạch của đơn vị, tổ chức thực hiện./.

**Nơi nhận:**

- Bộ Tư lệnh Quân khu 5 (b/c);

- UBND tỉnh Sông Lam (b/c);

- Các cơ quan, đơn vị trực thuộc;

- Lưu: VT, TM.

**KT. CHỈ HUY TRƯỞNG**

**PHÓ CHỈ HUY TRƯỞNG**

**Thượng tá Lê Minh Đức**
"""


BQL_TXT = """\
        UBND TỈNH HẢI LÂM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   BAN QUẢN LÝ KHU KINH TẾ                        Độc lập - Tự do - Hạnh phúc
        ________________                      ______________________________

   Số: 05/2019/KH-BQLKKT                        Hải Lâm, ngày 05 tháng 3 năm 2019


                                        KẾ HOẠCH
             Xúc tiến đầu tư vào Khu kinh tế ven biển Hải Lâm năm 2019


   Căn cứ Nghị định số 82/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định về quản lý khu công
nghiệp và khu kinh tế;
   Căn cứ Quyết định số 12/2017/QĐ-UBND ngày 10/4/2017 của Ủy ban nhân dân tỉnh Hải Lâm ban hành
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý Khu kinh tế tỉnh;
   Thực hiện Chương trình xúc tiến đầu tư năm 2019 ban hành kèm theo Quyết định số 215/QĐ-UBND
ngày 25/01/2019 của Ủy ban nhân dân tỉnh Hải Lâm;
   Theo đề nghị của Trưởng phòng Quản lý đầu tư,
   Ban Quản lý Khu kinh tế tỉnh ban hành Kế hoạch xúc tiến đầu tư năm 2019 như sau:

   I. MỤC TIÊU
   - Tỷ lệ lấp đầy các khu công nghiệp trong Khu kinh tế đạt 65% vào cuối năm 2019.
   - 100% hồ sơ đăng ký đầu tư được giải quyết đúng hạn.

   II. NHIỆM VỤ
   1. Cập nhật danh mục dự án kêu gọi đầu tư
   Rà soát quỹ đất, hạ tầng; cập nhật danh mục dự án kêu gọi đầu tư trên Cổng thông tin của Ban.
   2. Tổ chức hội nghị xúc tiến đầu tư
   Phối hợp tổ chức 02 hội nghị xúc tiến đầu tư tại Thành phố Hồ Chí Minh và Hà Nội.
   3. Hỗ trợ nhà đầu tư sau cấp phép
   Tháo gỡ vướng mắc về mặt bằng, thủ tục cho các dự án đã được cấp giấy chứng nhận đăng ký đầu tư.

   III. TỔ CHỨC THỰC HIỆN
   1. Phòng Quản lý đầu tư: chủ trì triển khai Kế hoạch; tổng hợp kết quả báo cáo Trưởng ban.
   2. Văn phòng Ban: bảo đảm kinh phí, phương tiện phục vụ các hoạt động xúc tiến đầu tư.
   3. Trung tâm Dịch vụ hỗ trợ đầu tư: cung cấp thông tin, hướng dẫn thủ tục cho nhà đầu tư./.


   Nơi nhận:                                                  KT. TRƯỞNG BAN
   - UBND tỉnh (b/c);                                        PHÓ TRƯỞNG BAN
   - Sở Kế hoạch và Đầu tư;
   - Trưởng ban, các Phó Trưởng ban;                              (Đã ký)
   - Lưu: VT, QLĐT.
                                                             Mai Xuân Trường
"""


def city_letter() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẢO HÀ", "-------", "Số: 1520/UBND-VP.KT",
                  "V/v triển khai thu gom, xử lý rác thải sinh hoạt trên địa bàn thành phố"],
            [*MOTTO, "TP. Bảo Hà, ngày 12 tháng 6 năm 2023"], bold=(2, 2))
    _paragraph(doc, "Kính gửi:", center=True)
    for text in ("- Phòng Tài nguyên và Môi trường thành phố;", "- Ủy ban nhân dân các phường, xã."):
        _paragraph(doc, text)
    for text in (
        "Thực hiện Công văn số 2045/UBND-KT ngày 30/5/2023 của Ủy ban nhân dân tỉnh Lâm Giang về việc tăng cường "
        "quản lý chất thải rắn sinh hoạt; theo đề nghị của Phòng Tài nguyên và Môi trường tại Tờ trình số "
        "86/TTr-TNMT ngày 08/6/2023, Chủ tịch Ủy ban nhân dân thành phố có ý kiến như sau:",
        "1. Phòng Tài nguyên và Môi trường thành phố: chủ trì hướng dẫn các phường, xã rà soát, sắp xếp lại các "
        "điểm tập kết rác thải; kiểm tra việc thu gom, vận chuyển rác thải của các đơn vị dịch vụ.",
        "2. Ủy ban nhân dân các phường, xã: tuyên truyền, vận động Nhân dân phân loại rác thải tại nguồn; xử lý "
        "nghiêm các trường hợp đổ rác không đúng nơi quy định.",
        "Yêu cầu các đơn vị triển khai thực hiện; báo cáo kết quả về Ủy ban nhân dân thành phố (qua Phòng Tài "
        "nguyên và Môi trường) trước ngày 30/9/2023./.",
    ):
        _paragraph(doc, text, justify=True)
    closing(doc, ["- Như trên;", "- TT Thành ủy, TT HĐND thành phố (b/c);", "- CT, các PCT UBND thành phố;",
                  "- Lưu: VT, VP.KT."],
            ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "", "", "Trịnh Quốc Bảo"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BHXH).write_bytes(bhxh_plan())
    (folder / VKS).write_text(VKS_TXT, encoding="utf-8")
    (folder / DUK).write_text(DUK_MD, encoding="utf-8")
    (folder / CTK).write_text(CTK_HTML, encoding="utf-8")
    (folder / THUE).write_text(THUE_TXT, encoding="utf-8")
    (folder / NHCS).write_bytes(nhcs_plan())
    (folder / DHKT).write_text(DHKT_HTML, encoding="utf-8")
    (folder / BCH).write_text(BCH_MD, encoding="utf-8")
    (folder / BQL).write_text(BQL_TXT, encoding="utf-8")
    (folder / CITY).write_bytes(city_letter())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
