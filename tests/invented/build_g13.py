"""Invented documents of hold-out round G13: rarer conventions of real writing the set did not hold yet: the
two-level local government after the 2025 reorganization and its renamed bodies, older plans (2009-2013) with their
units and separators, plans amending an earlier plan, money split by task and source in one sentence per task, and
tasks written "Nhiệm vụ 1:", "Giải pháp 2.", "Nội dung 3:" or as letter items whose leads close the item.

- a commune's Kế hoạch of 2025 after the two-level reform in Word ("ỦY BAN NHÂN DÂN / XÃ ..."): a basis "Luật Tổ chức
  chính quyền địa phương số 72/2025/QH15", tasks "Nhiệm vụ 1: ...", each task's money and sources in one sentence
  ("Nhiệm vụ 1: 450 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 300 triệu đồng, ngân sách xã 150 triệu đồng."),
  responsibilities with "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã ..." (.docx);
- a province's Kế hoạch of 2009 scraped to Markdown: "UỶ BAN NHÂN DÂN" (old tone marks), "Căn cứ Luật Tổ chức HĐND và
  UBND ngày 26/11/2003", a Công văn of the Bộ Kế hoạch và Đầu tư, tasks "Giải pháp 1.", money in "tr.đồng" and a table
  "ĐVT: Tr.đồng" (.md);
- a district's Kế hoạch of 2012 word-segmented: a basis of the Bộ Tài nguyên và Môi trường, letter tasks "a)" under
  numbered groups with their lead in the item's last sentence, money with spaces between thousands ("1 200 000 000
  đồng") and "tỉ đồng" (.txt);
- a province's Kế hoạch of 2024 amending an earlier plan ("Sửa đổi, bổ sung Kế hoạch số ...") in Word: tasks
  "Nội dung 1:", a "Biểu" annex with a two-row merged header (years over sources), a request "Đề nghị Liên đoàn Lao
  động tỉnh ..." (.docx);
- a Sở Nông nghiệp và Môi trường's Kế hoạch of 2025 on its portal (.html): tasks "Giải pháp 1." with a "đặc khu" among
  the partners, money with a dot decimal ("1.5 tỷ đồng");
- a Sở Khoa học và Công nghệ's Kế hoạch of 2026 (after it took over information and communications) printed to PDF:
  letter items whose lead closes the item, money "2.400 trđ" (.pdf);
- a merged province's Kế hoạch of 2025 scraped to Markdown: Sở Dân tộc và Tôn giáo, tasks "Nội dung 1:", each task's
  money by source in one sentence, responsibilities opening "Đề nghị ..." to the Front, the courts and the unions
  (.md);
- a Sở Tài nguyên và Môi trường's Kế hoạch of 2013 in Word: tasks in a table, amounts "Tr.đ" in a table "ĐVT: Tr.đ",
  a total "3,5 tỉ đồng" (.docx).

First pass (golds written by hand before the first extraction, the 8 documents scored alone): micro 284/299/303 (P
0.950, R 0.937). The misses: each task's money in one sentence ("Nhiệm vụ 1: 450 triệu đồng, trong đó ...", "Nội dung
1: 600 triệu đồng, gồm ...") read as the plan's total, not the task's (12 statements, twice); tasks "Giải pháp 1." not
read at all (4 tasks, in the 2009 plan and the Sở's portal page); the recipients' last line running into the annex's
"Biểu" heading; a basis's issuer running on into its title ("... tỉnh Kỳ Sơn Nam điều chỉnh kế hoạch ..."); and the
year of a one-year plan's money "từ nguồn sự nghiệp ... năm 2026", which the gold had not accepted (it now does: the
sentence names the year). The older conventions (spaces between thousands, "tỉ", "tr.đồng", "Tr.đ", "UỶ BAN"), the
two-row merged "Biểu" header, "Nhiệm vụ 1:"/"Nội dung 1:" tasks, letter tasks with the lead last and the "Đề nghị ..."
responsibilities were read at first.

After this round's first four rules (tests/test_g13_holdout.py): the 8 documents 314/314/314.

The second batch (golds written by hand before their first extraction too):

- a special zone's (đặc khu) Kế hoạch of 2025 after the two-level reform in Word ("ỦY BAN NHÂN DÂN / ĐẶC KHU ..."): the
  Quốc hội's resolution on the provinces' reorganization as a basis, letter tasks "a) ... Giao Phòng X chủ trì, phối
  hợp với Y thực hiện." under numbered groups, money "2.5 tỷ đồng" with its parts in "tr.đ", a request "Đề nghị Ủy ban
  Mặt trận Tổ quốc Việt Nam đặc khu và các đoàn thể ..." (.docx);
- a district's Kế hoạch of 2008 scraped to Markdown: "UỶ BAN NHÂN DÂN HUYỆN", "Căn cứ Luật Tổ chức HĐND và UBND ngày
  26/11/2003", a Quyết định of the Bộ Kế hoạch và Đầu tư, tasks "Nội dung 1:", money in "tr.đồng" and "Biểu số 01" after
  the signature, a pipe table whose second row splits each year by source ("ĐVT: Tr.đồng") (.md).

First pass of the second batch (its 2 documents alone): micro 84/84/84, on the base code as on this round's (these
conventions were read at first).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g13 OUTDIR` writes
every file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

COMMUNE = "g13_xa-phuminh_57-kh-ubnd_2025_nhiem-vu-de-nghi.docx"
OLDPROV = "g13_tinh-vanninh_86-kh-ubnd_2009_tr-dong-giai-phap.md"
OLDDIST = "g13_huyen-dongkhe_112-kh-ubnd_2012_cach-nghin-wordseg.txt"
AMEND = "g13_tinh-kysonnam_205-kh-ubnd_2024_sua-doi-bieu-hai-dong.docx"
SNNMT = "g13_snnmt-thanhphong_412-kh-snnmt_2025_giai-phap-dac-khu.html"
SKHCN = "g13_skhcn-binhlucdong_37-kh-skhcn_2026_muc-chu-chu-tri-cuoi.pdf"
MERGED = "g13_tinh-hoanglam_301-kh-ubnd_2025_noi-dung-de-nghi.md"
STNMT = "g13_stnmt-lamthuy_64-kh-stnmt_2013_bang-trd.docx"


# ---------------------------------------------------------------------------
# 1. A commune's plan of 2025 after the two-level reform, in Word.

COMMUNE_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Kế hoạch số 145/KH-UBND ngày 05 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Thanh Phong về vận hành "
          "chính quyền địa phương hai cấp;"),
    ("p", "Ủy ban nhân dân xã Phú Minh ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- 100% thủ tục hành chính được tiếp nhận tại Trung tâm Phục vụ hành chính công xã;"),
    ("p", "- Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt trên 80% trong năm 2025."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "Nhiệm vụ 1: Kiện toàn Trung tâm Phục vụ hành chính công xã. Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân "
          "dân xã chủ trì, phối hợp với Phòng Kinh tế thực hiện."),
    ("p", "Nhiệm vụ 2: Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Giao Phòng Văn hóa - Xã hội chủ trì, phối "
          "hợp với Công an xã thực hiện."),
    ("p", "Nhiệm vụ 3: Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến. Giao Phòng Văn hóa - Xã hội "
          "chủ trì thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện là 800 triệu đồng, cụ thể:"),
    ("p", "Nhiệm vụ 1: 450 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 300 triệu đồng, ngân sách xã 150 triệu đồng."),
    ("p", "Nhiệm vụ 2: 350 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 200 triệu đồng, ngân sách xã 150 triệu đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: theo dõi, tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân "
          "xã kết quả thực hiện."),
    ("p", "2. Phòng Kinh tế: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã Phú Minh phối hợp tuyên truyền, vận động nhân dân sử dụng "
          "dịch vụ công trực tuyến./."),
]


def commune_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHÚ MINH", "-------", "Số: 57/KH-UBND"],
            [*MOTTO, "Phú Minh, ngày 20 tháng 8 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn xã Phú Minh năm 2025", bold=True,
               center=True)
    _body(doc, COMMUNE_BODY)
    closing(doc, ["- UBND tỉnh Thanh Phong (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Ủy ban MTTQ Việt Nam xã;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lò Văn Sinh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's plan of 2009 scraped to Markdown.

OLDPROV_MD_TEXT = """\
**UỶ BAN NHÂN DÂN TỈNH VẠN NINH**

