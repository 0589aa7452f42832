"""Invented documents of hold-out round G58, aimed at FIELD shapes the invented set did not hold yet.

The documents:
- g58_hdnd-lamthuong: a province People's Council's resolution (Nghị quyết HĐND) setting support norms in Word:
  "Điều 2. Nội dung và mức hỗ trợ" with shares and caps per hectare, per cooperative, per plant ("mức hỗ trợ 50% chi
  phí mua giống, tối đa 30 triệu đồng/ha"), "Điều 3. Nguồn kinh phí" with the period's sum and one year's money handed
  to bodies ("Năm 2027 bố trí N, giao Sở ... A, Ủy ban nhân dân các xã ... B": the year stated once for the parts
  after it), "Điều 4. Tổ chức thực hiện" giving the province committee the execution, the council's standing
  committee, its Ban, its groups of deputies and its deputies the supervision, and asking the Front (.docx);
- g58_xa-hoamytay: a commune's results-and-plan report (Báo cáo kết quả năm 2026 và kế hoạch năm 2027) as a crawler
  saves its page: the year's achieved figures ("đạt 105% kế hoạch", "vượt 3% so với kế hoạch") and its money spent,
  then next year's targets as changes and ranges ("giảm ít nhất 1,2% so với năm 2026", "không quá 2%", "dưới 5%",
  "từ 85% đến 90%", "gấp 1,5 lần", "tăng 8 - 8,5% so với năm 2026"), tasks closing on "Đơn vị chủ trì: ...; đơn vị
  phối hợp: ...", next year's estimate by level of budget and again by unit after "Giao dự toán kinh phí năm 2027
  cho các đơn vị:" (.txt);
- g58_tinh-quangthanh: a province's plan for a World Bank loan project on its portal page: the money in USD with its
  đồng equivalent in brackets or after "tương đương khoảng", the loan and the counterpart funds, the counterpart split
  by level of budget, a grant in USD only, the first year's capital plan by kind (.html);
- g58_tinh-tuyha: a province's tree-planting plan as a Markdown scrape: the steering committee's abbreviation defined
  once ("(sau đây gọi tắt là BCĐ)", "(sau đây gọi là UBND cấp xã)") and used after as a body's heading, the duties under
  each body's heading as dashes ("- Chủ trì ...", "- Phối hợp với ..."), a joint heading of two departments ("Sở Y
  tế, Sở Giáo dục và Đào tạo:"), and seedlings given in kind with a value outside the total ("hỗ trợ 20.000 cây giống
  keo lai, trị giá khoảng 60 triệu đồng") (.md).

The reading the set's conventions imply: a resolution's norms (a share and a cap per unit) are neither targets nor
sums (as h3_tinh-phulam); its period's sum and its year's money statements, the parts handed to bodies those bodies'
(as tests/test_g56_handed_parts.py) and of the year stated before them; its Điều 4 bodies responsibilities (as
l_hdnd-sonbac); a report's achieved figures under its results heading no targets (as v_sct-hoaxuan), its money
assigned and spent statements of that year (as dev p13), next year's targets the plan's (a cap, a floor and a decrease
a percent, a range both ends, "gấp 1,5 lần" no percent); USD amounts no sums in đồng, their đồng equivalents the
statements (as g10_bqlda-tinh-namvan), the loan "other"; the defined abbreviations expanded; the seedlings' value a
mobilized sum.

First pass (golds written by hand before the first extraction, commit 21fec7da; the 4 documents scored alone, code of
BASE 9e3b6d08): micro 170/175/176 (0.969). Whole: the report (its seven objectives, the ranges' both ends, the caps,
floors and decrease, "gấp 1,5 lần" no percent, its nine statements) and the loan plan (the đồng equivalents, the USD
no sums, the counterpart by level of budget). The misses: the resolution's parts handed to bodies lost the year stated
before them, the second (a nine-word body) read as the plan's whole (tests/test_g58_handed_year.py); "các Tổ đại biểu
và đại biểu Hội đồng nhân dân tỉnh" a bare "Các Tổ đại biểu", "1. BCĐ" no body (tests/test_g58_council_bodies.py); the
seedlings' worth of no source (tests/test_g58_gift_in_kind.py); the report's end year (the gold corrected to the set's
convention for a results-and-plan report, either year accepted, f568dff1). After: 176/176/176
(tests/test_g58_holdout.py). Probing the round's shapes in other words: "Vốn ODA: N; vốn đối ứng từ ngân sách tỉnh
M" read the loan as a budget line of no source and the counterpart funds as its part (tests/test_g58_loan_line.py);
initials defined in words after a body's whole name ("(sau đây gọi tắt là BCĐ)") now stand for that name.

Everything is invented (provinces, communes, bodies, names, numbers, dates). `python -m tests.invented.build_g58
[OUTDIR]` writes the four documents (the files in raw/ are the ones the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A province People's Council's resolution setting support norms, Word.

RESOLUTION_DOC = "g58_hdnd-lamthuong_19-nq-hdnd_2026_dinh-muc-ho-tro-duoc-lieu.docx"

RESOLUTION_BODY = [
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("i", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;"),
    ("i", "Căn cứ Nghị định số 58/2026/NĐ-CP ngày 20 tháng 3 năm 2026 của Chính phủ quy định một số chính sách phát "
          "triển dược liệu;"),
    ("i", "Xét Tờ trình số 312/TTr-UBND ngày 18 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết "
          "quy định chính sách hỗ trợ phát triển cây dược liệu dưới tán rừng trên địa bàn tỉnh Lâm Thượng giai đoạn "
          "2027 - 2030; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại "
          "biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("p", "1. Nghị quyết này quy định chính sách hỗ trợ phát triển cây dược liệu dưới tán rừng trên địa bàn tỉnh Lâm "
          "Thượng giai đoạn 2027 - 2030."),
    ("p", "2. Đối tượng áp dụng: hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã trồng cây dược liệu dưới tán rừng; các "
          "cơ quan, tổ chức có liên quan."),
    ("p", "Điều 2. Nội dung và mức hỗ trợ"),
    ("p", "1. Hỗ trợ giống cây dược liệu: mức hỗ trợ 50% chi phí mua giống, tối đa 30 triệu đồng/ha; mỗi hộ được hỗ trợ "
          "không quá 02 ha."),
    ("p", "2. Hỗ trợ cấp giấy chứng nhận sản phẩm đạt tiêu chuẩn thực hành tốt trồng trọt và thu hái cây thuốc: mức hỗ "
          "trợ 100% chi phí, tối đa 150 triệu đồng/hợp tác xã."),
    ("p", "3. Hỗ trợ xây dựng cơ sở sơ chế, bảo quản dược liệu: mức hỗ trợ 40% tổng mức đầu tư, tối đa 800 triệu "
          "đồng/cơ sở."),
    ("p", "4. Hỗ trợ lãi suất vay vốn tại các tổ chức tín dụng: hỗ trợ 100% lãi suất trong 24 tháng đầu; mức vay được "
          "hỗ trợ lãi suất tối đa 500 triệu đồng/hợp tác xã."),
    ("p", "Điều 3. Nguồn kinh phí"),
    ("p", "1. Ngân sách tỉnh bảo đảm theo phân cấp hiện hành; lồng ghép nguồn vốn các chương trình mục tiêu quốc gia và "
          "các nguồn hợp pháp khác."),
    ("p", "2. Tổng kinh phí dự kiến thực hiện chính sách giai đoạn 2027 - 2030 là 86.400 triệu đồng từ ngân sách tỉnh. "
          "Năm 2027 bố trí 18.600 triệu đồng, giao Sở Nông nghiệp và Môi trường 5.400 triệu đồng, Ủy ban nhân dân các "
          "xã vùng dược liệu 13.200 triệu đồng."),
    ("p", "Điều 4. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng năm báo cáo Hội đồng nhân dân tỉnh kết quả "
          "thực hiện tại kỳ họp thường lệ cuối năm."),
    ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội "
          "đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát và tuyên truyền, vận động Nhân dân thực "
          "hiện Nghị quyết."),
    ("p", "Điều 5. Hiệu lực thi hành"),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Lâm Thượng khóa XI, kỳ họp thứ chín thông qua ngày 10 tháng 12 "
          "năm 2026 và có hiệu lực từ ngày 01 tháng 01 năm 2027./."),
]


def resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "TỈNH LÂM THƯỢNG", "-------", "Số: 19/2026/NQ-HĐND"],
            [*MOTTO, "Lâm Thượng, ngày 10 tháng 12 năm 2026"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Quy định chính sách hỗ trợ phát triển cây dược liệu dưới tán rừng trên địa bàn tỉnh Lâm Thượng "
                    "giai đoạn 2027 - 2030", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM THƯỢNG", bold=True, center=True)
    _paragraph(doc, "KHÓA XI, KỲ HỌP THỨ CHÍN", bold=True, center=True)
    _body(doc, RESOLUTION_BODY)
    closing(doc, ["- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Nông nghiệp và Môi trường;",
                  "- Thường trực Tỉnh ủy;", "- UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "", "Đinh Quang Thái"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A commune's results-and-plan report as a crawler saves its page.

REPORT_TXT = "g58_xa-hoamytay_86-bc-ubnd_2026_ket-qua-va-ke-hoach-giam-ngheo-crawl.txt"

REPORT_TEXT = """Cổng thông tin điện tử xã Hòa Mỹ Tây
Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ
Văn bản chỉ đạo điều hành » Báo cáo
Ngày đăng: 08/12/2026 | Lượt xem: 157
ỦY BAN NHÂN DÂN
XÃ HÒA MỸ TÂY
-------
Số: 86/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hòa Mỹ Tây, ngày 05 tháng 12 năm 2026
BÁO CÁO
Kết quả thực hiện Chương trình giảm nghèo bền vững năm 2026 và kế hoạch năm 2027
Thực hiện Kế hoạch số 274/KH-UBND ngày 15 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh Vân Phong về tổng kết công tác giảm nghèo năm 2026, Ủy ban nhân dân xã Hòa Mỹ Tây báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN NĂM 2026
1. Kết quả thực hiện các chỉ tiêu
- Tỷ lệ hộ nghèo đa chiều giảm từ 6,8% xuống còn 4,9%, đạt 105% kế hoạch.
- Tỷ lệ lao động qua đào tạo đạt 68,5%, vượt 3% so với kế hoạch.
- Giải quyết việc làm mới cho 412 lao động, đạt 92,5% kế hoạch.
2. Kết quả giải ngân
Tổng kinh phí được giao năm 2026 là 3.860 triệu đồng; đến ngày 30/11/2026 đã giải ngân 3.612 triệu đồng, đạt 93,6% kế hoạch vốn.
3. Tồn tại, hạn chế
- Một số hộ thoát nghèo chưa bền vững, nguy cơ tái nghèo cao khi gặp thiên tai, dịch bệnh.
- Việc nhân rộng các mô hình sinh kế còn chậm.
II. KẾ HOẠCH NĂM 2027
1. Mục tiêu chung
Thực hiện giảm nghèo đa chiều, bao trùm, bền vững; hạn chế tái nghèo và phát sinh nghèo; hỗ trợ người nghèo vượt lên mức sống tối thiểu.
2. Chỉ tiêu cụ thể
- Tỷ lệ hộ nghèo đa chiều giảm ít nhất 1,2% so với năm 2026.
- Tỷ lệ hộ tái nghèo không quá 2% tổng số hộ thoát nghèo.
- Tỷ lệ hộ cận nghèo trên địa bàn xã dưới 5%.
- Từ 85% đến 90% hộ nghèo, hộ cận nghèo có nhu cầu được vay vốn tín dụng chính sách.
- Thu nhập bình quân của hộ nghèo tăng gấp 1,5 lần so với năm 2026.
- Thu nhập bình quân đầu người trên địa bàn xã tăng 8 - 8,5% so với năm 2026.
III. NHIỆM VỤ, GIẢI PHÁP NĂM 2027
1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế
- Nhân rộng mô hình nuôi bò sinh sản, trồng rau an toàn cho hộ nghèo, hộ cận nghèo tại các ấp.
- Đơn vị chủ trì: Phòng Kinh tế; đơn vị phối hợp: Hội Nông dân xã, Ban Nhân dân các ấp.
2. Hỗ trợ việc làm bền vững
- Tư vấn, giới thiệu việc làm; kết nối cung - cầu lao động với doanh nghiệp trong và ngoài tỉnh.
- Đơn vị chủ trì: Phòng Văn hóa - Xã hội; đơn vị phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã.
3. Truyền thông và giảm nghèo về thông tin
- Tuyên truyền trên hệ thống loa truyền thanh của xã; cập nhật thông tin giảm nghèo trên Cổng thông tin điện tử xã.
- Đơn vị chủ trì: Trung tâm Phục vụ hành chính công xã; đơn vị phối hợp: Phòng Văn hóa - Xã hội.
IV. KINH PHÍ THỰC HIỆN NĂM 2027
Tổng kinh phí dự kiến năm 2027 là 4.250 triệu đồng, trong đó: ngân sách trung ương 2.980 triệu đồng; ngân sách tỉnh 870 triệu đồng; ngân sách xã 400 triệu đồng.
Giao dự toán kinh phí năm 2027 cho các đơn vị: Phòng Kinh tế 2.450 triệu đồng; Phòng Văn hóa - Xã hội 1.420 triệu đồng; Trung tâm Phục vụ hành chính công xã 380 triệu đồng.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: Là cơ quan thường trực; theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã trước ngày 10 tháng 12 năm 2027.
2. Phòng Văn hóa - Xã hội: Tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2027 đúng quy trình, công khai, minh bạch.
3. Ban Nhân dân các ấp: Phối hợp rà soát, bình xét hộ nghèo, hộ cận nghèo; vận động hộ nghèo tham gia các mô hình sinh kế.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã: Vận động Quỹ "Vì người nghèo"; giám sát việc thực hiện chính sách giảm nghèo trên địa bàn./.
Nơi nhận:
- UBND tỉnh Vân Phong (b/c);
- Sở Nông nghiệp và Môi trường;
- TT Đảng ủy, TT HĐND xã;
- CT, PCT UBND xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Thạch Thị Sô Phia
Chia sẻ: Facebook | Zalo | In trang
Bản quyền thuộc Ủy ban nhân dân xã Hòa Mỹ Tây
"""

# ---------------------------------------------------------------------------
# 3. A province's plan for a loan project with money in USD and its đồng equivalent, portal page.

ODA_HTML = "g58_tinh-quangthanh_145-kh-ubnd_2026_von-vay-usd-tuong-duong-doi-ung-portal.html"

ODA_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch triển khai Dự án Phát triển hạ tầng đô thị thích ứng biến đổi khí hậu - UBND tỉnh Quảng Thạnh</title>
</head>
<body>
<div id="top-bar">Cổng thông tin điện tử tỉnh Quảng Thạnh | <a href="/en">English</a></div>
<nav class="menu"><a href="/">Trang chủ</a> | <a href="/chinh-quyen">Chính quyền</a> | <a href="/van-ban">Văn bản</a> | <a href="/du-an">Dự án ODA</a></nav>
<div class="container">
<div class="breadcrumb">Trang chủ / Văn bản / Kế hoạch</div>
<div class="doc-content">
<table style="width:100%">
<tr>
<td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG THẠNH</b><br>-------<br>Số: 145/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Quảng Thạnh, ngày 16 tháng 3 năm 2026</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Triển khai thực hiện Dự án Phát triển hạ tầng đô thị thích ứng biến đổi khí hậu tỉnh Quảng Thạnh sử dụng vốn vay Ngân hàng Thế giới giai đoạn 2026 - 2030</b></p>
<p>Căn cứ Quyết định số 412/QĐ-TTg ngày 05 tháng 02 năm 2026 của Thủ tướng Chính phủ phê duyệt chủ trương đầu tư Dự án Phát triển hạ tầng đô thị thích ứng biến đổi khí hậu tỉnh Quảng Thạnh, vay vốn Ngân hàng Thế giới;</p>
<p>Căn cứ Quyết định số 285/QĐ-UBND ngày 28 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh phê duyệt Báo cáo nghiên cứu khả thi Dự án;</p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Dự án như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao khả năng chống chịu với ngập lụt, cải thiện điều kiện vệ sinh môi trường và chất lượng sống của người dân các phường trung tâm tỉnh.</p>
<p><b>2. Mục tiêu cụ thể đến năm 2030</b></p>
<p>- 95% dân số các phường trung tâm được sử dụng nước sạch từ hệ thống cấp nước tập trung.</p>
<p>- Giảm 40% diện tích ngập úng thường xuyên tại các phường Phú Thạnh, Hòa Lợi và Tân Quý.</p>
<p>- Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 65%.</p>
<p><b>II. NỘI DUNG THỰC HIỆN</b></p>
<p><b>1. Cải tạo, nâng cấp hệ thống tiêu thoát nước các phường trung tâm</b></p>
<p>- Nạo vét 18,6 km kênh tiêu; xây dựng 02 trạm bơm tiêu và 24 km cống thoát nước.</p>
<p>- Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh; cơ quan phối hợp: Sở Xây dựng, Ủy ban nhân dân các phường Phú Thạnh, Hòa Lợi, Tân Quý.</p>
<p><b>2. Xây dựng nhà máy xử lý nước thải và mạng lưới thu gom</b></p>
<p>- Xây dựng nhà máy xử lý nước thải công suất 12.000 m³/ngày đêm và 35 km tuyến cống thu gom.</p>
<p>- Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh; cơ quan phối hợp: Sở Nông nghiệp và Môi trường.</p>
<p><b>3. Hỗ trợ kỹ thuật và tăng cường năng lực</b></p>
<p>- Xây dựng cơ sở dữ liệu ngập lụt đô thị; đào tạo cán bộ quản lý vận hành công trình.</p>
<p>- Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Khoa học và Công nghệ.</p>
<p><b>III. NGUỒN VỐN THỰC HIỆN</b></p>
<p>1. Tổng vốn đầu tư của Dự án là 62,5 triệu USD (tương đương khoảng 1.593,75 tỷ đồng), trong đó:</p>
<p>a) Vốn vay ưu đãi của Ngân hàng Thế giới: 50 triệu USD, tương đương khoảng 1.275 tỷ đồng; trong đó ngân sách trung ương cấp phát 70%, ngân sách tỉnh vay lại 30%.</p>
<p>b) Vốn đối ứng: 12,5 triệu USD, tương đương khoảng 318,75 tỷ đồng, gồm: ngân sách trung ương 120 tỷ đồng; ngân sách tỉnh 198,75 tỷ đồng.</p>
<p>2. Ngoài ra, Dự án tiếp nhận khoản viện trợ không hoàn lại 1,8 triệu USD của Quỹ Môi trường toàn cầu cho hoạt động hỗ trợ kỹ thuật.</p>
<p>3. Kế hoạch vốn năm 2026 là 215 tỷ đồng, trong đó: vốn vay Ngân hàng Thế giới 160 tỷ đồng; vốn đối ứng ngân sách tỉnh 55 tỷ đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Sở Tài chính: Tham mưu bố trí đủ vốn đối ứng; hướng dẫn thủ tục rút vốn, thanh toán, quyết toán vốn vay theo quy định.</p>
<p>2. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh: Tổ chức lựa chọn nhà thầu, quản lý chất lượng, tiến độ các gói thầu được giao; báo cáo định kỳ hằng quý.</p>
<p>3. Sở Xây dựng: Thẩm định thiết kế xây dựng; hướng dẫn, kiểm tra việc quản lý vận hành công trình sau đầu tư.</p>
<p>4. Ủy ban nhân dân các phường Phú Thạnh, Hòa Lợi, Tân Quý: Phối hợp bồi thường, hỗ trợ, tái định cư; bàn giao mặt bằng đúng tiến độ./.</p>
<table style="width:100%">
<tr>
<td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Bộ Tài chính;<br>- Ngân hàng Nhà nước Việt Nam;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Như mục IV;<br>- Lưu: VT, KT.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Huỳnh Tấn Lộc</b></td>
</tr>
</table>
</div>
</div>
<footer>Bản quyền © Ủy ban nhân dân tỉnh Quảng Thạnh. Đường dây nóng: 0259 3 822 144</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. A province's tree-planting plan as a Markdown scrape: abbreviations defined once, duties under bodies' headings.

PLANTING_MD = "g58_tinh-tuyha_58-kh-ubnd_2027_bcd-goi-tat-cay-giong-tri-gia-md.md"

PLANTING_TEXT = """[Trang chủ](/) > [Văn bản](/van-ban) > Kế hoạch

