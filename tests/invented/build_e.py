"""Invented LONG documents of hold-out round E: plans dense with targets and money (the shapes
where a long real plan has forty chances to miss a percent or an amount).

- a province's Kế hoạch for 2026 - 2030 for its ethnic-minority areas: results of the last period
  (levels of 2025 and rises "so với năm 2020": percents that are NOT targets), "Mục tiêu cụ thể
  đến năm 2030" by field ("a) Về kinh tế", "b) Về văn hóa - xã hội", "c) Về môi trường", "d) Về
  quốc phòng, an ninh"), each target phrased its own way ("đạt 99,5% trở lên", "phấn đấu 100%
  ... ; trên 95% ...", "giảm bình quân 3 - 4%/năm", "hằng năm có ít nhất 85%", "đến hết năm 2027
  đạt 60%; đến năm 2030 đạt 90%", "duy trì 100%", "tối thiểu 50% trở lên"), then "Kinh phí thực
  hiện" with a total in "tỷ đồng" with decimals, "trong đó" lines by source (trung ương, tỉnh, cấp
  xã, lồng ghép, vốn vay, xã hội hóa), the amounts by year in one sentence, and allowances that are
  rates ("500.000 đồng/người/tháng") (.docx);
- an HĐND tỉnh's Nghị quyết of 2016 on the five-year socio-economic plan 2016 - 2020, scraped to
  Markdown: "Các chỉ tiêu chủ yếu" by field, GRDP growth as a range ("7,5 - 8%/năm"), the economy's
  structure as three shares, school standards as four percents in one line, GRDP per head and the
  whole society's investment in money that is no budget (.md);
- a district's Kế hoạch giảm nghèo 2018 - 2020 exported to PDF: "Kinh phí thực hiện" in "triệu
  đồng" with its sources in prose, a table by year with group rows ("I.", "II."), a "Trong đó" row
  and a "TỔNG CỘNG" row that is the sum, allowances, fines and incomes in "đồng" (.pdf).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_e
OUTDIR` writes every file; the PDF needs soffice (its bytes carry the time of the conversion, so
the file in raw/ is the one the gold was written against).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_r import _soffice
from tests.invented.build_u import _body
from tests.invented.build_z import _pdftotext, _small
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

ETHNIC = "e_tinh-thuongson_146-kh-ubnd_2026_muc-tieu-linh-vuc.docx"
RESOLUTION_MD = "e_hdnd-namlinh_27-nq-hdnd_2016_chi-tieu-5-nam-md.md"
POVERTY_PDF = "e_huyen-tanbinhlam_87-kh-ubnd_2018_giam-ngheo-bang-nam.pdf"
HEALTH_HTML = "e_syt-lamhai_215-kh-syt_2026_chi-tieu-theo-nam-portal.html"
COMMUNE_LAYOUT = "e_xa-phuocandong_36-kh-ubnd_2026_nguon-von-dong-layout.txt"
MINISTRY = "e_bkhcn_1187-kh-bkhcn_2024_du-an-moc-nam.docx"
EDUCATION = "e_tinh-hoaphong_92-kh-ubnd_2025_nguon-theo-nam-hai-dong.docx"
POLICY_MD = "e_hdnd-bachalam_15-nq-hdnd_2021_chinh-sach-ho-tro-md.md"
TOURISM_PDF = "e_huyen-sonthuong_118-kh-ubnd_2019_kinh-phi-cot-nguon.pdf"
FARMING_LAYOUT = "e_snnptnt-kimhoa_64-kh-snnptnt_2023_chi-tieu-don-vi-trong-nhan-layout.txt"
POVERTY_HTML = "e_huyen-thachbinhtay_56-kh-ubnd_2024_nam-truoc-nguon-portal.html"
SCHEME_MD = "e_tinh-thailam_1875-qd-ubnd_2026_de-an-moc-cong-md.md"
URBAN_PDF = "e_thixa-hoalacdong_205-kh-ubnd_2022_du-toan-don-gia-pdf.pdf"


# ---------------------------------------------------------------------------
# 1. The province's plan for its ethnic-minority areas (.docx).

ETHNIC_BODY = (
    ("p", "Căn cứ Quyết định số 1285/QĐ-TTg ngày 18 tháng 9 năm 2025 của Thủ tướng Chính phủ phê duyệt Chương "
          "trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030;"),
    ("p", "Thực hiện Nghị quyết số 15-NQ/TU ngày 20 tháng 12 năm 2025 của Ban Chấp hành Đảng bộ tỉnh về phát "
          "triển vùng đồng bào dân tộc thiểu số tỉnh Thượng Sơn đến năm 2030;"),
    ("p", "Theo đề nghị của Sở Dân tộc và Tôn giáo tại Tờ trình số 24/TTr-SDTTG ngày 02 tháng 3 năm 2026, Ủy ban "
          "nhân dân tỉnh ban hành Kế hoạch như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025"),
    ("p", "Sau 5 năm triển khai, kinh tế vùng đồng bào dân tộc thiểu số của tỉnh có bước phát triển khá: tỷ lệ hộ "
          "nghèo giảm từ 18,6% năm 2021 xuống còn 9,2% năm 2025, bình quân giảm 2,35%/năm; thu nhập bình quân "
          "của người dân tộc thiểu số năm 2025 đạt 38,5 triệu đồng/người/năm, tăng 12% so với năm 2020. Năm "
          "2025 tỷ lệ lao động qua đào tạo đạt 42%, tỷ lệ che phủ rừng đạt 53,8%."),
    ("p", "Tuy nhiên, chất lượng giảm nghèo chưa bền vững, tỷ lệ hộ tái nghèo còn 1,4%; hạ tầng giao thông "
          "nhiều thôn còn khó khăn, mới có 78% thôn có đường ô tô đến trung tâm được cứng hóa."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu tổng quát"),
    ("p", "Huy động, sử dụng hiệu quả các nguồn lực để phát triển toàn diện kinh tế - xã hội vùng đồng bào dân "
          "tộc thiểu số; thu hẹp dần khoảng cách về mức sống, thu nhập so với bình quân chung của tỉnh; giữ "
          "gìn bản sắc văn hóa, bảo đảm quốc phòng, an ninh vùng biên giới đến năm 2030."),
    ("h", "2. Mục tiêu cụ thể đến năm 2030"),
    ("h", "a) Về kinh tế"),
    ("p", "- Tốc độ tăng trưởng giá trị sản xuất nông, lâm nghiệp vùng đồng bào dân tộc thiểu số bình quân đạt "
          "4,5%/năm trở lên;"),
    ("p", "- Phấn đấu 100% xã có đường ô tô đến trung tâm xã được cứng hóa; trên 95% thôn có đường ô tô đến "
          "trung tâm được cứng hóa;"),
    ("p", "- Tỷ lệ hộ đồng bào dân tộc thiểu số được sử dụng điện lưới quốc gia và các nguồn điện phù hợp đạt "
          "99,5% trở lên;"),
    ("p", "- Giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số bình quân 3 - 4%/năm, cuối năm 2030 tỷ lệ hộ "
          "nghèo còn dưới 10%;"),
    ("p", "- Thu nhập bình quân của người dân tộc thiểu số tăng trên 2 lần so với năm 2025;"),
    ("p", "- Có ít nhất 30% hợp tác xã vùng đồng bào dân tộc thiểu số tham gia liên kết theo chuỗi giá trị sản "
          "phẩm chủ lực của địa phương."),
    ("h", "b) Về văn hóa - xã hội"),
    ("p", "- Hằng năm có ít nhất 85% lao động trong độ tuổi được tư vấn, giới thiệu việc làm;"),
    ("p", "- Tỷ lệ lao động qua đào tạo đạt tối thiểu 50% trở lên, trong đó có bằng cấp, chứng chỉ đạt 25%;"),
    ("p", "- Tỷ lệ học sinh đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 95%; trên 70% "
          "trường học đạt chuẩn quốc gia;"),
    ("p", "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 15%;"),
    ("p", "- Duy trì 100% đồng bào dân tộc thiểu số được cấp thẻ bảo hiểm y tế; 100% trạm y tế xã có bác sĩ "
          "làm việc;"),
    ("p", "- Tỷ lệ thôn có nhà văn hóa đạt chuẩn: đến hết năm 2027 đạt 60%; đến năm 2030 đạt 90%;"),
    ("p", "- Ít nhất 80% thôn, bản có đội văn nghệ truyền thống hoạt động thường xuyên;"),
    ("p", "- Tỷ lệ tảo hôn giảm bình quân 2 - 3%/năm; cơ bản ngăn chặn tình trạng hôn nhân cận huyết thống."),
    ("h", "c) Về môi trường"),
    ("p", "- Tỷ lệ hộ dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh đạt trên 98%, trong đó sử dụng "
          "nước sạch theo quy chuẩn đạt 60%;"),
    ("p", "- 90% chất thải rắn sinh hoạt tại trung tâm các xã được thu gom, xử lý;"),
    ("p", "- Duy trì tỷ lệ che phủ rừng ổn định ở mức 54,2%;"),
    ("p", "- Phấn đấu 70% hộ chăn nuôi có chuồng trại hợp vệ sinh, cách xa nhà ở."),
    ("h", "d) Về quốc phòng, an ninh"),
    ("p", "- 100% thôn, bản xây dựng và duy trì mô hình tự quản về an ninh, trật tự;"),
    ("p", "- Giảm 10% số vụ phạm pháp hình sự so với năm 2025; tỷ lệ điều tra, khám phá án đạt trên 85%."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "1. Tập trung đầu tư hạ tầng thiết yếu: ưu tiên đường giao thông đến trung tâm xã, thôn; điện lưới; "
          "công trình nước sinh hoạt tập trung."),
    ("p", "2. Phát triển sản xuất theo chuỗi giá trị, hỗ trợ hợp tác xã, doanh nghiệp đầu tư vào vùng đồng bào "
          "dân tộc thiểu số."),
    ("p", "3. Nâng cao chất lượng giáo dục, đào tạo nghề, chăm sóc sức khỏe Nhân dân; bảo tồn văn hóa truyền "
          "thống."),
    ("p", "4. Thực hiện chính sách đối với người có uy tín: hỗ trợ 500.000 đồng/người/tháng; thăm hỏi, tặng quà "
          "nhân dịp Tết với mức 1.000.000 đồng/người."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến 3.486,5 tỷ đồng, trong đó:"),
    ("p", "- Ngân sách trung ương: 2.150,2 tỷ đồng;"),
    ("p", "- Ngân sách tỉnh: 612,8 tỷ đồng;"),
    ("p", "- Ngân sách cấp xã: 98,5 tỷ đồng;"),
    ("p", "- Vốn lồng ghép từ các chương trình, dự án khác: 325 tỷ đồng;"),
    ("p", "- Vốn vay Ngân hàng Chính sách xã hội: 250 tỷ đồng;"),
    ("p", "- Huy động doanh nghiệp, xã hội hóa và Nhân dân đóng góp: 50 tỷ đồng."),
    ("p", "2. Phân kỳ thực hiện: năm 2026 bố trí 520,4 tỷ đồng; năm 2027 là 680 tỷ đồng; năm 2028 khoảng "
          "735,6 tỷ đồng; năm 2029: 760,5 tỷ đồng và năm 2030: 790 tỷ đồng."),
    ("p", "3. Hằng năm, căn cứ nhiệm vụ được giao, các sở, ngành, Ủy ban nhân dân các xã lập dự toán kinh phí "
          "gửi Sở Tài chính tổng hợp, trình cấp có thẩm quyền bố trí; kinh phí hỗ trợ nhà ở không quá 15% tổng "
          "kinh phí của Kế hoạch."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Dân tộc và Tôn giáo: chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban "
          "nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."),
    ("p", "3. Sở Nông nghiệp và Môi trường: hướng dẫn phát triển sản xuất, bảo vệ rừng, nước sạch nông thôn."),
    ("p", "4. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch của địa phương, huy động nguồn lực, tổ chức "
          "thực hiện./."),
)


def ethnic_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THƯỢNG SƠN", "-------", "Số: 146/KH-UBND"],
            [*MOTTO, "Thượng Sơn, ngày 12 tháng 3 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tỉnh Thượng Sơn "
                    "giai đoạn 2026 - 2030", bold=True, center=True)
    _body(doc, ETHNIC_BODY)
    closing(doc, ["- Bộ Dân tộc và Tôn giáo (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Văn Khải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The HĐND's resolution on the five-year plan, as a legal portal's Markdown scrape.

RESOLUTION_MD_TEXT = """| **HỘI ĐỒNG NHÂN DÂN TỈNH NAM LINH** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 27/2016/NQ-HĐND | *Nam Linh, ngày 22 tháng 7 năm 2016* |

