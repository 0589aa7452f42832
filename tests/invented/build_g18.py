"""Invented documents of hold-out round G18: events, conferences, trainings and contests with itemized cost
estimates ("Dự trù kinh phí": quantity x unit price = amount).

- a province Sở Tư pháp's plan of 2024 for a training conference, in Word: time, place and "Thành phần: 120 đại
  biểu", a programme table (Thời gian | Nội dung | Thành phần | Đơn vị thực hiện), the sum and its source in prose,
  a "DỰ TRÙ KINH PHÍ" table (TT | Nội dung chi | ĐVT | Số lượng | Đơn giá | Thành tiền | Ghi chú) with group rows,
  a "Tổng cộng" row and "(Bằng chữ: ...)" under it (.docx);
- a district's plan of 2019 for a youth football tournament scraped to Markdown: prizes in prose ("Giải Nhất: 01
  giải x 3.000.000 đồng = 3.000.000 đồng"), a pipe cost table, the source in a closing line (.md);
- a commune's plan of 2012 for a campaign day copied from a PDF to text: each line of cost in prose ("Tiền ăn: 50
  người x 2 ngày x 150.000 đồng/người/ngày = 15.000.000 đồng"), "Tổng cộng: ... (Bằng chữ ...)" (.txt);
- a school's plan of 2026 for a teachers' training course, as a web page: the schedule table, a cost table in
  thousand đồng, the source "trích từ nguồn ..." (.html);
- a provincial Women's Union's plan of 2017 for a contest, printed to PDF from Word: a prize structure table and
  the cost table (.pdf);
- a district Farmers' Union's plan of 2023 for a farm produce fair scraped to Markdown: the programme and the cost
  table in pipes with group rows and a Ghi chú column, computed support lines with "×" under the sum, the source of
  two funds in a closing line (.md, written after the first five's rules).

First pass (golds written by hand before the first extraction, the 5 documents scored alone): micro 124/140/133.
Read at first: every header, signer and recipient, the programme tables left out of the budget, the cost tables'
"Thành tiền" column with its group rows and total (the "Đơn giá" column a rate), the sums in prose with their
rates per unit ("50.000 đồng/người/ngày") left out, the thousand đồng of the web page. The misses: a price before
"=" with no "/unit" of its own ("Giải Nhất: 01 giải x 3.000.000 đồng = 3.000.000 đồng") read as a sum, and each
computed line of an estimate with no sum above it ("III. DỰ TRÙ KINH PHÍ" / "- Tiền ăn: 50 người x 2 ngày x 50.000
đồng/người/ngày = 5.000.000 đồng") given to the plan as a whole, not to what its label names (nor a labelled line
among them, "- Mua vôi bột ...: 1.800.000 đồng"); the prize table's "Mức thưởng" column read as amounts (a rate,
as "Đơn giá" is); a commune's Youth Union ("Xã đoàn Đông Hưng") not taken for a body.

After this round's rules (tests/test_g18_holdout.py): 133/133/133.

The sixth document (a district Farmers' Union's fair of 2023 scraped to Markdown; gold written by hand before its
first extraction, on the first five's rules): 27/31/31. Read at first: the programme and cost tables in pipes (group
rows, the Ghi chú column), the computed support lines with "×" under the sum, each named by its label. Missed: the
source line "trích từ nguồn kinh phí hoạt động năm 2023 của Hội Nông dân huyện và nguồn xã hội hóa" read as the money
raised alone (mobilized), where a body's own funds joined by "và" to the money raised are two sources (total): 31/31/31.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g18 OUTDIR`
writes every file; the PDF needs soffice (the file in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

CONFERENCE = "g18_stp-binhkhe_58-kh-stp_2024_hoi-nghi-du-tru-kinh-phi.docx"
TOURNAMENT = "g18_huyen-thachlam_112-kh-ubnd_2019_giai-bong-da-co-cau-giai-md.md"
CAMPAIGN = "g18_xa-donghung_27-kh-ubnd_2012_ngay-ra-quan-chi-phi-van-xuoi.txt"
COURSE = "g18_truong-thpt-lehuu_45-kh-thpt_2026_boi-duong-giao-vien-nghin-dong.html"
CONTEST = "g18_hlhpn-namvan_36-kh-hlhpn_2017_hoi-thi-co-cau-giai.pdf"


# ---------------------------------------------------------------------------
# 1. A Sở Tư pháp's plan for a training conference, in Word.

CONF_BODY = [
    ("i", "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
    ("i", "Căn cứ Kế hoạch số 19/KH-UBND ngày 25 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Bình Khê về công tác phổ "
          "biến, giáo dục pháp luật năm 2024;"),
    ("p", "Sở Tư pháp xây dựng Kế hoạch tổ chức hội nghị tập huấn như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Nâng cao kỹ năng cho đội ngũ báo cáo viên, tuyên truyền viên pháp luật ở cơ sở."),
    ("p", "2. Hội nghị tổ chức thiết thực, tiết kiệm, đúng quy định."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    ("p", "1. Thời gian: 02 ngày, ngày 14 và 15 tháng 5 năm 2024."),
    ("p", "2. Địa điểm: Hội trường Trung tâm Hội nghị tỉnh."),
    ("p", "3. Thành phần: 120 đại biểu, gồm báo cáo viên pháp luật cấp tỉnh, cấp huyện và tuyên truyền viên pháp luật "
          "các xã, phường, thị trấn."),
    ("h", "III. CHƯƠNG TRÌNH HỘI NGHỊ"),
]

CONF_PROGRAMME = [
    ["Thời gian", "Nội dung", "Thành phần", "Đơn vị thực hiện"],
    ["07h30 - 08h00 ngày 14/5", "Đón tiếp đại biểu", "Đại biểu dự hội nghị", "Văn phòng Sở"],
    ["08h00 - 11h30 ngày 14/5", "Kỹ năng phổ biến pháp luật cho người dân", "Báo cáo viên", "Phòng Phổ biến, giáo dục pháp luật"],
    ["08h00 - 11h00 ngày 15/5", "Thảo luận, tổng kết hội nghị", "Toàn thể đại biểu", "Lãnh đạo Sở"],
]

CONF_MID = [
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí tổ chức hội nghị là 42.600.000 đồng (Bốn mươi hai triệu sáu trăm nghìn đồng), từ nguồn kinh "
          "phí sự nghiệp năm 2024 của Sở Tư pháp. Dự trù chi tiết như sau:"),
    ("c", "DỰ TRÙ KINH PHÍ"),
    ("c", "Đơn vị tính: đồng"),
]

CONF_COSTS = [
    ["TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền", "Ghi chú"],
    ["I", "Chi tổ chức hội nghị", "", "", "", "29.400.000", ""],
    ["1", "Thuê hội trường", "Ngày", "2", "3.000.000", "6.000.000", ""],
    ["2", "Tiền ăn đại biểu", "Người/ngày", "240", "80.000", "19.200.000", ""],
    ["3", "Nước uống giữa giờ", "Người/ngày", "240", "17.500", "4.200.000", ""],
    ["II", "Chi báo cáo viên và tài liệu", "", "", "", "13.200.000", ""],
    ["1", "Bồi dưỡng báo cáo viên", "Buổi", "4", "1.200.000", "4.800.000", ""],
    ["2", "In ấn tài liệu", "Bộ", "120", "70.000", "8.400.000", ""],
    ["", "Tổng cộng", "", "", "", "42.600.000", ""],
]

CONF_TAIL = [
    ("i", "(Bằng chữ: Bốn mươi hai triệu sáu trăm nghìn đồng)"),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Phổ biến, giáo dục pháp luật chủ trì chuẩn bị nội dung, tài liệu và mời báo cáo viên."),
    ("p", "2. Văn phòng Sở bảo đảm kinh phí, hội trường và các điều kiện phục vụ hội nghị."),
    ("p", "3. Phòng Tư pháp các huyện, thành phố cử thành phần tham dự đúng quy định."),
]


def conference() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH BÌNH KHÊ", "SỞ TƯ PHÁP", "-------", "Số: 58/KH-STP"],
            [*MOTTO, "Bình Khê, ngày 22 tháng 4 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Hội nghị tập huấn kỹ năng phổ biến, giáo dục pháp luật năm 2024", bold=True, center=True)
    _body(doc, CONF_BODY)
    _widths(_table(doc, CONF_PROGRAMME), [3.0, 5.6, 3.4, 4.0])
    _body(doc, CONF_MID)
    _widths(_table(doc, CONF_COSTS), [1.0, 5.0, 2.0, 1.6, 2.2, 2.6, 1.6])
    _body(doc, CONF_TAIL)
    closing(doc, ["- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Phòng Tư pháp các huyện, thành phố;",
                  "- Lưu: VT, PBGDPL."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đinh Công Lự"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district's plan for a youth football tournament scraped to Markdown.

TOURNAMENT_MD_TEXT = """\
| **ỦY BAN NHÂN DÂN HUYỆN THẠCH LÂM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **Số: 112/KH-UBND** | **Độc lập - Tự do - Hạnh phúc** |
| | *Thạch Lâm, ngày 06 tháng 3 năm 2019* |

