"""Invented documents of hold-out round G56, aimed at FIELD shapes the invented set did not hold yet.

The documents:
- g56_tinh-vantrach: a province's decision approving a scheme as a crawler saves the portal's page, whose money is a
  total, then on one line after a lead the kinds of capital ("b) Theo tính chất nguồn vốn: vốn đầu tư phát triển A,
  vốn sự nghiệp B") and the phases stated with "là" ("c) Phân kỳ thực hiện: giai đoạn 2026 - 2027 là A; giai đoạn
  2028 - 2030 là B"), and whose Điều 2 gives the duties in one chained sentence ("Giao Công an tỉnh chủ trì ...; Sở Y
  tế ...; Sở Tư pháp ...; Sở Tài chính ...") (.txt);
- g56_tinh-phunguyen: a province's decision allocating an estimate (Quyết định giao dự toán) to six bodies in Word:
  Điều 1's sum with its words in brackets and its two kinds ("kinh phí thường xuyên A; kinh phí không thường xuyên
  B"), an annex after the signature "TT | Đơn vị | Dự toán giao | Trong đó: Kinh phí thường xuyên | Kinh phí không
  thường xuyên" whose rows are bodies, not tasks, its "Tổng cộng" row first; Điều 2 numbered duties ("Các cơ quan,
  đơn vị được giao dự toán: ...") and Điều 3's executors ("Thủ trưởng các cơ quan, đơn vị có tên tại Phụ lục") (.docx);
- g56_tinh-ngockhanh: a province's amending decision on its portal page: "1. Sửa đổi điểm a khoản 2 Mục II như sau:"
  over quoted new targets, one with the old figure beside it ("đạt 42% (thay cho chỉ tiêu 38% tại Kế hoạch số ...)"),
  a quoted new total and its sources, "thay thế "850 triệu đồng" bằng "1.120 triệu đồng"" for one event's money, and
  an added task (.html);
- g56_xa-nakhoang: a commune's plan as a Markdown scrape whose targets are per hamlet ("100% thôn, bản có ...", "Mỗi
  thôn, bản có ít nhất 01 ..."), its money the commune's budget, "huy động xã hội hóa" and "Nhân dân đóng góp bằng
  tiền", beside the people's labour days and goods in kind with no value ("3.200 ngày công", "2.500 m² đất") (.md).

The reading the set's conventions imply: the kinds of capital statements of their own, scope the kind (as
g54_tinh-quanglam), the phases scope their period; each body of the chained sentence a responsibility; the allocation
annex's every amount cell an item (the bodies' rows items, "Tổng cộng" a total row), the two kinds "other"; Điều 1's
sum and its two kinds statements; in the amending decision only the new figures count (42, not 38; 1.120 triệu đồng,
not 850), the amended plan no basis; in the commune's plan the labour days and the land no money, the people's cash
mobilized (as g12_xa-hoaloctay).

First pass (golds written by hand before the first extraction, commit 9ff332d7; the 4 documents scored alone, code of
b5d26aa0): micro 164/184/188 (0.882). Whole: headers, recipients, bases, activities, the chained duties, the commune's
money. The misses: the first kind of capital after its lead scoped "total" and the second "là" phase the first's
(tests/test_g56_listed_parts.py); the quoted objectives heading with its year no heading, then the replaced level a
target (tests/test_g56_quoted_targets_year.py); the replaced amount a sum (tests/test_g56_replaced_amounts.py); "kinh
phí thường xuyên" scoped "Thường xuyên" and its column all sources (tests/test_g56_spending_kinds.py). One gold
corrected after the first pass (0a464e5d: "... và các tổ chức chính trị - xã hội xã" a responsibility of its own, as
g54_huyen-thachban). After: 189/189/189 (tests/test_g56_holdout.py).

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g56
[OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province's decision approving a scheme: kinds of capital and phases after a lead, chained duties, crawled page.

SCHEME_TXT = "g56_tinh-vantrach_1538-qd-ubnd_2026_de-an-cai-nghien-von-giai-doan-la-crawl.txt"

SCHEME_TEXT = """Cổng thông tin điện tử tỉnh Vân Trạch
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Liên hệ
Văn bản chỉ đạo điều hành » Quyết định
Ngày đăng: 09/7/2026 | Lượt xem: 412
ỦY BAN NHÂN DÂN
TỈNH VÂN TRẠCH
-------
Số: 1538/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Vân Trạch, ngày 07 tháng 7 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án nâng cao năng lực cơ sở cai nghiện ma túy và quản lý sau cai nghiện trên địa bàn tỉnh Vân Trạch giai đoạn 2026 - 2030
ỦY BAN NHÂN DÂN TỈNH VÂN TRẠCH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021;
Căn cứ Nghị quyết số 27/NQ-HĐND ngày 12 tháng 6 năm 2026 của Hội đồng nhân dân tỉnh Vân Trạch về chủ trương đầu tư nâng cấp Cơ sở cai nghiện ma túy tỉnh;
Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 318/TTr-CAT ngày 24 tháng 6 năm 2026.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án nâng cao năng lực cơ sở cai nghiện ma túy và quản lý sau cai nghiện trên địa bàn tỉnh Vân Trạch giai đoạn 2026 - 2030 (sau đây gọi tắt là Đề án) với các nội dung chủ yếu sau:
1. Mục tiêu
a) Mục tiêu chung: Nâng cao chất lượng cai nghiện ma túy và quản lý sau cai nghiện; giảm tỷ lệ tái nghiện, góp phần bảo đảm an ninh, trật tự trên địa bàn tỉnh.
b) Mục tiêu cụ thể đến năm 2030:
- Cơ sở cai nghiện ma túy tỉnh được nâng cấp, bảo đảm tiếp nhận, quản lý đồng thời 600 học viên.
- Ít nhất 90% người nghiện ma túy có hồ sơ được tư vấn, điều trị cai nghiện phù hợp.
- 100% người sau cai nghiện được quản lý, hỗ trợ tái hòa nhập cộng đồng tại nơi cư trú.
- Tỷ lệ tái nghiện sau 12 tháng giảm ít nhất 15% so với năm 2025.
2. Nhiệm vụ, giải pháp
a) Đầu tư nâng cấp Cơ sở cai nghiện ma túy tỉnh
- Cải tạo khu nhà ở học viên, khu điều trị cắt cơn, khu lao động trị liệu; mua sắm trang thiết bị y tế, phục hồi chức năng.
- Công an tỉnh chủ trì, phối hợp với Sở Xây dựng, Sở Y tế thực hiện.
b) Nâng cao chất lượng điều trị nghiện và chăm sóc sức khỏe học viên
- Điều trị cắt cơn, điều trị các bệnh đồng nhiễm; mở rộng điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế.
- Sở Y tế chủ trì, phối hợp với Công an tỉnh thực hiện.
c) Trợ giúp pháp lý, dạy nghề và hỗ trợ tái hòa nhập cộng đồng
- Trợ giúp pháp lý cho học viên; dạy nghề, giới thiệu việc làm cho người sau cai nghiện.
- Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Ủy ban nhân dân các xã, phường thực hiện.
3. Kinh phí thực hiện
a) Tổng kinh phí thực hiện Đề án: 15.500 triệu đồng từ nguồn ngân sách tỉnh.
b) Theo tính chất nguồn vốn: vốn đầu tư phát triển 12.400 triệu đồng, vốn sự nghiệp 3.100 triệu đồng.
c) Phân kỳ thực hiện: giai đoạn 2026 - 2027 là 8.500 triệu đồng; giai đoạn 2028 - 2030 là 7.000 triệu đồng.
4. Thời gian thực hiện: từ năm 2026 đến năm 2030.
Điều 2. Tổ chức thực hiện
Giao Công an tỉnh chủ trì, là cơ quan thường trực theo dõi, đôn đốc, tổng hợp kết quả thực hiện Đề án, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm; Sở Y tế hướng dẫn chuyên môn điều trị nghiện, bảo đảm thuốc điều trị thay thế; Sở Tư pháp tổ chức trợ giúp pháp lý cho người nghiện ma túy và người sau cai nghiện; Sở Tài chính tham mưu bố trí vốn đầu tư phát triển và kinh phí sự nghiệp thực hiện Đề án.
Ủy ban nhân dân các xã, phường: Quản lý người sau cai nghiện tại nơi cư trú; phối hợp tổ chức cai nghiện tại gia đình, cộng đồng.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh; Giám đốc các sở: Y tế, Tư pháp, Tài chính, Xây dựng; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Bộ Công an (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- CT, các PCT UBND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Triệu Đức Khang
Tin cùng chuyên mục:
- Vân Trạch: khởi công cải tạo khu điều trị cắt cơn tại Cơ sở cai nghiện ma túy tỉnh (02/7/2026)
- Hội nghị sơ kết 6 tháng đầu năm công tác phòng, chống ma túy (28/6/2026)
"""

# ---------------------------------------------------------------------------
# 2. A province's decision allocating an estimate to six bodies, an annex of bodies by kind, Word.

ESTIMATE_DOC = "g56_tinh-phunguyen_2316-qd-ubnd_2026_giao-du-toan-chuyen-doi-so-don-vi.docx"

ESTIMATE_BODY = [
    ("c", "ỦY BAN NHÂN DÂN TỈNH PHÚ NGUYÊN"),
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;"),
    ("i", "Căn cứ Nghị quyết số 48/NQ-HĐND ngày 10 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Phú Nguyên về dự toán "
          "ngân sách nhà nước tỉnh Phú Nguyên năm 2027;"),
    ("i", "Căn cứ Kế hoạch số 305/KH-UBND ngày 18 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh Phú Nguyên về chuyển đổi "
          "số tỉnh Phú Nguyên năm 2027;"),
    ("i", "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 1184/TTr-STC ngày 16 tháng 12 năm 2026."),
    ("c", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Giao dự toán kinh phí thực hiện Kế hoạch chuyển đổi số tỉnh Phú Nguyên năm 2027 cho các cơ quan, "
          "đơn vị với tổng số tiền là 9.860 triệu đồng (Chín tỷ, tám trăm sáu mươi triệu đồng) từ nguồn ngân sách tỉnh, "
          "trong đó: kinh phí thường xuyên 3.240 triệu đồng; kinh phí không thường xuyên 6.620 triệu đồng."),
    ("p", "(Chi tiết theo Phụ lục kèm theo)"),
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Các cơ quan, đơn vị được giao dự toán: Tổ chức thực hiện, quản lý, sử dụng kinh phí đúng mục đích, đúng "
          "chế độ; thanh toán, quyết toán kinh phí theo quy định trước ngày 31 tháng 01 năm 2028."),
    ("p", "2. Sở Tài chính: Hướng dẫn, kiểm tra việc quản lý, sử dụng kinh phí; tổng hợp quyết toán theo quy định."),
    ("p", "3. Sở Khoa học và Công nghệ: Theo dõi, đôn đốc tiến độ thực hiện các nhiệm vụ chuyển đổi số; tổng hợp, báo "
          "cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2027."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài "
          "chính, Giám đốc Kho bạc Nhà nước khu vực XIV, Thủ trưởng các cơ quan, đơn vị có tên tại Phụ lục kèm theo "
          "chịu trách nhiệm thi hành Quyết định này./."),
]

ESTIMATE_ROWS = [
    ["TT", "Đơn vị", "Dự toán giao", "Trong đó", ""],
    ["", "", "", "Kinh phí thường xuyên", "Kinh phí không thường xuyên"],
    ["", "Tổng cộng", "9.860", "3.240", "6.620"],
    ["1", "Sở Khoa học và Công nghệ", "3.450", "650", "2.800"],
    ["2", "Văn phòng Ủy ban nhân dân tỉnh", "1.920", "520", "1.400"],
    ["3", "Sở Nội vụ", "860", "460", "400"],
    ["4", "Trung tâm Phục vụ hành chính công tỉnh", "1.280", "480", "800"],
    ["5", "Công an tỉnh", "1.540", "520", "1.020"],
    ["6", "Sở Y tế", "810", "610", "200"],
]


def estimate() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ NGUYÊN", "-------", "Số: 2316/QĐ-UBND"],
            [*MOTTO, "Phú Nguyên, ngày 22 tháng 12 năm 2026"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Về việc giao dự toán kinh phí thực hiện Kế hoạch chuyển đổi số tỉnh Phú Nguyên năm 2027",
               bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, ESTIMATE_BODY)
    closing(doc, ["- Như Điều 3;", "- Bộ Tài chính (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                  "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KTTC."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Minh Quyết"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027 GIAO CHO CÁC CƠ QUAN, ĐƠN VỊ",
               bold=True, center=True)
    _paragraph(doc, "(Kèm theo Quyết định số 2316/QĐ-UBND ngày 22/12/2026 của Ủy ban nhân dân tỉnh Phú Nguyên)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True, justify=True)
    _table(doc, ESTIMATE_ROWS, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4))))
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province's amending decision, new targets and money beside the old, portal page.

AMEND_HTML = "g56_tinh-ngockhanh_1962-qd-ubnd_2027_sua-doi-thay-the-bang-portal.html"

AMEND_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quyết định sửa đổi, bổ sung Kế hoạch phát triển phong trào thể dục, thể thao quần chúng - Cổng TTĐT tỉnh Ngọc Khánh</title>
</head>
<body>
<div class="header-top">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGỌC KHÁNH</div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul>
<div class="breadcrumb">Trang chủ / Văn bản / Văn bản chỉ đạo điều hành</div>
<div class="article">
<h1 class="article-title">Quyết định sửa đổi, bổ sung Kế hoạch phát triển phong trào thể dục, thể thao quần chúng giai đoạn 2027 - 2029</h1>
<div class="article-meta">Ngày đăng: 16/8/2027 | Nguồn: Văn phòng UBND tỉnh</div>
<div class="article-content">
<table style="width:100%;border:0">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH NGỌC KHÁNH</b><br>-------<br>Số: 1962/QĐ-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Ngọc Khánh, ngày 14 tháng 8 năm 2027</i></td>
</tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Về việc sửa đổi, bổ sung một số nội dung của Kế hoạch số 96/KH-UBND ngày 04 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh về phát triển phong trào thể dục, thể thao quần chúng giai đoạn 2027 - 2029</b></p>
<p style="text-align:center"><b>ỦY BAN NHÂN DÂN TỈNH NGỌC KHÁNH</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</i></p>
<p><i>Căn cứ Nghị quyết số 35/NQ-HĐND ngày 20 tháng 7 năm 2027 của Hội đồng nhân dân tỉnh Ngọc Khánh về điều chỉnh dự toán ngân sách tỉnh năm 2027;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 402/TTr-SVHTTDL ngày 05 tháng 8 năm 2027.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Sửa đổi, bổ sung một số nội dung của Kế hoạch số 96/KH-UBND ngày 04 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh về phát triển phong trào thể dục, thể thao quần chúng giai đoạn 2027 - 2029 như sau:</p>
<p>1. Sửa đổi điểm a khoản 2 Mục II như sau:</p>
<p>"a) Chỉ tiêu cụ thể đến năm 2029:</p>
<p>- Tỷ lệ dân số tập luyện thể dục, thể thao thường xuyên đạt 42% (thay cho chỉ tiêu 38% tại Kế hoạch số 96/KH-UBND);</p>
<p>- Tỷ lệ hộ gia đình tập luyện thể dục, thể thao đạt 30%;</p>
<p>- 100% xã, phường có ít nhất 01 sân thể thao phổ thông đạt chuẩn."</p>
<p>2. Sửa đổi khoản 1 Mục IV như sau:</p>
<p>"1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2027 - 2029 là 6.480 triệu đồng, trong đó: ngân sách tỉnh 5.280 triệu đồng; nguồn xã hội hóa 1.200 triệu đồng."</p>
<p>3. Tại điểm c khoản 2 Mục IV (kinh phí tổ chức Đại hội Thể dục thể thao tỉnh lần thứ IX năm 2028), thay thế "850 triệu đồng" bằng "1.120 triệu đồng".</p>
<p>4. Bổ sung nhiệm vụ 6 vào Mục III như sau:</p>
<p>"6. Phát triển câu lạc bộ thể thao người cao tuổi tại khu dân cư</p>
<p>Hướng dẫn thành lập, duy trì hoạt động câu lạc bộ dưỡng sinh, đi bộ, bóng chuyền hơi cho người cao tuổi tại các thôn, tổ dân phố. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Hội Người cao tuổi tỉnh, Ủy ban nhân dân các xã, phường thực hiện."</p>
<p><b>Điều 2.</b> Các nội dung khác của Kế hoạch số 96/KH-UBND ngày 04 tháng 3 năm 2027 giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.</p>
<table style="width:100%;border:0">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ Văn hóa, Thể thao và Du lịch (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh (b/c);<br>- CT, các PCT UBND tỉnh;<br>- Lưu: VT, KGVX.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><i>(Đã ký)</i><br><br><b>Mai Thị Thanh Vân</b></td>
</tr>
</table>
</div>
<div class="attach">Tệp đính kèm: <a href="/files/1962-qd-ubnd.pdf">1962-QD-UBND.pdf</a></div>
</div>
<div class="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Ngọc Khánh. Giấy phép số 18/GP-TTĐT.</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. A commune's plan, targets per hamlet, cash beside labour days and goods in kind, Markdown scrape.

COMMUNE_MD = "g56_xa-nakhoang_11-kh-ubnd_2027_thon-ban-ngay-cong-hien-vat-md.md"

COMMUNE_TEXT = """[Trang chủ](/) > [Thông tin chỉ đạo, điều hành](/chi-dao-dieu-hanh) > Kế hoạch

## Kế hoạch xây dựng thôn, bản "Sáng - Xanh - Sạch - Đẹp" trên địa bàn xã Nà Khoang năm 2027

*Cập nhật: 20/01/2027 | Nguồn: Văn phòng HĐND và UBND xã*

**ỦY BAN NHÂN DÂN XÃ NÀ KHOANG**

Số: 11/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Nà Khoang, ngày 18 tháng 01 năm 2027*

**KẾ HOẠCH**

**Xây dựng thôn, bản "Sáng - Xanh - Sạch - Đẹp" trên địa bàn xã Nà Khoang năm 2027**

Căn cứ Kế hoạch số 214/KH-UBND ngày 28 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Đồng Quy về xây dựng nông thôn mới năm 2027;

Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10 tháng 01 năm 2027 của Hội đồng nhân dân xã Nà Khoang về nhiệm vụ phát triển kinh tế - xã hội năm 2027;

Ủy ban nhân dân xã Nà Khoang ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1\\. Huy động sự vào cuộc của cả hệ thống chính trị và Nhân dân các thôn, bản trong chỉnh trang cảnh quan, bảo vệ môi trường nông thôn.

2\\. Phát huy vai trò chủ thể của Nhân dân; công khai, minh bạch việc huy động, sử dụng các nguồn lực đóng góp.

**II. CHỈ TIÊU**

\\- 100% thôn, bản có đường điện chiếu sáng trên các trục đường chính.

\\- Mỗi thôn, bản có ít nhất 01 tuyến đường hoa, cây xanh dài tối thiểu 500 m.

\\- Ít nhất 85% hộ gia đình thực hiện phân loại rác thải sinh hoạt tại nguồn.

\\- 100% thôn, bản tổ chức tổng vệ sinh môi trường vào ngày Chủ nhật cuối tháng.

**III. NHIỆM VỤ, GIẢI PHÁP**

1\\. Lắp đặt đường điện chiếu sáng nông thôn

\\- Lắp đặt 146 bộ đèn chiếu sáng năng lượng mặt trời trên các trục đường chính của 9 thôn, bản.

\\- Phòng Kinh tế chủ trì, phối hợp với Ban Nhân dân các thôn, bản thực hiện.

2\\. Trồng đường hoa, cây xanh

\\- Trồng hoa, cây bóng mát trên các tuyến đường liên thôn; giao từng đoạn đường cho các hộ gia đình chăm sóc.

\\- Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Ban Nhân dân các thôn, bản thực hiện.

3\\. Thu gom, phân loại rác thải sinh hoạt

\\- Hướng dẫn hộ gia đình phân loại rác thải tại nguồn; bố trí điểm tập kết rác thải tại mỗi thôn, bản.

\\- Phòng Kinh tế chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã thực hiện.

**IV. KINH PHÍ VÀ NGUỒN LỰC**

1\\. Tổng kinh phí thực hiện Kế hoạch: 1.460 triệu đồng, trong đó:

\\- Ngân sách xã: 620 triệu đồng;

\\- Huy động xã hội hóa từ doanh nghiệp, con em quê hương: 380 triệu đồng;

\\- Nhân dân đóng góp bằng tiền: 460 triệu đồng.

2\\. Ngoài ra, Nhân dân các thôn, bản đóng góp khoảng 3.200 ngày công lao động, hiến 2.500 m² đất mở rộng đường và hiện vật (cây giống, cát, sỏi).

**V. TỔ CHỨC THỰC HIỆN**

1\\. Phòng Kinh tế: Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã tổ chức thực hiện Kế hoạch; tổng hợp, báo cáo kết quả trước ngày 15/12/2027.

2\\. Phòng Văn hóa - Xã hội: Tuyên truyền, vận động Nhân dân tham gia xây dựng thôn, bản "Sáng - Xanh - Sạch - Đẹp"; đưa kết quả thực hiện vào bình xét danh hiệu thôn, bản văn hóa.

3\\. Ban Nhân dân các thôn, bản: Tổ chức họp thôn, bản thống nhất mức đóng góp; công khai các khoản đóng góp của Nhân dân; huy động Nhân dân tham gia ngày công.

4\\. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã: Vận động đoàn viên, hội viên hưởng ứng; giám sát việc huy động, sử dụng các khoản đóng góp của Nhân dân./.

| ***Nơi nhận:***<br>\\- UBND tỉnh Đồng Quy (b/c);<br>\\- TT Đảng ủy, TT HĐND xã (b/c);<br>\\- CT, các PCT UBND xã;<br>\\- Ban Nhân dân các thôn, bản;<br>\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br><br>**Lù Văn Pấu** |
|---|---|
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SCHEME_TXT).write_text(SCHEME_TEXT, encoding="utf-8")
    (folder / ESTIMATE_DOC).write_bytes(estimate())
    (folder / AMEND_HTML).write_text(AMEND_PAGE, encoding="utf-8")
    (folder / COMMUNE_MD).write_text(COMMUNE_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
