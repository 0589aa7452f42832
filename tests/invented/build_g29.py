"""Invented documents of hold-out round G29: a new ward's plan after the two-level reform whose targets are relative
changes and fractions and whose money is written with its thousands set apart by spaces, a ministry's programme of
action whose tasks are an appendix table (TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
Sản phẩm) grouped by Roman numerals, a province department's plan whose total is in tỷ đồng in prose and whose estimate
is a table in nghìn đồng under a header of two rows ("Trong đó" over "NSTW", "NSĐP", "Nguồn khác"), and a province's
plan scraped to Markdown whose money table splits each year by source under a header of two rows, its numbers grouped
by spaces.

The reading the set's conventions imply: a ward's targets stated as relative changes ("giảm ít nhất 10% so với năm
2024", "0,5%/năm", "tăng bình quân 8%/năm", "không dưới 95%") are percents; fractions, counts per unit and turns ("2/3
số khu phố", "01 mô hình sinh kế/khu phố", "tối thiểu 3.000 lượt người", "tăng ít nhất 2 lần") are none. Money with
its thousands set apart by spaces is the same money ("24 680 500 000 đồng", "4 125,25 triệu đồng", a table's "9 600").
A ministry's programme whose section of tasks only lists their groups has its tasks in the appendix table after the
signature: each numbered row an activity (the Roman group rows none), its lead and its partners split at ";", its
time and product no agencies. A department's estimate in nghìn đồng under "Trong đó" gives an item for every amount
cell (the total column total, NSTW central, NSĐP local, "Nguồn khác" other), the total row too; a rate ("tối đa
250.000 nghìn đồng/mô hình", "350 nghìn đồng/người/ngày") no sum.

The documents:
- a new ward's plan of poverty reduction 2026 - 2030 after the two-level reform (.txt);
- a ministry's programme of action with its task table after the signature (.docx);
- a province department's plan of 2026 on its portal, an estimate in nghìn đồng under a header of two rows (.html);
- a province's plan of 2026 - 2028 scraped to Markdown, each year's sources under a header of two rows, numbers
  grouped by spaces (.md).

First pass (golds written by hand before the first extraction, commit 114a1a0; the 4 documents scored alone, code
of f87dab8): micro 247/250/250 (0.988); the ministry's, the department's and the province's documents whole. Read at
first: every header, recipient and basis (the 2025 Law on local government organisation and the Standing
Committee's resolution on arranging the communes); every objective and percent (the relative changes, none from the
fractions and counts); the appendix task table's seven rows with their leads and partners; both two-row money
tables (17 and 25 items, the spaced "9 600" cells too); the prose totals in tỷ đồng with decimals. The misses: a
spaced amount with decimals "4 125,25 triệu đồng" (and "1 025,25 triệu đồng") read as its last group "125,25 triệu
đồng" (2 statements, 2 wrong); "phối hợp với Hội Cựu chiến binh phường ủy thác cho vay ..." one partner running into
the credit it passes on (1). After normalizers.money (a decimal part after spaced groups) and normalizers.agencies
(the verbs of policy credit end a body's name): 250/250/250.

Then, probing the brief's shape with the whole invented set: the 126 .txt/.md invented documents holding dotted
thousands, each "1.500" made "1 500" (their golds' amounts unchanged), scored 5477/5816/5649 (micro 0.955; the same
documents as written 5586/5590/5639). What the normalizers and field rules lost, mended in general form (no record of
the three sets changes): a rate in đồng with one group apart ("50 000 đồng/người/ngày", "600 000 đồng/chuyến"), whose
computed line's result then lost its label (g18's cost lines); "tổng số" taken for a code before "58 600 triệu
đồng" (read 600 triệu); a table's unit "ĐVT: 1 000 đồng" (items ×1000 too large); an indicator table's spaced level
"1 200" (its appendix row no objective). After them 5492/5820/5649; every remaining loss is in a reader's table (the
budget items of 9 documents): text tables laid out in columns split "1 450" at its space into two cells
(extractors.layout, the column finder of laid-out text), a row whose cells are one space apart ("1 250 1 000 250",
extractors.layout.spaced_rows: ambiguous but for the row's sums), and a table flattened one cell a line whose total
row's "8 450" is no sum to extractors.layout.cell_lines._SUM.

Everything is invented (provinces, wards, bodies, names, numbers, dates). `python -m tests.invented.build_g29 OUTDIR`
writes every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

WARD = "g29_phuong-binhkhanhdong_64-kh-ubnd_2025_giam-it-nhat-cach-nghin.txt"
MINISTRY = "g29_bo-dttg_812-ctr-bdttg_2025_phu-luc-nhiem-vu-san-pham.docx"
DEPARTMENT = "g29_sdttg-dakthanh_156-kh-sdttg_2026_nghin-dong-trong-do.html"
PROVINCE = "g29_tinh-quangkhe_73-kh-ubnd_2026_nam-nguon-hai-dong-md.md"


# ---------------------------------------------------------------------------
# 1. A new ward's plan after the two-level reform: relative targets and fractions, money grouped by spaces.

WARD_TEXT = """\
ỦY BAN NHÂN DÂN
PHƯỜNG BÌNH KHÁNH ĐÔNG
-------
Số: 64/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Bình Khánh Đông, ngày 24 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện công tác giảm nghèo bền vững trên địa bàn phường giai đoạn 2026 - 2030

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 1702/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lâm Trà năm 2025;
Thực hiện Kế hoạch số 298/KH-UBND ngày 03 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Lâm Trà về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030;
Trên cơ sở sắp xếp phường Bình Khánh, xã Khánh Đông và xã Khánh Hòa Thượng thành phường Bình Khánh Đông, Ủy ban nhân dân phường ban hành Kế hoạch thực hiện như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Giảm nghèo đa chiều, bao trùm, bền vững; hạn chế tái nghèo và phát sinh nghèo; hỗ trợ hộ nghèo, hộ cận nghèo vượt lên mức sống tối thiểu, tiếp cận đầy đủ các dịch vụ xã hội cơ bản.
2. Mục tiêu cụ thể đến năm 2030
- Số hộ nghèo theo chuẩn nghèo đa chiều giảm ít nhất 10% so với năm 2024; tỷ lệ hộ cận nghèo giảm bình quân 0,5%/năm.
- Thu nhập bình quân của hộ nghèo, hộ cận nghèo tăng bình quân 8%/năm.
- Phấn đấu 2/3 số khu phố có ít nhất 01 mô hình sinh kế/khu phố cho hộ nghèo, hộ cận nghèo.
- Tỷ lệ người thuộc hộ nghèo, hộ cận nghèo tham gia bảo hiểm y tế không dưới 95%.
- Tổ chức tối thiểu 3.000 lượt người được tư vấn, giới thiệu việc làm; 100% người lao động thuộc hộ nghèo có nhu cầu được hỗ trợ học nghề.
- Giảm 50% số hộ nghèo thiếu hụt nước sinh hoạt hợp vệ sinh so với đầu kỳ.

