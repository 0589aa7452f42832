"""Invented documents of hold-out round G20: sector plans whose targets are measured in money, physical units and rates.

- a province UBND's five-year plan of 2021 for the agricultural and rural economy, in Word: past results and targets
  in the same paragraph, targets in money and physical units that are no budget ("giá trị sản phẩm thu hoạch trên 01
  ha đất trồng trọt đạt 135 triệu đồng", "thu nhập bình quân đầu người khu vực nông thôn đạt 58 triệu
  đồng/người/năm", "sản lượng lương thực có hạt ổn định 385 nghìn tấn"), a table of targets by district, the money of
  the plan by source, tasks grouped by body ("1. Sở Nông nghiệp và Phát triển nông thôn: - chủ trì ...") (.docx);
- a province UBND's road traffic safety plan of 2025 scraped to Markdown: decreases "kéo giảm từ 5% đến 8% số vụ, số
  người chết và số người bị thương", rates per population ("dưới 2,1 người chết/10.000 phương tiện"), "phấn đấu ...,
  trong đó ...", money by source (.md);
- a district UBND's plan of 2014 for jobs and vocational training copied from a PDF to text: "giải quyết việc làm mới
  cho 3.150 lao động", "tỷ lệ lao động qua đào tạo đạt 52%, trong đó đào tạo nghề đạt 38%", "giảm tỷ lệ hộ nghèo
  bình quân 2 - 2,5%/năm", the results of 2013 before, the money by source in triệu đồng (.txt);
- a Sở Y tế's plan of 2019 for population and health statistics on a portal page: "tỷ suất chết trẻ em dưới 1 tuổi
  dưới 9,5‰", "đạt 29 giường bệnh/vạn dân", "tăng 1,5 điểm phần trăm so với năm 2018", the money of the year (.html);
- a province UBND's plan of 2024 for trade and exports, printed to PDF from Word: "kim ngạch xuất khẩu đạt 3,6 tỷ
  USD" (no VND, no budget), a table of targets by year in triệu USD, the money for trade promotion by year (.pdf).

First pass (golds written by hand before the first extraction, the 5 documents scored alone): micro 181/190/183.
Read at first: every header, signer, recipient and basis; the targets in money and units left without a percent
(135 triệu đồng per ha, 58 triệu đồng/người/năm, 385 nghìn tấn, 3,6 tỷ USD, 29 giường bệnh/vạn dân, 9,5‰); the
ranges ("từ 5% đến 8%", "2 - 2,5%/năm") at both ends; "trong đó" nested levels; "tăng 1,5 điểm phần trăm"; the
table of targets by year (one objective a row); the plan's money by source and by year, the export value in USD,
the income per head in prose, the fines paid into the budget and the screening fee per person left out. One reading
of the gold was corrected to the set's convention after that pass: a past year's disbursement told under a results
heading that names no money ("I. KẾT QUẢ NĂM 2013 ... Kinh phí đào tạo nghề đã giải ngân 2.140 triệu đồng") is the
place's situation, no statement (g4_tinh-langvan's "giải ngân 2024"; extractors.fields.budget_statements
._past_takings). Against the corrected gold the first pass is 181/190/182. The misses: a table of targets by
district read as a budget table (its column "Thu nhập bình quân (triệu đồng/người/năm)": 3 items); the yield's worth
per hectare ("giá trị sản phẩm thu hoạch trên 01 ha ... đạt 104 / 135 triệu đồng") read as 2 statements; a bracketed
line sending the reader to a table ("(Chỉ tiêu từng năm theo bảng dưới đây)") read as an objective (2); a past year's
level opening a target's first clause ("Năm 2020 tỷ lệ che phủ rừng đạt 46,2%; phấn đấu đến năm 2025 ... 47%") read
as a target (2); the fines a body keeps to spend ("nguồn thu xử phạt vi phạm hành chính được để lại 2.800 triệu
đồng") left out as fines. Left: a one-year plan's items with no year of their own and items after a dated one get
no target_year (8, an accuracy, not in the micro).

After this round's rules (tests/test_g20_holdout.py): 182/182/182.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g20 OUTDIR`
writes every file; the PDF needs soffice (the file in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

RURAL = "g20_tinh-thanhbinh_118-kh-ubnd_2021_kinh-te-nong-thon-gia-tri-ha.docx"
TRAFFIC = "g20_tinh-ankhanh_64-kh-ubnd_2025_an-toan-giao-thong-keo-giam-md.md"
LABOUR = "g20_huyen-dongluong_37-kh-ubnd_2014_viec-lam-dao-tao-nghe.txt"
HEALTH = "g20_syt-hoaminh_1290-kh-syt_2019_dan-so-giuong-benh-van-dan.html"
TRADE = "g20_tinh-bacphong_212-kh-ubnd_2024_xuat-khau-ty-usd-bang-nam.pdf"


# ---------------------------------------------------------------------------
# 1. A province UBND's plan for the agricultural and rural economy, in Word.

RURAL_BODY = [
    ("i", "Căn cứ Nghị quyết số 05-NQ/TU ngày 12 tháng 01 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông "
          "nghiệp hàng hóa giai đoạn 2021 - 2025;"),
    ("i", "Căn cứ Quyết định số 1760/QĐ-UBND ngày 28 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh giao chỉ tiêu kế hoạch "
          "phát triển kinh tế - xã hội năm 2021;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển kinh tế nông nghiệp, nông thôn giai đoạn 2021 - 2025 như sau:"),
    ("h", "I. KẾT QUẢ GIAI ĐOẠN 2016 - 2020"),
    ("p", "Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng bình quân 3,4%/năm; giá trị sản phẩm thu hoạch trên 01 ha "
          "đất trồng trọt năm 2020 đạt 104 triệu đồng; thu nhập bình quân đầu người khu vực nông thôn đạt 41,5 triệu "
          "đồng. Tổng vốn ngân sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2016 - 2020 là 312 tỷ đồng."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Phát triển nông nghiệp hàng hóa tập trung, ứng dụng công nghệ cao, gắn với xây dựng nông thôn mới và nâng cao "
          "thu nhập của người dân nông thôn."),
    ("h", "2. Mục tiêu cụ thể đến năm 2025"),
    ("p", "- Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản bình quân đạt 3,8 - 4%/năm."),
    ("p", "- Giá trị sản phẩm thu hoạch trên 01 ha đất trồng trọt đạt 135 triệu đồng."),
    ("p", "- Thu nhập bình quân đầu người khu vực nông thôn đạt 58 triệu đồng/người/năm, gấp 1,4 lần so với năm 2020."),
    ("p", "- Sản lượng lương thực có hạt ổn định 385 nghìn tấn/năm, trong đó lúa chất lượng cao chiếm 60%."),
    ("p", "- Năm 2020 tỷ lệ che phủ rừng đạt 46,2%; phấn đấu đến năm 2025 duy trì tỷ lệ che phủ rừng 47%."),
    ("p", "- Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt 3.200 ha."),
    ("p", "(Chỉ tiêu theo từng huyện tại Biểu kèm theo)"),
]
RURAL_TARGETS = [
    ["TT", "Đơn vị", "Giá trị sản phẩm/ha (triệu đồng)", "Thu nhập bình quân nông thôn (triệu đồng/người/năm)",
     "Xã đạt chuẩn nông thôn mới (xã)"],
    ["1", "Huyện Đông Sơn", "142", "60", "14"],
    ["2", "Huyện Mỹ Lộc", "128", "56", "11"],
    ["3", "Huyện Tân Hà", "120", "52", "9"],
]
RURAL_TAIL = [
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch dự kiến 486 tỷ đồng, trong đó: ngân sách trung ương 150 tỷ đồng; ngân sách "
          "tỉnh 206 tỷ đồng; vốn doanh nghiệp và người dân 130 tỷ đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Phát triển nông thôn:"),
    ("p", "- Chủ trì, hướng dẫn các huyện triển khai Kế hoạch;"),
    ("p", "- Phối hợp với Sở Khoa học và Công nghệ chuyển giao giống cây trồng, vật nuôi mới."),
    ("p", "2. Sở Kế hoạch và Đầu tư:"),
    ("p", "- Chủ trì tham mưu bố trí vốn đầu tư công thực hiện Kế hoạch."),
    ("p", "3. Sở Tài chính:"),
    ("p", "- Tham mưu bố trí kinh phí sự nghiệp hằng năm."),
    ("p", "4. Ủy ban nhân dân các huyện, thành phố:"),
    ("p", "- Xây dựng kế hoạch của địa phương; định kỳ báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn."),
]


def rural() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THANH BÌNH", "-------", "Số: 118/KH-UBND"],
            [*MOTTO, "Thanh Bình, ngày 09 tháng 3 năm 2021"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế nông nghiệp, nông thôn giai đoạn 2021 - 2025", bold=True, center=True)
    _body(doc, RURAL_BODY)
    _widths(_table(doc, RURAL_TARGETS), [0.8, 3.6, 3.6, 4.4, 3.4])
    _body(doc, RURAL_TAIL)
    closing(doc, ["- Bộ Nông nghiệp và PTNT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, NN."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trịnh Văn Lâm"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province UBND's road traffic safety plan scraped to Markdown.

TRAFFIC_TEXT = """\
| **ỦY BAN NHÂN DÂN TỈNH AN KHÁNH** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 64/KH-UBND | *An Khánh, ngày 17 tháng 02 năm 2025* |

