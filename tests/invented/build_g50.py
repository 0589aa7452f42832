"""Invented documents of hold-out round G50, aimed at FIELD shapes the invented set did not hold yet.

The documents:
- g50_snv-baoluong: a provincial department's (Sở Nội vụ) one-year training plan in Word whose money is a detailed
  estimate annexed after the signature: "PHỤ LỤC / DỰ TOÁN KINH PHÍ ..." over "Đơn vị tính: đồng" and a ruled table
  "TT | Nội dung chi | Đơn vị tính | Số lượng | Định mức (đồng) | Thành tiền (đồng)": per-line products (a count
  times a unit norm), each activity's sub-total on its Roman group row, a "Tổng cộng (I+II+III)" row and the total
  again in words under the table ("Bằng chữ: Một trăm mười ba triệu, hai trăm nghìn đồng"), the prose total in full
  đồng with its words in brackets (.docx);
- g50_huyen-camgiang: a district's yearly plan under the national target programme for new rural areas as a crawler
  saves the page (.txt): targets that are counts of communes and criteria with the communes named ("Có thêm 02 xã
  đạt chuẩn nông thôn mới nâng cao (xã A, xã B)", "07/14 xã", "19/19 tiêu chí") beside a few percents and an income
  in "triệu đồng/người/năm" (a target, no money), tasks "N. Heading: content. X chủ trì, phối hợp với Y thực hiện.",
  and the money split by source with a nested "(trong đó: vốn đầu tư phát triển ..., vốn sự nghiệp ...)" under the
  central budget, the province's counterpart, the district's, "vốn lồng ghép" and the people's contributions;
- g50_bdbp-lungkhe: a provincial border-guard command's campaign plan (Bộ Chỉ huy Bộ đội Biên phòng tỉnh, under
  "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG") across a new year (from 15/12/2025 to 28/02/2026), signed by a deputy commander
  with his rank before his name, its tasks given to its own staff offices ("Phòng Tham mưu", "Phòng Trinh sát") with
  partners outside it (customs, market control), its money from the defence budget and the province (.pdf by
  LibreOffice);
- g50_tinh-ngoclinh: a province's event plan (an ethnic culture and sports festival) as a Markdown scrape: only
  "Mục đích, yêu cầu" (the counts of athletes and teams no targets), a timeline table "TT | Thời gian | Nội dung | Đơn
  vị thực hiện | Ghi chú" whose rows go to named offices and to "Ban Tổ chức Ngày hội", its money "huy động từ nguồn
  xã hội hóa" beside the province's support, its assignments office by office (.md).

First pass (golds written by hand before the first extraction, commit 30ab109b; the 4 documents scored alone, code of
6e94d5e1): micro 195/201/202 (0.968). Whole: the estimate plan (the 14 "Thành tiền" cells items, the unit norms
none, the words under the table no second statement), the festival page (the timeline table's eight rows the
activities, "Ban Tổ chức Ngày hội" a lead; the counts of an event no targets). The misses: the border-guard plan's
"4. Các đồn Biên phòng: ..." no responsibility ("đồn" in lower case no plural unit word: normalizers.agencies,
tests/test_g50_border_posts.py) and its "ngân sách quốc phòng" part of source total (a sector's budget, other); the
district's "Tổng nguồn vốn thực hiện Chương trình năm 2024 trên địa bàn huyện là N" read as a budget line of those
words with its sources under it (the plan's area no line of its own; both in
tests/test_g50_plan_area_and_sector_budget.py). After: 202/202/202 (tests/test_g50_holdout.py). Probing the round's
shapes in other words: "Tổng nguồn vốn huy động thực hiện Chương trình ... là N, trong đó: ..." read as money raised
where it is the whole (tests/test_g50_raised_whole.py); an estimate in prose writing the price before its counts
("150.000 đồng x 50 người x 2 ngày = 15.000.000 đồng": tests/test_g50_price_then_counts.py); a sum whose label names
two sources before it ("từ nguồn ngân sách tỉnh và nguồn xã hội hóa là N": tests/test_g50_two_sources_before.py). Left:
a crawl's tab table whose group and total rows leave their middle cells empty ("I<tab>Chi tổ chức giải<tab><tab><tab>
<tab>12.450") comes out of the text reader with the empty cells dropped and the label cut in two ("I | Chi tổ chức |
giải | 12.450"), so those rows give no item (a reader shape).

Everything is invented (provinces, districts, communes, bodies, names, numbers, dates). `python -m
tests.invented.build_g50 [OUTDIR]` writes the four documents; the .pdf needs soffice (the files in raw/ are the ones
the golds were written against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.invented.build_h1 import MOTTO, _layout, _new, _save, closing
from tests.invented.build_l import _body, _pdf
from tests.probes.tables_docx import _table
from tests.renditions.wordplans import _paragraph

# ---------------------------------------------------------------------------
# 1. A department's training plan with a detailed cost estimate annexed after the signature, Word.

ESTIMATE_DOC = "g50_snv-baoluong_412-kh-snv_2027_boi-duong-du-toan-dinh-muc.docx"

ESTIMATE_BODY = [
    ("i", "Căn cứ Quyết định số 2874/QĐ-UBND ngày 22 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Bảo Lương về việc giao "
          "dự toán ngân sách nhà nước năm 2027;"),
    ("i", "Căn cứ Kế hoạch số 305/KH-UBND ngày 28 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Bảo Lương về đào tạo, bồi "
          "dưỡng cán bộ, công chức, viên chức tỉnh Bảo Lương năm 2027;"),
    ("p", "Sở Nội vụ xây dựng Kế hoạch bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức cấp xã năm 2027 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Trang bị kiến thức quản lý nhà nước, kỹ năng xử lý tình huống và kỹ năng số cho cán bộ, công chức cấp xã, đáp "
          "ứng yêu cầu nhiệm vụ của chính quyền địa phương hai cấp."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "- 100% học viên tham gia đầy đủ chương trình và được cấp chứng chỉ hoàn thành khóa bồi dưỡng."),
    ("p", "- Ít nhất 85% học viên đánh giá nội dung bồi dưỡng sát với yêu cầu nhiệm vụ được giao."),
    ("p", "- Tổ chức 02 lớp bồi dưỡng cho 100 cán bộ, công chức của 24 xã, phường."),
    ("h", "II. NỘI DUNG, THỜI GIAN THỰC HIỆN"),
    ("p", "1. Tổ chức 02 lớp bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức cấp xã, mỗi lớp 50 học viên, thời gian "
          "02 ngày/lớp, trong Quý II/2027. Phòng Công chức, viên chức chủ trì, phối hợp với Trường Chính trị tỉnh thực "
          "hiện."),
    ("p", "2. Tổ chức Hội nghị sơ kết công tác đào tạo, bồi dưỡng cán bộ, công chức cấp xã trong Quý IV/2027. Văn phòng "
          "Sở chủ trì, phối hợp với Phòng Công chức, viên chức thực hiện."),
    ("p", "3. Kiểm tra, khảo sát nhu cầu bồi dưỡng tại 05 xã, phường trong Quý III/2027. Phòng Xây dựng chính quyền chủ "
          "trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 113.200.000 đồng (Bằng chữ: Một trăm mười ba triệu, hai trăm nghìn đồng), "
          "từ nguồn ngân sách tỉnh giao cho Sở Nội vụ trong dự toán năm 2027 (chi tiết tại Phụ lục kèm theo)."),
    ("p", "Mức chi thực hiện theo Nghị quyết số 18/2025/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh Bảo "
          "Lương quy định mức chi đào tạo, bồi dưỡng cán bộ, công chức, viên chức trên địa bàn tỉnh."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Công chức, viên chức: Chủ trì tham mưu tổ chức các lớp bồi dưỡng; phối hợp với Trường Chính trị tỉnh "
          "xây dựng chương trình, tài liệu; tổng hợp kết quả, báo cáo Giám đốc Sở."),
    ("p", "2. Văn phòng Sở: Bảo đảm kinh phí, cơ sở vật chất; thanh toán, quyết toán kinh phí theo quy định."),
    ("p", "3. Phòng Xây dựng chính quyền: Tổ chức kiểm tra, khảo sát nhu cầu bồi dưỡng tại cơ sở; đề xuất nội dung bồi "
          "dưỡng sát với thực tiễn."),
    ("p", "4. Ủy ban nhân dân các xã, phường: Cử cán bộ, công chức tham gia bồi dưỡng đầy đủ, đúng thành phần./."),
]

ESTIMATE_ROWS = [
    ["TT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Định mức (đồng)", "Thành tiền (đồng)"],
    ["I", "Tổ chức 02 lớp bồi dưỡng cán bộ, công chức cấp xã", "", "", "", "68.600.000"],
    ["1", "Thù lao báo cáo viên", "buổi", "8", "1.200.000", "9.600.000"],
    ["2", "Hỗ trợ tiền ăn học viên", "người/ngày", "200", "150.000", "30.000.000"],
    ["3", "Thuê hội trường, trang thiết bị", "ngày", "4", "5.000.000", "20.000.000"],
    ["4", "Tài liệu cho học viên", "bộ", "100", "50.000", "5.000.000"],
    ["5", "Nước uống giữa giờ", "người/ngày", "200", "20.000", "4.000.000"],
    ["II", "Hội nghị sơ kết công tác đào tạo, bồi dưỡng", "", "", "", "26.600.000"],
    ["1", "Hỗ trợ tiền ăn đại biểu", "người", "120", "150.000", "18.000.000"],
    ["2", "Thuê hội trường", "ngày", "1", "5.000.000", "5.000.000"],
    ["3", "In ấn tài liệu hội nghị", "bộ", "120", "30.000", "3.600.000"],
    ["III", "Kiểm tra, khảo sát tại cơ sở", "", "", "", "18.000.000"],
    ["1", "Công tác phí", "người/ngày", "30", "200.000", "6.000.000"],
    ["2", "Thuê xe ô tô", "chuyến", "5", "2.400.000", "12.000.000"],
    ["", "Tổng cộng (I+II+III)", "", "", "", "113.200.000"],
]


def estimate_plan() -> bytes:
    doc = _new()
    _layout(doc, ["UBND TỈNH BẢO LƯƠNG", "SỞ NỘI VỤ", "-------", "Số: 412/KH-SNV"],
            [*MOTTO, "Bảo Lương, ngày 15 tháng 01 năm 2027"], bold=(2, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức cấp xã tỉnh Bảo Lương năm 2027", bold=True,
               center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, ESTIMATE_BODY)
    closing(doc, ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Trường Chính trị tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, CCVC."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Thị Hồng Vân"])
    doc.add_page_break()
    _paragraph(doc, "PHỤ LỤC", bold=True, center=True)
    _paragraph(doc, "DỰ TOÁN KINH PHÍ BỒI DƯỠNG KIẾN THỨC, KỸ NĂNG CHO CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2027", bold=True,
               center=True)
    _paragraph(doc, "(Kèm theo Kế hoạch số 412/KH-SNV ngày 15/01/2027 của Sở Nội vụ tỉnh Bảo Lương)", italic=True,
               center=True)
    _paragraph(doc, "Đơn vị tính: đồng", italic=True)
    _table(doc, ESTIMATE_ROWS)
    _paragraph(doc, "Bằng chữ: Một trăm mười ba triệu, hai trăm nghìn đồng./.", italic=True)
    return _save(doc)


# ---------------------------------------------------------------------------
# 2. A district's new-rural-area plan under the national target programme, sources nested, as a crawler saves it.

RURAL_TXT = "g50_huyen-camgiang_58-kh-ubnd_2024_nong-thon-moi-xa-dat-chuan-von-long-ghep-crawl.txt"

RURAL_TEXT = """Cổng thông tin điện tử huyện Cẩm Giang
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Nông thôn mới
Văn bản » Văn bản của UBND huyện
Cập nhật: 28/02/2024 09:15 | Lượt xem: 452
ỦY BAN NHÂN DÂN
HUYỆN CẨM GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 58/KH-UBND
Cẩm Giang, ngày 26 tháng 02 năm 2024
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Cẩm Giang năm 2024
Căn cứ Quyết định số 318/QĐ-UBND ngày 15 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Hòa Điền về giao chỉ tiêu, nhiệm vụ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Hòa Điền năm 2024;
Thực hiện Nghị quyết số 12-NQ/HU ngày 20 tháng 12 năm 2023 của Ban Chấp hành Đảng bộ huyện Cẩm Giang về nhiệm vụ phát triển kinh tế - xã hội năm 2024;
Ủy ban nhân dân huyện Cẩm Giang ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Tiếp tục nâng cao chất lượng các tiêu chí nông thôn mới đã đạt; xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu gắn với phát triển sản xuất, nâng cao đời sống vật chất, tinh thần của Nhân dân.
2. Chỉ tiêu cụ thể
- Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao (xã Vân Đài, xã Long Khánh Hạ), nâng tổng số xã đạt chuẩn nông thôn mới nâng cao toàn huyện lên 07/14 xã.
- Có thêm 01 xã đạt chuẩn nông thôn mới kiểu mẫu (xã Phù Ninh Đông).
- 100% số xã duy trì, nâng cao chất lượng 19/19 tiêu chí xã nông thôn mới.
- Có thêm 03 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu (thôn Đồng Me, thôn Bãi Sậy xã Vân Đài; thôn Gò Đình xã Thanh Sa).
- Thu nhập bình quân đầu người khu vực nông thôn đạt 62 triệu đồng/người/năm.
- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 1,8%.
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,2% trở lên.
- Có thêm 05 sản phẩm OCOP đạt 3 sao trở lên.
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền, vận động: Đẩy mạnh phong trào thi đua "Cẩm Giang chung sức xây dựng nông thôn mới"; vận động Nhân dân hiến đất, góp công xây dựng đường giao thông nông thôn. Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện thực hiện.
2. Xây dựng xã nông thôn mới nâng cao, kiểu mẫu: Hướng dẫn xã Vân Đài, xã Long Khánh Hạ, xã Phù Ninh Đông rà soát, xây dựng lộ trình hoàn thành các tiêu chí; hoàn thiện hồ sơ đề nghị xét công nhận trước ngày 31/10/2024. Văn phòng Điều phối nông thôn mới huyện chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện.
3. Phát triển sản xuất, nâng cao thu nhập: Triển khai các dự án liên kết chuỗi giá trị lúa gạo, cây ăn quả; hỗ trợ các chủ thể OCOP hoàn thiện sản phẩm. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng thực hiện.
4. Đầu tư hạ tầng nông thôn: Hoàn thành 12,5 km đường giao thông nông thôn, 04 nhà văn hóa thôn tại các xã xây dựng nông thôn mới nâng cao. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện thực hiện.
III. NGUỒN VỐN THỰC HIỆN
Tổng nguồn vốn thực hiện Chương trình năm 2024 trên địa bàn huyện là 86.450 triệu đồng, trong đó:
- Vốn ngân sách trung ương: 24.300 triệu đồng (trong đó: vốn đầu tư phát triển 18.500 triệu đồng, vốn sự nghiệp 5.800 triệu đồng);
- Vốn ngân sách tỉnh đối ứng: 12.000 triệu đồng;
- Vốn ngân sách huyện: 15.600 triệu đồng;
- Vốn lồng ghép từ các chương trình, dự án khác: 21.550 triệu đồng;
- Vốn huy động Nhân dân đóng góp: 13.000 triệu đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng Điều phối nông thôn mới huyện: Là cơ quan thường trực, tham mưu Ban Chỉ đạo huyện triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện hằng quý.
2. Phòng Tài chính - Kế hoạch: Tham mưu phân bổ, bố trí vốn ngân sách huyện; hướng dẫn thanh toán, quyết toán vốn theo quy định.
3. Phòng Nông nghiệp và Phát triển nông thôn: Hướng dẫn các xã thực hiện các tiêu chí thuộc lĩnh vực nông nghiệp; theo dõi Chương trình OCOP.
4. Ủy ban nhân dân các xã: Xây dựng kế hoạch cụ thể của xã; huy động các nguồn lực, quản lý, sử dụng vốn đúng mục đích.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện: Chủ trì triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; giám sát cộng đồng./.
Nơi nhận:
- UBND tỉnh (b/c);
- Văn phòng Điều phối NTM tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Thành viên BCĐ huyện;
- UBND các xã;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Đinh Công Thuận
Tin liên quan:
- Huyện Cẩm Giang tổng kết 5 năm xây dựng nông thôn mới nâng cao (15/01/2024)
- Xã Vân Đài ra quân làm đường giao thông nông thôn (20/02/2024)
Bản quyền thuộc Ủy ban nhân dân huyện Cẩm Giang
"""

# ---------------------------------------------------------------------------
# 3. A provincial border-guard command's campaign plan across the new year, LibreOffice PDF.

BORDER_DOC = "g50_bdbp-lungkhe_1586-kh-bch_2026_cao-diem-buon-lau-tet-phong-thuoc.pdf"

BORDER_BODY = [
    ("i", "Thực hiện Kế hoạch số 3920/KH-BTL ngày 25 tháng 11 năm 2025 của Bộ Tư lệnh Bộ đội Biên phòng về cao điểm đấu "
          "tranh phòng, chống buôn lậu, gian lận thương mại dịp Tết Nguyên đán Bính Ngọ năm 2026;"),
    ("i", "Căn cứ Chỉ thị số 21/CT-UBND ngày 01 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Lũng Khê về tăng "
          "cường đấu tranh phòng, chống buôn lậu, gian lận thương mại và hàng giả dịp Tết Nguyên đán Bính Ngọ năm 2026;"),
    ("p", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng Kế hoạch cao điểm như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Nắm chắc tình hình, chủ động phát hiện, đấu tranh, ngăn chặn hiệu quả các hoạt động buôn lậu, vận chuyển "
          "trái phép hàng hóa qua biên giới, góp phần giữ vững an ninh, trật tự khu vực biên giới."),
    ("p", "- Phối hợp chặt chẽ với các lực lượng chức năng; xử lý nghiêm các vụ việc vi phạm theo đúng quy định của "
          "pháp luật."),
    ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Kiềm chế, làm giảm các hoạt động buôn lậu, vận chuyển trái phép hàng hóa qua biên giới trước, trong và sau Tết "
          "Nguyên đán; không để hình thành các đường dây, ổ nhóm hoạt động kéo dài tại khu vực biên giới."),
    ("h", "2. Chỉ tiêu cụ thể"),
    ("p", "- Số vụ việc, đối tượng buôn lậu, vận chuyển trái phép hàng hóa qua biên giới bị phát hiện, bắt giữ tăng ít "
          "nhất 15% so với cùng kỳ năm trước."),
    ("p", "- 100% vụ việc phát hiện, bắt giữ được điều tra, xử lý theo đúng quy định của pháp luật."),
    ("p", "- 100% đồn Biên phòng tuyến biên giới xây dựng và triển khai phương án đấu tranh chuyên đề."),
    ("p", "- Mỗi đồn Biên phòng tổ chức ít nhất 02 buổi tuyên truyền cho quần chúng Nhân dân khu vực biên giới."),
    ("h", "III. THỜI GIAN, LỰC LƯỢNG"),
    ("p", "Thời gian cao điểm: từ ngày 15/12/2025 đến hết ngày 28/02/2026. Lực lượng: 08 đồn Biên phòng tuyến biên giới, "
          "Đội Đặc nhiệm phòng, chống ma túy và tội phạm, Đội Trinh sát; huy động 420 cán bộ, chiến sĩ tham gia."),
    ("h", "IV. NỘI DUNG, BIỆN PHÁP"),
    ("p", "1. Nắm tình hình, phát hiện các đường dây, ổ nhóm buôn lậu hoạt động tại khu vực biên giới, cửa khẩu, lối mở. "
          "Phòng Trinh sát chủ trì, phối hợp với Công an tỉnh thực hiện."),
    ("p", "2. Tổ chức tuần tra, kiểm soát trên các tuyến đường mòn, lối mở, bến đò ngang biên giới; kiểm soát chặt chẽ "
          "người, phương tiện, hàng hóa xuất, nhập qua Cửa khẩu quốc tế Na Pheo. Phòng Tham mưu chủ trì, phối hợp với "
          "Chi cục Hải quan khu vực XII thực hiện."),
    ("p", "3. Đấu tranh với các đường dây vận chuyển trái phép pháo nổ, hàng cấm qua biên giới. Phòng Phòng, chống ma "
          "túy và tội phạm chủ trì, phối hợp với Chi cục Quản lý thị trường tỉnh thực hiện."),
    ("p", "4. Tuyên truyền, vận động quần chúng Nhân dân khu vực biên giới không tham gia, tiếp tay cho buôn lậu; tích "
          "cực tố giác tội phạm. Phòng Chính trị chủ trì, phối hợp với Ủy ban nhân dân các xã biên giới thực hiện."),
    ("h", "V. BẢO ĐẢM KINH PHÍ"),
    ("p", "Kinh phí bảo đảm cho cao điểm là 650 triệu đồng, trong đó: ngân sách quốc phòng phân cấp cho Bộ Chỉ huy năm "
          "2026 là 450 triệu đồng; ngân sách tỉnh hỗ trợ 200 triệu đồng."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tham mưu: Là cơ quan thường trực, tham mưu Bộ Chỉ huy chỉ đạo triển khai Kế hoạch; tổng hợp kết quả, "
          "báo cáo Bộ Tư lệnh Bộ đội Biên phòng theo quy định."),
    ("p", "2. Phòng Chính trị: Chỉ đạo công tác tuyên truyền, giáo dục chính trị, tư tưởng cho cán bộ, chiến sĩ tham gia "
          "cao điểm."),
    ("p", "3. Phòng Hậu cần - Kỹ thuật: Bảo đảm phương tiện, xăng dầu, kinh phí cho các lực lượng tham gia cao điểm."),
    ("p", "4. Các đồn Biên phòng: Xây dựng phương án đấu tranh chuyên đề; báo cáo kết quả về Bộ Chỉ huy (qua Phòng Tham "
          "mưu) trước 16 giờ 00 thứ Sáu hằng tuần./."),
]


def border_plan() -> bytes:
    doc = _new()
    _layout(doc, ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG", "TỈNH LŨNG KHÊ", "-------",
                  "Số: 1586/KH-BCH"],
            [*MOTTO, "Lũng Khê, ngày 08 tháng 12 năm 2025"], bold=(3, 2))
    _paragraph(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _paragraph(doc, "Cao điểm đấu tranh phòng, chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa qua "
                    "biên giới trước, trong và sau Tết Nguyên đán Bính Ngọ năm 2026", bold=True, center=True)
    _paragraph(doc, "-----", center=True)
    _body(doc, BORDER_BODY)
    closing(doc, ["- Bộ Tư lệnh BĐBP (b/c);", "- UBND tỉnh (b/c);", "- Công an tỉnh;",
                  "- Chi cục Hải quan khu vực XII;", "- Các phòng, đồn Biên phòng;", "- Lưu: VT, TM."],
            ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "", "", "", "Đại tá Lò Văn Khiêm"])
    return _save(doc)


# ---------------------------------------------------------------------------
# 4. A province's festival plan with a timeline table, money from sponsors, Markdown scrape.

EVENT_MD = "g50_tinh-ngoclinh_196-kh-ubnd_2027_ngay-hoi-tien-do-ban-to-chuc-md.md"

EVENT_TEXT = """[Trang chủ](/) / [Chỉ đạo điều hành](/chi-dao-dieu-hanh) / Kế hoạch

