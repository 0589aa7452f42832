"""Invented documents of hold-out round A (genres and years the set lacked: land use, immunization,
dengue, administrative reform, education by level, a Party committee's programme, a steering
committee's plan, a district's disaster plan).

The first batch (golds written before their first extraction):

- a district's plan of 2014 carrying out its yearly land-use plan (kế hoạch sử dụng đất hằng năm),
  typed in the old tone-mark style ("Uỷ ban", "thuỷ lợi", "hoà"): its targets areas in ha (no
  percentage) beside two rates, its tasks a Word table whose columns come in another order ("TT |
  Nội dung công việc | Sản phẩm | Thời gian hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp | Ghi
  chú"), its funds "1,5 tỷ đồng" split in "triệu đồng" (.docx);
- a Sở Y tế's expanded-immunization plan for 2024 - 2026 on the province portal: its coverage
  targets an HTML table by year whose cells carry bounds ("≥ 95", "≤ 1"), prose targets with
  "tối thiểu" and "không dưới", its tasks a table whose one "Đơn vị thực hiện" column holds
  "Chủ trì: X; phối hợp: Y", its funds in "VNĐ" (.html);
- a commune's one-page dengue plan of 2011 as plain text (old tone marks, "ấp" heads), amounts in
  full đồng "12.500.000 đồng" (.txt);
- a district's administrative-reform plan for 2023 - 2025 scraped to Markdown: a targets table
  "2023 | 2024 | 2025" (a bounded cell "≥ 85" among bare numbers), a budget table split "Ngân sách
  tỉnh hỗ trợ | Ngân sách huyện | Xã hội hóa" in triệu đồng (.md).

The second batch (golds written before their first extraction too):

- a district's education plan for 2025 in Word exported to a text PDF: its targets a ruled table whose
  columns are the school LEVELS ("Chỉ tiêu | Mầm non | Tiểu học | THCS"), the unit in the label
  ("(%)"), a counted row in "(phòng)"; funds in "tỷ đồng" with a decimal comma (.pdf);
- a Huyện ủy's Chương trình hành động for its congress term as `pdftotext -layout` gives it from the
  PDF of a Word file: "Số 25-CTr/HU", its "chỉ tiêu chủ yếu" numbered 1..n under a numbered heading,
  its tasks with no agency, an income per head "55 triệu đồng/người/năm" (no budget), signed "T/M BAN
  THƯỜNG VỤ / PHÓ BÍ THƯ" (.txt);
- a district's disaster-prevention plan in Word: the "4 tại chỗ" motto list (neither a target nor a
  task), a task table with the steering committee's members as partners, and a per-commune budget
  table "Tổng cộng | Ngân sách huyện | Ngân sách xã | Quỹ phòng, chống thiên tai", its total row
  last (.docx);
- a province's drug-prevention plan of 2009 on a legal-text site with an English summary line over
  the document, old tone marks, funds "1,5 tỷ đồng" of which "850 triệu đồng" (.html).

The third batch (golds written before their first extraction too):

- a commune's forest-fire plan for the dry season 2013 - 2014 scraped to Markdown, old tone marks: its
  tasks lettered under numbered groups, each with a "Chủ trì: X; phối hợp: Y." line, the forest ranger
  of the area ("Kiểm lâm địa bàn") among the units, funds "25.000.000 đồng" (.md);
- a Sở's plan for mass sport in Word exported to a text PDF: its tasks a table "TT | Nội dung | Sản
  phẩm | Cơ quan thực hiện | Kinh phí (triệu đồng) | Thời gian" (lead and partner in one cell "X chủ
  trì; Y phối hợp", an amount per task and a total row) (.pdf);
- a district steering committee's plan of 2012 (Ban Chỉ đạo nông thôn mới) whose tasks are a Word
  table "Thành viên Ban Chỉ đạo phụ trách": each lead a member by office ("Trưởng phòng Tài chính -
  Kế hoạch - Thành viên"), the body the office heads; signed "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / PHÓ CHỦ
  TỊCH UBND HUYỆN" (.docx).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_a
OUTDIR` writes the files (the PDFs and the pdftotext rendition only when soffice and pdftotext are
found; a PDF's bytes carry the time of its conversion, so the PDFs in raw/ are the ones the golds were
written against).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_u import _body
from tests.invented.build_z import _pdftotext, _soffice_pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

LAND = "a_huyen-phulacdong_86-kh-ubnd_2014_su-dung-dat-cot-dao.docx"
IMMUNIZE = "a_syt-kimlam_1420-kh-syt_2024_tiem-chung-chu-tri-mot-cot.html"
DENGUE = "a_xa-hoalocdong_14-kh-ubnd_2011_sot-xuat-huyet.txt"
REFORM = "a_huyen-dongtanlac_72-kh-ubnd_2023_cai-cach-hanh-chinh.md"
EDUCATION = "a_huyen-laccuong_145-kh-ubnd_2025_giao-duc-theo-cap-hoc.pdf"
PARTY = "a_huyenuy-tanphulam_25-ctr-hu_2021_chi-tieu-chu-yeu-layout.txt"
DISASTER = "a_huyen-trasondong_58-kh-ubnd_2024_thien-tai-kinh-phi-xa.docx"
DRUGS = "a_tinh-namhoa_45-kh-ubnd_2009_ma-tuy-tom-tat-tieng-anh.html"
FOREST = "a_xa-tamthanhlam_32-kh-ubnd_2013_pccc-rung-mua-kho.md"
SPORT = "a_svhttdl-camlinh_412-kh-svhttdl_2026_bang-kinh-phi-san-pham.pdf"
STEERING = "a_bcd-huyen-yenthanh_05-kh-bcd_2012_thanh-vien-phu-trach.docx"


# ---------------------------------------------------------------------------
# 1. The district's land-use plan of 2014, old tone marks, a task table in another order.

LAND_TASKS = [
    ["TT", "Nội dung công việc", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"],
    ["1", "Công bố, công khai kế hoạch sử dụng đất năm 2014 của huyện", "Thông báo, bản đồ công khai", "Tháng 4/2014",
     "Phòng Tài nguyên và Môi trường", "Uỷ ban nhân dân các xã, thị trấn", ""],
    ["2", "Rà soát, thu hồi đất các dự án chậm triển khai, sử dụng đất không đúng mục đích", "Báo cáo rà soát",
     "Quý II/2014", "Phòng Tài nguyên và Môi trường", "Thanh tra huyện; Phòng Tài chính - Kế hoạch", ""],
    ["3", "Bồi thường, giải phóng mặt bằng các công trình thuỷ lợi, giao thông nông thôn",
     "Phương án bồi thường được phê duyệt", "Năm 2014", "Hội đồng bồi thường, hỗ trợ và tái định cư huyện",
     "Uỷ ban nhân dân các xã có công trình", "Theo tiến độ dự án"],
    ["4", "Đẩy mạnh cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân", "Giấy chứng nhận",
     "Tháng 12/2014", "Văn phòng Đăng ký quyền sử dụng đất huyện",
     "Phòng Tài nguyên và Môi trường; Uỷ ban nhân dân các xã, thị trấn", ""],
    ["5", "Kiểm tra, xử lý vi phạm pháp luật về đất đai", "Kết luận kiểm tra", "Thường xuyên", "Thanh tra huyện",
     "Phòng Tài nguyên và Môi trường; Công an huyện", ""],
]


def land_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UỶ BAN NHÂN DÂN", "HUYỆN PHÚ LẠC ĐÔNG", "-------", "Số: 86/KH-UBND"],
            [*MOTTO, "Phú Lạc Đông, ngày 17 tháng 3 năm 2014"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện kế hoạch sử dụng đất năm 2014 huyện Phú Lạc Đông", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"),
        ("p", "Căn cứ Quyết định số 412/QĐ-UBND ngày 24 tháng 02 năm 2014 của Uỷ ban nhân dân tỉnh Lâm Khê về việc "
              "phê duyệt kế hoạch sử dụng đất năm 2014 của huyện Phú Lạc Đông;"),
        ("p", "Uỷ ban nhân dân huyện Phú Lạc Đông ban hành Kế hoạch thực hiện kế hoạch sử dụng đất năm 2014 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Quản lý, sử dụng đất đai hợp lý, tiết kiệm, hiệu quả; bảo đảm quỹ đất cho phát triển kinh tế - xã hội, "
              "quốc phòng, an ninh và bảo vệ môi trường, thích ứng với biến đổi khí hậu."),
        ("h", "2. Chỉ tiêu cụ thể"),
        ("p", "- Giữ ổn định 4.250,6 ha đất trồng lúa, trong đó đất chuyên trồng lúa nước 3.980 ha;"),
        ("p", "- Chuyển mục đích sử dụng 126,4 ha đất nông nghiệp sang đất phi nông nghiệp để thực hiện 38 công trình, "
              "dự án;"),
        ("p", "- Tỷ lệ che phủ rừng đạt 42,5%;"),
        ("p", "- Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt trên 95% diện tích đất cần cấp."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ))
    table = _table(doc, LAND_TASKS)
    _widths(table, [0.8, 4.2, 2.4, 1.8, 2.6, 2.8, 1.4])
    _body(doc, (
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện các nhiệm vụ đo đạc, cấp giấy chứng nhận quyền sử dụng đất năm 2014 là 1,5 tỷ "
              "đồng, trong đó: ngân sách huyện 1.150 triệu đồng; ngân sách các xã, thị trấn 350 triệu đồng. Kinh phí "
              "bồi thường, giải phóng mặt bằng do chủ đầu tư các dự án bố trí."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Tài nguyên và Môi trường: chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo "
              "Uỷ ban nhân dân huyện kết quả thực hiện trước ngày 15/12/2014."),
        ("p", "2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Văn phòng Đăng ký quyền sử dụng đất huyện: hướng dẫn hồ sơ, rút ngắn thời gian cấp giấy chứng nhận."),
        ("p", "4. Uỷ ban nhân dân các xã, thị trấn: quản lý chặt chẽ quỹ đất công ích; kịp thời phát hiện, ngăn chặn "
              "vi phạm trên địa bàn./."),
    ))
    closing(doc, ["- UBND tỉnh Lâm Khê (b/c);", "- Sở Tài nguyên và Môi trường;", "- TT Huyện uỷ, TT HĐND huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT, TNMT."],
            ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Thuỷ"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The Sở Y tế's immunization plan on the portal: bounded cells, lead and partner in one column.

IMMUNIZE_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch tiêm chủng mở rộng giai đoạn 2024 - 2026 - Sở Y tế tỉnh Kim Lâm</title></head>
<body>
<header><div class="logo">SỞ Y TẾ TỈNH KIM LÂM</div>
<nav><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/van-ban">Văn bản</a> | <a href="/lien-he">Liên hệ</a></nav></header>
<div class="breadcrumb">Trang chủ &raquo; Văn bản &raquo; Kế hoạch</div>
<div class="post-content">
<table style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><strong>UBND TỈNH KIM LÂM<br>SỞ Y TẾ</strong><br>--------<br>Số: 1420/KH-SYT</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>---------------<br><em>Kim Lâm, ngày 08 tháng 5 năm 2024</em></td>
</tr>
</table>
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>Triển khai tiêm chủng mở rộng trên địa bàn tỉnh Kim Lâm giai đoạn 2024 - 2026</strong></p>
<p><em>Căn cứ Nghị định số 104/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định về hoạt động tiêm chủng;</em></p>
<p><em>Căn cứ Quyết định số 1830/QĐ-BYT ngày 22 tháng 3 năm 2024 của Bộ trưởng Bộ Y tế về việc phê duyệt Kế hoạch tiêm chủng mở rộng năm 2024;</em></p>
<p>Sở Y tế xây dựng Kế hoạch triển khai tiêm chủng mở rộng giai đoạn 2024 - 2026 như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung</strong></p>
<p>Duy trì tỷ lệ tiêm chủng cao, đồng đều giữa các huyện, xã nhằm giảm tỷ lệ mắc và tử vong do các bệnh truyền nhiễm có vắc xin phòng bệnh.</p>
<p><strong>2. Mục tiêu cụ thể</strong></p>
<p>a) Các chỉ tiêu theo năm:</p>
<table border="1" cellspacing="0" cellpadding="3" style="width:100%">
<tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2024</th><th>Năm 2025</th><th>Năm 2026</th></tr>
<tr><td>1</td><td>Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin</td><td>%</td><td>≥ 95</td><td>≥ 95</td><td>≥ 96</td></tr>
<tr><td>2</td><td>Tỷ lệ trẻ em 18 tháng tuổi được tiêm vắc xin sởi - rubella</td><td>%</td><td>≥ 90</td><td>≥ 92</td><td>≥ 95</td></tr>
<tr><td>3</td><td>Tỷ lệ bỏ mũi vắc xin DPT-VGB-Hib (mũi 1 so với mũi 3)</td><td>%</td><td>≤ 5</td><td>≤ 4</td><td>≤ 3</td></tr>
<tr><td>4</td><td>Số điểm tiêm chủng được giám sát an toàn tiêm chủng</td><td>điểm</td><td>120</td><td>135</td><td>150</td></tr>
</table>
<p>b) Các chỉ tiêu khác:</p>
<p>- Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh đạt tối thiểu 80%;</p>
<p>- Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ mũi 2 trở lên không dưới 90%;</p>
<p>- Duy trì thành quả thanh toán bệnh bại liệt và loại trừ uốn ván sơ sinh.</p>
<p><strong>II. NỘI DUNG HOẠT ĐỘNG</strong></p>
<table border="1" cellspacing="0" cellpadding="3" style="width:100%">
<tr><th>TT</th><th>Nội dung hoạt động</th><th>Đơn vị thực hiện</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Điều tra, lập danh sách đối tượng tiêm chủng, quản lý đối tượng trên Hệ thống thông tin tiêm chủng quốc gia</td><td>Chủ trì: Trung tâm Y tế các huyện, thành phố; phối hợp: Trạm Y tế các xã, phường, thị trấn</td><td>Hằng tháng</td></tr>
<tr><td>2</td><td>Tiếp nhận, bảo quản, cấp phát vắc xin, bảo đảm dây chuyền lạnh</td><td>Chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh; phối hợp: Trung tâm Y tế các huyện, thành phố</td><td>Theo quý</td></tr>
<tr><td>3</td><td>Tổ chức tiêm vét cho trẻ chưa được tiêm hoặc tiêm chưa đủ mũi tại vùng khó khăn</td><td>Chủ trì: Trung tâm Y tế các huyện miền núi; phối hợp: Ban Dân tộc tỉnh, Hội Liên hiệp Phụ nữ tỉnh</td><td>Quý III hằng năm</td></tr>
<tr><td>4</td><td>Truyền thông về lợi ích của tiêm chủng trên các phương tiện thông tin đại chúng</td><td>Chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh; phối hợp: Đài Phát thanh và Truyền hình tỉnh</td><td>Cả năm</td></tr>
</table>
<p><strong>III. KINH PHÍ</strong></p>
<p>Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2026 là 2.350.000.000 VNĐ (Hai tỷ, ba trăm năm mươi triệu đồng), trong đó: ngân sách Trung ương 1.600.000.000 VNĐ; ngân sách tỉnh 750.000.000 VNĐ.</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Trung tâm Kiểm soát bệnh tật tỉnh: là đơn vị thường trực, hướng dẫn chuyên môn, giám sát, tổng hợp báo cáo Sở Y tế hằng quý.</p>
<p>2. Trung tâm Y tế các huyện, thành phố: triển khai tiêm chủng thường xuyên tại các Trạm Y tế; báo cáo kịp thời các trường hợp phản ứng sau tiêm.</p>
<p>3. Phòng Kế hoạch - Tài chính Sở Y tế: tham mưu phân bổ kinh phí, hướng dẫn thanh quyết toán.</p>
<p>4. Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân cấp xã phối hợp huy động đối tượng tiêm chủng.</p>
<table style="width:100%;border:none">
<tr>
<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>- Bộ Y tế (b/c);<br>- UBND tỉnh (b/c);<br>- Viện Vệ sinh dịch tễ Trung ương;<br>- UBND các huyện, thành phố;<br>- Lưu: VT, NVY.</td>
<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><br><br><strong>Trịnh Thị Mai Phương</strong></td>
</tr>
</table>
</div>
<footer>Sở Y tế tỉnh Kim Lâm - Địa chỉ: 15 đường Trần Phú, thành phố Kim Lâm. Giấy phép số 08/GP-TTĐT ngày 12/3/2019.</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. The commune's one-page dengue plan of 2011, plain text, old tone marks.

DENGUE_TXT = """UỶ BAN NHÂN DÂN                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HOÀ LỘC ĐÔNG                          Độc lập - Tự do - Hạnh phúc

