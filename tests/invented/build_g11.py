"""Invented documents of hold-out round G11: documents that each combine several rarer conventions of Vietnamese
administrative writing the set held little or none of.

- a city's (thành phố inside a province) Kế hoạch of 2026 for 2026 - 2027 in Word: a Luật cited with its number
  ("Luật Phòng, chống ma túy số 73/2021/QH14 ngày ..."), a Nghị định "đã được sửa đổi, bổ sung tại Nghị định số ...",
  a Party's Kết luận as a basis; targets as ranges and bounds ("từ 85% đến 90%", "không dưới 80%", "ít nhất 2/3");
  tasks with "Thời gian: Quý I/2026" and "Thường xuyên" lines and a lead given only in a trailing parenthesis
  ("(Giao Công an thành phố chủ trì, phối hợp với ...)"); money in full đồng with the amount in words beside it and
  by year in one sentence (.docx);
- a Sở Y tế's Kế hoạch of 2025 scraped to Markdown: targets under year headings ("Năm 2025:", "Năm 2026:") above
  them, tasks in a pipe table "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Kinh phí (triệu đồng)"
  with "Hằng năm", "Tháng 6 hằng năm"; a per-unit rate ("50.000 đồng/người/ngày") that is no budget (.md);
- a provincial economic-zone board's (Ban Quản lý Khu kinh tế) Kế hoạch of 2027 as text laid out with spaces:
  bases without "số" ("Căn cứ Luật Đầu tư ngày ..."), tasks each followed by "Đơn vị thực hiện:" and phased
  ("Giai đoạn 1 (2027): ...; Giai đoạn 2 (2028 - 2029): ..."), "dự kiến khoảng 2,5 tỷ đồng", signed "KT. TRƯỞNG BAN
  / PHÓ TRƯỞNG BAN" (.txt);
- a province's Kế hoạch of 2024 in Word whose basis is cited inside the body's first paragraph ("Thực hiện Chỉ thị
  số ... của ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ...") after a "Căn cứ" line, a Tỉnh ủy's Nghị quyết as a
  basis, tasks lettered under numbered groups, each ending in "(Giao Sở X chủ trì)", signed by a Phó Chủ tịch (.docx);
- a ward's (phường) Kế hoạch of 2025 scraped to Markdown: "tối thiểu 95%", "trên 70%", money "dự kiến khoảng
  180.000.000 đồng (Một trăm tám mươi triệu đồng)", by source with "trong đó", a signer "TM. ỦY BAN NHÂN DÂN / CHỦ
  TỊCH" (.md).

First pass (golds written by hand before the first extraction, the 5 documents scored alone): micro 206/206/208
(P 1.000, R 0.990): the two misses are bases: a decree cited without its number ("Căn cứ Nghị định ngày 28 tháng 5
năm 2022 của Chính phủ quy định ...") is no basis, and a decree amending another ("..., đã được sửa đổi, bổ sung tại
Nghị định số 47/2025/NĐ-CP ngày ... của Chính phủ") is read into the amended one's title, not as a basis.

The second batch (golds written by hand before their first extraction too):

- a Sở Nông nghiệp và Môi trường's Kế hoạch of 2026 printed to PDF from Word: its targets a table by year with a unit
  column ("TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Năm 2028", "%" and "ha" rows), tasks each followed
  by "- Cơ quan chủ trì:", "- Cơ quan phối hợp:", "- Thời gian thực hiện:" lines, money "3 tỷ 450 triệu đồng (Ba tỷ,
  bốn trăm năm mươi triệu đồng)", a rate "20 triệu đồng/cơ sở", signed "Q. GIÁM ĐỐC" (.pdf);
- a town's (thị xã) Kế hoạch of 2026 word-segmented, its type and title on one line ("Kế_hoạch Chuyển_đổi số trên
  địa_bàn ..."), a Party's Nghị quyết as a basis, "đạt từ 85 % trở lên", "giảm ít_nhất 10 %", money "2.350,5 triệu
  đồng" and by year with "là" (.txt);
- a district's Quyết định of 2025 issuing its plan, saved as a Word 97 file: the plan's tasks a table with a "Kinh phí
  (triệu đồng)" column and a "Nguồn kinh phí" column naming each row's source, targets "không dưới 98%", "Từ 90% đến
  95%" (.doc).

First pass of the second batch (its 3 documents alone): micro 127/127/128: the word-segmented plan's title, on the
line of its type ("Kế hoạch Chuyển đổi số trên địa bàn thị xã ..."), not found. (A first build of the Word 97 file
had left out the "Nơi nhận:" line over its recipients, a builder's slip no document shows: fixed before this pass.)

The third batch (golds written by hand before their first extraction too):

- a province's Công văn of 2026 scraped to Markdown, signed on the chairman's authority by a Sở's director ("TUQ. CHỦ
  TỊCH / GIÁM ĐỐC SỞ NỘI VỤ"), a Nghị quyết and a Kế hoạch in one "Thực hiện" sentence ending in "Chủ tịch ... có ý
  kiến như sau:", duties "Giao Sở Nội vụ chủ trì, ...", "X và Y: ..." (.md);
- a district's Kế hoạch of 2026 in Word: a Huyện ủy's Chương trình hành động "số 35-CTr/HU" as a basis, targets under
  paragraphs naming their year ("Đến hết năm 2026:", "Đến hết năm 2028:"), a growth range "tăng 8 - 10%/năm", leads
  opening a sentence ("Giao Phòng Kinh tế chủ trì, ..."), a part computed "150 triệu đồng/năm x 3 năm = 450 triệu
  đồng", a budget table "Tổng | Năm 2026 | Năm 2027 | Năm 2028" (.docx).

First pass of the third batch (its 2 documents alone): micro 78/78/78.

A fourth, one document (gold written by hand before its first extraction too), for a shape a probe of the statements
found after the third batch: a commune's Kế hoạch of 2025 scraped to Markdown whose sum's parts each name their
source after the amount ("trong đó 1.450 triệu đồng ngân sách tỉnh hỗ trợ, 350 triệu đồng ngân sách xã, 200 triệu
đồng nguồn xã hội hóa") (.md). First pass: micro 31/33/33 (each part took the source of the part before it).

After this round's rules (tests/test_g11_holdout.py), the 11 documents: micro 447/447/447. The pipeline read
most of these rarer conventions at first (first passes 206/206/208, 127/127/128, 78/78/78, 31/33/33: 442/444/447); the
misses were two shapes of a basis (a decree cited without its number; a decree amending another, read into its
title), a title on its type's line in sentence case, and sources named after their amounts.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g11 OUTDIR` writes
every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

CITY = "g11_tp-thulong_88-kh-ubnd_2026_khoang-muc-tieu-tien-bang-chu.docx"
HEALTH = "g11_syt-hauthanh_142-kh-syt_2025_muc-tieu-theo-nam-bang-kinh-phi.md"
ZONE = "g11_bqlkkt-vanninh_37-kh-bqlkkt_2027_giai-doan-don-vi-thuc-hien.txt"
PROVINCE = "g11_tinh-hoaphong_205-kh-ubnd_2024_giao-chu-tri-ngoac.docx"
WARD = "g11_phuong-namson_19-kh-ubnd_2025_du-kien-khoang.md"


# ---------------------------------------------------------------------------
# 1. A city's plan of 2026 in Word.

CITY_BODY = [
    ("i", "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30 tháng 3 năm 2021;"),
    ("i", "Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều của "
          "Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai nghiện ma túy và quản lý sau cai nghiện ma túy, "
          "đã được sửa đổi, bổ sung tại Nghị định số 47/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ;"),
    ("i", "Thực hiện Kết luận số 132-KL/TW ngày 18 tháng 3 năm 2025 của Bộ Chính trị về tiếp tục tăng cường sự lãnh "
          "đạo của Đảng đối với công tác phòng, chống ma túy;"),
    ("i", "Thực hiện Kế hoạch số 215/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Tân Thạnh về phòng, "
          "chống ma túy giai đoạn 2026 - 2027;"),
    ("p", "Ủy ban nhân dân thành phố Thủ Long ban hành Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Kiềm chế, làm giảm tội phạm và tệ nạn ma túy, không để phát sinh điểm nóng phức tạp về ma túy trên địa bàn "
          "thành phố."),
    ("h", "2. Mục tiêu cụ thể đến năm 2027"),
    ("p", "- Từ 85% đến 90% xã, phường được công nhận không có ma túy;"),
    ("p", "- Tỷ lệ người nghiện ma túy được quản lý, cai nghiện không dưới 80%;"),
    ("p", "- Ít nhất 2/3 số trường học tổ chức ngoại khóa về phòng, chống ma túy mỗi năm học."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Tăng cường tấn công, trấn áp tội phạm ma túy"),
    ("p", "Mở các đợt cao điểm tấn công, trấn áp tội phạm ma túy tại các địa bàn trọng điểm (Giao Công an thành phố "
          "chủ trì, phối hợp với Viện Kiểm sát nhân dân thành phố, Tòa án nhân dân thành phố)."),
    ("p", "Thời gian: Quý I/2026 và Quý III/2027."),
    ("h", "2. Quản lý, cai nghiện và hỗ trợ người sau cai nghiện"),
    ("p", "Rà soát, lập hồ sơ đưa người nghiện vào cơ sở cai nghiện; hỗ trợ học nghề, tìm việc làm cho người sau cai "
          "nghiện (Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an thành phố và Ủy ban nhân dân các xã, "
          "phường)."),
    ("p", "Thời gian: Thường xuyên."),
    ("h", "3. Tuyên truyền phòng, chống ma túy trong trường học"),
    ("p", "Tổ chức ngoại khóa, sân khấu hóa về tác hại của ma túy cho học sinh (Giao Phòng Giáo dục và Đào tạo chủ "
          "trì, phối hợp với Thành đoàn)."),
    ("p", "Thời gian: Hằng năm, trong tháng 6 (Tháng hành động phòng, chống ma túy)."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 1.250.000.000 đồng (Một tỷ, hai trăm năm mươi triệu đồng chẵn) từ "
          "ngân sách thành phố; phân bổ theo năm: năm 2026: 500.000.000 đồng; năm 2027: 750.000.000 đồng."),
    ("p", "Mức hỗ trợ tiền ăn cho người cai nghiện tự nguyện tại cộng đồng là 40.000 đồng/người/ngày theo quy định."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Công an thành phố là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố theo dõi, đôn đốc, tổng hợp "
          "kết quả thực hiện Kế hoạch."),
    ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách."),
    ("p", "3. Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện tại địa phương; báo cáo kết quả về Công an "
          "thành phố trước ngày 15 tháng 12 hằng năm./."),
]


def city_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỦ LONG", "-------", "Số: 88/KH-UBND"],
            [*MOTTO, "Thủ Long, ngày 20 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống ma túy trên địa bàn thành phố Thủ Long giai đoạn 2026 - 2027", bold=True, center=True)
    _body(doc, CITY_BODY)
    closing(doc, ["- UBND tỉnh Tân Thạnh (b/c);", "- Công an tỉnh;", "- TT Thành ủy, TT HĐND thành phố;",
                  "- Các phòng, ban, ngành thành phố;", "- UBND các xã, phường;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đỗ Minh Khang"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A Sở Y tế's plan of 2025 scraped to Markdown.

HEALTH_MD_TEXT = """\
| UBND TỈNH HẬU THÀNH **SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 142/KH-SYT | *Hậu Thành, ngày 07 tháng 3 năm 2025* |

