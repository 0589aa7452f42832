"""Invented documents of hold-out round Y.

- a provincial hospital's (a public service unit under the Sở Y tế) Kế hoạch in Word: its header
  "SỞ Y TẾ TỈNH ..." over "BỆNH VIỆN ĐA KHOA TỈNH", the number "Số: .../KH-BVĐK", signed "GIÁM ĐỐC"
  with no TM./KT. line; its bases a ministry's Thông tư and Quyết định and a "Thực hiện Kế hoạch
  ... của Sở Y tế"; its specific objectives a baseline and a target in one phrase ("nâng ... từ 86%
  năm 2025 lên trên 92%", "giảm ... từ 4,2% xuống dưới 3%": only the target is one) and a score
  with last year's in brackets; its tasks given to its own Khoa and Phòng in "X chủ trì, phối hợp
  với Y ..." sentences; its funds "1,25 tỷ đ" with sources in "900.000.000đ" (no space) (.docx);
- a Sở's inspection plan (Kế hoạch kiểm tra) on a legal-text site: bases a ministry's Thông tư
  ".../2025/TT-BGDĐT" and Quyết định ".../QĐ-BGDĐT" and a "Thực hiện Công văn số ..."; only
  "MỤC ĐÍCH, YÊU CẦU" (no objectives), the content to inspect as dash lines (no numbered tasks),
  a schedule table "Thời gian | Đơn vị được kiểm tra | Thành phần đoàn | Ghi chú" (no task, no
  agency assignment, no amount), its funds "từ nguồn chi thường xuyên" with no amount (.html);
- a province's Kế hoạch on the province portal (menu, breadcrumb, a news box): its specific
  targets an HTML table with <thead>/<th> "TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế
  hoạch năm 2026" (the result column no target), its funds one sentence with nested sources
  ("ngân sách địa phương ... (trong đó: ngân sách tỉnh ..., ngân sách cấp xã ...)") (.html);
- a commune's Kế hoạch implementing a ministry's Thông tư, WORD-SEGMENTED as underthesea's
  word_tokenize writes it ("Ủy_ban nhân_dân", spaces around punctuation, "Lò_Văn_Quyết"): its
  legal bases one "Căn cứ ...; ...; ...;" sentence (a decree that amends another decree named in
  its title), a "Thực hiện Công văn số ..." line, targets "tăng từ 72 % năm 2025 lên 85 % vào năm
  2027" and "từ 12 % xuống dưới 8 %", tasks with a "- Chủ trì: X ; phối hợp: Y ." line, funds a
  total in "đồng" with its amount per year after it (.txt);
- a commune's Kế hoạch whose tasks are a matrix (one column per office under a merged "Đơn vị
  thực hiện" heading, "CT" marking the lead, "x" the partners, a key line under the table), typed
  in Word and saved by LibreOffice as a legacy .doc;
- a district health centre's (Trung tâm Y tế huyện, under the Sở Y tế) plan scraped to Markdown:
  baseline-and-target objectives ("từ 65% năm 2023 lên 80% năm 2024", "giảm 15% so với trung bình
  giai đoạn 2019 - 2023"), tasks with an "Phân công: X (chủ trì), Y, Z." line, a budget table "ĐVT:
  nghìn đồng" by source with a "Nguồn thu sự nghiệp" column, "-" for no amount and a total row
  last, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" (.md).

The second batch (golds written before their first extraction too):

- a high school's (Trường THPT, under the Sở GD&ĐT) plan as plain text: header "SỞ GD&ĐT TỈNH ..." over
  "TRƯỜNG THPT ...", signed "HIỆU TRƯỞNG"; a score raised "từ 6,12 năm 2025 lên 6,5" (no percentage) beside a rate
  "từ 18% xuống còn 12%"; tasks given to its own groups ("Tổ Toán - Tin", "Tổ Văn phòng", "Đoàn trường") and to
  the "Ban đại diện cha mẹ học sinh"; a fee per pupil and lesson ("8.000 đồng/học sinh/tiết", a rate, no sum)
  beside the total and its sources; "Giáo viên chủ nhiệm lớp 12" among the assignments (.txt);
- a Sở's Kế hoạch in Word signed "Q. GIÁM ĐỐC" (an acting director, no title line under it), its funds an
  appendix table "ĐVT: 1.000 đồng" whose header nests the local budget's parts three rows deep ("Ngân sách địa
  phương" over "Tổng số | Ngân sách tỉnh | Ngân sách cấp xã"), the "Tổng cộng" row first (.docx).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_y
OUTDIR` writes the files (the .doc only when soffice is found; its bytes carry the time of the
conversion).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

HOSPITAL = "y_bvdk-vanha_156-kh-bvdk_2026_khoa-phong.docx"
INSPECT = "y_sgddt-tragiang_215-kh-sgddt_2026_lich-kiem-tra.html"
PORTAL = "y_tinh-binhkhe_88-kh-ubnd_2026_portal-thead-nguon-long.html"
SEGMENTED = "y_xa-phuthuong_62-kh-ubnd_2025_thong-tu-wordseg.txt"
MATRIX = "y_xa-thachbandong_41-kh-ubnd_2026_ma-tran-ct-x.doc"
CENTRE = "y_ttyt-muongkhe_95-kh-ttyt_2024_nghin-dong.md"
SCHOOL = "y_thpt-lequydon-lamhong_38-kh-thpt_2026_to-chuyen-mon.txt"
ACTING = "y_snnmt-hoason_77-kh-snnmt_2026_q-giam-doc-nguon-long.docx"


def hospital_plan() -> bytes:
    doc = _new()
    _layout(doc, ["SỞ Y TẾ TỈNH VÂN HÀ", "BỆNH VIỆN ĐA KHOA TỈNH", "-------", "Số: 156/KH-BVĐK"],
            [*MOTTO, "Vân Hà, ngày 14 tháng 01 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Cải tiến chất lượng bệnh viện năm 2026", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Thông tư số 27/2024/TT-BYT ngày 20 tháng 9 năm 2024 của Bộ trưởng Bộ Y tế quy định về quản lý "
              "chất lượng dịch vụ khám bệnh, chữa bệnh;"),
        ("i", "Căn cứ Quyết định số 3812/QĐ-BYT ngày 05 tháng 11 năm 2025 của Bộ trưởng Bộ Y tế ban hành Bộ tiêu chí "
              "chất lượng bệnh viện;"),
        ("i", "Thực hiện Kế hoạch số 12/KH-SYT ngày 06 tháng 01 năm 2026 của Sở Y tế tỉnh Vân Hà về công tác y tế "
              "năm 2026;"),
        ("p", "Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch cải tiến chất lượng bệnh viện năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Nâng cao chất lượng khám bệnh, chữa bệnh, bảo đảm an toàn người bệnh và sự hài lòng của người bệnh, "
              "nhân viên y tế."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Nâng tỷ lệ hài lòng của người bệnh nội trú từ 86% năm 2025 lên trên 92% vào cuối năm 2026;"),
        ("p", "- Giảm tỷ lệ nhiễm khuẩn bệnh viện từ 4,2% xuống dưới 3%;"),
        ("p", "- Điểm trung bình theo Bộ tiêu chí chất lượng bệnh viện đạt từ 3,6 điểm trở lên (năm 2025 đạt 3,35 "
              "điểm);"),
        ("p", "- 100% khoa lâm sàng áp dụng bảng kiểm an toàn phẫu thuật, thủ thuật."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Kiện toàn mạng lưới quản lý chất lượng"),
        ("p", "Phòng Quản lý chất lượng chủ trì, phối hợp với Phòng Tổ chức cán bộ tham mưu Giám đốc kiện toàn Hội "
              "đồng quản lý chất lượng và mạng lưới quản lý chất lượng tại các khoa, phòng; hoàn thành trong tháng "
              "02/2026."),
        ("h", "2. Cải tiến quy trình khám bệnh, rút ngắn thời gian chờ"),
        ("p", "Khoa Khám bệnh chủ trì, phối hợp với Phòng Kế hoạch tổng hợp và Phòng Công nghệ thông tin sắp xếp "
              "lại quy trình, mở rộng đăng ký khám bệnh trực tuyến."),
        ("h", "3. Phòng ngừa và kiểm soát nhiễm khuẩn"),
        ("p", "Khoa Kiểm soát nhiễm khuẩn chủ trì, phối hợp với Phòng Điều dưỡng giám sát việc tuân thủ vệ sinh tay "
              "tại các khoa lâm sàng."),
        ("h", "4. Nâng cao chất lượng chăm sóc người bệnh toàn diện"),
        ("p", "Phòng Điều dưỡng chủ trì, phối hợp với các khoa lâm sàng tổ chức tập huấn kỹ năng giao tiếp, ứng xử "
              "cho điều dưỡng, hộ sinh."),
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 1,25 tỷ đ, trong đó: nguồn thu sự nghiệp của Bệnh viện "
              "900.000.000đ; ngân sách tỉnh cấp chi thường xuyên 350.000.000đ."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Quản lý chất lượng: là đầu mối theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch; tổng "
              "hợp, báo cáo Giám đốc trước ngày 10/12/2026."),
        ("p", "2. Phòng Kế hoạch tổng hợp: phối hợp đánh giá chất lượng hồ sơ bệnh án hằng quý."),
        ("p", "3. Phòng Tài chính kế toán: bảo đảm kinh phí thực hiện Kế hoạch theo quy định."),
        ("p", "4. Các khoa, phòng: xây dựng và triển khai đề án cải tiến chất lượng của đơn vị./."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    closing(doc, ["- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, QLCL."],
            ["GIÁM ĐỐC", "", "", "", "Hoàng Minh Triết"])
    return _save(doc)


INSPECT_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch 215/KH-SGDĐT năm 2026 kiểm tra việc thực hiện quy định về dạy thêm, học thêm tỉnh Trà Giang</title></head>
<body>
<div class="vb-header"><a href="/">THƯ VIỆN VĂN BẢN</a> | <a href="/van-ban/giao-duc">Giáo dục</a></div>
<table class="vb-props">
<tr><td>Số hiệu:</td><td>215/KH-SGDĐT</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>
<tr><td>Nơi ban hành:</td><td>Tỉnh Trà Giang</td><td>Người ký:</td><td>Đinh Thị Thu Hằng</td></tr>
<tr><td>Ngày ban hành:</td><td>27/02/2026</td><td>Tình trạng:</td><td>Còn hiệu lực</td></tr>
</table>
<div class="content1">
<table border="0" width="100%">
<tr>
<td width="40%" align="center"><p>UBND TỈNH TRÀ GIANG<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br>-------</p><p>Số: 215/KH-SGDĐT</p></td>
<td width="60%" align="center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p><p><i>Trà Giang, ngày 27 tháng 02 năm 2026</i></p></td>
</tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Kiểm tra việc thực hiện quy định về dạy thêm, học thêm năm 2026</b></p>
<p><i>Căn cứ Thông tư số 14/2025/TT-BGDĐT ngày 02 tháng 6 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về dạy thêm, học thêm;</i></p>
<p><i>Căn cứ Quyết định số 2210/QĐ-BGDĐT ngày 15 tháng 8 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch thanh tra, kiểm tra năm học 2025 - 2026;</i></p>
<p><i>Thực hiện Công văn số 318/UBND-VX ngày 10 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Trà Giang về việc chấn chỉnh công tác quản lý dạy thêm, học thêm;</i></p>
<p>Sở Giáo dục và Đào tạo xây dựng Kế hoạch kiểm tra việc thực hiện quy định về dạy thêm, học thêm năm 2026 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p><b>1. Mục đích</b></p>
<p>- Đánh giá việc thực hiện quy định về dạy thêm, học thêm của các cơ sở giáo dục trên địa bàn tỉnh; kịp thời chấn chỉnh, xử lý sai phạm.</p>
<p>- Bảo đảm 100% cơ sở được kiểm tra có biên bản kết luận gửi về Sở trong vòng 10 ngày làm việc.</p>
<p><b>2. Yêu cầu</b></p>
<p>- Việc kiểm tra bảo đảm khách quan, đúng quy định, không gây phiền hà cho đơn vị được kiểm tra.</p>
<p><b>II. NỘI DUNG KIỂM TRA</b></p>
<p>- Việc ban hành quy định, tổ chức và quản lý dạy thêm, học thêm trong nhà trường.</p>
<p>- Việc thu, chi, quản lý tiền học thêm; hồ sơ đăng ký dạy thêm của giáo viên.</p>
<p>- Việc công khai danh sách giáo viên dạy thêm, thời khóa biểu dạy thêm.</p>
<p><b>III. THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA</b></p>
<table border="1" cellspacing="0" cellpadding="2" width="100%">
<tr><td align="center"><b>Thời gian</b></td><td align="center"><b>Đơn vị được kiểm tra</b></td><td align="center"><b>Thành phần đoàn</b></td><td align="center"><b>Ghi chú</b></td></tr>
<tr><td>Từ ngày 09/3 đến ngày 13/3/2026</td><td>Trường THPT Trà Giang; Trường THPT Nguyễn Du</td><td>Phòng Giáo dục Trung học (Trưởng đoàn), Thanh tra Sở</td><td>Kiểm tra trực tiếp</td></tr>
<tr><td>Từ ngày 06/4 đến ngày 10/4/2026</td><td>Trường THPT Bình Sơn; Trường THCS và THPT Hòa Lạc</td><td>Thanh tra Sở (Trưởng đoàn), Phòng Kế hoạch - Tài chính</td><td>Kiểm tra trực tiếp</td></tr>
<tr><td>Tháng 5/2026</td><td>Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các khu vực</td><td>Phòng Giáo dục thường xuyên (Trưởng đoàn)</td><td>Kiểm tra hồ sơ</td></tr>
</table>
<p><b>IV. KINH PHÍ</b></p>
<p>Kinh phí thực hiện từ nguồn chi thường xuyên năm 2026 của Sở Giáo dục và Đào tạo.</p>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Giáo dục Trung học: chủ trì, tham mưu quyết định thành lập đoàn kiểm tra; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/6/2026.</p>
<p>2. Thanh tra Sở: phối hợp kiểm tra; kiến nghị xử lý các vi phạm phát hiện qua kiểm tra.</p>
<p>3. Văn phòng Sở: bảo đảm phương tiện, kinh phí cho các đoàn kiểm tra.</p>
<p>4. Các đơn vị được kiểm tra: chuẩn bị hồ sơ, báo cáo theo yêu cầu của đoàn kiểm tra.</p>
<table border="0" width="100%">
<tr>
<td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Giám đốc, các Phó Giám đốc Sở;<br>- Các đơn vị được kiểm tra;<br>- Lưu: VT, GDTrH.</p></td>
<td width="50%" align="center" valign="top"><p><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br><b>Đinh Thị Thu Hằng</b></p></td>
</tr>
</table>
</div>
<div class="vb-footer">Thư viện văn bản - Bản quyền thuộc về đơn vị quản lý. Cập nhật: 03/3/2026.</div>
</body>
</html>
"""

