"""Invented documents of hold-out round G17: resolutions of a year's or five years' targets, lists of investment
projects, allocations of money by locality.

- a province HĐND's Nghị quyết of 2025 on the socio-economic plan of 2026, in Word: the year 2025's results in its
  Điều 1 ("ước đạt 7,9%", "đạt 96,5% dự toán": no targets), the general aim and the "chỉ tiêu chủ yếu" of 2026 by
  field (growth %, income per head in million đồng, poor households down by percentage points, forest cover),
  "HĐND tỉnh khóa XVII, kỳ họp thứ ... thông qua ngày ...", signed CHỦ TỊCH; an annex listing new projects (tên dự
  án, địa điểm, quy mô, thời gian, tổng mức đầu tư, the year's money by NSTW/NSĐP) with a total row (.docx);
- a commune HĐND's Nghị quyết of 2020 on its five-year plan 2021 - 2025 scraped to Markdown: the past five years'
  results, the aims for 2025, the money of 2021 - 2025 by village and by year in a pipe table (.md);
- a province's Quyết định of 2013 allocating the money of a national programme of 2014 to its districts, copied from
  a PDF to text: Điều 1's sums by source, the annex table by district (Tổng số | NSTW | NS tỉnh) in spaced columns,
  the executors of Điều 3 listed after "Giám đốc các Sở:" (.txt);
- a district's Quyết định of 2022 allocating the money of 2022 - 2023 to its communes, as a web page: a past year's
  results before the aims, a table by commune with a column per year and source under merged headers (.html);
- a province HĐND's Nghị quyết of 2010 on the five-year plan 2011 - 2015 printed to PDF from Word: the results of
  2006 - 2010, the targets of 2015, the period's money in prose and by district in a table (.pdf).
- a commune HĐND's Nghị quyết of 2023 on the plan of 2024 and its public investment projects scraped to Markdown, the
  header and the project list each flattened to one cell a line (.md, written after the first five's rules).

First pass (golds written by hand before the first extraction, the 5 documents scored alone): micro 264/269/271.
Read at first: every header, signer and recipient, the bases, every objective and percent target (the results of the
past year or period beside them, "ước đạt 7,9%", "đạt 96,5% dự toán", "giảm từ 12,4% xuống còn 4,1%", left out; "giảm
0,8 điểm phần trăm" a target), the project annex in Word (tổng mức đầu tư all years, the year's money by NSTW/NSĐP),
the tables by village, district and commune (a year and a source per column under merged headers, the spaced columns
of the text copied from a PDF). The misses: an article that gives its first agency a task and, after a semicolon,
other agencies theirs ("Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân
tỉnh, các Ban và đại biểu ... giám sát ...", the PDF's line broken after the semicolon; "...; Ủy ban nhân dân các
huyện phân bổ chi tiết ...") read only its first agency; "Phân bổ vốn ... cho các huyện với tổng số 58.600 triệu
đồng, trong đó: ..." given the scope of the clause before "với tổng số" (a bare "tổng số", no "vốn"); "Tổng vốn đầu tư
từ ngân sách nhà nước ... 2.000 tỷ đồng, trong đó: ..." read as the state budget as one part (source other); a
collective named bare in Điều 2 and with its places in Điều 3 ("Chủ tịch UBND các xã Vĩnh Thạnh Tây, Cẩm Đường, Lộc
Điền") counted as two bodies.

After this round's rules (tests/test_g17_holdout.py): 271/271/271.

The sixth document (gold written by hand before its first extraction, on the first five's rules): 40/43/45. Read at
first: the flattened header, the results of 2023 beside the targets of 2024, the year's money by source, the project
rows flattened a cell a line. Missed: the column "Vốn năm 2024" read as a source of its own (other), where a year's
money that names no source is all sources together (extractors/tables/rebuild.py, a rule of this round): 43/43/45.
Left: the flattened total row ("Tổng cộng" / "8.450" / "7.350", its empty cells leaving no line, fewer lines than the
headings) is not placed, so its two amounts are missed; extractors/layout/cell_lines.py (not this round's) would need
to read a total row after the last numbered row whose label is followed only by amounts as the row's last amount
columns.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g17 OUTDIR`
writes every file; the PDF needs soffice (the file in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

YEAR_PLAN = "g17_hdnd-tayphong_48-nq-hdnd_2025_chi-tieu-nam-danh-muc-du-an.docx"
COMMUNE = "g17_hdnd-xa-phuckhe_09-nq-hdnd_2020_ke-hoach-5-nam-theo-thon.md"
ALLOCATE = "g17_tinh-lamha_2875-qd-ubnd_2013_phan-bo-von-theo-huyen.txt"
DISTRICT = "g17_huyen-tanquy_1167-qd-ubnd_2022_phan-bo-von-xa-nam-nguon.html"
FIVE_YEAR = "g17_hdnd-havan_31-nq-hdnd_2010_ke-hoach-5-nam-von-huyen.pdf"


# ---------------------------------------------------------------------------
# 1. A province HĐND's resolution on the plan of 2026 with an annex of new projects, in Word.

YEAR_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"),
    ("i", "Căn cứ Nghị quyết số 158/2025/QH15 ngày 12 tháng 11 năm 2025 của Quốc hội về kế hoạch phát triển kinh tế - "
          "xã hội năm 2026;"),
    ("i", "Xét Tờ trình số 215/TTr-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh "
          "tế - xã hội năm 2026; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận "
          "của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025"),
    ("p", "Hội đồng nhân dân tỉnh cơ bản tán thành Báo cáo của Ủy ban nhân dân tỉnh. Năm 2025, tốc độ tăng trưởng kinh "
          "tế (GRDP) ước đạt 7,9%; GRDP bình quân đầu người đạt 68,4 triệu đồng; tỷ lệ hộ nghèo giảm còn 3,12%; tỷ lệ "
          "che phủ rừng đạt 51,6%; có 14/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch, riêng thu ngân sách nhà nước trên "
          "địa bàn đạt 96,5% dự toán."),
    ("p", "Điều 2. Kế hoạch phát triển kinh tế - xã hội năm 2026"),
    ("h", "1. Mục tiêu tổng quát"),
    ("p", "Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh, đẩy mạnh giải ngân vốn đầu tư công; phát triển văn "
          "hóa, xã hội, nâng cao đời sống Nhân dân vùng đồng bào dân tộc thiểu số; giữ vững quốc phòng, an ninh."),
    ("h", "2. Các chỉ tiêu chủ yếu năm 2026"),
    ("p", "a) Về kinh tế"),
    ("p", "- Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,2% trở lên."),
    ("p", "- GRDP bình quân đầu người đạt 75 triệu đồng."),
    ("p", "- Thu ngân sách nhà nước trên địa bàn tăng 9% so với ước thực hiện năm 2025."),
    ("p", "b) Về xã hội"),
    ("p", "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 0,8 điểm phần trăm."),
    ("p", "- Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 34,5%."),
    ("p", "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%."),
    ("p", "- Lũy kế có 62% số xã đạt chuẩn nông thôn mới."),
    ("p", "c) Về môi trường"),
    ("p", "- Tỷ lệ che phủ rừng đạt 52%."),
    ("p", "- Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96%."),
    ("h", "3. Danh mục dự án khởi công mới năm 2026"),
    ("p", "Chi tiết tại Phụ lục kèm theo Nghị quyết này."),
    ("p", "Điều 3. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."),
    ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội "
          "đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Tây Phong khóa XVII, kỳ họp thứ hai mươi thông qua ngày 10 "
          "tháng 12 năm 2025 và có hiệu lực từ ngày ký./."),
]

YEAR_PROJECTS = [
    ["TT", "Tên dự án", "Địa điểm xây dựng", "Quy mô", "Thời gian thực hiện", "Tổng mức đầu tư",
     "Kế hoạch vốn năm 2026", "", ""],
    ["", "", "", "", "", "", "Tổng số", "NSTW", "NSĐP"],
    ["", "TỔNG CỘNG", "", "", "", "412.800", "96.500", "60.000", "36.500"],
    ["1", "Đường giao thông liên xã Nà Hẩu - Khe Vằn", "Huyện Mường Tả", "14,5 km, đường cấp IV miền núi",
     "2026-2028", "186.000", "42.000", "30.000", "12.000"],
    ["2", "Trường THCS Pá Lành, nhà học 2 tầng 12 phòng", "Xã Pá Lành", "12 phòng học", "2026-2027", "38.800",
     "14.500", "-", "14.500"],
    ["3", "Kè chống sạt lở bờ suối Nậm Khoang", "Thị trấn Tà Sin", "2,1 km", "2026-2029", "188.000", "40.000",
     "30.000", "10.000"],
]


def year_plan() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂY PHONG", "-------", "Số: 48/NQ-HĐND"],
            [*MOTTO, "Tây Phong, ngày 10 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Về kế hoạch phát triển kinh tế - xã hội năm 2026", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY PHONG", bold=True, center=True)
    _paragraph(doc, "KHÓA XVII, KỲ HỌP THỨ HAI MƯƠI", bold=True, center=True)
    _body(doc, YEAR_BODY)
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Lò Văn Puộc"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Nghị quyết số 48/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    _widths(_table(doc, YEAR_PROJECTS, merges=tuple(((0, c), (1, c)) for c in range(6)) + (((0, 6), (0, 8)),)),
            [0.9, 3.6, 2.2, 2.4, 1.7, 1.9, 1.7, 1.6, 1.6])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A commune HĐND's resolution on its five-year plan 2021 - 2025, scraped to Markdown.

COMMUNE_MD_TEXT = """\
| **HỘI ĐỒNG NHÂN DÂN XÃ PHÚC KHÊ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **Số: 09/NQ-HĐND** | **Độc lập - Tự do - Hạnh phúc** |
| | *Phúc Khê, ngày 28 tháng 12 năm 2020* |

