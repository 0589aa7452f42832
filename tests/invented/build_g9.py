"""Invented documents of hold-out round G9: documents of the dev set's kinds that are not plans, and old ones.

- a Sở's Báo cáo of 2024 (text PDF): results against last year's targets ("đạt 96,5% kế hoạch", "vượt 2,1% so với
  cùng kỳ"), executed money ("đã giải ngân 12.345 triệu đồng, đạt 78%"), then "Phương hướng, nhiệm vụ năm 2025" with
  its targets and tasks;
- a province's Công văn of 2024 (.docx): "V/v triển khai ...", "Kính gửi:" with dashed addressee lines, a basis in prose
  ("Thực hiện Công văn số .../BNV-CCVC"), four numbered requests and a deadline "trước ngày 15/10/2024"; no targets,
  no money;
- a provincial HĐND's Nghị quyết of 2019 as a Markdown chunk cut from the middle of a scraped page: no header, it
  starts at "Điều 2." and names its money "tổng vốn 1.250 tỷ đồng, trong đó ngân sách tỉnh 800 tỷ đồng ..." (.md);
- a district's Kế hoạch of 2013 as word-segmented text (words joined by "_"), a task list and a budget list in
  "triệu đồng" by source (.txt);
- a district's Quyết định of 2010 as a Word 97 file that approves an estimate in "ngàn đồng" with an annexed item
  table "ĐVT: nghìn đồng" (.doc);
- a ministry's Kế hoạch of 2022 on its portal page (navigation, breadcrumb, related links, footer) with tasks for its
  own Cục, Vụ, Viện, Văn phòng Bộ, Thanh tra Bộ and for the Sở of the provinces (.html);
- a Sở's Tờ trình of 2023 to the provincial People's Committee proposing a plan and its money ("đề nghị ... bố trí
  kinh phí 2.400 triệu đồng") (.docx).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g9 OUTDIR`
writes every file; the PDF and the .doc need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _converted, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

REPORT = "g9_syt-vinhgiang_1586-bc-syt_2024_bao-cao-ket-qua.pdf"
LETTER = "g9_tinh-bacluong_2417-ubnd-nc_2024_cong-van-danh-gia.docx"
CHUNK = "g9_hdnd-hathanh_nq-hdnd_2019_chunk-dieu-2-von.md"
SEGMENTED = "g9_huyen-myluong_58-kh-ubnd_2013_ve-sinh-moi-truong-wordseg.txt"
ESTIMATE = "g9_huyen-yenphuc_215-qd-ubnd_2010_du-toan-ngan-dong.doc"
MINISTRY = "g9_bvhttdl_3215-kh-bvhttdl_2022_portal-cuc-vu.html"
SUBMISSION = "g9_stttt-quangloc_142-ttr-stttt_2023_to-trinh-kinh-phi.docx"


# ---------------------------------------------------------------------------
# 1. A Sở's report: results against targets, executed money, then the directions for next year (text PDF).

REPORT_BODY = [
    ("i", "Thực hiện Công văn số 3912/UBND-VX ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Vĩnh Giang về việc "
          "báo cáo kết quả thực hiện nhiệm vụ năm 2024 và xây dựng phương hướng, nhiệm vụ năm 2025;"),
    ("p", "Sở Y tế báo cáo kết quả thực hiện nhiệm vụ năm 2024, phương hướng, nhiệm vụ năm 2025 như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"),
    ("h", "1. Kết quả thực hiện các chỉ tiêu"),
    ("p", "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%, đạt 96,5% kế hoạch, vượt 2,1% so với cùng kỳ năm 2023."),
    ("p", "- Số giường bệnh trên 10.000 dân đạt 31,5 giường, đạt 100% kế hoạch."),
    ("p", "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97,2%, tăng 1,4% so với năm 2023."),
    ("p", "- Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 88%, chưa đạt chỉ tiêu kế hoạch giao (90%)."),
    ("h", "2. Kết quả thực hiện vốn đầu tư và kinh phí"),
    ("p", "Tổng kế hoạch vốn đầu tư công năm 2024 giao cho ngành y tế là 15.826 triệu đồng; đến ngày 30/11/2024 đã giải "
          "ngân 12.345 triệu đồng, đạt 78% kế hoạch. Kinh phí chi thường xuyên năm 2024 được giao 246.500 triệu đồng, "
          "ước thực hiện cả năm 241.000 triệu đồng."),
    ("h", "3. Tồn tại, hạn chế"),
    ("p", "Tiến độ giải ngân vốn đầu tư công còn chậm; nhân lực bác sĩ tại tuyến xã còn thiếu; một số trang thiết bị "
          "y tế tại bệnh viện tuyến huyện đã xuống cấp."),
    ("h", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
    ("h", "1. Các chỉ tiêu chủ yếu"),
    ("p", "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%."),
    ("p", "- Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 92%."),
    ("p", "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 97%."),
    ("h", "2. Nhiệm vụ trọng tâm"),
    ("p", "a) Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư các công trình y tế; hoàn thành Khối điều trị nội "
          "trú Bệnh viện Đa khoa tỉnh trong quý III năm 2025."),
    ("p", "b) Phòng Tổ chức cán bộ chủ trì, phối hợp với Trung tâm Y tế các huyện, thành phố tuyển dụng, điều động bác "
          "sĩ về làm việc tại trạm y tế xã."),
    ("p", "c) Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển khai tiêm chủng mở "
          "rộng và vận động người dân tham gia bảo hiểm y tế."),
    ("h", "III. KIẾN NGHỊ, ĐỀ XUẤT"),
    ("p", "Đề nghị Ủy ban nhân dân tỉnh bố trí 9.500 triệu đồng từ nguồn ngân sách tỉnh năm 2025 để mua sắm trang "
          "thiết bị y tế cho các trạm y tế xã./."),
]


def report() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH VĨNH GIANG", "SỞ Y TẾ", "-------", "Số: 1586/BC-SYT"],
            [*MOTTO, "Vĩnh Giang, ngày 16 tháng 12 năm 2024"], bold=(2, 2))
    _paragraph(doc, "BÁO CÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Kết quả thực hiện nhiệm vụ năm 2024, phương hướng, nhiệm vụ năm 2025", bold=True, center=True)
    _body(doc, REPORT_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Kế hoạch và Đầu tư;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, KHTC."],
            ["GIÁM ĐỐC", "", "", "", "Lê Thanh Hải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's letter: "V/v", "Kính gửi:", a basis in prose, numbered requests, a deadline (.docx).

LETTER_BODY = [
    ("p", "Thực hiện Công văn số 5123/BNV-CCVC ngày 05/9/2024 của Bộ Nội vụ về việc đánh giá, xếp loại chất lượng "
          "cán bộ, công chức, viên chức năm 2024, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương thực "
          "hiện một số nội dung sau:"),
    ("p", "1. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức đánh giá, xếp loại chất lượng "
          "cán bộ, công chức, viên chức thuộc phạm vi quản lý bảo đảm khách quan, công khai, đúng quy định tại Nghị "
          "định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ."),
    ("p", "2. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện; tổng hợp kết quả đánh giá, xếp loại của toàn tỉnh, báo cáo "
          "Ủy ban nhân dân tỉnh trước ngày 15/10/2024."),
    ("p", "3. Thanh tra tỉnh phối hợp với Sở Nội vụ kiểm tra, xử lý các trường hợp đánh giá không đúng quy định."),
    ("p", "4. Đề nghị các cơ quan, đơn vị gửi kết quả đánh giá, xếp loại về Sở Nội vụ trước ngày 05/10/2024 để tổng "
          "hợp."),
    ("p", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."),
]


def letter() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẮC LƯƠNG", "-------", "Số: 2417/UBND-NC",
                  "V/v triển khai đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024"],
            [*MOTTO, "Bắc Lương, ngày 20 tháng 9 năm 2024"], bold=(2, 2))
    _paragraph(doc, "Kính gửi: - Các sở, ban, ngành;", center=False)
    for line in ["- Ủy ban nhân dân các huyện, thị xã, thành phố;", "- Các đơn vị sự nghiệp công lập thuộc tỉnh."]:
        _paragraph(doc, "               " + line)
    _body(doc, LETTER_BODY)
    closing(doc, ["- Như trên;", "- Bộ Nội vụ (b/c);", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vương Đình Khoa"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. The middle of a scraped resolution of 2019: no header, it starts at "Điều 2." (.md).

CHUNK_TEXT = """\
**Điều 2.** Nguồn vốn và phân kỳ đầu tư

