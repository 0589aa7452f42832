"""Invented documents of hold-out round G54, aimed at FIELD shapes the invented set did not hold yet.

The documents:
- g54_tinh-quanglam: a province's decision approving a scheme (Quyết định phê duyệt Đề án) in Word whose money is
  a total split by sources in percentages only ("ngân sách trung ương hỗ trợ 60%, ngân sách tỉnh 30%, ..."), again by
  the kind of capital ("vốn đầu tư phát triển ..., vốn sự nghiệp ...") and phased by numbered period ("giai đoạn 1
  (2026 - 2027): ...; giai đoạn 2 (2028 - 2030): ..."); its tasks lettered under "3. Nhiệm vụ, giải pháp" inside
  Điều 1, each closing on "X chủ trì, phối hợp với Y thực hiện.", its assignments in Điều 2 and its executors in
  Điều 3 (.docx);
- g54_syt-namthuy: a province health department's two-year immunisation plan on its portal page whose targets are
  floors and per-unit counts ("Ít nhất 95% trẻ em ...", "Mỗi xã, phường có ít nhất 01 ...", "Không để xảy ra ...",
  "tối thiểu 12 lớp") and, after the signature, an annex of targets by year "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm
  2027" whose unit column says "%" and whose cells are bare numbers (.html);
- g54_lienganh-sonnguyen: a joint plan (Kế hoạch liên ngành) of the province's police and health department as a
  crawler saves its page: two issuers side by side, a joint number "35/KHLN-CAT-SYT", "IV. TRÁCH NHIỆM CỦA CÁC CƠ
  QUAN" split "1. Trách nhiệm của Công an tỉnh" / "2. Trách nhiệm của Sở Y tế" with lettered duties under each, and
  "3. Đề nghị phối hợp" with "a) Đề nghị Viện Kiểm sát nhân dân tỉnh: ...", the court, the Front, the communes; two
  signature blocks one after the other (.txt);
- g54_huyen-thachban: a district's plan launching an emulation movement (phong trào thi đua "Chung tay xóa nhà tạm,
  nhà dột nát") as a Markdown scrape: support norms per house and reward norms per collective and person ("mức
  thưởng 2.000.000 đồng/tập thể") that are no sums, the reward money in exact đồng with "(Bằng chữ: ...)", the real
  total and its sources, targets with deadlines ("hoàn thành trước ngày 30/8/2025", "đến ngày 30/6/2025 hoàn thành ít
  nhất 70% ...") (.md).

The reading the set's conventions imply: a source given only as a share of the total ("ngân sách trung ương hỗ trợ
60%") states no sum (no statement; the total is one); the kinds of capital are statements of their own (scope the
kind, as g50_huyen-camgiang); a numbered phase a statement whose scope is its period; the annex target table's rows
objectives (a percent per year, the count row none), as e_syt-lamhai; "Trách nhiệm của X" a responsibility of X (as
j_kienlang), each "Đề nghị X" one more; the reward norms no statements, the reward money one (as g28_huyen-lacsondong).

First pass (golds written by hand before the first extraction, commit c9fb74fa; the 4 documents scored alone, code of
a45d0940): micro 181/183/204 (0.935). Whole: the decision (bases, objectives, the lettered tasks, Điều 2 and Điều 3,
the total, the kinds of capital, the phases; the shares no statements). The misses: the annex of targets by year read
not at all (no objective pointed to it: tests/test_g54_target_appendix.py); "II. CHỈ TIÊU THI ĐUA" no objectives'
heading (tests/test_g54_emulation_targets.py); "trong đó: Công an tỉnh N; Sở Y tế M" two wholes of no source
(tests/test_g54_agency_parts.py). After: 204/204/204 (tests/test_g54_holdout.py). Probing the round's shapes in other
words: "1. Công an tỉnh có trách nhiệm:" over its duties gave "có trách nhiệm:" as a duty
(tests/test_g54_duties_lead.py); "Mỗi tập thể ... được tặng Giấy khen kèm theo tiền thưởng N" read as the plan's whole
(tests/test_g54_reward_norms.py). Left: the first part of a list after its lead on one line ("c) Theo tính chất nguồn
vốn: vốn đầu tư phát triển A, vốn sự nghiệp B"; "d) Phân kỳ thực hiện: giai đoạn 1 (2026 - 2027): A; giai đoạn 2
(...): B") scoped "total" while the next is named (both accepted by the golds); "giai đoạn 2027 - 2028 là A" scoped
"total"; "giao Công an tỉnh A, Sở Y tế B" scoped "Giao Công an tỉnh", of no source.

Everything is invented (provinces, districts, bodies, names, numbers, dates). `python -m tests.invented.build_g54
[OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province's decision approving a scheme, money by percent, kind of capital and phase, Word.

SCHEME_DOC = "g54_tinh-quanglam_1275-qd-ubnd_2026_phe-duyet-de-an-ty-le-nguon-giai-doan.docx"

SCHEME_BODY = [
    ("c", "ỦY BAN NHÂN DÂN TỈNH QUẢNG LAM"),
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Quyết định số 412/QĐ-TTg ngày 08 tháng 4 năm 2026 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "phát triển dược liệu quốc gia đến năm 2035;"),
    ("i", "Căn cứ Nghị quyết số 19/NQ-HĐND ngày 10 tháng 4 năm 2026 của Hội đồng nhân dân tỉnh Quảng Lam về chủ "
          "trương phát triển vùng trồng dược liệu tập trung trên địa bàn tỉnh;"),
    ("i", "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 256/TTr-SNNMT ngày 02 tháng 6 năm "
          "2026."),
    ("c", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Phê duyệt Đề án phát triển vùng trồng dược liệu tập trung tỉnh Quảng Lam giai đoạn 2026 - 2030 với "
          "các nội dung chủ yếu sau:"),
    ("p", "1. Mục tiêu"),
    ("p", "a) Mục tiêu chung: Hình thành vùng trồng dược liệu tập trung quy mô hàng hóa, gắn với sơ chế, chế biến và "
          "tiêu thụ theo chuỗi giá trị; nâng cao thu nhập cho người dân các xã vùng núi phía Tây của tỉnh."),
    ("p", "b) Mục tiêu cụ thể đến năm 2030:"),
    ("p", "- Phát triển 1.200 ha vùng trồng dược liệu tập trung, trong đó ít nhất 350 ha đạt tiêu chuẩn GACP-WHO."),
    ("p", "- 100% diện tích vùng trồng tập trung được cấp mã số vùng trồng."),
    ("p", "- Tỷ lệ sản lượng dược liệu được tiêu thụ thông qua hợp đồng liên kết đạt trên 70%."),
    ("p", "- Thu hút ít nhất 05 doanh nghiệp đầu tư nhà máy sơ chế, chế biến dược liệu."),
    ("p", "- Giá trị sản xuất trên 01 ha đất trồng dược liệu tăng 30% so với năm 2025."),
    ("p", "2. Phạm vi thực hiện: các xã Tà Rinh, Pà Cò, Đăk Nhung, Sơn Mai và Ngọc Tuyền."),
    ("p", "3. Nhiệm vụ, giải pháp"),
    ("p", "a) Quy hoạch, xây dựng vùng trồng dược liệu tập trung"),
    ("p", "- Rà soát quỹ đất, xác định ranh giới vùng trồng; cấp mã số vùng trồng cho các vùng đủ điều kiện."),
    ("p", "- Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã vùng đề án thực hiện."),
    ("p", "b) Hỗ trợ giống, chuyển giao kỹ thuật trồng, chăm sóc dược liệu"),
    ("p", "- Xây dựng vườn ươm giống gốc; tập huấn quy trình trồng, thu hái theo tiêu chuẩn GACP-WHO."),
    ("p", "- Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh thực hiện."),
    ("p", "c) Đầu tư hạ tầng phục vụ vùng trồng"),
    ("p", "- Đầu tư đường giao thông nội vùng, hệ thống tưới tiết kiệm nước, nhà sơ chế tại vùng trồng."),
    ("p", "- Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh chủ trì, phối hợp với Ủy ban nhân dân "
          "các xã vùng đề án thực hiện."),
    ("p", "d) Liên kết tiêu thụ, xúc tiến thương mại"),
    ("p", "- Kết nối doanh nghiệp dược với hợp tác xã, hộ trồng; xây dựng thương hiệu dược liệu Quảng Lam."),
    ("p", "- Sở Công Thương chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện."),
    ("p", "4. Kinh phí và nguồn vốn"),
    ("p", "a) Tổng kinh phí thực hiện Đề án: 48.600 triệu đồng (Bốn mươi tám tỷ, sáu trăm triệu đồng)."),
    ("p", "b) Cơ cấu nguồn vốn: ngân sách trung ương hỗ trợ 60%, ngân sách tỉnh 30%, vốn đối ứng của doanh nghiệp, "
          "hợp tác xã và người dân 10%."),
    ("p", "c) Theo tính chất nguồn vốn: vốn đầu tư phát triển 34.200 triệu đồng, vốn sự nghiệp 14.400 triệu đồng."),
    ("p", "d) Phân kỳ thực hiện: giai đoạn 1 (2026 - 2027): 19.800 triệu đồng; giai đoạn 2 (2028 - 2030): 28.800 "
          "triệu đồng."),
    ("p", "5. Thời gian thực hiện: từ năm 2026 đến năm 2030."),
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Sở Nông nghiệp và Môi trường: Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Đề án; tổng "
          "hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính: Tham mưu bố trí vốn đầu tư phát triển và kinh phí sự nghiệp thực hiện Đề án theo khả năng "
          "cân đối ngân sách tỉnh."),
    ("p", "3. Sở Công Thương: Chủ trì xúc tiến thương mại, kết nối tiêu thụ sản phẩm dược liệu."),
    ("p", "4. Ủy ban nhân dân các xã vùng đề án: Vận động người dân tham gia liên kết; quản lý diện tích vùng trồng "
          "trên địa bàn."),
    ("p", "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các "
          "sở: Nông nghiệp và Môi trường, Tài chính, Công Thương; Chủ tịch Ủy ban nhân dân các xã vùng đề án và Thủ "
          "trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]


def scheme() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG LAM", "-------", "Số: 1275/QĐ-UBND"],
            [*MOTTO, "Quảng Lam, ngày 18 tháng 6 năm 2026"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Phê duyệt Đề án phát triển vùng trồng dược liệu tập trung tỉnh Quảng Lam giai đoạn 2026 - 2030",
               bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, SCHEME_BODY)
    closing(doc, ["- Như Điều 3;", "- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                  "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Quang Huy"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A health department's immunisation plan, floors and per-unit counts, a target annex by year, portal page.

IMMUNISATION_HTML = "g54_syt-namthuy_318-kh-syt_2026_tiem-chung-san-phu-luc-chi-tieu-nam-portal.html"

IMMUNISATION_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch Tiêm chủng mở rộng tỉnh Nam Thủy giai đoạn 2026 - 2027 - Sở Y tế tỉnh Nam Thủy</title>
</head>
<body>
<div id="top-bar">Sở Y tế tỉnh Nam Thủy | Đường dây nóng: 0259.3822.115</div>
<nav class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a> | <a href="/lien-he">Liên hệ</a></nav>
<div class="content">
<h2 class="title-news">Kế hoạch Tiêm chủng mở rộng tỉnh Nam Thủy giai đoạn 2026 - 2027</h2>
<p class="date-news">06/02/2026 08:15</p>
<div class="news-body">
<table width="100%" style="border:none">
<tr>
<td align="center" width="40%">ỦY BAN NHÂN DÂN TỈNH NAM THỦY<br><b>SỞ Y TẾ</b><br>-------<br>Số: 318/KH-SYT</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Nam Thủy, ngày 05 tháng 02 năm 2026</i></td>
</tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Tiêm chủng mở rộng tỉnh Nam Thủy giai đoạn 2026 - 2027</b></p>
<p><i>Căn cứ Quyết định số 1520/QĐ-BYT ngày 20 tháng 12 năm 2025 của Bộ Y tế phê duyệt Kế hoạch tiêm chủng mở rộng giai đoạn 2026 - 2027;</i></p>
<p><i>Căn cứ Kế hoạch số 42/KH-UBND ngày 22 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Nam Thủy về bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân năm 2026;</i></p>
<p>Sở Y tế xây dựng Kế hoạch Tiêm chủng mở rộng giai đoạn 2026 - 2027 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Duy trì tỷ lệ tiêm chủng cao và đồng đều ở tất cả các xã, phường; bảo đảm an toàn tiêm chủng, chủ động phòng, chống các bệnh truyền nhiễm có vắc xin phòng bệnh.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>a) Ít nhất 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình tiêm chủng mở rộng.</p>
<p>b) Mỗi xã, phường có ít nhất 01 điểm tiêm chủng cố định đạt điều kiện an toàn tiêm chủng.</p>
<p>c) Không để xảy ra tai biến nặng sau tiêm chủng do sai sót chuyên môn.</p>
<p>d) Tổ chức tối thiểu 12 lớp tập huấn an toàn tiêm chủng cho cán bộ y tế tuyến xã mỗi năm.</p>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p><b>1. Tổ chức tiêm chủng thường xuyên, tiêm bù và tiêm vét</b></p>
<p>- Tổ chức tiêm chủng thường xuyên hằng tháng tại trạm y tế; rà soát, tiêm bù, tiêm vét cho trẻ chưa được tiêm hoặc tiêm chưa đủ mũi.</p>
<p>- Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trạm Y tế các xã, phường thực hiện.</p>
<p><b>2. Bảo đảm an toàn tiêm chủng và cung ứng vắc xin</b></p>
<p>- Tiếp nhận, bảo quản, phân phối vắc xin theo dây chuyền lạnh; giám sát, xử trí phản ứng sau tiêm chủng.</p>
<p>- Phòng Nghiệp vụ Y - Dược chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh, Bệnh viện Đa khoa tỉnh thực hiện.</p>
<p><b>3. Truyền thông về tiêm chủng</b></p>
<p>- Truyền thông về lợi ích của tiêm chủng trên Báo và Phát thanh, Truyền hình Nam Thủy, hệ thống loa truyền thanh cơ sở.</p>
<p>- Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Nam Thủy thực hiện.</p>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh giao trong dự toán của Sở Y tế, dự kiến 4.860 triệu đồng (năm 2026: 2.350 triệu đồng; năm 2027: 2.510 triệu đồng).</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Trung tâm Kiểm soát bệnh tật tỉnh: Là đơn vị đầu mối triển khai Kế hoạch; hướng dẫn chuyên môn, giám sát hoạt động tiêm chủng tại các xã, phường; tổng hợp, báo cáo Sở Y tế trước ngày 10 tháng 12 hằng năm.</p>
<p>2. Phòng Nghiệp vụ Y - Dược: Theo dõi, kiểm tra việc bảo đảm an toàn tiêm chủng; tham mưu xử lý các trường hợp tai biến nặng sau tiêm chủng.</p>
<p>3. Phòng Kế hoạch - Tài chính: Tham mưu phân bổ kinh phí thực hiện Kế hoạch.</p>
<p>4. Trạm Y tế các xã, phường: Lập danh sách đối tượng, tổ chức buổi tiêm chủng; báo cáo kết quả hằng tháng.</p>
<p>5. Đề nghị Ủy ban nhân dân các xã, phường: Chỉ đạo các thôn, tổ dân phố vận động người dân đưa trẻ đi tiêm chủng đầy đủ, đúng lịch./.</p>
<table width="100%" style="border:none">
<tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- Bộ Y tế (b/c);<br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng, đơn vị thuộc Sở;<br>- UBND các xã, phường;<br>- Lưu: VT, NVYD.</td>
<td align="center" valign="top"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><i>(Đã ký)</i><br><br><b>Hoàng Thị Bích Ngọc</b></td>
</tr>
</table>
<p align="center"><b>PHỤ LỤC</b></p>
<p align="center"><b>CHỈ TIÊU TIÊM CHỦNG MỞ RỘNG THEO NĂM</b></p>
<p align="center"><i>(Kèm theo Kế hoạch số 318/KH-SYT ngày 05/02/2026 của Sở Y tế tỉnh Nam Thủy)</i></p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Năm 2026</th><th>Năm 2027</th></tr>
<tr><td>1</td><td>Tỷ lệ trẻ em 18 tháng tuổi được tiêm nhắc vắc xin bạch hầu - ho gà - uốn ván</td><td>%</td><td>90</td><td>92</td></tr>
<tr><td>2</td><td>Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên</td><td>%</td><td>85</td><td>88</td></tr>
<tr><td>3</td><td>Tỷ lệ trẻ em 18 tháng tuổi được tiêm vắc xin sởi - rubella</td><td>%</td><td>95</td><td>96</td></tr>
<tr><td>4</td><td>Số điểm tiêm chủng được giám sát an toàn tiêm chủng</td><td>Điểm</td><td>120</td><td>135</td></tr>
<tr><td>5</td><td>Tỷ lệ trạm y tế xã, phường quản lý đối tượng tiêm chủng trên phần mềm</td><td>%</td><td>100</td><td>100</td></tr>
</table>
</div>
<div class="file-attach">Tải về: <a href="/upload/318-kh-syt.pdf">318-KH-SYT.pdf</a></div>
</div>
<div class="footer">Bản quyền thuộc Sở Y tế tỉnh Nam Thủy. Địa chỉ: 25 đường Trần Phú, phường Hải Thành.</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 3. A joint plan of the police and the health department, responsibilities body by body, crawled page.

JOINT_TXT = "g54_lienganh-sonnguyen_35-khln-cat-syt_2026_trach-nhiem-cua-de-nghi-crawl.txt"

JOINT_TEXT = """Trang thông tin điện tử Công an tỉnh Sơn Nguyên
Trang chủ | Tin tức - Sự kiện | Văn bản | Hỏi đáp
Văn bản » Kế hoạch liên ngành
Cập nhật: 16/3/2026 09:05
CÔNG AN TỈNH SƠN NGUYÊN
SỞ Y TẾ TỈNH SƠN NGUYÊN
-------
Số: 35/KHLN-CAT-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Sơn Nguyên, ngày 12 tháng 3 năm 2026
KẾ HOẠCH LIÊN NGÀNH
Phối hợp quản lý người sử dụng trái phép chất ma túy, tổ chức cai nghiện và quản lý sau cai nghiện ma túy năm 2026
Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021;
Căn cứ Kế hoạch số 58/KH-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Sơn Nguyên về phòng, chống ma túy năm 2026;
Công an tỉnh và Sở Y tế thống nhất ban hành Kế hoạch liên ngành như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả phối hợp giữa hai ngành trong quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy.
2. Việc phối hợp bảo đảm chặt chẽ, đúng chức năng, nhiệm vụ của mỗi ngành, đúng quy định của pháp luật.
II. CHỈ TIÊU
- 100% người nghiện ma túy, người sử dụng trái phép chất ma túy trên địa bàn được lập hồ sơ, quản lý trên cơ sở dữ liệu.
- Ít nhất 85% người sau cai nghiện được quản lý, hỗ trợ tái hòa nhập cộng đồng.
- Số người nghiện được điều trị, cai nghiện tăng ít nhất 10% so với năm 2025.
III. NỘI DUNG PHỐI HỢP
1. Rà soát, thống kê người sử dụng trái phép chất ma túy, người nghiện ma túy
- Rà soát, lập danh sách người sử dụng trái phép chất ma túy, người nghiện ma túy tại từng xã, phường; cập nhật cơ sở dữ liệu hằng quý.
- Công an tỉnh chủ trì, phối hợp với Sở Y tế thực hiện.
2. Xác định tình trạng nghiện ma túy
- Bố trí cơ sở y tế đủ điều kiện xác định tình trạng nghiện; trả kết quả đúng thời hạn theo đề nghị của cơ quan công an.
- Sở Y tế chủ trì, phối hợp với Công an tỉnh thực hiện.
3. Tổ chức cai nghiện và điều trị nghiện bằng thuốc thay thế
- Tổ chức cai nghiện tự nguyện tại gia đình, cộng đồng; mở rộng điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế.
- Sở Y tế chủ trì, phối hợp với Công an tỉnh, Ủy ban nhân dân các xã, phường thực hiện.
IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN
1. Trách nhiệm của Công an tỉnh
a) Chỉ đạo Phòng Cảnh sát điều tra tội phạm về ma túy, Công an các xã, phường rà soát, lập hồ sơ người sử dụng trái phép chất ma túy.
b) Lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc đối với người đủ điều kiện.
c) Chủ trì tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 năm 2026.
2. Trách nhiệm của Sở Y tế
a) Chỉ đạo các cơ sở y tế đủ điều kiện thực hiện xác định tình trạng nghiện ma túy.
b) Hướng dẫn chuyên môn về điều trị cắt cơn, điều trị nghiện bằng thuốc thay thế; bảo đảm thuốc, vật tư y tế.
c) Theo dõi, tổng hợp số người được điều trị, cai nghiện; gửi Công an tỉnh trước ngày 30 tháng 11 năm 2026.
3. Đề nghị phối hợp
a) Đề nghị Viện Kiểm sát nhân dân tỉnh: Kiểm sát việc lập hồ sơ, áp dụng biện pháp đưa người nghiện ma túy vào cơ sở cai nghiện bắt buộc.
b) Đề nghị Tòa án nhân dân tỉnh: Chỉ đạo Tòa án nhân dân khu vực xem xét, quyết định kịp thời việc áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc.
c) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động gia đình, cộng đồng tham gia quản lý, giúp đỡ người sau cai nghiện.
d) Đề nghị Ủy ban nhân dân các xã, phường: Bố trí địa điểm cai nghiện tại cộng đồng; phân công người theo dõi, giúp đỡ người sau cai nghiện.
V. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch dự kiến 1.100 triệu đồng từ ngân sách tỉnh, trong đó: Công an tỉnh 420 triệu đồng; Sở Y tế 680 triệu đồng.
VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
Định kỳ 6 tháng, hằng năm, hai ngành trao đổi thông tin, đánh giá kết quả phối hợp; trường hợp phát sinh vướng mắc, kịp thời trao đổi để thống nhất giải quyết./.
CÔNG AN TỈNH SƠN NGUYÊN
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Đại tá Lưu Văn Thắng
SỞ Y TẾ TỈNH SƠN NGUYÊN
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Nông Thị Thu Hà
Nơi nhận:
- UBND tỉnh (b/c);
- Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma túy tỉnh;
- Viện KSND tỉnh, TAND tỉnh;
- Ủy ban MTTQ Việt Nam tỉnh;
- UBND các xã, phường;
- Lưu: VT CAT, VT SYT.
Tin cùng chuyên mục:
- Công an tỉnh Sơn Nguyên ra quân cao điểm tấn công, trấn áp tội phạm ma túy (05/3/2026)
- Sơn Nguyên: 38 người nghiện được điều trị bằng thuốc Methadone tại Trạm Y tế xã Bản Phùng (28/02/2026)
"""

# ---------------------------------------------------------------------------
# 4. A district's emulation movement plan, norms and reward money beside the real total, Markdown scrape.

EMULATION_MD = "g54_huyen-thachban_09-kh-ubnd_2025_thi-dua-xoa-nha-tam-muc-thuong-bang-chu-md.md"

EMULATION_TEXT = """[Trang chủ](/) > [Văn bản chỉ đạo, điều hành](/van-ban) > Kế hoạch

