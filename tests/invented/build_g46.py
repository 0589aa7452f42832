"""Invented documents of hold-out round G46: a province's "Chương trình hành động" carrying out a resolution of the
province's Party Committee, its bases citing a Central Committee resolution, a Politburo "Kết luận", a Prime
Minister's "Chỉ thị" and an HĐND resolution with a long name, its "Tổ chức thực hiện" written agency by agency
("1. Sở Nội vụ:" and sub-bullets holding "Chủ trì, phối hợp với ...", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
tỉnh ..."), printed to PDF by LibreOffice; a provincial health department's plan as a portal page whose targets carry
comparison signs and ranges ("≥ 95%", "Trên 90%", "từ 85% đến 90%", "không quá 5%", "giảm 10% so với năm 2025") and a
per-unit count ("Mỗi xã, phường có ít nhất 02 mô hình"); a commune's plan after the 2025 reorganisation (a "xã" right
under the province: "Sở Nông nghiệp và Môi trường", "Công an xã", "Ban Chỉ huy quân sự xã") as a crawler saves the page,
its money given year by year in prose ("Năm 2027: 1.250 triệu đồng (ngân sách tỉnh 800 triệu đồng, ngân sách xã 450
triệu đồng)"), a "dự kiến" total with a socialised source ("nguồn xã hội hóa") and a small tab table by source and year;
an education department's plan as a Markdown scrape, its targets as bullets with "trở lên"/"dưới" and its
"Phân công nhiệm vụ" agency by agency with "-" sub-bullets.

The documents:
- g46_tinh-quanglinh: a province's action programme carrying out a Party resolution, 2026 - 2030 (.pdf by LibreOffice);
- g46_syt-cambinh: a health department's plan against non-communicable diseases, 2027 (.html);
- g46_xa-anthai: a commune's plan for medicinal-herb growing areas, 2027 - 2029 (.txt crawl);
- g46_sgddt-kimthanh: an education department's plan for foreign-language teaching, school year 2026 - 2027 (.md).

The reading the set's conventions imply: the programme's title the line after "CHƯƠNG TRÌNH HÀNH ĐỘNG" (the set's
"Hành động thực hiện ..." or the line as written), the Party resolution it carries out a "Thực hiện" basis, the
"Kết luận" and "Chỉ thị" bases of their own; a target's sign or range word no part of its value ("≥ 95%" 95, "từ 85%
đến 90%" both ends, "giảm 10% so với năm 2025" 10), a per-unit count no percent; each year's sum and each source in its
brackets a statement with that year, the "dự kiến" total and its sources with none; the tab table one item per amount
cell, its source from the row; "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"
two responsibilities.

First pass (golds written by hand before the first extraction, commit 68b0ea35; the 4 documents scored alone, code of
384bebc3): micro 232/233/233 (0.996). The one miss: the programme's partner "các cơ quan, đơn vị sử dụng nhân lực"
cut at "sử dụng" read as its verb (normalizers.agencies.VERB, tests/test_g46_user_named_units.py); probing it found "X
và các hợp tác xã" naming "X xã" (a cooperative's "xã" taken for a level the pair shares, normalizers.agencies
._LEVEL_END, tests/test_g46_cooperative_level.py). After: 233/233/233. As other renditions (tests.invented.renditions,
--only g46_): docx 124/124/124, pdf-raw 233/233/233, html-md and html-text 53/53/53 each; the commune's tab table once
its .txt is a Word file printed to PDF loses its columns (lo-pdf 166/177/177, pdf-layout 220/226/233, pdf-plain
218/218/233: every other field whole): Word's default tab stops set the short amounts closer together than the header
words, and the columns are read by position (a reader's matter, left); docx-html was not made (LibreOffice's HTML
export hung on this machine).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g46 OUTDIR`
writes every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province's action programme carrying out a Party resolution, LibreOffice PDF.

PROGRAMME_DOC = "g46_tinh-quanglinh_52-ctr-ubnd_2026_chuong-trinh-hanh-dong-nghi-quyet-tinh-uy.pdf"

PROGRAMME_TITLE = ("Thực hiện Nghị quyết số 09-NQ/TU ngày 20 tháng 01 năm 2026 của Ban Chấp hành Đảng bộ tỉnh về phát "
                   "triển nguồn nhân lực chất lượng cao tỉnh Quang Lĩnh giai đoạn 2026 - 2030, tầm nhìn đến năm 2035")

PROGRAMME_BODY = [
    ("i", "Căn cứ Nghị quyết số 39-NQ/TW ngày 15 tháng 5 năm 2025 của Ban Chấp hành Trung ương Đảng về phát triển "
          "nguồn nhân lực đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa đất nước trong giai đoạn mới;"),
    ("i", "Căn cứ Kết luận số 162-KL/TW ngày 08 tháng 9 năm 2025 của Bộ Chính trị về tiếp tục đổi mới, nâng cao chất "
          "lượng giáo dục nghề nghiệp;"),
    ("i", "Căn cứ Chỉ thị số 21/CT-TTg ngày 17 tháng 10 năm 2025 của Thủ tướng Chính phủ về đẩy mạnh đào tạo, thu hút "
          "nhân lực chất lượng cao cho các ngành công nghiệp mũi nhọn;"),
    ("i", "Căn cứ Nghị quyết số 24/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Quang Lĩnh quy "
          "định chính sách thu hút, đãi ngộ người có trình độ cao và hỗ trợ đào tạo sau đại học đối với cán bộ, công "
          "chức, viên chức trên địa bàn tỉnh Quang Lĩnh giai đoạn 2026 - 2030;"),
    ("i", "Thực hiện Nghị quyết số 09-NQ/TU ngày 20 tháng 01 năm 2026 của Ban Chấp hành Đảng bộ tỉnh về phát triển "
          "nguồn nhân lực chất lượng cao tỉnh Quang Lĩnh giai đoạn 2026 - 2030, tầm nhìn đến năm 2035;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Chương trình hành động với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp của Nghị quyết số 09-NQ/TU thành các nhiệm vụ "
          "cụ thể để các sở, ban, ngành, địa phương tổ chức thực hiện."),
    ("p", "2. Xác định rõ trách nhiệm của từng cơ quan, đơn vị; bảo đảm sự phối hợp chặt chẽ trong quá trình triển "
          "khai."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu tổng quát"),
    ("p", "Phát triển nguồn nhân lực chất lượng cao đủ về số lượng, hợp lý về cơ cấu, đáp ứng yêu cầu phát triển các "
          "ngành công nghiệp chế biến, du lịch và kinh tế số của tỉnh."),
    ("h", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "- Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 38%."),
    ("p", "- Thu hút ít nhất 150 người có trình độ thạc sĩ, tiến sĩ và chuyên gia đầu ngành về làm việc tại tỉnh."),
    ("p", "- 100% cán bộ, công chức cấp tỉnh, cấp xã được bồi dưỡng kỹ năng số."),
    ("p", "- Có 02 trường cao đẳng đạt chuẩn chất lượng cao."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "1. Nâng cao chất lượng giáo dục nghề nghiệp gắn với nhu cầu của doanh nghiệp: Sở Giáo dục và Đào tạo chủ "
          "trì, phối hợp với Sở Tài chính, Ban Quản lý các khu công nghiệp tỉnh thực hiện."),
    ("p", "2. Thu hút, trọng dụng người có trình độ cao: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan, "
          "đơn vị sử dụng nhân lực thực hiện."),
    ("p", "3. Phát triển nhân lực số, nâng cao kỹ năng số cho cán bộ, công chức và người lao động: Sở Khoa học và Công "
          "nghệ chủ trì, phối hợp với Sở Nội vụ, Ủy ban nhân dân các xã, phường thực hiện."),
    ("p", "4. Hợp tác với các cơ sở đào tạo trong nước và quốc tế: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Công "
          "Thương, Trường Đại học Quang Lĩnh thực hiện."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Chương trình được bố trí từ ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các "
          "chương trình, dự án và huy động các nguồn hợp pháp khác."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nội vụ:"),
    ("p", "- Chủ trì, phối hợp với các sở, ban, ngành hướng dẫn, theo dõi, đôn đốc việc thực hiện Chương trình; trước "
          "ngày 10 tháng 12 hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Thường vụ Tỉnh ủy."),
    ("p", "- Tham mưu sửa đổi, bổ sung chính sách thu hút, đãi ngộ người có trình độ cao phù hợp với điều kiện của tỉnh."),
    ("p", "2. Sở Tài chính:"),
    ("p", "- Chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng "
          "năm."),
    ("p", "3. Sở Giáo dục và Đào tạo:"),
    ("p", "- Chủ trì thực hiện các nhiệm vụ phát triển giáo dục nghề nghiệp; phối hợp với Ban Quản lý các khu công nghiệp "
          "tỉnh khảo sát nhu cầu lao động của doanh nghiệp."),
    ("p", "4. Công an tỉnh:"),
    ("p", "- Chủ trì bảo đảm an ninh, an toàn thông tin đối với cơ sở dữ liệu nguồn nhân lực của tỉnh."),
    ("p", "5. Ủy ban nhân dân các xã, phường:"),
    ("p", "- Xây dựng kế hoạch thực hiện tại địa phương; rà soát, thống kê lao động qua đào tạo trên địa bàn."),
    ("p", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên "
          "truyền, vận động đoàn viên, hội viên tham gia học nghề, nâng cao kỹ năng nghề nghiệp./."),
]


def action_programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUANG LĨNH", "-------", "Số: 52/CTr-UBND"],
            [*MOTTO, "Quang Lĩnh, ngày 14 tháng 4 năm 2026"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, center=True, size=14)
    _paragraph(doc, PROGRAMME_TITLE, bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, PROGRAMME_BODY)
    closing(doc, ["- Văn phòng Trung ương Đảng (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- UBMTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Vương Đình Khải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A health department's plan, targets with comparison signs and ranges, portal page.

HEALTH_HTML = "g46_syt-cambinh_318-kh-syt_2027_benh-khong-lay-nhiem-dau-so-sanh-portal.html"

HEALTH_TEXT = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch phòng, chống bệnh không lây nhiễm năm 2027 - Sở Y tế tỉnh Cẩm Bình</title></head>
<body>
<nav class="menu"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></nav>
<div class="post-meta">Đăng ngày: 12/01/2027 | Chuyên mục: Văn bản chỉ đạo điều hành</div>
<div class="entry-content">
<table style="width:100%;border:none"><tbody><tr>
<td style="text-align:center;width:40%">UBND TỈNH CẨM BÌNH<br><strong>SỞ Y TẾ</strong><br>-------<br>Số: 318/KH-SYT</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>---------------<br><em>Cẩm Bình, ngày 08 tháng 01 năm 2027</em></td>
</tr></tbody></table>
<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>Phòng, chống bệnh không lây nhiễm và quản lý bệnh mạn tính tại tuyến y tế cơ sở tỉnh Cẩm Bình năm 2027</strong></p>
<p><em>Căn cứ Quyết định số 1840/QĐ-BYT ngày 25 tháng 6 năm 2026 của Bộ trưởng Bộ Y tế ban hành Kế hoạch hành động quốc gia phòng, chống bệnh không lây nhiễm giai đoạn 2026 - 2030;</em></p>
<p><em>Thực hiện Kế hoạch số 412/KH-UBND ngày 19 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh Cẩm Bình về bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân năm 2027;</em></p>
<p>Sở Y tế xây dựng Kế hoạch phòng, chống bệnh không lây nhiễm năm 2027 như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung</strong></p>
<p>Giảm tỷ lệ mắc và tử vong sớm do bệnh không lây nhiễm; nâng cao năng lực của trạm y tế xã, phường trong dự phòng, phát hiện sớm, quản lý và điều trị bệnh mạn tính tại cộng đồng.</p>
<p><strong>2. Chỉ tiêu cụ thể năm 2027</strong></p>
<p>- Tỷ lệ trạm y tế xã, phường triển khai quản lý, điều trị tăng huyết áp và đái tháo đường ≥ 95%.</p>
<p>- Trên 90% người bị tăng huyết áp được phát hiện được quản lý, điều trị theo hướng dẫn chuyên môn.</p>
<p>- Tỷ lệ người từ 40 tuổi trở lên được sàng lọc đái tháo đường đạt từ 85% đến 90%.</p>
<p>- Tỷ lệ người bệnh tăng huyết áp, đái tháo đường bỏ điều trị trong năm không quá 5%.</p>
<p>- Số ca tử vong sớm do bệnh tim mạch giảm 10% so với năm 2025.</p>
<p>- Mỗi xã, phường có ít nhất 02 mô hình câu lạc bộ người bệnh mạn tính hoạt động thường xuyên.</p>
<p><strong>II. NHIỆM VỤ VÀ GIẢI PHÁP</strong></p>
<p>1. Truyền thông nâng cao nhận thức về phòng, chống bệnh không lây nhiễm. Giao Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Cẩm Bình thực hiện.</p>
<p>2. Sàng lọc, phát hiện sớm và quản lý người bệnh tại trạm y tế. Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh và Trạm Y tế các xã, phường thực hiện.</p>
<p>3. Bảo đảm thuốc, vật tư thiết yếu cho quản lý bệnh mạn tính tại tuyến xã. Giao Phòng Nghiệp vụ Dược chủ trì, phối hợp với Bảo hiểm xã hội tỉnh thực hiện.</p>
<p>4. Đào tạo, tập huấn cho nhân viên y tế tuyến xã. Giao Bệnh viện Đa khoa tỉnh chủ trì, phối hợp với Trường Cao đẳng Y tế Cẩm Bình thực hiện.</p>
<p><strong>III. KINH PHÍ THỰC HIỆN</strong></p>
<p>Kinh phí thực hiện Kế hoạch năm 2027 là 3.480 triệu đồng, gồm: ngân sách tỉnh 2.900 triệu đồng; ngân sách trung ương hỗ trợ 580 triệu đồng.</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Phòng Nghiệp vụ Y: Là đầu mối tham mưu Giám đốc Sở triển khai Kế hoạch; kiểm tra, giám sát việc quản lý bệnh mạn tính tại trạm y tế; tổng hợp, báo cáo kết quả trước ngày 20 tháng 12 năm 2027.</p>
<p>2. Trung tâm Kiểm soát bệnh tật tỉnh: Hướng dẫn chuyên môn về sàng lọc, quản lý bệnh không lây nhiễm; cập nhật số liệu trên hệ thống quản lý hồ sơ sức khỏe điện tử.</p>
<p>3. Phòng Kế hoạch - Tài chính: Tham mưu phân bổ, hướng dẫn sử dụng và thanh quyết toán kinh phí theo quy định.</p>
<p>4. Đề nghị Ủy ban nhân dân các xã, phường: Chỉ đạo Trạm Y tế xã, phường thực hiện các chỉ tiêu được giao; bố trí địa điểm sinh hoạt câu lạc bộ người bệnh mạn tính.</p>
<table style="width:100%;border:none"><tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- Bộ Y tế (b/c);<br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các đơn vị trực thuộc Sở;<br>- UBND các xã, phường;<br>- Lưu: VT, NVY.</td>
<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><br><strong>Trịnh Minh Tâm</strong></td>
</tr></tbody></table>
</div>
<div class="footer">Sở Y tế tỉnh Cẩm Bình - Địa chỉ: số 25 đường Lê Lợi, phường Trung Tâm, tỉnh Cẩm Bình</div>
</body></html>
"""