**KẾ HOẠCH**

**Nâng cao chất lượng chăm sóc sức khỏe người cao tuổi tỉnh Hậu Thành giai đoạn 2025 - 2026**

Căn cứ Luật Người cao tuổi số 39/2009/QH12 ngày 23 tháng 11 năm 2009;

Căn cứ Quyết định số 1579/QĐ-TTg ngày 22 tháng 12 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình chăm sóc sức khỏe người cao tuổi đến năm 2030;

Thực hiện Kế hoạch số 61/KH-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Hậu Thành về thực hiện Chương trình chăm sóc sức khỏe người cao tuổi;

Sở Y tế xây dựng Kế hoạch như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao chất lượng chăm sóc sức khỏe người cao tuổi, góp phần kéo dài tuổi thọ khỏe mạnh của người dân trong tỉnh.

**2. Mục tiêu cụ thể**

*a) Năm 2025:*

- Trên 70% người cao tuổi được khám sức khỏe định kỳ ít nhất một lần trong năm;
- 60% trạm y tế xã triển khai quản lý bệnh không lây nhiễm cho người cao tuổi.

*b) Năm 2026:*

- Trên 80% người cao tuổi được khám sức khỏe định kỳ ít nhất một lần trong năm;
- Tối thiểu 90% trạm y tế xã triển khai quản lý bệnh không lây nhiễm cho người cao tuổi.

