"""Invented documents of hold-out round G4: more unseen documents of the dev set's kinds, other shapes than
E3/F3/G3.

- a province chairman's Chỉ thị of 2025: a preamble of last year's problems with figures (distractors), then
  numbered directions "1. Sở Tài nguyên và Môi trường:" with lettered duties a), b), c) under each, a last point on
  reporting deadlines; no budget (.docx);
- a Sở's Kế hoạch of 2026 reposted on a district portal (.html) whose tasks are nested <ol>/<ul> lists: groups in an
  <ol>, lettered tasks in an <ol type="a"> naming the lead at the end ("(Đơn vị thực hiện: ...)", "[... chủ trì]"),
  budget in full đồng ("2.340.000.000 đồng");
- a province's Chương trình of 2026-2030 as a text PDF whose budget table spans two pages with its header row
  repeated, by phase ("Giai đoạn 2026-2028", "Giai đoạn 2029-2030") and source (NS trung ương, NS tỉnh, ODA, xã hội
  hóa);
- a Markdown scrape of a provincial plan whose header block was flattened onto two lines and whose headings are
  plain paragraphs (no #), Roman numerals inline (.md);
- a district's Kế hoạch of 2025 as a cheap low-quality scan with a budget table "Nội dung | Tổng | NS tỉnh | NS huyện
  | Xã hội hóa" (.pdf, no text layer);
- a province's Kế hoạch in Word whose landscape appendix is a long task table with group rows spanning every column
  ("I. NHÓM NHIỆM VỤ VỀ ...") and several agencies in the lead cell (.docx);
- a commune's Kế hoạch of 2025 as a plain-text scrape with "phấn đấu đến cuối năm 2025 có 95% ..." targets and a
  total written in figures and words (.txt);
- a provincial UBND's Thông báo kết luận (text PDF) assigning tasks "giao Sở X chủ trì ... hoàn thành trước ngày
  ..." amid last year's results (distractor figures).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g4 OUTDIR`
writes every file; the PDFs need soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

DIRECTIVE = "g4_tinh-bacvan_05-ct-ubnd_2025_chi-thi-dat-dai.docx"
PORTAL = "g4_sxd-halinh_46-kh-sxd_2026_attgt-portal-ol.html"
PROGRAMME = "g4_tinh-quangvan_08-ctr-ubnd_2026_nuoc-sach-bang-hai-trang.pdf"
FLAT_MD = "g4_tinh-kienthach_12-kh-ubnd_2025_phong-chong-thien-tai-md.md"
LOW_SCAN = "g4_huyen-eabong_87-kh-ubnd_2025_the-thao-low-scan.pdf"
ANNEX_DOCX = "g4_tinh-thaiha_156-kh-ubnd_2025_cai-cach-phu-luc-nhom.docx"
COMMUNE_TXT = "g4_xa-phuocloc_34-kh-ubnd_2025_ve-sinh-moi-truong.txt"
CONCLUSION = "g4_tinh-langvan_41-tb-ubnd_2025_ket-luan-giao-viec.pdf"


# ---------------------------------------------------------------------------
# 1. The chairman's directive of 2025 (.docx).

DIRECTIVE_BODY = [
    ("p", "Thời gian qua, công tác quản lý nhà nước về đất đai, tài nguyên khoáng sản trên địa bàn tỉnh đã có nhiều "
          "chuyển biến tích cực. Năm 2024, toàn tỉnh đã cấp 18.450 giấy chứng nhận quyền sử dụng đất lần đầu, đạt "
          "92,3% kế hoạch; hoàn thành đo đạc, lập bản đồ địa chính cho 41/47 xã; thu tiền sử dụng đất đạt 1.126 tỷ "
          "đồng, bằng 87% dự toán."),
    ("p", "Tuy nhiên, tình trạng vi phạm pháp luật về đất đai, khai thác khoáng sản trái phép vẫn còn diễn biến "
          "phức tạp. Trong năm 2024, các cơ quan chức năng đã phát hiện 146 trường hợp lấn, chiếm đất công, xây dựng "
          "trái phép trên đất nông nghiệp; 23 vụ khai thác cát, sỏi lòng sông trái phép, xử phạt vi phạm hành chính "
          "3,2 tỷ đồng. Tỷ lệ hồ sơ đất đai giải quyết quá hạn còn 6,8%; việc cập nhật, chỉnh lý biến động đất đai "
          "chưa kịp thời; một số địa phương buông lỏng quản lý, chưa xử lý dứt điểm các vi phạm từ khi mới phát sinh."),
    ("p", "Để khắc phục những tồn tại, hạn chế nêu trên, tăng cường hiệu lực, hiệu quả quản lý nhà nước về đất đai, "
          "tài nguyên khoáng sản trong năm 2025, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"),
    ("p", "1. Sở Tài nguyên và Môi trường:"),
    ("p", "a) Chủ trì, phối hợp với các cơ quan, địa phương hướng dẫn, tổ chức thực hiện Luật Đất đai năm 2024 và "
          "các văn bản quy định chi tiết; rà soát, tham mưu sửa đổi các quyết định quy phạm pháp luật của Ủy ban "
          "nhân dân tỉnh về đất đai không còn phù hợp, hoàn thành trong quý II năm 2025."),
    ("p", "b) Đẩy nhanh tiến độ xây dựng cơ sở dữ liệu đất đai, kết nối với Hệ thống thông tin đất đai quốc gia; "
          "phấn đấu hoàn thành cơ sở dữ liệu địa chính của các xã còn lại trong năm 2025."),
    ("p", "c) Tăng cường thanh tra, kiểm tra việc quản lý, sử dụng đất của các tổ chức được Nhà nước giao đất, cho "
          "thuê đất; kiến nghị thu hồi đất đối với các dự án chậm đưa đất vào sử dụng theo quy định."),
    ("p", "2. Sở Tài chính:"),
    ("p", "a) Chủ trì tham mưu xây dựng bảng giá đất, hệ số điều chỉnh giá đất theo quy định của Luật Đất đai năm "
          "2024; thẩm định phương án giá đất cụ thể bảo đảm đúng thời hạn."),
    ("p", "b) Phối hợp với Cục Thuế tỉnh đôn đốc thu nộp tiền sử dụng đất, tiền thuê đất vào ngân sách nhà nước; "
          "không để thất thu, nợ đọng kéo dài."),
    ("p", "3. Công an tỉnh:"),
    ("p", "a) Chỉ đạo lực lượng Cảnh sát môi trường phối hợp với chính quyền địa phương kiểm tra, xử lý nghiêm các "
          "hành vi khai thác cát, sỏi, khoáng sản trái phép, nhất là trên các tuyến sông giáp ranh."),
    ("p", "b) Điều tra, xử lý theo quy định các vụ việc có dấu hiệu tội phạm trong lĩnh vực đất đai, tài nguyên."),
    ("p", "4. Thanh tra tỉnh:"),
    ("p", "Đưa nội dung thanh tra trách nhiệm quản lý nhà nước về đất đai vào kế hoạch thanh tra năm 2025; tập trung "
          "vào các địa phương có nhiều đơn thư khiếu nại, tố cáo kéo dài."),
    ("p", "5. Ủy ban nhân dân các huyện, thị xã, thành phố:"),
    ("p", "a) Chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân dân tỉnh về công tác quản lý đất đai, tài nguyên "
          "khoáng sản trên địa bàn; để xảy ra vi phạm kéo dài mà không xử lý thì người đứng đầu phải chịu trách "
          "nhiệm."),
    ("p", "b) Chỉ đạo Ủy ban nhân dân cấp xã kiểm tra, phát hiện và xử lý kịp thời các trường hợp lấn, chiếm đất "
          "công, xây dựng trái phép ngay từ khi mới phát sinh."),
    ("p", "c) Giải quyết thủ tục hành chính về đất đai đúng hạn; phấn đấu giảm tỷ lệ hồ sơ quá hạn xuống dưới 2% "
          "trong năm 2025."),
    ("p", "6. Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Vân:"),
    ("p", "Mở chuyên mục tuyên truyền, phổ biến Luật Đất đai năm 2024; phản ánh kịp thời các điển hình tiên tiến và "
          "các vụ việc vi phạm để kịp thời chấn chỉnh."),
    ("p", "7. Chế độ báo cáo:"),
    ("p", "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện Chỉ thị này "
          "(6 tháng trước ngày 15/6/2025, cả năm trước ngày 10/12/2025) về Sở Tài nguyên và Môi trường để tổng hợp, "
          "báo cáo Chủ tịch Ủy ban nhân dân tỉnh."),
    ("p", "Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành "
          "phố nghiêm túc triển khai thực hiện Chỉ thị này./."),
]


def directive() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BẮC VÂN", "-------", "Số: 05/CT-UBND"],
            [*MOTTO, "Bắc Vân, ngày 16 tháng 01 năm 2025"], bold=(2, 2))
    _paragraph(doc, "CHỈ THỊ", bold=True, center=True, size=14)
    _paragraph(doc, "Về tăng cường quản lý nhà nước về đất đai, tài nguyên khoáng sản trên địa bàn tỉnh năm 2025",
               bold=True, center=True)
    _body(doc, DIRECTIVE_BODY)
    closing(doc, ["- Bộ Tài nguyên và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KT."],
            ["CHỦ TỊCH", "", "", "", "Hoàng Minh Thạch"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The Sở's plan of 2026 reposted on a district portal, tasks as nested lists (.html).

PORTAL_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2026 - Cổng thông tin điện tử huyện Mỹ Lâm</title></head>
<body>
<div id="top-bar"><a href="/">Trang chủ</a> | <a href="/so-do">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a></div>
<header><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ LÂM - TỈNH HÀ LINH</div>
<nav><ul class="main-menu"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/chi-dao">Chỉ đạo điều hành</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav></header>
<div class="path">Trang chủ / Chỉ đạo điều hành / Văn bản cấp trên</div>
<div class="main">
<article class="news-detail">
<h2 class="title">Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2026 của Sở Xây dựng tỉnh Hà Linh</h2>
<div class="date">Cập nhật: 05/02/2026 08:15</div>
<div class="content">
<p style="text-align:center"><strong>ỦY BAN NHÂN DÂN TỈNH HÀ LINH<br>SỞ XÂY DỰNG</strong></p>
<p style="text-align:center">Số: 46/KH-SXD</p>
<p style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></p>
<p style="text-align:right"><em>Hà Linh, ngày 20 tháng 01 năm 2026</em></p>
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>Bảo đảm trật tự, an toàn giao thông năm 2026</strong></p>
<p>Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27 tháng 6 năm 2024;</p>
<p>Căn cứ Luật Đường bộ số 35/2024/QH15 ngày 27 tháng 6 năm 2024;</p>
<p>Thực hiện Kế hoạch số 12/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Hà Linh về bảo đảm trật tự, an toàn giao thông năm 2026;</p>
<p>Sở Xây dựng ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2026 như sau:</p>
<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>
<p>1. Nâng cao hiệu quả quản lý nhà nước về trật tự, an toàn giao thông thuộc lĩnh vực được giao; kéo giảm tai nạn giao thông trên cả ba tiêu chí.</p>
<p>2. Các nhiệm vụ phải cụ thể, gắn trách nhiệm của từng phòng, đơn vị thuộc Sở.</p>
<p><strong>II. CHỈ TIÊU</strong></p>
<ul>
<li>Giảm từ 5% đến 10% số người chết do tai nạn giao thông so với năm 2025;</li>
<li>100% điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến đường tỉnh được xử lý dứt điểm;</li>
<li>98% phương tiện vận tải kinh doanh lắp thiết bị giám sát hành trình được kết nối dữ liệu.</li>
</ul>
<p><strong>III. NHIỆM VỤ CỤ THỂ</strong></p>
<ol>
<li><strong>Công tác tuyên truyền, phổ biến pháp luật</strong>
<ol type="a">
<li>Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho người điều khiển phương tiện kinh doanh vận tải và học viên các cơ sở đào tạo lái xe. (Đơn vị thực hiện: Phòng Quản lý vận tải, phương tiện và người lái)</li>
<li>Đăng tải thông tin cảnh báo tai nạn giao thông, điểm đen trên Trang thông tin điện tử của Sở. [Văn phòng Sở chủ trì]</li>
</ol>
</li>
<li><strong>Quản lý kết cấu hạ tầng giao thông</strong>
<ol type="a">
<li>Rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông trên 14 tuyến đường tỉnh; bổ sung biển báo, vạch sơn, đèn tín hiệu tại các nút giao. (Đơn vị thực hiện: Phòng Quản lý kết cấu hạ tầng giao thông; phối hợp: Công an tỉnh)
<ul>
<li>Hoàn thành xử lý 09 điểm đen trong quý II/2026;</li>
<li>Lắp bổ sung 35 bộ đèn tín hiệu giao thông.</li>
</ul>
</li>
<li>Kiểm tra, xử lý vi phạm hành lang an toàn đường bộ, các đường nhánh đấu nối trái phép vào quốc lộ, đường tỉnh. (Đơn vị thực hiện: Thanh tra Sở)</li>
<li>Bảo trì, sửa chữa mặt đường hư hỏng trên các tuyến đường tỉnh trước mùa mưa bão. [Ban Quản lý bảo trì đường bộ tỉnh chủ trì]</li>
</ol>
</li>
<li><strong>Quản lý vận tải, phương tiện và người lái</strong>
<ol type="a">
<li>Kiểm tra hoạt động kinh doanh vận tải hành khách bằng xe ô tô, xử lý nghiêm các đơn vị vi phạm về thời gian làm việc của người lái xe. (Đơn vị thực hiện: Phòng Quản lý vận tải, phương tiện và người lái; phối hợp: Thanh tra Sở)</li>
<li>Giám sát công tác đào tạo, sát hạch lái xe; ứng dụng thiết bị mô phỏng trong đào tạo lái xe ô tô. (Đơn vị thực hiện: Trung tâm Sát hạch lái xe tỉnh)</li>
</ol>
</li>
</ol>
<p><strong>IV. KINH PHÍ</strong></p>
<p>Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.340.000.000 đồng (Hai tỷ, ba trăm bốn mươi triệu đồng), trong đó: kinh phí xử lý điểm đen, lắp đặt đèn tín hiệu 1.850.000.000 đồng; kinh phí tuyên truyền, kiểm tra 490.000.000 đồng; nguồn ngân sách tỉnh giao trong dự toán năm 2026 của Sở Xây dựng.</p>
<p><strong>V. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Văn phòng Sở là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp kết quả báo cáo Ban An toàn giao thông tỉnh trước ngày 10/12/2026.</p>
<p>2. Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.</p>
<p>3. Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở căn cứ nhiệm vụ được giao tổ chức thực hiện./.</p>
<p><strong><em>Nơi nhận:</em></strong><br>- Ban An toàn giao thông tỉnh (b/c);<br>- UBND tỉnh (b/c);<br>- Công an tỉnh;<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng, đơn vị thuộc Sở;<br>- Lưu: VT, VP.</p>
<p style="text-align:right"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><br><strong>Đinh Quang Vĩnh</strong></p>
</div>
<div class="attach">Tệp đính kèm: <a href="/files/46-KH-SXD.pdf">46-KH-SXD.pdf</a></div>
</article>
<aside class="sidebar"><h3>Tin mới</h3><ul><li><a href="#">Huyện Mỹ Lâm ra quân bảo đảm an toàn giao thông dịp Tết</a></li>
<li><a href="#">Hội nghị tổng kết công tác năm 2025 của Ban ATGT huyện</a></li></ul>
<h3>Thống kê truy cập</h3><p>Đang truy cập: 27</p><p>Tổng lượt truy cập: 1.204.561</p></aside>
</div>
<footer>Bản quyền thuộc Ủy ban nhân dân huyện Mỹ Lâm, tỉnh Hà Linh. Địa chỉ: số 02 đường Trần Phú, thị trấn Mỹ Lâm. Điện thoại: 0239.3856.112</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. The province's programme of 2026-2030, its budget table over two pages (text PDF).

PROGRAMME_FRONT = [
    ("i", "Căn cứ Luật Tài nguyên nước số 28/2023/QH15 ngày 27 tháng 11 năm 2023;"),
    ("i", "Căn cứ Quyết định số 1978/QĐ-TTg ngày 24 tháng 11 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược "
          "quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045;"),
    ("i", "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Quảng Vân về kế "
          "hoạch đầu tư công trung hạn giai đoạn 2026 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Chương trình cấp nước sạch nông thôn tỉnh Quảng Vân giai đoạn 2026 - 2030 "
          "với các nội dung sau:"),
    ("h", "I. THỰC TRẠNG"),
    ("p", "Đến cuối năm 2025, toàn tỉnh có 312 công trình cấp nước tập trung nông thôn, trong đó 118 công trình hoạt "
          "động kém hiệu quả hoặc ngừng hoạt động. Tỷ lệ dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn "
          "mới đạt 46,8%; vùng đồng bào dân tộc thiểu số chỉ đạt 31,5%. Tình trạng hạn hán, xâm nhập mặn mùa khô "
          "làm khoảng 12.000 hộ thiếu nước sinh hoạt cục bộ."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Bảo đảm người dân nông thôn được tiếp cận công bằng, sử dụng nước sạch an toàn, liên tục, thích ứng với "
          "biến đổi khí hậu; nâng cao hiệu quả quản lý, khai thác bền vững các công trình cấp nước."),
    ("h", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "a) Tỷ lệ dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn đạt 70%."),
    ("p", "b) 85% công trình cấp nước tập trung nông thôn hoạt động bền vững và tương đối bền vững."),
    ("p", "c) 100% công trình cấp nước tập trung được giám sát chất lượng nước định kỳ."),
    ("p", "d) Tỷ lệ thất thoát nước sạch của các công trình cấp nước tập trung giảm xuống dưới 18%."),
    ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, điều chỉnh quy hoạch cấp nước nông thôn gắn với quy hoạch tỉnh; xác định vùng cấp nước liên "
          "xã, liên vùng. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng và Ủy ban nhân dân các xã "
          "thực hiện."),
    ("p", "2. Đầu tư xây mới 46 công trình cấp nước tập trung quy mô liên xã; nâng cấp, mở rộng 71 công trình hiện "
          "có. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính thực hiện."),
    ("p", "3. Hỗ trợ hộ gia đình vùng khó khăn xây dựng bể chứa, thiết bị lọc nước hộ gia đình. Ủy ban nhân dân các "
          "xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh thực hiện."),
    ("p", "4. Xây dựng hệ thống giám sát chất lượng nước và cơ sở dữ liệu công trình cấp nước. Sở Y tế chủ trì, "
          "phối hợp với Sở Khoa học và Công nghệ thực hiện."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng nhu cầu vốn thực hiện Chương trình giai đoạn 2026 - 2030 là 1.286.400 triệu đồng, trong đó: ngân sách "
          "trung ương 363.000 triệu đồng; ngân sách tỉnh 300.000 triệu đồng; vốn ODA 430.000 triệu đồng; vốn xã hội "
          "hóa 193.400 triệu đồng. Chi tiết theo giai đoạn và nguồn vốn như sau:"),
    ("c", "Đơn vị tính: triệu đồng"),
]

PROGRAMME_TABLE = [
    ["STT", "Nội dung", "Tổng cộng", "NS trung ương", "NS tỉnh", "Vốn ODA", "Xã hội hóa"],
    ["", "TỔNG CỘNG", "1.286.400", "363.000", "300.000", "430.000", "193.400"],
    ["I", "Giai đoạn 2026-2028", "742.600", "215.000", "168.400", "254.000", "105.200"],
    ["1", "Đầu tư mới công trình cấp nước tập trung quy mô liên xã", "398.000", "120.000", "64.000", "180.000",
     "34.000"],
    ["2", "Nâng cấp, mở rộng công trình cấp nước tập trung hiện có", "186.500", "62.000", "58.500", "46.000",
     "20.000"],
    ["3", "Hỗ trợ hộ gia đình xây dựng công trình cấp nước nhỏ lẻ", "96.300", "33.000", "21.100", "-", "42.200"],
    ["4", "Xây dựng hệ thống giám sát chất lượng nước", "61.800", "-", "24.800", "28.000", "9.000"],
    ["II", "Giai đoạn 2029-2030", "543.800", "148.000", "131.600", "176.000", "88.200"],
    ["1", "Đầu tư mới công trình cấp nước tập trung quy mô liên xã", "286.000", "95.000", "41.000", "126.000",
     "24.000"],
    ["2", "Nâng cấp, mở rộng công trình cấp nước tập trung hiện có", "142.400", "38.000", "46.400", "40.000",
     "18.000"],
    ["3", "Hỗ trợ hộ gia đình xây dựng công trình cấp nước nhỏ lẻ", "78.600", "15.000", "22.400", "-", "41.200"],
    ["4", "Xây dựng hệ thống giám sát chất lượng nước", "36.800", "-", "21.800", "10.000", "5.000"],
]

PROGRAMME_END = [
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì tổ chức triển khai Chương trình; hằng năm "
          "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12."),
    ("p", "2. Sở Tài chính tham mưu cân đối, bố trí vốn ngân sách tỉnh và vốn đối ứng các dự án ODA theo kế hoạch "
          "đầu tư công trung hạn."),
    ("p", "3. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra, giám sát chất lượng nước sạch theo quy "
          "chuẩn."),
    ("p", "4. Ủy ban nhân dân các xã, phường quản lý, bảo vệ công trình cấp nước trên địa bàn; vận động Nhân dân sử "
          "dụng nước sạch, tiết kiệm nước./."),
]


def _type_size(table, points: int) -> None:
    """Set every cell's text in `points`-point type, as budget tables are typed smaller than the prose."""
    from docx.shared import Pt
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(points)