**KẾ HOẠCH**

**Bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh An Khánh năm 2025**

*Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024;*

*Thực hiện Chỉ thị số 23-CT/TW ngày 25 tháng 5 năm 2023 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới;*

Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2025 như sau:

**I. TÌNH HÌNH NĂM 2024**

Năm 2024, trên địa bàn tỉnh xảy ra 214 vụ tai nạn giao thông, làm chết 96 người, bị thương 187 người; so với năm 2023 giảm 6,1% số vụ, giảm 4,0% số người chết. Kinh phí xử phạt vi phạm hành chính nộp ngân sách nhà nước đạt 58,3 tỷ đồng.

**II. MỤC TIÊU**

**1. Mục tiêu chung**

Kéo giảm tai nạn giao thông một cách bền vững; nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của người tham gia giao thông.

**2. Chỉ tiêu cụ thể**

a) Kéo giảm từ 5% đến 8% số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2024.

b) Tỷ lệ người chết do tai nạn giao thông dưới 2,1 người/10.000 phương tiện.

c) Phấn đấu 100% người đi mô tô, xe gắn máy đội mũ bảo hiểm đúng quy cách, trong đó trên các tuyến đường nông thôn đạt 95%.

d) Không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng.

**III. NHIỆM VỤ, GIẢI PHÁP**

1. Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông, nhất là cho học sinh, thanh niên và người dân vùng nông thôn.

2. Tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải trọng.

3. Rà soát, xử lý dứt điểm các điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến quốc lộ, tỉnh lộ.

**IV. KINH PHÍ THỰC HIỆN**

Kinh phí thực hiện Kế hoạch năm 2025 là 12.600 triệu đồng, trong đó: ngân sách tỉnh 9.800 triệu đồng; nguồn thu xử phạt vi phạm hành chính được để lại 2.800 triệu đồng.

**V. TỔ CHỨC THỰC HIỆN**

1. Công an tỉnh chủ trì tuần tra, kiểm soát, xử lý vi phạm; tổng hợp tình hình tai nạn giao thông hằng tháng.

2. Sở Xây dựng chủ trì rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông.

3. Sở Giáo dục và Đào tạo chỉ đạo giáo dục an toàn giao thông trong trường học.

4. Ủy ban nhân dân các huyện, thị xã, thành phố triển khai Kế hoạch trên địa bàn.

| **Nơi nhận:** - Ủy ban An toàn giao thông quốc gia; - TT Tỉnh ủy, TT HĐND tỉnh; - Các sở, ban, ngành tỉnh; - UBND các huyện, thị xã, thành phố; - Lưu: VT, NC. | **TM. ỦY BAN NHÂN DÂN** **KT. CHỦ TỊCH** **PHÓ CHỦ TỊCH** **Đinh Quốc Hưng** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 3. A district UBND's plan for jobs and vocational training, copied from a PDF to text.

LABOUR_TEXT = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG LƯƠNG                          Độc lập - Tự do - Hạnh phúc

Số: 37/KH-UBND                        Đông Lương, ngày 21 tháng 02 năm 2014

KẾ HOẠCH
Giải quyết việc làm và đào tạo nghề cho lao động
huyện Đông Lương năm 2014 - 2015

Căn cứ Quyết định số 1956/QĐ-TTg ngày 27 tháng 11 năm 2009 của Thủ tướng
Chính phủ phê duyệt Đề án "Đào tạo nghề cho lao động nông thôn đến năm 2020";
Căn cứ Kế hoạch số 52/KH-UBND ngày 10 tháng 01 năm 2014 của Ủy ban nhân dân
tỉnh về giải quyết việc làm năm 2014;
Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:

