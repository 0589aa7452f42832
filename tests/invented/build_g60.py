"""Invented documents of hold-out round G60, aimed at FIELD shapes the invented set did not hold yet.

The documents:
- g60_tinh-hoanglam: a province's plan for its smart-city operations centre as a Markdown scrape: the centre's initials
  defined in words after its whole name ("(sau đây gọi tắt là IOC)") and then used alone, as the lead of a task in
  parentheses after it ("(IOC chủ trì, phối hợp Sở Xây dựng)") and as a body's heading with its kind before it
  ("**2. Trung tâm IOC:** ..."); the tasks' lead and partners in parentheses after the task without "với"; deadlines
  written "Quý III/2027", "trước ngày 30/6/2027", "Hằng năm"; the money a preferential loan then the counterpart funds
  on one line ("Vốn vay ưu đãi: N triệu đồng; vốn đối ứng ngân sách tỉnh: M triệu đồng") (.md);
- g60_hdnd-tayke: a province People's Council's resolution revising another resolution's targets in Word ("Điều chỉnh
  chỉ tiêu ... từ 65% lên 72%", "... từ 12% xuống còn 9,5%", "Bổ sung chỉ tiêu ..."), its money by phase with the
  sources of each phase in brackets and after a second "trong đó" ("giai đoạn 2026 - 2027 là N (ngân sách trung ương
  A, ngân sách tỉnh B); giai đoạn 2028 - 2030 là M, trong đó ..."), and the council's standing committee, its Ban named
  bare ("các Ban") and its groups of deputies given the supervision (.docx);
- g60_tinh-hoainam: a province's programme (Chương trình) on its portal page: the industrial zones' board defined by
  two-word initials ("(sau đây gọi tắt là BQL KCN)") and used alone as a body's heading ("3. BQL KCN") with its duties
  under it, a specific target revising the province's earlier plan ("điều chỉnh chỉ tiêu ... từ 80% lên 85%"), the
  lead stated after the task with the partners in their own clause ("(Sở Công Thương chủ trì; Sở Tài chính, Thuế tỉnh
  phối hợp)"), and a year's money stated year by year ("Năm 2027: N; năm 2028: M") (.html);
- g60_syt-lacson: a Department of Health's plan as plain text: objectives with deadlines ("Quý IV/2027", "trước ngày
  30/6/2028", "Hằng năm"), lettered tasks whose lead follows in parentheses, the period's money by phase and by source
  with "trong đó" at two levels (the province's budget split by kind of capital), its units' duties under their
  headings, the district hospitals named as a collective (.txt).

The reading the set's conventions imply: initials a document defines for a body stand for that body wherever it
names the body by them (as g58_tinh-tuyha's "BCĐ"); a loan and its counterpart funds two sources of the plan's money
(the loan "other", as g58_tinh-quangthanh); a resolution's revised targets its objectives, the new level the target;
each phase scoped by its period (as g56_tinh-vantrach), its sources the phase's; the council's "các Ban" the council's
(as g58_hdnd-lamthuong names them).

First pass (golds written by hand before the first extraction, commit 6c40eed3; the 4 documents scored alone, code of
BASE 575fdac4): micro 151/163/170 (0.907). After the round's fixes: 173/173/173 (tests/test_g60_holdout.py, which
names each miss and its test).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g60
[OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province's smart-city operations plan as a Markdown scrape.

IOC_MD = "g60_tinh-hoanglam_62-kh-ubnd_2027_ioc-goi-tat-von-vay-doi-ung-md.md"

IOC_TEXT = """[Trang chủ](/) > [Văn bản chỉ đạo điều hành](/van-ban) > Kế hoạch

# Kế hoạch vận hành Trung tâm giám sát, điều hành đô thị thông minh năm 2027

*Cập nhật: 19/02/2027 | Nguồn: Văn phòng UBND tỉnh Hoàng Lâm*

**ỦY BAN NHÂN DÂN TỈNH HOÀNG LÂM**

Số: 62/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hoàng Lâm, ngày 17 tháng 02 năm 2027*

**KẾ HOẠCH**

**Vận hành Trung tâm giám sát, điều hành đô thị thông minh tỉnh Hoàng Lâm năm 2027**

Căn cứ Quyết định số 318/QĐ-UBND ngày 09 tháng 9 năm 2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án xây dựng đô thị thông minh tỉnh Hoàng Lâm giai đoạn 2026 - 2030;

Thực hiện Nghị quyết số 24/NQ-HĐND ngày 11 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2027;

Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Đưa Trung tâm giám sát, điều hành đô thị thông minh tỉnh Hoàng Lâm (sau đây gọi tắt là IOC) vận hành ổn định, phục vụ chỉ đạo, điều hành của lãnh đạo tỉnh theo thời gian thực.

