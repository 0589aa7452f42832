"""Invented documents of hold-out round G15: commune-level plans, the most numerous in real archives, each combining
several conventions of commune writing: tasks given to the commune's posts and offices, heads of thôn and tổ dân phố,
the Ban Chỉ huy Quân sự and the Công an of the commune, its Front and unions, a "Ban Chỉ đạo xã" and a "Tổ công tác",
money in đồng with every digit and "(Bằng chữ: ...)", "ngân sách cấp trên hỗ trợ", "nguồn sự nghiệp", "nhân dân đóng
góp", counted and percent targets of the commune ("100% thôn", "02 mô hình"), "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH" and "Đảng ủy xã (b/c)" among the recipients.

- a xã's Kế hoạch of 2026 after the 2025 reorganization in Word: its offices ("Phòng Kinh tế xã"), a task table
  "Chủ trì | Phối hợp", a total with "(Bằng chữ: ...)" split into "ngân sách cấp trên hỗ trợ", "ngân sách xã" and
  "nhân dân đóng góp" (.docx);
- a phường's Kế hoạch of 2026 scraped to Markdown: "Tổ công tác liên ngành phường", "Tổ trưởng các tổ dân phố", money
  "từ nguồn sự nghiệp kinh tế của phường" with "(Bằng chữ: ...)" and "xã hội hóa" (.md);
- an older xã's Kế hoạch of 2016 copied from a PDF to text: hard line wraps mid-sentence, a page number alone on a
  line, "UBND HUYỆN ... / ỦY BAN NHÂN DÂN XÃ ...", "Giao cán bộ Thú y xã chủ trì", "Kế toán ngân sách xã:", "Ban Chỉ
  đạo xã" (.txt);
- a thị trấn's Kế hoạch of 2021 printed to PDF from Word: "Thú y viên các khu phố", "Công an thị trấn", money by
  source with "(Bằng chữ: ...)" (.pdf).
- a highland xã's Kế hoạch of 2023 under its district in Word: a "Ban Chỉ đạo giảm nghèo xã" leading, "Trưởng các bản",
  a "Tổ công tác của xã", a budget table "Đơn vị tính: đồng" with every digit by source (written after the first four's
  rules) (.docx).

First pass (golds written by hand before the first extraction, the 4 documents scored alone): micro 153/158/160
(P 0.968, R 0.956). The misses: "ngân sách cấp trên hỗ trợ" (the level above's money) read as a total, not local (2
documents); "Tổ trưởng các tổ dân phố" (the heads of a ward's residential groups) no agency, so a task's partners
"Công an phường và Tổ trưởng các tổ dân phố" stayed one and a responsibility was lost; "Thú y viên các khu phố" (a post
of a town's quarters) no agency, so the task's title ran on into "Giao ... chủ trì"; money raised "để trồng cây xanh"
given that purpose for its scope. Read at first: every header (issuer, level, place, date, number, signer with "TM. /
KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") in the four formats, the hard-wrapped text with its page number alone on a line, the
amounts in words "(Bằng chữ: ...)" (no second amount), "nguồn sự nghiệp kinh tế của phường năm 2026", "ngân sách xã",
"nhân dân đóng góp", the offices of a xã after 2025 in a task table, "cán bộ Thú y xã", "Kế toán ngân sách xã", the
"Ban Chỉ đạo ... xã", "Tổ công tác liên ngành phường", the Front and the unions after "Đề nghị".

After this round's three rules (tests/test_g15_holdout.py: "ngân sách cấp trên" local, "Tổ trưởng các tổ dân phố" a
head standing for its groups, a hamlet post after any hamlet word) and the scope "Trồng cây xanh" accepted beside
"total" for the money raised for that purpose: the 4 documents 162/162/162.

The fifth document (gold written by hand before its first extraction): 51/54/55 on the base code, 54/54/55 on this
round's first three rules (its table's column "Ngân sách cấp trên hỗ trợ" read as local as the prose is, not "other").
The miss left: "phối hợp với Trưởng các bản thực hiện", a mountain hamlet's word before a task's verb, not read as the
bản (the word was a body only before a comma, a colon, "và" or the end). After this round's fourth rule (a mountain hamlet's word before a task's
verb, tests/test_g15_holdout.py): 55/55/55; the five documents 217/217/217.

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g15 OUTDIR`
writes every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

XA = "g15_xa-dongkyson_52-kh-ubnd_2026_bang-chu-cap-tren.docx"
PHUONG = "g15_phuong-binhkhe_37-kh-ubnd_2026_to-dan-pho-su-nghiep.md"
XACU = "g15_xa-phuninh_18-kh-ubnd_2016_ngat-dong-so-trang.txt"
THITRAN = "g15_tt-namgiang_64-kh-ubnd_2021_khu-pho-bang-chu.pdf"


# ---------------------------------------------------------------------------
# 1. A xã's plan of 2026 after the reorganization, in Word with a task table.

XA_BODY = [
    ("i", "Căn cứ Nghị quyết số 08-NQ/ĐU ngày 20 tháng 7 năm 2025 của Ban Chấp hành Đảng bộ xã Đông Kỳ Sơn về phát "
          "triển kinh tế nông nghiệp giai đoạn 2025 - 2030;"),
    ("i", "Căn cứ Quyết định số 1874/QĐ-UBND ngày 02 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Hà Lam về hỗ trợ phát "
          "triển sản xuất nông nghiệp hàng hóa;"),
    ("p", "Ủy ban nhân dân xã ban hành Kế hoạch phát triển sản xuất nông nghiệp hàng hóa năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Huy động cả hệ thống chính trị của xã vào cuộc, khai thác lợi thế đất đai của các thôn."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- 100% thôn có ít nhất 01 tổ hợp tác sản xuất."),
    ("p", "- Xây dựng 02 mô hình trồng rau an toàn theo chuỗi."),
    ("p", "- Phấn đấu 65% diện tích lúa được sản xuất bằng giống chất lượng cao."),
    ("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
]

XA_TASKS = [
    ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
    ["1", "Rà soát, quy hoạch vùng sản xuất rau an toàn", "Phòng Kinh tế xã", "Trưởng các thôn", "Quý I/2026"],
    ["2", "Thành lập tổ hợp tác, hướng dẫn liên kết tiêu thụ", "Phòng Kinh tế xã",
     "Hội Nông dân xã; Trung tâm Dịch vụ nông nghiệp xã", "Quý II/2026"],
    ["3", "Tuyên truyền trên hệ thống loa truyền thanh của xã", "Phòng Văn hóa - Xã hội xã",
     "Trưởng các thôn", "Cả năm"],
    ["4", "Bảo đảm an ninh trật tự tại các vùng sản xuất tập trung", "Công an xã", "Ban Chỉ huy Quân sự xã",
     "Cả năm"],
]

XA_TAIL = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện: 1.250.000.000 đồng (Bằng chữ: Một tỷ, hai trăm năm mươi triệu đồng chẵn), trong đó:"),
    ("p", "- Ngân sách cấp trên hỗ trợ: 800.000.000 đồng;"),
    ("p", "- Ngân sách xã: 300.000.000 đồng;"),
    ("p", "- Nhân dân đóng góp: 150.000.000 đồng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kinh tế xã: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã theo dõi, tổng hợp kết quả thực "
          "hiện Kế hoạch."),
    ("p", "2. Văn phòng HĐND và UBND xã: bố trí kinh phí theo dự toán được duyệt."),
    ("p", "3. Trưởng các thôn: vận động hộ dân tham gia các tổ hợp tác."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã tuyên truyền, vận "
          "động đoàn viên, hội viên thực hiện./."),
]


def xa_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG KỲ SƠN", "-------", "Số: 52/KH-UBND"],
            [*MOTTO, "Đông Kỳ Sơn, ngày 22 tháng 12 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển sản xuất nông nghiệp hàng hóa trên địa bàn xã năm 2026", bold=True, center=True)
    _body(doc, XA_BODY)
    _table(doc, XA_TASKS)
    _body(doc, XA_TAIL)
    closing(doc, ["- Đảng ủy xã (b/c);", "- TT HĐND xã (b/c);", "- Chủ tịch, các PCT UBND xã;",
                  "- Các thôn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lò Văn Khiêm"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A phường's plan of 2026 scraped to Markdown: a Tổ công tác, the heads of the tổ dân phố, "nguồn sự nghiệp".

PHUONG_MD_TEXT = """\
**ỦY BAN NHÂN DÂN**
**PHƯỜNG BÌNH KHÊ**

