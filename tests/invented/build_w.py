"""Invented documents of hold-out round W.

- a province's Kế hoạch in Word whose funds are a ruled table with one row per task, an amount
  column "Kinh phí (triệu đồng)" and a "Nguồn" column naming each row's source in words or
  abbreviations ("NSTW", "NS tỉnh", "Lồng ghép"), a "Tổng cộng" row with no source; its specific
  objectives give ranges and ratios ("từ 3 - 5 mô hình", "tối thiểu 2/3 số xã", "đạt 70 - 75%",
  "1.500 - 2.000 lượt khách") (.docx);
- a province's youth union (Tỉnh đoàn, Đoàn TNCS Hồ Chí Minh) Kế hoạch embedded in a province
  portal's news page: a menu, a breadcrumb and a news lead (with its own date and the plan's number)
  before it, a footer with a licence number and date after it; the Đoàn's own header ("BCH ĐOÀN
  TỈNH ..." / "***" / "Số: 112-KH/TĐTN-PT" beside "ĐOÀN TNCS HỒ CHÍ MINH"); its legal bases a
  bulleted list under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" (a Party resolution "45-NQ/TW", a conclusion
  "-KL/TW", a programme "-CTr/TĐTN", a letter "Công văn số .../UBND-KGVX"), no "Căn cứ" word on
  them; signed "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ" (.html);
- a province's emergency plan (an animal epidemic) scraped to Markdown with its header flattened
  into a pipe table (as legal-text sites export it) and its closing flattened the same way (the
  "Nơi nhận" lines and the signature each run together in one cell); its tasks lettered under
  phases ("1. Giai đoạn 1: từ ngày ... đến ngày ... (...)"), each with "Cơ quan chủ trì: ...; cơ
  quan phối hợp: ..."; its targets "100% ... được ...", "không để hộ nào thiếu đói", "đạt 80 -
  85%"; its funds "Tổng kinh phí dự kiến: X đồng (Bằng chữ: ...)" with each source's amount in
  words after it, and a support rate in "đồng/kg" that is not a sum (.md);
- a district's Kế hoạch amending an earlier one ("Kế hoạch sửa đổi, bổ sung Kế hoạch số ..."),
  word-segmented as underthesea's word_tokenize writes it ("Ủy_ban nhân_dân", "kế_hoạch", spaces
  around punctuation, "215/KH - UBND"): the amended objectives, two added tasks ("2.5.", "2.6.")
  and the new budget quoted inside the amending points, a previous rate in brackets ("trước đây là
  3%") and the increase over the old plan's total (not sums of this plan) (.txt);
- a province's Quyết định phê duyệt (approving) a Kế hoạch on a legal-text site, its content in
  numbered sections inside Điều 1 ("1. Mục tiêu" with "a) Mục tiêu chung" / "b) Mục tiêu cụ thể",
  "2. Nhiệm vụ" with lettered tasks naming no agency, "3. Kinh phí thực hiện" with "Tổng kinh phí
  dự kiến: X đồng (Bằng chữ: ...)"), then Điều 2 assigning one numbered paragraph per agency, and
  Điều 3 naming who executes it (.html);
- a province's women's union (Hội Liên hiệp Phụ nữ) Kế hoạch as plain text: its header the union's
  hierarchy ("TW HỘI LHPN VIỆT NAM" over "HỘI LHPN TỈNH ..."), its bases one "Thực hiện ...; ...,"
  sentence, targets with ranges and ratios, tasks numbered with "X chủ trì, phối hợp với Y thực
  hiện." on the next line, agencies named with the abbreviation "Hội LHPN", signed "TM. BAN THƯỜNG
  VỤ / PHÓ CHỦ TỊCH" (.txt).

- a district's Fatherland Front (Ủy ban MTTQ Việt Nam huyện, its Ban Thường trực) Kế hoạch in Word: its header
  the Front's three lines ("ỦY BAN MTTQ VIỆT NAM" / "HUYỆN ..." / "BAN THƯỜNG TRỰC"), a fund drive's target in
  money among its objectives ("Quỹ ... đạt từ 1,2 - 1,5 tỷ đồng": no budget), its funds one sum with its amount in
  words and an appendix "DỰ TOÁN KINH PHÍ" after the signature: "TT | Nội dung chi | ĐVT | Số lượng | Đơn giá
  (đồng) | Thành tiền (đồng)", group rows carrying their subtotals, the unit prices no sums (.docx);
- a commune's Kế hoạch (after the 2025 reform: Phòng Kinh tế, Phòng Văn hóa - Xã hội of the commune) scraped
  to Markdown by a converter that writes bold headings, "  " line breaks, "* " bullets and escaped dashes
  ("\\-\\-\\-"): its specific objectives grouped under lettered fields ("a) Về kinh tế:" over "* ..." items),
  an income in "triệu đồng/người/năm" among them, its tasks numbered with a "* Chủ trì: X; phối hợp: Y." bullet,
  its funds in "tỷ đồng" with a decimal comma, people's contributions among the sources (.md).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_w
OUTDIR` writes the eight files, the same bytes on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

SOURCES = "w_tinh-hathanh_64-kh-ubnd_2026_bang-kinh-phi-nguon.docx"
YOUTH = "w_tinhdoan-songtra_112-kh-tdtn_2026_portal-tin-tuc.html"
EPIDEMIC = "w_tinh-dongkhe_31-kh-ubnd_2026_giai-doan-dich.md"
AMEND = "w_huyen-yenluong_215-kh-ubnd_2024_sua-doi-wordseg.txt"
APPROVE = "w_tinh-phuocbinh_2087-qd-ubnd_2025_phe-duyet-dieu-1.html"
WOMEN = "w_hlhpn-namgiang_24-kh-hpn_2026_khoi-nghiep.txt"
FRONT = "w_mttq-huyen-ducan_45-kh-mttq_2024_du-toan-don-gia.docx"
COMMUNE = "w_xa-tanhoadong_38-kh-ubnd_2026_md-muc-tieu-linh-vuc.md"


def sources_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÀ THANH", "-------", "Số: 64/KH-UBND"],
            [*MOTTO, "Hà Thanh, ngày 09 tháng 3 năm 2026"], widths=(6.5, 9.5), bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới năm 2026", bold=True,
               center=True)
    for kind, text in (
        ("p", "Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19 tháng 6 năm 2017;"),
        ("p", "Căn cứ Nghị quyết số 35/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Hà Thanh "
              "về kế hoạch phát triển kinh tế - xã hội năm 2026;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới "
              "năm 2026 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát triển du lịch cộng đồng trở thành sinh kế bền vững cho người dân vùng nông thôn, miền núi; góp "
              "phần nâng cao thu nhập và giữ gìn bản sắc văn hóa các dân tộc."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Xây dựng mới từ 3 - 5 mô hình du lịch cộng đồng đạt tiêu chuẩn, gắn với sản phẩm OCOP của địa "
              "phương;"),
        ("p", "- Tối thiểu 2/3 số xã có mô hình được công nhận điểm du lịch cộng đồng cấp tỉnh;"),
        ("p", "- Tỷ lệ hộ tham gia làm du lịch cộng đồng được tập huấn kỹ năng đạt 70 - 75%;"),
        ("p", "- Thu hút 1.500 - 2.000 lượt khách/tháng đến các điểm du lịch cộng đồng vào mùa cao điểm."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "1. Khảo sát, lựa chọn điểm xây dựng mô hình du lịch cộng đồng. Sở Văn hóa, Thể thao và Du lịch chủ "
              "trì, phối hợp với Ủy ban nhân dân các xã có tiềm năng du lịch thực hiện; hoàn thành trong Quý "
              "II/2026."),
        ("p", "2. Hỗ trợ cải tạo nhà ở của hộ dân kết hợp lưu trú du lịch. Sở Nông nghiệp và Môi trường chủ trì, "
              "phối hợp với Sở Xây dựng thực hiện."),
        ("p", "3. Đào tạo, tập huấn kỹ năng làm du lịch cho hộ dân. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối "
              "hợp với Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh thực hiện."),
        ("p", "4. Xây dựng bản đồ số và quảng bá các điểm du lịch cộng đồng. Trung tâm Xúc tiến Đầu tư, Thương mại "
              "và Du lịch tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện các nhiệm vụ của Kế hoạch được bố trí như sau:"),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    rows = [["TT", "Nội dung", "Kinh phí (triệu đồng)", "Nguồn"],
            ["1", "Khảo sát, lựa chọn điểm xây dựng mô hình du lịch cộng đồng", "450", "NS tỉnh"],
            ["2", "Hỗ trợ cải tạo nhà ở kết hợp lưu trú du lịch", "3.200", "NSTW"],
            ["3", "Đào tạo, tập huấn kỹ năng làm du lịch cho hộ dân", "680", "Lồng ghép"],
            ["4", "Xây dựng bản đồ số, quảng bá điểm đến", "1.400", "NS tỉnh"],
            ["", "Tổng cộng", "5.730", ""]]
    _table(doc, rows)
    for kind, text in (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, "
              "báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026."),
        ("p", "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        ("p", "3. Ủy ban nhân dân các xã có điểm du lịch cộng đồng vận động Nhân dân tham gia, giữ gìn cảnh quan, "
              "môi trường./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Bộ Văn hóa, Thể thao và Du lịch;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lục Văn Thạch"])
    return _save(doc)


YOUTH_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Tỉnh đoàn ban hành Kế hoạch tổ chức Tháng Thanh niên năm 2026 - Cổng thông tin điện tử tỉnh Sông Trà</title></head>
<body>
<div id="top"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÔNG TRÀ</a></div>
<ul class="menu">
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/tthc">Thủ tục hành chính</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul>
<div class="breadcrumb">Trang chủ » Tin tức - Sự kiện » Đoàn thể</div>
<div class="news-detail">
<h1 class="title">Tỉnh đoàn ban hành Kế hoạch tổ chức Tháng Thanh niên năm 2026</h1>
<div class="date">Cập nhật: 21/02/2026 08:15</div>
<p class="lead"><em>Ngày 20/02/2026, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch số 112-KH/TĐTN-PT về tổ chức Tháng Thanh niên năm 2026. Cổng thông tin điện tử tỉnh giới thiệu toàn văn Kế hoạch.</em></p>
<table style="width:100%">
<tr>
<td style="text-align:center">BCH ĐOÀN TNCS HỒ CHÍ MINH<br><b>TỈNH SÔNG TRÀ</b><br>***<br>Số: 112-KH/TĐTN-PT</td>
<td style="text-align:center"><b>ĐOÀN TNCS HỒ CHÍ MINH</b><br><br><i>Sông Trà, ngày 20 tháng 02 năm 2026</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Tổ chức Tháng Thanh niên năm 2026</b></p>
<p style="text-align:center">-----</p>
<p><b>I. CĂN CỨ XÂY DỰNG KẾ HOẠCH</b></p>
<ul>
<li>Nghị quyết số 45-NQ/TW ngày 12 tháng 6 năm 2025 của Bộ Chính trị về công tác thanh niên trong tình hình mới;</li>
<li>Kết luận số 196-KL/TW ngày 08 tháng 9 năm 2025 của Ban Bí thư về tiếp tục đẩy mạnh phong trào thanh niên tình nguyện;</li>
<li>Chương trình số 07-CTr/TĐTN ngày 05 tháng 01 năm 2026 của Ban Thường vụ Tỉnh đoàn về công tác Đoàn và phong trào thanh thiếu nhi năm 2026;</li>
<li>Công văn số 356/UBND-KGVX ngày 10 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Sông Trà về việc hỗ trợ tổ chức Tháng Thanh niên năm 2026.</li>
</ul>
<p>Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Tháng Thanh niên năm 2026 như sau:</p>
<p><b>II. MỤC TIÊU, CHỈ TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên trong phát triển kinh tế - xã hội của tỉnh; tạo đợt sinh hoạt chính trị sâu rộng trong thanh niên.</p>
<p><b>2. Chỉ tiêu cụ thể</b></p>
<ul>
<li>100% cơ sở Đoàn trực thuộc tổ chức ít nhất 01 công trình, phần việc thanh niên;</li>
<li>Tối thiểu 2/3 số cơ sở Đoàn xã, phường ra quân đồng loạt trong Ngày Chủ nhật xanh;</li>
<li>Vận động từ 15.000 - 18.000 lượt đoàn viên, thanh niên tham gia hiến máu tình nguyện;</li>
<li>Tỷ lệ đoàn viên được học tập, quán triệt nghị quyết của Đoàn đạt 85 - 90%.</li>
</ul>
<p><b>III. NỘI DUNG HOẠT ĐỘNG</b></p>
<p><b>1. Lễ ra quân Tháng Thanh niên</b></p>
<p>- Thời gian: ngày 01/3/2026.</p>
<p>- Đơn vị thực hiện: Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Đoàn các xã, phường.</p>
<p><b>2. Ngày Chủ nhật xanh</b></p>
<p>- Thời gian: các ngày Chủ nhật trong tháng 3/2026.</p>
<p>- Đơn vị thực hiện: Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Hội Liên hiệp Thanh niên Việt Nam tỉnh.</p>
<p><b>3. Hiến máu tình nguyện "Giọt hồng tuổi trẻ"</b></p>
<p>- Thời gian: ngày 15/3/2026.</p>
<p>- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra Tỉnh đoàn chủ trì, phối hợp với Bệnh viện Đa khoa tỉnh.</p>
<p><b>4. Tuyên dương thanh niên tiêu biểu</b></p>
<p>- Thời gian: ngày 26/3/2026.</p>
<p>- Đơn vị thực hiện: Ban Tuyên giáo Tỉnh đoàn chủ trì.</p>
<p><b>IV. KINH PHÍ</b></p>
<p>Kinh phí tổ chức các hoạt động cấp tỉnh từ nguồn ngân sách tỉnh cấp cho Tỉnh đoàn năm 2026 là 350.000.000 đồng; các cơ sở Đoàn chủ động vận động nguồn xã hội hóa.</p>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Ban Phong trào Tỉnh đoàn: là bộ phận thường trực, tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế hoạch; tổng hợp kết quả, báo cáo trước ngày 05/4/2026.</p>
<p>2. Văn phòng Tỉnh đoàn: bảo đảm kinh phí, cơ sở vật chất cho các hoạt động cấp tỉnh.</p>
<p>3. Đoàn các xã, phường: căn cứ Kế hoạch, xây dựng kế hoạch cụ thể và tổ chức thực hiện tại địa phương.</p>
<table style="width:100%">
<tr>
<td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- TW Đoàn (b/c);<br>- TT Tỉnh ủy (b/c);<br>- UBND tỉnh;<br>- Các cơ sở Đoàn trực thuộc;<br>- Lưu VP, PT.</td>
<td style="text-align:center;vertical-align:top"><b>TM. BAN THƯỜNG VỤ TỈNH ĐOÀN<br>PHÓ BÍ THƯ</b><br><br><br><br><b>Phan Thị Hồng Nhung</b></td>
</tr>
</table>
</div>
<div class="related">
<p>Tin liên quan:</p>
<ul><li><a href="/tin/1">Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2025</a></li></ul>
</div>
<div class="footer">
<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÔNG TRÀ</p>
<p>Cơ quan chủ quản: Văn phòng Ủy ban nhân dân tỉnh Sông Trà. Địa chỉ: số 15 đường Lê Lợi, phường Trà Giang.</p>
<p>Giấy phép số 45/GP-TTĐT ngày 12/5/2023 của Sở Văn hóa, Thể thao và Du lịch tỉnh Sông Trà.</p>
</div>
</body>
</html>
"""

