"""Invented documents of hold-out round C2: issuers and header, basis and duty shapes the set has
little of.

Batch 1
- a district Party committee's Kế hoạch ("ĐẢNG BỘ TỈNH ... / HUYỆN ỦY ... / *", "Số 45-KH/HU" with no
  colon, the Party's motto "ĐẢNG CỘNG SẢN VIỆT NAM"), its bases "Thực hiện Chỉ thị số 05-CT/TW, ngày
  15/5/2016 của Bộ Chính trị ..." (a comma before the date), its duties "Các cấp ủy, tổ chức đảng ...",
  "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với ...", signed "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"; typed
  in Word, exported to PDF by LibreOffice and kept as `pdftotext -layout` text (.txt);
- a Tổng cục's Quyết định issuing the plan attached to it ("BỘ ... / TỔNG CỤC ...", "TỔNG CỤC TRƯỞNG
  ..."), a Law and the law that amended it in one "Căn cứ" line, "Căn cứ các Nghị định của Chính phủ:
  số ...; số ..." (two decrees in one line), "Theo đề nghị của ..." (no basis); the plan's tasks
  lettered under numbered groups, each closed by "Giao ... chủ trì, phối hợp với ... thực hiện." (.html,
  a portal's page);
- a commune's Kế hoạch ("UBND HUYỆN ... / ỦY BAN NHÂN DÂN XÃ ..."), tasks for "Công chức Văn hóa - Xã
  hội", "Trưởng các thôn", "Đoàn Thanh niên xã", duties opened by "Đề nghị" for the Front and by
  several mass organisations in one line (.md, a scrape).

Batch 2
- a province's trade union (Liên đoàn Lao động tỉnh, under "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM") Kế hoạch of
  2010, its activities a ruled table "TT | Nội dung hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"
  whose bodies are written "Ban Tuyên giáo LĐLĐ tỉnh", its duties to "Các LĐLĐ huyện, thành phố; các Công đoàn
  ngành; ..." and to "Các công đoàn cơ sở" (a legacy .doc saved by LibreOffice);
- a project board's (Ban Quản lý dự án, under "UBND TỈNH ...") Công văn "V/v ..." with "Kính gửi:", two bases
  in one "Thực hiện" line, its requests numbered by the board's offices and to "Các nhà thầu thi công" and
  "Các đơn vị tư vấn giám sát" (a text PDF from Word by LibreOffice);
- a district People's Council's Nghị quyết ("HỘI ĐỒNG NHÂN DÂN HUYỆN ... / KHÓA XII, KỲ HỌP THỨ 4"), two
  laws without numbers in one "Căn cứ" line, "Xét Tờ trình số ...", "QUYẾT NGHỊ:", Điều 1 holding the plan
  (objectives, lettered tasks, funds), Điều 2 its executors and supervisors (.docx).

Batch 3
- a Tỉnh ủy's department (Ban Dân vận Tỉnh ủy, "ĐẢNG BỘ TỈNH ... / BAN DÂN VẬN / *", "Số 35-KH/BDVTU") Kế hoạch,
  two bases in one "Thực hiện" line ("Kế hoạch số ...-KH/BDVTW, ngày ... của Ban Dân vận Trung ương ...;
  Kết luận số ...-KL/TW, ngày ... của Ban Bí thư ..."), duties "Đề nghị Đảng đoàn ... và các đoàn thể ...",
  "Đề nghị Ban cán sự đảng Ủy ban nhân dân tỉnh ...", signed "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" (.md, a scrape);
- a province Red Cross's (Hội Chữ thập đỏ tỉnh, under "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM") Kế hoạch of 2008,
  each activity with "- Chủ trì: ..." and "- Phối hợp: ..." lines naming the association's own boards ("Ban
  Tuyên truyền - Huấn luyện", "Ban Công tác xã hội"), duties to "Hội Chữ thập đỏ các huyện, thành phố" and
  "Các chi hội cơ sở" (.html, a portal's page).

Everything is invented (the places, names, numbers and dates of the plans themselves).
`python -m tests.invented.build_c2 OUTDIR` writes the files; the .txt, .pdf and .doc need soffice (and
pdftotext); their bytes depend on the fonts installed and the time of the conversion, so the files in raw/ are
the ones the golds were written against.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_r import _soffice
from tests.invented.build_u import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _cell_lines, _paragraph, _set_cell_borders, _widths

PARTY = "c2_huyenuy-dongvan_45-kh-hu_2019_dang-bo-layout.txt"
GENERAL_DEPT = "c2_tcpctt_186-qd-tcpctt_2021_qd-kem-kh-portal.html"
COMMUNE = "c2_xa-hunglam_24-kh-ubnd_2015_cong-chuc-thon-md.md"
UNION = "c2_ldld-kylam_86-kh-ldld_2010_bang-hoat-dong.doc"
BOARD = "c2_bqlda-tayha_412-bqlda-khtc_2023_cong-van-nha-thau.pdf"
COUNCIL = "c2_hdnd-huyen-earong_24-nq-hdnd_2022_khoa-ky-hop.docx"
MASS_MOBILISATION = "c2_bdvtu-vankhe_35-kh-bdvtu_2024_dan-van-kheo-md.md"
RED_CROSS = "c2_ctd-baclam_45-kh-ctd_2008_thang-nhan-dao-portal.html"

PARTY_MOTTO = ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------"]


# ---------------------------------------------------------------------------
# 1. The district Party committee's plan (Word -> PDF -> pdftotext -layout).

def party_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ĐẢNG BỘ TỈNH QUỲNH HÀ", "HUYỆN ỦY ĐỒNG VÂN", "*", "Số 45-KH/HU"],
            [*PARTY_MOTTO, "Đồng Vân, ngày 18 tháng 6 năm 2019"], bold=(2, 1))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "tuyên truyền, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về chủ đề năm 2019",
               bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, (
        ("p", "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
              "tưởng, đạo đức, phong cách Hồ Chí Minh;"),
        ("p", "Thực hiện Kế hoạch số 32-KH/TU, ngày 22/02/2019 của Ban Thường vụ Tỉnh ủy về học tập và làm theo tư "
              "tưởng, đạo đức, phong cách Hồ Chí Minh năm 2019,"),
        ("p", "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện trong Đảng bộ huyện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Tiếp tục đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh thành việc làm "
              "thường xuyên, tự giác của cán bộ, đảng viên và nhân dân; gắn với việc thực hiện Nghị quyết Trung ương "
              "4 khóa XII về xây dựng, chỉnh đốn Đảng."),
        ("p", "2. Việc tổ chức thực hiện phải thiết thực, tránh hình thức; gắn với thực hiện nhiệm vụ chính trị "
              "của từng địa phương, cơ quan, đơn vị; người đứng đầu cấp ủy phải gương mẫu đi đầu."),
        ("h", "II. NỘI DUNG"),
        ("h", "1. Tổ chức học tập chuyên đề năm 2019"),
        ("p", "- Các cấp ủy tổ chức cho cán bộ, đảng viên học tập chuyên đề năm 2019 \"Nâng cao ý thức trách nhiệm, "
              "hiệu quả công việc, tinh thần đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; đồng cam "
              "cộng khổ, phục vụ nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\"."),
        ("p", "- Hình thức: lồng ghép trong sinh hoạt chi bộ định kỳ, hội nghị cán bộ chủ chốt huyện; thời gian "
              "hoàn thành trước ngày 30/8/2019."),
        ("h", "2. Đẩy mạnh công tác tuyên truyền"),
        ("p", "- Tuyên truyền trên Đài Truyền thanh - Truyền hình huyện, hệ thống loa truyền thanh cơ sở, trang "
              "thông tin điện tử của huyện về những tấm gương điển hình, mô hình hay, cách làm sáng tạo."),
        ("p", "- Tổ chức Hội thi kể chuyện về tấm gương đạo đức Hồ Chí Minh trong đoàn viên, hội viên vào dịp kỷ "
              "niệm Ngày sinh Chủ tịch Hồ Chí Minh."),
        ("h", "3. Xây dựng và thực hiện kế hoạch làm theo của tập thể, cá nhân"),
        ("p", "- Mỗi tổ chức cơ sở đảng xác định nội dung đột phá, việc làm cụ thể trong năm 2019; mỗi cán bộ, "
              "đảng viên đăng ký việc làm theo gắn với chức trách, nhiệm vụ được giao."),
        ("p", "- Kết quả thực hiện bản đăng ký là một tiêu chí đánh giá, xếp loại đảng viên cuối năm."),
        ("h", "4. Sơ kết, biểu dương các điển hình tiên tiến"),
        ("p", "- Các chi, đảng bộ cơ sở sơ kết việc thực hiện Chỉ thị số 05-CT/TW gắn với tổng kết công tác xây "
              "dựng Đảng năm 2019; lựa chọn tập thể, cá nhân tiêu biểu đề nghị biểu dương."),
        ("p", "- Ban Thường vụ Huyện ủy biểu dương 10 tập thể và 20 cá nhân tiêu biểu nhân dịp kỷ niệm Ngày sinh "
              "Chủ tịch Hồ Chí Minh."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các cấp ủy, tổ chức đảng trong Đảng bộ huyện căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù "
              "hợp với tình hình của địa phương, cơ quan, đơn vị; báo cáo kết quả về Ban Thường vụ Huyện ủy (qua "
              "Ban Tuyên giáo) trước ngày 30/11/2019."),
        ("p", "2. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy hướng dẫn, theo dõi, đôn đốc việc "
              "thực hiện Kế hoạch; tham mưu Ban Thường vụ Huyện ủy sơ kết, biểu dương điển hình."),
        ("p", "3. Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Chỉ thị số 05-CT/TW vào chương trình kiểm tra, "
              "giám sát năm 2019 của cấp ủy."),
        ("p", "4. Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các đoàn thể chính trị - xã hội huyện tuyên truyền, vận "
              "động đoàn viên, hội viên và nhân dân hưởng ứng, làm theo gương Bác."),
        ("p", "5. Đài Truyền thanh - Truyền hình huyện mở chuyên mục \"Học tập và làm theo gương Bác\", phát sóng "
              "định kỳ hằng tháng."),
    ))
    table = doc.add_table(rows=1, cols=2)
    _set_cell_borders(table, on=False)
    _widths(table, [8.5, 7.5])
    _cell_lines(table.cell(0, 0), ["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo Tỉnh ủy (b/c),",
                                   "- Các đồng chí Huyện ủy viên,", "- Các chi, đảng bộ cơ sở,",
                                   "- Lưu Văn phòng Huyện ủy."], bold_upto=1, center=False, size=11)
    _cell_lines(table.cell(0, 1), ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "Đinh Công Thạch"], bold_upto=6)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The Tổng cục's decision and the plan it issues (a portal's page).

GENERAL_DEPT_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quyết định số 186/QĐ-TCPCTT ban hành Kế hoạch truyền thông năm 2021</title></head>
<body>
<div class="top-bar"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
<div class="main">
<h2 class="news-title">Quyết định số 186/QĐ-TCPCTT ban hành Kế hoạch truyền thông năm 2021</h2>
<p class="post-date">Cập nhật: 14/04/2021</p>
<div class="news-content">
<table style="width:100%;border:none">
<tr>
<td style="width:45%;text-align:center"><p>BỘ NÔNG NGHIỆP VÀ<br>PHÁT TRIỂN NÔNG THÔN<br><b>TỔNG CỤC PHÒNG, CHỐNG THIÊN TAI</b><br>-------</p><p>Số: 186/QĐ-TCPCTT</p></td>
<td style="width:55%;text-align:center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p><p><i>Hà Nội, ngày 12 tháng 4 năm 2021</i></p></td>
</tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Ban hành Kế hoạch truyền thông nâng cao nhận thức cộng đồng về phòng, chống thiên tai năm 2021</b></p>
<p style="text-align:center"><b>TỔNG CỤC TRƯỞNG TỔNG CỤC PHÒNG, CHỐNG THIÊN TAI</b></p>
<p><i>Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19 tháng 6 năm 2013, được sửa đổi, bổ sung bởi Luật số 60/2020/QH14 ngày 17 tháng 6 năm 2020;</i></p>
<p><i>Căn cứ các Nghị định của Chính phủ: số 15/2017/NĐ-CP ngày 17 tháng 02 năm 2017 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Phát triển nông thôn; số 160/2018/NĐ-CP ngày 29 tháng 11 năm 2018 quy định chi tiết thi hành một số điều của Luật Phòng, chống thiên tai;</i></p>
<p><i>Căn cứ Quyết định số 26/2017/QĐ-TTg ngày 03 tháng 7 năm 2017 của Thủ tướng Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Tổng cục Phòng, chống thiên tai thuộc Bộ Nông nghiệp và Phát triển nông thôn;</i></p>
<p><i>Theo đề nghị của Vụ trưởng Vụ Khoa học, Công nghệ và Hợp tác quốc tế.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Ban hành kèm theo Quyết định này Kế hoạch truyền thông nâng cao nhận thức cộng đồng về phòng, chống thiên tai năm 2021.</p>
<p><b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Tổng cục, Vụ trưởng Vụ Khoa học, Công nghệ và Hợp tác quốc tế, Giám đốc Trung tâm Tư vấn và Hỗ trợ kỹ thuật phòng, chống thiên tai và Thủ trưởng các đơn vị thuộc Tổng cục chịu trách nhiệm thi hành Quyết định này./.</p>
<table style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><p><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ trưởng (để b/c);<br>- Thứ trưởng phụ trách (để b/c);<br>- Các Phó Tổng cục trưởng;<br>- Lưu: VT, KHCN.</p></td>
<td style="width:50%;text-align:center;vertical-align:top"><p><b>KT. TỔNG CỤC TRƯỞNG<br>PHÓ TỔNG CỤC TRƯỞNG</b><br><br><br><br><b>Trịnh Văn Khải</b></p></td>
</tr>
</table>
<p>&nbsp;</p>
<table style="width:100%;border:none">
<tr>
<td style="width:45%;text-align:center"><p>BỘ NÔNG NGHIỆP VÀ<br>PHÁT TRIỂN NÔNG THÔN<br><b>TỔNG CỤC PHÒNG, CHỐNG THIÊN TAI</b><br>-------</p></td>
<td style="width:55%;text-align:center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Truyền thông nâng cao nhận thức cộng đồng về phòng, chống thiên tai năm 2021</b></p>
<p style="text-align:center"><i>(Ban hành kèm theo Quyết định số 186/QĐ-TCPCTT ngày 12 tháng 4 năm 2021 của Tổng cục trưởng Tổng cục Phòng, chống thiên tai)</i></p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao nhận thức, kỹ năng phòng, tránh thiên tai của cộng đồng, nhất là người dân ở vùng thường xuyên chịu ảnh hưởng của bão, lũ, sạt lở đất; góp phần giảm thiểu thiệt hại về người và tài sản.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>- 100% tỉnh, thành phố trực thuộc Trung ương được cung cấp bộ tài liệu truyền thông về phòng, chống thiên tai năm 2021;</p>
<p>- Ít nhất 70% số xã thuộc vùng thường xuyên bị ảnh hưởng của thiên tai được phổ biến kiến thức, kỹ năng ứng phó;</p>
<p>- Tối thiểu 500 tuyên truyền viên cấp tỉnh, cấp huyện được tập huấn kỹ năng truyền thông rủi ro thiên tai.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p><b>1. Xây dựng và phát hành tài liệu truyền thông</b></p>
<p>a) Biên soạn bộ tài liệu hướng dẫn kỹ năng phòng, tránh bão, lũ, sạt lở đất cho cộng đồng. Giao Trung tâm Tư vấn và Hỗ trợ kỹ thuật phòng, chống thiên tai chủ trì, phối hợp với Vụ Khoa học, Công nghệ và Hợp tác quốc tế thực hiện; hoàn thành trong Quý II/2021.</p>
<p>b) Sản xuất các video clip, tờ rơi, áp phích về phòng, chống thiên tai bằng tiếng Việt và tiếng một số dân tộc thiểu số. Giao Văn phòng Tổng cục chủ trì, phối hợp với Cục Ứng phó và Khắc phục hậu quả thiên tai thực hiện; hoàn thành trong Quý III/2021.</p>
<p><b>2. Truyền thông trên các phương tiện thông tin đại chúng</b></p>
<p>a) Phối hợp sản xuất chuyên mục phòng, chống thiên tai phát sóng hằng tuần trong mùa mưa bão. Giao Văn phòng Tổng cục chủ trì, phối hợp với Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam thực hiện.</p>
<p>b) Cập nhật tin, bài, cảnh báo thiên tai trên Cổng thông tin điện tử và mạng xã hội của Tổng cục. Giao Trung tâm Tư vấn và Hỗ trợ kỹ thuật phòng, chống thiên tai chủ trì thực hiện.</p>
<p><b>3. Tập huấn và hướng dẫn địa phương</b></p>
<p>a) Tổ chức 06 lớp tập huấn kỹ năng truyền thông rủi ro thiên tai cho tuyên truyền viên cấp tỉnh, cấp huyện tại các vùng. Giao Vụ Khoa học, Công nghệ và Hợp tác quốc tế chủ trì, phối hợp với Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các tỉnh thực hiện.</p>
<p>b) Hướng dẫn các địa phương tổ chức các hoạt động hưởng ứng Ngày Quốc tế giảm nhẹ rủi ro thiên tai. Giao Cục Ứng phó và Khắc phục hậu quả thiên tai chủ trì, phối hợp với Trung ương Hội Chữ thập đỏ Việt Nam thực hiện.</p>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước giao cho Tổng cục năm 2021 và các nguồn tài trợ hợp pháp khác.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Vụ Khoa học, Công nghệ và Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Tổng cục trưởng trước ngày 15 tháng 12 năm 2021.</p>
<p>2. Văn phòng Tổng cục bố trí kinh phí, bảo đảm điều kiện cho các hoạt động truyền thông theo Kế hoạch.</p>
<p>3. Trung tâm Tư vấn và Hỗ trợ kỹ thuật phòng, chống thiên tai chịu trách nhiệm về nội dung chuyên môn của các sản phẩm truyền thông.</p>
<p>4. Thủ trưởng các đơn vị thuộc Tổng cục căn cứ nhiệm vụ được giao chủ động triển khai thực hiện./.</p>
</div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> | <a href="#">In trang</a></div>
</div>
<footer>Bản quyền thuộc Tổng cục Phòng, chống thiên tai. Địa chỉ: Hà Nội.</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. The commune's plan (a scrape saved as Markdown).

COMMUNE_MD = """UBND HUYỆN VÂN KHÊ
**ỦY BAN NHÂN DÂN XÃ HƯNG LÂM**
\\-------