# NGHỊ QUYẾT

**Về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025**

**HỘI ĐỒNG NHÂN DÂN XÃ PHÚC KHÊ KHÓA XXI, KỲ HỌP THỨ MƯỜI HAI**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

*Căn cứ Nghị quyết số 37/NQ-HĐND ngày 11 tháng 12 năm 2020 của Hội đồng nhân dân huyện Yên Đồng về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025;*

*Xét Tờ trình số 56/TTr-UBND ngày 18 tháng 12 năm 2020 của Ủy ban nhân dân xã; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp,*

**QUYẾT NGHỊ:**

**Điều 1.** Thông qua kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 với các nội dung sau:

**1. Kết quả thực hiện kế hoạch 5 năm 2016 - 2020**

- Tổng giá trị sản xuất tăng bình quân 8,6%/năm, đạt 101,2% kế hoạch.
- Thu nhập bình quân đầu người năm 2020 đạt 38,5 triệu đồng.
- Tỷ lệ hộ nghèo giảm từ 12,4% năm 2016 xuống còn 4,1% năm 2020.
- Xã đạt chuẩn nông thôn mới năm 2019.

**2. Mục tiêu tổng quát**

Phát triển kinh tế nông nghiệp hàng hóa gắn với dịch vụ; giữ vững danh hiệu xã nông thôn mới, phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2025.