EPIDEMIC_MD = """| ỦY BAN NHÂN DÂN TỈNH ĐÔNG KHÊ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 31/KH-UBND | Đông Khê, ngày 14 tháng 01 năm 2026 |

KẾ HOẠCH

ỨNG PHÓ KHẨN CẤP VỚI BỆNH DỊCH TẢ LỢN CHÂU PHI TRÊN ĐỊA BÀN TỈNH ĐÔNG KHÊ NĂM 2026

Căn cứ Luật Thú y số 79/2015/QH13 ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 1264/QĐ-BNNMT ngày 18 tháng 11 năm 2025 của Bộ Nông nghiệp và Môi trường ban hành Kế hoạch quốc gia phòng, chống bệnh dịch tả lợn châu Phi giai đoạn 2026 - 2030;

Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 08/TTr-SNNMT ngày 09 tháng 01 năm 2026.

Ủy ban nhân dân tỉnh ban hành Kế hoạch ứng phó khẩn cấp với bệnh dịch tả lợn châu Phi năm 2026 như sau:

I. MỤC TIÊU

1. Mục tiêu chung

Chủ động phát hiện sớm, khoanh vùng, xử lý triệt để các ổ dịch tả lợn châu Phi; hạn chế thấp nhất thiệt hại cho người chăn nuôi, bảo đảm nguồn cung thực phẩm và ổn định đời sống Nhân dân.

2. Mục tiêu cụ thể

- 100% ổ dịch được phát hiện, xử lý trong vòng 24 giờ kể từ khi có kết quả xét nghiệm dương tính;

- 100% hộ chăn nuôi có lợn bị tiêu hủy được hỗ trợ theo quy định, không để hộ nào thiếu đói do dịch bệnh;

- Tổng đàn lợn tại các xã có nguy cơ cao được tiêm phòng vắc xin đạt 80 - 85%;

- Tối thiểu 2/3 số xã có chăn nuôi tập trung thành lập Tổ phản ứng nhanh.

II. PHƯƠNG ÁN ỨNG PHÓ THEO CÁC GIAI ĐOẠN

1. Giai đoạn 1: từ ngày 15/01/2026 đến ngày 31/3/2026 (chưa có dịch hoặc dịch xuất hiện rải rác)

a) Giám sát, phát hiện sớm ổ dịch tại cơ sở. Cơ quan chủ trì: Chi cục Chăn nuôi và Thú y; cơ quan phối hợp: Ủy ban nhân dân các xã, phường.

b) Tổ chức tiêm phòng vắc xin cho đàn lợn tại các xã có nguy cơ cao. Cơ quan chủ trì: Chi cục Chăn nuôi và Thú y; cơ quan phối hợp: Trung tâm Khuyến nông tỉnh.

2. Giai đoạn 2: từ ngày 01/4/2026 đến ngày 30/9/2026 (dịch lây lan trên diện rộng)

a) Lập chốt kiểm dịch động vật tạm thời trên các trục giao thông chính. Cơ quan chủ trì: Công an tỉnh; cơ quan phối hợp: Chi cục Chăn nuôi và Thú y, Ủy ban nhân dân các xã, phường.

b) Tiêu hủy lợn bệnh và hỗ trợ người chăn nuôi có lợn bị tiêu hủy. Cơ quan chủ trì: Ủy ban nhân dân các xã, phường; cơ quan phối hợp: Sở Tài chính.

3. Giai đoạn 3: từ ngày 01/10/2026 đến ngày 31/12/2026 (dịch được kiểm soát)

a) Hướng dẫn tái đàn bảo đảm an toàn sinh học. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Ngân hàng Chính sách xã hội chi nhánh tỉnh.

III. KINH PHÍ

Tổng kinh phí dự kiến: 12.450.000.000 đồng (Bằng chữ: Mười hai tỷ, bốn trăm năm mươi triệu đồng), trong đó:

- Ngân sách tỉnh: 9.200.000.000 đồng (Bằng chữ: Chín tỷ, hai trăm triệu đồng);

- Ngân sách xã: 3.250.000.000 đồng (Bằng chữ: Ba tỷ, hai trăm năm mươi triệu đồng).

Mức hỗ trợ người chăn nuôi có lợn bị tiêu hủy là 35.000 đồng/kg lợn hơi, theo quy định hiện hành.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường: là cơ quan thường trực, chỉ đạo Chi cục Chăn nuôi và Thú y giám sát dịch bệnh; tổng hợp, báo cáo Ủy ban nhân dân tỉnh hằng tháng.

2. Sở Tài chính: tham mưu bố trí kinh phí từ nguồn dự phòng ngân sách tỉnh để thực hiện Kế hoạch.

3. Công an tỉnh: chỉ đạo lực lượng phối hợp kiểm soát vận chuyển lợn, sản phẩm từ lợn qua các chốt kiểm dịch.

4. Ủy ban nhân dân các xã, phường: tổ chức tiêu hủy lợn bệnh, vệ sinh tiêu độc khử trùng; chi trả hỗ trợ kịp thời cho người chăn nuôi.

| Nơi nhận: - Bộ Nông nghiệp và Môi trường (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - Các sở, ban, ngành tỉnh; - UBND các xã, phường; - Lưu: VT, KT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Thắm |
|---|---|
"""

