"""Invented documents of hold-out round H5: sector plans whose targets and money take the idiom
of their sector (doses, stars, per mille, disbursement shares, tonnes, prize money).

Batch 1:
- a province's vaccination campaign plan of 2021 (.docx): targets by age group with "≥ 95%",
  "tối thiểu 70%", "quý III/2021" deadlines; a table of the doses needed by group (counts and a
  planned share, no money), then an annex of doses and money per district (a doses column beside
  the money columns), rates per person and per dose that are no budget;
- a district's OCOP programme 2023-2025 scraped to Markdown: "ít nhất 15 sản phẩm đạt từ 3 sao trở
  lên" (no percent), "100% xã có sản phẩm", support "50 triệu đồng/sản phẩm" (a rate), the money
  by year in a table;
- a Sở Y tế's population plan as `pdftotext -layout` text: "giảm 0,2‰/năm" (per mille, no percent),
  "dưới 110 bé trai/100 bé gái" (a ratio), "tăng 2 điểm phần trăm" (percentage points), the money by
  source in prose.

Batch 2:
- a province's public-investment disbursement plan of 2024, Word printed to PDF: "giải ngân đạt trên 95% kế
  hoạch vốn" with milestones by date, the year's capital by source in prose with its foreign part in
  brackets, "vốn kéo dài từ năm 2023 chuyển sang", the last year's disbursement, and a table of the
  disbursement by quarter (rows by source, in tỷ đồng with decimals);
- a district's solid-waste plan 2022-2025 on a portal page (.html): "thu gom, xử lý 90% chất thải rắn
  sinh hoạt", tonnes per day and hectares, a table by commune of tonnes and collection shares (no money), a
  fee "30.000 đồng/hộ/tháng" (a rate), the compensation for the land cleared and the money by source in a
  table with a "Nguồn vốn" group header;
- a district's plan for its sports games (Đại hội Thể dục thể thao) of 2013 (.docx): targets of
  participation, the prize money, and an estimate "Nội dung | ĐVT | Số lượng | Đơn giá | Thành tiền" in
  đồng with group rows.

Batch 3:
- a district's election plan of 2021 scraped to Markdown: milestones by date, "tỷ lệ cử tri đi bầu đạt trên 99%",
  a rate per member of a polling team, and the money per commune in đồng beside counts of polling areas and voters
  whose headers name no unit ("Số khu vực bỏ phiếu", "Số cử tri");
- a city's land-clearance (GPMB) plan of 2016 saved as a legacy .doc: hectares and households per project beside
  the compensation (triệu đồng), a completion column ("Quý III/2016"), a compensation rate per m2.

Everything is invented (the provinces, districts, names, numbers, dates). `python -m
tests.invented.build_h5 OUTDIR` writes the files; the PDF-derived text needs soffice and pdftotext
(a file already in OUTDIR is kept: the golds were written against those bytes).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.invented.build_h1 import _new, _save, closing
from tests.invented.build_h3 import _front
from tests.invented.build_r import _soffice
from tests.invented.build_u import _body
from tests.invented.build_z import _pdftotext
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph, _widths

VACCINATION = "h5_tinh-binhlinh_186-kh-ubnd_2021_tiem-vac-xin-theo-huyen.docx"
OCOP = "h5_huyen-hoatan_58-kh-ubnd_2023_ocop-sao-md.md"
POPULATION = "h5_syt-anson_1520-kh-syt_2020_dan-so-phan-nghin-layout.txt"
DISBURSEMENT = "h5_tinh-donglinh_45-kh-ubnd_2024_giai-ngan-theo-quy.pdf"
WASTE = "h5_huyen-phuoclam_132-kh-ubnd_2022_chat-thai-ran-portal.html"
GAMES = "h5_huyen-kyphong_76-kh-ubnd_2013_dai-hoi-tdtt-don-gia.docx"
ELECTION = "h5_huyen-sonky_21-kh-ubnd_2021_bau-cu-kinh-phi-xa-md.md"
CLEARANCE = "h5_tp-phuochai_64-kh-ubnd_2016_gpmb-ha-ho.doc"


def _layout_text(docx: bytes, name: str) -> str:
    """The text `pdftotext -layout` gives of the Word file printed to PDF by LibreOffice."""
    return _pdftotext(_soffice(docx, name, "pdf"), "-layout")


# ---------------------------------------------------------------------------
# 1. A province's vaccination campaign: doses by group, money and doses per district.

def vaccination_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH LĨNH", "-------", "Số: 186/KH-UBND"],
           "Bình Lĩnh, ngày 12 tháng 7 năm 2021", "KẾ HOẠCH",
           "Triển khai chiến dịch tiêm vắc xin phòng COVID-19 trên địa bàn tỉnh Bình Lĩnh năm 2021 - 2022")
    _body(doc, (
        ("p", "Căn cứ Nghị quyết số 21/NQ-CP ngày 26 tháng 02 năm 2021 của Chính phủ về mua và sử dụng vắc xin "
              "phòng COVID-19;"),
        ("p", "Căn cứ Quyết định số 3355/QĐ-BYT ngày 08 tháng 7 năm 2021 của Bộ Y tế ban hành Kế hoạch triển khai "
              "chiến dịch tiêm vắc xin phòng COVID-19 năm 2021 - 2022;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai chiến dịch tiêm vắc xin phòng COVID-19 trên địa "
              "bàn tỉnh năm 2021 - 2022 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Chủ động phòng, chống dịch COVID-19 bằng vắc xin, tiêm cho tối thiểu 70% dân số toàn tỉnh trong năm "
              "2021 và quý I/2022 để đạt miễn dịch cộng đồng, góp phần phục hồi sản xuất, kinh doanh."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Tiếp nhận, bảo quản và sử dụng an toàn 1.250.000 liều vắc xin được Bộ Y tế phân bổ, tỷ lệ hao hụt "
              "vắc xin không vượt quá 5%."),
        ("p", "- Đến hết quý III/2021, ≥ 95% người từ 65 tuổi trở lên và người có bệnh nền được tiêm ít nhất 01 "
              "mũi vắc xin."),
        ("p", "- Đến hết năm 2021, tối thiểu 70% người từ 18 tuổi trở lên được tiêm đủ 02 mũi vắc xin."),
        ("p", "- Đến hết quý I/2022, trên 90% trẻ em từ 12 đến 17 tuổi được tiêm đủ liều."),
        ("p", "- 100% điểm tiêm bảo đảm an toàn tiêm chủng, có tổ cấp cứu lưu động; không để xảy ra tai biến nặng "
              "do sai sót chuyên môn."),
        ("h", "II. ĐỐI TƯỢNG VÀ NHU CẦU VẮC XIN"),
        ("h", "1. Đối tượng"),
        ("p", "Người từ 12 tuổi trở lên đang sinh sống, làm việc trên địa bàn tỉnh, ưu tiên lực lượng tuyến đầu "
              "phòng, chống dịch, người từ 65 tuổi trở lên, người có bệnh nền và công nhân các khu công nghiệp. "
              "Toàn tỉnh có khoảng 819.450 người thuộc đối tượng tiêm."),
        ("h", "2. Nhu cầu vắc xin theo nhóm đối tượng"),
        ("p", "Bảng 1. Dự kiến số liều vắc xin theo nhóm đối tượng"),
    ))
    rows = [["TT", "Nhóm đối tượng", "Số người (ước tính)", "Tỷ lệ tiêm dự kiến (%)", "Số liều cần (liều)"],
            ["1", "Người từ 65 tuổi trở lên", "142.600", "95", "271.000"],
            ["2", "Người từ 18 đến 64 tuổi", "598.400", "70", "837.800"],
            ["3", "Trẻ em từ 12 đến 17 tuổi", "78.450", "90", "141.200"],
            ["", "Tổng cộng", "819.450", "", "1.250.000"]]
    _widths(_table(doc, rows), [1.0, 6.0, 3.0, 3.0, 3.0])
    _body(doc, (
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Tổ chức tiếp nhận, bảo quản, vận chuyển vắc xin. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối "
              "hợp với Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh, an toàn vắc xin; hoàn thành trong "
              "quý III/2021."),
        ("p", "2. Tổ chức các điểm tiêm cố định và lưu động. Trung tâm Y tế các huyện, thành phố chủ trì, phối hợp "
              "với Ủy ban nhân dân các xã, phường, thị trấn thực hiện; mỗi xã, phường, thị trấn có ít nhất 01 điểm "
              "tiêm."),
        ("p", "3. Truyền thông về lợi ích của vắc xin. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Y tế, "
              "Đài Phát thanh và Truyền hình tỉnh thực hiện."),
        ("p", "4. Quản lý đối tượng tiêm trên nền tảng số. Sở Y tế chủ trì, phối hợp với Sở Thông tin và Truyền "
              "thông thực hiện; 100% mũi tiêm được cập nhật trên hệ thống trước ngày 30/9/2021."),
        ("h", "IV. KINH PHÍ"),
        ("p", "1. Vắc xin, bơm kim tiêm, hộp an toàn do Bộ Y tế cấp. Kinh phí tổ chức tiêm, vận chuyển, bảo quản "
              "vắc xin và truyền thông do ngân sách địa phương bảo đảm."),
        ("p", "2. Tổng kinh phí thực hiện Kế hoạch là 18.640 triệu đồng, trong đó: ngân sách tỉnh 12.480 triệu "
              "đồng; ngân sách cấp huyện 6.160 triệu đồng (chi tiết tại Phụ lục kèm theo)."),
        ("p", "3. Mức chi: hỗ trợ người trực tiếp tham gia tổ chức tiêm 150.000 đồng/người/buổi; chi phí vận "
              "chuyển, bảo quản vắc xin 2.500 đồng/liều."),
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Là cơ quan thường trực, hướng dẫn chuyên môn, phân bổ vắc xin cho các đơn vị; tổng hợp, "
              "báo cáo kết quả tiêm hằng ngày về Ủy ban nhân dân tỉnh và Bộ Y tế."),
        ("p", "2. Sở Tài chính: Tham mưu bố trí kinh phí ngân sách tỉnh thực hiện Kế hoạch; hướng dẫn thanh "
              "quyết toán theo quy định."),
        ("p", "3. Công an tỉnh: Bảo đảm an ninh, trật tự tại kho bảo quản và các điểm tiêm; cung cấp dữ liệu dân cư "
              "phục vụ quản lý đối tượng tiêm."),
        ("p", "4. Sở Thông tin và Truyền thông: Chỉ đạo các cơ quan báo chí tuyên truyền về chiến dịch tiêm vắc "
              "xin."),
        ("p", "5. Ủy ban nhân dân các huyện, thành phố: Bố trí ngân sách cấp huyện, chỉ đạo Ủy ban nhân dân cấp xã "
              "lập danh sách đối tượng, tổ chức tiêm bảo đảm tiến độ và an toàn./."),
    ))
    closing(doc, ["- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Hoài An"])
    _paragraph(doc, "Phụ lục", bold=True, center=True)
    _paragraph(doc, "PHÂN BỔ VẮC XIN VÀ KINH PHÍ THEO ĐƠN VỊ", bold=True, center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 186/KH-UBND ngày 12/7/2021 của Ủy ban nhân dân tỉnh Bình Lĩnh)",
               italic=True, center=True)
    _paragraph(doc, "Đơn vị tính: triệu đồng", italic=True)
    rows = [["TT", "Đơn vị", "Số liều vắc xin dự kiến (liều)", "Tổng kinh phí", "Ngân sách tỉnh", "Ngân sách huyện"],
            ["1", "Thành phố Bình Lĩnh", "356.000", "5.310", "3.560", "1.750"],
            ["2", "Huyện Hòa Vĩnh", "248.000", "3.720", "2.490", "1.230"],
            ["3", "Huyện Tân Lĩnh", "231.500", "3.480", "2.330", "1.150"],
            ["4", "Huyện Sơn Đà", "214.500", "3.210", "2.150", "1.060"],
            ["5", "Huyện Ea Rông", "200.000", "2.380", "1.410", "970"],
            ["6", "Trung tâm Kiểm soát bệnh tật tỉnh", "-", "540", "540", "-"],
            ["", "Tổng cộng", "1.250.000", "18.640", "12.480", "6.160"]]
    _widths(_table(doc, rows), [1.0, 5.0, 3.0, 2.4, 2.4, 2.4])
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district's OCOP programme, a portal page scraped to Markdown.

OCOP_MD = """\
| **ỦY BAN NHÂN DÂN HUYỆN HÒA TÂN** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 58/KH-UBND | *Hòa Tân, ngày 20 tháng 3 năm 2023* |