## Kế hoạch tổ chức Tết trồng cây và phát triển rừng bền vững năm 2027

*Ngày ban hành: 22/01/2027 | Cơ quan ban hành: UBND tỉnh Tuy Hà*

**ỦY BAN NHÂN DÂN TỈNH TUY HÀ**

Số: 58/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Tuy Hà, ngày 22 tháng 01 năm 2027*

**KẾ HOẠCH**

**Tổ chức Tết trồng cây "Đời đời nhớ ơn Bác Hồ" và phát triển rừng bền vững năm 2027**

Căn cứ Chỉ thị số 04/CT-TTg ngày 12 tháng 01 năm 2027 của Thủ tướng Chính phủ về tổ chức Tết trồng cây và tăng cường công tác bảo vệ, phát triển rừng;

Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

\\- Phát động sâu rộng phong trào Tết trồng cây trong cán bộ, đảng viên và Nhân dân; nâng cao ý thức bảo vệ, phát triển rừng.

\\- Việc trồng cây bảo đảm đúng thời vụ, chất lượng cây giống, hiệu quả và tỷ lệ cây sống cao.

**II. CHỈ TIÊU**

\\- Trồng mới 4.500 ha rừng tập trung, trong đó rừng gỗ lớn 1.200 ha.

\\- Tỷ lệ che phủ rừng của tỉnh đạt 52,5%.