PORTAL_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Bình Khê năm 2026 - Cổng thông tin điện tử tỉnh Bình Khê</title></head>
<body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH KHÊ</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/cong-dan">Công dân</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<aside class="box"><h3>Tin mới</h3><ul><li>Tỉnh Bình Khê đón nhận 12.000 lượt khách dịp đầu năm (05/01/2026)</li><li>Hội nghị tổng kết công tác năm 2025 (28/12/2025)</li></ul></aside>
<article class="post">
<h1>Kế hoạch phát triển giáo dục nghề nghiệp tỉnh Bình Khê năm 2026</h1>
<div class="meta">Đăng ngày 23/01/2026 | Lượt xem: 1.204</div>
<div class="post-content">
<table style="width:100%;border:none">
<tbody><tr>
<td style="text-align:center;width:40%"><strong>ỦY BAN NHÂN DÂN<br>TỈNH BÌNH KHÊ</strong><br>--------<br>Số: 88/KH-UBND</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>---------------<br><em>Bình Khê, ngày 21 tháng 01 năm 2026</em></td>
</tr></tbody>
</table>
<h2 style="text-align:center">KẾ HOẠCH</h2>
<h3 style="text-align:center">Phát triển giáo dục nghề nghiệp tỉnh Bình Khê năm 2026</h3>
<p>Căn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13 ngày 27 tháng 11 năm 2014;</p>
<p>Căn cứ Nghị quyết số 52/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Bình Khê về kế hoạch phát triển kinh tế - xã hội năm 2026;</p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển giáo dục nghề nghiệp năm 2026 như sau:</p>
<h4>I. MỤC TIÊU</h4>
<h4>1. Mục tiêu chung</h4>
<p>Nâng cao chất lượng, hiệu quả đào tạo nghề nghiệp, đáp ứng nhu cầu nhân lực có kỹ năng của thị trường lao động trong tỉnh.</p>
<h4>2. Các chỉ tiêu cụ thể</h4>
<table border="1" style="border-collapse:collapse;width:100%">
<thead>
<tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Thực hiện năm 2025</th><th>Kế hoạch năm 2026</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Tỷ lệ lao động qua đào tạo</td><td>%</td><td>68,5</td><td>71</td></tr>
<tr><td>2</td><td>Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ</td><td>%</td><td>29</td><td>31,5</td></tr>
<tr><td>3</td><td>Số người được tuyển sinh đào tạo nghề nghiệp</td><td>người</td><td>21.400</td><td>23.000</td></tr>
<tr><td>4</td><td>Tỷ lệ người học có việc làm sau 6 tháng tốt nghiệp</td><td>%</td><td>85</td><td>88</td></tr>
</tbody>
</table>
<h4>II. NHIỆM VỤ, GIẢI PHÁP</h4>
<p><strong>1. Sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp</strong></p>
<p>Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ rà soát, sắp xếp các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên; hoàn thành trong Quý III/2026.</p>
<p><strong>2. Đào tạo nghề cho lao động nông thôn gắn với việc làm</strong></p>
<p>Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã, phường tổ chức đào tạo theo đơn đặt hàng của doanh nghiệp.</p>
<p><strong>3. Kết nối cung - cầu lao động</strong></p>
<p>Sở Nội vụ chủ trì, phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức các phiên giao dịch việc làm định kỳ hằng tháng.</p>
<h4>III. KINH PHÍ THỰC HIỆN</h4>
<p>Tổng kinh phí thực hiện Kế hoạch năm 2026 là 12.450 triệu đồng, trong đó: ngân sách trung ương 5.000 triệu đồng; ngân sách địa phương 6.200 triệu đồng (trong đó: ngân sách tỉnh 4.500 triệu đồng, ngân sách cấp xã 1.700 triệu đồng); nguồn xã hội hóa 1.250 triệu đồng.</p>
<h4>IV. TỔ CHỨC THỰC HIỆN</h4>
<p>1. Sở Giáo dục và Đào tạo: là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.</p>
<p>2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
<p>3. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch đào tạo nghề trên địa bàn, huy động nguồn lực xã hội hóa.</p>
<table style="width:100%;border:none">
<tbody><tr>
<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>- Bộ Giáo dục và Đào tạo;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX.</td>
<td style="text-align:center;vertical-align:top"><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><br><br><strong>Vương Thị Lan Anh</strong></td>
</tr></tbody>
</table>
</div>
<div class="tags">Từ khóa: giáo dục nghề nghiệp, kế hoạch 2026</div>
</article>
<footer>Cổng thông tin điện tử tỉnh Bình Khê. Giấy phép số 35/GP-TTĐT ngày 12/5/2023. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</footer>
</body>
</html>
"""

SEGMENTED_TXT = """ỦY_BAN_NHÂN_DÂN 
XÃ PHÚ_THƯỢNG 
Số : 62/KH - UBND 
CỘNG_HÒA XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Phú_Thượng , ngày 08 tháng 10 năm 2025 
KẾ_HOẠCH 
Triển_khai thực_hiện Thông_tư số 18/2025/TT - BNNMT về quản_lý chất_thải rắn sinh_hoạt trên địa_bàn xã giai_đoạn 2025 - 2027 
Căn_cứ Luật Bảo_vệ môi_trường số 63/2020/QH14 ngày 17 tháng 11 năm 2020 ; Nghị_định số 05/2025/NĐ - CP ngày 06 tháng 01 năm 2025 của Chính_phủ sửa_đổi , bổ_sung một_số điều của Nghị_định số 08/2022/NĐ - CP ngày 10 tháng 01 năm 2022 quy_định chi_tiết một_số điều của Luật Bảo_vệ môi_trường ; Thông_tư số 18/2025/TT - BNNMT ngày 20 tháng 6 năm 2025 của Bộ_trưởng Bộ Nông_nghiệp và Môi_trường quy_định về quản_lý chất_thải rắn sinh_hoạt ; 
Thực_hiện Công_văn số 1452/UBND - KT ngày 02 tháng 9 năm 2025 của Ủy_ban nhân_dân tỉnh Đông_Lâm về việc triển_khai Thông_tư số 18/2025/TT - BNNMT ; 
Ủy_ban nhân_dân xã Phú_Thượng ban_hành Kế_hoạch triển_khai thực_hiện như sau : 
I. MỤC_TIÊU 
1 . Mục_tiêu chung 
Nâng cao hiệu_quả quản_lý chất_thải rắn sinh_hoạt , từng bước thực_hiện phân_loại chất_thải tại nguồn , góp_phần bảo_vệ môi_trường nông_thôn . 
2 . Mục_tiêu cụ_thể 
- Tỷ_lệ chất_thải rắn sinh_hoạt được thu_gom , xử_lý tăng từ 72 % năm 2025 lên 85 % vào năm 2027 ; 
- Giảm tỷ_lệ chất_thải rắn sinh_hoạt chôn lấp trực_tiếp từ 12 % xuống dưới 8 % ; 
- 100 % hộ gia_đình được hướng_dẫn phân_loại chất_thải rắn sinh_hoạt tại nguồn . 
II. NHIỆM_VỤ 
1 . Tuyên_truyền , hướng_dẫn phân_loại chất_thải rắn sinh_hoạt tại nguồn . 
- Chủ_trì : Phòng Kinh_tế ; phối_hợp : Ủy_ban Mặt_trận Tổ_quốc Việt_Nam xã , Đoàn Thanh_niên xã . 
2 . Đầu_tư thùng chứa , điểm tập_kết chất_thải rắn sinh_hoạt tại các thôn . 
- Chủ_trì : Phòng Kinh_tế ; phối_hợp : Ban Nhân_dân các thôn . 
3 . Kiểm_tra , xử_lý vi_phạm về đổ thải không đúng nơi quy_định . 
- Chủ_trì : Công_an xã ; phối_hợp : Phòng Kinh_tế , Ban Nhân_dân các thôn . 
III. KINH_PHÍ 
Tổng kinh_phí thực_hiện giai_đoạn 2025 - 2027 là 1.050.000.000 đồng từ ngân_sách xã , trong đó : năm 2025 : 250.000.000 đồng ; năm 2026 : 400.000.000 đồng ; năm 2027 : 400.000.000 đồng . 
IV. TỔ_CHỨC THỰC_HIỆN 
1 . Phòng Kinh_tế : là cơ_quan thường_trực , tham_mưu Ủy_ban nhân_dân xã theo_dõi , đôn_đốc thực_hiện Kế_hoạch ; tổng_hợp , báo_cáo trước ngày 15 tháng 12 hằng năm . 
2 . Công_an xã : tăng_cường kiểm_tra , xử_lý các hành_vi vi_phạm về bảo_vệ môi_trường . 
3 . Ban Nhân_dân các thôn : vận_động Nhân_dân phân_loại , tập_kết chất_thải đúng nơi quy_định . 
Nơi nhận : 
- UBND tỉnh Đông_Lâm ( b / c ) ; 
- Sở Nông_nghiệp và Môi_trường ; 
- TT Đảng_ủy , TT HĐND xã ; 
- Lưu : VT , KT . 
TM. ỦY_BAN_NHÂN_DÂN 
CHỦ_TỊCH 
Lò_Văn_Quyết 
"""


def matrix_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ THẠCH BÀN ĐÔNG", "-------", "Số: 41/KH-UBND"],
            [*MOTTO, "Thạch Bàn Đông, ngày 20 tháng 4 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Tháng hành động vì trẻ em năm 2026", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Kế hoạch số 96/KH-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Quảng Lâm về tổ chức "
              "Tháng hành động vì trẻ em năm 2026;"),
        ("p", "Ủy ban nhân dân xã ban hành Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- 100% trẻ em dưới 6 tuổi trên địa bàn xã được cấp thẻ bảo hiểm y tế;"),
        ("p", "- Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn đạt 45%;"),
        ("p", "- Không để xảy ra vụ việc trẻ em bị ngộ độc thực phẩm tập thể trong trường học."),
        ("h", "II. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG THỰC HIỆN"),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    rows = [
        ["TT", "Nội dung hoạt động", "Thời gian", "Đơn vị thực hiện", "", "", "", ""],
        ["", "", "", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã", "Trạm Y tế xã", "Đoàn Thanh niên xã"],
        ["1", "Tổ chức lễ phát động Tháng hành động vì trẻ em", "Tháng 5/2026", "CT", "", "", "x", "x"],
        ["2", "Kiểm tra an toàn thực phẩm tại bếp ăn các trường học", "Tháng 5/2026", "x", "CT", "", "x", ""],
        ["3", "Tuyên truyền phòng, chống đuối nước, dạy bơi cho trẻ em", "Tháng 6/2026", "x", "", "", "", "CT"],
        ["4", "Khám sức khỏe, tư vấn dinh dưỡng cho trẻ em dưới 6 tuổi", "Tháng 6/2026", "x", "", "", "CT", ""],
        ["5", "Bảo đảm an ninh, trật tự tại các điểm vui chơi của trẻ em", "Tháng 5 - 6/2026", "", "", "CT", "",
         "x"],
    ]
    _table(doc, rows, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 7))))
    for kind, text in (
        ("i", "Ghi chú: CT là đơn vị chủ trì; x là đơn vị phối hợp."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện là 48.500.000 đồng từ ngân sách xã năm 2026."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Văn hóa - Xã hội: là cơ quan thường trực, tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước "
              "ngày 10/7/2026."),
        ("p", "2. Công an xã: bảo đảm an ninh, trật tự trong các hoạt động của Tháng hành động."),
        ("p", "3. Trạm Y tế xã: tổ chức khám sức khỏe, tư vấn dinh dưỡng cho trẻ em."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    closing(doc, ["- UBND tỉnh Quảng Lâm (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Các đơn vị có tên tại Kế hoạch;",
                  "- Lưu: VT, VHXH."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Sầm Thị Duyên"])
    _paragraph(doc, "")  # (a .doc whose last block is a table loses it)
    return _save(doc)


CENTRE_MD = """SỞ Y TẾ TỈNH ĐIỆN SƠN
**TRUNG TÂM Y TẾ HUYỆN MƯỜNG KHÊ**