def _repeat_header(table) -> None:
    """Mark the table's first row as a header row Word repeats at the top of each page, and keep each
    row whole on one page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for index, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        whole = OxmlElement("w:cantSplit")
        whole.set(qn("w:val"), "true")
        tr_pr.append(whole)
        if index == 0:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            tr_pr.append(flag)


def programme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG VÂN", "-------", "Số: 08/CTr-UBND"],
            [*MOTTO, "Quảng Vân, ngày 10 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "CHƯƠNG TRÌNH", bold=True, center=True, size=14)
    _paragraph(doc, "Cấp nước sạch nông thôn tỉnh Quảng Vân giai đoạn 2026 - 2030", bold=True, center=True)
    _body(doc, PROGRAMME_FRONT)
    table = _table(doc, PROGRAMME_TABLE)
    _widths(table, [1.2, 4.2, 2.5, 2.1, 2.0, 2.0, 2.0])
    _type_size(table, 11)
    _repeat_header(table)
    _body(doc, PROGRAMME_END)
    closing(doc, ["- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;",
                  "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trương Công Định"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A Markdown scrape, header flattened onto two lines, headings as plain paragraphs (.md).

FLAT_MD_TEXT = """\
ỦY BAN NHÂN DÂN TỈNH KIÊN THẠCH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------