Số: 86/KH-UBND

**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Vạn Ninh, ngày 15 tháng 5 năm 2009*

**KẾ HOẠCH**

**Bảo đảm vệ sinh an toàn thực phẩm tỉnh Vạn Ninh giai đoạn 2009 - 2010**

*Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;*

*Căn cứ Quyết định số 149/2007/QĐ-TTg ngày 10/9/2007 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia vệ sinh an toàn thực phẩm giai đoạn 2006 - 2010;*

*Căn cứ Công văn số 2345/BKH-TH ngày 02/4/2009 của Bộ Kế hoạch và Đầu tư về hướng dẫn phân bổ vốn các chương trình mục tiêu quốc gia năm 2009;*

UBND tỉnh xây dựng Kế hoạch như sau:

**I. MỤC TIÊU**

1. Đến năm 2010, 70% cơ sở sản xuất, chế biến thực phẩm đạt tiêu chuẩn vệ sinh an toàn thực phẩm.

2. Giảm 25% số vụ ngộ độc thực phẩm so với năm 2008.

**II. GIẢI PHÁP**

Giải pháp 1. Tuyên truyền, giáo dục về vệ sinh an toàn thực phẩm. Sở Y tế chủ trì, phối hợp với Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình tỉnh thực hiện.

Giải pháp 2. Thanh tra, kiểm tra cơ sở sản xuất, kinh doanh thực phẩm. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương thực hiện.

