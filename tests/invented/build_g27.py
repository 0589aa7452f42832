"""Invented documents of hold-out round G27: a department's five-year plan with an annex of indicators by year, a
district chairman's decision approving the estimate of one contest, a district's one-year plan sent by its Phòng on
behalf of the chairman, a commune's plan typed carelessly.

The reading the set's conventions imply: an annex of indicators by year (Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025
| Năm 2026 ... Năm 2030) gives one objective per indicator row, its target the percent of each year's column (the
baseline column none), the year the last column's (as e_syt-lamhai, g14_tinh-namloc); a value of production in tỷ
đồng in such a table is no money of the plan (as g20_tinh-bacphong's export value). A decision approving an estimate
gives its total in prose as one statement and the estimate's "Thành tiền" column as items (group and total rows
too); "Số lượng" counts and "Đơn giá" are unit prices (as h5_huyen-kyphong, g7_stc-giakhanh); Điều 2's and Điều 3's
bodies are the responsibilities. A one-year plan's targets with no year of their own take the plan's year (as
g26_tinh-lachung and h5_huyen-kyphong's golds give it); "‰" is no percent; "kinh phí ... từ nguồn chi thường xuyên"
names no sum. A plan signed "TL. CHỦ TỊCH / TRƯỞNG PHÒNG X" is the People's Committee's, its signer the head of the
room (authority ["TL. Chủ tịch"]). A careless commune's text (capitals without tone marks, "UBND xa", double spaces,
"1.250,5 ha") reads as the same text typed with care.

The documents:
- a provincial Sở's five-year plan of forestry 2026-2030 with an annex of indicators by year (.docx);
- a district chairman's Quyết định of 2016 approving the estimate of a contest with a quoted name, a cost table
  (STT | Nội dung chi | Đơn vị tính | Số lượng | Đơn giá | Thành tiền) in đồng on the district's portal (.html);
- a district's plan of population work 2014 printed to PDF, signed "TL. CHỦ TỊCH / TRƯỞNG PHÒNG Y TẾ", its targets
  with no year, its funds from recurrent spending (.pdf);
- a commune's plan of environmental sanitation 2019 typed carelessly (.txt).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of lead a6574c1):
micro 147/148/164. Read at first: every header but one, every signer (the Phòng's "TL. CHỦ TỊCH / TRƯỞNG PHÒNG Y TẾ"
too), recipient and basis; the estimate's total and its eight "Thành tiền" items (no item from "Đơn giá"); the
forestry plan's prose targets, headed tasks with their leads in prose and four sums; the population plan's targets
with no year (the plan's year) and "0,3‰" no percent; no sum from "nguồn chi thường xuyên"; the commune's careless
body (double spaces, "1.250,5 ha", "KE HOACH", "I. MUC TIEU", "TM. UY BAN NHAN DAN"). The misses: the forestry
annex's four indicator rows (10 percents) not read, its only pointer a bracketed note under "2. Mục tiêu cụ thể",
"(Chỉ tiêu theo từng năm tại Phụ lục kèm theo)", taken as a table's caption and skipped (4 objectives, 10 targets);
the commune's header "UBND HUYEN GIONG SAO" / "UBND xa Phú Tân Đông" read as the district (its own line not in
capitals, its level word typed without marks: 3 header fields).

The round's rules therefore come from the shapes around these documents, probed with other names and numbers and
kept as table rows (tests/test_g27_holdout.py; every must row fails on a6574c1): a bracketed note that sends the
reader to an appendix brings the appendix's indicator rows, as an item pointing to it does (161/162/164); a commune's
own line typed under its parent's capitals right above the number is the issuer, read as capitals, and a council's
level word typed without marks is the level word (164/164/164). Then the brief's leftovers: the works on canals and
roads ("nạo vét", "khơi thông", "phát quang", "bê tông hóa", "kiên cố hóa") are what a body does, ending its name; a
task's last clause after a comma, a colon or a dash naming who leads or carries it out gives the lead. Not reproduced:
a task title with a quoted name losing its closing quote (straight, curly, single and «» quotes, in text, headings,
tables, before a colon or a bracket all keep it on a6574c1).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g27 OUTDIR`
writes every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing, decision_front
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

FORESTRY = "g27_snnmt-tanha_215-kh-snnmt_2026_lam-nghiep-phu-luc-theo-nam.docx"
CONTEST = "g27_huyen-muongson_1287-qd-ubnd_2016_du-toan-hoi-thi.html"
POPULATION = "g27_huyen-khevan_37-kh-ubnd_2014_tl-truong-phong-dan-so.pdf"
SANITATION = "g27_xa-phutandong_18-kh-ubnd_2019_go-khong-dau-cach-doi.txt"


# ---------------------------------------------------------------------------
# 1. A Sở's five-year plan: objectives in prose, tasks with leads in prose, sums by source, the annex of indicators
#    by year.

FORESTRY_BODY = [
    ("p", "Căn cứ Quyết định số 1046/QĐ-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Tân Hà phê duyệt Kế "
          "hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030;"),
    ("p", "Thực hiện Kế hoạch số 188/KH-UBND ngày 05 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Tân Hà về phát triển "
          "lâm nghiệp bền vững giai đoạn 2026 - 2030;"),
    ("p", "Sở Nông nghiệp và Môi trường ban hành Kế hoạch phát triển lâm nghiệp giai đoạn 2026 - 2030 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Quản lý, bảo vệ và phát triển bền vững diện tích rừng hiện có; nâng cao giá trị sản xuất lâm nghiệp, tạo "
          "việc làm, tăng thu nhập cho người làm nghề rừng."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "- Đến năm 2030, tỷ lệ che phủ rừng đạt 48,5%."),
    ("p", "- Trồng mới 12.000 ha rừng tập trung, bình quân 2.400 ha/năm."),
    ("p", "- Tỷ lệ diện tích rừng trồng có chứng chỉ quản lý rừng bền vững đạt 25% vào năm 2030."),
    ("p", "- Giá trị sản xuất lâm nghiệp tăng bình quân 6,5%/năm."),
    ("p", "(Chỉ tiêu theo từng năm tại Phụ lục kèm theo)"),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Quản lý, bảo vệ rừng"),
    ("p", "Chi cục Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tổ chức tuần tra, kiểm soát lâm sản; "
          "phòng cháy, chữa cháy rừng trong mùa khô."),
    ("h", "2. Phát triển rừng"),
    ("p", "Phòng Lâm nghiệp chủ trì, phối hợp với Ban Quản lý rừng phòng hộ Sông Hàn hướng dẫn trồng rừng tập trung, "
          "trồng cây phân tán; nâng cao chất lượng giống cây lâm nghiệp."),
    ("h", "3. Nâng cao giá trị sản xuất lâm nghiệp"),
    ("p", "Khuyến khích liên kết trồng rừng gỗ lớn với doanh nghiệp chế biến; hỗ trợ cấp chứng chỉ quản lý rừng bền "
          "vững cho chủ rừng."),
    ("h", "4. Ứng dụng khoa học công nghệ, chuyển đổi số"),
    ("p", "Xây dựng cơ sở dữ liệu tài nguyên rừng, cập nhật diễn biến rừng bằng ảnh viễn thám."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến 386.500 triệu đồng, trong đó: ngân sách trung ương 142.000 triệu đồng; ngân sách "
          "tỉnh 98.500 triệu đồng; vốn huy động hợp pháp khác 146.000 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Kiểm lâm: chỉ đạo lực lượng kiểm lâm địa bàn thực hiện nhiệm vụ quản lý, bảo vệ rừng; tổng hợp "
          "diễn biến rừng hằng năm."),
    ("p", "2. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí; theo dõi, tổng hợp tình hình thực hiện Kế hoạch, "
          "báo cáo Giám đốc Sở trước ngày 15 tháng 12 hằng năm."),
    ("p", "3. Văn phòng Sở: đăng tải Kế hoạch trên Trang thông tin điện tử của Sở."),
    ("p", "4. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo các chủ rừng trên địa bàn thực hiện Kế hoạch./."),
]
FORESTRY_ANNEX = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029",
     "Năm 2030"],
    ["1", "Tỷ lệ che phủ rừng", "%", "45,2", "45,9", "46,6", "47,3", "47,9", "48,5"],
    ["2", "Diện tích trồng rừng tập trung", "ha", "2.150", "2.400", "2.400", "2.400", "2.400", "2.400"],
    ["3", "Tỷ lệ diện tích rừng trồng có chứng chỉ quản lý rừng bền vững", "%", "8", "12", "15", "18", "22", "25"],
    ["4", "Giá trị sản xuất lâm nghiệp", "tỷ đồng", "3.420", "3.640", "3.880", "4.130", "4.400", "4.690"],
]


def forestry() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH TÂN HÀ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", "Số: 215/KH-SNNMT"],
            [*MOTTO, "Tân Hà, ngày 14 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển lâm nghiệp giai đoạn 2026 - 2030", bold=True, center=True)
    _body(doc, FORESTRY_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- UBND các xã, phường;", "- Các phòng, đơn vị "
                  "thuộc Sở;", "- Lưu: VT, LN."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Vi Văn Thắng"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "CHỈ TIÊU PHÁT TRIỂN LÂM NGHIỆP GIAI ĐOẠN 2026 - 2030", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 215/KH-SNNMT ngày 14/01/2026 của Sở Nông nghiệp và Môi trường)",
               italic=True, center=True)
    _widths(_table(doc, FORESTRY_ANNEX), [0.9, 4.6, 1.4, 1.6, 1.3, 1.3, 1.3, 1.3, 1.3])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district chairman's decision approving the estimate of one contest, on the district's portal.

CONTEST_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quyết định phê duyệt dự toán kinh phí tổ chức Hội thi</title></head>
<body>
<div class="nav"><a href="/">Cổng thông tin điện tử huyện Mường Sơn</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<div class="doc">
<table class="header">
<tr><td><b>ỦY BAN NHÂN DÂN</b><br><b>HUYỆN MƯỜNG SƠN</b><br>-------</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td>Số: 1287/QĐ-UBND</td><td><i>Mường Sơn, ngày 08 tháng 8 năm 2016</i></td></tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Về việc phê duyệt dự toán kinh phí tổ chức Hội thi "Tuyên truyền viên giỏi về cải cách hành chính" huyện Mường Sơn năm 2016</b></p>
<p style="text-align:center"><b>CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MƯỜNG SƠN</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i></p>
<p><i>Căn cứ Thông tư số 97/2010/TT-BTC ngày 06 tháng 7 năm 2010 của Bộ Tài chính quy định chế độ công tác phí, chế độ chi tổ chức các cuộc hội nghị đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập;</i></p>
<p><i>Căn cứ Kế hoạch số 64/KH-UBND ngày 15 tháng 6 năm 2016 của Ủy ban nhân dân huyện Mường Sơn về tổ chức Hội thi "Tuyên truyền viên giỏi về cải cách hành chính" năm 2016;</i></p>
<p><i>Xét đề nghị của Trưởng phòng Nội vụ và Trưởng phòng Tài chính - Kế hoạch huyện,</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Phê duyệt dự toán kinh phí tổ chức Hội thi "Tuyên truyền viên giỏi về cải cách hành chính" huyện Mường Sơn năm 2016 với tổng số tiền: 48.650.000 đồng (Bằng chữ: Bốn mươi tám triệu, sáu trăm năm mươi nghìn đồng chẵn).</p>
<p>(Chi tiết theo biểu dự toán kèm theo)</p>
<p>Nguồn kinh phí: ngân sách huyện năm 2016 đã bố trí trong dự toán của Phòng Nội vụ.</p>
<p><b>Điều 2.</b> Phòng Nội vụ có trách nhiệm quản lý, sử dụng kinh phí đúng mục đích, thanh quyết toán theo quy định. Phòng Tài chính - Kế hoạch hướng dẫn, kiểm tra việc thanh quyết toán kinh phí.</p>
<p><b>Điều 3.</b> Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Giám đốc Kho bạc Nhà nước huyện và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.</p>
<table class="sign">
<tr><td><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- CT, các PCT UBND huyện;<br>- Lưu: VT, NV.</td>
<td style="text-align:center"><b>KT. CHỦ TỊCH</b><br><b>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Quàng Văn Thiết</b></td></tr>
</table>
<p style="text-align:center"><b>DỰ TOÁN KINH PHÍ TỔ CHỨC HỘI THI "TUYÊN TRUYỀN VIÊN GIỎI VỀ CẢI CÁCH HÀNH CHÍNH" NĂM 2016</b></p>
<p style="text-align:center"><i>(Kèm theo Quyết định số 1287/QĐ-UBND ngày 08/8/2016 của Chủ tịch UBND huyện Mường Sơn)</i></p>
<p style="text-align:right"><i>Đơn vị tính: đồng</i></p>
<table class="estimate" border="1">
<tr><th>STT</th><th>Nội dung chi</th><th>Đơn vị tính</th><th>Số lượng</th><th>Đơn giá</th><th>Thành tiền</th></tr>
<tr><td>1</td><td>Trang trí, khánh tiết hội trường</td><td>Trọn gói</td><td>1</td><td>6.500.000</td><td>6.500.000</td></tr>
<tr><td>2</td><td>Bồi dưỡng Ban Giám khảo</td><td>Người/buổi</td><td>15</td><td>300.000</td><td>4.500.000</td></tr>
<tr><td>3</td><td>Bồi dưỡng Ban Tổ chức, Tổ thư ký</td><td>Người/buổi</td><td>24</td><td>150.000</td><td>3.600.000</td></tr>
<tr><td>4</td><td>Giải thưởng cá nhân</td><td>Giải</td><td>10</td><td>2.000.000</td><td>20.000.000</td></tr>
<tr><td>5</td><td>Hỗ trợ đội thi các xã, thị trấn</td><td>Đội</td><td>13</td><td>800.000</td><td>10.400.000</td></tr>
<tr><td>6</td><td>In ấn tài liệu, giấy mời, văn phòng phẩm</td><td>Trọn gói</td><td>1</td><td>2.150.000</td><td>2.150.000</td></tr>
<tr><td>7</td><td>Nước uống phục vụ Hội thi</td><td>Người</td><td>150</td><td>10.000</td><td>1.500.000</td></tr>
<tr><td></td><td><b>Tổng cộng</b></td><td></td><td></td><td></td><td><b>48.650.000</b></td></tr>
</table>
</div>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Mường Sơn</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. A district's one-year plan sent by its Phòng Y tế on behalf of the chairman (PDF): targets with no year, "‰",
#    funds from recurrent spending.

POPULATION_BODY = [
    ("p", "Thực hiện Kế hoạch số 12/KH-UBND ngày 24 tháng 01 năm 2014 của Ủy ban nhân dân tỉnh Lạng Bắc về công tác "
          "dân số - kế hoạch hóa gia đình năm 2014; Ủy ban nhân dân huyện Khe Vân xây dựng Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Duy trì mức sinh thay thế, nâng cao chất lượng dân số; giảm tỷ lệ sinh con thứ ba trở lên."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("p", "- Giảm tỷ suất sinh thô 0,3‰."),
    ("p", "- Phấn đấu 92% cặp vợ chồng trong độ tuổi sinh đẻ sử dụng biện pháp tránh thai hiện đại."),
    ("p", "- Tỷ lệ sinh con thứ ba trở lên giảm còn dưới 9%."),
    ("p", "- 85% phụ nữ mang thai được sàng lọc trước sinh."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Công tác tuyên truyền, vận động"),
    ("p", "Tổ chức chiến dịch truyền thông lồng ghép dịch vụ sức khỏe sinh sản tại các xã có mức sinh cao; phát tờ rơi, "
          "phát thanh trên hệ thống loa truyền thanh cơ sở."),
    ("h", "2. Cung cấp dịch vụ kế hoạch hóa gia đình"),
    ("p", "Bảo đảm cung ứng đủ phương tiện tránh thai; tổ chức đội lưu động cung cấp dịch vụ tại các xã vùng sâu."),
    ("h", "3. Nâng cao chất lượng dân số"),
    ("p", "Mở rộng sàng lọc trước sinh và sơ sinh; tư vấn, khám sức khỏe tiền hôn nhân cho thanh niên."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên của ngân sách huyện năm 2014 giao cho Trung tâm Dân số "
          "- Kế hoạch hóa gia đình huyện và nguồn Chương trình mục tiêu quốc gia Y tế - Dân số."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Y tế: là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện chỉ đạo, kiểm tra việc thực hiện Kế "
          "hoạch; tổng hợp, báo cáo kết quả trước ngày 15/12/2014."),
    ("p", "2. Trung tâm Dân số - Kế hoạch hóa gia đình huyện: hướng dẫn chuyên môn, nghiệp vụ cho cộng tác viên dân số "
          "các xã, thị trấn."),
    ("p", "3. Phòng Tài chính - Kế hoạch: bố trí kinh phí thực hiện Kế hoạch."),
    ("p", "4. Ủy ban nhân dân các xã, thị trấn: xây dựng kế hoạch của địa phương, tổ chức thực hiện./."),
]


def population() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN KHE VÂN", "-------", "Số: 37/KH-UBND"],
            [*MOTTO, "Khe Vân, ngày 20 tháng 02 năm 2014"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Công tác dân số - kế hoạch hóa gia đình năm 2014", bold=True, center=True)
    _body(doc, POPULATION_BODY)
    closing(doc, ["- Sở Y tế (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;", "- Trung "
                  "tâm DS-KHHGĐ huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, YT."],
            ["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG Y TẾ", "", "", "", "Lương Văn Bình"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A commune's plan typed carelessly: capitals without tone marks, "UBND xa", double spaces, "1.250,5 ha".

SANITATION_TEXT = """\
UBND HUYEN GIONG SAO
UBND xa Phú Tân Đông
Số:  18/KH-UBND
CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc
Phú Tân Đông,  ngày 11 tháng 3 năm 2019