Số: 37/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Bình Khê, ngày 05 tháng 02 năm 2026*

**KẾ HOẠCH**

**Chỉnh trang đô thị, lập lại trật tự vỉa hè trên địa bàn phường Bình Khê năm 2026**

*Căn cứ Kế hoạch số 215/KH-UBND ngày 12 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Ninh Lạc về quản lý trật tự đô thị năm 2026;*

Ủy ban nhân dân phường Bình Khê ban hành Kế hoạch thực hiện như sau:

**I. MỤC TIÊU**

1. 100% tổ dân phố ký cam kết không lấn chiếm vỉa hè, lòng đường.

2. Hoàn thành 03 tuyến phố văn minh đô thị trong năm 2026.

3. Giảm 50% số vụ vi phạm trật tự đô thị so với năm 2025.

**II. NHIỆM VỤ, GIẢI PHÁP**

1. Kiểm tra, xử lý vi phạm lấn chiếm vỉa hè. Giao Tổ công tác liên ngành phường chủ trì, phối hợp với Công an phường và Tổ trưởng các tổ dân phố thực hiện.

2. Tuyên truyền quy định về trật tự đô thị. Giao Phòng Văn hóa - Xã hội phường chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường thực hiện.

3. Sơn kẻ vạch, lắp biển báo trên các tuyến phố văn minh. Giao Phòng Kinh tế, Hạ tầng và Đô thị phường chủ trì thực hiện.