# KẾ HOẠCH

**Tổ chức Giải bóng đá thanh niên huyện Thạch Lâm năm 2019**

**I. MỤC ĐÍCH, YÊU CẦU**

Đẩy mạnh phong trào thể dục, thể thao trong thanh niên; lựa chọn vận động viên cho đội tuyển huyện.

**II. THỜI GIAN, ĐỊA ĐIỂM, ĐỐI TƯỢNG**

1. Thời gian: từ ngày 15 đến ngày 28 tháng 4 năm 2019.

2. Địa điểm: Sân vận động huyện Thạch Lâm.

3. Đối tượng: mỗi xã, thị trấn thành lập 01 đội, tổng số 18 đội với khoảng 360 vận động viên.

**III. CƠ CẤU GIẢI THƯỞNG**

- Giải Nhất: 01 giải x 3.000.000 đồng = 3.000.000 đồng.
- Giải Nhì: 01 giải x 2.000.000 đồng = 2.000.000 đồng.
- Giải Ba: 02 giải x 1.000.000 đồng = 2.000.000 đồng.
- Giải phong cách: 01 giải x 500.000 đồng = 500.000 đồng.

**IV. KINH PHÍ**

*Đơn vị tính: đồng*

| TT | Nội dung chi | ĐVT | Số lượng | Đơn giá | Thành tiền |
|---|---|---|---|---|---|
| 1 | Tiền thưởng các giải | Giải | 5 | | 7.500.000 |
| 2 | Bồi dưỡng trọng tài | Trận | 25 | 300.000 | 7.500.000 |
| 3 | Cờ, cúp, huy chương | Bộ | 1 | 4.200.000 | 4.200.000 |
| 4 | Trang trí, khai mạc, bế mạc | Lần | 2 | 2.400.000 | 4.800.000 |
| | Tổng cộng | | | | 24.000.000 |

