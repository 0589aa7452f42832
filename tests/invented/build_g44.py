"""Invented documents of hold-out round G44: a district People's Committee's decision that approves a plan, the plan
attached after the decision's "Điều 1/2/3" and signature under a title block of its own (two title blocks in one Word
file; the plan's targets, tasks and money are the document's); a province's digital-transformation plan as a portal
page whose targets sit in a table "STT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2028 | Cơ quan chủ trì" grouped by
field (percent and count rows, a lead per row); a province's community-tourism plan as a crawler saves the page, its
support norms ("50.000 đồng/người/ngày", "tối đa 30 triệu đồng/mô hình") beside a real total and its sources and a
table in "ĐVT: nghìn đồng"; a ministry's plan to carry out an amending law ("Luật sửa đổi, bổ sung một số điều của
Luật ..."), citing Laws, a National Assembly resolution and Government decrees, assigning Cục/Vụ and "Ủy ban nhân dân
các tỉnh, thành phố trực thuộc trung ương", printed to PDF by LibreOffice.

The documents:
- g44_huyen-minhlac: a district's decision approving its OCOP plan of 2024 - 2025, the plan attached (.docx);
- g44_tinh-thuonglam: a province's digital-transformation plan of 2027 - 2028, target table by year with a lead per
  row (.html);
- g44_tinh-vanson: a province's community-tourism plan of 2027, support norms and a table in nghìn đồng (.txt crawl);
- g44_bo-nnmt: a ministry's plan to carry out the amended Law on irrigation (.pdf by LibreOffice).

The reading the set's conventions imply: the decision's header (type, number, title "Phê duyệt Kế hoạch ...", signer)
is the document's; the attached plan's objectives, tasks, money and "Tổ chức thực hiện" are the document's too, with
Điều 3's executors; its "Theo đề nghị của ... tại Tờ trình số ..." line a "Theo" basis (the set's convention, as
g16_tinh-namthach: the golds first said none, corrected after the first pass). A target table's rows are objectives, each with its percent per year (a count row
none); the lead column is no task. A support norm ("mức hỗ trợ 50.000 đồng/người/ngày", "tối đa 30 triệu
đồng/mô hình") is no budget statement; the total and its sources are; the table in nghìn đồng gives one item per amount
cell. The ministry's plan: each numbered task with its "Cơ quan chủ trì:" / "Cơ quan phối hợp:" lines; the amending law
a legal basis of its own.

First pass (golds written by hand before the first extraction, commit 3fa1bfbc; the 4 documents scored alone, code of
5f541c4): micro 198/204/202 (0.975). Whole: the digital-transformation page (its year columns' percents, the count
rows none, the lead column no task) and the decision with its attached plan (the plan's targets, tasks and money, Điều
3's executors). The misses: the golds' own "Theo đề nghị ... Tờ trình" (a "Theo" basis by the set's convention) and
the norms plan's task titles "Head: what it gives" (the set's reading too), both corrected in the golds; and the
ministry's "Thủ trưởng các cơ quan, đơn vị thuộc Bộ được giao chủ trì nhiệm vụ chịu trách nhiệm ..." read as "...
thuộc Bộ được giao" (normalizers.agencies._TRAILING, tests/test_g44_given_lead.py). After: 210/210/210. As other
renditions: the ministry's PDF as pdftotext text (plain and -layout) 42/42/45 -> 45/45/45 (a role label's list
wrapped after ";", activities.ROLE_LIST_GOES_ON, tests/test_g44_wrapped_roles.py); the decision printed to PDF by
LibreOffice 51/51/51, its pdftotext -layout text 50/51/51 ("Trưởng phòng" / "Nông nghiệp và ..." in Điều 3 wrapped
before a capital: a reader's join, left); the norms plan word-segmented 42/42/52 (its tab table not found again, a
reader's matter, as round G42's).

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g44 OUTDIR` writes
every file; the .pdf needs soffice (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A district's decision approving a plan, the plan attached, Word.

DECISION_DOC = "g44_huyen-minhlac_1846-qd-ubnd_2024_qd-phe-duyet-kem-ke-hoach-ocop.docx"

DECISION_BODY = [
    ("c", "ỦY BAN NHÂN DÂN HUYỆN MINH LẠC"),
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
          "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    ("i", "Căn cứ Quyết định số 2754/QĐ-UBND ngày 28 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Phú Xuyên ban hành Kế "
          "hoạch thực hiện Chương trình Mỗi xã một sản phẩm tỉnh Phú Xuyên giai đoạn 2023 - 2025;"),
    ("i", "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình số 215/TTr-NN ngày 09 "
          "tháng 9 năm 2024."),
    ("c", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phát triển sản phẩm OCOP huyện Minh Lạc giai đoạn 2024 - "
          "2025."),
    ("p", "Điều 2. Giao Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì, phối hợp với các cơ quan, đơn vị liên "
          "quan và Ủy ban nhân dân các xã, thị trấn tổ chức triển khai thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân "
          "dân huyện."),
    ("p", "Điều 3. Chánh Văn phòng HĐND và UBND huyện; Trưởng phòng Nông nghiệp và Phát triển nông thôn; Trưởng phòng "
          "Tài chính - Kế hoạch; Chủ tịch Ủy ban nhân dân các xã, thị trấn và Thủ trưởng các cơ quan, đơn vị có liên "
          "quan chịu trách nhiệm thi hành Quyết định này./."),
]

PLAN_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Khai thác tiềm năng, lợi thế về nông sản đặc trưng của các xã để phát triển sản phẩm OCOP theo chuỗi giá "
          "trị, gắn với xây dựng nông thôn mới nâng cao."),
    ("p", "2. Xác định rõ nhiệm vụ, trách nhiệm của các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn trong tổ "
          "chức thực hiện."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Phát triển sản phẩm OCOP gắn với lợi thế của từng địa phương, nâng cao thu nhập cho người dân khu vực nông "
          "thôn; xây dựng thương hiệu nông sản huyện Minh Lạc."),
    ("h", "2. Mục tiêu cụ thể đến hết năm 2025"),
    ("p", "- Có thêm ít nhất 12 sản phẩm được công nhận đạt 3 sao trở lên, nâng tổng số sản phẩm OCOP của huyện lên 35 "
          "sản phẩm."),
    ("p", "- 100% sản phẩm OCOP có tem truy xuất nguồn gốc và được giới thiệu trên sàn thương mại điện tử."),
    ("p", "- Ít nhất 40% chủ thể có sản phẩm OCOP là hợp tác xã hoặc doanh nghiệp."),
    ("p", "- Tỷ lệ sản phẩm OCOP 3 sao được nâng hạng lên 4 sao đạt tối thiểu 15%."),
    ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, đánh giá tiềm năng và lựa chọn sản phẩm tham gia Chương trình OCOP: Phòng Nông nghiệp và Phát "
          "triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn thực hiện."),
    ("p", "2. Hỗ trợ chủ thể hoàn thiện bao bì, nhãn mác, tiêu chuẩn chất lượng sản phẩm: Phòng Kinh tế và Hạ tầng chủ "
          "trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện thực hiện."),
    ("p", "3. Xúc tiến thương mại, quảng bá sản phẩm OCOP: Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm "
          "Văn hóa, Thông tin và Thể thao huyện thực hiện."),
    ("p", "4. Hỗ trợ thành lập, củng cố hợp tác xã sản xuất sản phẩm OCOP: Phòng Tài chính - Kế hoạch chủ trì, phối "
          "hợp với Liên minh Hợp tác xã tỉnh thực hiện."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2025 là 4.850 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ "
          "1.200 triệu đồng; ngân sách huyện 1.650 triệu đồng; vốn đối ứng của các chủ thể OCOP 2.000 triệu đồng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, hướng dẫn, theo dõi, tổng hợp kết quả "
          "thực hiện Kế hoạch, báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí ngân sách huyện thực hiện Kế hoạch."),
    ("p", "3. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nhiệm vụ được giao."),
    ("p", "4. Ủy ban nhân dân các xã, thị trấn chỉ đạo, hướng dẫn các chủ thể xây dựng hồ sơ sản phẩm tham gia đánh "
          "giá, phân hạng./."),
]


def decision_with_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN MINH LẠC", "-------", "Số: 1846/QĐ-UBND"],
            [*MOTTO, "Minh Lạc, ngày 16 tháng 9 năm 2024"], bold=(2, 2))
    _paragraph(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _paragraph(doc, "Phê duyệt Kế hoạch phát triển sản phẩm OCOP huyện Minh Lạc giai đoạn 2024 - 2025", bold=True,
               center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, DECISION_BODY)
    closing(doc, ["- Như Điều 3;", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và PTNT;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- CT, các PCT UBND huyện;", "- Lưu: VT, NN."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lò Văn Thành"])
    _paragraph(doc, "")
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN MINH LẠC", "-------"], [*MOTTO], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển sản phẩm OCOP huyện Minh Lạc giai đoạn 2024 - 2025", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Quyết định số 1846/QĐ-UBND ngày 16 tháng 9 năm 2024 của Ủy ban nhân dân huyện Minh Lạc)",
               italic=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, PLAN_BODY)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's digital-transformation plan, targets by year in a table with a lead per row, portal page.

DIGITAL_HTML = "g44_tinh-thuonglam_203-kh-ubnd_2027_chuyen-doi-so-chi-tieu-nam-chu-tri-portal.html"

DIGITAL_TEXT = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch chuyển đổi số tỉnh Thượng Lâm giai đoạn 2027 - 2028 - Cổng thông tin điện tử tỉnh Thượng Lâm</title></head>
<body>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản chỉ đạo điều hành</a> » Kế hoạch</div>
<div class="post-meta">Cập nhật: 14/5/2027 08:12 | Lượt xem: 1.284</div>
<article>
<table style="width:100%;border:none"><tbody><tr>
<td style="text-align:center;width:40%"><strong>ỦY BAN NHÂN DÂN<br>TỈNH THƯỢNG LÂM</strong><br>-------<br>Số: 203/KH-UBND</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>---------------<br><em>Thượng Lâm, ngày 10 tháng 5 năm 2027</em></td>
</tr></tbody></table>
<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>Chuyển đổi số tỉnh Thượng Lâm giai đoạn 2027 - 2028</strong></p>
<p><em>Căn cứ Nghị quyết số 08-NQ/TU ngày 21 tháng 3 năm 2026 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Thượng Lâm đến năm 2030;</em></p>
<p><em>Căn cứ Quyết định số 615/QĐ-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh phê duyệt Kiến trúc chính quyền điện tử tỉnh Thượng Lâm, phiên bản 3.0;</em></p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Thượng Lâm giai đoạn 2027 - 2028 như sau:</p>
<p><strong>I. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung</strong></p>
<p>Phát triển đồng bộ chính quyền số, kinh tế số và xã hội số; lấy người dân, doanh nghiệp làm trung tâm; bảo đảm an toàn, an ninh mạng trong quá trình chuyển đổi số.</p>
<p><strong>2. Chỉ tiêu cụ thể</strong></p>
<p>Các chỉ tiêu chuyển đổi số theo từng năm và cơ quan chủ trì theo dõi tại bảng sau:</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead>
<tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2027</th><th>Năm 2028</th><th>Cơ quan chủ trì</th></tr>
</thead>
<tbody>
<tr><td><strong>I</strong></td><td colspan="5"><strong>Chính quyền số</strong></td></tr>
<tr><td>1</td><td>Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình</td><td>%</td><td>75</td><td>85</td><td>Văn phòng Ủy ban nhân dân tỉnh</td></tr>
<tr><td>2</td><td>Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, có ký số</td><td>%</td><td>97</td><td>100</td><td>Sở Khoa học và Công nghệ</td></tr>
<tr><td>3</td><td>Số cơ sở dữ liệu chuyên ngành được kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh</td><td>cơ sở dữ liệu</td><td>18</td><td>24</td><td>Sở Khoa học và Công nghệ</td></tr>
<tr><td><strong>II</strong></td><td colspan="5"><strong>Kinh tế số</strong></td></tr>
<tr><td>4</td><td>Tỷ trọng kinh tế số trong GRDP của tỉnh</td><td>%</td><td>12,5</td><td>14</td><td>Sở Tài chính</td></tr>
<tr><td>5</td><td>Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số trong sản xuất, kinh doanh</td><td>%</td><td>55</td><td>65</td><td>Sở Công Thương</td></tr>
<tr><td>6</td><td>Số sản phẩm OCOP được bán trên sàn thương mại điện tử</td><td>sản phẩm</td><td>140</td><td>180</td><td>Sở Công Thương</td></tr>
<tr><td><strong>III</strong></td><td colspan="5"><strong>Xã hội số</strong></td></tr>
<tr><td>7</td><td>Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2 được kích hoạt</td><td>%</td><td>88</td><td>95</td><td>Công an tỉnh</td></tr>
<tr><td>8</td><td>Tỷ lệ hộ gia đình được phủ mạng cáp quang băng rộng</td><td>%</td><td>92,5</td><td>96</td><td>Sở Khoa học và Công nghệ</td></tr>
</tbody>
</table>
<p><strong>II. NHIỆM VỤ, GIẢI PHÁP</strong></p>
<p>1. Hoàn thiện hạ tầng số, nền tảng số dùng chung của tỉnh. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn tỉnh thực hiện.</p>
<p>2. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến, tái cấu trúc quy trình nghiệp vụ. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường thực hiện.</p>
<p>3. Phát triển kinh tế số, thương mại điện tử. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính, Hiệp hội Doanh nghiệp tỉnh thực hiện.</p>
<p>4. Phát triển xã hội số, kỹ năng số cho người dân. Giao Công an tỉnh chủ trì, phối hợp với Tỉnh đoàn Thượng Lâm thực hiện.</p>
<p><strong>III. KINH PHÍ THỰC HIỆN</strong></p>
<p>Tổng kinh phí thực hiện Kế hoạch giai đoạn 2027 - 2028 dự kiến là 186,5 tỷ đồng từ nguồn ngân sách tỉnh, trong đó: năm 2027 là 88 tỷ đồng; năm 2028 là 98,5 tỷ đồng.</p>
<p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 hằng năm.</p>
<p>2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.</p>
<p>3. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chỉ tiêu, nhiệm vụ được giao xây dựng kế hoạch chi tiết, tổ chức thực hiện./.</p>
<table style="width:100%;border:none"><tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- Bộ Khoa học và Công nghệ (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh (b/c);<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX.</td>
<td style="text-align:center;vertical-align:top"><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><br><strong>Đinh Quang Hưng</strong></td>
</tr></tbody></table>
</article>
<div class="footer">Cổng thông tin điện tử tỉnh Thượng Lâm - Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thượng Lâm</div>
</body></html>
"""