1. Tổng vốn thực hiện Đề án giai đoạn 2020 - 2025 là 1.250 tỷ đồng, trong đó ngân sách tỉnh 800 tỷ đồng, ngân sách \
trung ương hỗ trợ 300 tỷ đồng, vốn huy động hợp pháp khác 150 tỷ đồng.

2. Phân kỳ đầu tư:

- Giai đoạn 2020 - 2022: 500 tỷ đồng;

- Giai đoạn 2023 - 2025: 750 tỷ đồng.

3. Mức hỗ trợ xây dựng mỗi trạm cấp nước sạch tập trung tối đa 3 tỷ đồng/trạm; hộ gia đình dùng nước được hỗ trợ \
tối đa 2 triệu đồng/hộ để đấu nối.

**Điều 3.** Tổ chức thực hiện

1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; hằng năm báo cáo kết quả thực hiện tại kỳ họp cuối năm \
của Hội đồng nhân dân tỉnh.

2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng \
nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Thanh khóa XVI, Kỳ họp thứ Mười một thông qua ngày 06 tháng 12 \
năm 2019 và có hiệu lực từ ngày 01 tháng 01 năm 2020./.
"""


# ---------------------------------------------------------------------------
# 4. A district's plan of 2013 as word-segmented text: a task list and a budget list in triệu đồng (.txt).

SEGMENTED_TXT = """\
Ủy_ban_nhân_dân huyện mỹ_lương 
Số : 58/KH - UBND 
Mỹ_Lương , ngày 14 tháng 3 năm 2013 
Kế_hoạch bảo_vệ môi_trường và vệ_sinh nông_thôn huyện mỹ_lương năm 2013 
Căn_cứ Luật Bảo_vệ môi_trường ngày 29 tháng 11 năm 2005 ; 
Căn_cứ Kế_hoạch số 27/KH - UBND ngày 18 tháng 02 năm 2013 của Ủy_ban_nhân_dân tỉnh Đông_Sơn về bảo_vệ môi_trường năm 2013 ; 
Ủy_ban_nhân_dân huyện ban_hành Kế_hoạch bảo_vệ môi_trường và vệ_sinh nông_thôn năm 2013 như sau : 
I. MỤC_TIÊU 
- 85 % hộ gia_đình nông_thôn được sử_dụng nước hợp vệ_sinh ; 
- Tỷ_lệ rác_thải sinh_hoạt được thu_gom , xử_lý đạt 70 % ; 
- 60 % hộ chăn_nuôi có chuồng_trại hợp vệ_sinh . 
II. NHIỆM_VỤ 
1 . Phòng Tài_nguyên và Môi_trường chủ_trì , phối_hợp với Ủy_ban_nhân_dân các xã , thị_trấn rà_soát , xử_lý các điểm ô_nhiễm môi_trường trên địa_bàn . 
2 . Phòng Nông_nghiệp và Phát_triển nông_thôn chủ_trì , phối_hợp với Trạm Thú_y huyện hướng_dẫn hộ chăn_nuôi xây_dựng hầm biogas . 
3 . Ủy_ban_nhân_dân các xã , thị_trấn thành_lập tổ thu_gom rác_thải tại các thôn , xóm . 
III. KINH_PHÍ 
Tổng kinh_phí thực_hiện năm 2013 là 2.860 triệu đồng , trong đó : 
- Ngân_sách tỉnh hỗ_trợ : 1.200 triệu đồng ; 
- Ngân_sách huyện : 1.060 triệu đồng ; 
- Nhân_dân đóng_góp : 600 triệu đồng . 
IV. TỔ_CHỨC THỰC_HIỆN 
1 . Phòng Tài_nguyên và Môi_trường là cơ_quan thường_trực , theo_dõi , tổng_hợp kết_quả thực_hiện Kế_hoạch . 
2 . Phòng Tài_chính - Kế_hoạch tham_mưu bố_trí kinh_phí thực_hiện . 
3 . Ủy_ban_nhân_dân các xã , thị_trấn xây_dựng kế_hoạch thực_hiện tại địa_phương . 
Nơi nhận : 
- UBND tỉnh ( b/c ) ; 
- TT Huyện_ủy , TT HĐND huyện ; 
- Lưu : VT . 
TM. ỦY_BAN_NHÂN_DÂN 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Đinh_Văn_Toàn 
"""


# ---------------------------------------------------------------------------
# 5. A district's decision of 2010 approving an estimate in "ngàn đồng", with an annexed item table (.doc).

ESTIMATE_ROWS = [
    ["STT", "Nội dung", "Thành tiền"],
    ["1", "Sửa chữa mái, trần nhà lớp học", "186.500"],
    ["2", "Lát lại nền gạch 06 phòng học", "94.200"],
    ["3", "Sơn lại tường trong, ngoài", "58.300"],
    ["4", "Thay hệ thống điện chiếu sáng", "41.000"],
    ["", "Cộng", "380.000"],
]


def estimate_decision() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN PHÚC", "-------", "Số: 215/QĐ-UBND"],
            [*MOTTO, "Yên Phúc, ngày 08 tháng 7 năm 2010"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Về việc phê duyệt dự toán sửa chữa Trường Tiểu học Phúc Thịnh năm 2010", bold=True, center=True)
    _paragraph(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN PHÚC", bold=True, center=True)
    _body(doc, [
        ("i", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
        ("i", "Căn cứ Quyết định số 1120/QĐ-UBND ngày 25 tháng 12 năm 2009 của Ủy ban nhân dân huyện Yên Phúc về việc "
              "giao dự toán ngân sách năm 2010;"),
        ("i", "Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện tại Tờ trình số 64/TTr-TCKH ngày 02 tháng 7 năm "
              "2010,"),
    ])
    _paragraph(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    _body(doc, [
        ("p", "Điều 1. Phê duyệt dự toán sửa chữa Trường Tiểu học Phúc Thịnh năm 2010 với tổng kinh phí là 380.000 ngàn "
              "đồng (Ba trăm tám mươi triệu đồng chẵn). Chi tiết theo phụ lục đính kèm."),
        ("p", "Nguồn kinh phí: ngân sách huyện năm 2010."),
        ("p", "Điều 2. Giao Phòng Giáo dục và Đào tạo huyện chỉ đạo Trường Tiểu học Phúc Thịnh tổ chức thực hiện, "
              "thanh quyết toán kinh phí theo đúng quy định hiện hành."),
        ("p", "Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Giáo dục và "
              "Đào tạo, Hiệu trưởng Trường Tiểu học Phúc Thịnh chịu trách nhiệm thi hành Quyết định này./."),
    ])
    closing(doc, ["- Như Điều 3;", "- Kho bạc Nhà nước huyện;", "- Lưu: VT, TCKH."],
            ["CHỦ TỊCH", "", "", "", "Hoàng Văn Sơn"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN SỬA CHỮA TRƯỜNG TIỂU HỌC PHÚC THỊNH NĂM 2010", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Quyết định số 215/QĐ-UBND ngày 08/7/2010 của Chủ tịch UBND huyện Yên Phúc)", italic=True,
               center=True)
    _paragraph(doc, "ĐVT: nghìn đồng", italic=True)
    table = _table(doc, ESTIMATE_ROWS)
    _widths(table, [1.5, 10.0, 4.5])
    # (Word 97 wants a paragraph after a table that ends the document: without it LibreOffice writes the cells
    # as one run of text)
    _paragraph(doc, "(Bằng chữ: Ba trăm tám mươi triệu đồng chẵn)", italic=True)
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A ministry's plan on its portal page: tasks for its own Cục/Vụ/Viện and for the provinces' Sở (.html).

MINISTRY_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch số 3215/KH-BVHTTDL - Bộ Văn hóa, Thể thao và Du lịch\
</title></head>
<body>
<header><div class="logo">BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỔNG THÔNG TIN ĐIỆN TỬ</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản</a> &gt; Văn bản chỉ đạo điều hành\
</div>
<main><article>
<h1>Kế hoạch tổ chức Ngày hội Văn hóa các dân tộc vùng Tây Bắc năm 2022</h1>
<p class="meta">Ngày đăng: 12/8/2022 | Lượt xem: 2.315</p>
<table class="header"><tr><td><b>BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</b><br>-------<br>Số: 3215/KH-BVHTTDL</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>
<i>Hà Nội, ngày 10 tháng 8 năm 2022</i></td></tr></table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Tổ chức Ngày hội Văn hóa các dân tộc vùng Tây Bắc năm 2022</b></p>
<p><i>Căn cứ Nghị định số 79/2017/NĐ-CP ngày 17 tháng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền \
hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch;</i></p>
<p><i>Căn cứ Quyết định số 1270/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án bảo tồn, \
phát huy giá trị văn hóa truyền thống các dân tộc thiểu số giai đoạn 2021 - 2030;</i></p>
<p>Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch tổ chức Ngày hội như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>Tôn vinh, giới thiệu các giá trị văn hóa truyền thống đặc sắc của đồng bào các dân tộc vùng Tây Bắc; tạo môi \
trường giao lưu, học hỏi giữa các địa phương; tổ chức trang trọng, tiết kiệm, an toàn.</p>
<p><b>II. THỜI GIAN, ĐỊA ĐIỂM</b></p>
<p>Từ ngày 23 đến ngày 26 tháng 11 năm 2022, tại Làng Văn hóa - Du lịch các dân tộc Việt Nam.</p>
<p><b>III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<p><b>1. Cục Văn hóa các dân tộc Việt Nam</b></p>
<p>Chủ trì, phối hợp với Vụ Văn hóa dân tộc xây dựng nội dung, chương trình Ngày hội; mời các địa phương tham gia; \
tổng hợp kết quả, báo cáo Lãnh đạo Bộ.</p>
<p><b>2. Vụ Kế hoạch, Tài chính</b></p>
<p>Thẩm định dự toán, bố trí kinh phí tổ chức Ngày hội từ nguồn ngân sách nhà nước năm 2022 giao cho Bộ.</p>
<p><b>3. Viện Văn hóa, Nghệ thuật quốc gia Việt Nam</b></p>
<p>Tổ chức hội thảo khoa học về bảo tồn di sản văn hóa phi vật thể của các dân tộc vùng Tây Bắc.</p>
<p><b>4. Văn phòng Bộ</b></p>
<p>Bảo đảm công tác lễ tân, hậu cần; phối hợp với Cục Báo chí tuyên truyền về Ngày hội.</p>
<p><b>5. Thanh tra Bộ</b></p>
<p>Kiểm tra việc chấp hành quy định về quảng cáo, dịch vụ tại khu vực tổ chức Ngày hội.</p>
<p><b>6. Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương vùng Tây Bắc</b></p>
<p>Tuyển chọn đoàn nghệ nhân, diễn viên; chuẩn bị hiện vật, sản phẩm văn hóa truyền thống tham gia Ngày hội.</p>
<p>Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Bộ trưởng (qua Cục Văn hóa các dân tộc Việt Nam) \
để chỉ đạo./.</p>
<table class="sign"><tr><td><b><i>Nơi nhận:</i></b><br>- Bộ trưởng (để b/c);<br>- Các Thứ trưởng;<br>- Các cơ quan, \
đơn vị thuộc Bộ;<br>- Sở VHTTDL các tỉnh vùng Tây Bắc;<br>- Lưu: VT, VHDT.</td>
<td><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG</b><br><br><br><b>Trịnh Quang Vĩnh</b></td></tr></table>
</article>
<aside><h3>Văn bản liên quan</h3><ul>
<li><a href="/van-ban/1">Kế hoạch tổ chức Ngày hội Văn hóa dân tộc Mông năm 2022</a></li>
<li><a href="/van-ban/2">Thông báo về việc tổ chức Liên hoan nghệ thuật quần chúng năm 2022</a></li>
</ul></aside></main>
<footer><p>Bản quyền thuộc Bộ Văn hóa, Thể thao và Du lịch. Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội.</p>
<p>Điện thoại: 024.3943.8231 | Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# 7. A Sở's submission to the People's Committee proposing a plan and its money (.docx).

SUBMISSION_BODY = [
    ("i", "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"),
    ("i", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 12 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Quảng Lộc về chuyển "
          "đổi số tỉnh Quảng Lộc giai đoạn 2022 - 2025;"),
    ("p", "Sở Thông tin và Truyền thông kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch phát triển nền tảng "
          "số dùng chung của tỉnh năm 2024, cụ thể như sau:"),
    ("h", "1. Sự cần thiết"),
    ("p", "Các hệ thống thông tin của tỉnh hiện được triển khai riêng lẻ, chưa kết nối, chia sẻ dữ liệu; tỷ lệ hồ sơ "
          "thủ tục hành chính được xử lý trực tuyến toàn trình năm 2023 mới đạt 41%."),
    ("h", "2. Mục tiêu của Kế hoạch"),
    ("p", "- 100% cơ quan nhà nước cấp tỉnh, cấp huyện kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh;"),
    ("p", "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt trên 60%."),
    ("h", "3. Kinh phí"),
    ("p", "Sở Thông tin và Truyền thông đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí 2.400 triệu đồng từ nguồn ngân sách "
          "tỉnh năm 2024 để thực hiện Kế hoạch."),
    ("p", "(Có dự thảo Kế hoạch kèm theo)"),
    ("p", "Sở Thông tin và Truyền thông kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
]


def submission() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH QUẢNG LỘC", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "-------", "Số: 142/TTr-STTTT"],
            [*MOTTO, "Quảng Lộc, ngày 27 tháng 10 năm 2023"], bold=(2, 2))
    _paragraph(doc, "TỜ TRÌNH", bold=True, center=True, size=14)
    _paragraph(doc, "Về việc ban hành Kế hoạch phát triển nền tảng số dùng chung của tỉnh năm 2024", bold=True,
               center=True)
    _paragraph(doc, "Kính gửi: Ủy ban nhân dân tỉnh Quảng Lộc.", center=True)
    _body(doc, SUBMISSION_BODY)
    closing(doc, ["- Như trên;", "- Sở Tài chính;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, CĐS."],
            ["GIÁM ĐỐC", "", "", "", "Phan Thị Mỹ Linh"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CHUNK).write_text(CHUNK_TEXT, encoding="utf-8")
    (folder / SEGMENTED).write_text(SEGMENTED_TXT, encoding="utf-8")
    (folder / MINISTRY).write_text(MINISTRY_PAGE, encoding="utf-8")
    (folder / LETTER).write_bytes(letter())
    (folder / SUBMISSION).write_bytes(submission())
    (folder / REPORT).write_bytes(_pdf(report(), REPORT))
    (folder / ESTIMATE).write_bytes(_converted(estimate_decision(), ESTIMATE, "doc"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