II. NHIỆM VỤ, GIẢI PHÁP
1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế
Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Hội Nông dân phường, Hội Liên hiệp Phụ nữ phường xây dựng, nhân rộng các mô hình sinh kế; hỗ trợ giống, vật tư, chuyển giao kỹ thuật cho hộ nghèo, hộ cận nghèo.
2. Hỗ trợ việc làm, giáo dục nghề nghiệp
Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ việc làm tỉnh Lâm Trà tổ chức các phiên giao dịch việc làm, tư vấn học nghề cho người lao động thuộc hộ nghèo, hộ cận nghèo.
3. Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo
Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị vận động Quỹ "Vì người nghèo", hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo.
4. Tín dụng chính sách
Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Bình Khánh chủ trì, phối hợp với Hội Cựu chiến binh phường ủy thác cho vay, giải ngân vốn vay đúng đối tượng; ưu tiên hộ mới thoát nghèo.
5. Truyền thông về giảm nghèo
Trung tâm Văn hóa - Thể thao và Truyền thông phường chủ trì tuyên truyền trên hệ thống loa truyền thanh, trang thông tin điện tử của phường; biểu dương hộ thoát nghèo tiêu biểu.

III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện giai đoạn 2026 - 2030 dự kiến 24 680 500 000 đồng, trong đó: ngân sách trung ương 14 200 000 000 đồng; ngân sách tỉnh 6 350 000 000 đồng; ngân sách phường 2 130 500 000 đồng; vốn lồng ghép, huy động xã hội hóa 2 000 000 000 đồng.
Kinh phí năm 2026 dự kiến 4 125,25 triệu đồng (ngân sách tỉnh 3 100 triệu đồng, ngân sách phường 1 025,25 triệu đồng).

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc thực hiện Kế hoạch; rà soát hộ nghèo, hộ cận nghèo hằng năm; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
2. Phòng Kinh tế, Hạ tầng và Đô thị: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường; hướng dẫn các mô hình sinh kế.
3. Trung tâm Văn hóa - Thể thao và Truyền thông phường: xây dựng chuyên mục tuyên truyền về giảm nghèo bền vững.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường: vận động các tổ chức, cá nhân ủng hộ Quỹ "Vì người nghèo"; giám sát việc thực hiện chính sách giảm nghèo./.