AMEND_TXT = """ỦY_BAN_NHÂN_DÂN 
HUYỆN YÊN_LƯƠNG 
Số : 215/KH - UBND 
CỘNG_HÒA XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Yên_Lương , ngày 28 tháng 8 năm 2024 
KẾ_HOẠCH 
Sửa_đổi , bổ_sung Kế_hoạch số 142/KH - UBND ngày 15/3/2024 của Ủy_ban nhân_dân huyện về thực_hiện Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững năm 2024 
Căn_cứ Quyết_định số 1785/QĐ - UBND ngày 12/8/2024 của Ủy_ban nhân_dân tỉnh Hòa_Bắc về việc điều_chỉnh , bổ_sung kế_hoạch vốn sự_nghiệp Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững năm 2024 ; 
Căn_cứ Kế_hoạch số 142/KH - UBND ngày 15/3/2024 của Ủy_ban nhân_dân huyện Yên_Lương về thực_hiện Chương_trình mục_tiêu quốc_gia giảm nghèo bền_vững năm 2024 ; 
Ủy_ban nhân_dân huyện ban_hành Kế_hoạch sửa_đổi , bổ_sung một_số nội_dung của Kế_hoạch số 142/KH - UBND như sau : 
I. NỘI_DUNG SỬA_ĐỔI , BỔ_SUNG 
1 . Sửa_đổi điểm b khoản 2 Mục I như sau : 
b ) Mục_tiêu cụ_thể : 
- Tỷ_lệ hộ nghèo toàn huyện giảm 3,5 % so với cuối năm 2023 ( trước_đây là 3 % ) ; 
- 100 % hộ nghèo , hộ cận nghèo được cấp thẻ bảo_hiểm_y_tế ; 
- Hỗ_trợ từ 40 - 50 hộ nghèo phát_triển sản_xuất theo mô_hình liên_kết . 
2 . Bổ_sung nhiệm_vụ 2.5 và 2.6 vào khoản 2 Mục II như sau : 
2.5 . Hỗ_trợ cải_thiện dinh_dưỡng cho trẻ_em dưới 16 tuổi thuộc hộ nghèo . Phòng Y_tế chủ_trì , phối_hợp với Ủy_ban nhân_dân các xã , thị_trấn thực_hiện . 
2.6 . Hỗ_trợ việc_làm bền_vững cho người lao_động thuộc hộ nghèo . Phòng Lao_động - Thương_binh và Xã_hội chủ_trì , phối_hợp với Trung_tâm Giáo_dục nghề_nghiệp - Giáo_dục thường_xuyên huyện thực_hiện . 
3 . Sửa_đổi Mục III như sau : 
Tổng kinh_phí dự_kiến : 6.845.000.000 đồng ( Bằng chữ : Sáu tỷ , tám trăm bốn_mươi lăm triệu đồng ) , trong đó : 
- Ngân_sách trung_ương : 5.900.000.000 đồng ; 
- Ngân_sách huyện đối_ứng : 945.000.000 đồng . 
Tổng kinh_phí tăng 1.225.000.000 đồng so với Kế_hoạch số 142/KH - UBND . 
II. CÁC NỘI_DUNG KHÁC 
Các nội_dung khác giữ nguyên theo Kế_hoạch số 142/KH - UBND ngày 15/3/2024 của Ủy_ban nhân_dân huyện . 
III. TỔ_CHỨC THỰC_HIỆN 
1 . Phòng Lao_động - Thương_binh và Xã_hội : chủ_trì , theo_dõi , tổng_hợp kết_quả thực_hiện , báo_cáo Ủy_ban nhân_dân huyện trước ngày 10/12/2024 . 
2 . Phòng Tài_chính - Kế_hoạch : tham_mưu phân_bổ kinh_phí bổ_sung theo quy_định . 
3 . Ủy_ban nhân_dân các xã , thị_trấn : rà_soát đối_tượng , triển_khai các nhiệm_vụ bổ_sung trên địa_bàn . 
Nơi nhận : 
- UBND tỉnh Hòa_Bắc ( b / c ) ; 
- TT Huyện_ủy , TT HĐND huyện ; 
- Các xã , thị_trấn ; 
- Lưu : VT , LĐTBXH . 
TM. ỦY_BAN_NHÂN_DÂN 
KT. CHỦ_TỊCH 
PHÓ CHỦ_TỊCH 
Hà Văn_Khiêm 
"""