Số: 95/KH-TTYT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Mường Khê, ngày 12 tháng 3 năm 2024*

# KẾ HOẠCH

## Phòng, chống bệnh sốt xuất huyết trên địa bàn huyện Mường Khê năm 2024

*Căn cứ Kế hoạch số 38/KH-SYT ngày 26 tháng 02 năm 2024 của Sở Y tế tỉnh Điện Sơn về phòng, chống bệnh truyền nhiễm năm 2024;*

Trung tâm Y tế huyện Mường Khê xây dựng Kế hoạch phòng, chống bệnh sốt xuất huyết năm 2024 như sau:

### I. MỤC TIÊU

**1. Mục tiêu chung**

Giảm số mắc, không để tử vong do sốt xuất huyết; không để dịch lớn xảy ra trên địa bàn huyện.

**2. Mục tiêu cụ thể**

- Giảm tỷ lệ mắc sốt xuất huyết trên 100.000 dân 15% so với trung bình giai đoạn 2019 - 2023;
- Nâng tỷ lệ thôn, bản được giám sát chỉ số côn trùng từ 65% năm 2023 lên 80% năm 2024;
- Tỷ lệ chết/mắc do sốt xuất huyết dưới 0,05%.

### II. NHIỆM VỤ VÀ GIẢI PHÁP

