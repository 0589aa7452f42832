"""Invented documents of hold-out round G25: an administrative-reform plan whose targets carry signs and bounds, a
province's yearly work programme as a table, a mass organisation's yearly plan, a ministry's plan with tasks for its own
units and the provinces.

The reading the set's conventions imply: a reform plan's targets are its percents however they are bounded ("≥ 85%",
"tối thiểu 80%", "không quá 2%", "dưới 5%", "100% hồ sơ ..."); a rank to keep or climb ("duy trì trong nhóm 15
tỉnh, thành phố dẫn đầu", "tăng ít nhất 3 bậc") and a fraction ("ít nhất 2/3 số xã", "4/5 chỉ số thành phần") are
objectives with no percent; last year's results told in the opening are no objectives. A work programme's table rows
are its activities, the body that prepares each its lead; the body a content goes to ("Cấp trình, quyết định": HĐND
tỉnh, UBND tỉnh, Chủ tịch UBND tỉnh) neither leads nor partners it. A mass organisation's counts per member or branch
("mỗi chi hội có ít nhất 01 mô hình", "kết nạp mới 1.250 hội viên") are objectives, the fund it is to raise
("Quỹ Hỗ trợ nông dân tăng thêm 350 triệu đồng") and a due per member ("24.000 đồng/hội viên/năm") no sums of the
plan; its boards charged in "Tổ chức thực hiện" are its responsibilities; the money "từ quỹ hội và nguồn vận động" its
statements. A ministry's task table gives tasks both to its own units (Cục, Vụ, Văn phòng Bộ, Thanh tra Bộ) and to the
provinces' UBND; money "từ nguồn ngân sách trung ương" is central.

The documents:
- a province's administrative-reform plan of 2021 copied from a PDF with hard wraps and a page number: targets with
  ≥, tối thiểu, không quá, dưới, a rank to keep and to climb, fractions, last year's figures in the opening (.txt);
- a province's Chương trình công tác năm 2016 in Word: a table by quarter, TT | Nội dung | Cơ quan chủ trì soạn thảo
  | Cấp trình, quyết định | Thời gian trình (.docx);
- a district Hội Nông dân's plan of 2019 on a portal page: counts per member and branch, a task table by board, money
  from the fund and donations, the fund to be raised (.html);
- a ministry's plan of 2014-2016 scraped to Markdown: objectives, the task table flattened one cell a line with its
  own units and the provinces' UBND, money from the central budget by year (.md).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of main 09604da):
micro 170/170/170, every group read right: the bounded percents (≥ 85%, tối thiểu 80%, không quá 2%, dưới 5%) and no
percent from the rank, the bậc and the fractions; the work programme's rows with their preparing bodies and no partner
from "Cấp trình, quyết định"; the boards' tasks, the fund to raise and the due per member left out of the money; the
ministry's units and the provinces' UBND. Unscored: the ministry's yearly parts of the central total read as source
"total" (accepted), the Hội's targets with no year (accepted).

The round's rules therefore come from the shapes around these documents, probed with other names and numbers and
kept as table rows (tests/test_g25_holdout.py; every must row fails on 09604da): a work programme's "Cơ quan trình" /
"Đơn vị trình" / "Cơ quan chuẩn bị" column leads, and a "Lãnh đạo phụ trách" column beside a body's lead column leads
nothing (09604da read the Phó Chủ tịch by name as the lead); an objective opening on a year before the plan's ("Năm
2022, Chỉ số SIPAS đạt 81,2%; năm 2023 phấn đấu ...") aims at its level's year; an objective opening on a range ("- 90
- 95% hồ sơ ...") keeps its low end; the youth union's "BCH HUYỆN ĐOÀN X" is its executive committee (09604da: "Ban Chỉ
huy", the place lower-cased); what each branch or member gives ("mỗi cơ sở Đoàn vận động ủng hộ ít nhất 2.000.000
đồng") is no sum; "X chủ trì; phối hợp Y" names Y; a youth union's header whose left column opens with "ĐOÀN TNCS
HỒ CHÍ MINH" over "BCH HUYỆN ĐOÀN X" is issued by the unit under it (09604da: no issuer); a ministry's units listed by
their kinds ("Các Tổng cục, Cục, Vụ, Thanh tra Bộ") are one collective and Thanh tra Bộ (09604da: "Các Tổng cục",
"Cục", "Vụ" dropped); an indicator table's row whose level is a rank, a climb or a share in words ("Nhóm 20 tỉnh dẫn
đầu", "Tăng ít nhất 2 bậc", "Top 10", "3/4 số phường") is an objective with no percent (09604da: dropped); a sum from
one source split by year after "trong đó" gives its years that source (the ministry's 2014-2016 parts: "total" ->
"central", the gold's main reading; its score stays 170/170/170).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g25 OUTDIR`
writes every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

REFORM = "g25_tinh-vinhkhe_47-kh-ubnd_2021_cai-cach-hanh-chinh-chi-tieu-dau.txt"
PROGRAMME = "g25_tinh-honglam_05-ctr-ubnd_2016_chuong-trinh-cong-tac-cap-trinh.docx"
FARMERS = "g25_hnd-yenkhe_14-kh-hnd_2019_cong-tac-hoi-quy-hoi.html"
MINISTRY = "g25_bo-tttt_1873-kh-btttt_2014_chu-ky-so-bo-va-dia-phuong-md.md"


# ---------------------------------------------------------------------------
# 1. A province's administrative-reform plan copied from a PDF: targets with signs and bounds, ranks, fractions.

REFORM_TEXT = """\
ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH VĨNH KHÊ                               Độc lập - Tự do - Hạnh phúc
     -------                                       ---------------
