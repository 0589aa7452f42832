"""Invented documents of hold-out round G14: issuers the set holds least (a Cục of a ministry with targets for all
provinces, a Ban Thường vụ Huyện ủy's Chương trình hành động, a Hội Liên hiệp Phụ nữ and a Tỉnh đoàn, public service
units: a Trung tâm Khuyến nông and a hospital) with money told year by year in prose, shares by level, "lồng ghép"
from national target programmes, "nghìn đồng" estimates, thousands grouped by a space before a scale word
("1 250 triệu đồng"), a task's money after a semicolon, targets as ranges, floors and ceilings, targets per unit and
by year in a Word table, responsibilities of bodies sharing one level word and leads named by their role.

- a Cục's Kế hoạch of 2026 in Word ("BỘ Y TẾ / CỤC ..."): targets for all provinces, leads of its Phòng and a Vụ as
  partner with "và các đơn vị liên quan", money "năm 2026: 1.200 triệu đồng; năm 2027: 1.500 triệu đồng" (.docx);
- a Ban Thường vụ Huyện ủy's Chương trình hành động of 2023 scraped to Markdown ("ĐẢNG BỘ TỈNH ... / HUYỆN ỦY ...",
  "18-CTr/HU"): ranged, floor and ceiling targets ("từ 55% đến 60%", "giảm xuống dưới 3%", "không quá 2%"), money
  "lồng ghép" from a national target programme year by year, "Đề nghị Hội Nông dân, Hội Cựu chiến binh huyện" (.md);
- a Hội Liên hiệp Phụ nữ tỉnh's Kế hoạch of 2026 in Word: a table "Đơn vị tính: nghìn đồng" with a "Lồng ghép
  CTMTQG" column, "mỗi xã ít nhất 01 ...", "từ 70% đến 75%", "Đề nghị Hội Nông dân, Hội Cựu chiến binh tỉnh" (.docx);
- a Trung tâm Khuyến nông's Kế hoạch of 2026 printed to PDF: each task's money after a semicolon ("...; kinh phí
  1 250 triệu đồng ..."), thousands apart by a space, a total by year in prose, "không dưới 20%" (.pdf);
- a Tỉnh đoàn's Kế hoạch of 2024 word-segmented: "75-KH/TĐTN-TNNT", shares by level with their amounts ("ngân sách
  tỉnh hỗ trợ 70% (1.400 triệu đồng), ngân sách huyện đối ứng 30% (600 triệu đồng)"), "Đề nghị Sở ..., Công an tỉnh"
  (.txt);
- a hospital's Kế hoạch of 2026 on its portal: responsibilities named by role ("Trưởng phòng ... chịu trách nhiệm"),
  "tối thiểu 95%", "giảm xuống dưới 5%", money "3.450.000 nghìn đồng" and by year (.html);
- a province's Kế hoạch of 2026 in Word: targets by year in a table ("Năm 2026 | Năm 2027 | Năm 2028"), a budget
  table by year, each task's money after a semicolon, "Giám đốc Sở ... chịu trách nhiệm" (.docx);
- a district's Kế hoạch of 2024 scraped to Markdown: "lồng ghép" from two national target programmes with their
  amounts, money by year in prose, co-ordinators "phối hợp với ... và các đơn vị liên quan", "Đề nghị Hội Nông dân,
  Hội Phụ nữ huyện" (.md).

First pass (golds written by hand before the first extraction, the 8 documents scored alone): micro 323/341/339 (P
0.947, R 0.953). Three gold entries then followed the set's conventions (no rule changed for them): "và các đơn vị liên
quan" after a task's partners is a partner as the other golds hold it (3 tasks), an agency's abbreviation expanded
("Văn phòng Hội Liên hiệp Phụ nữ tỉnh") is accepted beside the written one, and a lead-in under "Mục tiêu" ending
"... như sau:" over a table of targets is no objective: 328/341/341 (0.962). The misses: a space-grouped thousand
before a scale word ("1 250 triệu đồng", "1 750 triệu đồng") read as 250 and 750; bodies sharing one level word
("Đề nghị Hội Nông dân, Hội Cựu chiến binh tỉnh") read without it ("Hội Nông dân", 3 documents); money "lồng ghép
từ Chương trình mục tiêu quốc gia ... 5.200 triệu đồng" read as a total, not central money as a table's "Lồng ghép
CTMTQG" column is; a share "ngân sách tỉnh hỗ trợ 70% (1.400 triệu đồng)" taken for the amount's scope; a task's
title running on past its semicolon into its money ("...; kinh phí 2.400 triệu đồng từ ..."); a column "Kinh phí
Hội" (the association's own funds) read as a second total. Read at first: the Cục's header and "KT. CỤC TRƯỞNG",
money year by year after colons, targets as ranges ("từ 55% đến 60%"), floors and ceilings, targets by year in a
Word table, "nghìn đồng" in prose and tables, "Trưởng phòng ... chịu trách nhiệm", the Huyện ủy's "T/M BAN THƯỜNG VỤ".

After this round's first six rules (tests/test_g14_holdout.py): the 8 documents 343/343/343.

The second batch (golds written by hand before their first extraction too):

- a ministry's Kế hoạch of 2026 in Word ("BỘ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG", "KT. BỘ TRƯỞNG"): its tasks in a table with
  a Cục and Vụ leading and partners "Vụ A; Vụ B", targets for all provinces, money "từ nguồn ngân sách trung ương chi
  thường xuyên của Bộ, dự kiến: năm 2026: N; năm 2027: M" (.docx);
- a Trường Cao đẳng's Kế hoạch of 2025 scraped to Markdown (its header and signature in pipe tables): a basis whose
  title opens on "giao nhiệm vụ", money by school year in a table ("Năm học 2025 - 2026", "ĐVT: nghìn đồng"), "Trưởng
  phòng ... chịu trách nhiệm", a request to "Công đoàn, Đoàn Thanh niên trường" (.md).

First pass of the second batch (its 2 documents alone): micro 78/88/90, on the base code as on this round's first six
rules. The misses: the school years' columns read as a source of their own ("other"), not as spans of time (8 items);
"chi thường xuyên của Bộ" after the source taken for the money's budget line (2 statements); the basis's issuer run on
into "giao nhiệm vụ ..."; the request to "Công đoàn, Đoàn Thanh niên trường" not read (a college's own bodies under the
word "trường", 2 responsibilities). After this round's last four rules: 90/90/90; the ten documents 433/433/433.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g14 OUTDIR` writes
every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

CUC = "g14_cucmt-byt_318-kh-mt_2026_nam-hai-cham-phay.docx"
HUYENUY = "g14_huyenuy-dongxuyen_18-ctr-hu_2023_khoang-chi-tieu.md"
HPN = "g14_hlhpn-tragiang_36-kh-hpn_2026_nghin-dong-long-ghep.docx"
TTKN = "g14_ttkn-halam_27-kh-ttkn_2026_cham-phay-cach-nghin.pdf"
TDOAN = "g14_tinhdoan-kimson_75-kh-tdtn_2024_ty-le-doi-ung-wordseg.txt"
BVYHCT = "g14_bvyhct-donghai_88-kh-bvyhct_2026_truong-phong-chiu-trach-nhiem.html"
PROV = "g14_tinh-namloc_142-kh-ubnd_2026_chi-tieu-nam-bang.docx"
DIST = "g14_huyen-tanbien_96-kh-ubnd_2024_long-ghep-hai-ctmtqg.md"


# ---------------------------------------------------------------------------
# 1. A Cục's plan of 2026 in Word: targets for all provinces, money year by year after a colon.

CUC_BODY = [
    ("i", "Căn cứ Quyết định số 2210/QĐ-BYT ngày 18 tháng 7 năm 2025 của Bộ trưởng Bộ Y tế quy định chức năng, nhiệm "
          "vụ, quyền hạn và cơ cấu tổ chức của Cục Quản lý môi trường y tế;"),
    ("i", "Thực hiện Kế hoạch số 1045/KH-BYT ngày 02 tháng 10 năm 2025 của Bộ Y tế về bảo vệ môi trường ngành y tế "
          "giai đoạn 2026 - 2030;"),
    ("p", "Cục Quản lý môi trường y tế xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- 100% tỉnh, thành phố trực thuộc Trung ương ban hành kế hoạch quản lý chất thải y tế trên địa bàn trong năm "
          "2026;"),
    ("p", "- Tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn từ 95% đến 98% vào năm 2027;"),
    ("p", "- Mỗi tỉnh, thành phố có ít nhất 01 cơ sở xử lý chất thải y tế tập trung đạt quy chuẩn."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "1. Rà soát, cập nhật hướng dẫn quản lý chất thải y tế. Phòng Sức khỏe môi trường chủ trì, phối hợp với Vụ "
          "Pháp chế và các đơn vị liên quan thực hiện."),
    ("p", "2. Kiểm tra việc quản lý chất thải tại các cơ sở khám bệnh, chữa bệnh. Phòng Quản lý chất thải y tế chủ trì, "
          "phối hợp với Sở Y tế các tỉnh, thành phố thực hiện."),
    ("p", "3. Tập huấn cho cán bộ phụ trách quản lý chất thải của các bệnh viện. Phòng Quản lý chất thải y tế chủ trì "
          "thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện là 2.700 triệu đồng, phân theo năm: năm 2026: 1.200 triệu đồng; năm 2027: 1.500 "
          "triệu đồng."),
    ("p", "Nguồn kinh phí: ngân sách trung ương bố trí trong dự toán chi thường xuyên của Cục."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Sức khỏe môi trường: là đầu mối, theo dõi, tổng hợp, báo cáo Cục trưởng kết quả thực hiện."),
    ("p", "2. Văn phòng Cục: bố trí kinh phí thực hiện theo dự toán được giao."),
    ("p", "3. Đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ sở khám bệnh, chữa bệnh trên địa "
          "bàn thực hiện./."),
]


def cuc_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ Y TẾ", "CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ", "-------", "Số: 318/KH-MT"],
            [*MOTTO, "Hà Nội, ngày 09 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Kiểm soát chất thải y tế tại các cơ sở khám bệnh, chữa bệnh giai đoạn 2026 - 2027", bold=True,
               center=True)
    _body(doc, CUC_BODY)
    closing(doc, ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng (để b/c);", "- Sở Y tế các tỉnh, thành phố;",
                  "- Lưu: VT, SKMT."],
            ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "", "", "", "Đỗ Thanh Bình"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A Ban Thường vụ Huyện ủy's programme of action of 2023 scraped to Markdown.

HUYENUY_MD_TEXT = """\
**ĐẢNG BỘ TỈNH BẮC LAM**
**HUYỆN ỦY ĐỒNG XUYÊN**
\\*