Số: 24/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
\\---------------

*Hưng Lâm, ngày 10 tháng 3 năm 2015*

**KẾ HOẠCH**

**Thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trên địa bàn xã Hưng Lâm năm 2015**

Căn cứ Kế hoạch số 36/KH-UBND ngày 02/02/2015 của UBND huyện Vân Khê về thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2015;

Thực hiện Nghị quyết số 05-NQ/ĐU ngày 15/01/2015 của Đảng ủy xã Hưng Lâm về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2015;

Ủy ban nhân dân xã Hưng Lâm xây dựng Kế hoạch thực hiện như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao chất lượng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", xây dựng nếp sống văn minh, gia đình văn hóa, thôn văn hóa; góp phần hoàn thành tiêu chí văn hóa trong xây dựng nông thôn mới.

**2. Mục tiêu cụ thể**

\\- Phấn đấu 85% hộ gia đình đạt danh hiệu "Gia đình văn hóa";

\\- 100% thôn xây dựng và thực hiện hương ước, quy ước được Ủy ban nhân dân huyện phê duyệt;

\\- 75% số thôn đạt danh hiệu "Thôn văn hóa".

**II. NHIỆM VỤ VÀ GIẢI PHÁP**

**1. Tuyên truyền, vận động thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội**

Tuyên truyền trên loa truyền thanh xã và tại các buổi họp thôn về nếp sống văn minh, bài trừ hủ tục lạc hậu. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài Truyền thanh xã và Trưởng các thôn thực hiện.