## Kế hoạch phát động phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát" trên địa bàn huyện Thạch Bàn năm 2025

*Đăng lúc: 15/01/2025 | Nguồn: Văn phòng HĐND và UBND huyện*

**ỦY BAN NHÂN DÂN HUYỆN THẠCH BÀN**

Số: 09/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Thạch Bàn, ngày 14 tháng 01 năm 2025*

**KẾ HOẠCH**

**Phát động phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát" trên địa bàn huyện Thạch Bàn năm 2025**

Căn cứ Kế hoạch số 214/KH-UBND ngày 30 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Kim Lũy về thực hiện phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát" trên địa bàn tỉnh năm 2025;

Ủy ban nhân dân huyện Thạch Bàn ban hành Kế hoạch phát động phong trào thi đua như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1\\. Huy động sức mạnh của cả hệ thống chính trị, doanh nghiệp và Nhân dân chung tay hỗ trợ hộ nghèo, hộ cận nghèo xóa nhà tạm, nhà dột nát.

2\\. Phong trào thi đua được triển khai sâu rộng, thiết thực; kịp thời phát hiện, khen thưởng tập thể, cá nhân tiêu biểu.

**II. CHỈ TIÊU THI ĐUA**

\\- Hỗ trợ xóa 146 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, trong đó xây mới 112 nhà, sửa chữa 34 nhà.