Số: 12/KH-UBND Kiên Thạch, ngày 21 tháng 02 năm 2025

KẾ HOẠCH

Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025

Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều \
của Luật Phòng, chống thiên tai và Luật Đê điều số 60/2020/QH14 ngày 17 tháng 6 năm 2020;

Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi tiết thi hành Luật Phòng, \
chống thiên tai và Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều;

Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai; giảm thiểu thiệt hại về người \
và tài sản của Nhà nước và Nhân dân.

2. Thực hiện tốt phương châm "bốn tại chỗ" và "ba sẵn sàng"; phân công cụ thể trách nhiệm của từng cơ quan, đơn vị.

II. MỤC TIÊU CỤ THỂ

1. 100% cán bộ làm công tác phòng, chống thiên tai cấp xã được tập huấn nghiệp vụ.

2. 90% số hộ dân vùng thường xuyên bị ngập lụt, sạt lở được phổ biến kiến thức phòng, chống thiên tai.

3. Hoàn thành sơ tán 100% số hộ dân ra khỏi vùng nguy hiểm trước khi bão, lũ đổ bộ.

III. NHIỆM VỤ TRỌNG TÂM

1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; xây dựng, cập nhật phương án ứng phó \
thiên tai theo cấp độ rủi ro. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh thực \
hiện; hoàn thành trước ngày 30/4/2025.

