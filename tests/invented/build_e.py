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
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

ETHNIC = "e_tinh-thuongson_146-kh-ubnd_2026_muc-tieu-linh-vuc.docx"
RESOLUTION_MD = "e_hdnd-namlinh_27-nq-hdnd_2016_chi-tieu-5-nam-md.md"
POVERTY_PDF = "e_huyen-tanbinhlam_87-kh-ubnd_2018_giam-ngheo-bang-nam.pdf"


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


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ETHNIC).write_bytes(ethnic_plan())
    (folder / RESOLUTION_MD).write_text(RESOLUTION_MD_TEXT, encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF not written", file=sys.stderr)
        return
    (folder / POVERTY_PDF).write_bytes(_soffice(poverty_plan(), POVERTY_PDF, "pdf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