Số: 47/KH-UBND                              Vĩnh Khê, ngày 15 tháng 01 năm 2021

KẾ HOẠCH
Cải cách hành chính nhà nước tỉnh Vĩnh Khê năm 2021

Căn cứ Chỉ thị số 11/CT-UBND ngày 20 tháng 11 năm 2020 của Ủy ban nhân dân tỉnh
Vĩnh Khê về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư;
Căn cứ Quyết định số 2306/QĐ-UBND ngày 28 tháng 12 năm 2020 của Ủy ban nhân dân
tỉnh Vĩnh Khê ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025;
Năm 2020, Chỉ số cải cách hành chính (PAR INDEX) của tỉnh xếp thứ 19/63 tỉnh,
thành phố, tăng 4 bậc so với năm 2019; Chỉ số hài lòng của người dân, tổ chức
(SIPAS) đạt 83,6%. Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính
năm 2021 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai đồng bộ, hiệu quả các nội dung cải cách hành chính; gắn cải cách
hành chính với xây dựng chính quyền điện tử.
2. Xác định rõ trách nhiệm của người đứng đầu các cơ quan, đơn vị trong chỉ đạo,
thực hiện cải cách hành chính.
II. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng, hiệu quả phục vụ người dân, doanh nghiệp; cải thiện thứ hạng
các chỉ số cải cách hành chính của tỉnh.
2. Chỉ tiêu cụ thể
a) Chỉ số cải cách hành chính (PAR INDEX) của tỉnh duy trì trong nhóm 15 tỉnh,
thành phố dẫn đầu cả nước.
b) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tăng ít nhất 3 bậc so với năm 2020.
c) Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành
chính nhà nước (SIPAS) đạt ≥ 85%; 4/5 chỉ số thành phần của SIPAS đạt trên 80%.
d) 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; tỷ lệ hồ sơ trễ hạn
của từng cơ quan không quá 2%.
đ) Tối thiểu 80% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức
dịch vụ công trực tuyến toàn trình.
e) Tỷ lệ hồ sơ phải bổ sung, hoàn thiện quá 01 lần giảm xuống dưới 5%.
g) Ít nhất 2/3 số xã, phường, thị trấn có Bộ phận Một cửa được đầu tư trang thiết
bị theo mô hình hiện đại.
III. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
- Rà soát, hệ thống hóa văn bản quy phạm pháp luật do tỉnh ban hành; kịp thời
sửa đổi, bổ sung các văn bản không còn phù hợp.
                                                                              1
2. Cải cách thủ tục hành chính
- Công bố, công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công của tỉnh;
số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
3. Cải cách công vụ
- Thực hiện tuyển dụng công chức, viên chức theo vị trí việc làm; xử lý nghiêm
cán bộ, công chức có hành vi nhũng nhiễu người dân, doanh nghiệp.
4. Xây dựng chính quyền điện tử
- Duy trì vận hành Trung tâm điều hành thông minh của tỉnh; kết nối hệ thống quản
lý văn bản của các cơ quan với Trục liên thông văn bản quốc gia.
IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2021 là 1.250 triệu đồng từ ngân sách tỉnh,
bố trí trong dự toán của các cơ quan, đơn vị.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực
hiện Kế hoạch; tổ chức xác định Chỉ số cải cách hành chính các sở, ngành và
Ủy ban nhân dân cấp huyện năm 2021.
2. Văn phòng Ủy ban nhân dân tỉnh: chủ trì kiểm soát thủ tục hành chính; theo dõi
việc giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính.
3. Sở Thông tin và Truyền thông: chủ trì xây dựng chính quyền điện tử; bảo đảm an
toàn thông tin cho các hệ thống dùng chung của tỉnh.
4. Sở Tài chính: thẩm định, bố trí kinh phí thực hiện Kế hoạch.
5. Ủy ban nhân dân các huyện, thị xã, thành phố: xây dựng kế hoạch cải cách hành
chính năm 2021 của địa phương, gửi Sở Nội vụ trước ngày 31/01/2021.