**III. KINH PHÍ**

Tổng kinh phí thực hiện: 4.850 tr.đồng, trong đó: ngân sách Trung ương 3.200 tr.đồng; ngân sách tỉnh 1.650 tr.đồng.

*ĐVT: Tr.đồng*

| Năm | Tổng số | NSTW | NS tỉnh |
|---|---|---|---|
| Năm 2009 | 2.250 | 1.500 | 750 |
| Năm 2010 | 2.600 | 1.700 | 900 |
| **Cộng** | **4.850** | **3.200** | **1.650** |

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Y tế: là cơ quan thường trực, hướng dẫn, kiểm tra, tổng hợp báo cáo UBND tỉnh.

2. Sở Kế hoạch và Đầu tư: chủ trì, phối hợp với Sở Tài chính tham mưu bố trí vốn thực hiện.

3. UBND các huyện, thị xã: chỉ đạo thực hiện trên địa bàn./.

**Nơi nhận:**
\\- Bộ Y tế (b/c);
\\- Bộ Kế hoạch và Đầu tư;
\\- TT Tỉnh uỷ, TT HĐND tỉnh;
\\- Các sở, ban, ngành;
\\- Lưu: VT, VX.

**TM. UỶ BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hà Đình Khang**
"""


# ---------------------------------------------------------------------------
# 3. A district's plan of 2012 word-segmented.

OLDDIST_TEXT = """\
UỶ_BAN_NHÂN_DÂN HUYỆN ĐÔNG_KHÊ 
Số : 112/KH - UBND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Đông_Khê , ngày 08 tháng 6 năm 2012 
KẾ_HOẠCH 
Cấp giấy chứng_nhận quyền sử_dụng đất trên địa_bàn huyện Đông_Khê năm 2012 
Căn_cứ Luật Tổ_chức HĐND và UBND ngày 26/11/2003 ; 
Căn_cứ Thông_tư số 17/2009/TT-BTNMT ngày 21/10/2009 của Bộ Tài_nguyên và Môi_trường quy_định về giấy chứng_nhận quyền sử_dụng đất ; 
UBND huyện xây_dựng Kế_hoạch như sau : 
I. MỤC_TIÊU 
- Hoàn_thành cấp giấy chứng_nhận quyền sử_dụng đất đạt 85 % diện_tích đất cần cấp trong năm 2012 ; 
- 100 % xã , thị_trấn hoàn_thành rà_soát hồ_sơ địa_chính . 
II. NHIỆM_VỤ 
1 . Rà_soát hồ_sơ 
a ) Rà_soát hồ_sơ địa_chính của các thửa đất chưa được cấp giấy . Phòng Tài_nguyên và Môi_trường chủ_trì , phối_hợp với UBND các xã , thị_trấn thực_hiện . 
b ) Đo_đạc bổ_sung bản_đồ địa_chính . Văn_phòng Đăng_ký quyền sử_dụng đất chủ_trì thực_hiện . 
2 . Cấp giấy chứng_nhận 
a ) Tiếp_nhận , thẩm_định hồ_sơ đề_nghị cấp giấy . Văn_phòng Đăng_ký quyền sử_dụng đất chủ_trì , phối_hợp với Phòng Tài_nguyên và Môi_trường thực_hiện . 
III. KINH_PHÍ 
Tổng kinh_phí thực_hiện là 1 200 000 000 đồng ( Một tỉ hai trăm triệu đồng ) , trong đó ngân_sách tỉnh hỗ_trợ 0,8 tỉ đồng , ngân_sách huyện 400 000 000 đồng . 
IV. TỔ_CHỨC THỰC_HIỆN 
1 . Phòng Tài_nguyên và Môi_trường : là cơ_quan thường_trực , tổng_hợp báo_cáo UBND huyện . 
2 . Phòng Tài_chính - Kế_hoạch : bố_trí kinh_phí thực_hiện . 
3 . UBND các xã , thị_trấn : phối_hợp rà_soát hồ_sơ trên địa_bàn . 
Nơi nhận : 
- Sở Tài_nguyên và Môi_trường ( b/c ) ; 
- TT Huyện_uỷ , TT HĐND huyện ; 
- UBND các xã , thị_trấn ; 
- Lưu : VT . 
TM. UỶ_BAN_NHÂN_DÂN 
CHỦ_TỊCH 
Nông_Văn_Thắng 
"""


# ---------------------------------------------------------------------------
# 4. A province's plan of 2024 amending an earlier plan, in Word, its money a "Biểu" with a two-row header.

AMEND_BUDGET = [
    ["TT", "Nội dung", "Tổng số", "Năm 2024", "", "Năm 2025", ""],
    ["", "", "", "NSTW", "NSĐP", "NSTW", "NSĐP"],
    ["1", "Xây dựng sản phẩm du lịch cộng đồng", "5.400", "1.500", "1.200", "1.500", "1.200"],
    ["2", "Đào tạo nguồn nhân lực du lịch cộng đồng", "1.600", "400", "400", "400", "400"],
    ["", "Tổng cộng", "7.000", "1.900", "1.600", "1.900", "1.600"],
]
AMEND_BODY = [
    ("i", "Căn cứ Nghị quyết số 11/2024/NQ-HĐND ngày 18 tháng 4 năm 2024 của Hội đồng nhân dân tỉnh Kỳ Sơn Nam điều "
          "chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025;"),
    ("p", "Ủy ban nhân dân tỉnh sửa đổi, bổ sung Kế hoạch số 98/KH-UBND ngày 12 tháng 4 năm 2023 như sau:"),
    ("h", "I. SỬA ĐỔI MỤC TIÊU CỤ THỂ"),
    ("p", "1. Đến năm 2025, có ít nhất 12 điểm du lịch cộng đồng được công nhận;"),
    ("p", "2. Tỷ lệ lao động du lịch cộng đồng được đào tạo đạt 60% trở lên."),
    ("h", "II. BỔ SUNG NHIỆM VỤ"),
    ("p", "Nội dung 1: Xây dựng sản phẩm du lịch cộng đồng gắn với văn hóa dân tộc thiểu số. Sở Văn hóa, Thể thao và Du "
          "lịch chủ trì, phối hợp với Ủy ban nhân dân các huyện thực hiện."),
    ("p", "Nội dung 2: Đào tạo nguồn nhân lực du lịch cộng đồng. Trường Cao đẳng Kỳ Sơn Nam chủ trì, phối hợp với Sở Lao "
          "động - Thương binh và Xã hội thực hiện."),
    ("h", "III. SỬA ĐỔI KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện giai đoạn 2024 - 2025 là 7.000 triệu đồng (chi tiết tại Biểu kèm theo)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch: chủ trì theo dõi, tổng hợp kết quả thực hiện."),
    ("p", "2. Sở Kế hoạch và Đầu tư: tham mưu bố trí vốn đầu tư thực hiện."),
    ("p", "3. Đề nghị Liên đoàn Lao động tỉnh phối hợp tuyên truyền, vận động đoàn viên tham gia phát triển du lịch cộng "
          "đồng."),
    ("p", "Các nội dung khác giữ nguyên theo Kế hoạch số 98/KH-UBND ngày 12 tháng 4 năm 2023./."),
]


def amend_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH KỲ SƠN NAM", "-------", "Số: 205/KH-UBND"],
            [*MOTTO, "Kỳ Sơn Nam, ngày 06 tháng 5 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Sửa đổi, bổ sung Kế hoạch số 98/KH-UBND ngày 12 tháng 4 năm 2023 về phát triển du lịch cộng đồng "
                    "tỉnh Kỳ Sơn Nam giai đoạn 2023 - 2025", bold=True, center=True)
    _body(doc, AMEND_BODY)
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ngành;",
                  "- UBND các huyện;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Thị Hoa"])
    doc.add_page_break()
    _paragraph(doc, "Biểu", bold=True, center=True)
    _paragraph(doc, "KINH PHÍ THỰC HIỆN CÁC NHIỆM VỤ BỔ SUNG", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 205/KH-UBND ngày 06 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh)", italic=True,
               center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True, center=True)
    _table(doc, AMEND_BUDGET, [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4)),
                               ((0, 5), (0, 6))])
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A Sở Nông nghiệp và Môi trường's plan of 2025 on its portal page.

SNNMT_HTML_TEXT = """\
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch số 412/KH-SNNMT - Sở Nông nghiệp và Môi trường tỉnh Thanh Phong</title></head>
<body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản điều hành</a></div>
<div class="content">
<table class="header">
<tr><td><p>UBND TỈNH THANH PHONG</p><p><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</b></p><p>Số: 412/KH-SNNMT</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Thanh Phong, ngày 25 tháng 9 năm 2025</i></p></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Bảo vệ nguồn lợi thủy sản ven biển tỉnh Thanh Phong giai đoạn 2025 - 2026</b></p>
<p><i>Căn cứ Quyết định số 30/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Thanh Phong quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;</i></p>
<p><i>Thực hiện Kế hoạch số 88/KH-BNNMT ngày 20 tháng 8 năm 2025 của Bộ Nông nghiệp và Môi trường về bảo vệ và phát triển nguồn lợi thủy sản;</i></p>
<p>Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Đến năm 2026, giảm 30% số vụ khai thác thủy sản bằng phương tiện cấm;</p>
<p>- 100% tàu cá có chiều dài từ 15 mét trở lên lắp thiết bị giám sát hành trình.</p>
<p><b>II. GIẢI PHÁP</b></p>
<p>Giải pháp 1. Tuần tra, kiểm soát khai thác thủy sản trên vùng biển ven bờ. Chi cục Thủy sản chủ trì; Ủy ban nhân dân đặc khu Cồn Lau và Ủy ban nhân dân các xã ven biển phối hợp thực hiện.</p>
<p>Giải pháp 2. Thả giống tái tạo nguồn lợi thủy sản. Trung tâm Giống thủy sản chủ trì; Hội Nghề cá tỉnh phối hợp thực hiện.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện khoảng 1.5 tỷ đồng từ nguồn ngân sách tỉnh giao trong dự toán của Sở.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Chi cục Thủy sản: là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch.</p>
<p>2. Văn phòng Sở: bảo đảm kinh phí, phương tiện tuần tra.</p>
<p>3. Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp tuần tra, xử lý vi phạm trên vùng biển./.</p>
<table class="footer">
<tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Bộ Nông nghiệp và Môi trường (b/c);</p><p>- UBND tỉnh (b/c);</p><p>- UBND đặc khu Cồn Lau;</p><p>- Lưu: VT, TS.</p></td>
<td><p><b>GIÁM ĐỐC</b></p><p>&nbsp;</p><p><b>Lê Văn Tâm</b></p></td></tr>
</table>
</div>
<div class="site-footer">Cổng thông tin điện tử Sở Nông nghiệp và Môi trường tỉnh Thanh Phong.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 6. A Sở Khoa học và Công nghệ's plan of 2026 printed to PDF: letter items whose lead closes the item.