Số: 18-CTr/HU

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Đồng Xuyên, ngày 14 tháng 3 năm 2023*

**CHƯƠNG TRÌNH HÀNH ĐỘNG**

**Phát triển nông nghiệp, nông dân, nông thôn huyện Đồng Xuyên giai đoạn 2023 - 2025**

Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045;

Thực hiện Kế hoạch số 54-KH/TU ngày 05/9/2022 của Ban Thường vụ Tỉnh ủy Bắc Lam về thực hiện Nghị quyết số 19-NQ/TW;

Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Phát triển nông nghiệp hiệu quả, bền vững; xây dựng nông thôn mới văn minh; nâng cao đời sống vật chất, tinh thần của nông dân.

**2. Chỉ tiêu cụ thể đến năm 2025**

- Tỷ lệ lao động nông nghiệp qua đào tạo đạt từ 55% đến 60%;
- Tỷ lệ hộ nghèo giảm xuống dưới 3%;
- Tối thiểu 3 mô hình sản xuất nông nghiệp hữu cơ được công nhận;
- Diện tích đất canh tác bị bỏ hoang không quá 2% tổng diện tích đất canh tác.

**II. NHIỆM VỤ, GIẢI PHÁP**

1. Tăng cường tuyên truyền, nâng cao nhận thức về phát triển nông nghiệp hữu cơ. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Hội Nông dân huyện thực hiện.