**NGHỊ QUYẾT**

**VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016 - 2020**

**HỘI ĐỒNG NHÂN DÂN TỈNH NAM LINH
KHÓA IX, KỲ HỌP THỨ 2**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

*Căn cứ Nghị quyết số 142/2016/QH13 ngày 12 tháng 4 năm 2016 của Quốc hội về kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020;*

*Xét Tờ trình số 86/TTr-UBND ngày 01 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp,*

**QUYẾT NGHỊ:**

**Điều 1.** Thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020 với những nội dung chủ yếu sau:

**1. Đánh giá khái quát giai đoạn 2011 - 2015**

Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 6,8%/năm; GRDP bình quân đầu người năm 2015 đạt 32,4 triệu đồng; tỷ lệ hộ nghèo cuối năm 2015 còn 8,36%; tỷ lệ che phủ rừng đạt 43,5%. Thu ngân sách nhà nước trên địa bàn năm 2015 tăng 15,2% so với năm 2014.

**2. Mục tiêu tổng quát**

Huy động và sử dụng có hiệu quả mọi nguồn lực, đẩy mạnh tái cơ cấu kinh tế gắn với đổi mới mô hình tăng trưởng; phát triển văn hóa - xã hội, nâng cao đời sống vật chất và tinh thần của Nhân dân; giữ vững quốc phòng, an ninh; phấn đấu đến năm 2020 Nam Linh trở thành tỉnh phát triển khá của vùng.

**3. Các chỉ tiêu chủ yếu đến năm 2020**

*a) Về kinh tế:*

- Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm đạt 7,5 - 8%/năm.

- GRDP bình quân đầu người đến năm 2020 đạt 55 - 60 triệu đồng.

- Cơ cấu kinh tế đến năm 2020: nông, lâm nghiệp và thủy sản chiếm 18%; công nghiệp - xây dựng chiếm 35%; dịch vụ chiếm 47%.

- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 95.000 - 100.000 tỷ đồng, bằng khoảng 38% GRDP.

- Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm trở lên.

- Kim ngạch xuất khẩu tăng bình quân 10%/năm.

*b) Về văn hóa - xã hội:*

- Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm (theo chuẩn nghèo giai đoạn 2016 - 2020).

- Tỷ lệ lao động qua đào tạo đạt 65% vào năm 2020, trong đó qua đào tạo nghề đạt 50%.

- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 85%.

- Có 9 bác sĩ và 28 giường bệnh trên một vạn dân; 100% trạm y tế xã có bác sĩ.

- Tỷ lệ trường đạt chuẩn quốc gia: mầm non 55%, tiểu học 80%, trung học cơ sở 70%, trung học phổ thông 50%.

- Có 50% số xã đạt chuẩn nông thôn mới.

- Mỗi năm giải quyết việc làm cho 18.000 lao động.

*c) Về môi trường:*

- Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 95%; dân cư đô thị sử dụng nước sạch đạt 100%.

- Tỷ lệ che phủ rừng đạt 46%.

- Tỷ lệ chất thải rắn đô thị được thu gom đạt 92%; 100% chất thải y tế được thu gom, xử lý.

*d) Về quốc phòng, an ninh:*

- Hằng năm hoàn thành 100% chỉ tiêu tuyển quân.

- Trên 70% xã, phường, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng, an ninh.

**Điều 2.** Tổ chức thực hiện

1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Nam Linh khóa IX, kỳ họp thứ 2 thông qua ngày 20 tháng 7 năm 2016 và có hiệu lực từ ngày 01 tháng 8 năm 2016./.

| **Nơi nhận:** - Ủy ban Thường vụ Quốc hội; - Chính phủ; - TT Tỉnh ủy; - UBND tỉnh; - Các đại biểu HĐND tỉnh; - Lưu: VT. | **CHỦ TỊCH** **Lương Đình Phú** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 3. The district's poverty-reduction plan of 2018, its funds by year in a table (.pdf).

POVERTY_ROWS = [
    ["TT", "Nội dung", "Tổng cộng", "Năm 2018", "Năm 2019", "Năm 2020"],
    ["", "TỔNG CỘNG", "24.960", "7.320", "8.410", "9.230"],
    ["I", "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế", "9.150", "2.700", "3.050", "3.400"],
    ["1", "Hỗ trợ giống cây trồng, vật nuôi, vật tư sản xuất", "6.150", "1.800", "2.050", "2.300"],
    ["2", "Xây dựng mô hình giảm nghèo", "3.000", "900", "1.000", "1.100"],
    ["II", "Đầu tư cơ sở hạ tầng các xã đặc biệt khó khăn", "12.600", "3.700", "4.200", "4.700"],
    ["1", "Đường giao thông nông thôn", "8.400", "2.500", "2.800", "3.100"],
    ["", "Trong đó: vốn Nhân dân đóng góp", "840", "250", "280", "310"],
    ["2", "Công trình thủy lợi nhỏ, nước sinh hoạt", "4.200", "1.200", "1.400", "1.600"],
    ["III", "Đào tạo nghề, giải quyết việc làm", "2.310", "720", "780", "810"],
    ["IV", "Truyền thông và giảm nghèo về thông tin", "900", "200", "380", "320"],
]