**III. KINH PHÍ**

Kinh phí thực hiện từ nguồn sự nghiệp kinh tế của phường năm 2026: 420.000.000 đồng (Bằng chữ: Bốn trăm hai mươi triệu đồng). Các tổ dân phố vận động xã hội hóa thêm 60.000.000 đồng để trồng cây xanh.

**IV. TỔ CHỨC THỰC HIỆN**

1. Phòng Kinh tế, Hạ tầng và Đô thị phường: là cơ quan thường trực, tổng hợp, báo cáo kết quả hằng quý.

2. Công an phường, Ban Chỉ huy Quân sự phường: bố trí lực lượng hỗ trợ Tổ công tác khi ra quân.

3. Tổ trưởng các tổ dân phố: phổ biến Kế hoạch đến từng hộ dân.

4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường vận động đoàn viên, hội viên gương mẫu thực hiện./.

**Nơi nhận:**
- Đảng ủy phường (b/c);
- TT HĐND phường;
- Các tổ dân phố;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Trịnh Quốc Vinh**
"""


# ---------------------------------------------------------------------------
# 3. An older xã's plan of 2016 copied from a PDF: hard wraps mid-sentence, a page number alone on a line.

XACU_TEXT = """\
UBND HUYỆN MINH SƠN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ PHÚ NINH                   Độc lập - Tự do - Hạnh phúc
Số: 18/KH-UBND                             Phú Ninh, ngày 07 tháng 3 năm 2016

KẾ HOẠCH
Tiêm phòng gia súc, gia cầm vụ Xuân năm 2016