*(Bằng chữ: Hai mươi bốn triệu đồng chẵn)*

Nguồn: kinh phí sự nghiệp thể dục thể thao năm 2019 của huyện giao Trung tâm Văn hóa - Thể thao huyện.

**V. TỔ CHỨC THỰC HIỆN**

1. Trung tâm Văn hóa - Thể thao huyện chủ trì xây dựng điều lệ, tổ chức giải và thanh quyết toán kinh phí.

2. Huyện đoàn Thạch Lâm phối hợp vận động đoàn viên, thanh niên tham gia.

3. Ủy ban nhân dân các xã, thị trấn thành lập đội bóng và cử cán bộ quản lý đội.

**Nơi nhận:**
\\- TT Huyện ủy, TT HĐND huyện;
\\- Chủ tịch, các PCT UBND huyện;
\\- UBND các xã, thị trấn;
\\- Lưu: VT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hà Văn Thuyên**
"""


# ---------------------------------------------------------------------------
# 3. A commune's plan for a campaign day copied from a PDF to text: each cost line in prose.

CAMPAIGN_TEXT = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  XÃ ĐÔNG HƯNG                            Độc lập - Tự do - Hạnh phúc
Số: 27/KH-UBND                     Đông Hưng, ngày 02 tháng 8 năm 2012

                                 KẾ HOẠCH
        Tổ chức Ngày ra quân vệ sinh môi trường, phòng chống dịch bệnh
                              năm 2012

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao ý thức giữ gìn vệ sinh môi trường của nhân dân.
- 100% thôn tổ chức ra quân tổng vệ sinh, khơi thông cống rãnh.

II. THỜI GIAN, THÀNH PHẦN
1. Thời gian: 02 ngày, ngày 18 và 19 tháng 8 năm 2012.
2. Thành phần: 50 người, gồm cán bộ, công chức xã, đoàn viên thanh niên và
hội viên các đoàn thể.

III. DỰ TRÙ KINH PHÍ
- Tiền ăn: 50 người x 2 ngày x 50.000 đồng/người/ngày = 5.000.000 đồng.
- Thuê xe vận chuyển rác: 04 chuyến x 600.000 đồng/chuyến = 2.400.000 đồng.
- Mua vôi bột, hóa chất khử khuẩn: 1.800.000 đồng.
- Bồi dưỡng báo cáo viên tuyên truyền: 02 buổi x 200.000 đồng/buổi = 400.000
đồng.
Tổng cộng: 9.600.000 đồng (Chín triệu sáu trăm nghìn đồng).
Kinh phí trích từ nguồn sự nghiệp môi trường năm 2012 của xã.

IV. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng chủ trì, phối hợp với Trạm Y tế xã tổ chức
ra quân.
2. Xã đoàn Đông Hưng huy động đoàn viên thanh niên tham gia.
3. Công chức Tài chính - Kế toán bảo đảm kinh phí theo dự trù.

Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- UBND huyện Kỳ Sơn;                                     CHỦ TỊCH
- TT Đảng ủy, HĐND xã;
- Các thôn;
- Lưu: VT.                                              Lương Văn Khởi
"""


