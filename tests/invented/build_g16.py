"""Invented documents of hold-out round G16: joint plans of two bodies, decisions amending or replacing an earlier
plan, schedules by quarter and month, target tables by year, money split by phase and by body.

- a joint plan (Kế hoạch liên tịch) of a province's Sở Văn hóa, Thể thao và Du lịch and its Liên đoàn Lao động in
  Word: two headers side by side over one number "Số: 09/KHLT-SVHTTDL-LĐLĐ", a target table "Chỉ tiêu | ĐVT | 2026 |
  2027 | 2028", a schedule table "Thời gian" with "Quý II/2026", "Tháng 3-4/2026", "Trước ngày 15/6", money by
  body, two signatures side by side (.docx);
- a province's Quyết định of 2025 amending an earlier plan ("sửa đổi, bổ sung một số nội dung của Kế hoạch số ..."),
  scraped to Markdown: its bases, the changed targets, the changed money split by phase ("Giai đoạn 2025 - 2026:
  ...; giai đoạn 2027 - 2030: ...") (.md);
- a programme of cooperation (Chương trình phối hợp) of 2012 of a province's Công an and its Tỉnh đoàn, copied from
  a PDF to text: two headers and two numbers on the lines, hard wraps, tasks by month, two signatures (.txt);
- a district's Quyết định of 2019 replacing an earlier plan ("thay thế Kế hoạch số ...") saved as a web page: its
  Điều 1 carrying the plan's targets, tasks by month and the money by body (.html);
- a province's Kế hoạch of 2008 for 2008 - 2012 printed to PDF from Word: a target table by year, tasks by quarter,
  money by phase and by source (.pdf);
- a programme of cooperation of 2017 of a province's Sở Y tế and Bảo hiểm xã hội scraped to Markdown: a schedule
  table by month, a budget table by body with a column per phase (.md, written after the first five's rules).

First pass (golds written by hand before the first extraction, the 5 documents scored alone): micro 197/203/203. Two
of the six misses were the golds' (conventions of the set they had missed): "Theo đề nghị của Giám đốc Sở ... tại Tờ
trình số ..." is a "thuc_hien" basis, and "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐÔNG KHÊ" read with TNCS spelled out is the
programme's second body (either body accepted): 199/203/204 with them. The pipeline's misses: a task's time after its
title and a colon ("Cân, đo trẻ em dưới 5 tuổi: tháng 6 và tháng 12 hằng năm") kept in the title, so the replacing
decision's three lettered tasks did not match; "phân kỳ như sau: Giai đoạn 2025 - 2026: 54 tỷ đồng" given the scope
"Phân kỳ như sau"; the amending decision's added task, quoted as the plan's new wording ("\"5. Xây dựng vùng nuôi tôm
... thực hiện.\""), not read (left: see below). Read at first: both joint headers side by side (the Word table of three
cells with one number under two bodies, the text lines of two bodies and the motto), either signature, the target
tables by year (percent targets per year), the schedule table's tasks with their bodies, the money by body and by
phase, the 2012 text's hard wraps and page number, the decisions' bases, changed targets and signers.

After this round's two rules (tests/test_g16_holdout.py: a task's time after a colon cut from its title; the words
that announce a sum's parts, "phân kỳ như sau:", "cụ thể như sau:", no scope): 208/208/209. Left: the quoted added
task of an amending decision (extractors/segment.py would need to read an item behind an opening quote mark, and
activities.py to read the tasks an amending Điều 1 adds; a quoted item is rare in the set: one other document, g6's
amended plan, quotes a "2. Mục tiêu cụ thể").

The sixth document (gold written by hand before its first extraction, on this round's two rules): 43/43/43 (the two
headers in one Markdown row, either signature, the schedule table, the budget table by body with a column per phase,
each phase's amounts of no single year); the six documents 251/251/252.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g16 OUTDIR`
writes every file; the PDF needs soffice (the file in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

JOINT = "g16_svhttdl-ldld-hoatrung_09-khlt_2026_lien-tich-lich-quy.docx"
AMEND = "g16_tinh-namthach_1432-qd-ubnd_2025_sua-doi-ke-hoach-giai-doan.md"
PROGRAM = "g16_cat-tdtn-dongkhe_15-ctph_2012_phoi-hop-hai-so.txt"
REPLACE = "g16_huyen-kylam_2210-qd-ubnd_2019_thay-the-ke-hoach.html"
TARGETS = "g16_tinh-binhluong_56-kh-ubnd_2008_bang-chi-tieu-phan-ky.pdf"


# ---------------------------------------------------------------------------
# 1. A joint plan of a Sở and the province's Liên đoàn Lao động, in Word.

JOINT_BODY = [
    ("i", "Căn cứ Chương trình phối hợp số 07/CTrPH-BVHTTDL-TLĐ ngày 18 tháng 5 năm 2024 giữa Bộ Văn hóa, Thể thao và "
          "Du lịch và Tổng Liên đoàn Lao động Việt Nam về phát triển văn hóa, thể thao trong công nhân, viên chức, "
          "người lao động giai đoạn 2024 - 2028;"),
    ("i", "Căn cứ Kế hoạch số 31/KH-UBND ngày 16 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Hòa Trung về phát triển "
          "thiết chế văn hóa tại các khu công nghiệp năm 2026;"),
    ("p", "Sở Văn hóa, Thể thao và Du lịch và Liên đoàn Lao động tỉnh thống nhất ban hành Kế hoạch liên tịch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Nâng cao đời sống văn hóa, tinh thần của công nhân lao động tại các khu công nghiệp trên địa bàn tỉnh."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("p", "Các chỉ tiêu chủ yếu giai đoạn 2026 - 2028 như sau:"),
]

JOINT_TARGETS = [
    ["TT", "Chỉ tiêu", "ĐVT", "2026", "2027", "2028"],
    ["1", "Tỷ lệ khu công nghiệp có thiết chế văn hóa dành cho công nhân", "%", "40", "60", "80"],
    ["2", "Số câu lạc bộ văn nghệ, thể thao công nhân được thành lập mới", "Câu lạc bộ", "12", "15", "18"],
    ["3", "Tỷ lệ công đoàn cơ sở tổ chức hội thao hằng năm", "%", "55", "65", "75"],
]

JOINT_MID = [
    ("h", "II. NHIỆM VỤ VÀ LỊCH TRIỂN KHAI"),
]

JOINT_TASKS = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Khảo sát nhu cầu hưởng thụ văn hóa của công nhân tại các khu công nghiệp",
     "Liên đoàn Lao động tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Tháng 3-4/2026"],
    ["2", "Tổ chức Ngày hội văn hóa, thể thao công nhân", "Sở Văn hóa, Thể thao và Du lịch",
     "Liên đoàn Lao động tỉnh; Tỉnh đoàn", "Quý II/2026"],
    ["3", "Xây dựng tủ sách pháp luật tại nhà văn hóa công nhân", "Thư viện tỉnh",
     "Công đoàn các khu công nghiệp", "Trước ngày 15/6/2026"],
    ["4", "Sơ kết, đánh giá kết quả phối hợp", "Liên đoàn Lao động tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
     "Quý IV hằng năm"],
]

JOINT_TAIL = [
    ("h", "III. KINH PHÍ"),
    ("p", "Sở Văn hóa, Thể thao và Du lịch bố trí 680 triệu đồng từ nguồn sự nghiệp văn hóa năm 2026; Liên đoàn Lao "
          "động tỉnh bố trí 320 triệu đồng từ nguồn tài chính công đoàn năm 2026."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch: hướng dẫn chuyên môn, cử huấn luyện viên, diễn viên hỗ trợ các câu lạc "
          "bộ công nhân."),
    ("p", "2. Liên đoàn Lao động tỉnh: chỉ đạo công đoàn cơ sở vận động công nhân tham gia; tổng hợp kết quả, báo cáo "
          "Ủy ban nhân dân tỉnh."),
    ("p", "3. Ban Quản lý các khu công nghiệp tỉnh: đề nghị doanh nghiệp dành quỹ đất xây dựng thiết chế văn hóa."),
]


def _joint_header(doc) -> None:
    table = doc.add_table(rows=2, cols=3)
    _set_cell_borders(table, on=False)
    _widths(table, [5.0, 4.5, 7.0])
    _cell_lines(table.cell(0, 0), ["UBND TỈNH HÒA TRUNG", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "-------"],
                bold_upto=3, size=12)
    _cell_lines(table.cell(0, 1), ["LIÊN ĐOÀN LAO ĐỘNG", "TỈNH HÒA TRUNG", "-------"], bold_upto=2, size=12)
    _cell_lines(table.cell(0, 2), MOTTO, bold_upto=2, size=12)
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    _cell_lines(merged, ["Số: 09/KHLT-SVHTTDL-LĐLĐ"], size=12)
    _cell_lines(table.cell(1, 2), ["Hòa Trung, ngày 23 tháng 02 năm 2026"], size=12, italic_last=True)


def _joint_closing(doc) -> None:
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.0, 8.0])
    _cell_lines(table.cell(0, 0), ["TM. BAN THƯỜNG VỤ", "LIÊN ĐOÀN LAO ĐỘNG TỈNH", "PHÓ CHỦ TỊCH", "", "", "",
                                   "Hà Thị Minh Nguyệt"], bold_upto=7)
    _cell_lines(table.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Vi Đức Thắng"], bold_upto=6)
    table = doc.add_table(rows=1, cols=1)
    _set_cell_borders(table, on=False)
    _cell_lines(table.cell(0, 0), ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Tổng LĐLĐ Việt Nam (b/c);",
                                   "- Ban Quản lý các khu công nghiệp tỉnh;", "- Công đoàn các khu công nghiệp;",
                                   "- Lưu: VT SVHTTDL, VT LĐLĐ."], bold_upto=1, center=False, size=11)


def joint_plan() -> bytes:
    doc = _new()
    _joint_header(doc)
    _paragraph(doc, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển phong trào văn hóa, thể thao trong công nhân lao động tại các khu công nghiệp "
                    "giai đoạn 2026 - 2028", bold=True, center=True)
    _body(doc, JOINT_BODY)
    _table(doc, JOINT_TARGETS)
    _body(doc, JOINT_MID)
    _table(doc, JOINT_TASKS)
    _body(doc, JOINT_TAIL)
    _joint_closing(doc)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's decision amending an earlier plan, scraped to Markdown.

AMEND_MD_TEXT = """\
| **ỦY BAN NHÂN DÂN TỈNH NAM THẠCH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **Số: 1432/QĐ-UBND** | **Độc lập - Tự do - Hạnh phúc** |
| | *Nam Thạch, ngày 08 tháng 9 năm 2025* |