\\- 100% xã, phường tổ chức lễ phát động Tết trồng cây.

\\- Tỷ lệ cây trồng phân tán sống sau 12 tháng đạt trên 85%.

**III. BAN CHỈ ĐẠO**

Kiện toàn Ban Chỉ đạo phát triển lâm nghiệp bền vững tỉnh Tuy Hà (sau đây gọi tắt là BCĐ) do đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban. Ủy ban nhân dân các xã, phường (sau đây gọi là UBND cấp xã) kiện toàn Ban Chỉ đạo cấp xã.

**IV. KINH PHÍ THỰC HIỆN**

Tổng kinh phí thực hiện Kế hoạch năm 2027 là 28.600 triệu đồng, trong đó: ngân sách trung ương 15.000 triệu đồng; ngân sách tỉnh 9.800 triệu đồng; nguồn xã hội hóa 3.800 triệu đồng.

Ngoài ra, Công ty TNHH Một thành viên Lâm nghiệp Sông Cầu hỗ trợ 20.000 cây giống keo lai, trị giá khoảng 60 triệu đồng, để trồng cây phân tán tại các trường học.

**V. PHÂN CÔNG NHIỆM VỤ**

**1. BCĐ**

\\- Chỉ đạo, kiểm tra, đôn đốc việc tổ chức Tết trồng cây và thực hiện chỉ tiêu trồng rừng năm 2027.