KE HOACH
Vệ sinh môi trường, phòng chống dịch bệnh trên địa bàn xã năm 2019

Thực hiện Kế hoạch số 52/KH-UBND ngày 25 tháng 02 năm 2019 của Ủy ban nhân dân huyện Giồng Sao về bảo vệ môi trường năm 2019;  Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. MUC TIEU
1. Mục tiêu chung
Nâng cao ý thức của Nhân dân trong giữ gìn vệ sinh môi trường, phòng ngừa dịch bệnh;  góp phần giữ vững tiêu chí môi trường xã nông thôn mới.
2. Chỉ tiêu cụ thể
- Phấn đấu 95% hộ gia đình có nhà tiêu hợp vệ sinh.
- 100%  tuyến đường liên ấp được phát quang, thu gom rác định kỳ hằng tháng.
- Tỷ lệ hộ sử dụng nước sạch đạt 88,5%.
- Phun thuốc khử trùng 1.250,5 ha vùng có nguy cơ dịch bệnh.

II. NHIEM VU, GIAI PHAP
1. Tuyên truyền, vận động
Ban Văn hóa - Thông tin xã chủ trì, phối hợp với Mặt trận Tổ quốc xã tuyên truyền trên hệ thống truyền thanh xã;  vận động Nhân dân ra quân làm vệ sinh vào sáng chủ nhật cuối tháng.
2. Thu gom, xử lý rác thải
Các ấp tổ chức thu gom rác thải sinh hoạt, nạo vét cống rãnh, khơi thông dòng chảy; xử lý nghiêm các trường hợp đổ rác không đúng nơi quy định.
3. Phòng, chống dịch bệnh
Trạm Y tế xã chủ trì, phối hợp với Hội Phụ nữ xã giám sát, phát hiện sớm ổ dịch;  tổ chức phun thuốc khử trùng tại các khu vực có nguy cơ.

III. KINH PHI
Tổng kinh phí thực hiện Kế hoạch: 85.500.000 đồng, trong đó: ngân sách xã 60.000.000 đồng;  vận động Nhân dân 25.500.000 đồng.

IV. TO CHUC THUC HIEN
1. Trạm Y tế xã: tham mưu Ủy ban nhân dân xã chỉ đạo công tác phòng, chống dịch bệnh;  tổng hợp báo cáo kết quả.
2. Công chức Địa chính - Xây dựng - Môi trường: hướng dẫn các ấp thu gom, xử lý rác thải.
3. Ban Văn hóa - Thông tin xã: tuyên truyền nội dung Kế hoạch.
4. Trưởng các ấp: vận động Nhân dân tham gia vệ sinh môi trường./.

Nơi nhận:
- UBND huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
- Các ban, ngành đoàn thể xã;
- Các ấp;
- Lưu: VT.
TM. UY BAN NHAN DAN
CHU TICH

Nguyễn Văn Sáu
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FORESTRY).write_bytes(forestry())
    (folder / CONTEST).write_text(CONTEST_HTML, encoding="utf-8")
    (folder / POPULATION).write_bytes(_pdf(population(), POPULATION))
    (folder / SANITATION).write_text(SANITATION_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