# QUYẾT ĐỊNH

**Về việc sửa đổi, bổ sung một số nội dung của Kế hoạch số 87/KH-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh về phát triển nuôi trồng thủy sản bền vững giai đoạn 2025 - 2030**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM THẠCH**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Quyết định số 339/QĐ-TTg ngày 11 tháng 3 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045;*

*Căn cứ Nghị quyết số 26/NQ-HĐND ngày 15 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh Nam Thạch về điều chỉnh kế hoạch đầu tư công năm 2025;*

*Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 512/TTr-SNNMT ngày 25 tháng 8 năm 2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Sửa đổi, bổ sung một số nội dung của Kế hoạch số 87/KH-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh như sau:

1. Sửa đổi điểm b khoản 2 Mục I (Mục tiêu cụ thể) như sau:

- Diện tích nuôi trồng thủy sản đạt 6.200 ha vào năm 2030, trong đó nuôi tôm nước lợ 2.800 ha.

- Tỷ lệ diện tích nuôi áp dụng quy trình VietGAP đạt 35% vào năm 2030.

2. Bổ sung nhiệm vụ tại Mục II như sau:

"5. Xây dựng vùng nuôi tôm công nghệ cao tại các xã ven biển. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã ven biển thực hiện."

3. Sửa đổi Mục III (Kinh phí thực hiện) như sau:

Tổng kinh phí thực hiện Kế hoạch là 186 tỷ đồng, phân kỳ như sau: Giai đoạn 2025 - 2026: 54 tỷ đồng; giai đoạn 2027 - 2030: 132 tỷ đồng. Trong đó: ngân sách trung ương 70 tỷ đồng; ngân sách tỉnh 86 tỷ đồng; vốn doanh nghiệp và người dân 30 tỷ đồng.

**Điều 2.** Các nội dung khác của Kế hoạch số 87/KH-UBND ngày 14 tháng 3 năm 2025 giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các xã, phường và thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

**Nơi nhận:**
- Như Điều 3;
- Bộ Nông nghiệp và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Đoàn Văn Khải**
"""


# ---------------------------------------------------------------------------
# 3. A programme of cooperation of 2012 of the province's Công an and Tỉnh đoàn, copied from a PDF.

PROGRAM_TEXT = """\
CÔNG AN TỈNH ĐÔNG KHÊ         BCH ĐOÀN TNCS HỒ CHÍ MINH     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  TỈNH ĐÔNG KHÊ                 Độc lập - Tự do - Hạnh phúc
Số: 15/CTPH-CAT-TĐTN                  ***
                                                         Đông Khê, ngày 26 tháng 3 năm 2012

CHƯƠNG TRÌNH PHỐI HỢP
Về phòng, chống tội phạm và tệ nạn xã hội trong thanh thiếu niên
giai đoạn 2012 - 2015