\\- Đến ngày 30/6/2025 hoàn thành ít nhất 70% số nhà; hoàn thành 100% số nhà trước ngày 30/8/2025.

\\- 100% nhà được hỗ trợ bảo đảm tiêu chuẩn "3 cứng" (nền cứng, khung - tường cứng, mái cứng).

\\- Ít nhất 90% cán bộ, công chức, viên chức, người lao động trên địa bàn huyện ủng hộ ít nhất 01 ngày lương.

**III. NỘI DUNG THI ĐUA**

1\\. Thi đua vận động nguồn lực hỗ trợ xóa nhà tạm, nhà dột nát

\\- Vận động doanh nghiệp, nhà hảo tâm, con em quê hương ủng hộ tiền, vật liệu xây dựng, ngày công.

\\- Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội thực hiện.

2\\. Thi đua xây mới, sửa chữa nhà bảo đảm chất lượng, đúng tiến độ

\\- Rà soát, phê duyệt danh sách hộ được hỗ trợ; giám sát việc xây dựng, sửa chữa nhà; nghiệm thu, bàn giao nhà cho hộ dân.

\\- Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng, Ủy ban nhân dân các xã, thị trấn thực hiện.

3\\. Thi đua tham gia ngày công, giúp đỡ hộ nghèo dựng nhà

