"""Invented documents of hold-out round H3: reports and letters full of figures that are NOT
plans (precision). A report's numbers are mostly results; only its directions part sets targets.

- a province's Báo cáo on a year's results of a national target programme and the directions for
  the next year, Word exported to PDF: results by field with many percents and "so với cùng kỳ", a
  results table "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)" (no money), the
  programme's funds and their disbursement in prose, a per-capita income and a credit balance that
  are no budget sums, then "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" with its targets (one a range
  "65%-70%" with the year at the sentence end) and lettered tasks with lead agencies;
- a district's Báo cáo sơ kết 6 tháng (.docx): revenue "ước đạt ... so với dự toán", spending,
  disbursement "giải ngân ... đạt 45,2% kế hoạch vốn", a budget table of the half-year (triệu
  đồng, a "Tỷ lệ (%)" column), tasks for the last six months that say "phấn đấu" without a Mục
  tiêu heading, and the funds of the next half-year's plan;
- a department's (Sở) Công văn as pdftotext -layout text asking districts to report and to carry
  out tasks with deadlines (rates per person and a fine are no budget sums);
- a province's Tờ trình to the HĐND proposing a resolution, with its money by year, as a portal page
  (.html);
- a Báo cáo thẩm tra of an HĐND committee (Ban Kinh tế - Ngân sách) reviewing the budget estimate
  (.md scrape);
- a Quyết định phân bổ vốn whose Điều 1 states the money per project, with its annex table (.md);
- a district HĐND's Nghị quyết of 2009 whose Điều 1 approves the year's results and Điều 2 sets the next
  year's targets, saved as a legacy .doc;
- a Sở's report with a results table ("Kế hoạch 2020 | Ước thực hiện 2020 | So sánh (%)") and, under the next
  year's "Mục tiêu, chỉ tiêu", a table of its targets ("Kế hoạch 2021") (.docx).

Everything is invented (the provinces, names, numbers, dates). `python -m tests.invented.build_h3
OUTDIR` writes the files; the PDF and the .doc need soffice (their bytes carry the time of the
conversion, so the files in raw/ are the ones the golds were written against, and are kept).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_r import _soffice
from tests.invented.build_u import _body
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

PROVINCE_REPORT = "h3_tinh-thanhlinh_412-bc-ubnd_2025_giam-ngheo-ket-qua.pdf"
HALF_YEAR = "h3_huyen-anphuoc_205-bc-ubnd_2023_so-ket-6-thang.docx"
LETTER = "h3_syt-bacthanh_1186-syt-khtc_2019_cong-van-layout.txt"
SUBMISSION = "h3_tinh-phulam_95-ttr-ubnd_2017_to-trinh-portal.html"
REVIEW = "h3_hdnd-donggiang_48-bc-hdnd_2021_tham-tra-du-toan-md.md"
ALLOCATION = "h3_huyen-kronghoa_1542-qd-ubnd_2014_phan-bo-von-ntm-md.md"
RESOLUTION = "h3_hdnd-thachbinh_18-nq-hdnd_2009_nhiem-vu-2010.doc"
DEPARTMENT = "h3_snn-quangdien_312-bc-snn_2020_bang-chi-tieu.docx"


def _front(doc, left: list[str], place_date: str, kind: str, title: str) -> None:
    _layout(doc, left, [*MOTTO, place_date], bold=(2, 2))
    _paragraph(doc, kind, bold=True, center=True, size=14)
    _paragraph(doc, title, bold=True, center=True)


# ---------------------------------------------------------------------------
# 1. The province's report on a year's results of a programme and the next year's directions.

def province_report() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THANH LĨNH", "-------", "Số: 412/BC-UBND"],
           "Thanh Lĩnh, ngày 08 tháng 12 năm 2025", "BÁO CÁO",
           "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025 và phương hướng, "
           "nhiệm vụ năm 2026")
    _body(doc, (
        ("p", "Thực hiện Công văn số 3175/BNNMT-VPGN ngày 14 tháng 11 năm 2025 của Bộ Nông nghiệp và Môi trường "
              "về việc báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025, Ủy "
              "ban nhân dân tỉnh Thanh Lĩnh báo cáo như sau:"),
        ("h", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
        ("h", "1. Công tác lãnh đạo, chỉ đạo, điều hành"),
        ("p", "Ủy ban nhân dân tỉnh đã ban hành 14 văn bản chỉ đạo, điều hành thực hiện Chương trình; kiện toàn Ban "
              "Chỉ đạo các chương trình mục tiêu quốc gia tỉnh sau khi sắp xếp đơn vị hành chính cấp xã. Có 100% "
              "xã, phường xây dựng và ban hành kế hoạch thực hiện Chương trình năm 2025 đúng thời hạn; 96,8% cán bộ "
              "làm công tác giảm nghèo cấp xã được tập huấn nghiệp vụ."),
        ("h", "2. Kết quả thực hiện các chỉ tiêu giảm nghèo"),
        ("p", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 5,86% cuối năm 2024 xuống còn 4,31% cuối năm 2025 "
              "(giảm 1,55%, vượt 0,25% so với kế hoạch); tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 3,9%, đạt "
              "97,5% kế hoạch. Tỷ lệ hộ cận nghèo còn 3,12%, giảm 0,84% so với cùng kỳ năm 2024."),
        ("p", "Thu nhập bình quân đầu người của hộ nghèo ước đạt 26,4 triệu đồng/người/năm, tăng 11,2% so với năm "
              "2024. Có 98,2% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế."),
        ("p", "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2025"),
    ))
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
            ["1", "Tỷ lệ hộ nghèo đa chiều cuối năm", "%", "4,56", "4,31", "105,8"],
            ["2", "Số hộ thoát nghèo", "hộ", "5.200", "5.486", "105,5"],
            ["3", "Số lao động được hỗ trợ việc làm bền vững", "người", "3.000", "3.342", "111,4"],
            ["4", "Tỷ lệ lao động thuộc hộ nghèo qua đào tạo", "%", "40", "38,6", "96,5"],
            ["5", "Số nhà ở được hỗ trợ xây mới, sửa chữa", "căn", "850", "812", "95,5"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 6.8, 2.0, 2.0, 2.0, 2.0])
    _body(doc, (
        ("h", "3. Kết quả huy động, phân bổ và giải ngân nguồn vốn"),
        ("p", "Tổng nguồn vốn thực hiện Chương trình năm 2025 là 486.215 triệu đồng, gồm: ngân sách trung ương "
              "421.870 triệu đồng (vốn đầu tư phát triển 276.450 triệu đồng, vốn sự nghiệp 145.420 triệu đồng); "
              "ngân sách tỉnh đối ứng 64.345 triệu đồng."),
        ("p", "Đến ngày 30/11/2025, toàn tỉnh giải ngân 352.718 triệu đồng, đạt 72,5% kế hoạch vốn, tăng 9,3% so "
              "với cùng kỳ năm 2024; trong đó vốn đầu tư phát triển giải ngân 231.604 triệu đồng, đạt 83,8%; vốn sự "
              "nghiệp giải ngân 121.114 triệu đồng, đạt 83,3%."),
        ("p", "Tổng dư nợ cho vay hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo qua Ngân hàng Chính sách xã hội đạt "
              "3.862 tỷ đồng, tăng 7,4% so với cùng kỳ; nợ quá hạn chiếm 0,21% tổng dư nợ."),
        ("h", "4. Kết quả thực hiện các dự án thành phần"),
        ("p", "Dự án 1 đầu tư 46 công trình hạ tầng kinh tế - xã hội tại các xã đặc biệt khó khăn, trong đó 38 công "
              "trình đã hoàn thành, đạt 82,6%. Dự án 4 hỗ trợ đào tạo nghề cho 2.145 lao động, 68,5% lao động có "
              "việc làm sau đào tạo. Dự án 5 hỗ trợ xây mới, sửa chữa 812 căn nhà, đạt 95,5% kế hoạch."),
        ("h", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
        ("p", "Tiến độ giải ngân vốn sự nghiệp ở một số xã còn chậm, có 7 xã giải ngân dưới 50% kế hoạch vốn được "
              "giao. Tỷ lệ hộ tái nghèo còn 0,35%, chủ yếu do thiên tai và ốm đau. Nguyên nhân chủ yếu do hướng "
              "dẫn của Trung ương ban hành chậm, năng lực cán bộ cấp xã sau sắp xếp còn hạn chế."),
        ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
        ("h", "1. Mục tiêu, chỉ tiêu năm 2026"),
        ("p", "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 3,3%;"),
        ("p", "- Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm trên 3%;"),
        ("p", "- Phấn đấu 65%-70% người lao động thuộc hộ nghèo, hộ cận nghèo được đào tạo nghề có việc làm ổn định "
              "năm 2026."),
        ("p", "- 100% hộ nghèo, hộ cận nghèo được hỗ trợ cấp thẻ bảo hiểm y tế."),
        ("h", "2. Nhiệm vụ, giải pháp chủ yếu"),
        ("p", "a) Rà soát, phân bổ kịp thời kế hoạch vốn năm 2026 ngay sau khi được Trung ương giao. Sở Tài chính "
              "chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu Ủy ban nhân dân tỉnh trước ngày "
              "31/01/2026."),
        ("p", "b) Đẩy mạnh đào tạo nghề, kết nối việc làm cho lao động thuộc hộ nghèo, hộ cận nghèo. Sở Nội vụ chủ "
              "trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện."),
        ("p", "c) Tiếp tục hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo còn khó khăn về nhà ở. Sở Xây dựng chủ trì, phối "
              "hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh thực hiện."),
        ("p", "d) Tăng cường kiểm tra, giám sát việc quản lý, sử dụng vốn Chương trình. Sở Tài chính chủ trì, phối "
              "hợp với Kho bạc Nhà nước khu vực XI thực hiện."),
        ("h", "3. Nguồn lực thực hiện"),
        ("p", "Dự kiến tổng vốn thực hiện Chương trình năm 2026 là 445.600 triệu đồng, trong đó: ngân sách trung "
              "ương 398.000 triệu đồng; ngân sách tỉnh đối ứng 47.600 triệu đồng."),
        ("h", "IV. KIẾN NGHỊ, ĐỀ XUẤT"),
        ("p", "Đề nghị Bộ Nông nghiệp và Môi trường sớm hướng dẫn tiêu chí phân bổ vốn sự nghiệp năm 2026 để địa "
              "phương chủ động triển khai./."),
    ))
    closing(doc, ["- Bộ Nông nghiệp và Môi trường;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lò Văn Thắng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. The district's half-year report: revenue, spending and disbursement results, a half-year
# budget table with a ratio column, tasks that say "phấn đấu" under no Mục tiêu heading.

def half_year_report() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN AN PHƯỚC", "-------", "Số: 205/BC-UBND"],
           "An Phước, ngày 05 tháng 7 năm 2023", "BÁO CÁO",
           "Sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm "
           "6 tháng cuối năm 2023")
    _body(doc, (
        ("h", "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2023"),
        ("h", "1. Sản xuất nông nghiệp"),
        ("p", "Tổng diện tích gieo trồng vụ Đông Xuân đạt 12.460 ha, bằng 101,3% so với cùng kỳ; năng suất lúa bình "
              "quân đạt 68,2 tạ/ha. Tổng đàn gia súc tăng 4,6% so với cùng kỳ; tỷ lệ tiêm phòng vắc xin cho đàn "
              "gia súc đạt 92,4%."),
        ("h", "2. Công nghiệp, thương mại, dịch vụ"),
        ("p", "Giá trị sản xuất công nghiệp ước đạt 1.845 tỷ đồng, tăng 8,1% so với cùng kỳ. Tổng mức bán lẻ hàng "
              "hóa và doanh thu dịch vụ ước đạt 2.310 tỷ đồng, đạt 48,7% kế hoạch năm."),
        ("h", "3. Thu, chi ngân sách"),
        ("p", "Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 6 tháng là 86.420 triệu đồng, đạt 52,4% dự "
              "toán tỉnh giao, tăng 6,3% so với cùng kỳ; trong đó thu tiền sử dụng đất 31.500 triệu đồng, đạt 45% "
              "dự toán."),
        ("p", "Tổng chi ngân sách huyện ước thực hiện 6 tháng là 312.680 triệu đồng, đạt 47,9% dự toán; trong đó "
              "chi thường xuyên 238.150 triệu đồng, đạt 51,2% dự toán."),
        ("h", "4. Đầu tư công"),
        ("p", "Kế hoạch vốn đầu tư công năm 2023 của huyện là 148.600 triệu đồng. Đến ngày 30/6/2023, giải ngân "
              "67.170 triệu đồng, đạt 45,2% kế hoạch vốn, cao hơn bình quân chung của tỉnh (38,6%)."),
        ("h", "5. Văn hóa - xã hội"),
        ("p", "Tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%; tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt 99,1%. "
              "Đã giải quyết việc làm cho 1.260 lao động, đạt 52,5% kế hoạch năm. Mức chi trợ cấp xã hội hằng "
              "tháng cho người cao tuổi là 360.000 đồng/người/tháng."),
        ("p", "Kết quả thu, chi ngân sách 6 tháng đầu năm 2023 (Đơn vị tính: triệu đồng)"),
    ))
    rows = [["TT", "Nội dung", "Dự toán năm 2023", "Thực hiện 6 tháng", "Tỷ lệ (%)"],
            ["I", "Tổng thu ngân sách nhà nước trên địa bàn", "164.900", "86.420", "52,4"],
            ["1", "Thu tiền sử dụng đất", "70.000", "31.500", "45,0"],
            ["II", "Tổng chi ngân sách huyện", "652.800", "312.680", "47,9"],
            ["1", "Chi thường xuyên", "465.140", "238.150", "51,2"]]
    table = _table(doc, rows)
    _widths(table, [1.0, 7.0, 2.6, 2.6, 2.0])
    _body(doc, (
        ("h", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023"),
        ("p", "1. Tập trung chăm sóc, phòng trừ sâu bệnh cho cây trồng vụ Hè Thu; chủ động phòng, chống thiên tai."),
        ("p", "2. Phấn đấu thu ngân sách nhà nước trên địa bàn đạt 100% dự toán tỉnh giao; tăng cường chống thất "
              "thu, xử lý nợ đọng thuế."),
        ("p", "3. Đẩy nhanh tiến độ thi công và giải ngân vốn đầu tư công, phấn đấu đến ngày 31/12/2023 giải ngân "
              "trên 95% kế hoạch vốn."),
        ("p", "4. Nâng cao chất lượng giáo dục, chuẩn bị tốt các điều kiện cho năm học 2023 - 2024."),
        ("p", "Để thực hiện các nhiệm vụ trên, dự toán chi ngân sách huyện 6 tháng cuối năm còn lại là 340.120 "
              "triệu đồng."),
    ))
    closing(doc, ["- UBND tỉnh Hòa Bắc;", "- TT Huyện ủy, TT HĐND huyện;", "- Các cơ quan, đơn vị huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Huỳnh Tấn Lộc"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 3. A department's letter as pdftotext -layout text: a result sentence, rates, a fine, then numbered
# requests each opening with the agency and a colon, deadlines.

LETTER_TEXT = """\
      UBND TỈNH BẮC THẠNH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ Y TẾ                           Độc lập - Tự do - Hạnh phúc
        -----------------                    ---------------------------

     Số: 1186/SYT-KHTC                   Bắc Thạnh, ngày 24 tháng 9 năm 2019