Căn cứ Nghị quyết liên tịch số 03/2009/NQLT-BCA-TWĐTN ngày 09 tháng 6 năm
2009 của Bộ Công an và Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về
phối hợp phòng, chống tội phạm trong thanh thiếu niên;
Căn cứ Kế hoạch số 19/KH-UBND ngày 06 tháng 02 năm 2012 của UBND tỉnh Đông
Khê về thực hiện Chương trình quốc gia phòng, chống tội phạm năm 2012;
Công an tỉnh và Ban Chấp hành Tỉnh đoàn thống nhất Chương trình phối hợp như
sau:
I. MỤC TIÊU
1. Nâng cao nhận thức, ý thức chấp hành pháp luật của đoàn viên, thanh thiếu
niên; huy động thanh niên tham gia giữ gìn an ninh trật tự ở cơ sở.
2. Phấn đấu đến năm 2015:
- 100% cơ sở Đoàn xã, phường, thị trấn có đội thanh niên xung kích an ninh
trật tự;
- Giảm 15% số vụ phạm tội do người chưa thành niên gây ra so với năm 2011.
II. NỘI DUNG PHỐI HỢP
1. Tuyên truyền, giáo dục pháp luật cho thanh thiếu niên
Tháng 4-5 hằng năm, tổ chức hội thi tìm hiểu pháp luật. Phòng Công tác
chính trị Công an tỉnh chủ trì, phối hợp với Ban Tuyên giáo Tỉnh đoàn thực
hiện.
2. Xây dựng đội thanh niên xung kích an ninh trật tự
Quý III/2012 hoàn thành. Ban Thanh niên xã hội Tỉnh đoàn chủ trì, phối hợp
với Công an các huyện, thành phố thực hiện.
3. Giúp đỡ thanh thiếu niên chậm tiến tái hòa nhập cộng đồng
Thực hiện thường xuyên. Huyện đoàn, Thành đoàn chủ trì, phối hợp với Công
an cấp xã thực hiện.
                                                                             2