def poverty_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN BÌNH LÂM", "-------", "Số: 87/KH-UBND"],
            [*MOTTO, "Tân Bình Lâm, ngày 16 tháng 4 năm 2018"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Thực hiện Chương trình giảm nghèo bền vững huyện Tân Bình Lâm giai đoạn 2018 - 2020",
               bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Quyết định số 1722/QĐ-TTg ngày 02 tháng 9 năm 2016 của Thủ tướng Chính phủ phê duyệt "
              "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016 - 2020;"),
        ("p", "Căn cứ Kế hoạch số 52/KH-UBND ngày 12 tháng 3 năm 2018 của Ủy ban nhân dân tỉnh về giảm nghèo bền "
              "vững năm 2018 - 2020;"),
        ("p", "Ủy ban nhân dân huyện xây dựng Kế hoạch thực hiện như sau:"),
        ("h", "I. THỰC TRẠNG HỘ NGHÈO"),
        ("p", "Theo kết quả điều tra cuối năm 2017, toàn huyện có 2.184 hộ nghèo, chiếm 14,7%; 1.205 hộ cận nghèo, "
              "chiếm 8,1%. Thu nhập bình quân của hộ nghèo khoảng 650.000 đồng/người/tháng. Giá trị sản xuất nông "
              "nghiệp năm 2017 đạt 1.245 tỷ đồng, tăng 6,2% so với cùng kỳ."),
        ("h", "II. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Giảm nghèo nhanh, bền vững, hạn chế tái nghèo; cải thiện sinh kế và nâng cao chất lượng cuộc sống "
              "của người nghèo, góp phần xây dựng nông thôn mới."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Tỷ lệ hộ nghèo giảm bình quân 2,5 - 3%/năm; đến cuối năm 2020 còn dưới 7%;"),
        ("p", "- 100% hộ nghèo, hộ cận nghèo có nhu cầu được vay vốn tín dụng ưu đãi;"),
        ("p", "- Trên 80% lao động thuộc hộ nghèo được tập huấn, chuyển giao khoa học kỹ thuật;"),
        ("p", "- Thu nhập bình quân của hộ nghèo tăng 1,5 lần so với cuối năm 2017."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2018 - 2020 là 24.960 triệu đồng, trong đó: ngân sách "
              "trung ương hỗ trợ 15.600 triệu đồng; ngân sách tỉnh 4.800 triệu đồng; ngân sách huyện 2.700 triệu "
              "đồng; vốn lồng ghép các chương trình 1.020 triệu đồng; Nhân dân đóng góp 840 triệu đồng."),
        ("p", "Mức hỗ trợ học nghề cho lao động thuộc hộ nghèo tối đa 4.000.000 đồng/người/khóa; hộ nghèo được "
              "vay vốn tối đa 50 triệu đồng/hộ. Hành vi cố ý khai sai để được hưởng chính sách bị phạt tiền từ "
              "2.000.000 đồng đến 5.000.000 đồng."),
        ("p", "Chi tiết kinh phí theo năm như sau:"),
        ("p", "BẢNG KINH PHÍ THỰC HIỆN GIAI ĐOẠN 2018 - 2020"),
        ("p", "Đơn vị tính: triệu đồng"),
    ))
    _table(doc, POVERTY_ROWS)
    _body(doc, (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Lao động - Thương binh và Xã hội: cơ quan thường trực, hướng dẫn, kiểm tra, tổng hợp kết "
              "quả thực hiện."),
        ("p", "2. Phòng Tài chính - Kế hoạch: tham mưu phân bổ, bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Phòng Nông nghiệp và Phát triển nông thôn: hướng dẫn xây dựng mô hình giảm nghèo."),
        ("p", "4. Ủy ban nhân dân các xã, thị trấn: tổ chức thực hiện Kế hoạch trên địa bàn./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Các phòng, ban huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Công Thuận"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A Sở Y tế's plan on a portal (HTML): targets as "+" lines under field lines, a baseline in
# parentheses, and a table of targets by year whose first year column is the last year's result.

HEALTH_HTML_TEXT = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch y tế dự phòng giai đoạn 2026 - 2030 - Sở Y tế tỉnh Lâm Hải</title></head>
<body>
<header><div class="logo">SỞ Y TẾ TỈNH LÂM HẢI</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản chỉ đạo</a></div>
<article>
<h1>Kế hoạch thực hiện công tác y tế dự phòng giai đoạn 2026 - 2030</h1>
<div class="meta">Cập nhật: 22/01/2026 | Lượt xem: 318</div>
<div class="entry">
<table style="width:100%;border:none"><tbody><tr>
<td style="text-align:center;width:40%">UBND TỈNH LÂM HẢI<br><strong>SỞ Y TẾ</strong><br>--------<br>Số: 215/KH-SYT</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>---------------<br><em>Lâm Hải, ngày 20 tháng 01 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>Thực hiện công tác y tế dự phòng và nâng cao sức khỏe Nhân dân tỉnh Lâm Hải giai đoạn 2026 - 2030</strong></p>
<p>Căn cứ Quyết định số 1125/QĐ-UBND ngày 15 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Lâm Hải ban hành Chương trình nâng cao sức khỏe Nhân dân tỉnh Lâm Hải đến năm 2030;</p>
<p>Thực hiện Kế hoạch số 64/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh năm 2026;</p>
<p>Sở Y tế xây dựng Kế hoạch thực hiện công tác y tế dự phòng giai đoạn 2026 - 2030 như sau:</p>
<p><strong>I. KẾT QUẢ NĂM 2025</strong></p>
<p>Năm 2025, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 93,2%, tăng 1,5% so với cùng kỳ; số ca mắc sốt xuất huyết giảm 12% so với cùng kỳ, không có trường hợp tử vong. Nguồn thu dịch vụ y tế dự phòng năm 2025 đạt 18,4 tỷ đồng. Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ điện tử đạt 78,5%.</p>
<p><strong>II. MỤC TIÊU</strong></p>
<p><strong>1. Mục tiêu chung</strong></p>
<p>Chủ động phòng, chống dịch bệnh, giảm tỷ lệ mắc và tử vong do bệnh truyền nhiễm, bệnh không lây nhiễm; nâng cao sức khỏe, tầm vóc, tuổi thọ của người dân tỉnh Lâm Hải.</p>
<p><strong>2. Mục tiêu cụ thể</strong></p>
<p>- Về tiêm chủng:</p>
<p>+ Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt ≥ 95% (năm 2025 đạt 93,2%);</p>
<p>+ Tỷ lệ phụ nữ có thai được tiêm đủ mũi vắc xin uốn ván không dưới 90%.</p>
<p>- Về phòng, chống bệnh không lây nhiễm:</p>
<p>+ 70% người tăng huyết áp được phát hiện, quản lý điều trị theo hướng dẫn chuyên môn;</p>
<p>+ Tỷ lệ người từ 40 tuổi trở lên được sàng lọc đái tháo đường từ 60% trở lên;</p>
<p>+ Hạ thấp tỷ lệ hút thuốc lá ở nam giới trưởng thành xuống dưới 36% vào năm 2030.</p>
<p>- Về dinh dưỡng và an toàn thực phẩm:</p>
<p>+ Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 16,5%, thể nhẹ cân còn dưới 9%;</p>
<p>+ 100% bếp ăn tập thể trường học được kiểm tra an toàn thực phẩm ít nhất 01 lần/năm.</p>
<p><strong>3. Các chỉ tiêu cụ thể theo năm</strong></p>
<table border="1" cellspacing="0" cellpadding="4">
<thead>
<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Thực hiện năm 2025</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th><th>2030</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Tỷ lệ trạm y tế xã triển khai dự phòng, quản lý bệnh không lây nhiễm</td><td>%</td><td>85</td><td>90</td><td>95</td><td>100</td><td>100</td><td>100</td></tr>
<tr><td>2</td><td>Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ điện tử</td><td>%</td><td>78,5</td><td>82</td><td>85</td><td>88</td><td>92</td><td>95</td></tr>
<tr><td>3</td><td>Số xã, phường đạt Tiêu chí quốc gia về y tế</td><td>xã</td><td>52</td><td>55</td><td>58</td><td>60</td><td>62</td><td>64</td></tr>
<tr><td>4</td><td>Tỷ lệ cơ sở y tế xử lý chất thải rắn y tế đạt quy chuẩn</td><td>%</td><td>92</td><td>95</td><td>97</td><td>100</td><td>100</td><td>100</td></tr>
<tr><td>5</td><td>Tỷ suất chết mẹ</td><td>/100.000 trẻ đẻ sống</td><td>38</td><td>36</td><td>35</td><td>34</td><td>33</td><td>32</td></tr>
</tbody>
</table>
<p><strong>III. NHIỆM VỤ, GIẢI PHÁP</strong></p>
<p>1. Tăng cường giám sát, phát hiện sớm, xử lý kịp thời các ổ dịch; duy trì hệ thống đáp ứng nhanh tại các tuyến.</p>
<p>2. Triển khai tiêm chủng mở rộng đầy đủ, đúng lịch; rà soát, tiêm bù, tiêm vét cho trẻ em chưa được tiêm đủ mũi.</p>
<p>3. Mở rộng quản lý bệnh tăng huyết áp, đái tháo đường tại trạm y tế xã; chi phí điều trị một ca đái tháo đường có biến chứng khoảng 12 triệu đồng/năm, cao gấp ba lần chi phí quản lý sớm.</p>
<p>4. Tăng cường thanh tra, kiểm tra an toàn thực phẩm; cơ sở vi phạm bị xử phạt từ 5.000.000 đồng đến 10.000.000 đồng theo quy định. Giá tiêm vắc xin dịch vụ bình quân 350.000 đồng/liều.</p>
<p><strong>IV. KINH PHÍ THỰC HIỆN</strong></p>
<p>Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 khoảng 6,5 - 7 tỷ đồng, trong đó: ngân sách tỉnh khoảng 5,2 tỷ đồng; nguồn viện trợ của Quỹ Toàn cầu và các tổ chức quốc tế khoảng 1,3 tỷ đồng.</p>
<p>Kinh phí năm 2026 là 1.185 triệu đồng, bố trí trong dự toán chi sự nghiệp y tế năm 2026 đã giao cho Sở Y tế.</p>
<p><strong>V. TỔ CHỨC THỰC HIỆN</strong></p>
<p>1. Trung tâm Kiểm soát bệnh tật tỉnh: đầu mối triển khai Kế hoạch; tổng hợp, báo cáo Sở Y tế trước ngày 10 tháng 12 hằng năm.</p>
<p>2. Chi cục An toàn vệ sinh thực phẩm: chủ trì thanh tra, kiểm tra an toàn thực phẩm.</p>
<p>3. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
<p>4. Trung tâm Y tế các khu vực: triển khai các hoạt động tại địa bàn, chỉ đạo trạm y tế xã, phường thực hiện./.</p>
<table style="width:100%;border:none"><tbody><tr>
<td style="width:50%"><strong><em>Nơi nhận:</em></strong><br>- UBND tỉnh (b/c);<br>- Bộ Y tế (Cục Phòng bệnh);<br>- Các đơn vị trực thuộc;<br>- Lưu: VT, NVY.</td>
<td style="text-align:center"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><br><strong>Trần Minh Hiếu</strong></td>
</tr></tbody></table>
</div>
</article>
<footer>Bản quyền thuộc Sở Y tế tỉnh Lâm Hải. Địa chỉ: 12 đường Hải Thượng, thành phố Lâm Hải.</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. A merged commune's plan of 2026, as pdftotext -layout writes it from its PDF: lettered targets
# with levels by year, amounts in full "đồng" with "(Bằng chữ: ...)", a table in "nghìn đồng" by source.

COMMUNE_ROWS = [
    ["TT", "Nội dung", "Tổng cộng", "Ngân sách tỉnh", "Ngân sách xã", "Vốn lồng ghép", "Xã hội hóa"],
    ["I", "Hạ tầng kinh tế - xã hội", "1.960.000", "1.200.000", "460.000", "200.000", "100.000"],
    ["1", "Cứng hóa, lắp đèn chiếu sáng đường trục thôn", "1.250.000", "800.000", "250.000", "150.000", "50.000"],
    ["2", "Nâng cấp nhà văn hóa thôn", "710.000", "400.000", "210.000", "50.000", "50.000"],
    ["II", "Phát triển sản xuất, nâng cao thu nhập", "520.000", "200.000", "170.000", "100.000", "50.000"],
    ["1", "Hỗ trợ mô hình sản xuất ứng dụng công nghệ cao", "400.000", "200.000", "100.000", "100.000", "-"],
    ["2", "Xúc tiến thương mại sản phẩm OCOP", "120.000", "-", "70.000", "-", "50.000"],
    ["III", "Môi trường, cảnh quan", "365.600", "100.000", "215.600", "-", "50.000"],
    ["", "Tổng cộng", "2.845.600", "1.500.000", "845.600", "300.000", "200.000"],
]


def commune_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC AN ĐÔNG", "-------", "Số: 36/KH-UBND"],
            [*MOTTO, "Phước An Đông, ngày 14 tháng 02 năm 2026"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Xây dựng xã nông thôn mới nâng cao xã Phước An Đông giai đoạn 2026 - 2028", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Quyết định số 412/QĐ-TTg ngày 10 tháng 4 năm 2025 của Thủ tướng Chính phủ ban hành Bộ tiêu "
              "chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2025 - 2030;"),
        ("p", "Thực hiện Kế hoạch số 205/KH-UBND ngày 20 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về xây dựng "
              "nông thôn mới năm 2026;"),
        ("p", "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"),
        ("h", "I. THỰC TRẠNG"),
        ("p", "Xã Phước An Đông được thành lập trên cơ sở sắp xếp các xã Phước An, An Đông và Tân Phước từ ngày "
              "01/7/2025, có 14 thôn. Năm 2025 thu nhập bình quân đầu người đạt 58,6 triệu đồng/người/năm; tỷ lệ hộ "
              "nghèo đa chiều còn 1,85%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,4%. Tổng thu ngân sách trên "
              "địa bàn xã năm 2025 đạt 6.480.000.000 đồng, tăng 8% so với năm 2024."),
        ("h", "II. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Đến năm 2028, xã Phước An Đông đạt chuẩn nông thôn mới nâng cao; kết cấu hạ tầng đồng bộ, đời sống "
              "vật chất, tinh thần của Nhân dân được nâng lên rõ rệt."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "a) Thu nhập bình quân đầu người đến năm 2028 đạt trên 75 triệu đồng/người/năm, tăng 28% so với năm "
              "2025;"),
        ("p", "b) Tỷ lệ hộ nghèo đa chiều dưới 1% (năm 2025: 1,85%);"),
        ("p", "c) Tỷ lệ người dân tham gia bảo hiểm y tế: năm 2026 đạt 94%, năm 2027 đạt 95% và năm 2028 đạt 96% "
              "trở lên;"),
        ("p", "d) Tỷ lệ lao động có việc làm qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 40%;"),
        ("p", "đ) Tỷ lệ hộ gia đình sử dụng nước sạch đáp ứng quy chuẩn đạt 65% trở lên;"),
        ("p", "e) Tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn đạt 50%, được thu gom, xử lý đạt 98%;"),
        ("p", "g) 100% thôn có mô hình khu dân cư kiểu mẫu, trong đó đến hết năm 2027 có ít nhất 60% thôn đạt chuẩn "
              "khu dân cư nông thôn mới kiểu mẫu;"),
        ("p", "h) Tỷ lệ đường trục thôn được cứng hóa, có hệ thống chiếu sáng đạt 90%;"),
        ("p", "i) Tỷ lệ hộ sản xuất nông nghiệp ứng dụng công nghệ cao tăng thêm 5% mỗi năm."),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới nâng cao; hộ gia đình đối ứng "
              "30% kinh phí chỉnh trang hàng rào, cổng ngõ."),
        ("p", "2. Hoàn thiện hạ tầng giao thông, chiếu sáng, nhà văn hóa thôn theo danh mục tại Phụ lục."),
        ("p", "3. Hỗ trợ mô hình sản xuất ứng dụng công nghệ cao, mức hỗ trợ 70% chi phí mua giống, không quá "
              "30.000.000 đồng/mô hình."),
        ("p", "4. Thu gom, xử lý chất thải rắn sinh hoạt; mức thu giá dịch vụ vệ sinh 30.000 đồng/hộ/tháng."),
        ("h", "IV. KINH PHÍ THỰC HIỆN"),
        ("p", "1. Tổng kinh phí: 2.845.600.000 đồng (Bằng chữ: Hai tỷ, tám trăm bốn mươi lăm triệu, sáu trăm nghìn "
              "đồng), trong đó:"),
        ("p", "- Ngân sách tỉnh hỗ trợ: 1.500.000.000 đồng;"),
        ("p", "- Ngân sách xã: 845.600.000 đồng;"),
        ("p", "- Vốn lồng ghép các chương trình, dự án: 300.000.000 đồng;"),
        ("p", "- Xã hội hóa, Nhân dân đóng góp: 200.000.000 đồng."),
        ("p", "2. Phân kỳ: năm 2026: 985.500.000 đồng; năm 2027: 1.024.600.000 đồng; năm 2028: 835.500.000 đồng."),
        ("p", "3. Chi tiết theo nội dung và nguồn vốn:"),
        ("p", "BẢNG DỰ TOÁN KINH PHÍ THEO NỘI DUNG VÀ NGUỒN VỐN"),
        ("p", "Đơn vị tính: nghìn đồng"),
    ))
    table = _table(doc, COMMUNE_ROWS)
    _widths(table, [0.9, 4.4, 2.3, 2.3, 2.1, 2.0, 2.0])
    _small(table, 9)
    _body(doc, (
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Kinh tế: cơ quan thường trực, tham mưu triển khai Kế hoạch; tổng hợp, báo cáo kết quả."),
        ("p", "2. Phòng Văn hóa - Xã hội: hướng dẫn xây dựng khu dân cư kiểu mẫu, vận động Nhân dân tham gia."),
        ("p", "3. Trưởng các thôn: tuyên truyền, vận động Nhân dân đóng góp, tổ chức thực hiện tại thôn./."),
    ))
    closing(doc, ["- Đảng ủy xã (b/c);", "- TT HĐND xã;", "- Các thôn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Thị Hồng Vân"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 6. A ministry's plan of 2024 (.docx): targets under the two stages' headings ("a) Giai đoạn 2024 -
# 2025", "b) Giai đoạn 2026 - 2030"), each project's money in its own paragraph (a total, its sources,
# its years and a later stage), and the plan's total.

MINISTRY_BODY = (
    ("p", "Căn cứ Nghị định số 31/2023/NĐ-CP ngày 12 tháng 6 năm 2023 của Chính phủ quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;"),
    ("p", "Căn cứ Quyết định số 436/QĐ-TTg ngày 18 tháng 4 năm 2024 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "quốc gia hỗ trợ nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2024 - 2030;"),
    ("p", "Bộ Khoa học và Công nghệ ban hành Kế hoạch triển khai Chương trình như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Tạo chuyển biến rõ rệt về năng suất, chất lượng của sản phẩm, hàng hóa chủ lực; nâng cao năng lực cạnh "
          "tranh của doanh nghiệp, góp phần tăng trưởng kinh tế nhanh và bền vững."),
    ("h", "2. Mục tiêu cụ thể"),
    ("h", "a) Giai đoạn 2024 - 2025"),
    ("p", "- Hỗ trợ ít nhất 500 doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất;"),
    ("p", "- 30% doanh nghiệp được hỗ trợ có năng suất lao động tăng tối thiểu 5%/năm;"),
    ("p", "- Tỷ lệ tiêu chuẩn quốc gia hài hòa với tiêu chuẩn quốc tế đạt 60%;"),
    ("p", "- 100% bộ, ngành, địa phương có đầu mối theo dõi, triển khai Chương trình."),
    ("h", "b) Giai đoạn 2026 - 2030"),
    ("p", "- Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế đạt trên 50%;"),
    ("p", "- Tỷ lệ tiêu chuẩn quốc gia hài hòa với tiêu chuẩn quốc tế đạt 65% (năm 2023 đạt 58%);"),
    ("p", "- Ít nhất 40% doanh nghiệp nhỏ và vừa áp dụng công cụ cải tiến năng suất;"),
    ("p", "- Giá trị sản phẩm, hàng hóa ứng dụng mã số, mã vạch, truy xuất nguồn gốc tăng 15% so với năm 2025;"),
    ("p", "- Đào tạo 2.000 chuyên gia năng suất, trong đó 20% đạt trình độ quốc tế."),
    ("h", "II. NHIỆM VỤ VÀ KINH PHÍ CÁC DỰ ÁN"),
    ("p", "1. Dự án 1: Xây dựng, hoàn thiện hệ thống tiêu chuẩn quốc gia, quy chuẩn kỹ thuật. Kinh phí dự kiến "
          "45,5 tỷ đồng từ ngân sách trung ương."),
    ("p", "2. Dự án 2: Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, chất lượng. Tổng kinh phí 120 tỷ "
          "đồng, trong đó ngân sách trung ương 80 tỷ đồng, doanh nghiệp đối ứng 40 tỷ đồng. Mức hỗ trợ tối đa 50% "
          "chi phí tư vấn, không quá 100 triệu đồng/doanh nghiệp."),
    ("p", "3. Dự án 3: Phát triển hạ tầng mã số, mã vạch và truy xuất nguồn gốc. Kinh phí: 36,8 tỷ đồng từ ngân "
          "sách trung ương (năm 2024: 4,2 tỷ đồng; năm 2025: 5,6 tỷ đồng; giai đoạn 2026 - 2030: 27 tỷ đồng)."),
    ("p", "4. Dự án 4: Truyền thông, đào tạo chuyên gia năng suất. Kinh phí bố trí từ nguồn sự nghiệp khoa học và "
          "công nghệ hằng năm của Bộ; học viên nộp phí đào tạo chuyên gia 2.500.000 đồng/khóa."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch khoảng 202,3 tỷ đồng, trong đó ngân sách trung ương 162,3 tỷ đồng, "
          "vốn đối ứng của doanh nghiệp 40 tỷ đồng. Các đơn vị lập dự toán hằng năm gửi Vụ Kế hoạch - Tài chính "
          "tổng hợp."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia: chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; "
          "tổng hợp, báo cáo Bộ trưởng trước ngày 15 tháng 12 hằng năm."),
    ("p", "2. Vụ Kế hoạch - Tài chính: bố trí kinh phí thực hiện các dự án của Kế hoạch."),
    ("p", "3. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: xây dựng kế hoạch của địa phương "
          "và bố trí kinh phí đối ứng./."),
)


def ministry_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "-------", "Số: 1187/KH-BKHCN"],
            [*MOTTO, "Hà Nội, ngày 25 tháng 6 năm 2024"], bold=(1, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Triển khai Chương trình quốc gia hỗ trợ nâng cao năng suất và chất lượng sản phẩm, hàng hóa "
                    "giai đoạn 2024 - 2030", bold=True, center=True)
    _body(doc, MINISTRY_BODY)
    closing(doc, ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố trực thuộc Trung ương;",
                  "- Lưu: VT, TĐC."],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Phạm Quang Vinh"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. A province's education plan (.docx): targets under numbered sub-fields ("2.1. Giáo dục mầm non")
# of "2. Mục tiêu cụ thể đến năm 2027", phrased "≥ 98%", "tăng từ 62% lên 75%", "không thấp hơn", "95 -
# 97%", "100 %"; the funds by source, then by year with each year's sources in parentheses, and an annex
# whose two-row header splits each year into NSTW and NSĐP, group rows "A", "B" and a "Trong đó" row.

EDUCATION_ROWS = [
    ["TT", "Nội dung", "Tổng cộng", "Năm 2025", "", "Năm 2026", "", "Năm 2027", ""],
    ["", "", "", "NSTW", "NSĐP", "NSTW", "NSĐP", "NSTW", "NSĐP"],
    ["", "TỔNG CỘNG", "1.264.600", "140.000", "220.200", "185.000", "260.700", "187.500", "271.200"],
    ["A", "Vốn đầu tư phát triển", "1.014.600", "120.000", "175.200", "155.000", "200.700", "157.500", "206.200"],
    ["1", "Xây dựng phòng học, phòng học bộ môn", "855.000", "100.000", "150.000", "130.000", "170.000", "130.000",
     "175.000"],
    ["2", "Xây dựng nhà công vụ giáo viên", "159.600", "20.000", "25.200", "25.000", "30.700", "27.500", "31.200"],
    ["B", "Kinh phí sự nghiệp", "250.000", "20.000", "45.000", "30.000", "60.000", "30.000", "65.000"],
    ["1", "Mua sắm thiết bị dạy học tối thiểu", "167.000", "15.000", "30.000", "20.000", "40.000", "20.000", "42.000"],
    ["2", "Bồi dưỡng đội ngũ giáo viên, cán bộ quản lý", "83.000", "5.000", "15.000", "10.000", "20.000", "10.000",
     "23.000"],
    ["", "Trong đó: bồi dưỡng kỹ năng số", "32.000", "2.000", "5.000", "4.000", "8.000", "4.000", "9.000"],
]

EDUCATION_BODY = (
    ("p", "Căn cứ Nghị quyết số 41/2024/NQ-HĐND ngày 10 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh Hòa Phong về "
          "phát triển giáo dục và đào tạo tỉnh Hòa Phong giai đoạn 2025 - 2030;"),
    ("p", "Thực hiện Chỉ thị số 08/CT-TTg ngày 15 tháng 3 năm 2025 của Thủ tướng Chính phủ về nâng cao chất lượng "
          "giáo dục mầm non và phổ thông;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
    ("h", "I. ĐÁNH GIÁ THỰC TRẠNG"),
    ("p", "Năm học 2023 - 2024, toàn tỉnh có 612 trường mầm non và phổ thông; tỷ lệ huy động trẻ em từ 3 đến 5 tuổi "
          "đến trường đạt 96,4%; tỷ lệ trường mầm non đạt chuẩn quốc gia đạt 62%; tỷ lệ học sinh tốt nghiệp trung "
          "học phổ thông đạt 94,1%, tăng 1,2% so với cùng kỳ. Chi phí học tập bình quân của một học sinh khoảng "
          "4,2 triệu đồng/năm."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Nâng cao chất lượng giáo dục mầm non và phổ thông, bảo đảm điều kiện dạy và học theo chương trình giáo "
          "dục phổ thông mới; thu hẹp khoảng cách về chất lượng giáo dục giữa các vùng trong tỉnh."),
    ("h", "2. Mục tiêu cụ thể đến năm 2027"),
    ("h", "2.1. Giáo dục mầm non"),
    ("p", "- Huy động trẻ em từ 3 đến 5 tuổi đến trường đạt ≥ 98%; trẻ em 5 tuổi đạt 100%;"),
    ("p", "- Tỷ lệ trường mầm non đạt chuẩn quốc gia tăng từ 62% lên 75%;"),
    ("p", "- Tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở trường mầm non không quá 5%."),
    ("h", "2.2. Giáo dục phổ thông"),
    ("p", "- Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,8%; tỷ lệ học sinh lớp 9 tốt nghiệp trung học "
          "cơ sở không thấp hơn 98,5%;"),
    ("p", "- Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 95 - 97%;"),
    ("p", "- Ít nhất 3/4 số trường phổ thông có phòng học bộ môn đạt chuẩn;"),
    ("p", "- Tỷ lệ học sinh bỏ học giảm 20% so với giai đoạn 2022 - 2024;"),
    ("p", "- Tỷ lệ phòng học kiên cố đạt 100 %."),
    ("h", "2.3. Đội ngũ và cơ sở vật chất"),
    ("p", "- 100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục, trong đó trên chuẩn từ 15 - 20%;"),
    ("p", "- Tỷ lệ trường có kết nối Internet tốc độ cao đạt 100%, có hệ thống quản lý trường học trực tuyến đạt 90%;"),
    ("p", "- Mỗi năm giảm 0,5% số phòng học tạm, phòng học nhờ."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Rà soát, sắp xếp mạng lưới trường, lớp phù hợp với quy hoạch và điều kiện thực tế của địa phương."),
    ("p", "2. Đầu tư xây dựng phòng học, phòng học bộ môn, nhà công vụ giáo viên theo danh mục tại Phụ lục."),
    ("p", "3. Bồi dưỡng đội ngũ giáo viên, cán bộ quản lý; ưu tiên bồi dưỡng kỹ năng số."),
    ("p", "4. Huy động xã hội hóa, khuyến khích tổ chức, cá nhân tài trợ cho giáo dục; học sinh thuộc hộ nghèo được "
          "hỗ trợ chi phí học tập 150.000 đồng/tháng."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2027 là 1.284,6 tỷ đồng, trong đó: ngân sách trung "
          "ương 512,5 tỷ đồng (chiếm 39,9%); ngân sách tỉnh 684,1 tỷ đồng; ngân sách cấp huyện 68 tỷ đồng; xã hội "
          "hóa 20 tỷ đồng."),
    ("p", "2. Kinh phí theo từng năm:"),
    ("p", "- Năm 2025: 365,2 tỷ đồng (ngân sách trung ương 140 tỷ đồng, ngân sách tỉnh 200,2 tỷ đồng, ngân sách cấp "
          "huyện 20 tỷ đồng, xã hội hóa 5 tỷ đồng);"),
    ("p", "- Năm 2026: 452,7 tỷ đồng (ngân sách trung ương 185 tỷ đồng, ngân sách tỉnh 237,7 tỷ đồng, ngân sách cấp "
          "huyện 23 tỷ đồng, xã hội hóa 7 tỷ đồng);"),
    ("p", "- Năm 2027: 466,7 tỷ đồng (ngân sách trung ương 187,5 tỷ đồng, ngân sách tỉnh 246,2 tỷ đồng, ngân sách "
          "cấp huyện 25 tỷ đồng, xã hội hóa 8 tỷ đồng)."),
    ("p", "3. Vốn ngân sách nhà nước theo nội dung và năm chi tiết tại Phụ lục kèm theo."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Giáo dục và Đào tạo: chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy "
          "ban nhân dân tỉnh."),
    ("p", "2. Sở Tài chính: tham mưu bố trí vốn đầu tư phát triển và kinh phí sự nghiệp thực hiện Kế hoạch."),
    ("p", "3. Sở Xây dựng: hướng dẫn, thẩm định thiết kế các công trình trường học."),
    ("p", "4. Ủy ban nhân dân các huyện, thành phố: bố trí ngân sách cấp huyện, tổ chức thực hiện Kế hoạch trên địa "
          "bàn./."),
)


def education_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHONG", "-------", "Số: 92/KH-UBND"],
            [*MOTTO, "Hòa Phong, ngày 28 tháng 4 năm 2025"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển giáo dục mầm non và phổ thông tỉnh Hòa Phong giai đoạn 2025 - 2027", bold=True,
               center=True)
    _body(doc, EDUCATION_BODY)
    closing(doc, ["- Bộ Giáo dục và Đào tạo (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, VX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Vũ Thị Thanh Hà"])
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN VỐN NGÂN SÁCH NHÀ NƯỚC THỰC HIỆN KẾ HOẠCH THEO NĂM", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 92/KH-UBND ngày 28 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh)",
               center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", center=True)
    table = _table(doc, EDUCATION_ROWS, merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)),
                                                ((0, 3), (0, 4)), ((0, 5), (0, 6)), ((0, 7), (0, 8))))
    _widths(table, [0.8, 4.0, 1.9, 1.55, 1.55, 1.55, 1.55, 1.55, 1.55])
    _small(table, 9)
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. An HĐND tỉnh's resolution of 2021 on a support policy, scraped to Markdown: rates of support in
# percent and in money (no targets, no budget), lettered targets, the total in prose with its yearly
# mean, and a pipe table of the years as columns with a "Tổng cộng" row and column.

POLICY_MD_TEXT = """| **HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HÀ LÂM** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 15/2021/NQ-HĐND | *Bắc Hà Lâm, ngày 09 tháng 7 năm 2021* |

**NGHỊ QUYẾT**

**QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ PHÁT TRIỂN SẢN XUẤT NÔNG NGHIỆP HÀNG HÓA TỈNH BẮC HÀ LÂM GIAI ĐOẠN 2021 - 2025**

**HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HÀ LÂM
KHÓA XVII, KỲ HỌP THỨ HAI**

*Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;*

*Căn cứ Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp;*

*Xét Tờ trình số 64/TTr-UBND ngày 18 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.*

**QUYẾT NGHỊ:**

**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**

1. Nghị quyết này quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa trên địa bàn tỉnh Bắc Hà Lâm giai đoạn 2021 - 2025.

2. Đối tượng áp dụng: hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã, doanh nghiệp sản xuất nông nghiệp trên địa bàn tỉnh.

**Điều 2. Mục tiêu**

1. Mục tiêu chung: Phát triển sản xuất nông nghiệp hàng hóa tập trung, ứng dụng công nghệ cao; nâng cao giá trị gia tăng và thu nhập của người sản xuất.

2. Mục tiêu cụ thể đến năm 2025:

a) Giá trị sản xuất trên 01 ha đất trồng trọt đạt 150 triệu đồng trở lên;

b) Tỷ lệ giá trị sản phẩm nông nghiệp được sản xuất theo hình thức liên kết đạt trên 30%;

c) Diện tích sản xuất áp dụng quy trình VietGAP hoặc tương đương chiếm 20% diện tích trồng trọt;

d) 50% hợp tác xã nông nghiệp hoạt động có hiệu quả, trong đó 15% hợp tác xã ứng dụng công nghệ cao;

đ) Tốc độ tăng giá trị sản xuất nông nghiệp bình quân đạt 3,5 - 4%/năm.

**Điều 3. Nội dung và mức hỗ trợ**

1. Hỗ trợ 50% chi phí mua giống cây trồng, vật nuôi, tối đa không quá 30 triệu đồng/ha.

2. Hỗ trợ lãi suất vốn vay thương mại 3%/năm trong thời gian 24 tháng, mức vay được hỗ trợ tối đa 2 tỷ đồng/dự án.

3. Hỗ trợ một lần 500 triệu đồng cho mỗi chuỗi liên kết sản xuất và tiêu thụ sản phẩm.

4. Hỗ trợ 100% chi phí chứng nhận VietGAP, không quá 40.000.000 đồng/cơ sở.

**Điều 4. Kinh phí thực hiện**

1. Tổng kinh phí dự kiến giai đoạn 2021 - 2025 là 186,75 tỷ đồng từ ngân sách tỉnh; bình quân khoảng 37,35 tỷ đồng/năm.

2. Phân bổ kinh phí theo năm:

**BẢNG PHÂN BỔ KINH PHÍ HỖ TRỢ THEO NĂM**

*Đơn vị tính: triệu đồng*

| Nội dung hỗ trợ | Năm 2021 | Năm 2022 | Năm 2023 | Năm 2024 | Năm 2025 | Tổng cộng |
|---|---|---|---|---|---|---|
| Hỗ trợ giống cây trồng, vật nuôi | 8.500 | 9.200 | 9.800 | 10.400 | 11.100 | 49.000 |
| Hỗ trợ lãi suất vốn vay | 6.000 | 7.500 | 8.000 | 8.500 | 9.000 | 39.000 |
| Hỗ trợ chuỗi liên kết | 10.000 | 12.000 | 13.000 | 14.500 | 15.500 | 65.000 |
| Hỗ trợ chứng nhận VietGAP | 4.750 | 5.600 | 6.800 | 7.600 | 9.000 | 33.750 |
| **Tổng cộng** | **29.250** | **34.300** | **37.600** | **41.000** | **44.600** | **186.750** |

**Điều 5. Tổ chức thực hiện**

1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.

2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Hà Lâm khóa XVII, kỳ họp thứ hai thông qua ngày 07 tháng 7 năm 2021 và có hiệu lực từ ngày 20 tháng 7 năm 2021./.

| **Nơi nhận:** - Ủy ban Thường vụ Quốc hội; - Chính phủ; - Bộ Tài chính; - Bộ Nông nghiệp và Phát triển nông thôn; - TT Tỉnh ủy; - UBND tỉnh; - Lưu: VT. | **CHỦ TỊCH** **Hoàng Thị Minh Thu** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 9. A district's tourism plan of 2019 exported to PDF: "a/"-lettered targets with a level for each
# year in parentheses, and its tasks' money in a table whose source is a text column ("Nguồn kinh
# phí": "Ngân sách huyện", "Xã hội hóa") beside a "Thời gian" column.

TOURISM_ROWS = [
    ["TT", "Nội dung nhiệm vụ", "Kinh phí (triệu đồng)", "Nguồn kinh phí", "Thời gian"],
    ["1", "Lập quy hoạch chi tiết khu du lịch cộng đồng Bản Mường", "450", "Ngân sách tỉnh", "2019"],
    ["2", "Nâng cấp đường vào điểm du lịch thác Nậm Lò", "2.800", "Ngân sách huyện", "2019 - 2020"],
    ["3", "Hỗ trợ cải tạo nhà ở làm cơ sở lưu trú tại nhà dân", "1.200", "Xã hội hóa", "2019 - 2021"],
    ["4", "Đào tạo, bồi dưỡng nghiệp vụ du lịch", "360", "Ngân sách huyện", "Hằng năm"],
    ["5", "Quảng bá, xúc tiến du lịch", "540", "Ngân sách huyện", "Hằng năm"],
    ["", "Tổng cộng", "5.350", "", ""],
]


def tourism_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN SƠN THƯỢNG", "-------", "Số: 118/KH-UBND"],
            [*MOTTO, "Sơn Thượng, ngày 22 tháng 3 năm 2019"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển du lịch cộng đồng huyện Sơn Thượng giai đoạn 2019 - 2021", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Nghị quyết số 08-NQ/HU ngày 15 tháng 01 năm 2019 của Ban Chấp hành Đảng bộ huyện về phát triển "
              "du lịch huyện Sơn Thượng giai đoạn 2019 - 2025;"),
        ("p", "Căn cứ Kế hoạch số 212/KH-UBND ngày 28 tháng 12 năm 2018 của Ủy ban nhân dân tỉnh về phát triển du lịch "
              "cộng đồng;"),
        ("p", "Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa các dân tộc, tạo việc làm, tăng thu nhập "
              "cho Nhân dân; từng bước đưa du lịch trở thành ngành kinh tế quan trọng của huyện."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "a/ Lượng khách du lịch đến huyện tăng bình quân 15%/năm; đến năm 2021 đón 120.000 lượt khách."),
        ("p", "b/ Doanh thu từ du lịch đạt 85 tỷ đồng vào năm 2021, tăng 40% so với năm 2018."),
        ("p", "c/ Tỷ lệ lao động du lịch được đào tạo, bồi dưỡng nghiệp vụ: 50% (năm 2019), 65% (năm 2020), 80% "
              "(năm 2021)."),
        ("p", "d/ Tỷ lệ nhà nghỉ, khách sạn đạt tiêu chuẩn phục vụ khách du lịch đạt 100%, cơ sở lưu trú tại nhà dân "
              "đạt trên 70%."),
        ("p", "đ/ 100% điểm du lịch cộng đồng có nhà vệ sinh đạt chuẩn và được thu gom rác thải."),
        ("p", "e/ Phấn đấu mỗi xã có ít nhất 01 sản phẩm du lịch đặc trưng; 30% hộ tham gia du lịch cộng đồng có thu "
              "nhập từ du lịch chiếm trên 50% tổng thu nhập."),
        ("h", "II. NHIỆM VỤ VÀ KINH PHÍ"),
        ("p", "Các nhiệm vụ, kinh phí và nguồn kinh phí thực hiện như sau:"),
    ))
    table = _table(doc, TOURISM_ROWS)
    _widths(table, [1.0, 7.0, 2.6, 3.0, 2.4])
    _body(doc, (
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch là 5.350 triệu đồng, trong đó: ngân sách tỉnh 450 triệu đồng; ngân "
              "sách huyện 3.700 triệu đồng; xã hội hóa 1.200 triệu đồng. Giá vé tham quan thác Nậm Lò 20.000 đồng/lượt "
              "do Ban quản lý điểm du lịch thu để duy tu, bảo dưỡng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Văn hóa và Thông tin: chủ trì, tham mưu triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực "
              "hiện."),
        ("p", "2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "3. Ủy ban nhân dân các xã có điểm du lịch: vận động Nhân dân tham gia làm du lịch cộng đồng./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lường Văn Sơn"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 10. A Sở's plan of 2023, as pdftotext -layout writes it from its PDF: a table of targets whose unit is
# in the label ("Tốc độ tăng ... (%)"), the last year's estimate beside the plan's years ("Năm 2022 (ước
# TH)" | "KH năm 2023" ...), and a budget table whose rows are the years ("Năm 2023") and columns the sources.

FARMING_TARGETS = [
    ["TT", "Chỉ tiêu", "Năm 2022 (ước TH)", "KH năm 2023", "KH năm 2024", "KH năm 2025"],
    ["1", "Tốc độ tăng giá trị sản xuất nông nghiệp (%)", "3,2", "3,5", "3,8", "4,0"],
    ["2", "Tỷ trọng giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao (%)", "12", "14", "16", "18"],
    ["3", "Diện tích nhà màng, nhà lưới (ha)", "85", "110", "140", "180"],
    ["4", "Tỷ lệ diện tích cây trồng được tưới tiết kiệm nước (%)", "18,5", "21", "24", "27,5"],
    ["5", "Số doanh nghiệp nông nghiệp ứng dụng công nghệ cao (doanh nghiệp)", "6", "8", "10", "12"],
]
FARMING_FUNDS = [
    ["TT", "Năm", "Tổng số", "Ngân sách tỉnh", "Ngân sách huyện", "Xã hội hóa"],
    ["1", "Năm 2023", "8.400", "5.000", "1.400", "2.000"],
    ["2", "Năm 2024", "10.200", "6.000", "1.700", "2.500"],
    ["3", "Năm 2025", "12.600", "7.500", "2.100", "3.000"],
    ["", "Cộng", "31.200", "18.500", "5.200", "7.500"],
]


def farming_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH KIM HÒA", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "-------", "Số: 64/KH-SNNPTNT"],
            [*MOTTO, "Kim Hòa, ngày 10 tháng 02 năm 2023"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Kim Hòa giai đoạn 2023 - 2025", bold=True,
               center=True)
    _body(doc, (
        ("p", "Căn cứ Quyết định số 1520/QĐ-UBND ngày 30 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Kim Hòa phê duyệt "
              "Đề án phát triển nông nghiệp ứng dụng công nghệ cao đến năm 2025;"),
        ("p", "Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Phát triển nông nghiệp ứng dụng công nghệ cao, nâng cao năng suất, chất lượng và giá trị gia tăng của "
              "sản phẩm nông nghiệp chủ lực; thích ứng với biến đổi khí hậu."),
        ("h", "2. Các chỉ tiêu chủ yếu"),
    ))
    table = _table(doc, FARMING_TARGETS)
    _widths(table, [0.9, 7.1, 2.1, 2.0, 2.0, 2.0])
    _small(table, 10)
    _body(doc, (
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Xây dựng vùng sản xuất tập trung ứng dụng công nghệ cao đối với rau, hoa, cây ăn quả; giá trị sản "
              "xuất trên 1 ha đất canh tác đạt bình quân 180 triệu đồng."),
        ("p", "2. Hỗ trợ doanh nghiệp, hợp tác xã đầu tư nhà màng, nhà lưới, hệ thống tưới tiết kiệm; phối hợp ngân "
              "hàng cho vay với lãi suất ưu đãi 6,5%/năm."),
        ("p", "3. Chuyển giao tiến bộ kỹ thuật, đào tạo nông dân sản xuất theo quy trình công nghệ cao."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2023 - 2025 khoảng 31,2 tỷ đồng, phân theo năm và nguồn như "
              "sau (đơn vị tính: triệu đồng):"),
    ))
    table = _table(doc, FARMING_FUNDS)
    _widths(table, [1.1, 3.2, 2.8, 3.0, 3.0, 2.9])
    _body(doc, (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Chi cục Trồng trọt và Bảo vệ thực vật: chủ trì hướng dẫn quy trình sản xuất, theo dõi diện tích ứng "
              "dụng công nghệ cao."),
        ("p", "2. Trung tâm Khuyến nông: xây dựng mô hình trình diễn, tập huấn chuyển giao kỹ thuật."),
        ("p", "3. Phòng Kế hoạch - Tài chính: tổng hợp, tham mưu bố trí kinh phí hằng năm."),
        ("p", "4. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố: bố trí ngân sách huyện, chỉ đạo thực hiện trên "
              "địa bàn./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Tài chính;", "- UBND các huyện, thị xã, thành phố;",
                  "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, KHTC."],
            ["GIÁM ĐỐC", "", "", "Đỗ Văn Nam"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 11. A district's poverty plan of 2024 on a portal (HTML): targets as <li> under a lead line
# ("Phấn đấu đến năm 2025:"), a baseline in parentheses, a targets table with a group row (colspan)
# and the year before the plan as its first year column, and each year's money by source in one
# sentence, the year first ("Năm 2024: ngân sách huyện N, ngân sách xã M"), its total after the parts
# in "3 tỷ 450 triệu đồng".

POVERTY_HTML_TEXT = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kế hoạch giảm nghèo bền vững năm 2024 - 2025 - Cổng thông tin điện tử huyện Thạch Bình Tây</title></head>
<body>
<div id="top"><a href="/">Cổng thông tin điện tử huyện Thạch Bình Tây</a> | <a href="/lien-he">Liên hệ</a></div>
<div id="main">
<div class="left-menu"><ul><li>Giới thiệu</li><li>Tin tức - Sự kiện</li><li>Văn bản chỉ đạo</li></ul></div>
<div class="content-detail">
<h2 class="title">Kế hoạch giảm nghèo bền vững huyện Thạch Bình Tây năm 2024 - 2025</h2>
<p class="date">15/03/2024 08:12</p>
<table width="100%" border="0"><tr>
<td width="40%" align="center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN THẠCH BÌNH TÂY</b><br>-------<br>Số: 56/KH-UBND</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Thạch Bình Tây, ngày 12 tháng 3 năm 2024</i></td>
</tr></table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Giảm nghèo bền vững huyện Thạch Bình Tây năm 2024 - 2025</b></p>
<p>Căn cứ Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;</p>
<p>Thực hiện Kế hoạch số 41/KH-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về giảm nghèo bền vững năm 2024;</p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch giảm nghèo bền vững năm 2024 - 2025 như sau:</p>
<p><b>I. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Giảm nghèo đa chiều, bao trùm, bền vững; hạn chế tái nghèo và phát sinh nghèo; hỗ trợ người nghèo vượt lên mức sống tối thiểu.</p>
<p><b>2. Mục tiêu cụ thể</b></p>
<p>Phấn đấu đến năm 2025:</p>
<ul>
<li>Tỷ lệ hộ nghèo đa chiều giảm 5% so với năm 2023 (năm 2023: 12,4%);</li>
<li>Tỷ lệ người lao động thuộc hộ nghèo, hộ cận nghèo có việc làm bền vững đạt từ 90% trở lên;</li>
<li>Không để phát sinh hộ tái nghèo do thiếu hụt về nhà ở;</li>
<li>100% hộ nghèo, hộ cận nghèo được tiếp cận thông tin về giảm nghèo;</li>
<li>Tỷ lệ trẻ em thuộc hộ nghèo đi học đúng độ tuổi đạt 100% vào năm 2025.</li>
</ul>
<p><b>3. Các chỉ tiêu theo năm</b></p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Năm 2023</th><th>Năm 2024</th><th>Năm 2025</th></tr>
<tr><td colspan="6"><b>I. Chỉ tiêu về thu nhập, việc làm</b></td></tr>
<tr><td>1</td><td>Tỷ lệ lao động thuộc hộ nghèo được đào tạo nghề</td><td>%</td><td>35</td><td>42</td><td>50</td></tr>
<tr><td>2</td><td>Số hộ nghèo được hỗ trợ phát triển sản xuất</td><td>hộ</td><td>410</td><td>450</td><td>480</td></tr>
<tr><td colspan="6"><b>II. Chỉ tiêu về dịch vụ xã hội cơ bản</b></td></tr>
<tr><td>3</td><td>Tỷ lệ hộ nghèo được sử dụng nước sinh hoạt hợp vệ sinh</td><td>%</td><td>88,5</td><td>92</td><td>95</td></tr>
<tr><td>4</td><td>Tỷ lệ người nghèo tham gia bảo hiểm y tế</td><td>%</td><td>100</td><td>100</td><td>100</td></tr>
</table>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế; hộ nghèo được vay vốn ưu đãi tối đa 100 triệu đồng/hộ.</p>
<p>2. Hỗ trợ nhà ở cho hộ nghèo với mức 40 triệu đồng/hộ xây mới, 20 triệu đồng/hộ sửa chữa.</p>
<p>3. Đào tạo nghề, giải quyết việc làm; tư vấn đưa người lao động đi làm việc ở nước ngoài.</p>
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Năm 2024: ngân sách huyện 1.250 triệu đồng, ngân sách xã 380 triệu đồng; năm 2025: ngân sách huyện 1.400 triệu đồng, ngân sách xã 420 triệu đồng. Tổng cộng 2 năm: 3 tỷ 450 triệu đồng.</p>
<p>Ngoài ra, lồng ghép nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững được giao hằng năm.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Lao động - Thương binh và Xã hội: cơ quan thường trực, tham mưu triển khai, tổng hợp kết quả thực hiện.</p>
<p>2. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.</p>
<p>3. Ủy ban nhân dân các xã, thị trấn: rà soát hộ nghèo, hộ cận nghèo; tổ chức thực hiện trên địa bàn./.</p>
<table width="100%" border="0"><tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Sở Lao động - TB&amp;XH;<br>- TT Huyện ủy, TT HĐND huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT.</td>
<td align="center" valign="top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Phạm Thị Lan Anh</b></td>
</tr></table>
</div>
</div>
<div id="footer">Cơ quan chủ quản: Ủy ban nhân dân huyện Thạch Bình Tây</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 12. A province's Quyết định approving a scheme, scraped to Markdown: its targets under stage lines
# ("- Đến năm 2027:" over "+" items, "- Đến năm 2030:" over more), and its money by project, each
# project's sources in parentheses after its sum.

SCHEME_MD_TEXT = """| **ỦY BAN NHÂN DÂN TỈNH THÁI LÂM** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 1875/QĐ-UBND | *Thái Lâm, ngày 18 tháng 8 năm 2026* |

**QUYẾT ĐỊNH**

**PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN KINH TẾ BIỂN XANH TỈNH THÁI LÂM GIAI ĐOẠN 2026 - 2030**

**ỦY BAN NHÂN DÂN TỈNH THÁI LÂM**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Nghị quyết số 22/2026/NQ-HĐND ngày 10 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh về phát triển kinh tế biển;*

*Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 312/TTr-SNNMT ngày 05 tháng 8 năm 2026.*

**QUYẾT ĐỊNH:**

**Điều 1.** Phê duyệt Đề án phát triển kinh tế biển xanh tỉnh Thái Lâm giai đoạn 2026 - 2030 với những nội dung chủ yếu sau:

**1. Mục tiêu**

a) Mục tiêu chung: Phát triển kinh tế biển xanh, bền vững, gắn với bảo vệ môi trường và hệ sinh thái biển; nâng cao đời sống người dân vùng ven biển.

b) Mục tiêu cụ thể:

- Đến năm 2027:

+ Tỷ lệ tàu cá có chiều dài từ 15 m trở lên lắp thiết bị giám sát hành trình đạt 100%;

+ 70% cảng cá có hệ thống thu gom, xử lý chất thải đạt chuẩn;

+ Diện tích nuôi trồng thủy sản theo hướng hữu cơ đạt 12% tổng diện tích nuôi trồng.

- Đến năm 2030:

+ Giá trị sản xuất ngành thủy sản tăng bình quân 6,5%/năm;

+ Tỷ lệ chất thải rắn sinh hoạt ven biển được thu gom, xử lý đạt 95%;

+ Diện tích các khu bảo tồn biển đạt 0,8% diện tích vùng biển của tỉnh;

+ Thu nhập của người dân vùng ven biển tăng gấp 1,5 lần so với năm 2025.

**2. Nhiệm vụ và kinh phí các dự án**

Tổng kinh phí thực hiện Đề án: 86,4 tỷ đồng. Trong đó:

- Dự án 1. Hiện đại hóa đội tàu và cảng cá: 32,5 tỷ đồng (ngân sách tỉnh 30 tỷ đồng, xã hội hóa 2,5 tỷ đồng);

- Dự án 2. Phát triển nuôi trồng thủy sản hữu cơ: 41,9 tỷ đồng (ngân sách trung ương 25 tỷ đồng; ngân sách tỉnh 16,9 tỷ đồng);