V/v báo cáo tình hình thực hiện dự
toán năm 2019 và triển khai công tác
phòng, chống dịch sốt xuất huyết

                       Kính gửi:
                                 - Ủy ban nhân dân các huyện, thị xã, thành phố;
                                 - Trung tâm Kiểm soát bệnh tật tỉnh;
                                 - Các đơn vị y tế trực thuộc Sở.

      Thực hiện Công văn số 2874/UBND-KGVX ngày 16 tháng 9 năm 2019 của Ủy ban nhân dân
tỉnh về việc đánh giá tình hình thực hiện dự toán ngân sách nhà nước năm 2019, Sở Y tế
thông tin và đề nghị các đơn vị như sau:

      Tổng dự toán chi sự nghiệp y tế năm 2019 giao cho các đơn vị trực thuộc Sở là 78.530
triệu đồng; đến ngày 31/8/2019 các đơn vị đã giải ngân 48.215 triệu đồng, đạt 61,4% dự
toán, thấp hơn cùng kỳ năm 2018 (66,2%). Có 9/24 đơn vị giải ngân dưới 50% dự toán.

      Từ đầu năm đến nay, toàn tỉnh ghi nhận 1.846 ca mắc sốt xuất huyết, tăng 35,6% so với
cùng kỳ; 92,3% ổ dịch được xử lý trong vòng 48 giờ. Mức hỗ trợ cho cộng tác viên tham gia
chiến dịch diệt lăng quăng là 30.000 đồng/người/ngày; chi phí phun hóa chất bình quân
1.200.000 đồng/ổ dịch. Qua kiểm tra, 14 cơ sở kinh doanh vi phạm quy định vệ sinh môi
trường đã bị xử phạt vi phạm hành chính với tổng số tiền 46,5 triệu đồng.

      Để bảo đảm hoàn thành dự toán được giao và chủ động kiểm soát dịch bệnh, Sở Y tế đề
