"""Invented documents of hold-out round C (2025 - 2026, after the two-level reorganisation of
local government: provinces and communes/wards merged and renamed, no district, the Sở merged;
and issuers the set lacked).

The first batch (golds written before their first extraction):

- a new (merged) commune's Kế hoạch of 2025 for 2026 - 2030 as `pdftotext -layout` gives it: its
  bases the Luật Tổ chức chính quyền địa phương 2025 and the Standing Committee's resolution
  arranging the province's communes; targets "phấn đấu có thêm 3 thôn ...", "giảm bình quân ít
  nhất 1,5 điểm phần trăm mỗi năm", "từ 95% trở lên", "100% ... trước ngày 31/12/2026", an income
  per head in "triệu đồng/người/năm" (a rate, no sum); tasks "Giao X chủ trì, phối hợp với Y ..."
  to the commune's Phòng Kinh tế, Công an xã, Trạm Y tế xã; funds "Nguồn vốn ... gồm: ngân sách
  trung ương ...; ngân sách tỉnh ...; ngân sách xã ...; vốn huy động ..." (.txt);
- a merged province's ("tỉnh ... (mới)") Kế hoạch of 2026 in Word, its tasks a ruled table in the
  body, group headings spanning all columns (gridSpan), the lead cell merged down over several
  tasks (vMerge), the merged Sở (Khoa học và Công nghệ, Nông nghiệp và Môi trường, Nội vụ, Xây
  dựng) as leads and "UBND các xã, phường, đặc khu" as partners; funds "Nguồn vốn: ngân sách
  trung ương 12.345 triệu đồng; ..." after a total (.docx);
- a ministry's (Bộ Dân tộc và Tôn giáo) Kế hoạch on a new portal whose header is two <div>
  columns (no table): tasks numbered with "- Đơn vị chủ trì:", "- Đơn vị phối hợp:" lines naming
  Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ and the provinces' Sở Dân tộc và Tôn giáo; funds "bố trí
  trong dự toán ... (không phát sinh)" with no amount (.html);
- a province's Hội Nông dân Kế hoạch for 2026 - 2030 scraped to Markdown (its header a pipe
  table, "HỘI NÔNG DÂN VIỆT NAM" where the motto would stand), its targets a table by year, its
  tasks to its Ban, "các cơ sở Hội", "các chi hội", its funds a total "dự kiến" with one "dự
  kiến" amount per year in prose (.md).

The second batch (golds written before their first extraction too):

- a joint plan (Kế hoạch phối hợp) of a provincial police and a Sở Giáo dục và Đào tạo for a school
  year in Word: both bodies in the header's left cell, "Số: .../KHPH-CAT-SGDĐT", the two directors'
  signatures side by side (a rank before the police director's name), "Nơi nhận" under them; no
  amount (each body pays from its own estimate, "không phát sinh") (.docx);
- a Sở Nội vụ's plan (having taken over Lao động - Thương binh và Xã hội) exported to a text PDF:
  two percentages in one target ("đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%"), a fall in
  points beside the level it falls to ("giảm 1,2 điểm phần trăm, còn dưới 2,8%"), funds with a
  national programme's money and a loan from the national employment fund (.pdf);
- a ward's plan on a city portal: its tasks an HTML table whose group rows span the columns
  (colspan) and whose lead cells span rows (rowspan); funds "dự kiến" by source (.html);
- the Ban Thường trực of a province's Ủy ban MTTQ Việt Nam: a monitoring plan (Kế hoạch giám
  sát) as plain text, "MỤC ĐÍCH, YÊU CẦU" (no objectives), the content as dash lines (no task),
  a joint resolution of three bodies among its bases ("Nghị quyết liên tịch số
  .../2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"), a "dự kiến" sum from its own funds (.txt).

The third batch (golds written before their first extraction too):

- a merged province's plan for 2026 - 2030 scraped to Markdown: its targets under a bold "Đến năm
  2030:" lead, each task's units in an italic "Đơn vị thực hiện: X (chủ trì); Y, Z (phối hợp)."
  line, its funds a total by source, then "Phân kỳ theo năm: năm 2026: N; ..." (.md);
- a special zone's (đặc khu, a commune-level unit since 2025) disaster plan as `pdftotext -layout`
  gives it: tasks followed by "- Đơn vị thực hiện: X; phối hợp: Y, Z." lines naming the zone's
  own units and a border post, its funds "bố trí trong dự toán ngân sách đặc khu ..., dự kiến N"
  beside the province's support (.txt);
- a Sở Xây dựng's (having taken over Giao thông vận tải) road-safety plan in Word, signed by its
  director alone: its tasks a ruled table with short heads ("Chủ trì | Phối hợp"), its funds a
  ruled table "ĐVT: triệu đồng", one row per source and a column per year after the total
  column, the "Tổng cộng" row first (.docx).

The fourth batch (its gold written before its first extraction too):

- a new commune's Party committee (Đảng ủy xã) Chương trình hành động for its first congress's
  term, exported to a text PDF: a Party header ("ĐẢNG BỘ TỈNH ..." / "ĐẢNG ỦY XÃ ..." / "*" /
  "Số 12-CTr/ĐU" beside "ĐẢNG CỘNG SẢN VIỆT NAM"), a growth range "8 - 9%/năm" among its main
  targets, its tasks a ruled table whose group rows span all columns (gridSpan) and whose lead
  cells run down over two tasks (vMerge), to the committee's own boards, the commune's People's
  Committee and Front; signed "T/M ĐẢNG ỦY / BÍ THƯ" (.pdf).

Everything is invented (the provinces, communes, names, numbers, dates). `python -m
tests.invented.build_c OUTDIR` writes the files, the same bytes on every run (the PDF only when
soffice is found; its bytes vary with LibreOffice's version).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_r import _soffice
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

COMMUNE = "c_xa-tanphuocson_45-kh-ubnd_2025_xa-moi-layout.txt"
PROVINCE = "c_tinh-hainguyen_118-kh-ubnd_2026_bang-gop-nhom-moi.docx"
MINISTRY = "c_bdttg_245-kh-bdttg_2025_portal-div-khong-phat-sinh.html"
FARMERS = "c_hnd-hainguyen_52-kh-hndt_2026_chi-tieu-nam-du-kien.md"
JOINT = "c_cat-sgddt-hainguyen_12-khph_2026_phoi-hop-hai-chu-ky.docx"
HOME = "c_snv-bacthuy_86-kh-snv_2026_viec-lam-pdf.pdf"
WARD = "c_phuong-anhoabac_27-kh-ubnd_2026_portal-colspan-rowspan.html"
FRONT = "c_mttq-bacthuy_35-kh-mttq_2026_giam-sat-ban-thuong-truc.txt"
TRADE = "c_tinh-thachgiang_205-kh-ubnd_2026_phan-ky-theo-nam.md"
ZONE = "c_dackhu-honlam_58-kh-ubnd_2026_dac-khu-layout.txt"
ROADS = "c_sxd-vinhkhang_64-kh-sxd_2026_bang-nguon-theo-nam.docx"
PARTY = "c_danguy-xa-tanphuocson_12-ctr-du_2025_bang-gop-pdf.pdf"


COMMUNE_TXT = """\
       ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      XÃ TÂN PHƯỚC SƠN                           Độc lập - Tự do - Hạnh phúc

       Số: 45/KH-UBND                       Tân Phước Sơn, ngày 12 tháng 9 năm 2025


                                         KẾ HOẠCH
                 Xây dựng nông thôn mới trên địa bàn xã giai đoạn 2026 - 2030


         Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm
     2025;
         Căn cứ Nghị quyết số 1685/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ
     Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Đông Thạch năm 2025;
         Thực hiện Kế hoạch số 215/KH-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh
     Đông Thạch về xây dựng nông thôn mới giai đoạn 2026 - 2030;
         Trên cơ sở sắp xếp các xã Tân Phước, Sơn Hà và Sơn Phú thành xã Tân Phước Sơn, Ủy
     ban nhân dân xã ban hành Kế hoạch xây dựng nông thôn mới giai đoạn 2026 - 2030 như sau:

         I. MỤC TIÊU
         1. Mục tiêu chung
         Xây dựng xã Tân Phước Sơn phát triển toàn diện sau sắp xếp, hạ tầng đồng bộ, nâng cao
     đời sống vật chất, tinh thần của Nhân dân; giữ vững quốc phòng, an ninh.
         2. Mục tiêu cụ thể đến năm 2030
         - Phấn đấu có thêm 3 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu (nâng tổng số lên
     7/18 thôn, tổ dân phố);
         - Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân ít nhất 1,5 điểm phần trăm
     mỗi năm;
         - Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên;
         - 100% thôn, tổ dân phố có nhà văn hóa đạt chuẩn trước ngày 31/12/2026;
         - Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm.

         II. NHIỆM VỤ, GIẢI PHÁP
         1. Rà soát, điều chỉnh quy hoạch chung xây dựng xã sau sắp xếp
         Giao Phòng Kinh tế chủ trì, phối hợp với Văn phòng HĐND và UBND xã, các thôn, tổ dân
     phố rà soát, trình điều chỉnh quy hoạch chung xây dựng xã; hoàn thành trong năm 2026.
         2. Phát triển sản xuất nông nghiệp hàng hóa, nâng cao thu nhập cho người dân
         Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã xây dựng vùng sản xuất tập
     trung, hỗ trợ liên kết tiêu thụ sản phẩm.
         3. Giữ vững an ninh chính trị, trật tự, an toàn xã hội
         Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã, các thôn, tổ dân phố xây
     dựng các mô hình tự quản về an ninh, trật tự.
         4. Nâng cao chất lượng chăm sóc sức khỏe Nhân dân
         Giao Trạm Y tế xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội vận động người dân tham
     gia bảo hiểm y tế, quản lý sức khỏe hộ gia đình.

         III. NGUỒN VỐN THỰC HIỆN
         Nguồn vốn thực hiện giai đoạn 2026 - 2030 dự kiến 48.600 triệu đồng, gồm: ngân sách
     trung ương 12.345 triệu đồng; ngân sách tỉnh 20.255 triệu đồng; ngân sách xã 6.000 triệu
     đồng; vốn huy động, xã hội hóa 10.000 triệu đồng.

         IV. TỔ CHỨC THỰC HIỆN
         1. Phòng Kinh tế: là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc thực
     hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.
         2. Phòng Văn hóa - Xã hội: tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn
     mới; theo dõi các chỉ tiêu về văn hóa, y tế, giáo dục.
         3. Công an xã: bảo đảm an ninh, trật tự trên địa bàn.
         4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội: đẩy
     mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
         5. Các thôn, tổ dân phố: tổ chức cho Nhân dân bàn bạc, đóng góp xây dựng công trình
     hạ tầng trên địa bàn./.


     Nơi nhận:                                                TM. ỦY BAN NHÂN DÂN
     - UBND tỉnh Đông Thạch (b/c);                                    CHỦ TỊCH
     - TT Đảng ủy, TT HĐND xã;
     - Chủ tịch, các PCT UBND xã;
     - Các phòng, đơn vị thuộc UBND xã;
     - Các thôn, tổ dân phố;
     - Lưu: VT.                                               Nguyễn Hữu Phước