SKHCN_BODY = [
    ("i", "Căn cứ Quyết định số 42/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Bình Lục Đông quy "
          "định chức năng, nhiệm vụ của Sở Khoa học và Công nghệ;"),
    ("p", "Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- 95% hồ sơ công việc của Sở được xử lý trên môi trường mạng;"),
    ("p", "- Tỷ lệ thuê bao băng rộng cố định đạt 80% hộ gia đình vào cuối năm 2026."),
    ("h", "II. NHIỆM VỤ"),
    ("h", "1. Hạ tầng số"),
    ("p", "a) Phát triển mạng băng rộng cố định đến các thôn, bản. Phòng Bưu chính, Viễn thông chủ trì, phối hợp với các "
          "doanh nghiệp viễn thông thực hiện."),
    ("p", "b) Nâng cấp Trung tâm dữ liệu tỉnh. Trung tâm Chuyển đổi số chủ trì thực hiện."),
    ("h", "2. Ứng dụng khoa học và công nghệ"),
    ("p", "a) Hỗ trợ doanh nghiệp đổi mới công nghệ. Phòng Quản lý khoa học chủ trì, phối hợp với Hiệp hội Doanh nghiệp "
          "tỉnh thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện: 2.400 trđ từ nguồn sự nghiệp khoa học và công nghệ năm 2026."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Trung tâm Chuyển đổi số: tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện."),
    ("p", "2. Văn phòng Sở: bố trí kinh phí theo dự toán được giao./."),
]


def skhcn_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH BÌNH LỤC ĐÔNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "-------", "Số: 37/KH-SKHCN"],
            [*MOTTO, "Bình Lục Đông, ngày 14 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển hạ tầng số và ứng dụng khoa học, công nghệ năm 2026", bold=True, center=True)
    _body(doc, SKHCN_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Khoa học và Công nghệ (b/c);", "- Các phòng, đơn vị thuộc Sở;",
                  "- Lưu: VT."],
            ["GIÁM ĐỐC", "", "", "", "Mai Xuân Trường"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. A merged province's plan of 2025 scraped to Markdown.

MERGED_MD_TEXT = """\
**ỦY BAN NHÂN DÂN TỈNH HOÀNG LÂM**

Số: 301/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hoàng Lâm, ngày 03 tháng 10 năm 2025*

**KẾ HOẠCH**

**Thực hiện công tác dân tộc, tôn giáo trên địa bàn tỉnh Hoàng Lâm năm 2026**

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;

Căn cứ Quyết định số 1520/QĐ-TTg ngày 28 tháng 8 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án tăng cường công tác dân tộc, tôn giáo;

Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC TIÊU**

1. Phấn đấu 100% cơ sở tín ngưỡng, tôn giáo được cấp giấy chứng nhận quyền sử dụng đất đến năm 2026.

2. Tỷ lệ hộ đồng bào dân tộc thiểu số được tiếp cận thông tin pháp luật đạt 90%.

**II. NỘI DUNG THỰC HIỆN**

Nội dung 1: Tuyên truyền, phổ biến chính sách dân tộc, tôn giáo. Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện.

Nội dung 2: Hỗ trợ cấp giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Dân tộc và Tôn giáo thực hiện.

**III. KINH PHÍ**

Nội dung 1: 600 triệu đồng, gồm ngân sách trung ương 400 triệu đồng và ngân sách tỉnh 200 triệu đồng.

Nội dung 2: 900 triệu đồng, gồm ngân sách trung ương 500 triệu đồng và ngân sách tỉnh 400 triệu đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1. Sở Dân tộc và Tôn giáo: là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.

2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện.

3. Ủy ban nhân dân các xã, phường, đặc khu: tổ chức thực hiện trên địa bàn.

4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động đồng bào các dân tộc, các tôn giáo.

5. Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp giải quyết các vụ việc liên quan đến tín ngưỡng, tôn giáo theo thẩm quyền./.

**Nơi nhận:**
\\- Bộ Dân tộc và Tôn giáo (b/c);
\\- TT Tỉnh ủy, TT HĐND tỉnh;
\\- Ủy ban MTTQ Việt Nam tỉnh;
\\- UBND các xã, phường, đặc khu;
\\- Lưu: VT, KGVX.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Trương Thị Ngọc Lan**
"""


# ---------------------------------------------------------------------------
# 8. A Sở Tài nguyên và Môi trường's plan of 2013 in Word: tasks in a table, amounts "Tr.đ".

STNMT_TASKS = [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (Tr.đ)"],
    ["1", "Điều tra, thống kê nguồn thải trên địa bàn tỉnh", "Chi cục Bảo vệ môi trường",
     "Trung tâm Quan trắc môi trường", "1.800"],
    ["2", "Xây dựng cơ sở dữ liệu môi trường", "Trung tâm Công nghệ thông tin", "Chi cục Bảo vệ môi trường", "1.200"],
    ["3", "Kiểm tra các cơ sở gây ô nhiễm môi trường nghiêm trọng", "Thanh tra Sở", "Phòng Cảnh sát môi trường Công an tỉnh",
     "500"],
    ["", "Tổng cộng", "", "", "3.500"],
]
STNMT_BODY = [
    ("i", "Căn cứ Luật Bảo vệ môi trường ngày 29 tháng 11 năm 2005;"),
    ("i", "Căn cứ Kế hoạch số 52/KH-UBND ngày 20 tháng 02 năm 2013 của UBND tỉnh Lâm Thủy về bảo vệ môi trường năm "
          "2013;"),
    ("p", "Sở Tài nguyên và Môi trường xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- 100% cơ sở gây ô nhiễm môi trường nghiêm trọng được kiểm tra, xử lý;"),
    ("p", "- Trên 60% khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn."),
    ("h", "II. NỘI DUNG VÀ KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện là 3,5 tỉ đồng từ nguồn sự nghiệp môi trường năm 2013, cụ thể như sau:"),
    ("c", "ĐVT: Tr.đ"),
]
STNMT_TAIL = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Bảo vệ môi trường: là đầu mối, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch."),
    ("p", "2. Văn phòng Sở: phối hợp với Phòng Kế hoạch - Tài chính bố trí kinh phí./."),
]