I. KẾT QUẢ NĂM 2013
Năm 2013, toàn huyện giải quyết việc làm cho 1.420 lao động; tỷ lệ lao động qua
đào tạo đạt 44,6%; tỷ lệ hộ nghèo giảm từ 14,2% xuống còn 11,8%. Kinh phí đào tạo
nghề đã giải ngân 2.140 triệu đồng.

II. MỤC TIÊU
1. Mục tiêu chung
Tạo việc làm, nâng cao chất lượng nguồn nhân lực, chuyển dịch cơ cấu lao động
nông thôn theo hướng giảm lao động nông nghiệp.
2. Mục tiêu cụ thể
- Giai đoạn 2014 - 2015 giải quyết việc làm mới cho 3.150 lao động, trong đó
xuất khẩu lao động 180 người.
- Đến năm 2015 tỷ lệ lao động qua đào tạo đạt 52%, trong đó đào tạo nghề đạt
38%.
- Giảm tỷ lệ hộ nghèo bình quân 2 - 2,5%/năm.
- Tỷ lệ lao động có việc làm sau đào tạo nghề đạt trên 80%.

III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Điều tra, khảo sát nhu cầu học nghề của lao động nông thôn theo từng xã.
2. Tổ chức các lớp dạy nghề ngắn hạn tại xã, gắn với các mô hình sản xuất.
3. Tư vấn, giới thiệu việc làm và xuất khẩu lao động.

IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 5.460 triệu đồng, gồm: ngân sách
trung ương hỗ trợ 3.200 triệu đồng; ngân sách huyện 1.760 triệu đồng; nguồn
xã hội hóa 500 triệu đồng.

V. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội:
- Chủ trì, tham mưu triển khai Kế hoạch;
- Phối hợp với Trung tâm Dạy nghề huyện tổ chức các lớp dạy nghề.
2. Phòng Tài chính - Kế hoạch:
- Tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Ủy ban nhân dân các xã, thị trấn:
- Tuyên truyền, tổng hợp nhu cầu học nghề của lao động trên địa bàn.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Sở Lao động - TB&XH tỉnh;                             CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;
- Các phòng, ban liên quan;
- UBND các xã, thị trấn;
- Lưu: VT.                                          Lê Đức Hoàn
"""


# ---------------------------------------------------------------------------
# 4. A Sở Y tế's plan for population and health statistics on a portal page.

HEALTH_TEXT = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch số 1290/KH-SYT - Sở Y tế tỉnh Hòa Minh</title></head>
<body>
<div class="top-nav"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></div>
<div class="breadcrumb">Trang chủ &gt; Văn bản &gt; Kế hoạch</div>
<div class="content">
<table class="header">
<tr><td><p>UBND TỈNH HÒA MINH</p><p><b>SỞ Y TẾ</b></p><p>Số: 1290/KH-SYT</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Hòa Minh, ngày 08 tháng 5 năm 2019</i></p></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thực hiện công tác dân số và thống kê y tế năm 2019</b></p>
<p><i>Căn cứ Quyết định số 2158/QĐ-UBND ngày 14 tháng 12 năm 2018 của Ủy ban nhân dân tỉnh Hòa Minh về giao chỉ tiêu kế hoạch năm 2019;</i></p>
<p>Sở Y tế xây dựng Kế hoạch thực hiện công tác dân số và thống kê y tế năm 2019 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Duy trì mức sinh thay thế, nâng cao chất lượng dân số và chất lượng số liệu thống kê y tế.</p>
<p><b>2. Chỉ tiêu cụ thể năm 2019</b></p>
<p>- Tỷ suất chết trẻ em dưới 1 tuổi dưới 9,5‰.</p>
<p>- Đạt 29 giường bệnh/vạn dân và 9 bác sĩ/vạn dân.</p>
<p>- Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh tăng 1,5 điểm phần trăm so với năm 2018.</p>
<p>- Năm 2018 tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 21,4%; năm 2019 giảm xuống dưới 20,5%.</p>
<p>- 100% trạm y tế xã báo cáo thống kê qua phần mềm, trong đó 70% báo cáo đúng hạn hằng tháng.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>1. Cập nhật cơ sở dữ liệu dân cư và biến động dân số tại các xã, phường.</p>
<p>2. Tập huấn ghi chép sổ sách, biểu mẫu thống kê y tế cho cán bộ trạm y tế.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện năm 2019 là 1.850 triệu đồng từ nguồn ngân sách tỉnh; chi phí khám sàng lọc trước sinh là 350.000 đồng/người do người dân tự chi trả.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Chi cục Dân số - Kế hoạch hóa gia đình chủ trì triển khai các chỉ tiêu dân số.</p>
<p>2. Phòng Kế hoạch - Tài chính tổng hợp số liệu thống kê y tế, báo cáo Sở Y tế hằng quý.</p>
<p>3. Trung tâm Y tế các huyện, thành phố triển khai Kế hoạch tại địa phương.</p>
<table class="sign">
<tr><td><p><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Tổng cục Dân số - KHHGĐ;<br>- Các đơn vị trực thuộc;<br>- Lưu: VT, KHTC.</p></td>
<td><p><b>GIÁM ĐỐC</b></p><p><br><br></p><p><b>Phan Thị Ngọc</b></p></td></tr>
</table>
</div>
<div class="footer">Cổng thông tin điện tử Sở Y tế tỉnh Hòa Minh</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. A province UBND's plan for trade and exports, printed to PDF from Word.

TRADE_BODY = [
    ("i", "Căn cứ Quyết định số 493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược xuất "
          "nhập khẩu hàng hóa đến năm 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển xuất khẩu giai đoạn 2024 - 2026 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung: Phát triển xuất khẩu bền vững, đa dạng hóa thị trường và mặt hàng xuất khẩu."),
    ("p", "2. Mục tiêu cụ thể:"),
    ("p", "a) Kim ngạch xuất khẩu đến năm 2026 đạt 3,6 tỷ USD, tăng bình quân 11%/năm."),
    ("p", "b) Tỷ trọng hàng chế biến trong tổng kim ngạch xuất khẩu đạt 72%."),
    ("p", "c) Có 45 doanh nghiệp tham gia sàn thương mại điện tử xuyên biên giới."),
    ("p", "(Chỉ tiêu từng năm theo bảng dưới đây)"),
]
TRADE_TABLE = [
    ["Chỉ tiêu", "Đơn vị", "Năm 2024", "Năm 2025", "Năm 2026"],
    ["Kim ngạch xuất khẩu", "Triệu USD", "2.900", "3.250", "3.600"],
    ["Kim ngạch nhập khẩu", "Triệu USD", "2.100", "2.300", "2.500"],
]
TRADE_TAIL = [
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm quốc tế."),
    ("p", "2. Xây dựng, quảng bá nhãn hiệu cho các sản phẩm chủ lực xuất khẩu."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí xúc tiến thương mại từ ngân sách tỉnh: năm 2024 là 4.200 triệu đồng; năm 2025 là 4.600 triệu đồng; năm "
          "2026 là 5.000 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Công Thương chủ trì, theo dõi, tổng hợp tình hình xuất khẩu, báo cáo Ủy ban nhân dân tỉnh hằng quý."),
    ("p", "2. Sở Tài chính bố trí kinh phí xúc tiến thương mại hằng năm."),
    ("p", "3. Hiệp hội Doanh nghiệp tỉnh phổ biến Kế hoạch tới các hội viên."),
]


def trade() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẮC PHONG", "-------", "Số: 212/KH-UBND"],
            [*MOTTO, "Bắc Phong, ngày 26 tháng 6 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển xuất khẩu tỉnh Bắc Phong giai đoạn 2024 - 2026", bold=True, center=True)
    _body(doc, TRADE_BODY)
    _widths(_table(doc, TRADE_TABLE), [5.0, 2.4, 2.6, 2.6, 2.6])
    _body(doc, TRADE_TAIL)
    closing(doc, ["- Bộ Công Thương (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Vương Khắc Duy"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RURAL).write_bytes(rural())
    (folder / TRAFFIC).write_text(TRAFFIC_TEXT, encoding="utf-8")
    (folder / LABOUR).write_text(LABOUR_TEXT, encoding="utf-8")
    (folder / HEALTH).write_text(HEALTH_TEXT, encoding="utf-8")
    (folder / TRADE).write_bytes(_pdf(trade(), TRADE))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
