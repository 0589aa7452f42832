"""Invented documents of hold-out round G38: a province youth union's plan in Word (a mass organisation: "TỈNH ĐOÀN
...", "ĐOÀN TNCS HỒ CHÍ MINH" where a state body has the motto, "TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ", targets as counts
"ít nhất 02 công trình", tasks for "các đoàn xã, phường, đoàn trực thuộc" in a real Word table, money from the
province's budget given to the union and from sponsors); a province's plan AMENDING an earlier plan printed to PDF by
LibreOffice ("Sửa đổi, bổ sung một số nội dung của Kế hoạch số ...": its targets "điều chỉnh từ 30% lên 40%", "sửa
đổi ... thành ...", "thay thế ... bằng ...", "bổ sung chỉ tiêu", an added task quoted, the total "điều chỉnh từ 215 tỷ
đồng lên 248,5 tỷ đồng" -- only the new figures are the plan's); a province's administrative-reform plan for one year
on its portal (.html: ranking targets "PAR INDEX nằm trong nhóm 20 tỉnh, thành phố dẫn đầu", "SIPAS đạt trên 85%",
"tăng ít nhất 02 bậc", a task table, a responsibility naming two bodies "Các sở, ban, ngành; Ủy ban nhân dân các xã,
phường"); a commune's plan as a crawler saves its page (.txt: sums in đồng "12.500.000 đồng", the total in words,
"5/7 thôn", "ít nhất 02 mô hình", "Phòng Kinh tế xã" and the commune's bodies, signed by a Phó Chủ tịch).

The documents:
- g38_tinhdoan-hoaphong: a province youth union's summer volunteer campaign plan (.docx, task table);
- g38_tinh-thachbinh: a province's plan amending its rural tourism plan (.pdf by LibreOffice);
- g38_tinh-quangvan: a province's administrative-reform plan for 2029 (.html portal page);
- g38_xa-tankhe: a commune's plan on sorting household waste at source (.txt crawl).

The reading the set's conventions imply: a mass organisation's issuer is the body in its header ("Tỉnh đoàn Hòa
Phong"), its signer's authority "TM. Ban Thường vụ"; an amending plan's targets are the new figures only (an old
figure quoted beside "từ ... lên", "... thành ...", "thay thế ... bằng" is none), its added task an activity, the
adjusted total and its parts the statements; a rank ("nhóm 20 tỉnh", "tăng ít nhất 02 bậc") is no target, a fraction
of hamlets ("5/7 thôn") none either; a sum in đồng per task a statement of that task's code.

First pass (golds written by hand before the first extraction, commit 145e8c0; the 4 documents scored alone, code of
13d1cc0): micro 189/194/191 (0.982). Every header, recipient, basis and activity found. The misses: the amending plan's
replaced figure a target ('Thay thế chỉ tiêu "... 70%" bằng chỉ tiêu "... 80%"': 70), its item 'd) Bổ sung chỉ tiêu:
"100% ..."' read twice (an item of the amended objectives and a heading of its own), its total "điều chỉnh từ 215 tỷ
đồng lên 248,5 tỷ đồng" read as 215 and as 248,5 of scope "Lên"; the union's "Các đoàn xã, phường, đoàn trực thuộc:"
no body (objectives, budget_statements, normalizers.agencies; tests/test_g38_amended_figures.py,
tests/test_g38_union_cells.py): 191/191/191. Probing beside them found an amended plan's level in brackets named by its
number ("thành 92% (Kế hoạch số 47/KH-UBND là 88%)") and the count a change starts from ("từ 2.000 người xuống 1.600
người") read as targets -- fixed too. As other renditions: docx 50/50/50, segmented 50/50/50; pdf-layout 177/177/186
(the union's task table, its narrow "TT" column broken "T" over "T", not read as a table: reader); html-text 51/52/55
(a bracket glued to the next cell or line, "(SIPAS)Sở Nội vụ", "CHỦ TỊCH(Đã ký)Nguyễn Hoàng Khải", not broken apart by
extractors/formats/glued.py: reader).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g38 OUTDIR` writes
every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

# ---------------------------------------------------------------------------
# 1. A province youth union's plan, Word task table.

UNION_DOC = "g38_tinhdoan-hoaphong_118-kh-tdtn_2027_doan-thanh-nien-bang-nhiem-vu.docx"

UNION_TASKS = [
    ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Tổ chức Lễ ra quân cấp tỉnh Chiến dịch Thanh niên tình nguyện hè năm 2027", "Ban Phong trào Tỉnh đoàn",
     "Văn phòng Tỉnh đoàn; Đoàn phường Hòa Phong", "Tháng 6/2027"],
    ["2", "Triển khai đội hình \"Thanh niên hỗ trợ chuyển đổi số\" tại các thôn, tổ dân phố",
     "Các đoàn xã, phường, đoàn trực thuộc", "Sở Khoa học và Công nghệ", "Tháng 6 - 8/2027"],
    ["3", "Thực hiện công trình thanh niên \"Thắp sáng đường quê\" tại các xã vùng khó khăn", "Đoàn xã Tân Phong",
     "Ủy ban nhân dân xã Tân Phong", "Tháng 7/2027"],
    ["4", "Tổ chức Ngày hội hiến máu tình nguyện \"Giọt hồng hè\" năm 2027", "Ban Phong trào Tỉnh đoàn",
     "Bệnh viện Đa khoa tỉnh; Hội Chữ thập đỏ tỉnh", "Tháng 7/2027"],
    ["5", "Tuyên truyền kết quả Chiến dịch trên các nền tảng số của Đoàn", "Ban Tuyên giáo Tỉnh đoàn",
     "Báo và Phát thanh, Truyền hình Hòa Phong", "Tháng 6 - 9/2027"],
]

UNION_BODY = [
    ("i", "Căn cứ Chương trình số 12-CTr/TWĐTN-VP ngày 20 tháng 01 năm 2027 của Ban Bí thư Trung ương Đoàn về công tác "
          "Đoàn và phong trào thanh thiếu nhi năm 2027;"),
    ("i", "Thực hiện Kế hoạch số 84/KH-UBND ngày 15 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Hòa Phong về phát huy vai "
          "trò của thanh niên trong chuyển đổi số giai đoạn 2027 - 2030;"),
    ("p", "Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên tham gia giải quyết những vấn đề cấp "
          "thiết của địa phương, nhất là hỗ trợ người dân tiếp cận dịch vụ công trực tuyến và kỹ năng số."),
    ("p", "2. Các hoạt động được tổ chức thiết thực, hiệu quả, an toàn; gắn với kỷ niệm các ngày lễ lớn trong tháng 7 và "
          "tháng 8 năm 2027."),
    ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Huy động đông đảo đoàn viên, thanh niên tham gia chiến dịch, góp phần xây dựng nông thôn mới, đô thị văn minh "
          "và thúc đẩy chuyển đổi số ở cơ sở."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("p", "- Mỗi đoàn xã, phường, đoàn trực thuộc thực hiện ít nhất 02 công trình thanh niên; toàn tỉnh có ít nhất 60 "
          "công trình thanh niên được gắn biển."),
    ("p", "- Thành lập 45 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số tại các thôn, tổ dân phố."),
    ("p", "- Tổ chức 150 lớp hướng dẫn kỹ năng số cơ bản cho ít nhất 6.000 người."),
    ("p", "- 100% cơ sở đoàn tổ chức ra quân hưởng ứng Chiến dịch."),
    ("h", "III. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG THỰC HIỆN"),
]

UNION_TAIL = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí tổ chức các hoạt động cấp tỉnh từ nguồn ngân sách tỉnh cấp cho Tỉnh đoàn năm 2027 là 480 triệu đồng; "
          "nguồn vận động xã hội hóa dự kiến 350 triệu đồng. Các cơ sở đoàn chủ động bố trí kinh phí từ nguồn được giao "
          "và vận động các nguồn hợp pháp khác."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Phong trào Tỉnh đoàn: Là đơn vị thường trực, tham mưu Ban Thường vụ Tỉnh đoàn chỉ đạo, theo dõi các "
          "hoạt động của Chiến dịch; tổng hợp, báo cáo kết quả trước ngày 30/9/2027."),
    ("p", "2. Ban Tuyên giáo Tỉnh đoàn: Chủ trì tuyên truyền về Chiến dịch trên trang thông tin điện tử và các nền tảng "
          "mạng xã hội của Tỉnh đoàn."),
    ("p", "3. Văn phòng Tỉnh đoàn: Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động cấp tỉnh."),
    ("p", "4. Các đoàn xã, phường, đoàn trực thuộc: Căn cứ Kế hoạch này xây dựng kế hoạch, tổ chức thực hiện phù hợp với "
          "tình hình thực tế; báo cáo kết quả về Tỉnh đoàn (qua Ban Phong trào) trước ngày 15/9/2027."),
]


def union_plan() -> bytes:
    doc = _new()
    _layout(doc, ["TỈNH ĐOÀN HÒA PHONG", "***", "Số: 118-KH/TĐTN-PT"],
            ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Hòa Phong, ngày 12 tháng 5 năm 2027"], bold=(1, 1))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2027", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, UNION_BODY)
    _widths(_table(doc, UNION_TASKS), [0.8, 5.6, 3.0, 3.6, 2.2])
    _body(doc, UNION_TAIL)
    closing(doc, ["- Ban Bí thư Trung ương Đoàn (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Ban Dân vận Tỉnh ủy;",
                  "- Các đoàn xã, phường, đoàn trực thuộc;", "- Lưu: VP, BPT."],
            ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "Hà Minh Quân"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's plan amending an earlier plan, LibreOffice PDF.

AMEND_DOC = "g38_tinh-thachbinh_203-kh-ubnd_2028_sua-doi-ke-hoach-tu-len.pdf"

AMEND_BODY = [
    ("i", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"),
    ("i", "Căn cứ Quyết định số 1468/QĐ-TTg ngày 21 tháng 11 năm 2027 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "phát triển du lịch nông thôn giai đoạn 2026 - 2030;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch sửa đổi, bổ sung một số nội dung của Kế hoạch số 47/KH-UBND ngày 16 "
          "tháng 3 năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Cập nhật các mục tiêu, chỉ tiêu, nhiệm vụ và kinh phí của Kế hoạch số 47/KH-UBND phù hợp với Quyết định số "
          "1468/QĐ-TTg của Thủ tướng Chính phủ và kết quả thực hiện giai đoạn 2026 - 2027; bảo đảm tính khả thi của "
          "các chỉ tiêu đến năm 2030."),
    ("h", "II. NỘI DUNG SỬA ĐỔI, BỔ SUNG"),
    ("h", "1. Sửa đổi, bổ sung khoản 2 Mục I (Mục tiêu cụ thể đến năm 2030) như sau:"),
    ("p", "a) Điều chỉnh chỉ tiêu tỷ lệ xã có sản phẩm du lịch nông thôn được công nhận đạt tiêu chuẩn OCOP từ 30% lên "
          "40%."),
    ("p", "b) Sửa đổi chỉ tiêu \"Có ít nhất 25 điểm du lịch nông thôn được công nhận\" thành \"Có ít nhất 35 điểm du "
          "lịch nông thôn được công nhận\"."),
    ("p", "c) Thay thế chỉ tiêu \"Tỷ lệ lao động làm du lịch nông thôn được đào tạo, bồi dưỡng đạt 70%\" bằng chỉ tiêu "
          "\"Tỷ lệ lao động làm du lịch nông thôn được đào tạo, bồi dưỡng kỹ năng số đạt 80%\"."),
    ("p", "d) Bổ sung chỉ tiêu: \"100% điểm du lịch nông thôn được công nhận có thông tin giới thiệu trên nền tảng du "
          "lịch thông minh của tỉnh\"."),
    ("h", "2. Bổ sung nhiệm vụ 6 vào Mục II (Nhiệm vụ, giải pháp) như sau:"),
    ("p", "\"6. Phát triển du lịch nông thôn thông minh: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Khoa "
          "học và Công nghệ, Ủy ban nhân dân các xã có điểm du lịch nông thôn thực hiện số hóa dữ liệu điểm đến, xây "
          "dựng bản đồ số du lịch nông thôn.\""),
    ("h", "3. Sửa đổi Mục III (Kinh phí thực hiện) như sau:"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 điều chỉnh từ 215 tỷ đồng lên 248,5 tỷ đồng, trong "
          "đó: ngân sách tỉnh 128,5 tỷ đồng; ngân sách trung ương hỗ trợ thông qua Chương trình mục tiêu quốc gia xây "
          "dựng nông thôn mới 45 tỷ đồng; vốn xã hội hóa 75 tỷ đồng."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các nội dung khác tại Kế hoạch số 47/KH-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh giữ "
          "nguyên."),
    ("p", "2. Sở Văn hóa, Thể thao và Du lịch chủ trì, hướng dẫn, đôn đốc các cơ quan, địa phương thực hiện các nội "
          "dung sửa đổi, bổ sung; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    ("p", "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện theo khả năng cân đối ngân sách tỉnh hằng năm."),
    ("p", "4. Ủy ban nhân dân các xã, phường có điểm du lịch nông thôn cập nhật kế hoạch của địa phương phù hợp với các "
          "nội dung sửa đổi, bổ sung tại Kế hoạch này./."),
]


def amending_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THẠCH BÌNH", "-------", "Số: 203/KH-UBND"],
            [*MOTTO, "Thạch Bình, ngày 08 tháng 9 năm 2028"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Sửa đổi, bổ sung một số nội dung của Kế hoạch số 47/KH-UBND ngày 16 tháng 3 năm 2026 của Ủy ban "
                    "nhân dân tỉnh về phát triển du lịch nông thôn tỉnh Thạch Bình giai đoạn 2026 - 2030",
               bold=True, center=True)
    _body(doc, AMEND_BODY)
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;",
                  "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Công Thức"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province's administrative-reform plan for one year, portal page.

REFORM_HTML = "g38_tinh-quangvan_296-kh-ubnd_2028_cai-cach-hanh-chinh-xep-hang-portal.html"

REFORM_TEXT = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch cải cách hành chính năm 2029 - Cổng thông tin điện tử tỉnh Quảng Vân</title>
</head>
<body>
<div class="top-bar"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản chỉ đạo điều hành</a> &gt; Cải cách hành chính</div>
<div class="content-detail">
<div class="meta">Đăng ngày: 30/12/2028 | Lượt xem: 1.204</div>
<table class="header-vb" style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG VÂN</b><br>-------<br>Số: 296/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Quảng Vân, ngày 26 tháng 12 năm 2028</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Cải cách hành chính nhà nước tỉnh Quảng Vân năm 2029</b></p>
<p><i>Căn cứ Nghị quyết số 118/NQ-CP ngày 20 tháng 8 năm 2026 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2026 - 2030;</i></p>
<p><i>Thực hiện Kế hoạch số 205/KH-UBND ngày 10 tháng 10 năm 2026 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh Quảng Vân giai đoạn 2026 - 2030;</i></p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2029 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, lấy người dân, doanh nghiệp làm trung tâm phục vụ; nâng cao thứ hạng các chỉ số cải cách hành chính của tỉnh.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>a) Chỉ số cải cách hành chính (PAR INDEX) của tỉnh nằm trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước.</p>
<p>b) Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt trên 85%.</p>
<p>c) Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tăng ít nhất 02 bậc so với năm 2028.</p>
<p>d) 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70% tổng số hồ sơ thủ tục hành chính.</p>
<p>đ) Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 98%; 100% kết quả giải quyết thủ tục hành chính được số hóa.</p>
<p>e) Cắt giảm tối thiểu 20% thời gian giải quyết thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước.</p>
<p><b>II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<p>Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại bảng sau:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước</td><td>Văn phòng Ủy ban nhân dân tỉnh</td><td>Các sở, ban, ngành</td><td>Quý III/2029</td></tr>
<tr><td>2</td><td>Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình</td><td>Sở Khoa học và Công nghệ</td><td>Văn phòng Ủy ban nhân dân tỉnh; Trung tâm Phục vụ hành chính công tỉnh</td><td>Quý II/2029</td></tr>
<tr><td>3</td><td>Khảo sát, đo lường sự hài lòng của người dân, tổ chức (SIPAS)</td><td>Sở Nội vụ</td><td>Ủy ban nhân dân các xã, phường</td><td>Quý IV/2029</td></tr>
<tr><td>4</td><td>Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị</td><td>Sở Nội vụ</td><td>Thanh tra tỉnh</td><td>Theo kế hoạch kiểm tra</td></tr>
<tr><td>5</td><td>Tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng</td><td>Sở Văn hóa, Thể thao và Du lịch</td><td>Báo và Phát thanh, Truyền hình Quảng Vân</td><td>Cả năm</td></tr>
</table>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện các nhiệm vụ cấp tỉnh năm 2029 là 1.350 triệu đồng từ nguồn ngân sách tỉnh, bố trí trong dự toán của các cơ quan được giao chủ trì; các xã, phường bố trí kinh phí trong dự toán ngân sách của địa phương.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý, 6 tháng và năm theo quy định.</p>
<p>2. Văn phòng Ủy ban nhân dân tỉnh chủ trì kiểm soát thủ tục hành chính; theo dõi việc giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.</p>
<p>3. Sở Khoa học và Công nghệ bảo đảm hạ tầng số, an toàn thông tin cho việc cung cấp dịch vụ công trực tuyến.</p>
<p>4. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường: Xây dựng kế hoạch cải cách hành chính năm 2029 của cơ quan, đơn vị, gửi Sở Nội vụ trước ngày 31/01/2029; thực hiện nghiêm chế độ báo cáo định kỳ.</p>
<table style="width:100%;border:none">
<tr>
<td style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- Bộ Nội vụ (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, NC.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><i>(Đã ký)</i><br><br><b>Nguyễn Hoàng Khải</b></td>
</tr>
</table>
<div class="attach">Tệp đính kèm: <a href="/files/296-KH-UBND.pdf">296-KH-UBND.pdf</a></div>
</div>
<div class="footer">Cổng thông tin điện tử tỉnh Quảng Vân - Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Vân</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. A commune's plan, as a crawler saves the page's text.

COMMUNE_TXT = "g38_xa-tankhe_42-kh-ubnd_2029_phan-loai-rac-dong-thon-crawl.txt"

COMMUNE_TEXT = """Trang thông tin điện tử xã Tân Khê
Trang chủ | Chính quyền | Văn bản | Liên hệ
Văn bản của UBND xã
Lượt xem: 318
ỦY BAN NHÂN DÂN
XÃ TÂN KHÊ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 42/KH-UBND
Tân Khê, ngày 05 tháng 02 năm 2029
KẾ HOẠCH
Phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn xã Tân Khê năm 2029
Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;
Thực hiện Kế hoạch số 156/KH-UBND ngày 20 tháng 12 năm 2028 của Ủy ban nhân dân tỉnh Lâm Khê về quản lý chất thải rắn sinh hoạt năm 2029;
Ủy ban nhân dân xã Tân Khê xây dựng Kế hoạch phân loại chất thải rắn sinh hoạt tại nguồn năm 2029, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân trong việc phân loại, thu gom chất thải rắn sinh hoạt.
2. Việc triển khai phải cụ thể, phù hợp điều kiện của từng thôn; phân công rõ người, rõ việc.
II. CHỈ TIÊU
1. Ít nhất 5/7 thôn thực hiện phân loại chất thải rắn sinh hoạt tại nguồn.
2. Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn đạt từ 60% trở lên.
3. Xây dựng ít nhất 02 mô hình "Thôn xanh - sạch - đẹp" và 01 mô hình ủ phân hữu cơ từ chất thải tại hộ gia đình.
4. 100% trường học, trụ sở cơ quan trên địa bàn xã bố trí thùng phân loại chất thải.
5. Thu gom, xử lý 95% chất thải rắn sinh hoạt phát sinh trên địa bàn xã.
III. NỘI DUNG THỰC HIỆN
1. Tuyên truyền, vận động Nhân dân phân loại chất thải tại nguồn: Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã thực hiện. Kinh phí: 12.500.000 đồng.
2. Mua sắm, cấp phát thùng phân loại chất thải cho trường học, trụ sở cơ quan và hộ gia đình khó khăn: Phòng Kinh tế chủ trì, phối hợp với Văn phòng HĐND và UBND xã thực hiện. Kinh phí: 114.000.000 đồng.
3. Xây dựng mô hình "Thôn xanh - sạch - đẹp" và mô hình ủ phân hữu cơ: Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã và Ban Nhân dân các thôn thực hiện. Kinh phí: 60.000.000 đồng.
IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện: 186.500.000 đồng (Bằng chữ: Một trăm tám mươi sáu triệu năm trăm nghìn đồng), trong đó:
- Ngân sách xã: 126.500.000 đồng;
- Huy động Nhân dân đóng góp: 60.000.000 đồng.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: Là cơ quan thường trực, hướng dẫn các thôn triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 15/6/2029 và trước ngày 15/12/2029.
2. Phòng Văn hóa - Xã hội: Xây dựng nội dung tuyên truyền trên hệ thống loa truyền thanh và trang thông tin điện tử của xã.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể: Vận động đoàn viên, hội viên gương mẫu thực hiện; lồng ghép nội dung phân loại chất thải vào sinh hoạt chi hội.
4. Ban Nhân dân các thôn: Tổ chức thực hiện tại thôn; vận động hộ gia đình đóng góp kinh phí theo thỏa thuận.
Nơi nhận:
- UBND tỉnh Lâm Khê (b/c);
- Sở Nông nghiệp và Môi trường;
- TT Đảng ủy, TT HĐND xã;
- Chủ tịch, các PCT UBND xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Lê Thị Mai Hương
Tệp đính kèm: 42-KH-UBND.pdf
Bản quyền thuộc Ủy ban nhân dân xã Tân Khê
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / UNION_DOC).write_bytes(union_plan())
    (folder / AMEND_DOC).write_bytes(_pdf(amending_plan(), AMEND_DOC))
    (folder / REFORM_HTML).write_text(REFORM_TEXT, encoding="utf-8")
    (folder / COMMUNE_TXT).write_text(COMMUNE_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
