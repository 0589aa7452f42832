"""Invented documents of hold-out round G52, aimed at FIELD shapes the invented set did not hold yet.

The documents:
- g52_tinh-phuvan: a province's five-year programme (Chương trình, giai đoạn 2026 - 2030) in Word whose targets come
  per milestone year in one sentence ("đến năm 2027 đạt 12%, đến năm 2030 đạt 20%") and as caps, floors, ranges and
  decreases ("không quá 3%", "dưới 1,5%", "giảm ít nhất 10% so với năm 2025", "tăng bình quân 18 - 20%/năm"), tasks
  closing on "Cơ quan chủ trì: ...; cơ quan phối hợp: ...", its province money by year in prose ("năm 2026: 24.500
  triệu đồng; năm 2027: ...") and again in a table with one column a year and a "Tổng" column (.docx);
- g52_hdnd-vinhtra: a People's Council standing committee's supervision plan (Thường trực Hội đồng nhân dân tỉnh) on
  its portal page: only "Mục đích, yêu cầu", the content to supervise as dash lines, the supervision team by name and
  post (Trưởng đoàn, Phó Trưởng đoàn, thành viên: persons, no responsibilities), a schedule table "TT | Đơn vị được
  giám sát | Thời gian | Nội dung" (a timetable: the units supervised neither leads nor partners, no task), the
  money from the council's running costs, the assignments office by office (.html);
- g52_bct-thitruong: a ministry's one-year plan as a Markdown scrape whose tasks are a responsibility matrix: rows
  the tasks, columns its own units (Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ) and the provinces' departments, cells "CT"
  (chủ trì) or "PH" (phối hợp), a last column the deadline; "Đề nghị các Bộ, cơ quan ngang Bộ" and "Ủy ban nhân dân
  các tỉnh, thành phố trực thuộc Trung ương" in its last part (.md);
- g52_xa-myluong: a commune's plan after the 2025 reorganisation (no district: the province directly above it) as a
  crawler saves its page: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã
  hội", "Trung tâm Phục vụ hành chính công xã", the commune's Party committee and Fatherland Front, "các thôn, ấp" as
  agents; tasks with bullets under a numbered heading closing on "Đơn vị chủ trì: ... Đơn vị phối hợp: ..." (.txt).

The reading the set's conventions imply: milestones in one sentence give each its percent and the item the last
year (the first accepted); a cap, a floor and a decrease are percents ("giảm ít nhất 10% so với năm 2025": 2025 the
baseline), a range two; the province's money by year in prose a statement a year, and the annex table an item per
cell (the "Tổng" column all years); the supervision plan's team (persons by name and post) and its schedule table
(the units supervised, their dates) neither responsibilities nor tasks; a matrix row an activity whose lead is the
column marked "CT" and whose partners those marked "PH"; "các thôn, ấp" a partner and a responsible body.

First pass (golds written by hand before the first extraction, commit 2eb7da40; the 4 documents scored alone, code of
dc9ff100): micro 235/237/236 (0.994). Whole: the programme (11 percents, 8 statements, 30 items), the ministry's
matrix (six rows, leads and partners from the CT / PH columns), the commune's plan. The miss: the supervision plan's
"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" cut at its "và" into two bodies (normalizers.agencies,
tests/test_g52_deputies_office.py). After: 236/236/236 (tests/test_g52_holdout.py). Probing the round's shapes in
other words: "ngân sách tỉnh năm 2027 bố trí N, năm 2028 bố trí M" read M of no source (the verb that places a year's
money: tests/test_g52_year_placed.py); a matrix column headed by a short name ("CA tỉnh", "BHXH tỉnh") lost
(tests/test_g52_matrix_short_header.py); "Trưởng thôn, ấp:", "phối hợp với Trưởng bản" no body without "các"
(tests/test_g52_hamlet_heads.py); milestones each after "đến năm", each with its year after it or listed "lần lượt"
aimed at the first year, not the last (tests/test_g52_milestone_years.py); "các Cục, Vụ liên quan" cut in two
(tests/test_g52_related_units.py); "Đảng ủy, Ủy ban MTTQ Việt Nam xã" a bare "Đảng ủy"
(tests/test_g52_party_committee_level.py); "Kinh phí ngân sách tỉnh bố trí thực hiện Chương trình:" over "+ Năm 2026:
N" giving the years no source (tests/test_g52_source_lead_line.py). Left: "1.250 triệu đồng trong năm 2026 và 1.400
triệu đồng trong năm 2027" (each year after its amount) reads the first with no year and the second with a scope of
the first's year words; "4. Mời Ủy ban MTTQ Việt Nam tỉnh: Cử đại diện ..." no responsibility.

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g52
[OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province's five-year programme with milestone targets and money by year, Word.

PROGRAMME_DOC = "g52_tinh-phuvan_18-ctr-ubnd_2026_kinh-te-so-moc-nam-cot-nam.docx"

PROGRAMME_BODY = [
    ("i", "Căn cứ Nghị quyết số 08-NQ/TU ngày 15 tháng 9 năm 2025 của Ban Chấp hành Đảng bộ tỉnh Phù Vân về phát triển "
          "kinh tế số, xã hội số tỉnh Phù Vân đến năm 2030;"),
    ("i", "Căn cứ Nghị quyết số 24/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Phù Vân quy định "
          "một số chính sách hỗ trợ phát triển kinh tế số trên địa bàn tỉnh;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Chương trình phát triển kinh tế số và xã hội số tỉnh Phù Vân giai đoạn 2026 - "
          "2030 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Phát triển kinh tế số nhanh, bền vững, trở thành động lực tăng trưởng quan trọng của tỉnh; hình thành xã hội "
          "số an toàn, nhân văn, mọi người dân được tiếp cận và thụ hưởng các dịch vụ số thiết yếu."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "a) Tỷ trọng kinh tế số trong GRDP của tỉnh đến năm 2027 đạt 12%, đến năm 2030 đạt 20%."),
    ("p", "b) Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình đến năm 2027 đạt 60%, đến năm "
          "2030 đạt 85%."),
    ("p", "c) Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn không quá 3% tổng số hồ sơ tiếp nhận hằng năm."),
    ("p", "d) Tỷ lệ doanh nghiệp nhỏ và vừa gặp sự cố mất an toàn thông tin nghiêm trọng dưới 1,5%."),
    ("p", "đ) Chi phí logistics của các doanh nghiệp kinh doanh trên nền tảng thương mại điện tử giảm ít nhất 10% so "
          "với năm 2025."),
    ("p", "e) Doanh thu thương mại điện tử bán lẻ trên địa bàn tỉnh tăng bình quân 18 - 20%/năm."),
    ("p", "g) Đến năm 2030, 100% xã, phường có sóng 5G tại trung tâm hành chính; ít nhất 80% hộ gia đình có kết nối "
          "cáp quang băng rộng."),
    ("p", "h) Phổ cập kỹ năng số cơ bản cho ít nhất 25.000 lượt người dân, ưu tiên người dân vùng đồng bào dân tộc "
          "thiểu số."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Phát triển hạ tầng số"),
    ("p", "- Phủ sóng 5G tại trung tâm hành chính các xã, phường, khu công nghiệp, khu du lịch trọng điểm."),
    ("p", "- Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ."),
    ("p", "- Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: các doanh nghiệp viễn thông trên địa bàn "
          "tỉnh."),
    ("h", "2. Phát triển thương mại điện tử"),
    ("p", "- Hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh đưa sản phẩm lên các sàn thương mại điện tử."),
    ("p", "- Xây dựng gian hàng sản phẩm OCOP của tỉnh trên các nền tảng số."),
    ("p", "- Cơ quan chủ trì: Sở Công Thương; cơ quan phối hợp: Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi "
          "trường."),
    ("h", "3. Chuyển đổi số trong cung cấp dịch vụ công"),
    ("p", "- Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình; số hóa hồ sơ, kết quả giải quyết thủ "
          "tục hành chính."),
    ("p", "- Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh; cơ quan phối hợp: Trung tâm Phục vụ hành chính công "
          "tỉnh, Ủy ban nhân dân các xã, phường."),
    ("h", "4. Phổ cập kỹ năng số cho người dân"),
    ("p", "- Duy trì, phát triển các Tổ công nghệ số cộng đồng; tổ chức các lớp hướng dẫn kỹ năng số tại thôn, bản, tổ "
          "dân phố."),
    ("p", "- Cơ quan chủ trì: Sở Giáo dục và Đào tạo; cơ quan phối hợp: Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Tổng kinh phí thực hiện Chương trình giai đoạn 2026 - 2030 dự kiến là 186.400 triệu đồng, trong đó: ngân "
          "sách tỉnh 142.600 triệu đồng; nguồn xã hội hóa, vốn của doanh nghiệp 43.800 triệu đồng."),
    ("p", "2. Kinh phí ngân sách tỉnh dự kiến bố trí theo năm: năm 2026: 24.500 triệu đồng; năm 2027: 27.300 triệu "
          "đồng; năm 2028: 29.800 triệu đồng; năm 2029: 30.200 triệu đồng; năm 2030: 30.800 triệu đồng (chi tiết tại "
          "Phụ lục kèm theo)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Chương trình; "
          "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Chương trình theo khả năng cân đối ngân sách hằng năm."),
    ("p", "3. Sở Công Thương: Chủ trì triển khai các nhiệm vụ phát triển thương mại điện tử; theo dõi doanh thu thương "
          "mại điện tử bán lẻ trên địa bàn tỉnh."),
    ("p", "4. Ủy ban nhân dân các xã, phường: Xây dựng kế hoạch hằng năm; kiện toàn, duy trì hoạt động của Tổ công nghệ "
          "số cộng đồng."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động Nhân dân tham gia học tập kỹ năng số, sử dụng "
          "dịch vụ công trực tuyến./."),
]

PROGRAMME_ROWS = [
    ["TT", "Nội dung", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "Tổng"],
    ["1", "Phát triển hạ tầng số", "9.000", "10.200", "11.000", "11.200", "11.500", "52.900"],
    ["2", "Phát triển thương mại điện tử", "6.000", "6.500", "7.200", "7.300", "7.400", "34.400"],
    ["3", "Chuyển đổi số trong cung cấp dịch vụ công", "6.500", "7.400", "8.100", "8.200", "8.300", "38.500"],
    ["4", "Phổ cập kỹ năng số cho người dân", "3.000", "3.200", "3.500", "3.500", "3.600", "16.800"],
    ["", "Tổng cộng", "24.500", "27.300", "29.800", "30.200", "30.800", "142.600"],
]


def programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH PHÙ VÂN", "-------", "Số: 18/CTr-UBND"],
            [*MOTTO, "Phù Vân, ngày 20 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế số và xã hội số tỉnh Phù Vân giai đoạn 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, PROGRAMME_BODY)
    closing(doc, ["- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Minh Khoa"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ KIẾN KINH PHÍ NGÂN SÁCH TỈNH THỰC HIỆN CHƯƠNG TRÌNH THEO NĂM", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình số 18/CTr-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Phù Vân)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    _table(doc, PROGRAMME_ROWS)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A People's Council standing committee's supervision plan on its portal page.

SUPERVISION_HTML = "g52_hdnd-vinhtra_42-kh-hdnd_2026_giam-sat-doan-lich-portal.html"

SUPERVISION_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch giám sát việc thực hiện chính sách, pháp luật về bảo hiểm y tế - HĐND tỉnh Vĩnh Trà</title>
</head>
<body>
<header class="site-header">
<div class="logo">Cổng thông tin điện tử Hội đồng nhân dân tỉnh Vĩnh Trà</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/hoat-dong-giam-sat">Hoạt động giám sát</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav>
</header>
<main>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/hoat-dong-giam-sat">Hoạt động giám sát</a></div>
<article class="post">
<h1 class="post-title">Kế hoạch giám sát việc thực hiện chính sách, pháp luật về bảo hiểm y tế trên địa bàn tỉnh</h1>
<div class="post-meta">Ngày đăng: 09/04/2026 | Người đăng: Văn phòng</div>
<div class="post-content">
<table class="header-table" style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>HỘI ĐỒNG NHÂN DÂN<br>TỈNH VĨNH TRÀ<br>THƯỜNG TRỰC</b><br>-------<br>Số: 42/KH-HĐND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Vĩnh Trà, ngày 08 tháng 4 năm 2026</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Giám sát việc thực hiện chính sách, pháp luật về bảo hiểm y tế trên địa bàn tỉnh giai đoạn 2023 - 2025</b></p>
<p><i>Căn cứ Nghị quyết số 36/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Vĩnh Trà về Chương trình giám sát năm 2026 của Hội đồng nhân dân tỉnh;</i></p>
<p><i>Căn cứ Nghị quyết số 05/NQ-TTHĐND ngày 20 tháng 3 năm 2026 của Thường trực Hội đồng nhân dân tỉnh về việc thành lập Đoàn giám sát việc thực hiện chính sách, pháp luật về bảo hiểm y tế trên địa bàn tỉnh giai đoạn 2023 - 2025;</i></p>
<p>Thường trực Hội đồng nhân dân tỉnh xây dựng Kế hoạch giám sát như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>- Đánh giá đúng thực trạng việc thực hiện chính sách, pháp luật về bảo hiểm y tế trên địa bàn tỉnh giai đoạn 2023 - 2025; chỉ ra những kết quả, hạn chế, nguyên nhân và đề xuất giải pháp.</p>
<p>- Hoạt động giám sát bảo đảm khách quan, đúng quy định, không làm ảnh hưởng đến hoạt động bình thường của cơ quan, đơn vị chịu sự giám sát.</p>
<p><b>II. NỘI DUNG GIÁM SÁT</b></p>
<p>- Việc ban hành văn bản chỉ đạo, hướng dẫn thực hiện chính sách, pháp luật về bảo hiểm y tế.</p>
<p>- Kết quả phát triển người tham gia bảo hiểm y tế; tỷ lệ bao phủ bảo hiểm y tế năm 2025 đạt 93,6% dân số.</p>
<p>- Việc tổ chức khám bệnh, chữa bệnh bảo hiểm y tế; thanh toán, quyết toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế.</p>
<p><b>III. ĐỐI TƯỢNG, HÌNH THỨC GIÁM SÁT</b></p>
<p>1. Giám sát qua báo cáo: Ủy ban nhân dân tỉnh; Ủy ban nhân dân các xã, phường.</p>
<p>2. Giám sát trực tiếp: Sở Y tế, Bảo hiểm xã hội tỉnh, Bệnh viện Đa khoa tỉnh và 04 xã, phường.</p>
<p><b>IV. THÀNH PHẦN ĐOÀN GIÁM SÁT</b></p>
<p>1. Trưởng đoàn: Ông Trịnh Văn Hậu, Phó Chủ tịch Hội đồng nhân dân tỉnh.</p>
<p>2. Phó Trưởng đoàn: Bà Lý Thị Thanh Nhàn, Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh.</p>
<p>3. Thành viên:</p>
<p>- Ông Cao Đức Thịnh, Phó Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh;</p>
<p>- Bà Âu Thị Mỹ Duyên, Ủy viên Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh;</p>
<p>- Ông La Quốc Bình, Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh.</p>
<p>4. Mời tham gia Đoàn: đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.</p>
<p>5. Thư ký Đoàn: chuyên viên Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh.</p>
<p><b>V. THỜI GIAN, LỊCH GIÁM SÁT</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>TT</th><th>Đơn vị được giám sát</th><th>Thời gian</th><th>Nội dung</th></tr>
<tr><td>1</td><td>Sở Y tế</td><td>Sáng ngày 12/5/2026</td><td>Làm việc trực tiếp với lãnh đạo Sở</td></tr>
<tr><td>2</td><td>Bảo hiểm xã hội tỉnh</td><td>Chiều ngày 12/5/2026</td><td>Làm việc trực tiếp, kiểm tra hồ sơ thanh toán</td></tr>
<tr><td>3</td><td>Bệnh viện Đa khoa tỉnh</td><td>Sáng ngày 14/5/2026</td><td>Làm việc trực tiếp, khảo sát thực tế</td></tr>
<tr><td>4</td><td>Ủy ban nhân dân phường Tân Hòa và xã Bình Lộc Tây</td><td>Ngày 19/5/2026</td><td>Làm việc trực tiếp, khảo sát trạm y tế</td></tr>
<tr><td>5</td><td>Ủy ban nhân dân xã Thới An và xã Long Điền Hạ</td><td>Ngày 21/5/2026</td><td>Làm việc trực tiếp, khảo sát trạm y tế</td></tr>
</table>
<p>Các cơ quan, đơn vị chịu sự giám sát gửi báo cáo về Thường trực Hội đồng nhân dân tỉnh (qua Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh) trước ngày 30/4/2026.</p>
<p><b>VI. KINH PHÍ</b></p>
<p>Kinh phí phục vụ hoạt động giám sát được bảo đảm từ nguồn kinh phí hoạt động của Hội đồng nhân dân tỉnh năm 2026, dự kiến 65 triệu đồng.</p>
<p><b>VII. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh: Chủ trì xây dựng đề cương báo cáo; giúp Đoàn giám sát xây dựng báo cáo kết quả giám sát trình Thường trực Hội đồng nhân dân tỉnh.</p>
<p>2. Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh: Bảo đảm điều kiện, phương tiện, kinh phí phục vụ Đoàn giám sát.</p>
<p>3. Đề nghị Ủy ban nhân dân tỉnh: Chỉ đạo Sở Y tế, Bảo hiểm xã hội tỉnh và Ủy ban nhân dân các xã, phường xây dựng báo cáo theo đề cương; bố trí thành phần làm việc với Đoàn giám sát.</p>
<p>4. Các cơ quan, đơn vị chịu sự giám sát: Chuẩn bị báo cáo, hồ sơ, tài liệu; cung cấp thông tin theo yêu cầu của Đoàn giám sát./.</p>
<table class="closing-table" style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Thường trực Tỉnh ủy (b/c);<br>- UBND tỉnh;<br>- Thành viên Đoàn giám sát;<br>- Sở Y tế, BHXH tỉnh;<br>- Các cơ quan, đơn vị chịu sự giám sát;<br>- Lưu: VT, VHXH.</td>
<td style="text-align:center;vertical-align:top"><b>TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN<br>PHÓ CHỦ TỊCH</b><br><br><br><i>(Đã ký)</i><br><br><b>Trịnh Văn Hậu</b></td>
</tr>
</table>
</div>
<div class="attachments">Tệp đính kèm: <a href="/uploads/2026/04/42-kh-hdnd.pdf">42-KH-HĐND.pdf</a></div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin/1">Thường trực HĐND tỉnh giám sát công tác giảm nghèo bền vững (02/4/2026)</a></li>
<li><a href="/tin/2">Ban Văn hóa - Xã hội HĐND tỉnh khảo sát trạm y tế xã (25/3/2026)</a></li>
</ul></aside>
</main>
<footer>Cơ quan chủ quản: Hội đồng nhân dân tỉnh Vĩnh Trà. Địa chỉ: số 12 đường Hùng Vương, phường Tân Hòa.</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 3. A ministry's plan whose tasks are a CT/PH matrix, as a Markdown scrape.

MATRIX_MD = "g52_bct-thitruong_2315-kh-bct_2026_ma-tran-ct-ph-md.md"

MATRIX_TEXT = """[Trang chủ](/) / [Văn bản](/van-ban) / Kế hoạch