**KẾ HOẠCH**

**Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) huyện Hòa Tân giai đoạn 2023 - 2025**

*Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025;*

*Thực hiện Kế hoạch số 64/KH-UBND ngày 10 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh Bắc Lam về thực hiện Chương trình OCOP tỉnh Bắc Lam giai đoạn 2023 - 2025;*

Ủy ban nhân dân huyện Hòa Tân ban hành Kế hoạch thực hiện Chương trình OCOP giai đoạn 2023 - 2025 như sau:

**I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2019 - 2022**

Sau 4 năm triển khai, toàn huyện có 13 sản phẩm được công nhận đạt chuẩn OCOP, trong đó 11 sản phẩm đạt 3 sao, 2 sản phẩm đạt 4 sao; 8/12 xã (66,7%) có sản phẩm OCOP. Doanh thu của các sản phẩm tăng bình quân 12,5%/năm; có 4 hợp tác xã, 3 doanh nghiệp và 6 hộ kinh doanh là chủ thể OCOP. Tuy vậy, sản phẩm còn ít, bao bì chưa hấp dẫn, 38% chủ thể chưa có điểm giới thiệu sản phẩm.

**II. MỤC TIÊU**

**1. Mục tiêu chung**

Phát triển các sản phẩm đặc trưng, có lợi thế của huyện theo chuỗi giá trị, gắn với xây dựng nông thôn mới và phát triển du lịch nông thôn; nâng cao thu nhập cho người dân khu vực nông thôn.