**II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Kinh phí (triệu đồng) |
|---|---|---|---|---|---|
| 1 | Khám sức khỏe định kỳ cho người cao tuổi tại trạm y tế xã | Trung tâm Y tế các huyện, thị xã | Hội Người cao tuổi tỉnh | Hằng năm | 1.200 |
| 2 | Tập huấn chăm sóc người cao tuổi cho nhân viên y tế thôn, bản | Trung tâm Kiểm soát bệnh tật tỉnh | Trung tâm Y tế các huyện, thị xã | Tháng 6 hằng năm | 350 |
| 3 | Truyền thông về chăm sóc sức khỏe người cao tuổi | Phòng Nghiệp vụ Y | Báo Hậu Thành; Đài Phát thanh và Truyền hình tỉnh | Thường xuyên | 150 |
| | **Tổng cộng** | | | | **1.700** |

**III. KINH PHÍ**

Tổng kinh phí thực hiện giai đoạn 2025 - 2026 là 1.700 triệu đồng từ nguồn ngân sách nhà nước giao cho Sở Y tế. Chi bồi dưỡng học viên tập huấn theo mức 50.000 đồng/người/ngày.

**IV. TỔ CHỨC THỰC HIỆN**

1. Phòng Nghiệp vụ Y: là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo Giám đốc Sở.

2. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán.

3. Trung tâm Y tế các huyện, thị xã: xây dựng kế hoạch chi tiết, báo cáo kết quả về Sở Y tế trước ngày 20 tháng 12 hằng năm./.

| **Nơi nhận:** - UBND tỉnh (b/c); - Giám đốc, các PGĐ Sở; - Các đơn vị trực thuộc; - Lưu: VT, NVY. | **KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC** **Lâm Thị Quỳnh Hoa** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 3. An economic-zone board's plan of 2027 as text laid out with spaces.

