"""Invented documents of hold-out round G24: response plans by alert level or scenario, an event programme by the
hour, a plan with several annexes after the signature.

The reading the set's conventions imply: a response plan's levels or scenarios ("1. Cấp độ 1: Dịch xảy ra tại 01
xã", "1. Tình huống 1: Cháy rừng nhỏ") are situations with the measures each calls for, no tasks of the plan, and the
bodies named in them no responsibilities; its standing board's members, forces, tools, reserves ("5.000 lít hóa chất",
"02 máy thổi gió") and hotlines no targets, tasks nor sums; the bodies its "Tổ chức thực hiện" charges are its
responsibilities. An event's programme by the hour ("7h30 - 8h00 | Đón tiếp đại biểu") is the order of the ceremony,
no tasks (as g18's Hội chợ programme table), its seats and delegates no targets. Annexes after the signature: a table
of targets by district (children counted, a percent each) holds no objectives of the plan and no money, a task table
(lead, partners, time) its activities, a money table by source its budget items. A title that names no year of the
plan gives the year of issue with accept_null, as the set's golds do.

The documents:
- a provincial Sở Nông nghiệp và Phát triển nông thôn's plan of 2019 in Word for the response to African swine fever
  by level: three levels each with its measures and doers, the reserves and a hotline, money from the provincial
  contingency (.docx);
- a district's plan of 2014 for the 50th anniversary ceremony on a portal page: the programme by the hour in a
  bordered table with the unit for each part, seats and delegates counted, money by source in đồng, the bodies
  charged under "PHÂN CÔNG NHIỆM VỤ" (.html);
- a commune's forest-fire plan of 2022 by scenario copied from a PDF with hard wraps and a page number: the standing
  board's make-up, the forces and tools, hotlines, two scenarios with who acts in each (.txt);
- a province's expanded-immunisation plan of 2017 scraped to Markdown with three annexes after the signature, their
  titles between them: targets by district (pipe table), tasks with lead, partners and time (flattened one cell a
  line), money by source in triệu đồng (pipe table) (.md).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of lead 0b0368e):
micro 126/135/131; 127/135/127 on the gold mended to the set's conventions (634296c: the period of a title without
the plan's year accepts null, the response plan's money read under its own label "Dự phòng ứng phó ..." accepted as
its scope). Read at first: every header, signer, recipient and basis; the objectives and their percents (not "dưới 1
tuổi", "2 mũi", "dưới 1 ha"); the programme table's rows read as no tasks; the annexes' tasks and money (11 items)
and no objectives from the targets by district; the bodies charged, "Đề nghị X và Y" as two. The misses: the three
levels read as three tasks, the two scenarios as two, the board's make-up, the forces and the hotlines as three.

After this round's rules (tests/test_g24_holdout.py): 127/127/127.

Renditions (`python -m tests.invented.renditions OUT --score --only g24_`): docx, html-md, docx-html-md, html-text
1.000; lo-pdf 121/121/124 -> 127/127/127 (the flattened annex's row code "3" at the top of a page read as the page's
number: task_tables._without_page_numbers); pdf-plain 100/103/118 -> 103/103/118 (the commune's header with the
motto's last word "phúc" between the unit and the number: header.MOTTO_TAIL); pdf-layout 121/121/124. Left: in
pdf-layout the same row code "3" after the form feed is dropped by the text reader (extractors/layout/text.py
drop_furniture, round R22's file: a bare number opening a page that follows the row codes before it and comes before
a text line is a row code); in pdf-plain the annexes' tables come in the page's block order (a column's cells of
several rows in one run), which task_tables and the budget reader decline to read (never a wrong row).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g24 OUTDIR`
writes every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.renditions.wordplans import _paragraph

SWINE = "g24_snn-hoason_156-kh-snn_2019_ung-pho-theo-cap-do-dich.docx"
CEREMONY = "g24_huyen-tanlinh_73-kh-ubnd_2014_le-ky-niem-chuong-trinh-theo-gio.html"
FOREST = "g24_xa-namkhao_27-kh-ubnd_2022_chay-rung-theo-tinh-huong.txt"
VACCINE = "g24_tinh-bacthuy_61-kh-ubnd_2017_ba-phu-luc-sau-chu-ky-md.md"


# ---------------------------------------------------------------------------
# 1. A Sở's response plan by alert level in Word: levels with their own actions and doers, reserves, a hotline.

SWINE_BODY = [
    ("i", "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"),
    ("i", "Căn cứ Quyết định số 2108/QĐ-BNN-TY ngày 06 tháng 3 năm 2019 của Bộ Nông nghiệp và Phát triển nông thôn "
          "ban hành Kế hoạch ứng phó khẩn cấp với bệnh Dịch tả lợn châu Phi;"),
    ("i", "Thực hiện Kế hoạch số 88/KH-UBND ngày 02 tháng 8 năm 2019 của Ủy ban nhân dân tỉnh Hòa Sơn về phòng, chống "
          "bệnh Dịch tả lợn châu Phi;"),
    ("p", "Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch ứng phó khẩn cấp với bệnh Dịch tả lợn châu Phi theo "
          "các cấp độ dịch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Chủ động ứng phó kịp thời, hiệu quả khi bệnh Dịch tả lợn châu Phi xảy ra; khống chế, không để dịch lây lan "
          "diện rộng."),
    ("p", "- Xác định rõ biện pháp ứng phó tương ứng với từng cấp độ dịch và trách nhiệm của từng cơ quan, đơn vị."),
    ("h", "II. CÁC CẤP ĐỘ DỊCH VÀ BIỆN PHÁP ỨNG PHÓ"),
    ("p", "1. Cấp độ 1: Dịch xảy ra tại 01 xã"),
    ("p", "- Ủy ban nhân dân xã có dịch lập chốt kiểm dịch tạm thời; tiêu hủy toàn bộ lợn bệnh trong vòng 24 giờ kể từ "
          "khi có kết quả xét nghiệm."),
    ("p", "- Trạm Chăn nuôi và Thú y cấp huyện lấy mẫu xét nghiệm, hướng dẫn vệ sinh, khử trùng, tiêu độc khu vực ổ dịch "
          "trong bán kính 3 km."),
    ("p", "2. Cấp độ 2: Dịch xảy ra tại từ 02 xã trở lên trong 01 huyện"),
    ("p", "- Ban Chỉ đạo phòng, chống dịch bệnh động vật cấp huyện chỉ đạo lập 03 chốt kiểm dịch động vật tạm thời trên "
          "các trục giao thông chính."),
    ("p", "- Công an huyện, Ban Chỉ huy Quân sự huyện cử lực lượng phối hợp tại các chốt kiểm dịch 24/24 giờ."),
    ("p", "3. Cấp độ 3: Dịch xảy ra tại từ 02 huyện trở lên"),
    ("p", "- Ủy ban nhân dân tỉnh công bố dịch theo quy định; huy động lực lượng vũ trang hỗ trợ tiêu hủy lợn bệnh."),
    ("p", "- Chi cục Chăn nuôi và Thú y đề xuất xuất cấp 20.000 lít hóa chất sát trùng từ nguồn dự trữ quốc gia."),
    ("h", "III. DỰ TRỮ VẬT TƯ, HÓA CHẤT"),
    ("p", "- Dự trữ tại Chi cục Chăn nuôi và Thú y: 5.000 lít hóa chất sát trùng, 2.500 bộ quần áo bảo hộ, 04 máy phun "
          "động cơ."),
    ("p", "- Đường dây nóng tiếp nhận thông tin dịch bệnh: 0218.3856.247 (Chi cục Chăn nuôi và Thú y), hoạt động 24/24 "
          "giờ."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí dự phòng ứng phó với bệnh Dịch tả lợn châu Phi năm 2019 là 3.500 triệu đồng từ nguồn dự phòng ngân "
          "sách tỉnh."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Chăn nuôi và Thú y: là cơ quan thường trực, theo dõi diễn biến dịch, tham mưu công bố cấp độ dịch; "
          "tổng hợp báo cáo Sở trước 16 giờ hằng ngày khi có dịch."),
    ("p", "2. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí, thẩm định hồ sơ hỗ trợ tiêu hủy."),
    ("p", "3. Trung tâm Khuyến nông: tuyên truyền, hướng dẫn người chăn nuôi áp dụng biện pháp an toàn sinh học."),
    ("p", "4. Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn triển khai "
          "biện pháp ứng phó theo cấp độ dịch tại địa phương."),
]


def swine() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH HÒA SƠN", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "-------", "Số: 156/KH-SNN"],
            [*MOTTO, "Hòa Sơn, ngày 14 tháng 8 năm 2019"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Ứng phó khẩn cấp với bệnh Dịch tả lợn châu Phi theo các cấp độ dịch trên địa bàn tỉnh Hòa Sơn",
               bold=True, center=True)
    _body(doc, SWINE_BODY)
    closing(doc, ["- Cục Thú y (b/c);", "- UBND tỉnh (b/c);", "- UBND các huyện, thành phố;", "- Lưu: VT, CCCNTY."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lục Văn Dũng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district's ceremony plan on a portal page: the programme by the hour, seats and delegates, money by source.

CEREMONY_TEXT = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch tổ chức Lễ kỷ niệm 50 năm Ngày thành lập huyện - Tân Lĩnh</title></head>
<body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản chỉ đạo</a></div>
<div class="article">
<table class="header" width="100%">
<tr><td align="center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN TÂN LĨNH</b><br>-------<br>Số: 73/KH-UBND</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>
<i>Tân Lĩnh, ngày 05 tháng 6 năm 2014</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Tổ chức Lễ kỷ niệm 50 năm Ngày thành lập huyện Tân Lĩnh (15/8/1964 - 15/8/2014)</b></p>
<p>Thực hiện Thông báo số 112-TB/HU ngày 20 tháng 5 năm 2014 của Ban Thường vụ Huyện ủy Tân Lĩnh về việc tổ chức các hoạt động kỷ niệm 50 năm Ngày thành lập huyện;</p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch tổ chức Lễ kỷ niệm như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>- Ôn lại truyền thống 50 năm xây dựng và phát triển của huyện; tôn vinh các tập thể, cá nhân có nhiều đóng góp.</p>
<p>- Tổ chức Lễ kỷ niệm trang trọng, tiết kiệm, bảo đảm an toàn tuyệt đối.</p>
<p><b>II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN</b></p>
<p>1. Thời gian: 01 buổi, từ 7 giờ 30 phút ngày 15/8/2014.</p>
<p>2. Địa điểm: Hội trường Trung tâm Văn hóa huyện (500 chỗ ngồi).</p>
<p>3. Thành phần: 450 đại biểu, gồm đại diện lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh; lãnh đạo huyện qua các thời kỳ; đại diện Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội huyện và 120 đại biểu các xã, thị trấn.</p>
<p><b>III. CHƯƠNG TRÌNH BUỔI LỄ</b></p>
<table border="1" cellpadding="4">
<tr><th>Thời gian</th><th>Nội dung</th><th>Đơn vị thực hiện</th></tr>
<tr><td>7h30 - 8h00</td><td>Đón tiếp đại biểu</td><td>Văn phòng HĐND và UBND huyện</td></tr>
<tr><td>8h00 - 8h30</td><td>Chương trình văn nghệ chào mừng</td><td>Trung tâm Văn hóa - Thể thao huyện</td></tr>
<tr><td>8h30 - 8h40</td><td>Chào cờ, tuyên bố lý do, giới thiệu đại biểu</td><td>Ban Tổ chức</td></tr>
<tr><td>8h40 - 9h10</td><td>Diễn văn kỷ niệm</td><td>Chủ tịch UBND huyện</td></tr>
<tr><td>9h10 - 9h30</td><td>Phát biểu của lãnh đạo tỉnh</td><td></td></tr>
<tr><td>9h30 - 9h45</td><td>Trao tặng Giấy khen cho 12 tập thể, 25 cá nhân</td><td>Phòng Nội vụ</td></tr>
<tr><td>9h45 - 10h00</td><td>Bế mạc</td><td>Ban Tổ chức</td></tr>
</table>
<p><b>IV. KINH PHÍ</b></p>
<p>Tổng kinh phí dự kiến 680.000.000 đồng (Sáu trăm tám mươi triệu đồng), trong đó: ngân sách huyện 500.000.000 đồng; vận động xã hội hóa 180.000.000 đồng.</p>
<p><b>V. PHÂN CÔNG NHIỆM VỤ</b></p>
<p>1. Văn phòng HĐND và UBND huyện: chủ trì tham mưu Ban Tổ chức; in, phát hành 450 giấy mời; bố trí lễ tân, hậu cần; hoàn thành trước ngày 10/8/2014.</p>
<p>2. Phòng Văn hóa và Thông tin: xây dựng kịch bản chương trình; tổ chức tuyên truyền trên hệ thống truyền thanh từ ngày 01/8/2014.</p>
<p>3. Phòng Tài chính - Kế hoạch: thẩm định, bố trí kinh phí tổ chức Lễ kỷ niệm.</p>
<p>4. Công an huyện: bảo đảm an ninh trật tự, an toàn giao thông tại khu vực tổ chức Lễ kỷ niệm.</p>
<p>5. Trung tâm Y tế huyện: bố trí 01 xe cứu thương và tổ y tế thường trực tại buổi lễ.</p>
<p>6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện vận động đoàn viên, hội viên tham gia các hoạt động kỷ niệm.</p>
<table class="sign" width="100%">
<tr><td valign="top"><b><i>Nơi nhận:</i></b><br>- TT Huyện ủy, TT HĐND huyện;<br>- Các thành viên Ban Tổ chức;<br>- Các cơ quan, đơn vị liên quan;<br>- Lưu: VT.</td>
<td align="center" valign="top"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><br><b>Hoàng Đức Lương</b></td></tr>
</table>
</div>
<div class="footer">Cổng thông tin điện tử huyện Tân Lĩnh</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. A commune's forest-fire plan by scenario copied from a PDF: hard wraps, the standing board, hotlines, tools.

FOREST_TEXT = """\
UBND HUYỆN PA LÙNG                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UỶ BAN NHÂN DÂN XÃ NẬM KHAO                    Độc lập - Tự do - Hạnh phúc
      -------                                        ---------------