nghị:

      1. Ủy ban nhân dân các huyện, thị xã, thành phố:
      - Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn tổ chức chiến dịch vệ sinh môi
trường, diệt lăng quăng, bọ gậy trước ngày 15/10/2019;
      - Bố trí kinh phí địa phương hỗ trợ công tác phòng, chống dịch tại cơ sở.

      2. Trung tâm Kiểm soát bệnh tật tỉnh:
      - Chủ trì, phối hợp với Trung tâm Y tế các huyện giám sát ca bệnh, xử lý triệt để ổ
dịch, báo cáo tình hình dịch hằng tuần vào thứ Sáu;
      - Bảo đảm đủ hóa chất, vật tư phục vụ phun xử lý ổ dịch.

      3. Các đơn vị y tế trực thuộc Sở:
      - Rà soát các nhiệm vụ chi, phấn đấu giải ngân đạt trên 90% dự toán trước ngày
31/12/2019;
      - Báo cáo tình hình thực hiện dự toán 9 tháng, ước thực hiện cả năm 2019 về Sở Y tế
(qua Phòng Kế hoạch - Tài chính) trước ngày 05/10/2019.

      Sở Y tế đề nghị các đơn vị khẩn trương triển khai thực hiện./.

Nơi nhận:                                             KT. GIÁM ĐỐC
- Như trên;                                          PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, KHTC.                                   Nguyễn Thị Hồng Vân
"""


# ---------------------------------------------------------------------------
# 4. A province's Tờ trình to the HĐND as a portal page: results of the past period (percents, a
# per-capita income), the draft resolution's targets, support rates, and the money by year.

SUBMISSION_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tờ trình 95/TTr-UBND dự thảo Nghị quyết chính sách hỗ trợ sản xuất nông nghiệp hàng hóa</title></head>
<body>
<div class="top"><a href="/">Cổng thông tin điện tử tỉnh Phú Lâm</a> &gt; <a href="/van-ban">Văn bản dự thảo</a></div>
<div class="content">
<table class="doc-header"><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH PHÚ LÂM</b><br>-------<br>Số: 95/TTr-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Phú Lâm, ngày 20 tháng 11 năm 2017</i></td></tr></table>
<p align="center"><b>TỜ TRÌNH</b></p>
<p align="center"><b>Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa trên địa bàn tỉnh Phú Lâm giai đoạn 2018 - 2020</b></p>
<p align="center">Kính gửi: Hội đồng nhân dân tỉnh khóa IX, kỳ họp thứ năm.</p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</p>
<p>Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;</p>
<p>Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa trên địa bàn tỉnh giai đoạn 2018 - 2020 như sau:</p>
<p><b>I. SỰ CẦN THIẾT BAN HÀNH NGHỊ QUYẾT</b></p>
<p>Giai đoạn 2011 - 2016, giá trị sản xuất nông nghiệp của tỉnh tăng bình quân 3,8%/năm; thu nhập bình quân đầu người khu vực nông thôn đạt 31,5 triệu đồng/người/năm. Tuy nhiên, sản xuất còn nhỏ lẻ: diện tích được chứng nhận VietGAP mới đạt 4,2%, chỉ 11,6% hợp tác xã nông nghiệp liên kết tiêu thụ sản phẩm; giá trị xuất khẩu nông sản năm 2016 đạt 412 triệu USD, giảm 2,4% so với năm 2015.</p>
<p><b>II. MỤC ĐÍCH, QUAN ĐIỂM XÂY DỰNG NGHỊ QUYẾT</b></p>
<p>Tạo động lực khuyến khích các tổ chức, cá nhân đầu tư sản xuất nông nghiệp hàng hóa quy mô lớn, gắn với tiêu thụ sản phẩm; chính sách bảo đảm công khai, minh bạch, phù hợp với khả năng cân đối ngân sách của tỉnh.</p>
<p><b>III. NỘI DUNG CHỦ YẾU CỦA DỰ THẢO NGHỊ QUYẾT</b></p>
<p><b>1. Phạm vi điều chỉnh, đối tượng áp dụng</b></p>
<p>Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hóa trên địa bàn tỉnh; đối tượng áp dụng là hộ gia đình, tổ hợp tác, hợp tác xã, doanh nghiệp đầu tư sản xuất nông nghiệp.</p>
<p><b>2. Mục tiêu</b></p>
<p>- Đến năm 2020, diện tích sản xuất nông nghiệp được chứng nhận VietGAP đạt 10%;</p>
<p>- Có ít nhất 30% hợp tác xã nông nghiệp liên kết tiêu thụ sản phẩm với doanh nghiệp vào năm 2020;</p>
<p>- Giá trị sản xuất nông nghiệp tăng bình quân 4,5%/năm trong giai đoạn 2018 - 2020.</p>
<p><b>3. Nội dung và mức hỗ trợ</b></p>
<p>a) Hỗ trợ 50% chi phí mua giống cây trồng có năng suất, chất lượng cao, tối đa 5 triệu đồng/ha;</p>
<p>b) Hỗ trợ 100% chi phí cấp giấy chứng nhận VietGAP lần đầu, tối đa 40 triệu đồng/cơ sở;</p>
<p>c) Hỗ trợ lãi suất vốn vay đầu tư cơ sở sơ chế, bảo quản nông sản trong 24 tháng, mức vay tối đa 2 tỷ đồng/dự án.</p>
<p><b>4. Kinh phí thực hiện</b></p>
<p>Tổng kinh phí thực hiện chính sách giai đoạn 2018 - 2020 là 126.500 triệu đồng, từ nguồn ngân sách tỉnh, trong đó: năm 2018 là 38.000 triệu đồng; năm 2019 là 42.500 triệu đồng; năm 2020 là 46.000 triệu đồng.</p>
<p><b>IV. ĐỀ NGHỊ</b></p>
<p>Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.</p>
<p><i>(Gửi kèm theo: Dự thảo Nghị quyết; Báo cáo tổng hợp ý kiến góp ý.)</i></p>
<table class="doc-sign"><tr><td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- TT Tỉnh ủy;<br>- Đại biểu HĐND tỉnh;<br>- Lưu: VT, KT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br><br>Đặng Quốc Hưng</b></td></tr></table>
</div>
<div class="footer">Lượt xem: 1.284 | Bản quyền thuộc Văn phòng UBND tỉnh Phú Lâm</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# 5. An HĐND committee's review (Báo cáo thẩm tra) of the budget estimate as a Markdown scrape: the
# year's results and next year's estimate in tỷ đồng with decimal commas, GRDP beside them, and the
# committee's recommendations to the UBND (requests, no tasks).

REVIEW_MD = """\
| **HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG GIANG BAN KINH TẾ - NGÂN SÁCH** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 48/BC-HĐND | *Đông Giang, ngày 03 tháng 12 năm 2021* |