ZONE_TXT_TEXT = """\
  UBND TỈNH VẠN NINH                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ KHU KINH TẾ                         Độc lập - Tự do - Hạnh phúc
                                              ---------------
Số: 37/KH-BQLKKT
                                        Vạn Ninh, ngày 12 tháng 4 năm 2027

                                   KẾ HOẠCH
      Cải thiện môi trường đầu tư tại Khu kinh tế Vạn Ninh giai đoạn 2027 - 2029

    Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;
    Căn cứ Nghị định ngày 28 tháng 5 năm 2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;
    Thực hiện Nghị quyết số 09-NQ/TU ngày 15 tháng 01 năm 2027 của Ban Thường vụ Tỉnh ủy Vạn Ninh về phát triển
Khu kinh tế Vạn Ninh đến năm 2030;
    Ban Quản lý Khu kinh tế xây dựng Kế hoạch như sau:

I. MỤC TIÊU
    1. Mục tiêu chung: Xây dựng môi trường đầu tư minh bạch, thuận lợi, thu hút các dự án công nghệ cao.
    2. Mục tiêu cụ thể đến năm 2029:
    - 100% thủ tục hành chính thuộc thẩm quyền của Ban được cung cấp trực tuyến toàn trình;
    - Tỷ lệ lấp đầy các khu công nghiệp trong Khu kinh tế đạt từ 60% trở lên.

II. NHIỆM VỤ
    1. Hoàn thiện hạ tầng kỹ thuật khu công nghiệp Bắc Vạn Ninh
    Giai đoạn 1 (2027): hoàn thành giải phóng mặt bằng; Giai đoạn 2 (2028 - 2029): đầu tư hệ thống xử lý nước thải
tập trung.
    Đơn vị thực hiện: Phòng Quản lý quy hoạch và xây dựng chủ trì, phối hợp với Công ty Phát triển hạ tầng Khu kinh
tế Vạn Ninh.
    2. Số hóa hồ sơ thủ tục đầu tư
    Giai đoạn 1 (2027): số hóa hồ sơ còn hiệu lực; Giai đoạn 2 (2028 - 2029): kết nối với Cổng dịch vụ công quốc gia.
    Đơn vị thực hiện: Văn phòng Ban chủ trì, phối hợp với Trung tâm Chuyển đổi số tỉnh.
    3. Xúc tiến đầu tư
    Đơn vị thực hiện: Trung tâm Xúc tiến đầu tư và Dịch vụ khu kinh tế chủ trì, phối hợp với Sở Tài chính.

III. KINH PHÍ
    Kinh phí thực hiện dự kiến khoảng 2,5 tỷ đồng, trong đó ngân sách tỉnh 2 tỷ đồng, nguồn xã hội hóa 0,5 tỷ đồng.

IV. TỔ CHỨC THỰC HIỆN
    1. Văn phòng Ban: theo dõi, tổng hợp, báo cáo Trưởng ban kết quả thực hiện Kế hoạch hằng quý.
    2. Các phòng, đơn vị trực thuộc Ban: căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện./.

Nơi nhận:                                          KT. TRƯỞNG BAN
- UBND tỉnh (b/c);                                  PHÓ TRƯỞNG BAN
- Lãnh đạo Ban;
- Các phòng, đơn vị trực thuộc;
- Lưu: VT, VP.
                                                   Hoàng Gia Bảo
"""


# ---------------------------------------------------------------------------
# 4. A province's plan of 2024 in Word, its tasks lettered with their leads in parentheses.