"""


def province_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HẢI NGUYÊN", "-------", "Số: 118/KH-UBND"],
            [*MOTTO, "Hải Nguyên, ngày 09 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chuyển đổi số, phát triển chính quyền số tỉnh Hải Nguyên năm 2026", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"),
        ("i", "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị "
              "hành chính cấp tỉnh;"),
        ("i", "Thực hiện Nghị quyết số 05/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Hải Nguyên "
              "về kế hoạch phát triển kinh tế - xã hội năm 2026;"),
        ("p", "Sau hợp nhất tỉnh Hải Nguyên và tỉnh Bắc Lâm thành tỉnh Hải Nguyên (mới), Ủy ban nhân dân tỉnh "
              "ban hành Kế hoạch chuyển đổi số, phát triển chính quyền số năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Vận hành thông suốt chính quyền số hai cấp sau hợp nhất, lấy người dân, doanh nghiệp làm trung tâm; "
              "dữ liệu của hai tỉnh cũ được hợp nhất, dùng chung."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trước ngày "
              "30/6/2026;"),
        ("p", "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt từ 80% trở lên;"),
        ("p", "- Tỷ lệ văn bản, hồ sơ công việc tại UBND các xã, phường, đặc khu được xử lý trên môi trường mạng "
              "đạt 95%;"),
        ("p", "- Phấn đấu có thêm 15 xã, phường đạt tiêu chí chính quyền số cấp xã."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "Các nhiệm vụ cụ thể và phân công thực hiện như sau:"),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I. HẠ TẦNG SỐ VÀ DỮ LIỆU SỐ", "", "", "", ""],
        ["1", "Rà soát, hợp nhất hệ thống thông tin giải quyết thủ tục hành chính của hai tỉnh trước hợp nhất",
         "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Quý I/2026"],
        ["2", "Xây dựng kho dữ liệu dùng chung của tỉnh", "", "Các sở, ban, ngành tỉnh", "Quý III/2026"],
        ["3", "Số hóa hồ sơ địa chính, hoàn thiện cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường",
         "UBND các xã, phường, đặc khu", "Tháng 12/2026"],
        ["II. CHÍNH QUYỀN SỐ VÀ DỊCH VỤ CÔNG TRỰC TUYẾN", "", "", "", ""],
        ["4", "Cung cấp dịch vụ công trực tuyến toàn trình cho các thủ tục đủ điều kiện", "Văn phòng UBND tỉnh",
         "Sở Khoa học và Công nghệ; UBND các xã, phường, đặc khu", "Tháng 6/2026"],
        ["5", "Chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính cấp xã", "", "Sở Nội vụ", "Quý II/2026"],
        ["6", "Bố trí, bồi dưỡng công chức phụ trách chuyển đổi số cấp xã", "Sở Nội vụ",
         "UBND các xã, phường, đặc khu", "Năm 2026"],
        ["III. KINH TẾ SỐ", "", "", "", ""],
        ["7", "Triển khai thanh toán không dùng tiền mặt trong dịch vụ vận tải hành khách", "Sở Xây dựng",
         "Sở Công Thương", "Năm 2026"],
        ["8", "Hỗ trợ hợp tác xã, hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử", "Sở Công Thương",
         "Sở Tài chính; Liên minh Hợp tác xã tỉnh", "Năm 2026"],
    ]
    _table(doc, rows, merges=(((1, 0), (1, 4)), ((2, 2), (3, 2)), ((5, 0), (5, 4)), ((6, 2), (7, 2)),
                              ((9, 0), (9, 4))))
    for kind, text in (
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch dự kiến 44.000 triệu đồng."),
        ("p", "Nguồn vốn: ngân sách trung ương 12.345 triệu đồng; ngân sách tỉnh 28.600 triệu đồng; nguồn xã hội "
              "hóa và các nguồn hợp pháp khác 3.055 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Khoa học và Công nghệ: là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; "
              "tổng hợp, báo cáo UBND tỉnh trước ngày 10/12/2026."),
        ("p", "2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        ("p", "3. Sở Nội vụ: đưa kết quả chuyển đổi số vào tiêu chí đánh giá, xếp loại cơ quan, đơn vị."),
        ("p", "4. UBND các xã, phường, đặc khu: xây dựng kế hoạch chuyển đổi số của địa phương, bố trí nhân lực "
              "thực hiện./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Bộ Khoa học và Công nghệ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường, đặc khu;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lương Văn Khải"])
    return _save(doc)


MINISTRY_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch số 245/KH-BDTTG - Cổng Thông tin điện tử Bộ Dân tộc và Tôn giáo</title></head>
<body>
<header class="site-header"><div class="brand">BỘ DÂN TỘC VÀ TÔN GIÁO</div>
<nav class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/van-ban">Văn bản</a><a href="/lien-he">Liên hệ</a></nav></header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản chỉ đạo, điều hành</a></li></ol>
<section class="document-detail">
<div class="doc-meta"><span>Ngày đăng: 20/11/2025 08:15</span> <span>Lượt xem: 842</span></div>
<div class="doc-header" style="display:flex">
<div class="doc-header__left" style="width:40%;text-align:center">
<div><strong>BỘ DÂN TỘC VÀ TÔN GIÁO</strong></div>
<div>-------</div>
<div>Số: 245/KH-BDTTG</div>
</div>
<div class="doc-header__right" style="width:60%;text-align:center">
<div><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></div>
<div><strong>Độc lập - Tự do - Hạnh phúc</strong></div>
<div>---------------</div>
<div><em>Hà Nội, ngày 18 tháng 11 năm 2025</em></div>
</div>
</div>
<div class="doc-body">
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>Tuyên truyền, phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số năm 2026</strong></p>
<p><em>Căn cứ Nghị định số 41/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Dân tộc và Tôn giáo;</em></p>
<p><em>Căn cứ Quyết định số 1125/QĐ-TTg ngày 30 tháng 9 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án tăng cường phổ biến, giáo dục pháp luật tại vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030;</em></p>
<p>Bộ Dân tộc và Tôn giáo ban hành Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số năm 2026 như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung</strong></p>
<p>Nâng cao nhận thức, ý thức chấp hành pháp luật của đồng bào dân tộc thiểu số; góp phần giữ vững an ninh, trật tự vùng đồng bào dân tộc thiểu số và miền núi.</p>
<p><strong>2. Mục tiêu cụ thể</strong></p>
<p>- Phấn đấu từ 80% trở lên người dân vùng đồng bào dân tộc thiểu số được tiếp cận thông tin pháp luật bằng hình thức phù hợp;</p>
<p>- 100% công chức làm công tác dân tộc cấp tỉnh, cấp xã được bồi dưỡng kiến thức pháp luật trước ngày 31/12/2026;</p>
<p>- Mỗi tỉnh, thành phố trực thuộc Trung ương có đồng bào dân tộc thiểu số xây dựng ít nhất 01 mô hình điểm về trợ giúp pháp lý.</p>
<p><strong>II. NHIỆM VỤ</strong></p>
<p><strong>1. Biên soạn tài liệu pháp luật song ngữ Việt - dân tộc thiểu số</strong></p>
<p>- Đơn vị chủ trì: Vụ Pháp chế.</p>
<p>- Đơn vị phối hợp: Vụ Chính sách dân tộc, Trung tâm Truyền thông dân tộc.</p>
<p>- Thời gian thực hiện: Quý I - II/2026.</p>
<p><strong>2. Tổ chức hội nghị tập huấn cho người có uy tín trong đồng bào dân tộc thiểu số</strong></p>
<p>- Đơn vị chủ trì: Vụ Chính sách dân tộc.</p>
<p>- Đơn vị phối hợp: Sở Dân tộc và Tôn giáo các tỉnh, thành phố trực thuộc Trung ương.</p>
<p>- Thời gian thực hiện: Quý II - III/2026.</p>
<p><strong>3. Tuyên truyền pháp luật về tín ngưỡng, tôn giáo</strong></p>
<p>- Đơn vị chủ trì: Cục Quản lý nhà nước về tôn giáo.</p>
<p>- Đơn vị phối hợp: Văn phòng Bộ, Trung tâm Truyền thông dân tộc.</p>
<p>- Thời gian thực hiện: Cả năm 2026.</p>
<p><strong>4. Kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại một số địa phương</strong></p>
<p>- Đơn vị chủ trì: Thanh tra Bộ.</p>
<p>- Đơn vị phối hợp: Vụ Pháp chế.</p>
<p>- Thời gian thực hiện: Quý III - IV/2026.</p>
<p><strong>III. KINH PHÍ</strong></p>
<p>Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước năm 2026 đã giao cho các đơn vị thuộc Bộ (không phát sinh).</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Vụ Pháp chế: chủ trì, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 15/12/2026.</p>
<p>2. Văn phòng Bộ: bảo đảm điều kiện phục vụ các hoạt động của Kế hoạch.</p>
<p>3. Vụ Kế hoạch - Tài chính: hướng dẫn sử dụng kinh phí thực hiện Kế hoạch theo quy định.</p>
<p>4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: chỉ đạo Sở Dân tộc và Tôn giáo phối hợp triển khai Kế hoạch tại địa phương./.</p>
<div class="doc-footer" style="display:flex">
<div style="width:50%"><p><strong><em>Nơi nhận:</em></strong></p>
<p>- Bộ trưởng (để b/c);</p>
<p>- Các Thứ trưởng;</p>
<p>- UBND các tỉnh, thành phố trực thuộc TW;</p>
<p>- Các Vụ, đơn vị thuộc Bộ;</p>
<p>- Lưu: VT, PC.</p></div>
<div style="width:50%;text-align:center"><p><strong>KT. BỘ TRƯỞNG</strong></p>
<p><strong>THỨ TRƯỞNG</strong></p>
<p>&nbsp;</p><p>&nbsp;</p>
<p><strong>Hoàng Văn Thạch</strong></p></div>
</div>
</div>
<div class="attachments"><a href="/files/245-KH-BDTTG.pdf">Tải về: 245-KH-BDTTG.pdf</a></div>
</section>
</main>
<footer class="site-footer">Bản quyền thuộc Bộ Dân tộc và Tôn giáo. Giấy phép số 112/GP-TTĐT ngày 05/8/2025.</footer>
</body>
</html>
"""