**BÁO CÁO**

**THẨM TRA DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2022 VÀ PHƯƠNG ÁN PHÂN BỔ NGÂN SÁCH CẤP TỈNH NĂM 2022**

Thực hiện Kế hoạch số 112/KH-HĐND ngày 05 tháng 11 năm 2021 của Thường trực Hội đồng nhân dân tỉnh về tổ chức kỳ họp thứ ba, Hội đồng nhân dân tỉnh khóa X, Ban Kinh tế - Ngân sách báo cáo kết quả thẩm tra như sau:

**I. VỀ TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NĂM 2021**

Ban thống nhất với đánh giá của Ủy ban nhân dân tỉnh. Tổng thu ngân sách nhà nước trên địa bàn năm 2021 ước thực hiện 8.246,5 tỷ đồng, đạt 103,1% dự toán, tăng 7,6% so với năm 2020; trong đó thu nội địa 7.318,2 tỷ đồng. Tổng chi ngân sách địa phương ước thực hiện 14.902,7 tỷ đồng, đạt 96,4% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/11/2021 đạt 4.126,3 tỷ đồng, bằng 71,8% kế hoạch. Tổng sản phẩm trên địa bàn (GRDP) năm 2021 ước đạt 96.420 tỷ đồng, tăng 5,2%; thu nhập bình quân đầu người đạt 58,7 triệu đồng.