# Kế hoạch phát triển thị trường trong nước và kích cầu tiêu dùng năm 2026

*Ngày ban hành: 16/6/2026 | Cơ quan ban hành: Bộ Công Thương*

| **BỘ CÔNG THƯƠNG**<br>\\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>\\--------------- |
|---|---|
| Số: 2315/KH-BCT | *Hà Nội, ngày 16 tháng 6 năm 2026* |

**KẾ HOẠCH**

**Phát triển thị trường trong nước và kích cầu tiêu dùng năm 2026**

*Căn cứ Nghị định số 128/2025/NĐ-CP ngày 30 tháng 5 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;*

*Thực hiện Nghị quyết số 31/NQ-CP ngày 12 tháng 02 năm 2026 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thúc đẩy tiêu dùng trong nước năm 2026;*

Bộ Công Thương ban hành Kế hoạch phát triển thị trường trong nước và kích cầu tiêu dùng năm 2026 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Khai thác hiệu quả thị trường trong nước, kích cầu tiêu dùng, góp phần thực hiện mục tiêu tăng trưởng kinh tế năm 2026.

**2. Mục tiêu cụ thể**

\\- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2026 tăng khoảng 11 - 12% so với năm 2025.

\\- Tỷ trọng hàng Việt Nam tại các kênh phân phối hiện đại đạt trên 90%.