# Kế hoạch tổ chức Ngày hội Văn hóa, Thể thao các dân tộc tỉnh Ngọc Lĩnh lần thứ V, năm 2027

*Ngày đăng: 14/4/2027 | Lượt xem: 836*

| **ỦY BAN NHÂN DÂN**<br>**TỈNH NGỌC LĨNH**<br>\\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>\\--------------- |
|---|---|
| Số: 196/KH-UBND | *Ngọc Lĩnh, ngày 12 tháng 4 năm 2027* |

**KẾ HOẠCH**

**Tổ chức Ngày hội Văn hóa, Thể thao các dân tộc tỉnh Ngọc Lĩnh lần thứ V, năm 2027**

*Căn cứ Quyết định số 1105/QĐ-BVHTTDL ngày 20 tháng 4 năm 2026 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch tổ chức các ngày hội văn hóa, thể thao dân tộc thiểu số giai đoạn 2026 - 2030;*

*Theo đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 88/TTr-SVHTTDL ngày 02 tháng 4 năm 2027;*

Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Ngày hội Văn hóa, Thể thao các dân tộc tỉnh Ngọc Lĩnh lần thứ V, năm 2027 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

\\- Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc; tăng cường giao lưu, đoàn kết giữa các dân tộc trong tỉnh.