III. KINH PHÍ
Kinh phí thực hiện Chương trình do mỗi bên tự bảo đảm từ nguồn kinh phí
thường xuyên được giao hằng năm.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Công tác chính trị Công an tỉnh và Văn phòng Tỉnh đoàn là cơ quan
thường trực, theo dõi, đôn đốc việc thực hiện Chương trình.
2. Công an các huyện, thành phố và Huyện đoàn, Thành đoàn xây dựng kế hoạch
phối hợp cụ thể, báo cáo kết quả trước ngày 15/12 hằng năm.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN                          GIÁM ĐỐC CÔNG AN TỈNH
BÍ THƯ
                                                      (Đã ký)
(Đã ký)
                                                      Đại tá Quan Văn Thịnh
Hoàng Thị Bích Liên
Nơi nhận:
- Bộ Công an, TW Đoàn (b/c);
- UBND tỉnh (b/c);
- Công an các huyện, thành phố;
- Huyện đoàn, Thành đoàn;
- Lưu: CAT, TĐTN.
"""


# ---------------------------------------------------------------------------
# 4. A district's decision of 2019 replacing an earlier plan, as a web page.

REPLACE_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quyết định 2210/QĐ-UBND huyện Kỳ Lâm</title></head>
<body>
<div class="content">
<table style="width:100%">
<tr>
<td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN KỲ LÂM</b><br>-------</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td>
</tr>
<tr>
<td style="text-align:center">Số: 2210/QĐ-UBND</td>
<td style="text-align:center"><i>Kỳ Lâm, ngày 17 tháng 10 năm 2019</i></td>
</tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Ban hành Kế hoạch phòng, chống suy dinh dưỡng trẻ em trên địa bàn huyện giai đoạn 2020 - 2021</b></p>
<p style="text-align:center"><b>ỦY BAN NHÂN DÂN HUYỆN KỲ LÂM</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i></p>
<p><i>Căn cứ Kế hoạch số 146/KH-UBND ngày 02 tháng 8 năm 2019 của UBND tỉnh Bắc Lâm về thực hiện Chiến lược quốc gia về dinh dưỡng năm 2019 - 2020;</i></p>
<p><i>Xét đề nghị của Trưởng phòng Y tế huyện.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Ban hành Kế hoạch phòng, chống suy dinh dưỡng trẻ em trên địa bàn huyện giai đoạn 2020 - 2021 với các nội dung sau:</p>
<p><b>1. Mục tiêu</b></p>
<p>- Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống còn 21,5% vào năm 2021;</p>
<p>- 90% bà mẹ có con dưới 2 tuổi được tư vấn về dinh dưỡng.</p>
<p><b>2. Nhiệm vụ và thời gian thực hiện</b></p>
<p>a) Cân, đo trẻ em dưới 5 tuổi: tháng 6 và tháng 12 hằng năm. Trung tâm Y tế huyện chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn thực hiện.</p>
<p>b) Bổ sung vi chất dinh dưỡng cho trẻ: tháng 5-6/2020. Trung tâm Y tế huyện chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện thực hiện.</p>
<p>c) Hướng dẫn bữa ăn học đường tại các trường mầm non: trước ngày 30/9/2020. Phòng Giáo dục và Đào tạo huyện chủ trì thực hiện.</p>
<p><b>3. Kinh phí</b></p>
<p>Tổng kinh phí: 1.240 triệu đồng, trong đó: Trung tâm Y tế huyện 860 triệu đồng; Phòng Giáo dục và Đào tạo huyện 380 triệu đồng; từ nguồn ngân sách huyện.</p>
<p><b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký và thay thế Kế hoạch số 58/KH-UBND ngày 21 tháng 3 năm 2018 của Ủy ban nhân dân huyện về phòng, chống suy dinh dưỡng trẻ em giai đoạn 2018 - 2020.</p>
<p><b>Điều 3.</b> Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Y tế, Giám đốc Trung tâm Y tế huyện, Trưởng phòng Giáo dục và Đào tạo, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.</p>
<table style="width:100%">
<tr>
<td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Sở Y tế tỉnh (b/c);<br>- TT Huyện ủy, TT HĐND huyện;<br>- Lưu: VT, YT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Lương Thị Hồng Vân</b></td>
</tr>
</table>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. A province's plan of 2008 for 2008 - 2012, printed to PDF from Word.

TARGETS_BODY = [
    ("i", "Căn cứ Quyết định số 1581/QĐ-TTg ngày 09 tháng 10 năm 2007 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "cấp nước sạch nông thôn giai đoạn 2007 - 2012;"),
    ("i", "Căn cứ Nghị quyết số 11/2007/NQ-HĐND ngày 14 tháng 12 năm 2007 của Hội đồng nhân dân tỉnh Bình Lương về "
          "nhiệm vụ phát triển kinh tế - xã hội năm 2008;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch cấp nước sạch và vệ sinh môi trường nông thôn giai đoạn 2008 - 2012 "
          "như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Cải thiện điều kiện sống của dân cư nông thôn thông qua việc cấp nước sạch và vệ sinh môi trường."),
    ("h", "2. Chỉ tiêu cụ thể"),
]

TARGETS_TABLE = [
    ["TT", "Chỉ tiêu", "ĐVT", "2008", "2009", "2010"],
    ["1", "Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh", "%", "62", "68", "75"],
    ["2", "Tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", "%", "45", "52", "60"],
    ["3", "Số công trình cấp nước tập trung xây mới", "Công trình", "14", "18", "20"],
]

TARGETS_TAIL = [
    ("h", "II. NHIỆM VỤ"),
    ("h", "1. Xây dựng công trình cấp nước tập trung"),
    ("p", "Quý II/2008 khởi công 14 công trình. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban "
          "nhân dân các huyện thực hiện."),
    ("h", "2. Truyền thông thay đổi hành vi vệ sinh"),
    ("p", "Tháng 8-9 hằng năm tổ chức chiến dịch truyền thông. Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ "
          "tỉnh thực hiện."),
    ("h", "3. Cấp nước, nhà vệ sinh cho trường học, trạm y tế"),
    ("p", "Trước ngày 30/6/2009 hoàn thành. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch: 312 tỷ đồng, phân kỳ: giai đoạn 2008 - 2010: 186 tỷ đồng; giai đoạn 2011 "
          "- 2012: 126 tỷ đồng."),
    ("p", "Theo nguồn vốn: ngân sách trung ương 150 tỷ đồng; ngân sách tỉnh 72 tỷ đồng; vốn tín dụng ưu đãi 60 tỷ "
          "đồng; nhân dân đóng góp 30 tỷ đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Phát triển nông thôn: cơ quan thường trực, tổng hợp báo cáo Ủy ban nhân dân tỉnh "
          "trước ngày 15/12 hằng năm."),
    ("p", "2. Sở Kế hoạch và Đầu tư, Sở Tài chính: cân đối, bố trí vốn theo kế hoạch hằng năm."),
    ("p", "3. Ủy ban nhân dân các huyện, thị xã: chỉ đạo các xã tổ chức thực hiện trên địa bàn./."),
]


def targets_plan() -> bytes:
    from tests.invented.build_h1 import closing
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH LƯƠNG", "-------", "Số: 56/KH-UBND"],
            [*MOTTO, "Bình Lương, ngày 12 tháng 02 năm 2008"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Cấp nước sạch và vệ sinh môi trường nông thôn giai đoạn 2008 - 2012", bold=True, center=True)
    _body(doc, TARGETS_BODY)
    _table(doc, TARGETS_TABLE)
    _body(doc, TARGETS_TAIL)
    closing(doc, ["- Bộ Nông nghiệp và PTNT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ngành liên quan;",
                  "- UBND các huyện, thị xã;", "- Lưu: VT, NN."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Thạch Văn Bổn"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A programme of cooperation of 2017 of the province's Sở Y tế and Bảo hiểm xã hội, scraped to Markdown: the two
#    headers in one table row, a schedule table by month, a budget table by body with a column per phase (written after
#    the first five's rules).

SCHEDULE = "g16_syt-bhxh-vanninh_21-ctph_2017_bang-giai-doan-md.md"

SCHEDULE_MD_TEXT = """\
| **SỞ Y TẾ TỈNH VÂN NINH** | **BẢO HIỂM XÃ HỘI TỈNH VÂN NINH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|---|
| | | **Độc lập - Tự do - Hạnh phúc** |
| Số: 21/CTPH-SYT-BHXH | | *Vân Ninh, ngày 09 tháng 02 năm 2017* |