# ---------------------------------------------------------------------------
# 3. A province's community-tourism plan with support norms and a table in nghìn đồng, as a crawler saves it.

NORMS_TXT = "g44_tinh-vanson_88-kh-ubnd_2027_du-lich-cong-dong-dinh-muc-ho-tro-crawl.txt"

NORMS_TEXT = """Cổng thông tin điện tử tỉnh Vân Sơn
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công
Văn bản chỉ đạo điều hành
Ngày đăng: 03/03/2027 | Lượt xem: 642
ỦY BAN NHÂN DÂN
TỈNH VÂN SƠN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 88/KH-UBND
Vân Sơn, ngày 26 tháng 02 năm 2027
KẾ HOẠCH
Hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Vân Sơn năm 2027
Căn cứ Nghị quyết số 19/2026/NQ-HĐND ngày 11 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Vân Sơn quy định chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh giai đoạn 2027 - 2030;
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 41/TTr-SVHTTDL ngày 12 tháng 02 năm 2027.
Ủy ban nhân dân tỉnh ban hành Kế hoạch hỗ trợ phát triển du lịch cộng đồng năm 2027 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc, tạo sinh kế bền vững cho người dân vùng nông thôn, miền núi.
2. Mục tiêu cụ thể năm 2027
- Hình thành thêm 06 điểm du lịch cộng đồng đạt tiêu chuẩn; 80% hộ kinh doanh homestay được tập huấn kỹ năng phục vụ khách.
- Lượng khách đến các điểm du lịch cộng đồng tăng 20% so với năm 2026.
- Ít nhất 50% điểm du lịch cộng đồng có sản phẩm được giới thiệu trên nền tảng số.
II. NỘI DUNG VÀ MỨC HỖ TRỢ
1. Hỗ trợ xây dựng mô hình du lịch cộng đồng: mỗi mô hình được hỗ trợ 50% kinh phí cải tạo nhà ở, công trình vệ sinh, tối đa 30 triệu đồng/mô hình. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các xã có mô hình thực hiện.
2. Tập huấn kỹ năng làm du lịch cho người dân: học viên được hỗ trợ tiền ăn 50.000 đồng/người/ngày và tiền đi lại 100.000 đồng/người/khóa. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Trường Cao đẳng Văn hóa Nghệ thuật tỉnh thực hiện.
3. Quảng bá, xúc tiến du lịch cộng đồng: hỗ trợ tối đa 15 triệu đồng/điểm để xây dựng video, ấn phẩm giới thiệu. Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Vân Sơn thực hiện.
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch năm 2027 là 1.465 triệu đồng, trong đó: ngân sách tỉnh 1.105 triệu đồng; vốn đối ứng của hộ gia đình, tổ hợp tác 360 triệu đồng. Chi tiết như sau:
ĐVT: nghìn đồng
TT	Nội dung hỗ trợ	Số lượng	Tổng kinh phí	Ngân sách tỉnh	Vốn đối ứng
1	Xây dựng mô hình du lịch cộng đồng	24 mô hình	1.080.000	720.000	360.000
2	Tập huấn kỹ năng làm du lịch	8 lớp	235.000	235.000	-
3	Quảng bá, xúc tiến du lịch cộng đồng	10 điểm	150.000	150.000	-
	Tổng cộng		1.465.000	1.105.000	360.000
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch; thẩm định hồ sơ đề nghị hỗ trợ; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.
2. Sở Tài chính: Tham mưu bố trí kinh phí; hướng dẫn thanh toán, quyết toán kinh phí hỗ trợ theo quy định.
3. Ủy ban nhân dân các xã có điểm du lịch cộng đồng: Lựa chọn hộ tham gia mô hình; vận động Nhân dân giữ gìn vệ sinh môi trường, cảnh quan tại các điểm du lịch.
Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở: VHTTDL, TC;
- UBND các xã có điểm DLCĐ;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Hà Thị Thu Trang
Tệp đính kèm: 88-KH-UBND.pdf
Bản quyền thuộc Cổng thông tin điện tử tỉnh Vân Sơn
"""