# ---------------------------------------------------------------------------
# 3. A commune's plan after the 2025 reorganisation, money year by year in prose and a tab table, crawl.

COMMUNE_TXT = "g46_xa-anthai_86-kh-ubnd_2026_duoc-lieu-kinh-phi-tung-nam-xa-hoi-hoa-crawl.txt"

COMMUNE_TEXT = """Cổng thông tin điện tử xã An Thái - tỉnh Hưng Thái
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
Văn bản chỉ đạo điều hành
Ngày ban hành: 22/12/2026 | Lượt xem: 318
ỦY BAN NHÂN DÂN
XÃ AN THÁI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 86/KH-UBND
An Thái, ngày 22 tháng 12 năm 2026
KẾ HOẠCH
Phát triển vùng trồng cây dược liệu gắn với chế biến sâu trên địa bàn xã An Thái giai đoạn 2027 - 2029
Căn cứ Nghị quyết số 31/2026/NQ-HĐND ngày 18 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh Hưng Thái quy định chính sách hỗ trợ phát triển cây dược liệu trên địa bàn tỉnh Hưng Thái giai đoạn 2026 - 2030;
Căn cứ Nghị quyết số 15/NQ-HĐND ngày 16 tháng 12 năm 2026 của Hội đồng nhân dân xã An Thái về kế hoạch phát triển kinh tế - xã hội năm 2027;
Theo đề nghị của Trưởng phòng Kinh tế xã tại Tờ trình số 57/TTr-KT ngày 15 tháng 12 năm 2026.
Ủy ban nhân dân xã An Thái ban hành Kế hoạch phát triển vùng trồng cây dược liệu giai đoạn 2027 - 2029 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Hình thành vùng trồng cây dược liệu tập trung theo chuỗi giá trị, gắn với chế biến sâu và tiêu thụ ổn định; nâng cao thu nhập cho người dân, góp phần giữ vững tiêu chí xã nông thôn mới nâng cao.
2. Mục tiêu cụ thể đến năm 2029
- Diện tích trồng cây dược liệu đạt 180 ha, trong đó ít nhất 60% diện tích được cấp mã số vùng trồng.
- 100% hợp tác xã trồng dược liệu áp dụng quy trình sản xuất theo tiêu chuẩn GACP-WHO.
- Thu nhập bình quân của hộ tham gia liên kết tăng 25% so với năm 2026.
II. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, quy hoạch vùng trồng tập trung: Phòng Kinh tế xã chủ trì, phối hợp với Sở Nông nghiệp và Môi trường và Ban quản lý các thôn thực hiện.
2. Chuyển giao kỹ thuật, hỗ trợ cấp mã số vùng trồng: Phòng Kinh tế xã chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh thực hiện.
3. Bảo đảm an ninh trật tự, phòng cháy tại vùng sản xuất: Công an xã chủ trì, phối hợp với Ban Chỉ huy quân sự xã và Ban quản lý các thôn thực hiện.
4. Xây dựng liên kết sản xuất, chế biến và tiêu thụ sản phẩm: Phòng Kinh tế xã chủ trì, phối hợp với Hợp tác xã Dược liệu An Thái và các doanh nghiệp liên kết thực hiện.
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2027 - 2029 dự kiến là 3.860 triệu đồng, trong đó: ngân sách tỉnh 2.100 triệu đồng; ngân sách xã 1.060 triệu đồng; nguồn xã hội hóa 700 triệu đồng. Phân kỳ theo năm như sau:
- Năm 2027: 1.250 triệu đồng (ngân sách tỉnh 800 triệu đồng, ngân sách xã 450 triệu đồng).
- Năm 2028: 1.380 triệu đồng (ngân sách tỉnh 700 triệu đồng, ngân sách xã 330 triệu đồng, nguồn xã hội hóa 350 triệu đồng).
- Năm 2029: 1.230 triệu đồng (ngân sách tỉnh 600 triệu đồng, ngân sách xã 280 triệu đồng, nguồn xã hội hóa 350 triệu đồng).
Bảng tổng hợp kinh phí theo nguồn và năm
ĐVT: triệu đồng
TT	Nguồn kinh phí	Năm 2027	Năm 2028	Năm 2029	Tổng cộng
1	Ngân sách tỉnh	800	700	600	2.100
2	Ngân sách xã	450	330	280	1.060
3	Nguồn xã hội hóa	-	350	350	700
	Tổng cộng	1.250	1.380	1.230	3.860
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế xã: Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã tổ chức thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15 tháng 12 hằng năm.
2. Công an xã: Bảo đảm an ninh trật tự tại vùng trồng, cơ sở chế biến; xử lý các hành vi vi phạm theo quy định.
3. Ban Chỉ huy quân sự xã: Phối hợp với Công an xã và các thôn tổ chức lực lượng tham gia phòng cháy, chữa cháy tại vùng sản xuất.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: Tuyên truyền, vận động Nhân dân tham gia liên kết sản xuất dược liệu.
5. Ban quản lý các thôn: Vận động hộ gia đình dồn điền, đổi thửa, tham gia vùng trồng tập trung.
Nơi nhận:
- Sở Nông nghiệp và Môi trường tỉnh Hưng Thái;
- TT Đảng ủy, TT HĐND xã;
- Chủ tịch, các PCT UBND xã;
- Ủy ban MTTQ Việt Nam xã;
- Các thôn;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Lương Văn Định
Bản quyền thuộc Ủy ban nhân dân xã An Thái
"""