**2. Mục tiêu cụ thể**

\\- Đến Quý III/2027, 100% camera giám sát giao thông tại các nút giao trọng điểm được kết nối về IOC.

\\- Trước ngày 30/6/2027, tỷ lệ phản ánh hiện trường của người dân được tiếp nhận, xử lý đúng hạn đạt trên 90%.

\\- Hằng năm, ít nhất 95% cơ sở dữ liệu chuyên ngành của các sở được chia sẻ lên nền tảng tích hợp của IOC.

**II. NHIỆM VỤ**

1\\. Hoàn thiện hạ tầng đường truyền, kết nối camera giao thông của 18 nút giao trọng điểm về IOC (Sở Xây dựng chủ trì, phối hợp Công an tỉnh). Thời gian: Quý III/2027.

2\\. Xây dựng bộ chỉ số điều hành kinh tế - xã hội trên nền tảng IOC (IOC chủ trì, phối hợp Sở Tài chính, Cục Thống kê tỉnh). Thời gian: trước ngày 30/6/2027.

3\\. Triển khai ứng dụng tiếp nhận phản ánh hiện trường trên thiết bị di động (Sở Khoa học và Công nghệ chủ trì, phối hợp Ủy ban nhân dân các xã, phường). Thời gian: hằng năm.

**III. KINH PHÍ THỰC HIỆN**

Kinh phí thực hiện Kế hoạch năm 2027 từ Dự án Phát triển đô thị thông minh tỉnh Hoàng Lâm vay vốn Ngân hàng Phát triển châu Á.

Vốn vay ưu đãi: 18.400 triệu đồng; vốn đối ứng ngân sách tỉnh: 4.650 triệu đồng.

**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Khoa học và Công nghệ**

\\- Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.

**2. Trung tâm IOC:** Vận hành hệ thống 24/7; hằng tháng báo cáo Chủ tịch Ủy ban nhân dân tỉnh các chỉ số điều hành.

**3. Sở Tài chính**

\\- Tham mưu bố trí vốn đối ứng ngân sách tỉnh theo tiến độ giải ngân vốn vay.

**4. Ủy ban nhân dân các xã, phường**

\\- Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng phản ánh hiện trường.