PROVINCE_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
          "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    ("p", "Thực hiện Nghị quyết số 15-NQ/TU ngày 28 tháng 02 năm 2024 của Tỉnh ủy Hòa Phong về phát triển du lịch cộng "
          "đồng đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng năm 2024 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Cụ thể hóa các nhiệm vụ của Nghị quyết; phân công rõ trách nhiệm của các sở, ngành và địa phương."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- Đón khoảng 350.000 lượt khách du lịch cộng đồng, tăng 15% so với năm 2023;"),
    ("p", "- Tối thiểu 70% điểm du lịch cộng đồng được đánh giá, xếp hạng."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Quy hoạch và hạ tầng"),
    ("p", "a) Rà soát, bổ sung các điểm du lịch cộng đồng vào quy hoạch tỉnh (Giao Sở Kế hoạch và Đầu tư chủ trì)."),
    ("p", "b) Đầu tư đường giao thông đến các bản du lịch cộng đồng (Giao Sở Giao thông vận tải chủ trì, phối hợp với "
          "Ủy ban nhân dân các huyện)."),
    ("h", "2. Đào tạo nguồn nhân lực"),
    ("p", "a) Tập huấn kỹ năng đón tiếp khách cho hộ làm du lịch (Giao Sở Văn hóa, Thể thao và Du lịch chủ trì)."),
    ("p", "b) Hỗ trợ học tiếng Anh giao tiếp cho thanh niên tại các bản du lịch (Giao Tỉnh đoàn chủ trì, phối hợp với "
          "Sở Giáo dục và Đào tạo)."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện năm 2024 là 3.600 triệu đồng, trong đó: ngân sách trung ương (Chương trình mục tiêu "
          "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số) 2.400 triệu đồng; ngân sách tỉnh 1.200 "
          "triệu đồng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch: chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng "
          "hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2024."),
    ("p", "2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
    ("p", "3. Ủy ban nhân dân các huyện: chỉ đạo các xã có điểm du lịch cộng đồng triển khai thực hiện./."),
]


def province_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHONG", "-------", "Số: 205/KH-UBND"],
            [*MOTTO, "Hòa Phong, ngày 25 tháng 3 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển du lịch cộng đồng tỉnh Hòa Phong năm 2024", bold=True, center=True)
    _body(doc, PROVINCE_BODY)
    closing(doc, ["- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vi Thị Hồng Nhung"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A ward's plan of 2025 scraped to Markdown.

WARD_MD_TEXT = """\
**ỦY BAN NHÂN DÂN QUẬN HẢI TÂN**
**ỦY BAN NHÂN DÂN PHƯỜNG NAM SƠN**

Số: 19/KH-UBND

*Nam Sơn, ngày 14 tháng 02 năm 2025*

# KẾ HOẠCH

# Xây dựng phường đạt chuẩn đô thị văn minh năm 2025

Căn cứ Quyết định số 04/2022/QĐ-TTg ngày 18 tháng 02 năm 2022 của Thủ tướng Chính phủ ban hành Quy định tiêu chuẩn, trình tự, thủ tục xét công nhận danh hiệu "Phường đạt chuẩn đô thị văn minh";

Thực hiện Kế hoạch số 31/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân quận Hải Tân về xây dựng đô thị văn minh năm 2025;

Ủy ban nhân dân phường Nam Sơn xây dựng Kế hoạch như sau:

## I. MỤC TIÊU

1. Phấn đấu tối thiểu 95% hộ gia đình đạt danh hiệu "Gia đình văn hóa".

2. Trên 70% tuyến phố đạt chuẩn "Tuyến phố văn minh".

3. Không có tụ điểm phức tạp về trật tự, an toàn xã hội.

## II. NHIỆM VỤ

1. Chỉnh trang vỉa hè, lòng đường, chiếu sáng công cộng. Đơn vị thực hiện: Bộ phận Địa chính - Xây dựng phường chủ trì, phối hợp với Ban điều hành các khu phố.

2. Vận động nhân dân thực hiện nếp sống văn minh. Đơn vị thực hiện: Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với các đoàn thể phường.

3. Bảo đảm an ninh trật tự tại các khu phố. Đơn vị thực hiện: Công an phường.

## III. KINH PHÍ

Kinh phí thực hiện dự kiến khoảng 180.000.000 đồng (Một trăm tám mươi triệu đồng), trong đó: ngân sách phường 120.000.000 đồng; vận động xã hội hóa 60.000.000 đồng.

## IV. TỔ CHỨC THỰC HIỆN

1. Công chức Văn hóa - Xã hội phường: tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc thực hiện Kế hoạch.

2. Bộ phận Tài chính - Kế toán phường: bảo đảm kinh phí theo dự toán được duyệt.

3. Ban điều hành các khu phố: phổ biến Kế hoạch đến từng hộ gia đình./.

**Nơi nhận:**
\\- UBND quận Hải Tân (b/c);
\\- Đảng ủy, HĐND phường;
\\- Các khu phố;
\\- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Phạm Quốc Việt**
"""


# ---------------------------------------------------------------------------
# Second batch.
# 6. A Sở's plan of 2026 printed to PDF from Word: targets in a table by year with a unit column, tasks with
#    "- Cơ quan chủ trì:" / "- Cơ quan phối hợp:" / "- Thời gian thực hiện:" lines, money "3 tỷ 450 triệu đồng".

ORGANIC = "g11_snnmt-lamgiang_214-kh-snnmt_2026_chi-tieu-bang-nam-ty-trieu.pdf"
ORGANIC_TARGETS = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028"],
    ["1", "Diện tích sản xuất nông nghiệp hữu cơ", "ha", "350", "500", "700"],
    ["2", "Tỷ lệ diện tích sản xuất hữu cơ trên tổng diện tích đất nông nghiệp", "%", "1,5", "2", "3"],
    ["3", "Tỷ lệ sản phẩm hữu cơ được chứng nhận", "%", "40", "55", "70"],
]
ORGANIC_HEAD = [
    ("i", "Căn cứ Luật Trồng trọt số 31/2018/QH14 ngày 19 tháng 11 năm 2018;"),
    ("i", "Căn cứ Nghị định số 109/2018/NĐ-CP ngày 29 tháng 8 năm 2018 của Chính phủ về nông nghiệp hữu cơ;"),
    ("i", "Thực hiện Chỉ thị số 17-CT/TU ngày 05 tháng 12 năm 2025 của Ban Thường vụ Tỉnh ủy Lam Giang về phát triển "
          "nông nghiệp xanh;"),
    ("p", "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Phát triển nông nghiệp hữu cơ gắn với chuỗi giá trị, nâng cao thu nhập cho người sản xuất."),
    ("h", "2. Chỉ tiêu cụ thể"),
]
ORGANIC_BODY = [
    ("h", "II. NHIỆM VỤ"),
    ("h", "1. Xây dựng vùng sản xuất hữu cơ tập trung"),
    ("p", "- Cơ quan chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật."),
    ("p", "- Cơ quan phối hợp: Ủy ban nhân dân các huyện; Hội Nông dân tỉnh."),
    ("p", "- Thời gian thực hiện: Quý II/2026 - Quý IV/2028."),
    ("h", "2. Chứng nhận sản phẩm hữu cơ"),
    ("p", "- Cơ quan chủ trì: Chi cục Quản lý chất lượng nông lâm sản và thủy sản."),
    ("p", "- Cơ quan phối hợp: Trung tâm Khuyến nông tỉnh."),
    ("p", "- Thời gian thực hiện: Hằng năm."),
    ("h", "3. Xúc tiến tiêu thụ sản phẩm hữu cơ"),
    ("p", "- Cơ quan chủ trì: Phòng Kế hoạch - Tài chính."),
    ("p", "- Cơ quan phối hợp: Sở Công Thương."),
    ("p", "- Thời gian thực hiện: Thường xuyên."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện là 3 tỷ 450 triệu đồng (Ba tỷ, bốn trăm năm mươi triệu đồng), trong đó: ngân sách "
          "tỉnh 2 tỷ 700 triệu đồng; nguồn xã hội hóa 750 triệu đồng. Mức hỗ trợ chứng nhận sản phẩm hữu cơ tối đa 20 "
          "triệu đồng/cơ sở."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Trồng trọt và Bảo vệ thực vật: là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc Sở kết quả thực "
          "hiện Kế hoạch."),
    ("p", "2. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí hằng năm."),
    ("p", "3. Đề nghị Ủy ban nhân dân các huyện: chỉ đạo các xã quy hoạch vùng sản xuất hữu cơ./."),
]


def organic_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH LAM GIANG", "SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 214/KH-SNNMT"],
            [*MOTTO, "Lam Giang, ngày 09 tháng 02 năm 2026"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển nông nghiệp hữu cơ tỉnh Lam Giang giai đoạn 2026 - 2028", bold=True, center=True)
    _body(doc, ORGANIC_HEAD)
    _table(doc, ORGANIC_TARGETS)
    _body(doc, ORGANIC_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Nông nghiệp và Môi trường (b/c);", "- Giám đốc, các PGĐ Sở;",
                  "- UBND các huyện;", "- Lưu: VT, TT."],
            ["Q. GIÁM ĐỐC", "", "", "", "Nông Văn Tài"])
    return _save(doc)


# 7. A town's (thị xã) plan of 2026 word-segmented: "đạt từ 85 % trở lên", "giảm ít_nhất 10 %", money in triệu
#    đồng with decimals and by year with "là" ("năm 2026 là 1.100 triệu đồng , năm 2027 là 1.250,5 triệu đồng").

DIGITAL = "g11_thixa-phukhang_56-kh-ubnd_2026_chuyen-doi-so-wordseg.txt"
DIGITAL_TEXT = """\
Ủy_ban_nhân_dân thị_xã Phú_Khang 
Số : 56/KH - UBND 
Phú_Khang , ngày 03 tháng 3 năm 2026 
Kế_hoạch Chuyển_đổi số trên địa_bàn thị_xã Phú_Khang giai_đoạn 2026 - 2027 
Căn_cứ Luật Giao_dịch điện_tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023 ; 
Thực_hiện Nghị_quyết số 61-NQ/TW ngày 14 tháng 11 năm 2025 của Bộ_Chính_trị về đẩy_mạnh chuyển_đổi số trong hệ_thống chính_trị ; 
Thực_hiện Kế_hoạch số 45/KH - UBND ngày 20 tháng 01 năm 2026 của Ủy_ban_nhân_dân tỉnh Đông_Bình về chuyển_đổi số năm 2026 - 2027 ; 
Ủy_ban_nhân_dân thị_xã ban_hành Kế_hoạch như sau : 
I. Mục_tiêu 
1 . Mục_tiêu chung : Xây_dựng chính_quyền số , nâng cao chất_lượng phục_vụ người dân và doanh_nghiệp . 
2 . Mục_tiêu cụ_thể đến năm 2027 : 
- Tỷ_lệ hồ_sơ thủ_tục hành_chính được xử_lý trực_tuyến đạt từ 85 % trở lên ; 
- Giảm ít_nhất 10 % thời_gian xử_lý hồ_sơ so với năm 2025 ; 
- 100 % cán_bộ , công_chức được tập_huấn kỹ_năng số . 
II. Nhiệm_vụ 
1 . Phát_triển hạ_tầng số : Phòng Văn_hóa và Thông_tin chủ_trì , phối_hợp với Trung_tâm Văn_hóa - Thông_tin và Thể_thao thị_xã thực_hiện . 
2 . Số_hóa hồ_sơ , kết_quả giải_quyết thủ_tục hành_chính : Văn_phòng Hội_đồng_nhân_dân và Ủy_ban_nhân_dân thị_xã chủ_trì , phối_hợp với Ủy_ban_nhân_dân các phường , xã thực_hiện . 
3 . Tập_huấn kỹ_năng số cho cán_bộ , công_chức : Phòng Nội_vụ chủ_trì , phối_hợp với Phòng Văn_hóa và Thông_tin thực_hiện . 
III. Kinh_phí 
Tổng kinh_phí thực_hiện là 2.350,5 triệu đồng từ ngân_sách thị_xã , trong đó năm 2026 là 1.100 triệu đồng , năm 2027 là 1.250,5 triệu đồng . 
IV. Tổ_chức thực_hiện 
1 . Phòng Văn_hóa và Thông_tin : là cơ_quan thường_trực , theo_dõi , tổng_hợp , báo_cáo Ủy_ban_nhân_dân thị_xã . 
2 . Phòng Tài_chính - Kế_hoạch : tham_mưu bố_trí kinh_phí thực_hiện Kế_hoạch . 
3 . Ủy_ban_nhân_dân các phường , xã : xây_dựng kế_hoạch thực_hiện tại địa_phương . 
Nơi nhận : 
- UBND tỉnh Đông_Bình ( b/c ) ; 
- TT Thị_ủy , TT HĐND thị_xã ; 
- Lưu : VT , VHTT . 
TM. ỦY_BAN_NHÂN_DÂN 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Lê_Thị_Hồng_Vân 
"""


# 8. A district's Quyết định of 2025 issuing its plan, saved as a Word 97 file: the plan's tasks a table with a
#    "Kinh phí (triệu đồng)" column and a "Nguồn kinh phí" column naming each row's source.

LITERACY = "g11_huyen-muongkhe_1520-qd-ubnd_2025_qd-kem-kh-nguon-cot.doc"
LITERACY_TASKS = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
    ["1", "Mở lớp xóa mù chữ mức độ 1 tại các bản", "Phòng Giáo dục và Đào tạo", "Ủy ban nhân dân các xã", "420",
     "Ngân sách huyện"],
    ["2", "Biên soạn tài liệu song ngữ cho học viên", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     "Phòng Dân tộc", "180", "Chương trình MTQG"],
    ["3", "Hỗ trợ học viên hoàn thành lớp học", "Ủy ban nhân dân các xã", "Hội Khuyến học huyện", "95", "Xã hội hóa"],
    ["", "Tổng cộng", "", "", "695", ""],
]


def literacy_decision() -> bytes:
    from tests.invented.build_h1 import decision_front
    doc = _new()
    decision_front(
        doc, ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG KHÊ", "-------", "Số: 1520/QĐ-UBND"],
        [*MOTTO, "Mường Khê, ngày 10 tháng 6 năm 2025"],
        "Ban hành Kế hoạch xóa mù chữ cho người dân tộc thiểu số huyện Mường Khê giai đoạn 2025 - 2026",
        "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHÊ",
        ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
         "Căn cứ Kế hoạch số 88/KH-UBND ngày 02 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Điện Sơn về xóa mù chữ giai "
         "đoạn 2025 - 2026;",
         "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện tại Tờ trình số 45/TTr-PGDĐT ngày 30 tháng 5 năm 2025."],
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xóa mù chữ cho người dân tộc thiểu số huyện Mường Khê giai "
         "đoạn 2025 - 2026.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Giáo dục và Đào tạo, Chủ tịch Ủy ban nhân dân các xã "
         "và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."],
        ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (b/c);", "- Sở Giáo dục và Đào tạo;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lường Văn Sơn"])
    doc.add_page_break()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG KHÊ", "-------"], [*MOTTO], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Xóa mù chữ cho người dân tộc thiểu số huyện Mường Khê giai đoạn 2025 - 2026", bold=True, center=True)
    _paragraph(doc, "(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 10/6/2025 của UBND huyện Mường Khê)",
               italic=True, center=True)
    _body(doc, [
        ("h", "I. MỤC TIÊU"),
        ("p", "- Tỷ lệ người từ 15 đến 35 tuổi biết chữ mức độ 1 không dưới 98%;"),
        ("p", "- Từ 90% đến 95% học viên hoàn thành lớp học được công nhận biết chữ mức độ 2."),
        ("h", "II. NHIỆM VỤ VÀ KINH PHÍ"),
    ])
    _table(doc, LITERACY_TASKS)
    _body(doc, [
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Giáo dục và Đào tạo: chủ trì, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch."),
        ("p", "2. Phòng Tài chính - Kế hoạch: thẩm định, bố trí kinh phí theo quy định."),
        ("p", "3. Ủy ban nhân dân các xã: vận động người dân tham gia lớp học./."),
    ])
    return _save(doc)