\\- Đoàn viên, hội viên, lực lượng dân quân tham gia ngày công vận chuyển vật liệu, dựng nhà cho hộ nghèo.

\\- Huyện Đoàn chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện, Hội Cựu chiến binh huyện thực hiện.

**IV. MỨC HỖ TRỢ VÀ KHEN THƯỞNG**

1\\. Mức hỗ trợ: xây mới 60 triệu đồng/nhà; sửa chữa 30 triệu đồng/nhà.

2\\. Khen thưởng: Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho 08 tập thể và 15 cá nhân có thành tích tiêu biểu xuất sắc; mức thưởng 2.000.000 đồng/tập thể và 1.000.000 đồng/cá nhân.

3\\. Kinh phí khen thưởng: 31.000.000 đồng (Bằng chữ: Ba mươi mốt triệu đồng), trích từ Quỹ Thi đua, khen thưởng huyện năm 2025.

**V. KINH PHÍ THỰC HIỆN**

Tổng kinh phí hỗ trợ xóa nhà tạm, nhà dột nát năm 2025 là 7.740 triệu đồng, trong đó: ngân sách huyện 1.200 triệu đồng; Quỹ Vì người nghèo và nguồn vận động xã hội hóa 6.540 triệu đồng.

**VI. TỔ CHỨC THỰC HIỆN**