\\- Ngày hội thu hút khoảng 1.200 vận động viên, diễn viên, nghệ nhân của 32 xã, phường tham gia; tổ chức trang trọng, an toàn, tiết kiệm.

**II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN**

\\- Thời gian: 03 ngày, từ ngày 20 đến ngày 22 tháng 9 năm 2027.

\\- Địa điểm: Quảng trường trung tâm tỉnh và Nhà thi đấu đa năng tỉnh.

\\- Thành phần: đoàn vận động viên, diễn viên của các xã, phường; mỗi đoàn không quá 40 người.

**III. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN**

| TT | Thời gian | Nội dung | Đơn vị thực hiện | Ghi chú |
|---|---|---|---|---|
| 1 | Trước ngày 30/5/2027 | Thành lập Ban Tổ chức, các tiểu ban giúp việc Ngày hội | Sở Văn hóa, Thể thao và Du lịch | Trình Ủy ban nhân dân tỉnh |
| 2 | Tháng 6/2027 | Ban hành Điều lệ, hướng dẫn các xã, phường thành lập đoàn tham gia | Ban Tổ chức Ngày hội | |
| 3 | Tháng 6 - 8/2027 | Tuyên truyền, quảng bá Ngày hội trên các phương tiện thông tin đại chúng | Báo và Phát thanh, Truyền hình Ngọc Lĩnh | |
| 4 | Tháng 7 - 8/2027 | Vận động tài trợ, xã hội hóa kinh phí tổ chức Ngày hội | Ban Tổ chức Ngày hội | |
| 5 | Trước ngày 10/9/2027 | Chuẩn bị sân bãi, sân khấu, âm thanh, ánh sáng | Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh | |
| 6 | Ngày 19/9/2027 | Họp báo giới thiệu Ngày hội | Sở Văn hóa, Thể thao và Du lịch | |
| 7 | Từ ngày 20 - 22/9/2027 | Khai mạc, tổ chức các hoạt động văn hóa, thi đấu thể thao và bế mạc Ngày hội | Ban Tổ chức Ngày hội | Theo Điều lệ |
| 8 | Trước ngày 15/10/2027 | Tổng kết, khen thưởng; quyết toán kinh phí | Sở Văn hóa, Thể thao và Du lịch | |