# ---------------------------------------------------------------------------
# 4. A school's plan for a teachers' training course, as a web page: costs in thousand đồng.

COURSE_HTML = """\
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch bồi dưỡng giáo viên hè 2026</title></head>
<body>
<table class="header"><tr><td><p>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẢI ĐÔNG</p><p><b>TRƯỜNG THPT LÊ HỮU</b></p>
<p>Số: 45/KH-THPT</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Hải Đông, ngày 12 tháng 6 năm 2026</i></p></td></tr></table>
<h2>KẾ HOẠCH</h2>
<h3>Bồi dưỡng chuyên môn cho giáo viên trong hè năm 2026</h3>
<p><b>I. MỤC ĐÍCH</b></p>
<p>Nâng cao năng lực dạy học theo chương trình giáo dục phổ thông cho giáo viên của trường.</p>
<p><b>II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN</b></p>
<p>Thời gian: 03 ngày, từ ngày 20 đến ngày 22 tháng 7 năm 2026, tại phòng họp Trường THPT Lê Hữu.</p>
<p>Thành phần: 64 giáo viên của trường.</p>
<p><b>III. LỊCH BỒI DƯỠNG</b></p>
<table border="1">
<tr><th>Thời gian</th><th>Nội dung</th><th>Thành phần</th><th>Đơn vị thực hiện</th></tr>
<tr><td>Ngày 20/7/2026</td><td>Dạy học phát triển phẩm chất, năng lực</td><td>Toàn thể giáo viên</td><td>Tổ Ngữ văn</td></tr>
<tr><td>Ngày 21/7/2026</td><td>Ứng dụng công nghệ số trong kiểm tra, đánh giá</td><td>Toàn thể giáo viên</td><td>Tổ Tin học</td></tr>
<tr><td>Ngày 22/7/2026</td><td>Thực hành, tổng kết</td><td>Toàn thể giáo viên</td><td>Ban Giám hiệu</td></tr>
</table>
<p><b>IV. KINH PHÍ</b></p>
<p>Dự trù kinh phí (Đơn vị tính: nghìn đồng):</p>
<table border="1">
<tr><th>TT</th><th>Nội dung chi</th><th>ĐVT</th><th>Số lượng</th><th>Đơn giá</th><th>Thành tiền</th></tr>
<tr><td>1</td><td>Thù lao giảng viên</td><td>Buổi</td><td>6</td><td>800</td><td>4.800</td></tr>
<tr><td>2</td><td>Tài liệu học tập</td><td>Bộ</td><td>64</td><td>45</td><td>2.880</td></tr>
<tr><td>3</td><td>Nước uống, văn phòng phẩm</td><td>Người/ngày</td><td>192</td><td>20</td><td>3.840</td></tr>
<tr><td></td><td>Tổng cộng</td><td></td><td></td><td></td><td>11.520</td></tr>
</table>
<p><i>(Bằng chữ: Mười một triệu năm trăm hai mươi nghìn đồng)</i></p>
<p>Kinh phí trích từ nguồn chi thường xuyên năm 2026 của nhà trường.</p>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Các tổ chuyên môn chuẩn bị nội dung và cử giáo viên báo cáo.</p>
<p>2. Bộ phận Kế toán bảo đảm kinh phí theo dự trù.</p>
<table class="footer"><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Sở GD&amp;ĐT (để b/c);</p><p>- Các tổ chuyên môn;</p>
<p>- Lưu: VT.</p></td>
<td><p><b>HIỆU TRƯỞNG</b></p><p>&nbsp;</p><p><b>Trịnh Thị Ngà</b></p></td></tr></table>
</body></html>
"""