Số: 27/KH-UBND                               Nậm Khao, ngày 10 tháng 01 năm 2022

KẾ HOẠCH
Phòng cháy, chữa cháy rừng và ứng phó với cháy rừng theo tình huống
năm 2022

Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
Thực hiện Kế hoạch số 05/KH-UBND ngày 04 tháng 01 năm 2022 của Ủy ban nhân dân
huyện Pa Lùng về phòng cháy, chữa cháy rừng năm 2022;
Ủy ban nhân dân xã Nậm Khao xây dựng Kế hoạch phòng cháy, chữa cháy rừng năm
2022 như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Chủ động phòng ngừa, phát hiện sớm và dập tắt kịp thời các đám cháy rừng; hạn
chế thấp nhất thiệt hại về rừng, tài sản và tính mạng của Nhân dân.
- Thực hiện tốt phương châm "bốn tại chỗ".
II. MỤC TIÊU
- Giảm 50% số vụ cháy rừng so với năm 2021; không để xảy ra cháy rừng diện
rộng.
- 100% thôn, bản có tổ xung kích phòng cháy, chữa cháy rừng.
III. BAN CHỈ HUY VÀ LỰC LƯỢNG, PHƯƠNG TIỆN
1. Ban Chỉ huy phòng cháy, chữa cháy rừng xã gồm 09 thành viên: đồng chí Chủ tịch
Ủy ban nhân dân xã làm Trưởng ban; Chỉ huy trưởng Ban Chỉ huy Quân sự xã làm Phó
Trưởng ban; Trưởng Công an xã, công chức Địa chính - Nông nghiệp và Trưởng các
thôn là thành viên.
2. Lực lượng tại chỗ: 06 tổ xung kích với 84 người; dụng cụ gồm 02 máy thổi gió,
150 bàn dập lửa, 40 can nhựa đựng nước.
3. Đường dây nóng: 0214.3890.116; Kiểm lâm địa bàn: 0912.438.705.
                                                                              1