FARMERS_MD = """\
| HỘI NÔNG DÂN TỈNH HẢI NGUYÊN<br>**BAN CHẤP HÀNH**<br>\\*\\*\\* | **HỘI NÔNG DÂN VIỆT NAM** |
|---|---|
| Số: 52-KH/HNDT | *Hải Nguyên, ngày 20 tháng 01 năm 2026* |

**KẾ HOẠCH**

**Thực hiện phong trào nông dân thi đua sản xuất, kinh doanh giỏi giai đoạn 2026 - 2030**

Căn cứ Kế hoạch số 215-KH/HNDTW ngày 10 tháng 11 năm 2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về phong trào nông dân thi đua sản xuất, kinh doanh giỏi giai đoạn 2026 - 2030;

Thực hiện Chương trình số 08-CTr/TU ngày 05 tháng 12 năm 2025 của Tỉnh ủy Hải Nguyên về phát triển nông nghiệp sinh thái, nông thôn hiện đại;

Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch thực hiện như sau:

### I. MỤC TIÊU

**1. Mục tiêu chung**

Phát triển sâu rộng phong trào nông dân thi đua sản xuất, kinh doanh giỏi; nâng cao thu nhập, đời sống của hội viên, nông dân; xây dựng tổ chức Hội vững mạnh.

**2. Chỉ tiêu cụ thể**

| TT | Chỉ tiêu | ĐVT | 2026 | 2027 | 2028 | 2029 | 2030 |
|---|---|---|---|---|---|---|---|
| 1 | Tỷ lệ hộ nông dân đăng ký danh hiệu sản xuất, kinh doanh giỏi | % | 55 | 57 | 59 | 61 | 63 |
| 2 | Tỷ lệ hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp so với số hộ đăng ký | % | 60 | 62 | 64 | 66 | 68 |
| 3 | Số tổ hợp tác, hợp tác xã do Hội hỗ trợ thành lập mới | tổ, HTX | 20 | 20 | 25 | 25 | 30 |

### II. NHIỆM VỤ, GIẢI PHÁP

**1. Tuyên truyền, vận động hội viên, nông dân tham gia phong trào**

Ban Tuyên giáo Hội Nông dân tỉnh chủ trì, phối hợp với các cơ sở Hội thực hiện.

**2. Hỗ trợ vốn, dịch vụ, khoa học kỹ thuật cho hội viên**

Ban Kinh tế - Xã hội Hội Nông dân tỉnh chủ trì, phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh, các cơ sở Hội thực hiện.

**3. Thành lập, nâng cao chất lượng chi hội, tổ hội nghề nghiệp**

Các cơ sở Hội chủ trì, phối hợp với các chi hội thực hiện.

**4. Sơ kết, tổng kết, khen thưởng phong trào**

Văn phòng Hội Nông dân tỉnh chủ trì, phối hợp với Ban Kinh tế - Xã hội Hội Nông dân tỉnh thực hiện.

### III. KINH PHÍ

Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 2.750 triệu đồng, từ nguồn kinh phí hoạt động của Hội và Quỹ Hỗ trợ nông dân, trong đó: năm 2026 dự kiến 450 triệu đồng; năm 2027 dự kiến 500 triệu đồng; năm 2028 dự kiến 550 triệu đồng; năm 2029 dự kiến 600 triệu đồng; năm 2030 dự kiến 650 triệu đồng.

### IV. TỔ CHỨC THỰC HIỆN

1. Ban Thường vụ Hội Nông dân tỉnh: lãnh đạo, chỉ đạo triển khai Kế hoạch; sơ kết vào năm 2028, tổng kết vào năm 2030.

2. Ban Kinh tế - Xã hội Hội Nông dân tỉnh: là đầu mối tham mưu, theo dõi, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ trước ngày 30/11 hằng năm.

3. Các cơ sở Hội: xây dựng kế hoạch cụ thể, giao chỉ tiêu cho các chi hội.

4. Các chi hội: vận động hội viên đăng ký thi đua, bình xét danh hiệu hằng năm./.

**Nơi nhận:**

- Ban Thường vụ TW Hội NDVN (b/c);
- Thường trực Tỉnh ủy (b/c);
- Các cơ sở Hội;
- Lưu: VP, KT-XH.

**TM. BAN THƯỜNG VỤ**

**CHỦ TỊCH**

**Đỗ Văn Lựu**
"""