**3. Các chỉ tiêu chủ yếu đến năm 2025**

- Tổng giá trị sản xuất tăng bình quân 9%/năm trở lên.
- Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng.
- Tỷ lệ hộ nghèo giảm bình quân 0,6 điểm phần trăm/năm.
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.
- 100% thôn có nhà văn hóa đạt chuẩn.

**4. Vốn đầu tư phát triển giai đoạn 2021 - 2025**

Tổng vốn đầu tư phát triển từ ngân sách xã giai đoạn 2021 - 2025 là 5.550 triệu đồng, phân bổ cho các thôn như sau:

*Đơn vị tính: triệu đồng*

| TT | Thôn | Tổng số | Năm 2021 | Năm 2022 | Năm 2023 | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|---|---|
| 1 | Thôn Đồng Chùa | 2.400 | 500 | 450 | 500 | 450 | 500 |
| 2 | Thôn Khe Mít | 1.850 | 400 | 350 | 400 | 350 | 350 |
| 3 | Thôn Bãi Sậy | 1.300 | 250 | 250 | 300 | 250 | 250 |
| | **Tổng cộng** | **5.550** | **1.150** | **1.050** | **1.200** | **1.050** | **1.100** |

**Điều 2.** Tổ chức thực hiện

1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.

2. Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân xã Phúc Khê khóa XXI, kỳ họp thứ mười hai thông qua ngày 28 tháng 12 năm 2020 và có hiệu lực từ ngày 01 tháng 01 năm 2021./.