2. Phát triển các mô hình sản xuất nông nghiệp hữu cơ, liên kết theo chuỗi giá trị. Ủy ban nhân dân huyện chủ trì, phối hợp với Hội Nông dân huyện và các đơn vị liên quan thực hiện.

3. Đào tạo nghề cho lao động nông thôn. Ủy ban nhân dân huyện chủ trì, phối hợp với Huyện đoàn thực hiện.

**III. KINH PHÍ**

Kinh phí thực hiện Chương trình được lồng ghép từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách huyện; dự kiến năm 2024: 1.800 triệu đồng; năm 2025: 2.100 triệu đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1. Ban Tuyên giáo Huyện ủy: chủ trì hướng dẫn việc học tập, quán triệt Chương trình hành động.

2. Đảng đoàn Hội đồng nhân dân huyện: lãnh đạo Hội đồng nhân dân huyện bố trí ngân sách thực hiện.

3. Văn phòng Huyện ủy: theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện.

4. Đề nghị Hội Nông dân, Hội Cựu chiến binh huyện phối hợp vận động hội viên tham gia sản xuất nông nghiệp hữu cơ./.

**Nơi nhận:**
\\- Ban Thường vụ Tỉnh ủy (b/c);
\\- Các đồng chí Huyện ủy viên;
\\- Các chi, đảng bộ cơ sở;
\\- Lưu: Văn phòng Huyện ủy.

**T/M BAN THƯỜNG VỤ**
**PHÓ BÍ THƯ**