2. Kiểm tra, đánh giá an toàn 24 hồ chứa nước, các tuyến đê sông, kè biển trước mùa mưa bão; xử lý dứt điểm \
các trọng điểm xung yếu. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng và Ủy ban nhân dân các \
xã, phường có công trình thực hiện.

3. Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn tại 02 xã ven biển. Bộ Chỉ huy Quân sự tỉnh chủ \
trì, phối hợp với Công an tỉnh và Ủy ban nhân dân các xã ven biển thực hiện; thời gian trong quý III năm 2025.

4. Bảo đảm thông tin liên lạc, dự báo, cảnh báo thiên tai kịp thời đến người dân qua hệ thống truyền thanh cơ \
sở và mạng xã hội. Sở Khoa học và Công nghệ chủ trì, phối hợp với Đài Khí tượng Thủy văn tỉnh thực hiện.

IV. KINH PHÍ Tổng kinh phí thực hiện Kế hoạch năm 2025 là 9.870 triệu đồng, gồm: ngân sách tỉnh 7.500 triệu đồng; Quỹ \
phòng, chống thiên tai tỉnh 2.370 triệu đồng.

V. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn \
tỉnh) theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.

2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định.

3. Ủy ban nhân dân các xã, phường xây dựng kế hoạch phòng, chống thiên tai của địa phương; tổ chức lực lượng \
xung kích tại chỗ sẵn sàng ứng phó./.