Căn cứ Kế hoạch số 26/KH-UBND ngày 19 tháng 02 năm 2016 của UBND huyện Minh
Sơn về tiêm phòng gia súc, gia cầm năm 2016;
Ủy ban nhân dân xã Phú Ninh xây dựng Kế hoạch tiêm phòng vụ Xuân năm 2016
như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Chủ động phòng, chống dịch bệnh cho đàn gia súc, gia cầm, không để dịch lớn
xảy ra trên địa bàn xã.
2. Chỉ tiêu
- Tiêm phòng đạt 85% tổng đàn trâu, bò trong diện tiêm.
- 100% thôn tổ chức phun tiêu độc khử trùng chuồng trại ít nhất 02 đợt.
II. NỘI DUNG THỰC HIỆN
1. Thống kê đàn gia súc, gia cầm
Lập danh sách đến từng hộ chăn nuôi. Giao cán bộ Thú y xã chủ trì, phối hợp
với Trưởng các thôn thực hiện.
2. Tổ chức tiêm phòng
Tiêm theo lịch đến từng thôn. Giao cán bộ Thú y xã chủ trì, phối hợp với Thú
y viên các thôn thực hiện.
3. Tuyên truyền
Phát thanh trên loa truyền thanh 03 buổi mỗi tuần. Giao Đài Truyền thanh xã
chủ trì thực hiện.
III. KINH PHÍ
Tổng kinh phí: 86.500.000 đồng (Bằng chữ: Tám mươi sáu triệu, năm trăm nghìn
đồng). Trong đó: ngân sách huyện hỗ trợ 50.000.000 đồng; ngân sách xã
26.500.000 đồng; nhân dân đóng góp 10.000.000 đồng.
2
IV. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm xã: chỉ đạo, kiểm tra
việc tiêm phòng ở các thôn.
2. Cán bộ Thú y xã: tham mưu, theo dõi, báo cáo kết quả tiêm phòng về Ủy ban
nhân dân xã.
3. Kế toán ngân sách xã: bố trí kinh phí theo dự toán được duyệt.
4. Trưởng các thôn: thông báo lịch tiêm, vận động hộ chăn nuôi chấp hành.
5. Đề nghị Ủy ban Mặt trận Tổ quốc xã, Hội Nông dân xã tuyên truyền, vận động
hội viên thực hiện./.
Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- Trạm Thú y huyện (b/c);                                KT. CHỦ TỊCH
- Đảng ủy xã (b/c);                                      PHÓ CHỦ TỊCH
- Các thôn;
- Lưu: VP.
                                                         Đinh Văn Hậu