**Vương Đình Khải**
"""


# ---------------------------------------------------------------------------
# 3. A Hội Liên hiệp Phụ nữ tỉnh's plan of 2026 in Word: a table in "nghìn đồng" with a "Lồng ghép" column.

HPN_BUDGET = [
    ["TT", "Nội dung", "Tổng số", "Lồng ghép CTMTQG", "Kinh phí Hội"],
    ["1", "Thành lập, củng cố tổ hợp tác do phụ nữ quản lý", "450.000", "350.000", "100.000"],
    ["2", "Tập huấn chuyển giao khoa học kỹ thuật", "280.000", "200.000", "80.000"],
    ["3", "Tuyên truyền gương phụ nữ làm kinh tế giỏi", "65.500", "", "65.500"],
    ["", "Tổng cộng", "795.500", "550.000", "245.500"],
]
HPN_BODY = [
    ("i", "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - "
          "2030;"),
    ("i", "Thực hiện Kế hoạch số 12/KH-ĐCT ngày 10 tháng 01 năm 2026 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ "
          "Việt Nam về hỗ trợ phụ nữ phát triển kinh tế năm 2026;"),
    ("p", "Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mỗi xã, phường có ít nhất 01 tổ hợp tác do phụ nữ làm chủ được thành lập mới;"),
    ("p", "- Từ 70% đến 75% hội viên nghèo có nhu cầu được hỗ trợ tiếp cận vốn vay ưu đãi;"),
    ("p", "- Tối thiểu 60% cơ sở Hội tổ chức tập huấn chuyển giao khoa học kỹ thuật cho hội viên."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "1. Thành lập, củng cố tổ hợp tác do phụ nữ quản lý. Ban Kinh tế chủ trì, phối hợp với Liên minh Hợp tác xã "
          "tỉnh thực hiện."),
    ("p", "2. Tập huấn chuyển giao khoa học kỹ thuật cho hội viên. Ban Kinh tế chủ trì, phối hợp với Trung tâm Khuyến "
          "nông tỉnh thực hiện."),
    ("p", "3. Tuyên truyền gương phụ nữ làm kinh tế giỏi. Ban Tuyên giáo chủ trì thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí dự toán là 795.500 nghìn đồng, được lồng ghép từ Chương trình mục tiêu quốc gia phát triển "
          "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và kinh phí hoạt động của Hội, chi tiết như sau:"),
    ("c", "Đơn vị tính: nghìn đồng"),
]
HPN_TAIL = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Kinh tế: là đầu mối, tham mưu Ban Thường vụ theo dõi, tổng hợp kết quả thực hiện."),
    ("p", "2. Văn phòng Hội LHPN tỉnh: bảo đảm kinh phí hoạt động theo dự toán."),
    ("p", "3. Hội LHPN các xã, phường: xây dựng kế hoạch triển khai tại cơ sở; mỗi xã, phường lựa chọn ít nhất 01 mô "
          "hình điểm."),
    ("p", "4. Đề nghị Hội Nông dân, Hội Cựu chiến binh tỉnh phối hợp hỗ trợ hội viên phụ nữ tiếp cận vốn vay và thị "
          "trường tiêu thụ sản phẩm./."),
]


def hpn_plan() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH TRÀ GIANG", "*", "Số: 36/KH-HPN"],
            [*MOTTO, "Trà Giang, ngày 18 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Hỗ trợ phụ nữ phát triển kinh tế hộ gia đình năm 2026", bold=True, center=True)
    _body(doc, HPN_BODY)
    _table(doc, HPN_BUDGET)
    _body(doc, HPN_TAIL)
    closing(doc, ["- Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c);", "- TT Tỉnh ủy (b/c);", "- Hội LHPN các xã, phường;",
                  "- Lưu: VT, BKT."],
            ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Hà Thị Mai Anh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A Trung tâm Khuyến nông's plan of 2026 printed to PDF: each task's money after a semicolon.

TTKN_BODY = [
    ("i", "Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Hà Lam quy định chức "
          "năng, nhiệm vụ của Trung tâm Khuyến nông;"),
    ("i", "Thực hiện Kế hoạch số 210/KH-SNNMT ngày 16 tháng 12 năm 2025 của Sở Nông nghiệp và Môi trường về khuyến nông "
          "giai đoạn 2026 - 2028;"),
    ("p", "Trung tâm Khuyến nông xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Xây dựng tối thiểu 3 mô hình trồng lúa giảm phát thải, mỗi mô hình từ 10 ha trở lên;"),
    ("p", "- Năng suất lúa trong mô hình tăng từ 8% đến 10% so với sản xuất đại trà;"),
    ("p", "- Lượng phân bón hóa học sử dụng giảm không dưới 20%."),
    ("h", "II. NỘI DUNG"),
    ("p", "1. Xây dựng mô hình trình diễn tại các xã vùng trũng; kinh phí 1 250 triệu đồng từ nguồn sự nghiệp khuyến "
          "nông. Trạm Khuyến nông khu vực 1 chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện."),
    ("p", "2. Tập huấn kỹ thuật cho nông dân tham gia mô hình; kinh phí 320 triệu đồng. Phòng Thông tin - Đào tạo chủ "
          "trì thực hiện."),
    ("p", "3. Tổ chức hội thảo đầu bờ, tổng kết nhân rộng mô hình; kinh phí 180 triệu đồng. Phòng Kỹ thuật chủ trì, phối "
          "hợp với Hội Nông dân tỉnh thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện: 1 750 triệu đồng, trong đó: năm 2026: 750 triệu đồng; năm 2027: 550 triệu đồng; năm "
          "2028: 450 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kỹ thuật: là đầu mối, theo dõi, tổng hợp, báo cáo Giám đốc Trung tâm kết quả thực hiện."),
    ("p", "2. Phòng Hành chính - Tổng hợp: bố trí kinh phí, thanh quyết toán theo quy định."),
    ("p", "3. Các Trạm Khuyến nông khu vực: phối hợp triển khai mô hình trên địa bàn./."),
]


def ttkn_plan() -> bytes:
    doc = _new()
    _layout(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRUNG TÂM KHUYẾN NÔNG", "-------", "Số: 27/KH-TTKN"],
            [*MOTTO, "Hà Lam, ngày 05 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Xây dựng mô hình trồng lúa thích ứng biến đổi khí hậu giai đoạn 2026 - 2028", bold=True,
               center=True)
    _body(doc, TTKN_BODY)
    closing(doc, ["- Sở Nông nghiệp và Môi trường (b/c);", "- UBND các xã vùng mô hình;", "- Lưu: VT, KT."],
            ["GIÁM ĐỐC", "", "", "", "Lò Thị Thanh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A Tỉnh đoàn's plan of 2024 word-segmented: shares by level with their amounts.

TDOAN_TEXT = """\
BCH ĐOÀN TỈNH KIM_SƠN 
*** 
Số : 75 - KH/TĐTN-TNNT 
ĐOÀN TNCS HỒ_CHÍ_MINH 
Kim_Sơn , ngày 10 tháng 4 năm 2024 
KẾ_HOẠCH 
Tổ_chức Chiến_dịch thanh_niên tình_nguyện hè năm 2024 
Căn_cứ Kế_hoạch số 312 - KH/TWĐTN-PTTN ngày 05/3/2024 của Ban Bí_thư Trung_ương Đoàn về tổ_chức Chiến_dịch thanh_niên tình_nguyện hè năm 2024 ; 
Ban Thường_vụ Tỉnh_đoàn xây_dựng Kế_hoạch như sau : 
I. MỤC_TIÊU 
- 100 % cơ_sở Đoàn tham_gia Chiến_dịch ; 
- Tỷ_lệ đoàn_viên thanh_niên tham_gia Chiến_dịch đạt từ 80 % đến 85 % ; 
- Mỗi huyện , thành_phố xây_dựng ít_nhất 01 công_trình thanh_niên . 
II. NỘI_DUNG 
1 . Ra quân Chiến_dịch thanh_niên tình_nguyện hè . Ban Phong_trào chủ_trì , phối_hợp với Văn_phòng Tỉnh_đoàn thực_hiện . 
2 . Xây_dựng công_trình thanh_niên tại các xã khó_khăn . Ban Phong_trào chủ_trì , phối_hợp với các huyện_đoàn , thành_đoàn thực_hiện . 
3 . Tiếp_sức mùa thi . Hội Sinh_viên tỉnh chủ_trì thực_hiện . 
III. KINH_PHÍ 
Tổng kinh_phí thực_hiện dự_kiến 2.000 triệu đồng , trong đó ngân_sách tỉnh hỗ_trợ 70 % ( 1.400 triệu đồng ) , ngân_sách huyện đối_ứng 30 % ( 600 triệu đồng ) . 
IV. TỔ_CHỨC THỰC_HIỆN 
1 . Ban Phong_trào Tỉnh_đoàn : tham_mưu , theo_dõi , tổng_hợp kết_quả thực_hiện . 
2 . Văn_phòng Tỉnh_đoàn : bảo_đảm kinh_phí , cơ_sở vật_chất . 
3 . Ban Thường_vụ các huyện_đoàn , thành_đoàn : triển_khai Chiến_dịch tại địa_phương . 
4 . Đề_nghị Sở Giáo_dục và Đào_tạo , Công_an tỉnh phối_hợp bảo_đảm an_toàn cho tình_nguyện_viên . 
Nơi nhận : 
- TW Đoàn ( b/c ) ; 
- TT Tỉnh_ủy ( b/c ) ; 
- Các huyện_đoàn , thành_đoàn ; 
- Lưu : VP , BPT . 
TM. BAN THƯỜNG_VỤ TỈNH_ĐOÀN 
PHÓ BÍ_THƯ 
Hoàng_Thị_Thu_Hà 
"""


# ---------------------------------------------------------------------------
# 6. A hospital's plan of 2026 on its portal page: responsibilities named by role.

BVYHCT_HTML_TEXT = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch số 88/KH-BVYHCT - Bệnh viện Y học cổ truyền tỉnh Đông Hải</title></head>
<body>
<div class="nav"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></div>
<div class="article">
<table class="header">
<tr><td><p>SỞ Y TẾ TỈNH ĐÔNG HẢI</p><p><b>BỆNH VIỆN Y HỌC CỔ TRUYỀN</b></p><p>Số: 88/KH-BVYHCT</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Đông Hải, ngày 22 tháng 01 năm 2026</i></p></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Cải tiến chất lượng khám bệnh, chữa bệnh giai đoạn 2026 - 2027</b></p>
<p><i>Căn cứ Thông tư số 35/2024/TT-BYT ngày 16 tháng 11 năm 2024 của Bộ Y tế quy định tiêu chuẩn chất lượng cơ bản đối với bệnh viện;</i></p>
<p><i>Thực hiện Kế hoạch số 41/KH-SYT ngày 08 tháng 01 năm 2026 của Sở Y tế tỉnh Đông Hải về nâng cao chất lượng khám bệnh, chữa bệnh;</i></p>
<p>Bệnh viện Y học cổ truyền xây dựng Kế hoạch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Thời gian chờ khám bệnh trung bình không quá 30 phút;</p>
<p>- Tỷ lệ hài lòng của người bệnh nội trú đạt tối thiểu 95%;</p>
<p>- Tỷ lệ nhiễm khuẩn bệnh viện giảm xuống dưới 5%.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>1. Cải tiến quy trình khám bệnh, rút ngắn thời gian chờ. Khoa Khám bệnh chủ trì, phối hợp với Phòng Công nghệ thông tin thực hiện.</p>
<p>2. Triển khai bệnh án điện tử. Phòng Công nghệ thông tin chủ trì, phối hợp với Phòng Kế hoạch tổng hợp và các khoa lâm sàng thực hiện.</p>
<p>3. Giám sát tuân thủ vệ sinh tay. Khoa Kiểm soát nhiễm khuẩn chủ trì thực hiện.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí dự kiến 3.450.000 nghìn đồng từ nguồn thu sự nghiệp của Bệnh viện, trong đó năm 2026: 1.950.000 nghìn đồng; năm 2027: 1.500.000 nghìn đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Trưởng phòng Kế hoạch tổng hợp chịu trách nhiệm theo dõi, tổng hợp, báo cáo Giám đốc kết quả thực hiện Kế hoạch.</p>
<p>2. Trưởng phòng Tài chính kế toán chịu trách nhiệm bảo đảm kinh phí thực hiện.</p>
<p>3. Trưởng các khoa, phòng: phổ biến Kế hoạch đến viên chức, người lao động và tổ chức thực hiện./.</p>
<table class="footer">
<tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Sở Y tế (b/c);</p><p>- Ban Giám đốc;</p><p>- Các khoa, phòng;</p><p>- Lưu: VT, KHTH.</p></td>
<td><p><b>GIÁM ĐỐC</b></p><p>&nbsp;</p><p><b>Bùi Quang Vinh</b></p></td></tr>
</table>
</div>
<div class="foot">Bệnh viện Y học cổ truyền tỉnh Đông Hải - Cổng thông tin điện tử.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 7. A province's plan of 2026 in Word: targets by year in a table, each task's money after a semicolon.

PROV_TARGETS = [
    ["TT", "Chỉ tiêu", "Năm 2026", "Năm 2027", "Năm 2028"],
    ["1", "Tỷ lệ trường học có phòng học bộ môn tin học đạt chuẩn", "60%", "75%", "90%"],
    ["2", "Tỷ lệ giáo viên được bồi dưỡng kỹ năng số", "70%", "85%", "100%"],
]
PROV_BUDGET = [
    ["TT", "Nội dung", "Tổng số", "Năm 2026", "Năm 2027", "Năm 2028"],
    ["1", "Trang bị phòng học bộ môn tin học", "18.600", "6.200", "6.200", "6.200"],
    ["2", "Bồi dưỡng kỹ năng số cho giáo viên", "2.400", "800", "800", "800"],
    ["", "Tổng cộng", "21.000", "7.000", "7.000", "7.000"],
]
PROV_BODY = [
    ("i", "Căn cứ Quyết định số 131/QĐ-TTg ngày 25 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án tăng cường "
          "ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến "
          "năm 2030;"),
    ("i", "Căn cứ Nghị quyết số 08/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Nam Lộc về dự toán "
          "ngân sách địa phương năm 2026;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "Tăng cường hạ tầng số và năng lực số trong các trường học, đạt các chỉ tiêu theo từng năm như sau:"),
]
PROV_MIDDLE = [
    ("h", "II. NHIỆM VỤ"),
    ("p", "1. Trang bị phòng học bộ môn tin học cho các trường trung học; kinh phí 18.600 triệu đồng từ ngân sách tỉnh. "
          "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính thực hiện."),
    ("p", "2. Bồi dưỡng kỹ năng số cho giáo viên; kinh phí 2.400 triệu đồng từ nguồn sự nghiệp giáo dục. Sở Giáo dục và "
          "Đào tạo chủ trì, phối hợp với Trường Cao đẳng Nam Lộc thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện là 21.000 triệu đồng (chi tiết tại bảng dưới đây)."),
    ("c", "Đơn vị tính: triệu đồng"),
]
PROV_TAIL = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm tổ chức triển khai, theo dõi, báo cáo Ủy ban nhân dân tỉnh "
          "kết quả thực hiện."),
    ("p", "2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
    ("p", "3. Ủy ban nhân dân các xã, phường: bố trí quỹ đất, phối hợp với Sở Giáo dục và Đào tạo và các đơn vị liên quan "
          "thực hiện trên địa bàn./."),
]


def prov_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH NAM LỘC", "-------", "Số: 142/KH-UBND"],
            [*MOTTO, "Nam Lộc, ngày 16 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tăng cường hạ tầng số trong các trường học tỉnh Nam Lộc giai đoạn 2026 - 2028", bold=True,
               center=True)
    _body(doc, PROV_BODY)
    _table(doc, PROV_TARGETS)
    _body(doc, PROV_MIDDLE)
    _table(doc, PROV_BUDGET)
    _body(doc, PROV_TAIL)
    closing(doc, ["- Bộ Giáo dục và Đào tạo (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ngành;",
                  "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Quách Văn Trọng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. A district's plan of 2024 scraped to Markdown: "lồng ghép" from two national target programmes.

DIST_MD_TEXT = """\
**ỦY BAN NHÂN DÂN HUYỆN TÂN BIÊN**