**2. Mục tiêu cụ thể đến năm 2025**

- Có ít nhất 15 sản phẩm được đánh giá, phân hạng đạt từ 3 sao trở lên, trong đó có từ 3 sản phẩm đạt 4 sao trở lên.

- 100% xã có ít nhất 01 sản phẩm OCOP.

- Ít nhất 30% chủ thể OCOP là hợp tác xã, 50% chủ thể là doanh nghiệp nhỏ và vừa, hộ kinh doanh có đăng ký.

- 100% sản phẩm OCOP được truy xuất nguồn gốc và quảng bá trên sàn thương mại điện tử.

- Doanh thu của các sản phẩm OCOP tăng bình quân 15%/năm.

**III. NHIỆM VỤ VÀ GIẢI PHÁP**

1\\. Rà soát, hỗ trợ phát triển sản phẩm mới. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện hằng năm.

2\\. Xúc tiến thương mại, quảng bá sản phẩm OCOP. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện thực hiện.

3\\. Hỗ trợ chủ thể OCOP tiếp cận vốn vay ưu đãi. Phòng Giao dịch Ngân hàng Chính sách xã hội huyện chủ trì, phối hợp với Hội Nông dân huyện thực hiện.

**IV. CƠ CHẾ HỖ TRỢ VÀ KINH PHÍ**

**1. Mức hỗ trợ**

Sản phẩm được công nhận đạt 3 sao hỗ trợ 50 triệu đồng/sản phẩm; đạt 4 sao hỗ trợ 80 triệu đồng/sản phẩm; hỗ trợ thiết kế bao bì, nhãn mác tối đa 20 triệu đồng/sản phẩm.

**2. Kinh phí thực hiện**

Tổng kinh phí thực hiện Kế hoạch giai đoạn 2023 - 2025 dự kiến 4.350 triệu đồng, gồm: ngân sách huyện 1.650 triệu đồng; ngân sách tỉnh hỗ trợ 900 triệu đồng; vốn huy động của các chủ thể OCOP 1.800 triệu đồng.

*Bảng phân kỳ kinh phí thực hiện (Đơn vị tính: triệu đồng)*

| TT | Nội dung | Tổng | Năm 2023 | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|
| 1 | Hỗ trợ sản phẩm đạt chuẩn OCOP | 1.530 | 410 | 520 | 600 |
| 2 | Hỗ trợ bao bì, nhãn mác, truy xuất nguồn gốc | 360 | 100 | 120 | 140 |
| 3 | Xúc tiến thương mại, hội chợ | 540 | 160 | 180 | 200 |
| 4 | Đào tạo, tập huấn chủ thể OCOP | 120 | 40 | 40 | 40 |
| 5 | Vốn đối ứng của chủ thể OCOP | 1.800 | 500 | 600 | 700 |
|  | **Tổng cộng** | **4.350** | **1.210** | **1.460** | **1.680** |

**V. TỔ CHỨC THỰC HIỆN**

1\\. Phòng Nông nghiệp và Phát triển nông thôn: Là cơ quan thường trực Chương trình OCOP huyện; tham mưu tổ chức đánh giá, phân hạng sản phẩm cấp huyện; tổng hợp, báo cáo kết quả định kỳ.

2\\. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí ngân sách huyện hằng năm; hướng dẫn thanh quyết toán kinh phí hỗ trợ.

3\\. Phòng Văn hóa và Thông tin: Tuyên truyền, quảng bá sản phẩm OCOP trên Cổng thông tin điện tử huyện.

4\\. Ủy ban nhân dân các xã: Lựa chọn sản phẩm tham gia Chương trình; hướng dẫn chủ thể hoàn thiện hồ sơ đánh giá, phân hạng./.

| ***Nơi nhận:*** - UBND tỉnh Bắc Lam (b/c); - Sở Nông nghiệp và PTNT; - TT Huyện ủy, TT HĐND huyện; - Các phòng, ban, đơn vị thuộc huyện; - UBND các xã; - Lưu: VT, NN. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH** **Lê Quang Vinh** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 3. A Sở Y tế's population plan, printed to PDF and read back with pdftotext -layout.

