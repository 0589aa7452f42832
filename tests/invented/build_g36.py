"""Invented documents of hold-out round G36: a ministry's plan assigning its Cục/Vụ/Viện and the provinces tasks in a
Word table with a products column and deadlines by quarter; a province's plan for a project funded by a World Bank
loan printed to PDF by LibreOffice (the loan in USD with its equivalent in tỷ đồng, the counterpart funds by year, a
table of components in tỷ đồng whose loan column has a "-"); a province council's resolution on next year's
socio-economic plan scraped to Markdown (a long list of indicators in prose with ranges "8,0-8,5%", "giảm 0,8-1%",
money ranges of the economy that are no budget, "Điều 1/2/3"); a province's plan whose targets are given by phase
("Giai đoạn 2026 - 2027: ...; giai đoạn 2028 - 2030: ...") and by area ("khu vực thành thị ..., khu vực nông thôn
...") with "không dưới", "tối thiểu", "trên", "từ ... đến ...", as a crawler saves the page's text (.txt).

The documents:
- g36_bnnmt: a ministry's plan, task table with products (.docx);
- g36_tinh-halam: a province's World Bank loan project plan (.pdf by LibreOffice);
- g36_hdnd-sonthuy: a province council's socio-economic resolution for 2027 (.md scrape);
- g36_tinh-camlo: a province's clean-water plan with targets by phase and area (.txt crawl).

The reading the set's conventions imply: a ministry's task table gives an activity per row (the products column no
agency, partners split at ";"), its "Tổ chức thực hiện" the responsibilities; a loan's USD figures no amount in đồng,
their equivalents in tỷ đồng the statements (the loan "other", the province's counterpart "local", the counterpart by
year a statement of each year), the components table's cells items ("-" none); a council's resolution gives each
indicator dash a specific objective of the plan's year, both ends of a range targets, GRDP per head, the society's
investment and exports in USD no budget, Điều 2 the responsibilities; targets by phase take the phase's last year, by
area one item with both areas' percents.

First pass (golds written by hand before the first extraction, commit 1ab5667; the 4 documents scored alone, code of
72f8506): micro 225/231/231 (0.974). Every header, recipient, basis, objective, target, activity and responsibility
found. The six misses are budget statements (extractors/fields/budget_statements.py, another's file this session; the
change is in the round's report): "vốn hỗ trợ của các tổ chức quốc tế và nguồn hợp pháp khác 23,3 tỷ đồng" after
"trong đó" read with its own label as scope (not "total"); "Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 48 tỷ
đồng; ..." read with the scope "Vốn đối ứng theo năm" and the source "total" (the counterpart is "local"). As other
renditions (tests.invented.renditions --kinds docx,pdf-layout,segmented): docx 113/113/113, segmented 113/113/113,
pdf-layout 205/212/220 (the ministry's six-column task table squeezed by pdftotext, its columns touching, lost; a
components row's label and first amount one space apart, "Hợp phần 2: Thu gom và 468", read as one cell: reader
matters). Probing the round's shapes beside them (a hospital's plan under its department, a steering committee's plan
listing its members, a ministry's units) found, in the files of this round's owner: a responsible body named before its
role said with "làm" ("làm đầu mối", "làm cơ quan thường trực"), before the scope of its duties ("theo lĩnh vực, địa
bàn được phân công"), before a verb of a disaster or hospital plan the rules did not know ("phụ trách", "sẵn sàng",
"khắc phục", "dự báo", ...), a unit named for a field of building ("Vụ Vật liệu xây dựng theo dõi ...") -- fixed,
tests/test_g36_agency_role.py; a hospital named for its area cased "Khu Vực" -- fixed, tests/test_g36_region_unit.py.

Everything is invented (provinces, bodies, names, numbers, dates). `python -m tests.invented.build_g36 OUTDIR` writes
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
# 1. A ministry's plan assigning its units and the provinces tasks, Word table with a products column.

MINISTRY_DOC = "g36_bnnmt_1875-kh-bnnmt_2027_giao-vu-cuc-tinh-cot-san-pham.docx"

TASKS = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["1", "Xây dựng hướng dẫn kỹ thuật canh tác lúa giảm phát thải khí mê-tan", "Cục Trồng trọt và Bảo vệ thực vật",
     "Viện Khoa học Nông nghiệp Việt Nam", "Quý III/2027", "Quyết định ban hành hướng dẫn kỹ thuật"],
    ["2", "Xây dựng hệ thống đo đạc, báo cáo, thẩm định (MRV) phát thải trong sản xuất lúa", "Cục Biến đổi khí hậu",
     "Cục Chuyển đổi số; Cục Trồng trọt và Bảo vệ thực vật", "Quý IV/2028", "Hệ thống MRV được vận hành"],
    ["3", "Đề xuất cơ chế chi trả dựa trên kết quả giảm phát thải", "Vụ Kế hoạch - Tài chính",
     "Vụ Pháp chế; Cục Biến đổi khí hậu", "Quý II/2028", "Báo cáo đề xuất trình Bộ trưởng"],
    ["4", "Nghiên cứu, chọn tạo giống lúa ngắn ngày, phát thải thấp", "Viện Khoa học Nông nghiệp Việt Nam",
     "Vụ Khoa học và Công nghệ", "2027 - 2030", "Giống lúa mới được công nhận"],
    ["5", "Tuyên truyền, tập huấn kỹ thuật cho nông dân, hợp tác xã", "Trung tâm Khuyến nông Quốc gia",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Hằng năm", "Báo cáo kết quả tập huấn"],
    ["6", "Xây dựng, ban hành kế hoạch triển khai tại địa phương",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Cục Trồng trọt và Bảo vệ thực vật", "Quý IV/2027",
     "Kế hoạch của Ủy ban nhân dân tỉnh"],
]

MINISTRY_BODY = [
    ("i", "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;"),
    ("i", "Căn cứ Quyết định số 942/QĐ-TTg ngày 18 tháng 8 năm 2026 của Thủ tướng Chính phủ phê duyệt Đề án giảm phát "
          "thải khí mê-tan trong sản xuất lúa đến năm 2030;"),
    ("p", "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch triển khai Đề án giai đoạn 2027 - 2030 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ được giao cho Bộ tại Quyết định số 942/QĐ-TTg; xác định rõ nhiệm vụ, đơn vị chủ "
          "trì, thời hạn hoàn thành và sản phẩm."),
    ("p", "2. Bảo đảm phối hợp chặt chẽ giữa các đơn vị thuộc Bộ với Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
          "Trung ương trong quá trình thực hiện."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Giảm phát thải khí mê-tan trong sản xuất lúa, góp phần thực hiện cam kết của Việt Nam về giảm phát thải khí "
          "nhà kính; nâng cao hiệu quả sản xuất và thu nhập cho người trồng lúa."),
    ("h", "2. Mục tiêu cụ thể đến năm 2030"),
    ("p", "a) Diện tích lúa áp dụng quy trình tưới ngập khô xen kẽ đạt tối thiểu 40% tổng diện tích gieo trồng lúa của "
          "cả nước."),
    ("p", "b) Giảm tối thiểu 15% lượng phát thải khí mê-tan trong sản xuất lúa so với năm 2020."),
    ("p", "c) 100% các tỉnh trồng lúa trọng điểm có hệ thống đo đạc, báo cáo và thẩm định phát thải."),
    ("p", "d) Tỷ lệ rơm rạ sau thu hoạch được thu gom, tái sử dụng đạt trên 70%."),
    ("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm tại bảng sau:"),
]

MINISTRY_TAIL = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Tổng kinh phí thực hiện Kế hoạch dự kiến 64,8 tỷ đồng, trong đó: ngân sách trung ương 41,5 tỷ đồng (chi sự "
          "nghiệp kinh tế và sự nghiệp khoa học); vốn hỗ trợ của các tổ chức quốc tế và nguồn hợp pháp khác 23,3 tỷ đồng."),
    ("p", "2. Ủy ban nhân dân các tỉnh, thành phố bố trí kinh phí từ ngân sách địa phương để thực hiện các nhiệm vụ được "
          "giao tại địa phương."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cục Trồng trọt và Bảo vệ thực vật là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, "
          "báo cáo Bộ trưởng trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Vụ Kế hoạch - Tài chính bố trí kinh phí trong dự toán ngân sách hằng năm của Bộ để thực hiện các nhiệm vụ "
          "tại Kế hoạch."),
    ("p", "3. Các Cục, Vụ, Viện được giao chủ trì nhiệm vụ xây dựng đề cương, dự toán chi tiết; tổ chức thực hiện bảo "
          "đảm tiến độ, chất lượng sản phẩm."),
    ("p", "4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Nông nghiệp và Môi trường xây "
          "dựng kế hoạch của địa phương, gửi về Bộ (qua Cục Trồng trọt và Bảo vệ thực vật) trước ngày 31 tháng 12 năm "
          "2027."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương phản ánh về Cục Trồng trọt và "
          "Bảo vệ thực vật để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./."),
]


def ministry_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 1875/KH-BNNMT"],
            [*MOTTO, "Hà Nội, ngày 14 tháng 4 năm 2027"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai Đề án giảm phát thải khí mê-tan trong sản xuất lúa giai đoạn 2027 - 2030",
               bold=True, center=True)
    _body(doc, MINISTRY_BODY)
    _widths(_table(doc, TASKS), [0.8, 4.6, 2.8, 2.8, 1.8, 2.6])
    _body(doc, MINISTRY_TAIL)
    closing(doc, ["- Bộ trưởng (b/c);", "- Các Thứ trưởng;", "- Văn phòng Chính phủ;",
                  "- UBND các tỉnh, thành phố trực thuộc TW;", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, TTBVTV."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Tạ Minh Khiêm"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A province's plan for a World Bank loan project, LibreOffice PDF.

LOAN_DOC = "g36_tinh-halam_96-kh-ubnd_2027_du-an-vay-wb-doi-ung-theo-nam.pdf"

COMPONENTS = [
    ["TT", "Hợp phần", "Tổng số", "Vốn vay Ngân hàng Thế giới", "Vốn đối ứng"],
    ["1", "Hợp phần 1: Hạ tầng thoát nước và chống ngập đô thị", "742", "610", "132"],
    ["2", "Hợp phần 2: Thu gom và xử lý nước thải", "468", "392", "76"],
    ["3", "Hợp phần 3: Cải tạo kênh, hồ điều hòa và cảnh quan ven sông", "175", "128", "47"],
    ["4", "Hợp phần 4: Hỗ trợ kỹ thuật và quản lý dự án", "80", "-", "80"],
    ["", "Tổng cộng", "1.465", "1.130", "335"],
]

LOAN_BODY = [
    ("i", "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"),
    ("i", "Căn cứ Nghị định số 242/2025/NĐ-CP ngày 10 tháng 9 năm 2025 của Chính phủ về quản lý và sử dụng vốn ODA, "
          "vốn vay ưu đãi của nhà tài trợ nước ngoài;"),
    ("i", "Căn cứ Quyết định số 615/QĐ-TTg ngày 06 tháng 11 năm 2026 của Thủ tướng Chính phủ phê duyệt chủ trương đầu "
          "tư Dự án Phát triển đô thị thích ứng với biến đổi khí hậu tỉnh Hà Lam, vay vốn Ngân hàng Thế giới;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Dự án như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Nâng cao khả năng thoát nước, chống ngập và cải thiện điều kiện vệ sinh môi trường cho thành phố Hà Lam và "
          "thị xã Bình Lam, thích ứng với biến đổi khí hậu, góp phần phát triển đô thị bền vững."),
    ("h", "2. Mục tiêu cụ thể đến năm 2031"),
    ("p", "- Giảm 70% diện tích ngập úng thường xuyên trong mùa mưa tại khu vực nội thị thành phố Hà Lam."),
    ("p", "- Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 60%."),
    ("p", "- Khoảng 48.000 hộ dân được hưởng lợi trực tiếp từ Dự án."),
    ("h", "II. TỔNG MỨC ĐẦU TƯ VÀ CƠ CẤU NGUỒN VỐN"),
    ("p", "1. Tổng mức đầu tư của Dự án là 58,6 triệu USD, tương đương khoảng 1.465 tỷ đồng, trong đó: vốn vay ODA của "
          "Ngân hàng Thế giới 45,2 triệu USD, tương đương khoảng 1.130 tỷ đồng; vốn đối ứng từ ngân sách tỉnh 13,4 triệu "
          "USD, tương đương khoảng 335 tỷ đồng."),
    ("p", "2. Cơ cấu vốn theo các hợp phần của Dự án như sau:"),
    ("i", "Đơn vị tính: tỷ đồng"),
]

LOAN_TAIL = [
    ("p", "3. Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là 48 tỷ đồng; năm 2028 là 92 tỷ đồng; năm 2029 là 105 tỷ "
          "đồng; năm 2030 là 62 tỷ đồng; năm 2031 là 28 tỷ đồng."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng: Ủy ban nhân dân thành phố Hà Lam chủ trì, phối hợp "
          "với Ban Quản lý dự án ODA tỉnh thực hiện; hoàn thành trong năm 2028."),
    ("p", "2. Lựa chọn nhà thầu và thi công các gói thầu xây lắp: Ban Quản lý dự án ODA tỉnh chủ trì, phối hợp với Sở "
          "Xây dựng thực hiện theo hướng dẫn của Ngân hàng Thế giới."),
    ("p", "3. Giám sát, đánh giá và báo cáo tiến độ giải ngân: Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực "
          "IX thực hiện hằng quý."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Quản lý dự án ODA tỉnh là chủ đầu tư, chịu trách nhiệm quản lý, sử dụng vốn đúng mục đích; báo cáo Ủy "
          "ban nhân dân tỉnh và Ngân hàng Thế giới theo quy định."),
    ("p", "2. Sở Tài chính tham mưu bố trí đủ, kịp thời vốn đối ứng hằng năm; hướng dẫn thủ tục rút vốn, thanh toán."),
    ("p", "3. Sở Xây dựng thẩm định thiết kế, kiểm tra chất lượng công trình thuộc Dự án."),
    ("p", "4. Ủy ban nhân dân thành phố Hà Lam, Ủy ban nhân dân thị xã Bình Lam tổ chức giải phóng mặt bằng, tiếp nhận và "
          "vận hành công trình sau khi hoàn thành./."),
]


def loan_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÀ LAM", "-------", "Số: 96/KH-UBND"],
            [*MOTTO, "Hà Lam, ngày 22 tháng 3 năm 2027"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Dự án Phát triển đô thị thích ứng với biến đổi khí hậu tỉnh Hà Lam sử dụng vốn vay Ngân "
                    "hàng Thế giới giai đoạn 2027 - 2031", bold=True, center=True)
    _body(doc, LOAN_BODY)
    _widths(_table(doc, COMPONENTS), [1.2, 6.3, 2.2, 2.8, 2.2])
    _body(doc, LOAN_TAIL)
    closing(doc, ["- Bộ Tài chính (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Như mục IV;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vương Đình Lộc"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A province council's resolution on the 2027 socio-economic plan, scraped to Markdown.

RESOLUTION_MD = "g36_hdnd-sonthuy_42-nq-hdnd_2026_kt-xh-2027-chi-tieu-khoang-md.md"

RESOLUTION_TEXT = """\
[Trang chủ](/) / [Văn bản pháp quy](/van-ban) / Nghị quyết HĐND tỉnh

# Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027

*Ngày đăng: 12/12/2026 | Lượt xem: 842*

| **HỘI ĐỒNG NHÂN DÂN TỈNH SƠN THỦY**<br>\\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>\\--------------- |
|---|---|
| Số: 42/NQ-HĐND | *Sơn Thủy, ngày 09 tháng 12 năm 2026* |

**NGHỊ QUYẾT**

**Về kế hoạch phát triển kinh tế - xã hội năm 2027**

**HỘI ĐỒNG NHÂN DÂN TỈNH SƠN THỦY**
**KHÓA XI, KỲ HỌP THỨ MƯỜI HAI**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Nghị quyết số 08-NQ/ĐH ngày 24 tháng 9 năm 2025 của Đại hội đại biểu Đảng bộ tỉnh Sơn Thủy lần thứ XVII, nhiệm kỳ 2025 - 2030;*

*Xét Tờ trình số 287/TTr-UBND ngày 18 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2027; Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.*

**QUYẾT NGHỊ:**

**Điều 1.** Thông qua kế hoạch phát triển kinh tế - xã hội năm 2027 với các nội dung chủ yếu sau:

**1. Mục tiêu tổng quát**

Tập trung tháo gỡ khó khăn, thúc đẩy tăng trưởng kinh tế nhanh và bền vững gắn với chuyển đổi số, chuyển đổi xanh; bảo đảm an sinh xã hội, nâng cao đời sống vật chất và tinh thần của Nhân dân; giữ vững quốc phòng, an ninh.