def stnmt_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH LÂM THỦY", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "-------", "Số: 64/KH-STNMT"],
            [*MOTTO, "Lâm Thủy, ngày 12 tháng 3 năm 2013"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Kiểm soát ô nhiễm môi trường năm 2013", bold=True, center=True)
    _body(doc, STNMT_BODY)
    _table(doc, STNMT_TASKS)
    _body(doc, STNMT_TAIL)
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Tài nguyên và Môi trường (b/c);", "- Giám đốc, các PGĐ Sở;",
                  "- Lưu: VT, BVMT."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Vi Thị Hằng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# Second batch.
# 9. A special zone's (đặc khu) plan of 2025 after the two-level reform, in Word: a Quốc hội resolution on the
#    reorganization as a basis, tasks as letter items under numbered groups with "Giao ... chủ trì" closing each, a
#    Chủ tịch of the commune-level bodies responsible, money with a dot decimal in "tỷ đồng" and "tr.đ" in one sentence.

SPECIAL = "g13_dk-conlau_19-kh-ubnd_2025_dac-khu-chu-cai-giao.docx"
SPECIAL_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính "
          "cấp tỉnh;"),
    ("i", "Thực hiện Kế hoạch số 77/KH-UBND ngày 10 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Thanh Phong về phát triển "
          "du lịch biển đảo;"),
    ("p", "Ủy ban nhân dân đặc khu Cồn Lau ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Đến năm 2026, lượng khách du lịch đến đặc khu tăng 20% so với năm 2024."),
    ("p", "2. 100% cơ sở lưu trú du lịch được kiểm tra về phòng cháy, chữa cháy."),
    ("h", "II. NHIỆM VỤ"),
    ("h", "1. Phát triển sản phẩm du lịch"),
    ("p", "a) Xây dựng tuyến du lịch sinh thái rừng ngập mặn. Giao Phòng Kinh tế chủ trì, phối hợp với Ban Quản lý "
          "Khu bảo tồn biển Cồn Lau thực hiện."),
    ("p", "b) Tổ chức Lễ hội biển Cồn Lau hằng năm. Giao Phòng Văn hóa - Xã hội chủ trì thực hiện."),
    ("h", "2. Bảo đảm an ninh, an toàn cho du khách"),
    ("p", "a) Kiểm tra phòng cháy, chữa cháy tại cơ sở lưu trú. Giao Công an đặc khu chủ trì, phối hợp với Phòng Kinh "
          "tế thực hiện."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện là 2.5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1.800 tr.đ, ngân sách đặc khu 700 "
          "tr.đ."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kinh tế: là cơ quan thường trực, tham mưu Chủ tịch Ủy ban nhân dân đặc khu theo dõi, đôn đốc thực "
          "hiện."),
    ("p", "2. Công an đặc khu: bảo đảm an ninh, trật tự tại các điểm du lịch."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu và các đoàn thể vận động nhân dân tham gia làm du lịch "
          "cộng đồng./."),
]


