"""Invented documents of hold-out round G23: inspection plans, school-year plans, legal-dissemination plans and yearly
work plans with a monthly timetable.

The reading the set's conventions imply (y_sgddt-tragiang's gold): an inspection plan's "Mục đích, yêu cầu" holds no
objectives, its content to inspect and its table of the units inspected ("Đơn vị được kiểm tra | Thời gian | Thành
phần đoàn") no tasks, the units inspected and the team's members no leading bodies; the bodies its "Tổ chức thực
hiện" charges are its responsibilities, and "từ nguồn chi thường xuyên" no sum. A school-year plan's targets by level
are its specific objectives, the year they are for the school year's end. A monthly timetable's rows with a lead and a
partner column are activities (n_xa-thanhmai).

The documents:
- a provincial Sở's inspection plan of 2025 in Word: the units inspected in a bordered table, two teams each led by
  a named official ("do đồng chí ..., Phó Giám đốc Sở làm Trưởng đoàn"), a ratio of shops to inspect under
  "Mục đích", money from the recurrent budget (.docx);
- a district's Phòng Giáo dục và Đào tạo's plan for the school year 2016 - 2017 copied from a PDF to text with hard
  wraps and a page number: targets by school level under lettered points, tasks of the schools (.txt);
- a district's plan of 2023 for the dissemination of law and grassroots mediation on a portal page: tasks with a
  lead, many partners and a time ("Cơ quan chủ trì: ...; Cơ quan phối hợp: ..."), the council (Hội đồng phối hợp
  PBGDPL) named, the district's money (.html);
- a district's yearly work plan of 2013 scraped to Markdown: the monthly timetable table flattened to one cell a line,
  the emulation prizes' money (.md).

First pass (golds written by hand before the first extraction, the 4 documents scored alone, code of main 1874186):
micro 152/160/153 (151/160/153 before the gold mend of 889de3b, which wrote an activity's agency with other
spellings under "agency" as the set's golds do). Read at first: every header, signer, recipient and basis; the
school-year targets by level (98% and 72% of one line, "dưới 9,5%", "02 trường"; not "5 tuổi", "2 buổi/ngày"), their
year the school year's end; no objectives under "Mục đích, yêu cầu"; no tasks in the table of units inspected; the
legal-dissemination tasks with their lead, partners and time lines; the flattened monthly timetable's rows with lead
and partner; the budget sums. The misses: the inspection plan's "IV. THÀNH PHẦN ĐOÀN KIỂM TRA" items ("1. Đoàn số 1
do đồng chí ..., Phó Giám đốc Sở làm Trưởng đoàn; thành viên gồm đại diện ...") read as six assignments (6 wrong);
the emulation plan's prize rates ("mức thưởng kèm Giấy khen ... cho tập thể là 600.000 đồng, cho cá nhân là 300.000
đồng") read as two sums (2 wrong); "Bộ phận chuyên môn Phòng Giáo dục và Đào tạo: ..." not read as the body of an
assignment (1 missed).

After this round's rules (tests/test_g23_holdout.py): 153/153/153.

Renditions (`python -m tests.invented.renditions OUT --score --only g23_`): docx, html-md, docx-html-md, html-text
1.000; lo-pdf 147/149/149, pdf-layout 138/141/143, pdf-plain 138/141/145 -> 139/141/145 (the Phòng's header read by
`pdftotext` plain as "UBND HUYỆN X" / the motto / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "------" / "Số: ...": the unit after
the motto is the issuer, header._unit_after_motto). Left: the monthly timetable flattened one cell a line, once
printed to PDF (a blank line between cells in pdf-layout; a long title cell joined to the lead's cell by the wrap
repair in lo-pdf), loses rows: extractors/layout/* (round R22's files).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g23 OUTDIR`
writes every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

FUEL = "g23_sct-vinhlac_412-kh-sct_2025_kiem-tra-giam-sat-doan-kiem-tra.docx"
SCHOOL = "g23_pgddt-lungcao_318-kh-pgddt_2016_nam-hoc-chi-tieu-cap-hoc.txt"
LAW = "g23_huyen-minhkhe_45-kh-ubnd_2023_pbgdpl-hoa-giai-co-so.html"
YEAR = "g23_huyen-kyloc_09-kh-ubnd_2013_cong-tac-nam-bang-thang-md.md"


# ---------------------------------------------------------------------------
# 1. A Sở's inspection plan in Word: the units inspected in a table, two teams each led by an official.

FUEL_BODY = [
    ("i", "Căn cứ Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu;"),
    ("i", "Thực hiện Kế hoạch số 37/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Vĩnh Lạc về công tác "
          "thanh tra, kiểm tra năm 2025;"),
    ("p", "Sở Công Thương ban hành Kế hoạch kiểm tra, giám sát việc thực hiện quy định về kinh doanh xăng dầu trên địa "
          "bàn tỉnh năm 2025 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Mục đích"),
    ("p", "- Đánh giá việc chấp hành quy định về kinh doanh xăng dầu của các thương nhân; phát hiện, xử lý kịp thời các "
          "hành vi vi phạm."),
    ("p", "- Kiểm tra ít nhất 30% số cửa hàng bán lẻ xăng dầu trên địa bàn tỉnh trong năm 2025."),
    ("p", "2. Yêu cầu"),
    ("p", "- Việc kiểm tra bảo đảm đúng pháp luật, khách quan; không làm ảnh hưởng đến hoạt động kinh doanh bình thường "
          "của đơn vị được kiểm tra."),
    ("h", "II. NỘI DUNG KIỂM TRA"),
    ("p", "- Việc đáp ứng điều kiện kinh doanh: giấy chứng nhận đủ điều kiện, hệ thống phòng cháy, chữa cháy."),
    ("p", "- Việc niêm yết giá, bảo đảm chất lượng, đo lường xăng dầu tại cột bơm."),
    ("p", "- Việc chấp hành chế độ báo cáo, lưu giữ hóa đơn, chứng từ."),
    ("h", "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
    ("p", "Kiểm tra 18 thương nhân kinh doanh xăng dầu (04 thương nhân phân phối và 14 cửa hàng bán lẻ), cụ thể:"),
]

FUEL_ROWS = [
    ["STT", "Đơn vị được kiểm tra", "Địa bàn", "Thời gian", "Thành phần đoàn"],
    ["1", "Công ty TNHH Xăng dầu Hưng Phát", "Thành phố Vĩnh Lạc", "Tháng 4/2025", "Đoàn số 1"],
    ["2", "Chi nhánh Xăng dầu Vĩnh Lạc", "Huyện Đan Phong", "Tháng 5/2025", "Đoàn số 1"],
    ["3", "Các cửa hàng bán lẻ xăng dầu trên địa bàn huyện Thạch Bàn", "Huyện Thạch Bàn", "Tháng 6/2025", "Đoàn số 2"],
    ["4", "Hợp tác xã Dịch vụ nông nghiệp Kỳ Lộc", "Huyện Kỳ Lộc", "Tháng 8/2025", "Đoàn số 2"],
]

FUEL_AFTER = [
    ("h", "IV. THÀNH PHẦN ĐOÀN KIỂM TRA"),
    ("p", "1. Đoàn số 1 do đồng chí Lò Văn Khải, Phó Giám đốc Sở làm Trưởng đoàn; thành viên gồm đại diện Phòng Quản "
          "lý thương mại, Thanh tra Sở và Chi cục Quản lý thị trường tỉnh."),
    ("p", "2. Đoàn số 2 do đồng chí Nguyễn Thị Hạnh, Chánh Thanh tra Sở làm Trưởng đoàn; thành viên gồm đại diện Phòng "
          "Kỹ thuật an toàn - Môi trường và Công an tỉnh."),
    ("h", "V. KINH PHÍ"),
    ("p", "Kinh phí kiểm tra từ nguồn chi thường xuyên năm 2025 của Sở Công Thương."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thanh tra Sở: chủ trì tham mưu Giám đốc Sở quyết định thành lập các đoàn kiểm tra; tổng hợp kết quả, "
          "báo cáo Giám đốc Sở trước ngày 15/11/2025."),
    ("p", "2. Phòng Quản lý thương mại: phối hợp xây dựng đề cương, biểu mẫu kiểm tra; cử công chức tham gia đoàn."),
    ("p", "3. Văn phòng Sở: bố trí phương tiện, kinh phí phục vụ các đoàn kiểm tra."),
    ("p", "4. Đề nghị Chi cục Quản lý thị trường tỉnh, Công an tỉnh cử cán bộ tham gia đoàn kiểm tra theo thành phần "
          "nêu trên."),
    ("p", "5. Các đơn vị được kiểm tra: chuẩn bị hồ sơ, tài liệu, báo cáo theo đề cương gửi kèm Kế hoạch này."),
]


def fuel() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH VĨNH LẠC", "SỞ CÔNG THƯƠNG", "-------", "Số: 412/KH-SCT"],
            [*MOTTO, "Vĩnh Lạc, ngày 18 tháng 3 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Kiểm tra, giám sát việc thực hiện quy định về kinh doanh xăng dầu trên địa bàn tỉnh năm 2025",
               bold=True, center=True)
    _body(doc, FUEL_BODY)
    _table(doc, FUEL_ROWS)
    _body(doc, FUEL_AFTER)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Chi cục QLTT tỉnh;", "- Công an tỉnh;",
                  "- Các đơn vị được kiểm tra;", "- Lưu: VT, TTr."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đặng Quốc Vinh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district's Phòng Giáo dục và Đào tạo's school-year plan copied from a PDF: hard wraps, a page number.

SCHOOL_TEXT = """\
UBND HUYỆN LŨNG CAO                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc
      -------                                        ---------------