# ---------------------------------------------------------------------------
# 5. A provincial Women's Union's plan for a contest, printed to PDF from Word.

CONTEST_BODY = [
    ("p", "Thực hiện Chương trình công tác năm 2017, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng Kế hoạch tổ "
          "chức Hội thi \"Phụ nữ với pháp luật\" như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nâng cao hiểu biết pháp luật cho cán bộ, hội viên phụ nữ; mỗi huyện, thành phố cử 01 đội tham gia."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    ("p", "Hội thi tổ chức ngày 20 tháng 10 năm 2017 tại Nhà văn hóa tỉnh Nam Vân. Thành phần: 09 đội thi, 150 đại "
          "biểu và cổ động viên."),
    ("h", "III. CƠ CẤU GIẢI THƯỞNG"),
]

CONTEST_PRIZES = [
    ["Giải", "Số lượng", "Mức thưởng", "Thành tiền"],
    ["Giải Nhất", "01", "4.000.000", "4.000.000"],
    ["Giải Nhì", "01", "3.000.000", "3.000.000"],
    ["Giải Ba", "02", "2.000.000", "4.000.000"],
    ["Giải Khuyến khích", "05", "1.000.000", "5.000.000"],
    ["Cộng", "", "", "16.000.000"],
]

CONTEST_MID = [
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí tổ chức Hội thi là 31.500.000 đồng, từ nguồn kinh phí hoạt động năm 2017 của Hội Liên hiệp "
          "Phụ nữ tỉnh. Dự trù như sau:"),
    ("c", "DỰ TRÙ KINH PHÍ"),
    ("c", "(Đơn vị tính: đồng)"),
]