\\- Tổ chức ít nhất 40 phiên chợ hàng Việt về nông thôn, miền núi, hải đảo.

**II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**

Các nhiệm vụ cụ thể và phân công thực hiện như bảng dưới đây (CT: chủ trì; PH: phối hợp):

| TT | Nhiệm vụ | Vụ Thị trường trong nước | Cục Xúc tiến thương mại | Cục Thương mại điện tử và Kinh tế số | Vụ Pháp chế | Văn phòng Bộ | Thanh tra Bộ | Sở Công Thương các tỉnh, thành phố | Thời gian hoàn thành |
|---|---|---|---|---|---|---|---|---|---|
| 1 | Xây dựng Chương trình kích cầu tiêu dùng nội địa năm 2026 | CT | PH | PH | | | | | Quý III/2026 |
| 2 | Tổ chức Tuần hàng Việt Nam và các phiên chợ hàng Việt về nông thôn, miền núi, hải đảo | PH | CT | | | | | PH | Quý III - Quý IV/2026 |
| 3 | Phát triển kênh phân phối hàng Việt trên các nền tảng thương mại điện tử | PH | | CT | | | | PH | Quý IV/2026 |
| 4 | Rà soát, đề xuất sửa đổi quy định về phát triển, quản lý chợ và trung tâm thương mại | CT | | | PH | | | | Quý IV/2026 |
| 5 | Tuyên truyền về kích cầu tiêu dùng trên Cổng thông tin điện tử Bộ Công Thương | PH | PH | | | CT | | | Thường xuyên |
| 6 | Thanh tra, kiểm tra hoạt động khuyến mại, bán hàng đa cấp trái phép | | | PH | | | CT | PH | Quý II - Quý IV/2026 |

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch dự kiến là 24.600 triệu đồng từ nguồn ngân sách trung ương giao cho các đơn vị thuộc Bộ năm 2026. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương bố trí kinh phí từ ngân sách địa phương và nguồn xã hội hóa để tổ chức các hoạt động tại địa phương.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Vụ Thị trường trong nước: Là đơn vị đầu mối, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15 tháng 12 năm 2026.