Số: 14/KH-UBND                       Hoà Lộc Đông, ngày 22 tháng 4 năm 2011

KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết trên địa bàn xã năm 2011

Thực hiện Kế hoạch số 58/KH-UBND ngày 05 tháng 4 năm 2011 của Uỷ ban nhân dân huyện Tân Hoà về phòng, chống bệnh sốt xuất huyết năm 2011;
Uỷ ban nhân dân xã Hoà Lộc Đông xây dựng kế hoạch phòng, chống bệnh sốt xuất huyết năm 2011 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Hạn chế đến mức thấp nhất số người mắc và tử vong do sốt xuất huyết, không để dịch lớn xảy ra trên địa bàn xã.
2. Mục tiêu cụ thể
- Giảm 10% số ca mắc sốt xuất huyết so với trung bình 5 năm 2006 - 2010;
- Không để xảy ra tử vong do sốt xuất huyết;
- 100% ổ dịch được phát hiện và xử lý kịp thời;
- Trên 80% hộ gia đình được hướng dẫn diệt lăng quăng, bọ gậy.

II. CÁC HOẠT ĐỘNG
1. Tuyên truyền phòng, chống sốt xuất huyết trên hệ thống loa truyền thanh, mỗi tuần 02 lần trong mùa mưa. Đài Truyền thanh xã chủ trì, phối hợp với Trạm Y tế xã thực hiện.
2. Tổ chức 03 đợt chiến dịch diệt lăng quăng, bọ gậy tại các ấp vào tháng 5, tháng 7 và tháng 9. Trạm Y tế xã chủ trì, phối hợp với Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã và Trưởng các ấp thực hiện.
3. Giám sát ca bệnh, phun hoá chất xử lý ổ dịch khi có ca bệnh. Trạm Y tế xã chủ trì thực hiện.

