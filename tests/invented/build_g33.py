"""Invented documents of hold-out round G33: a province's plan implementing a Prime Minister's decision with its task
table as a real Word table (the lead agency merged down over several rows, a partner merged over two), a commune's
digital transformation plan after the 2025 two-level reform as a provincial portal publishes it (nested <div>s, a
header table, a task table with rowspan and colspan, KPI targets "100% hồ sơ", "tối thiểu 80%", "ít nhất 02 lần/năm",
"không quá 05 ngày làm việc"), a province's plan of falling rates printed to PDF by LibreOffice with a landscape
annex of money in nghìn đồng ("giảm bình quân 1-1,5%/năm", "dưới 18‰", "giảm ít nhất 10% so với năm 2025", "duy
trì"), and a province's official dispatch scraped to Markdown that carries out another plan and quotes its targets and
money (not its own).

The documents:
- g33_tinh-namvien: a province's plan implementing a Prime Minister's decision, Word task table with merged cells (.docx);
- g33_xa-tanthuong: a commune's digital transformation plan of 2026, portal page (.html);
- g33_tinh-bacvan: a province's five-year plan of falling rates, landscape annex in nghìn đồng (.pdf);
- g33_tinh-lamthuy: a province's Công văn "V/v triển khai Kế hoạch số ..." scraped to Markdown (.md).

The reading the set's conventions imply: a plan implementing a decision, its "MỤC ĐÍCH, YÊU CẦU" no objectives, its
task table's rows the activities, each row's lead and partners its own where a cell is merged down over it; a
commune's KPI lines the specific objectives of its year ("không quá 05 ngày làm việc", "ít nhất 02 lần/năm" no
percent), "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể" two responsible bodies (as a_xa-hoalocdong); falling
targets aim at the plan's end ("giảm ít nhất 10% so với năm 2025": 2030), per mille rates and ratios no percent, the
annex's amounts in nghìn đồng (×1000), the total row and "-" as ever; a Công văn has no plan period, no objectives, no
sums of the plan it quotes, the plan it carries out its basis (told as a story, "Ngày D, X ban hành Kế hoạch số N
..." and carried out two paragraphs later), its numbered requests to named bodies the responsibilities.

First pass (golds written by hand before the first extraction, commit 5f6d0ff; the 4 documents scored alone, code of
23bbac4): micro 190/194/192 (0.984); the Word task table with merged cells, the portal page's rowspan/colspan table
and KPIs, the landscape annex in nghìn đồng (16 items) all whole. The misses, all in the Công văn: its period read
from the quoted plan (2026 - 2030), its basis told as a story not found, the plan's total and local share read as
its sums (2 wrong); and the commune's "... và các đoàn thể" read as a second body, which the set's convention is (the
gold corrected, 498f0c6). After common.RECITAL (header, budget_statements) and legal_bases.CARRIES_LATER:
191/191/191. As other renditions (tests.invented.renditions --kinds docx,pdf-layout,html-text): docx 21/24/23 ->
21/21/21, pdf-layout 157/160/171 -> 157/157/169 (the two task tables printed by LibreOffice and read as layout text
lost: a reader matter), html-text 49/50/51 (the scrape's text loses the rowspan's cell: a reader matter).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g33
OUTDIR` writes every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.invented.build_u import _landscape
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

# ---------------------------------------------------------------------------
# 1. A province's plan implementing a Prime Minister's decision, its task table in Word with merged cells (.docx).

TASKS_DOC = "g33_tinh-namvien_64-kh-ubnd_2026_trien-khai-qd-ttg-bang-gop-o.docx"

TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["1", "Rà soát, hoàn thiện quy định về quản lý hoạt động thương mại điện tử trên địa bàn tỉnh",
     "Sở Công Thương", "Sở Tư pháp; Sở Tài chính", "Quý II/2026", "Quyết định của UBND tỉnh"],
    ["2", "Xây dựng sàn giao dịch thương mại điện tử cho sản phẩm OCOP và nông sản chủ lực của tỉnh",
     "", "", "Quý IV/2026", "Sàn giao dịch đi vào hoạt động"],
    ["3", "Tổ chức đào tạo kỹ năng kinh doanh trực tuyến cho hợp tác xã, hộ kinh doanh",
     "", "Liên minh Hợp tác xã tỉnh; Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm", "Lớp đào tạo"],
    ["4", "Tích hợp thanh toán điện tử vào các dịch vụ công trực tuyến, thu phí, lệ phí",
     "Sở Khoa học và Công nghệ", "Ngân hàng Nhà nước Khu vực 9; Kho bạc Nhà nước Khu vực IX", "Trước 30/6/2026",
     "Dịch vụ công có thanh toán trực tuyến"],
    ["5", "Xây dựng cơ sở dữ liệu doanh nghiệp, hộ kinh doanh tham gia thương mại điện tử",
     "", "Thuế tỉnh", "Quý III/2026", "Cơ sở dữ liệu"],
    ["6", "Kiểm tra, xử lý vi phạm về thương mại điện tử, bảo vệ quyền lợi người tiêu dùng",
     "Công an tỉnh", "Sở Công Thương; Thuế tỉnh", "Hằng năm", "Báo cáo kết quả kiểm tra"],
]
# the lead merged down over rows 1-3 and 4-5, the partners merged over rows 1-2
TASK_MERGES = (((1, 2), (3, 2)), ((4, 2), (5, 2)), ((1, 3), (2, 3)))

TASKS_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Quyết định số 1126/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ phê duyệt Kế hoạch tổng "
          "thể phát triển thương mại điện tử quốc gia giai đoạn 2026 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Quyết định số 1126/QĐ-TTg trên địa bàn tỉnh Nam "
          "Viên như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ được giao tại Quyết định số 1126/QĐ-TTg phù hợp với điều kiện thực tế của tỉnh."),
    ("p", "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ."),
    ("h", "II. MỤC TIÊU ĐẾN NĂM 2030"),
    ("p", "1. Mục tiêu chung"),
    ("p", "Phát triển thương mại điện tử trở thành kênh phân phối quan trọng của doanh nghiệp, hợp tác xã trên địa bàn "
          "tỉnh; góp phần thúc đẩy kinh tế số, nâng cao năng lực cạnh tranh của sản phẩm địa phương."),
    ("p", "2. Mục tiêu cụ thể"),
    ("p", "a) 70% dân số trưởng thành tham gia mua sắm trực tuyến;"),
    ("p", "b) Doanh thu bán lẻ qua thương mại điện tử chiếm tối thiểu 12% tổng mức bán lẻ hàng hóa;"),
    ("p", "c) 90% giao dịch thanh toán dịch vụ công được thực hiện không dùng tiền mặt;"),
    ("p", "d) 100% sản phẩm OCOP 3 sao trở lên được giới thiệu trên sàn giao dịch thương mại điện tử."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("p", "Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm tại bảng dưới đây:"),
]

TASKS_TAIL = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong "
          "các chương trình, đề án và các nguồn hợp pháp khác."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Công Thương là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban "
          "nhân dân tỉnh và Bộ Công Thương trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ trong dự toán hằng năm."),
    ("p", "3. Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ chủ động triển khai các nhiệm vụ được phân công."),
    ("p", "4. Ủy ban nhân dân các xã, phường tuyên truyền, hướng dẫn hộ kinh doanh tham gia thương mại điện tử./."),
]


def tasks_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH NAM VIÊN", "-------", "Số: 64/KH-UBND"],
            [*MOTTO, "Nam Viên, ngày 11 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai thực hiện Quyết định số 1126/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ phê duyệt Kế "
                    "hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2026 - 2030 trên địa bàn tỉnh Nam "
                    "Viên", bold=True, center=True)
    _body(doc, TASKS_BODY)
    _widths(_table(doc, TASKS, TASK_MERGES), [0.9, 5.0, 2.6, 3.2, 2.0, 2.4])
    _body(doc, TASKS_TAIL)
    closing(doc, ["- Bộ Công Thương (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Tạ Quang Vịnh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A commune's digital transformation plan as a provincial portal publishes it (.html).

COMMUNE = "g33_xa-tanthuong_45-kh-ubnd_2026_chuyen-doi-so-xa-cong-thong-tin.html"

COMMUNE_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch chuyển đổi số xã Tân Thượng năm 2026 - Cổng thông tin điện tử tỉnh Đông Lĩnh</title>
</head>
<body>
<div class="portal">
<div class="top-bar"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản chỉ đạo điều hành</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="main">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản</a> &gt; Kế hoạch</div>
<div class="article">
<div class="article-meta">Ngày đăng: 20/01/2026 | Lượt xem: 412</div>
<div class="article-body">
<table class="doc-header" style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN THƯỢNG</b><br>-------<br>Số: 45/KH-UBND</td>
<td style="text-align:center;width:60%"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Tân Thượng, ngày 16 tháng 01 năm 2026</i></td>
</tr>
</table>
<div class="doc-title">
<div style="text-align:center"><b>KẾ HOẠCH</b></div>
<div style="text-align:center"><b>Chuyển đổi số, phát triển chính quyền số trên địa bàn xã Tân Thượng năm 2026</b></div>
</div>
<div class="doc-content">
<div class="para"><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</i></div>
<div class="para"><i>Thực hiện Nghị quyết số 05-NQ/ĐU ngày 08 tháng 10 năm 2025 của Ban Chấp hành Đảng bộ xã Tân Thượng về chuyển đổi số giai đoạn 2025 - 2030;</i></div>
<div class="para"><i>Thực hiện Kế hoạch số 231/KH-UBND ngày 29 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Đông Lĩnh về chuyển đổi số tỉnh Đông Lĩnh năm 2026;</i></div>
<div class="para">Ủy ban nhân dân xã ban hành Kế hoạch chuyển đổi số, phát triển chính quyền số trên địa bàn xã năm 2026 như sau:</div>
<div class="section">
<div class="para"><b>I. MỤC TIÊU</b></div>
<div class="para"><b>1. Mục tiêu chung</b></div>
<div class="para">Xây dựng chính quyền xã hoạt động trên môi trường số, phục vụ người dân và doanh nghiệp nhanh chóng, minh bạch; phát triển kinh tế số, xã hội số gắn với mô hình chính quyền địa phương hai cấp.</div>
<div class="para"><b>2. Chỉ tiêu cụ thể năm 2026</b></div>
<div class="list">
<div class="para">- 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.</div>
<div class="para">- Tối thiểu 80% hồ sơ thủ tục hành chính được nộp trực tuyến toàn trình.</div>
<div class="para">- 95% văn bản đi, đến của Ủy ban nhân dân xã được xử lý trên môi trường mạng, trừ văn bản mật.</div>
<div class="para">- Thời gian giải quyết thủ tục hành chính lĩnh vực đất đai không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.</div>
<div class="para">- Tổ chức ít nhất 02 lần/năm tập huấn kỹ năng số cho cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng.</div>
<div class="para">- Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2 đạt trên 85%.</div>
</div>
</div>
<div class="section">
<div class="para"><b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></div>
<table class="tasks" border="1" style="border-collapse:collapse;width:100%">
<tr><th rowspan="2">TT</th><th rowspan="2">Nhiệm vụ</th><th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian</th></tr>
<tr><th>Chủ trì</th><th>Phối hợp</th></tr>
<tr><td>1</td><td>Vận hành Trung tâm Phục vụ hành chính công xã theo hướng một cửa số, không chờ đợi</td><td rowspan="2">Trung tâm Phục vụ hành chính công xã</td><td>Văn phòng HĐND và UBND xã</td><td>Thường xuyên</td></tr>
<tr><td>2</td><td>Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực</td><td>Phòng Kinh tế</td><td>Quý II/2026</td></tr>
<tr><td>3</td><td>Phát triển Tổ công nghệ số cộng đồng tại 100% thôn</td><td>Phòng Văn hóa - Xã hội</td><td>Đoàn Thanh niên xã; Công an xã</td><td>Quý I/2026</td></tr>
<tr><td>4</td><td>Hỗ trợ hộ kinh doanh, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử</td><td>Phòng Kinh tế</td><td>Hội Nông dân xã</td><td>Năm 2026</td></tr>
</table>
</div>
<div class="section">
<div class="para"><b>III. KINH PHÍ THỰC HIỆN</b></div>
<div class="para">Tổng kinh phí thực hiện Kế hoạch là 685 triệu đồng từ nguồn ngân sách xã năm 2026.</div>
</div>
<div class="section">
<div class="para"><b>IV. TỔ CHỨC THỰC HIỆN</b></div>
<div class="para">1. Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh trước ngày 10/12/2026.</div>
<div class="para">2. Phòng Kinh tế tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn hộ kinh doanh tham gia thương mại điện tử.</div>
<div class="para">3. Trung tâm Phục vụ hành chính công xã công khai thủ tục hành chính, hướng dẫn người dân nộp hồ sơ trực tuyến.</div>
<div class="para">4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến./.</div>
</div>
<table class="doc-sign" style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Sở Khoa học và Công nghệ;<br>- TT Đảng ủy, TT HĐND xã;<br>- Chủ tịch, các PCT UBND xã;<br>- Các phòng, đơn vị thuộc UBND xã;<br>- Lưu: VT.</td>
<td style="width:50%;text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><br><b>Vi Thị Ngọc Lan</b></td>
</tr>
</table>
</div>
</div>
</div>
<div class="related"><div class="related-title">Tin liên quan</div><ul><li><a href="/tin/1">Xã Tân Thượng ra mắt Tổ công nghệ số cộng đồng</a></li></ul></div>
</div>
<div class="footer">Cổng thông tin điện tử tỉnh Đông Lĩnh. Địa chỉ: số 8 đường Lê Lợi, phường Đông Lĩnh.</div>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 3. A province's five-year plan of falling rates, printed to PDF by LibreOffice, landscape annex in nghìn đồng.

RATES = "g33_tinh-bacvan_112-kh-ubnd_2026_giam-ty-le-phu-luc-ngang.pdf"

MONEY = [
    ["TT", "Nội dung", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh", "Vận động, tài trợ"],
    ["1", "Nâng cao năng lực mạng lưới y tế cơ sở về chăm sóc sức khỏe bà mẹ, trẻ em", "18.450.000", "12.000.000",
     "6.450.000", "-"],
    ["2", "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi vùng đồng bào dân tộc thiểu số", "9.620.000", "5.800.000",
     "2.320.000", "1.500.000"],
    ["3", "Phòng, chống đuối nước trẻ em", "3.150.000", "-", "2.650.000", "500.000"],
    ["4", "Truyền thông, giám sát, đánh giá", "1.280.000", "-", "1.280.000", "-"],
    ["", "Tổng cộng", "32.500.000", "17.800.000", "12.700.000", "2.000.000"],
]

RATES_BODY = [
    ("i", "Căn cứ Quyết định số 2088/QĐ-TTg ngày 30 tháng 9 năm 2025 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "chăm sóc sức khỏe bà mẹ, trẻ em giai đoạn 2026 - 2030;"),
    ("i", "Căn cứ Nghị quyết số 14/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về kế hoạch phát triển "
          "kinh tế - xã hội 5 năm 2026 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung"),
    ("p", "Giảm tử vong bà mẹ, trẻ em; thu hẹp khoảng cách về sức khỏe bà mẹ, trẻ em giữa các vùng trong tỉnh; cải thiện "
          "tình trạng dinh dưỡng của trẻ em, góp phần nâng cao chất lượng dân số."),
    ("p", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "a) Tỷ suất chết trẻ em dưới 5 tuổi giảm xuống dưới 18‰; tỷ suất chết trẻ em dưới 1 tuổi dưới 12‰."),
    ("p", "b) Giảm tỷ lệ hộ nghèo bình quân 1-1,5%/năm; riêng các xã vùng đồng bào dân tộc thiểu số giảm trên 3%/năm."),
    ("p", "c) Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 19,5%."),
    ("p", "d) Số trẻ em tử vong do đuối nước giảm ít nhất 10% so với năm 2025."),
    ("p", "đ) Duy trì tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trên 95%."),
    ("p", "e) Tỷ số giới tính khi sinh không vượt quá 109 bé trai/100 bé gái."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Nâng cao năng lực mạng lưới y tế cơ sở về chăm sóc sức khỏe bà mẹ, trẻ em"),
    ("p", "Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã, phường đào tạo, tập huấn cho nhân viên y tế thôn bản, cô "
          "đỡ thôn bản; bổ sung trang thiết bị cho trạm y tế xã."),
    ("p", "2. Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi"),
    ("p", "Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh triển khai bổ sung vi chất dinh dưỡng, hướng dẫn thực "
          "hành dinh dưỡng tại cộng đồng."),
    ("p", "3. Phòng, chống đuối nước trẻ em"),
    ("p", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức dạy bơi an toàn cho học "
          "sinh tiểu học."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 32.500 triệu đồng (chi tiết tại Phụ lục kèm theo)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế là cơ quan thường trực, hướng dẫn, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban "
          "nhân dân tỉnh trước ngày 20 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm."),
    ("p", "3. Sở Giáo dục và Đào tạo chỉ đạo các trường học lồng ghép giáo dục kỹ năng phòng, chống đuối nước."),
    ("p", "4. Ủy ban nhân dân các xã, phường xây dựng kế hoạch của địa phương và bố trí nguồn lực thực hiện./."),
]


def rates_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẮC VÂN", "-------", "Số: 112/KH-UBND"],
            [*MOTTO, "Bắc Vân, ngày 24 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chăm sóc sức khỏe bà mẹ, trẻ em tỉnh Bắc Vân giai đoạn 2026 - 2030", bold=True, center=True)
    _body(doc, RATES_BODY)
    closing(doc, ["- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hoàng Minh Trí"])
    _landscape(doc)
    _paragraph(doc, "Phụ lục", bold=True, center=True)
    _paragraph(doc, "DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 112/KH-UBND ngày 24 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Bắc Vân)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: nghìn đồng", italic=True)
    _widths(_table(doc, MONEY), [1.0, 10.0, 3.4, 3.6, 3.4, 3.4])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A province's official dispatch carrying out another plan, scraped to Markdown (.md).

DISPATCH = "g33_tinh-lamthuy_1583-ubnd-kgvx_2026_cong-van-trien-khai-kh-md.md"

DISPATCH_TEXT = """\
| **ỦY BAN NHÂN DÂN TỈNH LAM THỦY** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| Số: 1583/UBND-KGVX | **Độc lập - Tự do - Hạnh phúc** |
| V/v triển khai Kế hoạch số 96/KH-UBND ngày 12/3/2026 về xóa mù chữ và học tập suốt đời | *Lam Thủy, ngày 02 tháng 4 năm 2026* |