**2. Xây dựng, sửa đổi hương ước, quy ước của thôn**

Rà soát, bổ sung hương ước, quy ước phù hợp với quy định của pháp luật, trình Ủy ban nhân dân huyện phê duyệt trước tháng 6 năm 2015. Trưởng các thôn chủ trì, phối hợp với Ban công tác Mặt trận các thôn thực hiện.

**3. Phát triển phong trào thể dục, thể thao quần chúng**

Tổ chức giải bóng chuyền, kéo co chào mừng Ngày Quốc khánh 2/9; duy trì các câu lạc bộ văn nghệ, thể thao ở thôn. Đoàn Thanh niên xã chủ trì, phối hợp với Công chức Văn hóa - Xã hội thực hiện.

**4. Giữ gìn an ninh trật tự, phòng chống tệ nạn xã hội ở khu dân cư**

Xây dựng tổ an ninh tự quản, giải quyết kịp thời mâu thuẫn trong nhân dân từ cơ sở. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã và Trưởng các thôn thực hiện.

**III. KINH PHÍ**

Kinh phí thực hiện được bố trí trong dự toán ngân sách xã năm 2015 và nguồn xã hội hóa.

**IV. TỔ CHỨC THỰC HIỆN**

1\\. Công chức Văn hóa - Xã hội là thường trực Ban Chỉ đạo phong trào của xã; theo dõi, hướng dẫn các thôn thực hiện; tham mưu Ủy ban nhân dân xã sơ kết, tổng kết, bình xét danh hiệu.