**II. VỀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2022**

**1. Dự toán thu**

Tổng thu ngân sách nhà nước trên địa bàn năm 2022 là 8.650 tỷ đồng, tăng 4,9% so với ước thực hiện năm 2021; trong đó thu nội địa 7.720 tỷ đồng, thu từ hoạt động xuất nhập khẩu 930 tỷ đồng. Ban nhận thấy dự toán thu được xây dựng tích cực, có cơ sở.

**2. Dự toán chi**

Tổng chi ngân sách địa phương năm 2022 là 15.284,6 tỷ đồng, gồm: chi đầu tư phát triển 4.512,3 tỷ đồng; chi thường xuyên 10.468,9 tỷ đồng; dự phòng ngân sách 303,4 tỷ đồng (chiếm 2% tổng chi). Chi sự nghiệp giáo dục, đào tạo 4.385,2 tỷ đồng, chiếm 41,9% chi thường xuyên, bảo đảm tỷ lệ theo quy định.

**III. KIẾN NGHỊ**

Ban Kinh tế - Ngân sách đề nghị Ủy ban nhân dân tỉnh:

1. Chỉ đạo các cơ quan thu rà soát nguồn thu, phấn đấu thu ngân sách năm 2022 vượt ít nhất 5% dự toán.

2. Chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân trên 95% kế hoạch.