**2. Các chỉ tiêu chủ yếu**

*a) Các chỉ tiêu kinh tế*

\\- Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,0-8,5%.

\\- GRDP bình quân đầu người đạt 92-95 triệu đồng.

\\- Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 17-18%; công nghiệp - xây dựng chiếm 38-39%; dịch vụ chiếm 37-38%.

\\- Tổng vốn đầu tư phát triển toàn xã hội khoảng 58.000-60.000 tỷ đồng.

\\- Kim ngạch xuất khẩu hàng hóa đạt 2,1 tỷ USD, tăng 10-12% so với năm 2026.

*b) Các chỉ tiêu xã hội*

\\- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 0,8-1%.

\\- Tỷ lệ lao động qua đào tạo đạt 71,5%, trong đó có bằng cấp, chứng chỉ đạt 32%.

\\- Giải quyết việc làm mới cho 24.000-25.000 lao động.

\\- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95,5%.

*c) Các chỉ tiêu môi trường*

\\- Tỷ lệ che phủ rừng ổn định ở mức 54,6%.

\\- Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96-97%.

**3. Nhiệm vụ, giải pháp chủ yếu**

Thống nhất với các nhiệm vụ, giải pháp chủ yếu nêu tại Tờ trình số 287/TTr-UBND của Ủy ban nhân dân tỉnh; trong đó tập trung cải thiện môi trường đầu tư kinh doanh, đẩy nhanh giải ngân vốn đầu tư công, phát triển nguồn nhân lực chất lượng cao và bảo đảm an sinh xã hội.