Nơi nhận:
- UBND tỉnh Lâm Trà (b/c);
- Sở Nông nghiệp và Môi trường;
- TT Đảng ủy, TT HĐND phường;
- CT, các PCT UBND phường;
- Các phòng, đơn vị thuộc phường;
- Lưu: VT, VHXH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đinh Thị Khánh Vân
"""


# ---------------------------------------------------------------------------
# 2. A ministry's programme of action: its tasks in an appendix table grouped by Roman numerals, products as text.

MINISTRY_BODY = [
    ("i", "Căn cứ Nghị định số 53/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Bộ Dân tộc và Tôn giáo;"),
    ("i", "Thực hiện Nghị quyết số 118/NQ-CP ngày 06 tháng 6 năm 2025 của Chính phủ về nhiệm vụ, giải pháp đẩy mạnh "
          "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2025 - 2030;"),
    ("p", "Bộ Dân tộc và Tôn giáo ban hành Chương trình hành động thực hiện Nghị quyết như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Cụ thể hóa các nhiệm vụ Chính phủ giao cho Bộ; xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, "
          "thời hạn hoàn thành và sản phẩm của từng nhiệm vụ."),
    ("p", "- Các vụ, cục, đơn vị thuộc Bộ chủ động, phối hợp chặt chẽ với các bộ, ngành, địa phương trong quá trình "
          "thực hiện."),
    ("h", "II. MỤC TIÊU ĐẾN NĂM 2030"),
    ("p", "- Thu nhập bình quân của người dân tộc thiểu số tăng ít nhất 2 lần so với năm 2024."),
    ("p", "- Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm bình quân trên 3%/năm."),
    ("p", "- Không dưới 90% cán bộ làm công tác dân tộc, tôn giáo các cấp được bồi dưỡng kiến thức chuyên môn."),
    ("p", "- 2/3 số xã đặc biệt khó khăn thoát khỏi tình trạng đặc biệt khó khăn."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "Các cơ quan, đơn vị thuộc Bộ tập trung thực hiện các nhóm nhiệm vụ sau (chi tiết tại Phụ lục kèm theo):"),
    ("p", "- Hoàn thiện thể chế, chính sách về công tác dân tộc, tín ngưỡng, tôn giáo;"),
    ("p", "- Tổ chức thực hiện hiệu quả các chương trình, đề án, dự án tại vùng đồng bào dân tộc thiểu số và miền núi;"),
    ("p", "- Tăng cường thông tin, tuyên truyền; kiểm tra, giám sát việc thực hiện chính sách."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Chương trình hành động được bố trí từ dự toán chi ngân sách nhà nước hằng năm giao cho "
          "Bộ và các nguồn hợp pháp khác theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Vụ Kế hoạch - Tài chính: là đầu mối theo dõi, đôn đốc thực hiện Chương trình hành động; tổng hợp, báo cáo "
          "Bộ trưởng trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Văn phòng Bộ: bảo đảm điều kiện làm việc; theo dõi tiến độ các nhiệm vụ trên Hệ thống quản lý văn bản và "
          "điều hành."),
    ("p", "3. Vụ Pháp chế: thẩm định các văn bản quy phạm pháp luật được giao tại Phụ lục."),
    ("p", "4. Thanh tra Bộ: đưa nội dung kiểm tra việc thực hiện chính sách dân tộc vào kế hoạch thanh tra hằng năm."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Bộ trưởng (qua Vụ Kế hoạch - Tài chính) để "
          "xem xét, quyết định./."),
]

TASK_HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
TASK_ROWS = [
    ["I", "Hoàn thiện thể chế, chính sách", "", "", "", ""],
    ["1", "Xây dựng Nghị định quy định tiêu chí xác định vùng đồng bào dân tộc thiểu số và miền núi theo trình độ "
          "phát triển giai đoạn 2026 - 2030", "Vụ Chính sách dân tộc", "Vụ Pháp chế; các bộ, ngành liên quan",
     "Quý IV/2025", "Nghị định của Chính phủ"],
    ["2", "Rà soát, đề xuất sửa đổi chính sách hỗ trợ đất ở, nhà ở, đất sản xuất cho đồng bào dân tộc thiểu số",
     "Vụ Chính sách dân tộc", "Bộ Nông nghiệp và Môi trường; Bộ Xây dựng", "Năm 2026", "Báo cáo rà soát, đề xuất"],
    ["3", "Hướng dẫn thi hành Luật Tín ngưỡng, tôn giáo đối với tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh",
     "Ban Tôn giáo Chính phủ", "Vụ Pháp chế", "Tháng 12/2025", "Thông tư của Bộ trưởng"],
    ["II", "Tổ chức thực hiện các chương trình, đề án", "", "", "", ""],
    ["4", "Tổng kết Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền "
          "núi giai đoạn 2021 - 2025", "Vụ Kế hoạch - Tài chính",
     "Các vụ, đơn vị thuộc Bộ; Ủy ban nhân dân các tỉnh, thành phố", "Quý I/2026",
     "Báo cáo tổng kết trình Thủ tướng Chính phủ"],
    ["5", "Xây dựng Đề án phát triển nguồn nhân lực người dân tộc thiểu số đến năm 2035", "Vụ Tổ chức cán bộ",
     "Bộ Giáo dục và Đào tạo; Bộ Nội vụ", "Năm 2026", "Quyết định của Thủ tướng Chính phủ phê duyệt Đề án"],
    ["III", "Thông tin, tuyên truyền; kiểm tra, giám sát", "", "", "", ""],
    ["6", "Tuyên truyền, phổ biến chủ trương, chính sách dân tộc, tôn giáo trên báo chí và mạng xã hội",
     "Trung tâm Truyền thông dân tộc", "Văn phòng Bộ", "Hằng năm", "Tin, bài, chuyên trang, chuyên mục"],
    ["7", "Kiểm tra việc thực hiện chính sách dân tộc tại các tỉnh vùng Tây Bắc, Tây Nguyên", "Thanh tra Bộ",
     "Vụ Chính sách dân tộc; Ban Tôn giáo Chính phủ", "Hằng năm", "Kết luận kiểm tra"],
]


def ministry() -> bytes:
    from docx.shared import Pt
    doc = _new()
    _layout(doc, ["BỘ DÂN TỘC VÀ TÔN GIÁO", "-------", "Số: 812/CTr-BDTTG"],
            [*MOTTO, "Hà Nội, ngày 21 tháng 7 năm 2025"], widths=(6.5, 9.5), bold=(1, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Nghị quyết số 118/NQ-CP ngày 06 tháng 6 năm 2025 của Chính phủ về nhiệm vụ, giải pháp "
               "đẩy mạnh phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2025 - 2030",
               bold=True, center=True)
    _body(doc, MINISTRY_BODY)
    closing(doc, ["- Thủ tướng Chính phủ (để b/c);", "- Các Phó Thủ tướng Chính phủ (để b/c);",
                  "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố;",
                  "- Các vụ, đơn vị thuộc Bộ;", "- Lưu: VT, KHTC."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Nông Thị Hải Yến"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Chương trình hành động số 812/CTr-BDTTG ngày 21 tháng 7 năm 2025 của Bộ Dân tộc và Tôn "
               "giáo)", italic=True, center=True)
    table = doc.add_table(rows=1 + len(TASK_ROWS), cols=len(TASK_HEADER))
    _set_cell_borders(table, on=True)
    for c, text in enumerate(TASK_HEADER):
        _cell_lines(table.cell(0, c), [text], bold_upto=1, size=11)
    for r, cells in enumerate(TASK_ROWS, start=1):
        group = not cells[2]
        if group:
            merged = table.cell(r, 1).merge(table.cell(r, len(TASK_HEADER) - 1))
            _cell_lines(table.cell(r, 0), [cells[0]], bold_upto=1, size=11)
            _cell_lines(merged, [cells[1]], bold_upto=1, size=11, center=False)
            continue
        for c, text in enumerate(cells):
            _cell_lines(table.cell(r, c), [text], bold_upto=0, size=11, center=c in (0, 4))
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.space_after = Pt(0)
    _widths(table, [1.0, 5.0, 2.6, 3.2, 2.0, 2.2])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province department's plan: its total in tỷ đồng in prose, its estimate in nghìn đồng in a table whose
#    header spans two rows ("Trong đó" over the sources).

DEPARTMENT_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch công tác dân tộc năm 2026 - Sở Dân tộc và Tôn giáo tỉnh Đắk Thạnh</title></head>
<body>
<div class="menu"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<table class="doc-header" style="width:100%">
<tr><td style="text-align:center">UBND TỈNH ĐẮK THẠNH<br><b>SỞ DÂN TỘC VÀ TÔN GIÁO</b><br>-------</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td style="text-align:center">Số: 156/KH-SDTTG</td><td style="text-align:center"><i>Đắk Thạnh, ngày 15 tháng 01 năm 2026</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Bồi dưỡng kiến thức dân tộc và hỗ trợ phát triển sản xuất vùng đồng bào dân tộc thiểu số năm 2026</b></p>
<p>Căn cứ Quyết định số 2145/QĐ-UBND ngày 18 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Đắk Thạnh về việc giao dự toán ngân sách nhà nước năm 2026;</p>
<p>Thực hiện Kế hoạch số 402/KH-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Đắk Thạnh về thực hiện công tác dân tộc năm 2026;</p>
<p>Sở Dân tộc và Tôn giáo xây dựng Kế hoạch thực hiện như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- 100% cán bộ, công chức làm công tác dân tộc cấp xã được bồi dưỡng kiến thức dân tộc.</p>
<p>- Tối thiểu 3.000 lượt người có uy tín, hộ đồng bào dân tộc thiểu số được tập huấn, phổ biến chính sách.</p>
<p>- Mỗi xã vùng đồng bào dân tộc thiểu số xây dựng 01 mô hình/xã hỗ trợ phát triển sản xuất theo chuỗi giá trị.</p>
<p>- Tỷ lệ hộ nghèo là người dân tộc thiểu số giảm ít nhất 3% so với cuối năm 2025.</p>
<p><b>II. NỘI DUNG THỰC HIỆN</b></p>
<p><b>1. Bồi dưỡng kiến thức dân tộc</b></p>
<p>Phòng Chính sách dân tộc chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức 08 lớp bồi dưỡng kiến thức dân tộc cho cán bộ, công chức cấp xã và người có uy tín trong đồng bào dân tộc thiểu số.</p>
<p><b>2. Hỗ trợ phát triển sản xuất theo chuỗi giá trị</b></p>
<p>Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số lựa chọn, thẩm định và hỗ trợ các mô hình; mức hỗ trợ tối đa 250.000 nghìn đồng/mô hình.</p>
<p><b>3. Tuyên truyền, phổ biến chính sách</b></p>
<p>Văn phòng Sở chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Đắk Thạnh xây dựng chuyên mục bằng tiếng Ê Đê, tiếng M'Nông; phát hành tờ gấp về chính sách dân tộc.</p>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch năm 2026 là 12,46 tỷ đồng (chi tiết tại Biểu kèm theo), trong đó: ngân sách trung ương 9,8 tỷ đồng; ngân sách địa phương 2,16 tỷ đồng; nguồn huy động hợp pháp khác 0,5 tỷ đồng.</p>
<p style="text-align:center"><b>BIỂU DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026</b></p>
<p style="text-align:right"><i>Đơn vị tính: nghìn đồng</i></p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th rowspan="2">Tổng cộng</th><th colspan="3">Trong đó</th></tr>
<tr><th>NSTW</th><th>NSĐP</th><th>Nguồn khác</th></tr>
<tr><td>1</td><td>Bồi dưỡng kiến thức dân tộc cho cán bộ, công chức cấp xã</td><td>1.860.000</td><td>1.400.000</td><td>460.000</td><td>-</td></tr>
<tr><td>2</td><td>Tập huấn, phổ biến chính sách cho người có uy tín</td><td>1.250.000</td><td>900.000</td><td>350.000</td><td>-</td></tr>
<tr><td>3</td><td>Hỗ trợ mô hình phát triển sản xuất theo chuỗi giá trị</td><td>8.600.000</td><td>7.200.000</td><td>900.000</td><td>500.000</td></tr>
<tr><td>4</td><td>Tuyên truyền, xây dựng chuyên mục tiếng dân tộc</td><td>750.000</td><td>300.000</td><td>450.000</td><td>-</td></tr>
<tr><td></td><td><b>Tổng cộng</b></td><td><b>12.460.000</b></td><td><b>9.800.000</b></td><td><b>2.160.000</b></td><td><b>500.000</b></td></tr>
</table>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Chính sách dân tộc: chủ trì tổ chức các lớp bồi dưỡng, tập huấn; tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 năm 2026.</p>
<p>2. Phòng Kế hoạch - Tài chính: hướng dẫn sử dụng, thanh quyết toán kinh phí theo quy định.</p>
<p>3. Văn phòng Sở: bảo đảm điều kiện phục vụ; theo dõi, đôn đốc các phòng thực hiện Kế hoạch.</p>
<p>4. Đề nghị Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số: cử cán bộ tham gia bồi dưỡng; phối hợp lựa chọn mô hình hỗ trợ sản xuất./.</p>
<table class="doc-footer" style="width:100%">
<tr><td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Bộ Dân tộc và Tôn giáo (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng thuộc Sở;<br>- UBND các xã vùng đồng bào DTTS;<br>- Lưu: VT, CSDT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC</b><br><b>PHÓ GIÁM ĐỐC</b><br><br><br><br><b>Ksor Thị Nhung</b></td></tr>
</table>
<div class="footer">Trang thông tin điện tử Sở Dân tộc và Tôn giáo tỉnh Đắk Thạnh</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. A province's plan scraped to Markdown: its money table splits each year by source under two header rows, its
#    numbers grouped by spaces.

PROVINCE_MD = """\
| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **TỈNH QUẢNG KHÊ** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 73/KH-UBND | *Quảng Khê, ngày 09 tháng 3 năm 2026* |