**CHƯƠNG TRÌNH PHỐI HỢP**

**Thực hiện chính sách bảo hiểm y tế trên địa bàn tỉnh giai đoạn 2017 - 2020**

*Căn cứ Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014;*

*Căn cứ Kế hoạch số 302/KH-UBND ngày 20 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh Vân Ninh về phát triển bảo hiểm y tế toàn dân giai đoạn 2017 - 2020;*

Sở Y tế và Bảo hiểm xã hội tỉnh thống nhất Chương trình phối hợp như sau:

**I. MỤC TIÊU**

1. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 85% vào năm 2020.

2. 100% cơ sở khám bệnh, chữa bệnh liên thông dữ liệu khám chữa bệnh bảo hiểm y tế.

**II. NỘI DUNG VÀ LỊCH PHỐI HỢP**

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Rà soát danh sách người chưa tham gia bảo hiểm y tế | Bảo hiểm xã hội tỉnh | Ủy ban nhân dân các huyện, thành phố | Tháng 3-4/2017 |
| 2 | Kết nối phần mềm giám định bảo hiểm y tế | Sở Y tế | Bảo hiểm xã hội tỉnh | Quý III/2017 |
| 3 | Kiểm tra việc khám, chữa bệnh bảo hiểm y tế tại tuyến xã | Sở Y tế | Bảo hiểm xã hội các huyện | Tháng 10 hằng năm |