Số: 318/KH-PGDĐT                           Lũng Cao, ngày 22 tháng 9 năm 2016

KẾ HOẠCH
Thực hiện nhiệm vụ năm học 2016 - 2017

Căn cứ Chỉ thị số 3031/CT-BGDĐT ngày 26 tháng 8 năm 2016 của Bộ trưởng Bộ Giáo
dục và Đào tạo về nhiệm vụ chủ yếu năm học 2016 - 2017 của ngành Giáo dục;
Căn cứ Kế hoạch số 1290/KH-SGDĐT ngày 05 tháng 9 năm 2016 của Sở Giáo dục và
Đào tạo tỉnh Minh Khê về thực hiện nhiệm vụ năm học 2016 - 2017;
Phòng Giáo dục và Đào tạo huyện Lũng Cao xây dựng Kế hoạch thực hiện nhiệm vụ
năm học 2016 - 2017 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng giáo dục toàn diện ở các cấp học; duy trì vững chắc kết quả
phổ cập giáo dục, xóa mù chữ trên địa bàn huyện.
2. Chỉ tiêu cụ thể
a) Giáo dục mầm non
- Huy động 98% trẻ 5 tuổi ra lớp; 72% trẻ từ 3 đến 5 tuổi đến trường.
- Giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân xuống dưới 9,5%.
b) Giáo dục tiểu học
- 100% học sinh lớp 1 được học 2 buổi/ngày.
- Tỷ lệ học sinh hoàn thành chương trình lớp học đạt từ 97,5% trở
lên.
c) Giáo dục trung học cơ sở
- Tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt 98%; có thêm 02 trường đạt
chuẩn quốc gia.
- Tỷ lệ học sinh bỏ học dưới 1%.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Phát triển mạng lưới trường, lớp
- Rà soát, sắp xếp các điểm trường lẻ ở các thôn, bản có dưới 10 học sinh.
- Các trường mầm non, tiểu học chủ trì, phối hợp với Ủy ban nhân dân các xã,
thị trấn huy động trẻ ra lớp từ ngày 15/8/2016.
2. Nâng cao chất lượng dạy và học
- Thực hiện chương trình, kế hoạch dạy học theo định hướng phát triển năng lực
học sinh; tổ chức 04 chuyên đề cấp huyện trong năm học.
- Tổ chức kỳ thi học sinh giỏi lớp 9 cấp huyện vào tháng 01/2017.
                                                                              1