**IV. KINH PHÍ**

Kinh phí tổ chức Ngày hội được huy động từ nguồn xã hội hóa, dự kiến 1.350 triệu đồng; ngân sách tỉnh hỗ trợ 480 triệu đồng (bố trí trong dự toán năm 2027 của Sở Văn hóa, Thể thao và Du lịch). Kinh phí tham gia của các đoàn do Ủy ban nhân dân các xã, phường bảo đảm.

**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Văn hóa, Thể thao và Du lịch**

\\- Là cơ quan thường trực Ban Tổ chức; chủ trì xây dựng chương trình, Điều lệ Ngày hội; tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh.

**2. Sở Tài chính**

\\- Tham mưu bố trí kinh phí hỗ trợ từ ngân sách tỉnh; hướng dẫn quản lý, sử dụng nguồn xã hội hóa theo quy định.

**3. Công an tỉnh**

\\- Xây dựng phương án bảo đảm an ninh, trật tự, an toàn giao thông, phòng cháy, chữa cháy trong thời gian diễn ra Ngày hội.

**4. Sở Y tế**

\\- Bố trí lực lượng, phương tiện cấp cứu; kiểm tra, bảo đảm an toàn thực phẩm.

**5. Báo và Phát thanh, Truyền hình Ngọc Lĩnh**

\\- Tuyên truyền, đưa tin, tường thuật các hoạt động của Ngày hội.

**6. Ủy ban nhân dân các xã, phường**

\\- Thành lập đoàn, lựa chọn vận động viên, diễn viên tham gia; bảo đảm kinh phí cho đoàn của địa phương.

| **Nơi nhận:**<br>- Bộ VHTTDL (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh (b/c);<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br><br>**Hoàng Thị Thu Trang** |
|---|---|

*Tệp đính kèm: KH-196-UBND.pdf*
"""


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ESTIMATE_DOC).write_bytes(estimate_plan())
    (folder / RURAL_TXT).write_text(RURAL_TEXT, encoding="utf-8")
    (folder / BORDER_DOC).write_bytes(_pdf(border_plan(), BORDER_DOC))
    (folder / EVENT_MD).write_text(EVENT_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/invented/raw")