# ---------------------------------------------------------------------------
# Third batch.
# 9. A province's letter (Công văn) of 2026 scraped to Markdown, signed on the chairman's authority by a Sở's
#    director ("TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ"), its first duty "Giao Sở Nội vụ chủ trì, phối hợp với ...".

LETTER = "g11_tinh-khanhlam_2345-ubnd-nc_2026_cong-van-tuq.md"
LETTER_MD_TEXT = """\
**ỦY BAN NHÂN DÂN TỈNH KHÁNH LÂM**

Số: 2345/UBND-NC

V/v triển khai nhiệm vụ cải cách hành chính năm 2026

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Khánh Lâm, ngày 06 tháng 01 năm 2026*

Kính gửi:

- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các huyện, thị xã, thành phố.

Thực hiện Nghị quyết số 18/NQ-CP ngày 22 tháng 02 năm 2025 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2025 - 2030 và Kế hoạch số 210/KH-UBND ngày 20 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 năm 2026.

2. Sở Tư pháp: kiểm soát chất lượng dự thảo văn bản quy phạm pháp luật trước khi trình ban hành.

3. Các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố: công khai đầy đủ thủ tục hành chính; bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.

Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.

**Nơi nhận:**
\\- Như trên;
\\- CT, các PCT UBND tỉnh;
\\- Lưu: VT, NC.

**TUQ. CHỦ TỊCH**
**GIÁM ĐỐC SỞ NỘI VỤ**

**Đinh Thị Thu Hà**
"""