2\\. Vụ Kế hoạch - Tài chính: Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách năm 2026 của các đơn vị.

3\\. Thủ trưởng các đơn vị thuộc Bộ: Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện.

4\\. Đề nghị các Bộ, cơ quan ngang Bộ: Phối hợp với Bộ Công Thương triển khai các giải pháp kích cầu tiêu dùng trong phạm vi ngành, lĩnh vực quản lý.

5\\. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Chỉ đạo Sở Công Thương xây dựng, triển khai kế hoạch của địa phương; báo cáo kết quả về Bộ Công Thương (qua Vụ Thị trường trong nước)./.

| ***Nơi nhận:***<br>\\- Thủ tướng Chính phủ (để b/c);<br>\\- Các Phó Thủ tướng Chính phủ (để b/c);<br>\\- Các Bộ, cơ quan ngang Bộ;<br>\\- UBND các tỉnh, thành phố trực thuộc TW;<br>\\- Bộ trưởng (để b/c);<br>\\- Các đơn vị thuộc Bộ;<br>\\- Sở Công Thương các tỉnh, thành phố;<br>\\- Lưu: VT, TTTN. | **KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**<br><br><br><br>**Phan Thị Hải Yến** |
|---|---|

Tệp đính kèm: [2315-kh-bct.pdf](/files/2315-kh-bct.pdf)
"""

# ---------------------------------------------------------------------------
# 4. A commune's plan after the 2025 reorganisation, as a crawler saves its page.

COMMUNE_TXT = "g52_xa-myluong_36-kh-ubnd_2026_cai-cach-hanh-chinh-xa-moi-thon-ap-crawl.txt"

COMMUNE_TEXT = """Cổng thông tin điện tử xã Mỹ Lương
Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo điều hành | Thủ tục hành chính
Văn bản » Kế hoạch
Đăng ngày: 23/01/2026 14:20 | Lượt xem: 318
ỦY BAN NHÂN DÂN
XÃ MỸ LƯƠNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 36/KH-UBND
Mỹ Lương, ngày 22 tháng 01 năm 2026
KẾ HOẠCH
Cải cách hành chính xã Mỹ Lương năm 2026
Căn cứ Kế hoạch số 215/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Trà Lĩnh về cải cách hành chính tỉnh Trà Lĩnh năm 2026;
Thực hiện Nghị quyết số 12-NQ/ĐU ngày 26 tháng 12 năm 2025 của Đảng ủy xã Mỹ Lương về phương hướng, nhiệm vụ năm 2026;
Ủy ban nhân dân xã Mỹ Lương ban hành Kế hoạch cải cách hành chính năm 2026 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng chính quyền cấp xã phục vụ Nhân dân, vận hành thông suốt sau sắp xếp; nâng cao chất lượng giải quyết thủ tục hành chính, sự hài lòng của người dân, doanh nghiệp.
2. Chỉ tiêu cụ thể
- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 98%.
- Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt ít nhất 70% tổng số hồ sơ tiếp nhận.
- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt từ 90% trở lên.
- Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.
II. NHIỆM VỤ, GIẢI PHÁP
1. Cải cách thủ tục hành chính
- Rà soát, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của xã.
- Tiếp nhận, giải quyết hồ sơ không phụ thuộc vào địa giới hành chính theo quy định.
Đơn vị chủ trì: Trung tâm Phục vụ hành chính công xã. Đơn vị phối hợp: Phòng Kinh tế, Phòng Văn hóa - Xã hội.
2. Cải cách tổ chức bộ máy và chế độ công vụ
- Rà soát chức năng, nhiệm vụ của các phòng chuyên môn sau sắp xếp; bố trí công chức đúng vị trí việc làm.
- Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra công vụ ít nhất 02 lần trong năm.
Đơn vị chủ trì: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã. Đơn vị phối hợp: Phòng Văn hóa - Xã hội.
3. Xây dựng chính quyền số
- Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành; ký số 100% văn bản đi trừ văn bản mật.
- Hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và dịch vụ công trực tuyến.
Đơn vị chủ trì: Phòng Văn hóa - Xã hội. Đơn vị phối hợp: Trung tâm Phục vụ hành chính công xã, các thôn, ấp.
4. Tuyên truyền về cải cách hành chính
- Tuyên truyền trên hệ thống loa truyền thanh, trang thông tin điện tử xã và các nhóm mạng xã hội của thôn, ấp.
Đơn vị chủ trì: Phòng Văn hóa - Xã hội. Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã.
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch năm 2026 là 305 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 120 triệu đồng; ngân sách xã 185 triệu đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo định kỳ hằng quý.
2. Trung tâm Phục vụ hành chính công xã: Tiếp nhận, trả kết quả thủ tục hành chính; theo dõi tỷ lệ hồ sơ trực tuyến, hồ sơ đúng hạn.
3. Phòng Kinh tế: Tham mưu bố trí kinh phí thực hiện Kế hoạch; giải quyết thủ tục hành chính lĩnh vực đất đai, xây dựng, kinh tế.
4. Phòng Văn hóa - Xã hội: Chủ trì công tác tuyên truyền, chuyển đổi số; hướng dẫn hoạt động của Tổ công nghệ số cộng đồng.
5. Trưởng các thôn, ấp: Phổ biến Kế hoạch đến Nhân dân; vận động người dân sử dụng dịch vụ công trực tuyến.
6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: Giám sát việc thực hiện Kế hoạch; vận động hội viên, đoàn viên tham gia./.
Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ tỉnh;
- TT Đảng ủy, TT HĐND xã;
- CT, các PCT UBND xã;
- Các phòng, đơn vị thuộc UBND xã;
- Các thôn, ấp;
- Lưu: VT, VP.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Huỳnh Văn Tài
Tin liên quan:
- Xã Mỹ Lương ra mắt Tổ công nghệ số cộng đồng tại 12 thôn, ấp (15/01/2026)
- Trung tâm Phục vụ hành chính công xã Mỹ Lương tiếp nhận hơn 2.000 hồ sơ sau 6 tháng vận hành (05/01/2026)
Bản quyền thuộc Ủy ban nhân dân xã Mỹ Lương, tỉnh Trà Lĩnh
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROGRAMME_DOC).write_bytes(programme())
    (folder / SUPERVISION_HTML).write_text(SUPERVISION_PAGE, encoding="utf-8")
    (folder / MATRIX_MD).write_text(MATRIX_TEXT, encoding="utf-8")
    (folder / COMMUNE_TXT).write_text(COMMUNE_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