IV. PHƯƠNG ÁN ỨNG PHÓ THEO TÌNH HUỐNG
1. Tình huống 1: Cháy rừng nhỏ, diện tích dưới 1 ha
Tổ xung kích của thôn nơi xảy ra cháy tổ chức dập lửa ngay; Trưởng thôn báo cáo
Ban Chỉ huy xã trong vòng 30 phút.
2. Tình huống 2: Cháy rừng trên 1 ha hoặc có nguy cơ lan rộng
Ban Chỉ huy xã huy động toàn bộ 06 tổ xung kích, đề nghị Hạt Kiểm lâm huyện và
Ban Chỉ huy Quân sự huyện chi viện; Công an xã bảo vệ hiện trường, điều tra
nguyên nhân.
V. KINH PHÍ
Kinh phí thực hiện năm 2022 là 45.000.000 đồng từ ngân sách xã.
VI. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Nông nghiệp xã: tham mưu Ban Chỉ huy xã theo dõi, kiểm
tra; phối hợp với Kiểm lâm địa bàn tuần tra rừng trong mùa khô.
2. Ban Chỉ huy Quân sự xã: xây dựng kế hoạch huấn luyện, diễn tập chữa cháy rừng
cho các tổ xung kích trong quý I/2022.
3. Công an xã: điều tra, xử lý các hành vi vi phạm quy định về phòng cháy, chữa
cháy rừng.
4. Trưởng các thôn, bản: tuyên truyền, vận động Nhân dân ký cam kết không đốt
nương trái phép.