3. Quản lý chặt chẽ chi thường xuyên, tiết kiệm 10% chi thường xuyên tăng thêm để tạo nguồn cải cách tiền lương.

Ban Kinh tế - Ngân sách kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.

| ***Nơi nhận:*** - Thường trực HĐND tỉnh; - UBND tỉnh; - Đại biểu HĐND tỉnh; - Lưu: VT. | **TM. BAN KINH TẾ - NGÂN SÁCH TRƯỞNG BAN** **Trần Minh Khôi** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 6. A district's Quyết định phân bổ vốn as a Markdown chunk: Điều 1 states the money of each commune
# (one split in two works), then the annex "Tổng mức đầu tư | Kế hoạch vốn năm 2014 (đợt 2)".

ALLOCATION_MD = """\
| **ỦY BAN NHÂN DÂN HUYỆN KRÔNG HÒA** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 1542/QĐ-UBND | *Krông Hòa, ngày 15 tháng 10 năm 2014* |

**QUYẾT ĐỊNH**

**VỀ VIỆC PHÂN BỔ KẾ HOẠCH VỐN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2014 (ĐỢT 2)**

**ỦY BAN NHÂN DÂN HUYỆN KRÔNG HÒA**

*Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;*

*Căn cứ Quyết định số 2315/QĐ-UBND ngày 12 tháng 8 năm 2014 của Ủy ban nhân dân tỉnh Đắk Hòa về việc giao kế hoạch vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2014 (đợt 2);*

*Theo đề nghị của Trưởng phòng Tài chính - Kế hoạch tại Tờ trình số 86/TTr-TCKH ngày 08 tháng 10 năm 2014,*

**QUYẾT ĐỊNH:**

**Điều 1.** Phân bổ kế hoạch vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2014 (đợt 2) cho các xã với tổng số vốn 9.860 triệu đồng (vốn ngân sách trung ương), cụ thể như sau:

1. Xã Ea Tiêu: 3.250 triệu đồng để xây dựng đường giao thông liên thôn 2 - thôn 5 (dài 2,4 km);

2. Xã Hòa Phong: 2.840 triệu đồng để xây dựng nhà văn hóa xã;

3. Xã Cư Pơng: 3.770 triệu đồng, trong đó: kênh mương nội đồng 2.150 triệu đồng; trường mầm non Hoa Sen 1.620 triệu đồng.

(Chi tiết tại Phụ lục kèm theo)

**Điều 2.** Ủy ban nhân dân các xã có tên tại Điều 1 tổ chức thực hiện, quản lý, thanh quyết toán vốn theo đúng quy định; Phòng Tài chính - Kế hoạch hướng dẫn, kiểm tra việc sử dụng vốn.

**Điều 3.** Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Tài chính - Kế hoạch, Giám đốc Kho bạc Nhà nước huyện, Chủ tịch Ủy ban nhân dân các xã Ea Tiêu, Hòa Phong, Cư Pơng chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.

| ***Nơi nhận:*** - Như Điều 3; - UBND tỉnh Đắk Hòa (b/c); - Sở Kế hoạch và Đầu tư; - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH** **Y Bhim Êban** |
|---|---|

PHỤ LỤC

DANH MỤC CÔNG TRÌNH VÀ KẾ HOẠCH VỐN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2014 (ĐỢT 2)

*(Kèm theo Quyết định số 1542/QĐ-UBND ngày 15 tháng 10 năm 2014 của Ủy ban nhân dân huyện Krông Hòa)*

ĐVT: triệu đồng

| STT | Danh mục công trình | Địa điểm | Tổng mức đầu tư | Kế hoạch vốn năm 2014 (đợt 2) | Ghi chú |
|---|---|---|---|---|---|
|  | TỔNG CỘNG |  | 15.420 | 9.860 |  |
| 1 | Đường giao thông liên thôn 2 - thôn 5 | Xã Ea Tiêu | 5.100 | 3.250 |  |
| 2 | Nhà văn hóa xã | Xã Hòa Phong | 3.900 | 2.840 |  |
| 3 | Kênh mương nội đồng | Xã Cư Pơng | 3.600 | 2.150 |  |
| 4 | Trường mầm non Hoa Sen | Xã Cư Pơng | 2.820 | 1.620 | Chuyển tiếp |
"""