Nơi nhận: - Ban Chỉ đạo Phòng thủ dân sự quốc gia (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - CT, các PCT UBND tỉnh; - \
Các sở, ban, ngành tỉnh; - UBND các xã, phường; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH \
Nguyễn Thanh Phong
"""


# ---------------------------------------------------------------------------
# 5. The district's plan of 2025 as a cheap scan, its budget table by source (.pdf, no text layer).

SCAN_FRONT = [
    ("i", "Thực hiện Kế hoạch số 64/KH-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Đắk Vân về phát "
          "triển phong trào thể dục, thể thao quần chúng năm 2025;"),
    ("p", "Ủy ban nhân dân huyện Ea Bông xây dựng Kế hoạch tổ chức Đại hội Thể dục thể thao huyện lần thứ VI và "
          "phát triển phong trào thể thao quần chúng năm 2025 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Đẩy mạnh cuộc vận động \"Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại\"; đánh giá kết quả phong "
          "trào thể dục, thể thao giai đoạn 2021 - 2025."),
    ("p", "2. Tổ chức Đại hội an toàn, tiết kiệm, thiết thực; tuyển chọn vận động viên tham gia Đại hội Thể dục thể "
          "thao tỉnh."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- 36% dân số tham gia luyện tập thể dục, thể thao thường xuyên;"),
    ("p", "- 24% số hộ gia đình đạt tiêu chuẩn gia đình thể thao;"),
    ("p", "- 100% trường học thực hiện đầy đủ chương trình giáo dục thể chất nội khóa."),
    ("h", "III. NỘI DUNG"),
    ("p", "1. Tổ chức Đại hội Thể dục thể thao cấp xã, thị trấn xong trước ngày 30/5/2025. Ủy ban nhân dân các xã, thị "
          "trấn chủ trì thực hiện."),
    ("p", "2. Tổ chức Đại hội Thể dục thể thao huyện với 08 môn thi đấu trong tháng 7 năm 2025. Phòng Văn hóa, Khoa "
          "học và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện thực hiện."),
    ("p", "3. Tuyển chọn, tập huấn đội tuyển tham gia Đại hội Thể dục thể thao tỉnh. Trung tâm Văn hóa - Thể thao và "
          "Truyền thông huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo thực hiện."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí như sau (đơn vị tính: đồng):"),
]

SCAN_TABLE = [
    ["TT", "Nội dung", "Tổng", "NS tỉnh", "NS huyện", "Xã hội hóa"],
    ["1", "Tổ chức Đại hội cấp xã, thị trấn", "180.000.000", "-", "120.000.000", "60.000.000"],
    ["2", "Tổ chức Đại hội Thể dục thể thao huyện", "450.000.000", "150.000.000", "220.000.000", "80.000.000"],
    ["3", "Tập huấn đội tuyển dự Đại hội tỉnh", "210.000.000", "50.000.000", "160.000.000", "-"],
    ["", "Cộng", "840.000.000", "200.000.000", "500.000.000", "140.000.000"],
]

SCAN_END = [
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Văn hóa, Khoa học và Thông tin là cơ quan thường trực, tham mưu thành lập Ban Tổ chức Đại hội; "
          "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 20/8/2025."),
    ("p", "2. Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu bố trí kinh phí theo quy định."),
    ("p", "3. Công an huyện bảo đảm an ninh, trật tự, an toàn giao thông trong thời gian tổ chức Đại hội."),
    ("p", "4. Ủy ban nhân dân các xã, thị trấn tổ chức Đại hội cấp cơ sở; cử vận động viên tham gia Đại hội huyện./."),
]


def district_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN EA BÔNG", "-------", "Số: 87/KH-UBND"],
            [*MOTTO, "Ea Bông, ngày 09 tháng 4 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Đại hội Thể dục thể thao huyện lần thứ VI và phát triển phong trào thể thao quần chúng "
               "năm 2025", bold=True, center=True)
    _body(doc, SCAN_FRONT)
    table = _table(doc, SCAN_TABLE)
    _widths(table, [1.0, 5.0, 2.6, 2.4, 2.6, 2.4])
    _type_size(table, 12)
    _body(doc, SCAN_END)
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở VHTTDL;", "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban liên quan;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT, VH."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "H'Nga Byă"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A province's plan whose landscape appendix is a task table with group rows (.docx).

ANNEX_BODY = [
    ("i", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải "
          "cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("i", "Thực hiện Kế hoạch số 92/KH-UBND ngày 28 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh Thái Hà về cải cách "
          "hành chính giai đoạn 2021 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "1. Tiếp tục cải cách thể chế, thủ tục hành chính, xây dựng chính quyền số; nâng cao chất lượng phục vụ "
          "người dân, doanh nghiệp."),
    ("p", "2. Chỉ tiêu năm 2025:"),
    ("p", "- 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình;"),
    ("p", "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%;"),
    ("p", "- Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt trên 90%."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán năm 2025 của các cơ quan, đơn vị, "
          "địa phương theo phân cấp."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Nội vụ là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo "
          "cáo Ủy ban nhân dân tỉnh định kỳ hằng quý và năm."),
    ("p", "2. Văn phòng Ủy ban nhân dân tỉnh theo dõi việc kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, "
          "một cửa liên thông."),
    ("p", "3. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch cải "
          "cách hành chính năm 2025 của cơ quan, địa phương; báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2025./."),
]

ANNEX_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                "Sản phẩm"]

ANNEX_GROUPS = [
    ("I. NHÓM NHIỆM VỤ VỀ CẢI CÁCH THỂ CHẾ", [
        ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành",
         "Sở Tư pháp", "Các sở, ban, ngành", "Quý IV/2025", "Báo cáo kết quả rà soát"],
        ["2", "Kiểm tra công tác xây dựng, thi hành văn bản quy phạm pháp luật tại các huyện, thành phố",
         "Sở Tư pháp; Văn phòng UBND tỉnh", "UBND các huyện, thành phố", "Quý III/2025", "Kết luận kiểm tra"],
    ]),
    ("II. NHÓM NHIỆM VỤ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ["3", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
         "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND các huyện, thành phố", "Tháng 9/2025",
         "Quyết định phê duyệt phương án đơn giản hóa"],
        ["4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp",
         "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", "UBND các huyện, thành phố", "Cả năm 2025",
         "Hồ sơ được số hóa"],
        ["5", "Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính",
         "Sở Tài chính", "Kho bạc Nhà nước khu vực; các ngân hàng thương mại", "Quý II/2025",
         "Tỷ lệ hồ sơ thanh toán trực tuyến"],
    ]),
    ("III. NHÓM NHIỆM VỤ VỀ CẢI CÁCH TỔ CHỨC BỘ MÁY", [
        ["6", "Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh sau hợp nhất",
         "Sở Nội vụ", "Các sở, ban, ngành", "Quý I/2025", "Quyết định quy định chức năng, nhiệm vụ"],
        ["7", "Rà soát vị trí việc làm, cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức",
         "Sở Nội vụ; Sở Tài chính", "Các cơ quan, đơn vị", "Quý III/2025", "Đề án vị trí việc làm"],
    ]),
    ("IV. NHÓM NHIỆM VỤ VỀ XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ["8", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia",
         "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Quý II/2025", "Hệ thống được nâng cấp"],
        ["9", "Triển khai các ứng dụng của Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực "
              "điện tử", "Công an tỉnh; Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các huyện, thành phố",
         "Cả năm 2025", "Báo cáo kết quả"],
        ["10", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
         "UBND các huyện, thành phố", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Cả năm 2025",
         "Số lượt người được hướng dẫn"],
    ]),
]


def annex_plan() -> bytes:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THÁI HÀ", "-------", "Số: 156/KH-UBND"],
            [*MOTTO, "Thái Hà, ngày 24 tháng 01 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Cải cách hành chính nhà nước tỉnh Thái Hà năm 2025", bold=True, center=True)
    _body(doc, ANNEX_BODY)
    closing(doc, ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Vũ Đình Khang"])
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 156/KH-UBND ngày 24/01/2025 của Ủy ban nhân dân tỉnh Thái Hà)",
               italic=True, center=True)
    rows, merges = [ANNEX_HEADER], []
    for group, tasks in ANNEX_GROUPS:
        merges.append(((len(rows), 0), (len(rows), len(ANNEX_HEADER) - 1)))
        rows.append([group] + [""] * (len(ANNEX_HEADER) - 1))
        rows.extend(tasks)
    _widths(_table(doc, rows, merges=tuple(merges)), [1.2, 8.0, 4.0, 4.6, 3.0, 4.2])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. A commune's plan of 2025 as a plain-text scrape (.txt).

COMMUNE_TEXT = """\
ỦY BAN NHÂN DÂN
XÃ PHƯỚC LỘC
Số: 34/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Lộc, ngày 07 tháng 3 năm 2025

KẾ HOẠCH
Bảo vệ môi trường, thu gom và xử lý rác thải sinh hoạt trên địa bàn xã năm 2025

Thực hiện Kế hoạch số 52/KH-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân huyện Tuy Lâm về bảo vệ môi \
trường năm 2025; căn cứ Nghị quyết số 08/NQ-HĐND ngày 25 tháng 12 năm 2024 của Hội đồng nhân dân xã về dự toán \
ngân sách xã năm 2025;
Ủy ban nhân dân xã Phước Lộc xây dựng Kế hoạch bảo vệ môi trường, thu gom và xử lý rác thải sinh hoạt năm 2025, \
cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức, trách nhiệm của cán bộ và Nhân dân trong bảo vệ môi trường; hình thành thói quen phân \
loại rác thải tại nguồn.
2. Duy trì tiêu chí môi trường trong xây dựng xã nông thôn mới nâng cao.

II. CHỈ TIÊU
- Phấn đấu đến cuối năm 2025 có 95% hộ gia đình ở khu dân cư tập trung được thu gom rác thải sinh hoạt.
- Phấn đấu đến cuối năm 2025 có 60% hộ gia đình thực hiện phân loại rác thải tại nguồn.
- 100% thôn có tổ tự quản về bảo vệ môi trường hoạt động thường xuyên.

III. NHIỆM VỤ
1. Tuyên truyền trên hệ thống loa truyền thanh xã, các buổi sinh hoạt thôn về phân loại rác thải tại nguồn, \
giảm sử dụng túi ni lông. Giao Văn phòng - Thống kê xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam \
xã thực hiện.
2. Mở rộng tuyến thu gom rác đến các thôn Phước Hòa, Phước Thạnh; bố trí thêm 12 điểm tập kết rác. Giao công \
chức Địa chính - Xây dựng chủ trì, phối hợp với Hợp tác xã Dịch vụ nông nghiệp Phước Lộc thực hiện.
3. Tổ chức ra quân "Ngày Chủ nhật xanh" vào tuần cuối mỗi tháng. Giao Đoàn Thanh niên xã chủ trì, phối hợp với \
Hội Liên hiệp Phụ nữ xã thực hiện.
4. Kiểm tra, xử lý các trường hợp đổ rác, xả thải không đúng nơi quy định. Giao Công an xã chủ trì, phối hợp \
với Trưởng các thôn thực hiện.

IV. KINH PHÍ
Tổng kinh phí thực hiện: 85.500.000 đồng (Tám mươi lăm triệu năm trăm nghìn đồng), trong đó:
- Ngân sách xã: 62.000.000 đồng;
- Xã hội hóa: 23.500.000 đồng.

V. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo \
kết quả trước ngày 10/12/2025.
2. Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện.
3. Trưởng các thôn tuyên truyền, vận động Nhân dân thực hiện./.

Nơi nhận:
- UBND huyện (b/c);
- Phòng Tài nguyên và Môi trường huyện;
- TT Đảng ủy, TT HĐND xã;
- Các ban, ngành, đoàn thể xã;
- Trưởng các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Cường
"""


# ---------------------------------------------------------------------------
# 8. A provincial UBND's Thông báo kết luận assigning tasks amid last year's results (text PDF).

CONCLUSION_BODY = [
    ("p", "Ngày 06 tháng 3 năm 2025, đồng chí Trần Quốc Hưng, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp nghe "
          "báo cáo tình hình thực hiện các dự án trọng điểm về giao thông và giải phóng mặt bằng. Tham dự có lãnh "
          "đạo các sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường, Tư pháp; Ủy ban nhân dân các huyện Đồng Mai, "
          "Bình Khê. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:"),
    ("h", "1. Đánh giá chung"),
    ("p", "Năm 2024, tỉnh đã giải ngân 4.215 tỷ đồng vốn đầu tư công, đạt 91,6% kế hoạch; hoàn thành giải phóng mặt "
          "bằng 312 ha cho các dự án giao thông trọng điểm. Tuy nhiên, tiến độ dự án đường ven sông Lạng còn chậm, "
          "mới giải ngân 38% vốn được giao; còn 146 hộ chưa nhận tiền bồi thường; công tác phối hợp giữa các cơ quan "
          "có lúc chưa chặt chẽ."),
    ("h", "2. Nhiệm vụ thời gian tới"),
    ("p", "a) Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân huyện Đồng Mai đôn đốc nhà thầu tăng cường máy "
          "móc, nhân lực, thi công \"3 ca, 4 kíp\" dự án đường ven sông Lạng; hoàn thành thông xe kỹ thuật trước "
          "ngày 30/9/2025."),
    ("p", "b) Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính hướng dẫn xác định giá đất cụ thể "
          "để tính bồi thường cho các hộ còn vướng mắc; hoàn thành trước ngày 15/4/2025."),
    ("p", "c) Giao Sở Tài chính chủ trì tham mưu điều chuyển vốn từ các dự án giải ngân chậm sang các dự án có khả "
          "năng giải ngân tốt; báo cáo Ủy ban nhân dân tỉnh trước ngày 31/5/2025."),
    ("p", "d) Giao Sở Tư pháp chủ trì, phối hợp với Ủy ban nhân dân huyện Bình Khê rà soát hồ sơ pháp lý các trường "
          "hợp khiếu nại về bồi thường, hỗ trợ, tái định cư; hoàn thành trước ngày 30/4/2025."),
    ("p", "đ) Ủy ban nhân dân các huyện Đồng Mai, Bình Khê chịu trách nhiệm vận động, bàn giao mặt bằng sạch cho "
          "nhà đầu tư; bố trí đủ quỹ đất tái định cư; hoàn thành trước ngày 30/6/2025."),
    ("p", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
]


def conclusion() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG VÂN", "-------", "Số: 41/TB-UBND"],
            [*MOTTO, "Lạng Vân, ngày 10 tháng 3 năm 2025"], bold=(2, 2))
    _paragraph(doc, "THÔNG BÁO", bold=True, center=True, size=14)
    _paragraph(doc, "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ các dự án giao thông trọng "
               "điểm và giải phóng mặt bằng", bold=True, center=True)
    _body(doc, CONCLUSION_BODY)
    closing(doc, ["- CT, các PCT UBND tỉnh;", "- Các sở: XD, TC, NNMT, TP;", "- UBND các huyện Đồng Mai, Bình Khê;",
                  "- Lưu: VT, KT."],
            ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "", "", "Phan Thị Lan Anh"])
    return _save(doc)


def main(out: str) -> None:
    from tests.renditions.scans import low_scan

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PORTAL).write_text(PORTAL_PAGE, encoding="utf-8")
    (folder / FLAT_MD).write_text(FLAT_MD_TEXT, encoding="utf-8")
    (folder / COMMUNE_TXT).write_text(COMMUNE_TEXT, encoding="utf-8")
    (folder / DIRECTIVE).write_bytes(directive())
    (folder / ANNEX_DOCX).write_bytes(annex_plan())
    (folder / PROGRAMME).write_bytes(_pdf(programme(), PROGRAMME))
    (folder / LOW_SCAN).write_bytes(low_scan(_pdf(district_plan(), LOW_SCAN)))
    (folder / CONCLUSION).write_bytes(_pdf(conclusion(), CONCLUSION))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