3. Củng cố kết quả phổ cập giáo dục
- Các trường chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn điều tra,
cập nhật số liệu phổ cập giáo dục trước ngày 30/10/2016.
III. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách sự nghiệp giáo dục được giao năm 2016,
năm 2017 của các đơn vị trường học.
IV. TỔ CHỨC THỰC HIỆN
1. Bộ phận chuyên môn Phòng Giáo dục và Đào tạo: hướng dẫn, kiểm tra việc thực
hiện Kế hoạch; tổng hợp báo cáo sơ kết học kỳ I trước ngày 10/01/2017.
2. Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở: xây dựng kế hoạch
năm học của đơn vị, gửi về Phòng Giáo dục và Đào tạo trước ngày 05/10/2016.
3. Đề nghị Ủy ban nhân dân các xã, thị trấn chỉ đạo thực hiện công tác huy động
trẻ ra lớp và phổ cập giáo dục trên địa bàn.

Nơi nhận:                                                 TRƯỞNG PHÒNG
- Sở GDĐT (b/c);
- UBND huyện (b/c);
- Các trường MN, TH, THCS;
- Lưu: VT.                                                 Hà Văn Tuấn
"""


# ---------------------------------------------------------------------------
# 3. A district's legal-dissemination plan on a portal page: tasks with a lead, partners and a time.

LAW_TEXT = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch số 45/KH-UBND - Cổng thông tin điện tử huyện Minh Khê</title></head>
<body>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chi-dao-dieu-hanh">Chỉ đạo điều hành</a></div>
<div class="content">
<table class="header" width="100%">
<tr><td align="center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN MINH KHÊ</b><br>-------<br>Số: 45/KH-UBND</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>
<i>Minh Khê, ngày 12 tháng 01 năm 2023</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở trên địa bàn huyện năm 2023</b></p>
<p>Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;</p>
<p>Thực hiện Kế hoạch số 12/KH-UBND ngày 06 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh Đan Phong về công tác phổ biến, giáo dục pháp luật năm 2023;</p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2023 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>- Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên địa bàn huyện.</p>
<p>- Phát huy vai trò của Hội đồng phối hợp PBGDPL huyện trong việc tham mưu, phối hợp tổ chức các hoạt động.</p>
<p><b>II. NỘI DUNG, NHIỆM VỤ</b></p>
<p><b>1. Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội thông qua năm 2023</b></p>
<p>- Cơ quan chủ trì: Phòng Tư pháp.</p>
<p>- Cơ quan phối hợp: Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thông huyện, các thành viên Hội đồng phối hợp PBGDPL huyện.</p>
<p>- Thời gian thực hiện: Cả năm.</p>
<p><b>2. Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)</b></p>
<p>- Cơ quan chủ trì: Phòng Tư pháp.</p>
<p>- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện.</p>
<p>- Thời gian thực hiện: Tháng 10 và tháng 11/2023.</p>
<p><b>3. Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh</b></p>
<p>- Cơ quan chủ trì: Phòng Giáo dục và Đào tạo.</p>
<p>- Cơ quan phối hợp: Công an huyện, Huyện đoàn.</p>
<p>- Thời gian thực hiện: Quý I và Quý III/2023.</p>
<p><b>4. Củng cố, kiện toàn tổ hòa giải ở cơ sở; bồi dưỡng kỹ năng cho 100% hòa giải viên mới được công nhận</b></p>
<p>- Cơ quan chủ trì: Phòng Tư pháp.</p>
<p>- Cơ quan phối hợp: Ủy ban nhân dân các xã, thị trấn.</p>
<p>- Thời gian thực hiện: Quý II/2023.</p>
<p><b>5. Đánh giá, công nhận xã, thị trấn đạt chuẩn tiếp cận pháp luật</b></p>
<p>- Cơ quan chủ trì: Ủy ban nhân dân các xã, thị trấn.</p>
<p>- Cơ quan phối hợp: Phòng Tư pháp.</p>
<p>- Thời gian thực hiện: Tháng 12/2023.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách huyện năm 2023, dự kiến 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng).</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Tư pháp (Cơ quan thường trực Hội đồng phối hợp PBGDPL huyện): chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Tư pháp trước ngày 15/12/2023.</p>
<p>2. Các cơ quan, đơn vị là thành viên Hội đồng phối hợp PBGDPL huyện: căn cứ chức năng, nhiệm vụ, chủ động triển khai các nội dung được giao.</p>
<p>3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp tuyên truyền, vận động đoàn viên, hội viên chấp hành pháp luật.</p>
<p>4. Ủy ban nhân dân các xã, thị trấn: xây dựng kế hoạch phổ biến, giáo dục pháp luật năm 2023 của địa phương.</p>
<table class="sign" width="100%">
<tr><td valign="top"><b><i>Nơi nhận:</i></b><br>- Sở Tư pháp tỉnh Đan Phong;<br>- TT Huyện ủy, TT HĐND huyện;<br>- Thành viên Hội đồng phối hợp PBGDPL huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT, TP.</td>
<td align="center" valign="top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Vi Thị Ngọc</b></td></tr>
</table>
</div>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Minh Khê</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. A district's yearly work plan scraped to Markdown: the monthly timetable flattened to one cell a line.

YEAR_TEXT = """\
| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **HUYỆN KỲ LỘC** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 09/KH-UBND | *Kỳ Lộc, ngày 15 tháng 01 năm 2013* |