Nơi nhận:                                                 TM. ỦY BAN NHÂN DÂN
- Bộ Nội vụ (b/c);                                             KT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;                                   PHÓ CHỦ TỊCH
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, NC.                                              Lương Đình Khải
"""


# ---------------------------------------------------------------------------
# 2. A province's yearly work programme in Word: content, the body preparing it, the level it goes to, the month.

def programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HỒNG LAM", "-------", "Số: 05/CTr-UBND"],
            [*MOTTO, "Hồng Lam, ngày 12 tháng 01 năm 2016"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH", bold=True, center=True, size=14)
    _paragraph(doc, "Công tác năm 2016 của Ủy ban nhân dân tỉnh Hồng Lam", bold=True, center=True)
    _body(doc, [
        ("i", "Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh Hồng Lam nhiệm kỳ 2011 - 2016 ban hành kèm theo "
              "Quyết định số 18/2011/QĐ-UBND ngày 09 tháng 9 năm 2011 của Ủy ban nhân dân tỉnh;"),
        ("i", "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 10 tháng 12 năm 2015 của Hội đồng nhân dân tỉnh về nhiệm vụ phát "
              "triển kinh tế - xã hội năm 2016;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Chương trình công tác năm 2016 như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Xác định các nội dung trình Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân "
              "tỉnh trong năm 2016; phân công rõ cơ quan chủ trì soạn thảo và thời gian trình."),
        ("p", "2. Các nội dung trình phải bảo đảm chất lượng, đúng trình tự, thủ tục và thời gian quy định."),
        ("h", "II. CÁC NỘI DUNG TRÌNH NĂM 2016"),
    ])
    _table(doc, [
        ["TT", "Nội dung", "Cơ quan chủ trì soạn thảo", "Cấp trình, quyết định", "Thời gian trình"],
        ["I", "Quý I", "", "", ""],
        ["1", "Quyết định ban hành Quy định hệ số điều chỉnh giá đất năm 2016 trên địa bàn tỉnh",
         "Sở Tài nguyên và Môi trường", "UBND tỉnh", "Tháng 2"],
        ["2", "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2016",
         "Sở Nông nghiệp và Phát triển nông thôn", "Chủ tịch UBND tỉnh", "Tháng 3"],
        ["II", "Quý II", "", "", ""],
        ["3", "Đề án phát triển du lịch tỉnh Hồng Lam giai đoạn 2016 - 2020, định hướng đến năm 2025",
         "Sở Văn hóa, Thể thao và Du lịch", "UBND tỉnh; HĐND tỉnh", "Tháng 6"],
        ["III", "Quý III", "", "", ""],
        ["4", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2016",
         "Sở Kế hoạch và Đầu tư", "HĐND tỉnh", "Tháng 7"],
        ["5", "Nghị quyết quy định chính sách hỗ trợ phát triển hợp tác xã nông nghiệp giai đoạn 2017 - 2020",
         "Sở Nông nghiệp và Phát triển nông thôn", "HĐND tỉnh", "Tháng 9"],
        ["IV", "Quý IV", "", "", ""],
        ["6", "Kế hoạch đầu tư công năm 2017", "Sở Kế hoạch và Đầu tư", "UBND tỉnh; HĐND tỉnh", "Tháng 11"],
        ["7", "Dự toán thu, chi ngân sách địa phương năm 2017", "Sở Tài chính", "HĐND tỉnh", "Tháng 11"],
    ])
    _body(doc, [
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các sở, ban, ngành tỉnh được giao chủ trì soạn thảo: chủ động xây dựng dự thảo, lấy ý kiến các cơ quan "
              "liên quan; gửi hồ sơ về Văn phòng Ủy ban nhân dân tỉnh chậm nhất 10 ngày trước thời gian trình."),
        ("p", "2. Sở Tư pháp: thẩm định các dự thảo văn bản quy phạm pháp luật trước khi trình."),
        ("p", "3. Văn phòng Ủy ban nhân dân tỉnh: theo dõi, đôn đốc việc thực hiện Chương trình; hằng quý báo cáo Chủ "
              "tịch Ủy ban nhân dân tỉnh kết quả thực hiện./."),
    ])
    closing(doc, ["- Văn phòng Chính phủ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, TH."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trịnh Quang Vĩnh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A district Hội Nông dân's yearly plan on a portal page: counts per member and branch, a task table by board,
#    money from the fund and donations.

FARMERS_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch công tác Hội và phong trào nông dân năm 2019 - Hội Nông dân huyện Yên Khê</title></head>
<body>
<div class="nav"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></div>
<div class="content">
<table width="100%">
<tr><td align="center">HỘI NÔNG DÂN TỈNH THANH BÌNH<br><b>BCH HỘI NÔNG DÂN HUYỆN YÊN KHÊ</b><br>***<br>Số: 14-KH/HND</td>
<td align="center"><b>HỘI NÔNG DÂN VIỆT NAM</b><br><br><i>Yên Khê, ngày 21 tháng 01 năm 2019</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Công tác Hội và phong trào nông dân năm 2019</b></p>
<p>Thực hiện Chương trình công tác số 02-CTr/HNDT ngày 08 tháng 01 năm 2019 của Ban Thường vụ Hội Nông dân tỉnh Thanh Bình về công tác Hội và phong trào nông dân năm 2019;</p>
<p>Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch công tác năm 2019 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>- Nâng cao chất lượng hoạt động của các cấp Hội; phát huy vai trò chủ thể của nông dân trong xây dựng nông thôn mới.</p>
<p>- Các ban, văn phòng Hội và cơ sở Hội cụ thể hóa chỉ tiêu phù hợp với điều kiện của đơn vị.</p>
<p><b>II. CHỈ TIÊU</b></p>
<p>1. Kết nạp mới 1.250 hội viên; 100% chi hội tổ chức sinh hoạt định kỳ theo quy định.</p>
<p>2. Mỗi chi hội có ít nhất 01 mô hình kinh tế tập thể hoặc tổ hội nghề nghiệp.</p>
<p>3. 80% cơ sở Hội được xếp loại vững mạnh, không có cơ sở Hội yếu kém.</p>
<p>4. Có từ 55% trở lên số hộ hội viên đăng ký thi đua sản xuất, kinh doanh giỏi.</p>
<p>5. Quỹ Hỗ trợ nông dân của huyện tăng thêm 350 triệu đồng so với năm 2018; thu hội phí đạt 24.000 đồng/hội viên/năm.</p>
<p><b>III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<table border="1" cellpadding="3">
<tr><th>TT</th><th>Nội dung</th><th>Bộ phận chủ trì</th><th>Bộ phận phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Tuyên truyền, quán triệt Nghị quyết Đại hội Hội Nông dân các cấp</td><td>Ban Tuyên giáo</td><td>Văn phòng Hội</td><td>Quý I</td></tr>
<tr><td>2</td><td>Kết nạp hội viên mới, quản lý hội viên và thu hội phí</td><td>Ban Tổ chức - Kiểm tra</td><td>Các cơ sở Hội</td><td>Cả năm</td></tr>
<tr><td>3</td><td>Mở 06 lớp tập huấn chuyển giao khoa học kỹ thuật cho hội viên</td><td>Ban Kinh tế - Xã hội</td><td>Trạm Khuyến nông huyện</td><td>Quý II, Quý III</td></tr>
<tr><td>4</td><td>Kiểm tra việc chấp hành Điều lệ Hội tại 05 cơ sở Hội</td><td>Ban Tổ chức - Kiểm tra</td><td>Văn phòng Hội</td><td>Quý IV</td></tr>
</table>
<p><b>IV. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch dự kiến 186.500.000 đồng, trong đó: từ quỹ hội 96.500.000 đồng; nguồn vận động các tổ chức, cá nhân 90.000.000 đồng.</p>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Ban Tổ chức - Kiểm tra: hướng dẫn cơ sở Hội kết nạp hội viên, đánh giá, xếp loại cơ sở Hội cuối năm.</p>
<p>2. Ban Tuyên giáo: biên soạn tài liệu sinh hoạt chi hội hằng quý; tổng hợp gương nông dân sản xuất giỏi.</p>
<p>3. Văn phòng Hội: tham mưu quản lý quỹ hội; tổng hợp báo cáo Ban Thường vụ trước ngày 15/12/2019.</p>
<p>4. Các cơ sở Hội: xây dựng kế hoạch năm 2019 của đơn vị, đăng ký chỉ tiêu với Ban Thường vụ Hội Nông dân huyện trước ngày 28/02/2019.</p>
<table width="100%">
<tr><td valign="top"><b><i>Nơi nhận:</i></b><br>- BTV Hội Nông dân tỉnh (b/c);<br>- TT Huyện ủy (b/c);<br>- Các cơ sở Hội;<br>- Lưu: VP.</td>
<td align="center" valign="top"><b>TM. BAN THƯỜNG VỤ<br>CHỦ TỊCH</b><br><br><br><br><b>Đinh Văn Hợp</b></td></tr>
</table>
</div>
<div class="footer">Hội Nông dân huyện Yên Khê - Địa chỉ: số 5 đường Trần Phú</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. A ministry's plan scraped to Markdown: tasks for its own units and the provinces (flattened one cell a line),
#    money from the central budget by year.

MINISTRY_TEXT = """\
| **BỘ THÔNG TIN VÀ TRUYỀN THÔNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| | **Độc lập - Tự do - Hạnh phúc** |
| Số: 1873/KH-BTTTT | *Hà Nội, ngày 18 tháng 6 năm 2014* |