def special_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "ĐẶC KHU CỒN LAU", "-------", "Số: 19/KH-UBND"],
            [*MOTTO, "Cồn Lau, ngày 28 tháng 8 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển du lịch đặc khu Cồn Lau giai đoạn 2025 - 2026", bold=True, center=True)
    _body(doc, SPECIAL_BODY)
    closing(doc, ["- UBND tỉnh Thanh Phong (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- TT Đảng ủy, TT HĐND đặc khu;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Hải Đăng"])
    return _save(doc)


# 10. A district's plan of 2008 scraped to Markdown: "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003", a Quyết định
#     of the Bộ Kế hoạch và Đầu tư, tasks "Nội dung 1:" whose lead is named in a sentence after the task, money in
#     "tr.đồng" in prose with "Biểu số 01" after the signature: a two-row header (years over sources) in a pipe table.

OLDMD = "g13_huyen-namkhe_45-kh-ubnd_2008_bieu-so-01-hai-dong.md"
OLDMD_TEXT = """\
**UỶ BAN NHÂN DÂN HUYỆN NAM KHÊ**

Số: 45/KH-UBND

**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Nam Khê, ngày 21 tháng 3 năm 2008*

**KẾ HOẠCH**

**Kiên cố hoá kênh mương nội đồng huyện Nam Khê giai đoạn 2008 - 2009**

*Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;*

*Căn cứ Quyết định số 1150/QĐ-BKH ngày 15/10/2007 của Bộ Kế hoạch và Đầu tư về việc giao chỉ tiêu kế hoạch vốn năm 2008;*

UBND huyện xây dựng Kế hoạch như sau:

**I. MỤC TIÊU**

- Đến năm 2009, kiên cố hoá 60% chiều dài kênh mương nội đồng;
- 100% hợp tác xã nông nghiệp có tổ quản lý thuỷ nông.

**II. NỘI DUNG**

Nội dung 1: Kiên cố hoá kênh mương loại III. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các xã thực hiện.

Nội dung 2: Thành lập tổ quản lý thuỷ nông tại các hợp tác xã. Phòng Tài chính - Kế hoạch chủ trì thực hiện.

**III. KINH PHÍ**

Tổng kinh phí thực hiện: 4.400 tr.đồng, trong đó: ngân sách Trung ương 3.000 tr.đồng, ngân sách huyện 1.400 tr.đồng (chi tiết tại Biểu số 01).

**IV. TỔ CHỨC THỰC HIỆN**

1. Phòng Nông nghiệp và Phát triển nông thôn: là cơ quan thường trực, hướng dẫn các xã thực hiện.

2. Phòng Tài chính - Kế hoạch: tham mưu bố trí vốn.

3. UBND các xã: vận động nhân dân đóng góp./.

**Nơi nhận:**
\\- UBND tỉnh (b/c);
\\- TT Huyện uỷ, TT HĐND huyện;
\\- UBND các xã;
\\- Lưu: VT.

**TM. UỶ BAN NHÂN DÂN**
**CHỦ TỊCH**

**Phạm Văn Lộc**

**Biểu số 01**

**KINH PHÍ KIÊN CỐ HOÁ KÊNH MƯƠNG GIAI ĐOẠN 2008 - 2009**

*ĐVT: Tr.đồng*

| TT | Nội dung | Tổng số | Năm 2008 | | Năm 2009 | |
|---|---|---|---|---|---|---|
| | | | NSTW | NS huyện | NSTW | NS huyện |
| 1 | Kiên cố hoá kênh mương loại III | 4.300 | 1.500 | 600 | 1.500 | 700 |
| 2 | Thành lập tổ quản lý thuỷ nông | 100 | | 50 | | 50 |
| | **Tổng cộng** | **4.400** | **1.500** | **650** | **1.500** | **750** |
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / COMMUNE).write_bytes(commune_plan())
    (folder / OLDPROV).write_text(OLDPROV_MD_TEXT, encoding="utf-8")
    (folder / OLDDIST).write_text(OLDDIST_TEXT, encoding="utf-8")
    (folder / AMEND).write_bytes(amend_plan())
    (folder / SNNMT).write_text(SNNMT_HTML_TEXT, encoding="utf-8")
    (folder / SKHCN).write_bytes(_pdf(skhcn_plan(), SKHCN))
    (folder / MERGED).write_text(MERGED_MD_TEXT, encoding="utf-8")
    (folder / STNMT).write_bytes(stnmt_plan())
    main2(out)


def main2(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SPECIAL).write_bytes(special_plan())
    (folder / OLDMD).write_text(OLDMD_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