def joint_plan() -> bytes:
    doc = _new()
    _layout(doc, ["CÔNG AN TỈNH HẢI NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "-------", "Số: 12/KHPH-CAT-SGDĐT"],
            [*MOTTO, "Hải Nguyên, ngày 25 tháng 8 năm 2026"], widths=(7.5, 8.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH PHỐI HỢP", bold=True, center=True, size=14)
    _paragraph(doc, "Bảo đảm an ninh, trật tự trường học năm học 2026 - 2027", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17 tháng 7 năm 2017 của Chính phủ quy định về môi trường giáo "
              "dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường;"),
        ("i", "Thực hiện Chỉ thị số 07/CT-UBND ngày 12 tháng 8 năm 2026 của Ủy ban nhân dân tỉnh Hải Nguyên về nhiệm "
              "vụ trọng tâm năm học 2026 - 2027;"),
        ("p", "Công an tỉnh và Sở Giáo dục và Đào tạo thống nhất ban hành Kế hoạch phối hợp bảo đảm an ninh, trật tự "
              "trường học năm học 2026 - 2027 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Xây dựng môi trường giáo dục an toàn, lành mạnh; phòng ngừa, ngăn chặn tội phạm, tệ nạn xã hội xâm "
              "nhập trường học."),
        ("h", "2. Chỉ tiêu cụ thể"),
        ("p", "- Giảm ít nhất 10% số vụ bạo lực học đường so với năm học 2025 - 2026;"),
        ("p", "- 100% cơ sở giáo dục phổ thông có phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ được phê duyệt "
              "trước ngày 30/9/2026;"),
        ("p", "- Từ 90% trở lên học sinh trung học phổ thông được tuyên truyền về an toàn giao thông."),
        ("h", "II. NỘI DUNG PHỐI HỢP"),
        ("h", "1. Tuyên truyền, phổ biến pháp luật trong trường học"),
        ("p", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền vào đầu năm học và "
              "trong các buổi sinh hoạt dưới cờ."),
        ("h", "2. Bảo đảm an ninh, trật tự khu vực cổng trường"),
        ("p", "Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân các xã, phường, đặc khu "
              "bố trí lực lượng tuần tra vào giờ tan trường."),
        ("h", "3. Phòng cháy, chữa cháy trong cơ sở giáo dục"),
        ("p", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh chủ trì, phối hợp với các cơ sở "
              "giáo dục kiểm tra, hướng dẫn diễn tập phương án."),
        ("h", "4. Phòng, chống ma túy trong học đường"),
        ("p", "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh chủ trì, phối hợp với Phòng Giáo dục Trung "
              "học nắm tình hình, phát hiện sớm học sinh có biểu hiện sử dụng chất ma túy."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện Kế hoạch do mỗi cơ quan bảo đảm trong dự toán ngân sách năm 2026 được giao (không "
              "phát sinh kinh phí mới)."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Công an tỉnh: chỉ đạo Công an các xã, phường, đặc khu phối hợp với nhà trường trên địa bàn thực "
              "hiện Kế hoạch."),
        ("p", "2. Sở Giáo dục và Đào tạo: chỉ đạo các cơ sở giáo dục xây dựng kế hoạch cụ thể; tổng hợp kết quả, "
              "báo cáo Ủy ban nhân dân tỉnh trước ngày 31/5/2027."),
        ("p", "3. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu: chỉ đạo lực lượng tại chỗ phối hợp giữ gìn an "
              "ninh, trật tự khu vực trường học./."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    from tests.invented.build_h1 import _cell_lines, _set_cell_borders, _widths
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8, 8])
    _cell_lines(table.cell(0, 0), ["GIÁM ĐỐC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "", "", "Trần Thị Minh Hạnh"], bold_upto=6)
    _cell_lines(table.cell(0, 1), ["GIÁM ĐỐC", "CÔNG AN TỈNH", "", "", "", "Đại tá Phạm Quốc Hưng"], bold_upto=6)
    for line in ("Nơi nhận:", "- Bộ Công an (b/c);", "- Bộ Giáo dục và Đào tạo (b/c);", "- UBND tỉnh (b/c);",
                 "- Các cơ sở giáo dục trên địa bàn tỉnh;", "- Lưu: VT CAT, VT SGDĐT."):
        _paragraph(doc, line, bold=line == "Nơi nhận:", size=11, space_after=0)
    return _save(doc)


def home_affairs_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH BẮC THỦY", "SỞ NỘI VỤ", "-------", "Số: 86/KH-SNV"],
            [*MOTTO, "Bắc Thủy, ngày 05 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Giải quyết việc làm và giảm nghèo bền vững năm 2026", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Quyết định số 25/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Bắc Thủy quy "
              "định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;"),
        ("i", "Căn cứ Quyết định số 1520/QĐ-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Bắc Thủy về việc "
              "giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026;"),
        ("p", "Sở Nội vụ (tiếp nhận chức năng, nhiệm vụ của Sở Lao động - Thương binh và Xã hội) xây dựng Kế hoạch "
              "giải quyết việc làm và giảm nghèo bền vững năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Tạo việc làm bền vững, nâng cao chất lượng nguồn nhân lực; giảm nghèo đa chiều, bao trùm, không để "
              "ai bị bỏ lại phía sau."),
        ("h", "2. Chỉ tiêu cụ thể"),
        ("p", "- Tạo việc làm mới cho 18.500 lao động, trong đó đưa 1.200 lao động đi làm việc ở nước ngoài theo "
              "hợp đồng;"),
        ("p", "- Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%;"),
        ("p", "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,2 điểm phần trăm, còn dưới 2,8%;"),
        ("p", "- Phấn đấu có thêm 2 xã thoát khỏi tình trạng đặc biệt khó khăn."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Hỗ trợ tạo việc làm, phát triển thị trường lao động"),
        ("p", "Giao Phòng Lao động - Việc làm chủ trì, phối hợp với Trung tâm Dịch vụ việc làm tỉnh, Ủy ban nhân "
              "dân các xã, phường tổ chức sàn giao dịch việc làm lưu động."),
        ("h", "2. Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng"),
        ("p", "Giao Phòng Lao động - Việc làm chủ trì, phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh hỗ "
              "trợ vay vốn cho người lao động."),
        ("h", "3. Thực hiện các chính sách giảm nghèo bền vững"),
        ("p", "Giao Phòng Bảo trợ xã hội và Giảm nghèo chủ trì, phối hợp với Sở Tài chính, Ủy ban nhân dân các xã, "
              "phường triển khai các dự án của Chương trình mục tiêu quốc gia giảm nghèo bền vững."),
        ("h", "4. Thanh tra, kiểm tra việc thực hiện pháp luật lao động"),
        ("p", "Giao Thanh tra Sở chủ trì, phối hợp với Bảo hiểm xã hội tỉnh kiểm tra việc thực hiện pháp luật lao "
              "động tại doanh nghiệp."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 26.840 triệu đồng, trong đó: ngân sách trung ương (Chương trình "
              "mục tiêu quốc gia giảm nghèo bền vững) 18.500 triệu đồng; ngân sách tỉnh 7.240 triệu đồng; vốn vay "
              "từ Quỹ quốc gia về việc làm 1.100 triệu đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Lao động - Việc làm: là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám "
              "đốc Sở trước ngày 05/12/2026."),
        ("p", "2. Phòng Bảo trợ xã hội và Giảm nghèo: hướng dẫn rà soát hộ nghèo, hộ cận nghèo năm 2026."),
        ("p", "3. Văn phòng Sở: bảo đảm kinh phí, điều kiện thực hiện Kế hoạch."),
        ("p", "4. Đề nghị Ủy ban nhân dân các xã, phường: chỉ đạo công chức phụ trách lao động - xã hội phối hợp "
              "thực hiện./."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Nội vụ (b/c);", "- Giám đốc, các PGĐ Sở;", "- UBND các xã, phường;",
                  "- Lưu: VT, LĐVL."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Thị Thanh Vân"])
    return _save(doc)


WARD_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch chỉnh trang đô thị năm 2026 - Phường An Hòa Bắc</title></head>
<body>
<div id="top"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ VĨNH CẢNG</div>
<div class="sub">Trang thông tin phường An Hòa Bắc</div>
<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li></ul></div>
<div id="content">
<div class="path">Trang chủ &gt; Văn bản &gt; Văn bản của phường</div>
<h1 class="title">Kế hoạch chỉnh trang đô thị, bảo đảm trật tự văn minh đô thị năm 2026</h1>
<div class="date">Cập nhật: 18/03/2026 15:42</div>
<div class="body">
<table style="width:100%">
<tr><td style="width:42%;text-align:center"><b>ỦY BAN NHÂN DÂN<br>PHƯỜNG AN HÒA BẮC</b><br>-------<br>Số: 27/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>An Hòa Bắc, ngày 16 tháng 3 năm 2026</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Chỉnh trang đô thị, bảo đảm trật tự văn minh đô thị trên địa bàn phường năm 2026</b></p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;</p>
<p>Thực hiện Kế hoạch số 96/KH-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân thành phố Vĩnh Cảng về xây dựng đô thị văn minh năm 2026;</p>
<p>Ủy ban nhân dân phường An Hòa Bắc ban hành Kế hoạch như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Xây dựng phường An Hòa Bắc sáng - xanh - sạch - đẹp, trật tự, văn minh; nâng cao ý thức chấp hành quy định về trật tự đô thị của người dân.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- 100% tuyến phố chính được gắn biển tên đường, biển số nhà trước ngày 31/10/2026;</p>
<p>- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt từ 98% trở lên;</p>
<p>- Giảm ít nhất 20% số điểm tập kết rác tự phát so với năm 2025;</p>
<p>- Phấn đấu có thêm 5 khu phố đạt chuẩn "Khu phố văn minh đô thị".</p>
<p><b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<table border="1" cellpadding="3" style="border-collapse:collapse;width:100%">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td><b>I</b></td><td colspan="4"><b>CHỈNH TRANG HẠ TẦNG ĐÔ THỊ</b></td></tr>
<tr><td>1</td><td>Gắn biển tên đường, biển số nhà trên các tuyến phố chính</td><td rowspan="2">Phòng Kinh tế, Hạ tầng và Đô thị</td><td>Các khu phố</td><td>Tháng 10/2026</td></tr>
<tr><td>2</td><td>Cải tạo vỉa hè, hệ thống thoát nước tuyến đường số 7</td><td>Ban Quản lý dự án đầu tư xây dựng khu vực</td><td>Quý III/2026</td></tr>
<tr><td><b>II</b></td><td colspan="4"><b>TRẬT TỰ ĐÔ THỊ, VỆ SINH MÔI TRƯỜNG</b></td></tr>
<tr><td>3</td><td>Ra quân lập lại trật tự lòng đường, vỉa hè</td><td>Công an phường</td><td>Phòng Kinh tế, Hạ tầng và Đô thị; các khu phố</td><td>Hằng tháng</td></tr>
<tr><td>4</td><td>Xóa các điểm tập kết rác tự phát</td><td rowspan="2">Phòng Kinh tế, Hạ tầng và Đô thị</td><td>Các khu phố; Hợp tác xã Dịch vụ môi trường An Hòa</td><td>Năm 2026</td></tr>
<tr><td>5</td><td>Tuyên truyền phân loại chất thải rắn sinh hoạt tại nguồn</td><td>Phòng Văn hóa - Xã hội; Đoàn Thanh niên phường</td><td>Năm 2026</td></tr>
</table>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí dự kiến 3.450 triệu đồng, trong đó: ngân sách phường 2.950 triệu đồng; nguồn xã hội hóa 500 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Kinh tế, Hạ tầng và Đô thị: là đơn vị thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân phường trước ngày 10/12/2026.</p>
<p>2. Phòng Văn hóa - Xã hội: tuyên truyền về xây dựng đô thị văn minh trên hệ thống truyền thanh phường.</p>
<p>3. Công an phường: xử lý vi phạm trật tự đô thị theo thẩm quyền.</p>
<p>4. Ban điều hành các khu phố: vận động Nhân dân chấp hành quy định về trật tự đô thị, vệ sinh môi trường./.</p>
<table style="width:100%">
<tr><td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND thành phố Vĩnh Cảng (b/c);<br>- TT Đảng ủy phường;<br>- TT HĐND phường;<br>- Các khu phố;<br>- Lưu: VT.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Trịnh Minh Quân</b></td></tr>
</table>
</div>
</div>
<div id="footer">Trang thông tin điện tử phường An Hòa Bắc, thành phố Vĩnh Cảng. Chịu trách nhiệm nội dung: Chủ tịch UBND phường.</div>
</body>
</html>
"""


FRONT_TXT = """ỦY BAN MTTQ VIỆT NAM
TỈNH BẮC THỦY
BAN THƯỜNG TRỰC
Số: 35/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Thủy, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Giám sát việc thực hiện chính sách bảo hiểm y tế đối với người dân tộc thiểu số năm 2026

Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15 tháng 6 năm 2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;
Thực hiện Kế hoạch số 118/KH-MTTW-BTT ngày 20 tháng 01 năm 2026 của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về công tác giám sát năm 2026;
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch giám sát như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Đánh giá kết quả thực hiện chính sách bảo hiểm y tế đối với người dân tộc thiểu số trên địa bàn tỉnh; kiến nghị cơ quan có thẩm quyền sửa đổi, bổ sung chính sách phù hợp.
- Phát hiện, biểu dương những địa phương làm tốt; chỉ ra hạn chế, vướng mắc để kịp thời khắc phục.
2. Yêu cầu
- Việc giám sát bảo đảm đúng quy định, khách quan, không làm ảnh hưởng đến hoạt động của đối tượng được giám sát.

II. NỘI DUNG GIÁM SÁT
- Việc lập danh sách, cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số sau sắp xếp đơn vị hành chính cấp xã.
- Việc bảo đảm quyền lợi khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã.
- Công tác tuyên truyền chính sách bảo hiểm y tế tại các thôn, bản.

III. ĐỐI TƯỢNG, THỜI GIAN, HÌNH THỨC GIÁM SÁT
- Đối tượng: Bảo hiểm xã hội tỉnh; Ủy ban nhân dân các xã Nậm Khè, Pa Thủy và Tà Lùng.
- Thời gian: Quý II - Quý III năm 2026.
- Hình thức: Thành lập đoàn giám sát trực tiếp.

IV. KINH PHÍ
Kinh phí giám sát được bảo đảm từ nguồn kinh phí hoạt động năm 2026 của Ủy ban MTTQ Việt Nam tỉnh, dự kiến 85 triệu đồng.

V. TỔ CHỨC THỰC HIỆN
1. Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh: tham mưu thành lập đoàn giám sát, xây dựng đề cương, tổng hợp báo cáo kết quả giám sát.
2. Văn phòng Ủy ban MTTQ Việt Nam tỉnh: bảo đảm kinh phí, phương tiện phục vụ đoàn giám sát.
3. Ban Thường trực Ủy ban MTTQ Việt Nam các xã được giám sát: phối hợp chuẩn bị nội dung, địa điểm làm việc.
4. Đề nghị Bảo hiểm xã hội tỉnh: cung cấp số liệu, báo cáo theo đề cương giám sát./.

Nơi nhận:
- Ban Thường trực UBTW MTTQ Việt Nam (b/c);
- Thường trực Tỉnh ủy (b/c);
- Bảo hiểm xã hội tỉnh;
- Ban Thường trực UBMTTQ các xã được giám sát;
- Lưu: VT, DCPL.
TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH

Lò Thị Xuân
"""


TRADE_MD = """\
**ỦY BAN NHÂN DÂN**
**TỈNH THẠCH GIANG**
Số: 205/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Thạch Giang, ngày 08 tháng 4 năm 2026*

## KẾ HOẠCH

**Phát triển hạ tầng thương mại nông thôn tỉnh Thạch Giang giai đoạn 2026 - 2030**

*Căn cứ Nghị quyết số 18/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Thạch Giang về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030;*

*Thực hiện Quyết định số 2150/QĐ-BCT ngày 25 tháng 9 năm 2025 của Bộ trưởng Bộ Công Thương phê duyệt Chương trình phát triển thương mại miền núi, vùng sâu, vùng xa giai đoạn 2026 - 2030;*

Ủy ban nhân dân tỉnh Thạch Giang (mới) ban hành Kế hoạch như sau:

### I. MỤC TIÊU

**1. Mục tiêu chung**

Phát triển hệ thống hạ tầng thương mại nông thôn đồng bộ, hiện đại trên địa bàn tỉnh sau hợp nhất; thúc đẩy tiêu thụ nông sản, nâng cao thu nhập của người dân.

**2. Mục tiêu cụ thể**

**Đến năm 2030:**

- Phấn đấu có thêm 25 xã có chợ đạt chuẩn theo tiêu chí nông thôn mới;
- Tỷ lệ xã có cửa hàng tiện lợi hoặc siêu thị mini đạt từ 80% trở lên;
- Tỷ lệ nông sản tiêu thụ qua sàn thương mại điện tử tăng ít nhất 1,5 điểm phần trăm mỗi năm;
- 100% chợ hạng I, hạng II được chuyển đổi mô hình quản lý trước ngày 31/12/2027.

### II. NHIỆM VỤ, GIẢI PHÁP

**1. Rà soát, quy hoạch mạng lưới chợ nông thôn sau hợp nhất**

*Đơn vị thực hiện: Sở Công Thương (chủ trì); Sở Xây dựng, UBND các xã, phường (phối hợp).*

**2. Đầu tư xây dựng, cải tạo chợ nông thôn**

*Đơn vị thực hiện: UBND các xã (chủ trì); Sở Tài chính, Sở Công Thương (phối hợp).*

**3. Phát triển thương mại điện tử nông thôn**

*Đơn vị thực hiện: Sở Công Thương (chủ trì); Sở Khoa học và Công nghệ, Bưu điện tỉnh (phối hợp).*

### III. KINH PHÍ THỰC HIỆN

Tổng nhu cầu kinh phí giai đoạn 2026 - 2030 là 186.500 triệu đồng, trong đó: ngân sách trung ương 60.000 triệu đồng; ngân sách tỉnh 86.500 triệu đồng; vốn doanh nghiệp, xã hội hóa 40.000 triệu đồng.

Phân kỳ theo năm: năm 2026: 28.000 triệu đồng; năm 2027: 35.500 triệu đồng; năm 2028: 40.000 triệu đồng; năm 2029: 41.000 triệu đồng; năm 2030: 42.000 triệu đồng.

### IV. TỔ CHỨC THỰC HIỆN

1. Sở Công Thương: là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.

2. Sở Tài chính: tham mưu bố trí vốn đầu tư công, kinh phí sự nghiệp thực hiện Kế hoạch.

3. Sở Xây dựng: hướng dẫn thiết kế mẫu chợ nông thôn.

4. UBND các xã, phường: bố trí quỹ đất, kêu gọi doanh nghiệp đầu tư, kinh doanh, khai thác chợ./.

**Nơi nhận:**
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Các sở, ngành: CT, TC, XD;
- UBND các xã, phường;
- Lưu: VT, KT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hà Văn Tường**
"""


ZONE_TXT = """\
        ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        ĐẶC KHU HÒN LAM                          Độc lập - Tự do - Hạnh phúc

        Số: 58/KH-UBND                        Hòn Lam, ngày 02 tháng 4 năm 2026


                                         KẾ HOẠCH
                     Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026


         Căn cứ Nghị quyết số 1660/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường
     vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Bắc Hải năm 2025;
         Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh
     Bắc Hải về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026;
         Ủy ban nhân dân đặc khu Hòn Lam ban hành Kế hoạch như sau:

         I. MỤC TIÊU
         1. Mục tiêu chung
         Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với thiên tai, sự cố trên biển; giảm
     thiểu thiệt hại về người và tài sản của Nhân dân và Nhà nước.
         2. Mục tiêu cụ thể
         - 100% tàu cá có chiều dài từ 15 m trở lên duy trì thiết bị giám sát hành trình trước
     ngày 30/5/2026;
         - Từ 95% trở lên hộ dân vùng ven biển được phổ biến kỹ năng phòng, tránh bão;
         - Không để xảy ra thiệt hại về người do chủ quan, lơ là.

         II. NHIỆM VỤ, GIẢI PHÁP
         1. Rà soát, cập nhật phương án sơ tán dân khi có bão mạnh, siêu bão
         - Đơn vị thực hiện: Phòng Kinh tế; phối hợp: Ban Chỉ huy Quân sự đặc khu, các thôn.
         2. Quản lý tàu thuyền, hướng dẫn neo đậu tránh trú bão
         - Đơn vị thực hiện: Đồn Biên phòng Hòn Lam; phối hợp: Phòng Kinh tế, Ban Quản lý
     cảng cá Hòn Lam.
         3. Tổ chức diễn tập ứng phó sự cố tràn dầu, cứu nạn trên biển
         - Đơn vị thực hiện: Ban Chỉ huy Quân sự đặc khu; phối hợp: Công an đặc khu, Trạm Y tế
     đặc khu.

         III. KINH PHÍ
         Kinh phí thực hiện được bố trí trong dự toán ngân sách đặc khu năm 2026, dự kiến
     1.250 triệu đồng; ngân sách tỉnh hỗ trợ 300 triệu đồng.

         IV. TỔ CHỨC THỰC HIỆN
         1. Phòng Kinh tế: là cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự đặc khu, theo
     dõi, tổng hợp tình hình thiên tai, báo cáo UBND đặc khu.
         2. Ban Chỉ huy Quân sự đặc khu: bố trí lực lượng, phương tiện sẵn sàng cứu hộ, cứu nạn.
         3. Công an đặc khu: bảo đảm an ninh, trật tự tại khu vực sơ tán.
         4. Đề nghị Đồn Biên phòng Hòn Lam: duy trì thông tin liên lạc với tàu thuyền trên biển.
         5. Các thôn: rà soát hộ dân cần sơ tán, tổ chức lực lượng xung kích tại chỗ./.


     Nơi nhận:                                                TM. ỦY BAN NHÂN DÂN
     - UBND tỉnh Bắc Hải (b/c);                                       CHỦ TỊCH
     - BCH PTDS tỉnh (b/c);
     - TT Đảng ủy, TT HĐND đặc khu;
     - Các thành viên BCH PTDS đặc khu;
     - Lưu: VT.                                               Nguyễn Văn Biển
"""


def roads_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH VĨNH KHANG", "SỞ XÂY DỰNG", "-------", "Số: 64/KH-SXD"],
            [*MOTTO, "Vĩnh Khang, ngày 12 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Bảo đảm trật tự, an toàn giao thông giai đoạn 2026 - 2028", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27 tháng 6 năm 2024;"),
        ("i", "Thực hiện Quyết định số 86/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Vĩnh Khang về "
              "việc giao nhiệm vụ bảo đảm trật tự, an toàn giao thông năm 2026;"),
        ("p", "Sở Xây dựng (tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về giao thông vận tải) xây dựng Kế hoạch "
              "như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Kiềm chế, kéo giảm tai nạn giao thông bền vững; nâng cao ý thức chấp hành pháp luật về trật tự, an "
              "toàn giao thông của người tham gia giao thông."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Giảm ít nhất 5% số vụ tai nạn giao thông mỗi năm trên cả 3 tiêu chí;"),
        ("p", "- 100% điểm đen tai nạn giao thông được xử lý trước ngày 31/12/2026;"),
        ("p", "- Tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm đạt từ 98% trở lên."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    _table(doc, [
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Rà soát, xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông", "Phòng Quản lý kết cấu hạ tầng giao thông",
         "Công an tỉnh; UBND các xã, phường", "Năm 2026"],
        ["2", "Kiểm tra hoạt động kinh doanh vận tải bằng xe ô tô", "Thanh tra Sở",
         "Phòng Cảnh sát giao thông Công an tỉnh", "Hằng quý"],
        ["3", "Tuyên truyền an toàn giao thông cho học sinh", "Văn phòng Sở", "Sở Giáo dục và Đào tạo; Tỉnh đoàn",
         "Các năm học"],
    ])
    for kind, text in (
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 8.850 triệu đồng, chi tiết như sau:"),
        ("c", "BẢNG KINH PHÍ THỰC HIỆN KẾ HOẠCH"),
        ("r", "ĐVT: triệu đồng"),
    ):
        _paragraph(doc, text, bold=kind in "hc", center=kind == "c", italic=kind == "r", justify=kind == "p")
    _table(doc, [
        ["TT", "Nguồn kinh phí", "Tổng", "Năm 2026", "Năm 2027", "Năm 2028"],
        ["", "Tổng cộng", "8.850", "2.750", "2.950", "3.150"],
        ["1", "Ngân sách trung ương", "4.200", "1.300", "1.400", "1.500"],
        ["2", "Ngân sách tỉnh", "3.450", "1.050", "1.150", "1.250"],
        ["3", "Xã hội hóa", "1.200", "400", "400", "400"],
    ])
    for text in (
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Quản lý kết cấu hạ tầng giao thông: là đầu mối theo dõi, tổng hợp kết quả, báo cáo Giám đốc Sở "
        "trước ngày 10 tháng 12 hằng năm.",
        "2. Thanh tra Sở: xử lý nghiêm các vi phạm trong hoạt động vận tải.",
        "3. Văn phòng Sở: bảo đảm kinh phí thực hiện Kế hoạch.",
        "4. Đề nghị Công an tỉnh: phối hợp tuần tra, kiểm soát, xử lý vi phạm trên các tuyến đường./.",
    ):
        _paragraph(doc, text, bold=text.startswith("IV."), justify=True)
    closing(doc, ["- UBND tỉnh (b/c);", "- Ban An toàn giao thông tỉnh;", "- Công an tỉnh;", "- Lưu: VT, QLGT."],
            ["GIÁM ĐỐC", "", "", "", "Đặng Quốc Việt"])
    return _save(doc)


def party_programme() -> bytes:
    doc = _new()
    _layout(doc, ["ĐẢNG BỘ TỈNH ĐÔNG THẠCH", "ĐẢNG ỦY XÃ TÂN PHƯỚC SƠN", "*", "Số 12-CTr/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tân Phước Sơn, ngày 30 tháng 10 năm 2025"], bold=(2, 1))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030", bold=True,
               center=True)
    _paragraph(doc, "-----", center=True)
    for kind, text in (
        ("p", "Căn cứ Nghị quyết số 01-NQ/ĐH ngày 28 tháng 9 năm 2025 của Đại hội đại biểu Đảng bộ xã Tân Phước Sơn lần "
              "thứ I, nhiệm kỳ 2025 - 2030; thực hiện Chương trình hành động số 05-CTr/TU ngày 20 tháng 10 năm 2025 của "
              "Ban Thường vụ Tỉnh ủy Đông Thạch, Ban Chấp hành Đảng bộ xã xây dựng Chương trình hành động như sau:"),
        ("h", "I. MỤC TIÊU, CHỈ TIÊU"),
        ("h", "1. Mục tiêu tổng quát"),
        ("p", "Xây dựng Đảng bộ và hệ thống chính trị xã trong sạch, vững mạnh; phát huy tiềm năng của xã sau sắp xếp, "
              "phấn đấu đến năm 2030 xã đạt chuẩn nông thôn mới nâng cao."),
        ("h", "2. Các chỉ tiêu chủ yếu đến năm 2030"),
        ("p", "- Tốc độ tăng giá trị sản xuất bình quân đạt 8 - 9%/năm;"),
        ("p", "- Hằng năm có từ 85% trở lên chi bộ được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên;"),
        ("p", "- Kết nạp từ 25 đảng viên mới trở lên mỗi năm."),
        ("h", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["I. CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ", "", "", "", ""],
        ["1", "Xây dựng quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030", "Ban Xây dựng Đảng",
         "Văn phòng Đảng ủy", "Tháng 11/2025"],
        ["2", "Rà soát, bổ sung quy hoạch cán bộ thuộc diện Ban Thường vụ Đảng ủy quản lý", "", "Các chi bộ",
         "Quý I/2026"],
        ["3", "Kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ", "Ủy ban Kiểm tra Đảng ủy",
         "Ban Xây dựng Đảng", "Hằng năm"],
        ["II. PHÁT TRIỂN KINH TẾ - XÃ HỘI", "", "", "", ""],
        ["4", "Xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của xã", "Ủy ban nhân dân xã",
         "Các phòng chuyên môn thuộc Ủy ban nhân dân xã", "Tháng 12/2025"],
        ["5", "Triển khai Đề án phát triển vùng trồng cây ăn quả tập trung", "", "Hội Nông dân xã; các thôn",
         "2026 - 2030"],
        ["6", "Vận động Nhân dân tham gia xây dựng nông thôn mới nâng cao", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
         "Các tổ chức chính trị - xã hội xã", "Hằng năm"],
    ]
    from tests.renditions.wordplans import _widths
    _widths(_table(doc, rows, merges=(((1, 0), (1, 4)), ((2, 2), (3, 2)), ((5, 0), (5, 4)), ((6, 2), (7, 2)))),
            [1.0, 5.7, 3.2, 3.3, 2.8])
    for kind, text in (
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Ban Xây dựng Đảng: chủ trì, phối hợp với Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Chương "
              "trình; định kỳ báo cáo Ban Thường vụ Đảng ủy."),
        ("p", "2. Ủy ban nhân dân xã: cụ thể hóa Chương trình thành kế hoạch hằng năm, bố trí nguồn lực thực hiện."),
        ("p", "3. Các chi bộ: quán triệt, xây dựng kế hoạch thực hiện Chương trình phù hợp với thực tế./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã;",
                  "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."],
            ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "", "Nguyễn Văn Toàn"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / COMMUNE).write_text(COMMUNE_TXT, encoding="utf-8")
    (folder / PROVINCE).write_bytes(province_plan())
    (folder / MINISTRY).write_text(MINISTRY_HTML, encoding="utf-8")
    (folder / FARMERS).write_text(FARMERS_MD, encoding="utf-8")
    (folder / JOINT).write_bytes(joint_plan())
    (folder / WARD).write_text(WARD_HTML, encoding="utf-8")
    (folder / FRONT).write_text(FRONT_TXT, encoding="utf-8")
    (folder / TRADE).write_text(TRADE_MD, encoding="utf-8")
    (folder / ZONE).write_text(ZONE_TXT, encoding="utf-8")
    (folder / ROADS).write_bytes(roads_plan())
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print(f"soffice not found: {HOME} not written", file=sys.stderr)
        return
    # (a PDF's bytes vary with LibreOffice's version: the one the gold was written against is kept)
    if not (folder / HOME).exists():
        (folder / HOME).write_bytes(_soffice(home_affairs_plan(), HOME, "pdf"))
    if not (folder / PARTY).exists():
        (folder / PARTY).write_bytes(_soffice(party_programme(), PARTY, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