CONTEST_COSTS = [
    ["TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
    ["1", "Giải thưởng", "Giải", "9", "", "16.000.000"],
    ["2", "Bồi dưỡng Ban Giám khảo", "Người", "5", "500.000", "2.500.000"],
    ["3", "Thuê âm thanh, ánh sáng, sân khấu", "Gói", "1", "9.000.000", "9.000.000"],
    ["4", "Hoa, khánh tiết", "Gói", "1", "4.000.000", "4.000.000"],
    ["", "Tổng cộng", "", "", "", "31.500.000"],
]

CONTEST_TAIL = [
    ("i", "(Bằng chữ: Ba mươi mốt triệu năm trăm nghìn đồng)"),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh chủ trì xây dựng thể lệ, đề thi và tổ chức Hội thi."),
    ("p", "2. Văn phòng Hội Liên hiệp Phụ nữ tỉnh bảo đảm kinh phí, cơ sở vật chất."),
    ("p", "3. Hội Liên hiệp Phụ nữ các huyện, thành phố thành lập đội thi và cử cổ động viên."),
]


def contest() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI LHPN TỈNH NAM VÂN", "BAN THƯỜNG VỤ", "-------", "Số: 36/KH-HLHPN"],
            [*MOTTO, "Nam Vân, ngày 11 tháng 9 năm 2017"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Hội thi \"Phụ nữ với pháp luật\" năm 2017", bold=True, center=True)
    _body(doc, CONTEST_BODY)
    _widths(_table(doc, CONTEST_PRIZES), [4.0, 2.4, 3.2, 3.4])
    _body(doc, CONTEST_MID)
    _widths(_table(doc, CONTEST_COSTS), [1.0, 5.6, 1.8, 1.8, 2.4, 2.8])
    _body(doc, CONTEST_TAIL)
    closing(doc, ["- TW Hội LHPN Việt Nam (để b/c);", "- Thường trực Tỉnh ủy;", "- Hội LHPN các huyện, thành phố;",
                  "- Lưu: VT, TG."],
            ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Hoàng Thị Lan"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A district Farmers' Union's plan for a farm produce fair, scraped to Markdown: the programme and the cost table
#    as pipe tables (group rows, a Ghi chú column), the support lines in prose under the sum with "×" (written after
#    the first five's rules).

FAIR = "g18_hnd-huyen-camthuy_18-kh-hnd_2023_hoi-cho-nong-san-nhom-md.md"

FAIR_TEXT = """\
| **HỘI NÔNG DÂN VIỆT NAM**<br>**BCH HỘI NÔNG DÂN HUYỆN CẨM THỦY** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 18/KH-HND | *Cẩm Thủy, ngày 14 tháng 8 năm 2023* |

**KẾ HOẠCH**

**Tổ chức Hội chợ nông sản an toàn huyện Cẩm Thủy năm 2023**

**I. MỤC ĐÍCH, YÊU CẦU**

Quảng bá, kết nối tiêu thụ nông sản an toàn của hội viên nông dân; giới thiệu sản phẩm OCOP của huyện.

**II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ**

1. Thời gian: 03 ngày, từ ngày 22 đến ngày 24 tháng 9 năm 2023.

2. Địa điểm: Quảng trường trung tâm huyện Cẩm Thủy.

3. Quy mô: 60 gian hàng của hội viên, hợp tác xã và doanh nghiệp; Thành phần dự khai mạc: 200 đại biểu.

**III. CHƯƠNG TRÌNH**

| Thời gian | Nội dung | Thành phần | Đơn vị thực hiện |
|---|---|---|---|
| 07h30 ngày 22/9 | Khai mạc Hội chợ | 200 đại biểu | Hội Nông dân huyện |
| Ngày 22 - 24/9 | Trưng bày, bán sản phẩm | Các gian hàng | Hội Nông dân các xã, thị trấn |
| 16h00 ngày 24/9 | Bế mạc, trao giấy khen | Ban Tổ chức | Hội Nông dân huyện |

**IV. KINH PHÍ**

1. Tổng kinh phí tổ chức Hội chợ là 86.300.000 đồng, gồm:

- Hỗ trợ gian hàng: 60 gian × 800.000 đồng/gian = 48.000.000 đồng;
- Bồi dưỡng báo cáo viên hội thảo kết nối: 02 buổi × 500.000 đồng/buổi = 1.000.000 đồng;
- Các khoản chi tổ chức khác: 37.300.000 đồng (chi tiết tại bảng dưới).

*Đơn vị tính: đồng*

| TT | Nội dung chi | ĐVT | Số lượng | Đơn giá | Thành tiền | Ghi chú |
|---|---|---|---|---|---|---|
| I | Chi hỗ trợ gian hàng | | | | 48.000.000 | |
| 1 | Hỗ trợ dựng gian hàng | Gian | 60 | 800.000 | 48.000.000 | Theo thực tế |
| II | Chi tổ chức | | | | 38.300.000 | |
| 1 | Sân khấu, âm thanh, ánh sáng | Gói | 1 | 18.500.000 | 18.500.000 | |
| 2 | Băng rôn, pano, trang trí | Gói | 1 | 9.600.000 | 9.600.000 | |
| 3 | Bồi dưỡng báo cáo viên | Buổi | 2 | 500.000 | 1.000.000 | |
| 4 | Nước uống, phục vụ khai mạc | Người | 200 | 46.000 | 9.200.000 | |
| | Tổng cộng | | | | 86.300.000 | |

*(Bằng chữ: Tám mươi sáu triệu ba trăm nghìn đồng)*

2. Nguồn kinh phí: trích từ nguồn kinh phí hoạt động năm 2023 của Hội Nông dân huyện và nguồn xã hội hóa.

**V. TỔ CHỨC THỰC HIỆN**

1. Ban Kinh tế - Xã hội Hội Nông dân huyện chủ trì tổ chức Hội chợ, mời doanh nghiệp tham gia.

2. Văn phòng Hội Nông dân huyện bảo đảm kinh phí, hậu cần.

3. Hội Nông dân các xã, thị trấn vận động hội viên đăng ký gian hàng.

**Nơi nhận:**
\\- TT Huyện ủy (để b/c);
\\- Hội Nông dân tỉnh (để b/c);
\\- Hội Nông dân các xã, thị trấn;
\\- Lưu: VP.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**

**Lê Thị Thu Hà**
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CONFERENCE).write_bytes(conference())
    (folder / TOURNAMENT).write_text(TOURNAMENT_MD_TEXT, encoding="utf-8")
    (folder / CAMPAIGN).write_text(CAMPAIGN_TEXT, encoding="utf-8")
    (folder / COURSE).write_text(COURSE_HTML, encoding="utf-8")
    (folder / CONTEST).write_bytes(_pdf(contest(), CONTEST))
    (folder / FAIR).write_text(FAIR_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