Nơi nhận:                                                 TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c);                                            CHỦ TỊCH
- Hạt Kiểm lâm huyện;
- Đảng ủy, HĐND xã;
- Các thôn, bản;
- Lưu: VT.                                                    Thào A Lử
"""


# ---------------------------------------------------------------------------
# 4. A province's plan scraped to Markdown with three annexes after the signature: targets by district, tasks with
#    a time (flattened one cell a line), money by source.

VACCINE_TEXT = """\
| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **TỈNH BẮC THỦY** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 61/KH-UBND | *Bắc Thủy, ngày 24 tháng 3 năm 2017* |

# KẾ HOẠCH

**Thực hiện công tác tiêm chủng mở rộng trên địa bàn tỉnh năm 2017**

Căn cứ Quyết định số 2014/QĐ-BYT ngày 15 tháng 12 năm 2016 của Bộ Y tế về việc giao chỉ tiêu tiêm chủng mở rộng năm 2017;

Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác tiêm chủng mở rộng năm 2017 như sau:

## I. MỤC TIÊU

**1. Mục tiêu chung**

Duy trì tỷ lệ tiêm chủng đầy đủ ở mức cao, chủ động phòng, chống các bệnh truyền nhiễm có vắc xin phòng ngừa.

**2. Mục tiêu cụ thể**

- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt trên 95%.
- Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván 2 mũi trở lên đạt 90%.

## II. NHIỆM VỤ, GIẢI PHÁP

Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục II kèm theo Kế hoạch này.

## III. KINH PHÍ

Tổng kinh phí thực hiện năm 2017 là 4.260 triệu đồng (chi tiết tại Phụ lục III).

## IV. TỔ CHỨC THỰC HIỆN

1. Sở Y tế: chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2017.
2. Sở Tài chính: tham mưu bố trí kinh phí từ ngân sách tỉnh theo Phụ lục III.
3. Sở Thông tin và Truyền thông: chỉ đạo các cơ quan báo chí tuyên truyền về lợi ích của tiêm chủng.
4. Ủy ban nhân dân các huyện, thành phố: chỉ đạo các xã, phường, thị trấn phối hợp tổ chức các buổi tiêm chủng hằng tháng.

| **Nơi nhận:** - Bộ Y tế (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - Các sở: Y tế, Tài chính, TT&TT; - UBND các huyện, thành phố; - Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Ma Thị Thoa** |
|---|---|

**Phụ lục I**

**CHỈ TIÊU TIÊM CHỦNG ĐẦY ĐỦ CHO TRẺ DƯỚI 1 TUỔI NĂM 2017 THEO HUYỆN**

*(Kèm theo Kế hoạch số 61/KH-UBND ngày 24 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Thủy)*

| TT | Huyện, thành phố | Số trẻ dưới 1 tuổi | Chỉ tiêu tiêm đủ (%) |
|---|---|---|---|
| 1 | Thành phố Bắc Thủy | 3.120 | 97 |
| 2 | Huyện Đông Khê | 1.845 | 95 |
| 3 | Huyện Na Sầm | 1.290 | 95 |
| | **Toàn tỉnh** | **6.255** | **96** |

**Phụ lục II**

**NHIỆM VỤ CỤ THỂ**

*(Kèm theo Kế hoạch số 61/KH-UBND ngày 24 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Thủy)*

TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian
1
Tiếp nhận, bảo quản và cấp phát vắc xin cho các tuyến
Trung tâm Y tế dự phòng tỉnh
Trung tâm Y tế các huyện, thành phố
Hằng tháng
2
Tổ chức tiêm vét cho trẻ chưa được tiêm đủ mũi tại vùng khó khăn
Trung tâm Y tế các huyện, thành phố
Ủy ban nhân dân các xã, phường, thị trấn
Quý II và quý IV/2017
3
Tuyên truyền lợi ích của tiêm chủng trên các phương tiện thông tin đại chúng
Sở Thông tin và Truyền thông
Đài Phát thanh và Truyền hình tỉnh; Sở Y tế
Cả năm
4
Giám sát, điều tra các trường hợp phản ứng sau tiêm
Sở Y tế
Bệnh viện Đa khoa tỉnh
Thường xuyên

**Phụ lục III**

**KINH PHÍ THỰC HIỆN THEO NGUỒN**

*(Kèm theo Kế hoạch số 61/KH-UBND ngày 24 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Thủy)*

*Đơn vị tính: triệu đồng*

| TT | Nội dung | Tổng | Ngân sách Trung ương | Ngân sách tỉnh |
|---|---|---|---|---|
| 1 | Mua vật tư tiêm chủng, dây chuyền lạnh | 1.980 | 1.500 | 480 |
| 2 | Tiêm vét, tiêm bổ sung | 1.460 | 900 | 560 |
| 3 | Tuyên truyền, giám sát | 820 | | 820 |
| | **Tổng cộng** | **4.260** | **2.400** | **1.860** |
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SWINE).write_bytes(swine())
    (folder / CEREMONY).write_text(CEREMONY_TEXT, encoding="utf-8")
    (folder / FOREST).write_text(FOREST_TEXT, encoding="utf-8")
    (folder / VACCINE).write_text(VACCINE_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