**1. Giám sát dịch tễ, phát hiện sớm ca bệnh**

Giám sát chặt chẽ ca bệnh tại cộng đồng và cơ sở khám bệnh, chữa bệnh; xử lý triệt để ổ dịch trong vòng 48 giờ.

Phân công: Khoa Kiểm soát bệnh tật và HIV/AIDS (chủ trì), Khoa Xét nghiệm - Chẩn đoán hình ảnh, các Trạm Y tế xã, thị trấn.

**2. Thu dung, điều trị người bệnh**

Bảo đảm thuốc, dịch truyền, giường bệnh; phân luồng, điều trị người bệnh theo hướng dẫn của Bộ Y tế.

Phân công: Khoa Hồi sức cấp cứu (chủ trì), Khoa Nội - Nhi, Phòng Kế hoạch - Nghiệp vụ.

**3. Truyền thông phòng, chống dịch**

Phối hợp với Đài Truyền thanh huyện tuyên truyền chiến dịch diệt lăng quăng, bọ gậy.

Phân công: Phòng Dân số - Truyền thông (chủ trì), các Trạm Y tế xã, thị trấn.

### III. KINH PHÍ

ĐVT: nghìn đồng

| TT | Nội dung | Tổng kinh phí | Ngân sách tỉnh | Nguồn thu sự nghiệp |
|---|---|---|---|---|
| 1 | Mua hóa chất, vật tư phun diệt muỗi | 185.000 | 185.000 | - |
| 2 | Tập huấn giám sát, điều trị cho cán bộ y tế | 42.500 | 30.000 | 12.500 |
| 3 | Truyền thông phòng, chống sốt xuất huyết | 36.000 | - | 36.000 |
| | **Tổng cộng** | **263.500** | **215.000** | **48.500** |