# KẾ HOẠCH

**Triển khai ứng dụng chữ ký số trong các cơ quan nhà nước giai đoạn 2014 - 2016**

Căn cứ Nghị định số 132/2013/NĐ-CP ngày 16 tháng 10 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Thông tin và Truyền thông;

Bộ Thông tin và Truyền thông ban hành Kế hoạch triển khai ứng dụng chữ ký số trong các cơ quan nhà nước giai đoạn 2014 - 2016 như sau:

## I. MỤC TIÊU

**1. Mục tiêu chung**

Đẩy mạnh sử dụng chữ ký số trong gửi, nhận văn bản điện tử giữa các cơ quan nhà nước, góp phần xây dựng Chính phủ điện tử.

**2. Mục tiêu cụ thể**

- Đến hết năm 2016, 100% các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương sử dụng chữ ký số trong gửi, nhận văn bản điện tử.
- Tối thiểu 70% văn bản điện tử gửi, nhận giữa các cơ quan nhà nước được ký số.

## II. NHIỆM VỤ

TT
Nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
1
Xây dựng Thông tư hướng dẫn quy trình ký số văn bản điện tử
Cục Tin học hóa
Vụ Pháp chế; Văn phòng Bộ
Năm 2014
2
Cấp chứng thư số cho cán bộ, công chức của các cơ quan nhà nước
Trung tâm Chứng thực điện tử quốc gia
Cục An toàn thông tin
2014 - 2016
3
Thanh tra, kiểm tra việc cung cấp dịch vụ chứng thực chữ ký số công cộng
Thanh tra Bộ
Trung tâm Chứng thực điện tử quốc gia
Hằng năm
4
Triển khai ký số văn bản trong hệ thống quản lý văn bản và điều hành của địa phương
Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
Sở Thông tin và Truyền thông các tỉnh, thành phố
2015 - 2016
5
Bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Bộ
Vụ Kế hoạch - Tài chính
Văn phòng Bộ
Hằng năm