def population_plan() -> bytes:
    doc = _new()
    _front(doc, ["UBND TỈNH AN SƠN", "SỞ Y TẾ", "-------", "Số: 1520/KH-SYT"],
           "An Sơn, ngày 14 tháng 5 năm 2020", "KẾ HOẠCH",
           "Thực hiện công tác dân số và phát triển giai đoạn 2020 - 2025")
    _body(doc, (
        ("p", "Căn cứ Quyết định số 1679/QĐ-TTg ngày 22 tháng 11 năm 2019 của Thủ tướng Chính phủ phê duyệt Chiến "
              "lược Dân số Việt Nam đến năm 2030;"),
        ("p", "Thực hiện Kế hoạch số 72/KH-UBND ngày 06 tháng 4 năm 2020 của Ủy ban nhân dân tỉnh An Sơn về thực "
              "hiện Chiến lược Dân số Việt Nam đến năm 2030 trên địa bàn tỉnh;"),
        ("p", "Sở Y tế xây dựng Kế hoạch thực hiện công tác dân số và phát triển giai đoạn 2020 - 2025 như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Duy trì vững chắc mức sinh thay thế, đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên, nâng cao "
              "chất lượng dân số, góp phần phát triển kinh tế - xã hội nhanh, bền vững."),
        ("h", "2. Mục tiêu cụ thể đến năm 2025"),
        ("p", "a) Giảm tỷ suất sinh thô bình quân 0,2‰/năm; tổng tỷ suất sinh duy trì ở mức 2,1 con/phụ nữ."),
        ("p", "b) Tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái sinh ra sống."),
        ("p", "c) Tỷ lệ cặp vợ chồng sử dụng biện pháp tránh thai hiện đại tăng 2 điểm phần trăm so với năm 2019, "
              "đạt 72%."),
        ("p", "d) 70% nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn."),
        ("p", "đ) Tỷ lệ phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất đạt 50%; tỷ lệ "
              "trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh đạt 70%."),
        ("p", "e) Tuổi thọ bình quân đạt 74,5 tuổi, trong đó thời gian sống khỏe mạnh đạt tối thiểu 67 năm."),
        ("p", "g) 100% người cao tuổi được quản lý sức khỏe, khám sức khỏe định kỳ ít nhất 01 lần/năm."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Tăng cường truyền thông, vận động về dân số và phát triển. Chi cục Dân số - Kế hoạch hóa gia đình "
              "chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh thực hiện."),
        ("p", "2. Mở rộng mạng lưới tư vấn, khám sức khỏe trước khi kết hôn. Trung tâm Y tế các huyện, thị xã, thành "
              "phố chủ trì, phối hợp với Tỉnh đoàn An Sơn thực hiện."),
        ("p", "3. Triển khai tầm soát, chẩn đoán trước sinh và sơ sinh. Bệnh viện Sản - Nhi tỉnh chủ trì, phối hợp "
              "với Chi cục Dân số - Kế hoạch hóa gia đình thực hiện."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện giai đoạn 2020 - 2025 dự kiến 28.500 triệu đồng, trong đó: ngân sách trung ương "
              "6.200 triệu đồng; ngân sách tỉnh 19.800 triệu đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 2.500 "
              "triệu đồng. Năm 2020 bố trí 4.100 triệu đồng từ ngân sách tỉnh."),
        ("p", "Mức hỗ trợ cộng tác viên dân số thôn, tổ dân phố là 150.000 đồng/người/tháng."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Chi cục Dân số - Kế hoạch hóa gia đình: Là đầu mối tham mưu Giám đốc Sở triển khai Kế hoạch; "
              "hướng dẫn, kiểm tra và tổng hợp kết quả thực hiện hằng năm."),
        ("p", "2. Trung tâm Kiểm soát bệnh tật tỉnh: Phối hợp tổ chức truyền thông, cung ứng phương tiện tránh thai."),
        ("p", "3. Phòng Kế hoạch - Tài chính: Tham mưu phân bổ kinh phí thực hiện Kế hoạch hằng năm."),
        ("p", "4. Trung tâm Y tế các huyện, thị xã, thành phố: Xây dựng kế hoạch của địa phương và tổ chức thực "
              "hiện./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- Bộ Y tế (Tổng cục DS-KHHGĐ);", "- Giám đốc, các PGĐ Sở;",
                  "- Các đơn vị trực thuộc Sở;", "- Lưu: VT, NVY."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Văn Khải"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A province's disbursement plan: milestones by date, capital by source, the quarters' table (PDF).

def disbursement_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG LĨNH", "-------", "Số: 45/KH-UBND"],
           "Đông Lĩnh, ngày 26 tháng 02 năm 2024", "KẾ HOẠCH",
           "Giải ngân vốn đầu tư công năm 2024 trên địa bàn tỉnh Đông Lĩnh")
    _body(doc, (
        ("p", "Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;"),
        ("p", "Căn cứ Nghị quyết số 28/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Đông Lĩnh về kế "
              "hoạch đầu tư công năm 2024;"),
        ("p", "Thực hiện Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ về nhiệm vụ, giải pháp chủ "
              "yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2024;"),
        ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch giải ngân vốn đầu tư công năm 2024 như sau:"),
        ("h", "I. KẾT QUẢ GIẢI NGÂN NĂM 2023"),
        ("p", "Kế hoạch vốn đầu tư công năm 2023 của tỉnh được giao 5.462,8 tỷ đồng. Đến hết ngày 31/01/2024, toàn "
              "tỉnh giải ngân 4.982,4 tỷ đồng, đạt 91,2% kế hoạch, cao hơn bình quân cả nước; có 12/38 chủ đầu tư "
              "giải ngân dưới 80% kế hoạch vốn. Nguyên nhân chủ yếu do vướng mắc bồi thường, giải phóng mặt bằng và "
              "giá vật liệu xây dựng tăng cao."),
        ("h", "II. MỤC TIÊU"),
        ("h", "1. Mục tiêu chung"),
        ("p", "Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công năm 2024, phấn đấu tỷ lệ giải ngân đạt trên "
              "95% kế hoạch vốn được giao, góp phần thúc đẩy tăng trưởng kinh tế của tỉnh."),
        ("h", "2. Mục tiêu cụ thể"),
        ("p", "- Đến hết ngày 30/6/2024, giải ngân đạt tối thiểu 45% kế hoạch vốn."),
        ("p", "- Đến hết ngày 30/9/2024, giải ngân đạt tối thiểu 70% kế hoạch vốn."),
        ("p", "- Đến hết ngày 31/01/2025, giải ngân đạt trên 95% kế hoạch vốn; riêng vốn kéo dài từ năm 2023 chuyển "
              "sang giải ngân 100% trước ngày 31/12/2024."),
        ("p", "- 100% dự án khởi công mới hoàn thành thủ tục đầu tư, lựa chọn nhà thầu trước ngày 31/3/2024."),
        ("h", "III. KẾ HOẠCH VỐN VÀ TIẾN ĐỘ GIẢI NGÂN"),
        ("h", "1. Kế hoạch vốn năm 2024"),
        ("p", "Tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là 5.846,2 tỷ đồng, gồm: vốn ngân sách địa phương "
              "3.215,6 tỷ đồng; vốn ngân sách trung ương 2.630,6 tỷ đồng (vốn trong nước 2.412,0 tỷ đồng, vốn nước "
              "ngoài 218,6 tỷ đồng). Ngoài ra, vốn kế hoạch năm 2023 được kéo dài thời gian thực hiện, giải ngân sang "
              "năm 2024 là 412,8 tỷ đồng."),
        ("h", "2. Tiến độ giải ngân theo quý"),
        ("p", "Bảng 1. Kế hoạch giải ngân vốn đầu tư công năm 2024 theo quý"),
        ("p", "Đơn vị tính: tỷ đồng"),
    ))
    rows = [["TT", "Nguồn vốn", "Kế hoạch vốn năm 2024", "Quý I", "Quý II", "Quý III", "Quý IV"],
            ["1", "Vốn ngân sách địa phương", "3.215,6", "321,6", "1.125,5", "964,7", "803,8"],
            ["2", "Vốn ngân sách trung ương", "2.630,6", "263,1", "920,7", "789,2", "657,6"],
            ["", "Tổng cộng", "5.846,2", "584,7", "2.046,2", "1.753,9", "1.461,4"]]
    _widths(_table(doc, rows), [1.0, 5.0, 2.6, 1.9, 1.9, 1.9, 1.9])
    _body(doc, (
        ("h", "IV. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Hoàn thiện thủ tục đầu tư các dự án khởi công mới. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở "
              "Xây dựng thực hiện; hoàn thành trước ngày 31/3/2024."),
        ("p", "2. Đẩy nhanh công tác bồi thường, giải phóng mặt bằng. Ủy ban nhân dân các huyện, thị xã, thành phố chủ "
              "trì, phối hợp với Sở Tài nguyên và Môi trường thực hiện."),
        ("p", "3. Kiểm soát, thanh toán vốn kịp thời cho các dự án. Kho bạc Nhà nước Đông Lĩnh chủ trì, phối hợp với "
              "Sở Tài chính thực hiện; thời gian kiểm soát chi không quá 03 ngày làm việc."),
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Kế hoạch và Đầu tư: Theo dõi, tổng hợp tình hình giải ngân hằng tháng; tham mưu điều chuyển kế "
              "hoạch vốn của các dự án giải ngân chậm sang dự án giải ngân tốt."),
        ("p", "2. Sở Tài chính: Phối hợp Kho bạc Nhà nước Đông Lĩnh đôn đốc thu hồi vốn tạm ứng quá hạn."),
        ("p", "3. Ban Quản lý dự án đầu tư xây dựng tỉnh: Lập kế hoạch giải ngân chi tiết từng dự án, cam kết tiến độ "
              "với Ủy ban nhân dân tỉnh."),
        ("p", "4. Ủy ban nhân dân các huyện, thị xã, thành phố: Chỉ đạo hoàn thành bồi thường, giải phóng mặt bằng, "
              "bàn giao mặt bằng sạch cho các dự án./."),
    ))
    closing(doc, ["- Bộ Kế hoạch và Đầu tư;", "- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hồ Văn Nghĩa"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 5. A district's solid-waste plan on a portal page: tonnes, hectares, a fee, the money by source.

WASTE_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 132/KH-UBND thu gom, xử lý chất thải rắn sinh hoạt huyện Phước Lâm giai đoạn 2022 - 2025</title></head>
<body>
<div class="portal-header"><a href="/">Cổng thông tin điện tử huyện Phước Lâm</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<div class="doc-content">
<table class="doc-head" style="width:100%">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN PHƯỚC LÂM</b><br>-------</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td style="text-align:center">Số: 132/KH-UBND</td><td style="text-align:center"><i>Phước Lâm, ngày 18 tháng 4 năm 2022</i></td></tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn huyện Phước Lâm giai đoạn 2022 - 2025</b></p>
<p><i>Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;</i></p>
<p><i>Thực hiện Quyết định số 845/QĐ-UBND ngày 29 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Khánh Lâm phê duyệt Đề án quản lý chất thải rắn sinh hoạt tỉnh Khánh Lâm giai đoạn 2022 - 2025;</i></p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt giai đoạn 2022 - 2025 như sau:</p>
<p><b>I. THỰC TRẠNG</b></p>
<p>Toàn huyện phát sinh khoảng 85 tấn chất thải rắn sinh hoạt mỗi ngày, trong đó khu vực thị trấn 32 tấn/ngày. Năm 2021, tỷ lệ thu gom ở thị trấn đạt 81,5%, ở khu vực nông thôn đạt 46,3%; bãi rác Đồng Cát (2,8 ha) đã quá tải, chôn lấp trực tiếp chiếm 88% lượng rác thu gom.</p>
<p style="text-align:center"><b>Bảng 1. Khối lượng phát sinh và tỷ lệ thu gom chất thải rắn sinh hoạt theo xã, thị trấn</b></p>
<table border="1" cellspacing="0">
<tr><td><b>TT</b></td><td><b>Xã, thị trấn</b></td><td><b>Khối lượng phát sinh (tấn/ngày)</b></td><td><b>Tỷ lệ thu gom năm 2021 (%)</b></td><td><b>Số điểm tập kết (điểm)</b></td></tr>
<tr><td>1</td><td>Thị trấn Phước Lâm</td><td>32,0</td><td>81,5</td><td>14</td></tr>
<tr><td>2</td><td>Xã Tân An Hạ</td><td>14,5</td><td>52,0</td><td>6</td></tr>
<tr><td>3</td><td>Xã Hòa Bắc</td><td>12,8</td><td>47,6</td><td>5</td></tr>
<tr><td>4</td><td>Xã Phước Thọ</td><td>11,2</td><td>44,1</td><td>4</td></tr>
<tr><td>5</td><td>Xã Lâm Xuân</td><td>14,5</td><td>41,3</td><td>5</td></tr>
<tr><td></td><td><b>Cộng</b></td><td><b>85,0</b></td><td></td><td><b>34</b></td></tr>
</table>
<p><b>II. MỤC TIÊU</b></p>
<p><b>1. Mục tiêu chung</b></p>
<p>Nâng cao hiệu quả thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt, giảm chôn lấp trực tiếp, bảo vệ môi trường và sức khỏe người dân.</p>
<p><b>2. Mục tiêu cụ thể đến năm 2025</b></p>
<p>- Thu gom, xử lý 90% chất thải rắn sinh hoạt phát sinh tại thị trấn và 70% tại khu vực nông thôn;</p>
<p>- 100% xã, thị trấn có tổ, đội thu gom chất thải rắn sinh hoạt hoạt động thường xuyên;</p>
<p>- Tỷ lệ chất thải rắn sinh hoạt được chôn lấp trực tiếp giảm xuống dưới 30% lượng thu gom;</p>
<p>- Đưa vào vận hành lò đốt chất thải rắn công suất 50 tấn/ngày tại khu xử lý Gò Mây (diện tích 4,5 ha).</p>
<p><b>III. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>1. Bồi thường, giải phóng mặt bằng khu xử lý Gò Mây. Ban Bồi thường, giải phóng mặt bằng huyện chủ trì, phối hợp với Ủy ban nhân dân xã Hòa Bắc thực hiện, hoàn thành trong năm 2022.</p>
<p>2. Đầu tư lò đốt chất thải rắn sinh hoạt. Ban Quản lý dự án đầu tư xây dựng huyện chủ trì, phối hợp với Phòng Tài nguyên và Môi trường thực hiện giai đoạn 2023 - 2024.</p>
<p>3. Tuyên truyền, hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện và Huyện đoàn thực hiện.</p>
<p><b>IV. KINH PHÍ THỰC HIỆN</b></p>
<p>Tổng kinh phí thực hiện Kế hoạch giai đoạn 2022 - 2025 là 24.860 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 12.000 triệu đồng; ngân sách huyện 9.260 triệu đồng; nguồn xã hội hóa 3.600 triệu đồng. Giá dịch vụ thu gom, vận chuyển áp dụng 30.000 đồng/hộ/tháng ở thị trấn và 20.000 đồng/hộ/tháng ở các xã.</p>
<p style="text-align:center"><b>Bảng 2. Khái toán kinh phí thực hiện Kế hoạch</b></p>
<p style="text-align:right"><i>Đơn vị tính: triệu đồng</i></p>
<table border="1" cellspacing="0">
<tr><td rowspan="2"><b>TT</b></td><td rowspan="2"><b>Nội dung</b></td><td rowspan="2"><b>Tổng kinh phí</b></td><td colspan="3"><b>Nguồn vốn</b></td></tr>
<tr><td><b>Ngân sách tỉnh</b></td><td><b>Ngân sách huyện</b></td><td><b>Xã hội hóa</b></td></tr>
<tr><td>1</td><td>Bồi thường, giải phóng mặt bằng khu xử lý Gò Mây (4,5 ha)</td><td>3.600</td><td>-</td><td>3.600</td><td>-</td></tr>
<tr><td>2</td><td>Xây dựng lò đốt chất thải rắn công suất 50 tấn/ngày</td><td>14.500</td><td>12.000</td><td>2.500</td><td>-</td></tr>
<tr><td>3</td><td>Mua sắm xe, thùng thu gom</td><td>4.760</td><td>-</td><td>1.660</td><td>3.100</td></tr>
<tr><td>4</td><td>Tuyên truyền, phân loại rác tại nguồn</td><td>2.000</td><td>-</td><td>1.500</td><td>500</td></tr>
<tr><td></td><td><b>Tổng cộng</b></td><td><b>24.860</b></td><td><b>12.000</b></td><td><b>9.260</b></td><td><b>3.600</b></td></tr>
</table>
<p><b>V. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Tài nguyên và Môi trường: Là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch; báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 12 hằng năm.</p>
<p>2. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí ngân sách huyện; hướng dẫn thu giá dịch vụ thu gom.</p>
<p>3. Ủy ban nhân dân các xã, thị trấn: Thành lập tổ, đội thu gom; bố trí điểm tập kết; vận động người dân phân loại rác tại nguồn./.</p>
<table style="width:100%"><tr>
<td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh Khánh Lâm (b/c);<br>- Sở Tài nguyên và Môi trường;<br>- TT Huyện ủy, TT HĐND huyện;<br>- Các phòng, ban thuộc huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT, TNMT.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Đinh Công Trứ</b></td>
</tr></table>
</div>
<div class="portal-footer">Lượt xem: 1.284 | Cổng thông tin điện tử huyện Phước Lâm</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# 6. A district's sports games of 2013: participation targets, prize money, an estimate in đồng.

def games_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN KỲ PHONG", "-------", "Số: 76/KH-UBND"],
           "Kỳ Phong, ngày 05 tháng 3 năm 2013", "KẾ HOẠCH",
           "Tổ chức Đại hội Thể dục thể thao huyện Kỳ Phong lần thứ VII năm 2013")
    _body(doc, (
        ("p", "Thực hiện Kế hoạch số 18/KH-UBND ngày 21 tháng 01 năm 2013 của Ủy ban nhân dân tỉnh Sơn Bình về tổ "
              "chức Đại hội Thể dục thể thao các cấp tỉnh Sơn Bình lần thứ VII năm 2013 - 2014;"),
        ("p", "Ủy ban nhân dân huyện Kỳ Phong xây dựng Kế hoạch tổ chức Đại hội Thể dục thể thao huyện lần thứ VII "
              "năm 2013 như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("h", "1. Mục đích"),
        ("p", "Đánh giá kết quả phong trào thể dục thể thao của huyện giai đoạn 2009 - 2013; đẩy mạnh cuộc vận động "
              "\"Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại\"; tuyển chọn vận động viên tham dự Đại hội "
              "Thể dục thể thao tỉnh năm 2014."),
        ("h", "2. Chỉ tiêu"),
        ("p", "- 100% xã, thị trấn tổ chức Đại hội Thể dục thể thao cấp cơ sở xong trước ngày 30/5/2013."),
        ("p", "- Tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 28% dân số; số gia đình thể thao đạt 20% "
              "tổng số hộ."),
        ("p", "- Có ít nhất 650 vận động viên của 14 đoàn tham gia thi đấu 9 môn tại Đại hội."),
        ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, NỘI DUNG THI ĐẤU"),
        ("p", "1. Thời gian: Lễ khai mạc lúc 07 giờ 30 phút ngày 15/6/2013 tại Sân vận động trung tâm huyện; thi đấu "
              "các môn từ ngày 10/6 đến ngày 16/6/2013."),
        ("p", "2. Môn thi đấu: Bóng đá nam, bóng chuyền, cầu lông, bóng bàn, việt dã, kéo co, cờ tướng, đẩy gậy, "
              "bắn nỏ."),
        ("p", "3. Giải thưởng: Ban Tổ chức trao huy chương vàng, bạc, đồng cho các cá nhân, đội đạt giải; mức thưởng "
              "huy chương vàng 500.000 đồng/huy chương, huy chương bạc 350.000 đồng/huy chương, huy chương đồng "
              "250.000 đồng/huy chương; giải toàn đoàn nhất, nhì, ba và khuyến khích."),
        ("h", "III. KINH PHÍ"),
        ("p", "Tổng kinh phí tổ chức Đại hội là 186.400.000 đồng (Bằng chữ: Một trăm tám mươi sáu triệu, bốn trăm "
              "nghìn đồng), từ nguồn ngân sách huyện năm 2013; bồi dưỡng trọng tài 100.000 đồng/người/buổi. Chi tiết "
              "theo dự toán sau:"),
        ("p", "DỰ TOÁN KINH PHÍ TỔ CHỨC ĐẠI HỘI"),
        ("p", "Đơn vị tính: đồng"),
    ))
    rows = [["TT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
            ["I", "Lễ khai mạc, bế mạc", "", "", "", "62.000.000"],
            ["1", "Trang trí, khánh tiết", "gói", "1", "25.000.000", "25.000.000"],
            ["2", "Âm thanh, ánh sáng", "gói", "1", "15.000.000", "15.000.000"],
            ["3", "Bồi dưỡng diễn viên đồng diễn", "người", "220", "100.000", "22.000.000"],
            ["II", "Giải thưởng", "", "", "", "74.400.000"],
            ["1", "Tiền thưởng huy chương vàng", "huy chương", "48", "500.000", "24.000.000"],
            ["2", "Tiền thưởng huy chương bạc", "huy chương", "48", "350.000", "16.800.000"],
            ["3", "Tiền thưởng huy chương đồng", "huy chương", "64", "250.000", "16.000.000"],
            ["4", "Giải toàn đoàn", "giải", "4", "4.400.000", "17.600.000"],
            ["III", "Trọng tài, Ban Tổ chức, phục vụ", "", "", "", "50.000.000"],
            ["1", "Bồi dưỡng trọng tài", "người/buổi", "240", "100.000", "24.000.000"],
            ["2", "Bồi dưỡng Ban Tổ chức, phục vụ", "người/buổi", "160", "80.000", "12.800.000"],
            ["3", "Y tế, nước uống", "gói", "1", "13.200.000", "13.200.000"],
            ["", "Tổng cộng", "", "", "", "186.400.000"]]
    _widths(_table(doc, rows), [1.0, 6.0, 2.0, 1.8, 2.4, 2.8])
    _body(doc, (
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Văn hóa và Thông tin: Là cơ quan thường trực Ban Tổ chức Đại hội; xây dựng điều lệ các môn thi "
              "đấu, chuẩn bị cơ sở vật chất, trọng tài."),
        ("p", "2. Phòng Tài chính - Kế hoạch: Thẩm định dự toán, cấp kinh phí tổ chức Đại hội theo quy định."),
        ("p", "3. Trung tâm Văn hóa - Thể thao huyện: Tổ chức lễ khai mạc, bế mạc và điều hành thi đấu."),
        ("p", "4. Công an huyện: Bảo đảm an ninh, trật tự, an toàn giao thông trong thời gian diễn ra Đại hội."),
        ("p", "5. Ủy ban nhân dân các xã, thị trấn: Tổ chức Đại hội cấp cơ sở, thành lập đoàn vận động viên tham dự "
              "Đại hội cấp huyện./."),
    ))
    closing(doc, ["- Sở Văn hóa, Thể thao và Du lịch;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                  "- Các cơ quan, đơn vị liên quan;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Vi Văn Thưởng"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 7. A district's election plan scraped to Markdown: milestones, money per commune beside counts.

ELECTION_MD = """\
| **ỦY BAN NHÂN DÂN HUYỆN SƠN KỲ** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 21/KH-UBND | *Sơn Kỳ, ngày 22 tháng 01 năm 2021* |

**KẾ HOẠCH**

**Tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 trên địa bàn huyện Sơn Kỳ**

*Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015;*

*Thực hiện Kế hoạch số 14/KH-UBND ngày 12 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh Quảng Nghĩa về tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026;*

Ủy ban nhân dân huyện ban hành Kế hoạch tổ chức cuộc bầu cử trên địa bàn huyện như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Tổ chức thành công cuộc bầu cử bảo đảm dân chủ, bình đẳng, đúng pháp luật, an toàn, tiết kiệm; ngày bầu cử 23/5/2021 thực sự là ngày hội của toàn dân.

**II. CHỈ TIÊU**

- Phấn đấu tỷ lệ cử tri đi bầu đạt trên 99% tổng số cử tri trong danh sách.

- 100% khu vực bỏ phiếu được kiểm tra công tác chuẩn bị trước ngày 20/5/2021.

- Bầu đủ 35 đại biểu Hội đồng nhân dân huyện, trong đó đại biểu nữ đạt từ 35% trở lên.

**III. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN**

1\\. Thành lập Ủy ban bầu cử huyện và các xã, thị trấn. Phòng Nội vụ chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện thực hiện, hoàn thành trước ngày 11/02/2021.

2\\. Lập và niêm yết danh sách cử tri. Ủy ban nhân dân các xã, thị trấn chủ trì, phối hợp với Công an huyện thực hiện, niêm yết trước ngày 13/4/2021.

3\\. Tuyên truyền về cuộc bầu cử. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện thực hiện từ ngày 01/3/2021 đến ngày 23/5/2021.

**IV. KINH PHÍ**

Tổng kinh phí tổ chức bầu cử trên địa bàn huyện là 1.286.400.000 đồng, trong đó: ngân sách tỉnh bổ sung 850.000.000 đồng; ngân sách huyện 436.400.000 đồng. Mức bồi dưỡng thành viên Tổ bầu cử 150.000 đồng/người/ngày.

*Bảng phân bổ kinh phí bầu cử cho các xã, thị trấn (Đơn vị tính: đồng)*

| TT | Xã, thị trấn | Số khu vực bỏ phiếu | Số cử tri | Kinh phí |
|---|---|---|---|---|
| 1 | Thị trấn Sơn Kỳ | 9 | 8.450 | 126.000.000 |
| 2 | Xã Sơn Mai | 6 | 4.120 | 84.000.000 |
| 3 | Xã Trà Lâm | 5 | 3.380 | 70.000.000 |
| 4 | Xã Sơn Khánh | 7 | 5.960 | 98.000.000 |
| 5 | Xã Ba Nguyên | 4 | 2.470 | 56.000.000 |
|  | **Cộng** | **31** | **24.380** | **434.000.000** |

**V. TỔ CHỨC THỰC HIỆN**

1\\. Phòng Nội vụ: Là cơ quan thường trực giúp Ủy ban bầu cử huyện; tổng hợp, báo cáo tiến độ theo quy định.

2\\. Phòng Tài chính - Kế hoạch: Tham mưu cấp kinh phí bảo đảm cho cuộc bầu cử.

3\\. Công an huyện: Xây dựng phương án bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử./.

| ***Nơi nhận:*** - UBND tỉnh Quảng Nghĩa (b/c); - TT Huyện ủy, TT HĐND huyện; - Ủy ban MTTQ Việt Nam huyện; - UBND các xã, thị trấn; - Lưu: VT, NV. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH** **Phạm Hữu Lộc** |
|---|---|
"""


# ---------------------------------------------------------------------------
# 8. A city's land-clearance plan of 2016 as a legacy .doc: hectares and households beside the compensation.

def clearance_plan() -> bytes:
    doc = _new()
    _front(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHƯỚC HẢI", "-------", "Số: 64/KH-UBND"],
           "Phước Hải, ngày 15 tháng 3 năm 2016", "KẾ HOẠCH",
           "Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng các dự án trọng điểm năm 2016")
    _body(doc, (
        ("p", "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"),
        ("p", "Căn cứ Quyết định số 12/2015/QĐ-UBND ngày 20 tháng 5 năm 2015 của Ủy ban nhân dân tỉnh Vĩnh Lâm ban hành "
              "quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh;"),
        ("p", "Ủy ban nhân dân thành phố ban hành Kế hoạch bồi thường, giải phóng mặt bằng các dự án trọng điểm năm 2016 "
              "như sau:"),
        ("h", "I. MỤC TIÊU"),
        ("p", "- Bàn giao 100% mặt bằng dự án Đường vành đai phía Tây (giai đoạn 2) cho chủ đầu tư trước ngày "
              "30/9/2016."),
        ("p", "- Hoàn thành chi trả ít nhất 90% kinh phí bồi thường, hỗ trợ đã được phê duyệt trong năm 2016."),
        ("p", "- Bố trí đủ 50 lô đất tái định cư cho các hộ phải di dời chỗ ở."),
        ("h", "II. KHỐI LƯỢNG VÀ KINH PHÍ BỒI THƯỜNG"),
        ("p", "Năm 2016, thành phố thu hồi 26,2 ha đất của 192 hộ gia đình, cá nhân để thực hiện 03 dự án. Đơn giá bồi "
              "thường đất trồng cây hằng năm là 85.000 đồng/m2; hỗ trợ ổn định đời sống 30 kg gạo/nhân khẩu/tháng."),
        ("p", "Tổng kinh phí bồi thường, hỗ trợ, tái định cư năm 2016 dự kiến 128.600 triệu đồng, từ ngân sách thành "
              "phố và vốn của các dự án."),
        ("p", "Bảng 1. Khối lượng và kinh phí bồi thường, giải phóng mặt bằng năm 2016"),
        ("p", "Đơn vị tính: triệu đồng"),
    ))
    rows = [["TT", "Dự án", "Diện tích thu hồi (ha)", "Số hộ bị ảnh hưởng (hộ)", "Kinh phí bồi thường, hỗ trợ",
             "Thời gian hoàn thành"],
            ["1", "Đường vành đai phía Tây (giai đoạn 2)", "18,6", "142", "96.500", "Quý III/2016"],
            ["2", "Khu tái định cư Đồng Sen", "6,2", "38", "24.800", "Quý II/2016"],
            ["3", "Trường Trung học cơ sở Phước Hải Đông", "1,4", "12", "7.300", "Quý IV/2016"],
            ["", "Tổng cộng", "26,2", "192", "128.600", ""]]
    _widths(_table(doc, rows), [1.0, 5.4, 2.2, 2.2, 2.8, 2.4])
    _body(doc, (
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Kiểm đếm, lập phương án bồi thường. Trung tâm Phát triển quỹ đất thành phố chủ trì, phối hợp với Ủy "
              "ban nhân dân các phường thực hiện."),
        ("p", "2. Thẩm định giá đất cụ thể. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Phòng Tài chính - Kế "
              "hoạch thực hiện."),
        ("p", "3. Giải quyết khiếu nại về bồi thường. Thanh tra thành phố chủ trì, phối hợp với Phòng Tư pháp thực "
              "hiện."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Trung tâm Phát triển quỹ đất thành phố: Là cơ quan thường trực, báo cáo tiến độ hằng tháng."),
        ("p", "2. Phòng Tài chính - Kế hoạch: Bố trí vốn chi trả bồi thường kịp thời."),
        ("p", "3. Ủy ban nhân dân các phường: Tuyên truyền, vận động người dân bàn giao mặt bằng./."),
    ))
    closing(doc, ["- UBND tỉnh (b/c);", "- TT Thành ủy, TT HĐND thành phố;", "- Các phòng, ban thành phố;",
                  "- UBND các phường;", "- Lưu: VT, TNMT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lương Thế Hiển"])
    doc.add_paragraph()  # (LibreOffice drops a .doc's last table when nothing follows it, as build_r notes)
    return _save(doc)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / VACCINATION).write_bytes(vaccination_plan())
    (folder / OCOP).write_text(OCOP_MD, encoding="utf-8")
    (folder / WASTE).write_text(WASTE_HTML, encoding="utf-8")
    (folder / GAMES).write_bytes(games_plan())
    (folder / ELECTION).write_text(ELECTION_MD, encoding="utf-8")
    if not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftotext"):
        print("soffice or pdftotext not found: the layout text not written", file=sys.stderr)
        return
    # (kept once written: the gold was written against these bytes)
    if not (folder / POPULATION).exists():
        (folder / POPULATION).write_text(_layout_text(population_plan(), POPULATION), encoding="utf-8")
    if not (folder / DISBURSEMENT).exists():
        (folder / DISBURSEMENT).write_bytes(_soffice(disbursement_plan(), DISBURSEMENT, "pdf"))
    if not (folder / CLEARANCE).exists():
        (folder / CLEARANCE).write_bytes(_soffice(clearance_plan(), CLEARANCE, "doc"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
