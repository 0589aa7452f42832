"""Invented documents of hold-out round G26: a chairman's meeting conclusions as a legacy Word file, a district's
decision allocating plan targets to its communes, a province's plan printed to PDF with its task table over a page
break, a state company's production and business plan.

The reading the set's conventions imply: a meeting's conclusions (g6_tinh-baoninh's kind) give their lettered
"Giao X chủ trì, phối hợp với Y ..." items as activities (X leads, Y partners), the results told before them no
objectives and no sums. A decision giving its communes the year's targets adopts Điều 1's numbered targets of the
district as objectives of the year it names; its annex by commune holds no objectives; the revenue to collect ("Thu
ngân sách nhà nước trên địa bàn 14.700 triệu đồng") is counted as the set counts it in a plan of the economy
(h3_hdnd-thachbinh, d2_huyen-dakrinh): a statement, and the annex's revenue column its items; the annex's count of
criteria is no money. A state company's revenue, profit, taxes paid and pay per worker are targets in money, no sums
of the plan; its rooms and branches lead its numbered tasks and are charged under "Tổ chức thực hiện".

The documents:
- a district chairman's meeting conclusions of 2013 as a Word 97 file: the first half's results, then lettered items
  "Giao Phòng X chủ trì, phối hợp với Y ..., hoàn thành trước ngày ...", signed "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG /
  PHÓ CHÁNH VĂN PHÒNG" (.doc);
- a district's Quyết định of 2017 giving its communes the targets of 2018: Điều 1 the district's targets, the annex
  table by commune (percents, a count of criteria, the revenue in triệu đồng), Điều 2's and Điều 3's bodies (.docx);
- a province's plan of 2020 printed to PDF from Word: objectives, a task table of 12 rows (TT | Nhiệm vụ | Cơ quan chủ
  trì | Cơ quan phối hợp | Thời gian) over a page break that splits row 3, one sum from the provincial budget (.pdf);
- a provincial state company's (Công ty TNHH MTV) production and business plan of 2023 on its web page: last year's
  results, targets in money and percents, tasks of its rooms and branches, its rooms charged (.html).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of lead b5c880f):
micro 153/172/168; 160/172/175 on the gold mended to the set's convention for revenue (the decision's "Thu ngân sách
nhà nước trên địa bàn" a statement and the annex's revenue column 6 items, as h3_hdnd-thachbinh and d2_huyen-dakrinh
count them). Read at first: every header, signer (the three authority lines), recipient and basis; the conclusions'
lettered tasks with their leads and partners; the PDF's 12 task rows across the page break (the split cell joined),
its objectives and its one sum; the company's objectives with 94% and 18% and no percent from the money. The misses:
Điều 1's targets "với các chỉ tiêu chủ yếu của toàn huyện như sau:" not adopted (5 objectives, 3 targets); the
annex's "Số tiêu chí NTM tăng thêm" read as money in the annex's unit (5 items); the company's numbered tasks read as
responsibilities ("Các Xí nghiệp thủy lợi" no body, so the items were not all "a unit does"; 4 activities, 2 false
and 1 missed responsibility); "nộp ngân sách nhà nước 1,9 tỷ đồng" a statement; "Công ty" / "Điện lực Lạc" / "Hưng"
in a narrow PDF cell split into two leads; the Word 97 reader's "Lưu: VT." run into the signature's "TL. CHỦ TỊCH"
(formats/doc.py); the first half's "đã huy động 38.600 triệu đồng" read as a sum. Unscored: the PDF's 2nd and 3rd
objectives with no year of their own get none in a one-year plan (G20's left).

The round's rules therefore come from the shapes around these documents, probed with other names and numbers and
kept as table rows (tests/test_g26_holdout.py; every must row fails on b5c880f): an article giving targets that
names whose they are ("các chỉ tiêu chủ yếu của toàn huyện / trên địa bàn tỉnh như sau:") adopts its numbered items,
for the one year it names; a column counting criteria or targets ("Số tiêu chí ... tăng thêm") is no money; a state
company's units by their kind ("Các Xí nghiệp", "các Nhà máy", "Các Chi nhánh") are bodies; what an enterprise pays
into the budget ("nộp ngân sách nhà nước") is no sum (180/184/182); a company's kind cut from its name in a narrow
cell ("Công ty" / "Điện lực X") opens one name with the next line; the signature's first line run into the archive
line ("- Lưu: VT.TL. CHỦ TỊCH", as LibreOffice gives this closing table back from the Word 97 file) ends the list
(also g6_tp-vinhbac's "Lưu: VT.TM. ỦY BAN NHÂN DÂN"); and G25's left: a past year's level before an aim with no
year ("Năm 2022, tỷ lệ ... đạt 41%; phấn đấu đạt trên 60%") is no target (182/183/182); what the months gone of the
year raised or paid out ("Sáu tháng đầu năm 2013, toàn huyện đã huy động N", under a heading naming no money) is the
notice's situation, no sum. After them: 182/182/182. Left: the PDF's objectives with no year of their own in a
one-year plan get none (unscored, G20's left).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g26 OUTDIR`
writes every file; the .doc and the .pdf need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing, decision_front
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

CONCLUSION = "g26_huyen-vancat_84-tb-ubnd_2013_ket-luan-giao-chu-tri-doc.doc"
ALLOCATION = "g26_huyen-ngockhai_2950-qd-ubnd_2018_giao-chi-tieu-xa.docx"
PAYMENTS = "g26_tinh-lachung_118-kh-ubnd_2020_bang-nhiem-vu-qua-trang.pdf"
COMPANY = "g26_cty-thuyloi-taysonninh_36-kh-ctytl_2023_doanh-thu-san-xuat.html"


# ---------------------------------------------------------------------------
# 1. A district chairman's meeting conclusions (Word 97): what was reported, then "Giao X chủ trì, phối hợp với Y
#    ..., hoàn thành trước ngày ..." items.

CONCLUSION_BODY = [
    ("p", "Ngày 12 tháng 7 năm 2013, đồng chí Hoàng Minh Đức, Chủ tịch Ủy ban nhân dân huyện chủ trì cuộc họp nghe báo "
          "cáo tiến độ thực hiện Chương trình xây dựng nông thôn mới 6 tháng đầu năm 2013. Tham dự cuộc họp có đại diện "
          "lãnh đạo các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện và Chủ tịch Ủy ban nhân dân các xã."),
    ("p", "Sau khi nghe Phòng Nông nghiệp và Phát triển nông thôn báo cáo và ý kiến của các đại biểu dự họp, Chủ tịch "
          "Ủy ban nhân dân huyện kết luận như sau:"),
    ("h", "1. Đánh giá chung"),
    ("p", "Sáu tháng đầu năm 2013, toàn huyện đã huy động 38.600 triệu đồng cho xây dựng nông thôn mới; bê tông hóa "
          "24,5 km đường giao thông nông thôn; bình quân mỗi xã đạt 9,2 tiêu chí, tăng 1,4 tiêu chí so với cuối năm "
          "2012; tỷ lệ hộ dùng nước hợp vệ sinh đạt 81%. Tuy nhiên, tiến độ giải ngân vốn còn chậm, xã Cát Lâm và xã "
          "Vân Trung chưa hoàn thành quy hoạch chi tiết khu trung tâm xã."),
    ("h", "2. Nhiệm vụ trọng tâm 6 tháng cuối năm 2013"),
    ("p", "a) Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Phòng Tài chính - Kế hoạch và Ủy "
          "ban nhân dân các xã rà soát, đánh giá lại mức độ đạt từng tiêu chí của từng xã; hoàn thành trước ngày "
          "15/8/2013."),
    ("p", "b) Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Kho bạc Nhà nước huyện đôn đốc giải ngân vốn "
          "hỗ trợ xây dựng nông thôn mới năm 2013; báo cáo Chủ tịch Ủy ban nhân dân huyện trước ngày 30 tháng 9 năm "
          "2013."),
    ("p", "c) Giao Phòng Công Thương chủ trì, phối hợp với Ủy ban nhân dân xã Cát Lâm, xã Vân Trung hoàn thành quy "
          "hoạch chi tiết khu trung tâm xã trước ngày 31/10/2013."),
    ("p", "d) Giao Phòng Tài nguyên và Môi trường hướng dẫn các xã thu gom, xử lý rác thải sinh hoạt tại khu dân cư "
          "tập trung."),
    ("p", "đ) Ủy ban nhân dân các xã chủ động huy động nguồn lực xã hội hóa, vận động Nhân dân hiến đất làm đường "
          "giao thông nông thôn."),
    ("p", "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."),
]


def conclusion() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN VÂN CÁT", "-------", "Số: 84/TB-UBND"],
            [*MOTTO, "Vân Cát, ngày 16 tháng 7 năm 2013"], bold=(2, 2))
    _paragraph(doc, "THÔNG BÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp nghe báo cáo tiến độ xây dựng nông thôn "
               "mới 6 tháng đầu năm 2013", bold=True, center=True)
    _body(doc, CONCLUSION_BODY)
    closing(doc, ["- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;", "- Các phòng: NN&PTNT, TC-KH, "
                  "CT, TN&MT;", "- KBNN huyện;", "- UBND các xã;", "- Lưu: VT."],
            ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "", "Lò Thị Hạnh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district's decision giving its communes the plan's targets: Điều 1 the district's targets, the annex table by
#    commune (a money column of revenue), Điều 3's executors.

ALLOCATION_TARGETS = [
    ["TT", "Xã, thị trấn", "Giảm tỷ lệ hộ nghèo (%)", "Tỷ lệ dân số tham gia BHYT (%)", "Số tiêu chí NTM tăng thêm",
     "Thu ngân sách nhà nước (triệu đồng)"],
    ["1", "Thị trấn Ngọc Khải", "0,8", "95", "-", "9.400"],
    ["2", "Xã Khải Thành", "2,5", "88", "2", "1.850"],
    ["3", "Xã Phú Ngọc", "3,0", "86", "3", "1.120"],
    ["4", "Xã Tân Khải", "2,2", "89", "2", "1.460"],
    ["5", "Xã Ngọc Hà", "3,5", "84", "3", "870"],
    ["", "Toàn huyện", "2,4", "90", "10", "14.700"],
]


def allocation() -> bytes:
    doc = _new()
    decision_front(
        doc, ["ỦY BAN NHÂN DÂN", "HUYỆN NGỌC KHẢI", "-------", "Số: 2950/QĐ-UBND"],
        [*MOTTO, "Ngọc Khải, ngày 21 tháng 12 năm 2017"],
        "Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2018 cho các xã, thị trấn",
        "ỦY BAN NHÂN DÂN HUYỆN NGỌC KHẢI",
        ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Căn cứ Quyết định số 3314/QĐ-UBND ngày 11 tháng 12 năm 2017 của Ủy ban nhân dân tỉnh Định Khê về việc giao "
         "chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2018;",
         "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 19 tháng 12 năm 2017 của Hội đồng nhân dân huyện về kế hoạch phát triển "
         "kinh tế - xã hội năm 2018;",
         "Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện."],
        ["Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2018 cho Ủy ban nhân dân các xã, thị trấn "
         "(chi tiết theo Phụ lục kèm theo), với các chỉ tiêu chủ yếu của toàn huyện như sau:",
         "1. Tốc độ tăng giá trị sản xuất bình quân đạt 9,5%.",
         "2. Giảm tỷ lệ hộ nghèo 2,4% (theo chuẩn nghèo đa chiều).",
         "3. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 90%.",
         "4. Có thêm 10 tiêu chí nông thôn mới đạt chuẩn; 01 xã đạt chuẩn nông thôn mới.",
         "5. Thu ngân sách nhà nước trên địa bàn 14.700 triệu đồng.",
         "Điều 2. Căn cứ chỉ tiêu được giao, Chủ tịch Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch, trình Hội "
         "đồng nhân dân cùng cấp quyết định, tổ chức thực hiện; định kỳ báo cáo kết quả về Ủy ban nhân dân huyện "
         "(qua Phòng Tài chính - Kế hoạch) trước ngày 20 hằng tháng.",
         "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch, Chi cục trưởng Chi cục Thuế "
         "huyện, Thủ trưởng các phòng, ban liên quan và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi "
         "hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (b/c);", "- Sở Kế hoạch và Đầu tư;", "- TT Huyện ủy, TT HĐND "
         "huyện;", "- Lưu: VT, TCKH."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "", "Bùi Quang Tiến"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "CHỈ TIÊU KẾ HOẠCH NĂM 2018 GIAO CHO CÁC XÃ, THỊ TRẤN", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Quyết định số 2950/QĐ-UBND ngày 21/12/2017 của UBND huyện Ngọc Khải)", italic=True,
               center=True)
    _table(doc, ALLOCATION_TARGETS)
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province's plan printed to PDF from Word: a task table long enough to run over a page break.

PAYMENTS_HEAD = [
    ("p", "Thực hiện Quyết định số 1813/QĐ-TTg ngày 28 tháng 10 năm 2019 của Thủ tướng Chính phủ phê duyệt Đề án phát "
          "triển thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2019 - 2020; Ủy ban nhân dân tỉnh ban hành Kế "
          "hoạch thực hiện trên địa bàn tỉnh năm 2020 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Đến cuối năm 2020, 100% trường học, bệnh viện trên địa bàn thành phố, thị xã chấp nhận thanh toán học phí, "
          "viện phí qua ngân hàng."),
    ("p", "- Tỷ lệ người từ 15 tuổi trở lên có tài khoản tại ngân hàng đạt trên 65%."),
    ("p", "- Tỷ lệ chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản tại khu vực đô thị đạt 55%."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
]
PAYMENTS_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Tuyên truyền lợi ích của thanh toán không dùng tiền mặt trên các phương tiện thông tin đại chúng",
     "Sở Thông tin và Truyền thông", "Ngân hàng Nhà nước chi nhánh tỉnh; Đài Phát thanh và Truyền hình tỉnh",
     "Cả năm 2020"],
    ["2", "Triển khai thu học phí qua ngân hàng tại các trường học trên địa bàn thành phố, thị xã",
     "Sở Giáo dục và Đào tạo", "Ngân hàng Nhà nước chi nhánh tỉnh", "Quý II/2020"],
    ["3", "Triển khai thu viện phí qua ngân hàng tại các bệnh viện tuyến tỉnh", "Sở Y tế",
     "Ngân hàng Nhà nước chi nhánh tỉnh; Bảo hiểm xã hội tỉnh", "Quý II/2020"],
    ["4", "Chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân", "Bảo hiểm xã hội tỉnh",
     "Bưu điện tỉnh", "Cả năm 2020"],
    ["5", "Chi trả trợ cấp ưu đãi người có công qua tài khoản cá nhân",
     "Sở Lao động - Thương binh và Xã hội", "Bưu điện tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố",
     "Quý III/2020"],
    ["6", "Thu thuế, phí, lệ phí qua ngân hàng và dịch vụ nộp thuế điện tử", "Cục Thuế tỉnh",
     "Kho bạc Nhà nước tỉnh", "Cả năm 2020"],
    ["7", "Thanh toán tiền điện, nước sinh hoạt qua ngân hàng", "Công ty Điện lực Lạc Hưng",
     "Công ty Cổ phần Cấp nước Lạc Hưng", "Cả năm 2020"],
    ["8", "Phát triển mạng lưới máy rút tiền tự động (ATM) và điểm chấp nhận thẻ (POS) tại các huyện",
     "Ngân hàng Nhà nước chi nhánh tỉnh", "Các tổ chức tín dụng trên địa bàn", "Cả năm 2020"],
    ["9", "Tích hợp thanh toán trực tuyến trên Cổng dịch vụ công của tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
     "Sở Thông tin và Truyền thông", "Quý IV/2020"],
    ["10", "Kiểm tra, giám sát an ninh, an toàn hoạt động thanh toán", "Công an tỉnh",
     "Ngân hàng Nhà nước chi nhánh tỉnh", "Cả năm 2020"],
    ["11", "Vận động tiểu thương tại các chợ, trung tâm thương mại chấp nhận thanh toán bằng mã QR", "Sở Công Thương",
     "Ủy ban nhân dân các huyện, thị xã, thành phố", "Quý III - Quý IV/2020"],
    ["12", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Ngân hàng Nhà nước chi nhánh tỉnh",
     "Các sở, ngành liên quan", "Tháng 12/2020"],
]
PAYMENTS_TAIL = [
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 1.260 triệu đồng từ ngân sách tỉnh, bố trí trong dự toán năm 2020 của "
          "các cơ quan, đơn vị chủ trì."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ngân hàng Nhà nước chi nhánh tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
          "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2020."),
    ("p", "2. Sở Tài chính thẩm định, bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "3. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ nhiệm vụ được giao tổ chức "
          "thực hiện; báo cáo kết quả về Ngân hàng Nhà nước chi nhánh tỉnh./."),
]


def payments_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH LẠC HƯNG", "-------", "Số: 118/KH-UBND"],
            [*MOTTO, "Lạc Hưng, ngày 05 tháng 3 năm 2020"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển thanh toán không dùng tiền mặt trên địa bàn tỉnh Lạc Hưng năm 2020", bold=True,
               center=True)
    _body(doc, PAYMENTS_HEAD)
    _widths(_table(doc, PAYMENTS_TASKS), [1.0, 5.4, 3.4, 3.4, 2.8])
    _body(doc, PAYMENTS_TAIL)
    closing(doc, ["- Ngân hàng Nhà nước Việt Nam (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND "
                  "tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Hữu Nghĩa"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A provincial state company's production and business plan on its web page: revenue, profit and taxes in money
#    (no budget of the plan), percents of service, tasks of its rooms and branches.

COMPANY_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch sản xuất kinh doanh năm 2023</title></head>
<body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></div>
<table class="header">
<tr><td><b>UBND TỈNH HÒA SƠN ĐÔNG</b><br><b>CÔNG TY TNHH MTV THỦY LỢI TÂY NINH SƠN</b><br>-------</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td>Số: 36/KH-CTYTL</td><td><i>Hòa Sơn Đông, ngày 09 tháng 01 năm 2023</i></td></tr>
</table>
<h2 style="text-align:center">KẾ HOẠCH</h2>
<p style="text-align:center"><b>Sản xuất kinh doanh năm 2023</b></p>
<p>Căn cứ Quyết định số 2871/QĐ-UBND ngày 26 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Hòa Sơn Đông về việc giao kế hoạch sản xuất kinh doanh và đặt hàng cung cấp sản phẩm, dịch vụ công ích thủy lợi năm 2023;</p>
<p>Căn cứ kết quả thực hiện nhiệm vụ năm 2022, Công ty TNHH MTV Thủy lợi Tây Ninh Sơn xây dựng Kế hoạch sản xuất kinh doanh năm 2023 như sau:</p>
<h3>I. KẾT QUẢ NĂM 2022</h3>
<p>Năm 2022, Công ty đã phục vụ tưới cho 31.450 ha lúa, màu; tổng doanh thu đạt 104,2 tỷ đồng; lợi nhuận trước thuế 3,6 tỷ đồng; tỷ lệ tổn thất nước trên kênh chính còn 21%.</p>
<h3>II. MỤC TIÊU, CHỈ TIÊU NĂM 2023</h3>
<p><b>1. Mục tiêu chung</b></p>
<p>Cung cấp đủ nước phục vụ sản xuất nông nghiệp, dân sinh; quản lý, vận hành an toàn hệ thống công trình thủy lợi; sản xuất kinh doanh có lãi, bảo toàn và phát triển vốn nhà nước.</p>
<p><b>2. Chỉ tiêu cụ thể</b></p>
<p>- Diện tích tưới, tiêu theo đặt hàng: 32.800 ha; tỷ lệ diện tích được tưới chủ động đạt 94%.</p>
<p>- Tổng doanh thu đạt 112,5 tỷ đồng, trong đó doanh thu từ sản phẩm, dịch vụ công ích thủy lợi 97,8 tỷ đồng.</p>
<p>- Lợi nhuận trước thuế đạt 4,1 tỷ đồng; nộp ngân sách nhà nước 1,9 tỷ đồng.</p>
<p>- Giảm tỷ lệ tổn thất nước trên kênh chính xuống dưới 18%.</p>
<p>- Thu nhập bình quân của người lao động đạt 11,5 triệu đồng/người/tháng.</p>
<h3>III. NHIỆM VỤ, GIẢI PHÁP</h3>
<p>1. Phòng Kỹ thuật chủ trì, phối hợp với các Xí nghiệp thủy lợi lập kế hoạch duy tu, bảo dưỡng công trình; hoàn thành trước ngày 28/02/2023.</p>
<p>2. Phòng Quản lý nước chủ trì, phối hợp với Ủy ban nhân dân các xã và các tổ chức thủy lợi cơ sở ký hợp đồng dùng nước, lập lịch tưới vụ Đông Xuân, vụ Hè Thu.</p>
<p>3. Phòng Kế hoạch - Tài chính xây dựng đơn giá, định mức kinh tế - kỹ thuật; quản lý chặt chẽ chi phí, bảo đảm hoàn thành chỉ tiêu doanh thu, lợi nhuận.</p>
<p>4. Các Xí nghiệp thủy lợi vận hành công trình đúng quy trình; nạo vét 46 km kênh mương; kiên cố hóa 5,2 km kênh loại III.</p>
<p>Nguồn vốn thực hiện các nhiệm vụ từ nguồn thu sản phẩm, dịch vụ công ích thủy lợi và quỹ đầu tư phát triển của Công ty.</p>
<h3>IV. TỔ CHỨC THỰC HIỆN</h3>
<p>1. Phòng Tổ chức - Hành chính: phổ biến Kế hoạch đến toàn thể người lao động; theo dõi thi đua, khen thưởng.</p>
<p>2. Phòng Kế hoạch - Tài chính: theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Giám đốc hằng quý.</p>
<p>3. Giám đốc các Xí nghiệp thủy lợi: xây dựng kế hoạch chi tiết của đơn vị, tổ chức thực hiện./.</p>
<table class="sign">
<tr><td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Sở Nông nghiệp và Phát triển nông thôn;<br>- Sở Tài chính;<br>- Chủ tịch, Kiểm soát viên Công ty;<br>- Các phòng, xí nghiệp;<br>- Lưu: VT, KH-TC.</td>
<td style="text-align:center"><b>GIÁM ĐỐC</b><br><br><br><br><b>Phan Thanh Lộc</b></td></tr>
</table>
<div class="footer">Công ty TNHH MTV Thủy lợi Tây Ninh Sơn - Điện thoại: 0260 3861 245</div>
</body>
</html>
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CONCLUSION).write_bytes(_converted(conclusion(), CONCLUSION, "doc"))
    (folder / ALLOCATION).write_bytes(allocation())
    (folder / PAYMENTS).write_bytes(_pdf(payments_plan(), PAYMENTS))
    (folder / COMPANY).write_text(COMPANY_HTML, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