# KẾ HOẠCH

**Công tác trọng tâm của Ủy ban nhân dân huyện năm 2013**

Thực hiện Nghị quyết số 21/NQ-HĐND ngày 20 tháng 12 năm 2012 của Hội đồng nhân dân huyện Kỳ Lộc về nhiệm vụ phát triển kinh tế - xã hội năm 2013;

Ủy ban nhân dân huyện ban hành Kế hoạch công tác trọng tâm năm 2013 như sau:

## I. MỤC TIÊU

- Tốc độ tăng giá trị sản xuất trên địa bàn đạt 11,5%.
- Tỷ lệ hộ nghèo giảm 3% so với cuối năm 2012.
- Có thêm 02 xã đạt chuẩn nông thôn mới.

## II. NHIỆM VỤ TRỌNG TÂM THEO THÁNG

STT
Thời gian
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
1
Tháng 01
Tổ chức Hội nghị triển khai nhiệm vụ năm 2013
Văn phòng HĐND và UBND huyện
Các phòng, ban chuyên môn
2
Tháng 3
Phát động phong trào thi đua "Chung sức xây dựng nông thôn mới"
Phòng Nội vụ
Ủy ban Mặt trận Tổ quốc Việt Nam huyện
3
Tháng 6
Sơ kết 6 tháng thực hiện nhiệm vụ phát triển kinh tế - xã hội
Phòng Tài chính - Kế hoạch
Các phòng, ban chuyên môn
4
Tháng 9
Kiểm tra tiến độ xây dựng nông thôn mới tại các xã
Phòng Nông nghiệp và Phát triển nông thôn
Ủy ban nhân dân các xã
5
Tháng 12
Tổng kết công tác thi đua, khen thưởng năm 2013
Phòng Nội vụ
Văn phòng HĐND và UBND huyện