| **Nơi nhận:** - TT HĐND, UBND huyện Yên Đồng; - TT Đảng ủy xã; - UBND xã; - Đại biểu HĐND xã; - Các thôn; - Lưu: VT. | **CHỦ TỊCH** **Đinh Văn Hượng** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 3. A province's decision of 2013 allocating a programme's money of 2014 to its districts, copied from a PDF.

ALLOCATE_TEXT = """\
   ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     TỈNH LÂM HÀ                           Độc lập - Tự do - Hạnh phúc
       -------                                  ---------------
  Số: 2875/QĐ-UBND                      Lâm Hà, ngày 16 tháng 12 năm 2013

                               QUYẾT ĐỊNH
   Về việc phân bổ vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững
                                năm 2014

                   ỦY BAN NHÂN DÂN TỈNH LÂM HÀ

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm
2003;
Căn cứ Quyết định số 1489/QĐ-TTg ngày 08 tháng 10 năm 2012 của Thủ tướng Chính
phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2012 -
2015;
Căn cứ Nghị quyết số 88/NQ-HĐND ngày 06 tháng 12 năm 2013 của Hội đồng nhân dân
tỉnh về dự toán ngân sách nhà nước năm 2014;
Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 1315/TTr-SKHĐT
ngày 10 tháng 12 năm 2013,

                               QUYẾT ĐỊNH:

Điều 1. Phân bổ vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2014
cho các huyện với tổng số 58.600 triệu đồng, trong đó: ngân sách trung ương
46.800 triệu đồng; ngân sách tỉnh 11.800 triệu đồng (chi tiết theo Phụ lục kèm
theo).
Điều 2. Giao Sở Kế hoạch và Đầu tư, Sở Tài chính hướng dẫn các huyện sử dụng vốn
đúng mục tiêu; Ủy ban nhân dân các huyện phân bổ chi tiết cho các xã, báo cáo kết
quả về Sở Kế hoạch và Đầu tư trước ngày 31/01/2014.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Kế hoạch và Đầu
tư, Tài chính, Lao động - Thương binh và Xã hội; Giám đốc Kho bạc Nhà nước tỉnh;
Chủ tịch Ủy ban nhân dân các huyện Đạ Rinh, Lạc Sơn, Bảo Khê chịu trách nhiệm thi
hành Quyết định này./.

Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                   KT. CHỦ TỊCH
- Bộ Lao động - TB&XH (b/c);                    PHÓ CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Lưu: VT, KT.                                  (Đã ký)

                                                Ka Đình Thoại
                                                                                 1
                                  PHỤ LỤC
     PHÂN BỔ VỐN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2014
      (Kèm theo Quyết định số 2875/QĐ-UBND ngày 16/12/2013 của UBND tỉnh)
                                                        Đơn vị tính: triệu đồng
 TT      Huyện                 Tổng số        Ngân sách trung ương     Ngân sách tỉnh
         Tổng cộng              58.600              46.800                 11.800
 1       Huyện Đạ Rinh          21.400              17.200                  4.200
 2       Huyện Lạc Sơn          19.800              15.600                  4.200
 3       Huyện Bảo Khê          17.400              14.000                  3.400
"""


# ---------------------------------------------------------------------------
# 4. A district's decision of 2022 allocating the money of 2022 - 2023 to its communes, as a web page.