III. KINH PHÍ
Tổng kinh phí: 12.500.000 đồng (Mười hai triệu năm trăm nghìn đồng), trong đó: ngân sách xã 8.500.000 đồng; vận động xã hội hoá 4.000.000 đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã: là cơ quan thường trực, tham mưu Uỷ ban nhân dân xã triển khai kế hoạch; báo cáo kết quả về Uỷ ban nhân dân xã và Trung tâm Y tế huyện hằng tháng.
2. Đài Truyền thanh xã: xây dựng chuyên mục tuyên truyền phòng, chống sốt xuất huyết.
3. Trưởng các ấp: vận động nhân dân tham gia các đợt chiến dịch diệt lăng quăng, bọ gậy.
4. Đề nghị Uỷ ban Mặt trận Tổ quốc và các đoàn thể xã phối hợp tuyên truyền, vận động hội viên thực hiện.

Nơi nhận:                                      TM. UỶ BAN NHÂN DÂN
- Phòng Y tế huyện;                             CHỦ TỊCH
- Trung tâm Y tế huyện;
- TT Đảng uỷ, TT HĐND xã;
- Các ấp;
- Lưu: VT.                                    Nguyễn Văn Hoà
"""


# ---------------------------------------------------------------------------
# 4. The district's administrative-reform plan for 2023 - 2025, a Markdown scrape.

REFORM_MD = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG TÂN LẠC
\\-------

Số: 72/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
\\---------------

*Đồng Tân Lạc, ngày 16 tháng 02 năm 2023*

**KẾ HOẠCH**

**Cải cách hành chính huyện Đồng Tân Lạc giai đoạn 2023 - 2025**

*Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;*

*Căn cứ Kế hoạch số 318/KH-UBND ngày 20 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Hà Sơn Tây về cải cách hành chính tỉnh Hà Sơn Tây giai đoạn 2023 - 2025;*

Ủy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính giai đoạn 2023 - 2025 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại; lấy người dân, doanh nghiệp làm trung tâm.

**2. Chỉ tiêu cụ thể**

| TT | Chỉ tiêu | ĐVT | 2023 | 2024 | 2025 |
|---|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn | % | 98 | 98,5 | 99 |
| 2 | Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình | % | 40 | 60 | 80 |
| 3 | Mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công | % | ≥ 85 | ≥ 88 | ≥ 90 |
| 4 | Số thủ tục hành chính được cắt giảm, đơn giản hóa | thủ tục | 10 | 15 | 20 |

**II. NHIỆM VỤ TRỌNG TÂM**

**1. Cải cách thể chế**

Rà soát, kiểm tra văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân huyện ban hành. Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện thực hiện.

**2. Cải cách thủ tục hành chính**

Công khai 100% thủ tục hành chính trên Cổng dịch vụ công; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin, Ủy ban nhân dân các xã, thị trấn thực hiện.

**3. Cải cách tổ chức bộ máy và chế độ công vụ**

Sắp xếp tổ chức bộ máy, tinh giản biên chế gắn với vị trí việc làm. Phòng Nội vụ chủ trì thực hiện.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch giai đoạn 2023 - 2025 là 1.650 triệu đồng, chi tiết tại bảng sau:

*ĐVT: triệu đồng*

| TT | Nội dung | Tổng kinh phí | Ngân sách tỉnh hỗ trợ | Ngân sách huyện | Xã hội hóa |
|---|---|---|---|---|---|
| 1 | Nâng cấp Bộ phận Một cửa huyện | 850 | 500 | 350 | |
| 2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | 620 | 300 | 320 | |
| 3 | Lắp đặt ki-ốt tra cứu thủ tục hành chính tại các xã | 180 | | 60 | 120 |
| | **Tổng cộng** | **1.650** | **800** | **730** | **120** |

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Phòng Nội vụ: là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch.

2\\. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí hằng năm.

3\\. Ủy ban nhân dân các xã, thị trấn: xây dựng kế hoạch cải cách hành chính của địa phương./.

**Nơi nhận:**
\\- Sở Nội vụ tỉnh Hà Sơn Tây;
\\- TT Huyện ủy, TT HĐND huyện;
\\- Các phòng, ban thuộc huyện;
\\- UBND các xã, thị trấn;
\\- Lưu: VT, NV.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Phan Quốc Việt**
"""