## III. KINH PHÍ

Kinh phí khen thưởng năm 2013 là 350 triệu đồng từ ngân sách huyện; mức thưởng kèm Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho tập thể là 600.000 đồng, cho cá nhân là 300.000 đồng.

## IV. TỔ CHỨC THỰC HIỆN

1. Văn phòng HĐND và UBND huyện: theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo Chủ tịch Ủy ban nhân dân huyện hằng tháng.
2. Các phòng, ban chuyên môn: chủ động triển khai các nhiệm vụ được giao theo lịch.
3. Ủy ban nhân dân các xã, thị trấn: xây dựng kế hoạch công tác năm 2013 của địa phương.

| **Nơi nhận:** | **TM. ỦY BAN NHÂN DÂN** |
|---|---|
| - TT Huyện ủy, TT HĐND huyện; | **CHỦ TỊCH** |
| - Các phòng, ban chuyên môn; | |
| - UBND các xã, thị trấn; | |
| - Lưu: VT. | **Nông Văn Thắng** |
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FUEL).write_bytes(fuel())
    (folder / SCHOOL).write_text(SCHOOL_TEXT, encoding="utf-8")
    (folder / LAW).write_text(LAW_TEXT, encoding="utf-8")
    (folder / YEAR).write_text(YEAR_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