- Dự án 3. Bảo tồn hệ sinh thái biển: 12 tỷ đồng (ngân sách tỉnh).

Mức hỗ trợ lắp thiết bị giám sát hành trình 15 triệu đồng/tàu; ngư dân vi phạm khai thác bất hợp pháp bị xử phạt đến 1.000.000.000 đồng.

**Điều 2.** Tổ chức thực hiện

1. Sở Nông nghiệp và Môi trường chủ trì, tổ chức thực hiện Đề án; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

2. Sở Tài chính bố trí kinh phí thực hiện các dự án theo phân cấp ngân sách.

3. Ủy ban nhân dân các xã, phường, đặc khu ven biển triển khai Đề án trên địa bàn.

**Điều 3.** Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển chịu trách nhiệm thi hành Quyết định này./.

| **Nơi nhận:** - Như Điều 3; - Bộ Nông nghiệp và Môi trường; - TT Tỉnh ủy, TT HĐND tỉnh; - Lưu: VT, KT. | **TM. ỦY BAN NHÂN DÂN** **KT. CHỦ TỊCH** **PHÓ CHỦ TỊCH** **Trịnh Quốc Bảo** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 13. A town's (thị xã) plan of 2022 exported to PDF: amounts in "đ" with "(Mười hai tỷ, ...)", and a
# detailed estimate whose "Khối lượng" and "Đơn giá" columns are quantities and rates beside "Thành tiền",
# a "Nguồn vốn" text column, a "Ghi chú" naming a past year, and "TỔNG CỘNG (A+B)" first.