Số: 96/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Tân Biên, ngày 25 tháng 4 năm 2024*

**KẾ HOẠCH**

**Phát triển sản xuất gắn với giảm nghèo bền vững trên địa bàn huyện Tân Biên năm 2024 - 2025**

*Căn cứ Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;*

*Căn cứ Kế hoạch số 118/KH-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Sơn Đông về thực hiện các chương trình mục tiêu quốc gia năm 2024;*

Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

**I. MỤC TIÊU**

1. Tỷ lệ hộ nghèo giảm từ 1,5% đến 2% mỗi năm.

2. Mỗi xã có ít nhất 02 dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị.

3. Không quá 10% số hộ được hỗ trợ tái nghèo sau khi thoát nghèo.

**II. NHIỆM VỤ**

1. Hỗ trợ phát triển sản xuất theo chuỗi giá trị. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã và các đơn vị liên quan thực hiện.

2. Đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo. Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện thực hiện.

**III. KINH PHÍ**

Tổng kinh phí thực hiện là 8.600 triệu đồng, được lồng ghép từ Chương trình mục tiêu quốc gia giảm nghèo bền vững 5.200 triệu đồng và Chương trình mục tiêu quốc gia xây dựng nông thôn mới 3.400 triệu đồng.

Phân kỳ theo năm: năm 2024: 4.100 triệu đồng; năm 2025: 4.500 triệu đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1. Trưởng phòng Lao động - Thương binh và Xã hội chịu trách nhiệm là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện theo dõi, tổng hợp kết quả thực hiện.