# ---------------------------------------------------------------------------
# 4. A ministry's plan to carry out an amending law, LibreOffice PDF.

MINISTRY_DOC = "g44_bo-nnmt_1975-kh-bnnmt_2026_trien-khai-luat-sua-doi-cuc-vu.pdf"

MINISTRY_BODY = [
    ("i", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều số 58/2026/QH15 ngày 24 tháng 6 "
          "năm 2026;"),
    ("i", "Căn cứ Nghị quyết số 214/2026/QH15 ngày 26 tháng 6 năm 2026 của Quốc hội về chương trình giám sát của Quốc "
          "hội năm 2027;"),
    ("i", "Căn cứ Nghị định số 135/2025/NĐ-CP ngày 18 tháng 8 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
          "hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;"),
    ("i", "Thực hiện Quyết định số 1620/QĐ-TTg ngày 30 tháng 7 năm 2026 của Thủ tướng Chính phủ ban hành Danh mục và "
          "phân công cơ quan chủ trì soạn thảo văn bản quy định chi tiết các luật, nghị quyết được Quốc hội khóa XV thông "
          "qua tại Kỳ họp thứ 11;"),
    ("p", "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật "
          "Thủy lợi và Luật Đê điều như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị "
          "thuộc Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong việc triển khai thi hành Luật."),
    ("p", "2. Bảo đảm Luật được triển khai kịp thời, đồng bộ, thống nhất và hiệu quả từ ngày Luật có hiệu lực thi hành."),
    ("h", "II. NỘI DUNG"),
    ("h", "1. Tổ chức quán triệt, phổ biến nội dung Luật"),
    ("p", "a) Cơ quan chủ trì: Vụ Pháp chế."),
    ("p", "b) Cơ quan phối hợp: Cục Quản lý và Xây dựng công trình thủy lợi; Cục Quản lý đê điều và Phòng, chống thiên "
          "tai; Báo Nông nghiệp và Môi trường."),
    ("p", "c) Thời gian thực hiện: Quý IV năm 2026."),
    ("h", "2. Xây dựng văn bản quy định chi tiết thi hành Luật"),
    ("p", "a) Cơ quan chủ trì: Cục Quản lý và Xây dựng công trình thủy lợi."),
    ("p", "b) Cơ quan phối hợp: Vụ Pháp chế; Vụ Kế hoạch - Tài chính; các bộ, ngành liên quan."),
    ("p", "c) Sản phẩm: Nghị định sửa đổi, bổ sung một số điều của Nghị định số 67/2018/NĐ-CP ngày 14 tháng 5 năm 2018 "
          "của Chính phủ quy định chi tiết một số điều của Luật Thủy lợi; Thông tư hướng dẫn về định mức kinh tế - kỹ "
          "thuật quản lý, khai thác công trình thủy lợi."),
    ("p", "d) Thời gian trình: Tháng 12 năm 2026."),
    ("h", "3. Rà soát văn bản quy phạm pháp luật liên quan đến Luật"),
    ("p", "a) Cơ quan chủ trì: Vụ Pháp chế."),
    ("p", "b) Cơ quan phối hợp: Cục Quản lý đê điều và Phòng, chống thiên tai; Ủy ban nhân dân các tỉnh, thành phố trực "
          "thuộc trung ương."),
    ("p", "c) Thời gian thực hiện: Quý I năm 2027."),
    ("h", "4. Triển khai thi hành Luật tại địa phương"),
    ("p", "a) Cơ quan chủ trì: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương."),
    ("p", "b) Cơ quan phối hợp: Cục Quản lý và Xây dựng công trình thủy lợi."),
    ("p", "c) Nội dung: ban hành kế hoạch triển khai tại địa phương; kiện toàn tổ chức quản lý khai thác công trình thủy "
          "lợi; báo cáo kết quả về Bộ Nông nghiệp và Môi trường trước ngày 15 tháng 12 năm 2027."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch của các cơ quan, đơn vị thuộc Bộ là 2.350 triệu đồng từ nguồn ngân sách trung "
          "ương, bố trí trong dự toán chi thường xuyên năm 2026 và năm 2027 của Bộ; kinh phí của các địa phương do ngân "
          "sách địa phương bảo đảm theo phân cấp."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thủ trưởng các cơ quan, đơn vị thuộc Bộ được giao chủ trì nhiệm vụ chịu trách nhiệm tổ chức thực hiện "
          "đúng tiến độ, chất lượng."),
    ("p", "2. Vụ Pháp chế theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Bộ trưởng."),
    ("p", "3. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán được giao."),
    ("p", "4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Nông nghiệp và Môi trường "
          "tham mưu triển khai thi hành Luật tại địa phương./."),
]


def ministry_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 1975/KH-BNNMT"],
            [*MOTTO, "Hà Nội, ngày 21 tháng 8 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều",
               bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, MINISTRY_BODY)
    closing(doc, ["- Thủ tướng Chính phủ (b/c);", "- Bộ trưởng (b/c);", "- Các Thứ trưởng;",
                  "- Bộ Tư pháp;", "- UBND các tỉnh, thành phố trực thuộc TW;", "- Các Cục, Vụ thuộc Bộ;",
                  "- Lưu: VT, PC."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Nguyễn Hoàng Hiệp"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DECISION_DOC).write_bytes(decision_with_plan())
    (folder / DIGITAL_HTML).write_text(DIGITAL_TEXT, encoding="utf-8")
    (folder / NORMS_TXT).write_text(NORMS_TEXT, encoding="utf-8")
    (folder / MINISTRY_DOC).write_bytes(_pdf(ministry_plan(), MINISTRY_DOC))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