### IV. TỔ CHỨC THỰC HIỆN

1. Khoa Kiểm soát bệnh tật và HIV/AIDS: là đầu mối tham mưu Giám đốc triển khai Kế hoạch; tổng hợp, báo cáo Sở Y tế theo quy định.
2. Phòng Tài chính - Kế toán: bảo đảm kinh phí theo dự toán được duyệt.
3. Các Trạm Y tế xã, thị trấn: tham mưu Ủy ban nhân dân xã, thị trấn tổ chức chiến dịch diệt lăng quăng, bọ gậy.

**Nơi nhận:**
- Sở Y tế (b/c);
- UBND huyện (b/c);
- Trung tâm Kiểm soát bệnh tật tỉnh;
- Các Trạm Y tế xã, thị trấn;
- Lưu: VT, KSBT.

**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**

**Bạc Văn Thành**
"""

SCHOOL_TXT = """SỞ GD&ĐT TỈNH LAM HỒNG
TRƯỜNG THPT LÊ QUÝ ĐÔN
Số: 38/KH-THPTLQĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Hồng, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Ôn tập cho học sinh lớp 12 thi tốt nghiệp trung học phổ thông năm 2026

Căn cứ Công văn số 2175/SGDĐT-QLCL ngày 30 tháng 12 năm 2025 của Sở Giáo dục và Đào tạo tỉnh Lam Hồng về việc tổ chức ôn tập thi tốt nghiệp trung học phổ thông năm 2026;
Căn cứ tình hình thực tế của nhà trường, Trường THPT Lê Quý Đôn xây dựng Kế hoạch ôn tập như sau:

I. MỤC TIÊU
- Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,5% trở lên;
- Nâng điểm trung bình môn Toán từ 6,12 năm 2025 lên 6,5;
- Giảm tỷ lệ bài thi dưới 5 điểm từ 18% xuống còn 12%.

II. NỘI DUNG ÔN TẬP
1. Xây dựng thời khóa biểu, phân công giáo viên ôn tập
Tổ Văn phòng chủ trì, phối hợp với các tổ chuyên môn xếp thời khóa biểu ôn tập từ ngày 02/02/2026.
2. Biên soạn đề cương, ngân hàng câu hỏi ôn tập
Tổ Toán - Tin chủ trì, phối hợp với Tổ Ngữ văn và Tổ Ngoại ngữ biên soạn đề cương theo cấu trúc đề minh họa của Bộ Giáo dục và Đào tạo.
3. Tổ chức thi thử và đánh giá kết quả
Tổ Văn phòng chủ trì, phối hợp với Đoàn trường tổ chức 02 đợt thi thử vào tháng 3 và tháng 5/2026.
4. Quản lý, động viên học sinh
Đoàn trường chủ trì, phối hợp với Ban đại diện cha mẹ học sinh theo dõi chuyên cần, động viên học sinh.

III. KINH PHÍ
Mức thu dạy ôn tập theo thỏa thuận với cha mẹ học sinh là 8.000 đồng/học sinh/tiết.
Tổng kinh phí dự kiến là 126.400.000 đồng, trong đó: ngân sách tỉnh cấp cho nhà trường 40.000.000 đồng; nguồn đóng góp của cha mẹ học sinh 86.400.000 đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Tổ Văn phòng: tổng hợp kết quả thi thử, báo cáo Hiệu trưởng sau mỗi đợt.
2. Các tổ chuyên môn: phân công giáo viên, kiểm tra việc thực hiện đề cương ôn tập.
3. Giáo viên chủ nhiệm lớp 12: theo dõi chuyên cần, phối hợp với gia đình quản lý học sinh.
4. Đoàn trường: tổ chức các hoạt động động viên tinh thần cho học sinh lớp 12.