2. Phòng Tài chính - Kế hoạch: tham mưu phân bổ, lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.

3. Ủy ban nhân dân các xã: lựa chọn dự án, đối tượng hỗ trợ trên địa bàn.

4. Đề nghị Hội Nông dân, Hội Liên hiệp Phụ nữ huyện phối hợp vận động hội viên tham gia các dự án phát triển sản xuất./.

**Nơi nhận:**
\\- UBND tỉnh (b/c);
\\- Sở Lao động - Thương binh và Xã hội;
\\- TT Huyện ủy, TT HĐND huyện;
\\- UBND các xã;
\\- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Đặng Văn Thuận**
"""


# ---------------------------------------------------------------------------
# Second batch.
# 9. A ministry's plan of 2026 in Word: its tasks in a table (lead, partners, deadline) with the Cục and Vụ leading,
#    targets for all provinces, money year by year after a semicolon, "KT. BỘ TRƯỞNG".

BO = "g14_bnnmt_1520-kh-bnnmt_2026_bang-nhiem-vu-cuc-vu.docx"
BO_TASKS = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng bộ tiêu chí vùng trồng đạt chuẩn xuất khẩu", "Cục Trồng trọt và Bảo vệ thực vật",
     "Vụ Khoa học và Công nghệ; Vụ Pháp chế", "Quý II/2026"],
    ["2", "Hướng dẫn cấp mã số vùng trồng cho các địa phương", "Cục Trồng trọt và Bảo vệ thực vật",
     "Sở Nông nghiệp và Môi trường các tỉnh, thành phố", "Năm 2026"],
    ["3", "Bố trí kinh phí thực hiện Kế hoạch", "Vụ Kế hoạch - Tài chính", "Văn phòng Bộ", "Hằng năm"],
]
BO_BODY = [
    ("i", "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
          "hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;"),
    ("i", "Thực hiện Quyết định số 640/QĐ-TTg ngày 21 tháng 3 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án phát "
          "triển vùng trồng đạt chuẩn xuất khẩu đến năm 2030;"),
    ("p", "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- 100% tỉnh, thành phố có vùng trồng cây ăn quả chủ lực được cấp mã số vùng trồng trong năm 2027;"),
    ("p", "- Tối thiểu 50% diện tích cây ăn quả chủ lực của cả nước đạt chuẩn xuất khẩu;"),
    ("p", "- Tỷ lệ lô hàng quả tươi xuất khẩu bị cảnh báo giảm xuống dưới 1%."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "Các nhiệm vụ cụ thể tại bảng sau:"),
]
BO_TAIL = [
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách trung ương chi thường xuyên của Bộ, dự kiến: năm 2026: 4.500 "
          "triệu đồng; năm 2027: 5.200 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cục Trồng trọt và Bảo vệ thực vật là đơn vị đầu mối, theo dõi, đôn đốc, tổng hợp, báo cáo Bộ trưởng kết quả "
          "thực hiện Kế hoạch."),
    ("p", "2. Vụ Kế hoạch - Tài chính: bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Bộ."),
    ("p", "3. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Nông nghiệp và Môi trường phối "
          "hợp thực hiện Kế hoạch./."),
]


def bo_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 1520/KH-BNNMT"],
            [*MOTTO, "Hà Nội, ngày 10 tháng 4 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển vùng trồng đạt chuẩn xuất khẩu năm 2026 - 2027", bold=True, center=True)
    _body(doc, BO_BODY)
    _table(doc, BO_TASKS)
    _body(doc, BO_TAIL)
    closing(doc, ["- Văn phòng Chính phủ (để b/c);", "- Bộ trưởng (để b/c);", "- UBND các tỉnh, thành phố;",
                  "- Sở NN&MT các tỉnh, thành phố;", "- Lưu: VT, TT."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Phan Đức Long"])
    return _save(doc)


# 10. A college's plan of 2025 scraped to Markdown: money by school year in a pipe table "ĐVT: nghìn đồng",
#     "từ 80% đến 85%", leads named by role, bodies of the college sharing the word "trường" in a request.

CDYT = "g14_cdyt-vanlam_56-kh-cdyt_2025_nam-hoc-nghin-dong.md"
CDYT_MD_TEXT = """\
| UBND TỈNH VĂN LÂM<br>**TRƯỜNG CAO ĐẲNG Y TẾ**<br>Số: 56/KH-CĐYT | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| | *Văn Lâm, ngày 19 tháng 8 năm 2025* |