# 10. A district's plan of 2026 in Word: targets under paragraphs naming their year ("Đến hết năm 2026:", "Đến hết
#     năm 2028:"), a growth range "tăng 8 - 10%/năm", tasks whose lead opens a sentence ("Giao Phòng Kinh tế chủ
#     trì, ..."), a part computed "150 triệu đồng/năm x 3 năm = 450 triệu đồng", a budget table by year.

COOPERATIVE = "g11_huyen-phuoclam_77-kh-ubnd_2026_nam-o-doan-tren-bang-theo-nam.docx"
COOPERATIVE_BUDGET = [
    ["TT", "Nội dung", "Tổng", "Năm 2026", "Năm 2027", "Năm 2028"],
    ["1", "Tuyên truyền về kinh tế tập thể", "90", "30", "30", "30"],
    ["2", "Đào tạo cán bộ quản lý hợp tác xã", "450", "150", "150", "150"],
    ["3", "Xúc tiến thương mại", "360", "100", "120", "140"],
    ["", "Tổng cộng", "900", "280", "300", "320"],
]
COOPERATIVE_BODY = [
    ("i", "Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20 tháng 6 năm 2023;"),
    ("i", "Thực hiện Chương trình hành động số 35-CTr/HU ngày 12 tháng 01 năm 2026 của Huyện ủy Phước Lâm về phát "
          "triển kinh tế tập thể giai đoạn 2026 - 2030;"),
    ("p", "Ủy ban nhân dân huyện Phước Lâm ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Phát triển kinh tế tập thể, hợp tác xã bền vững, góp phần tăng thu nhập cho thành viên."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "Đến hết năm 2026:"),
    ("p", "- Thành lập mới ít nhất 5 hợp tác xã;"),
    ("p", "- Trên 60% hợp tác xã hoạt động có hiệu quả."),
    ("p", "Đến hết năm 2028:"),
    ("p", "- Doanh thu bình quân của hợp tác xã tăng 8 - 10%/năm;"),
    ("p", "- Trên 75% hợp tác xã hoạt động có hiệu quả."),
    ("h", "II. NHIỆM VỤ"),
    ("h", "1. Tuyên truyền về kinh tế tập thể"),
    ("p", "Giao Phòng Kinh tế chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh tổ chức tuyên truyền về chính sách hỗ "
          "trợ hợp tác xã."),
    ("h", "2. Đào tạo cán bộ quản lý hợp tác xã"),
    ("p", "Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Kinh tế mở lớp bồi dưỡng cho cán bộ quản lý hợp tác xã."),
    ("h", "3. Xúc tiến thương mại"),
    ("p", "Giao Trung tâm Dịch vụ nông nghiệp huyện chủ trì đưa sản phẩm của hợp tác xã tham gia hội chợ."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện giai đoạn 2026 - 2028 là 900 triệu đồng từ ngân sách huyện, trong đó kinh phí đào "
          "tạo cán bộ quản lý: 150 triệu đồng/năm x 3 năm = 450 triệu đồng (chi tiết tại bảng dự toán dưới đây)."),
    ("c", "DỰ TOÁN KINH PHÍ THỰC HIỆN"),
    ("c", "Đơn vị: triệu đồng"),
]
COOPERATIVE_END = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kinh tế: là cơ quan thường trực, theo dõi, tổng hợp, báo cáo Ủy ban nhân dân huyện."),
    ("p", "2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí hằng năm."),
    ("p", "3. Ủy ban nhân dân các xã, thị trấn: hướng dẫn thành lập hợp tác xã trên địa bàn./."),
]