**Điều 2.** Tổ chức thực hiện

1\\. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.

2\\. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

**Điều 3.** Hiệu lực thi hành

Nghị quyết này đã được Hội đồng nhân dân tỉnh Sơn Thủy khóa XI, Kỳ họp thứ mười hai thông qua ngày 09 tháng 12 năm 2026 và có hiệu lực từ ngày thông qua./.

| ***Nơi nhận:***<br>- Ủy ban Thường vụ Quốc hội;<br>- Chính phủ;<br>- Ban Thường vụ Tỉnh ủy;<br>- Đại biểu HĐND tỉnh;<br>- UBND tỉnh;<br>- Lưu: VT. | **CHỦ TỊCH**<br><br><br><br>**Hoàng Văn Thiều** |
|---|---|

Tải về: [42-NQ-HDND.pdf](/files/42-NQ-HDND.pdf)
"""


# ---------------------------------------------------------------------------
# 4. A province's clean-water plan with targets by phase and area, as a crawler saves the page's text.

CRAWLED = "g36_tinh-camlo_173-kh-ubnd_2026_nuoc-sach-chi-tieu-giai-doan-khu-vuc.txt"

CRAWLED_TEXT = """\
Cổng thông tin điện tử tỉnh Cẩm Lộ
Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo điều hành
Văn bản chỉ đạo điều hành
Ngày cập nhật: 30/07/2026
ỦY BAN NHÂN DÂN
TỈNH CẨM LỘ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 173/KH-UBND
Cẩm Lộ, ngày 27 tháng 7 năm 2026
KẾ HOẠCH
Cấp nước sạch và vệ sinh môi trường tỉnh Cẩm Lộ giai đoạn 2026 - 2030
Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;
Căn cứ Quyết định số 1978/QĐ-TTg ngày 24 tháng 11 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045;
Thực hiện Nghị quyết số 21/NQ-HĐND ngày 10 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh Cẩm Lộ về phát triển cấp nước sạch giai đoạn 2026 - 2030;
Ủy ban nhân dân tỉnh ban hành Kế hoạch cấp nước sạch và vệ sinh môi trường giai đoạn 2026 - 2030 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm người dân trên địa bàn tỉnh được sử dụng nước sạch an toàn, liên tục, với giá hợp lý; nâng cao điều kiện vệ sinh, giảm thiểu ô nhiễm môi trường, thích ứng với biến đổi khí hậu.
2. Mục tiêu cụ thể
a) Giai đoạn 2026 - 2027:
- Tỷ lệ dân số được sử dụng nước sạch đáp ứng quy chuẩn: khu vực thành thị không dưới 95%, khu vực nông thôn tối thiểu 60%.
- Tỷ lệ thất thoát, thất thu nước sạch tại các đô thị dưới 18%.
- Tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh đạt từ 85% đến 88%.
b) Giai đoạn 2028 - 2030:
- Tỷ lệ dân số được sử dụng nước sạch đáp ứng quy chuẩn: khu vực thành thị đạt 100%, khu vực nông thôn trên 75%.
- Tỷ lệ thất thoát, thất thu nước sạch tại các đô thị giảm xuống dưới 15%.
- Tỷ lệ công trình cấp nước tập trung nông thôn hoạt động bền vững đạt từ 70% đến 75%.
- 100% trường học, trạm y tế xã có công trình nước sạch và nhà tiêu hợp vệ sinh.
II. NHIỆM VỤ, GIẢI PHÁP
1. Đầu tư xây dựng, nâng cấp các công trình cấp nước tập trung: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện.
2. Phát triển mạng lưới cấp nước đô thị, giảm thất thoát nước: Sở Xây dựng chủ trì, phối hợp với Công ty Cổ phần Cấp nước Cẩm Lộ thực hiện.
3. Truyền thông thay đổi hành vi vệ sinh, sử dụng nước tiết kiệm: Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh thực hiện.
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 khoảng 1.286 tỷ đồng, trong đó: ngân sách trung ương 412 tỷ đồng; ngân sách tỉnh 358 tỷ đồng; vốn doanh nghiệp, xã hội hóa và vốn vay 516 tỷ đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.
3. Sở Xây dựng hướng dẫn, quản lý hoạt động cấp nước tại đô thị.
4. Ủy ban nhân dân các xã, phường quản lý, bảo vệ các công trình cấp nước trên địa bàn; vận động Nhân dân sử dụng nước sạch tiết kiệm./.
Nơi nhận:
- Bộ Nông nghiệp và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Lò Thị Thanh Hương
Tải văn bản: 173-KH-UBND.pdf
Bản quyền thuộc Cổng thông tin điện tử tỉnh Cẩm Lộ
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MINISTRY_DOC).write_bytes(ministry_plan())
    (folder / LOAN_DOC).write_bytes(_pdf(loan_plan(), LOAN_DOC))
    (folder / RESOLUTION_MD).write_text(RESOLUTION_TEXT, encoding="utf-8")
    (folder / CRAWLED).write_text(CRAWLED_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