**KẾ HOẠCH**

**Nâng cao chất lượng đào tạo điều dưỡng giai đoạn 2025 - 2027**

*Căn cứ Thông tư số 15/2024/TT-BLĐTBXH ngày 30 tháng 9 năm 2024 của Bộ Lao động - Thương binh và Xã hội quy định chuẩn đầu ra trình độ cao đẳng;*

*Căn cứ Quyết định số 412/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Văn Lâm giao nhiệm vụ đào tạo nhân lực y tế;*

Trường Cao đẳng Y tế xây dựng Kế hoạch như sau:

**I. MỤC TIÊU**

1. Tỷ lệ sinh viên tốt nghiệp có việc làm đúng chuyên ngành trong 12 tháng đạt từ 80% đến 85%.

2. Tối thiểu 90% giảng viên đạt chuẩn kỹ năng nghề.

3. Mỗi khoa có ít nhất 01 chương trình đào tạo được kiểm định.

**II. NHIỆM VỤ**

1. Cập nhật chương trình đào tạo điều dưỡng theo chuẩn đầu ra mới. Phòng Đào tạo chủ trì, phối hợp với Khoa Điều dưỡng thực hiện.

2. Đầu tư phòng thực hành mô phỏng lâm sàng. Phòng Tài chính - Kế toán chủ trì, phối hợp với Phòng Quản trị - Thiết bị thực hiện.