DISTRICT_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quyết định 1167/QĐ-UBND huyện Tân Quy</title></head>
<body>
<div class="content">
<table style="width:100%">
<tr>
<td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN TÂN QUY</b><br>-------<br>Số: 1167/QĐ-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Tân Quy, ngày 14 tháng 4 năm 2022</i></td>
</tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Phân bổ vốn thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2022 - 2023 cho các xã</b></p>
<p style="text-align:center"><b>ỦY BAN NHÂN DÂN HUYỆN TÂN QUY</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i></p>
<p><i>Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;</i></p>
<p><i>Căn cứ Quyết định số 604/QĐ-UBND ngày 30 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Hòa Quang về giao vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022 - 2023;</i></p>
<p><i>Theo đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện tại Tờ trình số 88/TTr-TCKH ngày 08 tháng 4 năm 2022.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Phân bổ vốn thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2022 - 2023 cho các xã, như sau:</p>
<p><b>1. Kết quả năm 2021</b></p>
<p>Năm 2021, toàn huyện giải ngân đạt 96,5% kế hoạch vốn được giao; tỷ lệ xã đạt chuẩn nông thôn mới đạt 58,3%.</p>
<p><b>2. Mục tiêu</b></p>
<p>- Đến hết năm 2023, tỷ lệ xã đạt chuẩn nông thôn mới của huyện đạt 75%;</p>
<p>- 100% xã được phân bổ vốn hoàn thành tiêu chí giao thông và thủy lợi.</p>
<p><b>3. Phân bổ vốn</b></p>
<p>Tổng vốn phân bổ là 13.700 triệu đồng, gồm: ngân sách trung ương 9.800 triệu đồng, ngân sách huyện 3.900 triệu đồng (chi tiết theo bảng sau).</p>
<p style="text-align:right"><i>Đơn vị tính: triệu đồng</i></p>
<table border="1">
<tr><th rowspan="2">TT</th><th rowspan="2">Xã</th><th rowspan="2">Tổng số</th><th colspan="2">Năm 2022</th><th colspan="2">Năm 2023</th></tr>
<tr><th>NSTW</th><th>NSĐP</th><th>NSTW</th><th>NSĐP</th></tr>
<tr><td>1</td><td>Xã Vĩnh Thạnh Tây</td><td>5.200</td><td>1.800</td><td>700</td><td>1.900</td><td>800</td></tr>
<tr><td>2</td><td>Xã Cẩm Đường</td><td>4.600</td><td>1.500</td><td>600</td><td>1.800</td><td>700</td></tr>
<tr><td>3</td><td>Xã Lộc Điền</td><td>3.900</td><td>1.300</td><td>500</td><td>1.500</td><td>600</td></tr>
<tr><td></td><td><b>Tổng cộng</b></td><td><b>13.700</b></td><td><b>4.600</b></td><td><b>1.800</b></td><td><b>5.200</b></td><td><b>2.100</b></td></tr>
</table>
<p><b>Điều 2.</b> Ủy ban nhân dân các xã có trách nhiệm quản lý, sử dụng vốn đúng mục đích; Phòng Tài chính - Kế hoạch huyện hướng dẫn, kiểm tra việc sử dụng vốn.</p>
<p><b>Điều 3.</b> Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch, Giám đốc Kho bạc Nhà nước huyện, Chủ tịch UBND các xã Vĩnh Thạnh Tây, Cẩm Đường, Lộc Điền chịu trách nhiệm thi hành Quyết định này./.</p>
<table style="width:100%">
<tr>
<td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Sở Tài chính tỉnh (b/c);<br>- TT Huyện ủy, TT HĐND huyện;<br>- Lưu: VT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Trịnh Quốc Bảo</b></td>
</tr>
</table>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. A province HĐND's resolution of 2010 on the five-year plan 2011 - 2015, printed to PDF from Word.