APPROVE_HTML = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quyết định 2087/QĐ-UBND năm 2025 phê duyệt Kế hoạch bảo tồn nghệ thuật Hò khoan tỉnh Phước Bình</title></head>
<body>
<div class="doc-info">
<p>Số hiệu: 2087/QĐ-UBND | Loại văn bản: Quyết định | Nơi ban hành: Tỉnh Phước Bình | Ngày ban hành: 24/11/2025 | Tình trạng: Còn hiệu lực</p>
</div>
<div class="toanvan">
<table width="100%">
<tr>
<td width="40%" align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH PHƯỚC BÌNH<br>--------</b></td>
<td width="60%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------</b></td>
</tr>
<tr>
<td align="center">Số: 2087/QĐ-UBND</td>
<td align="center"><i>Phước Bình, ngày 24 tháng 11 năm 2025</i></td>
</tr>
</table>
<p align="center"><b>QUYẾT ĐỊNH</b></p>
<p align="center"><b>PHÊ DUYỆT KẾ HOẠCH BẢO TỒN, PHÁT HUY GIÁ TRỊ NGHỆ THUẬT HÒ KHOAN TRÊN ĐỊA BÀN TỈNH PHƯỚC BÌNH GIAI ĐOẠN 2025 - 2027</b></p>
<p align="center"><b>ỦY BAN NHÂN DÂN TỈNH PHƯỚC BÌNH</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</i></p>
<p><i>Căn cứ Luật Di sản văn hóa số 45/2024/QH15 ngày 23 tháng 11 năm 2024;</i></p>
<p><i>Căn cứ Quyết định số 1562/QĐ-BVHTTDL ngày 09 tháng 6 năm 2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc ban hành Chương trình bảo vệ và phát huy giá trị di sản văn hóa phi vật thể giai đoạn 2025 - 2030;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 214/TTr-SVHTTDL ngày 10 tháng 11 năm 2025.</i></p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Phê duyệt Kế hoạch bảo tồn, phát huy giá trị nghệ thuật Hò khoan trên địa bàn tỉnh Phước Bình giai đoạn 2025 - 2027 với các nội dung sau:</p>
<p><b>1. Mục tiêu</b></p>
<p>a) Mục tiêu chung: Bảo tồn, phát huy giá trị nghệ thuật Hò khoan gắn với giáo dục truyền thống và phát triển du lịch; nâng cao ý thức của cộng đồng trong gìn giữ di sản.</p>
<p>b) Mục tiêu cụ thể:</p>
<p>- Đến năm 2027, 100% xã, phường có câu lạc bộ Hò khoan hoạt động thường xuyên;</p>
<p>- Truyền dạy cho từ 300 - 350 học viên là thanh thiếu niên;</p>
<p>- Tỷ lệ trường trung học cơ sở đưa Hò khoan vào hoạt động ngoại khóa đạt 60-65%;</p>
<p>- Số hóa tối thiểu 3/4 số làn điệu Hò khoan đã sưu tầm.</p>
<p><b>2. Nhiệm vụ</b></p>
<p>a) Kiểm kê, sưu tầm, số hóa tư liệu về nghệ thuật Hò khoan.</p>
<p>b) Mở các lớp truyền dạy Hò khoan tại cộng đồng và trong trường học.</p>
<p>c) Tổ chức Liên hoan Hò khoan toàn tỉnh vào năm 2026.</p>
<p>d) Quảng bá nghệ thuật Hò khoan gắn với phát triển du lịch.</p>
<p><b>3. Kinh phí thực hiện</b></p>
<p>Tổng kinh phí dự kiến: 4.860.000.000 đồng (Bằng chữ: Bốn tỷ, tám trăm sáu mươi triệu đồng chẵn). Nguồn kinh phí: ngân sách tỉnh 3.600.000.000 đồng; xã hội hóa 1.260.000.000 đồng.</p>
<p><b>4. Thời gian thực hiện:</b> từ năm 2025 đến năm 2027.</p>
<p><b>Điều 2.</b> Tổ chức thực hiện</p>
<p>1. Sở Văn hóa, Thể thao và Du lịch: chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; hằng năm báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.</p>
<p>2. Sở Giáo dục và Đào tạo: chỉ đạo các trường trung học cơ sở đưa Hò khoan vào hoạt động ngoại khóa.</p>
<p>3. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.</p>
<p>4. Ủy ban nhân dân các xã, phường: duy trì hoạt động của các câu lạc bộ Hò khoan trên địa bàn.</p>
<p><b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký.</p>
<p>Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Giáo dục và Đào tạo, Tài chính; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.</p>
<table width="100%">
<tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ Văn hóa, Thể thao và Du lịch (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Lưu: VT, KGVX.</td>
<td width="50%" align="center" valign="top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>Nguyễn Thị Kim Xuyến</b></td>
</tr>
</table>
</div>
<div class="doc-footer"><p>Văn bản này được cập nhật ngày 02/12/2025. Bản quyền thuộc về trang thông tin pháp luật.</p></div>
</body>
</html>
"""

WOMEN_TXT = """TW HỘI LHPN VIỆT NAM
HỘI LHPN TỈNH NAM GIANG
***
Số: 24/KH-HPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Giang, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể giai đoạn 2026 - 2028

Thực hiện Quyết định số 1288/QĐ-TTg ngày 21 tháng 10 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2025 - 2030"; Kế hoạch số 115/KH-ĐCT ngày 14 tháng 01 năm 2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về triển khai Đề án giai đoạn 2026 - 2030, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện trên địa bàn tỉnh như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao nhận thức, năng lực khởi nghiệp của phụ nữ; hỗ trợ phụ nữ phát triển các mô hình kinh tế tập thể hiệu quả, góp phần tạo việc làm, tăng thu nhập cho phụ nữ nông thôn.
2. Chỉ tiêu đến năm 2028
- Mỗi năm hỗ trợ thành lập từ 3 - 5 hợp tác xã, tổ hợp tác do phụ nữ quản lý;
- Tối thiểu 3/4 số cơ sở Hội xã, phường có câu lạc bộ "Phụ nữ khởi nghiệp";
- 100% ý tưởng khởi nghiệp đạt giải cấp tỉnh được kết nối với các nguồn vốn;
- Tỷ lệ hội viên được tập huấn kiến thức khởi sự kinh doanh đạt 70-75%;
- Tổ chức cho 1.500 - 2.000 lượt hội viên, phụ nữ tham gia các diễn đàn, hội chợ khởi nghiệp.

II. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền, nâng cao nhận thức về khởi nghiệp cho hội viên, phụ nữ.
Ban Tuyên giáo Hội LHPN tỉnh chủ trì, phối hợp với Báo và Phát thanh, Truyền hình tỉnh thực hiện.
2. Hỗ trợ phụ nữ tiếp cận nguồn vốn vay ưu đãi.
Ban Kinh tế Hội LHPN tỉnh chủ trì, phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh thực hiện.
3. Thành lập, củng cố hợp tác xã, tổ hợp tác do phụ nữ quản lý.
Ban Kinh tế Hội LHPN tỉnh chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh thực hiện.
4. Tổ chức Cuộc thi "Phụ nữ khởi nghiệp" cấp tỉnh hằng năm.
Văn phòng Hội LHPN tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện.

III. KINH PHÍ
Tổng kinh phí dự kiến 450 triệu đồng, từ nguồn kinh phí hoạt động thường xuyên của Hội LHPN tỉnh và các nguồn tài trợ hợp pháp khác.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Kinh tế Hội LHPN tỉnh: là đầu mối tham mưu triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15/12 hằng năm.
2. Văn phòng Hội LHPN tỉnh: bảo đảm kinh phí, hậu cần cho các hoạt động của Kế hoạch.
3. Hội LHPN các xã, phường: xây dựng kế hoạch triển khai phù hợp với thực tế địa phương.

Nơi nhận:
- Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c);
- Thường trực Tỉnh ủy (b/c);
- UBND tỉnh;
- Hội LHPN các xã, phường;
- Lưu: VT, BKT.
TM. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH

Vi Thị Thu Hằng
"""


def front_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN MTTQ VIỆT NAM", "HUYỆN ĐỨC AN", "BAN THƯỜNG TRỰC", "-------", "Số: 45/KH-MTTQ-BTT"],
            [*MOTTO, "Đức An, ngày 02 tháng 10 năm 2024"], widths=(6.5, 9.5), bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Tổ chức cao điểm “Tháng vì người nghèo” năm 2024", bold=True, center=True)
    for kind, text in (
        ("p", "Thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 20 tháng 9 năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam "
              "tỉnh Hòa Lâm về tổ chức cao điểm “Tháng vì người nghèo” năm 2024, Ban Thường trực Ủy ban MTTQ Việt Nam "
              "huyện xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát huy truyền thống tương thân, tương ái của dân tộc; huy động sức mạnh của cả hệ thống chính trị và "
              "Nhân dân chăm lo cho hộ nghèo, hộ có hoàn cảnh khó khăn trên địa bàn huyện."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Phấn đấu 100% hộ nghèo trên địa bàn huyện được thăm hỏi, tặng quà trong đợt cao điểm;"),
        ("p", "- Vận động Quỹ “Vì người nghèo” các cấp đạt từ 1,2 - 1,5 tỷ đồng;"),
        ("p", "- Hỗ trợ xây mới, sửa chữa từ 15 - 20 nhà Đại đoàn kết cho hộ nghèo."),
        ("h", "II. NỘI DUNG"),
        ("p", "1. Tổ chức Hội nghị phát động cao điểm “Tháng vì người nghèo” cấp huyện."),
        ("p", "Ban Thường trực Ủy ban MTTQ huyện chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội huyện thực "
              "hiện; thời gian: ngày 17/10/2024."),
        ("p", "2. Thăm hỏi, tặng quà hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn."),
        ("p", "Ủy ban MTTQ các xã, thị trấn chủ trì, phối hợp với Hội Chữ thập đỏ huyện thực hiện."),
        ("p", "3. Hỗ trợ xây dựng, sửa chữa nhà Đại đoàn kết."),
        ("p", "Ban Thường trực Ủy ban MTTQ huyện chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn thực hiện."),
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí tổ chức các hoạt động là 86.500.000 đồng (Bằng chữ: Tám mươi sáu triệu, năm trăm nghìn "
              "đồng) từ nguồn ngân sách huyện cấp cho hoạt động của Ủy ban MTTQ huyện năm 2024, chi tiết tại Phụ lục kèm "
              "theo."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Ban Thường trực Ủy ban MTTQ huyện: chỉ đạo, hướng dẫn Ủy ban MTTQ các xã, thị trấn triển khai Kế "
              "hoạch; tổng hợp kết quả, báo cáo Ủy ban MTTQ tỉnh trước ngày 25/11/2024."),
        ("p", "2. Đề nghị Phòng Lao động - Thương binh và Xã hội huyện: cung cấp danh sách hộ nghèo, hộ cận nghèo năm "
              "2024."),
        ("p", "3. Ủy ban MTTQ các xã, thị trấn: tổ chức thăm hỏi, tặng quà bảo đảm đúng đối tượng, công khai, minh "
              "bạch./."),
    ):
        _paragraph(doc, text, bold=kind == "h", justify=True)
    closing(doc, ["- Ban Thường trực UBMTTQ tỉnh (b/c);", "- Thường trực Huyện ủy (b/c);", "- UBND huyện;",
                  "- Các tổ chức thành viên;", "- Lưu: VT."],
            ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "", "", "Đinh Thị Mai"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 45/KH-MTTQ-BTT ngày 02/10/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện "
                    "Đức An)", italic=True, center=True)
    rows = [["TT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"],
            ["I", "Tổ chức Hội nghị phát động", "", "", "", "20.500.000"],
            ["1", "Thuê hội trường, trang trí", "Buổi", "1", "5.000.000", "5.000.000"],
            ["2", "Nước uống, tài liệu đại biểu", "Người", "150", "50.000", "7.500.000"],
            ["3", "Hỗ trợ đại biểu không hưởng lương", "Người", "80", "100.000", "8.000.000"],
            ["II", "Thăm hỏi, tặng quà hộ nghèo", "", "", "", "66.000.000"],
            ["1", "Quà tặng hộ nghèo", "Suất", "120", "500.000", "60.000.000"],
            ["2", "Thuê xe đi thăm hỏi", "Chuyến", "4", "1.500.000", "6.000.000"],
            ["", "Tổng cộng", "", "", "", "86.500.000"]]
    _table(doc, rows)
    return _save(doc)


COMMUNE_MD = """**ỦY BAN NHÂN DÂN**  
**XÃ TÂN HÒA ĐÔNG**  
\\-\\-\\-\\-\\-\\-\\-  
Số: 38/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**  
\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-