## III. KINH PHÍ

Kinh phí thực hiện các nhiệm vụ của Bộ từ nguồn ngân sách trung ương, tổng cộng 18.600 triệu đồng, trong đó: năm 2014 là 4.200 triệu đồng; năm 2015 là 6.900 triệu đồng; năm 2016 là 7.500 triệu đồng. Các địa phương bố trí kinh phí thực hiện nhiệm vụ của mình từ ngân sách địa phương.

## IV. TỔ CHỨC THỰC HIỆN

1. Cục Tin học hóa: là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng trước ngày 15 tháng 12 hằng năm.
2. Vụ Kế hoạch - Tài chính: tổng hợp dự toán, bố trí kinh phí thực hiện các nhiệm vụ của Bộ.
3. Văn phòng Bộ: triển khai ký số văn bản đi của Bộ trên hệ thống quản lý văn bản và điều hành.
4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Thông tin và Truyền thông xây dựng kế hoạch ứng dụng chữ ký số của địa phương.

| **Nơi nhận:** - Thủ tướng Chính phủ (b/c); - Các bộ, cơ quan ngang bộ; - UBND các tỉnh, thành phố trực thuộc TW; - Sở TTTT các tỉnh, thành phố; - Lưu: VT, THH. | **KT. BỘ TRƯỞNG THỨ TRƯỞNG** **Phạm Hồng Quân** |
|---|---|
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / REFORM).write_text(REFORM_TEXT, encoding="utf-8")
    (folder / PROGRAMME).write_bytes(programme())
    (folder / FARMERS).write_text(FARMERS_HTML, encoding="utf-8")
    (folder / MINISTRY).write_text(MINISTRY_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