1\\. Phòng Nội vụ (Thường trực Hội đồng Thi đua - Khen thưởng huyện): Hướng dẫn, theo dõi phong trào thi đua; tổng hợp, đề xuất khen thưởng trước ngày 15/9/2025.

2\\. Phòng Lao động - Thương binh và Xã hội: Tham mưu Ban Chỉ đạo huyện theo dõi tiến độ xóa nhà tạm, nhà dột nát; báo cáo định kỳ hằng tháng.

3\\. Phòng Tài chính - Kế hoạch: Tham mưu bố trí ngân sách huyện và kinh phí khen thưởng.

4\\. Ủy ban nhân dân các xã, thị trấn: Phát động phong trào thi đua tại địa phương; hoàn thành xóa nhà tạm, nhà dột nát trên địa bàn trước ngày 30/8/2025.

5\\. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện: Vận động đoàn viên, hội viên và Nhân dân hưởng ứng phong trào thi đua./.

| ***Nơi nhận:***<br>\\- UBND tỉnh (b/c);<br>\\- Ban Thi đua - Khen thưởng tỉnh;<br>\\- TT Huyện ủy, TT HĐND huyện (b/c);<br>\\- CT, các PCT UBND huyện;<br>\\- Các cơ quan, đơn vị thuộc huyện;<br>\\- UBND các xã, thị trấn;<br>\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br><br>**Vừ Mí Chơ** |
|---|---|
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SCHEME_DOC).write_bytes(scheme())
    (folder / IMMUNISATION_HTML).write_text(IMMUNISATION_PAGE, encoding="utf-8")
    (folder / JOINT_TXT).write_text(JOINT_TEXT, encoding="utf-8")
    (folder / EMULATION_MD).write_text(EMULATION_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