*Tân Hòa Đông, ngày 16 tháng 01 năm 2026*

**KẾ HOẠCH**

**Xây dựng xã nông thôn mới nâng cao năm 2026**

Căn cứ Quyết định số 925/QĐ-UBND ngày 30 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Vĩnh Hà về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026;

Căn cứ Nghị quyết số 14/NQ-HĐND ngày 25 tháng 12 năm 2025 của Hội đồng nhân dân xã Tân Hòa Đông về nhiệm vụ phát triển kinh tế - xã hội năm 2026;

Ủy ban nhân dân xã ban hành Kế hoạch xây dựng xã nông thôn mới nâng cao năm 2026 như sau:

**I. MỤC TIÊU**

**1. Mục tiêu chung**

Huy động các nguồn lực, phát huy vai trò chủ thể của người dân để hoàn thành các tiêu chí xã nông thôn mới nâng cao trong năm 2026.

**2. Mục tiêu cụ thể**

a) Về kinh tế:

* Thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm;
* Tỷ lệ hộ nghèo đa chiều giảm còn dưới 1,2%.

b) Về văn hóa - xã hội:

* Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%;
* 100% ấp đạt chuẩn ấp văn hóa.

c) Về môi trường:

* Tỷ lệ hộ sử dụng nước sạch đạt 98%;
* Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 92%.