# ---------------------------------------------------------------------------
# 4. An education department's plan, bullets of targets and tasks assigned agency by agency, Markdown scrape.

EDUCATION_MD = "g46_sgddt-kimthanh_1207-kh-sgddt_2026_ngoai-ngu-phan-cong-tung-don-vi-md.md"

EDUCATION_TEXT = """[Trang chủ](/) / [Văn bản](/van-ban) / Kế hoạch

# Kế hoạch nâng cao chất lượng dạy và học ngoại ngữ năm học 2026 - 2027

*Ngày đăng: 18/9/2026 | Lượt xem: 1.027*

| **UBND TỈNH KIM THÀNH**<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO**<br>\\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>\\--------------- |
|---|---|
| Số: 1207/KH-SGDĐT | *Kim Thành, ngày 15 tháng 9 năm 2026* |

**KẾ HOẠCH**

**Nâng cao chất lượng dạy và học ngoại ngữ trong các cơ sở giáo dục tỉnh Kim Thành năm học 2026 - 2027**

*Căn cứ Quyết định số 2650/QĐ-BGDĐT ngày 12 tháng 8 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch triển khai Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2026 - 2030;*

*Thực hiện Kế hoạch số 296/KH-UBND ngày 28 tháng 8 năm 2026 của Ủy ban nhân dân tỉnh Kim Thành về từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học giai đoạn 2026 - 2030;*

Sở Giáo dục và Đào tạo ban hành Kế hoạch nâng cao chất lượng dạy và học ngoại ngữ năm học 2026 - 2027 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao năng lực sử dụng ngoại ngữ của học sinh và đội ngũ giáo viên; đổi mới phương pháp dạy học, kiểm tra, đánh giá theo hướng phát triển năng lực giao tiếp.

**2. Chỉ tiêu cụ thể**

\\- 100% trường tiểu học tổ chức dạy tiếng Anh bắt buộc từ lớp 1.

\\- Tỷ lệ giáo viên tiếng Anh đạt chuẩn năng lực ngoại ngữ bậc 5 trở lên đạt từ 70% trở lên.

\\- Tỷ lệ học sinh lớp 12 có điểm thi tốt nghiệp môn tiếng Anh dưới trung bình giảm xuống dưới 8%.

\\- Mỗi trường trung học phổ thông có ít nhất 01 câu lạc bộ tiếng Anh hoạt động thường xuyên.

**II. NHIỆM VỤ VÀ GIẢI PHÁP**

**1. Bồi dưỡng nâng cao năng lực đội ngũ giáo viên**

\\- Tổ chức khảo sát năng lực ngoại ngữ, bồi dưỡng phương pháp giảng dạy cho giáo viên tiếng Anh các cấp.

\\- Đơn vị chủ trì: Phòng Tổ chức cán bộ; đơn vị phối hợp: Phòng Giáo dục phổ thông, Trường Đại học Kim Thành.

**2. Đổi mới kiểm tra, đánh giá năng lực ngoại ngữ của học sinh**

\\- Xây dựng ngân hàng câu hỏi đánh giá bốn kỹ năng nghe, nói, đọc, viết; tổ chức thi thử trực tuyến cho học sinh lớp 12.

\\- Đơn vị chủ trì: Phòng Quản lý chất lượng; đơn vị phối hợp: Phòng Giáo dục phổ thông.

**3. Tăng cường môi trường sử dụng ngoại ngữ trong nhà trường**

\\- Tổ chức ngày hội tiếng Anh, cuộc thi hùng biện tiếng Anh cấp tỉnh; phát triển câu lạc bộ tiếng Anh.

\\- Đơn vị chủ trì: Phòng Giáo dục phổ thông; đơn vị phối hợp: Tỉnh đoàn Kim Thành, các trường trung học phổ thông.

**III. KINH PHÍ THỰC HIỆN**

Tổng kinh phí dự kiến là 2.640 triệu đồng, trong đó: ngân sách tỉnh 2.040 triệu đồng; nguồn xã hội hóa 600 triệu đồng.

**IV. PHÂN CÔNG NHIỆM VỤ**

**1. Phòng Giáo dục phổ thông**

\\- Chủ trì, phối hợp với các phòng chuyên môn thuộc Sở hướng dẫn các trường tổ chức dạy học tiếng Anh theo chương trình giáo dục phổ thông.

\\- Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở trước ngày 31 tháng 5 năm 2027.

**2. Phòng Kế hoạch - Tài chính**

\\- Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí đúng quy định.

**3. Phòng Quản lý chất lượng**

\\- Chủ trì xây dựng ngân hàng câu hỏi, tổ chức các kỳ khảo sát, đánh giá năng lực ngoại ngữ.

**4. Các trường trung học phổ thông trực thuộc Sở**

\\- Xây dựng kế hoạch của đơn vị; bố trí đủ giáo viên, thời lượng dạy học tiếng Anh; duy trì hoạt động câu lạc bộ tiếng Anh.

| **Nơi nhận:**<br>- Bộ GDĐT (để b/c);<br>- UBND tỉnh (để b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng thuộc Sở;<br>- Các trường THPT trực thuộc;<br>- Lưu: VT, GDPT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br><br>**Đặng Thu Hằng** |
|---|---|

*Tệp đính kèm: KH-1207-SGDDT.pdf*
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROGRAMME_DOC).write_bytes(_pdf(action_programme(), PROGRAMME_DOC))
    (folder / HEALTH_HTML).write_text(HEALTH_TEXT, encoding="utf-8")
    (folder / COMMUNE_TXT).write_text(COMMUNE_TEXT, encoding="utf-8")
    (folder / EDUCATION_MD).write_text(EDUCATION_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