2\\. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với phong trào; hướng dẫn Ban công tác Mặt trận các thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc.

3\\. Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Hội Cựu chiến binh xã vận động đoàn viên, hội viên gương mẫu thực hiện nếp sống văn minh.

4\\. Trưởng các thôn tổ chức họp dân, triển khai Kế hoạch đến từng hộ gia đình; báo cáo kết quả về Ủy ban nhân dân xã (qua Công chức Văn hóa - Xã hội) trước ngày 25 tháng 11 năm 2015.

5\\. Trạm Y tế xã tuyên truyền vệ sinh môi trường, an toàn thực phẩm trong việc cưới, việc tang./.

| **Nơi nhận:**<br>\\- UBND huyện (b/c);<br>\\- Phòng Văn hóa và Thông tin huyện;<br>\\- TT Đảng ủy, HĐND xã;<br>\\- Các ban, ngành, đoàn thể xã;<br>\\- Các thôn;<br>\\- Lưu: VP. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Hà Văn Thoại** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 4. The province trade union's plan with its table of activities (legacy .doc).

UNION_ROWS = [
    ("Tổ chức Lễ phát động Tháng Công nhân năm 2010 tại Khu công nghiệp Nam Kỳ Lâm", "Ban Tuyên giáo LĐLĐ tỉnh",
     "Công đoàn các Khu công nghiệp tỉnh", "Ngày 01/5/2010"),
    ("Thăm hỏi, tặng quà đoàn viên, công nhân lao động có hoàn cảnh khó khăn", "Ban Nữ công LĐLĐ tỉnh",
     "Các LĐLĐ huyện, thành phố", "Tháng 5/2010"),
    ("Tổ chức Hội thi an toàn, vệ sinh lao động giỏi trong các doanh nghiệp", "Ban Chính sách - Pháp luật LĐLĐ tỉnh",
     "Sở Lao động - Thương binh và Xã hội", "Tháng 5/2010"),
    ("Đối thoại giữa lãnh đạo tỉnh với công nhân lao động các khu công nghiệp", "Văn phòng LĐLĐ tỉnh",
     "Văn phòng Ủy ban nhân dân tỉnh", "Tháng 5/2010"),
    ("Khám sức khỏe miễn phí cho 500 nữ công nhân lao động", "Ban Nữ công LĐLĐ tỉnh", "Bệnh viện Đa khoa tỉnh",
     "Tháng 5/2010"),
    ("Tư vấn pháp luật lao động, giới thiệu việc làm cho công nhân", "Trung tâm Tư vấn pháp luật LĐLĐ tỉnh",
     "Trung tâm Giới thiệu việc làm tỉnh", "Tháng 5 - 6/2010"),
]