FIVE_BODY = [
    ("i", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
    ("i", "Căn cứ Nghị quyết số 10/2010/NQ-HĐND ngày 15 tháng 7 năm 2010 của Hội đồng nhân dân tỉnh Hà Vân về định "
          "hướng phát triển kinh tế - xã hội giai đoạn 2011 - 2015;"),
    ("i", "Xét Tờ trình số 142/TTr-UBND ngày 22 tháng 11 năm 2010 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh "
          "tế - xã hội 5 năm 2011 - 2015; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến của đại biểu Hội đồng "
          "nhân dân tỉnh,"),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015 với những nội dung chủ yếu sau:"),
    ("h", "1. Kết quả thực hiện kế hoạch 5 năm 2006 - 2010"),
    ("p", "Tốc độ tăng trưởng GDP bình quân đạt 11,2%/năm; thu nhập bình quân đầu người năm 2010 đạt 14,8 triệu đồng; "
          "tỷ lệ hộ nghèo giảm từ 24,6% xuống còn 11,3%; tỷ lệ che phủ rừng đạt 44,1%; vốn đầu tư từ ngân sách giải "
          "ngân đạt 96,5% kế hoạch."),
    ("h", "2. Mục tiêu tổng quát"),
    ("p", "Khai thác có hiệu quả tiềm năng, lợi thế của tỉnh; chuyển dịch cơ cấu kinh tế theo hướng công nghiệp, dịch "
          "vụ; nâng cao đời sống vật chất, tinh thần của Nhân dân; bảo đảm quốc phòng, an ninh."),
    ("h", "3. Các chỉ tiêu chủ yếu đến năm 2015"),
    ("p", "- Tốc độ tăng trưởng GDP bình quân 12 - 12,5%/năm."),
    ("p", "- Thu nhập bình quân đầu người năm 2015 đạt 30 triệu đồng."),
    ("p", "- Tỷ lệ hộ nghèo giảm bình quân 2 điểm phần trăm/năm."),
    ("p", "- Tỷ lệ lao động qua đào tạo đạt 45%."),
    ("p", "- Tỷ lệ che phủ rừng đạt 48%."),
    ("p", "- Có 20% số xã đạt tiêu chí nông thôn mới."),
    ("h", "4. Vốn đầu tư từ ngân sách nhà nước"),
    ("p", "Tổng vốn đầu tư từ ngân sách nhà nước giai đoạn 2011 - 2015 dự kiến 2.000 tỷ đồng, trong đó: ngân sách "
          "trung ương 1.040 tỷ đồng; ngân sách địa phương 960 tỷ đồng. Phân bổ theo địa bàn như sau:"),
    ("p", "Đơn vị tính: triệu đồng"),
]

FIVE_TABLE = [
    ["TT", "Huyện, thành phố", "Tổng số giai đoạn 2011 - 2015", "Trong đó", "", "Năm 2011"],
    ["", "", "", "NSTW", "NSĐP", ""],
    ["1", "Thành phố Hà Vân", "820.000", "310.000", "510.000", "150.000"],
    ["2", "Huyện Sơn Hạ", "640.000", "380.000", "260.000", "118.000"],
    ["3", "Huyện Đà Lũng", "540.000", "350.000", "190.000", "96.000"],
    ["", "Tổng cộng", "2.000.000", "1.040.000", "960.000", "364.000"],
]

FIVE_TAIL = [
    ("p", "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân tỉnh, các Ban "
          "và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Vân khóa VII, kỳ họp thứ hai mươi mốt thông qua ngày 09 "
          "tháng 12 năm 2010./."),
]


def five_year_plan() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ VÂN", "-------", "Số: 31/2010/NQ-HĐND"],
            [*MOTTO, "Hà Vân, ngày 10 tháng 12 năm 2010"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Về kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ VÂN", bold=True, center=True)
    _paragraph(doc, "KHÓA VII, KỲ HỌP THỨ 21", bold=True, center=True)
    _body(doc, FIVE_BODY)
    _widths(_table(doc, FIVE_TABLE, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4)),
                                            ((0, 5), (1, 5)))), [1.0, 4.0, 3.2, 2.8, 2.8, 2.4])
    _body(doc, FIVE_TAIL)
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- TT Tỉnh ủy;", "- UBND tỉnh;",
                  "- Đại biểu HĐND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Bế Thị Hoan"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A commune HĐND's resolution on the plan of 2024 and its public investment projects, scraped to Markdown: the