Kính gửi:

\\- Các sở, ban, ngành tỉnh;
\\- Ủy ban nhân dân các xã, phường.

Ngày 12 tháng 3 năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 96/KH-UBND về xóa mù chữ và xây dựng xã hội học tập giai đoạn 2026 - 2030 trên địa bàn tỉnh. Kế hoạch đặt mục tiêu đến năm 2030: tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 98,5%; 100% xã, phường đạt chuẩn xóa mù chữ mức độ 2; tỷ lệ lao động qua đào tạo đạt 75%. Tổng kinh phí thực hiện Kế hoạch là 48.600 triệu đồng, trong đó ngân sách tỉnh 36.000 triệu đồng.

Qua sơ kết quý I năm 2026, tỷ lệ người biết chữ mức độ 2 của tỉnh mới đạt 96,1%, thấp hơn bình quân khu vực; còn 07 xã chưa đạt chuẩn xóa mù chữ mức độ 2.

Để triển khai hiệu quả Kế hoạch, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1\\. Sở Giáo dục và Đào tạo: Chủ trì hướng dẫn các xã, phường điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ trên phần mềm trước ngày 30/4/2026; tổ chức kiểm tra, công nhận xã đạt chuẩn xóa mù chữ mức độ 2 trong quý III/2026.

2\\. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 và các năm tiếp theo.

3\\. Sở Nội vụ: Chỉ đạo các cơ sở giáo dục nghề nghiệp phối hợp mở lớp xóa mù chữ gắn với dạy nghề cho lao động nông thôn.

4\\. Hội Khuyến học tỉnh: Phát động phong trào gia đình học tập, dòng họ học tập, cộng đồng học tập năm 2026.

5\\. Ủy ban nhân dân các xã, phường: Huy động người mù chữ ra lớp; bố trí giáo viên, địa điểm học; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/11/2026.

Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.

**Nơi nhận:**
\\- Như trên;
\\- Bộ Giáo dục và Đào tạo (b/c);
\\- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
\\- CT, các PCT UBND tỉnh;
\\- Lưu: VT, KGVX.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

**Lù Thị Mai Hương**
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TASKS_DOC).write_bytes(tasks_plan())
    (folder / COMMUNE).write_text(COMMUNE_HTML, encoding="utf-8")
    (folder / RATES).write_bytes(_pdf(rates_plan(), RATES))
    (folder / DISPATCH).write_text(DISPATCH_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