URBAN_ROWS = [
    ["TT", "Hạng mục", "Khối lượng", "Đơn giá", "Thành tiền", "Nguồn vốn", "Ghi chú"],
    ["", "TỔNG CỘNG (A+B)", "", "", "12.760", "", ""],
    ["A", "Chiếu sáng đô thị", "", "", "5.460", "", ""],
    ["1", "Lắp mới đèn LED tuyến phố chính", "420 bộ", "8,5", "3.570", "Ngân sách thị xã", ""],
    ["2", "Cải tạo tủ điện điều khiển", "36 tủ", "52,5", "1.890", "Ngân sách thị xã", "Chuyển tiếp từ năm 2021"],
    ["B", "Cây xanh, vỉa hè", "", "", "7.300", "", ""],
    ["1", "Trồng mới cây xanh đường phố", "1.250 cây", "2,4", "3.000", "Xã hội hóa", ""],
    ["2", "Lát lại vỉa hè các tuyến phố trung tâm", "8.600 m²", "0,5", "4.300", "Ngân sách thị xã", ""],
]


def urban_plan() -> bytes:
    doc = _new()
    _layout(doc, ["ỦY BAN NHÂN DÂN", "THỊ XÃ HÒA LẠC ĐÔNG", "-------", "Số: 205/KH-UBND"],
            [*MOTTO, "Hòa Lạc Đông, ngày 18 tháng 01 năm 2022"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Chỉnh trang đô thị thị xã Hòa Lạc Đông năm 2022", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Nghị quyết số 42/NQ-HĐND ngày 20 tháng 12 năm 2021 của Hội đồng nhân dân thị xã về dự toán "
              "ngân sách năm 2022;"),
        ("p", "Ủy ban nhân dân thị xã ban hành Kế hoạch chỉnh trang đô thị năm 2022 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Xây dựng đô thị xanh, sạch, đẹp, văn minh; nâng cao chất lượng sống của Nhân dân."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Tỷ lệ đường phố chính được chiếu sáng đạt 100%, đường ngõ xóm đạt ≥ 85%;"),
        ("p", "- Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 98%, tăng 3% so với năm 2021;"),
        ("p", "- Diện tích cây xanh công cộng bình quân đạt 6 m²/người;"),
        ("p", "- Có ít nhất 50% tuyến phố đạt tiêu chí tuyến phố văn minh đô thị."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "1. Lắp mới, cải tạo hệ thống chiếu sáng đô thị; chi phí điện chiếu sáng khoảng 95 triệu đồng/tháng."),
        ("p", "2. Trồng mới cây xanh, lát lại vỉa hè các tuyến phố trung tâm; xử phạt hành vi lấn chiếm vỉa hè từ "
              "2.000.000đ đến 4.000.000đ."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Tổng kinh phí thực hiện: 12.760.000.000đ (Mười hai tỷ, bảy trăm sáu mươi triệu đồng), trong đó: ngân "
              "sách thị xã 9.760.000.000đ; vốn xã hội hóa 3.000.000.000đ."),
        ("p", "BẢNG DỰ TOÁN CHI TIẾT KINH PHÍ NĂM 2022"),
        ("p", "(Đơn vị tính: triệu đồng)"),
    ))
    table = _table(doc, URBAN_ROWS)
    _widths(table, [0.9, 4.6, 1.9, 1.5, 1.9, 2.6, 2.6])
    _small(table, 10)
    _body(doc, (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Quản lý đô thị: chủ trì triển khai Kế hoạch, quản lý chất lượng công trình."),
        ("p", "2. Phòng Tài chính - Kế hoạch: bố trí kinh phí, hướng dẫn thanh quyết toán."),
        ("p", "3. Ủy ban nhân dân các phường, xã: vận động Nhân dân tham gia trồng cây xanh, giữ gìn vỉa hè./."),
    ))
    closing(doc, ["- TT Thị ủy, TT HĐND thị xã;", "- Các phòng, ban, ngành thị xã;", "- UBND các phường, xã;",
                  "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn Hậu"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ETHNIC).write_bytes(ethnic_plan())
    (folder / RESOLUTION_MD).write_text(RESOLUTION_MD_TEXT, encoding="utf-8")
    (folder / HEALTH_HTML).write_text(HEALTH_HTML_TEXT, encoding="utf-8")
    (folder / MINISTRY).write_bytes(ministry_plan())
    (folder / EDUCATION).write_bytes(education_plan())
    (folder / POLICY_MD).write_text(POLICY_MD_TEXT, encoding="utf-8")
    (folder / POVERTY_HTML).write_text(POVERTY_HTML_TEXT, encoding="utf-8")
    (folder / SCHEME_MD).write_text(SCHEME_MD_TEXT, encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF not written", file=sys.stderr)
        return
    (folder / POVERTY_PDF).write_bytes(_soffice(poverty_plan(), POVERTY_PDF, "pdf"))
    (folder / TOURISM_PDF).write_bytes(_soffice(tourism_plan(), TOURISM_PDF, "pdf"))
    (folder / URBAN_PDF).write_bytes(_soffice(urban_plan(), URBAN_PDF, "pdf"))
    if shutil.which("pdftotext"):
        pdf = _soffice(commune_plan(), COMMUNE_LAYOUT, "pdf")
        (folder / COMMUNE_LAYOUT).write_text(_pdftotext(pdf, "-layout"), encoding="utf-8")
        pdf = _soffice(farming_plan(), FARMING_LAYOUT, "pdf")
        (folder / FARMING_LAYOUT).write_text(_pdftotext(pdf, "-layout"), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