#    header flattened to one cell a line, the project list flattened to one cell a line (no pipes) (written after the
#    first five's rules).

FLAT = "g17_hdnd-xa-hoatien_21-nq-hdnd_2023_danh-muc-du-an-phang-md.md"

FLAT_TEXT = """\
**HỘI ĐỒNG NHÂN DÂN
XÃ HÒA TIẾN**
\\-------
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**
\\---------------
Số: 21/NQ-HĐND
*Hòa Tiến, ngày 15 tháng 12 năm 2023*

**NGHỊ QUYẾT**

**Về kế hoạch phát triển kinh tế - xã hội và danh mục dự án đầu tư công năm 2024**

**HỘI ĐỒNG NHÂN DÂN XÃ HÒA TIẾN**
**KHÓA XXII, KỲ HỌP THỨ TÁM**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

*Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;*

*Căn cứ Nghị quyết số 64/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân huyện Đông Lạc về dự toán ngân sách và phân bổ vốn đầu tư công năm 2024;*

*Xét Tờ trình số 97/TTr-UBND ngày 04 tháng 12 năm 2023 của Ủy ban nhân dân xã; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp,*

**QUYẾT NGHỊ:**

**Điều 1.** Thông qua kế hoạch phát triển kinh tế - xã hội và danh mục dự án đầu tư công năm 2024 như sau:

**1. Kết quả thực hiện năm 2023**

Năm 2023, tổng thu ngân sách xã đạt 108,4% dự toán; thu nhập bình quân đầu người đạt 52,3 triệu đồng; tỷ lệ hộ nghèo còn 2,85%; có 11/12 chỉ tiêu đạt và vượt kế hoạch.

**2. Các chỉ tiêu chủ yếu năm 2024**

- Giá trị sản xuất tăng 7,5% trở lên.

- Thu nhập bình quân đầu người đạt 57 triệu đồng.

- Tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm.

- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.

- Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt 92%.

**3. Danh mục dự án đầu tư công năm 2024**

Tổng vốn đầu tư công năm 2024 của xã là 7.350 triệu đồng, trong đó: ngân sách huyện hỗ trợ 4.200 triệu đồng; ngân sách xã 3.150 triệu đồng. Danh mục dự án như sau:

*Đơn vị tính: triệu đồng*

TT
Tên dự án
Địa điểm
Quy mô
Tổng mức đầu tư
Vốn năm 2024
1
Bê tông hóa đường trục thôn Phước Lý
Thôn Phước Lý
1,8 km
3.900
3.100
2
Nhà văn hóa thôn Trung Sơn
Thôn Trung Sơn
200 chỗ ngồi
2.450
2.450
3
Kênh mương nội đồng xứ Đồng Bưng
Thôn Tân An
1,2 km
2.100
1.800
Tổng cộng
8.450
7.350

**Điều 2.** Tổ chức thực hiện

1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.

2. Thường trực Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân xã Hòa Tiến khóa XXII, kỳ họp thứ tám thông qua ngày 15 tháng 12 năm 2023 và có hiệu lực từ ngày ký./.

**Nơi nhận:**
\\- TT HĐND, UBND huyện Đông Lạc;
\\- Phòng Tài chính - Kế hoạch huyện;
\\- TT Đảng ủy xã;
\\- Đại biểu HĐND xã;
\\- Lưu: VT.

**CHỦ TỊCH**

**Nguyễn Hữu Thạnh**
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / YEAR_PLAN).write_bytes(year_plan())
    (folder / COMMUNE).write_text(COMMUNE_MD_TEXT, encoding="utf-8")
    (folder / ALLOCATE).write_text(ALLOCATE_TEXT, encoding="utf-8")
    (folder / DISTRICT).write_text(DISTRICT_HTML, encoding="utf-8")
    (folder / FIVE_YEAR).write_bytes(_pdf(five_year_plan(), FIVE_YEAR))
    (folder / FLAT).write_text(FLAT_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