# ---------------------------------------------------------------------------
# 7. A district HĐND's resolution of 2009 on the next year's tasks, typed in Word and saved as a legacy
# .doc: Điều 1 approves the year's results (percents, revenue, investment of the whole society), Điều 2
# sets the targets for 2010 (one a range "30%-35%" closed by its year), Điều 3 the tasks, Điều 4 who
# carries it out and who supervises.

def district_resolution() -> bytes:
    doc = _new()
    _layout(doc, ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN THẠCH BÌNH", "-------", "Số: 18/NQ-HĐND"],
            [*MOTTO, "Thạch Bình, ngày 22 tháng 12 năm 2009"], bold=(2, 2))
    _paragraph(doc, "NGHỊ QUYẾT", bold=True, center=True, size=14)
    _paragraph(doc, "Về nhiệm vụ phát triển kinh tế - xã hội năm 2010", bold=True, center=True)
    _paragraph(doc, "HỘI ĐỒNG NHÂN DÂN HUYỆN THẠCH BÌNH", bold=True, center=True)
    _paragraph(doc, "KHÓA XVIII, KỲ HỌP THỨ 12", bold=True, center=True)
    _body(doc, (
        ("p", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
        ("p", "Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;"),
        ("p", "Sau khi xem xét báo cáo của Ủy ban nhân dân huyện về tình hình thực hiện nhiệm vụ phát triển kinh tế - "
              "xã hội năm 2009, phương hướng, nhiệm vụ năm 2010; báo cáo thẩm tra của các Ban Hội đồng nhân dân "
              "huyện và ý kiến thảo luận của đại biểu Hội đồng nhân dân huyện,"),
    ))
    _paragraph(doc, "QUYẾT NGHỊ:", bold=True, center=True)
    _body(doc, (
        ("p", "Điều 1. Tán thành đánh giá kết quả thực hiện nhiệm vụ năm 2009 của Ủy ban nhân dân huyện. Năm 2009, tốc "
              "độ tăng giá trị sản xuất đạt 11,2%, vượt 0,7% so với Nghị quyết; thu ngân sách trên địa bàn đạt 38.640 "
              "triệu đồng, bằng 112,5% dự toán; tổng vốn đầu tư toàn xã hội đạt 215 tỷ đồng; thu nhập bình quân đầu "
              "người đạt 9,8 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 14,6%; 72% số hộ dùng nước hợp vệ sinh."),
        ("p", "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2010"),
        ("p", "1. Mục tiêu tổng quát: Huy động mọi nguồn lực, duy trì tốc độ tăng trưởng kinh tế hợp lý, gắn với giảm "
              "nghèo bền vững và bảo đảm quốc phòng, an ninh."),
        ("p", "2. Các chỉ tiêu chủ yếu:"),
        ("p", "- Tốc độ tăng giá trị sản xuất đạt 11,5% trở lên;"),
        ("p", "- Thu ngân sách nhà nước trên địa bàn đạt 41.500 triệu đồng;"),
        ("p", "- Tỷ lệ hộ nghèo giảm còn dưới 12%;"),
        ("p", "- Tỷ lệ hộ dùng nước hợp vệ sinh đạt 78%;"),
        ("p", "- Phấn đấu 30%-35% số trường học đạt chuẩn quốc gia năm 2010."),
        ("p", "Điều 3. Nhiệm vụ và giải pháp chủ yếu"),
        ("p", "1. Chuyển dịch cơ cấu cây trồng, vật nuôi theo hướng sản xuất hàng hóa; mở rộng diện tích lúa lai, ngô "
              "lai ở các xã vùng thấp."),
        ("p", "2. Đẩy nhanh tiến độ xây dựng cơ bản; tập trung vốn cho các công trình chuyển tiếp, phấn đấu giải ngân "
              "100% kế hoạch vốn."),
        ("p", "3. Thực hiện tốt các chính sách an sinh xã hội; nâng cao chất lượng giáo dục, y tế ở cơ sở."),
        ("p", "Điều 4. Tổ chức thực hiện"),
        ("p", "Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này. Thường trực Hội đồng nhân dân, các Ban của "
              "Hội đồng nhân dân và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết."),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân huyện Thạch Bình khóa XVIII, kỳ họp thứ 12 thông qua ngày 22 "
              "tháng 12 năm 2009./."),
    ))
    closing(doc, ["- TT HĐND tỉnh;", "- UBND tỉnh;", "- TT Huyện ủy;", "- Đại biểu HĐND huyện;",
                  "- UBND các xã, thị trấn;", "- Lưu: VT."],
            ["CHỦ TỊCH", "", "", "Lê Văn Đồng"])
    # (an empty last paragraph: LibreOffice drops a .doc's last table, as build_r notes)
    _paragraph(doc, "")
    return _save(doc)