**KẾ HOẠCH**

**Nâng cao năng lực phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã giai đoạn 2026 - 2028**

*Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;*

*Thực hiện Quyết định số 845/QĐ-TTg ngày 22 tháng 7 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng giai đoạn 2026 - 2030;*

Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao năng lực phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã giai đoạn 2026 - 2028 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao năng lực chỉ huy, ứng phó của chính quyền cấp xã sau sắp xếp; giảm thiểu thiệt hại về người và tài sản do thiên tai gây ra.

**2. Mục tiêu cụ thể đến năm 2028**

- Giảm ít nhất 30% thiệt hại về người do thiên tai so với giai đoạn 2021 - 2025.
- 100% xã, phường có phương án ứng phó thiên tai theo cấp độ rủi ro được phê duyệt.
- Tối thiểu 2/3 số xã, phường ven biển tổ chức diễn tập ứng phó thiên tai ít nhất 01 lần/năm.
- Không dưới 95% hộ dân vùng có nguy cơ cao được tiếp nhận thông tin cảnh báo sớm.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Hoàn thiện hệ thống cảnh báo sớm thiên tai**

Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Đài Khí tượng Thủy văn tỉnh lắp đặt bổ sung trạm đo mưa tự động, hệ thống loa cảnh báo tại các xã, phường ven biển và vùng núi có nguy cơ sạt lở.