# ---------------------------------------------------------------------------
# 5. The district's education plan: a targets table by school level, exported to PDF.

def education_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN LẠC CƯỜNG", "-------", "Số: 145/KH-UBND"],
            [*MOTTO, "Lạc Cường, ngày 10 tháng 01 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển giáo dục và đào tạo huyện Lạc Cường năm 2025", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Kế hoạch số 22/KH-UBND ngày 06 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Sơn Cường về phát "
              "triển giáo dục và đào tạo năm 2025;"),
        ("p", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 18 tháng 12 năm 2024 của Hội đồng nhân dân huyện Lạc Cường về dự "
              "toán ngân sách địa phương năm 2025;"),
        ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch phát triển giáo dục và đào tạo năm 2025 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao chất lượng giáo dục toàn diện ở các cấp học; củng cố mạng lưới trường, lớp theo hướng chuẩn "
              "hóa, hiện đại hóa."),
        ("h", "2. Chỉ tiêu cụ thể theo cấp học"),
    ))
    rows = [["TT", "Chỉ tiêu", "Mầm non", "Tiểu học", "THCS"],
            ["1", "Tỷ lệ huy động trẻ em, học sinh trong độ tuổi ra lớp (%)", "98,5", "100", "99"],
            ["2", "Tỷ lệ trường đạt chuẩn quốc gia (%)", "72", "86", "75"],
            ["3", "Tỷ lệ giáo viên có trình độ đào tạo đạt chuẩn trở lên (%)", "90", "88", "95"],
            ["4", "Số phòng học được xây dựng kiên cố mới (phòng)", "12", "20", "8"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 8.0, 2.2, 2.2, 2.2])
    _body(doc, (
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Nâng cao chất lượng giáo dục toàn diện"),
        ("p", "Đổi mới phương pháp dạy học, kiểm tra, đánh giá theo Chương trình giáo dục phổ thông 2018. Phòng Giáo "
              "dục và Đào tạo chủ trì, phối hợp với các trường học trên địa bàn thực hiện."),
        ("h", "2. Phát triển mạng lưới trường, lớp và cơ sở vật chất"),
        ("p", "Đầu tư xây dựng phòng học, phòng chức năng cho các trường chưa đạt chuẩn. Phòng Tài chính - Kế hoạch "
              "chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Ban Quản lý dự án đầu tư xây dựng huyện thực hiện."),
        ("h", "3. Phát triển đội ngũ nhà giáo và cán bộ quản lý"),
        ("p", "Tuyển dụng đủ giáo viên theo định mức; bồi dưỡng giáo viên đạt chuẩn trình độ đào tạo. Phòng Nội vụ "
              "chủ trì, phối hợp với Phòng Giáo dục và Đào tạo thực hiện."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 4,8 tỷ đồng, trong đó: ngân sách tỉnh hỗ trợ 3,2 tỷ đồng; "
              "ngân sách huyện 1,6 tỷ đồng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Giáo dục và Đào tạo: là cơ quan thường trực, hướng dẫn các trường triển khai Kế hoạch; tổng "
              "hợp, báo cáo kết quả thực hiện trước ngày 15/12/2025."),
        ("p", "2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã, thị trấn: huy động trẻ em, học sinh trong độ tuổi ra lớp; bảo đảm quỹ "
              "đất xây dựng trường học./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Giáo dục và Đào tạo;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- Các trường học trên địa bàn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Thị Lan"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. The Huyện ủy's programme for its term: "chỉ tiêu chủ yếu" numbered, tasks with no agency.

def party_programme() -> bytes:
    doc = _new()
    _layout(doc, ["ĐẢNG BỘ TỈNH BÌNH NGUYÊN", "HUYỆN ỦY TÂN PHÚ LÂM", "*", "Số 25-CTr/HU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Tân Phú Lâm, ngày 18 tháng 6 năm 2021"], bold=(2, 1))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025 về phát "
                    "triển nông nghiệp, nông thôn", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, (
        ("p", "Thực hiện Chương trình hành động số 08-CTr/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về phát triển "
              "nông nghiệp, nông thôn giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy ban hành Chương trình hành động "
              "như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu tổng quát"),
        ("p", "Phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; xây dựng nông thôn mới bền vững, "
              "nâng cao đời sống vật chất, tinh thần của Nhân dân."),
        ("h", "2. Các chỉ tiêu chủ yếu đến năm 2025"),
        ("p", "1. Giá trị sản xuất nông, lâm, thủy sản tăng bình quân 4,5%/năm."),
        ("p", "2. Có thêm 6 xã đạt chuẩn nông thôn mới nâng cao; 100% xã đạt chuẩn nông thôn mới."),
        ("p", "3. Tỷ lệ che phủ rừng duy trì ổn định ở mức 52%."),
        ("p", "4. Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm."),
        ("p", "5. Thu nhập bình quân đầu người khu vực nông thôn đạt 55 triệu đồng/người/năm."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        ("h", "1. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền về phát triển nông nghiệp, nông thôn"),
        ("p", "Các cấp ủy, tổ chức đảng quán triệt sâu sắc mục tiêu, nhiệm vụ phát triển nông nghiệp, nông thôn; đưa "
              "chỉ tiêu về nông nghiệp vào nghị quyết hằng năm của cấp ủy."),
        ("h", "2. Cơ cấu lại ngành nông nghiệp gắn với xây dựng chuỗi giá trị"),
        ("p", "Phát triển vùng sản xuất bưởi, chè tập trung; khuyến khích doanh nghiệp đầu tư vào nông nghiệp, liên "
              "kết với hợp tác xã tiêu thụ sản phẩm."),
        ("h", "3. Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu"),
        ("p", "Huy động các nguồn lực đầu tư hạ tầng nông thôn; phát huy vai trò chủ thể của Nhân dân trong xây dựng "
              "nông thôn mới."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các chi, đảng bộ cơ sở: xây dựng chương trình, kế hoạch thực hiện phù hợp với điều kiện của địa "
              "phương, đơn vị."),
        ("p", "2. Ủy ban nhân dân huyện: cụ thể hóa Chương trình thành kế hoạch hằng năm; bố trí nguồn lực thực hiện."),
        ("p", "3. Ban Tuyên giáo Huyện ủy: chủ trì tuyên truyền, quán triệt Chương trình đến cán bộ, đảng viên và "
              "Nhân dân."),
        ("p", "4. Văn phòng Huyện ủy: theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Ban Thường vụ Huyện "
              "ủy."),
    ))
    table = doc.add_table(rows=1, cols=2)
    from tests.renditions.wordplans import _cell_lines, _set_cell_borders
    _set_cell_borders(table, on=False)
    _widths(table, [8.5, 7.5])
    _cell_lines(table.cell(0, 0), ["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Các đồng chí Huyện ủy viên,",
                                   "- Các chi, đảng bộ cơ sở,", "- Lưu Văn phòng Huyện ủy."], bold_upto=1,
                center=False, size=11)
    _cell_lines(table.cell(0, 1), ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Trần Minh Đức"], bold_upto=5)
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. The district's disaster plan: the "4 tại chỗ" list, a task table, a budget per commune.

DISASTER_TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp",
     "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Nội vụ; Ủy ban nhân dân các xã, thị trấn", "Tháng 3/2024"],
    ["2", "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro thiên tai",
     "Phòng Nông nghiệp và Phát triển nông thôn",
     "Các thành viên Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện", "Tháng 4/2024"],
    ["3", "Tổ chức diễn tập ứng phó bão, lũ và tìm kiếm cứu nạn tại xã Sơn Tân", "Ban Chỉ huy Quân sự huyện",
     "Công an huyện; Trung tâm Y tế huyện; Ủy ban nhân dân xã Sơn Tân", "Quý II/2024"],
    ["4", "Kiểm tra, bảo đảm an toàn hồ, đập trước mùa mưa bão", "Phòng Kinh tế và Hạ tầng",
     "Ủy ban nhân dân các xã có hồ, đập", "Trước ngày 30/6/2024"],
]
DISASTER_FUNDS = [
    ["TT", "Đơn vị", "Tổng cộng", "Ngân sách huyện", "Ngân sách xã", "Quỹ phòng, chống thiên tai"],
    ["1", "Xã Trà Đông", "180", "100", "30", "50"],
    ["2", "Xã Trà Bình", "150", "80", "30", "40"],
    ["3", "Xã Sơn Tân", "210", "120", "40", "50"],
    ["4", "Thị trấn Trà Sơn", "120", "70", "20", "30"],
    ["", "Tổng cộng", "660", "370", "120", "170"],
]


def disaster_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN TRÀ SƠN ĐÔNG", "-------", "Số: 58/KH-UBND"],
            [*MOTTO, "Trà Sơn Đông, ngày 11 tháng 3 năm 2024"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn huyện năm 2024", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của "
              "Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;"),
        ("p", "Căn cứ Kế hoạch số 37/KH-UBND ngày 20 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Quảng Sơn về phòng, "
              "chống thiên tai và tìm kiếm cứu nạn năm 2024;"),
        ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai, giảm thiểu thiệt hại về "
              "người và tài sản."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- 100% xã, thị trấn kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn trước ngày "
              "31/3/2024;"),
        ("p", "- Tối thiểu 90% hộ dân vùng ven sông được phổ biến kiến thức phòng, tránh thiên tai;"),
        ("p", "- Giảm ít nhất 20% thiệt hại về người so với trung bình giai đoạn 2019 - 2023."),
        ("h", "II. PHƯƠNG CHÂM"),
        ("p", "Thực hiện tốt phương châm \u201c4 tại chỗ\u201d:"),
        ("p", "- Chỉ huy tại chỗ;"),
        ("p", "- Lực lượng tại chỗ;"),
        ("p", "- Vật tư, phương tiện và kinh phí tại chỗ;"),
        ("p", "- Hậu cần tại chỗ."),
        ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ))
    table = _table(doc, DISASTER_TASKS)
    _widths(table, [0.8, 5.6, 3.2, 4.0, 2.4])
    _body(doc, (
        ("h", "IV. KINH PHÍ"),
        ("p", "Tổng kinh phí hỗ trợ các xã, thị trấn mua sắm trang thiết bị phòng, chống thiên tai năm 2024 là 660 "
              "triệu đồng, chi tiết như sau:"),
        ("p", "BẢNG PHÂN BỔ KINH PHÍ PHÒNG, CHỐNG THIÊN TAI CHO CÁC XÃ, THỊ TRẤN NĂM 2024"),
        ("p", "Đơn vị tính: triệu đồng"),
    ))
    table = _table(doc, DISASTER_FUNDS)
    _widths(table, [0.8, 4.2, 2.4, 2.6, 2.4, 3.0])
    _body(doc, (
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn: là cơ quan thường trực Ban Chỉ huy phòng, chống thiên "
              "tai và tìm kiếm cứu nạn huyện, theo dõi, tổng hợp tình hình thiên tai, báo cáo kịp thời."),
        ("p", "2. Ban Chỉ huy Quân sự huyện: xây dựng kế hoạch huy động lực lượng, phương tiện tìm kiếm cứu nạn."),
        ("p", "3. Công an huyện: bảo đảm an ninh trật tự, hỗ trợ sơ tán dân khi có thiên tai."),
        ("p", "4. Các thành viên Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện: theo dõi, chỉ đạo các "
              "xã, thị trấn được phân công phụ trách."),
        ("p", "5. Ủy ban nhân dân các xã, thị trấn: thực hiện phương châm \u201c4 tại chỗ\u201d; sử dụng kinh phí "
              "được phân bổ đúng mục đích./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Ban Chỉ huy PCTT và TKCN tỉnh;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- Thành viên BCH PCTT và TKCN huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Văn Lực"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. The province's drug-prevention plan of 2009 on a legal-text site, an English line over it.

DRUGS_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch 45/KH-UBND năm 2009 phòng, chống ma tuý tỉnh Nam Hoà</title></head>
<body>
<div class="site-head"><a href="/">VĂN BẢN PHÁP LUẬT</a> | <a href="/tim-kiem">Tìm kiếm</a> | <a href="/dang-nhap">Đăng nhập</a></div>
<h1 class="doc-title">Kế hoạch 45/KH-UBND năm 2009 thực hiện công tác phòng, chống ma tuý trên địa bàn tỉnh Nam Hoà</h1>
<p class="en-summary"><i>English: Plan No. 45/KH-UBND dated March 06, 2009 on drug prevention and control in Nam Hoa province in 2009</i></p>
<table class="doc-attrs">
<tr><td>Số hiệu:</td><td>45/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>
<tr><td>Nơi ban hành:</td><td>Tỉnh Nam Hoà</td><td>Người ký:</td><td>Đỗ Văn Hoà</td></tr>
<tr><td>Ngày ban hành:</td><td>06/03/2009</td><td>Ngày hiệu lực:</td><td>06/03/2009</td></tr>
</table>
<div class="content1">
<table border="0" width="100%">
<tr>
<td width="40%" align="center"><p><b>UỶ BAN NHÂN DÂN<br>TỈNH NAM HOÀ</b><br>-------</p><p>Số: 45/KH-UBND</p></td>
<td width="60%" align="center"><p><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p><p><i>Nam Hoà, ngày 06 tháng 3 năm 2009</i></p></td>
</tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Thực hiện công tác phòng, chống ma tuý trên địa bàn tỉnh năm 2009</b></p>
<p>Căn cứ Nghị quyết số 18/2008/NQ-HĐND ngày 10 tháng 12 năm 2008 của Hội đồng nhân dân tỉnh Nam Hoà về dự toán ngân sách địa phương năm 2009;</p>
<p>Uỷ ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác phòng, chống ma tuý năm 2009 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p>- Giảm ít nhất 10% số người nghiện ma tuý có hồ sơ quản lý so với năm 2008;</p>
<p>- 100% xã, phường, thị trấn xây dựng và triển khai kế hoạch phòng, chống ma tuý;</p>
<p>- Phấn đấu 25% xã, phường, thị trấn không có tệ nạn ma tuý.</p>
<p><b>II. NHIỆM VỤ VÀ GIẢI PHÁP</b></p>
<p><b>1. Tuyên truyền, giáo dục phòng, chống ma tuý</b></p>
<p>Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Văn hoá, Thể thao và Du lịch, Đài Phát thanh và Truyền hình tỉnh đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.</p>
<p><b>2. Đấu tranh, triệt phá các tụ điểm mua bán, sử dụng trái phép chất ma tuý</b></p>
<p>Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện.</p>
<p><b>3. Cai nghiện và quản lý sau cai nghiện</b></p>
<p>Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế, Uỷ ban nhân dân các huyện, thị xã tổ chức cai nghiện tại gia đình và cộng đồng.</p>
<p><b>III. KINH PHÍ</b></p>
<p>Tổng kinh phí thực hiện năm 2009 là 1,5 tỷ đồng, trong đó: ngân sách Trung ương hỗ trợ 850 triệu đồng; ngân sách tỉnh 650 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Công an tỉnh: là cơ quan thường trực, giúp Uỷ ban nhân dân tỉnh theo dõi, tổng hợp kết quả thực hiện Kế hoạch.</p>
<p>2. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch theo dự toán được duyệt.</p>
<p>3. Uỷ ban nhân dân các huyện, thị xã: xây dựng kế hoạch phòng, chống ma tuý của địa phương; báo cáo kết quả về Công an tỉnh trước ngày 10/12/2009.</p>
<table border="0" width="100%">
<tr>
<td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br>- Bộ Công an (b/c);<br>- TT Tỉnh uỷ, TT HĐND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các huyện, thị xã;<br>- Lưu: VT, NC.</p></td>
<td width="50%" align="center" valign="top"><p><b>TM. UỶ BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Đỗ Văn Hoà</b></p></td>
</tr>
</table>
</div>
<div class="site-foot">Văn bản pháp luật - Cơ sở dữ liệu văn bản. Cập nhật: 15/3/2009.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 9. The commune's forest-fire plan for the dry season, a Markdown scrape in old tone marks.

FOREST_MD = """UỶ BAN NHÂN DÂN
XÃ TAM THANH LÂM
\\-------

Số: 32/KH-UBND

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
\\---------------

*Tam Thanh Lâm, ngày 25 tháng 10 năm 2013*

**KẾ HOẠCH**

**Phòng cháy, chữa cháy rừng mùa khô năm 2013 - 2014**

Thực hiện Kế hoạch số 215/KH-UBND ngày 14 tháng 10 năm 2013 của Uỷ ban nhân dân huyện Đắk Hoà về phòng cháy, chữa cháy rừng mùa khô năm 2013 - 2014;

Uỷ ban nhân dân xã Tam Thanh Lâm xây dựng Kế hoạch như sau:

**I. MỤC TIÊU**

\\- Không để xảy ra cháy rừng lớn trên địa bàn xã;

\\- Giảm ít nhất 50% số vụ cháy rừng so với mùa khô năm 2012 - 2013;

\\- 100% hộ nhận khoán bảo vệ rừng ký cam kết phòng cháy, chữa cháy rừng.

**II. NHIỆM VỤ**

**1. Tuyên truyền, vận động**

a) Tuyên truyền trên loa truyền thanh các quy định về phòng cháy, chữa cháy rừng, mỗi tuần 03 buổi trong mùa khô.

Chủ trì: Đài Truyền thanh xã; phối hợp: Kiểm lâm địa bàn.

b) Tổ chức cho các hộ nhận khoán bảo vệ rừng ký cam kết phòng cháy, chữa cháy rừng.

Chủ trì: Trưởng các thôn; phối hợp: Kiểm lâm địa bàn.

**2. Chuẩn bị lực lượng, phương tiện**

a) Thành lập 04 tổ xung kích phòng cháy, chữa cháy rừng tại các thôn có rừng.

Chủ trì: Ban Chỉ huy Quân sự xã; phối hợp: Công an xã.

b) Làm đường băng cản lửa dài 3,5 km tại tiểu khu 412.

Chủ trì: Kiểm lâm địa bàn; phối hợp: Ban Chỉ huy Quân sự xã, Trưởng các thôn.

**III. KINH PHÍ**

Kinh phí thực hiện Kế hoạch là 25.000.000 đồng (Hai mươi lăm triệu đồng) từ nguồn ngân sách xã năm 2013.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Ban Chỉ huy Quân sự xã: là cơ quan thường trực, tổ chức trực cháy 24/24 giờ trong các tháng cao điểm mùa khô.

2\\. Kiểm lâm địa bàn: hướng dẫn nghiệp vụ, kiểm tra các hộ nhận khoán bảo vệ rừng.

3\\. Trưởng các thôn: báo cáo kịp thời khi phát hiện cháy rừng về Uỷ ban nhân dân xã./.

**Nơi nhận:**
\\- Hạt Kiểm lâm huyện;
\\- Thường trực Đảng uỷ, HĐND xã;
\\- Các thôn;
\\- Lưu: VT.

**TM. UỶ BAN NHÂN DÂN**
**CHỦ TỊCH**

**Lê Thị Thuỷ**
"""


# ---------------------------------------------------------------------------
# 10. The Sở's plan for mass sport: a task table with products and an amount per task, as a PDF.

SPORT_TASKS = [
    ["TT", "Nội dung", "Sản phẩm", "Cơ quan thực hiện", "Kinh phí (triệu đồng)", "Thời gian"],
    ["1", "Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X", "Đại hội được tổ chức",
     "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh chủ trì; Phòng Quản lý thể dục, thể thao phối hợp", "1.200",
     "Quý III/2026"],
    ["2", "Tập huấn hướng dẫn viên thể dục thể thao cơ sở", "150 hướng dẫn viên được tập huấn",
     "Phòng Quản lý thể dục, thể thao chủ trì; Ủy ban nhân dân các huyện, thị xã phối hợp", "350", "Tháng 5/2026"],
    ["3", "Hỗ trợ xây dựng câu lạc bộ thể thao người cao tuổi", "10 câu lạc bộ",
     "Phòng Quản lý thể dục, thể thao chủ trì; Hội Người cao tuổi tỉnh phối hợp", "250", "Cả năm"],
    ["", "Tổng cộng", "", "", "1.800", ""],
]


def sport_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH CẨM LINH", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "-------", "Số: 412/KH-SVHTTDL"],
            [*MOTTO, "Cẩm Linh, ngày 02 tháng 02 năm 2026"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển phong trào thể dục, thể thao quần chúng năm 2026", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Quyết định số 2198/QĐ-TTg ngày 03 tháng 12 năm 2010 của Thủ tướng Chính phủ phê duyệt Chiến "
              "lược phát triển thể dục, thể thao Việt Nam đến năm 2020;"),
        ("p", "Thực hiện Kế hoạch số 31/KH-UBND ngày 12 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Cẩm Linh về phát "
              "triển văn hóa, thể thao và du lịch năm 2026;"),
        ("p", "Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- Phấn đấu 38% dân số tham gia luyện tập thể dục, thể thao thường xuyên;"),
        ("p", "- 30% số hộ gia đình đạt tiêu chuẩn gia đình thể thao;"),
        ("p", "- 100% trường học thực hiện đầy đủ chương trình giáo dục thể chất nội khóa."),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ))
    table = _table(doc, SPORT_TASKS)
    _widths(table, [0.8, 4.0, 2.6, 4.4, 1.8, 2.0])
    _body(doc, (
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 1.800 triệu đồng, từ nguồn ngân sách tỉnh giao cho Sở năm 2026."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Quản lý thể dục, thể thao: là đầu mối triển khai, theo dõi, tổng hợp kết quả thực hiện Kế "
              "hoạch, báo cáo Giám đốc Sở."),
        ("p", "2. Văn phòng Sở: bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định."),
        ("p", "3. Đề nghị Ủy ban nhân dân các huyện, thị xã chỉ đạo phát triển phong trào thể dục, thể thao ở cơ "
              "sở./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- Giám đốc, các PGĐ Sở;",
                  "- UBND các huyện, thị xã;", "- Lưu: VT, QLTDTT."],
            ["GIÁM ĐỐC", "", "", "", "Vương Thị Hạnh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 11. The district steering committee's plan of 2012: tasks given to its members by office.

STEERING_TASKS = [
    ["TT", "Nội dung nhiệm vụ", "Thành viên Ban Chỉ đạo phụ trách", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Chỉ đạo lập quy hoạch, đề án xây dựng nông thôn mới cấp xã",
     "Trưởng phòng Nông nghiệp và Phát triển nông thôn - Phó Trưởng ban Thường trực",
     "Phòng Tài nguyên và Môi trường; Ủy ban nhân dân các xã", "Quý II/2012"],
    ["2", "Huy động nguồn lực, lồng ghép các chương trình, dự án trên địa bàn",
     "Trưởng phòng Tài chính - Kế hoạch - Thành viên", "Phòng Nông nghiệp và Phát triển nông thôn", "Cả năm"],
    ["3", "Chỉ đạo phát triển giao thông nông thôn, thủy lợi nội đồng", "Trưởng phòng Công thương - Thành viên",
     "Ủy ban nhân dân các xã", "Quý III/2012"],
    ["4", "Tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới",
     "Chủ tịch Ủy ban Mặt trận Tổ quốc huyện - Thành viên", "Các đoàn thể huyện", "Cả năm"],
]


def steering_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND HUYỆN YÊN THẠNH", "BAN CHỈ ĐẠO CHƯƠNG TRÌNH MTQG", "XÂY DỰNG NÔNG THÔN MỚI", "-------",
                  "Số: 05/KH-BCĐ"],
            [*MOTTO, "Yên Thạnh, ngày 20 tháng 02 năm 2012"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Hoạt động của Ban Chỉ đạo xây dựng nông thôn mới huyện Yên Thạnh năm 2012", bold=True,
               center=True)
    _body(doc, (
        ("p", "Căn cứ Quyết định số 800/QĐ-TTg ngày 04 tháng 6 năm 2010 của Thủ tướng Chính phủ phê duyệt Chương "
              "trình mục tiêu quốc gia về xây dựng nông thôn mới giai đoạn 2010 - 2020;"),
        ("p", "Căn cứ Quyết định số 318/QĐ-UBND ngày 15 tháng 3 năm 2011 của Ủy ban nhân dân huyện Yên Thạnh về việc "
              "thành lập Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện;"),
        ("p", "Ban Chỉ đạo xây dựng nông thôn mới huyện ban hành Kế hoạch hoạt động năm 2012 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- Có thêm 02 xã đạt chuẩn nông thôn mới; bình quân mỗi xã đạt thêm 3 tiêu chí;"),
        ("p", "- Tỷ lệ hộ nghèo giảm 2% so với cuối năm 2011;"),
        ("p", "- Tỷ lệ lao động qua đào tạo đạt 35%."),
        ("h", "II. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO"),
    ))
    table = _table(doc, STEERING_TASKS)
    _widths(table, [0.8, 5.0, 4.4, 3.6, 2.2])
    _body(doc, (
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí hoạt động của Ban Chỉ đạo năm 2012 là 120 triệu đồng, từ nguồn ngân sách huyện."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các thành viên Ban Chỉ đạo: theo dõi, chỉ đạo các xã được phân công phụ trách; báo cáo kết quả "
              "hằng quý về cơ quan thường trực."),
        ("p", "2. Phòng Nông nghiệp và Phát triển nông thôn: là cơ quan thường trực, tổng hợp, báo cáo Trưởng ban "
              "kết quả thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã: kiện toàn Ban Quản lý xây dựng nông thôn mới xã./."),
    ))
    closing(doc, ["- UBND huyện (b/c);", "- Thành viên BCĐ huyện;", "- UBND các xã;", "- Lưu: VT."],
            ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND HUYỆN", "", "", "Nguyễn Thành Hưng"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LAND).write_bytes(land_plan())
    (folder / IMMUNIZE).write_text(IMMUNIZE_HTML, encoding="utf-8")
    (folder / DENGUE).write_text(DENGUE_TXT, encoding="utf-8")
    (folder / REFORM).write_text(REFORM_MD, encoding="utf-8")
    (folder / DISASTER).write_bytes(disaster_plan())
    (folder / DRUGS).write_text(DRUGS_HTML, encoding="utf-8")
    (folder / FOREST).write_text(FOREST_MD, encoding="utf-8")
    (folder / STEERING).write_bytes(steering_plan())
    if not ((shutil.which("soffice") or shutil.which("libreoffice")) and shutil.which("pdftotext")):
        print("soffice or pdftotext not found: the PDF and the pdftotext rendition not written", file=sys.stderr)
        return
    (folder / EDUCATION).write_bytes(_soffice_pdf(education_plan(), EDUCATION))
    (folder / SPORT).write_bytes(_soffice_pdf(sport_plan(), SPORT))
    (folder / PARTY).write_text(_pdftotext(_soffice_pdf(party_programme(), PARTY), "-layout"), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