\\- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2027.

**2. Sở Nông nghiệp và Môi trường**

\\- Chủ trì tổ chức lễ phát động Tết trồng cây cấp tỉnh; hướng dẫn kỹ thuật trồng, chăm sóc rừng.

\\- Phối hợp với Sở Tài chính thẩm định, phân bổ kinh phí hỗ trợ trồng rừng.

**3. Sở Tài chính**

\\- Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh.

**4. Sở Y tế, Sở Giáo dục và Đào tạo**

\\- Theo chức năng, nhiệm vụ, chỉ đạo các cơ sở y tế, trường học trồng cây xanh trong khuôn viên.

**5. UBND cấp xã**

\\- Tổ chức lễ phát động Tết trồng cây tại địa phương; bố trí quỹ đất trồng cây phân tán.

\\- Chủ trì, phối hợp với Hạt Kiểm lâm khu vực quản lý, bảo vệ diện tích rừng mới trồng.

**6. Đề nghị Tỉnh Đoàn Tuy Hà**

\\- Phát động đoàn viên, thanh niên trồng và chăm sóc cây xanh tại các công trình thanh niên.

| **Nơi nhận:**<br>- Bộ Nông nghiệp và Môi trường (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các thành viên BCĐ;<br>- UBND các xã, phường;<br>- Lưu: VT, KT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Ksor Y Nhuần** |
|---|---|
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RESOLUTION_DOC).write_bytes(resolution())
    (folder / REPORT_TXT).write_text(REPORT_TEXT, encoding="utf-8")
    (folder / ODA_HTML).write_text(ODA_PAGE, encoding="utf-8")
    (folder / PLANTING_MD).write_text(PLANTING_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