**II. NHIỆM VỤ VÀ GIẢI PHÁP**

1. Nâng cấp, cứng hóa đường giao thông nông thôn tại các ấp Hòa Bình, Hòa Lợi.

* Chủ trì: Phòng Kinh tế; phối hợp: Ban Nhân dân các ấp.

2. Xây dựng mô hình sản xuất lúa hữu cơ liên kết tiêu thụ.

* Chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã, Hợp tác xã Nông nghiệp Tân Hòa.

3. Nâng cao chất lượng khám, chữa bệnh ban đầu tại Trạm Y tế xã.

* Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trạm Y tế xã.

**III. KINH PHÍ**

Tổng nhu cầu vốn thực hiện năm 2026 là 18,6 tỷ đồng, trong đó:

* Ngân sách tỉnh hỗ trợ: 11,2 tỷ đồng;
* Ngân sách xã: 3,4 tỷ đồng;
* Nhân dân đóng góp: 4 tỷ đồng.

**IV. TỔ CHỨC THỰC HIỆN**

1. Phòng Kinh tế: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả trước ngày 15/12/2026.

2. Phòng Văn hóa - Xã hội: hướng dẫn các ấp xây dựng, giữ vững danh hiệu ấp văn hóa.

3. Ban Nhân dân các ấp: tuyên truyền, vận động Nhân dân tham gia đóng góp xây dựng nông thôn mới.

**Nơi nhận:**

* UBND tỉnh Vĩnh Hà (b/c);
* TT Đảng ủy, TT HĐND xã;
* Các ban, ngành, đoàn thể xã;
* Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**

**Trần Văn Lực**
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SOURCES).write_bytes(sources_plan())
    (folder / YOUTH).write_text(YOUTH_HTML, encoding="utf-8")
    (folder / EPIDEMIC).write_text(EPIDEMIC_MD, encoding="utf-8")
    (folder / AMEND).write_text(AMEND_TXT, encoding="utf-8")
    (folder / APPROVE).write_text(APPROVE_HTML, encoding="utf-8")
    (folder / WOMEN).write_text(WOMEN_TXT, encoding="utf-8")
    (folder / FRONT).write_bytes(front_plan())
    (folder / COMMUNE).write_text(COMMUNE_MD, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