Nơi nhận:
- Sở GD&ĐT (b/c);
- BGH, các tổ chuyên môn;
- Lưu: VT.
HIỆU TRƯỞNG

Nguyễn Thị Bích Ngọc
"""


def acting_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH HÒA SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", "Số: 77/KH-SNNMT"],
            [*MOTTO, "Hòa Sơn, ngày 06 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển cây dược liệu dưới tán rừng năm 2026", bold=True, center=True)
    for kind, text in (
        ("i", "Căn cứ Quyết định số 512/QĐ-UBND ngày 19 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Hòa Sơn phê duyệt "
              "Đề án phát triển cây dược liệu tỉnh Hòa Sơn giai đoạn 2026 - 2030;"),
        ("p", "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch phát triển cây dược liệu dưới tán rừng năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "Trồng mới 350 ha cây dược liệu dưới tán rừng; 60% diện tích trồng mới được cấp mã số vùng trồng."),
        ("h", "II. NHIỆM VỤ"),
        ("h", "1. Rà soát, quy hoạch vùng trồng dược liệu dưới tán rừng"),
        ("p", "Chi cục Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các xã có rừng thực hiện; hoàn thành trong Quý "
              "II/2026."),
        ("h", "2. Hỗ trợ giống, kỹ thuật trồng và chăm sóc"),
        ("p", "Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Viện Dược liệu miền núi thực hiện."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện Kế hoạch chi tiết tại Phụ lục kèm theo."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Chi cục Kiểm lâm: là đơn vị đầu mối, tổng hợp kết quả, báo cáo Sở trước ngày 10/12/2026."),
        ("p", "2. Văn phòng Sở: bảo đảm kinh phí theo dự toán được giao."),
    ):
        _paragraph(doc, text, bold=kind == "h", italic=kind == "i", justify=True)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc Sở;", "- UBND các xã có rừng;", "- Lưu: VT, KL."],
            ["Q. GIÁM ĐỐC", "", "", "", "Vi Thị Thanh Mai"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ PHÁT TRIỂN CÂY DƯỢC LIỆU DƯỚI TÁN RỪNG NĂM 2026", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 77/KH-SNNMT ngày 06/3/2026 của Sở Nông nghiệp và Môi trường)", italic=True,
               center=True)
    _paragraph(doc, "ĐVT: 1.000 đồng", italic=True)
    rows = [
        ["TT", "Nội dung", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách địa phương", "", "", "Vốn huy động"],
        ["", "", "", "", "Tổng số", "Trong đó", "", ""],
        ["", "", "", "", "", "Ngân sách tỉnh", "Ngân sách cấp xã", ""],
        ["", "Tổng cộng", "4.860.000", "2.000.000", "2.260.000", "1.900.000", "360.000", "600.000"],
        ["1", "Rà soát, quy hoạch vùng trồng", "860.000", "-", "860.000", "700.000", "160.000", "-"],
        ["2", "Hỗ trợ giống, kỹ thuật trồng và chăm sóc", "4.000.000", "2.000.000", "1.400.000", "1.200.000",
         "200.000", "600.000"],
    ]
    _table(doc, rows, merges=(((0, 0), (2, 0)), ((0, 1), (2, 1)), ((0, 2), (2, 2)), ((0, 3), (2, 3)),
                              ((0, 4), (0, 6)), ((1, 4), (2, 4)), ((1, 5), (1, 6)), ((0, 7), (2, 7))))
    _paragraph(doc, "")
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HOSPITAL).write_bytes(hospital_plan())
    (folder / INSPECT).write_text(INSPECT_HTML, encoding="utf-8")
    (folder / PORTAL).write_text(PORTAL_HTML, encoding="utf-8")
    (folder / SEGMENTED).write_text(SEGMENTED_TXT, encoding="utf-8")
    (folder / CENTRE).write_text(CENTRE_MD, encoding="utf-8")
    (folder / SCHOOL).write_text(SCHOOL_TXT, encoding="utf-8")
    (folder / ACTING).write_bytes(acting_plan())
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {MATRIX} not written", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(MATRIX).with_suffix(".docx").name
        src.write_bytes(matrix_plan())
        subprocess.run([soffice, "--headless", "--convert-to", "doc", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        (folder / MATRIX).write_bytes(src.with_suffix(".doc").read_bytes())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