def cooperative_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN PHƯỚC LÂM", "-------", "Số: 77/KH-UBND"],
            [*MOTTO, "Phước Lâm, ngày 18 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế tập thể, hợp tác xã huyện Phước Lâm giai đoạn 2026 - 2028", bold=True,
               center=True)
    _body(doc, COOPERATIVE_BODY)
    _table(doc, COOPERATIVE_BUDGET)
    _body(doc, COOPERATIVE_END)
    closing(doc, ["- UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Liên minh HTX tỉnh;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hà Văn Lực"])
    return _save(doc)


# 11. A commune's plan of 2025 scraped to Markdown: its sum's parts each named by the source after the amount
#     ("trong đó 1.450 triệu đồng ngân sách tỉnh hỗ trợ, 350 triệu đồng ngân sách xã, 200 triệu đồng nguồn xã hội hóa").

COMMUNE = "g11_xa-phudien_24-kh-ubnd_2025_nguon-sau-so-tien.md"
COMMUNE_MD_TEXT = """\
**ỦY BAN NHÂN DÂN HUYỆN LONG HẢI**
**ỦY BAN NHÂN DÂN XÃ PHÚ ĐIỀN**

Số: 24/KH-UBND

*Phú Điền, ngày 11 tháng 3 năm 2025*

## KẾ HOẠCH

## Xây dựng xã nông thôn mới nâng cao năm 2025

Căn cứ Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;

Thực hiện Kế hoạch số 52/KH-UBND ngày 25 tháng 02 năm 2025 của Ủy ban nhân dân huyện Long Hải về xây dựng nông thôn mới năm 2025;

Ủy ban nhân dân xã Phú Điền xây dựng Kế hoạch như sau:

### I. MỤC TIÊU

1. Tỷ lệ hộ nghèo đa chiều giảm xuống dưới 1,5%.

2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.

### II. NHIỆM VỤ

1. Bê tông hóa đường liên ấp: Ban Quản lý xây dựng nông thôn mới xã chủ trì, phối hợp với Ban Nhân dân các ấp thực hiện.

2. Vận động người dân tham gia bảo hiểm y tế: Trạm Y tế xã chủ trì, phối hợp với Bảo hiểm xã hội huyện thực hiện.

### III. KINH PHÍ

Tổng kinh phí thực hiện là 2.000 triệu đồng, trong đó 1.450 triệu đồng ngân sách tỉnh hỗ trợ, 350 triệu đồng ngân sách xã, 200 triệu đồng nguồn xã hội hóa.

### IV. TỔ CHỨC THỰC HIỆN

1. Công chức Tài chính - Kế toán xã: tham mưu bố trí kinh phí thực hiện.

2. Ban Nhân dân các ấp: tuyên truyền, vận động người dân tham gia./.

**Nơi nhận:**
\\- UBND huyện Long Hải (b/c);
\\- Đảng ủy, HĐND xã;
\\- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Trần Thị Kim Loan**
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CITY).write_bytes(city_plan())
    (folder / HEALTH).write_text(HEALTH_MD_TEXT, encoding="utf-8")
    (folder / ZONE).write_text(ZONE_TXT_TEXT, encoding="utf-8")
    (folder / PROVINCE).write_bytes(province_plan())
    (folder / WARD).write_text(WARD_MD_TEXT, encoding="utf-8")
    main2(out)


def main2(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ORGANIC).write_bytes(_pdf(organic_plan(), ORGANIC))
    (folder / DIGITAL).write_text(DIGITAL_TEXT, encoding="utf-8")
    (folder / LITERACY).write_bytes(_converted(literacy_decision(), LITERACY, "doc"))
    main3(out)


def main3(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LETTER).write_text(LETTER_MD_TEXT, encoding="utf-8")
    (folder / COOPERATIVE).write_bytes(cooperative_plan())
    (folder / COMMUNE).write_text(COMMUNE_MD_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