**III. KINH PHÍ**

Kinh phí phối hợp do mỗi cơ quan bố trí trong dự toán được giao, dự kiến như sau:

*Đơn vị tính: triệu đồng*

| TT | Cơ quan | Tổng số | Giai đoạn 2017 - 2018 | Giai đoạn 2019 - 2020 |
|---|---|---|---|---|
| 1 | Sở Y tế | 1.600 | 700 | 900 |
| 2 | Bảo hiểm xã hội tỉnh | 1.100 | 500 | 600 |
| | Tổng cộng | 2.700 | 1.200 | 1.500 |

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Y tế: chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện đúng quy định về khám, chữa bệnh bảo hiểm y tế.

2. Bảo hiểm xã hội tỉnh: bảo đảm quyền lợi của người tham gia bảo hiểm y tế; thanh toán chi phí kịp thời.

3. Hằng năm, hai cơ quan tổ chức sơ kết, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 20/12./.

| **KT. GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH** | **KT. GIÁM ĐỐC SỞ Y TẾ** |
|---|---|
| **PHÓ GIÁM ĐỐC** | **PHÓ GIÁM ĐỐC** |
| **Nguyễn Thị Kim Thoa** | **Lâm Văn Chánh** |

**Nơi nhận:**
- UBND tỉnh (b/c);
- BHXH Việt Nam (b/c);
- Các cơ sở khám bệnh, chữa bệnh;
- BHXH các huyện;
- Lưu: VT SYT, VT BHXH.
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / JOINT).write_bytes(joint_plan())
    (folder / AMEND).write_text(AMEND_MD_TEXT, encoding="utf-8")
    (folder / PROGRAM).write_text(PROGRAM_TEXT, encoding="utf-8")
    (folder / REPLACE).write_text(REPLACE_HTML, encoding="utf-8")
    (folder / TARGETS).write_bytes(_pdf(targets_plan(), TARGETS))
    (folder / SCHEDULE).write_text(SCHEDULE_MD_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