3. Bồi dưỡng kỹ năng nghề cho giảng viên. Phòng Tổ chức - Hành chính chủ trì, phối hợp với các khoa thực hiện.

**III. KINH PHÍ**

Tổng kinh phí dự kiến 2.840.000 nghìn đồng từ nguồn thu sự nghiệp và ngân sách tỉnh cấp, chi tiết như sau:

*ĐVT: nghìn đồng*

| TT | Nội dung | Tổng số | Năm học 2025 - 2026 | Năm học 2026 - 2027 |
|---|---|---|---|---|
| 1 | Cập nhật chương trình đào tạo | 240.000 | 160.000 | 80.000 |
| 2 | Đầu tư phòng thực hành mô phỏng | 2.300.000 | 1.500.000 | 800.000 |
| 3 | Bồi dưỡng kỹ năng nghề cho giảng viên | 300.000 | 150.000 | 150.000 |
| | **Tổng cộng** | **2.840.000** | **1.810.000** | **1.030.000** |

**IV. TỔ CHỨC THỰC HIỆN**

1. Trưởng phòng Đào tạo chịu trách nhiệm theo dõi, tổng hợp, báo cáo Hiệu trưởng kết quả thực hiện.

2. Trưởng các khoa: tổ chức thực hiện các nội dung được giao.

3. Đề nghị Công đoàn, Đoàn Thanh niên trường phối hợp tuyên truyền, vận động giảng viên, sinh viên thực hiện Kế hoạch./.

| **Nơi nhận:**<br>- Sở Y tế (b/c);<br>- Ban Giám hiệu;<br>- Các phòng, khoa;<br>- Lưu: VT, ĐT. | **HIỆU TRƯỞNG**<br><br><br>**Ngô Thị Bích Hạnh** |
|---|---|
"""


def main2(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BO).write_bytes(bo_plan())
    (folder / CDYT).write_text(CDYT_MD_TEXT, encoding="utf-8")


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CUC).write_bytes(cuc_plan())
    (folder / HUYENUY).write_text(HUYENUY_MD_TEXT, encoding="utf-8")
    (folder / HPN).write_bytes(hpn_plan())
    (folder / TTKN).write_bytes(_pdf(ttkn_plan(), TTKN))
    (folder / TDOAN).write_text(TDOAN_TEXT, encoding="utf-8")
    (folder / BVYHCT).write_text(BVYHCT_HTML_TEXT, encoding="utf-8")
    (folder / PROV).write_bytes(prov_plan())
    (folder / DIST).write_text(DIST_MD_TEXT, encoding="utf-8")
    main2(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