"""


# ---------------------------------------------------------------------------
# 4. A thị trấn's plan of 2021 printed to PDF from Word.

TT_BODY = [
    ("i", "Căn cứ Quyết định số 392/QĐ-UBND ngày 15 tháng 3 năm 2021 của UBND huyện Sông Trà về phòng, chống dịch "
          "tả lợn châu Phi;"),
    ("p", "UBND thị trấn Nam Giang xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. 100% khu phố có tổ kiểm soát dịch bệnh động vật."),
    ("p", "2. Tỷ lệ hộ chăn nuôi áp dụng biện pháp an toàn sinh học đạt 70%."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "1. Giám sát dịch bệnh tại các hộ chăn nuôi. Giao Thú y viên các khu phố chủ trì, phối hợp với Trưởng các "
          "khu phố thực hiện."),
    ("p", "2. Kiểm soát vận chuyển lợn qua địa bàn. Giao Công an thị trấn chủ trì, phối hợp với Ban Chỉ huy Quân sự "
          "thị trấn thực hiện."),
    ("p", "3. Hướng dẫn xử lý chất thải chăn nuôi. Giao Địa chính - Xây dựng thị trấn chủ trì thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí: 145.000.000 đồng (Bằng chữ: Một trăm bốn mươi lăm triệu đồng), gồm: ngân sách cấp trên hỗ "
          "trợ 100.000.000 đồng; ngân sách thị trấn 45.000.000 đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Chỉ đạo phòng, chống dịch bệnh động vật thị trấn: chỉ đạo, kiểm tra việc thực hiện."),
    ("p", "2. Tài chính - Kế toán thị trấn: tham mưu bố trí kinh phí."),
    ("p", "3. Trưởng các khu phố: vận động hộ chăn nuôi khai báo dịch bệnh."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc thị trấn và Hội Nông dân thị trấn tuyên truyền, vận động hội viên "
          "thực hiện./."),
]


def thitran_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND HUYỆN SÔNG TRÀ", "ỦY BAN NHÂN DÂN", "THỊ TRẤN NAM GIANG", "-------", "Số: 64/KH-UBND"],
            [*MOTTO, "Nam Giang, ngày 26 tháng 4 năm 2021"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống bệnh Dịch tả lợn châu Phi trên địa bàn thị trấn năm 2021", bold=True, center=True)
    _body(doc, TT_BODY)
    closing(doc, ["- UBND huyện (b/c);", "- Đảng ủy thị trấn (b/c);", "- Các khu phố;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Thị Hòa"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A highland xã's plan of 2023 under its district, in Word: tasks to the bản and their heads, a "Ban Chỉ đạo xã"
#    leading, a budget table in đồng with every digit by source ("Ngân sách cấp trên hỗ trợ | Ngân sách xã | Nhân dân
#    đóng góp"), a "Tổ công tác" of the commune.

XABAN = "g15_xa-muongchien_41-kh-ubnd_2023_ban-bang-dong.docx"

XABAN_BODY = [
    ("i", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20 tháng 12 năm 2022 của Hội đồng nhân dân xã Mường Chiên về dự "
          "toán ngân sách xã năm 2023;"),
    ("i", "Thực hiện Kế hoạch số 88/KH-UBND ngày 06 tháng 02 năm 2023 của Ủy ban nhân dân huyện Nậm Khoa về xóa nhà "
          "tạm, nhà dột nát năm 2023;"),
    ("p", "Ủy ban nhân dân xã Mường Chiên xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Mục tiêu chung"),
    ("p", "Bảo đảm các hộ nghèo, hộ cận nghèo trên địa bàn xã có nhà ở an toàn, ổn định."),
    ("p", "2. Mục tiêu cụ thể"),
    ("p", "- Hỗ trợ làm mới, sửa chữa 24 nhà ở cho hộ nghèo, hộ cận nghèo."),
    ("p", "- 100% bản thành lập tổ hỗ trợ ngày công làm nhà."),
    ("p", "- Phấn đấu 90% số nhà được hỗ trợ hoàn thành trước ngày 30/11/2023."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "1. Rà soát, lập danh sách hộ được hỗ trợ. Giao Ban Chỉ đạo giảm nghèo xã chủ trì, phối hợp với Trưởng "
          "các bản thực hiện."),
    ("p", "2. Vận động ngày công, vật liệu tại chỗ. Giao Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp với Đoàn Thanh "
          "niên xã, Hội Cựu chiến binh xã thực hiện."),
    ("p", "3. Hỗ trợ vận chuyển vật liệu đến các bản vùng sâu. Giao Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Tổ "
          "công tác của xã thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí: 1.080.000.000 đồng (Bằng chữ: Một tỷ, không trăm tám mươi triệu đồng), chi tiết theo bảng "
          "sau:"),
    ("c", "BẢNG DỰ TOÁN KINH PHÍ"),
    ("p", "Đơn vị tính: đồng"),
]

XABAN_BUDGET = [
    ["TT", "Nội dung", "Tổng số", "Ngân sách cấp trên hỗ trợ", "Ngân sách xã", "Nhân dân đóng góp"],
    ["1", "Làm mới nhà ở (16 nhà)", "800.000.000", "640.000.000", "64.000.000", "96.000.000"],
    ["2", "Sửa chữa nhà ở (08 nhà)", "240.000.000", "160.000.000", "32.000.000", "48.000.000"],
    ["3", "Vận chuyển vật liệu", "40.000.000", "-", "40.000.000", "-"],
    ["", "Tổng cộng", "1.080.000.000", "800.000.000", "136.000.000", "144.000.000"],
]

XABAN_TAIL = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Công chức Lao động - Thương binh và Xã hội xã: là đầu mối, tổng hợp, báo cáo tiến độ hằng tháng."),
    ("p", "2. Công chức Tài chính - Kế toán xã: hướng dẫn thanh toán, quyết toán kinh phí."),
    ("p", "3. Trưởng các bản: phân công tổ hỗ trợ ngày công, giám sát việc làm nhà."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc xã và các đoàn thể xã vận động hội viên, đoàn viên giúp đỡ hộ làm "
          "nhà./."),
]


def xaban_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND HUYỆN NẬM KHOA", "ỦY BAN NHÂN DÂN", "XÃ MƯỜNG CHIÊN", "-------", "Số: 41/KH-UBND"],
            [*MOTTO, "Mường Chiên, ngày 03 tháng 3 năm 2023"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Hỗ trợ làm nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn xã năm 2023", bold=True, center=True)
    _body(doc, XABAN_BODY)
    _table(doc, XABAN_BUDGET)
    _body(doc, XABAN_TAIL)
    closing(doc, ["- UBND huyện (b/c);", "- Đảng ủy xã (b/c);", "- TT HĐND xã;", "- Các bản;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lường Văn Pản"])
    return _save(doc)


def main2(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / XABAN).write_bytes(xaban_plan())


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / XA).write_bytes(xa_plan())
    (folder / PHUONG).write_text(PHUONG_MD_TEXT, encoding="utf-8")
    (folder / XACU).write_text(XACU_TEXT, encoding="utf-8")
    (folder / THITRAN).write_bytes(_pdf(thitran_plan(), THITRAN))
    main2(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