| **Nơi nhận:**<br>- Bộ Khoa học và Công nghệ (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Lò Văn Thưởng** |
|---|---|
"""

# ---------------------------------------------------------------------------
# 2. A province People's Council's resolution revising another resolution's targets, Word.

REVISION_DOC = "g60_hdnd-tayke_31-nq-hdnd_2027_dieu-chinh-chi-tieu-phan-ky-cac-ban.docx"

REVISION_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;"),
    ("i", "Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Tây Khê về Chương "
          "trình cấp nước sạch và vệ sinh môi trường nông thôn tỉnh Tây Khê giai đoạn 2026 - 2030;"),
    ("i", "Xét Tờ trình số 145/TTr-UBND ngày 20 tháng 6 năm 2027 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban "
          "Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Điều chỉnh, bổ sung một số chỉ tiêu tại khoản 2 Điều 1 Nghị quyết số 12/2025/NQ-HĐND như sau:"),
    ("p", "1. Điều chỉnh chỉ tiêu tỷ lệ dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn từ 65% lên 72% vào "
          "năm 2030."),
    ("p", "2. Điều chỉnh chỉ tiêu tỷ lệ công trình cấp nước tập trung hoạt động kém hiệu quả từ 12% xuống còn 9,5% vào "
          "năm 2030."),
    ("p", "3. Bổ sung chỉ tiêu: đến năm 2030, 100% trường học, trạm y tế ở nông thôn có nước sạch và nhà tiêu hợp vệ "
          "sinh."),
    ("p", "Điều 2. Kinh phí thực hiện"),
    ("p", "Tổng kinh phí thực hiện Chương trình giai đoạn 2026 - 2030 sau điều chỉnh là 1.480 tỷ đồng, trong đó: giai "
          "đoạn 2026 - 2027 là 560 tỷ đồng (ngân sách trung ương 340 tỷ đồng, ngân sách tỉnh 220 tỷ đồng); giai đoạn "
          "2028 - 2030 là 920 tỷ đồng, trong đó ngân sách trung ương 510 tỷ đồng, ngân sách tỉnh 330 tỷ đồng, vốn huy "
          "động hợp pháp khác 80 tỷ đồng."),
    ("p", "Các nội dung khác giữ nguyên theo Nghị quyết số 12/2025/NQ-HĐND."),
    ("p", "Điều 3. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."),
    ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát "
          "việc thực hiện Nghị quyết."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Tây Khê khóa XI, kỳ họp thứ mười hai thông qua ngày 10 tháng 7 "
          "năm 2027 và có hiệu lực từ ngày 20 tháng 7 năm 2027./."),
]


def revision() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂY KHÊ", "-------", "Số: 31/2027/NQ-HĐND"],
            [*MOTTO, "Tây Khê, ngày 10 tháng 7 năm 2027"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Điều chỉnh, bổ sung một số chỉ tiêu và kinh phí thực hiện Chương trình cấp nước sạch và vệ sinh "
                    "môi trường nông thôn tỉnh Tây Khê giai đoạn 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY KHÊ", bold=True, center=True)
    _paragraph(doc, "KHÓA XI, KỲ HỌP THỨ MƯỜI HAI", bold=True, center=True)
    _body(doc, REVISION_BODY)
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Nông nghiệp và Môi trường;",
                  "- Thường trực Tỉnh ủy;", "- UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Hà Thị Mai Khuê"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province's programme on its portal page.

PROGRAMME_HTML = "g60_tinh-hoainam_09-ctr-ubnd_2027_bql-kcn-goi-tat-chu-tri-sau-portal.html"

PROGRAMME_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chương trình thu hút đầu tư vào các khu công nghiệp tỉnh Hoài Nam năm 2027 - 2028</title>
</head>
<body>
<header class="site"><span>Cổng thông tin điện tử tỉnh Hoài Nam</span> | <a href="/tim-kiem">Tìm kiếm</a></header>
<nav><a href="/">Trang chủ</a> · <a href="/van-ban">Văn bản</a> · <a href="/dau-tu">Đầu tư</a></nav>
<main>
<div class="post-meta">Đăng ngày 26/01/2027 - Lượt xem 312</div>
<article class="entry">
<table style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH HOÀI NAM</b><br>-------<br>Số: 09/CTr-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Hoài Nam, ngày 22 tháng 01 năm 2027</i></td>
</tr>
</table>
<p style="text-align:center"><b>CHƯƠNG TRÌNH</b></p>
<p style="text-align:center"><b>Thu hút đầu tư vào các khu công nghiệp tỉnh Hoài Nam năm 2027 - 2028</b></p>
<p>Căn cứ Kế hoạch số 205/KH-UBND ngày 14 tháng 10 năm 2026 của Ủy ban nhân dân tỉnh về phát triển các khu công nghiệp tỉnh Hoài Nam giai đoạn 2026 - 2030;</p>
<p>Ủy ban nhân dân tỉnh ban hành Chương trình thu hút đầu tư vào các khu công nghiệp năm 2027 - 2028 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao hiệu quả thu hút đầu tư, lấp đầy các khu công nghiệp đã đi vào hoạt động; phát huy vai trò đầu mối của Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi tắt là BQL KCN) trong tiếp nhận, giải quyết thủ tục đầu tư.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- Điều chỉnh chỉ tiêu tỷ lệ lấp đầy bình quân các khu công nghiệp tại Kế hoạch số 205/KH-UBND từ 80% lên 85% vào năm 2028.</p>
<p>- Thu hút mới ít nhất 12 dự án đầu tư thứ cấp mỗi năm.</p>
<p>- 100% khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn trước ngày 31/12/2027.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>1. Rà soát, cập nhật danh mục dự án kêu gọi đầu tư vào các khu công nghiệp (Sở Công Thương chủ trì; Sở Tài chính, Thuế tỉnh phối hợp).</p>
<p>2. Tổ chức hội nghị xúc tiến đầu tư tại Hàn Quốc và Nhật Bản (Sở Tài chính chủ trì; BQL KCN, Sở Ngoại vụ phối hợp).</p>
<p>3. Hoàn thiện hạ tầng kỹ thuật ngoài hàng rào khu công nghiệp Bắc Hoài (Sở Xây dựng chủ trì; Ủy ban nhân dân xã Hoài Tân phối hợp).</p>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí xúc tiến đầu tư do ngân sách tỉnh bảo đảm. Năm 2027: 3.200 triệu đồng; năm 2028: 3.600 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Sở Tài chính: chủ trì tổng hợp nhu cầu kinh phí, tham mưu bố trí dự toán hằng năm.</p>
<p>2. Sở Công Thương: hướng dẫn doanh nghiệp tiếp cận chính sách khuyến công, xúc tiến thương mại.</p>
<p>3. BQL KCN</p>
<p>- Chủ trì theo dõi, đôn đốc các nhà đầu tư hạ tầng đẩy nhanh tiến độ giải phóng mặt bằng.</p>
<p>- Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thu hút đầu tư.</p>
<p>4. Đề nghị Hiệp hội Doanh nghiệp tỉnh Hoài Nam: phối hợp giới thiệu, kết nối nhà đầu tư.</p>
<table style="width:100%;border:none">
<tr>
<td style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- Bộ Tài chính (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- Lưu: VT, KT.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><br><b>Nguyễn Hữu Khang</b></td>
</tr>
</table>
</article>
<aside><h3>Văn bản cùng lĩnh vực</h3><ul><li><a href="/vb/205">Kế hoạch số 205/KH-UBND</a></li></ul></aside>
</main>
<footer>Bản quyền thuộc Ủy ban nhân dân tỉnh Hoài Nam</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. A Department of Health's plan as plain text.

HEALTH_TXT = "g60_syt-lacson_118-kh-syt_2027_phan-ky-hai-cap-trong-do-hang-nam.txt"

HEALTH_TEXT = """UBND TỈNH LẠC SƠN
SỞ Y TẾ
-------
Số: 118/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Lạc Sơn, ngày 08 tháng 4 năm 2027

KẾ HOẠCH
Nâng cao năng lực cấp cứu ngoại viện tỉnh Lạc Sơn giai đoạn 2027 - 2030

Căn cứ Quyết định số 1645/QĐ-UBND ngày 22 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Lạc Sơn phê duyệt Đề án phát triển hệ thống cấp cứu ngoại viện tỉnh Lạc Sơn giai đoạn 2027 - 2030;
Sở Y tế xây dựng Kế hoạch như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm người bệnh cần cấp cứu được tiếp cận dịch vụ cấp cứu ngoại viện kịp thời, an toàn.
2. Mục tiêu cụ thể
- Đến Quý IV/2027, 100% cuộc gọi đến Tổng đài 115 được ghi âm, định vị và lưu trữ trên hệ thống điều phối.
- Trước ngày 30/6/2028, thời gian tiếp cận hiện trường bình quân khu vực đô thị không quá 15 phút.
- Hằng năm, ít nhất 90% nhân viên y tế của các kíp cấp cứu được tập huấn lại kỹ năng cấp cứu cơ bản.
- Đến năm 2030, tỷ lệ xã, phường có điểm sơ cấp cứu cộng đồng đạt 70%.

II. NHIỆM VỤ
a) Hiện đại hóa Trung tâm điều phối cấp cứu 115 (Trung tâm Cấp cứu 115 chủ trì, phối hợp Phòng Kế hoạch - Tài chính). Thời gian: Quý IV/2027.
b) Bổ sung xe cứu thương cho các bệnh viện đa khoa khu vực (Phòng Kế hoạch - Tài chính chủ trì; các bệnh viện đa khoa khu vực phối hợp). Thời gian: năm 2028.
c) Tập huấn kỹ năng sơ cấp cứu cho lực lượng tình nguyện viên cộng đồng (Phòng Nghiệp vụ Y chủ trì, phối hợp Hội Chữ thập đỏ tỉnh). Thời gian: hằng năm.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2027 - 2030 là 126.500 triệu đồng, trong đó:
- Giai đoạn 2027 - 2028: 58.000 triệu đồng, trong đó ngân sách trung ương 20.000 triệu đồng, ngân sách tỉnh 38.000 triệu đồng (vốn đầu tư phát triển 30.000 triệu đồng, kinh phí sự nghiệp 8.000 triệu đồng).
- Giai đoạn 2029 - 2030: 68.500 triệu đồng, trong đó ngân sách tỉnh 60.500 triệu đồng, nguồn xã hội hóa 8.000 triệu đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kế hoạch - Tài chính
Tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh bố trí kinh phí hằng năm; hướng dẫn thanh quyết toán.
2. Trung tâm Cấp cứu 115
Chủ trì vận hành hệ thống điều phối; báo cáo Sở Y tế kết quả thực hiện trước ngày 15 tháng 12 hằng năm.
3. Các bệnh viện đa khoa khu vực
Bố trí nhân lực, phương tiện cho kíp cấp cứu ngoại viện; phối hợp điều phối người bệnh.
4. Đề nghị Hội Chữ thập đỏ tỉnh
Vận động tình nguyện viên tham gia mạng lưới sơ cấp cứu cộng đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Giám đốc, các Phó Giám đốc Sở;
- Các đơn vị trực thuộc Sở;
- Lưu: VT, KHTC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Mai Văn Tùng
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / IOC_MD).write_text(IOC_TEXT, encoding="utf-8")
    (folder / REVISION_DOC).write_bytes(revision())
    (folder / PROGRAMME_HTML).write_text(PROGRAMME_PAGE, encoding="utf-8")
    (folder / HEALTH_TXT).write_text(HEALTH_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