**2. Tổ chức diễn tập ứng phó thiên tai cấp xã**

Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tổ chức diễn tập ứng phó bão, lũ, sạt lở đất theo phương án được duyệt.

**3. Tập huấn lực lượng xung kích phòng, chống thiên tai cơ sở**

Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh, Tỉnh đoàn tập huấn kỹ năng sơ cấp cứu, cứu hộ, cứu nạn cho lực lượng xung kích các xã, phường.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch dự kiến 28,65 tỷ đồng, trong đó ngân sách trung ương 16,2 tỷ đồng, ngân sách tỉnh 12,45 tỷ đồng (chi tiết tại Phụ lục kèm theo). Mức hỗ trợ lực lượng xung kích tham gia tập huấn 350 nghìn đồng/người/ngày.

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Nông nghiệp và Môi trường: là cơ quan thường trực, hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.
3. Bộ Chỉ huy Quân sự tỉnh: chủ trì xây dựng kịch bản, hướng dẫn diễn tập; bố trí lực lượng hỗ trợ các xã, phường.
4. Ủy ban nhân dân các xã, phường: kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã; tổ chức thực hiện các nội dung của Kế hoạch trên địa bàn./.

| **Nơi nhận:** - Bộ Nông nghiệp và Môi trường (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - CT, các PCT UBND tỉnh; - Các sở, ban, ngành tỉnh; - UBND các xã, phường; - Lưu: VT, KTN. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Lương Văn Hậu** |
|---|---|

**PHỤ LỤC**

**KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 - 2028**

*(Kèm theo Kế hoạch số 73/KH-UBND ngày 09 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Quảng Khê)*

*Đơn vị tính: triệu đồng*

| TT | Nội dung | Tổng cộng | Năm 2026 | | Năm 2027 | | Năm 2028 | |
|---|---|---|---|---|---|---|---|---|
| | | | NSTW | NSĐP | NSTW | NSĐP | NSTW | NSĐP |
| 1 | Nâng cấp hệ thống cảnh báo sớm thiên tai | 9 600 | 2 400 | 800 | 2 400 | 800 | 2 400 | 800 |
| 2 | Diễn tập ứng phó thiên tai cấp xã, phường | 4 350 | | 1 450 | | 1 450 | | 1 450 |
| 3 | Tập huấn lực lượng xung kích phòng, chống thiên tai cơ sở | 14 700 | 3 000 | 1 900 | 3 000 | 1 900 | 3 000 | 1 900 |
| | **Tổng cộng** | **28 650** | **5 400** | **4 150** | **5 400** | **4 150** | **5 400** | **4 150** |
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / WARD).write_text(WARD_TEXT, encoding="utf-8")
    (folder / MINISTRY).write_bytes(ministry())
    (folder / DEPARTMENT).write_text(DEPARTMENT_HTML, encoding="utf-8")
    (folder / PROVINCE).write_text(PROVINCE_MD, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