# ---------------------------------------------------------------------------
# 8. A department's (Sở) report on the year and the plan of the next as .docx: a results table
# "Kế hoạch 2020 | Ước thực hiện 2020 | So sánh (%)" (no targets), then under "1. Mục tiêu, chỉ tiêu năm 2021"
# a table of the next year's targets "Kế hoạch 2021" (the targets), a rate per ha and an export value in USD.

def department_report() -> bytes:
    doc = _new()
    _front(doc, ["UBND TỈNH QUẢNG ĐIỀN", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "-------", "Số: 312/BC-SNN"],
           "Quảng Điền, ngày 14 tháng 12 năm 2020", "BÁO CÁO",
           "Kết quả thực hiện kế hoạch năm 2020 và kế hoạch năm 2021 ngành nông nghiệp và phát triển nông thôn")
    _body(doc, (
        ("p", "Thực hiện Công văn số 4120/UBND-KT ngày 02 tháng 11 năm 2020 của Ủy ban nhân dân tỉnh về việc xây "
              "dựng kế hoạch phát triển kinh tế - xã hội năm 2021, Sở Nông nghiệp và Phát triển nông thôn báo cáo "
              "như sau:"),
        ("h", "I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2020"),
        ("p", "Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản ước đạt 3,2%, đạt 97% kế hoạch; giá trị sản phẩm thu "
              "hoạch trên 1 ha đất trồng trọt đạt 98,5 triệu đồng/ha; kim ngạch xuất khẩu nông, lâm, thủy sản đạt "
              "186 triệu USD, tăng 4,5% so với năm 2019. Tỷ lệ che phủ rừng đạt 47,8%; có 58/112 xã đạt chuẩn nông "
              "thôn mới, chiếm 51,8%."),
        ("p", "Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2020"),
    ))
    rows = [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2020", "Ước thực hiện 2020", "So sánh (%)"],
            ["1", "Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản", "%", "3,3", "3,2", "97,0"],
            ["2", "Tỷ lệ che phủ rừng", "%", "47,5", "47,8", "100,6"],
            ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "60", "58", "96,7"],
            ["4", "Tỷ lệ dân số nông thôn dùng nước hợp vệ sinh", "%", "95", "95,6", "100,6"]]
    _widths(_table(doc, rows), [1.0, 6.5, 1.5, 2.4, 2.6, 2.0])
    _body(doc, (
        ("p", "Vốn đầu tư công ngành nông nghiệp năm 2020 được giao 385.400 triệu đồng; đến ngày 30/11/2020 giải "
              "ngân 271.250 triệu đồng, đạt 70,4% kế hoạch."),
        ("h", "II. KẾ HOẠCH NĂM 2021"),
        ("h", "1. Mục tiêu, chỉ tiêu năm 2021"),
        ("p", "Bảng 2. Các chỉ tiêu chủ yếu năm 2021"),
    ))
    rows = [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2021"],
            ["1", "Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản", "%", "3,5"],
            ["2", "Tỷ lệ che phủ rừng", "%", "48"],
            ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "66"],
            ["4", "Tỷ lệ dân số nông thôn dùng nước hợp vệ sinh", "%", "96"]]
    _widths(_table(doc, rows), [1.0, 8.5, 1.5, 3.0])
    _body(doc, (
        ("h", "2. Nhiệm vụ, giải pháp chủ yếu"),
        ("p", "a) Tổ chức sản xuất vụ Đông Xuân 2020 - 2021 đúng khung thời vụ. Chi cục Trồng trọt và Bảo vệ thực vật "
              "chủ trì, phối hợp với Ủy ban nhân dân các huyện thực hiện."),
        ("p", "b) Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025. Văn phòng "
              "Điều phối nông thôn mới tỉnh chủ trì, phối hợp với Sở Tài chính thực hiện."),
        ("p", "c) Quản lý, bảo vệ và phát triển rừng bền vững. Chi cục Kiểm lâm chủ trì, phối hợp với Công an tỉnh "
              "thực hiện."),
        ("h", "3. Kế hoạch vốn năm 2021"),
        ("p", "Dự kiến nhu cầu vốn đầu tư công năm 2021 của ngành là 412.000 triệu đồng, trong đó ngân sách trung ương "
              "265.000 triệu đồng, ngân sách tỉnh 147.000 triệu đồng./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Sở Kế hoạch và Đầu tư;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, KHTC."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hoàng Minh Tuấn"])
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HALF_YEAR).write_bytes(half_year_report())
    (folder / DEPARTMENT).write_bytes(department_report())
    (folder / LETTER).write_text(LETTER_TEXT, encoding="utf-8")
    (folder / SUBMISSION).write_text(SUBMISSION_HTML, encoding="utf-8")
    (folder / REVIEW).write_text(REVIEW_MD, encoding="utf-8")
    (folder / ALLOCATION).write_text(ALLOCATION_MD, encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("soffice not found: the PDF not written", file=sys.stderr)
        return
    # (the PDF carries the time of its conversion: keep the one the gold was written against)
    if not (folder / PROVINCE_REPORT).exists():
        (folder / PROVINCE_REPORT).write_bytes(_soffice(province_report(), PROVINCE_REPORT, "pdf"))
    if not (folder / RESOLUTION).exists():
        (folder / RESOLUTION).write_bytes(_soffice(district_resolution(), RESOLUTION, "doc"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