def union_plan() -> bytes:
    doc = _new()
    _layout(doc, ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH KỲ LÂM", "-------", "Số: 86/KH-LĐLĐ"],
            [*MOTTO, "Kỳ Lâm, ngày 22 tháng 3 năm 2010"], widths=(7.5, 8.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Tháng Công nhân năm 2010", bold=True, center=True)
    _body(doc, (
        ("p", "Thực hiện Hướng dẫn số 238/HD-TLĐ ngày 04/3/2010 của Tổng Liên đoàn Lao động Việt Nam về tổ chức "
              "Tháng Công nhân năm 2010;"),
        ("p", "Căn cứ Nghị quyết số 05/NQ-LĐLĐ ngày 15/01/2010 của Ban Chấp hành Liên đoàn Lao động tỉnh về nhiệm "
              "vụ công tác công đoàn năm 2010,"),
        ("p", "Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch tổ chức Tháng Công nhân năm 2010 như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Phát huy vai trò của tổ chức công đoàn trong việc chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính "
              "đáng của đoàn viên, công nhân lao động; tạo sự quan tâm của cấp ủy, chính quyền và người sử dụng lao "
              "động đối với đời sống công nhân."),
        ("p", "2. Các hoạt động tổ chức thiết thực, tiết kiệm, hướng về cơ sở, tập trung vào công nhân lao động ở "
              "các khu công nghiệp và doanh nghiệp ngoài nhà nước."),
        ("h", "II. NỘI DUNG HOẠT ĐỘNG"),
        ("p", "Các hoạt động cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện như sau:"),
    ))
    rows = [["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]]
    rows += [[str(i), *row] for i, row in enumerate(UNION_ROWS, 1)]
    table = _table(doc, rows)
    _widths(table, [1.0, 6.2, 3.6, 3.6, 2.4])
    _body(doc, (
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí tổ chức các hoạt động từ nguồn tài chính công đoàn năm 2010 của Liên đoàn Lao động tỉnh và "
              "nguồn tài trợ của các doanh nghiệp."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Ban Tuyên giáo LĐLĐ tỉnh: là bộ phận thường trực, hướng dẫn, theo dõi việc tổ chức Tháng Công nhân; "
              "tổng hợp, báo cáo Tổng Liên đoàn Lao động Việt Nam trước ngày 30/6/2010."),
        ("p", "2. Văn phòng LĐLĐ tỉnh: bảo đảm kinh phí, phương tiện phục vụ các hoạt động của Kế hoạch."),
        ("p", "3. Các LĐLĐ huyện, thành phố; các Công đoàn ngành; Công đoàn các Khu công nghiệp tỉnh: xây dựng kế hoạch "
              "tổ chức Tháng Công nhân phù hợp với đơn vị; báo cáo kết quả về LĐLĐ tỉnh (qua Ban Tuyên giáo) trước "
              "ngày 15/6/2010."),
        ("p", "4. Các công đoàn cơ sở: phối hợp với người sử dụng lao động tổ chức các hoạt động chăm lo cho đoàn "
              "viên, công nhân lao động tại đơn vị."),
    ))
    closing(doc, ["- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
                  "- Các LĐLĐ huyện, thành phố, CĐ ngành, CĐ các KCN;", "- Lưu: VT, TG."],
            ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Nông Thị Hạnh"])
    # Word always ends a document with a paragraph after its last table (without it LibreOffice's .doc
    # export runs the table's two cells into one paragraph)
    _paragraph(doc, "")
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. The project board's letter (Word -> PDF).

def board_letter() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH TÂY HÀ", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "CÁC CÔNG TRÌNH GIAO THÔNG", "-------",
                  "Số: 412/BQLDA-KHTC", "V/v đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023"],
            [*MOTTO, "Tây Hà, ngày 14 tháng 6 năm 2023"], widths=(7.5, 8.5), bold=(3, 2))
    _paragraph(doc, "")
    _paragraph(doc, "Kính gửi:", center=True)
    _paragraph(doc, "- Các phòng chuyên môn thuộc Ban;", center=True)
    _paragraph(doc, "- Các nhà thầu thi công, đơn vị tư vấn giám sát các dự án do Ban làm chủ đầu tư.", center=True)
    _body(doc, (
        ("p", "Thực hiện Công văn số 1875/UBND-KT ngày 05/6/2023 của UBND tỉnh Tây Hà về việc đẩy nhanh tiến độ giải "
              "ngân vốn đầu tư công năm 2023 và Chỉ thị số 08/CT-UBND ngày 20/02/2023 của Chủ tịch UBND tỉnh về tăng "
              "cường kỷ luật, kỷ cương trong giải ngân vốn đầu tư công;"),
        ("p", "Đến ngày 31/5/2023, các dự án do Ban làm chủ đầu tư mới giải ngân đạt 28,6% kế hoạch vốn được giao, thấp "
              "hơn mức bình quân chung của tỉnh; nguyên nhân chủ yếu do vướng mắc giải phóng mặt bằng tại dự án đường "
              "tỉnh 712 và chậm hoàn thiện hồ sơ thanh toán khối lượng hoàn thành."),
        ("p", "Để phấn đấu giải ngân trên 95% kế hoạch vốn năm 2023 theo chỉ đạo của Ủy ban nhân dân tỉnh, Giám đốc Ban "
              "yêu cầu các phòng, đơn vị thực hiện ngay các nội dung sau:"),
        ("p", "1. Phòng Điều hành dự án:"),
        ("p", "- Rà soát tiến độ từng gói thầu, lập kế hoạch giải ngân chi tiết theo tháng; đề xuất xử lý đối với nhà "
              "thầu vi phạm tiến độ."),
        ("p", "- Phối hợp với Ủy ban nhân dân huyện Tây Sơn và Trung tâm Phát triển quỹ đất tỉnh tháo gỡ vướng mắc giải "
              "phóng mặt bằng dự án đường tỉnh 712, hoàn thành trước ngày 31/7/2023."),
        ("p", "2. Phòng Kỹ thuật - Thẩm định: thẩm định hồ sơ thiết kế, dự toán điều chỉnh, phát sinh trong thời hạn "
              "không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ."),
        ("p", "3. Phòng Kế hoạch - Tài chính: hướng dẫn các nhà thầu hoàn thiện hồ sơ thanh toán; phối hợp với Kho bạc "
              "Nhà nước tỉnh giải ngân kịp thời; tổng hợp báo cáo Giám đốc Ban trước ngày 25 hằng tháng."),
        ("p", "4. Các nhà thầu thi công: bố trí đủ nhân lực, máy móc, thiết bị, tăng ca, tăng kíp để đẩy nhanh tiến độ; "
              "nghiệm thu, lập hồ sơ thanh toán ngay khi có khối lượng hoàn thành."),
        ("p", "5. Các đơn vị tư vấn giám sát: bố trí cán bộ giám sát thường xuyên tại hiện trường; xác nhận khối lượng "
              "hoàn thành đúng thời hạn, không để chậm trễ."),
        ("p", "Đây là nhiệm vụ trọng tâm trong những tháng còn lại của năm 2023, Giám đốc Ban yêu cầu các phòng, đơn vị "
              "nghiêm túc thực hiện./."),
    ))
    closing(doc, ["- Như trên;", "- UBND tỉnh (b/c);", "- Sở Tài chính;", "- Kho bạc Nhà nước tỉnh;",
                  "- Lưu: VT, KHTC."],
            ["GIÁM ĐỐC", "", "", "", "Đặng Quốc Bảo"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. The district People's Council's resolution (.docx).

def council_resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN EA RÔNG", "-------", "Số: 24/NQ-HĐND"],
            [*MOTTO, "Ea Rông, ngày 15 tháng 7 năm 2022"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Thông qua Kế hoạch phát triển cây cà phê bền vững huyện Ea Rông giai đoạn 2022 - 2025",
               bold=True, center=True)
    _paragraph(doc, "-----------", center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN HUYỆN EA RÔNG", bold=True, center=True)
    _paragraph(doc, "KHÓA XII, KỲ HỌP THỨ 4", bold=True, center=True)
    for line in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
                 "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                 "Căn cứ Quyết định số 1250/QĐ-UBND ngày 20 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh Nam Krông phê "
                 "duyệt Đề án tái canh cà phê tỉnh Nam Krông giai đoạn 2022 - 2025;",
                 "Xét Tờ trình số 86/TTr-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân huyện về việc thông qua Kế "
                 "hoạch phát triển cây cà phê bền vững huyện Ea Rông giai đoạn 2022 - 2025; Báo cáo thẩm tra của Ban "
                 "Kinh tế - Xã hội Hội đồng nhân dân huyện; ý kiến thảo luận của đại biểu Hội đồng nhân dân huyện tại "
                 "kỳ họp."):
        _paragraph(doc, line, italic=True, justify=True)
    _paragraph(doc, "QUYẾT NGHỊ:", bold=True, center=True)
    _body(doc, (
        ("h", "Điều 1. Thông qua Kế hoạch phát triển cây cà phê bền vững huyện Ea Rông giai đoạn 2022 - 2025 với "
              "những nội dung chủ yếu sau:"),
        ("p", "1. Mục tiêu"),
        ("p", "a) Mục tiêu chung"),
        ("p", "Phát triển cây cà phê theo hướng bền vững, gắn với chế biến sâu và xây dựng thương hiệu; nâng cao thu "
              "nhập và đời sống của người trồng cà phê trên địa bàn huyện."),
        ("p", "b) Mục tiêu cụ thể đến năm 2025"),
        ("p", "- Tái canh 2.400 ha cà phê già cỗi, năng suất thấp bằng giống mới;"),
        ("p", "- 60% diện tích cà phê được chứng nhận sản xuất theo các tiêu chuẩn bền vững;"),
        ("p", "- 35% sản lượng cà phê nhân được tiêu thụ thông qua hợp đồng liên kết."),
        ("p", "2. Nhiệm vụ, giải pháp"),
        ("p", "a) Tái canh cà phê bằng giống mới có năng suất cao, chất lượng tốt, kháng bệnh;"),
        ("p", "b) Xây dựng chuỗi liên kết sản xuất - chế biến - tiêu thụ cà phê giữa hợp tác xã và doanh nghiệp;"),
        ("p", "c) Hỗ trợ chứng nhận sản xuất cà phê theo tiêu chuẩn bền vững cho các tổ hợp tác, hợp tác xã;"),
        ("p", "d) Đào tạo, tập huấn kỹ thuật canh tác cà phê, sử dụng nước tưới tiết kiệm cho nông dân."),
        ("p", "3. Kinh phí thực hiện"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 56.800 triệu đồng, trong đó: ngân sách huyện 18.300 triệu đồng; "
              "ngân sách tỉnh hỗ trợ 24.000 triệu đồng; nguồn huy động hợp pháp khác 14.500 triệu đồng."),
        ("h", "Điều 2. Tổ chức thực hiện"),
        ("p", "1. Giao Ủy ban nhân dân huyện tổ chức triển khai thực hiện Nghị quyết."),
        ("p", "2. Giao Thường trực Hội đồng nhân dân huyện, các Ban Hội đồng nhân dân huyện, các Tổ đại biểu và đại "
              "biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết."),
        ("p", "3. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội "
              "huyện tuyên truyền, vận động nhân dân tham gia thực hiện Nghị quyết."),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân huyện Ea Rông khóa XII, kỳ họp thứ 4 thông qua ngày 15 tháng 7 "
              "năm 2022 và có hiệu lực từ ngày thông qua./."),
    ))
    closing(doc, ["- Thường trực HĐND tỉnh (b/c);", "- UBND tỉnh (b/c);", "- Thường trực Huyện ủy;", "- UBND huyện;",
                  "- Ban Thường trực UBMTTQVN huyện;", "- Các đại biểu HĐND huyện;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Y Khuê Mlô"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. The Tỉnh ủy's Ban Dân vận's plan (a scrape saved as Markdown).

MASS_MOBILISATION_MD = """ĐẢNG BỘ TỈNH VÂN KHÊ
**BAN DÂN VẬN**
\\*
Số 35-KH/BDVTU

**ĐẢNG CỘNG SẢN VIỆT NAM**
\\---------------

*Vân Khê, ngày 08 tháng 3 năm 2024*

**KẾ HOẠCH**

**thực hiện phong trào thi đua "Dân vận khéo" năm 2024**

\\-----

Thực hiện Kế hoạch số 112-KH/BDVTW, ngày 20/12/2023 của Ban Dân vận Trung ương về công tác dân vận năm 2024; Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp,

Ban Dân vận Tỉnh ủy xây dựng Kế hoạch thực hiện phong trào thi đua "Dân vận khéo" năm 2024 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1\\. Tiếp tục nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể về vị trí, vai trò của phong trào thi đua "Dân vận khéo"; phát huy quyền làm chủ của Nhân dân.

2\\. Phong trào phải gắn với thực hiện nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị; mô hình, điển hình phải cụ thể, thiết thực, có hiệu quả, có khả năng nhân rộng.

**II. NỘI DUNG**

**1. Xây dựng mô hình "Dân vận khéo" trong cải cách hành chính**

\\- Mỗi cơ quan hành chính nhà nước đăng ký ít nhất 01 mô hình gắn với giải quyết thủ tục hành chính cho người dân, doanh nghiệp.

\\- Chú trọng các mô hình tiếp công dân, đối thoại với Nhân dân, giải quyết kịp thời kiến nghị chính đáng của người dân.

**2. Xây dựng mô hình "Dân vận khéo" trong phát triển kinh tế, xây dựng nông thôn mới**

\\- Vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn, chỉnh trang khu dân cư.

\\- Nhân rộng các mô hình liên kết sản xuất, giúp nhau phát triển kinh tế, giảm nghèo bền vững.

**3. Xây dựng mô hình "Dân vận khéo" trong bảo đảm quốc phòng, an ninh**

\\- Xây dựng các tổ tự quản về an ninh, trật tự ở khu dân cư vùng đồng bào dân tộc thiểu số, vùng biên giới.

\\- Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số.

**4. Sơ kết, tổng kết và khen thưởng**

\\- Định kỳ 6 tháng, một năm đánh giá kết quả phong trào; lựa chọn mô hình tiêu biểu để biểu dương, nhân rộng.

\\- Tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" cấp tỉnh vào tháng 12/2024.

**III. TỔ CHỨC THỰC HIỆN**

1\\. Ban Dân vận các huyện ủy, thành ủy: tham mưu cấp ủy chỉ đạo thực hiện phong trào thi đua "Dân vận khéo" ở địa phương; báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 30/11/2024.

2\\. Đề nghị Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh chỉ đạo hệ thống Mặt trận, đoàn thể các cấp đăng ký, xây dựng mô hình "Dân vận khéo" trong đoàn viên, hội viên.

3\\. Đề nghị Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo các sở, ngành, Ủy ban nhân dân các huyện, thành phố gắn phong trào với công tác cải cách hành chính.

4\\. Văn phòng Ban Dân vận Tỉnh ủy: theo dõi, đôn đốc, tổng hợp kết quả, tham mưu sơ kết, tổng kết phong trào.

| **Nơi nhận:**<br>\\- Thường trực Tỉnh ủy (b/c),<br>\\- Ban Dân vận Trung ương (b/c),<br>\\- Ban Dân vận các huyện ủy, thành ủy,<br>\\- Đảng đoàn MTTQ và các đoàn thể tỉnh,<br>\\- Lưu Văn phòng Ban. | **K/T TRƯỞNG BAN**<br>**PHÓ TRƯỞNG BAN**<br><br><br>**Lò Thị Mai Hương** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 8. The province Red Cross's plan of 2008 (a portal's page).

RED_CROSS_ACTIVITIES = [
    ("Tổ chức Lễ phát động Tháng Nhân đạo cấp tỉnh năm 2008", "Ngày 08/5/2008", "Ban Tuyên truyền - Huấn luyện",
     "Đài Phát thanh - Truyền hình tỉnh"),
    ("Vận động ủng hộ Quỹ Nhân đạo và chương trình Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo",
     "Tháng 5/2008", "Ban Công tác xã hội", "Hội Chữ thập đỏ các huyện, thành phố"),
    ("Tổ chức ngày hội hiến máu tình nguyện \"Giọt hồng tri ân\"", "Tháng 5 - 6/2008",
     "Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh", "Bệnh viện Đa khoa tỉnh; Tỉnh đoàn"),
    ("Thăm hỏi, tặng quà nạn nhân chất độc da cam/dioxin có hoàn cảnh đặc biệt khó khăn", "Tháng 5/2008",
     "Văn phòng Hội", "Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
]


def _red_cross_html() -> str:
    activities = "\n".join(
        f"<p><b>{i}. {title}</b></p>\n<p>- Thời gian: {when}.</p>\n<p>- Chủ trì: {lead}.</p>\n<p>- Phối hợp: {partner}.</p>"
        for i, (title, when, lead, partner) in enumerate(RED_CROSS_ACTIVITIES, 1))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch triển khai Tháng Nhân đạo năm 2008 - Hội Chữ thập đỏ tỉnh Bắc Lâm</title></head>
<body>
<div id="header"><img src="/images/logo-ctd.png" alt="Hội Chữ thập đỏ tỉnh Bắc Lâm"> <span>HỘI CHỮ THẬP ĐỎ TỈNH BẮC LÂM</span></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/tin-hoat-dong">Tin hoạt động</a> | <a href="/van-ban">Văn bản</a></div>
<div id="content">
<h1>Kế hoạch triển khai Tháng Nhân đạo năm 2008</h1>
<div class="date">Thứ Hai, 05/05/2008 - 15:20</div>
<table width="100%" border="0">
<tr><td width="45%" align="center">TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM<br><b>HỘI CHỮ THẬP ĐỎ TỈNH BẮC LÂM</b><br>-------<br>Số: 45/KH-CTĐ</td>
<td width="55%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Bắc Lâm, ngày 05 tháng 5 năm 2008</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH<br>Triển khai Tháng Nhân đạo năm 2008</b></p>
<p>Thực hiện Hướng dẫn số 112/HD-TWH ngày 02/4/2008 của Trung ương Hội Chữ thập đỏ Việt Nam về tổ chức Tháng Nhân đạo năm 2008;</p>
<p>Căn cứ Chương trình công tác năm 2008 của Ban Thường vụ Hội Chữ thập đỏ tỉnh,</p>
<p>Ban Thường vụ Hội Chữ thập đỏ tỉnh Bắc Lâm xây dựng Kế hoạch triển khai Tháng Nhân đạo năm 2008 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>1. Phát huy truyền thống nhân đạo của dân tộc, tinh thần tương thân tương ái trong các tầng lớp Nhân dân; huy động nguồn lực giúp đỡ người nghèo, người có hoàn cảnh khó khăn.</p>
<p>2. Các hoạt động phải thiết thực, công khai, minh bạch, đúng đối tượng; không phô trương, hình thức.</p>
<p><b>II. CÁC HOẠT ĐỘNG CHÍNH</b></p>
{activities}
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Ban Tuyên truyền - Huấn luyện: xây dựng nội dung tuyên truyền, phối hợp với các cơ quan báo chí đưa tin về các hoạt động của Tháng Nhân đạo.</p>
<p>2. Hội Chữ thập đỏ các huyện, thành phố: xây dựng kế hoạch, tổ chức các hoạt động tại địa phương; báo cáo kết quả về Hội Chữ thập đỏ tỉnh trước ngày 15/6/2008.</p>
<p>3. Các chi hội cơ sở: vận động hội viên, tình nguyện viên tham gia các hoạt động nhân đạo tại cơ sở.</p>
<p>4. Đề nghị Sở Y tế chỉ đạo các bệnh viện phối hợp tổ chức ngày hội hiến máu tình nguyện./.</p>
<table width="100%" border="0">
<tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- TW Hội CTĐ Việt Nam (b/c);<br>- TT Tỉnh ủy, UBND tỉnh (b/c);<br>- Hội CTĐ các huyện, thành phố;<br>- Lưu: VP.</td>
<td width="50%" align="center" valign="top"><b>TM. BAN THƯỜNG VỤ<br>CHỦ TỊCH</b><br><br><br><br><b>Vi Văn Thắm</b></td></tr>
</table>
</div>
<div id="footer">Hội Chữ thập đỏ tỉnh Bắc Lâm - Tổ 5, phường Trung tâm, thành phố Bắc Lâm</div>
</body>
</html>
"""


def _pdf_layout_text(docx_bytes: bytes, name: str) -> bytes:
    """The Word file exported to PDF by LibreOffice, then `pdftotext -layout` of it."""
    from tests.renditions.generate import pdftotext
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / Path(name).with_suffix(".docx").name
        src.write_bytes(docx_bytes)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        out = pdftotext(src.with_suffix(".pdf"), Path(tmp) / "out.txt", layout=True)
        return out.read_bytes()


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / GENERAL_DEPT).write_text(GENERAL_DEPT_HTML, encoding="utf-8")
    (folder / COMMUNE).write_text(COMMUNE_MD, encoding="utf-8")
    (folder / COUNCIL).write_bytes(council_resolution())
    (folder / MASS_MOBILISATION).write_text(MASS_MOBILISATION_MD, encoding="utf-8")
    (folder / RED_CROSS).write_text(_red_cross_html(), encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the .txt, PDFs and .doc not written", file=sys.stderr)
        return
    (folder / PARTY).write_bytes(_pdf_layout_text(party_plan(), PARTY))
    (folder / UNION).write_bytes(_soffice(union_plan(), UNION, "doc"))
    (folder / BOARD).write_bytes(_soffice(board_letter(), BOARD, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
